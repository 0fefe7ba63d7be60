// Lictor dashboard: the live feed and the inbox listen to the server's SSE stream.
(function () {
  function connect(url, onEvent, onOpen) {
    const source = new EventSource(url);
    const dot = document.getElementById("live-dot");
    source.onopen = function () {
      if (dot) { dot.classList.add("on"); dot.textContent = "● live"; }
      if (onOpen) { onOpen(); }
    };
    source.onerror = function () { if (dot) { dot.classList.remove("on"); dot.textContent = "○ reconnecting"; } };
    onEvent(source);
  }
  document.addEventListener("DOMContentLoaded", function () {
    const rows = document.getElementById("feed-rows");
    if (rows && rows.dataset.stream) {
      connect(rows.dataset.stream, function (source) {
        source.addEventListener("audit", function (e) {
          const empty = document.getElementById("feed-empty");
          if (empty) { empty.remove(); }
          rows.insertAdjacentHTML("afterbegin", e.data);
          while (rows.children.length > 500) { rows.lastElementChild.remove(); }
        });
      });
    }
    const inbox = document.getElementById("inbox");
    if (inbox && inbox.dataset.stream) {
      connect(inbox.dataset.stream, function (source) {
        source.addEventListener("approval", function () {
          document.body.dispatchEvent(new Event("approval-changed"));
        });
      }, function () {
        // Whatever changed between the page load and the stream opening is fetched once.
        document.body.dispatchEvent(new Event("approval-changed"));
      });
    }
    // Expiry countdowns tick without asking the server.
    setInterval(function () {
      const now = Date.now() / 1000;
      document.querySelectorAll("[data-expires]").forEach(function (el) {
        const left = Math.max(0, Math.round(Number(el.dataset.expires) - now));
        el.textContent = left > 0 ? "expires in " + Math.floor(left / 60) + "m " + (left % 60) + "s" : "expired";
      });
    }, 1000);
  });
})();

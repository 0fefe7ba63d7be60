"""The SDK's remote mode: the same `Session` and `@governed`, judged by a `lictor serve`.

`lictor.connect(url, token)` returns a `RemoteGate`. It offers the methods a
`Session` uses (`decide`, `record_result`, `record_prompt`, `wait_for_approval`,
`set_lockdown`) over the HTTP API, so an agent on another machine or in
another process is governed exactly like one holding a local gate.

It fails closed like the gate: if the server cannot be reached, or answers
with anything but a decision, `decide` returns a deny (`lictor.remote.error`)
and never raises. Standard library only, one keep-alive connection per thread.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from lictor.errors import LictorError
from lictor.model import (
    Action,
    Capability,
    Decision,
    Effect,
    Finding,
    Reason,
    Target,
    TargetKind,
    Verdict,
)

if TYPE_CHECKING:
    from lictor.adapters.sdk import Session
    from lictor.gate import Outcome

DEFAULT_TIMEOUT_S = 10.0
"""How long one request may take before the call fails (closed)."""
MAX_WAIT_PER_REQUEST_S = 25.0
"""One long-poll for an approval lasts at most this; longer waits poll again."""


class RemoteError(LictorError):
    """The server could not be reached or refused the request; the message says which."""


class RemoteGate:
    """A gate that lives in a `lictor serve` process, reached over its HTTP API."""

    def __init__(self, url: str, token: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteError(f"server URL must be http(s)://host[:port], not {url!r}")
        if not token:
            raise RemoteError("a token is needed: an agent credential or an API token")
        self.url = url.rstrip("/")
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        self.timeout = timeout
        self._local = threading.local()

    # --- what a Session uses ---------------------------------------------------

    def decide(self, action: Action) -> Decision:
        """Ask the server; any failure is a deny, never an exception."""
        body = {
            "tool": action.tool,
            "args": dict(action.args),
            "session": action.session,
            "agent": "" if action.agent == "anonymous" else action.agent,
            "cwd": action.cwd,
        }
        try:
            data = self._call("POST", "/v1/decide", body)
            return _decision(data, action)
        except Exception as e:  # fail closed, whatever broke
            return Decision(
                Verdict.DENY,
                (Reason("lictor.remote.error", f"{e} (fail closed)"),),
                "",
                action,
            )

    def record_result(self, decision: Decision, output: Any, *, error: str = "") -> Outcome:
        """Report what an allowed action returned; the server scans and audits it."""
        from lictor.gate import Outcome

        decision_id = decision.decision_id
        data = self._call(
            "POST",
            "/v1/results",
            {"decision_id": decision_id, "output": output, "error": error[:2000]},
        )
        return Outcome(decision_id, _findings(data.get("findings")), int(data.get("audit_seq", -1)))

    def record_prompt(self, session: str, prompt: str, *, agent: str = "") -> Outcome:
        """Record the session's task prompt on the server."""
        from lictor.gate import Outcome

        data = self._call(
            "POST", "/v1/prompts", {"session": session, "prompt": prompt, "agent": agent}
        )
        return Outcome(
            str(data.get("prompt_id", "")),
            _findings(data.get("findings")),
            int(data.get("audit_seq", -1)),
        )

    def wait_for_approval(self, decision: Decision, timeout: float) -> Verdict:
        """Long-poll the approval inbox: allow or deny (deny when none comes in time)."""
        if decision.verdict is not Verdict.ASK:
            return decision.verdict
        if not decision.approval_id:
            return Verdict.DENY
        deadline = time.monotonic() + max(0.0, timeout)
        path = f"/v1/approvals/{quote(decision.approval_id, safe='')}/wait"
        while True:
            left = deadline - time.monotonic()
            wait = max(0.0, min(left, MAX_WAIT_PER_REQUEST_S))
            try:
                data = self._call("GET", f"{path}?timeout={wait:.3f}", None, extra=wait)
            except RemoteError:
                return Verdict.DENY
            verdict = str(data.get("verdict", ""))
            if verdict == Verdict.ALLOW.value:
                return Verdict.ALLOW
            if verdict == Verdict.DENY.value or left <= 0:
                return Verdict.DENY

    def set_lockdown(self, session: str) -> None:
        """Put a session in lockdown on the server."""
        self._call("POST", f"/v1/sessions/{quote(session, safe='')}/lockdown", None)

    def session(self, **kwargs: Any) -> Session:
        """A `Session` judged by this server (same arguments as `Session`)."""
        from lictor.adapters.sdk import Session

        return Session(self, **kwargs)

    def close(self) -> None:
        """Close this thread's connection (the next call opens a new one)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- HTTP ------------------------------------------------------------------

    def _connection(self, timeout: float) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection | None = getattr(self._local, "conn", None)
        if conn is None:
            cls = (
                http.client.HTTPSConnection
                if self._scheme == "https"
                else http.client.HTTPConnection
            )
            conn = cls(self._host, self._port, timeout=timeout)
            self._local.conn = conn
        conn.timeout = timeout
        if conn.sock is not None:
            conn.sock.settimeout(timeout)
        return conn

    def _call(
        self, method: str, path: str, body: Mapping[str, Any] | None, *, extra: float = 0.0
    ) -> dict[str, Any]:
        payload = None if body is None else json.dumps(body).encode("utf-8")
        # A kept-alive connection the server closed fails on first use: one retry, fresh.
        for attempt in (1, 2):
            conn = self._connection(self.timeout + extra)
            try:
                conn.request(method, self._prefix + path, body=payload, headers=self._headers)
                response = conn.getresponse()
                raw = response.read()
                status = response.status
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.close()
                if attempt == 2:
                    raise RemoteError(f"{self.url}: connection lost: {e}") from None
            except (OSError, http.client.HTTPException) as e:
                self.close()
                raise RemoteError(f"{self.url}: {type(e).__name__}: {e}") from None
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            raise RemoteError(f"{self.url}{path}: answer is not JSON (HTTP {status})") from None
        if status >= 400:
            detail = data.get("detail") if isinstance(data, dict) else None
            raise RemoteError(f"{self.url}{path}: HTTP {status}: {_detail(detail)}")
        if not isinstance(data, dict):
            raise RemoteError(f"{self.url}{path}: answer is not a JSON object")
        return data


def connect(url: str, token: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> RemoteGate:
    """A gate in a `lictor serve` at `url`, for `Session(lictor.connect(...))`."""
    return RemoteGate(url, token, timeout=timeout)


def _detail(detail: Any) -> str:
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        first = detail[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        return f"{where}: {first.get('msg', '')}".strip(": ")
    return "request refused"


def _decision(data: Mapping[str, Any], action: Action) -> Decision:
    try:
        verdict = Verdict(str(data["verdict"]))
        reasons = tuple(
            Reason(str(r["rule"]), str(r["text"]), Verdict(str(r.get("verdict", verdict.value))))
            for r in data.get("reasons", [])
        )
        effects = tuple(_effect(e) for e in data.get("effects", []))
        return Decision(
            verdict,
            reasons,
            str(data["decision_id"]),
            action,
            effects,
            str(data.get("policy_revision", "")),
            _findings(data.get("findings")),
            audit_seq=int(data.get("audit_seq", -1)),
            approval_id=data.get("approval_id") or None,
        )
    except (KeyError, TypeError, ValueError) as e:
        what = f"{type(e).__name__}: {e}"
        raise RemoteError(f"the server's answer is not a decision ({what})") from None


def _effect(data: Mapping[str, Any]) -> Effect:
    kind = TargetKind(str(data.get("kind", "none")))
    value = str(data.get("target", ""))
    return Effect(Capability(str(data["capability"])), Target(kind, value))


def _findings(items: Any) -> tuple[Finding, ...]:
    if not isinstance(items, list):
        return ()
    return tuple(
        Finding(
            str(f.get("scanner", "")),
            str(f.get("kind", "")),
            str(f.get("severity", "")),
            str(f.get("location", "")),
        )
        for f in items
        if isinstance(f, dict)
    )

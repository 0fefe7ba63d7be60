"""The resident hook daemon: one open Gate answering hooks without a process start each.

Two doors, one answer:

* a Unix socket (default `.lictor/daemon.sock`, mode 0600) for the thin
  command-hook client: the request is `<agent>\\n<hook input>`, the reply
  `<exit>\\n<stdout length>\\n<stdout><stderr>` (no JSON parser in the client);
* loopback HTTP for Claude Code's `http` hook type: `POST /hooks/<agent>`
  with the hook input as body, the hook's JSON answer as the 200 body
  (http hooks have no exit codes, so blocking is always said in JSON).

Standard library servers with a thread per request: `Gate.decide` is
thread-safe and the audit log group-commits concurrent appends.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import socketserver
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lictor.adapters import claude_code, cursor
from lictor.adapters.claude_code import HookReply, RecentDecisions
from lictor.adapters.hook_client import format_reply
from lictor.errors import ConfigError

if TYPE_CHECKING:
    from lictor.gate import Gate

log = logging.getLogger("lictor.daemon")

MAX_REQUEST_BYTES = claude_code.MAX_INPUT_BYTES + 64
"""Requests above this are refused before they are read whole."""
READ_TIMEOUT_S = 30.0
"""A client that sends nothing for this long is dropped."""


@dataclass(frozen=True)
class Answerer:
    """One hook dialect the daemon speaks."""

    name: str
    """Path segment and socket prefix: `claude-code`, `cursor`."""
    answer: Callable[..., HookReply]
    """The adapter's `answer(gate, raw, http=..., recent=...)`."""


DIALECTS = {
    "claude-code": Answerer("claude-code", claude_code.answer),
    "cursor": Answerer("cursor", cursor.answer),
}


class HookService:
    """The shared state behind both doors: the gate and recent decisions."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate
        self.recent = RecentDecisions()

    def answer(self, agent: str, raw: bytes, *, http: bool) -> HookReply:
        """The adapter's reply; never raises."""
        dialect = DIALECTS.get(agent)
        if dialect is None:
            return claude_code.refusal(f"unknown hook dialect {agent!r}", http=http)
        try:
            return dialect.answer(self.gate, raw, http=http, recent=self.recent)
        except Exception as e:  # adapters do not raise, but a deny beats a dropped connection
            log.exception("hook answer failed")
            return claude_code.refusal(f"daemon error ({type(e).__name__}: {e})", http=http)


class _SocketHandler(socketserver.StreamRequestHandler):
    server: _UnixServer

    def handle(self) -> None:
        self.connection.settimeout(READ_TIMEOUT_S)
        try:
            data = _read_all(self.connection, MAX_REQUEST_BYTES)
        except (OSError, ValueError) as e:
            reply = claude_code.refusal(f"bad request to the daemon: {e}", http=False)
            self._send(reply.as_dict())
            return
        agent, _, raw = data.partition(b"\n")
        reply = self.server.service.answer(agent.decode("ascii", "replace"), raw, http=False)
        self._send(reply.as_dict())

    def _send(self, body: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):  # the client gave up: it denies on its own
            self.connection.sendall(format_reply(body))


def _read_all(conn: socket.socket, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ValueError(f"request over {limit} bytes")
        chunks.append(chunk)


class _UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    request_queue_size = 256  # every tool call of parallel sub-agents may arrive at once

    def __init__(self, path: str, service: HookService) -> None:
        self.service = service
        super().__init__(path, _SocketHandler)


class _HttpHandler(BaseHTTPRequestHandler):
    server: _HttpServer
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        prefix = "/hooks/"
        if not self.path.startswith(prefix):
            self._reply(404, {"error": f"no such endpoint {self.path}; POST /hooks/<agent>"})
            return
        agent = self.path[len(prefix) :].split("?", 1)[0].strip("/")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0 or length > MAX_REQUEST_BYTES:
            reply = claude_code.refusal("bad Content-Length", http=True)
        else:
            self.connection.settimeout(READ_TIMEOUT_S)
            try:
                raw = self.rfile.read(length)
            except OSError as e:
                raw = b""
                log.warning("reading a hook request failed: %s", e)
            reply = self.server.service.answer(agent, raw, http=True)
        # Always 200: Claude Code treats any other status as a non-blocking error (fail open).
        body = reply.stdout or "{}"
        self._send(200, body.encode("utf-8"))

    def do_GET(self) -> None:
        if self.path == "/health":
            self._reply(200, {"ok": True, "dialects": sorted(DIALECTS)})
        else:
            self._reply(404, {"error": "POST hook inputs to /hooks/<agent>"})

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        self._send(status, json.dumps(body).encode("utf-8"))

    def _send(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http %s", format % args)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], service: HookService) -> None:
        self.service = service
        super().__init__(address, _HttpHandler)


class HookDaemon:
    """Both doors around one gate; `start()` serves in background threads."""

    def __init__(
        self,
        gate: Gate,
        *,
        socket_path: Path | None = None,
        port: int | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.service = HookService(gate)
        self.socket_path = socket_path
        self._unix: _UnixServer | None = None
        self._http: _HttpServer | None = None
        self._threads: list[threading.Thread] = []
        if socket_path is not None:
            self._unix = _UnixServer(_claim_socket(socket_path), self.service)
            os.chmod(socket_path, 0o600)
        if port is not None:
            if host not in ("127.0.0.1", "localhost", "::1"):
                raise ConfigError(f"the hook daemon only listens on loopback, not {host}")
            try:
                self._http = _HttpServer((host, port), self.service)
            except OSError as e:
                self.close()
                raise ConfigError(f"cannot listen on {host}:{port}: {e.strerror}") from None

    @property
    def port(self) -> int | None:
        """The HTTP port actually bound (useful with port 0)."""
        return self._http.server_address[1] if self._http else None

    @property
    def http_url(self) -> str:
        """Where Claude Code's http hook should POST, or empty without HTTP."""
        return f"http://127.0.0.1:{self.port}/hooks/claude-code" if self._http else ""

    def start(self) -> None:
        for server in (self._unix, self._http):
            if server is not None:
                # A short poll interval keeps shutdown quick (it waits for one poll).
                thread = threading.Thread(
                    target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
                )
                thread.start()
                self._threads.append(thread)

    def close(self) -> None:
        for server in (self._unix, self._http):
            if server is not None:
                if self._threads:
                    server.shutdown()
                server.server_close()
        self._threads.clear()
        if self._unix is not None and self.socket_path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.socket_path.unlink()
            self._unix = None

    def __enter__(self) -> HookDaemon:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _claim_socket(path: Path) -> str:
    """The socket path, removing a stale file; ConfigError if a daemon already listens."""
    if len(str(path).encode()) > 100:
        raise ConfigError(f"socket path {path} is too long for a Unix socket (over 100 bytes)")
    if path.exists() or path.is_symlink():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        probe.settimeout(1.0)
        try:
            probe.connect(str(path))
        except OSError as e:
            if e.errno not in (errno.ECONNREFUSED, errno.ENOENT, errno.ENOTSOCK):
                raise ConfigError(f"{path}: cannot check for a running daemon: {e}") from None
            path.unlink()  # left by a daemon that died
        else:
            raise ConfigError(f"a daemon is already listening on {path}")
        finally:
            probe.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)

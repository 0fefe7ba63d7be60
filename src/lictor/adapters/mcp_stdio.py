"""The MCP proxy's stdio wires: non-blocking pipes read and written on the event loop.

Client-facing (`client_wire`): the SDK's `stdio_server` reads each line and
writes each message through worker threads (three thread hops per request and
reply), which on a busy machine cost the proxy about a millisecond per call.
When stdin and stdout are pipes or sockets (an MCP client always spawns its
servers that way) this wire reads and writes them on the asyncio loop instead;
otherwise (a terminal, a file) it falls back to the SDK's transport.

Upstream (`StdioUpstream`): the SDK's `stdio_client` moves every message
through a task of its own and a memory stream each way. This transport spawns
the server the same way (its own process group, stderr shared, the same
shutdown: stdin closed, then SIGTERM and SIGKILL to the group) and parses and
writes lines in the dispatcher's own task instead.

Both hand the SDK a `LineReader` and a `LineWriter`: a message is parsed in
the task that receives it and written, whole, by the task that sends it.

Beside the SDK, the proxy serves plain `tools/call` requests itself (see
`lictor.adapters.mcp_raw`): `client_wire` offers each valid client message to
a `take` callback first, and `StdioUpstream.raw` writes requests on the
upstream's stdin under string ids the SDK never uses (`RAW_ID_PREFIX`; the
SDK numbers its own), whose responses the upstream's line reader hands back
to it instead of to the SDK's session.

Like the SDK's, it takes fds 0 and 1 for itself while serving: fd 0 reads
/dev/null and fd 1 goes to stderr, so stray output of handlers or children
cannot corrupt the wire; both are restored on exit. `Wire.writes` counts the
messages written, so work can wait until a reply is on its way.

Bad input from the client is answered, never dropped: a line that is not JSON
gets a parse error (-32700), one that is not a JSON-RPC message an invalid
request error (-32600, with its id when it has one), so no client waits
forever. Those, and gated requests (`tools/call`, `resources/read`,
`prompts/get`) whose params violate the schema (the server answers -32602),
are reported to `on_rejected` to be audited.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import signal
import stat
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, Self, cast

import anyio
import mcp_types as types
from mcp import MCPError
from mcp.server.stdio import stdio_server
from mcp.shared._stream_protocols import ReadStream, WriteStream
from mcp.shared.message import SessionMessage

log = logging.getLogger("lictor.mcp")

MAX_MESSAGE_BYTES = 64 * 1024 * 1024
"""Longest line (one JSON-RPC message) read from the client; longer ends the session."""
GATED_PARAMS: dict[str, type[types.RequestParams]] = {
    "tools/call": types.CallToolRequestParams,
    "resources/read": types.ReadResourceRequestParams,
    "prompts/get": types.GetPromptRequestParams,
}
"""Requests the gate decides, by method, with the params model they must satisfy."""

Rejected = Callable[[str, str], None]
"""Told (method or "", reason) about each client message refused for violating the schema."""
DRAIN_ABOVE_BYTES = 256 * 1024
"""A writer waits for the pipe to drain only once this much is queued."""
EXIT_GRACE_S = 2.0
"""After stdin closes, how long an upstream may take to exit before SIGTERM (the SDK's)."""
KILL_AFTER_S = 2.0
"""After SIGTERM, how long before SIGKILL to the upstream's process group (the SDK's)."""
RAW_ID_PREFIX = "lictor-raw:"
"""Ids of the requests `RawUpstream` writes; the SDK's session numbers its own with integers."""
ABANDON_WRITE_S = 5.0
"""Bound on the courtesy `notifications/cancelled` for an abandoned request (the SDK's)."""
Take = Callable[[types.JSONRPCMessage], bool]
"""Offered each valid client message before the SDK; True when it was taken (answered elsewhere)."""


def rejection(line: bytes, error: Exception) -> tuple[bytes, str, str]:
    """The JSON-RPC error line answering a bad message, its method ("" if none) and why."""
    try:
        value = json.loads(line)
    except ValueError as e:
        reason = f"not JSON ({e})"
        return _error_line(None, -32700, reason), "", reason
    fields = value if isinstance(value, dict) else {}
    raw_id, method = fields.get("id"), fields.get("method")
    request_id = raw_id if isinstance(raw_id, str) or type(raw_id) is int else None
    reason = "not a JSON-RPC 2.0 message: " + _first_error(error)
    name = method if isinstance(method, str) else ""
    return _error_line(request_id, -32600, reason), name, reason


def _error_line(request_id: str | int | None, code: int, message: str) -> bytes:
    answer = {"jsonrpc": "2.0", "id": request_id, "error": {"code": code, "message": message}}
    return json.dumps(answer).encode("utf-8") + b"\n"


def gated_params_error(message: types.JSONRPCMessage) -> str:
    """Why a gated request's params violate the schema ('' when they do not, or not gated)."""
    if not isinstance(message, types.JSONRPCRequest):
        return ""
    model = GATED_PARAMS.get(message.method)
    if model is None:
        return ""
    try:
        model.model_validate(message.params or {}, by_name=False)
    except Exception as e:
        return _first_error(e)
    return ""


def _first_error(error: Exception) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "message"
            return f"{where}: {first.get('msg', '')}"[:300]
        except (IndexError, TypeError, ValueError):
            pass
    return str(error).splitlines()[0][:300] if str(error) else type(error).__name__


class Wire:
    """Counts messages written to the client, for work that should wait until a reply is out."""

    def __init__(self) -> None:
        self.writes = 0
        """Messages written so far."""
        self._written = anyio.Event()

    def wrote(self) -> None:
        self.writes += 1
        self._written.set()
        self._written = anyio.Event()

    async def written_after(self, count: int, limit: float) -> None:
        """Return once more than `count` messages were written, or after `limit` seconds."""
        with anyio.move_on_after(limit):
            while self.writes <= count:
                await self._written.wait()


class _Closable:
    """What both line streams share: closing marks them closed; `async with` closes."""

    _closed: bool

    async def aclose(self) -> None:
        self._closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class LineReader(_Closable):
    """A ReadStream of JSON-RPC messages, one per line, parsed by whichever task receives.

    `parse` turns a line into the item to deliver, or None to skip it. The end
    of input, a broken pipe or a line longer than the reader's limit end the
    stream.
    """

    def __init__(
        self,
        reader: asyncio.StreamReader,
        parse: Callable[[bytes], SessionMessage | Exception | None],
        on_end: Callable[[], None] | None = None,
    ) -> None:
        self._reader = reader
        self._parse = parse
        self._on_end = on_end
        self._closed = False

    async def receive(self) -> SessionMessage | Exception:
        while not self._closed:
            try:
                line = await self._reader.readline()
            except (ValueError, asyncio.LimitOverrunError, ConnectionError):
                break  # an endless line or a broken pipe ends the session
            if not line:
                break
            item = self._parse(line)
            if item is not None:
                return item
        on_end, self._on_end = self._on_end, None
        if on_end is not None:  # told once, when the input ends
            on_end()
        raise anyio.EndOfStream

    def __aiter__(self) -> LineReader:
        return self

    async def __anext__(self) -> SessionMessage | Exception:
        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None


class LineWriter(_Closable):
    """A WriteStream of JSON-RPC messages: each written whole, at once, by its sender."""

    def __init__(self, writer: asyncio.StreamWriter, wire: Wire | None = None) -> None:
        self._writer = writer
        self._wire = wire
        self._drain = asyncio.Lock()  # Python 3.11's drain() takes one waiter at a time
        self._closed = False

    async def send(self, item: SessionMessage, /) -> None:
        text = item.message.model_dump_json(by_alias=True, exclude_unset=True)
        await self.send_line(text.encode("utf-8") + b"\n")

    async def send_line(self, line: bytes) -> None:
        """Write one serialised message, newline included, as `send` does."""
        if self._closed:
            raise anyio.ClosedResourceError
        if self._writer.transport.is_closing():
            raise anyio.BrokenResourceError
        self._writer.write(line)
        if self._writer.transport.get_write_buffer_size() > DRAIN_ABOVE_BYTES:
            try:
                async with self._drain:
                    await self._writer.drain()
            except ConnectionError:
                raise anyio.BrokenResourceError from None
        if self._wire is not None:
            self._wire.wrote()


def _upstream_line(line: bytes) -> SessionMessage | Exception | None:
    """A line from the upstream; one that is not JSON-RPC is handed on as the error it is
    (the session reports it; the request it may have answered times out)."""
    if not line.strip():
        return None
    try:
        return SessionMessage(types.jsonrpc_message_adapter.validate_json(line, by_name=False))
    except ValueError as e:
        log.warning("upstream sent a line that is not JSON-RPC: %s", _first_error(e))
        return e


class _Answer:
    """What one raw request is waiting for: its result, or the error that ends it."""

    def __init__(self) -> None:
        self.ready = anyio.Event()
        self.outcome: dict[str, Any] | types.ErrorData = CLOSED

    def settle(self, outcome: dict[str, Any] | types.ErrorData) -> None:
        if not self.ready.is_set():
            self.outcome = outcome
            self.ready.set()


CLOSED = types.ErrorData(code=types.CONNECTION_CLOSED, message="Connection closed")
"""What a raw request gets when the upstream's output ends (the SDK's words for it)."""


class RawUpstream:
    """Requests written on the upstream's stdin beside the SDK's session, answered by id.

    Each gets a string id under `RAW_ID_PREFIX`, which the SDK never mints; the
    upstream's line reader hands their responses to `deliver`. Like the SDK's
    dispatcher: a response for an id nobody waits for is dropped, the end of
    the upstream's output fails every waiter with "Connection closed", a
    request whose caller gives up (cancelled, timed out) is cancelled upstream
    with `notifications/cancelled`.
    """

    def __init__(self, writer: LineWriter) -> None:
        self._writer = writer
        self._pending: dict[str, _Answer] = {}
        self._count = 0
        self.closed = False
        """True once the upstream's output ended: every request fails at once."""

    async def request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """The result of one request; `MCPError` for an error answer or a closed connection."""
        if self.closed:
            raise MCPError(CLOSED.code, CLOSED.message)
        self._count += 1
        request_id = f"{RAW_ID_PREFIX}{self._count}"
        answer = self._pending[request_id] = _Answer()
        message = types.JSONRPCRequest(jsonrpc="2.0", id=request_id, method=method, params=params)
        line = message.model_dump_json(by_alias=True, exclude_unset=True).encode("utf-8") + b"\n"
        try:
            try:
                await self._writer.send_line(line)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                raise MCPError(CLOSED.code, CLOSED.message) from None
            await answer.ready.wait()
        except anyio.get_cancelled_exc_class():
            # A write interrupted by cancellation may have gone out: cancel it upstream too.
            if not self.closed:
                with anyio.move_on_after(ABANDON_WRITE_S, shield=True):
                    await self._cancel(request_id, "caller cancelled")
            raise
        finally:
            self._pending.pop(request_id, None)
        outcome = answer.outcome
        if isinstance(outcome, types.ErrorData):
            raise MCPError(outcome.code, outcome.message, outcome.data)
        return outcome

    async def _cancel(self, request_id: str, reason: str) -> None:
        notice = types.JSONRPCNotification(
            jsonrpc="2.0",
            method="notifications/cancelled",
            params={"requestId": request_id, "reason": reason},
        )
        line = notice.model_dump_json(by_alias=True, exclude_unset=True).encode("utf-8") + b"\n"
        with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError):
            await self._writer.send_line(line)

    def deliver(self, message: types.JSONRPCResponse | types.JSONRPCError) -> None:
        """Settle the request a response answers."""
        answer = self._pending.get(str(message.id))
        if answer is None:
            log.debug("dropping the upstream's answer to unknown or late request %r", message.id)
            return
        if isinstance(message, types.JSONRPCResponse):
            answer.settle(message.result)
        else:
            answer.settle(message.error)

    def close(self) -> None:
        """The upstream's output ended: fail every waiting request, and every later one."""
        self.closed = True
        for answer in self._pending.values():
            answer.settle(CLOSED)


def _ours(message: types.JSONRPCMessage) -> bool:
    """Whether a message from the upstream answers a `RawUpstream` request."""
    return (
        isinstance(message, types.JSONRPCResponse | types.JSONRPCError)
        and isinstance(message.id, str)
        and message.id.startswith(RAW_ID_PREFIX)
    )


class StdioUpstream:
    """An MCP `Transport`: a stdio server subprocess, its pipes on the asyncio loop."""

    def __init__(
        self,
        command: str,
        args: list[str],
        env: Mapping[str, str] | None = None,
        cwd: str | None = None,
    ) -> None:
        self.command = command
        """Program to start."""
        self.args = args
        """Its arguments."""
        self.env = env
        """Its whole environment (None: this process's)."""
        self.cwd = cwd
        """Its working directory (None: this process's)."""
        self.raw: RawUpstream | None = None
        """Requests written beside the SDK's session (set while the server runs)."""
        self._process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> tuple[LineReader, LineWriter]:
        # A process group of its own, as the SDK does, so shutdown reaches its children too.
        self._process = process = await asyncio.create_subprocess_exec(
            self.command,
            *self.args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=dict(self.env) if self.env is not None else None,
            cwd=self.cwd,
            start_new_session=True,
            limit=MAX_MESSAGE_BYTES,
        )
        assert process.stdout is not None and process.stdin is not None
        writer = LineWriter(process.stdin)
        raw = self.raw = RawUpstream(writer)

        def upstream_line(line: bytes) -> SessionMessage | Exception | None:
            item = _upstream_line(line)
            if isinstance(item, SessionMessage) and _ours(item.message):
                raw.deliver(cast(types.JSONRPCResponse | types.JSONRPCError, item.message))
                return None
            return item

        return LineReader(process.stdout, upstream_line, raw.close), writer

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        process, self._process = self._process, None
        if self.raw is not None:
            self.raw.close()
        if process is None:
            return
        with anyio.CancelScope(shield=True):  # the server must not outlive the proxy
            if process.stdin is not None:
                process.stdin.close()
            if not await _exited(process, EXIT_GRACE_S):
                _signal_group(process.pid, signal.SIGTERM)
                if not await _exited(process, KILL_AFTER_S):
                    _signal_group(process.pid, signal.SIGKILL)
                    await _exited(process, KILL_AFTER_S)
            transport = getattr(process, "_transport", None)
            if transport is not None:  # else it warns at garbage collection
                transport.close()


async def _exited(process: asyncio.subprocess.Process, timeout: float) -> bool:
    # Polled, not process.wait(): that also waits for the pipes, which a child may hold open.
    with anyio.move_on_after(timeout):
        while process.returncode is None:
            await anyio.sleep(0.01)
    return process.returncode is not None


def _signal_group(pgid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signum)


def _is_pipe(fd: int) -> bool:
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@asynccontextmanager
async def client_wire(
    on_rejected: Rejected | None = None,
    take: Take | None = None,
    on_end: Callable[[], None] | None = None,
) -> AsyncIterator[
    tuple[ReadStream[SessionMessage | Exception], WriteStream[SessionMessage], Wire | None]
]:
    """Read and write streams for `Server.run` on this process's stdin and stdout.

    The third item is the `Wire` (None when the SDK's threaded transport is used:
    then `take` and `on_end` are never called). `take` is offered each valid
    message (one whose params a gated request's schema accepts) before the SDK;
    `on_end` is told when the client's input ends.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # another event loop (trio): the SDK's transport
        loop = None
    if loop is None or not (_is_pipe(0) and _is_pipe(1)):
        async with stdio_server() as (read, write):
            yield read, write, None
        return
    saved = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3) for fd in (0, 1)]
    in_file = os.fdopen(fcntl.fcntl(0, fcntl.F_DUPFD_CLOEXEC, 3), "rb", buffering=0)
    out_file = os.fdopen(fcntl.fcntl(1, fcntl.F_DUPFD_CLOEXEC, 3), "wb", buffering=0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    transports: list[asyncio.BaseTransport] = []
    try:
        reader = asyncio.StreamReader(limit=MAX_MESSAGE_BYTES, loop=loop)
        in_transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader, loop=loop), in_file
        )
        transports.append(in_transport)
        out_transport, out_protocol = await loop.connect_write_pipe(
            lambda: asyncio.streams.FlowControlMixin(loop), out_file
        )
        transports.append(out_transport)
        writer = asyncio.StreamWriter(out_transport, out_protocol, None, loop)
        wire = Wire()

        def client_line(line: bytes) -> SessionMessage | None:
            if not line.strip():
                return None
            try:
                message = types.jsonrpc_message_adapter.validate_json(line, by_name=False)
            except Exception as e:  # answered here: the session would drop it
                answer, method, reason = rejection(line, e)
                writer.write(answer)
                if on_rejected is not None:
                    on_rejected(method, reason)
                return None
            bad_params = gated_params_error(message) if on_rejected or take else ""
            if bad_params:  # the server answers -32602; the refusal is audited
                if on_rejected is not None:
                    on_rejected(getattr(message, "method", ""), bad_params)
            elif take is not None and take(message):
                return None
            return SessionMessage(message)

        yield LineReader(reader, client_line, on_end), LineWriter(writer, wire), wire
    finally:
        for transport in transports:
            transport.close()
        for file in (in_file, out_file):
            with contextlib.suppress(OSError):
                file.close()
        # Back to the wire: fds 0 and 1 as they were, blocking again.
        for fd, copy in zip((0, 1), saved, strict=True):
            with contextlib.suppress(OSError):
                os.dup2(copy, fd)
                os.set_blocking(fd, True)
            os.close(copy)

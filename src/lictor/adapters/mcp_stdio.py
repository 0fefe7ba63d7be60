"""The MCP proxy's client-facing stdio wire: non-blocking pipes on the event loop.

The SDK's `stdio_server` reads each line and writes each message through
worker threads (three thread hops per request and reply), which on a busy
machine cost the proxy about a millisecond per call. When stdin and stdout
are pipes or sockets (an MCP client always spawns its servers that way) this
wire reads and writes them on the asyncio loop instead; otherwise (a
terminal, a file) it falls back to the SDK's transport.

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
import os
import stat
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio
import mcp_types as types
from mcp.server.stdio import stdio_server
from mcp.shared._stream_protocols import ReadStream, WriteStream
from mcp.shared.message import SessionMessage

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


def _is_pipe(fd: int) -> bool:
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@asynccontextmanager
async def client_wire(
    on_rejected: Rejected | None = None,
) -> AsyncIterator[
    tuple[ReadStream[SessionMessage | Exception], WriteStream[SessionMessage], Wire | None]
]:
    """Read and write streams for `Server.run` on this process's stdin and stdout.

    The third item is the `Wire` (None when the SDK's threaded transport is used).
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
        to_server, read_stream = anyio.create_memory_object_stream[SessionMessage | Exception](0)
        write_stream, from_server = anyio.create_memory_object_stream[SessionMessage](0)

        async def read_lines() -> None:
            async with to_server:
                while True:
                    try:
                        line = await reader.readline()
                    except (ValueError, asyncio.LimitOverrunError, ConnectionError):
                        return  # an endless line or a broken pipe ends the session
                    if not line:
                        return
                    if not line.strip():
                        continue
                    try:
                        message = types.jsonrpc_message_adapter.validate_json(line, by_name=False)
                    except Exception as e:  # answered here: the session would drop it
                        answer, method, reason = rejection(line, e)
                        writer.write(answer)
                        if on_rejected is not None:
                            on_rejected(method, reason)
                        continue
                    if on_rejected is not None:
                        bad_params = gated_params_error(message)
                        if bad_params:  # the server answers -32602; the refusal is audited
                            on_rejected(getattr(message, "method", ""), bad_params)
                    await to_server.send(SessionMessage(message))

        async def write_messages() -> None:
            async with from_server:
                async for item in from_server:
                    text = item.message.model_dump_json(by_alias=True, exclude_unset=True)
                    writer.write(text.encode("utf-8") + b"\n")
                    try:
                        await writer.drain()
                    except ConnectionError:
                        return  # the client went away
                    wire.wrote()

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(read_lines)
            tasks.start_soon(write_messages)
            try:
                yield read_stream, write_stream, wire
            finally:
                tasks.cancel_scope.cancel()
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

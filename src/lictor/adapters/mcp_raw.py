"""`tools/call` served on the stdio wires without the SDK's per-message machinery.

Per call through the SDK, the proxy's server side spawns a dispatcher task,
relays the message through the era loop's memory stream, builds a request
context, a session and (at 2026-07-28) a connection, and runs middleware; its
client side does the same in reverse for the upstream's answer. That costs
far more than the validation it carries (each step below is microseconds).
This module keeps the validation, calling the SDK's own functions, and drops
the machinery:

* `raw_call` judges a client request the SDK has parsed (`client_wire` does)
  against the request that last went through the SDK: same era, same
  envelope, nothing the SDK path handles specially (progress tokens, log
  levels, any other `_meta`, `request_state`, `input_responses`, other
  params). Anything else stays on the SDK path.
* `tool_result` reads the upstream's answer the way the SDK's client session
  does: the negotiated version's result schema, later revisions' fields
  dropped, the session's own result adapter, and the output schema for a
  result that is not an error.
* `result_line` and `error_line` write the answer the way the SDK's server
  does: the same per-version sieve, `resultType`, `serverInfo` stamp and
  serialisation, so the bytes are the SDK path's.

The proxy (`GoverningProxy.take`) runs the same decision, pins, scan and
outcome recording as on the SDK path.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

import mcp_types as types
from mcp.client.session import ClientSession, _clamp_inbound_ttl, _later_revision_fields
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.runner import modern_error_data
from mcp.shared.exceptions import MCPError
from mcp.shared.inbound import InboundLadderRejection, classify_inbound_request
from mcp.shared.jsonrpc_dispatcher import handler_exception_to_error_data
from mcp_types import methods
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, ValidationError

METHOD = "tools/call"
"""The one method served this way."""
ENVELOPE = frozenset(
    {
        types.PROTOCOL_VERSION_META_KEY,
        types.CLIENT_INFO_META_KEY,
        types.CLIENT_CAPABILITIES_META_KEY,
    }
)
"""The `_meta` keys of a 2026-07-28 request's envelope: any other key keeps the SDK path."""
PARAMS = frozenset({"name", "arguments", "_meta"})
"""Params a raw call may carry; any other (`requestState`, `task`, ...) keeps the SDK path."""


def raw_call(
    request: types.JSONRPCRequest, reference: ServerRequestContext[Any]
) -> tuple[types.CallToolRequestParams, str] | None:
    """A `tools/call` request's params and protocol version, or None to leave it to the SDK.

    `reference` is the last request the SDK served on this connection: it
    fixed the era (a 2025 handshake that was accepted, or 2026-07-28
    envelopes). A 2025 request must carry no `_meta` (progress tokens live
    there); a 2026 request must carry exactly the reference's envelope (so the
    SDK has accepted it already) and nothing else.
    """
    params = request.params
    if request.method != METHOD or not isinstance(params, dict) or not PARAMS.issuperset(params):
        return None
    version = reference.protocol_version
    meta = params.get("_meta")
    if version in MODERN_PROTOCOL_VERSIONS:
        seen = (reference.params or {}).get("_meta")
        if not isinstance(meta, dict) or meta != seen or not ENVELOPE.issuperset(meta):
            return None
        route = classify_inbound_request({"method": METHOD, "params": params})
        if isinstance(route, InboundLadderRejection) or route.protocol_version != version:
            return None
    elif meta is not None:
        return None
    try:  # what the SDK's server checks before its handler runs
        methods.validate_client_request(METHOD, version, params)
        typed = types.CallToolRequestParams.model_validate(params, by_name=False)
    except (KeyError, ValidationError):
        return None
    return typed, version


async def tool_result(
    session: ClientSession, name: str, raw: dict[str, Any]
) -> types.CallToolResult | types.InputRequiredResult | types.Result:
    """The upstream's answer to a `tools/call`, read as `ClientSession.call_tool` reads it.

    Raises what the SDK raises: `ValidationError` for a result that breaks the
    negotiated schema, `RuntimeError` for structured content that breaks the
    tool's output schema.
    """
    _clamp_inbound_ttl(raw)
    version = session.protocol_version or "2025-11-25"  # the SDK's fallback too
    with contextlib.suppress(KeyError):  # a version without this method's schema
        methods.validate_server_result(METHOD, version, raw)
    foreign = _later_revision_fields(METHOD, version)
    if not foreign.isdisjoint(raw):
        raw = {key: value for key, value in raw.items() if key not in foreign}
    result = session._call_tool_adapter.validate_python(raw, by_name=False)
    if isinstance(result, types.CallToolResult) and not result.is_error:
        await session.validate_tool_result(name, result)
    return result


def result_line(
    request_id: types.RequestId, result: BaseModel, version: str, server: Server[Any]
) -> bytes:
    """The response line the SDK's server would write for a handler's result.

    Raises `MCPError` where the SDK would answer an error instead (a result
    that breaks the version's schema).
    """
    dumped = result.model_dump(by_alias=True, mode="json", exclude_none=True)
    result_type = dumped.get("resultType")
    core_shape = (
        version not in MODERN_PROTOCOL_VERSIONS
        or not isinstance(result_type, str)
        or result_type in types.CORE_RESULT_TYPES
    )
    if core_shape:
        try:
            dumped = methods.serialize_server_result(METHOD, version, dumped)
        except ValidationError:
            raise MCPError(types.INTERNAL_ERROR, "Handler returned an invalid result") from None
    if version in MODERN_PROTOCOL_VERSIONS:
        if dumped.get("resultType") is None:
            dumped["resultType"] = "complete"
        meta = dumped.get("_meta")
        if meta is None:
            dumped["_meta"] = {types.SERVER_INFO_META_KEY: server.server_info_stamp}
        elif isinstance(meta, Mapping) and meta.get(types.SERVER_INFO_META_KEY) is None:
            dumped["_meta"] = {**meta, types.SERVER_INFO_META_KEY: server.server_info_stamp}
    response = types.JSONRPCResponse(jsonrpc="2.0", id=request_id, result=dumped)
    return _line(response)


def error_line(request_id: types.RequestId, error: types.ErrorData) -> bytes:
    """The error response line for a request."""
    return _line(types.JSONRPCError(jsonrpc="2.0", id=request_id, error=error))


def handler_error(error: Exception, version: str) -> types.ErrorData:
    """What the SDK answers when a handler raises `error`, in the connection's era."""
    if version in MODERN_PROTOCOL_VERSIONS:
        return modern_error_data(error)
    # The SDK's loop dispatcher answers code 0 with the exception's text (its v1 habit).
    return handler_exception_to_error_data(error) or types.ErrorData(code=0, message=str(error))


def _line(message: types.JSONRPCResponse | types.JSONRPCError) -> bytes:
    return message.model_dump_json(by_alias=True, exclude_unset=True).encode("utf-8") + b"\n"

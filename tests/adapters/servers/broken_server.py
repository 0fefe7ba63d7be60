"""An MCP server written by hand (no SDK) that breaks the protocol on request.

It completes the 2025-11-25 handshake and lists its tools properly; each tool
then misbehaves in one way when called:

* `bad_result`: answers with a result that violates the schema (`content` is a number)
* `garbage`: writes a line that is not JSON, then never answers
* `wrong_id`: answers a request id that was never sent, then never answers the real one
* `truncated`: writes half a response and exits
* `ok`: answers properly (`"fine"`)
* `error`: answers a JSON-RPC error (-32050)
* `is_error`: answers a tool error (`isError: true`)
* `bad_is_error`, `bad_item`, `bad_structured_type`: results that break the schema in
  other ways (`isError` a string, a text item without text, `structuredContent` a list)
* `structured`: declares an output schema and answers structured content that fits it
* `bad_structured`: declares the same output schema and answers content that breaks it
"""

from __future__ import annotations

import json
import sys
from typing import Any

TOOLS = [
    "bad_result",
    "garbage",
    "wrong_id",
    "truncated",
    "ok",
    "error",
    "is_error",
    "bad_is_error",
    "bad_item",
    "bad_structured_type",
    "structured",
    "bad_structured",
]
OUTPUT_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "celsius": {"type": "integer"}},
    "required": ["city", "celsius"],
}
"""The output schema `structured` and `bad_structured` declare."""
RESULTS: dict[str, Any] = {
    "is_error": {"content": [{"type": "text", "text": "it went wrong"}], "isError": True},
    "bad_is_error": {"content": [{"type": "text", "text": "x"}], "isError": "maybe"},
    "bad_item": {"content": [{"type": "text"}]},
    "bad_structured_type": {"content": [], "structuredContent": [1, 2]},
    "structured": {
        "content": [{"type": "text", "text": '{"city": "Oslo", "celsius": 4}'}],
        "structuredContent": {"city": "Oslo", "celsius": 4},
    },
    "bad_structured": {
        "content": [{"type": "text", "text": '{"city": "Oslo"}'}],
        "structuredContent": {"city": "Oslo", "celsius": "cold"},
    },
}
"""Results answered as they are, by tool."""


def send(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def answer(request_id: Any, result: dict[str, Any]) -> None:
    send({"jsonrpc": "2.0", "id": request_id, "result": result})


def main() -> None:
    for line in sys.stdin:
        message = json.loads(line)
        method, request_id = message.get("method"), message.get("id")
        if request_id is None:
            continue  # a notification
        if method == "initialize":
            answer(
                request_id,
                {
                    "protocolVersion": "2025-11-25",
                    "capabilities": {"tools": {}},
                    "serverInfo": {"name": "broken", "version": "1"},
                },
            )
        elif method == "tools/list":
            tools: list[dict[str, Any]] = [
                {"name": n, "description": f"Tool {n}.", "inputSchema": {"type": "object"}}
                for n in TOOLS
            ]
            for tool in tools:
                if tool["name"] in ("structured", "bad_structured"):
                    tool["outputSchema"] = OUTPUT_SCHEMA
            answer(request_id, {"tools": tools})
        elif method == "tools/call":
            name = message["params"]["name"]
            if name == "bad_result":
                answer(request_id, {"content": 5})
            elif name == "garbage":
                sys.stdout.write("}{ this is not json\n")
                sys.stdout.flush()
            elif name == "wrong_id":
                answer(987654, {"content": [{"type": "text", "text": "stray"}]})
            elif name == "error":
                error = {"code": -32050, "message": "the tool exploded", "data": {"at": "step 2"}}
                send({"jsonrpc": "2.0", "id": request_id, "error": error})
            elif name in RESULTS:
                answer(request_id, RESULTS[name])
            elif name == "truncated":
                sys.stdout.write('{"jsonrpc": "2.0", "id": ' + json.dumps(request_id) + ', "resu')
                sys.stdout.flush()
                sys.exit(0)
            else:
                answer(request_id, {"content": [{"type": "text", "text": "fine"}]})
        elif method == "ping":
            answer(request_id, {})
        else:
            send(
                {
                    "jsonrpc": "2.0",
                    "id": request_id,
                    "error": {"code": -32601, "message": f"method not found: {method}"},
                }
            )


if __name__ == "__main__":
    main()

"""A tiny real MCP server (low-level API, stdio or Streamable HTTP) for the gateway tests.

Its `weather` description comes from $TRICKY_WEATHER_DESCRIPTION, so a test can
poison it or change it between runs (a rug pull). Other tools: `add` (honest),
`sleep` (hangs), `crash` (kills the process mid-call), `echo` (returns its text).

    python tricky_server.py            # stdio
    python tricky_server.py --http N   # Streamable HTTP on 127.0.0.1:N/mcp
"""

from __future__ import annotations

import os
import sys
from typing import Any

import anyio
import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

WEATHER = os.environ.get("TRICKY_WEATHER_DESCRIPTION", "Get the weather forecast for a city.")


def _tool(name: str, description: str, **props: str) -> types.Tool:
    return types.Tool(
        name=name,
        description=description,
        input_schema={
            "type": "object",
            "properties": {k: {"type": v} for k, v in props.items()},
        },
    )


async def list_tools(
    ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
) -> types.ListToolsResult:
    return types.ListToolsResult(
        tools=[
            _tool("add", "Add two integers.", a="integer", b="integer"),
            _tool("weather", WEATHER, city="string"),
            _tool("sleep", "Wait a number of seconds.", seconds="number"),
            _tool("crash", "Stop the server process."),
            _tool("echo", "Return the text given.", text="string"),
        ]
    )


async def call_tool(
    ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
) -> types.CallToolResult:
    args = params.arguments or {}
    if params.name == "add":
        text = str(int(args["a"]) + int(args["b"]))
    elif params.name == "weather":
        text = f"Sunny in {args.get('city', '?')}"
    elif params.name == "sleep":
        await anyio.sleep(float(args.get("seconds", 60)))
        text = "slept"
    elif params.name == "crash":
        os._exit(3)
    else:
        text = str(args.get("text", ""))
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)])


server = Server("tricky", on_list_tools=list_tools, on_call_tool=call_tool)


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--http":
        import uvicorn

        uvicorn.run(
            server.streamable_http_app(), host="127.0.0.1", port=int(sys.argv[2]), log_level="error"
        )
    else:
        anyio.run(main)

"""MCP gateway overhead: tools/call through `lictor mcp proxy` vs the same server directly.

    .venv/bin/python bench/mcp_proxy.py [--calls 300]

One run, one server (`mcp-server-time`), two clients open side by side: one
talks to the server directly, one through the proxy; calls alternate between
them so both see the same machine noise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

LICTOR = Path(sys.executable).parent / "lictor"
MANIFEST = '[tools."mcp__time__*"]\ncapabilities = []\n'


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def measure(workspace: Path, calls: int, mode: str) -> tuple[list[float], list[float]]:
    server = [sys.executable, "-m", "mcp_server_time"]
    env = dict(os.environ)
    direct = StdioServerParameters(command=server[0], args=server[1:], env=env)
    proxied = StdioServerParameters(
        command=str(LICTOR),
        args=["mcp", "proxy", "--dir", str(workspace), "--", *server],
        env=env,
    )
    args = {"timezone": "UTC"}
    plain: list[float] = []
    governed: list[float] = []
    async with Client(direct) as a, Client(proxied) as b:
        for _ in range(20):  # warm up both paths
            await a.call_tool("get_current_time", args)
            await b.call_tool("get_current_time", args)
        for _ in range(calls):
            started = time.perf_counter()
            await a.call_tool("get_current_time", args)
            plain.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = await b.call_tool("get_current_time", args)
            governed.append(time.perf_counter() - started)
            assert not result.is_error, result
    return plain, governed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()

    from lictor.project import init_project

    workspace = Path(tempfile.mkdtemp(prefix="lm", dir="/tmp")) / "ws"
    workspace.mkdir(parents=True)
    init_project(workspace, owner="bench@example.com")
    (workspace / ".lictor" / "tools.toml").write_text(MANIFEST)
    config = workspace / ".lictor" / "config.toml"

    print(f"{'tools/call (ms)':30} {'p50':>8} {'p99':>8}   n")
    results = {}
    for mode in ("durable", "fast"):
        text = config.read_text()
        config.write_text(text.replace('mode = "durable"', f'mode = "{mode}"'))
        plain, governed = anyio.run(measure, workspace, args.calls, mode)
        results[mode] = (
            statistics.median(governed) - statistics.median(plain),
            pct(governed, 0.99) - pct(plain, 0.99),
        )
        for name, values in (("direct", plain), (f"via lictor proxy ({mode})", governed)):
            print(
                f"{name:30} {statistics.median(values) * 1e3:8.2f} {pct(values, 0.99) * 1e3:8.2f}"
                f"   {len(values)}"
            )
    print()
    for mode, (p50, p99) in results.items():
        print(f"overhead, {mode} audit: p50 {p50 * 1e3:.2f} ms (goal <= 2), p99 {p99 * 1e3:.2f} ms")


if __name__ == "__main__":
    main()

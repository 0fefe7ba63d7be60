"""MCP gateway overhead: tools/call through `lictor mcp proxy` vs the same server directly.

    .venv/bin/python bench/mcp_proxy.py [--calls 500]

One run, one server (`mcp-server-time`), four clients open side by side: one
talks to the server directly, one through a proxy whose project audits in
durable mode (the default: every commit fsynced), one through a proxy in fast
mode, and one through a proxy in fast mode that serves every `tools/call`
through the SDK (`LICTOR_MCP_RAW_CALLS=0`: the path before the raw one). Each
round calls all four, in a rotating order, so they see the same machine noise;
the overhead is the proxied median minus the direct one.
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
MODES = ("durable", "fast")
PROXIES = {"durable": "durable", "fast": "fast", "fast-sdk": "fast"}
"""Proxied clients and their audit modes; `fast-sdk` has the raw tools/call path off."""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def project(mode: str) -> Path:
    from lictor.project import init_project

    workspace = Path(tempfile.mkdtemp(prefix="lm", dir="/tmp")) / "ws"
    workspace.mkdir(parents=True)
    init_project(workspace, owner="bench@example.com")
    (workspace / ".lictor" / "tools.toml").write_text(MANIFEST)
    config = workspace / ".lictor" / "config.toml"
    config.write_text(config.read_text().replace('mode = "durable"', f'mode = "{mode}"'))
    return workspace


async def measure(workspaces: dict[str, Path], calls: int) -> dict[str, list[float]]:
    server = [sys.executable, "-m", "mcp_server_time"]
    env = dict(os.environ)
    targets = {"direct": StdioServerParameters(command=server[0], args=server[1:], env=env)}
    for name, mode in PROXIES.items():
        targets[name] = StdioServerParameters(
            command=str(LICTOR),
            args=["mcp", "proxy", "--dir", str(workspaces[mode]), "--", *server],
            env={**env, "LICTOR_MCP_RAW_CALLS": "0" if name.endswith("-sdk") else "1"},
        )
    args = {"timezone": "UTC"}
    times: dict[str, list[float]] = {name: [] for name in targets}
    async with (
        Client(targets["direct"]) as direct,
        Client(targets["durable"]) as durable,
        Client(targets["fast"]) as fast,
        Client(targets["fast-sdk"]) as fast_sdk,
    ):
        clients = [("direct", direct), ("durable", durable), ("fast", fast), ("fast-sdk", fast_sdk)]
        for i in range(calls + 30):
            shift = i % len(clients)
            for name, client in clients[shift:] + clients[:shift]:
                started = time.perf_counter()
                result = await client.call_tool("get_current_time", args)
                if i >= 30:  # the first rounds warm up every path
                    times[name].append(time.perf_counter() - started)
                assert not result.is_error, result
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()

    workspaces = {mode: project(mode) for mode in MODES}
    load_before = os.getloadavg()[0]
    times = anyio.run(measure, workspaces, args.calls)
    load_after = os.getloadavg()[0]
    print(f"load average {load_before:.2f} -> {load_after:.2f}")
    print(f"{'tools/call (ms)':30} {'p50':>8} {'p99':>8}   n")
    labels = {
        "direct": "direct",
        **{m: f"via lictor proxy ({m})" for m in MODES},
        "fast-sdk": "via proxy (fast, SDK path)",
    }
    for name, values in times.items():
        print(
            f"{labels[name]:30} {statistics.median(values) * 1e3:8.2f} "
            f"{pct(values, 0.99) * 1e3:8.2f}   {len(values)}"
        )
    print()
    plain = times["direct"]
    for name in PROXIES:
        p50 = statistics.median(times[name]) - statistics.median(plain)
        p99 = pct(times[name], 0.99) - pct(plain, 0.99)
        print(f"overhead, {name:8}: p50 {p50 * 1e3:.2f} ms (goal <= 2), p99 {p99 * 1e3:.2f} ms")


if __name__ == "__main__":
    main()

"""MCP gateway overhead: tools/call through `lictor mcp proxy` vs the same server directly.

    .venv/bin/python bench/mcp_proxy.py [--calls 500] [--stages MODE]

One run, one server (`mcp-server-time`), four clients open side by side: one
talks to the server directly, one through a proxy whose project audits in
durable mode (the default: every commit fsynced), one through a proxy in fast
mode, and one through a proxy in fast mode that serves every `tools/call`
through the SDK (`LICTOR_MCP_RAW_CALLS=0`: the path before the raw one). Each
round calls all four, in a rotating order, so they see the same machine noise;
the overhead is the proxied median minus the direct one.

`--stages durable|fast`: where the time goes inside the proxy instead. One
client talks to the server directly, one to a proxy in that audit mode whose
raw `tools/call` path has a timer around each stage; the proxy prints the
median of each stage when the client leaves. Timers cost a little themselves.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


STAGES = {
    "take": "intake: the request judged and handed to a task",
    "_decide": "decision (gate.decide, asks waited on)",
    "request": "upstream round trip (write, the server's work, its answer read)",
    "tool_result": "the answer read as the SDK reads it (schemas, output schema)",
    "_call_answered": "injection scan, outcome handed on, warning",
    "result_line": "the reply shaped and serialised as the SDK does",
    "total": "total: request taken -> reply written",
}
"""Timed stages of the raw path, by the name of the function timed."""


def serve_with_stages(out: str, workspace: str, server: list[str]) -> None:
    """Run the proxy (this process is one) with a timer around each stage of the raw path."""
    import atexit

    from lictor.adapters import mcp_proxy, mcp_stdio

    seen: dict[str, list[float]] = {name: [] for name in STAGES}
    started: dict[Any, float] = {}

    def timed(owner: Any, name: str) -> None:
        inner: Callable[..., Any] = getattr(owner, name)
        if name in ("take", "result_line"):

            @functools.wraps(inner)
            def sync(*args: Any) -> Any:
                begun = time.perf_counter()
                try:
                    return inner(*args)
                finally:
                    seen[name].append(time.perf_counter() - begun)

            setattr(owner, name, sync)
            return

        @functools.wraps(inner)
        async def wrapped(*args: Any) -> Any:
            begun = time.perf_counter()
            try:
                return await inner(*args)
            finally:
                seen[name].append(time.perf_counter() - begun)

        setattr(owner, name, wrapped)

    proxy_class = mcp_proxy.GoverningProxy
    for owner, name in [
        (proxy_class, "_decide"),
        (proxy_class, "_call_answered"),
        (mcp_stdio.RawUpstream, "request"),
        (mcp_proxy, "tool_result"),
        (mcp_proxy, "result_line"),
    ]:
        timed(owner, name)
    take = proxy_class.take

    def take_timed(self: Any, message: Any) -> bool:
        begun = time.perf_counter()
        taken = take(self, message)
        seen["take"].append(time.perf_counter() - begun)
        if taken:
            started[message.id] = begun
        return taken

    send_line = mcp_stdio.LineWriter.send_line

    async def send_timed(self: Any, line: bytes) -> None:
        await send_line(self, line)
        if self._wire is not None and started:  # the client's wire: a reply went out
            begun = started.pop(json.loads(line).get("id"), None)
            if begun is not None:
                seen["total"].append(time.perf_counter() - begun)

    proxy_class.take = take_timed  # type: ignore[method-assign]
    mcp_stdio.LineWriter.send_line = send_timed  # type: ignore[method-assign]

    def report() -> None:
        medians = {k: statistics.median(v[30:]) * 1e3 for k, v in seen.items() if len(v) > 30}
        Path(out).write_text(json.dumps(medians))

    atexit.register(report)
    config = mcp_proxy.ProxyConfig(command=tuple(server), project=Path(workspace))
    anyio.run(mcp_proxy.serve_stdio, config)


async def measure_stages(workspace: Path, out: Path, calls: int) -> dict[str, list[float]]:
    server = [sys.executable, "-m", "mcp_server_time"]
    env = dict(os.environ)
    direct = StdioServerParameters(command=server[0], args=server[1:], env=env)
    proxied = StdioServerParameters(
        command=sys.executable,
        args=[__file__, "--serve-stages", str(out), str(workspace), *server],
        env={**env, "LICTOR_MCP_RAW_CALLS": "1"},
    )
    times: dict[str, list[float]] = {"direct": [], "proxied": []}
    args = {"timezone": "UTC"}
    async with Client(direct) as plain, Client(proxied) as governed:
        for i in range(calls + 30):
            pair = [("direct", plain), ("proxied", governed)]
            for name, client in pair if i % 2 else pair[::-1]:
                begun = time.perf_counter()
                result = await client.call_tool("get_current_time", args)
                if i >= 30:
                    times[name].append(time.perf_counter() - begun)
                assert not result.is_error, result
    return times


def stages(mode: str, calls: int) -> None:
    workspace = project(mode)
    out = workspace.parent / "stages.json"
    load_before = os.getloadavg()[0]
    times = anyio.run(measure_stages, workspace, out, calls)
    deadline = time.monotonic() + 30
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    medians = json.loads(out.read_text())
    print(f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f}, {mode} audit")
    direct, proxied = (statistics.median(times[k]) * 1e3 for k in ("direct", "proxied"))
    print(f"client's view: direct p50 {direct:.2f} ms, proxied {proxied:.2f} ms")
    print(f"{'stage inside the proxy (p50, ms)':66} {'ms':>6}")
    for name, label in STAGES.items():
        print(f"{label:66} {medians.get(name, float('nan')):6.3f}")


def main() -> None:
    if sys.argv[1:2] == ["--serve-stages"]:
        out, workspace, *server = sys.argv[2:]
        serve_with_stages(out, workspace, server)
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--stages", choices=MODES, help="time the raw path's stages instead")
    args = parser.parse_args()
    if args.stages:
        stages(args.stages, args.calls)
        return

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

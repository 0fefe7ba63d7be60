"""Load on `lictor serve` from a separate process over loopback: decisions/s, latency, memory.

    .venv/bin/python bench/server.py                 # 1,000 decisions/s for 60 s, fast audit
    .venv/bin/python bench/server.py --rate 500 --seconds 20 --durable

The server runs as its own process (`lictor serve`); this script is the load:
a few keep-alive HTTP/1.1 connections on asyncio, paced to the target rate
(open loop: a late request is sent at once and its lateness counts in its
latency). The same run measures /healthz at the same concurrency as the
baseline, and the server's RSS before and after the decision phase.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICTOR = ROOT / ".venv" / "bin" / "lictor"

ACTIONS = [
    {"tool": "Bash", "args": {"command": "python -m pytest -q tests/"}},
    {"tool": "Read", "args": {"file_path": "src/calc.py"}},
    {
        "tool": "Edit",
        "args": {"file_path": "src/calc.py", "old_string": "a - b", "new_string": "a + b"},
    },
    {"tool": "Bash", "args": {"command": "git status --short"}},
]


@dataclass
class Phase:
    """What one phase measured."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def row(self) -> str:
        lat = sorted(self.latencies)
        n = len(lat)
        p50 = lat[n // 2] * 1000 if n else float("nan")
        p99 = lat[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan")
        rate = n / self.seconds if self.seconds else 0.0
        return (
            f"| {self.name:<14} | {n:>8} | {self.errors:>6} | {rate:>9.0f} "
            f"| {p50:>8.2f} | {p99:>8.2f} |"
        )

    def p50(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")


class Conn:
    """One keep-alive HTTP/1.1 connection; just enough HTTP for this bench."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes, headers: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n{headers}"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        data = await self.reader.readexactly(length) if length else b""
        return int(status_line.split()[1]), data


async def run_phase(
    name: str,
    host: str,
    port: int,
    method: str,
    path: str,
    bodies: list[bytes],
    headers: str,
    rate: float,
    seconds: float,
    conns: int,
) -> Phase:
    """`rate` requests/s (0: as fast as `conns` connections go) for `seconds`."""
    phase = Phase(name)
    start = time.perf_counter()
    end = start + seconds
    interval = conns / rate if rate else 0.0

    async def worker(k: int) -> None:
        conn = Conn(host, port)
        i = k
        due = start + (k / max(rate, 1)) if rate else start
        while True:
            now = time.perf_counter()
            if now >= end:
                return
            if rate and due > now:
                await asyncio.sleep(due - now)
            sent = due if rate else time.perf_counter()
            try:
                status, data = await conn.request(method, path, bodies[i % len(bodies)], headers)
                if status != 200:
                    phase.errors += 1
                elif name.startswith("decide"):
                    verdict = json.loads(data)["verdict"]
                    phase.verdicts[verdict] = phase.verdicts.get(verdict, 0) + 1
            except Exception:
                phase.errors += 1
                conn = Conn(host, port)
            phase.latencies.append(time.perf_counter() - sent)
            i += conns
            due += interval

    await asyncio.gather(*(worker(k) for k in range(conns)))
    phase.seconds = time.perf_counter() - start
    return phase


def rss_kib(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+)", text)
    return int(match.group(1)) if match else -1


def api(
    host: str, port: int, method: str, path: str, token: str, body: object
) -> dict[str, object]:
    async def call() -> tuple[int, bytes]:
        return await Conn(host, port).request(
            method,
            path,
            json.dumps(body).encode(),
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n",
        )

    status, data = asyncio.run(call())
    if status >= 300:
        raise SystemExit(f"{method} {path}: {status} {data[:300]!r}")
    result: dict[str, object] = json.loads(data)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=1000.0, help="decisions per second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--conns", type=int, default=8, help="concurrent connections")
    parser.add_argument(
        "--durable", action="store_true", help="fsync every decision (group commit)"
    )
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()
    host = "127.0.0.1"

    folder = Path(tempfile.mkdtemp(prefix="lictor-bench-server-"))
    command = [str(LICTOR), "serve", "--port", str(args.port), "-p", str(folder)]
    if not args.durable:
        command.append("--fast")
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    token = ""
    assert server.stdout is not None
    for line in server.stdout:
        found = re.search(r"(lct_[A-Za-z0-9_-]+)", line)
        if found:
            token = found.group(1)
        if "Ctrl-C" in line:
            break
    for _ in range(100):
        try:
            api(host, args.port, "GET", "/healthz", token, None)
            break
        except (OSError, SystemExit):
            time.sleep(0.1)
    try:
        api(
            host,
            args.port,
            "POST",
            "/v1/agents",
            token,
            {"name": "bench", "owner": "bench@example.com", "purpose": "load test"},
        )
        grant = api(
            host,
            args.port,
            "POST",
            "/v1/grants",
            token,
            {"agent": "bench", "task": "BENCH", "allow": ["Bash", "Read", "Edit"], "ttl": 3600},
        )
        cred = api(
            host,
            args.port,
            "POST",
            "/v1/credentials",
            token,
            {"agent": "bench", "grant": grant["id"], "ttl": 3600},
        )
        agent_headers = (
            f"Authorization: Bearer {cred['token']}\r\nContent-Type: application/json\r\n"
        )
        bodies = [
            json.dumps({**a, "session": f"bench-{i % 50}"}).encode()
            for i, a in enumerate(ACTIONS * 25)
        ]
        warm = asyncio.run(
            run_phase(
                "warm-up",
                host,
                args.port,
                "POST",
                "/v1/decide",
                bodies,
                agent_headers,
                args.rate / 2,
                3.0,
                args.conns,
            )
        )
        health = asyncio.run(
            run_phase(
                "healthz",
                host,
                args.port,
                "GET",
                "/healthz",
                [b""],
                "",
                args.rate,
                min(args.seconds, 10.0),
                args.conns,
            )
        )
        before = rss_kib(server.pid)
        decide = asyncio.run(
            run_phase(
                "decide",
                host,
                args.port,
                "POST",
                "/v1/decide",
                bodies,
                agent_headers,
                args.rate,
                args.seconds,
                args.conns,
            )
        )
        after = rss_kib(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    mode = "durable (fsync, group commit)" if args.durable else "fast (synchronous=NORMAL)"
    print(
        f"\nlictor serve, audit {mode}; {os.cpu_count()} CPUs; target {args.rate:.0f}/s "
        f"for {args.seconds:.0f} s over {args.conns} keep-alive connections\n"
    )
    print("| phase          | requests | errors |  per s    | p50 (ms) | p99 (ms) |")
    print("|----------------|---------:|-------:|----------:|---------:|---------:|")
    for phase in (warm, health, decide):
        print(phase.row())
    ratio = decide.p50() / health.p50() if health.latencies else float("nan")
    growth = (after - before) / before * 100 if before > 0 else float("nan")
    print(f"\ndecide p50 / healthz p50 (same server, same run): {ratio:.1f}x")
    print(f"verdicts: {decide.verdicts}")
    print(
        f"server RSS before {before / 1024:.1f} MiB, after {after / 1024:.1f} MiB ({growth:+.1f}%)"
    )
    ok = decide.errors == 0 and len(decide.latencies) / decide.seconds >= 0.98 * args.rate
    print("sustained target with zero errors: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

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
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

    client_cpu: float = 0.0
    server_cpu: float = 0.0

    def row(self) -> str:
        lat = sorted(self.latencies)
        n = len(lat)
        p50 = lat[n // 2] * 1000 if n else float("nan")
        p99 = lat[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan")
        rate = n / self.seconds if self.seconds else 0.0
        return (
            f"| {self.name:<14} | {n:>8} | {self.errors:>6} | {rate:>9.0f} "
            f"| {p50:>8.2f} | {p99:>8.2f} | {self.server_cpu * 1000 / max(n, 1):>17.2f} "
            f"| {self.client_cpu * 1000 / max(n, 1):>17.2f} |"
        )

    def p50(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")


class Conn(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection, one request in flight; just enough HTTP for this bench.

    A protocol, not streams: the load generator shares two cores with the
    server, so it parses no more than the status and Content-Length.
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.lost: Exception | None = None

    @classmethod
    async def open(cls, host: str, port: int) -> Conn:
        loop = asyncio.get_running_loop()
        _, conn = await loop.create_connection(cls, host, port)
        return conn

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = exc or ConnectionResetError("server closed the connection")
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(self.lost)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0 or self.waiter is None or self.waiter.done():
            return
        head = bytes(self.buffer[:end]).lower()
        at = head.find(b"content-length:")
        length = (
            int(head[at + 15 : head.find(b"\r\n", at) if b"\r\n" in head[at:] else None])
            if at >= 0
            else 0
        )
        if len(self.buffer) < end + 4 + length:
            return
        body = bytes(self.buffer[end + 4 : end + 4 + length])
        del self.buffer[: end + 4 + length]
        self.waiter.set_result((int(head[9:12]), body))

    async def request(self, data: bytes) -> tuple[int, bytes]:
        if self.lost is not None or self.transport is None:
            raise ConnectionError("connection lost")
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(data)
        return await self.waiter

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


def http_request(method: str, path: str, host: str, headers: str, body: bytes) -> bytes:
    """The bytes of one request (built once per distinct body, not per request)."""
    return (
        f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{headers}Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


async def run_phase(
    name: str,
    host: str,
    port: int,
    requests: list[bytes],
    rate: float,
    seconds: float,
    conns: int,
    server_pid: int,
) -> Phase:
    """`rate` requests/s (0: as fast as `conns` connections go) for `seconds`."""
    phase = Phase(name)
    interval = conns / rate if rate else 0.0
    pool = [await Conn.open(host, port) for _ in range(conns)]
    cpu_client, cpu_server = client_cpu(), server_cpu(server_pid)
    start = time.perf_counter()
    end = start + seconds
    check = name.startswith("decide")

    async def worker(k: int) -> None:
        conn = pool[k]
        i = k
        due = start + (k / rate) if rate else start
        while True:
            now = time.perf_counter()
            if now >= end:
                return
            if rate and due > now:
                await asyncio.sleep(due - now)
            sent = due if rate else time.perf_counter()
            try:
                status, data = await conn.request(requests[i % len(requests)])
                if status != 200:
                    phase.errors += 1
                elif check:
                    at = data.find(b'"verdict":"')
                    verdict = data[at + 11 : data.find(b'"', at + 11)].decode()
                    phase.verdicts[verdict] = phase.verdicts.get(verdict, 0) + 1
            except Exception:
                phase.errors += 1
                conn.close()
                conn = pool[k] = await Conn.open(host, port)
            phase.latencies.append(time.perf_counter() - sent)
            i += conns
            due += interval

    await asyncio.gather(*(worker(k) for k in range(conns)))
    phase.seconds = time.perf_counter() - start
    phase.client_cpu = client_cpu() - cpu_client
    phase.server_cpu = server_cpu(server_pid) - cpu_server
    for conn in pool:
        conn.close()
    return phase


def client_cpu() -> float:
    """CPU seconds this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu(pid: int) -> float:
    """CPU seconds the server and its worker processes have used."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for p in [pid, *children(pid)]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def children(pid: int) -> list[int]:
    """Worker processes of the server (uvicorn --workers)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def rss_kib(pid: int) -> int:
    """Resident memory of the server and its worker processes (KiB)."""
    total = 0
    for p in [pid, *children(pid)]:
        try:
            text = Path(f"/proc/{p}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+)", text)
        total += int(match.group(1)) if match else 0
    return total


def api(host: str, port: int, method: str, path: str, token: str, body: object) -> Any:
    """One call, on its own connection; SystemExit on an error status."""

    async def call() -> tuple[int, bytes]:
        conn = await Conn.open(host, port)
        try:
            headers = f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            data = json.dumps(body).encode() if body is not None else b""
            return await conn.request(http_request(method, path, host, headers, data))
        finally:
            conn.close()

    status, data = asyncio.run(call())
    if status >= 300:
        raise SystemExit(f"{method} {path}: {status} {data[:300]!r}")
    return json.loads(data)


def start_server(args: argparse.Namespace, folder: Path) -> tuple[subprocess.Popen[str], str]:
    """`lictor serve` in its own process; returns it and the admin token it printed."""
    command = [str(LICTOR), "serve", "--port", str(args.port), "-p", str(folder)]
    command += ["--workers", str(args.workers)]
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
    for _ in range(200):
        try:
            api("127.0.0.1", args.port, "GET", "/healthz", token, None)
            return server, token
        except (OSError, SystemExit):
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not answer /healthz")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=1000.0, help="decisions per second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--conns", type=int, default=16, help="concurrent connections")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument(
        "--durable", action="store_true", help="fsync every decision (group commit)"
    )
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()
    host = "127.0.0.1"

    folder = Path(tempfile.mkdtemp(prefix="lictor-bench-server-"))
    server, token = start_server(args, folder)
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
        decides = [
            http_request(
                "POST",
                "/v1/decide",
                host,
                agent_headers,
                json.dumps({**a, "session": f"bench-{i % 50}"}).encode(),
            )
            for i, a in enumerate(ACTIONS * 25)
        ]
        healthz = [http_request("GET", "/healthz", host, "", b"")]

        def phase(name: str, requests: list[bytes], rate: float, seconds: float) -> Phase:
            return asyncio.run(
                run_phase(name, host, args.port, requests, rate, seconds, args.conns, server.pid)
            )

        warm = phase("warm-up", decides, args.rate / 2, 5.0)
        health = phase("healthz", healthz, args.rate, min(args.seconds, 10.0))
        before = rss_kib(server.pid)
        decide = phase("decide", decides, args.rate, args.seconds)
        after = rss_kib(server.pid)
        height = api(host, args.port, "GET", "/v1/audit/verify", token, None)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    verify = subprocess.run(
        [str(LICTOR), "audit", "verify", "-p", str(folder)], capture_output=True, text=True
    )

    mode = "durable (fsync, group commit)" if args.durable else "fast (synchronous=NORMAL)"
    print(
        f"\nlictor serve --workers {args.workers}, audit {mode}; {os.cpu_count()} CPUs; "
        f"target {args.rate:.0f}/s for {args.seconds:.0f} s over {args.conns} keep-alive "
        "connections\n"
    )
    print(
        "| phase          | requests | errors |  per s    | p50 (ms) | p99 (ms) "
        "| server CPU ms/req | client CPU ms/req |"
    )
    print(
        "|----------------|---------:|-------:|----------:|---------:|---------:"
        "|------------------:|------------------:|"
    )
    for p in (warm, health, decide):
        print(p.row())
    ratio = decide.p50() / health.p50() if health.latencies else float("nan")
    growth = (after - before) / before * 100 if before > 0 else float("nan")
    print(f"\ndecide p50 / healthz p50 (same server, same run): {ratio:.1f}x")
    print(f"verdicts: {decide.verdicts}")
    print(
        f"server RSS before {before / 1024:.1f} MiB, after {after / 1024:.1f} MiB ({growth:+.1f}%)"
    )
    print(
        f"audit chain after the run: {height['height']} entries, "
        f"verified by the server: {height['ok']}, by `lictor audit verify`: "
        f"{'ok' if verify.returncode == 0 else 'FAILED'}"
    )
    rate = len(decide.latencies) / decide.seconds
    ok = (
        decide.errors == 0
        and rate >= 0.98 * args.rate
        and abs(growth) <= 10
        and verify.returncode == 0
    )
    print(
        "sustained target, zero errors, memory within 10%, chain verifies: "
        + ("yes" if ok else "NO")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

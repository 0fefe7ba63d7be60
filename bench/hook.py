"""Hook cost: the command hook vs a bare interpreter start, and the daemon's http hook latency.

    .venv/bin/python bench/hook.py [--runs 30] [--requests 2000]

Everything is measured in one run on a fresh project: `python3 -c pass` and
the installed `lictor-hook claude-code` (thin client -> running daemon)
interleaved, then loopback http hooks against the same daemon, in durable
(fsync per decision) and fast audit modes.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOOK = Path(sys.executable).parent / "lictor-hook"
CLIENT = str(Path(__file__).resolve().parents[1] / "src" / "lictor" / "adapters" / "hook_client.py")
INSTALLED = [sys.executable, "-S", CLIENT, "claude-code"]
"""The command `lictor hook install` writes."""
LICTOR = Path(sys.executable).parent / "lictor"


def payload(workspace: Path) -> bytes:
    return json.dumps(
        {
            "session_id": "bench",
            "transcript_path": "/tmp/bench.jsonl",
            "cwd": str(workspace),
            "permission_mode": "default",
            "hook_event_name": "PreToolUse",
            "tool_name": "Read",
            "tool_input": {"file_path": str(workspace / "src" / "app.py")},
            "tool_use_id": "toolu_bench",
        }
    ).encode()


def wall(cmd: list[str], stdin: bytes, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, input=stdin, capture_output=True, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {done.stderr.decode()}")
    return elapsed


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@contextmanager
def daemon(workspace: Path, sock: Path) -> Iterator[int]:
    proc = subprocess.Popen(
        [str(LICTOR), "daemon", "--socket", str(sock), "--port", "0", "--dir", str(workspace)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("ready"):
        proc.kill()
        raise SystemExit("daemon did not start")
    try:
        yield int(line.split("port=")[1])
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def http_latencies(port: int, body: bytes, n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        # A new connection per hook, as an http hook client makes it.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/hooks/claude-code", body, {"Content-Type": "application/json"})
        reply = conn.getresponse().read()
        conn.close()
        out.append(time.perf_counter() - started)
        assert b'"allow"' in reply, reply
    return out


def set_mode(workspace: Path, mode: str) -> None:
    config = workspace / ".lictor" / "config.toml"
    text = config.read_text()
    for old in ('mode = "durable"', 'mode = "fast"'):
        text = text.replace(old, f'mode = "{mode}"')
    config.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30, help="process starts per variant")
    parser.add_argument("--requests", type=int, default=2000, help="http hooks per mode")
    args = parser.parse_args()

    from lictor.project import init_project

    root = Path(tempfile.mkdtemp(prefix="lb", dir="/tmp"))
    workspace = root / "ws"
    (workspace / "src").mkdir(parents=True)
    (workspace / "src" / "app.py").write_text("print('hi')\n")
    init_project(workspace, owner="bench@example.com")
    body = payload(workspace)
    sock = root / "d.sock"
    env = {**os.environ, "LICTOR_SOCKET": str(sock), "LICTOR_PROJECT": str(workspace)}
    no_daemon_env = {**env, "LICTOR_SOCKET": str(root / "absent.sock")}
    python3 = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else "python3"

    rows: dict[str, list[float]] = {"python3 -c pass": [], "venv python -c pass": []}
    rows["installed hook (daemon)"] = []
    rows["lictor-hook script (daemon)"] = []
    with daemon(workspace, sock) as port:
        for _ in range(3):  # warm caches
            wall(INSTALLED, body, env)
        for _ in range(args.runs):
            rows["python3 -c pass"].append(wall([python3, "-c", "pass"], b"", env))
            rows["venv python -c pass"].append(wall([sys.executable, "-c", "pass"], b"", env))
            rows["installed hook (daemon)"].append(wall(INSTALLED, body, env))
            rows["lictor-hook script (daemon)"].append(wall([str(HOOK), "claude-code"], body, env))
        http_durable = http_latencies(port, body, args.requests)
    rows["installed hook (no daemon)"] = [
        wall(INSTALLED, body, no_daemon_env) for _ in range(max(3, args.runs // 6))
    ]
    set_mode(workspace, "fast")
    with daemon(workspace, sock) as port:
        http_fast = http_latencies(port, body, args.requests)

    print(f"{'command hook (wall, ms)':34} {'p50':>8} {'p90':>8}   n")
    for name, values in rows.items():
        print(
            f"{name:34} {statistics.median(values) * 1e3:8.1f} {pct(values, 0.9) * 1e3:8.1f}"
            f"   {len(values)}"
        )
    base = statistics.median(rows["python3 -c pass"])
    hook = statistics.median(rows["installed hook (daemon)"])
    venv = statistics.median(rows["venv python -c pass"])
    print()
    print(f"installed hook / python3 -c pass      = {hook / base:.2f}  (goal <= 1.5)")
    print(f"installed hook / venv python -c pass  = {hook / venv:.2f}  (same interpreter)")
    print()
    print(f"{'http hook on loopback (ms)':34} {'p50':>8} {'p99':>8}   n")
    for name, values in (("durable audit (fsync)", http_durable), ("fast audit", http_fast)):
        print(
            f"{name:34} {statistics.median(values) * 1e3:8.2f} {pct(values, 0.99) * 1e3:8.2f}"
            f"   {len(values)}"
        )
    print()
    print(f"http p99, durable = {pct(http_durable, 0.99) * 1e3:.2f} ms (goal <= 5)")


if __name__ == "__main__":
    main()

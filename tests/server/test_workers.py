"""`lictor serve --workers 2`: two processes append to one audit chain, and it verifies."""

from __future__ import annotations

import http.client
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from lictor.project import init_project

LICTOR = Path(sys.executable).parent / "lictor"
THREADS, EACH = 16, 13


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _call(port: int, method: str, path: str, token: str, body: Any = None) -> Any:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(
            method,
            path,
            body=None if body is None else json.dumps(body),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        reply = conn.getresponse()
        data = reply.read()
        assert reply.status < 300, (method, path, reply.status, data[:300])
        return json.loads(data) if path != "/metrics" else data.decode()
    finally:
        conn.close()


def _start(folder: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [str(LICTOR), "serve", "--workers", "2", "--fast", "--port", str(port), "-p", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    token = ""
    for line in server.stdout:
        found = re.search(r"(lct_[A-Za-z0-9_-]+)", line)
        token = found.group(1) if found else token
        if "Ctrl-C" in line:
            break
    for _ in range(300):
        try:
            _call(port, "GET", "/healthz", "")
            break
        except OSError:
            time.sleep(0.1)
    return server, token


def test_two_workers_extend_one_chain_that_verifies(tmp_path: Path) -> None:
    init_project(tmp_path, owner="alice@example.com")
    port = _free_port()
    server, token = _start(tmp_path, port)
    try:
        _call(
            port,
            "POST",
            "/v1/agents",
            token,
            {"name": "coder", "owner": "bob@example.com", "purpose": "x"},
        )
        grant = _call(
            port,
            "POST",
            "/v1/grants",
            token,
            {"agent": "coder", "task": "T-1", "allow": ["Bash"], "ttl": 600},
        )
        cred = _call(
            port,
            "POST",
            "/v1/credentials",
            token,
            {"agent": "coder", "grant": grant["id"], "ttl": 600},
        )
        verdicts: list[str] = []

        def agent(k: int) -> None:
            # One keep-alive connection per thread; the kernel spreads them over the workers.
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            headers = {
                "Authorization": f"Bearer {cred['token']}",
                "Content-Type": "application/json",
            }
            for i in range(EACH):
                body = {"tool": "Bash", "args": {"command": f"echo {k}-{i}"}, "session": f"s{k}"}
                conn.request("POST", "/v1/decide", body=json.dumps(body), headers=headers)
                reply = conn.getresponse()
                data = reply.read()
                verdicts.append(
                    json.loads(data)["verdict"] if reply.status == 200 else str(reply.status)
                )
            conn.close()

        threads = [threading.Thread(target=agent, args=(k,)) for k in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert verdicts == ["allow"] * THREADS * EACH

        # Each worker counts only its own decisions: a count below the total
        # means another worker made (and appended) the rest.
        for _ in range(5):
            text = _call(port, "GET", "/metrics", token)
            found = re.search(r'lictor_decisions_total\{verdict="allow"\} ([0-9.]+)', text)
            served = float(found.group(1)) if found else 0.0
            assert 0 < served < THREADS * EACH
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(30) == 0
    verify = subprocess.run(
        [str(LICTOR), "audit", "verify", "-p", str(tmp_path)], capture_output=True, text=True
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    listed = subprocess.run(
        [str(LICTOR), "audit", "export", "-p", str(tmp_path)], capture_output=True, text=True
    )
    records = [json.loads(line)["record"] for line in listed.stdout.splitlines()]
    decided = [r for r in records if r.get("type") == "decision" and r.get("tool") == "Bash"]
    assert len(decided) == THREADS * EACH

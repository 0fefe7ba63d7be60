"""The resident daemon and the thin client: round trips, fallback, fail closed, cost."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from lictor.adapters.daemon import HookDaemon
from lictor.gate import Gate

from .conftest import LICTOR, fixture_bytes, run_hook


def _post(url: str, body: bytes) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_http_hook_round_trip(daemon: HookDaemon, workspace: Path, home: Path) -> None:
    raw = fixture_bytes("claude_code", "pre_write_outside", workspace, home)
    status, answer = _post(daemon.http_url, raw)
    assert status == 200
    out = answer["hookSpecificOutput"]
    assert isinstance(out, dict) and out["permissionDecision"] == "deny"
    assert "[write.outside-workspace]" in out["permissionDecisionReason"]


def test_http_bad_body_blocks_in_json(daemon: HookDaemon, gate: Gate) -> None:
    # http hooks have no exit codes: a non-2xx status would fail open, so the block is JSON.
    status, answer = _post(daemon.http_url, b'{"hook_event_name": "PreToolUse", "tool_na')
    assert status == 200
    assert answer["decision"] == "block" and "fail closed" in str(answer["reason"])
    assert gate.audit.tail(1)[0].record["rules"] == ["lictor.hook.bad-input"]


def test_http_cursor_dialect_and_health(daemon: HookDaemon, workspace: Path, home: Path) -> None:
    url = daemon.http_url.replace("claude-code", "cursor")
    status, answer = _post(url, fixture_bytes("cursor", "before_read_env", workspace, home))
    assert status == 200 and answer["permission"] == "deny"
    with urllib.request.urlopen(daemon.http_url.rsplit("/hooks", 1)[0] + "/health") as r:
        assert json.loads(r.read())["ok"] is True


def test_concurrent_http_hooks_are_all_answered_and_audited(
    daemon: HookDaemon, gate: Gate, workspace: Path, home: Path
) -> None:
    names = ["pre_write_inside", "pre_write_outside", "pre_read_inside", "pre_read_ssh_key"]
    bodies = [fixture_bytes("claude_code", n, workspace, home) for n in names] * 16
    before = gate.audit.height()
    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(lambda b: _post(daemon.http_url, b), bodies))
    decisions = [a["hookSpecificOutput"]["permissionDecision"] for _, a in answers]  # type: ignore[index]
    assert decisions == ["allow", "deny", "allow", "deny"] * 16
    assert gate.audit.height() == before + len(bodies)
    assert gate.audit.verify().ok


def test_no_daemon_falls_back_to_in_process(
    hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    run = run_hook(
        "claude-code", fixture_bytes("claude_code", "pre_read_inside", workspace, home), hook_env
    )
    assert run.code == 0, run.stderr
    assert run.json["hookSpecificOutput"]["permissionDecision"] == "allow"  # type: ignore[index]
    assert gate.audit.tail(1)[0].record["tool"] == "Read"


def test_stale_socket_file_falls_back(
    hook_env: dict[str, str], short_dir: Path, workspace: Path, home: Path
) -> None:
    stale = short_dir / "stale.sock"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(stale))
    s.close()  # bound, never listening: what a killed daemon leaves behind
    hook_env["LICTOR_SOCKET"] = str(stale)
    run = run_hook(
        "claude-code", fixture_bytes("claude_code", "pre_write_outside", workspace, home), hook_env
    )
    assert run.code == 0
    assert run.json["hookSpecificOutput"]["permissionDecision"] == "deny"  # type: ignore[index]


def _fake_daemon(path: Path, reply: bytes | None) -> Iterator[None]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(8)
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            if reply is None:
                held.append(conn)  # wedged: reads nothing, answers nothing
            else:
                conn.recv(1 << 20)
                conn.sendall(reply)
                conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield
    server.close()
    for conn in held:
        conn.close()


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        (None, "did not answer within 1 s"),
        (b"<html>oops</html>", "not in the hook reply format"),
        (b"0\n999\n{}", "not in the hook reply format"),
    ],
    ids=["wedged", "garbage", "short-reply"],
)
def test_failing_daemon_is_a_deny(
    reply: bytes | None,
    why: str,
    hook_env: dict[str, str],
    short_dir: Path,
    workspace: Path,
    home: Path,
) -> None:
    path = short_dir / "bad.sock"
    fake = _fake_daemon(path, reply)
    next(fake)
    hook_env.update(LICTOR_SOCKET=str(path), LICTOR_HOOK_TIMEOUT="1")
    raw = fixture_bytes("claude_code", "pre_read_inside", workspace, home)
    started = time.monotonic()
    run = run_hook("claude-code", raw, hook_env)
    assert time.monotonic() - started < 10
    assert run.code == 2 and run.stdout == ""
    assert why in run.stderr and "denied (fail closed)" in run.stderr
    cursor = run_hook(
        "cursor", fixture_bytes("cursor", "before_read_inside", workspace, home), hook_env
    )
    assert json.loads(cursor.stdout)["permission"] == "deny"
    next(fake, None)


def test_thin_client_imports_nothing_heavy() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import lictor.adapters.hook_client"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    heavy = {"cedarpy", "sqlalchemy", "typer", "rich", "pydantic", "mcp", "lictor.gate"}
    assert not {m.split(".")[0] for m in modules} & heavy
    assert "lictor.gate" not in modules


def test_daemon_command_serves_and_cleans_up(workspace: Path, short_dir: Path) -> None:
    sock = short_dir / "cli.sock"
    proc = subprocess.Popen(
        [str(LICTOR), "daemon", "--socket", str(sock), "--port", "0", "--dir", str(workspace)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("ready "), proc.stderr.read() if proc.stderr else ""
        port = int(line.split("port=")[1])
        assert sock.exists() and oct(sock.stat().st_mode & 0o777) == "0o600"
        body = json.dumps(
            {
                "hook_event_name": "PreToolUse",
                "session_id": "s",
                "cwd": str(workspace),
                "tool_name": "Write",
                "tool_input": {"file_path": "/etc/passwd", "content": ""},
            }
        ).encode()
        _, answer = _post(f"http://127.0.0.1:{port}/hooks/claude-code", body)
        assert answer["hookSpecificOutput"]["permissionDecision"] == "deny"  # type: ignore[index]
        second = subprocess.run(
            [str(LICTOR), "daemon", "--socket", str(sock), "--dir", str(workspace)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2 and "already listening" in second.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert proc.returncode == 0
    assert not sock.exists()
    assert os.path.exists(workspace / ".lictor" / "lictor.db")


@pytest.mark.parametrize("with_daemon", [True, False], ids=["daemon", "fallback"])
def test_installed_command_form(
    with_daemon: bool,
    request: pytest.FixtureRequest,
    hook_env: dict[str, str],
    workspace: Path,
    home: Path,
) -> None:
    # What `lictor hook install` writes: this interpreter, -S, the client file.
    from lictor.adapters import hook_client

    if with_daemon:
        request.getfixturevalue("daemon")
    raw = fixture_bytes("claude_code", "pre_write_outside", workspace, home)
    done = subprocess.run(
        [sys.executable, "-S", hook_client.__file__, "claude-code"],
        input=raw,
        capture_output=True,
        env=hook_env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["hookSpecificOutput"]["permissionDecision"] == "deny"

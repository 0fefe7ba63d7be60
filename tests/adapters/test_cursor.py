"""Cursor hooks: the documented payloads through the thin client, Cursor's semantics kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lictor.adapters import cursor
from lictor.adapters.daemon import HookDaemon
from lictor.gate import Gate

from .conftest import fixture_bytes, run_hook

# fixture -> permission Cursor must get back
GATED = {
    "before_shell": "allow",
    "before_read_env": "deny",
    "before_read_inside": "allow",
    # beforeReadFile knows allow/deny only: Lictor's ask (read outside workspace) becomes deny.
    "before_read_outside": "deny",
    "before_mcp_object_input": "ask",
    "before_mcp_string_input": "ask",
}


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_events_answer_permission(
    name: str,
    daemon: HookDaemon,
    hook_env: dict[str, str],
    workspace: Path,
    home: Path,
    gate: Gate,
) -> None:
    run = run_hook("cursor", fixture_bytes("cursor", name, workspace, home), hook_env)
    assert run.code == 0, run.stderr
    answer = run.json
    assert answer["permission"] == GATED[name]
    assert "Lictor" in str(answer["agent_message"]) and answer["user_message"]
    record = gate.audit.tail(1)[0].record
    assert record["type"] == "decision"
    assert record["session"] == "c0ffee00-1234-4abc-9def-001122334455"


def test_mcp_tool_names_carry_the_server(workspace: Path, home: Path) -> None:
    by_command = json.loads(fixture_bytes("cursor", "before_mcp_string_input", workspace, home))
    by_url = json.loads(fixture_bytes("cursor", "before_mcp_object_input", workspace, home))
    a = cursor.action_of(by_command, "beforeMCPExecution")
    b = cursor.action_of(by_url, "beforeMCPExecution")
    assert (a.tool, dict(a.args)) == ("mcp__npx__query", {"sql": "SELECT 1"})
    assert (b.tool, dict(b.args)) == ("mcp__localhost__get_weather", {"city": "Paris"})


@pytest.mark.parametrize("name", ["after_shell", "after_file_edit", "stop"])
def test_reporting_events_answer_empty(
    name: str, daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    run = run_hook("cursor", fixture_bytes("cursor", name, workspace, home), hook_env)
    assert (run.code, run.json) == (0, {})
    if name != "stop":
        assert gate.audit.tail(1)[0].record["type"] == "outcome"


def test_prompt_is_recorded_and_continues(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    run = run_hook(
        "cursor", fixture_bytes("cursor", "before_submit_prompt", workspace, home), hook_env
    )
    assert run.json == {"continue": True}
    assert gate.audit.tail(1)[0].record["type"] == "prompt"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"hook_event_name": "beforeShellExecution", "command": ',
        b'{"hook_event_name": "beforeShellExecution", "command": ["rm", "-rf", "/"]}',
        b'{"hook_event_name": "beforeMCPExecution", "tool_name": "q", "tool_input": "{bad"}',
        b'{"command": "ls"}',
    ],
    ids=["truncated", "command-not-string", "input-not-json", "no-event"],
)
def test_bad_input_is_denied(
    raw: bytes, daemon: HookDaemon, hook_env: dict[str, str], gate: Gate
) -> None:
    run = run_hook("cursor", raw, hook_env)
    assert run.code == 0
    assert run.json["permission"] == "deny"
    assert "Traceback" not in run.stderr
    assert gate.audit.tail(1)[0].record["verdict"] == "deny"

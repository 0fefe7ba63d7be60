"""Claude Code hooks: the documented payload corpus through the real hook client."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lictor.adapters import claude_code
from lictor.adapters.daemon import HookDaemon
from lictor.gate import Gate
from lictor.model import Capability, TargetKind

from .conftest import fixture_bytes, fixture_names, run_hook, shell_classifier_ready

# fixture -> (verdict, first rule) for PreToolUse; None: depends on the shell classifier.
PRE_TOOL_USE = {
    "pre_bash_npm_test": ("allow", None),
    "pre_bash_curl_pipe_sh": ("deny", "shell.download-exec"),
    "pre_write_inside": ("allow", "workspace.write"),
    "pre_write_outside": ("deny", "write.outside-workspace"),
    "pre_edit_inside": ("allow", "workspace.write"),
    "pre_multiedit_inside": ("allow", "workspace.write"),
    "pre_read_inside": ("allow", "workspace.read"),
    "pre_read_ssh_key": ("deny", "credentials.files"),
    "pre_read_outside": ("ask", "read.outside-workspace"),
    "pre_glob": ("allow", "workspace.read"),
    "pre_grep": ("allow", "workspace.read"),
    "pre_webfetch_allowed": ("allow", "egress.allowlist"),
    "pre_webfetch_unlisted": ("deny", "lictor.policy.default-deny"),
    "pre_websearch": ("allow", "read.no-target"),
    "pre_task": ("allow", "exec.run"),
    "pre_notebookedit_inside": ("allow", "workspace.write"),
    "pre_mcp_unknown": ("deny", "lictor.policy.default-deny"),
    "pre_unknown_tool": ("ask", "tool.unknown"),
}

# What each Claude Code tool must mean to the gate: (capability, target kind, in workspace).
EFFECTS = {
    "pre_write_inside": {(Capability.WRITE, TargetKind.PATH, True)},
    "pre_write_outside": {(Capability.WRITE, TargetKind.PATH, False)},
    "pre_edit_inside": {(Capability.WRITE, TargetKind.PATH, True)},
    "pre_multiedit_inside": {(Capability.WRITE, TargetKind.PATH, True)},
    "pre_notebookedit_inside": {(Capability.WRITE, TargetKind.PATH, True)},
    "pre_read_inside": {(Capability.READ, TargetKind.PATH, True)},
    "pre_read_outside": {(Capability.READ, TargetKind.PATH, False)},
    "pre_glob": {(Capability.READ, TargetKind.PATH, True)},
    "pre_grep": {(Capability.READ, TargetKind.PATH, True)},
    "pre_webfetch_allowed": {(Capability.EGRESS, TargetKind.URL, False)},
    "pre_websearch": {(Capability.READ, TargetKind.NONE, False)},
    "pre_task": {(Capability.EXEC, TargetKind.NONE, False)},
}


def test_corpus_covers_every_claude_code_tool() -> None:
    tools = {
        json.loads((Path(__file__).parent / "fixtures/claude_code" / f"{n}.json").read_text())[
            "tool_name"
        ]
        for n in fixture_names("claude_code", "pre_")
    }
    wanted = {"Bash", "Read", "Write", "Edit", "MultiEdit", "Glob", "Grep", "WebFetch"}
    wanted |= {"WebSearch", "Task", "NotebookEdit", "mcp__github__create_issue"}
    assert wanted <= tools
    assert set(PRE_TOOL_USE) == set(fixture_names("claude_code", "pre_"))


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_tools_map_to_capabilities_and_targets(
    name: str, gate: Gate, workspace: Path, home: Path
) -> None:
    payload = json.loads(fixture_bytes("claude_code", name, workspace, home))
    ev = gate.evaluate(claude_code.action_of(payload))
    got = {(e.capability, e.target.kind, e.target.in_workspace) for e in ev.effects}
    assert got == EFFECTS[name]


def test_mcp_tool_without_manifest_entry_is_unknown(
    gate: Gate, workspace: Path, home: Path
) -> None:
    payload = json.loads(fixture_bytes("claude_code", "pre_mcp_unknown", workspace, home))
    ev = gate.evaluate(claude_code.action_of(payload))
    assert all("unknown_tool" in e.flags for e in ev.effects)


@pytest.mark.parametrize("name", sorted(PRE_TOOL_USE))
def test_pre_tool_use_corpus_through_daemon(
    name: str,
    daemon: HookDaemon,
    hook_env: dict[str, str],
    workspace: Path,
    home: Path,
    gate: Gate,
) -> None:
    verdict, rule = PRE_TOOL_USE[name]
    if name.startswith("pre_bash") and not shell_classifier_ready():
        pytest.skip("lictor.classify.shell has not landed yet")
    run = run_hook("claude-code", fixture_bytes("claude_code", name, workspace, home), hook_env)
    assert run.code == 0, run.stderr
    out = run.json["hookSpecificOutput"]
    assert isinstance(out, dict)
    assert out["hookEventName"] == "PreToolUse"
    assert out["permissionDecision"] == verdict
    if rule:
        assert f"[{rule}]" in out["permissionDecisionReason"]
    last = gate.audit.tail(1)[0].record
    assert last["type"] == "decision" and last["verdict"] == verdict
    assert last["session"] == "8a4e3c2f-6a9d-4b5e-9f1a-2c3d4e5f6a7b"


def test_post_tool_use_links_outcome_to_decision(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    pre = json.loads(fixture_bytes("claude_code", "pre_write_inside", workspace, home))
    post = json.loads(fixture_bytes("claude_code", "post_write", workspace, home))
    post["tool_use_id"] = pre["tool_use_id"]
    assert run_hook("claude-code", json.dumps(pre).encode(), hook_env).code == 0
    run = run_hook("claude-code", json.dumps(post).encode(), hook_env)
    assert run.code == 0 and run.stdout == ""
    decision, outcome = (e.record for e in gate.audit.tail(2))
    assert outcome["type"] == "outcome" and outcome["status"] == "ok"
    assert outcome["decision_id"] == decision["decision_id"]


def test_post_tool_use_warns_about_injected_output(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    raw = fixture_bytes("claude_code", "post_webfetch_injection", workspace, home)
    run = run_hook("claude-code", raw, hook_env)
    assert run.code == 0
    answer = run.json
    assert answer["decision"] == "block"
    assert "prompt injection" in str(answer["reason"])
    context = answer["hookSpecificOutput"]
    assert isinstance(context, dict) and "injection/" in context["additionalContext"]
    outcome = gate.audit.tail(1)[0].record
    assert any(f["scanner"] == "injection" for f in outcome["findings"])


def test_post_tool_use_failure_is_recorded(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    run = run_hook(
        "claude-code", fixture_bytes("claude_code", "post_failure_bash", workspace, home), hook_env
    )
    assert run.code == 0
    outcome = gate.audit.tail(1)[0].record
    assert outcome["status"] == "error" and "non-zero" in outcome["error"]


def test_user_prompt_is_the_trusted_task(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    run = run_hook(
        "claude-code", fixture_bytes("claude_code", "prompt_plain", workspace, home), hook_env
    )
    assert run.code == 0 and run.stdout == ""
    record = gate.audit.tail(1)[0].record
    assert record["type"] == "prompt"
    assert record["session"] == "8a4e3c2f-6a9d-4b5e-9f1a-2c3d4e5f6a7b"
    assert "Add input validation" in json.dumps(record["prompt"])


def test_user_prompt_with_secret_is_redacted_and_flagged(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    raw = fixture_bytes("claude_code", "prompt_with_secret", workspace, home)
    run = run_hook("claude-code", raw, hook_env)
    assert run.code == 0
    context = run.json["hookSpecificOutput"]
    assert isinstance(context, dict) and "secrets/" in context["additionalContext"]
    record = gate.audit.tail(1)[0].record
    assert "AKIAZ7Q3XLMN4PRT5VWY" not in json.dumps(record)


def test_session_start_lists_constraints(
    daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path
) -> None:
    raw = fixture_bytes("claude_code", "session_start", workspace, home)
    run = run_hook("claude-code", raw, hook_env)
    assert run.code == 0
    context = run.json["hookSpecificOutput"]
    assert isinstance(context, dict) and context["hookEventName"] == "SessionStart"
    text = context["additionalContext"]
    assert "[write.outside-workspace]" in text and "[credentials.files]" in text
    assert "[workspace.read]" not in text  # permits are not constraints


@pytest.mark.parametrize("name", ["stop", "notification"])
def test_events_without_decisions_answer_nothing(
    name: str, daemon: HookDaemon, hook_env: dict[str, str], workspace: Path, home: Path
) -> None:
    run = run_hook("claude-code", fixture_bytes("claude_code", name, workspace, home), hook_env)
    assert (run.code, run.stdout, run.stderr) == (0, "", "")


# --- bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"session_id": "s", "hook_event_name": "PreToolUse", "tool_name": "Wri',
        b"",
        b"[1, 2, 3]",
        b"\xff\xfe not json",
        b'{"session_id": "s", "tool_name": "Write", "tool_input": {}}',
        b'{"hook_event_name": "PreToolUseV9", "tool_name": "Write", "tool_input": {}}',
    ],
    ids=["truncated", "empty", "array", "binary", "no-event", "unknown-event-with-tool"],
)
def test_unreadable_input_is_an_audited_deny(
    raw: bytes, daemon: HookDaemon, hook_env: dict[str, str], gate: Gate
) -> None:
    before = gate.audit.height()
    run = run_hook("claude-code", raw, hook_env)
    assert run.code == 2
    assert run.stderr.startswith("lictor: ") and "denied (fail closed)" in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    record = gate.audit.tail(1)[0].record
    assert gate.audit.height() == before + 1
    assert record["verdict"] == "deny" and record["rules"] == ["lictor.hook.bad-input"]


@pytest.mark.parametrize(
    "payload",
    [
        {"hook_event_name": "PreToolUse", "tool_input": {"file_path": "a"}},
        {"hook_event_name": "PreToolUse", "tool_name": "Write", "tool_input": "rm -rf /"},
        {"hook_event_name": "PreToolUse", "tool_name": 7, "tool_input": {}},
    ],
    ids=["no-tool", "input-not-object", "tool-not-string"],
)
def test_malformed_pre_tool_use_is_a_deny_decision(
    payload: dict[str, object], daemon: HookDaemon, hook_env: dict[str, str], gate: Gate
) -> None:
    run = run_hook("claude-code", json.dumps(payload).encode(), hook_env)
    assert run.code == 0
    out = run.json["hookSpecificOutput"]
    assert isinstance(out, dict) and out["permissionDecision"] == "deny"
    assert gate.audit.tail(1)[0].record["verdict"] == "deny"


def test_unknown_event_without_a_tool_is_a_note(
    daemon: HookDaemon, hook_env: dict[str, str]
) -> None:
    run = run_hook("claude-code", b'{"hook_event_name": "SomethingNew"}', hook_env)
    assert run.code == 0 and run.stdout == ""
    assert "unknown hook event 'SomethingNew'" in run.stderr


def test_lictor_hook_command_is_the_same_client(
    hook_env: dict[str, str], workspace: Path, home: Path, gate: Gate
) -> None:
    raw = fixture_bytes("claude_code", "pre_write_outside", workspace, home)
    done = subprocess.run(
        [sys.executable, "-m", "lictor.cli", "hook", "claude-code"],
        input=raw,
        capture_output=True,
        env=hook_env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)["hookSpecificOutput"]
    assert out["permissionDecision"] == "deny"

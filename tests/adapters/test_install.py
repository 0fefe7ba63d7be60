"""`lictor hook install` / `uninstall`: merged into settings, removed exactly."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import LICTOR

CLAUDE_SETTINGS = {
    "permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(./.env)"]},
    "hooks": {
        "PreToolUse": [
            {"matcher": "Bash", "hooks": [{"type": "command", "command": "./audit-bash.sh"}]}
        ],
        "Stop": [{"hooks": [{"type": "command", "command": "notify-send done"}]}],
    },
    "model": "claude-sonnet-4-6",
}
CURSOR_HOOKS = {
    "version": 1,
    "hooks": {"afterFileEdit": [{"command": "./hooks/format.sh"}]},
}


def _lictor(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run([str(LICTOR), *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("mode", ["command", "http"])
def test_claude_code_round_trip(mode: str, workspace: Path, home: Path) -> None:
    path = workspace / ".claude" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps(CLAUDE_SETTINGS))
    done = _lictor(
        "hook", "install", "claude-code", "--mode", mode, "--dir", str(workspace), home=home
    )
    assert done.returncode == 0, done.stderr
    settings = json.loads(path.read_text())
    assert settings["permissions"] == CLAUDE_SETTINGS["permissions"]
    assert settings["model"] == "claude-sonnet-4-6"
    pre = settings["hooks"]["PreToolUse"]
    assert pre[0] == CLAUDE_SETTINGS["hooks"]["PreToolUse"][0]  # theirs first, untouched
    ours = pre[1]["hooks"][0]
    assert ours["type"] == mode and ours["onFailure"] == "block"
    if mode == "http":
        assert ours["url"].endswith("/hooks/claude-code")
    else:
        assert ours["command"].endswith("lictor/adapters/hook_client.py claude-code")
    assert set(settings["hooks"]) >= {"PostToolUse", "UserPromptSubmit", "SessionStart", "Stop"}
    again = _lictor(
        "hook", "install", "claude-code", "--mode", mode, "--dir", str(workspace), home=home
    )
    assert again.returncode == 0 and json.loads(path.read_text()) == settings  # idempotent
    done = _lictor("hook", "uninstall", "claude-code", "--dir", str(workspace), home=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(path.read_text()) == CLAUDE_SETTINGS


def test_claude_code_user_scope(workspace: Path, home: Path) -> None:
    done = _lictor("hook", "install", "claude-code", "--user", home=home)
    assert done.returncode == 0, done.stderr
    path = home / ".claude" / "settings.json"
    assert "PreToolUse" in json.loads(path.read_text())["hooks"]
    assert _lictor("hook", "uninstall", "claude-code", "--user", home=home).returncode == 0
    assert json.loads(path.read_text()) == {}


def test_cursor_round_trip(workspace: Path, home: Path) -> None:
    path = workspace / ".cursor" / "hooks.json"
    path.parent.mkdir()
    path.write_text(json.dumps(CURSOR_HOOKS))
    done = _lictor("hook", "install", "cursor", "--dir", str(workspace), home=home)
    assert done.returncode == 0, done.stderr
    data = json.loads(path.read_text())
    assert data["hooks"]["afterFileEdit"][0] == {"command": "./hooks/format.sh"}
    shell = data["hooks"]["beforeShellExecution"][0]
    assert shell["failClosed"] is True and shell["command"].endswith("hook_client.py cursor")
    assert "failClosed" not in data["hooks"]["afterShellExecution"][0]
    assert (
        _lictor("hook", "uninstall", "cursor", "--dir", str(workspace), home=home).returncode == 0
    )
    assert json.loads(path.read_text()) == CURSOR_HOOKS


def test_broken_settings_are_one_clear_error(workspace: Path, home: Path) -> None:
    path = workspace / ".claude" / "settings.json"
    path.parent.mkdir()
    path.write_text("{ not json")
    done = _lictor("hook", "install", "claude-code", "--dir", str(workspace), home=home)
    assert done.returncode == 2
    assert "not valid JSON" in done.stderr and "Traceback" not in done.stderr
    assert path.read_text() == "{ not json"

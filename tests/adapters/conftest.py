"""Fixtures for the adapters: a real project, its hook corpus, a daemon, subprocess hooks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lictor.adapters.daemon import HookDaemon
from lictor.gate import Gate

FIXTURES = Path(__file__).parent / "fixtures"
HOOK = Path(sys.executable).parent / "lictor-hook"
LICTOR = Path(sys.executable).parent / "lictor"


@dataclass(frozen=True)
class HookRun:
    """What a hook subprocess did."""

    code: int
    """Exit code."""
    stdout: str
    """Standard output."""
    stderr: str
    """Standard error."""

    @property
    def json(self) -> dict[str, object]:
        value = json.loads(self.stdout)
        assert isinstance(value, dict)
        return value


def fixture_bytes(agent: str, name: str, workspace: Path, home: Path) -> bytes:
    """A corpus payload with $WORKSPACE and $HOME filled in for this test."""
    text = (FIXTURES / agent / f"{name}.json").read_text(encoding="utf-8")
    return text.replace("$WORKSPACE", str(workspace)).replace("$HOME", str(home)).encode()


def fixture_names(agent: str, prefix: str = "") -> list[str]:
    return sorted(p.stem for p in (FIXTURES / agent).glob(f"{prefix}*.json"))


@pytest.fixture()
def short_dir() -> Iterator[Path]:
    # Unix socket paths are limited to ~100 bytes: pytest's tmp_path can be longer.
    path = Path(tempfile.mkdtemp(prefix="lh", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    (path / ".ssh").mkdir(parents=True)
    (path / ".ssh" / "id_rsa").write_text("not a real key\n")
    return path


@pytest.fixture()
def hook_env(workspace: Path, home: Path, short_dir: Path) -> dict[str, str]:
    """Environment for a hook subprocess: this project, no daemon unless a test starts one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LICTOR_", "CLAUDE_"))}
    env.update(
        LICTOR_PROJECT=str(workspace),
        HOME=str(home),
        LICTOR_SOCKET=str(short_dir / "absent.sock"),
    )
    return env


@pytest.fixture()
def daemon(gate: Gate, short_dir: Path, hook_env: dict[str, str]) -> Iterator[HookDaemon]:
    """A daemon on this test's gate (socket + loopback HTTP), used by hook subprocesses."""
    d = HookDaemon(gate, socket_path=short_dir / "d.sock", port=0)
    d.start()
    hook_env["LICTOR_SOCKET"] = str(short_dir / "d.sock")
    yield d
    d.close()


def run_hook(agent: str, raw: bytes, env: dict[str, str], timeout: float = 60) -> HookRun:
    """The installed thin client, as Claude Code or Cursor runs it."""
    done = subprocess.run(
        [str(HOOK), agent], input=raw, capture_output=True, env=env, timeout=timeout
    )
    return HookRun(done.returncode, done.stdout.decode(), done.stderr.decode())


def shell_classifier_ready() -> bool:
    try:
        import lictor.classify.shell  # noqa: F401
    except ImportError:
        return False
    return True

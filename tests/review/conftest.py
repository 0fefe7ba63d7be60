"""Real git repositories in tmp_path, and the semgrep binary kept outside the main venv."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".venv-tools" / "bin"


@pytest.fixture(autouse=True, scope="session")
def _scanner_binaries() -> Iterator[None]:
    # Semgrep pins an old `mcp`, so it lives in its own venv (see docs/review.md).
    old = os.environ.get("LICTOR_SEMGREP")
    if not old and (TOOLS / "semgrep").exists():
        os.environ["LICTOR_SEMGREP"] = str(TOOLS / "semgrep")
    yield
    if old is None:
        os.environ.pop("LICTOR_SEMGREP", None)


def git(repo: Path, *args: str, **env: str) -> str:
    full = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo), **env}
    out = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=full, check=True
    )
    return out.stdout.strip()


def commit(
    repo: Path,
    files: dict[str, str | bytes],
    message: str,
    author: str = "Alice Human <alice@example.com>",
) -> str:
    for rel, content in files.items():
        path = repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    git(repo, "add", "-A")
    name, _, email = author.partition(" <")
    env = {
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email.rstrip(">"),
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email.rstrip(">"),
    }
    git(repo, "commit", "-q", "-m", message, **env)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    r = tmp_path / "repo"
    r.mkdir()
    git(r, "init", "-q", "-b", "main")
    commit(r, {"README.md": "hello\n", "app/__init__.py": ""}, "init")
    return r

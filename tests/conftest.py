"""Shared fixtures: a real Lictor project on disk (SQLite file, signing key, policies)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lictor.gate import Gate
from lictor.gate import open as open_gate
from lictor.project import init_project

# The throwaway PostgreSQL server and the `db_url` fixture (SQLite and PostgreSQL).
pytest_plugins = ["pg"]


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "src").mkdir(parents=True)
    (ws / "src" / "app.py").write_text("print('hi')\n")
    init_project(ws, owner="alice@example.com")
    return ws


@pytest.fixture()
def gate(workspace: Path) -> Iterator[Gate]:
    g = open_gate(workspace)
    yield g
    g.close()

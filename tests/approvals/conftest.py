"""A project gate with the approval inbox installed and a clock the tests move."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lictor.approvals import Approvals, Settings
from lictor.gate import Gate
from lictor.gate import open as open_gate
from pg import project_on


@pytest.fixture()
def workspace(workspace: Path, db_url: str) -> Path:
    """The project of every test here, once on SQLite and once on PostgreSQL."""
    return project_on(workspace, db_url)


class Clock:
    """Wall time the test controls."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def approvals(workspace: Path, clock: Clock) -> Iterator[Approvals]:
    gate: Gate = open_gate(workspace)
    yield Approvals(gate, Settings(ttl=600), clock=clock).install()
    gate.close()

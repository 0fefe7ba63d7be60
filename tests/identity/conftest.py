"""An identity on a real project: SQLite file, key files, the gate in front."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lictor.gate import Gate
from lictor.gate import open as open_gate
from lictor.identity import Identity, IssuedCredential
from lictor.model import Action, Decision
from pg import project_on


@pytest.fixture()
def workspace(workspace: Path, db_url: str) -> Path:
    """The project of every test here, once on SQLite and once on PostgreSQL."""
    return project_on(workspace, db_url)


@pytest.fixture()
def gate(workspace: Path) -> Iterator[Gate]:
    g = open_gate(workspace)
    g.identity.register_agent("coder", "alice@example.com", "writes the app")
    yield g
    g.close()


@pytest.fixture()
def identity(gate: Gate) -> Identity:
    return gate.identity


@pytest.fixture()
def credential(identity: Identity) -> Callable[..., IssuedCredential]:
    """Issue a grant to `coder` with these patterns and a credential carrying it."""

    def make(
        *allow: str,
        ttl: int = 3600,
        max_uses: int | None = None,
        secrets: tuple[str, ...] = (),
        one_time: bool = False,
    ) -> IssuedCredential:
        grant = identity.issue_grant(
            "coder", "T-1", list(allow), ttl=ttl, max_uses=max_uses, secrets=secrets
        )
        return identity.issue_credential("coder", grant.id, one_time=one_time)

    return make


def decide(gate: Gate, tool: str, args: dict[str, object], token: str) -> Decision:
    return gate.decide(Action(tool, args, credential=token))

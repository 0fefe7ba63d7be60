"""API tokens: hashed at rest, revocation seen by every process sharing the store."""

from __future__ import annotations

from pathlib import Path

from lictor.approvals import Role, Tokens
from lictor.approvals.tokens import RECHECK_S
from lictor.gate import open as open_gate
from lictor.model import sha256_hex
from lictor.store.schema import api_tokens


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_revocation_in_one_worker_reaches_the_others(workspace: Path) -> None:
    with open_gate(workspace) as one, open_gate(workspace) as two:
        ticks = Ticks()
        issuer, other = Tokens(one.database), Tokens(two.database, clock=ticks)
        issued = issuer.issue("bob@example.com", Role.APPROVER)
        info = other.resolve(issued.token)
        assert info is not None and info.name == "bob@example.com"

        issuer.revoke(issued.info.id)
        assert issuer.resolve(issued.token) is None  # at once where it was revoked
        ticks.now += RECHECK_S / 2
        assert other.resolve(issued.token) is not None  # cached a moment elsewhere
        ticks.now += RECHECK_S
        assert other.resolve(issued.token) is None


def test_only_a_hash_is_stored(workspace: Path) -> None:
    with open_gate(workspace) as gate:
        issued = Tokens(gate.database).issue("carol@example.com", "auditor")
        with gate.database.read() as conn:
            stored = conn.execute(api_tokens.select()).all()
        assert [r.token_hash for r in stored] == [sha256_hex(issued.token)]
        assert all(issued.token not in str(tuple(r)) for r in stored)

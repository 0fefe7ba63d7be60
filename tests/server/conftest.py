"""A real project behind the FastAPI app: tokens for each role and an agent credential."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lictor.approvals import Tokens
from lictor.gate import Gate
from lictor.gate import open as open_gate
from lictor.server import create_app


@dataclass(frozen=True)
class Server:
    """The app under test and who can call it."""

    client: TestClient
    gate: Gate
    tokens: dict[str, str]
    """Role -> bearer token; `agent` is coder's EdDSA credential (grant covers Bash)."""
    grant: str

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role in self.tokens else {}


@pytest.fixture()
def server(workspace: Path) -> Iterator[Server]:
    gate = open_gate(workspace)
    gate.identity.register_agent("coder", "alice@example.com", "writes the app")
    grant = gate.identity.issue_grant("coder", "T-9", ["Bash", "Read", "Write"], ttl=3600)
    app = create_app(gate, max_body=64 * 1024)
    tokens = Tokens(gate.database)
    roles = {
        "admin": tokens.issue("root@example.com", "admin").token,
        "approver": tokens.issue("bob@example.com", "approver").token,
        "auditor": tokens.issue("carol@example.com", "auditor").token,
        "agent": gate.identity.issue_credential("coder", grant.id, ttl=3600).token,
        "bad": "lct_not-a-real-token",
    }
    with TestClient(app) as client:
        yield Server(client, gate, roles, grant.id)
    gate.close()

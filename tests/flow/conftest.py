"""A project with an inbox, a private CRM and a payment tool in its manifest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lictor.gate import Gate
from lictor.gate import open as open_gate
from pg import project_on

TOOLS = """
[tools.read_inbox]
capabilities = ["read"]
output = { structured = ["id", "from", "date"] }

[tools."crm.get_customer"]
capabilities = ["read"]
output = { private = true }

[tools.pay_invoice]
capabilities = ["write"]
targets = { payee_iban = "recipient" }
output = { trusted = true }
"""

PAYMENTS = """
@id("project.payments")
permit (principal, action == Lictor::Action::"write", resource)
when { context.tool == "pay_invoice" };
"""


@pytest.fixture()
def workspace(workspace: Path, db_url: str) -> Path:
    """The project of every test here, once on SQLite and once on PostgreSQL."""
    return project_on(workspace, db_url)


@pytest.fixture()
def flow_gate(workspace: Path) -> Iterator[Gate]:
    home = workspace / ".lictor"
    (home / "tools.toml").write_text(TOOLS)
    (home / "policies" / "project.cedar").write_text(PAYMENTS)
    g = open_gate(workspace)
    yield g
    g.close()

"""Schemathesis against the published OpenAPI spec: no input makes the server answer 5xx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from lictor.approvals import Tokens
from lictor.gate import open as open_gate
from lictor.project import init_project
from lictor.server import create_app

SKIPPED = {"/v1/policies/reload", "/v1/tokens/{token_id}/revoke"}
"""They change what the other cases run against (policies, the token used)."""


def test_no_input_makes_a_server_error(tmp_path: Path) -> None:
    init_project(tmp_path, owner="alice@example.com")
    gate = open_gate(tmp_path)
    app = create_app(gate)
    admin = Tokens(gate.database).issue("root@example.com", "admin").token
    headers = {"Authorization": f"Bearer {admin}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    errors: list[str] = []
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in SKIPPED:
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=10,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def run(case: Any) -> None:
            if case.path.endswith("/wait"):
                case.query = {**(case.query or {}), "timeout": 0}
            response = case.call(headers=headers)
            if response.status_code >= 500:
                errors.append(f"{case.method} {case.path}: {response.text[:300]}")

        run()
        checked += 1
    gate.close()
    assert checked >= 20
    assert errors == []

"""Who may call what: every endpoint, every role (table-driven, written apart from the code)."""

from __future__ import annotations

import pytest

from .conftest import Server

ALL_HUMANS = {"admin", "approver", "auditor"}
# (method, path, json body, roles allowed)
ENDPOINTS = [
    ("POST", "/v1/decide", {"tool": "Bash", "args": {"command": "ls"}}, {"agent", "admin"}),
    ("POST", "/v1/results", {"decision_id": "x", "output": "ok"}, {"agent", "admin"}),
    ("POST", "/v1/prompts", {"session": "s1", "prompt": "fix the tests"}, {"agent", "admin"}),
    ("POST", "/v1/sessions/s1/lockdown", None, {"agent", "admin"}),
    ("GET", "/v1/approvals", None, {"agent", *ALL_HUMANS}),
    ("GET", "/v1/approvals/a0", None, {"agent", *ALL_HUMANS}),
    ("GET", "/v1/approvals/a0/wait?timeout=0", None, {"agent", *ALL_HUMANS}),
    ("POST", "/v1/approvals/a0/decide", {"choice": "deny"}, {"admin", "approver"}),
    ("GET", "/v1/agents", None, ALL_HUMANS),
    ("POST", "/v1/agents", {"name": "x1", "owner": "x@y.z", "purpose": "p"}, {"admin"}),
    ("GET", "/v1/grants", None, ALL_HUMANS),
    (
        "POST",
        "/v1/grants",
        {"agent": "coder", "task": "T", "allow": ["Read"], "ttl": 60},
        {"admin"},
    ),
    ("POST", "/v1/grants/g0/revoke", {}, {"admin"}),
    ("POST", "/v1/credentials", {"agent": "coder"}, {"admin"}),
    ("POST", "/v1/credentials/c0/revoke", {}, {"admin"}),
    ("GET", "/v1/tokens", None, {"admin"}),
    ("POST", "/v1/tokens", {"name": "dan@example.com", "role": "auditor"}, {"admin"}),
    ("POST", "/v1/tokens/t0/revoke", None, {"admin"}),
    ("GET", "/v1/policies", None, ALL_HUMANS),
    ("GET", "/v1/policies/revisions", None, ALL_HUMANS),
    ("POST", "/v1/policies/validate", {"files": {"a.cedar": ""}}, {"admin"}),
    ("POST", "/v1/policies/reload", None, {"admin"}),
    ("GET", "/v1/audit", None, ALL_HUMANS),
    ("GET", "/v1/audit/verify", None, {"admin", "auditor"}),
    ("GET", "/v1/audit/export", None, {"admin", "auditor"}),
    ("GET", "/v1/findings", None, ALL_HUMANS),
    ("GET", "/metrics", None, {"admin", "auditor"}),
]
CALLERS = ["nobody", "bad", "agent", "admin", "approver", "auditor"]


def test_every_v1_route_is_in_the_table(server: Server) -> None:
    spec = server.client.get("/openapi.json").json()
    listed = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    covered = {
        (
            m,
            p.split("?")[0]
            .replace("a0", "{approval_id}")
            .replace("g0", "{grant_id}")
            .replace("c0", "{jti}")
            .replace("t0", "{token_id}")
            .replace("sessions/s1", "sessions/{session}"),
        )
        for m, p, _, _ in ENDPOINTS
    }
    assert listed - covered == {("GET", "/healthz")}


@pytest.mark.parametrize("method,path,body,allowed", ENDPOINTS, ids=[e[1] for e in ENDPOINTS])
def test_permissions(
    server: Server, method: str, path: str, body: object, allowed: set[str]
) -> None:
    for caller in CALLERS:
        reply = server.client.request(method, path, json=body, headers=server.headers(caller))
        if caller in ("nobody", "bad"):
            expected = "401"
        elif caller in allowed:
            expected = "passes auth"
        else:
            expected = "403"
        got = {401: "401", 403: "403"}.get(reply.status_code, "passes auth")
        assert got == expected, f"{caller} {method} {path}: {reply.status_code} {reply.text}"
        assert reply.status_code < 500, f"{caller} {method} {path}: {reply.text}"


def test_healthz_needs_no_token(server: Server) -> None:
    assert server.client.get("/healthz").json() == {"status": "ok"}


def test_a_forged_agent_credential_is_refused(server: Server) -> None:
    head, payload, _ = server.tokens["agent"].split(".")
    forged = f"{head}.{payload}.AAAA"
    reply = server.client.post(
        "/v1/decide",
        json={"tool": "Bash", "args": {"command": "ls"}},
        headers={"Authorization": f"Bearer {forged}"},
    )
    assert reply.status_code == 401 and "agent credential refused" in reply.json()["detail"]

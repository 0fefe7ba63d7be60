"""Dashboard logins live in the store: hashed, expiring, ended by logout or token revocation."""

from __future__ import annotations

from fastapi.testclient import TestClient

from lictor.approvals import Tokens
from lictor.model import sha256_hex
from lictor.server import create_app
from lictor.server.auth import RECHECK_S, SESSION_COOKIE, SESSION_TTL_S, Sessions
from lictor.server.commands import rotate_serve_token
from lictor.store.schema import dashboard_sessions

from .conftest import Server


class Ticks:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _login(client: TestClient, token: str) -> str:
    r = client.post("/ui/login", data={"token": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ui"
    return r.cookies[SESSION_COOKIE]


def test_a_login_survives_a_server_restart_and_only_its_hash_is_stored(server: Server) -> None:
    sid = _login(server.client, server.tokens["approver"])
    with server.gate.database.read() as conn:
        rows = conn.execute(dashboard_sessions.select()).all()
    assert [r.id_hash for r in rows] == [sha256_hex(sid)]
    assert all(sid not in str(tuple(r)) for r in rows)

    with TestClient(create_app(server.gate)) as restarted:  # a new process state, same store
        restarted.cookies.set(SESSION_COOKIE, sid)
        page = restarted.get("/ui/approvals", follow_redirects=False)
        assert page.status_code == 200 and "bob@example.com" in page.text
        restarted.post("/ui/logout", follow_redirects=False)
        restarted.cookies.set(SESSION_COOKIE, sid)
        assert restarted.get("/ui", follow_redirects=False).status_code == 303
    with server.gate.database.read() as conn:
        assert conn.execute(dashboard_sessions.select()).all() == []


def test_expiry_logout_and_revocation_end_a_login_in_every_worker(server: Server) -> None:
    database = server.gate.database
    tokens = Tokens(database)
    info = tokens.resolve(server.tokens["approver"])
    assert info is not None
    ticks = Ticks(1_000_000.0)
    here, there = Sessions(database, clock=ticks), Sessions(database, clock=ticks)

    sid = here.start(info)
    who = there.get(sid)
    assert who is not None and (who.name, who.role) == ("bob@example.com", "approver")
    here.end(sid)
    ticks.now += RECHECK_S + 0.1
    assert there.get(sid) is None

    sid = here.start(info)
    ticks.now += SESSION_TTL_S + 1
    assert here.get(sid) is None  # expired

    sid = here.start(info)
    assert there.get(sid) is not None
    tokens.revoke(info.id)
    ticks.now += RECHECK_S + 0.1
    assert there.get(sid) is None and here.get(sid) is None


def test_serve_rotates_its_admin_token_without_logging_browsers_out(server: Server) -> None:
    first = rotate_serve_token(server.gate.database)
    sid = _login(server.client, first.token)
    second = rotate_serve_token(server.gate.database)
    assert Tokens(server.gate.database).resolve(first.token) is None
    with TestClient(create_app(server.gate)) as restarted:
        restarted.cookies.set(SESSION_COOKIE, sid)
        assert restarted.get("/ui", follow_redirects=False).status_code == 200
        assert _login(restarted, second.token)

"""Who is calling: humans with API tokens (admin, approver, auditor), agents with credentials.

Every API route names what it needs in `PERMISSIONS`; one dependency checks it.
An agent's EdDSA credential is verified here (401 when it is not one of this
project's), and the gate checks it again with its grant when it decides.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request
from sqlalchemy import delete, select, update

from lictor.approvals import Approver, Role
from lictor.approvals.tokens import TOKEN_PREFIX, TokenInfo
from lictor.errors import IdentityError
from lictor.model import sha256_hex
from lictor.store import Database
from lictor.store.schema import api_tokens, dashboard_sessions

if TYPE_CHECKING:
    from lictor.server.app import ServerState

AGENT = "agent"
"""The role of a caller that presented an agent credential."""
ADMIN, APPROVER, AUDITOR = Role.ADMIN.value, Role.APPROVER.value, Role.AUDITOR.value
HUMANS = frozenset({ADMIN, APPROVER, AUDITOR})

PERMISSIONS: dict[str, frozenset[str]] = {
    "decide": frozenset({AGENT, ADMIN}),
    "results": frozenset({AGENT, ADMIN}),
    "approvals.read": frozenset({AGENT, *HUMANS}),  # an agent sees only its own
    "approvals.decide": frozenset({ADMIN, APPROVER}),
    "identity.read": HUMANS,
    "identity.write": frozenset({ADMIN}),
    "policies.read": HUMANS,
    "policies.write": frozenset({ADMIN}),
    "audit.read": HUMANS,
    "audit.verify": frozenset({ADMIN, AUDITOR}),
    "audit.export": frozenset({ADMIN, AUDITOR}),
    "findings.read": HUMANS,
    "tokens": frozenset({ADMIN}),
    "metrics": frozenset({ADMIN, AUDITOR}),
}
"""Route group -> roles allowed; anything else is 403."""

SESSION_COOKIE = "lictor_session"
"""The dashboard's cookie: a random id of a session kept (hashed) in the store."""
SESSION_TTL_S = 12 * 3600
"""A dashboard login lasts this long."""
RECHECK_S = 1.0
"""A looked-up login is read from the store again after this long."""
MAX_CACHED = 10_000
"""Looked-up logins kept in memory at most (the cache is dropped whole beyond it)."""


@dataclass(frozen=True)
class Principal:
    """An authenticated caller."""

    name: str
    """A human's token name, or the agent id."""
    role: str
    """admin, approver, auditor or agent."""
    credential: str = ""
    """The agent's credential, passed on to the gate."""

    @property
    def is_agent(self) -> bool:
        """True for an agent."""
        return self.role == AGENT

    def approver(self, via: str = "token") -> Approver:
        """This human as an approver."""
        return Approver(self.name, Role(self.role), via)


def bearer(request: Request) -> str:
    """The bearer token of a request, or empty."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def authenticate(state: ServerState, token: str) -> Principal:
    """The caller for a token; HTTPException 401 naming what is wrong."""
    if not token:
        raise HTTPException(
            401, "missing credentials: send `Authorization: Bearer <API token or agent credential>`"
        )
    if token.startswith(TOKEN_PREFIX):
        info = state.tokens.resolve(token)
        if info is None:
            raise HTTPException(401, "unknown or revoked API token")
        return Principal(info.name, info.role.value)
    try:
        claims = state.gate.identity.verify(token)
    except IdentityError as e:
        raise HTTPException(401, f"agent credential refused: {e}") from None
    return Principal(claims.agent, AGENT, token)


def require(state: ServerState, request: Request, group: str) -> Principal:
    """Authenticate the request and check its role against `PERMISSIONS[group]`."""
    principal = authenticate(state, bearer(request))
    allowed = PERMISSIONS[group]
    if principal.role not in allowed:
        raise HTTPException(
            403, f"{principal.role} {principal.name!r} may not use this endpoint ({group})"
        )
    return principal


class Sessions:
    """Dashboard logins, kept in the store so a restart (or another worker) keeps them.

    The browser holds a random id; the store keeps its SHA-256, the API token it
    was opened with and its expiry. Revoking that token ends the login. A
    looked-up login is re-read after `RECHECK_S`, so a logout or revocation in
    another worker reaches this one within it.
    """

    def __init__(self, database: Database, *, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.clock = clock
        self._cache: dict[str, tuple[Principal, float, float]] = {}
        self._lock = threading.Lock()

    def start(self, token: TokenInfo) -> str:
        """A new session id for a human who logged in with `token`."""
        sid = secrets.token_urlsafe(32)
        now = int(self.clock())
        with self.database.write() as conn:
            conn.execute(delete(dashboard_sessions).where(dashboard_sessions.c.expires_at <= now))
            conn.execute(
                dashboard_sessions.insert().values(
                    id_hash=sha256_hex(sid),
                    token_id=token.id,
                    created=now,
                    expires_at=now + SESSION_TTL_S,
                )
            )
        return sid

    def get(self, sid: str) -> Principal | None:
        """The human of a session id, while it lasts and its token is not revoked."""
        if not sid or len(sid) > 200:
            return None
        digest = sha256_hex(sid)
        now = self.clock()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and now - hit[2] < RECHECK_S and now < hit[1]:
            return hit[0]
        with self.database.read() as conn:
            row = conn.execute(
                select(api_tokens.c.name, api_tokens.c.role, dashboard_sessions.c.expires_at)
                .join(api_tokens, api_tokens.c.id == dashboard_sessions.c.token_id)
                .where(
                    dashboard_sessions.c.id_hash == digest,
                    dashboard_sessions.c.expires_at > int(now),
                    api_tokens.c.revoked == 0,
                )
            ).first()
        with self._lock:
            if row is None:
                self._cache.pop(digest, None)
                return None
            who = Principal(row.name, row.role)
            if len(self._cache) > MAX_CACHED:
                self._cache.clear()
            self._cache[digest] = (who, float(row.expires_at), now)
        return who

    def end(self, sid: str) -> None:
        """Log out."""
        digest = sha256_hex(sid)
        with self.database.write() as conn:
            conn.execute(delete(dashboard_sessions).where(dashboard_sessions.c.id_hash == digest))
        with self._lock:
            self._cache.pop(digest, None)

    def follow(self, old_token: str, new_token: str) -> int:
        """Move the logins of a rotated token to its successor; returns how many."""
        with self.database.write() as conn:
            moved = conn.execute(
                update(dashboard_sessions)
                .where(dashboard_sessions.c.token_id == old_token)
                .values(token_id=new_token)
            ).rowcount
        return int(moved or 0)

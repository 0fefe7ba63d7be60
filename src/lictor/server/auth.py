"""Who is calling: humans with API tokens (admin, approver, auditor), agents with credentials.

Every API route names what it needs in `PERMISSIONS`; one dependency checks it.
An agent's EdDSA credential is verified here (401 when it is not one of this
project's), and the gate checks it again with its grant when it decides.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request

from lictor.approvals import Approver, Role
from lictor.approvals.tokens import TOKEN_PREFIX
from lictor.errors import IdentityError

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
"""The dashboard's cookie: a random id of a server-side session."""
SESSION_TTL_S = 12 * 3600
"""A dashboard login lasts this long."""


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
    """Dashboard logins: random ids in memory (a restart logs everyone out)."""

    def __init__(self) -> None:
        self._by_id: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()

    def start(self, principal: Principal) -> str:
        """A new session id for a logged-in human."""
        sid = secrets.token_urlsafe(32)
        with self._lock:
            now = time.time()
            self._by_id = {k: v for k, v in self._by_id.items() if v[1] > now}
            self._by_id[sid] = (principal, now + SESSION_TTL_S)
        return sid

    def get(self, sid: str) -> Principal | None:
        """The human of a session id, while it lasts."""
        with self._lock:
            found = self._by_id.get(sid)
        if found is None or found[1] < time.time():
            return None
        return found[0]

    def end(self, sid: str) -> None:
        """Log out."""
        with self._lock:
            self._by_id.pop(sid, None)

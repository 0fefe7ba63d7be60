"""API tokens for humans: admin, approver and auditor; random, shown once, kept as SHA-256.

A token is 32 random bytes (URL-safe base64, prefixed `lct_`), so a plain
SHA-256 is enough at rest: there is nothing to brute-force.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update

from lictor.approvals.interface import Role
from lictor.errors import LictorError
from lictor.model import sha256_hex
from lictor.store import Database
from lictor.store.schema import api_tokens

TOKEN_PREFIX = "lct_"
"""Every API token starts with this, so it is told apart from an agent's JWT at a glance."""
RECHECK_S = 1.0
"""A resolved token is read again after this long, so a revocation made by another process
(a second `lictor serve` worker, the CLI) takes effect within it."""


class TokenError(LictorError):
    """A token is unknown, revoked or asked for with a bad role or name."""


@dataclass(frozen=True)
class TokenInfo:
    """A stored token, without its secret."""

    id: str
    """Token id (revoke with this)."""
    name: str
    """Whose token it is."""
    role: Role
    """What it may do."""
    created: int
    """Unix time created."""
    revoked: bool
    """True once revoked."""


@dataclass(frozen=True)
class IssuedToken:
    """A freshly made token: the only time its secret is seen."""

    token: str
    """The secret to hand over."""
    info: TokenInfo
    """What is stored about it."""


class Tokens:
    """The API token table of one database, with a short-lived cache of resolved hashes."""

    def __init__(self, database: Database, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.database = database
        self.clock = clock
        self._cache: dict[str, tuple[TokenInfo, float]] = {}
        self._lock = threading.Lock()

    def issue(self, name: str, role: Role | str) -> IssuedToken:
        """Make a token for `name` with `role`."""
        try:
            role = Role(role)
        except ValueError:
            options = ", ".join(r.value for r in Role)
            raise TokenError(f"unknown role {role!r}; use one of: {options}") from None
        name = name.strip()
        if not name or len(name) > 320:
            raise TokenError("a token needs a name (who holds it), at most 320 characters")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        info = TokenInfo("t" + uuid.uuid4().hex[:11], name, role, int(time.time()), False)
        with self.database.write() as conn:
            conn.execute(
                api_tokens.insert().values(
                    id=info.id,
                    token_hash=sha256_hex(token),
                    name=name,
                    role=role.value,
                    created=info.created,
                    revoked=0,
                )
            )
        return IssuedToken(token, info)

    def resolve(self, token: str) -> TokenInfo | None:
        """Who holds this token, or None when it is unknown or revoked."""
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        digest = sha256_hex(token)
        now = self.clock()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and now - hit[1] < RECHECK_S:
            return hit[0]
        with self.database.read() as conn:
            row = conn.execute(
                select(api_tokens).where(
                    api_tokens.c.token_hash == digest, api_tokens.c.revoked == 0
                )
            ).first()
        if row is None:
            with self._lock:
                self._cache.pop(digest, None)
            return None
        info = TokenInfo(row.id, row.name, Role(row.role), int(row.created), False)
        with self._lock:
            self._cache[digest] = (info, now)
        return info

    def all(self) -> list[TokenInfo]:
        """Every token, oldest first."""
        with self.database.read() as conn:
            rows = conn.execute(select(api_tokens).order_by(api_tokens.c.created)).all()
        return [
            TokenInfo(r.id, r.name, Role(r.role), int(r.created), bool(r.revoked)) for r in rows
        ]

    def revoke(self, token_id: str) -> None:
        """Revoke a token by id; it stops working at once in this process."""
        with self.database.write() as conn:
            done = conn.execute(
                update(api_tokens).where(api_tokens.c.id == token_id).values(revoked=1)
            ).rowcount
        if not done:
            raise TokenError(f"no token {token_id!r}")
        with self._lock:
            self._cache.clear()

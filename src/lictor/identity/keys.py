"""Credential signing keys: private keys on disk (0600), public keys in the database.

The newest key signs; retired keys keep verifying for `MAX_CREDENTIAL_TTL_S`
(plus leeway) after retirement, which outlasts every credential they signed.
Another replica of the gate needs only the database to verify.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from lictor.audit.signing import Signer, key_id_of, load_public_key, public_key_pem
from lictor.errors import CredentialError
from lictor.identity.interface import DEFAULT_LEEWAY_S, MAX_CREDENTIAL_TTL_S
from lictor.store import Database
from lictor.store.schema import identity_keys

_CURRENT_KEY_RECHECK_S = 60


@dataclass(frozen=True)
class KeyInfo:
    """One credential key as the database knows it."""

    kid: str
    """Key id: 16 hex of SHA-256 over the raw public key."""
    created_at: int
    """Unix time created."""
    retired_at: int
    """Unix time retired; 0 while it signs."""
    private_here: bool
    """True when its private key is on this machine."""


class KeyRing:
    """Signs with the current key, verifies with every key that may still have live credentials."""

    def __init__(
        self, folder: Path, database: Database, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.folder = folder
        self.database = database
        self.clock = clock
        self._public: dict[str, tuple[Ed25519PublicKey, int, float]] = {}
        self._signing: tuple[str, Ed25519PrivateKey] | None = None
        self._lock = threading.Lock()

    def _path(self, kid: str) -> Path:
        return self.folder / f"credential-{kid}.pem"

    def signing_key(self) -> tuple[str, Ed25519PrivateKey]:
        """The current signing key (created on first use)."""
        with self._lock:
            current = self._current_kid()
            if self._signing is not None and self._signing[0] == current:
                return self._signing
            if current is None:
                current = self._create(retire_others=False)
            key = self._load_private(current)
            self._signing = (current, key)
            return self._signing

    def rotate(self) -> tuple[str, str]:
        """Make a new signing key and retire the old one; returns (new kid, old kid or "")."""
        with self._lock:
            old = self._current_kid() or ""
            new = self._create(retire_others=True)
            self._signing = None
            return new, old

    def public_key(self, kid: str) -> tuple[Ed25519PublicKey, int] | None:
        """The verifying key for `kid` and when it was retired (0: current).

        None when unknown, or retired so long ago that no credential it signed
        can still be live.
        """
        now = self.clock()
        hit = self._public.get(kid)
        # A retired key never changes again; the current one is re-read now and
        # then so that a rotation elsewhere is noticed.
        if hit is None or (hit[1] == 0 and now - hit[2] > _CURRENT_KEY_RECHECK_S):
            with self.database.read() as conn:
                row = conn.execute(
                    select(identity_keys.c.public_key, identity_keys.c.retired_at).where(
                        identity_keys.c.kid == kid
                    )
                ).first()
            if row is None:
                return None
            hit = (load_public_key(str(row[0])), int(row[1]), now)
            self._public[kid] = hit
        key, retired_at, _ = hit
        if retired_at and now > retired_at + MAX_CREDENTIAL_TTL_S + DEFAULT_LEEWAY_S:
            return None
        return key, retired_at

    def keys(self) -> list[KeyInfo]:
        """Every key, newest first."""
        with self.database.read() as conn:
            rows = conn.execute(
                select(
                    identity_keys.c.kid, identity_keys.c.created_at, identity_keys.c.retired_at
                ).order_by(identity_keys.c.created_at.desc())
            ).all()
        return [
            KeyInfo(str(r[0]), int(r[1]), int(r[2]), self._path(str(r[0])).exists()) for r in rows
        ]

    # --- private ---------------------------------------------------------------

    def _current_kid(self) -> str | None:
        with self.database.read() as conn:
            value = conn.execute(
                select(identity_keys.c.kid)
                .where(identity_keys.c.retired_at == 0)
                .order_by(identity_keys.c.created_at.desc())
            ).scalar()
        return str(value) if value is not None else None

    def _create(self, *, retire_others: bool) -> str:
        key = Ed25519PrivateKey.generate()
        kid = key_id_of(key.public_key())
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        # The private key is on disk before its public half is published, so
        # no credential can name a key nobody can sign with.
        Signer(key).save(self._path(kid))
        now = int(self.clock())
        try:
            with self.database.write() as conn:
                if not retire_others:
                    existing = conn.execute(
                        select(identity_keys.c.kid).where(identity_keys.c.retired_at == 0)
                    ).scalar()
                    if existing is not None:  # another process won the race
                        self._path(kid).unlink(missing_ok=True)
                        return str(existing)
                conn.execute(
                    update(identity_keys)
                    .where(identity_keys.c.retired_at == 0)
                    .values(retired_at=now)
                )
                conn.execute(
                    identity_keys.insert().values(
                        kid=kid,
                        public_key=public_key_pem(key.public_key()),
                        created_at=now,
                        retired_at=0,
                    )
                )
        except IntegrityError:
            self._path(kid).unlink(missing_ok=True)
            raise CredentialError("credential key creation raced; try again") from None
        return kid

    def _load_private(self, kid: str) -> Ed25519PrivateKey:
        path = self._path(kid)
        try:
            data = path.read_bytes()
        except OSError:
            raise CredentialError(
                f"the signing key {kid} is not on this machine ({path}); "
                "issue credentials where it is, or run `lictor keys rotate` here"
            ) from None
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise CredentialError(f"{path} is not a readable PEM private key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise CredentialError(f"{path} is not an Ed25519 key")
        return key

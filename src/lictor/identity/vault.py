"""Secrets agents may lease: AES-256-GCM at rest, the key in `.lictor/keys/secrets.key` (0600).

Each version is sealed with its own random nonce and bound to its name and
version as associated data, so a ciphertext copied to another row or version
does not open.
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, select, update

from lictor.errors import IdentityError
from lictor.identity.interface import Lease
from lictor.store.schema import identity_leases, identity_secrets

SECRET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
MAX_SECRET_BYTES = 64 * 1024
_NONCE = 12


def check_secret_name(name: str) -> str:
    if not SECRET_NAME.fullmatch(name):
        raise IdentityError(
            f"secret name {name!r} must be 1-128 letters, digits, `_`, `.` or `-`",
            "lictor.secret.bad-name",
        )
    return name


class SecretBox:
    """Seals and opens secret values with the project's secrets key."""

    def __init__(self, key_path: Path) -> None:
        self.key_path = key_path
        self._aead: AESGCM | None = None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            self._aead = AESGCM(self._load_or_create())
        return self._aead

    def _load_or_create(self) -> bytes:
        path = self.key_path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(AESGCM.generate_key(bit_length=256))
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, path)  # refuses an existing name: racing processes keep one key
            except FileExistsError:
                pass
            finally:
                tmp.unlink(missing_ok=True)
        key = path.read_bytes()
        if len(key) != 32:
            raise IdentityError(f"{path} is not a 32-byte secrets key", "lictor.secret.key")
        return key

    def seal(self, name: str, version: int, value: bytes) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._cipher().encrypt(nonce, value, _aad(name, version))
        return base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, name: str, version: int, text: str) -> bytes:
        raw = base64.b64decode(text)
        try:
            return self._cipher().decrypt(raw[:_NONCE], raw[_NONCE:], _aad(name, version))
        except InvalidTag:
            raise IdentityError(
                f"secret {name!r} does not decrypt with {self.key_path} (wrong key or tampered)",
                "lictor.secret.key",
            ) from None


def _aad(name: str, version: int) -> bytes:
    return f"lictor-secret:{name}:{version}".encode()


def put_secret(conn: Connection, box: SecretBox, name: str, value: bytes, now: int) -> int:
    """Store a new version of a secret; returns the version (1 for a new secret)."""
    if len(value) > MAX_SECRET_BYTES:
        raise IdentityError(
            f"secret {name!r} is {len(value)} bytes, over the {MAX_SECRET_BYTES}-byte limit",
            "lictor.secret.too-large",
        )
    current = conn.execute(
        select(identity_secrets.c.version).where(identity_secrets.c.name == name)
    ).scalar()
    version = int(current or 0) + 1
    sealed = box.seal(name, version, value)
    if current is None:
        conn.execute(
            identity_secrets.insert().values(
                name=name, version=version, ciphertext=sealed, updated_at=now
            )
        )
    else:
        conn.execute(
            update(identity_secrets)
            .where(identity_secrets.c.name == name)
            .values(version=version, ciphertext=sealed, updated_at=now)
        )
    return version


def secret_version(conn: Connection, name: str) -> int:
    """Current version of a secret; 0 when there is none."""
    value = conn.execute(
        select(identity_secrets.c.version).where(identity_secrets.c.name == name)
    ).scalar()
    return int(value or 0)


def read_secret(conn: Connection, box: SecretBox, name: str) -> tuple[int, bytes]:
    row = conn.execute(
        select(identity_secrets.c.version, identity_secrets.c.ciphertext).where(
            identity_secrets.c.name == name
        )
    ).first()
    if row is None:
        raise IdentityError(f"no secret named {name!r}", "lictor.secret.unknown")
    return int(row[0]), box.open(name, int(row[0]), str(row[1]))


def list_secrets(conn: Connection) -> list[tuple[str, int, int]]:
    """(name, version, updated_at) of every secret; never the values."""
    rows = conn.execute(
        select(
            identity_secrets.c.name, identity_secrets.c.version, identity_secrets.c.updated_at
        ).order_by(identity_secrets.c.name)
    ).all()
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]


def add_lease(conn: Connection, lease: Lease, jti: str, now: int) -> None:
    conn.execute(
        identity_leases.insert().values(
            id=lease.id,
            secret=lease.secret,
            version=lease.version,
            agent=lease.agent,
            task=lease.task,
            grant_id=lease.grant,
            jti=jti,
            issued_at=now,
            expires_at=lease.expires_at,
        )
    )


def get_lease(conn: Connection, lease_id: str) -> tuple[Lease, str] | None:
    row = conn.execute(select(identity_leases).where(identity_leases.c.id == lease_id)).first()
    if row is None:
        return None
    lease = Lease(
        str(row.id),
        str(row.secret),
        int(row.version),
        str(row.agent),
        str(row.task),
        str(row.grant_id),
        int(row.expires_at),
    )
    return lease, str(row.jti)

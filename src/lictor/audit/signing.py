"""Ed25519 keys that sign checkpoints."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lictor.errors import AuditError


def key_id_of(public_key: Ed25519PublicKey) -> str:
    """16 hex of SHA-256 over the raw public key: short, stable, collision-unlikely."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    """SubjectPublicKeyInfo PEM text."""
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public_key(value: bytes | str) -> Ed25519PublicKey:
    """A public key given as PEM (text or bytes), 64 hex characters or 32 raw bytes."""
    try:
        if isinstance(value, str):
            text = value.strip()
            if not text.startswith("-----BEGIN"):
                return Ed25519PublicKey.from_public_bytes(bytes.fromhex(text))
            value = text.encode("ascii")
        if len(value) == 32:
            return Ed25519PublicKey.from_public_bytes(value)
        key = serialization.load_pem_public_key(value)
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError):
        raise AuditError("not an Ed25519 public key (expected PEM, hex or 32 raw bytes)") from None
    if not isinstance(key, Ed25519PublicKey):
        raise AuditError("public key is not an Ed25519 key")
    return key


def signature_valid(public_key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    """True when `signature` is the key's signature over `message`."""
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


class Signer:
    """An Ed25519 private key that signs checkpoints."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_key = private_key.public_key()
        """The matching public key."""
        self.key_id = key_id_of(self.public_key)
        """16 hex of SHA-256 over the raw public key."""

    @classmethod
    def generate(cls) -> Signer:
        """A fresh random key."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Signer:
        """Read a PEM (PKCS#8, unencrypted) Ed25519 private key."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise AuditError(f"signing key not found: {path}") from None
        except OSError as exc:
            raise AuditError(f"cannot read signing key {path}: {exc.strerror}") from None
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise AuditError(f"signing key {path} is not a readable PEM private key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise AuditError(f"signing key {path} is not an Ed25519 key")
        return cls(key)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the key as PEM, readable by the owner only (0600), atomically."""
        self._write(Path(path), replace=True)

    def _write(self, path: Path, *, replace: bool) -> bool:
        """Write via a temporary file; with replace=False, False if `path` already exists."""
        pem = self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            # Created 0600 from the start: the key is never readable by others, even briefly.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            if replace:
                os.replace(tmp, path)
                return True
            try:
                # link() refuses an existing name: two processes racing keep one key.
                os.link(tmp, path)
            except FileExistsError:
                return False
            return True
        except OSError as exc:
            raise AuditError(f"cannot write signing key {path}: {exc.strerror}") from None
        finally:
            tmp.unlink(missing_ok=True)

    def public_key_pem(self) -> str:
        """The public key as PEM text, to hand to verifiers."""
        return public_key_pem(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature (64 bytes)."""
        return self._key.sign(message)


def load_or_create_signer(path: str | os.PathLike[str]) -> Signer:
    """The key at `path`, generating and saving a new one if there is none."""
    path = Path(path)
    if path.exists():
        return Signer.load(path)
    signer = Signer.generate()
    if signer._write(path, replace=False):
        return signer
    return Signer.load(path)

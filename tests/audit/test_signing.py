"""Checkpoint signing keys on disk."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from lictor.audit import Signer, load_or_create_signer
from lictor.audit.signing import load_public_key, signature_valid
from lictor.errors import AuditError


def test_saved_key_is_private_and_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "audit.key"
    signer = Signer.generate()
    signer.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    loaded = Signer.load(path)
    assert loaded.key_id == signer.key_id
    assert loaded.public_key_pem() == signer.public_key_pem()
    signature = loaded.sign(b"tree head")
    assert signature_valid(load_public_key(signer.public_key_pem()), signature, b"tree head")
    assert not signature_valid(signer.public_key, signature, b"other tree head")


def test_key_id_is_sha256_of_the_raw_public_key() -> None:
    signer = Signer.generate()
    raw = signer.public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert signer.key_id == hashlib.sha256(raw).hexdigest()[:16]
    assert (
        load_public_key(raw.hex()).public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        == raw
    )


def test_load_or_create_creates_once_then_reuses(tmp_path: Path) -> None:
    path = tmp_path / "audit.key"
    first = load_or_create_signer(path)
    again = load_or_create_signer(path)
    assert first.key_id == again.key_id
    assert [p.name for p in tmp_path.iterdir()] == ["audit.key"]  # no temp files left


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is not a readable PEM private key"),
        (b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n", "not a readable"),
        (b"\x00\xff" * 40, "is not a readable PEM private key"),
    ],
)
def test_corrupt_key_file_names_the_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "audit.key"
    path.write_bytes(content)
    with pytest.raises(AuditError) as caught:
        load_or_create_signer(path)
    message = str(caught.value)
    assert str(path) in message and expected in message and "\n" not in message


def test_key_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "audit.key"
    other = ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(AuditError, match="is not an Ed25519 key"):
        Signer.load(path)


def test_missing_key_file_and_bad_public_key(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="signing key not found"):
        Signer.load(tmp_path / "absent.key")
    with pytest.raises(AuditError, match="not an Ed25519 public key"):
        load_public_key("not a key")

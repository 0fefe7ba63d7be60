"""Proof bundles: self-contained JSON an outside auditor can check without the database.

An inclusion bundle shows one record is in the log as of a signed checkpoint;
a consistency bundle shows a later signed checkpoint extends an earlier tree
(nothing before it was rewritten). Both carry the checkpoint statement and
its Ed25519 signature, so the only thing the verifier must trust is the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from lictor.audit.interface import Checkpoint
from lictor.audit.log import AuditLog
from lictor.audit.merkle import leaf_hash, verify_consistency, verify_inclusion
from lictor.audit.signing import load_public_key
from lictor.errors import AuditError

FORMAT = "lictor-audit-proof/v1"


def _checkpoint_json(cp: Checkpoint) -> dict[str, Any]:
    return {
        "size": cp.size,
        "root": cp.root,
        "time": cp.time,
        "key_id": cp.key_id,
        "signature": cp.signature,
    }


def _signed_head(log: AuditLog) -> Checkpoint:
    cp = log.latest_checkpoint()
    if cp is None or cp.size < log.height():
        cp = log.checkpoint()
    return cp


def inclusion_bundle(log: AuditLog, seq: int) -> dict[str, Any]:
    """Proof that entry `seq` is in the log, against the newest signed checkpoint."""
    entry = log.get(seq)
    if entry is None:
        raise AuditError(f"no audit record with seq {seq} (height {log.height()})")
    cp = _signed_head(log)
    proof = log.inclusion_proof(seq, cp.size)
    return {
        "format": FORMAT,
        "kind": "inclusion",
        "seq": seq,
        "body": entry.body,
        "leaf_hash": entry.leaf_hash.hex(),
        "proof": [p.hex() for p in proof],
        "checkpoint": _checkpoint_json(cp),
    }


def consistency_bundle(log: AuditLog, old_size: int) -> dict[str, Any]:
    """Proof that the newest signed checkpoint extends the tree of the first `old_size` records."""
    cp = _signed_head(log)
    if not 0 < old_size <= cp.size:
        raise AuditError(f"old size must be between 1 and {cp.size}, not {old_size}")
    return {
        "format": FORMAT,
        "kind": "consistency",
        "old_size": old_size,
        "old_root": log.root(old_size).hex(),
        "proof": [p.hex() for p in log.consistency_proof(old_size, cp.size)],
        "checkpoint": _checkpoint_json(cp),
    }


def verify_bundle(bundle: Mapping[str, Any], public_keys: Mapping[str, Any]) -> str:
    """Check a bundle; returns a one-line summary, raises AuditError naming what failed."""
    if bundle.get("format") != FORMAT:
        raise AuditError(f"not a Lictor proof bundle (format {bundle.get('format')!r})")
    try:
        cp = Checkpoint(**bundle["checkpoint"])
        root = bytes.fromhex(cp.root)
        proof = [bytes.fromhex(p) for p in bundle["proof"]]
    except (KeyError, TypeError, ValueError) as e:
        raise AuditError(f"malformed proof bundle: {e}") from None
    key = public_keys.get(cp.key_id)
    if key is None:
        raise AuditError(f"checkpoint signed by unknown key {cp.key_id}")
    public = key if isinstance(key, Ed25519PublicKey) else load_public_key(key)
    try:
        public.verify(bytes.fromhex(cp.signature), cp.statement())
    except (InvalidSignature, ValueError):
        raise AuditError(f"checkpoint signature does not verify (key {cp.key_id})") from None
    if bundle.get("kind") == "inclusion":
        body = str(bundle.get("body", "")).encode("utf-8")
        leaf = leaf_hash(body)
        if leaf.hex() != bundle.get("leaf_hash"):
            raise AuditError("record body does not match its leaf hash")
        seq = int(bundle["seq"])
        if not verify_inclusion(leaf, seq, cp.size, proof, root):
            raise AuditError(f"inclusion proof for seq {seq} does not verify")
        return f"record {seq} is included in the signed tree of size {cp.size}"
    if bundle.get("kind") == "consistency":
        old_size = int(bundle["old_size"])
        old_root = bytes.fromhex(str(bundle["old_root"]))
        if not verify_consistency(old_size, cp.size, old_root, root, proof):
            raise AuditError(f"consistency proof {old_size} -> {cp.size} does not verify")
        return f"the signed tree of size {cp.size} extends the tree of size {old_size}"
    raise AuditError(f"unknown proof kind {bundle.get('kind')!r}")

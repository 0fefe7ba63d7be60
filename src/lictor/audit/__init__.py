"""Tamper-evident audit log: hash chain, signed RFC 9162 Merkle checkpoints, proofs.

log = AuditLog(open_database(path), load_or_create_signer(key_path))
entry = log.append({"type": "decision", "decision_id": "d1", "verdict": "deny"})
report = log.verify()
"""

from lictor.audit.interface import AuditEntry, Checkpoint, VerifyReport
from lictor.audit.log import AuditLog
from lictor.audit.merkle import verify_consistency, verify_inclusion
from lictor.audit.signing import Signer, load_or_create_signer

__all__ = [
    "AuditEntry",
    "AuditLog",
    "Checkpoint",
    "Signer",
    "VerifyReport",
    "load_or_create_signer",
    "verify_consistency",
    "verify_inclusion",
]

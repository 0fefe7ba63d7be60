"""JSON Lines: the entry exactly as chained, so a copy can be re-verified elsewhere."""

from __future__ import annotations

from lictor.audit.interface import AuditEntry
from lictor.model import canonical_json


def line(entry: AuditEntry) -> str:
    """{seq, time, hash, prev_hash, record} as canonical JSON."""
    return canonical_json(
        {
            "seq": entry.seq,
            "time": entry.time,
            "hash": entry.hash,
            "prev_hash": entry.prev_hash,
            "record": entry.record,
        }
    )

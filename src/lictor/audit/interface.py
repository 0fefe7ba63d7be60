"""The audit log's data: entries, signed checkpoints, verification reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lictor.audit.merkle import leaf_hash
from lictor.model import canonical_json

GENESIS_HASH = "00" * 32
"""prev_hash of the first entry: 32 zero bytes."""


def entry_body(record_json: str, seq: int, time: str) -> str:
    """Canonical JSON of {"record", "seq", "time"}, from the record's canonical JSON.

    Spliced rather than re-serialised: the keys already sort as record < seq <
    time, so this equals canonical_json of the dict, without a second dumps.
    """
    return f'{{"record":{record_json},"seq":{seq},"time":"{time}"}}'


@dataclass(frozen=True)
class AuditEntry:
    """One record in the hash chain, as stored."""

    seq: int
    """Position in the log, from 0."""
    time: str
    """When it was committed: ISO-8601 UTC with microseconds and a `Z`."""
    record: dict[str, Any]
    """The JSON record appended (a decision, an approval, an outcome...)."""
    prev_hash: str
    """Hex hash of the entry before (64 zeros for the first)."""
    hash: str
    """Hex SHA-256 of prev_hash's bytes followed by the canonical body."""

    @property
    def body(self) -> str:
        """The canonical JSON that was hashed: {"record", "seq", "time"}."""
        return entry_body(canonical_json(self.record), self.seq, self.time)

    @property
    def leaf_hash(self) -> bytes:
        """This entry's RFC 9162 leaf hash in the Merkle tree (for inclusion proofs)."""
        return leaf_hash(self.body.encode("utf-8"))


@dataclass(frozen=True)
class Checkpoint:
    """A signed tree head: the log's size and Merkle root at one moment."""

    size: int
    """Number of entries covered (seqs 0 .. size - 1)."""
    root: str
    """Hex RFC 9162 Merkle root over those entries."""
    time: str
    """When it was signed, ISO-8601 UTC."""
    key_id: str
    """Which key signed it: 16 hex of SHA-256 of the raw Ed25519 public key."""
    signature: str
    """Hex Ed25519 signature over `statement()`."""

    def statement(self) -> bytes:
        """The exact bytes signed; versioned so the format can change safely."""
        return (
            f"lictor-audit-checkpoint/v1\n{self.size}\n{self.root}\n{self.time}\n{self.key_id}\n"
        ).encode()


@dataclass(frozen=True)
class VerifyReport:
    """What `AuditLog.verify` found."""

    ok: bool
    """True when no problem was found."""
    height: int
    """Number of entries read from the log."""
    checkpoints_verified: int
    """Checkpoints whose signature and root both checked out."""
    problems: tuple[str, ...]
    """One line per problem, naming the seq (or checkpoint) and what is wrong."""

"""The tables of a Lictor database, all on one `metadata`.

Each folder that keeps state adds its tables here, in its own section, so that
`metadata.create_all` builds a complete database in one call. Types stay
portable (SQLite and PostgreSQL): text, big integers, no JSON columns.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 1
"""Bumped when a table changes in a way `create_all` cannot apply by itself."""

metadata = MetaData()

# --- database identity --------------------------------------------------------

lictor_meta = Table(
    "lictor_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# --- audit log (lictor.audit) ---------------------------------------------------

audit_entries = Table(
    "audit_entries",
    metadata,
    # autoincrement=False: seq comes from the locked chain head, never from the database.
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("time", String(32), nullable=False),
    # The exact canonical JSON that was hashed; verify re-hashes these bytes.
    Column("body", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("decision_id", String, nullable=True),
    Index("ix_audit_entries_decision_id", "decision_id"),
)

# One row (id = 1): the chain head. Appenders lock it, so concurrent writers
# serialise, and it remembers height and last hash so a cut tail is detected.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("height", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    # Hex roots of the perfect subtrees covering the log, largest first.
    Column("frontier", Text, nullable=False),
)

# Roots of aligned perfect subtrees of 2**level leaves, kept for level >= a
# threshold so proofs read O(log n) rows instead of every leaf.
audit_nodes = Table(
    "audit_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tree_size", BigInteger, nullable=False, index=True),
    Column("root", String(64), nullable=False),
    Column("time", String(32), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)

# Public keys that ever signed a checkpoint, so checkpoints signed before a
# key rotation still verify.
audit_keys = Table(
    "audit_keys",
    metadata,
    Column("key_id", String(16), primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("added", String(32), nullable=False),
)

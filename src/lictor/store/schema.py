"""The tables of a Lictor database, all on one `metadata`.

Each folder that keeps state adds its tables here, in its own section, so that
`metadata.create_all` builds a complete database in one call. Types stay
portable (SQLite and PostgreSQL): text, big integers, no JSON columns.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import BigInteger, Column, Dialect, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.types import TypeDecorator

SCHEMA_VERSION = 1
"""Bumped when a table changes in a way `create_all` cannot apply by itself."""

metadata = MetaData()

_ROWID_BIGINT = BigInteger().with_variant(Integer, "sqlite")
"""A 64-bit key that SQLite keeps as the table's rowid (its integers are 64-bit anyway)."""

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
    # On SQLite only INTEGER makes it the rowid itself: as BIGINT it was a second
    # B-tree (an automatic unique index) written by every append.
    Column("seq", _ROWID_BIGINT, primary_key=True, autoincrement=False),
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

# --- identity (lictor.identity) -------------------------------------------------
# Times are Unix seconds (BigInteger) where the gate compares them per decision.

identity_owners = Table(
    "identity_owners",
    metadata,
    Column("email", String(320), primary_key=True),
    Column("disabled", Integer, nullable=False),
    Column("created", String(32), nullable=False),
)

identity_agents = Table(
    "identity_agents",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("owner", String(320), nullable=False, index=True),
    Column("purpose", Text, nullable=False),
    Column("roles", Text, nullable=False),  # JSON list
    Column("disabled", Integer, nullable=False),
    Column("created", String(32), nullable=False),
)

identity_grants = Table(
    "identity_grants",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("agent", String(128), nullable=False, index=True),
    Column("task", String(128), nullable=False, index=True),
    Column("patterns", Text, nullable=False),  # JSON list of pattern texts
    Column("secrets", Text, nullable=False),  # JSON list of secret names
    Column("parent", String(32), nullable=False),  # "" for a root grant
    Column("issued_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("max_uses", BigInteger, nullable=False),  # -1: no limit
    Column("uses", BigInteger, nullable=False),
    Column("revoked", Text, nullable=False),  # "" or why
)

identity_tasks = Table(
    "identity_tasks",
    metadata,
    Column("task", String(128), primary_key=True),
    Column("closed_at", BigInteger, nullable=False),
)

identity_credentials = Table(
    "identity_credentials",
    metadata,
    Column("jti", String(32), primary_key=True),
    Column("agent", String(128), nullable=False, index=True),
    Column("grant_id", String(32), nullable=False, index=True),
    Column("parents", Text, nullable=False),  # JSON list: jtis it was delegated from
    Column("issued_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("one_time", Integer, nullable=False),
    Column("used", Integer, nullable=False),
    Column("revoked", Text, nullable=False),  # "" or why
)

identity_keys = Table(
    "identity_keys",
    metadata,
    Column("kid", String(16), primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("retired_at", BigInteger, nullable=False),  # 0 while it is the signing key
)

# One row (id = 1): bumped by every revocation, so a gate's caches are checked
# with one primary-key read per decision.
identity_state = Table(
    "identity_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("generation", BigInteger, nullable=False),
)

identity_secrets = Table(
    "identity_secrets",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("ciphertext", Text, nullable=False),  # base64(nonce || AES-GCM ciphertext)
    Column("updated_at", BigInteger, nullable=False),
)

identity_leases = Table(
    "identity_leases",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("secret", String(128), nullable=False, index=True),
    Column("version", BigInteger, nullable=False),
    Column("agent", String(128), nullable=False),
    Column("task", String(128), nullable=False),
    Column("grant_id", String(32), nullable=False),
    Column("jti", String(32), nullable=False),
    Column("issued_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

# --- session data flow (lictor.flow) ---------------------------------------------

# One row per session: its labels and the egress hosts it has contacted. Hook
# processes are separate processes, so the labels live here, not in memory.
flow_sessions = Table(
    "flow_sessions",
    metadata,
    Column("session", String(200), primary_key=True),
    Column("untrusted_seen", Integer, nullable=False),
    Column("hostile_seen", Integer, nullable=False),
    Column("private_read", Integer, nullable=False),
    Column("lockdown", Integer, nullable=False),
    Column("hosts", Text, nullable=False),  # JSON list of lower-case hosts
    Column("updated", String(32), nullable=False),
)

# Hashes of significant tokens (URLs, hosts, addresses, paths...) seen in a
# session, with their trust; the primary key serves `session + hash IN (...)`.
flow_tokens = Table(
    "flow_tokens",
    metadata,
    Column("session", String(200), primary_key=True),
    Column("hash", String(32), primary_key=True),
    Column("trust", String(10), primary_key=True),  # trusted | untrusted
    Column("source", String(64), nullable=False),  # decision id, or "prompt"
    Column("field", String(200), nullable=False),
)

# --- MCP tool pins (lictor.adapters.mcp_proxy) -----------------------------------

# A tool's description and input schema, hashed on first sight; a later change
# ("rug pull") or an injection in the description blocks the tool until approved.
mcp_tool_pins = Table(
    "mcp_tool_pins",
    metadata,
    Column("server", String(200), primary_key=True),
    Column("tool", String(200), primary_key=True),
    # pinned: served as is; changed: differs from the pin; flagged: injection found.
    Column("status", String(16), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("pending_digest", String(64), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("pending_description", Text, nullable=False, default=""),
    Column("flags", Text, nullable=False, default=""),
    Column("first_seen", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
)

# --- approvals and the server (lictor.approvals, lictor.server) -------------------

# One row per `ask` a human must answer, bound to the action's digest; pending
# rows survive restarts, and an approved one is consumed by the retried action.
approvals = Table(
    "approvals",
    metadata,
    Column("id", String(32), primary_key=True),
    # pending | approved | denied | expired | consumed
    Column("status", String(16), nullable=False, index=True),
    Column("digest", String(64), nullable=False, index=True),
    Column("decision_id", String(32), nullable=False),
    Column("agent", String(128), nullable=False),
    Column("owner", String(320), nullable=False),
    Column("task", String(128), nullable=False),
    Column("grant_id", String(32), nullable=False),
    Column("session", String(200), nullable=False),
    Column("tool", String(200), nullable=False),
    Column("scope_key", String(64), nullable=False),  # tool + targets: what "for this task" covers
    Column("created", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("context", Text, nullable=False),  # JSON: who, what, why for the approver
    Column("choice", String(16), nullable=False),  # "" until decided
    Column("decided_by", String(320), nullable=False),
    Column("decided_at", BigInteger, nullable=False),
    Column("note", Text, nullable=False),
    Column("consumed_by", String(32), nullable=False),  # decision id that used the approval
)

# "Approve for the rest of this task": later asks of the same shape (tool and
# targets) by the same agent in the same task (or session) are allowed.
approval_scopes = Table(
    "approval_scopes",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("approval_id", String(32), nullable=False),
    Column("agent", String(128), nullable=False),
    Column("scope", String(200), nullable=False),  # "task:<id>" or "session:<id>"
    Column("scope_key", String(64), nullable=False),
    Column("grant_id", String(32), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_approval_scopes_lookup", "agent", "scope", "scope_key"),
)

# API tokens of humans (admin, approver, auditor); only SHA-256 of the random token is kept.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(320), nullable=False),  # who: an e-mail or a login
    Column("role", String(16), nullable=False),
    Column("created", BigInteger, nullable=False),
    Column("revoked", Integer, nullable=False),
)

# Dashboard logins: only SHA-256 of the random session id (the browser's cookie)
# is kept, with the API token it was opened with; revoking that token ends it.
dashboard_sessions = Table(
    "dashboard_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("token_id", String(16), nullable=False, index=True),
    Column("created", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

# Every policy set the server loaded or was asked to load, with its files, so a
# reload can be explained and an old revision read back.
policy_revisions = Table(
    "policy_revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("revision", String(64), nullable=False, index=True),
    Column("loaded_at", BigInteger, nullable=False),
    Column("loaded_by", String(320), nullable=False),
    Column("ok", Integer, nullable=False),
    Column("error", Text, nullable=False),
    Column("files", Text, nullable=False),  # JSON {file name: text}
)


# --- PostgreSQL takes what SQLite takes --------------------------------------------
# Keep this section last: it adjusts the tables defined above it.


class _PgFitted(TypeDecorator[str]):
    """A PostgreSQL string column that accepts what SQLite accepts.

    PostgreSQL refuses NUL in text and enforces VARCHAR lengths; SQLite does
    neither, and agents choose session ids, tool names and output field names.
    A NUL is stored as U+FFFD. A key column (primary key or indexed) keeps its
    length, and a longer value is stored as its head plus a hash of the whole,
    so keys stay distinct and lookups (bound the same way) still match; other
    columns are unbounded TEXT and read back what was written. SQLite columns
    are left exactly as they are.
    """

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__()
        self.fit_length = length

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        kind = String(self.fit_length) if self.fit_length else Text()
        return dialect.type_descriptor(kind)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, str):
            return value
        value = value.replace("\x00", "\ufffd")
        length = self.fit_length
        if length and len(value) > length:
            digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
            value = f"{value[: length - 33]}~{digest}"
        return value


def _fit_for_postgresql(meta: MetaData) -> None:
    for table in meta.tables.values():
        indexed = {c.name for index in table.indexes for c in index.columns}
        for column in table.columns:
            kind = column.type
            if isinstance(kind, String):
                key = column.primary_key or column.unique or column.name in indexed
                length = kind.length if key and not isinstance(kind, Text) else None
                column.type = kind.with_variant(_PgFitted(length), "postgresql")


_fit_for_postgresql(metadata)

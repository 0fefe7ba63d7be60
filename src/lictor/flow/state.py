"""A session's flow state in the database: its labels, contacted hosts and token trust.

Every hook invocation is a separate process sharing one database, so the
state is read and written per call, in one transaction each. On SQLite those
transactions run straight on the driver's connection (like the audit log's
appends): a lookup and a record ride on every decision and outcome of a
session, and SQLAlchemy's per-statement work cost several times the SQL.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select, text, update

from lictor.store import Database, insert_if_absent
from lictor.store.schema import flow_sessions, flow_tokens

TRUSTED = "trusted"
UNTRUSTED = "untrusted"

MAX_HOSTS = 1000
"""Contacted hosts remembered per session; past this every host counts as new."""

_LOOKUP_CHUNK = 500  # bound parameters per `IN (...)`, well under SQLite's limit

# Built once: constructing and cache-keying Core statements per call cost more
# than running them (two lookups and a write ride on every decision in a session).
_SELECT_LABELS = select(flow_sessions).where(flow_sessions.c.session == bindparam("key"))
# FOR UPDATE on PostgreSQL; SQLite ignores it (BEGIN IMMEDIATE holds the file lock).
_LOCK_LABELS = _SELECT_LABELS.with_for_update()
_PG_NO_FLUSH = text("SET LOCAL synchronous_commit TO off")
"""This transaction's commit does not wait for the WAL flush (the caller's next commit does)."""
_UPDATE_LABELS = update(flow_sessions).where(flow_sessions.c.session == bindparam("key"))
_SELECT_TOKENS = select(flow_tokens.c.hash, flow_tokens.c.trust).where(
    flow_tokens.c.session == bindparam("key"),
    flow_tokens.c.hash.in_(bindparam("hashes", expanding=True)),
)
# The same statements for the SQLite path, in the driver's own SQL.
_LABEL_COLUMNS = ("untrusted_seen", "hostile_seen", "private_read", "lockdown", "hosts", "updated")
_TOKEN_COLUMNS = ("session", "hash", "trust", "source", "field")
_SQL_LABELS = (
    "SELECT untrusted_seen, hostile_seen, private_read, lockdown, hosts "
    "FROM flow_sessions WHERE session = ?"
)
_SQL_CREATE = (
    "INSERT INTO flow_sessions (untrusted_seen, hostile_seen, private_read, lockdown, hosts, "
    "updated, session) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
_SQL_UPDATE = (
    "UPDATE flow_sessions SET untrusted_seen = ?, hostile_seen = ?, private_read = ?, "
    "lockdown = ?, hosts = ?, updated = ? WHERE session = ?"
)
_SQL_TOKENS = "SELECT hash, trust FROM flow_tokens WHERE session = ? AND hash IN ({})"
_SQL_ADD_TOKEN = (
    "INSERT INTO flow_tokens (session, hash, trust, source, field) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING"
)


@dataclass(frozen=True)
class SessionLabels:
    """What a session has been exposed to so far."""

    untrusted_seen: bool = False
    """Untrusted content entered the session."""
    hostile_seen: bool = False
    """A scanner flagged injected instructions in that content."""
    private_read: bool = False
    """Secrets, credential files, sensitive personal data or private outputs were read."""
    lockdown: bool = False
    """Every side effect needs approval once untrusted content was seen."""
    hosts: frozenset[str] = frozenset()
    """Egress hosts this session has already contacted."""
    known: bool = False
    """True when the session has any stored state at all."""

    def merged(self, other: SessionLabels) -> SessionLabels:
        """Labels only ever go up: the union of both."""
        hosts = self.hosts | other.hosts
        if len(hosts) > MAX_HOSTS:
            hosts = frozenset(sorted(hosts)[:MAX_HOSTS])
        return SessionLabels(
            self.untrusted_seen or other.untrusted_seen,
            self.hostile_seen or other.hostile_seen,
            self.private_read or other.private_read,
            self.lockdown or other.lockdown,
            hosts,
            True,
        )


@dataclass(frozen=True)
class TokenRecord:
    """One token hash to remember, with where it came from."""

    hash: str
    """Truncated SHA-256 of the normalised token."""
    trust: str
    """`trusted` or `untrusted`."""
    source: str
    """Decision id of the output it came from, or `prompt`."""
    field: str = ""
    """Output field it was found in."""


@dataclass(frozen=True)
class TokenTrust:
    """Which of a set of token hashes the session has seen, and with what trust."""

    trusted: frozenset[str] = field(default_factory=frozenset)
    """Hashes seen in the prompt, trusted outputs or structured fields."""
    untrusted: frozenset[str] = field(default_factory=frozenset)
    """Hashes seen in free-text output."""


class FlowState:
    """Reads and updates sessions' flow state in one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._sqlite = _sqlite_flow(database)

    def labels(self, session: str) -> SessionLabels:
        """The session's labels (all false for a session never seen)."""
        if self._sqlite is not None:
            return self._sqlite.labels(session)
        with self.database.read() as conn:
            return _labels(conn, session)

    def lookup(self, session: str, hashes: Iterable[str]) -> tuple[SessionLabels, TokenTrust]:
        """Labels and the trust of `hashes`, read in one snapshot."""
        wanted = sorted(set(hashes))
        if self._sqlite is not None:
            return self._sqlite.lookup(session, wanted)
        trusted: set[str] = set()
        untrusted: set[str] = set()
        with self.database.read() as conn:
            labels = _labels(conn, session)
            if labels.known:
                for i in range(0, len(wanted), _LOOKUP_CHUNK):
                    rows = conn.execute(
                        _SELECT_TOKENS,
                        {"key": session, "hashes": wanted[i : i + _LOOKUP_CHUNK]},
                    ).all()
                    for digest, trust in rows:
                        (trusted if trust == TRUSTED else untrusted).add(str(digest))
        return labels, TokenTrust(frozenset(trusted), frozenset(untrusted))

    def record(
        self,
        session: str,
        labels: SessionLabels,
        tokens: Iterable[TokenRecord] = (),
        *,
        synced_by_caller: bool = False,
    ) -> SessionLabels:
        """Raise the session's labels and remember tokens; returns the labels now stored.

        `synced_by_caller`: the caller commits to this same database right after
        (the outcome's audit record), and that commit makes this one durable too,
        so this one is not flushed on its own. Both databases write one ordered
        log (SQLite's WAL file, PostgreSQL's WAL): the later commit's flush
        covers everything written before it, so after a crash the labels are
        never missing while the outcome that raised them is there. In durable
        mode that saves one fsync per outcome.
        """
        rows = {(t.hash, t.trust): t for t in tokens}
        deferred = synced_by_caller and self.database.mode == "durable"
        if self._sqlite is not None:
            return self._sqlite.record(
                session, labels, _token_rows(session, rows), deferred=deferred
            )
        # The session row's lock orders writers of one session; other sessions
        # (and on PostgreSQL, other replicas) do not wait on each other.
        with self.database.write(exclusive=False) as conn:
            if deferred:
                conn.execute(_PG_NO_FLUSH)
            current = _labels(conn, session, lock=True)
            merged = current.merged(labels)
            if not current.known:
                created = conn.execute(
                    insert_if_absent(conn, flow_sessions).values(
                        session=session, **_label_values(merged)
                    )
                )
                if created.rowcount != 1:
                    # Another writer created the session between our read and insert.
                    current = _labels(conn, session, lock=True)
                    merged = current.merged(labels)
            if current.known:
                conn.execute(_UPDATE_LABELS, {"key": session, **_label_values(merged)})
            if rows:
                _insert_new_tokens(conn, session, rows)
        return merged


class _SqliteFlow:
    """The flow statements straight on sqlite3 connections from the engine's pool.

    Same transactions as the SQLAlchemy path: a read in one snapshot (BEGIN),
    a write under the file's writer lock (BEGIN IMMEDIATE), committed with the
    database's durability (synchronous FULL in durable mode).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _transaction(self, begin: str, *, deferred: bool = False) -> Iterator[sqlite3.Connection]:
        """A transaction; `deferred` commits it without syncing the WAL (see FlowState.record)."""
        pooled = self.engine.raw_connection()
        try:
            conn = pooled.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            if deferred:
                conn.execute("PRAGMA synchronous = NORMAL")
            try:
                conn.execute(begin)
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                if deferred:
                    conn.execute("PRAGMA synchronous = FULL")
        finally:
            pooled.close()

    def labels(self, session: str) -> SessionLabels:
        with self._transaction("BEGIN") as conn:
            return _stored_labels(conn.execute(_SQL_LABELS, (session,)).fetchone())

    def lookup(self, session: str, wanted: Sequence[str]) -> tuple[SessionLabels, TokenTrust]:
        trusted: set[str] = set()
        untrusted: set[str] = set()
        with self._transaction("BEGIN") as conn:
            labels = _stored_labels(conn.execute(_SQL_LABELS, (session,)).fetchone())
            if labels.known:
                for i in range(0, len(wanted), _LOOKUP_CHUNK):
                    chunk = wanted[i : i + _LOOKUP_CHUNK]
                    sql = _SQL_TOKENS.format(", ".join("?" * len(chunk)))
                    for digest, trust in conn.execute(sql, (session, *chunk)):
                        (trusted if trust == TRUSTED else untrusted).add(str(digest))
        return labels, TokenTrust(frozenset(trusted), frozenset(untrusted))

    def record(
        self,
        session: str,
        labels: SessionLabels,
        tokens: list[tuple[str, ...]],
        *,
        deferred: bool = False,
    ) -> SessionLabels:
        with self._transaction("BEGIN IMMEDIATE", deferred=deferred) as conn:
            current = _stored_labels(conn.execute(_SQL_LABELS, (session,)).fetchone())
            merged = current.merged(labels)
            label_values = _label_values(merged)
            values = (*(label_values[c] for c in _LABEL_COLUMNS), session)
            # The writer lock is held since the read: nobody created the row meanwhile.
            if current.known or conn.execute(_SQL_CREATE, values).rowcount != 1:
                conn.execute(_SQL_UPDATE, values)
            if tokens:
                conn.executemany(_SQL_ADD_TOKEN, tokens)
        return merged


_SQLITE_FLOWS: weakref.WeakKeyDictionary[Database, _SqliteFlow] = weakref.WeakKeyDictionary()


def _sqlite_flow(database: Database) -> _SqliteFlow | None:
    """The SQLite path of a database (one per database), or None on PostgreSQL."""
    if not database.is_sqlite:
        return None
    found = _SQLITE_FLOWS.get(database)
    if found is None:
        found = _SQLITE_FLOWS[database] = _SqliteFlow(database.engine)
    return found


def _label_values(labels: SessionLabels) -> dict[str, Any]:
    return {
        "untrusted_seen": int(labels.untrusted_seen),
        "hostile_seen": int(labels.hostile_seen),
        "private_read": int(labels.private_read),
        "lockdown": int(labels.lockdown),
        "hosts": json.dumps(sorted(labels.hosts)),
        "updated": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _labels(conn: Connection, session: str, *, lock: bool = False) -> SessionLabels:
    row = conn.execute(_LOCK_LABELS if lock else _SELECT_LABELS, {"key": session}).first()
    if row is None:
        return SessionLabels()
    return _stored_labels(
        (row.untrusted_seen, row.hostile_seen, row.private_read, row.lockdown, row.hosts)
    )


def _stored_labels(row: Sequence[Any] | None) -> SessionLabels:
    """Labels from a row of (untrusted_seen, hostile_seen, private_read, lockdown, hosts)."""
    if row is None:
        return SessionLabels()
    untrusted_seen, hostile_seen, private_read, lockdown, hosts_json = row
    try:
        hosts = frozenset(str(h) for h in json.loads(hosts_json))
    except (TypeError, ValueError):
        hosts = frozenset()
    return SessionLabels(
        bool(untrusted_seen), bool(hostile_seen), bool(private_read), bool(lockdown), hosts, True
    )


def _token_rows(session: str, rows: Mapping[tuple[str, str], TokenRecord]) -> list[tuple[str, ...]]:
    """(session, hash, trust, source, field) of each token, in a stable order."""
    return [
        (session, t.hash, t.trust, t.source[:64], t.field[:200]) for _, t in sorted(rows.items())
    ]


def _insert_new_tokens(
    conn: Connection, session: str, rows: Mapping[tuple[str, str], TokenRecord]
) -> None:
    # ON CONFLICT DO NOTHING: a token another writer stored first is kept as it is.
    fresh = [dict(zip(_TOKEN_COLUMNS, row, strict=True)) for row in _token_rows(session, rows)]
    conn.execute(insert_if_absent(conn, flow_tokens), fresh)

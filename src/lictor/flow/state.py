"""A session's flow state in the database: its labels, contacted hosts and token trust.

Every hook invocation is a separate process sharing one database, so the
state is read and written per call, in one transaction each.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

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
_UPDATE_LABELS = update(flow_sessions).where(flow_sessions.c.session == bindparam("key"))
_SELECT_TOKENS = select(flow_tokens.c.hash, flow_tokens.c.trust).where(
    flow_tokens.c.session == bindparam("key"),
    flow_tokens.c.hash.in_(bindparam("hashes", expanding=True)),
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

    def labels(self, session: str) -> SessionLabels:
        """The session's labels (all false for a session never seen)."""
        with self.database.read() as conn:
            return _labels(conn, session)

    def lookup(self, session: str, hashes: Iterable[str]) -> tuple[SessionLabels, TokenTrust]:
        """Labels and the trust of `hashes`, read in one snapshot."""
        wanted = sorted(set(hashes))
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
        self, session: str, labels: SessionLabels, tokens: Iterable[TokenRecord] = ()
    ) -> SessionLabels:
        """Raise the session's labels and remember tokens; returns the labels now stored."""
        rows = {(t.hash, t.trust): t for t in tokens}
        # The session row's lock orders writers of one session; other sessions
        # (and on PostgreSQL, other replicas) do not wait on each other.
        with self.database.write(exclusive=False) as conn:
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
    try:
        hosts = frozenset(str(h) for h in json.loads(row.hosts))
    except (TypeError, ValueError):
        hosts = frozenset()
    return SessionLabels(
        bool(row.untrusted_seen),
        bool(row.hostile_seen),
        bool(row.private_read),
        bool(row.lockdown),
        hosts,
        True,
    )


def _insert_new_tokens(
    conn: Connection, session: str, rows: Mapping[tuple[str, str], TokenRecord]
) -> None:
    # ON CONFLICT DO NOTHING: a token another writer stored first is kept as it is.
    fresh = [
        {
            "session": session,
            "hash": t.hash,
            "trust": t.trust,
            "source": t.source[:64],
            "field": t.field[:200],
        }
        for _, t in sorted(rows.items())
    ]
    conn.execute(insert_if_absent(conn, flow_tokens), fresh)

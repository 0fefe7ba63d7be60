"""Rows of the identity tables and the two statements the gate runs on every decision.

Everything but `HotPath` takes an open SQLAlchemy connection, so a caller
groups several changes in one transaction. `HotPath` keeps its own DBAPI
connection: a SQLAlchemy transaction costs ~0.1-0.3 ms here, the bare
statement a few microseconds, and the gate runs one or two per decision.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, select, update
from sqlalchemy.exc import IntegrityError

from lictor.identity.interface import UNLIMITED, Agent, Grant, Owner
from lictor.store import Database
from lictor.store.schema import (
    identity_agents,
    identity_credentials,
    identity_grants,
    identity_owners,
    identity_state,
    identity_tasks,
)

# --- owners and agents ------------------------------------------------------------


def get_owner(conn: Connection, email: str) -> Owner | None:
    row = conn.execute(select(identity_owners).where(identity_owners.c.email == email)).first()
    return Owner(str(row.email), bool(row.disabled), str(row.created)) if row else None


def list_owners(conn: Connection) -> list[Owner]:
    rows = conn.execute(select(identity_owners).order_by(identity_owners.c.email)).all()
    return [Owner(str(r.email), bool(r.disabled), str(r.created)) for r in rows]


def add_owner(conn: Connection, email: str, created: str) -> Owner:
    conn.execute(identity_owners.insert().values(email=email, disabled=0, created=created))
    return Owner(email, False, created)


def set_owner_disabled(conn: Connection, email: str, disabled: bool) -> bool:
    result = conn.execute(
        update(identity_owners)
        .where(identity_owners.c.email == email)
        .values(disabled=int(disabled))
    )
    return bool(result.rowcount)


def _agent(row: Row[Any]) -> Agent:
    return Agent(
        str(row.name),
        str(row.owner),
        str(row.purpose),
        tuple(json.loads(row.roles)),
        bool(row.disabled),
        str(row.created),
    )


def get_agent(conn: Connection, name: str) -> Agent | None:
    row = conn.execute(select(identity_agents).where(identity_agents.c.name == name)).first()
    return _agent(row) if row else None


def list_agents(conn: Connection) -> list[Agent]:
    rows = conn.execute(select(identity_agents).order_by(identity_agents.c.name)).all()
    return [_agent(r) for r in rows]


def add_agent(conn: Connection, agent: Agent) -> None:
    conn.execute(
        identity_agents.insert().values(
            name=agent.name,
            owner=agent.owner,
            purpose=agent.purpose,
            roles=json.dumps(list(agent.roles)),
            disabled=int(agent.disabled),
            created=agent.created,
        )
    )


def set_agent_disabled(conn: Connection, name: str, disabled: bool) -> bool:
    result = conn.execute(
        update(identity_agents).where(identity_agents.c.name == name).values(disabled=int(disabled))
    )
    return bool(result.rowcount)


# --- grants and tasks ---------------------------------------------------------------


def _grant(row: Row[Any]) -> Grant:
    return Grant(
        id=str(row.id),
        agent=str(row.agent),
        task=str(row.task),
        patterns=tuple(json.loads(row.patterns)),
        secrets=tuple(json.loads(row.secrets)),
        parent=str(row.parent),
        issued_at=int(row.issued_at),
        expires_at=int(row.expires_at),
        max_uses=int(row.max_uses),
        uses=int(row.uses),
        revoked=str(row.revoked),
    )


def get_grant(conn: Connection, grant_id: str) -> Grant | None:
    row = conn.execute(select(identity_grants).where(identity_grants.c.id == grant_id)).first()
    return _grant(row) if row else None


def grant_chain(conn: Connection, grant_id: str) -> list[Grant]:
    """The grant and every grant it was delegated from, the grant first."""
    out: list[Grant] = []
    current = grant_id
    while current and len(out) < 64:
        grant = get_grant(conn, current)
        if grant is None:
            break
        out.append(grant)
        current = grant.parent
    return out


def list_grants(conn: Connection, *, agent: str = "", task: str = "") -> list[Grant]:
    query = select(identity_grants).order_by(identity_grants.c.issued_at, identity_grants.c.id)
    if agent:
        query = query.where(identity_grants.c.agent == agent)
    if task:
        query = query.where(identity_grants.c.task == task)
    return [_grant(r) for r in conn.execute(query).all()]


def add_grant(conn: Connection, grant: Grant) -> None:
    conn.execute(
        identity_grants.insert().values(
            id=grant.id,
            agent=grant.agent,
            task=grant.task,
            patterns=json.dumps(list(grant.patterns)),
            secrets=json.dumps(list(grant.secrets)),
            parent=grant.parent,
            issued_at=grant.issued_at,
            expires_at=grant.expires_at,
            max_uses=grant.max_uses,
            uses=grant.uses,
            revoked=grant.revoked,
        )
    )


def revoke_grants(conn: Connection, why: str, *, grant_id: str = "", task: str = "") -> list[str]:
    """Revoke one grant (and everything delegated from it) or every grant of a task."""
    if task:
        ids = [
            str(r[0])
            for r in conn.execute(
                select(identity_grants.c.id).where(
                    identity_grants.c.task == task, identity_grants.c.revoked == ""
                )
            )
        ]
    else:
        ids, frontier = [], [grant_id]
        while frontier:
            ids.extend(frontier)
            frontier = [
                str(r[0])
                for r in conn.execute(
                    select(identity_grants.c.id).where(identity_grants.c.parent.in_(frontier))
                )
            ]
    if ids:
        conn.execute(
            update(identity_grants)
            .where(identity_grants.c.id.in_(ids), identity_grants.c.revoked == "")
            .values(revoked=why)
        )
    return ids


def task_closed(conn: Connection, task: str) -> bool:
    row = conn.execute(select(identity_tasks.c.task).where(identity_tasks.c.task == task)).first()
    return row is not None


def close_task(conn: Connection, task: str, now: int) -> None:
    try:
        with conn.begin_nested():
            conn.execute(identity_tasks.insert().values(task=task, closed_at=now))
    except IntegrityError:
        pass  # closing twice is fine


# --- credentials --------------------------------------------------------------------


def add_credential(
    conn: Connection,
    *,
    jti: str,
    agent: str,
    grant_id: str,
    parents: Sequence[str],
    issued_at: int,
    expires_at: int,
    one_time: bool,
) -> None:
    conn.execute(
        identity_credentials.insert().values(
            jti=jti,
            agent=agent,
            grant_id=grant_id,
            parents=json.dumps(list(parents)),
            issued_at=issued_at,
            expires_at=expires_at,
            one_time=int(one_time),
            used=0,
            revoked="",
        )
    )


def get_credential(conn: Connection, jti: str) -> Row[Any] | None:
    return conn.execute(
        select(identity_credentials).where(identity_credentials.c.jti == jti)
    ).first()


def revoke_credential(conn: Connection, jti: str, why: str) -> list[str]:
    """Revoke a credential and every credential delegated from it; returns their jtis."""
    rows = conn.execute(
        select(identity_credentials.c.jti, identity_credentials.c.parents).where(
            identity_credentials.c.revoked == ""
        )
    ).all()
    ids = [jti] + [str(r[0]) for r in rows if jti in json.loads(r[1])]
    result = conn.execute(
        update(identity_credentials)
        .where(identity_credentials.c.jti.in_(ids), identity_credentials.c.revoked == "")
        .values(revoked=why)
    )
    return ids if result.rowcount else []


# --- the revocation generation ---------------------------------------------------------


def bump_generation(conn: Connection) -> None:
    """Tell every gate sharing this database that cached identity state is stale."""
    result = conn.execute(
        update(identity_state)
        .where(identity_state.c.id == 1)
        .values(generation=identity_state.c.generation + 1)
    )
    if not result.rowcount:
        conn.execute(identity_state.insert().values(id=1, generation=1))


# SQLite text for the direct path (the only place it runs); the Core
# statements in `_consume_core` say the same for other databases.
_READ_GENERATION = "SELECT generation FROM identity_state WHERE id = 1"
_USE_GRANT = (
    "UPDATE identity_grants SET uses = uses + 1 WHERE id = ? AND revoked = '' "
    f"AND (max_uses = {UNLIMITED} OR uses < max_uses)"
)
_SPEND_ONE_TIME = "UPDATE identity_credentials SET used = 1 WHERE jti = ? AND used = 0"


class _Refused(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


class HotPath:
    """The per-decision statements: read the revocation generation, consume grant uses.

    On a SQLite file they run on one dedicated DBAPI connection with
    `synchronous=NORMAL`: a use counted here reaches the disk with the decision
    record's own fsync, which the gate writes right after (same WAL, in order).
    Elsewhere (PostgreSQL, in-memory SQLite) they run as ordinary transactions.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self._lock = threading.Lock()
        self._raw: Any = None
        self._direct = database.is_sqlite and database.url != "sqlite://"

    def _connection(self) -> Any:
        if self._raw is None:
            fairy = self.database.engine.raw_connection()
            fairy.detach()  # ours alone: its PRAGMA must not leak back into the pool
            fairy.cursor().execute("PRAGMA synchronous = NORMAL")
            self._raw = fairy
        return self._raw

    def generation(self) -> int:
        """The current revocation generation (0 before the first revocation)."""
        if not self._direct:
            with self.database.read() as conn:
                value = conn.execute(
                    select(identity_state.c.generation).where(identity_state.c.id == 1)
                ).scalar()
            return int(value or 0)
        with self._lock:
            cursor = self._connection().cursor()
            try:
                cursor.execute(_READ_GENERATION)
                row = cursor.fetchone()
            finally:
                cursor.close()
        return int(row[0]) if row else 0

    def consume(self, grant_ids: Sequence[str], one_time_jti: str = "") -> str:
        """Count one use on every grant of a delegation chain, atomically; "" on success.

        Otherwise the id of the grant (or credential) that refused: used up,
        revoked, or a one-time credential already spent.
        """
        if not self._direct:
            return self._consume_core(grant_ids, one_time_jti)
        with self._lock:
            raw = self._connection()
            cursor = raw.cursor()
            if len(grant_ids) == 1 and not one_time_jti:
                # One statement is atomic by itself: no transaction round trips.
                try:
                    cursor.execute(_USE_GRANT, (grant_ids[0],))
                    return "" if cursor.rowcount == 1 else grant_ids[0]
                finally:
                    cursor.close()
            try:
                cursor.execute("BEGIN IMMEDIATE")
                failed = ""
                for gid in grant_ids:
                    cursor.execute(_USE_GRANT, (gid,))
                    if cursor.rowcount != 1:
                        failed = gid
                        break
                if not failed and one_time_jti:
                    cursor.execute(_SPEND_ONE_TIME, (one_time_jti,))
                    if cursor.rowcount != 1:
                        failed = one_time_jti
                cursor.execute("ROLLBACK" if failed else "COMMIT")
                return failed
            except Exception:
                cursor.execute("ROLLBACK")
                raise
            finally:
                cursor.close()

    def _consume_core(self, grant_ids: Sequence[str], one_time_jti: str) -> str:
        try:
            # Each guarded UPDATE is atomic on its own (the row lock orders them).
            with self.database.write(exclusive=False) as conn:
                for gid in grant_ids:
                    result = conn.execute(
                        update(identity_grants)
                        .where(
                            identity_grants.c.id == gid,
                            identity_grants.c.revoked == "",
                            (identity_grants.c.max_uses == UNLIMITED)
                            | (identity_grants.c.uses < identity_grants.c.max_uses),
                        )
                        .values(uses=identity_grants.c.uses + 1)
                    )
                    if result.rowcount != 1:
                        raise _Refused(gid)
                if one_time_jti:
                    result = conn.execute(
                        update(identity_credentials)
                        .where(
                            identity_credentials.c.jti == one_time_jti,
                            identity_credentials.c.used == 0,
                        )
                        .values(used=1)
                    )
                    if result.rowcount != 1:
                        raise _Refused(one_time_jti)
        except _Refused as refused:  # leaving the block by exception rolls it back
            return refused.what
        return ""

    def close(self) -> None:
        with self._lock:
            if self._raw is not None:
                self._raw.close()
                self._raw = None

"""Lictor on a real PostgreSQL server: opening, errors, and a project whose store is the server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

import lictor
from lictor.approvals import Approvals, Approver, Role, Settings, Status
from lictor.errors import StoreError
from lictor.model import Action, Verdict
from lictor.store import Database, open_database
from lictor.store.schema import SCHEMA_VERSION, lictor_meta, metadata
from pg import PgServer, project_on

LICTOR = [sys.executable, "-c", "from lictor.cli import main; main()"]
PUSH = Action("Bash", {"command": "git push origin HEAD:main"}, session="s1")


def test_plain_postgresql_url_opens_with_psycopg_and_creates_every_table(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        assert db.engine.dialect.driver == "psycopg"
        assert db.is_postgresql and not db.is_sqlite
        with db.read() as conn:
            tables = set(inspect(conn).get_table_names())
            version = conn.execute(
                select(lictor_meta.c.value).where(lictor_meta.c.key == "schema_version")
            ).scalar()
        assert tables == set(metadata.tables)
        assert version == str(SCHEMA_VERSION)
    finally:
        db.close()
    again = open_database(pg_url.replace("postgresql://", "postgresql+psycopg://"), create=False)
    again.close()


def test_every_string_column_is_fitted_for_postgresql() -> None:
    # A table added after schema.py's last section would miss the NUL/length handling.
    from sqlalchemy import String

    missing = [
        f"{t.name}.{c.name}"
        for t in metadata.tables.values()
        for c in t.columns
        if isinstance(c.type, String) and "postgresql" not in c.type._variant_mapping
    ]
    assert missing == []


def _setting(db: Database, name: str) -> str:
    with db.read() as conn:
        return str(conn.exec_driver_sql(f"SHOW {name}").scalar())


def test_durable_commits_wait_for_the_wal_and_fast_ones_do_not(pg_url: str) -> None:
    durable, fast = open_database(pg_url), open_database(pg_url, mode="fast")
    try:
        assert _setting(durable, "synchronous_commit") == "on"
        assert _setting(fast, "synchronous_commit") == "off"
        # Reads see one snapshot, not one per statement.
        assert _setting(durable, "transaction_isolation") == "repeatable read"
    finally:
        durable.close()
        fast.close()


def test_processes_creating_one_database_at_once_all_succeed(pg_url: str) -> None:
    opened: list[Database] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def create() -> None:
        start.wait()
        try:
            opened.append(open_database(pg_url))
        except BaseException as exc:  # judged below
            errors.append(exc)

    threads = [threading.Thread(target=create) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in opened:
        db.close()
    assert errors == []
    db = open_database(pg_url, create=False)
    try:
        with db.read() as conn:
            rows = conn.execute(select(lictor_meta)).all()
        assert [tuple(r) for r in rows] == [("schema_version", str(SCHEMA_VERSION))]
    finally:
        db.close()


def _one_line_error(url: str, **kwargs: object) -> str:
    with pytest.raises(StoreError) as caught:
        open_database(url, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_unreachable_server_is_one_line_without_the_password(pg_server: PgServer) -> None:
    message = _one_line_error("postgresql://lictor:s3cret-pw@127.0.0.1:1/lictor")
    assert message.startswith("cannot open database postgresql+psycopg://lictor:***@127.0.0.1:1/")
    assert "Connection refused" in message and "s3cret-pw" not in message


def test_empty_foreign_and_newer_databases_are_refused(pg_server: PgServer, pg_url: str) -> None:
    assert "not a Lictor database yet" in _one_line_error(pg_url, create=False)
    db = open_database(pg_url)
    with db.write() as conn:
        conn.execute(lictor_meta.update().values(value="999"))
    db.close()
    assert "upgrade Lictor" in _one_line_error(pg_url)

    name = pg_server.create_database()
    try:
        other = pg_server.url(name)
        import psycopg

        with psycopg.connect(other.replace("postgresql://", "postgres://")) as raw:
            raw.execute("CREATE TABLE customers (id integer)")
        assert "not a Lictor database" in _one_line_error(other)
        with psycopg.connect(other.replace("postgresql://", "postgres://")) as raw:
            tables = raw.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")
            assert [r[0] for r in tables] == ["customers"]  # nothing of ours was added
    finally:
        pg_server.drop_database(name)


def test_insert_if_absent_keeps_the_first_row(db_url: str) -> None:
    from lictor.store import insert_if_absent

    db = open_database(db_url)
    try:
        with db.write() as conn:
            stmt = insert_if_absent(conn, lictor_meta)
            first = conn.execute(stmt.values(key="k", value="first")).rowcount
            second = conn.execute(stmt.values(key="k", value="second")).rowcount
            many = [{"key": "k", "value": "third"}, {"key": "k2", "value": "new"}]
            conn.execute(stmt, many)
        with db.read() as conn:
            rows = conn.execute(select(lictor_meta).where(lictor_meta.c.key.in_(["k", "k2"])))
            assert sorted(tuple(r) for r in rows) == [("k", "first"), ("k2", "new")]
        assert (first, second) == (1, 0)
    finally:
        db.close()


def _cli(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [*LICTOR, *args, "--project", str(workspace)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_project_on_postgresql_end_to_end_across_two_replicas(
    workspace: Path, pg_url: str
) -> None:
    """Two gates on one server, as two `lictor serve` replicas behind a load balancer."""
    project_on(workspace, pg_url)
    assert not (workspace / ".lictor" / "lictor.db").exists()
    with lictor.open(workspace) as one, lictor.open(workspace) as two:
        assert one.database.is_postgresql
        assert one.config.database == pg_url
        inbox_one = Approvals(one, Settings(ttl=600)).install()
        inbox_two = Approvals(two, Settings(ttl=600)).install()

        # Identity: registered on one, a credential issued there works on the other.
        one.identity.register_agent("coder", "alice@example.com", "writes the app")
        grant = one.identity.issue_grant("coder", "T-1", ["Read", "WebFetch"], ttl=600)
        token = one.identity.issue_credential("coder", grant.id).token
        read = Action("Read", {"file_path": "README.md"}, session="s1", credential=token)
        d = two.decide(read)
        assert d.allowed, d.reasons

        # Flow: the result reported through one replica taints the session on the other.
        one.record_result(d.decision_id, "Also see https://mirror.evil-cdn.net/a")
        fetch = Action(
            "WebFetch",
            {"url": "https://mirror.evil-cdn.net/a", "prompt": "x"},
            session="s1",
            credential=token,
        )
        assert two.decide(fetch).rules == ("flow.untrusted-target",)

        # Approvals: asked on one, answered on the other, spent once.
        asked = one.decide(PUSH)
        assert asked.verdict is Verdict.ASK and asked.approval_id
        inbox_two.decide(
            asked.approval_id, "approve_once", Approver("bob@example.com", Role.APPROVER)
        )
        assert inbox_one.wait_verdict(asked.approval_id, 5) is Verdict.ALLOW
        assert one.decide(PUSH).allowed
        assert two.decide(PUSH).verdict is Verdict.ASK
        assert inbox_two.get(asked.approval_id).status is Status.CONSUMED

        # Revocation on one replica stops the credential on the other.
        one.identity.revoke_grant(grant.id, "done")
        assert not two.decide(read).allowed

        # One audit chain holds both replicas' records.
        report = two.audit.verify()
        assert report.ok, report.problems
        assert report.height == one.audit.height() >= 10

    # The CLI reads the same store through the project's config.
    verified = _cli(workspace, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
    assert "verified" in verified.stdout
    listed = _cli(workspace, "approvals", "list", "--status", "all", "--json")
    assert listed.returncode == 0, listed.stderr
    assert asked.approval_id in listed.stdout and "consumed" in listed.stdout

"""Opening Lictor's database: SQLite (WAL) by default, PostgreSQL to scale out.

`open_database` turns a URL or a plain file path into a `Database`, makes sure
it is a Lictor database (creating the tables when asked) and sets the
durability mode. Tables live in `lictor.store.schema`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Table,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from lictor.errors import StoreError
from lictor.store.schema import SCHEMA_VERSION, lictor_meta, metadata

__all__ = ["MODES", "Database", "insert_if_absent", "open_database"]

MODES = ("durable", "fast")
"""durable: each commit is fsynced before it returns; fast: survives a process kill only."""

_WAL_BOUND_PAGES = 32_768
"""WAL pages (4 KiB each) after which any committing connection checkpoints."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 30_000  # several processes share one file; wait for the writer lock, don't fail
# One advisory lock key (per database) for every exclusive writer: "Lict" in ASCII.
_PG_WRITER_LOCK = text("SELECT pg_advisory_xact_lock(1281975156)")


class Database:
    """An open Lictor database: a SQLAlchemy engine plus how durable commits are."""

    def __init__(self, engine: Engine, url: str, mode: str) -> None:
        self.engine = engine
        """The SQLAlchemy engine; use `read()` / `write()` for transactions."""
        self.url = url
        """The SQLAlchemy URL actually opened (password hidden)."""
        self.mode = mode
        """`durable` or `fast`."""

    @property
    def is_sqlite(self) -> bool:
        """True for SQLite, where writers take the file lock with BEGIN IMMEDIATE."""
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        """True for PostgreSQL, where exclusive writers take an advisory lock."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def write(self, *, exclusive: bool = True) -> Iterator[Connection]:
        """A write transaction, serialised with every other exclusive writer of the database.

        SQLite: BEGIN IMMEDIATE takes the file's writer lock up front (which also
        avoids two readers deadlocking on the upgrade to writer). PostgreSQL: a
        transaction-scoped advisory lock gives the same one-writer-at-a-time
        order, so read-then-write code behaves alike on both. `exclusive=False`
        skips that lock on PostgreSQL for hot paths that lock the rows they
        read (FOR UPDATE) or write with statements atomic on their own.
        """
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(lictor_begin="IMMEDIATE")
            with conn.begin():
                if exclusive and self.is_postgresql:
                    conn.execute(_PG_WRITER_LOCK)
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot for everything read in it."""
        with self.engine.connect() as conn:
            if self.is_postgresql:
                # READ COMMITTED, PostgreSQL's default, takes a new snapshot per statement.
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url!r}, mode={self.mode!r})"


def insert_if_absent(conn: Connection, table: Table) -> Insert:
    """An INSERT into `table` that skips rows whose primary key is already there.

    ON CONFLICT DO NOTHING on SQLite and PostgreSQL: concurrent writers that
    insert the same key both succeed, and the row first written stays. The
    result's `rowcount` (for a single row) says whether it was inserted.
    """
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Insert = pg_insert(table).on_conflict_do_nothing()
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(table).on_conflict_do_nothing()
    else:
        raise StoreError(f"insert_if_absent: unsupported database {conn.dialect.name}")
    # SQLAlchemy fetches an INSERT's rowcount only when asked (psycopg's is -1 otherwise).
    return stmt.execution_options(preserve_rowcount=True)


def open_database(url: str, *, mode: str = "durable", create: bool = True) -> Database:
    """Open (and with `create`, initialise) a database: a SQLAlchemy URL or a SQLite file path."""
    if mode not in MODES:
        raise StoreError(f"unknown durability mode {mode!r}; use one of: {', '.join(MODES)}")
    if "://" not in url:
        return _open_sqlite(Path(url), mode=mode, create=create)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            return _open_sqlite(None, mode=mode, create=create)
        return _open_sqlite(Path(database), mode=mode, create=create)
    return _open_server(url, mode=mode, create=create)


def _open_sqlite(path: Path | None, *, mode: str, create: bool) -> Database:
    if path is None:
        # One shared in-memory database for every thread: handy for tests.
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
        shown = "sqlite://"
    else:
        path = path.expanduser().absolute()
        _check_sqlite_file(path, create=create)
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000},
        )
        shown = f"sqlite:///{path}"
    synchronous = "FULL" if mode == "durable" else "NORMAL"

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            if path is not None:
                cursor.execute("PRAGMA journal_mode = WAL")
                # The audit log checkpoints the WAL itself, at moments it picks
                # (lictor.audit.log._WalCheckpointer). SQLite's own checkpoint,
                # at 1,000 pages by default, ran on whichever connection
                # committed then: a grant-use update or a flow write stalled
                # 17 ms behind the WAL's sync. Its limit stays as a bound.
                cursor.execute(f"PRAGMA wal_autocheckpoint = {_WAL_BOUND_PAGES}")
            cursor.execute(f"PRAGMA synchronous = {synchronous}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        kind = conn.get_execution_options().get("lictor_begin", "DEFERRED")
        # Straight to the driver: exec_driver_sql here cost as much as the append itself.
        conn.connection.driver_connection.execute(f"BEGIN {kind}")  # type: ignore[union-attr]

    return _initialise(Database(engine, shown, mode), where=str(path or shown), create=create)


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    if not path.exists():
        if not create:
            raise StoreError(f"database not found: {path} (run `lictor init`)")
        if not path.parent.is_dir():
            raise StoreError(f"cannot create database {path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror}") from None
    if header and header != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite database (wrong file header)")
    if not header and not create:
        raise StoreError(f"{path} is an empty file, not a Lictor database (run `lictor init`)")


def _open_server(url: str, *, mode: str, create: bool) -> Database:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        # A bare postgresql:// means psycopg 2 to SQLAlchemy 2.0; Lictor ships psycopg 3.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:
        hint = " (pip install 'lictor[postgres]')" if "psycopg" in parsed.drivername else ""
        raise StoreError(f"cannot use database URL {_shown(parsed)}: {exc}{hint}") from None
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(f"cannot use database URL {_shown(parsed)}: {exc}") from None
    if mode == "fast" and engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _fast_commit(dbapi_connection: Any, _record: Any) -> None:
            # Same trade as SQLite's NORMAL: commits return before the WAL flush.
            cursor = dbapi_connection.cursor()
            cursor.execute("SET synchronous_commit TO off")
            cursor.close()
            dbapi_connection.commit()

    shown = engine.url.render_as_string(hide_password=True)
    return _initialise(Database(engine, shown, mode), where=shown, create=create)


def _shown(url: URL) -> str:
    return repr(url.render_as_string(hide_password=True))


def _initialise(db: Database, *, where: str, create: bool) -> Database:
    """Check this is a Lictor database of a version we understand; create tables when allowed."""
    try:
        with db.write() as conn:
            tables = set(inspect(conn).get_table_names())
            if "lictor_meta" in tables:
                version = conn.execute(
                    select(lictor_meta.c.value).where(lictor_meta.c.key == "schema_version")
                ).scalar()
                if version is None or not version.isdigit():
                    raise StoreError(f"{where}: lictor_meta has no valid schema_version")
                if int(version) > SCHEMA_VERSION:
                    raise StoreError(
                        f"{where} has schema version {version}, newer than this Lictor "
                        f"understands ({SCHEMA_VERSION}); upgrade Lictor"
                    )
            elif tables:
                raise StoreError(f"{where} is not a Lictor database (it has no lictor_meta table)")
            elif not create:
                raise StoreError(f"{where} is not a Lictor database yet (run `lictor init`)")
            # checkfirst: adds only what is missing, such as another folder's new tables.
            metadata.create_all(conn, checkfirst=True)
            if "lictor_meta" not in tables:
                conn.execute(
                    lictor_meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION))
                )
    except StoreError:
        db.close()
        raise
    except DBAPIError as exc:
        db.close()
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        raise StoreError(f"cannot open database {where}: {reason}") from None
    except SQLAlchemyError as exc:
        db.close()
        raise StoreError(f"cannot open database {where}: {exc}") from None
    except OSError as exc:
        db.close()
        raise StoreError(f"cannot open database {where}: {exc.strerror or exc}") from None
    return db

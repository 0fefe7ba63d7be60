"""Opening a PostgreSQL database: URLs as users write them, creation, reopening, errors."""

from __future__ import annotations

from sqlalchemy import inspect

from lictor.store import open_database
from lictor.store.schema import SCHEMA_VERSION, metadata


def test_plain_postgresql_url_opens_with_psycopg_and_creates_every_table(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        assert db.engine.dialect.driver == "psycopg"
        assert not db.is_sqlite
        with db.read() as conn:
            tables = set(inspect(conn).get_table_names())
            version = conn.exec_driver_sql(
                "SELECT value FROM lictor_meta WHERE key = 'schema_version'"
            ).scalar()
        assert tables == set(metadata.tables)
        assert version == str(SCHEMA_VERSION)
    finally:
        db.close()

"""Opening databases: modes, creation, and one-line errors for bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lictor.errors import StoreError
from lictor.store import open_database
from lictor.store.schema import SCHEMA_VERSION


def _pragma(db_url_or_path: str, mode: str, name: str) -> str:
    db = open_database(db_url_or_path, mode=mode)
    try:
        with db.read() as conn:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())
    finally:
        db.close()


def test_plain_path_creates_a_lictor_database_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "lictor.db"
    db = open_database(str(path))
    assert path.exists()
    assert db.mode == "durable"
    assert db.url == f"sqlite:///{path}"
    db.close()
    assert _pragma(str(path), "durable", "journal_mode") == "wal"
    with sqlite3.connect(path) as raw:
        version = raw.execute("SELECT value FROM lictor_meta WHERE key='schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)


def test_durable_syncs_fully_and_fast_does_not(tmp_path: Path) -> None:
    path = str(tmp_path / "lictor.db")
    # PRAGMA synchronous: 2 = FULL, 1 = NORMAL
    assert _pragma(path, "durable", "synchronous") == "2"
    assert _pragma(path, "fast", "synchronous") == "1"


def test_sqlites_own_checkpoint_is_only_a_bound(tmp_path: Path) -> None:
    # The audit log checkpoints at moments it picks; at SQLite's default (1,000
    # pages) any connection committing past it paid a whole checkpoint.
    path = str(tmp_path / "lictor.db")
    assert _pragma(path, "durable", "wal_autocheckpoint") == "32768"
    assert _pragma(path, "fast", "wal_autocheckpoint") == "32768"


def test_sqlite_url_and_path_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "lictor.db"
    first = open_database(f"sqlite:///{path}")
    with first.write() as conn:
        conn.exec_driver_sql("INSERT INTO lictor_meta (key, value) VALUES ('probe', 'x')")
    first.close()
    again = open_database(str(path), create=False)
    with again.read() as conn:
        value = conn.exec_driver_sql("SELECT value FROM lictor_meta WHERE key='probe'").scalar()
    assert value == "x"
    again.close()


def _one_line_error(url: str, **kwargs: object) -> str:
    with pytest.raises(StoreError) as caught:
        open_database(url, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_database_without_create_says_run_init(tmp_path: Path) -> None:
    path = tmp_path / "nope.db"
    message = _one_line_error(str(path), create=False)
    assert message == f"database not found: {path} (run `lictor init`)"
    assert not path.exists()


def test_garbage_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "lictor.db"
    path.write_bytes(b"this is a text file, not a database\n" * 100)
    message = _one_line_error(str(path))
    assert "not a SQLite database" in message and str(path) in message
    assert path.read_bytes().startswith(b"this is a text file")  # left untouched


def test_someone_elses_sqlite_file_is_not_a_lictor_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER)")
    message = _one_line_error(str(path))
    assert "not a Lictor database" in message
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}  # nothing of ours was added to it


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lictor.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE lictor_meta SET value='999' WHERE key='schema_version'")
    assert "upgrade Lictor" in _one_line_error(str(path))


def test_bad_mode_missing_folder_and_bad_url(tmp_path: Path) -> None:
    assert "unknown durability mode" in _one_line_error(str(tmp_path / "a.db"), mode="turbo")
    assert "does not exist" in _one_line_error(str(tmp_path / "no" / "such" / "a.db"))
    assert "not a database URL" in _one_line_error("::nonsense://")
    assert "is a directory" in _one_line_error(str(tmp_path))

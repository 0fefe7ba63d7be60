"""SQLite WAL checkpoints: a thread's, every 256 commits or for commits left waiting."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from lictor.audit import AuditLog, Signer
from lictor.audit.log import _WalCheckpointer
from lictor.store import open_database


def _threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "lictor-wal-checkpoint"}


def test_a_quiet_log_is_checkpointed_by_the_thread_and_it_stops_on_close(
    tmp_path: Path,
) -> None:
    path = tmp_path / "audit.db"
    db = open_database(f"sqlite:///{path}", mode="fast", create=True)
    before = _threads()
    log = AuditLog(db, Signer.generate())
    log.append({"type": "decision", "decision_id": "first"})
    raw = log._raw_sqlite()
    # SQLite's own checkpoint (every 1,000 pages, on whichever connection commits)
    # is off on the appender; ours run after 256 commits...
    assert raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 1000
    (started,) = _threads() - before
    size = path.stat().st_size
    # ...or, for fewer commits than that, from the thread once they have waited:
    # in fast mode that checkpoint is what syncs them.
    for i in range(20):
        log.append({"type": "decision", "decision_id": f"d{i}", "pad": "x" * 900})
    deadline = time.monotonic() + 10
    while path.stat().st_size <= size and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.stat().st_size > size + 8192
    assert log.verify().ok and log.verify().height == 21
    log.close()
    assert not started.is_alive()
    db.close()


def test_a_dropped_log_stops_its_thread(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.db'}", mode="fast", create=True)
    before = _threads()
    log = AuditLog(db, Signer.generate())
    log.append({"type": "x"})
    (started,) = _threads() - before
    del log
    started.join(timeout=5)
    assert not started.is_alive()
    db.close()


def test_the_wal_is_rewound_under_a_steady_stream_of_appends(tmp_path: Path) -> None:
    # The thread's checkpoint never caught up with appends that keep coming, so
    # the WAL was never rewound and grew by every commit (to 128 MiB). The
    # appender's top-up completes it, and its next commit writes the WAL from
    # its start.
    path = tmp_path / "audit.db"
    db = open_database(f"sqlite:///{path}", mode="fast", create=True)
    log = AuditLog(db, Signer.generate())
    wal = Path(f"{path}-wal")
    largest = 0
    for i in range(6000):
        log.append({"type": "decision", "decision_id": f"d{i}", "pad": "x" * 900})
        if i % 100 == 0:
            largest = max(largest, wal.stat().st_size)
    # 6,000 commits of 4-5 pages each would be ~100 MB of WAL left unrewound.
    assert largest < 32_000_000, largest
    assert log.verify().ok and log.verify().height == 6000
    log.close()
    db.close()


def test_checkpoints_come_every_256_commits_without_waiting_for_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The clock is kept out (commits would have to wait an hour): counted commits
    # alone get the pages copied into the database file and the WAL rewound.
    monkeypatch.setattr(_WalCheckpointer, "EVERY_SECONDS", 3600.0)
    path = tmp_path / "audit.db"
    db = open_database(f"sqlite:///{path}", mode="fast", create=True)
    log = AuditLog(db, Signer.generate())
    for i in range(2000):
        log.append({"type": "decision", "decision_id": f"d{i}", "pad": "x" * 900})
    # ~4 pages per commit: 2,000 commits unrewound would leave ~33 MB of WAL.
    assert Path(f"{path}-wal").stat().st_size < 16_000_000
    assert path.stat().st_size > 700_000
    log.close()
    db.close()

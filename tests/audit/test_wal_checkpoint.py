"""SQLite WAL checkpoints run on a thread of their own, off the append path."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from lictor.audit import AuditLog, Signer
from lictor.store import open_database


def _threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "lictor-wal-checkpoint"}


def test_background_checkpoints_keep_the_wal_small_and_stop_on_close(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    db = open_database(f"sqlite:///{path}", mode="fast", create=True)
    before = _threads()
    log = AuditLog(db, Signer.generate())
    records = [{"type": "decision", "decision_id": f"d{i}", "pad": "x" * 900} for i in range(3000)]
    for r in records:
        log.append(r)
    raw = log._raw_sqlite()
    # The appender no longer checkpoints every 1000 pages itself...
    assert raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 1000
    (started,) = _threads() - before
    # ...the thread does: pages reach the database file with no one else checkpointing
    # (3000 records of ~1 KB stay in the WAL otherwise, far under the inline limit).
    deadline = time.monotonic() + 10
    while path.stat().st_size < 2_000_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.stat().st_size >= 2_000_000
    assert log.verify().ok and log.verify().height == 3000
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
    # A PASSIVE checkpoint never catches up with appends that keep coming, so
    # the WAL was never rewound and grew by every commit (to 128 MiB). The
    # thread's RESTART checkpoints let the next commit write it from its start.
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

"""Many producers, one chain."""

from __future__ import annotations

import threading

from lictor.audit import AuditEntry, AuditLog

from .conftest import MakeLog

THREADS = 32
EACH = 20


def test_32_threads_make_one_unbroken_chain(make_log: MakeLog) -> None:
    log = make_log(checkpoint_every=100)
    acked: dict[int, list[AuditEntry]] = {}
    start = threading.Barrier(THREADS)

    def produce(worker: int) -> None:
        start.wait()
        acked[worker] = [log.append({"worker": worker, "i": i}) for i in range(EACH)]

    threads = [threading.Thread(target=produce, args=(w,)) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    everything = [e for entries in acked.values() for e in entries]
    assert sorted(e.seq for e in everything) == list(range(THREADS * EACH))
    stored = list(log.entries())
    assert stored == sorted(everything, key=lambda e: e.seq)
    for worker, entries in acked.items():
        # Each producer's records keep its own order.
        assert [e.record for e in entries] == [{"worker": worker, "i": i} for i in range(EACH)]
        assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    report = log.verify()
    assert report.ok, report.problems
    assert report.height == THREADS * EACH and report.checkpoints_verified >= 6
    # Group commit: producers shared transactions (one commit time per transaction).
    assert len({e.time for e in stored}) < THREADS * EACH


def test_verify_reads_one_snapshot_while_producers_append(make_log: MakeLog) -> None:
    # Head, checkpoints and entries must come from one snapshot: entries committed
    # after the head was read would look like records forged past the head.
    log = make_log(checkpoint_every=7)
    other = make_log(checkpoint_every=7)  # a second process (replica) on the same database
    log.append_many([{"warm": i} for i in range(50)])
    stop = threading.Event()
    errors: list[BaseException] = []

    def produce(appender: AuditLog) -> None:
        try:
            while not stop.is_set():
                appender.append({"n": 1})
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    producers = [threading.Thread(target=produce, args=(a,)) for a in (log, other, other)]
    for t in producers:
        t.start()
    try:
        reports = [log.verify() for _ in range(15)]
    finally:
        stop.set()
        for t in producers:
            t.join()
    assert not errors
    assert [r.problems for r in reports if not r.ok] == []
    assert reports[-1].height > reports[0].height  # the log really grew meanwhile
    assert log.verify().ok

"""Many producers, one chain."""

from __future__ import annotations

import threading

from lictor.audit import AuditEntry

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

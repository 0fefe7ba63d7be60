"""Appenders killed with SIGKILL at random moments lose nothing they acknowledged."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import lictor
from lictor.audit import AuditLog, Signer
from lictor.store import open_database

APPENDER = """
import sys
from lictor.audit import AuditLog, load_or_create_signer
from lictor.store import open_database

path, key, worker = sys.argv[1], sys.argv[2], sys.argv[3]
log = AuditLog(open_database(path, mode="durable"), load_or_create_signer(key), checkpoint_every=16)
i = 0
while True:
    entry = log.append({"worker": worker, "i": i})
    # Printed only after append returned: this is the acknowledgement.
    sys.stdout.write(f"{entry.seq} {entry.hash}\\n")
    sys.stdout.flush()
    i += 1
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


class Appender:
    """One appender process and the acknowledgements it printed."""

    def __init__(self, script: Path, db: str, key: Path, worker: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(lictor.__file__).parents[1])}
        self.worker = worker
        self.proc = subprocess.Popen(
            [sys.executable, str(script), db, str(key), worker],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.acked: list[tuple[int, str, int]] = []  # (seq, hash, i)
        self._reader = threading.Thread(target=self._read)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill was never acknowledged
                seq, digest = raw.decode().split()
                self.acked.append((int(seq), digest, len(self.acked)))

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._reader.join()
        assert self.proc.stderr is not None
        errors = self.proc.stderr.read().decode()
        assert "Traceback" not in errors, errors


def _round(
    db_url: str, tmp_path: Path, script: Path, processes: int, rng: random.Random
) -> list[Appender]:
    appenders = [
        Appender(script, db_url, tmp_path / "audit.key", f"w{n}-{rng.random()}")
        for n in range(processes)
    ]
    deadline = time.monotonic() + 20
    while any(not a.acked for a in appenders) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0.0, 0.4))
    for a in appenders:
        a.kill()
    return appenders


def test_sigkill_during_appends_loses_no_acknowledged_record(db_url: str, tmp_path: Path) -> None:
    # On PostgreSQL the killed clients' open transactions (holding the head lock) are rolled back.
    script = tmp_path / "appender.py"
    script.write_text(APPENDER)
    rng = random.Random(int(os.environ.get("LICTOR_TEST_SEED", "0")) or None)
    everyone: list[Appender] = []
    for processes in (1, 1, 1, 3, 3):
        everyone += _round(db_url, tmp_path, script, processes, rng)

    db = open_database(db_url, create=False)
    try:
        log = AuditLog(db, Signer.load(tmp_path / "audit.key"))
        report = log.verify()
        assert report.ok, report.problems
        assert report.checkpoints_verified > 0
        acked = 0
        for a in everyone:
            assert a.acked, "an appender never acknowledged anything"
            for seq, digest, i in a.acked:
                entry = log.get(seq)
                assert entry is not None, f"acknowledged seq {seq} is gone"
                assert entry.hash == digest
                assert entry.record == {"worker": a.worker, "i": i}
                acked += 1
        assert log.height() >= acked
        # The chain keeps growing after the crashes: nothing is left locked.
        assert log.append({"after": "crash"}).seq == log.height() - 1
        assert json.dumps(report.problems) == "[]"
    finally:
        db.close()

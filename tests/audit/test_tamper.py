"""Someone with write access to the database edits it; verify must say where and how."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, CursorResult, text

from lictor.audit import AuditLog, Signer
from lictor.audit.merkle import leaf_hash, push_leaf
from lictor.errors import AuditError

from .conftest import MakeLog, decision

HEIGHT = 20


@pytest.fixture
def log(make_log: MakeLog) -> AuditLog:
    log = make_log(checkpoint_every=8)
    for i in range(HEIGHT):
        log.append(decision(i))
    assert log.verify().ok
    return log


class Raw:
    """Write access to the log's database behind Lictor's back, SQL with `?` parameters."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> CursorResult[Any]:
        names = iter(range(len(params)))
        named = re.sub(r"\?", lambda _m: f":p{next(names)}", sql)
        return self.conn.execute(text(named), {f"p{i}": v for i, v in enumerate(params)})


@contextmanager
def raw(log: AuditLog) -> Iterator[Raw]:
    with log.db.engine.begin() as conn:
        yield Raw(conn)


def problems(log: AuditLog) -> tuple[str, ...]:
    report = log.verify()
    assert not report.ok
    assert all("\n" not in p for p in report.problems)
    return report.problems


def test_edited_record_is_named(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute(
            "UPDATE audit_entries SET body = replace(body, '\"deny\"', '\"allow\"') WHERE seq = 5"
        )
    found = problems(log)
    assert (
        found[0] == "seq 5: stored hash does not match the record (record edited or hash changed)"
    )
    # The checkpoints covering seq 5 no longer match either; nothing else is blamed.
    assert all(p.startswith(("seq 5:", "checkpoint at size")) for p in found)


def test_changed_hash_is_named(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("UPDATE audit_entries SET hash = ? WHERE seq = 7", ("ab" * 32,))
    assert problems(log)[0].startswith("seq 7: stored hash does not match")


def test_dropped_middle_record_is_named(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("DELETE FROM audit_entries WHERE seq = 9")
    found = problems(log)
    assert found[0] == "seq 9: missing (record dropped)"
    assert any(p.startswith("checkpoint at size 16") and "root" in p for p in found)


def test_truncated_tail_is_caught_by_the_head_row(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("DELETE FROM audit_entries WHERE seq >= 17")
    found = problems(log)
    assert any(p.startswith("seq 17..19: missing at the end") and "truncated" in p for p in found)


def test_truncated_tail_behind_a_checkpoint_is_caught_even_with_the_head_fixed(
    log: AuditLog,
) -> None:
    with raw(log) as db:
        last = db.execute("SELECT hash FROM audit_entries WHERE seq = 9").fetchone()[0]
        db.execute("DELETE FROM audit_entries WHERE seq >= 10")
        db.execute("UPDATE audit_head SET height = 10, last_hash = ?", (last,))
    found = problems(log)
    assert any("checkpoint at size 16 (seq 0..15)" in p and "deleted" in p for p in found)


def test_swapped_records_are_named(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("UPDATE audit_entries SET seq = -1 WHERE seq = 4")
        db.execute("UPDATE audit_entries SET seq = 4 WHERE seq = 6")
        db.execute("UPDATE audit_entries SET seq = 6 WHERE seq = -1")
    found = problems(log)
    assert found[0] == (
        "seq 4: stored record was written as seq 6 (records reordered, moved or inserted)"
    )
    assert found[1].startswith("seq 6: stored record was written as seq 4")


def _forge(prev_hash: str, seq: int, time: str) -> tuple[str, str]:
    body = f'{{"record":{{"kind":"decision","verdict":"allow"}},"seq":{seq},"time":"{time}"}}'
    return body, hashlib.sha256(bytes.fromhex(prev_hash) + body.encode()).hexdigest()


def test_forged_record_appended_after_the_head_is_named(log: AuditLog) -> None:
    last = log.tail(1)[0]
    body, digest = _forge(last.hash, HEIGHT, last.time)
    with raw(log) as db:
        db.execute(
            "INSERT INTO audit_entries (seq, time, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
            (HEIGHT, last.time, body, last.hash, digest),
        )
    assert problems(log) == (
        f"seq {HEIGHT}: beyond the chain head's height {HEIGHT} (records inserted after the head)",
    )


def test_forged_record_inserted_in_the_middle_is_named(log: AuditLog) -> None:
    before = log.get(9)
    assert before is not None
    body, digest = _forge(before.hash, 10, before.time)
    with raw(log) as db:
        db.execute("UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 10")
        db.execute("UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000")
        db.execute(
            "INSERT INTO audit_entries (seq, time, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
            (10, before.time, body, before.hash, digest),
        )
    found = problems(log)
    assert found[0] == (
        "seq 11: stored record was written as seq 10 (records reordered, moved or inserted)"
    )


def test_corrupted_checkpoint_signature_is_named(log: AuditLog) -> None:
    with raw(log) as db:
        sig = db.execute("SELECT signature FROM audit_checkpoints WHERE tree_size = 8").fetchone()
        flipped = ("0" if sig[0][0] != "0" else "1") + sig[0][1:]
        db.execute("UPDATE audit_checkpoints SET signature = ? WHERE tree_size = 8", (flipped,))
    key_id = log.signer.key_id
    assert problems(log) == (f"checkpoint at size 8 (seq 0..7): bad signature (key id {key_id})",)


def test_forged_checkpoint_with_an_unknown_key_is_named(log: AuditLog) -> None:
    forger = Signer.generate()
    with raw(log) as db:
        db.execute("UPDATE audit_checkpoints SET key_id = ? WHERE tree_size = 16", (forger.key_id,))
    assert problems(log) == (
        f"checkpoint at size 16 (seq 0..15): signed by unknown key id {forger.key_id}",
    )


def test_consistent_rewrite_of_the_whole_chain_is_caught_by_checkpoints(
    log: AuditLog,
) -> None:
    """An attacker edits seq 3 and recomputes every hash, link and the head; signatures hold."""
    with raw(log) as db:
        rows = db.execute("SELECT seq, body FROM audit_entries ORDER BY seq").fetchall()
        prev, frontier = "00" * 32, list[bytes]()
        for seq, body in rows:
            if seq == 3:
                body = body.replace('"deny"', '"allow"')
            digest = hashlib.sha256(bytes.fromhex(prev) + body.encode()).hexdigest()
            db.execute(
                "UPDATE audit_entries SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (body, prev, digest, seq),
            )
            push_leaf(frontier, seq, leaf_hash(body.encode()))
            prev = digest
        db.execute(
            "UPDATE audit_head SET last_hash = ?, frontier = ?",
            (prev, "".join(h.hex() for h in frontier)),
        )
    found = problems(log)
    assert found == (
        "checkpoint at size 8 (seq 0..7): signed root does not match the entries (records "
        "edited, dropped, inserted or reordered before seq 8)",
        "checkpoint at size 16 (seq 0..15): signed root does not match the entries (records "
        "edited, dropped, inserted or reordered before seq 16)",
    )


def test_deleted_head_row_is_reported_and_blocks_appends(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("DELETE FROM audit_head")
    assert problems(log) == ("seq 20: chain head row is missing (audit_head deleted)",)
    with pytest.raises(AuditError, match="head row is missing"):
        log.append(decision(99))
    with pytest.raises(AuditError, match="no chain head"):
        AuditLog(log.db, log.signer)


def test_tampered_head_frontier_is_named(log: AuditLog) -> None:
    with raw(log) as db:
        db.execute("UPDATE audit_head SET frontier = ?", ("cd" * 32 * 2,))
    assert problems(log) == ("seq 19: chain head's Merkle frontier does not match the log",)

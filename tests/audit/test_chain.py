"""Appending, reading back, checkpoints, proofs against stored logs, export."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest

from lictor.audit import AuditLog, Signer, verify_consistency, verify_inclusion
from lictor.errors import AuditError
from lictor.model import canonical_json

from .conftest import MakeLog, decision


def test_entries_chain_from_genesis_and_hash_their_canonical_body(make_log: MakeLog) -> None:
    log = make_log()
    first = log.append(decision(0))
    second = log.append(decision(1, "allow"))
    assert (first.seq, second.seq) == (0, 1)
    assert first.prev_hash == "00" * 32
    assert second.prev_hash == first.hash
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", first.time)
    body = canonical_json({"seq": 1, "time": second.time, "record": decision(1, "allow")})
    assert body == second.body
    expected = hashlib.sha256(bytes.fromhex(first.hash) + body.encode()).hexdigest()
    assert second.hash == expected
    report = log.verify()
    assert report.ok and report.height == 2 and report.problems == ()


def test_reads_return_what_was_appended(make_log: MakeLog) -> None:
    log = make_log()
    written = [log.append(decision(i)) for i in range(30)]
    log.append({"kind": "outcome", "decision_id": "dec-4", "exit_code": 0})
    assert log.height() == 31
    assert log.get(7) == written[7]
    assert log.get(99) is None
    assert [e.seq for e in log.tail(3)] == [28, 29, 30]
    assert list(log.entries(5, 9)) == written[5:9]
    assert [e.seq for e in log.entries(25)] == [25, 26, 27, 28, 29, 30]
    found = log.find("dec-4")
    assert [e.record["kind"] for e in found] == ["decision", "outcome"]
    assert log.find("dec-none") == []


def test_unicode_and_nested_records_round_trip(make_log: MakeLog) -> None:
    log = make_log()
    record = {"who": "Zoë ✓", "nested": {"list": [1, True, None, "x"]}, "big": 2**70}
    entry = log.append(record)
    assert log.get(entry.seq) == entry
    assert entry.record == record
    assert log.verify().ok


@pytest.mark.parametrize(
    ("record", "where"),
    [
        ({"score": 0.5}, "record.score"),
        ({"a": {"b": [1, 2.0]}}, "record.a.b[1]"),
        ({"nan": float("nan")}, "record.nan"),
    ],
)
def test_floats_are_rejected_with_the_field_named(
    make_log: MakeLog, record: dict[str, object], where: str
) -> None:
    log = make_log()
    with pytest.raises(AuditError, match=re.escape(where)) as caught:
        log.append(record)
    assert "\n" not in str(caught.value) and "float" in str(caught.value)
    assert log.height() == 0  # nothing half-written


def test_non_json_values_and_keys_are_rejected(make_log: MakeLog) -> None:
    log = make_log()
    with pytest.raises(AuditError, match="not JSON"):
        log.append({"when": object()})
    with pytest.raises(AuditError, match="non-string key"):
        log.append({"map": {1: "x"}})
    with pytest.raises(AuditError, match="float"):
        log.append_many([{"ok": 1}, {"bad": 1.5}])
    assert log.height() == 0


def test_checkpoints_are_signed_automatically_and_on_demand(make_log: MakeLog) -> None:
    log = make_log(checkpoint_every=10)
    assert log.latest_checkpoint() is None
    for i in range(25):
        log.append(decision(i))
    auto = log.latest_checkpoint()
    assert auto is not None and auto.size == 20 and auto.key_id == log.signer.key_id
    assert bytes.fromhex(auto.root) == log.root(20)
    manual = log.checkpoint()
    assert manual.size == 25 and manual.root == log.root().hex()
    assert log.latest_checkpoint() == manual
    report = log.verify()
    assert report.ok and report.checkpoints_verified == 3


def test_proofs_from_the_log_verify_against_a_signed_checkpoint(make_log: MakeLog) -> None:
    log = make_log()
    # Past 2**8 entries so stored subtree roots are used, and not a power of two.
    log.append_many([decision(i) for i in range(700)])
    old = log.checkpoint()
    log.append_many([decision(i) for i in range(700, 1300)])
    new = log.checkpoint()
    for seq in (0, 1, 255, 256, 511, 699):
        proof = log.inclusion_proof(seq, old.size)
        entry = log.get(seq)
        assert entry is not None
        assert verify_inclusion(entry.leaf_hash, seq, old.size, proof, bytes.fromhex(old.root))
        assert not verify_inclusion(entry.leaf_hash, seq, new.size, proof, bytes.fromhex(new.root))
    proof = log.consistency_proof(old.size, new.size)
    assert verify_consistency(
        old.size, new.size, bytes.fromhex(old.root), bytes.fromhex(new.root), proof
    )
    with pytest.raises(AuditError, match="beyond the log's height"):
        log.inclusion_proof(1, 5000)
    with pytest.raises(AuditError, match="not in a tree"):
        log.inclusion_proof(800, 700)


def test_rotated_keys_still_verify_and_pinned_keys_are_enforced(make_log: MakeLog) -> None:
    old_signer, new_signer = Signer.generate(), Signer.generate()
    before = make_log(signer=old_signer)
    before.append(decision(0))
    before.checkpoint()
    after = make_log(signer=new_signer)
    after.append(decision(1))
    after.checkpoint()
    report = after.verify()
    assert report.ok and report.checkpoints_verified == 2
    pinned = after.verify({new_signer.key_id: new_signer.public_key_pem()})
    assert not pinned.ok
    assert pinned.problems == (
        f"checkpoint at size 1 (seq 0..0): signed by unknown key id {old_signer.key_id}",
    )
    both: dict[str, bytes | str] = {
        old_signer.key_id: old_signer.public_key_pem(),
        new_signer.key_id: new_signer.public_key_pem().encode(),
    }
    assert after.verify(both).ok


def test_export_jsonl_is_the_chain_and_ocsf_is_api_activity(make_log: MakeLog) -> None:
    log = make_log()
    entries = [log.append(decision(i, "deny" if i % 2 else "allow")) for i in range(4)]
    out = io.StringIO()
    assert log.export(out) == 4
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["seq"] for line in lines] == [0, 1, 2, 3]
    assert lines[2] == {
        "seq": 2,
        "time": entries[2].time,
        "hash": entries[2].hash,
        "prev_hash": entries[1].hash,
        "record": decision(2, "allow"),
    }
    ocsf = io.StringIO()
    assert log.export(ocsf, "ocsf", start=1) == 3
    event = json.loads(ocsf.getvalue().splitlines()[0])
    assert event["class_uid"] == 6003 and event["type_uid"] == 600399
    assert event["disposition"] == "Blocked" and event["status_id"] == 2
    assert event["actor"]["user"]["uid"] == "agent-7"
    assert event["api"]["operation"] == "Bash"
    assert event["metadata"]["uid"] == entries[1].hash
    assert event["metadata"]["correlation_uid"] == "dec-1"
    assert isinstance(event["time"], int) and event["time"] > 1_700_000_000_000
    with pytest.raises(AuditError, match="unknown export format 'xml'"):
        log.export(io.StringIO(), "xml")


def test_the_log_survives_reopening(make_log: MakeLog) -> None:
    log = make_log(checkpoint_every=4)
    last = [log.append(decision(i)) for i in range(10)][-1]
    log.db.close()
    again = make_log(checkpoint_every=4)
    entry = again.append(decision(10))
    assert entry.seq == 10 and entry.prev_hash == last.hash
    assert again.verify().ok


def test_checkpoint_every_must_be_positive(make_log: MakeLog) -> None:
    log = make_log()
    with pytest.raises(AuditError, match="at least 1"):
        AuditLog(log.db, log.signer, checkpoint_every=0)

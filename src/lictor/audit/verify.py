"""Checking a whole audit log: chain, Merkle checkpoints, signatures and head.

One pass over the entries in seq order, in big batches, inside one read
transaction (a consistent snapshot). The loop is written flat, with local
names, because it runs once per record on logs of millions of records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from lictor.audit import merkle
from lictor.audit.interface import GENESIS_HASH, Checkpoint, VerifyReport
from lictor.audit.signing import signature_valid
from lictor.store import Database
from lictor.store.schema import audit_checkpoints, audit_entries, audit_head

_BATCH = 20_000
_MAX_PROBLEMS = 100  # a rewritten log would otherwise print one line per record


class _Problems:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.dropped = 0

    def add(self, line: str) -> None:
        if len(self.lines) < _MAX_PROBLEMS:
            self.lines.append(line)
        else:
            self.dropped += 1

    def final(self) -> tuple[str, ...]:
        if self.dropped:
            return (*self.lines, f"... and {self.dropped} more problems not shown")
        return tuple(self.lines)


def verify_log(db: Database, keys: Mapping[str, Ed25519PublicKey]) -> VerifyReport:
    """Verify every entry and checkpoint of the log in `db` against trusted `keys`."""
    problems = _Problems()
    verified = 0
    sha256 = hashlib.sha256
    node_hash = merkle.node_hash
    with db.read() as conn:
        head = conn.execute(
            select(audit_head.c.height, audit_head.c.last_hash, audit_head.c.frontier).where(
                audit_head.c.id == 1
            )
        ).first()
        by_size: dict[int, list[Any]] = {}
        for cp_row in conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id)):
            by_size.setdefault(int(cp_row.tree_size), []).append(cp_row)
        sizes = sorted(by_size)
        next_cp = 0

        def check_checkpoints(size: int, root: bytes) -> None:
            nonlocal verified
            for row in by_size[size]:
                if _checkpoint_ok(row, root, keys, problems):
                    verified += 1

        frontier: list[bytes] = []
        count = 0
        expected = 0
        last_hex = GENESIS_HASH
        alt_hex = GENESIS_HASH  # the recomputed hash, when the stored one was wrong
        moved = False
        if sizes and sizes[0] == 0:
            check_checkpoints(0, merkle.EMPTY_ROOT)
            next_cp = 1
        next_size = sizes[next_cp] if next_cp < len(sizes) else -1

        result = conn.execution_options(yield_per=_BATCH).execute(
            select(
                audit_entries.c.seq,
                audit_entries.c.time,
                audit_entries.c.body,
                audit_entries.c.prev_hash,
                audit_entries.c.hash,
            ).order_by(audit_entries.c.seq)
        )
        for batch in result.partitions():
            for seq, time, body, prev_hex, hash_hex in batch:
                # A row after a moved one cannot link to it; the move is already reported.
                linked = not moved
                moved = False
                if seq != expected:
                    problems.add(_gap(expected, seq))
                    expected = seq
                    linked = False  # the link across a gap is already reported
                data = body.encode("utf-8")
                try:
                    digest = sha256(bytes.fromhex(prev_hex) + data).hexdigest()
                except ValueError:
                    digest = ""
                if not body.endswith(f',"seq":{seq},"time":"{time}"}}'):
                    problems.add(_body_problem(seq, time, body))
                    moved = True
                elif digest != hash_hex:
                    problems.add(
                        f"seq {seq}: stored hash does not match the record (record edited "
                        "or hash changed)"
                    )
                elif linked and prev_hex != last_hex and prev_hex != alt_hex:
                    problems.add(
                        f"seq {seq}: prev_hash does not match the hash of seq {seq - 1} "
                        "(chain link broken)"
                    )
                last_hex = hash_hex
                alt_hex = digest
                # RFC 9162 leaf, then merge completed perfect subtrees (inlined push_leaf).
                h = sha256(b"\x00" + data).digest()
                n = count
                while n & 1:
                    h = node_hash(frontier.pop(), h)
                    n >>= 1
                frontier.append(h)
                count += 1
                expected += 1
                if count == next_size:
                    check_checkpoints(count, merkle.frontier_root(frontier))
                    next_cp += 1
                    next_size = sizes[next_cp] if next_cp < len(sizes) else -1

    for size in sizes[next_cp:]:
        for _ in by_size[size]:
            problems.add(
                f"checkpoint at size {size} (seq 0..{size - 1}) covers more entries than the "
                f"log holds ({count}): records deleted"
            )
    _check_head(head, count, expected, last_hex, frontier, problems)
    lines = problems.final()
    return VerifyReport(ok=not lines, height=count, checkpoints_verified=verified, problems=lines)


def _seqs(start: int, end: int) -> str:
    """`seq 5` or `seq 5..9` for the half-open range [start, end)."""
    return f"seq {start}" if end - start == 1 else f"seq {start}..{end - 1}"


def _gap(expected: int, seq: int) -> str:
    if seq == expected + 1:
        return f"seq {expected}: missing (record dropped)"
    return f"seq {expected}..{seq - 1}: missing ({seq - expected} records dropped)"


def _body_problem(seq: int, time: str, body: str) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        return f"seq {seq}: stored body is not valid JSON (record edited)"
    body_seq = parsed.get("seq") if isinstance(parsed, dict) else None
    if body_seq != seq:
        return (
            f"seq {seq}: stored record was written as seq {body_seq} "
            "(records reordered, moved or inserted)"
        )
    if parsed.get("time") != time:
        return f"seq {seq}: time column differs from the hashed record (record edited)"
    return f"seq {seq}: stored body is not in canonical form (record edited)"


def _checkpoint_ok(
    row: Any, root: bytes, keys: Mapping[str, Ed25519PublicKey], problems: _Problems
) -> bool:
    cp = Checkpoint(int(row.tree_size), row.root, row.time, row.key_id, row.signature)
    where = f"checkpoint at size {cp.size} (seq 0..{cp.size - 1})"
    key = keys.get(cp.key_id)
    if key is None:
        problems.add(f"{where}: signed by unknown key id {cp.key_id}")
        return False
    try:
        signature = bytes.fromhex(cp.signature)
    except ValueError:
        signature = b""
    if not signature_valid(key, signature, cp.statement()):
        problems.add(f"{where}: bad signature (key id {cp.key_id})")
        return False
    if cp.root != root.hex():
        problems.add(
            f"{where}: signed root does not match the entries (records edited, dropped, "
            f"inserted or reordered before seq {cp.size})"
        )
        return False
    return True


def _check_head(
    head: Any,
    count: int,
    end: int,
    last_hex: str,
    frontier: list[bytes],
    problems: _Problems,
) -> None:
    if head is None:
        problems.add(f"seq {end}: chain head row is missing (audit_head deleted)")
        return
    height = int(head.height)
    if height > end:
        problems.add(
            f"{_seqs(end, height)}: missing at the end; the chain head says height "
            f"{height} but the log ends at seq {end - 1} (tail truncated)"
        )
    elif height < end:
        problems.add(
            f"{_seqs(height, end)}: beyond the chain head's height {height} "
            "(records inserted after the head)"
        )
    elif head.last_hash != last_hex:
        problems.add(
            f"seq {end - 1}: hash differs from the chain head's last hash "
            "(head row mismatch: last record replaced)"
        )
    elif height == count and not problems.lines:
        # Only worth saying when nothing else is wrong: any edit above also changes it.
        stored = head.frontier
        if stored != "".join(h.hex() for h in frontier):
            problems.add(f"seq {end - 1}: chain head's Merkle frontier does not match the log")

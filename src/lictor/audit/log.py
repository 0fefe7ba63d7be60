"""The append-only audit log: a hash chain with signed RFC 9162 Merkle checkpoints.

Writers lock the one-row chain head in every transaction, so threads and
processes sharing a database extend one chain and never fork it. Inside a
process, concurrent appends share transactions (group commit): one fsync
acknowledges a whole batch.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from lictor.audit import merkle
from lictor.audit._format import FORMATS
from lictor.audit.interface import GENESIS_HASH, AuditEntry, Checkpoint, VerifyReport, entry_body
from lictor.audit.signing import Signer, load_public_key
from lictor.audit.verify import verify_log
from lictor.errors import AuditError
from lictor.model import canonical_json
from lictor.store import Database
from lictor.store.schema import (
    audit_checkpoints,
    audit_entries,
    audit_head,
    audit_keys,
    audit_nodes,
)

log = logging.getLogger(__name__)

NODE_LEVEL = 8
"""Subtree roots of 2**8 leaves and up are stored; proofs hash at most 255 leaves themselves."""

_PAGE = 2000  # rows per query when streaming entries: bounded memory, few round trips

# Built once: constructing Core statements per append cost more than the SQL itself.
_READ_HEAD = select(audit_head.c.height, audit_head.c.last_hash, audit_head.c.frontier).where(
    audit_head.c.id == 1
)
# FOR UPDATE on PostgreSQL; SQLite ignores it and relies on BEGIN IMMEDIATE.
_LOCK_HEAD = _READ_HEAD.with_for_update()
_UPDATE_HEAD = update(audit_head).where(audit_head.c.id == 1)
_INSERT_ENTRIES = insert(audit_entries)
_INSERT_NODES = insert(audit_nodes)
_ENTRY_KEYS = ("seq", "time", "body", "prev_hash", "hash", "decision_id")
_SQL_HEAD = "SELECT height, last_hash, frontier FROM audit_head WHERE id = 1"
_SQL_UPDATE_HEAD = "UPDATE audit_head SET height = ?, last_hash = ?, frontier = ? WHERE id = 1"
_SQL_INSERT_ENTRY = (
    "INSERT INTO audit_entries (seq, time, body, prev_hash, hash, decision_id) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_SQL_INSERT_NODE = "INSERT INTO audit_nodes (level, idx, hash) VALUES (?, ?, ?)"
_ENTRY_COLUMNS = (
    audit_entries.c.seq,
    audit_entries.c.time,
    audit_entries.c.body,
    audit_entries.c.prev_hash,
    audit_entries.c.hash,
)


class _WalCheckpointer:
    """When the appender's commits get copied from the SQLite WAL into the database file.

    Every EVERY_COMMITS commits the appender itself runs a PASSIVE checkpoint
    right after its commit, on its own connection: nothing else writes
    meanwhile, so the checkpoint completes and the next commit rewinds the
    WAL, writing over blocks the file already has. A thread of its own
    checkpoints commits that have waited EVERY_SECONDS, so a quiet log is
    synced too (the loss window of fast mode, see docs/audit.md).

    Measured against this (bench/decide.py mix, A/B): checkpoints on the
    thread alone never rewound the WAL under a steady stream of appends (it
    grew to the 128 MiB inline bound and each durable fsync also paid for
    allocating blocks); RESTART on the thread held the writer lock against
    the appender's next statement; PASSIVE on the thread, topped up by the
    appender, still cost the appender 7-11 ms per top-up. The sync happens
    here while nothing else writes: ~14 ms in fast mode (the WAL's 256
    unsynced commits), ~2 ms durable, paid by one append in 256. Every other
    connection has SQLite's own checkpoint pushed to 128 MiB (lictor.store),
    or the first of them to commit past 1,000 pages would pay it instead.
    """

    EVERY_COMMITS = 256
    """The appender checkpoints after this many of its commits (0.4% of appends pay it)..."""
    EVERY_SECONDS = 0.5
    """...and the thread checkpoints commits this old that no checkpoint has covered."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._pending = 0
        self._since = 0.0
        self._wake = threading.Event()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="lictor-wal-checkpoint", daemon=True)
        self._thread.start()

    def committed(self, conn: sqlite3.Connection) -> None:
        """Count a commit of the appender's; every EVERY_COMMITS, checkpoint on `conn`."""
        self._pending += 1
        if self._pending == 1:
            self._since = time.monotonic()
        elif self._pending >= self.EVERY_COMMITS:
            self._pending = 0
            _checkpoint(conn)

    def stop(self, *, wait: bool = True) -> None:
        self._stopped = True
        self._wake.set()
        if wait and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            log.warning("audit: no background WAL checkpoints for %s: %s", self._path, exc)
            return
        try:
            conn.execute("PRAGMA busy_timeout = 1000")
            while not self._stopped:
                self._wake.wait(self.EVERY_SECONDS / 2)
                waited = time.monotonic() - self._since
                if self._pending and (waited >= self.EVERY_SECONDS or self._stopped):
                    self._pending = 0
                    _checkpoint(conn)
        finally:
            conn.close()


def _checkpoint(conn: sqlite3.Connection) -> None:
    try:
        # fetchall: a statement left unfinished would hold a read lock on the WAL.
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:  # busy or gone: the next round tries again
        log.debug("audit: WAL checkpoint skipped: %s", exc)


def utc_now() -> str:
    """Now as ISO-8601 UTC with microseconds and a Z, the format of every audit time."""
    # "YYYY-MM-DDTHH:MM:SS.ffffff" then the "+00:00" replaced: cheaper than strftime.
    return datetime.now(UTC).isoformat(timespec="microseconds")[:26] + "Z"


class _Pending:
    """One record waiting for its transaction."""

    __slots__ = ("decision_id", "entry", "error", "record", "record_json")

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.record_json, self.record = _canonical_record(record)
        decision_id = self.record.get("decision_id")
        self.decision_id = decision_id if isinstance(decision_id, str) else None
        self.entry: AuditEntry | None = None
        self.error: str | None = None

    def result(self) -> AuditEntry:
        if self.entry is None:
            raise AuditError(self.error or "audit record was not written")
        return self.entry


class AuditLog:
    """The tamper-evident log of every decision, approval and outcome."""

    def __init__(self, db: Database, signer: Signer, *, checkpoint_every: int = 1024) -> None:
        if checkpoint_every < 1:
            raise AuditError(f"checkpoint_every must be at least 1, not {checkpoint_every}")
        self.db = db
        """Where the log lives."""
        self.signer = signer
        """The key that signs checkpoints."""
        self.checkpoint_every = checkpoint_every
        """A checkpoint is signed whenever the height crosses a multiple of this."""
        self._cv = threading.Condition(threading.Lock())
        self._queue: list[_Pending] = []
        self._committing = False
        self._raw: Any = None  # dedicated sqlite3 connection for the append path
        self._head: tuple[int, int, str, list[bytes]] | None = None
        """The head as `_raw` last committed it, with the data_version it saw then."""
        self._checkpointer: _WalCheckpointer | None = None
        self._ensure_head()

    # --- writing ---------------------------------------------------------------

    def append(self, record: Mapping[str, Any]) -> AuditEntry:
        """Append one record; when this returns it is committed (and on disk in durable mode)."""
        pending = _Pending(record)
        with self._cv:
            self._queue.append(pending)
            # Followers sleep while a leader commits; whoever wakes first with
            # work left over becomes the next leader and takes the whole queue.
            while self._committing and pending.entry is None and pending.error is None:
                self._cv.wait()
            if pending.entry is not None or pending.error is not None:
                return pending.result()
            self._committing = True
            batch, self._queue = self._queue, []
        self._lead(batch)
        return pending.result()

    def append_many(self, records: Iterable[Mapping[str, Any]]) -> list[AuditEntry]:
        """Append several records in one transaction (bulk loads)."""
        batch = [_Pending(r) for r in records]
        if not batch:
            return []
        with self._cv:
            while self._committing:
                self._cv.wait()
            self._committing = True
        self._lead(batch)
        return [p.result() for p in batch]

    def _lead(self, batch: list[_Pending]) -> None:
        """Commit a batch as leader, then hand leadership back and wake the followers."""
        error: str | None = None
        written: list[AuditEntry] = []
        try:
            if self.db.is_sqlite:
                written = self._write_batch_sqlite(batch)
            else:
                # The head row's lock (FOR UPDATE) orders appenders; no database-wide lock.
                with self.db.write(exclusive=False) as conn:
                    written = self._write_batch(conn, batch)
        except sqlite3.Error as exc:
            self._drop_raw()
            error = f"cannot append to the audit log at {self.db.url}: {exc}"
        except AuditError as exc:
            error = str(exc)
        except SQLAlchemyError as exc:
            orig = getattr(exc, "orig", None)
            reason = str(orig if orig is not None else exc).splitlines()[0]
            error = f"cannot append to the audit log at {self.db.url}: {reason}"
        except BaseException as exc:
            error = f"audit append failed: {type(exc).__name__}: {exc}"
            raise
        finally:
            with self._cv:
                # Entries are published only after the commit returned.
                for i, p in enumerate(batch):
                    if error is None:
                        p.entry = written[i]
                    else:
                        p.error = error
                self._committing = False
                self._cv.notify_all()

    def _chain(
        self, batch: list[_Pending], height: int, last_hash: str, frontier: list[bytes], now: str
    ) -> tuple[list[tuple[Any, ...]], list[tuple[int, int, str]], list[AuditEntry]]:
        """Hash-chain a batch onto the head: entry rows, new Merkle nodes, entries.

        `frontier` is extended in place.
        """
        prev_hex, prev = last_hash, bytes.fromhex(last_hash)
        sha256, leaf_hash, push_leaf = hashlib.sha256, merkle.leaf_hash, merkle.push_leaf
        rows: list[tuple[Any, ...]] = []
        nodes: list[tuple[int, int, str]] = []
        written: list[AuditEntry] = []
        for p in batch:
            body = entry_body(p.record_json, height, now)
            data = body.encode("utf-8")
            digest = sha256(prev + data).digest()
            digest_hex = digest.hex()
            for level, idx, node in push_leaf(frontier, height, leaf_hash(data)):
                if level >= NODE_LEVEL:
                    nodes.append((level, idx, node.hex()))
            rows.append((height, now, body, prev_hex, digest_hex, p.decision_id))
            written.append(AuditEntry(height, now, p.record, prev_hex, digest_hex))
            prev, prev_hex = digest, digest_hex
            height += 1
        return rows, nodes, written

    def _write_batch(self, conn: Connection, batch: list[_Pending]) -> list[AuditEntry]:
        height, last_hash, frontier = _locked_head(conn)
        now = utc_now()
        rows, nodes, written = self._chain(batch, height, last_hash, frontier, now)
        entry_rows = [dict(zip(_ENTRY_KEYS, r, strict=True)) for r in rows]
        for i in range(0, len(entry_rows), 5000):  # bounded statement size for bulk loads
            conn.execute(_INSERT_ENTRIES, entry_rows[i : i + 5000])
        if nodes:
            conn.execute(_INSERT_NODES, [{"level": a, "idx": b, "hash": c} for a, b, c in nodes])
        end = height + len(rows)
        last = written[-1].hash if written else last_hash
        conn.execute(
            _UPDATE_HEAD, {"height": end, "last_hash": last, "frontier": _frontier_text(frontier)}
        )
        if end // self.checkpoint_every > height // self.checkpoint_every:
            self._sign(conn, end, merkle.frontier_root(frontier), now)
        return written

    def _write_batch_sqlite(self, batch: list[_Pending]) -> list[AuditEntry]:
        # The same transaction as _write_batch, straight on the sqlite3
        # connection: SQLAlchemy's per-statement overhead was most of the cost
        # of a fast-mode append. BEGIN IMMEDIATE takes the file's writer lock,
        # so other processes still extend the same chain.
        raw = self._raw_sqlite()
        raw.execute("BEGIN IMMEDIATE")
        try:
            # The head this connection wrote last is still the head when no other
            # connection committed since: SQLite's data_version says so.
            version = raw.execute("PRAGMA data_version").fetchone()[0]
            known, self._head = self._head, None
            if known is not None and known[0] == version:
                _, height, last_hash, frontier = known
            else:
                row = raw.execute(_SQL_HEAD).fetchone()
                if row is None:
                    raise AuditError(
                        "the audit chain head row is missing; run `lictor audit verify`"
                    )
                height, last_hash, text = int(row[0]), str(row[1]), str(row[2])
                frontier = [bytes.fromhex(text[i : i + 64]) for i in range(0, len(text), 64)]
            now = utc_now()
            rows, nodes, written = self._chain(batch, height, last_hash, frontier, now)
            raw.executemany(_SQL_INSERT_ENTRY, rows)
            if nodes:
                raw.executemany(_SQL_INSERT_NODE, nodes)
            end = height + len(rows)
            last = written[-1].hash if written else last_hash
            raw.execute(_SQL_UPDATE_HEAD, (end, last, _frontier_text(frontier)))
            raw.execute("COMMIT")
            self._head = (version, end, last, frontier)
            if self._checkpointer is not None:
                self._checkpointer.committed(raw)
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
        if end // self.checkpoint_every > height // self.checkpoint_every:
            with self.db.write() as conn:
                size, _, head = _locked_head(conn)
                self._sign(conn, size, merkle.frontier_root(head), utc_now())
        return written

    def _raw_sqlite(self) -> sqlite3.Connection:
        if self._raw is None:
            self._raw = self.db.engine.raw_connection()
            conn = self._raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            path = self.db.engine.url.database
            if path and path != ":memory:" and self._checkpointer is None:
                # Checkpoints are ours: every 256 commits and for commits left
                # waiting (SQLite's own are pushed to 128 MiB by lictor.store).
                self._checkpointer = _WalCheckpointer(path)
                weakref.finalize(self, self._checkpointer.stop, wait=False)
        conn = self._raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return conn

    def close(self) -> None:
        """Stop the background checkpointer (the database is closed by its owner)."""
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None

    def _drop_raw(self) -> None:
        self._head = None
        if self._raw is not None:
            try:
                self._raw.invalidate()
            finally:
                self._raw = None

    def checkpoint(self) -> Checkpoint:
        """Sign and store the current tree head."""
        with self._cv:
            # Not strictly needed (the head lock orders writers) but avoids a
            # second in-process writer waiting on the database lock.
            while self._committing:
                self._cv.wait()
            self._committing = True
        try:
            with self.db.write(exclusive=False) as conn:
                height, _, frontier = _locked_head(conn)
                return self._sign(conn, height, merkle.frontier_root(frontier), utc_now())
        except SQLAlchemyError as exc:
            raise AuditError(f"cannot write a checkpoint: {exc}") from None
        finally:
            with self._cv:
                self._committing = False
                self._cv.notify_all()

    def _sign(self, conn: Connection, size: int, root: bytes, now: str) -> Checkpoint:
        unsigned = Checkpoint(size, root.hex(), now, self.signer.key_id, "")
        cp = replace(unsigned, signature=self.signer.sign(unsigned.statement()).hex())
        conn.execute(
            insert(audit_checkpoints).values(
                tree_size=cp.size,
                root=cp.root,
                time=cp.time,
                key_id=cp.key_id,
                signature=cp.signature,
            )
        )
        known = conn.execute(
            select(audit_keys.c.key_id).where(audit_keys.c.key_id == cp.key_id)
        ).first()
        if known is None:
            # Kept forever so checkpoints signed before a key rotation still verify.
            conn.execute(
                insert(audit_keys).values(
                    key_id=cp.key_id, public_key=self.signer.public_key_pem(), added=now
                )
            )
        return cp

    def _ensure_head(self) -> None:
        try:
            with self.db.write() as conn:
                if conn.execute(select(audit_head.c.id)).first() is not None:
                    return
                count = conn.execute(select(func.count()).select_from(audit_entries)).scalar()
                if count:
                    raise AuditError(
                        f"audit log at {self.db.url} has {count} entries but no chain head "
                        "row; it was tampered with (run `lictor audit verify`)"
                    )
                conn.execute(
                    insert(audit_head).values(id=1, height=0, last_hash=GENESIS_HASH, frontier="")
                )
        except IntegrityError:
            pass  # another process created the head at the same moment
        except SQLAlchemyError as exc:
            raise AuditError(f"cannot open the audit log at {self.db.url}: {exc}") from None

    # --- reading ---------------------------------------------------------------

    def height(self) -> int:
        """Number of entries (the next seq)."""
        with self.db.read() as conn:
            return int(conn.execute(select(audit_head.c.height)).scalar_one())

    def get(self, seq: int) -> AuditEntry | None:
        """The entry at `seq`, or None when there is none."""
        with self.db.read() as conn:
            row = conn.execute(select(*_ENTRY_COLUMNS).where(audit_entries.c.seq == seq)).first()
        return _entry(row) if row is not None else None

    def tail(self, n: int = 20) -> list[AuditEntry]:
        """The last `n` entries, oldest first."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_ENTRY_COLUMNS).order_by(audit_entries.c.seq.desc()).limit(max(n, 0))
            ).all()
        return [_entry(r) for r in reversed(rows)]

    def entries(self, start: int = 0, end: int | None = None) -> Iterator[AuditEntry]:
        """Entries with start <= seq < end, in order, read a page at a time."""
        seq = start
        while end is None or seq < end:
            query = select(*_ENTRY_COLUMNS).where(audit_entries.c.seq >= seq)
            if end is not None:
                query = query.where(audit_entries.c.seq < end)
            with self.db.read() as conn:
                rows = conn.execute(query.order_by(audit_entries.c.seq).limit(_PAGE)).all()
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            seq = int(rows[-1].seq) + 1

    def find(self, decision_id: str) -> list[AuditEntry]:
        """Every entry whose record carries this decision_id (the decision and its outcome)."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_ENTRY_COLUMNS)
                .where(audit_entries.c.decision_id == decision_id)
                .order_by(audit_entries.c.seq)
            ).all()
        return [_entry(r) for r in rows]

    def latest_checkpoint(self) -> Checkpoint | None:
        """The checkpoint covering the most entries, or None before the first."""
        with self.db.read() as conn:
            row = conn.execute(
                select(audit_checkpoints)
                .order_by(audit_checkpoints.c.tree_size.desc(), audit_checkpoints.c.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        return Checkpoint(int(row.tree_size), row.root, row.time, row.key_id, row.signature)

    # --- proofs ----------------------------------------------------------------

    def inclusion_proof(self, seq: int, tree_size: int) -> list[bytes]:
        """RFC 9162 inclusion proof of entry `seq` in the tree of the first `tree_size` entries."""
        with self.db.read() as conn:
            self._check_size(conn, tree_size)
            if not 0 <= seq < tree_size:
                raise AuditError(f"seq {seq} is not in a tree of size {tree_size}")
            return merkle.inclusion_path(seq, tree_size, _SubtreeReader(conn).root)

    def consistency_proof(self, old_size: int, new_size: int) -> list[bytes]:
        """RFC 9162 consistency proof that the tree of `new_size` extends the one of `old_size`."""
        with self.db.read() as conn:
            self._check_size(conn, new_size)
            if not 0 <= old_size <= new_size:
                raise AuditError(f"no consistency proof from size {old_size} to {new_size}")
            return merkle.consistency_path(old_size, new_size, _SubtreeReader(conn).root)

    def root(self, tree_size: int | None = None) -> bytes:
        """The Merkle root of the first `tree_size` entries (default: all)."""
        with self.db.read() as conn:
            height, _, frontier = _head(conn)
            if tree_size is None or tree_size == height:
                return merkle.frontier_root(frontier)
            self._check_size(conn, tree_size)
            if tree_size == 0:
                return merkle.EMPTY_ROOT
            return _SubtreeReader(conn).root(0, tree_size)

    @staticmethod
    def _check_size(conn: Connection, tree_size: int) -> None:
        height = _head(conn)[0]
        if not 0 <= tree_size <= height:
            raise AuditError(f"tree size {tree_size} is beyond the log's height {height}")

    # --- verification and export -------------------------------------------------

    def public_keys(self) -> dict[str, str]:
        """Public keys (PEM) by key id, of every key that signed a checkpoint here."""
        with self.db.read() as conn:
            rows = conn.execute(select(audit_keys.c.key_id, audit_keys.c.public_key)).all()
        return {str(k): str(v) for k, v in rows}

    def verify(self, public_keys: Mapping[str, bytes | str] | None = None) -> VerifyReport:
        """Re-hash every entry, recompute every checkpoint's root and check its signature.

        Without `public_keys`, trusts this log's signer and the keys recorded in
        the database; pass pinned keys to check against a copy an attacker
        could have rewritten.
        """
        problems: list[str] = []
        keys = {}
        if public_keys is None:
            keys[self.signer.key_id] = self.signer.public_key
            with self.db.read() as conn:
                stored = conn.execute(select(audit_keys.c.key_id, audit_keys.c.public_key)).all()
            for key_id, pem in stored:
                try:
                    keys.setdefault(key_id, load_public_key(pem))
                except AuditError as exc:
                    problems.append(f"stored key {key_id}: {exc}")
        else:
            for key_id, value in public_keys.items():
                try:
                    keys[key_id] = load_public_key(value)
                except AuditError as exc:
                    raise AuditError(f"public key {key_id}: {exc}") from None
        report = verify_log(self.db, keys)
        if problems:
            return replace(report, ok=False, problems=(*problems, *report.problems))
        return report

    def export(self, out: TextIO, fmt: str = "jsonl", start: int = 0) -> int:
        """Write entries from `start` on, one line each, in `fmt`; returns how many."""
        try:
            line_of = FORMATS[fmt]
        except KeyError:
            raise AuditError(
                f"unknown export format {fmt!r}; use one of: {', '.join(sorted(FORMATS))}"
            ) from None
        count = 0
        for entry in self.entries(start):
            out.write(line_of(entry))
            out.write("\n")
            count += 1
        return count


class _SubtreeReader:
    """MTH(D[start:end]) from stored subtree roots where they exist, else from the entries."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def root(self, start: int, end: int) -> bytes:
        n = end - start
        if n & (n - 1) == 0 and start % n == 0:
            return self._perfect(start, n)
        k = 1 << ((n - 1).bit_length() - 1)
        return merkle.node_hash(self.root(start, start + k), self.root(start + k, end))

    def _perfect(self, start: int, n: int) -> bytes:
        level = n.bit_length() - 1
        if level >= NODE_LEVEL:
            stored = self._conn.execute(
                select(audit_nodes.c.hash).where(
                    audit_nodes.c.level == level, audit_nodes.c.idx == start >> level
                )
            ).scalar()
            if stored is not None:
                return bytes.fromhex(stored)
        bodies = self._conn.execute(
            select(audit_entries.c.body)
            .where(audit_entries.c.seq >= start, audit_entries.c.seq < start + n)
            .order_by(audit_entries.c.seq)
        ).scalars()
        frontier: list[bytes] = []
        count = 0
        for body in bodies:
            merkle.push_leaf(frontier, count, merkle.leaf_hash(body.encode("utf-8")))
            count += 1
        if count != n:
            raise AuditError(
                f"entries {start}..{start + n - 1} are incomplete ({count} of {n}); "
                "run `lictor audit verify`"
            )
        return merkle.frontier_root(frontier)


def _canonical_record(record: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """Check a record is float-free JSON; return its canonical text and a private copy."""
    if not isinstance(record, Mapping):
        raise AuditError(f"an audit record must be a JSON object, not {type(record).__name__}")
    try:
        text = canonical_json(dict(record))
        text.encode("utf-8")
        # The copy is read back from the very text; a float fails the read, and a
        # copy unequal to the record means a key or value changed on the way
        # (a non-string key made a string, a tuple made a list...). All in C: a
        # walk over every value in Python cost more than encoding them.
        copy: dict[str, Any] = _FLOATLESS.decode(text)
        plain = copy == record
    except UnicodeEncodeError:
        raise AuditError("audit record contains text that is not valid UTF-8") from None
    except (TypeError, ValueError, RecursionError):
        plain = False
    if not plain:
        try:
            _explain_json(record, "record")  # raises for anything that is not plain JSON
            text = canonical_json(dict(record))  # plain after all: tuples or subclasses
        except RecursionError:
            raise AuditError("audit record is nested too deeply") from None
        except ValueError as e:  # a record that contains itself
            raise AuditError(f"audit record is not JSON: {e}") from None
        copy = json.loads(text)
    return text, copy


def _no_float(text: str) -> Any:
    raise ValueError(f"float {text}")


_FLOATLESS = json.JSONDecoder(parse_float=_no_float, parse_constant=_no_float)
"""Reads JSON, refusing floats; built once (json.loads with options builds one per call)."""


def _explain_json(value: Any, where: str) -> None:
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        raise AuditError(
            f"audit {where} is a float ({value!r}): floats have no canonical bytes; "
            "store an int (e.g. milliseconds) or a string"
        )
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise AuditError(f"audit {where} has a non-string key {key!r}")
            _explain_json(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _explain_json(item, f"{where}[{i}]")
    else:
        raise AuditError(f"audit {where} is a {type(value).__name__}, which is not JSON")


def _head(conn: Connection, *, lock: bool = False) -> tuple[int, str, list[bytes]]:
    row = conn.execute(_LOCK_HEAD if lock else _READ_HEAD).first()
    if row is None:
        raise AuditError("the audit chain head row is missing; run `lictor audit verify`")
    text = row.frontier
    frontier = [bytes.fromhex(text[i : i + 64]) for i in range(0, len(text), 64)]
    return int(row.height), row.last_hash, frontier


def _locked_head(conn: Connection) -> tuple[int, str, list[bytes]]:
    return _head(conn, lock=True)


def _frontier_text(frontier: list[bytes]) -> str:
    return "".join(h.hex() for h in frontier)


def _entry(row: Sequence[Any]) -> AuditEntry:
    seq, time, body, prev_hash, digest = row
    return AuditEntry(int(seq), time, json.loads(body)["record"], prev_hash, digest)

"""Live events for SSE: new audit entries (tailed from the store) and approval changes.

The audit log is tailed from the database, not hooked in memory, so decisions
made by other processes on the same store (hook daemon, CLI) show up too. The
tail runs only while someone listens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from lictor.audit import AuditEntry, AuditLog

log = logging.getLogger("lictor.server.feed")

TAIL_INTERVAL_S = 0.25
"""How often the audit table is read for new entries while someone listens."""
QUEUE_SIZE = 1000
"""Events buffered per listener; a listener that falls this far behind loses the oldest."""
MAX_BATCH = 500
"""Entries read per tail round."""


@dataclass(frozen=True)
class Event:
    """One thing that happened."""

    kind: str
    """`audit` or `approval`."""
    data: Any
    """An AuditEntry for `audit`, an Approval for `approval`."""


class Feed:
    """Fan-out of events to every SSE listener of one server."""

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit
        self._listeners: set[asyncio.Queue[Event]] = set()
        self._next_seq = -1
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Remember the server's loop, so other threads can publish into it."""
        self._loop = loop

    def publish_threadsafe(self, event: Event) -> None:
        """Publish from any thread (the approval queue calls this)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._publish, event)

    def _publish(self, event: Event) -> None:
        for queue in list(self._listeners):
            if queue.full():
                with contextlib.suppress(asyncio.QueueEmpty):
                    queue.get_nowait()
            queue.put_nowait(event)

    async def listen(self) -> AsyncIterator[Event]:
        """Events from now on, until the caller stops iterating."""
        queue: asyncio.Queue[Event] = asyncio.Queue(QUEUE_SIZE)
        self._listeners.add(queue)
        if self._task is None or self._task.done():
            self._next_seq = await run_in_threadpool(self.audit.height)
            self._task = asyncio.create_task(self._tail())
        try:
            while True:
                yield await queue.get()
        finally:
            self._listeners.discard(queue)

    async def _tail(self) -> None:
        while self._listeners:
            try:
                entries = await run_in_threadpool(self._read)
            except Exception:  # a busy or locked store: try again next round
                log.exception("audit tail failed")
                entries = []
            for entry in entries:
                self._publish(Event("audit", entry))
            if len(entries) < MAX_BATCH:
                await asyncio.sleep(TAIL_INTERVAL_S)

    def _read(self) -> list[AuditEntry]:
        start = self._next_seq
        entries = list(self.audit.entries(start, start + MAX_BATCH))
        if entries:
            self._next_seq = entries[-1].seq + 1
        return entries

    async def close(self) -> None:
        """Stop tailing."""
        self._listeners.clear()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

"""The MCP proxy's approval seam, backed by the approval inbox.

An `ask` waits for a human; an approval is spent by deciding the same action
again. That second decision must see the session's current flow labels, so
it first waits for the proxy's outcomes still being recorded (`settled`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio.to_thread

from lictor.model import Decision, Verdict

if TYPE_CHECKING:
    from lictor.approvals.queue import Approvals

ApprovalWaiter = Callable[[Decision, float], Awaitable[Verdict]]


def inbox_waiter(inbox: Approvals, settled: Callable[[str], Awaitable[None]]) -> ApprovalWaiter:
    """A waiter on `inbox`: allow only when approved within the timeout and allowed again."""

    async def wait(decision: Decision, timeout: float) -> Verdict:
        if decision.approval_id is None:
            return Verdict.DENY
        if await inbox.wait_async(decision.approval_id, timeout) is not Verdict.ALLOW:
            return Verdict.DENY
        await settled(decision.action.session)
        retried = await anyio.to_thread.run_sync(inbox.gate.decide, decision.action)
        return retried.verdict

    return wait

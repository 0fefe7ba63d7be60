"""Human approval of `ask` decisions: queue, approver roles and tokens, expiry, notifications.

approvals = Approvals(gate).install()          # the gate now opens one per ask
decision = gate.decide(action)                 # verdict ask, decision.approval_id set
approvals.decide(decision.approval_id, "approve_once", Approver("bob@example.com", Role.APPROVER))
gate.decide(action)                            # the same action: allowed, once
"""

from typing import TYPE_CHECKING

from lictor._lazy import lazy_exports

if TYPE_CHECKING:
    from lictor.approvals.interface import (
        DEFAULT_TTL_S,
        Approval,
        ApprovalError,
        Approver,
        Choice,
        Role,
        Settings,
        Status,
    )
    from lictor.approvals.notify import Webhook, slack_payload
    from lictor.approvals.queue import Approvals, load_settings
    from lictor.approvals.tokens import IssuedToken, TokenError, TokenInfo, Tokens

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Approval": "lictor.approvals.interface",
        "ApprovalError": "lictor.approvals.interface",
        "Approvals": "lictor.approvals.queue",
        "Approver": "lictor.approvals.interface",
        "Choice": "lictor.approvals.interface",
        "DEFAULT_TTL_S": "lictor.approvals.interface",
        "IssuedToken": "lictor.approvals.tokens",
        "Role": "lictor.approvals.interface",
        "Settings": "lictor.approvals.interface",
        "Status": "lictor.approvals.interface",
        "TokenError": "lictor.approvals.tokens",
        "TokenInfo": "lictor.approvals.tokens",
        "Tokens": "lictor.approvals.tokens",
        "Webhook": "lictor.approvals.notify",
        "load_settings": "lictor.approvals.queue",
        "slack_payload": "lictor.approvals.notify",
    },
)


__all__ = [
    "DEFAULT_TTL_S",
    "Approval",
    "ApprovalError",
    "Approvals",
    "Approver",
    "Choice",
    "IssuedToken",
    "Role",
    "Settings",
    "Status",
    "TokenError",
    "TokenInfo",
    "Tokens",
    "Webhook",
    "load_settings",
    "slack_payload",
]

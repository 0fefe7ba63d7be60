"""Human approval of `ask` decisions: queue, approver roles and tokens, expiry, notifications.

approvals = Approvals(gate).install()          # the gate now opens one per ask
decision = gate.decide(action)                 # verdict ask, decision.approval_id set
approvals.decide(decision.approval_id, "approve_once", Approver("bob@example.com", Role.APPROVER))
gate.decide(action)                            # the same action: allowed, once
"""

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

"""The nouns of approvals: an approval, the approver's choices, who approves, and the settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lictor.errors import LictorError

DEFAULT_TTL_S = 15 * 60
"""How long a pending approval waits for a human before it expires (and the action is denied)."""


class ApprovalError(LictorError):
    """An approval cannot be decided: unknown, already decided, expired, or not yours to decide."""


class Status(StrEnum):
    """Where an approval stands."""

    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
    EXPIRED = "expired"
    CONSUMED = "consumed"


class Choice(StrEnum):
    """What an approver can answer."""

    APPROVE_ONCE = "approve_once"
    APPROVE_TASK = "approve_task"
    DENY = "deny"
    DENY_REVOKE = "deny_revoke"

    @property
    def approves(self) -> bool:
        """True for the two approving choices."""
        return self in (Choice.APPROVE_ONCE, Choice.APPROVE_TASK)


class Role(StrEnum):
    """What a human's API token may do."""

    ADMIN = "admin"
    APPROVER = "approver"
    AUDITOR = "auditor"


DECIDING_ROLES = frozenset({Role.ADMIN, Role.APPROVER})
"""Roles that may answer an approval; agents never can."""


@dataclass(frozen=True)
class Approver:
    """A human acting on approvals, as authenticated."""

    name: str
    """Who: an e-mail or login; compared with the agent's owner for self-approval."""
    role: Role
    """Their role."""
    via: str = "token"
    """How they authenticated: `token` (API or dashboard) or `cli` (local user)."""


@dataclass(frozen=True)
class Settings:
    """How approvals behave in one project (`[approvals]` in `.lictor/config.toml`)."""

    ttl: int = DEFAULT_TTL_S
    """Seconds a pending approval waits before it expires (deny)."""
    allow_self_approval: bool = False
    """Let an agent's owner approve their own agent's requests."""
    webhook: str = ""
    """URL that gets a Slack-compatible JSON POST for each new approval; empty for none."""
    public_url: str = ""
    """Dashboard URL put in notifications (links to the inbox)."""


@dataclass(frozen=True)
class Approval:
    """One human decision asked for, bound to one action digest."""

    id: str
    """Approval id."""
    status: Status
    """pending, approved, denied, expired or consumed."""
    digest: str
    """SHA-256 of tool, arguments, targets and policy revision: what exactly is approved."""
    decision_id: str
    """The `ask` decision that opened it."""
    agent: str
    """Acting agent."""
    owner: str
    """The agent's accountable owner."""
    task: str
    """Task of the agent's grant; empty without one."""
    grant_id: str
    """Grant the credential carried; empty without one."""
    session: str
    """Session (agent run) it came from."""
    tool: str
    """Tool name."""
    created: int
    """Unix time opened."""
    expires_at: int
    """Unix time it expires unless decided."""
    context: Mapping[str, Any] = field(default_factory=dict)
    """What the approver sees: chain, redacted arguments, commands, diff, rules, reasons, labels."""
    choice: str = ""
    """The approver's choice once decided."""
    decided_by: str = ""
    """Who decided."""
    decided_at: int = 0
    """Unix time decided."""
    note: str = ""
    """The approver's note."""
    consumed_by: str = ""
    """Decision id of the retried action that used an approve-once."""

    def as_json(self) -> dict[str, Any]:
        """The approval as the API returns it."""
        return {
            "id": self.id,
            "status": self.status.value,
            "digest": self.digest,
            "decision_id": self.decision_id,
            "agent": self.agent,
            "owner": self.owner,
            "task": self.task,
            "grant": self.grant_id,
            "session": self.session,
            "tool": self.tool,
            "created": self.created,
            "expires_at": self.expires_at,
            "context": dict(self.context),
            "choice": self.choice,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "note": self.note,
            "consumed_by": self.consumed_by,
        }

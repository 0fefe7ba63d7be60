"""The nouns of identity: owners, agents, grants, credentials, leases, and what the gate gets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lictor.model import Reason

DEFAULT_LEEWAY_S = 30
"""Clock skew tolerated on `exp` and `nbf` (seconds)."""
DEFAULT_CREDENTIAL_TTL_S = 15 * 60
"""Lifetime of a credential when none is asked for."""
MAX_CREDENTIAL_TTL_S = 24 * 3600
"""Longest credential lifetime; a retired key verifies this long after its retirement."""
DEFAULT_LEASE_TTL_S = 5 * 60
"""Lifetime of a secret lease when none is asked for."""
UNLIMITED = -1
"""`max_uses` of a grant without a use limit."""
NO_GRANT: Mapping[str, Any] = {
    "present": False,
    "task": "",
    "target_granted": False,
    "seconds_left": 0,
}
"""`context.grant` when no grant applies."""


@dataclass(frozen=True)
class Owner:
    """An accountable human; disabling one stops every agent they own."""

    email: str
    """The owner's e-mail address (their id)."""
    disabled: bool
    """True once disabled: their agents' actions are denied."""
    created: str
    """When first recorded (ISO-8601 UTC)."""


@dataclass(frozen=True)
class Agent:
    """A registered AI actor."""

    name: str
    """Agent id (the credential's subject)."""
    owner: str
    """Accountable human's e-mail."""
    purpose: str
    """What the agent is for, in the owner's words."""
    roles: tuple[str, ...]
    """Roles Cedar policies can test (`principal.roles`)."""
    disabled: bool
    """True once disabled: every action is denied."""
    created: str
    """When registered (ISO-8601 UTC)."""


@dataclass(frozen=True)
class Grant:
    """Task-scoped, time-limited permission for one agent."""

    id: str
    """Grant id."""
    agent: str
    """The agent it was issued to (a sub-agent for a delegated grant)."""
    task: str
    """Task it belongs to; closing the task revokes it."""
    patterns: tuple[str, ...]
    """`--allow` patterns as written."""
    secrets: tuple[str, ...]
    """Secrets the agent may lease under it."""
    parent: str
    """Grant it was delegated from; empty for a root grant."""
    issued_at: int
    """Unix time issued."""
    expires_at: int
    """Unix time it ends."""
    max_uses: int
    """Allowed decisions it may be used for; -1 for no limit."""
    uses: int
    """Allowed decisions so far."""
    revoked: str
    """Why it was revoked; empty while it is not."""

    def state(self, now: float) -> str:
        """`active`, `revoked`, `expired` or `used-up`."""
        if self.revoked:
            return "revoked"
        if now >= self.expires_at:
            return "expired"
        if self.max_uses != UNLIMITED and self.uses >= self.max_uses:
            return "used-up"
        return "active"


@dataclass(frozen=True)
class IssuedCredential:
    """A freshly minted credential."""

    token: str
    """The signed JWT to hand to the agent."""
    jti: str
    """Its unique id (revoke with this)."""
    agent: str
    """The agent that presents it."""
    grant: str
    """Grant id it carries, empty for none."""
    expires_at: int
    """Unix time it expires."""
    chain: tuple[str, ...]
    """Owner, agent, sub-agents: who is accountable, outermost first."""


@dataclass(frozen=True)
class Claims:
    """What a verified credential says."""

    jti: str
    """Credential id."""
    subject: str
    """`sub`: the root agent the credential speaks for."""
    actors: tuple[str, ...]
    """Delegated actors from `act`, first delegate first; the last one is acting."""
    grant: str
    """Grant id, empty for none."""
    issued_at: int
    """`iat`."""
    not_before: int
    """`nbf`."""
    expires_at: int
    """`exp`."""
    kid: str
    """Id of the key that signed it."""

    @property
    def agent(self) -> str:
        """Who is acting: the innermost delegate, or the subject."""
        return self.actors[-1] if self.actors else self.subject


@dataclass(frozen=True)
class Authentication:
    """What stage 1 concluded: who acts, through which chain, under which grant."""

    principal: Mapping[str, Any]
    """The Cedar Agent attributes plus `id` and `chain`."""
    claims: Claims | None = None
    """The verified credential; None when none was presented."""
    grant: Grant | None = None
    """The grant the credential carries, as last read."""
    grant_chain: tuple[Grant, ...] = ()
    """The grant and its ancestors (delegation), the grant first."""
    denial: Reason | None = None
    """Why the action must be denied, when it must."""
    one_time: bool = False
    """The credential is spent by its first allowed decision."""

    @property
    def authenticated(self) -> bool:
        """True when a credential was presented and verified."""
        return self.claims is not None and self.denial is None


@dataclass(frozen=True)
class GrantCheck:
    """What the grant stage concluded for one action."""

    context: Mapping[str, Any]
    """`context.grant` for Cedar; `target_granted` when the grant names every target exactly."""
    denial: Reason | None = None
    """Why the grant does not allow the action."""


@dataclass(frozen=True)
class Lease:
    """A short-lived, audited right to read one secret for one task."""

    id: str
    """Lease id (check it with `lictor secret lease-check`)."""
    secret: str
    """Secret name."""
    version: int
    """Secret version leased; rotation makes the lease invalid."""
    agent: str
    """Acting agent."""
    task: str
    """Task of the grant that named the secret."""
    grant: str
    """That grant's id."""
    expires_at: int
    """Unix time the lease ends."""
    value: bytes = field(default=b"", repr=False)
    """The secret; only on the lease returned to the holder, never stored or audited."""


@dataclass(frozen=True)
class LeaseStatus:
    """Whether a lease is still good."""

    lease_id: str
    """The lease checked."""
    valid: bool
    """True while unexpired, unrotated and its grant and credential still stand."""
    reason: str
    """Why not, in one line; `ok` when valid."""

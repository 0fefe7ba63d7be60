"""Agent identity: accountable owners, signed credentials, task-scoped grants, leased secrets.

identity = gate.identity
identity.register_agent("coder", "alice@example.com", "writes the app")
grant = identity.issue_grant("coder", "T-123", ["Bash(pytest *)"], ttl=7200)
token = identity.issue_credential("coder", grant.id).token
gate.decide(Action("Bash", {"command": "pytest -q"}, credential=token))
"""

from typing import TYPE_CHECKING, Any

from lictor.identity.interface import (
    DEFAULT_LEEWAY_S,
    NO_GRANT,
    Agent,
    Authentication,
    Claims,
    Grant,
    GrantCheck,
    IssuedCredential,
    Lease,
    LeaseStatus,
    Owner,
)
from lictor.identity.patterns import Call, Pattern, parse_pattern, pattern_covers, uncovered

if TYPE_CHECKING:
    from lictor.identity.service import Identity


def __getattr__(name: str) -> Any:
    # The service pulls in PyJWT; the gate imports this package on every start
    # but needs the service only once a credential shows up.
    if name == "Identity":
        from lictor.identity.service import Identity

        return Identity
    raise AttributeError(name)


__all__ = [
    "DEFAULT_LEEWAY_S",
    "NO_GRANT",
    "Agent",
    "Authentication",
    "Call",
    "Claims",
    "Grant",
    "GrantCheck",
    "Identity",
    "IssuedCredential",
    "Lease",
    "LeaseStatus",
    "Owner",
    "Pattern",
    "parse_pattern",
    "pattern_covers",
    "uncovered",
]

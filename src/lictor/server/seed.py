"""Demo data for an empty database: two agents with owners, grants, and a short session.

The coder's session replays `lictor demo`'s script (benign steps, a poisoned
README, attacks) under a real credential; the release bot asks to deploy, which
leaves an approval pending for whoever opens the dashboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lictor.demo import SCRIPT

if TYPE_CHECKING:
    from lictor.gate import Gate

CODER, CODER_OWNER = "coder", "alice@example.com"
RELEASER, RELEASER_OWNER = "release-bot", "bob@example.com"
GRANT_TTL_S = 8 * 3600


def is_empty(gate: Gate) -> bool:
    """True when nothing was ever decided or registered here."""
    return gate.audit.height() == 0 and not gate.identity.agents()


def seed_demo(gate: Gate) -> dict[str, str]:
    """Register the demo agents, issue grants and credentials, and run the scripted session.

    Returns the session ids by agent. Decisions go through the gate itself, so
    the audit log, flow labels and approvals are exactly what a live run makes.
    """
    if gate.approvals is None:  # asks must open approvals, or the inbox starts empty
        from lictor.approvals import Approvals

        Approvals(gate).install()
    identity = gate.identity
    identity.register_agent(CODER, CODER_OWNER, "fixes failing tests in the fastcalc repo")
    identity.register_agent(RELEASER, RELEASER_OWNER, "ships reviewed releases to production")
    coder_grant = identity.issue_grant(
        CODER, "FASTCALC-42", ["Read", "Edit", "Write", "WebFetch", "Bash"], ttl=GRANT_TTL_S
    )
    release_grant = identity.issue_grant(
        RELEASER, "REL-7", ["Bash(kubectl *)", "Bash(git *)"], ttl=GRANT_TTL_S, max_uses=20
    )
    coder = gate.session(
        agent=CODER,
        credential=identity.issue_credential(CODER, coder_grant.id, ttl=GRANT_TTL_S).token,
    )
    coder.task("fix the failing test in src/calc.py")
    for step in SCRIPT:
        decision = coder.decide(step.tool, step.args)
        if decision.allowed:
            coder.record_result(decision, step.output)
    releaser = gate.session(
        agent=RELEASER,
        credential=identity.issue_credential(RELEASER, release_grant.id, ttl=GRANT_TTL_S).token,
    )
    releaser.decide("Bash", {"command": "git log --oneline -5"})
    releaser.decide("Bash", {"command": "kubectl --context prod apply -f k8s/release-1.4.yaml"})
    gate.audit.checkpoint()  # the overview shows a signed checkpoint from the start
    return {CODER: coder.id, RELEASER: releaser.id}

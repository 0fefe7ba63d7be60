"""Approve for the rest of a task: a real, exact, expiring grant through the identity service."""

from __future__ import annotations

from typing import Any

import pytest

from lictor.approvals import ApprovalError, Approvals, Approver, Role, Status
from lictor.model import Action, Verdict

BOB = Approver("bob@example.com", Role.APPROVER)
CAROL = Approver("carol@example.com", Role.ADMIN)
PUSH_MAIN = {"command": "git push origin HEAD:main"}


def _agent(approvals: Approvals, task: str = "T-1") -> tuple[str, str]:
    """A credential for coder under a Bash grant of `task`; returns (token, grant id)."""
    identity = approvals.gate.identity
    if not any(a.name == "coder" for a in identity.agents()):
        identity.register_agent("coder", "alice@example.com", "writes the app")
    grant = identity.issue_grant("coder", task, ["Bash"], ttl=3600)
    return identity.issue_credential("coder", grant.id, ttl=3600).token, grant.id


def _audit(approvals: Approvals, event: str) -> list[dict[str, Any]]:
    return [
        e.record
        for e in approvals.gate.audit.entries(0)
        if e.record.get("type") == "approval" and e.record.get("event") == event
    ]


def test_approve_for_task_issues_an_exact_grant_that_later_calls_meet(
    approvals: Approvals,
) -> None:
    gate = approvals.gate
    token, task_grant = _agent(approvals)
    push = Action("Bash", PUSH_MAIN, credential=token)
    d = gate.decide(push)
    assert d.verdict is Verdict.ASK and d.approval_id is not None
    pending = approvals.get(d.approval_id)
    assert pending.context["task_grant"] == ['Bash(command=="git push origin HEAD:main")']

    approvals.decide(d.approval_id, "approve_task", BOB, "release day")

    issued = [g for g in gate.identity.grants(agent="coder", task="T-1") if g.id != task_grant]
    assert len(issued) == 1
    grant = issued[0]
    assert grant.patterns == ('Bash(command=="git push origin HEAD:main")',)
    assert grant.expires_at <= gate.identity.grant(task_grant).expires_at
    [record] = _audit(approvals, "decide")
    assert record["approver"] == "bob@example.com" and record["choice"] == "approve_task"
    assert record["grant"] == grant.id and record["allow"] == list(grant.patterns)

    for _ in range(2):  # not consumed: every later identical push in T-1 is allowed
        again = gate.decide(push)
        assert again.allowed and again.rules[0] == "lictor.approval.task"
        assert grant.id in again.reasons[0].text
    # Exact, not "any push": another branch still asks a human.
    other = gate.decide(
        Action("Bash", {"command": "git push origin HEAD:release"}, credential=token)
    )
    assert other.verdict is Verdict.ASK


def test_the_grant_covers_the_task_not_one_credential_and_ends_when_revoked(
    approvals: Approvals,
) -> None:
    gate = approvals.gate
    token, _ = _agent(approvals, "T-1")
    d = gate.decide(Action("Bash", PUSH_MAIN, credential=token))
    assert d.approval_id is not None
    decided = approvals.decide(d.approval_id, "approve_task", BOB)
    grant_id = _audit(approvals, "decide")[0]["grant"]
    assert decided.status is Status.APPROVED

    second, _ = _agent(approvals, "T-1")  # a fresh credential on another grant of T-1
    assert gate.decide(Action("Bash", PUSH_MAIN, credential=second)).allowed
    elsewhere, _ = _agent(approvals, "T-2")
    assert gate.decide(Action("Bash", PUSH_MAIN, credential=elsewhere)).verdict is Verdict.ASK

    gate.identity.revoke_grant(grant_id, "changed my mind")
    after = gate.decide(Action("Bash", PUSH_MAIN, credential=token))
    assert after.verdict is Verdict.ASK  # back to a human, not silently allowed


def test_an_approval_taken_meanwhile_leaves_no_grant_behind(
    approvals: Approvals, monkeypatch: Any
) -> None:
    gate = approvals.gate
    token, task_grant = _agent(approvals)
    d = gate.decide(Action("Bash", PUSH_MAIN, credential=token))
    assert d.approval_id is not None
    issue = approvals._issue_task_grant

    def racing(approval: Any, approver: Approver) -> Any:
        granted = issue(approval, approver)
        approvals.decide(approval.id, "deny", CAROL)  # another approver answers first
        return granted

    monkeypatch.setattr(approvals, "_issue_task_grant", racing)
    with pytest.raises(ApprovalError, match=r"already denied by carol@example\.com"):
        approvals.decide(d.approval_id, "approve_task", BOB)
    extra = [g for g in gate.identity.grants(agent="coder", task="T-1") if g.id != task_grant]
    assert len(extra) == 1 and extra[0].state(gate.identity.clock()) == "revoked"
    assert gate.decide(Action("Bash", PUSH_MAIN, credential=token)).verdict is Verdict.ASK


def test_without_a_task_it_covers_the_session_and_issues_no_grant(approvals: Approvals) -> None:
    gate = approvals.gate
    push = Action("Bash", PUSH_MAIN, session="s1")  # the default, unauthenticated agent
    d = gate.decide(push)
    assert d.approval_id is not None
    assert approvals.get(d.approval_id).context["task_grant"] == []
    approvals.decide(d.approval_id, "approve_task", BOB)
    again = gate.decide(push)
    assert again.allowed and again.rules[0] == "lictor.approval.task"
    assert "session s1" in again.reasons[0].text
    assert gate.decide(Action("Bash", PUSH_MAIN, session="s2")).verdict is Verdict.ASK
    assert gate.identity.grants() == []


def test_without_a_task_or_session_approve_for_task_is_refused(approvals: Approvals) -> None:
    d = approvals.gate.decide(Action("Bash", PUSH_MAIN))
    assert d.approval_id is not None
    with pytest.raises(ApprovalError, match="neither a task nor a session"):
        approvals.decide(d.approval_id, "approve_task", BOB)
    assert approvals.get(d.approval_id).status is Status.PENDING

"""The approval inbox behind the gate: open on ask, answer, consume once, expire, restart."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from lictor.adapters.sdk import ActionDenied
from lictor.approvals import (
    ApprovalError,
    Approvals,
    Approver,
    Role,
    Settings,
    Status,
    Webhook,
)
from lictor.gate import open as open_gate
from lictor.model import Action, Verdict

PUSH = Action("Bash", {"command": "git push origin HEAD:main"}, session="s1")
BOB = Approver("bob@example.com", Role.APPROVER)


def test_ask_opens_an_approval_with_the_approvers_context(approvals: Approvals) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.verdict is Verdict.ASK and d.approval_id
    a = approvals.get(d.approval_id)
    assert a.status is Status.PENDING and a.decision_id == d.decision_id
    assert a.owner == "alice@example.com" and a.agent == "local-agent"
    assert a.context["commands"] == [["git", "push", "origin", "HEAD:main"]]
    assert "git.push-protected" in a.context["rules"]
    assert a.expires_at - a.created == 600
    # Asking again before anyone answers reuses the pending approval.
    assert approvals.gate.decide(PUSH).approval_id == a.id


def test_approve_once_allows_the_same_action_exactly_once(approvals: Approvals) -> None:
    gate = approvals.gate
    first = gate.decide(PUSH)
    assert first.approval_id is not None
    approvals.decide(first.approval_id, "approve_once", BOB)
    retried = gate.decide(PUSH)
    assert retried.verdict is Verdict.ALLOW
    assert retried.rules[0] == "lictor.approval.approved"
    assert approvals.get(first.approval_id).status is Status.CONSUMED
    # Spent: the next identical call asks again, and a different call never rode on it.
    assert gate.decide(PUSH).verdict is Verdict.ASK
    other = Action("Bash", {"command": "git push origin HEAD:master"}, session="s1")
    assert gate.decide(other).verdict is Verdict.ASK


def test_every_answer_is_audited_with_the_approver(approvals: Approvals) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    approvals.decide(d.approval_id, "deny", BOB, note="not on a Friday")
    records = [e.record for e in approvals.gate.audit.find(d.decision_id)]
    events = [(r["type"], r.get("event")) for r in records]
    assert events == [("decision", None), ("approval", "open"), ("approval", "decide")]
    decided = records[-1]
    assert decided["approver"] == "bob@example.com" and decided["approver_role"] == "approver"
    assert decided["choice"] == "deny" and decided["note"] == "not on a Friday"
    assert approvals.gate.audit.verify().ok


def test_denied_or_decided_twice_is_refused(approvals: Approvals) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    approvals.decide(d.approval_id, "deny", BOB)
    assert approvals.wait_verdict(d.approval_id, 0) is Verdict.DENY
    with pytest.raises(ApprovalError, match=r"already denied by bob@example\.com"):
        approvals.decide(d.approval_id, "approve_once", BOB)
    assert approvals.gate.decide(PUSH).verdict is Verdict.ASK


def test_owner_and_auditor_cannot_approve(approvals: Approvals) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    with pytest.raises(ApprovalError, match="owns agent local-agent"):
        approvals.decide(d.approval_id, "approve_once", Approver("alice@example.com", Role.ADMIN))
    with pytest.raises(ApprovalError, match="owns agent"):  # the local login of the owner too
        approvals.decide(d.approval_id, "approve_once", Approver("alice", Role.APPROVER, "cli"))
    with pytest.raises(ApprovalError, match="only admins and approvers"):
        approvals.decide(d.approval_id, "approve_once", Approver("carol@x.org", Role.AUDITOR))
    assert approvals.get(d.approval_id).status is Status.PENDING


def test_self_approval_when_the_project_allows_it(approvals: Approvals) -> None:
    lenient = Approvals(approvals.gate, Settings(ttl=600, allow_self_approval=True)).install()
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    lenient.decide(d.approval_id, "approve_once", Approver("alice@example.com", Role.ADMIN))
    assert approvals.gate.decide(PUSH).allowed


def test_expiry_denies_and_never_approves(approvals: Approvals, clock: Any) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    clock.now += 601
    assert approvals.wait_verdict(d.approval_id, 0) is Verdict.DENY
    assert approvals.get(d.approval_id).status is Status.EXPIRED
    with pytest.raises(ApprovalError, match="already expired"):
        approvals.decide(d.approval_id, "approve_once", BOB)
    events = [e.record.get("event") for e in approvals.gate.audit.find(d.decision_id)]
    assert events[-1] == "expire"
    assert approvals.gate.decide(PUSH).verdict is Verdict.ASK


def test_pending_survives_a_restart(workspace: Path, approvals: Approvals) -> None:
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    approvals.gate.close()
    with open_gate(workspace) as fresh:
        again = Approvals(fresh).install()
        assert again.get(d.approval_id).status is Status.PENDING
        again.decide(d.approval_id, "approve_once", BOB)
        assert fresh.decide(PUSH).allowed


def test_approve_once_is_spent_once_across_replicas_racing(
    workspace: Path, approvals: Approvals, clock: Any
) -> None:
    # Two gates on one store (two servers behind a load balancer), several
    # retries of the approved action at the same moment: exactly one runs.
    d = approvals.gate.decide(PUSH)
    assert d.approval_id is not None
    approvals.decide(d.approval_id, "approve_once", BOB)
    replica = open_gate(workspace)
    try:
        Approvals(replica, Settings(ttl=600), clock=clock).install()
        gates = [approvals.gate, replica]
        start = threading.Barrier(8)
        verdicts: list[Verdict] = []

        def retry(n: int) -> None:
            start.wait()
            verdicts.append(gates[n % 2].decide(PUSH).verdict)

        threads = [threading.Thread(target=retry, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        replica.close()
    assert sorted(v.value for v in verdicts) == ["allow"] + ["ask"] * 7
    assert approvals.get(d.approval_id).status is Status.CONSUMED
    assert approvals.gate.audit.verify().ok


def test_approve_for_task_covers_later_calls_until_the_grant_ends(
    approvals: Approvals, clock: Any
) -> None:
    gate = approvals.gate
    gate.identity.register_agent("coder", "alice@example.com", "writes the app")
    grant = gate.identity.issue_grant("coder", "T-1", ["Bash"], ttl=3600)
    token = gate.identity.issue_credential("coder", grant.id, ttl=3600).token
    push = Action("Bash", {"command": "git push origin HEAD:main"}, credential=token)
    d = gate.decide(push)
    assert d.approval_id is not None and approvals.get(d.approval_id).task == "T-1"
    approvals.decide(d.approval_id, "approve_task", BOB)
    for _ in range(3):  # not consumed: every later push to main in T-1 goes through
        again = gate.decide(push)
        assert again.allowed and again.rules[0] == "lictor.approval.task"
    gate.identity.revoke_grant(grant.id)
    assert not gate.decide(push).allowed


def test_long_session_ids_and_notes_with_nul_work_on_every_store(approvals: Approvals) -> None:
    # No task: "approve for the session" keys the scope on the session id itself.
    session = "sess-" + "x" * 300
    push = Action("Bash", {"command": "git push origin HEAD:main"}, session=session)
    d = approvals.gate.decide(push)
    assert d.approval_id is not None
    assert approvals.get(d.approval_id).session == session or not approvals.gate.database.is_sqlite
    approvals.decide(d.approval_id, "approve_task", BOB, note="ok\x00 for this run")
    again = approvals.gate.decide(push)
    assert again.allowed and again.rules[0] == "lictor.approval.task"
    other = Action("Bash", {"command": "git push origin HEAD:main"}, session=session + "y")
    assert approvals.gate.decide(other).verdict is Verdict.ASK


def test_deny_and_revoke_revokes_the_grant(approvals: Approvals) -> None:
    gate = approvals.gate
    gate.identity.register_agent("coder", "alice@example.com", "writes the app")
    grant = gate.identity.issue_grant("coder", "T-2", ["Bash"], ttl=3600)
    token = gate.identity.issue_credential("coder", grant.id).token
    d = gate.decide(Action("Bash", {"command": "git push origin HEAD:main"}, credential=token))
    assert d.approval_id is not None
    approvals.decide(d.approval_id, "deny_revoke", BOB)
    assert gate.identity.grant(grant.id).revoked
    after = gate.decide(Action("Bash", {"command": "ls"}, credential=token))
    assert after.verdict is Verdict.DENY and after.rules == ("lictor.grant.revoked",)


def test_write_approvals_show_the_diff(approvals: Approvals, workspace: Path) -> None:
    gate = approvals.gate
    (workspace / "deploy.sh").write_text("echo old\n")
    # Lockdown makes every side effect ask once untrusted content was seen.
    session = gate.session(agent="coder", lockdown=True)
    fetched = session.decide("WebFetch", {"url": "https://docs.python.org/3/", "prompt": "x"})
    session.record_result(fetched, "some web page")
    d = session.decide("Write", {"file_path": "deploy.sh", "content": "echo new\n"})
    assert d.verdict is Verdict.ASK and d.approval_id is not None
    ctx = approvals.get(d.approval_id).context
    assert "-echo old" in ctx["diff"] and "+echo new" in ctx["diff"]
    assert ctx["labels"]["untrusted_seen"] is True


def test_sdk_run_waits_for_the_human_and_proceeds(approvals: Approvals) -> None:
    gate = approvals.gate
    session = gate.session(agent="deployer")
    session.approval_timeout = 10

    def answer_when_asked() -> None:
        for _ in range(200):
            pending = approvals.recent(Status.PENDING)
            if pending:
                approvals.decide(pending[0].id, "approve_once", BOB)
                return
            time.sleep(0.02)

    helper = threading.Thread(target=answer_when_asked)
    helper.start()
    started = time.monotonic()
    result = session.run("Bash", {"command": "git push origin HEAD:main"}, lambda: "pushed")
    helper.join()
    assert result == "pushed"
    assert time.monotonic() - started < 5  # woken by the answer, not by a timeout


def test_sdk_run_raises_when_nobody_answers(approvals: Approvals) -> None:
    session = approvals.gate.session(agent="deployer")
    session.approval_timeout = 0.3
    with pytest.raises(ActionDenied, match="needs approval"):
        session.run("Bash", {"command": "git push origin HEAD:main"}, lambda: "pushed")


def test_webhook_posts_a_slack_payload(approvals: Approvals) -> None:
    received: list[dict[str, Any]] = []
    got = threading.Event()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(200)
            self.end_headers()
            got.set()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        approvals.subscribe(Webhook(Settings(webhook=url, public_url="http://lictor.test")))
        d = approvals.gate.decide(PUSH)
        assert got.wait(5), "the webhook was never called"
    finally:
        server.shutdown()
    payload = received[0]
    assert "local-agent" in payload["text"] and "git push origin HEAD:main" in payload["text"]
    assert payload["blocks"][0]["text"]["text"] == "Approval needed"
    assert f"/ui/approvals#{d.approval_id}" in json.dumps(payload["blocks"])

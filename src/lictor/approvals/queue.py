"""The approval queue: opened by the gate on `ask`, answered by humans, consumed by the retry.

The queue is the gate's approval hook (`gate.approvals = Approvals(gate)`):

* `settle` runs before an `ask` is audited: an approved approval for this very
  digest turns it into an allow, once; a task-wide approval covers it while the
  task's grant stands;
* `open` runs after the `ask` is audited and returns the approval id the
  decision carries.

State lives in the store, so a restarted server keeps its pending approvals and
a CLI in another process can answer them; waiters in this process are woken at
once, others notice within a second.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, select, update

from lictor.approvals.context import approval_digest, build_context, scope_key
from lictor.approvals.interface import (
    DECIDING_ROLES,
    Approval,
    ApprovalError,
    Approver,
    Choice,
    Settings,
    Status,
)
from lictor.approvals.task_grants import grant_allows
from lictor.errors import ConfigError, IdentityError
from lictor.model import Action, Decision, Reason, Verdict
from lictor.store.schema import approval_scopes, approvals

if TYPE_CHECKING:
    from pathlib import Path

    from lictor.gate import Evaluation, Gate
    from lictor.identity import Grant

log = logging.getLogger("lictor.approvals")

Listener = Callable[[Approval], None]
"""Called after an approval is opened, decided or expires (from whichever thread did it)."""

SESSION_SCOPE_S = 8 * 3600
"""How long "approve for the rest of this session" lasts for an agent without a task."""
CROSS_PROCESS_RECHECK_S = 1.0
"""How often a waiter re-reads the store, for answers given by another process (the CLI)."""


def load_settings(home: Path) -> Settings:
    """`[approvals]` of the project's config.toml; defaults when absent."""
    path = home / "config.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return Settings()
    section = data.get("approvals", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [approvals] must be a table")
    ttl = section.get("ttl", Settings.ttl)
    if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl < 1:
        raise ConfigError(f"{path}: approvals.ttl must be a positive number of seconds")
    allow_self = section.get("allow_self_approval", False)
    if not isinstance(allow_self, bool):
        raise ConfigError(f"{path}: approvals.allow_self_approval must be true or false")
    webhook = section.get("webhook", "")
    public_url = section.get("public_url", "")
    if not isinstance(webhook, str) or not isinstance(public_url, str):
        raise ConfigError(f"{path}: approvals.webhook and approvals.public_url must be strings")
    return Settings(ttl, allow_self, webhook, public_url)


class Approvals:
    """Open, answer, wait for and consume approvals of one project's gate."""

    def __init__(
        self,
        gate: Gate,
        settings: Settings | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.gate = gate
        self.settings = settings or load_settings(gate.config.home)
        self.clock = clock
        self._changed = threading.Condition()
        self._listeners: list[Listener] = []

    def install(self) -> Approvals:
        """Make this the gate's approval hook; returns self."""
        self.gate.approvals = self
        return self

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` for every approval opened, decided or expired here."""
        self._listeners.append(listener)

    # --- the gate's hook -----------------------------------------------------------

    def settle(
        self, action: Action, ev: Evaluation, revision: str, decision_id: str
    ) -> Reason | None:
        """An allow reason when a human already approved this ask; consumes an approve-once."""
        agent = str(ev.principal.get("id", action.agent))
        digest = approval_digest(action, ev.effects, revision)
        now = int(self.clock())
        with self.gate.database.write() as conn:
            row = conn.execute(
                select(approvals)
                .where(
                    approvals.c.digest == digest,
                    approvals.c.agent == agent,
                    approvals.c.status == Status.APPROVED.value,
                    approvals.c.choice == Choice.APPROVE_ONCE.value,
                    # An approve-once must be used while it is fresh, not hoarded.
                    approvals.c.decided_at + self.settings.ttl > now,
                )
                .order_by(approvals.c.decided_at)
                .limit(1)
            ).first()
            if row is not None:
                conn.execute(
                    update(approvals)
                    .where(approvals.c.id == row.id, approvals.c.status == Status.APPROVED.value)
                    .values(status=Status.CONSUMED.value, consumed_by=decision_id)
                )
                return Reason(
                    "lictor.approval.approved",
                    f"approved once by {row.decided_by} (approval {row.id})",
                    Verdict.ALLOW,
                )
            scope = _scope(ev.principal, action)
            if not scope:
                return None
            if scope.startswith("task:"):
                granted = conn.execute(
                    select(approval_scopes.c.grant_id, approval_scopes.c.approval_id)
                    .where(
                        approval_scopes.c.agent == agent,
                        approval_scopes.c.scope == scope,
                        approval_scopes.c.grant_id != "",
                        approval_scopes.c.expires_at > now,
                    )
                    .order_by(approval_scopes.c.expires_at.desc())
                ).all()
            else:
                standing = conn.execute(
                    select(approval_scopes).where(
                        approval_scopes.c.agent == agent,
                        approval_scopes.c.scope == scope,
                        approval_scopes.c.scope_key == scope_key(action.tool, ev.effects),
                        approval_scopes.c.expires_at > now,
                    )
                ).first()
        if scope.startswith("task:"):
            return self._task_grant_reason(action, ev, scope, granted)
        if standing is None:
            return None
        return Reason(
            "lictor.approval.task",
            f"approved for the rest of session {action.session} (approval {standing.approval_id})",
            Verdict.ALLOW,
        )

    def _task_grant_reason(
        self, action: Action, ev: Evaluation, scope: str, granted: Sequence[Row[Any, Any]]
    ) -> Reason | None:
        """Allow when a grant issued by a task approval allows this action (identity's check)."""
        for row in granted:
            try:
                grant = self.gate.identity.grant(row.grant_id)
            except IdentityError:
                continue
            if grant.state(self.gate.identity.clock()) != "active":
                continue
            if grant_allows(self.gate, grant, action, ev):
                return Reason(
                    "lictor.approval.task",
                    f"approved for the rest of {scope.replace(':', ' ', 1)}: grant {grant.id} "
                    f"(approval {row.approval_id}) allows {', '.join(grant.patterns)}",
                    Verdict.ALLOW,
                )
        return None

    def open(self, decision: Decision, ev: Evaluation) -> str:
        """Open (or reuse the pending) approval for an audited ask; returns its id."""
        action = decision.action
        principal = ev.principal
        agent = str(principal.get("id", action.agent))
        digest = approval_digest(action, decision.effects, decision.policy_revision)
        now = int(self.clock())
        with self.gate.database.write() as conn:
            pending = conn.execute(
                select(approvals.c.id).where(
                    approvals.c.digest == digest,
                    approvals.c.agent == agent,
                    approvals.c.status == Status.PENDING.value,
                    approvals.c.expires_at > now,
                )
            ).first()
            if pending is not None:
                return str(pending.id)  # the client asked again before anyone answered
            approval = Approval(
                id="a" + uuid.uuid4().hex[:15],
                status=Status.PENDING,
                digest=digest,
                decision_id=decision.decision_id,
                agent=agent,
                owner=str(principal.get("owner", "")),
                task=str(principal.get("task", "")),
                grant_id=str(principal.get("grant", "")),
                session=action.session,
                tool=action.tool,
                created=now,
                expires_at=now + self.settings.ttl,
                context=build_context(self.gate, decision, ev),
            )
            conn.execute(
                approvals.insert().values(
                    **_row_values(approval), scope_key=scope_key(action.tool, decision.effects)
                )
            )
        self.gate.audit.append(
            {
                "type": "approval",
                "event": "open",
                "approval_id": approval.id,
                "decision_id": decision.decision_id,
                "agent": agent,
                "owner": approval.owner,
                "session": action.session,
                "tool": action.tool,
                "digest": digest,
                "expires_at": approval.expires_at,
            }
        )
        self._changed_to(approval)
        return approval.id

    # --- reading -----------------------------------------------------------------

    def get(self, approval_id: str) -> Approval:
        """One approval (expired first if its time is up); ApprovalError when unknown."""
        self.expire_due()
        with self.gate.database.read() as conn:
            row = conn.execute(select(approvals).where(approvals.c.id == approval_id)).first()
        if row is None:
            raise ApprovalError(f"no approval {approval_id!r}")
        return _approval(row)

    def recent(self, status: Status | None = None, *, limit: int = 200) -> list[Approval]:
        """Approvals, newest first, optionally of one status."""
        self.expire_due()
        query = select(approvals).order_by(approvals.c.created.desc(), approvals.c.id)
        if status is not None:
            query = query.where(approvals.c.status == status.value)
        with self.gate.database.read() as conn:
            rows = conn.execute(query.limit(max(1, min(limit, 1000)))).all()
        return [_approval(r) for r in rows]

    def pending_count(self) -> int:
        """How many approvals wait for a human now."""
        now = int(self.clock())
        with self.gate.database.read() as conn:
            rows = conn.execute(
                select(approvals.c.id).where(
                    approvals.c.status == Status.PENDING.value, approvals.c.expires_at > now
                )
            ).all()
        return len(rows)

    # --- answering -------------------------------------------------------------------

    def decide(
        self, approval_id: str, choice: Choice | str, approver: Approver, note: str = ""
    ) -> Approval:
        """Record a human's answer (audited with who gave it); ApprovalError when refused."""
        try:
            choice = Choice(choice)
        except ValueError:
            options = ", ".join(c.value for c in Choice)
            raise ApprovalError(f"unknown choice {choice!r}; use one of: {options}") from None
        if approver.role not in DECIDING_ROLES:
            raise ApprovalError(
                f"{approver.name} is an {approver.role.value}; only admins and "
                "approvers may answer approvals"
            )
        self.expire_due()
        # A task grant is issued before the approval's own transaction (identity
        # writes in its own), and revoked again if the approval turns out taken.
        granted = None
        if choice is Choice.APPROVE_TASK:
            granted = self._issue_task_grant(self.get(approval_id), approver)
        now = int(self.clock())
        try:
            with self.gate.database.write() as conn:
                row = conn.execute(select(approvals).where(approvals.c.id == approval_id)).first()
                if row is None:
                    raise ApprovalError(f"no approval {approval_id!r}")
                current = _approval(row)
                if current.status is not Status.PENDING:
                    by = f" by {current.decided_by}" if current.decided_by else ""
                    raise ApprovalError(
                        f"approval {approval_id} is already {current.status.value}{by}"
                    )
                self._check_not_own(approver, current)
                status = Status.APPROVED if choice.approves else Status.DENIED
                conn.execute(
                    update(approvals)
                    .where(
                        approvals.c.id == approval_id, approvals.c.status == Status.PENDING.value
                    )
                    .values(
                        status=status.value,
                        choice=choice.value,
                        decided_by=approver.name,
                        decided_at=now,
                        note=note[:2000],
                    )
                )
                if choice is Choice.APPROVE_TASK:
                    self._add_scope(conn, current, row.scope_key, now, granted)
        except BaseException:
            if granted is not None:
                self.gate.identity.revoke_grant(granted.id, f"approval {approval_id} not taken")
            raise
        self.gate.audit.append(
            {
                "type": "approval",
                "event": "decide",
                "approval_id": approval_id,
                "decision_id": current.decision_id,
                "agent": current.agent,
                "owner": current.owner,
                "session": current.session,
                "tool": current.tool,
                "digest": current.digest,
                "choice": choice.value,
                "approver": approver.name,
                "approver_role": approver.role.value,
                "approver_via": approver.via,
                "note": note[:2000],
                **({"grant": granted.id, "allow": list(granted.patterns)} if granted else {}),
            }
        )
        if choice is Choice.DENY_REVOKE and current.grant_id:
            self.gate.identity.revoke_grant(
                current.grant_id, f"denied by {approver.name} in approval {approval_id}"
            )
        decided = self.get(approval_id)
        self._changed_to(decided)
        return decided

    def _check_not_own(self, approver: Approver, approval: Approval) -> None:
        if _same_person(approver.name, approval.owner) and not self.settings.allow_self_approval:
            raise ApprovalError(
                f"{approver.name} owns agent {approval.agent}: someone else must answer "
                "(or set approvals.allow_self_approval)"
            )

    def _issue_task_grant(self, approval: Approval, approver: Approver) -> Grant | None:
        """The grant "approve for the rest of this task" adds; None for a session-wide approval.

        ApprovalError, before anything changes, when the choice cannot be honoured.
        """
        if approval.status is not Status.PENDING:
            by = f" by {approval.decided_by}" if approval.decided_by else ""
            raise ApprovalError(f"approval {approval.id} is already {approval.status.value}{by}")
        self._check_not_own(approver, approval)
        if not (approval.task and approval.grant_id):
            if approval.session:
                return None  # no task to grant in: the standing approval covers the session
            raise ApprovalError(
                f"approval {approval.id} has neither a task nor a session; approve it once"
            )
        patterns = [str(p) for p in approval.context.get("task_grant", [])]
        if not patterns:
            raise ApprovalError(
                f"{approval.tool} here cannot be granted as an exact pattern (its arguments carry "
                "a secret or a value no pattern can state); approve it once"
            )
        identity = self.gate.identity
        try:
            parent = identity.grant(approval.grant_id)
            # Identity's clock, the one its grants expire by: never outlive the agent's grant.
            now = int(identity.clock())
            state = parent.state(now)
            if state != "active":
                raise ApprovalError(f"grant {parent.id} of task {approval.task} is {state}")
            # A second short: issue_grant reads the clock again and may land on the next second.
            return identity.issue_grant(
                approval.agent, approval.task, patterns, ttl=max(1, parent.expires_at - now - 1)
            )
        except IdentityError as e:
            raise ApprovalError(f"cannot grant for task {approval.task}: {e}") from None

    def _add_scope(
        self, conn: Connection, approval: Approval, key: str, now: int, granted: Grant | None
    ) -> None:
        if granted is not None:
            scope, expires = f"task:{approval.task}", granted.expires_at
        else:
            # Without a task (the default, unauthenticated agent) it covers the
            # session, for a working day at most.
            scope, expires = f"session:{approval.session}", now + SESSION_SCOPE_S
        conn.execute(
            approval_scopes.insert().values(
                id="s" + uuid.uuid4().hex[:15],
                approval_id=approval.id,
                agent=approval.agent,
                scope=scope,
                scope_key=key,
                grant_id=granted.id if granted is not None else "",
                expires_at=expires,
            )
        )

    def expire_due(self) -> list[Approval]:
        """Mark pending approvals past their time as expired (audited); returns them."""
        now = int(self.clock())
        with self.gate.database.write() as conn:
            rows = conn.execute(
                select(approvals).where(
                    approvals.c.status == Status.PENDING.value, approvals.c.expires_at <= now
                )
            ).all()
            if not rows:
                return []
            conn.execute(
                update(approvals)
                .where(approvals.c.id.in_([r.id for r in rows]))
                .values(status=Status.EXPIRED.value, decided_at=now)
            )
        expired = [_approval(r) for r in rows]
        for a in expired:
            a = _expired(a, now)
            self.gate.audit.append(
                {
                    "type": "approval",
                    "event": "expire",
                    "approval_id": a.id,
                    "decision_id": a.decision_id,
                    "agent": a.agent,
                    "session": a.session,
                    "tool": a.tool,
                    "digest": a.digest,
                }
            )
            self._changed_to(a)
        return expired

    # --- waiting -----------------------------------------------------------------------

    def wait(self, approval_id: str, timeout: float) -> Approval:
        """Block until the approval is answered or expires, at most `timeout` seconds."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            approval = self.get(approval_id)
            left = deadline - time.monotonic()
            if approval.status is not Status.PENDING or left <= 0:
                return approval
            with self._changed:
                self._changed.wait(min(left, CROSS_PROCESS_RECHECK_S))

    def wait_verdict(self, approval_id: str, timeout: float) -> Verdict:
        """`wait`, as a verdict: allow, deny, or ask while still pending."""
        try:
            return self.outcome(self.wait(approval_id, timeout))
        except ApprovalError:
            return Verdict.DENY

    async def wait_async(self, approval_id: str, timeout: float) -> Verdict:
        """`wait_verdict` for async callers (the MCP proxy's approval seam)."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self.wait_verdict, approval_id, timeout)

    def outcome(self, approval: Approval) -> Verdict:
        """allow once approved, deny when denied or expired, ask while pending."""
        if approval.status in (Status.APPROVED, Status.CONSUMED):
            return Verdict.ALLOW
        if approval.status is Status.PENDING:
            return Verdict.ASK
        return Verdict.DENY

    def _changed_to(self, approval: Approval) -> None:
        with self._changed:
            self._changed.notify_all()
        for listener in list(self._listeners):
            try:
                listener(approval)
            except Exception:  # a listener (feed, webhook) failing must not undo the answer
                log.exception("approval listener failed")

    def pending(self) -> Iterator[Approval]:
        """Pending approvals, oldest first."""
        yield from reversed(self.recent(Status.PENDING))


def _scope(principal: Any, action: Action) -> str:
    task = str(principal.get("task", "")) if hasattr(principal, "get") else ""
    if task:
        return f"task:{task}"
    return f"session:{action.session}" if action.session else ""


def _same_person(approver: str, owner: str) -> bool:
    a, o = approver.strip().lower(), owner.strip().lower()
    if not a or not o:
        return False
    # A local login `alice` is the owner `alice@example.com` too.
    return a == o or a == o.split("@", 1)[0] or a.split("@", 1)[0] == o


def _row_values(a: Approval) -> dict[str, Any]:
    return {
        "id": a.id,
        "status": a.status.value,
        "digest": a.digest,
        "decision_id": a.decision_id,
        "agent": a.agent,
        "owner": a.owner,
        "task": a.task,
        "grant_id": a.grant_id,
        "session": a.session,
        "tool": a.tool,
        "created": a.created,
        "expires_at": a.expires_at,
        "context": json.dumps(a.context, sort_keys=True),
        "choice": a.choice,
        "decided_by": a.decided_by,
        "decided_at": a.decided_at,
        "note": a.note,
        "consumed_by": a.consumed_by,
    }


def _approval(row: Row[Any]) -> Approval:
    return Approval(
        id=row.id,
        status=Status(row.status),
        digest=row.digest,
        decision_id=row.decision_id,
        agent=row.agent,
        owner=row.owner,
        task=row.task,
        grant_id=row.grant_id,
        session=row.session,
        tool=row.tool,
        created=int(row.created),
        expires_at=int(row.expires_at),
        context=json.loads(row.context),
        choice=row.choice,
        decided_by=row.decided_by,
        decided_at=int(row.decided_at),
        note=row.note,
        consumed_by=row.consumed_by,
    )


def _expired(a: Approval, now: int) -> Approval:
    return replace(a, status=Status.EXPIRED, decided_at=now)

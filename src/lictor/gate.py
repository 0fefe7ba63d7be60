"""The one decision path: `Gate.decide` before an action runs, `Gate.record_result` after.

Stages are plain functions applied in order (authenticate, classify, scan,
policy, audit); any error inside them is a deny, and the decision record is
durable in the audit log before `decide` returns.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from lictor.audit import AuditLog, load_or_create_signer
from lictor.classify import Classification, Manifest, Place, classify, load_manifest
from lictor.classify.manifest import OutputSpec
from lictor.errors import LictorError
from lictor.flow import (
    NEUTRAL_SESSION,
    FlowState,
    SessionLabels,
    action_tokens,
    effect_session,
    effect_summaries,
    is_hostile,
    output_flow,
    prompt_flow,
)
from lictor.identity.interface import NO_GRANT, Authentication
from lictor.model import (
    Action,
    Decision,
    Effect,
    Finding,
    Reason,
    Verdict,
    canonical_json,
    sha256_hex,
)
from lictor.policy import EffectVerdict, PolicySet, combine
from lictor.project import Config, load_config
from lictor.scan import Scanner, default_scanners, redact_value, scan_value
from lictor.store import Database, open_database

if TYPE_CHECKING:
    from lictor.adapters.sdk import Session
    from lictor.identity import Identity

log = logging.getLogger("lictor.gate")

MAX_STORED_ARG_CHARS = 64 * 1024
"""Arguments longer than this are stored truncated in the audit record (the digest covers all)."""

_FINDING_CLASS = {
    "secrets": "secret",
    "pii": "pii",
    "injection": "injection",
    "limits": "unscanned",
}


@dataclass(frozen=True)
class Evaluation:
    """Everything the gate concluded about an action, before it is audited."""

    verdict: Verdict
    """allow, deny or ask."""
    reasons: tuple[Reason, ...]
    """Rules that determined the verdict."""
    principal: Mapping[str, Any]
    """The agent as policy saw it."""
    effects: tuple[Effect, ...] = ()
    """What the action will do."""
    per_effect: tuple[EffectVerdict, ...] = ()
    """Policy's answer for each effect."""
    findings: tuple[Finding, ...] = ()
    """Scanner findings on the arguments."""
    notes: tuple[str, ...] = ()
    """How the action was understood."""
    commands: tuple[tuple[str, ...], ...] = ()
    """For shell actions, each command that will run."""
    redacted_args: Mapping[str, Any] = field(default_factory=dict)
    """Arguments with secrets and PII replaced, safe to store and show."""
    authentication: Authentication | None = None
    """Stage 1's result: who acts, through which chain, under which grant."""


class ApprovalHook(Protocol):
    """Where an `ask` goes for a human (the approval inbox: `lictor.approvals.Approvals`)."""

    def settle(
        self, action: Action, ev: Evaluation, revision: str, decision_id: str
    ) -> Reason | None:
        """An allow reason when a human already approved this very action (consumed)."""

    def open(self, decision: Decision, ev: Evaluation) -> str:
        """Open an approval for an audited ask; returns its id."""

    def wait_verdict(self, approval_id: str, timeout: float) -> Verdict:
        """Block up to `timeout` seconds for the answer: allow, deny, or ask while pending."""


@dataclass(frozen=True)
class Outcome:
    """What `record_result` concluded about an action's output."""

    decision_id: str
    """The decision this result belongs to."""
    findings: tuple[Finding, ...]
    """Scanner findings in the output."""
    audit_seq: int
    """Sequence number of the outcome record, -1 if it could not be audited."""

    @property
    def hostile(self) -> bool:
        """True when the output carried injected instructions (medium or worse)."""
        return is_hostile(self.findings)


class Gate:
    """The decision point every adapter hands actions to."""

    def __init__(
        self,
        config: Config,
        *,
        policies: PolicySet | None = None,
        manifest: Manifest | None = None,
        database: Database | None = None,
        scanners: Sequence[Scanner] | None = None,
    ) -> None:
        self.config = config
        self.policies = policies or PolicySet.load(config.policy_dir)
        self.manifest = manifest or load_manifest(config.manifests)
        self._database = database
        self._audit: AuditLog | None = None
        all_scanners = list(scanners) if scanners is not None else default_scanners()
        # Arguments go out: look for secrets and PII. Outputs come in: look for
        # everything, injection included.
        self.arg_scanners = [s for s in all_scanners if s.name in ("secrets", "pii")]
        self.output_scanners = all_scanners
        self.flow_enabled = config.flow_enabled
        """Session data flow on (the default); off, every session record is neutral."""
        self._lock = threading.Lock()
        self._flow_unknown: set[str] = set()
        """Sessions whose labels could not be stored: judged as if the worst came in."""
        self.approvals: ApprovalHook | None = None
        """The approval inbox, when one is installed; without it an ask stays a plain ask."""

    @property
    def database(self) -> Database:
        """The store, opened on first use (judging alone never touches it)."""
        with self._lock:
            if self._database is None:
                self._database = open_database(self.config.database, mode=self.config.audit_mode)
            return self._database

    @property
    def audit(self) -> AuditLog:
        """The audit log, opened on first use."""
        if self._audit is None:
            database = self.database
            with self._lock:
                if self._audit is None:
                    signer = load_or_create_signer(self.config.signing_key)
                    self._audit = AuditLog(
                        database, signer, checkpoint_every=self.config.checkpoint_every
                    )
        return self._audit

    @property
    def flow(self) -> FlowState:
        """Sessions' flow labels and token provenance, in the store."""
        return FlowState(self.database)

    @cached_property
    def identity(self) -> Identity:
        """Agents, owners, grants, credentials and secrets (the store is opened on first use)."""
        from lictor.identity import Identity

        return Identity(self.config, lambda: self.database, lambda: self.audit, self.manifest)

    # --- stages --------------------------------------------------------------

    def authenticate(self, action: Action) -> Authentication:
        """Stage 1: who is acting, through which delegation chain, under which grant.

        A credential is verified and resolved; any failure is a deny with its
        reason. Without one: the project's default agent, unauthenticated,
        unless the project requires credentials (`[agent] require_credentials`).
        """
        if action.credential or self.config.require_credentials:
            return self.identity.authenticate(action)
        agent = action.agent if action.agent and action.agent != "anonymous" else None
        agent = agent or self.config.default_agent
        principal = {
            "id": agent,
            "owner": self.config.owner,
            "roles": [],
            "chain_depth": 0,
            "authenticated": False,
            "chain": [self.config.owner, agent] if self.config.owner else [agent],
        }
        return Authentication(principal)

    def place(self, action: Action) -> Place:
        return Place(workspace=str(self.config.workspace), cwd=action.cwd)

    def evaluate(self, action: Action, *, session: Mapping[str, bool] | None = None) -> Evaluation:
        """Every stage but audit: a pure judgement, used by `decide` and `lictor policy test`.

        `session` judges the action as if its session had these flow facts
        (`untrusted_seen`, `target_untrusted`...; see docs/flow.md) instead of
        reading the store: how policy tests exercise the flow rules.
        """
        return self._evaluate(action, _canonical_args(action), session)

    def _evaluate(
        self, action: Action, args_json: str | None, facts: Mapping[str, bool] | None = None
    ) -> Evaluation:
        auth = self.authenticate(action)
        principal = auth.principal
        if auth.denial is not None:
            return Evaluation(Verdict.DENY, (auth.denial,), principal, authentication=auth)
        found: Classification = classify(
            action, self.manifest, self.place(action), args_json=args_json
        )
        # Stage 2: the credential's task grant must allow this very call.
        granted = (
            self.identity.check_grant(auth, action, found, self.place(action))
            if auth.claims is not None
            else None
        )
        findings = tuple(scan_value(dict(action.args), self.arg_scanners, "args"))
        redacted = redact_value(dict(action.args), findings) if findings else dict(action.args)
        context = {
            "tool": action.tool,
            "arg_findings": sorted({_FINDING_CLASS.get(f.scanner, f.scanner) for f in findings}),
            "grant": dict(granted.context if granted is not None else NO_GRANT),
            "session": dict(NEUTRAL_SESSION),
        }
        if granted is not None and granted.denial is not None:
            return Evaluation(
                Verdict.DENY,
                (granted.denial,),
                principal,
                found.effects,
                findings=findings,
                notes=found.notes,
                commands=found.commands,
                redacted_args=redacted,
                authentication=auth,
            )
        per_effect = tuple(self.policies.judge(principal, found.effects, context))
        if facts is not None and found.effects:
            per_effect = tuple(
                self.policies.judge(
                    principal,
                    found.effects,
                    context,
                    [
                        {
                            "session": {
                                **NEUTRAL_SESSION,
                                **facts,
                                "permitted_without_flow": first.verdict is not Verdict.DENY,
                            }
                        }
                        for first in per_effect
                    ],
                )
            )
        elif action.session and self.flow_enabled and found.effects:
            per_effect = self._judge_flow(action, found, principal, context, per_effect)
        verdict, reasons = combine(per_effect)
        if not found.effects:
            reasons = (
                Reason(
                    "lictor.classify.no-effect",
                    f"{action.tool} has no side effects in the tool manifest",
                    Verdict.ALLOW,
                ),
            )
        return Evaluation(
            verdict=verdict,
            reasons=reasons,
            principal=principal,
            effects=found.effects,
            per_effect=per_effect,
            findings=findings,
            notes=found.notes,
            commands=found.commands,
            redacted_args=redacted,
            authentication=auth,
        )

    def _judge_flow(
        self,
        action: Action,
        found: Classification,
        principal: Mapping[str, Any],
        context: Mapping[str, Any],
        neutral: tuple[EffectVerdict, ...],
    ) -> tuple[EffectVerdict, ...]:
        """Stage 4, flow: judge again with each effect's session record from the store.

        `neutral` (judged with the session labels off) says whether the rest of
        the policy permits each effect; flow's ask rules need it to escalate only.
        """
        shell = found.spec.shell if found.spec is not None else "command"
        tokens = action_tokens(action.args, found.effects, str(self.config.workspace), shell)
        hashes = {h for t in tokens for h in t.target | t.args}
        labels, trust = self.flow.lookup(action.session, hashes)
        if action.session in self._flow_unknown:
            labels = labels.merged(_WORST_LABELS)
        if not labels.known:
            return neutral  # nothing seen yet: every flow fact is false
        if self.config.flow_lockdown:
            labels = labels.merged(SessionLabels(lockdown=True))
        effect_context = [
            {
                "session": effect_session(
                    effect,
                    effect_tokens,
                    labels,
                    trust,
                    permitted_without_flow=first.verdict is not Verdict.DENY,
                )
            }
            for effect, effect_tokens, first in zip(found.effects, tokens, neutral, strict=True)
        ]
        return tuple(self.policies.judge(principal, found.effects, context, effect_context))

    # --- the path ------------------------------------------------------------

    def decide(self, action: Action) -> Decision:
        """Judge an action before it runs. Never raises: any failure is an audited deny."""
        decision_id = uuid.uuid4().hex
        # The arguments' canonical JSON, made once: size limit, digests and record share it.
        args_json = _canonical_args(action)
        try:
            ev = self._evaluate(action, args_json)
            if ev.verdict is Verdict.ASK and self.approvals is not None:
                # A human already approved this exact action: it runs (an approve-once is spent).
                approved = self.approvals.settle(action, ev, self.policies.revision, decision_id)
                if approved is not None:
                    ev = replace(ev, verdict=Verdict.ALLOW, reasons=(approved, *ev.reasons))
            auth = ev.authentication
            if ev.verdict is Verdict.ALLOW and auth is not None and auth.claims is not None:
                # Grant uses are spent by allowed decisions only, atomically across processes.
                spent = self.identity.consume(auth)
                if spent is not None:
                    ev = replace(ev, verdict=Verdict.DENY, reasons=(spent,))
        except Exception as e:  # fail closed, whatever broke
            ev = _failed(action, e)
        record = self._decision_record(decision_id, action, ev, args_json)
        try:
            entry = self.audit.append(record)
        except Exception as e:
            log.error("audit append failed, denying %s: %s", action.tool, e)
            return Decision(
                Verdict.DENY,
                (Reason("lictor.audit.unavailable", f"audit log unavailable (fail closed): {e}"),),
                decision_id,
                action,
                ev.effects,
                self.policies.revision,
                ev.findings,
            )
        decision = Decision(
            ev.verdict,
            ev.reasons,
            decision_id,
            action,
            ev.effects,
            self.policies.revision,
            ev.findings,
            audit_seq=entry.seq,
        )
        if ev.verdict is Verdict.ASK and self.approvals is not None:
            try:
                decision = replace(decision, approval_id=self.approvals.open(decision, ev))
            except Exception as e:  # no approval opened: the ask can only end as a deny
                log.error("opening an approval for %s failed: %s", decision_id, e)
        return decision

    def wait_for_approval(self, decision: Decision, timeout: float) -> Verdict:
        """The human's answer to an ask: allow or deny (deny when none comes within `timeout`)."""
        if decision.verdict is not Verdict.ASK:
            return decision.verdict
        if self.approvals is None or decision.approval_id is None:
            return Verdict.DENY
        verdict = self.approvals.wait_verdict(decision.approval_id, timeout)
        return Verdict.DENY if verdict is Verdict.ASK else verdict

    def record_result(
        self,
        decision: Decision | str,
        output: Any,
        *,
        error: str = "",
        tool: str = "",
        session: str = "",
        prescanned: Mapping[str, Sequence[Finding]] | None = None,
    ) -> Outcome:
        """Report what an action returned: the output is scanned and the outcome audited.

        `prescanned` maps scanner names to the findings a caller already got from
        them for this very output (the MCP proxy scans for injection before it
        answers); those scanners are not run again.
        """
        effects: list[dict[str, Any]] | None = None
        if isinstance(decision, Decision):
            decision_id, tool, session = (
                decision.decision_id,
                decision.action.tool,
                decision.action.session,
            )
            effects = effect_summaries(decision.effects)
        else:
            decision_id = decision
        try:
            scanners = self.output_scanners
            earlier: tuple[Finding, ...] = ()
            if prescanned:
                scanners = [s for s in scanners if s.name not in prescanned]
                earlier = tuple(f for found in prescanned.values() for f in found)
            fresh = scan_value(_jsonable(output), scanners, "output") if scanners else []
            # Limits findings (unscannable parts) come from both walks: keep one of each.
            findings = tuple(dict.fromkeys((*earlier, *fresh)))
        except Exception as e:  # unscannable output is untrusted, never a crash
            findings = (Finding("limits", "unscanned", "medium", "output", str(e)[:200]),)
        flow: dict[str, Any] = {}
        if self.flow_enabled:
            try:
                flow, tool, session = self._record_flow(
                    decision_id, tool, session, effects, output, findings
                )
            except Exception as e:  # the outcome is still audited; the session fails closed
                log.error("flow update for %s failed: %s", decision_id, e)
                flow = {"error": str(e)[:200], "assumed": "untrusted, hostile, private"}
                self._flow_failed(session)
        record: dict[str, Any] = {
            "type": "outcome",
            "decision_id": decision_id,
            "tool": tool,
            "session": session,
            "status": "error" if error else "ok",
            "error": error[:2000],
            "result_digest": _digest(output),
            "findings": [_finding_summary(f) for f in findings],
        }
        if flow:
            record["flow"] = flow
        try:
            seq = self.audit.append(record).seq
        except Exception as e:
            log.error("audit append of outcome %s failed: %s", decision_id, e)
            seq = -1
        return Outcome(decision_id, findings, seq)

    def _record_flow(
        self,
        decision_id: str,
        tool: str,
        session: str,
        effects: list[dict[str, Any]] | None,
        output: Any,
        findings: Sequence[Finding],
    ) -> tuple[dict[str, Any], str, str]:
        """Raise the session's labels and remember the output's tokens; returns a summary."""
        if effects is None or not tool or not session:
            # A hook process knows only the decision id: the audit record has the rest.
            for entry in self.audit.find(decision_id):
                if entry.record.get("type") == "decision":
                    tool = tool or str(entry.record.get("tool", ""))
                    session = session or str(entry.record.get("session", ""))
                    effects = list(entry.record.get("targets", []))
                    break
        if not session:
            return {}, tool, session
        spec = self.manifest.lookup(tool)
        flow = output_flow(
            output, spec.output if spec else OutputSpec(), findings, effects or [], decision_id
        )
        # The outcome's audit append follows at once; its commit makes this durable.
        self.flow.record(session, flow.labels, flow.tokens, synced_by_caller=True)
        summary = {
            "untrusted": flow.labels.untrusted_seen,
            "hostile": flow.labels.hostile_seen,
            "private": flow.labels.private_read,
            "tokens": len(flow.tokens),
        }
        return summary, tool, session

    def record_prompt(self, session: str, prompt: str, *, agent: str = "") -> Outcome:
        """Record a session's task prompt: the values it names become trusted.

        A destination the user typed ("open https://...", "reply to bob@...") may
        then be contacted. The prompt is scanned too: one carrying injected
        instructions (a pasted document) counts as untrusted, hostile content.
        """
        prompt_id = "prompt-" + uuid.uuid4().hex
        text = prompt if isinstance(prompt, str) else repr(prompt)
        value = {"text": text}
        findings = tuple(scan_value(value, self.output_scanners, "prompt"))
        flow = prompt_flow(text, findings, source=prompt_id)
        record = {
            "type": "prompt",
            "decision_id": prompt_id,
            "session": session,
            "agent": agent or self.config.default_agent,
            "prompt_digest": _digest(text),
            "prompt": _bounded(redact_value(value, findings, "prompt")),
            "findings": [_finding_summary(f) for f in findings],
            "tokens": len(flow.tokens),
        }
        if session and self.flow_enabled:
            try:
                # The audit append below commits right after: one fsync for both.
                self.flow.record(session, flow.labels, flow.tokens, synced_by_caller=True)
            except Exception as e:  # the prompt's values stay untrusted; the session fails closed
                log.error("flow update for the prompt of session %s failed: %s", session, e)
                self._flow_failed(session)
        try:
            seq = self.audit.append(record).seq
        except Exception as e:
            log.error("audit append of prompt for session %s failed: %s", session, e)
            seq = -1
        return Outcome(prompt_id, findings, seq)

    def _flow_failed(self, session: str) -> None:
        """What came into `session` is unknown: from now on judge it as the worst case.

        Remembered here, and written to the store when it can be so that other
        processes judging the same session (hooks, replicas) do the same.
        """
        if not session:
            return
        self._flow_unknown.add(session)
        try:
            self.flow.record(session, _WORST_LABELS)
        except Exception as e:
            log.error("cannot mark session %s as untrusted in the store: %s", session, e)

    def set_lockdown(self, session: str) -> None:
        """Put one session in lockdown: once it sees untrusted content, every side effect asks."""
        if session:
            self.flow.record(session, SessionLabels(lockdown=True))

    def session(
        self,
        *,
        agent: str = "",
        session_id: str = "",
        credential: str = "",
        lockdown: bool = False,
    ) -> Session:
        """A session bound to this gate: one agent run (in lockdown mode if asked)."""
        from lictor.adapters.sdk import Session

        return Session(
            self, agent=agent, session_id=session_id, credential=credential, lockdown=lockdown
        )

    def reload_policies(self) -> str:
        """Reload policies from disk (on error the current set stays); returns the revision."""
        fresh = PolicySet.load(self.config.policy_dir)
        with self._lock:
            self.policies = fresh
        return fresh.revision

    def close(self) -> None:
        if self._audit is not None:
            self._audit.close()
        if "identity" in self.__dict__:
            self.identity.close()
        if self._database is not None:
            self._database.close()

    def __enter__(self) -> Gate:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- records -------------------------------------------------------------

    def _decision_record(
        self, decision_id: str, action: Action, ev: Evaluation, args_json: str | None = None
    ) -> dict[str, Any]:
        return {
            "type": "decision",
            "decision_id": decision_id,
            "agent": str(ev.principal.get("id", action.agent)),
            "owner": str(ev.principal.get("owner", "")),
            "chain": [str(x) for x in ev.principal.get("chain", [])],
            "credential": str(ev.principal.get("credential", "")),
            "grant": str(ev.principal.get("grant", "")),
            "task": str(ev.principal.get("task", "")),
            "session": action.session,
            "tool": action.tool,
            "action_digest": _action_digest(action, args_json),
            "args_digest": sha256_hex(args_json) if args_json is not None else _digest(action.args),
            "args": _bounded(ev.redacted_args, _size_if_unredacted(args_json, ev)),
            "targets": [_effect_summary(e) for e in ev.effects],
            "verdict": ev.verdict.value,
            "rules": [r.rule for r in ev.reasons],
            "reasons": [r.text for r in ev.reasons],
            "findings": [_finding_summary(f) for f in ev.findings],
            "policy_revision": self.policies.revision,
        }


_WORST_LABELS = SessionLabels(untrusted_seen=True, hostile_seen=True, private_read=True)
"""A session whose inputs could not be tracked is judged as having seen all of this."""


def open(path: Path | str | None = None) -> Gate:
    """Open the gate of the Lictor project at `path` (or the nearest one above the cwd)."""
    return Gate(load_config(path))


def _failed(action: Action, error: Exception) -> Evaluation:
    if isinstance(error, LictorError):
        text = str(error)
    else:
        log.exception("gate stage failed for %s", action.tool)
        text = f"internal error ({type(error).__name__}: {error})"
    args = action.args if isinstance(action.args, Mapping) else {}
    return Evaluation(
        Verdict.DENY,
        (Reason("lictor.gate.error", f"{text} (fail closed)"),),
        {"id": action.agent},
        redacted_args={"_unparsed": True, "keys": sorted(str(k) for k in args)[:50]},
    )


def _effect_summary(effect: Effect) -> dict[str, Any]:
    t = effect.target
    out: dict[str, Any] = {"capability": effect.capability.value, "kind": t.kind.value}
    out["value"] = t.describe()[:1000]
    if t.host:
        out["host"] = t.host
    if t.kind.value == "path":
        out["in_workspace"] = t.in_workspace
    if effect.flags:
        out["flags"] = sorted(effect.flags)
    return out


def _finding_summary(f: Finding) -> dict[str, Any]:
    return {"scanner": f.scanner, "kind": f.kind, "severity": f.severity, "location": f.location}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, bytes, int, bool, type(None), list, dict, tuple)):
        return value
    return repr(value)


def _digest(value: Any) -> str:
    if isinstance(value, bytes):
        return sha256_hex(value)
    try:
        return sha256_hex(canonical_json(value))
    except (TypeError, ValueError, RecursionError):
        try:
            return sha256_hex(repr(value))
        except (RecursionError, ValueError):  # nested past the interpreter's limit
            return sha256_hex(f"unhashable:{type(value).__name__}:{id(value)}")


def _size_if_unredacted(args_json: str | None, ev: Evaluation) -> int | None:
    # Redaction rewrites the stored arguments, so only untouched ones share the size.
    if args_json is None or ev.findings:
        return None
    return len(args_json)


def _canonical_args(action: Action) -> str | None:
    """`canonical_json(dict(action.args))`, or None when the arguments are not JSON."""
    if not isinstance(action.args, Mapping):
        return None
    try:
        return canonical_json(dict(action.args))
    except (TypeError, ValueError, RecursionError):
        return None


def _action_digest(action: Action, args_json: str | None = None) -> str:
    try:
        return action.digest(args_json)
    except (TypeError, ValueError):
        return _digest(repr((action.tool, action.args)))


def _bounded(args: Mapping[str, Any], size: int | None = None) -> Any:
    # Floats cannot be hashed canonically, and huge values do not belong in the
    # log: store their text form, cut at a bound; the digest covers the whole.
    # `size`: the length of these very arguments' canonical JSON, when known.
    if size is not None and size <= MAX_STORED_ARG_CHARS // 2:
        # Far under the bound: floats' text forms cannot grow it past it.
        return _no_floats(args)
    try:
        text = canonical_json(_no_floats(args))
    except (TypeError, ValueError):
        return {"_repr": repr(args)[:MAX_STORED_ARG_CHARS]}
    if len(text) <= MAX_STORED_ARG_CHARS:
        return _no_floats(args)
    return {"_truncated": True, "_prefix": text[:MAX_STORED_ARG_CHARS]}


def _no_floats(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Mapping):
        return {str(k): _no_floats(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_floats(v) for v in value]
    return value

"""The REST API under /v1: decide and report, approvals, identity, policies, audit, findings.

Every route starts with `require(...)`, which authenticates the caller and
checks the route's group in `auth.PERMISSIONS`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from lictor.approvals import Choice, Role, Status
from lictor.audit._format import FORMATS
from lictor.errors import PolicyError
from lictor.model import Action, Decision, Finding
from lictor.policy import PolicySet
from lictor.server import queries
from lictor.server.app import ServerState
from lictor.server.auth import Principal, require
from lictor.server.metrics import CONTENT_TYPE
from lictor.store.schema import policy_revisions

router = APIRouter()

MAX_WAIT_S = 60.0
"""Longest a long-poll for an approval is held open; the client asks again after it."""

MAX_SEQ = 2**62
"""Largest sequence number a query may name (SQLite integers are 64-bit)."""

Name = Annotated[str, Field(min_length=1, max_length=128)]
Text = Annotated[str, Field(max_length=4096)]


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.lictor
    return state


class Strict(BaseModel):
    """Unknown fields are an error, so a typo is reported instead of ignored."""

    model_config = ConfigDict(extra="forbid")


@router.get("/healthz", tags=["health"])
async def healthz() -> dict[str, str]:
    """Liveness: the process answers (no authentication, no store access)."""
    return {"status": "ok"}


# --- decide and report -------------------------------------------------


class DecideIn(Strict):
    """One tool call, before it runs (the `Action` of the Python API)."""

    tool: str = Field(min_length=1, max_length=256, description="Tool name, e.g. Bash, Write.")
    args: dict[str, Any] = Field(default_factory=dict, description="Arguments, a JSON object.")
    session: str = Field("", max_length=200, description="Session (agent run) id.")
    agent: str = Field("", max_length=128, description="Agent id; an agent's credential sets it.")
    cwd: str = Field("", max_length=4096, description="Working directory of the action.")


class ReasonOut(BaseModel):
    rule: str
    text: str
    verdict: str


class DecisionOut(BaseModel):
    verdict: str = Field(description="allow, deny or ask.")
    decision_id: str
    reasons: list[ReasonOut]
    approval_id: str | None = Field(None, description="Set on ask: wait on it, then retry.")
    policy_revision: str
    audit_seq: int
    effects: list[dict[str, Any]]
    findings: list[dict[str, Any]]


def _decision_json(d: Decision) -> dict[str, Any]:
    """The `DecisionOut` shape as a plain dict: we built it, so it needs no validating."""
    return {
        "verdict": d.verdict.value,
        "decision_id": d.decision_id,
        "reasons": [
            {"rule": r.rule, "text": r.text, "verdict": r.verdict.value} for r in d.reasons
        ],
        "approval_id": d.approval_id,
        "policy_revision": d.policy_revision,
        "audit_seq": d.audit_seq,
        "effects": [
            {
                "capability": e.capability.value,
                "target": e.target.describe()[:1000],
                "kind": e.target.kind.value,
            }
            for e in d.effects
        ],
        "findings": _findings_json(d.findings),
    }


def _findings_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    return [
        {"scanner": f.scanner, "kind": f.kind, "severity": f.severity, "location": f.location}
        for f in findings
    ]


@router.post(
    "/v1/decide",
    response_model=DecisionOut,
    tags=["decide"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": DecideIn.model_json_schema()}},
        }
    },
    responses={422: {"description": "The body is not a valid DecideIn (precise message)."}},
)
async def decide(request: Request) -> JSONResponse:
    """Judge one action before it runs; audited before the answer is sent."""
    state = _state(request)
    who = require(state, request, "decide")
    # Validated straight from the bytes (pydantic's JSON parser): the hot path
    # skips FastAPI's json.loads and dependency solving.
    body = _decide_in(await request.body())
    started = time.perf_counter()
    action = Action(
        tool=body.tool,
        args=body.args,
        agent=who.name if who.is_agent else (body.agent or "anonymous"),
        session=body.session,
        credential=who.credential,
        cwd=body.cwd,
    )
    if state.decide_inline:
        # Fast audit: a decision is ~1 ms of CPU with no fsync to wait for, so
        # handing it to a thread would cost more (hop, GIL handover) than it frees.
        decision = state.gate.decide(action)
    else:
        # Durable audit waits on fsync; in threads, concurrent decisions share one commit.
        decision = await run_in_threadpool(state.gate.decide, action)
    state.metrics.observe_decision(decision.verdict.value, time.perf_counter() - started)
    return JSONResponse(_decision_json(decision))


def _decide_in(data: bytes) -> DecideIn:
    try:
        return DecideIn.model_validate_json(data)
    except ValidationError as e:
        # Reported like every other body: locations under `body`, 422.
        raise RequestValidationError(
            [{**err, "loc": ("body", *err["loc"])} for err in e.errors()]
        ) from None


class ResultIn(Strict):
    """What an allowed action returned."""

    decision_id: str = Field(min_length=1, max_length=64)
    output: Any = Field(None, description="The tool's output (any JSON).")
    error: str = Field("", max_length=2000, description="Error text when the action failed.")


class OutcomeOut(BaseModel):
    decision_id: str
    findings: list[dict[str, Any]]
    hostile: bool = Field(description="The output carried injected instructions.")
    audit_seq: int


@router.post("/v1/results", response_model=OutcomeOut, tags=["decide"])
def results(body: ResultIn, request: Request) -> OutcomeOut:
    """Report an action's output: scanned, flow labels raised, outcome audited."""
    state = _state(request)
    who = require(state, request, "results")
    records = [e.record for e in state.gate.audit.find(body.decision_id)]
    decided = next((r for r in records if r.get("type") == "decision"), None)
    if decided is None:
        raise HTTPException(404, f"no decision {body.decision_id!r} in the audit log")
    if who.is_agent and decided.get("agent") != who.name:
        raise HTTPException(403, f"decision {body.decision_id} belongs to another agent")
    outcome = state.gate.record_result(body.decision_id, body.output, error=body.error)
    return OutcomeOut(
        decision_id=outcome.decision_id,
        findings=_findings_json(outcome.findings),
        hostile=outcome.hostile,
        audit_seq=outcome.audit_seq,
    )


class PromptIn(Strict):
    """The user's task for a session: values it names become trusted for that session."""

    session: str = Field(min_length=1, max_length=200, description="Session (agent run) id.")
    prompt: str = Field(max_length=1024 * 1024, description="The task, as the user wrote it.")
    agent: str = Field("", max_length=128, description="Agent id; an agent's credential sets it.")


class PromptOut(BaseModel):
    prompt_id: str
    findings: list[dict[str, Any]]
    hostile: bool = Field(description="The prompt carried injected instructions.")
    audit_seq: int


@router.post("/v1/prompts", response_model=PromptOut, tags=["decide"])
def prompts(body: PromptIn, request: Request) -> PromptOut:
    """Record a session's task prompt (scanned and audited), as UserPromptSubmit hooks do."""
    state = _state(request)
    who = require(state, request, "results")
    agent = who.name if who.is_agent else body.agent
    outcome = state.gate.record_prompt(body.session, body.prompt, agent=agent)
    return PromptOut(
        prompt_id=outcome.decision_id,
        findings=_findings_json(outcome.findings),
        hostile=outcome.hostile,
        audit_seq=outcome.audit_seq,
    )


@router.post("/v1/sessions/{session}/lockdown", tags=["decide"])
def lockdown(
    session: Annotated[str, Path(min_length=1, max_length=200)], request: Request
) -> dict[str, Any]:
    """Put a session in lockdown: after untrusted content, every side effect needs approval.

    Lockdown only ever tightens, so an agent may ask it for its own runs.
    """
    state = _state(request)
    require(state, request, "results")
    state.gate.set_lockdown(session)
    return {"session": session, "lockdown": True}


# --- approvals -------------------------------------------------


class ApprovalDecideIn(Strict):
    """A human's answer."""

    choice: Choice = Field(description="approve_once, approve_task, deny or deny_revoke.")
    note: str = Field("", max_length=2000)


def _own(who: Principal, agent: str) -> None:
    if who.is_agent and agent != who.name:
        raise HTTPException(403, "an agent may only see its own approvals")


@router.get("/v1/approvals", tags=["approvals"])
def list_approvals(
    request: Request,
    status: Status | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[dict[str, Any]]:
    """Approvals, newest first (an agent sees its own)."""
    state = _state(request)
    who = require(state, request, "approvals.read")
    found = state.approvals.recent(status, limit=limit)
    return [a.as_json() for a in found if not who.is_agent or a.agent == who.name]


@router.get("/v1/approvals/{approval_id}", tags=["approvals"])
def get_approval(approval_id: str, request: Request) -> dict[str, Any]:
    """One approval with the approver's context."""
    state = _state(request)
    who = require(state, request, "approvals.read")
    approval = state.approvals.get(approval_id)
    _own(who, approval.agent)
    return approval.as_json()


@router.get("/v1/approvals/{approval_id}/wait", tags=["approvals"])
async def wait_approval(
    approval_id: str,
    request: Request,
    timeout: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 30.0,
) -> dict[str, Any]:
    """Long-poll: answers as soon as a human decides (or the approval expires), else at timeout."""
    state = _state(request)
    who = await run_in_threadpool(require, state, request, "approvals.read")
    approval = await run_in_threadpool(state.approvals.get, approval_id)
    _own(who, approval.agent)
    approval = await state.wait_approval(approval_id, timeout)
    out = approval.as_json()
    out["verdict"] = state.approvals.outcome(approval).value
    return out


@router.post("/v1/approvals/{approval_id}/decide", tags=["approvals"])
def decide_approval(approval_id: str, body: ApprovalDecideIn, request: Request) -> dict[str, Any]:
    """Approve once, approve for the task, deny, or deny and revoke the grant (audited)."""
    state = _state(request)
    who = require(state, request, "approvals.decide")
    return state.approvals.decide(approval_id, body.choice, who.approver(), body.note).as_json()


# --- identity -------------------------------------------------


class AgentIn(Strict):
    name: Name
    owner: str = Field(min_length=3, max_length=320, description="Accountable human's e-mail.")
    purpose: str = Field(min_length=1, max_length=2000)
    roles: list[Name] = Field(default_factory=list, max_length=32)


class GrantIn(Strict):
    agent: Name
    task: Name
    allow: list[Annotated[str, Field(min_length=1, max_length=1000)]] = Field(
        min_length=1, max_length=100
    )
    ttl: int = Field(ge=1, le=30 * 24 * 3600, description="Seconds the grant lasts.")
    max_uses: int | None = Field(None, ge=1, le=10**9)
    secrets: list[Name] = Field(default_factory=list, max_length=32)


class CredentialIn(Strict):
    agent: Name
    grant: str = Field("", max_length=32)
    ttl: int = Field(900, ge=1, le=24 * 3600)
    one_time: bool = False


class RevokeIn(Strict):
    reason: str = Field("revoked", max_length=500)


@router.get("/v1/agents", tags=["identity"])
def list_agents(request: Request) -> list[dict[str, Any]]:
    """Registered agents with their owners."""
    state = _state(request)
    require(state, request, "identity.read")
    return [
        {
            "name": a.name,
            "owner": a.owner,
            "purpose": a.purpose,
            "roles": list(a.roles),
            "disabled": a.disabled,
            "created": a.created,
        }
        for a in state.gate.identity.agents()
    ]


@router.post("/v1/agents", status_code=201, tags=["identity"])
def register_agent(body: AgentIn, request: Request) -> dict[str, Any]:
    """Register an agent under an accountable owner."""
    state = _state(request)
    require(state, request, "identity.write")
    a = state.gate.identity.register_agent(body.name, body.owner, body.purpose, body.roles)
    return {"name": a.name, "owner": a.owner, "purpose": a.purpose, "roles": list(a.roles)}


def _grant_json(g: Any) -> dict[str, Any]:
    return {
        "id": g.id,
        "agent": g.agent,
        "task": g.task,
        "allow": list(g.patterns),
        "secrets": list(g.secrets),
        "parent": g.parent,
        "issued_at": g.issued_at,
        "expires_at": g.expires_at,
        "max_uses": g.max_uses,
        "uses": g.uses,
        "revoked": g.revoked,
        "state": g.state(time.time()),
    }


@router.get("/v1/grants", tags=["identity"])
def list_grants(request: Request, agent: str = "", task: str = "") -> list[dict[str, Any]]:
    """Task grants, optionally of one agent or task."""
    state = _state(request)
    require(state, request, "identity.read")
    return [_grant_json(g) for g in state.gate.identity.grants(agent=agent, task=task)]


@router.post("/v1/grants", status_code=201, tags=["identity"])
def issue_grant(body: GrantIn, request: Request) -> dict[str, Any]:
    """Issue a task grant (patterns as in `lictor grant issue --allow`)."""
    state = _state(request)
    require(state, request, "identity.write")
    g = state.gate.identity.issue_grant(
        body.agent,
        body.task,
        body.allow,
        ttl=body.ttl,
        max_uses=body.max_uses,
        secrets=body.secrets,
    )
    return _grant_json(g)


@router.post("/v1/grants/{grant_id}/revoke", tags=["identity"])
def revoke_grant(grant_id: str, body: RevokeIn, request: Request) -> dict[str, Any]:
    """Revoke a grant and every grant delegated from it."""
    state = _state(request)
    require(state, request, "identity.write")
    return {"revoked": state.gate.identity.revoke_grant(grant_id, body.reason)}


@router.post("/v1/credentials", status_code=201, tags=["identity"])
def issue_credential(body: CredentialIn, request: Request) -> dict[str, Any]:
    """Mint an agent credential (the token is shown only in this answer)."""
    state = _state(request)
    require(state, request, "identity.write")
    c = state.gate.identity.issue_credential(
        body.agent, body.grant, ttl=body.ttl, one_time=body.one_time
    )
    return {
        "token": c.token,
        "jti": c.jti,
        "agent": c.agent,
        "grant": c.grant,
        "expires_at": c.expires_at,
        "chain": list(c.chain),
    }


@router.post("/v1/credentials/{jti}/revoke", tags=["identity"])
def revoke_credential(jti: str, body: RevokeIn, request: Request) -> dict[str, Any]:
    """Revoke a credential and every credential delegated from it."""
    state = _state(request)
    require(state, request, "identity.write")
    return {"revoked": state.gate.identity.revoke_credential(jti, body.reason)}


# --- API tokens -------------------------------------------------


class TokenIn(Strict):
    name: str = Field(min_length=1, max_length=320, description="Who holds it (an e-mail).")
    role: Role


@router.get("/v1/tokens", tags=["tokens"])
def list_tokens(request: Request) -> list[dict[str, Any]]:
    """API tokens (never their secrets)."""
    state = _state(request)
    require(state, request, "tokens")
    return [
        {
            "id": t.id,
            "name": t.name,
            "role": t.role.value,
            "created": t.created,
            "revoked": t.revoked,
        }
        for t in state.tokens.all()
    ]


@router.post("/v1/tokens", status_code=201, tags=["tokens"])
def create_token(body: TokenIn, request: Request) -> dict[str, Any]:
    """Make an API token; its secret is in this answer only."""
    state = _state(request)
    require(state, request, "tokens")
    issued = state.tokens.issue(body.name, body.role)
    return {
        "id": issued.info.id,
        "token": issued.token,
        "name": issued.info.name,
        "role": issued.info.role.value,
    }


@router.post("/v1/tokens/{token_id}/revoke", tags=["tokens"])
def revoke_token(token_id: str, request: Request) -> dict[str, Any]:
    """Revoke an API token."""
    state = _state(request)
    require(state, request, "tokens")
    state.tokens.revoke(token_id)
    return {"revoked": token_id}


# --- policies -------------------------------------------------


class PoliciesIn(Strict):
    files: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{1,100}\.cedar$")], str] = Field(
        min_length=1, max_length=200, description="File name -> Cedar text."
    )
    schema_text: str | None = Field(None, description="Cedar schema; the loaded one if absent.")


@router.get("/v1/policies", tags=["policies"])
def get_policies(request: Request) -> dict[str, Any]:
    """The loaded policy set: revision, rules with ids and reasons, files."""
    state = _state(request)
    require(state, request, "policies.read")
    p = state.gate.policies
    return {
        "revision": p.revision,
        "rules": [
            {
                "id": m.rule,
                "effect": m.effect,
                "verdict": m.verdict.value,
                "reason": m.reason,
                "file": m.file,
                "line": m.line,
            }
            for m in p.rules()
        ],
        "files": dict(p.files),
    }


@router.post("/v1/policies/validate", tags=["policies"])
def validate_policies(body: PoliciesIn, request: Request) -> dict[str, Any]:
    """Parse and validate Cedar files against the schema, without loading them."""
    state = _state(request)
    require(state, request, "policies.write")
    try:
        checked = PolicySet(body.files, body.schema_text or state.gate.policies.schema_text)
    except PolicyError as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "revision": checked.revision, "rules": len(checked.metas)}


@router.post("/v1/policies/reload", tags=["policies"])
def reload_policies(request: Request) -> dict[str, Any]:
    """Load the project's policy folder again; on error the current set stays (both recorded)."""
    state = _state(request)
    who = require(state, request, "policies.write")
    try:
        revision = state.gate.reload_policies()
    except PolicyError as e:
        state.record_policies(who.name, False, str(e), {}, "")
        raise HTTPException(400, f"policies not reloaded: {e}") from None
    p = state.gate.policies
    state.record_policies(who.name, True, "", dict(p.files), revision)
    state.gate.audit.append(
        {"type": "policy", "event": "reload", "revision": revision, "by": who.name}
    )
    return {"ok": True, "revision": revision, "rules": len(p.metas)}


@router.get("/v1/policies/revisions", tags=["policies"])
def policy_history(request: Request) -> list[dict[str, Any]]:
    """Every policy set loaded or refused, newest first."""
    state = _state(request)
    require(state, request, "policies.read")
    with state.gate.database.read() as conn:
        rows = conn.execute(
            select(policy_revisions).order_by(policy_revisions.c.id.desc()).limit(200)
        ).all()
    return [
        {
            "revision": r.revision,
            "loaded_at": r.loaded_at,
            "loaded_by": r.loaded_by,
            "ok": bool(r.ok),
            "error": r.error,
        }
        for r in rows
    ]


# --- audit and findings -------------------------------------------------


def _entry_json(e: Any) -> dict[str, Any]:
    return {"seq": e.seq, "time": e.time, "hash": e.hash, "record": e.record}


@router.get("/v1/audit", tags=["audit"])
def audit_query(
    request: Request,
    agent: Annotated[str, Query(max_length=200)] = "",
    verdict: Annotated[str, Query(pattern="^(|allow|deny|ask)$")] = "",
    tool: Annotated[str, Query(max_length=256)] = "",
    session: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[str, Query(max_length=32)] = "",
    since: Annotated[str, Query(max_length=40, description="ISO-8601 UTC, inclusive")] = "",
    until: Annotated[str, Query(max_length=40, description="ISO-8601 UTC, inclusive")] = "",
    before: Annotated[
        int | None, Query(ge=0, le=MAX_SEQ, description="Entries before this seq")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """Audit entries, newest first, filtered (scans at most the last 50,000 entries)."""
    state = _state(request)
    require(state, request, "audit.read")
    filters = queries.Filters(agent, verdict, tool, session, type, since, until)
    return [_entry_json(e) for e in queries.query(state.gate.audit, filters, limit, before)]


@router.get("/v1/audit/verify", tags=["audit"])
def audit_verify(request: Request) -> dict[str, Any]:
    """Re-hash the chain and check every signed checkpoint."""
    state = _state(request)
    require(state, request, "audit.verify")
    report = state.gate.audit.verify()
    cp = state.gate.audit.latest_checkpoint()
    return {
        "ok": report.ok,
        "height": report.height,
        "checkpoints_verified": report.checkpoints_verified,
        "problems": list(report.problems),
        "last_checkpoint": None
        if cp is None
        else {"size": cp.size, "root": cp.root, "time": cp.time, "key_id": cp.key_id},
    }


@router.get("/v1/audit/export", tags=["audit"])
def audit_export(
    request: Request,
    format: Annotated[str, Query(pattern="^(jsonl|ocsf)$")] = "jsonl",
    start: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
) -> StreamingResponse:
    """Every entry from `start` on, one JSON line each, streamed."""
    state = _state(request)
    require(state, request, "audit.export")
    line_of = FORMATS[format]

    def lines() -> Iterator[str]:
        for entry in state.gate.audit.entries(start):
            yield line_of(entry) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


@router.get("/v1/findings", tags=["audit"])
def list_findings(
    request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> list[dict[str, Any]]:
    """Scanner findings in arguments and outputs, newest first."""
    state = _state(request)
    require(state, request, "findings.read")
    return queries.findings(state.gate.audit, limit)


# --- health and metrics -------------------------------------------------


@router.get("/metrics", response_class=PlainTextResponse, tags=["health"])
def metrics(request: Request) -> PlainTextResponse:
    """Prometheus metrics (bearer token of an admin or auditor)."""
    state = _state(request)
    require(state, request, "metrics")
    return PlainTextResponse(state.metrics.render(), media_type=CONTENT_TYPE)

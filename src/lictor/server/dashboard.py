"""The dashboard under /ui: server-rendered pages, htmx for actions, SSE for the live feed.

Humans log in with their API token once; the browser then holds only a random
session id (HttpOnly, SameSite=Strict). State-changing requests also need
htmx's `HX-Request` header, which a cross-site form cannot send.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from lictor.approvals import Approval, ApprovalError, Status
from lictor.audit import AuditEntry
from lictor.server import queries
from lictor.server.app import HERE, ServerState
from lictor.server.auth import ADMIN, APPROVER, SESSION_COOKIE, SESSION_TTL_S, Principal
from lictor.server.feed import Event

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))

KEEPALIVE_S = 15.0
"""An SSE comment is sent this often so proxies keep the stream open."""
VERIFY_CACHE_S = 30.0
"""The overview's chain status is recomputed at most this often (verify reads every entry)."""

_verified: dict[int, tuple[float, dict[str, Any]]] = {}


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.lictor
    return state


def _user(request: Request) -> Principal:
    sid = request.cookies.get(SESSION_COOKIE, "")
    who = _state(request).sessions.get(sid) if sid else None
    if who is None:
        if request.headers.get("hx-request"):
            raise HTTPException(401, headers={"HX-Redirect": "/ui/login"})
        raise HTTPException(303, headers={"Location": "/ui/login"})
    return who


def _page(request: Request, name: str, who: Principal | None, **context: Any) -> HTMLResponse:
    context.update(
        user=who,
        can_decide=who is not None and who.role in (ADMIN, APPROVER),
        path=request.url.path,
    )
    return templates.TemplateResponse(request, name, context)


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse("/ui", status_code=303)


# --- login -------------------------------------------------


@router.get("/ui/login")
def login_page(request: Request, error: str = "") -> HTMLResponse:
    return _page(request, "login.html", None, error=error)


@router.post("/ui/login")
def login(request: Request, token: str = Form("")) -> Response:
    state = _state(request)
    info = state.tokens.resolve(token.strip())
    if info is None:
        return _page(request, "login.html", None, error="Unknown or revoked token.")
    sid = state.sessions.start(info)
    reply = RedirectResponse("/ui", status_code=303)
    reply.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_TTL_S, httponly=True, samesite="strict")
    return reply


@router.post("/ui/logout")
def logout(request: Request) -> RedirectResponse:
    _state(request).sessions.end(request.cookies.get(SESSION_COOKIE, ""))
    reply = RedirectResponse("/ui/login", status_code=303)
    reply.delete_cookie(SESSION_COOKIE)
    return reply


# --- overview -------------------------------------------------


def _chain_status(state: ServerState) -> dict[str, Any]:
    audit = state.gate.audit
    key = id(audit)
    cached = _verified.get(key)
    if cached is not None and time.monotonic() - cached[0] < VERIFY_CACHE_S:
        return cached[1]
    report = audit.verify()
    cp = audit.latest_checkpoint()
    status = {
        "ok": report.ok,
        "height": report.height,
        "problems": list(report.problems[:3]),
        "checkpoint": None
        if cp is None
        else {"size": cp.size, "time": cp.time[:19] + "Z", "root": cp.root[:16]},
    }
    _verified[key] = (time.monotonic(), status)
    return status


def _overview_context(state: ServerState) -> dict[str, Any]:
    ov = queries.overview(state.gate.audit)
    return {
        "ov": ov,
        "chart": queries.chart_svg(ov),
        "pending": state.approvals.recent(Status.PENDING, limit=5),
        "pending_count": state.approvals.pending_count(),
        "chain": _chain_status(state),
        "colours": queries.VERDICT_COLOURS,
        "now": int(time.time()),
    }


@router.get("/ui")
async def overview(request: Request) -> HTMLResponse:
    who = _user(request)
    context = await run_in_threadpool(_overview_context, _state(request))
    return _page(request, "overview.html", who, **context)


@router.get("/ui/overview/panel")
async def overview_panel(request: Request) -> HTMLResponse:
    who = _user(request)
    context = await run_in_threadpool(_overview_context, _state(request))
    return _page(request, "_overview_panel.html", who, **context)


# --- live feed -------------------------------------------------


def _filters(request: Request) -> queries.Filters:
    q = request.query_params
    return queries.Filters(
        agent=q.get("agent", "")[:200],
        verdict=q.get("verdict", "") if q.get("verdict", "") in ("allow", "ask", "deny") else "",
        tool=q.get("tool", "")[:256],
        session=q.get("session", "")[:200],
    )


@router.get("/ui/feed")
async def feed(request: Request) -> HTMLResponse:
    who = _user(request)
    filters = _filters(request)
    rows = await run_in_threadpool(queries.query, _state(request).gate.audit, filters, 100, None)
    return _page(
        request,
        "feed.html",
        who,
        rows=[_row(e) for e in rows],
        f=filters,
        query=str(request.url.query),
    )


@router.get("/ui/feed/stream")
async def feed_stream(request: Request) -> StreamingResponse:
    _user(request)
    state = _state(request)
    filters = _filters(request)
    row_template = templates.get_template("_feed_row.html")

    async def events() -> AsyncIterator[str]:
        listener = state.feed.listen()
        next_event: asyncio.Task[Event] | None = None
        yield ": connected\n\n"
        try:
            while not await request.is_disconnected():
                if next_event is None:
                    next_event = asyncio.ensure_future(listener.__anext__())
                done, _ = await asyncio.wait({next_event}, timeout=KEEPALIVE_S)
                if not done:
                    yield ": keepalive\n\n"
                    continue
                event = next_event.result()
                next_event = None
                if event.kind == "audit" and isinstance(event.data, AuditEntry):
                    if not filters.keeps(event.data):
                        continue
                    html = row_template.render(r=_row(event.data), fresh=True)
                    yield "event: audit\ndata: " + " ".join(html.split("\n")) + "\n\n"
                elif event.kind == "approval" and isinstance(event.data, Approval):
                    yield f"event: approval\ndata: {json.dumps(event.data.id)}\n\n"
        finally:
            if next_event is not None:
                next_event.cancel()
            with contextlib.suppress(Exception):
                await listener.aclose()  # type: ignore[attr-defined]

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _row(e: AuditEntry) -> dict[str, Any]:
    r = e.record
    args = r.get("args") if isinstance(r.get("args"), dict) else {}
    what = ""
    for key in ("command", "file_path", "url", "path", "query"):
        if isinstance(args, dict) and args.get(key):
            what = str(args[key])
            break
    kind = str(r.get("type", ""))
    if kind == "approval":
        what = f"{r.get('event', '')} {r.get('approval_id', '')}"
        if r.get("approver"):
            what += f" — {r.get('choice', '')} by {r.get('approver')}"
    elif kind == "outcome":
        flow = r.get("flow") or {}
        labels = [k for k in ("untrusted", "hostile", "private") if flow.get(k)]
        what = "output " + (r.get("status") or "ok") + (f" [{', '.join(labels)}]" if labels else "")
    elif kind == "identity":
        what = f"{r.get('event', '')} {r.get('outcome', '')}"
    rules = r.get("rules") or []
    return {
        "seq": e.seq,
        "time": e.time[11:19],
        "date": e.time[:10],
        "type": kind,
        "agent": str(r.get("agent", "")),
        "tool": str(r.get("tool", "")),
        "verdict": str(r.get("verdict", "")),
        "session": str(r.get("session", "")),
        "what": what[:160],
        "rule": str(rules[0]) if rules else "",
        "reason": str((r.get("reasons") or [""])[0])[:200] if r.get("reasons") else "",
        "findings": [
            f"{f.get('scanner')}:{f.get('kind')}"
            for f in r.get("findings") or []
            if isinstance(f, dict)
        ],
        "flow": r.get("flow") or {},
    }


# --- sessions -------------------------------------------------


def _sessions(state: ServerState) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for e in queries.backwards(state.gate.audit):
        r = e.record
        sid = str(r.get("session", ""))
        if not sid or r.get("type") != "decision":
            continue
        s = seen.setdefault(
            sid,
            {
                "id": sid,
                "agent": r.get("agent", ""),
                "last": e.time[:19],
                "first": e.time[:19],
                "allow": 0,
                "ask": 0,
                "deny": 0,
            },
        )
        s["first"] = e.time[:19]
        verdict = str(r.get("verdict", ""))
        if verdict in ("allow", "ask", "deny"):
            s[verdict] += 1
        if len(seen) >= 100 and sid not in seen:
            break
    return list(seen.values())


@router.get("/ui/sessions")
async def sessions(request: Request) -> HTMLResponse:
    who = _user(request)
    found = await run_in_threadpool(_sessions, _state(request))
    return _page(request, "sessions.html", who, sessions=found)


def _timeline(state: ServerState, sid: str) -> dict[str, Any]:
    entries = queries.query(state.gate.audit, queries.Filters(session=sid), 500, None)
    steps = [_row(e) for e in reversed(entries)]
    labels = state.gate.flow.labels(sid)
    running = {"untrusted": False, "hostile": False, "private": False}
    for step in steps:
        for k in running:
            running[k] = running[k] or bool(step["flow"].get(k))
        step["labels_after"] = dict(running)
    return {
        "sid": sid,
        "steps": steps,
        "labels": labels,
        "agent": next((s["agent"] for s in steps if s["agent"]), ""),
    }


@router.get("/ui/sessions/{sid}")
async def session_view(sid: str, request: Request) -> HTMLResponse:
    who = _user(request)
    context = await run_in_threadpool(_timeline, _state(request), sid[:200])
    return _page(request, "session.html", who, **context)


# --- approvals -------------------------------------------------


def _inbox(state: ServerState) -> dict[str, Any]:
    pending = list(reversed(state.approvals.recent(Status.PENDING, limit=100)))
    decided = [a for a in state.approvals.recent(limit=60) if a.status is not Status.PENDING][:30]
    return {"pending": pending, "decided": decided, "now": int(time.time())}


@router.get("/ui/approvals")
async def approvals_page(request: Request) -> HTMLResponse:
    who = _user(request)
    context = await run_in_threadpool(_inbox, _state(request))
    return _page(request, "approvals.html", who, **context)


@router.get("/ui/approvals/list")
async def approvals_list(request: Request) -> HTMLResponse:
    who = _user(request)
    context = await run_in_threadpool(_inbox, _state(request))
    return _page(request, "_approvals_list.html", who, **context)


@router.post("/ui/approvals/{approval_id}/decide")
async def approvals_decide(
    approval_id: str, request: Request, choice: str = Form(...), note: str = Form("")
) -> HTMLResponse:
    who = _user(request)
    if not request.headers.get("hx-request"):
        raise HTTPException(400, "use the dashboard's buttons")
    state = _state(request)
    error = ""
    try:
        await run_in_threadpool(
            state.approvals.decide, approval_id, choice, who.approver("dashboard"), note
        )
    except ApprovalError as e:
        error = str(e)
    context = await run_in_threadpool(_inbox, state)
    return _page(request, "_approvals_list.html", who, error=error, **context)


# --- agents and findings -------------------------------------------------


@router.get("/ui/agents")
async def agents_page(request: Request) -> HTMLResponse:
    who = _user(request)
    identity = _state(request).gate.identity
    agents = await run_in_threadpool(identity.agents)
    grants = await run_in_threadpool(identity.grants)
    now = time.time()
    return _page(
        request, "agents.html", who, agents=agents, grants=[(g, g.state(now)) for g in grants]
    )


@router.get("/ui/findings")
async def findings_page(request: Request) -> HTMLResponse:
    who = _user(request)
    rows = await run_in_threadpool(queries.findings, _state(request).gate.audit, 300)
    return _page(request, "findings.html", who, rows=rows)

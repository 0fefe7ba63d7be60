"""The FastAPI application: REST API under /v1, dashboard under /ui, live feed, metrics.

gate = lictor.open(".")
app = create_app(gate)          # serve with uvicorn
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from lictor import __version__
from lictor.approvals import Approval, ApprovalError, Approvals, Tokens, Webhook
from lictor.approvals.tokens import TokenError
from lictor.errors import IdentityError, LictorError
from lictor.gate import Gate
from lictor.server.auth import Sessions
from lictor.server.feed import Event, Feed
from lictor.server.limits import DEFAULT_MAX_BODY, BodyLimit
from lictor.server.metrics import Metrics
from lictor.store.schema import policy_revisions

log = logging.getLogger("lictor.server")

HERE = Path(__file__).parent
HOME_ENV = "LICTOR_SERVE_HOME"
"""The project's `.lictor` folder, for worker processes started by `lictor serve --workers`."""
AUDIT_ENV = "LICTOR_SERVE_AUDIT"
"""Audit durability mode (`durable` or `fast`) for those workers."""
EXPIRY_SWEEP_S = 5.0
"""How often pending approvals past their time are expired (and their waiters told)."""


class ServerState:
    """Everything the routes share: the gate, approvals, tokens, metrics, feed, logins."""

    def __init__(self, gate: Gate, approvals: Approvals | None = None) -> None:
        self.gate = gate
        self.approvals = approvals or Approvals(gate)
        self.approvals.install()
        self.tokens = Tokens(gate.database)
        self.feed = Feed(gate.audit)
        self.sessions = Sessions(gate.database)
        self.metrics = Metrics(self.approvals.pending_count, gate.audit.height)
        self.started = time.time()
        self.decide_inline = gate.database.mode == "fast"
        """Decide on the event loop (fast audit) rather than in a worker thread (durable)."""
        self.approvals.subscribe(lambda a: self.feed.publish_threadsafe(Event("approval", a)))
        self.approvals.subscribe(Webhook(self.approvals.settings))
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self.approvals.subscribe(self._wake_waiters)

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Attach to the server's event loop (at startup)."""
        self._loop = loop
        self.feed.bind(loop)

    def _wake_waiters(self, approval: Approval) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def wake() -> None:
            for event in self._waiters.get(approval.id, set()):
                event.set()

        loop.call_soon_threadsafe(wake)

    async def wait_approval(self, approval_id: str, timeout: float) -> Approval:
        """Long-poll: the approval once it is answered, or as it stands after `timeout` seconds.

        Answers given in this process wake the waiter at once; the store is read
        again each second for answers given by another process (the CLI).
        """
        event = asyncio.Event()
        self._waiters.setdefault(approval_id, set()).add(event)
        deadline = time.monotonic() + timeout
        try:
            while True:
                approval = await run_in_threadpool(self.approvals.get, approval_id)
                left = deadline - time.monotonic()
                if approval.status.value != "pending" or left <= 0:
                    return approval
                event.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(left, 1.0))
        finally:
            waiters = self._waiters.get(approval_id)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    self._waiters.pop(approval_id, None)

    def record_policies(
        self, loaded_by: str, ok: bool, error: str, files: dict[str, str], revision: str
    ) -> None:
        """Keep a policy revision (loaded or refused) in the history table."""
        with self.gate.database.write() as conn:
            last = conn.execute(
                select(policy_revisions.c.revision, policy_revisions.c.ok)
                .order_by(policy_revisions.c.id.desc())
                .limit(1)
            ).first()
            if ok and last is not None and last.revision == revision and last.ok:
                return  # the same set again: nothing new to remember
            conn.execute(
                policy_revisions.insert().values(
                    revision=revision,
                    loaded_at=int(time.time()),
                    loaded_by=loaded_by,
                    ok=int(ok),
                    error=error[:4000],
                    files=json.dumps(files, sort_keys=True),
                )
            )


def create_app(
    gate: Gate,
    *,
    max_body: int = DEFAULT_MAX_BODY,
    approvals: Approvals | None = None,
    close_gate: bool = False,
) -> FastAPI:
    """The server for one project's gate (closed at shutdown with `close_gate`)."""
    from lictor.server import api, dashboard

    state = ServerState(gate, approvals)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.bind(asyncio.get_running_loop())
        policies = gate.policies
        await run_in_threadpool(
            state.record_policies,
            "server start",
            True,
            "",
            dict(policies.files),
            policies.revision,
        )
        sweeper = asyncio.create_task(_sweep(state))
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            await state.feed.close()
            if close_gate:
                gate.close()

    app = FastAPI(
        title="Lictor",
        version=__version__,
        description="Governance harness for AI agents: decide, approve, audit.",
        lifespan=lifespan,
    )
    app.state.lictor = state
    app.add_middleware(BodyLimit, max_body=max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(dashboard.router)
    _errors(app)
    return app


def app_from_environment() -> FastAPI:
    """The app of one `lictor serve --workers N` process: its own gate on the shared store."""
    import dataclasses

    from lictor.project import load_config

    config = load_config(Path(os.environ[HOME_ENV]))
    mode = os.environ.get(AUDIT_ENV, config.audit_mode)
    gate = Gate(dataclasses.replace(config, audit_mode=mode))
    return create_app(gate, close_gate=True)


async def _sweep(state: ServerState) -> None:
    while True:
        await asyncio.sleep(EXPIRY_SWEEP_S)
        try:
            await run_in_threadpool(state.approvals.expire_due)
        except Exception:  # the store may be busy; the next sweep tries again
            log.exception("approval expiry sweep failed")


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()))
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        return JSONResponse(
            {"detail": "; ".join(problems) or "invalid request", "errors": _plain(exc.errors())},
            status_code=422,
        )

    @app.exception_handler(ApprovalError)
    async def approval_refused(_request: Request, exc: ApprovalError) -> JSONResponse:
        status = 404 if str(exc).startswith("no approval") else 409
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(IdentityError)
    async def identity_refused(_request: Request, exc: IdentityError) -> JSONResponse:
        status = 404 if ".unknown" in exc.rule else 400
        return JSONResponse({"detail": str(exc), "rule": exc.rule}, status_code=status)

    @app.exception_handler(TokenError)
    async def token_refused(_request: Request, exc: TokenError) -> JSONResponse:
        status = 404 if str(exc).startswith("no token") else 400
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(LictorError)
    async def refused(_request: Request, exc: LictorError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)


def _plain(errors: Any) -> Any:
    # Validation errors may carry the offending input (bytes, exceptions): keep JSON only.
    return json.loads(json.dumps(errors, default=str))

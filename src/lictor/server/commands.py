"""`lictor serve` (the main job) and `lictor token` (API tokens for humans)."""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from lictor.errors import LictorError

if TYPE_CHECKING:
    from lictor.approvals import IssuedToken
    from lictor.store import Database

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

token_app = typer.Typer(
    help="API tokens for humans (admin, approver, auditor).", no_args_is_help=True
)

SERVE_TOKEN_NAME = "admin (lictor serve)"
"""Name of the admin token `serve` prints; each start replaces the previous one."""

ProjectOpt = Annotated[
    Path | None,
    typer.Option("--project", "-p", help="Project folder (default: nearest .lictor above cwd)."),
]


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def _open_or_init(project: Path | None, owner: str) -> Path:
    """The project's `.lictor`, created in the current folder when there is none."""
    from lictor.errors import ConfigError
    from lictor.project import find_home, init_project

    try:
        return find_home(project)
    except ConfigError:
        folder = project or Path.cwd()
        home = init_project(folder, owner=owner)
        out.print(f"Initialised {home}")
        return home


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8700,
    demo: Annotated[
        bool, typer.Option("--demo", help="Seed demo agents, grants and a session if empty.")
    ] = False,
    fast: Annotated[
        bool, typer.Option("--fast", help="Audit in fast mode (no fsync per decision).")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1, max=64, help="Worker processes sharing the store (one per core for load)."
        ),
    ] = 1,
    project: ProjectOpt = None,
) -> None:
    """Start the API and the dashboard (SQLite in .lictor/, created if missing)."""
    import dataclasses

    import uvicorn

    from lictor.gate import Gate
    from lictor.project import load_config
    from lictor.server.app import create_app
    from lictor.server.seed import is_empty, seed_demo

    try:
        home = _open_or_init(project, owner="alice@example.com" if demo else "")
        config = load_config(home)
        if fast:
            config = dataclasses.replace(config, audit_mode="fast")
        gate = Gate(config)
        if demo and is_empty(gate):
            out.print("Seeding the demo: agents coder (alice) and release-bot (bob)…")
            seed_demo(gate)
        admin = rotate_serve_token(gate.database)
    except LictorError as e:
        raise _fail(str(e)) from None
    if not _port_free(host, port):
        raise _fail(f"{host}:{port} is in use; pick another with --port")
    url = f"http://{host}:{port}"
    out.print(f"\n[bold]Lictor[/bold] serving {home}  (audit: {config.audit_mode})")
    out.print(f"  dashboard:   [link]{url}/ui[/link]")
    out.print(f"  API:         {url}/v1  (OpenAPI: {url}/openapi.json)")
    out.print(f"  admin token: [bold]{admin.token}[/bold]  (shown once; log in with it)")
    logging.basicConfig(level=logging.WARNING)
    if workers == 1:
        out.print("  Ctrl-C stops it.\n")
        try:
            uvicorn.run(
                create_app(gate), host=host, port=port, log_level="warning", access_log=False
            )
        finally:
            gate.close()
        return
    gate.close()
    from lictor.server.workers import run_workers

    out.print(f"  workers:     {workers} processes on one store")
    code = run_workers(
        str(home),
        config.audit_mode,
        host,
        port,
        workers,
        on_ready=lambda: out.print("  Ctrl-C stops it.\n"),
    )
    if code:
        raise typer.Exit(code)


def rotate_serve_token(database: Database) -> IssuedToken:
    """A new admin token for this start; the previous one is revoked, its logins move over.

    A rotation, not a revocation: a browser logged in with the old token stays in.
    """
    from lictor.approvals import Tokens
    from lictor.server.auth import Sessions

    tokens = Tokens(database)
    admin = tokens.issue(SERVE_TOKEN_NAME, "admin")
    for old in tokens.all():
        if old.name == SERVE_TOKEN_NAME and not old.revoked and old.id != admin.info.id:
            tokens.revoke(old.id)
            Sessions(database).follow(old.id, admin.info.id)
    return admin


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who holds it, e.g. bob@example.com.")],
    role: Annotated[str, typer.Option(help="admin, approver or auditor.")] = "approver",
    project: ProjectOpt = None,
) -> None:
    """Make an API token; it is printed once and stored only as a hash."""
    from lictor.approvals import Tokens
    from lictor.gate import open as open_gate

    try:
        with open_gate(project) as gate:
            issued = Tokens(gate.database).issue(name, role)
    except LictorError as e:
        raise _fail(str(e)) from None
    out.print(f"{issued.info.role.value} token for {issued.info.name} (id {issued.info.id}):")
    out.print(issued.token)


@token_app.command("list")
def token_list(project: ProjectOpt = None) -> None:
    """List API tokens (never their secrets)."""
    from rich.table import Table

    from lictor.approvals import Tokens
    from lictor.gate import open as open_gate

    try:
        with open_gate(project) as gate:
            found = Tokens(gate.database).all()
    except LictorError as e:
        raise _fail(str(e)) from None
    table = Table("id", "name", "role", "state")
    for t in found:
        table.add_row(t.id, t.name, t.role.value, "revoked" if t.revoked else "active")
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="Token id (from `lictor token list`).")],
    project: ProjectOpt = None,
) -> None:
    """Revoke an API token."""
    from lictor.approvals import Tokens
    from lictor.gate import open as open_gate

    try:
        with open_gate(project) as gate:
            Tokens(gate.database).revoke(token_id)
    except LictorError as e:
        raise _fail(str(e)) from None
    out.print(f"revoked {token_id}")

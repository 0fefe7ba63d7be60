"""`lictor approvals list|approve|deny`: answer approvals on the project's database directly.

The approver is the local user (`$USER`, or `--as`), audited as such; the same
rules apply as in the dashboard (no approving your own agent's requests).
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from lictor.errors import LictorError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

approvals_app = typer.Typer(
    help="List and answer approvals (asks waiting for a human).", no_args_is_help=True
)

ProjectOpt = Annotated[
    Path | None,
    typer.Option("--project", "-p", help="Project folder (default: nearest .lictor above cwd)."),
]
AsOpt = Annotated[
    str, typer.Option("--as", help="Who is answering (default: the local user name).")
]


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


@approvals_app.command("list")
def approvals_list(
    status: Annotated[
        str, typer.Option(help="pending, approved, denied, expired, consumed or all.")
    ] = "pending",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    project: ProjectOpt = None,
) -> None:
    """List approvals (pending by default), newest first."""
    from lictor.approvals import Approvals, Status
    from lictor.gate import open as open_gate

    try:
        wanted = None if status == "all" else Status(status)
    except ValueError:
        raise _fail(f"unknown status {status!r}") from None
    try:
        with open_gate(project) as gate:
            found = Approvals(gate).recent(wanted)
    except LictorError as e:
        raise _fail(str(e)) from None
    if as_json:
        out.print_json(json.dumps([a.as_json() for a in found]))
        return
    table = Table("id", "status", "agent", "owner", "tool", "what", "why")
    table.columns[0].no_wrap = True
    for a in found:
        what = "; ".join(" ".join(c) for c in a.context.get("commands", [])) or a.tool
        table.add_row(
            a.id,
            a.status.value,
            a.agent,
            a.owner,
            a.tool,
            what[:60],
            ", ".join(a.context.get("rules", [])),
        )
    out.print(table)


def _answer(approval_id: str, choice: str, who: str, note: str, project: Path | None) -> None:
    from lictor.approvals import Approvals, Approver, Role
    from lictor.gate import open as open_gate

    approver = Approver(who or getpass.getuser(), Role.APPROVER, "cli")
    try:
        with open_gate(project) as gate:
            decided = Approvals(gate).decide(approval_id, choice, approver, note)
    except LictorError as e:
        raise _fail(str(e)) from None
    out.print(
        f"{decided.id}: {decided.status.value} ({decided.choice.replace('_', ' ')}) "
        f"by {decided.decided_by}"
    )


@approvals_app.command("approve")
def approvals_approve(
    approval_id: Annotated[str, typer.Argument(help="Approval id.")],
    task: Annotated[
        bool, typer.Option("--task", help="Approve for the rest of the agent's task.")
    ] = False,
    note: Annotated[str, typer.Option(help="Why, for the audit log.")] = "",
    who: AsOpt = "",
    project: ProjectOpt = None,
) -> None:
    """Approve a pending request (once, or for the rest of its task)."""
    _answer(approval_id, "approve_task" if task else "approve_once", who, note, project)


@approvals_app.command("deny")
def approvals_deny(
    approval_id: Annotated[str, typer.Argument(help="Approval id.")],
    revoke: Annotated[
        bool, typer.Option("--revoke", help="Also revoke the grant the agent acted under.")
    ] = False,
    note: Annotated[str, typer.Option(help="Why, for the audit log.")] = "",
    who: AsOpt = "",
    project: ProjectOpt = None,
) -> None:
    """Deny a pending request (and optionally revoke the agent's grant)."""
    _answer(approval_id, "deny_revoke" if revoke else "deny", who, note, project)

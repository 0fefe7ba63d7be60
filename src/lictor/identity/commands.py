"""`lictor agent|owner|grant|task|credential|keys|secret`: identity from the command line.

Refusals are `IdentityError`s: `lictor.cli.main` prints them as one line and
exits 2; the refusal itself is already in the audit log.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from lictor.errors import IdentityError

if TYPE_CHECKING:
    from lictor.identity.service import Identity

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

ProjectOpt = Annotated[
    Path | None,
    typer.Option("--project", "-p", help="Project folder (default: nearest .lictor above cwd)."),
]
CredentialOpt = Annotated[
    str,
    typer.Option(
        "--credential", "-c", envvar="LICTOR_CREDENTIAL", help="Credential (JWT) to present."
    ),
]


def _app(text: str) -> typer.Typer:
    return typer.Typer(help=text, no_args_is_help=True)


agent_app = _app("Register, list, show and disable agents (each has an accountable owner).")
owner_app = _app("List, disable and enable accountable owners.")
grant_app = _app("Issue, list, show and revoke task grants.")
task_app = _app("Close tasks (revokes every grant of the task).")
credential_app = _app("Issue, delegate, verify and revoke signed agent credentials.")
keys_app = _app("List and rotate credential signing keys.")
secret_app = _app("Store secrets encrypted at rest and lease them to granted agents.")

_DURATION = re.compile(r"(\d+)([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str, option: str) -> int:
    """`90`, `30s`, `15m`, `2h`, `1d` -> seconds; IdentityError naming the option otherwise."""
    m = _DURATION.fullmatch(text.strip())
    if m is None or int(m.group(1)) == 0:
        raise IdentityError(
            f"{option} {text!r} is not a duration (use e.g. 90s, 15m, 2h, 1d)",
            "lictor.identity.bad-ttl",
        )
    return int(m.group(1)) * _UNITS[m.group(2)]


@contextmanager
def _identity(project: Path | None) -> Iterator[Identity]:
    from lictor.gate import open as open_gate

    with open_gate(project) as gate:
        yield gate.identity


def _when(ts: int) -> str:
    from lictor.identity.service import iso

    return iso(ts)


# --- agents and owners ------------------------------------------------------------


@agent_app.command("register")
def agent_register(
    name: Annotated[str, typer.Argument(help="Agent id.")],
    owner: Annotated[str, typer.Option(help="Accountable human's e-mail (required).")],
    purpose: Annotated[str, typer.Option(help="What the agent is for (required).")],
    role: Annotated[list[str] | None, typer.Option(help="Role for policies (repeatable).")] = None,
    project: ProjectOpt = None,
) -> None:
    """Register an agent under an accountable owner."""
    with _identity(project) as identity:
        agent = identity.register_agent(name, owner, purpose, role or [])
    out.print(f"registered agent {agent.name} (owner {agent.owner})")


@agent_app.command("list")
def agent_list(
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
    project: ProjectOpt = None,
) -> None:
    """List agents with their owners and state."""
    with _identity(project) as identity:
        agents = identity.agents()
    if as_json:
        for a in agents:
            print(
                json.dumps(
                    {
                        "name": a.name,
                        "owner": a.owner,
                        "purpose": a.purpose,
                        "roles": list(a.roles),
                        "disabled": a.disabled,
                    }
                )
            )
        return
    table = Table("agent", "owner", "state", "roles", "purpose")
    for a in agents:
        state = "disabled" if a.disabled else "active"
        table.add_row(a.name, a.owner, state, ", ".join(a.roles), a.purpose)
    out.print(table)


@agent_app.command("show")
def agent_show(name: str, project: ProjectOpt = None) -> None:
    """Show one agent and its grants."""
    with _identity(project) as identity:
        agent = identity.agent(name)
        grants = identity.grants(agent=name)
        now = identity.clock()
    out.print(f"agent:   {agent.name}")
    out.print(f"owner:   {agent.owner}")
    out.print(f"purpose: {agent.purpose}")
    out.print(f"roles:   {', '.join(agent.roles) or '-'}")
    out.print(f"state:   {'disabled' if agent.disabled else 'active'} (since {agent.created})")
    for g in grants:
        out.print(f"grant:   {g.id} task {g.task} {g.state(now)}: {'; '.join(g.patterns)}")


@agent_app.command("disable")
def agent_disable(name: str, project: ProjectOpt = None) -> None:
    """Disable an agent: every action it (or a sub-agent of it) attempts is denied."""
    with _identity(project) as identity:
        identity.set_agent_disabled(name, True)
    out.print(f"disabled agent {name}")


@agent_app.command("enable")
def agent_enable(name: str, project: ProjectOpt = None) -> None:
    """Enable a disabled agent again."""
    with _identity(project) as identity:
        identity.set_agent_disabled(name, False)
    out.print(f"enabled agent {name}")


@owner_app.command("list")
def owner_list(project: ProjectOpt = None) -> None:
    """List owners."""
    with _identity(project) as identity:
        owners = identity.owners()
    table = Table("owner", "state", "since")
    for o in owners:
        table.add_row(o.email, "disabled" if o.disabled else "active", o.created)
    out.print(table)


@owner_app.command("disable")
def owner_disable(email: str, project: ProjectOpt = None) -> None:
    """Disable an owner: every agent they own is denied until they are enabled."""
    with _identity(project) as identity:
        identity.set_owner_disabled(email, True)
    out.print(f"disabled owner {email}")


@owner_app.command("enable")
def owner_enable(email: str, project: ProjectOpt = None) -> None:
    """Enable a disabled owner again."""
    with _identity(project) as identity:
        identity.set_owner_disabled(email, False)
    out.print(f"enabled owner {email}")


# --- grants and tasks -------------------------------------------------------------


@grant_app.command("issue")
def grant_issue(
    agent: Annotated[str, typer.Option(help="Registered agent the grant is for.")],
    task: Annotated[str, typer.Option(help="Task id, e.g. T-123.")],
    allow: Annotated[list[str], typer.Option(help="Pattern, e.g. 'Bash(pytest *)' (repeatable).")],
    ttl: Annotated[str, typer.Option(help="Lifetime: 90s, 15m, 2h, 1d.")] = "2h",
    max_uses: Annotated[
        int | None, typer.Option(help="Allowed decisions it may be used for.")
    ] = None,
    secret: Annotated[
        list[str] | None, typer.Option(help="Secret the agent may lease (repeatable).")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Issue a task grant: tools, argument shapes, targets, expiry, uses."""
    seconds = parse_duration(ttl, "--ttl")
    with _identity(project) as identity:
        grant = identity.issue_grant(
            agent, task, allow, ttl=seconds, max_uses=max_uses, secrets=secret or []
        )
    print(grant.id)
    uses = "unlimited" if grant.max_uses < 0 else str(grant.max_uses)
    err.print(
        f"grant {grant.id} for {agent} on task {task}: {len(grant.patterns)} pattern(s), "
        f"until {_when(grant.expires_at)}, {uses} uses"
    )


@grant_app.command("list")
def grant_list(
    agent: Annotated[str, typer.Option(help="Only this agent's grants.")] = "",
    task: Annotated[str, typer.Option(help="Only this task's grants.")] = "",
    show_all: Annotated[
        bool, typer.Option("--all", help="Include revoked, expired, used-up.")
    ] = False,
    project: ProjectOpt = None,
) -> None:
    """List grants (active ones unless --all)."""
    with _identity(project) as identity:
        grants = identity.grants(agent=agent, task=task)
        now = identity.clock()
    table = Table("grant", "agent", "task", "state", "uses", "expires", "allow")
    for g in grants:
        state = g.state(now)
        if state != "active" and not show_all:
            continue
        uses = f"{g.uses}/{g.max_uses}" if g.max_uses >= 0 else str(g.uses)
        table.add_row(
            g.id, g.agent, g.task, state, uses, _when(g.expires_at), "; ".join(g.patterns)
        )
    out.print(table)


@grant_app.command("show")
def grant_show(grant_id: str, project: ProjectOpt = None) -> None:
    """Show one grant."""
    with _identity(project) as identity:
        g = identity.grant(grant_id)
        now = identity.clock()
    for key, value in (
        ("grant", g.id),
        ("agent", g.agent),
        ("task", g.task),
        ("state", g.state(now) + (f" ({g.revoked})" if g.revoked else "")),
        ("parent", g.parent or "-"),
        ("expires", _when(g.expires_at)),
        ("uses", f"{g.uses} of {'unlimited' if g.max_uses < 0 else g.max_uses}"),
        ("secrets", ", ".join(g.secrets) or "-"),
    ):
        out.print(f"{key + ':':9}{value}")
    for p in g.patterns:
        out.print(f"allow:   {p}")


@grant_app.command("revoke")
def grant_revoke(
    grant_id: str,
    reason: Annotated[str, typer.Option(help="Why (kept on the grant and audited).")] = "revoked",
    project: ProjectOpt = None,
) -> None:
    """Revoke a grant and everything delegated from it; takes effect on the next decision."""
    with _identity(project) as identity:
        ids = identity.revoke_grant(grant_id, reason)
    out.print(f"revoked {len(ids)} grant(s): {', '.join(ids)}")


@task_app.command("close")
def task_close(task: str, project: ProjectOpt = None) -> None:
    """Close a task: revoke every grant of it; no new grant can be issued for it."""
    with _identity(project) as identity:
        ids = identity.close_task(task)
    out.print(f"closed task {task}: revoked {len(ids)} grant(s)")


# --- credentials and keys -------------------------------------------------------------


@credential_app.command("issue")
def credential_issue(
    agent: Annotated[str, typer.Option(help="Registered agent.")],
    grant: Annotated[str, typer.Option(help="Grant id the credential carries.")] = "",
    ttl: Annotated[str, typer.Option(help="Lifetime (at most 24h): 90s, 15m, 2h.")] = "15m",
    one_time: Annotated[
        bool, typer.Option("--one-time", help="Spent by its first allowed decision.")
    ] = False,
    project: ProjectOpt = None,
) -> None:
    """Mint a signed credential (EdDSA JWT); the token goes to stdout."""
    seconds = parse_duration(ttl, "--ttl")
    with _identity(project) as identity:
        issued = identity.issue_credential(agent, grant, ttl=seconds, one_time=one_time)
    print(issued.token)
    err.print(
        f"credential {issued.jti} for {' -> '.join(issued.chain)}, "
        f"expires {_when(issued.expires_at)}"
    )


@credential_app.command("delegate")
def credential_delegate(
    credential: CredentialOpt,
    agent: Annotated[str, typer.Option(help="Sub-agent that will hold the new credential.")],
    allow: Annotated[list[str], typer.Option(help="Pattern, covered by the parent's grant.")],
    ttl: Annotated[str, typer.Option(help="Lifetime (default: the parent's).")] = "",
    max_uses: Annotated[int | None, typer.Option(help="Uses (at most the parent's left).")] = None,
    secret: Annotated[list[str] | None, typer.Option(help="Secret (the parent's only).")] = None,
    project: ProjectOpt = None,
) -> None:
    """Mint a sub-agent credential whose grant is a subset of the parent's; token to stdout."""
    seconds = parse_duration(ttl, "--ttl") if ttl else None
    with _identity(project) as identity:
        issued = identity.delegate(
            credential, agent, allow, ttl=seconds, max_uses=max_uses, secrets=secret or []
        )
    print(issued.token)
    err.print(
        f"credential {issued.jti} for {' -> '.join(issued.chain)} on grant {issued.grant}, "
        f"expires {_when(issued.expires_at)}"
    )


@credential_app.command("verify")
def credential_verify(credential: CredentialOpt, project: ProjectOpt = None) -> None:
    """Verify a credential now: signature, times, revocation, agent, owner, grant. Exit 4 if not."""
    from lictor.model import Action, Reason

    with _identity(project) as identity:
        auth = identity.authenticate(Action(tool="", credential=credential))
        now = identity.clock()
    denial = auth.denial
    if denial is None and auth.claims is None:
        denial = Reason("lictor.identity.missing", "no credential")
    for g in auth.grant_chain if denial is None else ():
        state = g.state(now)
        if state != "active":
            denial = Reason(f"lictor.grant.{state}", f"grant {g.id} is {state}")
            break
    if denial is not None or auth.claims is None:
        assert denial is not None
        err.print(f"[red]refused[/red] \\[{denial.rule}] {denial.text}")
        raise typer.Exit(4)
    c = auth.claims
    out.print(f"[green]valid[/green] credential {c.jti} (key {c.kid})")
    out.print(f"  chain:   {' -> '.join(auth.principal['chain'])}")
    out.print(f"  grant:   {c.grant or '-'}" + (f" (task {auth.grant.task})" if auth.grant else ""))
    out.print(f"  expires: {_when(c.expires_at)}")


@credential_app.command("check")
def credential_check(
    credential: CredentialOpt,
    tool: Annotated[str, typer.Option("--tool", "-t", help="Tool name, e.g. Bash, Write.")],
    args: Annotated[str, typer.Option("--args", "-a", help="Tool arguments as JSON.")] = "{}",
    project: ProjectOpt = None,
) -> None:
    """Decide one action presented with a credential (audited). Exit 0 allow, 3 ask, 4 deny."""
    from lictor.gate import open as open_gate
    from lictor.model import Action, Verdict

    try:
        parsed = json.loads(args)
    except json.JSONDecodeError as e:
        raise IdentityError(f"--args is not valid JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(parsed, dict):
        raise IdentityError("--args must be a JSON object")
    with open_gate(project) as gate:
        decision = gate.decide(Action(tool, parsed, credential=credential))
    out.print(f"{decision.verdict.value.upper()} {tool}")
    for r in decision.reasons:
        out.print(f"  {r.rule}: {r.text}")
    codes = {Verdict.ALLOW: 0, Verdict.ASK: 3, Verdict.DENY: 4}
    raise typer.Exit(codes[decision.verdict])


@credential_app.command("revoke")
def credential_revoke(
    jti: Annotated[str, typer.Argument(help="Credential id (jti).")],
    reason: Annotated[str, typer.Option(help="Why.")] = "revoked",
    project: ProjectOpt = None,
) -> None:
    """Revoke a credential and every credential delegated from it, at once."""
    with _identity(project) as identity:
        ids = identity.revoke_credential(jti, reason)
    out.print(f"revoked {len(ids)} credential(s)")


@keys_app.command("rotate")
def keys_rotate(project: ProjectOpt = None) -> None:
    """New signing key; the old one keeps verifying until its credentials have expired."""
    with _identity(project) as identity:
        new, old = identity.rotate_keys()
    out.print(f"signing key is now {new}" + (f" (retired {old})" if old else ""))


@keys_app.command("list")
def keys_list(project: ProjectOpt = None) -> None:
    """List credential keys."""
    with _identity(project) as identity:
        keys = identity.key_list()
    table = Table("key id", "created", "state", "private key here")
    for k in keys:
        state = f"retired {_when(k.retired_at)}" if k.retired_at else "signing"
        table.add_row(k.kid, _when(k.created_at), state, "yes" if k.private_here else "no")
    out.print(table)


# --- secrets ----------------------------------------------------------------------------


def _read_value(value_file: Path | None, name: str) -> bytes:
    if value_file is not None:
        try:
            return value_file.read_bytes()
        except OSError as e:
            raise IdentityError(f"cannot read {value_file}: {e.strerror}") from None
    if sys.stdin.isatty():
        return str(typer.prompt(f"value for {name}", hide_input=True)).encode()
    data = sys.stdin.buffer.read()
    # `echo value | lictor secret put` adds one newline that is not part of the secret.
    return data[:-1] if data.endswith(b"\n") else data


@secret_app.command("put")
def secret_put(
    name: str,
    value_file: Annotated[
        Path | None, typer.Option(help="Read the value from this file (else stdin).")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Store a secret (a new version if it exists: outstanding leases become invalid)."""
    value = _read_value(value_file, name)
    if not value:
        raise IdentityError(f"empty value for secret {name!r}", "lictor.secret.empty")
    with _identity(project) as identity:
        version = identity.put_secret(name, value)
    out.print(f"stored secret {name} version {version}")


@secret_app.command("rotate")
def secret_rotate(
    name: str,
    value_file: Annotated[
        Path | None, typer.Option(help="Read the new value from this file (else stdin).")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Replace an existing secret's value; every outstanding lease becomes invalid."""
    value = _read_value(value_file, name)
    if not value:
        raise IdentityError(f"empty value for secret {name!r}", "lictor.secret.empty")
    with _identity(project) as identity:
        version = identity.put_secret(name, value, must_exist=True)
    out.print(f"rotated secret {name} to version {version}")


@secret_app.command("list")
def secret_list(project: ProjectOpt = None) -> None:
    """List secrets (names and versions, never values)."""
    with _identity(project) as identity:
        items = identity.secrets()
    table = Table("secret", "version", "updated")
    for name, version, updated in items:
        table.add_row(name, str(version), _when(updated))
    out.print(table)


@secret_app.command("lease")
def secret_lease(
    name: str,
    credential: CredentialOpt,
    ttl: Annotated[str, typer.Option(help="Lease lifetime: 90s, 5m.")] = "5m",
    project: ProjectOpt = None,
) -> None:
    """Print a secret's value, if the credential's grant names it; the lease is audited."""
    seconds = parse_duration(ttl, "--ttl")
    with _identity(project) as identity:
        lease = identity.lease_secret(name, credential, ttl=seconds)
    sys.stdout.buffer.write(lease.value)
    sys.stdout.flush()
    err.print(f"lease {lease.id} for task {lease.task}, expires {_when(lease.expires_at)}")


@secret_app.command("lease-check")
def secret_lease_check(lease_id: str, project: ProjectOpt = None) -> None:
    """Is a lease still valid (unexpired, not rotated, grant standing)? Exit 1 if not."""
    with _identity(project) as identity:
        status = identity.check_lease(lease_id)
    if status.valid:
        out.print(f"valid lease {lease_id}")
        return
    out.print(f"invalid lease {lease_id}: {status.reason}")
    raise typer.Exit(1)

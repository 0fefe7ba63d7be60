"""The `lictor` command line: one command group per concern."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from lictor.adapters.commands import daemon_app, hook_app, mcp_app
from lictor.approvals.commands import approvals_app
from lictor.errors import LictorError
from lictor.fix.commands import app as fix_app
from lictor.identity.commands import (
    agent_app,
    credential_app,
    grant_app,
    keys_app,
    owner_app,
    secret_app,
    task_app,
)
from lictor.model import Verdict
from lictor.review.commands import app as review_app
from lictor.server.commands import serve, token_app

app = typer.Typer(
    name="lictor",
    help="Governance harness for AI agents: pre-execution policy, data-flow control, audit.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
policy_app = typer.Typer(help="Validate, list and test Cedar policies.", no_args_is_help=True)
audit_app = typer.Typer(
    help="Read, verify and export the tamper-evident audit log.", no_args_is_help=True
)
app.add_typer(policy_app, name="policy")
app.add_typer(audit_app, name="audit")
app.add_typer(agent_app, name="agent")
app.add_typer(owner_app, name="owner")
app.add_typer(grant_app, name="grant")
app.add_typer(task_app, name="task")
app.add_typer(credential_app, name="credential")
app.add_typer(keys_app, name="keys")
app.add_typer(review_app, name="review")
app.add_typer(fix_app, name="fix")
app.command("serve")(serve)
app.add_typer(approvals_app, name="approvals")
app.add_typer(token_app, name="token")
app.add_typer(secret_app, name="secret")
app.add_typer(hook_app, name="hook")
app.add_typer(daemon_app, name="daemon")
app.add_typer(mcp_app, name="mcp")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

EXIT_ALLOW, EXIT_ERROR, EXIT_ASK, EXIT_DENY = 0, 2, 3, 4
VERDICT_EXIT = {Verdict.ALLOW: EXIT_ALLOW, Verdict.ASK: EXIT_ASK, Verdict.DENY: EXIT_DENY}
VERDICT_STYLE = {Verdict.ALLOW: "green", Verdict.ASK: "yellow", Verdict.DENY: "red"}

ProjectOpt = Annotated[
    Path | None,
    typer.Option("--project", "-p", help="Project folder (default: nearest .lictor above cwd)."),
]


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def _gate(project: Path | None) -> Any:
    from lictor.gate import open as open_gate

    return open_gate(project)


# --- init / check -----------------------------------------------------------


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Project folder (the workspace).")] = Path("."),
    owner: Annotated[str, typer.Option(help="Accountable human for the default agent.")] = "",
    force: Annotated[bool, typer.Option(help="Rewrite config and policies.")] = False,
) -> None:
    """Create .lictor/ (config, policies, tool manifest, signing key, SQLite database)."""
    from lictor.gate import open as open_gate
    from lictor.project import init_project

    home = init_project(folder, owner=owner, force=force)
    with open_gate(home) as gate:
        gate.audit.height()  # creates the database and the signing key now
        key_id = gate.audit.signer.key_id
    out.print(f"Initialised {home}")
    out.print(
        f"  policies:    {home / 'policies'} ({len(list((home / 'policies').glob('*.cedar')))})"
    )
    out.print(f"  tools:       {home / 'tools.toml'}")
    out.print(f"  database:    {home / 'lictor.db'}")
    out.print(f"  signing key: {home / 'keys' / 'audit-ed25519.pem'} (key id {key_id})")


@app.command()
def check(
    tool: Annotated[
        str, typer.Option("--tool", "-t", help="Tool name, e.g. Bash, Write, WebFetch.")
    ],
    args: Annotated[
        str, typer.Option("--args", "-a", help="Tool arguments as a JSON object.")
    ] = "{}",
    agent: Annotated[str, typer.Option(help="Agent id.")] = "anonymous",
    session: Annotated[str, typer.Option(help="Session id.")] = "",
    credential: Annotated[
        str,
        typer.Option(envvar="LICTOR_CREDENTIAL", help="Agent credential (EdDSA JWT)."),
    ] = "",
    cwd: Annotated[str, typer.Option(help="Working directory of the action.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the decision as JSON.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Judge only; write no audit record.")
    ] = False,
    project: ProjectOpt = None,
) -> None:
    """Decide one action and print the verdict with rule ids and reasons.

    Exit code: 0 allow, 3 ask, 4 deny, 2 error.
    """
    from lictor.model import Action

    try:
        parsed = json.loads(args)
    except json.JSONDecodeError as e:
        raise _fail(
            f"--args is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}"
        ) from None
    if not isinstance(parsed, dict):
        raise _fail('--args must be a JSON object, e.g. \'{"command": "ls"}\'')
    action = Action(
        tool=tool, args=parsed, agent=agent, session=session, cwd=cwd, credential=credential
    )
    with _gate(project) as gate:
        if dry_run:
            ev = gate.evaluate(action)
            verdict, reasons, effects, decision_id, seq = ev.verdict, ev.reasons, ev.effects, "", -1
            notes = ev.notes
        else:
            d = gate.decide(action)
            verdict, reasons, effects, decision_id, seq = (
                d.verdict,
                d.reasons,
                d.effects,
                d.decision_id,
                d.audit_seq,
            )
            notes = ()
    if as_json:
        print(
            json.dumps(
                {
                    "verdict": verdict.value,
                    "decision_id": decision_id,
                    "audit_seq": seq,
                    "rules": [r.rule for r in reasons],
                    "reasons": [r.text for r in reasons],
                    "effects": [
                        {
                            "capability": e.capability.value,
                            "target": e.target.describe(),
                            "kind": e.target.kind.value,
                            "flags": sorted(e.flags),
                        }
                        for e in effects
                    ],
                },
                indent=2,
            )
        )
    else:
        style = VERDICT_STYLE[verdict]
        out.print(f"[bold {style}]{verdict.value.upper()}[/] {tool}")
        for r in reasons:
            out.print(f"  [{style}]{r.rule}[/]: {r.text}")
        for eff in effects:
            flags = f" [dim]({', '.join(sorted(eff.flags))})[/dim]" if eff.flags else ""
            out.print(f"  effect: {eff.capability.value} {eff.target.describe()}{flags}")
        for note in notes:
            out.print(f"  [dim]{note}[/dim]")
        if decision_id:
            out.print(f"  [dim]decision {decision_id} audited at seq {seq}[/dim]")
    raise typer.Exit(VERDICT_EXIT[verdict])


# --- policy -----------------------------------------------------------------


def _policy_gate(project: Path | None, directory: Path | None) -> Any:
    """A gate for judging only: the project's, with another policy folder if asked."""
    from lictor.gate import Gate
    from lictor.policy import PolicySet
    from lictor.project import load_config

    config = load_config(project)
    policies = PolicySet.load(directory) if directory else None
    return Gate(config, policies=policies)


@policy_app.command("validate")
def policy_validate(
    directory: Annotated[
        Path | None, typer.Option("--dir", help="Policy folder to validate.")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Parse every policy and validate it against the schema."""
    from lictor.policy import PolicySet
    from lictor.project import load_config

    folder = directory or load_config(project).policy_dir
    policies = PolicySet.load(folder)
    out.print(
        f"[green]ok[/green] {len(policies.metas)} policies in {folder} "
        f"(revision {policies.revision[:16]})"
    )


@policy_app.command("list")
def policy_list(project: ProjectOpt = None) -> None:
    """List policies with their ids, effects and reasons."""
    from lictor.policy import PolicySet
    from lictor.project import load_config

    policies = PolicySet.load(load_config(project).policy_dir)
    table = Table("id", "verdict", "file", "reason")
    for m in policies.rules():
        table.add_row(m.rule, m.verdict.value, f"{m.file}:{m.line}", m.reason)
    out.print(table)


@policy_app.command("test")
def policy_test(
    file: Annotated[
        Path | None, typer.Argument(help="Cases file (default: policies/tests.yaml).")
    ] = None,
    directory: Annotated[Path | None, typer.Option("--dir", help="Policy folder to test.")] = None,
    project: ProjectOpt = None,
) -> None:
    """Run example requests against the policies and compare verdicts, like unit tests."""
    from lictor.policy.testing import load_cases, run_cases

    with _policy_gate(project, directory) as gate:
        cases_file = file or (directory or gate.config.policy_dir) / "tests.yaml"
        cases = load_cases(cases_file)

        def judge(action: Any, session: dict[str, bool] | None) -> Any:
            ev = gate.evaluate(action, session=session)
            return ev.verdict, ev.reasons

        results = run_cases(cases, judge)
    failed = [r for r in results if not r.passed]
    for r in results:
        mark = "[green]PASS[/green]" if r.passed else "[red]FAIL[/red]"
        out.print(f"{mark} {r.case.name}" + (f" — {r.problem}" if r.problem else ""))
        if not r.passed:
            for reason in r.reasons:
                out.print(f"       [dim]{reason.rule}: {reason.text}[/dim]")
    out.print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


# --- audit ------------------------------------------------------------------


@audit_app.command("tail")
def audit_tail(
    n: Annotated[int, typer.Option("-n", help="How many records.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    project: ProjectOpt = None,
) -> None:
    """Show the newest audit records."""
    with _gate(project) as gate:
        entries = gate.audit.tail(n)
    if as_json:
        for e in entries:
            print(json.dumps({"seq": e.seq, "time": e.time, "hash": e.hash, "record": e.record}))
        return
    table = Table("seq", "time", "type", "agent", "tool", "verdict", "rules")
    for e in entries:
        r = e.record
        table.add_row(
            str(e.seq),
            e.time,
            str(r.get("type", "")),
            str(r.get("agent", "")),
            str(r.get("tool", "")),
            str(r.get("verdict", r.get("status", ""))),
            ", ".join(r.get("rules", [])),
        )
    out.print(table)


@audit_app.command("verify")
def audit_verify(project: ProjectOpt = None) -> None:
    """Re-hash the whole chain, check Merkle checkpoints and signatures; exit 1 on any problem."""
    with _gate(project) as gate:
        report = gate.audit.verify()
    if report.ok:
        out.print(
            f"[green]verified[/green] {report.height} records, "
            f"{report.checkpoints_verified} signed checkpoints"
        )
        return
    for problem in report.problems:
        out.print(f"[red]TAMPERED[/red] {problem}")
    out.print(
        f"[red]audit log does not verify[/red]: {len(report.problems)} problem(s) "
        f"in {report.height} records"
    )
    raise typer.Exit(1)


@audit_app.command("export")
def audit_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or ocsf.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="File (default stdout).")
    ] = None,
    start: Annotated[int, typer.Option(help="First sequence number.")] = 0,
    project: ProjectOpt = None,
) -> None:
    """Stream the audit log as JSONL (or OCSF) for a SIEM."""
    with _gate(project) as gate:
        if output is None:
            count = gate.audit.export(sys.stdout, fmt, start=start)
        else:
            with output.open("w", encoding="utf-8") as fh:
                count = gate.audit.export(fh, fmt, start=start)
            err.print(f"exported {count} records to {output}")


@audit_app.command("prove")
def audit_prove(
    seq: Annotated[int | None, typer.Option(help="Prove this record is in the log.")] = None,
    old_size: Annotated[
        int | None, typer.Option(help="Prove the log extends its first N records.")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Print a self-contained inclusion or consistency proof (JSON) against a signed checkpoint."""
    from lictor.audit.proofs import consistency_bundle, inclusion_bundle

    if (seq is None) == (old_size is None):
        raise _fail("give exactly one of --seq or --old-size")
    with _gate(project) as gate:
        if seq is not None:
            bundle = inclusion_bundle(gate.audit, seq)
        else:
            assert old_size is not None
            bundle = consistency_bundle(gate.audit, old_size)
    print(json.dumps(bundle, indent=2))


@audit_app.command("verify-proof")
def audit_verify_proof(
    file: Annotated[Path, typer.Argument(help="Proof JSON from `lictor audit prove`.")],
    key: Annotated[
        Path | None, typer.Option(help="Pinned public key (PEM); default: the project's keys.")
    ] = None,
    project: ProjectOpt = None,
) -> None:
    """Check a proof bundle: Merkle proof plus the checkpoint's Ed25519 signature."""
    from lictor.audit.proofs import verify_bundle
    from lictor.audit.signing import load_public_key
    from lictor.errors import AuditError

    try:
        bundle = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise _fail(f"{file}: cannot read proof: {e}") from None
    if key is not None:
        from lictor.audit.signing import key_id_of

        try:
            pinned = load_public_key(key.read_text(encoding="utf-8"))
        except OSError as e:
            raise _fail(f"{key}: cannot read key: {e.strerror or e}") from None
        keys: dict[str, Any] = {key_id_of(pinned): pinned}
    else:
        with _gate(project) as gate:
            keys = {gate.audit.signer.key_id: gate.audit.signer.public_key}
            keys.update(gate.audit.public_keys())
    try:
        message = verify_bundle(bundle, keys)
    except AuditError as e:
        out.print(f"[red]proof does not verify[/red]: {e}")
        raise typer.Exit(1) from None
    out.print(f"[green]verified[/green] {message}")


@audit_app.command("checkpoint")
def audit_checkpoint(project: ProjectOpt = None) -> None:
    """Sign a Merkle checkpoint of the log as it stands now."""
    with _gate(project) as gate:
        cp = gate.audit.checkpoint()
    out.print(f"checkpoint at size {cp.size}: root {cp.root} signed by {cp.key_id}")


# --- demo -------------------------------------------------------------------


@app.command()
def demo(
    folder: Annotated[
        Path | None,
        typer.Option(
            "--dir", help="Where to build the demo project (default: a new temporary folder)."
        ),
    ] = None,
) -> None:
    """A scripted coding-agent session with attacks, sent through the gate, then audit verify."""
    from lictor.demo import run_demo

    code = run_demo(folder, out)
    raise typer.Exit(code)


def main() -> None:
    """Entry point: typed errors become one line on stderr and exit code 2."""
    try:
        app()
    except LictorError as e:
        err.print(f"[red]error:[/red] {e}", soft_wrap=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()

"""`lictor fix`: the Typer command (heavy imports happen inside)."""

from __future__ import annotations

import contextlib
import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

# A group callback stops parsing options after the first path unless told otherwise.
app = typer.Typer(
    help="Fix findings with validated codemods: patch, branch or in place.",
    context_settings={"allow_interspersed_args": True},
)

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
"""0: ran (fixes or none needed); 1: some fix was rolled back; 2: bad input."""


@app.callback(invoke_without_command=True)
def fix(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: .).")
    ] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Leave validated edits in place.")] = False,
    patch: Annotated[Path | None, typer.Option("--patch", help="Write the diff here.")] = None,
    branch: Annotated[
        str | None, typer.Option("--branch", help="Commit the fixes to this new branch.")
    ] = None,
    pr_body_file: Annotated[
        Path | None, typer.Option("--pr-body", help="Write a pull-request description here.")
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Also apply this tier: suggest (repeatable)."),
    ] = None,
    test_cmd: Annotated[
        str | None,
        typer.Option("--test-cmd", help='Test gate, e.g. "pytest -q" (default: detect).'),
    ] = None,
    no_tests: Annotated[
        bool,
        typer.Option("--no-tests", help="Accept parse + rescan alone when there are no tests."),
    ] = False,
    root: Annotated[
        Path | None, typer.Option("--root", help="Project root (default: the git top or cwd).")
    ] = None,
    scanners: Annotated[
        str, typer.Option(help="bandit,semgrep,secrets")
    ] = "bandit,semgrep,secrets",
    fix_tests: Annotated[bool, typer.Option(help="Also fix files in tests/examples.")] = False,
    llm: Annotated[
        bool, typer.Option("--llm", help="Ask the configured LLM for manual-tier findings.")
    ] = False,
    project: Annotated[Path | None, typer.Option("--project", "-p")] = None,
) -> None:
    """Scan, triage, fix and validate each edit; without --apply, files are left as they were."""
    from lictor.errors import LictorError
    from lictor.fix.engine import run_fix
    from lictor.fix.interface import Tier
    from lictor.fix.llm import configured_endpoint
    from lictor.fix.output import commit_branch, fix_record, pr_body
    from lictor.review.run import _project_home, who_ran
    from lictor.review.scanning import make_scanners

    try:
        tiers = {Tier.AUTO} | {Tier(t) for t in include or [] if t in ("auto", "suggest")}
        unknown = [t for t in include or [] if t not in ("auto", "suggest")]
        if unknown:
            raise typer.BadParameter(f"--include takes auto or suggest, not {unknown[0]!r}")
        base = (root or Path.cwd()).resolve()
        if root is None:
            from lictor.review.gitio import repo_root

            with contextlib.suppress(LictorError):
                base = repo_root(base)
        home = _project_home(base, project)
        endpoint = configured_endpoint() if llm else None
        notes = []
        if llm and endpoint is None:
            notes.append("LLM fixes skipped: no endpoint configured (set LICTOR_FIX_LLM_URL)")
        gate = None
        if endpoint is not None and home is not None:
            from lictor.gate import open as open_gate

            gate = open_gate(home)
        report = run_fix(
            base,
            paths or [],
            tiers=frozenset(tiers),
            test_command=shlex.split(test_cmd) if test_cmd else None,
            require_tests=not no_tests,
            scanners=make_scanners([s.strip() for s in scanners.split(",") if s.strip()]),
            keep=apply,
            fix_tests=fix_tests,
            llm=endpoint,
            gate=gate,
        )
        for o in report.outcomes:
            f = o.plan.finding
            mark = {"applied": "FIXED", "rolled-back": "ROLLED BACK"}.get(o.status, o.status)
            typer.echo(f"{mark:<12} {f.path}:{f.line} {f.key} [{o.plan.tier}] {o.plan.description}")
            if o.reason:
                typer.echo(f"             {o.reason}")
        for note in (*notes, *report.notes):
            typer.echo(f"note: {note}")
        typer.echo(
            f"{len(report.applied)} fixed, "
            f"{sum(o.status == 'rolled-back' for o in report.outcomes)} rolled back, "
            f"{sum(o.status in ('suggested', 'manual') for o in report.outcomes)} left as "
            f"suggestions, {report.unfixable} without a codemod"
        )
        if patch is not None:
            patch.write_text(report.diff, encoding="utf-8")
            typer.echo(f"patch written to {patch}")
        elif not apply and not branch and report.diff:
            sys.stdout.write(report.diff)
        if pr_body_file is not None:
            pr_body_file.write_text(pr_body(report), encoding="utf-8")
        if branch and report.applied:
            message = f"lictor fix\n\n{pr_body(report)}"
            commit = commit_branch(base, branch, dict(report.fixed), message)
            typer.echo(f"branch {branch} at {commit[:12]}")
        if home is not None:
            from lictor.gate import open as open_gate

            with open_gate(home) as g:
                g.audit.append(fix_record(report, who_ran(), apply))
        if gate is not None:
            gate.close()
    except LictorError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    rolled = any(o.status == "rolled-back" for o in report.outcomes)
    raise typer.Exit(EXIT_FAIL if rolled else EXIT_OK)

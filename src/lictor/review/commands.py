"""`lictor review`: the Typer group (heavy imports happen inside the commands)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Review a change: AI authorship, SAST + secrets, triage, risk tiers, SARIF.",
    invoke_without_command=True,
)

EXIT_PASS, EXIT_FAIL, EXIT_ERROR, EXIT_INCOMPLETE = 0, 1, 2, 3
"""Exit codes: pass, the check failed, bad input, a scanner failed and nothing else did."""


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.callback()
def review(
    ctx: typer.Context,
    rev_range: Annotated[
        str | None, typer.Option("--range", help="Commit range A..B (A...B: from the merge base).")
    ] = None,
    pr: Annotated[
        str | None, typer.Option("--pr", help="Review HEAD as a pull request into BASE.")
    ] = None,
    worktree: Annotated[
        bool, typer.Option("--worktree", help="Review uncommitted changes (the default).")
    ] = False,
    repo: Annotated[Path, typer.Option("--repo", help="Repository folder.")] = Path("."),
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, json, sarif or markdown.")
    ] = "text",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the report here (default stdout).")
    ] = None,
    reviewer: Annotated[
        list[str] | None,
        typer.Option("--reviewer", help="Named human who approved (repeatable)."),
    ] = None,
    scanners: Annotated[
        str, typer.Option(help="Comma-separated: bandit,semgrep,secrets.")
    ] = "bandit,semgrep,secrets",
    project: Annotated[
        Path | None, typer.Option("--project", "-p", help="Lictor project (default: in the repo).")
    ] = None,
    no_audit: Annotated[bool, typer.Option("--no-audit", help="Write no audit record.")] = False,
) -> None:
    """Exit 0 pass, 1 fail, 2 error, 3 incomplete (a scanner failed; never reported clean)."""
    if ctx.invoked_subcommand:
        return
    from lictor.errors import LictorError
    from lictor.review._format import get_format
    from lictor.review.run import review as run_review
    from lictor.review.scanning import make_scanners

    if sum(bool(x) for x in (rev_range, pr, worktree)) > 1:
        raise _fail("choose one of --range, --pr, --worktree")
    try:
        formatter = get_format(fmt)
        chosen = make_scanners([s.strip() for s in scanners.split(",") if s.strip()])
        report = run_review(
            repo,
            rev_range=rev_range,
            pr=pr,
            reviewers=reviewer or [],
            scanners=chosen,
            project=project,
            audit=not no_audit,
        )
    except LictorError as e:
        raise _fail(str(e)) from None
    text = formatter.render(report)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"{report.verdict}: report written to {out}", err=True)
    code = {"pass": EXIT_PASS, "fail": EXIT_FAIL, "incomplete": EXIT_INCOMPLETE}[report.verdict]
    raise typer.Exit(code)


@app.command("file")
def review_one_file(
    path: Annotated[Path, typer.Argument(help="File to scan.")],
    semgrep: Annotated[bool, typer.Option(help="Also run Semgrep (slower).")] = False,
) -> None:
    """Scan one file (the agent feedback fast path); JSON findings, exit 1 when any."""
    from lictor.review.scanning import review_file

    if not path.is_file():
        raise _fail(f"{path} is not a file")
    findings = review_file(path, semgrep=semgrep)
    rows = [
        {
            "scanner": f.scanner,
            "kind": f.kind,
            "severity": f.severity,
            "location": f.location,
            "message": f.excerpt,
        }
        for f in findings
    ]
    print(json.dumps(rows, indent=2))
    raise typer.Exit(EXIT_FAIL if findings else EXIT_PASS)


@app.command("sign-trailer")
def sign_trailer_cmd(
    agent: Annotated[str, typer.Option("--agent", help="Agent id to sign for.")],
    repo: Annotated[Path, typer.Option("--repo", help="Repository folder.")] = Path("."),
    rev: Annotated[
        str | None, typer.Option("--rev", help="Sign an existing commit (default: the index).")
    ] = None,
    bind: Annotated[
        str, typer.Option(help="tree (exact content) or patch (survives rebase).")
    ] = "tree",
    project: Annotated[Path | None, typer.Option("--project", "-p")] = None,
) -> None:
    """Print a `Lictor-Agent:` trailer signed with the project's audit key.

    Use: git commit --trailer "$(lictor review sign-trailer --agent coder)"
    """
    from lictor.audit.signing import load_or_create_signer
    from lictor.errors import LictorError
    from lictor.project import load_config
    from lictor.review.gitio import repo_root
    from lictor.review.trailer import sign_trailer

    try:
        root = repo_root(repo)
        signer = load_or_create_signer(load_config(project or root).signing_key)
        print(sign_trailer(root, agent, signer, bind=bind, rev=rev))
    except LictorError as e:
        raise _fail(str(e)) from None

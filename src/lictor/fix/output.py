"""What a fix run produces: a patch, a branch with one commit, a PR body, an audit record."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from lictor.fix.interface import FixError, FixReport


def pr_body(report: FixReport) -> str:
    """Markdown for the pull request that carries the fixes."""
    lines = ["## Lictor fix", ""]
    applied = report.applied
    lines.append(
        f"{len(applied)} finding(s) fixed, each validated by: parse, rescan (finding gone,"
    )
    lines.append(
        "nothing new), and the project's tests"
        + (f" (`{' '.join(report.test_command)}`)." if report.test_command else " (none found).")
    )
    if applied:
        lines += ["", "| file:line | finding | fix | tier |", "|---|---|---|---|"]
        for o in applied:
            f = o.plan.finding
            lines.append(
                f"| `{f.path}:{f.line}` | `{f.key}` | {o.plan.description} | {o.plan.tier} |"
            )
    others = [o for o in report.outcomes if o.status != "applied"]
    if others:
        lines += ["", "### Not applied", ""]
        for o in others:
            f = o.plan.finding
            why = o.reason or o.plan.description
            lines.append(f"- `{f.path}:{f.line}` `{f.key}` ({o.status}): {why}")
    for note in report.notes:
        lines.append(f"\n<sub>{note}</sub>")
    return "\n".join(lines) + "\n"


def _git(root: Path, *args: str, env: dict[str, str] | None = None, data: bytes = b"") -> str:
    proc = subprocess.run(
        ["git", "-C", str(root), *args],
        input=data,
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise FixError(f"git {args[0]} failed: {message[-1] if message else 'no output'}")
    return proc.stdout.decode("utf-8", "replace").strip()


def commit_branch(root: Path, branch: str, files: dict[str, str], message: str) -> str:
    """Create `branch` from HEAD with `files` (path -> new text) in one commit; its id.

    Built with a private index, so the working tree, the real index and the
    checked-out branch are left untouched.
    """
    top = Path(_git(root, "rev-parse", "--show-toplevel"))
    with tempfile.TemporaryDirectory(prefix="lictor-fix-") as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        _git(top, "read-tree", "HEAD", env=env)
        for rel, text in files.items():
            path = (root / rel).resolve().relative_to(top).as_posix()
            blob = _git(top, "hash-object", "-w", "--stdin", data=text.encode("utf-8"))
            mode = "100755" if os.access(root / rel, os.X_OK) else "100644"
            _git(top, "update-index", "--add", "--cacheinfo", f"{mode},{blob},{path}", env=env)
        tree = _git(top, "write-tree", env=env)
    commit = _git(top, "commit-tree", tree, "-p", "HEAD", "-m", message)
    # The zero old-value refuses to move an existing branch.
    _git(top, "update-ref", f"refs/heads/{branch}", commit, "0" * 40)
    return commit


def fix_record(report: FixReport, who: str, applied_in_place: bool) -> dict[str, Any]:
    """The audit record of a fix run (no floats)."""
    from lictor import __version__

    return {
        "type": "fix",
        "tool": f"lictor fix {__version__}",
        "who": who,
        "root": report.root,
        "applied_in_place": applied_in_place,
        "test_command": list(report.test_command),
        "outcomes": [
            {
                "rule": o.plan.finding.key,
                "path": o.plan.finding.path,
                "line": o.plan.finding.line,
                "codemod": o.plan.codemod,
                "tier": o.plan.tier.value,
                "status": o.status,
                "reason": o.reason[:300],
                "checks": dict(o.checks),
            }
            for o in report.outcomes
        ],
        "unfixable": report.unfixable,
        "notes": list(report.notes),
    }

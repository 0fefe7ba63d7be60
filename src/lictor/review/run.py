"""`lictor review` end to end: the change, authorship, scanning, triage, tiers, audit."""

from __future__ import annotations

import getpass
import os
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from lictor.review import gitio
from lictor.review.authorship import classify_commit, load_rules
from lictor.review.interface import (
    CodeScanner,
    ReviewError,
    ReviewReport,
    ScanResult,
)
from lictor.review.scanning import scan_paths
from lictor.review.tiers import decide_tier, load_policy
from lictor.review.triage import RANKS, triage_all

MAX_AUDITED_FINDINGS = 200
"""Findings listed in one audit record; the count is always exact."""


def _project_home(root: Path, project: Path | None) -> Path | None:
    from lictor.errors import ConfigError
    from lictor.project import find_home

    try:
        return find_home(project or root)
    except ConfigError:
        return None


def trusted_keys(home: Path | None) -> list[Ed25519PublicKey]:
    """Keys a Lictor-Agent trailer may be signed with: the project's audit key (never created)."""
    if home is None:
        return []
    from lictor.audit.signing import Signer
    from lictor.errors import LictorError
    from lictor.project import load_config

    try:
        key_path = load_config(home).signing_key
        return [Signer.load(key_path).public_key] if key_path.is_file() else []
    except LictorError:
        return []


def console_scripts(root: Path) -> list[str]:
    """Function names the project's `[project.scripts]` point to (entry points for triage)."""
    try:
        data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    scripts = data.get("project", {}).get("scripts", {})
    return (
        [str(v).rsplit(":", 1)[-1] for v in scripts.values()] if isinstance(scripts, dict) else []
    )


def _endpoints(root: Path, rev_range: str | None, pr: str | None) -> tuple[str, str | None, str]:
    if rev_range:
        if "..." in rev_range:
            a, b = rev_range.split("...", 1)
            head = gitio.resolve(root, b or "HEAD")
            return gitio.merge_base(root, gitio.resolve(root, a), head), head, f"range {rev_range}"
        a, sep, b = rev_range.partition("..")
        if not sep:
            raise ReviewError(f"--range must look like A..B, not {rev_range!r}")
        return gitio.resolve(root, a), gitio.resolve(root, b or "HEAD"), f"range {rev_range}"
    if pr:
        head = gitio.resolve(root, "HEAD")
        return gitio.merge_base(root, gitio.resolve(root, pr), head), head, f"pr {pr}"
    base = gitio.resolve(root, "HEAD") if gitio.has_head(root) else gitio.EMPTY_TREE
    return base, None, "worktree"


def review(
    repo: Path,
    *,
    rev_range: str | None = None,
    pr: str | None = None,
    reviewers: Sequence[str] = (),
    scanners: Sequence[CodeScanner] | None = None,
    project: Path | None = None,
    audit: bool = True,
) -> ReviewReport:
    """Review a commit range, a pull request against `pr`, or (neither) the working tree."""
    root = gitio.repo_root(repo)
    notes: list[str] = []
    if gitio.is_shallow(root):
        notes.append("shallow clone: commits older than the clone depth were not examined")
    base, head, target = _endpoints(root, rev_range, pr)
    home = _project_home(root, project)
    extra_rules = (
        [home / "authorship.toml"] if home and (home / "authorship.toml").is_file() else []
    )
    rules = load_rules(extra_rules)
    keys = trusted_keys(home)
    authorship = []
    if head is not None:
        for commit in gitio.commits(root, base, head):
            authorship.append(classify_commit(commit, rules, repo=root, keys=keys))
    else:
        notes.append("working tree: no commit metadata, authorship not judged")
    change = gitio.diff_change(root, base, head)
    binary = set(change.binary)
    if binary:
        notes.append(f"{len(binary)} binary file(s) not scanned")
    scannable = [p for p in change.present if p not in binary]
    with tempfile.TemporaryDirectory(prefix="lictor-review-") as tmp:
        scan_root = root
        if head is not None:
            scan_root = Path(tmp)
            gitio.materialise(root, head, scannable, scan_root)
        result = scan_paths(scan_root, scannable, scanners) if scannable else ScanResult()
        triaged = triage_all(result.findings, scan_root, change.lines, console_scripts(root))
    outside = sum(1 for t in triaged if not t.changed)
    if outside:
        notes.append(f"{outside} finding(s) in changed files but outside the changed lines")
    for failure in result.failures:
        notes.append(f"partial: {failure.message}")
    ai = any(a.ai for a in authorship)
    policy = load_policy(home / "review.toml" if home else None)
    tier = decide_tier(policy, ai, change.paths, reviewers, rules)
    floor = RANKS.index(tier.fail_on)
    failed = list(tier.problems)
    blocking = [t for t in triaged if t.changed and RANKS.index(t.rank) >= floor]
    if blocking:
        failed.append(
            f"{len(blocking)} finding(s) ranked {tier.fail_on} or above in the change "
            f"(tier {tier.tier})"
        )
    report = ReviewReport(
        target=target,
        repo=str(root),
        commits=tuple(authorship),
        changed=change.paths,
        scan=result,
        triaged=tuple(triaged),
        tier=tier,
        failed=tuple(failed),
        notes=tuple(notes),
    )
    if audit and home is not None:
        audit_review(report, home)
    return report


def who_ran() -> str:
    """The person or CI identity running Lictor."""
    for var in ("GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOR", "USER"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def review_record(report: ReviewReport) -> dict[str, Any]:
    """The audit record of a review (no floats: audit hashes canonical JSON)."""
    from lictor import __version__

    return {
        "type": "review",
        "tool": f"lictor review {__version__}",
        "who": who_ran(),
        "target": report.target,
        "repo": report.repo,
        "verdict": report.verdict,
        "tier": report.tier.tier,
        "reviewers": list(report.tier.reviewers),
        "ai_authored": report.ai_authored,
        "commits": [
            {
                "sha": a.commit.sha,
                "agents": list(a.agents),
                "signals": [s.rule for s in a.signals],
                "verified": any(s.verified for s in a.signals),
            }
            for a in report.commits
        ],
        "changed_files": len(report.changed),
        "finding_count": len(report.triaged),
        "findings": [
            {
                "rule": t.finding.key,
                "path": t.finding.path,
                "line": t.finding.line,
                "cwe": t.finding.cwe,
                "rank": t.rank,
                "changed": t.changed,
            }
            for t in report.triaged[:MAX_AUDITED_FINDINGS]
        ],
        "failed": list(report.failed),
        "partial": report.partial,
        "scanner_failures": [f"{f.scanner}: {f.message}" for f in report.scan.failures],
    }


def audit_review(report: ReviewReport, home: Path) -> int:
    """Append the review to the project's audit log; its sequence number."""
    from lictor.gate import open as open_gate

    with open_gate(home) as gate:
        return gate.audit.append(review_record(report)).seq

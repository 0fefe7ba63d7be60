"""The data `lictor review` passes around, and the two services it is built from.

Scanners (`_scanner/`) turn files into `CodeFinding`s; formats (`_format/`)
turn a `ReviewReport` into text. Adding either means adding one file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lictor.errors import LictorError
from lictor.model import Finding

SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}
"""Severity words to numbers; triage multiplies them."""

CONFIDENCE_RANK = {"low": 1, "medium": 2, "high": 3}
"""Confidence words to numbers."""


class ReviewError(LictorError):
    """A review cannot run: not a git repository, a missing revision, a bad policy file."""


@dataclass(frozen=True)
class CodeFinding:
    """One issue a code scanner reported at one place in one file."""

    scanner: str
    """Which scanner reported it: `bandit`, `semgrep`, `secrets`."""
    rule: str
    """The scanner's rule id (`B602`, `lictor.python.yaml-unsafe-load`, `aws-access-key`)."""
    message: str
    """The scanner's one-line description."""
    path: str
    """File path relative to the scanned root, with forward slashes."""
    line: int
    """First line (1-based)."""
    severity: str
    """`low`, `medium`, `high` or `critical`."""
    confidence: str = "medium"
    """How sure the scanner is: `low`, `medium`, `high`."""
    end_line: int = 0
    """Last line, or 0 when the scanner gave none."""
    column: int = 0
    """First column (1-based), or 0."""
    cwe: int = 0
    """CWE number, 0 when unknown."""
    owasp: tuple[str, ...] = ()
    """OWASP Top 10 2021 / LLM Top 10 ids (`A03:2021`, `LLM05:2025`)."""
    atlas: tuple[str, ...] = ()
    """MITRE ATLAS technique ids (`AML.T0051`)."""
    also: tuple[str, ...] = ()
    """Other `scanner:rule` pairs that reported the same issue (kept after de-duplication)."""

    @property
    def key(self) -> str:
        """`scanner:rule`, the id codemods and taxonomy data use."""
        return f"{self.scanner}:{self.rule}"

    @property
    def keys(self) -> tuple[str, ...]:
        """This finding's key and those of the duplicates merged into it."""
        return (self.key, *self.also)

    def as_finding(self) -> Finding:
        """The shared `lictor.model.Finding` form, for adapters and the gate."""
        tag = f" (CWE-{self.cwe})" if self.cwe else ""
        return Finding(
            scanner=self.scanner,
            kind=self.rule,
            severity=self.severity,
            location=f"{self.path}:{self.line}",
            excerpt=f"{self.message}{tag}",
        )


@dataclass(frozen=True)
class ScannerFailure:
    """A scanner that did not cover everything it was asked to scan."""

    scanner: str
    """Which scanner."""
    message: str
    """What went wrong and what to do about it, in one line."""
    paths: tuple[str, ...] = ()
    """Files left unscanned (empty: the whole run failed)."""


@dataclass(frozen=True)
class ScanResult:
    """What one or several scanners reported over a set of files."""

    findings: tuple[CodeFinding, ...] = ()
    """Every finding, de-duplicated."""
    failures: tuple[ScannerFailure, ...] = ()
    """Scanners that failed or skipped files; any failure makes the result partial."""
    scanned: tuple[str, ...] = ()
    """Files handed to the scanners."""
    skipped: tuple[str, ...] = ()
    """Files not scanned on purpose (binary, deleted, not source), with no loss of coverage."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall time per scanner."""

    @property
    def partial(self) -> bool:
        """True when some scanner failed: a clean result then proves nothing."""
        return bool(self.failures)


class CodeScanner(ABC):
    """Runs one scanner over files below a root."""

    name: str
    """Stable id; becomes `CodeFinding.scanner`."""

    @abstractmethod
    def scan(self, root: Path, paths: Sequence[str]) -> ScanResult:
        """Findings in `paths` (relative to `root`); failures instead of exceptions."""


@dataclass(frozen=True)
class Signal:
    """One piece of evidence that an agent wrote a commit."""

    rule: str
    """Rule id from the authorship rules (`claude-code-coauthor`, `lictor-agent`)."""
    agent: str
    """Which agent the rule points to (`Claude Code`, `Devin`)."""
    evidence: str
    """The metadata that matched (`author: devin-ai-integration[bot]`)."""
    confidence: str = "high"
    """`high` for exact identities and signatures, `medium` for footers and generic trailers."""
    verified: bool = False
    """True only for a Lictor-Agent trailer whose signature checked out."""


@dataclass(frozen=True)
class CommitInfo:
    """The metadata of one commit that authorship is judged from."""

    sha: str
    """Full commit id."""
    author_name: str
    """Author name."""
    author_email: str
    """Author e-mail."""
    committer_name: str
    """Committer name."""
    committer_email: str
    """Committer e-mail."""
    subject: str
    """First line of the message."""
    body: str
    """The whole message."""
    tree: str = ""
    """Tree id, for verifying Lictor-Agent signatures bound to a tree."""


@dataclass(frozen=True)
class Authorship:
    """The verdict on one commit."""

    commit: CommitInfo
    """The commit judged."""
    signals: tuple[Signal, ...]
    """Every rule that matched; empty for a commit with no AI evidence."""

    @property
    def ai(self) -> bool:
        """True when any signal matched (trailers are positive evidence only)."""
        return bool(self.signals)

    @property
    def agents(self) -> tuple[str, ...]:
        """Distinct agents named by the signals, in order."""
        return tuple(dict.fromkeys(s.agent for s in self.signals))


@dataclass(frozen=True)
class Triaged:
    """A finding with its triage rank and the reason for it."""

    finding: CodeFinding
    """The finding ranked."""
    score: int
    """severity x confidence x exposure, scaled to an integer (audit records carry no floats)."""
    rank: str
    """`critical`, `high`, `medium`, `low` or `info`, from the score."""
    reason: str
    """Why it ranks there, in one line."""
    changed: bool = True
    """True when the finding sits on a line the change added or modified."""


@dataclass(frozen=True)
class TierResult:
    """What the risk-tier policy requires of this change."""

    tier: str
    """`standard`, `ai` or `ai-sensitive`."""
    fail_on: str
    """Rank at or above which a finding fails the check in this tier."""
    sensitive: tuple[tuple[str, str], ...] = ()
    """(path, category) of changed paths matching a sensitive pattern."""
    reviewer_required: bool = False
    """True when a named human reviewer must approve."""
    reviewers: tuple[str, ...] = ()
    """Reviewers given (`--reviewer`), after rejecting agent identities."""
    problems: tuple[str, ...] = ()
    """Why the tier check fails (no reviewer, a reviewer that is a bot), one line each."""


@dataclass(frozen=True)
class ReviewReport:
    """Everything `lictor review` found out about one change."""

    target: str
    """What was reviewed: `range A..B`, `pr BASE`, `worktree`, `file PATH`."""
    repo: str
    """Repository root."""
    commits: tuple[Authorship, ...]
    """Authorship of each commit in the change (empty for a working tree)."""
    changed: tuple[str, ...]
    """Changed paths (every file, scanned or not)."""
    scan: ScanResult
    """Scanner output."""
    triaged: tuple[Triaged, ...]
    """Findings in the change, best first."""
    tier: TierResult
    """The risk tier and its requirements."""
    failed: tuple[str, ...]
    """Why the check fails, one line each; empty when it passes."""
    notes: tuple[str, ...] = ()
    """Things a reader should know (shallow clone, files skipped, findings outside the change)."""

    @property
    def ai_authored(self) -> bool:
        """True when any commit carries AI evidence."""
        return any(c.ai for c in self.commits)

    @property
    def partial(self) -> bool:
        """True when some scanner failed."""
        return self.scan.partial

    @property
    def verdict(self) -> str:
        """`fail`, `incomplete` (partial and nothing failed) or `pass`."""
        if self.failed:
            return "fail"
        return "incomplete" if self.partial else "pass"


class ReportFormat(ABC):
    """Renders a review report."""

    name: str
    """Format id used by `--format`."""

    @abstractmethod
    def render(self, report: ReviewReport) -> str:
        """The whole report as text."""

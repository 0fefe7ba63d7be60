"""The data `lictor fix` passes around, and the codemod service.

A codemod looks at one finding in one parsed module and answers with a
`Plan`: an edit in a tier (auto-apply, suggest-only) or, when it cannot fix
safely, a suggestion for a human or an LLM. Adding a fix class means adding
one file under `_codemods/`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum

import libcst as cst

from lictor.errors import LictorError
from lictor.review.interface import CodeFinding


class FixError(LictorError):
    """A fix run cannot proceed: no tests to gate with, tests failing before any fix, bad paths."""


class Tier(StrEnum):
    """How much trust an edit gets."""

    AUTO = "auto"
    """Safe by construction: applied by `--apply`, still validated."""
    SUGGEST = "suggest"
    """Behaviour can change (secrets moved, hashes upgraded): applied only when asked."""
    MANUAL = "manual"
    """No safe deterministic edit: a human or an LLM must decide."""


@dataclass(frozen=True)
class Plan:
    """A codemod's answer for one finding."""

    codemod: str
    """Codemod id."""
    finding: CodeFinding
    """The finding addressed."""
    tier: Tier
    """auto, suggest or manual."""
    description: str
    """What the edit does, or why none is made, in one line."""
    module: cst.Module | None = None
    """The rewritten module (imports not yet added); None when there is no edit."""
    imports: tuple[tuple[str, str | None], ...] = ()
    """(module, name) imports the edit needs; name None for `import module`."""
    suggestion: str = ""
    """What a human should do instead when there is no safe edit."""

    @property
    def has_edit(self) -> bool:
        """True when the plan carries a rewritten module."""
        return self.module is not None


class Codemod(ABC):
    """A deterministic rewrite for one class of finding."""

    name: str
    """Stable id (`yaml-load`)."""
    handles: frozenset[str]
    """Finding keys (`bandit:B506`, `semgrep:lictor.python.yaml-unsafe-load`) it addresses."""
    successors: frozenset[str] = frozenset()
    """Keys the fixed code is expected to raise instead (an argv call still gets Bandit's B603)."""

    @abstractmethod
    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        """An edit or a suggestion for `finding` in `module` (never raises for odd code)."""

    def matches(self, finding: CodeFinding) -> bool:
        """True when this codemod addresses the finding."""
        return any(k in self.handles for k in finding.keys)

    def skip(self, finding: CodeFinding, why: str, suggestion: str = "") -> Plan:
        """A plan with no edit."""
        return Plan(self.name, finding, Tier.MANUAL, why, suggestion=suggestion or why)


@dataclass(frozen=True)
class FixOutcome:
    """What happened to one plan in the validation loop."""

    plan: Plan
    """The plan tried (or only reported)."""
    status: str
    """`applied`, `rolled-back`, `suggested`, `manual`, `not-attempted`."""
    reason: str = ""
    """Why it was rolled back or not attempted."""
    checks: dict[str, str] = field(default_factory=dict)
    """parse / rescan / tests -> `ok` or what failed."""


@dataclass(frozen=True)
class FixReport:
    """A whole `lictor fix` run."""

    root: str
    """Project root."""
    outcomes: tuple[FixOutcome, ...]
    """One per finding handled, in file order."""
    diff: str
    """Unified diff of every accepted edit."""
    test_command: tuple[str, ...]
    """Test command used as the gate (empty: none)."""
    notes: tuple[str, ...] = ()
    """Partial scans, skipped files, baseline test status."""
    unfixable: int = 0
    """Findings no codemod addresses."""
    fixed: tuple[tuple[str, str], ...] = ()
    """(path, fixed text) of every file with accepted edits."""

    @property
    def applied(self) -> tuple[FixOutcome, ...]:
        """Outcomes whose edit passed validation."""
        return tuple(o for o in self.outcomes if o.status == "applied")

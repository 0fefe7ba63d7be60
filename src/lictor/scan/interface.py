"""The scanner interface: one small ABC and the frozen data scanners share.

A scanner reads one string and reports `Finding`s with offsets into that
string; walking nested values, limits and redaction live beside it
(`walk.py`, `redact.py`), so adding a scanner means adding one file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from lictor.model import Finding

SEVERITIES = ("low", "medium", "high", "critical")
"""Severity words in increasing order; `Finding.severity` is one of these."""

REDACTABLE = frozenset({"secrets", "pii"})
"""Scanners whose matches are replaced by `redact_value`; injection text is reported, not cut."""


@dataclass(frozen=True)
class ScanLimits:
    """Bounds that keep a scan finite whatever the input."""

    max_depth: int = 64
    """Nesting depth beyond which containers are reported unscanned."""
    max_chars: int = 10 * 1024 * 1024
    """Characters scanned over one whole value; the rest is reported unscanned."""
    binary_ratio: float = 0.3
    """Share of undecodable or control characters above which bytes count as binary."""


class Scanner(ABC):
    """Reads one string and reports what it finds in it."""

    name: str
    """Stable scanner id; it becomes `Finding.scanner`."""
    pure: bool = False
    """True when findings depend on the text alone (no state, no clock): short texts'
    findings may then be remembered and reused."""

    @abstractmethod
    def scan(self, text: str, location: str = "") -> list[Finding]:
        """Findings in `text`, each with `location` set and offsets into `text` where known."""


def severity_at_least(severity: str, floor: str) -> bool:
    """True when `severity` is `floor` or worse; unknown words count as the lowest."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return rank.get(severity, 0) >= rank.get(floor, 0)

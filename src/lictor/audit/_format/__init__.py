"""Export formats: one module per format, each a function from an entry to one line."""

from __future__ import annotations

from collections.abc import Callable

from lictor.audit._format import jsonl, ocsf
from lictor.audit.interface import AuditEntry

FORMATS: dict[str, Callable[[AuditEntry], str]] = {
    "jsonl": jsonl.line,
    "ocsf": ocsf.line,
}
"""Format name -> function writing one entry as one line (no newline)."""

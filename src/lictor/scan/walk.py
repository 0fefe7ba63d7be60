"""Walking nested JSON-compatible values and scanning every string in them, within limits."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from lictor.model import Finding
from lictor.scan.interface import ScanLimits, Scanner

DEFAULT_LIMITS = ScanLimits()
"""The limits `scan_value` applies when none are given."""

MEMO_TEXT_CHARS = 256
"""Texts up to this long are remembered by pure scanners (paths, commands, short values)."""
MEMO_TEXTS = 4096
"""How many such texts each pure scanner remembers (oldest forgotten first)."""


class _Memo:
    """A pure scanner's findings for short texts it has already read, located nowhere."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[Finding, ...]] = {}
        self.lock = threading.Lock()

    def scan(self, scanner: Scanner, text: str, location: str) -> list[Finding]:
        known = self.found.get(text)
        if known is None:
            known = tuple(scanner.scan(text, ""))
            with self.lock:
                if len(self.found) >= MEMO_TEXTS:
                    self.found.pop(next(iter(self.found)), None)
                self.found[text] = known
        return [replace(f, location=location) for f in known] if known else []


_MEMOS: weakref.WeakKeyDictionary[Scanner, _Memo] = weakref.WeakKeyDictionary()


def child_location(parent: str, key: object) -> str:
    """Path of a child: `parent.key` for mapping keys, `parent[3]` for list indexes."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else str(key)


def decode_bytes(data: bytes) -> tuple[str, bool]:
    """Text of `data` (invalid UTF-8 replaced) and whether it looks mostly binary."""
    text = data.decode("utf-8", errors="replace")
    if not text:
        return text, False
    sample = text[:65536]
    # Replacement characters and C0 controls other than whitespace mark non-text content.
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return text, odd / len(sample) > DEFAULT_LIMITS.binary_ratio


@dataclass
class _Budget:
    # Mutable on purpose: one walk shares one budget across all its strings.
    chars_left: int
    findings: list[Finding] = field(default_factory=list)
    truncated: list[str] = field(default_factory=list)


def scan_value(
    value: Any,
    scanners: Sequence[Scanner],
    location: str = "",
    limits: ScanLimits = DEFAULT_LIMITS,
) -> list[Finding]:
    """Findings for every string inside `value`, located by dotted/indexed path.

    Never raises: content that could not be scanned (too deep, over the size budget, a
    scanner error) is reported as a `limits`/`unscanned` finding, which callers must treat
    as untrusted. Bytes are decoded leniently; mostly-binary bytes add a `binary` finding.
    """
    budget = _Budget(chars_left=limits.max_chars)
    try:
        _walk(value, location, scanners, limits, budget, depth=0)
    except RecursionError:
        budget.truncated.append(location)
    for where in list(dict.fromkeys(budget.truncated))[:100]:
        budget.findings.append(_unscanned(where, "not all content could be scanned"))
    return budget.findings


def _unscanned(location: str, why: str) -> Finding:
    return Finding(
        scanner="limits", kind="unscanned", severity="medium", location=location, excerpt=why
    )


def _walk(
    value: Any,
    location: str,
    scanners: Sequence[Scanner],
    limits: ScanLimits,
    budget: _Budget,
    depth: int,
) -> None:
    if depth > limits.max_depth:
        budget.truncated.append(location)
        return
    if isinstance(value, str):
        _scan_text(value, location, scanners, budget)
    elif isinstance(value, bytes | bytearray | memoryview):
        text, binary = decode_bytes(bytes(value))
        if binary:
            budget.findings.append(
                Finding(
                    scanner="limits",
                    kind="binary",
                    severity="medium",
                    location=location,
                    excerpt=f"{len(value)} bytes, mostly not text",
                )
            )
        _scan_text(text, location, scanners, budget)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float):
        # Card numbers and ids sometimes arrive as JSON numbers.
        _scan_text(str(value), location, scanners, budget)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if budget.chars_left <= 0:
                budget.truncated.append(location)
                return
            _walk(item, child_location(location, key), scanners, limits, budget, depth + 1)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if budget.chars_left <= 0:
                budget.truncated.append(location)
                return
            _walk(item, child_location(location, index), scanners, limits, budget, depth + 1)
    else:
        # Not JSON-compatible: whatever it is was not looked at.
        budget.truncated.append(location)


def _scan_text(text: str, location: str, scanners: Sequence[Scanner], budget: _Budget) -> None:
    if not text:
        return
    if len(text) > budget.chars_left:
        budget.truncated.append(location)
        text = text[: max(budget.chars_left, 0)]
        if not text:
            return
    budget.chars_left -= len(text)
    short = len(text) <= MEMO_TEXT_CHARS
    for scanner in scanners:
        try:
            if short and scanner.pure:
                memo = _MEMOS.get(scanner)
                if memo is None:
                    memo = _MEMOS.setdefault(scanner, _Memo())
                budget.findings.extend(memo.scan(scanner, text, location))
            else:
                budget.findings.extend(scanner.scan(text, location))
        except Exception:  # a scanner bug must not turn into an unscanned "allow"
            budget.truncated.append(location)

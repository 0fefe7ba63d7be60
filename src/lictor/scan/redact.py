"""Cutting secrets and personal data out of values, by the findings that located them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from lictor.model import Finding
from lictor.scan.interface import REDACTABLE
from lictor.scan.walk import DEFAULT_LIMITS, child_location, decode_bytes


def placeholder(kind: str) -> str:
    """What a redacted match is replaced by."""
    return f"[REDACTED:{kind}]"


def masked_excerpt(value: str, kind: str, keep: int = 0) -> str:
    """Excerpt safe to store: at most `keep` leading characters (a public prefix), no more."""
    # Never show more than a quarter of the value, so a short secret loses no real entropy.
    keep = min(keep, len(value) // 4)
    return (value[:keep] + "…" if keep else "") + placeholder(kind)


def redact_text(text: str, findings: Sequence[Finding]) -> str:
    """`text` with every secret/PII span of `findings` replaced by `[REDACTED:<kind>]`.

    Findings are taken as offsets into `text` (callers pass the findings of one location).
    Overlapping spans merge; the kind of the earliest-starting one names the merged span.
    """
    spans = sorted(
        (f.start, f.end, f.kind)
        for f in findings
        if f.scanner in REDACTABLE and 0 <= f.start < f.end <= len(text)
    )
    if not spans:
        return text
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    parts: list[str] = []
    cursor = 0
    for start, end, kind in merged:
        parts.append(text[cursor:start])
        parts.append(placeholder(kind))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def redact_value(value: Any, findings: Sequence[Finding], location: str | None = None) -> Any:
    """A copy of `value` with every secret/PII match replaced; untouched parts stay as they were.

    Locations follow `scan_value`'s paths: pass the findings it returned for the same value and
    the same root `location` (when left out, the root is inferred from the findings, so
    `redact_value(args, scan_value(args, s, "args"))` works). A matched number or bytes value
    comes back as a redacted string.
    """
    by_location: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.scanner in REDACTABLE and finding.start >= 0:
            by_location[finding.location].append(finding)
    if not by_location:
        return value
    root = location if location is not None else _infer_root(value, list(by_location))
    return _redact(value, root, by_location, depth=0)


def _first_component(location: str) -> str:
    return location.split(".", 1)[0].split("[", 1)[0]


def _infer_root(value: Any, locations: list[str]) -> str:
    # scan_value prefixes every path with its root; recover it when the caller omits it.
    firsts = {_first_component(loc) for loc in locations}
    if isinstance(value, Mapping):
        keys = {str(k) for k in value}
        if firsts <= keys:
            return ""
    elif isinstance(value, list | tuple):
        if all(loc.startswith("[") for loc in locations):
            return ""
    elif len(set(locations)) == 1:
        return locations[0]
    return firsts.pop() if len(firsts) == 1 else ""


def _redact(value: Any, location: str, index: Mapping[str, list[Finding]], depth: int) -> Any:
    # Same depth bound as scanning; nothing deeper was scanned, so nothing there is redacted.
    if depth > DEFAULT_LIMITS.max_depth:
        return value
    if isinstance(value, str):
        hits = index.get(location)
        return redact_text(value, hits) if hits else value
    if isinstance(value, bytes | bytearray):
        hits = index.get(location)
        return redact_text(decode_bytes(bytes(value))[0], hits) if hits else value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        hits = index.get(location)
        return redact_text(str(value), hits) if hits else value
    if isinstance(value, Mapping):
        return {
            k: _redact(v, child_location(location, k), index, depth + 1) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        items = [
            _redact(v, child_location(location, i), index, depth + 1) for i, v in enumerate(value)
        ]
        return items if isinstance(value, list) else tuple(items)
    return value

"""Field-level provenance of a tool's output: which tokens are trusted, which are not.

The manifest's `output` entry says how to read what a tool returns: a trusted
tool's output is trusted as a whole; otherwise fields listed as `structured`
(ids, timestamps, an e-mail's sender) are trusted and every other field is
free text an attacker could have written.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lictor.classify.manifest import OutputSpec
from lictor.flow.tokens import MAX_TOKENS, text_tokens
from lictor.scan.walk import decode_bytes

MAX_DEPTH = 64
"""Containers nested deeper than this are not read: their content counts as untrusted."""

MAX_CHARS = 10 * 1024 * 1024
"""Characters of one output read for tokens; the rest counts as untrusted and unread."""


@dataclass(frozen=True)
class Provenance:
    """What one output contributed to the session, split by trust."""

    trusted: Mapping[str, str] = field(default_factory=dict)
    """Token -> output field it came from, for trusted fields."""
    untrusted: Mapping[str, str] = field(default_factory=dict)
    """Token -> output field it came from, for free-text fields."""
    untrusted_seen: bool = False
    """Some free-text field was non-empty (or part of the output could not be read)."""
    unread: bool = False
    """Part of the output was too deep, too large or not JSON-like, and was not read."""


def field_path(parts: list[str]) -> str:
    """Dotted path with list indexes dropped: `messages[3].from` -> `messages.from`."""
    return ".".join(parts)


def is_structured(path: str, spec: OutputSpec) -> bool:
    """True when `path` is a field the manifest marks structured (name, dotted path or glob)."""
    leaf = path.rsplit(".", 1)[-1]
    for pattern in spec.structured:
        pattern = pattern.replace("[]", "")
        if pattern in ("*", path, leaf):
            return True
        if any(c in pattern for c in "*?[") and fnmatch.fnmatchcase(path, pattern):
            return True
    return False


def label_output(output: Any, spec: OutputSpec) -> Provenance:
    """Tokens of every string in `output`, labelled trusted or untrusted by field.

    Iterative and bounded: never raises on odd input (bytes, deep nesting,
    huge strings); what it could not read marks the output untrusted.
    """
    trusted: dict[str, str] = {}
    untrusted: dict[str, str] = {}
    untrusted_seen = False
    unread = False
    chars_left = MAX_CHARS
    # (value, path parts, depth); a stack, not recursion, so 10k levels cannot overflow.
    stack: list[tuple[Any, list[str], int]] = [(output, [], 0)]
    while stack:
        value, parts, depth = stack.pop()
        if depth > MAX_DEPTH:
            unread = True
            continue
        if isinstance(value, bytes | bytearray | memoryview):
            value, _binary = decode_bytes(bytes(value[: MAX_CHARS * 4]))
        if isinstance(value, str):
            if not value.strip():
                continue
            path = field_path(parts)
            is_trusted = spec.trusted or is_structured(path, spec)
            if not is_trusted:
                untrusted_seen = True
            if len(value) > chars_left:
                unread = True
                value = value[: max(chars_left, 0)]
            chars_left -= len(value)
            sink = trusted if is_trusted else untrusted
            room = MAX_TOKENS - len(sink)
            if room > 0:
                for token in text_tokens(value, room):
                    sink.setdefault(token, path)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int | float):
            try:
                stack.append((str(value), parts, depth))
            except ValueError:  # ints past Python's 4300-digit str() limit
                unread = True
        elif isinstance(value, Mapping):
            for key, item in reversed(list(value.items())):
                stack.append((item, [*parts, str(key)], depth + 1))
        elif isinstance(value, list | tuple):
            for item in reversed(value):
                stack.append((item, parts, depth + 1))
        else:
            unread = True
        if chars_left <= 0 and stack:
            unread = True
            break
    return Provenance(trusted, untrusted, untrusted_seen or unread, unread)

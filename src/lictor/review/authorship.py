"""AI authorship of commits from their metadata, by rules kept as data (`authorship.toml`)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from lictor.review.interface import Authorship, CommitInfo, ReviewError, Signal
from lictor.review.trailer import TRAILER_KEY, verify_trailer

KINDS = ("identity", "suffix", "trailer", "footer")
"""Rule kinds understood."""

_TRAILER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.+?)\s*$")


@dataclass(frozen=True)
class AuthorshipRule:
    """One way of recognising an agent's commit."""

    id: str
    """Stable rule id, reported with each signal."""
    agent: str
    """The agent it recognises."""
    kind: str
    """identity, suffix, trailer or footer."""
    names: frozenset[str] = frozenset()
    """identity: exact names, lower-cased."""
    emails: frozenset[str] = frozenset()
    """identity: exact e-mails, lower-cased."""
    email_patterns: tuple[re.Pattern[str], ...] = ()
    """identity: full-match e-mail patterns."""
    suffix: str = ""
    """suffix: what the author name ends with."""
    key: str = ""
    """trailer: trailer key, lower-cased."""
    pattern: re.Pattern[str] | None = None
    """trailer: value pattern; footer: line pattern."""
    confidence: str = "high"
    """high or medium."""


def _rule(raw: dict[str, Any], source: str) -> AuthorshipRule:
    try:
        kind = str(raw["kind"])
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        text = raw.get("value") if kind == "trailer" else raw.get("pattern")
        return AuthorshipRule(
            id=str(raw["id"]),
            agent=str(raw["agent"]),
            kind=kind,
            names=frozenset(str(n).lower() for n in raw.get("names", [])),
            emails=frozenset(str(e).lower() for e in raw.get("emails", [])),
            email_patterns=tuple(
                re.compile(p, re.IGNORECASE) for p in raw.get("email_patterns", [])
            ),
            suffix=str(raw.get("suffix", "")),
            key=str(raw.get("key", "")).lower(),
            pattern=re.compile(str(text), re.MULTILINE) if text else None,
            confidence=str(raw.get("confidence", "high")),
        )
    except (KeyError, ValueError, re.error) as e:
        raise ReviewError(f"{source}: bad authorship rule {raw.get('id', '?')!r}: {e}") from None


def load_rules(extra: Sequence[Path] = ()) -> tuple[AuthorshipRule, ...]:
    """Shipped rules, then each extra file's; a rule with an existing id replaces it."""
    shipped = resources.files("lictor.review").joinpath("authorship.toml").read_text("utf-8")
    sources = [("authorship.toml", shipped)]
    for path in extra:
        try:
            sources.append((str(path), path.read_text(encoding="utf-8")))
        except OSError as e:
            raise ReviewError(f"{path}: cannot read: {e.strerror}") from None
    rules: dict[str, AuthorshipRule] = {}
    for name, text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise ReviewError(f"{name}: not valid TOML: {e}") from None
        for raw in data.get("rule", []):
            rule = _rule(raw, name)
            rules[rule.id] = rule
    return tuple(rules.values())


def trailers(message: str) -> list[tuple[str, str]]:
    """(key, value) pairs of the message's last paragraph, where git puts trailers."""
    paragraphs = [p for p in re.split(r"\n\s*\n", message.strip()) if p.strip()]
    if len(paragraphs) < 2:
        return []
    found = []
    for line in paragraphs[-1].splitlines():
        m = _TRAILER_LINE.match(line.strip())
        if m:
            found.append((m.group(1), m.group(2)))
    return found


def _identity(rule: AuthorshipRule, name: str, email: str) -> bool:
    return (
        name.lower() in rule.names
        or email.lower() in rule.emails
        or any(p.fullmatch(email) for p in rule.email_patterns)
    )


def classify_commit(
    commit: CommitInfo,
    rules: Sequence[AuthorshipRule],
    *,
    repo: Path | None = None,
    keys: Sequence[Ed25519PublicKey] = (),
) -> Authorship:
    """Every signal that `commit` was written by an agent."""
    signals: list[Signal] = []
    pairs = trailers(commit.body)
    for rule in rules:
        if rule.kind == "identity":
            for role, name, email in (
                ("author", commit.author_name, commit.author_email),
                ("committer", commit.committer_name, commit.committer_email),
            ):
                if _identity(rule, name, email):
                    signals.append(
                        Signal(rule.id, rule.agent, f"{role}: {name} <{email}>", rule.confidence)
                    )
                    break
        elif rule.kind == "suffix" and rule.suffix and commit.author_name.endswith(rule.suffix):
            signals.append(
                Signal(rule.id, rule.agent, f"author: {commit.author_name}", rule.confidence)
            )
        elif rule.kind == "trailer" and rule.pattern is not None:
            for key, value in pairs:
                if key.lower() == rule.key and rule.pattern.search(value):
                    signals.append(Signal(rule.id, rule.agent, f"{key}: {value}", rule.confidence))
                    break
        elif rule.kind == "footer" and rule.pattern is not None:
            m = rule.pattern.search(commit.body)
            if m:
                line = (
                    commit.body[: m.end()].rsplit("\n", 1)[-1]
                    + commit.body[m.end() :].split("\n", 1)[0]
                )
                signals.append(Signal(rule.id, rule.agent, line.strip(), rule.confidence))
    for key, value in pairs:
        if key.lower() == TRAILER_KEY.lower():
            signals.append(verify_trailer(repo or Path("."), commit, value, keys))
    return Authorship(commit, tuple(signals))


def is_agent_identity(name: str, rules: Sequence[AuthorshipRule]) -> bool:
    """True when `name` (a reviewer) is an agent's identity: agents do not approve themselves."""
    lowered = name.strip().lower()
    return lowered.endswith("[bot]") or any(
        r.kind == "identity" and (lowered in r.names or lowered in r.emails) for r in rules
    )

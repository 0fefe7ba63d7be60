"""Risk tiers: which changes need a named human reviewer and where findings fail the check."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from lictor.review.authorship import AuthorshipRule, is_agent_identity
from lictor.review.interface import ReviewError, TierResult
from lictor.review.triage import RANKS


@dataclass(frozen=True)
class TierPolicy:
    """The tier rules in force: shipped `tiers.toml` with the project's overrides."""

    tiers: dict[str, dict[str, Any]]
    """Per tier: fail_on and require_reviewer."""
    sensitive: dict[str, tuple[str, ...]]
    """Category -> path globs (`**` crosses folders, `*` does not)."""


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_policy(override: Path | None = None) -> TierPolicy:
    """Shipped tiers, overridden key by key by `override` when it exists."""
    data = tomllib.loads(resources.files("lictor.review").joinpath("tiers.toml").read_text("utf-8"))
    if override is not None and override.is_file():
        try:
            data = _merge(data, tomllib.loads(override.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as e:
            raise ReviewError(f"{override}: not valid TOML: {e}") from None
    tiers = data.get("tiers", {})
    for name, tier in tiers.items():
        if tier.get("fail_on", "high") not in RANKS:
            raise ReviewError(f"tiers.{name}.fail_on must be one of {', '.join(RANKS)}")
    sensitive = {k: tuple(str(g) for g in v) for k, v in data.get("sensitive", {}).items()}
    return TierPolicy(tiers, sensitive)


@cache
def _glob(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def glob_match(pattern: str, path: str) -> bool:
    """True when `path` (relative, forward slashes) matches the glob."""
    return _glob(pattern).fullmatch(path) is not None


def sensitive_paths(policy: TierPolicy, paths: Sequence[str]) -> list[tuple[str, str]]:
    """(path, category) for each changed path in a sensitive category."""
    hits = []
    for path in paths:
        for category, globs in policy.sensitive.items():
            if any(glob_match(g, path) for g in globs):
                hits.append((path, category))
                break
    return hits


def decide_tier(
    policy: TierPolicy,
    ai_authored: bool,
    paths: Sequence[str],
    reviewers: Sequence[str],
    rules: Sequence[AuthorshipRule],
) -> TierResult:
    """The tier of a change and whether its reviewer requirement is met."""
    hits = tuple(sensitive_paths(policy, paths))
    tier = "standard" if not ai_authored else ("ai-sensitive" if hits else "ai")
    spec = policy.tiers.get(tier, {})
    required = bool(spec.get("require_reviewer", False))
    humans = tuple(r.strip() for r in reviewers if r.strip() and not is_agent_identity(r, rules))
    problems = [
        f"reviewer {r!r} is an agent identity; a human must approve"
        for r in reviewers
        if r.strip() and is_agent_identity(r, rules)
    ]
    if required and not humans:
        cats = ", ".join(sorted({c for _, c in hits}))
        problems.append(
            f"AI-authored change touches sensitive paths ({cats}): a named human reviewer "
            "must approve (--reviewer NAME)"
        )
    return TierResult(
        tier=tier,
        fail_on=str(spec.get("fail_on", "high")),
        sensitive=hits,
        reviewer_required=required,
        reviewers=humans,
        problems=tuple(problems) if required or problems else (),
    )

"""`lictor policy test`: example requests with expected verdicts, run like unit tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lictor.errors import PolicyError
from lictor.flow.facts import SESSION_FIELDS
from lictor.model import Action, Reason, Verdict


@dataclass(frozen=True)
class PolicyCase:
    """One example request and what policy must answer."""

    name: str
    """What the case checks, in words."""
    action: Action
    """The request."""
    expect: Verdict
    """The verdict it must get."""
    rules: tuple[str, ...] = ()
    """Rule ids that must be among the reasons."""
    session: dict[str, bool] | None = None
    """Flow facts of the session the request is judged in (None: outside any session)."""
    where: str = ""
    """file:index, for failure messages."""


@dataclass(frozen=True)
class CaseResult:
    """How one case went."""

    case: PolicyCase
    """The case."""
    verdict: Verdict
    """What policy answered."""
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    """Why."""
    problem: str = ""
    """Empty when the case passed; otherwise what was wrong."""

    @property
    def passed(self) -> bool:
        return not self.problem


def load_cases(path: Path) -> list[PolicyCase]:
    """Cases from a YAML (or JSON) file: a list, or a mapping with a `cases` list."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise PolicyError(f"{path}: cannot read: {e.strerror or e}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise PolicyError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
    items = data.get("cases") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise PolicyError(f"{path}: expected a list of cases (or a `cases:` list)")
    return [_case(path, i, item) for i, item in enumerate(items)]


def _case(path: Path, index: int, item: Any) -> PolicyCase:
    where = f"{path.name}[{index}]"
    if not isinstance(item, dict):
        raise PolicyError(f"{where}: each case must be a mapping")
    unknown = set(item) - {"name", "tool", "args", "expect", "rules", "agent", "cwd", "session"}
    if unknown:
        raise PolicyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    tool = item.get("tool")
    if not isinstance(tool, str) or not tool:
        raise PolicyError(f"{where}: `tool` must be a tool name")
    args = item.get("args", {})
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError as e:
            raise PolicyError(f"{where}: `args` is not valid JSON: {e}") from None
    if not isinstance(args, dict):
        raise PolicyError(f"{where}: `args` must be a mapping")
    try:
        expect = Verdict(str(item.get("expect", "")))
    except ValueError:
        raise PolicyError(f"{where}: `expect` must be allow, deny or ask") from None
    rules = item.get("rules", [])
    if isinstance(rules, str):
        rules = [rules]
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise PolicyError(f"{where}: `rules` must be a list of rule ids")
    session = _session_facts(where, item.get("session"))
    return PolicyCase(
        name=str(item.get("name") or f"{tool} {json.dumps(args)[:60]}"),
        action=Action(
            tool=tool,
            args=args,
            agent=str(item.get("agent", "anonymous")),
            cwd=str(item.get("cwd", "")),
        ),
        expect=expect,
        rules=tuple(rules),
        session=session,
        where=where,
    )


SESSION_FACTS = tuple(f for f in SESSION_FIELDS if f != "permitted_without_flow")
"""Flow facts a case may set; `permitted_without_flow` is worked out as the gate does."""


def _session_facts(where: str, value: Any) -> dict[str, bool] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise PolicyError(f"{where}: `session` must be a mapping of flow facts to true/false")
    unknown = sorted(set(value) - set(SESSION_FACTS))
    if unknown:
        raise PolicyError(
            f"{where}: unknown session fact(s) {', '.join(map(str, unknown))} "
            f"(known: {', '.join(SESSION_FACTS)})"
        )
    bad = sorted(k for k, v in value.items() if not isinstance(v, bool))
    if bad:
        raise PolicyError(f"{where}: session fact(s) {', '.join(bad)} must be true or false")
    return dict(value)


def run_cases(
    cases: Sequence[PolicyCase],
    judge: Callable[[Action, dict[str, bool] | None], tuple[Verdict, tuple[Reason, ...]]],
) -> list[CaseResult]:
    """Judge every case (action, session facts); a case fails on a different verdict
    or a missing rule id."""
    results = []
    for case in cases:
        try:
            verdict, reasons = judge(case.action, case.session)
        except Exception as e:
            results.append(CaseResult(case, Verdict.DENY, (), f"error: {e}"))
            continue
        problem = ""
        if verdict is not case.expect:
            problem = f"expected {case.expect.value}, got {verdict.value}"
        missing = [r for r in case.rules if r not in {x.rule for x in reasons}]
        if missing:
            problem = (problem + "; " if problem else "") + f"missing rule(s) {', '.join(missing)}"
        results.append(CaseResult(case, verdict, reasons, problem))
    return results

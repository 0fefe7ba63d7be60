"""Rank findings by severity x confidence x exposure, and say why.

Exposure is read from the code around a finding: is its function a web route
or a CLI entry point, does it read attacker-controlled input, does the file
sit in tests or examples. It is a static estimate; the reason names each
factor so a reader can disagree with it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lictor.review.interface import CONFIDENCE_RANK, SEVERITY_RANK, CodeFinding, Triaged

RANKS = ("info", "low", "medium", "high", "critical")
"""Triage ranks, lowest first."""

_THRESHOLDS = ((18.0, "critical"), (9.0, "high"), (4.0, "medium"), (2.0, "low"))

_ROUTE = re.compile(
    r"\.(route|get|post|put|patch|delete|websocket|api_route|view)$|^(route|api_view|command|group)$"
    r"|\.(command|group|callback)$|^click\."
)
_ATTACKER = re.compile(
    r"\brequest\.(args|form|json|values|files|data|cookies|headers|get_json|query_params"
    r"|path_params|body|GET|POST|FILES|COOKIES|META|stream)\b|\bsys\.argv\b|(?<![\w.])input\("
    r"|\bflask\.request\b|\.parse_args\("
)
_LOW_EXPOSURE_DIRS = frozenset(
    {
        "tests",
        "test",
        "testing",
        "examples",
        "example",
        "docs",
        "doc",
        "samples",
        "sample",
        "bench",
        "benchmarks",
        "demo",
        "demos",
        "fixtures",
    }
)


def is_test_or_example(path: str) -> bool:
    """True for files under tests/examples/docs folders and test modules."""
    p = PurePosixPath(path)
    name = p.name
    return (
        any(part.lower() in _LOW_EXPOSURE_DIRS for part in p.parts[:-1])
        or name.startswith("test_")
        or name.endswith("_test.py")
        or name == "conftest.py"
    )


@dataclass(frozen=True)
class _Function:
    name: str
    start: int
    end: int
    entry: str
    attacker: str


@dataclass(frozen=True)
class FileExposure:
    """What triage knows about one file."""

    functions: tuple[_Function, ...]
    """Functions with their line spans, entry-point decorators and attacker inputs."""
    main_guard: bool
    """True when the module runs as a script (`if __name__ == "__main__"`)."""
    module_attacker: str
    """Attacker-controlled input read at module level, if any."""
    parsed: bool
    """False when the file did not parse here; exposure is then unknown."""


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    return ast.unparse(node)


def file_exposure(source: str, scripts: Iterable[str] = ()) -> FileExposure:
    """Entry points and attacker inputs of one source; `scripts`: console-script functions."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        m = _ATTACKER.search(source)
        return FileExposure((), "__main__" in source, m.group(0) if m else "", False)
    lines = source.splitlines()
    scripts = set(scripts)
    functions = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        entry = ""
        for dec in node.decorator_list:
            name = _decorator_name(dec)
            if _ROUTE.search(name):
                entry = f"@{name}"
                break
        if not entry and (node.name in scripts or node.name == "main"):
            entry = "console script" if node.name in scripts else "main()"
        end = node.end_lineno or node.lineno
        start = min([d.lineno for d in node.decorator_list] + [node.lineno])
        m = _ATTACKER.search("\n".join(lines[node.lineno - 1 : end]))
        functions.append(_Function(node.name, start, end, entry, m.group(0) if m else ""))
    main_guard = any(isinstance(n, ast.If) and "__name__" in ast.unparse(n.test) for n in tree.body)
    module_code = "\n".join(
        ast.unparse(n)
        for n in tree.body
        if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    )
    m = _ATTACKER.search(module_code)
    return FileExposure(tuple(functions), main_guard, m.group(0) if m else "", True)


def _innermost(exposure: FileExposure, line: int) -> _Function | None:
    around = [f for f in exposure.functions if f.start <= line <= f.end]
    return min(around, key=lambda f: f.end - f.start, default=None)


def rank_of(score: float) -> str:
    """The rank word for a raw severity x confidence x exposure product."""
    for floor, rank in _THRESHOLDS:
        if score >= floor:
            return rank
    return "info"


def triage(finding: CodeFinding, exposure: FileExposure | None, changed: bool = True) -> Triaged:
    """One finding's rank and the reason for it."""
    sev = SEVERITY_RANK.get(finding.severity, 1)
    conf = CONFIDENCE_RANK.get(finding.confidence, 2)
    factor = 1.0
    why = [f"{finding.severity} severity x {finding.confidence} confidence"]
    if finding.scanner == "secrets":
        why.append("a committed credential is exposed wherever it sits")
    elif is_test_or_example(finding.path):
        factor *= 0.25
        why.append("in tests/examples (not shipped code)")
    elif exposure is None or not exposure.parsed:
        why.append("exposure unknown (file not analysed)")
    else:
        func = _innermost(exposure, finding.line)
        entry = func.entry if func else ""
        attacker = func.attacker if func else exposure.module_attacker
        outer = [f for f in exposure.functions if f.start <= finding.line <= f.end and f.entry]
        if not entry and outer:
            entry = outer[0].entry
        if entry:
            factor *= 1.5
            why.append(
                f"reachable from an entry point ({entry} {func.name if func else ''})".replace(
                    " )", ")"
                )
            )
        elif exposure.main_guard and func is None:
            factor *= 1.2
            why.append("module-level code of a script")
        if attacker:
            factor *= 2.0
            why.append(f"attacker-controlled input nearby ({attacker.rstrip('(')})")
        if not entry and not attacker:
            why.append("no entry point or attacker input found nearby")
    score = sev * conf * factor
    rank = rank_of(score)
    if not changed:
        why.append("outside the changed lines")
    return Triaged(finding, round(score * 10), rank, "; ".join(why) + f" => {rank}", changed)


def triage_all(
    findings: Sequence[CodeFinding],
    root: Path,
    changed_lines: dict[str, frozenset[int]] | None = None,
    scripts: Iterable[str] = (),
) -> list[Triaged]:
    """Every finding triaged, best first; files read from `root`."""
    cache: dict[str, FileExposure | None] = {}
    scripts = tuple(scripts)
    ranked = []
    for f in findings:
        if f.path not in cache:
            cache[f.path] = None
            if f.path.endswith(".py"):
                try:
                    text = (root / f.path).read_text(encoding="utf-8", errors="replace")
                    cache[f.path] = file_exposure(text, scripts)
                except OSError:
                    pass
        changed = True
        if changed_lines is not None:
            lines = changed_lines.get(f.path, frozenset())
            span = range(f.line, max(f.line, f.end_line) + 1)
            changed = any(n in lines for n in span)
        ranked.append(triage(f, cache[f.path], changed))
    ranked.sort(key=lambda t: (-t.changed, -t.score, t.finding.path, t.finding.line))
    return ranked

"""`lictor fix`: scan, triage, plan codemods, then apply each edit through the validation gate."""

from __future__ import annotations

import dataclasses
import difflib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor

from lictor.fix._codemods import all_codemods
from lictor.fix.interface import Codemod, FixError, FixOutcome, FixReport, Plan, Tier
from lictor.fix.llm import AGENT, LlmEndpoint, propose
from lictor.fix.validate import detect_test_command, parses, rescan, run_tests
from lictor.review.interface import CodeFinding, CodeScanner
from lictor.review.scanning import make_scanners, scan_paths
from lictor.review.triage import is_test_or_example, triage_all

if TYPE_CHECKING:
    from lictor.gate import Gate

SKIP_DIRS = frozenset(
    {
        ".git",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        "site-packages",
        "build",
        "dist",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".lictor",
    }
)


def python_files(root: Path, paths: Sequence[Path]) -> list[str]:
    """Python files under `paths` (files or folders), relative to `root`."""
    found: list[str] = []
    for path in paths or [root]:
        path = path.resolve()
        if not path.exists():
            raise FixError(f"{path} does not exist")
        if path.is_file():
            candidates: Iterable[Path] = [path]
        else:
            candidates = (
                Path(d) / f
                for d, dirs, files in os.walk(path)
                if not dirs.__setitem__(slice(None), [x for x in dirs if x not in SKIP_DIRS])
                for f in files
            )
        for file in candidates:
            if file.suffix == ".py":
                try:
                    found.append(file.relative_to(root).as_posix())
                except ValueError:
                    raise FixError(f"{file} is outside the project root {root}") from None
    return sorted(dict.fromkeys(found))


def add_imports(module: cst.Module, imports: Iterable[tuple[str, str | None]]) -> cst.Module:
    """`module` with the imports the edits need (LibCST skips ones already present)."""
    needed = list(dict.fromkeys(imports))
    if not needed:
        return module
    context = CodemodContext()
    for mod, name in needed:
        AddImportsVisitor.add_needed_import(context, mod, name)
    return AddImportsVisitor(context).transform_module(module)


@dataclass
class _FileWork:
    rel: str
    original: str
    findings: list[CodeFinding]
    plans: list[tuple[Codemod, Plan]] = field(default_factory=list)


def compose(codemods: Sequence[tuple[Codemod, Plan]], original: str) -> tuple[str, list[Plan]]:
    """Apply several plans to one file: bottom-up so earlier lines never move, imports last."""
    module = cst.parse_module(original)
    applied: list[Plan] = []
    imports: list[tuple[str, str | None]] = []
    for codemod, plan in sorted(codemods, key=lambda cp: -cp[1].finding.line):
        fresh = codemod.plan(module, plan.finding)
        if fresh.module is None or fresh.tier is not plan.tier:
            continue
        module = fresh.module
        imports += fresh.imports
        applied.append(fresh)
    return add_imports(module, imports).code, applied


_CODEMODS = {c.name: c for c in all_codemods()}


def run_fix(
    root: Path,
    paths: Sequence[Path] = (),
    *,
    tiers: frozenset[Tier] = frozenset({Tier.AUTO}),
    test_command: Sequence[str] | None = None,
    require_tests: bool = True,
    scanners: Sequence[CodeScanner] | None = None,
    keep: bool = False,
    fix_tests: bool = False,
    llm: LlmEndpoint | None = None,
    gate: Gate | None = None,
) -> FixReport:
    """Fix what can be fixed safely under `paths`; with `keep`, leave accepted edits in place.

    Every edit is validated (parse, rescan, tests) and rolled back when any check
    fails; without `keep` every file is restored afterwards and the diff is the result.
    """
    root = root.resolve()
    chosen = list(scanners) if scanners is not None else make_scanners()
    files = python_files(root, paths)
    notes: list[str] = []
    scan = scan_paths(root, files, chosen)
    unscanned = {p for f in scan.failures for p in f.paths}
    for failure in scan.failures:
        notes.append(f"partial scan: {failure.message}")
    triaged = triage_all(scan.findings, root)
    codemods = list(_CODEMODS.values())
    work: dict[str, _FileWork] = {}
    unfixable = 0
    for t in triaged:
        f = t.finding
        if f.path in unscanned:
            continue
        if is_test_or_example(f.path) and not fix_tests:
            continue
        if f.path not in work:
            text = (root / f.path).read_text(encoding="utf-8")
            work[f.path] = _FileWork(f.path, text, [x for x in scan.findings if x.path == f.path])
        item = work[f.path]
        codemod = next((c for c in codemods if c.matches(f)), None)
        if codemod is None:
            unfixable += 1
            continue
        try:
            module = cst.parse_module(item.original)
        except cst.ParserSyntaxError:
            notes.append(f"{f.path}: does not parse with LibCST; not fixed")
            continue
        item.plans.append((codemod, codemod.plan(module, f)))
    wanted = any(p.has_edit and p.tier in tiers for w in work.values() for _, p in w.plans)
    command = list(test_command) if test_command is not None else detect_test_command(root)
    if wanted and not command:
        if require_tests:
            raise FixError(
                "no tests found to validate fixes with: pass --test-cmd, or --no-tests to accept "
                "parse + rescan only"
            )
        notes.append("no test gate: fixes validated by parse and rescan only")
    if wanted and command:
        baseline = run_tests(root, command)
        if not baseline.ok:
            raise FixError(
                f"the project's tests fail before any fix ({baseline.summary}); fix them first, "
                "a failing suite cannot prove a fix safe"
            )
    outcomes: list[FixOutcome] = []
    final: dict[str, str] = {}
    try:
        for item in work.values():
            outcomes += _fix_file(root, item, tiers, command, chosen, final)
            if llm is not None:
                outcomes = _llm_fixes(root, item, outcomes, llm, gate, command, chosen, final)
    finally:
        for rel in final:
            if not keep:
                (root / rel).write_text(work[rel].original, encoding="utf-8")
    diff = "".join(
        "".join(
            difflib.unified_diff(
                work[rel].original.splitlines(keepends=True),
                text.splitlines(keepends=True),
                f"a/{rel}",
                f"b/{rel}",
            )
        )
        for rel, text in sorted(final.items())
        if text != work[rel].original
    )
    fixed = tuple((r, t) for r, t in sorted(final.items()) if t != work[r].original)
    return FixReport(
        str(root), tuple(outcomes), diff, tuple(command or ()), tuple(notes), unfixable, fixed
    )


def _check(
    root: Path,
    item: _FileWork,
    source: str,
    plans: Sequence[Plan],
    command: Sequence[str] | None,
    scanners: Sequence[CodeScanner],
) -> tuple[str, dict[str, str]]:
    checks: dict[str, str] = {}
    problem = parses(item.original, source, item.rel)
    checks["parse"] = problem or "ok"
    if problem:
        return problem, checks
    (root / item.rel).write_text(source, encoding="utf-8")
    problem = rescan(root, item.rel, item.findings, plans, scanners, _CODEMODS)
    checks["rescan"] = problem or "ok"
    if problem:
        return problem, checks
    if command:
        run = run_tests(root, command)
        checks["tests"] = "ok" if run.ok else f"failed: {run.summary}"
        if not run.ok:
            return f"the project's tests fail with this edit ({run.summary})", checks
    else:
        checks["tests"] = "not run (no test command)"
    return "", checks


def _fix_file(
    root: Path,
    item: _FileWork,
    tiers: frozenset[Tier],
    command: Sequence[str] | None,
    scanners: Sequence[CodeScanner],
    final: dict[str, str],
) -> list[FixOutcome]:
    outcomes: list[FixOutcome] = []
    candidates = [(c, p) for c, p in item.plans if p.has_edit and p.tier in tiers]
    chosen_ids = {id(p) for _, p in candidates}
    for _, plan in item.plans:
        if id(plan) in chosen_ids:
            continue
        status = "suggested" if plan.has_edit else "manual"
        reason = "" if plan.has_edit else plan.suggestion
        if plan.has_edit:
            reason = f"{plan.tier} tier: not applied unless asked (--include {plan.tier.value})"
        outcomes.append(FixOutcome(plan, status, reason))
    if not candidates:
        return outcomes
    final[item.rel] = item.original
    # Try everything at once first (one test run); fall back to one edit at a time.
    source, applied = compose(candidates, item.original)
    problem, checks = _check(root, item, source, applied, command, scanners)
    if not problem and len(applied) == len(candidates):
        final[item.rel] = source
        return outcomes + [FixOutcome(p, "applied", "", checks) for p in applied]
    (root / item.rel).write_text(item.original, encoding="utf-8")
    accepted: list[tuple[Codemod, Plan]] = []
    current = item.original
    for codemod, plan in sorted(candidates, key=lambda cp: -cp[1].finding.line):
        trial, trial_applied = compose([*accepted, (codemod, plan)], item.original)
        if len(trial_applied) != len(accepted) + 1:
            outcomes.append(FixOutcome(plan, "rolled-back", "the edit did not compose", {}))
            continue
        problem, checks = _check(root, item, trial, trial_applied, command, scanners)
        if problem:
            (root / item.rel).write_text(current, encoding="utf-8")
            outcomes.append(FixOutcome(plan, "rolled-back", problem, checks))
        else:
            accepted.append((codemod, plan))
            current = trial
            outcomes.append(FixOutcome(plan, "applied", "", checks))
    final[item.rel] = current
    (root / item.rel).write_text(current, encoding="utf-8")
    return outcomes


def _llm_fixes(
    root: Path,
    item: _FileWork,
    outcomes: list[FixOutcome],
    llm: LlmEndpoint,
    gate: Gate | None,
    command: Sequence[str] | None,
    scanners: Sequence[CodeScanner],
    final: dict[str, str],
) -> list[FixOutcome]:
    """Manual-tier findings of this file, proposed by the LLM, decided by the gate, validated."""
    from lictor.model import Action

    result: list[FixOutcome] = []
    for outcome in outcomes:
        if outcome.status != "manual" or outcome.plan.finding.path != item.rel:
            result.append(outcome)
            continue
        current = final.get(item.rel, item.original)
        proposal = propose(llm, current, outcome.plan.finding)
        plan = dataclasses.replace(outcome.plan, description="LLM-proposed edit")
        if not proposal:
            result.append(FixOutcome(plan, "manual", "the LLM proposed nothing usable"))
            continue
        if gate is None:
            result.append(FixOutcome(plan, "manual", "LLM fixes need a Lictor project (gate)"))
            continue
        action = Action(
            "Write", {"file_path": str(root / item.rel), "content": proposal}, agent=AGENT
        )
        decision = gate.decide(action)
        if not decision.allowed:
            reason = f"gate {decision.verdict.value}: {decision.explain()}"
            result.append(FixOutcome(plan, "rolled-back", reason))
            continue
        problem, checks = _check(root, item, proposal, [plan], command, scanners)
        if problem:
            (root / item.rel).write_text(current, encoding="utf-8")
            result.append(FixOutcome(plan, "rolled-back", problem, checks))
        else:
            final[item.rel] = proposal
            result.append(FixOutcome(plan, "applied", "", checks))
    return result

"""The validation gate every edit passes: parses, finding gone and nothing new, tests still pass."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import libcst as cst

from lictor.fix.interface import Codemod, Plan
from lictor.review.interface import CodeFinding, CodeScanner
from lictor.review.scanning import scan_paths

TEST_TIMEOUT_S = 900
"""A test run longer than this counts as failed."""


def detect_test_command(root: Path) -> list[str] | None:
    """pytest with the project's own interpreter when the project has tests; None otherwise."""
    configured = (root / "pytest.ini").is_file() or (root / "tox.ini").is_file()
    try:
        data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
        configured = configured or "pytest" in data.get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        pass
    has_tests = (
        configured
        or any((root / d).is_dir() for d in ("tests", "test"))
        or any(root.glob("test_*.py"))
        or any(root.glob("*_test.py"))
    )
    if not has_tests:
        return None
    venv = root / ".venv" / "bin" / "python"
    python = str(venv) if venv.exists() else sys.executable
    return [python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class TestRun:
    """One run of the project's tests."""

    ok: bool
    """True when the command exited 0."""
    summary: str
    """Last line of its output (pytest's summary)."""
    code: int
    """Exit status (-1: did not run)."""


def run_tests(root: Path, command: Sequence[str]) -> TestRun:
    """Run the test command in `root`."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        proc = subprocess.run(
            list(command),
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TEST_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError:
        return TestRun(False, f"{command[0]} not found", -1)
    except subprocess.TimeoutExpired:
        return TestRun(False, f"timed out after {TEST_TIMEOUT_S} s", -1)
    lines = [ln for ln in (proc.stdout + proc.stderr).strip().splitlines() if ln.strip()]
    return TestRun(proc.returncode == 0, lines[-1][:200] if lines else "", proc.returncode)


def parses(original: str, new: str, filename: str) -> str:
    """Empty when `new` parses (and compiles wherever `original` did); else why not."""
    try:
        cst.parse_module(new)
    except cst.ParserSyntaxError as e:
        return f"does not parse: {str(e).splitlines()[0]}"
    try:
        compile(original, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return ""  # written for a newer Python than this one; LibCST's parse is the check
    try:
        compile(new, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        return f"does not compile: {e}"
    return ""


def rescan(
    root: Path,
    rel: str,
    before: Sequence[CodeFinding],
    targets: Sequence[Plan],
    scanners: Sequence[CodeScanner],
    codemods: dict[str, Codemod],
) -> str:
    """Empty when every target finding is gone and no new one appeared; else why not.

    Findings are compared as multisets of rule keys (lines move when code is edited);
    only the keys the codemod claims to fix must drop.
    """
    result = scan_paths(root, [rel], scanners)
    if result.partial:
        return "rescan incomplete: " + "; ".join(f.message for f in result.failures)
    after = result.findings

    before_keys = Counter(k for f in before for k in f.keys)
    after_keys = Counter(k for f in after for k in f.keys)
    expected: set[str] = set()
    groups: Counter[frozenset[str]] = Counter()
    for plan in targets:
        codemod = codemods[plan.codemod]
        expected |= codemod.successors
        claimed = codemod.handles & set(plan.finding.keys)
        # Codemods that accept a whole scanner (secrets) claim the finding's own keys.
        groups[frozenset(claimed or plan.finding.keys)] += 1
    for keys, n in groups.items():
        if not any(before_keys[k] - after_keys[k] >= n for k in keys):
            return f"finding still reported after the edit ({sorted(keys)[0]})"
    for key, n in after_keys.items():
        if n > before_keys[key] and key not in expected:
            return f"the edit introduced a new finding ({key})"
    return ""

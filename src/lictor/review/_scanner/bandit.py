"""Bandit, run as a subprocess on the newest Python that has it installed.

Bandit parses with the interpreter it runs under: code written for a newer
Python than that fails to parse, and Bandit reports it in `errors` while
exiting as if the file were clean. Such files make the result partial.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from lictor.review._scanner._process import last_line, run_tool
from lictor.review.interface import CodeFinding, CodeScanner, ScannerFailure, ScanResult

_PROBE = "import bandit, sys; print('%d.%d' % sys.version_info[:2])"


def _neutral_dir() -> Path:
    # `python -m`/`-c` put the working folder first on sys.path: run from an empty folder
    # so a scanned project's `types.py` or `json.py` can neither shadow nor run.
    path = Path(tempfile.gettempdir()) / f"lictor-bandit-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


@cache
def _probe(python: str) -> tuple[int, int] | None:
    done = run_tool([python, "-c", _PROBE], _neutral_dir(), timeout=30)
    if done.code != 0:
        return None
    major, _, minor = done.stdout.strip().partition(".")
    return int(major), int(minor)


def _shebang_python(script: str) -> str | None:
    try:
        with open(script, "rb") as fh:
            first = fh.readline().decode("utf-8", "replace").strip()
    except OSError:
        return None
    return first[2:].strip().split()[0] if first.startswith("#!") else None


@cache
def bandit_python() -> tuple[str, tuple[int, int]] | None:
    """The newest interpreter with Bandit importable, and its version; None when there is none.

    `LICTOR_BANDIT` (a bandit script) wins; then the `bandit` on PATH, `python3.N`
    on PATH and this interpreter are probed.
    """
    candidates: list[str] = []
    pinned = os.environ.get("LICTOR_BANDIT")
    if pinned:
        python = _shebang_python(pinned)
        return (python, _probe(python) or (0, 0)) if python and _probe(python) else None
    on_path = shutil.which("bandit")
    if on_path:
        python = _shebang_python(on_path)
        if python:
            candidates.append(python)
    for minor in range(20, 10, -1):
        found = shutil.which(f"python3.{minor}")
        if found:
            candidates.append(found)
    candidates.append(sys.executable)
    best: tuple[str, tuple[int, int]] | None = None
    for python in dict.fromkeys(candidates):
        version = _probe(python)
        if version and (best is None or version > best[1]):
            best = (python, version)
    return best


_LEVEL = {"LOW": "low", "MEDIUM": "medium", "HIGH": "high", "UNDEFINED": "low"}


class BanditScanner(CodeScanner):
    """Bandit's Python security checks."""

    name = "bandit"

    def scan(self, root: Path, paths: Sequence[str]) -> ScanResult:
        files = [p for p in paths if p.endswith((".py", ".pyi"))]
        if not files:
            return ScanResult()
        started = time.perf_counter()
        found = bandit_python()
        if found is None:
            failure = ScannerFailure(
                self.name, "bandit is not installed (pip install bandit)", tuple(files)
            )
            return ScanResult(failures=(failure,), scanned=tuple(files))
        python, version = found
        absolute = [str((root / f).resolve()) for f in files]
        done = run_tool(
            [python, "-m", "bandit", "-f", "json", "-q", "--", *absolute], _neutral_dir()
        )
        seconds = {self.name: time.perf_counter() - started}
        if done.problem or not done.stdout.strip():
            message = f"bandit failed: {done.problem or last_line(done.stderr)}"
            failure = ScannerFailure(self.name, message, tuple(files))
            return ScanResult(failures=(failure,), scanned=tuple(files), seconds=seconds)
        try:
            data = json.loads(done.stdout)
        except json.JSONDecodeError:
            failure = ScannerFailure(self.name, "bandit printed no JSON report", tuple(files))
            return ScanResult(failures=(failure,), scanned=tuple(files), seconds=seconds)
        base = root.resolve()
        findings = tuple(_finding(r, base) for r in data.get("results", []))
        errors = [e for e in data.get("errors", []) if isinstance(e, dict)]
        failures: tuple[ScannerFailure, ...] = ()
        if errors:
            unparsed = tuple(_relative(str(e.get("filename", "")), base) for e in errors)
            reason = str(errors[0].get("reason", "error"))
            message = (
                f"bandit could not scan {len(errors)} file(s) ({reason}) with Python "
                f"{version[0]}.{version[1]}; code for a newer Python needs bandit installed "
                "on that Python (set LICTOR_BANDIT)"
            )
            failures = (ScannerFailure(self.name, message, unparsed),)
        return ScanResult(findings, failures, tuple(files), seconds=seconds)


def _relative(path: str, base: Path) -> str:
    try:
        return Path(path).relative_to(base).as_posix()
    except ValueError:
        return path


def _finding(r: dict[str, object], base: Path) -> CodeFinding:
    cwe = r.get("issue_cwe")
    cwe_id = cwe.get("id", 0) if isinstance(cwe, dict) else 0
    lines = r.get("line_range")
    end = max(lines) if isinstance(lines, list) and lines else 0
    return CodeFinding(
        scanner="bandit",
        rule=str(r.get("test_id", "")),
        message=str(r.get("issue_text", "")),
        path=_relative(str(r.get("filename", "")), base),
        line=int(str(r.get("line_number", 0))),
        end_line=int(end),
        column=int(str(r.get("col_offset", 0))) + 1,
        severity=_LEVEL.get(str(r.get("issue_severity", "")), "low"),
        confidence=_LEVEL.get(str(r.get("issue_confidence", "")), "low"),
        cwe=int(cwe_id) if isinstance(cwe_id, int) else 0,
    )

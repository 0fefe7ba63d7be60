"""Semgrep with the rules Lictor ships (`review/rules/*.yaml`), fully offline.

The community rule packs may not be redistributed and `--config auto` needs
the network, so only local rule files are passed; metrics and the version
check are off, and HOME points somewhere writable.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from lictor.review._scanner._process import last_line, run_tool
from lictor.review.interface import CodeFinding, CodeScanner, ScannerFailure, ScanResult

SOURCE_SUFFIXES = (".py", ".pyi")
"""Files the shipped rules are written for."""

_SEVERITY = {"ERROR": "high", "WARNING": "medium", "INFO": "low"}


def semgrep_binary() -> str | None:
    """`LICTOR_SEMGREP`, else `semgrep` on PATH, else one beside this Python; None if absent."""
    pinned = os.environ.get("LICTOR_SEMGREP")
    if pinned:
        return pinned if os.access(pinned, os.X_OK) else None
    found = shutil.which("semgrep")
    if found:
        return found
    beside = Path(sys.executable).parent / "semgrep"
    return str(beside) if os.access(beside, os.X_OK) else None


def shipped_rules() -> Path:
    """Folder of the Semgrep rules Lictor ships."""
    return Path(str(resources.files("lictor.review").joinpath("rules")))


class SemgrepScanner(CodeScanner):
    """Semgrep over Python files with local rule files only."""

    name = "semgrep"

    def __init__(self, rules: Sequence[Path] = (), jobs: int = 0) -> None:
        self.rules = tuple(rules) or (shipped_rules(),)
        """Rule files or folders passed as `--config`."""
        self.jobs = jobs or (os.cpu_count() or 1)
        """Semgrep's `-j`."""

    def scan(self, root: Path, paths: Sequence[str]) -> ScanResult:
        files = [p for p in paths if p.endswith(SOURCE_SUFFIXES)]
        if not files:
            return ScanResult()
        binary = semgrep_binary()
        if binary is None:
            message = "semgrep is not installed (pipx install semgrep, or set LICTOR_SEMGREP)"
            return ScanResult(
                failures=(ScannerFailure(self.name, message, tuple(files)),), scanned=tuple(files)
            )
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="lictor-semgrep-") as home:
            env = {
                "SEMGREP_SEND_METRICS": "off",
                "SEMGREP_ENABLE_VERSION_CHECK": "0",
                # Semgrep writes settings and logs under HOME; CI homes are often read-only.
                "HOME": os.environ.get("HOME", home)
                if os.access(os.environ.get("HOME", "/nonexistent"), os.W_OK)
                else home,
            }
            argv = [binary, "scan", "--json", "--quiet", "--metrics=off"]
            argv += ["--disable-version-check", "--no-git-ignore", "-j", str(self.jobs)]
            for rule in self.rules:
                argv += ["--config", str(rule)]
            # The native CLI (--experimental) starts in ~0.2 s instead of ~3 s for the Python
            # wrapper and gives the same results on Lictor's rules; fall back if it fails.
            done = run_tool([*argv, "--experimental", "--", *files], root, env)
            if done.problem or not done.stdout.lstrip().startswith("{"):
                done = run_tool([*argv, "--", *files], root, env)
        seconds = {self.name: time.perf_counter() - started}
        try:
            data = json.loads(done.stdout) if done.stdout.strip() else None
        except json.JSONDecodeError:
            data = None
        if done.problem or not isinstance(data, dict):
            message = f"semgrep failed: {done.problem or last_line(done.stderr)}"
            failure = ScannerFailure(self.name, message, tuple(files))
            return ScanResult(failures=(failure,), scanned=tuple(files), seconds=seconds)
        findings = tuple(_finding(r) for r in data.get("results", []))
        failures: list[ScannerFailure] = []
        errors = [e for e in data.get("errors", []) if e.get("level") == "error"]
        if errors:
            broken = tuple(str(e.get("path", "")) for e in errors if e.get("path"))
            first = str(errors[0].get("message", errors[0].get("type", "error"))).splitlines()[0]
            failures.append(
                ScannerFailure(
                    self.name, f"semgrep reported {len(errors)} error(s): {first}", broken
                )
            )
        scanned = {os.path.normpath(p) for p in data.get("paths", {}).get("scanned", [])}
        missed = tuple(p for p in files if os.path.normpath(p) not in scanned)
        if missed and not errors:
            failures.append(
                ScannerFailure(
                    self.name,
                    f"semgrep skipped {len(missed)} file(s) (too large or ignored)",
                    missed,
                )
            )
        return ScanResult(findings, tuple(failures), tuple(files), seconds=seconds)


def _rule_id(check_id: str) -> str:
    # A rule folder passed as --config prefixes ids with its path; keep Lictor's own id.
    at = check_id.rfind("lictor.")
    return check_id[at:] if at >= 0 else check_id.rsplit(".", 1)[-1]


def _cwe(meta: dict[str, object]) -> int:
    value = meta.get("cwe")
    text = value[0] if isinstance(value, list) and value else value
    if isinstance(text, str) and text.upper().startswith("CWE-"):
        digits = text[4:].split(":", 1)[0].strip()
        return int(digits) if digits.isdigit() else 0
    return 0


def _finding(r: dict[str, object]) -> CodeFinding:
    extra = r.get("extra") if isinstance(r.get("extra"), dict) else {}
    assert isinstance(extra, dict)
    meta = extra.get("metadata") if isinstance(extra.get("metadata"), dict) else {}
    assert isinstance(meta, dict)
    start = r.get("start") if isinstance(r.get("start"), dict) else {}
    end = r.get("end") if isinstance(r.get("end"), dict) else {}
    assert isinstance(start, dict) and isinstance(end, dict)
    owasp = meta.get("owasp", [])
    return CodeFinding(
        scanner="semgrep",
        rule=_rule_id(str(r.get("check_id", ""))),
        message=str(extra.get("message", "")).strip().splitlines()[0]
        if extra.get("message")
        else "",
        path=os.path.normpath(str(r.get("path", ""))),
        line=int(start.get("line", 0)),
        end_line=int(end.get("line", 0)),
        column=int(start.get("col", 0)),
        severity=str(
            meta.get("lictor-severity", _SEVERITY.get(str(extra.get("severity")), "medium"))
        ),
        confidence=str(meta.get("confidence", "medium")).lower(),
        cwe=_cwe(meta),
        owasp=tuple(str(o).split(" ", 1)[0] for o in owasp) if isinstance(owasp, list) else (),
    )

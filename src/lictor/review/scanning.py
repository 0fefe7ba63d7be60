"""Scanners in parallel, merged, de-duplicated and classified; and the one-file fast path."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lictor.model import Finding
from lictor.review._scanner.bandit import BanditScanner
from lictor.review._scanner.secrets import SecretsScanner
from lictor.review._scanner.semgrep import SemgrepScanner
from lictor.review.interface import (
    CONFIDENCE_RANK,
    SEVERITY_RANK,
    CodeFinding,
    CodeScanner,
    ScanResult,
)
from lictor.review.taxonomy import classify

SCANNERS = ("bandit", "semgrep", "secrets")
"""Scanner names `--scanners` accepts."""

# CWEs that name the same weakness at different granularity count as one for de-duplication.
_CWE_FAMILY = {259: 798, 321: 798, 327: 328, 95: 94}


def make_scanners(names: Sequence[str] = SCANNERS) -> list[CodeScanner]:
    """Scanner instances by name."""
    table: dict[str, type[CodeScanner]] = {
        "bandit": BanditScanner,
        "semgrep": SemgrepScanner,
        "secrets": SecretsScanner,
    }
    unknown = [n for n in names if n not in table]
    if unknown:
        from lictor.review.interface import ReviewError

        raise ReviewError(f"unknown scanner {unknown[0]!r}; choose from {', '.join(SCANNERS)}")
    return [table[n]() for n in names]


def _dedup_key(f: CodeFinding) -> tuple[str, int, int | str]:
    family: int | str = _CWE_FAMILY.get(f.cwe, f.cwe) if f.cwe else f.key
    return (f.path, f.line, family)


def merge(results: Sequence[ScanResult]) -> ScanResult:
    """One result from several: findings classified, de-duplicated (worst kept, rest in `also`)."""
    best: dict[tuple[str, int, int | str], CodeFinding] = {}
    for result in results:
        for raw in result.findings:
            f = classify(raw)
            key = _dedup_key(f)
            held = best.get(key)
            if held is None:
                best[key] = f
                continue
            rank = (SEVERITY_RANK.get(f.severity, 0), CONFIDENCE_RANK.get(f.confidence, 0))
            held_rank = (
                SEVERITY_RANK.get(held.severity, 0),
                CONFIDENCE_RANK.get(held.confidence, 0),
            )
            keep, other = (f, held) if rank > held_rank else (held, f)
            best[key] = dataclasses.replace(
                keep,
                also=tuple(dict.fromkeys((*keep.also, *other.keys))),
                owasp=tuple(dict.fromkeys((*keep.owasp, *other.owasp))),
                atlas=tuple(dict.fromkeys((*keep.atlas, *other.atlas))),
            )
    findings = sorted(best.values(), key=lambda f: (f.path, f.line, f.key))
    seconds: dict[str, float] = {}
    for r in results:
        seconds.update(r.seconds)
    return ScanResult(
        findings=tuple(findings),
        failures=tuple(x for r in results for x in r.failures),
        scanned=tuple(dict.fromkeys(p for r in results for p in r.scanned)),
        skipped=tuple(dict.fromkeys(p for r in results for p in r.skipped)),
        seconds=seconds,
    )


def scan_paths(
    root: Path, paths: Sequence[str], scanners: Sequence[CodeScanner] | None = None
) -> ScanResult:
    """Every scanner over `paths` (relative to `root`), in parallel, merged."""
    chosen = list(scanners) if scanners is not None else make_scanners()
    if not paths or not chosen:
        return ScanResult(scanned=tuple(paths))
    with ThreadPoolExecutor(max_workers=len(chosen)) as pool:
        results = list(pool.map(lambda s: s.scan(root, list(paths)), chosen))
    return merge(results)


def review_file(path: str | Path, *, semgrep: bool = False) -> list[Finding]:
    """Findings in one file an agent just wrote: Bandit and secrets (and Semgrep if asked).

    The fast path for editor and agent hooks (the Claude Code PostToolUse
    adapter): about half a second. A scanner that could not cover the file
    adds a `review`/`scan-incomplete` finding, so silence always means clean.
    """
    file = Path(path).resolve()
    names = ["bandit", "secrets", *(["semgrep"] if semgrep else [])]
    result = scan_paths(file.parent, [file.name], make_scanners(names))
    findings = [dataclasses.replace(f, path=str(file)).as_finding() for f in result.findings]
    for failure in result.failures:
        findings.append(
            Finding(
                scanner="review",
                kind="scan-incomplete",
                severity="medium",
                location=str(file),
                excerpt=failure.message,
            )
        )
    return findings

"""detect-secrets' detectors and Lictor's own credential patterns, on whole files."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path

from lictor.review.interface import CodeFinding, CodeScanner, ScannerFailure, ScanResult

MAX_BYTES = 2 * 1024 * 1024
"""Files larger than this are skipped as generated or data (reported, not silently passed)."""


# In source code `{password}` or `${PASSWORD}` inside a URL is interpolation, not a credential.
_TEMPLATE = re.compile(r"^(\{[^}]*\}|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|%\([^)]*\)s)$")


def is_binary(data: bytes) -> bool:
    """True for content with NUL bytes in its first 8 KiB, like git's own test."""
    return b"\0" in data[:8192]


class SecretsScanner(CodeScanner):
    """Hard-coded credentials in any text file."""

    name = "secrets"

    def scan(self, root: Path, paths: Sequence[str]) -> ScanResult:
        from lictor.scan import SecretScanner
        from lictor.scan.secrets import looks_like_example

        started = time.perf_counter()
        scanner = SecretScanner()
        findings: list[CodeFinding] = []
        failures: list[ScannerFailure] = []
        skipped: list[str] = []
        for path in paths:
            try:
                data = (root / path).read_bytes()
            except OSError as e:
                failures.append(ScannerFailure(self.name, f"cannot read: {e.strerror}", (path,)))
                continue
            if is_binary(data) or len(data) > MAX_BYTES:
                skipped.append(path)
                continue
            text = data.decode("utf-8", "replace")
            for f in scanner.scan(text, path):
                line = text.count("\n", 0, max(f.start, 0)) + 1
                secret = text[f.start : f.end] if f.start >= 0 else ""
                if _TEMPLATE.match(secret):
                    continue
                findings.append(
                    CodeFinding(
                        scanner=self.name,
                        rule=f.kind,
                        message=f"hard-coded credential ({f.kind}): {f.excerpt}",
                        path=path,
                        line=line,
                        severity=f.severity,
                        confidence="low" if looks_like_example(secret) else "high",
                    )
                )
        seconds = {self.name: time.perf_counter() - started}
        return ScanResult(
            tuple(findings), tuple(failures), tuple(paths), tuple(skipped), seconds=seconds
        )

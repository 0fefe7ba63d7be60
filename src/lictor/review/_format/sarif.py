"""SARIF 2.1.0, the format GitHub code scanning and most security dashboards read."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from lictor.review.interface import ReportFormat, ReviewReport, Triaged

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
"""The schema URI SARIF 2.1.0 files declare."""

_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
# GitHub orders alerts by `security-severity` (0-10) rather than level.
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0"}


def _rule(t: Triaged) -> dict[str, Any]:
    f = t.finding
    tags = ["security", *([f"CWE-{f.cwe}"] if f.cwe else []), *f.owasp, *f.atlas]
    return {
        "id": f.key,
        "name": f.rule,
        "shortDescription": {"text": f.message[:200] or f.rule},
        "fullDescription": {"text": f.message or f.rule},
        "helpUri": f"https://cwe.mitre.org/data/definitions/{f.cwe}.html" if f.cwe else None,
        "defaultConfiguration": {"level": _LEVEL.get(f.severity, "warning")},
        "properties": {
            "tags": tags,
            "security-severity": _SECURITY_SEVERITY.get(f.severity, "5.0"),
        },
    }


def sarif_dict(report: ReviewReport) -> dict[str, Any]:
    """The SARIF log as a dict."""
    from lictor import __version__

    rules: dict[str, dict[str, Any]] = {}
    results = []
    for t in report.triaged:
        f = t.finding
        if f.key not in rules:
            rules[f.key] = {k: v for k, v in _rule(t).items() if v is not None}
        region: dict[str, int] = {"startLine": max(f.line, 1)}
        if f.end_line >= f.line > 0:
            region["endLine"] = f.end_line
        if f.column > 0:
            region["startColumn"] = f.column
        fingerprint = hashlib.sha256(f"{f.key}|{f.path}|{f.message}".encode()).hexdigest()[:32]
        results.append(
            {
                "ruleId": f.key,
                "ruleIndex": list(rules).index(f.key),
                "level": _LEVEL.get(t.rank, "warning"),
                "message": {"text": f"{f.message} [{t.rank}: {t.reason}]"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                            "region": region,
                        }
                    }
                ],
                "partialFingerprints": {"lictor/v1": fingerprint},
                "properties": {
                    "rank": t.rank,
                    "score": t.score,
                    "changed": t.changed,
                    "alsoReportedBy": list(f.also),
                },
            }
        )
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{fail.scanner}: {fail.message}"},
            "descriptor": {"id": f"scanner-failure/{fail.scanner}"},
        }
        for fail in report.scan.failures
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "Lictor",
                        "version": __version__,
                        "informationUri": "https://github.com/lictor/lictor",
                        "rules": list(rules.values()),
                    }
                },
                "automationDetails": {"id": f"lictor-review/{report.target}"},
                "invocations": [
                    {
                        "executionSuccessful": not report.partial,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
                "properties": {
                    "verdict": report.verdict,
                    "tier": report.tier.tier,
                    "aiAuthored": report.ai_authored,
                    "failed": list(report.failed),
                },
            }
        ],
    }


class SarifFormat(ReportFormat):
    """SARIF 2.1.0 JSON."""

    name = "sarif"

    def render(self, report: ReviewReport) -> str:
        return json.dumps(sarif_dict(report), indent=2) + "\n"

"""The review report as JSON, for scripts and dashboards."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from lictor.review.interface import ReportFormat, ReviewReport


def report_dict(report: ReviewReport) -> dict[str, Any]:
    """The report as plain JSON-compatible data."""
    return {
        "verdict": report.verdict,
        "target": report.target,
        "repo": report.repo,
        "ai_authored": report.ai_authored,
        "partial": report.partial,
        "failed": list(report.failed),
        "notes": list(report.notes),
        "tier": dataclasses.asdict(report.tier),
        "commits": [
            {
                "sha": a.commit.sha,
                "author": f"{a.commit.author_name} <{a.commit.author_email}>",
                "subject": a.commit.subject,
                "ai": a.ai,
                "agents": list(a.agents),
                "signals": [dataclasses.asdict(s) for s in a.signals],
            }
            for a in report.commits
        ],
        "changed": list(report.changed),
        "findings": [
            {
                **dataclasses.asdict(t.finding),
                "rank": t.rank,
                "score": t.score,
                "reason": t.reason,
                "changed": t.changed,
            }
            for t in report.triaged
        ],
        "scanner_failures": [dataclasses.asdict(f) for f in report.scan.failures],
        "skipped": list(report.scan.skipped),
        "seconds": {k: round(v, 3) for k, v in report.scan.seconds.items()},
    }


class JsonFormat(ReportFormat):
    """Indented JSON."""

    name = "json"

    def render(self, report: ReviewReport) -> str:
        return json.dumps(report_dict(report), indent=2) + "\n"

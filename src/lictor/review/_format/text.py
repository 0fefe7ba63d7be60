"""Plain text for a terminal."""

from __future__ import annotations

from lictor.review.interface import ReportFormat, ReviewReport


class TextFormat(ReportFormat):
    """Human-readable lines."""

    name = "text"

    def render(self, report: ReviewReport) -> str:
        out = [f"lictor review {report.target}: {report.verdict.upper()} (tier {report.tier.tier})"]
        for a in report.commits:
            label = ", ".join(a.agents) if a.ai else "no AI evidence"
            out.append(f"  commit {a.commit.sha[:10]} {a.commit.subject[:60]!r}: {label}")
            for s in a.signals:
                mark = " [verified]" if s.verified else ""
                out.append(f"      {s.rule}: {s.evidence}{mark}")
        for path, category in report.tier.sensitive:
            out.append(f"  sensitive: {path} ({category})")
        for t in report.triaged:
            f = t.finding
            where = "" if t.changed else " (outside change)"
            out.append(f"  {t.rank:<8} {f.path}:{f.line} {f.key} {f.message}{where}")
            out.append(f"           {t.reason}")
        for reason in report.failed:
            out.append(f"  FAIL: {reason}")
        for note in report.notes:
            out.append(f"  note: {note}")
        return "\n".join(out) + "\n"

"""A Markdown summary sized for a pull-request comment."""

from __future__ import annotations

from lictor.review.interface import ReportFormat, ReviewReport

MAX_ROWS = 25
"""Findings listed in the table; the rest are counted."""

_ICON = {"pass": "✅", "fail": "❌", "incomplete": "⚠️"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownFormat(ReportFormat):
    """GitHub-flavoured Markdown."""

    name = "markdown"

    def render(self, report: ReviewReport) -> str:
        lines = [f"## {_ICON[report.verdict]} Lictor review: {report.verdict}", ""]
        lines.append(
            f"**Target:** {report.target} · **Tier:** `{report.tier.tier}` "
            f"(fails on `{report.tier.fail_on}`+) · **Changed files:** {len(report.changed)}"
        )
        lines.append("")
        if report.partial:
            lines += [
                "> **Partial result:** some scanners did not cover every file; "
                "a clean table below does not mean clean code.",
                "",
            ]
        for reason in report.failed:
            lines.append(f"- ❌ {_cell(reason)}")
        if report.failed:
            lines.append("")
        ai = [a for a in report.commits if a.ai]
        if report.commits:
            lines.append(
                f"### Authorship: {len(ai)} of {len(report.commits)} commit(s) AI-authored"
            )
            if ai:
                lines += ["", "| commit | agent | evidence |", "|---|---|---|"]
                for a in ai:
                    for s in a.signals:
                        mark = " ✔ signed" if s.verified else ""
                        sha, agent, evidence = a.commit.sha[:10], _cell(s.agent), _cell(s.evidence)
                        lines.append(f"| `{sha}` | {agent}{mark} | `{evidence}` |")
            lines.append("")
        if report.tier.sensitive:
            lines.append("### Sensitive paths")
            for path, category in report.tier.sensitive:
                lines.append(f"- `{path}` ({category})")
            if report.tier.reviewers:
                lines.append(f"- approved by: {', '.join(report.tier.reviewers)}")
            lines.append("")
        changed = [t for t in report.triaged if t.changed]
        lines.append(f"### Findings in the change: {len(changed)}")
        if changed:
            lines += ["", "| rank | rule | where | CWE | why |", "|---|---|---|---|---|"]
            for t in changed[:MAX_ROWS]:
                f = t.finding
                cwe = f"CWE-{f.cwe}" if f.cwe else ""
                lines.append(
                    f"| **{t.rank}** | `{f.key}` {_cell(f.message[:80])} | `{f.path}:{f.line}` "
                    f"| {cwe} | {_cell(t.reason)} |"
                )
            if len(changed) > MAX_ROWS:
                lines.append(f"\n…and {len(changed) - MAX_ROWS} more (see the SARIF upload).")
        for note in report.notes:
            lines.append(f"\n<sub>{_cell(note)}</sub>")
        return "\n".join(lines) + "\n"

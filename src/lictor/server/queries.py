"""Reading the audit log for the API and the dashboard: filtered scans, findings, overview stats.

Records are JSON in the hash chain, so filters are applied while reading
backwards from the head, a page at a time, up to `MAX_SCAN` entries: enough for
a laptop or a team's day; a SIEM gets the JSONL export for more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lictor.audit import AuditEntry, AuditLog

MAX_SCAN = 50_000
"""Entries read at most to answer one query."""
_PAGE = 1000


@dataclass(frozen=True)
class Filters:
    """What an audit query keeps; empty fields match everything."""

    agent: str = ""
    """Agent id."""
    verdict: str = ""
    """allow, deny or ask (decisions only)."""
    tool: str = ""
    """Tool name."""
    session: str = ""
    """Session id."""
    type: str = ""
    """Record type: decision, outcome, approval, identity, prompt."""
    since: str = ""
    """ISO-8601 UTC time; entries before it are dropped."""
    until: str = ""
    """ISO-8601 UTC time; entries after it are dropped."""

    def keeps(self, entry: AuditEntry) -> bool:
        """True when the entry passes every filter."""
        r = entry.record
        checks = (
            (self.agent, r.get("agent")),
            (self.verdict, r.get("verdict")),
            (self.tool, r.get("tool")),
            (self.session, r.get("session")),
            (self.type, r.get("type")),
        )
        if any(want and want != got for want, got in checks):
            return False
        if self.since and entry.time < self.since:
            return False
        return not (self.until and entry.time > self.until)


def backwards(audit: AuditLog, before: int | None = None) -> Iterator[AuditEntry]:
    """Entries newest first, from `before` (exclusive; default the head), at most MAX_SCAN."""
    end = audit.height() if before is None else max(0, before)
    floor = max(0, end - MAX_SCAN)
    while end > floor:
        start = max(floor, end - _PAGE)
        page = list(audit.entries(start, end))
        yield from reversed(page)
        end = start


def query(
    audit: AuditLog, filters: Filters, limit: int = 100, before: int | None = None
) -> list[AuditEntry]:
    """Newest entries matching the filters."""
    found: list[AuditEntry] = []
    for entry in backwards(audit, before):
        if filters.since and entry.time < filters.since:
            break  # older from here on
        if filters.keeps(entry):
            found.append(entry)
            if len(found) >= limit:
                break
    return found


def findings(audit: AuditLog, limit: int = 200) -> list[dict[str, Any]]:
    """Scanner findings recorded with decisions (arguments) and outcomes (outputs), newest first."""
    rows: list[dict[str, Any]] = []
    for entry in backwards(audit):
        r = entry.record
        for f in r.get("findings", []) or []:
            if not isinstance(f, dict):
                continue
            rows.append(
                {
                    "seq": entry.seq,
                    "time": entry.time,
                    "type": r.get("type", ""),
                    "where": "output" if r.get("type") == "outcome" else "arguments",
                    "agent": r.get("agent", ""),
                    "session": r.get("session", ""),
                    "tool": r.get("tool", ""),
                    "decision_id": r.get("decision_id", ""),
                    "scanner": f.get("scanner", ""),
                    "kind": f.get("kind", ""),
                    "severity": f.get("severity", ""),
                    "location": f.get("location", ""),
                }
            )
        if len(rows) >= limit:
            break
    return rows[:limit]


@dataclass(frozen=True)
class Overview:
    """The dashboard's first page, computed from the recent audit log."""

    per_minute: list[tuple[str, dict[str, int]]]
    """(minute "HH:MM", {verdict: count}) for the window, oldest first."""
    totals: dict[str, int]
    """Decisions in the window by verdict."""
    top_denied: list[tuple[str, int]]
    """Rule ids that denied most often in the window."""
    agents_active: list[str]
    """Agents that acted in the window."""
    window_minutes: int
    """Length of the window."""


def overview(audit: AuditLog, minutes: int = 30, now: dt.datetime | None = None) -> Overview:
    """Decisions per minute by verdict, top denied rules and active agents of the last minutes."""
    now = now or dt.datetime.now(dt.UTC)
    start = (now - dt.timedelta(minutes=minutes - 1)).replace(second=0, microsecond=0)
    since = start.strftime("%Y-%m-%dT%H:%M")
    buckets: dict[str, Counter[str]] = {}
    denied: Counter[str] = Counter()
    agents: set[str] = set()
    totals: Counter[str] = Counter()
    for entry in backwards(audit):
        if entry.time[:16] < since:
            break
        r = entry.record
        if r.get("type") != "decision":
            continue
        verdict = str(r.get("verdict", ""))
        buckets.setdefault(entry.time[11:16], Counter())[verdict] += 1
        totals[verdict] += 1
        agents.add(str(r.get("agent", "")))
        if verdict == "deny":
            rules = r.get("rules") or []
            if rules:
                denied[str(rules[0])] += 1
    minutes_list = [(start + dt.timedelta(minutes=i)).strftime("%H:%M") for i in range(minutes)]
    per_minute = [(m, dict(buckets.get(m, Counter()))) for m in minutes_list]
    return Overview(
        per_minute,
        {v: totals.get(v, 0) for v in ("allow", "ask", "deny")},
        denied.most_common(8),
        sorted(a for a in agents if a),
        minutes,
    )


VERDICT_COLOURS = {"allow": "#2f9e44", "ask": "#e8a317", "deny": "#d6336c"}


def chart_svg(ov: Overview, width: int = 720, height: int = 180) -> str:
    """Stacked bars of decisions per minute by verdict, as inline SVG (no script)."""
    pad_l, pad_b, pad_t = 34, 22, 8
    n = max(len(ov.per_minute), 1)
    top = max((sum(c.values()) for _, c in ov.per_minute), default=0)
    top = max(top, 1)
    inner_w, inner_h = width - pad_l - 6, height - pad_b - pad_t
    bar_w = inner_w / n
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="decisions per minute by verdict" xmlns="http://www.w3.org/2000/svg">'
    ]
    for frac in (0.0, 0.5, 1.0):
        y = pad_t + inner_h * (1 - frac)
        parts.append(
            f'<line x1="{pad_l}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{pad_l - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">'
            f"{round(top * frac)}</text>"
        )
    for i, (minute, counts) in enumerate(ov.per_minute):
        x = pad_l + i * bar_w + 1
        y = pad_t + inner_h
        for verdict in ("allow", "ask", "deny"):
            c = counts.get(verdict, 0)
            if not c:
                continue
            h = inner_h * c / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(bar_w - 2, 1):.1f}" height="{h:.1f}" '
                f'fill="{VERDICT_COLOURS[verdict]}"><title>{minute} {verdict}: {c}</title></rect>'
            )
        if i % max(n // 6, 1) == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 6}" class="axis" '
                f'text-anchor="middle">{minute}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)

"""OCSF 1.1 API Activity (class 6003) events, for SIEMs that speak OCSF.

A Lictor decision is an authorisation of one API-like operation (a tool
call), so each entry maps to an API Activity event; the verdict goes into
status and the Security Control profile's disposition. The whole record rides
along in `unmapped`, and `metadata.uid` is the entry's chain hash so an event
can be traced back to the verifiable log. The mapping is listed in docs/audit.md.
"""

from __future__ import annotations

import calendar
from datetime import datetime
from typing import Any

from lictor.audit.interface import AuditEntry
from lictor.model import canonical_json

OCSF_VERSION = "1.1.0"
CLASS_UID = 6003  # API Activity
CATEGORY_UID = 6  # Application Activity
ACTIVITY_OTHER = 99

# verdict -> (status_id, status, disposition_id, disposition, severity_id)
_VERDICTS: dict[str, tuple[int, str, int, str, int]] = {
    "allow": (1, "Success", 1, "Allowed", 1),
    "deny": (2, "Failure", 2, "Blocked", 3),
    "ask": (0, "Unknown", 99, "Ask", 2),
}
_UNKNOWN_VERDICT = (0, "Unknown", 0, "Unknown", 1)


def _text(record: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _epoch_ms(time: str) -> int:
    parsed = datetime.strptime(time, "%Y-%m-%dT%H:%M:%S.%fZ")
    return calendar.timegm(parsed.timetuple()) * 1000 + parsed.microsecond // 1000


def _reasons(record: dict[str, Any]) -> str:
    reasons = record.get("reasons")
    if not isinstance(reasons, list):
        return ""
    parts = []
    for reason in reasons:
        if isinstance(reason, dict):
            parts.append(f"[{reason.get('rule', '')}] {reason.get('text', '')}".strip())
        elif isinstance(reason, str):
            parts.append(reason)
    return "; ".join(parts)


def line(entry: AuditEntry) -> str:
    """One OCSF API Activity event as canonical JSON."""
    record = entry.record
    kind = _text(record, "kind", "type", "event") or "record"
    verdict = _text(record, "verdict").lower()
    status_id, status, disposition_id, disposition, severity_id = _VERDICTS.get(
        verdict, _UNKNOWN_VERDICT
    )
    tool = _text(record, "tool")
    event: dict[str, Any] = {
        "category_uid": CATEGORY_UID,
        "class_uid": CLASS_UID,
        "activity_id": ACTIVITY_OTHER,
        "activity_name": kind,
        "type_uid": CLASS_UID * 100 + ACTIVITY_OTHER,
        "time": _epoch_ms(entry.time),
        "severity_id": severity_id,
        "status_id": status_id,
        "status": status,
        "disposition_id": disposition_id,
        "disposition": disposition,
        "message": _reasons(record) or f"{kind} {verdict}".strip(),
        "actor": {
            "user": {"uid": _text(record, "agent") or "unknown"},
            "session": {"uid": _text(record, "session")},
        },
        "api": {"operation": tool, "service": {"name": "lictor"}},
        "src_endpoint": {"svc_name": "lictor"},
        "metadata": {
            "version": OCSF_VERSION,
            "product": {"name": "Lictor", "vendor_name": "Lictor"},
            "profiles": ["security_control"],
            "uid": entry.hash,
            "sequence": entry.seq,
            "log_name": "lictor-audit",
            "correlation_uid": _text(record, "decision_id"),
        },
        "unmapped": {"seq": entry.seq, "prev_hash": entry.prev_hash, "record": record},
    }
    return canonical_json(event)

"""What an approver needs to see: who asks, what exactly would run, and why it was held."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lictor.approvals.task_grants import exact_patterns
from lictor.model import Action, Decision, Effect, canonical_json, sha256_hex

if TYPE_CHECKING:
    from lictor.gate import Evaluation, Gate

MAX_DIFF_LINES = 400
"""A diff longer than this is cut; the approver sees that it was."""
MAX_OLD_FILE_BYTES = 512 * 1024
"""Files larger than this are not read to diff a Write against."""
_WRITE_TOOLS = frozenset({"Write", "Edit", "MultiEdit"})


def approval_digest(action: Action, effects: tuple[Effect, ...], revision: str) -> str:
    """SHA-256 binding an approval to tool, arguments, targets and the policy revision."""
    return sha256_hex(
        canonical_json(
            {
                "action": _action_digest(action),
                "targets": _targets(effects),
                "revision": revision,
            }
        )
    )


def scope_key(tool: str, effects: tuple[Effect, ...]) -> str:
    """What "approve for the rest of this task" covers: the same tool on the same targets."""
    return sha256_hex(canonical_json({"tool": tool, "targets": _targets(effects)}))


def build_context(gate: Gate, decision: Decision, ev: Evaluation) -> dict[str, Any]:
    """Who, what and why, ready to store as JSON and to render; arguments stay redacted."""
    principal = ev.principal
    labels: dict[str, Any] = {}
    if decision.action.session and gate.flow_enabled:
        try:
            seen = gate.flow.labels(decision.action.session)
            labels = {
                "untrusted_seen": seen.untrusted_seen,
                "hostile_seen": seen.hostile_seen,
                "private_read": seen.private_read,
                "lockdown": seen.lockdown,
            }
        except Exception:  # labels help the approver; their absence must not lose the approval
            labels = {}
    args = dict(ev.redacted_args)
    task_grant: tuple[str, ...] = ()
    if principal.get("task") and principal.get("grant") and principal.get("authenticated"):
        task_grant = exact_patterns(gate, decision.action, ev)
    diff, cut = write_diff(decision.action.tool, args, gate.config.workspace, decision.action.cwd)
    return {
        "chain": [str(x) for x in principal.get("chain", [])],
        "authenticated": bool(principal.get("authenticated", False)),
        "args": _jsonable(args),
        "commands": [list(c) for c in ev.commands],
        "diff": diff,
        "diff_truncated": cut,
        "targets": _targets(decision.effects),
        "rules": [r.rule for r in decision.reasons],
        "reasons": [
            {"rule": r.rule, "text": r.text, "verdict": r.verdict.value} for r in decision.reasons
        ],
        "labels": labels,
        "findings": [
            {"scanner": f.scanner, "kind": f.kind, "severity": f.severity, "location": f.location}
            for f in decision.findings
        ],
        "policy_revision": decision.policy_revision,
        # What "approve for the rest of this task" would grant; empty when it cannot.
        "task_grant": list(task_grant),
    }


def write_diff(
    tool: str, args: Mapping[str, Any], workspace: Path, cwd: str = ""
) -> tuple[str, bool]:
    """A unified diff for a write: Edit's old/new strings, or Write's content against the file."""
    if tool not in _WRITE_TOOLS:
        return "", False
    path = str(args.get("file_path") or args.get("path") or "")
    old: str
    new: str
    if "old_string" in args or "new_string" in args:
        old, new = str(args.get("old_string", "")), str(args.get("new_string", ""))
    elif "content" in args:
        new = str(args.get("content", ""))
        old = _current_text(path, workspace, cwd)
    else:
        return "", False
    lines = list(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
    cut = len(lines) > MAX_DIFF_LINES
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines[:MAX_DIFF_LINES])
    return text, cut


def _current_text(path: str, workspace: Path, cwd: str) -> str:
    if not path:
        return ""
    where = Path(path)
    if not where.is_absolute():
        where = Path(cwd or workspace) / where
    try:
        if where.is_file() and where.stat().st_size <= MAX_OLD_FILE_BYTES:
            return where.read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass
    return ""


def _targets(effects: tuple[Effect, ...]) -> list[dict[str, str]]:
    return sorted(
        (
            {
                "capability": e.capability.value,
                "kind": e.target.kind.value,
                "value": e.target.describe()[:1000],
            }
            for e in effects
        ),
        key=lambda t: (t["capability"], t["kind"], t["value"]),
    )


def _action_digest(action: Action) -> str:
    try:
        return action.digest()
    except (TypeError, ValueError):
        return sha256_hex(repr((action.tool, action.args)))


def _jsonable(value: Any) -> Any:
    try:
        canonical_json(value)
        return value
    except (TypeError, ValueError):
        return {"_repr": repr(value)[:4000]}

"""Approve for the rest of a task as a real grant: exact patterns for one action, and the check.

When the agent acted under a task grant, that choice issues a grant through
the identity service: same agent, same task, ending no later than the agent's
own grant, allowing exactly this tool on these targets (each shell sub-command
verbatim, never a wildcard). Policy still answers `ask` for such actions (an
ask comes from policy, not from the grant stage), so the approval hook turns
the ask into an allow when one of these approval grants allows the action by
identity's own pattern check. Revoking that grant, closing the task or letting
it expire ends the standing approval; `lictor grant list` shows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lictor.classify import Classification
from lictor.errors import IdentityError
from lictor.identity import Authentication, Grant
from lictor.identity.patterns import allowed_by
from lictor.model import Action

if TYPE_CHECKING:
    from lictor.gate import Evaluation, Gate

_PLAIN_TOOL = re.compile(r"[A-Za-z0-9_.:\-]+")  # a tool name that is not a glob
_ARG_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def exact_patterns(gate: Gate, action: Action, ev: Evaluation) -> tuple[str, ...]:
    """Grant patterns allowing this action and nothing wider; empty when that cannot be said.

    Not offered when the arguments carry a secret (it would be copied into the
    grant) or when a value cannot be written as one exact pattern value.
    """
    from lictor.identity.service import build_calls

    if ev.findings or not ev.effects or not _PLAIN_TOOL.fullmatch(action.tool):
        return ()
    found = _classification(gate, action, ev)
    calls = build_calls(action, found, gate.place(action), gate.manifest)
    spec = found.spec
    patterns: list[str] = []
    for call in calls:
        if spec is not None and spec.shell:
            specs = [f"{spec.shell}=={_quoted(call.args[spec.shell][0])}"]
        elif call.targets:
            specs = []
            for kind, values in sorted(call.targets.items()):
                if len(set(values)) != 1:
                    return ()  # one exact constraint holds for one value only
                specs.append(f"{kind}=={_quoted(values[0])}")
        else:
            if any(not _ARG_NAME.fullmatch(name) for name in action.args):
                return ()
            specs = []
            for name, values in sorted(call.args.items()):
                if len(values) != 1:
                    return ()  # an object, a float or a list: no exact pattern value
                specs.append(f"{name}=={_quoted(values[0])}")
        pattern = f"{action.tool}({', '.join(specs)})" if specs else action.tool
        if pattern not in patterns:
            patterns.append(pattern)
    try:
        parsed = gate.identity.parse(patterns)
    except IdentityError:
        return ()
    # Never issue a grant that would not allow the very action the human saw.
    return tuple(patterns) if allowed_by(parsed, calls) else ()


def grant_allows(gate: Gate, grant: Grant, action: Action, ev: Evaluation) -> bool:
    """True when `grant` allows this action, checked exactly as stage 2 checks a credential's."""
    auth = ev.authentication
    if auth is None or auth.claims is None:
        return False
    as_granted = Authentication(auth.principal, auth.claims, grant, (grant,))
    found = _classification(gate, action, ev)
    check = gate.identity.check_grant(as_granted, action, found, gate.place(action))
    return check.denial is None


def _classification(gate: Gate, action: Action, ev: Evaluation) -> Classification:
    return Classification(ev.effects, gate.manifest.lookup(action.tool), ev.notes, ev.commands)


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

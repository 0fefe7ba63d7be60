"""Lictor: a governance harness for AI agents and the code they write.

    import lictor
    gate = lictor.open(".")                     # the project's .lictor/
    decision = gate.decide(lictor.Action("Bash", {"command": "pytest -q"}))
    session = gate.session(agent="coder")
    d = session.decide("Write", {"file_path": "src/app.py", "content": "..."})
    session.record_result(d, "ok")
    remote = lictor.connect("http://127.0.0.1:8765", token).session(agent="coder")

    @lictor.governed(session, tool="send_email")
    def send_email(to: str, body: str) -> None: ...

Names are imported on first use, so `import lictor.<module>` stays cheap
(the hook's thin client depends on that).
"""

from __future__ import annotations

# Not `from typing import ...`: importing typing costs the command hook milliseconds per call.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from lictor.adapters.remote import RemoteGate, connect
    from lictor.adapters.sdk import ActionDenied, Session, governed
    from lictor.gate import Gate, Outcome, open
    from lictor.model import (
        Action,
        Capability,
        Decision,
        Effect,
        Finding,
        Reason,
        Target,
        Verdict,
    )

_WHERE = {
    "RemoteGate": "lictor.adapters.remote",
    "connect": "lictor.adapters.remote",
    "ActionDenied": "lictor.adapters.sdk",
    "Session": "lictor.adapters.sdk",
    "governed": "lictor.adapters.sdk",
    "Gate": "lictor.gate",
    "Outcome": "lictor.gate",
    "open": "lictor.gate",
    **dict.fromkeys(
        ("Action", "Capability", "Decision", "Effect", "Finding", "Reason", "Target", "Verdict"),
        "lictor.model",
    ),
}

__all__ = [
    "Action",
    "ActionDenied",
    "Capability",
    "Decision",
    "Effect",
    "Finding",
    "Gate",
    "Outcome",
    "Reason",
    "RemoteGate",
    "Session",
    "Target",
    "Verdict",
    "connect",
    "governed",
    "open",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'lictor' has no attribute {name!r}")
    value = getattr(__import__(module, fromlist=[name]), name)
    globals()[name] = value
    return value

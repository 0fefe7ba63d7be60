"""Lictor: a governance harness for AI agents and the code they write.

    import lictor
    gate = lictor.open(".")                     # the project's .lictor/
    decision = gate.decide(lictor.Action("Bash", {"command": "pytest -q"}))
    session = gate.session(agent="coder")
    d = session.decide("Write", {"file_path": "src/app.py", "content": "..."})
    session.record_result(d, "ok")

    @lictor.governed(session, tool="send_email")
    def send_email(to: str, body: str) -> None: ...
"""

from lictor.adapters.sdk import ActionDenied, Session, governed
from lictor.gate import Gate, Outcome, open
from lictor.model import Action, Capability, Decision, Effect, Finding, Reason, Target, Verdict

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
    "Session",
    "Target",
    "Verdict",
    "governed",
    "open",
]
__version__ = "0.1.0"

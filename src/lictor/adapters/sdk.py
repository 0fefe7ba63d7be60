"""Python SDK: a session per agent run, and `@governed` to put any tool function behind the gate."""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from lictor.errors import LictorError
from lictor.model import Action, Decision, Verdict

if TYPE_CHECKING:
    from lictor.gate import Outcome

P = ParamSpec("P")
R = TypeVar("R")


class ActionDenied(LictorError):
    """The gate did not allow the action; `decision` says why."""

    def __init__(self, decision: Decision) -> None:
        self.decision = decision
        what = "needs approval" if decision.verdict is Verdict.ASK else "was denied"
        super().__init__(f"{decision.action.tool} {what}: {decision.explain()}")


class GateLike(Protocol):
    """What a Session needs of a gate: a local `Gate`, or a `RemoteGate` (`lictor.connect`)."""

    def decide(self, action: Action) -> Decision: ...

    def record_result(
        self, decision: Decision, output: Any, *, error: str = ""
    ) -> Outcome: ...

    def record_prompt(self, session: str, prompt: str, *, agent: str = "") -> Outcome: ...

    def wait_for_approval(self, decision: Decision, timeout: float) -> Verdict: ...

    def set_lockdown(self, session: str) -> None: ...


class Session:
    """One agent run: every action decided under the same agent and session id."""

    def __init__(
        self,
        gate: GateLike,
        *,
        agent: str = "",
        session_id: str = "",
        credential: str = "",
        cwd: str = "",
        lockdown: bool = False,
        approval_timeout: float = 0.0,
    ) -> None:
        self.gate = gate
        self.approval_timeout = approval_timeout
        """Seconds `run` waits for a human on an ask before raising (0: raise at once)."""
        self.agent = agent or "anonymous"
        self.id = session_id or uuid.uuid4().hex
        self.credential = credential
        self.cwd = cwd
        if lockdown:
            # Stored with the session, so hook processes of the same run see it too.
            gate.set_lockdown(self.id)

    def task(self, prompt: str) -> Outcome:
        """Record the user's task: destinations it names become trusted for this session."""
        return self.gate.record_prompt(self.id, prompt, agent=self.agent)

    def action(self, tool: str, args: Mapping[str, Any] | None = None) -> Action:
        return Action(
            tool=tool,
            args=dict(args or {}),
            agent=self.agent,
            session=self.id,
            credential=self.credential,
            cwd=self.cwd,
        )

    def decide(self, tool: str, args: Mapping[str, Any] | None = None) -> Decision:
        """Ask the gate about one tool call in this session."""
        return self.gate.decide(self.action(tool, args))

    def record_result(self, decision: Decision, output: Any, *, error: str = "") -> Outcome:
        """Report what an allowed call returned."""
        return self.gate.record_result(decision, output, error=error)

    def run(self, tool: str, args: Mapping[str, Any], call: Callable[[], R]) -> R:
        """Decide, run `call` only if allowed, record its result; ActionDenied otherwise."""
        decision = self.decide(tool, args)
        # An ask waits for a human in the approval inbox; once approved, the same
        # action is decided again and the approval is spent on it.
        if (
            decision.verdict is Verdict.ASK
            and self.approval_timeout > 0
            and self.gate.wait_for_approval(decision, self.approval_timeout) is Verdict.ALLOW
        ):
            decision = self.decide(tool, args)
        if not decision.allowed:
            raise ActionDenied(decision)
        try:
            result = call()
        except Exception as e:
            self.record_result(decision, None, error=f"{type(e).__name__}: {e}")
            raise
        self.record_result(decision, result)
        return result

    def governed(self, tool: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorator: the function runs only when the gate allows the call."""
        return governed(self, tool)


def governed(
    session: Session, tool: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a Python tool function go through the gate on every call.

    The call's bound arguments become the action's arguments; a deny or ask
    raises ActionDenied before the function body runs.
    """

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        name = tool or fn.__name__
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            arguments = {k: _plain(v) for k, v in bound.arguments.items()}
            return session.run(name, arguments, lambda: fn(*args, **kwargs))

        return call

    return wrap


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, bool, type(None))):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return repr(value)

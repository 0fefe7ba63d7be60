"""Questions an upstream MCP server asks the proxy's client while a call runs.

A server asks its client for a sampling (the client's model completes a
prompt), an elicitation (the user answers a form) or the client's roots, in
the way its connection's protocol era allows:

* **2025-11-25 and before**: a JSON-RPC request sent while the call runs; the
  server waits for the answer. The proxy's upstream `mcp.Client` receives it in
  its sampling / elicitation / roots callbacks.
* **2026-07-28**: servers may not send requests (the SDK raises
  `NoBackChannelError`); the call answers `InputRequiredResult` with the
  questions instead, and the client calls again with `input_responses` and
  the `request_state` it was handed.

The proxy connects upstream with the 2025-11-25 handshake whenever the server
offers it (so a server can ask either way), and its own client may be of
either era. Four ways through:

* the upstream sends a request mid-call, the client speaks 2025-11-25: the
  same request goes to the client and its answer back;
* the upstream sends a request mid-call, the client speaks 2026-07-28: an
  `Exchange` - the client's request is answered `InputRequiredResult` while
  the upstream call keeps waiting, and the client's next call delivers the
  answers;
* the upstream answers `InputRequiredResult`, the client speaks 2026-07-28:
  passed through; the client's next call continues under the same decision;
* the upstream answers `InputRequiredResult`, the client speaks 2025-11-25:
  the SDK's driver in the proxy asks the client with requests and calls
  upstream again.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import anyio.abc
import mcp_types as types
from mcp.server.context import ServerRequestContext
from pydantic import BaseModel, ValidationError

from lictor.model import Decision

EXCHANGE_STATE = "lictor-exchange:"
"""Prefix of the `request_state` an exchange hands the client (the rest is random)."""

Answer = TypeVar("Answer", bound=BaseModel)


@dataclass(frozen=True)
class Subject:
    """What a request asks upstream: a retry must name the same thing to continue it."""

    method: str
    """`tools/call`, `resources/read` or `prompts/get`."""
    name: str
    """Tool or prompt name, or resource URI."""
    args: Mapping[str, Any]
    """Tool or prompt arguments (empty for a resource)."""

    def same(self, other: Subject) -> bool:
        return (self.method, self.name, dict(self.args)) == (
            other.method,
            other.name,
            dict(other.args),
        )


def question_kind(request: types.InputRequest) -> str:
    """`sampling`, `elicitation` or `roots`."""
    if isinstance(request, types.CreateMessageRequest):
        return "sampling"
    if isinstance(request, types.ElicitRequest):
        return "elicitation"
    return "roots"


_UNSUPPORTED = {
    "sampling": "Sampling not supported",
    "elicitation": "Elicitation not supported",
    "roots": "List roots not supported",
}
"""What the SDK's client answers a question it has no callback for: the proxy says the same."""


def unsupported(request: types.InputRequest) -> types.ErrorData:
    """The error a client without the capability would answer."""
    return types.ErrorData(code=types.INVALID_REQUEST, message=_UNSUPPORTED[question_kind(request)])


def client_can_answer(ctx: ServerRequestContext[Any], request: types.InputRequest) -> bool:
    """Whether the client of `ctx` declared the capability this question needs."""
    kind = question_kind(request)
    if kind == "sampling":
        wanted = types.ClientCapabilities(sampling=types.SamplingCapability())
    elif kind == "elicitation":
        wanted = types.ClientCapabilities(elicitation=types.ElicitationCapability())
    else:
        wanted = types.ClientCapabilities(roots=types.RootsCapability())
    return ctx.session.check_client_capability(wanted)


def answer_type(request: types.InputRequest) -> type[BaseModel]:
    """The result model a question's answer must satisfy."""
    if isinstance(request, types.CreateMessageRequest):
        wants_tools = request.params.tools is not None or request.params.tool_choice is not None
        return types.CreateMessageResultWithTools if wants_tools else types.CreateMessageResult
    if isinstance(request, types.ElicitRequest):
        return types.ElicitResult
    return types.ListRootsResult


def typed_answer(answer: Any, expected: type[Answer]) -> Answer | types.ErrorData:
    """An answer (or error) as the model the asker expects; a mismatch is an error."""
    if isinstance(answer, types.ErrorData | expected):
        return answer
    try:
        raw = answer.model_dump(mode="json", by_alias=True, exclude_none=True)
        return expected.model_validate(raw, by_name=False)
    except (AttributeError, ValidationError) as e:
        reason = str(e).splitlines()[0][:200]
        return types.ErrorData(
            code=types.INVALID_PARAMS,
            message=f"the client's answer is not a valid {expected.__name__}: {reason}",
        )


class Question:
    """One question of the upstream, waiting for the client's answer."""

    __slots__ = ("answer", "answered", "key", "request")

    def __init__(self, key: str, request: types.InputRequest) -> None:
        self.key = key
        """Its key in `input_requests` / `input_responses`."""
        self.request = request
        """The question."""
        self.answer: Any = None
        """The client's answer (or an error), once `answered` is set."""
        self.answered = anyio.Event()

    def settle(self, answer: Any) -> None:
        if not self.answered.is_set():
            self.answer = answer
            self.answered.set()


_tokens = itertools.count(1)
_TOKEN_PREFIX = secrets.token_hex(8)  # random per process: a token names one proxy run


class Exchange:
    """A forwarded request whose upstream may ask questions mid-call, for a 2026-07-28 client.

    The upstream call runs in the proxy's task group (`run`), not in the
    client's request: when the upstream asks (`ask`), the request answers
    `InputRequiredResult` with the open questions and this exchange's token
    as `request_state`, and the upstream call keeps waiting. The client's next
    call with that token delivers the answers (`answer`) and waits again
    (`next_step`) for the next questions or the result. Everything ends by
    `deadline` (the proxy's call timeout from the first request).
    """

    def __init__(self, decision: Decision, subject: Subject, deadline: float) -> None:
        self.decision = decision
        """The decision the call runs under (one for all its rounds)."""
        self.subject = subject
        """What was asked upstream."""
        self.deadline = deadline
        """`anyio.current_time()` by which the call is over."""
        self.token = f"{EXCHANGE_STATE}{_TOKEN_PREFIX}-{next(_tokens)}"
        self.round: ServerRequestContext[Any] | None = None
        """The client's request waiting on this exchange now, if any."""
        self.open: dict[str, Question] = {}
        self.consumed = anyio.Event()
        """Set once the client has the result (or the error)."""
        self._scope = anyio.CancelScope(deadline=deadline)
        self._cancelled = False
        self._asked = 0
        self._changed = anyio.Event()
        self._finished = False
        self._result: Any = None
        self._error: Exception | None = None

    @property
    def running(self) -> bool:
        """True until the upstream call has ended."""
        return not self._finished

    @property
    def ending(self) -> str:
        """How the upstream call ended, in words ("" while it runs)."""
        if not self._finished:
            return ""
        if isinstance(self._error, TimeoutError):
            return "gave no answer in time"
        if self._error is not None:
            return f"failed ({type(self._error).__name__}: {self._error})"
        return "answered"

    def left(self) -> float:
        """Seconds until the deadline (never negative)."""
        return max(self.deadline - anyio.current_time(), 0.0)

    async def run(self, call: Callable[[], Awaitable[Any]]) -> None:
        """Run the upstream call to its end (bounded by the deadline); hold the result for the
        client until the deadline."""
        try:
            with self._scope:  # its deadline bounds the call
                try:
                    self._result = await call()
                except Exception as e:  # handed to the client's request, which answers it
                    self._error = e
            if self._scope.cancelled_caught and self._error is None:
                self._error = (
                    RuntimeError("the call was cancelled") if self._cancelled else TimeoutError()
                )
        finally:  # whatever happened, whoever waits wakes up
            self._finished = True
            for question in self.open.values():  # nobody is left to use an answer
                question.settle(
                    types.ErrorData(code=types.INTERNAL_ERROR, message="the call ended")
                )
            self._changed.set()
        if not self.consumed.is_set():
            with anyio.move_on_after(self.left()):
                await self.consumed.wait()

    def cancel(self) -> None:
        """End the upstream call now (the client cancelled or went away)."""
        self._cancelled = True
        self._scope.cancel()

    async def ask(self, request: types.InputRequest) -> Any:
        """Put a question to the client; its answer, or an error at the deadline."""
        self._asked += 1
        question = Question(f"{question_kind(request)}-{self._asked}", request)
        self.open[question.key] = question
        self._changed.set()
        with anyio.move_on_after(self.left()):
            await question.answered.wait()
        self.open.pop(question.key, None)
        if not question.answered.is_set():
            return types.ErrorData(
                code=types.REQUEST_TIMEOUT, message="the client did not answer in time"
            )
        return question.answer

    def answer(self, responses: Mapping[str, Any] | None) -> None:
        """Hand the client's answers to the questions waiting for them."""
        for key, response in (responses or {}).items():
            question = self.open.pop(key, None)
            if question is not None:
                question.settle(typed_answer(response, answer_type(question.request)))

    async def next_step(self) -> Any:
        """The upstream result (its error raised), or `InputRequiredResult` with open questions."""
        while True:
            if self._finished:
                self.consumed.set()
                if self._error is not None:
                    raise self._error
                return self._result
            if self.open:
                return types.InputRequiredResult(
                    input_requests={key: q.request for key, q in self.open.items()},
                    request_state=self.token,
                )
            self._changed = anyio.Event()
            await self._changed.wait()

    async def progress(self, progress: float, total: float | None, message: str | None) -> None:
        """Upstream progress, reported on the client's request waiting now (if any)."""
        waiting = self.round
        if waiting is not None:
            await waiting.session.report_progress(progress, total, message)

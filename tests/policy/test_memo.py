"""The Cedar answer memo: same input, same answer; any attribute changed, Cedar runs again."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lictor.model import Capability, Effect, Target, TargetKind, Verdict
from lictor.policy import PolicySet

from .test_engine import AGENT
from .test_engine import CONTEXT as ENGINE_CONTEXT

CONTEXT = dict(ENGINE_CONTEXT, tool="Write")


def write(path: str, inside: bool) -> Effect:
    return Effect(Capability.WRITE, Target(TargetKind.PATH, path, path=path, in_workspace=inside))


@pytest.mark.parametrize("memo_size", [0, 4096])
def test_memo_gives_cedars_answer_and_misses_on_any_change(memo_size: int) -> None:
    ps = PolicySet.default()
    ps = PolicySet(ps.files, ps.schema_text, memo_size=memo_size)
    inside, outside = write("/w/src/a.py", True), write("/etc/passwd", False)
    first = ps.judge(AGENT, [inside], CONTEXT)
    again = ps.judge(AGENT, [inside], CONTEXT)
    assert first == again and first[0].verdict is Verdict.ALLOW
    # One attribute differs (in_workspace): another key, Cedar's own answer.
    flipped = ps.judge(AGENT, [replace(inside, target=replace(inside.target, in_workspace=False))],
                       CONTEXT)
    assert flipped[0].verdict is Verdict.DENY
    assert ps.judge(AGENT, [outside], CONTEXT)[0].verdict is Verdict.DENY
    # A context label that only the flow rules read changes the answer too.
    tainted = dict(CONTEXT, arg_findings=["secret"])
    url = Target(TargetKind.URL, "https://pypi.org/x", host="pypi.org")
    egress = Effect(Capability.EGRESS, url)
    assert ps.judge(AGENT, [egress], CONTEXT)[0].verdict is Verdict.ALLOW
    assert ps.judge(AGENT, [egress], tainted)[0].verdict is Verdict.DENY
    if memo_size:
        assert ps.memo_hits >= 1 and ps.memo_misses == 5
    else:
        assert ps.memo_hits == 0 and ps.memo_misses == 0


def test_memo_is_bounded_oldest_first() -> None:
    base = PolicySet.default()
    ps = PolicySet(base.files, base.schema_text, memo_size=3)
    for i in range(5):
        ps.judge(AGENT, [write(f"/w/f{i}.py", True)], CONTEXT)
    assert len(ps._memo) == 3
    ps.judge(AGENT, [write("/w/f4.py", True)], CONTEXT)  # newest: still remembered
    assert ps.memo_hits == 1
    ps.judge(AGENT, [write("/w/f0.py", True)], CONTEXT)  # oldest: evicted, Cedar again
    assert ps.memo_misses == 6

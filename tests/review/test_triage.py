"""Triage ranks by severity x confidence x exposure and says why."""

from __future__ import annotations

from lictor.review.interface import CodeFinding
from lictor.review.triage import file_exposure, triage

SOURCE = """\
from flask import request

@app.route("/x")
def handler():
    q = request.args.get("q")
    do(q)

def helper():
    do(1)
"""


def finding(path: str, line: int, severity: str = "high", scanner: str = "bandit") -> CodeFinding:
    return CodeFinding(scanner, "B602", "shell", path, line, severity, "high")


def test_route_with_attacker_input_ranks_critical() -> None:
    t = triage(finding("app.py", 6), file_exposure(SOURCE))
    assert t.rank == "critical"
    assert "@app.route" in t.reason and "request.args" in t.reason


def test_unreachable_helper_ranks_lower_and_says_so() -> None:
    t = triage(finding("app.py", 9), file_exposure(SOURCE))
    assert t.rank == "high" and "no entry point" in t.reason


def test_tests_and_examples_rank_low() -> None:
    t = triage(finding("tests/test_app.py", 6), file_exposure(SOURCE))
    assert t.rank == "low" and "tests/examples" in t.reason


def test_secrets_keep_their_rank_in_tests() -> None:
    f = CodeFinding("secrets", "aws-access-key", "key", "tests/conf.py", 1, "critical", "high")
    assert triage(f, None).rank == "high"


def test_unparsable_file_is_unknown_exposure() -> None:
    t = triage(finding("app.py", 1), file_exposure("def f(:\n"))
    assert "exposure unknown" in t.reason

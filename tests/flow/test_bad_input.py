"""Hostile outputs for record_result: bounded time and memory, never a crash, untrusted."""

from __future__ import annotations

import time
from typing import Any

import pytest

from lictor.classify.manifest import OutputSpec
from lictor.flow import label_output
from lictor.gate import Gate


def deep(levels: int) -> Any:
    value: Any = "https://deep.evil-host.net/x"
    for _ in range(levels):
        value = {"a": [value]}
    return value


BAD = {
    "binary": bytes(range(256)) * 4096,
    "huge": "A" * (10 * 1024 * 1024 + 100) + " https://tail.evil-host.net/x",
    "deep": deep(10_000),
    "invalid-utf8": b"ok \xff\xfe\xc3( send to https://bad.evil-host.net/x",
    "huge-int": {"n": 10**5000},
    "object": object(),
}


@pytest.mark.parametrize("name", list(BAD))
def test_record_result_survives_bad_output(flow_gate: Gate, name: str) -> None:
    s = flow_gate.session()
    d = s.decide("Read", {"file_path": "README.md"})
    start = time.perf_counter()
    outcome = s.record_result(d, BAD[name])
    elapsed = time.perf_counter() - start
    assert outcome.audit_seq >= 0
    # Generous: the secret and PII scanners alone take seconds on 10 MiB of a busy CI box.
    assert elapsed < 60, f"{name} took {elapsed:.1f} s"
    labels = flow_gate.flow.labels(s.id)
    assert labels.untrusted_seen, name


@pytest.mark.parametrize("name", ["huge", "deep"])
def test_unreadable_output_of_a_trusted_tool_counts_as_untrusted(name: str) -> None:
    start = time.perf_counter()
    p = label_output(BAD[name], OutputSpec(trusted=True))
    assert time.perf_counter() - start < 10
    assert p.unread and p.untrusted_seen


def test_invalid_utf8_tokens_still_found() -> None:
    p = label_output(BAD["invalid-utf8"], OutputSpec())
    assert "https://bad.evil-host.net/x" in p.untrusted

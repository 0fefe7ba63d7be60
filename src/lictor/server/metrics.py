"""Prometheus metrics: decisions by verdict, decide latency, approvals pending, audit height."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
"""Prometheus text exposition format."""


class Metrics:
    """A registry of its own, so two apps in one process (tests) never share counters."""

    def __init__(self, pending: Callable[[], int], height: Callable[[], int]) -> None:
        self.registry = CollectorRegistry()
        self.decisions = Counter(
            "lictor_decisions",
            "Decisions answered by the API, by verdict.",
            ["verdict"],
            registry=self.registry,
        )
        self.decide_seconds = Histogram(
            "lictor_decide_seconds",
            "Time to answer POST /v1/decide (gate and audit included).",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0),
            registry=self.registry,
        )
        pending_gauge = Gauge(
            "lictor_approvals_pending", "Approvals waiting for a human.", registry=self.registry
        )
        pending_gauge.set_function(lambda: float(pending()))
        height_gauge = Gauge(
            "lictor_audit_chain_height", "Entries in the audit hash chain.", registry=self.registry
        )
        height_gauge.set_function(lambda: float(height()))

        self._by_verdict = {v: self.decisions.labels(v) for v in ("allow", "deny", "ask")}

    def observe_decision(self, verdict: str, seconds: float) -> None:
        """Count one answered decision and its latency."""
        counter = self._by_verdict.get(verdict) or self.decisions.labels(verdict)
        counter.inc()
        self.decide_seconds.observe(seconds)

    def render(self) -> bytes:
        """The text exposition of every metric."""
        return generate_latest(self.registry)

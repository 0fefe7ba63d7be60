"""The scenario suite (bench/data/scenarios) through a real Gate: the goals hold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "flow.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_flow", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_flow"] = module
    spec.loader.exec_module(module)
    return module


def test_suite_meets_its_goals(tmp_path: Path) -> None:
    bench = load_bench()
    _, _, scenarios = bench.load_suite()
    attacks = [s for s in scenarios if s.kind == "attack"]
    benign = [s for s in scenarios if s.kind == "benign"]
    assert len(attacks) >= 40 and len(benign) >= 40
    results = bench.run_suite(workdir=tmp_path)
    summary = bench.summarise(results)
    executed = [
        r.scenario.id for r in results if r.scenario.kind == "attack" and r.harmful_executed
    ]
    denied = [r.scenario.id for r in results if r.scenario.kind == "benign" and r.denied]
    assert executed == []
    assert summary.benign_denied_rate <= 0.05, denied


def test_baseline_without_flow_is_worse(tmp_path: Path) -> None:
    bench = load_bench()
    base = bench.summarise(bench.run_suite(flow=False, workdir=tmp_path))
    assert base.harmful_executed > 0

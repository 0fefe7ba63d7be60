"""Benchmark `lictor fix` on the labelled corpus.

    python bench/fix.py [--auto-only] [--scanners bandit,semgrep,secrets]

For each vulnerable sample (copied to a temporary folder): run the fix loop with
the sample's functional tests as the gate, then report whether the labelled
finding is gone with nothing new, parse failures, functional tests broken, and
whether the sample's security test passes after the fix (it fails before).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "data" / "vulncorpus"
sys.path.insert(0, str(ROOT / "src"))

from lictor.fix.engine import run_fix  # noqa: E402
from lictor.fix.interface import Tier  # noqa: E402
from lictor.review.scanning import make_scanners, scan_paths  # noqa: E402

if not os.environ.get("LICTOR_SEMGREP") and (ROOT / ".venv-tools/bin/semgrep").exists():
    os.environ["LICTOR_SEMGREP"] = str(ROOT / ".venv-tools/bin/semgrep")

SAME = {94: 95, 95: 94, 259: 798, 798: 259, 327: 328, 328: 327}
CONFTEST = (
    "import pathlib, sys\n"
    "HERE = pathlib.Path(__file__).parent\n"
    "sys.path[:0] = [str(HERE), str(HERE / '_shim')]\n"
)


def pytest(root: Path, test: str) -> bool:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/{test}"]
    return subprocess.run(cmd, cwd=root, capture_output=True).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--auto-only", action="store_true", help="Apply the auto tier only.")
    parser.add_argument("--scanners", default="bandit,semgrep,secrets")
    args = parser.parse_args()
    tiers = frozenset({Tier.AUTO} if args.auto_only else {Tier.AUTO, Tier.SUGGEST})
    names = [s.strip() for s in args.scanners.split(",")]
    rows = []
    started = time.perf_counter()
    for meta in sorted(CORPUS.glob("*/meta.toml")):
        data = tomllib.loads(meta.read_text())
        if not data["vulnerable"]:
            continue
        cwe = int(data["cwe"])
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / meta.parent.name
            shutil.copytree(meta.parent, root)
            shutil.copytree(CORPUS / "_shim", root / "_shim")
            (root / "conftest.py").write_text(CONFTEST)
            secure_before = pytest(root, "test_security.py")
            gate = [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_functional.py",
            ]
            report = run_fix(
                root,
                [root / "app.py"],
                tiers=tiers,
                test_command=gate,
                scanners=make_scanners(names),
                keep=True,
            )
            source = (root / "app.py").read_text()
            try:
                ast.parse(source)
                parse_ok = True
            except SyntaxError:
                parse_ok = False
            after = scan_paths(root, ["app.py"], make_scanners(names))
            # Gone = no medium-or-worse finding of the labelled CWE is left (an argv call
            # still gets Bandit's low-severity B603/B607 notes).
            remaining = [
                f
                for f in after.findings
                if (f.cwe == cwe or SAME.get(f.cwe) == cwe) and f.severity != "low"
            ]
            rows.append(
                {
                    "sample": meta.parent.name,
                    "cwe": cwe,
                    "applied": len(report.applied),
                    "rolled": sum(o.status == "rolled-back" for o in report.outcomes),
                    "left": sum(o.status in ("manual", "suggested") for o in report.outcomes),
                    "tiers": ",".join(sorted({o.plan.tier.value for o in report.applied})) or "-",
                    "gone": bool(report.applied) and not remaining,
                    "parse": parse_ok,
                    "functional": pytest(root, "test_functional.py"),
                    "secure_before": secure_before,
                    "secure_after": pytest(root, "test_security.py"),
                    "note": data.get("note", ""),
                }
            )
    print(
        f"\n{'sample':<20}{'CWE':>5} {'fixed':>5} {'rolled':>6} {'left':>4} {'tier':<13}"
        f"{'gone':>5} {'parse':>6} {'func':>5} {'sec before->after':>18}"
    )
    for r in rows:
        gone, parse = "yes" if r["gone"] else "no", "ok" if r["parse"] else "FAIL"
        func = "ok" if r["functional"] else "BROKE"
        sec = ("pass" if r["secure_before"] else "fail") + " -> "
        sec += "pass" if r["secure_after"] else "fail"
        note = f"  ({r['note']})" if r["note"] and not r["gone"] else ""
        print(
            f"{r['sample']:<20}{r['cwe']:>5} {r['applied']:>5} {r['rolled']:>6} {r['left']:>4} "
            f"{r['tiers']:<13}{gone:>5} {parse:>6} {func:>5} {sec:>18}{note}"
        )
    n = len(rows)
    print(f"\nfix rate (labelled finding gone, nothing new): {sum(r['gone'] for r in rows)}/{n}")
    print(f"parse failures: {sum(not r['parse'] for r in rows)} (goal 0)")
    print(f"functional tests broken by fixes: {sum(not r['functional'] for r in rows)} (goal 0)")
    print(
        f"security tests passing after fix: {sum(r['secure_after'] for r in rows)}/{n} "
        f"(before: {sum(r['secure_before'] for r in rows)}/{n})"
    )
    print(f"edits rolled back by the validation loop: {sum(r['rolled'] for r in rows)}")
    print(
        f"tiers applied: {'auto only' if args.auto_only else 'auto + suggest'}; "
        f"wall {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()

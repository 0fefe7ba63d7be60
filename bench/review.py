"""Benchmark `lictor review`: detection on the labelled corpus, and review time vs Bandit alone.

    python bench/review.py [--skip-timing]

Prints recall/precision per CWE for Bandit alone and for Lictor (Bandit + Semgrep
with Lictor's rules + secrets, merged), then wall times measured in the same run:
a PR-sized change (20 files) in a large real codebase (an installed package's
source made into a git repository) and the whole tree.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "data" / "vulncorpus"
sys.path.insert(0, str(ROOT / "src"))

from lictor.review._scanner.bandit import BanditScanner  # noqa: E402
from lictor.review.interface import SEVERITY_RANK, CodeFinding  # noqa: E402
from lictor.review.run import review  # noqa: E402
from lictor.review.scanning import make_scanners, merge, scan_paths  # noqa: E402

if not os.environ.get("LICTOR_SEMGREP") and (ROOT / ".venv-tools/bin/semgrep").exists():
    os.environ["LICTOR_SEMGREP"] = str(ROOT / ".venv-tools/bin/semgrep")

# A CWE reported under a parent or sibling id still counts as the labelled weakness.
SAME = {94: 95, 95: 94, 259: 798, 798: 259, 327: 328, 328: 327, 20: 502}


def samples() -> list[tuple[str, int, bool]]:
    """(folder, cwe, vulnerable) of every corpus sample."""
    out = []
    for meta in sorted(CORPUS.glob("*/meta.toml")):
        data = tomllib.loads(meta.read_text())
        out.append((meta.parent.name, int(data["cwe"]), bool(data["vulnerable"])))
    return out


def score(
    findings: Sequence[CodeFinding], label: dict[str, tuple[int, bool]]
) -> dict[int, list[int]]:
    """Per CWE: [true positives, false negatives, false positives]."""
    by_sample: dict[str, list[CodeFinding]] = defaultdict(list)
    for f in findings:
        by_sample[f.path.split("/")[0]].append(f)
    table: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for name, (cwe, vulnerable) in label.items():
        found = by_sample.get(name, [])
        if vulnerable:
            hit = any(f.cwe == cwe or SAME.get(f.cwe) == cwe for f in found)
            table[cwe][0 if hit else 1] += 1
        else:
            for c in {f.cwe for f in found if SEVERITY_RANK.get(f.severity, 1) >= 2}:
                table[c][2] += 1
    return table


def detection() -> None:
    label = {name: (cwe, vuln) for name, cwe, vuln in samples()}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in label:
            shutil.copytree(CORPUS / name, root / name, ignore=shutil.ignore_patterns("tests"))
        files = [f"{name}/app.py" for name in label]
        bandit = merge([BanditScanner().scan(root, files)])
        lictor = scan_paths(root, files)
    if lictor.partial:
        print("WARNING: partial scan:", [f.message for f in lictor.failures])
    a, b = score(bandit.findings, label), score(lictor.findings, label)
    vulnerable = sum(v for _, v in label.values())
    print(
        f"\nDetection on {len(label)} samples ({vulnerable} vulnerable, "
        f"{len(label) - vulnerable} clean)"
    )
    head = f"{'recall':>13} {'precision':>9}"
    print(f"{'CWE':>6} | bandit {head} | lictor {head}")
    totals = {"bandit": [0, 0, 0], "lictor": [0, 0, 0]}
    for cwe in sorted(set(a) | set(b)):
        row = []
        for name, t in (("bandit", a), ("lictor", b)):
            tp, fn, fp = t.get(cwe, [0, 0, 0])
            totals[name] = [x + y for x, y in zip(totals[name], (tp, fn, fp), strict=True)]
            recall = f"{tp}/{tp + fn}" if tp + fn else "-"
            precision = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
            row += [recall, precision]
        print(f"{cwe:>6} | {row[0]:>13} {row[1]:>9} | {row[2]:>13} {row[3]:>9}")
    for name, (tp, fn, fp) in totals.items():
        print(
            f"{name}: recall {tp}/{tp + fn} = {tp / max(tp + fn, 1):.2f}, "
            f"precision {tp / max(tp + fp, 1):.2f} ({fp} false positive(s) on clean samples)"
        )


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "b",
        "GIT_AUTHOR_EMAIL": "b@x",
        "GIT_COMMITTER_NAME": "b",
        "GIT_COMMITTER_EMAIL": "b@x",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)


def cpu() -> float:
    """CPU seconds used so far by this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def big_package() -> Path:
    import sqlalchemy

    return Path(sqlalchemy.__file__).parent


def timing(runs: int) -> None:
    source = big_package()
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / source.name
        shutil.copytree(source, repo, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyc"))
        files = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*.py"))
        lines = sum(len((repo / f).read_text(errors="replace").splitlines()) for f in files)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "base")
        changed = random.Random(7).sample(files, 20)
        for i, rel in enumerate(changed):
            with (repo / rel).open("a") as fh:
                fh.write(
                    f"\n\ndef _bench_{i}(cur, name):\n"
                    f"    cur.execute(f\"SELECT * FROM t WHERE n = '{{name}}'\")\n"
                )
        git(repo, "commit", "-qam", "change 20 files")
        print(
            f"\nCodebase: {source.name} ({len(files)} Python files, {lines} lines), "
            f"{runs} run(s), median wall seconds"
        )
        pr_bandit, pr_lictor, cpu_bandit, cpu_lictor = [], [], [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as scratch:
                for rel in changed:
                    (Path(scratch) / rel).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(repo / rel, Path(scratch) / rel)
                t, c = time.perf_counter(), cpu()
                BanditScanner().scan(Path(scratch), changed)
                pr_bandit.append(time.perf_counter() - t)
                cpu_bandit.append(cpu() - c)
            t, c = time.perf_counter(), cpu()
            report = review(repo, rev_range="HEAD~1..HEAD", audit=False)
            pr_lictor.append(time.perf_counter() - t)
            cpu_lictor.append(cpu() - c)
        assert not report.partial, report.scan.failures
        mb, ml = statistics.median(pr_bandit), statistics.median(pr_lictor)
        print(
            f"PR diff (20 files): bandit alone {mb:.2f} s | lictor review (git + 3 scanners + "
            f"triage) {ml:.2f} s | ratio {ml / mb:.2f}x | goal <= 10 s: "
            f"{'met' if ml <= 10 else 'MISSED'} ({len(report.triaged)} findings)"
        )
        print(
            f"  CPU seconds: bandit {statistics.median(cpu_bandit):.1f}, lictor "
            f"{statistics.median(cpu_lictor):.1f}; load average {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores (other processes share them)"
        )
        t = time.perf_counter()
        BanditScanner().scan(repo, files)
        tb = time.perf_counter() - t
        each = {}
        for scanner in make_scanners():
            t = time.perf_counter()
            scanner.scan(repo, files)
            each[scanner.name] = time.perf_counter() - t
        t = time.perf_counter()
        result = scan_paths(repo, files)
        tl = time.perf_counter() - t
        print(
            f"Whole tree: bandit alone {tb:.1f} s | each alone: "
            + ", ".join(f"{k} {v:.1f} s" for k, v in each.items())
            + f" | all in parallel {tl:.1f} s | ratio {tl / tb:.2f}x | goal <= 3x: "
            f"{'met' if tl <= 3 * tb else 'MISSED'}" + (" (partial!)" if result.partial else "")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    detection()
    if not args.skip_timing:
        timing(args.runs)


if __name__ == "__main__":
    main()

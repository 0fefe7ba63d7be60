"""`lictor review` end to end on real repositories: tiers, reviewers, outputs, audit, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lictor.cli import app
from lictor.project import init_project
from lictor.review._format import get_format
from lictor.review._format.sarif import sarif_dict
from lictor.review.interface import ReviewError
from lictor.review.run import review
from lictor.review.scanning import make_scanners

from .conftest import commit, git

DEVIN = "devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>"
FAST = ["bandit", "secrets"]


def scanners() -> list:  # type: ignore[type-arg]
    return make_scanners(FAST)


def test_ai_change_to_workflow_needs_a_human_reviewer(repo: Path) -> None:
    commit(repo, {".github/workflows/ci.yml": "on: push\n"}, "ci", author=DEVIN)
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    assert report.ai_authored and report.tier.tier == "ai-sensitive"
    assert report.verdict == "fail" and "human reviewer" in report.failed[0]
    approved = review(repo, rev_range="HEAD~1..HEAD", reviewers=["Alice"], scanners=scanners())
    assert approved.verdict == "pass" and approved.tier.reviewers == ("Alice",)
    bot = review(repo, rev_range="HEAD~1..HEAD", reviewers=["claude[bot]"], scanners=scanners())
    assert bot.verdict == "fail" and any("agent identity" in p for p in bot.failed)


def test_human_change_to_workflow_needs_no_reviewer(repo: Path) -> None:
    commit(repo, {".github/workflows/ci.yml": "on: push\n", "requirements.txt": "x\n"}, "ci")
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    assert report.tier.tier == "standard" and report.verdict == "pass"


def test_findings_on_changed_lines_fail_only_in_the_change(repo: Path) -> None:
    commit(repo, {"app/old.py": "import yaml\ndef f(s):\n    return yaml.load(s)\n"}, "old")
    commit(
        repo,
        {
            "app/old.py": "import yaml\ndef f(s):\n    return yaml.load(s)\n\nX = 1\n",
            "app/new.py": "import pickle\ndef load(b):\n    return pickle.loads(b)\n",
        },
        "new",
        author=DEVIN,
    )
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    changed = {(t.finding.path, t.changed) for t in report.triaged}
    assert ("app/new.py", True) in changed and ("app/old.py", False) in changed
    assert report.verdict == "fail"
    assert any("outside the changed lines" in n for n in report.notes)


def test_pr_mode_and_binary_files(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    commit(repo, {"logo.png": b"\x89PNG\0\0binary", "app/ok.py": "X = 1\n"}, "add")
    report = review(repo, pr="main", scanners=scanners())
    assert report.target == "pr main" and "logo.png" in report.changed
    assert any("binary" in n for n in report.notes) and report.verdict == "pass"


def test_worktree_mode_sees_untracked_files(repo: Path) -> None:
    (repo / "app" / "fresh.py").write_text("import pickle\npickle.loads(b'')\n")
    report = review(repo, scanners=scanners())
    assert report.target == "worktree" and report.triaged
    assert any("authorship not judged" in n for n in report.notes)


def test_unparsable_file_makes_the_review_incomplete(repo: Path) -> None:
    commit(repo, {"app/broken.py": "def f(:\n"}, "broken")
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    assert report.partial and report.verdict == "incomplete"


def test_not_a_git_repo(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match="not inside a git repository"):
        review(tmp_path)


def test_shallow_clone_missing_base(repo: Path, tmp_path: Path) -> None:
    commit(repo, {"app/a.py": "A = 1\n"}, "a")
    commit(repo, {"app/b.py": "B = 1\n"}, "b")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    with pytest.raises(ReviewError, match="shallow clone"):
        review(shallow, rev_range="HEAD~2..HEAD", scanners=scanners())


def test_sarif_markdown_json(repo: Path) -> None:
    commit(
        repo, {"app/x.py": "import yaml\ndef f(s):\n    return yaml.load(s)\n"}, "x", author=DEVIN
    )
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    sarif = sarif_dict(report)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids and all(r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"])
    for result in run["results"]:
        assert result["ruleId"] in rule_ids and result["level"] in {"error", "warning", "note"}
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "app/x.py" and loc["region"]["startLine"] == 3
    assert json.loads(get_format("sarif").render(report)) == sarif
    md = get_format("markdown").render(report)
    assert "Lictor review: fail" in md and "Devin" in md and "`app/x.py:3`" in md
    data = json.loads(get_format("json").render(report))
    assert data["verdict"] == "fail" and data["commits"][0]["agents"] == ["Devin"]


def test_review_is_audited_in_a_lictor_project(repo: Path) -> None:
    init_project(repo, owner="alice@example.com")
    commit(repo, {}, "lictor project")
    commit(repo, {"app/x.py": "X = 1\n"}, "x", author=DEVIN)
    review(repo, rev_range="HEAD~1..HEAD", scanners=scanners())
    from lictor.gate import open as open_gate

    with open_gate(repo) as gate:
        record = gate.audit.tail(1)[0].record
    assert record["type"] == "review" and record["ai_authored"] is True
    assert record["commits"][0]["agents"] == ["Devin"] and record["verdict"] == "pass"


def test_signed_trailer_verified_against_the_project_key(repo: Path) -> None:
    init_project(repo, owner="alice@example.com")
    runner = CliRunner()
    (repo / "app" / "s.py").write_text("S = 1\n")
    git(repo, "add", "-A")
    signed = runner.invoke(app, ["review", "sign-trailer", "--agent", "coder", "--repo", str(repo)])
    assert signed.exit_code == 0, signed.output
    commit(repo, {}, f"s\n\n{signed.output.strip()}")
    report = review(repo, rev_range="HEAD~1..HEAD", scanners=scanners(), audit=False)
    assert report.commits[0].signals[0].verified


def test_cli_exit_codes_and_out_file(repo: Path, tmp_path: Path) -> None:
    commit(repo, {".github/workflows/x.yml": "on: push\n"}, "ci", author=DEVIN)
    runner = CliRunner()
    args = [
        "review",
        "--range",
        "HEAD~1..HEAD",
        "--repo",
        str(repo),
        "--scanners",
        "bandit,secrets",
    ]
    out = tmp_path / "r.sarif"
    failed = runner.invoke(app, [*args, "--format", "sarif", "--out", str(out)])
    assert failed.exit_code == 1 and json.loads(out.read_text())["version"] == "2.1.0"
    passed = runner.invoke(app, [*args, "--reviewer", "Alice Human"])
    assert passed.exit_code == 0, passed.output
    bad = runner.invoke(app, ["review", "--repo", str(tmp_path)])
    assert bad.exit_code == 2 and "not inside a git repository" in bad.output

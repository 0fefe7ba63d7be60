"""The validation loop on real projects: apply, rescan, test, roll back, patch/branch, audit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lictor.cli import app
from lictor.fix.engine import run_fix
from lictor.fix.interface import FixError, FixReport, Tier
from lictor.review.scanning import make_scanners

APP = """\
import subprocess
import sqlite3

import yaml


def load(text):
    return yaml.load(text, Loader=yaml.Loader)


def status():
    return subprocess.run("echo hello", shell=True, capture_output=True, text=True).stdout


def find(conn, name):
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM users WHERE name = '{name}'")
    return cur.fetchall()


db_password = "Xq9#mTz2!pL7"
token_type = "Bearer"
"""

TESTS = """\
import sqlite3
import app


def test_load():
    assert app.load("a: 1") == {"a": 1}


def test_status():
    assert app.status() == "hello\\n"


def test_find():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE users (id INTEGER, name TEXT)")
    c.execute("INSERT INTO users VALUES (1, 'bob')")
    assert app.find(c, "bob") == [(1,)]


def test_password_is_configured():
    # Behaviour the credentials codemod would break: the project reads it at import.
    assert app.db_password
"""

PYTEST = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]


def project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    (root / "tests").mkdir(parents=True)
    (root / "app.py").write_text(APP)
    (root / "tests" / "test_app.py").write_text(TESTS)
    (root / "tests" / "conftest.py").write_text(
        "import sys, pathlib\nsys.path.insert(0, str(pathlib.Path(__file__).parents[1]))\n"
    )
    return root


def fast() -> list:  # type: ignore[type-arg]
    return make_scanners(["bandit", "secrets"])


@pytest.fixture(scope="module")
def fixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FixReport]:
    # One validation run shared by the assertions below: each run costs several test runs.
    root = project(tmp_path_factory.mktemp("fixed"))
    report = run_fix(
        root,
        tiers=frozenset({Tier.AUTO, Tier.SUGGEST}),
        test_command=PYTEST,
        scanners=fast(),
        keep=True,
    )
    return root, report


def test_validated_fixes_are_applied(fixed: tuple[Path, FixReport]) -> None:
    root, report = fixed
    by_codemod = {o.plan.codemod: o for o in report.outcomes}
    assert by_codemod["yaml-load"].status == "applied"
    assert by_codemod["yaml-load"].checks == {"parse": "ok", "rescan": "ok", "tests": "ok"}
    assert by_codemod["subprocess-shell"].status == "applied"
    assert by_codemod["sql-parameters"].status == "applied"
    assert "+    return yaml.safe_load(text)" in report.diff
    assert "yaml.safe_load(text)" in (root / "app.py").read_text()
    assert subprocess.run(PYTEST, cwd=root, capture_output=True).returncode == 0


def test_a_fix_that_breaks_a_test_is_rolled_back(fixed: tuple[Path, FixReport]) -> None:
    root, report = fixed
    creds = [o for o in report.outcomes if o.plan.codemod == "hardcoded-credentials"]
    rolled = [o for o in creds if o.status == "rolled-back"]
    assert rolled and "tests fail" in rolled[0].reason
    assert rolled[0].checks["tests"].startswith("failed")
    assert any("false positive" in o.plan.description for o in creds)  # token_type = "Bearer"
    assert "os.environ" not in (root / "app.py").read_text()


def test_without_keep_the_project_is_restored_and_unparsable_files_skipped(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "broken.py").write_text("import yaml\ndef f(:\n")
    report = run_fix(root, test_command=PYTEST, scanners=fast())
    assert report.applied and (root / "app.py").read_text() == APP
    assert all(o.plan.finding.path != "broken.py" for o in report.outcomes)
    assert any("partial scan" in n for n in report.notes)


def test_no_tests_is_refused_unless_asked(tmp_path: Path) -> None:
    root = tmp_path / "bare"
    root.mkdir()
    (root / "m.py").write_text("import yaml\nd = yaml.load(s, Loader=yaml.Loader)\n")
    with pytest.raises(FixError, match="no tests found"):
        run_fix(root, scanners=fast())
    report = run_fix(root, scanners=fast(), require_tests=False)
    assert report.applied and "no test gate" in report.notes[0]


def test_failing_baseline_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "tests" / "test_broken.py").write_text("def test_x():\n    assert False\n")
    with pytest.raises(FixError, match="fail before any fix"):
        run_fix(root, test_command=PYTEST, scanners=fast())


def test_cli_branch_patch_and_audit(tmp_path: Path) -> None:
    from lictor.project import init_project

    root = project(tmp_path)
    init_project(root, owner="alice@example.com")
    git = ["git", "-C", str(root), "-c", "user.name=A", "-c", "user.email=a@x"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "init"], check=True)
    patch = tmp_path / "fix.patch"
    result = CliRunner().invoke(
        app,
        [
            "fix",
            str(root),
            "--root",
            str(root),
            "--scanners",
            "bandit,secrets",
            "--test-cmd",
            " ".join(PYTEST),
            "--patch",
            str(patch),
            "--branch",
            "lictor/fix",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "FIXED" in result.output and "yaml.safe_load" in patch.read_text()
    shown = subprocess.run([*git, "show", "lictor/fix:app.py"], capture_output=True, text=True)
    assert "yaml.safe_load(text)" in shown.stdout
    assert (root / "app.py").read_text() == APP  # working tree untouched
    from lictor.gate import open as open_gate

    with open_gate(root) as gate:
        record = gate.audit.tail(1)[0].record
    assert record["type"] == "fix" and any(o["status"] == "applied" for o in record["outcomes"])


def test_secret_found_by_the_secrets_scanner_is_fixed_and_validated(tmp_path: Path) -> None:
    root = tmp_path / "keys"
    (root / "tests").mkdir(parents=True)
    (root / "cfg.py").write_text('AWS_ACCESS_KEY_ID = "AKIAZ7QW3RT5YUI9OPAS"\n')
    (root / "tests" / "test_cfg.py").write_text(
        "import os, sys, pathlib\n"
        "os.environ.setdefault('AWS_ACCESS_KEY_ID', 'test')\n"
        "sys.path.insert(0, str(pathlib.Path(__file__).parents[1]))\n"
        "def test_import():\n    import cfg\n    assert cfg.AWS_ACCESS_KEY_ID\n"
    )
    report = run_fix(
        root,
        tiers=frozenset({Tier.AUTO, Tier.SUGGEST}),
        test_command=PYTEST,
        scanners=make_scanners(["secrets"]),
    )
    [outcome] = report.applied
    assert outcome.plan.finding.scanner == "secrets"
    assert 'os.environ["AWS_ACCESS_KEY_ID"]' in report.diff

"""Real Bandit, Semgrep (one shared run) and secrets scans; merging; failures are never clean."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lictor.review._scanner.bandit import BanditScanner
from lictor.review._scanner.secrets import SecretsScanner
from lictor.review._scanner.semgrep import SemgrepScanner
from lictor.review.interface import ScanResult
from lictor.review.scanning import merge, review_file, scan_paths

VULNERABLE = """\
import os, subprocess, yaml, pickle, hashlib, tempfile, requests, jinja2, random
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    name = request.args.get("name")
    os.system("echo " + name)
    return open(name).read()


def parse(text):
    return yaml.load(text)


def shell():
    subprocess.call("ls", shell=True)


def make_token():
    return "".join(random.choice("abc") for _ in range(8))


def query(cur, v):
    cur.execute(f"SELECT * FROM t WHERE a = '{v}'")


def llm(client):
    r = client.chat.completions.create(model="m", messages=[])
    eval(r.choices[0].message.content)


if __name__ == "__main__":
    app.run(debug=True)
"""


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scan")
    (root / "app.py").write_text(VULNERABLE)
    (root / "tests").mkdir()
    (root / "tests" / "test_app.py").write_text(
        "import subprocess\nsubprocess.call('ls', shell=True)\n"
    )
    return root


@pytest.fixture(scope="module")
def semgrep_result(tree: Path) -> ScanResult:
    if not os.environ.get("LICTOR_SEMGREP"):
        pytest.skip("semgrep not installed (.venv-tools/bin/semgrep)")
    return SemgrepScanner().scan(tree, ["app.py", "tests/test_app.py"])


def test_semgrep_runs_offline_with_lictor_rules(semgrep_result: ScanResult) -> None:
    assert not semgrep_result.partial, semgrep_result.failures
    rules = {f.rule for f in semgrep_result.findings}
    for expected in (
        "lictor.python.command-injection",
        "lictor.python.path-traversal",
        "lictor.python.yaml-unsafe-load",
        "lictor.python.subprocess-shell-true",
        "lictor.python.insecure-random-secret",
        "lictor.python.sql-string-format",
        "lictor.python.llm-output-to-exec",
        "lictor.python.flask-debug",
    ):
        assert expected in rules
    # Files under tests/ are scanned when named explicitly (Semgrep skips them by default).
    assert any(f.path == "tests/test_app.py" for f in semgrep_result.findings)


def test_bandit_and_merge_deduplicate_with_cwe(tree: Path, semgrep_result: ScanResult) -> None:
    bandit = BanditScanner().scan(tree, ["app.py"])
    assert not bandit.partial
    merged = merge([bandit, semgrep_result])
    shell = [f for f in merged.findings if f.path == "app.py" and f.cwe == 78 and f.line == 19]
    assert len(shell) == 1 and len(shell[0].keys) >= 2
    yaml_load = next(f for f in merged.findings if "bandit:B506" in f.keys)
    assert yaml_load.cwe == 502 and "A08:2021" in yaml_load.owasp
    llm = next(f for f in merged.findings if "semgrep:lictor.python.llm-output-to-exec" in f.keys)
    assert "LLM05:2025" in llm.owasp and "AML.T0051" in llm.atlas


def test_bandit_parse_error_is_a_failed_scan(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("def f(:\n    pass\n")
    result = BanditScanner().scan(tmp_path, ["broken.py"])
    assert result.partial and "broken.py" in result.failures[0].paths


def test_missing_semgrep_is_partial_not_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LICTOR_SEMGREP", str(tmp_path / "no-semgrep"))
    (tmp_path / "a.py").write_text("x = 1\n")
    result = SemgrepScanner().scan(tmp_path, ["a.py"])
    assert result.partial and "not installed" in result.failures[0].message


def test_crashing_scanner_is_partial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "semgrep"
    fake.write_text("#!/bin/sh\necho boom >&2\nexit 139\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LICTOR_SEMGREP", str(fake))
    (tmp_path / "a.py").write_text("x = 1\n")
    result = SemgrepScanner().scan(tmp_path, ["a.py"])
    assert result.partial and "boom" in result.failures[0].message


def test_secrets_skip_binary_and_find_keys(tmp_path: Path) -> None:
    (tmp_path / "cfg.py").write_text('AWS = "AKIAZ7QW3RT5YUI9OPAS"\n')
    (tmp_path / "blob.bin").write_bytes(b"\0\1\2AKIAZ7QW3RT5YUI9OPAS")
    result = SecretsScanner().scan(tmp_path, ["cfg.py", "blob.bin"])
    assert [f.rule for f in result.findings] == ["aws-access-key"]
    assert result.skipped == ("blob.bin",) and not result.partial
    assert "AKIAZ7QW3RT5YUI9OPAS" not in result.findings[0].message
    (tmp_path / "dsn.py").write_text('DSN = f"postgresql://{user}:{password}@db/app"\n')
    assert not SecretsScanner().scan(tmp_path, ["dsn.py"]).findings  # interpolation, no secret


def test_review_file_fast_path(tmp_path: Path) -> None:
    path = tmp_path / "agent_wrote.py"
    path.write_text('import yaml\npassword = "Xq9#mTz2!pL7"\ndef f(s):\n    return yaml.load(s)\n')
    findings = review_file(path)
    kinds = {f.kind for f in findings}
    assert "B506" in kinds and any(f.scanner == "secrets" for f in findings)
    assert all(f.location.startswith(str(path)) for f in findings)
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n")
    assert [f.kind for f in review_file(broken)] == ["scan-incomplete"]


def test_scan_paths_runs_in_parallel_and_merges(tree: Path) -> None:
    result = scan_paths(tree, ["app.py"], [BanditScanner(), SecretsScanner()])
    assert set(result.seconds) == {"bandit", "secrets"} and result.findings

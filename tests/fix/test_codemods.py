"""Each codemod: a positive rewrite and a case it refuses (leaving a suggestion)."""

from __future__ import annotations

import libcst as cst
import pytest

from lictor.fix._codemods import all_codemods
from lictor.fix.engine import add_imports
from lictor.fix.interface import Codemod, Tier
from lictor.review.interface import CodeFinding

CODEMODS = {c.name: c for c in all_codemods()}


def run(name: str, source: str, line: int, rule: str = "X") -> tuple[Tier, str, str]:
    codemod: Codemod = CODEMODS[name]
    finding = CodeFinding("bandit", rule, "m", "f.py", line, "high", "high")
    plan = codemod.plan(cst.parse_module(source), finding)
    code = add_imports(plan.module, plan.imports).code if plan.module is not None else ""
    return plan.tier, code, plan.description + " " + plan.suggestion


def test_at_least_ten_codemods() -> None:
    assert len(CODEMODS) >= 10


def test_yaml_load() -> None:
    tier, code, _ = run("yaml-load", "import yaml\nd = yaml.load(s, Loader=yaml.FullLoader)\n", 2)
    assert tier is Tier.AUTO and "d = yaml.safe_load(s)" in code
    tier, code, why = run("yaml-load", "import yaml\nd = yaml.load(s, Loader=MyLoader)\n", 2)
    assert not code and "custom loader" in why


def test_subprocess_shell() -> None:
    src = "import subprocess\nsubprocess.run('git status --short', shell=True, check=True)\n"
    tier, code, _ = run("subprocess-shell", src, 2)
    assert tier is Tier.AUTO
    assert "subprocess.run(['git', 'status', '--short'], check=True)" in code
    for cmd in ("'ls | wc -l'", "'echo $HOME'", "f'ls {d}'", "'cd /tmp'"):
        _, code, _why = run(
            "subprocess-shell", f"import subprocess\nsubprocess.run({cmd}, shell=True)\n", 2
        )
        assert not code, cmd


def test_requests_verify_is_suggest_only() -> None:
    tier, code, _ = run("requests-verify", "import requests\nrequests.get(u, verify=False)\n", 2)
    assert tier is Tier.SUGGEST and "requests.get(u)" in code
    _, code, why = run("requests-verify", "import requests\nrequests.get(u, verify=CA)\n", 2)
    assert not code and "not the literal False" in why


def test_requests_timeout() -> None:
    tier, code, _ = run("requests-timeout", "import requests\nr = requests.post(u, json=d)\n", 2)
    assert tier is Tier.AUTO and "requests.post(u, json=d, timeout=30)" in code
    _, code, why = run("requests-timeout", "import requests\nr = requests.post(u, **kw)\n", 2)
    assert not code and "**kwargs" in why


def test_weak_hash_checksum_vs_security() -> None:
    tier, code, _ = run("weak-hash", "import hashlib\netag = hashlib.md5(b).hexdigest()\n", 2)
    assert tier is Tier.AUTO and "hashlib.md5(b, usedforsecurity=False)" in code
    src = "import hashlib\ndef hash_password(p):\n    return hashlib.sha1(p).hexdigest()\n"
    tier, code, why = run("weak-hash", src, 3)
    assert tier is Tier.SUGGEST and "hashlib.sha256(p)" in code and "migrated" in why
    _, code, why = run("weak-hash", "import hashlib\nh = hashlib.md5(b)\n", 2)
    assert not code and "cannot tell" in why


def test_tempfile_mktemp() -> None:
    src = (
        "import tempfile\ndef f():\n    p = tempfile.mktemp(suffix='.x')\n"
        "    with open(p, 'w') as fh:\n        fh.write('a')\n"
    )
    tier, code, _ = run("tempfile-mktemp", src, 3)
    assert tier is Tier.AUTO and "_p_fd, p = tempfile.mkstemp(suffix='.x')" in code
    assert "os.close(_p_fd)" in code and code.startswith("import tempfile\nimport os")
    _, code, why = run("tempfile-mktemp", "import tempfile\nuse(tempfile.mktemp())\n", 2)
    assert not code and "plain" in why


def test_random_secrets() -> None:
    src = "import random\ndef make_token():\n    return random.choice(ALPHA)\n"
    tier, code, _ = run("random-secrets", src, 3)
    assert tier is Tier.AUTO and "secrets.SystemRandom().choice(ALPHA)" in code
    assert "import secrets" in code
    seeded = "import random\nrandom.seed(1)\ndef make_token():\n    return random.choice(A)\n"
    _, code, why = run("random-secrets", seeded, 4)
    assert not code and "seeds" in why
    tier, code, why = run(
        "random-secrets", "import random\ndef shuffle_deck(d):\n    random.shuffle(d)\n", 3
    )
    assert not code and "false positive" in why


def test_flask_debug() -> None:
    tier, code, _ = run("flask-debug", "app.run(host='0.0.0.0', debug=True)\n", 1)
    assert tier is Tier.AUTO and 'debug=os.environ.get("FLASK_DEBUG") == "1"' in code
    _, code, why = run("flask-debug", "app.run(debug=settings.DEBUG)\n", 1)
    assert not code and "not the literal True" in why


def test_jinja2_autoescape() -> None:
    tier, code, _ = run(
        "jinja2-autoescape", "import jinja2\nenv = jinja2.Environment(loader=L)\n", 2
    )
    assert (
        tier is Tier.AUTO
        and "jinja2.Environment(loader=L, autoescape=jinja2.select_autoescape())" in code
    )
    src = "from jinja2 import Environment\nenv = Environment(autoescape=False)\n"
    _, code, _ = run("jinja2-autoescape", src, 2)
    assert (
        "select_autoescape, Environment" in code
        and "Environment(autoescape=select_autoescape())" in code
    )
    _, code, why = run(
        "jinja2-autoescape", "import jinja2\ne = jinja2.Environment(autoescape=f())\n", 2
    )
    assert not code and "run time" in why


def test_hardcoded_credentials_guards() -> None:
    tier, code, _ = run("hardcoded-credentials", 'db_password = "Xq9#mTz2!pL7"\n', 1)
    assert tier is Tier.SUGGEST and 'db_password = os.environ["DB_PASSWORD"]' in code
    for src in (
        'token_type = "Bearer"\n',
        'password_field = "password"\n',
        'secret = ""\n',
        'api_key = "${API_KEY}"\n',
        'password = "aaaaaaaa"\n',
    ):
        tier, code, why = run("hardcoded-credentials", src, 1)
        assert not code and tier is Tier.MANUAL, src
    _, code, why = run("hardcoded-credentials", 'def f(password="Xq9#mTz2!pL7"):\n    pass\n', 1)
    assert not code and "default" in why


def test_unsafe_deserialization() -> None:
    tier, code, why = run("unsafe-deserialization", "import pickle\nobj = pickle.loads(data)\n", 2)
    assert tier is Tier.MANUAL and not code and "json" in why
    tier, code, _ = run("unsafe-deserialization", "import torch\nm = torch.load(path)\n", 2)
    assert tier is Tier.AUTO and "torch.load(path, weights_only=True)" in code


@pytest.mark.parametrize(
    ("driver", "query", "expected"),
    [
        (
            "sqlite3",
            "f\"SELECT * FROM u WHERE name = '{name}' AND age > {age}\"",
            "cur.execute('SELECT * FROM u WHERE name = ? AND age > ?', (name, age))",
        ),
        (
            "psycopg",
            "\"SELECT * FROM u WHERE name = '%s'\" % name",
            "cur.execute('SELECT * FROM u WHERE name = %s', (name,))",
        ),
        (
            "sqlite3",
            '"INSERT INTO t VALUES (" + a + ", \'" + b + "\')"',
            "cur.execute('INSERT INTO t VALUES (?, ?)', (a, b))",
        ),
    ],
)
def test_sql_parameters(driver: str, query: str, expected: str) -> None:
    tier, code, _ = run("sql-parameters", f"import {driver}\ncur.execute({query})\n", 2)
    assert tier is Tier.SUGGEST and expected in code


@pytest.mark.parametrize(
    ("src", "why"),
    [
        ("import sqlite3\ncur.execute(f'SELECT * FROM {table}')\n", "not in a value position"),
        (
            "import sqlite3\ncur.execute(f\"SELECT * FROM u WHERE n LIKE '%{q}%'\")\n",
            "value position",
        ),
        ("cur.execute(f\"SELECT * FROM u WHERE n = '{q}'\")\n", "driver unknown"),
    ],
)
def test_sql_parameters_cannot_fix(src: str, why: str) -> None:
    line = src.count("\n")
    _, code, text = run("sql-parameters", src, line)
    assert not code and why in text

"""A throwaway PostgreSQL server for the tests, from Debian's `postgresql` binaries.

`pg_server` (session) runs `initdb` and `pg_ctl start` in a temporary folder on
a loopback port and stops the server when the session ends. PostgreSQL refuses
to run as root, so as root the server runs as the `postgres` user (or `nobody`)
and the folder is handed to it. Without the binaries or the psycopg driver the
tests that need the server are skipped with the reason; set
LICTOR_TEST_POSTGRES=require to make that a failure instead (CI that installed
the server).

`pg_url` is a fresh, empty database on it per test; `db_url` is parametrized
over SQLite (a file in tmp_path) and PostgreSQL so a test runs on both.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import json
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
REQUIRE = os.environ.get("LICTOR_TEST_POSTGRES", "") == "require"
ROLE = "lictor"  # superuser created by initdb; trust auth on loopback only


def _unavailable(reason: str) -> None:
    if REQUIRE:
        pytest.fail(f"PostgreSQL tests required but {reason}", pytrace=False)
    pytest.skip(reason)


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb, pg_ctl and postgres."""

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.parent.name)) or (0,)

    found = [
        p
        for p in Path("/").glob(PG_BIN_GLOB.lstrip("/"))
        if all((p / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres"))
    ]
    return max(found, key=version) if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """Who runs the server: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    return None


def _traversable_tmp() -> str:
    """A temp base the server's account can reach (root's TMPDIR may be private)."""
    base = Path(tempfile.gettempdir()).resolve()
    if os.geteuid() != 0:
        return str(base)
    if all(p.stat().st_mode & stat.S_IXOTH for p in (base, *base.parents)):
        return str(base)
    return "/tmp"


class PgServer:
    """A running throwaway server: where it listens and how to make databases on it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.version = bindir.parent.name
        self.account = _server_account()
        self.root = Path(tempfile.mkdtemp(prefix="lictor-pg-", dir=_traversable_tmp()))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = 0
        self.running = False
        self._names = itertools.count()
        self.sockets.mkdir()
        if self.account is not None:
            self.root.chmod(0o755)
            for p in (self.root, self.sockets):
                os.chown(p, self.account.pw_uid, self.account.pw_gid)

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, Any] = {}
        if self.account is not None:
            kwargs = {
                "user": self.account.pw_uid,
                "group": self.account.pw_gid,
                "extra_groups": [],
            }
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LC_ALL": "C",
            "LANG": "C",
            "HOME": str(self.root),
        }
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=self.root,
            check=False,
            **kwargs,
        )

    def start(self) -> None:
        init = self._run(
            "initdb", "-D", str(self.data), "-U", ROLE, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync", "--no-instructions",
        )  # fmt: skip
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {_tail(init.stderr or init.stdout)}")
        for _attempt in range(3):  # another process may take the port between probe and bind
            self.port = _free_port()
            options = " ".join(
                [
                    f"-p {self.port}",
                    "-c listen_addresses=127.0.0.1",
                    f"-c unix_socket_directories={self.sockets}",
                    "-c max_connections=300",
                    # A throwaway cluster: crash safety of the machine is not under test.
                    "-c fsync=off",
                    "-c full_page_writes=off",
                ]
            )
            started = self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                "-w", "-t", "60", "start",
            )  # fmt: skip
            if started.returncode == 0:
                self.running = True
                return
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {_tail(started.stderr + log)}")

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", *, driver: str = "") -> str:
        """SQLAlchemy URL of a database here; plain `postgresql://` as a user would write it."""
        scheme = f"postgresql+{driver}" if driver else "postgresql"
        return f"{scheme}://{ROLE}@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> Any:
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=ROLE, dbname="postgres", autocommit=True
        )

    def create_database(self) -> str:
        """A new empty database; returns its name."""
        name = f"t{os.getpid()}_{next(self._names)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any connection a test left open."""
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _tail(text: str, lines: int = 8) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole test session (skipped when it cannot run)."""
    bindir = find_bindir()
    if bindir is None:
        _unavailable(
            f"PostgreSQL server binaries not found ({PG_BIN_GLOB}/initdb); "
            "install Debian's `postgresql` (scripts/setup does as root)"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install -e '.[dev]')")
    assert bindir is not None
    server = PgServer(bindir)
    atexit.register(server.stop)  # also when the session dies before teardown
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        _unavailable(f"could not start PostgreSQL {server.version}: {exc}")
    yield server
    server.stop()


@pytest.fixture()
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh empty database on the session's server, dropped after the test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's Lictor database lives: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "lictor.db")
    return str(request.getfixturevalue("pg_url"))


def project_on(workspace: Path, url: str) -> Path:
    """A project whose store is `url`: a server URL goes into `[audit] database`.

    A SQLite path leaves the project's default file (`.lictor/lictor.db`) alone.
    """
    if "://" not in url:
        return workspace
    config = workspace / ".lictor" / "config.toml"
    text = config.read_text(encoding="utf-8")
    line = f"database = {json.dumps(url)}"  # a JSON string is a valid TOML basic string here
    changed, count = re.subn(r'(?m)^database = ".*"$', lambda _m: line, text)
    assert count == 1, "config.toml has no [audit] database line"
    config.write_text(changed, encoding="utf-8")
    return workspace

"""Running a scanner as a subprocess: bounded time, a failure instead of an exception."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 900
"""A scanner that runs longer than this on one change is reported as failed."""


@dataclass(frozen=True)
class Completed:
    """A finished scanner process, or why it could not run."""

    stdout: str
    """Standard output."""
    stderr: str
    """Standard error."""
    code: int
    """Exit status; -1 when the process never ran or timed out."""
    problem: str = ""
    """Why the process did not run to completion; empty when it did."""


def run_tool(
    argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None, timeout: int = TIMEOUT_S
) -> Completed:
    """Run `argv` in `cwd`; never raises for a missing binary or a timeout."""
    full_env = {**os.environ, **(env or {})}
    try:
        proc = subprocess.run(
            list(argv),
            cwd=cwd,
            env=full_env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        return Completed("", "", -1, f"{argv[0]} not found")
    except PermissionError:
        return Completed("", "", -1, f"{argv[0]} is not executable")
    except subprocess.TimeoutExpired:
        return Completed("", "", -1, f"timed out after {timeout} s")
    return Completed(proc.stdout, proc.stderr, proc.returncode)


def last_line(text: str) -> str:
    """The last non-empty line of a tool's stderr, for a one-line failure message."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else "no output"

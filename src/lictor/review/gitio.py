"""What a change is, read from git: commits, changed files and lines, file contents."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lictor.review.interface import CommitInfo, ReviewError

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
"""The empty tree's id: the base of a repository's first commit."""


def git(root: Path, *args: str, input: bytes | None = None) -> bytes:
    """Run git in `root`; ReviewError with git's message on failure."""
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), *args], input=input, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise ReviewError("git is not installed or not on PATH") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReviewError(f"git {args[0]} failed: {message[-1] if message else 'no output'}")
    return proc.stdout


def repo_root(path: Path) -> Path:
    """The top folder of the repository containing `path`."""
    if not path.exists():
        raise ReviewError(f"{path} does not exist")
    try:
        out = git(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel")
    except ReviewError:
        raise ReviewError(
            f"{path} is not inside a git repository (lictor review reads commits from git)"
        ) from None
    return Path(out.decode().strip())


def is_shallow(root: Path) -> bool:
    """True for a shallow clone, where older commits are missing."""
    return git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true"


def resolve(root: Path, rev: str) -> str:
    """Full commit id of `rev`; a clear error for a missing one (shallow clones in particular)."""
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except ReviewError:
        if is_shallow(root):
            raise ReviewError(
                f"revision {rev!r} is not in this shallow clone; fetch the history "
                "(git fetch --unshallow, or actions/checkout with fetch-depth: 0)"
            ) from None
        raise ReviewError(f"unknown revision {rev!r}") from None


def has_head(root: Path) -> bool:
    """False in a repository with no commits yet."""
    try:
        resolve(root, "HEAD")
    except ReviewError:
        return False
    return True


def merge_base(root: Path, base: str, head: str) -> str:
    """The commit a pull request from `head` into `base` starts from."""
    try:
        return git(root, "merge-base", base, head).decode().strip()
    except ReviewError:
        hint = " (shallow clone: fetch more history)" if is_shallow(root) else ""
        raise ReviewError(f"{base} and {head} have no common ancestor{hint}") from None


_SEP, _END = "\x1f", "\x1e"


def commits(root: Path, base: str, head: str) -> list[CommitInfo]:
    """Commits reachable from `head` and not from `base`, oldest first."""
    fmt = _SEP.join(["%H", "%an", "%ae", "%cn", "%ce", "%T", "%B"]) + _END
    out = git(root, "log", "--reverse", f"--format={fmt}", f"{base}..{head}")
    found = []
    for chunk in out.decode("utf-8", "replace").split(_END):
        parts = chunk.strip("\n").split(_SEP)
        if len(parts) != 7:
            continue
        sha, an, ae, cn, ce, tree, body = parts
        subject = body.strip().splitlines()[0] if body.strip() else ""
        found.append(CommitInfo(sha, an, ae, cn, ce, subject, body.strip(), tree))
    return found


@dataclass(frozen=True)
class Change:
    """The files a change touches."""

    paths: tuple[str, ...]
    """Every path added, modified or deleted."""
    present: tuple[str, ...]
    """Paths that exist after the change (scannable unless binary)."""
    binary: tuple[str, ...]
    """Paths git considers binary."""
    lines: dict[str, frozenset[int]]
    """Added or modified line numbers per present path (after the change)."""


def _numstat(out: bytes) -> tuple[list[str], set[str]]:
    paths, binary = [], set()
    for item in out.decode("utf-8", "surrogateescape").split("\0"):
        if not item:
            continue
        added, _, rest = item.partition("\t")
        _, _, path = rest.partition("\t")
        paths.append(path)
        if added == "-":
            binary.add(path)
    return paths, binary


_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def _added_lines(diff: bytes) -> dict[str, frozenset[int]]:
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for raw in diff.decode("utf-8", "surrogateescape").splitlines():
        if raw.startswith("+++ "):
            name = raw[4:]
            current = lines.setdefault(name[2:], set()) if name.startswith("b/") else None
        elif raw.startswith("@@") and current is not None:
            m = _HUNK.match(raw)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or "1")
                current.update(range(start, start + count))
    return {p: frozenset(s) for p, s in lines.items()}


def diff_change(root: Path, base: str, head: str | None) -> Change:
    """Files changed from `base` to `head` (None: the working tree, untracked files included)."""
    revs = [base] if head is None else [base, head]
    paths, binary = _numstat(git(root, "diff", "--numstat", "-z", "--no-renames", *revs))
    deleted = set(
        git(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=D", *revs)
        .decode("utf-8", "surrogateescape")
        .split("\0")
    )
    lines = _added_lines(git(root, "diff", "-U0", "--no-renames", "--no-color", *revs))
    if head is None:
        untracked = git(root, "ls-files", "-z", "--others", "--exclude-standard")
        for path in untracked.decode("utf-8", "surrogateescape").split("\0"):
            if path and path not in paths:
                paths.append(path)
                lines[path] = frozenset(range(1, _line_count(root / path) + 1))
    present = tuple(p for p in paths if p not in deleted)
    return Change(tuple(paths), present, tuple(sorted(binary)), lines)


def _line_count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n") + 1
    except OSError:
        return 0


def materialise(root: Path, rev: str, paths: list[str], into: Path) -> None:
    """Write the files as they are at `rev` below `into` (one `git cat-file --batch`)."""
    if not paths:
        return
    request = "".join(f"{rev}:{p}\n" for p in paths).encode("utf-8", "surrogateescape")
    out = git(root, "cat-file", "--batch", input=request)
    at = 0
    for path in paths:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        if len(header) < 3 or header[1] != b"blob":
            at = header_end + 1
            continue
        size = int(header[2])
        body = out[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
        target = into / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)

"""Turning raw argument values into resolved targets (paths, URLs, hosts)."""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lictor.model import Target, TargetKind


@dataclass(frozen=True)
class Place:
    """Where an action runs: what relative paths, `~` and the workspace mean."""

    workspace: str
    """Absolute workspace root; paths inside it are the agent's to work on."""
    cwd: str = ""
    """Working directory; empty means the workspace root."""
    home: str = ""
    """Home directory for `~`; empty means the current user's."""

    @property
    def base(self) -> str:
        return self.cwd or self.workspace

    @property
    def home_dir(self) -> str:
        return self.home or os.path.expanduser("~")


def resolve_path(value: str, place: Place) -> str:
    """Absolute, normalised form of `value`: `~` expanded, relative to cwd, symlinks resolved."""
    raw = value
    if raw == "~" or raw.startswith("~/"):
        raw = place.home_dir + raw[1:]
    joined = raw if raw.startswith("/") else posixpath.join(place.base, raw)
    normal = posixpath.normpath(joined)
    if normal.startswith("//"):
        normal = "/" + normal.lstrip("/")
    # realpath follows symlinks that exist, so a link inside the workspace
    # pointing outside is judged by where it really goes.
    return real_path(normal)


_O_PATH = getattr(os, "O_PATH", 0)
_FD_LINKS = "/proc/self/fd/"
_KERNEL_PATHS = bool(_O_PATH) and os.path.isdir(_FD_LINKS)
_NOT_NORMAL = re.compile(r"//|/\.\.?(?:/|$)")


def real_path(path: str) -> str:
    """`os.path.realpath(path)`, asked of the kernel when the path exists.

    Opening with O_PATH (no read, no blocking, only search permission needed)
    resolves every symlink on the way in one system call, and /proc names the
    file it reached: three calls where realpath makes one lstat per component.
    Anything else (a path that does not exist yet, a dangling link, no /proc)
    takes realpath itself, so the answer is always realpath's.
    """
    if not _KERNEL_PATHS or not path.startswith("/") or _NOT_NORMAL.search(path):
        # `..` after a name that does not exist is lexical for realpath, not for
        # the kernel: only normalised paths take the kernel's way.
        return os.path.realpath(path)
    try:
        fd = os.open(path, _O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return _real_missing(path)
    except OSError:
        return os.path.realpath(path)
    try:
        found = os.readlink(f"{_FD_LINKS}{fd}")
    except OSError:
        return os.path.realpath(path)
    finally:
        os.close(fd)
    # Unlinked while open, or not a plain path (another mount namespace): realpath decides.
    if not found.startswith("/") or found.endswith(" (deleted)"):
        return os.path.realpath(path)
    return found


def _real_missing(path: str) -> str:
    # Nothing is at `path`: a file about to be written, most often. When the
    # name itself is not a link either, realpath keeps it as it is and
    # resolves what comes before it; a dangling link is realpath's own case.
    try:
        os.lstat(path)
    except FileNotFoundError:
        head, _, name = path.rpartition("/")
        if head and name not in ("", ".", ".."):
            parent = real_path(head)
            return parent + name if parent.endswith("/") else f"{parent}/{name}"
    except OSError:
        pass
    return os.path.realpath(path)


def inside(path: str, root: str) -> bool:
    """True when `path` (absolute, resolved) is `root` or below it."""
    root = workspace_root(root)
    return path == root or path.startswith(root.rstrip("/") + "/")


_ROOTS: dict[str, str] = {}


def workspace_root(root: str) -> str:
    """The real path of a workspace root: resolved when first asked for, then kept.

    Targets are resolved afresh on every action (a link may have changed); the
    root is not, which saves two system calls per path and is the safer way
    round: an agent that swaps the workspace for a link to `/` after the first
    action makes its targets resolve outside the kept root (denied), instead
    of making the whole disk the workspace.
    """
    found = _ROOTS.get(root)
    if found is None:
        if len(_ROOTS) >= 256:  # a bound for processes that serve many workspaces
            _ROOTS.clear()
        found = _ROOTS[root] = real_path(root)
    return found


def path_target(value: str, place: Place) -> Target:
    """A path target with its absolute path and whether it lies in the workspace."""
    path = resolve_path(value, place)
    return Target(TargetKind.PATH, value, path=path, in_workspace=inside(path, place.workspace))


def host_of(url: str) -> str:
    """Lower-cased host of a URL, `host:port` or scp-style `user@host:path`; empty if none."""
    text = url.strip()
    if "://" not in text:
        if "@" in text and ":" in text.split("@", 1)[1]:
            text = "ssh://" + text.replace(":", "/", 1) if text.count(":") == 1 else "ssh://" + text
        else:
            text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def url_target(value: str) -> Target:
    """A URL target with its host."""
    return Target(TargetKind.URL, value, host=host_of(value))


def host_target(value: str) -> Target:
    """A bare host (or host:port) target."""
    return Target(TargetKind.HOST, value, host=host_of(value))


_REMOTE_CACHE: dict[tuple[str, int], dict[str, str]] = {}


def git_remote_url(remote: str, start: str) -> str:
    """URL of a named git remote, from the config of the repository containing `start`; "" if none.

    Read from `.git/config` (not `git config`, which costs a process per
    decision); cached by the file's mtime so a newly added remote is seen.
    """
    config = _git_config_path(start)
    if config is None:
        return ""
    try:
        stamp = os.stat(config).st_mtime_ns
    except OSError:
        return ""
    remotes = _REMOTE_CACHE.get((config, stamp))
    if remotes is None:
        remotes = _parse_remotes(config)
        if len(_REMOTE_CACHE) > 64:
            _REMOTE_CACHE.clear()
        _REMOTE_CACHE[(config, stamp)] = remotes
    return remotes.get(remote, "")


def _git_config_path(start: str) -> str | None:
    here = os.path.realpath(start) if start else os.getcwd()
    for _ in range(64):
        dotgit = os.path.join(here, ".git")
        if os.path.isdir(dotgit):
            return os.path.join(dotgit, "config")
        if os.path.isfile(dotgit):  # worktree or submodule: "gitdir: <path>"
            try:
                with open(dotgit, encoding="utf-8") as fh:
                    line = fh.readline().strip()
            except OSError:
                return None
            if line.startswith("gitdir:"):
                gitdir = os.path.join(here, line.split(":", 1)[1].strip())
                common = os.path.join(gitdir, "commondir")
                if os.path.isfile(common):
                    with open(common, encoding="utf-8") as fh:
                        gitdir = os.path.join(gitdir, fh.readline().strip())
                return os.path.join(os.path.realpath(gitdir), "config")
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
    return None


def _parse_remotes(config: str) -> dict[str, str]:
    remotes: dict[str, str] = {}
    section = ""
    try:
        with open(config, encoding="utf-8", errors="replace") as fh:
            for raw in fh:
                line = raw.strip()
                if line.startswith("["):
                    section = line
                    continue
                if section.startswith('[remote "') and "=" in line:
                    key, value = (p.strip() for p in line.split("=", 1))
                    if key.lower() == "url":
                        name = section[len('[remote "') :].split('"', 1)[0]
                        remotes.setdefault(name, value)
    except OSError:
        return {}
    return remotes

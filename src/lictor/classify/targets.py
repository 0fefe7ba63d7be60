"""Turning raw argument values into resolved targets (paths, URLs, hosts)."""

from __future__ import annotations

import os
import posixpath
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
    raw = value.strip()
    if raw == "~" or raw.startswith("~/"):
        raw = place.home_dir + raw[1:]
    joined = raw if raw.startswith("/") else posixpath.join(place.base, raw)
    normal = posixpath.normpath(joined)
    if normal.startswith("//"):
        normal = "/" + normal.lstrip("/")
    # realpath follows symlinks that exist, so a link inside the workspace
    # pointing outside is judged by where it really goes.
    return os.path.realpath(normal)


def inside(path: str, root: str) -> bool:
    """True when `path` is `root` or below it (both absolute and normalised)."""
    root = os.path.realpath(root)
    return path == root or path.startswith(root.rstrip("/") + "/")


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

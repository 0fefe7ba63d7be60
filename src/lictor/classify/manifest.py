"""The tool manifest: what each tool can do, which arguments name targets, what its output is."""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from lictor.errors import ConfigError
from lictor.model import Capability, TargetKind

_CAPABILITIES = ", ".join(c.value for c in Capability)
_KINDS = ", ".join(k.value for k in TargetKind if k is not TargetKind.NONE)


@dataclass(frozen=True)
class OutputSpec:
    """How to treat what a tool returns."""

    trusted: bool = False
    """Trusted outputs never mark the session as having seen untrusted content."""
    free_text: tuple[str, ...] = ("*",)
    """Output fields that carry free text an attacker could write (`*` = all)."""
    structured: tuple[str, ...] = ()
    """Output fields that are structured data (ids, timestamps), not free text."""
    private: bool = False
    """Output is private data (customer records, secrets): reading it sets `private_read`."""


@dataclass(frozen=True)
class ToolSpec:
    """One tool's entry in the manifest."""

    name: str
    """Tool name, or a glob (`mcp__github__*`)."""
    capabilities: tuple[Capability, ...]
    """Side effects the tool has."""
    targets: Mapping[str, TargetKind] = field(default_factory=dict)
    """Argument name -> what it names."""
    defaults: Mapping[str, str] = field(default_factory=dict)
    """Values used when a target argument is absent (`path = "."` for a search)."""
    shell: str = ""
    """Argument holding a shell command, parsed and judged command by command."""
    output: OutputSpec = OutputSpec()
    """How to treat the tool's output."""
    description: str = ""
    """One line for humans."""


class Manifest:
    """Tool specs by name, later files overriding earlier ones."""

    def __init__(self, tools: Iterable[ToolSpec] = ()) -> None:
        self._exact: dict[str, ToolSpec] = {}
        self._globs: dict[str, ToolSpec] = {}
        for spec in tools:
            self.add(spec)

    def add(self, spec: ToolSpec) -> None:
        if any(c in spec.name for c in "*?["):
            self._globs[spec.name] = spec
        else:
            self._exact[spec.name] = spec

    def lookup(self, tool: str) -> ToolSpec | None:
        """The spec for a tool: exact name first, then the longest matching glob."""
        spec = self._exact.get(tool)
        if spec is not None:
            return spec
        matches = [s for pattern, s in self._globs.items() if fnmatch.fnmatchcase(tool, pattern)]
        return max(matches, key=lambda s: len(s.name), default=None)

    def names(self) -> list[str]:
        return sorted([*self._exact, *self._globs])


def shipped_manifest_path() -> Path:
    return Path(str(resources.files("lictor.classify") / "tools.toml"))


def load_manifest(paths: Iterable[Path | str] = (), *, include_default: bool = True) -> Manifest:
    """The shipped manifest, overridden tool by tool by each file in `paths` (TOML or YAML)."""
    manifest = Manifest()
    files = [shipped_manifest_path()] if include_default else []
    files += [Path(p) for p in paths]
    for path in files:
        for spec in parse_manifest_file(path):
            manifest.add(spec)
    return manifest


def parse_manifest_file(path: Path) -> list[ToolSpec]:
    """Tool specs from one TOML or YAML file; ConfigError naming file and field on bad input."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ConfigError(f"{path}: cannot read tool manifest: {e.strerror or e}") from None
    try:
        if path.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(raw.decode("utf-8")) or {}
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, yaml.YAMLError, UnicodeDecodeError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ConfigError(
            f"{path}: not valid {path.suffix.lstrip('.') or 'toml'}: {first}"
        ) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a table with a `tools` key")
    tools = data.get("tools", {})
    if not isinstance(tools, dict):
        raise ConfigError(f"{path}: `tools` must be a table of tool names")
    return [_parse_tool(path, name, body) for name, body in tools.items()]


def _parse_tool(path: Path, name: str, body: Any) -> ToolSpec:
    where = f"{path}: tools.{name}"
    if not isinstance(body, dict):
        raise ConfigError(f"{where}: must be a table")
    unknown = set(body) - {"capabilities", "targets", "defaults", "shell", "output", "description"}
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    caps_raw = body.get("capabilities", [])
    if not isinstance(caps_raw, list):
        raise ConfigError(f"{where}.capabilities: must be a list")
    caps = []
    for i, cap in enumerate(caps_raw):
        try:
            caps.append(Capability(cap))
        except ValueError:
            raise ConfigError(
                f"{where}.capabilities[{i}]: {cap!r} is not one of {_CAPABILITIES}"
            ) from None
    targets: dict[str, TargetKind] = {}
    raw_targets = body.get("targets", {})
    if not isinstance(raw_targets, dict):
        raise ConfigError(f"{where}.targets: must be a table of argument = kind")
    for arg, kind in raw_targets.items():
        try:
            targets[str(arg)] = TargetKind(kind)
            if targets[str(arg)] is TargetKind.NONE:
                raise ValueError
        except ValueError:
            raise ConfigError(f"{where}.targets.{arg}: {kind!r} is not one of {_KINDS}") from None
    defaults = body.get("defaults", {})
    if not isinstance(defaults, dict) or not all(isinstance(v, str) for v in defaults.values()):
        raise ConfigError(f"{where}.defaults: must be a table of argument = string")
    shell = body.get("shell", "")
    if not isinstance(shell, str):
        raise ConfigError(f"{where}.shell: must be the name of the argument holding the command")
    return ToolSpec(
        name=name,
        capabilities=tuple(caps),
        targets=targets,
        defaults={str(k): v for k, v in defaults.items()},
        shell=shell,
        output=_parse_output(where, body.get("output", {})),
        description=str(body.get("description", "")),
    )


def _parse_output(where: str, raw: Any) -> OutputSpec:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}.output: must be a table")
    unknown = set(raw) - {"trusted", "free_text", "structured", "private"}
    if unknown:
        raise ConfigError(f"{where}.output: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("trusted", "private"):
        if key in raw and not isinstance(raw[key], bool):
            raise ConfigError(f"{where}.output.{key}: must be true or false")
    for key in ("free_text", "structured"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}.output.{key}: must be a list of field names")
    return OutputSpec(
        trusted=bool(raw.get("trusted", False)),
        free_text=tuple(raw.get("free_text", ["*"])),
        structured=tuple(raw.get("structured", [])),
        private=bool(raw.get("private", False)),
    )

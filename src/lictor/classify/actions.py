"""Classify an action into effects: what it reads, writes, runs, sends or deploys."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lictor.classify.manifest import Manifest, ToolSpec
from lictor.classify.targets import Place, host_of, host_target, path_target, url_target
from lictor.errors import ClassifyError
from lictor.model import Action, Capability, Effect, Target, TargetKind, canonical_json

MAX_ARG_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Classification:
    """What classification concluded about one action."""

    effects: tuple[Effect, ...]
    """Every effect, in argument order."""
    spec: ToolSpec | None
    """The manifest entry used, or None for an unknown tool."""
    notes: tuple[str, ...] = ()
    """Human lines about how the action was understood (parsed commands, guesses)."""
    commands: tuple[tuple[str, ...], ...] = ()
    """For shell actions, the argv of each command that will run."""


def classify(
    action: Action, manifest: Manifest, place: Place, *, args_json: str | None = None
) -> Classification:
    """Effects of an action; ClassifyError when its arguments cannot be understood.

    `args_json` is the arguments' canonical JSON when the caller already made it.
    """
    if not isinstance(action.args, Mapping):
        raise ClassifyError(f"{action.tool}: arguments must be a JSON object")
    try:
        if args_json is None:
            args_json = canonical_json(dict(action.args))
        size = len(args_json.encode("utf-8"))
    except (TypeError, ValueError) as e:
        raise ClassifyError(f"{action.tool}: arguments are not JSON-compatible: {e}") from None
    if size > MAX_ARG_BYTES:
        raise ClassifyError(
            f"{action.tool}: arguments are {size} bytes, over the {MAX_ARG_BYTES}-byte limit"
        )
    spec = manifest.lookup(action.tool)
    if spec is None:
        return _classify_unknown(action, place)
    return _classify_known(action, spec, place)


def _classify_known(action: Action, spec: ToolSpec, place: Place) -> Classification:
    if spec.shell:
        command = action.args.get(spec.shell)
        if not isinstance(command, str):
            raise ClassifyError(f"{action.tool}: argument {spec.shell!r} must be a string command")
        return _classify_shell(command, spec, place)
    targets = _targets(action, spec.targets, spec.defaults, place)
    effects = _pair(spec.capabilities, targets, frozenset(), action.tool)
    return Classification(tuple(effects), spec)


def _classify_shell(command: str, spec: ToolSpec | None, place: Place) -> Classification:
    # Imported here: the shell parser is only needed for shell tools.
    from lictor.classify.shell import analyse_shell

    analysis = analyse_shell(command, place)
    return Classification(
        tuple(analysis.effects),
        spec,
        tuple(analysis.notes),
        tuple(c.argv for c in analysis.commands),
    )


def _targets(
    action: Action,
    kinds: Mapping[str, TargetKind],
    defaults: Mapping[str, str],
    place: Place,
) -> list[Target]:
    args = action.args
    repo_arg = next((a for a, k in kinds.items() if k is TargetKind.REPO), None)
    has_branch = any(k is TargetKind.BRANCH for k in kinds.values())
    out: list[Target] = []
    for arg, kind in kinds.items():
        if kind is TargetKind.REPO and has_branch:
            continue  # folded into the branch target
        raw = args.get(arg, defaults.get(arg))
        if raw is None:
            continue
        values = raw if isinstance(raw, list) else [raw]
        for value in values:
            if not isinstance(value, str):
                raise ClassifyError(f"{action.tool}: argument {arg!r} must be a string")
            repo = str(args.get(repo_arg, "origin")) if repo_arg else "origin"
            out.append(make_target(kind, value, place, repo=repo))
    return out


def make_target(kind: TargetKind, value: str, place: Place, *, repo: str = "origin") -> Target:
    """A resolved target of the given kind."""
    if kind is TargetKind.PATH:
        return path_target(value, place)
    if kind is TargetKind.URL:
        return url_target(value)
    if kind is TargetKind.HOST:
        return host_target(value)
    if kind is TargetKind.REPO:
        return Target(
            TargetKind.REPO, value, repo=value, host=host_of(value) if _remote(value) else ""
        )
    if kind is TargetKind.BRANCH:
        return Target(TargetKind.BRANCH, f"{repo}:{value}", repo=repo, branch=value)
    if kind is TargetKind.RECIPIENT:
        domain = value.rsplit("@", 1)[1].lower() if "@" in value else ""
        return Target(TargetKind.RECIPIENT, value, recipient=value, host=domain)
    return Target(kind, value)


def _remote(value: str) -> bool:
    return "://" in value or "@" in value


def _pair(
    capabilities: tuple[Capability, ...],
    targets: list[Target],
    flags: frozenset[str],
    tool: str,
) -> list[Effect]:
    if not targets:
        return [Effect(c, flags=flags, detail=tool) for c in capabilities]
    return [
        Effect(c, t, flags, detail=f"{tool} {t.describe()}") for c in capabilities for t in targets
    ]


# --- Unknown tools: guessed from the name and arguments, never "safe" --------

_NAME_VERBS: dict[Capability, frozenset[str]] = {
    Capability.READ: frozenset(
        [
            "read",
            "get",
            "list",
            "search",
            "find",
            "query",
            "show",
            "describe",
            "view",
            "cat",
            "fetch",
            "load",
            "lookup",
        ]
    ),
    Capability.WRITE: frozenset(
        [
            "write",
            "create",
            "update",
            "put",
            "set",
            "edit",
            "save",
            "delete",
            "remove",
            "insert",
            "drop",
            "move",
            "rename",
            "patch",
            "append",
            "modify",
            "commit",
            "merge",
        ]
    ),
    Capability.EGRESS: frozenset(
        [
            "send",
            "post",
            "email",
            "mail",
            "publish",
            "notify",
            "http",
            "request",
            "webhook",
            "upload",
            "share",
            "message",
            "tweet",
            "slack",
            "sms",
            "forward",
            "invite",
        ]
    ),
    Capability.DEPLOY: frozenset(["deploy", "release", "rollout", "provision", "apply", "scale"]),
    Capability.EXEC: frozenset(
        [
            "exec",
            "run",
            "shell",
            "command",
            "eval",
            "execute",
            "spawn",
            "bash",
            "script",
            "terminal",
            "python",
        ]
    ),
}
_ARG_KINDS: dict[str, TargetKind] = {
    **dict.fromkeys(
        [
            "path",
            "file",
            "file_path",
            "filepath",
            "filename",
            "dir",
            "directory",
            "folder",
            "dest",
            "destination",
            "src",
            "source",
            "target",
            "notebook_path",
        ],
        TargetKind.PATH,
    ),
    **dict.fromkeys(["url", "uri", "endpoint", "href", "link", "webhook"], TargetKind.URL),
    **dict.fromkeys(["host", "hostname", "domain", "server", "address"], TargetKind.HOST),
    **dict.fromkeys(["to", "recipient", "recipients", "email", "cc", "bcc"], TargetKind.RECIPIENT),
    **dict.fromkeys(["repo", "repository", "remote"], TargetKind.REPO),
    **dict.fromkeys(["branch", "ref"], TargetKind.BRANCH),
}
_SHELL_ARGS = ("command", "cmd", "script", "shell")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def name_words(tool: str) -> set[str]:
    """Lower-case words of a tool name: `mcp__gh__createIssue` -> {mcp, gh, create, issue}."""
    return {w.lower() for w in _WORD.findall(tool)}


def _classify_unknown(action: Action, place: Place) -> Classification:
    words = name_words(action.tool)
    caps = {cap for cap, verbs in _NAME_VERBS.items() if words & verbs}
    flags = frozenset({"unknown_tool"})
    notes = [f"{action.tool} is not in the tool manifest: classified from its name and arguments"]
    effects: list[Effect] = [
        Effect(Capability.EXEC, Target(TargetKind.COMMAND, action.tool), flags, detail=action.tool)
    ]
    for name in _SHELL_ARGS:
        command = action.args.get(name)
        if isinstance(command, str):
            shell = _classify_shell(command, None, place)
            effects += [
                Effect(e.capability, e.target, e.flags | flags, e.detail) for e in shell.effects
            ]
            notes.append(f"argument {name!r} judged as a shell command")
    kinds = {arg: _ARG_KINDS[arg.lower()] for arg in action.args if arg.lower() in _ARG_KINDS}
    targets = _targets(action, kinds, {}, place) if kinds else []
    for target in targets:
        for cap in _caps_for(target, caps):
            effects.append(Effect(cap, target, flags, detail=f"{action.tool} {target.describe()}"))
    if len(effects) == 1 and caps - {Capability.EXEC}:
        effects += [
            Effect(c, flags=flags, detail=action.tool) for c in sorted(caps - {Capability.EXEC})
        ]
    return Classification(tuple(effects), None, tuple(notes))


def _caps_for(target: Target, from_name: set[Capability]) -> list[Capability]:
    # With no verb in the name, assume the worst the target allows.
    if target.kind in (TargetKind.URL, TargetKind.HOST, TargetKind.RECIPIENT):
        return [Capability.EGRESS]
    if target.kind is TargetKind.BRANCH:
        return [Capability.WRITE]
    if target.kind is TargetKind.REPO:
        return [Capability.EGRESS] if target.host else [Capability.WRITE]
    if target.kind is TargetKind.PATH:
        if from_name and from_name <= {Capability.READ}:
            return [Capability.READ]
        return [Capability.WRITE]
    return sorted(from_name - {Capability.EXEC}) or [Capability.EXEC]

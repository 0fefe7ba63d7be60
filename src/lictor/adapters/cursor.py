"""Cursor agent hooks (`.cursor/hooks.json`): the same translator for Cursor's dialect.

    beforeShellExecution {command, cwd}            -> Action("shell", {command})
    beforeMCPExecution   {tool_name, tool_input}   -> Action("mcp__<server>__<tool>", input)
    beforeReadFile       {file_path}               -> Action("Read", {file_path})
        answered {"permission": "allow"|"deny"|"ask", "user_message", "agent_message"};
        beforeReadFile knows only allow and deny, so ask becomes deny there
    beforeSubmitPrompt   {prompt}                  -> the session's trusted task, audited
    afterShellExecution / afterMCPExecution / afterFileEdit -> record_result
    anything else                                   -> {} (nothing to decide)

Cursor has no server name in MCP hook inputs: the server part of the tool
name comes from the server's URL host or command (`mcp__npx__query`).
Installed entries for the `before*` events carry `failClosed: true`, so a
hook that crashes or times out blocks instead of letting the call through.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lictor.adapters.claude_code import (
    HookInputError,
    HookReply,
    RecentDecisions,
    audit_refusal,
    decision_reason,
    drop_entries,
    find_decision,
    findings_text,
    injected,
    parse_input,
    read_json_file,
    record_prompt,
    write_json_file,
)
from lictor.errors import ConfigError
from lictor.model import Action, Verdict

if TYPE_CHECKING:
    from lictor.gate import Gate

AGENT = "cursor"
GATED = ("beforeShellExecution", "beforeMCPExecution", "beforeReadFile")
"""Events that wait for a permission answer."""
REPORTED = ("afterShellExecution", "afterMCPExecution", "afterFileEdit")
"""Events that report what happened."""
EVENTS = (*GATED, "beforeSubmitPrompt", *REPORTED)
"""Events `lictor hook install cursor` registers."""
_SERVER_CHARS = re.compile(r"[^A-Za-z0-9_-]+")


def _reply(verdict: Verdict, reason: str, event: str) -> HookReply:
    if event == "beforeReadFile" and verdict is Verdict.ASK:
        # beforeReadFile answers allow or deny only: a read that needs approval is refused.
        verdict, reason = Verdict.DENY, reason + " (Cursor cannot ask before a file read)"
    body = {"permission": verdict.value, "user_message": reason, "agent_message": reason}
    return HookReply(stdout=json.dumps(body, ensure_ascii=False))


def _deny(reason: str, event: str) -> HookReply:
    line = f"lictor: {reason}; denied (fail closed)"
    reply = _reply(Verdict.DENY, line, event)
    return HookReply(stdout=reply.stdout, stderr=line)


def _text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _session(payload: Mapping[str, Any]) -> str:
    return _text(payload, "conversation_id") or _text(payload, "session_id")


def _cwd(payload: Mapping[str, Any]) -> str:
    cwd = _text(payload, "cwd")
    if cwd.startswith("/"):
        return cwd
    roots = payload.get("workspace_roots")
    if isinstance(roots, list) and roots and isinstance(roots[0], str) and roots[0].startswith("/"):
        return roots[0]
    return ""


def server_label(payload: Mapping[str, Any]) -> str:
    """A server name for an MCP call: the URL's host or the command's program name."""
    url, command = _text(payload, "url"), _text(payload, "command")
    label = ""
    if url:
        label = (urlsplit(url).hostname or "").split(".")[0]
    elif command:
        label = os.path.basename(command.split()[0]) if command.split() else ""
    return _SERVER_CHARS.sub("-", label).strip("-") or "unknown"


def action_of(payload: Mapping[str, Any], event: str) -> Action:
    """The Action a Cursor hook input describes; HookInputError if it cannot."""
    session, cwd = _session(payload), _cwd(payload)
    if event in ("beforeShellExecution", "afterShellExecution"):
        command = payload.get("command")
        if not isinstance(command, str):
            raise HookInputError(f"{event}: command must be a string")
        return Action("shell", {"command": command}, session=session, cwd=cwd)
    if event in ("beforeMCPExecution", "afterMCPExecution"):
        tool = payload.get("tool_name")
        if not isinstance(tool, str) or not tool.strip():
            raise HookInputError(f"{event}: tool_name must be a non-empty string")
        args: Any = payload.get("tool_input", {})
        if isinstance(args, str):  # some Cursor versions send the input as a JSON string
            try:
                args = json.loads(args) if args.strip() else {}
            except json.JSONDecodeError:
                raise HookInputError(f"{event}: tool_input is not valid JSON") from None
        if not isinstance(args, dict):
            raise HookInputError(f"{event}: tool_input must be a JSON object")
        name = tool if tool.startswith("mcp__") else f"mcp__{server_label(payload)}__{tool}"
        return Action(name, args, session=session, cwd=cwd)
    if event in ("beforeReadFile", "afterFileEdit"):
        path = payload.get("file_path")
        if not isinstance(path, str) or not path:
            raise HookInputError(f"{event}: file_path must be a non-empty string")
        tool = "Read" if event == "beforeReadFile" else "Edit"
        return Action(tool, {"file_path": path}, session=session, cwd=cwd)
    raise HookInputError(f"{event}: not a tool event")


def answer(
    gate: Gate,
    raw: bytes | str,
    *,
    http: bool = False,
    recent: RecentDecisions | None = None,
) -> HookReply:
    """Answer one Cursor hook input. Never raises; a gated event that cannot be judged is denied."""
    try:
        payload = parse_input(raw)
    except HookInputError as e:
        audit_refusal(gate, AGENT, "", str(e), raw)
        return _deny(str(e), "")
    event = _text(payload, "hook_event_name")
    try:
        if event in GATED:
            return _gated(gate, payload, event, recent)
        if event in REPORTED:
            return _reported(gate, payload, event, recent)
        if event == "beforeSubmitPrompt":
            return _prompt(gate, payload)
        if not event:
            audit_refusal(gate, AGENT, event, "hook input has no hook_event_name", raw, payload)
            return _deny("hook input has no hook_event_name", event)
        return HookReply(stdout="{}")
    except Exception as e:  # fail closed, whatever broke
        reason = f"internal error answering {event} ({type(e).__name__}: {e})"
        if event in GATED:
            audit_refusal(gate, AGENT, event, reason, raw, payload)
            return _deny(reason, event)
        return HookReply(stdout="{}", stderr=f"lictor: {reason}")


def _gated(
    gate: Gate, payload: dict[str, Any], event: str, recent: RecentDecisions | None
) -> HookReply:
    try:
        action = action_of(payload, event)
    except HookInputError as e:
        audit_refusal(gate, AGENT, event, str(e), None, payload)
        return _deny(str(e), event)
    decision = gate.decide(action)
    if recent is not None:
        recent.remember(_generation_key(payload, action), decision.decision_id)
    return _reply(decision.verdict, decision_reason(decision), event)


def _generation_key(payload: Mapping[str, Any], action: Action) -> str:
    # Cursor gives no tool-use id: a generation plus the action identifies the call.
    return f"{_text(payload, 'generation_id')}:{action.digest()}"


def _reported(
    gate: Gate, payload: dict[str, Any], event: str, recent: RecentDecisions | None
) -> HookReply:
    try:
        action = action_of(payload, event)
    except HookInputError as e:
        return HookReply(stdout="{}", stderr=f"lictor: {e}; result not recorded")
    if event == "afterFileEdit":
        output: Any = payload.get("edits")
    elif event == "afterShellExecution":
        output = payload.get("output")
    else:
        output = payload.get("result_json")
    decision_id = find_decision(gate, action, _generation_key(payload, action), recent)
    outcome = gate.record_result(decision_id, output, tool=action.tool, session=action.session)
    text = findings_text(outcome.findings, f"the output of {action.tool}")
    if injected(outcome.findings):
        # after* hooks cannot block or add context in Cursor: the audit record is the trace.
        return HookReply(stdout="{}", stderr=f"lictor: prompt injection in output; {text}")
    return HookReply(stdout="{}", stderr=f"lictor: {text}" if text else "")


def _prompt(gate: Gate, payload: dict[str, Any]) -> HookReply:
    prompt = payload.get("prompt")
    if isinstance(prompt, str):
        record_prompt(gate, _session(payload), prompt, AGENT)
    # beforeSubmitPrompt cannot carry context back: the findings live in the audit record.
    return HookReply(stdout=json.dumps({"continue": True}))


# --- installing into .cursor/hooks.json --------------------------------------

CLIENT_MARKERS = ("lictor-hook", "lictor.adapters.hook_client", "lictor/adapters/hook_client.py")
"""Text in an entry's command that says Lictor installed it."""


def hooks_path(scope: str, project: Path | None = None) -> Path:
    """`.cursor/hooks.json` of the project, or `~/.cursor/hooks.json` for the user."""
    if scope == "user":
        return Path.home() / ".cursor" / "hooks.json"
    return (project or Path.cwd()).resolve() / ".cursor" / "hooks.json"


def _ours(entry: Any) -> bool:
    return isinstance(entry, dict) and any(
        m in str(entry.get("command", "")) for m in CLIENT_MARKERS
    )


def install(path: Path, command: str, timeout: int = 30) -> list[str]:
    """Merge Lictor's entries into a Cursor hooks file; returns the events added."""
    data = read_json_file(path)
    data.setdefault("version", 1)
    hooks = data.setdefault("hooks", {})
    if not isinstance(hooks, dict):
        raise ConfigError(f"{path}: `hooks` must be an object")
    for event in EVENTS:
        entries = hooks.setdefault(event, [])
        if not isinstance(entries, list):
            raise ConfigError(f"{path}: hooks.{event} must be a list")
        entries[:] = [e for e in entries if not _ours(e)]
        entry: dict[str, Any] = {"command": command, "timeout": timeout}
        if event in GATED:
            entry["failClosed"] = True
        entries.append(entry)
    write_json_file(path, data)
    return list(EVENTS)


def uninstall(path: Path) -> int:
    """Remove exactly the entries `install` added; returns how many were removed."""
    if not path.exists():
        return 0
    data = read_json_file(path)
    hooks = data.get("hooks")
    if not isinstance(hooks, dict):
        return 0
    removed = drop_entries(hooks, _ours)
    if removed:
        write_json_file(path, data)
    return removed

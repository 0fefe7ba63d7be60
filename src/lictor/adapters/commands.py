"""Command groups for the enforcement points: `lictor hook`, `lictor daemon`, `lictor mcp`."""

from __future__ import annotations

import shlex
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from lictor.errors import ConfigError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

hook_app = typer.Typer(
    help="Agent hooks: answer Claude Code / Cursor hook inputs, install them into settings.",
    no_args_is_help=True,
)
daemon_app = typer.Typer(
    help="Resident hook daemon: one open gate answering hooks over a Unix socket and loopback HTTP."
)
mcp_app = typer.Typer(
    help="MCP gateway: a governing proxy in front of any MCP server.", no_args_is_help=True
)
pins_app = typer.Typer(help="Pinned MCP tool descriptions (rug-pull protection).")
mcp_app.add_typer(pins_app, name="pins")

AGENTS = ("claude-code", "cursor")

DirOpt = Annotated[
    Path | None,
    typer.Option("--dir", "-d", help="Project folder (default: nearest .lictor above cwd)."),
]


def _agent(agent: str) -> str:
    if agent not in AGENTS:
        raise ConfigError(f"unknown agent {agent!r}; use one of: {', '.join(AGENTS)}")
    return agent


# --- hook -------------------------------------------------------------------


def _answer_stdin(agent: str) -> None:
    from lictor.adapters.hook_client import run

    reply = run(agent, sys.stdin.buffer.read())
    if reply["stdout"]:
        sys.stdout.write(str(reply["stdout"]) + "\n")
    if reply["stderr"]:
        sys.stderr.write(str(reply["stderr"]) + "\n")
    sys.stdout.flush()
    code = reply["exit"]
    raise typer.Exit(code if isinstance(code, int) else 2)


@hook_app.command("claude-code")
def hook_claude_code() -> None:
    """Answer one Claude Code hook input (JSON on stdin) in Claude Code's documented format.

    Uses the running daemon when there is one, else decides in-process. For a
    fast hook use what `lictor hook install` writes (no CLI start-up cost).
    """
    _answer_stdin("claude-code")


@hook_app.command("cursor")
def hook_cursor() -> None:
    """Answer one Cursor hook input (JSON on stdin) with Cursor's {"permission": ...}."""
    _answer_stdin("cursor")


def _client_command(agent: str) -> str:
    # This interpreter running the client file with -S (no site set-up): the cheapest start.
    from lictor.adapters import hook_client

    return f"{shlex.quote(sys.executable)} -S {shlex.quote(hook_client.__file__)} {agent}"


@hook_app.command("install")
def hook_install(
    agent: Annotated[str, typer.Argument(help="claude-code or cursor.")],
    project_scope: Annotated[
        bool,
        typer.Option(
            "--project/--user", help="Project settings (default) or the user's own settings."
        ),
    ] = True,
    mode: Annotated[
        str, typer.Option(help="command (thin client) or http (daemon URL; Claude Code only).")
    ] = "command",
    port: Annotated[int, typer.Option(help="Daemon HTTP port for --mode http.")] = 8642,
    folder: DirOpt = None,
) -> None:
    """Merge Lictor's hook entries into the agent's settings, leaving everything else as it is."""
    from lictor.adapters import claude_code, cursor

    scope = "project" if project_scope else "user"
    if _agent(agent) == "claude-code":
        if mode not in ("command", "http"):
            raise ConfigError(f"--mode must be command or http, not {mode!r}")
        path = claude_code.settings_path(scope, folder)
        url = f"http://127.0.0.1:{port}/hooks/claude-code"
        events = claude_code.install(path, mode, _client_command(agent), url)
    else:
        if mode != "command":
            raise ConfigError("Cursor hooks are commands; --mode http is for Claude Code")
        path = cursor.hooks_path(scope, folder)
        events = cursor.install(path, _client_command(agent))
    out.print(f"installed Lictor hooks for {agent} in {path}: {', '.join(events)}")
    if mode == "http":
        out.print(f"start the daemon: lictor daemon --port {port}")


@hook_app.command("uninstall")
def hook_uninstall(
    agent: Annotated[str, typer.Argument(help="claude-code or cursor.")],
    project_scope: Annotated[
        bool, typer.Option("--project/--user", help="Project settings (default) or user's.")
    ] = True,
    folder: DirOpt = None,
) -> None:
    """Remove exactly the hook entries `lictor hook install` added."""
    from lictor.adapters import claude_code, cursor

    scope = "project" if project_scope else "user"
    if _agent(agent) == "claude-code":
        path = claude_code.settings_path(scope, folder)
        removed = claude_code.uninstall(path)
    else:
        path = cursor.hooks_path(scope, folder)
        removed = cursor.uninstall(path)
    out.print(f"removed {removed} Lictor hook entr{'y' if removed == 1 else 'ies'} from {path}")


# --- daemon -----------------------------------------------------------------


@daemon_app.callback(invoke_without_command=True)
def daemon(
    socket_path: Annotated[
        Path | None,
        typer.Option("--socket", help="Unix socket (default .lictor/daemon.sock)."),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option("--port", help="Also answer Claude Code http hooks on 127.0.0.1:PORT."),
    ] = None,
    no_socket: Annotated[
        bool, typer.Option("--no-socket", help="HTTP only, no Unix socket.")
    ] = False,
    folder: DirOpt = None,
) -> None:
    """Run the hook daemon in the foreground until interrupted (SIGINT / SIGTERM)."""
    from lictor.adapters.daemon import HookDaemon
    from lictor.gate import open as open_gate

    gate = open_gate(folder)
    gate.audit.height()  # open the database now, not on the first hook
    path = None if no_socket else (socket_path or gate.config.home / "daemon.sock")
    stop = threading.Event()

    def _stop(*_: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        with HookDaemon(gate, socket_path=path, port=port) as d:
            if path is not None:
                err.print(f"lictor daemon: socket {path}")
            if d.port is not None:
                err.print(f"lictor daemon: http {d.http_url}")
            # Tests and supervisors read this line to know the daemon is ready.
            print(f"ready socket={path or ''} port={d.port or ''}", flush=True)
            while not stop.wait(0.5):
                pass
    finally:
        gate.close()


# --- mcp --------------------------------------------------------------------


@mcp_app.command(
    "proxy", context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
)
def mcp_proxy(
    ctx: typer.Context,
    upstream: Annotated[
        str | None, typer.Option("--upstream", help="Streamable HTTP URL of the server.")
    ] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", help="Server name in tool ids mcp__<name>__<tool>."),
    ] = None,
    call_timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait for one upstream call.")
    ] = 60.0,
    approval_timeout: Annotated[
        float,
        typer.Option(
            "--approval-timeout",
            help="Seconds an ask waits for a human in the approval inbox (0: deny at once).",
        ),
    ] = 0.0,
    folder: DirOpt = None,
) -> None:
    """Serve MCP on stdio, forwarding to a server behind the gate.

    lictor mcp proxy --name git -- uvx mcp-server-git --repository .
    lictor mcp proxy --name docs --upstream http://127.0.0.1:8000/mcp
    """
    from lictor.adapters.mcp_proxy import ProxyConfig, run_stdio_proxy

    command = [a for a in ctx.args if a != "--"]
    if bool(command) == bool(upstream):
        raise ConfigError("give either a server command after `--` or --upstream URL, not both")
    config = ProxyConfig(
        name=name or "",
        command=tuple(command),
        upstream=upstream or "",
        call_timeout=call_timeout,
        approval_timeout=approval_timeout,
        project=folder,
    )
    run_stdio_proxy(config)


@pins_app.command("list")
def pins_list(folder: DirOpt = None) -> None:
    """Show pinned tool descriptions and which changed since they were pinned."""
    from lictor.adapters.mcp_proxy import PinStore
    from lictor.gate import open as open_gate

    with open_gate(folder) as gate:
        pins = PinStore(gate.database).all()
    table = Table("server", "tool", "status", "pinned hash", "pending hash", "flags")
    for p in pins:
        table.add_row(
            p.server, p.tool, p.status, p.digest[:16], p.pending_digest[:16], p.flags or ""
        )
    out.print(table)


@pins_app.command("approve")
def pins_approve(
    server: Annotated[str, typer.Argument(help="Server name.")],
    tool: Annotated[str | None, typer.Argument(help="Tool (default: every changed tool).")] = None,
    folder: DirOpt = None,
) -> None:
    """Accept a changed (or flagged) tool description: its new hash becomes the pin."""
    from lictor.adapters.mcp_proxy import PinStore
    from lictor.gate import open as open_gate

    with open_gate(folder) as gate:
        approved = PinStore(gate.database).approve(server, tool)
        for pin in approved:
            gate.audit.append(
                {
                    "type": "pin-approval",
                    "server": pin.server,
                    "tool": pin.tool,
                    "digest": pin.digest,
                }
            )
    if not approved:
        raise ConfigError(f"nothing to approve for {server}{'/' + tool if tool else ''}")
    for pin in approved:
        out.print(f"approved {pin.server}/{pin.tool}: pinned {pin.digest[:16]}")

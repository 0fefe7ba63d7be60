"""A Lictor project folder (`.lictor/`): its config, and `lictor init`."""

from __future__ import annotations

import os
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lictor.errors import ConfigError
from lictor.policy.engine import SCHEMA_FILE, shipped_pack, shipped_schema

FOLDER = ".lictor"
CONFIG_FILE = "config.toml"
AUDIT_MODES = ("durable", "fast")

CONFIG_TEMPLATE = """\
# Lictor project configuration. Paths are relative to this folder.

[workspace]
# The folder agents work in: reads and writes inside it are allowed by the
# default policies, writes outside it are denied.
root = ".."

[audit]
# durable: every decision is fsynced before the gate answers (default).
# fast: SQLite WAL with synchronous=NORMAL; survives a process crash, but an
#       OS crash or power loss can lose the decisions since the last WAL sync
#       (see docs/audit.md).
mode = "durable"
database = "lictor.db"
signing_key = "keys/audit-ed25519.pem"
checkpoint_every = 1024

[policy]
dir = "policies"

[tools]
# Project tool manifests, layered over the shipped one (TOML or YAML).
manifests = ["tools.toml"]

[agent]
# Principal used for actions that present no credential.
default = "local-agent"
owner = "{owner}"
# true: every action must present a signed credential (docs/identity.md);
# false: an action without one runs as the default agent, unauthenticated.
require_credentials = false

[flow]
# Session data flow (docs/flow.md): tool outputs are untrusted unless the tool
# manifest says otherwise, and values that came from them steer policy.
enabled = true
# lockdown: once a session has seen untrusted content, every side effect
# needs approval. Sessions can also opt in one by one (Session(lockdown=True)).
lockdown = false
"""

TOOLS_TEMPLATE = """\
# Project tool manifest: entries here override the shipped ones tool by tool.
# Example:
#
# [tools.send_invoice]
# description = "Pay an invoice"
# capabilities = ["egress"]
# targets = { payee_url = "url" }
# output = { structured = ["invoice_id"], free_text = ["memo"] }
"""


@dataclass(frozen=True)
class Config:
    """A loaded project configuration, every path absolute."""

    home: Path
    """The `.lictor` folder."""
    workspace: Path
    """Workspace root agents work in."""
    database: str
    """SQLAlchemy URL or SQLite path of the store."""
    audit_mode: str
    """`durable` or `fast`."""
    signing_key: Path
    """Ed25519 key that signs audit checkpoints."""
    checkpoint_every: int
    """Records between signed Merkle checkpoints."""
    policy_dir: Path
    """Folder of `.cedar` files (and optionally the schema)."""
    manifests: tuple[Path, ...]
    """Project tool manifests layered over the shipped one."""
    default_agent: str
    """Principal for actions without a credential."""
    owner: str
    """Accountable human for the default agent."""
    require_credentials: bool = False
    """Deny actions that present no credential (else they run as the default agent)."""
    flow_enabled: bool = True
    """Session data flow labels and provenance feed policy."""
    flow_lockdown: bool = False
    """Every session is in lockdown mode (side effects ask once untrusted content was seen)."""


def find_home(start: Path | str | None = None) -> Path:
    """The `.lictor` folder for `start`: itself, its child, or the nearest ancestor's child."""
    here = Path(start or os.getcwd()).expanduser().resolve()
    if here.name == FOLDER and (here / CONFIG_FILE).is_file():
        return here
    if (here / CONFIG_FILE).is_file() and not (here / FOLDER).is_dir():
        return here
    for folder in (here, *here.parents):
        if (folder / FOLDER / CONFIG_FILE).is_file():
            return folder / FOLDER
    raise ConfigError(f"no Lictor project at {here} or above (run `lictor init`)")


def load_config(start: Path | str | None = None) -> Config:
    """Load and check `.lictor/config.toml`; ConfigError naming the field on bad input."""
    home = find_home(start)
    path = home / CONFIG_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None

    def section(name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: [{name}] must be a table")
        return value

    def text(sec: dict[str, Any], key: str, default: str, where: str) -> str:
        value = sec.get(key, default)
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{path}: {where}.{key} must be a non-empty string")
        return value

    ws, audit, policy, tools, agent, flow = (
        section(s) for s in ("workspace", "audit", "policy", "tools", "agent", "flow")
    )
    for key in ("enabled", "lockdown"):
        if not isinstance(flow.get(key, False), bool):
            raise ConfigError(f"{path}: flow.{key} must be true or false")
    if not isinstance(agent.get("require_credentials", False), bool):
        raise ConfigError(f"{path}: agent.require_credentials must be true or false")
    mode = text(audit, "mode", "durable", "audit")
    if mode not in AUDIT_MODES:
        raise ConfigError(
            f"{path}: audit.mode must be one of {', '.join(AUDIT_MODES)}, not {mode!r}"
        )
    every = audit.get("checkpoint_every", 1024)
    if not isinstance(every, int) or isinstance(every, bool) or every < 1:
        raise ConfigError(f"{path}: audit.checkpoint_every must be a positive integer")
    manifests = tools.get("manifests", [])
    if not isinstance(manifests, list) or not all(isinstance(m, str) for m in manifests):
        raise ConfigError(f"{path}: tools.manifests must be a list of file names")
    database = text(audit, "database", "lictor.db", "audit")
    if "://" not in database:
        database = str((home / database).resolve())
    workspace = (home / text(ws, "root", "..", "workspace")).resolve()
    if not workspace.is_dir():
        raise ConfigError(f"{path}: workspace.root {workspace} is not a folder")
    return Config(
        home=home,
        workspace=workspace,
        database=database,
        audit_mode=mode,
        signing_key=(home / text(audit, "signing_key", "keys/audit-ed25519.pem", "audit")),
        checkpoint_every=every,
        policy_dir=(home / text(policy, "dir", "policies", "policy")).resolve(),
        manifests=tuple((home / m).resolve() for m in manifests if (home / m).exists()),
        default_agent=text(agent, "default", "local-agent", "agent"),
        owner=str(agent.get("owner", "")),
        require_credentials=bool(agent.get("require_credentials", False)),
        flow_enabled=bool(flow.get("enabled", True)),
        flow_lockdown=bool(flow.get("lockdown", False)),
    )


def init_project(folder: Path | str, *, owner: str = "", force: bool = False) -> Path:
    """Create `<folder>/.lictor` with config, policies and tool manifest; return its path.

    The database and signing key are created on first open. An existing
    project is left alone unless `force`, which rewrites config and policies.
    """
    root = Path(folder).expanduser().resolve()
    if not root.is_dir():
        raise ConfigError(f"{root} is not a folder")
    home = root / FOLDER
    if (home / CONFIG_FILE).exists() and not force:
        raise ConfigError(f"{home} already exists (use --force to reset config and policies)")
    (home / "keys").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "keys", 0o700)
    owner = owner or os.environ.get("USER", "") or "owner@localhost"
    (home / CONFIG_FILE).write_text(CONFIG_TEMPLATE.format(owner=owner), encoding="utf-8")
    if not (home / "tools.toml").exists():
        (home / "tools.toml").write_text(TOOLS_TEMPLATE, encoding="utf-8")
    policies = home / "policies"
    if policies.exists() and force:
        shutil.rmtree(policies)
    shutil.copytree(shipped_pack(), policies, dirs_exist_ok=True)
    (policies / SCHEMA_FILE).write_text(shipped_schema(), encoding="utf-8")
    (home / ".gitignore").write_text("keys/\nlictor.db*\n", encoding="utf-8")
    return home

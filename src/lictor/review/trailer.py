"""The `Lictor-Agent:` commit trailer: an agent's identity, signed with the project's key.

When an agent governed by Lictor commits, the hook or gateway adds

    Lictor-Agent: <agent id>; key=<key id>; bind=tree; sig=<base64url Ed25519 signature>

The signature covers `lictor-agent/v1`, the agent id, the binding kind and the
bound value, one per line. `bind=tree` binds the commit's tree id (known
before the commit exists: `git write-tree`), so any change to the content
breaks it; `bind=patch` binds `git patch-id --stable` of the commit's diff,
which survives a rebase onto another base. The key is the project's audit
signing key (`[audit] signing_key`), so `lictor review` in the same project,
or anyone holding its public key, can verify it.
"""

from __future__ import annotations

import base64
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from lictor.audit.signing import Signer, key_id_of, signature_valid
from lictor.review.gitio import git
from lictor.review.interface import CommitInfo, ReviewError, Signal

TRAILER_KEY = "Lictor-Agent"
"""The trailer's name."""

BINDINGS = ("tree", "patch")
"""What a signature can be bound to."""

_AGENT = re.compile(r"^[A-Za-z0-9._@:/+-]{1,128}$")


def signed_message(agent: str, bind: str, value: str) -> bytes:
    """The exact bytes signed and verified."""
    return f"lictor-agent/v1\n{agent}\n{bind}\n{value}".encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def index_tree(repo: Path) -> str:
    """Tree id of what `git commit` would commit now (the index)."""
    return git(repo, "write-tree").decode().strip()


def patch_id(repo: Path, rev: str | None = None) -> str:
    """`git patch-id --stable` of a commit's diff, or of the staged diff when `rev` is None."""
    diff = (
        git(repo, "diff", "--cached", "--no-color")
        if rev is None
        else git(repo, "diff-tree", "-p", "--root", "--no-color", rev)
    )
    proc = subprocess.run(
        ["git", "-C", str(repo), "patch-id", "--stable"], input=diff, capture_output=True
    )
    out = proc.stdout.decode().split()
    if proc.returncode != 0 or not out:
        raise ReviewError("cannot compute a patch id: the change is empty")
    return out[0]


def sign_trailer(
    repo: Path, agent: str, signer: Signer, *, bind: str = "tree", rev: str | None = None
) -> str:
    """The `Lictor-Agent: ...` trailer line for the staged change (or commit `rev`)."""
    if not _AGENT.match(agent):
        raise ReviewError(f"agent id {agent!r} must be 1-128 characters of A-Z a-z 0-9 ._@:/+-")
    if bind not in BINDINGS:
        raise ReviewError(f"bind must be one of {', '.join(BINDINGS)}, not {bind!r}")
    if bind == "tree":
        value = (
            index_tree(repo)
            if rev is None
            else git(repo, "rev-parse", f"{rev}^{{tree}}").decode().strip()
        )
    else:
        value = patch_id(repo, rev)
    sig = signer.sign(signed_message(agent, bind, value))
    return f"{TRAILER_KEY}: {agent}; key={signer.key_id}; bind={bind}; sig={_b64(sig)}"


def parse_trailer(value: str) -> dict[str, str]:
    """Fields of a trailer value: agent, key, bind, sig (missing ones absent)."""
    head, *fields = [part.strip() for part in value.split(";")]
    parsed = {"agent": head}
    for field_ in fields:
        name, _, text = field_.partition("=")
        parsed[name.strip()] = text.strip()
    return parsed


def verify_trailer(
    repo: Path, commit: CommitInfo, value: str, keys: Sequence[Ed25519PublicKey]
) -> Signal:
    """A signal for one `Lictor-Agent` trailer: verified, or why not (still AI evidence)."""
    fields = parse_trailer(value)
    agent = fields.get("agent", "") or "unknown agent"
    bind = fields.get("bind", "tree")

    def unverified(why: str) -> Signal:
        return Signal("lictor-agent", agent, f"{TRAILER_KEY}: {agent} ({why})", "high", False)

    by_id = {key_id_of(k): k for k in keys}
    key = by_id.get(fields.get("key", ""))
    if key is None:
        return unverified("signed by an unknown key" if by_id else "no trusted key to verify with")
    if bind not in BINDINGS or not fields.get("sig"):
        return unverified("malformed trailer")
    try:
        bound = commit.tree if bind == "tree" else patch_id(repo, commit.sha)
        signature = _unb64(fields["sig"])
    except (ReviewError, ValueError):
        return unverified("cannot compute the bound value")
    if not signature_valid(key, signature, signed_message(agent, bind, bound)):
        return unverified(f"signature does not match this commit's {bind}")
    return Signal(
        "lictor-agent", agent, f"{TRAILER_KEY}: {agent} (signature verified)", "high", True
    )

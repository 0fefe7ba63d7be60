"""The command hook's thin client: stdin -> the resident daemon -> stdout.

A hook runs on every tool call, so this module imports only the standard
library: it sends the hook input to `lictor daemon` over its Unix socket and
prints the answer. With no daemon running it falls back to deciding
in-process (importing the gate only then); a daemon that is running but
fails, hangs or answers garbage is a deny (fail closed), never an allow.

    lictor-hook claude-code          # or: python -m lictor.adapters.hook_client claude-code
    lictor-hook cursor
    python -S .../lictor/adapters/hook_client.py claude-code   # what `hook install` writes

Run as a file with `-S` it skips even site-packages set-up (a few ms per call);
site is set up only when the slow in-process path needs the gate.
"""

from __future__ import annotations

import _socket  # the C module: `socket` would pull in enum and selectors, ~10 ms per hook
import errno
import os
import sys

SOCKET_NAME = "daemon.sock"
"""The daemon's socket inside the project's `.lictor` folder."""
DEFAULT_TIMEOUT_S = 10.0
"""How long to wait for the daemon's answer before denying ($LICTOR_HOOK_TIMEOUT)."""
MAX_REPLY_BYTES = 4 * 1024 * 1024
"""Larger replies are treated as a broken daemon."""
AGENTS = {"claude-code": "lictor.adapters.claude_code", "cursor": "lictor.adapters.cursor"}
"""Hook dialects the client speaks, and the adapter module that answers each."""


class DaemonAbsent(Exception):
    """No daemon listens for this project: decide in-process instead."""


class DaemonFailed(Exception):
    """A daemon is there but did not answer properly: deny."""


def find_socket() -> str | None:
    """$LICTOR_SOCKET, else `.lictor/daemon.sock` in the project dir or the nearest above it."""
    explicit = os.environ.get("LICTOR_SOCKET")
    if explicit:
        return explicit
    starts = [
        os.environ.get("LICTOR_PROJECT", ""),
        os.environ.get("CLAUDE_PROJECT_DIR", ""),
        os.getcwd(),
    ]
    for start in starts:
        if not start:
            continue
        here = os.path.abspath(start)
        if os.path.basename(here) == ".lictor":
            here = os.path.dirname(here)
        while True:
            candidate = os.path.join(here, ".lictor", SOCKET_NAME)
            if os.path.exists(candidate):
                return candidate
            if os.path.isfile(os.path.join(here, ".lictor", "config.toml")):
                break  # the project is here; its daemon is not running
            parent = os.path.dirname(here)
            if parent == here:
                break
            here = parent
    return None


def ask_daemon(path: str, agent: str, raw: bytes, timeout: float) -> dict[str, object]:
    """Send one hook input to the daemon and return its reply."""
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        try:
            sock.connect(path)
        except FileNotFoundError:
            raise DaemonAbsent(path) from None
        except OSError as e:
            if e.errno in (errno.ECONNREFUSED, errno.ENOENT):
                raise DaemonAbsent(path) from None  # a stale socket file: nobody listens
            raise DaemonFailed(f"cannot connect to the daemon at {path}: {e.strerror}") from None
        try:
            sock.sendall(agent.encode("ascii") + b"\n" + raw)
            sock.shutdown(_socket.SHUT_WR)
            chunks = []
            size = 0
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_REPLY_BYTES:
                    raise DaemonFailed("the daemon's reply is too large")
                chunks.append(chunk)
        except TimeoutError:
            raise DaemonFailed(f"the daemon did not answer within {timeout:g} s") from None
        except OSError as e:
            raise DaemonFailed(f"the daemon connection failed: {e.strerror or e}") from None
    finally:
        sock.close()
    return parse_reply(b"".join(chunks))


def parse_reply(data: bytes) -> dict[str, object]:
    """`<exit>\\n<stdout length>\\n<stdout><stderr>`, UTF-8: no JSON parser to import."""
    try:
        code, length, rest = data.split(b"\n", 2)
        size = int(length)
        if size < 0 or size > len(rest):
            raise ValueError
        return {
            "exit": int(code),
            "stdout": rest[:size].decode("utf-8"),
            "stderr": rest[size:].decode("utf-8"),
        }
    except ValueError:
        raise DaemonFailed("the daemon's reply is not in the hook reply format") from None


def format_reply(reply: dict[str, object]) -> bytes:
    """The daemon's side of `parse_reply`."""
    out = str(reply["stdout"]).encode("utf-8")
    err = str(reply["stderr"]).encode("utf-8")
    return b"%d\n%d\n" % (int(str(reply["exit"])), len(out)) + out + err


def fail_closed(agent: str, reason: str) -> dict[str, object]:
    """The deny each dialect understands, without importing the adapters."""
    line = f"lictor: {reason}; denied (fail closed)"
    if agent == "cursor":
        import json  # only on this rare path: the fast path never parses JSON

        deny = {"permission": "deny", "user_message": line, "agent_message": line}
        return {"stdout": json.dumps(deny), "stderr": line, "exit": 0}
    return {"stdout": "", "stderr": line, "exit": 2}


def in_process(agent: str, raw: bytes) -> dict[str, object]:
    """No daemon: open the gate here (the slow path) and answer."""
    from importlib import import_module

    if sys.flags.no_site:  # started with -S: make site-packages (and lictor) importable now
        import site

        site.main()
    from lictor.adapters.claude_code import answer_in_process

    module = import_module(AGENTS[agent])
    reply = answer_in_process(module.answer, raw, agent)
    return reply.as_dict()


def run(agent: str, raw: bytes) -> dict[str, object]:
    """Answer one hook input: daemon first, in-process when none runs, deny when it fails."""
    if agent not in AGENTS:
        return fail_closed("claude-code", f"unknown hook dialect {agent!r}")
    try:
        timeout = float(os.environ.get("LICTOR_HOOK_TIMEOUT", DEFAULT_TIMEOUT_S))
    except ValueError:
        timeout = DEFAULT_TIMEOUT_S
    path = find_socket()
    try:
        if path is None:
            raise DaemonAbsent("no socket")
        return ask_daemon(path, agent, raw, timeout)
    except DaemonAbsent:
        pass
    except DaemonFailed as e:
        return fail_closed(agent, str(e))
    try:
        return in_process(agent, raw)
    except Exception as e:  # never a traceback, never an allow
        return fail_closed(agent, f"in-process decision failed ({type(e).__name__}: {e})")


def main(argv: list[str] | None = None) -> int:
    """Console entry point: `lictor-hook <agent>` with the hook input on stdin."""
    args = sys.argv[1:] if argv is None else argv
    agent = args[0] if args else "claude-code"
    try:
        raw = sys.stdin.buffer.read()
    except OSError as e:
        raw = b""
        sys.stderr.write(f"lictor: cannot read stdin: {e}\n")
    reply = run(agent, raw)
    if reply["stdout"]:
        sys.stdout.write(str(reply["stdout"]) + "\n")
    if reply["stderr"]:
        sys.stderr.write(str(reply["stderr"]) + "\n")
    sys.stdout.flush()
    code = reply["exit"]
    return code if isinstance(code, int) else 2


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]  # run as a file: its folder's modules must not shadow anything
    sys.exit(main())

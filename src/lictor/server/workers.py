"""`lictor serve --workers N`: N server processes on one port and one store.

Each worker binds its own listening socket with SO_REUSEPORT, so the kernel
spreads connections across the workers. (One socket shared by every worker,
as uvicorn's own `--workers` does, lets whichever worker wakes first accept a
whole burst of connections: under keep-alive load one worker did all the
work.) Each worker opens its own gate on the shared store; the audit chain
takes the store's writer lock per append, so the workers extend one chain.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import multiprocessing.synchronize
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from types import FrameType

from lictor.server.app import AUDIT_ENV, HOME_ENV

STOP_WAIT_S = 15.0
"""How long workers get to finish after Ctrl-C before they are killed."""

READY_WAIT_S = 60.0
"""How long the workers get to bind and listen before the start counts as failed."""


def run_workers(
    home: str,
    audit_mode: str,
    host: str,
    port: int,
    workers: int,
    on_ready: Callable[[], None] = lambda: None,
) -> int:
    """Start the workers and wait; Ctrl-C or SIGTERM stops them all. Returns an exit code.

    `on_ready` runs once every worker is listening: before that, the kernel
    would hand every connection to the workers already up, and a keep-alive
    client would stay on them for good.
    """
    context = multiprocessing.get_context("spawn")
    listening = [context.Event() for _ in range(workers)]
    procs = [
        context.Process(
            target=_worker,
            args=(home, audit_mode, host, port, os.getpid(), listening[i]),
            name=f"lictor-worker-{i}",
        )
        for i in range(workers)
    ]
    for p in procs:
        p.start()
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for p in procs:
            if p.pid is not None and p.is_alive():
                os.kill(p.pid, signal.SIGINT)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    if _all_listening(listening, procs):
        on_ready()
    elif not stopping:
        stop(signal.SIGTERM, None)
    # One worker gone (crashed, or stopped) stops the rest: a half-served port is worse.
    multiprocessing.connection.wait([p.sentinel for p in procs])
    if not stopping:
        stop(signal.SIGTERM, None)
    for p in procs:
        p.join(STOP_WAIT_S)
        if p.is_alive():
            p.kill()
            p.join()
    return 0 if stopping else 1


def _all_listening(
    listening: list[multiprocessing.synchronize.Event],
    procs: Sequence[multiprocessing.process.BaseProcess],
) -> bool:
    """True once every worker listens; False if one died first or the wait ran out."""
    deadline = time.monotonic() + READY_WAIT_S
    while time.monotonic() < deadline:
        if all(e.is_set() for e in listening):
            return True
        if any(not p.is_alive() for p in procs):
            return False
        time.sleep(0.02)
    return False


def _worker(
    home: str,
    audit_mode: str,
    host: str,
    port: int,
    parent: int,
    listening: multiprocessing.synchronize.Event,
) -> None:
    import uvicorn

    # Its own process group: Ctrl-C reaches the parent only, which stops each
    # worker once (a second SIGINT would make uvicorn skip its graceful close).
    os.setpgrp()
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()
    os.environ[HOME_ENV] = home
    os.environ[AUDIT_ENV] = audit_mode
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    # Listening now joins the port's group: connections queue here until uvicorn accepts.
    sock.listen(2048)
    listening.set()
    config = uvicorn.Config(
        "lictor.server.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
    )
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    sys.exit(0)


def _orphan_watch(parent: int) -> None:
    # A parent killed outright cannot stop its workers: they notice and stop.
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)

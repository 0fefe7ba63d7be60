"""Several processes (or replicas on PostgreSQL) change identity state at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from lictor.errors import IdentityError
from lictor.gate import Gate
from lictor.gate import open as open_gate
from lictor.identity import IssuedCredential
from lictor.store.schema import identity_state

from .conftest import decide


def _race(workers: int, work: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    start = threading.Barrier(workers)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(n: int) -> None:
        start.wait()
        try:
            results.append(work(n))
        except BaseException as exc:  # judged by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


def test_racing_registrations_of_one_name_make_one_agent(gate: Gate) -> None:
    replica = open_gate(gate.config.home)
    try:
        identities = [gate.identity, replica.identity]
        done, refused = _race(
            6, lambda n: identities[n % 2].register_agent("twin", "bob@example.com", f"try {n}")
        )
        assert len(done) == 1
        assert len(refused) == 5
        assert all(
            isinstance(e, IdentityError) and e.rule == "lictor.identity.exists" for e in refused
        ), refused
        assert [a.name for a in replica.identity.agents()].count("twin") == 1
    finally:
        replica.close()


def test_racing_revocations_all_count_and_all_take_effect(
    gate: Gate, credential: Callable[..., IssuedCredential]
) -> None:
    # The first revocations of a database also create the generation row.
    issued = [credential("Bash(pytest *)") for _ in range(6)]
    assert decide(gate, "Bash", {"command": "pytest -q"}, issued[0].token).allowed
    replica = open_gate(gate.config.home)
    try:
        identities = [gate.identity, replica.identity]
        _, errors = _race(
            6, lambda n: identities[n % 2].revoke_credential(issued[n].jti, f"race {n}")
        )
        assert errors == []
        with gate.database.read() as conn:
            generation = conn.execute(select(identity_state.c.generation)).scalar_one()
        assert generation == 6
        for one in issued:
            denied = decide(replica, "Bash", {"command": "pytest -q"}, one.token)
            assert not denied.allowed and denied.rules == ("lictor.identity.revoked",)
    finally:
        replica.close()


def test_max_uses_hold_across_replicas(
    gate: Gate, credential: Callable[..., IssuedCredential]
) -> None:
    token = credential("Bash(pytest *)", max_uses=3).token
    replica = open_gate(gate.config.home)
    try:
        gates = [gate, replica]
        verdicts, errors = _race(
            8, lambda n: decide(gates[n % 2], "Bash", {"command": "pytest -q"}, token).allowed
        )
        assert errors == []
        assert sorted(verdicts) == [False] * 5 + [True] * 3
    finally:
        replica.close()

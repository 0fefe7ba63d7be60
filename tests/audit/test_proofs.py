"""Proof bundles an outside auditor checks without the database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lictor.audit.proofs import consistency_bundle, inclusion_bundle, verify_bundle
from lictor.errors import AuditError
from lictor.gate import Gate
from lictor.model import Action


def fill(gate: Gate, n: int) -> None:
    for i in range(n):
        gate.decide(Action("Read", {"file_path": f"src/{i}.py"}))


def keys(gate: Gate) -> dict[str, object]:
    return {gate.audit.signer.key_id: gate.audit.signer.public_key}


def test_inclusion_and_consistency_bundles_verify(gate: Gate) -> None:
    fill(gate, 37)
    old = gate.audit.height()
    fill(gate, 20)
    inc = inclusion_bundle(gate.audit, 11)
    assert "included in the signed tree of size 57" in verify_bundle(inc, keys(gate))
    con = consistency_bundle(gate.audit, old)
    assert "extends the tree of size 37" in verify_bundle(con, keys(gate))


def test_tampered_bundles_fail(gate: Gate) -> None:
    fill(gate, 10)
    inc = inclusion_bundle(gate.audit, 3)
    edited = dict(inc, body=inc["body"].replace("src/3.py", "src/X.py"))
    with pytest.raises(AuditError, match="does not match its leaf hash"):
        verify_bundle(edited, keys(gate))
    moved = dict(inc, seq=4)
    with pytest.raises(AuditError, match="does not verify"):
        verify_bundle(moved, keys(gate))
    forged = json.loads(json.dumps(inc))
    forged["checkpoint"]["size"] += 1
    with pytest.raises(AuditError, match="signature does not verify"):
        verify_bundle(forged, keys(gate))
    with pytest.raises(AuditError, match="unknown key"):
        verify_bundle(inc, {})


def test_cli_prove_and_verify_proof_with_pinned_key(workspace: Path, gate: Gate,
                                                    tmp_path: Path) -> None:
    fill(gate, 5)
    gate.close()
    cli = [sys.executable, "-m", "lictor.cli"]
    proof = subprocess.run([*cli, "audit", "prove", "--seq", "2", "-p", str(workspace)],
                           capture_output=True, text=True, timeout=60)
    assert proof.returncode == 0, proof.stderr
    bundle = tmp_path / "proof.json"
    bundle.write_text(proof.stdout)
    pem = tmp_path / "pub.pem"
    pem.write_text(gate.audit.signer.public_key_pem())
    ok = subprocess.run([*cli, "audit", "verify-proof", str(bundle), "--key", str(pem)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "verified record 2" in ok.stdout
    bundle.write_text(proof.stdout.replace('"seq": 2', '"seq": 3'))
    bad = subprocess.run([*cli, "audit", "verify-proof", str(bundle), "--key", str(pem)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "does not verify" in bad.stdout

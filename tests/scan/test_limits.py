"""Hostile inputs finish, never crash, and say what could not be scanned."""

from __future__ import annotations

import os

from lictor.scan import ScanLimits, default_scanners, redact_value, scan_value


def test_huge_string_is_partly_scanned_and_reported_unscanned() -> None:
    secret = "token ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12"
    text = secret + " " + "lorem ipsum dolor sit amet " * (12 * 1024 * 1024 // 27)
    findings = scan_value({"body": text}, default_scanners(), "output")
    kinds = {(f.scanner, f.kind) for f in findings}
    assert ("limits", "unscanned") in kinds
    assert ("secrets", "github-token") in kinds  # what was scanned is still reported


def test_deeply_nested_value_stops_at_the_depth_limit() -> None:
    value: object = "AKIAZ7QW3ERTY5UIOP2A"
    for _ in range(10_000):
        value = {"a": [value]}
    findings = scan_value(value, default_scanners(), "args")
    unscanned = [f for f in findings if f.kind == "unscanned"]
    assert unscanned and unscanned[0].severity == "medium"
    assert redact_value(value, findings) is not None


def test_cyclic_value_does_not_loop() -> None:
    value: dict[str, object] = {"x": "hello"}
    value["self"] = value
    findings = scan_value(value, default_scanners())
    assert any(f.kind == "unscanned" for f in findings)


def test_invalid_utf8_is_decoded_leniently() -> None:
    data = b"password = \xff\xfe oops; mail bob.smith@acme.io \xc3\x28"
    findings = scan_value({"raw": data}, default_scanners(), "output")
    assert {"email"} <= {f.kind for f in findings}
    assert "binary" not in {f.kind for f in findings}
    redacted = redact_value({"raw": data}, findings, "output")
    assert "bob.smith" not in redacted["raw"]


def test_binary_blob_is_reported_binary() -> None:
    blob = os.urandom(256 * 1024)
    findings = scan_value(blob, default_scanners(), "output.file")
    assert any(f.scanner == "limits" and f.kind == "binary" for f in findings)


def test_odd_types_are_unscanned_not_errors() -> None:
    findings = scan_value({"when": object(), "n": 4242424242424242, "f": 1.5}, default_scanners())
    assert any(f.kind == "unscanned" and f.location == "when" for f in findings)
    assert any(f.kind == "payment-card" and f.location == "n" for f in findings)


def test_custom_limits_apply() -> None:
    findings = scan_value(
        ["a" * 100, "b" * 100], default_scanners(), limits=ScanLimits(max_chars=150)
    )
    assert [f.location for f in findings if f.kind == "unscanned"] == ["[1]"]

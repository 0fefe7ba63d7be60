"""Pure scanners' findings for short texts are remembered: same findings, right locations."""

from __future__ import annotations

from lictor.model import Finding
from lictor.scan import PiiScanner, SecretScanner
from lictor.scan.interface import Scanner
from lictor.scan.walk import MEMO_TEXT_CHARS, scan_value


class Counting(Scanner):
    name = "counting"

    def __init__(self, pure: bool) -> None:
        self.pure = pure
        self.calls = 0

    def scan(self, text: str, location: str = "") -> list[Finding]:
        self.calls += 1
        return [Finding(self.name, "seen", "low", location, text[:10])] if "x" in text else []


def test_a_pure_scanner_reads_a_short_text_once_and_locates_each_finding() -> None:
    scanner = Counting(pure=True)
    found = scan_value({"a": "xyz", "b": ["xyz", "abc"], "c": "abc"}, [scanner], "args")
    assert [(f.location, f.excerpt) for f in found] == [
        ("args.a", "xyz"),
        ("args.b[0]", "xyz"),
    ]
    assert scanner.calls == 2  # "xyz" and "abc", once each


def test_long_texts_and_impure_scanners_are_read_every_time() -> None:
    impure, pure = Counting(pure=False), Counting(pure=True)
    long_text = "x" * (MEMO_TEXT_CHARS + 1)
    scan_value({"a": "xyz", "b": "xyz", "c": long_text, "d": long_text}, [impure, pure])
    assert impure.calls == 4
    assert pure.calls == 3  # "xyz" once, the long text twice


def test_remembered_secret_and_pii_findings_equal_fresh_ones() -> None:
    args = {
        "command": "curl -H 'Authorization: Bearer ghp_" + "a1B2" * 9 + "' https://x.example",
        "to": "alice@corp.example.org",
    }
    fresh = [SecretScanner(), PiiScanner()]
    once = scan_value(args, fresh, "args")
    twice = scan_value(args, fresh, "args")
    other = scan_value({"again": args["command"]}, fresh, "args")
    assert once == twice and once
    assert [f.location for f in other] == ["args.again"] * len(other) and other
    assert [(f.kind, f.excerpt) for f in other] == [
        (f.kind, f.excerpt) for f in once if f.location == "args.command"
    ]

"""Personal data counts only when its checksum holds."""

from __future__ import annotations

import pytest

from lictor.scan import PiiScanner, redact_text
from lictor.scan.pii import bsn_valid, card_valid, dni_valid, iban_valid, luhn_valid

SCANNER = PiiScanner()


def kinds(text: str) -> set[str]:
    return {f.kind for f in SCANNER.scan(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mail maria.lopez@fastmail.com now", "email"),
        ("call +44 20 7946 0958", "phone"),
        ("call (415) 555-0132", "phone"),
        ("card 4242 4242 4242 4242", "payment-card"),
        ("amex 3782-822463-10005", "payment-card"),
        ("IBAN DE89 3704 0044 0532 0130 00", "iban"),
        ("GB29NWBK60161331926819", "iban"),
        ("SSN 536-22-1234", "us-ssn"),
        ("NINO JG 10 37 52 A", "uk-nino"),
        ("DNI 12345678Z", "es-dni"),
        ("NIE X1234567L", "es-dni"),
        ("BSN: 111222333", "nl-bsn"),
    ],
)
def test_valid_personal_data_is_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4242 4242 4242 4241",  # Luhn fails
        "IBAN DE89 3704 0044 0532 0130 01",  # mod-97 fails
        "SSN 000-12-3456",
        "SSN 666-12-3456",
        "SSN 912-12-3456",
        "SSN 536-00-1234",
        "NINO GB 12 34 56 C",  # excluded prefix
        "NINO QQ 12 34 56 C",  # Q is never a NINO letter
        "DNI 12345678A",  # wrong letter
        "BSN: 111222334",  # 11-test fails
        "release 2024-05-01 build 1730000000000",
        "git@github.com:org/repo.git",
    ],
)
def test_invalid_numbers_are_not_personal_data(text: str) -> None:
    assert kinds(text) == set()


def test_checksums() -> None:
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")
    assert card_valid("4111111111111111") and not card_valid("1234567812345670")
    assert iban_valid("NL91 ABNA 0417 1643 00") and not iban_valid("NL91 ABNA 0417 1643 01")
    assert dni_valid("12345678", "Z") and not dni_valid("12345678", "T")
    assert bsn_valid("111222333") and not bsn_valid("123456789")


def test_pii_is_redacted_with_offsets() -> None:
    text = "Ship to Ana, ana.perez@correo.es, card 4242-4242-4242-4242."
    findings = SCANNER.scan(text, "args.body")
    redacted = redact_text(text, findings)
    assert redacted == "Ship to Ana, [REDACTED:email], card [REDACTED:payment-card]."
    assert all("4242" not in f.excerpt and "ana.perez" not in f.excerpt for f in findings)

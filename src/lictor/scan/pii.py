"""Personal data in text: e-mail, phone numbers and checksum-valid card, bank and id numbers.

Numbers with a checksum (cards, IBAN, SSN ranges, DNI letters, BSN 11-test) count only when
the checksum holds, which keeps order ids, timestamps and hashes from being reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lictor.model import Finding
from lictor.scan.interface import Scanner
from lictor.scan.redact import masked_excerpt
from lictor.scan.secrets import MAX_FINDINGS


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# Issuer prefixes of the card networks people actually carry; Luhn alone passes 1 in 10.
_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|35")


def card_valid(digits: str) -> bool:
    """Plausible payment card number: 13-19 digits, a known issuer prefix, Luhn-valid."""
    return (
        13 <= len(digits) <= 19
        and bool(_CARD_PREFIX.match(digits))
        and len(set(digits)) > 1
        and luhn_valid(digits)
    )


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip
"""IBAN length per country (ISO 13616 registry)."""


def iban_valid(iban: str) -> bool:
    """True for an IBAN of the right length for its country whose mod-97 check equals 1."""
    iban = iban.replace(" ", "").upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """US SSN issuance rules: no 000/666/9xx area, no 00 group, no 0000 serial."""
    return (
        area not in {"000", "666"}
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(number: str, letter: str) -> bool:
    """Spanish DNI/NIE: the letter is the number mod 23 in the official table."""
    prefix = {"X": "0", "Y": "1", "Z": "2"}
    digits = prefix.get(number[0], number[0]) + number[1:]
    return digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == letter.upper()


def bsn_valid(digits: str) -> bool:
    """Dutch BSN 11-test: weights 9..2 and -1 on nine digits, sum divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def nino_valid(prefix: str, suffix: str) -> bool:
    """UK National Insurance number prefix rules (HMRC): excluded pairs and letters."""
    return prefix.upper() not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"} and suffix in "ABCD"


@dataclass(frozen=True)
class PiiRule:
    """One pattern for one kind of personal data."""

    kind: str
    """Stable slug reported as `Finding.kind`."""
    pattern: re.Pattern[str]
    """Compiled pattern; the whole match is the personal data."""
    severity: str
    """Severity of a valid match."""
    check: Callable[[re.Match[str]], bool]
    """Validation (checksum, ranges, digit counts) a match must pass."""
    hint: re.Pattern[str] | None = None
    """Pattern that must occur somewhere in the text before this rule is tried (speed)."""


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_ok(match: re.Match[str]) -> bool:
    count = len(_digits(match.group()))
    return 9 <= count <= 15


_EXAMPLE_EMAIL = re.compile(r"@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$|@localhost$", re.I)

PII_RULES: tuple[PiiRule, ...] = (
    PiiRule(
        "email",
        re.compile(
            r"[A-Za-z0-9](?<![A-Za-z0-9._%+\-][A-Za-z0-9])[A-Za-z0-9._%+\-]{0,63}@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9])"
        ),
        "medium",
        # `git@github.com:org/repo` is an SSH remote, not a person.
        lambda m: not m.group().lower().startswith("git@"),
        hint=re.compile("@"),
    ),
    PiiRule(
        "payment-card",
        re.compile(r"\d(?<![\d\-]\d)(?:[ \-]?\d){12,18}(?!\d)"),
        "high",
        lambda m: card_valid(_digits(m.group())),
        hint=re.compile(r"\d{4}"),
    ),
    PiiRule(
        "iban",
        re.compile(
            r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])"
        ),
        "high",
        lambda m: iban_valid(m.group()),
        hint=re.compile(r"[A-Z]{2}\d{2}"),
    ),
    PiiRule(
        "us-ssn",
        re.compile(r"(\d(?<![\d\-]\d)\d\d)-(\d{2})-(\d{4})(?![\d\-])"),
        "high",
        lambda m: ssn_valid(m.group(1), m.group(2), m.group(3)),
    ),
    PiiRule(
        "uk-nino",
        re.compile(
            r"([A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9][A-Z])[A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2})"
            r" ?([A-D])(?![A-Za-z0-9])"
        ),
        "high",
        lambda m: nino_valid(m.group(1), m.group(5)),
    ),
    PiiRule(
        "es-dni",
        re.compile(r"(?<![A-Za-z0-9])([XYZ]\d{7}|\d{8})-?([A-Za-z])(?![A-Za-z0-9])"),
        "high",
        lambda m: dni_valid(m.group(1), m.group(2)),
    ),
    PiiRule(
        "nl-bsn",
        # Nine bare digits are everywhere; only count them next to the word that names them.
        re.compile(
            r"(?i:\b(?:bsn|burgerservicenummer|sofinummer)\b)[^0-9\n]{0,20}(\d{4}\.?\d{2}\.?\d{3}"
            r"|\d{9})"
            r"(?!\d)"
        ),
        "high",
        lambda m: bsn_valid(_digits(m.group(1))),
        hint=re.compile(r"(?i)bsn|burgerservice|sofi"),
    ),
    PiiRule(
        "phone",
        re.compile(
            # E.164 with optional grouping, or national formats that use separators.
            r"(?<![\w+])\+[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,4}\)?){2,5}(?!\d)"
            # National forms must not be a slice of a longer digit group (IBANs, card numbers).
            r"|(?<![\w.\-])(?<!\d[ \-])\(?0\d{1,4}\)?[ \-]\d{3,4}[ \-]?\d{3,4}(?![\w.\-]|[ \-]\d)"
            r"|(?<![\w.\-])(?<!\d[ \-])\(?[2-9]\d{2}\)?[ .\-]\d{3}[ .\-]\d{4}(?![\w.\-]|[ \-]\d)"
        ),
        "medium",
        _phone_ok,
    ),
)
"""Rules in priority order: an earlier rule's span wins over a later overlapping one."""


def _span(match: re.Match[str], kind: str) -> tuple[int, int]:
    # The BSN pattern includes its keyword; only the number itself is personal data.
    return match.span(1) if kind == "nl-bsn" else match.span()


class PiiScanner(Scanner):
    """Personal data: e-mail, phone, cards, IBAN, US SSN, UK NINO, Spanish DNI, Dutch BSN."""

    name = "pii"
    pure = True

    def scan(self, text: str, location: str = "") -> list[Finding]:
        taken: list[tuple[int, int]] = []
        findings: list[Finding] = []
        for kind, severity, start, end in self._candidates(text):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            value = text[start:end]
            if kind == "email" and _EXAMPLE_EMAIL.search(value):
                severity = "low"
            findings.append(
                Finding(
                    scanner=self.name,
                    kind=kind,
                    severity=severity,
                    location=location,
                    excerpt=masked_excerpt(value, kind),
                    start=start,
                    end=end,
                )
            )
            if len(findings) >= MAX_FINDINGS:
                break
        return findings

    def _candidates(self, text: str) -> Iterator[tuple[str, str, int, int]]:
        for rule in PII_RULES:
            if rule.hint is not None and not rule.hint.search(text):
                continue
            for match in rule.pattern.finditer(text):
                if rule.check(match):
                    start, end = _span(match, rule.kind)
                    yield rule.kind, rule.severity, start, end

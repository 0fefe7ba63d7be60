"""Content scanners: secrets and personal data in outgoing values, prompt injection in
incoming text, behind one `Scanner` interface.

    findings = scan_value(args, default_scanners(), "args")
    safe = redact_value(args, findings, "args")
"""

from __future__ import annotations

from functools import cache

from lictor.scan.injection import InjectionScanner, TransformerInjectionScanner, assess
from lictor.scan.interface import ScanLimits, Scanner
from lictor.scan.pii import PiiScanner
from lictor.scan.redact import redact_text, redact_value
from lictor.scan.secrets import SecretScanner
from lictor.scan.walk import scan_value


@cache
def _shared_scanners() -> tuple[Scanner, ...]:
    # Compiling detect-secrets' plugins costs ~0.2 s: do it once per process.
    return (SecretScanner(), PiiScanner(), InjectionScanner())


def default_scanners() -> list[Scanner]:
    """Secrets, PII and injection scanners; shared, stateless instances built once."""
    return list(_shared_scanners())


__all__ = [
    "InjectionScanner",
    "PiiScanner",
    "ScanLimits",
    "Scanner",
    "SecretScanner",
    "TransformerInjectionScanner",
    "assess",
    "default_scanners",
    "redact_text",
    "redact_value",
    "scan_value",
]

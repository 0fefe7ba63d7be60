"""CWE, OWASP and MITRE ATLAS ids for findings, read from `taxonomy.toml`."""

from __future__ import annotations

import dataclasses
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from lictor.review.interface import CodeFinding


@cache
def _table() -> dict[str, Any]:
    text = resources.files("lictor.review").joinpath("taxonomy.toml").read_text("utf-8")
    return tomllib.loads(text)


def classify(finding: CodeFinding) -> CodeFinding:
    """The finding with its CWE (the data's, else the scanner's), OWASP and ATLAS ids."""
    table = _table()
    rule: dict[str, Any] = table["rules"].get(finding.key, {})
    scanner: dict[str, Any] = table.get("scanners", {}).get(finding.scanner, {})
    cwe = int(rule.get("cwe", 0)) or finding.cwe or int(scanner.get("cwe", 0))
    owasp = list(finding.owasp)
    top10 = table["cwe"].get(str(cwe))
    if top10:
        owasp.append(top10)
    owasp += rule.get("owasp", scanner.get("owasp", []))
    atlas = list(finding.atlas) + rule.get("atlas", scanner.get("atlas", []))
    return dataclasses.replace(
        finding,
        cwe=cwe,
        owasp=tuple(dict.fromkeys(owasp)),
        atlas=tuple(dict.fromkeys(atlas)),
    )

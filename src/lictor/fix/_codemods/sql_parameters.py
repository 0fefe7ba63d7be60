"""SQL built by string formatting -> a parameterised query, when the driver is known.

Only values in value positions (after `=`, `<`, `LIKE`, inside `VALUES (...)` or
`IN (...)`) become parameters; a formatted table or column name, or a value
spliced into the middle of a quoted string, cannot be a parameter and is left
for a human.
"""

from __future__ import annotations

import re

import libcst as cst

from lictor.fix._codemods._cst import calls_at, imported_names, literal_string, replace
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_DRIVERS = {"sqlite3": "?", "psycopg": "%s", "psycopg2": "%s", "pymysql": "%s", "MySQLdb": "%s"}
_VALUE_POSITION = re.compile(
    r"(=|<|>|<=|>=|<>|!=|\blike|\blimit|\boffset)\s*$|(\bvalues\s*\(|\bin\s*\()[^)]*$",
    re.IGNORECASE,
)
_ADVICE = "pass values as parameters: cursor.execute(sql_with_placeholders, (value, ...))"

Part = str | cst.BaseExpression


def _parts(node: cst.BaseExpression) -> list[Part] | None:
    """The query as literal text and value expressions, or None when it is not recognised."""
    if isinstance(node, cst.FormattedString):
        if "b" in node.prefix.lower():
            return None
        parts: list[Part] = []
        for p in node.parts:
            if isinstance(p, cst.FormattedStringText):
                parts.append(p.value)
            elif isinstance(p, cst.FormattedStringExpression):
                if p.format_spec is not None or p.conversion is not None:
                    return None
                parts.append(p.expression)
        return parts
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Modulo):
        fmt = literal_string(node.left)
        if fmt is None or re.search(r"%\(|%[^sd%]", fmt):
            return None
        values = (
            [e.value for e in node.right.elements]
            if isinstance(node.right, cst.Tuple)
            else [node.right]
        )
        pieces = re.split(r"%[sd]", fmt.replace("%%", "\0"))
        if len(pieces) != len(values) + 1:
            return None
        parts = [pieces[0].replace("\0", "%")]
        for value, text in zip(values, pieces[1:], strict=True):
            parts += [value, text.replace("\0", "%")]
        return parts
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left, right = _parts(node.left), _parts(node.right)
        return left + right if left is not None and right is not None else None
    text = literal_string(node)
    if text is not None:
        return [text]
    if isinstance(node, cst.Name | cst.Attribute | cst.Subscript | cst.Call):
        return [node]
    return None


def parameterise(parts: list[Part], marker: str) -> tuple[str, list[cst.BaseExpression]] | str:
    """(sql with markers, values) or the reason it cannot be done."""
    sql, values = "", []
    for i, part in enumerate(parts):
        if isinstance(part, str):
            sql += part
            continue
        quote = sql[-1:] if sql[-1:] in {"'", '"'} else ""
        before = sql[:-1] if quote else sql
        if not _VALUE_POSITION.search(before):
            return "a formatted value is not in a value position (an identifier or clause)"
        following = parts[i + 1] if i + 1 < len(parts) else ""
        if quote:
            if not isinstance(following, str) or not following.startswith(quote):
                return "a value is spliced into the middle of a quoted string"
            parts[i + 1] = following[1:]
        sql = before + marker
        values.append(part)
    if not values:
        return "no formatted values found"
    return sql, values


class SqlParameters(Codemod):
    """Suggest-only: the query's text changes shape, the project's tests must confirm it."""

    name = "sql-parameters"
    handles = frozenset(
        {
            "bandit:B608",
            "semgrep:lictor.python.sql-string-format",
            "semgrep:lictor.python.llm-output-to-sql",
        }
    )

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        drivers = {v.split(".")[0] for v in imports.values()} & set(_DRIVERS)
        calls = calls_at(module, finding.line, lambda n: n.endswith((".execute", ".executemany")))
        if not calls:
            return self.skip(finding, "the query is not built inside an execute() call", _ADVICE)
        call = calls[0]
        if len(drivers) != 1:
            return self.skip(
                finding,
                "database driver unknown (placeholder style cannot be chosen)"
                if not drivers
                else "several database drivers imported",
                _ADVICE,
            )
        marker = _DRIVERS[drivers.pop()]
        if len(call.args) != 1 or call.args[0].keyword is not None:
            return self.skip(finding, "execute() already takes parameters or keywords", _ADVICE)
        parts = _parts(call.args[0].value)
        if parts is None or all(isinstance(p, str) for p in parts):
            return self.skip(finding, "the query's construction is not recognised", _ADVICE)
        result = parameterise(list(parts), marker)
        if isinstance(result, str):
            return self.skip(finding, result, _ADVICE)
        sql, values = result
        if marker == "%s" and "%" in sql.replace("%s", ""):
            sql = sql.replace("%", "%%").replace("%%s", "%s")
        elements = [cst.Element(v) for v in values]
        params = cst.Tuple(
            elements if len(elements) > 1 else [cst.Element(values[0], comma=cst.Comma())]
        )
        new_args = [
            cst.Arg(
                cst.SimpleString(repr(sql)),
                comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")),
            ),
            cst.Arg(params),
        ]
        return Plan(
            self.name,
            finding,
            Tier.SUGGEST,
            f"query parameters with {marker!r} placeholders ({len(values)} value(s))",
            replace(module, call, call.with_changes(args=new_args)),
        )

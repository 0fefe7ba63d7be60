"""LibCST plumbing shared by the codemods: find the node a finding points at, rewrite it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import libcst as cst
from libcst.helpers import get_full_name_for_node
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

N = TypeVar("N", bound=cst.CSTNode)


def nodes_at(module: cst.Module, line: int, kind: type[N]) -> list[N]:
    """Nodes of `kind` whose span covers `line`, innermost first."""
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions = wrapper.resolve(PositionProvider)
    found: list[tuple[int, N]] = []
    for node, where in positions.items():
        if (
            isinstance(node, kind)
            and isinstance(where, CodeRange)
            and where.start.line <= line <= where.end.line
        ):
            found.append((where.end.line - where.start.line, node))
    found.sort(key=lambda pair: pair[0])
    return [node for _, node in found]


def calls_at(module: cst.Module, line: int, accept: Callable[[str], bool]) -> list[cst.Call]:
    """Calls covering `line` whose dotted callee name passes `accept`, innermost first."""
    return [c for c in nodes_at(module, line, cst.Call) if accept(callee(c))]


def callee(call: cst.Call) -> str:
    """Dotted name of what is called (`yaml.load`), or empty for computed callees."""
    return get_full_name_for_node(call.func) or ""


def keyword(call: cst.Call, name: str) -> cst.Arg | None:
    """The keyword argument `name`, if given."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def is_name(node: cst.BaseExpression | None, value: str) -> bool:
    """True for the bare name `value` (True, False, None included)."""
    return isinstance(node, cst.Name) and node.value == value


def literal_string(node: cst.BaseExpression) -> str | None:
    """The value of a plain (non-f, non-bytes) string literal, else None."""
    if isinstance(node, cst.SimpleString) and "b" not in node.prefix.lower():
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        left, right = literal_string(node.left), literal_string(node.right)
        return left + right if left is not None and right is not None else None
    return None


def without_keyword(call: cst.Call, name: str) -> cst.Call:
    """The call with keyword `name` removed and the trailing comma tidied."""
    args = [a for a in call.args if not (a.keyword is not None and a.keyword.value == name)]
    if args:
        args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return call.with_changes(args=args)


def with_keyword(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """The call with keyword `name` set to `value` (replacing or appending)."""
    new_arg = cst.Arg(
        value=value,
        keyword=cst.Name(name),
        equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
    )
    args = list(call.args)
    for i, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == name:
            args[i] = new_arg.with_changes(comma=arg.comma)
            return call.with_changes(args=args)
    if args:
        args[-1] = args[-1].with_changes(
            comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        )
    return call.with_changes(args=[*args, new_arg])


def replace(module: cst.Module, old: cst.CSTNode, new: cst.CSTNode) -> cst.Module:
    """`module` with the node `old` (by identity) replaced."""
    result = module.deep_replace(old, new)
    assert isinstance(result, cst.Module)
    return result


def expr(code: str) -> cst.BaseExpression:
    """Parse an expression."""
    return cst.parse_expression(code)


def imported_names(module: cst.Module) -> dict[str, str]:
    """Local name -> dotted origin of top-level imports (`np` -> `numpy`, `load` -> `yaml.load`)."""
    names: dict[str, str] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Import):
                for alias in small.names:
                    full = get_full_name_for_node(alias.name) or ""
                    if alias.asname is not None:
                        local = get_full_name_for_node(alias.asname.name) or full
                        names[local] = full
                    else:
                        names[full.split(".")[0]] = full.split(".")[0]
            elif isinstance(small, cst.ImportFrom) and not isinstance(small.names, cst.ImportStar):
                base = get_full_name_for_node(small.module) if small.module else ""
                for alias in small.names:
                    full = get_full_name_for_node(alias.name) or ""
                    local = (
                        get_full_name_for_node(alias.asname.name) if alias.asname else full
                    ) or full
                    names[local] = f"{base}.{full}"
    return names


def resolve(name: str, imports: dict[str, str]) -> str:
    """Dotted callee name with its first part resolved through the module's imports."""
    head, _, rest = name.partition(".")
    origin = imports.get(head, head)
    return f"{origin}.{rest}" if rest else origin


def context_names(module: cst.Module, line: int) -> str:
    """Lower-cased names around `line`: enclosing functions and classes, assigned targets."""
    words: list[str] = []
    for node in nodes_at(module, line, cst.FunctionDef):
        words.append(node.name.value)
    for cls in nodes_at(module, line, cst.ClassDef):
        words.append(cls.name.value)
    for stmt in nodes_at(module, line, cst.SimpleStatementLine):
        for small in stmt.body:
            if isinstance(small, cst.Assign):
                words += [get_full_name_for_node(t.target) or "" for t in small.targets]
            elif isinstance(small, cst.AnnAssign | cst.AugAssign):
                words.append(get_full_name_for_node(small.target) or "")
            elif isinstance(small, cst.Return):
                words.append("return")
    return " ".join(words).lower()

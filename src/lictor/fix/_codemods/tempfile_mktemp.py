"""`path = tempfile.mktemp(...)` -> `fd, path = tempfile.mkstemp(...)` + `os.close(fd)`."""

from __future__ import annotations

import libcst as cst
from libcst.helpers import get_full_name_for_node

from lictor.fix._codemods._cst import callee, calls_at, expr, imported_names, nodes_at, resolve
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_KEEP = {"suffix", "prefix", "dir"}


class _Uses(cst.CSTVisitor):
    """Counts how a name is used: as open()'s first argument, or otherwise."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.in_open = 0
        self.other = 0
        self._open_args: set[int] = set()

    def visit_Call(self, node: cst.Call) -> None:
        if get_full_name_for_node(node.func) in {"open", "io.open"} and node.args:
            self._open_args.add(id(node.args[0].value))

    def visit_Name(self, node: cst.Name) -> None:
        if node.value == self.name:
            if id(node) in self._open_args:
                self.in_open += 1
            else:
                self.other += 1


class _Splice(cst.CSTTransformer):
    """Replaces one statement (by identity) with several."""

    def __init__(self, old: cst.SimpleStatementLine, new: list[cst.SimpleStatementLine]) -> None:
        self.old, self.new = old, new

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.FlattenSentinel[cst.SimpleStatementLine]:
        return cst.FlattenSentinel(self.new) if original_node is self.old else updated_node


class TempfileMktemp(Codemod):
    """mkstemp creates the file (mode 0600) atomically; auto only when the name is just opened."""

    name = "tempfile-mktemp"
    handles = frozenset({"bandit:B306", "semgrep:lictor.python.tempfile-mktemp"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(module, finding.line, lambda n: resolve(n, imports) == "tempfile.mktemp")
        if not calls:
            return self.skip(finding, "no tempfile.mktemp call at the reported line")
        call = calls[0]
        advice = "use tempfile.mkstemp() (returns an open fd and a path) or NamedTemporaryFile"
        statements = nodes_at(module, finding.line, cst.SimpleStatementLine)
        stmt = statements[0] if statements else None
        if (
            stmt is None
            or len(stmt.body) != 1
            or not isinstance(stmt.body[0], cst.Assign)
            or stmt.body[0].value is not call
            or len(stmt.body[0].targets) != 1
            or not isinstance(stmt.body[0].targets[0].target, cst.Name)
        ):
            return self.skip(
                finding, "mktemp() is not a plain `name = tempfile.mktemp(...)`", advice
            )
        if any(a.keyword is None or a.keyword.value not in _KEEP for a in call.args):
            return self.skip(finding, "mktemp() arguments other than suffix/prefix/dir", advice)
        target = stmt.body[0].targets[0].target
        assert isinstance(target, cst.Name)
        scope = next(iter(nodes_at(module, finding.line, cst.FunctionDef)), None)
        uses = _Uses(target.value)
        (scope or module).visit(uses)
        tier = Tier.AUTO if uses.other <= 1 and uses.in_open >= 1 else Tier.SUGGEST
        fd = f"_{target.value}_fd"
        head = callee(call).rsplit(".", 1)[0]
        new_call = call.with_changes(func=expr(f"{head}.mkstemp"))
        assign = cst.Assign(
            targets=[
                cst.AssignTarget(
                    cst.Tuple([cst.Element(cst.Name(fd)), cst.Element(target)], lpar=[], rpar=[])
                )
            ],
            value=new_call,
        )
        close = cst.SimpleStatementLine([cst.Expr(expr(f"os.close({fd})"))])
        new_stmt = stmt.with_changes(body=[assign])
        replaced = module.visit(_Splice(stmt, [new_stmt, close]))
        why = (
            "the path is only opened afterwards"
            if tier is Tier.AUTO
            else ("the path is used beyond open(): the file now exists before that use")
        )
        return Plan(
            self.name,
            finding,
            tier,
            f"mktemp -> mkstemp (file created securely; {why})",
            replaced,
            imports=(("os", None),),
        )

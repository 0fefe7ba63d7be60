"""`jinja2.Environment(autoescape=False)` -> `autoescape=select_autoescape()`."""

from __future__ import annotations

import libcst as cst

from lictor.fix._codemods._cst import (
    callee,
    calls_at,
    expr,
    imported_names,
    is_name,
    keyword,
    replace,
    resolve,
    with_keyword,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding


class Jinja2Autoescape(Codemod):
    """select_autoescape() escapes .html/.htm/.xml and string templates, Jinja's own advice."""

    name = "jinja2-autoescape"
    handles = frozenset({"bandit:B701", "semgrep:lictor.python.jinja2-autoescape-off"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: resolve(n, imports) in {"jinja2.Environment", "jinja2.Template"},
        )
        if not calls:
            return self.skip(finding, "no jinja2.Environment/Template call at the reported line")
        call = calls[0]
        current = keyword(call, "autoescape")
        if current is not None and not is_name(current.value, "False"):
            return self.skip(
                finding,
                "autoescape is computed at run time",
                "make sure it is true for HTML templates (select_autoescape())",
            )
        if resolve(callee(call), imports) == "jinja2.Template":
            new = with_keyword(call, "autoescape", expr("True"))
            return Plan(
                self.name,
                finding,
                Tier.AUTO,
                "Template(...) -> autoescape=True",
                replace(module, call, new),
            )
        head = callee(call).split(".")[0]
        if imports.get(head) == "jinja2":
            value = expr(f"{head}.select_autoescape()")
            needs: tuple[tuple[str, str | None], ...] = ()
        else:
            value = expr("select_autoescape()")
            needs = (("jinja2", "select_autoescape"),)
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            "Environment(...) -> autoescape=select_autoescape()",
            replace(module, call, with_keyword(call, "autoescape", value)),
            imports=needs,
        )

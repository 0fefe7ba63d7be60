"""`app.run(debug=True)` -> debug only when FLASK_DEBUG=1 in the environment."""

from __future__ import annotations

import libcst as cst

from lictor.fix._codemods._cst import calls_at, expr, is_name, keyword, replace, with_keyword
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding


class FlaskDebug(Codemod):
    """Developers keep the debugger with FLASK_DEBUG=1; production never gets it by default."""

    name = "flask-debug"
    handles = frozenset({"bandit:B201", "semgrep:lictor.python.flask-debug"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        calls = [
            c
            for c in calls_at(module, finding.line, lambda n: n.endswith(".run"))
            if keyword(c, "debug") is not None
        ]
        if not calls:
            return self.skip(finding, "no .run(debug=...) call at the reported line")
        call = calls[0]
        debug = keyword(call, "debug")
        assert debug is not None
        if not is_name(debug.value, "True"):
            return self.skip(finding, "debug= is not the literal True")
        new = with_keyword(call, "debug", expr('os.environ.get("FLASK_DEBUG") == "1"'))
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            'debug=True -> debug=os.environ.get("FLASK_DEBUG") == "1"',
            replace(module, call, new),
            imports=(("os", None),),
        )

"""Remediation: deterministic LibCST codemods behind a validation loop (parse, rescan, tests).

from lictor.fix import run_fix
report = run_fix(Path("."), keep=True)        # auto tier, validated, left in place
print(report.diff)
"""

from typing import TYPE_CHECKING

from lictor._lazy import lazy_exports

if TYPE_CHECKING:
    from lictor.fix._codemods import all_codemods
    from lictor.fix.engine import run_fix
    from lictor.fix.interface import Codemod, FixError, FixOutcome, FixReport, Plan, Tier
    from lictor.fix.output import commit_branch, pr_body

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Codemod": "lictor.fix.interface",
        "FixError": "lictor.fix.interface",
        "FixOutcome": "lictor.fix.interface",
        "FixReport": "lictor.fix.interface",
        "Plan": "lictor.fix.interface",
        "Tier": "lictor.fix.interface",
        "all_codemods": "lictor.fix._codemods",
        "commit_branch": "lictor.fix.output",
        "pr_body": "lictor.fix.output",
        "run_fix": "lictor.fix.engine",
    },
)


__all__ = [
    "Codemod",
    "FixError",
    "FixOutcome",
    "FixReport",
    "Plan",
    "Tier",
    "all_codemods",
    "commit_branch",
    "pr_body",
    "run_fix",
]

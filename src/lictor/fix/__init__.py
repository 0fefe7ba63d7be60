"""Remediation: deterministic LibCST codemods behind a validation loop (parse, rescan, tests).

from lictor.fix import run_fix
report = run_fix(Path("."), keep=True)        # auto tier, validated, left in place
print(report.diff)
"""

from lictor.fix._codemods import all_codemods
from lictor.fix.engine import run_fix
from lictor.fix.interface import Codemod, FixError, FixOutcome, FixReport, Plan, Tier
from lictor.fix.output import commit_branch, pr_body

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

"""PR governance for AI-authored code: authorship, SAST and secrets, triage, risk tiers, SARIF.

from lictor.review import review, review_file
report = review(Path("."), pr="origin/main", reviewers=["alice"])
findings = review_file("src/app.py")      # fast path for agent hooks
"""

from typing import TYPE_CHECKING

from lictor._lazy import lazy_exports

if TYPE_CHECKING:
    from lictor.review.authorship import classify_commit, load_rules
    from lictor.review.interface import (
        Authorship,
        CodeFinding,
        CodeScanner,
        CommitInfo,
        ReportFormat,
        ReviewError,
        ReviewReport,
        ScannerFailure,
        ScanResult,
        Signal,
        Triaged,
    )
    from lictor.review.run import review
    from lictor.review.scanning import make_scanners, review_file, scan_paths
    from lictor.review.trailer import sign_trailer, verify_trailer

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Authorship": "lictor.review.interface",
        "CodeFinding": "lictor.review.interface",
        "CodeScanner": "lictor.review.interface",
        "CommitInfo": "lictor.review.interface",
        "ReportFormat": "lictor.review.interface",
        "ReviewError": "lictor.review.interface",
        "ReviewReport": "lictor.review.interface",
        "ScanResult": "lictor.review.interface",
        "ScannerFailure": "lictor.review.interface",
        "Signal": "lictor.review.interface",
        "Triaged": "lictor.review.interface",
        "classify_commit": "lictor.review.authorship",
        "load_rules": "lictor.review.authorship",
        "make_scanners": "lictor.review.scanning",
        "review": "lictor.review.run",
        "review_file": "lictor.review.scanning",
        "scan_paths": "lictor.review.scanning",
        "sign_trailer": "lictor.review.trailer",
        "verify_trailer": "lictor.review.trailer",
    },
)


__all__ = [
    "Authorship",
    "CodeFinding",
    "CodeScanner",
    "CommitInfo",
    "ReportFormat",
    "ReviewError",
    "ReviewReport",
    "ScanResult",
    "ScannerFailure",
    "Signal",
    "Triaged",
    "classify_commit",
    "load_rules",
    "make_scanners",
    "review",
    "review_file",
    "scan_paths",
    "sign_trailer",
    "verify_trailer",
]

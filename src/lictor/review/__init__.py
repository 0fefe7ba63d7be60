"""PR governance for AI-authored code: authorship, SAST and secrets, triage, risk tiers, SARIF.

from lictor.review import review, review_file
report = review(Path("."), pr="origin/main", reviewers=["alice"])
findings = review_file("src/app.py")      # fast path for agent hooks
"""

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

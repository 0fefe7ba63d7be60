"""Report formats behind `ReportFormat`: one file each."""

from __future__ import annotations

from lictor.review.interface import ReportFormat, ReviewError


def get_format(name: str) -> ReportFormat:
    """The format called `name` (text, json, sarif, markdown)."""
    from lictor.review._format.json import JsonFormat
    from lictor.review._format.markdown import MarkdownFormat
    from lictor.review._format.sarif import SarifFormat
    from lictor.review._format.text import TextFormat

    formats: dict[str, type[ReportFormat]] = {
        "text": TextFormat,
        "json": JsonFormat,
        "sarif": SarifFormat,
        "markdown": MarkdownFormat,
    }
    if name not in formats:
        raise ReviewError(f"unknown format {name!r}; choose from {', '.join(formats)}")
    return formats[name]()

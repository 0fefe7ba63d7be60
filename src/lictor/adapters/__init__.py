"""Enforcement points: thin translators between a client's wire format and the gate.

Names are imported on first use: the command hook's thin client lives in this
package and must start without importing the gate.
"""

from __future__ import annotations

TYPE_CHECKING = False  # no typing import: the thin client pays for every module it loads
if TYPE_CHECKING:
    from typing import Any

    from lictor.adapters.sdk import ActionDenied, Session, governed

__all__ = ["ActionDenied", "Session", "governed"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'lictor.adapters' has no attribute {name!r}")
    value = getattr(__import__("lictor.adapters.sdk", fromlist=[name]), name)
    globals()[name] = value
    return value

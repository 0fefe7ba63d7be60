"""Enforcement points: thin translators between a client's wire format and the gate.

Names are imported on first use: the command hook's thin client lives in this
package and must start without importing the gate.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lictor.adapters.sdk import ActionDenied, Session, governed

__all__ = ["ActionDenied", "Session", "governed"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'lictor.adapters' has no attribute {name!r}")
    value = getattr(import_module("lictor.adapters.sdk"), name)
    globals()[name] = value
    return value

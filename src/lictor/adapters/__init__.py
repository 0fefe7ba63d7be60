"""Enforcement points: thin translators between a client's wire format and the gate."""

from lictor.adapters.sdk import ActionDenied, Session, governed

__all__ = ["ActionDenied", "Session", "governed"]

"""Typed errors. Each carries what the user must fix; the CLI prints it as one line."""

from __future__ import annotations


class LictorError(Exception):
    """Base of every error Lictor raises on purpose."""


class ConfigError(LictorError):
    """The project folder, its config or a manifest is missing or malformed."""


class PolicyError(LictorError):
    """A policy file does not parse or fails validation against the schema."""


class StoreError(LictorError):
    """The database is missing, unreadable or not a Lictor database."""


class AuditError(LictorError):
    """The audit log cannot be written, read or verified."""


class ClassifyError(LictorError):
    """An action's arguments cannot be understood (bad JSON, too large, wrong type)."""


class ScanError(LictorError):
    """A scanner could not run on its input."""


class IdentityError(LictorError):
    """An identity operation was refused: unknown or disabled agent or owner, bad name or e-mail.

    `rule` is the rule id a decision or audit record carries for it.
    """

    def __init__(self, message: str, rule: str = "lictor.identity.refused") -> None:
        super().__init__(message)
        self.rule = rule


class CredentialError(IdentityError):
    """A credential is malformed, expired, not yet valid, wrongly signed, revoked or replayed."""


class GrantError(IdentityError):
    """A grant pattern is bad, a grant is unusable, or a sub-grant is wider than its parent."""

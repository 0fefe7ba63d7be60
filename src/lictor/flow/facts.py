"""From an action and a session's stored state to the `session` record each effect's
Cedar context carries; and from an output to what it adds to the session.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lictor.classify.manifest import OutputSpec
from lictor.flow.provenance import label_output
from lictor.flow.state import TRUSTED, UNTRUSTED, SessionLabels, TokenRecord, TokenTrust
from lictor.flow.tokens import (
    command_tokens,
    is_specific,
    target_tokens,
    text_tokens,
    token_hash,
)
from lictor.model import Capability, Effect, Finding, TargetKind
from lictor.scan.interface import severity_at_least

SESSION_FIELDS = (
    "untrusted_seen",
    "hostile_seen",
    "private_read",
    "target_untrusted",
    "target_trusted",
    "args_untrusted",
    "destination_new",
    "permitted_without_flow",
    "lockdown",
)
"""Every attribute of the Cedar `Session` record."""

NEUTRAL_SESSION: Mapping[str, bool] = dict.fromkeys(SESSION_FIELDS, False)
"""The record for an action outside any session, and for judging without flow."""

SENSITIVE_PII = frozenset({"payment-card", "us-ssn", "uk-nino", "es-dni", "nl-bsn"})
"""PII kinds whose presence in an output counts as reading private data.

E-mail addresses, phone numbers and IBANs are left out: they are on every
invoice, signature and commit, and would set `private_read` in every session.
"""

CREDENTIAL_PATHS = (
    "*/.ssh/*",
    "*/.env",
    "*/.env.*",
    "*/.aws/*",
    "*/.config/gcloud/*",
    "*/.azure/*",
    "*/.kube/config",
    "*/.docker/config.json",
    "*/.netrc",
    "*/.git-credentials",
    "*/.npmrc",
    "*/.pypirc",
    "*/.gnupg/*",
    "*/id_rsa*",
    "*/id_ecdsa*",
    "*/id_ed25519*",
    "*.pem",
    "*.key",
    "/etc/shadow",
)
"""Reading one of these (when a grant let it through) sets `private_read`."""

_TEMPLATES = ("*.example", "*.sample", "*.template")
MAX_ARG_TOKENS = 4000  # token hashes looked up per action


@dataclass(frozen=True)
class EffectTokens:
    """Token hashes of one effect: those naming its target and those of the other arguments."""

    target: frozenset[str]
    """Hashes of the target's tokens."""
    specific: frozenset[str]
    """Hashes of the target's specific tokens (URL, address, path; not bare hosts)."""
    args: frozenset[str]
    """Hashes of argument tokens that are not the target's."""


def action_tokens(
    args: Mapping[str, Any],
    effects: Sequence[Effect],
    workspace: str,
    shell_arg: str = "",
) -> list[EffectTokens]:
    """Token hashes per effect, for looking up their provenance."""
    raw: set[str] = set()
    for name, value in args.items():
        for text in _strings(value):
            if len(raw) >= MAX_ARG_TOKENS:
                break
            room = MAX_ARG_TOKENS - len(raw)
            raw |= command_tokens(text, room) if name == shell_arg else text_tokens(text, room)
    arg_hashes = {token_hash(t) for t in raw}
    out = []
    for effect in effects:
        names = target_tokens(effect.target, workspace)
        target = frozenset(token_hash(t) for t in names)
        specific = frozenset(token_hash(t) for t in names if is_specific(t))
        out.append(EffectTokens(target, specific, frozenset(arg_hashes - target)))
    return out


def effect_session(
    effect: Effect,
    tokens: EffectTokens,
    labels: SessionLabels,
    trust: TokenTrust,
    *,
    permitted_without_flow: bool,
) -> dict[str, bool]:
    """The Cedar `session` record for one effect.

    For a destination the policy already permits (an allow-listed host) only
    the exact URL or address counts: a README naming pypi.org must not make
    every `pip install` look steered.
    """
    target_trusted = bool(tokens.target & trust.trusted)
    compared = tokens.specific if permitted_without_flow else tokens.target
    target_untrusted = bool(compared & trust.untrusted) and not target_trusted
    args_untrusted = bool((tokens.args & trust.untrusted) - trust.trusted)
    host = effect.target.host
    destination_new = effect.capability is Capability.EGRESS and (
        not host or host not in labels.hosts
    )
    return {
        "untrusted_seen": labels.untrusted_seen,
        "hostile_seen": labels.hostile_seen,
        "private_read": labels.private_read,
        "target_untrusted": target_untrusted,
        "target_trusted": target_trusted,
        "args_untrusted": args_untrusted,
        "destination_new": destination_new,
        "permitted_without_flow": permitted_without_flow,
        "lockdown": labels.lockdown,
    }


@dataclass(frozen=True)
class OutputFlow:
    """What one output adds to its session."""

    labels: SessionLabels
    """Labels to raise."""
    tokens: tuple[TokenRecord, ...]
    """Token hashes to remember, with their trust."""


def output_flow(
    output: Any,
    spec: OutputSpec,
    findings: Iterable[Finding],
    effects: Iterable[Mapping[str, Any]],
    source: str,
) -> OutputFlow:
    """Labels and tokens an output contributes.

    `effects` are the decision's effect summaries (capability, kind, value,
    host, flags) as the audit record holds them, so a hook process that only
    has the decision id can still report the result.
    """
    findings = list(findings)
    effects = list(effects)
    provenance = label_output(output, spec)
    unscannable = any(f.scanner == "limits" for f in findings)
    hostile = is_hostile(findings)
    private = (
        spec.private
        or any(f.scanner == "secrets" for f in findings)
        or any(f.scanner == "pii" and f.kind in SENSITIVE_PII for f in findings)
        or any(_reads_credentials(e) for e in effects)
    ) and _has_content(output)
    hosts = frozenset(
        str(e["host"]).lower()
        for e in effects
        if e.get("capability") == Capability.EGRESS.value and e.get("host")
    )
    # Injected instructions make every token of that output untrusted, even in
    # "structured" fields: the manifest's promise did not hold for this output.
    untrusted_tokens = dict(provenance.untrusted)
    trusted_tokens = dict(provenance.trusted)
    if hostile or unscannable:
        for token, where in trusted_tokens.items():
            untrusted_tokens.setdefault(token, where)
        trusted_tokens = {}
    records = [
        TokenRecord(token_hash(t), TRUSTED, source, where) for t, where in trusted_tokens.items()
    ] + [
        TokenRecord(token_hash(t), UNTRUSTED, source, where)
        for t, where in untrusted_tokens.items()
    ]
    labels = SessionLabels(
        untrusted_seen=provenance.untrusted_seen or hostile or unscannable,
        hostile_seen=hostile,
        private_read=private,
        hosts=hosts,
    )
    return OutputFlow(labels, tuple(records))


def prompt_flow(prompt: str, findings: Iterable[Finding], source: str = "prompt") -> OutputFlow:
    """What a task prompt adds: trusted tokens, unless it carries injected instructions."""
    hostile = is_hostile(findings)
    trust = UNTRUSTED if hostile else TRUSTED
    tokens = tuple(
        TokenRecord(token_hash(t), trust, source, "prompt") for t in sorted(text_tokens(prompt))
    )
    return OutputFlow(SessionLabels(untrusted_seen=hostile, hostile_seen=hostile), tokens)


def is_hostile(findings: Iterable[Finding]) -> bool:
    """True when the injection scanner reported at `medium` or worse (below is a hint only)."""
    return any(
        f.scanner == "injection" and severity_at_least(f.severity, "medium") for f in findings
    )


def effect_summaries(effects: Iterable[Effect]) -> list[dict[str, Any]]:
    """The fields of each effect `output_flow` needs, as the audit record stores them."""
    return [
        {
            "capability": e.capability.value,
            "kind": e.target.kind.value,
            "value": e.target.path or e.target.value,
            "host": e.target.host,
            "flags": sorted(e.flags),
        }
        for e in effects
    ]


def _reads_credentials(effect: Mapping[str, Any]) -> bool:
    if effect.get("capability") != Capability.READ.value:
        return False
    if "env_dump" in (effect.get("flags") or ()):
        return True
    if effect.get("kind") != TargetKind.PATH.value:
        return False
    path = str(effect.get("value", ""))
    if not path.startswith("/"):
        path = "/" + path
    if any(fnmatch.fnmatchcase(path, t) for t in _TEMPLATES):
        return False
    return any(fnmatch.fnmatchcase(path, p) for p in CREDENTIAL_PATHS)


def _has_content(output: Any) -> bool:
    return output not in (None, "", b"", [], {})


def _strings(value: Any, depth: int = 0) -> Iterable[str]:
    # Arguments are already bounded (1 MiB, JSON) by classification.
    if depth > 32:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, depth + 1)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)

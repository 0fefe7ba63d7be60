"""Credentials in text: detect-secrets' detectors plus Lictor's own high-value patterns.

detect-secrets' plugins are line/file oriented and yield matched strings without offsets;
their compiled `denylist` patterns are reused here directly (with each plugin's own
validation where it has one) so that every match carries a span that can be redacted.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lictor.model import Finding
from lictor.scan.interface import Scanner
from lictor.scan.redact import masked_excerpt

MAX_FINDINGS = 1000
"""Findings reported per scanned string; past that the text is plainly a dump of secrets."""


@dataclass(frozen=True)
class SecretRule:
    """One pattern for one kind of credential."""

    kind: str
    """Stable slug reported as `Finding.kind`."""
    pattern: re.Pattern[str]
    """Compiled pattern; group `group` (or the whole match) is the secret itself."""
    severity: str = "critical"
    """Severity of a live-looking match."""
    group: int = 0
    """Capture group holding the secret; 0 for the whole match."""
    keep: int = 0
    """Leading characters safe to show in an excerpt (a public prefix such as `ghp_`)."""
    check: Callable[[str], bool] | None = None
    """Extra test a match must pass (entropy, structure); None accepts every match."""
    hints: tuple[str, ...] = ()
    """Lower-case substrings one of which must occur for the pattern to be tried (speed)."""


def shannon_entropy(value: str) -> float:
    """Bits per character of `value`."""
    if not value:
        return 0.0
    counts = Counter(value)
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


_PLACEHOLDER = re.compile(
    r"example|sample|dummy|placeholder|changeme|your[_-]?|xxxx|\*\*\*|<[^>]*>|\$\{|\{\{|%\(|redacted",
    re.IGNORECASE,
)

_WELL_KNOWN_EXAMPLES = frozenset(
    {
        # The documented AWS example pair; real tooling still flags it, Lictor marks it low.
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    }
)


def looks_like_example(secret: str) -> bool:
    """True for documentation placeholders and test-mode keys; still reported, at low severity."""
    return (
        secret in _WELL_KNOWN_EXAMPLES
        or bool(_PLACEHOLDER.search(secret))
        or "_test_" in secret
        or len(set(secret)) <= 3
    )


def _mixed(secret: str) -> bool:
    # Random tokens mix letters and digits; slugs such as `sk-my-long-project-name` do not.
    has_digit = any(c.isdigit() for c in secret)
    has_alpha = any(c.isalpha() for c in secret)
    return has_digit and has_alpha and shannon_entropy(secret) > 3.0


def _password_like(secret: str) -> bool:
    # Generic assignments are the noisiest rule: require entropy and reject placeholders.
    return (
        shannon_entropy(secret) >= 3.0
        and not _PLACEHOLDER.search(secret)
        and secret.lower() not in {"password", "secret", "none", "null", "true", "false"}
        and not re.fullmatch(r"[a-z_.]+\(?\)?|[A-Z_]+", secret)
    )


def _not_placeholder(secret: str) -> bool:
    # `${DB_PASSWORD}`, `<password>` and `****` are references, not credentials.
    return not re.search(r"^\$|^<|^\{|^\*+$|^%", secret)


def _jwt_shaped(token: str) -> bool:
    try:
        header = token.split(".", 1)[0]
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        return isinstance(json.loads(decoded), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_SECRET_WORD = (
    r"(?:password|passwd|pwd|pass|secret|api[_-]?key|apikey|access[_-]?key|token"
    r"|auth[_-]?token|client[_-]?secret|private[_-]?key)"
)

LICTOR_RULES: tuple[SecretRule, ...] = (
    SecretRule(
        "private-key",
        _c(
            r"-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[\s\S]{0,16384}?-----END[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----"
            r"|[A-Za-z0-9+/=\s:,\-]{0,16384})"
        ),
        keep=10,
        hints=("private key",),
    ),
    SecretRule(
        "aws-access-key",
        _c(r"(?<![A-Z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Z0-9])"),
        group=1,
        keep=4,
        hints=("akia", "asia", "abia", "acca", "a3t"),
    ),
    SecretRule(
        "aws-secret-key",
        _c(
            r"aws.{0,20}?(?:secret|key|pwd|pw|password|pass|token).{0,20}?[\s'\"=:]"
            r"['\"]?([0-9a-zA-Z/+]{40})(?![0-9a-zA-Z/+])",
            re.IGNORECASE,
        ),
        group=1,
        hints=("aws",),
    ),
    SecretRule(
        "github-token",
        _c(r"(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255})"),
        group=1,
        keep=4,
        hints=("gh",),
    ),
    SecretRule(
        "github-token",
        _c(r"(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{22,255})"),
        group=1,
        keep=11,
        hints=("gh",),
    ),
    SecretRule(
        "gitlab-token",
        _c(r"(?<![A-Za-z0-9_])((?:glpat|gldt|glrt|glptt|glsoat|gloas)-[A-Za-z0-9_\-]{20,64})"),
        group=1,
        keep=6,
        hints=("gl",),
    ),
    SecretRule(
        "slack-token",
        _c(r"(?<![A-Za-z0-9])(xox[abposre]-[A-Za-z0-9\-]{10,250})"),
        group=1,
        keep=5,
        hints=("xox",),
    ),
    SecretRule(
        "slack-webhook",
        _c(r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9+/]{20,120}"),
        severity="high",
        keep=29,
        hints=("hooks.slack.com",),
    ),
    SecretRule(
        "stripe-key",
        _c(r"(?<![A-Za-z0-9])((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247})"),
        group=1,
        keep=8,
        hints=("k_live_", "k_test_"),
    ),
    SecretRule(
        "google-api-key",
        _c(r"(?<![A-Za-z0-9])(AIza[0-9A-Za-z_\-]{35})(?![0-9A-Za-z_\-])"),
        severity="high",
        group=1,
        keep=4,
        hints=("aiza",),
    ),
    SecretRule(
        "anthropic-key",
        _c(r"(?<![A-Za-z0-9])(sk-ant-[A-Za-z0-9_\-]{20,250})"),
        group=1,
        keep=7,
        check=_mixed,
        hints=("sk-ant-",),
    ),
    SecretRule(
        "openai-key",
        _c(r"(?<![A-Za-z0-9])(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{32,250})"),
        group=1,
        keep=3,
        check=_mixed,
        hints=("sk-",),
    ),
    SecretRule(
        "jwt",
        _c(
            r"(?<![A-Za-z0-9_\-])(eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{0,1024})"
        ),
        severity="high",
        group=1,
        keep=3,
        check=_jwt_shaped,
        hints=("eyj",),
    ),
    SecretRule(
        "connection-string-password",
        _c(
            r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|"
            r"sqlserver|oracle|cockroachdb|clickhouse)(?:\+[a-z0-9]+)?://[^:@/\s]{0,128}:([^@/\s]{1,256})@",
            re.IGNORECASE,
        ),
        group=1,
        check=_not_placeholder,
        hints=("://",),
    ),
    SecretRule(
        "basic-auth-url",
        _c(r"\b(?:https?|ftp|ssh|git)://[^:@/\s]{1,128}:([^@/\s]{1,256})@", re.IGNORECASE),
        severity="high",
        group=1,
        check=_not_placeholder,
        hints=("://",),
    ),
    SecretRule(
        "azure-storage-key",
        _c(r"AccountKey=([A-Za-z0-9+/]{86}==)"),
        group=1,
        hints=("accountkey=",),
    ),
    SecretRule(
        "npm-token",
        _c(r"(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])"),
        group=1,
        keep=4,
        hints=("npm",),
    ),
    SecretRule(
        "npm-token",
        _c(r"//[^\s]{1,200}/:_authToken=([^\s\"'$]{8,512})"),
        group=1,
        check=_not_placeholder,
        hints=("npm",),
    ),
    SecretRule(
        "password-assignment",
        _c(
            rf"{_SECRET_WORD}[A-Za-z0-9_.\-]{{0,40}}['\"]?\s{{0,4}}"
            r"(?::=|=>|=|:)\s{0,4}(['\"])([^'\"\s]{8,256})\1",
            re.IGNORECASE,
        ),
        severity="high",
        group=2,
        check=_password_like,
        hints=("pass", "pwd", "secret", "key", "token", "auth"),
    ),
    SecretRule(
        "password-assignment",
        _c(
            rf"(?m)^[ \t]{{0,8}}(?:export[ \t]+)?[A-Z0-9_]{{0,40}}{_SECRET_WORD.upper()}"
            r"[A-Z0-9_]{0,40}=([^\s'\"]{8,256})$",
        ),
        severity="high",
        group=1,
        check=_password_like,
        hints=("pass", "pwd", "secret", "key", "token", "auth"),
    ),
)
"""Lictor's own patterns; they run before detect-secrets' so their kinds win on overlap."""

# detect-secrets plugin class -> Lictor kind. Plugins left out: public IPs (not secrets),
# keyword and high-entropy detectors (file-oriented, noisy; `password-assignment` covers them).
_DETECT_SECRETS_KINDS = {
    "ArtifactoryDetector": "artifactory-token",
    "AWSKeyDetector": "aws-access-key",
    "AzureStorageKeyDetector": "azure-storage-key",
    "BasicAuthDetector": "basic-auth-url",
    "CloudantDetector": "cloudant-credentials",
    "DiscordBotTokenDetector": "discord-token",
    "GitHubTokenDetector": "github-token",
    "GitLabTokenDetector": "gitlab-token",
    "IbmCloudIamDetector": "ibm-cloud-iam-key",
    "IbmCosHmacDetector": "ibm-cos-hmac",
    "JwtTokenDetector": "jwt",
    "MailchimpDetector": "mailchimp-key",
    "NpmDetector": "npm-token",
    "OpenAIDetector": "openai-key",
    "PrivateKeyDetector": "private-key",
    "PypiTokenDetector": "pypi-token",
    "SendGridDetector": "sendgrid-key",
    "SlackDetector": "slack-token",
    "SoftlayerDetector": "softlayer-credentials",
    "SquareOAuthDetector": "square-oauth-secret",
    "StripeDetector": "stripe-key",
    "TelegramBotTokenDetector": "telegram-token",
    "TwilioKeyDetector": "twilio-key",
}


@dataclass(frozen=True)
class _PluginRule:
    kind: str
    pattern: re.Pattern[str]
    plugin: Any
    validates: bool
    hints: tuple[str, ...]


# Substrings that must occur before a plugin's patterns are tried; most of the time none do,
# and a substring test is ~100x cheaper than a regex pass over a large value.
_PLUGIN_HINTS: dict[str, tuple[str, ...]] = {
    "artifactory-token": ("akc", "ap"),
    "aws-access-key": ("akia", "asia", "abia", "acca", "a3t"),
    "aws-secret-key": ("aws",),
    "azure-storage-key": ("accountkey",),
    "basic-auth-url": ("://",),
    "cloudant-credentials": ("cl",),
    "github-token": ("gh",),
    "gitlab-token": ("gl",),
    "ibm-cloud-iam-key": ("iam", "ibm", "cloud"),
    "ibm-cos-hmac": ("cos", "ibm", "hmac"),
    "jwt": ("eyj",),
    "mailchimp-key": ("-us",),
    "npm-token": ("npm",),
    "openai-key": ("t3blbkfj",),
    "private-key": ("private key",),
    "pypi-token": ("pypi-",),
    "sendgrid-key": ("sg.",),
    "slack-token": ("xox", "hooks.slack"),
    "softlayer-credentials": ("sl", "softlayer"),
    "square-oauth-secret": ("sq0csp",),
    "stripe-key": ("k_live_",),
    "telegram-token": (":",),
    "twilio-key": ("ac", "sk"),
}


def _detect_secrets_rules() -> tuple[_PluginRule, ...]:
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.plugins.base import RegexBasedDetector

    rules: list[_PluginRule] = []
    plugin_classes: list[Any] = list(get_mapping_from_secret_type_to_class().values())
    for cls in plugin_classes:
        kind = _DETECT_SECRETS_KINDS.get(cls.__name__)
        if kind is None or not issubclass(cls, RegexBasedDetector):
            continue
        plugin = cls()
        # Plugins that override analyze_string add validation (JWT structure); reuse it.
        validates = type(plugin).analyze_string is not RegexBasedDetector.analyze_string
        for index, pattern in enumerate(plugin.denylist):
            rule_kind = "aws-secret-key" if kind == "aws-access-key" and index > 0 else kind
            hints = _PLUGIN_HINTS.get(rule_kind, ())
            rules.append(_PluginRule(rule_kind, pattern, plugin, validates, hints))
    return tuple(rules)


def _secret_span(match: re.Match[str], group: int) -> tuple[int, int]:
    if group:
        return match.span(group)
    for index in range(1, (match.re.groups or 0) + 1):
        if match.group(index):
            return match.span(index)
    return match.span()


class SecretScanner(Scanner):
    """Credentials: cloud keys, tokens, private keys, passwords in URLs and assignments."""

    name = "secrets"
    pure = True

    def __init__(self, use_detect_secrets: bool = True) -> None:
        self._plugin_rules = _detect_secrets_rules() if use_detect_secrets else ()
        # Every rule's hint words, looked for once per text instead of once per rule.
        self._hints = frozenset(
            [h for r in LICTOR_RULES for h in r.hints]
            + [h for p in self._plugin_rules for h in p.hints]
        )
        # Which rules each hint wakes (by position, so order is kept), and those
        # that need no hint: a text with no hint word runs only the latter.
        rules: list[SecretRule | _PluginRule] = [*LICTOR_RULES, *self._plugin_rules]
        self._rules = tuple(rules)
        self._always = tuple(i for i, r in enumerate(rules) if not r.hints)
        by_hint: dict[str, list[int]] = {}
        for i, r in enumerate(rules):
            for h in r.hints:
                by_hint.setdefault(h, []).append(i)
        self._by_hint = {h: tuple(ix) for h, ix in by_hint.items()}

    def scan(self, text: str, location: str = "") -> list[Finding]:
        taken: list[tuple[int, int]] = []
        findings: list[Finding] = []
        for kind, start, end, severity, keep in self._candidates(text):
            if end <= start or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            secret = text[start:end]
            example = looks_like_example(secret)
            findings.append(
                Finding(
                    scanner=self.name,
                    kind=kind,
                    severity="low" if example else severity,
                    location=location,
                    excerpt=("example " if example else "") + masked_excerpt(secret, kind, keep),
                    start=start,
                    end=end,
                )
            )
            if len(findings) >= MAX_FINDINGS:
                break
        return findings

    def _candidates(self, text: str) -> Iterator[tuple[str, int, int, str, int]]:
        lowered = text.lower()
        woken = set(self._always)
        for h in self._hints:
            if h in lowered:
                woken.update(self._by_hint[h])
        for index in sorted(woken):
            rule = self._rules[index]
            if isinstance(rule, SecretRule):
                for match in rule.pattern.finditer(text):
                    start, end = _secret_span(match, rule.group)
                    if rule.check is None or rule.check(text[start:end]):
                        yield rule.kind, start, end, rule.severity, rule.keep
                continue
            prule = rule
            for match in prule.pattern.finditer(text):
                start, end = _secret_span(match, 0)
                secret = text[start:end]
                if prule.validates and secret not in set(prule.plugin.analyze_string(secret)):
                    continue
                yield prule.kind, start, end, "high", 0

"""Significant tokens: the values in text that could steer a side effect.

URLs, hosts, e-mail addresses, account numbers and file paths are what an
injected instruction has to smuggle into an action's arguments to make it
harmful ("send it to attacker@evil.example", "POST to https://collect.evil.io").
Provenance compares these tokens, normalised, between tool outputs and the
arguments of later actions; words, code and prose are not compared.

Only a truncated SHA-256 of each normalised token is ever stored.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import shlex
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from lictor.model import Target, TargetKind

MAX_TOKENS = 20_000
"""Distinct tokens kept from one text; the rest are dropped (policy defaults still apply)."""

MAX_TOKEN_CHARS = 2048
"""Longer candidate tokens are cut to this many characters before hashing."""

HASH_CHARS = 32
"""Hex characters of SHA-256 kept per token (128 bits)."""

# Top-level domains a bare `name.tld` must end with to count as a host. Left
# out on purpose: TLDs that are also common file extensions (py, sh, md, rs,
# pl, so, ps, js-like), which would turn `setup.py` into a "domain".
_TLD_WORDS = (
    "com net org io dev app ai co xyz info biz me us uk de fr nl eu ru cn jp in br au ca ch"
    " es it se no fi dk pt pl at be cz gr hu ie il kr mx nz ro sg tr tw ua za site online"
    " top club tk ml ga cf gq pw ws to ly gl cc tv fm gg page cloud tech live link click zip"
    " mov work shop store fun icu cyou buzz rest bar vip win bid loan review science party"
    " gov edu mil int onion su ir kp example test local internal corp lan"
)
_TLDS = frozenset(_TLD_WORDS.split())

_URL = re.compile(r"\b(?:https?|ftp|wss?|git\+https?|ssh|sftp)://[^\s<>\"'`|\\^{}]+", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}\b", re.I)
_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}([a-z]{2,12})(?![\w-]|\.\w)",
    re.I,
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_DIGITS = re.compile(r"(?<![\w-])\d(?:[ -]?\d){5,33}(?![\w])")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")
_PATH = re.compile(
    r"(?<![\w/.:-])"
    r"(?:(?:~|\.{1,2})?/[\w.@%+=,-]+(?:/[\w.@%+=,-]+)*/?"  # absolute, ~/, ./, ../
    r"|[\w.@%+=-]+(?:/[\w.@%+=-]+)+\.[A-Za-z0-9]{1,8})"  # relative with a slash and extension
    r"(?![\w/])"
)
# "pip install X" in a README or a command: the package names are what a
# backdoor-dependency instruction has to smuggle in.
_INSTALL = re.compile(
    r"\b(?:pip3?|uv(?: pip)?|poetry|pipx|npm|pnpm|yarn|bun|cargo|gem|go)\s+(?:install|add|get|i)"
    r"((?:\s+[\w@./:=<>~^+-]+){1,20})",
    re.I,
)
_VERSION_SPEC = re.compile(r"[=<>~^!@].*$")
_TRAILING = ".,;:!?)]}>'\"`*"


def token_hash(token: str) -> str:
    """Truncated SHA-256 of a normalised token; what the database stores."""
    digest = hashlib.sha256(b"lictor-flow\x00" + token.encode("utf-8", "replace"))
    return digest.hexdigest()[:HASH_CHARS]


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, fragment dropped, trailing slash and punctuation stripped."""
    text = url.strip().rstrip(_TRAILING)
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        netloc = host + (f":{parts.port}" if parts.port else "")
    except ValueError:
        return text.lower()
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), netloc, path, parts.query, ""))


def url_tokens(url: str) -> list[str]:
    """A URL's tokens: itself, itself without the query, and its host."""
    full = normalise_url(url)
    out = [full]
    try:
        parts = urlsplit(full)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return out
    if parts.query:
        out.append(urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))
    if host:
        out.append(host)
    return out


def normalise_path(path: str) -> str:
    """A path as text compares: `./` dropped, duplicate and trailing slashes removed."""
    text = path.strip().rstrip(_TRAILING.replace("*", ""))
    if not text:
        return ""
    normal = posixpath.normpath(text)
    return normal[2:] if normal.startswith("./") else normal


def text_tokens(text: str, limit: int = MAX_TOKENS) -> set[str]:
    """Normalised significant tokens of free text (bounded by `limit`)."""
    out: set[str] = set()

    def add(tokens: Iterable[str]) -> None:
        for token in tokens:
            if token and len(out) < limit:
                out.add(token[:MAX_TOKEN_CHARS])

    # URLs first, then blanked out, so their paths are not read again as file paths.
    rest = text
    if "://" in text:
        for match in _URL.finditer(text):
            add(url_tokens(match.group()))
            if len(out) >= limit:
                return out
        rest = _URL.sub(" ", text)
    if "@" in rest:
        for match in _EMAIL.finditer(rest):
            add(email_tokens(match.group()))
    for match in _DOMAIN.finditer(rest):
        if match.group(1).lower() in _TLDS:
            add([match.group().lower().rstrip(".")])
        if len(out) >= limit:
            return out
    for match in _IBAN.finditer(rest):
        add([match.group().replace(" ", "").lower()])
    for match in _DIGITS.finditer(rest):
        raw = match.group()
        if not _DATE_LIKE.fullmatch(raw):
            add([raw.replace(" ", "").replace("-", "")])
        if len(out) >= limit:
            return out
    if "install" in rest or " add " in rest or " get " in rest:
        for match in _INSTALL.finditer(rest):
            add(package_tokens(match.group(1)))
    if "/" in rest:
        for match in _PATH.finditer(rest):
            token = normalise_path(match.group())
            if len(token) > 1 and token not in ("..", "."):
                add([token])
            if len(out) >= limit:
                return out
    return out


def package_tokens(words: str) -> list[str]:
    """`pkg:<name>` for each package named after an install command (options, paths skipped)."""
    out = []
    for word in words.split():
        if word.startswith(("-", ".", "/")) or word in ("install", "add"):
            continue
        name = (
            _VERSION_SPEC.sub("", word[1:]) if word.startswith("@") else _VERSION_SPEC.sub("", word)
        )
        name = ("@" + name) if word.startswith("@") else name
        if name and not name.endswith((".txt", ".toml", ".cfg")):
            out.append("pkg:" + name.lower().replace("_", "-"))
    return out


def email_tokens(address: str) -> list[str]:
    """An address's tokens: itself (lower-case) and its domain."""
    text = address.strip().rstrip(_TRAILING).lower()
    if text.startswith("mailto:"):
        text = text[len("mailto:") :]
    if "@" not in text:  # an account number or IBAN as a payee: compare without spaces
        return [text.replace(" ", "").replace("-", "")]
    return [text, text.rsplit("@", 1)[1]]


def command_tokens(command: str, limit: int = MAX_TOKENS) -> set[str]:
    """Tokens of a shell command: its significant tokens plus each word, unquoted."""
    out = text_tokens(command, limit)
    try:
        words = shlex.split(command, comments=False, posix=True)
    except ValueError:
        words = command.split()
    for word in words:
        if len(out) >= limit:
            break
        if len(word) >= 4 and not word.startswith("-"):
            out.add(word[:MAX_TOKEN_CHARS])
    return out


def host_tokens(host: str) -> list[str]:
    """A host and its parent domains down to two labels (a DNS exfil label is a subdomain)."""
    host = host.strip().rstrip(".").lower()
    if not host:
        return []
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(0, max(len(labels) - 1, 1))]


def target_tokens(target: Target, workspace: str = "") -> list[str]:
    """Tokens that name an effect's target, most specific first."""
    kind = target.kind
    out: list[str] = []
    if kind in (TargetKind.BRANCH, TargetKind.REPO):
        # Only the remote itself: every README names github.com, so a host
        # match would make every push look steered.
        repo = target.repo or target.value
        if "://" in repo:
            out += url_tokens(repo)[:-1]
        elif "@" in repo:
            out.append(repo.strip().lower())
        return [t[:MAX_TOKEN_CHARS] for t in dict.fromkeys(t for t in out if t)]
    if kind is TargetKind.URL:
        out += url_tokens(target.value)
    elif kind is TargetKind.RECIPIENT:
        out += email_tokens(target.recipient or target.value)
    elif kind is TargetKind.PATH:
        out += _path_forms(target, workspace)
    elif kind is TargetKind.COMMAND:
        out.append(target.value.strip())
    elif target.value:
        out.append(target.value.strip().lower())
    if target.host:
        out += host_tokens(target.host)
    return [t[:MAX_TOKEN_CHARS] for t in dict.fromkeys(t for t in out if t)]


_HOST_LIKE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z0-9-]+|localhost")


def is_specific(token: str) -> bool:
    """True for a URL, address, account number or path; false for a bare host or domain."""
    return not _HOST_LIKE.fullmatch(token)


def _path_forms(target: Target, workspace: str) -> list[str]:
    out = [normalise_path(target.value)]
    if target.path:
        out.append(target.path)
        root = workspace.rstrip("/")
        if target.in_workspace and root and target.path.startswith(root + "/"):
            out.append(target.path[len(root) + 1 :])
    return out

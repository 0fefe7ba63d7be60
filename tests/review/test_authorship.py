"""AI authorship from commit metadata: exact identities, trailers, footers, signed trailers."""

from __future__ import annotations

from pathlib import Path

import pytest

from lictor.audit.signing import Signer
from lictor.review.authorship import classify_commit, is_agent_identity, load_rules
from lictor.review.interface import CommitInfo, ReviewError
from lictor.review.trailer import sign_trailer

from .conftest import commit, git

RULES = load_rules()


def info(name: str = "Alice", email: str = "alice@example.com", body: str = "Fix") -> CommitInfo:
    return CommitInfo("0" * 40, name, email, name, email, body.splitlines()[0], body)


@pytest.mark.parametrize(
    ("name", "email", "agent"),
    [
        (
            "devin-ai-integration[bot]",
            "158243242+devin-ai-integration[bot]@users.noreply.github.com",
            "Devin",
        ),
        ("Copilot", "198982749+Copilot@users.noreply.github.com", "GitHub Copilot coding agent"),
        (
            "google-labs-jules[bot]",
            "161369871+google-labs-jules[bot]@users.noreply.github.com",
            "Google Jules",
        ),
        (
            "chatgpt-codex-connector[bot]",
            "1+chatgpt-codex-connector[bot]@users.noreply.github.com",
            "OpenAI Codex",
        ),
        ("claude[bot]", "209825114+claude[bot]@users.noreply.github.com", "Claude (GitHub app)"),
        ("Cursor Agent", "cursoragent@cursor.com", "Cursor agent"),
        ("openhands", "openhands@all-hands.dev", "OpenHands"),
        ("sweep-ai[bot]", "x@example.com", "Sweep"),
        ("pixeebot[bot]", "x@example.com", "Pixee"),
        ("Alice Smith (aider)", "alice@example.com", "aider"),
    ],
)
def test_agent_identities(name: str, email: str, agent: str) -> None:
    result = classify_commit(info(name, email), RULES)
    assert result.ai and agent in result.agents
    assert result.signals[0].confidence == "high"


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Devin Smith", "devin@example.com"),
        ("Claude Monet", "claude@example.com"),
        ("Cursor Jones", "cursor@example.com"),
        ("devin", "devin.ai.integration@example.com"),
        ("aider fan", "aider@example.com"),
    ],
)
def test_humans_with_agent_like_names_are_not_flagged(name: str, email: str) -> None:
    body = (
        "Update docs\n\nThanks Claude for the review.\n"
        "Co-authored-by: Devin Smith <devin@example.com>"
    )
    assert not classify_commit(info(name, email, body), RULES).ai


@pytest.mark.parametrize(
    ("trailer", "agent"),
    [
        ("Co-Authored-By: Claude <noreply@anthropic.com>", "Claude Code"),
        ("Co-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>", "Claude Code"),
        ("Co-authored-by: Cursor <cursoragent@cursor.com>", "Cursor agent"),
        ("Co-authored-by: aider (gpt-4o) <noreply@aider.chat>", "aider"),
        ("Co-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>", "GitHub Copilot"),
        ("Assisted-by: some-local-model", "AI assistant (Assisted-by)"),
        ("Generated-by: internal-bot", "AI assistant (Generated-by)"),
    ],
)
def test_trailers(trailer: str, agent: str) -> None:
    result = classify_commit(info(body=f"Add feature\n\nDetails here.\n\n{trailer}"), RULES)
    assert agent in result.agents
    assert result.signals[0].evidence == trailer


def test_footer_and_trailer_both_reported() -> None:
    body = (
        "Add feature\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
        "Co-Authored-By: Claude <noreply@anthropic.com>"
    )
    rules = {s.rule for s in classify_commit(info(body=body), RULES).signals}
    assert {"claude-code-coauthor", "claude-code-footer"} <= rules


def test_trailer_outside_last_paragraph_is_not_a_trailer() -> None:
    body = "Revert\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\nwas wrong, removing it."
    assert not classify_commit(info(body=body), RULES).ai


def test_user_rules_extend_and_replace(tmp_path: Path) -> None:
    extra = tmp_path / "authorship.toml"
    extra.write_text(
        '[[rule]]\nid = "our-bot"\nagent = "In-house agent"\nkind = "identity"\n'
        'emails = ["agent@corp.example"]\n'
    )
    rules = load_rules([extra])
    assert classify_commit(info("Agent", "agent@corp.example"), rules).agents == ("In-house agent",)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\nagent = "y"\nkind = "telepathy"\n')
    with pytest.raises(ReviewError, match="kind must be one of"):
        load_rules([bad])


def test_agents_cannot_be_reviewers() -> None:
    assert is_agent_identity("claude[bot]", RULES)
    assert is_agent_identity("devin-ai-integration[bot]", RULES)
    assert not is_agent_identity("Devin Smith", RULES)


def test_signed_lictor_agent_trailer_verifies_and_detects_tampering(repo: Path) -> None:
    signer, stranger = Signer.generate(), Signer.generate()
    (repo / "app" / "x.py").write_text("x = 1\n")
    git(repo, "add", "-A")
    trailer = sign_trailer(repo, "coder-7", signer)
    sha = commit(repo, {}, f"Add x\n\n{trailer}")
    from lictor.review.gitio import commits

    [c] = commits(repo, f"{sha}~1", sha)
    ok = classify_commit(c, RULES, repo=repo, keys=[signer.public_key])
    assert ok.signals[0].verified and ok.agents == ("coder-7",)
    unknown = classify_commit(c, RULES, repo=repo, keys=[stranger.public_key])
    assert unknown.ai and not unknown.signals[0].verified
    assert "unknown key" in unknown.signals[0].evidence
    # Same trailer on different content: the tree no longer matches.
    sha2 = commit(repo, {"app/x.py": "x = 2\n"}, f"Change x\n\n{trailer}")
    [c2] = commits(repo, f"{sha2}~1", sha2)
    tampered = classify_commit(c2, RULES, repo=repo, keys=[signer.public_key])
    assert tampered.ai and not tampered.signals[0].verified
    assert "does not match" in tampered.signals[0].evidence


def test_patch_bound_trailer_survives_cherry_pick(repo: Path) -> None:
    signer = Signer.generate()
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "app" / "y.py").write_text("y = 1\n")
    git(repo, "add", "-A")
    trailer = sign_trailer(repo, "coder", signer, bind="patch")
    feature = commit(repo, {}, f"Add y\n\n{trailer}")
    git(repo, "checkout", "-q", "main")
    commit(repo, {"README.md": "changed base\n"}, "unrelated")
    git(repo, "cherry-pick", feature, GIT_COMMITTER_NAME="A", GIT_COMMITTER_EMAIL="a@x")
    sha = git(repo, "rev-parse", "HEAD")
    from lictor.review.gitio import commits

    [c] = commits(repo, f"{sha}~1", sha)
    assert c.tree != git(repo, "rev-parse", f"{feature}^{{tree}}")
    assert classify_commit(c, RULES, repo=repo, keys=[signer.public_key]).signals[0].verified

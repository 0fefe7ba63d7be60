"""Cedar policy loading, annotations and fail-closed evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from lictor.errors import PolicyError
from lictor.flow import NEUTRAL_SESSION
from lictor.model import Capability, Effect, Target, TargetKind, Verdict
from lictor.policy import PolicySet, combine, shipped_pack

CONTEXT = {
    "tool": "Test",
    "arg_findings": [],
    "grant": {"present": False, "task": "", "target_granted": False, "seconds_left": 2},
    "session": dict(NEUTRAL_SESSION),
}
AGENT = {"id": "coder", "owner": "alice@example.com"}


def path_effect(cap: Capability, path: str, inside: bool) -> Effect:
    return Effect(cap, Target(TargetKind.PATH, path, path=path, in_workspace=inside))


def pack(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "p"
    folder.mkdir(exist_ok=True)
    (folder / "a.cedar").write_text(text)
    return folder


def test_default_pack_loads_with_ids_and_reasons() -> None:
    ps = PolicySet.default()
    rules = {m.rule: m for m in ps.rules()}
    assert {"workspace.read", "write.outside-workspace", "git.push-protected"} <= set(rules)
    assert rules["git.push-protected"].verdict is Verdict.ASK
    assert rules["write.outside-workspace"].verdict is Verdict.DENY
    assert all(m.reason and not m.reason.startswith(("permit ", "forbid ")) for m in ps.rules())


def test_forbid_beats_permit_and_names_the_rule() -> None:
    ps = PolicySet.default()
    [v] = ps.judge(AGENT, [path_effect(Capability.WRITE, "/etc/passwd", False)], CONTEXT)
    assert v.verdict is Verdict.DENY
    assert [r.rule for r in v.reasons] == ["write.outside-workspace"]


def test_ask_permit_wins_over_plain_permit() -> None:
    ps = PolicySet.default()
    branch = Effect(
        Capability.WRITE,
        Target(TargetKind.BRANCH, "origin:main", repo="origin", branch="main"),
        frozenset({"git_push"}),
    )
    feature = Effect(
        Capability.WRITE,
        Target(TargetKind.BRANCH, "origin:f", repo="origin", branch="feature/x"),
        frozenset({"git_push"}),
    )
    main_v, feature_v = ps.judge(AGENT, [branch, feature], CONTEXT)
    assert main_v.verdict is Verdict.ASK and main_v.reasons[0].rule == "git.push-protected"
    assert feature_v.verdict is Verdict.ALLOW


def test_nothing_permits_means_default_deny_with_a_reason() -> None:
    ps = PolicySet.default()
    egress = Effect(
        Capability.EGRESS, Target(TargetKind.URL, "https://evil.example/x", host="evil.example")
    )
    [v] = ps.judge(AGENT, [egress], CONTEXT)
    assert v.verdict is Verdict.DENY
    assert v.reasons[0].rule == "lictor.policy.default-deny"
    assert "egress" in v.reasons[0].text and "evil.example" in v.reasons[0].text


def test_combine_takes_the_worst_verdict() -> None:
    ps = PolicySet.default()
    effects = [
        path_effect(Capability.READ, "/w/a", True),
        path_effect(Capability.WRITE, "/etc/x", False),
    ]
    verdict, reasons = combine(ps.judge(AGENT, effects, CONTEXT))
    assert verdict is Verdict.DENY
    assert [r.rule for r in reasons] == ["write.outside-workspace"]


def test_evaluation_error_in_a_forbid_is_a_deny(tmp_path: Path) -> None:
    # The forbid overflows at evaluation; Cedar would skip it and allow.
    folder = pack(
        tmp_path,
        """
@id("all") permit(principal, action, resource);
@id("boom") forbid(principal, action, resource)
  when { context.grant.seconds_left * 9223372036854775807 > 1 };
""",
    )
    [v] = PolicySet.load(folder).judge(AGENT, [path_effect(Capability.READ, "/w", True)], CONTEXT)
    assert v.verdict is Verdict.DENY
    assert v.reasons[0].rule == "lictor.policy.error"
    assert "overflow" in v.reasons[0].text


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = pack(
        tmp_path,
        """// header
@id("ok") permit(principal, action, resource);

@id("bad") permit(principal action, resource);
""",
    )
    with pytest.raises(PolicyError, match=r"a\.cedar:4: policy does not parse"):
        PolicySet.load(folder)


def test_misspelled_attribute_fails_validation_with_rule_id(tmp_path: Path) -> None:
    folder = pack(
        tmp_path,
        """
@id("typo") permit(principal, action, resource) when { resource.in_workspac };
""",
    )
    with pytest.raises(PolicyError, match=r"a\.cedar:2 \(typo\).*in_workspac"):
        PolicySet.load(folder)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '@id("x") permit(principal, action, resource);\n@id("x") forbid(principal, action, '
            "resource);",
            "duplicate @id",
        ),
        ('@id("x") @verdict("ask") forbid(principal, action, resource);', "only meaningful"),
        ('@id("x") @verdict("maybe") permit(principal, action, resource);', "must be"),
    ],
)
def test_bad_annotations_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        PolicySet.load(pack(tmp_path, text))


def test_semicolons_in_strings_and_comments_do_not_split(tmp_path: Path) -> None:
    folder = pack(
        tmp_path,
        """
// a comment; with a semicolon
@id("semi") @reason("a; b") permit(principal, action, resource) when { context.tool == "a;b" };
""",
    )
    ps = PolicySet.load(folder)
    assert [m.rule for m in ps.rules()] == ["semi"]
    assert ps.rules()[0].reason == "a; b"


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not found"):
        PolicySet.load(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PolicyError, match=r"no \.cedar"):
        PolicySet.load(tmp_path / "empty")


def test_revision_changes_with_policy_text(tmp_path: Path) -> None:
    a = PolicySet.load(pack(tmp_path, '@id("a") permit(principal, action, resource);'))
    b = PolicySet.load(pack(tmp_path, '@id("b") permit(principal, action, resource);'))
    assert a.revision != b.revision
    assert PolicySet.load(shipped_pack()).revision == PolicySet.default().revision

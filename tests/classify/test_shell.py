"""analyse_shell: a corpus of real commands and bypass tricks, plus robustness checks."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lictor.classify.shell import MAX_INPUT, ShellAnalysis, analyse_shell
from lictor.classify.targets import Place
from lictor.model import Capability, Effect

CORPUS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "shell_corpus.yaml").read_text(encoding="utf-8")
)
HOME = "/home/dev"


@pytest.fixture
def place(tmp_path: Path) -> Place:
    workspace = str(tmp_path.resolve())
    return Place(workspace=workspace, cwd=workspace, home=HOME)


def _sub(value: str, place: Place) -> str:
    return value.replace("{ws}", place.workspace)


def _matches(effect: Effect, want: dict[str, Any], place: Place) -> bool:
    target = effect.target
    got = {
        "cap": effect.capability.value,
        "path": target.path,
        "host": target.host,
        "value": target.value,
        "branch": target.branch,
    }
    for key, value in want.items():
        if key == "flags":
            if not set(value) <= effect.flags:
                return False
        elif got[key] != _sub(str(value), place):
            return False
    return True


def _describe(analysis: ShellAnalysis) -> str:
    lines = [f"parsed={analysis.parsed} notes={list(analysis.notes)}"]
    for e in analysis.effects:
        t = e.target
        lines.append(
            f"  {e.capability.value} {t.kind.value} value={t.value!r} path={t.path!r} "
            f"host={t.host!r} branch={t.branch!r} flags={sorted(e.flags)}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("case", CORPUS, ids=[c["cmd"].strip()[:80] for c in CORPUS])
def test_corpus(case: dict[str, Any], place: Place) -> None:
    analysis = analyse_shell(case["cmd"], place)
    seen = _describe(analysis)
    effects = analysis.effects
    flags = set().union(*(e.flags for e in effects))
    assert analysis.parsed is case.get("parsed", True), seen
    if "caps" in case:
        assert {e.capability.value for e in effects} == set(case["caps"]), seen
    assert set(case.get("flags", [])) <= flags, seen
    assert not set(case.get("no_flags", [])) & flags, seen
    for key, attr in (("paths", "path"), ("hosts", "host"), ("branches", "branch")):
        got = {getattr(e.target, attr) for e in effects}
        for want in case.get(key, []):
            assert _sub(want, place) in got, f"{attr} {want!r} missing\n{seen}"
    values = {e.target.value for e in effects}
    for want in case.get("values", []):
        assert _sub(want, place) in values, seen
    for want in case.get("effects", []):
        assert any(_matches(e, want, place) for e in effects), f"no effect like {want}\n{seen}"


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 120


def test_every_command_has_an_exec_effect(place: Place) -> None:
    analysis = analyse_shell("ls | grep x && cat y", place)
    execs = [e.target.value for e in analysis.effects if e.capability is Capability.EXEC]
    assert execs == ["ls", "grep", "cat"]
    assert [c.argv for c in analysis.commands] == [("ls",), ("grep", "x"), ("cat", "y")]


def test_wrappers_are_recorded(place: Place) -> None:
    analysis = analyse_shell("sudo -u deploy env FOO=1 timeout 5 rm -f x", place)
    (command,) = analysis.commands
    assert command.argv == ("rm", "-f", "x")
    assert command.wrappers == ("sudo", "env", "timeout")
    assert all("privileged" in e.flags for e in analysis.effects)


def test_redirect_by_unprivileged_shell_is_not_privileged(place: Place) -> None:
    analysis = analyse_shell("sudo echo hi > /etc/motd", place)
    write = next(e for e in analysis.effects if e.capability is Capability.WRITE)
    assert write.target.path == "/etc/motd"
    assert "privileged" not in write.flags


def test_nested_shell_strings_are_noted(place: Place) -> None:
    analysis = analyse_shell("bash -c 'sh -c \"rm -rf /\"'", place)
    assert analysis.parsed
    assert "bash -c string parsed" in analysis.notes
    assert any("destructive" in e.flags for e in analysis.effects)


def test_depth_limit_gives_worst_case(place: Place) -> None:
    command = "rm -rf /"
    for _ in range(6):
        command = "bash -c " + _quote(command)
    analysis = analyse_shell(command, place)
    assert not analysis.parsed
    (effect,) = analysis.effects
    assert effect.capability is Capability.EXEC
    assert "unparseable" in effect.flags
    assert analyse_shell(command, place, max_depth=8).parsed


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def test_huge_input_is_unparseable_quickly(place: Place) -> None:
    started = time.monotonic()
    analysis = analyse_shell("echo " + "a" * MAX_INPUT, place)
    assert not analysis.parsed
    assert time.monotonic() - started < 1


def test_long_but_allowed_input_is_bounded(place: Place) -> None:
    started = time.monotonic()
    analyse_shell("echo hi && " * 2000 + "true", place)
    analyse_shell("$(" * 200 + "x" + ")" * 200, place)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("command", ["", "   ", "\n", "# just a comment"])
def test_empty_lines_have_no_effects(command: str, place: Place) -> None:
    analysis = analyse_shell(command, place)
    assert analysis.effects == () or not analysis.parsed


_SHELLISH = st.text(
    alphabet=st.sampled_from(list("ab rm-f/$(){}[]<>|&;'\"`\\~*?=\n\t#!.,:@%^+0123456789xyz")),
    max_size=80,
)


@settings(max_examples=300, deadline=2000)
@given(command=st.one_of(_SHELLISH, st.text(max_size=60)))
def test_never_raises(command: str) -> None:
    place = Place(workspace="/tmp", cwd="/tmp", home=HOME)
    analysis = analyse_shell(command, place)
    assert isinstance(analysis, ShellAnalysis)
    assert analysis.parsed or any("unparseable" in e.flags for e in analysis.effects)


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(
        alphabet=st.sampled_from("az09-_=.,/:@%+!#^é"),
        min_size=1,
        max_size=12,
    )
)
def test_literal_words_expand_to_themselves_on_the_fast_path(word: str) -> None:
    from lictor.classify import _shell_words

    place = Place(workspace="/ws", home="/home/u")
    fast = analyse_shell(f"cat {word}", place)
    slow_pattern = _shell_words._LITERAL
    try:
        _shell_words._LITERAL = re.compile(r"(?!)")  # never matches: the character walk runs
        slow = analyse_shell(f"cat {word}", place)
    finally:
        _shell_words._LITERAL = slow_pattern
    assert fast == slow

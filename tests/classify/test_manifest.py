"""Tool manifest loading and classification of non-shell tools."""

from __future__ import annotations

from pathlib import Path

import pytest

from lictor.classify import Place, classify, load_manifest
from lictor.errors import ClassifyError, ConfigError
from lictor.model import Action, Capability, TargetKind


@pytest.fixture()
def place(tmp_path: Path) -> Place:
    return Place(workspace=str(tmp_path), home="/home/dev")


def test_shipped_manifest_covers_coding_agent_tools() -> None:
    m = load_manifest()
    for tool in (
        "Bash",
        "Read",
        "Write",
        "Edit",
        "MultiEdit",
        "NotebookEdit",
        "Glob",
        "Grep",
        "WebFetch",
        "WebSearch",
        "Task",
        "git.push",
        "http.request",
    ):
        assert m.lookup(tool) is not None, tool


def test_write_targets_the_resolved_path(place: Place, tmp_path: Path) -> None:
    c = classify(Action("Write", {"file_path": "src/a.py", "content": "x"}), load_manifest(), place)
    [e] = c.effects
    assert e.capability is Capability.WRITE
    assert e.target.path == str(tmp_path / "src" / "a.py") and e.target.in_workspace


def test_symlink_out_of_the_workspace_is_outside(place: Place, tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to("/etc")
    c = classify(Action("Write", {"file_path": "link/passwd"}), load_manifest(), place)
    assert c.effects[0].target.path == "/etc/passwd"
    assert not c.effects[0].target.in_workspace


def test_glob_defaults_to_the_working_directory(place: Place, tmp_path: Path) -> None:
    [e] = classify(Action("Glob", {"pattern": "**/*.py"}), load_manifest(), place).effects
    assert e.capability is Capability.READ and e.target.path == str(tmp_path)


def test_git_push_tool_folds_repo_into_branch(place: Place) -> None:
    c = classify(Action("git.push", {"repo": "upstream", "branch": "main"}), load_manifest(), place)
    [e] = c.effects
    assert e.target.kind is TargetKind.BRANCH
    assert (e.target.repo, e.target.branch) == ("upstream", "main")


def test_email_recipients_each_get_a_target(place: Place) -> None:
    c = classify(
        Action("email.send", {"to": ["a@x.com", "b@evil.example"]}), load_manifest(), place
    )
    assert [e.target.host for e in c.effects] == ["x.com", "evil.example"]


def test_unknown_tool_is_never_safe(place: Place) -> None:
    c = classify(
        Action("mcp__crm__deleteCustomer", {"url": "https://crm.example/api"}),
        load_manifest(),
        place,
    )
    caps = {e.capability for e in c.effects}
    assert Capability.EXEC in caps and Capability.EGRESS in caps
    assert all("unknown_tool" in e.flags for e in c.effects)
    assert c.spec is None


def test_unknown_tool_with_a_path_is_assumed_to_write(place: Place) -> None:
    c = classify(Action("frob", {"path": "/etc/x"}), load_manifest(), place)
    assert any(e.capability is Capability.WRITE and e.target.path == "/etc/x" for e in c.effects)


def test_unknown_reader_tool_with_a_path_reads(place: Place) -> None:
    c = classify(Action("get_document", {"path": "docs/a.md"}), load_manifest(), place)
    assert {e.capability for e in c.effects} == {Capability.EXEC, Capability.READ}


def test_oversized_arguments_are_refused(place: Place) -> None:
    with pytest.raises(ClassifyError, match="over the 1048576-byte limit"):
        classify(
            Action("Write", {"file_path": "a", "content": "x" * (1024 * 1024 + 1)}),
            load_manifest(),
            place,
        )


def test_target_argument_of_wrong_type(place: Place) -> None:
    with pytest.raises(ClassifyError, match="'file_path' must be a string"):
        classify(Action("Read", {"file_path": 42}), load_manifest(), place)


def test_project_manifest_overrides_and_adds(tmp_path: Path, place: Place) -> None:
    f = tmp_path / "tools.yaml"
    f.write_text(
        "tools:\n  pay_invoice:\n    capabilities: [egress]\n"
        "    targets: {payee_url: url}\n    output: {structured: [id]}\n"
    )
    m = load_manifest([f])
    [e] = classify(Action("pay_invoice", {"payee_url": "https://bank.example/p"}), m, place).effects
    assert e.capability is Capability.EGRESS and e.target.host == "bank.example"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[tools.X]\ncapabilities = ['wirte']\n",
            r"tools\.X\.capabilities\[0\]: 'wirte' is not one",
        ),
        ("[tools.X]\ntargets = { p = 'file' }\n", r"tools\.X\.targets\.p: 'file' is not one"),
        ("[tools.X]\ncapabilities = 'read'\n", r"tools\.X\.capabilities: must be a list"),
        ("[tools.X]\nbogus = 1\n", r"unknown field\(s\) bogus"),
        ("[tools.X]\noutput = { trusted = 'yes' }\n", r"output\.trusted: must be true or false"),
        ("[tools\n", "not valid toml"),
    ],
)
def test_malformed_manifest_names_file_and_field(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "tools.toml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_manifest([f])


def test_missing_manifest_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read tool manifest"):
        load_manifest([tmp_path / "nope.toml"])

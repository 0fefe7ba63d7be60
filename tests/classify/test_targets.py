"""Path resolution: the kernel's answer (O_PATH + /proc) must always be realpath's."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lictor.classify.targets import Place, inside, path_target, real_path

NAMES = ["a", "b", "link", "file", "new", "..", "."]


def _tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "file").write_text("x")
    os.symlink(root / "a", root / "link")  # to a directory
    os.symlink("b", root / "a" / "link")  # relative, inside
    os.symlink("/etc", root / "a" / "b" / "link")  # out of the tree
    os.symlink(root / "nowhere" / "x", root / "b")  # dangling
    os.symlink("file", root / "a" / "b" / "file")  # dangling, relative
    os.mkfifo(root / "a" / "b" / "a")  # never opened for reading: no hang


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(NAMES), max_size=6))
def test_real_path_agrees_with_realpath(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str]
) -> None:
    root = Path(os.path.realpath(tmp_path_factory.mktemp("tree")))
    _tree(root)
    path = os.path.join(str(root), *parts)
    assert real_path(path) == os.path.realpath(path)


def test_special_cases(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    for path in [str(loop), str(loop / "x"), "/", "/proc/self/fd/0", "relative/path", ""]:
        assert real_path(path) == os.path.realpath(path)


def test_every_path_of_up_to_four_names_agrees(tmp_path: Path) -> None:
    root = Path(os.path.realpath(tmp_path))
    _tree(root)
    for n in range(5):
        for parts in itertools.product(NAMES, repeat=n):
            path = os.path.join(str(root), *parts)
            assert real_path(path) == os.path.realpath(path), parts


def test_a_workspace_swapped_for_a_link_keeps_its_first_real_path(tmp_path: Path) -> None:
    # The root is resolved once: an agent that replaces the workspace with a
    # link to somewhere else does not make that somewhere the workspace.
    ws, elsewhere = tmp_path / "ws", tmp_path / "elsewhere"
    ws.mkdir()
    elsewhere.mkdir()
    place = Place(workspace=str(ws))
    assert path_target("notes.txt", place).in_workspace
    ws.rename(tmp_path / "ws-moved")
    ws.symlink_to(elsewhere)
    target = path_target("notes.txt", place)
    assert target.path == str(elsewhere / "notes.txt")
    assert not target.in_workspace
    assert not inside(str(elsewhere), str(ws))

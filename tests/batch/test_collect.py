"""Which files a batch scores, and in which order: ``batch.collect``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from clusteradvies.score.batch import Unscored, collect
from tests.batch.files import write_tree


def names(items: list[Path | Unscored], root: Path) -> list[str]:
    return [
        item.file if isinstance(item, Unscored) else item.relative_to(root).as_posix()
        for item in items
    ]


def test_a_directory_gives_its_yaml_files_recursively_sorted_without_hidden_ones(
    tmp_path: Path,
) -> None:
    root = write_tree(tmp_path)
    assert names(collect([root]), root) == [
        "bad-value.yaml",
        "portnet.yaml",
        "sub/deeper/empty.yaml",
        "sub/klict.yml",
    ]


def test_the_order_does_not_depend_on_the_order_files_were_created(tmp_path: Path) -> None:
    for name in ["c.yaml", "a.yaml", "b.yml"]:
        (tmp_path / name).write_text("name: x\n", encoding="utf-8")
    assert names(collect([tmp_path]), tmp_path) == ["a.yaml", "b.yml", "c.yaml"]


def test_arguments_keep_their_order_and_each_file_is_scored_once(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    portnet = root / "portnet.yaml"
    items = collect([root / "sub", portnet, root, portnet])
    assert names(items, root) == [
        "sub/deeper/empty.yaml",
        "sub/klict.yml",
        "portnet.yaml",
        "bad-value.yaml",
    ]


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    assert collect([root / "notes.txt"]) == [root / "notes.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_to_a_file_already_listed_is_a_duplicate(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "projects")
    link = tmp_path / "link.yaml"
    link.symlink_to(root / "portnet.yaml")
    assert collect([root / "portnet.yaml", link]) == [root / "portnet.yaml"]


def test_a_missing_path_becomes_an_invalid_result_in_its_place(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    items = collect([root / "portnet.yaml", root / "nope.yaml", root / "sub" / "klict.yml"])
    assert isinstance(items[1], Unscored)
    assert items[1].file == str(root / "nope.yaml")
    assert [p.message for p in items[1].problems] == ["no such file"]
    assert items[0] == root / "portnet.yaml" and items[2] == root / "sub" / "klict.yml"


def test_a_directory_that_cannot_be_listed_becomes_an_invalid_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_tree(tmp_path)
    locked = root / "sub" / "deeper"
    scandir = os.scandir

    def refusing(path: Any) -> Any:  # as with a directory without read permission
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    items = collect([root])
    invalid = [item for item in items if isinstance(item, Unscored)]
    assert [(i.file, i.problems[0].message) for i in invalid] == [
        (str(locked), "Permission denied")
    ]
    assert names(items, root) == [str(locked), "bad-value.yaml", "portnet.yaml", "sub/klict.yml"]


def test_an_empty_directory_gives_nothing(tmp_path: Path) -> None:
    assert collect([tmp_path]) == []

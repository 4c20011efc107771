"""Read-only, capped access to inputs: zip bombs, traversal, truncation, odd files."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.sources import tree as tree_mod
from nymaudit.sources.tree import FolderTree, InputProblem, ZipTree, _safe_name, open_tree


def test_missing_path_is_an_input_problem(tmp_path: Path) -> None:
    with pytest.raises(InputProblem, match="no such file"):
        open_tree(tmp_path / "nope.zip")


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("data/tweets.js", b"\0" * (64 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    tree = open_tree(bomb)
    assert isinstance(tree, ZipTree)
    with pytest.raises(InputProblem, match="zip bomb"):
        tree.read("data/tweets.js")


def test_member_that_lies_about_its_size_is_stopped(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"x" * 5000)
    monkeypatch.setattr(tree_mod, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(InputProblem):
        open_tree(path).read("a.txt")


def test_traversal_member_names_are_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../../etc/evil.txt", b"x")
        zf.writestr("/abs.txt", b"x")
        zf.writestr("ok/post.txt", b"fine")
    tree = open_tree(path)
    names = [m.name for m in tree.members()]
    assert names == ["ok/post.txt"]
    assert len(tree.problems) == 2
    assert all("traversal" in problem for _, problem in tree.problems)
    assert not (tmp_path.parent / "etc").exists()


def test_truncated_zip_is_an_input_problem(tmp_path: Path) -> None:
    path = tmp_path / "cut.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", os.urandom(50_000))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputProblem):
        tree = open_tree(path)
        tree.read(tree.members()[0].name)


def test_folder_tree_skips_links_and_fifos(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("hello")
    (tmp_path / "link.md").symlink_to("/etc/passwd")
    os.mkfifo(tmp_path / "pipe")
    tree = FolderTree(tmp_path)
    assert [m.name for m in tree.members()] == ["post.md"]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"caf\x81 ok")  # 0x81: not Windows-1252 either
    text, warning = FolderTree(tmp_path).read_text("a.txt")
    assert text == "caf\ufffd ok"
    assert warning and "invalid UTF-8" in warning


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_safe_name_never_escapes(name: str) -> None:
    safe = _safe_name(name)
    if safe is not None:
        assert not safe.startswith("/")
        assert ".." not in safe.split("/")


def test_zip_member_is_held_once_while_read(tmp_path: Path) -> None:
    # Reading a member kept a list of its chunks and then a joined copy: a 2 GB
    # tweets.js inside a zip needed 4 GB. The readers that walk a big member in
    # place (tweets.js, outbox.json) read it into one buffer.
    import tracemalloc

    size = 24 * 1024 * 1024
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("data/tweets.js", os.urandom(size))
    tree = open_tree(path)
    tracemalloc.start()
    try:
        data = tree.read_buffer("data/tweets.js")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(data) == size
    assert peak < 1.4 * size


def test_unreadable_folder_and_file_are_reported(tmp_path: Path) -> None:
    # os.walk skipped a folder it could not list without a word (1 post, errors: []).
    import json
    import shutil
    import subprocess
    import sys

    from archive_builders import build_jekyll_blog

    post = {"front": {"title": "x", "date": "2024-03-01 08:15:00 +0000"}, "body": "words"}
    site = build_jekyll_blog(
        tmp_path / "site",
        [
            {**post, "name": "2024-03-01-a.md"},
            {**post, "name": "sub/2024-03-02-b.md"},
            {**post, "name": "2024-03-03-c.md"},
        ],
    )
    locked = [site / "_posts" / "sub", site / "_posts" / "2024-03-03-c.md"]
    probe = (
        "import json, sys; from pathlib import Path; from nymaudit.sources.detect import read_input; "
        "c = read_input(Path(sys.argv[1])); "
        "print(json.dumps([c.inputs[0].posts, [[e.path, e.error] for e in c.inputs[0].errors]]))"
    )
    command = [sys.executable, "-c", probe, str(site)]
    if os.geteuid() == 0:  # root reads anything unless it gives up the capability
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    for path in locked:
        path.chmod(0)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    finally:
        for path in locked:
            path.chmod(0o755)
    posts, errors = json.loads(done.stdout)
    assert posts == 1
    assert errors == [
        [str(site / "_posts" / "2024-03-03-c.md"), "cannot read: Permission denied; skipped"],
        [str(site / "_posts" / "sub"), "cannot read folder: Permission denied; its files were skipped"],
    ]

"""The git reader on a real repository made with git."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from nymaudit.sources.base import SourceResult
from nymaudit.sources.git import READER
from nymaudit.sources.tree import FolderTree

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def _snapshot(root: Path) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"GIT_AUTHOR_NAME": "Nym", "GIT_AUTHOR_EMAIL": "nym@example.org",
                "GIT_COMMITTER_NAME": "Nym", "GIT_COMMITTER_EMAIL": "nym@example.org",
                "HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})

    def git(*args: str, extra: dict | None = None) -> None:
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                       env={**env, **(extra or {})})

    git("init", "-q")
    dates = ["2024-01-15T09:30:00+0100", "2024-07-15T21:05:00+0200", "2024-03-01T08:00:00+0530"]
    for i, when in enumerate(dates):
        (root / f"f{i}.txt").write_text(f"change {i}\n")
        git("add", f"f{i}.txt")
        git("commit", "-q", "-m", f"Commit number {i}\n\nbody",
            extra={"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    return root


def test_reads_commits_with_offsets_and_leaves_repo_unchanged(tmp_path):
    root = _repo(tmp_path)
    before = _snapshot(root)
    tree = FolderTree(root)
    assert READER.sniff(tree) > 0
    result = SourceResult(tree)
    READER.read(tree, result)
    assert not result.errors
    assert len(result.posts) == 3
    by_offset = {p.stated_offset_minutes: p for p in result.posts}
    assert set(by_offset) == {60, 120, 330}
    winter = by_offset[60]
    assert winter.kind == "commit"
    assert winter.source is None
    assert winter.timestamp.isoformat() == "2024-01-15T08:30:00+00:00"
    assert winter.text.startswith("Commit number 0")
    assert _snapshot(root) == before


def test_plain_folder_is_not_git(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    assert READER.sniff(FolderTree(tmp_path)) == 0


def test_missing_git_is_an_input_error(tmp_path, monkeypatch):
    root = _repo(tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert result.posts == []
    assert result.errors and "git" in result.errors[0].error

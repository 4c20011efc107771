"""The git reader reads this repository and no other, is never held by a FIFO, says
which files a partial clone lacks, and its errors keep the home folder out of a
redacted report (red team, sixth session: items 3, 7, 11, 13).

Every repository here is made by git itself in tmp_path: a victim repository beside
a hostile one that tries to reach it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from nymaudit.sources import git as git_source
from nymaudit.sources.base import SourceResult
from nymaudit.sources.git import READER
from nymaudit.sources.tree import FolderTree

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

SECRET = "Confidential case notes: client Bob lives in Sheffield."
VICTIM_EMAIL = "adviser.real@homeorg.example"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def _git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True,
                          env=env).stdout.strip()


def _make(tmp_path: Path, name: str, text: str, email: str) -> Path:
    env = _env(tmp_path)
    root = tmp_path / name
    root.mkdir()
    _git(root, env, "init", "-q", "-b", "main")
    (root / "README.md").write_text(text + "\n")
    _git(root, env, "add", ".")
    _git(root, env, "-c", f"user.email={email}", "-c", "user.name=Some Name", "commit", "-q", "-m", text)
    return root


def _victim_and_hostile(tmp_path: Path) -> tuple[Path, Path]:
    victim = _make(tmp_path, "victim", SECRET, VICTIM_EMAIL)
    hostile = _make(tmp_path, "hostile", "x", "a@b.example")
    return victim, hostile


def _read(root: Path) -> SourceResult:
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    return result


def _leaks(result: SourceResult) -> bool:
    text = " ".join(f"{p.text} {p.title} {json.dumps(p.extra, default=str)}" for p in result.posts)
    return "Sheffield" in text or VICTIM_EMAIL in text


def _refused(result: SourceResult, word: str) -> bool:
    return any(word in e.error and "were not read" in e.error for e in result.errors)


def _point_at_victim(victim: Path, hostile: Path) -> None:
    """The hostile repository's branch names the victim's commit (a hash is public)."""
    head = _git(victim, _env(victim.parent), "rev-parse", "HEAD")
    (hostile / ".git" / "refs" / "heads" / "main").write_text(head + "\n")


def test_commondir_into_another_repository_is_refused(tmp_path):
    victim, hostile = _victim_and_hostile(tmp_path)
    shutil.rmtree(hostile / ".git" / "objects")
    shutil.rmtree(hostile / ".git" / "refs")
    (hostile / ".git" / "refs").mkdir()
    (hostile / ".git" / "commondir").write_text("../../victim/.git\n")
    result = _read(hostile)
    assert not _leaks(result)
    assert _refused(result, ".git/commondir")
    assert result.posts == []


def test_a_linked_objects_folder_is_refused(tmp_path):
    victim, hostile = _victim_and_hostile(tmp_path)
    shutil.rmtree(hostile / ".git" / "objects")
    (hostile / ".git" / "objects").symlink_to(victim / ".git" / "objects")
    _point_at_victim(victim, hostile)
    result = _read(hostile)
    assert not _leaks(result)
    assert _refused(result, ".git/objects is a link")


def test_a_linked_pack_inside_objects_is_refused(tmp_path):
    victim, hostile = _victim_and_hostile(tmp_path)
    _git(victim, _env(tmp_path), "gc", "-q")  # the victim's objects in one pack
    pack = hostile / ".git" / "objects" / "pack"
    shutil.rmtree(pack)
    pack.symlink_to(victim / ".git" / "objects" / "pack")
    _point_at_victim(victim, hostile)
    result = _read(hostile)
    assert not _leaks(result)
    assert _refused(result, ".git/objects/pack is a link")


def test_a_linked_refs_folder_is_refused(tmp_path):
    victim, hostile = _victim_and_hostile(tmp_path)
    shutil.rmtree(hostile / ".git" / "refs")
    (hostile / ".git" / "refs").symlink_to(victim / ".git" / "refs")
    result = _read(hostile)
    assert not _leaks(result)
    assert _refused(result, ".git/refs is a link")


@pytest.mark.parametrize("name", ["alternates", "http-alternates"])
def test_borrowed_objects_are_refused(tmp_path, name):
    victim, hostile = _victim_and_hostile(tmp_path)
    (hostile / ".git" / "objects" / "info" / name).write_text(f"{victim / '.git' / 'objects'}\n")
    _point_at_victim(victim, hostile)
    result = _read(hostile)
    assert not _leaks(result)
    assert _refused(result, f".git/objects/info/{name}")


def test_a_bare_repository_with_alternates_is_refused(tmp_path):
    victim, _ = _victim_and_hostile(tmp_path)
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", "--shared", str(victim), str(bare)], check=True,
                   capture_output=True, env=_env(tmp_path))
    result = _read(bare)
    assert not _leaks(result)
    assert _refused(result, "objects/info/alternates")


def test_an_ordinary_repository_is_still_read(tmp_path):
    """Hooks that are links (husky and the like) are never run, so they do not refuse a repository."""
    victim, _ = _victim_and_hostile(tmp_path)
    (victim / ".git" / "hooks" / "pre-commit").symlink_to(victim / "README.md")
    result = _read(victim)
    assert result.errors == []
    assert _leaks(result)  # its own text, read


def _fifo_repo(tmp_path: Path, include: str) -> Path:
    root = _make(tmp_path, "fifo", "x", "a@b.example")
    os.mkfifo(tmp_path / "fifo1")
    with (root / ".git" / "config").open("a") as fh:
        fh.write(include)
    return root


@pytest.mark.parametrize("include", [
    "[include]\n\tpath = {fifo}\n",
    '[includeIf "gitdir:/"]\n\tpath = ../../fifo1\n',
    "[include]\n\tpath = ~/fifo1\n",
    "[include]\n\tpath = {inner}\n",  # a regular file that includes the FIFO
])
def test_a_fifo_named_by_a_config_include_is_refused_before_git_runs(tmp_path, monkeypatch, include):
    """Each git command waited on the FIFO until its time limit (240 s per scan)."""
    monkeypatch.setattr(git_source, "TIMEOUT_SECONDS", 3)  # the old code's waits, kept short
    inner = tmp_path / "inner.cfg"
    inner.write_text(f"[include]\n\tpath = {tmp_path / 'fifo1'}\n")
    monkeypatch.setenv("HOME", str(tmp_path))
    root = _fifo_repo(tmp_path, include.format(fifo=tmp_path / "fifo1", inner=inner))
    result = _read(root)
    assert result.posts == []
    assert [e.error for e in result.errors] == [
        "its config includes a file that is not a regular file (a FIFO or device would hold git); "
        "its commit history and files were not read"]


def test_a_device_include_and_a_fifo_ref_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(git_source, "TIMEOUT_SECONDS", 3)
    root = _make(tmp_path, "dev", "x", "a@b.example")
    with (root / ".git" / "config").open("a") as fh:
        fh.write("[include]\n\tpath = /dev/zero\n")
    assert _refused(_read(root), "not a regular file")
    other = _make(tmp_path, "ref", "x", "a@b.example")
    os.mkfifo(other / ".git" / "refs" / "heads" / "waiting")
    assert _refused(_read(other), ".git/refs/heads/waiting is not a regular file")


def test_one_time_limit_for_the_whole_repository(tmp_path):
    """Past the repository's deadline no further git command is started."""
    import time

    result = SourceResult(FolderTree(tmp_path))
    done = git_source._run_git(["git", "--version"], dict(os.environ), result, ".git", 1 << 20,
                               what="cat-file", deadline=time.monotonic() - 1)
    assert done is None
    assert [e.error for e in result.errors] == [
        f"git cat-file was not run: reading this repository took longer than {git_source.TIMEOUT_SECONDS} s"]


def test_a_file_missing_from_a_partial_clone_is_said_not_read(tmp_path):
    """git ls-tree -l prints the size of a blob a partial clone lacks as "BAD": the
    file was dropped without a word."""
    root = _make(tmp_path, "partial", "Hello, I am Jane from Leeds.", "a@b.example")
    env = _env(tmp_path)
    blob = _git(root, env, "rev-parse", "HEAD:README.md")
    (root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    for key, value in (("core.repositoryformatversion", "1"), ("extensions.partialClone", "origin"),
                       ("remote.origin.url", str(tmp_path / "elsewhere")),
                       ("remote.origin.promisor", "true")):
        _git(root, env, "config", key, value)
    result = _read(root)
    errors = [(e.path, e.error) for e in result.errors]
    assert any(path.endswith("HEAD:README.md") and "missing from the repository" in error
               and "not read" in error for path, error in errors), errors
    assert [p for p in result.posts if p.kind == "file"] == []


def test_a_git_error_for_a_relative_input_keeps_the_home_folder_out_of_a_redacted_report(tmp_path,
                                                                                           monkeypatch):
    """git quotes the repository's absolute path ("bad config line 6 in file
    /home/jane.doe/blog/.git/config") even when the input was typed as "blog"."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    home = tmp_path / "home" / "jane.doe"
    home.mkdir(parents=True)
    root = _make(home, "blog", "A post.", "a@b.example")
    (root / "_config.yml").write_text("title: A blog\n")
    (root / "_posts").mkdir()
    (root / "_posts" / "2024-01-01-hello.md").write_text("---\ntitle: Hello\n---\nA first post.\n")
    with (root / ".git" / "config").open("a") as fh:
        fh.write("[core\n bad")
    monkeypatch.chdir(home)
    out = CliRunner().invoke(app, ["scan", "blog", "--redact", "--format", "json", "-q"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert "bad config line" in out.stdout
    assert str(tmp_path) not in out.stdout
    assert "home/" not in out.stdout and "jane" not in out.stdout
    errors = [e["error"] for i in json.loads(out.stdout)["inputs"] for e in i["errors"]]
    assert any("in file blog/.git/config" in e for e in errors), errors


def test_the_path_shortener_knows_a_relative_inputs_absolute_forms(tmp_path, monkeypatch):
    from nymaudit.report.redact import _path_shortener

    home = tmp_path / "jane.doe"
    (home / "blog").mkdir(parents=True)
    (home / "via").symlink_to(home / "blog")
    monkeypatch.chdir(home)
    shorten = _path_shortener(["blog/", "via", "."])
    assert shorten(f"fatal: bad config line 6 in file {home}/blog/.git/config") == (
        "fatal: bad config line 6 in file blog/.git/config")
    # An input typed through a link: git may quote either form.
    assert shorten(f"{home}/via/.git/config and {home}/blog/x") == "via/.git/config and blog/x"
    assert shorten(f"in {home}/x.md") == "in ./x.md"
    assert shorten("blog/a.md") == "blog/a.md"

"""`nymaudit check --staged` on real repositories made with git: what the next commit
publishes is read from git's index, never from the working tree (walkthrough 10, item 3:
a pre-commit hook that checked the disk let a staged e-mail address through)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

LEAK = "Write to me at ruth.ackroyd@gmail.com."
CLEAN = "Write to me via the contact form."


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    # nymaudit on PATH first, as the recipes call it; no user config for git.
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "TZ": "UTC",
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", **extra})
    return env


def _git(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True,
                          env=env)


def _repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "blog"
    env = _env(tmp_path)
    (root / "drafts").mkdir(parents=True)
    (root / "drafts" / "hello.md").write_text("# Hello\n\nHello there.\n")
    _git(root, env, "init", "-q")
    _git(root, env, "add", "-A")
    _git(root, env, "commit", "-qm", "init")
    return root, env


def _nymaudit(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=root, capture_output=True,
                          text=True, env=env, timeout=120)


def _partial(root: Path, env: dict[str, str]) -> Path:
    """The walkthrough's partial staging: the address staged, then cleaned on disk."""
    draft = root / "drafts" / "2026-12-03-partial.md"
    draft.write_text(f"# Soon\n\n{LEAK}\n")
    _git(root, env, "add", "drafts/2026-12-03-partial.md")
    draft.write_text(f"# Soon\n\n{CLEAN}\n")
    return draft


def _rules(done: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    return [(f["rule"], f["location"]["path"]) for f in json.loads(done.stdout)["findings"]]


def test_the_staged_text_is_checked_not_the_cleaned_file_on_disk(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    _partial(root, env)
    on_disk = _nymaudit(root, env, "check", "-f", "json", "drafts/2026-12-03-partial.md")
    assert on_disk.returncode == 0, on_disk.stderr  # what the walkthrough's hook saw
    for args in (["--staged"], ["--staged", "drafts/2026-12-03-partial.md"], ["--staged", "drafts"]):
        done = _nymaudit(root, env, "check", "-f", "json", *args)
        assert done.returncode == 1, (args, done.stderr)
        # Named by its repository path; the other draft (unchanged) only when asked for.
        assert ("SELF001", "drafts/2026-12-03-partial.md") in _rules(done)
    inputs = [i["path"] for i in json.loads(done.stdout)["inputs"]]
    assert inputs == ["drafts/2026-12-03-partial.md", "drafts/hello.md"]
    only_staged = _nymaudit(root, env, "check", "-f", "json", "--staged")
    assert [i["path"] for i in json.loads(only_staged.stdout)["inputs"]] == ["drafts/2026-12-03-partial.md"]
    # Masked output (SARIF masks by default) does not give the address back.
    sarif = _nymaudit(root, env, "check", "--staged", "-f", "sarif")
    assert sarif.returncode == 1 and "ruth.ackroyd" not in sarif.stdout and "gmail" not in sarif.stdout
    # Read-only: the index and the file on disk are as they were.
    assert _git(root, env, "status", "--porcelain").stdout == "AM drafts/2026-12-03-partial.md\n"
    assert (root / "drafts" / "2026-12-03-partial.md").read_text() == f"# Soon\n\n{CLEAN}\n"


def _docs_block(heading: str, language: str) -> str:
    text = (REPO / "docs" / "check.md").read_text()
    section = text.split(heading, 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert match, f"no {language} block under {heading}"
    return match.group(1)


def test_the_documented_pre_commit_hook_stops_the_partial_staging_commit(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text(_docs_block("## Pre-commit hook", "sh"))
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    head = _git(root, env, "rev-parse", "HEAD").stdout
    _partial(root, env)
    done = subprocess.run(["git", "-C", str(root), "commit", "-m", "partial"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode != 0 and "SELF001" in done.stdout + done.stderr
    assert _git(root, env, "rev-parse", "HEAD").stdout == head  # nothing was published
    # `git commit -a` commits the file on disk (git gives the hook a temporary index): clean, it passes,
    # and the hook says nothing (--quiet-pass).
    done = subprocess.run(["git", "-C", str(root), "commit", "-qam", "clean"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "" and "nymaudit" not in done.stderr
    assert CLEAN in _git(root, env, "show", "HEAD:drafts/2026-12-03-partial.md").stdout
    # ...and the other way round: the address on disk, a clean index, `git commit -a` is stopped.
    (root / "drafts" / "hello.md").write_text(f"# Hello\n\n{LEAK}\n")
    done = subprocess.run(["git", "-C", str(root), "commit", "-qam", "leak"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode != 0 and "SELF001" in done.stdout + done.stderr
    # `git commit PATH` commits the file on disk too, whatever the index holds: clean there, it passes.
    _git(root, env, "add", "drafts/hello.md")
    (root / "drafts" / "hello.md").write_text("# Hello\n\nHello again.\n")
    done = subprocess.run(["git", "-C", str(root), "commit", "-qm", "path", "drafts/hello.md"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Hello again." in _git(root, env, "show", "HEAD:drafts/hello.md").stdout


def test_the_pre_commit_framework_recipe_calls_check_staged() -> None:
    config = _docs_block("let the pre-commit framework pass only", "yaml")
    assert "repo: local" in config and "language: system" in config
    entry = re.search(r"entry: (.+)", config)
    assert entry and "nymaudit check --staged" in entry.group(1) and entry.group(1).rstrip().endswith("--")


def _jpeg(gps: bool) -> bytes:
    from PIL import Image

    if gps:
        from test_sources_attachments import gps_jpeg

        return gps_jpeg()
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 20, 30)).save(out, "JPEG")
    return out.getvalue()


def test_staged_images_and_site_files_are_read_from_the_index(tmp_path: Path) -> None:
    pytest.importorskip("piexif")
    root, env = _repo(tmp_path)
    (root / "_config.yml").write_text("title: Notes\n")
    _git(root, env, "add", "-A")
    _git(root, env, "commit", "-qm", "site")
    (root / "assets").mkdir()
    (root / "assets" / "walk.jpg").write_bytes(_jpeg(gps=True))
    (root / "assets" / "alone.jpg").write_bytes(_jpeg(gps=True))
    (root / "_drafts").mkdir()
    (root / "_drafts" / "walk.md").write_text(
        "---\ntitle: Walk\n---\n\nA walk.\n\n![walk](/assets/walk.jpg)\n![later](/assets/later.jpg)\n")
    (root / "_drafts" / "again.md").write_text("---\ntitle: Again\n---\n\n![walk](../assets/walk.jpg)\n")
    (root / "_config.yml").write_text("title: Notes\nemail: ruth.ackroyd@gmail.com\n")
    _git(root, env, "add", "-A")
    # Cleaned on disk after staging (stripped photos, the address removed); later.jpg only on disk.
    (root / "assets" / "walk.jpg").write_bytes(_jpeg(gps=False))
    (root / "assets" / "alone.jpg").unlink()
    (root / "assets" / "later.jpg").write_bytes(_jpeg(gps=True))
    (root / "_config.yml").write_text("title: Notes\n")
    done = _nymaudit(root, env, "check", "--staged", "-f", "json")
    assert done.returncode == 1, done.stderr
    found = _rules(done)
    assert ("META010", "assets/walk.jpg") in found  # the draft's photo, as staged
    assert ("META010", "assets/alone.jpg") in found  # staged, then deleted from the disk
    assert ("SELF001", "_config.yml") in found  # the staged configuration, at its line
    config = next(f for f in json.loads(done.stdout)["findings"] if f["rule"] == "SELF001")
    assert config["location"]["line"] == 2
    errors = [e["error"] for i in json.loads(done.stdout)["inputs"] for e in i["errors"]]
    assert any("later.jpg" in e and "not in git's index" in e for e in errors)  # fails closed
    # Staged on its own and embedded by two drafts: checked once.
    assert sum(1 for rule, path in found if rule == "META010" and path == "assets/walk.jpg") == 1
    # The same files on disk: the photo is clean and the address gone (what `check FILE` reads);
    # there, later.jpg is read instead.
    disk = _rules(_nymaudit(root, env, "check", "-f", "json", "_config.yml", "assets/walk.jpg",
                            "_drafts/walk.md"))
    assert ("META010", "assets/walk.jpg") not in disk and "SELF001" not in {rule for rule, _ in disk}
    assert ("META010", "assets/later.jpg") in disk


def test_fails_closed_without_a_repository_or_git_and_passes_when_nothing_is_staged(tmp_path: Path) -> None:
    env = _env(tmp_path, GIT_CEILING_DIRECTORIES=str(tmp_path))
    plain = tmp_path / "plain"
    plain.mkdir()
    done = _nymaudit(plain, env, "check", "--staged")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "--staged" in done.stderr and "not a git repository" in done.stderr
    no_git = _nymaudit(plain, {**env, "PATH": str(tmp_path / "empty")}, "check", "--staged")
    assert no_git.returncode == 2 and "git is not installed" in no_git.stderr
    root, env = _repo(tmp_path)
    done = _nymaudit(root, env, "check", "--staged")
    assert done.returncode == 0 and done.stdout == "" and "nothing staged" in done.stderr
    quiet = _nymaudit(root, env, "check", "--staged", "--quiet-pass")
    assert quiet.returncode == 0 and quiet.stdout == quiet.stderr == ""
    missing = _nymaudit(root, env, "check", "--staged", "drafts/untracked.md")
    assert missing.returncode == 2 and "not in git's index" in missing.stderr
    no_files = _nymaudit(root, env, "check")
    assert no_files.returncode == 2 and "--staged" in no_files.stderr


def test_a_staged_symbolic_link_fails_closed(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    (root / "drafts" / "notes.md").symlink_to("/etc/hostname")
    _git(root, env, "add", "-A")
    alone = _nymaudit(root, env, "check", "--staged", "-f", "json")
    assert alone.returncode == 2 and "symbolic link" in alone.stderr  # nothing readable, as on disk
    (root / "drafts" / "next.md").write_text("# Next\n\nA quiet week.\n")
    _git(root, env, "add", "-A")
    done = _nymaudit(root, env, "check", "--staged", "-f", "json")
    assert done.returncode == 1
    errors = [e["error"] for i in json.loads(done.stdout)["inputs"] for e in i["errors"]]
    assert any("symbolic link" in e for e in errors)


def test_quiet_pass_prints_nothing_on_a_pass_and_the_report_on_a_failure(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    (root / "drafts" / "next.md").write_text("# Next\n\nA quiet week in the garden.\n")
    _git(root, env, "add", "-A")
    loud = _nymaudit(root, env, "check", "--staged")
    assert loud.returncode == 0 and "overall risk" in loud.stdout
    quiet = _nymaudit(root, env, "check", "--staged", "--quiet-pass")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    # A finding below --fail-on is not shown, but said in one line.
    low = _nymaudit(root, env, "check", "--staged", "--quiet-pass", "--fail-on", "critical")
    (root / "drafts" / "next.md").write_text(f"# Next\n\n{LEAK}\n")
    _git(root, env, "add", "-A")
    low = _nymaudit(root, env, "check", "--staged", "--quiet-pass", "--fail-on", "critical")
    assert low.returncode == 0 and low.stdout == ""
    assert "1 finding(s) below --fail-on critical not shown" in low.stderr
    failed = _nymaudit(root, env, "check", "--staged", "--quiet-pass")
    assert failed.returncode == 1 and "SELF001" in failed.stdout


def test_the_google_photos_sidecar_beside_an_embedded_photo_is_read_from_the_index(tmp_path: Path) -> None:
    """As `check FILE` reads it on disk (tenth session): a stripped photo's Takeout sidecar
    still holds the position, and the site publishes it with the photo."""
    pytest.importorskip("piexif")
    from test_metadata_takeout_s9 import sidecar_name, stripped_jpeg, takeout_sidecar

    root, env = _repo(tmp_path)
    photo = "IMG_20240512_083012.jpg"
    (root / "assets").mkdir()
    (root / "assets" / photo).write_bytes(stripped_jpeg())
    (root / "assets" / sidecar_name(photo)).write_bytes(takeout_sidecar(title=photo))
    (root / "drafts" / "walk.md").write_text(f"# Walk\n\nAlong the river.\n\n![river](/assets/{photo})\n")
    _git(root, env, "add", "-A")
    (root / "assets" / sidecar_name(photo)).unlink()  # gone from the disk, still staged
    done = _nymaudit(root, env, "check", "--staged", "-f", "json", "drafts/walk.md")
    assert done.returncode == 1, done.stderr
    gps = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "META010"]
    assert [f["location"]["path"] for f in gps] == [f"assets/{sidecar_name(photo)}"]
    assert f"(the Google Photos sidecar of {photo})" in gps[0]["message"]

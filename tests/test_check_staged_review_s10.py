"""Review rev10b items 6, 7, 8 and 11 on `check --staged` (real repositories made with git):
the --output refusal with no FILE, SARIF's %SRCROOT% from a subfolder, --quiet-pass with a
baseline, and the message for a FILE that was never `git add`ed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from test_check_staged import _git, _nymaudit, _partial, _repo

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def test_an_output_inside_the_repository_is_refused_with_no_file_as_with_a_dot(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    _partial(root, env)
    for args in ([], ["."]):
        done = _nymaudit(root, env, "check", "--staged", *args, "-f", "sarif", "--output", "report.sarif")
        assert done.returncode == 2, (args, done.stderr)
        assert "inside" in done.stderr
        assert not (root / "report.sarif").exists()
    done = _nymaudit(root, env, "check", "--staged", "-f", "sarif", "--output", str(tmp_path / "r.sarif"))
    assert done.returncode == 1, done.stderr  # outside the repository: written


def test_sarif_from_a_subfolder_says_its_paths_are_the_repository_s(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    _partial(root, env)
    done = _nymaudit(root / "drafts", env, "check", "--staged", "-f", "sarif")
    assert done.returncode == 1, done.stderr
    run = json.loads(done.stdout)["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"] == "The top of the git repository."
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in run["results"] for loc in result.get("locations", [])}
    assert "drafts/2026-12-03-partial.md" in uris
    # Plain `check FILE` keeps the working folder as its base.
    plain = _nymaudit(root, env, "check", "-f", "sarif", "drafts/hello.md")
    text = json.loads(plain.stdout)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"]
    assert text == "The folder nymaudit ran in."


def test_quiet_pass_with_a_baseline_prints_nothing_on_a_pass(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    draft = root / "drafts" / "old.md"
    draft.write_text("# Old\n\nI live in Leeds and work at Leeds City Council.\n")
    baseline = tmp_path / "baseline.json"
    made = _nymaudit(root, env, "baseline", "create", "drafts/old.md", "-o", str(baseline))
    assert made.returncode == 0, made.stderr
    _git(root, env, "add", "drafts/old.md")
    done = _nymaudit(root, env, "check", "--staged", "--quiet-pass", "--fail-on", "medium",
                     "--baseline", str(baseline))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "accepted in the baseline" not in done.stderr
    # Without --quiet-pass the count is still said.
    loud = _nymaudit(root, env, "check", "--staged", "--fail-on", "medium", "--baseline", str(baseline))
    assert "accepted in the baseline" in loud.stderr


def test_a_file_never_added_is_said_to_be_outside_the_index_not_missing(tmp_path: Path) -> None:
    root, env = _repo(tmp_path)
    _partial(root, env)
    (root / "drafts" / "new.md").write_text("# New\n\nNothing here.\n")  # on disk, never added
    done = _nymaudit(root, env, "check", "--staged", "-f", "json", "drafts/2026-12-03-partial.md",
                     "drafts/new.md")
    assert done.returncode == 1, done.stderr
    said = [f["message"] for f in json.loads(done.stdout)["findings"]
            if f["location"]["path"].endswith("new.md")]
    assert said and all("not in git's index" in m and "no such file" not in m for m in said), said

"""A git project as the walkthrough of 29 November (sixth session) built it: real
repositories made with git, read through the CLI. The identity the pseudonym's history
is built on (SELF004, SELF005) and the files the project publishes with its history."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.detect import read_input

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

PSEUDONYM = ("shadowfax", "shadowfax@users.noreply.github.com")
REAL = ("Arjun Venkataraman", "arjun.venkataraman@infosys.com")
README = ("# leakscan\n\nA tool to find leaked API keys in Bengaluru startups' repos. "
          "Built after work at the office in Whitefield.\n")


def _snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def _commit(root: Path, env: dict[str, str], who: tuple[str, str], when: str, message: str) -> None:
    """``git add -A; git commit`` as gen_git.sh does it: author and committer the same."""
    extra = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0],
             "GIT_COMMITTER_EMAIL": who[1], "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True,
                   env={**env, **extra})
    subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty",
                    "-m", message], check=True, capture_output=True, env={**env, **extra})


def _project(tmp_path: Path, first: tuple[str, str] = REAL) -> Path:
    """Two commits by ``first`` (the README among them), then 20 by the pseudonym built
    on them, at night in India (+05:30)."""
    root = tmp_path / "gitproj"
    root.mkdir(parents=True)
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    (root / "README.md").write_text(README)
    _commit(root, env, first, "2025-02-02T22:10:00+05:30", "initial (#1)")
    (root / "notes.txt").write_text("line 2\n")
    _commit(root, env, first, "2025-02-03T23:10:00+05:30", "add notes (#2)")
    for i in range(20):
        (root / "notes.txt").write_text(f"line {i + 3}\n")
        _commit(root, env, PSEUDONYM, f"2025-02-{6 + i:02d}T21:{i:02d}:00+05:30", f"fix parser (#{i + 3})")
    return root


def _scan(*args: str) -> dict:
    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _by_rule(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# -- item 4: the identity the pseudonym's history is built on ----------------------------


def test_the_name_the_history_switched_from_is_high_and_its_employer_named(tmp_path):
    """Walkthrough item 4: two commits by "Arjun Venkataraman <...@infosys.com>", then
    the pseudonym's first commit built on them three days later. Before: SELF004 medium
    "if one of them is yours" and no employer. Now SELF004 high and SELF005 high with
    the employer clue; --redact masks both."""
    root = _project(tmp_path)
    doc = _scan(str(root))
    (self004,) = _by_rule(doc, "SELF004")
    assert self004["severity"] == "high"
    assert self004["evidence"].startswith("Arjun Venkataraman <arjun.venkataraman@infosys.com> (2 commits")
    assert "3 days before the writer's first commit" in self004["message"]
    (self005,) = _by_rule(doc, "SELF005")
    assert (self005["severity"], self005["confidence"]) == ("high", "medium")
    assert self005["clue"] == {"kind": "employer", "value": "infosys.com"}
    assert "infosys" not in self005["message"] and "Arjun" not in self005["message"]
    # SELF003 speaks of the writer's own commits: the pseudonym's address is private.
    assert not _by_rule(doc, "SELF003")
    assert doc["profile"]["clues"]["employer"][0]["value"] == "infosys.com"
    redacted = json.dumps(_scan(str(root), "--redact"))
    for secret in ("infosys", "Arjun", "Venkataraman"):
        assert secret not in redacted


def test_a_project_forked_long_after_its_one_author_stopped_stays_medium(tmp_path):
    """The same shape, but the pseudonym's first commit comes 200 days after the other
    identity's last (a fork of a stranger's small project): SELF004 stays medium and
    the organisation's domain is medium (someone the writer works with, at most)."""
    root = tmp_path / "fork"
    root.mkdir()
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    (root / "README.md").write_text("# tool\n")
    _commit(root, env, ("Dana Designer", "dana@studio-north.co.uk"), "2024-07-01T10:00:00+0100", "start")
    for i in range(12):
        (root / "n.txt").write_text(f"{i}\n")
        _commit(root, env, PSEUDONYM, f"2025-01-{i + 17:02d}T21:00:00+05:30", f"note {i}")
    doc = _scan(str(root))
    assert [f["severity"] for f in _by_rule(doc, "SELF004")] == ["medium"]
    (self005,) = _by_rule(doc, "SELF005")
    assert self005["severity"] == "medium"
    assert self005["clue"] == {"kind": "employer", "value": "studio-north.co.uk"}


def test_free_mail_and_personal_domains_name_no_employer(tmp_path):
    root = _project(tmp_path, first=("Jane Smith", "jane.smith@gmail.com"))
    doc = _scan(str(root))
    assert [f["severity"] for f in _by_rule(doc, "SELF004")] == ["high"]  # still her name, days before
    assert not _by_rule(doc, "SELF005")
    other = _project(tmp_path / "b", first=("Jane Smith", "me@janesmith.dev"))
    assert not _by_rule(_scan(str(other)), "SELF005")


# -- item 11: the files the project publishes with its history ---------------------------


def test_the_projects_own_files_are_read_from_head(tmp_path):
    """Walkthrough item 11: README.md ("Bengaluru ... the office in Whitefield") was never
    read. Now HEAD's prose files are records of kind "file": the place rules see them,
    located at the file and its line; post counts, timing and style do not. Untracked and
    ignored files (not published), links, test fixtures and binaries are not read, and
    nothing in the repository changes."""
    root = _project(tmp_path)
    env = _env(tmp_path)
    (root / "docs").mkdir()
    (root / "docs/setup.md").write_text("Questions: write to arjun.v.personal@protonmail.com\n")
    (root / "tests/fixtures").mkdir(parents=True)
    (root / "tests/fixtures/sample.txt").write_text("call +44 7700 900123\n")
    (root / "LICENSE").write_text("MIT License\n\nCopyright (c) 2025 shadowfax\n")
    (root / "logo.txt").write_bytes(b"\x00\x01binary")
    os.symlink("/etc/hostname", root / "HOSTNAME.md")
    (root / ".gitignore").write_text("secret-notes.md\n")
    _commit(root, env, PSEUDONYM, "2025-03-20T21:30:00+05:30", "docs (#30)")
    (root / "secret-notes.md").write_text("I live at 14 Burton Road, Didsbury.\n")  # ignored
    (root / "draft.md").write_text("My phone is 07700 900456.\n")  # untracked
    before = _snapshot(root)

    corpus = read_input(root)
    files = {p.origin.record: p for p in corpus.posts if p.kind == "file"}
    assert set(files) == {"HEAD:README.md", "HEAD:notes.txt", "HEAD:docs/setup.md", "HEAD:LICENSE"}
    assert corpus.inputs[0].posts == 21  # the writer's commits only
    # Only the note on the code and config files at HEAD that are not read (eighth session),
    # a note, not an input error (tenth session).
    assert corpus.inputs[0].errors == []
    assert [n[1].split(" is")[0].split(" are")[0] for n in corpus.inputs[0].notes] == [
        "left out on purpose: 2 of the 7 files at HEAD"]

    doc = _scan(str(root))
    places = {(f["evidence"].count("Bengaluru") > 0, f["location"]["path"], f["location"]["record"],
               f["location"]["line"]) for f in _by_rule(doc, "PLACE001")}
    assert (True, str(root / "README.md"), "HEAD:README.md", 3) in places
    (mail,) = _by_rule(doc, "SELF001")
    assert mail["location"]["record"] == "HEAD:docs/setup.md"
    assert "[a file of the git repository as committed" in mail["message"]
    assert not _by_rule(doc, "SELF002")  # the fixture's and the untracked draft's numbers
    assert doc["inputs"][0]["posts"] == 21
    assert _snapshot(root) == before


def test_a_blog_kept_in_git_does_not_read_its_posts_twice(tmp_path):
    """A Jekyll site in git: the blog reader reads _posts/; the history's line adds the
    site's README and top-level pages, never the posts again."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    (root / "_config.yml").write_text("title: Notes\n")
    for i in range(3):
        (root / f"_posts/2025-01-0{i + 1}-p{i}.md").write_text(f"---\ntitle: p{i}\n---\nPost {i}.\n")
    (root / "README.md").write_text("My blog.\n")
    _commit(root, env, PSEUDONYM, "2025-01-04T21:00:00+0000", "posts")
    corpus = read_input(root)
    assert [i.format for i in corpus.inputs] == ["blog", "git"]
    assert sorted(p.origin.record for p in corpus.posts if p.kind == "file") == ["HEAD:README.md"]
    assert corpus.inputs[0].posts == 3


def test_the_writers_own_work_address_names_the_employer(tmp_path):
    """SELF003's own example: the writer's commits under "Jane Smith <jane.smith@leeds.gov.uk>".
    SELF003 (the address) and SELF005 (the employer, high) both."""
    root = tmp_path / "own"
    root.mkdir()
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    for i in range(5):
        (root / "n.txt").write_text(f"{i}\n")
        _commit(root, env, ("Jane Smith", "jane.smith@leeds.gov.uk"), f"2025-01-0{i + 1}T21:00:00+0000",
                f"note {i}")
    doc = _scan(str(root))
    assert [f["severity"] for f in _by_rule(doc, "SELF003")] == ["high"]
    (self005,) = _by_rule(doc, "SELF005")
    assert self005["severity"] == "high" and self005["clue"] == {"kind": "employer", "value": "leeds.gov.uk"}
    assert "The writer's own commits carry" in self005["message"]


def test_past_the_caps_the_project_says_what_it_did_not_read(tmp_path, monkeypatch):
    import nymaudit.sources.git as git

    monkeypatch.setattr(git, "MAX_FILES", 2)
    monkeypatch.setattr(git, "MAX_FILE_BYTES", 1000)
    root = _project(tmp_path)
    env = _env(tmp_path)
    (root / "docs").mkdir()
    for i in range(3):
        (root / f"docs/p{i}.md").write_text(f"page {i}\n")
    (root / "BIG.md").write_text("x" * 2000)
    _commit(root, env, PSEUDONYM, "2025-03-20T21:30:00+05:30", "docs (#30)")
    corpus = read_input(root)
    read = sorted(p.origin.record for p in corpus.posts if p.kind == "file")
    assert read == ["HEAD:README.md", "HEAD:notes.txt"]  # top-level first
    assert [e.error for e in corpus.inputs[0].errors] == [
        "a file of the project larger than 1,000 bytes; not read",
        "the project holds more than 2 prose files or 32 MiB of them; 3 were not read",
    ]

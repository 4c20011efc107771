"""The git reader, tenth session (walkthrough 10, 29 November 2026): real repositories
made by git. A committed ``.mailmap`` is read (item 1); HEAD's code and dotfiles left out on
purpose are a note (INPUT008), not an input error (the INPUT001 papercut)."""

from __future__ import annotations

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

PSEUDONYM = ("quietfox", "quietfox@users.noreply.github.com")
REAL = ("Daniel Marsh", "daniel.marsh@acme-logistics.de")
# The walkthrough's line: git's "Proper Name <proper@email> Commit Name <commit@email>".
MAILMAP = "quietfox <quietfox@users.noreply.github.com> Daniel Marsh <daniel.marsh@acme-logistics.de>\n"
README = ("# tidyq\n\nA small queue that tidies itself. I wrote it to keep my evenings short; "
          "the design notes are in docs.\n")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def _commit(root: Path, env: dict[str, str], who: tuple[str, str], when: str, message: str) -> None:
    extra = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0],
             "GIT_COMMITTER_EMAIL": who[1], "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True,
                   env={**env, **extra})
    subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty",
                    "-m", message], check=True, capture_output=True, env={**env, **extra})


def _repo(tmp_path: Path, mailmap: str | None = MAILMAP, real_commits: int = 0, name: str = "repo") -> Path:
    """The walkthrough's repository (gen_c_dev.py): a README, a script, a .mailmap, 12
    commits by the pseudonym (+0200), and ``real_commits`` by the real identity among them
    (every third from the fourth on, built on the pseudonym's: a work laptop). With none, it is
    the history after `git filter-branch` made every commit quietfox's."""
    root = tmp_path / name
    root.mkdir(parents=True)
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    (root / "README.md").write_text(README)
    (root / "tidyq.py").write_text("def tidy(q):\n    return sorted(q)\n")
    if mailmap is not None:
        (root / ".mailmap").write_text(mailmap)
    for i in range(12):
        (root / "counter.dat").write_text(f"step {i}\n")
        who = REAL if i % 3 == 0 and 0 < i <= 3 * real_commits else PSEUDONYM
        _commit(root, env, who, f"2026-10-{12 + i:02d}T21:{i:02d}:00+02:00", f"step {i}: tidy things")
    return root


def _scan(*args: str) -> tuple[dict, str]:
    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout), out.stderr


def _by_rule(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# -- item 1: a committed .mailmap --------------------------------------------------------------


def test_a_rewritten_history_with_its_mailmap_still_committed_names_the_writer(tmp_path):
    """Walkthrough 10 item 1 (repo_rewritten): every commit is quietfox's, as SELF004's advice
    leaves it, but HEAD still publishes the .mailmap that says Daniel Marsh at acme-logistics.de
    is quietfox. Before, neither "Marsh" nor "acme" appeared anywhere in the report."""
    doc, _ = _scan(str(_repo(tmp_path)))
    linked = _by_rule(doc, "SELF004")
    assert len(linked) == 1, linked
    assert linked[0]["severity"] == "high" and linked[0]["confidence"] == "high"
    assert "says these are one person" in linked[0]["message"]
    assert "if one of them is yours" not in linked[0]["message"]
    # Said without guessing a rewrite (review rev10b 5, 2026-11-29).
    assert "no commit here carries them" in linked[0]["message"] and "rewritten" not in linked[0]["message"]
    assert "Daniel Marsh <daniel.marsh@acme-logistics.de> (no commits)" in linked[0]["evidence"]
    assert linked[0]["location"]["path"].endswith(".mailmap")
    assert linked[0]["location"]["record"] == "HEAD:.mailmap"
    assert ".mailmap" in linked[0]["advice"]
    employer = _by_rule(doc, "SELF005")
    assert [(f["severity"], f["clue"]["value"]) for f in employer] == [("high", "acme-logistics.de")]
    assert "mailmap file says is the writer's" in employer[0]["message"]


def test_a_mailmap_states_as_fact_what_the_commits_only_suggest(tmp_path):
    """The walkthrough's `repo`: 3 commits by Daniel Marsh beside quietfox's, and the .mailmap
    joining them. It said "if one of them is yours" (medium); the repository says it is."""
    doc, _ = _scan(str(_repo(tmp_path, real_commits=3)))
    identity = _by_rule(doc, "SELF004")
    assert len(identity) == 1, identity
    assert identity[0]["severity"] == "high"
    assert "says these are one person" in identity[0]["message"]
    assert "Daniel Marsh <daniel.marsh@acme-logistics.de> (3 commits, 2026-10-15 to 2026-10-21)" in (
        identity[0]["evidence"])
    assert [f["severity"] for f in _by_rule(doc, "SELF005")] == ["high"]


def test_without_a_mailmap_the_other_identity_stays_a_possibility(tmp_path):
    """The control: the same history without .mailmap keeps the hedged medium findings."""
    doc, _ = _scan(str(_repo(tmp_path, mailmap=None, real_commits=3)))
    assert [(f["severity"], "if one of them is yours" in f["message"]) for f in _by_rule(doc, "SELF004")] == [
        ("medium", True)]
    assert [f["severity"] for f in _by_rule(doc, "SELF005")] == ["medium"]


def test_the_short_mailmap_forms_and_a_real_name_on_the_writers_own_address(tmp_path):
    """git's shorter forms: "Proper Name <commit@email>" gives the pseudonym's own relay
    address a real name; "<proper@email> <commit@email>" joins two addresses. A comment line
    and a trailing comment are ignored, as git does."""
    mailmap = ("# who is who\n"
               "Daniel Marsh <quietfox@users.noreply.github.com>\n"
               "<quietfox@users.noreply.github.com> <dm@dm-laptop.local>  # old laptop\n")
    root = _repo(tmp_path, mailmap=mailmap)
    doc, _ = _scan(str(root))
    identity = _by_rule(doc, "SELF004")
    assert len(identity) == 1 and identity[0]["severity"] == "high", identity
    assert "Daniel Marsh <quietfox@users.noreply.github.com> (no commits)" in identity[0]["evidence"]
    # A name-less address is listed (it names a machine) but names no organisation.
    assert "<dm@dm-laptop.local> (no commits)" in identity[0]["evidence"]
    assert _by_rule(doc, "SELF005") == []
    # git itself reads the file the same way: the pseudonym's address maps to Daniel Marsh.
    mapped = subprocess.run(["git", "-C", str(root), "check-mailmap", "<quietfox@users.noreply.github.com>"],
                            capture_output=True, text=True, env=_env(tmp_path), check=True).stdout
    assert mapped.strip() == "Daniel Marsh <quietfox@users.noreply.github.com>"


def test_parse_mailmap_agrees_with_git_check_mailmap(tmp_path):
    """Each line's proper identity as our parser reads it is what `git check-mailmap` maps the
    commit identity to (git 2.x, the four forms and odd spacing)."""
    from nymaudit.sources.git import parse_mailmap

    text = ("Jane Doe <jane@corp.example>\n"
            "<jane@corp.example> <jdoe@old.example>\n"
            "Jane Doe <jane@corp.example>   <j@laptop.example>\n"
            "Jane Doe <jane@corp.example> jd <jd@home.example>\n"
            "#Not Me <not@me.example>\n"
            "  Spaced  Name   <spaced@x.example>  \n"
            "broken line without address\n")
    root = tmp_path / "m"
    root.mkdir()
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    (root / ".mailmap").write_text(text)
    entries = parse_mailmap(text)
    assert entries == [
        ("Jane Doe", "jane@corp.example", "", ""),
        ("", "jane@corp.example", "", "jdoe@old.example"),
        ("Jane Doe", "jane@corp.example", "", "j@laptop.example"),
        ("Jane Doe", "jane@corp.example", "jd", "jd@home.example"),
        ("Spaced  Name", "spaced@x.example", "", ""),
    ]
    for commit, proper in (("x <jdoe@old.example>", "x <jane@corp.example>"),
                           ("y <j@laptop.example>", "Jane Doe <jane@corp.example>"),
                           ("jd <jd@home.example>", "Jane Doe <jane@corp.example>"),
                           ("z <spaced@x.example>", "Spaced  Name <spaced@x.example>")):
        out = subprocess.run(["git", "-C", str(root), "check-mailmap", commit], capture_output=True,
                             text=True, env=env, check=True).stdout.strip()
        assert out == proper, (commit, out)


def test_a_mailmap_that_names_someone_else_is_a_possibility_not_a_fact(tmp_path):
    """A .mailmap line that does not touch the writer's addresses names another person in a
    published file: medium, hedged, as another identity in the history is."""
    mailmap = "Priya Shah <priya@contoso-bank.co.uk> <ps@build-01.local>\n"
    doc, _ = _scan(str(_repo(tmp_path, mailmap=mailmap)))
    identity = _by_rule(doc, "SELF004")
    hedged = [(f["severity"], "if one of them is yours" in f["message"]) for f in identity]
    assert hedged == [("medium", True)]
    assert "Priya Shah <priya@contoso-bank.co.uk> (no commits)" in identity[0]["evidence"]
    assert [(f["severity"], f["clue"]["value"]) for f in _by_rule(doc, "SELF005")] == [
        ("medium", "contoso-bank.co.uk")]
    # Said to come from the .mailmap, where it is (review rev10b 3, 2026-11-29).
    assert _by_rule(doc, "SELF005")[0]["location"]["path"].endswith(".mailmap")


def test_a_mailmap_joining_the_writers_own_relay_addresses_says_nothing(tmp_path):
    mailmap = "quietfox <quietfox@users.noreply.github.com> <1234+quietfox@users.noreply.github.com>\n"
    doc, _ = _scan(str(_repo(tmp_path, mailmap=mailmap)))
    assert _by_rule(doc, "SELF004") == [] and _by_rule(doc, "SELF005") == []


def test_a_mailmap_over_the_cap_is_said_not_read(tmp_path, monkeypatch):
    from nymaudit.sources import git

    monkeypatch.setattr(git, "MAX_MAILMAP_BYTES", 64)
    corpus = read_input(_repo(tmp_path))
    assert [e.error for e in corpus.inputs[0].errors] == [
        "the .mailmap is larger than 64 bytes; the identities it names were not read"]


def test_the_mailmap_under_redact(tmp_path):
    doc, _ = _scan(str(_repo(tmp_path)), "--redact")
    text = json.dumps(doc)
    for secret in ("Marsh", "Daniel", "acme", "quietfox"):
        assert secret not in text, secret
    assert "says these are one person" in _by_rule(doc, "SELF004")[0]["message"]


# -- the INPUT001 papercut: files left out on purpose --------------------------------------------


def test_code_and_dotfiles_left_out_are_a_note_not_an_input_error(tmp_path):
    """Before: "not read: 1 of the 5 files at HEAD (code, configuration, dotfiles)" as INPUT001
    "Part of an input could not be read", the generic re-download advice, and stderr
    "warning: repo: 1 input error(s)". Nothing was wrong with the repository."""
    root = _repo(tmp_path, mailmap=None)
    (root / ".zshrc").write_text("export TZ=Europe/Berlin\n")
    _commit(root, _env(tmp_path), PSEUDONYM, "2026-10-30T21:00:00+01:00", "dotfiles")
    doc, stderr = _scan(str(root))
    assert doc["inputs"][0]["errors"] == []
    assert _by_rule(doc, "INPUT001") == []
    assert "input error" not in stderr
    [note] = _by_rule(doc, "INPUT008")
    assert note["severity"] == "info"
    assert note["message"].startswith("left out on purpose: 3 of the 4 files at HEAD are code, "
                                      "configuration or dotfiles, which nymaudit does not check")
    assert "download" not in note["advice"] and "Read the files listed yourself" in note["advice"]
    assert note["evidence"] == ".zshrc, counter.dat, tidyq.py"


def test_a_real_read_error_stays_an_input_error(tmp_path, monkeypatch):
    from nymaudit.sources import git

    monkeypatch.setattr(git, "MAX_FILE_BYTES", 16)
    corpus = read_input(_repo(tmp_path, mailmap=None))
    assert [e.error for e in corpus.inputs[0].errors] == [
        "a file of the project larger than 16 bytes; not read"]
    assert [n[1].split(",")[0] for n in corpus.inputs[0].notes] == [
        "left out on purpose: 2 of the 3 files at HEAD are code"]


# -- item 4 (walkthrough 10): the repository's prose in the style texts -----------------------


def _style_records(root: Path) -> list[str | None]:
    from nymaudit.style.text import corpus_text

    return [o.record for o in corpus_text(read_input(root)).origins]


DESIGN = ("# Design\n\n" + "The upshot is that the queue tidies itself; to be honest, latency matters "
          "less than I thought, and the tests say so. " * 6)


def test_the_writers_readme_and_docs_are_the_style_text_of_a_repository(tmp_path):
    """`compare repo` compared the 12 commit messages ("step N: tidy things") and left the
    README and docs out without a word. The prose only the writer's commits made is the
    writer's: it is the style text now, and with 100 words or more of it the messages are
    dropped (as beside a blog's posts); the LICENSE, whoever committed it, is not read."""
    root = _repo(tmp_path, mailmap=None)
    (root / "docs").mkdir()
    (root / "docs/design.md").write_text(DESIGN)
    (root / "LICENSE").write_text("MIT License\n\nCopyright (c) 2026 quietfox\n")
    _commit(root, _env(tmp_path), PSEUDONYM, "2026-10-30T21:00:00+01:00", "docs")
    assert _style_records(root) == ["HEAD:README.md", "HEAD:docs/design.md"]
    known = tmp_path / "known.txt"
    known.write_text("Some words of mine. " * 30)
    out = CliRunner().invoke(app, ["compare", str(root), "--known", f"me={known}"],
                             env={"NO_COLOR": "1", "COLUMNS": "120"}, catch_exceptions=False)
    assert "Pseudonymous words: 154" in out.stdout, out.stdout  # README 22 + design 132, no messages


def test_a_short_readme_joins_the_commit_messages(tmp_path):
    """Under 100 words of the writer's prose the messages stay beside it: a two-line README
    alone would leave next to nothing to compare."""
    root = _repo(tmp_path, mailmap=None)
    records = _style_records(root)
    assert records[0] == "HEAD:README.md" and len(records) == 13, records


def test_a_readme_someone_else_wrote_stays_out_of_the_style_text(tmp_path):
    """A template's or a theme's README (its first commit is another author's) is not the
    writer's prose, however much of it there is; the writer's own page is."""
    root = tmp_path / "fork"
    root.mkdir()
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    (root / "README.md").write_text("# Minimal theme\n\n" + "A theme for Jekyll sites, by its author. " * 30)
    _commit(root, env, ("Theme Author", "author@theme.example"), "2025-01-01T10:00:00+00:00", "theme")
    (root / "guide.md").write_text(DESIGN)
    for i in range(5):
        (root / "counter.dat").write_text(f"{i}\n")
        _commit(root, env, PSEUDONYM, f"2026-10-{12 + i:02d}T21:00:00+02:00", f"fix the layout {i}")
    assert _style_records(root) == ["HEAD:guide.md"]


def test_the_mailmap_makes_the_real_identitys_readme_the_writers(tmp_path):
    """The walkthrough's repository: docs committed by the real identity, which the .mailmap
    says is the writer: the writer's prose."""
    root = tmp_path / "mapped"
    root.mkdir()
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    (root / "design.md").write_text(DESIGN)
    _commit(root, env, REAL, "2026-10-11T12:00:00+02:00", "design")
    for i in range(5):
        (root / "counter.dat").write_text(f"{i}\n")
        _commit(root, env, PSEUDONYM, f"2026-10-{12 + i:02d}T21:00:00+02:00", f"step {i}")
    assert "HEAD:design.md" not in _style_records(root)  # another identity's, for all we know
    (root / ".mailmap").write_text(MAILMAP)
    _commit(root, env, PSEUDONYM, "2026-10-20T21:00:00+02:00", "mailmap")
    assert _style_records(root) == ["HEAD:design.md"]


def test_the_note_is_dropped_for_a_blog_kept_in_git(tmp_path):
    """A Jekyll site in git: the blog reader reads the site's files, so the git line says
    nothing of them (a control: also so before, as an input error then)."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    (root / "_config.yml").write_text("title: Notes\nauthor: qf\n")
    (root / "_posts/2024-03-01-hello.md").write_text(
        "---\ntitle: Hello\ndate: 2024-03-01 21:00:00 +0100\n---\nI wrote this at night.\n")
    (root / "app.js").write_text("console.log(1)\n")
    _commit(root, env, PSEUDONYM, "2024-03-01T21:00:00+01:00", "init")
    doc, stderr = _scan(str(root))
    assert [i["format"] for i in doc["inputs"]] == ["blog", "git"]
    assert not [f for f in doc["findings"] if f["rule"] in ("INPUT001", "INPUT008")]
    assert "input error" not in stderr

"""The .mailmap reader after review rev10b (29 November 2026, tenth session), on real
repositories made by git: a fork's mailmap of other people is one finding at the .mailmap,
not one per domain "in the history" (item 3, also for a shallow clone); a co-maintainer who
committed the writer's commits is not the writer (item 4); no guessed rewrite (item 5); a
binary or corrupt .mailmap names nobody (item 10); compare names the README/docs it reads as
the writer's prose (item 9)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

QUILL = ("Quill", "quill@users.noreply.github.com")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def _git(root: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def _commit(root: Path, env: dict[str, str], author: tuple[str, str], when: str, message: str,
            committer: tuple[str, str] | None = None) -> None:
    committer = committer or author
    extra = {"GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1], "GIT_COMMITTER_NAME": committer[0],
             "GIT_COMMITTER_EMAIL": committer[1], "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    _git(root, {**env, **extra}, "add", "-A")
    _git(root, {**env, **extra}, "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message)


def _init(root: Path, env: dict[str, str]) -> Path:
    root.mkdir(parents=True)
    _git(root, env, "init", "-q", "-b", "main")
    return root


def _scan(*args: str) -> dict:
    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _rule(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


def _upstream_fork(tmp_path: Path, people: int = 30) -> tuple[Path, Path]:
    """gen/mkfork_big.sh, smaller: an upstream whose contributors committed under old work
    addresses and whose .mailmap maps each to a new one; Quill clones it and adds 5 posts.
    Returns (the fork, a `git clone --depth 5` of it: what CI's checkout gives)."""
    env = _env(tmp_path)
    up = _init(tmp_path / "upstream", env)
    lines = []
    for i in range(1, people + 1):
        (up / "CHANGES.txt").write_text(f"line {i}\n")
        _commit(up, env, (f"Dev {i}", f"dev{i}@oldcorp{i}.com"), "2020-01-01T10:00:00+01:00", f"change {i}")
        lines.append(f"Dev {i} <dev{i}@newcorp{i}.com> <dev{i}@oldcorp{i}.com>\n")
    (up / ".mailmap").write_text("".join(lines))
    _commit(up, env, ("Dev 1", "dev1@newcorp1.com"), "2021-01-01T10:00:00+01:00", "mailmap")
    fork = tmp_path / "fork"
    _git(tmp_path, env, "clone", "-q", str(up), str(fork))
    for d in range(1, 6):
        (fork / f"p{d}.md").write_text(f"post {d}\n")
        _commit(fork, env, QUILL, f"2025-03-0{d}T22:00:00+00:00", f"post {d}")
    shallow = tmp_path / "fork-shallow"
    _git(tmp_path, env, "clone", "-q", "--depth", "5", f"file://{fork}", str(shallow))
    return fork, shallow


def test_a_shallow_fork_with_a_contributors_mailmap_is_one_finding_at_the_mailmap(tmp_path):
    """Item 3: before, 30 SELF005 medium "Another identity in the history ..." at .git, one per
    domain of people who made no commit in the clone."""
    _, shallow = _upstream_fork(tmp_path)
    doc = _scan(str(shallow))
    orgs = _rule(doc, "SELF005")
    assert len(orgs) == 1, [f["evidence"] for f in orgs]
    assert orgs[0]["severity"] == "medium"
    assert orgs[0]["location"]["path"].endswith(".mailmap")
    assert "in the history has" not in orgs[0]["message"]
    assert "30 other identities" in orgs[0]["message"] and "30 organisations" in orgs[0]["message"]
    assert "shallow" in orgs[0]["message"] and "and 25 more" in orgs[0]["evidence"]
    named = [f for f in _rule(doc, "SELF004") if "also names" in f["message"]]
    assert len(named) == 1 and "shallow" in named[0]["message"]
    assert named[0]["location"]["path"].endswith(".mailmap")
    # --redact masks the identities of the summary (evidence).
    masked = _scan(str(shallow), "--redact")
    assert "newcorp" not in json.dumps(_rule(masked, "SELF005"))


def test_a_full_fork_says_mailmap_only_people_come_from_the_mailmap(tmp_path):
    """gen/mkfork.sh: Carol is only in the theme's .mailmap (no commit). Before, her domain was
    "Another identity in the history" located at .git."""
    env = _env(tmp_path)
    up = _init(tmp_path / "up", env)
    (up / "README.md").write_text("# Theme\n")
    _commit(up, env, ("Alice Smith", "alice@oldco.com"), "2020-01-01T10:00:00+01:00", "init")
    (up / ".mailmap").write_text("Alice Smith <alice@newco.io> <alice@oldco.com>\n"
                                 "Carol White <carol@carolw.dev> Carol <carol@contractor-corp.com>\n")
    _commit(up, env, ("Alice Smith", "alice@newco.io"), "2021-03-01T10:00:00+01:00", "mailmap")
    fork = tmp_path / "fork"
    _git(tmp_path, env, "clone", "-q", str(up), str(fork))
    for d in range(1, 4):
        (fork / f"p{d}.md").write_text(f"post {d}\n")
        _commit(fork, env, QUILL, f"2025-03-0{d}T22:00:00+00:00", f"post {d}")
    doc = _scan(str(fork))
    carol = [f for f in _rule(doc, "SELF005") if "contractor-corp.com" in f["evidence"]]
    assert len(carol) == 1
    assert carol[0]["location"]["path"].endswith(".mailmap")
    assert "only in the mailmap file" in carol[0]["message"]
    assert "in the history has" not in carol[0]["message"]
    # The shallow note belongs to shallow clones only.
    assert not any("shallow" in f["message"] for f in doc["findings"])


def test_collaborators_at_many_organisations_are_summarised(tmp_path):
    """More than other_domains_listed (3) collaborators' domains: one medium finding."""
    env = _env(tmp_path)
    root = _init(tmp_path / "team", env)
    (root / "README.md").write_text("# notes\n")
    _commit(root, env, QUILL, "2025-03-01T22:00:00+00:00", "first")
    for i in range(1, 6):
        (root / f"c{i}.md").write_text(f"c {i}\n")
        _commit(root, env, (f"Colleague {i}", f"c{i}@firm{i}-example.com"),
                f"2025-03-0{i + 1}T10:00:00+00:00", f"change {i}")
        (root / f"q{i}.md").write_text(f"q {i}\n")
        _commit(root, env, QUILL, f"2025-03-0{i + 1}T22:00:00+00:00", f"post {i}")
    orgs = _rule(_scan(str(root)), "SELF005")
    assert len(orgs) == 1 and orgs[0]["severity"] == "medium"
    assert "5 other identities" in orgs[0]["message"] and "5 organisations" in orgs[0]["message"]


def _maintained(tmp_path: Path, committer: tuple[str, str], mailmap: str) -> Path:
    """gen/mkcommitter.sh: Quill authors every commit; ``committer`` applied them."""
    env = _env(tmp_path)
    root = _init(tmp_path / "cm", env)
    (root / "README.md").write_text("# Notes\n\nMy notes on walking.\n")
    _commit(root, env, QUILL, "2025-03-01T21:00:00+00:00", "first", committer)
    (root / ".mailmap").write_text(mailmap)
    _commit(root, env, QUILL, "2025-03-02T21:00:00+00:00", "mailmap", committer)
    for d in range(3, 6):
        (root / f"p{d}.md").write_text(f"p {d}\n")
        _commit(root, env, QUILL, f"2025-03-0{d}T21:00:00+00:00", f"post {d}", committer)
    return root


def test_a_co_maintainers_mailmap_line_is_not_stated_as_the_writers(tmp_path):
    """Item 4: before, SELF004 high/high "says these are one person: the writer's identity and 1
    other identity" and SELF005 high on max@oldjob-example.org, from Max's own line."""
    root = _maintained(tmp_path, ("Max Maintainer", "max@bigcorp.com"),
                       "Max Maintainer <max@bigcorp.com> <max@oldjob-example.org>\n")
    doc = _scan(str(root))
    assert not any("one person" in f["message"] for f in _rule(doc, "SELF004"))
    assert not any("mailmap file says is the writer's" in f["message"] for f in _rule(doc, "SELF005"))
    assert not any("oldjob-example.org" in f["evidence"] and f["severity"] == "high"
                   for f in doc["findings"])
    # Max committed every commit: not "no commits".
    assert not any("Max Maintainer <max@bigcorp.com> (no commits)" in f["evidence"] for f in doc["findings"])


def test_the_writers_own_committer_address_still_joins_the_writers_group(tmp_path):
    """The same person committing under the same name from another address (a work laptop)
    is still the writer: the mailmap line on that address is stated as fact."""
    root = _maintained(tmp_path, ("Quill", "quill@laptop-example.org"),
                       "Jane Realname <jane.realname@acme-corp.com> <quill@laptop-example.org>\n")
    stated = [f for f in _rule(_scan(str(root)), "SELF004") if "one person" in f["message"]]
    assert len(stated) == 1 and stated[0]["severity"] == "high"


def _own_repo(tmp_path: Path, mailmap: bytes) -> Path:
    """gen/mkmail.sh: the writer's repository with a committed .mailmap of these bytes."""
    env = _env(tmp_path)
    root = _init(tmp_path / "m", env)
    (root / "README.md").write_text("# Quill\n\nNotes about walking, trains and the sea.\n")
    _commit(root, env, QUILL, "2025-03-01T21:00:00+00:00", "first")
    (root / ".mailmap").write_bytes(mailmap)
    _commit(root, env, QUILL, "2025-03-02T21:00:00+00:00", "mailmap")
    return root


def test_a_mailmap_line_on_an_address_that_never_committed_guesses_no_rewrite(tmp_path):
    """Item 5 (gen/mm2): nothing was rewritten; the real identity never committed."""
    root = _own_repo(tmp_path,
                     b"Jane Q Realname <jane.realname@acme-corp.com> <QUILL@users.noreply.github.com>\n")
    stated = [f for f in _rule(_scan(str(root)), "SELF004") if "one person" in f["message"]]
    assert len(stated) == 1
    assert "no commit here carries them" in stated[0]["message"]
    assert "rewritten" not in stated[0]["message"] and "any more" not in stated[0]["message"]


def test_a_binary_mailmap_is_one_note_not_garbage_identities(tmp_path):
    """Item 10 (gen/mm_bin): 3 KB of random bytes, one real line, 2 KB more. Before: SELF004
    medium naming 4 "identities" of replacement characters. The real line is read as git
    reads it (eleventh session: git uses it, tests/test_git11.py), no garbage identity."""
    rng = random.Random(7)
    data = (bytes(rng.randrange(256) for _ in range(3000))
            + b"\nquietfox <quill@users.noreply.github.com> Daniel Marsh <daniel.marsh@acme-logistics.de>\n"
            + bytes(rng.randrange(256) for _ in range(2000)))
    doc = _scan(str(_own_repo(tmp_path, data)))
    identity = _rule(doc, "SELF004")
    assert [f["severity"] for f in identity] == ["high"]
    assert "Daniel Marsh <daniel.marsh@acme-logistics.de>" in identity[0]["evidence"]
    assert "\ufffd" not in json.dumps(doc["findings"])
    notes = [f for f in _rule(doc, "INPUT001") if "not text" in f["message"]]
    assert len(notes) == 1 and notes[0]["location"]["path"].endswith(".mailmap")


def test_a_corrupt_line_in_a_text_mailmap_is_skipped(tmp_path):
    """A text .mailmap with a few damaged lines: the good lines are read, the damaged ones
    (no "@", a control or undecodable byte) name nobody."""
    data = (b"Priya Shah <priya@contoso-bank.co.uk> <ps@build-01.local>\n"
            b"Gar\x01bage <not-an-address>\n"
            b"Bro\xffken <x\xfe@y.example> <z@q.example>\n"
            b"Ok Person <ok\x07@w.example>\n")
    doc = _scan(str(_own_repo(tmp_path, data)))
    named = [f for f in _rule(doc, "SELF004") if "also names" in f["message"]]
    assert len(named) == 1
    assert "Priya Shah" in named[0]["evidence"]
    assert "1 identity" in named[0]["message"]
    for bad in ("not-an-address", "Bro", "\ufffd", "Ok Person"):
        assert bad not in named[0]["evidence"]


def test_compare_names_the_repository_files_read_as_the_writers_prose(tmp_path):
    """Item 9 (gen/mkcopied.sh): a theme's README copied in by the writer's own commit is read
    as the writer's prose; compare says which files it read that way."""
    env = _env(tmp_path)
    root = _init(tmp_path / "cp", env)
    sentences = ["The harbour was quiet when the boats came in at dusk.",
                 "She walked along the shingle and counted the gulls on the wall.",
                 "Nobody in the village remembered the winter the river froze.",
                 "A letter arrived on Tuesday, creased and smelling of smoke.",
                 "He kept the lamp burning long after the others had gone to bed."]
    (root / "README.md").write_text(" ".join(sentences[i % 5] for i in range(40)) + "\n")
    (root / "_config.yml").write_text("theme: x\n")
    _commit(root, env, QUILL, "2025-01-01T21:00:00+00:00", "Initial commit: add theme files")
    for i in range(1, 11):
        (root / "notes.yml").write_text(f"n: {i}\n")
        _commit(root, env, QUILL, f"2025-01-{i + 1:02d}T21:00:00+00:00", f"tweak the layout, step {i}")
    known = tmp_path / "me.txt"
    known.write_text(" ".join(sentences[(i * 3) % 5] for i in range(60)) + "\n")
    out = CliRunner().invoke(app, ["compare", str(root), "--known", f"me={known}", "--format", "json"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code == 0, out.output
    link = json.loads(out.stdout)["linkage"]
    assert link["writer_prose_files"] == ["README.md"]
    assert any("README.md" in w and "copied in" in w for w in link["warnings"])
    term = CliRunner().invoke(app, ["compare", str(root), "--known", f"me={known}"], env={"NO_COLOR": "1"},
                              catch_exceptions=False)
    assert "README.md" in term.stdout

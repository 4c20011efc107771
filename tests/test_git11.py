"""The git reader and SELF003-005 on real repositories made with git (eleventh session):
the committer of the writer's commits is the writer only when it is the same person, and
a mostly binary .mailmap keeps the lines git reads."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.base import SourceResult
from nymaudit.sources.git import READER
from nymaudit.sources.tree import FolderTree

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

WRITER = ("quietclerk", "9+quietclerk@users.noreply.github.com")
MAINTAINER = ("Bob Hartley", "bob.hartley@acme-logistics.de")
FRIEND = ("Ana Ruiz", "ana.ruiz@gmail.com")
REAL = ("Jane Smith", "jane.smith@leeds.gov.uk")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull})
    return env


def _git(root: Path, env: dict[str, str], *args: str, who: tuple[str, str] | None = None,
         committer: tuple[str, str] | None = None, when: str | None = None,
         stdin: bytes | None = None) -> bytes:
    extra: dict[str, str] = {}
    if who:
        extra.update({"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1]})
    committer = committer or who
    if committer:
        extra.update({"GIT_COMMITTER_NAME": committer[0], "GIT_COMMITTER_EMAIL": committer[1]})
    if when:
        extra.update({"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    done = subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", *args], check=True,
                          capture_output=True, env={**env, **extra}, input=stdin)
    return done.stdout


def _commit(root: Path, env: dict[str, str], who: tuple[str, str], when: str, message: str,
            committer: tuple[str, str] | None = None) -> None:
    # One file per commit: rebased and applied commits never conflict.
    (root / f"{message.replace(' ', '-').replace(',', '')}.md").write_text(f"{message}\n")
    _git(root, env, "add", "-A", who=who)
    _git(root, env, "commit", "-q", "-m", message, who=who, committer=committer, when=when)


def _new(tmp_path: Path, name: str) -> tuple[Path, dict[str, str]]:
    root = tmp_path / name
    root.mkdir()
    env = _env(tmp_path)
    _git(root, env, "init", "-q", "-b", "main")
    return root, env


def _scan(*args: str) -> dict:
    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _rules(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


def _applied_by_maintainer(tmp_path: Path) -> Path:
    """The maintainer's published repository: the writer's patches, mailed with
    ``git format-patch`` and applied by the maintainer with ``git am`` (author and author
    time kept, committer and committer time the maintainer's), a friend's patch applied the
    same way, and two commits of the maintainer's own."""
    upstream, env = _new(tmp_path, "upstream")
    _commit(upstream, env, MAINTAINER, "2025-01-02T10:00:00+0100", "start")
    writer = tmp_path / "writer"
    subprocess.run(["git", "clone", "-q", str(upstream), str(writer)], check=True, capture_output=True,
                   env=env)
    for i in range(8):
        _commit(writer, env, WRITER, f"2025-01-{5 + i:02d}T23:{10 + i}:00+0000", f"parser fix {i}")
    _commit(writer, env, FRIEND, "2025-01-20T12:00:00+0100", "typo")
    patches = _git(writer, env, "format-patch", "--stdout", "origin/main")
    _git(upstream, env, "am", "-q", who=MAINTAINER, stdin=patches,
         when="2025-02-01T09:00:00+0100")
    _commit(upstream, env, MAINTAINER, "2025-02-02T10:00:00+0100", "release")
    return upstream


def test_a_maintainer_who_applied_the_writers_patches_is_not_the_writer(tmp_path):
    """`git am` by a maintainer at acme-logistics.de: no SELF003 on the maintainer's
    address, no high SELF005 naming the writer's employer; the maintainer is an identity
    that committed the writer's commits (SELF004, medium: he commits others' work too), and
    his domain is another identity's (medium). Old code: SELF003 and SELF005 high."""
    repo = _applied_by_maintainer(tmp_path)
    doc = _scan(str(repo))
    assert doc["inputs"][0]["posts"] == 8
    assert _rules(doc, "SELF003") == []
    employer = _rules(doc, "SELF005")
    assert [(f["clue"]["value"], f["severity"]) for f in employer] == [("acme-logistics.de", "medium")]
    assert "Another identity" in employer[0]["message"]
    committed = [f for f in _rules(doc, "SELF004") if "committed by" in f["message"]]
    # Kept (rev11a 1): medium, he applied a friend's patch too; his own commits listed there, once.
    assert [f["severity"] for f in committed] == ["medium"]
    assert "; authored 2 commits, " in committed[0]["evidence"]
    listed = " ".join(f["evidence"] for f in _rules(doc, "SELF004"))
    assert listed.count("bob.hartley@acme-logistics.de") == 1


def test_timing_reads_the_author_time_not_the_maintainers(tmp_path):
    """The writer's clock is the author time (kept by `git am`, rebase and cherry-pick);
    the committer time is when the maintainer applied them (09:00 +0100 for all eight)."""
    repo = _applied_by_maintainer(tmp_path)
    tree = FolderTree(repo)
    result = SourceResult(tree)
    READER.read(tree, result)
    commits = [p for p in result.posts if p.kind == "commit"]
    assert sorted(p.timestamp.strftime("%d %H:%M") for p in commits) == [
        f"{5 + i:02d} 23:{10 + i}" for i in range(8)]
    assert {p.stated_offset_minutes for p in commits} == {0}


def test_a_committer_who_committed_only_the_writers_commits_is_reported_as_possibly_theirs(tmp_path):
    """`git commit --author` on a machine set up with the real name: the committer (Jane
    Smith, leeds.gov.uk) committed the writer's commits and nothing else. Not said to be the
    writer's own address (SELF003: the lead's rule), but SELF004 high names it as possibly
    the writer's, and SELF005 high its employer; --redact masks both."""
    root, env = _new(tmp_path, "blog")
    for i in range(6):
        _commit(root, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"post {i}")
    for i in range(2):
        _commit(root, env, WRITER, f"2025-03-{10 + i:02d}T12:30:00+0000", f"fix {i}", committer=REAL)
    doc = _scan(str(root))
    assert _rules(doc, "SELF003") == []
    committed = [f for f in _rules(doc, "SELF004") if "committed by" in f["message"]]
    assert len(committed) == 1 and committed[0]["severity"] == "high"
    assert committed[0]["evidence"].startswith("Jane Smith <jane.smith@leeds.gov.uk> (2 commits")
    assert "nothing else here" in committed[0]["message"]
    assert [(f["clue"]["value"], f["severity"]) for f in _rules(doc, "SELF005")] == [("leeds.gov.uk", "high")]
    redacted = json.dumps(_scan(str(root), "--redact"))
    for secret in ("jane.smith@leeds.gov.uk", "Jane Smith", "leeds.gov.uk"):
        assert secret not in redacted


def test_the_writers_own_rebase_on_another_machine_is_still_the_writer(tmp_path):
    """Same name, another address (a rebase on the work laptop): the writer's own, SELF003
    high as before; a .mailmap joining an address to the writer's makes it the writer's too."""
    root, env = _new(tmp_path, "tool")
    for i in range(4):
        _commit(root, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"post {i}")
    _commit(root, env, WRITER, "2025-03-09T21:00:00+0000", "base")
    (root / "other.md").write_text("x\n")
    _git(root, env, "add", "-A", who=WRITER)
    _git(root, env, "commit", "-q", "-m", "later", who=WRITER, when="2025-03-10T21:00:00+0000")
    # Reword the last commit on the laptop: committer quietclerk <qc@acme-logistics.de>.
    _git(root, env, "commit", "-q", "--amend", "-m", "later, reworded", who=WRITER,
         committer=("quietclerk", "qc@acme-logistics.de"), when="2025-03-10T22:00:00+0000")
    doc = _scan(str(root))
    assert [f["evidence"] for f in _rules(doc, "SELF003")] == ["quietclerk <qc@acme-logistics.de>"]
    assert [(f["clue"]["value"], f["severity"]) for f in _rules(doc, "SELF005")] == [
        ("acme-logistics.de", "high")]

    other, env = _new(tmp_path, "mapped")
    (other / ".mailmap").write_text(f"{WRITER[0]} <{WRITER[1]}> {REAL[0]} <{REAL[1]}>\n")
    for i in range(4):
        _commit(other, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"post {i}")
    _commit(other, env, WRITER, "2025-03-09T21:00:00+0000", "applied", committer=REAL)
    doc = _scan(str(other))
    assert [f["evidence"] for f in _rules(doc, "SELF003")] == [f"{REAL[0]} <{REAL[1]}>"]
    assert not [f for f in _rules(doc, "SELF004") if "committed by" in f["message"]]


def test_githubs_web_flow_and_a_rebase_bot_are_nobody(tmp_path):
    """Web edits and merges committed by "GitHub <noreply@github.com>", a rebase by a
    bot: no identity finding at all."""
    root, env = _new(tmp_path, "site")
    for i in range(4):
        _commit(root, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"post {i}")
    _commit(root, env, WRITER, "2025-03-08T21:00:00+0000", "web edit",
            committer=("GitHub", "noreply@github.com"))
    _commit(root, env, WRITER, "2025-03-09T21:00:00+0000", "rebased",
            committer=("mergify[bot]", "37929162+mergify[bot]@users.noreply.github.com"))
    doc = _scan(str(root))
    assert [f for f in doc["findings"] if f["rule"] in ("SELF003", "SELF004", "SELF005")] == []


def test_a_co_maintainer_who_rebased_the_writers_pull_requests(tmp_path):
    """A co-maintainer who authored nothing here but rebased both the writer's and a
    friend's pull requests (`git rebase` under his identity): medium, not the writer's."""
    root, env = _new(tmp_path, "proj")
    for i in range(6):
        _commit(root, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"work {i}")
    _git(root, env, "checkout", "-q", "-b", "pr", "HEAD~2")
    _commit(root, env, FRIEND, "2025-03-10T10:00:00+0100", "friend fix")
    _commit(root, env, WRITER, "2025-03-10T23:00:00+0000", "writer fix")
    _git(root, env, "rebase", "-q", "main", who=MAINTAINER, when="2025-03-11T09:00:00+0100")
    _git(root, env, "checkout", "-q", "main")
    _git(root, env, "merge", "-q", "--ff-only", "pr")
    doc = _scan(str(root))
    assert _rules(doc, "SELF003") == []
    committed = [f for f in _rules(doc, "SELF004") if "committed by" in f["message"]]
    assert [f["severity"] for f in committed] == ["medium"]
    assert committed[0]["evidence"].startswith("Bob Hartley <bob.hartley@acme-logistics.de> (1 commit")
    assert [(f["clue"]["value"], f["severity"]) for f in _rules(doc, "SELF005")] == [
        ("acme-logistics.de", "medium")]


# -- item 2: a mostly binary .mailmap keeps the lines git reads ----------------------------


def _check_mailmap(root: Path, env: dict[str, str], identity: str) -> str:
    """git itself, the oracle: what a clone's `git log --use-mailmap` shows for ``identity``."""
    return subprocess.run(["git", "-C", str(root), "check-mailmap", identity], capture_output=True,
                          env=env, check=True).stdout.decode("utf-8", "replace").strip()


def _mailmap_repo(tmp_path: Path, data: bytes) -> tuple[Path, dict[str, str]]:
    root, env = _new(tmp_path, "mm")
    for i in range(3):
        _commit(root, env, WRITER, f"2025-03-{1 + i:02d}T21:00:00+0000", f"post {i}")
    (root / ".mailmap").write_bytes(data)
    _commit(root, env, WRITER, "2025-03-05T21:00:00+0000", "mailmap")
    return root, env


def _garbage(seed: int, size: int) -> bytes:
    import random

    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def test_a_mostly_binary_mailmap_keeps_the_one_line_git_reads(tmp_path):
    """A PNG's header and 6 KB of random bytes (NULs and newlines among them) around one real
    line: `git check-mailmap` maps the writer's relay address to Jane Smith, so the report does
    too (SELF004 high, stated; SELF005 high), with one INPUT001 saying the rest is not text. Old
    code: the whole file was refused (no SELF004)."""
    line = f"{REAL[0]} <{REAL[1]}> <{WRITER[1]}>\n".encode()
    data = b"\x89PNG\r\n\x1a\n" + _garbage(7, 3000) + b"\n" + line + _garbage(8, 3000)
    assert data.count(b"\0") > 5
    root, env = _mailmap_repo(tmp_path, data)
    assert _check_mailmap(root, env, f"<{WRITER[1]}>") == f"{REAL[0]} <{REAL[1]}>"
    doc = _scan(str(root))
    stated = [f for f in _rules(doc, "SELF004") if "one person" in f["message"]]
    assert len(stated) == 1 and stated[0]["severity"] == "high"
    assert f"{REAL[0]} <{REAL[1]}>" in stated[0]["evidence"]
    assert [(f["clue"]["value"], f["severity"]) for f in _rules(doc, "SELF005")] == [("leeds.gov.uk", "high")]
    notes = [f for f in _rules(doc, "INPUT001") if "mostly not text" in f["message"]]
    assert len(notes) == 1 and "1 line" in notes[0]["message"]
    assert "\ufffd" not in json.dumps(doc["findings"])
    redacted = json.dumps(_scan(str(root), "--redact"))
    assert "jane.smith" not in redacted and "leeds.gov.uk" not in redacted


def test_git_reads_mailmap_lines_as_parse_mailmap_does(tmp_path):
    """Against `git check-mailmap`: a line glued to the garbage before it (the name is what
    follows the last binary byte), a line longer than git's 1,024-byte buffer (read in
    pieces), one after a NUL (git's line has ended), and a vertical tab, which is no line
    break to git."""
    from nymaudit.sources.git import parse_mailmap

    # (Without "<" or ">": git would take the first "<...>" of the garbage as the address.)
    glued = bytes(b for b in _garbage(3, 500) if b not in b"\n\0<>") + (
        b"Ana Ruiz <ana@ruiz.example> <ar@old.example>\n")
    # After a NUL on the same line: git's line (a C string) has ended.
    cut = b"garbage\0Dee <dee@x.example> <dee@old.example>\n"
    long = b"x" * 1100 + b" Bo <bo@new.example> <bo@old.example>\n"
    tab = b"Cy Doe <cy@corp.example>\x0b<cy@old.example>\n"
    data = _garbage(4, 4000) + b"\n" + glued + long + cut + tab + _garbage(5, 2000)
    root, env = _mailmap_repo(tmp_path, data)
    # As text (the old code's argument), loose: what the strict reading keeps is a subset.
    entries = parse_mailmap(data.decode("utf-8", "replace"))
    by_old = {}
    for name, email, _, old in entries:
        by_old.setdefault(old, []).append(f"{name} <{email}>")
    # The address each maps to is git's; the name is git's without the garbage before it.
    assert _check_mailmap(root, env, "x <ar@old.example>").endswith("Ana Ruiz <ana@ruiz.example>")
    assert by_old["ar@old.example"] == ["Ana Ruiz <ana@ruiz.example>"]
    git_bo = _check_mailmap(root, env, "y <bo@old.example>")
    assert git_bo == "x" * 77 + " Bo <bo@new.example>"
    assert git_bo in by_old["bo@old.example"]
    # One line to git, whose commit side is named "\v" (git's isspace() is " \t\n\r" only): the
    # line still says the two addresses are one person. splitlines() made it two lines.
    assert _check_mailmap(root, env, "\x0b <cy@old.example>") == "Cy Doe <cy@corp.example>"
    assert by_old["cy@old.example"] == ["Cy Doe <cy@corp.example>"]
    assert _check_mailmap(root, env, "w <dee@old.example>") == "w <dee@old.example>"
    assert "dee@old.example" not in by_old
    # The reader's own reading of a mostly binary file (strict addresses) keeps the same lines.
    assert {e[3] for e in parse_mailmap(data, strict=True)} >= {"ar@old.example", "bo@old.example",
                                                                 "cy@old.example"}


def test_a_truly_binary_mailmap_still_names_nobody(tmp_path):
    """64 KB of random bytes: no line git would map an address with; one INPUT001, no identity."""
    root, _ = _mailmap_repo(tmp_path, b"\x89PNG\r\n\x1a\n" + _garbage(11, 1 << 16))
    doc = _scan(str(root))
    assert [f for f in doc["findings"] if f["rule"] in ("SELF004", "SELF005")] == []
    notes = [f for f in _rules(doc, "INPUT001") if "not text" in f["message"]]
    assert len(notes) == 1 and notes[0]["location"]["path"].endswith(".mailmap")

"""The git reader on a real repository made with git."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.sources.base import SourceResult
from nymaudit.sources.git import READER
from nymaudit.sources.tree import FolderTree

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def _commits(result: SourceResult) -> list:
    """The commit records (the project's own files, kind "file", are tested in
    test_git_identity.py)."""
    return [post for post in result.posts if post.kind == "commit"]


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
    assert len(_commits(result)) == 3
    by_offset = {p.stated_offset_minutes: p for p in _commits(result)}
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


def _git_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def _commit(root: Path, env: dict[str, str], message: str, when: str, email: str,
            committer: tuple[str, str] | None = None) -> None:
    """One commit of everything in the tree; ``committer`` (name, address) when it
    differs from the author (a commit applied on another machine)."""
    name = email.split("@")[0]
    c_name, c_email = committer or (name, email)
    extra = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": c_name,
             "GIT_COMMITTER_EMAIL": c_email, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True,
                   env={**env, **extra})
    subprocess.run(["git", "-C", str(root), "commit", "-q", "--allow-empty", "-m", message],
                   check=True, capture_output=True, env={**env, **extra})


def _commit_run(root: Path, env: dict[str, str], count: int, email: str, when, stem: str) -> None:
    """``count`` commits by ``email``, the i-th at ``when(i)``, each adding a file."""
    for i in range(count):
        (root / f"{stem}{i}.txt").write_text(f"{i}\n")
        _commit(root, env, f"{stem} {i}", when(i), email)


def _commit_message(root: Path, env: dict[str, str], message: Path) -> None:
    """One commit whose message is the file ``message`` (git commit -F)."""
    (root / "f.txt").write_text("x\n")
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(root), "-c", "user.name=n", "-c", "user.email=n@example.org",
                    "commit", "-q", "-F", str(message)], check=True, env=env)


def _new_repo(tmp_path: Path, name: str) -> tuple[Path, dict[str, str]]:
    root = tmp_path / name
    root.mkdir(exist_ok=True)
    env = _git_env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    return root, env


def _forked_theme_blog(tmp_path: Path, writer_commits: int = 40) -> Path:
    """A Jekyll site forked from a theme: the theme author's long history under the
    writer's own posts, each post committed at the time it was written (UK clock),
    front matter dates without a time, as most hand-written posts have them; and one
    dependabot commit on top."""
    from archive_builders import build_jekyll_blog

    root = build_jekyll_blog(tmp_path / "site", [])
    root, env = _new_repo(tmp_path, "site")
    for i in range(120):
        (root / "_layouts").mkdir(exist_ok=True)
        (root / "_layouts" / "default.html").write_text(f"<html>{{{{content}}}}<!-- {i} --></html>\n")
        day = 1 + i % 28
        when = f"2021-{1 + i % 12:02d}-{day:02d}T10:{i % 60:02d}:00-0800"
        _commit(root, env, f"theme: tweak layout {i}", when, "designer@theme.example")
    (root / "_posts").mkdir(exist_ok=True)
    for i in range(writer_commits):
        month, day = 1 + i % 12, 1 + (i * 7) % 28
        summer = 4 <= month <= 9
        hour = 19 + i % 4
        offset = "+0100" if summer else "+0000"
        (root / "_posts" / f"2024-{month:02d}-{day:02d}-note-{i}.md").write_text(
            f"---\ntitle: Note {i}\ndate: 2024-{month:02d}-{day:02d}\n---\n\n"
            "Another evening writing up the planning committee. "
            "I organise my notes whilst the kettle boils.\n"
        )
        _commit(root, env, f"Add note {i}", f"2024-{month:02d}-{day:02d}T{hour}:{i % 60:02d}:00{offset}",
                "clerk@users.noreply.github.com")
    _commit(root, env, "Bump nokogiri", "2024-12-20T03:00:00+0000",
            "49699333+dependabot[bot]@users.noreply.github.com")
    return root


def test_reads_the_current_writer_not_the_theme_author_nor_a_bot(tmp_path):
    root = _forked_theme_blog(tmp_path)
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    # Only the note on the site's files at HEAD (dropped when read as a blog's history), a
    # note since the tenth session, not an input error.
    assert result.errors == []
    assert [n[1].startswith("left out on purpose:") for n in result.notes] == [True]
    # 40 of the writer's commits, not the theme author's 120 nor dependabot's one.
    assert len(_commits(result)) == 40
    assert {p.stated_offset_minutes for p in _commits(result)} == {0, 60}
    assert all(p.text.startswith("Add note") for p in _commits(result))


def test_relative_input_path(tmp_path, monkeypatch):
    """git applies -C before GIT_DIR: a relative path must still name this repository."""
    _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    tree = FolderTree(Path("repo"))
    result = SourceResult(tree)
    READER.read(tree, result)
    assert not result.errors, result.errors
    assert len(_commits(result)) == 3


def test_blog_kept_in_git_adds_its_history_end_to_end(tmp_path):
    """`nymaudit scan site` on a GitHub-Pages-style site: the blog is read as a blog,
    its commit history as a second input line, the commits' stored offsets leak the
    clock (TIME007), and the commit messages stay out of the style text."""
    import json

    from typer.testing import CliRunner

    from nymaudit.cli import app

    root = _forked_theme_blog(tmp_path)
    before = _snapshot(root)
    out = CliRunner().invoke(app, ["scan", str(root), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    inputs = {i["format"]: i for i in report["inputs"]}
    assert set(inputs) == {"blog", "git"}
    assert inputs["blog"]["posts"] == 40 and inputs["git"]["posts"] == 40
    assert inputs["git"]["path"].endswith(".git") and not inputs["git"]["errors"]
    rules = {f["rule"] for f in report["findings"]}
    assert "TIME007" in rules  # the offsets git stored, +0000 in winter and +0100 in summer
    leak = next(f for f in report["findings"] if f["rule"] == "TIME007")
    assert "+01:00" in leak["message"] or "+1" in leak["message"]
    assert _snapshot(root) == before
    # Style reads the posts, not "Add note 12".
    from nymaudit.sources.detect import read_input
    from nymaudit.style.text import corpus_text

    text = corpus_text(read_input(root)).joined
    assert "planning committee" in text and "Add note" not in text


def _scan_json(*args: str) -> dict:
    import json

    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def test_identities_in_the_history(tmp_path):
    """A pseudonymous repository whose first commits were made under the writer's
    real address (before they set up the pseudonym), and one later commit made from a
    work laptop whose committer is the real name: SELF004 (high) for the committer that
    committed the writer's commit and nothing else (not SELF003: the committer is not
    taken as the writer unless it is the same person, 2026-11-29), SELF004 for the old
    identity; --redact masks them in every field."""
    root, env = _new_repo(tmp_path, "tool")
    _commit_run(root, env, 3, "jane.smith@council.gov.uk",
                lambda i: f"2023-02-0{i + 1}T09:00:00+0000", "start")
    _commit_run(root, env, 30, "1234+quietdev@users.noreply.github.com",
                lambda i: f"2024-03-{1 + i % 28:02d}T21:{i:02d}:00+0000", "feature")
    # Authored as the pseudonym but committed on the work laptop (a cherry-pick).
    (root / "late.py").write_text("z = 1\n")
    _commit(root, env, "fix", "2024-04-02T12:30:00+0100", "1234+quietdev@users.noreply.github.com",
            committer=("Jane Smith", "jsmith@wyc.gov.uk"))

    report = _scan_json(str(root))
    by_rule = {f["rule"]: f for f in report["findings"] if "committed by" not in f["message"]}
    assert "SELF003" not in by_rule
    committed = [f for f in report["findings"] if f["rule"] == "SELF004" and "committed by" in f["message"]]
    assert committed[0]["evidence"].startswith("Jane Smith <jsmith@wyc.gov.uk> (1 commit")
    assert committed[0]["severity"] == "high"
    assert "jsmith" not in committed[0]["message"]
    old = by_rule["SELF004"]
    assert old["evidence"].startswith("jane.smith <jane.smith@council.gov.uk> (3 commits, 2023-02-01 to")
    assert "3 commits by 1 other identity" in old["message"]
    # The writer's 31 commits are the posts; the old identity's are not.
    assert report["inputs"][0]["posts"] == 31

    redacted = json.dumps(_scan_json(str(root), "--redact"))
    for secret in ("jsmith@wyc.gov.uk", "jane.smith@council.gov.uk", "Jane Smith", "council.gov.uk"):
        assert secret not in redacted


def test_one_earlier_identity_stays_medium_however_many_commits(tmp_path):
    """A site forked from one designer's theme looks exactly like a writer who
    switched from their real name to the pseudonym in place: one identity handing
    over. However many commits it has, it stays medium (a false alarm can be
    baselined; a missed real name cannot), listed with the later colleague."""
    root = _forked_theme_blog(tmp_path)
    env = _git_env(tmp_path)
    (root / "guest.md").write_text("guest post\n")
    _commit(root, env, "Guest post", "2024-12-01T18:00:00+0000", "colleague@council.gov.uk")
    findings = [f for f in _scan_json(str(root))["findings"] if f["rule"] == "SELF004"]
    assert [f["severity"] for f in findings] == ["medium"], findings
    assert "designer <designer@theme.example> (120 commits" in findings[0]["evidence"]
    assert "colleague <colleague@council.gov.uk> (1 commit" in findings[0]["evidence"]


def test_theme_updates_merged_in_later_stay_inherited(tmp_path):
    """The writer merges the theme's newer commits (dated after the writer's first
    post) from upstream: still history the writer built on (low), found by the commit
    graph, not by dates; a commit on top of the writer's own work is not."""
    env = _git_env(tmp_path)
    upstream, _ = _new_repo(tmp_path, "theme")
    for i in range(60):
        (upstream / "layout.html").write_text(f"{i}\n")
        _commit(upstream, env, f"theme {i}", f"2022-01-{1 + i % 28:02d}T10:00:00-0800",
                f"dev{i % 4}@theme.example")
    site = tmp_path / "site"
    subprocess.run(["git", "clone", "-q", str(upstream), str(site)], check=True, capture_output=True, env=env)
    for i in range(30):
        (site / f"post{i}.md").write_text(f"{i}\n")
        _commit(site, env, f"post {i}", f"2024-02-{1 + i % 28:02d}T20:00:00+0000",
                "9+qc@users.noreply.github.com")
    (upstream / "layout.html").write_text("new\n")
    _commit(upstream, env, "theme update", "2024-03-01T10:00:00-0800", "dev9@theme.example")
    subprocess.run(["git", "-C", str(site), "pull", "-q", "--no-rebase", "--no-edit", "origin", "HEAD"],
                   check=True, capture_output=True,
                   env={**env, "GIT_AUTHOR_NAME": "qc", "GIT_AUTHOR_EMAIL": "9+qc@users.noreply.github.com",
                        "GIT_COMMITTER_NAME": "qc", "GIT_COMMITTER_EMAIL": "9+qc@users.noreply.github.com"})
    (site / "guest.md").write_text("guest\n")
    _commit(site, env, "guest", "2024-03-05T18:00:00+0000", "friend@uni.ac.uk")
    findings = [f for f in _scan_json(str(site))["findings"] if f["rule"] == "SELF004"]
    by_severity = {f["severity"]: f for f in findings}
    assert set(by_severity) == {"low", "medium"}, findings
    assert "dev9 <dev9@theme.example> (1 commit, 2024-03-01" in by_severity["low"]["evidence"]
    assert "46 commits by 4 other identities" in by_severity["low"]["message"]
    # The friend built on the writer's work; dev3 made the commit the writer took over
    # from (the last theme commit before the fork), which is how an old identity of the
    # writer's own would look: both medium.
    assert "friend <friend@uni.ac.uk> (1 commit" in by_severity["medium"]["evidence"]
    assert "dev3 <dev3@theme.example> (15 commits" in by_severity["medium"]["evidence"]


def test_a_real_name_handing_over_to_the_pseudonym_stays_medium(tmp_path):
    """The review's case: a theme by three people, then a few commits under the
    writer's real name, then the pseudonym. The real name is not lumped in with the
    theme's authors."""
    env = _git_env(tmp_path)
    root, _ = _new_repo(tmp_path, "handover")
    for k, who in enumerate(["alice", "bob", "carol"]):
        _commit_run(root, env, 4, f"{who}@theme.example",
                    lambda i, k=k: f"2022-02-{1 + 4 * k + i:02d}T10:00:00+0000", f"theme-{who}")
    _commit_run(root, env, 3, "jane.realname@council.gov.uk",
                lambda i: f"2023-05-0{1 + i}T21:00:00+0100", "mine")
    _commit_run(root, env, 30, "123+nightowl@users.noreply.github.com",
                lambda i: f"2024-03-{1 + i % 28:02d}T21:00:00+0000", "note")
    findings = {f["severity"]: f for f in _scan_json(str(root))["findings"] if f["rule"] == "SELF004"}
    assert "jane.realname@council.gov.uk" in findings["medium"]["evidence"]
    assert "jane" not in findings["low"]["evidence"] and "alice" in findings["low"]["evidence"]


def test_no_identity_findings_for_a_private_address(tmp_path):
    root, env = _new_repo(tmp_path, "quiet")
    for i in range(5):
        (root / f"f{i}.txt").write_text(f"{i}\n")
        _commit(root, env, f"note {i}", f"2024-05-0{i + 1}T20:00:00+0200",
                "77+quiet@users.noreply.github.com")
    rules = {f["rule"] for f in _scan_json(str(root))["findings"]}
    assert not {"SELF003", "SELF004"} & rules
    # The plain test repository commits as nym@example.org: a real-looking address.
    assert "SELF003" in {f["rule"] for f in _scan_json(str(_repo(tmp_path)))["findings"]}


_FIELD_TEXT = st.text(st.characters(blacklist_characters="\x1e\x1f"), max_size=30)


@given(st.lists(st.tuples(*[_FIELD_TEXT] * 8, _FIELD_TEXT.filter(lambda m: m.strip())), max_size=8),
       st.lists(st.text(max_size=40), max_size=6))
@settings(max_examples=300, deadline=None)
def test_log_parser_round_trips_records_and_survives_garbage(commits, garbage):
    """Whole records come back field for field, whatever their text; separator bytes
    in the middle of a message (a hostile repository) cost that record, counted, and
    never the others or a traceback."""
    from nymaudit.sources.git import FIELD, RECORD, _git_settings, _writer, parse_log, parse_log_bytes

    printed = "".join(RECORD + FIELD.join(fields) for fields in commits)
    records, bad = parse_log(printed)
    assert [tuple(r) for r in records] == [tuple(c) for c in commits if any(f.strip() for f in c)]
    assert bad == 0
    hostile = printed + RECORD + FIELD.join(garbage)
    records, bad = parse_log(hostile)
    assert len(records) + bad >= len([c for c in commits if any(f.strip() for f in c)])
    # What git prints is parsed record by record from bytes, with the same result.
    as_bytes = hostile.encode("utf-8", "surrogatepass")
    assert parse_log_bytes(as_bytes) == parse_log(as_bytes.decode("utf-8", "replace"))
    _writer(records, _git_settings())


def test_log_parser_reads_what_git_prints():
    from nymaudit.sources.git import FIELD, RECORD, parse_log

    good = FIELD.join(["a" * 40, "1700000000", "2023-11-14 22:13:20 +0100", "x@y.org", "X",
                       "x@y.org", "X", "b" * 40, "subject\n\nbody with \u2028 odd bytes"])
    records, bad = parse_log(RECORD + good + RECORD + "truncated" + FIELD + "1")
    assert bad == 1 and len(records) == 1 and records[0][8].startswith("subject")


def test_history_on_another_branch_than_an_unborn_head(tmp_path):
    """HEAD may name a branch without commits (a renamed default branch, an import
    with git fast-import) while local branches hold the history: still read."""
    root = _repo(tmp_path)
    subprocess.run(["git", "-C", str(root), "symbolic-ref", "HEAD", "refs/heads/unborn"], check=True,
                   capture_output=True, env=_git_env(tmp_path))
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert not result.errors, result.errors
    assert len(result.posts) == 3


def test_no_commits_at_all_is_not_an_error(tmp_path):
    root, _ = _new_repo(tmp_path, "empty")
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert result.posts == [] and result.errors == []


def test_hostile_partial_clone_runs_nothing_and_writes_nothing(tmp_path):
    """A repository set up as a partial clone with a missing commit: git would ask its
    "promisor" remote for the object, running the command the repository's own config
    names and writing a pack into the input. The scan must do neither."""
    root = _repo(tmp_path)
    env = _git_env(tmp_path)
    first = subprocess.run(["git", "-C", str(root), "rev-list", "--max-parents=0", "HEAD"], check=True,
                           capture_output=True, text=True, env=env).stdout.strip()
    (root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    marker = tmp_path / "ran"
    for key, value in (("core.repositoryformatversion", "1"), ("extensions.partialClone", "origin"),
                       ("remote.origin.url", str(tmp_path / "elsewhere")),
                       ("remote.origin.promisor", "true"),
                       ("remote.origin.uploadpack", f"touch {marker}; false")):
        subprocess.run(["git", "-C", str(root), "config", key, value], check=True, env=env)
    before = _snapshot(root)
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert not marker.exists()
    assert _snapshot(root) == before
    assert result.errors  # the missing object is reported, not fetched


def test_a_bare_or_mirror_clone_is_read(tmp_path):
    """`git clone --mirror` (how an adviser copies someone's public repository to audit
    it) has no working tree: the folder itself is the repository. Read, unchanged,
    and named by the folder itself in the report."""
    root = _repo(tmp_path)
    env = _git_env(tmp_path)
    for kind in ("--bare", "--mirror"):
        copy = tmp_path / f"copy{kind}.git"
        subprocess.run(["git", "clone", "-q", kind, str(root), str(copy)], check=True,
                       capture_output=True, env=env)
        before = _snapshot(copy)
        tree = FolderTree(copy)
        assert READER.sniff(tree) > 0
        result = SourceResult(tree)
        READER.read(tree, result)
        assert not result.errors, result.errors
        assert {p.stated_offset_minutes for p in _commits(result)} == {60, 120, 330}
        assert all(p.origin.path == str(copy) for p in _commits(result))
        assert _snapshot(copy) == before
    report = _scan_json(str(tmp_path / "copy--mirror.git"))
    assert [(i["format"], i["posts"]) for i in report["inputs"]] == [("git", 3)]
    assert "TIME007" in {f["rule"] for f in report["findings"]}


def test_a_folder_that_only_looks_bare_is_not_git(tmp_path):
    """A HEAD file alone, or objects that lead elsewhere through a link, is not a
    repository of this folder."""
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "HEAD").write_text("ref: refs/heads/main\n")
    assert READER.sniff(FolderTree(fake)) == 0
    other = _repo(tmp_path)
    (fake / "refs").mkdir()
    (fake / "objects").symlink_to(other / ".git" / "objects")
    assert READER.sniff(FolderTree(fake)) == 0


def test_a_linked_git_folder_is_not_followed(tmp_path):
    """.git as a link to another repository would read someone else's history."""
    other = _repo(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / ".git").symlink_to(other / ".git")
    assert READER.sniff(FolderTree(site)) == 0


def test_a_friends_merged_pull_request_does_not_become_the_writer(tmp_path):
    """The newest commit is a friend's pull request, squash-merged by GitHub: the writer
    is still the one who made most of the last year's commits, GitHub's own committer
    address is no leak, and the friend is listed as another identity."""
    root, env = _new_repo(tmp_path, "pr")
    for i in range(20):
        (root / f"n{i}.md").write_text(f"{i}\n")
        _commit(root, env, f"note {i}", f"2024-05-{1 + i:02d}T20:00:00+0100", "9+qc@users.noreply.github.com")
    (root / "fix.md").write_text("typo\n")
    _commit(root, env, "Fix typo (#3)", "2024-05-30T10:00:00-0700", "friend@uni.ac.uk",
            committer=("GitHub", "noreply@github.com"))
    report = _scan_json(str(root))
    assert report["inputs"][0]["posts"] == 20
    rules = {f["rule"]: f for f in report["findings"]}
    assert "SELF003" not in rules
    assert rules["SELF004"]["evidence"].startswith("friend <friend@uni.ac.uk> (1 commit")


def test_an_archive_kept_in_git_is_read_as_the_archive_only(tmp_path):
    """A private repository holding an X archive: its commits are when the writer
    filed it, nothing the platform shows, so no git line is added."""
    from archive_builders import build_twitter_archive, make_tweet

    root = build_twitter_archive(tmp_path / "archive", [make_tweet("1", "2024-01-01T10:00:00", "hello")],
                                 zip=False)
    root, env = _new_repo(tmp_path, "archive")
    _commit(root, env, "archive", "2024-02-01T10:00:00+0000", "me@example.org")
    formats = [i["format"] for i in _scan_json(str(root))["inputs"]]
    assert formats == ["twitter"]


def test_git_output_is_capped_in_size_and_time():
    """A few megabytes of repository can hold messages that inflate to gigabytes: what
    git prints is read up to a cap, and a git that hangs is stopped."""
    import sys

    from nymaudit.sources.git import _read_capped

    loud = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write('x' * 5_000_000)"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, _err, problem = _read_capped(loud, 1 << 20, 30)
    assert len(out) == 1 << 20 and "more than 1 MiB" in problem
    slow = subprocess.Popen([sys.executable, "-c", "import time; print('a', flush=True); time.sleep(30)"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, _err, problem = _read_capped(slow, 1 << 20, 1.0)
    assert out.startswith(b"a") and "longer than" in problem
    assert slow.poll() is not None  # stopped, not left running


def test_a_huge_commit_message_is_cut_before_it_is_decoded(tmp_path):
    """A 600 KB repository can hold a 256 MiB commit message (it compresses): the
    scan took 3.3 GB decoding it whole. Each record is now decoded on its own with
    its message cut first; the post keeps the first 64 KiB characters."""
    from nymaudit.sources.git import FIELD, MAX_MESSAGE_BYTES, MAX_MESSAGE_CHARS, RECORD, parse_log_bytes

    head = FIELD.join(["a" * 40, "1700000000", "2023-11-14 22:13:20 +0100", "x@y.org", "X",
                       "x@y.org", "X", ""]) + FIELD
    big = (RECORD + head).encode() + "\U0001F600".encode() * (MAX_MESSAGE_BYTES // 2)
    records, bad = parse_log_bytes(big + (RECORD + head + "second").encode())
    assert bad == 0 and len(records) == 2
    assert len(records[0][8]) <= MAX_MESSAGE_BYTES // 4 + 1 and records[1][8] == "second"

    root, env = _new_repo(tmp_path, "bigmsg")
    message = tmp_path / "message.txt"
    message.write_text("subject\n\n" + "\U0001F600" * (3 * MAX_MESSAGE_CHARS))
    _commit_message(root, env, message)
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert len(_commits(result)) == 1
    (commit,) = _commits(result)
    assert commit.text.startswith("subject") and len(commit.text) <= MAX_MESSAGE_CHARS
    # The cut is said, not silent: what follows it was not checked.
    assert [e.error for e in result.errors] == ["commit message longer than 65,536 characters: "
                                               "only its start was checked"]


def test_a_commit_message_cannot_forge_a_record(tmp_path):
    """A message holding the record and field separator bytes used to add a commit by
    someone who never committed (a fake SELF004 identity and a fake time); each run's
    separators now carry a random token the message cannot guess."""
    from nymaudit.sources.git import FIELD, RECORD

    root, env = _new_repo(tmp_path, "forge")
    forged = RECORD + FIELD.join(["d" * 40, "1600000000", "2020-09-13 12:26:40 +0000",
                                  "victim@realname.example", "Real Victim", "victim@realname.example",
                                  "Real Victim", "", "forged"])
    message = tmp_path / "msg.txt"
    message.write_text("innocent subject\n\nbody" + forged)
    _commit_message(root, env, message)
    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    assert len(_commits(result)) == 1 and "forged" in _commits(result)[0].text
    assert _commits(result)[0].extra["git_other_identities"] == {}


def _input005(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == "INPUT005"]


def test_a_worktree_says_its_history_was_not_read(tmp_path):
    """`git worktree add` leaves a .git *file* pointing at the main repository, outside
    the input. It is not followed (a hostile input could point it at the adviser's
    own repositories), but the report says the history exists and was not read,
    instead of leaving the commits' offsets out in silence."""
    root = _forked_theme_blog(tmp_path, writer_commits=3)
    worktree = tmp_path / "wt"
    subprocess.run(["git", "-C", str(root), "worktree", "add", "-q", str(worktree)], check=True,
                   capture_output=True, env=_git_env(tmp_path))
    before = _snapshot(worktree)
    report = _scan_json(str(worktree))
    assert [(i["format"], i["posts"]) for i in report["inputs"]] == [("blog", 3)]
    assert not report["inputs"][0]["errors"]  # the posts were read: a note, not an error
    (note,) = _input005(report)
    assert note["severity"] == "info" and note["location"]["path"] == f"{worktree}/.git"
    assert "worktree or submodule" in note["message"] and "not read" in note["message"]
    assert str(root) not in json.dumps(report)  # where the pointer leads is not quoted
    assert _snapshot(worktree) == before


def test_a_linked_git_folder_says_its_history_was_not_read(tmp_path):
    other = _repo(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "note.md").write_text("An evening note about the committee.\n")
    (site / ".git").symlink_to(other / ".git")
    (note,) = _input005(_scan_json(str(site)))
    assert "link to a repository outside the input" in note["message"]


def test_a_zipped_repository_says_its_history_was_not_read(tmp_path):
    """A repository zipped whole (.git included) is read as the blog it holds; git could
    read its history only from disk, and inputs are never extracted, so the report
    names the repository inside the zip as not read."""
    import zipfile

    root = _forked_theme_blog(tmp_path, writer_commits=3)
    archive = tmp_path / "site.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                zf.write(path, f"site/{path.relative_to(root).as_posix()}")
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    report = _scan_json(str(archive))
    assert [(i["format"], i["posts"]) for i in report["inputs"]] == [("blog", 3)]
    (note,) = _input005(report)
    assert note["location"]["path"] == f"{archive}!site/.git"
    assert "inside the zip" in note["message"]
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    # In `check` the drafts were read: the note stays info and does not fail the run.
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["check", str(archive), "--fail-on", "low", "--format", "json"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    notes = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "INPUT005"]
    assert notes and notes[0]["severity"] == "info"


def test_a_stray_head_file_in_a_zip_is_no_repository(tmp_path):
    """HEAD alone (or git's own logs/HEAD) without objects or refs beside it is not a
    repository: no note."""
    import zipfile

    archive = tmp_path / "notes.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("notes/HEAD", "ref: refs/heads/main\n")
        zf.writestr("notes/logs/HEAD", "0000 1111 n <n@example.org> 1700000000 +0000\n")
        zf.writestr("notes/a.md", "A note about the committee.\n")
    assert _input005(_scan_json(str(archive))) == []

"""gfx14: the committer date of a commit stores a UTC offset too (walkthrough 14, item 1).

A developer who set the author date to UTC (`git commit --date "...+0000"`) but not the
committer date still publishes the clock's offset in the committer date, which
`git log --format=fuller` and the forge's API show. The git reader now reads the committer
date and offset (sources/git.py), ``committer_offsets`` (detectors/git_identity.py) keeps
those of the writer's own committer dates, and TIME007 counts them (detectors/timing.py:
``collect``, ``committer_stored``, ``committer_dates_said``).

Repositories are made with real git in temporary folders; the CLI runs through CliRunner.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

WRITER = ("nullbyte", "nullbyte@users.noreply.github.com")
CHICAGO = ZoneInfo("America/Chicago")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "TZ": "UTC"})
    return env


def _init(root: Path) -> dict[str, str]:
    root.mkdir(parents=True)
    env = _env(root.parent)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    return env


def _commit(root: Path, env: dict[str, str], number: int, author_date: str, committer_date: str,
            author: tuple[str, str] = WRITER, committer: tuple[str, str] = WRITER) -> None:
    (root / "log.txt").write_text(f"{number}\n")
    extra = {"GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1],
             "GIT_COMMITTER_NAME": committer[0], "GIT_COMMITTER_EMAIL": committer[1],
             "GIT_AUTHOR_DATE": author_date, "GIT_COMMITTER_DATE": committer_date}
    for args in (["add", "-A"], ["commit", "-q", "-m", f"change {number}"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env={**env, **extra})


def _evenings(count: int, seed_days: int = 2) -> list[datetime]:
    """Local evening times in Chicago over more than a year (both clocks: -06:00 and -05:00)."""
    out, when = [], datetime(2024, 1, 2, tzinfo=CHICAGO)
    for i in range(count):
        when += timedelta(days=1 + (i * 7) % seed_days)
        out.append(when.replace(hour=19 + i % 5, minute=(i * 13) % 60))
    return out


def _utc_author_repo(root: Path, count: int = 120) -> Path:
    """The walkthrough's developer: author dates rewritten to UTC (the same moment), committer
    dates left on the Chicago clock, committed by the writer."""
    env = _init(root)
    for i, local in enumerate(_evenings(count)):
        author = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
        _commit(root, env, i, author, local.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return root


def _read(root: Path):
    from nymaudit.sources.base import SourceResult
    from nymaudit.sources.git import READER
    from nymaudit.sources.tree import FolderTree

    tree = FolderTree(root)
    result = SourceResult(tree)
    READER.read(tree, result)
    return result


def _scan(root: Path) -> dict:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", str(root), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _time007(report: dict) -> dict:
    return next(f for f in report["findings"] if f["rule"] == "TIME007")


def test_the_reader_keeps_the_committer_date_and_its_offset(tmp_path):
    """Each commit's committer time and offset are read beside the author's: the author's
    offset stays the record's own (+00:00 here), the committer's is kept for TIME007."""
    root = tmp_path / "repo"
    env = _init(root)
    _commit(root, env, 0, "2024-03-01T02:15:00+0000", "2024-02-29T20:15:09-0600")
    _commit(root, env, 1, "2024-07-01T01:00:00+0000", "2024-06-30T20:00:00-0500")
    commits = sorted((p for p in _read(root).posts if p.kind == "commit"), key=lambda p: p.timestamp)
    assert [p.stated_offset_minutes for p in commits] == [0, 0]
    assert [p.extra["git_committer_offset_minutes"] for p in commits] == [-360, -300]
    first = datetime(2024, 2, 29, 20, 15, 9, tzinfo=timezone(timedelta(hours=-6)))
    assert commits[0].extra["git_committer_time"] == int(first.timestamp())


def test_committer_offsets_are_the_writers_own_committer_dates_only(tmp_path):
    """Counted: the writer's commits whose committer (the writer) stored another offset.
    Not counted: a maintainer who applied the writer's patch on their own clock, GitHub's
    web-flow committing a merge, and committer dates at the author's own offset."""
    from nymaudit.detectors.git_identity import committer_offsets

    root = tmp_path / "repo"
    env = _init(root)
    _commit(root, env, 0, "2024-03-01T02:15:00+0000", "2024-02-29T20:15:00-0600")  # counted
    _commit(root, env, 1, "2024-03-02T02:15:00+0000", "2024-03-02T02:15:00+0000")  # same offset
    _commit(root, env, 2, "2024-03-03T02:15:00+0000", "2024-03-03T03:15:00+0100",
            committer=("Maintainer", "maint@project.example"))
    _commit(root, env, 3, "2024-03-04T02:15:00+0000", "2024-03-04T02:20:00-0800",
            committer=("GitHub", "noreply@github.com"))
    # The writer's name on another machine's address: still the writer (committer_is_writer).
    _commit(root, env, 4, "2024-03-05T02:15:00+0000", "2024-03-04T21:15:00-0500",
            committer=("nullbyte", "nb@laptop.local"))
    posts = [p for p in _read(root).posts if p.kind == "commit"]
    found = committer_offsets(posts)
    by_message = {p.text: found.get(id(p)) for p in posts}
    assert by_message == {"change 0": -360, "change 1": None, "change 2": None, "change 3": None,
                          "change 4": -300}


def test_utc_author_dates_with_local_committer_dates_leak_the_zone(tmp_path):
    """The walkthrough: 120 evening commits in Chicago, author dates in UTC, committer dates
    on the local clock. TIME007 was info, "give no time zone away", "Nothing to change";
    now high, counting -06:00 and -05:00 from the committer dates, advising both dates, and
    the hours read with those offsets put the writer in Chicago."""
    report = _scan(_utc_author_repo(tmp_path / "utc-author-repo"))
    leak = _time007(report)
    assert leak["severity"] == "high" and leak["confidence"] == "high"
    assert "UTC-06:00" in leak["message"] and "UTC-05:00" in leak["message"]
    assert "committer date" in leak["message"] and "no time zone away" not in leak["message"]
    assert "Nothing to change" not in leak["advice"] and "GIT_COMMITTER_DATE" in leak["advice"]
    assert leak["clue"] is not None and "UTC-06:00" in leak["clue"]["value"]
    assert leak["location"]["path"].endswith(".git") and leak["location"]["record"]
    assert report["timing"]["standard_utc_offset_hours"] == -6.0
    assert report["timing"]["zone_candidates"][0]["zone"] == "America/Chicago"


def test_a_committer_date_on_another_clock_beside_a_local_author_date_is_counted(tmp_path):
    """Author dates on the writer's clock (+01:00), a few commits amended or rebased later on a
    clock at -05:00: those committer dates are another stored offset, said and counted."""
    root = tmp_path / "repo"
    env = _init(root)
    for i in range(6):
        author = f"2024-01-{10 + i:02d}T21:0{i}:00+0100"
        committer = f"2024-02-01T10:0{i}:00-0500" if i < 2 else author
        _commit(root, env, i, author, committer)
    leak = _time007(_scan(root))
    assert leak["severity"] == "high"
    assert ("2 commits also store an offset in their committer dates that their author dates do not: "
            "UTC-05:00 (2 commits).") in leak["message"]
    assert "UTC-05:00 (2 posts)" not in leak["message"]  # said on its own, not a record (rev14c 3)
    assert leak["message"].startswith("6 records store")
    assert "committer dates: UTC-05:00 (2 commits)" in leak["evidence"]


def test_a_maintainers_committer_date_leaves_the_writer_at_utc(tmp_path):
    """Guard: the author dates are the writer's, in UTC, and a maintainer applied the commits on
    their own clock (-06:00): that clock is the maintainer's, so TIME007 stays info, "give no
    time zone away", and no finding puts the writer in the maintainer's zone by it."""
    root = tmp_path / "repo"
    env = _init(root)
    for i in range(6):
        _commit(root, env, i, f"2024-07-{10 + i:02d}T14:00:00+0000", f"2024-07-{10 + i:02d}T09:30:00-0500",
                committer=("Maintainer", "maint@project.example"))
    leak = _time007(_scan(root))
    assert leak["severity"] == "info" and "committer" not in leak["message"]
    assert "UTC-05:00" not in json.dumps(leak)


# ---- hostile dates: the parser and a real repository ------------------------------------

_DATE_TEXT = st.text(st.characters(blacklist_characters="\x1e\x1f"), max_size=60)


@given(_DATE_TEXT)
@settings(max_examples=400, deadline=None)
def test_commit_dates_never_fail_and_keep_offsets_in_range(field):
    from nymaudit.sources.git import MAX_OFFSET_MINUTES, commit_dates

    author, committed, committer = commit_dates(field)
    for offset in (author, committer):
        assert offset is None or (isinstance(offset, int) and abs(offset) <= MAX_OFFSET_MINUTES)
    assert committed is None or isinstance(committed, int)


@given(st.integers(-(10 ** 12), 10 ** 12), st.integers(-2359, 9999), st.integers(-2359, 9999))
@settings(max_examples=300, deadline=None)
def test_commit_dates_read_what_git_prints(epoch, author_zone, committer_zone):
    from nymaudit.sources.git import MAX_OFFSET_MINUTES, commit_dates

    def zone(value: int) -> tuple[str, int]:
        sign = "-" if value < 0 else "+"
        hours, minutes = divmod(abs(value), 100)
        return f"{sign}{abs(value):04d}", (-1 if value < 0 else 1) * (hours * 60 + minutes)

    a_text, a_minutes = zone(author_zone)
    c_text, c_minutes = zone(committer_zone)
    field = f"2024-03-01 08:15:00 {a_text} {epoch} 2024-03-01 01:15:00 {c_text}"
    assert commit_dates(field) == (a_minutes if abs(a_minutes) <= MAX_OFFSET_MINUTES else None, epoch,
                                   c_minutes if abs(c_minutes) <= MAX_OFFSET_MINUTES else None)
    # The older field (author date alone) still reads, without a committer date.
    assert commit_dates(f"2024-03-01 08:15:00 {a_text}")[1:] == (None, None)


def _raw_commit(root: Path, env: dict[str, str], tree: str, parent: str | None, author: str,
                committer: str, message: str) -> str:
    """A commit object written as given (``--literally``: no date is checked), as a hostile
    repository can hold one."""
    body = f"tree {tree}\n" + (f"parent {parent}\n" if parent else "") + \
        f"author {author}\ncommitter {committer}\n\n{message}\n"
    done = subprocess.run(["git", "-C", str(root), "hash-object", "-t", "commit", "-w", "--literally",
                           "--stdin"], input=body.encode(), check=True, capture_output=True, env=env)
    return done.stdout.decode().strip()


def test_hostile_committer_dates_do_not_break_the_scan(tmp_path):
    """A committer date in the year 9999, an offset of -1200, a malformed offset and a missing
    date: the scan goes on, every commit is read, and TIME007 counts only real offsets."""
    root = tmp_path / "repo"
    env = _init(root)
    _commit(root, env, 0, "2024-03-01T02:15:00+0000", "2024-02-29T20:15:00-0600")
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD", "HEAD^{tree}"], check=True,
                          capture_output=True, env=env, text=True).stdout.split()
    parent, tree = head[0], head[1]
    me = f"{WRITER[0]} <{WRITER[1]}>"
    for number, committer in enumerate([f"{me} 253402300799 -1200", f"{me} 1709300000 +99x9",
                                        f"{me} 1709300000 -9959", f"{me}", f"{me} 99999999999999999999 +0100",
                                        f"{me} 1709300000 -1200"]):
        parent = _raw_commit(root, env, tree, parent, f"{me} {1709300000 + number} +0000", committer,
                             f"hostile {number}")
    subprocess.run(["git", "-C", str(root), "update-ref", "refs/heads/main", parent], check=True, env=env)
    posts = [p for p in _read(root).posts if p.kind == "commit"]
    assert len(posts) == 7
    for post in posts:
        offset = post.extra["git_committer_offset_minutes"]
        assert offset is None or abs(offset) <= 16 * 60
    leak = _time007(_scan(root))
    assert "Traceback" not in json.dumps(leak)
    assert "UTC-06:00" in leak["message"] and "UTC-12:00" in leak["message"]


def test_commits_that_published_posts_still_count_their_committer_dates(tmp_path):
    """A Jekyll site in git, each post committed as it went out: the blog's dates say +00:00
    (as advised) and so do the author dates, but the committer dates are on the Chicago clock.
    Those commits are left out of the hours (the post counts once), and their committer
    offsets must not be lost with them: TIME007 is high, not "no time zone away"."""
    from archive_builders import build_jekyll_blog

    moments = _evenings(8)
    posts = [{"name": f"{m.astimezone(UTC):%Y-%m-%d}-note-{i}.md",
              "front": {"layout": "post", "title": f"Note {i}",
                        "date": m.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S +0000")},
              "body": f"A short note number {i} about the week at the office.\n"}
             for i, m in enumerate(moments)]
    root = build_jekyll_blog(tmp_path / "site", [])
    env = _env(tmp_path)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    for i, (post, local) in enumerate(zip(posts, moments, strict=True)):
        build_jekyll_blog(root, [post])
        _commit(root, env, i, local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000"),
                local.strftime("%Y-%m-%dT%H:%M:%S%z"))
    report = _scan(root)
    assert {i["format"] for i in report["inputs"]} == {"blog", "git"}
    leak = _time007(report)
    assert leak["severity"] == "high" and "no time zone away" not in leak["message"]
    assert "8 commits also store an offset in their committer dates" in leak["message"]
    assert "UTC-06:00" in leak["clue"]["value"]
    assert "GIT_COMMITTER_DATE" in leak["advice"]


def test_made_up_midnight_author_times_keep_their_committer_offsets_to_time007(tmp_path):
    """Author dates made up as midnight UTC (`--date 2024-03-01`), committer dates on the
    Chicago clock in the evening: TIME007 counts the committer offsets, high. Since tim15 the
    author dates, all in one hour of the clock, carry no clock, so the committer dates are the
    commits' own dates (their offsets counted as such) and the message says the author dates
    were set by hand."""
    root = tmp_path / "repo"
    env = _init(root)
    for i, local in enumerate(_evenings(40)):
        _commit(root, env, i, local.astimezone(UTC).strftime("%Y-%m-%dT00:00:00+0000"),
                local.strftime("%Y-%m-%dT%H:%M:%S%z"))
    leak = _time007(_scan(root))
    assert leak["severity"] == "high" and "UTC-06:00 (40 posts)" in leak["message"]
    assert "For 40 commits among them that is the committer date's offset: their author dates say +00:00" \
        in leak["message"]

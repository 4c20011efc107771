"""tim14b: which zones the photos fit, named in the hours' order; made-up midnight git dates.

Walkthrough 14 item 9: a UK nurse (night shifts, Facebook posts) whose October photos store
+01:00 (British Summer Time) was told by TIME002 that her photos are on "the clock of
«Africa/Lagos»", the most populous zone that shows +01:00 in October. The zones the photos
fit are now ranked by the probability the posting hours give each (``rank_by_hours`` in
timing/photos.py, ``TimingResult.zone_posterior``), and TIME002 names up to three of them.

gfx14's note: 120 commits whose author (and committer) dates are all exactly 00:00:00 UTC
were read as a writer at UTC-03:00; all-midnight histories are now dates without times
(timing/clean.py ``midnight_placeholders``), said by TIME001 and TIME008.

Inputs are real: a Facebook export zip of the layout Meta ships, photos written by Pillow with
EXIF from piexif, repositories made by git; the CLI runs through CliRunner.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

LONDON = ZoneInfo("Europe/London")


def _scan(*paths: Path) -> dict:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", *map(str, paths), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def _finding(report: dict, rule: str) -> dict:
    return next(f for f in report["findings"] if f["rule"] == rule)


def _photo(when: str, offset: str) -> bytes:
    """A JPEG whose EXIF says when it was taken and the UTC offset of the camera's clock."""
    piexif = pytest.importorskip("piexif")
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    exif = {"0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 13"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: when.encode(),
                     piexif.ExifIFD.OffsetTimeOriginal: offset.encode()}}
    image.new("RGB", (64, 48), (120, 90, 60)).save(buffer, "JPEG", exif=piexif.dump(exif))
    return buffer.getvalue()


def _facebook_export(path: Path, times: list[datetime]) -> Path:
    posts = [{"timestamp": int(t.timestamp()), "title": "Jo updated her status.",
              "data": [{"post": f"Status {i}: another shift done."}]} for i, t in enumerate(times)]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                   json.dumps(posts))
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": {"name": {"full_name": "Jo"}}}))
    return path


def _night_worker_in_london(count: int = 134) -> list[datetime]:
    """The walkthrough's nurse: posts after nights (06:00-09:00) and before them (19:00-20:00),
    a few at 23:00 and 02:00, on the London clock over a year."""
    rnd = random.Random(14)
    start = datetime(2025, 1, 1, tzinfo=LONDON)
    return [start + timedelta(days=i * 360 // count, hours=rnd.choice([7, 7, 8, 8, 6, 19, 19, 20, 23, 2]),
                              minutes=rnd.randrange(60), seconds=rnd.randrange(60)) for i in range(count)]


def _day_writer_in_london(count: int = 200) -> list[datetime]:
    """Evenings and lunchtimes on the London clock over a year."""
    rnd = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=LONDON)
    return [start + timedelta(days=i * 360 // count, hours=rnd.choice([8, 12, 13, 18, 19, 20, 21, 21, 22]),
                              minutes=rnd.randrange(60), seconds=rnd.randrange(60)) for i in range(count)]


# Item 9: the zones the photos fit, named in the hours' order.

def test_a_uk_night_workers_october_photos_are_said_to_fit_london_not_lagos(tmp_path):
    """The walkthrough's case: the hours are read at UTC+01:00 (a night worker's day read in
    the wrong zone); the photos at +01:00 in October disagree with that zone's clock, and
    TIME002's note names the zones whose clock showed +01:00 on those dates, London first."""
    export = _facebook_export(tmp_path / "facebook-jo-2026-11-20-XyZ.zip", _night_worker_in_london())
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "IMG_2041.jpg").write_bytes(_photo("2025:10:14 07:42:10", "+01:00"))
    (drafts / "IMG_2077.jpg").write_bytes(_photo("2025:10:20 13:05:55", "+01:00"))
    report = _scan(export, drafts)
    zone = _finding(report, "TIME002")
    assert "The UTC offsets your photos store disagree" in zone["message"], zone["message"]
    note = zone["message"].split("The UTC offsets your photos store disagree", 1)[1]
    assert "on those dates the clock of «Europe/London», " in note, note
    assert "the likeliest by your hours of the zones that fit" in note and "Africa/Lagos" not in note, note
    photos = _finding(report, "TIME009")
    assert "as in «Europe/London, " in photos["message"], photos["message"]
    assert "(the likeliest by your posting hours first)" in photos["message"]


def test_summer_photos_of_a_london_writer_list_london_first(tmp_path):
    """Hours and photos agree (London): TIME009 names the zones that fit in the hours' order,
    not by population (which put Africa/Lagos first for any summer +01:00)."""
    export = _facebook_export(tmp_path / "facebook-sam-2026-11-20-AbC.zip", _day_writer_in_london())
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for day in (3, 9, 17):
        (drafts / f"IMG_07{day:02d}.jpg").write_bytes(_photo(f"2025:07:{day:02d} 12:00:00", "+01:00"))
    report = _scan(export, drafts)
    assert "Europe/London" in _finding(report, "TIME002")["message"]
    photos = _finding(report, "TIME009")["message"]
    listed = photos.split("as in «", 1)[1].split("»", 1)[0].split(", ")
    assert listed[0] in ("Europe/London", "Europe/Dublin", "Europe/Lisbon"), photos
    assert "Africa/Lagos" not in listed, photos


def test_without_posting_hours_the_zones_stay_in_population_order(tmp_path):
    """Guard: photos alone (no hours to rank by) keep the table's order and claim no ranking."""
    (tmp_path / "IMG_1.jpg").write_bytes(_photo("2025:10:14 07:42:10", "+01:00"))
    (tmp_path / "IMG_2.jpg").write_bytes(_photo("2025:10:20 13:05:55", "+01:00"))
    photos = _finding(_scan(tmp_path), "TIME009")["message"]
    assert "for example, «Africa/Lagos, " in photos, photos
    assert "posting hours first" not in photos


def test_rank_by_hours_orders_by_the_hours_and_keeps_population_for_ties():
    """The ranking itself, on a reading from real EXIF fields: zones the hours give no weight
    keep their population order after those they do; no weight at all changes nothing."""
    from nymaudit.metadata.core import Field
    from nymaudit.timing.photos import clock_of, rank_by_hours, reading

    clocks = [clock_of([Field("time", "DateTimeOriginal", f"2025:10:{d} 12:00:00"),
                        Field("time", "OffsetTimeOriginal", "+01:00")], f"p{d}.jpg") for d in (14, 20)]
    found = reading([c for c in clocks if c is not None])
    assert found is not None and found.zones[0] == "Africa/Lagos" and "Europe/London" in found.zones
    population = list(found.zones)
    rank_by_hours(found, {"Europe/Berlin": 0.5})  # a zone that does not fit: nothing to rank by
    assert found.zones == population and not found.ranked_by_hours
    rank_by_hours(found, {"Europe/Dublin": 0.01, "Europe/London": 0.02})
    assert found.zones[:2] == ["Europe/London", "Europe/Dublin"] and found.ranked_by_hours
    assert found.zones[2:] == [z for z in population if z not in ("Europe/London", "Europe/Dublin")]


# gfx14's note: author times all exactly 00:00:00 UTC.

def _git_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "TZ": "UTC",
                "GIT_AUTHOR_NAME": "nullbyte", "GIT_AUTHOR_EMAIL": "nullbyte@users.noreply.github.com",
                "GIT_COMMITTER_NAME": "nullbyte", "GIT_COMMITTER_EMAIL": "nullbyte@users.noreply.github.com"})
    return env


def _repo(root: Path, dates: list[str]) -> Path:
    root.mkdir(parents=True)
    env = _git_env(root.parent)
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, capture_output=True,
                   env=env)
    for i, when in enumerate(dates):
        (root / "log.txt").write_text(f"{i}\n")
        dated = {**env, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        for args in (["add", "-A"], ["commit", "-q", "-m", f"change {i}"]):
            subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=dated)
    return root


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_history_of_midnight_utc_git_dates_has_no_usable_times(tmp_path):
    """120 commits dated by hand at 00:00:00 +0000 (`GIT_AUTHOR_DATE=2025-03-04T00:00:00+0000`)
    gave TIME002 "UTC-03:00" from dates alone; they are dates, said so, and no zone is read."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    dates = [(start + timedelta(days=3 * i)).strftime("%Y-%m-%dT00:00:00+0000") for i in range(120)]
    report = _scan(_repo(tmp_path / "repo", dates))
    rules = {f["rule"] for f in report["findings"]}
    assert "TIME002" not in rules and "TIME003" not in rules, rules
    assert report["timing"]["standard_utc_offset_hours"] is None
    few = _finding(report, "TIME001")["message"]
    assert "all 120 timestamps are at exactly 00:00:00, dates with no time of day (TIME008)" in few, few
    left = _finding(report, "TIME008")["message"]
    assert "the time of day of all 120 timestamps, every one at exactly 00:00:00 (UTC)" in left, left
    assert "far more often than your other times" not in left


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_midnight_on_the_writers_own_clock_is_left_out_too(tmp_path):
    """The same made-up dates stated at +02:00 (00:00:00 local, 22:00 UTC): read as dates in the
    offset they state, not as a writer up at 22:00 UTC every day."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    dates = [(start + timedelta(days=3 * i)).strftime("%Y-%m-%dT00:00:00+0200") for i in range(80)]
    report = _scan(_repo(tmp_path / "repo", dates))
    assert "TIME002" not in {f["rule"] for f in report["findings"]}
    left = _finding(report, "TIME008")["message"]
    assert "every one at exactly 00:00:00 (in the offset they state)" in left, left


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_few_real_times_among_midnight_dates_keep_the_binomial_test(tmp_path):
    """Guard: 60 midnight dates beside 60 commits at real times of day: the midnight ones are
    left out as before (compared with the other times), and the wording says so."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rnd = random.Random(3)
    dates = [(start + timedelta(days=3 * i)).strftime("%Y-%m-%dT00:00:00+0000") for i in range(60)]
    dates += [(start + timedelta(days=3 * i + 1, hours=rnd.randrange(8, 22), minutes=rnd.randrange(60),
                                 seconds=rnd.randrange(60))).strftime("%Y-%m-%dT%H:%M:%S+0000")
              for i in range(60)]
    left = _finding(_scan(_repo(tmp_path / "repo", dates)), "TIME008")["message"]
    assert "the time of day of 60 at exactly 00:00:00 (UTC), far more often than your other times" in left


# Item 8: docs/check.md "Accepting a finding in a pull request", run as written.

@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_accepting_a_finding_in_a_pull_request_as_docs_check_md_says(tmp_path):
    """Guard (documentation): a bare origin, a keyed baseline on main, a pull request (pushed as
    refs/pull/42/head, as GitHub keeps it) adding a post that names a job and a workplace. The
    CI step fails; without the key it exits 2; the maintainer makes the baseline again from
    main's files and the pull request's worktree, pushes it, and the re-run passes."""
    import sys

    env = {**_git_env(tmp_path), "NYMAUDIT_BASELINE_KEY": "k" * 32}
    env.pop("PYTHONPATH", None)

    def git(where: Path, *args: str) -> str:
        return subprocess.run(["git", "-C", str(where), *args], check=True, capture_output=True, text=True,
                              env=env).stdout

    def nymaudit(where: Path, *args: str, keyed: bool = True) -> int:
        run_env = env if keyed else {k: v for k, v in env.items() if k != "NYMAUDIT_BASELINE_KEY"}
        return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=where, capture_output=True,
                              env=run_env).returncode

    origin, maint, contrib = tmp_path / "origin.git", tmp_path / "maint", tmp_path / "contrib"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True, env=env)
    git(tmp_path, "clone", "-q", str(origin), str(maint))
    (maint / "_posts").mkdir()
    (maint / "_config.yml").write_text("title: Tide Notes\nurl: https://tidenotes.example\n"
                                       "timezone: Europe/Dublin\n")
    (maint / "_posts" / "2025-07-10-summer.md").write_text(
        "---\ntitle: Summer\ndate: 2025-07-10 20:40:00 +0100\n---\nLong evenings. I work in a call "
        "centre and the shifts are brutal.\n")
    assert nymaudit(maint, "baseline", "create", "_posts/", "_config.yml",
                    "-o", ".nymaudit-baseline.json") == 0
    git(maint, "add", "-A")
    git(maint, "commit", "-qm", "site")
    git(maint, "push", "-q", "origin", "main")
    git(tmp_path, "clone", "-q", str(origin), str(contrib))
    git(contrib, "switch", "-qc", "new-post")
    (contrib / "_posts" / "2025-11-20-new-job.md").write_text(
        "---\ntitle: New job\ndate: 2025-11-20 21:05:00 +0000\n---\nSome news: I started as a staff "
        "nurse at St Vincent's Hospital this week.\n")
    git(contrib, "add", "-A")
    git(contrib, "commit", "-qm", "new post")
    git(contrib, "push", "-q", "origin", "new-post", "new-post:refs/pull/42/head")

    def ci(keyed: bool = True) -> int:
        """The recipe's check step (origin/$BASE...HEAD, the baseline from the base branch)."""
        run = tmp_path / "ci"
        shutil.rmtree(run, ignore_errors=True)
        git(tmp_path, "clone", "-q", str(origin), str(run))
        git(run, "checkout", "-q", "origin/new-post")
        files = [f for f in git(run, "diff", "-z", "--name-only", "--diff-filter=d",
                                "origin/main...HEAD").split("\0") if f]
        (tmp_path / "baseline.json").write_text(git(run, "show", "origin/main:.nymaudit-baseline.json"))
        return nymaudit(run, "check", "--fail-on", "medium", "--redact", "--baseline",
                        str(tmp_path / "baseline.json"), "--format", "sarif", "--output",
                        str(tmp_path / "out.sarif"), "--", *files, keyed=keyed)

    assert ci() == 1
    assert ci(keyed=False) == 2  # a fork's pull request: no secret
    # Step 2, as docs/check.md gives it.
    git(maint, "pull", "-q", "--ff-only", "origin", "main")
    git(maint, "fetch", "-q", "origin", "+pull/42/head:pr-42")
    git(maint, "worktree", "add", "-q", "../pr-42", "pr-42")
    assert nymaudit(maint, "baseline", "create", "_posts/", "_config.yml",
                    "../pr-42/_posts/2025-11-20-new-job.md", "-o", ".nymaudit-baseline.json") == 0
    git(maint, "worktree", "remove", "../pr-42")
    git(maint, "branch", "-qD", "pr-42")
    git(maint, "commit", "-qm", "baseline: accept PR #42's new post", ".nymaudit-baseline.json")
    git(maint, "push", "-q", "origin", "main")
    assert ci() == 0

"""Timing items of the tenth session's walkthrough (2026-11-29, walk10 items 6, 7 and 8).

6. Every post left out by TIME008 (one instant, or dated in 2099): the headline and TIME001 said
   "No post carries a usable time of day (dates only, or times without a time zone)" and "0
   timestamped posts"; TIME008 listed the same 80 posts twice (x80 at :26 and x80 at the
   minute); the header gave the 2099 dates as a plain range.
7. Daylight saving unknown: a Chicago writer's posts, mostly in summer time, were headlined
   "UTC-05:00 standard time", and TIME002 then said the likeliest zone, America/Chicago, "is at
   another" offset.
8. A 67-day series every 23 h + (i mod 5) h, no shift in UTC, gave TIME003 "clocks changed"
   at 100 %, high.

Every archive is built as its platform writes it (tests/archive_builders.py), with the
walkthrough's generators (/tmp/work/s10/walk10/inputs/gen) copied here.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
CHI = ZoneInfo("America/Chicago")
LINES = ["Coffee, then the long walk to the lake.", "Kids asleep, finally some quiet.",
         "Work was a lot today. Reading now.", "Does anyone else still use RSS? Asking for me.",
         "The snow plough came at 5 again.", "New library card! Small joys.",
         "Made chili. Too much cumin. No regrets.", "Thinking about the election coverage again."]


def _scan(path: Path, *args: str) -> str:
    done = CliRunner().invoke(app, ["scan", str(path), *args], env=ENV, catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return done.stdout


def _chicago_times(n: int, seed: int, year: int = 2026) -> list[datetime]:
    """walk10's gen_d_tiny.py: a Chicago writer's local hours on days from 5 January."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        d = datetime(2026, 1, 5, tzinfo=CHI) + timedelta(days=rnd.randrange(300))
        hour = rnd.choice([7, 12, 19, 20, 21, 22]) if d.weekday() < 5 else rnd.choice([9, 10, 14, 21])
        out.append(d.replace(year=year, hour=hour, minute=rnd.randrange(60), second=rnd.randrange(60)))
    return sorted(out)


def _mastodon(path: Path, times: list[datetime]) -> Path:
    notes = [make_note(str(110000000000000000 + i), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>{LINES[i % len(LINES)]} ({i})</p>") for i, t in enumerate(times)]
    return build_mastodon_archive(path, notes, zip=True)


# Item 6 -------------------------------------------------------------------------------------

def test_every_tweet_at_one_instant_is_said_as_left_out_not_as_dates_only(tmp_path: Path) -> None:
    when = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)  # an import stamped them all at once
    tweets = [make_tweet(str(1880000000000000000 + i), when, f"{LINES[i % 8]} #{i}") for i in range(80)]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    report = json.loads(_scan(archive, "-f", "json"))
    by_rule = {f["rule"]: f for f in report["findings"]}
    time001 = by_rule["TIME001"]
    assert "all 80 timestamps were left out of the time analysis" in time001["message"]
    assert "80 sharing a timestamp with many others" in time001["message"]
    assert time001["evidence"] == "0 timestamped posts kept of 80, 80 left out (TIME008)"
    # Each post once: the instant, not again under its minute.
    assert by_rule["TIME008"]["evidence"] == "2026-03-14T15:09:26+00:00 x80"
    shown = _scan(archive)
    assert "Every timestamp was left out of the time analysis" in shown
    assert "dates only" not in shown


def test_a_minute_of_bulk_posts_lists_only_those_not_at_its_busy_second(tmp_path: Path) -> None:
    """60 at one second and 15 more spread over the same minute: 75 left out, listed once each."""
    base = datetime(2026, 3, 14, 15, 9, 0, tzinfo=UTC)
    stamps = [base + timedelta(seconds=26)] * 60 + [base + timedelta(seconds=s) for s in range(30, 45)]
    tweets = [make_tweet(str(1880000000000000000 + i), t, f"{LINES[i % 8]} #{i}")
              for i, t in enumerate(stamps)]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    report = json.loads(_scan(archive, "-f", "json"))
    time008 = {f["rule"]: f for f in report["findings"]}["TIME008"]
    assert "75 sharing a timestamp" in time008["message"]
    assert time008["evidence"] == ("2026-03-14T15:09:26+00:00 x60, "
                                   "2026-03-14 15:09 UTC (other seconds of that minute) x15")


def test_a_history_dated_in_2099_is_said_as_future_and_left_out_of_the_header(tmp_path: Path) -> None:
    archive = _mastodon(tmp_path / "future", _chicago_times(80, 9, year=2099))
    report = json.loads(_scan(archive, "-f", "json"))
    time001 = {f["rule"]: f for f in report["findings"]}["TIME001"]
    assert "all 80 timestamps were left out of the time analysis (TIME008: 80 dated in the future)" \
        in time001["message"]
    shown = _scan(archive)
    # The header's range (its panel: since the eleventh session "What to do first" follows it,
    # naming this test's temporary folder, "..._2099_i0").
    assert "2099" not in shown.split("╰")[0]
    assert "80 posts (none with a usable date)" in shown
    assert "Every timestamp was left out" in shown and "dates only" not in shown


def test_a_few_future_posts_leave_the_range_of_the_others(tmp_path: Path) -> None:
    times = _chicago_times(60, 60) + _chicago_times(5, 3, year=2099)
    shown = _scan(_mastodon(tmp_path / "mixed", times))
    header = shown.split("Inputs")[0]
    assert "65 posts from 2026-" in header and "2099" not in header


# Item 7 -------------------------------------------------------------------------------------

def test_unknown_daylight_saving_says_the_offset_as_posted_and_both_readings(tmp_path: Path) -> None:
    """walk10's mast60.zip: 60 posts, January to October, mostly in Chicago's summer time."""
    archive = _mastodon(tmp_path / "mast60", _chicago_times(60, 60))
    report = json.loads(_scan(archive, "-f", "json"))
    timing = report["timing"]
    assert timing["observes_dst"] is None
    assert timing["standard_utc_offset_hours"] == -5.0  # the contract's key stays
    assert timing["posted_offset"]["utc_offset_hours"] == -5.0
    shown = _scan(archive)
    headline = next(line for line in shown.splitlines() if line.startswith("Time zone:"))
    assert headline.startswith("Time zone: UTC-05:00 as posted (probability ")
    assert "standard time" not in headline
    assert ("daylight saving: cannot tell from this history: UTC-05:00 is standard time if there is "
            "none there, or summer time over UTC-06:00 standard if there is") in " ".join(shown.split())
    time002 = {f["rule"]: f for f in report["findings"]}["TIME002"]
    assert "whose clock read UTC-05:00 when posting" in time002["message"]
    assert "summer time over UTC-06:00 standard" in time002["message"]
    assert "(standard time)" not in time002["message"]
    assert "is at another" not in time002["message"]  # Chicago is the summer-time reading


def test_redact_hides_the_reading(tmp_path: Path) -> None:
    archive = _mastodon(tmp_path / "mast60", _chicago_times(60, 60))
    report = json.loads(_scan(archive, "-f", "json", "--redact"))
    timing = report["timing"]
    assert timing["posted_offset"] is None and "posted_offset" in timing["redacted"]
    for fmt in ("terminal", "markdown", "html", "json"):
        shown = _scan(archive, "-f", fmt, "--redact")
        assert "UTC-05:00" not in shown and "UTC-06:00" not in shown, fmt
        assert "-5.0" not in shown, fmt


def test_a_winter_history_at_one_offset_stays_standard_time(tmp_path: Path) -> None:
    """Daylight saving unknown, but no other offset among the candidates: the standard offset
    is the answer, as before (walk10's short_nodst.jsonl, as a Mastodon archive)."""
    rnd = random.Random(5)
    fixed = datetime(2026, 2, 1, tzinfo=UTC)
    times = []
    for day in range(80):
        d = fixed + timedelta(days=day)
        for _ in range(rnd.choice([1, 2, 2, 3])):
            h = (rnd.choice([7, 8, 12, 19, 20, 21, 22]) if d.weekday() < 5
                 else rnd.choice([9, 10, 11, 14, 20, 21]))
            times.append(d.replace(hour=h, minute=rnd.randrange(60), second=rnd.randrange(60))
                         + timedelta(hours=6))  # the wall clock at -06:00 all along
    shown = _scan(_mastodon(tmp_path / "winter", times))
    assert "Time zone: UTC-06:00 standard time (probability" in shown


# Item 8 -------------------------------------------------------------------------------------

def _every_23_hours(tmp_path: Path) -> Path:
    """walk10's x_2019.zip: a legacy (2019) tweet.js, one tweet every 23 h + (i mod 5) h."""
    t0 = datetime(2026, 2, 1, 20, 0, tzinfo=UTC)
    tweets = [make_tweet(str(1880000000000000000 + i), t0 + timedelta(hours=23 * i + (i % 5)),
                         f"Evening note number {i}, tea and a book.") for i in range(70)]
    return build_twitter_archive(tmp_path / "x_2019", tweets, zip=True, legacy_2019=True)


def test_a_machine_cadence_is_not_read_as_a_clock_change(tmp_path: Path) -> None:
    archive = _every_23_hours(tmp_path)
    report = json.loads(_scan(archive, "-f", "json"))
    assert report["timing"]["observes_dst"] is None
    assert report["timing"]["dst_rule"] is None
    assert "TIME003" not in {f["rule"] for f in report["findings"]}
    assert "daylight saving: cannot tell" in _scan(archive)


def test_a_real_clock_change_in_a_short_history_is_still_observed(tmp_path: Path) -> None:
    """walk10's short_dst_local.jsonl as a Mastodon archive: the same local hours, moving by an
    hour in UTC on 8 March 2026."""
    rnd = random.Random(5)
    times = []
    for day in range(80):
        d = datetime(2026, 2, 1) + timedelta(days=day)
        for _ in range(rnd.choice([1, 2, 2, 3])):
            h = (rnd.choice([7, 8, 12, 19, 20, 21, 22]) if d.weekday() < 5
                 else rnd.choice([9, 10, 11, 14, 20, 21]))
            times.append(d.replace(hour=h, minute=rnd.randrange(60), second=rnd.randrange(60), tzinfo=CHI))
    report = json.loads(_scan(_mastodon(tmp_path / "dst", times), "-f", "json"))
    assert report["timing"]["observes_dst"] is True
    assert "TIME003" in {f["rule"] for f in report["findings"]}


def test_change_shown_tells_a_shift_from_a_changed_pattern() -> None:
    from nymaudit.timing.core import BINS_PER_DAY, _change_shown

    rng = np.random.default_rng(3)
    days, offs = 120, np.full(120, -24)
    offs[60:] = -20  # summer time from day 60: an hour (four bins) ahead
    weights = np.zeros((days, BINS_PER_DAY))
    for day in range(days):
        for _ in range(3):  # evenings at 19-23 local, moved to UTC by the day's offset
            local = int(rng.integers(76, 92))
            weights[day, (local - offs[day]) % BINS_PER_DAY] += 1
    assert _change_shown(weights, offs)
    # The same posts after the change moved by 11 hours instead: no clock does that.
    moved = weights.copy()
    moved[60:] = np.roll(weights[60:], 44 - 4, axis=1)
    assert not _change_shown(moved, offs)

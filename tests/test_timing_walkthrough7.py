"""The seventh walkthrough's timing defects (29 November), each through files built the
way the platform or tool writes them and the CLI: a shift worker read as a confident
wrong zone (item 1), TIME002 leaving out a likelier zone at another offset (4), "no
daylight saving" without a rhythm or a clock change to rest on (5), timestamps without a
zone (6), and item 14's smaller ones (TIME003's title, TIME004's holiday names, boosts in
the count, a blog post and its commit counted twice)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
from simulate_posters import ZONES, simulate  # noqa: E402

from archive_builders import (  # noqa: E402
    build_hugo_site,
    build_mastodon_archive,
    build_twitter_archive,
    make_note,
    make_tweet,
)


def _scan(*args: str, fmt: str = "json") -> str:
    out = CliRunner().invoke(app, ["scan", *args, "--format", fmt], env={"NO_COLOR": "1", "COLUMNS": "200"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out.stdout


def _report(path: Path) -> tuple[dict, dict[str, dict]]:
    doc = json.loads(_scan(str(path)))
    return doc["timing"], {f["rule"]: f for f in doc["findings"]}


def _x_archive(dest: Path, times: list[float]) -> Path:
    tweets = [make_tweet(str(1_800_000_000_000_000_000 + i), datetime.fromtimestamp(t, tz=UTC),
                         "On shift again.") for i, t in enumerate(times)]
    return build_twitter_archive(dest, tweets, zip=False)


def _rota(seed: int, zone: str = "America/Chicago", days: int = 500) -> list[float]:
    """A 16-day rota, 4 long days, 4 off, 4 nights, 4 off, through weekends: held out
    (written after the check's thresholds were set on other rotas)."""
    r = random.Random(seed)
    tz = ZoneInfo(zone)
    out = []
    windows = {
        "day": [(5 * 60, 5 * 60 + 45), (11 * 60 + 30, 12 * 60 + 30), (19 * 60 + 30, 22 * 60)],
        "night": [(16 * 60, 18 * 60), (24 * 60 + 30, 27 * 60 + 30), (30 * 60, 31 * 60)],
        "off": [(10 * 60, 23 * 60 + 30), (10 * 60, 23 * 60 + 30)],
    }
    for k in range(days):
        d = date(2024, 9, 2) + timedelta(days=k)
        shift = "day" if k % 16 < 4 else "night" if 8 <= k % 16 < 12 else "off"
        for lo, hi in windows[shift]:
            if r.random() < 0.65:
                m = r.randint(lo, hi)
                when = d + timedelta(days=m // 1440)
                m %= 1440
                out.append(datetime(when.year, when.month, when.day, m // 60, m % 60, r.randint(0, 59),
                                    tzinfo=tz).timestamp())
    return sorted(out)


# Item 1 ---------------------------------------------------------------------------

def test_a_rota_through_weekends_caps_the_zone_at_low_and_says_why(tmp_path):
    """A nurse on a 14-day rota came out at UTC+02:00 with 99 %, "high", and "quiet
    01:00-08:00" while 12 % of her posts fell in it. Here a Chicago rota (the model says
    UTC-05:00 at 95 % on it, "high"): low confidence, the reason, no quiet window claimed."""
    timing, found = _report(_x_archive(tmp_path / "x", _rota(5)))
    assert timing["offset_confidence"] == "low"
    assert timing["sleep_window_local"] is None
    time002 = found["TIME002"]
    # The severity is what a right answer gives away, not how sure the tool is (review of
    # 29 November): it stays as for one rhythm.
    assert time002["confidence"] == "low" and time002["severity"] == "high"
    assert "do not follow one daily rhythm" in time002["message"]
    assert "may well be wrong" in time002["message"]
    assert "quiet hours run" not in time002["message"]
    if "TIME005" in found:  # a rota's week is no office week
        assert found["TIME005"]["confidence"] == "low"
    terminal = _scan(str(tmp_path / "x"), fmt="terminal")
    assert "do not follow one daily rhythm" in terminal


def test_one_rhythm_keeps_its_confidence(tmp_path):
    """The control: a simulated office worker (the benchmark's simulator) is not capped."""
    row = next(r for r in ZONES if r[0] == "Europe/London")
    poster = simulate(np.random.default_rng(5), row, start=date(2024, 1, 1), days=420, worker=True)
    timing, found = _report(_x_archive(tmp_path / "x", list(poster.times)))
    assert timing["offset_candidates"][0]["probability"] >= 0.9
    assert timing["offset_confidence"] == "high"
    assert timing["sleep_window_local"] is not None
    assert "daily rhythm" not in found["TIME002"]["message"]


def test_the_check_flags_no_simulated_poster_of_one_seed():
    """A few simulated posters of a seed the thresholds were not set on (the benchmark's
    seed 7 has none flagged among 324; here the first 12, for time)."""
    from nymaudit.timing import analyse

    rng = np.random.default_rng(7)
    for i in range(12):
        poster = simulate(rng, ZONES[i % len(ZONES)])
        result = analyse(poster.times, now=2_000_000_000.0, use_stated=False)
        if result.enough:
            assert result.rhythm.fits, (poster.zone, result.rhythm)


# Item 4 ---------------------------------------------------------------------------

def test_time002_names_every_zone_likelier_than_the_last_it_names(tmp_path):
    """An Adelaide writer: UTC+10:00 first, and TIME002 named Sydney, Melbourne and Hobart
    (4 %) but not Adelaide (30 %), which the timing section shows second."""
    row = next(r for r in ZONES if r[0] == "Australia/Adelaide")
    poster = simulate(np.random.default_rng(2), row, start=date(2025, 8, 31), days=420)
    stamps = [datetime.fromtimestamp(t, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for t in poster.times]
    notes = [make_note(str(100000 + i), s, "<p>Marking again.</p>") for i, s in enumerate(stamps)]
    boosts = [(s, f"https://other.example/@a/{i}") for i, s in enumerate(stamps[::7])]
    timing, found = _report(build_mastodon_archive(tmp_path / "m", notes, zip=False, boosts=boosts))
    message = found["TIME002"]["message"]
    for zone in timing["zone_candidates"]:
        if zone["probability"] >= 0.1:
            assert zone["zone"] in message, (zone, message)
    assert "boosts" in message  # 1057 here against the header's 924 posts: said why


# Item 5 ---------------------------------------------------------------------------

def _jsonl(path: Path, times: list[float]) -> Path:
    path.write_text("".join(
        json.dumps({"timestamp": datetime.fromtimestamp(t, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "text": "una nota rápida"}) + "\n" for t in times))
    return path


def test_no_daylight_saving_is_not_claimed_without_a_rhythm(tmp_path):
    """400 posts every 10-30 hours at any time: TIME003 said "no daylight saving, rules
    out Europe and North America" at high confidence beside an offset at 33 %."""
    r = random.Random(1)
    t = datetime(2025, 3, 1, 12, tzinfo=UTC).timestamp()
    times = []
    for _ in range(400):
        t += r.uniform(10, 30) * 3600
        times.append(t)
    timing, found = _report(_jsonl(tmp_path / "random.jsonl", times))
    assert "TIME003" not in found
    assert timing["observes_dst"] is None


def test_no_daylight_saving_is_not_claimed_from_one_month(tmp_path):
    """61 posts in May (the walkthrough's huge.jsonl without its 50 MB post): no clock
    change inside the history, so the section says "cannot tell" (null), not "not observed"."""
    times = [datetime(2026, 5, (i % 28) + 1, 8 + i % 12, tzinfo=UTC).timestamp() for i in range(60)]
    times.append(datetime(2026, 5, 1, 10, tzinfo=UTC).timestamp())
    timing, found = _report(_jsonl(tmp_path / "may.jsonl", times))
    assert timing["observes_dst"] is None
    assert "TIME003" not in found


def test_time003_title_does_not_claim_what_its_message_denies():
    from nymaudit.rules import rule

    title = rule("TIME003").title
    assert "show in your posting hours" not in title and "whether" in title


# Item 6 ---------------------------------------------------------------------------

def test_times_without_a_zone_are_said_not_called_missing(tmp_path):
    """A spreadsheet export (`2025-01-01 08:13:00`): "No post carries a usable time of day"
    although every row has one; what is missing is the zone."""
    tz = ZoneInfo("Europe/London")
    r = random.Random(2)
    rows = ["timestamp,text"]
    for k in range(500):
        d = datetime(2025, 1, 1, tzinfo=tz) + timedelta(days=k * 0.8)
        local = d.replace(hour=r.choice([7, 8, 12, 13, 19, 20, 21, 22]), minute=r.randint(0, 59))
        rows.append(f"{local:%Y-%m-%d %H:%M:%S},a note about the day")
    path = tmp_path / "naive.csv"
    path.write_text("\n".join(rows) + "\n")
    _, found = _report(path)
    time001 = found["TIME001"]
    assert "500 timestamps carry a time of day but no time zone" in time001["message"]
    assert "+hh:mm" in time001["message"]
    assert "Their own clock still shows a routine" in time001["message"]


def test_records_without_a_zone_are_counted_among_the_left_out(tmp_path):
    """Every other record naive: the timing read 300 of 600 and nothing said so."""
    row = next(r for r in ZONES if r[0] == "America/New_York")
    poster = simulate(np.random.default_rng(5), row, start=date(2025, 1, 1), days=400, rate=1.5)
    tz = ZoneInfo("America/New_York")
    lines = []
    for i, t in enumerate(poster.times[:600]):
        local = datetime.fromtimestamp(t, tz=tz)
        stamp = local.isoformat(timespec="seconds") if i % 2 else local.strftime("%Y-%m-%d %H:%M:%S")
        lines.append(json.dumps({"timestamp": stamp, "text": "a note"}))
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    _, found = _report(path)
    naive = (len(lines) + 1) // 2
    assert f"the time of day of {naive} posts whose time carries no time zone" in found["TIME008"]["message"]


# Item 14 --------------------------------------------------------------------------

def test_a_holiday_is_named_as_the_likely_regions_call_it():
    """2026-03-09 is Canberra Day (ACT), Labour Day (VIC) and Adelaide Cup Day (SA): the
    ACT's name alone told an Adelaide writer they were read as living in Canberra."""
    from nymaudit.timing.calendar import _regional_names

    named = _regional_names([("2026-03-09", "Canberra Day"), ("2026-01-01", "New Year's Day")], "AU",
                            {"AU-ACT": 0.29, "AU-VIC": 0.29, "AU-SA": 0.26, "AU-NSW": 0.1})
    assert "Adelaide Cup" in named[0][1] and "Canberra Day" in named[0][1]
    assert named[1][1] == "New Year's Day"
    # One region at half the country's probability names it alone.
    alone = _regional_names([("2026-03-09", "Canberra Day")], "AU", {"AU-SA": 0.8, "AU-ACT": 0.2})
    assert alone == [("2026-03-09", "Adelaide Cup Day")]


def test_a_blog_post_and_the_commit_that_published_it_count_once(tmp_path):
    """A Hugo site in git, each post committed when it was dated: 60 posts, not 120 events."""
    root = tmp_path / "blog"
    pages = []
    whens = []
    for i in range(60):
        when = datetime(2025, 6, 2, 21, 5, tzinfo=ZoneInfo("Asia/Kolkata")) + timedelta(days=3 * i,
                                                                                      minutes=7 * i)
        whens.append(when)
        pages.append({"path": f"posts/p{i}.md", "front": {"title": f"Post {i}", "date": when.isoformat()},
                      "body": f"Note {i}.\n"})
    build_hugo_site(root, pages)
    env = {"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    for i, when in enumerate(whens):
        stamp = (when + timedelta(minutes=2)).isoformat()
        extra = {"GIT_AUTHOR_NAME": "Chai", "GIT_AUTHOR_EMAIL": "chai@users.noreply.github.com",
                 "GIT_COMMITTER_NAME": "Chai", "GIT_COMMITTER_EMAIL": "chai@users.noreply.github.com",
                 "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty",
                        "-m", f"post {i}"], check=True, capture_output=True, env={**env, **extra})
    doc = json.loads(_scan(str(root)))
    assert [i["format"] for i in doc["inputs"]] == ["blog", "git"]
    assert doc["timing"]["posts"] == 60


def test_the_header_and_the_timing_section_count_the_same_days(tmp_path):
    """Walkthrough 7 item 14: the header said "(425 days)" and the timing "over 426 days" for
    the same history (whole days elapsed against the days the history spans)."""
    import re
    from datetime import UTC, datetime, timedelta

    from typer.testing import CliRunner

    from archive_builders import build_twitter_archive, make_tweet
    from nymaudit.cli import app

    start = datetime(2025, 8, 31, 7, 40, tzinfo=UTC)
    tweets = [make_tweet(f"18900000000{i:08d}", start + timedelta(days=i * 425 / 79, hours=i % 3),
                         f"Note {i} on the day's work.") for i in range(80)]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    shown = CliRunner().invoke(app, ["scan", str(archive)], env={"NO_COLOR": "1", "COLUMNS": "200"}).stdout
    header = re.search(r"from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \((\d+) days\)", shown)
    timing = re.search(r"over (\d+) days", shown)
    assert header and timing, shown
    assert header.group(1) == timing.group(1)


def _episodes(kind: str, seed: int) -> list[float]:
    """An ordinary London writer over 18 months (an office week: mornings, lunch, evenings;
    weekends from mid-morning) with one kind of night posting added, as the review of 29
    November built them: three trips to New York (its evenings are London's small hours), a
    new baby's feeds for three and a half months, or late streaks (ten days in thirty); and
    (second review, eighth session) a week of insomnia every two months, or a student's late
    evenings with an exam season of all-nighters."""
    rng = random.Random(seed)
    london = ZoneInfo("Europe/London")
    stamps: list[float] = []

    def add(day: date, minutes: int) -> None:
        when = datetime(day.year, day.month, day.day, tzinfo=london) + timedelta(minutes=minutes)
        # Wall-clock minutes past the day's midnight, into the next day when past 24:00.
        wall = datetime.combine(when.date(), datetime.min.time(), london) + timedelta(
            minutes=when.hour * 60 + when.minute, seconds=rng.randint(0, 59))
        stamps.append(wall.astimezone(UTC).timestamp())

    def ordinary(day: date, late: bool = False) -> None:
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            slot = rng.random()
            if day.weekday() < 5:
                minutes = (rng.randint(420, 530) if slot < 0.15 else rng.randint(720, 830) if slot < 0.35
                           else rng.randint(1080, 1530 if late else 1410))
            else:
                minutes = rng.randint(570, 1560 if late else 1425)
            add(day, minutes)

    day, index = date(2025, 1, 6), 0
    trips = [(date(2025, 5, 1), date(2025, 5, 14)), (date(2025, 11, 2), date(2025, 11, 20)),
             (date(2026, 3, 1), date(2026, 3, 21))]
    while day <= date(2026, 6, 30):
        if kind == "trips" and any(a <= day <= b for a, b in trips):
            for _ in range(rng.choice([1, 2, 3])):
                add(day, rng.randint(1020, 1410) + 300)  # New York's evening, in London
        elif kind == "baby":
            ordinary(day)
            if date(2025, 9, 1) <= day <= date(2025, 12, 15):
                for _ in range(rng.choice([0, 1, 1, 2])):
                    add(day, rng.randint(1500, 1710))
        elif kind == "streaks":
            late = (index // 10) % 3 == 0
            ordinary(day, late=late)
            if late and rng.random() < 0.6:
                add(day, rng.randint(1470, 1590))
        elif kind == "insomnia":  # a week of 03:00-05:00 posts every two months (eighth session)
            ordinary(day)
            if index % 60 < 8:
                for _ in range(rng.choice([1, 1, 2])):
                    add(day, rng.randint(1620, 1740))
        elif kind == "exams":  # late evenings all year, seven weeks of exams with all-nighters
            ordinary(day, late=True)
            if date(2025, 4, 20) <= day <= date(2025, 6, 10) and rng.random() < 0.8:
                for _ in range(rng.choice([1, 2, 3])):
                    add(day, rng.randint(1500, 1740))
        else:
            ordinary(day)
        day += timedelta(days=1)
        index += 1
    return sorted(stamps)


@pytest.mark.parametrize("kind", ["trips", "baby", "streaks"])
def test_episodes_of_night_posting_are_not_read_as_shift_work(tmp_path, kind):
    """A review of 29 November: 16 of 24 ordinary histories with night episodes (trips, a new
    baby, insomnia, late streaks) were read as shift work, and their right offset, at 90-100 %,
    was capped to low. Nights that do not recur through the history, or come in short runs,
    are not a second rhythm."""
    from nymaudit.timing.fit import rhythm_fit

    stamps = _episodes(kind, {"trips": 1, "baby": 2, "streaks": 1}[kind])
    london = ZoneInfo("Europe/London")
    local = [s + datetime.fromtimestamp(s, london).utcoffset().total_seconds() for s in stamps]
    assert rhythm_fit(local).verdict == "one", kind
    timing, _found = _report(_x_archive(tmp_path / kind, stamps))
    assert timing["standard_utc_offset_hours"] == 0
    assert timing["offset_confidence"] != "low"

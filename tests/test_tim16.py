"""tim16: timing leftovers for real users. Author dates faked at the writer's own non-zero offset
(one clock hour, or far from the committer dates in a way no rebase explains) give way to the
committer dates (1); a history where only a stretch of the author dates was set by hand has that
stretch read at its committer dates, and says so (2); midnight dates of a half- or quarter-hour zone
stored in UTC without an offset (18:30:00 for India's +05:30) are dates, as the whole-hour ones (3).

Real inputs: git repositories made by the git CLI (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), scanned
with ``nymaudit scan``; histories through ``timing.core.analyse`` where the question is the model's.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
NOW = datetime(2026, 11, 29, tzinfo=UTC).timestamp()
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git CLI")


def _scan(repo: Path) -> dict[str, Any]:
    done = CliRunner().invoke(app, ["scan", str(repo), "--format", "json", "--no-redact"], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return json.loads(done.stdout)


def _rules(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in report["findings"]}


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    base = {"PATH": os.environ.get("PATH", ""), "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "nullbyte", "GIT_AUTHOR_EMAIL": "nullbyte@users.noreply.github.com",
            "GIT_COMMITTER_NAME": "nullbyte", "GIT_COMMITTER_EMAIL": "nullbyte@users.noreply.github.com"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**base, **(env or {})})


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def _evenings(zone: str, commits: int, seed: int = 7) -> list[datetime]:
    """A developer's evenings (weekends from 10:00) from 6 January 2025, on the zone's clock."""
    rnd, tz, day, out = random.Random(seed), ZoneInfo(zone), datetime(2025, 1, 6), []
    while len(out) < commits:
        for _ in range(rnd.choice((0, 0, 1, 1, 2))):
            hour = rnd.uniform(19, 23.5) if day.weekday() < 5 else rnd.uniform(10, 23)
            out.append(datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=hour))
        day += timedelta(days=1)
    return sorted(out[:commits])


def _faked(kind: str, real: datetime, rnd: random.Random, offset: str) -> str:
    """An author date set by hand at ``offset`` ("+0100", typed the same all year): "fixed" one date
    for every commit, "noon" each day's noon, "far" 5-40 h before the commit, "office" the same
    day between 09:00 and 17:00 (a day job's hours where the commits are made in the evening)."""
    sign = -1 if offset[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    if kind == "fixed":
        return f"2024-03-01 12:00:00 {offset}"
    if kind == "noon":
        return f"{real.astimezone(tz):%Y-%m-%d} 12:00:00 {offset}"
    if kind == "far":
        return _stamp((real - timedelta(hours=rnd.uniform(5, 40))).astimezone(tz))
    day = real.astimezone(tz)
    return _stamp(datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=rnd.uniform(9, 17)))


def _history(repo: Path, zone: str, kind: str, offset: str = "+0000", faked_from: int = 0,
             commits: int = 120) -> Path:
    """Commits on ``zone``'s evenings; the committer date is the real moment (git writes it). From
    commit ``faked_from`` on the author date is ``_faked`` (``kind`` "real": never). "late-utc": real
    author dates, each committed again 1-3 days later by a UTC clock (rev15d 2). "rebase-flow": real
    author dates, in groups of 1-3 rebased 2-30 h later on the same clock (a rebase workflow)."""
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main", ".")
    rnd = random.Random(8)
    reals = _evenings(zone, commits)
    rebased: dict[int, datetime] = {}
    at = 0
    while kind == "rebase-flow" and at < len(reals):
        size = rnd.choice((1, 1, 2, 3))
        when = max(reals[at:at + size]) + timedelta(hours=rnd.uniform(2, 30))
        for k in range(len(reals[at:at + size])):
            rebased[at + k] = when + timedelta(seconds=k)
        at += size
    for i, real in enumerate(reals):
        author, committer = _stamp(real), _stamp(real)
        if kind == "late-utc":
            later = (real + timedelta(days=rnd.uniform(1, 3))).astimezone(UTC)
            committer = f"{later:%Y-%m-%d %H:%M:%S} +0000"
        elif kind == "rebase-flow":
            committer = _stamp(rebased[i].astimezone(ZoneInfo(zone)))
        elif kind != "real" and i >= faked_from:
            author = _faked(kind, real, rnd, offset)
        _git(repo, "commit", "-q", "--allow-empty", "-m", f"change {i}",
             env={"GIT_AUTHOR_DATE": author, "GIT_COMMITTER_DATE": committer})
    return repo


# ------------------------------------------------------------------ item 1: any offset


@needs_git
@pytest.mark.parametrize(("zone", "kind", "offset", "why"), [
    ("Europe/Berlin", "far", "+0100", "120 of 120 are more than 3 hours from when the commit was made"),
    ("Europe/Berlin", "office", "+0100", "of them after it, which no rebase or amend writes"),
    ("Asia/Kolkata", "far", "+0530", "one commit at a time and on the clock that made it"),
])
def test_author_dates_faked_far_at_the_writers_own_offset_give_way_to_the_committer_dates(
        tmp_path: Path, zone: str, kind: str, offset: str, why: str) -> None:
    """Author dates typed at the writer's own offset, hours from the commit (5-40 h before it, or a
    day job's hours on the commit's day): tim15's "far" rule needed +0000 author dates, so these were
    read as written (Berlin: "Africa/Luanda", quiet 17:00-23:00, TIME003 "no daylight saving"). Now
    the committer dates are read, said in TIME002, and the reading is the real history's, whole."""
    faked = _scan(_history(tmp_path / "faked", zone, kind, offset))
    real = _scan(_history(tmp_path / "real", zone, "real"))
    zone_finding = _rules(faked)["TIME002"]
    assert why in zone_finding["message"]
    assert "So the hours here are read from the committer dates of 120 commits" in zone_finding["message"]
    assert "times of day read from committer dates: 120 commits" in zone_finding["evidence"]
    assert faked["timing"] == real["timing"]
    if zone == "Europe/Berlin":
        assert "EU daylight-saving rule" in _rules(faked)["TIME003"]["message"]


@needs_git
@pytest.mark.parametrize("kind", ["fixed", "noon"])
def test_time007_does_not_call_author_dates_set_at_plus_one_hour_plus_zero(tmp_path: Path, kind: str) -> None:
    """`GIT_AUTHOR_DATE="2024-03-01 12:00 +0100"` for every commit (or each day's noon at +0100): the
    hours were already read from the committer dates (one clock hour), but TIME007 told the writer
    "their author dates say +00:00". They say +01:00: now "were set by hand"."""
    report = _scan(_history(tmp_path / kind, "Europe/Berlin", kind, "+0100"))
    found = _rules(report)
    assert "120 of 120 sit between 12:00 and 12:59 at UTC+01:00" in found["TIME002"]["message"]
    leak = found["TIME007"]["message"]
    assert "+00:00" not in leak
    assert ("their author dates were set by hand (`git commit --date`, GIT_AUTHOR_DATE; TIME002), but "
            "the committer dates keep your clock's: UTC+02:00") in leak


@needs_git
@pytest.mark.parametrize("kind", ["late-utc", "rebase-flow"])
def test_real_author_dates_rewritten_later_stay_the_hours(tmp_path: Path, kind: str) -> None:
    """Guards: real Berlin author dates committed again 1-3 days later by a UTC clock (rev15d 2, the
    Berlin case of tim15's Chicago test), or rebased in groups of 1-3 hours to a day later on the
    writer's own clock: the author dates are read, nothing is said of dates set by hand."""
    report = _scan(_history(tmp_path / kind, "Europe/Berlin", kind))
    message = _rules(report)["TIME002"]["message"]
    assert "set by hand" not in message and "committer dates" not in message
    assert report["timing"] == _scan(_history(tmp_path / "real", "Europe/Berlin", "real"))["timing"]


# ------------------------------------------------------------------ item 2: only some


@needs_git
@pytest.mark.parametrize(("zone", "kind", "offset", "faked_from", "said"), [
    ("Europe/Berlin", "noon", "+0100", 60, "The author dates of 60 of your 120 commits, those committed from "
                                           "2025-03-23 to 2025-06-13, carry no time of day: 60 of 60 sit "
                                           "between 12:00 and 12:59 at UTC+01:00"),
    ("America/Chicago", "noon", "-0600", 40, "The author dates of 80 of your 120 commits"),
    ("Europe/Berlin", "far", "+0100", 60, "The author dates of 60 of your 120 commits"),
    ("Asia/Kolkata", "far", "+0530", 70, "The author dates of 50 of your 120 commits"),
])
def test_a_stretch_of_author_dates_set_by_hand_is_read_at_its_committer_dates(
        tmp_path: Path, zone: str, kind: str, offset: str, faked_from: int, said: str) -> None:
    """A writer who began setting GIT_AUTHOR_DATE halfway: under tim15's shares the whole history was
    read at the author dates, the made-up ones too. Now the stretch is found, read at its committer
    dates (the earlier commits at their author dates), said, and the reading is the real history's."""
    faked = _scan(_history(tmp_path / "faked", zone, kind, offset, faked_from=faked_from))
    real = _scan(_history(tmp_path / "real", zone, "real"))
    message = _rules(faked)["TIME002"]["message"]
    assert said in message
    assert "where your other commits' author dates are the moments they were made" in message
    assert "are read from their committer dates" in message
    assert "the others' from their author dates" in message
    assert faked["timing"] == real["timing"]


# ------------------------------------------------------------------ item 3: half-hour midnights


def _split_history(zone: str, seed: int, stated_mode: str) -> tuple[list[float], list[float]]:
    """tests/test_tim15.py's: 300 real posts and 200 dates an import wrote as midnight, half at
    00:00:00 UTC and half at the writer's own midnight; "none": no record states its offset."""
    rnd, tz = random.Random(seed), ZoneInfo(zone)
    times: list[float] = []
    stated: list[float] = []
    day, days = datetime(2025, 1, 6), []
    while len(times) < 300:
        for _ in range(rnd.choice((0, 1, 1, 2))):
            hour = rnd.uniform(7, 9) if rnd.random() < 0.3 else rnd.uniform(18, 23.5)
            local = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=hour)
            times.append(local.timestamp())
            stated.append(local.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
        days.append(day)
        day += timedelta(days=1)
    times, stated = times[:300], stated[:300]
    for i in range(200):
        d = rnd.choice(days)
        midnight = datetime(d.year, d.month, d.day, tzinfo=UTC if i % 2 == 0 else tz)
        times.append(midnight.timestamp())
        stated.append(midnight.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
    if stated_mode == "none":
        stated = [math.nan] * len(stated)
    return times, stated


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns"])
def test_half_hour_midnights_stored_in_utc_beside_utc_midnights_are_dates(zone: str) -> None:
    """Kolkata's midnight stored in UTC is 18:30:00 (Kathmandu 18:15:00, Adelaide 13:30 or 14:30,
    St John's 03:30 or 02:30): only the UTC half was found (100 of 200), the others read as hours
    (Kolkata fell from medium, 0.67, to low, 0.41). Now all 200 are dates, as for Tokyo."""
    from nymaudit.timing.core import analyse

    times, stated = _split_history(zone, 5, "none")
    result = analyse(times, stated_offsets=stated, now=NOW)
    alone = analyse(times[:300], stated_offsets=stated[:300], now=NOW)
    assert result.midnight == 200 and result.midnight_frame == "UTC and unstated"
    assert result.standard_offset == alone.standard_offset
    assert result.offset_probability == pytest.approx(alone.offset_probability, abs=0.01)
    assert result.offset_confidence == alone.offset_confidence


def test_half_hour_midnights_stated_as_such_are_found() -> None:
    """Guard: +05:30 midnights that state their offset were found already (the "local" frame)."""
    from nymaudit.timing.core import analyse

    times, stated = _split_history("Asia/Kolkata", 5, "own")
    result = analyse(times, stated_offsets=stated, now=NOW)
    assert result.midnight == 200 and result.midnight_frame == "UTC and local"
    assert result.standard_offset == 5.5


@pytest.mark.parametrize("unit", [60, 900])
def test_times_kept_to_the_minute_or_quarter_hour_give_no_half_hour_midnights(unit: int) -> None:
    """Guard: beside 100 midnight-UTC dates, a writer whose source keeps minutes (or quarter hours,
    as a calendar does) has many times at :30:00 and :15:00, some quarter hours more than others;
    none is taken for a zone's midnight: the test compares with the writer's own rate there."""
    from nymaudit.timing.core import analyse

    times, _ = _split_history("Asia/Kolkata", 5, "none")
    kept = [t - t % unit for t in times[:300]]
    utc_midnights = [t for t in times[300:] if t % 86400 == 0]
    everything = kept + utc_midnights
    result = analyse(everything, stated_offsets=[math.nan] * len(everything), now=NOW)
    assert result.midnight == len(utc_midnights) and result.midnight_frame == "UTC"


@needs_git
def test_kolkata_midnights_in_a_git_history_stored_at_plus_zero_are_dates(tmp_path: Path) -> None:
    """End to end: 150 real commits at +0530, 40 dates an import wrote as 00:00:00 +0000 and 40 as
    India's midnight stored at +0000 (18:30:00 the day before). The 18:30 ones were read as hours;
    now TIME008 counts all 80 and the reading is the real commits' alone."""
    rnd, tz = random.Random(3), ZoneInfo("Asia/Kolkata")
    reals = _evenings("Asia/Kolkata", 150)
    dated = []
    for i in range(80):
        day = rnd.choice(reals).astimezone(tz)
        local_midnight = datetime(day.year, day.month, day.day, tzinfo=tz if i % 2 else UTC)
        dated.append(f"{local_midnight.astimezone(UTC):%Y-%m-%d %H:%M:%S} +0000")

    def build(repo: Path, with_dates: bool) -> Path:
        repo.mkdir(parents=True)
        _git(repo, "init", "-q", "-b", "main", ".")
        stamps = [_stamp(r) for r in reals] + (dated if with_dates else [])
        for i, stamp in enumerate(stamps):
            _git(repo, "commit", "-q", "--allow-empty", "-m", f"change {i}",
                 env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
        return repo

    mixed = _scan(build(tmp_path / "mixed", True))
    alone = _scan(build(tmp_path / "alone", False))
    left = _rules(mixed)["TIME008"]["message"]
    assert ("the time of day of 40 at exactly 00:00:00 UTC and 40 at exactly "
            "«18:30:00 UTC (a +05:30 zone's midnight)»") in left
    for key in ("standard_utc_offset_hours", "offset_confidence", "sleep_window_local"):
        assert mixed["timing"][key] == alone["timing"][key], key

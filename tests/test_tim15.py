"""tim15: timing items left open. A night worker asleep 08:00-17:00 whose day-sleeper lead is a
retiree's stays capped by the evening that fades (1); author dates set by hand are read at the
committer dates git wrote (2); midnight dates half in UTC and half at the writer's own midnight
stored in UTC are all dates (3); a +00:00 photo whose maker notes name a city is a local clock, and
a camera's world-clock setting gives the clock when no offset is stored (4); TIME007 names Hugo
page bundles by their folder (5).

Real inputs: git repositories made by the git CLI (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), a Hugo
site of page bundles, ExifTool's Casio sample changed with the exiftool CLI, a Nikon maker note
written byte for byte by piexif (as tests/test_mta15.py does); histories through
``timing.core.analyse`` where the question is the model's.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import shutil
import struct
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_hugo_site
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
NOW = datetime(2026, 11, 29, tzinfo=UTC).timestamp()
SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "images" / "exiftool-samples"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git CLI")
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs the exiftool CLI")


def _run(*args: str, cwd: Path | None = None) -> dict[str, Any]:
    here = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        done = CliRunner().invoke(app, list(args), env=ENV, catch_exceptions=False)
    finally:
        os.chdir(here)
    assert done.exit_code in (0, 1), done.output
    return json.loads(done.stdout)


def _rules(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in report["findings"]}


# ------------------------------------------------------------------ item 1: night worker or retiree


def _weighted(zone: str, seed: int, weights: list[float], n: int = 450,
              per_day: tuple[int, ...] = (0, 1, 1, 2, 2, 3)) -> list[datetime]:
    """Posts from 6 January 2025 at local hours drawn from ``weights`` (tests/test_tfx14.py's)."""
    rnd, tz, out, day = random.Random(seed), ZoneInfo(zone), [], datetime(2025, 1, 6)
    while len(out) < n:
        for _ in range(rnd.choice(per_day)):
            hour = rnd.choices(range(24), weights=weights)[0]
            out.append(datetime(day.year, day.month, day.day, hour, rnd.randrange(60), rnd.randrange(60),
                                tzinfo=tz).astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


def _asleep(start: int, end: int) -> list[float]:
    """rev14c night_long.py: asleep start-end local every day, busiest 18:00-02:00."""
    return [0.0 if start <= h < end else (2.0 if h in (18, 19, 20, 21, 22, 23, 0, 1) else 1.0)
            for h in range(24)]


def _flat(zone: str, seed: int, wake: float = 7.0, bed: float = 22.0) -> list[datetime]:
    """A retiree posting at any time between waking and bed, 540 days (tests/test_tim14.py's)."""
    rng, tz, out = random.Random(seed), ZoneInfo(zone), []
    for d in range(540):
        day = datetime(2024, 3, 1) + timedelta(days=d)
        for _ in range(rng.choices([0, 1, 2, 3, 4, 5], [2, 3, 3, 2, 1, 1])[0]):
            out.append((datetime(day.year, day.month, day.day, tzinfo=tz)
                        + timedelta(hours=rng.uniform(wake, bed))).astimezone(UTC))
    return sorted(out)


# tim14 probe.py's retiree with a shaped day: busy mornings, a quiet after-lunch, an evening, bed at 22.
RETIREE_SHAPED = [0, 0, 0, 0, 0, 0, 0, 1.5, 2.0, 2.0, 1.8, 1.5, 1.0, 0.6, 0.8, 1.0, 1.2, 1.2, 1.4, 1.6, 1.5,
                  0.8, 0, 0]


def _analyse(times: list[datetime]) -> Any:
    from nymaudit.timing.core import analyse

    return analyse([t.timestamp() for t in times], now=NOW)


def test_a_night_worker_asleep_8_to_17_with_a_retirees_lead_is_capped_and_named() -> None:
    """tfx14's note: a Chicago night worker asleep 08:00-17:00 (seed 502) led by 4.06, inside the
    retirees' range, and was read at UTC+08:00, medium, with nothing said of night work. Its day read
    there fades from morning to evening (about half), where retirees' evenings hold 0.68-1.12."""
    from nymaudit.detectors.timing import shifted_sleep_note

    result = _analyse(_weighted("America/Chicago", 502, _asleep(8, 17)))
    assert result.quiet_hours >= 8.0 and 2.0 < result.day_sleeper_lead < 5.5  # the case in question
    assert result.sleep_shifted == "early" and result.offset_confidence == "low"
    assert result.evening_share < 0.6
    # The alternative is named: where a day sleeper fits, within an hour of Chicago's -06:00.
    assert abs(result.day_sleeper_offset - (-6.0)) <= 1.0
    note = shifted_sleep_note(result)
    assert "your posts fade from morning to evening" in note
    assert "If you do work nights, the same hours fit someone who sleeps by day at about UTC-06" in note


@pytest.mark.parametrize("case", ["flat New York", "flat Berlin", "flat Tokyo", "early New York", "shaped"])
def test_retirees_with_a_high_lead_stay_uncapped(case: str) -> None:
    """Guard: retirees quiet 8 h or more whose day sleeper leads by 2.0-5.0 (tim14's probe; the
    shaped New York day leads by 4.99, the most) keep their own label: their evenings do not fade."""
    times = {"flat New York": lambda: _flat("America/New_York", 301),
             "flat Berlin": lambda: _flat("Europe/Berlin", 302),
             "flat Tokyo": lambda: _flat("Asia/Tokyo", 303),
             "early New York": lambda: _flat("America/New_York", 401, 5.5, 21.5),
             "shaped": lambda: _weighted("America/New_York", 501, RETIREE_SHAPED, n=500,
                                         per_day=(0, 1, 2, 2, 3, 4))}[case]()
    result = _analyse(times)
    assert result.day_sleeper_lead > 2.0 and result.quiet_hours >= 8.0  # the band in question
    assert result.sleep_shifted is None


# ------------------------------------------------------------------ item 2: author dates with no clock


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    base = {"PATH": os.environ.get("PATH", ""), "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "nullbyte", "GIT_AUTHOR_EMAIL": "nullbyte@users.noreply.github.com",
            "GIT_COMMITTER_NAME": "nullbyte", "GIT_COMMITTER_EMAIL": "nullbyte@users.noreply.github.com"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**base, **(env or {})})


def _chicago_evenings(repo: Path, author: str, commits: int = 120) -> Path:
    """A Chicago developer's evenings (weekends from 10:00) over 2025. ``author``: "noon" sets each
    author date to noon UTC of the day, "far" to 5-40 hours before the commit, both at +0000, as
    `git commit --date` does; "real" keeps it. The committer date is the real moment."""
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main", ".")
    rnd, tz, day, made = random.Random(7), ZoneInfo("America/Chicago"), datetime(2025, 1, 6), 0
    while made < commits:
        for _ in range(rnd.choice((0, 0, 1, 1, 2))):
            hour = rnd.uniform(19, 23.5) if day.weekday() < 5 else rnd.uniform(10, 23)
            real = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=hour)
            if author == "late-utc":  # real author dates; committed again 1-3 days later by a UTC clock
                stamp = real.strftime("%Y-%m-%d %H:%M:%S %z")
                later = (real + timedelta(days=rnd.uniform(1, 3))).astimezone(UTC)
                _git(repo, "commit", "-q", "--allow-empty", "-m", f"change {made}",
                     env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": f"{later:%Y-%m-%d %H:%M:%S} +0000"})
                made += 1
                continue
            if author == "noon":
                stamp = f"{real.astimezone(UTC):%Y-%m-%d} 12:00:00 +0000"
            elif author == "far":
                before = real.astimezone(UTC) - timedelta(hours=rnd.uniform(5, 40))
                stamp = f"{before:%Y-%m-%d %H:%M:%S} +0000"
            else:
                stamp = real.strftime("%Y-%m-%d %H:%M:%S %z")
            _git(repo, "commit", "-q", "--allow-empty", "-m", f"change {made}",
                 env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": real.strftime("%Y-%m-%d %H:%M:%S %z")})
            made += 1
        day += timedelta(days=1)
    return repo


@needs_git
@pytest.mark.parametrize(("author", "why"), [
    ("noon", "120 of 120 sit between 12:00 and 12:59 at UTC+00:00, one hour of the clock"),
    ("far", "are more than 3 hours from when the commit was made")])
def test_author_dates_set_by_hand_are_read_at_the_committer_dates(tmp_path: Path, author: str,
                                                                   why: str) -> None:
    """Author dates at noon UTC every day (or hours before the commit) with committer dates on a
    Chicago clock: the hours were read from the author dates (noon: UTC+08:00, low; far: no
    TIME002 at all, and an EU daylight-saving rule). Now from the committer dates, and said."""
    repo = _chicago_evenings(tmp_path / author, author)
    report = _run("scan", str(repo), "--format", "json", "--no-redact")
    found = _rules(report)
    zone = found["TIME002"]
    assert zone["clue"]["value"].startswith("UTC-06:00"), zone["clue"]
    assert why in zone["message"]
    assert "So the hours here are read from the committer dates of 120 commits" in zone["message"]
    assert "times of day read from committer dates: 120 commits" in zone["evidence"]
    assert "US/Canada" in found["TIME003"]["message"]
    # TIME007 reads the committer dates as the commits' offsets, not as a rebase's moments.
    assert "committed again" not in found["TIME007"]["message"]
    assert "For 120 commits among them that is the committer date's offset" in found["TIME007"]["message"]


@needs_git
def test_real_author_dates_committed_again_days_later_by_a_utc_clock_are_kept(tmp_path: Path) -> None:
    """Real Chicago author dates, each committed again 1-3 days later by a UTC clock (an amend or a
    rebase before review, a forge-side rebase): the author dates carry the clock. tim15's rule read
    the committer dates instead and told the writer their dates were set by hand (rev15d item 2)."""
    repo = _chicago_evenings(tmp_path / "late", "late-utc")
    found = _rules(_run("scan", str(repo), "--format", "json", "--no-redact"))
    zone = found["TIME002"]
    assert zone["clue"]["value"].startswith("UTC-06:00"), zone["clue"]
    assert "set by hand" not in zone["message"] and "read from the committer dates" not in zone["message"]


@needs_git
def test_real_author_dates_and_a_rebase_keep_the_author_times(tmp_path: Path) -> None:
    """Guard: author dates on the clock, then `git rebase -f --root` in Tokyo (every committer date
    one moment): the author dates are read, nothing is said of committer dates read instead."""
    repo = _chicago_evenings(tmp_path / "real", "real", commits=60)
    _git(repo, "rebase", "-q", "-f", "--root",
         env={"TZ": "Asia/Tokyo", "GIT_COMMITTER_DATE": "2026-02-10 22:00:00 +0900"})
    found = _rules(_run("scan", str(repo), "--format", "json", "--no-redact"))
    assert "read from the committer dates" not in found.get("TIME002", {}).get("message", "")
    assert "committed again" in found["TIME007"]["message"]


def test_clockless_needs_committer_dates_that_spread() -> None:
    """Guard (tim14b): author and committer dates both set to midnight are dates, not a clock to
    read instead: the committer dates do not spread over the day."""
    from nymaudit.detectors.timing import clockless_author_dates
    from nymaudit.model import Origin, Post

    posts = []
    for i in range(40):
        moment = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=3 * i)
        posts.append(Post(id=str(i), timestamp=moment, text="c", origin=Origin("repo", record=str(i)),
                          kind="commit", stated_offset_minutes=0,
                          extra={"git_author": "a <a@x.org>", "git_committer": "a <a@x.org>",
                                 "git_committer_time": int(moment.timestamp()),
                                 "git_committer_offset_minutes": 0}))
    assert clockless_author_dates(posts) is None


# ------------------------------------------------------------------ item 3: midnights in two frames


def _split_history(zone: str, seed: int, stated_mode: str) -> tuple[list[float], list[float]]:
    """300 real posts (mornings and evenings) and 200 dates an import wrote as midnight: half at
    00:00:00 UTC, half at the writer's own midnight. ``stated_mode``: "own" (each record states its
    offset), "none" (no record states one: the local midnights sit at a whole hour of UTC)."""
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
    for i in range(200):
        d = rnd.choice(days)
        midnight = datetime(d.year, d.month, d.day, tzinfo=UTC if i % 2 == 0 else tz)
        times.append(midnight.timestamp())
        stated.append(midnight.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
    if stated_mode == "none":
        stated = [math.nan] * len(stated)
    return times[:300] + times[300:], stated


@pytest.mark.parametrize(("zone", "offset"), [("Asia/Tokyo", 9.0), ("America/New_York", -5.0),
                                              ("Europe/Berlin", 1.0)])
def test_local_midnights_stored_in_utc_beside_utc_midnights_are_dates(zone: str, offset: float) -> None:
    """Half the dates at midnight UTC were found, the half at the writer's midnight stored in UTC
    without an offset (15:00:00 UTC for Tokyo) were read as hours: Tokyo read at UTC+08:00, New York
    fell from 0.94 (high) to 0.70. Now both halves are dates, and the reading is the real posts'."""
    from nymaudit.timing.core import analyse

    times, stated = _split_history(zone, 5, "none")
    result = analyse(times, stated_offsets=stated, now=NOW)
    alone = analyse(times[:300], stated_offsets=stated[:300], now=NOW)
    assert result.midnight == 200 and result.midnight_frame == "UTC and unstated"
    assert result.standard_offset == alone.standard_offset == offset
    assert result.offset_probability == pytest.approx(alone.offset_probability, abs=0.01)
    assert result.offset_confidence == alone.offset_confidence


def test_midnights_in_utc_and_in_the_records_own_offset_are_both_found() -> None:
    """Guard: when each record states its offset, both halves were found already."""
    from nymaudit.timing.core import analyse

    times, stated = _split_history("America/Chicago", 5, "own")
    result = analyse(times, stated_offsets=stated, now=NOW)
    assert result.midnight == 200 and result.midnight_frame == "UTC and local"
    assert result.standard_offset == -6.0


def test_a_scheduler_on_the_hour_alone_is_no_midnight() -> None:
    """Guard: posts at exactly 09:00:00 UTC every day without midnight dates beside them are a
    scheduler's (find_schedule), not dates: the whole-hour test runs only beside midnight dates."""
    from nymaudit.timing.core import analyse

    rnd = random.Random(3)
    times = [datetime(2025, 1, 1, tzinfo=UTC).timestamp() + 86400 * d + 9 * 3600 for d in range(120)]
    times += [datetime(2025, 1, 1, tzinfo=UTC).timestamp() + 86400 * rnd.randrange(300)
              + rnd.uniform(17, 23) * 3600 for _ in range(200)]
    result = analyse(times, now=NOW)
    assert result.midnight == 0


# ------------------------------------------------------------------ item 4: a +00:00 the camera chose


def _draft_with(site: Path, photo: Path) -> str:
    (site / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    (site / "_drafts").mkdir(parents=True, exist_ok=True)
    (site / "_drafts" / "d.md").write_text(
        f"---\ntitle: Walk\ndate: 2026-01-21 10:00:00 +0000\n---\nA walk.\n\n![p](/assets/{photo.name})\n",
        encoding="utf-8")
    return "_drafts/d.md"


@needs_exiftool
def test_a_plus_zero_photo_whose_camera_names_lisbon_is_a_local_clock(tmp_path: Path) -> None:
    """TIME009 said "+00:00 says little" (severity low) beside META014 raised to medium for the same
    photo: the Casio's maker notes name Lisbon as the city its clock follows."""
    sample = SAMPLES / "Casio2.jpg"
    if not sample.is_file():
        pytest.skip("ExifTool's samples are not in ../shared")
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    photo = site / "assets" / "lisbon.jpg"
    shutil.copyfile(sample, photo)
    photo.chmod(0o644)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-HometownCity=Lisbon",
                    "-DateTimeOriginal=2026:01:20 09:10:00", "-OffsetTimeOriginal=+00:00", str(photo)],
                   check=True)
    found = _rules(_run("check", _draft_with(site, photo), "--format", "json", "--no-redact", cwd=site))
    clock = found["TIME009"]
    assert "says little" not in clock["message"]
    assert ("«Lisbon» (HometownCity): a local clock «rather than one never set», so «UTC+00:00» is where"
            in clock["message"])
    assert "the UK, Ireland or Portugal in winter, Iceland, or West Africa" in clock["message"]
    assert clock["severity"] == "medium" and found["META014"]["severity"] == "medium"


def _nikon_photo(path: Path, minutes: int, summer: int) -> Path:
    """A JPEG with a Nikon type-3 maker note holding one WorldTime record (tests/test_mta15.py's),
    no offset stored."""
    record = struct.pack(">hBB", minutes, summer, 2)
    ifd = struct.pack(">H", 1) + struct.pack(">HHI", 0x0024, 7, 4) + record + struct.pack(">I", 0)
    note = b"Nikon\x00\x02\x10\x00\x00MM" + struct.pack(">HI", 42, 8) + ifd
    exif = {"0th": {piexif.ImageIFD.Make: b"NIKON CORPORATION", piexif.ImageIFD.Model: b"NIKON D7000"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:07:01 10:00:00", piexif.ExifIFD.MakerNote: note}}
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 150)).save(buf, "JPEG", exif=piexif.dump(exif))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


def test_a_cameras_world_clock_gives_the_photos_clock(tmp_path: Path) -> None:
    """A Nikon set to New York's zone with summer time on and no offset stored: META014 named
    UTC-04:00 from the setting, TIME009 said nothing. Now TIME009 reads the setting as a worked-out
    clock (low: one photo), named as such."""
    site = tmp_path / "site"
    photo = _nikon_photo(site / "assets" / "DSC_0001.jpg", -300, 1)
    found = _rules(_run("check", _draft_with(site, photo), "--format", "json", "--no-redact", cwd=site))
    clock = found["TIME009"]
    assert clock["clue"]["value"] == "UTC-04:00"
    assert "the zone their camera's world clock was set to (its maker notes)" in clock["message"]
    assert "camera's world-clock setting" in clock["evidence"]


def test_a_factory_world_clock_gives_no_clock(tmp_path: Path) -> None:
    """Guard: a Nikon at zone 0 with summer time off (its factory zone) gives TIME009 nothing."""
    site = tmp_path / "site"
    photo = _nikon_photo(site / "assets" / "DSC_0002.jpg", 0, 0)
    found = _rules(_run("check", _draft_with(site, photo), "--format", "json", "--no-redact", cwd=site))
    assert "TIME009" not in found


# ------------------------------------------------------------------ item 5: page bundles named


def test_time007_names_hugo_page_bundles_by_their_folder(tmp_path: Path) -> None:
    """walk15 item 8: "stored in index.md, index.md, index.md" named no post."""
    pages = [{"path": f"posts/{slug}/index.md", "yaml": True,
              "front": {"title": slug, "date": f"2025-0{i + 3}-1{i}T21:1{i}:00+02:00"}, "body": "Notes."}
             for i, slug in enumerate(("spring-walk", "market-day", "late-train"))]
    site = build_hugo_site(tmp_path / "hugo", pages)
    leak = _rules(_run("scan", str(site), "--format", "json", "--no-redact"))["TIME007"]
    assert "stored in late-train/index.md, market-day/index.md and spring-walk/index.md" in leak["evidence"]

"""tfx13b: review rev13b items 3, 4 and 6. The night-worker cap no longer lowers an early riser's
right reading (3); a fortnight's holiday photos are not the home clock at high, and the advice
never leans towards photos of one trip (4); check accepts an offset for TIME009 that it accepts
for TIME007, not the reverse (rev14c 1)."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import piexif
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app
from nymaudit.timing.photos import TRIP_DAYS, PhotoClock, PhotoReading

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env={**ENV, **(env or {})}, catch_exceptions=False)


def _scan(*paths: Path) -> dict[str, Any]:
    done = run("scan", *(str(p) for p in paths), "--format", "json")
    assert done.exit_code in (0, 1), done.stdout
    return json.loads(done.stdout)


def _time(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in report["findings"] if f["rule"].startswith("TIME")}


def _jpeg(local: datetime, offset: bytes) -> bytes:
    exif = {"0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 14"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: local.strftime("%Y:%m:%d %H:%M:%S").encode(),
                     piexif.ExifIFD.OffsetTimeOriginal: offset}}
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _tweets(path: Path, seed: int, hours: list[int], photo_days: list[date] = ()) -> Path:  # type: ignore[assignment]
    """rev13b mk_trip.py: 300 tweets over 2025 at ``hours`` UTC (a London writer), plus one photo
    a day on ``photo_days`` taken in New York (-04:00) and posted five minutes later."""
    rng = random.Random(seed)
    tweets, media = [], {}
    start = datetime(2025, 1, 6, tzinfo=UTC)
    for i in range(300):
        day = start + timedelta(days=int(i * 365 / 300))
        when = day + timedelta(hours=rng.choice(hours), minutes=rng.randint(0, 59))
        tweets.append(make_tweet(str(1900000000000000000 + i), when, "Evening thoughts."))
    new_york = timezone(timedelta(hours=-4))
    for d, day in enumerate(photo_days):
        local = datetime(day.year, day.month, day.day, 11 + d % 6, 7 * d % 60, tzinfo=new_york)
        tweet_id = str(1900000000000010000 + d)
        tweets.append(make_tweet(tweet_id, (local + timedelta(minutes=5)).astimezone(UTC), "Holiday!",
                                 media=["h.jpg"]))
        media[f"{tweet_id}-h.jpg"] = _jpeg(local, b"-04:00")
    return build_twitter_archive(path, tweets, zip=True, media=media)


# ------------------------------------------------------------------ item 3: the night-worker cap

EARLY_RISER = [6, 7, 8, 12, 13, 17, 18, 19, 20, 21]  # rev13b mk_trip3.py, UTC hours in London


def test_an_early_riser_keeps_a_right_high_reading(tmp_path: Path) -> None:
    """rev13b 3: 300 London tweets at 06-21 UTC read UTC+00:00 at 99.5-99.7 %, capped at low with
    "asleep from early evening ... someone who works nights" (fitted mid-sleep 2.0 for seed 1 and
    1.5, the bank's edge, for seed 2): an ordinary early day fits far better than a day sleeper's."""
    for seed in (1, 2):
        report = _scan(_tweets(tmp_path / f"early{seed}.zip", seed, EARLY_RISER))
        zone = _time(report)["TIME002"]
        assert report["timing"]["standard_utc_offset_hours"] == 0.0
        assert zone["confidence"] == report["timing"]["offset_confidence"] == "high", zone["message"]
        assert "works nights" not in zone["message"]


# tim13's New York night worker: awake 17:00-09:00, asleep 10:00-17:00, on shift 21:00-07:00
# Monday to Friday, the same hours on nights off (tests/test_tim13.py).
NIGHT_SHIFT = [1.5, 1.2, 1.0, 0.8, 1.0, 0.8, 0.6, 1.5, 2.0, 0.8, 0, 0, 0, 0, 0, 0, 0, 0.6, 1.5, 1.5, 2.0, 2.5,
               1.2, 1.5]
NIGHT_OFF = [2.5, 2.0, 2.0, 1.5, 1.2, 1.0, 0.8, 0.8, 0.6, 0.4, 0, 0, 0, 0, 0, 0, 0, 0.4, 1.5, 2.0, 2.5, 2.5,
             2.5, 2.5]
# red11 gen/calib.py's permanent night worker: up all night, asleep 07:00-15:00 local.
NIGHT = [3, 3, 3, 2, 2, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 2, 3, 3, 3]


def _stream(n: int, zone: str, seed: int, weekdays: list[float], weekend: list[float] | None = None,
            choices: tuple[int, ...] = (0, 1, 1, 2, 3)) -> list[datetime]:
    rnd = random.Random(seed)
    tz = ZoneInfo(zone)
    day, out = datetime(2025, 1, 6), []
    while len(out) < n:
        weights = weekdays if weekend is None or day.weekday() < 5 else weekend
        for _ in range(rnd.choice(choices)):
            h = rnd.choices(range(24), weights=weights)[0]
            local = datetime(day.year, day.month, day.day, h, rnd.randrange(60), rnd.randrange(60), tzinfo=tz)
            out.append(local.astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


def _mastodon(path: Path, times: list[datetime]) -> Path:
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>Shift done ({i}).</p>") for i, t in enumerate(times)]
    return build_mastodon_archive(path, notes, zip=True)


def test_a_night_worker_read_as_an_early_sleeper_is_still_capped_and_said_plainly(tmp_path: Path) -> None:
    """The early edge's other side: asleep 10:00-17:00 in New York reads UTC+08:00 with mid-sleep
    1.5; a day sleeper fits those hours better, so the cap stays, and the sleep is said as it is
    (early to bed), not "asleep from early evening"."""
    times = _stream(450, "America/New_York", 1001, NIGHT_SHIFT, NIGHT_OFF, (0, 1, 1, 2, 2, 3))
    report = _scan(_mastodon(tmp_path / "shift.zip", times))
    zone = _time(report)["TIME002"]
    assert report["timing"]["standard_utc_offset_hours"] == 8.0
    assert zone["confidence"] == "low" and "works nights and sleeps by day" in zone["message"]
    assert "early to bed" in zone["message"] and "early evening" not in zone["message"]


def test_a_night_worker_at_the_late_edge_is_still_capped(tmp_path: Path) -> None:
    """Guard: red11's night profile in New York (UTC-08:00, mid-sleep 7.5) stays low."""
    report = _scan(_mastodon(tmp_path / "night.zip", _stream(400, "America/New_York", 1000, NIGHT)))
    zone = _time(report)["TIME002"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] == "low"
    assert "works nights and sleeps by day" in zone["message"]


def _fitted(chronotype: float) -> SimpleNamespace:
    return SimpleNamespace(chronotype=chronotype, works_week=0.0, standard_offset=0.0, stated_offsets={},
                           posts=300, offset_confidence="high", confidence_capped=False, sleep_shifted=None,
                           day_sleeper_lead=None)


def test_the_cap_needs_a_day_sleeper_reading_at_the_early_edge() -> None:
    """An early day (mid-sleep 2.0 or 1.5) without a work week is capped only when a day sleeper
    fits its hours better (``local`` given); the late edge (7.5) is capped on its own."""
    import numpy as np

    from nymaudit.timing.routine import check_shifted_sleep

    rng = random.Random(3)
    # A London early riser's posts, local = UTC: every day of a year at EARLY_RISER hours.
    local = np.array([d * 86400 + rng.choice(EARLY_RISER) * 3600 + rng.randrange(3600)
                      for d in range(20000, 20365) for _ in range(rng.choice((0, 1, 1, 2)))])
    for chronotype in (2.0, 1.5):
        result = _fitted(chronotype)
        check_shifted_sleep(result, local)
        assert result.sleep_shifted is None and result.offset_confidence == "high", chronotype
        assert result.day_sleeper_lead is not None and result.day_sleeper_lead < 0
    late = _fitted(7.5)
    check_shifted_sleep(late, local)
    assert late.sleep_shifted == "late" and late.offset_confidence == "low"


# ------------------------------------------------------------------ item 4: one trip's photos

FORTNIGHT = [date(2025, 8, 4) + timedelta(days=i) for i in range(15)]


def test_a_fortnights_holiday_photos_do_not_cap_a_year_of_hours(tmp_path: Path) -> None:
    """rev13b 4: one photo a day for 15 days in New York: days 1, 8 and 15 counted as three
    separate weeks, TIME009 high, and a year of right London hours capped (98 % -> medium, "Lean
    towards the hours") or leaned towards the trip (71 % -> low, "Lean towards the photos' clock")."""
    mixes = {"b": ([8, 12, 13, 18, 19, 20, 21, 22, 23, 0], "high"),
             "a": ([7, 8, 9, 12, 13, 17, 18, 19, 20, 21, 22, 23], "medium")}
    for name, (hours, own) in mixes.items():
        report = _scan(_tweets(tmp_path / f"trip-{name}.zip", 1, hours, FORTNIGHT))
        found = _time(report)
        photos, zone = found["TIME009"], found["TIME002"]
        assert photos["confidence"] == "medium", photos["message"]
        assert f"the first and last more than {TRIP_DAYS} days apart" in photos["message"]
        assert "taken on 15 days, the first and last 14 days apart" in photos["message"]
        assert report["timing"]["standard_utc_offset_hours"] == 0.0
        assert zone["confidence"] == report["timing"]["offset_confidence"] == own, zone["message"]
        assert "Lean towards" not in zone["message"] and "at most medium" not in zone["message"]
        assert "whatever its confidence (which is the hours' own)" in zone["message"]


def test_photos_over_more_than_a_trip_still_lean_towards_the_photos(tmp_path: Path) -> None:
    """Guard: photos on New York's clock over 35 days (three dates weeks apart) are no trip's:
    TIME009 high, and the hours lean towards them (low)."""
    days = [date(2025, 5, 5), date(2025, 5, 19), date(2025, 6, 9)]
    report = _scan(_tweets(tmp_path / "far.zip", 1, [8, 12, 13, 18, 19, 20, 21, 22, 23, 0], days))
    found = _time(report)
    assert found["TIME009"]["confidence"] == "high"
    zone = found["TIME002"]
    lean = "Lean towards the photos' clock: they were taken over 35 days, longer than a trip"
    assert lean in zone["message"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] == "low"


def _clock(day: date) -> PhotoClock:
    taken = datetime(day.year, day.month, day.day, 12)
    return PhotoClock("p.jpg", "p.jpg", -240, "OffsetTimeOriginal", taken)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 45).map(lambda n: date(2025, 5, 1) + timedelta(days=n)),
                min_size=1, max_size=12))
@example([date(2025, 8, 4), date(2025, 8, 11), date(2025, 8, 18)])  # a fortnight's days 1, 8 and 15
def test_high_photos_span_more_than_a_trip(days: list[date]) -> None:
    """TIME009 high never rests on photos all taken within TRIP_DAYS, however many weeks apart;
    and still comes from photos a week apart over more than TRIP_DAYS."""
    clocks = [_clock(d) for d in days]
    reading = PhotoReading(clocks=clocks, fitting=clocks, zones=["America/New_York"])
    from nymaudit.timing.photos import separate_weeks

    spread = (max(days) - min(days)).days > TRIP_DAYS
    assert (reading.confidence == "high") == (spread and separate_weeks(clocks) >= 3)


def test_the_lean_never_points_at_photos_of_one_trip() -> None:
    """photo_lean on photos within TRIP_DAYS (as tim13 built it, a reading handed in directly):
    uncertain or unusual hours leaned towards the trip's clock; now never towards photos."""
    from nymaudit.detectors.timing import photo_lean

    clocks = [_clock(d) for d in FORTNIGHT]
    reading = PhotoReading(clocks=clocks, fitting=clocks, zones=["America/New_York"])
    for probability, shifted in ((0.71, None), (0.98, "early")):
        hours = SimpleNamespace(offset_probability=probability, sleep_shifted=shifted, rhythm=None)
        lean, said = photo_lean(reading, hours)
        assert lean != "photos" and "Lean towards the photos" not in said
        assert "within 14 days can be one trip's" in said


# ------------------------------------------------------------------ item 6: check, TIME007 <-> TIME009


def _dublin_site(root: Path, photo_offset: bytes = b"+01:00") -> Path:
    """rev13b mk_dublin.py: a Jekyll site set to Europe/Dublin whose posts store +0000/+0100, and
    a summer draft at +0100 showing a phone photo taken at home storing ``photo_offset``."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Lanternfish\nurl: https://lanternfish.example\n"
                                      "timezone: Europe/Dublin\n")
    for month in range(1, 9):
        summer = 4 <= month <= 8
        offset = "+0100" if summer else "+0000"
        (root / f"_posts/2025-{month:02d}-15-note.md").write_text(
            f"---\nlayout: post\ntitle: Note\ndate: 2025-{month:02d}-15 21:30:00 {offset}\n"
            "---\nSome thoughts on public procurement.\n")
    (root / "_drafts/img").mkdir(parents=True)
    (root / "_drafts/img/garden.jpg").write_bytes(_jpeg(datetime(2025, 9, 20, 18, 40), photo_offset))
    (root / "_drafts/n.md").write_text("---\nlayout: post\ntitle: Garden\ndate: 2025-09-21 21:00:00 +0100\n"
                                       "---\nThe garden this week.\n\n![garden](img/garden.jpg)\n")
    return root


def _check(*args: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    done = run("check", *args, "--format", "json")
    return done, {f["rule"]: f for f in json.loads(done.stdout)["findings"]}


def test_an_offset_accepted_for_the_posts_accepts_a_drafts_photo_at_it(tmp_path: Path,
                                                                       monkeypatch: Any) -> None:
    """rev13b 6: the baseline of `_posts/` and `_config.yml` accepted the draft's +01:00 date
    (TIME007) but not its photo's +01:00 (TIME009 stayed medium); --history lowered one, not the
    other."""
    site = _dublin_site(tmp_path / "site")
    monkeypatch.chdir(site)
    assert run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json")).exit_code == 0
    _, found = _check("_drafts/n.md", "--baseline", str(tmp_path / "bl.json"))
    assert "TIME007" not in found and "TIME009" not in found, found.keys()
    _, found = _check("_drafts/n.md", "--history", "_posts/")
    for rule_id in ("TIME007", "TIME009"):
        assert "This repeats something your published history already shows." in found[rule_id]["message"]


def test_a_baseline_made_before_accepts_a_photo_at_its_offsets(tmp_path: Path, monkeypatch: Any) -> None:
    """A baseline holding TIME007's offset keys alone (as every baseline made before this change)
    accepts a draft's photo at one of those offsets."""
    from nymaudit.check import Baseline

    site = _dublin_site(tmp_path / "site")
    monkeypatch.chdir(site)
    assert run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json")).exit_code == 0
    doc = json.loads((tmp_path / "bl.json").read_text())
    made = Baseline(doc["salt"], set(doc["hashes"]))
    photo_keys = {made.digest(f"TIME009\x1futc{sign}{h:02d}:{m:02d}")
                  for sign in "+-" for h in range(15) for m in (0, 15, 30, 45)}
    assert photo_keys & set(doc["hashes"])  # the new baseline holds them; the older one did not
    doc["hashes"] = sorted(set(doc["hashes"]) - photo_keys)
    (tmp_path / "older.json").write_text(json.dumps(doc))
    _, found = _check("_drafts/n.md", "--baseline", str(tmp_path / "older.json"))
    assert "TIME009" not in found and "TIME007" not in found


def test_a_photos_offset_the_site_never_published_still_fails(tmp_path: Path, monkeypatch: Any) -> None:
    """Guard: a photo at +05:30 beside a site that publishes +00:00/+01:00 is new."""
    site = _dublin_site(tmp_path / "site", b"+05:30")
    monkeypatch.chdir(site)
    assert run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json")).exit_code == 0
    _, found = _check("_drafts/n.md", "--baseline", str(tmp_path / "bl.json"))
    assert "TIME009" in found and "UTC+05:30" in found["TIME009"]["message"]
    assert "TIME007" not in found


def test_an_offset_a_published_photo_shows_does_not_accept_a_drafts_date_at_it(tmp_path: Path,
                                                                       monkeypatch: Any) -> None:
    """The reverse: a history whose only offset is a photo's (+05:30, posts dated without one)
    lowers a draft whose date stores +05:30."""
    root = tmp_path / "site"
    (root / "_posts/img").mkdir(parents=True)
    (root / "_posts/img/tea.jpg").write_bytes(_jpeg(datetime(2025, 3, 2, 9, 15), b"+05:30"))
    (root / "_posts/2025-03-02-tea.md").write_text("---\nlayout: post\ntitle: Tea\ndate: 2025-03-02\n---\n"
                                                   "Morning tea.\n\n![tea](img/tea.jpg)\n")
    (root / "_drafts").mkdir()
    (root / "_drafts/d.md").write_text("---\nlayout: post\ntitle: Rain\ndate: 2025-06-01 19:00:00 +0530\n"
                                       "---\nRain at last.\n")
    monkeypatch.chdir(root)
    _, published = _check("_posts/2025-03-02-tea.md")
    assert "TIME009" in published  # the history does show the offset
    _, found = _check("_drafts/d.md", "--history", "_posts/")
    # A camera's offset is a device's clock, not the writer's dates (rev14c item 1, tfx14).
    assert "This repeats something your published history already shows." not in found["TIME007"]["message"]

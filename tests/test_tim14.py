"""Fourteenth session, timing and the check baselines (tim14): TIME009 keyed on every offset its
photos store (a camera never switched to summer time), META014 keyed on every offset a file states
and one fact with TIME007/TIME009, and the early-edge cap on retirees against night workers.

Photos are real JPEGs written by Pillow with piexif (EXIF 2.31 OffsetTime/OffsetTimeOriginal, which
piexif has no names for: 0x9010/0x9011); sites are Jekyll folders as a writer keeps them; every check
runs end to end through the CLI (typer's CliRunner), baselines made by `nymaudit baseline create`."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def _jpeg(path: Path, taken: str, *, original: str | None = None, saved: str | None = None,
          model: bytes = b"Pixel 7", shade: int = 90) -> None:
    """A JPEG with DateTimeOriginal and the offsets given: ``original`` the camera's clock when it
    took the photo (OffsetTimeOriginal), ``saved`` the clock of what last saved it (OffsetTime)."""
    import piexif
    from PIL import Image

    exif: dict[int, bytes] = {piexif.ExifIFD.DateTimeOriginal: taken.encode()}
    if original is not None:
        exif[0x9011] = original.encode()
    if saved is not None:
        exif[0x9010] = saved.encode()
    buf = io.BytesIO()
    dump = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Maker", piexif.ImageIFD.Model: model}, "Exif": exif})
    Image.new("RGB", (16, 16), (shade % 256, 40, 90)).save(buf, "JPEG", exif=dump)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def _post(path: Path, date: str, images: list[str], title: str = "Note") -> Path:
    body = "".join(f"\n![photo](/assets/{name})\n" for name in images)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\nlayout: post\ntitle: {title}\ndate: {date}\n---\nSome thoughts on the allotment.\n"
                    f"{body}", encoding="utf-8")
    return path


def _london_site(root: Path) -> Path:
    """A London blog (posts +0000 in winter, +0100 in summer) with a phone on London's clock every
    month and, every other month, a camera whose clock was set to +02:00 once and never changed."""
    (root / "_config.yml").parent.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("title: Allotment notes\n", encoding="utf-8")
    for month in range(1, 13):
        summer = 4 <= month <= 10
        images = [f"phone{month:02d}.jpg"]
        _jpeg(root / "assets" / images[0], f"2025:{month:02d}:14 16:00:00",
              original="+01:00" if summer else "+00:00", shade=month * 10)
        if month % 2 == 0:
            images.append(f"cam{month:02d}.jpg")
            _jpeg(root / "assets" / images[1], f"2025:{month:02d}:20 17:00:00", original="+02:00",
                  model=b"EOS 200D", shade=month * 10 + 5)
        _post(root / "_posts" / f"2025-{month:02d}-25-note.md",
              f"2025-{month:02d}-25 21:30:00 {'+0100' if summer else '+0000'}", images)
    return root


def _run(args: list[str], cwd: Path) -> tuple[int, dict]:
    import os

    here = os.getcwd()
    os.chdir(cwd)
    try:
        done = CliRunner().invoke(app, args, env=ENV, catch_exceptions=False)
    finally:
        os.chdir(here)
    assert done.exit_code in (0, 1), (done.exit_code, done.stdout, done.stderr)
    return done.exit_code, (json.loads(done.stdout) if "--format" in args else {})


def _check(site: Path, draft: str, *extra: str) -> tuple[int, dict[str, dict]]:
    code, report = _run(["check", draft, *extra, "--format", "json", "--no-redact"], site)
    return code, {f["rule"]: f for f in report["findings"]}


def _baseline(site: Path, *files: str) -> Path:
    out = site.parent / f"{site.name}-baseline.json"
    done = CliRunner().invoke(app, ["baseline", "create", *(str(site / f) for f in files), "-o", str(out)],
                              env=ENV, catch_exceptions=False)
    assert done.exit_code == 0, done.stdout
    return out


# ---- item 1: TIME009's photos off the main clock are keyed ---------------------------------------

def test_a_camera_left_on_another_clock_passes_the_sites_baseline(tmp_path: Path) -> None:
    """The site's baseline holds every camera photo at +02:00 (META014 accepted each), but TIME009's
    clue named the phone's clock only: every new draft with a camera photo failed on TIME009."""
    site = _london_site(tmp_path / "site")
    baseline = _baseline(site, ".")
    _jpeg(site / "assets" / "cam-new.jpg", "2026:06:20 18:40:00", original="+02:00", model=b"EOS 200D")
    _post(site / "_drafts" / "beans.md", "2026-06-21 21:00:00 +0100", ["cam-new.jpg"])
    code, found = _check(site, "_drafts/beans.md", "--baseline", str(baseline))
    assert "TIME009" not in found and "META014" not in found
    assert code == 0


def test_a_camera_photo_at_a_new_offset_still_fails(tmp_path: Path) -> None:
    """Guard: the same baseline does not accept an offset no published photo or post shows."""
    site = _london_site(tmp_path / "site")
    baseline = _baseline(site, ".")
    _jpeg(site / "assets" / "athens.jpg", "2026:06:20 18:40:00", original="+03:00", model=b"EOS 200D")
    _post(site / "_drafts" / "trip.md", "2026-06-21 21:00:00 +0100", ["athens.jpg"])
    code, found = _check(site, "_drafts/trip.md", "--baseline", str(baseline))
    assert code == 1
    assert found["TIME009"]["clue"]["value"] == "UTC+03:00"
    assert found["META014"]["clue"]["value"] == "UTC+03:00"


def test_a_drafts_photo_off_its_own_clock_at_a_new_offset_fails_time009(tmp_path: Path) -> None:
    """A draft with two phone photos at +01:00 (accepted) and one at -05:00: TIME009's clue is the
    +01:00 clock, and the -05:00 photo off it is new, so TIME009 stays (it passed before: its
    clue alone was keyed)."""
    site = _london_site(tmp_path / "site")
    baseline = _baseline(site, ".")
    _jpeg(site / "assets" / "a.jpg", "2026:06:20 10:40:00", original="+01:00", shade=1)
    _jpeg(site / "assets" / "b.jpg", "2026:06:22 10:40:00", original="+01:00", shade=2)
    _jpeg(site / "assets" / "ny.jpg", "2026:06:24 10:40:00", original="-05:00", shade=3)
    _post(site / "_drafts" / "mixed.md", "2026-06-25 21:00:00 +0100", ["a.jpg", "b.jpg", "ny.jpg"])
    code, found = _check(site, "_drafts/mixed.md", "--baseline", str(baseline))
    assert code == 1
    assert found["TIME009"]["clue"]["value"] == "UTC+01:00"
    assert "other clocks: ny.jpg: UTC-05:00" in found["TIME009"]["evidence"]


def test_the_evidence_names_every_offset_off_the_clock(tmp_path: Path) -> None:
    """Five photos on London's clock and five off it at three offsets: each offset is named in
    TIME009's evidence (before, the first three photos were, all at one offset)."""
    site = tmp_path / "blog"
    names = []
    for month in range(1, 6):
        names.append(f"home{month}.jpg")
        _jpeg(site / "assets" / names[-1], f"2025:{month:02d}:03 10:00:00",
              original="+00:00" if month < 4 else "+01:00", shade=month)
    for i, offset in enumerate(["+02:00", "+02:00", "+02:00", "-04:00", "+09:00"]):
        names.append(f"away{i}.jpg")
        _jpeg(site / "assets" / names[-1], f"2025:07:{10 + i:02d} 10:00:00", original=offset, shade=50 + i)
    _post(site / "_posts" / "2025-08-01-all.md", "2025-08-01 21:00:00 +0100", names)
    _, report = _run(["scan", str(site), "--format", "json", "--no-redact"], tmp_path)
    time009 = next(f for f in report["findings"] if f["rule"] == "TIME009")
    tail = time009["evidence"].split("other clocks: ", 1)[1]
    assert "UTC+02:00" in tail and "UTC-04:00" in tail and "UTC+09:00" in tail
    assert tail.endswith("; and 2 more")


def test_history_of_the_site_lowers_the_camera_photo(tmp_path: Path) -> None:
    """--history of the published site: the camera's +02:00 only repeats what it shows."""
    site = _london_site(tmp_path / "site")
    published = tmp_path / "published"
    shutil.copytree(site, published)
    _jpeg(site / "assets" / "cam-new.jpg", "2026:06:20 18:40:00", original="+02:00", model=b"EOS 200D")
    _post(site / "_drafts" / "beans.md", "2026-06-21 21:00:00 +0100", ["cam-new.jpg"])
    _, found = _check(site, "_drafts/beans.md", "--history", str(published))
    assert "repeats something your published history already shows" in found["TIME009"]["message"]


# ---- item 2: META014 keyed on each offset a file states -------------------------------------------

def _three_drafts(root: Path, third: dict[str, str]) -> Path:
    (root / "_config.yml").parent.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for i, offsets in enumerate(({"saved": "+01:00"}, {"saved": "+01:00"}, third), 1):
        _jpeg(root / "assets" / f"p{i}.jpg", f"2025:0{i}:10 10:00:00", shade=i * 40, **offsets)
        _post(root / "_drafts" / f"d{i}.md", f"2025-0{i}-11 10:00:00", [f"p{i}.jpg"], title=f"D{i}")
    return root


def test_meta014_of_the_same_offset_passes_whatever_comes_first(tmp_path: Path) -> None:
    """Two drafts' photos saved at +01:00 are accepted; a third whose editor saved it in UTC
    (OffsetTime +00:00) and whose camera stored +01:00 was keyed on +00:00, its first offset,
    and failed the gate (and its TIME009 +01:00 too, a fact META014 already accepted)."""
    site = _three_drafts(tmp_path / "site", {"saved": "+00:00", "original": "+01:00"})
    baseline = _baseline(site, "_drafts/d1.md", "_drafts/d2.md")
    code, found = _check(site, "_drafts/d3.md", "--baseline", str(baseline))
    assert "META014" not in found and "TIME009" not in found
    assert code == 0


def test_meta014_of_the_same_offset_alone_passes(tmp_path: Path) -> None:
    """Guard, the lead's repro: a third photo saved at +01:00 like the first two."""
    site = _three_drafts(tmp_path / "site", {"saved": "+01:00"})
    baseline = _baseline(site, "_drafts/d1.md", "_drafts/d2.md")
    code, found = _check(site, "_drafts/d3.md", "--baseline", str(baseline))
    assert "META014" not in found and code == 0


def test_meta014_with_a_new_offset_after_an_accepted_one_fails(tmp_path: Path) -> None:
    """A photo saved at +01:00 (accepted) whose camera stored +02:00: META014 was keyed on +01:00
    alone and passed, hiding the new +02:00."""
    site = _three_drafts(tmp_path / "site", {"saved": "+01:00", "original": "+02:00"})
    baseline = _baseline(site, "_drafts/d1.md", "_drafts/d2.md")
    code, found = _check(site, "_drafts/d3.md", "--baseline", str(baseline))
    assert code == 1
    assert "META014" in found and "OffsetTimeOriginal=+02:00" in found["META014"]["evidence"]


def test_a_photo_at_the_offset_the_posts_publish_is_accepted(tmp_path: Path) -> None:
    """The site's posts publish +01:00 (TIME007); a draft's photo saved at +01:00 (META014 only:
    OffsetTime is no camera clock, so no TIME009) tells the same fact and is accepted."""
    site = tmp_path / "site"
    (site / "_config.yml").parent.mkdir(parents=True)
    (site / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for month in (5, 6, 7):
        _post(site / "_posts" / f"2025-{month:02d}-02-note.md", f"2025-{month:02d}-02 20:00:00 +0100", [])
    baseline = _baseline(site, "_posts", "_config.yml")
    _jpeg(site / "assets" / "pie.jpg", "2025:08:01 12:00:00", saved="+01:00")
    _post(site / "_drafts" / "pie.md", "2025-08-02 20:00:00 +0100", ["pie.jpg"])
    code, found = _check(site, "_drafts/pie.md", "--baseline", str(baseline))
    assert "META014" not in found and code == 0


# ---- item 3: the early-edge cap fires on night workers, not on retirees ---------------------------

def _flat(zone: str, seed: int, wake: float = 7.0, bed: float = 22.0, days: int = 540) -> list:
    """A retiree: posts at any time between waking and bed, every day alike, no work week
    (rev13b's mk_retiree.py), from 1 March 2024."""
    import random
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    rng, tz, out = random.Random(seed), ZoneInfo(zone), []
    for d in range(days):
        day = datetime(2024, 3, 1) + timedelta(days=d)
        for _ in range(rng.choices([0, 1, 2, 3, 4, 5], [2, 3, 3, 2, 1, 1])[0]):
            hours = timedelta(hours=rng.uniform(wake, bed))
            out.append((datetime(day.year, day.month, day.day, tzinfo=tz) + hours).astimezone(UTC))
    return sorted(out)


def _weighted(zone: str, seed: int, weekdays: list[float], weekend: list[float] | None = None,
              n: int = 450) -> list:
    """Posts from 6 January 2025 at local hours drawn from ``weekdays`` (``weekend`` on Saturday and
    Sunday), as tests/test_tim13.py's _stream."""
    import random
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    rnd, tz, out, day = random.Random(seed), ZoneInfo(zone), [], datetime(2025, 1, 6)
    while len(out) < n:
        weights = weekdays if weekend is None or day.weekday() < 5 else weekend
        for _ in range(rnd.choice((0, 1, 1, 2, 2, 3))):
            h = rnd.choices(range(24), weights=weights)[0]
            out.append(datetime(day.year, day.month, day.day, h, rnd.randrange(60), rnd.randrange(60),
                                tzinfo=tz).astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


# tim13's night worker: shift 21:00-07:00 Monday to Friday, asleep 10:00-17:00, the same on nights off.
NIGHT_SHIFT = [1.5, 1.2, 1.0, 0.8, 1.0, 0.8, 0.6, 1.5, 2.0, 0.8, 0, 0, 0, 0, 0, 0, 0, 0.6, 1.5, 1.5, 2.0, 2.5,
               1.2, 1.5]
NIGHT_OFF = [2.5, 2.0, 2.0, 1.5, 1.2, 1.0, 0.8, 0.8, 0.6, 0.4, 0, 0, 0, 0, 0, 0, 0, 0.4, 1.5, 2.0, 2.5, 2.5,
             2.5, 2.5]
# A night porter, 23:00-07:00 every night, asleep 09:00-15:00.
PORTER = [2.0, 1.5, 1.2, 1.0, 0.8, 0.8, 1.0, 1.5, 0.3, 0, 0, 0, 0, 0, 0, 0.3, 1.0, 1.2, 1.2, 1.5, 1.8, 2.0,
          1.5, 0.5]


def _analyse(times: list) -> object:
    from datetime import UTC, datetime

    from nymaudit.timing.core import analyse

    return analyse([t.timestamp() for t in times], now=datetime(2026, 11, 29, tzinfo=UTC).timestamp())


def test_retirees_posting_flat_all_day_are_not_read_as_night_workers() -> None:
    """Retirees in New York, Berlin and Tokyo posting evenly from 07:00 to 22:00 (and one from
    05:30 to 21:30) were fitted at the early edge, a day sleeper "at leisure" led by 2.8-3.5, and
    their readings (two right, two an hour off) were capped at low as a night worker's."""
    for zone, seed, wake, bed in (("America/New_York", 301, 7.0, 22.0), ("Europe/Berlin", 302, 7.0, 22.0),
                                  ("Asia/Tokyo", 303, 7.0, 22.0), ("America/New_York", 401, 5.5, 21.5)):
        result = _analyse(_flat(zone, seed, wake, bed))
        assert result.chronotype <= 2.0 and result.day_sleeper_lead > 2.0, zone  # the case in question
        assert result.sleep_shifted is None, zone
        assert result.quiet_hours >= 8.0, zone


def test_night_workers_at_the_early_edge_stay_capped() -> None:
    """Guard: tim13's night workers in Tokyo and Chicago and a New York night porter, read 12-15
    hours away at the early edge, keep the cap (quiet 7-7.25 h by day, a day sleeper's)."""
    for zone, seed, weekdays, weekend in (("Asia/Tokyo", 1003, NIGHT_SHIFT, NIGHT_OFF),
                                          ("America/Chicago", 1004, NIGHT_SHIFT, NIGHT_OFF),
                                          ("America/New_York", 1200, PORTER, None)):
        result = _analyse(_weighted(zone, seed, weekdays, weekend))
        assert result.sleep_shifted == "early", zone
        assert result.offset_confidence == "low", zone


def test_a_retiree_through_the_cli_is_not_told_they_may_work_nights(tmp_path: Path) -> None:
    """End to end: a Berlin retiree's Mastodon archive keeps its reading's own confidence, and
    TIME002 does not say the hours may be a night worker's."""
    from archive_builders import build_mastodon_archive, make_note

    times = _flat("Europe/Berlin", 302)
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>Garden, day {i}.</p>") for i, t in enumerate(times)]
    archive = build_mastodon_archive(tmp_path / "retiree.zip", notes, zip=True)
    _, report = _run(["scan", str(archive), "--format", "json"], tmp_path)
    zone = next(f for f in report["findings"] if f["rule"] == "TIME002")
    assert report["timing"]["standard_utc_offset_hours"] == 1.0
    assert "works nights and sleeps by day" not in zone["message"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] != "low"


def test_the_quiet_stretch_tolerates_a_stray_post() -> None:
    """A night of 9 h with one post in a hundred inside it is still 9 h; 2 % is not."""
    import numpy as np

    from nymaudit.timing.routine import quiet_stretch

    rng = np.random.default_rng(7)
    day = rng.uniform(7 * 3600, 22 * 3600, 2000)  # 07:00-22:00
    stray = rng.uniform(0, 6 * 3600, 15)  # under 1 %: 00:00-06:00
    local = np.concatenate((day, stray)) + 86400 * rng.integers(0, 300, 2015)
    assert quiet_stretch(day + 86400 * rng.integers(0, 300, 2000)) == 9.0
    assert quiet_stretch(local) == 9.0
    many = np.concatenate((day, rng.uniform(1 * 3600, 5 * 3600, 60)))  # 3 %
    assert quiet_stretch(many) < 9.0
    assert quiet_stretch(np.array([], dtype=float)) is None


# ---- item 4: where a night worker read at the early or late edge would live -----------------------

def test_a_night_worker_is_told_where_a_day_sleeper_fits(tmp_path: Path) -> None:
    """tim13's night worker in Chicago (UTC-06:00) is read at UTC+07:00, low: TIME002 now also
    gives the offset where someone sleeping by day fits the same hours, which is Chicago's; the
    headline stays the hours' reading (the benchmark is unchanged)."""
    from archive_builders import build_mastodon_archive, make_note

    times = _weighted("America/Chicago", 1004, NIGHT_SHIFT, NIGHT_OFF)
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"), f"<p>Shift {i}.</p>")
             for i, t in enumerate(times)]
    archive = build_mastodon_archive(tmp_path / "nights.zip", notes, zip=True)
    _, report = _run(["scan", str(archive), "--format", "json"], tmp_path)
    zone = next(f for f in report["findings"] if f["rule"] == "TIME002")
    assert report["timing"]["standard_utc_offset_hours"] == 7.0 and zone["confidence"] == "low"
    assert ("If you do work nights, the same hours fit someone who sleeps by day at about UTC-06:00"
            in zone["message"])
    _, masked = _run(["scan", str(archive), "--format", "json", "--redact"], tmp_path)
    said = next(f for f in masked["findings"] if f["rule"] == "TIME002")["message"]
    assert "sleeps by day at about ***" in said and "UTC-06:00" not in said


def test_the_day_sleepers_offset_is_near_home_for_night_workers() -> None:
    """routine.day_sleeper_offset on night workers of three rhythms: within two hours of home."""
    from nymaudit.timing.routine import day_sleeper_offset

    for zone, seed, weekdays, weekend, home in (("Asia/Tokyo", 1003, NIGHT_SHIFT, NIGHT_OFF, 9.0),
                                                ("America/New_York", 1200, PORTER, None, -5.0)):
        result = _analyse(_weighted(zone, seed, weekdays, weekend))
        assert result.sleep_shifted and result.day_sleeper_offset is not None, zone
        assert abs((result.day_sleeper_offset - home + 12) % 24 - 12) <= 2.0, zone
    assert day_sleeper_offset(__import__("numpy").array([], dtype=float), 1.0) is None

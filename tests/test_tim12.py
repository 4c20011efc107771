"""Twelfth session, timing (tim12): photos' stored UTC offsets as evidence (TIME009) and as a
check on the offset the hours give; TIME002/TIME003 located at the input whose times they
rest on; the terminal's daylight-saving line consistent with the zones it lists.

Inputs are built as the platforms and tools build them (tests/archive_builders.py), the
photos as real JPEGs written by Pillow with piexif (EXIF 2.31 OffsetTimeOriginal) or by
exiftool (XMP dates with an offset)."""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from archive_builders import (
    build_hugo_site,
    build_jekyll_blog,
    build_mastodon_archive,
    build_reddit_export,
    make_note,
)
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
# An ordinary day: up at 7, breaks, evenings (red11 gen/calib.py).
DAY = [0.1, 0, 0, 0, 0, 0, 0, 1, 1.5, 0.7, 0.5, 0.5, 1.5, 1, 0.5, 0.5, 0.6, 1, 1.5, 2, 2.5, 2.5, 2, 1]
LINES = ["Another shift done.", "Tea, then the long walk home.", "Reading on the break.",
         "Made soup. Too much pepper.", "Does anyone still use RSS?", "Rain again, of course."]


def _stream(n: int, zone: str, start: datetime, seed: int) -> list[datetime]:
    """0-3 posts a day at hours drawn from DAY, local to ``zone`` (red11 gen/benign.py)."""
    rnd = random.Random(seed)
    tz = ZoneInfo(zone)
    day, out = start, []
    while len(out) < n:
        for _ in range(rnd.choice([0, 1, 1, 2, 3])):
            h = rnd.choices(range(24), weights=DAY)[0]
            local = datetime(day.year, day.month, day.day, h, rnd.randrange(60), rnd.randrange(60), tzinfo=tz)
            out.append(local.astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


def _mastodon(path: Path, times: list[datetime]) -> Path:
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>{LINES[i % len(LINES)]} ({i})</p>") for i, t in enumerate(times)]
    return build_mastodon_archive(path, notes, zip=True)


def _jpeg(taken: str, offset: str | None = None, gps: tuple[str, str] | None = None) -> bytes:
    """A JPEG as a phone writes it: DateTimeOriginal and, since EXIF 2.31, OffsetTimeOriginal and
    OffsetTime (piexif has no names for 0x9010/0x9011); ``gps``: (GPSDateStamp, GPSTimeStamp)."""
    import piexif
    from PIL import Image

    exif: dict = {piexif.ExifIFD.DateTimeOriginal: taken.encode()}
    if offset is not None:
        exif[0x9011] = offset.encode()
        exif[0x9010] = offset.encode()
    gps_ifd = {}
    if gps is not None:
        h, m, s = (int(x) for x in gps[1].split(":"))
        gps_ifd = {piexif.GPSIFD.GPSDateStamp: gps[0].encode(),
                   piexif.GPSIFD.GPSTimeStamp: ((h, 1), (m, 1), (s, 1)),
                   piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((52, 1), (31, 1), (0, 1)),
                   piexif.GPSIFD.GPSLongitudeRef: b"E",
                   piexif.GPSIFD.GPSLongitude: ((13, 1), (24, 1), (0, 1))}
    buf = io.BytesIO()
    zeroth = {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7"}
    dump = piexif.dump({"0th": zeroth, "Exif": exif, "GPS": gps_ifd})
    Image.new("RGB", (16, 16), "teal").save(buf, "JPEG", exif=dump)
    return buf.getvalue()


# A Berlin writer's walks: photos from January to August 2025, +01:00 in winter, +02:00 in summer.
BERLIN_PHOTOS = [("2025:01:11 14:05:00", "+01:00"), ("2025:02:15 11:20:00", "+01:00"),
                 ("2025:04:19 16:40:00", "+02:00"), ("2025:06:07 18:02:00", "+02:00"),
                 ("2025:08:23 10:15:00", "+02:00")]


def _blog(path: Path, photos: list[tuple[str, str | None]]) -> Path:
    """A Jekyll blog whose posts carry a date only (no time, no offset) and show a photo each,
    uploaded as the phone wrote it."""
    posts, files = [], {}
    for i, (taken, offset) in enumerate(photos):
        day = taken[:10].replace(":", "-")
        front = {"layout": "post", "title": f"Walk {i}", "date": day}
        posts.append({"name": f"{day}-walk-{i}.md", "front": front,
                      "body": f"Out along the canal.\n\n![the canal](/assets/img/walk{i}.jpg)\n"})
        files[f"assets/img/walk{i}.jpg"] = _jpeg(taken, offset)
    return build_jekyll_blog(path, posts, files=files)


def _scan(*paths: Path, extra: tuple[str, ...] = ()) -> dict:
    done = CliRunner().invoke(app, ["scan", *(str(p) for p in paths), "--format", "json", *extra], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return json.loads(done.stdout)


def _time(report: dict) -> dict[str, dict]:
    return {f["rule"]: f for f in report["findings"] if f["rule"].startswith("TIME")}


@pytest.fixture(scope="module")
def london_hours_berlin_photos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    # The hours read as London (a routine that sits an hour late, or a London-like life);
    # the photos on the writer's blog say +01:00 and +02:00, Central Europe's clock.
    root = tmp_path_factory.mktemp("berlin")
    toots = _mastodon(root / "toots.zip", _stream(420, "Europe/London", datetime(2025, 1, 6), 12))
    return toots, _blog(root / "blog", BERLIN_PHOTOS)


def test_photo_offsets_are_a_finding_and_disagree_with_the_hours(london_hours_berlin_photos) -> None:
    toots, blog = london_hours_berlin_photos
    found = _time(_scan(toots, blog))
    photos = found["TIME009"]
    assert photos["confidence"] == "high" and photos["severity"] == "high", photos
    message = photos["message"]
    assert "5 photos store the UTC offset of the camera's clock" in message
    assert "«UTC+02:00 (3 photos), UTC+01:00 (2 photos)»" in message
    assert "all fit one clock that changes for summer time" in message and "Europe/Berlin" in message
    assert "the two disagree" in message
    # The files are named (in the evidence, which --redact masks).
    assert "walk0.jpg: OffsetTimeOriginal UTC+01:00 (2025-01-11)" in photos["evidence"]
    assert photos["location"]["path"].endswith("walk0.jpg")
    zone = found["TIME002"]
    assert "UTC+00:00" in zone["message"] and "Europe/London" in zone["message"]
    # The blog's posts carry dates only: the hours rest on the toots alone, said without a note.
    assert zone["location"]["path"] == str(toots) and "inputs" not in zone["message"]
    assert "The UTC offsets your photos store disagree (TIME009" in zone["message"]


def test_photos_that_disagree_with_a_high_reading_of_the_hours_say_so(tmp_path: Path) -> None:
    # Hours read UTC-05:00 at high (New York); five photos on Central Europe's clock: said in
    # both findings. Since walk12b 3 (same day) photos of three or more days on another clock
    # make the hours' reading at most medium, in TIME002 and the timing section alike (it kept
    # high at first: a London night-shift nurse read as the Azores at high beside London photos).
    toots = _mastodon(tmp_path / "toots.zip", _stream(420, "America/New_York", datetime(2025, 1, 6), 12))
    report = _scan(toots, _blog(tmp_path / "blog", BERLIN_PHOTOS))
    found = _time(report)
    assert found["TIME002"]["confidence"] == report["timing"]["offset_confidence"] == "low"
    said = "this reading of the hours is wrong. Lean towards the photos' clock: they were taken over 224 days"
    assert said in found["TIME002"]["message"]
    assert "Your posting hours give UTC-05:00 («America/New_York») (TIME002)" in found["TIME009"]["message"]


def test_photos_that_agree_with_the_hours_are_said_to(tmp_path: Path) -> None:
    toots = _mastodon(tmp_path / "toots.zip", _stream(420, "Europe/Berlin", datetime(2025, 1, 6), 13))
    found = _time(_scan(toots, _blog(tmp_path / "blog", BERLIN_PHOTOS)))
    assert "whose clock shows the same offsets on those dates" in found["TIME009"]["message"]
    assert "The UTC offsets your photos store say the same (TIME009)." in found["TIME002"]["message"]


def test_one_photo_or_a_trip_is_weak_evidence(tmp_path: Path) -> None:
    one = _time(_scan(_blog(tmp_path / "one", BERLIN_PHOTOS[:1])))["TIME009"]
    assert one["confidence"] == "low" and one["severity"] == "medium"
    assert "weak evidence" in one["message"]
    # Four photos at home and one from a trip to New York: high, the trip said apart.
    trip = BERLIN_PHOTOS[:4] + [("2025:05:03 09:30:00", "-04:00")]
    found = _time(_scan(_blog(tmp_path / "trip", trip)))["TIME009"]
    assert found["confidence"] == "high"
    # Five dated blog posts are too few for the hours: TIME001 points at the photos.
    assert "Your photos' clocks give an offset even so (TIME009)." in _time(_scan(tmp_path / "trip"))[
        "TIME001"]["message"]
    assert "4 of 5 fit one clock" in found["message"] and "taken while travelling" in found["message"]
    assert "other clocks: walk4.jpg: UTC-04:00" in found["evidence"]


def test_copies_of_one_photo_count_once(tmp_path: Path) -> None:
    # A theme's resized copies beside the original (walk0-800w.jpg): the same capture time and
    # offset, one photo, so one photo stays weak.
    blog = _blog(tmp_path / "blog", BERLIN_PHOTOS[:1])
    for size in ("800w", "400w"):
        shutil.copy(blog / "assets/img/walk0.jpg", blog / f"assets/img/walk0-{size}.jpg")
    found = _time(_scan(blog))["TIME009"]
    assert "1 photo stores" in found["message"] and found["confidence"] == "low"


def test_an_unset_camera_is_not_believed(tmp_path: Path) -> None:
    zeros = [("2025:01:11 14:05:00", "+00:00"), ("2025:06:07 18:02:00", "+00:00"),
             ("2025:08:23 10:15:00", "+00:00")]
    found = _time(_scan(_blog(tmp_path / "zero", zeros)))["TIME009"]
    assert found["confidence"] == "low" and found["severity"] == "low"
    assert "never set" in found["message"]
    # A factory date (2000:01:01): left out, no finding.
    assert "TIME009" not in _time(_scan(_blog(tmp_path / "unset", [("2000:01:01 00:03:00", "+01:00")])))


def test_xmp_dates_written_by_exiftool_carry_the_offset(tmp_path: Path) -> None:
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool not installed")
    photos = []
    for i, (taken, offset) in enumerate(BERLIN_PHOTOS[:3]):
        path = tmp_path / f"x{i}.jpg"
        path.write_bytes(_jpeg(taken))  # no EXIF offset
        iso = taken.replace(":", "-", 2).replace(" ", "T") + offset
        subprocess.run(["exiftool", "-q", "-overwrite_original", f"-XMP-exif:DateTimeOriginal={iso}",
                        str(path)], check=True)
        photos.append(path.read_bytes())
    pages = [{"path": f"posts/walk-{i}.md", "yaml": True,
              "front": {"title": f"Walk {i}", "date": BERLIN_PHOTOS[i][0][:10].replace(":", "-")},
              "body": f"![the canal](/img/x{i}.jpg)\n"} for i in range(3)]
    files = {f"static/img/x{i}.jpg": data for i, data in enumerate(photos)}
    site = build_hugo_site(tmp_path / "site", pages, files=files)
    found = _time(_scan(site))["TIME009"]
    assert "XMP DateTimeOriginal UTC+01:00" in found["evidence"], found
    assert found["confidence"] == "high"


def test_a_photo_posted_on_the_spot_gives_the_offset_from_its_post(tmp_path: Path) -> None:
    # A post dated with its own offset (Hugo's `hugo new` writes one), six minutes after the photo,
    # which stores no offset. (A "Z" date, as Decap CMS writes it, bounds nothing: tests/test_fix12b.py.)
    pages, files = [], {}
    for i, (taken, _) in enumerate(BERLIN_PHOTOS[2:5]):
        local = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S").replace(tzinfo=ZoneInfo("Europe/Berlin"))
        posted = (local + timedelta(minutes=6)).isoformat()
        pages.append({"path": f"posts/p{i}.md", "yaml": True, "front": {"title": f"P {i}", "date": posted},
                      "body": f"![x](/img/p{i}.jpg)\n"})
        files[f"static/img/p{i}.jpg"] = _jpeg(taken)
    found = _time(_scan(build_hugo_site(tmp_path / "site", pages, files=files)))["TIME009"]
    assert "3 photos give the UTC offset of the camera's clock from their times" in found["message"]
    assert "capture time against its post's time UTC+02:00" in found["evidence"]
    assert found["confidence"] == "medium"  # worked out, never high alone


def test_gps_time_gives_the_offset_when_none_is_stored(tmp_path: Path) -> None:
    # An older phone: DateTimeOriginal local, GPSDateStamp/GPSTimeStamp in UTC, no OffsetTime.
    photos = [("2025:04:19 16:40:00", "14:40:00"), ("2025:06:07 18:02:00", "16:02:00"),
              ("2025:08:23 10:15:00", "08:15:00")]
    posts, files = [], {}
    for i, (taken, utc) in enumerate(photos):
        day = taken[:10].replace(":", "-")
        posts.append({"name": f"{day}-p{i}.md", "front": {"title": f"P {i}", "date": day},
                      "body": f"![x](/assets/p{i}.jpg)\n"})
        files[f"assets/p{i}.jpg"] = _jpeg(taken, gps=(taken[:10], utc))
    found = _time(_scan(build_jekyll_blog(tmp_path / "blog", posts, files=files)))["TIME009"]
    assert "worked out from their capture time against the GPS time in UTC" in found["message"]
    assert "capture time against GPS time UTC+02:00" in found["evidence"]
    assert found["confidence"] == "medium"


def test_redacted_report_masks_the_photo_clock(london_hours_berlin_photos) -> None:
    toots, blog = london_hours_berlin_photos
    report = _scan(toots, blog, extra=("--redact",))
    photos = _time(report)["TIME009"]
    text = photos["message"] + photos["evidence"]
    for word in ("UTC+01:00", "UTC+02:00", "Europe/Berlin", "walk0.jpg"):
        assert word not in text, text


def test_time002_points_at_the_input_whose_times_it_rests_on(tmp_path: Path) -> None:
    # A Reddit export of 3 comments scanned first, then the Mastodon archive of 420 posts.
    comments = [{"id": f"c{i}", "date": f"2025-03-0{i + 1} 10:00:00 UTC", "body": "Agreed."}
                for i in range(3)]
    reddit = build_reddit_export(tmp_path / "reddit", comments, [], zip=False)
    toots = _mastodon(tmp_path / "toots.zip", _stream(420, "Europe/Berlin", datetime(2025, 1, 6), 14))
    found = _time(_scan(reddit, toots))
    for rule in ("TIME002", "TIME003"):
        if rule not in found:
            continue
        assert found[rule]["location"]["path"] == str(toots), found[rule]["location"]
        assert "The times of day come from 2 inputs (423 records" in found[rule]["message"]
        assert "toots.zip: 420; reddit: 3" in found[rule]["evidence"]
    assert "TIME002" in found


def test_dst_line_offers_no_summer_time_beside_zones_that_keep_none(tmp_path: Path) -> None:
    # walk11 item 7's Buenos Aires account: UTC-03:00 as posted, Caracas (UTC-04:00 all year)
    # listed. The line offered "summer time over UTC-04:00 standard" while TIME002 did not.
    from test_tz11 import _buenos_aires

    notes = [make_note(str(110000000 + i), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), f"<p>{x}</p>",
                       language="es") for i, (t, x) in enumerate(_buenos_aires())]
    archive = build_mastodon_archive(tmp_path / "es.zip", notes, zip=True)
    done = CliRunner().invoke(app, ["scan", str(archive)], env=ENV, catch_exceptions=False)
    line = next(x for x in done.stdout.splitlines() if "daylight saving:" in x)
    assert "summer time over UTC-04:00" not in line
    assert "the hours also fit UTC-04:00, an hour off, where no likely zone changes its clocks" in line
    assert "America/Caracas" in done.stdout

"""Thirteenth session, timing (tim13): night workers' readings, the hours against the photos,
TIME009 in `nymaudit check`, and nothing the photo step extracted outliving its scan.

Photos are real JPEGs written by Pillow with piexif (EXIF 2.31 OffsetTimeOriginal), histories
real Mastodon archives (tests/archive_builders.py); scans run end to end through the CLI or
scan.analyse on a corpus read by the sources."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
LINES = ["Another shift done.", "Tea, then the long walk home.", "Reading on the break.",
         "Made soup. Too much pepper.", "Does anyone still use RSS?", "Rain again, of course."]


def _jpeg(taken: str, offset: str) -> bytes:
    """A JPEG as a phone writes it: DateTimeOriginal with OffsetTimeOriginal and OffsetTime
    (EXIF 2.31; piexif has no names for 0x9010/0x9011)."""
    import piexif
    from PIL import Image

    exif = {piexif.ExifIFD.DateTimeOriginal: taken.encode(), 0x9011: offset.encode(), 0x9010: offset.encode()}
    buf = io.BytesIO()
    dump = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7"},
                        "Exif": exif})
    Image.new("RGB", (16, 16), "teal").save(buf, "JPEG", exif=dump)
    return buf.getvalue()


def _draft_with_photo(folder: Path) -> Path:
    """A blog draft embedding a phone photo taken in India (+05:30), as a writer would commit it."""
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "chai.jpg").write_bytes(_jpeg("2026:11:20 18:40:00", "+05:30"))
    draft = folder / "2026-11-21-evening.md"
    draft.write_text("---\ntitle: Evening\n---\nTea on the balcony.\n\n![tea](images/chai.jpg)\n")
    return draft


# ---- item 3: `nymaudit check` reads the photos' clocks (TIME009) --------------------------------

def test_check_reports_the_offset_a_drafts_photo_stores(tmp_path: Path) -> None:
    draft = _draft_with_photo(tmp_path / "site")
    done = CliRunner().invoke(app, ["check", str(draft), "--format", "json"], env=ENV, catch_exceptions=False)
    report = json.loads(done.stdout)
    found = {f["rule"]: f for f in report["findings"]}
    photos = found["TIME009"]
    assert "«UTC+05:30 (1 photo)»" in photos["message"] and "Asia/Kolkata" in photos["message"]
    assert photos["location"]["path"].endswith("chai.jpg")
    assert photos["confidence"] == "low" and photos["severity"] == "medium"  # one photo: weak, said
    # A draft has no publishing time: no reading of hours, no timing section.
    assert not {"TIME001", "TIME002", "TIME003"} & set(found)
    assert report.get("timing") is None
    # The photo is read once: its metadata findings are still there.
    assert "META014" in found


def test_check_without_photos_reads_no_hours(tmp_path: Path) -> None:
    """Guard: the timing detector in check is the photos' only; drafts' dates are not hours."""
    folder = tmp_path / "site"
    folder.mkdir()
    drafts = []
    for day in range(60):
        path = folder / f"2026-01-{day % 28 + 1:02d}-note-{day}.md"
        stamp = f"2026-01-{day % 28 + 1:02d}T21:{day % 60:02d}:00+01:00"
        path.write_text(f"---\ntitle: Note {day}\ndate: {stamp}\n---\nA note.\n")
        drafts.append(str(path))
    done = CliRunner().invoke(app, ["check", *drafts, "--format", "json"], env=ENV, catch_exceptions=False)
    rules = {f["rule"] for f in json.loads(done.stdout)["findings"]}
    assert "TIME007" in rules and not {"TIME001", "TIME002", "TIME003", "TIME009"} & rules


# ---- item 4: nothing extracted for the metadata detector outlives the scan -----------------------

def test_extracted_metadata_does_not_outlive_its_scan(tmp_path: Path) -> None:
    """The photo step hands what it extracted to the metadata detector; a file that detector
    never takes (here: a run without it, as when its budget is spent) stayed in the module's
    store until a later scan with photos, holding the attachment and its metadata."""
    from nymaudit.metadata.attachments import take_extracted
    from nymaudit.scan import ScanOptions, analyse
    from nymaudit.sources.detect import read_inputs

    _draft_with_photo(tmp_path / "site")
    corpus = read_inputs([tmp_path / "site"])
    photos = list(corpus.attachments)
    assert photos
    report = analyse(corpus, ScanOptions(detectors=("timing",)))
    assert any(f.rule == "TIME009" for f in report.findings)
    assert all(take_extracted(att) is None for att in photos)


def test_extracted_metadata_is_still_handed_over_within_a_scan(tmp_path: Path) -> None:
    """Guard: within one scan the metadata detector still gets what the photo step read."""
    from nymaudit.metadata import attachments
    from nymaudit.scan import ScanOptions, analyse
    from nymaudit.sources.detect import read_inputs

    _draft_with_photo(tmp_path / "site")
    corpus = read_inputs([tmp_path / "site"])
    taken: list[object] = []
    original = attachments.take_extracted

    def spy(att: object) -> object:
        kept = original(att)
        taken.append(kept)
        return kept

    attachments.take_extracted = spy
    try:
        report = analyse(corpus, ScanOptions(detectors=("timing", "metadata")))
    finally:
        attachments.take_extracted = original
    # The photo was handed over (the release at the scan's end then finds nothing left).
    assert taken and taken[0] is not None
    assert {"TIME009", "META014"} <= {f.rule for f in report.findings}


# ---- items 1 and 2: night workers, and the hours against the photos -----------------------------

# red11 gen/calib.py's permanent night worker: up all night, asleep 07:00-15:00 local.
NIGHT = [3, 3, 3, 2, 2, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 2, 3, 3, 3]
# A night worker awake 17:00-09:00, asleep 10:00-17:00, on shift 21:00-07:00 Monday to Friday
# (posts before it, on breaks and after it), the same hours kept on nights off.
NIGHT_SHIFT = [1.5, 1.2, 1.0, 0.8, 1.0, 0.8, 0.6, 1.5, 2.0, 0.8, 0, 0, 0, 0, 0, 0, 0, 0.6, 1.5, 1.5, 2.0, 2.5,
               1.2, 1.5]
NIGHT_OFF = [2.5, 2.0, 2.0, 1.5, 1.2, 1.0, 0.8, 0.8, 0.6, 0.4, 0, 0, 0, 0, 0, 0, 0, 0.4, 1.5, 2.0, 2.5, 2.5,
             2.5, 2.5]
# An ordinary day: up at 7, breaks, evenings (red11 gen/calib.py).
DAY = [0.1, 0, 0, 0, 0, 0, 0, 1, 1.5, 0.7, 0.5, 0.5, 1.5, 1, 0.5, 0.5, 0.6, 1, 1.5, 2, 2.5, 2.5, 2, 1]


def _stream(n: int, zone: str, seed: int, weekdays: list[float], weekend: list[float] | None = None,
            choices: tuple[int, ...] = (0, 1, 1, 2, 3)) -> list[datetime]:
    """Posts from 6 January 2025 at hours drawn from ``weekdays`` (Monday to Friday) and
    ``weekend`` (local to ``zone``; red11 gen/benign.py ts_stream)."""
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
                       f"<p>{LINES[i % len(LINES)]} ({i})</p>") for i, t in enumerate(times)]
    return build_mastodon_archive(path, notes, zip=True)


def _scan(*paths: Path) -> dict:
    done = CliRunner().invoke(app, ["scan", *(str(p) for p in paths), "--format", "json"], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return json.loads(done.stdout)


def _time(report: dict) -> dict[str, dict]:
    return {f["rule"]: f for f in report["findings"] if f["rule"].startswith("TIME")}


def test_a_new_york_night_worker_is_not_read_at_high_in_another_zone(tmp_path: Path) -> None:
    """red11's night profile in New York read UTC-08:00 at 0.95-0.99, high (docs/timing.md, Limits)."""
    report = _scan(_mastodon(tmp_path / "night.zip", _stream(400, "America/New_York", 1000, NIGHT)))
    zone = _time(report)["TIME002"]
    assert report["timing"]["standard_utc_offset_hours"] == -8.0  # the reading itself is unchanged
    assert zone["confidence"] == report["timing"]["offset_confidence"] == "low"
    assert "works nights and sleeps by day" in zone["message"]
    assert "Confidence is low, not" not in zone["message"]  # the reason is the shifted sleep, not the count


def test_a_night_shift_worker_read_far_east_is_low_confidence(tmp_path: Path) -> None:
    """Asleep 10:00-17:00 New York time reads as an early sleeper's night at UTC+08:00 (medium
    before): the edge of the chronotypes the other way."""
    times = _stream(450, "America/New_York", 1001, NIGHT_SHIFT, NIGHT_OFF, (0, 1, 1, 2, 2, 3))
    report = _scan(_mastodon(tmp_path / "shift.zip", times))
    zone = _time(report)["TIME002"]
    assert report["timing"]["standard_utc_offset_hours"] == 8.0
    assert zone["confidence"] == "low" and "as early as the model allows" in zone["message"]


def test_an_ordinary_day_keeps_its_confidence() -> None:
    """Guard (passes before this session too): a London day with a work week is not a shifted sleep."""
    from nymaudit.timing.core import analyse

    result = analyse([t.timestamp() for t in _stream(400, "Europe/London", 1000, DAY)],
                     now=datetime(2026, 11, 29, tzinfo=UTC).timestamp())
    assert getattr(result, "sleep_shifted", None) is None and not result.confidence_capped
    assert result.offset_confidence != "low"


def _blog(path: Path, photos: list[tuple[str, str]]) -> Path:
    """A Jekyll blog whose posts carry a date only and show a phone photo each."""
    from archive_builders import build_jekyll_blog

    posts, files = [], {}
    for i, (taken, offset) in enumerate(photos):
        day = taken[:10].replace(":", "-")
        front = {"layout": "post", "title": f"Walk {i}", "date": day}
        posts.append({"name": f"{day}-walk-{i}.md", "front": front,
                      "body": f"Out along the canal.\n\n![the canal](/assets/img/walk{i}.jpg)\n"})
        files[f"assets/img/walk{i}.jpg"] = _jpeg(taken, offset)
    return build_jekyll_blog(path, posts, files=files)


def test_photos_over_months_are_the_likelier_reading(tmp_path: Path) -> None:
    """New York hours (high on their own) beside five photos on Berlin's clock from January to
    August: not one trip, so TIME002 leans towards the photos and its own reading is low."""
    toots = _mastodon(tmp_path / "toots.zip", _stream(420, "America/New_York", 12, DAY))
    photos = [("2025:01:11 14:05:00", "+01:00"), ("2025:02:15 11:20:00", "+01:00"),
              ("2025:04:19 16:40:00", "+02:00"), ("2025:06:07 18:02:00", "+02:00"),
              ("2025:08:23 10:15:00", "+02:00")]
    report = _scan(toots, _blog(tmp_path / "blog", photos))
    zone = _time(report)["TIME002"]
    lean = "Lean towards the photos' clock: they were taken over 224 days, longer than a trip"
    assert lean in zone["message"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] == "low"
    assert "Confidence is" not in zone["message"]


def test_one_trips_photos_do_not_cap_the_hours(tmp_path: Path) -> None:
    """The same hours beside three days of photos a week apart in June at +02:00 (a trip of
    two weeks): TIME009 is medium (one trip's photos, rev13b item 4), the hours keep their own
    confidence, and nothing leans towards the trip's clock."""
    toots = _mastodon(tmp_path / "toots.zip", _stream(420, "America/New_York", 12, DAY))
    photos = [("2025:06:03 10:05:00", "+02:00"), ("2025:06:10 15:20:00", "+02:00"),
              ("2025:06:17 19:40:00", "+02:00")]
    report = _scan(toots, _blog(tmp_path / "blog", photos))
    found = _time(report)
    assert found["TIME009"]["confidence"] == "medium"
    assert "more than 28 days apart" in found["TIME009"]["message"]
    zone = found["TIME002"]
    assert "Lean towards" not in zone["message"]
    assert "whatever its confidence (which is the hours' own)" in zone["message"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] != "low"


def test_a_night_workers_hours_lean_towards_home_photos(tmp_path: Path) -> None:
    """walk12b 3's case in New York: a night worker's hours (UTC-08:00) beside three days of
    photos at home (-04:00, weeks apart over 35 days, June-July): the hours are the unusual
    reading, so TIME002 leans towards the photos (within 28 days they could be a trip's and
    TIME009 would be medium, rev13b item 4)."""
    toots = _mastodon(tmp_path / "night.zip", _stream(400, "America/New_York", 1000, NIGHT))
    photos = [("2025:06:03 10:05:00", "-04:00"), ("2025:06:17 15:20:00", "-04:00"),
              ("2025:07:08 19:40:00", "-04:00")]
    report = _scan(toots, _blog(tmp_path / "blog", photos))
    found = _time(report)
    assert found["TIME009"]["confidence"] == "high"
    zone = found["TIME002"]
    assert zone["confidence"] == report["timing"]["offset_confidence"] == "low"
    message = zone["message"]
    assert "works nights and sleeps by day" in message
    assert "Lean towards the photos' clock: these hours are also a night worker's day" in message
    assert message.index("works nights") < message.index("Lean towards the photos")  # "(above)" is above

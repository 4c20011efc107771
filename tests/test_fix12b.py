"""TIME009, photos' clocks (review rev12b, twelfth session): the posted-within-30-minutes rule
applied on the post's own clock, an editor's offset (EXIF OffsetTime, XMP ModifyDate) not read as
the camera's, one day's photos one occasion, +00:00 weak beside other offsets, no second read of
a photo against the input's total read cap, the cap named, "they all say +00:00" only when they do,
dates after this year left out. Every input is built the way the tool or platform writes it."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from archive_builders import build_hugo_site, build_jekyll_blog, build_twitter_archive, make_tweet
from nymaudit.cli import app
from test_tim12 import BERLIN_PHOTOS, _blog, _jpeg, _mastodon, _stream

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def _scan(*paths: Path) -> dict:
    done = CliRunner().invoke(app, ["scan", *(str(p) for p in paths), "--format", "json"], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return json.loads(done.stdout)


def _time(report: dict) -> dict[str, dict]:
    return {f["rule"]: f for f in report["findings"] if f["rule"].startswith("TIME")}


@pytest.fixture(scope="module")
def berlin_toots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("toots")
    return _mastodon(root / "toots.zip", _stream(420, "Europe/Berlin", datetime(2025, 1, 6), 13))


def _hugo_posted_after(path: Path, minutes: int, stamp: str) -> Path:
    """Berlin phone photos with no offset stored, each in a Hugo post dated ``minutes`` after it
    was taken: ``stamp`` "Z" as Decap CMS writes the date (UTC), "own" with the writer's offset."""
    pages, files = [], {}
    for i, (taken, _) in enumerate(BERLIN_PHOTOS):
        local = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S").replace(tzinfo=ZoneInfo("Europe/Berlin"))
        posted = local + timedelta(minutes=minutes)
        date = posted.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if stamp == "Z" else posted.isoformat()
        pages.append({"path": f"posts/p{i}.md", "yaml": True, "front": {"title": f"P {i}", "date": date},
                      "body": f"![x](/img/p{i}.jpg)\n"})
        files[f"static/img/p{i}.jpg"] = _jpeg(taken)
    return build_hugo_site(path, pages, files=files)


def test_a_post_an_hour_after_the_photo_gives_no_offset(tmp_path: Path, berlin_toots: Path) -> None:
    # Item 1: 60 min later, in UTC ("Z"), read as «UTC+01:00/UTC+00:00», the clock of London, at
    # high severity, and TIME002 (rightly Berlin) was told it was wrong.
    late = _hugo_posted_after(tmp_path / "late", 60, "Z")
    found = _time(_scan(berlin_toots, late))
    assert "TIME009" not in found, found.get("TIME009")
    assert "disagree" not in found["TIME002"]["message"]
    # With the writer's own offset on the date, an hour's wait is outside the window: nothing.
    assert "TIME009" not in _time(_scan(_hugo_posted_after(tmp_path / "own", 60, "own")))
    # 20 min in UTC gave «UTC+01:45»: a UTC date bounds no gap, so nothing either.
    assert "TIME009" not in _time(_scan(_hugo_posted_after(tmp_path / "z20", 20, "Z")))


def test_a_jekyll_post_written_up_the_same_evening_gives_no_offset(tmp_path: Path) -> None:
    # Item 1 (and 7): dates with their own offset, hours after the walk: read as UTC-00:30,
    # UTC-01:00, UTC-02:00 "taken while travelling".
    posts, files = [], {}
    for i, (taken, _) in enumerate(BERLIN_PHOTOS[2:5]):
        local = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S").replace(tzinfo=ZoneInfo("Europe/Berlin"))
        evening = local.replace(hour=21, minute=10)
        posts.append({"name": f"{local:%Y-%m-%d}-walk-{i}.md",
                      "front": {"title": f"Walk {i}", "date": evening.strftime("%Y-%m-%d %H:%M:%S %z")},
                      "body": f"![the canal](/assets/img/walk{i}.jpg)\n"})
        files[f"assets/img/walk{i}.jpg"] = _jpeg(taken)
    assert "TIME009" not in _time(_scan(build_jekyll_blog(tmp_path / "blog", posts, files=files)))


def _edited(taken: str, modified: str) -> bytes:
    """A photo from a camera that stores no offset, saved again by an editor in Berlin in
    January: EXIF ModifyDate (0x0132) and its offset OffsetTime (0x9010), the computer's clock."""
    import piexif
    from PIL import Image

    exif = {piexif.ExifIFD.DateTimeOriginal: taken.encode(), 0x9010: b"+01:00"}
    zeroth = {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.DateTime: modified.encode(),
              piexif.ImageIFD.Software: b"Adobe Lightroom"}
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), "teal").save(buf, "JPEG", exif=piexif.dump({"0th": zeroth, "Exif": exif}))
    return buf.getvalue()


def test_an_editors_offset_is_not_the_cameras(tmp_path: Path) -> None:
    # Item 2: three summer photos edited in January at +01:00 read «UTC+01:00 (3 photos)», the
    # clock of London, high.
    shots = ["2025:06:07 18:02:00", "2025:07:19 11:40:00", "2025:08:23 10:15:00"]
    posts, files = [], {}
    for i, taken in enumerate(shots):
        day = taken[:10].replace(":", "-")
        posts.append({"name": f"{day}-p{i}.md", "front": {"title": f"P {i}", "date": day},
                      "body": f"![x](/assets/p{i}.jpg)\n"})
        files[f"assets/p{i}.jpg"] = _edited(taken, f"2026:01:1{i} 21:0{i}:00")
    blog = build_jekyll_blog(tmp_path / "blog", posts, files=files)
    assert "TIME009" not in _time(_scan(blog))
    if shutil.which("exiftool") is None:
        return
    # The same with exiftool writing XMP-xmp:ModifyDate with the editor's offset.
    for i in range(3):
        photo = blog / f"assets/p{i}.jpg"
        photo.write_bytes(_jpeg(shots[i]))
        subprocess.run(["exiftool", "-q", "-overwrite_original",
                        f"-XMP-xmp:ModifyDate=2026:01:1{i} 21:00:00+01:00", str(photo)], check=True)
    assert "TIME009" not in _time(_scan(blog))


def test_one_afternoon_abroad_is_one_occasion(tmp_path: Path, berlin_toots: Path) -> None:
    # Item 3: three photos of one New York afternoon were high/high and told TIME002 (Berlin, from
    # 420 toots) that its reading was wrong.
    trip = [("2025:05:03 14:05:00", "-04:00"), ("2025:05:03 14:31:00", "-04:00"),
            ("2025:05:03 15:02:00", "-04:00")]
    posts = [{"name": "2025-05-04-new-york.md",
              "front": {"title": "A weekend in New York", "date": "2025-05-04"},
              "body": "".join(f"![x](/assets/img/ny{i}.jpg)\n" for i in range(3))}]
    blog = build_jekyll_blog(tmp_path / "blog", posts,
                             files={f"assets/img/ny{i}.jpg": _jpeg(t, o) for i, (t, o) in enumerate(trip)})
    found = _time(_scan(berlin_toots, blog))
    photos = found["TIME009"]
    assert photos["confidence"] == "low" and photos["severity"] == "medium", photos
    assert "taken on 1 day" in photos["message"]
    assert "disagree" not in found["TIME002"]["message"]
    # Three days on one clock stay high (test_tim12's Berlin walks).
    assert _time(_scan(_blog(tmp_path / "walks", BERLIN_PHOTOS[:3])))["TIME009"]["confidence"] == "high"


def test_unset_cameras_at_zero_do_not_outvote_a_real_clock(tmp_path: Path, berlin_toots: Path) -> None:
    # Item 4: four +00:00 photos (a camera never set) beside three on Berlin's clock read
    # «UTC+00:00 (4 photos)», low, "the two disagree" with the Berlin hours.
    photos = [("2025:03:08 10:00:00", "+00:00"), ("2025:05:10 10:00:00", "+00:00"),
              ("2025:07:12 10:00:00", "+00:00"), ("2025:09:13 10:00:00", "+00:00"),
              ("2025:06:07 18:02:00", "+02:00"), ("2025:08:23 10:15:00", "+02:00"),
              ("2025:11:15 12:00:00", "+01:00")]
    found = _time(_scan(_blog(tmp_path / "blog", photos), berlin_toots))["TIME009"]
    assert found["confidence"] == "high" and found["severity"] == "high", found
    assert "«UTC+02:00 (2 photos), UTC+01:00 (1 photo)»" in found["message"]
    assert "Europe/Berlin" in found["message"] and "4 photos at «+00:00»" in found["message"]
    assert "the same offsets" in found["message"] and "They all say" not in found["message"]


def test_they_all_say_zero_only_when_they_do(tmp_path: Path) -> None:
    # Item 7: the +00:00 clock read from some photos, another photo elsewhere: not "They all say".
    photos = [(f"2025:0{m}:10 10:00:00", "+00:00") for m in range(1, 6)] + [("2025:05:20 09:00:00", "+05:45")]
    found = _time(_scan(_blog(tmp_path / "blog", photos)))["TIME009"]
    assert found["confidence"] == "low"
    assert "They all say" not in found["message"] and "on that clock say «+00:00»" in found["message"]


def test_the_photo_step_does_not_spend_the_read_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Item 5: the photo step read every photo again through the input's loader, which counted
    # against the total read cap (8 GiB; scaled down here as the reviewer did): the metadata
    # detector then could not check half of them (META026 "over the cap").
    import random

    from PIL import Image

    import nymaudit.sources.tree as tree

    rnd = random.Random(3)
    tweets, media = [], {}
    for i, moment in enumerate(_stream(60, "Europe/Berlin", datetime(2025, 1, 6), 30)):
        tid = str(1800000000000000000 + i)
        tweets.append(make_tweet(tid, moment, f"Walk {i}", media=[f"abc{i}.jpg"]))
        buf = io.BytesIO()
        Image.frombytes("RGB", (96, 96), rnd.randbytes(96 * 96 * 3)).save(buf, "JPEG", quality=95)
        media[f"{tid}-abc{i}.jpg"] = buf.getvalue()
    archive = build_twitter_archive(tmp_path / "x.zip", tweets, zip=True, media=media)
    photos = sum(len(v) for v in media.values())
    counted: list[int] = []
    original = tree.Tree._counted

    def counting(self, opener, name, limit):  # type: ignore[no-untyped-def]
        data = original(self, opener, name, limit)
        counted.append(len(data) if name.endswith(".jpg") else 0)
        return data

    monkeypatch.setattr(tree.Tree, "_counted", counting)
    # Room for the archive's JSON and each photo once, not twice.
    monkeypatch.setattr(tree, "MAX_TOTAL_BYTES", int(photos * 1.5) + 2_000_000)
    report = _scan(archive)
    assert not [f for f in report["findings"] if f["rule"] == "META026"], "photos left unchecked"
    assert sum(counted) == photos  # each photo read once


def test_the_cap_that_stopped_the_reading_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Item 6: the 2,000-photo cap was said as "a cap on the time this step may take".
    import nymaudit.timing.photos as photos

    monkeypatch.setattr(photos, "MAX_PHOTOS", 3)
    found = _time(_scan(_blog(tmp_path / "blog", BERLIN_PHOTOS)))["TIME009"]
    assert "Only the first 3 of 5 photos were read (a cap on the photos this step reads)" in found["message"]
    assert "time this step" not in found["message"]


def test_a_capture_date_after_this_year_is_a_clock_set_wrong(tmp_path: Path) -> None:
    # Item 9: any year counted, so 2,000 photos each of another year cost 7 s in the zone matching.
    found = _time(_scan(_blog(tmp_path / "blog", [("2999:06:07 18:02:00", "+02:00"), BERLIN_PHOTOS[0]])))
    assert "1 photo stores" in found["TIME009"]["message"]
    assert "1 photo with a capture date" in found["TIME009"]["message"]

"""The bundled demo account: generator is the source of truth, layout and counts are real.

The generator (tests/tools/build_demo.py) is re-run into tmp_path and every
committed file under src/nymaudit/demo/account must come out byte-identical.
The rest checks the archive layouts and the planted facts by reading the files
directly (not through nymaudit's readers), so a reader bug cannot hide here.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[1]
ACCOUNT = ROOT / "src" / "nymaudit" / "demo" / "account"
BUILDER = ROOT / "tests" / "tools" / "build_demo.py"
LONDON = ZoneInfo("Europe/London")
CREATED_AT_RE = re.compile(r"^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \+0000 \d{4}$")


def load_builder():
    name = "nymaudit_demo_builder"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BUILDER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "account"
    load_builder().build(out)
    return out


def read_ytd(path: Path, name: str) -> list[dict]:
    text = path.read_text("utf-8")
    prefix = f"window.YTD.{name}.part0 = "
    assert text.startswith(prefix)
    return json.loads(text[len(prefix) :])


def when(tweet: dict) -> datetime:
    assert CREATED_AT_RE.match(tweet["created_at"]), tweet["created_at"]
    return datetime.strptime(tweet["created_at"], "%a %b %d %H:%M:%S %z %Y")


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- the generator is the source of truth ---------------------------------------------
def _jpeg_equivalent(a: bytes, b: bytes) -> bool:
    """Same metadata and (near) same pixels: libjpeg builds may differ in entropy bytes."""
    import piexif
    from PIL import Image, ImageChops

    def parts(data: bytes):
        try:
            exif = piexif.load(data)
        except Exception:
            exif = {}
        thumb = exif.pop("thumbnail", None)
        return exif, thumb

    exif_a, thumb_a = parts(a)
    exif_b, thumb_b = parts(b)
    if exif_a != exif_b or (thumb_a is None) != (thumb_b is None):
        return False
    pairs = [(a, b)] + ([(thumb_a, thumb_b)] if thumb_a else [])
    for x, y in pairs:
        img_x = Image.open(io.BytesIO(x)).convert("RGB")
        img_y = Image.open(io.BytesIO(y)).convert("RGB")
        if img_x.size != img_y.size:
            return False
        extrema = ImageChops.difference(img_x, img_y).getextrema()
        if max(high for _, high in extrema) > 8:
            return False
    return True


def test_committed_demo_matches_generator(rebuilt: Path) -> None:
    committed = files_under(ACCOUNT)
    fresh = files_under(rebuilt)
    assert sorted(committed) == sorted(fresh), "file list differs: re-run tests/tools/build_demo.py"
    stale = []
    for name, data in fresh.items():
        if committed[name] == data:
            continue
        if name.endswith(".jpg") and _jpeg_equivalent(committed[name], data):
            continue
        stale.append(name)
    assert not stale, f"stale demo files (re-run tests/tools/build_demo.py): {stale}"


def test_demo_is_small_and_has_no_python_package_files() -> None:
    total = sum(len(b) for b in files_under(ACCOUNT).values())
    assert total < 2_000_000
    assert not list(ACCOUNT.rglob("*.py"))


# --- X archive --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def archive() -> dict:
    data = ACCOUNT / "twitter" / "data"
    return {
        "tweets": [r["tweet"] for r in read_ytd(data / "tweets.js", "tweets")],
        "deleted": [r["tweet"] for r in read_ytd(data / "deleted-tweets.js", "deleted_tweets")],
        "account": read_ytd(data / "account.js", "account"),
        "data": data,
    }


def test_archive_layout_and_counts(archive: dict) -> None:
    tweets, deleted = archive["tweets"], archive["deleted"]
    assert (ACCOUNT / "twitter" / "Your archive.html").is_file()
    assert archive["account"][0]["account"]["username"] == "QuietClerk"
    assert len(tweets) + len(deleted) >= 320
    assert 3 <= len(deleted) <= 10
    assert all("deleted_at" in t for t in deleted)
    retweets = [t for t in tweets if t["full_text"].startswith("RT @")]
    replies = [t for t in tweets if t.get("in_reply_to_status_id_str")]
    assert len(retweets) >= 20
    assert len(replies) >= 30
    assert all(t["in_reply_to_screen_name"] for t in replies)
    ids = [t["id_str"] for t in tweets + deleted]
    assert len(set(ids)) == len(ids)
    for t in tweets + deleted:
        assert t["id"] == t["id_str"]
        assert isinstance(t["favorite_count"], str) and isinstance(t["retweet_count"], str)
        assert t["lang"] == "en"
        assert re.match(r'^<a href="[^"]+" rel="nofollow">Twitter (for iPhone|Web App)</a>$', t["source"])
        # Snowflake ids carry the post time (ms since the X epoch in the high bits).
        ms = (int(t["id_str"]) >> 22) + 1288834974657
        snow = datetime.fromtimestamp(ms / 1000, tz=UTC)
        assert abs((snow - when(t)).total_seconds()) < 2
        for url in t["entities"]["urls"]:
            assert url["url"].startswith("https://t.co/") and url["url"] in t["full_text"]
            assert url["expanded_url"] not in t["full_text"]
    # Newest first, as the archive lists them.
    times = [when(t) for t in tweets]
    assert times == sorted(times, reverse=True)


def test_history_span_and_rate(archive: dict) -> None:
    times = sorted(when(t) for t in archive["tweets"] + archive["deleted"])
    span = times[-1] - times[0]
    assert span >= timedelta(days=14 * 30)
    days = span.days + 1
    assert 0.6 <= len(times) / days <= 1.5


def test_local_routine_is_realistic(archive: dict) -> None:
    web_app = 0
    for t in archive["tweets"] + archive["deleted"]:
        local = when(t).astimezone(LONDON)
        minutes = local.hour * 60 + local.minute
        assert not (30 <= minutes < 7 * 60), f"post in the night: {local}"
        if "Web App" in t["source"]:
            web_app += 1
            assert local.weekday() < 5
            assert 12 * 60 + 15 <= minutes <= 13 * 60 + 30, local
    assert web_app >= 60


def test_dst_is_applied(archive: dict) -> None:
    """Lunch posts sit at 12:15-13:30 local: 11:15-12:30 UTC in summer, 12:15-13:30 in winter."""
    summer = [when(t) for t in archive["tweets"] if "Web App" in t["source"] and when(t).month == 7]
    winter = [when(t) for t in archive["tweets"] if "Web App" in t["source"] and when(t).month == 1]
    assert summer and winter
    assert all(11 * 60 + 15 <= d.hour * 60 + d.minute <= 12 * 60 + 30 for d in summer)
    assert all(12 * 60 + 15 <= d.hour * 60 + d.minute <= 13 * 60 + 30 for d in winter)


def test_bank_holidays_and_trip_are_silent(archive: dict) -> None:
    days = {when(t).astimezone(LONDON).date() for t in archive["tweets"] + archive["deleted"]}
    silent = [
        date(2025, 4, 18),
        date(2025, 4, 21),
        date(2025, 5, 5),
        date(2025, 5, 26),
        date(2025, 8, 25),
        date(2025, 12, 26),
        date(2026, 1, 1),
    ]
    assert not days.intersection(silent)
    trip = {date(2025, 7, 26) + timedelta(days=i) for i in range(9)}
    assert not days.intersection(trip)
    # Scottish and Northern Irish holidays are ordinary working days here.
    for d in (date(2025, 8, 4), date(2026, 1, 2), date(2025, 3, 17)):
        assert d in days


def test_geotags_and_media(archive: dict) -> None:
    geo = [t for t in archive["tweets"] if "coordinates" in t]
    assert len(geo) == 2
    for t in geo:
        lon, lat = (float(v) for v in t["coordinates"]["coordinates"])
        assert abs(lat - 53.84) < 0.02 and abs(lon + 1.64) < 0.02
        assert t["geo"]["coordinates"] == list(reversed(t["coordinates"]["coordinates"]))
        assert t["place"]["country_code"] == "GB"
    assert all("geo" not in t and "place" not in t for t in archive["tweets"] if t not in geo)
    with_media = [t for t in archive["tweets"] if "extended_entities" in t]
    assert len(with_media) == 2
    import piexif

    for t in with_media:
        for m in t["extended_entities"]["media"]:
            key = m["media_url_https"].rsplit("/", 1)[1].split(".")[0]
            path = archive["data"] / "tweets_media" / f"{t['id_str']}-{key}.jpg"
            assert path.is_file()
            # X re-encodes uploads: no EXIF at all in the archived copy.
            exif = piexif.load(str(path))
            assert not any(exif[ifd] for ifd in ("0th", "Exif", "GPS"))


def test_planted_text_leaks_are_present(archive: dict) -> None:
    texts = "\n".join(t["full_text"] for t in archive["tweets"] + archive["deleted"])
    urls = [u["expanded_url"] for t in archive["tweets"] for u in t["entities"]["urls"]]
    for needle in (
        "Horsforth",
        "Headingley",
        "Otley",
        "as a planning officer",
        "our directorate",
        "7:42",
        "Broadgate Primary",
        "Biscuit",
        "Turning 41",
        "quietclerk.writes@proton.me",
        "07700 900418",
        "LS18 5PQ",
        "&amp;",
    ):
        assert needle.lower() in texts.lower(), needle
    for prefix in (
        "http://intranet.wyc.local/planning/",
        "https://www.leeds.gov.uk/planning/",
        "https://docs.google.com/document/d/",
        "https://github.com/",
        "https://youtu.be/",
    ):
        assert any(u.startswith(prefix) for u in urls), prefix
    assert any("?si=" in u for u in urls) and any("igshid=" in u for u in urls)


def test_texts_are_varied(archive: dict) -> None:
    texts = [t["full_text"] for t in archive["tweets"]]
    assert len(set(texts)) == len(texts)


# --- blog ----------------------------------------------------------------------------------
FRONT_DATE_RE = re.compile(r"^date: (\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$", re.M)


def test_blog_posts_and_offsets() -> None:
    import yaml

    posts = sorted((ACCOUNT / "blog" / "_posts").glob("*.md"))
    assert len(posts) >= 12
    assert yaml.safe_load((ACCOUNT / "blog" / "_config.yml").read_text())["timezone"] == "Europe/London"
    for post in posts:
        text = post.read_text("utf-8")
        assert text.startswith("---\n")
        front, body = text[4:].split("\n---\n", 1)
        meta = yaml.safe_load(front)
        assert meta["title"]
        assert 300 <= len(body.split()) <= 900, post.name
        m = FRONT_DATE_RE.search(front)
        assert m, post.name
        assert post.name.startswith(m.group(1))
        offset = timedelta(hours=int(m.group(6)), minutes=int(m.group(7)))
        naive = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}:{m.group(3)}:{m.group(4)}")
        assert naive.replace(tzinfo=LONDON).utcoffset() == offset, post.name
        for ref in re.findall(r"\]\((/assets/[^)]+)\)", body):
            assert (ACCOUNT / "blog" / ref.lstrip("/")).is_file(), ref


def test_blog_photo_originals_carry_exif() -> None:
    import piexif

    photos = sorted((ACCOUNT / "blog" / "assets" / "img").glob("*.jpg"))
    assert photos
    for photo in photos:
        exif = piexif.load(str(photo))
        assert exif["0th"][piexif.ImageIFD.Artist] == b"Jonathan Smethurst"
        assert exif["Exif"][piexif.ExifIFD.OffsetTimeOriginal] == b"+01:00"
        assert exif["Exif"][piexif.ExifIFD.BodySerialNumber]
        lat = exif["GPS"][piexif.GPSIFD.GPSLatitude]
        assert lat[0] == (53, 1)
        assert exif["GPS"][piexif.GPSIFD.GPSLongitudeRef] == b"W"
        assert exif["thumbnail"]
    from PIL import Image

    first = photos[0]
    main = Image.open(first)
    thumb = Image.open(io.BytesIO(piexif.load(str(first))["thumbnail"]))
    assert main.size[0] * thumb.size[1] != main.size[1] * thumb.size[0]  # another aspect


def test_pdf_keeps_the_first_revision() -> None:
    from pypdf import PdfReader

    path = ACCOUNT / "blog" / "assets" / "docs" / "commenting-on-a-planning-application.pdf"
    data = path.read_bytes()
    assert data.count(b"%%EOF") == 2
    reader = PdfReader(path, strict=True)
    assert reader.metadata["/Author"] == "Quiet Clerk"
    assert "/Prev" in reader.trailer
    first_revision = data[: data.index(b"%%EOF") + 5]
    assert b"/Author (Jonathan Smethurst)" in first_revision
    assert rb"C:\\Users\\jsmethurst\\" in first_revision


def test_docx_is_real_ooxml_with_authors() -> None:
    path = ACCOUNT / "blog" / "assets" / "docs" / "planning-jargon-buster.docx"
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        assert {
            "[Content_Types].xml",
            "word/document.xml",
            "docProps/core.xml",
            "docProps/app.xml",
            "word/comments.xml",
        } <= names
        core = zf.read("docProps/core.xml").decode()
        app = zf.read("docProps/app.xml").decode()
        rels = zf.read("word/_rels/settings.xml.rels").decode()
        comments = zf.read("word/comments.xml").decode()
    assert "<dc:creator>Jonathan Smethurst</dc:creator>" in core
    assert "<cp:lastModifiedBy>Jonathan Smethurst</cp:lastModifiedBy>" in core
    assert "<Company>West Yorkshire Central Council</Company>" in app
    assert "C:\\Users\\jsmethurst\\" in rels
    assert 'w:author="Jonathan Smethurst"' in comments


# --- known and other writing ---------------------------------------------------------------
def words_in(folder: Path) -> int:
    return sum(len(p.read_text("utf-8").split()) for p in folder.iterdir() if p.is_file())


def test_known_and_other_writer_sizes_and_habits() -> None:
    known = ACCOUNT / "known"
    other = ACCOUNT / "other-writer"
    assert words_in(known) >= 5500
    assert words_in(other) >= 5000
    known_text = "\n".join(p.read_text("utf-8") for p in known.iterdir())
    other_text = "\n".join(p.read_text("utf-8") for p in other.iterdir())
    blog_text = "\n".join(p.read_text("utf-8") for p in (ACCOUNT / "blog" / "_posts").iterdir())
    # The pseudonymous blog and the real-name writing share habits ...
    for text in (known_text, blog_text):
        assert text.count(".  ") > 100
        assert "for what it's worth" in text.lower()
        assert "the long and short of it" in text.lower()
    # ... that the other writer does not have.
    assert other_text.count(".  ") == 0
    assert "for what it's worth" not in other_text.lower()
    assert re.search(r"\bneighborhoods?\b", other_text)
    assert not re.search(r"\bneighbourhoods?\b", other_text)

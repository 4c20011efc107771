"""Fourteenth session (2026-11-30, mta14): metadata findings' wording and `meta`'s listing.

1. META001's advice fits the platform the post came from: a Facebook check-in or an Instagram
   photo's kept position got X's steps ("Settings > Privacy > Location information"). The advice
   is data (heuristics/metadata.toml ``post_location_advice``). Only the X, Facebook and Instagram
   readers store a position with a post (Mastodon, Bluesky, Reddit and blog exports hold none).
2. META001 with coordinates gives the nearest town of the offline gazetteer, as META010 does for
   a photo, masked whole under --redact.
3. `meta` listed a text file named .docx under "Plain text files" and a zip named .docx as a
   format it does not read: each is said to be no Word document, in terminal and JSON alike.
4. META014: files stating the same UTC offset in different fields are one finding per offset,
   and the clue holds every offset a file states.

Inputs are real archives laid out as the platforms write them (tests/archive_builders.py), real
photos written by Pillow with EXIF from piexif, and end-to-end CLI runs.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import build_twitter_archive, make_tweet, write_tree
from nymaudit.cli import app
from nymaudit.rules import load_file

FB = "your_facebook_activity/"
IG = "your_instagram_activity/"


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out


def _scan(*args: str) -> dict[str, Any]:
    return json.loads(_run("scan", *args, "--format", "json").stdout)


def _geotags(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == "META001"]


def _advice(key: str) -> str:
    return " ".join(str(load_file("metadata")["post_location_advice"][key]).split())


# -- archives as the platforms write them -------------------------------------------------------

def _x_archive(tmp_path: Path) -> Path:
    start = datetime(2025, 3, 3, 19, 10, tzinfo=UTC)
    tweets = [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i), f"Evening walk {i}.",
                         coordinates=(53.8412, -1.6438) if i == 1 else None) for i in range(4)]
    return build_twitter_archive(tmp_path / "x", tweets, zip=True)


def _facebook_check_in(tmp_path: Path) -> Path:
    posts = [{"timestamp": 1741000000 + k * 86400 * 3, "data": [{"post": f"Evening {k}"}]} for k in range(3)]
    posts.append({"timestamp": 1742000000, "title": "Someone was at Western General Hospital.",
                  "attachments": [{"data": [{"place": {
                      "name": "Western General Hospital",
                      "coordinate": {"latitude": 55.9622, "longitude": -3.2345},
                      "address": "Crewe Road South, Edinburgh EH4 2XU"}}]}],
                  "data": [{"post": "Night shift again"}]})
    name = FB + "posts/your_posts__check_ins__photos_and_videos_1.json"
    return write_tree(tmp_path / "facebook-x.zip", {name: json.dumps(posts)}, zip=True)


def _facebook_photo(tmp_path: Path) -> Path:
    kept = {"exif_data": [{"latitude": 56.4801, "longitude": -2.9912}]}  # Meta's copy of the EXIF position
    photo = {"uri": FB + "posts/media/Mobileuploads/a.jpg", "creation_timestamp": 1741300000,
             "media_metadata": {"photo_metadata": kept}}
    posts = [{"timestamp": 1741300000, "data": [{"post": "New flat!"}],
              "attachments": [{"data": [{"media": photo}]}]}]
    name = FB + "posts/your_posts__check_ins__photos_and_videos_1.json"
    stripped = b"\xff\xd8\xff\xe0" + b"\x00" * 64  # Meta's re-encoded copy, no EXIF
    files = {name: json.dumps(posts), FB + "posts/media/Mobileuploads/a.jpg": stripped}
    return write_tree(tmp_path / "facebook-y.zip", files, zip=True)


def _instagram(tmp_path: Path, place: dict[str, Any] | None = None) -> Path:
    item: dict[str, Any] = {"media": [{"uri": "media/posts/202503/1790_n.jpg",
                                       "creation_timestamp": 1740900000,
                                       "title": "Sunday run",
                                       "media_metadata": {"photo_metadata": {"exif_data": [
                                           {"latitude": 55.953, "longitude": -3.118}]}}}]}
    if place is not None:
        item["media"][0]["media_metadata"] = {}
        item["place"] = place
    return write_tree(tmp_path / "instagram-x.zip", {
        IG + "media/posts_1.json": json.dumps([item]),
        "media/posts/202503/1790_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
    }, zip=True)


# -- 1. advice by platform -----------------------------------------------------------------------

def test_x_geotag_gets_x_steps_and_the_nearest_town(tmp_path: Path) -> None:
    doc = _scan(str(_x_archive(tmp_path)))
    [geo] = _geotags(doc)
    # 2: the town, as META010 gives it for a photo's position.
    assert "NearestPlace=" in geo["evidence"] and "The position is near " in geo["message"]
    assert "Remove all location information" in geo["advice"] and geo["advice"] == _advice("twitter")
    town = geo["evidence"].split("NearestPlace=", 1)[1]
    # 5: 300 m from the town's point read "Horsforth, GB, 0 km away".
    assert town == "Horsforth, GB, less than 1 km away"
    assert geo["clue"]["value"] == f"53.8412, -1.6438 (near {town})"


def test_facebook_check_in_gets_facebook_steps_not_x_s(tmp_path: Path) -> None:
    doc = _scan(str(_facebook_check_in(tmp_path)))
    [geo] = _geotags(doc)
    assert "Edit post" in geo["advice"] and "Location information" not in geo["advice"]
    assert geo["advice"] == _advice("facebook")
    # The check-in's own name stays the clue; the gazetteer town is in the evidence beside it.
    assert geo["clue"]["value"] == "Western General Hospital, Crewe Road South, Edinburgh EH4 2XU"
    assert geo["evidence"].startswith("55.96220, -3.23450 — Western General Hospital")
    assert "; NearestPlace=Edinburgh, GB, " in geo["evidence"]
    redacted = _run("scan", str(tmp_path / "facebook-x.zip"), "--redact", "--format", "json").stdout
    assert "Edinburgh" not in redacted and "km away" not in redacted and "Western General" not in redacted


def test_facebook_photo_position_says_editing_does_not_remove_it(tmp_path: Path) -> None:
    doc = _scan(str(_facebook_photo(tmp_path)))
    [geo] = _geotags(doc)
    assert "exiftool -gps:all=" in geo["advice"] and "Location information" not in geo["advice"]
    assert geo["advice"] == _advice("facebook_photo") and "Dundee, GB" in geo["evidence"]


def test_instagram_photo_position_and_location_tag_get_instagram_steps(tmp_path: Path) -> None:
    [geo] = _geotags(_scan(str(_instagram(tmp_path / "photo"))))
    assert "Instagram" in geo["advice"] and "Location information" not in geo["advice"]
    assert geo["advice"] == _advice("instagram_photo")
    tagged = _instagram(tmp_path / "tag", {"name": "Arthur's Seat", "address": "Edinburgh"})
    [geo] = _geotags(_scan(str(tagged)))
    assert "Remove location" in geo["advice"] and geo["advice"] == _advice("instagram")


def test_two_platforms_at_one_place_get_each_platform_s_steps(tmp_path: Path) -> None:
    start = datetime(2025, 3, 3, 19, 10, tzinfo=UTC)
    # An X post at the Facebook check-in's place: one place, both platforms' steps.
    tweets = [make_tweet("1900000000000000100", start, "Night shift.", coordinates=(55.9622, -3.2345))]
    x = build_twitter_archive(tmp_path / "x2", tweets, zip=True)
    doc = _scan(str(x), str(_facebook_check_in(tmp_path)))
    shared = [g for g in _geotags(doc) if "2 posts" in g["message"]]
    assert shared, [g["message"] for g in _geotags(doc)]
    assert "Edit post" in shared[0]["advice"] and "Remove all location information" in shared[0]["advice"]
    assert _advice("twitter") in shared[0]["advice"] and _advice("facebook") in shared[0]["advice"]


def test_every_advice_entry_is_used_by_a_reader_or_is_the_default() -> None:
    """Guard: the table's keys are readers' names (`nymaudit formats`), with "_photo" for Meta's."""
    from nymaudit.sources.detect import available_readers

    names = {reader.name for reader in available_readers()}
    for key in load_file("metadata")["post_location_advice"]:
        assert key == "default" or key.removesuffix("_photo") in names, key


# -- 2. the nearest town under --redact ----------------------------------------------------------

def test_the_nearest_town_is_masked_whole_under_redact(tmp_path: Path) -> None:
    from nymaudit.report.redact import FIXED

    archive = _x_archive(tmp_path)
    plain = _geotags(_scan(str(archive)))[0]
    assert "NearestPlace=" in plain["evidence"]
    town = plain["evidence"].split("NearestPlace=", 1)[1].split(",")[0]
    redacted = _run("scan", str(archive), "--redact", "--format", "json").stdout
    [geo] = _geotags(json.loads(redacted))
    assert town not in redacted and "53.84" not in redacted
    assert "km away" not in geo["message"] + geo["evidence"] + geo["clue"]["value"]
    assert geo["evidence"] == f"{FIXED}; NearestPlace={FIXED}" and geo["clue"]["value"] == FIXED
    assert geo["message"].endswith(f"The position is near {FIXED}.")
    markdown = _run("scan", str(archive), "--redact", "--format", "markdown").stdout
    assert town not in markdown and "km away" not in markdown


# -- 3. `meta` and a file that is not the office document its name says --------------------------

def _fake_office_folder(tmp_path: Path) -> Path:
    import docx
    from PIL import Image

    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "notes.docx").write_text("Dear team,\nThe rota changes on Monday.\n", encoding="utf-8")
    with zipfile.ZipFile(folder / "bundle.docx", "w") as archive:
        archive.writestr("readme.txt", "not a document")
    real = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Real words.")
    document.save(real)
    (folder / "real.docx").write_bytes(real.getvalue())
    (folder / "cut.docx").write_bytes(real.getvalue()[:1500])  # an interrupted download
    (folder / "noise.docx").write_bytes(bytes(range(7, 250)) * 3)
    photo = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(photo, "JPEG")
    (folder / "figures.xlsx").write_bytes(photo.getvalue())
    (folder / "plain.txt").write_text("A real text file.\n", encoding="utf-8")
    return folder


def test_meta_json_says_a_fake_docx_is_not_a_word_document(tmp_path: Path) -> None:
    folder = _fake_office_folder(tmp_path)
    doc = json.loads(_run("meta", str(folder), "--format", "json").stdout)
    files = {Path(f["path"]).name: f for f in doc["files"]}
    text = files["notes.docx"]
    assert text["format"] == "text" and text["error"].startswith(
        "not a Word document: plain text with a .docx name")
    assert files["bundle.docx"]["format"] == "zip"
    assert files["bundle.docx"]["error"].startswith("not a Word document: a zip archive with a .docx name "
                                                    "that holds none of an office document's parts")
    assert files["cut.docx"]["error"].startswith("not a Word document: a damaged zip archive")
    assert files["noise.docx"]["error"].startswith("not a Word document: content of no format")
    assert files["figures.xlsx"]["error"] == ("not an Excel workbook: a JPEG file with a .xlsx name, "
                                              "read as what it is")
    # Guards: a real document and a real text file say nothing of the kind.
    real = files["real.docx"]
    assert real["format"] == "ooxml" and real["status"] == "identifying" and not real["error"]
    assert files["plain.txt"]["error"].startswith("plain text")


def test_meta_terminal_lists_a_fake_docx_on_its_own_not_among_plain_text(tmp_path: Path) -> None:
    folder = _fake_office_folder(tmp_path)
    out = _run("meta", str(folder)).stdout
    plain = out[out.index("Plain text files"):]
    listed = plain[:plain.index("file(s):")]
    assert "plain.txt" in listed and "notes.docx" not in listed and "bundle.docx" not in listed
    assert "noise.docx" not in listed
    for name in ("notes.docx", "bundle.docx", "cut.docx", "noise.docx"):
        block = out[out.index(f"{name} ("):]
        assert "note: not a Word document: " in " ".join(block[:400].split()), (name, block[:400])
    assert "(1 of them text)" in out  # plain.txt alone: the fake .docx is not counted as text


def test_meta_of_a_zip_named_docx_given_alone_says_so_and_lists_its_files(tmp_path: Path) -> None:
    folder = _fake_office_folder(tmp_path)
    doc = json.loads(_run("meta", str(folder / "bundle.docx"), "--format", "json").stdout)
    first, *inside = doc["files"]
    assert first["path"] == str(folder / "bundle.docx") and first["error"].startswith("not a Word document: ")
    assert [Path(f["path"].split("!")[-1]).name for f in inside] == ["readme.txt"]
    real = json.loads(_run("meta", str(folder / "real.docx"), "--format", "json").stdout)
    assert [f["format"] for f in real["files"]] == ["ooxml"]  # guard: a real one is one document


# -- 4. META014: one finding per offset, whichever fields state it -------------------------------

def _photo(offsets: dict[str, str]) -> bytes:
    import piexif
    from PIL import Image

    exif: dict[int, Any] = {piexif.ExifIFD.DateTimeOriginal: b"2025:03:01 10:00:00"}
    for name, offset in offsets.items():
        exif[getattr(piexif.ExifIFD, name)] = offset.encode()
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, "JPEG", exif=piexif.dump({"Exif": exif}))
    return buffer.getvalue()


def _meta014(tmp_path: Path, photos: dict[str, dict[str, str]], *extra: str) -> list[dict[str, Any]]:
    folder = tmp_path / "photos"
    folder.mkdir()
    for name, offsets in photos.items():
        (folder / name).write_bytes(_photo(offsets))
    return [f for f in _scan(str(folder), *extra)["findings"] if f["rule"] == "META014"]


def test_photos_stating_one_offset_in_different_fields_are_one_finding(tmp_path: Path) -> None:
    found = _meta014(tmp_path, {
        "a.jpg": {"OffsetTime": "+02:00", "OffsetTimeOriginal": "+02:00"},
        "b.jpg": {"OffsetTimeOriginal": "+02:00"},
        "c.jpg": {"OffsetTimeDigitized": "+02:00"},
        "d.jpg": {"OffsetTimeOriginal": "+05:30"},
    })
    by_clue = {f["clue"]["value"]: f for f in found}
    assert sorted(by_clue) == ["UTC+02:00", "UTC+05:30"], [f["message"] for f in found]
    two = by_clue["UTC+02:00"]
    assert two["message"].startswith("In 3 files ") and "UTC+02:00" in two["message"]
    # The evidence keeps every field seen (left out of the grouping, not out of the report).
    for name in ("OffsetTime=+02:00", "OffsetTimeOriginal=+02:00", "OffsetTimeDigitized=+02:00"):
        assert name in two["evidence"]
    assert "+05:30" not in two["evidence"]
    assert by_clue["UTC+05:30"]["evidence"] == "OffsetTimeOriginal=+05:30"  # guard: one file, as it was


def test_a_file_stating_two_offsets_keeps_both_in_its_clue(tmp_path: Path) -> None:
    [one] = _meta014(tmp_path, {"a.jpg": {"OffsetTime": "+01:00", "OffsetTimeOriginal": "+02:00"}})
    assert one["clue"]["value"] == "UTC+01:00, UTC+02:00"
    # 5: said as two zones, not "the offset UTC+01:00, UTC+02:00, the time zone".
    assert "records its times with 2 offsets, UTC+01:00 and UTC+02:00: the time zones " in one["message"]


def test_two_offsets_are_masked_under_redact(tmp_path: Path) -> None:
    [one] = _meta014(tmp_path, {"a.jpg": {"OffsetTime": "+01:00", "OffsetTimeOriginal": "+02:00"}},
                     "--redact")
    shown = json.dumps(one)
    assert "+01:00" not in shown and "+02:00" not in shown, shown


@pytest.mark.parametrize("evidence, grouped", [
    ("OffsetTime=+02:00; OffsetTimeOriginal=+02:00", True),
    ("DateCreated=…+02:00; (+3 more)", True),
    ("DateTimeOriginal=2025:03:01 12:00:00; GPSDateTime=2025:03:01 10:00:00 UTC", False),
    ("OffsetTime=+02:00; inside=image1.jpeg", False),
    ("", False),
])
def test_only_offset_evidence_is_grouped_by_its_offsets(evidence: str, grouped: bool) -> None:
    from nymaudit.metadata.findings import offsets_only

    assert offsets_only(evidence) is grouped


# -- 5. wording a new user misread in `meta` over ExifTool's samples --------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "images" / "exiftool-samples"


@pytest.mark.skipif(not (SAMPLES / "Apple.jpg").is_file(), reason="shared ExifTool samples not present")
def test_a_bare_software_version_is_said_as_a_version() -> None:
    """Apple.jpg's Software "10.0.2" (iOS) read "names the software that made or edited it: 10.0.2."."""
    out = _run("meta", str(SAMPLES / "Apple.jpg"), str(SAMPLES / "GPS.jpg"), "--format", "json").stdout
    said = {Path(f["path"]).name: [x["message"] for x in f["findings"] if x["rule"] == "META017"]
            for f in json.loads(out)["files"]}
    assert said["Apple.jpg"] == ["Apple.jpg names the software that made or edited it: Software version "
                                 "10.0.2 (a version number alone: usually of the system or firmware of the "
                                 "device that made it)."]
    # Guard: a program's name stays as it is.
    assert said["GPS.jpg"] == ["GPS.jpg names the software that made or edited it: Adobe Photoshop 7.0."]


def test_a_text_placeholder_named_jpg_inside_a_zip_is_not_listed_as_plain_text(tmp_path: Path) -> None:
    """ExifTool's iWork.numbers holds QuickLook/Thumbnail.jpg: 27 bytes of text. `meta` listed it
    among "Plain text files" as if a thumbnail were a post; a real PNG named .jpg stays as it was."""
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(png, "PNG")
    bundle = tmp_path / "sheet.numbers"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("QuickLook/Thumbnail.jpg", "<Dummy preview image data>\n")
        archive.writestr("QuickLook/Preview.pdf", "<Dummy preview>\n")
        archive.writestr("QuickLook/Icon.jpg", png.getvalue())
        archive.writestr("notes.txt", "Real notes.\n")
    doc = json.loads(_run("meta", str(bundle), "--format", "json").stdout)
    files = {f["path"].rsplit("!", 1)[-1]: f for f in doc["files"]}
    thumbnail, preview = files["QuickLook/Thumbnail.jpg"], files["QuickLook/Preview.pdf"]
    assert thumbnail["error"].startswith("not a JPEG image: plain text with a .jpg name")
    assert preview["error"].startswith("not a PDF document: plain text with a .pdf name")
    assert not (files["QuickLook/Icon.jpg"]["error"] or "").startswith("not ")  # guard: a PNG, read as one
    out = _run("meta", str(bundle)).stdout
    listed = out[out.index("Plain text files"):]
    assert "notes.txt" in listed and "Thumbnail.jpg" not in listed and "Preview.pdf" not in listed

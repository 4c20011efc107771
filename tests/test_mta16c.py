"""mta16c: review findings on the sixteenth session's metadata commits, and META001's places.

1. (rev16a item 3) Under --redact, META014 for +00:00 alone said "what a clock set to UTC writes" beside
   the masked offset, and its advice "set to UTC on purpose: such a clock writes the same offset all
   year": both told the reader the offset. Now quoted (masked) in the message, and gone from the advice,
   in every format; said in clear without --redact.
2. (rev16a item 6) Lower-case device names gave relation and role words as owners ("wife's iphone" ->
   «Wife», "iphone de esposa", "admins-macbook-pro.local" -> «Admin»), and "alices-macbook-pro.local" was
   «Alices». Relations, roles and pets in the languages of owner_after_articles, and a list word's
   possessive s, name no one; a name's possessive s in -es is dropped.
3. (walk16 item 10) META001 grouped positions in ~1 km cells: an office and a civic hall 220 m apart were
   one "same place" named after the hall, and a home's clue ("53.83, -1.53") and its photo's position
   ("53.827500, -1.529700") were two dossier places. Now positions within PLACE_RADIUS_M (nymaudit.geo)
   of a group's opening position, the clue at the position's own precision.
4. (mta16b) A TIFF or CR2 cut inside a directory was `clean`: now a partial read (META026), as a cut JPEG.
5. TIME009's `check --history` peers are matched as META014's (detectors.metadata.Device.same_as): a
   history photo of the same model without a serial is the same camera.

Real files: JPEGs by Pillow with piexif (HostComputer, GPS, offsets), ExifTool's CanonRaw.cr2 and
CanonRaw.cr3 samples (the second changed with the exiftool CLI), a TIFF written by Pillow, Facebook
exports zipped as the platform lays them out; every run through the CLI.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import write_tree
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "images" / "exiftool-samples"
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs the exiftool CLI")
FORMATS = ("terminal", "json", "markdown", "html", "sarif")
FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
FB_PHOTO = "your_facebook_activity/posts/media/home/1_n.jpg"
WHEN = 1754723100  # 2025-08-09 07:05 UTC


def _invoke(*args: str, cwd: Path | None = None) -> Any:
    here = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        out = CliRunner().invoke(app, list(args), env=ENV, catch_exceptions=False)
    finally:
        os.chdir(here)
    assert out.exit_code in (0, 1), out.output
    return out


def _json(*args: str, cwd: Path | None = None) -> dict[str, Any]:
    return json.loads(_invoke(*args, "--format", "json", cwd=cwd).stdout)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _jpeg(path: Path, *, offset: bytes | None = None, computer: str | None = None,
          gps: tuple[float, float] | None = None, taken: bytes = b"2024:01:14 10:00:00") -> Path:
    def dms(value: float) -> tuple[tuple[int, int], ...]:
        value = abs(value)
        degrees, minutes = int(value), int((value - int(value)) * 60)
        seconds = round(((value - degrees) * 60 - minutes) * 60 * 10000)
        return ((degrees, 1), (minutes, 1), (seconds, 10000))

    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"FUJIFILM", piexif.ImageIFD.Model: b"X-T30"}
    if computer is not None:
        zeroth[piexif.ImageIFD.HostComputer] = computer.encode()
    exif: dict[int, Any] = {piexif.ExifIFD.DateTimeOriginal: taken}
    if offset is not None:
        exif[piexif.ExifIFD.OffsetTimeOriginal] = offset
    gps_ifd: dict[int, Any] = {}
    if gps is not None:
        gps_ifd = {piexif.GPSIFD.GPSLatitudeRef: b"N" if gps[0] >= 0 else b"S",
                   piexif.GPSIFD.GPSLatitude: dms(gps[0]),
                   piexif.GPSIFD.GPSLongitudeRef: b"E" if gps[1] >= 0 else b"W",
                   piexif.GPSIFD.GPSLongitude: dms(gps[1])}
    buf = io.BytesIO()
    exif_bytes = piexif.dump({"0th": zeroth, "Exif": exif, "GPS": gps_ifd})
    Image.new("RGB", (32, 24), (120, 90, 60)).save(buf, "JPEG", exif=exif_bytes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


# -- 1. META014 under --redact pins no offset -----------------------------------------------------------

# What told a redacted report's reader the masked offset was +00:00 (the message's clause, the advice's).
PINS = re.compile(r"clock set to UTC writes|set to UTC on purpose|same offset all year|not one set to UTC"
                  r"|what a clock set to UTC has|same as a clock set to UTC", re.IGNORECASE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_utc_clock_under_redact_pins_no_offset(tmp_path: Path, fmt: str) -> None:
    photos = tmp_path / "photos"
    _jpeg(photos / "one.jpg", offset=b"+00:00")
    _jpeg(photos / "two" / "a.jpg", offset=b"+00:00", taken=b"2024:02:14 10:00:00")
    _jpeg(photos / "two" / "b.jpg", offset=b"+00:00", taken=b"2024:02:15 10:00:00")
    masked = _flat(_invoke("scan", str(photos / "one.jpg"), str(photos / "two"), "-f", fmt, "-q",
                           "--redact").stdout)
    assert "META014" in masked
    leak = PINS.search(masked)
    assert leak is None, (fmt, masked[max(0, leak.start() - 300):leak.end() + 100])


def test_a_utc_clock_without_redact_says_it_in_clear(tmp_path: Path) -> None:
    photo = _jpeg(tmp_path / "one.jpg", offset=b"+00:00")
    [zone] = [f for f in _json("scan", str(photo), "--no-redact")["findings"] if f["rule"] == "META014"]
    assert zone["severity"] == "info"
    assert "«what a clock set to UTC writes» (this finding's advice)" in zone["message"]
    assert zone["advice"].startswith("Nothing to change if the camera's clock is set this way on purpose")


# -- 2. Device names: relations and roles name no one -----------------------------------------------------

NO_OWNER = ["wife's iphone", "sister's ipad", "husband's iphone", "daughter's ipad", "partner's macbook air",
            "boss's iphone", "dog's ipad", "iphone de esposa", "iphone de marido", "ipad de hermana",
            "iPad von Schwester", "admins-macbook-pro.local", "users-macbook-pro.local", "testers-imac.local",
            "grandmas-ipad.local", "wifes-macbook-air.local", "Wifes-iPad", "mint-laptop"]
OWNERS = [("alices-macbook-pro.local", "Alice"), ("Alices-MacBook-Pro", "Alice"), ("Janes-iMac", "Jane"),
          ("priya's iphone", "Priya"), ("johns-imac.local", "John"), ("iphone de maría", "María"),
          ("James-MacBook-Pro", "James"), ("Priya's MacBook Pro", "Priya"), ("DESKTOP-PRIYA", "Priya")]


def _owner_findings(tmp_path: Path, computer: str) -> list[dict[str, Any]]:
    photo = _jpeg(tmp_path / "photo.jpg", computer=computer)
    [entry] = json.loads(_invoke("meta", str(photo), "--format", "json").stdout)["files"]
    return [f for f in entry["findings"] if f["rule"] == "META012"]


@pytest.mark.parametrize("computer", NO_OWNER)
def test_a_relation_or_role_in_a_device_name_names_no_owner(tmp_path: Path, computer: str) -> None:
    assert _owner_findings(tmp_path, computer) == [], computer


@pytest.mark.parametrize(("computer", "owner"), OWNERS)
def test_an_owner_in_a_device_name_is_named_as_written(tmp_path: Path, computer: str, owner: str) -> None:
    [found] = _owner_findings(tmp_path, computer)
    assert found["clue"]["value"] == owner and "perhaps" not in found["message"], found["message"]


# -- 3. META001: one place is positions within PLACE_RADIUS_M, its clue the position itself ---------------

def _check_in(name: str, lat: float, lon: float, when: int) -> dict[str, Any]:
    return {"timestamp": when, "data": [{"post": "Meeting"}], "attachments": [{"data": [{"place": {
        "name": name, "address": "Calverley Street, Leeds LS1 1UR",
        "coordinate": {"latitude": lat, "longitude": lon}}}]}]}


def _photo_post(lat: float, lon: float, when: int, uri: str = FB_PHOTO) -> dict[str, Any]:
    media = {"uri": uri, "creation_timestamp": when,
             "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": lat, "longitude": lon}]}}}
    return {"timestamp": when, "data": [{"post": "Coffee"}], "attachments": [{"data": [{"media": media}]}]}


def _geotags(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == "META001"]


def test_an_office_and_a_civic_hall_220_m_apart_are_two_places(tmp_path: Path) -> None:
    office = [_photo_post(53.7997, -1.5492, WHEN + k * 86400,
                          f"your_facebook_activity/posts/media/o/{k}_n.jpg") for k in range(3)]
    hall = [_check_in("Leeds Civic Hall", 53.8017, -1.5491, WHEN + (5 + k) * 86400) for k in range(2)]
    archive = write_tree(tmp_path / "facebook.zip", {FB_POSTS: json.dumps(office + hall)}, zip=True)
    found = _geotags(_json("scan", str(archive)))
    assert len(found) == 2, [f["message"] for f in found]
    by_clue = {f["clue"]["value"].split(" (near")[0]: f for f in found}
    assert set(by_clue) == {"53.7997, -1.5492", "Leeds Civic Hall, Calverley Street, Leeds LS1 1UR"}
    assert by_clue["53.7997, -1.5492"]["message"].startswith(
        "3 posts carry the platform's exact coordinates for the same position")
    assert "Civic" not in by_clue["53.7997, -1.5492"]["evidence"]


def test_positions_a_few_metres_apart_are_one_place_said_as_such(tmp_path: Path) -> None:
    posts = [_photo_post(53.8275, -1.5297, WHEN), _photo_post(53.8279, -1.5297, WHEN + 86400)]  # 44 m
    archive = write_tree(tmp_path / "facebook.zip", {FB_POSTS: json.dumps(posts)}, zip=True)
    [geo] = _geotags(_json("scan", str(archive)))
    assert geo["message"].startswith("2 posts carry the platform's exact coordinates, all within 150 m of "
                                     "each other (records")
    assert "the same place" not in geo["message"]


def test_a_home_tagged_by_the_platform_and_in_its_photo_is_one_dossier_place(tmp_path: Path) -> None:
    home = (53.8275, -1.5297)
    photo = _jpeg(tmp_path / "home.jpg", gps=home)
    posts = [_photo_post(*home, WHEN), _photo_post(*home, WHEN + 86400)]
    files = {FB_POSTS: json.dumps(posts), FB_PHOTO: photo.read_bytes()}
    archive = write_tree(tmp_path / "facebook.zip", files, zip=True)
    doc = _json("scan", str(archive))
    [geo] = _geotags(doc)
    assert geo["clue"]["value"].startswith("53.8275, -1.5297 (near ")
    assert any(f["rule"] == "META010" for f in doc["findings"])
    places = [c for c in doc["profile"]["clues"]["location"] if "positions" in c]
    assert len(places) == 1, places
    assert set(places[0]["rules"]) == {"META001", "META010"}


def test_the_dossier_and_meta001_share_one_radius() -> None:
    from nymaudit import geo, profile

    assert profile.PLACE_RADIUS_M is geo.PLACE_RADIUS_M and profile._metres is geo.metres
    seeds = geo.PlaceSeeds()
    assert seeds.add((53.7997, -1.5492)) == 0 and seeds.add((53.8017, -1.5491)) == 1  # 220 m: two
    assert seeds.add((53.8005, -1.5492)) == 0  # 89 m from the first, 133 m from the second: the first opened


# -- 4. A cut TIFF-based file is a partial read -----------------------------------------------------------

def _cut_in_ifd0(data: bytes) -> bytes:
    endian = "<" if data[:2] == b"II" else ">"
    ifd0 = struct.unpack_from(endian + "I", data, 4)[0]
    return data[:ifd0 + 2 + 12 * 3]  # three of its entries, the rest cut away


def _cut_files(tmp_path: Path) -> list[Path]:
    tiff = io.BytesIO()
    tags = {315: "Jane Example", 316: "Janes-iMac"}  # Artist, HostComputer
    Image.new("RGB", (16, 16), (10, 20, 30)).save(tiff, "TIFF", tiffinfo=tags)
    cut = [tmp_path / "cut.tif"]
    cut[0].write_bytes(_cut_in_ifd0(tiff.getvalue()))
    cr2 = SAMPLES / "CanonRaw.cr2"
    if cr2.is_file():
        cut.append(tmp_path / "cut.cr2")
        cut[1].write_bytes(_cut_in_ifd0(cr2.read_bytes()))
    return cut


def test_a_tiff_or_cr2_cut_inside_a_directory_is_not_clean(tmp_path: Path) -> None:
    for path in _cut_files(tmp_path):
        read = CliRunner().invoke(app, ["meta", str(path), "--format", "json"], env=ENV)
        assert read.exit_code in (0, 2), read.output  # 2: a file not read whole
        [entry] = json.loads(read.stdout)["files"]
        assert entry["status"] != "clean", entry
        assert "IFD runs past the end of the file" in (entry["error"] or ""), entry
        done = CliRunner().invoke(app, ["check", str(path), "--format", "json"], env=ENV)
        assert done.exit_code == 1, done.output
        assert any(f["rule"] == "META026" for f in json.loads(done.stdout)["findings"])


def test_the_uncut_tiff_reads_clean_of_damage(tmp_path: Path) -> None:  # guard
    tiff = tmp_path / "whole.tif"
    Image.new("RGB", (16, 16), (10, 20, 30)).save(tiff, "TIFF", tiffinfo={315: "Jane Example"})
    [entry] = json.loads(_invoke("meta", str(tiff), "--format", "json").stdout)["files"]
    assert not entry["error"] and entry["status"] != "unreadable"


# -- 5. TIME009's --history peers match as META014's ------------------------------------------------------

def _exiftool_sample(sample: str, path: Path, *tags: str) -> Path:
    source = SAMPLES / sample
    if not source.is_file():
        pytest.skip(f"ExifTool's {sample} is not in ../shared")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, path)
    path.chmod(0o644)
    if tags:
        subprocess.run(["exiftool", "-q", "-overwrite_original", *tags, str(path)], check=True)
    return path


@needs_exiftool
@pytest.mark.parametrize("serial", ["-SerialNumber=", "-SerialNumber=999999999999"])
def test_a_history_photo_of_the_same_camera_is_the_same_camera_for_time009(tmp_path: Path,
                                                                          serial: str) -> None:
    """The winter draft states its body serial; the summer photo of the history had it removed (an editor's
    re-save) or holds a placeholder, beside the same InternalSerialNumber. META014 matched them (by make and
    model, or by the maker note's serial) and was raised; TIME009 took them for two cameras ("serial N"
    against "Canon Canon EOS M50", or against "serial 999999999999") and said +00:00 says little."""
    _exiftool_sample("CanonRaw.cr3", tmp_path / "draft" / "canon_winter.cr3")
    _exiftool_sample("CanonRaw.cr3", tmp_path / "history" / "canon_summer.cr3",
                     "-DateTimeOriginal=2018:07:21 12:08:56", "-OffsetTimeOriginal=+01:00",
                     "-OffsetTime=+01:00", "-OffsetTimeDigitized=+01:00", "-Canon:TimeZone=+01:00",
                     "-Canon:DaylightSavings=On", serial)
    found = _json("check", "draft/canon_winter.cr3", "--history", "history", "--no-redact",
                  cwd=tmp_path)["findings"]
    meta = next(f for f in found if f["rule"] == "META014")
    clock = next(f for f in found if f["rule"] == "TIME009")
    assert meta["severity"] == "medium" and "the same device wrote UTC+01:00 in summer" in meta["message"]
    assert "says little" not in clock["message"]
    assert "wrote «UTC+01:00» on «2018-07-21» in a photo of your --history" in clock["message"]

"""mta15: cameras' world-clock settings in their maker notes (Nikon WorldTime, Pentax world time,
Panasonic's Home or Destination, Canon's TimeInfo zone), used for META014 as Canon's TimeZoneCity
is, and a factory zone (London, summer time off) said at low confidence.

Real files: ExifTool's samples in ../shared (Pentax.jpg, CanonRaw.cr3, Panasonic.rw2), changed with
the exiftool CLI where it can write the tag; a Nikon maker note with a WorldTime record written
byte for byte into a Pillow JPEG by piexif (ExifTool cannot add the record to a note without one),
each read by exiftool too so our reading is checked against ExifTool's.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import piexif
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.metadata import extract
from nymaudit.metadata.findings import file_findings

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "images" / "exiftool-samples"
EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="the exiftool CLI is not installed")


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip("ExifTool's samples are not in ../shared")
    return path


def _copy(name: str, tmp_path: Path) -> Path:
    photo = tmp_path / name
    shutil.copyfile(_sample(name), photo)
    photo.chmod(0o644)
    return photo


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out


def _meta(path: Path) -> dict[str, Any]:
    [entry] = json.loads(_run("meta", str(path), "--format", "json").stdout)["files"]
    return entry


def _zone(entry: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in entry["findings"] if f["rule"] == "META014"]


def _fields(entry: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in entry["fields"] if f["group"] == "time"}


def _exiftool(path: Path, *tags: str) -> dict[str, Any]:
    """Write ``tags`` (when given) with the real exiftool, then return its reading of the file."""
    assert EXIFTOOL is not None
    if tags:
        subprocess.run([EXIFTOOL, "-q", "-overwrite_original", *tags, str(path)], check=True)
    out = subprocess.run([EXIFTOOL, "-j", "-G1", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)[0]


def _nikon_photo(path: Path, minutes: int, summer: int, endian: str = ">", offset: bytes = b"") -> Path:
    """A JPEG with a Nikon type-3 maker note holding one WorldTime record (zone in minutes, summer
    flag, date format), in big- or little-endian as Nikons write either."""
    order = b"MM" if endian == ">" else b"II"
    record = struct.pack(endian + "hBB", minutes, summer, 2)
    ifd = (struct.pack(endian + "H", 1) + struct.pack(endian + "HHI", 0x0024, 7, 4) + record
           + struct.pack(endian + "I", 0))
    note = b"Nikon\x00\x02\x10\x00\x00" + order + struct.pack(endian + "HI", 42, 8) + ifd
    exif_ifd: dict[int, Any] = {piexif.ExifIFD.DateTimeOriginal: b"2024:07:01 10:00:00",
                                piexif.ExifIFD.MakerNote: note}
    if offset:
        exif_ifd[piexif.ExifIFD.OffsetTimeOriginal] = offset
    exif = {"0th": {piexif.ImageIFD.Make: b"NIKON CORPORATION", piexif.ImageIFD.Model: b"NIKON D7000"},
            "Exif": exif_ifd}
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 150)).save(buf, "JPEG", exif=piexif.dump(exif))
    path.write_bytes(buf.getvalue())
    return path


# -- 1. Pentax: home and destination cities, the camera's own city table -----------------------------

@needs_exiftool
def test_pentax_sample_home_city_gives_the_clock_zone() -> None:
    sample = _sample("Pentax.jpg")
    entry = _meta(sample)
    fields = _fields(entry)
    theirs = _exiftool(sample)
    # The settings as ExifTool reads them (ExifTool's sample: a K10D at home in Toronto).
    for name in ("WorldTimeLocation", "HometownCity", "DestinationCity", "HometownDST", "DestinationDST"):
        assert fields[name] == theirs[f"Pentax:{name}"], name
    assert fields["WorldTimeZone"] == "UTC-05:00" and fields["DaylightSavings"] == "No"
    [zone] = _zone(entry)
    assert zone["clue"]["value"] == "UTC-05:00" and zone["confidence"] == "medium"
    assert "its home city «Toronto» (HometownCity)" in zone["message"]
    assert "no offset is stored" in zone["message"]


@needs_exiftool
def test_pentax_destination_clock_with_summer_time(tmp_path: Path) -> None:
    photo = _copy("Pentax.jpg", tmp_path)
    theirs = _exiftool(photo, "-Pentax:WorldTimeLocation=Destination", "-Pentax:DestinationCity=Paris",
                       "-Pentax:DestinationDST=Yes", "-Pentax:HometownCity=Lisbon")
    assert theirs["Pentax:DestinationCity"] == "Paris" and theirs["Pentax:WorldTimeLocation"] == "Destination"
    [zone] = _zone(_meta(photo))
    # Paris is +01:00 in the camera's table; summer time on adds the hour.
    assert zone["clue"]["value"] == "UTC+02:00"
    assert "its destination city «Paris» (DestinationCity)" in zone["message"]
    assert "Its home city is «Lisbon» (HometownCity)" in zone["message"]
    assert "with summer time on" in zone["message"]


# -- 1. Nikon: WorldTime's zone and summer-time flag ---------------------------------------------------

@needs_exiftool
@pytest.mark.parametrize(("minutes", "summer", "endian", "clue"), [
    (-300, 1, ">", "UTC-04:00"), (330, 0, "<", "UTC+05:30"), (-210, 0, ">", "UTC-03:30")])
def test_nikon_world_time_gives_the_zone(tmp_path: Path, minutes: int, summer: int, endian: str,
                                         clue: str) -> None:
    photo = _nikon_photo(tmp_path / "DSC_0001.jpg", minutes, summer, endian)
    theirs = _exiftool(photo)
    entry = _meta(photo)
    fields = _fields(entry)
    # ExifTool's TimeZone is the zone without the summer hour, as ours is.
    assert fields["WorldTimeZone"] == f"UTC{theirs['Nikon:TimeZone']}"
    assert fields["DaylightSavings"] == theirs["Nikon:DaylightSavings"]
    [zone] = _zone(entry)
    assert zone["clue"]["value"] == clue and zone["severity"] == "medium"


def test_nikon_zone_zero_without_summer_time_says_little(tmp_path: Path) -> None:
    photo = _nikon_photo(tmp_path / "DSC_0002.jpg", 0, 0)
    [zone] = _zone(_meta(photo))
    # A clock set to UTC, the zone Nikons come set to, or London in winter: as +00:00 alone is.
    assert zone["severity"] == "info" and zone["clue"]["value"] == "UTC+00:00"
    assert "says little" in zone["message"]


def test_a_stored_offset_wins_over_the_world_clock(tmp_path: Path) -> None:
    photo = _nikon_photo(tmp_path / "DSC_0003.jpg", 330, 0, offset=b"+01:00")
    [zone] = _zone(_meta(photo))
    # The setting is never read as a second stored offset ("2 offsets, UTC+01:00 and UTC+05:30").
    assert zone["clue"]["value"] == "UTC+01:00"
    assert "WorldTimeZone" not in zone["evidence"]


@settings(max_examples=150, deadline=None)
@given(record=st.binary(min_size=0, max_size=8))
def test_any_world_time_record_is_read_safely(record: bytes) -> None:
    """Hostile WorldTime bytes: no crash, and a zone said only within 14 hours on a quarter hour."""
    ifd = (struct.pack(">H", 1) + struct.pack(">HHI", 0x0024, 7, len(record))
           + (record.ljust(4, b"\x00") if len(record) <= 4 else struct.pack(">I", 26)) + b"\x00" * 4
           + (record if len(record) > 4 else b""))
    note = b"Nikon\x00\x02\x10\x00\x00MM" + struct.pack(">HI", 42, 8) + ifd
    exif = {"0th": {piexif.ImageIFD.Make: b"NIKON CORPORATION"}, "Exif": {piexif.ExifIFD.MakerNote: note}}
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "JPEG", exif=piexif.dump(exif))
    meta = extract(buf.getvalue())
    for f in meta.fields:
        if f.name == "WorldTimeZone":
            sign, hh, mm = f.value[3], int(f.value[4:6]), int(f.value[7:9])
            assert sign in "+-" and hh * 60 + mm <= 14 * 60 and mm % 15 == 0
    file_findings(meta, "hostile.jpg")


# -- 1. Panasonic: Home or Destination, shown; no zone stored ------------------------------------------

@needs_exiftool
def test_panasonic_world_time_location_is_shown_not_used() -> None:
    sample = _sample("Panasonic.rw2")
    entry = _meta(sample)
    assert _fields(entry)["WorldTimeLocation"] == _exiftool(sample)["Panasonic:WorldTimeLocation"] == "Home"
    assert _zone(entry) == []


# -- 2. A factory zone: Canon's London, summer time off ------------------------------------------------

def test_canon_london_with_summer_time_off_is_said_at_low_confidence() -> None:
    entry = _meta(_sample("CanonRaw.cr3"))
    fields = _fields(entry)
    assert fields["WorldTimeZone"] == "UTC+00:00" and fields["DaylightSavings"] == "Off"
    [zone] = _zone(entry)
    assert zone["confidence"] == "low" and zone["severity"] == "medium"
    assert "«London» (TimeZoneCity)" in zone["message"] and "default nobody chose" in zone["message"]


@needs_exiftool
def test_a_chosen_city_beside_plus_zero_keeps_its_confidence(tmp_path: Path) -> None:  # guard
    photo = _copy("Casio2.jpg", tmp_path)
    _exiftool(photo, "-HometownCity=Lisbon", "-DateTimeOriginal=2026:01:20 09:10:00",
              "-OffsetTimeOriginal=+00:00")
    [zone] = _zone(_meta(photo))
    assert zone["confidence"] == "high" and "default nobody chose" not in zone["message"]


# -- 4. TIME009's reading of a +00:00 needs the same reason META014 gives -------------------------------

@needs_exiftool
def test_zero_is_local_names_a_chosen_city_only(tmp_path: Path) -> None:
    from nymaudit.metadata.findings import zero_is_local  # new in mta15

    photo = _copy("Casio2.jpg", tmp_path)
    _exiftool(photo, "-HometownCity=Lisbon", "-OffsetTimeOriginal=+00:00")
    assert "«Lisbon» (HometownCity)" in zero_is_local(extract(photo.read_bytes()).fields)
    # Canon's London with summer time off may be a factory default: no reason given.
    assert zero_is_local(extract(_sample("CanonRaw.cr3").read_bytes()).fields) == ""


# -- 3. A photo credited to a named photographer is not the writer's own ------------------------------

def _located_photo(path: Path, *credit: str) -> Path:
    Image.new("RGB", (32, 24), (140, 120, 100)).save(path, quality=85)
    _exiftool(path, "-GPSLatitude=51.4545", "-GPSLatitudeRef=N", "-GPSLongitude=2.5879",
              "-GPSLongitudeRef=W", "-IPTC:City=Bristol", "-IPTC:Country-PrimaryLocationName=United Kingdom",
              *credit)
    return path


def _by_rule(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in entry["findings"]}


@needs_exiftool
@pytest.mark.parametrize("credit", ["-IPTC:Credit=Photo: Jane Smith",
                                    "-IPTC:By-line=Photograph by Jane Smith",
                                    "-XMP-photoshop:Credit=Photo credit: Jane Smith",
                                    "-IPTC:CopyrightNotice=PHOTO: Jane Smith (c) 2024"])
def test_a_photographer_credit_makes_the_place_theirs(tmp_path: Path, credit: str) -> None:
    entry = _meta(_located_photo(tmp_path / "harbour.jpg", credit))
    found = _by_rule(entry)
    for rule_id in ("META010", "META015"):
        assert found[rule_id]["confidence"] == "low", rule_id
        assert "credits the photo to «Jane Smith»" in found[rule_id]["message"]
        assert found[rule_id]["evidence"].endswith("; picture=credited to a photographer: Jane Smith")
    assert "as publications credit a photographer" in found["META012"]["message"]
    assert "picture=credited to a photographer: Jane Smith" in found["META012"]["evidence"]


@needs_exiftool
@pytest.mark.parametrize("credit", [
    ("-IPTC:Credit=Rowan Ashby", "-Copyright=(c) Rowan Ashby"),  # Lightroom's own name (rev14a item 6)
    ("-IPTC:Credit=Photo: Jane Smith/Reuters",),  # an agency's: its own rules say so
    ("-IPTC:Credit=Photo: Stock Images",),
    ("-IPTC:Caption-Abstract=Photo: Sunset Over Bristol",)])  # a caption is no credit
def test_other_credits_leave_the_photo_as_it_was(tmp_path: Path, credit: tuple[str, ...]) -> None:  # guard
    found = _by_rule(_meta(_located_photo(tmp_path / "harbour.jpg", *credit)))
    assert found["META010"]["confidence"] == "high"
    assert "credited to a photographer" not in found["META010"]["evidence"]

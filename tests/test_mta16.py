"""mta16: metadata leftovers (photos and devices), sixteenth session.

1. Two cameras of one model with different body serials are two devices for META014's British-summer
   test (detectors.metadata.Device): serials decide when both files state one, make and model otherwise.
2. META014's advice for +00:00 alone names no country (it is the tool's words, never masked): the
   finding's message names them in «», masked by --redact in every format, clear without it.
3. A device name typed in lower case ("priya's iphone", "iphone de maría", "johns-imac.local") names its
   owner (META012); lower-case names of shared devices stay silent.
4. An uploads folder given by a relative path, or tied to a post of a WordPress export beside it, gets
   the "already published" advice.

Real files: JPEGs written by Pillow with piexif (BodySerialNumber 0xA431 for the serials), read back by
the exiftool CLI where the point is what the file holds; a WXR export from tests/archive_builders; every
run goes through the CLI (`meta`, `scan`).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_wxr
from nymaudit.cli import app

GPS = {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: ((31, 1), (57, 1), (0, 1)),
       piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((115, 1), (50, 1), (0, 1))}  # Perth
EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="the exiftool CLI is not installed")


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out


def _meta(*paths: Path) -> list[dict[str, Any]]:
    return json.loads(_run("meta", *(str(p) for p in paths), "--format", "json").stdout)["files"]


def _rules(entry: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in entry["findings"] if f["rule"] == rule_id]


def _exiftool(path: Path) -> dict[str, Any]:
    assert EXIFTOOL is not None
    out = subprocess.run([EXIFTOOL, "-j", "-G1", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)[0]


def _photo(path: Path, taken: bytes | None = None, offset: bytes | None = None, serial: bytes | None = None,
           lens_serial: bytes | None = None, model: bytes = b"X-T30", make: bytes = b"FUJIFILM",
           computer: str | None = None, gps: dict[int, Any] | None = None) -> Path:
    exif: dict[int, Any] = {}
    if taken is not None:
        exif[piexif.ExifIFD.DateTimeOriginal] = taken
    if offset is not None:
        exif[piexif.ExifIFD.OffsetTimeOriginal] = offset
    if serial is not None:
        exif[piexif.ExifIFD.BodySerialNumber] = serial
    if lens_serial is not None:
        exif[piexif.ExifIFD.LensSerialNumber] = lens_serial
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: make, piexif.ImageIFD.Model: model}
    if computer is not None:
        zeroth[piexif.ImageIFD.HostComputer] = computer.encode("utf-8")
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (90, 110, 130)).save(
        buf, "JPEG", exif=piexif.dump({"0th": zeroth, "Exif": exif, "GPS": gps or {}}))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


def _winter_and_summer(tmp_path: Path, winter_serial: bytes | None, summer_serial: bytes | None,
                       **summer: Any) -> dict[str, Any]:
    """META014 of a January photo at +00:00, checked beside a July photo at +01:00."""
    winter = _photo(tmp_path / "january.jpg", b"2024:01:14 10:00:00", b"+00:00", winter_serial)
    july = _photo(tmp_path / "july.jpg", b"2024:07:14 10:00:00", b"+01:00", summer_serial, **summer)
    entry = next(e for e in _meta(winter, july) if e["path"].endswith("january.jpg"))
    [zone] = _rules(entry, "META014")
    return zone


# -- 1. Two cameras of one model --------------------------------------------------------------------------

@needs_exiftool
def test_two_cameras_of_one_model_are_two_devices(tmp_path: Path) -> None:
    zone = _winter_and_summer(tmp_path, b"51A00123", b"51A00987")
    assert _exiftool(tmp_path / "january.jpg")["ExifIFD:SerialNumber"] == "51A00123"  # BodySerialNumber
    assert _exiftool(tmp_path / "july.jpg")["ExifIFD:SerialNumber"] == "51A00987"
    # Another camera's summer hour says nothing of this one's clock: +00:00 alone, as a UTC clock's.
    assert zone["severity"] == "info" and "says little" in zone["message"]
    assert "the same device wrote" not in zone["message"]


def test_the_same_serial_in_summer_raises_the_winter_clock(tmp_path: Path) -> None:  # guard
    zone = _winter_and_summer(tmp_path, b"51A00123", b"51A00123")
    assert zone["severity"] == "medium" and "the same device wrote UTC+01:00 in summer" in zone["message"]


@pytest.mark.parametrize(("winter", "summer"), [(b"51A00123", None), (None, b"51A00123"), (None, None)])
def test_a_file_without_a_serial_is_matched_by_make_and_model(tmp_path: Path, winter: bytes | None,
                                                              summer: bytes | None) -> None:  # guard
    zone = _winter_and_summer(tmp_path, winter, summer)
    assert zone["severity"] == "medium" and "the same device wrote UTC+01:00 in summer" in zone["message"]


def test_a_lens_moved_between_two_bodies_makes_them_no_one_device(tmp_path: Path) -> None:
    winter = _photo(tmp_path / "january.jpg", b"2024:01:14 10:00:00", b"+00:00", b"51A00123", b"4CA01234")
    july = _photo(tmp_path / "july.jpg", b"2024:07:14 10:00:00", b"+01:00", b"51A00987", b"4CA01234")
    entry = next(e for e in _meta(winter, july) if e["path"].endswith("january.jpg"))
    [zone] = _rules(entry, "META014")
    assert zone["severity"] == "info"


def test_a_placeholder_serial_is_no_serial(tmp_path: Path) -> None:  # guard
    # "0000000000" (what some bodies write for a lens, and some for themselves) names no device.
    zone = _winter_and_summer(tmp_path, b"0000000000", b"51A00987")
    assert zone["severity"] == "medium"


# -- 2. The countries of a +00:00 clock, masked by --redact in every format ----------------------------------

PLACES = re.compile(r"\bUK\b|Ireland|Portugal|Iceland|West Africa")


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_the_countries_of_a_utc_clock_are_masked_by_redact(tmp_path: Path, fmt: str) -> None:
    photos = tmp_path / "photos"
    _photo(photos / "january.jpg", b"2024:01:14 10:00:00", b"+00:00")
    clear = _run("scan", str(photos), "-f", fmt, "-q", "--no-redact").stdout
    assert "META014" in clear and "Portugal" in clear and "Ireland" in clear, fmt
    masked = _run("scan", str(photos), "-f", fmt, "-q", "--redact").stdout
    assert "META014" in masked
    leak = PLACES.search(masked)
    assert leak is None, (fmt, masked[max(0, leak.start() - 300):leak.end() + 100])


def test_the_advice_for_a_utc_clock_is_still_said(tmp_path: Path) -> None:  # guard
    [entry] = _meta(_photo(tmp_path / "january.jpg", b"2024:01:14 10:00:00", b"+00:00"))
    [zone] = _rules(entry, "META014")
    assert zone["advice"].startswith("Nothing to change") and "end of March" in zone["advice"]
    assert "`exiftool -time:all= -xmp:all= -overwrite_original file`" in zone["advice"]
    assert "«the UK, Ireland and Portugal» in winter" in zone["message"]


def test_a_utc_clock_from_the_gps_time_names_the_countries_the_advice_refers_to(tmp_path: Path) -> None:
    gps = {**GPS, piexif.GPSIFD.GPSDateStamp: b"2024:01:14",
           piexif.GPSIFD.GPSTimeStamp: ((10, 1), (0, 1), (0, 1))}
    photo = _photo(tmp_path / "january.jpg", b"2024:01:14 10:00:00", gps=gps)
    [entry] = _meta(photo)
    [zone] = _rules(entry, "META014")
    assert zone["severity"] == "info" and "derived from its local capture time" in zone["message"]
    assert "«the UK, Ireland and Portugal» in winter" in zone["message"]
    assert "the countries this finding names" in zone["advice"]


# -- 3. A device name typed in lower case ----------------------------------------------------------------

LOWER_OWNERS = [("priya's iphone", "Priya", False), ("iphone de maría", "María", False),
                ("johns-imac.local", "John", False), ("priya's iPhone", "Priya", False),
                ("iPhone de maría josé", "María José", True),
                ("iphone de joão dos santos", "João dos Santos", True)]


@needs_exiftool
@pytest.mark.parametrize(("computer", "owner", "full"), LOWER_OWNERS)
def test_a_device_name_in_lower_case_names_its_owner(tmp_path: Path, computer: str, owner: str,
                                                     full: bool) -> None:
    photo = _photo(tmp_path / "IMG_0001.jpg", computer=computer, make=b"Apple", model=b"iPhone 15 Pro")
    assert _exiftool(photo)["IFD0:HostComputer"] == computer
    [entry] = _meta(photo)
    [named] = _rules(entry, "META012")
    assert named["clue"]["kind"] == "identity" and named["clue"]["value"] == owner
    assert named["severity"] == ("high" if full else "medium")
    assert f"«{computer}» (HostComputer)" in named["message"]


NOBODY_LOWER = ["grandad's ipad", "ipad de la classe", "sales-pc", "desktop-aquienu", "desktop-4f7k2qj",
                "ipad del colegio", "imac de bureau", "ipad von der schule", "classroom-ipad-12",
                "jenkins-mac-mini", "everyone's ipad", "mummy's iphone", "iphone 15 pro", "macbook pro",
                "macbook-pro-2.local", "office-imac", "kids-ipad", "fedora-laptop", "arch-desktop",
                "johns-imac", "someone's laptop", "iphone de casa"]


@pytest.mark.parametrize("computer", NOBODY_LOWER)
def test_a_shared_device_in_lower_case_names_nobody(tmp_path: Path, computer: str) -> None:  # guard
    [entry] = _meta(_photo(tmp_path / "IMG_0002.jpg", computer=computer, make=b"Apple", model=b"iPad Air"))
    assert _rules(entry, "META012") == []


@pytest.mark.parametrize("computer", ["iPad de Casa", "iMac de Familia", "iPad de Cocina"])
def test_a_home_or_room_after_de_is_no_owner(tmp_path: Path, computer: str) -> None:
    [entry] = _meta(_photo(tmp_path / "IMG_0003.jpg", computer=computer, make=b"Apple", model=b"iPad Air"))
    assert _rules(entry, "META012") == []


def test_a_lower_case_owner_is_in_the_dossier_and_masked_by_redact(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    for i in range(3):
        _photo(photos / f"IMG_{4000 + i}.JPG", computer="priya's iphone", make=b"Apple",
               model=b"iPhone 15 Pro")
    report = json.loads(_run("scan", str(photos), "-f", "json", "-q").stdout)
    [named] = [f for f in report["findings"] if f["rule"] == "META012"]
    assert "names its owner in the name of the device they were made on: «Priya»" in named["message"]
    for fmt in ("json", "markdown", "terminal"):
        masked = _run("scan", str(photos), "-f", fmt, "-q", "--redact").stdout
        assert "META012" in masked and not re.search("priya", masked, re.IGNORECASE), fmt


# -- 4. An uploads folder a WordPress site publishes, given by a relative path ------------------------------

SITE = "https://walks.example/wp-content/uploads"


def _blog(tmp_path: Path, uploads: Path) -> Path:
    """A GPS photo under ``uploads``/2025/03 and a WXR export whose post shows it."""
    _photo(uploads / "2025" / "03" / "sunrise.jpg", gps=GPS)
    return build_wxr(tmp_path / "site.xml", [
        {"post_id": "105", "title": "Sunrise", "post_date": "2025-03-02 07:00:00",
         "post_date_gmt": "2025-03-01 23:00:00",
         "content": f'Up early. <img src="{SITE}/2025/03/sunrise.jpg" />'}])


def _gps_finding(*args: str) -> dict[str, Any]:
    report = json.loads(_run("scan", *args, "--format", "json", "-q").stdout)
    [gps] = [f for f in report["findings"] if f["rule"] == "META010"]
    return gps


@pytest.mark.parametrize(("cwd", "args"), [("wp-content", ["../site.xml", "uploads"]),
                                           ("wp-content/uploads", ["../../site.xml", "."]),
                                           ("wp-content/uploads", ["."])])
def test_an_uploads_folder_given_by_a_relative_path_is_already_published(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str, args: list[str]) -> None:
    _blog(tmp_path, tmp_path / "wp-content" / "uploads")
    monkeypatch.chdir(tmp_path / cwd)
    gps = _gps_finding(*args)
    assert "wp-content" not in gps["location"]["path"]  # the path as given names no WordPress
    assert "already published: a WordPress site's upload" in gps["message"]
    assert "Media > Library" in gps["advice"] and "before publishing" not in gps["advice"]


def test_an_uploads_folder_a_post_of_the_export_shows_is_already_published(tmp_path: Path) -> None:
    xml = _blog(tmp_path, tmp_path / "download" / "uploads")  # fetched by FTP: no wp-content above it
    gps = _gps_finding(str(xml), str(tmp_path / "download" / "uploads"))
    assert gps["location"]["record"] == "wp-post-105"
    assert "already published: a WordPress site's upload" in gps["message"]


def test_a_bare_uploads_folder_without_an_export_keeps_the_advice_before_publishing(
        tmp_path: Path) -> None:  # guard
    _photo(tmp_path / "static" / "uploads" / "2025" / "03" / "sunrise.jpg", gps=GPS)  # Hugo's, mfx15b
    gps = _gps_finding(str(tmp_path / "static" / "uploads"))
    assert "already published" not in gps["message"] and "before publishing" in gps["advice"]


def test_check_of_a_draft_under_a_relative_uploads_folder_is_not_published(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # guard
    photo = _photo(tmp_path / "wp-content" / "uploads" / "2025" / "03" / "sunrise.jpg", gps=GPS)
    monkeypatch.chdir(photo.parent)
    report = json.loads(_run("check", "sunrise.jpg", "--format", "json").stdout)
    [gps] = [f for f in report["findings"] if f["rule"] == "META010"]
    assert "already published" not in gps["message"]

"""mta15b: a device named after its owner (walk15 item 3), GPS advice for a photo a blog already
publishes (walk15 item 6), and a factory London backed by a British summer +01:00 (mta15's proposal 3).

Real files: JPEGs written by Pillow with piexif and read back by the exiftool CLI, ExifTool's CanonRaw.cr3
sample from ../shared changed with exiftool; every run goes through the CLI (`meta`, `scan`).
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

from nymaudit.cli import app

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "images" / "exiftool-samples"
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


def _exiftool(path: Path, *args: str) -> dict[str, Any]:
    """Run exiftool with ``args`` (when given) on ``path``, then return its reading of the file."""
    assert EXIFTOOL is not None
    if args:
        subprocess.run([EXIFTOOL, "-q", "-overwrite_original", *args, str(path)], check=True)
    out = subprocess.run([EXIFTOOL, "-j", "-G1", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)[0]


def _photo(path: Path, computer: str | None = None, software: bytes = b"14.5",
           model: bytes = b"iPhone 15 Pro", gps: bool = False, make: bytes = b"Apple",
           exif_ifd: dict[int, Any] | None = None) -> Path:
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: make, piexif.ImageIFD.Model: model,
                              piexif.ImageIFD.Software: software}
    if computer is not None:
        zeroth[piexif.ImageIFD.HostComputer] = computer.encode("utf-8")
    data: dict[str, Any] = {"0th": zeroth, "Exif": exif_ifd or {}}
    if gps:
        data["GPS"] = {piexif.GPSIFD.GPSLatitudeRef: b"N",
                       piexif.GPSIFD.GPSLatitude: ((51, 1), (27, 1), (16, 1)),
                       piexif.GPSIFD.GPSLongitudeRef: b"W",
                       piexif.GPSIFD.GPSLongitude: ((2, 1), (35, 1), (17, 1))}
    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (120, 100, 90)).save(buf, "JPEG", exif=piexif.dump(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


# -- 1. A device named after its owner ------------------------------------------------------------------

OWNED = [("Priya's MacBook Pro", "Priya"), ("Priya\u2019s iPhone", "Priya"), ("Priya-MacBook-Air", "Priya"),
         ("DESKTOP-PRIYA", "Priya"), ("iPhone de María", "María"), ("Johns-iMac.local", "John"),
         ("iPhone von Jonas", "Jonas"), ("PRIYA-PC", "Priya")]


@needs_exiftool
@pytest.mark.parametrize(("computer", "owner"), OWNED)
def test_a_device_named_after_its_owner_names_the_owner(tmp_path: Path, computer: str, owner: str) -> None:
    photo = _photo(tmp_path / "IMG_0001.jpg", computer)
    assert _exiftool(photo)["IFD0:HostComputer"] == computer  # as ExifTool reads it
    [entry] = _meta(photo)
    [named] = _rules(entry, "META012")
    assert named["clue"]["kind"] == "identity" and named["clue"]["value"] == owner
    assert named["severity"] == "medium"  # a first name: not the high a full name is
    assert f"«{computer}» (HostComputer)" in named["message"] and f"first name, «{owner}»" in named["message"]
    assert "Settings > General > About > Name" in named["advice"]
    assert "System Settings > General > Sharing" in named["advice"]
    [software] = _rules(entry, "META017")
    # The computer's name is said (it was only "Software version 14.5") and is the clue (was "14.5").
    assert f"the computer it was made or edited on, «{computer}»" in software["message"]
    assert software["clue"]["value"] == computer


def test_a_full_name_in_a_device_name_is_high(tmp_path: Path) -> None:
    [entry] = _meta(_photo(tmp_path / "IMG_0002.jpg", "Priya Shah's iPad", model=b"iPad Air"))
    [named] = _rules(entry, "META012")
    assert named["clue"]["value"] == "Priya Shah" and named["severity"] == "high"
    assert "its owner's name, «Priya Shah»" in named["message"]


@pytest.mark.parametrize("computer", ["iPhone 15 Pro", "MacBook Pro", "Mac mini", "DESKTOP-4F7K2QJ",
                                      "DESKTOP-QWRTZKB", "Office-iMac", "Kids-iPad", "MacBook-Pro-2.local"])
def test_a_device_model_is_no_name(tmp_path: Path, computer: str) -> None:  # guard
    [entry] = _meta(_photo(tmp_path / "IMG_0003.jpg", computer))
    assert _rules(entry, "META012") == []


def test_a_device_owner_beside_an_artist_is_said_in_the_same_finding(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "IMG_0004.jpg", "Priya's iPhone")
    exif = piexif.load(str(photo))
    exif["0th"][piexif.ImageIFD.Artist] = b"Nym Writer"
    buf = io.BytesIO()
    Image.open(photo).save(buf, "JPEG", exif=piexif.dump(exif))
    photo.write_bytes(buf.getvalue())
    [entry] = _meta(photo)
    [named] = _rules(entry, "META012")  # one finding per file and kind of leak
    assert named["clue"]["value"] == "Nym Writer"
    assert "«Priya»" in named["message"] and "HostComputer=Priya's iPhone" in named["evidence"]


@needs_exiftool
def test_the_advised_exiftool_command_removes_the_name(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "IMG_0005.jpg", "Priya's MacBook Pro")
    [entry] = _meta(photo)
    [named] = _rules(entry, "META012")
    command = re.search(r"`(exiftool -HostComputer= [^`]+)`", named["advice"])
    assert command is not None
    args = command.group(1).split()[1:-1]  # the options, without "exiftool" and the example file name
    after = _exiftool(photo, *args)
    assert not any(key.endswith("HostComputer") for key in after)
    [again] = _meta(photo)
    assert _rules(again, "META012") == []


def test_thirty_photos_name_the_owner_in_the_dossier_and_redact_masks_it(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    for i in range(30):
        _photo(photos / f"IMG_{4000 + i}.JPG", "Priya's iPhone", software=b"18.1")
    report = json.loads(_run("scan", str(photos), "-f", "json", "-q").stdout)
    found = {f["rule"]: f for f in report["findings"]}
    said = "names its owner in the name of the device they were made on: «Priya»"
    assert said in found["META012"]["message"]
    assert "«Priya's iPhone» (HostComputer)" in found["META017"]["message"]
    assert "Priya" in json.dumps(report["profile"])
    for fmt in ("json", "markdown", "terminal"):
        masked = _run("scan", str(photos), "-f", fmt, "-q", "--redact").stdout
        assert "META012" in masked and not re.search("priya", masked, re.IGNORECASE), fmt


# -- 2. A photo a blog already publishes -----------------------------------------------------------------

@needs_exiftool
@pytest.mark.parametrize("where", ["site/wp-content/uploads/2024/05/walk.jpg"])  # a bare uploads/: mfx15b
def test_a_wordpress_upload_gets_the_media_library_advice(tmp_path: Path, where: str) -> None:
    photo = _photo(tmp_path / where, gps=True)
    assert "GPS:GPSLatitude" in _exiftool(photo)
    [entry] = _meta(photo)
    [gps] = _rules(entry, "META010")
    assert "already published: a WordPress site's upload" in gps["message"]
    assert "Media > Library" in gps["advice"] and "Delete permanently" in gps["advice"]
    assert "Internet Archive" in gps["advice"] and "before publishing" not in gps["advice"]


@needs_exiftool
def test_a_wordpress_upload_in_a_scan_and_a_ghost_image(tmp_path: Path) -> None:
    _photo(tmp_path / "backup" / "wp-content" / "uploads" / "2024" / "05" / "walk.jpg", gps=True)
    report = json.loads(_run("scan", str(tmp_path / "backup"), "-f", "json", "-q").stdout)
    [gps] = [f for f in report["findings"] if f["rule"] == "META010"]
    assert "Delete permanently" in gps["advice"]
    ghost = _photo(tmp_path / "ghost" / "content" / "images" / "2024" / "05" / "walk_o.jpg", gps=True)
    [entry] = _meta(ghost)
    [gps] = _rules(entry, "META010")
    assert "Ghost site's image" in gps["message"] and "_o original" in gps["advice"]


def test_a_photo_elsewhere_keeps_the_advice_before_publishing(tmp_path: Path) -> None:  # guard
    [entry] = _meta(_photo(tmp_path / "Pictures" / "2024" / "05" / "walk.jpg", gps=True))
    [gps] = _rules(entry, "META010")
    assert gps["advice"].startswith("Remove the position before publishing")
    assert "already published" not in gps["message"]


# -- 3. A factory London backed by a British summer +01:00 ---------------------------------------------

def _canon(tmp_path: Path) -> Path:
    sample = SAMPLES / "CanonRaw.cr3"
    if not sample.is_file():
        pytest.skip("ExifTool's samples are not in ../shared")
    photo = tmp_path / "IMG_0100.CR3"  # an EOS M50 in February, TimeZoneCity London, summer time off
    shutil.copyfile(sample, photo)
    photo.chmod(0o644)
    return photo


def _summer(tmp_path: Path, model: bytes = b"Canon EOS M50") -> Path:
    return _photo(tmp_path / "IMG_0200.JPG", make=b"Canon", model=model, software=b"Firmware 1.0.0",
                  exif_ifd={piexif.ExifIFD.DateTimeOriginal: b"2018:07:14 15:20:00",
                            piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"})


@needs_exiftool
def test_a_factory_london_is_raised_by_the_same_cameras_summer_hour(tmp_path: Path) -> None:
    winter, summer = _canon(tmp_path), _summer(tmp_path)
    assert _exiftool(winter)["Canon:TimeZoneCity"] == "London"
    assert _exiftool(summer)["ExifIFD:OffsetTimeOriginal"] == "+01:00"
    [alone] = _rules(_meta(winter)[0], "META014")
    assert alone["confidence"] == "low"
    entry = next(e for e in _meta(winter, summer) if e["path"].endswith("IMG_0100.CR3"))
    [zone] = _rules(entry, "META014")
    assert zone["confidence"] == "high" and "default nobody chose" not in zone["message"]
    assert "the same device wrote UTC+01:00 in summer" in zone["message"]


@needs_exiftool
def test_a_factory_world_clock_without_an_offset_is_raised_to_medium(tmp_path: Path) -> None:
    winter = _canon(tmp_path)
    after = _exiftool(winter, "-OffsetTime*=")
    assert not any(key.endswith("OffsetTimeOriginal") for key in after)
    entry = next(e for e in _meta(winter, _summer(tmp_path)) if e["path"].endswith("IMG_0100.CR3"))
    [zone] = _rules(entry, "META014")
    assert zone["confidence"] == "medium" and "camera's world clock" in zone["message"]
    assert "the same device wrote UTC+01:00 in summer" in zone["message"]


def test_another_cameras_summer_leaves_the_factory_zone_low(tmp_path: Path) -> None:  # guard
    winter = _canon(tmp_path)
    entries = _meta(winter, _summer(tmp_path, b"Canon EOS R6"))
    entry = next(e for e in entries if e["path"].endswith("IMG_0100.CR3"))
    [zone] = _rules(entry, "META014")
    assert zone["confidence"] == "low" and "default nobody chose" in zone["message"]

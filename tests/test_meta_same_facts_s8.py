"""`scan` of many photos from one camera: one finding per fact the files' metadata state
alike, with the count and the first files (eighth session, 29 November 2026: 300 photos of
one camera gave 601 findings, 300 serial numbers and 300 makes). `check` keeps one finding
a file: its SARIF annotates each draft's own files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import piexif
from PIL import Image
from typer.testing import CliRunner

from nymaudit.cli import app


def _jpeg(serial: str, make: bytes = b"Canon", model: bytes = b"EOS 80D", artist: bytes | None = None,
          latitude: int | None = None) -> bytes:
    zeroth = {piexif.ImageIFD.Make: make, piexif.ImageIFD.Model: model}
    if artist:
        zeroth[piexif.ImageIFD.Artist] = artist
    exif: dict = {"0th": zeroth, "Exif": {piexif.ExifIFD.BodySerialNumber: serial.encode()}}
    if latitude is not None:
        exif["GPS"] = {piexif.GPSIFD.GPSLatitudeRef: b"N",
                       piexif.GPSIFD.GPSLatitude: ((latitude, 1), (0, 1), (0, 1)),
                       piexif.GPSIFD.GPSLongitudeRef: b"W",
                       piexif.GPSIFD.GPSLongitude: ((1, 1), (0, 1), (0, 1))}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 30)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _scan(path: Path, *extra: str) -> dict:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "-q", *extra],
                                env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _rules(report: dict, rule: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == rule]


def test_three_hundred_photos_of_one_camera_give_one_finding_per_fact(tmp_path: Path) -> None:
    archive = tmp_path / "cam300.zip"
    photo = _jpeg("0931204455")
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(300):
            z.writestr(f"photos/IMG_{i:04d}.jpg", photo)
    report = _scan(archive)
    assert sorted(f["rule"] for f in report["findings"]) == ["META011", "META016", "META023"]
    (serial,) = _rules(report, "META011")
    assert serial["message"] == (
        "In 300 files (first: IMG_0000.jpg, IMG_0001.jpg, IMG_0002.jpg, …) the metadata carries the "
        "serial number 0931204455 (SerialNumber), the same in every file the device makes.")
    assert serial["location"]["path"].endswith("!photos/IMG_0000.jpg")
    assert serial["evidence"] == "SerialNumber=0931204455"
    (device,) = _rules(report, "META016")
    assert device["message"].startswith("In 300 files (first: IMG_0000.jpg")
    assert device["message"].endswith("the metadata says which device made them: Canon EOS 80D.")
    # The dossier still counts the 300 files that state each clue.
    counts = {e["value"]: e["findings"] for e in report["profile"]["clues"]["device"]}
    assert counts == {"SerialNumber 0931204455": 300, "Canon EOS 80D": 300}


def test_two_cameras_give_two_findings_and_positions_stay_per_file(tmp_path: Path) -> None:
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(4):
            z.writestr(f"a/IMG_{i}.jpg", _jpeg("0931204455", latitude=50 + i))
        for i in range(2):
            z.writestr(f"b/DSC_{i}.jpg", _jpeg("7730051122", b"NIKON CORPORATION", b"NIKON D750"))
    report = _scan(archive)
    serials = sorted(f["message"][:12] + f["clue"]["value"] for f in _rules(report, "META011"))
    assert serials == ["In 2 files (SerialNumber 7730051122", "In 4 files (SerialNumber 0931204455"]
    models = sorted(f["clue"]["value"] for f in _rules(report, "META016"))
    assert models == ["Canon EOS 80D", "NIKON D750"]
    # Four different positions: four findings, each in its own file's words.
    positions = _rules(report, "META010")
    assert len(positions) == 4 and all(f["message"].startswith("IMG_") for f in positions)


def test_a_single_photo_keeps_its_wording(tmp_path: Path) -> None:
    archive = tmp_path / "one.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("photos/IMG_0000.jpg", _jpeg("0931204455"))
    report = _scan(archive)
    (serial,) = _rules(report, "META011")
    assert serial["message"] == ("IMG_0000.jpg carries a serial number (SerialNumber 0931204455) that "
                                 "is the same in every file the device makes.")
    (device,) = _rules(report, "META016")
    assert device["message"] == "IMG_0000.jpg says which device made it: Canon EOS 80D."
    assert report["profile"]["clues"]["device"][0]["findings"] == 1


def test_redacted_list_of_files_masks_what_the_per_file_form_masked(tmp_path: Path) -> None:
    """The files after the first stand in the message only: a word of their names that the
    metadata says elsewhere (a name in another photo's Artist) stays masked there."""
    archive = tmp_path / "leak.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("p/IMG_0001.jpg", _jpeg("0931204455"))
        z.writestr("p/marie-lefebvre-garden.jpg", _jpeg("0931204455"))
        z.writestr("p/IMG_0003.jpg", _jpeg("5550001111", b"Nikon", b"D750", b"Marie Lefebvre"))
    report = _scan(archive, "--redact")
    (serial,) = [f for f in _rules(report, "META011") if f["message"].startswith("In 2 files")]
    # Every word of a file name inside an input masked since the tenth session (the list as the path).
    assert "***-***-***.jpg" in serial["message"]
    assert "lefebvre" not in json.dumps(report).lower()


def test_check_keeps_one_finding_per_embedded_photo(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "assets").mkdir()
    for name in ("a.jpg", "b.jpg"):
        (tmp_path / "assets" / name).write_bytes(_jpeg("0931204455"))
    (tmp_path / "_drafts").mkdir()
    post = tmp_path / "_drafts" / "d.md"
    post.write_text("---\ntitle: t\n---\nTwo pictures.\n\n![a](/assets/a.jpg)\n\n![b](/assets/b.jpg)\n")
    result = CliRunner().invoke(app, ["check", "--format", "json", "--", str(post)],
                                env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code == 1, result.output
    serials = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "META011"]
    assert sorted(Path(f["location"]["path"]).name for f in serials) == ["a.jpg", "b.jpg"]
    assert all(f["message"].startswith(("a.jpg carries", "b.jpg carries")) for f in serials)

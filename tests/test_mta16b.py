"""Sixteenth session (2026-11-30, mta16b): metadata findings from the red team and the walkthrough.

1. (red16 F7) Device names that name a place, a role, a processor, a use or a fictional figure read
   as their owner (META012): "iPad da Escola" was «Escola», "DESKTOP-RYZEN" «Ryzen», "DESKTOP-HOMEPC"
   «Homepc», "Santa's iPad" «Santa». The word lists (heuristics META012 ``not_owner_words``) now hold
   places, institutions and roles in Spanish, Portuguese, French, Italian and German, hardware words
   and fictional figures, and a word joined from list words ("homepc") names no one.
2. (bas16) A JPEG cut short before its image data was `clean` and passed `check`: at 60 bytes the
   reader's own "IFD runs past the end of the data (truncated file)" was dropped. It is a partial read
   now (META026, which `check` raises to medium). A JPEG cut inside its image data keeps every
   metadata block and reads as before.
3. (walk16 item 14) META025 said "X and Mastodon strip EXIF" under a Meta export: the rule's reason
   is said for every platform, and the finding names the platforms the copies came from.

Photos are written by Pillow with EXIF from piexif (and read back with the exiftool CLI where it is
installed); archives are zips laid out as the platforms write them; runs go through the CLI.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import write_tree
from nymaudit.cli import app
from nymaudit.metadata.core import Field
from nymaudit.metadata.findings import device_owner

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="the exiftool CLI is not installed")


def _run(*args: str, codes: tuple[int, ...] = (0, 1)) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in codes, out.output
    return out


def _meta(*paths: Path) -> list[dict[str, Any]]:
    # Exit 2: nothing in the file could be read (DESIGN.md's code for unreadable input).
    return json.loads(_run("meta", *map(str, paths), "--format", "json", codes=(0, 1, 2)).stdout)["files"]


def _rules(findings: list[dict[str, Any]], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == rule_id]


def _jpeg(computer: str | None = None, gps: bool = False, size: tuple[int, int] = (320, 240)) -> bytes:
    """A real JPEG (Pillow) with EXIF written by piexif: an Apple phone's make and model, a capture
    time with its offset, the device's name and, if asked, a GPS position."""
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 15 Pro",
                              piexif.ImageIFD.Software: b"17.5"}
    if computer is not None:
        zeroth[piexif.ImageIFD.HostComputer] = computer.encode("utf-8")
    exif = {piexif.ExifIFD.DateTimeOriginal: b"2025:06:14 10:00:00",
            piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"}
    where: dict[int, Any] = {}
    if gps:
        where = {piexif.GPSIFD.GPSLatitudeRef: b"N",
                 piexif.GPSIFD.GPSLatitude: ((53, 1), (49, 1), (3900, 100)),
                 piexif.GPSIFD.GPSLongitudeRef: b"W",
                 piexif.GPSIFD.GPSLongitude: ((1, 1), (31, 1), (4900, 100))}
    buf = io.BytesIO()
    Image.new("RGB", size, (120, 90, 60)).save(buf, "JPEG", exif=piexif.dump({"0th": zeroth, "Exif": exif,
                                                                               "GPS": where}))
    return buf.getvalue()


def _owner(computer: str) -> str | None:
    owner = device_owner([Field("software", "HostComputer", computer)])
    return owner.name if owner is not None else None


# -- 1. Device names that name no one ------------------------------------------------------------------

RED16_F7 = ["iPad de Recepción", "iPad da Escola", "MacBook Pro de Travail", "DESKTOP-RYZEN",
            "DESKTOP-HOMEPC", "Santa's iPad"]
# The class, not the six strings: places, institutions and roles after de/da/di/von in five languages,
# a PC named after its parts or its use, words run together, and fictional figures.
PLACES_AND_ROLES = ["iPad da Secretaria", "iPhone do Escritório", "iPad de la Universidad",
                    "iPad de Consulta", "iPad de Recepção", "MacBook de Direction", "iPad de Accueil",
                    "iPad di Segreteria", "iPad della Scuola", "iPad von Empfang", "MacBook von Praxis",
                    "iPad von Kita", "iPad da Biblioteca", "iPad do Professor", "iPad du Lycée",
                    "iPad de Médecin", "iMac de Laboratorio", "iPad do Pai", "Reception-iPad", "Guest-iPad",
                    "Hospital-iMac-2", "Board Room's iPad", "iPad von Krankenhaus"]
HARDWARE_AND_USES = ["DESKTOP-RYZEN", "DESKTOP-THREADRIPPER", "LAPTOP-NVIDIA", "DESKTOP-GAMINGRIG",
                     "DESKTOP-OFFICEPC", "DESKTOP-MEDIAPC", "WORKPC-PC", "DESKTOP-STREAMPC", "HOMEMAC-PC"]
FIGURES = ["Santa's iPad", "Batman's iPad", "Pikachu's iPhone", "iPad de Papá Noel", "Peppa's iPad",
           "iPad de Père Noël", "Gandalf-MacBook-Pro"]


@pytest.mark.parametrize("computer", RED16_F7 + PLACES_AND_ROLES + HARDWARE_AND_USES + FIGURES)
def test_a_device_named_after_a_place_a_part_or_a_figure_names_no_one(computer: str) -> None:
    assert _owner(computer) is None


# Owners whose names sit beside the new words: given names that are also figures' or words' (Mario,
# Elsa, Noel, Claus), names a list word starts ("Maxwell", "Tilly", "Homer") and a surname after one.
OWNERS = [("iPad von Claus", "Claus"), ("Noel's iPad", "Noel"), ("DESKTOP-MARIO", "Mario"),
          ("iPhone de Elsa", "Elsa"), ("Maxwell's MacBook Pro", "Maxwell"), ("Tilly's iPhone", "Tilly"),
          ("DESKTOP-HOMER", "Homer"), ("iPhone da Beatriz", "Beatriz"), ("iPad di Natale", "Natale"),
          ("iPhone de María", "María"), ("DESKTOP-MICHAEL", "Michael"), ("JOHN-PC", "John"),
          ("Priya-MacBook-Air", "Priya"), ("iPhone de João dos Santos", "João dos Santos")]


@pytest.mark.parametrize(("computer", "name"), OWNERS)
def test_a_device_named_after_its_owner_still_names_them(computer: str, name: str) -> None:  # guard
    assert _owner(computer) == name


def test_check_of_photos_from_a_school_and_a_gaming_pc_names_no_owner(tmp_path: Path) -> None:
    photos = []
    for i, computer in enumerate(["iPad da Escola", "DESKTOP-RYZEN", "DESKTOP-HOMEPC", "Santa's iPad"]):
        photo = tmp_path / f"IMG_{i}.jpg"
        photo.write_bytes(_jpeg(computer))
        photos.append(str(photo))
    report = json.loads(_run("check", "--format", "json", *photos).stdout)
    assert _rules(report["findings"], "META012") == []
    assert "identity" not in report["profile"]["clues"]
    # The device's name is still said (META017), only not as a person's.
    assert any("HostComputer=iPad da Escola" in f["evidence"] for f in report["findings"])


@needs_exiftool
def test_a_photo_from_a_school_ipad_as_exiftool_reads_it_names_no_one(tmp_path: Path) -> None:
    photo = tmp_path / "IMG_1.jpg"
    photo.write_bytes(_jpeg("iPad da Escola"))
    read = json.loads(subprocess.run([str(EXIFTOOL), "-j", "-G1", str(photo)], capture_output=True,
                                     text=True, check=True).stdout)[0]
    assert read["IFD0:HostComputer"] == "iPad da Escola"
    [entry] = _meta(photo)
    assert _rules(entry["findings"], "META012") == []


# -- 2. A JPEG cut short before its image data ---------------------------------------------------------

@pytest.mark.parametrize("keep", [20, 60, 200])
def test_a_jpeg_cut_among_its_metadata_is_not_clean(tmp_path: Path, keep: int) -> None:
    whole = _jpeg("Priya's iPhone", gps=True)
    assert whole.index(b"\xff\xda") > 400  # the EXIF block is longer than the cut
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[:keep])
    [entry] = _meta(cut)
    assert entry["status"] != "clean" and "truncated" in entry["error"]
    out = _run("check", "--format", "json", str(cut))
    assert out.exit_code == 1
    [unread] = _rules(json.loads(out.stdout)["findings"], "META026")
    assert unread["severity"] == "medium" and "only partly checked" in unread["message"]
    assert "truncated" in unread["message"]


def test_the_reader_says_the_ifd_it_could_not_finish(tmp_path: Path) -> None:
    # bas16's 60 bytes: the EXIF block's first directory is cut; its error stays in the report.
    cut = tmp_path / "cut60.jpg"
    cut.write_bytes(_jpeg()[:60])
    [entry] = _meta(cut)
    assert "IFD runs past the end of the data (truncated file)" in entry["error"]
    assert "partial result" in entry["error"]


def test_a_jpeg_cut_inside_its_image_data_reads_as_before(tmp_path: Path) -> None:  # guard
    whole = _jpeg(gps=True, size=(1200, 900))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: whole.index(b"\xff\xda") + 2000])  # every metadata block, part of the image
    [entry] = _meta(cut)
    assert entry["status"] == "identifying" and entry["error"] is None
    report = json.loads(_run("check", "--format", "json", str(cut)).stdout)
    assert _rules(report["findings"], "META026") == [] and _rules(report["findings"], "META010")


def test_a_whole_jpeg_without_metadata_is_clean(tmp_path: Path) -> None:  # guard
    photo = tmp_path / "plain.jpg"
    Image.new("RGB", (64, 48), (10, 20, 30)).save(photo, "JPEG")
    [entry] = _meta(photo)
    assert entry["status"] == "clean" and entry["error"] is None
    assert _run("check", "--format", "json", str(photo)).exit_code == 0


# -- 3. META025 names the platform the copies came from ---------------------------------------------------

FB = "your_facebook_activity/"


def _stripped_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (96, 64), (200, 180, 160)).save(buf, "JPEG")  # Meta's copy: re-encoded, no EXIF
    return buf.getvalue()


def _facebook_export(tmp_path: Path) -> Path:
    kept = {"exif_data": [{"latitude": 53.8275, "longitude": -1.5297}]}  # Meta's copy of the EXIF position
    photo = {"uri": FB + "posts/media/Mobileuploads/a.jpg", "creation_timestamp": 1741300000,
             "media_metadata": {"photo_metadata": kept}}
    posts = [{"timestamp": 1741300000 + k * 86400, "data": [{"post": f"Evening {k}"}]} for k in range(3)]
    posts.append({"timestamp": 1741600000, "data": [{"post": "New flat!"}],
                  "attachments": [{"data": [{"media": photo}]}]})
    files = {FB + "posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
             FB + "posts/media/Mobileuploads/a.jpg": _stripped_jpeg()}
    return write_tree(tmp_path / "facebook-nym-2026-11-30.zip", files, zip=True)


def test_a_meta_export_is_not_said_to_be_x_or_mastodon(tmp_path: Path) -> None:
    archive = _facebook_export(tmp_path)
    report = json.loads(_run("scan", str(archive), "--format", "json", "-q").stdout)
    [copies] = _rules(report["findings"], "META025")
    assert "a copy the platform re-encoded (Facebook)" in copies["message"]
    assert "For those, Facebook removed what they would have said" in copies["message"]
    assert "exif_data" in copies["message"] and "X" not in copies["message"].split()
    # The reason every format prints is true of any platform: no "X and Mastodon" under a Meta export.
    markdown = _run("scan", str(archive), "--format", "markdown", "-q").stdout
    assert "META025" in markdown and "X and Mastodon" not in markdown
    assert "Social platforms re-encode the images you upload" in markdown


def test_meta025_wording_by_platform_is_redact_safe(tmp_path: Path) -> None:
    archive = _facebook_export(tmp_path)
    report = json.loads(_run("scan", str(archive), "--format", "json", "-q", "--redact").stdout)
    [copies] = _rules(report["findings"], "META025")
    assert copies["message"].startswith("1 of 1 attachments is a copy the platform re-encoded (Facebook)")

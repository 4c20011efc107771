"""Fourteenth session (2026-11-30, mfx14): geotags, exiftool advice, a camera clock set to UTC.

1. META001 told a group of posts within ~1 km by its first post: a photo's bare coordinates
   posted a day before a Facebook check-in hid the check-in's hospital, street and postcode.
2. Every exiftool command in the advice writes in place (`-overwrite_original`): without it
   ExifTool leaves `photo.jpg_original`, GPS and all, beside the stripped photo.
3. A photo stating +00:00 alone (a camera set to UTC, as TIME009 advises) is META014 info and
   passes `check`; +00:00 in winter beside +01:00 in summer from the same camera is a local
   clock and keeps the rule's severity.
4. META029's advice covers the hidden parts (hidden rows and columns, slides, Word hidden text).
5. META012's advice under a photo starts with the photo's steps; a contact card gets card advice.

Inputs are real Facebook export layouts, photos written by Pillow with EXIF from piexif, a
contact card and a python-docx document, run through the CLI; the advice's commands are run
with the real exiftool.
"""

from __future__ import annotations

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

from archive_builders import write_tree
from nymaudit.cli import app
from nymaudit.rules import load_file

FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
CHECK_IN_TIME = 1754723100  # 2025-08-09 07:05 UTC


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out


def _json(*args: str) -> dict[str, Any]:
    return json.loads(_run(*args, "--format", "json").stdout)


def _check_in(name: str, address: str, lat: float, lon: float, when: int) -> dict[str, Any]:
    return {"timestamp": when, "data": [{"post": "Home time"}], "attachments": [{"data": [{"place": {
        "name": name, "address": address, "coordinate": {"latitude": lat, "longitude": lon}}}]}]}


def _photo_post(lat: float, lon: float, when: int) -> dict[str, Any]:
    media = {"uri": "your_facebook_activity/posts/media/x/1_n.jpg", "creation_timestamp": when,
             "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": lat, "longitude": lon}]}}}
    return {"timestamp": when, "data": [{"post": "Coffee"}], "attachments": [{"data": [{"media": media}]}]}


def _facebook(tmp_path: Path, posts: list[dict[str, Any]]) -> Path:
    return write_tree(tmp_path / "facebook.zip", {FB_POSTS: json.dumps(posts)}, zip=True)


# -- 1. a check-in's name in a group of nearby geotags --------------------------------------------

def test_check_in_name_survives_a_photo_geotag_twenty_metres_away(tmp_path: Path) -> None:
    hospital = _check_in("St James's University Hospital", "Beckett Street, Leeds LS9 7TF",
                         53.8068, -1.5203, CHECK_IN_TIME)
    archive = _facebook(tmp_path, [_photo_post(53.8069, -1.5201, CHECK_IN_TIME - 86400), hospital])
    [geo] = [f for f in _json("scan", str(archive))["findings"] if f["rule"] == "META001"]
    assert geo["message"].startswith("2 posts carry") and "1 of them names the place" in geo["message"]
    assert geo["clue"]["value"] == "St James's University Hospital, Beckett Street, Leeds LS9 7TF"
    assert geo["evidence"].startswith("53.80680, -1.52030 — St James's University Hospital, Beckett Street")
    assert geo["location"]["record"].endswith("#1")  # the check-in, not the photo
    # The names are masked with the rest of the evidence: the report is not the leak.
    redacted = _run("scan", str(archive), "--redact", "--format", "json").stdout
    for word in ("Hospital", "Beckett", "LS9", "Leeds"):
        assert word not in redacted, word


def test_two_named_places_in_one_cell_are_both_named(tmp_path: Path) -> None:
    posts = [_check_in("Leeds General Infirmary", "Great George Street, Leeds LS1 3EX", 53.8017, -1.5521,
                       CHECK_IN_TIME + k * 86400) for k in range(2)]
    posts.append(_check_in("Jubilee Wing Café", "Leeds LS1 3EX", 53.8019, -1.5519, CHECK_IN_TIME + 5 * 86400))
    archive = _facebook(tmp_path, posts)
    [geo] = [f for f in _json("scan", str(archive))["findings"] if f["rule"] == "META001"]
    assert geo["message"].startswith("3 posts carry") and "(2 different names)" in geo["message"]
    assert geo["clue"]["value"].startswith("Leeds General Infirmary")  # the name most posts give
    assert "also named: Jubilee Wing Café" in geo["evidence"]
    assert "Jubilee" not in geo["message"] and "Infirmary" not in geo["message"]


# -- 2. exiftool commands in the advice ---------------------------------------------------------------

def _advice_texts() -> list[str]:
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                if key not in ("examples", "match", "no_match", "why", "finds"):
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    # Every heuristics file: TIME009's advice in timing.toml advised `exiftool -all=` too (rev14b 8).
    for name in sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "heuristics").glob("*.toml")):
        walk(load_file(name))
    return texts


def _write_commands() -> list[str]:
    """The exiftool commands the advice tells the user to run that write a file (an "=" in
    them), leaving out those quoted to say what they fail at or undo ("`exiftool -all=` only
    appends an update that `exiftool -PDF-update:all=` undoes")."""
    found: dict[str, None] = {}
    for text in _advice_texts():
        for match in re.finditer(r"`(exiftool [^`]*=[^`]*)`( only| undoes)?", text):
            if not match.group(2):
                found[match.group(1)] = None
    return list(found)


def test_every_exiftool_command_in_the_advice_writes_in_place() -> None:
    commands = _write_commands()
    assert len(commands) >= 8, commands
    assert [c for c in commands if "-overwrite_original" not in c.split()] == []


def _gps_photo(path: Path) -> Path:
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((53, 1), (48, 1), (2448, 100)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((1, 1), (31, 1), (1308, 100))}
    exif = {"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7",
                    piexif.ImageIFD.Artist: b"Jane Example"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:07:28 08:14:02",
                     piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"},
            "GPS": gps}
    Image.new("RGB", (64, 48), (200, 80, 40)).save(path, "JPEG", exif=piexif.dump(exif))
    return path


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_each_advised_exiftool_command_leaves_no_copy_and_the_gps_ones_remove_it(tmp_path: Path) -> None:
    for number, command in enumerate(_write_commands()):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        photo = _gps_photo(folder / "photo.jpg")
        words = command.split()
        if words[-1] in ("photo.jpg", "file.jpg", "file"):
            words = words[:-1]
        done = subprocess.run([*words, str(photo)], capture_output=True, text=True, cwd=folder)
        assert done.returncode == 0, (command, done.stderr)
        assert sorted(p.name for p in folder.iterdir()) == ["photo.jpg"], command
        if "-gps:all=" in words or "-all=" in words:
            left = subprocess.run(["exiftool", "-n", "-GPSLatitude", "-GPSLongitude", str(photo)],
                                  capture_output=True, text=True)
            assert left.stdout.strip() == "", (command, left.stdout)
            meta = _json("meta", str(photo))
            assert not [f for f in meta["files"][0]["findings"] if f["rule"] == "META010"], command


# -- 3. a camera clock set to UTC --------------------------------------------------------------------

def _timed_photo(path: Path, when: bytes, offset: bytes, model: bytes = b"Pixel 7") -> Path:
    exif = {"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: model},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: when, piexif.ExifIFD.OffsetTimeOriginal: offset}}
    Image.new("RGB", (50, 50)).save(path, "JPEG", exif=piexif.dump(exif))
    return path


def _check(*paths: Path) -> tuple[int, list[dict[str, Any]]]:
    out = _run("check", *map(str, paths), "--format", "json")
    return out.exit_code, [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "META014"]


def test_a_photo_from_a_camera_set_to_utc_passes_check(tmp_path: Path) -> None:
    photo = tmp_path / "utc_only.jpg"
    exif = {"Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:07:28 08:14:02",
                     piexif.ExifIFD.OffsetTimeOriginal: b"+00:00"}}
    Image.new("RGB", (50, 50)).save(photo, "JPEG", exif=piexif.dump(exif))
    code, [zone] = _check(photo)
    assert code == 0 and zone["severity"] == "info"
    assert "says little" in zone["message"] and "Nothing to change" in zone["advice"]


def test_a_photo_at_plus_one_still_fails_check(tmp_path: Path) -> None:  # guard
    code, [zone] = _check(_timed_photo(tmp_path / "bst.jpg", b"2026:07:28 08:14:02", b"+01:00"))
    assert code == 1 and zone["severity"] == "medium"


def test_utc_in_winter_beside_plus_one_in_summer_from_one_camera_is_a_local_clock(tmp_path: Path) -> None:
    winter = _timed_photo(tmp_path / "january.jpg", b"2026:01:14 08:14:02", b"+00:00")
    summer = _timed_photo(tmp_path / "july.jpg", b"2026:07:28 08:14:02", b"+01:00")
    code, zones = _check(winter, summer)
    [january] = [z for z in zones if z["location"]["path"].endswith("january.jpg")]
    assert code == 1 and january["severity"] == "medium"
    assert "same device wrote UTC+01:00 in summer" in january["message"]
    # Another camera's summer photo says nothing about this one's clock.
    other = _timed_photo(tmp_path / "other.jpg", b"2026:07:28 08:14:02", b"+01:00", model=b"iPhone 15")
    _code, zones = _check(winter, other)
    assert [z["severity"] for z in zones if z["location"]["path"].endswith("january.jpg")] == ["info"]


# -- 4 and 5. advice per kind of file ----------------------------------------------------------------

def test_word_hidden_text_gets_the_inspect_document_step_for_hidden_text(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph("Minutes of the residents' meeting. ")
    paragraph.add_run("Note to self: ask Mark before publishing").font.hidden = True
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    [hidden] = [f for f in _json("meta", str(path))["files"][0]["findings"] if f["rule"] == "META029"]
    assert "'Hidden Text'" in hidden["advice"] and "slide sorter" in hidden["advice"]


def test_a_photo_s_person_advice_starts_with_the_photo_steps(tmp_path: Path) -> None:
    photo = _gps_photo(tmp_path / "photo.jpg")
    [person] = [f for f in _json("meta", str(photo))["files"][0]["findings"] if f["rule"] == "META012"]
    first = person["advice"].split(". ")[:2]
    assert "exiftool" in " ".join(first) and "Word" not in " ".join(first), person["advice"]


def test_a_contact_card_gets_card_advice_not_document_properties(tmp_path: Path) -> None:
    card = tmp_path / "contact.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Example\r\nN:Example;Jane;;;\r\n"
                    "ORG:Leeds Teaching Hospitals NHS Trust\r\nTEL;TYPE=CELL:+44 7700 900461\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    found = {f["rule"]: f for f in _json("meta", str(card))["files"][0]["findings"]}
    assert "META020" in found and "META012" in found, sorted(found)
    for rule_id in ("META012", "META020"):
        advice = found[rule_id]["advice"]
        assert "contact card" in advice and "Inspect Document" not in advice and "Properties" not in advice


def test_utc_beside_a_zone_name_keeps_the_rule_s_severity() -> None:
    # No reader of a real format writes both today (a calendar's zone has no offset beside it):
    # the rule's own example syntax builds the fields, and file_findings judges them.
    from nymaudit.metadata.findings import file_findings, parse_example

    alone, _ = parse_example("time:OffsetTimeOriginal=+00:00")
    named, _ = parse_example("time:OffsetTimeOriginal=+00:00 | time:TimeZone=Europe/London")
    [bare] = [f for f in file_findings(alone, "a.jpg") if f.rule == "META014"]
    [zoned] = [f for f in file_findings(named, "b.jpg") if f.rule == "META014"]
    assert (bare.severity.name, zoned.severity.name) == ("INFO", "MEDIUM")

"""Fourteenth session (30 November 2026), task plc14d: review fixes for the places commits
(rev14a items 3, 6, 8, 9).

1. A country word settles which namesake a name means only where it says where the writer is
   ("in England", "all over England", "living in England"), never as a team, an opponent or a
   destination ("England lost again", "flying to England"): "Back in Newcastle, beach was perfect.
   England lost again" was Newcastle upon Tyne, high severity (text.places.states_country).
2. A Credit or Source field alone is no picture agency's: "Credit=Rowan Ashby" beside the same
   Copyright (as Lightroom writes it) dropped the writer's own photos (detectors.places._stock_files).
3. A UK postcode states the country of the UK its area lies in (NE: England, BT: Northern Ireland;
   text.places.postcode_region), and a name left open between namesakes of one country is labelled
   with the country alone, as its message says ("Newcastle (GB)").
4. A short name written in capitals that is not the place's own name is kept as written: "NYC", not
   "Nyc" (detectors.places._written).

Blogs are real Jekyll folders (front matter, posts, JPEGs made with Pillow and tagged with the
exiftool CLI) scanned through the CLI (JSON report).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import places

NEWCASTLE_NSW = (-32.93, 151.78)


def blog(root: Path, bodies: list[str], images: list[bytes] | None = None) -> Path:
    """A Jekyll blog: one post per body, each with its image (if any) attached."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Field Notes\n", encoding="utf-8")
    if images:
        (root / "assets").mkdir()
    for i, body in enumerate(bodies, 1):
        text = f"---\ntitle: day {i}\ndate: 2025-03-{i:02d} 19:00:00 +0000\n---\n{body}\n"
        if images:
            (root / "assets" / f"p{i}.jpg").write_bytes(images[i - 1])
            text += f"\n![harbour](/assets/p{i}.jpg)\n"
        (root / "_posts" / f"2025-03-{i:02d}-d.md").write_text(text, encoding="utf-8")
    return root


def scan(root: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["scan", str(root), "--format", "json"], env={"NO_COLOR": "1"},
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def place_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] in ("PLACE001", "PLACE002")]


def repeated(body: str, n: int = 6) -> list[str]:
    return [body] * n


# --- item 1: a country word as a team or a destination states nothing -----------------------------

@pytest.mark.parametrize("body", [
    "Back in Newcastle today, beach was perfect. England lost again, ha.",
    "Back in Newcastle today, beach was perfect. Flying to England next week for the wedding.",
    "Back in Newcastle today, beach was perfect. We beat England at last!",
])
def test_a_team_or_destination_country_word_leaves_newcastle_open(tmp_path: Path, body: str) -> None:
    found = place_findings(scan(blog(tmp_path / "b", repeated(body))))
    assert found, found
    for f in found:
        assert "Newcastle upon Tyne" not in f["message"], f["message"]
        assert "nothing else the account names settles" in f["message"], f["message"]
        assert f["confidence"] != "high"


def test_a_location_phrase_still_settles_which_newcastle(tmp_path: Path) -> None:
    """Guard: 'in England' says where the writer is."""
    found = place_findings(scan(blog(tmp_path / "b", repeated(
        "Back in Newcastle today, grey skies. Coldest week in England for years."))))
    assert found and all("Newcastle (Newcastle upon Tyne, England, GB)" in f["message"] for f in found), found


@pytest.mark.parametrize(("text", "states"), [
    ("Coldest week in England for years.", True),
    ("Grey skies all over England this week.", True),
    ("Rain across England today.", True),
    ("Rain in the north of England today.", True),
    ("Nice to be here in Scotland.", True),
    ("Living in England now.", True),
    ("back in england today", True),
    ("England lost again, ha.", False),
    ("We beat England at last!", False),
    ("Flying to England next week.", False),
    ("My mate is moving to Scotland next month.", False),
    ("I love England.", False),
    ("Town and Country Planning (England) Order 2015", False),
])
def test_which_country_words_say_where_the_writer_is(text: str, states: bool) -> None:
    found = [m for m in places.mentions(text) if m.kind in ("country", "region")]
    assert len(found) == 1, found
    assert places.states_country(text, found[0]) is states


# --- item 2: the photographer's own Credit --------------------------------------------------------

def tagged_jpeg(tmp_path: Path, tags: list[str]) -> bytes:
    """A JPEG made with Pillow, GPS-tagged in Newcastle, New South Wales with the exiftool CLI
    (as a camera and Lightroom write it), with the extra ``tags`` ("-IPTC:Credit=...")."""
    from PIL import Image

    path = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), (90, 120, 200)).save(path, "JPEG")
    lat, lon = NEWCASTLE_NSW
    subprocess.run(["exiftool", "-q", "-overwrite_original", f"-GPSLatitude={abs(lat)}", "-GPSLatitudeRef=S",
                    f"-GPSLongitude={lon}", "-GPSLongitudeRef=E", *tags, str(path)], check=True)
    data = path.read_bytes()
    path.unlink()
    return data


needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool CLI missing")
HARBOUR = "Back in Newcastle tonight, walked the harbour."


@needs_exiftool
def test_the_photographers_own_credit_keeps_their_photos(tmp_path: Path) -> None:
    image = tagged_jpeg(tmp_path, ["-Copyright=(c) Rowan Ashby", "-IPTC:Credit=Rowan Ashby",
                                   "-XMP-photoshop:Credit=Rowan Ashby"])
    found = place_findings(scan(blog(tmp_path / "b", repeated(HARBOUR, 8), [image] * 8)))
    assert found and all("Newcastle (New South Wales, AU)" in f["message"] for f in found), found
    assert all("photos are geotagged in New South Wales" in f["message"] for f in found), found


@needs_exiftool
def test_an_agency_credit_still_drops_the_photos(tmp_path: Path) -> None:
    """Guard: a Credit naming a picture agency is someone else's picture."""
    image = tagged_jpeg(tmp_path, ["-IPTC:Credit=Getty Images", "-XMP-photoshop:Credit=Getty Images"])
    found = place_findings(scan(blog(tmp_path / "b", repeated(HARBOUR, 8), [image] * 8)))
    assert found and not any("geotagged" in f["message"] for f in found), found
    assert all("nothing else the account names settles" in f["message"] for f in found), found


# --- item 3: a postcode's country of the UK -------------------------------------------------------

@pytest.mark.parametrize(("code", "region"), [
    ("NE2 2AA", "ENG"), ("BT33 0AA", "NIR"), ("EH1 1YZ", "SCT"), ("G1", "SCT"), ("cf10 1aa", "WLS"),
    ("W1A 1AA", "ENG"), ("SY1 1AA", None), ("TD15", None), ("XX1 1AA", None),
])
def test_a_postcode_area_gives_its_country_of_the_uk(code: str, region: str | None) -> None:
    assert places.postcode_region(code) == region


def test_an_ne_postcode_settles_newcastle_upon_tyne(tmp_path: Path) -> None:
    found = place_findings(scan(blog(tmp_path / "b", repeated(
        "Back in Newcastle again tonight, the quayside was packed. Walked out to Jesmond after. NE2 2AA."))))
    assert found, found
    for f in found:
        assert "Newcastle (Newcastle upon Tyne, England, GB)" in f["message"], f["message"]
        assert "Northern Ireland" not in f["message"] and "nothing else" not in f["message"], f["message"]


def test_a_bt_postcode_settles_newcastle_county_down(tmp_path: Path) -> None:
    found = place_findings(scan(blog(tmp_path / "b", repeated(
        "Back in Newcastle again tonight, walked along the harbour. Post to 12 Main Street, BT33 0AA."))))
    assert found and all("Newcastle (Northern Ireland, GB)" in f["message"] for f in found), found
    assert not any("Tyne" in f["message"] for f in found), found


def test_a_name_open_within_one_country_is_labelled_with_the_country(tmp_path: Path) -> None:
    """'the United Kingdom' says GB, not which Newcastle in it: the label names no one of them."""
    found = place_findings(scan(blog(tmp_path / "b", repeated(
        "Back in Newcastle again tonight, the quayside was packed. Raining all over the United Kingdom."))))
    assert found, found
    for f in found:
        assert "Newcastle (GB)" in f["message"] and "Tyne" not in f["message"], f["message"]
        assert "England (GB) and Northern Ireland (GB), and nothing else" in f["message"], f["message"]
        assert f["clue"]["value"] == "Newcastle (GB)", f


# --- item 4: capitals kept ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "written"), [
    ("Back home in NYC after a week. Grey skies all day.", "NYC"),
    ("Back home in LA after a week. Sunny all day.", "LA"),
])
def test_a_written_abbreviation_keeps_its_capitals(tmp_path: Path, body: str, written: str) -> None:
    found = place_findings(scan(blog(tmp_path / "b", repeated(body))))
    assert found, found
    assert all(f["clue"]["value"].startswith(f"{written} (") for f in found), [f["clue"] for f in found]


def test_a_name_shouted_in_capitals_is_written_as_a_name(tmp_path: Path) -> None:
    """Guard: 'LEEDS' in capitals is the place's own name: 'Leeds'."""
    body = "BACK HOME IN LEEDS AFTER A WEEK, GREY SKIES."
    found = place_findings(scan(blog(tmp_path / "b", repeated(body))))
    assert found and all(f["clue"]["value"].startswith("Leeds") for f in found), [f["clue"] for f in found]

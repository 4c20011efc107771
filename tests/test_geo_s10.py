"""Tenth session (29 November 2026), walkthrough 10 papercuts (geo10).

1. Near-identical GPS positions were one dossier clue each: ten photos taken at home, within
   about 30 m, made ten location rows (17 rows for 3 places). Positions within 150 m of a
   place's first reading are now one clue, with its count, its readings and its files; the
   findings (META010 per file) are unchanged.
2. `meta` printed a group finding (META023 "8 files share serial number ...") in full under
   each of its files: now once, under the first, the others pointing to it.
3. The scan dossier's title folded ("What an investigator could write" / "down") when the
   table was narrow, at any width.

The photos are built as a phone writes them (EXIF GPS and body serial, piexif and Pillow), in
a Google Photos Takeout folder.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.profile import build_profile

HOME = (51.46712, -2.60118)
WORK = (51.45230, -2.59760)
# 222 m north of WORK: another place in the same street grid, kept apart.
SHOP = (51.45430, -2.59760)
ALBUM = "Takeout/Google Photos/Photos from 2025"
COORD = re.compile(r"\d+\.\d{4,}")


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 10000)
    return (degrees, 1), (minutes, 1), (seconds, 10000)


def phone_jpeg(lat: float, lon: float, serial: str = "29041JEHN07412") -> bytes:
    """A phone photo: make, model, body serial and GPS position in EXIF."""
    import piexif
    from PIL import Image

    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7a"},
        "Exif": {piexif.ExifIFD.BodySerialNumber: serial.encode()},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S", piexif.GPSIFD.GPSLatitude: _dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W", piexif.GPSIFD.GPSLongitude: _dms(lon),
        },
        "1st": {}, "thumbnail": None,
    })
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def jitter(base: tuple[float, float], n: int, metres: float) -> list[tuple[float, float]]:
    """``n`` readings around ``base``, each within ``metres`` (a phone's GPS at one place)."""
    out = []
    for i in range(n):
        angle = 2 * math.pi * i / n
        r = metres * (0.3 + 0.7 * ((i * 7) % n) / n)
        out.append((base[0] + r * math.cos(angle) / 111_200,
                    base[1] + r * math.sin(angle) / (111_200 * math.cos(math.radians(base[0])))))
    return out


def takeout(root: Path) -> Path:
    """10 photos at home (within 30 m), 3 at work (within 20 m), 2 at a shop 222 m from work."""
    folder = root / ALBUM
    folder.mkdir(parents=True)
    positions = jitter(HOME, 10, 30) + jitter(WORK, 3, 20) + [SHOP, (SHOP[0], SHOP[1] + 0.00005)]
    for i, (lat, lon) in enumerate(positions):
        (folder / f"PXL_202506{i + 1:02d}_162000123.jpg").write_bytes(phone_jpeg(lat, lon))
    return root / "Takeout"


def run(*args: str, cwd: Path, columns: int | None = None) -> Any:
    old = Path.cwd()
    os.chdir(cwd)
    env = {"NO_COLOR": "1"} | ({"COLUMNS": str(columns)} if columns else {})
    try:
        return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    finally:
        os.chdir(old)


def scan_json(cwd: Path, *extra: str) -> dict[str, Any]:
    result = run("scan", "Takeout", "--format", "json", *extra, cwd=cwd)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine, the test's own."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


def _group_positions(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from nymaudit.profile import _group_positions as group  # new in the tenth session

    return group(entries)


def _pos(value: str) -> tuple[float, float]:
    lat, lon = value.split(" (")[0].split(", ")
    return float(lat), float(lon)


# --- item 1: one clue per place --------------------------------------------------------------

def test_positions_of_one_place_are_one_dossier_clue(tmp_path: Path) -> None:
    takeout(tmp_path)
    doc = scan_json(tmp_path)
    # The findings are as before: one META010 per photo.
    assert sum(f["rule"] == "META010" for f in doc["findings"]) == 15
    places = [e for e in doc["profile"]["clues"]["location"] if "positions" in e]
    assert [(e["findings"], e["positions"]) for e in places] == [(10, 10), (3, 3), (2, 2)], places
    home, work, shop = places
    assert _metres(_pos(home["value"]), HOME) < 30 and home["radius_m"] <= 60
    assert _metres(_pos(work["value"]), WORK) < 20
    assert _metres(_pos(shop["value"]), SHOP) < 10 and _metres(_pos(shop["value"]), WORK) > 200
    # The place is shown as one of its readings (a position a file holds, as the findings say).
    readings = {f["clue"]["value"] for f in doc["findings"] if f["rule"] == "META010"}
    assert {e["value"] for e in places} <= readings
    assert home["files_total"] == 10 and len(home["files"]) == 10
    assert all(p.startswith(ALBUM + "/PXL_") for p in home["files"])
    assert home["rules"] == ["META010"] and home["severity"] == "critical"


def test_redacted_places_mask_positions_and_files_as_the_findings_do(tmp_path: Path) -> None:
    takeout(tmp_path)
    doc = scan_json(tmp_path, "--redact")
    places = doc["profile"]["clues"]["location"]
    assert [e["positions"] for e in places] == [10, 3, 2]
    text = json.dumps(doc["profile"])
    assert not COORD.search(text) and "Bristol" not in text and "20250601" not in text
    finding_paths = {f["location"]["path"] for f in doc["findings"]}
    assert all(p in finding_paths for e in places for p in e["files"]), (places, finding_paths)
    for fmt in ("terminal", "markdown", "html"):
        out = run("scan", "Takeout", "--format", fmt, "--redact", cwd=tmp_path).stdout
        assert not COORD.search(out) and "Bristol" not in out, fmt


def test_terminal_and_html_dossiers_list_each_place_once(tmp_path: Path) -> None:
    takeout(tmp_path)
    out = run("scan", "Takeout", cwd=tmp_path, columns=200).stdout
    row = next(line for line in out.splitlines() if line.strip().startswith("location"))
    assert row.count("51.4") == 3, row
    assert re.search(r"\(x10, 10 positions within \d+ m\)", row), row
    html = run("scan", "Takeout", "--format", "html", cwd=tmp_path).stdout
    profile = html[html.index("<h2>Profile</h2>"):html.index("</section>", html.index("<h2>Profile</h2>"))]
    assert profile.count("near Bristol") == 3, profile


def _entries(*values: tuple[str, int]) -> dict[str, dict[str, Any]]:
    from nymaudit.model import Severity

    return {v.casefold(): {"value": v, "findings": n, "rules": {"META010"}, "max_severity": Severity.CRITICAL,
                           "paths": {f"p{i}.jpg"}} for i, (v, n) in enumerate(values)}


def test_a_street_walk_does_not_chain_into_one_place() -> None:
    # 12 readings 100 m apart along a street (1.1 km): each within the radius of the next.
    walk = [(f"{51.45 + i * 0.0009:.6f}, -2.597600", 1) for i in range(12)]
    places = list(_group_positions(_entries(*walk)).values())
    assert len(places) >= 4
    from nymaudit.profile import PLACE_RADIUS_M

    for place in places:
        assert place["place"]["radius_m"] <= 2 * PLACE_RADIUS_M


def test_the_most_seen_central_reading_stands_for_the_place() -> None:
    places = list(_group_positions(_entries(
        ("51.467120, -2.601180 (near Bristol, GB, 1 km away)", 6),
        ("51.467300, -2.601180 (near Bristol, GB, 1 km away)", 1),
        ("51.466900, -2.601180 (near Bristol, GB, 1 km away)", 1),
    )).values())
    (home,) = places
    assert home["value"].startswith("51.467120") and home["findings"] == 8
    assert home["place"]["positions"] == 3 and home["place"]["radius_m"] == 24


def test_place_names_iso6709_poles_and_the_antimeridian() -> None:
    grouped = _group_positions(_entries(
        ("Hebden Bridge", 3), ("UK public body: bristol.gov.uk", 1),
        ("+53.8437-001.6376+081.200/", 1), ("+53.8438-001.6377+081.200/", 1),  # a video, ISO 6709
        ("89.999900, 10.000000", 1), ("89.999900, -170.000000", 1),  # 22 m apart, over the pole
        ("0.000000, 179.999900", 1), ("0.000000, -179.999900", 1),  # 22 m apart, across 180°
    ))
    values = {e["value"]: e for e in grouped.values()}
    assert "place" not in values["Hebden Bridge"] and "place" not in values["UK public body: bristol.gov.uk"]
    (video,) = [e for v, e in values.items() if v.startswith("+53.843")]
    assert video["place"]["positions"] == 2 and video["findings"] == 2
    # Near the pole every column is looked in; across 180° two cells apart stay two places
    # (never merged wrongly, at worst not merged).
    assert sum(e.get("place", {}).get("positions", 0) for e in grouped.values()) == 6


def test_profile_of_other_kinds_is_unchanged() -> None:
    from nymaudit.model import Origin
    from nymaudit.rules import rule

    found = [rule("PLACE001").finding("msg", "ev", Origin(path=f"{i}.md"), clue_value="Halifax")
             for i in range(2)]
    profile = build_profile(found)
    assert profile["clues"]["location"] == [
        {"value": "Halifax", "findings": 2, "rules": ["PLACE001"], "severity": found[0].severity.label,
         "confidence": found[0].confidence.label}]  # (eleventh session, rep11: each clue's confidence)


# --- item 2: meta prints a group finding once ----------------------------------------------------

@pytest.mark.parametrize("redact", [False, True])
def test_meta_prints_a_shared_serial_once(tmp_path: Path, redact: bool) -> None:
    takeout(tmp_path)
    args = ["meta", "Takeout", *(["--redact"] if redact else [])]
    out = run(*args, cwd=tmp_path, columns=100).stdout
    assert out.count("15 files share serial number") == 1, out
    pointers = [line for line in out.splitlines() if "META023 the same finding as under" in line]
    assert len(pointers) == 14
    assert "one finding for this file and 14 more below" in out
    # Each pointer is one line naming the first file, as its heading does.
    first = next(line for line in out.splitlines() if line.startswith("IDENTIFYING "))
    first_path = first.split(" ", 1)[1].rsplit(" (", 1)[0]
    assert all(first_path in line for line in pointers)
    # The JSON still lists the finding under every file it links.
    doc = json.loads(run(*args, "--format", "json", cwd=tmp_path).stdout)
    assert sum(f["rule"] == "META023" for entry in doc["files"] for f in entry["findings"]) == 15


# --- item 3: the dossier's title on one line ------------------------------------------------------

@pytest.mark.parametrize("columns", [60, 80, 100, 200])
def test_dossier_title_is_one_line_at_any_width(tmp_path: Path, columns: int) -> None:
    # A short clue makes a narrow table: a draft that gives an e-mail address.
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "2026-11-01-hi.md").write_text(
        "---\ntitle: Hi\ndate: 2026-11-01\n---\nWrite to me at a.b@gmail.com please.\n")
    out = run("scan", "posts", cwd=tmp_path, columns=columns).stdout
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "What an investigator" in line)
    assert "What an investigator could write down" in lines[at], lines[at:at + 3]
    assert lines[at + 1].split() and lines[at + 1].split()[0] == "kind"

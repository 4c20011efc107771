"""mfx15: review fixes for photo credits and factory zones (rev15a items 3, 5, 7).

1. The writer's own credit ("Photo by Rowan Ashby" on the blog's own GPS photos) keeps META010/META015 at
   the rule's confidence when it is on most of the account's photos or names the account (site author,
   byline, --known label), and META012 says the name the photos publish; rights notices, relatives and
   cameras ("Photo: All Rights Reserved", "Pic: Mum And Dad", "Photo: Canon EOS") are no photographer.
2. The factory London raised by the same camera's British summer in `scan`, `meta` of a folder and
   `check --history` (guards: mta15b built it; rev15a's build_canon_pair.sh).
3. Under --redact the factory-zone sentence no longer names the masked zone's countries.

Real files: JPEGs written by Pillow and tagged by the exiftool CLI, ExifTool's CanonRaw.cr3 sample from
../shared changed with exiftool, Hugo-style blogs on disk; every run goes through the CLI.
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

from archive_builders import bsky_blob, build_bluesky_export, make_bsky_post
from nymaudit.cli import app

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "images" / "exiftool-samples"
EXIFTOOL = shutil.which("exiftool")
pytestmark = pytest.mark.skipif(EXIFTOOL is None, reason="the exiftool CLI is not installed")
FORMATS = ("terminal", "json", "markdown", "html", "sarif")


def _run(*args: str) -> str:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out.stdout


def _exiftool(path: Path, *args: str) -> dict[str, Any]:
    """Run exiftool with ``args`` on ``path``, then return its reading of the file."""
    assert EXIFTOOL is not None
    if args:
        subprocess.run([EXIFTOOL, "-q", "-overwrite_original", *args, str(path)], check=True)
    out = subprocess.run([EXIFTOOL, "-j", "-G1", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)[0]


def _gps_photo(path: Path, credit: str | None = "Photo by Rowan Ashby", field: str = "XMP-photoshop:Credit",
               colour: tuple[int, int, int] = (90, 120, 200), latitude: float = 51.4545) -> Path:
    """A JPEG with GPS (Bristol), a City and, when given, a credit in ``field`` (rev15a's build_credit.sh)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), colour).save(path)
    args = ["-XMP-photoshop:City=Bristol", f"-GPSLatitude={latitude}", "-GPSLatitudeRef=N",
            "-GPSLongitude=2.5879", "-GPSLongitudeRef=W"]
    if credit is not None:
        args.append(f"-{field}={credit}")
    read = _exiftool(path, *args)
    assert read["GPS:GPSLatitude"] and (credit is None or credit in json.dumps(read))
    return path


def _blog(root: Path, credits: list[str | None], front: str = "", config: str = "",
          apart: bool = False) -> Path:
    """A Hugo-style blog whose posts each show one of the writer's own GPS photos (rev15a's build_blog.sh)."""
    for i, credit in enumerate(credits, 1):
        _gps_photo(root / "static" / "img" / f"p{i}.jpg", credit, colour=(90, 120 + i, 200),
                   latitude=51.4545 + (i / 100 if apart else 0))
        post = root / "content" / "posts" / f"p{i}.md"
        post.parent.mkdir(parents=True, exist_ok=True)
        post.write_text(f"---\ntitle: Walk {i}\n{front}date: 2024-06-0{i}T10:00:00+01:00\n---\n"
                        f"A walk today. ![x](/img/p{i}.jpg)\n", encoding="utf-8")
    if config:
        (root / "hugo.toml").write_text(config, encoding="utf-8")
    return root


def _findings(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _file_findings(entries: list[dict[str, Any]], name: str, rule_id: str) -> list[dict[str, Any]]:
    entry = next(e for e in entries if e["path"].endswith(name))
    return [f for f in entry["findings"] if f["rule"] == rule_id]


# -- 1. The writer's own photo credit ---------------------------------------------------------------------

def test_the_same_credit_on_the_blogs_own_photos_keeps_them_high(tmp_path: Path) -> None:
    blog = _blog(tmp_path / "blog", ["Photo by Rowan Ashby"] * 3)
    report = json.loads(_run("scan", str(blog), "-f", "json", "-q"))
    [gps] = _findings(report, "META010")
    assert gps["severity"] == "critical" and gps["confidence"] == "high"
    [place] = _findings(report, "META015")
    assert place["confidence"] == "high"
    basis = report["profile"]["risk_basis"]
    assert basis["confidence"] == "high" and "of low confidence" not in basis["note"]
    [named] = _findings(report, "META012")
    assert named["clue"]["value"] == "Rowan Ashby"


def test_each_files_message_says_the_credit_is_the_writers_own(tmp_path: Path) -> None:
    # Three places (a grouped finding says the shared position once, without each file's sentence).
    blog = _blog(tmp_path / "blog", ["Photo by Rowan Ashby", "Photo by Rowan Ashby", None], apart=True)
    report = json.loads(_run("scan", str(blog), "-f", "json", "-q"))
    gps = [f for f in _findings(report, "META010") if "Rowan Ashby" in f["message"]]
    assert gps and all(f["confidence"] == "high" for f in gps)
    assert any("the credit on 2 of the account's 3 photos: your own photo" in f["message"] for f in gps)
    assert not any("if that is someone else" in f["message"] for f in report["findings"])
    [named] = _findings(report, "META012")  # grouped over the two files: the name is its clue
    assert named["clue"]["value"] == "Rowan Ashby" and named["confidence"] == "medium"


def test_a_credit_on_a_few_of_the_photos_stays_low(tmp_path: Path) -> None:  # guard
    blog = _blog(tmp_path / "blog", ["Photo: Jane Smith", None, None])
    report = json.loads(_run("scan", str(blog), "-f", "json", "-q"))
    credited = [f for f in _findings(report, "META010") if "Jane Smith" in f["message"]]
    assert credited and credited[0]["confidence"] == "low"
    assert "if that is someone else" in credited[0]["message"]


def test_a_lone_credited_photo_stays_low_in_meta(tmp_path: Path) -> None:  # guard
    photo = _gps_photo(tmp_path / "own_credit.jpg")
    entries = json.loads(_run("meta", str(photo), "-f", "json"))["files"]
    [gps] = _file_findings(entries, "own_credit.jpg", "META010")
    assert gps["confidence"] == "low"


def test_meta_of_a_folder_of_own_credited_photos_keeps_them_high(tmp_path: Path) -> None:
    """`meta` on a folder says what `scan` says: the same credit on all three photos is the writer's
    own (the lead applied mfx15's proposal for commands/meta.py)."""
    for i in range(3):
        _gps_photo(tmp_path / "photos" / f"walk{i}.jpg")
    entries = json.loads(_run("meta", str(tmp_path / "photos"), "-f", "json"))["files"]
    for i in range(3):
        [gps] = _file_findings(entries, f"walk{i}.jpg", "META010")
        assert gps["confidence"] == "high", gps["message"]


def test_a_credit_naming_the_sites_author_keeps_the_photo_high(tmp_path: Path) -> None:
    config = 'baseURL = "https://walks.example.org/"\ntitle = "Walks"\n[params]\nauthor = "Rowan Ashby"\n'
    blog = _blog(tmp_path / "blog", ["Photo by Rowan Ashby"], config=config)
    report = json.loads(_run("scan", str(blog), "-f", "json", "-q"))
    [gps] = _findings(report, "META010")
    assert gps["confidence"] == "high"
    assert "the account's own name (the site's author): your own photo" in gps["message"]


def test_check_keeps_a_draft_photo_credited_to_its_byline_high(tmp_path: Path) -> None:
    blog = _blog(tmp_path / "blog", ["Photo by Rowan Ashby"], front="author: Rowan Ashby\n")
    report = json.loads(_run("check", str(blog / "content" / "posts" / "p1.md"), "-f", "json"))
    [gps] = _findings(report, "META010")
    assert gps["confidence"] == "high" and "(the posts' byline)" in gps["message"]
    [named] = _findings(report, "META012")
    assert "the account's own name (the posts' byline): the name the photos publish" in named["message"]
    assert "if that is not you" not in named["message"]


def test_a_credit_naming_the_known_label_keeps_the_photo_high(tmp_path: Path) -> None:
    blog = _blog(tmp_path / "blog", ["Photo by Rowan Ashby"])
    known = tmp_path / "known"
    known.mkdir()
    (known / "essay.md").write_text("# An essay\n\nWords written under my own name, about walking.\n",
                                    encoding="utf-8")
    report = json.loads(_run("scan", str(blog), "--known", f"rowan-ashby={known}", "-f", "json", "-q"))
    [gps] = _findings(report, "META010")
    assert gps["confidence"] == "high" and "--known" in gps["message"]


def test_an_own_credit_in_exif_copyright_makes_a_meta012(tmp_path: Path) -> None:
    blog = _blog(tmp_path / "blog", ["Photo: Rowan Ashby"] * 2)
    for photo in (blog / "static" / "img").iterdir():  # the credit moved to EXIF Copyright alone
        read = _exiftool(photo, "-XMP-photoshop:Credit=", "-EXIF:Copyright=Photo: Rowan Ashby")
        assert read["IFD0:Copyright"] == "Photo: Rowan Ashby"
    report = json.loads(_run("scan", str(blog), "-f", "json", "-q"))
    assert all(f["confidence"] == "high" for f in _findings(report, "META010"))
    assert any(f["clue"]["value"] == "Rowan Ashby" for f in _findings(report, "META012"))


@pytest.mark.parametrize("credit", ["Photo: All Rights Reserved", "Photo: Public Domain", "Photo: Own Work",
                                    "Photo: Courtesy Of The Family", "Pic: Mum And Dad", "Photo: My Own",
                                    "Photo: Canon EOS"])
def test_a_credit_that_names_no_one_keeps_the_photo(tmp_path: Path, credit: str) -> None:
    photo = _gps_photo(tmp_path / "rights_gps.jpg", credit, field="XMP-dc:Rights")
    entries = json.loads(_run("meta", str(photo), "-f", "json"))["files"]
    [gps] = _file_findings(entries, "rights_gps.jpg", "META010")
    assert gps["confidence"] == "high" and "credits the photo" not in gps["message"]


def test_a_photographers_name_is_still_a_credit(tmp_path: Path) -> None:  # guard
    photo = _gps_photo(tmp_path / "credit.jpg", "Photo: Jane Smith", field="XMP-dc:Rights")
    entries = json.loads(_run("meta", str(photo), "-f", "json"))["files"]
    [gps] = _file_findings(entries, "credit.jpg", "META010")
    assert gps["confidence"] == "low" and "«Jane Smith»" in gps["message"]


def test_the_words_that_name_no_one_are_data() -> None:
    from nymaudit.rules import rule

    words = {str(w).casefold() for w in rule("META012").data.get("credit_not_names", [])}
    assert {"reserved", "public domain", "own", "courtesy", "mum", "canon"} <= words


# -- 2. A factory London raised by the same camera's British summer (rev15a's build_canon_pair.sh) ------

def _canon_pair(folder: Path) -> tuple[Path, Path]:
    sample = SAMPLES / "CanonRaw.cr3"
    if not sample.is_file():
        pytest.skip("ExifTool's samples are not in ../shared")
    folder.mkdir(parents=True, exist_ok=True)
    winter, summer = folder / "canon_winter.cr3", folder / "canon_summer.cr3"
    for copy in (winter, summer):
        shutil.copyfile(sample, copy)
        copy.chmod(0o644)
    read = _exiftool(summer, "-DateTimeOriginal=2018:07:21 12:08:56", "-OffsetTimeOriginal=+01:00",
                     "-OffsetTime=+01:00", "-OffsetTimeDigitized=+01:00", "-Canon:TimeZone=+01:00",
                     "-Canon:DaylightSavings=On")
    assert read["Canon:DaylightSavings"] == "On" and read["Canon:TimeZoneCity"] == "London"
    return winter, summer


def _raised(message: str) -> bool:
    return "the same device wrote UTC+01:00 in summer" in message and "default nobody chose" not in message


def test_the_factory_zone_is_raised_in_a_scan_of_the_folder(tmp_path: Path) -> None:  # guard (mta15b)
    _canon_pair(tmp_path / "pair")
    report = json.loads(_run("scan", str(tmp_path / "pair"), "-f", "json", "-q"))
    winter = [f for f in _findings(report, "META014") if "canon_winter" in f["message"]]
    assert winter and winter[0]["confidence"] == "high" and _raised(winter[0]["message"])
    [clock] = _findings(report, "TIME009")  # TIME009 reads both photos: one clock with a summer hour
    assert "Europe/London" in clock["message"] and "says little" not in clock["message"]


def test_the_factory_zone_is_raised_in_meta_of_the_folder(tmp_path: Path) -> None:  # guard (mta15b)
    _canon_pair(tmp_path / "pair")
    entries = json.loads(_run("meta", str(tmp_path / "pair"), "-f", "json"))["files"]
    [zone] = _file_findings(entries, "canon_winter.cr3", "META014")
    assert zone["confidence"] == "high" and _raised(zone["message"])


def test_the_factory_zone_is_raised_by_check_history(tmp_path: Path) -> None:  # guard (mta15b)
    winter, summer = _canon_pair(tmp_path / "pair")
    history = tmp_path / "history"
    history.mkdir()
    shutil.move(str(summer), history / summer.name)
    report = json.loads(_run("check", str(winter), "--history", str(history), "-f", "json"))
    [zone] = _findings(report, "META014")
    assert zone["confidence"] == "high" and _raised(zone["message"])


# -- 3. The factory-zone sentence under --redact ------------------------------------------------------------

# The zone's countries and cities anywhere; its offsets in META014's messages (the rules' own texts say
# "+00:00" as an example).
ZONE_WORDS = re.compile(r"\b(?:UK|Ireland|Portugal|London|Lisbon|Dublin|Britain|British)\b")
OFFSETS = re.compile(r"[+-]0[01]:00")


RULE_ID = re.compile(r"\b(?:META|TIME|SELF|LINK|PLACE|INPUT|STYLE|LINKAGE)\d{3}\b")


def _meta014_text(report: str) -> str:
    """META014's stretches of a report in any format (from each "META014" to the next rule id), spaces
    squeezed: TIME009, another detector's finding, says the same zones in its own words (see the report)."""
    flat = " ".join(report.replace("\\", "").split())
    parts = []
    for start in (m.end() for m in re.finditer(r"\bMETA014\b", flat)):
        end = RULE_ID.search(flat, start)
        parts.append(flat[start:end.start() if end else len(flat)])
    assert parts, "no META014 in the report"
    return " ".join(parts)


def _no_offset_in_meta014(report: str) -> None:
    """The JSON report's META014 messages name no offset (--redact masks it with the clue)."""
    for finding in json.loads(report)["findings"]:
        if finding["rule"] == "META014":
            assert not OFFSETS.search(finding["message"]), finding["message"]


def _factory_folder(tmp_path: Path) -> Path:
    sample = SAMPLES / "CanonRaw.cr3"
    if not sample.is_file():
        pytest.skip("ExifTool's samples are not in ../shared")
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copyfile(sample, folder / "IMG_0100.CR3")
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_masks_the_factory_zones_countries_in_a_scan(tmp_path: Path, fmt: str) -> None:
    folder = _factory_folder(tmp_path)
    plain = _run("scan", str(folder), "-f", fmt, "-q", "--no-redact")
    assert "Ireland" in plain  # the sentence is there unmasked: the test reads what it should
    masked = _run("scan", str(folder), "-f", fmt, "-q", "--redact")
    said = _meta014_text(masked)
    assert "zone cameras come" in said
    assert not ZONE_WORDS.search(said), said
    if fmt == "json":
        _no_offset_in_meta014(masked)


@pytest.mark.parametrize("fmt", ["terminal", "json"])
def test_redact_masks_the_factory_zones_countries_in_meta(tmp_path: Path, fmt: str) -> None:
    photo = _factory_folder(tmp_path) / "IMG_0100.CR3"
    masked = _run("meta", str(photo), "-f", fmt, "--redact")
    assert "META014" in masked and "default nobody" in " ".join(masked.split())
    assert not ZONE_WORDS.search(masked), ZONE_WORDS.search(masked)


@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_masks_the_raised_factory_zone(tmp_path: Path, fmt: str) -> None:  # guard
    _canon_pair(tmp_path / "pair")
    masked = _run("scan", str(tmp_path / "pair"), "-f", fmt, "-q", "--redact")
    said = _meta014_text(masked)
    assert "summer hour and all" in said
    assert not ZONE_WORDS.search(said), said
    if fmt == "json":
        _no_offset_in_meta014(masked)


def test_a_credit_naming_the_bluesky_display_name_keeps_the_photo_high(tmp_path: Path) -> None:
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((51, 1), (28, 1), (2, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((2, 1), (36, 1), (4, 1))}
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 120, 160)).save(buffer, "JPEG", exif=piexif.dump(
        {"0th": {piexif.ImageIFD.Copyright: b"Photo: Gull Counter"}, "GPS": gps}))
    ref, cid = bsky_blob(buffer.getvalue())
    posts = [make_bsky_post("Gulls on the roof again.", "2026-03-02T08:15:00.000Z", images=[("gulls", ref)]),
             make_bsky_post("Rain all day, tea all day.", "2026-03-03T19:15:00.000Z")]
    export = build_bluesky_export(tmp_path / "bsky", posts, profile={"displayName": "Gull Counter"},
                                  blobs={cid: buffer.getvalue()})
    report = json.loads(_run("scan", str(export), "-f", "json", "-q"))
    [gps_finding] = _findings(report, "META010")
    assert gps_finding["confidence"] == "high"
    assert "the account's own name (the profile's display name)" in gps_finding["message"]

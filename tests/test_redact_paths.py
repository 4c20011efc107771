"""Tenth session (29 November 2026), review rev9a items 1 and 3: under `--redact` the names
of files and folders inside an input.

1. Phones and apps name a photo after the moment it was taken (PXL_20240529_134000123.jpg,
   IMG-20240529-WA0001.jpg, signal-2024-05-29-134000.jpg, "Photo 29-05-2024, 13 40 00.jpg"):
   `scan --redact` kept every number of a path, so the capture time the timing masks hide
   elsewhere stood in `where:`, the JSON, the SARIF URIs, Markdown and HTML.
2. A Takeout album's folder ("Trip to Whitby/", "Mum's 70th/") stayed readable unless a
   finding held its words; `meta --redact` masked such words already.

The inputs are built as the platforms write them (a Google Takeout folder and zip with
sidecars named as Takeout names them, an X archive through tests/archive_builders.py).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

# Every way the capture date and time of the photos below can be written in their names.
DATE_STRINGS = ("20240529", "2024-05-29", "29-05-2024", "134000", "13-40-00", "13 40 00", "13.40.00",
                "2024_05_29", "13%2040%2000")
ALBUM_WORDS = ("Whitby", "Mum", "70th")
PHOTOS = {
    "Trip to Whitby": ["PXL_20240529_134000123.jpg", "IMG_20240529_134000.jpg"],
    "Mum's 70th": ["IMG-20240529-WA0001.jpg", "VID_20240529_134000.mp4"],
    "Photos from 2024": ["signal-2024-05-29-134000.jpg", "Screenshot_2024-05-29-13-40-00.png",
                         "Photo 29-05-2024, 13 40 00.jpg", "Screenshot 2024-05-29 at 13.40.00.png",
                         "IMG_0042.JPG"],
}
FORMATS = ("terminal", "json", "markdown", "html", "sarif")


def _gps_jpeg() -> bytes:
    import piexif
    from PIL import Image

    exif = {"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7"},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N",
                    piexif.GPSIFD.GPSLatitude: ((54, 1), (29, 1), (0, 1)),
                    piexif.GPSIFD.GPSLongitudeRef: b"W",
                    piexif.GPSIFD.GPSLongitude: ((0, 1), (37, 1), (0, 1))}}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _takeout_files() -> dict[str, bytes]:
    """Google Photos as Takeout exports it: a folder per album and per year, each photo with
    its sidecar (named and clipped as Takeout names it, see tests/test_metadata_takeout_s9.py)."""
    from test_metadata_takeout_s9 import sidecar_name, takeout_sidecar

    files: dict[str, bytes] = {}
    for album, names in PHOTOS.items():
        folder = f"Takeout/Google Photos/{album}"
        for name in names:
            files[f"{folder}/{name}"] = _gps_jpeg()
            files[f"{folder}/{sidecar_name(name)}"] = takeout_sidecar(title=name)
        files[f"{folder}/metadata.json"] = json.dumps({"title": album, "description": "", "access": ""},
                                                      indent=2).encode()
    return files


def _takeout_folder(root: Path) -> Path:
    for name, data in _takeout_files().items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def _takeout_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in _takeout_files().items():
            zf.writestr(name, data)
    return path


def _run(args: list[str]) -> str:
    out = CliRunner().invoke(app, args)
    assert out.exit_code in (0, 1), out.output
    assert "Traceback" not in out.output
    return out.stdout


def _leaks(text: str) -> list[str]:
    return [s for s in (*DATE_STRINGS, *ALBUM_WORDS) if s in text]


def _shown_names(doc: dict[str, Any]) -> tuple[set[str], str]:
    names = {f["location"]["path"].rsplit("/", 1)[-1] for f in doc["findings"]}
    return names, " ".join(f["message"] for f in doc["findings"])


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_capture_dates_and_album_names_are_masked_in_every_format(tmp_path: Path, kind: str) -> None:
    source = _takeout_folder(tmp_path / "export") if kind == "folder" else _takeout_zip(
        tmp_path / "takeout-20241130T101010Z-001.zip")
    plain = _run(["scan", str(source), "--format", "json", "--no-redact"])
    assert "20240529" in plain and "Whitby" in plain  # the inputs name them
    for fmt in FORMATS:
        shown = _run(["scan", str(source), "--format", fmt, "--redact"])
        assert not _leaks(shown), (fmt, _leaks(shown))
        # A report file too.
        report = tmp_path / f"r.{fmt}"
        _run(["scan", str(source), "--format", fmt, "--redact", "--output", str(report)])
        assert not _leaks(report.read_text(encoding="utf-8")), fmt
    doc = json.loads(_run(["scan", str(source), "--format", "json", "--redact"]))
    paths = {f["location"]["path"] for f in doc["findings"]}
    # What the user needs to find the file: the platform's layout, the camera's or app's
    # prefix, a counter, the extension and the year folder; the album's name masked.
    assert any("Takeout/Google Photos/*** *** ***/PXL_********_*********.jpg" in p for p in paths), paths
    assert any("Takeout/Google Photos/***'s ***/IMG-********-WA0001.jpg" in p for p in paths), paths
    assert any("/Photos from 2024/IMG_0042.JPG" in p for p in paths), paths
    assert any("/Photos from 2024/Screenshot ****-**-** at **.**.**.png" in p for p in paths), paths
    assert any("/Photos from 2024/Photo **-**-****, ** ** **.jpg" in p for p in paths), paths
    # The sidecar Takeout clipped to fit: its own words stay, the photo's date does not.
    assert any(p.endswith("/PXL_********_*********.jpg.supplemental-metada.json") for p in paths), paths


def test_a_file_name_reads_the_same_in_the_location_and_in_the_messages(tmp_path: Path) -> None:
    """A grouped fact's message lists its files ("In 9 files (first: ...)") and a sidecar's names
    its photo: before, the message masked them word by word as names ("***-********-******.jpg")
    where the location kept them whole; now both read as the path mask shows them."""
    doc = json.loads(_run(["scan", str(_takeout_folder(tmp_path / "export")), "--format", "json",
                           "--redact"]))
    _, messages = _shown_names(doc)
    assert not _leaks(messages)
    grouped = [f for f in doc["findings"] if f["message"].startswith("In ") and "(first: " in f["message"]]
    assert grouped
    for finding in grouped:
        # The fact's first file is its location: the list opens with the same name.
        base = finding["location"]["path"].rsplit("/", 1)[-1]
        assert re.match(rf"In \d+ files \(first: {re.escape(base)}, ", finding["message"]), (
            base, finding["message"])
    # Each META018 (a sidecar's identifiers) names its own file and its photo as the paths do.
    for finding in doc["findings"]:
        if finding["rule"] == "META018":
            base = finding["location"]["path"].rsplit("/", 1)[-1]
            assert finding["message"].startswith(base + " (the "), (base, finding["message"])
            photo = re.search(r"sidecar of (.+?)\) carries", finding["message"])
            assert photo and base.startswith(photo.group(1)), (base, finding["message"])


def test_an_x_archives_media_names_and_the_archives_date(tmp_path: Path) -> None:
    """The X archive names a photo after its tweet and a media key
    ("1890000000001234567-AbCdEf12.jpg"): the id was masked, the key is masked now too."""
    from datetime import UTC, datetime

    from archive_builders import build_twitter_archive, make_tweet

    tweet = make_tweet("1890000000001234567", datetime(2024, 5, 29, 13, 40, tzinfo=UTC),
                       "Sunset from the pier", media=["AbCdEf12.jpg"])
    archive = build_twitter_archive(tmp_path / "twitter-2025-11-30-a1b2c3.zip", [tweet], zip=True,
                                    media={"1890000000001234567-AbCdEf12.jpg": _gps_jpeg()})
    plain = _run(["scan", str(archive), "--format", "json", "--no-redact"])
    assert "AbCdEf12" in plain
    for fmt in FORMATS:
        shown = _run(["scan", str(archive), "--format", fmt, "--redact"])
        # (The report's own span of posts, "from 2024-05-29", is the timing's: not a name.)
        for secret in ("AbCdEf12", "1890000000001234567", "2025-11-30", "a1b2c3"):
            assert secret not in shown, (fmt, secret)
    doc = json.loads(_run(["scan", str(archive), "--format", "json", "--redact"]))
    paths = {f["location"]["path"] for f in doc["findings"] if "tweets_media" in f["location"]["path"]}
    assert paths and all(p.endswith("!data/tweets_media/***-***.jpg") for p in paths), paths
    assert doc["inputs"][0]["path"] == "twitter-****-**-**-***.zip", doc["inputs"]


def test_meta_redact_masks_the_same_dates_and_albums(tmp_path: Path) -> None:
    source = _takeout_folder(tmp_path / "export")
    for fmt in ("terminal", "json"):
        shown = _run(["meta", str(source), "--format", fmt, "--redact"])
        assert not _leaks(shown), (fmt, _leaks(shown))
    doc = json.loads(_run(["meta", str(source), "--format", "json", "--redact"]))
    for entry in doc["files"]:
        base = entry["path"].rsplit("/", 1)[-1]
        for finding in entry["findings"]:
            if finding["rule"] in ("META010", "META018"):
                # A finding's message names its file as the list does (it read
                # "***_0001.jpg" beside "IMG_0001.jpg" in the ninth session).
                assert base in finding["message"], (base, finding["message"])


def test_check_keeps_its_files_names_for_code_scanning(tmp_path: Path) -> None:
    """`check` keeps the real paths by design (its SARIF URIs must be files that exist in the
    repository; docs/report-format.md): the capture date stays in its URIs."""
    source = _takeout_folder(tmp_path / "site")
    photo = source / "Takeout/Google Photos/Trip to Whitby/PXL_20240529_134000123.jpg"
    sarif = json.loads(_run(["check", str(photo), "--format", "sarif"]))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    # The photo's and (eleventh session) the Takeout sidecar's beside it, both with the date.
    assert uris and all(u.rpartition("/")[2].startswith("PXL_20240529_134000123.jpg") for u in uris), uris


@pytest.mark.parametrize(("name", "shown"), [
    ("PXL_20240529_134000123.jpg", "PXL_********_*********.jpg"),
    ("IMG_20240529_134000.jpg", "IMG_********_******.jpg"),
    ("VID_20240529_134000.mp4", "VID_********_******.mp4"),
    ("IMG-20240529-WA0001.jpg", "IMG-********-WA0001.jpg"),
    ("signal-2024-05-29-134000.jpg", "signal-****-**-**-******.jpg"),
    ("Screenshot_2024-05-29-13-40-00.png", "Screenshot_****-**-**-**-**-**.png"),
    ("Screenshot 2024-05-29 at 13.40.00.png", "Screenshot ****-**-** at **.**.**.png"),
    ("Photo 29-05-2024, 13 40 00.jpg", "Photo **-**-****, ** ** **.jpg"),
    ("DSC_20240529_134000.JPG", "DSC_********_******.JPG"),
    ("PXL_20240529_134000123.jpg.supplemental-metadata.json",
     "PXL_********_*********.jpg.supplemental-metadata.json"),
    # Counters, a year and the year/month folders of a platform stay.
    ("IMG_0042.JPG", "IMG_0042.JPG"),
    ("DSCN0042.JPG", "DSCN0042.JPG"),
    ("Photos from 2024", "Photos from 2024"),
    ("wp-content/uploads/2025/02/IMG_0042.jpg", "wp-content/uploads/2025/02/IMG_0042.jpg"),
    # The user's own names are masked whatever they say.
    ("Trip to Whitby/IMG_0042.JPG", "*** *** ***/IMG_0042.JPG"),
    ("Mum's 70th", "***'s ***"),
])
def test_mask_path_words(name: str, shown: str) -> None:
    from nymaudit.report.redact import mask_path_words

    assert mask_path_words(name) == shown
    assert mask_path_words(shown) == shown  # idempotent

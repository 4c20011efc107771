"""Tenth session (29 November 2026), review rev10a items 1 and 2: `--redact` and the names of
files and folders inside an input.

1. The layout words kept readable in paths ("google", "whatsapp", "signal", "camera"...) were
   kept in every path, a post's slug too, and even when a finding named the word: a Jekyll post
   `2025-01-06-my-first-week-at-google.md` ("I've just joined Google ...") showed
   `...-at-google.md` beside a SELF011 that masks the employer. Now a layout word is kept only in
   its place (a folder or file name made of layout words, numbers and dates: "Google Photos/",
   "Screenshot_..._com.whatsapp.jpg"; a camera's prefix before its counter) and masked wherever
   a finding says it.
2. A date-time with a millisecond group (`Screenshot_2024-05-29-13-40-00-123_com.whatsapp.jpg`,
   `signal-2024-05-29-13-40-00-123.jpg`) was kept whole, and a date written as three folders
   (`Camera/2024/05/29/`) too.

The inputs are built as the platforms write them (a Jekyll site through
tests/archive_builders.py, Google Takeout's folders and sidecars, a phone's camera folder).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

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


def _run(args: list[str]) -> str:
    out = CliRunner().invoke(app, args)
    assert out.exit_code in (0, 1), out.output
    assert "Traceback" not in out.output
    return out.stdout


def _employer_site(root: Path) -> Path:
    from archive_builders import build_jekyll_blog

    return build_jekyll_blog(root, [
        {"name": "2025-01-06-my-first-week-at-google.md", "front": {"title": "First week"},
         "body": "I've just joined Google as a product manager in the Dublin office.\n"},
        {"name": "2025-02-03-leaving-whatsapp.md", "front": {"title": "Leaving"},
         "body": "I worked for WhatsApp for three years and it was fine.\n"},
    ])


def _takeout(root: Path, names: list[str]) -> Path:
    from test_metadata_takeout_s9 import sidecar_name, takeout_sidecar

    folder = root / "Takeout" / "Google Photos" / "Photos from 2024"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(_gps_jpeg())
        (folder / sidecar_name(name)).write_bytes(takeout_sidecar(title=name))
    return root / "Takeout"


def test_an_employer_in_a_posts_file_name_is_masked_in_every_format(tmp_path: Path) -> None:
    site = _employer_site(tmp_path / "blog")
    plain = json.loads(_run(["scan", str(site), "--format", "json", "--no-redact"]))
    employers = [f for f in plain["findings"] if f["rule"] == "SELF011"]
    assert len(employers) == 2, [f["rule"] for f in plain["findings"]]  # the two posts name them
    for fmt in FORMATS:
        shown = _run(["scan", str(site), "--format", fmt, "--redact"])
        for word in ("google", "whatsapp"):
            assert word not in shown.casefold(), (fmt, word, re.findall(rf"\S*{word}\S*", shown, re.I))
    doc = json.loads(_run(["scan", str(site), "--format", "json", "--redact"]))
    paths = {f["location"]["path"].split("/", 1)[-1] for f in doc["findings"] if f["rule"] == "SELF011"}
    assert paths == {"_posts/****-**-**-***-***-***-***-***.md", "_posts/****-**-**-***-***.md"}


def test_a_layout_word_a_finding_says_is_masked_in_its_layout_too(tmp_path: Path) -> None:
    """A Takeout beside the blog that says "I've just joined Google": its "Google Photos/" folder
    would give the employer back; without that post (the photos' own Make=Google, the sidecars'
    photos.google.com addresses) the folder stays readable."""
    site = _employer_site(tmp_path / "blog")
    takeout = _takeout(tmp_path / "export", ["IMG_20240529_134000.jpg"])
    alone = json.loads(_run(["scan", str(takeout), "--format", "json", "--redact"]))
    assert any("/Google Photos/Photos from 2024/IMG_********_******.jpg" in f["location"]["path"]
               for f in alone["findings"]), [f["location"]["path"] for f in alone["findings"]]
    for fmt in FORMATS:
        shown = _run(["scan", str(site), str(takeout), "--format", fmt, "--redact"])
        # In a name or a path (the advice's "Google Takeout writes ..." is the tool's words).
        assert not re.search(r"[-_/.]google|google[-_/.]|google photos/", shown, re.I), (
            fmt, re.findall(r"\S*google\S*", shown, re.I))
    both = json.loads(_run(["scan", str(site), str(takeout), "--format", "json", "--redact"]))
    assert any("/*** Photos/Photos from 2024/IMG_********_******.jpg" in f["location"]["path"]
               for f in both["findings"]), [f["location"]["path"] for f in both["findings"]]


MILLISECOND_NAMES = ["Screenshot_2024-05-29-13-40-00-123_com.whatsapp.jpg",
                     "signal-2024-05-29-13-40-00-123.jpg", "PXL_20240529_134000123.jpg"]


def test_capture_times_with_milliseconds_and_dated_folders_are_masked(tmp_path: Path) -> None:
    takeout = _takeout(tmp_path / "export", MILLISECOND_NAMES)
    camera = tmp_path / "DCIM" / "Camera"
    (camera / "2024" / "05" / "29").mkdir(parents=True)
    (camera / "2024" / "05" / "29" / "IMG_0001.jpg").write_bytes(_gps_jpeg())
    plain = _run(["scan", str(takeout), str(camera), "--format", "json", "--no-redact"])
    assert "13-40-00-123" in plain
    secrets = ("2024-05-29", "13-40-00", "40-00-123", "2024/05/29", "20240529")
    for fmt in FORMATS:
        shown = _run(["scan", str(takeout), str(camera), "--format", fmt, "--redact"])
        assert not [s for s in secrets if s in shown], (fmt, [s for s in secrets if s in shown])
    doc = json.loads(_run(["scan", str(takeout), "--format", "json", "--redact"]))
    # The app's prefix and id and the layout stay: the user finds the file.
    listed = " ".join(f["message"] for f in doc["findings"]) + " ".join(
        f["location"]["path"] for f in doc["findings"])
    assert "Screenshot_****-**-**-**-**-**-***_com.whatsapp.jpg" in listed, listed
    assert "signal-****-**-**-**-**-**-***.jpg" in listed, listed
    # The camera folder alone: its only photo is the location.
    alone = json.loads(_run(["scan", str(camera), "--format", "json", "--redact"]))
    assert {f["location"]["path"] for f in alone["findings"]} == {"Camera/****/**/**/IMG_0001.jpg"}
    for fmt in ("terminal", "json"):
        shown = _run(["meta", str(camera), "--format", fmt, "--redact"])
        assert "2024/05/29" not in shown and "****/**/**/IMG_0001.jpg" in shown, shown


@pytest.mark.parametrize(("name", "shown"), [
    # Item 2: milliseconds after a date-time, a time with milliseconds, dated folders.
    ("Screenshot_2024-05-29-13-40-00-123_com.whatsapp.jpg",
     "Screenshot_****-**-**-**-**-**-***_com.whatsapp.jpg"),
    ("signal-2024-05-29-13-40-00-123.jpg", "signal-****-**-**-**-**-**-***.jpg"),
    ("IMG_2024-05-29-13-40-00-123.jpg", "IMG_****-**-**-**-**-**-***.jpg"),
    ("2024-05-29 13 40 00 123.jpg", "****-**-** ** ** ** ***.jpg"),
    ("VID_13-40-00-123.mp4", "VID_**-**-**-***.mp4"),
    ("DCIM/Camera/2024/05/29/IMG_0001.jpg", "DCIM/Camera/****/**/**/IMG_0001.jpg"),
    ("Photos/29/05/2024/IMG_0001.jpg", "Photos/**/**/****/IMG_0001.jpg"),
    ("Camera/2024-05-29/IMG_0001.jpg", "Camera/****-**-**/IMG_0001.jpg"),
    # A year, or a year and a month, alone stay (docs/report-format.md).
    ("wp-content/uploads/2025/02/IMG_0042.jpg", "wp-content/uploads/2025/02/IMG_0042.jpg"),
    ("Photos from 2024/IMG_0042.JPG", "Photos from 2024/IMG_0042.JPG"),
    # Item 1: layout words in their place stay, out of it they are the writer's.
    ("Takeout/Google Photos/Photos from 2024", "Takeout/Google Photos/Photos from 2024"),
    ("WhatsApp Image 2024-05-29 at 13.40.00.jpeg", "WhatsApp Image ****-**-** at **.**.**.jpeg"),
    ("_posts/2025-01-06-my-first-week-at-google.md", "_posts/****-**-**-***-***-***-***-***.md"),
    ("_posts/2025-02-03-leaving-whatsapp.md", "_posts/****-**-**-***-***.md"),
    ("drafts/my-new-camera.md", "drafts/***-***-***.md"),
    ("signal-boost-for-jo.md", "***-***-***-***.md"),
    # A camera's prefix before its counter stays beside the user's own words.
    ("IMG_0042 beach.jpg", "IMG_0042 ***.jpg"),
    ("DSCN0042 beach.jpg", "DSCN0042 ***.jpg"),
    ("Screenshot_20200425-163413_com.example.dating.jpg",
     "Screenshot_********-******_***.***.***.jpg"),
])
def test_mask_path_words_review_s10(name: str, shown: str) -> None:
    from nymaudit.report.redact import mask_path_words

    assert mask_path_words(name) == shown
    assert mask_path_words(shown) == shown  # idempotent


def test_a_message_naming_a_slug_masks_its_layout_word_as_the_path_does() -> None:
    """A string that lists files (a section, an error) masks a layout word out of its place as
    the location does, and leaves it in a layout's own name."""
    from nymaudit.report.redact import path_word_hider

    hide = path_word_hider(["blog/_posts/2025-01-06-my-first-week-at-google.md",
                            "export/Takeout/Google Photos/Photos from 2024/IMG_0001.jpg"])
    assert hide("see _posts/2025-01-06-my-first-week-at-google.md#3") == (
        "see _posts/****-**-**-***-***-***-***-***.md#3")
    assert hide("first: Takeout/Google Photos/IMG_0001.jpg") == "first: Takeout/Google Photos/IMG_0001.jpg"
    assert hide("first: Screenshot_2024-05-29-13-40-00-123_com.whatsapp.jpg, …") == (
        "first: Screenshot_****-**-**-**-**-**-***_com.whatsapp.jpg, …")

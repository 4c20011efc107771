"""mfx15b: review fixes of the day's metadata commits (rev15c items 4, 5, 6).

4. A draft photo under wp-content/uploads (a Jekyll site that kept WordPress's layout) is not "already
   published" in `check`; a bare uploads/YEAR/MONTH/ (Hugo's static/uploads, Decap CMS) is no WordPress.
5. Device names that name nobody ("iPad de la classe", "Classroom-iPad-12", "SALES-PC", "Grandad's iPad",
   "DESKTOP-AQUIENU") give no META012 "its owner's first name".
6. disclosure.toml's NAMES_IN_S (under [lists]) is read: "Hans-MacBook-Pro" is Hans, not «Han».

Real files: JPEGs written by Pillow with piexif, positions and host names written by the exiftool CLI;
runs through the CLI (`check`, `scan`, `meta`) with typer's CliRunner.
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

from nymaudit.cli import app
from nymaudit.metadata.core import Field
from nymaudit.metadata.findings import device_owner

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="the exiftool CLI is not installed")


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1, 2), out.output
    return out


def _jpeg(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 20, 40)).save(buf, "JPEG", exif=piexif.dump({"0th": {}, "Exif": {}}))
    path.write_bytes(buf.getvalue())
    return path


def _exiftool(path: Path, *args: str) -> Path:
    assert EXIFTOOL is not None
    subprocess.run([EXIFTOOL, "-q", "-overwrite_original", *args, str(path)], check=True)
    return path


def _gps_photo(path: Path) -> Path:
    return _exiftool(_jpeg(path), "-GPSLatitude=53.8267", "-GPSLatitudeRef=N",
                     "-GPSLongitude=1.5336", "-GPSLongitudeRef=W")


def _gps_findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == "META010"]


# -- 4. "already published" -------------------------------------------------------------------------------

@needs_exiftool
def test_check_of_a_jekyll_draft_under_wp_content_uploads_says_remove_before_publishing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "jek"
    _gps_photo(site / "wp-content" / "uploads" / "2026" / "11" / "garden.jpg")
    post = site / "_posts" / "2026-11-30-garden.md"
    post.parent.mkdir(parents=True)
    post.write_text("---\ntitle: Garden\nlayout: post\n---\nThe garden this week.\n\n"
                    "![garden](/wp-content/uploads/2026/11/garden.jpg)\n", encoding="utf-8")
    (site / "_config.yml").write_text("title: My blog\n", encoding="utf-8")
    monkeypatch.chdir(site)
    out = _run("check", "--format", "json", "_posts/2026-11-30-garden.md",
               "wp-content/uploads/2026/11/garden.jpg")
    [gps] = _gps_findings(json.loads(out.stdout))
    assert "already published" not in gps["message"]
    assert "changes nothing online" not in gps["advice"] and "Media > Library" not in gps["advice"]
    assert gps["advice"].startswith("Remove the position before publishing")


@needs_exiftool
@pytest.mark.parametrize("where", ["static/uploads/2024/05/walk.jpg", "public/uploads/2023/11/walk.jpg"])
def test_a_bare_uploads_year_month_folder_is_no_wordpress_site(tmp_path: Path, where: str) -> None:
    # Hugo's static/uploads and Decap CMS's media folder keep images by year and month too.
    photo = _gps_photo(tmp_path / "site" / where)
    [entry] = json.loads(_run("meta", str(photo), "--format", "json").stdout)["files"]
    [gps] = _gps_findings(entry)
    assert "WordPress" not in gps["message"] and "already published" not in gps["message"]
    assert gps["advice"].startswith("Remove the position before publishing")


@needs_exiftool
def test_a_scanned_wordpress_backup_is_still_already_published(tmp_path: Path) -> None:  # guard
    _gps_photo(tmp_path / "backup" / "wp-content" / "uploads" / "2024" / "05" / "walk.jpg")
    report = json.loads(_run("scan", str(tmp_path / "backup"), "-f", "json", "-q").stdout)
    [gps] = _gps_findings(report)
    assert "already published: a WordPress site's upload" in gps["message"]
    assert "Delete permanently" in gps["advice"]


# -- 5. Device names that name nobody ----------------------------------------------------------------------

NOBODY = ["iPad de la classe", "iPhone de la famille", "iPad del colegio", "iMac de Bureau",
          "iPad von der Schule", "Classroom-iPad-12", "Library-iMac-3", "Boardroom-iPad", "Kiosk-iPad",
          "Demo-iPad", "Loaner-MacBook-Air",
          "Teacher-iPad", "Student-iPad-07", "Marketing-iMac", "Church-iPad", "Podcast-Mac", "Travel-MacBook",
          "Sales-MacBook-Pro", "SALES-PC", "ACCOUNTS-PC", "FRONTDESK-PC", "WORKSHOP-PC", "Everyone's iPad",
          "Grandad's iPad", "Granny's iPad", "Nana's iPad", "Daddy's MacBook", "Mummy's iPhone",
          "Jenkins-Mac-mini", "DESKTOP-AQUIENU", "LAPTOP-OIUAEBK"]


@pytest.mark.parametrize("computer", NOBODY)
def test_a_device_name_that_names_nobody_has_no_owner(computer: str) -> None:
    assert device_owner([Field("software", "HostComputer", computer)]) is None


OWNERS = [("iPhone de María", "María", False), ("iPhone de María José", "María José", True),
          ("iPad von Jonas", "Jonas", False), ("MacBook van Sanne", "Sanne", False),
          ("Priya Shah's iPad", "Priya Shah", True), ("DESKTOP-MICHAEL", "Michael", False),
          ("JOHN-PC", "John", False), ("Johns-iMac.local", "John", False),
          ("Jean-Luc's iPhone", "Jean-Luc", False), ("iPhone de João dos Santos", "João dos Santos", True)]


@pytest.mark.parametrize(("computer", "name", "full"), OWNERS)
def test_a_device_named_after_its_owner_still_names_them(computer: str, name: str,
                                                         full: bool) -> None:  # guard
    owner = device_owner([Field("software", "HostComputer", computer)])
    assert owner is not None and (owner.name, owner.full) == (name, full)


@needs_exiftool
def test_check_of_shared_devices_photos_names_no_owner(tmp_path: Path) -> None:
    photos = []
    for i, computer in enumerate(["iPad de la classe", "Classroom-iPad-12", "SALES-PC", "DESKTOP-AQUIENU"]):
        photos.append(str(_exiftool(_jpeg(tmp_path / f"IMG_{i}.jpg"), f"-HostComputer={computer}",
                                    "-Software=17.5")))
    report = json.loads(_run("check", "--format", "json", *photos).stdout)
    assert [f for f in report["findings"] if f["rule"] == "META012"] == []
    # The computer's name is still said (META017), only not as a person's.
    assert any("HostComputer=iPad de la classe" in f["evidence"] for f in report["findings"])


# -- 6. Names that end in s ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("computer", "name"), [("Hans-MacBook-Pro", "Hans"), ("Lars-iMac", "Lars"),
                                                ("James-iMac", "James"), ("Charles-MacBook-Air", "Charles"),
                                                ("Niels-iMac.local", "Niels")])
def test_a_name_in_s_keeps_its_s_and_no_perhaps(computer: str, name: str) -> None:
    owner = device_owner([Field("software", "HostComputer", computer)])
    assert owner is not None and owner.name == name and owner.note == ""


@needs_exiftool
def test_meta_says_hans_in_full(tmp_path: Path) -> None:
    photo = _exiftool(_jpeg(tmp_path / "IMG_1.jpg"), "-HostComputer=Hans-MacBook-Pro", "-Software=14.5")
    [entry] = json.loads(_run("meta", str(photo), "--format", "json").stdout)["files"]
    [named] = [f for f in entry["findings"] if f["rule"] == "META012"]
    assert "«Hans»" in named["message"] and "«Han»" not in named["message"]
    assert "perhaps" not in named["message"]

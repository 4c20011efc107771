"""Ninth session (29 November 2026): Google Photos sidecars from Google Takeout.

Takeout writes a JSON file beside each photo (``IMG_1234.jpg.json``; since late 2024
``IMG_1234.jpg.supplemental-metadata.json``, clipped to 51 characters with ".json" kept,
and ``IMG_1234(1).jpg`` <-> ``IMG_1234.jpg(1).json`` for duplicates). Until now nymaudit
read it as plain text and found nothing, while it keeps the position and the names of the
people tagged even when the photo was stripped. The sidecars here are built as Takeout
writes them: two-space indented JSON, UTF-8 left as it is, timestamps as strings of epoch
seconds, 0.0 for "no location".
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.metadata import extract, sniff
from nymaudit.metadata.attachments import check_bytes
from nymaudit.metadata.takeout import FORMAT, photo_name

HORSFORTH = (53.8437, -1.6376)
URL = "https://photos.google.com/photo/AF1QipOyLtYKtmMPyLhse9O8lOcWmb6LND5-jHBh9wUC"


def takeout_sidecar(title: str = "IMG_20240512_083012.jpg", **changes: Any) -> bytes:
    """A sidecar as Google Takeout writes it (key order, indentation, strings for numbers
    where Google uses them)."""
    lat, lon = HORSFORTH
    geo = {"latitude": lat, "longitude": lon, "altitude": 81.2, "latitudeSpan": 0.0, "longitudeSpan": 0.0}
    doc: dict[str, Any] = {
        "title": title,
        "description": "",
        "imageViews": "12",
        "creationTime": {"timestamp": "1715502712", "formatted": "May 12, 2024, 8:31:52 AM UTC"},
        "photoTakenTime": {"timestamp": "1715502612", "formatted": "May 12, 2024, 8:30:12 AM UTC"},
        "geoData": dict(geo),
        "geoDataExif": dict(geo),
        "people": [{"name": "Jane Whitaker"}, {"name": "Дочь"}],
        "url": URL,
        "googlePhotosOrigin": {"mobileUpload": {"deviceFolder": {"localFolderName": ""},
                                                "deviceType": "ANDROID_PHONE"}},
    }
    for key, value in changes.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def sidecar_name(photo: str, *, supplemental: bool = True) -> str:
    """Takeout's name for a photo's sidecar: "<name>.supplemental-metadata" clipped to 46
    characters, then a duplicate's "(N)" moved from the photo's name, then ".json" (the
    rule GooglePhotosTakeoutHelper and ente derive from real exports)."""
    number = ""
    stem, dot, ext = photo.rpartition(".")
    if stem.endswith(")") and "(" in stem:
        at = stem.rindex("(")
        number, photo = stem[at:], stem[:at] + dot + ext
    base = photo + (".supplemental-metadata" if supplemental else "")
    return base[:46] + number + ".json"


def stripped_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def fields(data: bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in extract(data).fields:
        found.setdefault(f.name, []).append(f.value)
    return found


# --- recognised by content ------------------------------------------------------------------

def test_a_sidecar_is_its_own_format_by_content() -> None:
    assert sniff(takeout_sidecar()) == FORMAT
    # Older exports, re-indented or minified by a tool: still the same keys.
    assert sniff(json.dumps(json.loads(takeout_sidecar())).encode()) == FORMAT
    assert sniff(b"\xef\xbb\xbf" + takeout_sidecar()) == FORMAT
    # A long caption comes before the keys: still recognised.
    assert sniff(takeout_sidecar(description="word " * 5000)) == FORMAT


@pytest.mark.parametrize("other", [
    # Takeout's album metadata.json: no photo sidecar.
    b'{\n  "title": "Chair yoga",\n  "description": "",\n  "access": "protected",\n  "date": {\n'
    b'    "timestamp": "1672477816",\n    "formatted": "Dec 31, 2022, 9:10:16 AM UTC"\n  }\n}',
    # A JSON Lines post record (the generic reader's), a package.json, a list.
    b'{"timestamp": "2024-05-01T10:00:00Z", "text": "hello"}\n',
    b'{\n  "name": "site",\n  "version": "1.0.0",\n  "creationTime": "2024"\n}\n',
    b'[{"photoTakenTime": {"timestamp": "1"}, "geoData": {}}]',
])
def test_other_json_is_not_a_sidecar(other: bytes) -> None:
    assert sniff(other) == "text"


# --- what is read -------------------------------------------------------------------------------

def test_position_people_device_times_and_address() -> None:
    got = fields(takeout_sidecar())
    assert got["GPSPosition"] == ["53.843700, -1.637600"]
    assert got["NearestPlace"][0].startswith("Horsforth, GB")  # the gazetteer, as for photos
    assert got["GPSAltitude"] == ["81.2 m"]
    assert got["PhotoTakenTime"] == ["2024-05-12 08:30:12 UTC"]
    assert got["UploadTime"] == ["2024-05-12 08:31:52 UTC"]
    assert got["TaggedPerson"] == ["Jane Whitaker", "Дочь"]
    assert got["DeviceType"] == ["ANDROID_PHONE"]
    assert got["URL"] == [URL]
    assert got["OriginalFileName"] == ["IMG_20240512_083012.jpg"]
    assert "GooglePhotosPosition" not in got  # the same position twice is one


def test_findings_use_the_photo_rules_and_name_the_photo() -> None:
    name = sidecar_name("IMG_20240512_083012.jpg")
    assert name == "IMG_20240512_083012.jpg.supplemental-metadata.json"
    checked = check_bytes(takeout_sidecar(), f"export/{name}")
    assert checked.status == "identifying" and checked.meta.error is None
    by_rule = {f.rule: f for f in checked.findings}
    assert {"META010", "META012", "META016", "META018"} <= set(by_rule)
    gps = by_rule["META010"]
    assert gps.severity.name == "CRITICAL" and "Horsforth" in gps.message
    assert gps.clue is not None and gps.clue.kind == "location"
    assert "Google Photos sidecar of IMG_20240512_083012.jpg)" in gps.message
    assert "Jane Whitaker" in by_rule["META012"].message
    # The advice is not to publish the sidecar: stripping the photo does not help.
    assert all("Takeout" in f.advice for f in checked.findings)


def test_zero_coordinates_are_no_location() -> None:
    zero = {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0}
    checked = check_bytes(takeout_sidecar(geoData=zero, geoDataExif=zero, people=None), "IMG_1.jpg.json")
    assert not [f for f in checked.meta.fields if f.group == "gps"]
    assert checked.meta.error is None, checked.meta.error  # no "0,0 placeholder" note on every photo
    assert "META010" not in {f.rule for f in checked.findings}


def test_google_position_without_a_camera_fix_and_beside_a_different_one() -> None:
    zero = {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0}
    only_google = fields(takeout_sidecar(geoDataExif=zero, geoData={"latitude": 48.8584, "longitude": 2.2945,
                                                                    "altitude": 0.0}))
    assert only_google["GPSPosition"] == ["48.858400, 2.294500"] and "GPSAltitude" not in only_google
    edited = fields(takeout_sidecar(geoData={"latitude": 48.8584, "longitude": 2.2945, "altitude": 0.0}))
    assert edited["GPSPosition"] == ["53.843700, -1.637600"]  # the camera's own fix first
    assert edited["GooglePhotosPosition"] == ["48.858400, 2.294500"]


def test_device_folder_and_uploading_app() -> None:
    got = fields(takeout_sidecar(
        googlePhotosOrigin={"mobileUpload": {"deviceFolder": {"localFolderName": "WhatsApp Images"},
                                             "deviceType": "IOS_PHONE"}},
        appSource={"androidPackageName": "com.whatsapp"}, description="Nan's 90th"))
    assert got["DeviceFolder"] == ["WhatsApp Images"]
    assert got["AndroidApp"] == ["com.whatsapp"]
    assert got["Description"] == ["Nan's 90th"]


# --- which photo it describes ----------------------------------------------------------------

@pytest.mark.parametrize(("sidecar", "title", "photo"), [
    ("IMG_1234.jpg.json", "IMG_1234.jpg", "IMG_1234.jpg"),
    ("IMG_1234.jpg.supplemental-metadata.json", "IMG_1234.jpg", "IMG_1234.jpg"),
    ("IMG_1234.jpg(1).json", "IMG_1234.jpg", "IMG_1234(1).jpg"),
    ("IMG_1234.jpg.supplemental-metadata(2).json", "IMG_1234.jpg", "IMG_1234(2).jpg"),
    ("IMG_20200920_131207_0123456789.jpg.supplemen.json", None, "IMG_20200920_131207_0123456789.jpg"),
    ("IMG_1234.jpg..json", None, "IMG_1234.jpg"),
    ("renamed.json", "PXL_20240512_083012345.jpg", "PXL_20240512_083012345.jpg"),
])
def test_photo_name_undoes_googles_clipping(sidecar: str, title: str | None, photo: str) -> None:
    assert photo_name(sidecar, title) == photo


def test_a_duplicate_names_its_own_photo() -> None:
    name = sidecar_name("IMG_1234(1).jpg", supplemental=False)
    assert name == "IMG_1234.jpg(1).json"
    checked = check_bytes(takeout_sidecar(title="IMG_1234.jpg"), name)
    assert "(the Google Photos sidecar of IMG_1234(1).jpg)" in checked.findings[0].message
    long_photo = "Screenshot_20240512-083012_Signal Private Messenger.jpg"
    clipped = sidecar_name(long_photo)
    assert len(clipped) == 51 and clipped.endswith(".json")
    checked = check_bytes(takeout_sidecar(title=long_photo), clipped)
    assert f"sidecar of {long_photo})" in checked.findings[0].message


# --- hostile input ------------------------------------------------------------------------------

def test_broken_json_is_an_error_line() -> None:
    cut = takeout_sidecar()[:300]
    checked = check_bytes(cut, "IMG_1.jpg.json")
    assert checked.meta.format == FORMAT and checked.status == "unreadable"
    assert checked.meta.error and checked.meta.error.startswith(f"malformed {FORMAT}: not valid JSON")


def test_wrong_types_are_said_and_the_rest_read() -> None:
    checked = check_bytes(takeout_sidecar(
        title=5, geoDataExif="53.8,-1.6", people="Jane", url=["x"],
        photoTakenTime={"timestamp": "soon"}, creationTime={"timestamp": "9" * 400},
        googlePhotosOrigin={"mobileUpload": {"deviceType": ["ANDROID_PHONE"]}},
        geoData={"latitude": float("nan"), "longitude": 1.0}), "IMG_1.jpg.json")
    error = checked.meta.error or ""
    for said in ("title is a number", "geoDataExif is text", "people is text", "url is a list",
                 "photoTakenTime.timestamp is not a number", "creationTime.timestamp is not a number",
                 "deviceType is a list"):
        assert said in error or said in " ".join(checked.meta.notes), (said, checked.meta.notes)
    assert not [f for f in checked.meta.fields if f.group == "gps"]


def test_people_entries_of_the_wrong_shape_and_too_many() -> None:
    got = fields(takeout_sidecar(people=[{"name": "Ann Lee"}, "Bob", {"name": 3}, {}]))
    assert got["TaggedPerson"] == ["Ann Lee"]
    crowd = extract(takeout_sidecar(people=[{"name": f"Person {i}"} for i in range(1000)]))
    assert len([f for f in crowd.fields if f.name == "TaggedPerson"]) == 200
    assert crowd.partial and "more than 200 people" in (crowd.error or "")


def test_deep_nesting_and_huge_numbers_do_not_escape() -> None:
    deep = takeout_sidecar()[:-2] + b', "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    assert sniff(deep) == FORMAT
    meta = extract(deep)
    assert meta.error and "nested too deeply" in meta.error
    huge = takeout_sidecar()[:-2] + b', "n": ' + b"9" * 5000 + b"}"
    assert "malformed" in (extract(huge).error or "")


def test_a_huge_sidecar_is_not_parsed_and_not_called_clean() -> None:
    data = takeout_sidecar(people=[{"name": f"Person {i}"} for i in range(120_000)])
    assert len(data) > 2 * 1024 * 1024 and sniff(data) == FORMAT
    checked = check_bytes(data, "IMG_1.jpg.json")
    assert checked.status == "unreadable" and "partial result" in (checked.meta.error or "")
    from nymaudit.metadata.attachments import unchecked_findings

    assert [f.rule for f in unchecked_findings([checked])] == ["META026"]


# --- scan, meta, formats ------------------------------------------------------------------------

def _takeout_folder(root: Path) -> Path:
    folder = root / "Takeout" / "Google Photos" / "Photos from 2024"
    folder.mkdir(parents=True)
    (folder / "IMG_20240512_083012.jpg").write_bytes(stripped_jpeg())
    (folder / sidecar_name("IMG_20240512_083012.jpg")).write_bytes(takeout_sidecar())
    (folder / "metadata.json").write_bytes(
        b'{\n  "title": "Photos from 2024",\n  "description": "",\n  "access": "",\n  "date": {\n'
        b'    "timestamp": "1715502712",\n    "formatted": "May 12, 2024, 8:31:52 AM UTC"\n  }\n}')
    return root


def _scan(path: Path, *extra: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra])
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.stdout)


def test_scan_of_a_takeout_folder_reads_the_sidecar_as_an_attachment(tmp_path: Path) -> None:
    report = _scan(_takeout_folder(tmp_path / "export"))
    (source,) = report["inputs"]
    assert source["format"] == "attachment" and source["posts"] == 0
    assert source["attachments"] == 2  # the photo and its sidecar; the album's metadata.json is neither
    located = {(f["rule"], Path(f["location"]["path"]).name) for f in report["findings"]}
    side = "IMG_20240512_083012.jpg.supplemental-metadata.json"
    assert {("META010", side), ("META012", side)} <= located, located
    assert not any(name == "metadata.json" for _, name in located)


def test_scan_of_a_takeout_zip(tmp_path: Path) -> None:
    folder = _takeout_folder(tmp_path / "export")
    archive = tmp_path / "takeout-20241130T101010Z-001.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    report = _scan(archive)
    assert any(f["rule"] == "META010" and f["location"]["path"].endswith("supplemental-metadata.json")
               for f in report["findings"])


def test_every_sidecar_of_a_large_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap on sniffed .log/.xml/.json counts only files that are none of ours: a Takeout
    folder holds thousands of sidecars (scaled down here by lowering the cap)."""
    from archive_builders import read_source
    from nymaudit.sources import references

    monkeypatch.setattr(references, "MAX_SNIFFED_TRACKS", 3)
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(8):
        (folder / f"IMG_{i:04d}.jpg.json").write_bytes(takeout_sidecar(title=f"IMG_{i:04d}.jpg"))
    result = read_source(folder, "attachment")
    assert len(result.attachments) == 8


def test_scan_redact_masks_what_the_sidecar_says(tmp_path: Path) -> None:
    report = _scan(_takeout_folder(tmp_path / "export"), "--redact")
    text = json.dumps(report, ensure_ascii=False)
    for secret in ("Whitaker", "53.8437", "Horsforth", "AF1QipOyLtYKtmMPyLhse9O8"):
        assert secret not in text, secret


def test_meta_shows_its_own_format(tmp_path: Path) -> None:
    folder = _takeout_folder(tmp_path / "export")
    out = CliRunner().invoke(app, ["meta", str(folder), "--format", "json"])
    doc = json.loads(out.stdout)
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    side = by_name["IMG_20240512_083012.jpg.supplemental-metadata.json"]
    assert side["format"] == FORMAT and side["status"] == "identifying"
    assert by_name["metadata.json"]["format"] == "text"


def test_formats_lists_google_photos_sidecars() -> None:
    out = CliRunner().invoke(app, ["formats"])
    assert "Google Photos sidecars" in " ".join(out.stdout.split())


def test_a_sidecar_on_its_own_with_a_long_caption_is_an_attachment(tmp_path: Path) -> None:
    """`scan FILE` and `check FILE` (a sidecar committed to a site): the keys come after a
    caption of several kilobytes, past the 4 KB the attachment reader looked at."""
    path = tmp_path / "IMG_0001.jpg.json"
    path.write_bytes(takeout_sidecar(title="IMG_0001.jpg", description="Sunday walk by the river. " * 400))
    report = _scan(path)
    assert report["inputs"][0]["format"] == "attachment"
    assert "META010" in {f["rule"] for f in report["findings"]}
    out = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    checked = json.loads(out.stdout)
    assert "META010" in {f["rule"] for f in checked["findings"]}, out.stdout[:500]

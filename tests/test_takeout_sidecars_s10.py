"""Tenth session (29 November 2026): Google Photos sidecars beside the photos they describe.

Review rev9a items 6 and 8 and the double count:
- `check` of a draft that embeds a photo read the photo but not the Takeout sidecar beside it,
  which the site publishes with it (a Jekyll or Hugo site copies every file of `assets/`):
  a stripped JPEG whose sidecar still holds the position passed;
- a sidecar's findings named the photo by the title inside it, not by the file present
  (Takeout cuts long names and numbers duplicates);
- a photo with GPS and its sidecar with the same position gave two META010 findings for
  one position (counted twice in the summary, listed twice).
The files are built as Takeout writes them (the sidecar builder of the ninth session's tests,
its names clipped to 46 characters with a duplicate's number moved behind), the photos with
Pillow and piexif.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog, write_tree
from nymaudit.cli import app
from nymaudit.metadata.takeout import pair_sidecars
from test_metadata_takeout_s9 import HORSFORTH, sidecar_name, stripped_jpeg, takeout_sidecar

LYON = (45.7747, 4.8320)
PHOTO = "IMG_20240512_083012.jpg"


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 10000)
    return (degrees, 1), (minutes, 1), (seconds, 10000)


def gps_jpeg(lat: float, lon: float) -> bytes:
    """A phone photo with its GPS position in EXIF (piexif)."""
    import piexif
    from PIL import Image

    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7"},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S", piexif.GPSIFD.GPSLatitude: _dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W", piexif.GPSIFD.GPSLongitude: _dms(lon),
        },
        "1st": {}, "thumbnail": None,
    })
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def geo(lat: float, lon: float) -> dict[str, float]:
    return {"latitude": lat, "longitude": lon, "altitude": 81.2, "latitudeSpan": 0.0, "longitudeSpan": 0.0}


def run(*args: str, cwd: Path) -> Any:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1"},
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


def report(*args: str, cwd: Path, codes: tuple[int, ...] = (0, 1)) -> dict[str, Any]:
    result = run(*args, cwd=cwd)
    assert result.exit_code in codes, result.output
    return json.loads(result.stdout)


def gps_findings(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == "META010"]


def site_with(tmp_path: Path, embedded: str, files: dict[str, bytes]) -> Path:
    """A Jekyll site whose draft embeds ``assets/img/<embedded>``; ``files`` go to assets/img/."""
    return build_jekyll_blog(tmp_path / "site", [
        {"name": "walk.md", "draft_folder": True, "front": {"title": "Sunday walk"},
         "body": f'Along the river.\n\n<img src="/assets/img/{embedded}" alt="the river">\n'},
    ], files={f"assets/img/{name}": data for name, data in files.items()})


# --- item 1: check of a draft reads the sidecar beside the photo it embeds -------------------

@pytest.mark.parametrize(("embedded", "sidecar", "title"), [
    # Since late 2024, and before.
    (PHOTO, sidecar_name(PHOTO), PHOTO),
    (PHOTO, sidecar_name(PHOTO, supplemental=False), PHOTO),
    # A duplicate: the number moves behind the photo's extension.
    ("IMG_1234(1).jpg", sidecar_name("IMG_1234(1).jpg"), "IMG_1234.jpg"),
    ("IMG_1234(1).jpg", "IMG_1234.jpg(1).json", "IMG_1234.jpg"),
    # A long name: the suffix clipped to 46 characters (".supplementa.json").
    ("Screenshot_2017-07-05-10-05-26.png", "Screenshot_2017-07-05-10-05-26.png.supplementa.json",
     "Screenshot_2017-07-05-10-05-26.png"),
    # An edited copy has no sidecar of its own: the original's is beside it, and published.
    ("IMG_20240512_083012-edited.jpg", sidecar_name(PHOTO), PHOTO),
])
def test_check_of_a_draft_reads_the_sidecar_beside_its_photo(
        tmp_path: Path, embedded: str, sidecar: str, title: str) -> None:
    root = site_with(tmp_path, embedded, {embedded: stripped_jpeg(), sidecar: takeout_sidecar(title=title)})
    doc = report("check", "_drafts/walk.md", cwd=root, codes=(1,))
    (gps,) = gps_findings(doc)
    assert gps["location"]["path"] == f"assets/img/{sidecar}"
    assert gps["severity"] == "critical" and "Horsforth" in gps["message"]
    assert f"(the Google Photos sidecar of {embedded})" in gps["message"], gps["message"]
    assert doc["inputs"][0]["attachments"] == 2
    # scan of the draft on its own says the same (one rule for both).
    scanned = report("scan", "_drafts/walk.md", cwd=root)
    assert [f["location"]["path"] for f in gps_findings(scanned)] == [f"assets/img/{sidecar}"]


def test_check_leaves_other_json_and_other_photos_sidecars_alone(tmp_path: Path) -> None:
    """A .json named like a sidecar whose content is none (a gallery plugin's data) is not
    attached (it would fail `check` as a file it cannot read), nor is the sidecar of another
    photo in the folder, nor the duplicate's."""
    root = site_with(tmp_path, PHOTO, {
        PHOTO: stripped_jpeg(),
        f"{PHOTO}.json": b'{\n  "width": 64,\n  "height": 48,\n  "caption": "river"\n}\n',
        "IMG_20240512_083013.jpg": stripped_jpeg(),
        sidecar_name("IMG_20240512_083013.jpg"): takeout_sidecar(title="IMG_20240512_083013.jpg"),
        sidecar_name("IMG_20240512_083012(1).jpg"): takeout_sidecar(title=PHOTO),
    })
    doc = report("check", "_drafts/walk.md", cwd=root, codes=(0,))
    assert doc["findings"] == [] and doc["inputs"][0]["attachments"] == 1


@pytest.mark.parametrize("inside", [False, True])
def test_a_sidecar_through_a_link_is_not_followed_but_said(tmp_path: Path, inside: bool) -> None:
    """Review rev10a item 5: the link was dropped without a word (exit 0) while a linked photo
    fails closed. Whether it points out of the site or into it (a deduplicated library, which
    Jekyll publishes), its content is not read and check fails on it (INPUT001)."""
    root = site_with(tmp_path, PHOTO, {PHOTO: stripped_jpeg()})
    target = (root / "library" / "x.json") if inside else (tmp_path / "secret.json")
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(takeout_sidecar())
    (root / "assets" / "img" / sidecar_name(PHOTO)).symlink_to(target)
    doc = report("check", "_drafts/walk.md", cwd=root, codes=(1,))
    assert gps_findings(doc) == []  # not followed
    (said,) = [f for f in doc["findings"] if f["rule"] == "INPUT001"]
    assert f"assets/img/{sidecar_name(PHOTO)}" in said["message"] and "symbolic link" in said["message"]
    assert "Google Photos sidecar" in said["message"]
    # A .json link named like no sidecar of the photo is not the check's business.
    (root / "assets" / "img" / sidecar_name(PHOTO)).unlink()
    (root / "assets" / "img" / "gallery.json").symlink_to(target)
    report("check", "_drafts/walk.md", cwd=root, codes=(0,))


def test_the_sidecar_is_found_in_a_folder_of_any_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review rev10a item 6: only the first 20,000 entries of the photo's folder were listed,
    silently. The names Google gives a sidecar are now looked up one by one. The listing is
    made to stop before the sidecar (as 45,000 thumbnails did in readdir order) without
    writing 45,000 files."""
    from nymaudit.sources import attachment

    root = site_with(tmp_path, PHOTO, {PHOTO: stripped_jpeg(), sidecar_name(PHOTO): takeout_sidecar()})
    for n in range(30):
        (root / "assets" / "img" / f"thumb_{n}.webp").touch()
    monkeypatch.setattr(attachment, "MAX_FOLDER_ENTRIES", 0)  # the listing sees nothing
    doc = report("check", "_drafts/walk.md", cwd=root, codes=(1,))
    (gps,) = gps_findings(doc)
    assert gps["location"]["path"] == f"assets/img/{sidecar_name(PHOTO)}"
    assert doc["inputs"][0]["attachments"] == 2


@pytest.mark.parametrize(("photo", "sidecar"), [
    (PHOTO, sidecar_name(PHOTO)),
    (PHOTO, sidecar_name(PHOTO, supplemental=False)),
    ("IMG_1234(1).jpg", "IMG_1234.jpg(1).json"),
    ("DSC00107(1).JPG", "DSC00107.JPG.supplemental-metadata(1).json"),
    ("Screenshot_2017-07-05-10-05-26.png", "Screenshot_2017-07-05-10-05-26.png.supplementa.json"),
    ("Screenshot_20220207_102421_com.snapchat.android.jpg",
     "Screenshot_20220207_102421_com.snapchat.androi.json"),
    ("IMG_1234-edited(2).jpg", "IMG_1234.jpg.supplemental-metadata(2).json"),
    ("IMG_3000.jpg", "IMG_3000.json"),
    ("IMG_1234.jpg", "IMG_1234.jpg..json"),
    ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU(1).jpg",
     "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST(1).json"),
])
def test_google_names_are_among_the_names_looked_up(photo: str, sidecar: str) -> None:
    from nymaudit.metadata.takeout import sidecar_candidates

    assert sidecar in sidecar_candidates(photo)


def test_scan_of_the_site_and_of_a_folder_of_drafts_read_the_sidecar(tmp_path: Path) -> None:
    """Confirmed, not changed: a folder's attachments are every photo and sidecar in it."""
    root = site_with(tmp_path, PHOTO, {PHOTO: stripped_jpeg(), sidecar_name(PHOTO): takeout_sidecar()})
    assert [f["location"]["path"] for f in gps_findings(report("scan", ".", cwd=root))] == [
        f"assets/img/{sidecar_name(PHOTO)}"]
    drafts = write_tree(tmp_path / "drafts", {
        "walk.md": f"---\ntitle: Sunday walk\n---\nAlong the river.\n\n![the river]({PHOTO})\n",
        PHOTO: stripped_jpeg(), sidecar_name(PHOTO): takeout_sidecar()}, zip=False)
    for command in ("scan", "check"):
        doc = report(command, ".", cwd=drafts)
        assert [f["location"]["path"] for f in gps_findings(doc)] == [sidecar_name(PHOTO)], command


# --- item 2: Takeout's names, paired as Google makes them --------------------------------------

@pytest.mark.parametrize(("photo", "sidecar"), [
    # From real exports, as reported to the tools that pair them (GooglePhotosTakeoutHelper
    # issues #8 and #353, nextcloud memories #1559, ente PR #4956, rekindle's tests).
    ("Screenshot_2017-07-05-10-05-26.png", "Screenshot_2017-07-05-10-05-26.png.supplementa.json"),
    ("Screenshot_20220207_102421_com.snapchat.android.jpg",
     "Screenshot_20220207_102421_com.snapchat.androi.json"),
    ("D7157814-D2D5-4A62-AFCE-9CF465CB7D66.jpeg", "D7157814-D2D5-4A62-AFCE-9CF465CB7D66.jpeg.supp.json"),
    ("Urlaub in Knaufspesch in der Schneifel (38).JPG",
     "Urlaub in Knaufspesch in der Schneifel (38).JP.json"),
    ("Screenshot_20190317-234331.jpg", "Screenshot_20190317-234331.jpg.supplemental-me.json"),
    ("IMG_1234(1).jpg", "IMG_1234.jpg(1).json"),
    ("DSC00107(1).JPG", "DSC00107.JPG.supplemental-metadata(1).json"),
    ("Photo0549 - Copy(1).jpg", "Photo0549 - Copy.jpg.supplemental-metadata(1).json"),
    ("PXL_1.MP(1).jpg", "PXL_1.MP.jpg.supplemental-metadata(1).json"),
    ("DSC_0245-COLLAGE(1).jpg", "DSC_0245-COLLAGE.jpg.supplemental-metadata(1).json"),
    ("image(2).png", "image(2).png.supplemental-metadata.json"),
    ("IMG_20200920_131207-edited.jpg", "IMG_20200920_131207.jpg.supplemental-metadata.json"),
    ("IMG_1234-edited(2).jpg", "IMG_1234.jpg.supplemental-metadata(2).json"),
    ("IMG_3000.jpg", "IMG_3000.json"),
    ("IMG_1234.jpg", "IMG_1234.jpg..json"),
    # Takeout cut the photo's own name to 47 characters (immich-go #39, TakeoutExtractor #23):
    # the sidecar keeps the first 46 of the name as uploaded.
    ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU(1).jpg",
     "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST(1).json"),
])
def test_google_names_pair(photo: str, sidecar: str) -> None:
    assert pair_sidecars([photo, sidecar]) == {sidecar: [photo]}


@pytest.mark.parametrize(("photo", "sidecar"), [
    ("IMG_1234.jpg", "IMG_1234.jpg(1).json"),  # the duplicate's
    ("IMG_1234(1).jpg", "IMG_1234.jpg.json"),  # the original's
    ("IMG_12345.jpg", "IMG_1234.jpg.json"),
    ("DSC_0245-COLLAGE.jpg", "DSC_0245.jpg.json"),  # Google's creations have their own
    ("IMG_1.jpg", "metadata.json"),  # an album's
    ("IMG_1.jpg", "IMG_1.jpg.notes.json"),
])
def test_other_names_do_not_pair(photo: str, sidecar: str) -> None:
    assert pair_sidecars([photo, sidecar]) == {}


def test_the_photo_itself_comes_before_an_edited_copy() -> None:
    names = ["IMG_7-edited.jpg", "IMG_7.jpg", "IMG_7.jpg.supplemental-metadata.json"]
    assert pair_sidecars(names) == {"IMG_7.jpg.supplemental-metadata.json": ["IMG_7.jpg", "IMG_7-edited.jpg"]}


def test_a_finding_names_the_photo_present_not_the_title(tmp_path: Path) -> None:
    """Takeout cut the photo's name to 47 characters: the title inside the sidecar is the name
    as uploaded, which no file in the folder has."""
    uploaded = "Screenshot_20240512-083012_Signal Private Messenger.jpg"
    present = uploaded.rpartition(".")[0][:47] + ".jpg"
    sidecar = sidecar_name(uploaded)
    assert present != uploaded and len(sidecar) == 51
    folder = write_tree(tmp_path / "Photos from 2024", {
        present: stripped_jpeg(), sidecar: takeout_sidecar(title=uploaded)}, zip=False)
    doc = report("scan", ".", cwd=folder)
    messages = [f["message"] for f in doc["findings"] if f["location"]["path"] == sidecar]
    assert messages and all(f"(the Google Photos sidecar of {present})" in m for m in messages), messages
    root = site_with(tmp_path, present, {present: stripped_jpeg(), sidecar: takeout_sidecar(title=uploaded)})
    (gps,) = gps_findings(report("check", "_drafts/walk.md", cwd=root, codes=(1,)))
    assert f"(the Google Photos sidecar of {present})" in gps["message"]


# --- item 3: one position, one finding -----------------------------------------------------------

def test_the_same_position_in_photo_and_sidecar_is_one_finding(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "export", {
        PHOTO: gps_jpeg(*HORSFORTH), sidecar_name(PHOTO): takeout_sidecar()}, zip=False)
    doc = report("scan", ".", cwd=folder)
    (gps,) = gps_findings(doc)
    assert gps["location"]["path"] == PHOTO
    assert sidecar_name(PHOTO) in gps["message"] and "same position" in gps["message"]
    # Both files' fields in the evidence; the sidecar named in the message only: the evidence is
    # what scan groups the photos of one place by (review rev10a item 3).
    assert gps["evidence"].count("GPSPosition=53.843700, -1.637600") == 2 and "GPSAltitude" in gps["evidence"]
    assert "Takeout" in gps["advice"] and "exiftool" in gps["advice"]  # strip the photo, drop the sidecar
    assert doc["summary"]["findings_by_severity"]["critical"] == 1
    (place,) = doc["profile"]["clues"]["location"]
    assert place["findings"] == 1
    # The sidecar's other findings stay (people, device, address).
    assert {"META012", "META016", "META018"} <= {
        f["rule"] for f in doc["findings"] if f["location"]["path"] == sidecar_name(PHOTO)}
    # check (one finding a file for its SARIF) says it once too.
    assert len(gps_findings(report("check", ".", cwd=folder, codes=(1,)))) == 1


def test_a_position_a_few_metres_off_is_the_same_one(tmp_path: Path) -> None:
    near = (HORSFORTH[0] + 0.0003, HORSFORTH[1])  # 33 m north
    folder = write_tree(tmp_path / "export", {
        PHOTO: gps_jpeg(*HORSFORTH),
        sidecar_name(PHOTO): takeout_sidecar(geoData=geo(*near), geoDataExif=geo(*near))}, zip=False)
    (gps,) = gps_findings(report("scan", ".", cwd=folder))
    assert "same position (within 33 m)" in gps["message"], gps["message"]


def test_different_positions_stay_two_findings_and_say_so(tmp_path: Path) -> None:
    """The photo's EXIF was edited (moved to Lyon) after the upload: the sidecar still holds
    where it was taken."""
    folder = write_tree(tmp_path / "export", {
        PHOTO: gps_jpeg(*LYON), sidecar_name(PHOTO): takeout_sidecar()}, zip=False)
    doc = report("scan", ".", cwd=folder)
    by_path = {f["location"]["path"]: f for f in gps_findings(doc)}
    assert set(by_path) == {PHOTO, sidecar_name(PHOTO)}
    side = by_path[sidecar_name(PHOTO)]["message"]
    assert f"The photo beside it ({PHOTO}) holds another position" in side and "km away" in side
    assert len(doc["profile"]["clues"]["location"]) == 2


def test_redacted_report_keeps_the_positions_masked(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "export", {
        PHOTO: gps_jpeg(*LYON), sidecar_name(PHOTO): takeout_sidecar()}, zip=False)
    text = json.dumps(report("scan", ".", "--redact", cwd=folder), ensure_ascii=False)
    for secret in ("53.84", "45.77", "4.832", "1.637", "Horsforth", "Lyon", "Whitaker"):
        assert secret not in text, secret


def phone_video(lat: float, lon: float) -> bytes:
    """An MP4 as a phone writes it: ftyp, moov with the ISO 6709 position in udta ©xyz, mdat."""
    import struct

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    text = f"{lat:+08.4f}{lon:+09.4f}/".encode()
    xyz = box(b"\xa9xyz", struct.pack(">HH", len(text), 0x15C7) + text)
    return (box(b"ftyp", b"mp42" + struct.pack(">I", 0) + b"isommp42") + box(b"moov", box(b"udta", xyz))
            + box(b"mdat", b"\x00" * 64))


def test_a_video_and_its_sidecar_with_one_position_are_one_finding(tmp_path: Path) -> None:
    video = "PXL_20240512_083012345.mp4"
    folder = write_tree(tmp_path / "export", {
        video: phone_video(*HORSFORTH), sidecar_name(video): takeout_sidecar(title=video)}, zip=False)
    (gps,) = gps_findings(report("scan", ".", cwd=folder))
    assert gps["location"]["path"] == video and "same position" in gps["message"], gps["message"]


# --- review rev10a items 3 and 7 ------------------------------------------------------------------

def takeout_year(tmp_path: Path, count: int) -> Path:
    """A Takeout year: ``count`` photos taken at home, each with its sidecar at the same position."""
    files: dict[str, bytes] = {}
    for n in range(count):
        name = f"IMG_20240512_{83012 + n:06d}.jpg"
        files[name] = gps_jpeg(*HORSFORTH)
        files[sidecar_name(name)] = takeout_sidecar(title=name, geoData=geo(*HORSFORTH),
                                                    geoDataExif=geo(*HORSFORTH))
    return write_tree(tmp_path / "Takeout" / "Google Photos" / "Photos from 2024", files, zip=False)


def test_photos_of_one_place_with_their_sidecars_stay_one_grouped_finding(tmp_path: Path) -> None:
    """Review rev10a item 3: naming each photo's sidecar in the fold made every photo's
    finding its own (30 photos: 30 critical findings, where there were 2 before the fold)."""
    folder = takeout_year(tmp_path, 30)
    doc = report("scan", ".", cwd=folder)
    (gps,) = gps_findings(doc)
    assert gps["message"].startswith("In 30 files (first: IMG_20240512_083012.jpg"), gps["message"]
    assert "sidecars beside them hold the same position" in gps["message"]
    assert doc["summary"]["findings_by_severity"]["critical"] == 1
    # check keeps one finding a file (its SARIF annotates each): 30, each naming its own sidecar.
    checked = gps_findings(report("check", ".", cwd=folder, codes=(1,)))
    assert len(checked) == 30
    assert all(sidecar_name(f["location"]["path"]) in f["message"] for f in checked)


def test_a_sidecar_whose_google_position_differs_is_not_folded(tmp_path: Path) -> None:
    """Review rev10a item 7: the sidecar's camera position (geoDataExif) is the photo's but the
    one Google Photos shows (geoData) is 1009 km away: the photo's finding said "holds the same
    position" and the sidecar's finding was removed."""
    root = site_with(tmp_path, PHOTO, {
        PHOTO: gps_jpeg(*LYON),
        sidecar_name(PHOTO): takeout_sidecar(geoData=geo(*HORSFORTH), geoDataExif=geo(*LYON))})
    doc = report("check", "_drafts/walk.md", cwd=root, codes=(1,))
    by_path = {f["location"]["path"]: f["message"] for f in gps_findings(doc)}
    assert set(by_path) == {f"assets/img/{PHOTO}", f"assets/img/{sidecar_name(PHOTO)}"}
    assert "same position" not in by_path[f"assets/img/{PHOTO}"]
    side = by_path[f"assets/img/{sidecar_name(PHOTO)}"]
    assert "53.843700, -1.637600" in side and "1009 km" in side, side
    assert doc["summary"]["findings_by_severity"]["critical"] == 2
    redacted = json.dumps(report("check", "_drafts/walk.md", "--redact", cwd=root, codes=(1,)))
    for secret in ("53.84", "45.77", "1.637", "4.832", "Horsforth", "Lyon"):
        assert secret not in redacted, secret

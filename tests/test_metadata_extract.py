"""Extraction from real files: our fixtures (made by Pillow, piexif, ExifTool,
pypdf and zipfile, see tests/fixtures/metadata/make_fixtures.py) and ExifTool's own
sample images in ../shared, checked against values ExifTool reports."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import REPO, SHARED
from nymaudit.metadata import extract, sniff

FIXTURES = REPO / "tests" / "fixtures" / "metadata"
SAMPLES = SHARED / "images" / "exiftool-samples"
sys.path.insert(0, str(FIXTURES))


def fields(path: Path) -> dict[tuple[str, str], list[str]]:
    meta = extract(path.read_bytes())
    found: dict[tuple[str, str], list[str]] = {}
    for f in meta.fields:
        found.setdefault((f.group, f.name), []).append(f.value)
    return found


def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/images/exiftool-samples is not available")
    return SAMPLES


# --- our fixtures -------------------------------------------------------------

def test_camera_jpeg_gps_serial_owner_offset_thumbnail() -> None:
    got = fields(FIXTURES / "camera_gps_serial.jpg")
    assert got[("gps", "GPSPosition")] == ["48.858400, 2.294500"]
    assert got[("gps", "NearestPlace")][0].endswith("FR, 1 km away")
    assert got[("serial", "SerialNumber")] == ["4711081516"]
    assert got[("serial", "LensSerialNumber")] == ["LS-99887766"]
    assert got[("person", "Artist")] == ["Jane Realname"]
    assert got[("person", "OwnerName")] == ["Jane Realname"]
    assert got[("time", "OffsetTimeOriginal")] == ["+02:00"]
    assert got[("software", "HostComputer")] == ["JANES-LAPTOP"]
    assert got[("embedded_image", "ThumbnailImage")][0].startswith("JPEG 160x90")
    assert extract((FIXTURES / "camera_gps_serial.jpg").read_bytes()).image_size == (400, 300)


@pytest.mark.parametrize("name", ["text_exif.png", "exif.webp", "photo.heic"])
def test_exif_inside_png_webp_heic(name: str) -> None:
    got = fields(FIXTURES / name)
    assert got[("gps", "GPSPosition")] == ["48.858400, 2.294500"]
    assert got[("serial", "SerialNumber")] == ["4711081516"]


def test_png_text_chunks_and_xmp() -> None:
    got = fields(FIXTURES / "text_exif.png")
    assert got[("person", "Author")] == ["Jane Realname"]
    assert got[("free_text", "Comment")] == ["drafted at the office"]  # zTXt, compressed
    assert got[("person", "Creator")] == ["Jane Realname"]  # XMP in iTXt


def test_iptc_and_xmp_written_by_exiftool() -> None:
    path = FIXTURES / "iptc_xmp.jpg"
    got = fields(path)
    assert got[("person", "By-line")] == ["Jane Realname"]
    assert got[("place", "City")] == ["Lyon"]
    assert got[("place", "Country-PrimaryLocationName")] == ["France"]
    assert got[("person", "PersonInImage")] == ["Max Mustermann"]
    assert got[("document_id", "RawFileName")] == ["IMG_4711.CR3"]
    assert got[("free_text", "Comment")] == ["shot from my balcony"]
    assert "xmp.did:0B5A7C3D" in got[("document_id", "DocumentID")][0]


def test_pdf_earlier_revision_keeps_the_real_author() -> None:
    got = fields(FIXTURES / "incremental.pdf")
    assert got[("person", "Author")] == ["Nym Pseudonym"]
    assert got[("person", "Revision1:Author")] == ["Jane Realname"]
    assert got[("document_id", "Revisions")] == ["2"]
    assert "jrealname" in got[("free_text", "Revision1:Title")][0]
    assert got[("time", "CreateDate")] == ["D:20250601091500+02'00'"]


def test_docx_people_comments_tracked_changes_rsids_template() -> None:
    got = fields(FIXTURES / "tracked.docx")
    assert got[("person", "Creator")] == ["Jane Realname"]
    assert got[("person", "Company")] == ["Example Ministry of Transport"]
    assert set(got[("person", "RevisionAuthor")]) == {"jrealname", "Jane R."}
    assert got[("person", "CommentAuthor")] == ["Reviewer Colleague"]
    assert "jane.realname@example.gov" in got[("person", "PresenceUserId")][0]
    assert got[("document_id", "RsidRoot")] == ["00A1B2C3"]
    assert "Users\\jrealname" in got[("document_id", "AttachedTemplate")][0]


def test_odt_meta_and_annotation_authors() -> None:
    got = fields(FIXTURES / "letter.odt")
    assert got[("person", "InitialCreator")] == ["Jane Realname"]
    assert got[("document_id", "Template")] == ["/home/jrealname/Templates/letter.ott"]
    assert got[("person", "AnnotationOrChangeAuthor")] == ["Office Mate"]
    assert got[("free_text", "UserDefined:Department")] == ["Roads Unit 4"]


def test_mov_location_make_model_keys() -> None:
    got = fields(FIXTURES / "phone.mov")
    assert got[("gps", "GPSPosition")] == ["48.858400, 2.294500"]
    assert got[("device", "Model")] == ["iPhone 15 Pro"]
    assert got[("time", "CreationDate")] == ["2025-06-01T09:15:00+0200"]


def test_builders_still_make_the_same_fixtures(tmp_path: Path) -> None:
    import make_fixtures

    for made in make_fixtures.build_all(tmp_path):
        committed = FIXTURES / made.name
        ours = {(f.group, f.name) for f in extract(made.read_bytes()).fields}
        theirs = {(f.group, f.name) for f in extract(committed.read_bytes()).fields}
        assert ours == theirs, made.name


# --- ExifTool's sample images -------------------------------------------------

SAMPLE_EXPECTATIONS = [
    ("Canon.jpg", "serial", "SerialNumber", "0560018150"),
    ("Canon.jpg", "person", "OwnerName", "Phil Harvey"),
    ("Canon1DmkIII.jpg", "serial", "InternalSerialNumber", "G002669"),
    ("NikonD70.jpg", "serial", "SerialNumber", "NO= 20025585"),
    ("NikonD2Hs.jpg", "serial", "SerialNumber", "3001006"),
    ("OlympusE1.jpg", "serial", "LensSerialNumber", "050105886"),
    ("Olympus2.jpg", "serial", "SerialNumber", "C90500055"),
    ("Panasonic.jpg", "serial", "InternalSerialNumber", "S000407190102"),
    ("Pentax.jpg", "serial", "InternalSerialNumber", "132352"),
    ("Sigma.jpg", "serial", "SerialNumber", "02000019"),
    ("Motorola.jpg", "serial", "SerialNumber", "NX0A3S0075"),
    ("FujiFilm.raf", "serial", "InternalSerialNumber", "FPX20582698 592D313134360702198C0020100A84"),
    ("FLIR.jpg", "serial", "CameraSerialNumber", "470023842"),
    ("GoPro.jpg", "serial", "CameraSerialNumber", "C3221324657219"),
    ("DNG.dng", "serial", "CameraSerialNumber", "012345678"),
    ("CanonRaw.cr3", "serial", "InternalSerialNumber", "CG0156580"),
    ("PhaseOne.iiq", "serial", "SerialNumber", "LD001055"),
    ("Panasonic.rw2", "serial", "InternalSerialNumber", "F350807010058"),
    ("GPS.jpg", "gps", "GPSPosition", "54.989667, -1.914167"),
    ("Google.jpg", "time", "OffsetTimeOriginal", "+02:00"),
    ("IPTC.jpg", "person", "By-line", "Phil Harvey"),
    ("AFCP.jpg", "person", "By-line", "byline"),
    ("ExtendedXMP.jpg", "software", "Creator", "Guess Who"),
    ("XMP.jpg", "person", "Creator", "Phil Harvey"),  # UTF-16 XMP
    ("XMP5.xmp", "person", "RegionName", "Region 1"),
    ("OOXML.docx", "person", "LastModifiedBy", "Jeff"),
    ("OpenDoc.ods", "person", "InitialCreator", "IDHW IDHW Informatica"),
    ("QuickTime.mov", "person", "Artist", "årtist"),
    ("RIFF.webp", "person", "Artist", "me"),
    ("PNG.png", "person", "Creator", "Phil Harvey"),
    ("Photoshop.psd", "person", "By-line", "Phil Harvey"),
    ("Jpeg2000.jp2", "person", "Artist", "me"),
    ("PostScript.eps", "person", "Creator", "Phil Harvey"),
    ("GIF.gif", "free_text", "Title", "GIF with XMP"),
    ("XMP.inx", "software", "CreatorTool", "Adobe InDesign 5.0"),  # broken XML, read leniently
    ("CanonRaw.crw", "serial", "SerialNumber", "0560018150"),
    ("CanonRaw.crw", "person", "OwnerName", "Phil Harvey"),
    ("Pentax.avi", "serial", "SerialNumber", "3430417"),
    ("RIFF.avi", "person", "Creator", "Phil Harvey"),
    ("RIFF.wav", "device", "Model", "PENTAX Optio WP"),
]


@pytest.mark.parametrize(("name", "group", "field", "value"), SAMPLE_EXPECTATIONS)
def test_exiftool_samples(name: str, group: str, field: str, value: str) -> None:
    got = fields(samples() / name)
    assert value in got.get((group, field), []), sorted(got)


@pytest.mark.parametrize("name", ["Nikon.nef", "CanonRaw.cr2", "OlympusE1.jpg", "Pentax.jpg"])
def test_maker_note_previews_are_embedded_images(name: str) -> None:
    got = fields(samples() / name)
    assert any(group == "embedded_image" for group, _ in got), sorted(got)


def test_formats_are_sniffed_from_content_not_names() -> None:
    folder = samples()
    assert sniff((folder / "Canon.jpg").read_bytes()) == "jpeg"
    assert sniff((folder / "CanonRaw.cr2").read_bytes()) == "cr2"
    assert sniff((folder / "QuickTime.heic").read_bytes()) == "heif"
    assert sniff((folder / "CanonRaw.cr3").read_bytes()) == "cr3"
    assert sniff((folder / "OOXML.docx").read_bytes()) == "ooxml"
    assert sniff((folder / "OpenDoc.ods").read_bytes()) == "odf"
    assert sniff(b"just text") == "text"
    assert sniff("Caf\u00e9 au lait \u2014 notes".encode()[:-1]) == "text"  # cut mid-character
    assert sniff(b"\x00\x01\x02binary") == "unknown"
    assert sniff(b"latin-1 caf\xe9 in the middle of text") == "unknown"


def test_agrees_with_exifread_on_basic_exif() -> None:
    """exifread (a declared dependency) as an independent second reader."""
    import io

    import exifread

    checked = 0
    for path in sorted(samples().glob("*.jpg")):
        tags = exifread.process_file(io.BytesIO(path.read_bytes()), details=False)
        ours = fields(path)
        for theirs_key, ours_key in (("Image Make", ("device", "Make")),
                                     ("Image Model", ("device", "Model")),
                                     ("EXIF DateTimeOriginal", ("time", "DateTimeOriginal"))):
            value = str(tags.get(theirs_key, "")).strip()
            if value:
                assert value in ours.get(ours_key, []), (path.name, theirs_key, value)
                checked += 1
    assert checked > 60


def test_exiftool_sees_what_our_fixture_claims(tmp_path: Path) -> None:
    """The fixture really holds what we read (ExifTool as the referee)."""
    import json
    import subprocess

    exiftool = shutil.which("exiftool")
    if exiftool is None:
        pytest.skip("exiftool not installed")
    out = subprocess.run([exiftool, "-json", "-n", str(FIXTURES / "camera_gps_serial.jpg")],
                         capture_output=True, check=True).stdout
    record = json.loads(out)[0]
    assert abs(record["GPSLatitude"] - 48.8584) < 1e-4
    assert str(record["SerialNumber"]) == "4711081516"
    assert record["Artist"] == "Jane Realname"


def test_gopro_mp4_serial_in_gpmf_user_data() -> None:
    import struct

    from make_fixtures import box

    casn = b"CASN" + b"c" + bytes([14]) + struct.pack(">H", 1) + b"C3221324657219" + b"\0\0"
    gpmf = b"DEVC" + bytes([0, 1]) + struct.pack(">H", len(casn)) + casn
    data = box(b"ftyp", b"mp41" + b"\0" * 4 + b"mp41") + box(
        b"moov", box(b"udta", box(b"FIRM", b"HD9.01.01.60.00") + box(b"GPMF", gpmf)))
    got = {(f.group, f.name): f.value for f in extract(data).fields}
    assert got[("serial", "CameraSerialNumber")] == "C3221324657219"
    assert got[("software", "FirmwareVersion")] == "HD9.01.01.60.00"

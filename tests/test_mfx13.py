"""Metadata fixes (mfx13, thirteenth session, 2026-11-30).

red13 1   An IFD of more than 1,000 entries was dropped whole: a photo with GPS read as clean.
red13 2   Only the first 8 PDF revisions were read, without a word.
red13 3   A stock photo inside a .docx gave a critical, high-confidence place of the writer and
          its photographer's serial; grouped, the "inside the document" caveat was lost.
red13 6   META014 was one finding per photo (its evidence held each photo's own times).
walk13 2  AES-encrypted PDFs with an empty user password were not read.
walk13 9  A Word comment's words never reached the free-text join.
walk13 10 A link to an organisation's file server without a Company was only META018 low.
walk13 14 A PNG screenshot: Word advice for META019, META022 naming the wrong field, and a
          META014 recipe that left a PNG's CreationTime (run here with the real exiftool).

Real files: Pillow/piexif photos (hostile EXIF directories hand-built into a real JPEG, as
the red team built them), pypdf PDFs with incremental updates appended as Acrobat appends
them, qpdf/pypdf encryption, python-docx documents, exiftool.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import docx
import piexif
import pytest
from PIL import Image, PngImagePlugin
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.metadata import extract
from nymaudit.metadata.attachments import check_bytes


def _cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def _meta_json(path: Path) -> dict:
    result = _cli("meta", "--format", "json", str(path))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return json.loads(result.stdout)


def _scan(*paths: Path):  # type: ignore[no-untyped-def]
    from nymaudit.scan import ScanOptions, analyse
    from nymaudit.sources.detect import read_inputs

    return analyse(read_inputs(list(paths)), ScanOptions())


def _rows(report) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {kind: [e["value"] for e in entries] for kind, entries in report.profile["clues"].items()}


# -- red13 1: an IFD of many entries -------------------------------------------------------------


def _jpeg_with_ifd0(pad: int) -> bytes:
    """A real JPEG (Pillow) whose EXIF IFD0 holds Make, a GPS pointer (Leeds) and ``pad`` padding
    entries after them, as red13's ifd_gps_1001.py builds it."""
    n0 = 2 + pad
    gps_off = 8 + 2 + 12 * n0 + 4
    data_off = gps_off + 2 + 12 * 4 + 4
    blob = b""

    def rationals(values: list[tuple[int, int]]) -> int:
        nonlocal blob
        at = data_off + len(blob)
        blob += b"".join(struct.pack("<II", a, b) for a, b in values)
        return at

    lat = rationals([(53, 1), (48, 1), (273, 100)])
    lon = rationals([(1, 1), (32, 1), (5715, 100)])
    make_at = data_off + len(blob)
    blob += b"Apple\x00"
    ifd0 = struct.pack("<HHII", 0x010F, 2, 6, make_at) + struct.pack("<HHII", 0x8825, 4, 1, gps_off)
    ifd0 += b"".join(struct.pack("<HHII", 0xC000 + (i % 0x3000), 3, 1, 0) for i in range(pad))
    gps = (struct.pack("<H", 4) + struct.pack("<HHI4s", 1, 2, 2, b"N\x00\x00\x00")
           + struct.pack("<HHII", 2, 5, 3, lat) + struct.pack("<HHI4s", 3, 2, 2, b"W\x00\x00\x00")
           + struct.pack("<HHII", 4, 5, 3, lon) + struct.pack("<I", 0))
    tiff = (b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", n0) + ifd0 + struct.pack("<I", 0)
            + gps + blob)
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG")
    jpeg = out.getvalue()
    app1 = b"Exif\x00\x00" + tiff
    assert len(app1) + 2 < 65536
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


def test_an_ifd_of_1002_entries_is_read_and_its_gps_found(tmp_path: Path) -> None:
    photo = tmp_path / "gps_pad1000.jpg"
    photo.write_bytes(_jpeg_with_ifd0(1000))
    if shutil.which("exiftool"):  # the position is there for anyone to read
        shown = subprocess.run(["exiftool", "-n", "-GPSLatitude", str(photo)], capture_output=True, text=True)
        assert "53.8" in shown.stdout
    rules = [f["rule"] for f in _meta_json(photo)["files"][0]["findings"]]
    assert "META010" in rules
    result = _cli("check", str(photo), "--quiet-pass")
    assert result.exit_code == 1


def test_an_ifd_of_ten_entries_is_read_as_before(tmp_path: Path) -> None:  # guard
    meta = extract(_jpeg_with_ifd0(10))
    assert any(f.name == "GPSPosition" for f in meta.fields) and meta.error is None


def _tiff_many_entries(count: int) -> bytes:
    """A TIFF whose one IFD states ``count`` entries with a GPS pointer at its end: more entries
    than a file may read (tiff.MAX_FILE_ENTRIES)."""
    head = 8
    gps_off = head + 2 + 12 * count + 4
    entries = b"".join(struct.pack("<HHII", 0x0100 + (i % 0x7000), 3, 1, 0) for i in range(count - 1))
    entries += struct.pack("<HHII", 0x8825, 4, 1, gps_off)
    gps = (struct.pack("<H", 2) + struct.pack("<HHI4s", 1, 2, 2, b"N\x00\x00\x00")
           + struct.pack("<HHI4s", 3, 2, 2, b"W\x00\x00\x00") + struct.pack("<I", 0))
    return (b"II*\x00" + struct.pack("<I", head) + struct.pack("<H", count) + entries
            + struct.pack("<I", 0) + gps)


def test_more_entries_than_a_file_reads_is_a_partial_read_and_check_fails_closed(tmp_path: Path) -> None:
    from nymaudit.metadata.core import MAX_FILE_ENTRIES

    data = _tiff_many_entries(MAX_FILE_ENTRIES + 5000)
    meta = extract(data)
    assert meta.partial and "entries" in (meta.error or "") and "partial result" in (meta.error or "")
    path = tmp_path / "many.tif"
    path.write_bytes(data)
    result = _cli("check", str(path), "--format", "json")
    assert result.exit_code == 1
    assert any(f["rule"] == "META026" for f in json.loads(result.stdout)["findings"])


def test_data_read_as_an_ifd_with_a_huge_count_is_not_an_ifd() -> None:  # guard
    # A maker note's bytes whose first two read as 60,000: entries of no known type, no fields.
    data = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 60000) + b"\xee" * (12 * 60000 + 4)
    meta = extract(data)
    assert not meta.partial and not any(f.group == "gps" for f in meta.fields)


# -- red13 2: PDF revisions ------------------------------------------------------------------------


def _pdf_with_revisions(count: int, odd_one: int, name: str = "Jane Smith") -> bytes:
    """A pypdf PDF and ``count - 1`` incremental updates appended as Acrobat appends a form save:
    each a new Info dictionary, the Author 'Quiet Pen' but in revision ``odd_one``."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({"/Author": "Quiet Pen"})
    out = io.BytesIO()
    writer.write(out)
    data = bytearray(out.getvalue())
    startxref = int(re.findall(rb"startxref\s+(\d+)", bytes(data))[-1])
    size = int(re.findall(rb"/Size (\d+)", bytes(data))[-1])
    root = re.findall(rb"/Root (\d+ 0 R)", bytes(data))[-1]
    for revision in range(2, count + 1):
        author = name.encode() if revision == odd_one else b"Quiet Pen"
        obj_at = len(data)
        data += b"%d 0 obj\n<< /Author (%s) /Producer (Acrobat Pro 24) >>\nendobj\n" % (size, author)
        xref_at = len(data)
        data += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, obj_at)
        data += (b"trailer\n<< /Size %d /Root %s /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
                 % (size + 1, root, size, startxref, xref_at))
        startxref = xref_at
        size += 1
    return bytes(data)


def test_a_name_saved_in_revision_10_of_12_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rev12.pdf"
    path.write_bytes(_pdf_with_revisions(12, 10))
    [entry] = _meta_json(path)["files"]
    assert ("Revision10:Author", "Jane Smith") in [(f["name"], f["value"]) for f in entry["fields"]]
    assert entry["error"] is None  # all 12 read
    result = _cli("check", str(path), "--format", "json")
    assert "Jane Smith" in result.stdout


def test_revisions_past_what_is_read_are_named_and_check_fails_closed(tmp_path: Path) -> None:
    from nymaudit.metadata.pdf import MAX_REVISIONS

    total = MAX_REVISIONS + 8
    meta = extract(_pdf_with_revisions(total, total - 1))
    half = MAX_REVISIONS // 2
    # The first and the last revisions are read (the latest save's name is found) ...
    assert ("person", f"Revision{total - 1}:Author", "Jane Smith") in [
        (f.group, f.name, f.value) for f in meta.fields]
    # ... the ones between are said, by number, as a partial read.
    assert meta.partial
    assert f"earlier revisions {half + 1}-{total - 1 - half} of {total}" in (meta.error or "")
    path = tmp_path / "many.pdf"
    path.write_bytes(_pdf_with_revisions(total, 3))
    result = _cli("check", str(path), "--format", "json")
    assert result.exit_code == 1
    assert any(f["rule"] == "META026" for f in json.loads(result.stdout)["findings"])


# -- red13 3: a stock photo inside a document ---------------------------------------------------------


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 100)
    return ((d, 1), (m, 1), (s, 100))


def _photo(artist: bytes, copyright_: bytes = b"", serial: bytes = b"GETTY0012345") -> bytes:
    zeroth = {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS R5"}
    if artist:
        zeroth[piexif.ImageIFD.Artist] = artist
    if copyright_:
        zeroth[piexif.ImageIFD.Copyright] = copyright_
    exif = {"0th": zeroth,
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2019:07:14 18:12:44",
                     piexif.ExifIFD.BodySerialNumber: serial},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: _dms(1.4061),
                    piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: _dms(35.0120)}}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 60)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _docx_with(picture: bytes, author: str = "Quiet Pen") -> bytes:
    document = docx.Document()
    document.core_properties.author = author
    document.add_paragraph("Trip report")
    document.add_picture(io.BytesIO(picture))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_stock_photo_inside_two_documents_is_the_photographers_not_the_writers(tmp_path: Path) -> None:
    stock = _photo(b"Jonathan Wexford/Getty Images", b"(c) Getty Images")
    for name in ("newsletter.docx", "newsletter2.docx"):
        (tmp_path / name).write_bytes(_docx_with(stock))
    report = _scan(tmp_path)
    by_rule = {f.rule: f for f in report.findings}
    position, serial = by_rule["META010"], by_rule["META011"]
    assert position.message.startswith("In 2 files")
    for finding in (position, serial):
        assert finding.severity.label == "medium" and finding.confidence.label == "low"
        # Grouped, the caveat stays: whose picture it is and that it is not the writer's.
        assert "credited to 'Jonathan Wexford/Getty Images'" in finding.message
        assert "not about the document's writer" in finding.message
    rows = _rows(report)
    assert "location" not in rows
    assert any("-1.40" in value for value in rows["in pictures or files inside documents"])
    assert not any("GETTY0012345" in value for value in rows.get("identity", []))
    assert str(report.risk) != "critical"


def test_a_picture_that_names_no_one_is_not_sure_to_be_the_writers(tmp_path: Path) -> None:
    meta_findings = check_bytes(_docx_with(_photo(b"")), "memo.docx").findings
    [position] = [f for f in meta_findings if f.rule == "META010"]
    assert position.severity.label == "critical" and position.confidence.label == "medium"
    assert "not necessarily about the document's writer" in position.message


def test_a_named_picture_in_a_document_of_no_author_is_not_sure_to_be_anyones() -> None:
    # python-docx's default author is a program's, not a person to compare the Artist with.
    found = check_bytes(_docx_with(_photo(b"Alice Quill"), author="python-docx"), "memo.docx").findings
    [position] = [f for f in found if f.rule == "META010"]
    assert position.severity.label == "critical" and position.confidence.label == "medium"
    assert "credited to" not in position.message


def test_a_picture_credited_to_the_author_keeps_its_weight(tmp_path: Path) -> None:  # guard
    found = check_bytes(_docx_with(_photo(b"Alice Quill"), author="Alice Quill"), "memo.docx").findings
    [position] = [f for f in found if f.rule == "META010"]
    assert position.severity.label == "critical" and position.confidence.label == "high"


# -- red13 6: META014 grouped ----------------------------------------------------------------------------


def test_photos_of_one_offset_are_one_time_zone_finding(tmp_path: Path) -> None:
    for day in range(1, 5):
        exif = {"0th": {piexif.ImageIFD.Make: b"Canon"},
                "Exif": {piexif.ExifIFD.DateTimeOriginal: f"2025:03:0{day} 09:12:44".encode(),
                         piexif.ExifIFD.OffsetTime: b"+05:00", piexif.ExifIFD.OffsetTimeOriginal: b"+05:00"}}
        Image.new("RGB", (16, 16)).save(tmp_path / f"p{day}.jpg", exif=piexif.dump(exif))
    zones = [f for f in _scan(tmp_path).findings if f.rule == "META014"]
    assert len(zones) == 1
    assert zones[0].message.startswith("In 4 files") and "UTC+05:00" in zones[0].message
    assert zones[0].evidence == "OffsetTime=+05:00; OffsetTimeOriginal=+05:00"


# -- walk13 2: encrypted PDFs ------------------------------------------------------------------------------


def _plain_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({"/Author": "Ailsa McKenzie", "/Title": "Branch report 2025"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
@pytest.mark.parametrize("bits", ["128", "256"])
def test_an_aes_pdf_with_an_empty_user_password_is_read(tmp_path: Path, bits: str) -> None:
    plain = tmp_path / "ok.pdf"
    plain.write_bytes(_plain_pdf())
    locked = tmp_path / f"aes{bits}.pdf"
    extra = ["--use-aes=y"] if bits == "128" else []
    subprocess.run(["qpdf", "--encrypt", "", "owner", bits, *extra, "--", str(plain), str(locked)],
                   check=True)
    [entry] = _meta_json(locked)["files"]
    assert ("Author", "Ailsa McKenzie") in [(f["name"], f["value"]) for f in entry["fields"]]
    assert entry["error"] is None


def test_a_pdf_that_needs_a_password_is_said_and_check_fails_closed(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_plain_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    [entry] = _meta_json(path)["files"]
    assert "needs a password to open" in (entry["error"] or "")
    result = _cli("check", str(path), "--format", "json")
    assert result.exit_code == 1
    [unread] = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "META026"]
    assert "needs a password" in unread["message"]


# -- walk13 9: a Word comment's words ----------------------------------------------------------------------


def _commented(author: str, comment: str) -> bytes:
    document = docx.Document()
    document.core_properties.author = author
    document.core_properties.comments = ""
    paragraph = document.add_paragraph("Branch news")
    document.add_comment(paragraph.runs, text=comment, author="QP", initials="QP")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_comment_naming_the_writers_name_is_said_without_quoting_it(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    path.write_bytes(_commented("Ailsa McKenzie", "Send the rota to ailsa mckenzie before Friday"))
    [entry] = _meta_json(path)["files"]
    [joined] = [f for f in entry["findings"] if f["rule"] == "META022"]
    assert joined["severity"] == "high" and "(Comment)" in joined["message"]
    assert "matches=Ailsa McKenzie" in joined["evidence"]
    assert "rota" not in json.dumps(entry)  # the comment itself is never quoted (META029 counts it)


def test_a_comment_naming_nothing_identified_is_no_free_text_finding(tmp_path: Path) -> None:  # guard
    path = tmp_path / "c.docx"
    path.write_bytes(_commented("Quiet Pen", "check with Morag before we print this"))
    report = _scan(path)
    assert not [f for f in report.findings if f.rule == "META022" and "Comment" in f.message]
    assert [f for f in report.findings if f.rule == "META029"]


# -- walk13 10: a link to a file server --------------------------------------------------------------------


def _linked_docx(target: str) -> bytes:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.core_properties.author = "Quiet Pen"
    paragraph = document.add_paragraph("The rota is on the shared drive.")
    document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    del paragraph
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_link_to_an_organisations_file_server_names_the_employer() -> None:
    found = check_bytes(_linked_docx(r"file:///\\nhslothian-fs01\Theatres\Rota\rota-2025.xlsx"),
                        "rota.docx").findings
    [org] = [f for f in found if f.rule == "META020"]
    assert org.severity.label == "high" and org.confidence.label == "medium"
    assert org.clue is not None and org.clue.kind == "employer"
    assert org.clue.value == r"\\nhslothian-fs01\Theatres"


def test_a_generic_file_server_is_a_weak_clue() -> None:
    found = check_bytes(_linked_docx(r"file:///\\fs01\share\rota.xlsx"), "rota.docx").findings
    [org] = [f for f in found if f.rule == "META020"]
    assert org.severity.label == "medium" and org.confidence.label == "low"


# -- walk13 14: a PNG screenshot --------------------------------------------------------------------


XMP_USER_COMMENT = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"><exif:UserComment><rdf:Alt>'
    '<rdf:li xml:lang="x-default">Screenshot</rdf:li></rdf:Alt></exif:UserComment></rdf:Description>'
    '</rdf:RDF></x:xmpmeta>')


def _screenshot(path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP_USER_COMMENT)
    info.add_text("Author", "Daniel Robson")
    info.add_text("Comment", "C:\\Users\\drobson\\Pictures\\Screenshots\\Screenshot 2025-09-10 201500.png")
    info.add_text("Creation Time", "2025:09:10 20:15:00+01:00")
    Image.new("RGB", (40, 30), (200, 200, 220)).save(path, pnginfo=info)


def test_a_png_screenshot_gets_advice_for_an_image_and_the_right_field(tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    _screenshot(path)
    findings = {f["rule"]: f for f in _meta_json(path)["files"][0]["findings"]}
    assert "Document Inspector" not in findings["META019"]["advice"]
    assert "exiftool -all=" in findings["META019"]["advice"]
    free_text = findings["META022"]["message"]
    assert "(Comment)" in free_text and "UserComment" not in free_text


def test_a_docx_path_keeps_word_advice() -> None:  # guard
    document = docx.Document()
    document.core_properties.author = "Quiet Pen"
    document.core_properties.title = "C:\\Users\\jsmith\\Documents\\memo.docx"
    out = io.BytesIO()
    document.save(out)
    found = [f for f in check_bytes(out.getvalue(), "memo.docx").findings if f.rule == "META019"]
    assert found and "Document Inspector" in found[0].advice


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_the_time_zone_recipe_works_with_the_real_exiftool(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("shot.png" if kind == "png" else "photo.jpg")
    if kind == "png":
        _screenshot(path)
        subprocess.run(["exiftool", "-q", "-overwrite_original",
                        "-PNG:CreationTime=2025:09:10 20:15:00+01:00", str(path)], check=True)
    else:
        exif = {"Exif": {piexif.ExifIFD.DateTimeOriginal: b"2025:03:01 09:12:44",
                         piexif.ExifIFD.OffsetTimeOriginal: b"+05:00"}}
        Image.new("RGB", (16, 16)).save(path, exif=piexif.dump(exif))
        subprocess.run(["exiftool", "-q", "-overwrite_original", "-XMP:DateCreated=2025:03:01 09:12:44+05:00",
                        str(path)], check=True)
    [zone] = [f for f in _meta_json(path)["files"][0]["findings"] if f["rule"] == "META014"]
    # The advice's own "at least" command, run as written on the file.
    command = re.search(r"at least[^`]*`(exiftool [^`]+)`", zone["advice"])
    assert command is not None, zone["advice"]
    words = command.group(1).split()
    subprocess.run(["exiftool", "-q", "-overwrite_original", *words[1:-1], str(path)], check=True)
    after = _meta_json(path)["files"][0]
    assert not [f for f in after["findings"] if f["rule"] == "META014"], after

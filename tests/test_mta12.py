"""Twelfth session (2026-11-30, mta12): metadata items the eleventh session's note left open.

1. META021 was high when the only earlier value of a PDF was a program: Office for Mac's
   "Microsoft Office User", python-docx's "python-docx", openpyxl's "openpyxl" or "LibreOffice" as
   the first revision's Author, then `exiftool -Author=...` appending a revision. It is low now,
   with the program as a software clue (heuristics/metadata.toml, META021 program_authors).
2. `nymaudit meta` over a folder did not join free text to other files' findings (scan does:
   META022 raised when a title names a value found elsewhere); it does now.
3. CSV logs: ExifTool's combined GPSPosition column, a single geotagged photo's row, an unsigned
   GPSLatitude beside its GPSLatitudeRef column (`exiftool -csv -a -G1 -n -gps:all`), and Columbus
   V-990 logs (hemisphere letters after the number, fields padded with NUL bytes) were not read.

The CSV texts below are what ExifTool 12.57 wrote for two photos (IMG_1000 at 51.5007 N 0.1246 W,
IMG_1001 at 40.7128 N 74.006 W; IMG_1002 without a position); the Columbus log is GPSBabel's
sample of the V-900/V-990 "advanced mode" layout (v900.cc), with its NUL padding.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfWriter

from nymaudit.metadata import extract, sniff
from nymaudit.metadata.attachments import check_bytes
from nymaudit.model import Severity

# -- item 1: an earlier Author that is a program -------------------------------------------


def _pdf(first_author: str, creator: str = "Microsoft Word",
         producer: str = "macOS Version 13.4 (Build 22F66) Quartz PDFContext") -> bytes:
    """A PDF as the program wrote it, then its Author changed by an incremental update (two
    %%EOF), as `exiftool -Author=Nym file.pdf` leaves it."""
    first = PdfWriter()
    first.add_blank_page(width=200, height=200)
    first.add_metadata({"/Author": first_author, "/Creator": creator, "/Producer": producer})
    saved = io.BytesIO()
    first.write(saved)
    again = PdfWriter(io.BytesIO(saved.getvalue()), incremental=True)
    again.add_metadata({"/Author": "Nym"})
    out = io.BytesIO()
    again.write(out)
    assert out.getvalue().count(b"%%EOF") == 2
    return out.getvalue()


def _meta021(data: bytes):  # type: ignore[no-untyped-def]
    [found] = [f for f in check_bytes(data, "notes.pdf").findings if f.rule == "META021"]
    return found


@pytest.mark.parametrize("program", ["Microsoft Office User", "python-docx", "openpyxl", "LibreOffice"])
def test_earlier_author_that_is_a_program_is_low(program: str) -> None:
    found = _meta021(_pdf(program))
    assert found.severity == Severity.LOW  # was high
    assert f"Revision1:Author '{program}' (a program's default, not a person)" in found.message
    assert found.clue is not None and found.clue.kind == "software"  # not an identity


def test_earlier_author_that_is_the_files_own_creator_is_low() -> None:
    # LibreOffice's PDF export with no user name set wrote "Writer" as both Creator and Author.
    found = _meta021(_pdf("Writer", creator="Writer", producer="LibreOffice 7.4"))
    assert found.severity == Severity.LOW
    assert found.clue is not None and found.clue.kind == "software"


def test_earlier_author_that_is_a_person_stays_high_and_first() -> None:
    found = _meta021(_pdf("Jane Example"))
    assert found.severity == Severity.HIGH
    assert "Revision1:Author 'Jane Example'." in found.message
    assert found.clue is not None and (found.clue.kind, found.clue.value) == ("identity", "Jane Example")
    # A person's old value beside a program's: still high, the person named.
    first = PdfWriter()
    first.add_blank_page(width=200, height=200)
    first.add_metadata({"/Author": "Microsoft Office User", "/Title": "Jane Example CV"})
    saved = io.BytesIO()
    first.write(saved)
    again = PdfWriter(io.BytesIO(saved.getvalue()), incremental=True)
    again.add_metadata({"/Author": "Nym", "/Title": "CV"})
    out = io.BytesIO()
    again.write(out)
    found = _meta021(out.getvalue())
    assert found.severity == Severity.HIGH
    assert "Revision1:Title 'Jane Example CV'" in found.message


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_earlier_author_written_over_by_exiftool(tmp_path: Path) -> None:
    """The real tool: ExifTool appends the revision itself."""
    first = PdfWriter()
    first.add_blank_page(width=200, height=200)
    first.add_metadata({"/Author": "Microsoft Office User", "/Creator": "Microsoft Word"})
    path = tmp_path / "notes.pdf"
    first.write(path)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-Author=Nym", str(path)], check=True)
    found = _meta021(path.read_bytes())
    assert found.severity == Severity.LOW
    assert "'Microsoft Office User' (a program's default, not a person)" in found.message


def test_scan_dossier_has_no_program_as_an_identity(tmp_path: Path) -> None:
    from nymaudit.scan import ScanOptions, analyse
    from nymaudit.sources.detect import read_inputs

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "notes.txt").write_text("Notes for the branch meeting.\n", encoding="utf-8")
    (drafts / "notes.pdf").write_bytes(_pdf("Microsoft Office User"))
    report = analyse(read_inputs([drafts]), ScanOptions())
    [found] = [f for f in report.findings if f.rule == "META021"]
    assert found.severity == Severity.LOW
    identities = [e["value"] for e in report.profile["clues"].get("identity", [])]
    assert "Microsoft Office User" not in identities


# python-docx 1.x's docProps/core.xml as `Document().save()` writes it, and openpyxl 3.x's.
DOCX_CORE = ('<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\'?>\n<cp:coreProperties '
             'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
             '<dc:title/><dc:subject/><dc:creator>python-docx</dc:creator><cp:keywords/><dc:description>'
             'generated by python-docx</dc:description><cp:lastModifiedBy/><cp:revision>1</cp:revision>'
             '<dcterms:created xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:created>'
             '<dcterms:modified xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:modified>'
             '<cp:category/></cp:coreProperties>')
XLSX_CORE = ('<cp:coreProperties '
             'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
             '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">openpyxl</dc:creator><dcterms:created '
             'xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:type="dcterms:W3CDTF">2026-11-30T02:03:36Z</dcterms:created></cp:coreProperties>')


def _ooxml(core: str, main: str) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        zf.writestr("docProps/core.xml", core)
        zf.writestr(main, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(("core", "main", "name"), [(DOCX_CORE, "word/document.xml", "notes.docx"),
                                                     (XLSX_CORE, "xl/workbook.xml", "rota.xlsx")])
def test_a_programs_default_author_is_no_person(core: str, main: str, name: str) -> None:
    """META012 was high on "Creator 'python-docx'" and "Creator 'openpyxl'"."""
    checked = check_bytes(_ooxml(core, main), name)
    assert {f.name: f.value for f in checked.meta.fields}["Creator"] in ("python-docx", "openpyxl")
    assert not [f for f in checked.findings if f.rule == "META012"]
    # A person's name in the same field still is one.
    person = check_bytes(_ooxml(core.replace(">python-docx</dc:creator>", ">Joy Okafor</dc:creator>")
                                .replace(">openpyxl</dc:creator>", ">Joy Okafor</dc:creator>"), main), name)
    [found] = [f for f in person.findings if f.rule == "META012"]
    assert found.severity == Severity.HIGH and "Joy Okafor" in found.message


def test_two_files_a_program_made_are_not_linked_by_its_name(tmp_path: Path) -> None:
    """META023 linked any two python-docx files by "name 'python-docx'" (medium)."""
    from nymaudit.commands.meta import analyse

    (tmp_path / "a.docx").write_bytes(_ooxml(DOCX_CORE, "word/document.xml"))
    (tmp_path / "b.docx").write_bytes(_ooxml(DOCX_CORE.replace("2013-12-23T23:15", "2025-03-04T10:02"),
                                             "word/document.xml"))
    doc = analyse([tmp_path])
    linked = [f["message"] for entry in doc["files"] for f in entry["findings"] if f["rule"] == "META023"]
    assert not any("python-docx" in m for m in linked), linked


# -- item 2: `meta` joins free text as scan does -------------------------------------------


def _plain_pdf(info: dict[str, str]) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Creator": "Microsoft Word for Microsoft 365", **info})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(_plain_pdf({"/Author": "Joy Okafor"}))
    (folder / "grievance.pdf").write_bytes(_plain_pdf({"/Title": "Grievance - J Okafor - DWP Sheffield"}))
    return folder


def _entry(doc: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(f for f in doc["files"] if f["path"].endswith(name))


def test_meta_over_a_folder_joins_a_title_to_another_files_author(tmp_path: Path) -> None:
    from nymaudit.commands.meta import analyse

    doc = analyse([_folder(tmp_path)])
    [title] = [f for f in _entry(doc, "grievance.pdf")["findings"] if f["rule"] == "META022"]
    assert title["severity"] == "high"  # was info
    assert "'J Okafor' ('Joy Okafor'), the name META012 found" in title["message"]
    assert "matches=Joy Okafor (as J Okafor)" in title["evidence"]
    assert "texts" not in title
    # The Author's own finding is as it was.
    [author] = [f for f in _entry(doc, "minutes.pdf")["findings"] if f["rule"] == "META012"]
    assert author["severity"] == "high"


def test_meta_join_under_redact_names_nothing(tmp_path: Path) -> None:
    import json

    from nymaudit.commands.meta import analyse

    doc = analyse([_folder(tmp_path)], redact=True)
    [title] = [f for entry in doc["files"] for f in entry["findings"] if f["rule"] == "META022"]
    assert title["severity"] == "high"
    assert "Okafor" not in json.dumps(doc) and "DWP" not in json.dumps(doc)


def test_meta_without_a_match_leaves_free_text_info(tmp_path: Path) -> None:
    from nymaudit.commands.meta import analyse

    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(_plain_pdf({"/Title": "Branch meeting notes"}))
    (folder / "b.pdf").write_bytes(_plain_pdf({"/Author": "Joy Okafor"}))
    doc = analyse([folder])
    [title] = [f for f in _entry(doc, "a.pdf")["findings"] if f["rule"] == "META022"]
    assert title["severity"] == "info"


# -- item 3: CSV logs ExifTool and Columbus loggers write ------------------------------------

POSITION = ('SourceFile,GPSPosition\nphotos/IMG_1000.JPG,"51 deg 30\' 2.52"" N, 0 deg 7\' 28.56"" W"\n'
            'photos/IMG_1002.JPG,\nphotos/IMG_1001.JPG,"40 deg 42\' 46.08"" N, 74 deg 0\' 21.60"" W"\n')
POSITION_N = ("SourceFile,GPSPosition\nphotos/IMG_1000.JPG,51.5007 -0.1246\nphotos/IMG_1002.JPG,\n"
              "photos/IMG_1001.JPG,40.7128 -74.006\n")
POSITION_C = ('SourceFile,GPSPosition\nphotos/IMG_1000.JPG,"51.500700 N, 0.124600 W"\nphotos/IMG_1002.JPG,\n'
              'photos/IMG_1001.JPG,"40.712800 N, 74.006000 W"\n')
POSITION_SIGNED = ('SourceFile,GPSPosition\nphotos/IMG_1000.JPG,"+51.500700, -0.124600"\n'
                   'photos/IMG_1002.JPG,\nphotos/IMG_1001.JPG,"+40.712800, -74.006000"\n')
GPS_ALL_N = ("SourceFile,GPS:GPSVersionID,GPS:GPSLatitudeRef,GPS:GPSLatitude,GPS:GPSLongitudeRef,"
             "GPS:GPSLongitude\nphotos/IMG_1000.JPG,2 3 0 0,N,51.5007,W,0.1246\nphotos/IMG_1002.JPG,,,,,\n"
             "photos/IMG_1001.JPG,2 3 0 0,N,40.7128,W,74.006\n")
SINGLE = 'SourceFile,GPSPosition\nphotos/IMG_1001.JPG,"40 deg 42\' 46.08"" N, 74 deg 0\' 21.60"" W"\n'
SINGLE_N = "SourceFile,GPSLatitude,GPSLongitude\nphotos/IMG_1000.JPG,51.5007,-0.1246\n"


def _fields(data: bytes) -> dict[str, str]:
    return {f.name: f.value for f in extract(data).fields}


@pytest.mark.parametrize("text", [POSITION, POSITION_N, POSITION_C, POSITION_SIGNED, GPS_ALL_N],
                         ids=["dms", "n", "c", "signed", "gps-all-n"])
def test_exiftool_csv_of_photos_is_read_with_its_hemispheres(text: str) -> None:
    data = text.encode()
    assert sniff(data) == "gps-csv"  # was text: nothing read
    got = _fields(data)
    assert got["GPSPosition"] == "51.500700, -0.124600"  # west of Greenwich, not east
    assert "2 photo position(s)" in got["GPSTrack"] and "-74.0060..-0.1246 E" in got["GPSTrack"]


@pytest.mark.parametrize("text", [SINGLE, SINGLE_N], ids=["position", "latitude-longitude"])
def test_a_single_photos_row_is_its_position(text: str) -> None:
    data = text.encode()
    assert sniff(data) == "gps-csv"
    [found] = [f for f in check_bytes(data, "gps.csv").findings if f.rule == "META010"]
    assert found.severity == Severity.CRITICAL
    assert "holds a photo's GPS position:" in found.message


def _columbus(rows: list[tuple[str, str, str, str]]) -> bytes:
    """A Columbus V-990 log in advanced mode: fixed-width fields padded with NUL bytes, CRLF."""
    def pad(text: str, width: int) -> str:
        return text + "\0" * (width - len(text))

    lines = ["INDEX,TAG,DATE,TIME,LATITUDE N/S,LONGITUDE E/W,HEIGHT,SPEED,HEADING,FIX MODE,VALID,PDOP,"
             "HDOP,VDOP,VOX"]
    for n, (date, clock, lat, lon) in enumerate(rows, start=1):
        lines.append(",".join([pad(str(n), 6), "T", date, clock, lat, lon, pad("149", 5), pad("0", 4),
                               pad("0", 3), "3D", "SPS ", pad("2.5", 5), pad("2.3", 5), pad("0.9", 5),
                               pad("", 9)]))
    return ("\r\n".join(lines) + "\r\n").encode()


def test_columbus_log_is_a_track() -> None:
    data = _columbus([("090204", "055722", "31.768380N", "035.209656E"),
                      ("090204", "055723", "31.768380N", "035.209656E"),
                      ("090204", "055724", "31.768378N", "035.209658E"),
                      ("090204", "055725", "31.768378N", "035.209658E")])
    assert b"\0" in data
    assert sniff(data) == "gps-csv"  # was "unknown": the NUL padding read as binary
    got = _fields(data)
    assert got["GPSPosition"] == "31.768380, 35.209656"
    assert got["TrackStart"] == "2009-02-04T05:57:22Z" and got["TrackEnd"] == "2009-02-04T05:57:25Z"


def test_columbus_log_south_and_west() -> None:
    data = _columbus([("240315", "101500", "34.603700S", "058.381600W"),
                      ("240315", "101505", "34.603750S", "058.381650W"),
                      ("240315", "101510", "34.603800S", "058.381700W")])
    assert sniff(data) == "gps-csv"
    assert _fields(data)["GPSPosition"] == "-34.603700, -58.381600"  # Buenos Aires, not the Indian Ocean


def test_a_position_column_outside_exiftools_csv_is_no_log() -> None:
    # A staff list's "position" is a job; two rows of one place are no log either.
    assert sniff(b"name,position\nAna,51.5 N 0.12 W\nBen,51.5 N 0.12 W\n") == "text"
    assert sniff(b"latitude,longitude\n51.5007,-0.1246\n") == "text"
    # A latitude with the wrong hemisphere letter is no position.
    assert sniff(b"SourceFile,GPSPosition\na.jpg,\"51.5 E, 0.12 N\"\n") == "text"


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_csv_exiftool_writes_now(tmp_path: Path) -> None:
    """The real tool, whatever its version: every -csv form of two geotagged photos reads west."""
    from PIL import Image

    photos = tmp_path / "photos"
    photos.mkdir()
    for i, (lat, lon) in enumerate([(51.5007, 0.1246), (40.7128, 74.006)]):
        path = photos / f"IMG_{1000 + i}.JPG"
        Image.new("RGB", (32, 32), (i * 60, 90, 90)).save(path)
        subprocess.run(["exiftool", "-q", "-overwrite_original", f"-GPSLatitude={lat}", "-GPSLatitudeRef=N",
                        f"-GPSLongitude={lon}", "-GPSLongitudeRef=W", str(path)], check=True)
    for args in (["-GPSPosition"], ["-n", "-GPSPosition"], ["-c", "%.6f", "-GPSPosition"],
                 ["-c", "%+.6f", "-GPSPosition"], ["-a", "-G1", "-n", "-gps:all"]):
        out = subprocess.run(["exiftool", "-q", "-csv", *args, str(photos)], check=True,
                             capture_output=True).stdout
        assert sniff(out) == "gps-csv", args
        got = _fields(out)
        assert "-74.0060..-0.1246 E" in got["GPSTrack"], (args, got)

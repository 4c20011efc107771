"""Twelfth session (2026-11-30, doc12): documents a journalist receives (walk12 items 1, 2, 3, 6, 7).

1. A photo inserted into a Word file (python-docx `add_picture`, which stores the JPEG byte for
   byte as word/media/image1.jpg) kept its GPS, owner and serial and was never read; pictures in
   word/, xl/, ppt/ media and embeddings and ODF Pictures/ are read now, bounded (10,000 images,
   a zip bomb).
2. PDF sticky-note authors (/T of a Text annotation, as Acrobat writes it) and files attached to a
   PDF (pypdf `add_attachment`, the /EmbeddedFiles name tree) were not read.
3. Strip advice pointed to `exiftool -all=`, reversible on a PDF and refused on a .docx; a PDF
   "stripped" by `exiftool -all=` showed its hidden Author as current.
4. "OneDrive - <organisation>" in a path is an employer clue (META020); PowerPoint's modern comment
   author userId (`S::user@org::guid`) was dropped.
5. External relationships of a .docx (a hyperlink to \\\\server\\share, a picture inserted with
   "Link to file" under C:\\Users\\name) were not read.

Documents are made by the tools that make them: python-docx (a test dependency since this
session), pypdf, Pillow + piexif, and ExifTool when installed.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.annotations import Text
from pypdf.generic import NameObject, TextStringObject

from nymaudit.metadata import extract
from nymaudit.metadata.attachments import check_bytes

docx = pytest.importorskip("docx")



def gps_jpeg() -> bytes:
    """A phone photo as Pillow + piexif write it: GPS near Leeds, owner name, body serial."""
    import piexif
    from PIL import Image

    def dms(v: float):  # type: ignore[no-untyped-def]
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60 * 100)
        return ((d, 1), (m, 1), (s, 100))

    exif = {"0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 14",
                    piexif.ImageIFD.Artist: b"Jane Smith"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:10:14 09:12:44",
                     piexif.ExifIFD.BodySerialNumber: b"F2LXK9ABC123"},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: dms(53.80076),
                    piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: dms(1.54921)}}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def memo_docx(author: str = "Nym", picture: bool = True, links: bool = False) -> bytes:
    document = docx.Document()
    document.core_properties.author = author
    document.add_paragraph("Restructuring memo")
    if picture:
        document.add_picture(io.BytesIO(gps_jpeg()))
    if links:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        # As Word writes them: a hyperlink to a file on a share, a 'Link to file' picture.
        document.part.relate_to("file:///\\\\LCC-FS01\\Housing$\\Restructure\\posts-at-risk.xlsx",
                                RT.HYPERLINK, is_external=True)
        document.part.relate_to("file:///C:\\Users\\jsmith\\Pictures\\IMG_0042.JPG", RT.IMAGE,
                                is_external=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def fields(data: bytes) -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for f in extract(data).fields:
        by.setdefault(f.name, []).append(f.value)
    return by


def rules(data: bytes, name: str) -> dict[str, object]:
    return {f.rule: f for f in check_bytes(data, name).findings}


# -- 1. pictures inside office documents ------------------------------------------------------


def test_photo_inserted_into_a_docx_is_read() -> None:
    data = memo_docx()
    assert b"word/media/image1" in data  # python-docx stored the JPEG as Word does
    got = fields(data)
    assert got["GPSPosition"] == ["53.800761, -1.549211"]
    assert got["SerialNumber"] == ["F2LXK9ABC123"]
    assert got["Artist"] == ["Jane Smith"]
    assert any("word/media/image1" in v for v in got["EmbeddedImage"])
    found = rules(data, "memo.docx")
    assert {"META010", "META011", "META012"} <= set(found)


def _with_parts(base: bytes, parts: dict[str, bytes], compress: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", compress) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        for name, data in parts.items():
            zout.writestr(name, data)
    return out.getvalue()


def test_docx_with_ten_thousand_pictures_stays_bounded() -> None:
    """A hostile document: 10,000 copies of the photo. The first 1,000 are read (128 until
    rev12e item 1), the rest are named as not read (a partial result, META026), never a hang."""
    photo = gps_jpeg()
    data = _with_parts(memo_docx(picture=False),
                       {f"word/media/image{i}.jpg": photo for i in range(10_000)})
    meta = extract(data)
    assert meta.partial and "9000 more pictures" in (meta.error or "")
    assert any(f.name == "GPSPosition" for f in meta.fields)
    assert sum(1 for f in meta.fields if f.name == "EmbeddedImage") <= 1000


def test_zip_bomb_picture_is_not_inflated() -> None:
    # A JPEG's start (a bare b"\xff\xd8" is no format nymaudit reads, passed over since rev12e item 1)
    bomb = b"\xff\xd8\xff\xe1" + bytes(48 * 1024 * 1024)  # 48 MB of zeros deflate to about 48 KB
    data = _with_parts(memo_docx(picture=False), {"word/media/image1.jpg": bomb}, zipfile.ZIP_DEFLATED)
    assert len(data) < 2 * 1024 * 1024
    meta = extract(data)
    assert meta.partial and "word/media/image1.jpg" in (meta.error or "")


def test_odf_pictures_are_read() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:  # the layout LibreOffice writes: mimetype first, stored
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
        zf.writestr("content.xml", "<office:document-content/>")
        zf.writestr("Pictures/10000201000000400000003012345678.jpg", gps_jpeg())
    got = fields(out.getvalue())
    assert got["GPSPosition"] == ["53.800761, -1.549211"]


# -- 2. PDF annotations and attachments ---------------------------------------------------------


def blank_pdf() -> PdfWriter:
    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({"/Producer": "Acrobat Pro 24"})
    return writer


def pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def annotated_pdf() -> bytes:
    writer = blank_pdf()
    note = Text(text="Check the 42 figure with Tom before this goes out", rect=(50, 50, 200, 150), open=True)
    note[NameObject("/T")] = TextStringObject("Jane Smith (Housing)")  # Acrobat's comment author
    writer.add_annotation(page_number=0, annotation=note)
    return pdf_bytes(writer)


def test_pdf_sticky_note_author_and_text() -> None:
    data = annotated_pdf()
    got = fields(data)
    assert got["AnnotationAuthor"] == ["Jane Smith (Housing)"]
    assert got["AnnotationText"] == ["Check the 42 figure with Tom before this goes out"]
    found = rules(data, "summary.pdf")
    assert "AnnotationAuthor 'Jane Smith (Housing)'" in found["META012"].message  # type: ignore[attr-defined]


def test_two_pdfs_with_the_same_note_author_are_linked(tmp_path: Path) -> None:
    """A sticky-note author is a person for the linkage too (META023)."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    (tmp_path / "a.pdf").write_bytes(annotated_pdf())
    (tmp_path / "b.pdf").write_bytes(annotated_pdf())
    result = CliRunner().invoke(app, ["meta", "--format", "json", str(tmp_path)])
    found = [f for file in json.loads(result.output)["files"] for f in file["findings"]]
    assert any(f["rule"] == "META023" and "Jane Smith (Housing)" in f["message"] for f in found)


def test_form_field_name_is_not_an_author() -> None:
    """A form field (/Widget) has /T too: its name, not who wrote it."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject

    writer = blank_pdf()
    widget = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("applicant_name"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 100, 30)]),
    })
    writer.add_annotation(page_number=0, annotation=widget)
    assert "AnnotationAuthor" not in fields(pdf_bytes(writer))


def test_pdf_attachment_is_named_and_read() -> None:
    """A PDF carrying its source document (pypdf add_attachment, as a hybrid PDF): the .docx
    inside is read, its author and its photo's GPS reported against the PDF."""
    writer = blank_pdf()
    writer.add_attachment("restructuring-memo.docx", memo_docx(author="Jane Smith"))
    data = pdf_bytes(writer)
    got = fields(data)
    assert got["EmbeddedFile"][0].startswith("restructuring-memo.docx, ")
    assert "Jane Smith" in got["Creator"]
    assert got["GPSPosition"] == ["53.800761, -1.549211"]
    assert {"META010", "META012"} <= set(rules(data, "summary.pdf"))


def test_pdf_attachment_in_a_format_not_read_is_named_as_not_checked() -> None:
    """A text file attached to a PDF: nothing of it is checked, so the PDF is read in part
    (META026, `check` fails closed) and the note names the file."""
    writer = blank_pdf()
    writer.add_attachment("sources.txt", b"Called Tom Hardcastle at 0113 222 1111 on Monday\n")
    meta = extract(pdf_bytes(writer))
    assert meta.partial and "attached file sources.txt is not a format nymaudit reads" in (meta.error or "")
    assert [f.value for f in meta.fields if f.name == "EmbeddedFile"] == [
        "sources.txt, 49 bytes (attached to the PDF)"]


def test_pdf_attachment_bomb_stays_bounded() -> None:
    writer = blank_pdf()
    writer.add_attachment("zeros.bin", bytes(100 * 1024 * 1024))
    # Acrobat deflates what it attaches (pypdf stores it as is): 100 MB of zeros in 100 KB.
    for i, obj in enumerate(writer._objects):
        if getattr(obj, "get", None) and obj.get("/Type") == "/EmbeddedFile":
            writer._objects[i] = obj.flate_encode()
    data = pdf_bytes(writer)
    assert len(data) < 2 * 1024 * 1024
    meta = extract(data)
    assert meta.partial
    assert not any(f.name == "EmbeddedImage" for f in meta.fields)


# -- 3. advice by file type, an ExifTool-"stripped" PDF ----------------------------------------


def test_advice_for_docx_and_pdf_is_not_exiftool_alone() -> None:
    office = rules(memo_docx(author="Jane Smith"), "memo.docx")
    advice = office["META017"].advice  # type: ignore[attr-defined]
    assert "Inspect Document" in advice and "ExifTool cannot write .docx" in advice
    assert "`exiftool -all= file`" not in advice
    writer = blank_pdf()
    writer.add_metadata({"/Author": "Jane Smith"})
    pdf = rules(pdf_bytes(writer), "memo.pdf")
    for rule_id in ("META012", "META017"):
        advice = pdf[rule_id].advice  # type: ignore[attr-defined]
        assert "qpdf --empty --pages" in advice and "mat2 file.pdf" in advice  # rev12e item 3


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="ExifTool not installed")
def test_exiftool_stripped_pdf_says_its_values_are_hidden_only(tmp_path: Path) -> None:
    writer = blank_pdf()
    writer.add_metadata({"/Author": "Jane Smith",
                         "/Title": "C:\\Users\\jsmith\\OneDrive - Leeds City Council\\memo v3.docx"})
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf_bytes(writer))
    subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", "-all:all=", str(path)], check=True)
    data = path.read_bytes()
    assert b"%BeginExifToolUpdate" in data
    got = fields(data)
    assert "Author" not in got  # not a current value any more: the update unlinked it
    assert got["Revision1:Author"] == ["Jane Smith"]
    found = rules(data, "memo.pdf")
    meta021 = found["META021"]
    assert "ExifTool's update only unlinked the Info dictionary" in meta021.message  # type: ignore[attr-defined]
    assert "qpdf --empty --pages" in meta021.advice  # type: ignore[attr-defined]
    assert found["META020"].clue.value == "Leeds City Council"  # type: ignore[attr-defined]


# -- 4. OneDrive for work, PowerPoint's comment author account ---------------------------------


def test_onedrive_for_work_folder_names_the_employer() -> None:
    writer = blank_pdf()
    writer.add_metadata({"/Title": "C:\\Users\\jsmith\\OneDrive - Leeds City Council\\Desktop\\memo v3.docx"})
    found = rules(pdf_bytes(writer), "memo.pdf")
    meta020 = found["META020"]
    assert meta020.clue.kind == "employer" and meta020.clue.value == "Leeds City Council"  # type: ignore[attr-defined]
    assert meta020.confidence.name.lower() == "high"  # type: ignore[attr-defined]
    personal = blank_pdf()
    personal.add_metadata({"/Title": "C:\\Users\\jsmith\\OneDrive\\Desktop\\memo v3.docx"})
    assert "META020" not in rules(pdf_bytes(personal), "memo.pdf")


def pptx_with_comment_author(provider: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("ppt/presentation.xml", "<p:presentation/>")
        # ppt/authors.xml as PowerPoint for Microsoft 365 writes it for a work account.
        zf.writestr("ppt/authors.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<p188:authorLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main">'
                    '<p188:author id="{6B1E3A5C-1111-4A2B-9C3D-000000000001}" name="Margaret Okafor" '
                    'initials="MO" userId="S::mokafor@leeds.gov.uk::1c2d3e4f-aaaa-bbbb-cccc-123456789abc" '
                    f'providerId="{provider}"/></p188:authorLst>')
    return out.getvalue()


def test_powerpoint_modern_comment_author_account() -> None:
    data = pptx_with_comment_author("AD")
    got = fields(data)
    assert got["CommentAuthor"] == ["Margaret Okafor"]
    assert got["PresenceUserId"] == ["mokafor@leeds.gov.uk (AD)"]
    # A work account's domain (provider AD) is the organisation's: an employer clue, medium.
    meta020 = rules(data, "briefing.pptx")["META020"]
    assert meta020.clue.kind == "employer" and meta020.clue.value == "leeds.gov.uk"  # type: ignore[attr-defined]
    assert meta020.confidence.name.lower() == "medium"  # type: ignore[attr-defined]
    personal = pptx_with_comment_author("Windows Live")
    assert fields(personal)["PresenceUserId"] == ["mokafor@leeds.gov.uk (Windows Live)"]
    assert "META020" not in rules(personal, "briefing.pptx")


# -- 5. links from a .docx to files outside it -----------------------------------------------


def test_docx_links_to_a_file_server_and_a_linked_picture() -> None:
    data = memo_docx(picture=False, links=True)
    got = fields(data)
    assert got["LinkedFile"] == ["file:///\\\\LCC-FS01\\Housing$\\Restructure\\posts-at-risk.xlsx"]
    assert got["FileServer"] == ["\\\\LCC-FS01\\Housing$"]
    assert got["LinkedPicture"] == ["file:///C:\\Users\\jsmith\\Pictures\\IMG_0042.JPG"]
    found = rules(data, "links.docx")
    assert found["META019"].clue.value == "jsmith"  # type: ignore[attr-defined]
    assert "LCC-FS01" in found["META019"].evidence  # type: ignore[attr-defined]


def test_web_hyperlinks_are_not_paths() -> None:
    document = docx.Document()
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document.part.relate_to("https://www.leeds.gov.uk/housing", RT.HYPERLINK, is_external=True)
    out = io.BytesIO()
    document.save(out)
    got = fields(out.getvalue())
    assert "LinkedFile" not in got and "ExternalLink" not in got


# -- every new value masked by --redact -----------------------------------------------------------


def test_redact_masks_the_new_values(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    writer = blank_pdf()
    writer.add_attachment("restructuring-memo.docx", memo_docx(author="Jane Smith", links=True))
    note = Text(text="Check the 42 figure with Tom", rect=(50, 50, 200, 150))
    note[NameObject("/T")] = TextStringObject("Margaret Okafor")
    writer.add_annotation(page_number=0, annotation=note)
    writer.add_metadata({"/Title": "C:\\Users\\jsmith\\OneDrive - Leeds City Council\\memo.docx"})
    (tmp_path / "summary.pdf").write_bytes(pdf_bytes(writer))
    (tmp_path / "links.docx").write_bytes(memo_docx(picture=True, links=True))
    for fmt in ("terminal", "json"):
        result = CliRunner().invoke(app, ["meta", "--redact", "--format", fmt, str(tmp_path)])
        assert result.exit_code in (0, 1), result.output
        out = result.output
        if fmt == "json":
            json.loads(out)
        for secret in ("Jane Smith", "Okafor", "42 figure", "jsmith", "LCC-FS01", "Housing$", "Leeds City",
                       "restructuring-memo", "IMG_0042", "F2LXK9ABC123", "53.80"):
            assert secret not in out, (fmt, secret)

"""Review rev12e (twelfth session, 2026-11-30), metadata of documents: clean documents no
longer fail `check` on caps that read nothing that could hold metadata (item 1), Word 365's
presence account names the employer (2), the PDF advice removes notes and attached files (3),
"OneDrive - X" only in paths, decoded, never 'Personal' (4), a website's own links are not
local paths (5), and `meta --redact` masks an attached file's name in its note (6). Every
document is made by the library or tool that makes such files (python-docx, pypdf, Pillow,
qpdf)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.annotations import Link, Text
from pypdf.generic import NameObject, TextStringObject

from nymaudit.metadata import extract
from nymaudit.metadata.attachments import check_bytes

docx = pytest.importorskip("docx")
PIL = pytest.importorskip("PIL")


def rules(data: bytes, name: str) -> dict[str, object]:
    return {f.rule: f for f in check_bytes(data, name).findings}


def pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png(i: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (i % 256, 40, 90)).save(out, "PNG")
    return out.getvalue()


# -- 1. caps that failed `check` on clean documents --------------------------------------------

def test_docx_with_two_hundred_pictures_is_read_whole() -> None:
    """A photo report of 200 pictures (python-docx add_picture) and nothing identifying: read
    whole, no META026 (128 was the cap)."""
    document = docx.Document()
    for i in range(200):
        document.add_picture(io.BytesIO(png(i)))
    out = io.BytesIO()
    document.save(out)
    meta = extract(out.getvalue())
    assert not meta.partial and not meta.error, meta.error
    assert sum(1 for f in meta.fields if f.name == "EmbeddedImage") == 200
    assert "META026" not in rules(out.getvalue(), "photos.docx")


def test_docx_with_a_white_bmp_is_not_partly_read() -> None:
    """A scanned form as a 1920x1080 BMP (python-docx stores it deflated, about 500:1): BMP is
    no format nymaudit reads, so it is passed over, not a 'bomb' that makes the file partial."""
    from PIL import Image

    bmp = io.BytesIO()
    Image.new("RGB", (1920, 1080), (255, 255, 255)).save(bmp, "BMP")
    document = docx.Document()
    document.add_picture(bmp)
    out = io.BytesIO()
    document.save(out)
    meta = extract(out.getvalue())
    assert not meta.partial and not meta.error, meta.error
    assert "META026" not in rules(out.getvalue(), "form.docx")


def test_pdf_book_of_2500_pages_is_read_whole() -> None:
    writer = PdfWriter()
    for _ in range(2500):
        writer.add_blank_page(width=200, height=200)
    meta = extract(pdf_bytes(writer))
    assert not meta.partial and not meta.error, meta.error


def test_links_do_not_count_toward_the_annotation_cap_and_late_notes_are_read() -> None:
    """A hyperref-style index: 2,100 pages of 2 internal links each, and a sticky note on page
    2,050. The links carry no author and do not count; the note past page 2,000 is read."""
    writer = PdfWriter()
    for _ in range(2100):
        writer.add_blank_page(width=200, height=200)
    for page in range(2100):
        for k in range(2):
            writer.add_annotation(page_number=page, annotation=Link(
                rect=(10, 10 + k * 10, 100, 18 + k * 10), target_page_index=(page + k) % 2100))
    note = Text(text="ask Tom", rect=(50, 50, 100, 100))
    note[NameObject("/T")] = TextStringObject("Joy Okafor")
    writer.add_annotation(page_number=2049, annotation=note)
    meta = extract(pdf_bytes(writer))
    assert not meta.partial and not meta.error, meta.error
    assert [f.value for f in meta.fields if f.name == "AnnotationAuthor"] == ["Joy Okafor"]


# -- 2. Word 365's presence account -------------------------------------------------------------

def _with_people(data: bytes, user_id: str) -> bytes:
    """Word's word/people.xml as Word 365 writes it for an Entra ID (AD) account."""
    people = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people xmlns:w15='
              '"http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Nym">'
              f'<w15:presenceInfo w15:providerId="AD" w15:userId="{user_id}"/></w15:person></w15:people>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("word/people.xml", people)
    return out.getvalue()


def test_word_presence_user_id_gives_the_work_domain() -> None:
    document = docx.Document()
    document.core_properties.author = "Nym"
    out = io.BytesIO()
    document.save(out)
    data = _with_people(out.getvalue(), "S::jokafor@leeds.gov.uk::3f2a9c1e-1111-2222-3333-444455556666")
    found = rules(data, "people.docx")
    assert found["META020"].clue.value == "leeds.gov.uk"  # type: ignore[attr-defined]


# -- 3. PDF advice that removes notes and attached files --------------------------------------

def _annotated_with_attachment() -> bytes:
    from PIL import Image

    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({"/Author": "Nym"})
    note = Text(text="Ring Marcus on 07700 900123", rect=(50, 50, 200, 150))
    note[NameObject("/T")] = TextStringObject("Joy Okafor")
    writer.add_annotation(page_number=0, annotation=note)
    photo = io.BytesIO()
    image = Image.new("RGB", (32, 24), (90, 90, 90))
    exif = image.getexif()
    exif[0x013B] = "Joy Okafor"  # Artist
    image.save(photo, "JPEG", exif=exif)
    writer.add_attachment("IMG_4411.jpg", photo.getvalue())
    return pdf_bytes(writer)


def test_pdf_advice_names_a_command_that_drops_notes_and_attachments() -> None:
    found = rules(_annotated_with_attachment(), "notes.pdf")
    advice = found["META012"].advice  # type: ignore[attr-defined]
    assert "qpdf --empty --pages file.pdf -- --flatten-annotations=all clean.pdf" in advice
    assert "--linearize" not in advice  # a linearized file shows two %%EOF (rev12e item 9)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_following_the_pdf_advice_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "notes.pdf"
    source.write_bytes(_annotated_with_attachment())
    before = rules(source.read_bytes(), "notes.pdf")
    assert "META012" in before
    clean = tmp_path / "clean.pdf"
    subprocess.run(["qpdf", "--empty", "--pages", str(source), "--", "--flatten-annotations=all",
                    str(clean)], check=True)
    after = rules(clean.read_bytes(), "clean.pdf")
    assert set(after) <= {"META018"}, sorted(after)  # qpdf's new trailer /ID only
    assert b"Okafor" not in clean.read_bytes()


# -- 4. OneDrive - X ----------------------------------------------------------------------------

def _caption_jpeg(text: str) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (16, 16), (10, 10, 10))
    exif = image.getexif()
    exif[0x010E] = text  # ImageDescription
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _linked_docx(target: str) -> bytes:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.add_paragraph("notes")
    document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("caption", ["Saved this to OneDrive - finally",
                                     "Backups: iCloud vs OneDrive - Google Drive"])
def test_onedrive_in_a_caption_names_no_employer(caption: str) -> None:
    assert "META020" not in rules(_caption_jpeg(caption), "caption.jpg")


def test_onedrive_personal_names_no_employer() -> None:
    data = _linked_docx("C:\\Users\\Nym\\OneDrive - Personal\\Documents\\notes.docx")
    assert "META020" not in rules(data, "notes.docx")


def test_percent_encoded_onedrive_path_names_the_employer_and_user() -> None:
    """Word writes a relationship target percent-encoded."""
    data = _linked_docx("file:///C:\\Users\\Joy%20Okafor\\OneDrive%20-%20Leeds%20City%20Council"
                        "\\HR\\grievance.docx")
    found = rules(data, "pct.docx")
    assert found["META020"].clue.value == "Leeds City Council"  # type: ignore[attr-defined]
    assert "'Joy Okafor'" in found["META019"].message  # type: ignore[attr-defined]


# -- 5. a website's own links --------------------------------------------------------------------

def test_site_relative_links_are_not_local_paths() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.add_paragraph("saved page")
    for target in ("/media/uploads/2025/06/flyer.pdf", "/home/", "/users/sign_in"):
        document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    out = io.BytesIO()
    document.save(out)
    meta = extract(out.getvalue())
    assert not [f for f in meta.fields if f.name == "LinkedFile"]
    assert "META019" not in rules(out.getvalue(), "site.docx")
    mac = _linked_docx("/Users/joy/Desktop/notes.docx")  # a real home folder still counts
    assert "'joy'" in rules(mac, "mac.docx")["META019"].message  # type: ignore[attr-defined]


# -- 6. meta --redact and an attached file's name ----------------------------------------------

def test_meta_redact_masks_the_attached_file_name_in_the_note(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_attachment("Hartlepool_depot_rota_Bellweather_2025.txt", b"rota\n")
    (tmp_path / "rota.pdf").write_bytes(pdf_bytes(writer))
    for fmt in ("terminal", "json"):
        result = CliRunner().invoke(app, ["meta", "--redact", "--format", fmt, str(tmp_path)])
        assert result.exit_code in (0, 1), result.output
        if fmt == "json":
            doc = json.loads(result.output)
            assert "is not a format nymaudit reads" in doc["files"][0]["error"]
        for secret in ("Hartlepool", "Bellweather", "depot"):
            assert secret not in result.output, (fmt, secret)


# -- 8. a picture's own fields name the picture --------------------------------------------------

def test_stock_photo_in_a_docx_is_named_as_the_source() -> None:
    """A stock photo (Artist, OffsetTimeOriginal -05:00) pasted into a docx with no properties:
    the findings say the value is the picture's, not the document's writer's."""
    import piexif
    from PIL import Image

    exif = {"0th": {piexif.ImageIFD.Artist: b"Getty Images / Carlos Mendez"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:03:02 10:00:00",
                     piexif.ExifIFD.OffsetTimeOriginal: b"-05:00"}}
    photo = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 120, 10)).save(photo, "JPEG", exif=piexif.dump(exif))
    document = docx.Document()
    document.add_picture(photo)
    out = io.BytesIO()
    document.save(out)
    found = rules(out.getvalue(), "explainer.docx")
    message = found["META012"].message  # type: ignore[attr-defined]
    assert "Artist of word/media/image1.jpg inside the document" in message


# -- 9, 10. revisions that are not this file's ---------------------------------------------------

def test_attached_pdf_is_not_an_earlier_revision() -> None:
    """pypdf's add_attachment stores a PDF unfiltered: its %%EOF is in the outer file's bytes,
    but its startxref points into its own bytes, not at an xref of the outer file."""
    inner = PdfWriter()
    inner.add_blank_page(width=100, height=100)
    inner.add_metadata({"/Author": "Marcus Bellweather"})
    outer = PdfWriter()
    outer.add_blank_page(width=100, height=100)
    outer.add_attachment("rota.pdf", pdf_bytes(inner))
    data = pdf_bytes(outer)
    names = [f.name for f in extract(data).fields]
    assert "Revisions" not in names and "Revision1:Author" not in names
    assert "META021" not in rules(data, "att.pdf")


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_linearized_pdf_is_one_revision_and_updates_still_count(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.add_metadata({"/Author": "Nym"})
    source = tmp_path / "a.pdf"
    source.write_bytes(pdf_bytes(writer))
    linear = tmp_path / "lin.pdf"
    subprocess.run(["qpdf", "--linearize", str(source), str(linear)], check=True)
    assert linear.read_bytes().count(b"%%EOF") == 2
    assert "Revisions" not in [f.name for f in extract(linear.read_bytes()).fields]
    # an incremental update (pypdf incremental=True) is still an earlier revision
    update = PdfWriter(io.BytesIO(source.read_bytes()), incremental=True)
    update.add_metadata({"/Author": "Joy Okafor"})
    got = {f.name: f.value for f in extract(pdf_bytes(update)).fields}
    assert got.get("Revision1:Author") == "Nym" and got.get("Author") == "Joy Okafor"


# -- 7. a real name beside the pseudonym -------------------------------------------------------

def test_a_note_authors_real_name_stands_in_the_message_beside_the_pseudonym() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({"/Author": "Nym"})
    note = Text(text="Okafor draft v2", rect=(50, 50, 200, 150))
    note[NameObject("/T")] = TextStringObject("Joy Okafor")
    writer.add_annotation(page_number=0, annotation=note)
    message = rules(pdf_bytes(writer), "post.pdf")["META012"].message  # type: ignore[attr-defined]
    assert "Author 'Nym'" in message and "AnnotationAuthor 'Joy Okafor'" in message

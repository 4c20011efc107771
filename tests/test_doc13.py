"""Thirteenth session (2026-11-30, doc13): the words inside documents (walk13 item 1).

A .docx or a text PDF saying "I live in Croydon. Call me on 07700 900461 or email
ailsa.mckenzie@nhs.scot" gave metadata findings only in `scan`, and `check body.pdf` said "No
findings" and exited 0. The text of a PDF (pypdf's text layer), a Word or OpenDocument text, a
presentation's slides and an RTF file is now read for the text detectors, located at the page,
slide or paragraph; bounded (a bomb, a 2,500-page PDF), in memory, and said when it is not read
(no text layer, a cap reached, an encrypted or damaged file).

Documents are made by the tools that make them: python-docx, pypdf (a page whose content stream
draws the text with a standard font, as every PDF writer does), and zip files laid out as
PowerPoint and LibreOffice lay them out.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")

def _doctext():  # type: ignore[no-untyped-def]
    """The module under test, imported in each test (so that each fails on its own without it)."""
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


SAID = "I live in Croydon. Call me on 07700 900461 or email ailsa.mckenzie@nhs.scot"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def report(*args: str) -> tuple[int, dict]:
    result = run(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def text_pdf(pages: list[str | None]) -> bytes:
    """A PDF written by pypdf: one page per entry, drawing its lines in Helvetica (None: a page
    with a grey rectangle and no text, as a scanned page's picture has no text layer)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for text in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        if text is None:
            stream.set_data(b"0.5 g 72 72 468 648 re f")
        else:
            lines = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                     for line in text.split("\n")]
            body = " T* ".join(f"({line}) Tj" for line in lines)
            stream.set_data(f"BT /F1 11 Tf 14 TL 72 720 Td {body} ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Author": "Ailsa McKenzie"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word_file(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.author = "Ailsa McKenzie"
    document.save(str(path))
    return path


def by_rule(findings: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for finding in findings:
        out.setdefault(finding["rule"], []).append(finding)
    return out


# -- the walkthrough's reproduction ------------------------------------------------------------


def test_check_of_a_text_pdf_reports_what_its_page_says_and_fails(tmp_path: Path) -> None:
    pdf = tmp_path / "body.pdf"
    pdf.write_bytes(text_pdf(["Branch report 2025", SAID]))
    code, doc = report("check", str(pdf))
    found = by_rule(doc["findings"])
    assert code == 1
    for rule in ("SELF001", "SELF002", "PLACE002"):
        assert rule in found, sorted(found)
        assert found[rule][0]["location"] == {"path": str(pdf), "record": "page 2", "line": None}
    assert "ailsa.mckenzie@nhs.scot" in {f["clue"]["value"] for f in found["SELF001"] if f["clue"]}
    # The JSON contract: a document is an attachment, its pages no posts.
    assert doc["inputs"][0]["posts"] == 0 and doc["inputs"][0]["attachments"] == 1


def test_scan_of_a_word_file_reads_its_paragraphs_and_keeps_its_metadata_findings(tmp_path: Path) -> None:
    path = word_file(tmp_path / "newsletter-march.docx",
                     ["Branch newsletter, March", "Our picket was a success.", SAID])
    _code, doc = report("scan", str(path))
    found = by_rule(doc["findings"])
    assert {"SELF001", "SELF002", "PLACE002"} <= set(found), sorted(found)
    assert found["SELF001"][0]["location"]["record"] == "paragraph 3"
    assert "a document's text" in found["SELF001"][0]["message"]
    assert "META012" in found  # the author in its properties, as before
    assert doc["inputs"][0]["posts"] == 0
    # No posting time: the words are not timed.
    assert not any(f["category"] == "timing" for f in doc["findings"])


def test_a_folder_of_documents_reads_each_and_names_each(tmp_path: Path) -> None:
    folder = tmp_path / "newsletter"
    folder.mkdir()
    word_file(folder / "rota.docx", ["Rota changes.", "Call me on 07700 900461 about nights."])
    (folder / "report.pdf").write_bytes(text_pdf(["Write to ailsa.mckenzie@nhs.scot with questions."]))
    _code, doc = report("scan", str(folder))
    places = {(f["rule"], f["location"]["path"].rsplit("/", 1)[-1], f["location"]["record"])
              for f in doc["findings"] if f["rule"] in ("SELF001", "SELF002")}
    assert ("SELF002", "rota.docx", "paragraph 2") in places
    assert ("SELF001", "report.pdf", "page 1") in places


def test_a_draft_that_links_a_pdf_of_its_site_has_the_pdf_words_checked(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_drafts").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "_config.yml").write_text("title: x\n")
    (site / "assets" / "cv.pdf").write_bytes(text_pdf([SAID]))
    draft = site / "_drafts" / "new.md"
    draft.write_text("---\ntitle: New\n---\nMy CV: ![cv](/assets/cv.pdf)\n")
    code, doc = report("check", str(draft))
    assert code == 1
    assert any(f["rule"] == "SELF001" and f["location"]["record"] == "page 1" for f in doc["findings"])


# -- formats ------------------------------------------------------------------------------------

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'presentationml.presentation.main+xml"/></Types>')
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def pptx(path: Path, slides: list[list[str]], order: list[int]) -> Path:
    """A presentation laid out as PowerPoint writes it: ppt/presentation.xml lists the slides
    (through its relationships) in the order shown, which need not be their file numbers."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>'
                   '</Relationships>')
        ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{10 + n}"/>' for i, n in enumerate(order))
        z.writestr("ppt/presentation.xml", f'<p:presentation {P} {R}><p:sldIdLst>{ids}</p:sldIdLst>'
                   '</p:presentation>')
        rels = "".join(f'<Relationship Id="rId{10 + n}" Type="http://schemas.openxmlformats.org/'
                       f'officeDocument/2006/relationships/slide" Target="slides/slide{n}.xml"/>'
                       for n in range(1, len(slides) + 1))
        z.writestr("ppt/_rels/presentation.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'{rels}</Relationships>')
        for n, lines in enumerate(slides, 1):
            paras = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
            z.writestr(f"ppt/slides/slide{n}.xml", f'<p:sld {A} {P}><p:cSld><p:spTree><p:sp><p:txBody>'
                       f'{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    return path


def odt(path: Path, body: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    """An OpenDocument file as LibreOffice lays it out: ``mimetype`` first and stored."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/">'
                   f'<office:body>{body}</office:body></office:document-content>')
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


def test_slides_are_read_in_the_order_the_presentation_shows_them(tmp_path: Path) -> None:
    doctext = _doctext()
    path = pptx(tmp_path / "talk.pptx", [["Agenda"], ["Thanks!", "ailsa.mckenzie@nhs.scot"], ["Intro"]],
                order=[3, 1, 2])
    text = doctext.document_text(path.read_bytes(), "ooxml")
    assert text.kind == "presentation"
    assert [(s.where, s.text) for s in text.sections] == [
        ("slide 1", "Intro"), ("slide 2", "Agenda"), ("slide 3", "Thanks!\nailsa.mckenzie@nhs.scot")]
    _code, doc = report("scan", str(path))
    assert any(f["rule"] == "SELF001" and f["location"]["record"] == "slide 3" for f in doc["findings"])


def test_an_odt_reads_its_comments_and_tracked_deletions_apart(tmp_path: Path) -> None:
    doctext = _doctext()
    body = ('<office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>I live in '
            'Leeds.</text:p></text:deletion></text:changed-region></text:tracked-changes>'
            '<text:h>Notes</text:h><text:p>I live in<text:s/>Croydon.<office:annotation><dc:creator>Morag'
            '</dc:creator><text:p>call 07700 900461</text:p></office:annotation> Fish &amp; chips.</text:p>'
            '</office:text>')
    text = doctext.document_text(odt(tmp_path / "n.odt", body).read_bytes(), "odf")
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1", "Notes"), ("paragraph 2", "I live in Croydon. Fish & chips."),
        ("tracked deletion 1", "I live in Leeds."), ("comment 1", "call 07700 900461")]


def test_word_headers_footers_and_text_boxes_are_read_but_not_deleted_text(tmp_path: Path) -> None:
    doctext = _doctext()
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Ailsa McKenzie, 07700 900461"
    document.add_paragraph("Minutes of the branch meeting.")
    document.add_page_break()
    document.add_paragraph("Any other business.")
    document.save(str(tmp_path / "m.docx"))
    # A tracked deletion as Word writes it: <w:del><w:r><w:delText>: removed, not shown.
    with zipfile.ZipFile(tmp_path / "m.docx") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:r><w:t>Minutes", b'<w:del w:id="1" w:author="A"><w:r><w:delText>I live in Leeds. </w:delText>'
        b"</w:r></w:del><w:r><w:t>Minutes")
    with zipfile.ZipFile(tmp_path / "m2.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    text = doctext.document_text((tmp_path / "m2.docx").read_bytes(), "ooxml")
    got = [(s.where, s.text) for s in text.sections]
    # The writer's page break: pages are said from there on (python-docx writes no rendered breaks).
    assert got[:3] == [("paragraph 1", "Minutes of the branch meeting."),
                       ("paragraph 1 (before tracked changes)",
                        "I live in Leeds."),
                       ("page 2, paragraph 2", "Any other business.")]
    assert got.count(("footer", "Ailsa McKenzie, 07700 900461")) == 1
    # Word, saving, marks where it last broke the pages, after an explicit break too: one page each.
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:t>Any other", b"<w:lastRenderedPageBreak/><w:t>Any other")
    with zipfile.ZipFile(tmp_path / "m3.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    rendered = doctext.document_text((tmp_path / "m3.docx").read_bytes(), "ooxml")
    assert [s.where for s in rendered.sections][:3] == [
        "page 1, paragraph 1", "page 1, paragraph 1 (before tracked changes)", "page 2, paragraph 2"]
    # The deleted words are read only in the paragraph as it was before its changes (doc15 item 3).
    assert [where for where, text in got if "Leeds" in text] == ["paragraph 1 (before tracked changes)"]


def test_rtf_text_is_read_without_its_font_table_or_field_codes(tmp_path: Path) -> None:
    doctext = _doctext()
    rtf = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}{\*\generator Riched20;}"
           rb"{\info{\author Ailsa McKenzie}}\f0\fs22 Caf\'e9 on the corner.\par "
           rb"I live in Croydon. {\field{\*\fldinst HYPERLINK \"mailto:x@y.org\"}{\fldrslt mail me}}\par"
           rb" Caf\u233?s\par}")
    path = tmp_path / "letter.rtf"
    path.write_bytes(rtf)
    text = doctext.document_text(rtf, "rtf")
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1", "Café on the corner."), ("paragraph 2", "I live in Croydon. mail me"),
        ("paragraph 3", "Cafés")]
    _code, doc = report("scan", str(path))
    assert any(f["rule"] == "PLACE002" and f["location"]["record"] == "paragraph 2" for f in doc["findings"])


# -- what is not read is said ------------------------------------------------------------------


def scanned_pdf(pages: int) -> bytes:
    """A scanner's PDF: each page one picture (Pillow writes a JPEG image XObject per page)."""
    from PIL import Image

    images = [Image.new("RGB", (300, 400), (240, 240, 235)) for _ in range(pages)]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=50)
    return out.getvalue()


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(2))
    code, doc = report("check", str(path))
    problems = [f for f in doc["findings"] if f["rule"] == "INPUT001" and "the words of this" in f["message"]]
    assert code == 1  # a scan fails check closed (dtx13, rev13a item 9)
    assert any("without a text layer" in f["message"] for f in problems)
    assert problems[0]["location"]["path"] == str(path)
    # A drawing without text (a grey box) is no scan: nothing to say about it.
    doctext = _doctext()
    assert doctext.document_text(text_pdf(["Minutes.", None]), "pdf").notes == []


def test_a_scanned_page_inside_a_text_pdf_is_named(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in (text_pdf(["Minutes of the meeting."]), scanned_pdf(1), text_pdf(["Next meeting: May."])):
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    text = _doctext().document_text(out.getvalue(), "pdf")
    assert [s.where for s in text.sections] == ["page 1", "page 3"]
    assert text.notes == []
    assert text.error == ("page 2 is a picture without a text layer (a scanned page?) beside pages of text, "
                          "so its words could not be read: read it yourself, or run OCR on a copy and check "
                          "the copy")


def test_a_password_protected_pdf_fails_check_closed_with_a_plain_reason(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([SAID]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    code, doc = report("check", str(path))
    errors = [e["error"] for e in doc["inputs"][0]["errors"]]
    assert code == 1
    assert any("were not checked" in e and "needs a password" in e for e in errors), errors


def test_a_damaged_word_file_is_an_input_error_not_a_traceback(tmp_path: Path) -> None:
    good = word_file(tmp_path / "good.docx", [SAID])
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for at in range(start + 10, start + info.compress_size - 10):  # the body's deflate data garbled
        data[at] ^= 0x5A
    path = tmp_path / "bad.docx"
    path.write_bytes(bytes(data))
    result = run("check", str(path), "--format", "json")
    assert "Traceback" not in result.stdout
    doc = json.loads(result.stdout)
    errors = [e["error"] for e in doc["inputs"][0]["errors"]]
    assert any("words of this Word document were not checked" in e and "damaged" in e for e in errors), errors
    assert result.exit_code == 1  # check fails closed on what it could not read
    assert any(f["rule"] == "META017" for f in doc["findings"])  # its properties are still read


def test_a_zip_bomb_document_is_cut_and_said_quickly(tmp_path: Path) -> None:
    """A .docx whose document.xml inflates to 300 MB of one repeated paragraph (1 MB zipped)."""
    paragraph = b"<w:p><w:r><w:t>I live in Croydon.</w:t></w:r></w:p>"
    good = word_file(tmp_path / "good.docx", ["x"])
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name == "word/document.xml":
                with z.open(name, "w", force_zip64=True) as fh:
                    for _ in range(300):
                        fh.write(paragraph * (1024 * 1024 // len(paragraph)))
            else:
                z.writestr(name, src.read(name))
    started = time.perf_counter()
    code, doc = report("scan", str(path))
    assert time.perf_counter() - started < 30
    notes = [f["message"] for f in doc["findings"] if f["rule"] in ("INPUT001", "INPUT008")]
    assert any("compressed like a bomb" in n and "word/document.xml" in n for n in notes), notes


def test_caps_on_pages_and_time_are_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doctext = _doctext()
    monkeypatch.setattr(doctext, "MAX_PDF_PAGES", 3)
    data = text_pdf([f"Page {n} of the minutes." for n in range(1, 8)])
    text = doctext.document_text(data, "pdf")
    assert [s.where for s in text.sections] == ["page 1", "page 2", "page 3"]
    assert text.notes == ["has 7 pages; the words of the first 3 were read"]
    late = doctext.document_text(data, "pdf", seconds=0.0)
    assert late.sections == [] and "took more than 0 s" in late.notes[0]


def test_a_2500_page_pdf_is_read_within_its_time_budget(tmp_path: Path) -> None:
    doctext = _doctext()
    path = tmp_path / "long.pdf"
    path.write_bytes(text_pdf([f"Minutes, page {n}. Nothing personal here." for n in range(1, 2501)]
                              + [SAID]))
    started = time.perf_counter()
    code, doc = report("scan", str(path))
    took = time.perf_counter() - started
    assert took < doctext.DOCUMENT_SECONDS + 30
    notes = " ".join(f["message"] for f in doc["findings"] if f["rule"] in ("INPUT001", "INPUT008"))
    # The last page was not reached (page cap, or the time budget on a slow machine): said, and as
    # unread content an input error (dfx14 item 2).
    assert "2,501 pages" in notes, notes


def test_the_text_detectors_only_see_the_words_once_per_document_input(tmp_path: Path) -> None:
    """The same file given twice is one document (its findings are not doubled)."""
    path = word_file(tmp_path / "cv.docx", [SAID])
    _code, doc = report("scan", str(path), str(path))
    assert len([f for f in doc["findings"] if f["rule"] == "SELF001"]) == 1


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["pdf", "ooxml", "odf", "rtf"]))
def test_document_text_never_raises_on_any_bytes(data: bytes, fmt: str) -> None:
    doctext = _doctext()
    prefix = {"pdf": b"%PDF-1.4\n", "rtf": b"{\\rtf1 ", "ooxml": b"PK\x03\x04", "odf": b"PK\x03\x04"}[fmt]
    result = doctext.document_text(prefix + data, fmt)
    assert isinstance(result.sections, list)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40), max_size=8))
def test_word_paragraphs_come_back_as_python_docx_wrote_them(paragraphs: list[str]) -> None:
    doctext = _doctext()
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    got = [s.text for s in doctext.document_text(out.getvalue(), "ooxml").sections]
    assert got == [t.strip() for t in paragraphs if t.strip()]


def test_start_up_does_not_import_pypdf() -> None:
    code = ("import sys, nymaudit.cli, nymaudit.sources.attachment, nymaudit.sources.doctext; "
            "print('pypdf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

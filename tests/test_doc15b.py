"""doc15b (fifteenth session): red15 findings on document reading.

F1: regexes over whole XML parts with two lazy runs of attributes (a hidden ODS sheet's style) took
93 s on one 16 MB .ods; the same shape elsewhere (a slide list, Excel cells in hidden columns,
LibreOffice hidden spans) ran past its clock too. F2: a photo of a letter printed to PDF by a
browser (a picture and only the print's header and footer) passed `check`. F7: an .xlsx formula's
text result and a cell's mailto: link were never read. F11: a form whose filter chain starts with
ASCIIHex, or whose /Filter is a reference, skipped the capped inflate.

Files are real: zips laid out as Excel, PowerPoint and LibreOffice write them, PDFs by pypdf with
pictures by Pillow, checked end to end through the CLI where the promise is the CLI's.
"""

from __future__ import annotations

import binascii
import io
import json
import random
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

SSML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
HOME = "I live at 14 Kirkby Road, Leeds LS6 2AB"


def _doctext():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


def check(path: Path) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"],
                                env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def timed(call):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def odf(path: Path, mimetype: str, body: str, automatic: str = "") -> Path:
    """An OpenDocument package as LibreOffice lays it out (mimetype first and stored)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
                   f"<office:automatic-styles>{automatic}</office:automatic-styles>"
                   f"<office:body>{body}</office:body></office:document-content>")
        z.writestr("styles.xml", f"<office:document-styles {ODF_NS}><office:styles/>"
                   "</office:document-styles>")
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


def xlsx(path: Path, sheet: str, shared: list[str], sheet_rels: str | None = None) -> Path:
    """A one-sheet workbook as Excel lays it out; ``sheet``: the worksheet's inner XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {SSML} {RNS}><sheets><sheet name="Contacts" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {SSML} {RNS}>{sheet}</worksheet>")
        if sheet_rels is not None:
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels",
                       f'<Relationships xmlns="{PKG}">{sheet_rels}</Relationships>')
        items = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in shared)
        z.writestr("xl/sharedStrings.xml", f'<sst {SSML} count="{len(shared)}">{items}</sst>')
    return path


def hidden_fields(data: bytes) -> dict[str, str]:
    from nymaudit.metadata import extract

    return {f.name: f.value for f in extract(data).fields}


# -- F1: styles that repeat their attributes are read tag by tag, in time -------------------------


# A hidden sheet as LibreOffice writes it: its table style's properties say display="false".
HIDDEN_TABLE_STYLE = ('<style:style style:name="ta2" style:family="table" style:master-page-name="Default">'
                      '<style:table-properties table:display="false" style:writing-mode="lr-tb"/>'
                      "</style:style>")


def flooded_ods(path: Path, megabytes: int) -> Path:
    """red15's odsstyle.ods, smaller: <style:style> tags of 45 style:name= each and no family,
    then a real hidden table style, a shown sheet and a hidden one holding a home address."""
    rng = random.Random(15)  # names differ, as red15's did: a file of one tag repeated is a zip bomb
    tags: list[str] = []
    size = 0
    while size < megabytes * 1024 * 1024:
        names = " ".join(f'style:name="{rng.getrandbits(32):08x}"' for _ in range(45))
        tags.append(f"<style:style {names}>")
        size += len(tags[-1])
    flood = "".join(tags)
    body = ('<office:spreadsheet><table:table table:name="Budget" table:style-name="ta1"><table:table-row>'
            "<table:table-cell><text:p>Tea and biscuits</text:p></table:table-cell></table:table-row>"
            "</table:table>"
            '<table:table table:name="Private" table:style-name="ta2"><table:table-row>'
            f"<table:table-cell><text:p>{HOME}</text:p></table:table-cell></table:table-row></table:table>"
            "</office:spreadsheet>")
    return odf(path, "application/vnd.oasis.opendocument.spreadsheet", body, flood + HIDDEN_TABLE_STYLE)


def test_an_ods_whose_styles_repeat_their_names_is_read_in_time_with_its_hidden_sheet(tmp_path: Path) -> None:
    """24 MB of such tags took 12 s in the words reader's pattern (before its clock, which then
    stopped the reading) and as long again in the metadata's twin; read tag by tag, a few seconds."""
    data = flooded_ods(tmp_path / "flood.ods", 24).read_bytes()
    seconds, doc = timed(lambda: _doctext().document_text(data, "odf"))
    assert [(s.where, s.text) for s in doc.sections] == [("sheet Budget, cell A1", "Tea and biscuits"),
                                                         ("hidden sheet Private, cell A1", HOME)]
    assert doc.unread == [] and seconds < 9, (seconds, doc.unread)
    seconds, fields = timed(lambda: hidden_fields(data))
    assert fields.get("HiddenSheets") == "1 hidden sheet" and seconds < 6, (seconds, fields)


def test_a_hidden_ods_sheet_is_still_found_by_its_style() -> None:
    """Guard: the plain case (LibreOffice's own layout) reads as before in both readers."""
    buffer = io.BytesIO()
    odf(buffer, "application/vnd.oasis.opendocument.spreadsheet",  # type: ignore[arg-type]
        '<office:spreadsheet><table:table table:name="Private" table:style-name="ta2"><table:table-row>'
        f"<table:table-cell><text:p>{HOME}</text:p></table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet>",
        '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>'
        "</style:style>" + HIDDEN_TABLE_STYLE)
    data = buffer.getvalue()
    doc = _doctext().document_text(data, "odf")
    assert [s.where for s in doc.sections] == ["hidden sheet Private, cell A1"]
    assert hidden_fields(data).get("HiddenSheets") == "1 hidden sheet"


def test_a_slide_list_of_unclosed_tags_does_not_hold_the_reader(tmp_path: Path) -> None:
    """presentation.xml of 7 MB of unclosed "<p:sldId id=..." (the pattern ran on past each "<":
    14 s, outside the clock; ids varied, or the zip is refused as a bomb): the slide is read."""
    path = tmp_path / "deck.pptx"
    rng = random.Random(15)
    unclosed = "".join(f'<p:sldId id="{rng.getrandbits(30)}" ' for _ in range(320_000))
    slide = ('<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp>'
             f"<p:txBody><a:p><a:r><a:t>{HOME}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"/>')
        z.writestr("ppt/presentation.xml", '<p:presentation xmlns:p="http://schemas.openxmlformats.org/'
                   'presentationml/2006/main"><p:sldIdLst>' + unclosed + "</p:sldIdLst>"
                   "</p:presentation>")
        z.writestr("ppt/_rels/presentation.xml.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId2" '
                   f'Type="{REL}/slide" Target="slides/slide1.xml"/></Relationships>')
        z.writestr("ppt/slides/slide1.xml", slide)
    data = path.read_bytes()
    seconds, doc = timed(lambda: _doctext().document_text(data, "ooxml"))
    assert [s.text for s in doc.sections] == [HOME] and seconds < 6, (seconds, doc.unread)


def test_cells_repeating_their_reference_are_weighed_once_each_for_hidden_columns() -> None:
    """A sheet hiding a column whose cells repeat r= hundreds of times (no value after them): the
    metadata's cell patterns tried each r= to the end of its tag (24 s per 4 MB). The hidden
    column that holds text is still counted."""
    rng = random.Random(15)  # about 2 MB of cells that never hold a value (varied: no zip bomb)
    junk = "".join("<c " + "".join(f'r="B{rng.randrange(10**6)}" ' for _ in range(200)) + ">"
                   for _ in range(1000))
    sheet = ('<cols><col min="2" max="2" hidden="1"/></cols><sheetData><row r="1">'
             f'{junk}<c r="B2" t="s"><v>0</v></c></row></sheetData>')
    buffer = io.BytesIO()
    xlsx(buffer, sheet, [HOME])  # type: ignore[arg-type]
    seconds, fields = timed(lambda: hidden_fields(buffer.getvalue()))
    assert "1 hidden column" in (fields.get("HiddenParts") or "") and seconds < 6, (seconds, fields)


def test_unclosed_hidden_spans_in_an_odt_are_counted_in_time() -> None:
    """An .odt with a hidden character style and 8 MB of span tags repeating their style name and
    never closed (the metadata pattern backtracked over each: 1.2 s per MB)."""
    rng = random.Random(15)  # varied names (one span repeated would be a zip bomb)
    junk = "".join("<text:span " + "".join(f'text:style-name="T{rng.getrandbits(24)}" ' for _ in range(150))
                   for _ in range(8 * 1024 * 1024 // 4000))
    body = (f'<office:text><text:p>Dear all, <text:span text:style-name="T1">{HOME}</text:span></text:p>'
            f"<text:p>{junk}</text:p></office:text>")
    automatic = ('<style:style style:name="T1" style:family="text">'
                 '<style:text-properties text:display="none"/></style:style>')
    buffer = io.BytesIO()
    odf(buffer, "application/vnd.oasis.opendocument.text", body, automatic)  # type: ignore[arg-type]
    seconds, fields = timed(lambda: hidden_fields(buffer.getvalue()))
    assert "hidden text" in (fields.get("HiddenParts") or "") and seconds < 5, (seconds, fields)


# -- F2: a picture printed with a browser's header and footer is a scan ---------------------------


def printed_photo_pdf(width: int, height: int, header: str, footer: str) -> bytes:
    """An A4 page (595 × 842) as a browser prints a photo: the JPEG (Pillow) fitted inside the
    margins at width × height points, the header and footer in Helvetica 8."""
    from PIL import Image, ImageDraw
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    picture = Image.new("L", (300, 400), 235)
    ImageDraw.Draw(picture).text((20, 20), "Dear Ms Marwood, 14 Kirkby Road", fill=0)
    jpeg = io.BytesIO()
    picture.save(jpeg, "JPEG")
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    image = DecodedStreamObject()
    image._data = jpeg.getvalue()
    image.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(300), NameObject("/Height"): NumberObject(400),
                  NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                  NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/Filter"): NameObject("/DCTDecode")})
    page = writer.add_blank_page(595, 842)
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Im1"): writer._add_object(image)}),
        NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    content = DecodedStreamObject()
    content.set_data(f"q {width} 0 0 {height} 28 {(842 - height) // 2} cm /Im1 Do Q\n"
                     f"BT /F1 8 Tf 28 820 Td ({header}) Tj ET\n"
                     f"BT /F1 8 Tf 28 20 Td ({footer}) Tj ET\n".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CHROME = ("30/11/2026, 09:50     IMG_1234.jpeg", "file:///Users/jane/Downloads/IMG_1234.jpeg     1/1")
FIREFOX = ("IMG_1234.jpeg \\(JPEG Image, 3024 \\327 4032 pixels\\) - Scaled \\(19%\\)",
           "file:///home/jane/Pictures/Letter%20from%20council.jpg     1 of 1     30/11/2026, 09:50")


@pytest.mark.parametrize(("width", "height", "margins"), [
    (539, 719, CHROME),  # a portrait photo fitted to the page: 77 %
    (539, 404, CHROME),  # a landscape photo printed portrait: 43 %
    (539, 719, FIREFOX),  # Firefox's title for an image and a file name with spaces
])
def test_a_photo_of_a_letter_printed_to_pdf_fails_check_as_a_scan(tmp_path: Path, width: int, height: int,
                                                                     margins: tuple[str, str]) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(printed_photo_pdf(width, height, *margins))
    code, report = check(path)
    errors = [e["error"] for i in report["inputs"] for e in i["errors"]]
    assert code == 1 and any("a scan?" in e for e in errors), (code, errors)


def test_a_photo_with_a_real_caption_over_part_of_a_page_is_no_scan() -> None:
    """Guard (rev14b item 3): words that are not a print's margins keep asking for 80 % cover."""
    data = printed_photo_pdf(539, 404, "Our volunteers at the spring clean of Hyde Park", "")
    doc = _doctext().document_text(data, "pdf")
    assert doc.error is None and [s.text.strip() for s in doc.sections] == [
        "Our volunteers at the spring clean of Hyde Park"]


def test_print_margin_examples_match_as_the_reader_reads_them() -> None:
    from nymaudit.rules import load_file

    doctext = _doctext()
    table = load_file("doctext")["print_margins"]
    assert table["why"].strip()
    assert [t for t in table["match"] if not doctext._margin_words_only(t)] == []
    assert [t for t in table["no_match"] if doctext._margin_words_only(t)] == []
    assert not doctext._is_title(table["match"][0])  # a print's header is no cover's title


# -- F7: a formula's text and a cell's link in .xlsx ------------------------------------------------


def test_an_xlsx_formula_text_and_a_mailto_link_are_read(tmp_path: Path) -> None:
    sheet = ('<sheetData><row r="1"><c r="A1" t="str"><f>CONCATENATE("I live at 14 Kirkby Road, ",'
             '"Leeds LS6 2AB")</f><v>I live at 14 Kirkby Road, Leeds LS6 2AB</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><f>SUM(C1:C9)</f><v>421</v></c></row>'
             '</sheetData><hyperlinks><hyperlink ref="A2" r:id="rId1"/>'
             '<hyperlink ref="A1" location="Contacts!A2" display="inside"/></hyperlinks>')
    rels = (f'<Relationship Id="rId1" Type="{REL}/hyperlink" Target="mailto:jane.marwood@leedsth.nhs.uk" '
            'TargetMode="External"/>')
    path = xlsx(tmp_path / "contacts.xlsx", sheet, ["Email me"], rels)
    doc = _doctext().document_text(path.read_bytes(), "ooxml")
    assert [(s.where, s.text) for s in doc.sections] == [
        ("sheet Contacts, cell A1", HOME), ("sheet Contacts, cell A2", "Email me"),
        ("sheet Contacts, link in cell A2", "mailto:jane.marwood@leedsth.nhs.uk")]
    code, report = check(path)
    values = {c["value"] for kind in report["profile"]["clues"].values() for c in kind}
    assert code == 1 and {"LS6 2AB", "jane.marwood@leedsth.nhs.uk"} <= values, values


# -- F11: every capped stage of a form's filter chain ---------------------------------------------


def hex_then_flate():  # type: ignore[no-untyped-def]
    """A /Filter array whose first stage is no inflate: [/ASCIIHexDecode /FlateDecode]."""
    from pypdf.generic import ArrayObject, NameObject

    return ArrayObject([NameObject("/ASCIIHexDecode"), NameObject("/FlateDecode")])


def _chained_bomb(tmp_path: Path, how: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    from test_dtb14 import BIG_FORM_BYTES, bomb_pdf, zeros_deflated

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bomb_pdf(40, zeros_deflated(BIG_FORM_BYTES)))))
    reference = writer._add_object(NameObject("/FlateDecode"))
    for page in writer.pages:
        form = page["/Resources"]["/XObject"]["/Fx"].get_object()
        if how == "hex":
            form._data = binascii.hexlify(form._data) + b">"
            form[NameObject("/Filter")] = hex_then_flate()
        else:
            form[NameObject("/Filter")] = reference
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("how", ["hex", "indirect"])
def test_a_form_bomb_behind_a_hex_stage_or_a_referenced_filter_is_capped(tmp_path: Path, how: str) -> None:
    """red15 pdfbomb.py: 40 pages each drawing a 70 MB form. Capped, every page is too heavy in
    about a second; before, pypdf inflated them until the 10 s clock stopped the reading."""
    data = _chained_bomb(tmp_path, how)
    seconds, doc = timed(lambda: _doctext().document_text(data, "pdf"))
    heavy = "40 pages (1, 2, 3, 4, 5, …) are drawn with more than 1 MiB"
    assert len(doc.unread) == 1 and heavy in doc.unread[0], doc.unread
    assert seconds < 8, seconds


def test_a_small_form_behind_a_hex_and_flate_chain_is_still_read() -> None:
    """Guard: a legitimate chain decodes as before; its words are read."""
    import zlib

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    from test_dtb14 import bomb_pdf

    words = f"BT /F1 12 Tf 72 700 Td ({HOME}) Tj ET".encode()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bomb_pdf(1, zlib.compress(words)))))
    form = writer.pages[0]["/Resources"]["/XObject"]["/Fx"].get_object()
    form._data = binascii.hexlify(form._data) + b">"
    form[NameObject("/Filter")] = hex_then_flate()
    out = io.BytesIO()
    writer.write(out)
    doc = _doctext().document_text(out.getvalue(), "pdf")
    assert doc.unread == [] and [s.text.strip() for s in doc.sections] == [HOME]


# -- F1 audit: relationship and comment-author patterns that ran on past each "<" ----------------


def _word_with(part: str, text: str) -> bytes:
    """A real .docx (python-docx) with one more part written into its zip."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Minutes of the residents' meeting")
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(part, text)
    return out.getvalue()


def test_a_settings_relationship_flood_does_not_hold_the_metadata_reader() -> None:
    """word/_rels/settings.xml.rels of 400 KB of Target= with no TargetMode after them: the
    attached-template pattern ran from each to the end (quadratic before; linear now). The real
    template link before them is still read."""
    rng = random.Random(15)
    flood = "".join(f'Target="t{rng.getrandbits(30)}" ' for _ in range(24_000))
    rels = (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/attachedTemplate" '
            'Target="file:///C:/Users/jmarwood/Templates/Leeds%20NHS.dotx" TargetMode="External"/>'
            f'<Relationship Id="rId9" {flood}</Relationships>')
    data = _word_with("word/_rels/settings.xml.rels", rels)
    seconds, fields = timed(lambda: hidden_fields(data))
    assert "jmarwood" in (fields.get("AttachedTemplate") or "") and seconds < 5, (seconds, fields)


def test_a_comment_author_flood_does_not_hold_the_metadata_reader(tmp_path: Path) -> None:
    """ppt/commentAuthors.xml of 240 KB of "<p:cmAuthor " with no name= after them (42 s before);
    the real author before them is still named."""
    flood = "<p:cmAuthor " * 20_000
    path = tmp_path / "deck.pptx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
        z.writestr("ppt/presentation.xml", '<p:presentation xmlns:p="http://schemas.openxmlformats.org/'
                   'presentationml/2006/main"/>')
        z.writestr("ppt/commentAuthors.xml", '<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/'
                   'presentationml/2006/main"><p:cmAuthor id="1" name="Jane Marwood" initials="JM" '
                   f'lastIdx="1" clrIdx="0"/>{flood}</p:cmAuthorLst>')
    seconds, fields = timed(lambda: hidden_fields(path.read_bytes()))
    assert "Jane Marwood" in str(fields) and seconds < 5, (seconds, fields)


def test_an_ods_cell_link_is_read_as_its_own_record() -> None:
    """LibreOffice keeps a cell's link in its text (text:a xlink:href): read as in .xlsx; a link to
    another sheet of the file is not an address."""
    body = ('<office:spreadsheet><table:table table:name="Contacts"><table:table-row><table:table-cell>'
            '<text:p><text:a xlink:href="mailto:jane.marwood@leedsth.nhs.uk" xlink:type="simple">Email me'
            '</text:a></text:p></table:table-cell><table:table-cell><text:p><text:a xlink:href="#Rota.A1">'
            "See the rota</text:a></text:p></table:table-cell></table:table-row></table:table>"
            "</office:spreadsheet>")
    buffer = io.BytesIO()
    odf(buffer, "application/vnd.oasis.opendocument.spreadsheet", body)  # type: ignore[arg-type]
    doc = _doctext().document_text(buffer.getvalue(), "odf")
    assert [(s.where, s.text) for s in doc.sections] == [
        ("sheet Contacts, row 1", "Email me\nSee the rota"),
        ("sheet Contacts, link in cell A1", "mailto:jane.marwood@leedsth.nhs.uk")]

"""doc14 (fourteenth session): the words of spreadsheets, the hidden parts of office documents,
and scanned pages behind a stamp or a cover letter.

Spreadsheets are built as Excel and LibreOffice lay them out (openpyxl is not installed: the
parts are written with zipfile, as tests/test_doc13.py writes presentations), PDFs with Pillow
(picture pages) and pypdf (text pages), as in tests/test_doc13.py.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app


def _doctext():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


def report(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


SSML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(path: Path, sheets: list[tuple[str, str, str]], shared: list[str], *,
         shared_xml: bytes | None = None, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A workbook as Excel writes it: workbook.xml lists the sheets (name, state) through its
    relationships, cells point at xl/sharedStrings.xml by index. ``sheets``: (name, state,
    <sheetData> and <cols> XML)."""
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        tabs = "".join(f'<sheet name="{name}" sheetId="{n}"' + (f' state="{state}"' if state else "")
                       + f' r:id="rId{n}"/>' for n, (name, state, _) in enumerate(sheets, 1))
        z.writestr("xl/workbook.xml", f"<workbook {SSML} {RNS}><sheets>{tabs}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                       for n in range(1, len(sheets) + 1))
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships">{rels}</Relationships>')
        for n, (_name, _state, data) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{n}.xml", f"<worksheet {SSML} {RNS}>{data}</worksheet>")
        if shared_xml is None:
            items = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in shared)
            shared_xml = f'<sst {SSML} count="{len(shared)}">{items}</sst>'.encode()
        z.writestr("xl/sharedStrings.xml", shared_xml)
    return path


def cell(ref: str, index: int) -> str:
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


CONTACTS = [
    "Name", "Phone", "Ailsa McKenzie", "07700 900461", "Home", "I live at 14 Bellfield Road, Croydon",
    "salary note", "Morag (line manager) on ailsa.mckenzie@nhs.scot",
]


def contacts_xlsx(path: Path) -> Path:
    visible = ('<cols><col min="3" max="3" width="0" hidden="1" customWidth="1"/></cols><sheetData>'
               f'<row r="1">{cell("A1", 0)}{cell("B1", 1)}</row>'
               f'<row r="7" spans="1:3">{cell("A7", 2)}{cell("B7", 3)}<c r="D7"><v>42</v></c>'
               f'<c r="E7"><f>A7&amp;B7</f><v>x</v></c></row>'
               f'<row r="8" hidden="1">{cell("A8", 4)}</row>'
               f'<row r="9"><c r="A9" t="inlineStr"><is><t>Rota: </t><r><t>Tuesdays at the clinic</t></r>'
               f'<rPh sb="0" eb="1"><t>ろた</t></rPh></is></c>{cell("C9", 5)}</row>'
               '</sheetData>')
    hidden = f'<sheetData><row r="2">{cell("B2", 7)}</row></sheetData>'
    return xlsx(path, [("Contacts", "", visible), ("HR", "hidden", hidden)], CONTACTS)


# -- 1. spreadsheet cells ------------------------------------------------------------------------


def test_xlsx_text_cells_are_read_by_sheet_and_cell_numbers_and_formulas_are_not(tmp_path: Path) -> None:
    text = _doctext().document_text(contacts_xlsx(tmp_path / "contacts.xlsx").read_bytes(), "ooxml")
    assert text.kind == "spreadsheet" and text.error is None and text.notes == []
    assert [(s.where, s.text) for s in text.sections] == [
        ("sheet Contacts, row 1", "Name\nPhone"),
        ("sheet Contacts, row 7", "Ailsa McKenzie\n07700 900461"),
        ("sheet Contacts, cell A8 (hidden row)", "Home"),
        ("sheet Contacts, cell A9", "Rota: Tuesdays at the clinic"),
        ("sheet Contacts, cell C9 (hidden column C)", "I live at 14 Bellfield Road, Croydon"),
        ("hidden sheet HR, cell B2", "Morag (line manager) on ailsa.mckenzie@nhs.scot"),
    ]


def test_scan_of_a_contacts_xlsx_finds_the_phone_and_email_where_they_are(tmp_path: Path) -> None:
    path = contacts_xlsx(tmp_path / "contacts.xlsx")
    code, doc = report("check", str(path))
    assert code == 1
    where = {(f["rule"], f["location"].get("record")) for f in doc["findings"]}
    assert ("SELF002", "sheet Contacts, row 7") in where, sorted(where)
    assert ("SELF001", "hidden sheet HR, cell B2") in where, sorted(where)
    assert not any("cells were not read" in f["message"] for f in doc["findings"])


def ods(path: Path, body: str, styles: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/">'
                   f'<office:automatic-styles>{styles}</office:automatic-styles>'
                   f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>'
                   '</office:document-content>')
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


HIDDEN_TABLE_STYLE = ('<style:style style:name="ta2" style:family="table"><style:table-properties '
                      'table:display="false"/></style:style>')
ROTA_ODS = (
    '<table:table table:name="Rota"><table:table-column table:number-columns-repeated="2"/>'
    '<table:table-column table:visibility="collapse"/>'
    '<table:table-row table:number-rows-repeated="5"><table:table-cell table:number-columns-repeated="3"/>'
    '</table:table-row>'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Ailsa</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="7700900461"><text:p>7700900461</text:p>'
    '</table:table-cell><table:table-cell office:value-type="string"><text:p>I live in<text:s/>Croydon'
    '</text:p><office:annotation><dc:creator>Morag</dc:creator><text:p>call 07700 900461</text:p>'
    '</office:annotation></table:table-cell></table:table-row>'
    '<table:table-row table:visibility="collapse"><table:table-cell table:number-columns-repeated="1"/>'
    '<table:table-cell office:value-type="string"><text:p>07700 900461</text:p></table:table-cell>'
    '</table:table-row></table:table>'
    '<table:table table:name="Pay" table:style-name="ta2"><table:table-row><table:table-cell '
    'office:value-type="string"><text:p>Band 6</text:p></table:table-cell></table:table-row></table:table>'
)


def test_ods_text_cells_are_read_with_repeats_counted_and_comments_read_apart(tmp_path: Path) -> None:
    path = ods(tmp_path / "rota.ods", ROTA_ODS, HIDDEN_TABLE_STYLE)
    text = _doctext().document_text(path.read_bytes(), "odf")
    assert text.kind == "spreadsheet" and text.error is None and text.notes == []
    assert [(s.where, s.text) for s in text.sections] == [
        ("sheet Rota, cell A6", "Ailsa"),
        ("sheet Rota, cell C6 (hidden column C)", "I live in Croydon"),
        ("sheet Rota, cell B7 (hidden row)", "07700 900461"),
        ("hidden sheet Pay, cell A1", "Band 6"),
        ("comment 1", "call 07700 900461"),
    ]


# -- 2. hidden parts: read (located as hidden) and counted for META029 ---------------------------


def hidden_fields(path: Path) -> dict[str, str]:
    from nymaudit.metadata import extract

    meta = extract(path.read_bytes())
    return {f.name: f.value for f in meta.fields if f.name in ("HiddenParts", "HiddenSheets")}


def test_spreadsheets_hidden_rows_and_columns_holding_values_are_counted(tmp_path: Path) -> None:
    assert hidden_fields(contacts_xlsx(tmp_path / "contacts.xlsx")) == {
        "HiddenSheets": "1 hidden sheet", "HiddenParts": "1 hidden row, 1 hidden column"}
    rota = ods(tmp_path / "rota.ods", ROTA_ODS, HIDDEN_TABLE_STYLE)
    assert hidden_fields(rota) == {"HiddenSheets": "1 hidden sheet",
                                   "HiddenParts": "1 hidden row, 1 hidden column"}


def test_empty_columns_hidden_past_the_data_are_not_hidden_content(tmp_path: Path) -> None:
    # A tidy sheet hides every column after its data, and Excel writes empty styled cells
    # self-closing: nothing is hidden there.
    data = ('<cols><col min="4" max="16384" hidden="1"/></cols><sheetData>'
            f'<row r="1">{cell("A1", 0)}<c r="F1" s="3"/></row><row r="2" hidden="1"><c r="A2" s="1"/></row>'
            '</sheetData>')
    path = xlsx(tmp_path / "tidy.xlsx", [("Sheet1", "", data)], ["Name"])
    assert hidden_fields(path) == {}
    tail = ('<table:table table:name="S"><table:table-column table:number-columns-repeated="2"/>'
            '<table:table-column table:visibility="collapse" table:number-columns-repeated="1022"/>'
            '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p>'
            '</table:table-cell><table:table-cell table:number-columns-repeated="1023"/></table:table-row>'
            '<table:table-row table:visibility="collapse" table:number-rows-repeated="1048575">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>')
    assert hidden_fields(ods(tmp_path / "tidy.ods", tail)) == {}


def test_word_hidden_text_is_read_as_hidden_and_counted(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph("Minutes of the residents' meeting. ")
    secret = paragraph.add_run("Note to self: I live in Croydon, call me on 07700 900461")
    secret.font.hidden = True
    document.add_paragraph("Next meeting in May.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    text = _doctext().document_text(path.read_bytes(), "ooxml")
    # Read as Word stores the paragraph, hidden words in place (dtx14, rev14b item 2).
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1 (with hidden text)",
         "Minutes of the residents' meeting. Note to self: I live in Croydon, call me on 07700 900461"),
        ("paragraph 2", "Next meeting in May."),
    ]
    assert hidden_fields(path) == {"HiddenParts": "1 passage of hidden text (12 words)"}
    _code, doc = report("scan", str(path))
    assert any(f["rule"] == "SELF002" and f["location"]["record"] == "paragraph 1 (with hidden text)"
               for f in doc["findings"]), [(f["rule"], f["location"]) for f in doc["findings"]]


def test_a_vanish_switched_off_or_on_a_paragraph_mark_hides_no_text(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Shown again.").font.hidden = False  # <w:vanish w:val="0"/>
    path = tmp_path / "shown.docx"
    document.save(str(path))
    raw = zipfile.ZipFile(path).read("word/document.xml")
    assert b'<w:vanish w:val="0"/>' in raw
    # A hidden paragraph mark (the pilcrow) hides no words: written as Word writes it.
    marked = raw.replace(b"<w:p>", b'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>', 1)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "mark.docx", "w") as out:
        for info in src.infolist():
            out.writestr(info, marked if info.filename == "word/document.xml" else src.read(info))
    for name in ("shown.docx", "mark.docx"):
        text = _doctext().document_text((tmp_path / name).read_bytes(), "ooxml")
        assert [s.where for s in text.sections] == ["paragraph 1"], name
        assert hidden_fields(tmp_path / name) == {}, name


def test_a_hidden_slide_is_read_located_as_hidden_and_counted(tmp_path: Path) -> None:
    from test_doc13 import pptx

    path = pptx(tmp_path / "talk.pptx", [["Agenda"], ["Backup: my number 07700 900461"]], order=[1, 2])
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "hidden.pptx", "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "ppt/slides/slide2.xml":
                data = data.replace(b"<p:sld ", b'<p:sld show="0" ', 1)
            out.writestr(info, data)
    text = _doctext().document_text((tmp_path / "hidden.pptx").read_bytes(), "ooxml")
    assert [(s.where, s.text) for s in text.sections] == [
        ("slide 1", "Agenda"), ("slide 2 (hidden)", "Backup: my number 07700 900461")]
    assert hidden_fields(tmp_path / "hidden.pptx") == {"HiddenParts": "1 hidden slide (5 words)"}
    assert hidden_fields(path) == {}


def test_an_odt_hidden_section_is_counted(tmp_path: Path) -> None:
    from test_doc13 import odt

    body = ('<office:text><text:p>Newsletter</text:p><text:section text:style-name="Sect1" '
            'text:name="Draft" text:display="none"><text:p>Ask Morag about the Croydon flat</text:p>'
            '</text:section><text:section text:name="Shown"><text:p>Shown</text:p></text:section>'
            '</office:text>')
    path = odt(tmp_path / "news.odt", body)
    assert hidden_fields(path) == {"HiddenParts": "1 hidden section (6 words)"}
    # Its words are read, their place saying they are hidden (LibreOffice shows them when asked).
    text = _doctext().document_text(path.read_bytes(), "odf")
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1", "Newsletter"), ("paragraph 2 (hidden section)", "Ask Morag about the Croydon flat"),
        ("paragraph 3", "Shown")]


# -- hostile spreadsheets: bounded, said, never a traceback ------------------------------------


def test_a_million_shared_strings_are_capped_and_said_quickly(tmp_path: Path) -> None:
    doctext = _doctext()
    n = 1_000_000
    items = "".join(f"<si><t>contact {i}</t></si>" for i in range(n))
    shared = f'<sst {SSML} count="{n}">{items}</sst>'.encode()
    rows = "".join(f'<row r="{r}">{cell(f"A{r}", r * 997 % n)}</row>' for r in range(1, 3001))
    path = xlsx(tmp_path / "big.xlsx", [("S", "", f"<sheetData>{rows}</sheetData>")], [], shared_xml=shared)
    started = time.perf_counter()
    text = doctext.document_text(path.read_bytes(), "ooxml")
    assert time.perf_counter() - started < doctext.DOCUMENT_SECONDS + 5
    assert text.error is None
    kept = [s for s in text.sections if int(s.text.split()[1]) < doctext.MAX_SHARED_STRINGS]
    assert kept == text.sections and 0 < len(kept) < 3000
    assert any("shared text" in note and "were not read" in note for note in text.notes), text.notes


def test_a_billion_laughs_dtd_is_not_expanded(tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                        for i in range(1, 10))
              + f']><sst {SSML}><si><t>&lol9;</t></si><si><t>Fish &amp; chips</t></si></sst>').encode()
    data = f'<sheetData><row r="1">{cell("A1", 0)}{cell("B1", 1)}</row></sheetData>'
    path = xlsx(tmp_path / "laughs.xlsx", [("S", "", data)], [], shared_xml=laughs)
    started = time.perf_counter()
    text = _doctext().document_text(path.read_bytes(), "ooxml")
    assert time.perf_counter() - started < 2
    assert [(s.where, s.text) for s in text.sections] == [("sheet S, row 1", "&lol9;\nFish & chips")]
    code, doc = report("meta", str(path))
    assert code in (0, 1) and doc


def test_a_zip_bomb_sheet_and_deep_nesting_are_cut_and_said(tmp_path: Path) -> None:
    doctext = _doctext()
    bomb = "<sheetData>" + " " * (300 * 1024 * 1024) + "</sheetData>"
    path = xlsx(tmp_path / "bomb.xlsx", [("S", "", bomb)], ["x"])
    started = time.perf_counter()
    text = doctext.document_text(path.read_bytes(), "ooxml")
    assert time.perf_counter() - started < 10
    assert text.sections == [] and any("bomb" in note for note in text.notes), text.notes
    deep = ("<sheetData>" + "<row><c t=\"inlineStr\"><is>" * 50_000 + "<t>deep</t>"
            + "</is></c></row>" * 50_000)
    text = doctext.document_text(xlsx(tmp_path / "deep.xlsx", [("S", "", deep + "</sheetData>")],
                                      []).read_bytes(), "ooxml")
    assert text.error is None and len(text.sections) <= 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<row r=\"2\">", "</row>", "<c r=\"B2\" t=\"s\">", "<c t=\"inlineStr\">",
                                 "</c>", "<v>", "</v>", "<is>", "<t>", "</t>", "0", "99", "x&amp;",
                                 "<col min=\"2\" max=\"1\" hidden=\"1\"/>", "<row hidden=\"1\">", "<f>",
                                 "<rPh>", "<",
                                 "<table:table-row table:number-rows-repeated=\"999999999\">",
                                 "<table:table-cell table:number-columns-repeated=\"99\">", "<text:p>"]),
                max_size=60))
def test_any_sheet_markup_reads_without_raising(pieces: list[str]) -> None:
    import tempfile

    markup = "".join(pieces)
    with tempfile.TemporaryDirectory() as folder:
        sheet = xlsx(Path(folder) / "h.xlsx", [("S", "", markup)], ["a", "b"])
        spread = ods(Path(folder) / "h.ods", f'<table:table table:name="S">{markup}</table:table>')
        for path, fmt in ((sheet, "ooxml"), (spread, "odf")):
            text = _doctext().document_text(path.read_bytes(), fmt)
            assert text.error is None
            hidden_fields(path)


# -- 3. scanned pages: a stamp is what the words are, unread pages fail check closed -------------


def scan_pages(stamps: list[str]) -> bytes:
    """A phone scan: one picture page per entry (Pillow), the entry's words drawn over it
    (pypdf), as a scanning app stamps its footer ("" for none)."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    pictures = [Image.radial_gradient("L").resize((600, 800)).convert("RGB") for _ in stamps]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "PDF", save_all=True, append_images=pictures[1:], resolution=72)
    writer = PdfWriter()
    for page, stamp in zip(PdfReader(io.BytesIO(buffer.getvalue())).pages, stamps, strict=True):
        added = writer.add_page(page)
        if not stamp:
            continue
        overlay_writer = PdfWriter()
        overlay = overlay_writer.add_blank_page(600, 800)
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"):
                                 NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/Helvetica")})
        overlay[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): overlay_writer._add_object(font)})})
        content = DecodedStreamObject()
        lines = " T* ".join(f"({line}) Tj" for line in stamp.split("\n"))
        content.set_data(f"BT /F1 9 Tf 11 TL 40 60 Td {lines} ET".encode("latin-1"))
        overlay[NameObject("/Contents")] = overlay_writer._add_object(content)
        added.merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def joined(*documents: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in documents:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def check_errors(tmp_path: Path, name: str, data: bytes) -> tuple[int, list[str]]:
    path = tmp_path / name
    path.write_bytes(data)
    code, doc = report("check", str(path))
    return code, [f["message"] for f in doc["findings"] if f["rule"] == "INPUT001"]


def test_a_15_word_camscanner_footer_is_a_stamp_and_the_scan_fails_check(tmp_path: Path) -> None:
    footer = "Scanned with CamScanner - the fastest scanner app - www.camscanner.com - page {} of 3"
    data = scan_pages([footer.format(n) for n in (1, 2, 3)])
    assert len(footer.split()) >= 12
    code, errors = check_errors(tmp_path, "letter.pdf", data)
    assert code == 1
    assert any("3 pages are pictures without a text layer" in e for e in errors), errors


def test_a_fax_header_repeated_on_every_scanned_page_is_a_stamp(tmp_path: Path) -> None:
    header = "FROM: Croydon Health Centre 020 7946 0{}18 TO: Housing Office 12/03/2025 14:0{} P.00{}/003"
    data = scan_pages([header.format(n, n, n) for n in (1, 2, 3)])
    code, errors = check_errors(tmp_path, "fax.pdf", data)
    assert code == 1
    assert any("3 pages are pictures without a text layer" in e for e in errors), errors
    # The header's words are still read (a sender's name and number are the writer's leak too).
    text = _doctext().document_text(data, "pdf")
    assert [s.where for s in text.sections] == ["page 1", "page 2", "page 3"]


def test_a_typed_cover_letter_before_scanned_pages_fails_check_closed(tmp_path: Path) -> None:
    from test_doc13 import text_pdf

    data = joined(text_pdf(["Dear Sir or Madam,\nPlease find the signed forms attached.\nYours faithfully"]),
                  scan_pages(["", "Scanned with Adobe Scan"]))
    code, errors = check_errors(tmp_path, "application.pdf", data)
    assert code == 1
    assert any("2 pages (2, 3) are pictures without a text layer" in e and "beside pages of text" in e
               for e in errors), errors


def test_a_cover_picture_with_a_title_is_decorative_and_does_not_fail_check(tmp_path: Path) -> None:
    from test_doc13 import text_pdf

    data = joined(scan_pages(["Residents' Association Annual Report 2025"]),
                  text_pdf(["The committee met six times this year.", "Accounts are on the notice board."]))
    code, errors = check_errors(tmp_path, "report.pdf", data)
    assert code == 0 and errors == []
    text = _doctext().document_text(data, "pdf")
    assert text.error is None
    assert any("page 1 is a picture with a title over it" in note for note in text.notes), text.notes


def test_an_ocr_d_scan_and_a_captioned_photo_page_are_read_as_text(tmp_path: Path) -> None:
    """Guards: a picture under a text layer of real prose is read, not called unread."""
    prose = ("The tenants' meeting agreed to ask the council for repairs to the lifts, the lighting in "
             "the stairwells and the play area, and to meet again in the community hall next month")
    caption = "Our garden party in the park last summer, with thanks to all the volunteers who helped"
    for name, data in (("ocr.pdf", scan_pages([prose, prose.upper()])),
                       ("brochure.pdf", scan_pages([caption, "Contact the committee about joining us"
                                                              " next year through the community hall"]))):
        text = _doctext().document_text(data, "pdf")
        assert text.error is None and text.notes == [], (name, text.notes, text.error)


def test_hidden_rows_columns_slides_and_text_are_said_by_meta029(tmp_path: Path) -> None:
    _code, doc = report("check", str(contacts_xlsx(tmp_path / "contacts.xlsx")))
    meta029 = [f for f in doc["findings"] if f["rule"] == "META029"]
    assert meta029 and "1 hidden sheet" in meta029[0]["message"]
    assert "1 hidden row, 1 hidden column" in meta029[0]["message"]
    assert not any(f["rule"] == "META022" and "HiddenParts" in str(f.get("evidence"))
                   for f in doc["findings"])

"""dtx14: review fixes for the document-words reader (rev14b items 2, 3, 4, 7).

1. Words hidden inside a sentence are read in place: the paragraph as Word (or RTF) stores it,
   located "(with hidden text)", so "I work as a nurse at [St James's University Hospital]" keeps
   its employer and "I live in [Otley]" its town.
2. A PDF page is a scan only when a picture covers most of it (placed by its `cm` matrix against
   the MediaBox): a letterhead logo beside a short last page or a slide's "Questions?" is text,
   and a full-page figure with a caption is a note.
3. A spreadsheet cell that is one code-like token (uuid, token, SKU) is data, not prose: no
   "La (Los Angeles)" from "SKU-8747-LA", no postcode from base64; contacts in cells still read.
4. A scanned page 1 whose only words are "Page 1 of 3" or a date is no cover: check fails closed.
"""

from __future__ import annotations

import base64
import io
import json
import random
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.doctext import document_text


def _is_data_cell(text: str) -> bool:
    from nymaudit.sources.doctext import _is_data_cell as is_data  # new in dtx14: imported per test

    return is_data(text)

PROSE = ("The tenants meeting agreed to ask the council for repairs to the lifts and the lighting\n"
         "in the stairwells and the play area, and to meet again in the community hall next month.\n"
         "Attendance was good and the treasurer reported a small surplus for the year.")


def report(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def findings(path: Path, command: str = "check") -> tuple[int, list[dict]]:
    code, doc = report(command, str(path))
    return code, doc["findings"]


# -- 1. words hidden inside a sentence ---------------------------------------------------------


MID_HIDDEN = [("I work as a nurse at ", "St James's University Hospital", " and love it."),
              ("I live in ", "Otley", ", a small town."),
              ("", "Call me on 07700 900461 after six.", "")]


def test_words_hidden_inside_a_word_sentence_are_read_in_place(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for before, hidden, after in MID_HIDDEN:
        paragraph = document.add_paragraph(before)
        paragraph.add_run(hidden).font.hidden = True
        paragraph.add_run(after)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Draft for ")
    footer.add_run("Priya at 14 Bellfield Road").font.hidden = True
    path = tmp_path / "public-version.docx"
    document.save(str(path))
    text = document_text(path.read_bytes(), "ooxml")
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1 (with hidden text)",
         "I work as a nurse at St James's University Hospital and love it."),
        ("paragraph 2 (with hidden text)", "I live in Otley, a small town."),
        ("paragraph 3 (hidden text)", "Call me on 07700 900461 after six."),
        ("footer (with hidden text)", "Draft for Priya at 14 Bellfield Road"),
    ]
    _code, found = findings(path, "scan")
    where = {(f["rule"], f["location"].get("record")) for f in found}
    assert ("SELF011", "paragraph 1 (with hidden text)") in where, sorted(where)
    assert ("PLACE002", "paragraph 2 (with hidden text)") in where, sorted(where)
    assert ("SELF002", "paragraph 3 (hidden text)") in where, sorted(where)
    assert ("PLACE008", "footer (with hidden text)") in where, sorted(where)


def rtf(paragraphs: list[list[tuple[str, bool]]]) -> bytes:
    body = "\\par ".join("".join(("{\\v " + text + "}") if hidden else text for text, hidden in pieces)
                         for pieces in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}\\f0 " + body + "\\par}").encode("latin-1")


def test_words_hidden_inside_an_rtf_sentence_are_read_in_place(tmp_path: Path) -> None:
    path = tmp_path / "letter.rtf"
    path.write_bytes(rtf([[("Dear all,", False)],
                          [("I live in ", False), ("Otley", True), (", a small town.", False)]]))
    text = document_text(path.read_bytes(), "rtf")
    assert [(s.where, s.text) for s in text.sections] == [
        ("paragraph 1", "Dear all,"), ("paragraph 2 (with hidden text)", "I live in Otley, a small town.")]
    _code, found = findings(path, "scan")
    assert any(f["rule"] == "PLACE002" and f["location"].get("record") == "paragraph 2 (with hidden text)"
               for f in found), [(f["rule"], f["location"]) for f in found]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORD, st.booleans()), min_size=1, max_size=12))
def test_an_rtf_paragraph_keeps_its_words_in_order_and_says_what_is_hidden(
        pieces: list[tuple[str, bool]]) -> None:
    sections = document_text(rtf([[(w + " ", hidden) for w, hidden in pieces]]), "rtf").sections
    assert len(sections) == 1
    assert sections[0].text.split() == [w for w, _ in pieces]
    kinds = {hidden for _, hidden in pieces}
    expected = {frozenset({False}): "paragraph 1", frozenset({True}): "paragraph 1 (hidden text)",
                frozenset({True, False}): "paragraph 1 (with hidden text)"}[frozenset(kinds)]
    assert sections[0].where == expected


# -- 2. a picture that does not cover the page is no scan -----------------------------------------


def logo_pdf(data: bytes) -> bytes:
    """Every page gets a small letterhead logo (a real image XObject, Pillow) in its top corner."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter, Transformation

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (20, 60, 140)).save(buffer, "PDF", resolution=72)
    logo = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page).merge_transformed_page(logo, Transformation().translate(450, 730))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def placed_picture_pdf(scale: float) -> bytes:
    """One blank A4-ish page (612 × 792) with a 600 × 800 photo (Pillow) placed at ``scale``."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter, Transformation

    buffer = io.BytesIO()
    Image.radial_gradient("L").resize((600, 800)).convert("RGB").save(buffer, "PDF", resolution=72)
    photo = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    writer = PdfWriter()
    writer.add_blank_page(612, 792).merge_transformed_page(
        photo, Transformation().scale(scale, scale).translate(40, 40))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_letterhead_logo_beside_a_short_last_page_is_no_scan(tmp_path: Path) -> None:
    from test_doc13 import text_pdf

    letter = tmp_path / "letter.pdf"
    letter.write_bytes(logo_pdf(text_pdf([PROSE, "Yours sincerely,\nPriya Raman"])))
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(logo_pdf(text_pdf([f"Housing repairs 2026\n{PROSE}"] * 3 + ["Questions?"])))
    for path in (letter, deck):
        code, found = findings(path)
        unread = [f["message"] for f in found if f["rule"] in ("INPUT001", "INPUT008")]
        assert code == 0 and unread == [], (path.name, unread)
    text = document_text(letter.read_bytes(), "pdf")
    assert [s.where for s in text.sections] == ["page 1", "page 2"] and text.notes == []


def test_a_slide_template_background_behind_a_title_and_questions_is_no_scan(tmp_path: Path) -> None:
    """A deck exported with a full-slide background picture (one image object drawn on every
    slide): the title slide and "Questions?" hold few words over it, and are no scans."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter, Transformation

    from test_doc13 import text_pdf

    buffer = io.BytesIO()
    Image.radial_gradient("L").resize((612, 792)).convert("RGB").save(buffer, "PDF", resolution=72)
    background = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(text_pdf(["Housing repairs 2026", PROSE, PROSE, "Questions?"]))).pages:
        writer.add_page(page).merge_transformed_page(background, Transformation(), over=False)
    path = tmp_path / "deck.pdf"
    with path.open("wb") as out:
        writer.write(out)
    code, found = findings(path)
    unread = [f["message"] for f in found if f["rule"] in ("INPUT001", "INPUT008")]
    assert code == 0 and unread == [], unread


def test_a_captioned_full_page_figure_in_a_short_report_is_a_note(tmp_path: Path) -> None:
    from test_doc13 import text_pdf
    from test_doc14 import joined, scan_pages

    path = tmp_path / "report.pdf"
    figure = scan_pages(["Figure 2: Admissions by month"])
    path.write_bytes(joined(text_pdf([PROSE]), figure, text_pdf([PROSE])))
    code, found = findings(path)
    assert code == 0 and not [f for f in found if f["rule"] == "INPUT001"]
    notes = [f["message"] for f in found if f["rule"] == "INPUT008"]
    assert any("page 2 is a full-page figure with a caption" in n and "look at it yourself" in n
               for n in notes), notes
    # Its caption is read as text: "could not be read" is never said of words that were read.
    assert not any("could not be read" in n for n in notes)


@pytest.mark.parametrize("scale", [0.7, 0.27])
def test_a_small_photo_alone_on_a_page_beside_text_still_fails_closed(tmp_path: Path, scale: float) -> None:
    """Guard: a receipt on half an A4 page, an ID card at its size (7 % of the page), no words at
    all, are still unread content."""
    from test_doc13 import text_pdf
    from test_doc14 import joined

    path = tmp_path / "claim.pdf"
    path.write_bytes(joined(text_pdf(["Please find my receipt attached."]), placed_picture_pdf(scale)))
    code, found = findings(path)
    assert code == 1
    assert any("page 2 is a picture without a text layer" in f["message"]
               for f in found if f["rule"] == "INPUT001")


def test_a_logo_sized_picture_alone_on_an_otherwise_blank_page_is_no_scan() -> None:
    from test_doc13 import text_pdf
    from test_doc14 import joined

    thumbnail = placed_picture_pdf(0.1)
    text = document_text(joined(text_pdf(["Please find my receipt attached."]), thumbnail), "pdf")
    assert text.error is None and text.notes == []


def test_a_stamped_scan_beside_text_says_its_stamp_was_read(tmp_path: Path) -> None:
    from test_doc13 import text_pdf
    from test_doc14 import joined, scan_pages

    data = joined(text_pdf([PROSE]), scan_pages(["Scanned with CamScanner"]))
    text = document_text(data, "pdf")
    assert text.error is not None and "page 2 is a picture without a text layer" in text.error
    assert "the words shown in it were not read (only the few words over it were)" in text.error


def form_picture_pdf(matrix: list[float], inline: bool = False) -> bytes:
    """A page drawing its picture through a form XObject with ``matrix`` (as some scanners write
    it), or as an inline image under that matrix (``inline``)."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    numbers = " ".join(f"{v:g}" for v in matrix)
    if inline:
        content.set_data(f"q {numbers} cm BI /W 2 /H 2 /CS /G /BPC 8 ID ".encode() + b"\x00\x40\x80\xff"
                         + b" EI Q")
    else:
        buffer = io.BytesIO()
        Image.new("RGB", (60, 80), (200, 200, 190)).save(buffer, "PDF", resolution=72)
        scanned = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
        image = scanned["/Resources"]["/XObject"]
        name = next(iter(image))
        form = DecodedStreamObject()
        form.set_data(f"q 1 0 0 1 0 0 cm {name} Do Q".encode())
        form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                     NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(1),
                                                       FloatObject(1)]),
                     NameObject("/Matrix"): ArrayObject([FloatObject(v) for v in matrix]),
                     NameObject("/Resources"): DictionaryObject({NameObject("/XObject"): DictionaryObject(
                         {NameObject(name): writer._add_object(image[name].get_object())})})})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
            {NameObject("/Fm0"): writer._add_object(form)})})
        content.set_data(b"q /Fm0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("inline", [False, True])
def test_a_picture_placed_through_a_form_or_inline_is_measured_by_its_matrix(inline: bool) -> None:
    from test_doc13 import text_pdf
    from test_doc14 import joined

    full = document_text(joined(text_pdf([PROSE]), form_picture_pdf([612, 0, 0, 792, 0, 0], inline)), "pdf")
    assert full.error is not None and "page 2 is a picture without a text layer" in full.error
    corner = form_picture_pdf([60, 0, 0, 80, 500, 700], inline)
    small = document_text(joined(text_pdf([PROSE]), corner), "pdf")
    assert small.error is None and small.notes == [] and [s.where for s in small.sections] == ["page 1"]


_OPERATORS = st.sampled_from([b"q", b"Q", b"cm", b"Do", b"BI", b"ID", b"EI", b"/image", b"/Fm0", b"1",
                              b"-2.5", b"0", b"612", b"(q Q cm)", b"<4142>", b"%c", b"[", b"]", b"<<", b">>",
                              b"1e9"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_OPERATORS, max_size=60), st.binary(max_size=80))
def test_any_content_stream_around_a_picture_is_a_line_never_a_traceback(ops: list[bytes],
                                                                         noise: bytes) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    from nymaudit.sources.doctext import _picture_cover

    source = PdfReader(io.BytesIO(placed_picture_pdf(1.0)))
    writer = PdfWriter(clone_from=source)
    page = writer.pages[0]
    content = DecodedStreamObject()
    stream = b" ".join(ops) + b"\n" + noise + b"\nq 600 0 0 800 0 0 cm /image Do Q"
    content.set_data(stream)
    page[NameObject("/Contents")] = writer._add_object(content)
    cover = _picture_cover(page, stream)
    assert cover is None or 0.0 <= cover <= 1.0
    out = io.BytesIO()
    writer.write(out)
    text = document_text(out.getvalue(), "pdf")
    assert text.error is None or isinstance(text.error, str)


# -- 3. code-like spreadsheet cells are data ------------------------------------------------------


def orders_xlsx(path: Path) -> Path:
    """A web shop's order export (Excel layout): uuid4, base64url token, SKU, status; a few cells
    hold a contact's phone, e-mail and site."""
    from test_doc14 import cell, xlsx

    rnd = random.Random(5)
    shared = ["Order", "Token", "SKU", "Status", "Contact"]
    rows = ['<row r="1">' + "".join(cell(f"{c}1", i) for i, c in enumerate("ABCDE")) + "</row>"]
    contacts = {5: "07700900461", 6: "ailsa.mckenzie@nhs.scot", 7: "www.ailsabakes.co.uk"}
    for r in range(2, 302):
        values = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                  base64.urlsafe_b64encode(rnd.randbytes(24)).decode(),
                  f"SKU-{rnd.randint(1000, 9999)}-{('LA', 'NY', 'UK', 'ED', 'OD', 'UN')[r % 6]}", "Paid",
                  *([contacts[r]] if r in contacts else []), *(["T892BD"] if r == 8 else [])]
        cells = []
        for column, value in zip("ABCDEF", values, strict=False):
            shared.append(value)
            cells.append(cell(f"{column}{r}", len(shared) - 1))
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return xlsx(path, [("Orders", "", "<sheetData>" + "".join(rows) + "</sheetData>")], shared)


def test_an_order_export_gives_no_places_and_keeps_its_contacts(tmp_path: Path) -> None:
    path = orders_xlsx(tmp_path / "orders.xlsx")
    code, found = findings(path)
    rules = {(f["rule"], f["location"].get("record")) for f in found}
    assert not any(rule.startswith("PLACE") for rule, _ in rules), sorted(rules)
    assert ("SELF002", "sheet Orders, row 5") in rules and ("SELF001", "sheet Orders, row 6") in rules, rules
    assert code == 1  # the phone and e-mail: a real leak
    text = document_text(path.read_bytes(), "ooxml")
    assert ("sheet Orders, row 7", "Paid\nwww.ailsabakes.co.uk") in [(s.where, s.text) for s in text.sections]
    assert not any("SKU-" in s.text or "-4" in s.text for s in text.sections)


def test_an_ods_sku_column_is_data_too(tmp_path: Path) -> None:
    from test_doc14 import ods

    rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>SKU-{1000 + n}-LA'
                   '</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>'
                   f'{"Leeds" if n == 3 else "Shipped"}</text:p></table:table-cell></table:table-row>'
                   for n in range(40))
    path = ods(tmp_path / "stock.ods", f'<table:table table:name="Stock">{rows}</table:table>')
    text = document_text(path.read_bytes(), "odf")
    assert {s.text for s in text.sections} == {"Shipped", "Leeds"}
    _code, found = findings(path)
    assert not any(f["rule"] == "PLACE001" and "Los Angeles" in f["message"] for f in found)


@pytest.mark.parametrize("value", ["Leeds", "Stratford-upon-Avon", "07700900461", "+447700900461",
                                   "www.ailsabakes.co.uk", "ailsa@ailsabakes.co.uk", "LS21 3AB",
                                   "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"])
def test_words_contacts_and_place_names_in_cells_are_not_data(value: str) -> None:
    assert not _is_data_cell(value)


@given(st.text(max_size=60))
def test_a_cell_with_a_space_inside_is_never_data(text: str) -> None:
    if " " in text.strip():
        assert not _is_data_cell(text)


# -- 4. a page number or a date over a scanned page is no title ---------------------------------------


@pytest.mark.parametrize("words", ["Page 1 of 3", "30 November 2026", "1/3 14:02"])
def test_a_scanned_first_page_with_a_page_number_or_date_fails_check(tmp_path: Path, words: str) -> None:
    from test_doc13 import text_pdf
    from test_doc14 import joined, scan_pages

    path = tmp_path / "tenancy.pdf"
    path.write_bytes(joined(scan_pages([words]), text_pdf([PROSE, PROSE])))
    code, found = findings(path)
    assert code == 1
    assert any("page 1 is a picture without a text layer" in f["message"] for f in found
               if f["rule"] == "INPUT001"), [f["message"] for f in found]


@pytest.mark.parametrize("title", ["Annual Report 2025", "Summer Wedding Photos", "Sunday Lunch Menu"])
def test_a_cover_with_a_real_title_is_still_a_cover(title: str) -> None:
    """Guard: a title keeps its year, and words that start like a month or a day are words."""
    from test_doc13 import text_pdf
    from test_doc14 import joined, scan_pages

    text = document_text(joined(scan_pages([title]), text_pdf([PROSE, PROSE])), "pdf")
    assert text.error is None
    assert any("page 1 is a picture with a title over it" in n for n in text.notes), text.notes

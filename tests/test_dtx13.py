"""Thirteenth session (2026-11-30, dtx13): review fixes to the words inside documents (rev13a
items 2, 4, 6, 7 and 9).

- An unclosed ``<!--``, ``<?`` or ``<![CDATA[`` in a Word part made the XML tokeniser rescan to
  the end of the part for each one (a 1 MB .docx took 538 s); the clock was looked at every
  16,384 tokens, however long each was.
- One PDF page of 7.9 MB of small text operators took 59 s: the per-page cap was 8 MiB.
- A Word body re-saved by Python's xml.etree (``ns0:p``, ``ns0:t``) was read as empty, silently.
- An encrypted or damaged document was told to "extract the archive yourself".
- A scanned PDF (pictures of pages, no text) passed `check` with a note only, and a blank page
  was called "a scan".

Documents are made by real tools: python-docx, xml.etree (as a mail-merge script re-saves a
body), pypdf (text drawn in Helvetica, encryption), Pillow (a scanner's PDF of pictures).
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

SAID = "I live in Croydon. Call me on 07700 900461."
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _doctext():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def report(*args: str) -> tuple[int, dict]:
    result = run(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def word_file(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_body(data: bytes, change, stored: bool = False) -> bytes:  # type: ignore[no-untyped-def]
    """The Word file ``data`` with word/document.xml replaced by ``change(body)``; the other
    parts copied as they are (``stored``: the body not compressed, so no ratio check trips)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "word/document.xml":
                target.writestr(info.filename, change(part),
                                compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
            else:
                target.writestr(info, part)
    return out.getvalue()


def read_words(data: bytes, fmt: str, timeout: float) -> dict:
    """document_text in a child process (a regression must fail the test, not hang it)."""
    code = ("import json, sys\nfrom nymaudit.sources.doctext import document_text\n"
            "d = document_text(sys.stdin.buffer.read(), sys.argv[1])\n"
            "print(json.dumps({'sections': [[s.where, s.text] for s in d.sections], 'notes': d.notes, "
            "'error': d.error}))")
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code, fmt], input=data, capture_output=True,
                              timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading the document's words took more than {timeout:g} s")
    result = json.loads(done.stdout)
    result["seconds"] = time.perf_counter() - started
    return result


# -- item 2: the tokeniser is linear, the clock is looked at by bytes ---------------------------


@pytest.mark.parametrize("opener", [b"<!--", b"<?", b"<![CDATA[", b"<!DOCTYPE", b"<w:r a=\""])
def test_unclosed_markup_in_a_word_body_is_read_in_linear_time(opener: bytes) -> None:
    # 2 MB of openers that never close, inside a text run after the paragraph that matters.
    count = 2_000_000 // len(opener)
    data = with_body(word_file(SAID), lambda body: body.replace(
        b"</w:body>", b"<w:p><w:r><w:t>" + opener * count + b"</w:t></w:r></w:p></w:body>"), stored=True)
    words = read_words(data, "ooxml", timeout=30)
    assert words["error"] is None
    assert [text for _, text in words["sections"]][:1] == [SAID]
    assert words["seconds"] < 15


def test_a_stored_64_mb_part_of_unclosed_comments_stays_within_the_time_budget() -> None:
    # rev13a's worst case: a part just under MAX_PART_BYTES, stored (no ratio check trips).
    doctext = _doctext()
    filler = doctext.MAX_PART_BYTES - 100_000
    data = with_body(word_file(SAID), lambda body: body.replace(
        b"</w:body>", b"<w:p><w:r><w:t>" + b"<!--" * (filler // 4) + b"</w:t></w:r></w:p></w:body>"),
        stored=True)
    words = read_words(data, "ooxml", timeout=doctext.DOCUMENT_SECONDS + 30)
    assert [text for _, text in words["sections"]][:1] == [SAID]
    assert words["seconds"] < doctext.DOCUMENT_SECONDS + 15  # a child's start-up and 64 MB of zip


def test_the_clock_is_looked_at_by_bytes_read_not_by_token_count() -> None:
    # Twenty paragraphs of 300 KB each are a few hundred tokens: the old count-based check
    # (every 16,384 tokens) never looked at a clock that had run out.
    doctext = _doctext()
    paragraph = b"<w:p><w:r><w:t>" + b"words " * 50_000 + b"</w:t></w:r></w:p>"
    part = f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + paragraph * 20 + b"</w:body></w:document>"
    clock = doctext._Clock(0.0)
    time.sleep(0.01)
    with pytest.raises(doctext._OutOfTime):
        list(doctext._paragraphs(part, doctext._WORD, clock))
    # With time left, all of it is read.
    assert len(list(doctext._paragraphs(part, doctext._WORD, doctext._Clock(60.0)))) == 20


# -- item 4: a page of dense text operators is bounded ---------------------------------------------


def dense_pdf(pages: list[bytes]) -> bytes:
    """A pypdf PDF whose pages draw the given content streams in Helvetica."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for body in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        stream.set_data(body)
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_of_millions_of_small_text_operators_is_skipped_and_said() -> None:
    operator = b"1 0 0 1 72 700 Tm (x) Tj "
    heavy = b"BT /F1 11 Tf (I live in Croydon.) Tj " + operator * (3_000_000 // len(operator)) + b"ET"
    prose = f"BT /F1 11 Tf 72 720 Td ({SAID}) Tj ET".encode()
    words = read_words(dense_pdf([heavy, prose]), "pdf", timeout=60)
    assert [where for where, _ in words["sections"]] == ["page 2"]
    assert words["notes"] == ["page 1 is drawn with more than 1 MiB of page content (more than nymaudit "
                              "reads in time): its words were not read; read it yourself"]
    assert words["seconds"] < 10


def test_a_dense_page_under_the_cap_is_still_read() -> None:
    # Guard: the cap is not so low that a heavy but ordinary page is skipped (800 KB of text).
    operator = b"1 0 0 1 72 700 Tm (x) Tj "
    body = b"BT /F1 11 Tf (I live in Croydon.) Tj " + operator * (800_000 // len(operator)) + b"ET"
    document = _doctext().document_text(dense_pdf([body]), "pdf")
    assert document.notes == [] and document.sections[0].text.startswith("I live in Croydon.")


# -- item 6: a Word body under another namespace prefix ------------------------------------------


def etree_resaved(body: bytes) -> bytes:
    """The body as Python's xml.etree writes it back (ns0:, ns1: ... prefixes)."""
    import xml.etree.ElementTree as ET

    out = io.BytesIO()
    ET.ElementTree(ET.fromstring(body)).write(out, xml_declaration=True, encoding="UTF-8")
    return out.getvalue()


def test_a_word_body_resaved_by_xml_etree_is_read(tmp_path: Path) -> None:
    data = with_body(word_file("Curriculum vitae", SAID), etree_resaved)
    assert b"<ns0:p" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    document = _doctext().document_text(data, "ooxml")
    assert [s.text for s in document.sections] == ["Curriculum vitae", SAID]
    path = tmp_path / "cv.docx"
    path.write_bytes(data)
    code, doc = report("check", str(path))
    assert code == 1
    where = {(f["rule"], f["location"]["record"]) for f in doc["findings"]}
    assert {("PLACE002", "paragraph 2"), ("SELF002", "paragraph 2")} <= where


def test_a_word_body_in_the_default_namespace_is_read() -> None:
    # <document xmlns="...wordprocessingml..."><body><p><r><t>: no prefix at all.
    body = (f'<?xml version="1.0"?><document xmlns="{W_NS}"><body><p><r><t>{SAID}</t></r></p>'
            f'<p><r><t>Second</t><br/><t>line</t></r></p></body></document>').encode()
    document = _doctext().document_text(with_body(word_file("x"), lambda _: body), "ooxml")
    assert [s.text for s in document.sections] == [SAID, "Second\nline"]


def test_a_body_with_text_but_no_paragraph_nymaudit_knows_is_said() -> None:
    body = (b'<?xml version="1.0"?><x:document xmlns:x="urn:example:future-word"><x:body>'
            b"<x:p><x:r><x:t>" + SAID.encode() + b"</x:t></x:r></x:p></x:body></x:document>")
    document = _doctext().document_text(with_body(word_file("x"), lambda _: body), "ooxml")
    assert document.sections == []
    assert any("holds text nymaudit found no paragraphs for" in note for note in document.notes)
    # Guard: an empty body is not said to hold text.
    empty = _doctext().document_text(with_body(word_file("x"), lambda b: b.replace(b">x<", b"><")), "ooxml")
    assert empty.sections == [] and empty.notes == []


# -- item 7: advice for an encrypted or damaged document ----------------------------------------------


def prose_pdf(text: str) -> bytes:
    return dense_pdf([f"BT /F1 11 Tf 72 720 Td ({text}) Tj ET".encode()])


def input_problems(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == "INPUT001" and "the words of this" in f["message"]]


def test_a_password_protected_pdf_gets_advice_about_its_password_not_an_archive(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(prose_pdf(SAID))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    code, doc = report("check", str(path))
    (problem,) = input_problems(doc)
    assert code == 1 and "password" in problem["message"]
    assert "archive" not in problem["advice"] and "qpdf --decrypt" in problem["advice"]


def test_a_damaged_word_file_gets_advice_for_a_document(tmp_path: Path) -> None:
    data = bytearray(with_body(word_file(SAID), lambda body: body + b" " * 4000))
    source = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = source.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 20:start + 60] = b"\xff" * 40  # its deflated bytes broken, as a bad disk does
    path = tmp_path / "cv.docx"
    path.write_bytes(bytes(data))
    code, doc = report("check", str(path))
    (problem,) = input_problems(doc)
    assert code == 1 and "damaged" in problem["message"]
    assert "archive" not in problem["advice"] and "program that made it" in problem["advice"]


# -- item 9: a scan fails closed; a blank page is not called a scan -------------------------------


def scanned_pdf(pages: int) -> bytes:
    """A scanner's PDF: each page one picture (Pillow writes a JPEG image per page)."""
    from PIL import Image

    images = [Image.new("RGB", (300, 400), (240, 240, 235)) for _ in range(pages)]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=50)
    return out.getvalue()


def test_a_scanned_pdf_fails_check_closed_and_the_report_says_risk_may_be_higher(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(scanned_pdf(2))
    code, doc = report("check", str(path))
    (problem,) = input_problems(doc)
    assert code == 1
    assert "2 pages are pictures without a text layer" in problem["message"]
    assert "ocrmypdf" in problem["advice"]
    terminal = run("scan", str(path)).stdout
    assert "could not be read" in terminal and "may be higher" in terminal


def test_a_blank_pdf_is_not_called_a_scan_and_does_not_fail(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    path = tmp_path / "form.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    code, doc = report("check", str(path))
    notes = [f["message"] for f in doc["findings"] if f["rule"] == "INPUT008"]
    assert code == 0 and not input_problems(doc)
    assert len(notes) == 1 and "no text and no picture" in notes[0] and "scan" not in notes[0]


# -- the tokeniser on any mix of markup fragments -----------------------------------------------


FRAGMENTS = [b"<w:p>", b"</w:p>", b"<w:t>", b"</w:t>", b"<w:r>", b"<!--", b"-->", b"<?", b"?>", b"<![CDATA[",
             b"]]>", b"<!DOCTYPE", b">", b"<", b'"', b"'", b" a=\"", b"Croydon", b" ", b"&amp;", b"<w:br/>",
             b'<ns0:p xmlns:ns0="' + W_NS.encode() + b'">', b"</ns0:p>"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=400))
def test_any_mix_of_markup_fragments_is_tokenised_without_error(pieces: list[bytes]) -> None:
    doctext = _doctext()
    part = b"".join(pieces)
    for _page, text in doctext._paragraphs(part, doctext._WORD, doctext._Clock(30.0)):
        assert isinstance(text, str) and text.strip()
    # The same fragments repeated to a megabyte stay fast (linear, not a rescan per opener).
    big = (part or b"<!--") * (1_000_000 // max(len(part), 1) + 1)
    started = time.process_time()
    list(doctext._paragraphs(big, doctext._WORD, doctext._Clock(30.0)))
    assert time.process_time() - started < 5

"""doc16 (sixteenth session): the document words' leftovers.

1. OpenDocument comments (office:annotation, in a text, a spreadsheet's cell or a slide) and tracked
   deletions (text:tracked-changes / text:changed-region / text:deletion) were not read as text: an
   employer named only in an ODF comment or a deleted passage passed `check`, where a .docx's failed.
   They are read as Word's are: "comment 2", "comment 2 (by another person)" (the same author test,
   against meta.xml's initial creator and last editor), "paragraph 4 (before tracked changes)"
   (the deleted words where their text:change mark stands, an insertion's words out), and a
   deletion no paragraph marks is "tracked deletion 1". Found on the way: a deletion of three
   sentences or more kept only its first and last (Word, RTF and ODF alike), and a part under
   other namespace prefixes (a body re-saved by xml.etree) read a w:ins as a hidden field and lost
   its words (the prefixed vocabulary was built by position, three fields out of place).
2. A shared surname made two people one: "Bob Smith" commenting on "Sam Smith"'s document was the
   writer. The given names must agree now (or one name be a login made from the other, or the same
   words in another order); "Priya" beside "Priya Shah", "pshah", "Sam" beside "Samuel Smith" stay.
3. A message named a sheet by its place among the sheets holding text, not by its tab: a workbook
   whose first sheet holds only numbers had its second said "sheet 1". The record's own sheet number
   (extra["sheet_number"], doctext's) is used.

OpenDocument files are built by hand as ODF 1.2 lays them out (mimetype first and stored, then
META-INF/manifest.xml, content.xml, meta.xml), as LibreOffice writes comments and tracked changes;
Word files with python-docx; workbooks with test_con15's builders (Excel's and LibreOffice's layouts).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
MIME = {"odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation"}
BODY = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}
EMPLOYER = "I work at Leeds City Council."


def odf(path: Path, body: str, author: str = "Sam Smith", editor: str | None = None) -> Path:
    """An OpenDocument package as ODF 1.2 lays it out: the mimetype first and stored, the manifest,
    content.xml, meta.xml with the initial creator (author) and dc:creator (last editor)."""
    kind = path.suffix[1:]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
               f"<office:body><office:{BODY[kind]}>{body}</office:{BODY[kind]}></office:body>"
               "</office:document-content>")
    people = (f"<meta:initial-creator>{author}</meta:initial-creator>"
              f"<dc:creator>{editor or author}</dc:creator>" if author else "")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.2">'
            f"<office:meta><meta:generator>LibreOffice/24.2</meta:generator>{people}</office:meta>"
            "</office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIME[kind]}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIME[kind], compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
    return path


def annotation(author: str, *paragraphs: str) -> str:
    """A comment as LibreOffice writes it: author, date, initials, then its paragraphs."""
    said = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    who = f"<dc:creator>{author}</dc:creator>" if author else ""
    return (f'<office:annotation office:name="__Annotation__{abs(hash(paragraphs)) % 1000}">{who}'
            f"<dc:date>2026-11-29T10:00:00</dc:date><meta:creator-initials>X</meta:creator-initials>"
            f"{said}</office:annotation>")


def changes(*regions: tuple[str, str, list[str]]) -> str:
    """text:tracked-changes as LibreOffice writes it: (id, "deletion" or "insertion", its paragraphs)."""
    out = '<text:tracked-changes text:track-changes="true">'
    for change_id, kind, paragraphs in regions:
        info = ("<office:change-info><dc:creator>Sam Smith</dc:creator><dc:date>2026-11-29T10:00:00</dc:date>"
                "</office:change-info>")
        said = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
        out += (f'<text:changed-region xml:id="{change_id}" text:id="{change_id}"><text:{kind}>{info}{said}'
                f"</text:{kind}></text:changed-region>")
    return out + "</text:tracked-changes>"


def check(path: Path, *more: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", *more],
                                env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def scan(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json"],
                                env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    return dict(json.loads(result.stdout))


def found(doc: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


def records(path: Path) -> list[tuple[str, str, bool]]:
    from nymaudit.sources import doctext

    read = doctext.document_text(path.read_bytes(), "odf")
    assert read.error is None and not read.unread, (read.error, read.notes)
    return [(s.where, s.text, s.by_other) for s in read.sections]


def test_the_test_files_are_real_odf_packages(tmp_path: Path) -> None:
    """Guard: the hand-made packages list as an ODF zip does (mimetype first, stored)."""
    path = odf(tmp_path / "draft.odt", "<text:p>Hello.</text:p>")
    listing = subprocess.run([sys.executable, "-m", "zipfile", "-l", str(path)], capture_output=True,
                             text=True, check=True).stdout.split("\n")
    assert listing[1].startswith("mimetype")
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert z.read("mimetype") == MIME["odt"].encode()
    from nymaudit.metadata import sniff

    assert sniff(path.read_bytes()[:4096]) == "odf"


# -- 1. ODF comments and tracked deletions ---------------------------------------------------------


def test_check_fails_on_an_employer_named_only_in_an_odf_comment(tmp_path: Path) -> None:
    body = ("<text:p>Draft post about allotments and the weather this spring."
            f"{annotation('Sam Smith', 'Note to self:', EMPLOYER)}</text:p>")
    code, doc = check(odf(tmp_path / "draft.odt", body))
    employer = found(doc, "SELF011")
    assert code == 1 and employer, doc["findings"]
    assert employer[0]["location"]["record"] == "comment 1" and "Leeds City Council" in employer[0]["message"]


def test_check_fails_on_an_employer_named_only_in_a_deleted_passage(tmp_path: Path) -> None:
    body = (changes(("ct1", "deletion", [f"{EMPLOYER} "]))
            + '<text:p>Draft post about allotments. <text:change text:change-id="ct1"/>'
              "The weather this spring.</text:p>")
    code, doc = check(odf(tmp_path / "draft.odt", body))
    employer = found(doc, "SELF011")
    assert code == 1 and employer, doc["findings"]
    assert employer[0]["location"]["record"] == "paragraph 1 (before tracked changes)"
    assert "Leeds City Council" in employer[0]["message"] and "Council.The" not in employer[0]["message"]


def test_a_deletion_is_read_where_it_stood_without_the_insertion_that_replaced_it(tmp_path: Path) -> None:
    body = (changes(("ct1", "deletion", ["Leeds City Council"]), ("ct2", "insertion", []))
            + '<text:p>I work at <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>'
              'a hospital<text:change-end text:change-id="ct2"/> as a nurse. I like cats.</text:p>'
            + "<text:p>Nothing changed here.</text:p>")
    assert records(odf(tmp_path / "cv.odt", body)) == [
        ("paragraph 1", "I work at a hospital as a nurse. I like cats.", False),
        ("paragraph 1 (before tracked changes)", "I work at Leeds City Council as a", False),
        ("paragraph 2", "Nothing changed here.", False)]


def test_a_deletion_across_paragraphs_and_one_no_paragraph_marks_are_read(tmp_path: Path) -> None:
    # Two whole paragraphs deleted: LibreOffice ends the deletion with an empty paragraph.
    body = (changes(("ct1", "deletion", ["Born 3 March 1984 in York.", "Mobile 07700 900123.", ""]),
                    ("ct2", "deletion", ["Home: 14 Elm Road, Leeds LS6 2AB"]))
            + '<text:p>About me. <text:change text:change-id="ct1"/>Thanks.</text:p>')
    said = records(odf(tmp_path / "cv.odt", body))
    assert said == [("paragraph 1", "About me. Thanks.", False),
                    ("paragraph 1 (before tracked changes)",
                     "Born 3 March 1984 in York.\nMobile 07700 900123.", False),
                    ("tracked deletion 1", "Home: 14 Elm Road, Leeds LS6 2AB", False)]


def test_odf_comments_are_the_writers_or_another_persons(tmp_path: Path) -> None:
    body = (f"<text:p>Curriculum vitae.{annotation('Sam Smith', 'Take out my mobile 07700 900123.')}</text:p>"
            f"<text:p>Skills.{annotation('Jo Bloggs', 'I live in Harrogate.', 'Ring me.')}</text:p>"
            f"<text:p>Hobbies.{annotation('', 'Nobody signed this.')}</text:p>")
    assert records(odf(tmp_path / "cv.odt", body)) == [
        ("paragraph 1", "Curriculum vitae.", False), ("paragraph 2", "Skills.", False),
        ("paragraph 3", "Hobbies.", False), ("comment 1", "Take out my mobile 07700 900123.", False),
        ("comment 2 (by another person)", "I live in Harrogate.\nRing me.", True),
        ("comment 3", "Nobody signed this.", False)]
    _code, doc = check(tmp_path / "cv.odt")
    assert not [f for f in doc["findings"] if f["rule"].startswith("PLACE") and "Harrogate" in f["message"]]


@pytest.mark.parametrize("comment_author",
                         ["Sam", "Smith, Sam", "ssmith", "sam.smith@leeds.gov.uk", "S. Smith"])
def test_an_odf_comment_under_the_writers_other_display_name_is_theirs(tmp_path: Path,
                                                                       comment_author: str) -> None:
    body = f"<text:p>CV.{annotation(comment_author, EMPLOYER)}</text:p>"
    _code, doc = check(odf(tmp_path / "cv.odt", body, author="Sam Smith"))
    assert [f["location"]["record"] for f in found(doc, "SELF011")] == ["comment 1"], comment_author


def test_the_last_editor_in_meta_counts_as_a_writer(tmp_path: Path) -> None:
    body = f"<text:p>CV.{annotation('Priya Shah', EMPLOYER)}</text:p>"
    said = records(odf(tmp_path / "cv.odt", body, author="Sam Smith", editor="pshah"))
    assert said[-1] == ("comment 1", EMPLOYER, False)


def test_a_spreadsheets_and_a_presentations_comments_are_read(tmp_path: Path) -> None:
    sheet = ('<table:table table:name="Rota"><table:table-column/><table:table-row>'
             '<table:table-cell office:value-type="string">'
             f"{annotation('Jo Bloggs', 'Call me on 07700 900461.')}<text:p>Monday</text:p>"
             "</table:table-cell>"
             "</table:table-row></table:table>")
    assert records(odf(tmp_path / "rota.ods", sheet)) == [
        ("sheet Rota, cell A1", "Monday", False),
        ("comment 1 (by another person)", "Call me on 07700 900461.", True)]
    from nymaudit.sources import doctext

    read = doctext.document_text((tmp_path / "rota.ods").read_bytes(), "odf")
    assert [s.sheet for s in read.sections] == [1, None]  # a comment is no record of the last sheet
    slides = ('<draw:page draw:name="page1"><draw:frame><draw:text-box><text:p>Our allotment</text:p>'
              f"</draw:text-box></draw:frame>{annotation('Sam Smith', EMPLOYER)}</draw:page>")
    assert records(odf(tmp_path / "talk.odp", slides)) == [("slide 1", "Our allotment", False),
                                                           ("comment 1", EMPLOYER, False)]


def test_odf_comments_and_changes_under_other_prefixes_are_read(tmp_path: Path) -> None:
    """The vocabulary follows the prefixes a part binds (t: for text, o: for office)."""
    body = ('<t:tracked-changes><t:changed-region t:id="c1"><t:deletion><t:p>Leeds City Council </t:p>'
            '</t:deletion></t:changed-region></t:tracked-changes>'
            '<t:p>I work at <t:change t:change-id="c1"/>home.<o:annotation><dc:creator>Sam Smith</dc:creator>'
            "<t:p>I live in Otley.</t:p></o:annotation></t:p>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><o:document-content '
               'xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
               f"<o:body><o:text>{body}</o:text></o:body></o:document-content>")
    path = odf(tmp_path / "cv.odt", "")
    data = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(data, "w") as new:
        for info in old.infolist():
            new.writestr(info, content if info.filename == "content.xml" else old.read(info.filename))
    path.write_bytes(data.getvalue())
    assert records(path) == [("paragraph 1", "I work at home.", False),
                             ("paragraph 1 (before tracked changes)", "I work at Leeds City Council home.",
                              False),
                             ("comment 1", "I live in Otley.", False)]


def test_a_deletion_of_several_sentences_keeps_the_middle_ones() -> None:
    """Word, RTF and ODF alike: "[I live in Leeds. I work at Acme. I am a nurse. ...]" kept only
    its first and last sentences."""
    from nymaudit.sources import doctext

    marked = "Hi. " + doctext._mark_deleted("I live in Leeds. I work at Acme Widgets Ltd. I am a nurse. "
                                            "I was born in 1984. ") + "Bye now."
    assert doctext._changed_sentences(marked).split("\n") == [
        "I live in Leeds.", "I work at Acme Widgets Ltd.", "I am a nurse.", "I was born in 1984."]
    # Guard: one deletion in one sentence keeps its clause only, as before.
    one = "I work at " + doctext._mark_deleted("Acme") + " as a nurse. Bye."
    assert doctext._changed_sentences(one) == "I work at Acme as a"


def test_a_word_deletion_of_a_passage_reports_its_middle_sentence(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("About me. ")._p
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "1")
    deletion.set(qn("w:author"), "Sam Smith")
    run, text = OxmlElement("w:r"), OxmlElement("w:delText")
    text.set(qn("xml:space"), "preserve")
    text.text = f"I grew up in the north. {EMPLOYER} I like walking. "
    run.append(text)
    deletion.append(run)
    paragraph.append(deletion)
    document.save(str(tmp_path / "cv.docx"))
    _code, doc = check(tmp_path / "cv.docx")
    places = [f["location"]["record"] for f in found(doc, "SELF011")]
    assert places == ["paragraph 1 (before tracked changes)"]


def test_a_word_insertion_under_other_prefixes_keeps_its_words(tmp_path: Path) -> None:
    """A body re-saved by xml.etree (ns0:) with a tracked insertion: its words are the text's."""
    import xml.etree.ElementTree as ET

    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("I live in ")._p
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "1")
    insertion.set(qn("w:author"), "Sam Smith")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "Otley now."
    run.append(text)
    insertion.append(run)
    paragraph.append(insertion)
    plain = io.BytesIO()
    document.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "word/document.xml":
                resaved = io.BytesIO()
                ET.ElementTree(ET.fromstring(data)).write(resaved, xml_declaration=True, encoding="UTF-8")
                data = resaved.getvalue()
                assert b"<ns0:ins" in data
            new.writestr(info, data)
    from nymaudit.sources import doctext

    read = doctext.document_text(out.getvalue(), "ooxml")
    assert [(s.where, s.text) for s in read.sections] == [("paragraph 1", "I live in Otley now.")]


def test_hostile_odf_comments_and_changes_read_bounded() -> None:
    """20,000 unclosed annotations and 20,000 change marks with ids nothing lists: bounded."""
    from nymaudit.sources import doctext

    body = ("<text:p>x" + '<text:change text:change-id="ct9"/>' * 20_000 + "</text:p>"
            + changes(("ct1", "deletion", ["gone"])) + "<office:annotation><text:p>a" * 20_000)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:  # stored: as deflated, its repeats look like a zip bomb
        z.writestr(zipfile.ZipInfo("mimetype"), MIME["odt"])
        z.writestr("content.xml", f"<office:document-content {NS}><office:body><office:text>{body}"
                                  "</office:text></office:body></office:document-content>")
    started = time.perf_counter()
    read = doctext.document_text(data.getvalue(), "odf")
    assert time.perf_counter() - started < 10 and read.error is None
    assert read.sections and read.sections[0].where == "paragraph 1"


FRAGMENTS = ["<text:p>", "</text:p>", "words ", '<text:change text:change-id="a"/>',
             '<text:change-start text:change-id="b"/>', '<text:change-end text:change-id="b"/>',
             "<office:annotation>", "</office:annotation>", "<dc:creator>Bob Smith</dc:creator>",
             "<text:tracked-changes>", "</text:tracked-changes>", '<text:changed-region text:id="a">',
             '<text:changed-region text:id="b">', "</text:changed-region>", "<text:deletion>",
             "</text:deletion>",
             "<text:insertion/>", "<office:annotation/>", "<", "&amp;"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_mix_of_comment_and_change_markup_reads_without_error(pieces: list[str]) -> None:
    from nymaudit.sources import doctext

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIME["odt"])
        z.writestr("content.xml", f"<office:document-content {NS}><office:body><office:text>{''.join(pieces)}"
                                  "</office:text></office:body></office:document-content>")
    read = doctext.document_text(data.getvalue(), "odf")
    assert read.error is None and not read.unread


# -- 2. a shared surname is not the same person ------------------------------------------------


def test_a_relatives_comment_with_the_writers_surname_is_someone_elses(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.author = document.core_properties.last_modified_by = "Sam Smith"
    paragraph = document.add_paragraph("Curriculum vitae. Experienced analyst.")
    document.add_comment(paragraph.runs, author="Bob Smith", initials="BS", text="I live in Harrogate.")
    document.save(str(tmp_path / "cv.docx"))
    from nymaudit.sources import doctext

    read = doctext.document_text((tmp_path / "cv.docx").read_bytes(), "ooxml")
    assert [(s.where, s.by_other) for s in read.sections][-1] == ("comment 1 (by another person)", True)
    body = f"<text:p>CV.{annotation('Bob Smith', EMPLOYER)}</text:p>"
    _code, doc = check(odf(tmp_path / "cv.odt", body, author="Sam Smith"))
    assert not found(doc, "SELF011")


@pytest.mark.parametrize(("author", "writer"), [("Bob Smith", "sam smith"), ("Smith, Bob", "sam smith"),
                                                ("B. Smith", "sam smith"), ("bsmith", "sam smith"),
                                                ("Bob Smith", "smith, sam")])
def test_a_shared_surname_alone_is_another_person(author: str, writer: str) -> None:
    from nymaudit.sources import doctext

    assert doctext._by_other(author, frozenset({writer}))


@pytest.mark.parametrize(("author", "writer"), [
    ("Priya", "priya shah"), ("Shah, Priya", "priya shah"), ("pshah", "priya shah"),
    ("PriyaShah", "priya shah"),
    ("priya.shah@leeds.gov.uk", "priya shah"), ("P. Shah", "priya shah"), ("Priya Shah", "pshah"),
    ("Sam", "samuel smith"), ("Chris Smith", "christopher smith"), ("Wang Wei", "wei wang"),
    ("Mary Jane Smith", "jane smith"), ("Smith", "sam smith"), ("BS", "bob smith"), ("smithb", "bob smith")])
def test_the_writer_under_another_display_name_is_still_the_writer(author: str, writer: str) -> None:
    """Guard (doc15d item 2) and the short forms of a given name; a one-word surname cannot be told."""
    from nymaudit.sources import doctext

    assert not doctext._by_other(author, frozenset({writer}))


# -- 3. a sheet's number in a message ----------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_sheet_after_one_of_numbers_is_said_by_its_tab(tmp_path: Path, kind: str) -> None:
    from test_con15 import SHEET, _ods, _xlsx

    book = [("Budget", ["1200", "350.50", "-42"]),
            (SHEET, ["Notes", "I live in Whitby, North Yorkshire", "Whitby again, the harbour at Whitby",
                     "I live in Whitby"])]
    path = (_xlsx if kind == "xlsx" else _ods)(tmp_path / f"notes.{kind}", book)
    report = scan(path)
    listed = [f["message"] for f in report["findings"] if f"notes.{kind}#" in f["message"]]
    assert listed, [f["message"] for f in report["findings"]]
    for message in listed:
        assert f"notes.{kind}#sheet 2, cell A" in message and "sheet 1," not in message, message
        assert "sheet ?" not in message and "Okonkwo" not in message, message


def test_sheet_numbers_take_a_records_own_number() -> None:
    from nymaudit.model import Origin, Post
    from nymaudit.text.tally import record_said, sheet_numbers

    post = Post(id="b.xlsx#sheet People, cell A1", timestamp=None, text="x", kind="file",
                origin=Origin("b.xlsx", "sheet People, cell A1"), extra={"sheet_number": 3})
    assert record_said(post.origin, sheet_numbers([post])) == "sheet 3, cell A1"
    # Guard: origins alone are numbered by the order their sheets come in (con15b).
    assert record_said(post.origin, sheet_numbers([post.origin])) == "sheet 1, cell A1"


# -- found on the way: a comment's initials are not its words (metadata/office.py) ----------------


def test_an_odf_comments_initials_are_no_word_of_it(tmp_path: Path) -> None:
    from nymaudit.metadata import extract

    body = f"<text:p>Draft.{annotation('Sam Smith', EMPLOYER)}</text:p>"
    path = odf(tmp_path / "draft.odt", body)
    assert extract(path.read_bytes()).unshown_texts == [("Comment", EMPLOYER)]
    _code, doc = check(path)
    [hidden] = found(doc, "META029")
    assert "1 comment, 6 words" in hidden["message"], hidden["message"]


def test_a_documents_comment_or_deleted_passage_is_a_place_in_it_not_a_post() -> None:
    from nymaudit.model import Origin
    from nymaudit.text.tally import in_document, where

    places = [Origin("cv.docx", "comment 2 (by another person)"),
              Origin("cv.odt", "paragraph 4 (before tracked changes)"),
              Origin("cv.odt", "tracked deletion 1"),
              Origin("cv.pdf", "page 2, paragraph 5 (with hidden text)")]
    assert all(in_document(place) for place in places)
    assert "in 4 places in documents (first: " in where(places, 4)
    # Guard: a post's record named so is no document's place.
    assert not in_document(Origin("comments.json", "comment 2"))
    assert not in_document(Origin("cv.odt", "comments"))

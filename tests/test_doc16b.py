"""doc16b (sixteenth session): text a reader of a document sees that `check` never read (red16).

1. (F2) An Excel note (xl/comments1.xml) or threaded comment (xl/threadedComments, its people in
   xl/persons/person.xml) was never read: an employer or a date of birth written only there passed
   `check --fail-on high`. They are "comment N", or "comment N (by another person)", as Word's are;
   Excel's legacy copy of a threaded comment is not read twice.
2. (F3) A Word comment under a placeholder author ("Me", "Author", "Reviewer", "Microsoft Office
   User", ...) beside a Creator with no word in common was "by another person" and its disclosures
   vanished. A name that identifies nobody is no evidence of another person, on either side: such a
   comment stays the writer's (heuristics/doctext.toml [placeholder_authors]).
3. (F5) Word alt text (wp:docPr descr and title), a formula's string literals its cell does not show
   (HYPERLINK's address in .xlsx and .ods, IF(FALSE, "...", 0)), an .xlsx print header and footer,
   sheet names (.xlsx and .ods), data validation messages, defined names and a tracked move's old
   place (w:moveFrom, dropped while a comment said it was read as a deletion) are read, each as a
   located record: "image 1 alt text", "sheet 2 header", "sheet 2 name" (by position, never by
   name), "sheet Contacts, cell A1 (formula)", "defined name 1".
4. (F5b) A PDF whose every page is a picture with a page number, a date or a title under it passed
   `check` (no INPUT001): the chart-page exemption (doc15d item 3) applied, although a document
   with no page of text is no report. A report's chart page among pages of text stays exempt.

Word files are made with python-docx (its own picture and comment), workbooks as Excel lays them
out (zipfile: [Content_Types].xml, workbook.xml and its rels, worksheets, comments1.xml with the
sheet's rels, threadedComments, persons), spreadsheets as LibreOffice writes content.xml, PDFs by
hand as red16's mkpdf.py and with pypdf (test_doc15d's report).
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

SECRET = "I work at Barclays on Kirkstall Road and my date of birth is 03/03/1984."


def check(path: Path, *more: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", *more],
                                env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stdout
    return result.exit_code, json.loads(result.stdout)


def rule(doc: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


def errors(doc: dict[str, Any]) -> list[str]:
    return [e["error"] for i in doc["inputs"] for e in i["errors"]]


def records(path: Path, fmt: str = "ooxml") -> list[tuple[str, str, bool]]:
    from nymaudit.sources import doctext

    read = doctext.document_text(path.read_bytes(), fmt)
    assert read.error is None, read.error
    return [(s.where, s.text, s.by_other) for s in read.sections]


# -- workbooks as Excel lays them out ---------------------------------------------------------------

SSML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
THREADED = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
THREADED_COPY = ("[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; "
                 "however, any edits to it will get removed if the file is opened in a newer version of "
                 "Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ")


def xlsx(path: Path, *, cells: str = '<row r="1"><c r="A1"><v>1</v></c></row>', after: str = "",
         sheets: tuple[str, ...] = ("Sheet1",), names: str = "", creator: str = "Priya Shah",
         note: tuple[str, str] | None = None, threads: list[tuple[str, str]] | None = None,
         people: dict[str, str] | None = None, legacy: bool = True) -> Path:
    """A workbook as Excel writes it: docProps/core.xml with its creator and last editor, each sheet
    listed in workbook.xml and its rels; ``cells`` and ``after`` (headerFooter, dataValidations) go
    in the first sheet. ``note`` (author, text) is a legacy note on A1 (xl/comments1.xml, through the
    sheet's rels); ``threads`` (person id, text) are threaded comments, ``people`` their display
    names, each with Excel's legacy copy in the note."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = (f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                     + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                               f'ContentType="{CT}.worksheet+xml"/>' for n in range(1, len(sheets) + 1)))
        if note or threads:
            overrides += f'<Override PartName="/xl/comments1.xml" ContentType="{CT}.comments+xml"/>'
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f"{overrides}</Types>")
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" '
                   'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-'
                   'properties" Target="docProps/core.xml"/></Relationships>')
        z.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                   'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                   f"<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>"
                   "</cp:coreProperties>")
        tabs = "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
                       for n, name in enumerate(sheets, 1))
        defined = f"<definedNames>{names}</definedNames>" if names else ""
        z.writestr("xl/workbook.xml", f"<workbook {SSML} {RNS}><sheets>{tabs}</sheets>{defined}</workbook>")
        rels = "".join(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                       for n in range(1, len(sheets) + 1))
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        for n in range(1, len(sheets) + 1):
            body = f"<sheetData>{cells}</sheetData>{after}" if n == 1 else "<sheetData/>"
            z.writestr(f"xl/worksheets/sheet{n}.xml", f"<worksheet {SSML} {RNS}>{body}</worksheet>")
        comments: list[tuple[str, str]] = []
        if note:
            comments.append(note)
        if threads:
            people = people or {}
            comments += [(f"tc={pid}", THREADED_COPY + text) for pid, text in threads if legacy]
            items = "".join(f'<threadedComment ref="A{n}" dT="2026-11-30T10:00:00.00" personId="{pid}" '
                            f'id="{{0000000{n}-0000-0000-0000-000000000000}}"><text>{text}</text>'
                            "</threadedComment>" for n, (pid, text) in enumerate(threads, 1))
            z.writestr("xl/threadedComments/threadedComment1.xml",
                       f'<ThreadedComments xmlns="{THREADED}">{items}</ThreadedComments>')
            persons = "".join(f'<person displayName="{name}" id="{pid}" userId="{name}" providerId="None"/>'
                              for pid, name in people.items())
            z.writestr("xl/persons/person.xml", f'<personList xmlns="{THREADED}">{persons}</personList>')
        if comments:
            authors = list(dict.fromkeys(author for author, _ in comments))
            listed = "".join(f"<author>{a}</author>" for a in authors)
            notes = "".join(f'<comment ref="A{n}" authorId="{authors.index(a)}"><text><r><rPr><sz val="9"/>'
                            f'</rPr><t xml:space="preserve">{t}</t></r></text></comment>'
                            for n, (a, t) in enumerate(comments, 1))
            z.writestr("xl/comments1.xml", f"<comments {SSML}><authors>{listed}</authors>"
                       f"<commentList>{notes}</commentList></comments>")
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels", f'<Relationships xmlns="{PKG}"><Relationship '
                       f'Id="rId1" Type="{REL}/comments" Target="../comments1.xml"/></Relationships>')
    return path


# -- 1. (F2) Excel notes and threaded comments -------------------------------------------------------


@pytest.mark.parametrize("author", ["", "Priya Shah", "pshah"])
def test_an_excel_note_is_the_writers_comment_and_check_fails_on_it(tmp_path: Path, author: str) -> None:
    path = xlsx(tmp_path / "budget.xlsx", note=(author, SECRET))
    assert records(path) == [("comment 1", SECRET, False)]
    code, doc = check(path, "--fail-on", "high")
    assert code == 1 and rule(doc, "SELF011") and rule(doc, "SELF013"), [f["rule"] for f in doc["findings"]]
    assert {f["location"]["record"] for f in rule(doc, "SELF011")} == {"comment 1"}


def test_a_threaded_comment_is_read_once_and_its_author_is_weighed(tmp_path: Path) -> None:
    """Excel writes each threaded comment twice: in xl/threadedComments and as a legacy note
    ("[Threaded comment] ..."). One record each; a reviewer's is "by another person"."""
    people = {"{A1}": "Priya Shah", "{B2}": "Quentin Brackenridge"}
    path = xlsx(tmp_path / "budget.xlsx", threads=[("{A1}", SECRET), ("{B2}", "I live in Harrogate.")],
                people=people)
    assert records(path) == [("comment 1", SECRET, False),
                             ("comment 2 (by another person)", "I live in Harrogate.", True)]
    code, doc = check(path, "--fail-on", "high")
    assert code == 1 and rule(doc, "SELF013")
    assert not [f for f in doc["findings"] if "Harrogate" in json.dumps(f) and f["severity"] == "high"]


def test_a_note_after_the_threaded_copies_is_still_read(tmp_path: Path) -> None:
    """Only the legacy copies of threaded comments are skipped: a plain note beside them is read."""
    path = xlsx(tmp_path / "budget.xlsx", note=("", SECRET), threads=[("{A1}", "Looks fine.")],
                people={"{A1}": "Priya Shah"})
    assert [where for where, _, _ in records(path)] == ["comment 1", "comment 2"]
    assert SECRET in [text for _, text, _ in records(path)]


def test_threaded_comments_alone_are_counted_and_their_people_named(tmp_path: Path) -> None:
    """metadata/office.py: a workbook with threaded comments and no legacy copy counted none
    (META029) and named nobody; the person Excel shows beside a comment is a CommentAuthor."""
    path = xlsx(tmp_path / "budget.xlsx", threads=[("{B2}", "Looks fine to me.")],
                people={"{B2}": "Quentin Brackenridge"}, legacy=False)
    _code, doc = check(path)
    assert [f for f in rule(doc, "META029") if "1 comment" in f["message"]]
    assert any("Quentin Brackenridge" in f["message"] for f in rule(doc, "META012"))


def test_a_flood_of_notes_is_capped_and_said_unread(tmp_path: Path) -> None:
    """Hostile: more notes than are read give an unread note (check fails closed), never a hang."""
    from nymaudit.sources import doctext

    many = doctext.MAX_WORKBOOK_EXTRAS + 5
    path = tmp_path / "flood.xlsx"
    xlsx(path, note=("", "x y"))
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    notes = "".join(f'<comment ref="A{n}" authorId="0"><text><t>note {n}</t></text></comment>'
                    for n in range(1, many + 1))
    parts["xl/comments1.xml"] = f"<comments {SSML}><authors><author/></authors><commentList>{notes}" \
                                "</commentList></comments>".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    read = doctext.document_text(path.read_bytes(), "ooxml")
    assert len([s for s in read.sections if s.where.startswith("comment ")]) == doctext.MAX_WORKBOOK_EXTRAS
    assert any("comments" in note for note in read.unread)


# -- 2. (F3) placeholder comment authors ---------------------------------------------------------------


def commented(path: Path, comment_author: str, creator: str = "nightowl") -> Path:
    """A Word file (python-docx) whose Creator is ``creator`` and whose one comment, by
    ``comment_author``, holds the writer's employer and date of birth."""
    document = docx.Document()
    document.core_properties.author = document.core_properties.last_modified_by = creator
    paragraph = document.add_paragraph("Notes for the allotment society newsletter.")
    document.add_comment(paragraph.runs, author=comment_author, initials="", text=SECRET)
    document.save(str(path))
    return path


@pytest.mark.parametrize(("comment_author", "creator"), [
    ("Me", "nightowl"), ("Author", "nightowl"), ("Reviewer", "nightowl"), ("Editor", "nightowl"),
    ("Unknown Author", "nightowl"), ("user", "nightowl"), ("Microsoft Office User", "Administrator"),
    ("  microsoft  OFFICE user ", "nightowl"),
])
def test_a_placeholder_comment_author_is_no_other_person(tmp_path: Path, comment_author: str,
                                                        creator: str) -> None:
    code, doc = check(commented(tmp_path / "notes.docx", comment_author, creator), "--fail-on", "high")
    assert rule(doc, "SELF011") and rule(doc, "SELF013"), [f["rule"] for f in doc["findings"]]
    assert code == 1


def test_a_placeholder_creator_tells_nothing_either(tmp_path: Path) -> None:
    """A Creator "Administrator" names nobody: a comment by "Quentin Brackenridge" may be the
    writer's own (their Office name) and is checked as theirs."""
    path = commented(tmp_path / "notes.docx", "Quentin Brackenridge", creator="Administrator")
    assert ("comment 1", SECRET, False) in records(path)


def test_a_named_reviewer_is_still_another_person(tmp_path: Path) -> None:
    """Guard (doc15c, doc16 item 2): a real name beside another Creator stays someone else's."""
    path = commented(tmp_path / "notes.docx", "Quentin Brackenridge")
    assert ("comment 1 (by another person)", SECRET, True) in records(path)


def test_placeholder_author_examples_as_the_reader_reads_them() -> None:
    from nymaudit.rules import load_file
    from nymaudit.sources import doctext

    table = load_file("doctext")["placeholder_authors"]
    assert table["why"].strip() and table["names"]
    assert [t for t in table["match"] if not doctext.placeholder_author(t)] == []
    assert [t for t in table["no_match"] if doctext.placeholder_author(t)] == []


# -- 3. (F5) text a reader sees that was never read ------------------------------------------------------


def test_word_alt_text_is_read(tmp_path: Path) -> None:
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(picture, "PNG")
    picture.seek(0)
    document = docx.Document()
    document.core_properties.author = ""
    document.add_paragraph("An ordinary paragraph about gardening.")
    document.add_picture(picture)
    for element in document.element.body.iter():
        if element.tag.endswith("}docPr"):
            element.set("descr", "Me at my desk. " + SECRET)
            element.set("title", "Badge photo")
    path = tmp_path / "alt.docx"
    document.save(str(path))
    assert ("image 1 alt text", f"Me at my desk. {SECRET}\nBadge photo", False) in records(path)
    code, doc = check(path)
    assert code == 1 and {f["location"]["record"] for f in rule(doc, "SELF013")} == {"image 1 alt text"}


def test_a_tracked_moves_old_place_is_read_as_a_deletion(tmp_path: Path) -> None:
    """w:moveFrom was in the hidden tags, dropped, while _Markup.deleted said it was read."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Minutes of the residents' meeting.")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    moved = parse_xml(f'<w:p {w}><w:moveFrom w:id="3" w:author="Priya" w:date="2026-11-30T10:00:00Z"><w:r>'
                      f"<w:t>{SECRET}</w:t></w:r></w:moveFrom></w:p>")
    document.element.body.insert(1, moved)
    path = tmp_path / "moved.docx"
    document.save(str(path))
    assert ("paragraph 2 (before tracked changes)", SECRET, False) in records(path)
    assert rule(check(path)[1], "SELF013")


def test_a_hyperlink_formulas_address_is_read(tmp_path: Path) -> None:
    url = "https://www.linkedin.com/in/priya-shah-leeds"
    path = xlsx(tmp_path / "links.xlsx", cells=f'<row r="1"><c r="A1" t="str"><f>HYPERLINK("{url}","me")</f>'
                                                 "<v>me</v></c></row>")
    assert ("sheet Sheet1, cell A1 (formula)", url, False) in records(path)
    _code, doc = check(path)
    assert any(url in json.dumps(f) for f in doc["findings"] if f["rule"].startswith("LINK"))


def test_a_formulas_unshown_words_are_read_and_its_shown_ones_once(tmp_path: Path) -> None:
    cells = (f'<row r="1"><c r="A1"><f>IF(FALSE,"{SECRET}",0)</f><v>0</v></c>'
             '<c r="B1" t="str"><f>CONCAT("Rent ","due")</f><v>Rent due</v></c>'
             '<c r="C1" t="str"><f>IF(A1&gt;0,"yes","no")</f><v>no</v></c></row>')
    got = records(xlsx(tmp_path / "f.xlsx", cells=cells))
    assert ("sheet Sheet1, cell A1 (formula)", SECRET, False) in got
    assert not [where for where, text, _ in got if "B1 (formula)" in where]  # "Rent " and "due" are shown
    assert ("sheet Sheet1, cell C1 (formula)", "yes", False) in got


@pytest.mark.parametrize(("after", "where"), [
    (f"<headerFooter><oddHeader>&amp;L&amp;\"Arial,Bold\"&amp;12{SECRET}&amp;RPage &amp;P of &amp;N"
     "</oddHeader></headerFooter>", "sheet 1 header"),
    (f"<headerFooter><oddHeader>&amp;CBudget</oddHeader><oddFooter>&amp;C{SECRET}</oddFooter></headerFooter>",
     "sheet 1 footer"),
    (f'<dataValidations count="1"><dataValidation type="list" sqref="A1" showInputMessage="1" '
     f'promptTitle="Note" prompt="{SECRET}"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
     "sheet 1 validation message 1"),
])
def test_print_headers_and_validation_messages_are_read(tmp_path: Path, after: str, where: str) -> None:
    path = xlsx(tmp_path / "sheet.xlsx", after=after)
    said = {w: t for w, t, _ in records(path)}
    assert SECRET in said[where] and "&" not in said[where], said
    code, doc = check(path, "--fail-on", "high")
    assert code == 1 and {f["location"]["record"] for f in rule(doc, "SELF013")} == {where}


def test_a_defined_names_words_are_read(tmp_path: Path) -> None:
    names = (f'<definedName name="note">"{SECRET}"</definedName>'
             '<definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$C$20</definedName>')
    assert records(xlsx(tmp_path / "names.xlsx", names=names)) == [("defined name 1", SECRET, False)]


def test_a_sheet_name_is_read_by_position_and_never_shown_under_redact(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "tabs.xlsx", sheets=("Sheet1", "priya.shah.leeds@gmail.com", "Feuil3"))
    assert records(path) == [("sheet 2 name", "priya.shah.leeds@gmail.com", False)]
    code, doc = check(path)
    assert code == 1 and any(f["location"]["record"] == "sheet 2 name" for f in doc["findings"])
    result = CliRunner().invoke(app, ["check", str(path), "--redact", "--format", "json"],
                                env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert "priya" not in result.stdout and "gmail" not in result.stdout


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def ods(path: Path, tables: str) -> Path:
    """A spreadsheet as LibreOffice writes it (mimetype first and stored, content.xml, meta.xml)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
                   f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
                   "</office:document-content>")
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


def test_an_ods_formulas_address_and_a_sheet_name_are_read(tmp_path: Path) -> None:
    url = "https://www.linkedin.com/in/priya-shah-leeds"
    cell = ('<table:table-cell table:formula="of:=HYPERLINK(&quot;' + url + '&quot;;&quot;me&quot;)" '
            'office:value-type="string" office:string-value="me"><text:p>me</text:p></table:table-cell>')
    path = ods(tmp_path / "budget.ods", f'<table:table table:name="Sheet1"><table:table-row>{cell}'
                                        "</table:table-row></table:table>"
                                        '<table:table table:name="Barclays payroll"></table:table>')
    got = records(path, "odf")
    assert ("sheet Sheet1, cell A1 (formula)", url, False) in got
    assert ("sheet Sheet1, cell A1", "me", False) in got
    assert ("sheet 2 name", "Barclays payroll", False) in got
    _code, doc = check(path)
    assert any(url in json.dumps(f) for f in doc["findings"] if f["rule"].startswith("LINK"))


def test_a_huge_formula_and_a_flood_of_validations_stay_bounded(tmp_path: Path) -> None:
    """Hostile: a 2 MB literal is read to MAX_FORMULA_CHARS; 12,000 validations to the cap."""
    from nymaudit.sources import doctext

    huge = "word " * 400_000
    many = "".join(f'<dataValidation sqref="A{n}" prompt="prompt {n}"/>' for n in range(1, 12_001))
    cells = f'<row r="1"><c r="A1"><f>IF(FALSE,"{huge}",0)</f><v>0</v></c></row>'
    path = xlsx(tmp_path / "big.xlsx", cells=cells, after=f"<dataValidations>{many}</dataValidations>")
    read = doctext.document_text(path.read_bytes(), "ooxml")
    assert read.error is None
    formula = [s.text for s in read.sections if s.where.endswith("(formula)")]
    assert len(formula) == 1 and 0 < len(formula[0]) <= doctext.MAX_FORMULA_CHARS
    assert len([s for s in read.sections if "validation message" in s.where]) == doctext.MAX_WORKBOOK_EXTRAS
    assert any("data validation" in note for note in read.unread)  # the rest said unread: check fails closed


# -- 4. (F5b) a document of pictures only -------------------------------------------------------------


def picture_pdf(cover: float, texts: list[tuple[int, int, str]], pages: int = 1) -> bytes:
    """red16's mkpdf.py: A4 pages, each one image XObject covering ``cover`` of the page and
    Helvetica text lines."""
    width, height, iw, ih = 595, 842, 200, 280
    image = zlib.compress(bytes([200]) * (iw * ih * 3))
    scale = (cover * width * height / (iw * ih)) ** 0.5
    dw, dh = iw * scale, ih * scale
    ops = f"q {dw:.1f} 0 0 {dh:.1f} {(width - dw) / 2:.1f} {(height - dh) / 2:.1f} cm /Im1 Do Q\n"
    ops += "".join(f"BT /F1 9 Tf {x} {y} Td ({t}) Tj ET\n" for x, y, t in texts)
    kids = " ".join(f"{6 + n} 0 R" for n in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
               f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream".encode(),
               (f"<< /Type /XObject /Subtype /Image /Width {iw} /Height {ih} /ColorSpace /DeviceRGB "
                f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(image)} >>\nstream\n").encode()
               + image + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects += [(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /XObject << "
                 "/Im1 4 0 R >> /Font << /F1 5 0 R >> >> /Contents 3 0 R >>").encode() for _ in range(pages)]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj ".encode() + body + b" endobj\n"
    start = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


@pytest.mark.parametrize(("cover", "texts", "pages"), [
    (0.75, [(270, 10, "Page 1 of 1")], 1),
    (0.75, [(290, 10, "1")], 1),
    (0.6, [(290, 10, "1")], 1),
    (0.79, [(20, 10, "Scanned 30 November 2026")], 1),
    (0.6, [(40, 800, "Housing benefit letter"), (290, 10, "Page 1 of 1")], 1),
    (0.7, [(290, 10, "Page 1 of 2")], 2),
])
def test_a_document_of_pictures_with_a_page_number_or_a_title_is_a_scan(
        tmp_path: Path, cover: float, texts: list[tuple[int, int, str]], pages: int) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(picture_pdf(cover, texts, pages))
    code, doc = check(path)
    assert code == 1 and any("a scan?" in e for e in errors(doc)), (code, errors(doc))


def test_a_small_picture_with_a_page_number_is_no_scan(tmp_path: Path) -> None:
    """Guard: a logo-sized picture (3 % of the page) is no scan, however few the words."""
    path = tmp_path / "logo.pdf"
    path.write_bytes(picture_pdf(0.03, [(290, 10, "1")]))
    code, doc = check(path)
    assert code == 0 and not errors(doc)


def test_a_reports_chart_page_among_text_pages_stays_exempt(tmp_path: Path) -> None:
    """Guard (doc15d item 3): a typed report's chart page footed "Page 2 of 3" is no scan."""
    from PIL import Image
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    jpeg = io.BytesIO()
    Image.new("RGB", (600, 330), (40, 90, 200)).save(jpeg, "JPEG")
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    image = DecodedStreamObject()
    image._data = jpeg.getvalue()
    image.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(600), NameObject("/Height"): NumberObject(330),
                  NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                  NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/Filter"): NameObject("/DCTDecode")})
    picture = writer._add_object(image)
    text = ("BT /F1 11 Tf 72 760 Td (The food bank served more families this quarter than last, and "
            "donations rose in the autumn.) Tj ET\n")
    for n in (1, 2, 3):
        page = writer.add_blank_page(595, 842)
        resources = {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        if n == 2:
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): picture})
        page[NameObject("/Resources")] = DictionaryObject(resources)
        content = DecodedStreamObject()
        body = "q 520 0 0 600 37 120 cm /Im1 Do Q\n" if n == 2 else text
        content.set_data((body + f"BT /F1 9 Tf 280 30 Td (Page {n} of 3) Tj ET\n").encode())
        page[NameObject("/Contents")] = writer._add_object(content)
    path = tmp_path / "report.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    code, doc = check(path)
    assert code == 0 and not [e for e in errors(doc) if "scan" in e], (code, errors(doc))

"""doc15d (fifteenth session): three regressions of the day's document commits (rev15c items 1-3).

1. A date of birth deleted with Track Changes under a label ("Date of birth: [3 March 1984]") was
   no longer SELF013: the before-changes record began after the colon and held a bare date. The
   label's words before the colon now come with the deleted value.
2. The writer's own Word comment under another display name ("Priya", "Shah, Priya", "pshah"
   beside the Author "Priya Shah") was "by another person" and its address, phone and employer
   went unreported. A comment is someone else's only when its author clearly names another person.
3. A typed report with a chart page footed "Page 2 of 3" failed `check` as a scan: a page number
   alone dropped the picture cover asked for to 5 %. Only a print's own marks (a file:// address,
   an image file name, a browser's image title, a date with a time) do that now.

Word documents are built with python-docx (tracked deletions as Word writes them: w:del with
w:delText), PDFs with Pillow and pypdf, as rev15c's scripts build them.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")


def check(path: Path) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"],
                                env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def rule(doc: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


def errors(doc: dict[str, Any]) -> list[str]:
    return [e["error"] for i in doc["inputs"] for e in i["errors"]]


# -- 1. a deleted value under a label -----------------------------------------------------------


def labelled_cv(path: Path, lines: list[tuple[str, str]]) -> Path:
    """A CV by Priya Shah whose paragraphs are "Label: value", each value deleted with Track Changes
    on (a w:del by the author, as Word writes it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_of(text: str, tag: str) -> Any:
        r, t = OxmlElement("w:r"), OxmlElement(tag)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    document = docx.Document()
    document.core_properties.author = document.core_properties.last_modified_by = "Priya Shah"
    for number, (label, value) in enumerate(lines):
        p = document.add_paragraph()._p
        p.append(run_of(label, "w:t"))
        deletion = OxmlElement("w:del")
        deletion.set(qn("w:id"), str(10 + number))
        deletion.set(qn("w:author"), "Priya Shah")
        deletion.set(qn("w:date"), "2026-11-29T10:00:00Z")
        deletion.append(run_of(value, "w:delText"))
        p.append(deletion)
    document.save(str(path))
    return path


@pytest.mark.parametrize(("label", "value"), [("Date of birth: ", "3 March 1984"), ("DOB: ", "03/03/1984")])
def test_a_date_of_birth_deleted_under_its_label_is_still_reported(tmp_path: Path, label: str,
                                                                    value: str) -> None:
    code, doc = check(labelled_cv(tmp_path / "cv.docx", [(label, value), ("Nationality: ", "British")]))
    found = rule(doc, "SELF013")
    assert code == 1 and found and found[0]["severity"] == "high", found
    assert any(value in f["message"] or value in json.dumps(f) for f in found), found


def test_the_before_changes_record_keeps_the_label_and_counts_the_sentence_once(tmp_path: Path) -> None:
    from nymaudit.sources import doctext

    lines = [("Date of birth: ", "3 March 1984"), ("Mobile: ", "07700 900123"),
             ("Home: ", "14 Elm Road, Leeds LS6 2AB")]
    data = labelled_cv(tmp_path / "cv.docx", lines).read_bytes()
    texts = [s.text.strip() for s in doctext.document_text(data, "ooxml").sections if s.text.strip()]
    assert "Date of birth: 3 March 1984" in texts and "Mobile: 07700 900123" in texts, texts
    assert sum("LS6 2AB" in text for text in texts) == 1, texts


def test_a_long_label_is_cut_to_its_last_words() -> None:
    from nymaudit.sources import doctext

    marked = f"Please write here your full date of birth: {doctext._mark_deleted('3 March 1984')}"
    assert doctext._changed_sentences(marked) == "full date of birth: 3 March 1984"


def test_a_deletion_after_a_comma_keeps_its_clause_only() -> None:
    """Guard (rev15a item 1): a comma's clause is not widened by the label rule."""
    from nymaudit.sources import doctext

    marked = f"I was born in York, and I now live in {doctext._mark_deleted('Leeds')}."
    assert doctext._changed_sentences(marked) == "I now live in Leeds."


# -- 2. the writer's own comment under another display name -------------------------------------


def commented_cv(path: Path, comment_author: str, author: str = "Priya Shah") -> Path:
    """rev15c's mkcv.py: a CV whose writer noted her own details in a Word comment."""
    document = docx.Document()
    document.core_properties.author = document.core_properties.last_modified_by = author
    p = document.add_paragraph("Curriculum vitae. Experienced data analyst looking for remote work.")
    document.add_paragraph("Skills: SQL, Python, dashboards.")
    document.add_comment(p.runs, author=comment_author, initials="P",
                         text="Note to self: take out my home address 14 Elm Road, Leeds LS6 2AB and my "
                              "mobile 07700 900123 before sending. I work at Leeds City Council.")
    document.save(str(path))
    return path


@pytest.mark.parametrize("comment_author", ["Priya", "Shah, Priya", "pshah", "PriyaShah",
                                            "priya.shah@leeds.gov.uk"])
def test_the_writers_comment_under_another_display_name_is_theirs(tmp_path: Path,
                                                                   comment_author: str) -> None:
    _code, doc = check(commented_cv(tmp_path / "cv.docx", comment_author))
    for rule_id in ("PLACE004", "PLACE008", "SELF002", "SELF011"):
        assert rule(doc, rule_id), (comment_author, rule_id)


def test_a_short_author_beside_a_full_comment_name_is_the_same_person(tmp_path: Path) -> None:
    """The other way round: the document's Author is a login, the comment has the full name."""
    _code, doc = check(commented_cv(tmp_path / "cv.docx", "Priya Shah", author="pshah"))
    assert rule(doc, "PLACE004") and rule(doc, "SELF002")


def test_a_clearly_different_person_is_still_someone_else() -> None:
    """Guard (rev15a item 2): "Sam Jones" beside "Bob Smith" is another person; an empty author
    and a document without writers stay the writer's."""
    from nymaudit.sources import doctext

    writers = frozenset({"bob smith"})
    assert doctext._by_other("Sam Jones", writers)
    assert doctext._by_other("S. Jones", writers)
    assert not doctext._by_other("", writers) and not doctext._by_other("Sam Jones", frozenset())


def test_an_initial_and_surname_or_a_login_is_the_writer() -> None:
    from nymaudit.sources import doctext

    writers = frozenset({"bob smith"})
    assert not doctext._by_other("B Smith", writers) and not doctext._by_other("bsmith", writers)
    assert not doctext._by_other("smithb", writers) and not doctext._by_other("BS", writers)


# -- 3. a report's chart page with a page number ------------------------------------------------


def report_pdf(pages: int, charts: set[int], footer: str = "Page {n} of {total}") -> bytes:
    """rev15c's mkreport.py: a typed report (Helvetica text) whose chart pages hold a bar chart
    (a Pillow JPEG over 22 % of an A4 page) and only the footer."""
    from PIL import Image, ImageDraw
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    chart = Image.new("RGB", (600, 330), "white")
    draw = ImageDraw.Draw(chart)
    for i, height in enumerate([120, 200, 90, 260, 170]):
        draw.rectangle([60 + i * 100, 300 - height, 120 + i * 100, 300], fill=(40, 90, 200))
    jpeg = io.BytesIO()
    chart.save(jpeg, "JPEG")
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
    lines = ["Quarterly volunteer report", "The food bank served more families this quarter than last.",
             "Donations rose in the autumn and the new fridge arrived in time."]
    text = "".join(f"BT /F1 11 Tf 72 {760 - 18 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines))
    for n in range(1, pages + 1):
        page = writer.add_blank_page(595, 842)
        resources = {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        if n in charts:
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): picture})
        page[NameObject("/Resources")] = DictionaryObject(resources)
        body = "q 451 0 0 248 72 500 cm /Im1 Do Q\n" if n in charts else text
        content = DecodedStreamObject()
        shown = footer.format(n=n, total=pages)
        content.set_data((body + f"BT /F1 9 Tf 280 30 Td ({shown}) Tj ET\n").encode())
        page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("pages", "charts", "footer"), [
    (3, {2}, "Page {n} of {total}"),
    (6, {2, 4}, "Page {n} of {total}"),
    (3, {2}, "{n}"),
    (3, {2}, "Food bank report 30 November 2026 - page {n}"),
])
def test_a_reports_chart_page_with_a_footer_is_no_scan(tmp_path: Path, pages: int, charts: set[int],
                                                        footer: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(pages, charts, footer))
    code, doc = check(path)
    assert code == 0 and not [e for e in errors(doc) if "scan" in e], (code, errors(doc))


def test_a_chart_sized_picture_under_a_browsers_print_marks_is_still_a_scan(tmp_path: Path) -> None:
    """Guard (red15 F2, tests/test_doc15b.py): the same 22 % picture with a browser's date, time and
    file:// address in its margins is a picture whose words were not read."""
    path = tmp_path / "letter.pdf"
    path.write_bytes(report_pdf(1, {1}, "30/11/2026, 09:50 file:///Users/jane/Downloads/IMG_1234.jpeg 1/1"))
    code, doc = check(path)
    assert code == 1 and any("a scan?" in e for e in errors(doc)), (code, errors(doc))


def test_print_mark_examples_match_as_the_reader_reads_them() -> None:
    from nymaudit.rules import load_file
    from nymaudit.sources import doctext

    table = load_file("doctext")["print_marks"]
    assert table["why"].strip()
    assert [t for t in table["match"] if not doctext._print_marked(t)] == []
    assert [t for t in table["no_match"] if doctext._print_marked(t)] == []

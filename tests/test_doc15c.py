"""doc15c (fifteenth session): review fixes for comments and tracked changes read as text
(rev15a items 1, 2, 6, 8; con15 proposal 3).

1. A paragraph with a tracked deletion gave a second record, the whole paragraph as it was: one
   sentence was counted twice ("Leeds x2 in 2 places"). Now the record holds only what the current
   text no longer says (the deleted words, with the start of their clause).
2. A comment by someone other than the document's author or last editor is "comment 2 (by another
   person)" and not the writer's words (a reviewer's "I live in Harrogate" was PLACE002 high); an
   RTF comment's author (\\atnauthor) is named by META012.
3. A Description naming the employer a comment gave is joined again (META022 high, not info).
4. An ODF section shown on a condition the file cannot settle (a mail merge's) is said at info,
   not as hidden; a constant condition is worked out.
5. A spreadsheet record carries its sheet's position in the workbook (extra["sheet_number"]).

Word documents are built with python-docx (tracked changes added as Word writes them: w:del with
w:delText, w:ins), RTF by hand as Word writes it, ODF and xlsx as the office programs lay them out
(tests/test_doc15.py's and tests/test_con15.py's builders).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    return result.exit_code, result.stdout


def report(*args: str) -> dict[str, Any]:
    _code, out = run(*args, "--format", "json")
    return json.loads(out)


def rule(doc: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


def sections(data: bytes, fmt: str) -> list[tuple[str, str]]:
    from nymaudit.sources import doctext

    return [(s.where, s.text) for s in doctext.document_text(data, fmt).sections]


def _tracked(paragraph: Any, kept: str, deleted: str, inserted: str, after: str) -> None:
    """Runs as Word writes a tracked change: kept words, a w:del (w:delText), a w:ins, kept words."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_of(text: str, tag: str = "w:t") -> Any:
        r, t = OxmlElement("w:r"), OxmlElement(tag)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    p = paragraph._p
    p.append(run_of(kept))
    for tag, text, mark in (("w:del", deleted, "w:delText"), ("w:ins", inserted, "w:t")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1" if tag == "w:del" else "2")
        change.set(qn("w:author"), "Jane Doe")
        change.set(qn("w:date"), "2026-05-01T10:00:00Z")
        change.append(run_of(text, mark))
        p.append(change)
    p.append(run_of(after))


def cv(path: Path, reviewer: str = "Bob Smith", author: str = "Jane Doe") -> Path:
    """rev15a's CV (build_cv.py): a tracked change in a paragraph naming Leeds, a date of birth and
    an occupation; a reviewer's comments, one naming where the reviewer lives, one quoting the
    writer's phone number."""
    document = docx.Document()
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    document.add_heading("Curriculum vitae", 1)
    _tracked(document.add_paragraph(),
             "I live in Leeds with my wife and two children, and I was born on 12 March 1984. I work at ",
             "Acme Widgets Ltd", "a manufacturer", " as a quality engineer.")
    phone = document.add_paragraph("My phone number is 07700 900123 and my email is jane.doe@gmail.com.")
    references = document.add_paragraph("References available on request.")
    document.add_comment(references.runs[0], author=reviewer, initials="BS",
                         text="I work at Acme too and I live in Harrogate - happy to be a referee, Bob")
    document.add_comment(phone.runs[0], author=reviewer, initials="BS",
                         text="Should you really put your phone number 07700 900123 here?")
    document.save(str(path))
    return path


# -- 1. tracked deletions: what the paragraph no longer says, once --------------------------------


def test_a_tracked_deletion_gives_only_the_words_it_removed(tmp_path: Path) -> None:
    got = dict(sections(cv(tmp_path / "cv.docx").read_bytes(), "ooxml"))
    assert got["paragraph 2 (before tracked changes)"] == "I work at Acme Widgets Ltd as a"
    assert "Leeds" in got["paragraph 2"] and "a manufacturer" in got["paragraph 2"]


def test_one_sentence_with_a_tracked_change_is_counted_once(tmp_path: Path) -> None:
    doc = report("check", str(cv(tmp_path / "cv.docx")))
    [leeds] = [f for f in rule(doc, "PLACE001") if "Leeds" in f["message"]]
    assert leeds["severity"] == "low" and "once" in leeds["message"], leeds["message"]
    for rule_id in ("PLACE002", "SELF013", "SELF010", "SELF012"):
        [found] = rule(doc, rule_id)
        assert "once" in found["message"] and "before tracked changes" not in found["message"], found
    # The employer the writer deleted is still found, where it was.
    [acme] = [f for f in rule(doc, "SELF011") if "Acme Widgets" in f["message"]]
    assert acme["location"]["record"] == "paragraph 2 (before tracked changes)"


def test_a_deletion_that_ends_a_sentence_does_not_take_the_next_one(tmp_path: Path) -> None:
    document = docx.Document()
    _tracked(document.add_paragraph(), "", "I live in Leeds. ", "", "Minutes of the branch meeting in Otley.")
    document.save(str(tmp_path / "m.docx"))
    got = dict(sections((tmp_path / "m.docx").read_bytes(), "ooxml"))
    assert got["paragraph 1 (before tracked changes)"] == "I live in Leeds."


def test_many_tracked_changes_do_not_spend_the_document_cap_twice(tmp_path: Path) -> None:
    """Minutes with a one-word change in each long paragraph: the copies before the changes hold a
    few words each, not the paragraphs again (rev15a: the cap was reached about twice as early)."""
    from nymaudit.sources import doctext

    document = docx.Document()
    long_text = "The committee discussed the budget for the coming year at length and agreed " * 20
    for _ in range(50):
        _tracked(document.add_paragraph(), long_text + "to spend ", "forty", "fifty", " pounds on seeds.")
    document.save(str(tmp_path / "minutes.docx"))
    read = doctext.document_text((tmp_path / "minutes.docx").read_bytes(), "ooxml")
    before = [s.text for s in read.sections if s.where.endswith("(before tracked changes)")]
    assert len(before) == 50 and set(before) == {"and agreed to spend forty pounds on"}
    current = sum(len(s.text) for s in read.sections if not s.where.endswith("(before tracked changes)"))
    assert read.chars < current * 1.05


def test_an_rtf_deletion_gives_only_the_words_it_removed() -> None:
    rtf = (rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0 I live in Leeds with my family. I work at "
           rb"{\deleted Leeds City Council}{\revised the council} as a planner.\par Last line.\par}")
    got = dict(sections(rtf, "rtf"))
    assert got["paragraph 1 (before tracked changes)"] == "I work at Leeds City Council as a"


# -- 2. comments by someone else ------------------------------------------------------------------


def test_a_reviewers_comment_is_not_the_writers_disclosure(tmp_path: Path) -> None:
    path = cv(tmp_path / "cv.docx")
    places = [where for where, _ in sections(path.read_bytes(), "ooxml") if where.startswith("comment")]
    assert places == ["comment 1 (by another person)", "comment 2 (by another person)"]
    doc = report("check", str(path))
    assert not [f for f in doc["findings"] if "Harrogate" in f["message"]]
    assert not [f for f in rule(doc, "SELF011") if f["location"]["record"].startswith("comment")]
    # The reviewer quoting the writer's number is not a second "document" holding it.
    for found in rule(doc, "SELF002"):
        assert "2 posts" not in found["message"] and "comment" not in found["message"], found["message"]
    # Still said: who commented (META012) and that the comments hold a phone number (META029).
    assert any("Bob Smith" in f["message"] for f in rule(doc, "META012"))
    assert any("phone number" in f["message"] for f in rule(doc, "META029"))


def test_the_writers_own_comment_stays_the_writers(tmp_path: Path) -> None:
    path = cv(tmp_path / "cv.docx", reviewer="jane  DOE")  # the author's name, as typed elsewhere
    places = [where for where, _ in sections(path.read_bytes(), "ooxml") if where.startswith("comment")]
    assert places == ["comment 1", "comment 2"]
    doc = report("check", str(path))
    assert any("Harrogate" in f["message"] for f in rule(doc, "PLACE002"))


def test_a_comment_whose_author_nobody_can_tell_stays_the_writers(tmp_path: Path) -> None:
    """No author in the document's properties: a comment is not said to be someone else's."""
    path = cv(tmp_path / "cv.docx", author="")
    places = [where for where, _ in sections(path.read_bytes(), "ooxml") if where.startswith("comment")]
    assert places == ["comment 1", "comment 2"]


def test_a_reviewers_name_stays_out_of_a_redacted_report(tmp_path: Path) -> None:
    path = cv(tmp_path / "cv.docx")
    for fmt in ("terminal", "json", "markdown", "sarif"):
        _code, out = run("check", str(path), "--redact", "--format", fmt)
        assert "Bob Smith" not in out and "Smith" not in out, fmt


RTF_REVIEW = (rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
              rb"{\info{\author Jane Doe}{\operator Jane Doe}}"
              rb"\pard Minutes of the allotment committee, 4 May.\par"
              rb"\pard We agreed to repair the shed{\*\atnid BS}{\*\atnauthor Bob Smith}\chatn{\*\annotation"
              rb"{\*\atnref 1}\pard\plain I live in Harrogate so I cannot help on Sundays.}.\par"
              rb"\pard Next{\*\atnid JD}{\*\atnauthor Jane Doe}\chatn{\*\annotation{\*\atnref 2}\pard\plain "
              rb"I live in Otley, remember to bring gloves.}.\par}")


def test_an_rtf_comment_is_its_authors(tmp_path: Path) -> None:
    places = [where for where, _ in sections(RTF_REVIEW, "rtf") if where.startswith("comment")]
    assert places == ["comment 1 (by another person)", "comment 2"]
    path = tmp_path / "review.rtf"
    path.write_bytes(RTF_REVIEW)
    doc = report("check", str(path))
    assert [f["location"]["record"] for f in rule(doc, "PLACE002")] == ["comment 2"]
    assert not [f for f in doc["findings"] if "Harrogate" in f["message"]]
    # The reviewer is named, as a Word comment's author is (rev15a: named nowhere).
    assert any("CommentAuthor 'Bob Smith'" in f["message"] for f in rule(doc, "META012"))
    _code, out = run("check", str(path), "--redact")
    assert "Bob" not in out and "Smith" not in out


# -- 3. a Description naming what a comment gave --------------------------------------------------


def test_a_description_naming_the_employer_a_comment_gave_is_still_flagged(tmp_path: Path) -> None:
    """rev15a item 6 (build_desc.py): META022 high as when the body names the employer."""
    document = docx.Document()
    paragraph = document.add_paragraph("Minutes of the residents' meeting, 4 May.")
    document.add_comment(paragraph.runs[0], text="I work at Northwind Logistics, so I can book the room.",
                         author="Jane Doe", initials="JD")
    document.core_properties.comments = "Draft for Northwind Logistics staff group"
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.save(str(tmp_path / "desc.docx"))
    doc = report("check", str(tmp_path / "desc.docx"))
    [free] = rule(doc, "META022")
    assert free["severity"] == "high" and "Northwind Logistics" in free["message"], free
    assert "(Description)" in free["message"]  # the property, not the comment, is what it names


# -- 4. ODF sections shown on a condition ---------------------------------------------------------


def _letter(tmp_path: Path, condition: str) -> Path:
    from test_doc15 import odt

    body = ('<text:p>Dear neighbour,</text:p>'
            f'<text:section text:name="Invite" text:display="condition" text:condition="{condition}">'
            '<text:p>Our meeting is at the community hall on Tuesday; bring a friend along.</text:p>'
            '</text:section><text:p>Best wishes</text:p>')
    return odt(tmp_path / "letter.odt", "", body)


def test_a_mail_merge_section_is_said_on_a_condition_at_info(tmp_path: Path) -> None:
    path = _letter(tmp_path, "ooow:1 EQ 2")
    got = sections(path.read_bytes(), "odf")
    assert got[1][0] == "paragraph 2 (section shown on a condition)"
    doc = report("check", str(path))
    [said] = rule(doc, "META029")
    assert said["severity"] == "info" and "on a condition" in said["message"], said
    assert "does not see" not in said["message"]


@pytest.mark.parametrize(("condition", "hidden"), [("ooow:1", True), ("ooow:TRUE", True), ("ooow:0", False),
                                                   ("false", False)])
def test_a_constant_condition_is_worked_out(tmp_path: Path, condition: str, hidden: bool) -> None:
    path = _letter(tmp_path, condition)
    where = sections(path.read_bytes(), "odf")[1][0]
    assert where == ("paragraph 2 (hidden section)" if hidden else "paragraph 2")
    found = [f for f in report("meta", str(path))["files"][0]["findings"] if f["rule"] == "META029"]
    if hidden:
        assert found and found[0]["severity"] == "medium" and "hidden section" in found[0]["message"]
    else:
        assert not found


# -- 5. a sheet's position ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_records_sheet_is_its_place_in_the_workbook(tmp_path: Path, kind: str) -> None:
    """The first sheet holds no text: the contact sheet is still sheet 2 (its tab), not the first
    sheet with text (contact.py's fallback said "sheet 1")."""
    from nymaudit.sources import doctext
    from nymaudit.sources.detect import read_inputs
    from test_con15 import _ods, _xlsx

    book = [("Numbers", []), ("People", ["write to m.blythe@quillfen.co.uk"]), ("More", ["Rota"])]
    path = (_xlsx if kind == "xlsx" else _ods)(tmp_path / f"book.{kind}", book)
    read = doctext.document_text(path.read_bytes(), "ooxml" if kind == "xlsx" else "odf")
    assert [(s.where, s.sheet) for s in read.sections] == [("sheet People, cell A1", 2),
                                                           ("sheet More, cell A1", 3)]
    corpus = read_inputs([path])
    assert [(p.origin.record, p.extra.get("sheet_number")) for p in corpus.posts] == [
        ("sheet People, cell A1", 2), ("sheet More, cell A1", 3)]


def test_a_hostile_comments_part_reads_bounded(tmp_path: Path) -> None:
    """A comments part of 200,000 authorless tags and an author attribute 100 KB long: read, bounded."""
    import time

    from nymaudit.sources import doctext

    path = cv(tmp_path / "cv.docx")
    with zipfile.ZipFile(path) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    parts["word/comments.xml"] = parts["word/comments.xml"].replace(
        b"</w:comments>", b'<w:comment w:id="9">' * 200_000 + b'<w:comment w:author="' + b"A" * 100_000
        + b'"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:comment></w:comments>')
    with zipfile.ZipFile(tmp_path / "hostile.docx", "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    started = time.perf_counter()
    doctext.document_text((tmp_path / "hostile.docx").read_bytes(), "ooxml")
    assert time.perf_counter() - started < 10

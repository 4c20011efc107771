"""doc16c (sixteenth session): review fixes to doc16's document comments (rev16a items 1 and 5).

1. doc16 called the writer's own comment another person's when the given name was written another
   way: "Jose García" on "José García"'s file, "Kate Smith" on "Katherine Smith"'s, "Mike" for
   "Michael", "Bob" for "Robert", "Mohammed" for "Muhammad", "Smith, Kate". The comment's employer and
   date of birth vanished and `check` passed. A comment is another person's now only when the names
   clearly conflict ("Bob Smith" on "Sam Smith"'s document): names are folded (accents, case), two-
   letter short forms and initials agree, a data list of given names and their forms
   (heuristics/doctext.toml [given_name_forms]) and spellings within a letter or two (five letters or
   more) agree.
2. Comment, deletion and alt-text records used up the 20,000-section cap of the body: a manuscript
   of 15,000 paragraphs with a deletion in every 5th and a comment on every 7th left its last 4,300
   paragraphs unread (INPUT001). They have a cap of their own now; past it, they are said unread.

Word files with python-docx 1.2 (Document.add_comment; tracked deletions as Word writes them), ODF
packages by hand as LibreOffice lays them out (tests/test_doc16.py's builders).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nymaudit.rules import load_file
from test_doc16 import NS, annotation, check, found, odf

DISCLOSURE = "I work at Barclays on Kirkstall Road and my date of birth is 03/03/1984."


def commented_docx(path: Path, writer: str, commenter: str) -> Path:
    """rev16a's mk_comment_docx.py: the document's author and last editor, one comment."""
    document = docx.Document()
    paragraph = document.add_paragraph("Notes on the allotment committee meeting.")
    document.core_properties.author = writer
    document.core_properties.last_modified_by = writer
    document.add_comment(paragraph.runs[0], text=DISCLOSURE, author=commenter, initials="X")
    document.save(str(path))
    return path


def by_other(author: str, writer: str) -> bool:
    from nymaudit.sources import doctext

    return doctext._by_other(author, frozenset({doctext._person_key(writer)}))


# -- 1. the writer's comment under another form of their name -----------------------------------

SAME_PERSON = [
    ("Jose García", "José García"), ("Kate Smith", "Katherine Smith"), ("Mike Ross", "Michael Ross"),
    ("Bob Smith", "Robert Smith"), ("Bill Jones", "William Jones"), ("Liz Taylor", "Elizabeth Taylor"),
    ("Jim Brown", "James Brown"), ("Peggy Hill", "Margaret Hill"), ("Jenny Lee", "Jennifer Lee"),
    ("Jo Bloggs", "Joanne Bloggs"), ("Al Green", "Alan Green"), ("Ed Park", "Edward Park"),
    ("Mohammed Khan", "Muhammad Khan"), ("Aleksandr Ivanov", "Alexander Ivanov"),
    ("Sasha Ivanov", "Alexander Ivanov"), ("Lukasz Nowak", "Łukasz Nowak"), ("Zoe Clarke", "Zoë Clarke"),
    ("Smith, Kate", "Katherine Smith"), ("Smith Kate", "Katherine Smith"),
    ("Catherine Smith", "Katherine Smith"),
    ("K. Smith", "Katherine Smith"), ("B. Smith", "Robert Smith"), ("jgarcia", "José García"),
    ("Dr Priya Shah", "Priya Shah"), ("Priya Shah (Council)", "Priya Shah"), ("Kate", "Katherine Smith"),
]


@pytest.mark.parametrize(("author", "writer"), SAME_PERSON)
def test_the_writers_short_unaccented_or_transliterated_name_is_the_writer(author: str, writer: str) -> None:
    assert not by_other(author, writer)


@pytest.mark.parametrize(("writer", "commenter"), [
    ("José García", "Jose García"), ("Katherine Smith", "Kate Smith"), ("Michael Ross", "Mike Ross")])
def test_check_fails_on_the_writers_comment_under_a_short_or_unaccented_name(tmp_path: Path, writer: str,
                                                                             commenter: str) -> None:
    """rev16a item 1, end to end: the comment's employer and date of birth are the writer's, and the
    check fails on them; the record is no other person's."""
    code, doc = check(commented_docx(tmp_path / "notes.docx", writer, commenter), "--fail-on", "high")
    assert found(doc, "SELF011") and found(doc, "SELF013"), [f["rule"] for f in doc["findings"]]
    assert code == 1
    from nymaudit.sources import doctext

    read = doctext.document_text((tmp_path / "notes.docx").read_bytes(), "ooxml")
    comments = [(s.where, s.by_other) for s in read.sections if s.where.startswith("comment")]
    assert comments == [("comment 1", False)]


def test_an_odf_comment_without_the_writers_accent_is_theirs(tmp_path: Path) -> None:
    body = f"<text:p>Notes.{annotation('Jose Garcia', DISCLOSURE)}</text:p>"
    code, doc = check(odf(tmp_path / "notes.odt", body, author="José García"), "--fail-on", "high")
    assert found(doc, "SELF011") and code == 1


CLEARLY_OTHERS = [("Bob Smith", "Sam Smith"), ("Smith, Bob", "Sam Smith"), ("B. Smith", "Sam Smith"),
                  ("bsmith", "Sam Smith"), ("Sam Jones", "Bob Smith"), ("S. Jones", "Bob Smith"),
                  ("Tom Ross", "Tim Ross"), ("Jason Lee", "Mason Lee"), ("Al Green", "Robert Green"),
                  ("Dr Bob Smith", "Dr Sam Smith"), ("Jane Doe", "Sam Smith"), ("nightowl", "Priya Shah")]


@pytest.mark.parametrize(("author", "writer"), CLEARLY_OTHERS)
def test_clearly_conflicting_names_are_still_two_people(author: str, writer: str) -> None:
    """Guards (doc16 item 2, rev15a item 2): a shared surname with given names no form of each other,
    or no name in common; a title shared is no name shared (that one fails on the old code)."""
    assert by_other(author, writer)


def test_a_relatives_docx_comment_stays_someone_elses(tmp_path: Path) -> None:
    """Guard: "Bob Smith" commenting on "Sam Smith"'s document is another person, end to end."""
    _code, doc = check(commented_docx(tmp_path / "notes.docx", "Sam Smith", "Bob Smith"))
    assert not found(doc, "SELF011")


@pytest.mark.parametrize(("author", "writer"), [("Priya", "Priya Shah"), ("pshah", "Priya Shah"),
                                                ("Me", "nightowl"), ("Author", "Sam Smith"),
                                                ("Sam Jones", "Microsoft Office User")])
def test_doc16_and_doc16b_guards_hold(author: str, writer: str) -> None:
    assert not by_other(author, writer)


def test_given_name_forms_match_their_examples() -> None:
    table = load_file("doctext")["given_name_forms"]
    assert table["why"].strip() and len(table["groups"]) >= 40
    pairs = [[name.strip() for name in example.split("|")] for example in table["match"] + table["no_match"]]
    said = [by_other(author, writer) for author, writer in pairs]
    expected = [False] * len(table["match"]) + [True] * len(table["no_match"])
    assert said == expected, list(zip(pairs, said, strict=True))


def test_hostile_author_names_compare_quickly() -> None:
    """Names from a hostile file: long words, many words, no letters, every script. Bounded."""
    import time

    from nymaudit.sources import doctext

    started = time.perf_counter()
    writers = frozenset({doctext._person_key("Katherine " + "x" * 5000), "alexander ivanov", "42"})
    hostile = ("k" * 100_000, "Kate " * 10_000, "١٢٣", "Ωμέγα Σμιθ", "小明 王", "\u0301" * 1000,
               "a-b-c " * 500)
    for author in hostile:
        doctext._by_other(author, writers)
    assert time.perf_counter() - started < 2


# -- 2. comments and deletions have a cap of their own ------------------------------------------


def big_odt(path: Path, paragraphs: int) -> Path:
    """rev16a's mk_big_odt.py: every 5th paragraph with a tracked deletion, every 7th with a comment by
    the writer; the last paragraph says where the writer works."""
    regions, body = [], []
    for i in range(paragraphs):
        words = (DISCLOSURE if i == paragraphs - 1
                 else f"Paragraph {i} about the allotment and the rain on the shed roof this week.")
        if i % 5 == 0:
            regions.append(f'<text:changed-region xml:id="ct{i}" text:id="ct{i}"><text:deletion>'
                           "<office:change-info><dc:creator>Sam Smith</dc:creator>"
                           "<dc:date>2026-11-29T10:00:00</dc:date></office:change-info>"
                           f"<text:p>old words number {i} were here.</text:p>"
                           "</text:deletion></text:changed-region>")
            words += f'<text:change text:change-id="ct{i}"/>'
        if i % 7 == 0:
            words = (f'<office:annotation office:name="a{i}"><dc:creator>Sam Smith</dc:creator>'
                     f"<text:p>note {i} on this</text:p></office:annotation>{words}"
                     f'<office:annotation-end office:name="a{i}"/>')
        body.append(f"<text:p>{words}</text:p>")
    tracked = f'<text:tracked-changes text:track-changes="true">{"".join(regions)}</text:tracked-changes>'
    return odf(path, tracked + "".join(body))


def test_a_large_manuscript_with_comments_and_deletions_is_read_to_its_end(tmp_path: Path) -> None:
    """rev16a item 5: 15,000 paragraphs, 3,000 deletions and 2,143 comments are all read; the last
    paragraph's employer fails the check, and nothing is said unread."""
    from nymaudit.sources import doctext

    path = big_odt(tmp_path / "novel.odt", 15_000)
    read = doctext.document_text(path.read_bytes(), "odf")
    assert not read.unread, read.unread
    wheres = [s.where for s in read.sections]
    assert sum(w.startswith("paragraph") and "(" not in w for w in wheres) == 15_000
    assert sum(w.endswith("(before tracked changes)") for w in wheres) == 3_000
    assert sum(w.startswith("comment") for w in wheres) == 2_143
    code, doc = check(path, "--fail-on", "high")
    assert not found(doc, "INPUT001") and found(doc, "SELF011") and code == 1


def test_a_word_document_with_a_deletion_in_every_paragraph_is_read_to_its_end(tmp_path: Path) -> None:
    """The same in Word: 12,000 paragraphs, each with a tracked deletion (24,000 records)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from nymaudit.sources import doctext

    document = docx.Document()
    document.core_properties.author = "Sam Smith"
    for i in range(12_000):
        paragraph = document.add_paragraph(DISCLOSURE if i == 11_999 else f"Paragraph {i} about the shed. ")
        deletion = OxmlElement("w:del")
        deletion.set(qn("w:id"), str(i + 1))
        deletion.set(qn("w:author"), "Sam Smith")
        run, text = OxmlElement("w:r"), OxmlElement("w:delText")
        text.text = f"Old words {i}."
        run.append(text)
        deletion.append(run)
        paragraph._p.append(deletion)
    document.save(str(tmp_path / "long.docx"))
    read = doctext.document_text((tmp_path / "long.docx").read_bytes(), "ooxml")
    assert not read.unread, read.unread
    assert read.sections[-2].text == DISCLOSURE
    assert read.sections[-1].where.endswith("(before tracked changes)")


def test_past_their_own_cap_comments_are_said_unread_and_the_body_is_read(tmp_path: Path) -> None:
    """Fail closed: more comments than the cap of comments and deletions are said unread (INPUT001),
    and the paragraphs after them are read all the same."""
    from nymaudit.sources import doctext

    per_line = doctext.MAX_EXTRA_SECTIONS // 100 + 1  # 100 lines, 20,100 comments
    notes = [annotation("Sam Smith", f"note {i}") for i in range(per_line * 100)]
    lines = ["".join(notes[i * per_line:(i + 1) * per_line]) for i in range(100)]
    body = "".join(f"<text:p>Line {i}.{line}</text:p>" for i, line in enumerate(lines))
    path = odf(tmp_path / "notes.odt", body + f"<text:p>{DISCLOSURE}</text:p>")
    read = doctext.document_text(path.read_bytes(), "odf")
    assert any("comments, tracked deletions and alt texts" in note for note in read.unread), read.unread
    assert any(s.text == DISCLOSURE for s in read.sections)
    assert sum(s.where.startswith("comment") for s in read.sections) == doctext.MAX_EXTRA_SECTIONS
    code, doc = check(path, "--fail-on", "high")
    assert found(doc, "INPUT001") and code == 1


def test_the_packages_are_real_zips(tmp_path: Path) -> None:
    """Guard: the large manuscript is an ODF package whose content.xml declares the namespaces."""
    path = big_odt(tmp_path / "novel.odt", 10)
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "mimetype" and NS.split()[0].encode() in z.read("content.xml")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), st.text(max_size=60))
def test_any_two_names_compare_both_ways_alike_and_a_name_is_its_own(one: str, other: str) -> None:
    """Property: the comparison never raises, is symmetric, a name (or it without accents) is the
    same person as itself."""
    import unicodedata

    from nymaudit.sources import doctext

    assert doctext._same_person(one, other) == doctext._same_person(other, one)
    assert doctext._same_person(one, one)
    plain = "".join(c for c in unicodedata.normalize("NFKD", one) if not unicodedata.combining(c))
    assert doctext._same_person(plain, one)

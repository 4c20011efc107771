"""fxD1 (sixteenth session): review rev16c item 4, document comment names compared too loosely.

doc16c let a given name spelled within a letter or two, or beginning like the other, make a comment
the writer's whatever the surnames: "Mario Rossi" on "Maria Rossi"'s CV, "Jon Snow" on "John Smith"'s,
"Tomasz Nowak" on "Thomas Müller"'s. The relative's date of birth was then reported as the writer's
(SELF012/SELF013 high). Now given names agree only beside surnames that agree (or a one-word name),
a prefix or a spelling never joins a man's name to a woman's ("Paul"/"Paula", "Daniel"/"Danielle",
"Jan Kowalski"/"Janina Kowalska"), a listed name is told by its groups ("Ed" is Edward's, not
Edith's), and five-letter names one letter apart ("Karen"/"Karin") are two names.

Word files with python-docx 1.2 (Document.add_comment), end to end through the CLI (test_doc16's
check helper).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from test_doc16 import check, found


def by_other(author: str, writer: str) -> bool:
    from nymaudit.sources import doctext

    return doctext._by_other(author, frozenset({doctext._person_key(writer)}))


# (comment author, document writer): a sibling, spouse or stranger, not the writer.
OTHER_PEOPLE = [
    ("Mario Rossi", "Maria Rossi"), ("Karen Berg", "Karin Berg"), ("Ed Norton", "Edith Norton"),
    ("Thomas Müller", "Tomasz Nowak"), ("John Smith", "Jon Snow"), ("Daniel Smith", "Danielle Smith"),
    ("Jan Kowalski", "Janina Kowalska"), ("Alexander Petrov", "Alexandra Petrova"),
    ("Alexander Petrov", "Alexandra Petrov"), ("Chris Brown", "Christine Brown"),
    ("Sam Taylor", "Samantha Taylor"), ("Paul Martin", "Paula Martin"), ("Louis Dubois", "Louise Dubois"),
    ("Eric Olsen", "Erica Olsen"), ("Julian Weber", "Juliana Weber"), ("Kate Jones", "Katherine Smith"),
]


@pytest.mark.parametrize(("author", "writer"), OTHER_PEOPLE)
def test_a_relative_or_a_namesake_is_another_person(author: str, writer: str) -> None:
    assert by_other(author, writer)
    assert by_other(writer, author)  # either way round


# Guards: the writer under another form of their name stays the writer (doc16c, doc15d).
SAME_PERSON = [
    ("Kate Smith", "Katherine Smith"), ("Jose García", "José García"), ("Mohammed Khan", "Muhammad Khan"),
    ("Jo Bloggs", "Joanne Bloggs"), ("Smith, Kate", "Katherine Smith"), ("Smith Kate", "Katherine Smith"),
    ("Chris Smith", "Christopher Smith"), ("Sam", "Samuel Smith"), ("Ed Park", "Edward Park"),
    ("P. Shah", "Priya Shah"), ("pshah", "Priya Shah"), ("smithb", "Bob Smith"),
    ("Aleksandr Ivanov", "Alexander Ivanov"), ("Kasia Nowak", "Katarzyna Nowak"),
    ("Jane Doe", "J. Doe"), ("Peggy Olson", "Margaret Olson"), ("Marko Ilic", "Marco Ilić"),
    ("Dmitri Ivanov", "Dmitry Ivanov"),
]


@pytest.mark.parametrize(("author", "writer"), SAME_PERSON)
def test_the_writer_under_another_form_of_the_name_stays_the_writer(author: str, writer: str) -> None:
    assert not by_other(author, writer)


def cv(path: Path, writer: str, commenter: str) -> Path:
    """rev16c's mk_docx.py: a CV by ``writer`` with one comment by ``commenter`` giving a birthday."""
    document = docx.Document()
    document.core_properties.author = writer
    document.core_properties.last_modified_by = writer
    paragraph = document.add_paragraph("Curriculum vitae. Experienced analyst seeking a role in logistics.")
    document.add_comment(paragraph.runs[0], author=commenter, initials="X",
                         text="My husband works at Deloitte Milan and I was born on 14 March 1988; "
                              "I live at 12 Via Roma.")
    document.save(str(path))
    return path


def test_a_relatives_birthday_in_a_comment_is_not_the_writers(tmp_path: Path) -> None:
    """rev16c item 4 end to end: Mario's comment on Maria's CV is no disclosure of Maria's."""
    _code, doc = check(cv(tmp_path / "cv.docx", "Maria Rossi", "Mario Rossi"))
    assert not found(doc, "SELF013") and not found(doc, "SELF012"), [f["rule"] for f in doc["findings"]]


def test_the_writers_own_birthday_in_a_comment_is_still_found(tmp_path: Path) -> None:
    """Guard: the same comment under the writer's own name is checked as theirs."""
    code, doc = check(cv(tmp_path / "cv.docx", "Maria Rossi", "Maria Rossi"), "--fail-on", "high")
    assert found(doc, "SELF013") and code == 1

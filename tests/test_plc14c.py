"""Places: licence boilerplate and a template's example line are no place clue (plc14c, fourteenth
session; red team red14 F8 as lnk14b left it for places).

A Project Gutenberg footer gave PLACE006 "UT 84116" and "AK 99775" (the foundation's offices); a
CV template's example line "John Doe, 123 Main Street, Springfield, IL 62701, (555) 555-0123,
john.doe@example.com" gave PLACE006, PLACE008 and PLACE001. Both inputs are real files: an RTF of
a shared Gutenberg novel as WordPad writes it, a .txt of a whole book, a python-docx CV template.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.detectors import places as detector
from nymaudit.model import Origin, Post
from nymaudit.text.normalize import post_texts

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
NOVELS = SHARED / "corpora" / "novels"
HOLMES = NOVELS / "conan_doyle_-_adventures_of_sherlock_holmes.txt"
PERSUASION = NOVELS / "austen_-_persuasion.txt"


def _scan(*paths: Path, command: str = "scan") -> dict[str, Any]:
    out = CliRunner().invoke(app, [command, *map(str, paths), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _values(report: dict[str, Any], *rule_ids: str) -> set[str]:
    return {f["clue"]["value"].lower() for f in report["findings"] if f["rule"] in rule_ids and f.get("clue")}


def _places(text: str) -> list[Any]:
    post = Post(id="1", timestamp=None, text=text, origin=Origin("notes.md", "1"))
    return detector.scan_texts(list(post_texts([post])))


def _rtf(path: Path, paragraphs: list[str]) -> Path:
    """An RTF as WordPad writes it, one \\par a paragraph (red14's mkrtf.py)."""
    def escape(text: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else ("\\" + c if c in "\\{}" else
                       f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?") for c in text)
    head = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}\viewkind4\uc1\pard\f0\fs22 "
    path.write_text(head + "\\par\n".join(escape(p) for p in paragraphs) + "\\par}", "ascii")
    return path


# -- 1. licence boilerplate ------------------------------------------------------------------------


@pytest.mark.skipif(not HOLMES.is_file(), reason="the shared novels corpus is missing")
def test_a_gutenberg_novels_footer_gives_no_zip_code_but_the_storys_addresses_stay(tmp_path: Path) -> None:
    paragraphs = [p.replace("\n", " ") for p in HOLMES.read_text("utf-8").split("\n\n") if p.strip()]
    report = _scan(_rtf(tmp_path / "novel.rtf", paragraphs), command="check")
    assert not _values(report, "PLACE006")  # UT 84116 and AK 99775 were the foundation's
    assert {"31 lyon place", "7 pope's court"} <= _values(report, "PLACE008")  # the story's own


@pytest.mark.skipif(not PERSUASION.is_file(), reason="the shared novels corpus is missing")
def test_a_whole_gutenberg_book_in_one_text_file_gives_no_zip_code(tmp_path: Path) -> None:
    book = tmp_path / "persuasion.txt"
    book.write_text(PERSUASION.read_text("utf-8"), encoding="utf-8")
    report = _scan(book)
    assert not _values(report, "PLACE006")  # "AK, 99712", "UT 84116": after the end line
    assert "Bath" in " ".join(f["message"] for f in report["findings"] if f["rule"] == "PLACE001")


def test_a_place_before_gutenbergs_end_line_in_the_same_paragraph_is_kept(tmp_path: Path) -> None:
    book = tmp_path / "notes.txt"
    book.write_text("The Project Gutenberg eBook of Notes\n\n"
                    "*** START OF THE PROJECT GUTENBERG EBOOK NOTES ***\n\n"
                    "Ring the bell at 14 Osborne Road, Jesmond, NE2 2AA. "
                    "*** END OF THE PROJECT GUTENBERG EBOOK NOTES ***\n"
                    "Project Gutenberg Literary Archive Foundation, 809 North 1500 West, "
                    "Salt Lake City, UT 84116, (801) 596-1887\n", encoding="utf-8")
    report = _scan(book)
    assert _values(report, "PLACE008") == {"14 osborne road"}
    assert _values(report, "PLACE004") == {"ne2 2aa"}
    assert not _values(report, "PLACE006")


def test_a_creative_commons_notices_postal_address_is_no_place(tmp_path: Path) -> None:
    post = tmp_path / "licence.md"
    post.write_text("---\ntitle: Licence\ndate: 2025-03-01 20:00:00\n---\n"
                    "These notes are licensed under a Creative Commons Attribution 4.0 International "
                    "License. To view a copy of this license, visit "
                    "http://creativecommons.org/licenses/by/4.0/ or send a letter to Creative Commons, "
                    "PO Box 1866, Mountain View, CA 94042, USA.\n\n"
                    "Written at my desk at 22 Harrow Lane, Boise, ID 83702.\n", encoding="utf-8")
    report = _scan(post)
    assert _values(report, "PLACE006") == {"id 83702"}


# -- 2. a template's example line -----------------------------------------------------------------

EXAMPLE = "Example: John Doe, 123 Main Street, Springfield, IL 62701, (555) 555-0123, john.doe@example.com"


def _cv_template(path: Path, *lines: str) -> Path:
    """Word's CV template as python-docx writes it: placeholders, then the given lines."""
    document = docx.Document()
    for line in ["[Your Name]", "[Street Address], [City, ST ZIP Code]", "[Telephone] | [Email]",
                 "Objective", "Experience", "[Job Title], [Company Name], [City, State]", *lines]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_cv_templates_example_line_gives_no_address_zip_code_or_town(tmp_path: Path) -> None:
    report = _scan(_cv_template(tmp_path / "cv_template.docx", EXAMPLE), command="check")
    assert not [f for f in report["findings"] if f["rule"].startswith("PLACE")]


def test_a_filled_in_cv_beside_the_example_line_still_gives_its_address(tmp_path: Path) -> None:
    cv = _cv_template(tmp_path / "cv.docx", EXAMPLE,
                      "Ailsa McKenzie, 14 Osborne Road, Jesmond, NE2 2AA, ailsa.mckenzie@nhs.scot")
    report = _scan(cv, command="check")
    assert _values(report, "PLACE008") == {"14 osborne road"}
    assert _values(report, "PLACE004") == {"ne2 2aa"}
    assert not _values(report, "PLACE006")


def test_only_the_examples_sentence_is_left_out() -> None:
    found = _places("Write it as: 123 Main Street, Springfield, IL 62701, jane@example.com. "
                    "I live at 48 Elm Street, Boise, ID 83702 now.")
    assert {f.clue.value.lower() for f in found if f.rule in ("PLACE006", "PLACE008") and f.clue} == {
        "id 83702", "48 elm street"}
    assert "Boise" in " ".join(f.message for f in found if f.rule == "PLACE001")
    assert "Springfield" not in " ".join(f.message for f in found if f.rule == "PLACE001")


def test_an_abbreviated_street_does_not_end_the_examples_sentence() -> None:
    found = _places("Sample letterhead: 123 Main St. Springfield, IL 62701, (212) 555-0142.")
    assert not [f for f in found if f.rule in ("PLACE006", "PLACE008")]


def test_an_example_address_block_of_short_lines_is_left_out_whole() -> None:
    block = "Dear reader, fill the form in like this.\n\nJohn Doe\n123 Main Street\nSpringfield, IL 62701\n" \
            "john.doe@example.com\n\nMy own office is at 48 Elm Street, Boise, ID 83702."
    found = _places(block)
    assert {f.clue.value.lower() for f in found if f.rule in ("PLACE006", "PLACE008") and f.clue} == {
        "id 83702", "48 elm street"}


def test_a_real_number_in_the_555_exchange_is_no_example() -> None:
    # 555-0100 to 555-0199 are for fiction; 555-1212 is directory assistance, and proves nothing
    found = _places("Ring 212 555 1212 or come to 48 Elm Street, Boise, ID 83702.")
    assert {f.clue.value.lower() for f in found if f.rule in ("PLACE006", "PLACE008") and f.clue} == {
        "id 83702", "48 elm street"}


def test_an_example_address_without_an_address_beside_it_leaves_the_towns_alone() -> None:
    # No street, ZIP code or postcode in the example's sentence: the places named are the writer's.
    found = _places("I live in Boise, Idaho; test the form with a@b.example first.")
    assert "Boise" in " ".join(f.message for f in found if f.rule in ("PLACE001", "PLACE002", "PLACE003"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab @.\n555-0123 ()Example.com,St")), max_size=300))
def test_example_units_are_sound_on_any_text(text: str) -> None:
    for start, end in detector.example_units(text):
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize("piece", ["x@a.example ", "Ring (212) 555-0142. ", "@" * 20, "a@b.c" * 4,
                                   "St. " * 5, "\n12 Elm St\n"])
def test_a_megabyte_of_example_values_is_read_in_bounded_time(piece: str) -> None:
    import time

    text = piece * (1_000_000 // len(piece)) + "\nI live at 48 Elm Street, Boise, ID 83702."
    began = time.process_time()
    units = detector.example_units(text)
    assert time.process_time() - began < 2.0
    assert all(0 <= start <= end <= len(text) for start, end in units)
    assert not any(start <= text.index("48 Elm") < end for start, end in units)

"""Boilerplate and example values never hide the writer's own details (bfx14, fourteenth session;
review rev14d of 9ecd8c0 and 8abda58).

1. 30,000 lines of "Licensed under Creative Commons." made places normalise the post once per
   line (quadratic: > 300 s). 2. One sentence "at the end of the Project Gutenberg ebook of
   Middlemarch" silenced every later paragraph of a .docx. 3. A Creative Commons footer swallowed
   the e-mail address and number after it. 4. Berlin's 030 5550123 and a French 02 45 55 01 23 were
   taken for North America's fictional 555-01xx numbers. Inputs are real files: python-docx
   documents and Hugo blog trees, run through the CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

ADDRESS = "Next meeting is at mine: 14 Ash Grove, Leeds LS6 2AB."
CONTACT = "Ring me on 07700 900871 or write to kate.morrow@fastmail.com if you are running late."


def _scan(path: Path, command: str = "scan") -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(app, [command, str(path), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return out.exit_code, dict(json.loads(out.stdout))


def _values(report: dict[str, Any], rule_id: str) -> set[str]:
    return {f["clue"]["value"] for f in report["findings"] if f["rule"] == rule_id and f.get("clue")}


def _blog(root: Path, body: str) -> Path:
    """A Hugo site with one post holding ``body``."""
    (root / "content" / "posts").mkdir(parents=True)
    (root / "content" / "posts" / "2024-05-11-post.md").write_text(
        f'---\ntitle: "Post"\ndate: 2024-05-11T08:40:00Z\n---\n{body}\n', encoding="utf-8")
    return root


def _docx(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


# -- 1. many notices: linear time --------------------------------------------------------------------

_TIMED_SCAN = """
import sys, time
from typer.testing import CliRunner
from nymaudit.cli import app
began = time.perf_counter()
out = CliRunner().invoke(app, ["scan", sys.argv[1], "--format", "json", "-q"], catch_exceptions=False)
print(round(time.perf_counter() - began, 2))
print(out.stdout)
"""


def test_thirty_thousand_creative_commons_lines_are_scanned_in_seconds(tmp_path: Path) -> None:
    site = _blog(tmp_path / "site", "Licensed under Creative Commons.\n" * 30_000 + ADDRESS)
    # In a child process with a deadline: the old code took more than 300 s here.
    try:
        done = subprocess.run([sys.executable, "-c", _TIMED_SCAN, str(site)], capture_output=True, text=True,
                              timeout=60, env=dict(os.environ, NO_COLOR="1"))
    except subprocess.TimeoutExpired:
        pytest.fail("a post of 30,000 Creative Commons lines took more than 60 s")
    seconds, _, stdout = done.stdout.partition("\n")
    assert float(seconds) < 5, seconds
    report = json.loads(stdout)
    assert _values(report, "PLACE004") == {"LS6 2AB"}  # the writer's line after the notices stays


def test_many_notices_between_words_are_mapped_in_bounded_time() -> None:
    import time

    from nymaudit.detectors.places import boilerplate_in
    from nymaudit.model import Origin, Post
    from nymaudit.text.normalize import post_texts

    text = "word Licensed under Creative Commons.\n" * 20_000
    post = Post(id="1", timestamp=None, text=text, origin=Origin("cc.md", "1"))
    texts = list(post_texts([post]))
    began = time.perf_counter()
    spans = boilerplate_in(texts, [post])
    assert time.perf_counter() - began < 5
    (mapped,) = spans.values()
    assert mapped and all(texts[0].text[a:b].startswith("Licensed under") for a, b in mapped)


# -- 2. Gutenberg's end line only in Gutenberg's forms -----------------------------------------------


def test_a_sentence_about_a_gutenberg_ebook_hides_no_later_paragraph_of_a_docx(tmp_path: Path) -> None:
    notes = _docx(tmp_path / "notes.docx", "Reading notes for the book club",
                  "I only noticed the dedication at the end of the Project Gutenberg ebook of Middlemarch, "
                  "which the print copy leaves out.", f"{ADDRESS} {CONTACT}")
    code, report = _scan(notes, command="check")
    assert code == 1
    assert _values(report, "PLACE004") == {"LS6 2AB"} and _values(report, "PLACE008") == {"14 Ash Grove"}
    assert _values(report, "SELF001") == {"kate.morrow@fastmail.com"}
    assert _values(report, "SELF002") == {"07700900871"}


def test_a_blog_post_about_a_gutenberg_ebook_keeps_the_rest_of_the_post(tmp_path: Path) -> None:
    site = _blog(tmp_path / "site", "I only found the dedication at the end of the Project Gutenberg ebook "
                 "of Middlemarch. Book club is at mine this month: 14 Ash Grove, Leeds LS6 2AB. "
                 "Text 07700 900871 if you're late.")
    _, report = _scan(site)
    assert _values(report, "PLACE004") == {"LS6 2AB"}
    assert _values(report, "SELF002") == {"07700900871"}


def test_the_older_end_line_alone_at_a_paragraphs_start_hides_nothing(tmp_path: Path) -> None:
    notes = _docx(tmp_path / "essay.docx", "My essay on Middlemarch",
                  "End of the Project Gutenberg EBook of Middlemarch is where I found the dedication.",
                  CONTACT)
    _, report = _scan(notes, command="check")
    assert _values(report, "SELF001") == {"kate.morrow@fastmail.com"}


def test_the_older_end_line_with_gutenbergs_licence_still_ends_the_book(tmp_path: Path) -> None:
    # Guard: a real old-style Gutenberg ending (no *** lines) keeps the foundation's details out.
    book = _docx(tmp_path / "book.docx", "Chapter 1. The night shift ended at six.",
                 "End of the Project Gutenberg EBook of Ward Notes, by Quiet Clerk",
                 "This eBook is for the use of anyone anywhere under the terms of the Project Gutenberg "
                 "License included with this eBook or online at www.gutenberg.org",
                 "Dr. Gregory B. Newby, Chief Executive and Director, gbnewby@pglaf.org, (801) 596-1887")
    _, report = _scan(book, command="check")
    assert not _values(report, "SELF001") and not _values(report, "SELF002")


def test_gutenbergs_markers_are_matched_case_sensitively_at_a_lines_start() -> None:
    from nymaudit.detectors.contact import boilerplate_spans
    from nymaudit.model import Origin, Post

    def spans(*paragraphs: str) -> list[list[tuple[int, int]]]:
        posts = [Post(id=str(i), timestamp=None, text=t, origin=Origin("book.docx", f"paragraph {i}"))
                 for i, t in enumerate(paragraphs)]
        found = boilerplate_spans(posts)
        return [found.get(id(post), []) for post in posts]

    assert spans("he wrote *** end of the project gutenberg ebook x ***", "mine") == [[], []]
    assert spans("quoted: *** START OF THE PROJECT GUTENBERG EBOOK X ***", "mine") == [[], []]
    assert spans("*** END OF THE PROJECT GUTENBERG EBOOK X ***", "licence") == [[(0, 44)], [(0, 7)]]


# -- 3. a Creative Commons notice ends before the writer's details -----------------------------------


@pytest.mark.parametrize("footer", [
    "All photos and recipes here are licensed under Creative Commons BY-NC 4.0 · questions, corrections "
    "or commissions: kate.morrow@fastmail.com · 0113 496 0871",
    "Photos, text and recipes on this blog are licensed under Creative Commons Attribution 4.0 "
    "International — for anything else write to kate.morrow@fastmail.com or ring 0113 496 0871 before 9pm",
    "Licensed under Creative Commons BY 4.0 | kate.morrow@fastmail.com | 0113 496 0871",
    "Licensed under Creative Commons BY 4.0 - write to kate.morrow@fastmail.com or ring 0113 496 0871",
    "Licensed under Creative Commons BY 4.0, questions to kate.morrow@fastmail.com or 0113 496 0871",
    "Licensed under Creative Commons BY 4.0, questions 0113 496 0871 or kate.morrow@fastmail.com",
])
def test_a_creative_commons_footer_keeps_the_writers_address_and_number(tmp_path: Path, footer: str) -> None:
    _, report = _scan(_blog(tmp_path / "site", f"The starter finally doubled overnight.\n\n---\n{footer}"))
    assert _values(report, "SELF001") == {"kate.morrow@fastmail.com"}
    assert _values(report, "SELF002") == {"01134960871"}


def test_creative_commons_own_address_and_number_stay_boilerplate(tmp_path: Path) -> None:
    # Guard: the notice's own continuation (CC's address, e-mail and number) is still no contact.
    site = _blog(tmp_path / "site", "These notes are licensed under a Creative Commons Attribution 4.0 "
                 "International License. To view a copy of this license, visit http://creativecommons.org/"
                 "licenses/by/4.0/ or write to info@creativecommons.org, (415) 369-8480, PO Box 1866, "
                 "Mountain View, CA 94042, USA.")
    _, report = _scan(site)
    assert not _values(report, "SELF001") and not _values(report, "SELF002")


# -- 4. only North American numbers are fictional 555 numbers ------------------------------------------


@pytest.mark.parametrize(("digits", "fictional"), [
    ("0305550123", False),  # Berlin 030 5550123
    ("0245550123", False),  # French 02 45 55 01 23
    ("+49305550123", False),
    ("1305550123", False),  # no area code starts 1
    ("2125550142", True), ("12125550142", True), ("+12125550142", True), ("5555550123", True),
])
def test_only_north_american_555_01xx_numbers_are_fictional(digits: str, fictional: bool) -> None:
    from nymaudit.detectors.contact import fictional_number

    assert fictional_number(digits) is fictional


def test_a_french_number_in_the_555_range_is_reported(tmp_path: Path) -> None:
    site = _blog(tmp_path / "site", "Pour les confitures, appelez-moi au 02 45 55 01 23 (le soir) "
                 "ou au 02 45 61 01 23 (le week-end).")
    _, report = _scan(site)
    assert _values(report, "SELF002") == {"0245550123", "0245610123"}


def test_a_berlin_555_number_beside_an_address_is_no_example_line() -> None:
    from nymaudit.detectors.places import example_units

    assert example_units("Büro: Torstraße 12, 10119 Berlin, Tel. 030 5550123") == []
    assert example_units("Call (555) 555-0123 at 123 Main Street") != []  # guard: the real example

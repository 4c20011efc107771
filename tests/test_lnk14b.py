"""Example values, licence boilerplate and a root keybase.txt (fourteenth session, helper lnk14b;
red team red14 F8).

1. A CV template's "John Doe, ..., (555) 555-0123, john.doe@example.com" raised SELF001 and SELF002
   high: addresses at names reserved for examples (RFC 2606/6761: example.com, *.example, .test,
   .invalid, .localhost) and North America's fictional 555-0100..555-0199 reach no one. UK Ofcom
   drama numbers (07700 900xxx) stay reported: the project stands them in for real numbers.
2. A Project Gutenberg novel gave its licence's gbnewby@pglaf.org and (801) 596-1887 as the writer's
   contact: a document's text before Gutenberg's start line and from its end line on is the
   publisher's, and so is a Creative Commons notice (not the licensor's own address before it).
3. Keybase accepts a proof at the site root (``/keybase.txt``; Hugo ``static/keybase.txt``) as well
   as in ``.well-known/``: the blog reader now reads it.
Inputs are real files (python-docx, an RTF as WordPad writes one, Jekyll and Hugo trees) scanned
through the CLI.
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

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
NOVEL = SHARED / "corpora" / "novels" / "conan_doyle_-_adventures_of_sherlock_holmes.txt"


def _scan(*paths: Path, command: str = "scan") -> dict[str, Any]:
    out = CliRunner().invoke(app, [command, *map(str, paths), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _rule(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _contacts(report: dict[str, Any]) -> set[str]:
    return {c["value"] for c in report["profile"]["clues"].get("contact", [])}


# -- 1. example values ----------------------------------------------------------------------------


def _cv_template(path: Path, example: str) -> Path:
    """Word's CV template as python-docx writes it: placeholders, then an example line."""
    document = docx.Document()
    for line in ["[Your Name]", "[Street Address], [City, ST ZIP Code]", "[Telephone] | [Email]",
                 "Objective", "Experience", "[Job Title], [Company Name], [City, State]", example]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_cv_templates_example_address_and_555_number_are_no_contact(tmp_path: Path) -> None:
    cv = _cv_template(tmp_path / "cv_template.docx", "Example: John Doe, 123 Main Street, Springfield, "
                      "IL 62701, (555) 555-0123, john.doe@example.com")
    report = _scan(cv, command="check")
    assert not _rule(report, "SELF001") and not _rule(report, "SELF002")
    assert not _contacts(report)


def test_a_real_looking_address_and_number_beside_the_example_are_still_reported(tmp_path: Path) -> None:
    cv = _cv_template(tmp_path / "cv.docx", "Example: john.doe@example.com, (555) 555-0123. Mine: "
                      "ailsa.mckenzie@nhs.scot, (212) 736-4410, 07700 900461")
    report = _scan(cv, command="check")
    assert _contacts(report) == {"ailsa.mckenzie@nhs.scot", "2127364410", "07700900461"}


@pytest.mark.parametrize("address", ["john.doe@example.com", "JANE@EXAMPLE.ORG", "a@mail.example.net",
                                     "you@yourname.example", "ci@build.test", "x@nowhere.invalid",
                                     "root@localhost"])
def test_addresses_at_reserved_example_names_are_examples(address: str) -> None:
    from nymaudit.detectors.contact import example_address

    assert example_address(address)


@pytest.mark.parametrize("address", ["j.smith@example.co.uk", "me@myexample.com", "bob@acme.local",
                                     "x@example.com.evil.net", "a@testing.org", "q@proton.me"])
def test_addresses_at_other_names_are_not_examples(address: str) -> None:
    from nymaudit.detectors.contact import example_address

    assert not example_address(address)


@pytest.mark.parametrize(("digits", "fictional"), [
    ("5555550123", True), ("2125550142", True), ("+12125550199", True), ("12125550100", True),
    ("2125550200", False), ("2125550099", False), ("2125551234", False), ("07700900123", False),
    ("+447700900123", False), ("01134960000", False)])
def test_only_north_americas_555_01xx_are_fictional_numbers(digits: str, fictional: bool) -> None:
    from nymaudit.detectors.contact import fictional_number

    assert fictional_number(digits) is fictional


def test_a_post_with_an_example_address_in_a_tutorial_raises_nothing(tmp_path: Path) -> None:
    post = tmp_path / "smtp-howto.md"
    post.write_text("---\ntitle: Sending mail from a script\ndate: 2025-03-01 20:00:00\n---\n"
                    "Set `From: alerts@monitoring.example` and `To: you@example.org`, then run it.\n"
                    "For a US test line use +1 212 555 0142.\n", encoding="utf-8")
    report = _scan(post)
    assert not _rule(report, "SELF001") and not _rule(report, "SELF002")


# -- 2. licence boilerplate ------------------------------------------------------------------------


def _rtf(path: Path, paragraphs: list[str]) -> Path:
    """An RTF as WordPad writes it, one \\par a paragraph (non-ASCII as \\u escapes)."""
    def escape(text: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else ("\\" + c if c in "\\{}" else
                       f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?") for c in text)
    head = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}\viewkind4\uc1\pard\f0\fs22 "
    path.write_text(head + "\\par\n".join(escape(p) for p in paragraphs) + "\\par}", "ascii")
    return path


@pytest.mark.skipif(not NOVEL.is_file(), reason="the shared novels corpus is missing")
def test_a_gutenberg_novels_licence_address_and_number_are_not_the_writers(tmp_path: Path) -> None:
    paragraphs = [p.replace("\n", " ") for p in NOVEL.read_text("utf-8").split("\n\n") if p.strip()]
    report = _scan(_rtf(tmp_path / "novel.rtf", paragraphs), command="check")
    assert not _rule(report, "SELF001") and not _rule(report, "SELF002")
    assert not {c for c in _contacts(report) if "pglaf" in c or "1887" in c}


def test_the_writers_own_address_in_a_gutenberg_style_document_is_still_reported(tmp_path: Path) -> None:
    document = _rtf(tmp_path / "edition.rtf", [
        "The Project Gutenberg EBook of Ward Notes. Contact: help@gutenberg.org",
        "*** START OF THIS PROJECT GUTENBERG EBOOK WARD NOTES ***",
        "Chapter 1. Write to the editor of this edition at quietclerk.writes@proton.me.",
        "The night shift ended at six.",
        "End of the Project Gutenberg EBook of Ward Notes",
        "*** END OF THIS PROJECT GUTENBERG EBOOK WARD NOTES ***",
        "Dr. Gregory B. Newby, Chief Executive and Director, gbnewby@pglaf.org, (801) 596-1887"])
    report = _scan(document, command="check")
    assert _contacts(report) == {"quietclerk.writes@proton.me"}


def test_one_text_file_holding_a_whole_gutenberg_book_keeps_only_the_books_own_text(tmp_path: Path) -> None:
    book = tmp_path / "book.txt"
    book.write_text("The Project Gutenberg eBook of Notes; questions to help@gutenberg.org\n\n"
                    "*** START OF THE PROJECT GUTENBERG EBOOK NOTES ***\n\n"
                    "I am on 07700 900461 most nights.\n\n"
                    "*** END OF THE PROJECT GUTENBERG EBOOK NOTES ***\n\nbusiness@pglaf.org (801) 596-1887\n",
                    encoding="utf-8")
    assert _contacts(_scan(book)) == {"07700900461"}


def test_a_creative_commons_notice_is_boilerplate_but_the_licensors_address_is_not(tmp_path: Path) -> None:
    post = tmp_path / "licence.md"
    post.write_text("---\ntitle: Licence\ndate: 2025-03-01 20:00:00\n---\n"
                    "Ward Notes by Quiet Clerk (quietclerk.writes@proton.me) is licensed under a "
                    "Creative Commons Attribution 4.0 International License. "
                    "To view a copy of this license, visit "
                    "http://creativecommons.org/licenses/by/4.0/ or write to info@creativecommons.org, "
                    "(415) 369-8480, PO Box 1866, Mountain View, CA 94042, USA.\n", encoding="utf-8")
    report = _scan(post)
    assert _contacts(report) == {"quietclerk.writes@proton.me"}


# -- 3. keybase.txt at a site's root ---------------------------------------------------------------

KEYBASE = """==================================================================
https://keybase.io/quietclerk
--------------------------------------------------------------------

I hereby claim:

  * I am an admin of https://quietclerk.net
  * I am quietclerk (https://keybase.io/quietclerk) on keybase.
  * I have a public key ASDgPKMJFNaoe2v0NPpSgqkPsgS9hJmGJy9ee6HWzC3pDQo
"""

POST = ("---\ntitle: Hello\ndate: 2026-01-01 20:15:00 +0000\nauthor: Quiet Clerk\n---\n"
        "Rain on the windows again.\n")


def _keybase(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in _rule(report, "LINK007") if f["clue"]["value"] == "Keybase quietclerk"]


def test_a_keybase_proof_at_a_jekyll_sites_root_names_the_keybase_account(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Quiet Clerk\nurl: https://quietclerk.net\n", encoding="utf-8")
    (site / "_posts" / "2026-01-01-hello.md").write_text(POST, encoding="utf-8")
    (site / "keybase.txt").write_text(KEYBASE, encoding="utf-8")
    (proof,) = _keybase(_scan(site))
    assert proof["severity"] == "high" and "Keybase proof" in proof["message"]
    assert proof["location"]["path"].endswith("keybase.txt")


def test_a_keybase_proof_in_a_hugo_sites_static_folder_names_the_keybase_account(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "static").mkdir()
    (site / "hugo.toml").write_text('baseURL = "https://quietclerk.net/"\ntitle = "Quiet Clerk"\n',
                                    encoding="utf-8")
    (site / "content" / "posts" / "hello.md").write_text(POST, encoding="utf-8")
    (site / "static" / "keybase.txt").write_text(KEYBASE, encoding="utf-8")
    (proof,) = _keybase(_scan(site))
    assert proof["severity"] == "high"


# -- boilerplate_spans on any document ------------------------------------------------------------

START = "*** START OF THE PROJECT GUTENBERG EBOOK X ***"
END = "*** END OF THE PROJECT GUTENBERG EBOOK X ***"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=12), st.data())
def test_boilerplate_covers_exactly_what_lies_outside_the_start_and_end_lines(body: list[str],
                                                                               data: st.DataObject) -> None:
    from nymaudit.detectors.contact import boilerplate_spans
    from nymaudit.model import Origin, Post

    # Paragraphs free of the markers' words, then the start and end lines at drawn places.
    texts = [t.replace("*", "").replace("\n", " ") for t in body]
    start = data.draw(st.integers(0, len(texts)))
    end = data.draw(st.integers(start, len(texts)))
    texts = texts[:end] + [END] + texts[end:]
    texts = texts[:start] + [START] + texts[start:]
    posts = [Post(id=str(i), timestamp=None, text=t, origin=Origin(path="book.rtf", record=f"paragraph {i}"))
             for i, t in enumerate(texts)]
    spans = boilerplate_spans(posts)
    for i, post in enumerate(posts):
        covered = spans.get(id(post), [])
        assert all(0 <= a <= b <= len(post.text) for a, b in covered)
        if i < start or i >= end + 1:  # before the start line; the end line and after it
            assert (0, len(post.text)) in covered, (i, start, end, texts)
        elif i == start:  # the start line: from the record's start to the line's words
            assert covered and covered[0][0] == 0 and covered[0][1] >= len(START) - len(" X ***")
        else:  # the book itself
            assert not covered, (i, start, end, texts)


def test_a_tweet_quoting_gutenbergs_end_line_hides_no_later_tweets_address(tmp_path: Path) -> None:
    from archive_builders import build_twitter_archive, make_tweet

    tweets = [make_tweet("1", "Mon Mar 03 20:00:00 +0000 2025",
                         "Finished it: *** END OF THE PROJECT GUTENBERG EBOOK EMMA *** what a book"),
              make_tweet("2", "Tue Mar 04 20:00:00 +0000 2025", "DM me or mail quietclerk.writes@proton.me")]
    report = _scan(build_twitter_archive(tmp_path / "x", tweets, zip=False))
    assert "quietclerk.writes@proton.me" in _contacts(report)

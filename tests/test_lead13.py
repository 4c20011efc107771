"""The lead's small fixes of the thirteenth session (wording proposed by rfx13 after walk13 item 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")


def _docx(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


def test_an_address_in_two_paragraphs_of_a_document_is_not_said_to_be_in_posts(tmp_path: Path) -> None:
    """A document's paragraphs are no posts: "appears in 2 places in documents", not "2 posts"."""
    _docx(tmp_path / "newsletter.docx", ["Write to ailsa.mckenzie@nhs.scot about the rota.",
                                        "Or again: ailsa.mckenzie@nhs.scot, any time."])
    result = CliRunner().invoke(app, ["scan", str(tmp_path / "newsletter.docx"), "--format", "json"])
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "SELF001"]
    assert found, result.stdout[:600]
    assert "appears in 2 places in documents" in found[0]["message"]
    assert "2 posts" not in found[0]["message"]


def test_one_file_left_out_of_the_history_is_said_in_the_singular(tmp_path: Path) -> None:
    posts = tmp_path / "_posts"
    posts.mkdir()
    for day in (1, 2):
        (posts / f"2025-03-0{day}-note.md").write_text(
            f"---\ntitle: Note {day}\ndate: 2025-03-0{day} 20:15:00 +0000\n---\nRain again.\n")
    draft = posts / "2025-03-01-note.md"
    result = CliRunner().invoke(app, ["check", str(draft), "--history", str(posts), "--format", "json"])
    said = result.stdout + result.stderr
    assert "1 of the files checked is in the history too; it was left out of it" in said, said[:800]


WESTERN_DRAFTS = [
    "Hyvää päivää! Söin jäätelöä Jääskeläisen kanssa eilen.",  # Finnish
    "Öö oli pikk ja jää oli paks, ütles ta.",  # Estonian
    "Hon var blåögd och glad.",  # Swedish
    "Han er blåøyd og høy.",  # Norwegian
    "Ils créèrent un fœtus de cœlacanthe pour l’exposition.",  # French
]


@pytest.mark.parametrize("sentence", WESTERN_DRAFTS)
def test_nordic_finnish_estonian_and_french_windows_1252_drafts_are_read(sentence: str) -> None:
    """rev13d item 1: real Western sentences in Windows-1252 were refused as another code page."""
    from nymaudit.sources.tree import READ_AS_CP1252, decode_text

    text, warning = decode_text(f"“{sentence}” – she said.\n".encode("cp1252"))
    assert warning == READ_AS_CP1252 and sentence in text


def test_polish_still_fails_closed_after_the_western_pairs() -> None:
    from nymaudit.sources.tree import READ_AS_CP1252, decode_text

    polish = "Śnieg padał na ulicy Żeromskiego, pisał Paweł Wiśniewski.\n"
    _, warning = decode_text(polish.encode("cp1250"))
    assert warning != READ_AS_CP1252


def test_a_profiles_own_links_with_via_or_my_are_the_accounts_own(tmp_path: Path) -> None:
    """rev13e item 1: "Find me via", "pics from my insta", "newsletter via" in a bio were called
    another person's credited accounts (low), not the account's own (high)."""
    from nymaudit.text.links import other_cue

    for clause in ("Find me via ", "pics from my insta: ", "newsletter via ", "Subscribe via "):
        assert other_cue(clause) is None, clause
    assert other_cue("Avatar art by ")[0] == "credit"
    assert other_cue("married to the lovely ")[0] == "relation"


@pytest.mark.parametrize(("text", "fact"), [
    ("Former paramedic, I'd never let my kids ride without a helmet.", "Former paramedic"),
    ("Retired midwife, I hear this every week from new mums.", "Retired midwife"),
    ("Former nurse - I say this with love: wash your hands.", "Former nurse"),
])
def test_a_past_job_before_the_writers_i_d_or_i_say_is_found(text: str, fact: str) -> None:
    """rev13e item 2: "I'd" and "I hear/say" after a past job dropped the writer's own past job."""
    from nymaudit.text import disclosure

    assert fact in [hit.value for hit in disclosure.find(text) if hit.rule_id == "SELF010"]


def test_i_d_say_after_a_past_job_is_still_a_guess() -> None:
    from nymaudit.text import disclosure

    text = "Former nurse, I'd say, judging by the way she bandaged it."
    assert not [hit for hit in disclosure.find(text) if hit.rule_id == "SELF010"]


@pytest.mark.parametrize(("text", "org"), [
    ("I volunteer for Oxfam shifts at the Headingley shop.", "volunteers for Oxfam"),
    ("I volunteer for St John Ambulance duties at Headingley most weekends.",
     "volunteers for St John Ambulance"),
])
def test_volunteering_shifts_for_a_charity_are_said_whole(text: str, org: str) -> None:
    """rev13e item 3: "shifts" or "duties" after a charity lost the finding or cut the name."""
    from nymaudit.text import disclosure

    assert [hit.value for hit in disclosure.find(text) if hit.rule_id == "SELF011"] == [org]


def test_a_time_range_after_a_number_that_is_no_date_is_kept_when_redacted() -> None:
    """rev13e item 4: any four digits before "10:00-12:00" read as a date, so the range's end was masked."""
    from nymaudit.report.redact import mask_offsets

    for text in ("Room 1204 10:00-12:00", "in 2024 09:00-10:00 was my slot", "version 1.2.3 10:00-12:00"):
        assert mask_offsets(text) == text
    assert "-05" not in mask_offsets("1 Jun 2025 22:15-05:00")


def test_a_short_draft_of_windows_1252_dashes_and_quotes_is_read() -> None:
    """Found by enc13's hypothesis test: dashes and quotes are no letters of another script, so
    they no longer count against the text's letters ("Posted by me. – – – – – – –" failed closed)."""
    from nymaudit.sources.tree import READ_AS_CP1252, decode_text

    text, warning = decode_text(("Posted by me. " + "– " * 7 + "“ok” … end").encode("cp1252"))
    assert warning == READ_AS_CP1252 and text.endswith("“ok” … end")


def _stamped_scan(path: Path, pages: int, stamp: str) -> None:
    """A phone scan: each page a picture, with the scanning app's words stamped over it."""
    import io

    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    pictures = [Image.radial_gradient("L").resize((600, 800)).convert("RGB") for _ in range(pages)]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "PDF", save_all=True, append_images=pictures[1:], resolution=72)
    stamp_writer = PdfWriter()
    stamp_page = stamp_writer.add_blank_page(600, 800)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    stamp_page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): stamp_writer._add_object(font)})})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 9 Tf 72 20 Td ({stamp}) Tj ET".encode())
    stamp_page[NameObject("/Contents")] = stamp_writer._add_object(content)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        writer.add_page(page).merge_page(stamp_page)
    writer.write(path)


def test_a_scan_with_a_stamped_footer_fails_check_closed(tmp_path: Path) -> None:
    """rev13d item 2: "Scanned with CamScanner" on each page made a scanned letter count as read."""
    path = tmp_path / "letter.pdf"
    _stamped_scan(path, 2, "Scanned with CamScanner")
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1
    errors = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "INPUT001"]
    assert any("2 pages are pictures without a text layer" in f["message"] for f in errors)

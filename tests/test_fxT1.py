"""Sixteenth session (2026-11-30), fxT1: review rev16d items 1, 4, 5 and 6 (false alarms of new patterns).

1. (rev16d 1) "My daughter's school in Year 6 / on Monday / at Christmas / on Twitter / in Canada" was
   SELF012 high "school in Year": a school year, day, month, holiday, term, platform or country is no place.
2. (rev16d 4) "Another shift at the Emirates ... season ticket holder", "I'm doing nights at Center Parcs",
   "Another double shift at Hogwarts, said Hagrid" named an employer (high); "On a long shift of Netflix" was
   SELF010 "works shifts".
3. (rev16d 5) "Leaked memo from Meta Platforms Inc - INTERNAL" and "The Met Office - Official" named an
   employer.
4. (rev16d 6) "Our Director of Football, Dan Ashworth" was a colleague; "I scored a goal for Manchester
   United FC in FIFA" was "plays for".

Inputs: the finder itself, and single-line posts and a real .docx run through `check`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize


def found(text: str) -> set[tuple[str, str, str | None]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value, d.severity) for d in disclosure.find(plain)}


def _check(path: Path) -> tuple[int, list[dict[str, Any]]]:
    out = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--no-redact"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return out.exit_code, list(json.loads(out.stdout)["findings"])


@pytest.mark.parametrize("text", [
    "My daughter's school in Year 6 is doing SATs now.",
    "My son's school on Monday had a fire drill.",
    "My daughter's school at Christmas was lovely.",
    "My kids' school in September starts late.",
    "My kids' school on Twitter posted the sports day photos.",
    "My daughter's school on Facebook posted it.",
    "Our kids' school in Canada is great.",
    "My boy's school in Spain is fine.",
])
def test_a_school_year_day_platform_or_country_is_no_school_place(text: str) -> None:
    schools = {f for f in found(text) if f[0] == "SELF012" and "school in" in f[1]}
    assert not schools


@pytest.mark.parametrize(("text", "value"), [
    ("My daughter's school in Roundhay has a coding club now!", "daughter: school in Roundhay"),
    ("My son's school in Reading is great.", "son: school in Reading"),
])
def test_a_school_in_a_town_is_still_found(text: str, value: str) -> None:  # guard
    assert ("SELF012", value, "high") in found(text)


@pytest.mark.parametrize(("text", "rule"), [
    ("Another shift at the Emirates and we lost again, I'm a season ticket holder.", "SELF011"),
    ("Another shift at the Etihad watching City throw it away.", "SELF011"),
    ("My next shift at Anfield?", "SELF011"),
    ("I'm doing nights at Center Parcs, the kids love the pool.", "SELF011"),
    ("We're on nights at Butlins next week, karaoke till dawn.", "SELF011"),
    ("Another double shift at Hogwarts, said Hagrid.", "SELF011"),
    ("On a long shift of Netflix bingeing today.", "SELF010"),
    ("On another shift of parenting, send coffee.", "SELF010"),
])
def test_a_fans_holidaymakers_or_storys_shift_is_no_work(text: str, rule: str) -> None:
    assert not {f for f in found(text) if f[0] == rule}


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("Another night shift at Merrion House.", "SELF011", "Merrion House"),
    ("My shift at Emirates starts at 6, cabin crew life.", "SELF011", "Emirates"),
    ("I'm on nights at St James's this week.", "SELF011", "St James's"),
    ("Writing this on my night shift.", "SELF010", "works shifts"),
])
def test_real_shifts_are_kept(text: str, rule: str, value: str) -> None:  # guard
    assert value in {f[1] for f in found(text) if f[0] == rule}


@pytest.mark.parametrize("text", [
    "Leaked memo from Meta Platforms Inc - INTERNAL",
    "Leaked: Amazon.com Inc - CONFIDENTIAL",
    "The Met Office - Official",
    "Rugby Football Union - Official",
    "Story in the paper today.\nObtained by reporters:\nAcme Foods Ltd - CONFIDENTIAL",
])
def test_a_marking_in_a_post_about_a_leak_or_a_page_title_names_no_employer(text: str) -> None:
    assert not {f for f in found(text) if f[0] == "SELF011"}


def test_a_docx_footer_marking_still_names_the_employer(tmp_path: Path) -> None:  # guard
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Acme Foods Ltd - CONFIDENTIAL"
    document.add_paragraph("Draft notes on the quarterly figures.")
    document.save(str(tmp_path / "notes.docx"))
    _, findings = _check(tmp_path / "notes.docx")
    assert ("high", "Acme Foods Ltd") in {(f["severity"], (f.get("clue") or {}).get("value"))
                                          for f in findings if f["rule"] == "SELF011"}


@pytest.mark.parametrize(("text", "rule"), [
    ("Our Director of Football, Dan Ashworth, left again.", "SELF022"),
    ("Our Director of Rugby, Steve Borthwick, has some explaining to do", "SELF022"),
    ("I scored a goal for Manchester United FC in FIFA last night.", "SELF019"),
    ("I play for Arsenal FC on the PlayStation every night.", "SELF019"),
    ("I scored for the Barcelona FC team on FIFA twice.", "SELF019"),
    ("My favourite team is Red Hot Chili Peppers", "SELF019"),
])
def test_fan_and_gamer_talk_is_no_colleague_or_club_played_for(text: str, rule: str) -> None:
    assert not {f for f in found(text) if f[0] == rule}


def test_a_real_colleague_and_a_real_club_are_kept() -> None:  # guard
    assert ("SELF022", "Head of Compliance Fiona Baird", None) in found(
        "Our Head of Compliance, Fiona Baird, said the FCA would never look at this.")
    assert ("SELF019", "Leeds United FC", None) in found("My favourite team is Leeds United FC.")
    assert ("SELF019", "plays for Chapel Allerton FC", "medium") in found(
        "We won our Sunday league match for Chapel Allerton FC, I scored twice.")


@pytest.mark.parametrize("text", [
    "My son's school on Monday had a fire drill.",
    "Another shift at the Emirates and we lost again, I'm a season ticket holder.",
    "Leaked memo from Meta Platforms Inc - INTERNAL",
])
def test_check_on_a_single_line_post_passes_again(tmp_path: Path, text: str) -> None:
    post = tmp_path / "post.txt"
    post.write_text(text + "\n", encoding="utf-8")
    code, findings = _check(post)
    assert not [f for f in findings if f["rule"] in ("SELF011", "SELF012") and f["severity"] == "high"]
    assert code == 0

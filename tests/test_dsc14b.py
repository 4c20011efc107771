"""Fourteenth session (2026-11-30), self-disclosures (dsc14b; walkthrough walk14 items 3 and 4):

1. A date of birth: 'I was born on 12 March 1985', 'Born on 12 March 1985.', 'My date of birth is
   12/03/1985', a line 'DOB: 12/03/85' are SELF013 at high; 'Happy 40th to me!' and 'my 40th birthday
   today' on a dated post give the birth year; 'happy birthday to me' is a birthday at the rule's
   medium. Not someone else's ('my son was born on ...', 'happy 40th to my husband') nor the film.
2. A job and an employer: 'Proud to be a staff nurse at Leeds Teaching Hospitals', 'I have been a nurse
   at St James's', 'Still working in a call centre', '10 years at Tesco today!'. Not 'proud to be a
   parent' or 'a Yorkshireman', nor someone else's ('My mum's been working at Tesco').
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note
from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize


def _found(text: str, year: int | None = None) -> set[tuple[str, str, str | None]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value, d.severity) for d in disclosure.find(plain, year)}


def _rules(text: str) -> set[str]:
    return {rule for rule, _, _ in _found(text)}


def _scan(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


# --- 1. a date of birth ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("Born on 12 March 1985.", "12 March 1985"),
    ("I was born on 12 March 1985.", "12 March 1985"),
    ("My date of birth is 12/03/1985.", "12/03/1985"),
    ("DOB: 12/03/85", "12/03/85"),
    ("Admin stuff done.\nDOB: 12/03/85\nNI number sorted.", "12/03/85"),
    ("I was born on March 12, 1985 in a snowstorm.", "March 12, 1985"),
    ("I was born 1985-03-12, a Tuesday.", "1985-03-12"),
    ("My birthday is the 12th of March 1985, write it down.", "the 12th of March 1985"),
    ("Born on 12 March 1985 in Leeds, I moved south at ten.", "12 March 1985"),
    ("i was born on 12 march 1985 and nobody remembers", "12 march 1985"),
    ("I WAS BORN ON 12 MARCH 1985.", "12 MARCH 1985"),
    ("I was born on the 4th of July 1985.", "the 4th of July 1985"),
])
def test_a_full_date_of_birth_is_high(text: str, date: str) -> None:
    assert ("SELF013", f"date of birth {date}", "high") in _found(text)


@pytest.mark.parametrize("text", [
    "the baby was born on 12 March",
    "The baby was born on 12 March 1985.",
    "my son was born on 12 March 1985",
    "happy 40th to my husband",
    "born on the 4th of July",
    "I was born on the 4th of July",
    "Born on the Fourth of July is a great film.",
    "Born on 12 March 1985, John Smith was a poet.",
    "Born on 12 March 1985 in Leeds, she studied law.",
    "Missing: Jane Smith, DOB: 12/03/85",
    "Happy birthday to you, Dad!",
    "I was born on 45/13/1985.",
    "The date of birth: 12/03/1985",
])
def test_someone_elses_birth_or_the_film_is_no_date_of_birth(text: str) -> None:
    assert not any(rule == "SELF013" and severity == "high" for rule, _, severity in _found(text)), text
    assert not any(rule == "SELF013" and value.startswith(("date of birth", "birthday "))
                   for rule, value, _ in _found(text)), text


@pytest.mark.parametrize(("text", "value"), [
    ("Happy 40th to me!", "40th birthday in 2026 (born in 1986)"),
    ("my 40th birthday today, cake for breakfast", "40th birthday in 2026 (born in 1986)"),
    ("It's my 40th birthday on Saturday", "40th birthday in 2026 (born in 1986)"),
    ("my fortieth birthday today!", "40th birthday in 2026 (born in 1986)"),
    ("Happy 21st birthday to me 🎉", "21st birthday in 2026 (born in 2005)"),
])
def test_a_birthday_of_a_number_now_gives_the_birth_year(text: str, value: str) -> None:
    assert ("SELF013", value, None) in _found(text, 2026)


def test_a_remembered_birthday_gives_the_age_but_no_birth_year() -> None:
    # 'was a disaster' is years ago: the post's year says nothing of when.
    assert ("SELF013", "21st birthday", None) in _found("my 21st birthday was a disaster", 2026)
    assert ("SELF013", "40th birthday", None) in _found("Happy 40th to me!")  # an undated post


@pytest.mark.parametrize(("text", "value"), [
    ("happy birthday to me", "birthday date"),
    ("Happy Birthday to me! Cake for breakfast.", "birthday date"),
    ("I was born on Christmas Day.", "birthday Christmas Day"),
    ("My birthday is 12 March.", "birthday 12 March"),
])
def test_a_birthday_without_a_year_is_medium(text: str, value: str) -> None:
    assert ("SELF013", value, None) in _found(text)


def test_a_dated_archive_gives_the_date_of_birth_high_and_the_birth_year(tmp_path: Path) -> None:
    notes = [make_note(str(140000000 + i), f"2026-03-{12 + i:02d}T08:00:00Z", f"<p>{body}</p>")
             for i, body in enumerate([
                 "Happy 40th to me! Born on 12 March 1985.",
                 "Thanks for all the cards, still eating cake.",
             ])]
    doc = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False))
    ages = {f["clue"]["value"]: f["severity"] for f in doc["findings"]
            if f["rule"] == "SELF013" and f.get("clue")}
    assert ages.get("date of birth 12 March 1985") == "high", ages
    assert "40th birthday in 2026 (born in 1986)" in ages, ages


# --- 2. a job and an employer ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "job", "employer"), [
    ("Proud to be a staff nurse at Leeds Teaching Hospitals for 9 years today.", "staff nurse",
     "Leeds Teaching Hospitals"),
    ("I have been a nurse at St James's for nine years.", "nurse", "St James's"),
    ("I've been working as a porter at Leeds General Infirmary.", "porter", "Leeds General Infirmary"),
    ("So proud to be a paramedic at Yorkshire Ambulance Service.", "paramedic",
     "Yorkshire Ambulance Service"),
])
def test_a_job_with_its_employer_in_these_forms(text: str, job: str, employer: str) -> None:
    found = _found(text)
    assert ("SELF010", job, None) in found, found
    assert ("SELF011", employer, "high") in found, found


@pytest.mark.parametrize(("text", "value", "severity"), [
    ("Still working in a call centre.", "works in a call centre", None),
    ("I'm still working in a call centre, six years now.", "works in a call centre", None),
    ("Still working at Tesco.", "Tesco", "high"),
    ("10 years at Tesco today!", "Tesco", None),
    ("9 years at Leeds Teaching Hospitals today.", "Leeds Teaching Hospitals", "high"),
    ("Celebrating ten years at Leeds City Council this week", "Leeds City Council", "high"),
])
def test_a_workplace_in_these_forms(text: str, value: str, severity: str | None) -> None:
    assert ("SELF011", value, severity) in _found(text)


@pytest.mark.parametrize("text", [
    "Still working as a nurse.",
    "I'm so proud to be a nurse.",
    "I have been working as a porter for years.",
    "I have been a teacher since 2009.",
])
def test_a_job_in_these_forms_is_said_once(text: str) -> None:
    jobs = [d for d in disclosure.find(normalize(text)[0]) if d.rule_id == "SELF010"]
    assert len(jobs) == 1, jobs  # one mention, not one per pattern that reads it


@pytest.mark.parametrize(("text", "rule"), [
    ("proud to be a parent", "SELF010"),
    ("Proud to be a Yorkshireman!", "SELF010"),
    ("proud to be a nurse's daughter", "SELF010"),
    ("We are proud to be a nurse-led practice.", "SELF010"),
    ("My sister is proud to be a nurse.", "SELF010"),
    ("She's still working as a nurse.", "SELF010"),
    ("My mum's still working as a nurse.", "SELF010"),
    ("She's still working in a call centre.", "SELF011"),
    ("My mum's been working at Tesco for years.", "SELF011"),
    ("My sister is proud to be a nurse at St James's.", "SELF011"),
    ("Congratulations to Jane on 10 years at Tesco today!", "SELF011"),
    ("My dad's 30 years at Tesco today!", "SELF011"),
    ("Dad retires after 40 years at Royal Mail today.", "SELF011"),
    ("Still working at home.", "SELF011"),
    ("Two years at Home today!", "SELF011"),
])
def test_not_the_writers_job_or_no_job(text: str, rule: str) -> None:
    assert rule not in _rules(text)


def test_the_walkthrough_nurse_end_to_end(tmp_path: Path) -> None:
    notes = [make_note(str(140000100 + i), f"2026-05-{1 + i:02d}T20:00:00Z", f"<p>{body}</p>")
             for i, body in enumerate([
                 "Proud to be a staff nurse at Leeds Teaching Hospitals for 9 years today.",
                 "I have been a nurse at St James's for nine years.",
                 "Rain again, the bus was late.",
             ])]
    doc = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False))
    employers = {f["clue"]["value"] for f in doc["findings"] if f["rule"] == "SELF011" and f.get("clue")}
    jobs = {f["clue"]["value"] for f in doc["findings"] if f["rule"] == "SELF010" and f.get("clue")}
    assert {"Leeds Teaching Hospitals", "St James's"} <= employers, employers
    assert {"staff nurse", "nurse"} <= jobs, jobs

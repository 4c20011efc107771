"""Fifteenth session (2026-11-30), review fixes for dsc15's self-disclosure changes (dsc15b; rev15b):

1. (rev15b 1, HIGH, failed open) The writer's own date of birth was dropped, and `check` passed, on any
   'Name:' field, 'please help', 'went missing', or a she / 'my husband' anywhere in the paragraph.
   FORM_APPEAL now holds only an appeal's shapes (a 'MISSING' heading, 'last seen', 'have you seen him',
   'police appeal', 'has gone missing'); another person on a 'DOB:' line or the line before keeps the
   finding one step lower, "may be someone else's", with low confidence.
2. (rev15b 4) A claim reported after it (', my mum says') dropped the writer's own age, date of birth and
   job: the speaker must be a person (not 'says my passport'), 'I was born ...' is never read for it, and
   the claim is kept one step lower rather than dropped.
3. (rev15b 5) 'I support Kerry and her family', 'I support wolves', 'As your MP I support Barnsley' were
   clubs; 'My team is Leeds, the rest of the department is in London' lost its workplace.
4. (rev15b 5b) A text of 'she\\nDOB: ...' lines: find() 36 times slower (a regex over 800 characters per
   match).
5. (rev15b 6) 'I work nights at Christmas' named an employer.
6. (rev15b 8) 'happy 40th to me and my man, we share a birthday week' lost the age.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

DOUBT = "(may be someone else's)"


def _find(text: str, year: int | None = 2026) -> list[disclosure.Disclosure]:
    plain, _ = normalize(text)
    return disclosure.find(plain, year)


def _found(text: str) -> set[tuple[str, str]]:
    return {(d.rule_id, d.value) for d in _find(text)}


def _rules(text: str) -> set[str]:
    return {rule for rule, _ in _found(text)}


def _check(paths: list[Path]) -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(app, ["check", *map(str, paths), "--format", "json"], catch_exceptions=False)
    return out.exit_code, json.loads(out.stdout)


# --- 1. the writer's own date of birth --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Passport renewal, my details for next time:\nName: Sam Jones\nDOB: 12/03/85\nPassport no: 123456789",
    "Notes to self\nDOB: 12/03/85\nBlood type O+\nGP: Dr Patel, she is lovely",
    "DOB: 12/03/85\nNI: QQ123456C\nMy husband says I should keep this somewhere safer.",
    "Can someone please help? The council form keeps rejecting my date.\nDOB: 12/03/85",
    "Born on 12 March 1985. I grew up in Leeds. My dad went missing when I was ten.",
    "About me\nName: Sam\nBorn on 12 March 1985.\nLives in Leeds.",
    "Me:\nDOB: 12/03/85\nHeight: 5'8\nHer: taller",
])
def test_the_writers_own_date_of_birth_is_found_at_full_strength(text: str) -> None:
    dobs = [d for d in _find(text) if d.rule_id == "SELF013" and d.value.startswith("date of birth")]
    assert dobs, _found(text)
    assert all(d.severity == "high" and d.confidence is None and DOUBT not in d.value for d in dobs), dobs


@pytest.mark.parametrize("text", [
    "Her details, for anyone who can help:\nDOB: 12/03/85",
    "My son's details for the school trip form\nDOB: 12/03/15",
    "Missing my mum today.\nDOB: 12/03/85 and she always baked on it.",
])
def test_a_date_of_birth_beside_another_person_is_kept_as_possibly_theirs(text: str) -> None:
    dobs = [d for d in _find(text) if d.rule_id == "SELF013"]
    assert len(dobs) == 1, _found(text)
    assert dobs[0].value.endswith(DOUBT) and dobs[0].severity == "medium" and dobs[0].confidence == "low"


@pytest.mark.parametrize("text", [
    "MISSING\nJane Doe, 40\nDOB: 12/03/85\nLast seen in Leeds on Friday. Please share.",
    "MISSING\n\nJane Doe, 40\n\nDOB: 12/03/85\n\nLast seen in Leeds on Friday.",
    "Jane Smith, 40, has gone missing from Leeds.\nDOB: 12/03/85\nPlease share.",
    "Have you seen this man?\nDOB: 12/03/85",
    "Police appeal for information\nName: John Smith\nDOB: 12/03/85",
    "MISSING: Jane Doe\nBorn on 12 March 1985.\nLast seen Friday in Leeds.",
])
def test_a_real_appeal_is_still_not_the_writers(text: str) -> None:
    assert "SELF013" not in _rules(text), _found(text)


def test_check_fails_on_the_writers_own_notes(tmp_path: Path) -> None:
    """rev15b's end-to-end case: two drafts of the writer's own details passed `check` ('No findings')."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Passport renewal, my details for next time:\nName: Sam Jones\nDOB: 12/03/85\n"
                     "Passport no: 123456789\n", encoding="utf-8")
    gp = tmp_path / "gp.txt"
    gp.write_text("Notes to self\nDOB: 12/03/85\nBlood type O+\nGP: Dr Patel, she is lovely\n",
                  encoding="utf-8")
    code, doc = _check([notes, gp])
    dobs = [f for f in doc["findings"] if f["rule"] == "SELF013"]
    assert code == 1 and dobs, doc["findings"]
    assert dobs[0]["severity"] == "high" and "12/03/85" in json.dumps(dobs[0])


# --- 2. a claim reported after it -----------------------------------------------------------------

def test_i_was_born_is_the_writers_whoever_remembers_it() -> None:
    text = "I was born on 12 March 1985, Mum says, though the certificate says the 13th."
    assert ("SELF013", "date of birth 12 March 1985") in _found(text)


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("I'm 34, says my passport. I feel 60.", "SELF013", "age 34 in 2026 (born 1991 or 1992)"),
    ("I'm a nurse, says my payslip, but really I'm a cleaner.", "SELF010", "nurse"),
    ("I'm 40, Google says.", "SELF013", "age 40 in 2026 (born 1985 or 1986)"),
])
def test_a_document_is_no_speaker(text: str, rule: str, value: str) -> None:
    assert (rule, value) in _found(text)


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("I'm 52 and still renting, my mum says.", "SELF013", "age 52 in 2026 (born 1973 or 1974)"),
    ("I'm 40 today, my kids insist.", "SELF013", "age 40 in 2026 (born 1985 or 1986)"),
    ("I work at the Royal Infirmary, says my brother.", "SELF011", "Royal Infirmary"),
    ("I'm a nurse, according to my mum.", "SELF010", "nurse"),
])
def test_a_claim_a_person_reports_is_kept_one_step_lower(text: str, rule: str, value: str) -> None:
    hits = [d for d in _find(text) if d.rule_id == rule]
    assert [d.value for d in hits] == [f"{value} {DOUBT}"], _found(text)
    assert hits[0].confidence == "low" and hits[0].severity in ("medium", "low")


# --- 3. clubs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I support Kerry and her family at this difficult time.",
    "We support Preston and his family, get well soon mate.",
    "I support Chelsea and her decision to leave.",
    "I support Tyrone too, he did nothing wrong.",
    "i support carlton, he was treated badly",
    "I support Kerry, she's been through a lot.",
    "I support wolves.",
    "I support Wolves and lynx being reintroduced.",
    "As your MP I support Barnsley and always will.",
    "I support Newcastle, the city that made me.",
    "I support Leeds because I live in Leeds.",
    "i support mayo on my chips",
])
def test_a_person_an_animal_or_a_town_is_no_club(text: str) -> None:
    assert "SELF019" not in _rules(text), _found(text)


@pytest.mark.parametrize("text", [
    "My team is Leeds, the rest of the department is in London.",
    "Our team is Cardiff, the London team is separate.",
    "My team is Leicester, the Birmingham office handles the rest.",
    "Our team is Liverpool and Manchester, the northern hubs.",
])
def test_a_team_at_work_named_after_its_town_stays_a_workplace(text: str) -> None:
    assert ("SELF011", "describes their workplace") in _found(text)
    assert "SELF019" not in _rules(text), _found(text)


@pytest.mark.parametrize(("text", "club"), [
    ("I support Tottenham", "Tottenham"),
    ("I support Leeds, my home city.", "Leeds"),
    ("My team is Leeds.", "Leeds"),
    ("I support Chelsea, season ticket since 1998.", "Chelsea"),
    ("I support Wolves, what a game on Saturday.", "Wolves"),
    ("i support spurs lol", "spurs"),
])
def test_a_fans_club_is_still_found(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


# --- 4. speed -----------------------------------------------------------------------------------------

def test_many_dob_lines_beside_another_person_stay_fast() -> None:
    """rev15b 5b: 5.8 s per MB before (each match ran the appeal and person regexes over 800 characters)."""
    text = "she\nDOB: 12/03/85\n" * 56_000  # 1 MB
    disclosure.find("she\nDOB: 12/03/85\n", 2026)  # patterns compiled outside the clock
    began = time.process_time()
    found = disclosure.find(text, 2026)
    assert time.process_time() - began < 1.5
    assert found and all(d.value.endswith(DOUBT) for d in found)


def test_many_appeals_are_read_once() -> None:
    text = "MISSING\nJane Doe\nDOB: 12/03/85\nLast seen Friday\n\n" * 30_000  # 1.4 MB, every DOB dropped
    disclosure.find(text[:60], 2026)
    began = time.process_time()
    assert not [d for d in disclosure.find(text, 2026) if d.rule_id == "SELF013"]
    assert time.process_time() - began < 3.0


# --- 5. a holiday is no employer --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I work nights at Christmas.",
    "I work days at Easter.",
    "I work at Christmas.",
    "I work nights at Netflix, binge watching.",
    "I work nights at Uni on my thesis.",
])
def test_a_holiday_or_a_screen_is_no_employer(text: str) -> None:
    assert not [v for r, v in _found(text) if r == "SELF011"], _found(text)


@pytest.mark.parametrize(("text", "employer"), [
    ("I work for Netflix.", "Netflix"),
    ("I work nights at Tesco.", "Tesco"),
    ("I work nights at the Royal Infirmary.", "Royal Infirmary"),
])
def test_an_employer_after_the_hours_stays(text: str, employer: str) -> None:
    assert ("SELF011", employer) in _found(text)


# --- 6. a birthday shared with a partner --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("happy 40th to me and my man, we share a birthday week", "40th birthday in 2026 (born in 1986)"),
    ("Happy 50th to me and my love of cake", "50th birthday in 2026 (born in 1976)"),
])
def test_a_birthday_with_a_partner_or_a_love_of_cake_keeps_the_age(text: str, value: str) -> None:
    assert ("SELF013", value) in _found(text)


@pytest.mark.parametrize("text", ["Happy 15th to me and my husband!", "Happy 10th to me and my love!"])
def test_an_anniversary_still_gives_no_age(text: str) -> None:
    assert "SELF013" not in _rules(text), _found(text)


def test_a_doubted_date_of_birth_says_low_confidence_in_the_report(tmp_path: Path) -> None:
    """The lead applied dsc15b's proposal for detectors/disclosure.py: the finding of a date of
    birth beside another person carries the doubt as its confidence, not the rule's default."""
    draft = tmp_path / "notes.md"
    draft.write_text("Her details for the form:\nDOB: 12/03/85\n", encoding="utf-8")
    code, report = _check([draft])
    found = [f for f in report["findings"] if f["rule"] == "SELF013"]
    assert found and found[0]["confidence"] == "low" and found[0]["severity"] == "medium", found
    assert code == 1

"""Fifteenth session (2026-11-30), self-disclosures (dsc15; the fourteenth session's closing note):

1. 'i support tottenham' / 'I support Tottenham' named no club: only a club word ('Hotspur') made one.
   heuristics [lists] CLUB_NAME holds the clubs known by a name alone (England, Scotland, Ireland, rugby,
   AFL, NRL, the US major leagues); 'i support ukraine', 'I support the NHS', 'I support Labour' stay silent.
2. 'Happy 40th to me and my sister!' is a shared birthday (twins): the writer's age, as before. 'Happy 15th
   to me and my husband!' without the word 'birthday' is a wedding anniversary: no age. 'Happy 40th to my
   sister' is hers.
3. 'my team is arsenal' was SELF011 'describes their workplace' (a team at work): it is a club, SELF019.
4. A 'DOB: 12/03/85' line or a 'Born on ...' sentence in a missing-person appeal or a form about someone else
   ('MISSING ... Last seen', 'Name: John Smith', 'my son's details') was the writer's date of birth.
5. A claim reported after it ('I work at the Royal Infirmary, says my brother.', "I'm a nurse, my sister
   told me.") was the writer's job; it is the speaker's. 'I work nights at the Royal Infirmary' now names
   the employer.
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


def _found(text: str, year: int | None = None) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value) for d in disclosure.find(plain, year)}


def _rules(text: str) -> set[str]:
    return {rule for rule, _ in _found(text)}


def _scan(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


# --- 1. a club known by its name alone ------------------------------------------------------------

@pytest.mark.parametrize(("text", "club"), [
    ("i support tottenham", "tottenham"),
    ("I support Tottenham", "Tottenham"),
    ("I SUPPORT TOTTENHAM", "TOTTENHAM"),
    ("I support Spurs, sadly. Another season of pain.", "Spurs"),
    ("Honestly I support Everton for my sins", "Everton"),
    ("We support the Dubs! Sam Maguire or bust", "Dubs"),
    ("i've always supported liverpool 🔴", "liverpool"),
    ("I support Celtic and always will", "Celtic"),
    ("I support Collingwood, yes I know", "Collingwood"),
    ("we support the yankees", "yankees"),
    ("I've always supported Leeds United", "Leeds United"),
])
def test_a_club_known_by_its_name_alone_is_named(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


def test_every_listed_club_is_named_after_i_support_in_any_case() -> None:
    clubs = disclosure._heuristics()["lists"]["CLUB_NAME"]
    assert len(clubs) > 100
    for club in clubs:
        for text in (f"I support {club}.", f"i support {club.lower()}", f"I SUPPORT {club.upper()}!"):
            assert "SELF019" in _rules(text), text


@pytest.mark.parametrize("text", [
    "i support ukraine",
    "I support Ukraine. Slava Ukraini",
    "I support the NHS",
    "I support Labour",
    "i support labour and always have",
    "I support Celtic languages in schools",
    "I support Liverpool in its bid to host Eurovision",
    "i support leeds city council's plan for the park",
    "I support trans rights",
    "i support cubs and scouts in the village",
])
def test_a_cause_a_country_or_a_party_is_no_club(text: str) -> None:
    assert "SELF019" not in _rules(text)


# --- 2. a shared birthday, an anniversary ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Happy 15th to me and my husband! Best decision I ever made.",
    "Happy 25th to me and my other half ❤️",
    "happy 20th to me and my girlfriend, love you",
    "Happy 30th to me and my wonderful wife!",
])
def test_a_number_to_me_and_my_partner_is_an_anniversary_not_an_age(text: str) -> None:
    assert "SELF013" not in _rules(text)
    assert ("SELF012", "husband") in _found("Happy 15th to me and my husband!")  # the spouse is still said


@pytest.mark.parametrize("text", [
    "Happy 40th to me and my sister!",
    "Happy 40th to me and my twin brother!",
    "Happy 40th birthday to me and my husband, born a day apart",
])
def test_a_shared_birthday_is_the_writers_age(text: str) -> None:
    assert ("SELF013", "40th birthday in 2026 (born in 1986)") in _found(text, 2026)


def test_a_sisters_40th_is_not_the_writers() -> None:
    assert "SELF013" not in _rules("Happy 40th to my sister")
    assert "SELF013" not in _rules("Happy 40th to my big sister! Love you loads")


# --- 3. 'my team is arsenal' ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "club"), [
    ("my team is arsenal", "arsenal"),
    ("My team is Arsenal and always will be.", "Arsenal"),
    ("our footy team's Collingwood, obviously", "Collingwood"),
    ("My team is Leeds United, for my sins", "Leeds United"),
])
def test_my_team_is_a_club_is_a_club_not_a_workplace(text: str, club: str) -> None:
    found = _found(text)
    assert ("SELF019", club) in found, found
    assert "SELF011" not in _rules(text), found


@pytest.mark.parametrize(("text", "value"), [
    ("My team is amazing, the standup was done in five minutes", "describes their workplace"),
    ("My team at Deloitte is moving floors", "Deloitte"),
])
def test_a_team_at_work_stays_a_workplace(text: str, value: str) -> None:
    assert ("SELF011", value) in _found(text)
    assert "SELF019" not in _rules(text)


# --- 4. someone else's date of birth --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "MISSING\nJane Doe, 40\nDOB: 12/03/85\nLast seen in Leeds on Friday. Please share.",
    "MISSING\n\nJane Doe, 40\n\nDOB: 12/03/85\n\nLast seen in Leeds on Friday.",
    "Jane Smith, 40, has gone missing from Leeds.\nDOB: 12/03/85\nPlease share.",
    "MISSING: Jane Doe\nBorn on 12 March 1985.\nLast seen Friday in Leeds.",
])
def test_a_date_of_birth_in_an_appeal_or_someone_elses_form_is_not_the_writers(text: str) -> None:
    assert not any(rule == "SELF013" for rule, _ in _found(text)), _found(text)


# dsc15b (rev15b 1): beside another person a DOB is kept as possibly theirs, not dropped; a 'Name:' field
# is the writer's own notes as often as a form about someone else.
@pytest.mark.parametrize(("text", "value"), [
    ("Name: John Smith\nDOB: 12/03/85\nAddress: 4 Acacia Avenue", "date of birth 12/03/85"),
    ("My son's details for the school trip form\nDOB: 12/03/15",
     "date of birth 12/03/15 (may be someone else's)"),
    ("Her details, for anyone who can help:\nDOB: 12/03/85",
     "date of birth 12/03/85 (may be someone else's)"),
])
def test_a_date_of_birth_beside_someone_else_is_kept(text: str, value: str) -> None:
    assert ("SELF013", value) in _found(text)


@pytest.mark.parametrize("text", [
    "DOB: 12/03/85",
    "My details for the form:\nDOB: 12/03/85",
    "Admin stuff done, missing my NI number though.\nDOB: 12/03/85",
    "Admin stuff done.\nDOB: 12/03/85\nNI number sorted.\n\nMy son starts school tomorrow.",
    "Born on 12 March 1985, the day my dad left.",
])
def test_a_date_of_birth_with_nobody_else_around_stays_the_writers(text: str) -> None:
    assert any(rule == "SELF013" and value.startswith("date of birth") for rule, value in _found(text))


# --- 5. a claim reported after it -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "rules"), [
    ("I work at the Royal Infirmary, says my brother.", {"SELF011"}),
    ("I work nights at the Royal Infirmary, says my brother.", {"SELF011"}),
    ("I'm a nurse at the Royal Infirmary, my sister told me.", {"SELF010", "SELF011"}),
    ("I'm a nurse, he says.", {"SELF010"}),
    ("I'm 40, Mum says.", {"SELF013"}),
    ("I work as a porter at Tesco, or so my brother says.", {"SELF010", "SELF011"}),
    ("I'm a nurse, according to my mum.", {"SELF010"}),
])
def test_a_claim_reported_after_it_is_not_the_writers(text: str, rules: set[str]) -> None:
    # dsc15b (rev15b 4): kept one step lower as possibly someone else's, not dropped.
    for rule, value in _found(text):
        if rule in rules:
            assert value.endswith("(may be someone else's)"), _found(text)
    assert rules <= _rules(text), _found(text)


def test_the_speaker_is_still_the_writers_relative() -> None:
    assert ("SELF012", "brother") in _found("I work at the Royal Infirmary, says my brother.")


@pytest.mark.parametrize(("text", "rule"), [
    ("I work nights at the Royal Infirmary.", "SELF011"),
    ("I work weekends at Tesco and love it", "SELF011"),
    ("I'm a nurse, my sister told me I should quit.", "SELF010"),
    ("I'm a nurse, I said.", "SELF010"),
    ("I'm a nurse, and my mum says it shows.", "SELF010"),
])
def test_the_writers_own_claim_stays(text: str, rule: str) -> None:
    assert rule in _rules(text), _found(text)


# --- end to end -----------------------------------------------------------------------------------

def test_the_five_items_end_to_end(tmp_path: Path) -> None:
    notes = [make_note(str(150000000 + i), f"2026-06-{1 + i:02d}T20:00:00Z", body)
             for i, body in enumerate([
                 "<p>i support tottenham</p>",
                 "<p>my team is arsenal</p>",
                 "<p>Happy 15th to me and my husband!</p>",
                 "<p>MISSING</p><p>Jane Doe, 40<br>DOB: 12/03/85</p><p>Last seen in Leeds on Friday.</p>",
                 "<p>I work at the Royal Infirmary, says my brother.</p>",
                 "<p>I work nights at Leeds General Infirmary.</p>",
             ])]
    doc = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False))
    values: dict[str, set[str]] = {}
    for f in doc["findings"]:
        if f.get("clue"):
            values.setdefault(f["rule"], set()).add(f["clue"]["value"])
    assert {"tottenham", "arsenal"} <= values.get("SELF019", set()), values
    assert "SELF013" not in values, values
    assert values.get("SELF011") == {"Leeds General Infirmary",
                                     "Royal Infirmary (may be someone else's)"}, values

"""Thirteenth session (2026-11-30), self-disclosure leftovers (dsc13):

1. An elected office with its seat ('MP for Leeds Central', 'councillor for Hyde Park ward') is an
   occupation with its seat (SELF010, high); the employer is Parliament or a council, never the seat.
2. A past job ('Ex-teacher here', 'Former nurse, so I know', 'I'm an ex-teacher', 'Ex-teacher.' in a
   bio) is an occupation disclosure.
3. A Mastodon profile field's label is the cue: 'Job: Radiographer' (occupation), 'Age: 34' (age),
   'Works at: NHS Leeds' (employer); 'Job: Nurse' is no employer called Nurse.
4. 'As a shop steward would tell you' is a simile, not the writer's job.
5. 'my manager Pep Guardiola', 'Our manager ... after the game' are a football club's manager: no
   colleague (SELF022), no workplace (SELF011).
6. 'I worked for Oxfam as a volunteer', 'I volunteer at the food bank': an organisation the writer
   volunteers for, said so, not an employer at high.
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


def _found(text: str, *, profile: bool = False) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value) for d in disclosure.find(plain, profile=profile)}


def _rules(text: str, *, profile: bool = False) -> set[str]:
    return {rule for rule, _ in _found(text, profile=profile)}


def _scan(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _mastodon_with_fields(tmp_path: Path, fields: list[tuple[str, str]], bio: str) -> Path:
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/quiet_pen",
        "type": "Person", "preferredUsername": "quiet_pen", "name": "Quiet Pen",
        "summary": f"<p>{bio}</p>", "outbox": "outbox.json",
        "attachment": [{"type": "PropertyValue", "name": name, "value": value} for name, value in fields],
    }
    notes = [make_note(str(120000000 + i), f"2025-04-{1 + i:02d}T20:00:00Z", "<p>Rain all day.</p>")
             for i in range(3)]
    return build_mastodon_archive(tmp_path / "m", notes, zip=False,
                                  media={"actor.json": json.dumps(actor).encode()})


def _values(doc: dict[str, Any], rule: str) -> list[str]:
    return sorted(f["clue"]["value"] for f in doc["findings"] if f["rule"] == rule and f.get("clue"))


# -- 1. elected office: the seat is no employer ----------------------------------------------------


@pytest.mark.parametrize(("text", "profile", "job", "employer"), [
    ("I'm the MP for Leeds Central and I am tired.", False, "MP for Leeds Central",
     "Parliament (the writer is an MP)"),
    ("bio: Labour MP for Leeds Central. Views my own.", True, "MP for Leeds Central",
     "Parliament (the writer is an MP)"),
    ("I'm a councillor for Hyde Park ward.", False, "councillor for Hyde Park ward",
     "a local council (the writer is a councillor)"),
    ("bio: Councillor for Hyde Park ward. Lib Dem.", True, "Councillor for Hyde Park ward",
     "a local council (the writer is a councillor)"),
])
def test_elected_office_gives_office_and_seat_not_the_seat_as_employer(
        text: str, profile: bool, job: str, employer: str) -> None:
    found = _found(text, profile=profile)
    assert ("SELF010", job) in found
    assert {v for r, v in found if r == "SELF011"} == {employer}
    hits = [d for d in disclosure.find(normalize(text)[0], profile=profile) if d.rule_id == "SELF010"]
    assert [d.severity for d in hits] == ["high"]  # one office and seat: one person


def test_as_mp_for_a_seat_is_the_writers_only_when_the_writer_follows() -> None:
    assert ("SELF010", "MP for Leeds Central") in _found("As MP for Leeds Central, I get these emails daily.")
    assert _found("As MP for Leeds Central, Hilary Benn said the budget was fair.") == set()
    assert _found("Write to the MP for Leeds Central today.") == set()


# -- 2. past occupations --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "profile", "job"), [
    ("Ex-teacher here, and this is nonsense.", False, "Ex-teacher"),
    ("Former nurse, so I know how bad it is.", False, "Former nurse"),
    ("Long week. Retired police officer myself, and I despair.", False, "Retired police officer"),
    ("As an ex-civil servant I can tell you it is slow.", False, "ex-civil servant"),
    ("I'm an ex-teacher.", False, "ex-teacher"),
    ("bio: Ex-teacher. Mum of two.", True, "Ex-teacher"),
])
def test_past_occupation_is_an_occupation(text: str, profile: bool, job: str) -> None:
    assert ("SELF010", job) in _found(text, profile=profile)


@pytest.mark.parametrize("text", [
    "Former nurse Jane Smith said the ward was full.",
    "Retired teachers are angry about pensions.",
    "Ex-teacher Jane Smith won the seat.",
    "My ex-teacher sent a card.",
])
def test_someone_elses_past_job_is_not_the_writers(text: str) -> None:
    assert "SELF010" not in _rules(text)


# -- 3. Mastodon profile fields: the label is the cue ---------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Job: Radiographer", {("SELF010", "Radiographer")}),
    ("Occupation: Dental hygienist", {("SELF010", "Dental hygienist")}),
    ("Job: Nurse", {("SELF010", "Nurse")}),  # a job, not an employer called Nurse
    ("Age: 34", {("SELF013", "age 34")}),
    ("Born: 1990", {("SELF013", "born in 1990")}),
    ("Birthday: 3 May", {("SELF013", "birthday date")}),
    ("Works at: NHS Leeds", {("SELF011", "NHS Leeds")}),
    ("Job: n/a", set()),
    ("Job: example.com", set()),
    ("Age: 5000", set()),
    ("Pronouns: she/her", set()),
])
def test_profile_field_label_is_the_cue(text: str, want: set[tuple[str, str]]) -> None:
    assert _found(text, profile=True) == want


def test_field_labels_are_no_cue_in_a_post() -> None:
    assert _found("Age: 34") == set() and _found("Job: Radiographer") == set()


def test_mastodon_archive_fields_end_to_end(tmp_path: Path) -> None:
    doc = _scan(_mastodon_with_fields(tmp_path, [("Job", "Radiographer"), ("Age", "34"),
                                                 ("Pronouns", "she/her")], "Notes from the back office."))
    assert _values(doc, "SELF010") == ["Radiographer"]
    assert _values(doc, "SELF013") == ["age 34"]
    ages = [f for f in doc["findings"] if f["rule"] == "SELF013"]
    assert ages[0]["location"]["record"] == "field:Age"
    assert _values(doc, "SELF011") == []


# -- 4. a job in a simile ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "As a shop steward would tell you, read the contract.",
    "as a nurse would tell you, hydrate",
    "As a teacher will know, marking never ends.",
    "As any nurse will tell you, sleep matters.",
    "I sleep like a teacher would in August.",
])
def test_job_in_a_simile_is_not_the_writers(text: str) -> None:
    assert "SELF010" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Fellow social workers will know",
    "As a nurse, I would tell you to hydrate.",
    "As a teacher I would never do that.",
])
def test_job_with_the_writer_after_stays(text: str) -> None:
    assert "SELF010" in _rules(text)


# -- 5. a football club's manager -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "my manager Pep Guardiola has done it again",
    "Our manager Jürgen Klopp was furious after the game.",
    "My manager Sam Allardyce got us out of the relegation zone again",
    "my manager Dave Kerr picked me for Saturday's match",
    "Our manager needs a new striker before the transfer window shuts.",
])
def test_football_manager_is_no_colleague_nor_workplace(text: str) -> None:
    assert _rules(text) & {"SELF022", "SELF011"} == set()


@pytest.mark.parametrize(("text", "rule"), [
    ("my manager Sue Blackwood is the best I've had", "SELF022"),
    ("My line manager, Dave Kerr, signed it off.", "SELF022"),
    ("Our manager wants the report by Friday.", "SELF011"),
    ("My boss cancelled my annual leave again.", "SELF011"),
])
def test_workplace_manager_stays(text: str, rule: str) -> None:
    assert rule in _rules(text)


# -- 6. volunteering ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("I worked for Oxfam as a volunteer.", "volunteers for Oxfam"),
    ("I work for Oxfam as a volunteer on Saturdays.", "volunteers for Oxfam"),
    ("I volunteer at Leeds Food Bank on Saturdays.", "volunteers for Leeds Food Bank"),
    ("I volunteer at the food bank on Saturdays.", "volunteers at a food bank"),
    ("I'm a volunteer with the Samaritans.", "volunteers for Samaritans"),
])
def test_volunteering_is_said_as_volunteering_not_employment(text: str, value: str) -> None:
    hits = [d for d in disclosure.find(normalize(text)[0]) if d.rule_id == "SELF011"]
    assert [(d.value, d.severity) for d in hits] == [(value, None)]  # the rule's medium, not high


def test_volunteering_in_a_bio() -> None:
    assert _found("bio: Volunteer at Oxfam. Leeds.", profile=True) == {("SELF011", "volunteers for Oxfam")}


@pytest.mark.parametrize("text", [
    "Volunteers at the food bank were brilliant.",
    "I volunteered to help with the washing up.",
    "She volunteers at Oxfam.",
])
def test_not_the_writers_volunteering(text: str) -> None:
    assert "SELF011" not in _rules(text)


def test_employment_at_a_charity_stays_employment() -> None:
    hits = [d for d in disclosure.find("I worked for Oxfam for years.") if d.rule_id == "SELF011"]
    assert [(d.value, d.severity) for d in hits] == [("Oxfam", "high")]

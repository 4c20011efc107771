"""False positives of the tenth session's new disclosure patterns (review rev10b, items 1 and 2).

Item 1: "find me at/in <workplace>" (SELF011) took patients, visitors, claimants, customers,
protesters and clubbers for employees ("You'll find me in the hospital until Friday after my knee
op"). Now it needs a cue that the writer is there to work ("most weekdays", "on shift", "9 to 5")
and no cue that they are there for something else, and it is medium, not high. Item 2: "our
<Capitalised word> starts at <School>" (SELF012 "child: ...", high) took plurals, Title Case
headings, titles, relatives and pets for a child. Each sentence is checked as its own draft, written
the way the review made them (one line and a newline), or read from a WordPress export.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_wxr
from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize


def _check(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["check", *args], env={"NO_COLOR": "1"}, catch_exceptions=False)


def _findings(folder: Path, line: str) -> list[dict]:  # type: ignore[type-arg]
    draft = folder / "draft.md"
    draft.write_text(line + "\n", encoding="utf-8")  # printf '%s\n' LINE > draft.md
    result = _check(str(draft), "--fail-on", "medium", "-f", "json", "--no-redact")
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)["findings"]


def _found(text: str) -> set[tuple[str, str, str]]:
    plain, _ = normalize(text)
    fast = {(d.rule_id, d.value, d.severity or "") for d in disclosure.find(plain)}
    assert fast == {(d.rule_id, d.value, d.severity or "") for d in disclosure.find(plain, anchored=False)}
    return fast


# Review rev10b item 1: a place where the writer is a patient, visitor, claimant, customer or guest.
NOT_AN_EMPLOYER = [
    "You'll find me in the hospital until Friday after my knee op.",
    "This week you'll find me at Leeds General Infirmary most days while Mum recovers.",
    "Find me at the Jobcentre every other Tuesday, signing on.",
    "You'll find me at the Tesco branch on Saturday mornings doing the big shop.",
    "You can find me at the Home Office protest every Saturday.",
    "Find me at the branch meeting on Tuesday if you want to join the union.",
    "Find me at the council offices on Thursday, objecting to the planning application.",
    "You'll find me at the sorting office most Saturdays collecting parcels I missed.",
    "Find me at the police station tomorrow reporting the break-in.",
    "If you need me, you'll find me in the office.",
    "You'll find me at the Warehouse Project most weekends in November.",
    "You'll find me in the Ministry of Sound most Saturdays.",
    "Find me at the Depot in Cardiff for the street food market.",
    "Find me at the Factory on Friday for the gig.",
    "Find me at the Hospital Club most Thursdays.",
    # The same with a weekday, which alone would read as working hours.
    "You'll find me at the hospital most weekdays while Mum recovers.",
    "Find me at the Jobcentre most weekdays, signing on.",
    "You can find me at the Home Office protest every weekday.",
    "You'll find me in the Ministry of Sound most weekdays.",
    "Find me at the council offices most weekdays, objecting to the planning application.",
    "Find me at the hospital most weekdays for my chemo.",
    # The review's repro file: what one works on, not the street one works in.
    "I work on Google Drive, which is mostly meetings.",
    "I worked on Coronation Street for a season as a runner.",
    "I work on The Drive, my new novel, every evening.",
]


@pytest.mark.parametrize("line", NOT_AN_EMPLOYER)
def test_a_visitor_customer_or_guest_is_not_reported_as_an_employee(tmp_path: Path, line: str) -> None:
    found = _findings(tmp_path, line)
    assert not [f for f in found if f["rule"] == "SELF011"], found


def test_the_routine_of_a_visitor_is_still_a_routine(tmp_path: Path) -> None:
    """SELF016 was right where it fired: a place and a time is where someone can wait."""
    line = "You'll find me at the sorting office most Saturdays collecting parcels I missed."
    found = _findings(tmp_path, line)
    assert {f["rule"] for f in found} == {"SELF016"}


@pytest.mark.parametrize(("line", "value"), [
    ("Find me at the Calderdale council offices on Horton Street most weekdays.",
     "Calderdale council offices"),
    ("Find me at the council offices on Horton Street most weekdays.", "works at the council offices"),
    ("You will find me at Calderdale Council most weekdays.", "Calderdale Council"),
    ("You'll find me on the wards at Leeds General Infirmary most weekdays.", "Leeds General Infirmary"),
    ("You'll find me at the depot on shift most nights.", "works at the depot"),
    ("Find me on reception at the council offices, Monday to Friday.", "works at the council offices"),
    ("You can usually find me at the depot 9 to 5.", "works at the depot"),
    ("I can usually be found in the office during working hours.", "works at the office"),
    ("Find me behind the counter at the Tesco branch on Market Street most weekdays.", "Tesco branch"),
])
def test_where_to_find_the_writer_at_work_is_medium(tmp_path: Path, line: str, value: str) -> None:
    found = _findings(tmp_path, line)
    employer = [(f["clue"]["value"], f["severity"]) for f in found if f["rule"] == "SELF011"]
    assert employer == [(value, "medium")], found


# Review rev10b item 2: a capitalised word after "our" that is not a child's name.
NOT_A_CHILD = [
    "Our Volunteers Went To St Mary's Primary School Last Week",
    "Our Netballers went to Oakwood High School and won the cup.",
    "Our Seniors went to Leeds Grammar School for the county final.",
    "Our Interns went to Riverside Academy to give a careers talk.",
    "Our Headmaster has gone to Eton College School for an inspection.",
    "Our Bella starts at Happy Paws Puppy School on Saturday.",
    "Our Luna has started at Waggy Tails Doggy Nursery.",
    "Our Staff went to Oakwood High School for a training day.",
    "Our Rex started at Bark Busters Dog Training School.",
    "Our Father, we thank you for this day.",
    "In my Father's house are many mansions.",
]


@pytest.mark.parametrize("line", NOT_A_CHILD)
def test_a_plural_title_heading_or_pet_is_not_a_child(tmp_path: Path, line: str) -> None:
    found = _findings(tmp_path, line)
    assert not [f for f in found if f["rule"] == "SELF012"], found


def test_our_dad_is_family_again_not_a_child(tmp_path: Path) -> None:
    found = _findings(tmp_path, "Our Dad has started at Riverside Primary School as a lollipop man.")
    assert [(f["clue"]["value"], f["severity"]) for f in found if f["rule"] == "SELF012"] == [("dad", "low")]


@pytest.mark.parametrize(("text", "school"), [
    ("Our Sophie's at Riverside Dance School every Saturday.", "Riverside Dance School"),
    ("Our James starts at Calder High School in September.", "Calder High School"),
    ("Our Lewis goes to Riverside Primary.", "Riverside Primary"),
    ("Our Rhys has started at Ysgol Gymraeg Primary.", "Ysgol Gymraeg Primary"),
    ("Our Marcus started at Oakwood Academy.", "Oakwood Academy"),
    ("Our Ellie started at Moorside Riding School.", "Moorside Riding School"),
])
def test_a_name_ending_in_s_and_a_childs_class_still_count(text: str, school: str) -> None:
    assert ("SELF012", f"child: {school}", "high") in _found(text)


def test_a_wordpress_post_keeps_the_child_and_drops_the_team(tmp_path: Path) -> None:
    """A club's post, as WordPress exports it (WXR 1.2): the team is not a child, Ellie is."""
    wxr = build_wxr(tmp_path / "club.WordPress.2026-11-29.xml", [{
        "post_id": "7", "title": "Our Volunteers Went To St Mary's Primary School Last Week",
        "content": ("<p>Our Netballers went to Oakwood High School and won the cup.</p>"
                    "<p>You'll find me at the Warehouse Project most weekends in November.</p>"
                    "<p>Our Ellie starts at Riverside Junior School in September.</p>"),
        "post_date": "2026-11-20 09:12:00", "post_date_gmt": "2026-11-20 09:12:00",
    }])
    out = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(wxr), "-f", "json", "--no-redact"],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**os.environ, "NO_COLOR": "1"})
    assert out.returncode in (0, 1), out.stderr
    found = json.loads(out.stdout)["findings"]
    assert [(f["clue"]["value"], f["severity"]) for f in found if f["rule"] == "SELF012"] == [
        ("child: Riverside Junior School", "high")]
    assert not [f for f in found if f["rule"] == "SELF011"]

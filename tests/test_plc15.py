"""Places, fifteenth session (plc15): where the writer lives, said with a street; a template's
placeholder e-mail beside a real address; a trip's country.

1. Walkthrough walk15 item 4: "I live in Leeds." was PLACE002 high, but "I live just off Chapeltown
   Road in Leeds." only PLACE001 low, and "I live off / near / round the corner from <street>",
   "we're on <street>", "our flat is just off <street>" gave nothing (only "I live on" was PLACE008).
2. Red team red15 F3: "14 Kirkby Road, Leeds LS6 2AB · email: your.name@example.com" (a CV filled in
   before its e-mail) gave nothing: the whole line was dropped as a template's example.
3. Red team red15 F8: "I was in England for two weeks ... Back home in Portland now" made Portland,
   England the writer's home: a trip's country settled which Portland.

Every input is a real file run through the CLI (a Markdown draft, a .txt CV, a python-docx CV).
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


def _check(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--fail-on", "info"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _draft(tmp_path: Path, text: str, name: str = "draft.md") -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(f"---\ntitle: Notes\n---\n{text}\n", encoding="utf-8")
    return _check(path)


def _values(report: dict[str, Any], rule_id: str) -> set[str]:
    return {f["clue"]["value"].lower() for f in report["findings"] if f["rule"] == rule_id and f.get("clue")}


def _messages(report: dict[str, Any], rule_id: str) -> str:
    return " ".join(f["message"] for f in report["findings"] if f["rule"] == rule_id)


def _places(text: str) -> list[Any]:
    post = Post(id="1", timestamp=None, text=text, origin=Origin("notes.md", "1"))
    return detector.scan_texts(list(post_texts([post])))


# -- 1. a home street ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I live off Chapeltown Road.",
    "I live near Chapeltown Road.",
    "I live just off Chapeltown Road, so the buses are handy.",
    "I live round the corner from Chapeltown Road.",
    "Our flat is just off Chapeltown Road.",
    "Our flat on Chapeltown Road has damp again.",
    "We moved house in May, we're on Chapeltown Road now.",
])
def test_a_home_street_off_near_or_round_the_corner_is_a_home_street(tmp_path: Path, sentence: str) -> None:
    report = _draft(tmp_path, sentence)
    assert _values(report, "PLACE008") == {"chapeltown road"}
    assert "home street" in _messages(report, "PLACE008")


def test_the_town_after_a_home_street_is_the_writers_home(tmp_path: Path) -> None:
    """It says more than "I live in Leeds.", so it gives at least as much: PLACE002 and the street."""
    report = _draft(tmp_path, "I live just off Chapeltown Road in Leeds.")
    assert "Leeds (England, GB)" in _messages(report, "PLACE002")
    assert [f["severity"] for f in report["findings"] if f["rule"] == "PLACE002"] == ["high"]
    assert _values(report, "PLACE008") == {"chapeltown road"}


def test_a_town_after_a_comma_and_a_home_street_is_the_writers_home(tmp_path: Path) -> None:
    report = _draft(tmp_path, "We live on Pendle Road, Burnley, and the bins were missed again.")
    assert "Burnley (England, GB)" in _messages(report, "PLACE002")


@pytest.mark.parametrize("sentence", ["i live just off chapeltown road in leeds",
                                      "I LIVE JUST OFF CHAPELTOWN ROAD IN LEEDS"])
def test_a_home_street_in_lower_case_or_capitals(tmp_path: Path, sentence: str) -> None:
    report = _draft(tmp_path, sentence)
    assert _values(report, "PLACE008") == {"chapeltown road"}
    assert "Leeds" in _messages(report, "PLACE002")


def test_someone_elses_quoted_home_street_is_not_the_writers(tmp_path: Path) -> None:
    report = _draft(tmp_path, 'My gran always wrote "we live on Pendle Road" at the top of her letters.')
    assert not _values(report, "PLACE008")


@pytest.mark.parametrize("sentence", [
    "I live for Sundays.",
    "I live near the sea.",
    "There was a crash on Chapeltown Road in Leeds.",
    "I used to live off Roundhay Road in Leeds.",  # as "I used to live in Leeds": no home said
    "She lives just off Chapeltown Road in Leeds.",
    "I live on a busy road.",
    "We're on Oxford Street shopping all day.",
    "We're on Chapeltown Road.",  # plc15b: where the writer is, not a home (rev15d item 1)
    "I live off campus way too far from the lab.",
    "We are on Easy Street now.",
])
def test_guard_no_home_street_or_home_town(tmp_path: Path, sentence: str) -> None:
    report = _draft(tmp_path, sentence)
    assert not _values(report, "PLACE008")
    assert not [f for f in report["findings"] if f["rule"] == "PLACE002"]


def test_guard_a_past_home_street_counts_as_a_past_home_town_does(tmp_path: Path) -> None:
    """"I lived in Leeds" is PLACE002 today; "I lived on Roundhay Road" stays PLACE008."""
    assert _values(_draft(tmp_path, "I lived on Roundhay Road for years."), "PLACE008") == {"roundhay road"}
    assert "Leeds" in _messages(_draft(tmp_path, "I lived in Leeds for years."), "PLACE002")


# -- 2. a template's placeholder e-mail beside a real address --------------------------------------

CV_UK = ("Jane Marwood\n14 Kirkby Road, Leeds LS6 2AB · email: your.name@example.com\n\nExperience\n"
         "Nurse, St James's University Hospital, 2015-2024\n")
CV_US = ("Dana Whitfield\n2210 Larkspur Lane, Boise, ID 83702 | (208) 555-0143\n\nExperience\n"
         "Teacher, Boise High School\n")


def test_a_cvs_real_address_beside_a_placeholder_email_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cv_uk.txt").write_text(CV_UK, encoding="utf-8")
    report = _check(tmp_path / "cv_uk.txt")
    assert _values(report, "PLACE004") == {"ls6 2ab"}
    assert _values(report, "PLACE008") == {"14 kirkby road"}
    assert "Leeds" in _messages(report, "PLACE001")


def test_a_cvs_real_address_beside_a_fictional_phone_number_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cv_us.txt").write_text(CV_US, encoding="utf-8")
    report = _check(tmp_path / "cv_us.txt")
    assert _values(report, "PLACE006") == {"id 83702"}
    assert _values(report, "PLACE008") == {"2210 larkspur lane"}


def test_a_word_cv_filled_in_before_its_email_gives_its_address(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ["Jane Marwood", "14 Kirkby Road, Leeds LS6 2AB | your.name@example.com | (0113) 496 0000",
                 "Experience", "Staff nurse, Leeds Teaching Hospitals"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "cv.docx"))
    report = _check(tmp_path / "cv.docx")
    assert _values(report, "PLACE004") == {"ls6 2ab"}
    assert _values(report, "PLACE008") == {"14 kirkby road"}


def test_a_real_email_beside_an_example_one_makes_no_template(tmp_path: Path) -> None:
    report = _draft(tmp_path, "Write to 123 Main Street, Springfield, IL 62701, jane.marwood@gmail.com "
                              "(the form's test address is a@example.com).")
    assert _values(report, "PLACE006") == {"il 62701"}


def test_guard_a_template_of_placeholders_only_still_gives_nothing(tmp_path: Path) -> None:
    report = _draft(tmp_path, "Your Name\n123 Any Street\nAnytown, ST 12345\nyour.name@example.com\n\n"
                              "Objective\nA post in a busy ward.")
    assert not [f for f in report["findings"] if f["rule"].startswith("PLACE")]


def test_guard_springfields_example_zip_still_gives_nothing(tmp_path: Path) -> None:
    report = _draft(tmp_path, "Example: John Doe, 123 Main Street, Springfield, IL 62701, (555) 555-0123, "
                              "john.doe@example.com")
    assert not [f for f in report["findings"] if f["rule"].startswith("PLACE")]


@settings(max_examples=40, deadline=None)
@given(number=st.integers(min_value=2, max_value=9998).filter(lambda n: n not in (12, 99, 123, 999, 1234)),
       name=st.sampled_from(["Kirkby", "Larkspur", "Osborne", "Pendle", "Harrow", "Main", "Elm", "High"]),
       kind=st.sampled_from(["Road", "Lane", "Street", "Avenue"]),
       email=st.sampled_from(["your.name@example.com", "name@example.org", "me@test.invalid"]))
def test_a_numbered_street_beside_an_example_email_is_always_kept(number: int, name: str, kind: str,
                                                                  email: str) -> None:
    found = _places(f"{number} {name} {kind}, Leeds LS6 2AB · {email}")
    assert {f.clue.value.lower() for f in found if f.rule == "PLACE008" and f.clue} == {
        f"{number} {name} {kind}".lower()}


# -- 3. a trip's country ---------------------------------------------------------------------------

def test_a_trips_country_does_not_say_where_the_writers_home_is(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("I was in England for two weeks and loved it. Back home in Portland now, "
                                    "and it is raining as usual.\n", encoding="utf-8")
    message = _messages(_check(tmp_path / "a.txt"), "PLACE002")
    assert "Portland" in message and "(England, GB)" not in message
    assert "Oregon (US)" in message  # the namesakes are left open, as before the country weighed in


@pytest.mark.parametrize("trip", ["We spent a fortnight in England last year.",
                                  "Just back from a week in England.",
                                  "Loved our holiday in England.",
                                  "We were in England on holiday."])
def test_other_trips_state_no_country(tmp_path: Path, trip: str) -> None:
    report = _draft(tmp_path, f"{trip} Back home in Portland now.")
    assert "(England, GB)" not in _messages(report, "PLACE002")


def test_guard_living_in_a_country_still_settles_the_town(tmp_path: Path) -> None:
    report = _draft(tmp_path, "Living in England since 2010. Back home in Portland now, after a week away.")
    assert "Portland (England, GB)" in _messages(report, "PLACE002")

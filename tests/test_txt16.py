"""Sixteenth session (2026-11-30), txt16: self-disclosure and place leftovers a user meets.

1. A child's date of birth ('DOB: 12/03/2019' on a 2025 post, 'Meet Sam! Born on 4 May 2018.') was the
   writer's, SELF013 high. A date of birth that makes its owner under 16 on the post's date (today's, for an
   undated text) is now kept one step lower, low confidence, "(may be someone else's)"; never dropped.
2. "we live on Pendle Road, handy for the tour buses" and "I live on Mill Lane till June" gave no home
   street: a stay word anywhere in the sentence and 'till June' vetoed them. Said with a present 'live',
   only a stay before it, the writer's own stay after it ('in a hotel', 'on holiday') or a stay of days
   vetoes; every trip note of rev15d stays silent.
3. 'I support Wolves.' was silent (an animal's name needed a sport word) and 'I support Leeds as a City of
   Sanctuary' was the club 'City'; a capitalised nickname alone is a club, a civic cause is no club.
4. Evaluation post t597 "I'm on Bluesky as janedoe now" gave no SELF020.

Inputs are real Hugo posts (front matter with a date) run through the CLI, and the detectors' own finders.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.detectors import places as place_detector
from nymaudit.model import Origin, Post
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize, post_texts

DOUBT = " (may be someone else's)"
EVAL = Path(__file__).parent / "benchmarks" / "data" / "text_eval.jsonl"


def _hugo(root: Path, bodies: list[str], year: int = 2025) -> list[Path]:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    paths = []
    for i, body in enumerate(bodies):
        path = posts / f"note-{i:02d}.md"
        path.write_text(f'---\ntitle: "Note {i + 1}"\ndate: {year}-03-{1 + i:02d}T19:00:00Z\n---\n{body}\n',
                        encoding="utf-8")
        paths.append(path)
    return paths


def _check(paths: list[Path]) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["check", *map(str, paths), "--format", "json", "--fail-on", "info",
                                   "--no-redact"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _note(tmp_path: Path, body: str, year: int = 2025) -> dict[str, Any]:
    return _check(_hugo(tmp_path, [body], year))


def _rules(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _values(report: dict[str, Any], rule_id: str) -> set[str]:
    return {f["clue"]["value"].lower() for f in _rules(report, rule_id) if f.get("clue")}


def _messages(report: dict[str, Any], rule_id: str) -> str:
    return " ".join(f["message"] for f in _rules(report, rule_id))


def _found(text: str, year: int | None = None) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value) for d in disclosure.find(plain, year)}


def _dobs(text: str, year: int | None) -> list[tuple[str, str | None, str | None]]:
    plain, _ = normalize(text)
    return [(d.value, d.severity, d.confidence) for d in disclosure.find(plain, year)
            if d.rule_id == "SELF013" and d.value.startswith("date of birth")]


# --- 1. a child's date of birth ---------------------------------------------------------------------------

def test_a_childs_dob_on_a_dated_post_is_kept_as_maybe_someone_elses(tmp_path: Path) -> None:
    """HEAD: SELF013 high "date of birth 12/03/2019", as if the writer were six."""
    report = _note(tmp_path, "First day at school today!\n\nDOB: 12/03/2019\nClass: Reception", 2025)
    found = _rules(report, "SELF013")
    assert [(f["severity"], f["confidence"]) for f in found] == [("medium", "low")], found
    assert f"date of birth 12/03/2019{DOUBT}" in found[0]["message"]


@pytest.mark.parametrize(("text", "year", "date"), [
    ("DOB: 12/03/2019", 2025, "12/03/2019"),
    ("Meet Sam! Born on 4 May 2018.", 2025, "4 May 2018"),
    ("Date of birth: 2020-06-01", 2025, "2020-06-01"),
    ("DOB: 12/03/2010", 2025, "12/03/2010"),  # 14 or 15 on the post's date: certainly under 16
    ("DOB: 12/03/2026", 2025, "12/03/2026"),  # a birth still to come
    ("DOB: 12/03/2015", None, "12/03/2015"),  # undated: under 16 even today, so under 16 when written
])
def test_a_dob_under_sixteen_may_be_someone_elses(text: str, year: int | None, date: str) -> None:
    assert _dobs(text, year) == [(f"date of birth {date}{DOUBT}", "medium", "low")]


@pytest.mark.parametrize(("text", "year", "date"), [
    ("DOB: 12/03/1985", 2025, "12/03/1985"),
    ("DOB: 12/03/2009", 2025, "12/03/2009"),  # 15 or 16: not certainly a child
    ("I was born on 4 May 1990.", 2025, "4 May 1990"),
    ("DOB: 12/03/19", 2025, "12/03/19"),  # no century: no age
    ("I was born on 4 May 2018", 2025, "4 May 2018"),  # first person: the writer's at any age (dsc16c)
    ("My date of birth is 01/02/2012.", 2025, "01/02/2012"),
])
def test_guard_a_writers_own_dob_stays_high(text: str, year: int | None, date: str) -> None:
    assert _dobs(text, year) == [(f"date of birth {date}", "high", None)]


# --- 2. a home street said with 'live' and a stay word about the street -----------------------------------

HOMES = [
    ("We live on Pendle Road, handy for the tour buses.", "pendle road", None),
    ("We live on Pendle Road in Burnley, handy for the tour buses.", "pendle road", "Burnley"),
    ("I live on Mill Lane till June.", "mill lane", None),
    ("I live on Mill Lane in Burnley till June, then Leeds.", "mill lane", "Burnley"),
    ("We live just off Chapeltown Road in Leeds, near all the hotels.", "chapeltown road", "Leeds"),
]


@pytest.mark.parametrize("case", ["as written", "lower", "upper"])
@pytest.mark.parametrize(("note", "street", "town"), HOMES)
def test_a_home_said_with_live_is_no_stay(tmp_path: Path, note: str, street: str, town: str | None,
                                          case: str) -> None:
    change = {"as written": str, "lower": str.lower, "upper": str.upper}[case]
    report = _note(tmp_path, change(note))
    assert _values(report, "PLACE008") == {street}, _messages(report, "PLACE008")
    if town is not None:
        assert town in _messages(report, "PLACE002")


# rev15d's trip notes (tests/test_plc15b.py) and stays said with 'live'.
TRIPS = [
    "We're on Abbey Road in London! Did the zebra crossing photo, obviously.",
    "Hen do weekend: we're on Bourbon Street in New Orleans.",
    "Our place on Fifth Avenue was a tiny hotel room but loved it.",
    "I lived on Penny Lane in Liverpool for a week on an Airbnb, so touristy.",
    "Rehearsal went well. We're on Shaftesbury Avenue in London till June!",
    "We're on Bourbon Street in New Orleans for a week.",
    "We're living on Sunset Boulevard in Los Angeles till Sunday!",
    "Tour day 3, we live on Sunset Boulevard in Los Angeles.",
    "We live on Bourbon Street in New Orleans on holiday this week.",
    "I live on Penny Lane in Liverpool for a week on an Airbnb.",
    "We live on Bourbon Street in New Orleans for the hen do!",
    "I live on Bourbon Street in a hotel this week lol",
]


@pytest.mark.parametrize("note", TRIPS)
def test_guard_a_stay_is_still_no_home(tmp_path: Path, note: str) -> None:
    report = _note(tmp_path, note)
    assert not _rules(report, "PLACE008"), _messages(report, "PLACE008")
    assert not [f for f in _rules(report, "PLACE002") if f["severity"] == "high"]


def _places(text: str) -> set[str]:
    post = Post(id="1", timestamp=None, text=text, origin=Origin("notes.md", "1"))
    return {f.rule for f in place_detector.scan_texts(list(post_texts([post])))}


@settings(max_examples=60, deadline=None)
@given(street=st.sampled_from(["Pendle Road", "Mill Lane", "Roundhay Road", "Rose Street"]),
       town=st.sampled_from(["", " in Burnley", " in Leeds", ", Burnley"]),
       ending=st.sampled_from([" till June.", " until Christmas!", ", handy for the tour buses.",
                               ", right by the hotels.", ", touristy but fine.", "."]))
def test_a_firm_live_with_any_month_or_street_stay_word_is_a_home(street: str, town: str,
                                                                  ending: str) -> None:
    assert "PLACE008" in _places(f"We live on {street}{town}{ending}")


@settings(max_examples=60, deadline=None)
@given(opening=st.sampled_from(["Hen do weekend: we live on", "Tour day 2, we live on",
                                "On holiday, we live on", "We're on", "Our hotel room is on"]),
       street=st.sampled_from(["Bourbon Street", "Abbey Road", "Sunset Boulevard", "Penny Lane"]),
       town=st.sampled_from(["New Orleans", "London", "Los Angeles", "Liverpool"]),
       ending=st.sampled_from(["!", " for a week.", " till Sunday!", " tonight.", " this weekend.",
                               " in a hotel.", " on holiday."]))
def test_guard_a_stay_before_or_after_gives_no_home(opening: str, street: str, town: str,
                                                    ending: str) -> None:
    assert not _places(f"{opening} {street} in {town}{ending}") & {"PLACE002", "PLACE008"}


# --- 3. 'I support Wolves.', 'I support Leeds as a City of Sanctuary' --------------------------------------

@pytest.mark.parametrize(("text", "club"), [
    ("I support Wolves.", "Wolves"),
    ("I support Wolves, always have.", "Wolves"),
    ("We support Mayo!", "Mayo"),
    ("I support Hawthorn.", "Hawthorn"),
])
def test_a_capitalised_club_nickname_alone_is_a_club(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


def test_i_support_wolves_in_a_post_is_a_club(tmp_path: Path) -> None:
    report = _note(tmp_path, "I support Wolves. Off to Molineux on Saturday with my brother.")
    assert _values(report, "SELF019") == {"wolves"}


@pytest.mark.parametrize("text", [
    "I support Leeds as a City of Sanctuary.",
    "I support Leeds, a city of sanctuary.",
    "I support Leeds, the council's refugee campaign is brilliant.",
    "I support Leeds for City of Culture!",
    "I support Leeds and its campaign to welcome refugees.",
    "I support Leeds, the charity does great work.",
    "As a Christian, I support the food bank.",
])
def test_a_civic_cause_is_no_club(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF019"}


@pytest.mark.parametrize("text", [
    "i support wolves",
    "I support wolves.",
    "I SUPPORT WOLVES",
    "I support Wolves and the rewilding campaign.",
    "I support Kerry.",
    "I support Chelsea.",
    "I support Leeds as a city of sanctuary",
])
def test_guard_other_readings_stay_silent(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF019"}


@pytest.mark.parametrize(("text", "club"), [
    ("I support Leeds, always have.", "Leeds"),
    ("I support Leeds, my home city.", "Leeds"),
    ("As a Leeds fan I despair.", "Leeds"),
    ("Proud Evertonian, I support the blue half.", "Evertonian"),
    ("I support Wolves, what a game on Saturday.", "Wolves"),
])
def test_guard_a_fans_club_is_still_found(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


# --- 4. "I'm on Bluesky as janedoe now" -------------------------------------------------------------------

def test_evaluation_post_t597_is_found() -> None:
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    post = next(r for r in rows if r["id"] == "t597")
    assert post["rules"] == ["SELF020"]
    assert ("SELF020", "bluesky: janedoe") in _found(post["text"])


@pytest.mark.parametrize(("text", "value"), [
    ("I'm on Bluesky as janedoe now", "bluesky: janedoe"),
    ("i'm on bluesky as janedoe now", "bluesky: janedoe"),
    ("find me on Mastodon as quietclerk", "mastodon: quietclerk"),
    ("We're also on Instagram as thependlebakers.", "instagram: thependlebakers"),
])
def test_a_handle_after_as_is_a_handle(text: str, value: str) -> None:
    assert ("SELF020", value) in _found(text)


def test_a_handle_after_as_in_a_post(tmp_path: Path) -> None:
    report = _note(tmp_path, "Moving off the old site. I'm on Bluesky as janedoe now, come say hi.")
    assert _values(report, "SELF020") == {"bluesky: janedoe"}


@pytest.mark.parametrize("text", [
    "I'm on Twitter as well",
    "I'm on Facebook as usual, lurking",
    "I'm on Bluesky as Jane Doe now",
    "I'm on Insta as much as I can be",
    "I'm on Steam as myself",
    "Also I'm on bluesky as a lurker mostly",
])
def test_guard_a_word_after_as_is_no_handle(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF020"}

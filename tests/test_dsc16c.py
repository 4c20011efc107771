"""Sixteenth session (2026-11-30), dsc16c: review rev16b items 3, 4, 5 and 7 on today's text rules.

1. (rev16b 3) "We're living on Bourbon Street in New Orleans, our hotel has a balcony! Hen party is chaos" and
   "I live on Duval Street in Key West during the conference, the hotel is fine." were PLACE002 high and
   PLACE008 high: after a firm "live" only "in a hotel"-like phrases ending their phrase vetoed the home. The
   writer's hotel, Airbnb, hen or stag do, conference, festival or holiday anywhere in the street's clause, or
   opening the next clause or sentence, is a stay again; the street's own hotels ("near all the hotels") and
   someone else's ("my sister's hotel job") are not, and red16 F1's other clauses still keep the home.
2. (rev16b 4) "I was born on 3 June 2011 and I'm in Year 10." was "may be someone else's": the under-16 doubt
   is for the forms that name nobody ('DOB:' lines, 'Born on ...'), never for 'I was born' or 'my DOB is'.
3. (rev16b 5) "I'm on Discord as admin now" was SELF020 "discord: admin": a role is no handle.
4. (rev16b 7) A fan who mentions a food bank, a charity run or a petition lost the club; 'I support Mayo.
   Ketchup is for kids.' was a club. A civic cause vetoes only a club named after its town, and only
   without a fan's words; the other reading of a nickname is looked for in the next sentence and in a list.

Inputs: JSON Lines posts and Hugo posts run through the CLI (scan, check), and the finders themselves.
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
from nymaudit.text import disclosure
from nymaudit.text import places as P
from nymaudit.text.normalize import normalize

DOUBT = " (may be someone else's)"


def _jsonl(root: Path, texts: list[str]) -> Path:
    path = root / "posts.jsonl"
    rows = [{"timestamp": f"2025-06-{14 + i:02d}T23:10:00+01:00", "text": t} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _scan(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "--no-redact"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _hugo_check(root: Path, body: str, year: int = 2025) -> dict[str, Any]:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    path = posts / "note.md"
    path.write_text(f'---\ntitle: "Note"\ndate: {year}-03-01T19:00:00Z\n---\n{body}\n', encoding="utf-8")
    args = ["check", str(path), "--format", "json", "--fail-on", "info", "--no-redact"]
    out = CliRunner().invoke(app, args, env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _rules(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _home_streets(text: str) -> list[str]:
    plain, _ = normalize(text)
    return [s.value for s in P.spots(plain) if s.kind == "street_residence"]


def _found(text: str, year: int | None = None) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value) for d in disclosure.find(plain, year)}


# --- 1. the writer's stay around a home said with 'live' (rev16b item 3) ------------------------------------

HEN = ["We're living on Bourbon Street in New Orleans, our hotel has a balcony! Hen party is chaos",
       "I live on Duval Street in Key West during the conference, the hotel is fine."]


def test_rev16b_hen_party_and_conference_posts_give_no_home(tmp_path: Path) -> None:
    """HEAD: PLACE002 high 'lives in New Orleans' and 'Key West', PLACE008 high twice (rev16b's hen.jsonl)."""
    report = _scan(_jsonl(tmp_path, HEN))
    assert not _rules(report, "PLACE008"), _rules(report, "PLACE008")
    assert not [f for f in _rules(report, "PLACE002") if f["severity"] == "high"], _rules(report, "PLACE002")


STAYS = [
    "I'm living on Bourbon Street, the hotel bar is open all night.",
    "We're living on Bourbon Street, our hotel has a balcony!",
    "I'm living on Bourbon Street, the hen party is chaos.",
    "I live on Duval Street during the conference, hotel is fine.",
    "I'm living on Bourbon Street! Hen party is chaos",
    "I live on Bourbon Street. Hotel's fine, food is better.",
    "I live on Harehills Lane in Leeds, and our hotel has a pool.",
    "During the conference I live on Duval Street lol",
]


@pytest.mark.parametrize("case", [str, str.lower, str.upper])
@pytest.mark.parametrize("text", STAYS)
def test_the_writers_stay_in_the_clause_or_next_sentence_is_no_home(text: str, case: Any) -> None:
    assert _home_streets(case(text)) == []


HOMES = [
    # red16 F1's other clauses (tests/test_plc16b.py) and txt16's street words (tests/test_txt16.py)
    ("I live on Harehills Lane in Leeds and this weekend my mum is visiting.", "Harehills Lane"),
    ("I live on Harehills Lane in Leeds, and my sister's hotel job keeps her busy.", "Harehills Lane"),
    ("I live on Harehills Lane in Leeds; we had a holiday in Spain last month.", "Harehills Lane"),
    ("I live on Harehills Lane in Leeds; our holiday in Rome was lovely.", "Harehills Lane"),
    ("We live on Pendle Road, handy for the tour buses.", "Pendle Road"),
    ("We live just off Chapeltown Road in Leeds, near all the hotels.", "Chapeltown Road"),
    ("I live on Pendle Road in Burnley. Off on holiday to Spain for a week tomorrow!", "Pendle Road"),
    ("I live on Mill Lane, the hotel next door is noisy.", "Mill Lane"),
    ("I live on Mill Lane, next to the Premier Inn hotel.", "Mill Lane"),
    ("I live on Mill Lane and my mum's Airbnb guests are a pain.", "Mill Lane"),
    ("I live on Rose Street, the festival site is at the end of it.", "Rose Street"),
    ("Festival season again and we live on Rose Street, chaos.", "Rose Street"),
    ("I live on Mill Lane and work at the hotel on the corner.", "Mill Lane"),
    ("I live on Mill Lane in Leeds. Our holiday was lovely.", "Mill Lane"),
]


@pytest.mark.parametrize(("text", "street"), HOMES)
def test_guard_a_stay_of_the_street_or_of_someone_else_keeps_the_home(text: str, street: str) -> None:
    assert _home_streets(text) == [street]


def test_a_friends_hotel_job_keeps_the_home_town_end_to_end(tmp_path: Path) -> None:
    """Guard: the check still fails on a home street and its town beside someone else's hotel."""
    body = "I live on Harehills Lane in Leeds, and my sister's hotel job keeps her busy."
    report = _hugo_check(tmp_path, body)
    assert {f["clue"]["value"].lower() for f in _rules(report, "PLACE008")} == {"harehills lane"}
    assert any("Leeds" in f["message"] for f in _rules(report, "PLACE002"))


@settings(max_examples=80, deadline=None)
@given(opening=st.sampled_from(["I live on", "We're living on", "I'm living on", "We live on"]),
       street=st.sampled_from(["Bourbon Street", "Duval Street", "Rose Street", "Princes Street"]),
       town=st.sampled_from(["", " in New Orleans", " in Key West", " in Edinburgh"]),
       stay=st.sampled_from([", our hotel has a balcony.", ", the hotel is fine.", " during the conference.",
                             " for the festival, the Airbnb is tiny.", "! Hen party is chaos.",
                             ". Our Airbnb has a hot tub.", ", the stag do is wild.",
                             " during the festival."]))
def test_any_firm_home_with_the_writers_stay_gives_no_home(opening: str, street: str, town: str,
                                                             stay: str) -> None:
    assert _home_streets(f"{opening} {street}{town}{stay}") == []


@settings(max_examples=60, deadline=None)
@given(street=st.sampled_from(["Harehills Lane", "Pendle Road", "Mill Lane", "Rose Street"]),
       other=st.sampled_from([", and my sister's hotel job keeps her busy.", ", near all the hotels.",
                              ", handy for the tour buses.", "; our holiday in Rome was lovely.",
                              ", the festival crowds are mad.", ", and her Airbnb guests are loud.",
                              ". Off on holiday to Spain tomorrow!"]))
def test_guard_no_stay_of_the_writer_never_cancels_i_live_on(street: str, other: str) -> None:
    assert _home_streets(f"I live on {street} in Leeds{other}") == [street]


# --- 2. a teenager's own date of birth (rev16b item 4) ------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("I was born on 3 June 2011 and I'm in Year 10.", "3 June 2011"),
    ("My DOB is 12/03/2012, I'm 14 and want a job", "12/03/2012"),
    ("My date of birth is 01/02/2012.", "01/02/2012"),
])
def test_a_first_person_date_of_birth_is_the_writers_at_any_age(text: str, date: str) -> None:
    plain, _ = normalize(text)
    dobs = [(d.value, d.severity, d.confidence) for d in disclosure.find(plain, 2025)
            if d.rule_id == "SELF013" and d.value.startswith("date of birth")]
    assert dobs == [(f"date of birth {date}", "high", None)]


def test_a_teenagers_own_dob_is_high_end_to_end(tmp_path: Path) -> None:
    report = _hugo_check(tmp_path, "I was born on 3 June 2011 and I'm in Year 10.")
    found = [f for f in _rules(report, "SELF013") if "date of birth" in f["message"]]
    assert [(f["severity"], f["confidence"]) for f in found] == [("high", "medium")], found
    assert DOUBT not in found[0]["message"]


@pytest.mark.parametrize(("text", "date"), [
    ("DOB: 12/03/2019", "12/03/2019"),
    ("Meet Sam! Born on 4 May 2018.", "4 May 2018"),
])
def test_guard_a_dob_that_names_nobody_is_still_maybe_a_childs(text: str, date: str) -> None:
    assert ("SELF013", f"date of birth {date}{DOUBT}") in _found(text, 2025)


# --- 3. a role after 'as' is no handle (rev16b item 5) ------------------------------------------------------

ROLES = ["I'm on Discord as admin now", "I'm on Discord as mod now", "I'm on Discord as moderator now",
         "I'm on Threads as backup now", "I'm on Reddit as throwaway now", "I'm on Bluesky as cohost now",
         "I'm on YouTube as subscriber now", "I'm on Twitch as streamer now", "I'm on Discord as guest now"]


@pytest.mark.parametrize("text", ROLES)
def test_a_role_on_the_platform_is_no_handle(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF020"}


@pytest.mark.parametrize(("text", "value"), [
    ("I'm on Bluesky as janedoe now", "bluesky: janedoe"),  # evaluation post t597
    ("I'm on Bluesky as nullbyte now", "bluesky: nullbyte"),
    ("find me on Mastodon as quietclerk", "mastodon: quietclerk"),
])
def test_guard_a_handle_after_as_is_still_found(text: str, value: str) -> None:
    assert ("SELF020", value) in _found(text)


def test_a_moderator_post_gives_no_handle_end_to_end(tmp_path: Path) -> None:
    report = _scan(_jsonl(tmp_path, ["I'm on Discord as moderator now", "I'm on Reddit as throwaway now"]))
    assert not _rules(report, "SELF020"), _rules(report, "SELF020")


# --- 4. clubs: a fan's charity, a nickname's other reading in the next sentence (rev16b item 7) -------------

FANS = [
    ("We support Everton and do the food bank collection at Goodison every home game.", "Everton"),
    ("I support Tottenham and run the club charity 10k every year.", "Tottenham"),
    ("I support Arsenal, been campaigning against ticket prices for years.", "Arsenal"),
    ("I support Celtic, proud of the fans' refugee banner.", "Celtic"),
    ("I support Liverpool, signed the petition against the Super League.", "Liverpool"),
    ("I support Wolves, the fans' food bank drive is brilliant.", "Wolves"),
]


@pytest.mark.parametrize(("text", "club"), FANS)
def test_a_fan_who_mentions_a_cause_keeps_the_club(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


def test_fans_with_causes_end_to_end(tmp_path: Path) -> None:
    report = _scan(_jsonl(tmp_path, [t for t, _ in FANS[:5]]))
    assert {f["clue"]["value"] for f in _rules(report, "SELF019")} >= {c for _, c in FANS[:5]}


@pytest.mark.parametrize("text", [
    "I support Mayo. Ketchup is for kids.",
    "We support Wolves and Bears in the Canadian Rockies.",
    "I support Wolves. Reintroduce them to Scotland already!",
    "I support Hawthorn. Plant more hedges!",
])
def test_the_other_reading_in_the_next_sentence_or_a_list_is_no_club(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF019"}


@pytest.mark.parametrize(("text", "club"), [
    ("I support Wolves. Off to Molineux on Saturday with my brother.", "Wolves"),
    ("I support Wolves!", "Wolves"),
    ("I support Mayo! Up the county, what a match.", "Mayo"),
    ("I support Leeds, my home city.", "Leeds"),
    ("I support Leeds. The council never fixes the potholes.", "Leeds"),  # a town's club: its sentence only
    ("We support Wolves. Pie and chips at the match as always.", "Wolves"),
])
def test_guard_a_fan_stays_a_fan(text: str, club: str) -> None:
    assert ("SELF019", club) in _found(text)


@pytest.mark.parametrize("text", [
    "I support Leeds as a City of Sanctuary.",
    "I support Leeds, the council's refugee campaign is brilliant.",
    "I support Leeds and its campaign to welcome refugees.",
    "I support Wolves and the rewilding campaign.",
])
def test_guard_a_town_named_club_with_a_civic_cause_and_no_fan_words_is_no_club(text: str) -> None:
    assert not {v for r, v in _found(text) if r == "SELF019"}

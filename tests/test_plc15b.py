"""Places, fifteenth session (plc15b): a trip's street is no home street, and its town no home town.

Review rev15d item 1 (a regression of c703f2a): a Manchester writer's holiday and tour notes ("We're on
Abbey Road in London! Did the zebra crossing photo", "Hen do weekend: we're on Bourbon Street in New
Orleans.", "Our place on Fifth Avenue was a tiny hotel room", "I lived on Penny Lane in Liverpool for a
week on an Airbnb") gave PLACE008 "Gives a home street" nine times and PLACE002 high "Says they live in or
come from" London, New Orleans, Edinburgh, Los Angeles and Liverpool. "We're on" and "our place" say where
the writer is, not where they live; a hotel, a trip or "for a week" is a stay.

Every input is a real Hugo post (front matter and body) run through the CLI, as written, in lower case
and in capitals.
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
from nymaudit.detectors import places as detector
from nymaudit.model import Origin, Post
from nymaudit.text.normalize import post_texts

# rev15d's mk_streets.py notes, all of them outings, tours, stays or a joke.
TRIP_NOTES = [
    "We're on Abbey Road in London! Did the zebra crossing photo, obviously.",
    "Hen do weekend: we're on Bourbon Street in New Orleans.",
    "We are on Las Vegas Boulevard, the lights are unreal.",
    "Our hotel? We're on Princes Street, Edinburgh. Castle view from the window.",
    "Tour day 3, we're on Sunset Boulevard in Los Angeles.",
    "I lived on Penny Lane in Liverpool for a week on an Airbnb, so touristy.",
    "Our place on Fifth Avenue was a tiny hotel room but loved it.",
    "my house is near Privet Drive lol (harry potter studio tour joke)",
    "Rehearsal went well. We're on Shaftesbury Avenue in London till June!",
    "Festival update: we're on Main Street in Disneyland, queues everywhere.",
]


def _hugo(root: Path, bodies: list[str]) -> list[Path]:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    paths = []
    for i, body in enumerate(bodies):
        path = posts / f"note-{i:02d}.md"
        path.write_text(f'---\ntitle: "Note {i + 1}"\ndate: 2025-03-{1 + i:02d}T19:00:00Z\n---\n{body}\n',
                        encoding="utf-8")
        paths.append(path)
    return paths


def _check(paths: list[Path]) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["check", *map(str, paths), "--format", "json", "--fail-on", "info",
                                   "--no-redact"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return dict(json.loads(out.stdout))


def _note(tmp_path: Path, body: str) -> dict[str, Any]:
    return _check(_hugo(tmp_path, [body]))


def _rules(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _values(report: dict[str, Any], rule_id: str) -> set[str]:
    return {f["clue"]["value"].lower() for f in _rules(report, rule_id) if f.get("clue")}


def _messages(report: dict[str, Any], rule_id: str) -> str:
    return " ".join(f["message"] for f in _rules(report, rule_id))


# -- the review's corpus -----------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["as written", "lower", "upper"])
def test_trip_notes_give_no_home_street_and_no_home_town(tmp_path: Path, case: str) -> None:
    """HEAD f4a357f: 9 PLACE008 and PLACE002 high for London, New Orleans, Edinburgh, Los Angeles,
    Liverpool (in lower case and capitals 8 and 4). The towns are still named (PLACE001)."""
    change = {"as written": str, "lower": str.lower, "upper": str.upper}[case]
    report = _check(_hugo(tmp_path, [change(note) for note in TRIP_NOTES]))
    assert not _rules(report, "PLACE008"), _messages(report, "PLACE008")
    assert not _rules(report, "PLACE002"), _messages(report, "PLACE002")
    named = _messages(report, "PLACE001")
    for town in ("London", "New Orleans", "Los Angeles", "Liverpool"):
        assert town in named


@pytest.mark.parametrize("note", TRIP_NOTES[:9])
def test_each_trip_note_alone_gives_no_home_street(tmp_path: Path, note: str) -> None:
    report = _note(tmp_path, note)
    assert not _rules(report, "PLACE008"), _messages(report, "PLACE008")
    assert not [f for f in _rules(report, "PLACE002") if f["severity"] == "high"]


# -- "we're on" needs a word of residence -----------------------------------------------------------

def test_were_on_a_street_alone_is_where_the_writer_is_not_their_home(tmp_path: Path) -> None:
    """plc15 pinned "We're on Chapeltown Road." as a home street: this is the over-reach."""
    assert not _rules(_note(tmp_path, "We're on Chapeltown Road."), "PLACE008")


def test_guard_were_on_a_street_with_a_word_of_home_is_a_home_street_and_town(tmp_path: Path) -> None:
    report = _note(tmp_path, "We moved house in May, we're on Chapeltown Road in Leeds now.")
    assert _values(report, "PLACE008") == {"chapeltown road"}
    assert "Leeds (England, GB)" in _messages(report, "PLACE002")
    assert [f["severity"] for f in _rules(report, "PLACE002")] == ["high"]


def test_our_place_is_no_word_of_residence(tmp_path: Path) -> None:
    assert not _rules(_note(tmp_path, "Our place on Fifth Avenue had a view of the park."), "PLACE008")


# -- a stay vetoes the reading, street and town ------------------------------------------------------

@pytest.mark.parametrize("note", [
    "I lived on Penny Lane in Liverpool for a week.",
    "Our flat on Princes Street, Edinburgh, for the weekend was tiny.",
    "Our house on Pendle Road in Burnley this weekend is full of cousins.",
    "Our flat on Roundhay Road in Leeds till June, then Sheffield.",
    "Our flat on Rose Street in Edinburgh had a roll-top bath, best honeymoon ever.",
    "We stayed at a hostel, our flat is on Bourbon Street in New Orleans for the trip.",
])
def test_a_bounded_stay_vetoes_the_home_street_and_its_town(tmp_path: Path, note: str) -> None:
    report = _note(tmp_path, note)
    assert not _rules(report, "PLACE008"), _messages(report, "PLACE008")
    high = [f["message"] for f in _rules(report, "PLACE002") if f["severity"] == "high"]
    assert not high


@pytest.mark.parametrize(("note", "street", "town"), [
    ("I lived on Roundhay Road in Leeds for six years.", "roundhay road", "Leeds"),
    ("We live on Pendle Road, Burnley, and the bins were missed again.", "pendle road", "Burnley"),
    ("I live on Pendle Road in Burnley. Off on holiday to Spain for a week tomorrow!", "pendle road",
     "Burnley"),
    ("Our flat on Chapeltown Road in Leeds has damp again.", "chapeltown road", "Leeds"),
    # A home said with "live" and an end date is still a home (txt16).
    ("I live on Roundhay Road in Leeds till June, then Sheffield.", "roundhay road", "Leeds"),
])
def test_guard_a_home_street_stays_a_home_street(tmp_path: Path, note: str, street: str, town: str) -> None:
    """A stay in another sentence, or a long one ("for six years"), takes nothing from a home."""
    report = _note(tmp_path, note)
    assert _values(report, "PLACE008") == {street}
    assert town in _messages(report, "PLACE002")


# -- any stay, any town ------------------------------------------------------------------------------

def _scan(text: str) -> list[Any]:
    post = Post(id="1", timestamp=None, text=text, origin=Origin("notes.md", "1"))
    return detector.scan_texts(list(post_texts([post])))


@settings(max_examples=60, deadline=None)
@given(opening=st.sampled_from(["Hen do weekend: we're on", "Stag do! We are on", "Tour day 2, we're on",
                                "Our hotel room is on", "Our Airbnb flat is on", "Holiday mode, we're on",
                                "We're on"]),
       street=st.sampled_from(["Bourbon Street", "Abbey Road", "Princes Street", "Sunset Boulevard",
                               "Penny Lane", "Rose Street"]),
       town=st.sampled_from(["New Orleans", "London", "Edinburgh", "Los Angeles", "Liverpool", "Leeds"]),
       ending=st.sampled_from(["!", ".", " for a week.", " till Sunday!", " tonight.", " this weekend."]))
def test_a_stay_or_a_bare_were_on_never_gives_a_home_town(opening: str, street: str, town: str,
                                                          ending: str) -> None:
    found = _scan(f"{opening} {street} in {town}{ending}")
    assert not [f for f in found if f.rule in ("PLACE002", "PLACE008")]

"""Fourteenth session (30 November 2026), task plc14b: places.

1. A council planning notice ("Jesmond, NE2 2AA", "Newcastle upon Tyne NE1 8QH", "(England)")
   was a cluster around Newcastle, New South Wales (red14 F7). A full postcode right after a
   name now cues it and makes it the UK place, and the countries a record states (its postcodes,
   "England") weigh in on which namesake each name in it means (text.places.Stated).
2. The town an employer or public body is named for ("a staff nurse at Leeds Teaching
   Hospitals") is a place mention; a football club ("Manchester United") is not (walk14 item 4).
3. "Golden Acre Park" (a park in Leeds) is no mention of Golden, Colorado, and an unsettled name
   said often is no longer of high severity at low confidence (walk14 item 10).

Posts are real Markdown files with front matter, checked through the CLI (JSON report), or
texts through the detector.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.detectors import ScanContext
from nymaudit.detectors import places as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import places

COUNCIL_NOTICE = """NEWCASTLE CITY COUNCIL - PLANNING NOTICE
Town and Country Planning (Development Management Procedure) (England) Order 2015
Application 2025/0123/01/HOU: single storey rear extension at 14 Osborne Road, Jesmond, NE2 2AA.
Comments to Development Management, Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH,
telephone 0191 278 7878, email planning.comments@newcastle.gov.uk, by 21 March 2025.
Dated 28 February 2025. Head of Planning.
"""


def check_post(tmp_path: Path, body: str, name: str = "post.md") -> list[dict[str, Any]]:
    post = tmp_path / name
    post.write_text("---\ntitle: Notes\ndate: 2025-03-01 07:10:00\n---\n" + body, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(post), "-f", "json", "-q"], env={"NO_COLOR": "1"},
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def place_messages(findings: list[dict[str, Any]]) -> list[str]:
    return [f["message"] for f in findings if f["rule"] in ("PLACE001", "PLACE002")]


def _corpus(texts: list[str]) -> Corpus:
    return Corpus(posts=[Post(str(i), None, t, Origin("tweets.js", str(i))) for i, t in enumerate(texts)])


def _clusters(texts: list[str]) -> list[tuple[str, str, str]]:
    found = detector.detect(ScanContext(_corpus(texts))).findings
    return [(f.clue.value, f.severity.label, f.confidence.label) for f in found
            if f.rule == "PLACE001" and f.clue]


# --- item 1: postcodes, the full name and a country word settle a namesake ------------------------

def test_the_council_notice_is_newcastle_upon_tyne_not_new_south_wales(tmp_path: Path) -> None:
    findings = check_post(tmp_path, COUNCIL_NOTICE)
    messages = place_messages(findings)
    assert messages, findings
    assert not any("New South Wales" in m or "AU)" in m for m in messages), messages
    cluster = [m for m in messages if "mentions within" in m]
    assert cluster and "Newcastle upon Tyne (England, GB)" in cluster[0], messages
    # The postcodes are still said on their own.
    assert {f["message"] for f in findings if f["rule"] == "PLACE004"} == {
        "Gives a UK postcode: NE2 2AA once.", "Gives a UK postcode: NE1 8QH once."}


def test_a_full_postcode_after_a_name_cues_it_and_makes_it_the_uk_place() -> None:
    text = "Comments to Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH, by Friday."
    found = [(m.key, m.cue, [p.country for p in places.places_of(m)]) for m in places.mentions(text)]
    assert found == [("newcastle upon tyne", "after", ["GB"])]
    district = [(m.key, [p.country for p in places.places_of(m)])
                for m in places.mentions("an extension at 14 Osborne Road, Jesmond, NE2 2AA.")]
    assert district == [("jesmond", ["GB"])]
    # Guard: an outward code alone with no comma is no address's postcode: nothing narrowed or cued.
    assert [(m.key, m.cue) for m in places.mentions("Flying to Perth NE1 tomorrow.")] == []


def test_a_postcode_elsewhere_in_the_post_settles_which_newcastle(tmp_path: Path) -> None:
    body = ("Back in Newcastle today, then over to the market for the afternoon. Parcels for me can go to "
            "the office: NE2 2AA.\n")
    messages = place_messages(check_post(tmp_path, body))
    assert messages and all("Newcastle upon Tyne" in m for m in messages), messages
    assert not any("New South Wales" in m for m in messages), messages


def test_a_country_word_in_the_post_settles_which_newcastle(tmp_path: Path) -> None:
    body = "Back in Newcastle today. Grey skies all over England this week.\n"
    messages = place_messages(check_post(tmp_path, body))
    assert messages and all("Newcastle upon Tyne" in m for m in messages), messages
    assert not any("New South Wales" in m for m in messages), messages


def test_without_a_stated_country_newcastle_stays_open(tmp_path: Path) -> None:
    """Guard: nothing in the post says which Newcastle, so none is chosen."""
    messages = place_messages(check_post(tmp_path, "Back in Newcastle today. Grey skies all week.\n"))
    assert messages and "New South Wales (AU)" in messages[0] and "nothing else" in messages[0], messages


def test_a_stated_country_does_not_move_a_name_ten_times_its_namesakes() -> None:
    """Guard: "Paris" beside a UK postcode is still Paris, France (as with the clock)."""
    clusters = _clusters(["Flights to Paris booked from the office in Leeds, LS1 4DY. Bags packed."])
    assert any(value.startswith("Paris") and "FR" in value for value, _, _ in clusters), clusters


def test_stated_shares_are_per_name_records() -> None:
    stated = places.Stated()
    stated.add({"newcastle", "jesmond"}, {"GB"})
    stated.add({"newcastle"}, set())
    assert stated.share("newcastle", "GB") == 0.5
    assert stated.share("jesmond", "GB") == 1.0
    assert stated.share("jesmond", "AU") == 0.0 and stated.share("perth", "GB") == 0.0
    assert stated and not places.Stated()


# --- item 2: the town an employer or public body is named for ------------------------------------

def test_an_employer_named_for_a_town_says_the_town() -> None:
    for text in ("Proud to be a staff nurse at Leeds Teaching Hospitals for 9 years today.",
                 "I work as a staff nurse at Leeds Teaching Hospitals NHS Trust."):
        assert [(m.key, m.cue) for m in places.mentions(text)] == [("leeds", "after")], text
    clusters = _clusters(["Proud to be a staff nurse at Leeds Teaching Hospitals for 9 years today."])
    assert clusters and clusters[0][0].startswith("Leeds") and clusters[0][1:] == ("low", "medium"), clusters


def test_a_football_club_named_for_a_town_is_not_a_place() -> None:
    """Guard: a club's name is no place clue."""
    assert places.mentions("Watched Manchester United lose again, what a night.") == []
    assert places.mentions("Newcastle United were awful on Saturday.") == []


# --- item 3: "Golden Acre Park"; severity at low confidence -------------------------------------

def test_a_landmark_named_with_an_ordinary_word_is_no_town() -> None:
    assert places.mentions("Walked the dog round Golden Acre Park before nights.") == []
    clusters = _clusters(["Walked the dog round Golden Acre Park before nights."] * 9)
    assert not any(value.startswith("Golden") for value, _, _ in clusters), clusters
    # Guards: a city's name opening a landmark's still says the city; "in Golden" is Golden.
    assert [m.key for m in places.mentions("A walk round Sheffield Botanical Gardens.")] == ["sheffield"]
    assert [m.key for m in places.mentions("Lovely day in Golden today.")] == ["golden"]


def test_an_unsettled_name_said_often_is_not_high_severity_at_low_confidence() -> None:
    clusters = _clusters(["My cousin-brother in Whitefield laughed."] * 6)
    assert clusters == [("Whitefield", "medium", "low")]
    # Guard: a settled name said as often is still high.
    settled = _clusters(["Traffic in Leeds again."] * 6)
    assert settled and settled[0][0].startswith("Leeds") and settled[0][1] == "high", settled

"""Places, sixteenth session (plc16b): home streets and places the red team and the walkthrough met.

Red team red16 F1 (HIGH, check failed open): "I live on Harehills Lane in Leeds and this weekend my mum is
visiting." lost both PLACE008 and PLACE002, because the words a town may have after "in Leeds" took "and
this" for more of the town and "this weekend" for a stay right after it. A stay in another clause ("; we had
a holiday in Spain last month") is no stay on the street either. red16 F6 and walk16 item 5: home streets
said other ways ("I've lived on", "Home is", "my street, Harehills Lane", "Got home to", "Our local is ...
on", "I live in Sheffield, on", "right outside my house", "our street party on") and daily trips in from a
district ("Cycling in from Marchmont every morning") were silent. red16 F8: "I live on Abbey Road in my
dreams" was a home street. walk16 item 14: a Mastodon bio "Backend dev in Lower Silesia." gave no region.

Every input is a real Hugo post or a real Mastodon export run through the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note
from nymaudit.cli import app
from nymaudit.text import places as P
from nymaudit.text.normalize import normalize


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


def _run(args: list[str], command: str = "check") -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(app, [command, *args, "--format", "json", "--no-redact"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return out.exit_code, dict(json.loads(out.stdout))


def _note(tmp_path: Path, body: str) -> tuple[int, dict[str, Any]]:
    return _run([str(p) for p in _hugo(tmp_path, [body])])


def _rules(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def _values(report: dict[str, Any], rule_id: str) -> set[str]:
    return {f["clue"]["value"].lower() for f in _rules(report, rule_id) if f.get("clue")}


# -- red16 F1: a stay word in another clause or a plain time word does not cancel "I live on" -------------

UNRELATED_CLAUSES = [
    "I live on Harehills Lane in Leeds and this weekend my mum is visiting.",
    "I live on Harehills Lane in Leeds, and my sister's hotel job keeps her busy.",
    "I live on Harehills Lane in Leeds; we had a holiday in Spain last month.",
    "I live on Harehills Lane in Leeds, but this week we're in a hotel in Paris.",
]


@pytest.mark.parametrize("body", UNRELATED_CLAUSES)
def test_a_stay_in_another_clause_keeps_the_home_street_and_town(tmp_path: Path, body: str) -> None:
    code, report = _note(tmp_path, body)
    assert "harehills lane" in _values(report, "PLACE008"), report["findings"]
    assert any(v.startswith("leeds") for v in _values(report, "PLACE002")), report["findings"]
    assert code == 1  # check fails at its default --fail-on medium


def test_a_stay_in_the_streets_own_clause_still_vetoes_it(tmp_path: Path) -> None:
    """Guard: the stays plc15b and txt16 silenced stay silent (a stay of days, the writer's hotel)."""
    bodies = ["I live on Harehills Lane in Leeds this weekend.",
              "I live on Penny Lane in Liverpool for a week on an Airbnb.",
              "We live on Bourbon Street in New Orleans on holiday this week.",
              "Our flat on Princes Street for the weekend was tiny.",
              "Tour day 3, we live on Sunset Boulevard in Los Angeles."]
    _, report = _run([str(p) for p in _hugo(tmp_path, bodies)])
    assert not _rules(report, "PLACE008"), report["findings"]


def test_a_non_firm_home_street_keeps_its_clause_only(tmp_path: Path) -> None:
    """"Our flat on" keeps every stay veto, but only in its own clause."""
    _, report = _note(tmp_path, "Our flat on Harehills Lane has damp; we had a holiday in Spain last month.")
    assert "harehills lane" in _values(report, "PLACE008")


# -- red16 F6, walk16 item 5: home streets said other ways ----------------------------------------------

HOME_STREETS = [
    ("I've lived on Belgrave Street for ten years now.", "belgrave street"),
    ("Home is Otley Road in Headingley.", "otley road"),
    ("I grew up on Victoria Road and still live there.", "victoria road"),
    ("The council finally fixed the potholes on my street, Harehills Lane.", "harehills lane"),
    ("Ten years on Harehills Lane and I still love it.", "harehills lane"),
    ("Got home to Cowper Street and the bins still weren't collected.", "cowper street"),
    ("Our local is the Rose and Crown on High Street.", "high street"),
    ("I live in Sheffield, on Ecclesall Road.", "ecclesall road"),
    ("I live in a flat on Pendle Road.", "pendle road"),
    ("Bin lorry blocked Chapeltown Road for an hour tonight, right outside my house.", "chapeltown road"),
    ("Our street party on Chapeltown Road was great.", "chapeltown road"),
    ("i've lived on belgrave street for ten years now", "belgrave street"),
    ("got home to cowper street and the bins still weren't collected", "cowper street"),
    ("I'VE LIVED ON BELGRAVE STREET FOR TEN YEARS NOW.", "belgrave street"),
]


@pytest.mark.parametrize(("body", "street"), HOME_STREETS)
def test_home_streets_said_other_ways(tmp_path: Path, body: str, street: str) -> None:
    code, report = _note(tmp_path, body)
    assert street in _values(report, "PLACE008"), report["findings"]
    assert code == 1


def test_home_is_a_street_in_a_district_gives_the_district_as_home(tmp_path: Path) -> None:
    _, report = _note(tmp_path, "Home is Otley Road in Headingley.")
    assert any(v.startswith("headingley") for v in _values(report, "PLACE002")), report["findings"]


NOT_HOME_STREETS = [
    "I live on Abbey Road in my dreams, mostly the Beatles album.",  # red16 F8
    "I grew up on Victoria Road but now live in Leeds.",
    "I grew up on Victoria Road.",
    "She got home to Cowper Street late.",
    "I live in Leeds and work on Kirkstall Road.",
    "I live in Leeds, work on Kirkstall Road.",
    "Ten years on Downing Street for Blair.",
    'He said "Chapeltown Road is right outside my house".',
    "Traffic outside my house is bad, unlike Oxford Street.",
    "Our local team lost on Elland Road again.",
    "I live in hope on Easy Street.",
]


@pytest.mark.parametrize("body", NOT_HOME_STREETS)
def test_no_home_street(tmp_path: Path, body: str) -> None:
    _, report = _note(tmp_path, body)
    assert not _rules(report, "PLACE008"), report["findings"]


# -- walk16 item 5: a daily trip in from a district ------------------------------------------------------

@pytest.mark.parametrize(("body", "place"), [
    ("Cycling in from Marchmont every morning gives you time to think.", "marchmont"),
    ("My commute from Roundhay takes forever.", "roundhay"),
    ("The tram from Krzyki was late again.", "krzyki"),  # a district the gazetteer lacks
])
def test_a_daily_trip_in_from_a_district_says_where_home_is(tmp_path: Path, body: str, place: str) -> None:
    code, report = _note(tmp_path, body)
    homes = [f for f in _rules(report, "PLACE002") if f["clue"]["value"].lower().startswith(place)]
    assert homes, report["findings"]
    assert "travel in from" in homes[0]["message"]
    assert homes[0]["confidence"] in ("medium", "low")  # a trip from somewhere is not said as home
    assert code == 1


@pytest.mark.parametrize("body", [
    "She cycles in from Marchmont every morning.",
    "She takes the tram from Krzyki every morning.",
    "The train from London was packed.",
    "Came in from Headingley for the match.",
    '"Cycling in from Marchmont every morning" was the headline.',
])
def test_no_trip_from_home(tmp_path: Path, body: str) -> None:
    _, report = _note(tmp_path, body)
    assert not _rules(report, "PLACE002"), report["findings"]


# -- walk16 item 14: a Polish region in a Mastodon bio ---------------------------------------------------

@pytest.mark.parametrize(("bio", "region"), [("Backend dev in Lower Silesia.", "lower silesia (pl)"),
                                               ("Backend dev in Yorkshire.", "yorkshire (gb)")])
def test_a_region_in_a_mastodon_bio_is_where_the_account_is(tmp_path: Path, bio: str, region: str) -> None:
    notes = [make_note("1001", "2025-03-01T19:00:00Z", "<p>Shipped the release, off to bed.</p>")]
    root = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    actor = json.loads((root / "actor.json").read_text(encoding="utf-8"))
    actor["summary"] = f"<p>{bio}</p>"
    (root / "actor.json").write_text(json.dumps(actor), encoding="utf-8")
    _, report = _run([str(root), "-q"], command="scan")
    found = [f for f in _rules(report, "PLACE003") if f["clue"]["value"].lower() == region]
    assert found and found[0]["message"].startswith("Says they are in or from"), report["findings"]


def test_a_region_named_in_a_post_without_a_cue_of_home_is_still_chatter(tmp_path: Path) -> None:
    """Guard: only a profile's "in Lower Silesia" says where the account is; a post's does not."""
    _, report = _note(tmp_path, "Backend dev in Lower Silesia.")
    assert not _rules(report, "PLACE003"), report["findings"]


# -- properties ------------------------------------------------------------------------------------------

_NAMES = st.sampled_from(["Harehills", "Pendle", "Otley", "Ecclesall", "Belgrave", "Cowper", "Victoria"])
_TYPES = st.sampled_from(["Lane", "Road", "Street", "Avenue", "Terrace"])
_CLAUSES = st.sampled_from(["; we had a holiday in Spain last month",
                            ", and my sister's hotel job keeps her busy",
                            " and this weekend my mum is visiting",
                            ", but the tourists never come here",
                            "; our trip to Rome was lovely"])


@settings(max_examples=60, deadline=None)
@given(_NAMES, _TYPES, _CLAUSES)
def test_an_unrelated_clause_never_cancels_i_live_on(name: str, kind: str, clause: str) -> None:
    text, _ = normalize(f"I live on {name} {kind} in Leeds{clause}.")
    assert [s.value for s in P.spots(text) if s.kind == "street_residence"] == [f"{name} {kind}"]

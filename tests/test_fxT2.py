"""False alarms of the sixteenth session's home-street and commute patterns (fxT2; review rev16d 2, 3, 7, 9).

rev16d item 2: "Twenty years on Fleet Street and I still can't spell", "Got home to Oxford Street chaos"
and "Home is Abbey Road Studios for any Beatles fan" were PLACE008 high "Gives a home street". Item 3:
"Got in from Leeds again at midnight after the away game", "The ferry from Calais was delayed again, what
a holiday", "The bus from Heathrow was late again" and reported speech ("say commuters interviewed by the
BBC") were PLACE002 high "travels in from X as a routine". Item 7: What to do first called a home town "a
precise position". Item 9: "I'm in Silesia for a conference this week" was PLACE003 medium, and "I'm in
Leeds on holiday" PLACE002 high.

Every input is a real Hugo post run through the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app


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


# -- rev16d item 2: famous streets and homeward trips are no home street -----------------------------------

@pytest.mark.parametrize("body", [
    "Twenty years on Fleet Street and I still can't spell.",
    "Ten years on Wall Street taught me that markets lie.",
    "Ten years on Harley Street and I finally opened my own clinic in Leeds.",
    "Many years on Sesame Street taught me to count.",
    "Got home to Oxford Street chaos after the match.",
    "Went home to Penny Lane playing on the radio.",
    "Home is Abbey Road Studios for any Beatles fan like me.",
])
def test_years_on_a_famous_street_or_home_to_a_street_in_mid_clause_is_no_home_street(
        tmp_path: Path, body: str) -> None:
    code, report = _note(tmp_path, body)
    assert not _rules(report, "PLACE008"), report["findings"]
    assert code == 0, report["findings"]


@pytest.mark.parametrize(("body", "street"), [
    ("Ten years on Harehills Lane and I still love it.", "harehills lane"),
    ("Twenty years on Belgrave Street, and I've lived in the same flat all along.", "belgrave street"),
    ("Got home to Cowper Street and the bins still weren't collected.", "cowper street"),
    ("Home is Otley Road in Headingley.", "otley road"),
    ("Got home to Cowper Street at last.", "cowper street"),
])
def test_home_streets_said_these_ways_still_count(tmp_path: Path, body: str, street: str) -> None:
    code, report = _note(tmp_path, body)
    assert street in {f["clue"]["value"].lower() for f in _rules(report, "PLACE008")}, report["findings"]
    assert code == 1


# -- rev16d item 3: arrivals, trips, hubs and reported speech are no commute from home ---------------------

@pytest.mark.parametrize("body", [
    "Got in from Leeds again at midnight after the away game.",
    "Came in from Barcelona again, flight delayed four hours.",
    "The ferry from Calais was delayed again, what a holiday.",
    "The bus from Heathrow was late again, holiday ruined.",
    "The tram from Piccadilly was late again.",
    "The train from Glasgow every morning is a joke, say commuters interviewed by the BBC.",
    "The train from Leeds again, this time for the gig.",
])
def test_an_arrival_a_trip_a_hub_or_a_report_is_no_commute_from_home(tmp_path: Path, body: str) -> None:
    _, report = _note(tmp_path, body)
    trips = [f for f in _rules(report, "PLACE002") if "travel in from" in f["message"]]
    assert not trips, trips


@pytest.mark.parametrize(("body", "place"), [
    ("The train from Leeds every morning is rammed.", "leeds"),
    ("I get in to work from Harrogate every morning by eight.", "harrogate"),
    ("The tram from Krzyki was late again.", "krzyki"),
])
def test_a_daily_commute_still_says_where_home_is(tmp_path: Path, body: str, place: str) -> None:
    code, report = _note(tmp_path, body)
    trips = [f for f in _rules(report, "PLACE002") if f["clue"]["value"].lower().startswith(place)]
    assert trips and "travel in from" in trips[0]["message"], report["findings"]
    assert code == 1


# -- rev16d item 9: a visit is no home, for a region or a town ---------------------------------------------

@pytest.mark.parametrize("body", [
    "I'm in Silesia for a conference this week.",
    "I'm in Kerala for two weeks.",
    "We're staying in Bavaria for the weekend.",
])
def test_a_visit_to_a_region_is_no_home_region(tmp_path: Path, body: str) -> None:
    _, report = _note(tmp_path, body)
    assert not _rules(report, "PLACE003"), report["findings"]


@pytest.mark.parametrize("body", ["I'm in Leeds for a conference this week.", "I'm in Leeds on holiday."])
def test_a_visit_to_a_town_is_no_home_town(tmp_path: Path, body: str) -> None:
    _, report = _note(tmp_path, body)
    assert not _rules(report, "PLACE002"), report["findings"]


@pytest.mark.parametrize(("body", "rule_id"), [
    ("I'm in Silesia and have been all my life.", "PLACE003"),
    ("I'm in Leeds, it rains a lot.", "PLACE002"),
    ("I live in Leeds this week and every week.", "PLACE002"),
])
def test_presence_without_a_visit_is_still_home(tmp_path: Path, body: str, rule_id: str) -> None:
    _, report = _note(tmp_path, body)
    assert _rules(report, rule_id), report["findings"]


# -- rev16d item 7: a home town in What to do first is no "precise position" -------------------------------

def test_what_to_do_first_does_not_call_a_home_town_a_precise_position(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _hugo(site, ["I live in Harrogate and love it.", "Quiet weekend at home.", "Rain again today."])
    _, report = _run([str(site)], command="scan")
    actions = report["profile"]["priorities"]
    homes = [a for a in actions if a["rule"] == "PLACE002"]
    assert homes, actions
    assert "precise position" not in str(homes[0].get("why", ""))
    assert "where you live" in str(homes[0].get("why", ""))


# -- rev16d item 3: a trip in from a country none of the account's other places is in is at most low ------

_YORKSHIRE = ["Lovely walk round Harrogate today.", "Leeds market was busy.",
              "Back to Knaresborough for the weekend market."]


def test_a_commute_from_another_country_than_the_accounts_places_is_low(tmp_path: Path) -> None:
    posts = _hugo(tmp_path, [*_YORKSHIRE, "My commute from Lyon every week is a slog."])
    _, report = _run([str(p) for p in posts])
    trips = [f for f in _rules(report, "PLACE002") if f["clue"]["value"].lower().startswith("lyon")]
    assert trips, report["findings"]
    assert trips[0]["severity"] == "low" and trips[0]["confidence"] == "low", trips
    assert "namesake or a trip" in trips[0]["message"]


def test_a_commute_from_the_accounts_own_country_keeps_its_weight(tmp_path: Path) -> None:
    posts = _hugo(tmp_path, [*_YORKSHIRE, "My commute from Otley every week is a slog."])
    _, report = _run([str(p) for p in posts])
    trips = [f for f in _rules(report, "PLACE002") if f["clue"]["value"].lower().startswith("otley")]
    assert trips and trips[0]["severity"] == "high" and trips[0]["confidence"] == "medium", report["findings"]

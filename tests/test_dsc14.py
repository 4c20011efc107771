"""Fourteenth session (2026-11-30), self-disclosures (dsc14):

1. A post written all in lower case or all in capitals is read as a careful writer would have cased
   it (disclosure._recased): 'i work for lockheed martin' names an employer as 'I work for Lockheed
   Martin' does, the clue keeps the writer's letters, and 'UP THE STAIRS TO BED' is no team.
2. Four phrasings left open by the thirteenth session: an exclamation after an elected title ('I'm the
   MP for crying out loud') is the title without a seat; 'Everyone I know worked as a nurse' and 'As a
   nurse, they made my sister work nights' are not the writer's job; 'JOHN > ...' quotes John.
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
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

NOVELS = Path("../shared/corpora/novels")


def _found(text: str) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value) for d in disclosure.find(plain)}


def _rules(text: str) -> set[str]:
    return {rule for rule, _ in _found(text)}


def _scan(path: Path) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


# --- 1. lower case and capitals ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "value"), [
    ("i work for lockheed martin, opinions my own", "SELF011", "lockheed martin"),
    ("I WORK FOR LOCKHEED MARTIN, OPINIONS MY OWN", "SELF011", "LOCKHEED MARTIN"),
    ("i work for leeds city council and this is why nothing happens", "SELF011", "leeds city council"),
    ("i work at infosys and the appraisal cycle is brutal", "SELF011", "infosys"),
    ("i studied law at durham university back in the day", "SELF017", "durham university"),
    ("season ticket holder at tranmere rovers, 20 years", "SELF019", "tranmere rovers"),
    ("lifelong leeds united fan, for my sins", "SELF019", "leeds united"),
    ("up the dubs!", "SELF019", "dubs"),
    ("going to the jaipur literature festival this weekend", "SELF018", "jaipur literature festival"),
])
def test_a_caseless_post_names_what_a_cased_one_does(text: str, rule: str, value: str) -> None:
    # The value is as the writer typed it, not as the detector re-cased it.
    assert (rule, value) in _found(text)


@pytest.mark.parametrize(("text", "rule"), [
    ("UP THE STAIRS TO BED, NIGHT ALL", "SELF019"),
    ("we walked up the lane!", "SELF019"),
    ("frank knows a puddle of water when he sees it, and we support him", "SELF019"),
    ("i work at home on fridays", "SELF011"),
    ("I WORK FROM HOME MOST DAYS", "SELF011"),
    ("i'm a paralegal at a small firm and we're drowning", "SELF011"),
])
def test_a_caseless_post_takes_no_common_word_for_a_name(text: str, rule: str) -> None:
    assert rule not in _rules(text)


def test_a_cased_post_is_read_as_before() -> None:
    # Mixed case is the writer's own: 'reading' in lower case beside 'Sam' stays a word.
    assert disclosure._recased("I work at Tesco and love reading") is None
    assert _found("I work at Tesco and love reading") == {("SELF011", "Tesco")}
    assert "SELF011" not in _rules("I work at home, said Sam")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_recasing_never_moves_a_position(text: str) -> None:
    # Every clue's place in the text (the snippet, the line) comes from positions in the recased copy.
    recased = disclosure._recased(text)
    if recased is not None:
        assert len(recased) == len(text)
    disclosure.find(text)  # never raises


def test_a_lower_case_archive_gives_its_employer_end_to_end(tmp_path: Path) -> None:
    notes = [make_note(str(130000000 + i), f"2025-05-{1 + i:02d}T20:00:00Z", f"<p>{body}</p>")
             for i, body in enumerate([
                 "i work for lockheed martin, opinions my own",
                 "rain again. up the dubs!",
                 "UP THE STAIRS TO BED, NIGHT ALL",
             ])]
    doc = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False))
    employers = [f["clue"]["value"] for f in doc["findings"] if f["rule"] == "SELF011" and f.get("clue")]
    teams = [f["clue"]["value"] for f in doc["findings"] if f["rule"] == "SELF019" and f.get("clue")]
    assert any("lockheed martin" in v for v in employers), employers
    assert teams == ["dubs"], teams


@pytest.mark.skipif(not NOVELS.is_dir(), reason="../shared novels missing")
def test_alice_in_lower_case_names_no_team_and_no_employer() -> None:
    # A 19th-century novel lower-cased: 'up the hill', 'a puddle', 'support' are no team, no employer.
    text = (NOVELS / "carroll_-_alice_in_wonderland.txt").read_text(encoding="utf-8", errors="replace")
    rules: set[str] = set()
    for paragraph in text.split("\n\n"):
        plain, _ = normalize(paragraph.lower())
        rules.update(d.rule_id for d in disclosure.find(plain))
    assert not rules & {"SELF011", "SELF018", "SELF019"}, rules


# --- 2. four phrasings ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm the MP for crying out loud, not a magician.",
    "I'm an MP for Pete's sake",
    "I'm an MP for heaven's sake, not a magician",
    "I am the councillor for God's sake!",
])
def test_an_exclamation_after_an_elected_title_is_the_title_without_a_seat(text: str) -> None:
    found = _found(text)
    self010 = {value for rule, value in found if rule == "SELF010"}
    assert self010 and all(" for " not in v for v in self010), found


def test_someone_elses_exclamation_gives_the_writer_no_title() -> None:
    assert "SELF010" not in _rules("She's the MP for crying out loud.")


@pytest.mark.parametrize("text", [
    "Everyone I know worked as a nurse.",
    "Everybody I went to school with works as a teacher now.",
    "Most of the people I grew up with worked as nurses.",
    "Half my friends work as teachers.",
])
def test_the_people_the_writer_knows_hold_the_job(text: str) -> None:
    assert "SELF010" not in _rules(text)


def test_the_writer_who_says_so_keeps_the_job() -> None:
    assert ("SELF010", "nurse") in _found("All I know is that I worked as a nurse.")
    assert ("SELF010", "nurse") in _found("Everyone I know said I worked as a nurse")


def test_as_a_nurse_they_made_my_sister_is_the_sisters_job() -> None:
    assert _found("As a nurse, they made my sister work nights.") == {("SELF012", "sister")}
    # The writer made to work stays the nurse.
    assert ("SELF010", "nurse") in _found("As a nurse, they made me work nights.")
    assert ("SELF010", "nurse") in _found("As a nurse, they expect me to smile.")


@pytest.mark.parametrize("text", [
    "JOHN > I'm a nurse and this is nonsense",
    "MOD > As a nurse I can tell you this is wrong",
    "JOHN SMITH > I work at Tesco Lochee and love it",
])
def test_a_name_in_capitals_before_a_quote_mark_quotes_someone_else(text: str) -> None:
    assert not _rules(text) & {"SELF010", "SELF011"}


@pytest.mark.parametrize("text", [
    "NHS > I work at Tesco and it is worse",
    "LEEDS > LONDON\nI work at Tesco Lochee.",
])
def test_an_abbreviation_or_a_comparison_in_capitals_quotes_nobody(text: str) -> None:
    assert "SELF011" in _rules(text)

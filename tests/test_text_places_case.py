"""Place names written in lower case or ALL CAPS, and hashtags (red-team 7, item 14:
"moved to villeurbanne", "#lyon", "living in LYON" gave no place finding at all)."""

from __future__ import annotations

import pytest

from nymaudit.detectors import ScanContext
from nymaudit.detectors import places as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import places
from nymaudit.text.normalize import normalize


def found(text: str) -> list[tuple[str, str | None]]:
    plain, _ = normalize(text)
    return [(m.key, m.cue) for m in places.mentions(plain) if m.kind == "place"]


def keys(text: str) -> list[str]:
    return [key for key, _ in found(text)]


# The red team's account (/tmp/work/red7/inputs/red4/posts.jsonl), one post of each kind.
RED4 = [
    "moved to villeurbanne last year #lyon #villeurbanne",
    "lunch in croix-rousse again, then vaise",
    "living in LYON is great",
    "at 45.7578,4.8320 again",
    "walk from villeurbanne to lyon 3e",
]


def test_red_team_posts() -> None:
    assert found(RED4[0]) == [("villeurbanne", "residence"), ("lyon", None), ("villeurbanne", None)]
    assert found(RED4[2]) == [("lyon", "residence")]
    assert keys(RED4[4]) == ["villeurbanne", "lyon"]


@pytest.mark.parametrize(("text", "expected"), [
    # Reddit- and Mastodon-style comments written on phones, all in lower case.
    ("honestly i moved to leeds in 2019 and never looked back", [("leeds", "residence")]),
    ("anyone know a decent curry house in huddersfield?", [("huddersfield", "locative")]),
    ("we're based in stoke on trent now", [("stoke on trent", "residence")]),
    ("flying from manchester to lisbon tomorrow lol", [("manchester", "weak"), ("lisbon", "weak")]),
    ("just got back from a week in porto, highly recommend", [("porto", "locative")]),
    ("off to york for the weekend", [("york", "locative")]),
    ("moving back to the hague next month", [("the hague", "residence")]),
    ("moved to new york in june", [("new york", "residence")]),
    # The phone capitalised the first word: still a lower-case writer.
    ("Moved to villeurbanne last year", [("villeurbanne", "residence")]),
    # ALL CAPS, in a shouted post or a capitalised one.
    ("IM IN LEEDS TOMORROW", [("leeds", "residence")]),
    ("Living in LYON is great", [("lyon", "residence")]),
    ("Stuck in HUDDERSFIELD again", [("huddersfield", "locative")]),
    # Before a place noun, or a softer one for a larger place.
    ("bristol city council website has been down all day", [("bristol", "after")]),
    ("stuck at manchester airport again", [("manchester", "after")]),
    ("galway in the rain is still lovely", [("galway", "soft")]),
    # Hashtags, run together or not.
    ("great weekend away #lyon", [("lyon", None)]),
    ("#newyork #stokeontrent", [("new york", None), ("stoke on trent", None)]),
    ("Loving it #NewYork", [("new york", None)]),
    ("SUNSET #LYON", [("lyon", None)]),
])
def test_lower_case_and_capitals_found(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # Ordinary words that are also towns: never, whatever the cue.
    "i love reading in bath", "i moved to reading more books lately", "back in march we went out",
    "we went to nice restaurants in town", "deal with it", "split the bill at orange",
    "in mobile games the ads are awful", "at wells fargo again", "i live in hope",
    "#nice #reading #love #paradise #orange #home",
    # A person's name after "to", "from" in lower case; a country or region without a home cue.
    "got a text from paris", "text from chelsea about the game", "wrote to elizabeth yesterday",
    "going to turkey for christmas", "the war in ukraine is awful",
    # Phrases, the alias "la" in lower case, acronyms after a cue, small places after "from".
    "in the range of a long gun", "in good hope", "to la la land we go", "I work in IT",
    "commute from horsforth is brutal", "We went to the UN last week",
    # Nouns after ordinary words; hashtags of small towns abroad (Toon, Japan; Maga, Cameroon).
    "the bus station was packed", "nice weather today", "the police station", "#toon #maga",
    # A writer who capitalises (Sam) and writes "leeds" in lower case: not looked up.
    "honestly Sam moved to leeds last year",
])
def test_lower_case_traps(text: str) -> None:
    assert found(text) == []


def test_capitalised_posts_unchanged() -> None:
    assert found("We moved to Harrogate last spring") == [("harrogate", "residence")]
    assert keys("Reading a book in the garden") == []
    assert [(m.form, m.key) for m in places.mentions("Met Sam in London #lyon")] == [
        ("cased", "london"), ("hashtag", "lyon")]


def _corpus(texts: list[str]) -> Corpus:
    return Corpus(posts=[Post(str(i), None, t, Origin("posts.jsonl", str(i)))
                         for i, t in enumerate(texts)])


def _findings(texts: list[str]) -> list:  # type: ignore[type-arg]
    return [f for f in detector.detect(ScanContext(corpus=_corpus(texts))).findings
            if f.rule.startswith("PLACE")]


def test_red_team_account_gets_its_home() -> None:
    posts = RED4 * 8
    got = _findings(posts)
    homes = {f.clue.value: f.confidence.label for f in got if f.rule == "PLACE002"}
    assert homes == {"Villeurbanne (FR)": "high", "Lyon (FR)": "high"}
    cluster = [f for f in got if f.rule == "PLACE001"]
    assert cluster and cluster[0].clue.value.startswith("Lyon") and cluster[0].severity.label == "high"


def test_hashtags_alone_are_less_sure_than_capitalised_names() -> None:
    lower = [f for f in _findings(["sunset #lyon", "food #lyon", "rain #lyon"]) if f.rule == "PLACE001"]
    cased = [f for f in _findings(["Sunset #Lyon", "Food #Lyon", "Rain #Lyon"]) if f.rule == "PLACE001"]
    assert [f.confidence.label for f in cased] == ["medium"]
    assert [f.confidence.label for f in lower] == ["low"]


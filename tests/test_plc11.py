"""Eleventh session, plc11: places in text.

Item 1 (red team red11 item 2): people read as places. "Mr. Weston" x5 was Weston (US), high; Jane
Eyre's "Mr. Rochester" Rochester, England; Persuasion's Henrietta and Elizabeth American towns that
drew Bath to New York. A title before a name makes it a person; a name the account uses as a person
("said Rochester") is a place only with a strong cue (heuristics/places.toml [persons]).

Item 2 (red11 items 1 and 1b): PLACE002 "Says where they live" on other people's homes ("Joan Didion
grew up in Sacramento", "My brother moved to Leeds", a quoted singer), and "Moved to Portland, Oregon"
resolved to Portland, England beside a Leeds post: a "Place, Region" pair resolves by the region.

Item 3 (walk11 item 6): "desde Palermo" in an account naming Buenos Aires and Rosario was Palermo (IT):
the barrios of Buenos Aires the gazetteer lacks are listed ([neighbourhoods."Buenos Aires"]).

Item 4 (red11 item 8c, walk11 item 6): German "Essen" (the meal) read as the town, "den den" as Den
Den (TN): in a post in another language a name needs a place preposition right before it
([foreign]).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app
from nymaudit.text.normalize import normalize
from nymaudit.text.places import mentions, resolve


def _scan(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)["findings"]


def _places(findings: list[dict], rule: str = "PLACE001") -> list[str]:
    return [f["message"] for f in findings if f["rule"] == rule]


def _tweets(texts: list[str]) -> list[dict]:
    start = datetime(2026, 3, 1, 19, 0, tzinfo=UTC)
    return [make_tweet(str(1_000_000 + i), start + timedelta(days=i, minutes=7 * i), t)
            for i, t in enumerate(texts)]


def _notes(texts: list[str], language: str) -> list[dict]:
    return [make_note(str(3000 + i), f"2026-05-{i + 1:02d}T18:{i:02d}:00Z", f"<p>{t}</p>", language=language)
            for i, t in enumerate(texts)]


def test_a_title_makes_a_name_a_person(tmp_path: Path) -> None:
    posts = ["Mr. Weston is the most sensible man in Emma.", "Mr. and Mrs. Weston came to dine again.",
             "Re-reading Emma: Mrs. Weston deserves better.", "Mr. Frank Churchill is a cad, honestly.",
             "Weston's fears were justified, as ever.",
             "Mr. Rochester at once harsh-featured and melancholy."] * 2
    archive = build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True)
    found = _places(_scan(archive))
    assert not [m for m in found if "Weston" in m or "Rochester" in m or "Churchill" in m], found


def test_a_name_used_as_a_person_is_no_place_without_a_cue() -> None:
    texts = ["“No,” said Rochester, and looked away.", "Rochester looked at the fire for a long time.",
             "Rochester was silent all evening.", "Rochester laughed at that, not kindly.",
             "We took the train to Bath and walked in Bath all day.", "Lovely tea in Bath again."]
    found = [(i, m, t) for i, t in enumerate(texts) for m in mentions(normalize(t)[0])]
    resolved = resolve(found)
    assert {r.place.name for r in resolved.values()} == {"Bath"}
    assert all(r.place.country == "GB" for r in resolved.values())
    # A strong cue keeps the place: "in Rochester" is the town.
    texts.append("Spent the day in Rochester with the kids.")
    found = [(i, m, t) for i, t in enumerate(texts) for m in mentions(normalize(t)[0])]
    assert sum(len(r.mentions) for r in resolve(found).values() if r.place.name == "Rochester") == 1
    # A city said as a person once ("Leeds said", the club) stays the city beside its uncued uses.
    texts = ["Leeds said in a statement that the deal is off."] + ["Leeds won again, get in!"] * 20
    found = [(i, m, t) for i, t in enumerate(texts) for m in mentions(normalize(t)[0])]
    assert [len(r.mentions) for r in resolve(found).values()] == [20]


def test_other_peoples_homes_are_not_the_writers(tmp_path: Path) -> None:
    posts = ["Joan Didion grew up in Sacramento.", "She moved to Portland at nineteen.",
             "My brother moved to Leeds last year.", "The heroine moved to Harrogate in chapter two.",
             "Interview: 'I grew up in Sheffield,' the Arctic Monkeys singer says.",
             'Taylor Swift sings "I moved to Portland when I was nineteen".',
             "They moved to Harrogate last spring, the neighbours said."]
    archive = build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True)
    assert _places(_scan(archive), "PLACE002") == []


def test_the_writers_own_home_is_still_found_and_a_region_settles_the_name(tmp_path: Path) -> None:
    posts = ["Moved to Portland, Oregon last year.", "Day trip to Leeds, lovely.",
             "I sold the flat and moved to Harrogate.", "We have just moved to Whitby and love it."]
    archive = build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True)
    homes = _places(_scan(archive), "PLACE002")
    assert any(m.startswith("Says they live in or come from Portland (Oregon, US)") for m in homes), homes
    assert any("Harrogate" in m for m in homes) and any("Whitby" in m for m in homes), homes


def test_german_nouns_are_no_towns_and_a_cued_name_still_is(tmp_path: Path) -> None:
    posts = ["Das Essen war heute wirklich lecker.", "Essen ist fertig, kommt an den Tisch!",
             "Nach dem Essen ein Spaziergang im Hof.", "Das Essen bei Oma ist immer gut.",
             "nach mit in den den das wochenende spät die das der ist der in gut",
             "wir waren in den den das ist gut", "Foto vom Balkon in Neukölln."]
    archive = build_mastodon_archive(tmp_path / "m", _notes(posts, "de"), zip=False)
    found = _places(_scan(archive))
    assert not [m for m in found if "Essen" in m or "Den Den" in m], found
    assert any("Neukölln" in m for m in found), found


def test_a_barrio_of_buenos_aires_is_not_sicily(tmp_path: Path) -> None:
    posts = ["Nací en Rosario pero vivo en Buenos Aires desde 2010.",
             "Tomo la línea D del subte desde Palermo todos los días a las 7:40.",
             "Otra vez tarde el subte desde Palermo, qué horror."]
    archive = build_mastodon_archive(tmp_path / "m", _notes(posts, "es"), zip=False)
    found = _places(_scan(archive))
    assert not [m for m in found if "(IT)" in m], found
    assert any("Palermo (AR)" in m for m in found), found


def test_titles_and_foreign_posts_at_the_mention_level() -> None:
    assert [m.kind for m in mentions("Mr. Weston is the most sensible man in Emma.")] == ["person"]
    assert [m.kind for m in mentions("Chelsea Peretti is the funniest person on Brooklyn 99.")] == []
    assert [m.key for m in mentions("Wir fahren morgen nach Essen.") if m.kind == "place"] == ["essen"]
    assert [m.key for m in mentions("Das Boot is on in London tonight") if m.kind == "place"] == ["london"]
    # St is no title (Saint, Street): "St Albans" stays a place.
    assert [m.key for m in mentions("Lovely walk in St Albans today") if m.kind == "place"] == ["st albans"]

"""Eleventh session, pfx11: places in text, review rev11c items 2 and 8.

Item 2: PLACE002 ("Says where they live", high) was lost by 3abb192 when the writer left the "I" out or
opened with a name or an age ("Quick intro: 34, moved to Bristol", "Jane here, moved to Leeds", "Me and
the kids moved to Leeds", "Our family moved to Sheffield when I was six", "Last year, after the
divorce, moved to Leeds"); other people's moves stay out, and "My brother, after the divorce, moved to
Leeds" and "My brother sold the house and moved to Leeds" (his move; "my" was taken for a subject)
are no longer the writer's (heuristics/places.toml [persons]).

Item 8: short English posts with a borrowed French or Spanish phrase ("Dinner at Le Cafe des Amis,
Manchester.", "Mi casa es su casa, Leeds edition", "Et tu, Brighton?") were judged to be in another
language and lost their places; a post is in another language only with enough function words of it
or a clear share of its words ([foreign] min_words, min_share).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app
from nymaudit.text.normalize import normalize
from nymaudit.text.places import mentions


def _scan(path: Path, *extra: str) -> dict:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra])
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def _messages(report: dict, rule: str) -> list[str]:
    return [f["message"] for f in report["findings"] if f["rule"] == rule]


def _tweets(texts: list[str]) -> list[dict]:
    start = datetime(2026, 3, 1, 19, 0, tzinfo=UTC)
    return [make_tweet(str(2_000_000 + i), start + timedelta(days=i, minutes=7 * i), t)
            for i, t in enumerate(texts)]


def _home(text: str) -> list[str]:
    """The places a text states as the writer's home (the cue PLACE002 is raised on)."""
    return [m.surface for m in mentions(normalize(text)[0]) if m.kind == "place" and m.cue == "residence"]


def test_an_intro_or_a_left_out_subject_is_the_writers_home(tmp_path: Path) -> None:
    posts = ["Quick intro: 34, moved to Bristol from Cardiff in 2019.",
             "Jane here, moved to Leeds last year and loving it.",
             "Me and the kids moved to Harrogate in June.",
             "Our family moved to Sheffield when I was six.",
             "Last year, after the divorce, moved to Whitby with the dog."]
    report = _scan(build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True))
    homes = _messages(report, "PLACE002")
    for town in ("Bristol", "Leeds", "Harrogate", "Sheffield", "Whitby"):
        assert any(town in m for m in homes), (town, homes)
    assert not any("Cardiff" in m for m in homes), homes
    assert {f["severity"] for f in report["findings"] if f["rule"] == "PLACE002"} == {"high"}
    # The same statements at the mention level, and a few more shapes of them.
    assert _home("Jane here - grew up in Sheffield, now in Leeds.") == ["Sheffield"]
    assert _home("Hi all, Jane here, 34, nurse, moved to Bristol in 2019.") == ["Bristol"]
    assert _home("Long story short, moved to Leeds.") == ["Leeds"]
    assert _home("Two years ago, moved to Harrogate.") == ["Harrogate"]
    assert _home("My whole family moved to Leeds in 2010.") == ["Leeds"]
    assert _home("The kids & I moved to Leeds.") == ["Leeds"]
    assert _home("Last summer moved to Whitby.") == ["Whitby"]
    assert _home("Tom last year moved to Leeds.") == []


def test_other_peoples_moves_stay_out(tmp_path: Path) -> None:
    posts = ["My brother, after the divorce, moved to Leeds.",
             "My brother sold the house and moved to Harrogate.",
             "Her family moved to Sheffield when she was six.",
             "Tom here, his sister moved to Whitby.",
             "Joan Didion, the essayist, grew up in Sacramento.",
             "Smith, 34, moved to Bristol in 2019.",
             "My brother - the eldest - moved to York.",
             "Last year, after the divorce, she moved to Durham.",
             "My brother's family moved to Lincoln."]
    report = _scan(build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True))
    assert _messages(report, "PLACE002") == []
    # Still mentioned: the places are named, only not as the writer's home.
    assert _messages(report, "PLACE001"), report["findings"]


def test_a_borrowed_phrase_does_not_make_an_english_post_foreign(tmp_path: Path) -> None:
    posts = ["Dinner at Le Cafe des Amis, Manchester. Magnifique.",
             "Mi casa es su casa, Leeds edition",
             "Et tu, Brighton? Est. 1998, Brighton's finest chippy."]
    report = _scan(build_twitter_archive(tmp_path / "x", _tweets(posts), zip=True))
    named = " ".join(_messages(report, "PLACE001"))
    for town in ("Manchester", "Leeds", "Brighton"):
        assert town in named, (town, named)
    # "La" written so is no "LA" (Los Angeles), English or French.
    assert [m.surface for m in mentions("La vie en rose, Paris style.")] == ["Paris"]
    assert [m.surface for m in mentions("Back in LA now")] == ["LA"]


def test_posts_in_another_language_still_need_a_place_preposition(tmp_path: Path) -> None:
    texts = ["Das Essen ist lecker.", "Nach dem Essen ein Spaziergang im Hof.",
             "Essen ist fertig, kommt an den Tisch!", "Wir fahren morgen nach Essen."]
    notes = [make_note(str(4000 + i), f"2026-05-{i + 1:02d}T18:{i:02d}:00Z", f"<p>{t}</p>", language="de")
             for i, t in enumerate(texts)]
    report = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False))
    # Only the cued one ("nach Essen"): two function words of German in four words are German.
    essen = [m for m in _messages(report, "PLACE001") if "Essen" in m]
    assert len(essen) == 1 and "once" in essen[0], essen
    assert mentions("Das Essen ist lecker.") == []

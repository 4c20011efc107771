"""Places, eighth session (2026-11-29): a name with many small American namesakes, lower-case
UK postcodes, and names that are ordinary words after a statement of home."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nymaudit.detectors import ScanContext
from nymaudit.detectors import places as detector
from nymaudit.model import Corpus
from nymaudit.text import places
from nymaudit.text.normalize import normalize


def _x_corpus(tmp_path: Path, texts: list[str]) -> Corpus:
    # As X hands the archive out (data/tweets.js), read by the real reader.
    from archive_builders import build_twitter_archive, make_tweet, read_source

    start = datetime(2026, 3, 1, 8, 15, tzinfo=UTC)
    tweets = [make_tweet(str(1770000000000000000 + i), start + timedelta(hours=7 * i), t)
              for i, t in enumerate(texts)]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    return Corpus(posts=read_source(path, "twitter").posts)


def _blog_corpus(tmp_path: Path, bodies: list[str]) -> Corpus:
    # A folder of Markdown posts (Jekyll), read by the blog reader.
    from archive_builders import build_jekyll_blog, read_source

    posts = [{"name": f"2026-0{1 + i % 9}-1{i % 10}-post-{i}.md",
              "front": {"title": f"Post {i}", "date": f"2026-0{1 + i % 9}-1{i % 10} 08:00:00 +0000"},
              "body": body} for i, body in enumerate(bodies)]
    return Corpus(posts=read_source(build_jekyll_blog(tmp_path / "blog", posts), "blog").posts)


def _places(corpus: Corpus, rule: str = "PLACE001") -> dict[str, tuple[str, str, str]]:
    """Clue value -> (rule, confidence, message) of the rule's findings."""
    result = detector.detect(ScanContext(corpus))
    return {f.clue.value: (f.rule, f.confidence.label, f.message)
            for f in result.findings if f.rule == rule and f.clue}


# ---------------------------------------------------------------- item 1: namesakes


def test_manchester_beside_cambridge_is_not_put_in_the_united_states(tmp_path: Path) -> None:
    # Each of the two names was judged by the other's votes, one per namesake: Cambridge's ten
    # American namesakes made "Manchester" Manchester (US), New Hampshire named first, England
    # left out, and Manchester's sixteen made Cambridge American. Votes are now shared by
    # population (Manchester, England: 569,000; New Hampshire 110,000; the rest villages).
    texts = ["Spent the day in Manchester again.", "Went to Cambridge for the day."]
    found = _places(_x_corpus(tmp_path, texts))
    assert "Manchester (US)" not in found and "Cambridge (US)" not in found, found
    assert "Cambridge (England, GB)" in found
    manchester = found["Manchester"]  # no namesake's country claimed
    assert manchester[1] == "low"
    assert "places of that name are in England (GB), New Hampshire (US)" in manchester[2]


def test_two_names_do_not_settle_each_other_apart(tmp_path: Path) -> None:
    # Oxford beside Worcester: Oxford went to Mississippi on Worcester's American vote while
    # Worcester went to England on Oxford's English one, and neither said it was unsure of the
    # country. Both are now open, the largest namesakes first.
    bodies = ["I live in Worcester and love it."] * 3 + ["Went to Oxford for the day."] * 3
    corpus = _blog_corpus(tmp_path, bodies)
    found = _places(corpus)
    assert {"Oxford", "Worcester"} <= set(found), found
    assert "places of that name are in England (GB), Mississippi (US)" in found["Oxford"][2]
    assert "places of that name are in Massachusetts (US)" in found["Worcester"][2]
    for value in found:
        assert "(US)" not in value and "(GB)" not in value, found


def test_a_name_alone_lists_its_namesakes_by_population(tmp_path: Path) -> None:
    for name, first in (("Manchester", "England (GB), New Hampshire (US)"),
                        ("Birmingham", "England (GB), Alabama (US)"),
                        ("Cambridge", "England (GB), Ontario (CA), Massachusetts (US)")):
        corpus = _blog_corpus(tmp_path / name, [f"I live in {name} and it rained all week."] * 4)
        found, home = _places(corpus), _places(corpus, "PLACE002")
        assert set(found) == set(home) == {name}, found
        assert f"places of that name are in {first}" in found[name][2]
        assert f"places of that name are in {first}" in home[name][2]
        # Not even the country is settled: low however often; the statement itself is sure.
        assert (found[name][1], home[name][1]) == ("low", "medium")


# ---------------------------------------------------------------- item 2: lower-case postcodes


@pytest.mark.parametrize(("text", "value"), [
    ("parcel went to sw1a 1aa by mistake", "SW1A 1AA"),
    ("we're at ls18 5ht now", "LS18 5HT"),
    ("postcode m14 6pb if anyone finds my cat", "M14 6PB"),
    ("send it to ls6 3qd.", "LS6 3QD"),
    ("Sw1a 1aa is the palace", "SW1A 1AA"),
])
def test_a_lower_case_postcode_is_found(text: str, value: str) -> None:
    plain, _ = normalize(text)
    assert [(s.kind, s.value) for s in places.spots(plain)] == [("postcode", value)]


@pytest.mark.parametrize("text", [
    "we came se7 1st overall", "meet at b2 2nd floor", "cp dir1 2ab", "ls6 3qd.json",
    "version ab1 2cd-beta", "s3 bucket in eu-west-2", "an ec2 instance", "the m62 was closed",
    "rise in co2 levels", "vitamins in b12", "for name in dt1.names:", "Best chippy in ls6 says Sam",
])
def test_lower_case_words_and_code_are_no_postcode(text: str) -> None:
    plain, _ = normalize(text)
    assert places.spots(plain) == []


@pytest.mark.parametrize(("text", "value"), [
    ("best chippy in ls6", "LS6"), ("anyone else in the bs3 area", "BS3"), ("prices in sw19 are mad", "SW19"),
])
def test_a_lower_case_district_is_found_after_a_cue(text: str, value: str) -> None:
    plain, _ = normalize(text)
    assert [(s.kind, s.value) for s in places.spots(plain)] == [("outward", value)]


def test_a_lower_case_postcode_in_an_x_archive_is_reported(tmp_path: Path) -> None:
    corpus = _x_corpus(tmp_path, ["parcel went to ls18 5ht instead of me, again"])
    result = detector.detect(ScanContext(corpus))
    codes = [f for f in result.findings if f.rule == "PLACE004"]
    assert len(codes) == 1 and codes[0].clue is not None and codes[0].clue.value == "LS18 5HT"


@pytest.mark.parametrize(("text", "value"), [
    ("ship it to austin, tx 78701", "TX 78701"), ("brooklyn, ny 11215 represent", "NY 11215"),
])
def test_a_zip_after_a_lower_case_state_is_found(text: str, value: str) -> None:
    plain, _ = normalize(text)
    assert [(s.kind, s.value) for s in places.spots(plain)] == [("zip", value)]


@pytest.mark.parametrize("text", [
    "i paid, ok 12345 it is", "well, in 20000 years", "tx 78701", "fine, me 10000 times"])
def test_a_lower_case_word_before_a_number_is_no_zip(text: str) -> None:
    plain, _ = normalize(text)
    assert places.spots(plain) == []


# ---------------------------------------------------------------- item 3: ordinary words


@pytest.mark.parametrize(("text", "key"), [
    ("i live in hull", "hull"), ("we moved to bath last year", "bath"),
    ("i'm from reading originally", "reading"), ("we moved to nice in 2019", "nice"),
    ("i grew up in split", "split"), ("i'm from hull originally", "hull"),
    ("I LIVE IN HULL", "hull"),
])
def test_an_ordinary_word_after_a_statement_of_home_is_the_town(text: str, key: str) -> None:
    plain, _ = normalize(text)
    assert [(m.key, m.cue) for m in places.mentions(plain) if m.kind == "place"] == [(key, "residence")]


@pytest.mark.parametrize("text", [
    "the hull of the ship", "a hot bath", "reading a book", "nice one", "moved to split the bill",
    "we moved to reading more books", "i moved to bath the kids", "i live in the bath lol",
    "back in reading a lot lately", "i live in bath robes lol", "im in bath", "we moved to deal with it",
])
def test_an_ordinary_word_in_an_ordinary_sentence_is_no_place(text: str) -> None:
    plain, _ = normalize(text)
    assert [m.key for m in places.mentions(plain) if m.kind == "place"] == []


def test_a_lower_case_home_in_hull_is_reported(tmp_path: Path) -> None:
    texts = ["i live in hull, the wind never stops", "cold one today",
             "we moved to hull last year, no regrets"]
    home = _places(_x_corpus(tmp_path, texts), "PLACE002")
    # Hull, England (filed as Kingston upon Hull, 314,000), not Hull, Quebec (63,700) first.
    assert list(home) == ["Hull"], home
    assert "places of that name are in England (GB), Quebec (CA)" in home["Hull"][2]


# ---------------------------------------------------------------- red team rev8a (same day),
# items 7-9: ordinary words after a subject-less "moved to", car talk as postcodes, London
# taken for London, Ohio on the votes of two names.

SOMEONE_ELSES_MOVE = [
    "the class moved to reading and writing this term", "year 1 moved to reading last week",
    "moved to nice and quiet place now", "the team moved to split, then back home",
    "i'm from nice and friendly stock", "my brother moved to bath last year",
]


@pytest.mark.parametrize("text", SOMEONE_ELSES_MOVE)
def test_an_ordinary_word_needs_the_writer_as_subject(text: str) -> None:
    plain, _ = normalize(text)
    assert [m.key for m in places.mentions(plain) if m.kind == "place"] == []


def test_ordinary_words_in_an_x_archive_give_no_home(tmp_path: Path) -> None:
    assert _places(_x_corpus(tmp_path, SOMEONE_ELSES_MOVE), "PLACE002") == {}


@pytest.mark.parametrize("text", [
    "selling my bmw m3 2dr coupe", "the m5 4dr saloon is quick", "wa2 3hr drive", "x=ab12 3ab",
])
def test_car_talk_is_no_postcode(text: str) -> None:
    plain, _ = normalize(text)
    assert [s for s in places.spots(plain) if s.kind == "postcode"] == []


def test_car_talk_in_an_x_archive_gives_no_postcode(tmp_path: Path) -> None:
    texts = ["selling my bmw m3 2dr coupe", "the m5 4dr saloon is quick", "wa2 3hr drive then bed"]
    result = detector.detect(ScanContext(_x_corpus(tmp_path, texts)))
    assert [f.rule for f in result.findings if f.rule == "PLACE004"] == []


LONDON = ["Back in London tonight after a long week", "London traffic was awful again",
          "Meeting friends in London on Saturday", "Train to London delayed, as usual",
          "London in the rain is still lovely"]


@pytest.mark.parametrize("others", [
    ["Drove up to Cleveland to see mum", "Cleveland was windy today"],
    ["Charlotte came round for tea", "Charlotte and I went to the market", "Dinner with Charlotte tonight",
     "Brandon fixed my bike", "Brandon is moving house", "Cleveland hills were windy today",
     "Cleveland Way walk again"],
])
def test_london_named_most_is_not_settled_abroad(tmp_path: Path, others: list[str]) -> None:
    # London, England (8.96 M) is 21 times London, Ontario: two mentions of Cleveland (or
    # friends named Charlotte and Brandon) made it London (US), high/high, with England not
    # even listed. Now it is open, England first.
    found = _places(_x_corpus(tmp_path, LONDON + others))
    london = {v: (c, m) for v, (_, c, m) in found.items() if v.startswith("London")}
    assert list(london) == ["London"], found
    confidence, message = london["London"]
    assert confidence == "low" and "places of that name are in England (GB), Ontario (CA)" in message
    home = _places(_x_corpus(tmp_path / "b", LONDON + others), "PLACE002")
    assert list(home) == ["London"] and "England (GB)" in home["London"][2], home


def test_london_settled_on_the_first_look_stays_settled_on_the_second(tmp_path: Path) -> None:
    # As Sense and Sensibility (London x35 beside Willoughby, Norland, Brandon, Charlotte and
    # Cleveland, all American towns too): the second look, taking each name for its chosen
    # place, put London, Ohio back in contention and London lost its country.
    texts = (["We stopped at Willoughby"] * 3 + ["Back at Norland for the week"] * 2 + ["Trip to Brandon"] * 2
             + ["Staying in Charlotte", "Back in London tonight", "London traffic was awful",
                "Meeting friends in London", "Trip to Cleveland", "Trip to Cleveland", "Trip to Exeter"])
    found = _places(_x_corpus(tmp_path, texts))
    london = {v: m for v, (_, _, m) in found.items() if v.startswith("London")}
    assert list(london) == ["London (England, GB)"], found
    assert "Ohio" not in london["London (England, GB)"]

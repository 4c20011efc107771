"""Named places: gazetteer, traps, cues, postcodes and other spots, clustering."""

from __future__ import annotations

import time

import pytest

from nymaudit.detectors import ScanContext
from nymaudit.detectors import places as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import places
from nymaudit.text.gazetteer import distance_km, key_of, load


def names(text: str, kind: str = "place") -> list[str]:
    return [m.surface for m in places.mentions(text) if m.kind == kind]


def test_gazetteer_loads_compactly_with_villages_and_flags() -> None:
    t0 = time.perf_counter()
    gaz = load()
    assert time.perf_counter() - t0 < 5  # generous: only guards against JSON parsing
    assert len(gaz) > 50_000
    leeds = gaz.lookup("leeds")[0]
    assert (leeds.country, leeds.admin1) == ("GB", "ENG") and leeds.population > 400_000
    assert gaz.lookup("reading")[0].common_word
    assert gaz.lookup(key_of("Stoke-on-Trent"))
    assert gaz.lookup(key_of("King's Lynn"))
    assert gaz.lookup(key_of("St. Albans"))
    assert 5 < distance_km(gaz.lookup("leeds")[0], gaz.lookup("bradford")[0]) < 20


@pytest.mark.parametrize("text", [
    "Reading a book in the garden", "March is always grim", "Bath time for the kids",
    "Nice weather for ducks", "Sale starts tomorrow", "Got a new jersey for the match",
    "Florence Pugh was brilliant", "Gary Neville was on TV", "Paris Hilton was on TV again",
    "Boston cream pie is not a pie", "Liverpool fans were loud", "Split pea soup",
    "Mark my words", "Hope you are well", "Back in March we went out",
    "Watched the Newcastle game in the pub", "Can't believe Adelaide beat us",
    "Richmond Park deer were out",
])
def test_traps_are_not_places(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Traffic in Leeds again", ["Leeds"]),
    ("Lovely walk near Otley", ["Otley"]),
    ("in Bath for the day", ["Bath"]),
    ("Our local in Sale has reopened", ["Sale"]),
    ("I love Stoke-on-Trent and St. Albans", ["Stoke-on-Trent", "St. Albans"]),
    ("Visited Mobile, Alabama for a wedding", ["Mobile"]),
    ("Bangalore traffic ate my day", ["Bangalore"]),
    ("#Leeds is great", ["Leeds"]),
    ("Adelaide's footy crowd was wild", ["Adelaide"]),
])
def test_places_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_residence_cue_is_marked() -> None:
    found = places.mentions("We moved to Harrogate last spring")
    assert [(m.surface, m.cue) for m in found] == [("Harrogate", "residence")]
    region = places.mentions("Here in Ireland we just get on with it")
    assert [(m.surface, m.kind, m.cue) for m in region] == [("Ireland", "country", "residence")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Parcel went to LS6 3QD", "postcode"),
    ("Best chippy in LS6 by miles", "outward"),
    ("Ship to Austin, TX 78701", "zip"),
    ("Meet at 53.8008, -1.5491", "coordinates"),
    ("51°30'26\"N 0°7'39\"W", "coordinates"),
    ("The spot: ///filled.count.soap", "what3words"),
    ("Left at 42 Acacia Avenue", "street"),
    ("We live on Pendle Road", "street_residence"),
])
def test_spots(text: str, kind: str) -> None:
    assert kind in {s.kind for s in places.spots(text)}


@pytest.mark.parametrize("text", [
    "Stuck on the M62 again", "in M25 traffic", "Version 3.10.12, 2.7.18", "Pi is 3.14159",
    "Number 10 Downing Street announced", "I paid 12345 for it", "Latitude 95.1234, 200.5678",
])
def test_not_spots(text: str) -> None:
    assert places.spots(text) == []


def _corpus(texts: list[str]) -> Corpus:
    return Corpus(posts=[Post(str(i), None, t, Origin("tweets.js", str(i)))
                         for i, t in enumerate(texts)])


def test_mentions_cluster_into_one_location_clue() -> None:
    texts = ["Traffic in Leeds again"] * 20 + ["Pint in Bradford"] * 3 + ["Rain in Pudsey"] * 2
    texts += ["Lovely day in Cardiff"]
    result = detector.detect(ScanContext(_corpus(texts)))
    clusters = [f for f in result.findings if f.rule == "PLACE001"]
    assert clusters[0].message.startswith("25 mentions within 15 km of Leeds")
    assert clusters[0].severity.label == "high"
    assert clusters[0].clue is not None and clusters[0].clue.kind == "location"
    assert "Cardiff" in clusters[1].message and clusters[1].severity.label == "low"


def test_ambiguous_names_follow_the_other_clues() -> None:
    # Several US mentions make "Portland" the Oregon one, not Maine's or Dorset's.
    texts = ["Moving to Seattle soon", "Traffic in Tacoma", "Coffee in Portland is best",
             "Drove to Eugene"]
    result = detector.detect(ScanContext(_corpus(texts)))
    portland = [f for f in result.findings if f.clue and "Portland" in f.clue.value]
    assert portland and "OR" in portland[0].clue.value


def test_retweets_are_ignored() -> None:
    corpus = _corpus(["I live in Leeds"])
    corpus.posts[0].authored = False
    assert detector.detect(ScanContext(corpus)).findings == []


def test_region_said_once_without_cue_is_not_reported() -> None:
    result = detector.detect(ScanContext(_corpus(["Yorkshire tea is the best"])))
    assert not [f for f in result.findings if f.rule == "PLACE003"]


def test_lone_foreign_village_among_home_mentions_is_dropped() -> None:
    # Headingley is a Leeds suburb the gazetteer lacks; its only entry is a Canadian
    # village. With every other mention in England it is not reported as Canada.
    texts = ["Traffic in Leeds", "Walk near Otley", "Rain in Bradford",
             "The one-way system in Headingley is mad"]
    result = detector.detect(ScanContext(_corpus(texts)))
    assert not [f for f in result.findings if f.clue and "(CA)" in f.clue.value]
    alone = detector.detect(ScanContext(_corpus(["The one-way system in Headingley is mad"])))
    assert [f for f in alone.findings if f.clue and "Headingley" in f.clue.value]


def _naive_clusters(resolved, radius_km):
    """The clustering as first written: every place against every centre."""
    order = sorted(resolved.values(), key=lambda r: (-len(r.mentions), -r.place.population))
    clusters = []
    for item in order:
        for c in clusters:
            if distance_km(c.centre, item.place) <= radius_km:
                c.members.append(item)
                break
        else:
            clusters.append(places.Cluster(item.place, [item]))
    clusters.sort(key=lambda c: -c.count)
    return clusters


@pytest.mark.parametrize("seed", range(6))
def test_grid_clustering_gives_the_clusters_of_comparing_every_centre(seed: int) -> None:
    """The grid only skips centres that cannot be within the radius: same clusters,
    same members, same order as the quadratic version, on dense and sparse draws,
    across the date line and near the poles."""
    import random

    from nymaudit.text.gazetteer import Place

    rng = random.Random(seed)
    resolved = {}
    for i in range(400):
        if i % 3 == 0:  # a dense patch, so clusters form
            lat, lon = 53.8 + rng.uniform(-0.5, 0.5), -1.6 + rng.uniform(-0.8, 0.8)
        elif i % 3 == 1:  # near the date line and the poles
            lat, lon = rng.choice([rng.uniform(-89.9, -80), rng.uniform(80, 89.9), rng.uniform(-10, 10)]), \
                rng.choice([rng.uniform(179.5, 180), rng.uniform(-180, -179.5)])
        else:
            lat, lon = rng.uniform(-90, 90), rng.uniform(-180, 180)
        place = Place(f"p{i}", lat, lon, "GB", "ENG", rng.randint(1, 10_000), "Europe/London", False)
        resolved[place] = places.Resolved(place, [None] * rng.randint(1, 5))
    for radius in (15.0, 80.0):
        fast = places.cluster(resolved, radius)
        slow = _naive_clusters(resolved, radius)
        assert [(c.centre.name, [m.place.name for m in c.members]) for c in fast] == \
            [(c.centre.name, [m.place.name for m in c.members]) for c in slow]

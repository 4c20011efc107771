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
    assert portland and portland[0].clue.value == "Portland (Oregon, US)"


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


# ---- 2026-11-29, sixth session: walkthrough item 7 (streets, landmarks, context)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lunch in Bryant Park, finally some sun.", []),
    ("Walked along Wilmslow Road to the shops.", []),
    ("Try the chippy on Burton Road, best in south Manchester imo.", ["Manchester"]),
    ("Leicester Square was rammed", []),
    ("Oxford St was heaving", []),
    ("Our flat is at 14 Burton Road, Didsbury.", ["Didsbury"]),
    ("Working late at the office in Midtown, the view is the only perk.", []),
    ("We moved to Midtown, TN last year", ["Midtown"]),
    ("Bury St Edmunds is lovely", ["Bury St Edmunds"]),
    ("Smashed the Sydney Harbour Bridge climb today", ["Sydney"]),
])
def test_streets_landmarks_and_city_parts_are_not_towns(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Our house in Fremantle is near the port.",
    "Walked up from our place in Mount Lawley this arvo after school finished.",
])
def test_our_house_in_is_a_residence_cue(text: str) -> None:
    assert [m.cue for m in places.mentions(text)] == ["residence"]


@pytest.mark.parametrize(("text", "value"), [
    ("I live at 1251 6th Ave, New York.", "1251 6th Ave"),
    ("Heading into the office at 1251 6th Ave this morning", "1251 6th Ave"),
    ("Meet at 350 W 42nd St", "350 W 42nd St"),
])
def test_street_addresses_with_ordinal_names(text: str, value: str) -> None:
    assert [(s.kind, s.value) for s in places.spots(text)] == [("street", value)]


@pytest.mark.parametrize("text", ["We came 2 3rd Place overall", "221B Baker St is famous"])
def test_not_street_addresses(text: str) -> None:
    assert places.spots(text) == []


def _twitter_corpus(texts: list[str]) -> Corpus:
    # As the X archive reader builds it: one post per tweet, origin tweets.js#<id>.
    return Corpus(posts=[Post(str(1890000000000000000 + i), None, t,
                              Origin("tweets.js", str(1890000000000000000 + i)))
                         for i, t in enumerate(texts)])


def test_nyc_account_has_no_midtown_tn_or_bryant_ar() -> None:
    # The walkthrough's X account: Midtown and Bryant Park were two HIGH/high clusters
    # in Tennessee and Arkansas beside 57 New York mentions.
    texts = ["Working late at the office in Midtown, the view is the only perk."] * 21
    texts += ["Lunch in Bryant Park, finally some sun."] * 13
    texts += ["Anyone know a good pediatrician in Brooklyn who takes Aetna?"] * 16
    texts += ["Coffee in Williamsburg before work"] * 16 + ["Stroller traffic in Park Slope"] * 13
    texts += ["Subway delays all over NYC again"] * 12
    result = detector.detect(ScanContext(_twitter_corpus(texts)))
    values = [f.clue.value for f in result.findings if f.rule == "PLACE001" and f.clue]
    assert values == ["Brooklyn (New York, US)"]


def _reddit_corpus(texts: list[str]) -> Corpus:
    # As the Reddit export reader builds it: comments.csv rows, origin with the row id.
    return Corpus(posts=[Post(f"t1_k{i:05d}x", None, t,
                              Origin("reddit_export.zip!comments.csv", f"t1_k{i:05d}x"))
                         for i, t in enumerate(texts)])


def test_far_small_cluster_beside_the_main_one_is_doubtful() -> None:
    # Withington is a Manchester suburb; the gazetteer has only two villages of that
    # name 90 km away. Burton Road and Wilmslow Road are streets there.
    texts = ["Rain again in Manchester, who could have guessed."] * 30
    texts += ["The 86 bus through Didsbury was rammed"] * 20 + ["My Mum lives in Stockport"] * 10
    texts += ["Does anyone know a decent nursery in Withington? Ours is closing"] * 20
    texts += ["Try the chippy on Burton Road, best in south Manchester imo."] * 22
    texts += ["If you're in M20 the Co-op on Wilmslow Road has the cheapest milk"] * 22
    result = detector.detect(ScanContext(_reddit_corpus(texts)))
    clusters = {f.clue.value: f for f in result.findings if f.rule == "PLACE001" and f.clue}
    assert list(clusters)[0] == "Manchester (England, GB)"
    assert not [v for v in clusters if v.startswith(("Burton", "Wilmslow"))]
    far = clusters["Withington (England, GB)"]
    assert (far.severity.label, far.confidence.label) == ("medium", "low")
    assert "mostly near Manchester (England, GB)" in far.message
    # Alone, the same mentions are not doubted: nothing else points elsewhere.
    alone = detector.detect(ScanContext(_reddit_corpus(texts[60:80])))
    only = [f for f in alone.findings if f.rule == "PLACE001"]
    assert [(f.severity.label, f.confidence.label) for f in only] == [("high", "medium")]


def test_one_mention_of_a_shared_name_is_low_confidence() -> None:
    result = detector.detect(ScanContext(_corpus(["I love going to Hyde Park on Sundays."])))
    found = [f for f in result.findings if f.rule == "PLACE001"]
    assert [f.confidence.label for f in found] == ["low"]


# ---------------------------------------------------------------- seventh session:
# homonyms judged by the account's other names, region names in labels.


def _mastodon_corpus(tmp_path, texts: list[str]) -> Corpus:  # type: ignore[no-untyped-def]
    # As Mastodon exports it (outbox.json of Create activities), read by the real reader.
    from archive_builders import build_mastodon_archive, make_note, read_source

    notes = [make_note(str(110000000000 + i), f"2026-0{1 + i % 9}-1{i % 10}T09:1{i % 10}:00Z",
                       f"<p>{t}</p>", actor="https://aus.social/users/chalkdust")
             for i, t in enumerate(texts)]
    path = build_mastodon_archive(tmp_path / "m", notes, zip=False, actor="https://aus.social/users/chalkdust")
    return Corpus(posts=read_source(path, "mastodon").posts)


def test_adelaide_parklands_are_not_christchurch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The walkthrough's Adelaide teacher: "the Parklands" (Adelaide's park lands, not in the
    # gazetteer, which has a Christchurch suburb and a hamlet near Perth) 20 times, Henley
    # Beach (Adelaide) 12 times. It was "20 mentions within 15 km of Parklands (E9, NZ)",
    # HIGH/high, beside Henley Beach (AU).
    texts = ["My doona at the Parklands seemed stinking hot and our arvo was a nightmare."] * 20
    texts += ["That report card at Henley Beach seemed flat out but the playground was fine."] * 12
    texts += ["The sunscreen at Glenelg was daggy and that oval seemed fine."] * 5
    result = detector.detect(ScanContext(_mastodon_corpus(tmp_path, texts)))
    found = {f.clue.value: f for f in result.findings if f.rule == "PLACE001" and f.clue}
    assert set(found) == {"Henley Beach (South Australia, AU)", "Parklands"}
    henley = found["Henley Beach (South Australia, AU)"]
    assert (henley.severity.label, henley.confidence.label) == ("high", "high")
    parklands = found["Parklands"]
    assert (parklands.severity.label, parklands.confidence.label) == ("medium", "low")
    assert "Canterbury (NZ) and Western Australia (AU)" in parklands.message
    assert "mostly near Henley Beach (South Australia, AU)" in parklands.message
    assert "local name there that the gazetteer lacks" in parklands.message
    assert not any("E9" in f.message or "NZ)" in f.message.split(".")[0] for f in result.findings)


def test_a_shared_name_with_nothing_to_settle_it_names_no_region(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The walkthrough's Bengaluru blog (Hugo, +05:30): "Whitefield" (a Bengaluru area the
    # gazetteer lacks) was "Whitefield (ME, US)": its two American namesakes outvoted the
    # larger English one on the name's own say-so. Now the label claims no region and
    # the message lists the places of that name.
    from archive_builders import build_hugo_site, read_source

    body = ("Appraisal got preponed to 29/11/2026 itself. My manager said kindly do the needful "
            "and revert back by EOD. Bonus is 2 lakh only, while the startup is valued at 40 crore. "
            "My cousin-brother in Whitefield laughed.\n\nShot this from our office terrace in "
            "Indiranagar, near the metro station.\n")
    pages = [{"path": "posts/appraisal.md", "yaml": True,
              "front": {"title": "Appraisal season", "date": "2026-11-20T21:15:00+05:30"}, "body": body}]
    posts = read_source(build_hugo_site(tmp_path / "site", pages), "blog").posts
    result = detector.detect(ScanContext(Corpus(posts=posts)))
    found = [f for f in result.findings if f.rule == "PLACE001"]
    assert [(f.clue.value, f.confidence.label) for f in found if f.clue] == [("Whitefield", "low")]
    assert "England (GB), Maine (US) and New Hampshire (US)" in found[0].message
    assert "(ME, US)" not in found[0].message
    # Said often, it is still low confidence: not even the country is settled.
    often = detector.detect(ScanContext(_corpus(["My cousin-brother in Whitefield laughed."] * 6)))
    assert [(f.clue.value, f.severity.label, f.confidence.label)
            for f in often.findings if f.rule == "PLACE001" and f.clue] == [("Whitefield", "medium", "low")]


def test_a_namesake_near_the_other_places_is_the_one_meant() -> None:
    # Newport on the Isle of Wight (25,000) beside Ryde and Cowes, not Newport in Wales
    # (161,000), which the population alone chose.
    texts = ["Ferry over to Ryde this morning"] * 3 + ["Sailing in Cowes this weekend"] * 3
    texts += ["Shopping in Newport later"] * 2
    result = detector.detect(ScanContext(_corpus(texts)))
    found = [f for f in result.findings if f.rule == "PLACE001"]
    assert len(found) == 1 and "Newport ×2" in found[0].message
    assert found[0].clue is not None and found[0].clue.value == "Ryde (England, GB)"


@pytest.mark.parametrize(("key", "country", "value"), [
    ("henley beach", "AU", "Henley Beach (South Australia, AU)"),
    ("parklands", "NZ", "Parklands (Canterbury, NZ)"),
    ("whitefield", "US", "Whitefield (Maine, US)"),
    ("bengaluru", "IN", "Bengaluru (Karnataka, IN)"),
    ("toronto", "CA", "Toronto (Ontario, CA)"),
    ("lyon", "FR", "Lyon (FR)"),  # a code with no name in [admin1]: the country alone
])
def test_labels_name_the_region_or_leave_it_out(key: str, country: str, value: str) -> None:
    place = next(p for p in load().lookup(key) if p.country == country and p.kind == "place")
    assert places.label(place) == value


def test_a_village_abroad_named_often_is_kept_and_doubted() -> None:
    # Named once, a small place abroad beside an account at home is left out (as before);
    # named often (here more than the home places), it is kept, and doubted rather than
    # taken for home.
    texts = ["Traffic in Leeds again"] * 6 + ["Rain in Pudsey"] * 4
    once = detector.detect(ScanContext(_corpus(texts + ["Lunch in Bundanoon"])))
    assert not [f for f in once.findings if f.clue and "Bundanoon" in f.clue.value]
    often = detector.detect(ScanContext(_corpus(texts + ["Lunch in Bundanoon"] * 12)))
    far = [f for f in often.findings if f.rule == "PLACE001" and f.clue and "Bundanoon" in f.clue.value]
    assert len(far) == 1 and far[0].confidence.label == "low"
    assert "mostly near Leeds (England, GB)" in far[0].message


def test_a_home_far_from_everything_else_is_not_given_a_namesakes_region() -> None:
    texts = ["My doona at the Parklands seemed stinking hot"] * 20
    texts += ["That report card at Henley Beach was fine"] * 12 + ["We live near the Parklands, love it"]
    result = detector.detect(ScanContext(_corpus(texts)))
    home = [f for f in result.findings if f.rule == "PLACE002"]
    assert [(f.clue.value, f.confidence.label) for f in home if f.clue] == [("Parklands", "medium")]
    assert "mostly near Henley Beach (South Australia, AU)" in home[0].message


# ---------------------------------------------------------------- red team of the seventh
# session, item 6: two names that settle each other; no doubt with a namesake near.


def test_perth_beside_dundee_is_scotland_and_not_doubted() -> None:
    # The red team's account: "Perth (NY, US)" was chosen on the votes of Dundee's American
    # namesakes, then doubted as "29 km or more" from Dundee (doubt_km is 50) and "maybe a
    # local name the gazetteer lacks", with Dundee left unsettled. Perth, Scotland (47,350)
    # is in the gazetteer, 29 km from Dundee.
    texts = ["I live in Perth and love it.", "Train to Dundee this morning.", "Drove up to Pitlochry."] * 10
    result = detector.detect(ScanContext(_corpus(texts)))
    values = {f.clue.value for f in result.findings if f.rule in ("PLACE001", "PLACE002") and f.clue}
    assert values == {"Perth (Scotland, GB)", "Dundee (Scotland, GB)"}, values
    for f in result.findings:
        assert "gazetteer lacks" not in f.message and "km or more" not in f.message, f.message
        assert "nothing else the account names settles" not in f.message, f.message
    # Either order of mention.
    again = detector.detect(ScanContext(_corpus(["I live in Dundee.", "Shopping in Perth today."] * 6)))
    assert {f.clue.value for f in again.findings if f.rule == "PLACE001" and f.clue} == {
        "Perth (Scotland, GB)", "Dundee (Scotland, GB)"}


def test_an_unsettled_name_draws_no_small_or_unlikely_namesakes() -> None:
    # An unsettled name draws only namesakes of a town's size, and only when it is taken for
    # its largest place: Worcester (largest in Massachusetts) does not make Oxford the
    # Massachusetts town of 13,000, nor Birmingham, AL (taken on Brighton's American
    # namesakes' votes) Brighton, AL.
    def chosen(texts: list[str]) -> dict[str, str]:
        found = [(i, m, t) for i, t in enumerate(texts) for m in places.mentions(t)]
        return {p.name: p.country for p in places.resolve(found)}

    assert chosen(["I live in Worcester and love it.", "Went to Oxford for the day."] * 6)["Oxford"] == "GB"
    brighton = chosen(["I live in Birmingham and love it.", "Went to Brighton for the day."] * 6)
    assert brighton["Brighton"] == "GB"


def test_a_name_with_a_namesake_near_the_others_is_not_doubted() -> None:
    # The doubt is judged by each name's nearest namesake, not the one chosen: with Perth
    # taken for Perth, NY beside ten mentions of Dundee, Perth, Scotland is 29 km away, so
    # "may be a local name the gazetteer lacks" would be false.
    mentions = [(Origin("tweets.js", str(i)), m, t) for i, t in enumerate(
        ["I live in Perth and love it.", "Train to Dundee this morning."] * 10) for m in places.mentions(t)]
    perth = [it for it in mentions if it[1].key == "perth"]
    dundee = [it for it in mentions if it[1].key == "dundee"]
    ny = next(p for p in places.places_of(perth[0][1]) if p.country == "US")
    scotland = places.places_of(dundee[0][1])[0]
    far = places.Cluster(ny, [places.Resolved(ny, perth)])
    main = places.Cluster(scotland, [places.Resolved(scotland, dundee)])
    assert distance_km(ny, scotland) > 50
    assert not detector._doubtful(far, main, len(mentions), places.data())
    # A name with no namesake near is doubted as before.
    texts = ["Rain again in Manchester, who could have guessed."] * 30
    texts += ["Does anyone know a decent nursery in Withington? Ours is closing"] * 20
    result = detector.detect(ScanContext(_reddit_corpus(texts)))
    assert any("gazetteer lacks" in f.message for f in result.findings if f.rule == "PLACE001")

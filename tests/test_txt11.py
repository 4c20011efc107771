"""Eleventh session, txt11: self-disclosures and places left over from the tenth session.

Item 1: "find me at the Jobcentre most weekdays" read as the writer's workplace (SELF011). A
Jobcentre, a hospital or a bank branch is where the public is found on weekdays too: only a staff
cue ("on shift", "on the front desk", "behind the counter", "working at the") makes it the
writer's workplace (heuristics/disclosure.toml FOUND_AT_SERVICE, STAFF_CUE).

Item 2: "Shoreditch, E2" and "Camden, N1" in a Bluesky bio gave nothing: the gazetteer lacks
those neighbourhoods and a one-letter postcode area needs a UK place before the comma. Now
heuristics/places.toml [neighbourhoods] lists neighbourhoods the gazetteer lacks with their
postcode districts, and ", <outward code>" after a name is a cue.

Item 3: "I spent ten years in Leeds as a nurse at St James's" and "After a decade as a teacher at
X, I ..." gave no employer (SELF011), while "She spent ten years as a nurse at X" must stay none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_bluesky_export, build_mastodon_archive, make_bsky_post, make_note
from nymaudit.cli import app
from nymaudit.text.disclosure import find
from nymaudit.text.normalize import normalize
from nymaudit.text.places import mentions, spots


def _self011(sentence: str) -> list[str]:
    text, _ = normalize(sentence)
    return [d.value for d in find(text) if d.rule_id == "SELF011"]


def _scan_json(*args: str) -> dict:
    result = CliRunner().invoke(app, ["scan", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


# -- item 1: found at a Jobcentre, a hospital, a branch ------------------------------------------

FOUND_THERE_NOT_WORKING = [
    "find me at the Jobcentre most weekdays",
    "You'll find me at the Jobcentre most weekdays until something turns up.",
    "Find me at the job centre every weekday morning, applying for anything going.",
    "You'll find me at St James's Hospital most weekdays for the next six weeks.",
    "Find me at the hospital Monday to Friday till the radiotherapy is done.",
    "You'll find me at the Tesco branch most weekdays.",
    "Find me at the Barclays branch most weekdays sorting out Dad's account.",
    "Find me at the infirmary most weekdays, Dad's in intensive care.",
    "You'll find me at the Jobcentre Plus Monday to Friday doing my job search.",
    "Find me at the hospital most weekdays while the kids are at school and Tom is at work.",
    "You can find me at Leeds General Infirmary most weekdays 9 to 5 while Dad is in ICU.",
    "You'll find me at the hospital weekdays during opening hours with Gran.",
    "Find me at the Jobcentre most weekdays until my shifts at Tesco start.",
    "You'll find me at the Jobcentre most weekdays, working in the café opposite after.",
]

FOUND_THERE_WORKING = [
    ("You'll find me behind the counter at the Jobcentre on Boar Lane most weekdays.",
     "works at the jobcentre"),
    ("You'll find me at the Jobcentre on shift most weekdays, come and say hi.", "works at the jobcentre"),
    ("You can find me on the front desk at the Jobcentre Monday to Friday.", "works at the jobcentre"),
    ("Find me at St James's Hospital on nights most weeks.", "St James's Hospital"),
    ("You'll find me at the hospital on the early shift most weekdays.", "works at the hospital"),
    ("Find me working at the Jobcentre Plus on Eastgate most weekdays.", "works at the jobcentre plus"),
    ("I can usually be found working at the hospital on weekdays.", "works at the hospital"),
    ("Find me at the Halifax branch behind the counter most weekdays.", "Halifax branch"),
    # Places that are workplaces by their kind: working days are enough, as before.
    ("Find me at the council offices most weekdays.", "works at the council offices"),
    ("You'll find me at the depot Monday to Friday.", "works at the depot"),
    ("You'll find me on the wards at Leeds General Infirmary most weekdays.", "Leeds General Infirmary"),
]


@pytest.mark.parametrize("sentence", FOUND_THERE_NOT_WORKING)
def test_found_at_a_public_place_on_weekdays_is_no_workplace(sentence: str) -> None:
    assert _self011(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), FOUND_THERE_WORKING)
def test_found_there_with_a_staff_cue_is_the_workplace(sentence: str, value: str) -> None:
    assert _self011(sentence) == [value]


def test_jobcentre_most_weekdays_in_a_mastodon_archive_is_a_routine_not_an_employer(tmp_path: Path) -> None:
    notes = [
        make_note("1001", "2026-03-02T09:15:00Z", "<p>You'll find me at the Jobcentre most weekdays.</p>"),
        make_note("1002", "2026-03-03T18:40:00Z",
                  "<p>You'll find me behind the counter at the Jobcentre on Boar Lane most weekdays.</p>"),
    ]
    archive = build_mastodon_archive(tmp_path / "masto", notes, zip=False)
    found = _scan_json(str(archive))["findings"]
    employer = [f for f in found if f["rule"] == "SELF011"]
    assert len(employer) == 1, employer
    assert "behind the counter" in employer[0]["evidence"]
    assert any(f["rule"] == "SELF016" for f in found)  # both say where and when: still a routine


# -- item 2: neighbourhoods and their postcode districts in a profile ------------------------------

DID = "did:plc:hl7q3c2mxa5vzrk4eydtwy2b"
PROFILE = f"at://{DID}/app.bsky.actor.profile/self"


@pytest.mark.parametrize(("bio", "district"), [
    ("Shoreditch, E2", "E2"),
    ("Camden, N1", "N1"),
    ("Designer. Shoreditch, E2. Views my own.", "E2"),
    ("Hoxton, N1 | she/her", "N1"),
    ("Stoke Newington, N16", "N16"),
    ("Levenshulme, M19", "M19"),
    ("Digbeth, B5", "B5"),
    ("Partick, G11", "G11"),
    ("Shoreditch, EC2A", "EC2A"),
])
def test_neighbourhood_and_its_district_in_a_profile(bio: str, district: str) -> None:
    text, _ = normalize(bio)
    assert [s.value for s in spots(text, profile=True) if s.kind == "outward"] == [district]


@pytest.mark.parametrize("bio", ["Shoreditch, M4", "Camden, B12", "Levenshulme, E2", "Vitamin, B12.",
                                 "Audi, S3."])
def test_neighbourhood_with_another_district_is_none(bio: str) -> None:
    text, _ = normalize(bio)
    assert not [s for s in spots(text, profile=True) if s.kind == "outward"]


def test_neighbourhood_is_a_uk_place_with_a_cue_only() -> None:
    found = mentions("Camden, N1")
    assert [(m.surface, m.cue) for m in found] == [("Camden", "after")]
    assert {p.country for p in found[0].candidates} == {"GB"}  # not Camden, NJ
    home = mentions("I live in Shoreditch now.")
    assert [(m.surface, m.cue, m.candidates[0].country) for m in home] == [("Shoreditch", "residence", "GB")]
    assert mentions("Shoreditch was heaving tonight") == []  # population 0: a cue is needed
    # A name the gazetteer has keeps its own places ("Camden, NJ" is New Jersey's).
    assert all(p.country == "US" for p in mentions("Camden, NJ is rough")[0].candidates[:3])


def _bsky(tmp_path: Path, bio: str) -> Path:
    posts = [make_bsky_post(text, f"2026-03-{day:02d}T{hour:02d}:15:00.000Z")
             for day, (hour, text) in enumerate([(8, "Flat white and a deadline."), (19, "Canal walk.")],
                                                start=2)]
    return build_bluesky_export(tmp_path / "bsky", posts, did=DID,
                                profile={"displayName": "Pixel Pusher", "description": bio})


@pytest.mark.parametrize(("bio", "district", "place"), [
    ("Designer. Shoreditch, E2. Views my own.", "E2", "Shoreditch"),
    ("Type nerd. Camden, N1.", "N1", "Camden"),
])
def test_bluesky_bio_neighbourhood_gives_the_district(tmp_path: Path, bio: str, district: str,
                                                      place: str) -> None:
    export = _bsky(tmp_path, bio)
    found = _scan_json(str(export))["findings"]
    districts = [f for f in found if f["rule"] == "PLACE005"]
    assert len(districts) == 1, districts
    assert districts[0]["clue"]["value"] == district and districts[0]["location"]["record"] == PROFILE
    named = [f for f in found if f["rule"] == "PLACE001"]
    assert named and place in named[0]["clue"]["value"] and "GB" in named[0]["clue"]["value"]
    redacted = CliRunner().invoke(app, ["scan", str(export), "--format", "json", "--redact", "-q"])
    assert place not in redacted.stdout and f", {district}" not in redacted.stdout


# -- item 3: a span of the writer's working life ----------------------------------------------------

WRITERS_JOB = [
    ("I spent ten years in Leeds as a nurse at St James's.", "St James's"),
    ("I worked in Leeds for ten years as a nurse at St James's.", "St James's"),
    ("I spent ten years in Newcastle upon Tyne as a nurse at the RVI.", "RVI"),
    ("I worked for ten years as a nurse at St James's in Leeds", "St James's"),
    ("After a decade as a teacher at Allerton High I quit", "Allerton High"),
    ("After a decade as a teacher at Allerton High, I quit.", "Allerton High"),
    ("After twenty-two years as a nurse at St James's, I've seen everything.", "St James's"),
    ("After 12 years as a teacher at Allerton High I finally left.", "Allerton High"),
    ("In twenty years as a nurse at St James's I never saw a winter like this.", "St James's"),
    ("My ten years as a nurse at St James's taught me patience.", "St James's"),
    ("During my time as a nurse at Leeds General Infirmary I learnt every corridor.",
     "Leeds General Infirmary"),
    ("I loved my years as a teacher at Allerton High.", "Allerton High"),
]

SOMEONE_ELSES_JOB = [
    "She spent ten years as a nurse at St James's.",
    "my mum spent ten years as a nurse at St James's.",
    "My mum spent ten years in Leeds as a nurse at St James's.",
    "After a decade as a teacher at Allerton High, she quit.",
    "After a decade as a teacher at Allerton High, Jane Smith said we were all underpaid.",
    "After ten years as a nurse at St James's she retired to Whitby.",
    "After years as a nurse at St James's, my sister retrained.",
    "Her ten years as a nurse at St James's made her tough.",
    "In her years as a nurse at St James's she saw it all.",
    "During my brother's time as a nurse at St James's I visited often.",
    "I met her in Leeds when she was a nurse at St James's.",
    "I met Jane in Leeds as a nurse at St James's was leaving.",
    "I think in ten years as a nurse at St James's you would see it all.",
    "I'd love to spend ten years in Leeds as a nurse at St James's.",
    "I never spent a year in Leeds as a nurse at St James's.",
]


@pytest.mark.parametrize(("sentence", "employer"), WRITERS_JOB)
def test_years_as_a_job_at_an_employer_are_the_writers(sentence: str, employer: str) -> None:
    assert _self011(sentence) == [employer]


@pytest.mark.parametrize("sentence", SOMEONE_ELSES_JOB)
def test_someone_elses_years_at_an_employer_are_not(sentence: str) -> None:
    assert _self011(sentence) == []


def test_ten_years_in_leeds_in_a_mastodon_archive_names_the_employer(tmp_path: Path) -> None:
    notes = [
        make_note("2001", "2026-04-01T20:05:00Z",
                  "<p>I spent ten years in Leeds as a nurse at St James's. Never again.</p>"),
        make_note("2002", "2026-04-02T20:10:00Z",
                  "<p>My mum spent ten years as a nurse at Pinderfields.</p>"),
    ]
    archive = build_mastodon_archive(tmp_path / "masto", notes, zip=False)
    employer = [f for f in _scan_json(str(archive))["findings"] if f["rule"] == "SELF011"]
    assert [f["clue"]["value"] for f in employer] == ["St James's"], employer


@pytest.mark.parametrize(("sentence", "employer"), [
    ("I work for Leeds City Council. Some days are long.", "Leeds City Council"),
    ("I worked as a nurse at St Mary's. Never again.", "St Mary's"),
    ("I've just joined Leeds City Council. Wish me luck.", "Leeds City Council"),
    ("I work at St. Mary's Hospital in Leeds", "St. Mary's Hospital"),
    ("I work for U.S. Bank now", "U.S. Bank"),
])
def test_the_employer_ends_at_the_end_of_its_sentence(sentence: str, employer: str) -> None:
    # Until the eleventh session the next sentence's first word joined the clue ("... Council. Some").
    assert _self011(sentence) == [employer]

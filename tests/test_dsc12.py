"""Twelfth session (2026-11-30), disclosures and places (dsc12):

1. An account's profile (X ``data/profile.js``, Mastodon ``actor.json``: records with
   ``extra["profile"]``) describes the writer without a verb: 'Staff nurse at St Thomas' Hospital',
   'Teacher. Mum of two.', 'Twenty years in local government.' give SELF010 (occupation) and SELF011
   (employer) there (heuristics/disclosure.toml ``profile_patterns``); the same words in a post, a
   topic ('Tweets about nursing') or a quotation in the bio do not.
2. walk12 item 9: "I've worked on ward 44 at Leeds General Infirmary ..." names the employer
   (SELF011, high), and "my ward manager Sue Blackwood" is a named colleague (SELF022, high).
3. walk12 papercut: a place's name inside an institution's longer name is not the place ("St
   James's University Hospital" named University, Florida; "the Bexley Wing" named Bexley), unless it
   is the name's first word ("Leeds General Infirmary" names Leeds).

Archives are built as the platforms build them (tests/archive_builders.py).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import (
    _ytd,
    build_jekyll_blog,
    build_mastodon_archive,
    build_twitter_archive,
    make_note,
    make_tweet,
)
from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

DEMO_X = Path(__file__).resolve().parents[1] / "src" / "nymaudit" / "demo" / "account" / "twitter"
PROFILE_LABEL = "[the account's profile, shown on its page]"


def _scan(path: Path, *extra: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _text_scan(path: Path, *extra: str) -> str:
    return CliRunner().invoke(app, ["scan", str(path), *extra], catch_exceptions=False).stdout


def _tweets(count: int = 30, extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    start = datetime(2025, 3, 3, 8, 10, tzinfo=UTC)
    words = ["Rain again.", "Tea first.", "Quiet day at the desk.", "Reading on the bus.", *extra]
    return [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i, hours=(i % 5) * 3),
                       words[i % len(words)]) for i in range(count)]


def _x_archive(tmp_path: Path, bio: str, *, tweets: tuple[str, ...] = ()) -> Path:
    profile = {"profile": {"description": {"bio": bio, "website": "", "location": "Bristol"}}}
    return build_twitter_archive(tmp_path / "x", _tweets(extra=tweets), zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


def _self(doc: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# -- 1. profile mode ---------------------------------------------------------------------------


def test_x_bio_job_and_employer_are_the_writers(tmp_path: Path) -> None:
    doc = _scan(_x_archive(tmp_path, "Staff nurse at St Thomas' Hospital. Views my own."))
    job, employer = _self(doc, "SELF010"), _self(doc, "SELF011")
    assert [f["clue"]["value"] for f in job] == ["Staff nurse"]
    assert [f["clue"]["value"] for f in employer] == ["St Thomas' Hospital"]
    assert employer[0]["severity"] == "high"
    for f in job + employer:
        assert f["location"]["path"].endswith("data/profile.js") and f["location"]["record"] == "bio"
        assert f["message"].endswith(PROFILE_LABEL)


@pytest.mark.parametrize("bio", [
    "Tweets about nursing and the NHS. Views my own.",
    "Tweets about nurses, trains and tea.",
    "\u201cEvery nurse at St Thomas' Hospital deserves a medal\u201d - my mum",
    "Daughter of a nurse. Married to a teacher.",
    "Aspiring teacher. Leeds.",
])
def test_x_bio_topic_quotation_or_someone_elses_job_is_no_occupation(tmp_path: Path, bio: str) -> None:
    doc = _scan(_x_archive(tmp_path, bio))
    assert not _self(doc, "SELF010") and not _self(doc, "SELF011"), [f["message"] for f in doc["findings"]]


def test_the_same_words_in_a_tweet_are_no_disclosure(tmp_path: Path) -> None:
    # Only a profile's description has the writer as its subject: a post's "Staff nurse at ..." is
    # a headline, a caption or someone else.
    doc = _scan(_x_archive(tmp_path, "Gulls by night.", tweets=("Staff nurse at St Thomas' Hospital.",)))
    assert not _self(doc, "SELF010") and not _self(doc, "SELF011")


def test_mastodon_bio_and_work_field(tmp_path: Path) -> None:
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/quiet_pen",
        "type": "Person", "preferredUsername": "quiet_pen", "name": "Quiet Pen",
        "summary": "<p>Teacher. Mum of two. Leeds.</p>", "outbox": "outbox.json",
        "attachment": [{"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
                       {"type": "PropertyValue", "name": "Work", "value": "Allerton High School"}],
    }
    notes = [make_note(str(110000000 + i), f"2025-03-{1 + i:02d}T20:00:00Z", "<p>Rain all day.</p>")
             for i in range(3)]
    doc = _scan(build_mastodon_archive(tmp_path / "m", notes, zip=False,
                                       media={"actor.json": json.dumps(actor).encode()}))
    job = _self(doc, "SELF010")
    assert [f["clue"]["value"] for f in job] == ["Teacher"]
    assert job[0]["location"]["path"].endswith("actor.json") and PROFILE_LABEL in job[0]["message"]
    employer = _self(doc, "SELF011")
    assert [f["clue"]["value"] for f in employer] == ["Allerton High School"]
    assert employer[0]["location"]["record"] == "field:Work"


def test_demo_x_bio_gives_its_occupation() -> None:
    doc = _scan(DEMO_X)
    job = [f for f in _self(doc, "SELF010") if f["location"]["path"].endswith("data/profile.js")]
    assert [f["clue"]["value"] for f in job] == ["local government, twenty years"]


def test_x_bio_is_masked_under_redact(tmp_path: Path) -> None:
    out = _text_scan(_x_archive(tmp_path, "Staff nurse at St Thomas' Hospital. Views my own."), "--redact")
    assert "SELF011" in out and "Thomas" not in out and "Staff nurse" not in out


@pytest.mark.parametrize(("text", "want"), [
    ("bio: Planning officer at Leeds City Council", {("SELF010", "Planning officer"),
                                                     ("SELF011", "Leeds City Council")}),
    ("bio: Head of Planning @ Leeds City Council | she/her", {("SELF011", "Leeds City Council")}),
    ("bio: Engineer @Acme_Ltd", {("SELF010", "Engineer"), ("SELF011", "@Acme_Ltd")}),
    ("bio: 15 years at Leeds City Council", {("SELF011", "Leeds City Council")}),
    ("bio: Fantasy football manager. Doctor Who fan. Nurse's daughter.", set()),
    ("Job: Planning officer", {("SELF010", "Planning officer")}),
])
def test_profile_patterns(text: str, want: set[tuple[str, str]]) -> None:
    plain, _ = normalize(text)
    jobs = ("SELF010", "SELF011")
    got = {(d.rule_id, d.value) for d in disclosure.find(plain, profile=True) if d.rule_id in jobs}
    assert got == want
    assert not [d for d in disclosure.find(plain) if d.rule_id in jobs]


# -- 2. walk12 item 9: employer named, colleague named ------------------------------------------

WARD = ("I've worked on ward 44 at Leeds General Infirmary for eleven years, and my ward manager "
        "Sue Blackwood is the best I've had.")


def _blog(tmp_path: Path, body: str) -> Path:
    return build_jekyll_blog(tmp_path / "blog", [
        {"name": "2025-10-01-wards.md", "front": {"title": "Wards", "date": "2025-10-01 21:00:00 +0100"},
         "body": body + "\n"},
    ])


def test_ward_sentence_names_employer_and_colleague(tmp_path: Path) -> None:
    doc = _scan(_blog(tmp_path, WARD))
    employer = [f for f in _self(doc, "SELF011") if f["clue"]["value"] == "Leeds General Infirmary"]
    assert employer and employer[0]["severity"] == "high"
    assert "Leeds General Infirmary" in employer[0]["message"]
    colleague = _self(doc, "SELF022")
    assert [f["clue"]["value"] for f in colleague] == ["ward manager Sue Blackwood"]
    assert colleague[0]["severity"] == "high" and colleague[0]["confidence"] == "medium"


def test_ward_sentence_is_masked_under_redact(tmp_path: Path) -> None:
    out = _text_scan(_blog(tmp_path, WARD), "--redact")
    assert "SELF022" in out
    assert "Blackwood" not in out and "Leeds General Infirmary" not in out


@pytest.mark.parametrize("text", [
    "my manager Sue is lovely", "her manager Sue Blackwood is the best",
    "my sister Jane Smith is visiting", "my consultant Mr Patel says it's clear",
])
def test_no_colleague_named(text: str) -> None:
    assert not [d for d in disclosure.find(text) if d.rule_id == "SELF022"]


# -- 3. places inside institution names ----------------------------------------------------------


def _places(doc: dict[str, Any]) -> str:
    return " | ".join(f["message"] for f in doc["findings"] if f["rule"].startswith("PLACE"))


def test_place_inside_a_hospitals_name_is_not_the_place(tmp_path: Path) -> None:
    body = ("Another long week at St James's University Hospital. We moved to the Bexley Wing in June, "
            "and St James's University Hospital still has no parking.")
    places = _places(_scan(_blog(tmp_path, body)))
    assert "University" not in places and "Florida" not in places
    assert "Bexley" not in places
    assert "St James's" not in places  # a saint's name, not St James's in London


def test_saints_hospital_is_not_a_town(tmp_path: Path) -> None:
    # "St Thomas' Hospital" named St. Thomas, Ontario.
    body = "Twelve hours at St Thomas' Hospital. Back at St Thomas' Hospital."
    places = _places(_scan(_blog(tmp_path, body)))
    assert "Thomas" not in places and "(CA)" not in places


def test_place_first_in_an_institutions_name_is_the_place(tmp_path: Path) -> None:
    body = ("Twelve hours at Leeds General Infirmary again. Leeds General Infirmary is always full. "
            "Then a week at St Helens Hospital.")
    places = _places(_scan(_blog(tmp_path, body)))
    assert "Leeds" in places and "St Helens" in places

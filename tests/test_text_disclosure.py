"""Self-disclosures: patterns, aggregation, anchored matching."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nymaudit.detectors import ScanContext
from nymaudit.detectors import disclosure as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

EVAL = Path(__file__).resolve().parent / "benchmarks" / "data" / "text_eval.jsonl"


def found(text: str) -> set[tuple[str, str]]:
    return {(d.rule_id, d.value) for d in disclosure.find(text)}


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("As a planning officer I see this", "SELF010", "planning officer"),
    ("I work for Leeds City Council and it shows", "SELF011", "Leeds City Council"),
    ("My daughter (9) asked why", "SELF012", "daughter (9)"),
    ("I was born in 1987", "SELF013", "born in 1987"),
    ("I live with fibromyalgia", "SELF014", "fibromyalgia"),
    ("Took our dog Biscuit out", "SELF015", "dog named Biscuit"),
    ("The 7:42 from Horsforth was late", "SELF016", "7:42 from Horsforth"),
    ("I studied law at Durham University", "SELF017", "Durham University"),
    ("We went to Electric Picnic", "SELF018", "Electric Picnic"),
    ("Season ticket holder at Tranmere Rovers", "SELF019", "Tranmere Rovers"),
    ("find me on bluesky: janed.bsky.social", "SELF020", "bluesky: janed.bsky.social"),
])
def test_disclosure_values(text: str, rule: str, value: str) -> None:
    assert (rule, value) in found(text)


def test_age_with_post_year_gives_birth_years() -> None:
    values = {d.value for d in disclosure.find("I'm 34 and still renting", year=2024)}
    assert values == {"age 34 in 2024 (born 1989 or 1990)"}


@pytest.mark.parametrize("text", [
    "She works as a teacher", "I'm a bit tired", "I'm 5 minutes away", "Your wife called",
    "My dog Is fine", "My Instagram is full of cats", "Come on, you can do it",
    "The festival was cancelled", "Diagnosis is hard",
    '"I\'m a nurse," she said, "and I\'ve never seen it"', "Imagine being a planning officer",
    "If I were a teacher I'd quit tomorrow",
])
def test_not_disclosures(text: str) -> None:
    assert found(text) == set()


def test_anchored_scan_agrees_with_full_scan() -> None:
    texts = [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        plain, _ = normalize(text)
        fast = sorted((d.rule_id, d.value) for d in disclosure.find(plain))
        full = sorted((d.rule_id, d.value) for d in disclosure.find(plain, anchored=False))
        assert fast == full, text


def test_repeats_become_one_finding_with_a_count() -> None:
    when = datetime(2024, 5, 1, tzinfo=UTC)
    posts = [Post(str(i), when, "At work today, the usual", Origin("tweets.js", str(i)))
             for i in range(500)]
    posts.append(Post("x", when, "I'm 34 and still renting", Origin("tweets.js", "x")))
    result = detector.detect(ScanContext(Corpus(posts=posts)))
    work = [f for f in result.findings if f.rule == "SELF011"]
    assert len(work) == 1
    assert "500 mentions" in work[0].message and "tweets.js#0" in work[0].message
    age = [f for f in result.findings if f.rule == "SELF013"]
    assert age and age[0].clue is not None and "born 1989 or 1990" in age[0].clue.value
    assert all(f.clue is not None and f.clue.kind for f in result.findings)


# ---- 2026-11-29, sixth session: walkthrough item 8 (missed disclosures)


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("I'm a band 6 nurse and haven't had a proper lunch break since about 2019", "SELF010",
     "band 6 nurse"),
    ("I am a band 6 nurse and have been for years.", "SELF010", "band 6 nurse"),
    ("As a Band 7 I still do nights", "SELF010", "pay band 7"),
    ("My daughter starts at Didsbury CE primary in September, any tips?", "SELF012",
     "daughter: Didsbury CE primary"),
    ("My daughter's at Didsbury CE primary.", "SELF012", "daughter: Didsbury CE primary"),
    ("my daughter's school, Didsbury CE Primary, shut today", "SELF012",
     "daughter: Didsbury CE Primary"),
    ("My son goes to PS 321 in Park Slope.", "SELF012", "son: PS 321"),
    ("Heading into the office at 1251 6th Ave this morning, then the kids' recital at PS 321 in "
     "Park Slope tonight.", "SELF012", "kids: PS 321"),
    ("I cycle to work every day at 7:15 from Didsbury.", "SELF016", "cycle: 7:15 from Didsbury"),
    ("I live in Didsbury, M20, and cycle in every day at 7:15.", "SELF016", "cycle: 7:15"),
    ("I usually leave home at 6.30 to beat the traffic", "SELF016", "leave home: 6.30"),
    ("G'day! As a teacher at Mount Lawley Senior High I get the early finish on Fridays.",
     "SELF011", "Mount Lawley Senior High"),
    ("I'm a staff nurse on ward F4 at Wythenshawe Hospital and honestly the rota is a joke",
     "SELF011", "Wythenshawe Hospital"),
    ("Our compliance team at the bank just rolled out another 40-page policy", "SELF011",
     "works in a bank"),
])
def test_walkthrough_disclosures(text: str, rule: str, value: str) -> None:
    assert (rule, value) in found(text)


@pytest.mark.parametrize("text", [
    "I'm a band member", "As a band 5 of us played", "Commuters cycle in every day at 8",
    "I cycle to work at 7:15 today", "Their team at the bank was rude",
])
def test_walkthrough_non_disclosures(text: str) -> None:
    assert found(text) == set()


def test_a_partners_school_is_not_a_childs() -> None:
    assert found("My wife teaches at Oakwood Primary") == {("SELF012", "wife: Oakwood Primary")}


def test_child_school_is_high_severity_in_a_reddit_export() -> None:
    # As the Reddit export reader builds it: comments.csv rows with the row id.
    posts = [Post(f"t1_k{i:05d}x", None, text, Origin("reddit_export.zip!comments.csv", f"t1_k{i:05d}x"))
             for i, text in enumerate(["My daughter starts at Didsbury CE primary in September, any tips?",
                                       "I'm a band 6 nurse and haven't had a proper lunch break"])]
    result = detector.detect(ScanContext(Corpus(posts=posts)))
    school = [f for f in result.findings if f.rule == "SELF012"]
    assert [(f.severity.label, f.clue.value) for f in school if f.clue] == [
        ("high", "daughter: Didsbury CE primary")]
    assert [f.clue.value for f in result.findings if f.rule == "SELF010" and f.clue] == ["band 6 nurse"]

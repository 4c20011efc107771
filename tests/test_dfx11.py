"""Eleventh session, dfx11: review rev11c items 1, 5, 6 and 7 (disclosures).

Item 1 (HIGH): SELF021 (trade-union role, high, special-category data) fired on news talk about a
union's national officers ("As the BMA chair put it, ...", "As the RMT president has pointed out,
...", "As a Unite rep would tell you, ..."): only said/told/... were left out. 'As the <role>' is the
writer's only when the writer is the subject of what follows. It missed "I'm the branch secretary of
our Unison branch", "I'm the unison rep on our ward" (lower case) and "Just got elected as our PCS
branch secretary!".

Item 5: "'I'm a nurse at St Thomas' Hospital,' I told the interviewer." lost SELF010/SELF011: the
apostrophe of "Thomas'" was read as the closing quote, so "I told" after the real one went unseen.

Item 6: "find me at the Jobcentre most weekdays, I'm a work coach there" / "..., I'm a porter" gave
no SELF011: the writer's job said there is a staff cue.

Item 7: SELF016 dropped "Every morning I walk past the Crucible on my way to work, like the hero of my
novel does": the fiction filter now applies only when the routine's own clause is not the writer's.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_reddit_export, build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.text.disclosure import find, quoted_spans
from nymaudit.text.normalize import normalize


def _found(sentence: str) -> list[tuple[str, str]]:
    text, _ = normalize(sentence)
    return [(d.rule_id, d.value) for d in find(text)]


def _rules(sentence: str) -> set[str]:
    return {rule for rule, _ in _found(sentence)}


def _scan_json(*args: str) -> dict:
    result = CliRunner().invoke(app, ["scan", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def _self(doc: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in doc["findings"]:
        if f["rule"].startswith("SELF") and f.get("clue"):
            out.setdefault(f["rule"], []).append(f["clue"]["value"])
    return out


# -- item 1: SELF021 on someone else's role, and the writer's own missed --------------------------

NEWS_TALK = [
    "As the BMA chair put it, the offer is an insult to every junior doctor.",
    "As the RMT president has pointed out, the strikes work.",
    "As the Equity president noted in her speech, actors are skint.",
    "As the NEU president argued on Radio 4 this week, the cuts hurt.",
    "As a Unite rep would tell you, read the contract.",
    "As the RMT president for our region argued last week, we must strike.",
    "As the RMT president, Mick Lynch has said, the strikes work.",
    "As the BMA chair put it so well, I think we should strike.",
    "As the Unite general secretary warned, we can't wait.",
    "I'm the chair of the Equity, Diversity and Inclusion group.",
    "I'm a delegate for Unite Against Fascism.",
]


@pytest.mark.parametrize("sentence", NEWS_TALK)
def test_someone_elses_union_role_is_not_the_writers(sentence: str) -> None:
    assert "SELF021" not in _rules(sentence), _found(sentence)


@pytest.mark.parametrize(("sentence", "value"), [
    ("I'm the branch secretary of our Unison branch.", "branch secretary of our Unison branch"),
    ("I'm the unison rep on our ward.", "unison rep"),
    ("Just got elected as our PCS branch secretary!", "PCS branch secretary"),
    ("I'm the health and safety rep for Unison at work.", "health and safety rep for Unison"),
    ("I'm a rep for Unison at the depot.", "rep for Unison"),
    ("As the PCS rep for our branch I have seen three people signed off.", "PCS rep"),
    ("As a GMB shop steward, I sat in on two grievances this week.", "GMB shop steward"),
    ("As the Unison rep here, I've seen it all.", "Unison rep"),
    ("As the PCS rep at the Jobcentre on Eastgate, I see this weekly.", "PCS rep"),
    ("As the NEU rep (for six years now), I know the drill.", "NEU rep"),
    ("As a union rep, my advice is to join.", "union rep"),
    ("I'm our Unite rep at the bus garage.", "Unite rep"),
])
def test_the_writers_union_role_is_found(sentence: str, value: str) -> None:
    assert ("SELF021", value) in _found(sentence)


def test_union_roles_in_a_twitter_archive(tmp_path: Path) -> None:
    """The review's end-to-end input, as an X archive: three news-talk tweets give no SELF021 (they
    gave three high findings); the writer's own role, lower case, is found."""
    when = datetime(2025, 3, 1, 8, 15, tzinfo=UTC)
    texts = NEWS_TALK[:5] + ["Just got elected as our PCS branch secretary!"]
    tweets = [make_tweet(str(2000 + i), when.replace(day=1 + i), t) for i, t in enumerate(texts)]
    archive = build_twitter_archive(tmp_path / "twitter.zip", tweets, zip=True)
    found = _self(_scan_json(str(archive)))
    assert found.get("SELF021") == ["PCS branch secretary"], found


# -- item 5: a plural possessive in a name is no closing quote --------------------------------------

def test_own_quote_with_a_plural_possessive_name() -> None:
    sentence = "'I'm a nurse at St Thomas' Hospital,' I told the interviewer."
    found = _found(sentence)
    assert ("SELF011", "St Thomas' Hospital") in found
    assert ("SELF010", "nurse") in found
    text, _ = normalize(sentence)
    assert quoted_spans(text) == []


@pytest.mark.parametrize("sentence", [
    "'I'm a nurse at St Thomas' Hospital,' she said.",
    "She said 'I work at St Thomas' Hospital' and left.",
    "'I'm a nurse at St Thomas' Hospital.' That's what she said.",
])
def test_someone_elses_quote_with_a_plural_possessive_stays_quoted(sentence: str) -> None:
    assert not _rules(sentence) & {"SELF010", "SELF011"}, _found(sentence)


def test_quoted_span_runs_to_the_real_closing_mark() -> None:
    text = "'I'm a nurse at St Thomas' Hospital,' she said."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["'I'm a nurse at St Thomas' Hospital,'"]


def test_own_quote_in_a_reddit_comment(tmp_path: Path) -> None:
    reddit = build_reddit_export(tmp_path / "reddit", [
        {"id": "c1", "permalink": "https://www.reddit.com/r/london/comments/a/b/c1/",
         "date": "2025-03-04 12:31:10 UTC", "subreddit": "london",
         "body": "'I'm a nurse at St Thomas' Hospital,' I told the interviewer. Didn't get the job.",
         "parent": "t1_x", "link": "https://www.reddit.com/r/london/comments/a/"},
    ], [], zip=False)
    found = _self(_scan_json(str(reddit)))
    assert found.get("SELF011") == ["St Thomas' Hospital"], found


# -- item 6: the writer's job said there is a staff cue ----------------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("You'll find me at the Jobcentre most weekdays, I'm a work coach there.", "works at the jobcentre"),
    ("Find me at the hospital most weekdays, I'm a porter.", "works at the hospital"),
    ("Find me at the Jobcentre most weekdays, I work there.", "works at the jobcentre"),
    ("Find me at the hospital most weekdays, I am a porter.", "works at the hospital"),
])
def test_job_there_makes_the_writer_staff(sentence: str, value: str) -> None:
    assert ("SELF011", value) in _found(sentence)


@pytest.mark.parametrize("sentence", [
    "Find me at the Jobcentre most weekdays, signing on.",
    "Find me at the Jobcentre most weekdays, I'm an unemployed welder.",
    "Find me at the Jobcentre most weekdays, I'm a qualified teacher.",
    "Find me at the hospital most weekdays, I'm a patient there.",
    "Find me at the Jobcentre most weekdays, I'm a regular there.",
    "Find me at the hospital most weekdays while Mum recovers, I'm a nurse.",
])
def test_no_staff_cue_no_workplace(sentence: str) -> None:
    assert "SELF011" not in _rules(sentence), _found(sentence)


# -- item 7: the writer's routine beside talk of their fiction ---------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("Every morning I walk past the Crucible on my way to work, like the hero of my novel does.",
     "Every morning I walk past the Crucible on my way to work"),
    ("I write on the 7:42 to Leeds every day; my main character commutes too.", "7:42 to Leeds"),
    ("Like the hero of my novel, I take the 7:42 from Horsforth every day.", "7:42 from Horsforth"),
])
def test_writers_routine_beside_fiction(sentence: str, value: str) -> None:
    assert ("SELF016", value) in _found(sentence)


@pytest.mark.parametrize("sentence", [
    "My WIP's hero takes the 7:42 from Horsforth every day.",
    "Every morning at 7 the bin lorry wakes the whole street in this film.",
    "In chapter two, the heroine misses the 38 bus and meets him.",
    "In this film, the 7:42 from Horsforth is always late.",
    "My hero, like me, takes the 7:42 from Horsforth.",
    "My protagonist's morning commute is two hours.",
])
def test_fictions_routine_still_dropped(sentence: str) -> None:
    assert "SELF016" not in _rules(sentence), _found(sentence)

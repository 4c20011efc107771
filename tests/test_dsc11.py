"""Eleventh session, dsc11: what counts as the writer's own words, pet names, fiction, and three
missed English disclosures.

Item 1 (red11 item 4): speech in single quotes ('...', the first-level quotation marks of British
English, and the curly ‘...’) or on a Markdown/e-mail quote line ('> ...') was read as the writer's
own: SELF011 high "St Mary's", SELF010 nurse, SELF013 "born in 1989". Only double quotes were dropped.
Apostrophes (don't, St Mary's, the '90s, 'til, rock 'n' roll) must not open or close a quotation, and
a quotation the writer gives as their own ("'I'm a nurse,' I said") stays theirs.

Item 2 (red11 item 10 and item 4): SELF015 took a verb or the next line's first word as the pet's name
("dog named Walked", "cat named Brilliant"); SELF016 took a novel's hero's train and a film's bin lorry
as the writer's routine.

Item 3 (walk11 item 8): "I work in the planning department at Bristol City Council" (no employer),
"I have two children at Lydgate Junior School" (nothing), "As the PCS rep for our branch" (the union
role: SELF021, high, special-category data under UK GDPR and a branch has few reps).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog, build_reddit_export, build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.text.disclosure import find
from nymaudit.text.normalize import normalize


def _found(sentence: str) -> list[tuple[str, str]]:
    text, _ = normalize(sentence)
    return [(d.rule_id, d.value) for d in find(text)]


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


# -- item 1: quotations in single quotes and quote lines -------------------------------------------

QUOTED = [
    "Taylor Swift sings: 'I was born in 1989'. Great line.",
    "Taylor Swift sings: \u2018I am a nurse at St Mary's, I see this every night\u2019. Great line.",
    "As the character says in the film: 'I am a nurse at St Mary's, I see this every night.'",
    "> I am a nurse at St Mary's, I see this every night\n\nGreat line from the new album.",
    "Someone upthread wrote:\n> I work for Leeds City Council and my son is seven\n"
    "No idea why they'd share that.",
    "Interview: 'I grew up in Sheffield and I'm a teacher at Allerton High,' the singer says.",
]


@pytest.mark.parametrize("sentence", QUOTED)
def test_quoted_speech_is_not_the_writers(sentence: str) -> None:
    assert _found(sentence) == []


# The writer's own words around apostrophes, scare quotes and short titles: kept.
OWN = [
    ("I'm a nurse at St Mary's and I don't sleep.", "SELF011", "St Mary's"),
    ("Rock 'n' roll fan, I'm a nurse at St Mary's and I love it.", "SELF011", "St Mary's"),
    ("Back in the '90s, well, I was born in 1989.", "SELF013", "born in 1989"),
    ("'Tis the season. I'm a nurse at St Mary's.", "SELF011", "St Mary's"),
    ("The kids' school is shut so my daughter (9) is home all day.", "SELF012", "daughter (9)"),
    ("My boss said 'not today, sorry'. I'm a teacher at Allerton High.", "SELF011", "Allerton High"),
    ("Watching 'Call the Midwife' as I'm a nurse at St Mary's, it's accurate.", "SELF011", "St Mary's"),
    ("I've been 'working from home' all week; I'm a nurse at St Mary's.", "SELF011", "St Mary's"),
    ("I'm going 'til late, my kids' dad is away, I'm 34 now.", "SELF013", "age 34"),
    ("Me: 'I'm a nurse at St Mary's.' Him: 'Cool.'", "SELF011", "St Mary's"),
    ("'I'm a nurse at St Mary's' is what I tell people, and it's true.", "SELF011", "St Mary's"),
    ("\u2018I\u2019m a nurse\u2019, I said to the man.", "SELF010", "nurse"),
    ("My O'Brien's shift is over: I'm a nurse at St Mary's.", "SELF011", "St Mary's"),
]


@pytest.mark.parametrize(("sentence", "rule", "value"), OWN)
def test_apostrophes_and_own_quotes_stay_the_writers(sentence: str, rule: str, value: str) -> None:
    assert (rule, value) in _found(sentence)


def test_quoted_spans_shape() -> None:
    from nymaudit.text.disclosure import quoted_spans

    text = "She said 'I was born in 1989' and I don't care about the '90s."
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ["'I was born in 1989'"]
    assert quoted_spans("I'm a 'nurse' apparently, at St Mary's.") == []  # one word: scare quotes
    assert quoted_spans("> a quote line\nmine") == [(0, 14)]


def test_quotes_in_a_reddit_export_and_a_jekyll_blog(tmp_path: Path) -> None:
    """A Reddit comment quoting its parent with '>' (as Reddit's Markdown does) and a blog post with
    single-quoted speech: nothing of theirs; the writer's own lines in the same posts are found."""
    reddit = build_reddit_export(tmp_path / "reddit", [
        {"id": "c1", "permalink": "https://www.reddit.com/r/unitedkingdom/comments/a/b/c1/",
         "date": "2025-03-04 12:31:10 UTC", "subreddit": "unitedkingdom",
         "body": "> I was born in 1989 and I'm a nurse at St Mary's.\n\nWhy would anyone post that?",
         "parent": "t1_x", "link": "https://www.reddit.com/r/unitedkingdom/comments/a/"},
        {"id": "c2", "permalink": "https://www.reddit.com/r/leeds/comments/a/b/c2/",
         "date": "2025-03-05 19:02:44 UTC", "subreddit": "leeds",
         "body": "> what do you do?\n\nI work in the housing team of Calderdale Council.",
         "parent": "t1_y", "link": "https://www.reddit.com/r/leeds/comments/a/"},
    ], [], zip=False)
    blog = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2025-03-06-review.md", "front": {"title": "Album review", "date": "2025-03-06 20:00"},
         "body": "The best line on the record: 'I am a nurse at St Mary's, I see this every night.'\n\n"
                 "Her interview: \u2018My son is seven and has asthma\u2019, she told the paper.\n"},
    ])
    found = _self(_scan_json(str(reddit), str(blog)))
    assert found.get("SELF011") == ["Calderdale Council"]
    for rule in ("SELF010", "SELF012", "SELF013", "SELF014"):
        assert rule not in found, found


# -- item 2: pet names, fiction ------------------------------------------------------------------

PETS_NOT_NAMED = [
    "Took my dog to the vet.\n\nGreat news: all clear.",
    "Walked my dog. Max temperature today was 30C.",
    "Fed my cat\nBrilliant sunset tonight",
    "Brushed my dog, she hated it.",
    "Love my cat so much.",
]


@pytest.mark.parametrize("sentence", PETS_NOT_NAMED)
def test_no_pet_name_from_a_verb_or_the_next_line(sentence: str) -> None:
    assert [v for r, v in _found(sentence) if r == "SELF015"] == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("My dog Biscuit loves the beach.", "dog named Biscuit"),
    ("Pepper our spaniel ate my sock", "spaniel named Pepper"),
    ("Walked my dog Biscuit along the canal.", "dog named Biscuit"),
    ("Alfred our cat has opinions.", "cat named Alfred"),
])
def test_pet_names_still_found(sentence: str, value: str) -> None:
    assert ("SELF015", value) in _found(sentence)


@pytest.mark.parametrize("sentence", [
    "My WIP's hero takes the 7:42 from Horsforth every day.",
    "Every morning at 7 the bin lorry wakes the whole street in this film.",
    "In chapter two the heroine misses the 38 bus and meets him.",
])
def test_a_characters_routine_is_not_the_writers(sentence: str) -> None:
    assert [v for r, v in _found(sentence) if r == "SELF016"] == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("The 7:42 from Horsforth was cancelled again", "7:42 from Horsforth"),
    ("Wrote a chapter of my novel on the 7:42 from Horsforth.", "7:42 from Horsforth"),
    ("Every Tuesday at 6pm I swim", "Every Tuesday at 6pm"),
])
def test_the_writers_routine_still_found(sentence: str, value: str) -> None:
    assert ("SELF016", value) in _found(sentence)


def test_pets_and_fiction_in_a_twitter_archive(tmp_path: Path) -> None:
    when = datetime(2025, 3, 1, 20, 0, tzinfo=UTC)
    texts = ["Walked my dog. Max temperature today was 30C.", "Fed my cat\nBrilliant sunset tonight",
             "My dog Biscuit loves the beach.", "My WIP's hero takes the 7:42 from Horsforth every day."]
    tweets = [make_tweet(str(1000 + i), when.replace(day=1 + i), t) for i, t in enumerate(texts)]
    archive = build_twitter_archive(tmp_path / "twitter.zip", tweets, zip=True)
    found = _self(_scan_json(str(archive)))
    assert found.get("SELF015") == ["dog named Biscuit"]
    assert "SELF016" not in found


# -- item 3: a department, a child's school, a union role ----------------------------------------

@pytest.mark.parametrize(("sentence", "rule", "value"), [
    ("I work in the planning department at Bristol City Council.", "SELF011", "Bristol City Council"),
    ("I work in planning for Leeds City Council.", "SELF011", "Leeds City Council"),
    ("I worked in IT at Barclays for six years.", "SELF011", "Barclays"),
    ("I have two children at Lydgate Junior School and I cannot lose this job.", "SELF012",
     "children: Lydgate Junior School"),
    ("I've got a daughter in Year 3 at Riverside Primary.", "SELF012", "daughter: Riverside Primary"),
    ("As the PCS rep for our branch I have seen three people signed off.", "SELF021", "PCS rep"),
    ("I'm the Unison steward for our ward and it's relentless.", "SELF021", "Unison steward"),
    ("As a GMB shop steward, I sat in on two grievances this week.", "SELF021", "GMB shop steward"),
    ("I was elected NEU branch secretary last month.", "SELF021", "NEU branch secretary"),
    ("I've been a union rep for six years now.", "SELF021", "union rep"),
])
def test_missed_disclosures_found(sentence: str, rule: str, value: str) -> None:
    assert (rule, value) in _found(sentence)


@pytest.mark.parametrize(("sentence", "rule"), [
    ("I work in London for half the week.", "SELF011"),
    ("I work in the heart of Leeds.", "SELF011"),
    ("I work in retail at Christmas, it's mad.", "SELF011"),
    ("My wife works in the planning department at Bristol City Council.", "SELF011"),
    ("She has two children at Lydgate Junior School.", "SELF012"),
    ("I have two children at home today.", "SELF012"),
    ("As the PCS rep said, the policy is new.", "SELF021"),
    ("Our union rep is great.", "SELF021"),
    ("Ask your Unison rep before you sign anything.", "SELF021"),
    ("The GMB shop steward told me to wait.", "SELF021"),
    ("As a member of Unison I voted yes.", "SELF021"),
])
def test_not_the_writers_or_not_a_disclosure(sentence: str, rule: str) -> None:
    assert [v for r, v in _found(sentence) if r == rule] == []


def test_union_role_is_high_and_redacted(tmp_path: Path) -> None:
    """The walkthrough's probe as a plain-text draft: SELF021 high, and --redact masks the role."""
    draft = tmp_path / "p4.txt"
    draft.write_text("As the PCS rep for our branch I have seen three people signed off.\n", encoding="utf-8")
    doc = _scan_json(str(draft))
    roles = [f for f in doc["findings"] if f["rule"] == "SELF021"]
    assert [(f["severity"], f["clue"]["value"]) for f in roles] == [("high", "PCS rep")]
    redacted = CliRunner().invoke(app, ["scan", str(draft), "--format", "json", "--redact"])
    assert "PCS" not in redacted.stdout

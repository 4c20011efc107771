"""Dialect, habit and text-cleaning tests for the style module."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.detectors import ScanContext
from nymaudit.detectors.style import detect
from nymaudit.model import Corpus, Origin, Post
from nymaudit.rules import load_rules
from nymaudit.style import dialect, habits
from nymaudit.style.text import clean_text, corpus_from_texts, corpus_text

BRITISH = (
    "I realised the colour of the centre was grey, so whilst travelling I organised a "
    "catalogue of the neighbours' favourite programmes. We queued at the car park."
)
AMERICAN = (
    "I realized the color of the center was gray, so while traveling I organized a "
    "catalog of the neighbors' favorite shows. We waited in the parking lot by the sidewalk."
)


def test_british_vs_american_spelling() -> None:
    brit = dialect.collect([BRITISH])
    amer = dialect.collect([AMERICAN])
    b1, a1 = dialect.variety_counts(brit)
    b2, a2 = dialect.variety_counts(amer)
    assert b1 >= 6 and a1 == 0
    assert a2 >= 6 and b2 == 0
    assert dialect.locale_candidates(amer)[0]["locale"] == "US"
    assert dialect.locale_candidates(brit)[0]["locale"] in dialect.load_file("style")["dialect"][
        "british_locales"]


def test_day_first_dates_decided_only_when_day_over_12() -> None:
    ev = dialect.collect(["Posted 25/12/2023 and 13.04.2024; also 05/06/2023."])
    assert ev.dates["day_first"] == 2
    assert ev.dates["month_first"] == 0
    assert ev.dates["ambiguous"] == 1
    us = dialect.collect(["Posted 12/25/2023."])
    assert us.dates["month_first"] == 1


def test_clock_and_currency() -> None:
    ev = dialect.collect(["Train at 17:45, back by 9pm. Paid £12 and walked 3 miles."])
    assert ev.times["24_hour"] == 1 and ev.times["am_pm"] == 1
    assert ev.currency["GBP"] == 1
    assert ev.units["miles"] == 1


def test_double_space_habit_counted() -> None:
    profile = habits.collect(["It works.  Then it stops.  Again.", "One space. Here."])
    assert profile.counts["double_space_after_sentence"] == 2
    single = habits.collect(["It works. Then it stops. Again."])
    assert single.counts["double_space_after_sentence"] == 0


def test_cleaning_strips_quotes_code_urls_and_retweets() -> None:
    text = "> someone else's words\nMy own words.\n```\ncode here\n```\nsee https://x.org/a @bob"
    cleaned = clean_text(text)
    assert "someone" not in cleaned and "code here" not in cleaned
    assert "https" not in cleaned and "@bob" not in cleaned
    assert "My own words." in cleaned
    assert clean_text("RT @alice: their tweet") == ""
    assert clean_text("<p>Hello&amp;bye<br>there</p>") == "Hello&bye\nthere"


def test_only_authored_posts_are_used() -> None:
    corpus = Corpus(posts=[
        Post(id="1", timestamp=None, text="Mine colour.", origin=Origin("a")),
        Post(id="2", timestamp=None, text="Theirs color.", origin=Origin("a"), authored=False),
    ])
    assert corpus_text(corpus).texts == ["Mine colour."]


def test_unclosed_html_block_is_linear() -> None:
    text = "<pre>" * 20000 + "words " * 1000
    assert "words" in clean_text(text)


def test_style_detector_findings_and_section() -> None:
    posts = [BRITISH + "  Then I left.  Cheers", "Meeting on 25/12/2023 and 14/02/2024.  Right.",
             "Hi all. It cost £20 and £30 at 17:30, 18:15 and 19:00.  Fine."] * 20
    corpus = corpus_from_texts([(f"p{i}.txt", t) for i, t in enumerate(posts)])
    result = detect(ScanContext(corpus=corpus))
    ids = {f.rule for f in result.findings}
    assert {"STYLE001", "STYLE003", "STYLE004", "STYLE005", "STYLE006", "STYLE010"} <= ids
    section = result.sections["style"]
    assert section["locale_candidates"][0]["evidence"]
    assert any(h["feature"] == "double_space_after_sentence" for h in section["habits"])
    for f in result.findings:
        assert f.category == "style"


def test_style_detector_empty_corpus() -> None:
    result = detect(ScanContext(corpus=Corpus()))
    assert result.findings == []
    assert result.sections["style"]["words"] == 0


def test_style_and_match_rule_examples() -> None:
    rules = [r for r in load_rules() if r.family in ("STYLE", "MATCH")]
    assert len(rules) >= 14
    for r in rules:
        assert r.examples_match and r.examples_no_match
        for e in r.examples_match:
            assert r.example_matches(e), (r.id, e)
        for e in r.examples_no_match:
            assert not r.example_matches(e), (r.id, e)


def test_recurring_phrase_reported() -> None:
    topics = ["rain", "buses", "cheese", "taxes", "music", "boats", "trees", "cats"]
    posts = [f"To be fair, {topic} matter." for topic in topics[:6]]
    posts += [f"Something else about {topic}." for topic in topics]
    corpus = corpus_from_texts([(f"p{i}", t) for i, t in enumerate(posts)])
    result = detect(ScanContext(corpus=corpus))
    assert any(f.rule == "STYLE015" and "to be fair" in f.evidence for f in result.findings)
    assert result.sections["style"]["phrases"][0]["phrase"] == "to be fair"


def test_misspellings_are_found_whatever_their_case() -> None:
    """The list is matched against lower-cased text (fast); capitals must not hide one."""
    from nymaudit.style.habits import collect as collect_habits

    found = collect_habits(["Definately a wierd day. DEFINATELY. I recieve it."]).misspellings
    assert dict(found) == {"definately": 2, "wierd": 1, "recieve": 1}


# Pieces with every habit in several forms, at text edges too (a text that starts in
# lower case, ends with a full stop and two spaces, or is only an emoticon).
_PIECES = [
    "hello there.", "Well.  Then we went", "i think so", "so... maybe", "wait…", "it’s", "it's",
    "“quoted”", '"quoted"', "a — b", "a – b", "a -- b", "a - b", "red, white, and blue",
    "red, white and blue", "Wow!", "WOW!!", "really?!", "🙂", ":)", ";-)", "xD", "VERY loud",
    "#LikeThis", "#likethis", "one; two", "(aside)", "definately", "Teh end", "Hi all,",
    "Cheers,", "Thanks!", "", " ", "\n", "x", "end.  ", "!", "?", "(", "'", ".",
]


_TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "\n", "\n\n", ""])),
                 max_size=6).map(lambda parts: "".join(p + sep for p, sep in parts).strip())


@given(st.lists(_TEXT, max_size=8))
@settings(max_examples=300, deadline=None)
def test_habit_totals_equal_the_sums_over_single_texts(texts):
    """collect() runs each pattern once over the texts joined by blank lines: no match
    may be made or lost at a join, and the examples are the first match of each of
    the first texts that show the habit (each excerpt once), as when every text was scanned alone. Texts
    are stripped, as clean_text leaves them (see the comment on SEPARATOR)."""
    together = habits.collect(texts)
    alone = [habits.collect([t]) for t in texts]
    assert together.words == sum(a.words for a in alone)
    for name in [*habits.HABITS, "misspelling", "greeting", "sign_off"]:
        assert together.counts[name] == sum(a.counts[name] for a in alone), name
        # The same excerpt is shown once (2026-11-29: a post made twice gave it twice).
        expected = list(dict.fromkeys(a.examples[name][0] for a in alone if a.examples.get(name)))[:3]
        assert together.examples.get(name, []) == expected, name
    assert together.misspellings == sum((a.misspellings for a in alone), Counter())

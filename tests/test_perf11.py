"""Eleventh session, perf11: the text detectors' speed regression (bench_text 11.9 s CPU against
9.7 s at the session's start) made up without changing a result. The shortcuts rest on facts about
heuristics/*.toml that a later edit could break; these tests keep them honest.

- disclosure._single_quoted tries the opening pattern only at quote marks (' and ‘) instead of
  scanning every character: the same marks as a full scan while ``single_open`` starts with one.
- places._titled looks at the two words before a name with rsplit: the same as split()[-2:].
- disclosure.find works out the start positions once per set of start words: patterns with the
  same start words share one frozenset.
- SELF015's unanchored "Pepper our spaniel" pattern tests its list of verbs only before a
  capitalised word: the same matches.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from nymaudit.text import disclosure, places
from nymaudit.text.normalize import normalize

EVAL = Path(__file__).parent / "benchmarks" / "data" / "text_eval.jsonl"


def _texts() -> list[str]:
    rows = [json.loads(line)["text"] for line in EVAL.read_text(encoding="utf-8").splitlines()]
    texts = [normalize(t)[0] for r in rows for t in (r, r.lower(), r.upper())]
    rng = random.Random(11)
    pieces = list("ab A'‘’\n(-—:{[s.,\"") + ["til", "tis", "em ", "'n'", "‘round", "I'm", "St Thomas' "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    return texts


def test_opening_marks_found_at_quote_marks_only() -> None:
    opening = disclosure._other_quotes()[0]
    assert opening is not None
    for text in _texts():
        full = [m.start() for m in opening.finditer(text)]
        fast = [m.start() for m in disclosure._QUOTE_MARK.finditer(text) if opening.match(text, m.start())]
        assert fast == full, text


def test_single_quotes_still_found() -> None:
    text = "She said 'I am a nurse here' and left. Don't 'til then."
    assert disclosure._single_quoted(text) == [(9, 28)]
    assert disclosure._single_quoted("I'm off, it's late, rock 'n' roll") == []


def _titled_split(text: str, start: int) -> bool:
    d = places.data()
    before = text[max(0, start - 48) : start].split()[-2:]
    if not before or not any(w.rstrip(".") in d.title_words for w in before):
        return False
    return d.titled is not None and d.titled.search(text, max(0, start - 48), start) is not None


def test_titled_reads_the_two_words_before_the_name() -> None:
    rng = random.Random(5)
    words = ["Mr", "Mr.", "Mrs.", "and", "&", "Frank", "the", " ", "\n", "Dr", "x.", "Lady", "  ", "\t"]
    for _ in range(20_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) + rng.choice(
            ["", " ", "\n"]) + "Weston"
        start = text.rindex("Weston")
        assert places._titled(text, start) == _titled_split(text, start), repr(text)
    assert places._titled("Mr. and Mrs. Weston", 13)
    assert not places._titled("Off to Weston", 7)


def test_patterns_with_the_same_start_words_share_them() -> None:
    by_value: dict[frozenset[str], int] = {}
    for p in disclosure.patterns():
        by_value.setdefault(p.starts, id(p.starts))
        assert id(p.starts) == by_value[p.starts]
    assert len(by_value) < len(disclosure.patterns())


def test_pet_name_before_the_animal_same_matches() -> None:
    pattern = next(p for p in disclosure.patterns() if p.rule_id == "SELF015" and not p.anchor)
    # The same pattern without the capital-letter lookahead (as written before perf11).
    before = re.compile(pattern.regex.pattern.replace(r"\b(?=[A-Z][a-z])(?!", r"\b(?!", 1), re.I)
    assert before.pattern != pattern.regex.pattern
    for text in _texts()[:6000] + ["Pepper our spaniel ate my sock", "Walked my dog", "Alfred my cat"]:
        assert [m.groupdict() | {"span": m.span()} for m in pattern.regex.finditer(text)] == [
            m.groupdict() | {"span": m.span()} for m in before.finditer(text)], text
    assert [d.value for d in disclosure.find("Pepper our spaniel ate my sock.")] == ["spaniel named Pepper"]

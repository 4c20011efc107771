"""Property tests: cleaning and analysis never raise on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.style import dialect, habits
from nymaudit.style.linkage import analyse
from nymaudit.style.text import clean_text, corpus_from_texts

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
) | st.sampled_from(["<pre>", "```", "> quote", "RT @a:", "25/12/2023", "  ", "…", "#Tag"]).map(
    lambda s: s * 20)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_clean_text_total(text: str) -> None:
    out = clean_text(text)
    assert isinstance(out, str)
    assert len(out) <= len(text) + text.count("<") + 1


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXT, max_size=5))
def test_dialect_and_habits_total(texts: list[str]) -> None:
    dialect.locale_candidates(dialect.collect(texts))
    habits.distinctive(habits.collect(texts), min_count=1)
    habits.recurring_phrases(texts, min_posts=0)


@settings(max_examples=20, deadline=None)
@given(TEXT, TEXT)
def test_analyse_total(a: str, b: str) -> None:
    doc = analyse(corpus_from_texts([("a", a)]), {"k": corpus_from_texts([("b", b)])})
    assert doc["schema"] == "nymaudit.compare/1"
    assert len(doc["linkage"]["candidates"]) == 1

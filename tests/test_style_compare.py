"""``nymaudit compare`` core: contract keys, warnings, novels (skipped without shared/)."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from rich.console import Console

from nymaudit.commands.compare import _verdict, analyse, render_terminal
from nymaudit.detectors import ScanContext
from nymaudit.detectors.linkage import detect as detect_linkage
from nymaudit.model import Corpus
from nymaudit.style.text import corpus_from_texts, read_text_files, strip_gutenberg

NOVELS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "novels"

COMPARE_SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src" / "nymaudit" / "schemas"
                             / "compare.schema.json").read_text())
ENGLISH = (
    "It was a cold morning and I had not slept. The kettle was on, the radio was low, and "
    "I thought about the letter that had come the day before. Nothing in it was new, but "
    "the way it was written made me uneasy, as if someone were reading over my shoulder. "
)
FRENCH = (
    "Il était une fois une petite ville au bord de la mer, où les maisons étaient peintes "
    "de couleurs vives. Chaque matin, les pêcheurs partaient avant l'aube et revenaient "
    "avec des paniers pleins de poissons que les enfants regardaient avec émerveillement. "
)


def _corpus(text: str, name: str = "t.txt") -> Corpus:
    return corpus_from_texts([(name, text)])


def _novel_words(name: str) -> list[str]:
    return strip_gutenberg((NOVELS / name).read_text(encoding="utf-8-sig")).split()


def test_contract_keys() -> None:
    doc = analyse(_corpus(ENGLISH * 60), {"me": _corpus(ENGLISH * 40 + "Other words here. " * 50)})
    assert doc["schema"] == "nymaudit.compare/1"
    link = doc["linkage"]
    # The contract's keys, plus the additions documented in docs/style.md (2026-11-29).
    assert set(link) == {"method", "words", "pseudonymous_words", "candidates", "shared_habits",
                         "warnings", "habits_that_differ", "habits_that_agree", "domain"}
    assert set(link["words"]) == {"me"}
    cand = link["candidates"][0]
    assert set(cand) == {"label", "same_author_probability", "rank", "distance", "ranking_score",
                         "calibrated", "rules_out", "too_short"}  # rules_out: eleventh session,
    # too_short: twelfth (docs/style.md)
    for habit in link["shared_habits"]:
        assert set(habit) == {"feature", "kind", "pseudonymous_per_1000", "known_per_1000",
                              "typical_per_1000"}


def test_distance_stays_a_distance_with_several_candidates() -> None:
    """The character-model term moves the ranking score, never the contract's distance:
    a foreign-language candidate once made distances negative."""
    french = "Le chat dort sur la chaise pendant que la pluie tombe sur le toit. " * 120
    doc = analyse(_corpus(ENGLISH * 60), {"me": _corpus(ENGLISH * 40), "fr": _corpus(french),
                                          "same": _corpus(ENGLISH * 60)})
    cands = doc["linkage"]["candidates"]
    assert all(c["distance"] is None or c["distance"] >= 0 for c in cands)
    scores = [c["ranking_score"] for c in cands]
    assert scores == sorted(scores) and [c["rank"] for c in cands] == [1, 2, 3]
    Draft202012Validator(COMPARE_SCHEMA).validate(doc)


def test_calibrated_is_null_without_a_probability(tmp_path) -> None:
    doc = analyse(_corpus(ENGLISH * 60), {"empty": _corpus("")})
    assert doc["linkage"]["candidates"][0]["calibrated"] is None
    Draft202012Validator(COMPARE_SCHEMA).validate(doc)


def test_warnings_for_tiny_corpora() -> None:
    doc = analyse(_corpus("Just a few words here."), {"me": _corpus(ENGLISH)})
    warnings = " ".join(doc["linkage"]["warnings"])
    assert "Only 5 words of pseudonymous writing (under 100)" in warnings
    assert "'me' has only 52 words (under 100)" in warnings
    doc = analyse(_corpus(ENGLISH * 40), {"me": _corpus(ENGLISH * 8)})
    # Under 1,000 known words nothing was measured (twelfth session): too short to tell.
    assert "'me' has only 416 words (under 1,000, the shortest known text" in " ".join(
        doc["linkage"]["warnings"])
    doc = analyse(_corpus(ENGLISH * 40), {"me": _corpus(ENGLISH * 24)})
    assert "'me' has only 1248 words (under 5000)" in " ".join(doc["linkage"]["warnings"])
    doc = analyse(_corpus("Just a few words here."), {"me": _corpus(ENGLISH)})
    warnings = " ".join(doc["linkage"]["warnings"])
    # Five words say nothing about style: no number at all, rather than a confident one,
    # and no "shared habits" from them.
    assert "no probability is given" in warnings and "probability is weak" not in warnings
    assert doc["linkage"]["shared_habits"] == []
    cand = doc["linkage"]["candidates"][0]
    assert cand["same_author_probability"] is None and cand["calibrated"] is None
    assert _verdict(None, None) == "no verdict"


def test_warning_for_other_language_known_corpus() -> None:
    doc = analyse(_corpus(ENGLISH * 40), {"fr": _corpus(FRENCH * 40), "en": _corpus(ENGLISH * 50)})
    assert any("does not read as English" in w and "no probability" in w for w in doc["linkage"]["warnings"])
    cands = {c["label"]: c for c in doc["linkage"]["candidates"]}
    assert cands["fr"]["same_author_probability"] is None  # the method does not apply
    assert cands["fr"]["calibrated"] is None
    # The English candidate is judged; this made-up text is far from the novels, so it gets
    # no probability either, but for that reason (calibrated false), not for its language.
    assert cands["en"]["calibrated"] is not None


def test_warning_for_mixed_languages() -> None:
    mixed = "\n\n".join([ENGLISH, FRENCH] * 20)
    doc = analyse(_corpus(mixed), {"me": _corpus(ENGLISH * 40)})
    assert any("mixes languages" in w for w in doc["linkage"]["warnings"])


def test_identical_texts_reported_not_crashing() -> None:
    text = " ".join(f"{ENGLISH} Line {i} of the diary." for i in range(60))
    doc = analyse(_corpus(text), {"me": _corpus(text)})
    assert any("word for word" in w for w in doc["linkage"]["warnings"])
    assert doc["linkage"]["candidates"][0]["distance"] == pytest.approx(0.0, abs=1e-6)
    assert math.copysign(1.0, doc["linkage"]["candidates"][0]["distance"]) == 1.0  # never "-0.000"


def test_empty_corpora_do_not_crash() -> None:
    doc = analyse(Corpus(), {"me": Corpus()})
    assert doc["linkage"]["candidates"][0]["same_author_probability"] is None
    assert doc["linkage"]["warnings"]
    assert analyse(Corpus(), {})["linkage"]["candidates"] == []
    render_terminal(doc, Console(file=io.StringIO(), width=100))


def test_render_terminal_escapes_markup() -> None:
    doc = analyse(_corpus(ENGLISH * 40), {"[bold]x[/bold]": _corpus(ENGLISH * 50)})
    out = io.StringIO()
    render_terminal(doc, Console(file=out, width=120, no_color=True))
    assert "[bold]x[/bold]" in out.getvalue()


def test_linkage_detector_section_and_findings() -> None:
    ctx = ScanContext(corpus=_corpus("Tiny."), known={"me": _corpus(ENGLISH)})
    result = detect_linkage(ctx)
    assert "linkage" in result.sections
    assert any(f.rule == "MATCH003" for f in result.findings)
    assert detect_linkage(ScanContext(corpus=Corpus())).findings == []


def test_cosine_delta_weighs_function_words_and_ngrams_equally() -> None:
    import numpy as np

    from nymaudit.style import features as F

    space = F.make_space(["w:the", "w:of", "c:abc", "c:bcd", "c:cde", "c:def"])
    a = np.array([1.0, 0.0, 1.0, 1.0, 1.0, 1.0])
    b = np.array([1.0, 0.0, -1.0, -1.0, -1.0, -1.0])
    # Words identical (distance 0), n-grams opposite (distance 2): the mean is 1, where
    # one cosine over all six features would let the four n-grams outvote (1.6).
    assert F.cosine_delta(a, b, space) == pytest.approx(1.0)
    assert F.cosine_delta(a, a, space) == pytest.approx(0.0)
    words_only = F.make_space(["w:the", "w:of"])
    assert F.cosine_delta(a[:2], -a[:2], words_only) == pytest.approx(2.0)


def test_read_text_files(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"Hello there.\xff")
    corpus = read_text_files([p])
    assert corpus.posts[0].text.startswith("Hello there.")


@pytest.mark.skipif(not NOVELS.is_dir(), reason="shared novels corpus not available")
def test_same_author_scores_higher_on_novels() -> None:
    emma = _novel_words("austen_-_emma.txt")
    persuasion = _novel_words("austen_-_persuasion.txt")
    twist = _novel_words("dickens_-_oliver_twist.txt")
    pseudo = _corpus(" ".join(persuasion[20000:23000]))
    known = {"austen": _corpus(" ".join(emma[:20000])),
             "dickens": _corpus(" ".join(twist[:20000]))}
    doc = analyse(pseudo, known)
    cands = {c["label"]: c for c in doc["linkage"]["candidates"]}
    assert cands["austen"]["rank"] == 1
    assert cands["austen"]["same_author_probability"] > cands["dickens"]["same_author_probability"]


def test_vocabulary_block_weighs_shared_rare_words() -> None:
    from collections import Counter

    from nymaudit.style import features as F

    vocab = F.Vocabulary({"house": 900, "garden": 300}, chunks=1000, min_df=2, weight=8.0)
    # Unlisted words count as the rarest; a word in most chunks weighs almost nothing.
    assert vocab.idf("zanzibar") > vocab.idf("garden") > vocab.idf("house") > 0
    a = Counter({"zanzibar": 2, "house": 3})
    b = Counter({"zanzibar": 1, "house": 1, "garden": 4})
    c = Counter({"house": 2, "garden": 1})
    sim_ab = F.vocabulary_similarity(F.tfidf(a, vocab), F.tfidf(b, vocab))
    sim_ac = F.vocabulary_similarity(F.tfidf(a, vocab), F.tfidf(c, vocab))
    assert sim_ab > sim_ac
    assert F.vocabulary_similarity(F.tfidf(a, vocab), F.tfidf(a, vocab)) == pytest.approx(1.0)
    assert F.vocabulary_similarity(F.tfidf(Counter(), vocab), F.tfidf(a, vocab)) == 0.0
    # Weighted mean of the blocks: style (two blocks, weight 1 each) and vocabulary (8).
    assert F.combined_distance(0.5, 0.25, vocab) == pytest.approx((2 * 0.5 + 8 * 0.75) / 10)
    assert F.combined_distance(0.5, None, vocab) == 0.5
    shipped = F.vocabulary()
    assert shipped.chunks > 0 and shipped.weight > 0 and len(shipped.df) > 1000


def test_shared_rare_words_are_listed_with_advice() -> None:
    pseudo = ("My cat Bartholomew knocked the teapot over again. Bartholomew is a menace, and "
              "the marmalade jar is his favourite target. ") * 20
    known = ("Yesterday Bartholomew climbed the bookcase. I found marmalade on the floor and "
             "Bartholomew on the shelf, looking pleased. ") * 40
    doc = analyse(_corpus(pseudo), {"me": _corpus(known)})
    kinds = {h["feature"]: h["kind"] for h in doc["linkage"]["shared_habits"]}
    # The cat's name is capitalised on both sides: listed as a shared name, first.
    assert kinds.get("Bartholomew") == "name" and kinds.get("marmalade") == "vocabulary"
    assert any("name 'Bartholomew'" in s for s in doc["habits_to_vary"])
    assert any("uncommon word 'marmalade'" in s for s in doc["habits_to_vary"])
    cal = doc["calibration"]["me"]
    assert cal["vocabulary_similarity"] > 0.2
    # One known corpus: no character-model term, the distance is the profile distance.
    assert cal["char_cross_entropy"] is None
    assert cal["distance"] == cal["profile_distance"]


def test_character_model_prefers_the_training_text() -> None:
    from nymaudit.style import features as F

    model = F.CharModel(F.char_ids([ENGLISH * 30], 10**6))
    same = model.cross_entropy(F.char_ids([ENGLISH * 2], 10**6))
    other = model.cross_entropy(F.char_ids([FRENCH * 2], 10**6))
    assert same is not None and other is not None and same < other
    assert model.cross_entropy(F.char_ids(["ab"], 10**6)) is None
    # Long texts are sampled in evenly spaced blocks up to the cap.
    assert len(F.char_ids([ENGLISH * 200], 20_000)) <= 20_000 + 10


def test_attribution_adds_relative_cross_entropy() -> None:
    other = ("The committee resolved, after lengthy deliberation, that the harbour accounts "
             "should be audited quarterly; the treasurer objected; the motion nonetheless "
             "carried. ") * 40
    doc = analyse(_corpus(ENGLISH * 30), {"me": _corpus(ENGLISH * 60), "other": _corpus(other)})
    cal = doc["calibration"]
    assert cal["me"]["char_cross_entropy"] < cal["other"]["char_cross_entropy"]
    assert doc["linkage"]["candidates"][0]["label"] == "me"
    # The term is relative to the candidates' mean, so the two shifts cancel.
    shift = sum(cal[lb]["distance"] - cal[lb]["profile_distance"] for lb in ("me", "other"))
    assert shift == pytest.approx(0.0, abs=1e-3)


def test_shared_names_come_first_and_weekdays_are_not_names() -> None:
    """A place both identities name links them more than a topic word; a weekday is
    capitalised too but names nobody."""
    body = ("On Friday I walked up the Chevin again before work, and the planning meeting ran long. "
            "Honestly the committee could not agree on anything, so we all went home tired. ")
    doc = analyse(_corpus(body * 40), {"me": _corpus(body * 60)})
    shared = {h["feature"]: h["kind"] for h in doc["linkage"]["shared_habits"]}
    assert shared.get("Chevin") == "name"
    assert "Friday" not in shared and shared.get("friday") != "name"
    advice = " ".join(doc["habits_to_vary"])
    assert "Both sides name 'Chevin'" in advice


def test_quarter_self_distance_only_when_every_candidate_has_room() -> None:
    """The ranking allows for how much each candidate varies across its own text, but only
    when every candidate has room for the same windows (a short corpus would look varied)."""
    from nymaudit.style import linkage as L

    other = ("The committee resolved, after lengthy deliberation, that the harbour accounts "
             "should be audited quarterly; the treasurer objected; the motion nonetheless "
             "carried. ") * 1200
    pseudo = _corpus(ENGLISH * 30)
    long_me, long_other = _corpus(ENGLISH * 400), _corpus(other)
    side = L.prepare("me", long_me)
    assert L.quarter_self_distance(side, 7) is not None and L.quarter_self_distance(side, 7) >= 0
    assert L.quarter_self_distance(L.prepare("s", _corpus(ENGLISH * 60)), 7) is None
    doc = analyse(pseudo, {"me": long_me, "other": long_other})
    cal = doc["calibration"]
    assert all(cal[lb]["quarter_self_distance"] is not None for lb in ("me", "other"))
    assert doc["linkage"]["candidates"][0]["label"] == "me"
    Draft202012Validator(COMPARE_SCHEMA).validate(doc)
    short = analyse(pseudo, {"me": _corpus(ENGLISH * 60), "other": long_other})
    assert all(c["quarter_self_distance"] is None for c in short["calibration"].values())
    # One candidate (verification): no ranking term at all.
    assert analyse(pseudo, {"me": long_me})["calibration"]["me"]["quarter_self_distance"] is None

"""Linkage honesty: the out-of-domain guard, habits that agree or differ, the known
writer's self-variation, and the bundled demo end to end (docs/style.md)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from nymaudit.commands.compare import _verdict, analyse, render_terminal
from nymaudit.detectors import ScanContext
from nymaudit.detectors.linkage import detect as detect_linkage
from nymaudit.scan import load_known
from nymaudit.sources.detect import read_input
from nymaudit.style import features as F
from nymaudit.style import linkage as L
from nymaudit.style.text import corpus_from_texts, strip_gutenberg

DEMO = Path(__file__).resolve().parents[1] / "src" / "nymaudit" / "demo" / "account"
NOVELS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "novels"

BRITISH = ("I realised the colour of the programme was grey.  We organised the centre's "
           "neighbourhood day.  It's 21:40 now - the train was late.  I'd say 'fair enough'.  ")
AMERICAN = ("I realized the color of the program was gray. We organized the center’s "
            "neighborhood day. It’s 9:40 p.m. now—the train was late. I’d say “fair enough.” ")


def _side(text: str, label: str = "x") -> L.Side:
    return L.prepare(label, corpus_from_texts([(f"{label}.txt", text)]))


def _demo(pseudonymous: str, **known: str) -> dict:
    corpora = load_known({label: DEMO / name for label, name in known.items()})
    return analyse(read_input(DEMO / pseudonymous), corpora)


def _terminal(doc: dict) -> str:
    out = io.StringIO()
    render_terminal(doc, Console(file=out, width=200, no_color=True))
    return out.getvalue()


# --- the demo end to end --------------------------------------------------------------

def test_demo_blog_ranks_known_first_without_calling_the_other_writer_a_match() -> None:
    doc = _demo("blog", me="known", other="other-writer")
    cands = {c["label"]: c for c in doc["linkage"]["candidates"]}
    assert cands["me"]["rank"] == 1 and cands["other"]["rank"] == 2
    # Out of the calibration's domain there is no probability for either (2026-11-29:
    # an estimate from habits alone read "probably the same writer" for unrelated writers).
    for cand in cands.values():
        assert cand["same_author_probability"] is None and cand["calibrated"] is False
    text = _terminal(doc)
    assert "same writer" not in text
    assert "cannot say how likely*" in text and "No probability" in text
    assert "Closer to 'me' than to 'other'" in text
    assert "Habits that differ" in text


def test_demo_tweets_against_the_other_writer_alone_is_not_a_match() -> None:
    doc = _demo("twitter", other="other-writer")
    cand = doc["linkage"]["candidates"][0]
    assert cand["same_author_probability"] is None and cand["calibrated"] is False
    assert _verdict(cand["same_author_probability"], cand["calibrated"]) == "cannot say how likely*"
    assert "same writer" not in _terminal(doc)
    differ = {h["habit"] for h in doc["linkage"]["habits_that_differ"]}
    assert {"spelling", "clock"} <= differ
    assert any("no probability is given" in w for w in doc["linkage"]["warnings"])
    assert doc["calibration"]["other"]["style_probability"] is None  # the curve's value is not shown


def test_demo_tweets_still_rank_known_first() -> None:
    doc = _demo("twitter", me="known", other="other-writer")
    cands = {c["label"]: c for c in doc["linkage"]["candidates"]}
    assert cands["me"]["rank"] == 1
    assert cands["me"]["ranking_score"] < cands["other"]["ranking_score"]


def test_demo_scan_gives_no_match_probability_out_of_domain() -> None:
    corpora = load_known({"real": DEMO / "known"})
    result = detect_linkage(ScanContext(corpus=read_input(DEMO / "blog"), known=corpora))
    assert not [f for f in result.findings if f.rule == "MATCH001"]
    assert any(f.rule == "MATCH003" and "no probability is given" in f.message for f in result.findings)
    # The habits both sides share are still reported (two spaces, phrases, names).
    assert any(f.rule == "MATCH002" for f in result.findings)


# --- the domain guard -------------------------------------------------------------------

def test_domain_statistic_is_zero_at_the_reference_and_grows_away_from_it() -> None:
    space = F.feature_space()
    assert L.domain_statistic(space.mean) == pytest.approx(0.0)
    assert L.domain_statistic(space.mean + 2 * space.sd) == pytest.approx(2.0)
    assert L.domain_statistic(space.mean + 10 * space.sd) == pytest.approx(3.0)  # clipped


def test_domain_limit_falls_with_length_and_is_flat_outside_the_table() -> None:
    limits = [L.domain_limit(n) for n in (100, 250, 700, 3000, 6000, 20000, 100000)]
    assert limits[0] == limits[1] and limits[-1] == limits[-2]
    assert all(a >= b for a, b in zip(limits, limits[1:], strict=False))
    assert L.domain_limit(0) is None


def test_agreement_counts_by_how_rare_the_form_is() -> None:
    cfg = L.habit_evidence()
    # Forms most writers (of the variety) use say little: ratio 1, never below.
    assert L.agreement_ratio(cfg["spelling"], "british")[0] == pytest.approx(1.0)
    assert L.agreement_ratio(cfg["sentence_spacing"], "one_space")[0] == pytest.approx(1.0)
    assert L.agreement_ratio(cfg["apostrophes"], "straight")[0] == pytest.approx(1.0)
    # A rare form says more: two spaces after a full stop, about 1 writer in 10.
    ratio, share = L.agreement_ratio(cfg["sentence_spacing"], "two_spaces")
    assert ratio > 3 and share == pytest.approx(0.1)
    assert L.agreement_ratio({}, "anything") == (1.0, None)


@pytest.mark.skipif(not NOVELS.is_dir(), reason="shared novels corpus not available")
def test_novels_stay_in_domain_and_keep_the_fitted_probability() -> None:
    words = strip_gutenberg((NOVELS / "austen_-_emma.txt").read_text(encoding="utf-8-sig")).split()
    other = strip_gutenberg((NOVELS / "austen_-_persuasion.txt").read_text(encoding="utf-8-sig")).split()
    pseudo = L.prepare("p", corpus_from_texts([("p", " ".join(other[1000:3000]))]))
    known = L.prepare("k", corpus_from_texts([("k", " ".join(words[:20000]))]))
    assert L.domain(pseudo)["in_domain"] and L.domain(known)["in_domain"]
    r = L.verify(pseudo, known)
    assert r["in_domain"] and r["probability"] == r["style_probability"]


# --- habits that agree or differ --------------------------------------------------------

def test_settled_form_needs_enough_uses_and_a_dominant_form() -> None:
    assert L.settled_form({"a": 9, "b": 1}, 5, 0.8) == ("a", 0.9)
    assert L.settled_form({"a": 6, "b": 4}, 5, 0.8) is None
    assert L.settled_form({"a": 3, "b": 0}, 5, 0.8) is None


def test_disagreeing_habits_are_found_with_their_ratios() -> None:
    british, american = _side(BRITISH * 12, "b"), _side(AMERICAN * 12, "a")
    compared = {h["habit"]: h for h in L.compare_habits(british, american)}
    for habit in ("spelling", "sentence_spacing", "apostrophes", "clock", "dashes"):
        assert compared[habit]["agree"] is False, habit
        assert 0 < compared[habit]["likelihood_ratio"] < 1
    assert compared["spelling"]["pseudonymous"] == "British spelling"
    assert compared["spelling"]["known"] == "American spelling"
    assert L.habit_log_lr(list(compared.values())) == pytest.approx(
        -float(L.habit_evidence()["max_log_lr"]))


def test_agreeing_habits_raise_and_mixed_ones_say_nothing() -> None:
    a, b = _side(BRITISH * 12, "a"), _side(BRITISH * 10, "b")
    compared = L.compare_habits(a, b)
    assert compared and all(h["agree"] for h in compared)
    assert L.habit_log_lr(compared) > 0
    mixed = _side((BRITISH + AMERICAN) * 6, "m")
    assert not any(h["habit"] == "spelling" for h in L.compare_habits(mixed, a))


def test_shared_dialect_needs_the_variety_to_dominate_both_sides() -> None:
    british, american = _side(BRITISH * 12, "b"), _side(AMERICAN * 12 + BRITISH, "a")
    shared = L.shared_habits(british, american)
    assert not any(h["kind"] == "dialect" for h in shared)


# --- the known writer's own variation ---------------------------------------------------

def test_short_known_corpus_gets_a_real_spread() -> None:
    doc = _demo("blog", me="known")
    cal = doc["calibration"]["me"]
    assert cal["self_windows"] < 4  # 6,122 known words hold two 3,000-word stretches
    assert cal["self_sd"] > 0.001  # not one number from two complementary halves


@pytest.mark.skipif(not NOVELS.is_dir(), reason="shared novels corpus not available")
def test_short_known_corpus_in_domain_is_warned_about() -> None:
    emma = strip_gutenberg((NOVELS / "austen_-_emma.txt").read_text(encoding="utf-8-sig")).split()
    other = strip_gutenberg((NOVELS / "austen_-_persuasion.txt").read_text(encoding="utf-8-sig")).split()
    doc = analyse(corpus_from_texts([("p", " ".join(other[:3000]))]),
                  {"austen": corpus_from_texts([("k", " ".join(emma[:6000]))])})
    assert doc["linkage"]["candidates"][0]["calibrated"] is True
    assert doc["calibration"]["austen"]["self_windows"] == 2
    assert doc["calibration"]["austen"]["self_sd"] > 0.001
    assert any("separate stretches" in w for w in doc["linkage"]["warnings"])


def test_too_short_known_corpus_uses_the_fallback() -> None:
    pseudo = _side(BRITISH * 60, "p")
    known = _side(BRITISH * 5, "k")  # one segment: no window at all
    r = L.verify(pseudo, known)
    assert r["self_windows"] < 2
    assert r["self_mean"] == pytest.approx(float(L.calibration()["fallback_self_mean"]))


def test_drawn_windows_are_distinct_and_deterministic() -> None:
    a = L._sampled_rows(20, 8, 12)
    assert len({tuple(r) for r in a}) == len(a) == 12
    assert [tuple(r) for r in a] == [tuple(r) for r in L._sampled_rows(20, 8, 12)]
    assert len(L._sampled_rows(2, 1, 12)) == 2

"""How well pseudonymous writing matches known writing.

Method (details and figures in docs/style.md): each side becomes a profile of
function-word and character-3-gram rates; profiles are z-scored against a shipped
reference table and compared by cosine distance (Cosine Delta), function words and
3-grams as two blocks whose distances are averaged. A third block compares the
vocabulary: the less-common content words of each side, weighted by rarity
(TF-IDF against a shipped table of document frequencies); the distance is the
weighted mean of the three. The probability uses the style blocks only: their
distance is set against the known writer's own variation (windows of the known
text against the rest of it, at the pseudonymous text's length), and a logistic
curve fitted on a benchmark turns that into a same-author probability (the
vocabulary did not transfer to unseen authors there). With several known corpora
the candidates are also ranked (attribution), by the distance plus each one's
character-model cross-entropy and its Labbé distance over content-word counts, both
relative to the others, minus a share of how far the quarters of its known text sit
from each other. When either side is far from
the novels the curve was fitted on (the out-of-domain guard), there is no
probability: the distance, the ranking and the habits both sides settled on
(spelling, spacing, quotes, dashes, dates, clock; each with a likelihood ratio from
how rare its form is among writers, an estimate) are reported instead.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nymaudit.model import Corpus
from nymaudit.rules import load_file
from nymaudit.style import dialect, habits
from nymaudit.style import features as F
from nymaudit.style.text import StyleText, corpus_text, count_words, function_words, words

METHOD = (
    "cosine-delta over z-scored function-word and character-3-gram rates (each block compared "
    "on its own) plus the TF-IDF cosine of the less-common content words, the three block "
    "distances averaged by weight (with several candidates, plus each one's relative "
    "character-5-gram cross-entropy and Labbé distance over content-word counts, minus a share of "
    "its own variation between quarters of its known text); probability from the style blocks only: a "
    "logistic curve over the distance and the known writer's own variation, fitted on novels "
    "matched across works; for text far from those novels no probability (not calibrated there): "
    "the distance, the ranking and the habits both sides settled on are reported instead"
)
SHINGLE = 8
MAX_SHINGLES = 300_000
MAX_LANGUAGE_PARTS = 2000
NAME_SCAN_CHARS = 500_000  # about 90,000 words: plenty to tell a name by its capital
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")
# Two capitalised words with one space between (overlapping: "Henley Beach Road" gives
# "henley beach" and "beach road").
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+(?:['’][a-z]+)?) (?=([A-Z][a-z]+(?:['’][a-z]+)?)\b)")


# Skipped back from a word to see what precedes it: spaces, then opening quotes,
# brackets and list markers ("- Honestly", '"Gotta'), then spaces again.
_OPENERS = "\"'“‘([*•>-_"
_SENTENCE_END = ".!?…:"


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence, a line or the text: after
    . ! ? … or :, or with nothing but quotes, brackets or a list marker before it on
    its line."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    while i >= 0 and text[i] in "\"'”’)]":  # 'he said it." Then'
        i -= 1
    if i < 0 or text[i] not in _SENTENCE_END:
        return False
    if text[i] == ".":
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        before = text[j:i]
        # "Mrs. Goddard", "J. Smith": the full stop ends an abbreviation, not a sentence.
        if (len(before) == 1 and before.isupper()) or before.lower() in _abbreviations():
            return False
    return True


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_file("linkage").get("vocabulary", {}).get("abbreviations", []))


@cache
def calibration() -> dict[str, Any]:
    return dict(load_file("linkage").get("calibration", {}))


@cache
def attribution_settings() -> dict[str, Any]:
    return dict(load_file("linkage").get("attribution", {}))


@cache
def thresholds() -> dict[str, Any]:
    return dict(load_file("linkage").get("thresholds", {}))


@cache
def low_band_settings() -> dict[str, Any]:
    return dict(load_file("linkage").get("low_band", {}))


@cache
def domain_settings() -> dict[str, Any]:
    return dict(load_file("linkage").get("domain", {}))


@cache
def habit_evidence() -> dict[str, Any]:
    return dict(load_file("linkage").get("habit_evidence", {}))


@dataclass
class Side:
    """One corpus, read once: cleaned text, segment counts, habits, language."""

    label: str
    text: StyleText
    seg: F.SegmentCounts
    words: int
    english_share: float | None
    non_english_word_share: float
    habits: habits.HabitProfile
    locale: dialect.LocaleEvidence
    fingerprint: int
    # Sentence ends followed by exactly one space (two spaces is a habit in habits.py).
    single_space: int = 0
    # Share of the text's lines that read as program code (``code_line_share``).
    code_share: float | None = None
    profile: Any = field(default=None)
    # Content-word counts (the vocabulary block); their TF-IDF vector per rarity table.
    content: Any = field(default=None)
    _vectors: dict[int, Any] = field(default_factory=dict)
    _model: Any = field(default=None)  # the character model, built on first use
    _scored: Any = field(default=None)  # (cap, characters scored by cross_entropy), kept per candidate
    _capitals: Any = field(default=None)  # content word -> uses written with a capital
    _pairs: Any = field(default=None)  # "rundle mall" -> times the two capitalised words stand together
    _pairs_by_word: Any = field(default=None)  # word -> [(pair, count)] of ``name_pairs``

    def capitalised_share(self, word: str) -> float:
        """Share of the uses of a content word inside a sentence that are written with a
        capital: names of people and places are capitalised mid-sentence, other words
        only at a sentence start. Uses at a sentence start say nothing and are left out
        of both counts; a word only ever seen there ("Realistically, ...", "Gotta go")
        gets 0, not 1 as until 2026-11-29, when such words were shown as names. Read
        from the first NAME_SCAN_CHARS of the text, counted once."""
        if self._capitals is None:
            inside: Counter[str] = Counter()
            initial: Counter[str] = Counter()
            joined = self.text.joined[:NAME_SCAN_CHARS]
            for m in _CAPITALISED.finditer(joined):
                key = m.group(0).lower()
                if sentence_initial(joined, m.start()):
                    initial[key] += 1
                else:
                    inside[key] += 1
            self._capitals = (inside, initial)
        inside, initial = self._capitals
        total = self.content.get(word, 0) if self.content is not None else 0
        within = total - initial.get(word, 0)
        return min(1.0, inside.get(word, 0) / within) if within > 0 else 0.0

    def name_pairs(self) -> Counter[str]:
        """Two capitalised words written side by side ("Rundle Mall" -> "rundle mall"),
        from the first NAME_SCAN_CHARS of the text, counted once."""
        if self._pairs is None:
            joined = self.text.joined[:NAME_SCAN_CHARS]
            self._pairs = Counter(f"{m.group(1)} {m.group(2)}".lower() for m in _NAME_PAIR.finditer(joined))
        return self._pairs

    def name_pairs_of(self, word: str) -> list[tuple[str, int]]:
        """The pairs of ``name_pairs`` that hold ``word``, with their counts (indexed once)."""
        if self._pairs_by_word is None:
            index: dict[str, list[tuple[str, int]]] = {}
            for pair, count in self.name_pairs().items():
                for part in set(pair.split(" ")):
                    index.setdefault(part, []).append((pair, count))
            self._pairs_by_word = index
        return self._pairs_by_word.get(word, [])

    def char_model(self) -> F.CharModel:
        """Character language model of this corpus (built on first use)."""
        if self._model is None:
            cap = int(attribution_settings().get("max_model_chars", 2_000_000))
            self._model = F.CharModel(F.char_ids(self.text.texts, cap))
        return self._model

    def cross_entropy(self, model: F.CharModel) -> float | None:
        cap = int(attribution_settings().get("max_scored_chars", 300_000))
        if self._scored is None or self._scored[0] != cap:
            self._scored = (cap, F.char_ids(self.text.texts, cap))
        return model.cross_entropy(self._scored[1])

    def vector(self, vocab: F.Vocabulary) -> Any:
        """TF-IDF vector of the content words under ``vocab`` (the last one is kept)."""
        if self.content is None:
            return None
        key = id(vocab)
        if key not in self._vectors:
            self._vectors = {key: (vocab, F.tfidf(self.content, vocab))}
        return self._vectors[key][1]

    @property
    def empty(self) -> bool:
        return self.words == 0 or len(self.seg) == 0


# What is not prose in any language is left out of the language measure: Markdown table
# rows, tokens with digits or code symbols (3.5, --seed, bench_style.py, a|b), dotted
# and camelCase identifiers and acronyms (DST, AUC). Technical English Markdown read as
# 16-20% "non-English" when its tables and numbers counted as words without function words.
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|.*$")
# A whitespace-separated token is code-like when it holds a digit or a code symbol, is a
# command-line option, a dotted name or camelCase, or an acronym (checked token by token:
# one regex search per token, linear in the text however long a token is).
_CODE_TOKEN = re.compile(r"[\d_=/\\<>{}|@#$%^&*+~]|^--?[A-Za-z]|\w\.\w|[a-z][A-Z]|^\W*[A-Z]{2,}\W*$")
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def prose_only(text: str) -> str:
    """The text without table rows, code-like tokens, numbers and acronyms."""
    if "|" in text:
        text = _TABLE_ROW.sub(" ", text)
    search = _CODE_TOKEN.search
    return " ".join(token for token in text.split() if not search(token))


# A line that reads as program code: a statement only code opens a line with ("def f(",
# "class A:", "from x import", "else:"; not "let", "return" or "class" alone, which
# lower-case posts start with), a call ("f(x)", not "friend(s)"), an assignment or
# comparison operator, an arrow, a line ending in a brace or a semicolon or made of a
# closing bracket, "//" or "/*", a method call or a snake_case name ("#" is a Markdown
# heading or a hashtag as often as a comment). English novels have about 1% of such
# lines (a line ending in ";"), technical Markdown 1-7%, Python source 60-87%. Added
# 2026-11-29 (seventh session): a known corpus of CPython's json module was read as prose,
# and its "else" and "sorted" became habits to vary. A line ending in a template tag's
# "%}" or "}}" (Liquid, Hugo shortcodes) is no code: clean_text drops those tags, and a
# Jekyll blog with a figure after every other paragraph read as 33% code until then.
_CODE_LINE = re.compile(
    r"^[ \t]*(?:def[ \t]+\w+[ \t]*\(|class[ \t]+\w+[ \t]*[(:{]|from[ \t]+[\w.]+[ \t]+import\b"
    r"|import[ \t]+[\w.]+[ \t]*;?$|(?:else|try|finally)[ \t]*:|elif\b|except\b.*:$|#include\b|#define\b)"
    r"|\w\((?!s\))|[=!<>+\-*/%]=|->|=>|&&|\|\||[ \t]=[ \t]|(?:[{;]|(?<![%}])\})[ \t]*$|^[ \t]*[)\]}]"
    r"|^[ \t]*(?://|/\*)|\w\.\w+\(|\b[A-Za-z]+_\w+\b"
)
MAX_CODE_LINE = 300  # a longer line is a paragraph of prose, whatever it holds


def code_line_share(texts: list[str]) -> float | None:
    """Share of the lines holding a letter that read as program code (None without any);
    the first MAX_LANGUAGE_PARTS * 10 lines."""
    code = total = 0
    limit = MAX_LANGUAGE_PARTS * 10
    for text in texts:
        for line in text.split("\n"):
            if not _HAS_LETTER.search(line):
                continue
            total += 1
            if len(line) <= MAX_CODE_LINE and _CODE_LINE.search(line):
                code += 1
            if total >= limit:
                return code / total
    return code / total if total else None


_HAS_LETTER = re.compile(r"[^\W\d_]")


def english_share(text: str) -> float | None:
    """Share of the prose words (``prose_only``) that are English function words (None
    without any)."""
    n, k = _prose_counts(prose_only(text))
    return k / n if n else None


def _prose_counts(prose: str) -> tuple[int, int]:
    """(letter words, English function words) of prose text."""
    total = len(_LETTER_WORD.findall(prose))
    if total == 0:
        return 0, 0
    fw = function_words()
    return total, sum(1 for w in words(prose) if w in fw)


def language_measures(texts: list[str]) -> tuple[float | None, float]:
    """(share of the prose words that are English function words, share of the words
    in parts (posts, paragraphs of 12+ prose words; the first MAX_LANGUAGE_PARTS) that do
    not read as English), in one pass: each part is reduced to prose once."""
    limit = float(thresholds().get("min_english_share", 0.22))
    letters = function = total = foreign = seen = 0
    for t in texts:
        for part in t.split("\n\n"):
            if not part.strip():
                continue
            n, k = _prose_counts(prose_only(part))
            letters += n
            function += k
            if seen < MAX_LANGUAGE_PARTS:
                seen += 1
                # A table, a list of names or a code-heavy line says nothing of language.
                if n >= 12:
                    total += n
                    if k / n < limit:
                        foreign += n
    return (function / letters if letters else None), (foreign / total if total else 0.0)


def _non_english_share(texts: list[str]) -> float:
    """Share of words in parts (posts, paragraphs) that do not read as English."""
    return language_measures(texts)[1]


# The double-space habit's pattern with exactly one space (the lookahead needs a
# letter, quote or bracket right after it).
_ONE_SPACE = re.compile(r"[.!?][\"'”’)]? (?=[A-Z\"“(])")


def prepare(label: str, corpus: Corpus | None, segment_content: bool = True) -> Side:
    """``segment_content=False`` for a known side: only the pseudonymous windows need
    content words per segment, a known side needs their total (``side.content``)."""
    text = corpus_text(corpus)
    joined = text.joined
    seg = F.segment_counts(text.texts, content=True)
    english, non_english = language_measures(text.texts)
    side = Side(
        label=label,
        text=text,
        seg=seg,
        words=count_words(joined),
        english_share=english,
        non_english_word_share=non_english,
        habits=habits.collect(text.texts, text.case_free),
        locale=dialect.collect(text.texts),
        fingerprint=hash(" ".join(joined.split())),
        single_space=sum(len(_ONE_SPACE.findall(t)) for t in text.texts),
        code_share=code_line_share(text.texts),
    )
    if len(seg):
        side.profile = F.profile(seg)
        side.content = seg.content_of()
    if not segment_content:
        seg.content = None
    return side


def _shingles(side: Side) -> set[int]:
    tokens = words(side.text.joined)
    step = max(1, (len(tokens) - SHINGLE) // MAX_SHINGLES + 1)
    return {hash(tuple(tokens[i : i + SHINGLE])) for i in range(0, len(tokens) - SHINGLE + 1, step)}


def overlap_share(pseudo: Side, known: Side) -> float:
    """Share of the pseudonymous 8-word sequences that also occur in the known text."""
    a = _shingles(pseudo)
    if not a:
        return 1.0 if pseudo.fingerprint == known.fingerprint and pseudo.words else 0.0
    b = _shingles(known)
    return len(a & b) / len(a)


def _window_rows(n: int, w: int) -> list[Any]:
    """Row indices of up to ``max_windows`` disjoint windows of ``w`` segments, each
    spread evenly over the text (segment i, i + stride, ...), so a window samples the
    whole corpus the way a set of posts does, not one scene of it."""
    import numpy as np

    if w < 1 or n < w:
        return []
    stride = n // w
    max_windows = int(calibration().get("max_windows", 12))
    offsets = sorted({int(o) for o in np.linspace(0, stride - 1, min(max_windows, stride))})
    return [np.arange(o, o + stride * w, stride)[:w] for o in offsets]


def _sampled_rows(n: int, w: int, count: int) -> list[Any]:
    """Up to ``count`` distinct windows of ``w`` of the ``n`` segments, drawn without
    replacement with a fixed seed (the same text always gets the same windows)."""
    import numpy as np

    rng = np.random.default_rng(n * 1009 + w)
    seen: dict[tuple[int, ...], Any] = {}
    for _ in range(count * 4):
        rows = np.sort(rng.choice(n, w, replace=False))
        seen.setdefault(tuple(int(r) for r in rows), rows)
        if len(seen) >= count:
            break
    return list(seen.values())


def self_distances(known: Side, window_segments: int, min_windows: int = 0) -> list[float]:
    """Style distances of windows of the known text to the rest of it. The vocabulary
    block is left out here: the known windows share the rest's books (names, topics),
    which a pseudonymous text from other work does not, so a vocabulary self-distance
    would describe the known sample rather than the writer.

    A known text with fewer than ``min_windows`` disjoint windows (at most two halves
    of it, which give one distance twice) gets windows of randomly drawn segments
    instead, each against the rest; with fewer than ``min_windows`` distinct ones
    possible, none (the caller uses the fallback)."""
    n = len(known.seg)
    w = max(1, min(window_segments, n // 2))
    windows = _window_rows(n, w) if n >= 2 else []
    if min_windows and len(windows) < min_windows and n >= 2:
        windows = _sampled_rows(n, w, int(calibration().get("max_windows", 12)))
        if len(windows) < min_windows:
            return []
    if len(windows) < 2:
        return []
    total = known.seg.counts.sum(axis=0)
    total_words = known.seg.word_totals.sum()
    total_grams = known.seg.ngram_totals.sum()
    space = F.feature_space()
    out = []
    for rows in windows:
        wc = known.seg.counts[rows].sum(axis=0)
        ww = known.seg.word_totals[rows].sum()
        wg = known.seg.ngram_totals[rows].sum()
        window = F.rates(wc, ww, wg, space)
        rest = F.rates(total - wc, total_words - ww, total_grams - wg, space)
        out.append(F.cosine_delta(window, rest, space))
    return out


def quarter_self_distance(known: Side, w: int) -> float | None:
    """Mean style distance of windows of ``w`` segments to the rest of the known text, two
    windows (alternate segments) from each quarter of it against the other three quarters:
    how far this writer's other stretches (other books, other years) sit from each other.
    None when a quarter holds fewer than ``2 w`` segments: shorter windows would read as
    more varied, which would favour the candidate with less known text."""
    import numpy as np

    n = len(known.seg)
    if w < 1 or n < 8 * w:
        return None
    total = known.seg.counts.sum(axis=0)
    total_words = known.seg.word_totals.sum()
    total_grams = known.seg.ngram_totals.sum()
    space = F.feature_space()
    out = []
    for j in range(4):
        quarter = np.arange(n * j // 4, n * (j + 1) // 4)
        qc = known.seg.counts[quarter].sum(axis=0)
        rest = F.rates(total - qc, total_words - known.seg.word_totals[quarter].sum(),
                       total_grams - known.seg.ngram_totals[quarter].sum(), space)
        for offset in (0, 1):
            rows = quarter[offset::2][:w]
            window = F.rates(known.seg.counts[rows].sum(axis=0), known.seg.word_totals[rows].sum(),
                             known.seg.ngram_totals[rows].sum(), space)
            out.append(F.cosine_delta(window, rest, space))
    return sum(out) / len(out)


def window_distance(pseudo: Side, known: Side, w: int) -> tuple[float, float | None]:
    """(mean style distance, mean vocabulary similarity) of windows of ``w`` segments of
    the pseudonymous text to the known profile: the scale the self-distances and the
    calibration were measured on (a whole text up to ``w`` segments is one window)."""
    n = len(pseudo.seg)
    windows = _window_rows(n, w) if n > w else []
    if not windows:
        _d, style, similarity = whole_distance(pseudo, known)
        return style, similarity
    vocab = F.vocabulary()
    # The windows' vocabulary similarity is an input the curve may use; with no
    # coefficient for it (as shipped) it is not computed (a TF-IDF per window).
    wanted = vocab.weight > 0 and float(calibration().get("window_vocabulary", 0.0)) != 0.0
    styles: list[float] = []
    similarities: list[float] = []
    for rows in windows:
        styles.append(F.cosine_delta(F.profile(pseudo.seg, rows), known.profile))
        if wanted and known.content is not None:
            similarities.append(F.vocabulary_similarity(
                F.tfidf(pseudo.seg.content_of(rows), vocab), known.vector(vocab)))
    return (sum(styles) / len(styles),
            sum(similarities) / len(similarities) if similarities else None)


def whole_distance(pseudo: Side, known: Side) -> tuple[float, float, float | None]:
    """(combined distance, style distance, vocabulary similarity) of the whole profiles."""
    style = F.cosine_delta(pseudo.profile, known.profile)
    vocab = F.vocabulary()
    similarity = None
    if vocab.weight > 0 and pseudo.content is not None and known.content is not None:
        similarity = F.vocabulary_similarity(pseudo.vector(vocab), known.vector(vocab))
    return F.combined_distance(style, similarity, vocab), style, similarity


def score_features(window_dist: float, self_mean: float, self_sd: float,
                   window_vocabulary: float | None = None) -> dict[str, float]:
    """The inputs of the calibration curve (window_vocabulary: 0 without a table)."""
    cal = calibration()
    sd = max(self_sd, float(cal.get("min_self_sd", 0.03)))
    return {
        "window_distance": window_dist,
        "self_mean": self_mean,
        "window_vocabulary": window_vocabulary or 0.0,
        "log_ratio": math.log(max(window_dist, 1e-6) / max(self_mean, 0.05)),
        "z": (window_dist - self_mean) / sd,
    }


def probability(window_dist: float, self_mean: float, self_sd: float,
                window_vocabulary: float | None = None) -> tuple[float, float]:
    """(same-author probability, log distance ratio) from the calibration table:
    logistic(intercept + sum of coefficient x feature) over the features of
    ``score_features`` named in ``[calibration]`` (absent names weigh 0)."""
    cal = calibration()
    feats = score_features(window_dist, self_mean, self_sd, window_vocabulary)
    x = float(cal.get("intercept", 0.0))
    for name, value in feats.items():
        x += float(cal.get(name, 0.0)) * value
    x = max(min(x, 40.0), -40.0)
    return 1.0 / (1.0 + math.exp(-x)), feats["log_ratio"]


def short_known_slope(known_words: int) -> float:
    """The factor on the curve's logit for a known corpus of ``known_words`` (eleventh
    session): under 2,500 known words the curve, fitted with 20,000-word known corpora, is
    too sharp (a same-writer pair read 0.2%). Interpolated in log words between the points
    of ``[calibration] short_known_*``; flat below the first, 1 from the last on."""
    cal = calibration()
    xs = [float(x) for x in cal.get("short_known_words", [])]
    ys = [float(y) for y in cal.get("short_known_slope", [])]
    if not xs or len(xs) != len(ys) or known_words >= xs[-1]:
        return 1.0
    if known_words <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True), strict=False):
        if x0 <= known_words <= x1:
            t = math.log(known_words / x0) / math.log(x1 / x0)
            return y0 + t * (y1 - y0)
    return 1.0


def rescaled(p: float, slope: float) -> float:
    """``p`` with its logit multiplied by ``slope`` (1: unchanged)."""
    if slope == 1.0 or p <= 0.0 or p >= 1.0:
        return p
    x = max(min(slope * math.log(p / (1.0 - p)), 40.0), -40.0)
    return 1.0 / (1.0 + math.exp(-x))


def same_writer_low_share(known_words: int) -> float | None:
    """The measured share of same-writer texts whose probability falls under the low band
    with a known corpus of ``known_words`` (``[low_band]``: the first measured length at or
    below it; the shortest one below that)."""
    point = low_share_point(known_words)
    return point[0] if point else None


def low_share_point(known_words: int) -> tuple[float, int] | None:
    """(share, the known-corpus length it was measured at) for ``same_writer_low_share``: the
    warning says the length, since below the shortest one nothing was measured (rev11b D6)."""
    band = low_band_settings()
    xs, ys = band.get("known_words", []), band.get("same_writer_share", [])
    if not xs or len(xs) != len(ys):
        return None
    share, at = float(ys[0]), int(xs[0])
    for x, y in zip(xs, ys, strict=True):
        if known_words >= int(x):
            share, at = float(y), int(x)
    return share, at


def text_pieces(side: Side) -> tuple[float, int] | None:
    """(effective number of texts, number of texts) of a side: its length squared over the sum
    of its texts' squared lengths, in characters (1 for one text, 2 for two equal ones, near
    the count for many similar ones; one long essay beside ten short posts is about 1). A
    known side in few texts (one essay, one stretch of one book, three chapters) shows how the
    writer wrote those pieces, not how much their writing varies between pieces (thirteenth
    session). None without text."""
    lengths = [len(t) for t in side.text.texts if t]
    total = sum(lengths)
    if not total:
        return None
    return total * total / sum(n * n for n in lengths), len(lengths)


def _low_share_words(known_words: int, share: float, at: int, band: float) -> str:
    """The measured share said honestly for this length: measured at ``at`` known words; fewer
    words miss more often (the measured points fall with length), so below the shortest point
    it is a floor, between points a ceiling."""
    told = f"{share:.0%} of texts by the same writer score under {band:.0%}"
    if known_words == at:
        return f"with {known_words:,} known words, about {told} (measured on novels; docs/style.md)"
    if known_words < at:
        return (f"with {known_words:,} known words, likely more than {told}: {share:.0%} was measured "
                f"with {at:,} known words, the shortest length measured (on novels; fewer words miss "
                "more often; docs/style.md)")
    return (f"with {known_words:,} known words, likely fewer than {told}: {share:.0%} was measured "
            f"with {at:,} known words (on novels; more words miss less often; docs/style.md)")


def _few_texts_warning(label: str, words: int, pieces: tuple[float, int], band: float) -> str:
    """Why a low score from known writing in few texts is no all-clear, with the share measured
    for about as few texts (``[low_band] few_texts_*``: the first point at or below)."""
    settings = low_band_settings()
    xs, ys = settings.get("few_texts_pieces", []), settings.get("few_texts_same_writer_share", [])
    effective, count = pieces
    where = ("one text" if count == 1 else
             f"mostly one of its {count} texts" if round(effective) <= 1 else
             f"mostly {round(effective)} of its {count} texts" if round(effective) < count else
             f"{count} texts")
    measured = ""
    if xs and len(xs) == len(ys):
        at, share = float(xs[0]), float(ys[0])
        for x, y in zip(xs, ys, strict=True):
            if max(1, round(effective)) >= float(x):  # three texts of near equal length: 3
                at, share = float(x), float(y)
        kind = ("one stretch of another work of the writer's" if at == 1
                else f"{at:g} stretches of the writer's other works")
        measured = (f"; with known text in {kind}, about {share:.0%} of texts by the same writer "
                    f"scored under {band:.0%} (5,000 known words, measured on novels; docs/style.md)")
    wrote = "that piece" if round(effective) <= 1 else "those pieces"
    return (f"'{label}' scores under {band:.0%}, which is no all-clear here: its {words:,} words are "
            f"{where}: that shows how the writer wrote {wrote}, not how much their writing varies "
            f"between pieces{measured}. There is too little variety in the known writing to rule out "
            "the same writer; more pieces of known writing (separate posts, articles or chapters of "
            "other work, given as separate files) make a low score mean more.")


# --- out-of-domain guard --------------------------------------------------------------
# The curve above was fitted on 19th-century novels. Text far from them (tweets, blog
# posts) sits far from the reference in a common direction (contractions, "it's",
# topic words), which shrinks the distance between ANY two such texts, so the fitted
# probability would call different modern writers one person. The guard measures that
# distance and, past the limit novels reach, stops using the curve.

def domain_statistic(rate_vector: Any, space: F.FeatureSpace | None = None) -> float:
    """Root mean square of the clipped z-scores of a profile against the reference: how
    far a text sits from the calibration material (novel passages: about 1.4 at 500
    words, 0.6 at 20,000; see docs/style.md)."""
    import numpy as np

    z = F.zscores(rate_vector, space)
    return float(np.sqrt(np.mean(z * z))) if len(z) else 0.0


def domain_limit(words: int) -> float | None:
    """The 99th percentile of the domain statistic over novel passages of ``words``
    words (held-out authors, [domain] in heuristics/linkage.toml) times the margin;
    interpolated in log words, flat outside the table."""
    cfg = domain_settings()
    sizes = [float(v) for v in cfg.get("words", [])]
    limits = [float(v) for v in cfg.get("limit", [])]
    if not sizes or len(sizes) != len(limits) or words <= 0:
        return None
    margin = float(cfg.get("margin", 1.0))
    if words <= sizes[0]:
        return limits[0] * margin
    for i in range(1, len(sizes)):
        if words <= sizes[i]:
            t = math.log(words / sizes[i - 1]) / math.log(sizes[i] / sizes[i - 1])
            return (limits[i - 1] + t * (limits[i] - limits[i - 1])) * margin
    return limits[-1] * margin


def domain(side: Side) -> dict[str, Any]:
    """{statistic, limit, in_domain} of one side (in_domain None without a profile)."""
    if side.profile is None:
        return {"statistic": None, "limit": None, "in_domain": None}
    stat = domain_statistic(side.profile)
    limit = domain_limit(side.words)
    return {"statistic": round(stat, 3), "limit": None if limit is None else round(limit, 3),
            "in_domain": True if limit is None else stat <= limit}


# --- habits with alternative forms ----------------------------------------------------
# Pairs (or sets) of forms a writer usually keeps to one of. When both sides settle
# on a form, agreement and disagreement are evidence; the likelihood ratios are
# estimates in heuristics/linkage.toml [habit_evidence] (no corpus here measures them).

HABIT_FORMS: dict[str, dict[str, str]] = {
    "spelling": {"british": "British spelling", "american": "American spelling"},
    "sentence_spacing": {"two_spaces": "two spaces after a full stop",
                         "one_space": "one space after a full stop"},
    "apostrophes": {"straight": "straight apostrophes (')", "curly": "curly apostrophes (’)"},
    "double_quotes": {"straight": 'straight double quotes (")', "curly": "curly double quotes (“ ”)"},
    "dates": {"day_first": "day-first dates", "month_first": "month-first dates"},
    "clock": {"24_hour": "the 24-hour clock", "am_pm": "a.m./p.m. times"},
    "dashes": {"em_dash": "em dashes (—)", "spaced_en_dash": "spaced en dashes ( – )",
               "spaced_hyphen": "spaced hyphens ( - )", "double_hyphen": "double hyphens (--)"},
    "oxford_comma": {"with": "the Oxford comma (a, b, and c)", "without": "no Oxford comma (a, b and c)"},
}


# The habits of HABIT_FORMS whose form says where the writer learned to write (the
# STYLE001, STYLE003 and STYLE004 clues of `scan`): their forms are masked under --redact.
LOCALE_HABITS = frozenset({"spelling", "dates", "clock"})


def habit_form_counts(side: Side) -> dict[str, dict[str, int]]:
    """How often each form of each habit in HABIT_FORMS occurs on one side."""
    h = side.habits.counts
    dates, times = side.locale.dates, side.locale.times
    return {
        "spelling": {v: sum(c[v] for c in side.locale.spelling.values()) for v in ("british", "american")},
        "sentence_spacing": {"two_spaces": h["double_space_after_sentence"], "one_space": side.single_space},
        "apostrophes": {"straight": h["straight_apostrophe"], "curly": h["curly_apostrophe"]},
        "double_quotes": {"straight": h["straight_double_quote"], "curly": h["curly_double_quote"]},
        "dates": {"day_first": dates["day_first"] + dates["day_first_written"],
                  "month_first": dates["month_first"] + dates["month_first_written"]},
        "clock": {"24_hour": times["24_hour"], "am_pm": times["am_pm"]},
        "dashes": {"em_dash": h["em_dash"], "spaced_en_dash": h["spaced_en_dash"],
                   "spaced_hyphen": h["spaced_hyphen"], "double_hyphen": h["double_hyphen"]},
        "oxford_comma": {"with": h["oxford_comma"], "without": h["list_without_oxford_comma"]},
    }


def settled_form(counts: dict[str, int], min_uses: int, dominance: float) -> tuple[str, float] | None:
    """(form, its share) when a side uses the habit at least ``min_uses`` times and one
    form at least ``dominance`` of the time; None when undecided."""
    total = sum(counts.values())
    if total < max(min_uses, 1):
        return None
    form, n = max(counts.items(), key=lambda item: (item[1], item[0]))
    return (form, n / total) if n / total >= dominance else None


def agreement_ratio(rule: dict[str, Any], form: str) -> tuple[float, float | None]:
    """(likelihood ratio, population share) of both sides settling on ``form``: the
    writer's stability over the share of writers who settle on that form, never below 1
    (agreeing on a form most writers use says little, not the opposite)."""
    share = rule.get("share", {}).get(form)
    if share is None:
        return 1.0, None
    ratio = float(rule.get("stability", 1.0)) / max(float(share), 1e-3)
    return max(1.0, ratio), float(share)


def compare_habits(pseudo: Side, known: Side) -> list[dict[str, Any]]:
    """Each habit both sides have settled on: agree or differ, with its likelihood
    ratio (same writer vs different writers; an estimate from [habit_evidence]: an
    agreement counts by how rare the form is among writers)."""
    cfg = habit_evidence()
    dominance = float(cfg.get("dominance", 0.8))
    p_counts, k_counts = habit_form_counts(pseudo), habit_form_counts(known)
    out: list[dict[str, Any]] = []
    for habit, names in HABIT_FORMS.items():
        rule = cfg.get(habit, {})
        min_uses = int(rule.get("min_uses", 5))
        p = settled_form(p_counts[habit], min_uses, dominance)
        k = settled_form(k_counts[habit], min_uses, dominance)
        if p is None or k is None:
            continue
        agree = p[0] == k[0]
        lr, share = agreement_ratio(rule, p[0])
        if not agree:
            lr = float(rule.get("differ", 1.0))
        out.append({
            "habit": habit, "agree": agree,
            "pseudonymous": names[p[0]], "known": names[k[0]],
            "pseudonymous_share": round(p[1], 2), "known_share": round(k[1], 2),
            "pseudonymous_uses": sum(p_counts[habit].values()),
            "known_uses": sum(k_counts[habit].values()),
            "likelihood_ratio": round(lr, 2),
            # Added 2026-11-29: the share of writers who settle on the pseudonymous
            # side's form (an estimate; for dialect habits, among writers of that variety).
            "population_share": share,
            "dialect": bool(rule.get("dialect", False)),
        })
    return out


def habit_log_lr(compared: list[dict[str, Any]]) -> float:
    """Sum of the log likelihood ratios, clipped to +-max_log_lr: the habits are not
    independent (one keyboard or editor sets quotes, dashes and spacing together)."""
    cap = float(habit_evidence().get("max_log_lr", 2.2))
    total = sum(math.log(max(h["likelihood_ratio"], 1e-6)) for h in compared)
    return max(-cap, min(cap, total))


def verify(pseudo: Side, known: Side) -> dict[str, Any]:
    """Distance, self-calibration and probability for one known corpus. When either
    side is out of the calibration's domain there is no probability (``in_domain``
    False): the curve's value would not mean what it says there, and nothing here
    measures a replacement."""
    if pseudo.empty or known.empty or pseudo.profile is None or known.profile is None:
        return {"distance": None, "window_distance": None, "probability": None,
                "log_ratio": None, "z": None, "self_mean": None, "self_sd": None,
                "window_vocabulary": None, "style_distance": None, "vocabulary_similarity": None,
                "style_probability": None, "habit_log_lr": None, "self_windows": None,
                "pseudonymous_domain": None, "known_domain": None, "in_domain": None,
                "habits_compared": []}
    cal = calibration()
    distance, style, similarity = whole_distance(pseudo, known)
    # Long texts are judged window by window (at most max_window_segments long), the
    # scale the calibration was fitted on; the whole-profile distance ranks candidates.
    w = max(1, min(len(pseudo.seg), int(cal.get("max_window_segments", 20)),
                   max(len(known.seg) // 2, 1)))
    selfs = self_distances(known, w)
    scored, window_vocabulary = window_distance(pseudo, known, w)
    # Fewer than min_self_windows disjoint windows (two complementary halves give one
    # distance twice; the benchmark's 20,000-word known corpora always had four or
    # more): the spread comes from drawn windows, and analyse() warns. The mean, the
    # curve's input, stays that of the disjoint windows: smaller windows, drawn windows
    # and the fallback all measured worse (docs/style.md, "Self-variation").
    min_windows = int(cal.get("min_self_windows", 4))
    if len(selfs) >= 2:
        mean = sum(selfs) / len(selfs)
        spread = selfs if len(selfs) >= min_windows else self_distances(known, w, min_windows)
        if len(spread) >= 2:
            centre = sum(spread) / len(spread)
            sd = math.sqrt(sum((s - centre) ** 2 for s in spread) / (len(spread) - 1))
        else:
            sd = float(cal.get("fallback_self_sd", 0.12))
    else:
        mean = float(cal.get("fallback_self_mean", 0.70))
        sd = float(cal.get("fallback_self_sd", 0.12))
    curve_p, _log_ratio = probability(scored, mean, sd, window_vocabulary)
    # style_probability stays the curve's value; the probability allows for a short known text.
    p: float | None = rescaled(curve_p, short_known_slope(known.words))
    style_p: float | None = curve_p
    d_pseudo, d_known = domain(pseudo), domain(known)
    in_domain = d_pseudo["in_domain"] is not False and d_known["in_domain"] is not False
    compared = compare_habits(pseudo, known)
    log_lr = habit_log_lr(compared)
    if not in_domain:
        p = None
        style_p = None  # the curve's value, meaningless here, is not reported either
    return {"distance": distance, "probability": p,
            **score_features(scored, mean, sd, window_vocabulary),
            # Reported as measured: null when not computed (no coefficient), not 0.
            "window_vocabulary": window_vocabulary,
            "self_sd": sd, "style_distance": style, "vocabulary_similarity": similarity,
            "style_probability": style_p, "habit_log_lr": log_lr, "self_windows": len(selfs),
            "pseudonymous_domain": d_pseudo["statistic"], "known_domain": d_known["statistic"],
            "in_domain": in_domain, "habits_compared": compared}


def _joined(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def attribute(pseudo: Side, sides: dict[str, Side]) -> dict[str, dict[str, Any]]:
    """``verify`` for every known corpus; with two or more, each candidate's ranking score
    (its distance) also gets ``lm_weight`` x (the pseudonymous text's cross-entropy under
    that candidate's character model - the mean over the candidates; the text's own
    predictability cancels in that difference, so it only says which candidate predicts
    it best), ``labbe_weight`` x (Labbé's distance between the two sides' content-word
    counts - the mean over the candidates) and, when every candidate has room for it,
    - ``self_weight`` x its ``quarter_self_distance``."""
    results = {label: verify(pseudo, side) for label, side in sides.items()}
    for r in results.values():
        r["profile_distance"] = r["distance"]
        r["ranking_score"] = r["distance"]
        r["char_cross_entropy"] = None
        r["quarter_self_distance"] = None
        r["content_labbe"] = None
    settings = attribution_settings()
    weight = float(settings.get("lm_weight", 0.0))
    usable = [lb for lb, r in results.items() if r["distance"] is not None]
    self_weight = float(settings.get("self_weight", 0.0))
    if self_weight > 0 and len(usable) >= 2:
        # A writer whose own stretches differ (Dickens across his books) sits farther from
        # any one text of theirs: the ranking allows for it. Only when every candidate
        # has room for the same windows, so no candidate is favoured by its corpus size.
        w = max(1, min(len(pseudo.seg), int(calibration().get("max_window_segments", 20))))
        own = {lb: quarter_self_distance(sides[lb], w) for lb in usable}
        if all(v is not None for v in own.values()):
            for lb, value in own.items():
                results[lb]["quarter_self_distance"] = value
                results[lb]["ranking_score"] -= self_weight * value
    labbe_weight = float(settings.get("labbe_weight", 0.0))
    if labbe_weight > 0 and len(usable) >= 2 and pseudo.content is not None:
        # Content words by their counts (the frequent ones count most; the vocabulary block
        # weighs the rare ones): about a point of cross-work attribution (docs/style.md, step 3).
        # Relative to the candidates' mean, like the character-model term: only the order moves.
        labbe = {lb: F.labbe_distance(pseudo.content, sides[lb].content or Counter()) for lb in usable}
        mean_labbe = sum(labbe.values()) / len(labbe)
        for lb, value in labbe.items():
            results[lb]["content_labbe"] = value
            results[lb]["ranking_score"] += labbe_weight * (value - mean_labbe)
    if weight <= 0 or len(usable) < 2:
        return results
    entropies = {lb: pseudo.cross_entropy(sides[lb].char_model()) for lb in usable}
    values = [v for v in entropies.values() if v is not None]
    if len(values) < 2:
        return results
    mean = sum(values) / len(values)
    for lb, value in entropies.items():
        if value is not None:
            results[lb]["char_cross_entropy"] = value
            # The contract's ``distance`` stays the profile distance (0 = same profile,
            # never negative); the character-model term only moves the ranking score.
            results[lb]["ranking_score"] += weight * (value - mean)
    return results


def _is_shared(p_rate: float, k_rate: float, typical: float, p_count: int, k_count: int) -> bool:
    return p_count >= 2 and k_count >= 2 and typical > 0 and min(p_rate, k_rate) >= 2 * typical


def shared_habits(pseudo: Side, known: Side, limit: int = 12) -> list[dict[str, Any]]:
    """Habits both sides use well above (or, for function words, well off) the typical
    rate: the features that link them, most telling first."""
    scored: list[tuple[float, dict[str, Any]]] = []
    typical = habits.typical_rates()
    for name, base in typical.items():
        pc, kc = pseudo.habits.counts[name], known.habits.counts[name]
        pr, kr = pseudo.habits.per_1000(name), known.habits.per_1000(name)
        if _is_shared(pr, kr, base, pc, kc):
            kind, _desc = habits.describe(name)
            scored.append((min(pr, kr) / base, _habit(name, kind, pr, kr, base)))
    # Dialect: the same spelling variety on both sides.
    for variety in ("british", "american"):
        pc = sum(c[variety] for c in pseudo.locale.spelling.values())
        kc = sum(c[variety] for c in known.locale.spelling.values())
        p_all = sum(sum(c.values()) for c in pseudo.locale.spelling.values())
        k_all = sum(sum(c.values()) for c in known.locale.spelling.values())
        # Only a variety each side mostly uses: two stray "colour"s in American text link nothing.
        if pc >= 2 and kc >= 2 and pseudo.words and known.words and 2 * pc > p_all and 2 * kc > k_all:
            pr, kr = pc * 1000 / pseudo.words, kc * 1000 / known.words
            # Shared by most writers of that variety (it says where, not who): listed
            # after the rarer habits.
            # "British spelling", capitalised as a name of the variety (twelfth session).
            scored.append((1.0, _habit(f"{variety.capitalize()} spelling", "dialect", pr, kr, None)))
    # Phrases both sides repeat: each a whole run (a sentence repeated whole is one item, its
    # 3-word fragments and the uncommon words inside it are not more: walk16 13, one sentence gave
    # five bullets and left 'to be fair' and 'in point of fact' out of the three phrase slots).
    phrase_runs: list[tuple[str, int, int]] = []
    if pseudo.words and known.words:
        for shown, n, k in _shared_runs(pseudo, known):
            phrase_runs.append((shown, n, k))
            scored.append((1.5 + min(n, k, 20) / 10, _habit(
                shown, "phrase", n * 1000 / pseudo.words, k * 1000 / known.words, None)))
    # Uncommon content words both sides use (names, topics, pet words): the "recurring
    # rare words" an investigator quotes.
    if pseudo.content and known.content and pseudo.words and known.words:
        vocab = F.vocabulary()
        rare = float(load_file("linkage").get("vocabulary", {}).get("shared_min_idf", 3.9))
        shared_words = []
        for word, n in pseudo.content.items():
            k = known.content.get(word, 0)
            if n >= 2 and k >= 2 and vocab.idf(word) >= rare and not _inside_runs(word, n, k, phrase_runs):
                shared_words.append(((1.0 + math.log(min(n, k))) * vocab.idf(word), word, n, k))
        shared_words.sort(key=lambda item: (-item[0], item[1]))
        # Names (capitalised on both sides: Leeds, Chevin) link two identities more than
        # topic words, and the rarity table (novels) calls modern everyday words such as
        # "team" uncommon: names come first.
        not_names = set(load_file("linkage").get("vocabulary", {}).get("not_names", []))
        names = [item for item in shared_words if not _not_name(item[1], not_names)
                 and min(pseudo.capitalised_share(item[1]), known.capitalised_share(item[1])) >= 0.8]
        # A name of two words ("Rundle Mall") is one name, not two: each word is joined to
        # the capitalised word it mostly stands beside, on both sides.
        joined_names: list[tuple[str, int, int]] = []
        for _weight, word, n, k in names:
            shown, pn, kn = _whole_name(word, n, k, pseudo, known, not_names)
            if shown not in [item[0] for item in joined_names]:
                joined_names.append((shown, pn, kn))
            if len(joined_names) >= 3:
                break
        others = [item for item in shared_words if item not in names]
        for shown, n, k in joined_names[:3]:
            scored.append((2.5 + min(n, k, 20) / 10, _habit(
                shown, "name", n * 1000 / pseudo.words, k * 1000 / known.words, None)))
        for _weight, word, n, k in others[: 3 - len(joined_names[:3])]:
            scored.append((1.5 + min(n, k, 20) / 10, _habit(
                word, "vocabulary", n * 1000 / pseudo.words, k * 1000 / known.words, None)))
    # Function words and character sequences off the reference in the same direction.
    if pseudo.profile is not None and known.profile is not None:
        space = F.feature_space()
        zp = F.zscores(pseudo.profile, space)
        zk = F.zscores(known.profile, space)
        picks = []
        # What each rate is per 1000 of: words for function words, character 3-grams for 3-grams.
        p_totals = (float(pseudo.seg.word_totals.sum()), float(pseudo.seg.ngram_totals.sum()))
        k_totals = (float(known.seg.word_totals.sum()), float(known.seg.ngram_totals.sum()))
        unfit = reference_unfit()
        for i, name in enumerate(space.names):
            # Letter-only 3-grams are mostly topic and names: only punctuation ones are habits.
            if name.startswith("c:") and not any(ch in _PUNCTUATION for ch in name[2:]):
                continue
            # (Twelfth session, walk12 10.) A feature whose typical rate, from 19th-century novels,
            # does not fit modern writing (contractions: "it's" 0.54 per 1000 there) is no habit
            # to list or advise on; a letter sequence only when it can be read (punctuation and
            # spaces, no letters: "e," said nothing) and above the typical rate on both sides.
            if any(ch in name[2:] for ch in unfit):
                continue
            if name.startswith("c:") and (zp[i] <= 0 or any(ch.isalpha() for ch in name[2:])):
                continue
            if (zp[i] * zk[i] > 0 and min(abs(zp[i]), abs(zk[i])) >= 1.5
                    and _countable(float(pseudo.profile[i]), float(known.profile[i]), float(space.mean[i]),
                                   p_totals[name.startswith("c:")], k_totals[name.startswith("c:")])):
                picks.append((min(abs(zp[i]), abs(zk[i])), i, name))
        picks.sort(reverse=True)
        for strength, i, name in picks[:6]:
            kind = "function_word" if name.startswith("w:") else "character_3gram"
            scored.append((strength, _habit(name[2:], kind, float(pseudo.profile[i]),
                                            float(known.profile[i]), float(space.mean[i]))))
    scored.sort(key=lambda item: -item[0])
    return [h for _s, h in scored[:limit]]


def _phrase_settings() -> dict[str, Any]:
    found = load_file("linkage").get("shared_habits", {})
    return found if isinstance(found, dict) else {}


def _shared_runs(pseudo: Side, known: Side) -> list[tuple[str, int, int]]:
    """The phrases both sides repeat, each grown into the whole run the two sides share (across
    a comma or a colon when both keep the words together: "worth saying twice: compliance is a
    culture, not a checklist"), as the pseudonymous text writes it, with its uses on each side:
    at most ``[shared_habits] max_phrases``, most used first. A 3-word phrase inside a run already
    listed is that run."""
    settings = _phrase_settings()
    most = int(settings.get("max_phrases", 3))
    least = int(settings.get("min_phrase_uses", 3))
    p_joined: list[str] = []
    k_joined: list[str] = []
    p_occ, _ = habits.phrase_counts(pseudo.text.texts, p_joined)
    k_occ, _ = habits.phrase_counts(known.text.texts, k_joined)
    common = [(min(n, k_occ[g]), g) for g, n in p_occ.items() if n >= least and k_occ.get(g, 0) >= least]
    common.sort(key=lambda item: (-item[0], item[1]))
    runs: list[tuple[str, int, int]] = []  # (tokens with "|" breaks, pseudo uses, known uses)
    for _n, phrase in common:
        # Candidates enough to choose from: at equal uses a 3-word expression many writers share
        # ("a great deal") came before a repeated sentence ("to be fair, the regulator has a point").
        if len(runs) >= CANDIDATE_RUNS * most:
            break
        if any(f" {phrase} " in f" {run} " for run, *_rest in runs):
            continue
        run = _shared_run(phrase, p_joined, k_joined)
        pn, kn = _uses(run, p_joined), _uses(run, k_joined)
        if min(pn, kn) < least:
            run, pn, kn = phrase, p_occ[phrase], k_occ[phrase]
        runs.append((run, pn, kn))
    # Most telling first: uses on the rarer side times the run's words (a whole sentence both
    # sides repeat says more than a common 3-word phrase used as often).
    runs.sort(key=lambda item: (-min(item[1], item[2]) * len(item[0].replace("|", " ").split()),
                                -min(item[1], item[2]), item[0]))
    return [(_as_written(run, pseudo.text.texts), pn, kn) for run, pn, kn in runs[:most]]


# How many phrases' runs are grown for each listed (``_shared_runs``).
CANDIDATE_RUNS = 4


def _uses(run: str, joined: list[str]) -> int:
    return sum(text.count(f" {run} ") for text in joined)


def _shared_run(phrase: str, p_joined: list[str], k_joined: list[str]) -> str:
    """The phrase grown word by word (a word, or a punctuation break and the word after it), left
    and right, while on each side most of the texts holding the run hold the longer one
    (``habits.RUN_KEEP_SHARE``), up to ``habits.MAX_RUN_WORDS`` words."""
    sides = [[t for t in joined if f" {phrase} " in t] for joined in (p_joined, k_joined)]
    run = phrase
    while len(run.split()) < habits.MAX_RUN_WORDS:
        grown = False
        for right in (True, False):
            nexts: Counter = Counter()
            for text in sides[0]:
                at = text.find(f" {run} ")
                if at < 0:
                    continue
                rest = (text[at + len(run) + 2:].split(" ", 2) if right
                        else text[:at].rsplit(" ", 2)[::-1])
                step = [t for t in rest[:2] if t]
                if step and step[0][0].isalpha():
                    nexts[step[0]] += 1
                elif len(step) == 2 and step[0] == "|" and step[1][0].isalpha():
                    nexts[" ".join(step) if right else f"{step[1]} |"] += 1
            if not nexts:
                continue
            token = nexts.most_common(1)[0][0]
            longer = f"{run} {token}" if right else f"{token} {run}"
            if all(sum(1 for t in holding if f" {longer} " in t)
                   >= max(1, math.ceil(habits.RUN_KEEP_SHARE * sum(1 for t in holding if f" {run} " in t)))
                   for holding in sides):
                run, grown = longer, True
        if not grown:
            break
    return run


def _as_written(run: str, texts: list[str]) -> str:
    """A run as the first text holding it writes it (its punctuation and capitals: "Worth saying
    twice: compliance is a culture, not a checklist"), cut after ``habits.SHOWN_RUN_WORDS``
    words; the run's own words when no text shows it plainly."""
    words = run.split()
    parts: list[str] = []
    for index, token in enumerate(words):
        if token == "|":
            continue
        gap = r"[\W\d_]+" if index and words[index - 1] == "|" else r"\s+"
        word = re.escape(token).replace("'", "['’]")
        parts.append((gap if parts else "") + word)
    pattern = re.compile(r"(?<![\w'’])" + "".join(parts) + r"(?![\w'’])", re.IGNORECASE)
    for text in texts[: habits.MAX_PHRASE_TEXTS]:
        found = pattern.search(text)
        if found and len(found.group(0)) <= 400:
            shown = " ".join(found.group(0).split())
            break
    else:
        shown = " ".join(w if w != "|" else "…" for w in words)
    cut = shown.split()
    return shown if len(cut) <= habits.SHOWN_RUN_WORDS else " ".join(cut[: habits.SHOWN_RUN_WORDS]) + " …"


def _inside_runs(word: str, n: int, k: int, runs: list[tuple[str, int, int]]) -> bool:
    """Whether an uncommon word both sides use is there mostly as part of a phrase already listed
    (its uses on each side at most ``habits.RUN_SAME_POSTS`` times the phrase's): 'checklist'
    inside "compliance is a culture, not a checklist" is that phrase, not another item."""
    for shown, pn, kn in runs:
        said = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", shown.lower())
        if word.lower() in said and n <= habits.RUN_SAME_POSTS * pn and k <= habits.RUN_SAME_POSTS * kn:
            return True
    return False


_PUNCTUATION = set(".,;:!?'\"()-")
# A word or sequence used "rarely" on a side needs this many uses expected there at the
# typical rate: none in 112 words where 7 per 1000 is typical is what chance gives (tenth
# session: "You write 'with' unusually rarely on both sides (0.0 per 1000 here, 0.0 ...)").
MIN_EXPECTED_USES = 5
# One used "often" needs this many uses on each side.
MIN_OFTEN_USES = 3


def _countable(p_rate: float, k_rate: float, typical: float, p_total: float, k_total: float) -> bool:
    """Whether a function word or character sequence off the typical rate on both sides is
    evidence, not the noise of a short text: never at 0 per 1000 on both sides (nothing the
    writer does, and nothing to advise on); below the typical rate only where each side is
    long enough to expect MIN_EXPECTED_USES at that rate (0 of an expected 5 has a chance
    under 1%); above it only with MIN_OFTEN_USES uses on each side. ``*_total``: the words
    (or character 3-grams) each side's rates are per 1000 of."""
    if p_rate <= 0 and k_rate <= 0:
        return False
    if p_rate < typical:
        return min(p_total, k_total) * typical / 1000 >= MIN_EXPECTED_USES
    return min(p_rate * p_total, k_rate * k_total) / 1000 >= MIN_OFTEN_USES - 0.01


def _not_name(word: str, not_names: set[str]) -> bool:
    """A listed word (a weekday, a month) or its plural ("Wednesdays", since 2026-11-29:
    the list had only the singular, and "Wednesdays" was shown as a name both sides use)."""
    return word in not_names or (word.endswith("s") and word[:-1] in not_names)


def _whole_name(word: str, n: int, k: int, pseudo: Side, known: Side,
                not_names: set[str]) -> tuple[str, int, int]:
    """The name a word is part of, with its uses on each side: the word and the capitalised
    word it stands beside in at least half of its uses on both sides ("Rundle" -> "Rundle
    Mall"), or the word alone. Since 2026-11-29 (seventh session): "Rundle" and "Mall" were
    two names. A function word ("The Rundle") or a listed non-name never joins."""
    fw = function_words()
    best: tuple[int, str] | None = None
    for pair, pn in pseudo.name_pairs_of(word):
        first, second = pair.split(" ")
        other = second if first == word else first
        if other == word or other in fw or _not_name(other, not_names):
            continue
        kn = known.name_pairs().get(pair, 0)
        if (2 * pn >= n and 2 * kn >= k and pn >= 2 and kn >= 2
                and (best is None or min(pn, kn) > best[0])):
            best = (min(pn, kn), pair)
    if best is None:
        return word.capitalize(), n, k
    pair = best[1]
    return (" ".join(w.capitalize() for w in pair.split(" ")),
            pseudo.name_pairs()[pair], known.name_pairs()[pair])


def _habit(feature: str, kind: str, p: float, k: float, typical: float | None) -> dict[str, Any]:
    return {
        "feature": feature,
        "kind": kind,
        "pseudonymous_per_1000": round(p, 2),
        "known_per_1000": round(k, 2),
        "typical_per_1000": round(typical, 2) if typical is not None else None,
    }


@cache
def reference_unfit() -> tuple[str, ...]:
    """Characters marking a reference feature whose typical rate does not fit modern writing
    (``[shared_habits] reference_unfit``)."""
    return tuple(load_file("linkage").get("shared_habits", {}).get("reference_unfit", ["'"]))


def advice_for(habit: dict[str, Any], label: str | None = None) -> str:
    """One line of "What to vary". ``label``: the known corpus the habit is shared with,
    named as "the known text 'LABEL'" (twelfth session: "your known writing" was said of
    Austen's novels)."""
    feature, kind = habit["feature"], habit["kind"]
    known = "the known text" if label is None else f"the known text '{label}'"
    rates = f"{habit['pseudonymous_per_1000']} per 1000 here, {habit['known_per_1000']} in {known}"
    typical = habit.get("typical_per_1000")
    if typical is not None:
        # Function words and letter sequences: the reference table's rate, from 19th-century
        # novels; other habits: the team's estimate for writers in general ([habits]).
        where = " in the reference novels" if kind in ("function_word", "character_3gram") else ""
        rates += f", typical{where} {typical}"
    below = typical is not None and habit["pseudonymous_per_1000"] < typical
    if kind == "function_word":
        direction = "rarely" if below else "often"
        return (f"You write '{feature}' unusually {direction} on both sides ({rates}); "
                f"rephrase to use it {'more' if below else 'less'} in one of them.")
    if kind == "character_3gram":
        direction = "less" if below else "more"
        return (f"The punctuation pattern '{feature}' appears {direction} often than usual on both "
                f"sides ({rates}).")
    if kind == "phrase":
        return f"Both sides repeat the phrase '{feature}' ({rates}): reword it in one of them."
    if kind == "name":
        return (f"Both sides name '{feature}' ({rates}): a person or place both identities write "
                "about links them; leave it out of one of them or describe it in general terms.")
    if kind == "vocabulary":
        return (f"Both sides use the uncommon word '{feature}' ({rates}): a topic or pet word "
                "that links them; avoid it in one of them.")
    if kind == "dialect":
        return (f"Both sides use {feature} ({rates}): spelling marks where a writer learned to write; "
                "keep to the other variety in one of them (a spell checker set to it helps).")
    desc = habits.describe(feature)[1]
    return f"Drop or vary {desc} ({rates})."


def analyse(pseudonymous: Corpus | None, known: dict[str, Corpus]) -> dict[str, Any]:
    """The ``nymaudit.compare/1`` document (see docs/style.md)."""
    limits = thresholds()
    warnings: list[str] = []
    pseudo = prepare("pseudonymous", pseudonymous)
    sides = {label: prepare(label, corpus, segment_content=False) for label, corpus in known.items()}

    min_known = int(limits.get("min_known_words", 5000))
    min_pseudo = int(limits.get("min_pseudonymous_words", 1000))
    min_english = float(limits.get("min_english_share", 0.22))
    max_code = float(limits.get("max_code_share", 0.3))

    def code(side: Side) -> bool:
        return side.code_share is not None and side.code_share >= max_code

    def foreign(side: Any) -> bool:
        """Not English prose: another language, or program code."""
        return code(side) or (side.english_share is not None and side.english_share < min_english)

    # Under this, no probability at all (the curve starts at 500 words).
    min_any = int(limits.get("min_words_for_probability", 100))
    # Under these, no length the probability was measured at: "too short to tell" at every
    # probability (twelfth session; [thresholds] min_measured_*).
    measured_known = int(limits.get("min_measured_known_words", 1000))
    measured_pseudo = int(limits.get("min_measured_pseudonymous_words", 500))
    if pseudo.words == 0:
        warnings.append("The pseudonymous corpus holds no text of the writer's own: nothing to compare.")
    elif pseudo.words < min_any:
        warnings.append(
            f"Only {pseudo.words} words of pseudonymous writing (under {min_any}): too little to "
            "say anything about style, so no probability is given and no shared habits are listed "
            "or advised on.")
    elif pseudo.words < measured_pseudo:
        warnings.append(
            f"Only {pseudo.words} words of pseudonymous writing (under {measured_pseudo:,}, the shortest "
            "text the probability was measured with): too short to tell whether one person wrote both, "
            "so no probability is given. The distance and the shared habits describe how close the "
            "texts are; they are not a verdict.")
    elif pseudo.words < min_pseudo and not foreign(pseudo) and any(
            side.words >= max(min_any, measured_known) and not foreign(side) for side in sides.values()):
        # Only when some known corpus gets a probability by its length and language: with every
        # known corpus under the measured length there is none to call weak (thirteenth session,
        # the mirror of rev12d below).
        warnings.append(
            f"Only {pseudo.words} words of pseudonymous writing (under {min_pseudo}): "
            "the probability is weak, in either direction.")
    if not known:
        warnings.append("No known corpus given: nothing to compare against.")
    for label, side in sides.items():
        if side.words == 0:
            warnings.append(f"Known corpus '{label}' holds no text.")
        elif side.words < min_any:
            warnings.append(
                f"Known corpus '{label}' has only {side.words} words (under {min_any}): too little "
                "to say anything about style, so no probability is given for it.")
        elif side.words < measured_known:
            warnings.append(
                f"Known corpus '{label}' has only {side.words} words (under {measured_known:,}, the "
                "shortest known text the probability was measured with): too short to tell whether "
                "one person wrote both, so no probability is given for it. The distance and the shared "
                "habits describe how close the texts are; they are not a verdict.")
        elif (side.words < min_known and pseudo.words >= max(min_any, measured_pseudo)
              and not foreign(side) and not foreign(pseudo)):
            # Not when the other side is too short, nor for text the method does not read (another
            # language, program code): there is no probability to call weak (rev12d; thirteenth).
            warnings.append(
                f"Known corpus '{label}' has only {side.words} words (under {min_known}): "
                "its profile is noisy and the probability is weak.")
        if code(side):
            # Its keywords and symbols are not a language mix: the language warnings would mislead.
            warnings.append(
                f"Known corpus '{label}' looks like program source code ({side.code_share:.0%} of its "
                "lines read as code: calls, assignments, brackets, keywords): a program is not prose, "
                "so no probability is given for it and no habits are drawn from it.")
        elif side.english_share is not None and side.english_share < min_english:
            warnings.append(
                f"Known corpus '{label}' does not read as English (function words are "
                f"{side.english_share:.0%} of its words): the English-based method does not apply, "
                "so no probability is given for it and no shared habits are drawn from it.")
        elif side.non_english_word_share >= 0.1:
            warnings.append(
                f"Known corpus '{label}' mixes languages ({side.non_english_word_share:.0%} of its "
                "words in non-English passages): only the English part is comparable.")
    if code(pseudo):
        warnings.append(
            f"The pseudonymous corpus looks like program source code ({pseudo.code_share:.0%} of its "
            "lines read as code: calls, assignments, brackets, keywords): a program is not prose, "
            "so no probability is given and no habits are drawn from it.")
    elif pseudo.english_share is not None and pseudo.english_share < min_english:
        warnings.append(
            f"The pseudonymous corpus does not read as English (function words are "
            f"{pseudo.english_share:.0%} of its words): the English-based method does not apply, "
            "so no probability is given, and no shared habits are listed or advised on (the rates "
            "they compare are read with English lists).")
    elif pseudo.non_english_word_share >= 0.1:
        warnings.append(
            f"The pseudonymous corpus mixes languages ({pseudo.non_english_word_share:.0%} of its "
            "words in non-English passages): only the English part is comparable.")

    results = attribute(pseudo, sides)

    # No number where the method does not apply: a side in another language (foreign), or so
    # little text that the curve (fitted from 500 words up) would only extrapolate.
    def too_short(label: str) -> bool:
        """Either side shorter than any length the probability was measured at."""
        return (pseudo.words < max(min_any, measured_pseudo)
                or sides[label].words < max(min_any, measured_known))

    for label, side in sides.items():
        if foreign(pseudo) or foreign(side) or too_short(label):
            results[label]["probability"] = None
    for label, side in sides.items():
        result = results[label]
        if not pseudo.empty and not side.empty:
            share = overlap_share(pseudo, side)
            result["overlap"] = share
            if share >= float(limits.get("identical_share", 0.5)):
                warnings.append(
                    f"{share:.0%} of the pseudonymous text also appears word for word in "
                    f"'{label}': the same text is on both sides, so the match says nothing about style.")

    min_windows = int(calibration().get("min_self_windows", 4))
    for label, r in results.items():
        n = r.get("self_windows")
        # Only where the curve speaks (in domain): out of domain self_mean is not used.
        if n is not None and n < min_windows and sides[label].words >= min_known and r["in_domain"]:
            warnings.append(
                f"Known corpus '{label}' has room for only {n or 'no'} separate "
                f"stretch{'es' if n != 1 else ''} as long as the pseudonymous text: the writer's own "
                # "The probability is weaker" beside "same-author probability 100%" read as a
                # certainty (walk14 10): said as what it means for the figure shown.
                "variation rests on one split of it, so the probability is less firm than its "
                "figure: a high one may be lower, a low one higher. More known writing (four times "
                "the pseudonymous text, or 20,000 words) makes it firmer.")
    d_pseudo = domain(pseudo)
    d_known = {label: domain(side) for label, side in sides.items()}
    # Candidates whose probability is withheld only because a side is out of domain
    # (not for too little text or another language, which have their own warnings).
    uncalibrated = {label for label, r in results.items()
                    if r["in_domain"] is False and not (foreign(pseudo) or foreign(sides[label])
                                                        or too_short(label))}
    outside = (["the pseudonymous text"] if d_pseudo["in_domain"] is False and uncalibrated else []) + [
        f"'{label}'" for label, d in d_known.items() if d["in_domain"] is False and label in uncalibrated]
    if outside:
        several = len(known) > 1
        warnings.append(
            f"The style of {_joined(outside)} is far from the novels the probability was "
            "calibrated on (modern informal writing usually is), so the tool cannot say how likely "
            "it is that one person wrote both: no probability is given. "
            + ("The ranking by distance, " if several else "The distance, ")
            + "the habits both sides settled on and the shared habits below describe how close "
            "they are; they are not a verdict.")

    # A low probability from short texts is no all-clear (red team, eleventh session: a
    # same-writer pair at 1,000 words read "0%, unlikely to be the same writer"): under the
    # warning thresholds it "cannot rule out" the same writer, with the measured share.
    band = float(low_band_settings().get("probability", 0.2))
    rules_out: dict[str, bool | None] = {}
    few_texts: dict[str, bool] = {}
    pieces_of = {label: text_pieces(side) for label, side in sides.items()}
    few_limit = float(low_band_settings().get("few_texts_below", 0.0))
    for label, r in results.items():
        p = r["probability"]
        if p is None or p >= band:
            rules_out[label] = None
            continue
        short_known = sides[label].words < min_known
        rules_out[label] = not (short_known or pseudo.words < min_pseudo)
        if rules_out[label]:
            # Long enough, but a known side in few texts (one essay, one stretch of one book)
            # shows too little of how the writer varies between pieces: a third of same-writer
            # texts from other work scored under the band there (thirteenth session,
            # docs/style.md "Known writing in few texts"), as at 1,000 known words.
            pieces = pieces_of[label]
            if pieces is not None and pieces[0] < few_limit:
                rules_out[label] = False
                few_texts[label] = True
                warnings.append(_few_texts_warning(label, sides[label].words, pieces, band))
            continue
        point = low_share_point(sides[label].words) if short_known else None
        share = (point[0] if point else None) if short_known else low_band_settings().get(
            "short_pseudonymous_share")
        size = (f"{sides[label].words:,} known words" if short_known
                else f"{pseudo.words:,} pseudonymous words")
        measured = (_low_share_words(sides[label].words, point[0], point[1], band) if point
                    else f"with {size}, about {float(share):.0%} of texts by the same writer score under "
                    f"{band:.0%} (measured on novels; docs/style.md)" if share is not None
                    else f"with {size}, the probability is weak, in either direction")
        warnings.append(
            f"'{label}' scores under {band:.0%}, which is no all-clear at this length: {measured}. There is "
            "too little text to rule out the same writer; more writing on both sides "
            f"({min_known:,} known and {min_pseudo:,} pseudonymous words or more) makes a low score "
            "mean more.")

    def score(label: str) -> float | None:
        return results[label].get("ranking_score", results[label]["distance"])

    ranked = sorted(results, key=lambda lb: (score(lb) is None, score(lb) or 0.0, lb))
    candidates = []
    for rank, label in enumerate(ranked, start=1):
        r = results[label]
        candidates.append({
            "label": label,
            "same_author_probability": None if r["probability"] is None else round(r["probability"], 3),
            "rank": rank,
            # max/+0.0: a distance of an identical text prints 0.0, never -0.0.
            "distance": None if r["distance"] is None else round(max(0.0, r["distance"]), 4) + 0.0,
            # Added 2026-11-29: what the ranking sorts on (the distance, plus with several
            # candidates the character-model term: relative, so it may be negative).
            "ranking_score": None if score(label) is None else round(score(label), 4) + 0.0,
            # Added 2026-11-29: False when a side is out of the calibration's domain (the
            # probability is then withheld); null when there is no probability for another
            # reason (too little text, another language, nothing to compare).
            "calibrated": (False if label in uncalibrated
                           else None if r["probability"] is None else bool(r["in_domain"])),
            # Added in the eleventh session (2026-11-29): for a probability under the low band,
            # true when the texts are long enough for it to read "unlikely to be the same
            # writer", false when they are not ("cannot rule out"); null otherwise.
            "rules_out": rules_out.get(label),
            # Added in the twelfth session (2026-11-30): true when a side is shorter than any
            # length the probability was measured at ([thresholds] min_measured_*): no probability,
            # verdict "too short to tell".
            "too_short": too_short(label),
        })
    margins = []
    scored = [c for c in candidates if c["ranking_score"] is not None]
    for a, b in zip(scored, scored[1:], strict=False):
        margins.append({"label": a["label"], "next": b["label"],
                        "distance_margin": round(b["ranking_score"] - a["ranking_score"], 4)})
    # Habits are drawn from the nearest side that is prose: program code's keywords ("else",
    # "sorted") are no habit of the writer's.
    best = next((c["label"] for c in scored if not foreign(sides[c["label"]])), None)
    # Habits shared with a side too short to judge would be chance, not evidence; so would
    # rates read with English lists from a text that is not English (tenth session: "What to
    # vary" advised on 'tidy' and 'with' under the warning that the text is not English).
    shared = (shared_habits(pseudo, sides[best])
              if best and not foreign(pseudo) and min(pseudo.words, sides[best].words) >= min_any else [])
    # No habits compared with program code, on either side.
    prose = [] if code(pseudo) else [label for label in ranked if not code(sides[label])]
    mode = "verification" if len(known) == 1 else "attribution"
    linkage = {
        "method": METHOD,
        "words": {label: side.words for label, side in sides.items()},
        "pseudonymous_words": pseudo.words,
        "candidates": candidates,
        "shared_habits": shared,
        # Habits both sides settled on (see compare_habits): the evidence of the estimate
        # out of domain, reported in domain too. Added 2026-11-29.
        "habits_that_differ": [
            {"label": label, **{k: v for k, v in h.items() if k != "agree"}}
            for label in prose for h in results[label]["habits_compared"] if not h["agree"]],
        "habits_that_agree": [
            {"label": label, **{k: v for k, v in h.items() if k != "agree"}}
            for label in prose for h in results[label]["habits_compared"] if h["agree"]],
        "domain": {"pseudonymous": d_pseudo, "known": d_known,
                   "calibrated": not outside},
        "warnings": warnings,
    }
    return {
        "schema": "nymaudit.compare/1",
        "linkage": linkage,
        "mode": mode,
        "margins": margins,
        "shared_habits_with": best,
        # Letter sequences ("e, ", ". t") are left out of the advice (since 2026-11-29): they
        # stay in shared_habits as evidence, but no writer can act on them.
        "habits_to_vary": [advice_for(h, best) for h in shared if h["kind"] != "character_3gram"],
        "calibration": {
            label: {**{k: (None if v is None else round(v, 4)) for k, v in r.items()
                       if k not in ("in_domain", "habits_compared")},
                    # Added in the thirteenth session (2026-11-30): the known side's effective
                    # number of texts (text_pieces), and whether a probability under the low band
                    # could not rule the writer out for that reason ([low_band] few_texts_below;
                    # rules_out false, verdict "too little variety to rule out the same writer").
                    "known_texts": None if pieces_of[label] is None else round(pieces_of[label][0], 2),
                    "known_few_texts": few_texts.get(label, False)}
            for label, r in results.items()
        },
    }


# --- rule example matchers (heuristics/linkage.toml) ------------------------------------

def _pairs(example: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in example.split() if "=" in part)


def match_rule_example(rule: Any, example: str) -> bool:
    """MATCH001: the calibrated probability is at least 0.5."""
    v = _pairs(example)
    p, _z = probability(float(v["distance"]), float(v["self_mean"]), float(v["self_sd"]),
                        float(v.get("vocabulary", 0.0)))
    return p >= 0.5


def shared_rule_example(rule: Any, example: str) -> bool:
    """MATCH002: a habit counts as shared."""
    v = _pairs(example)
    pc, kc = (int(x) for x in v["counts"].split(","))
    return _is_shared(float(v["pseudonymous"]), float(v["known"]), float(v["typical"]), pc, kc)


def limited_rule_example(rule: Any, example: str) -> bool:
    """MATCH003: the word counts fall under the too-little-text thresholds, or the
    pseudonymous text's domain statistic is over the limit for its length."""
    v = _pairs(example)
    limits = thresholds()
    limit = domain_limit(int(v["pseudonymous_words"]))
    return (int(v["pseudonymous_words"]) < int(limits.get("min_pseudonymous_words", 1000))
            or int(v["known_words"]) < int(limits.get("min_known_words", 5000))
            or ("domain" in v and limit is not None and float(v["domain"]) > limit))

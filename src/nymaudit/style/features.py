"""Stylometric feature counting: function words and character 3-grams per
segment of text, summed into profiles on demand; plus the vocabulary block
(less-common content words weighted by rarity).

A text is cut into segments of ``SEGMENT_WORDS`` words and each segment's feature
counts are stored as one row of a matrix. Any stretch of the text (a window for
self-calibration, the whole corpus) is then a sum of rows, so the text is read
once however many windows the calibration needs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from nymaudit.rules import load_file
from nymaudit.style.text import function_words, normalise_apostrophes

if TYPE_CHECKING:  # numpy is imported lazily: see segment_matrix
    import numpy as np

SEGMENT_WORDS = 250
NGRAM = 3

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
# Characters kept for n-grams: letters, digits folded to '0', and common punctuation.
_NON_STYLE_CHARS = re.compile(r"[^a-z0-9 .,;:!?'\"()\-]")
_DIGITS = re.compile(r"[0-9]")


@dataclass(frozen=True)
class FeatureSpace:
    """The fixed feature list with reference means and standard deviations."""

    names: tuple[str, ...]
    words: dict[str, int]  # word -> column
    ngrams: dict[str, int]  # char n-gram -> column
    mean: Any  # numpy arrays, per 1000 tokens
    sd: Any
    # Column blocks compared separately by cosine_delta: function words, n-grams.
    blocks: tuple[tuple[int, ...], ...] = ()


def make_space(names: list[str] | tuple[str, ...], mean: Any = None, sd: Any = None) -> FeatureSpace:
    """A FeatureSpace from ``w:word`` / ``c:ngram`` names (flat statistics by default)."""
    import numpy as np

    names = tuple(names)
    mean = np.zeros(len(names)) if mean is None else np.asarray(mean, dtype=float)
    sd = np.ones(len(names)) if sd is None else np.asarray(sd, dtype=float)
    words: dict[str, int] = {}
    ngrams: dict[str, int] = {}
    for i, name in enumerate(names):
        kind, _, value = name.partition(":")
        (words if kind == "w" else ngrams)[value] = i
    sd = np.where(sd > 1e-9, sd, 1e-9)
    blocks = tuple(b for b in (tuple(sorted(words.values())), tuple(sorted(ngrams.values()))) if b)
    return FeatureSpace(names, words, ngrams, mean, sd, blocks)


@cache
def feature_space() -> FeatureSpace:
    import numpy as np

    ref = load_file("linkage").get("reference", {})
    names = tuple(ref.get("features", ()))
    mean = np.asarray(ref.get("mean", ()), dtype=float)
    sd = np.asarray(ref.get("sd", ()), dtype=float)
    if not names or len(names) != len(mean) or len(names) != len(sd):
        # Fall back to the function-word list with flat statistics: still a usable
        # (unweighted) profile if the reference table is missing.
        fw = load_file("style").get("function_words", {}).get("words", [])
        names = tuple(f"w:{w}" for w in fw)
        mean = np.zeros(len(names))
        sd = np.ones(len(names))
    return make_space(names, mean, sd)


def normalise_for_ngrams(text: str) -> str:
    text = normalise_apostrophes(text.lower()).replace("“", '"').replace("”", '"')
    text = text.replace("—", "-").replace("–", "-")
    text = _DIGITS.sub("0", text)
    text = _NON_STYLE_CHARS.sub(" ", text)
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class Vocabulary:
    """Rarity of content words: in how many of ``chunks`` reference chunks (2,000 words
    of the reference novels) each word occurs. Words absent from ``df`` count as
    occurring in at most ``min_df - 1`` chunks (the table leaves the rarest out)."""

    df: dict[str, int]
    chunks: int
    min_df: int = 2
    # Weight of the vocabulary block against the function-word and 3-gram blocks (1 each).
    weight: float = 0.0

    def idf(self, word: str) -> float:
        return math.log((self.chunks + 1) / (self.df.get(word, self.min_df - 1) + 1))


_VOCABULARY_OVERRIDE: list[Vocabulary | None] = [None]


def set_vocabulary(vocab: Vocabulary | None) -> None:
    """Use another rarity table (benchmarks: tables built without the tested text)."""
    _VOCABULARY_OVERRIDE[0] = vocab


def vocabulary() -> Vocabulary:
    return _VOCABULARY_OVERRIDE[0] or _shipped_vocabulary()


@cache
def _shipped_vocabulary() -> Vocabulary:
    table = load_file("linkage").get("vocabulary", {})
    df: dict[str, int] = {}
    for count, joined in table.get("df", {}).items():
        for word in joined.split():
            df[word] = int(count)
    return Vocabulary(df, int(table.get("chunks", 0)), int(table.get("min_df", 2)),
                      float(table.get("weight", 0.0)) if df else 0.0)


def content_words(tokens: list[str]) -> Counter[str]:
    """Counts of content words: not function words, at least two letters."""
    fw = function_words()
    return Counter(t for t in tokens if len(t) > 1 and t not in fw)


def tfidf(counts: Counter[str], vocab: Vocabulary | None = None) -> tuple[dict[str, float], float]:
    """Sublinear TF-IDF weights (1 + ln count) x idf, and their norm."""
    vocab = vocab or vocabulary()
    vec = {w: (1.0 + math.log(c)) * vocab.idf(w) for w, c in counts.items() if c > 0}
    return vec, math.sqrt(sum(v * v for v in vec.values()))


def vocabulary_similarity(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    """Cosine of two TF-IDF vectors from ``tfidf``: 0 no shared content word, 1 the same."""
    (va, na), (vb, nb) = a, b
    if na == 0.0 or nb == 0.0:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(v * vb[w] for w, v in va.items() if w in vb) / (na * nb)


def labbe_distance(a: Counter[str], b: Counter[str]) -> float:
    """Labbé's intertextual distance (Labbé & Labbé 2001) between two bags of words: the
    longer text B is scaled to the length of the shorter A (U = N_A / N_B) and the
    distance is sum over words of |F_A - U F_B| / (N_A + U N_B), 0 for the same relative
    counts, 1 for no word in common. Every word weighs by its count, so the frequent
    content words ("said", "sir") count most, where the TF-IDF block weighs rare ones.
    1.0 when a side has no words."""
    n_a, n_b = sum(a.values()), sum(b.values())
    if n_a <= 0 or n_b <= 0:
        return 1.0
    if n_a > n_b:
        a, b, n_a, n_b = b, a, n_b, n_a
    scale = n_a / n_b
    # Words of B absent from A add U F_B each: their sum is U (N_B - shared part of B).
    total = 0.0
    b_shared = 0
    for word, count in a.items():
        other = b.get(word, 0)
        b_shared += other
        total += abs(count - scale * other)
    total += scale * (n_b - b_shared)
    return total / (n_a + scale * n_b)


@dataclass
class SegmentCounts:
    """Feature counts per segment (rows) plus the word and n-gram totals per row, and
    (when asked for) the content-word counts of each segment."""

    counts: Any  # numpy (segments, features)
    word_totals: Any  # numpy (segments,)
    ngram_totals: Any  # numpy (segments,)
    content: list[Counter[str]] | None = None

    def content_of(self, rows: Any = None) -> Counter[str]:
        """Content-word counts of the given rows (all rows when None)."""
        total: Counter[str] = Counter()
        if self.content is None:
            return total
        for i in range(len(self.content)) if rows is None else rows:
            total.update(self.content[int(i)])
        return total

    @property
    def words(self) -> int:
        return int(self.word_totals.sum())

    def __len__(self) -> int:
        return int(self.counts.shape[0])


def segment_counts(
    texts: list[str], space: FeatureSpace | None = None, segment_words: int = SEGMENT_WORDS,
    content: bool = False,
) -> SegmentCounts:
    """Count features in consecutive segments of ``segment_words`` words (and, with
    ``content``, the content words of each segment for the vocabulary block)."""
    import numpy as np

    space = space or feature_space()
    n_features = len(space.names)
    rows: list[np.ndarray] = []
    word_totals: list[int] = []
    ngram_totals: list[int] = []
    joined = normalise_for_ngrams("\n".join(texts))
    starts = [m.start() for m in _WORD.finditer(joined)]
    if not starts:
        empty = np.zeros((0, n_features))
        return SegmentCounts(empty, np.zeros(0), np.zeros(0), [] if content else None)
    bounds = starts[::segment_words] + [len(joined)]
    word_index = space.words
    ngram_index = space.ngrams
    gram_rows = _ngram_rows(joined, bounds, space) if joined.isascii() else None
    content_rows: list[Counter[str]] = []
    for k, (a, b) in enumerate(zip(bounds[:-1], bounds[1:], strict=False)):
        segment = joined[a:b]
        row = np.zeros(n_features) if gram_rows is None else gram_rows[k]
        tokens = _WORD.findall(segment)
        if content:
            content_rows.append(content_words(tokens))
        for word, count in Counter(tokens).items():
            col = word_index.get(word)
            if col is not None:
                row[col] = count
        if gram_rows is None:
            grams = Counter(segment[i : i + NGRAM] for i in range(len(segment) - NGRAM + 1))
            for gram, col in ngram_index.items():
                count = grams.get(gram)
                if count:
                    row[col] = count
        rows.append(row)
        word_totals.append(len(tokens))
        ngram_totals.append(max(len(segment) - NGRAM + 1, 0))
    return SegmentCounts(np.vstack(rows), np.asarray(word_totals, float),
                         np.asarray(ngram_totals, float), content_rows if content else None)


def _ngram_rows(joined: str, bounds: list[int], space: FeatureSpace) -> Any:
    """Feature n-gram counts per segment (rows; other columns 0), counted with numpy over
    the whole text at once: the same counts as slicing every n-gram of every segment, at a
    fraction of the time. ``joined`` is ASCII (normalise_for_ngrams keeps only ASCII)."""
    import numpy as np

    n_segments = len(bounds) - 1
    out = np.zeros((n_segments, len(space.names)))
    grams = [(g, col) for g, col in space.ngrams.items() if len(g) == NGRAM and g.isascii()]
    if not grams or len(joined) < NGRAM:
        return out
    chars = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).astype(np.int64)
    codes = np.zeros(len(chars) - NGRAM + 1, dtype=np.int64)
    for k in range(NGRAM):
        codes = codes * 128 + chars[k : len(chars) - NGRAM + 1 + k]
    gram_codes = np.array([sum(ord(c) * 128 ** (NGRAM - 1 - k) for k, c in enumerate(g)) for g, _ in grams])
    order = np.argsort(gram_codes)
    gram_codes, gram_cols = gram_codes[order], np.array([col for _, col in grams])[order]
    pos = np.arange(len(codes))
    # An n-gram belongs to the segment it starts in, and only if it ends inside it.
    seg = np.searchsorted(np.asarray(bounds), pos, side="right") - 1
    idx = np.minimum(np.searchsorted(gram_codes, codes), len(gram_codes) - 1)
    keep = (gram_codes[idx] == codes) & (seg >= 0) & (seg < n_segments)
    keep[keep] &= pos[keep] + NGRAM <= np.asarray(bounds)[seg[keep] + 1]
    flat = np.bincount(seg[keep] * out.shape[1] + gram_cols[idx[keep]], minlength=out.size)
    return flat.reshape(out.shape).astype(float)


def rates(counts: Any, word_total: float, ngram_total: float, space: FeatureSpace) -> Any:
    """Per-1000 rates: words per 1000 words, n-grams per 1000 n-grams."""
    import numpy as np

    out = np.zeros(len(space.names))
    word_cols = list(space.words.values())
    gram_cols = list(space.ngrams.values())
    if word_total > 0 and word_cols:
        out[word_cols] = counts[word_cols] * 1000.0 / word_total
    if ngram_total > 0 and gram_cols:
        out[gram_cols] = counts[gram_cols] * 1000.0 / ngram_total
    return out


def profile(seg: SegmentCounts, rows: Any = None, space: FeatureSpace | None = None) -> Any:
    """Rate vector of the given rows (all rows when None)."""
    space = space or feature_space()
    if rows is None:
        return rates(seg.counts.sum(axis=0), seg.word_totals.sum(), seg.ngram_totals.sum(), space)
    return rates(
        seg.counts[rows].sum(axis=0), seg.word_totals[rows].sum(), seg.ngram_totals[rows].sum(),
        space,
    )


Z_CLIP = 3.0


def zscores(rate_vector: Any, space: FeatureSpace | None = None) -> Any:
    """Standardised rates, clipped so one rare word used twice cannot dominate."""
    import numpy as np

    space = space or feature_space()
    return np.clip((rate_vector - space.mean) / space.sd, -Z_CLIP, Z_CLIP)


def _cosine_distance(za: Any, zb: Any) -> float:
    import numpy as np

    na = float(np.linalg.norm(za))
    nb = float(np.linalg.norm(zb))
    if na == 0.0 or nb == 0.0:
        return 1.0
    return float(1.0 - np.dot(za, zb) / (na * nb))


def cosine_delta(a: Any, b: Any, space: FeatureSpace | None = None) -> float:
    """Cosine distance between z-scored profiles (Smith and Aldridge's Cosine Delta):
    0 identical, 1 unrelated, 2 opposite.

    The function words and the character n-grams are two blocks, each compared on
    its own and the two distances averaged, so the 234 function words are not
    outvoted by the 1,000 n-grams (measured in docs/style.md: about one point of
    attribution at every length).
    """
    space = space or feature_space()
    za = zscores(a, space)
    zb = zscores(b, space)
    if len(space.blocks) < 2:
        return _cosine_distance(za, zb)
    return sum(_cosine_distance(za[list(cols)], zb[list(cols)]) for cols in space.blocks) / len(
        space.blocks)


def combined_distance(style: float, vocab_similarity: float | None, vocab: Vocabulary | None = None) -> float:
    """The linkage distance: the style distance (function-word and 3-gram blocks, weight 1
    each) and the vocabulary distance (1 - similarity, weight ``vocab.weight``),
    averaged by weight. Without a vocabulary table it is the style distance alone."""
    vocab = vocab or vocabulary()
    if vocab_similarity is None or vocab.weight <= 0:
        return style
    return (2.0 * style + vocab.weight * (1.0 - vocab_similarity)) / (2.0 + vocab.weight)


# --- character language model (attribution) -------------------------------------------
# A Witten-Bell smoothed character 5-gram model (contexts of up to LM_ORDER characters)
# trained on a known corpus scores how predictable a text is to it, in bits per
# character (Teahan and Harper's compression-style attribution). Used only to rank
# several candidates, as cross-entropy relative to the candidates' mean: a text's own
# predictability cancels out there, but not in a single verification.
LM_ORDER = 4
LM_ALPHABET = " abcdefghijklmnopqrstuvwxyz0.,;:!?'\"()-"
_LM_INDEX = {c: i + 1 for i, c in enumerate(LM_ALPHABET)}
_LM_BASE = 64
LM_BLOCK = 10_000  # characters; long texts are sampled in evenly spaced blocks


def char_ids(texts: list[str], max_chars: int) -> Any:
    """Normalised characters as small integers, at most ``max_chars`` of them (evenly
    spaced blocks of a longer text, so the sample spans the whole corpus)."""
    import numpy as np

    joined = normalise_for_ngrams("\n".join(texts))
    if len(joined) > max_chars:
        n_blocks = max(1, max_chars // LM_BLOCK)
        starts = np.linspace(0, len(joined) - LM_BLOCK, n_blocks).astype(int)
        joined = " ".join(joined[s : s + LM_BLOCK] for s in starts)
    return np.fromiter((_LM_INDEX.get(c, 1) for c in joined), dtype=np.int64, count=len(joined))


def _grams(ids: Any, n: int) -> Any:
    """Integer codes of the n-grams starting at each position (n >= 1)."""
    import numpy as np

    out = np.zeros(len(ids) - n + 1, dtype=np.int64)
    for k in range(n):
        out = out * _LM_BASE + ids[k : len(ids) - n + 1 + k]
    return out


class CharModel:
    """Witten-Bell interpolated character n-gram model (order ``LM_ORDER`` + 1)."""

    def __init__(self, ids: Any, order: int = LM_ORDER) -> None:
        import numpy as np

        self.order = order
        self.tables = []
        for k in range(order + 1):  # k = context length
            grams, counts = np.unique(_grams(ids, k + 1), return_counts=True) if len(ids) > k else (
                np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
            contexts, first = np.unique(grams // _LM_BASE, return_index=True)
            # Per context: token count (sum of its n-gram counts) and distinct continuations.
            totals = np.add.reduceat(counts, first) if len(first) else np.zeros(0, dtype=np.int64)
            types = np.diff(np.append(first, len(grams)))
            self.tables.append((grams, counts, contexts, totals, types))

    def cross_entropy(self, ids: Any) -> float | None:
        """Mean bits per character of ``ids`` under the model (None if too short)."""
        import numpy as np

        n = len(ids) - self.order
        if n <= 0:
            return None
        p = np.full(n, 1.0 / (len(LM_ALPHABET) + 1))
        for k, (grams, counts, contexts, totals, types) in enumerate(self.tables):
            if not len(grams):
                continue
            g = _grams(ids, k + 1)[self.order - k :]
            i = np.minimum(np.searchsorted(grams, g), len(grams) - 1)
            c_gram = np.where(grams[i] == g, counts[i], 0)
            ctx = g // _LM_BASE
            j = np.minimum(np.searchsorted(contexts, ctx), len(contexts) - 1)
            hit = contexts[j] == ctx
            c_ctx = np.where(hit, totals[j], 0)
            t_ctx = np.where(hit, types[j], 0)
            p = np.where(c_ctx > 0, (c_gram + t_ctx * p) / np.maximum(c_ctx + t_ctx, 1), p)
        return float(-np.log2(p).mean())

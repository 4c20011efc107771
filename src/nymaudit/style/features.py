"""Stylometric feature counting: function words and character 3-grams per
segment of text, summed into profiles on demand.

A text is cut into segments of ``SEGMENT_WORDS`` words and each segment's feature
counts are stored as one row of a matrix. Any stretch of the text (a window for
self-calibration, the whole corpus) is then a sum of rows, so the text is read
once however many windows the calibration needs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from nymaudit.rules import load_file
from nymaudit.style.text import normalise_apostrophes

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


@dataclass
class SegmentCounts:
    """Feature counts per segment (rows) plus the word and n-gram totals per row."""

    counts: Any  # numpy (segments, features)
    word_totals: Any  # numpy (segments,)
    ngram_totals: Any  # numpy (segments,)

    @property
    def words(self) -> int:
        return int(self.word_totals.sum())

    def __len__(self) -> int:
        return int(self.counts.shape[0])


def segment_counts(
    texts: list[str], space: FeatureSpace | None = None, segment_words: int = SEGMENT_WORDS
) -> SegmentCounts:
    """Count features in consecutive segments of ``segment_words`` words."""
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
        return SegmentCounts(empty, np.zeros(0), np.zeros(0))
    bounds = starts[::segment_words] + [len(joined)]
    word_index = space.words
    ngram_index = space.ngrams
    for a, b in zip(bounds[:-1], bounds[1:], strict=False):
        segment = joined[a:b]
        row = np.zeros(n_features)
        tokens = _WORD.findall(segment)
        for word, count in Counter(tokens).items():
            col = word_index.get(word)
            if col is not None:
                row[col] = count
        grams = Counter(segment[i : i + NGRAM] for i in range(len(segment) - NGRAM + 1))
        for gram, col in ngram_index.items():
            count = grams.get(gram)
            if count:
                row[col] = count
        rows.append(row)
        word_totals.append(len(tokens))
        ngram_totals.append(max(len(segment) - NGRAM + 1, 0))
    return SegmentCounts(np.vstack(rows), np.asarray(word_totals, float),
                         np.asarray(ngram_totals, float))


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

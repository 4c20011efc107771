"""Rebuild the ``[reference]`` and ``[vocabulary.df]`` tables of heuristics/linkage.toml
from the novels.

Run by hand: ``python tests/benchmarks/build_style_reference.py > /tmp/ref.toml``,
then paste the tables into heuristics/linkage.toml. Only statistics are written
(feature names, mean and standard deviation per 1000; for each content word, the
number of 2,000-word chunks it occurs in), never text.

Features: the function words of heuristics/style.toml plus the character
3-grams with the highest median rate across books (a median over books keeps
out names and topic words that fill one book). Statistics: over 2,000-word chunks
(at most 40 per book), balanced so that every author weighs the same (mean of
author means; SD from the within-author variance plus the variance of author
means). The two pen-name novels are left out.

Vocabulary: document frequencies of content words (not function words, two letters
or more) over consecutive 2,000-word chunks of the same 15 novels; words in fewer
than ``MIN_DF`` chunks are left out (they count as rarest). The benchmark builds
the same table without the tested books (``book_df`` / ``vocabulary_from``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PEN_NAMES = ("currerbell_-_villette", "janedoe_-_sense_and_sensibility")
N_GRAMS = 1000
CHUNK_SEGMENTS = 8  # 8 x 250 words
MAX_CHUNKS_PER_BOOK = 40
VOCAB_CHUNK_WORDS = 2000
MIN_DF = 2


def book_df(text: str) -> tuple:
    """(Counter of content word -> chunks of this book it occurs in, number of chunks)."""
    from nymaudit.style import features as F

    words = text.split()
    df: Counter = Counter()
    n = 0
    for i in range(0, len(words) - VOCAB_CHUNK_WORDS + 1, VOCAB_CHUNK_WORDS):
        chunk = F.normalise_for_ngrams(" ".join(words[i : i + VOCAB_CHUNK_WORDS]))
        df.update(set(F.content_words(F._WORD.findall(chunk))))
        n += 1
    return df, n


def vocabulary_from(parts: list[tuple], weight: float | None = None):
    """A Vocabulary from ``book_df`` results (the shipped weight unless given)."""
    from nymaudit.style import features as F

    df: Counter = Counter()
    n = 0
    for book, chunks in parts:
        df.update(book)
        n += chunks
    if weight is None:
        weight = F._shipped_vocabulary().weight
    return F.Vocabulary({w: c for w, c in df.items() if c >= MIN_DF}, n, MIN_DF, weight)


def build() -> tuple[list[str], list[float], list[float]]:
    import numpy as np
    from novels import load_novels

    from nymaudit.rules import load_file
    from nymaudit.style import features as F

    # The pen-name novels stay out, so the pen-name test uses nothing derived from them.
    novels = {k: v for k, v in load_novels().items() if k not in PEN_NAMES}
    per_book: list[dict[str, float]] = []
    for _author, text in novels.values():
        norm = F.normalise_for_ngrams(text)
        grams = Counter(norm[i : i + 3] for i in range(len(norm) - 2))
        total = sum(grams.values()) or 1
        per_book.append({g: c * 1000 / total for g, c in grams.items()})
    all_grams = set().union(*per_book)
    median = {g: float(np.median([b.get(g, 0.0) for b in per_book])) for g in all_grams}
    top = sorted(all_grams, key=lambda g: (-median[g], g))[:N_GRAMS]
    words = load_file("style")["function_words"]["words"]
    names = [f"w:{w}" for w in words] + [f"c:{g}" for g in top]
    flat = F.make_space(names)
    by_author: dict[str, list] = {}
    for author, text in novels.values():
        seg = F.segment_counts([text], flat)
        n = len(seg) // CHUNK_SEGMENTS
        for k in np.linspace(0, n - 1, min(n, MAX_CHUNKS_PER_BOOK)).astype(int) if n else []:
            rows = slice(k * CHUNK_SEGMENTS, (k + 1) * CHUNK_SEGMENTS)
            by_author.setdefault(author, []).append(F.profile(seg, rows, flat))
    # Every author weighs the same: the mean is the mean of author means, the variance
    # the mean within-author variance plus the variance between author means. A
    # reference dominated by one prolific author leaves that author's profile near
    # the origin, where cosine distance is noise.
    author_means = np.array([np.mean(v, axis=0) for v in by_author.values()])
    within = np.mean([np.var(v, axis=0) for v in by_author.values()], axis=0)
    mean = author_means.mean(axis=0)
    sd = np.sqrt(within + author_means.var(axis=0))
    return names, [round(float(v), 4) for v in mean], [round(float(v), 4) for v in sd]


def toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def vocabulary_table() -> list[str]:
    from novels import load_novels

    novels = {k: v for k, v in load_novels().items() if k not in PEN_NAMES}
    vocab = vocabulary_from([book_df(text) for _a, text in novels.values()], weight=0.0)
    by_df: dict[int, list[str]] = {}
    for word, count in vocab.df.items():
        by_df.setdefault(count, []).append(word)
    out = ["[vocabulary.df]",
           f"# chunks = {vocab.chunks}; content word -> 2,000-word chunks of the 15 novels it occurs in"]
    for count in sorted(by_df):
        out.append(f'{count} = "{" ".join(sorted(by_df[count]))}"')
    return out


def main() -> None:
    names, mean, sd = build()
    out = ["[reference]", f"# {len(names)} features; see tests/benchmarks/build_style_reference.py"]
    out.append("features = [" + ", ".join(toml_string(n) for n in names) + "]")
    out.append("mean = [" + ", ".join(str(v) for v in mean) + "]")
    out.append("sd = [" + ", ".join(str(v) for v in sd) + "]")
    print("\n".join(out))
    print()
    print("\n".join(vocabulary_table()))


if __name__ == "__main__":
    main()

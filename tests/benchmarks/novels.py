"""Shared loader for the style benchmark: the public-domain novels in
``../shared/corpora/novels`` (never copied into the repository)."""

from __future__ import annotations

import random
from pathlib import Path

from nymaudit.style.text import strip_gutenberg

ROOT = Path(__file__).resolve().parents[2]
NOVELS = ROOT.parent / "shared" / "corpora" / "novels"
# Pen names in the file list and who wrote the book.
REAL_AUTHOR = {"currerbell": "bronte", "janedoe": "austen"}


def load_novels() -> dict[str, tuple[str, str]]:
    """file stem -> (real author, body text)."""
    out = {}
    for path in sorted(NOVELS.glob("*.txt")):
        filed_as = path.stem.split("_-_")[0]
        author = REAL_AUTHOR.get(filed_as, filed_as)
        text = strip_gutenberg(path.read_text(encoding="utf-8-sig", errors="replace"))
        out[path.stem] = (author, text)
    return out


def shuffled_starts(n_words: int, size: int, rng: random.Random) -> list[int]:
    """Starts of the non-overlapping ``size``-word passages of a text, in random order
    (every benchmark draws its passages this way)."""
    starts = list(range(0, n_words - size + 1, size))
    rng.shuffle(starts)
    return starts

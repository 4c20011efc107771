"""Rebuild the common-word list of heuristics/disclosure.toml ``[caseless] common_words``.

A post written all in lower case or all in capitals gives the disclosure patterns no capital to
find a name by, so such a text is re-cased first (``nymaudit.text.disclosure._recased``): every
word that is not a common word gets a capital. The common words are the words the 16 public-domain
novels of ``../shared/corpora/novels`` write in lower case inside sentences at least ``--min`` times
and more often than capitalised (share ``--share``); the fourteenth session used ``--min 3 --share
0.5`` (17,514 words). Prints the words wrapped for the TOML string; paste them between the quotes.

    python tests/tools/build_caseless_words.py [--novels DIR] [--min 3] [--share 0.5]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import textwrap
from pathlib import Path

# A word inside a sentence: not after a sentence end, an opening quote or bracket, a line break,
# a colon, semicolon or dash (where a capital says nothing about the word).
_INSIDE = re.compile(r"(?<![.!?\"'“‘\n(\[:;-])\s+([A-Za-z][a-z]*(?:'[a-z]+)?)\b")


def common_words(novels: Path, least: int, share: float) -> list[str]:
    lower: collections.Counter[str] = collections.Counter()
    capital: collections.Counter[str] = collections.Counter()
    for path in sorted(novels.glob("*.txt")):
        for match in _INSIDE.finditer(path.read_text(encoding="utf-8", errors="replace")):
            word = match.group(1)
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capital[word.lower()] += 1
    return sorted(word for word, count in lower.items()
                  if count >= least and count / (count + capital[word]) >= share and len(word) > 1)


def main() -> int:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--novels", type=Path, default=root.parent / "shared" / "corpora" / "novels")
    parser.add_argument("--min", type=int, default=3, dest="least")
    parser.add_argument("--share", type=float, default=0.5)
    args = parser.parse_args()
    if not any(args.novels.glob("*.txt")):
        print(f"no novels (*.txt) under {args.novels}: give --novels DIR", file=sys.stderr)
        return 2
    words = common_words(args.novels, args.least, args.share)
    print(f"{len(words)} words", file=sys.stderr)
    print(textwrap.fill(" ".join(words), width=110, break_on_hyphens=False, break_long_words=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

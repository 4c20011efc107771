"""The watchlist's first-word tag: what it gives a guesser and what it saves the matcher
(run by hand, never by pytest).

    python tests/benchmarks/bench_watch_tag.py [--bits 16 8 4] [--terms 10 100 1000] [--words N] [--seed S]

The file holds the salt, so anyone with it can compute the tag of a guess. For each tag
width the benchmark reports:

- guesser: of a candidate list (every distinct word of the novels, ~30,000 words), how
  many fit the tag of a term's first word (the true word is always among them). At 16
  bits about 1 in 65,536 fits, so the true first word is confirmed alone and a multi-word
  term is guessed word by word;
- matcher: with T watched terms of 2-3 words (surnames and places made up, so they
  never occur, plus two that do), the share of word positions whose tag fits a term
  (each one costs a keyed hash per term length) and the seconds `matcher.find` takes
  over N words of the novels cut into 200-word posts (best of 3).

Text: the public-domain novels of ``../shared/corpora/novels`` (see novels.py).
"""

from __future__ import annotations

import argparse
import random
import time

from novels import load_novels

import nymaudit.text.watchlist as W


def made_up_terms(count: int, rng: random.Random) -> list[str]:
    syllables = ["qua", "zen", "vor", "til", "bry", "xan", "mok", "pel", "dru", "fia", "gor", "wex"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))

    return [" ".join(word() for _ in range(rng.randint(2, 3))) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bits", type=int, nargs="+", default=[16, 8, 4])
    parser.add_argument("--terms", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words = " ".join(text for _, text in load_novels().values()).split()
    start = rng.randrange(0, max(1, len(words) - args.words))
    chosen = words[start : start + args.words]
    posts = [" ".join(chosen[i : i + 200]) for i in range(0, len(chosen), 200)]
    vocabulary = sorted({w for w, _, _ in W.words_with_spans(" ".join(words))})
    print(f"{len(posts)} posts, {len(chosen)} words; candidate list {len(vocabulary)} distinct words")
    salt = bytes(rng.getrandbits(8) for _ in range(16))
    for bits in args.bits:
        W.FIRST_TAG_HEX = bits // 4
        wl = W.Watchlist(salt=salt)
        # Guesser: how many candidates fit the tag of "elizabeth" (first word of a term).
        wl.add("Elizabeth Bennet")
        target = next(iter(wl.terms.values())).first
        fitting = sum(1 for w in vocabulary if wl._first_tag(w) == target)
        print(f"\n{bits:2d} bits: {fitting} of {len(vocabulary)} candidates fit the first word's tag "
              f"(expected {len(vocabulary) / 2 ** bits:.1f} + the true word)")
        for count in args.terms:
            wl = W.Watchlist(salt=salt)
            for term in made_up_terms(count - 2, rng) + ["Elizabeth Bennet", "Baker Street"]:
                wl.add(term)
            matcher = wl.matcher()
            tags = set(matcher.lengths_by_tag)
            positions = hits = 0
            for post in posts:
                for word, _, _ in W.words_with_spans(post):
                    positions += 1
                    hits += wl._first_tag(word) in tags
            best = float("inf")
            found = 0
            for _ in range(3):
                matcher = wl.matcher()
                began = time.perf_counter()
                found = sum(len(matcher.find(post)) for post in posts)
                best = min(best, time.perf_counter() - began)
            print(f"   {len(wl):5d} terms: {hits / positions:7.2%} of word positions pass the tag; "
                  f"find {best:.2f} s ({found} matches)")


if __name__ == "__main__":
    main()

"""Issue 6, fifteenth session (sty15b, 2026-11-30): the shipped Labbé content-word term in
linkage.attribute, with and without it, on bench_style's passage draw (``--seed N``, the
same draw as attr_with_self_term.py: leave one book out, 5 candidates x 20,000 known
words, rarity table rebuilt without the test book).

One attribute() call per passage gives both rankings: "with" is the shipped
ranking_score ([attribution] labbe_weight as set), "without" subtracts the term again
(labbe_weight x (content_labbe - the candidates' mean)), which is exactly the ranking with
labbe_weight = 0 (the term is added last-but-one and linearly; tests/test_sty15b.py checks
it). --weights 0.1,0.2,... also prints the accuracy at other weights (tuning); --dump
writes every passage's scores to an .npz.

    OMP_NUM_THREADS=1 python tests/benchmarks/style_variants/sty15b_attr.py SEED [1000,2000]
"""
import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_style import CANDIDATES, KNOWN_WORDS, PEN_NAMES, SIZES, corpus, spread_sample  # noqa: E402
from build_style_reference import book_df, vocabulary_from  # noqa: E402
from novels import load_novels, shuffled_starts  # noqa: E402

from nymaudit.style import features as F  # noqa: E402
from nymaudit.style import linkage as L  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("seed", type=int)
parser.add_argument("sizes", nargs="?", default="2000")
parser.add_argument("--weights", default="", help="other Labbé weights to report (comma-separated)")
parser.add_argument("--dump", default="", help="write the per-passage scores to this .npz")
args = parser.parse_args()
want = [int(x) for x in args.sizes.split(",")]
extra = [float(x) for x in args.weights.split(",") if x]
shipped = float(L.attribution_settings().get("labbe_weight", 0.0))
t0 = time.time()
novels = load_novels()
tokens = {s: t.split() for s, (_a, t) in novels.items()}
books: dict = {}
for s, (a, _t) in novels.items():
    if s not in PEN_NAMES:
        books.setdefault(a, []).append(s)
dfs = {s: book_df(t) for s, (_a, t) in novels.items() if s not in PEN_NAMES}
cache: dict = {}


def known(a, ex):
    if (a, ex) not in cache:
        st = books[a]
        w = (tokens[st[0]][:KNOWN_WORDS] if len(st) == 1
             else spread_sample([tokens[s] for s in st if s != ex]))
        cache[(a, ex)] = L.prepare(a, corpus(a, w), segment_content=False)
    return cache[(a, ex)]


rng = random.Random(args.seed)
rows: dict = {s: [] for s in want}  # (true index, base scores, labbe values, test book)
for a in CANDIDATES:
    for stem in books[a]:
        single = len(books[a]) == 1
        test = tokens[stem][KNOWN_WORDS:] if single else tokens[stem]
        F.set_vocabulary(vocabulary_from([d for s, d in dfs.items() if s != stem]))
        ks = {c: known(c, stem if c == a else None) for c in CANDIDATES}
        for size in SIZES:
            starts = shuffled_starts(len(test), size, rng)
            if size not in want:
                continue
            for st in starts[: 16 * (2 if single else 1)]:
                p = L.prepare("p", corpus("p", test[st : st + size]))
                res = L.attribute(p, ks)
                lab = [res[c]["content_labbe"] for c in CANDIDATES]
                mean = sum(lab) / len(lab)
                base = [res[c]["ranking_score"] - shipped * (v - mean)
                        for c, v in zip(CANDIDATES, lab, strict=True)]
                rows[size].append((CANDIDATES.index(a), base, lab, stem))
F.set_vocabulary(None)


def accuracy(size: int, weight: float) -> tuple[int, int]:
    right = 0
    for truth, base, lab, _stem in rows[size]:
        scores = [b + weight * v for b, v in zip(base, lab, strict=True)]
        right += min(range(len(scores)), key=scores.__getitem__) == truth
    return right, len(rows[size])


for size in want:
    r_with, n = accuracy(size, shipped)
    r_without, _ = accuracy(size, 0.0)
    won = lost = 0
    for truth, base, lab, _stem in rows[size]:
        w_ok = min(range(5), key=lambda i: base[i] + shipped * lab[i]) == truth
        o_ok = min(range(5), key=base.__getitem__) == truth
        won += w_ok and not o_ok
        lost += o_ok and not w_ok
    line = (f"seed {args.seed} size {size}: with Labbé {shipped:g} {r_with}/{n} = {r_with / n:.3f}; "
            f"without {r_without}/{n} = {r_without / n:.3f}; won/lost [{won}, {lost}]")
    for w in extra:
        r, _ = accuracy(size, w)
        line += f"; w={w:g} {r / n:.3f}"
    print(line, flush=True)
if args.dump:
    import numpy as np

    np.savez(args.dump, **{f"s{size}_{k}": np.array([row[i] for row in rows[size]], dtype=object)
                           for size in want for i, k in enumerate(("truth", "base", "labbe", "stem"))})
print(f"{time.time() - t0:.0f} s")

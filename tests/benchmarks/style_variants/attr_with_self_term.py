"""The shipped linkage.attribute on bench_style's passage draw (``--seed N``), at the
sizes given: cross-work attribution with the quarter self-distance term and without it
(reconstructed from the same call: ranking_score + self_weight x quarter_self_distance).

    python tests/benchmarks/style_variants/attr_with_self_term.py SEED [500,1000,2000,10000]

About a minute a seed at 1,000 and 2,000 words (docs/style.md, "Other passage samples").
"""
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

seed = int(sys.argv[1])
want = [int(x) for x in sys.argv[2].split(",")] if len(sys.argv) > 2 else [2000]
t0 = time.time()
novels = load_novels()
tokens = {s: t.split() for s, (_a, t) in novels.items()}
books = {}
for s, (a, _t) in novels.items():
    if s not in PEN_NAMES:
        books.setdefault(a, []).append(s)
dfs = {s: book_df(t) for s, (_a, t) in novels.items() if s not in PEN_NAMES}
sw = float(L.attribution_settings().get("self_weight", 0.0))
cache = {}


def known(a, ex):
    if (a, ex) not in cache:
        st = books[a]
        w = (tokens[st[0]][:KNOWN_WORDS] if len(st) == 1
             else spread_sample([tokens[s] for s in st if s != ex]))
        cache[(a, ex)] = L.prepare(a, corpus(a, w))
    return cache[(a, ex)]


rng = random.Random(seed)
acc = {s: [0, 0, 0] for s in want}
won = {s: [0, 0] for s in want}
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
                new = min(CANDIDATES, key=lambda c: res[c]["ranking_score"]) == a
                old = min(CANDIDATES, key=lambda c: res[c]["ranking_score"]
                          + sw * (res[c]["quarter_self_distance"] or 0)) == a
                acc[size][0] += new
                acc[size][1] += old
                acc[size][2] += 1
                won[size][0] += new and not old
                won[size][1] += old and not new
for s in want:
    n, o, t = acc[s]
    print(f"seed {seed} size {s}: with self term {n}/{t} = {n / t:.3f}; without {o}/{t} = {o / t:.3f}; "
          f"won/lost {won[s]}")
print(f"{time.time() - t0:.0f} s")

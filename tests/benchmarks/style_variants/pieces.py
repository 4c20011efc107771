"""cmp13 (2026-11-30): the share of same-writer pairs under 20% when the known text is one
stretch of one work, two stretches of two works, or spread over the works (bench protocol).

    python pieces.py SEED OUT.json [P] [K]
For each test book T (14 novels over 20,000 words, pen names left out as tests), two P-word
passages; for each candidate author A and each kind, a K-word known text from A's works other
than T (the pen-name novels may serve as known works):
  one    one contiguous stretch of one work (drawn at random)
  two    K/2-word stretches of two different works (authors with two works besides T)
  eighty 80% of K from one work, 20% from another
  three  K/3-word stretches of three works (authors with three works besides T)
  nN     (with a 5th argument N1,N2,...) N stretches of K/N words, each of a work drawn at random
  spread 250-word pieces spread over all of A's works besides T (bench_style's protocol)
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/benchmarks
from bench_style import CANDIDATES, PEN_NAMES, corpus, spread_sample  # noqa: E402
from novels import load_novels, shuffled_starts  # noqa: E402

from nymaudit.style import linkage as L  # noqa: E402

seed, out = int(sys.argv[1]), sys.argv[2]
PIECES = tuple(int(x) for x in sys.argv[5].split(",")) if len(sys.argv) > 5 else ()
P = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
K = int(sys.argv[4]) if len(sys.argv) > 4 else 5000
rng = random.Random(seed)
allnov = {s: v for s, v in load_novels().items() if len(v[1].split()) > 20000}
tokens = {s: t.split() for s, (_a, t) in allnov.items()}
author = {s: a for s, (a, _t) in allnov.items()}
works = {}
for s, a in author.items():
    works.setdefault(a, []).append(s)
tests = [s for s in allnov if s not in PEN_NAMES]

def stretch(s, n):
    st = rng.randrange(0, len(tokens[s]) - n)
    return tokens[s][st:st + n]

rows = []
for t in tests:
    for st in shuffled_starts(len(tokens[t]), P, rng)[:2]:
        pseudo = L.prepare("p", corpus("p", tokens[t][st:st + P]))
        for a in CANDIDATES:
            own = [x for x in works[a] if x != t]
            if not own:
                continue
            kinds = {"one": stretch(rng.choice(own), K), "spread": spread_sample([tokens[x] for x in own], K)}
            for n in PIECES:  # n stretches of K/n words, each from a work drawn at random, anywhere in it
                kinds[f"n{n}"] = [w for _ in range(n) for w in stretch(rng.choice(own), K // n)]
            if len(own) >= 2:
                b1, b2 = rng.sample(own, 2)
                kinds["two"] = stretch(b1, K // 2) + stretch(b2, K // 2)
                kinds["eighty"] = stretch(b1, K * 4 // 5) + stretch(b2, K // 5)
            if len(own) >= 3:
                b1, b2, b3 = rng.sample(own, 3)
                kinds["three"] = stretch(b1, K // 3) + stretch(b2, K // 3) + stretch(b3, K - 2 * (K // 3))
            for kind, words in kinds.items():
                known = L.prepare(a, corpus(a, words), segment_content=False)
                r = L.verify(pseudo, known)
                rows.append({"kind": kind, "book": t, "cand": a, "same": a == author[t],
                             "p": r["probability"], "self_mean": r["self_mean"], "in": r["in_domain"]})
    print(t, len(rows), flush=True)
Path(out).write_text(json.dumps(rows))

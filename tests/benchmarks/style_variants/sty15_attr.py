"""Issue 6, fifteenth session (2026-11-30): does the best pair combination of sty15_pairs.py
hurt attribution? Cross-work attribution of SIZE-word passages (the draw of ``exp.py attr
SEED``: leave one book out, 5 candidates x 20,000 words, reference and rarity table
without the test book), ranked by the held-out shipped score ("fw+c3+V+LM" of exp.py) with
and without the two terms chosen on 500-word pairs:

    + 0.26 x Labbe distance over content words - 0.033 x KS statistic of sentence lengths

    OMP_NUM_THREADS=1 python tests/benchmarks/style_variants/sty15_attr.py SEED [SIZE]

Nothing here is shipped; the weights were not tuned on attribution.
"""
from __future__ import annotations

import random
import sys
import time
from collections import Counter

import numpy as np
from harness import (
    CANDS,
    FW_SET,
    LM_WEIGHT,
    PEN,
    VOCAB_WEIGHT,
    Ref,
    Unit,
    book_df,
    cosd,
    load_novels,
    shuffled_starts,
    vocabulary_from,
)
from sty15_pairs import _PUNCT, Extra, ks_w1, labbe

from nymaudit.style import features as F
from nymaudit.style.features import CharModel, char_ids

W_LABBE, W_KS = 0.26, -0.033
seed = int(sys.argv[1])
size = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
t0 = time.time()
variants = ("c3",)
keeps = {"fw": frozenset(FW_SET)}
novels = {k: v for k, v in load_novels().items() if k not in PEN}
tokens = {s: t.split() for s, (_a, t) in novels.items()}
authors = {s: a for s, (a, _t) in novels.items()}
books: dict[str, list[str]] = {}
for s, a in authors.items():
    books.setdefault(a, []).append(s)
book_units = {s: Unit(" ".join(tokens[s]), variants, keeps) for s in novels}
chunks = {}
for s in novels:
    w = tokens[s]
    n = len(w) // 2000
    ks = sorted(set(np.linspace(0, n - 1, min(n, 40)).astype(int))) if n else []
    chunks[s] = [Unit(" ".join(w[k * 2000 : (k + 1) * 2000]), variants, keeps) for k in ks]
dfs = {s: book_df(t) for s, (_a, t) in novels.items()}
print(f"prepared in {time.time() - t0:.0f} s", flush=True)


def content(t: str) -> bool:
    return t not in _PUNCT and t not in FW_SET


def spread(stems: list[str], words: int = 20_000) -> list[str]:
    pieces = [tokens[b][i : i + 250] for b in stems for i in range(0, len(tokens[b]) - 249, 250)]
    need = words // 250
    step = len(pieces) / need
    return [w for k in range(need) for w in pieces[int(k * step)]]


rng = random.Random(seed)
per_book = 16
models: dict = {}
right = {"shipped (held-out reference)": 0, "+ Labbe content": 0, "+ Labbe content - sentence KS": 0}
total = 0
won = lost = 0
won_by_book: Counter = Counter()
lost_by_book: Counter = Counter()
for a in CANDS:
    for s in books[a]:
        single = len(books[a]) == 1
        test = tokens[s][20_000:] if single else tokens[s]
        kept = [b for b in novels if b != s]
        ref = Ref(book_units, chunks, authors, kept, variants)
        vocab = vocabulary_from([dfs[b] for b in kept], weight=VOCAB_WEIGHT)
        knowns = {}
        for c in CANDS:
            key = (c, s if c == a else None)
            if key not in models:
                words = tokens[books[c][0]][:20_000] if len(books[c]) == 1 else spread(
                    [b for b in books[c] if b != key[1]])
                text = " ".join(words)
                u = Unit(text, variants, keeps)
                models[key] = (u, CharModel(char_ids([text], 2_000_000)), Extra(u.norm))
            knowns[c] = models[key]
        starts = shuffled_starts(len(test), size, rng)
        for st in starts[: per_book * (2 if single else 1)]:
            text = " ".join(test[st : st + size])
            u = Unit(text, variants, keeps)
            ex = Extra(u.norm)
            ids = char_ids([text], 300_000)
            xe = {c: knowns[c][1].cross_entropy(ids) for c in CANDS}
            mean_xe = sum(xe.values()) / len(xe)
            base, lab, ks = {}, {}, {}
            for c in CANDS:
                ku, _m, kx = knowns[c]
                style = (cosd(ref.z(u, "fw"), ref.z(ku, "fw")) + cosd(ref.z(u, "c3"), ref.z(ku, "c3"))) / 2
                voc = 1 - F.vocabulary_similarity(F.tfidf(u.content, vocab), F.tfidf(ku.content, vocab))
                lm = LM_WEIGHT * (xe[c] - mean_xe)
                base[c] = (2 * style + VOCAB_WEIGHT * voc) / (2 + VOCAB_WEIGHT) + lm
                lab[c] = labbe(ex.tokens, kx.tokens, content)
                ks[c] = ks_w1(ex.sent_lengths, kx.sent_lengths)[0]
            scores = {
                "shipped (held-out reference)": base,
                "+ Labbe content": {c: base[c] + W_LABBE * lab[c] for c in CANDS},
                "+ Labbe content - sentence KS": {
                    c: base[c] + W_LABBE * lab[c] + W_KS * ks[c] for c in CANDS},
            }
            ok = {k: min(CANDS, key=v.get) == a for k, v in scores.items()}
            for k, v in ok.items():
                right[k] += v
            if ok["+ Labbe content"] != ok["shipped (held-out reference)"]:
                (won_by_book if ok["+ Labbe content"] else lost_by_book)[s] += 1
            won += ok["+ Labbe content - sentence KS"] and not ok["shipped (held-out reference)"]
            lost += ok["shipped (held-out reference)"] and not ok["+ Labbe content - sentence KS"]
            total += 1
print(f"attribution {size} words across works (seed {seed}), {total} passages:")
for k, v in right.items():
    print(f"  {k:>32}: {v / total:.3f} ({v}/{total})")
print(f"  both terms against shipped: won {won}, lost {lost}")
print(f"  Labbe term against shipped, by test book: won {dict(won_by_book)}, lost {dict(lost_by_book)}")
print(f"done in {time.time() - t0:.0f} s")

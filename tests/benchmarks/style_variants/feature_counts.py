"""Feature counts for attribution only (docs/style.md, "Tried on 2026-11-29: per-chunk
profiles and per-candidate normalisation"): 1,000 vs 2,000 character 3-grams, the 234
function words (w0) vs the 300 / 500 most frequent words of the reference books; every
statistic held out (without the test book) as in exp.py, the same passage draw as
``exp.py attr SEED``. The ranking is the one before ``self_weight`` (style blocks +
vocabulary weight 8 + character model 0.08).

    python tests/benchmarks/style_variants/feature_counts.py SEED   (about 2 minutes)
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness as H  # noqa: E402
from harness import CANDS, FW, PEN, Ref, Unit, book_df, cosd, load_novels, shuffled_starts, vocabulary_from  # noqa: E402

from nymaudit.style import features as F  # noqa: E402
from nymaudit.style.features import CharModel, char_ids  # noqa: E402

seed = int(sys.argv[1])
VW, LMW = 8.0, 0.08
t0 = time.time()
novels = {k: v for k, v in load_novels().items() if k not in PEN}
tokens = {s: t.split() for s, (_a, t) in novels.items()}
authors = {s: a for s, (a, _t) in novels.items()}
books: dict[str, list[str]] = {}
for s, a in authors.items():
    books.setdefault(a, []).append(s)
variants = ("c3",)
book_units = {s: Unit(" ".join(tokens[s]), variants, {}) for s in novels}
chunks = {}
for s in novels:
    w = tokens[s]
    n = len(w) // 2000
    ks = sorted(set(np.linspace(0, n - 1, min(n, 40)).astype(int))) if n else []
    chunks[s] = [Unit(" ".join(w[k * 2000 : (k + 1) * 2000]), variants, {}) for k in ks]
dfs = {s: book_df(t) for s, (_a, t) in novels.items()}
print(f"prepared in {time.time() - t0:.0f} s", flush=True)


class WordRef:
    def __init__(self, kept, k):
        if k == 0:
            self.words = list(FW)
        else:
            allw = set().union(*(book_units[b].wc for b in kept))
            med = {w: np.median([book_units[b].wc.get(w, 0) / book_units[b].words for b in kept])
                   for w in allw}
            self.words = sorted(allw, key=lambda w: (-med[w], w))[:k]
        by_author = {}
        for b in kept:
            for ch in chunks[b]:
                by_author.setdefault(authors[b], []).append(self.rates(ch))
        am = np.array([np.mean(x, axis=0) for x in by_author.values()])
        within = np.mean([np.var(x, axis=0) for x in by_author.values()], axis=0)
        sd = np.sqrt(within + am.var(axis=0))
        self.m, self.s = am.mean(axis=0), np.where(sd > 1e-9, sd, 1e-9)

    def rates(self, u):
        return np.array([u.wc.get(w, 0) for w in self.words], float) * 1000.0 / max(u.words, 1)

    def z(self, u):
        return np.clip((self.rates(u) - self.m) / self.s, -3, 3)


refs = {}


def ref_for(stem):
    if stem not in refs:
        kept = [s for s in novels if s != stem]
        H.N_FEAT = 1000
        r1 = Ref(book_units, chunks, authors, kept, variants)
        H.N_FEAT = 2000
        r2 = Ref(book_units, chunks, authors, kept, variants)
        words = {k: WordRef(kept, k) for k in (0, 300, 500)}
        refs.clear()
        refs[stem] = (r1, r2, words, vocabulary_from([dfs[s] for s in kept], weight=VW))
    return refs[stem]


def spread(stems, words=20_000):
    pieces = [tokens[b][i : i + 250] for b in stems for i in range(0, len(tokens[b]) - 249, 250)]
    need = words // 250
    step = len(pieces) / need
    return [w for k in range(need) for w in pieces[int(k * step)]]


rng = random.Random(seed)
res: dict[str, list[int]] = {}
models = {}
for a in CANDS:
    for s in books[a]:
        single = len(books[a]) == 1
        test = tokens[s][20_000:] if single else tokens[s]
        r1, r2, wr, vocab = ref_for(s)
        knowns = {}
        for c in CANDS:
            key = (c, s if c == a else None)
            if key not in models:
                words = (tokens[books[c][0]][:20_000] if len(books[c]) == 1
                         else spread([b for b in books[c] if b != key[1]]))
                text = " ".join(words)
                models[key] = (Unit(text, variants, {}), CharModel(char_ids([text], 2_000_000)))
            knowns[c] = models[key]
        for st in shuffled_starts(len(test), 2000, rng)[: 16 * (2 if single else 1)]:
            text = " ".join(test[st : st + 2000])
            u = Unit(text, variants, {})
            ids = char_ids([text], 300_000)
            xe = {c: knowns[c][1].cross_entropy(ids) for c in CANDS}
            mx = sum(xe.values()) / 5
            d = {}
            for c in CANDS:
                k = knowns[c][0]
                vd = 1 - F.vocabulary_similarity(F.tfidf(u.content, vocab), F.tfidf(k.content, vocab))
                cb = {"c1000": cosd(r1.z(u, "c3"), r1.z(k, "c3")),
                      "c2000": cosd(r2.z(u, "c3"), r2.z(k, "c3"))}
                wb = {f"w{kk}": cosd(wr[kk].z(u), wr[kk].z(k)) for kk in wr}
                d[c] = (cb, wb, vd)
            for cn in ("c1000", "c2000"):
                for wn in ("w0", "w300", "w500"):
                    for lm in (True, False):
                        name = f"{wn}+{cn}" + ("+V+LM" if lm else "+V")
                        sc = {c: (d[c][1][wn] + d[c][0][cn] + VW * d[c][2]) / (2 + VW)
                              + (LMW * (xe[c] - mx) if lm else 0) for c in CANDS}
                        res.setdefault(name, []).append(min(CANDS, key=sc.get) == a)
                    sc = {c: d[c][1][wn] + d[c][0][cn] for c in CANDS}
                    res.setdefault(f"{wn}+{cn} style", []).append(min(CANDS, key=sc.get) == a)
        print(s, f"{time.time() - t0:.0f}s", flush=True)
for k, v in res.items():
    print(f"  {k:>22}: {sum(v) / len(v):.3f} ({sum(v)}/{len(v)})")

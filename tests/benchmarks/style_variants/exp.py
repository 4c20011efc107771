"""Character-block variants of the style distance, measured held out (2026-11-29).

    python tests/benchmarks/style_variants/exp.py pairs|attr SEED [VARIANTS...]

One-off experiment of docs/style.md, "Tried on 2026-11-29: text distortion and
typed character n-grams": pair AUC of 500-word passages (``pairs``) or
attribution of 2,000-word passages across works (``attr``), for the shipped
3-gram block ("c3", always run) and the variants named in harness.py (text
distortion DV-MA / DV-SA, typed n-grams). About a minute each with
OMP_NUM_THREADS=1. Nothing here is shipped; see harness.py for the held-out
rules.
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
    auc,
    book_df,
    cosd,
    load_novels,
    shuffled_starts,
    vocabulary_from,
)

from nymaudit.style import features as F

task, seed = sys.argv[1], int(sys.argv[2])
variants = tuple(sys.argv[3:]) or ("c3",)
if "c3" not in variants:
    variants = ("c3",) + variants
keeps = {"fw": frozenset(FW_SET)}
t0 = time.time()
novels = {k: v for k, v in load_novels().items() if k not in PEN}
tokens = {s: t.split() for s, (_a, t) in novels.items()}
# Exploration only (in-sample): the k most frequent words of all 15 books, author-balanced.

from harness import _WORD  # noqa: E402

_by_author: dict = {}
for _s, (_a, _t) in novels.items():
    _by_author.setdefault(_a, Counter()).update(_WORD.findall(F.normalise_for_ngrams(_t)))
_freq: Counter = Counter()
for _c in _by_author.values():
    _tot = sum(_c.values())
    for _w, _n in _c.items():
        _freq[_w] += _n / _tot
for _k in (100, 200, 300):
    keeps[f"top{_k}"] = frozenset(w for w, _n in _freq.most_common(_k))
print("top300 not function words:", sorted(keeps["top300"] - FW_SET))
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

refs: dict = {}


def ref_without(excl: frozenset) -> tuple:
    if excl not in refs:
        kept = [s for s in novels if s not in excl]
        refs[excl] = (Ref(book_units, chunks, authors, kept, variants),
                      vocabulary_from([dfs[s] for s in kept], weight=VOCAB_WEIGHT))
    return refs[excl]


def blocks(u1: Unit, u2: Unit, ref: Ref, vocab) -> dict:
    out = {v: cosd(ref.z(u1, v), ref.z(u2, v)) for v in ("fw",) + variants}
    out["shipped_ref"] = F.cosine_delta(u1.shipped, u2.shipped)
    out["vocab"] = 1 - F.vocabulary_similarity(F.tfidf(u1.content, vocab), F.tfidf(u2.content, vocab))
    return out


def combos(d: dict) -> dict:
    out = {"shipped_ref+V": (2 * d["shipped_ref"] + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)}
    for v in variants:
        style = (d["fw"] + d[v]) / 2
        out[f"fw+{v}"] = style
        out[f"fw+{v}+V"] = (2 * style + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)
        if v != "c3":
            s3 = (d["fw"] + d["c3"] + d[v]) / 3
            out[f"fw+c3+{v}"] = s3
            out[f"fw+c3+{v}+V"] = (2 * s3 + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)
            s3b = (2 * d["fw"] + d["c3"] + d[v]) / 4  # char half split between the two blocks
            out[f"fw+(c3,{v})+V"] = (2 * s3b + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)
    return out


rng = random.Random(seed)
if task == "pairs":
    size = 500
    pool = []
    for a in CANDS:
        for s in books[a]:
            w = tokens[s]
            starts = shuffled_starts(len(w), size, rng)
            for st in starts[:40]:
                pool.append((a, s, st // 10_000, Unit(" ".join(w[st : st + size]), variants, keeps)))
    pick = random.Random(seed + 1)
    for proto in ("books", "stretches"):
        scores: dict[str, tuple[list, list]] = {}
        n = 0
        while n < 4000:
            (a1, s1, k1, u1), (a2, s2, k2, u2) = rng.sample(pool, 2)
            if (proto == "books" and s1 == s2) or (proto == "stretches" and (s1, k1) == (s2, k2)):
                continue
            n += 1
            b2 = a2 if a1 != a2 else pick.choice([c for c in CANDS if c != a1])
            ref, vocab = ref_without(frozenset(s for a in (a1, b2) for s in books[a]))
            d = blocks(u1, u2, ref, vocab)
            for k, v in list(d.items()) + list(combos(d).items()):
                scores.setdefault(k, ([], []))[0 if a1 == a2 else 1].append(-v)
        print(f"pairs 500 words, different {proto} (seed {seed}):")
        for k, (same, diff) in scores.items():
            print(f"  {k:>24}: {auc(same, diff):.3f}")
        print(flush=True)
else:
    import os
    size = int(os.environ.get("SIZE", 2000))
    from nymaudit.style.features import CharModel, char_ids

    results: dict[str, list[int]] = {}
    from harness import distort

    from nymaudit.style.features import LM_ALPHABET

    _idx = {c: i + 1 for i, c in enumerate(LM_ALPHABET)}
    _idx["*"] = len(LM_ALPHABET) + 1

    def dist_ids(text: str, mode: str, cap: int = 2_000_000):
        d = distort(F.normalise_for_ngrams(text), keeps["fw"], mode)[:cap]
        return np.fromiter((_idx.get(c, 1) for c in d), dtype=np.int64, count=len(d))
    per_book = 16
    models: dict = {}

    def spread(stems, words=20_000):
        pieces = [tokens[b][i : i + 250] for b in stems for i in range(0, len(tokens[b]) - 249, 250)]
        need = words // 250
        step = len(pieces) / need
        return [w for k in range(need) for w in pieces[int(k * step)]]

    for a in CANDS:
        for s in books[a]:
            single = len(books[a]) == 1
            test = tokens[s][20_000:] if single else tokens[s]
            ref, vocab = ref_without(frozenset([s]))
            knowns = {}
            for c in CANDS:
                key = (c, s if c == a else None)
                if key not in models:
                    words = tokens[books[c][0]][:20_000] if len(books[c]) == 1 else spread(
                        [b for b in books[c] if b != key[1]])
                    text = " ".join(words)
                    models[key] = (Unit(text, variants, keeps), CharModel(char_ids([text], 2_000_000)),
                                   CharModel(dist_ids(text, "ma")), CharModel(dist_ids(text, "sa")))
                knowns[c] = models[key]
            starts = shuffled_starts(len(test), size, rng)
            for st in starts[: per_book * (2 if single else 1)]:
                text = " ".join(test[st : st + size])
                u = Unit(text, variants, keeps)
                ids = char_ids([text], 300_000)
                xe = {c: knowns[c][1].cross_entropy(ids) for c in CANDS}
                mean_xe = sum(xe.values()) / len(xe)
                xes = {}
                for mi, mode in ((2, "ma"), (3, "sa")):
                    dids = dist_ids(text, mode)
                    xx = {c: knowns[c][mi].cross_entropy(dids) for c in CANDS}
                    mx = sum(xx.values()) / len(xx)
                    xes[mode] = {c: xx[c] - mx for c in CANDS}
                xes["raw"] = {c: xe[c] - mean_xe for c in CANDS}
                per_c = {c: blocks(u, knowns[c][0], ref, vocab) for c in CANDS}
                _v = {c: (2 * per_c[c]["shipped_ref"] + VOCAB_WEIGHT * per_c[c]["vocab"]) / (2 + VOCAB_WEIGHT)
                      + LM_WEIGHT * (xe[c] - mean_xe) for c in CANDS}
                results.setdefault("_errors", []).append((s, min(CANDS, key=_v.get)))
                keys = list(per_c[CANDS[0]].keys()) + list(combos(per_c[CANDS[0]]).keys())
                for k in keys:
                    val = {c: (per_c[c] | combos(per_c[c]))[k] for c in CANDS}
                    best = min(CANDS, key=lambda c, val=val: val[c])
                    results.setdefault(k, []).append(best == a)
                    if k.endswith("+V"):
                        best = min(CANDS, key=lambda c, val=val: val[c] + LM_WEIGHT * (xe[c] - mean_xe))
                        results.setdefault(k + "+LM", []).append(best == a)
                        for lmname, wts in (("LMma", {"ma": 0.08}), ("LMsa", {"sa": 0.08}),
                                            ("LMma16", {"ma": 0.16}), ("LMsa16", {"sa": 0.16}),
                                            ("LMraw+ma", {"raw": 0.04, "ma": 0.04}),
                                            ("LMraw+ma8", {"raw": 0.08, "ma": 0.08}),
                                            ("LMraw+sa8", {"raw": 0.08, "sa": 0.08})):
                            best = min(CANDS, key=lambda c, val=val, wts=wts: val[c] + sum(
                                w * xes[m][c] for m, w in wts.items()))
                            results.setdefault(k + "+" + lmname, []).append(best == a)
    print(f"attribution {size} words across works (seed {seed}), reference and rarity without test book:")
    for k, v in results.items():
        if k == "_errors":
            print("  errors (shipped method):", Counter((b, g) for b, g in v if not b.startswith(g)))
            continue
        print(f"  {k:>26}: {sum(v) / len(v):.3f} ({sum(v)}/{len(v)})")
print(f"done in {time.time() - t0:.0f} s")

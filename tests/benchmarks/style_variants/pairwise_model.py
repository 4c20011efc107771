"""A supervised pairwise verification model, measured held out (2026-11-29, eighth session).

    OMP_NUM_THREADS=1 python tests/benchmarks/style_variants/pairwise_model.py SEED [options]

The test pairs are exactly those of ``exp.py pairs SEED`` (same passage pool, same 4,000
pairs per protocol, same extra author drawn for a same-author pair). For each test pair
the model is an L2-regularised logistic regression trained only on pairs of passages of
the authors NOT excluded for that pair (the pair's two authors; for a same-author pair its
author and the one drawn at random, as the benchmark does), with the reference (feature
list, means, SDs) and the rarity table rebuilt without those authors. With five authors
that is ten folds (one per excluded pair), three training authors each. Training pairs
never come from one 10,000-word stretch. Pair features: |z_a - z_b| and z_a * z_b over the
function-word and 3-gram blocks (clipped z-scores of the fold's reference) and the block
distances (function words, 3-grams, vocabulary, the shipped combination); or ("groups",
20 features) the block distances, cosine distances over frequency bands of each block and
the punctuation 3-grams, Euclidean distances and each side's distance from the reference.
Features are standardised on the training pairs. AUCs are over the 4,000 test pairs with
the ten fold models' scores pooled (and, as a check on calibration across folds, the mean
within-fold AUC). The figures of docs/style.md ("Tried on 2026-11-29 (eighth session)")
are the defaults, seeds 7, 8 and 9 (about 4 minutes each). Nothing here is shipped.
Options (environment):

    TRAIN_PER_BOOK  passages per training book and length (default 300)
    TRAIN_PAIRS     training pairs per class (default 8000)
    LENGTHS         training passage lengths, comma separated (default 500)
    TRAIN_PEN       1: the two pen-name novels also train (only when their author is not excluded)
    TRAIN_BOOKS     1: same-author training pairs from different books only
    CS              inverse regularisation strengths of the high-dimensional models (default 0.00001,0.0001)
    SETS            feature sets (default cos3,groups,absdiff+cos,absdiff+prod+cos,prod+cos)
"""
from __future__ import annotations

import os
import random
import sys
import time
from collections import Counter

import numpy as np
from harness import (
    _WORD,
    CANDS,
    FW,
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

seed = int(sys.argv[1])
PER_BOOK = int(os.environ.get("TRAIN_PER_BOOK", 300))
N_PAIRS = int(os.environ.get("TRAIN_PAIRS", 8000))
LENGTHS = tuple(int(x) for x in os.environ.get("LENGTHS", "500").split(","))
TRAIN_PEN = os.environ.get("TRAIN_PEN") == "1"
TRAIN_BOOKS = os.environ.get("TRAIN_BOOKS") == "1"
CS = tuple(float(x) for x in os.environ.get("CS", "0.00001,0.0001").split(","))
VARIANTS = ("c3",)
t0 = time.time()


def light_unit(text: str) -> Unit:
    """A Unit without the shipped profile (not needed for training passages)."""
    u = Unit.__new__(Unit)
    u.norm = F.normalise_for_ngrams(text)
    toks = _WORD.findall(u.norm)
    u.words = len(toks)
    wc = Counter(toks)
    u.fw = np.array([wc.get(w, 0) for w in FW], float)
    u.content = F.content_words(toks)
    u.grams = {}
    u.add("c3", {})
    return u


everything = load_novels()
novels = {k: v for k, v in everything.items() if k not in PEN}
tokens = {s: t.split() for s, (_a, t) in everything.items()}
authors = {s: a for s, (a, _t) in everything.items()}
books: dict[str, list[str]] = {}
for s in novels:
    books.setdefault(authors[s], []).append(s)
book_units = {s: light_unit(" ".join(tokens[s])) for s in novels}
chunks = {}
for s in novels:
    w = tokens[s]
    n = len(w) // 2000
    ks = sorted(set(np.linspace(0, n - 1, min(n, 40)).astype(int))) if n else []
    chunks[s] = [light_unit(" ".join(w[k * 2000 : (k + 1) * 2000])) for k in ks]
dfs = {s: book_df(t) for s, (_a, t) in novels.items()}

# The test pool and pairs: the draw of exp.py, call for call.
rng = random.Random(seed)
size = 500
pool = []
for a in CANDS:
    for s in books[a]:
        w = tokens[s]
        for st in shuffled_starts(len(w), size, rng)[:40]:
            pool.append((a, s, st // 10_000, light_unit(" ".join(w[st : st + size]))))
pick = random.Random(seed + 1)
tests: dict[str, list] = {}
for proto in ("books", "stretches"):
    out = []
    while len(out) < 4000:
        (a1, s1, k1, u1), (a2, s2, k2, u2) = rng.sample(pool, 2)
        if (proto == "books" and s1 == s2) or (proto == "stretches" and (s1, k1) == (s2, k2)):
            continue
        b2 = a2 if a1 != a2 else pick.choice([c for c in CANDS if c != a1])
        out.append((frozenset((a1, b2)), a1 == a2, u1, u2))
    tests[proto] = out

# Training passages of every book (and length): drawn once, with their own generator.
trng = random.Random(1000 + seed)
train_books = list(novels) + (list(PEN) if TRAIN_PEN else [])
train_pool: dict[int, list] = {n: [] for n in LENGTHS}
for n in LENGTHS:
    for s in train_books:
        w = tokens[s]
        for st in shuffled_starts(len(w), n, trng)[:PER_BOOK]:
            train_pool[n].append((authors[s], s, st // 10_000, light_unit(" ".join(w[st : st + n]))))
print(f"prepared in {time.time() - t0:.0f} s; training passages "
      f"{ {n: len(p) for n, p in train_pool.items()} }", flush=True)


def pair_features(u1: Unit, u2: Unit, ref: Ref, vocab, cache: dict) -> np.ndarray:
    def zs(u):
        if id(u) not in cache:
            cache[id(u)] = (ref.z(u, "fw"), ref.z(u, "c3"), F.tfidf(u.content, vocab))
        return cache[id(u)]

    f1, c1, t1 = zs(u1)
    f2, c2, t2 = zs(u2)
    dfw, dc3 = cosd(f1, f2), cosd(c1, c2)
    dv = 1 - F.vocabulary_similarity(t1, t2)
    shipped = ((dfw + dc3) + VOCAB_WEIGHT * dv) / (2 + VOCAB_WEIGHT)
    za, zb = np.concatenate([f1, c1]), np.concatenate([f2, c2])
    # Low-dimensional "group" features: cosine distances over frequency bands of each block
    # and the punctuation 3-grams, Euclidean distances, and how far each side sits from the
    # reference (its noise level), symmetric in the two sides.
    groups = [cosd(f1[g], f2[g]) for g in ref.fw_bands] + [cosd(c1[g], c2[g]) for g in ref.c3_bands]
    groups.append(cosd(c1[ref.c3_punct], c2[ref.c3_punct]))
    n1 = (np.sqrt(np.mean(f1 ** 2)), np.sqrt(np.mean(c1 ** 2)))
    n2 = (np.sqrt(np.mean(f2 ** 2)), np.sqrt(np.mean(c2 ** 2)))
    groups += [np.linalg.norm(f1 - f2) / np.sqrt(len(f1)), np.linalg.norm(c1 - c2) / np.sqrt(len(c1)),
               n1[0] + n2[0], n1[1] + n2[1], abs(n1[0] - n2[0]), abs(n1[1] - n2[1])]
    return np.concatenate([[dfw, dc3, dv, shipped], np.abs(za - zb), za * zb, groups])


N_COS = 4
N_Z = len(FW) + 1000


SETS = tuple(os.environ.get("SETS", "cos3,groups,absdiff+cos,absdiff+prod+cos,prod+cos").split(","))


def feature_sets(x: np.ndarray) -> dict[str, np.ndarray]:
    end = N_COS + 2 * N_Z
    every = {
        "cos3": x[:, :3],
        "groups": np.concatenate([x[:, :N_COS], x[:, end:]], axis=1),
        "absdiff+cos": x[:, : N_COS + N_Z],
        "absdiff+prod+cos": x[:, :end],
        "prod+cos": np.concatenate([x[:, :N_COS], x[:, N_COS + N_Z : end]], axis=1),
    }
    return {k: every[k] for k in SETS}


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float, iters: int = 300) -> tuple[np.ndarray, float]:
    """L2 logistic regression (penalty 1/(2c) |w|^2 per mean loss), L-BFGS in numpy."""
    n, d = x.shape
    lam = 1.0 / (c * n)

    def fg(theta):
        w, b = theta[:d], theta[d]
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        loss = np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * w @ w
        g = (p - y) / n
        return loss, np.concatenate([x.T @ g + lam * w, [g.sum()]])

    theta = np.zeros(d + 1)
    f, g = fg(theta)
    hist: list = []
    for _ in range(iters):
        q = g.copy()
        al = []
        for s_, y_, r_ in reversed(hist):
            a_ = r_ * s_ @ q
            al.append(a_)
            q -= a_ * y_
        if hist:
            s_, y_, _r = hist[-1]
            q *= (s_ @ y_) / (y_ @ y_)
        for (s_, y_, r_), a_ in zip(hist, reversed(al), strict=True):
            q += s_ * (a_ - r_ * y_ @ q)
        step = -q
        t = 1.0
        while True:
            nf, ng = fg(theta + t * step)
            if nf <= f + 1e-4 * t * g @ step or t < 1e-8:
                break
            t *= 0.5
        s_, y_ = t * step, ng - g
        theta, f, gold, g = theta + t * step, nf, g, ng
        if s_ @ y_ > 1e-12:
            hist.append((s_, y_, 1.0 / (s_ @ y_)))
            hist = hist[-10:]
        if np.max(np.abs(g)) < 1e-6 or abs(gold @ s_) < 1e-12:
            break
    return theta[:d], theta[d]


results: dict[str, dict[str, list]] = {p: {} for p in tests}
fold_auc: dict[str, dict[str, list]] = {}
folds = sorted({t[0] for p in tests for t in tests[p]}, key=sorted)
for fold in folds:
    tf = time.time()
    kept = [s for s in novels if authors[s] not in fold]
    ref = Ref(book_units, chunks, authors, kept, VARIANTS)
    # Bands by the fold reference's mean rate (no test text involved).
    ref.fw_bands = np.array_split(np.argsort(-ref.stats["fw"][0]), 4)
    ref.c3_bands = np.array_split(np.argsort(-ref.stats["c3"][0]), 5)
    chars = np.stack([(ref.feats["c3"] // 128 ** k) % 128 for k in range(3)], axis=1)
    ref.c3_punct = np.flatnonzero(np.isin(chars, [ord(c) for c in ".,;:!?'\"()-"]).any(axis=1))
    vocab = vocabulary_from([dfs[s] for s in kept], weight=VOCAB_WEIGHT)
    cache: dict = {}
    frng = random.Random(f"{seed} {sorted(fold)}")  # stable across runs (no str hash)
    xs, ys = [], []
    for n in LENGTHS:
        by_author: dict[str, list] = {}
        for p in train_pool[n]:
            if p[0] not in fold:
                by_author.setdefault(p[0], []).append(p)
        names = sorted(by_author)
        multi = [a for a in names if len({p[1] for p in by_author[a]}) > 1] if TRAIN_BOOKS else names
        quota = N_PAIRS // len(LENGTHS)
        for i in range(2 * quota):
            is_same = i % 2 == 0
            while True:
                if is_same:
                    p1, p2 = frng.sample(by_author[frng.choice(multi)], 2)
                else:
                    a1, a2 = frng.sample(names, 2)
                    p1, p2 = frng.choice(by_author[a1]), frng.choice(by_author[a2])
                if (p1[1], p1[2]) != (p2[1], p2[2]) and not (TRAIN_BOOKS and p1[1] == p2[1]):
                    break
            xs.append(pair_features(p1[3], p2[3], ref, vocab, cache))
            ys.append(1.0 if is_same else 0.0)
    xtr, ytr = np.array(xs), np.array(ys)
    test_rows = {p: [t for t in tests[p] if t[0] == fold] for p in tests}
    xte = {p: np.array([pair_features(t[2], t[3], ref, vocab, cache) for t in rows])
           for p, rows in test_rows.items() if rows}
    tr_sets = feature_sets(xtr)
    mu = {k: v.mean(axis=0) for k, v in tr_sets.items()}
    sd = {k: np.where(v.std(axis=0) > 1e-9, v.std(axis=0), 1.0) for k, v in tr_sets.items()}
    models = {}
    for k, v in tr_sets.items():
        for c in CS if k not in ("cos3", "groups") else (1.0, 0.01):
            models[(k, c)] = fit_logistic((v - mu[k]) / sd[k], ytr, c)
    for p, x in xte.items():
        lab = [t[1] for t in test_rows[p]]
        r = results[p]
        r_f = fold_auc.setdefault(p, {})
        r.setdefault("shipped distance (held-out ref)", []).extend(zip(lab, -x[:, 3], strict=True))
        r.setdefault("cosine fw+c3 only", []).extend(zip(lab, -(x[:, 0] + x[:, 1]), strict=True))
        te_sets = feature_sets(x)
        for (k, c), (w, b) in models.items():
            s = ((te_sets[k] - mu[k]) / sd[k]) @ w + b
            r.setdefault(f"LR {k} C={c:g}", []).extend(zip(lab, s, strict=True))
            if 0 < sum(lab) < len(lab):
                la = np.array(lab)
                r_f.setdefault(f"LR {k} C={c:g}", []).append((auc(s[la], s[~la]), len(la)))
                r_f.setdefault("shipped distance (held-out ref)", []).append(
                    (auc(-x[la, 3], -x[~la, 3]), len(la)) if (k, c) == next(iter(models)) else None)
        tr_auc = {}
        for (k, c), (w, b) in models.items():
            s = ((tr_sets[k] - mu[k]) / sd[k]) @ w + b
            tr_auc[f"{k} C={c:g}"] = auc(s[ytr == 1], s[ytr == 0])
    print(f"fold {sorted(fold)}: {len(ytr)} training pairs, tests "
          f"{ {p: len(v) for p, v in test_rows.items()} }, {time.time() - tf:.0f} s; training AUC "
          + ", ".join(f"{k} {v:.2f}" for k, v in tr_auc.items()), flush=True)

print(f"\nseed {seed}; lengths {LENGTHS}, {PER_BOOK} passages per book, {N_PAIRS} pairs per class, "
      f"pen-name novels in training: {TRAIN_PEN}, different-book training pairs only: {TRAIN_BOOKS}")
for p, r in results.items():
    print(f"pairs 500 words, different {p}: AUC over the 4,000 pairs (scores of the ten fold models pooled)")
    for k, v in r.items():
        lab = np.array([a for a, _ in v])
        sc = np.array([b for _, b in v])
        per = [t for t in fold_auc.get(p, {}).get(k, []) if t]
        mean_fold = sum(a * n for a, n in per) / sum(n for _a, n in per) if per else float("nan")
        print(f"  {k:>34}: {auc(sc[lab], sc[~lab]):.3f}   (within folds, weighted mean {mean_fold:.3f})")
print(f"done in {time.time() - t0:.0f} s")

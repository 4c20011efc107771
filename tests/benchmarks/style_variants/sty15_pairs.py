"""Issue 6, fifteenth session (2026-11-30): four untried pair scores for 500-word passages.

    OMP_NUM_THREADS=1 python tests/benchmarks/style_variants/sty15_pairs.py collect SEED [N_PAIRS]
    python tests/benchmarks/style_variants/sty15_pairs.py choose 1,2,3 7,8,9

``collect`` draws exactly the passages and pairs of ``exp.py pairs SEED`` (same pool, same
generator, the first N_PAIRS pairs per protocol; with 4000 they are exp.py's pairs) and
writes every block distance of every pair to ``$OUT/sty15_pairs_SEED.npz`` (OUT defaults to
/tmp). The shipped distance is measured as exp.py measures it ("fw+c3+V": held-out
reference and rarity table, rebuilt without the pair's two authors). Candidates:

(a) Labbe's intertextual distance (Labbe & Labbe 2001; UniNE at PAN 2020): sum over the
    tokens of |F_A - U F_B| / (N_A + U N_B), U = N_A / N_B (N_A <= N_B), over all tokens
    (words and punctuation marks), words only, content words only, or function words and
    punctuation only. No statistic at all, so nothing to hold out.
(b) topic-agnostic word n-grams: every word that is not one of the 234 function words is
    replaced by "*", punctuation marks stay tokens ("the * of *"), word 2-, 3- and 4-grams of
    that skeleton; a block like the shipped ones (the 1,000 n-grams with the highest median
    rate over the reference books, author-balanced mean and SD over 2,000-word chunks,
    z clipped to +-3, cosine distance), reference rebuilt without the pair's authors.
(c) rank similarity over the 234 function-word rates (Spearman, Kendall tau-b; on the raw
    rates and on the held-out z-scores), and the sentence-length and word-length
    distributions (Kolmogorov-Smirnov statistic, Wasserstein-1 distance).

``choose`` reads the files of the tuning seeds, picks weights of the combination
z(shipped) + sum w_k z(block_k) (z: standardised by the tuning pairs' mean and SD) on the
tuning seeds only (mean AUC over both protocols), and reports them on the held-out seeds.
Nothing here is shipped.
"""
from __future__ import annotations

import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from harness import (
    CANDS,
    FW,
    FW_SET,
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

OUT = Path(os.environ.get("OUT", "/tmp"))
N_SKEL = int(os.environ.get("NSKEL", 1000))
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*|0+|[.,;:!?\"()'\-]")
_PUNCT = set(".,;:!?\"()'-")
_SENT_END = re.compile(r"[.!?]+")
_WORDISH = re.compile(r"[a-z0]")


class Extra:
    """What the new blocks need of one text: token counts, skeleton n-grams, lengths."""

    def __init__(self, norm: str):
        toks = _TOKEN.findall(norm)
        self.tokens = Counter(toks)
        skel = [t if (t in FW_SET or t in _PUNCT) else "*" for t in toks]
        self.skel = {
            2: Counter(zip(skel, skel[1:], strict=False)),
            3: Counter(zip(skel, skel[1:], skel[2:], strict=False)),
            4: Counter(zip(skel, skel[1:], skel[2:], skel[3:], strict=False)),
        }
        self.skel_tot = {n: max(len(skel) - n + 1, 1) for n in (2, 3, 4)}
        sents = [len(_TOKEN.findall(s)) - sum(1 for t in _TOKEN.findall(s) if t in _PUNCT)
                 for s in _SENT_END.split(norm)]
        self.sent_lengths = np.array([n for n in sents if n > 0], float)
        self.word_lengths = np.array([len(t) for t in toks if _WORDISH.match(t)], float)


def labbe(a: Counter, b: Counter, keep=None) -> float:
    if keep is not None:
        a = Counter({k: v for k, v in a.items() if keep(k)})
        b = Counter({k: v for k, v in b.items() if keep(k)})
    na, nb = sum(a.values()), sum(b.values())
    if na == 0 or nb == 0:
        return 1.0
    if na > nb:
        a, b, na, nb = b, a, nb, na
    u = na / nb
    total = sum(abs(a.get(k, 0) - u * b.get(k, 0)) for k in a.keys() | b.keys())
    return total / (na + u * nb)


def ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="mergesort")
    r = np.empty(len(x))
    sx = x[order]
    i = 0
    while i < len(sx):
        j = i
        while j + 1 < len(sx) and sx[j + 1] == sx[i]:
            j += 1
        r[order[i : j + 1]] = (i + j) / 2
        i = j + 1
    return r


def spearman_d(a: np.ndarray, b: np.ndarray) -> float:
    ra, rb = ranks(a), ranks(b)
    ra, rb = ra - ra.mean(), rb - rb.mean()
    den = np.sqrt((ra @ ra) * (rb @ rb))
    return 1.0 if den == 0 else float(1 - ra @ rb / den)


def kendall_d(a: np.ndarray, b: np.ndarray) -> float:
    sa = np.sign(a[:, None] - a[None, :])
    sb = np.sign(b[:, None] - b[None, :])
    den = np.sqrt((sa * sa).sum() * (sb * sb).sum())
    return 1.0 if den == 0 else float(1 - (sa * sb).sum() / den)


def ks_w1(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if len(x) == 0 or len(y) == 0:
        return 1.0, 50.0
    grid = np.union1d(x, y)
    fx = np.searchsorted(np.sort(x), grid, side="right") / len(x)
    fy = np.searchsorted(np.sort(y), grid, side="right") / len(y)
    diff = np.abs(fx - fy)
    return float(diff.max()), float((diff[:-1] * np.diff(grid)).sum())


class SkelRef:
    """Reference statistics of a skeleton n-gram block from the kept books (the rules of
    harness.Ref: features by median book rate, author-balanced mean and SD over chunks)."""

    def __init__(self, n: int, book_extra: dict, chunk_extra: dict, authors: dict, kept: list[str]):
        self.n = n
        rates = [{g: c * 1000.0 / book_extra[b].skel_tot[n] for g, c in book_extra[b].skel[n].items()}
                 for b in kept]
        grams = sorted(set().union(*rates))
        med = np.median(np.array([[r.get(g, 0.0) for g in grams] for r in rates]), axis=0)
        order = sorted(range(len(grams)), key=lambda i: (-med[i], grams[i]))[:N_SKEL]
        self.feats = [grams[i] for i in order]
        by_author: dict[str, list] = {}
        for b in kept:
            for ex in chunk_extra[b]:
                by_author.setdefault(authors[b], []).append(self.vec(ex))
        am = np.array([np.mean(x, axis=0) for x in by_author.values()])
        within = np.mean([np.var(x, axis=0) for x in by_author.values()], axis=0)
        sd = np.sqrt(within + am.var(axis=0))
        self.mean, self.sd = am.mean(axis=0), np.where(sd > 1e-9, sd, 1e-9)

    def vec(self, ex: Extra) -> np.ndarray:
        c = ex.skel[self.n]
        return np.array([c.get(g, 0) for g in self.feats], float) * 1000.0 / ex.skel_tot[self.n]

    def z(self, ex: Extra) -> np.ndarray:
        return np.clip((self.vec(ex) - self.mean) / self.sd, -3, 3)


BLOCKS = ("shipped", "shipped_ref+V", "fw", "c3", "vocab", "style2",
          "labbe_all", "labbe_words", "labbe_content", "labbe_fwp",
          "skel2", "skel3", "skel4", "style_skel2+V", "style_skel3+V", "style_skel4+V",
          "spearman_raw", "spearman_z", "kendall_raw", "kendall_z",
          "sent_ks", "sent_w1", "wlen_ks", "wlen_w1")


def collect(seed: int, n_pairs: int) -> None:
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
    book_extra = {s: Extra(book_units[s].norm) for s in novels}
    chunks, chunk_extra = {}, {}
    for s in novels:
        w = tokens[s]
        n = len(w) // 2000
        ks = sorted(set(np.linspace(0, n - 1, min(n, 40)).astype(int))) if n else []
        chunks[s] = [Unit(" ".join(w[k * 2000 : (k + 1) * 2000]), variants, keeps) for k in ks]
        chunk_extra[s] = [Extra(u.norm) for u in chunks[s]]
    dfs = {s: book_df(t) for s, (_a, t) in novels.items()}
    print(f"prepared in {time.time() - t0:.0f} s", flush=True)
    refs: dict = {}

    def ref_without(excl: frozenset) -> tuple:
        if excl not in refs:
            kept = [s for s in novels if s not in excl]
            refs[excl] = (Ref(book_units, chunks, authors, kept, variants),
                          vocabulary_from([dfs[s] for s in kept], weight=VOCAB_WEIGHT),
                          {n: SkelRef(n, book_extra, chunk_extra, authors, kept) for n in (2, 3, 4)})
        return refs[excl]

    rng = random.Random(seed)
    size = 500
    pool = []
    for a in CANDS:
        for s in books[a]:
            w = tokens[s]
            starts = shuffled_starts(len(w), size, rng)
            for st in starts[:40]:
                u = Unit(" ".join(w[st : st + size]), variants, keeps)
                pool.append((a, s, st // 10_000, u, Extra(u.norm)))
    pick = random.Random(seed + 1)
    fw_index = set(FW)
    out: dict[str, list] = {k: [] for k in BLOCKS + ("same", "proto")}
    for proto in ("books", "stretches"):
        n = 0
        while n < n_pairs:
            (a1, s1, k1, u1, e1), (a2, s2, k2, u2, e2) = rng.sample(pool, 2)
            if (proto == "books" and s1 == s2) or (proto == "stretches" and (s1, k1) == (s2, k2)):
                continue
            n += 1
            b2 = a2 if a1 != a2 else pick.choice([c for c in CANDS if c != a1])
            ref, vocab, skel = ref_without(frozenset(s for a in (a1, b2) for s in books[a]))
            z1, z2 = ref.z(u1, "fw"), ref.z(u2, "fw")
            d = {"fw": cosd(z1, z2), "c3": cosd(ref.z(u1, "c3"), ref.z(u2, "c3"))}
            d["vocab"] = 1 - F.vocabulary_similarity(F.tfidf(u1.content, vocab), F.tfidf(u2.content, vocab))
            d["style2"] = (d["fw"] + d["c3"]) / 2
            d["shipped"] = (2 * d["style2"] + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)
            d["shipped_ref+V"] = (2 * F.cosine_delta(u1.shipped, u2.shipped) + VOCAB_WEIGHT * d["vocab"]) / (
                2 + VOCAB_WEIGHT)
            d["labbe_all"] = labbe(e1.tokens, e2.tokens)
            d["labbe_words"] = labbe(e1.tokens, e2.tokens, lambda t: t not in _PUNCT)
            d["labbe_content"] = labbe(e1.tokens, e2.tokens, lambda t: t not in _PUNCT and t not in fw_index)
            d["labbe_fwp"] = labbe(e1.tokens, e2.tokens, lambda t: t in _PUNCT or t in fw_index)
            for ng in (2, 3, 4):
                d[f"skel{ng}"] = cosd(skel[ng].z(e1), skel[ng].z(e2))
                style3 = (d["fw"] + d["c3"] + d[f"skel{ng}"]) / 3
                d[f"style_skel{ng}+V"] = (2 * style3 + VOCAB_WEIGHT * d["vocab"]) / (2 + VOCAB_WEIGHT)
            r1, r2 = u1.fw / max(u1.words, 1), u2.fw / max(u2.words, 1)
            d["spearman_raw"], d["kendall_raw"] = spearman_d(r1, r2), kendall_d(r1, r2)
            d["spearman_z"], d["kendall_z"] = spearman_d(z1, z2), kendall_d(z1, z2)
            d["sent_ks"], d["sent_w1"] = ks_w1(e1.sent_lengths, e2.sent_lengths)
            d["wlen_ks"], d["wlen_w1"] = ks_w1(e1.word_lengths, e2.word_lengths)
            for k in BLOCKS:
                out[k].append(d[k])
            out["same"].append(a1 == a2)
            out["proto"].append(proto)
        print(f"{proto}: {n} pairs at {time.time() - t0:.0f} s", flush=True)
    path = OUT / f"sty15_pairs_{seed}.npz"
    np.savez(path, **{k: np.array(v) for k, v in out.items()})
    for proto in ("books", "stretches"):
        sel = np.array(out["proto"]) == proto
        same = np.array(out["same"])[sel]
        print(f"pairs 500 words, different {proto} (seed {seed}, {sel.sum()} pairs; AUC of -distance):")
        for k in BLOCKS:
            v = -np.array(out[k])[sel]
            print(f"  {k:>16}: {auc(v[same], v[~same]):.3f}")
    print(f"wrote {path}; done in {time.time() - t0:.0f} s")


def load(seed: int) -> dict:
    with np.load(OUT / f"sty15_pairs_{seed}.npz") as f:
        data = {k: f[k] for k in f.files}
    for ng in (2, 3, 4):  # the skeleton block instead of the 3-gram block
        style = (data["fw"] + data[f"skel{ng}"]) / 2
        data[f"fw_skel{ng}+V"] = (2 * style + VOCAB_WEIGHT * data["vocab"]) / (2 + VOCAB_WEIGHT)
    return data


def aucs(data: dict, score: np.ndarray) -> dict:
    res = {}
    for proto in ("books", "stretches"):
        sel = data["proto"] == proto
        same = data["same"][sel]
        s = score[sel]
        res[proto] = auc(s[same], s[~same])
    return res


def choose(tune: list[int], held: list[int]) -> None:
    tdata = {s: load(s) for s in tune}
    hdata = {s: load(s) for s in held}
    keys = [k for k in tdata[tune[0]] if k not in ("same", "proto")]
    cands = [k for k in keys if k not in ("shipped", "shipped_ref+V", "fw", "c3", "vocab", "style2")]
    allt = {k: np.concatenate([tdata[s][k] for s in tune]) for k in keys}
    norm = {k: (allt[k].mean(), allt[k].std() or 1.0) for k in keys}

    def score(data: dict, weights: dict) -> np.ndarray:
        return -sum(w * (data[k] - norm[k][0]) / norm[k][1] for k, w in weights.items())

    def fast_mean(datas: dict, weights: dict) -> float:
        return float(np.mean([fast_auc(d["same"][d["proto"] == p], score(d, weights)[d["proto"] == p])
                              for d in datas.values() for p in ("books", "stretches")]))

    def row(name: str, weights: dict) -> None:
        t = [aucs(tdata[s], score(tdata[s], weights)) for s in tune]
        h = [aucs(hdata[s], score(hdata[s], weights)) for s in held]
        fmt = lambda rs, p: " / ".join(f"{r[p]:.3f}" for r in rs)  # noqa: E731
        mt = np.mean([r[p] for r in t for p in r])
        print(f"| {name} | {fmt(t, 'books')} | {fmt(t, 'stretches')} | {mt:.3f} | "
              f"{fmt(h, 'books')} | {fmt(h, 'stretches')} |")

    print("| score | tuning books | tuning stretches | tuning mean | held-out books | held-out stretches |")
    print("| --- | --- | --- | ---: | --- | --- |")
    row("shipped distance (held-out reference)", {"shipped": 1.0})
    for k in cands:
        row(f"{k} alone", {k: 1.0})
    grid = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0]
    best_single = {}
    for k in cands:
        for sign in (1.0, -1.0):
            for w in grid:
                m = fast_mean(tdata, {"shipped": 1.0, k: sign * w})
                if k not in best_single or m > best_single[k][0]:
                    best_single[k] = (m, sign * w)
    for k in cands:
        w = best_single[k][1]
        row(f"shipped {w:+.2f} {k} (weight from tuning)", {"shipped": 1.0, k: w})
    greedy(tdata, cands, grid, score, row, "greedy on tuning")
    # The same selection on the held-out seeds themselves: in-sample, an upper bound only.
    greedy(hdata, cands, grid, score, row, "upper bound, chosen on the held-out seeds")


def fast_auc(same: np.ndarray, score: np.ndarray) -> float:
    """AUC by ranks (ties broken arbitrarily: only used to choose weights of continuous scores)."""
    r = np.empty(len(score))
    r[np.argsort(score, kind="mergesort")] = np.arange(1, len(score) + 1)
    n1 = same.sum()
    return float((r[same].sum() - n1 * (n1 + 1) / 2) / (n1 * (len(score) - n1)))


def greedy(datas: dict, cands: list, grid: list, score, row, label: str) -> None:
    """Forward selection of up to four added blocks on ``datas`` (mean AUC, both protocols)."""
    def mean_auc(weights: dict) -> float:
        vals = []
        for data in datas.values():
            sc = score(data, weights)
            for proto in ("books", "stretches"):
                sel = data["proto"] == proto
                vals.append(fast_auc(data["same"][sel], sc[sel]))
        return float(np.mean(vals))

    weights = {"shipped": 1.0}
    current = mean_auc(weights)
    for _step in range(4):
        best = None
        for k in cands:
            if k in weights:
                continue
            for sign in (1.0, -1.0):
                for w in grid:
                    m = mean_auc(weights | {k: sign * w})
                    if best is None or m > best[0]:
                        best = (m, k, sign * w)
        if best is None or best[0] <= current + 0.001:
            break
        current = best[0]
        weights[best[1]] = best[2]
        row(f"{label}: shipped " + " ".join(f"{w:+.2f} {k}" for k, w in weights.items() if k != "shipped"),
            dict(weights))


if __name__ == "__main__":
    if sys.argv[1] == "collect":
        collect(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 2000)
    else:
        choose([int(x) for x in sys.argv[2].split(",")], [int(x) for x in sys.argv[3].split(",")])

"""Per-chunk candidate profiles and per-candidate normalisation for attribution
(docs/style.md, "Tried on 2026-11-29: per-chunk profiles and per-candidate normalisation").

    python tests/benchmarks/style_variants/known_chunks.py collect SEED [OUT.pkl]
    python tests/benchmarks/style_variants/known_chunks.py choose TUNING_SEEDS HELD_OUT_SEEDS

``collect`` replays bench_style.py's cross-work attribution of 2,000-word passages on
its passage draw (``--seed SEED``; the same passages, the rarity table rebuilt without
the test book) and stores, per passage and candidate, the terms of the pooled known
profile (style distance, vocabulary similarity, character-model cross-entropy) and of
each known chunk (per book of origin, per 2-8 contiguous chunks), plus per test book
the normalisation material (two 2,000-word windows of each quarter of every known text
against the other three quarters; the other candidates' windows against each
candidate; the shipped self_mean). About 5 minutes a sample with OMP_NUM_THREADS=1.
The scores are computed with the ranking as it was before ``self_weight`` (the
``shipped`` column reproduces it: 201/209 on seed 7). ``choose`` picks the best
setting of each family on the tuning samples and reports it on the held-out ones.
Nothing here is run by the test suite.
"""
from __future__ import annotations

import math
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_style_reference import book_df, vocabulary_from  # noqa: E402
from novels import load_novels, shuffled_starts  # noqa: E402

from nymaudit.style import features as F  # noqa: E402
from nymaudit.style import linkage as L  # noqa: E402
from nymaudit.style.text import corpus_from_texts  # noqa: E402

PEN = ("currerbell_-_villette", "janedoe_-_sense_and_sensibility")
CANDS = ("austen", "bronte", "carroll", "conan_doyle", "dickens")
SIZES = (500, 1000, 2000, 5000, 10000, 20000)  # bench_style's draw order
KNOWN = 20_000
SIZE = 2000
VW, LMW = 8.0, 0.08  # the shipped vocabulary weight and character-model weight


def default_out(seed: int) -> Path:
    return Path(f"/tmp/known_chunks_{seed}.pkl")


# --- collect ---------------------------------------------------------------------------

def collect(seed: int, out: Path) -> None:
    t0 = time.time()
    novels = load_novels()
    tokens = {s: t.split() for s, (_a, t) in novels.items()}
    books: dict[str, list[str]] = {}
    for s, (a, _t) in novels.items():
        if s not in PEN:
            books.setdefault(a, []).append(s)
    book_dfs = {s: book_df(t) for s, (_a, t) in novels.items() if s not in PEN}

    def prep(label: str, words: list[str]) -> L.Side:
        return L.prepare(label, corpus_from_texts([(label, " ".join(words))]))

    def spread_pieces(stems: list[str]) -> list[tuple[str, list[str]]]:
        # bench_style.spread_sample, keeping each 250-word piece's book
        pieces = [(s, tokens[s][i : i + 250]) for s in stems for i in range(0, len(tokens[s]) - 249, 250)]
        need = KNOWN // 250
        step = len(pieces) / need
        return [pieces[int(k * step)] for k in range(need)]

    class Known:
        def __init__(self, author: str, exclude: str | None) -> None:
            stems = books[author]
            if len(stems) == 1:
                w = tokens[stems[0]][:KNOWN]
                pieces = [(stems[0], w[i : i + 250]) for i in range(0, KNOWN, 250)]
            else:
                pieces = spread_pieces([s for s in stems if s != exclude])
            self.side = prep(author, [x for _s, p in pieces for x in p])
            self.model = self.side.char_model()
            selfs = L.self_distances(self.side, SIZE // 250)
            self.self_mean = sum(selfs) / len(selfs)
            order: list[str] = []
            for s, _p in pieces:
                if s not in order:
                    order.append(s)
            n = len(pieces)
            groups = {"book": [[i for i, (s, _p) in enumerate(pieces) if s == b] for b in order]}
            for k in (2, 3, 4, 5, 8):
                groups[f"c{k}"] = [list(range(j * n // k, (j + 1) * n // k)) for j in range(k)]
            self.chunk = {}
            for g, idxs in groups.items():
                sides = []
                for ix in idxs:
                    sd = prep(author, [x for i in ix for x in pieces[i][1]])
                    sides.append((sd, sd.char_model(), len(ix) * 250))
                self.chunk[g] = sides
            # two 2,000-word windows (alternate pieces) of each quarter against the other three
            self.held = []
            for ix in groups["c4"]:
                rest = prep(author, [x for i in range(n) if i not in set(ix) for x in pieces[i][1]])
                rest_model = rest.char_model()
                for off in (0, 1):
                    win = prep("w", [x for i in ix[off::2][:8] for x in pieces[i][1]])
                    self.held.append((win, rest, rest_model))

    knowns: dict[tuple[str, str | None], Known] = {}

    def known(author: str, exclude: str | None) -> Known:
        if (author, exclude) not in knowns:
            knowns[(author, exclude)] = Known(author, exclude)
        return knowns[(author, exclude)]

    def terms(p: L.Side, k_side: L.Side, k_model: F.CharModel, vocab: F.Vocabulary) -> tuple:
        return (F.cosine_delta(p.profile, k_side.profile),
                F.vocabulary_similarity(p.vector(vocab), k_side.vector(vocab)),
                p.cross_entropy(k_model))

    rng = random.Random(seed)
    rows: list[dict] = []
    for author in CANDS:
        for stem in books[author]:
            single = len(books[author]) == 1
            test = tokens[stem][KNOWN:] if single else tokens[stem]
            vocab = vocabulary_from([d for s, d in book_dfs.items() if s != stem])
            F.set_vocabulary(vocab)
            ks = {c: known(c, stem if c == author else None) for c in CANDS}
            norm = {c: {"self": [terms(w, r, m, vocab) for w, r, m in ks[c].held],
                        "others": [terms(w, ks[c].side, ks[c].model, vocab)
                                   for d in CANDS if d != c for w, _r, _m in ks[d].held],
                        "self_mean": ks[c].self_mean} for c in CANDS}
            for size in SIZES:
                starts = shuffled_starts(len(test), size, rng)
                if size != SIZE:
                    continue
                for st in starts[: 16 * (2 if single else 1)]:
                    p = prep("p", test[st : st + SIZE])
                    rows.append({
                        "author": author, "book": stem, "start": st,
                        "pooled": {c: terms(p, ks[c].side, ks[c].model, vocab) for c in CANDS},
                        "chunks": {c: {g: [terms(p, sd, m, vocab) + (n,) for sd, m, n in ks[c].chunk[g]]
                                       for g in ks[c].chunk} for c in CANDS}})
            rows.append({"norm_for": stem, "norm": norm})
            print(stem, f"{time.time() - t0:.0f} s", flush=True)
    with out.open("wb") as fh:
        pickle.dump(rows, fh)


# --- score -----------------------------------------------------------------------------

def comb(style: float, vs: float, vw: float = VW) -> float:
    return (2 * style + vw * (1 - vs)) / (2 + vw)


def agg(vals: list[float], how: str) -> float:
    arr = np.asarray(vals, float)
    if how == "min":
        return float(arr.min())
    if how == "mean":
        return float(arr.mean())
    tau = float(how[4:])  # "softT": soft minimum at temperature T
    m = arr.min()
    return float(m - tau * math.log(np.mean(np.exp(-(arr - m) / tau))))


def score_row(r: dict, norm: dict, v: dict) -> dict[str, float]:
    """Ranking scores of one passage under variant ``v`` (lower ranks first)."""
    g, how, apply = v.get("group"), v.get("how", "min"), v.get("apply", "both")
    out, xe = {}, {}
    for c in CANDS:
        st, vs, x = r["pooled"][c]
        d = None
        if g:
            ch = r["chunks"][c][g]
            if apply in ("style", "both"):
                st = agg([t[0] for t in ch], how)
            if apply in ("vocab", "both"):
                vs = -agg([-t[1] for t in ch], how)
            if apply == "comb":
                d = agg([comb(t[0], t[1]) for t in ch], how)
            if v.get("char_chunks"):
                x = agg([t[2] for t in ch], how)
        out[c] = comb(st, vs) if d is None else d
        xe[c] = x
    nz = v.get("norm")
    if nz:  # centring of terms by the candidate's own quarters ("self") or others' windows
        for c in CANDS:
            src = norm[c][nz["src"]]
            st, vs, x = r["pooled"][c]
            if "style" in nz["terms"]:
                st = st - nz.get("k", 1.0) * float(np.mean([t[0] for t in src]))
            if "vocab" in nz["terms"]:
                vs = vs - float(np.mean([t[1] for t in src]))
            out[c] = comb(st, vs)
            if "char" in nz["terms"]:
                xe[c] = x - float(np.mean([t[2] for t in src]))
    zn = v.get("zn")
    if zn:  # every term z-scored per candidate
        for c in CANDS:
            src = np.array(norm[c][zn["src"]])
            mu, sd = src.mean(axis=0), src.std(axis=0) + 1e-9
            st, vs, x = r["pooled"][c]
            w = zn["w"]
            out[c] = w[0] * (st - mu[0]) / sd[0] - w[1] * (vs - mu[1]) / sd[1] + w[2] * (x - mu[2]) / sd[2]
        if not zn.get("plus_shipped_char"):
            return out
        m = float(np.mean(list(xe.values())))
        return {c: out[c] + zn["plus_shipped_char"] * (xe[c] - m) for c in CANDS}
    if v.get("selfship") is not None:  # minus k x 0.2 x the shipped self_mean
        for c in CANDS:
            out[c] -= v["selfship"] * 0.2 * norm[c]["self_mean"]
    m = float(np.mean(list(xe.values())))
    return {c: out[c] + LMW * (xe[c] - m) for c in CANDS}


def families() -> dict[str, dict[str, dict]]:
    fam: dict[str, dict[str, dict]] = {}
    for g in ("book", "c2", "c3", "c4", "c5", "c8"):
        for how in ("min", "soft0.01", "soft0.03", "mean"):
            for ap in ("style", "vocab", "both", "comb"):
                fam.setdefault("profiles per known chunk", {})[f"{g}/{how}/{ap}"] = {
                    "group": g, "how": how, "apply": ap}
            fam.setdefault("character model per known chunk", {})[f"{g}/{how}/char"] = {
                "group": g, "how": how, "apply": "none", "char_chunks": True}
            fam.setdefault("everything per known chunk", {})[f"{g}/{how}/both+char"] = {
                "group": g, "how": how, "apply": "both", "char_chunks": True}
    for src in ("self", "others"):
        for terms in (("char",), ("style",), ("vocab",), ("style", "vocab"), ("style", "vocab", "char")):
            fam.setdefault("centring by own quarters / others' windows", {})[
                f"center-{src}-{'+'.join(terms)}"] = {"norm": {"src": src, "terms": terms}}
        for wv in (1, 2, 4):
            for wc in (0, 0.5, 1, 2):
                fam.setdefault("z-scores per candidate", {})[f"zn-{src}-v{wv}-c{wc}"] = {
                    "zn": {"src": src, "w": (1, wv, wc)}}
            for pc in (1, 3, 10):
                fam.setdefault("z-scores per candidate", {})[f"zn-{src}-v{wv}-char{pc}"] = {
                    "zn": {"src": src, "w": (1, wv, 0), "plus_shipped_char": pc}}
    for k in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0):
        fam.setdefault("minus k x 0.2 x the shipped self_mean", {})[f"selfship{k}"] = {"selfship": k}
    for k in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0):
        fam.setdefault("style minus k x its quarter self-distance", {})[f"quarters{k}"] = {
            "norm": {"src": "self", "terms": ("style",), "k": k}}
    return fam


def choose(tune: list[int], held: list[int]) -> None:
    data = {}
    for s in tune + held:
        with default_out(s).open("rb") as fh:
            rows = pickle.load(fh)
        data[s] = ([r for r in rows if "author" in r],
                   {r["norm_for"]: r["norm"] for r in rows if "norm_for" in r})

    def right(v: dict, s: int) -> list[bool]:
        rows, norms = data[s]
        return [min(CANDS, key=score_row(r, norms[r["book"]], v).get) == r["author"] for r in rows]

    def fmt(v: dict, seeds: list[int]) -> str:
        accs = [sum(x) / len(x) for x in (right(v, s) for s in seeds)]
        return f"mean {sum(accs) / len(accs):.3f} (" + " / ".join(f"{a:.3f}" for a in accs) + ")"

    def won_lost(v: dict, seeds: list[int]) -> tuple[int, int]:
        won = lost = 0
        for s in seeds:
            for a, b in zip(right(v, s), right({}, s), strict=True):
                won += a and not b
                lost += b and not a
        return won, lost

    print(f"before (shipped ranking without self_weight): tuning {fmt({}, tune)}; held out {fmt({}, held)}")
    for name, variants in families().items():
        best = max(variants, key=lambda k: sum(sum(right(variants[k], s)) for s in tune))
        v = variants[best]
        print(f"{name} ({len(variants)} variants): best on tuning {best}: {fmt(v, tune)}; "
              f"held out {fmt(v, held)}; won/lost held out {won_lost(v, held)}")


if __name__ == "__main__":
    if sys.argv[1] == "collect":
        s = int(sys.argv[2])
        collect(s, Path(sys.argv[3]) if len(sys.argv) > 3 else default_out(s))
    else:
        choose([int(x) for x in sys.argv[2].split(",")], [int(x) for x in sys.argv[3].split(",")])

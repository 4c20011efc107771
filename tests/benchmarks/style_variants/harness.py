"""Harness of exp.py (docs/style.md, "Tried on 2026-11-29"): text distortion
(Stamatatos 2017) and typed character n-grams (Sapkota et al. 2015) as the
character block of the style distance.

Held-out discipline: every reference statistic (feature list, mean, sd, kept-word list)
and the rarity table are rebuilt without the tested text: pairs -> without the pair's
two authors; attribution -> without the test book.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_style_reference import book_df, vocabulary_from  # noqa: E402, F401 - used by exp.py
from novels import load_novels, shuffled_starts  # noqa: E402, F401 - used by exp.py

from nymaudit.rules import load_file  # noqa: E402
from nymaudit.style import features as F  # noqa: E402

PEN = ("currerbell_-_villette", "janedoe_-_sense_and_sensibility")
CANDS = ("austen", "bronte", "carroll", "conan_doyle", "dickens")
FW = tuple(load_file("style")["function_words"]["words"])
FW_SET = set(FW)
FW_INDEX = {w: i for i, w in enumerate(FW)}
N_FEAT = int(os.environ.get("NFEAT", 1000))
VOCAB_WEIGHT = float(os.environ.get("VW", 8.0))
LM_WEIGHT = 0.08

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
_STAR = str.maketrans("abcdefghijklmnopqrstuvwxyz", "*" * 26)
_PUNCT = np.zeros(128, bool)
for ch in ".,;:!?'\"()-":
    _PUNCT[ord(ch)] = True
_LETTER = np.zeros(128, bool)
for ch in "abcdefghijklmnopqrstuvwxyz0*":
    _LETTER[ord(ch)] = True


def distort(norm: str, keep: frozenset, mode: str) -> str:
    if mode == "ma":
        return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else m.group(0).translate(_STAR), norm)
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else "*", norm)


def codes_of(s: str, n: int, typed: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Unique n-gram codes and counts (optionally typed: class in the high bits; only the
    kept classes)."""
    if len(s) < n:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    ch = np.frombuffer(s.encode("ascii"), np.uint8).astype(np.int64)
    m = len(ch) - n + 1
    codes = np.zeros(m, np.int64)
    for k in range(n):
        codes = codes * 128 + ch[k : k + m]
    if typed:
        p = _PUNCT[ch]
        let = _LETTER[ch]
        sp = ch == 32
        first, mid, last = p[:m], p[1 : 1 + m] if n == 3 else p[1:m + 1], p[n - 1 : n - 1 + m]
        # classes: 1 beg-punct 2 mid-punct 3 end-punct 4 space-prefix 5 space-suffix 6 multi-word
        # 7 prefix 8 suffix 9 whole-word 10 mid-word
        cls = np.zeros(m, np.int64)
        prev_let = np.concatenate([[False], let[: m - 1]])
        nxt = np.concatenate([let[n:], [False]])[:m]
        allp = np.zeros(m, bool)
        for k in range(n):
            allp |= p[k : k + m]
        midp = np.zeros(m, bool)
        for k in range(1, n - 1):
            midp |= p[k : k + m]
        cls[:] = 10
        allletters = np.ones(m, bool)
        for k in range(n):
            allletters &= let[k : k + m]
        anysp_mid = np.zeros(m, bool)
        for k in range(1, n - 1):
            anysp_mid |= sp[k : k + m]
        cls[allletters & ~prev_let & nxt] = 7
        cls[allletters & prev_let & ~nxt] = 8
        cls[allletters & ~prev_let & ~nxt] = 9
        cls[~allletters & anysp_mid] = 6
        cls[sp[n - 1 : n - 1 + m] & ~allp] = 5
        cls[sp[:m] & ~allp] = 4
        cls[~first & midp] = 2
        cls[last & ~first & ~midp] = 3
        cls[first] = 1
        del mid
        keep = {"affix_punct": (1, 2, 3, 4, 5, 7, 8), "affix": (4, 5, 7, 8), "punct": (1, 2, 3),
                "all": tuple(range(1, 11))}[typed]
        sel = np.isin(cls, keep)
        codes = codes[sel] + cls[sel] * (128 ** n)
    u, c = np.unique(codes, return_counts=True)
    return u, c


@cache
def variant_spec(name: str):
    # name -> (distortion mode or None, keep list name, n, typed)
    specs = {
        "c3": (None, None, 3, None),
        "dvma3": ("ma", "fw", 3, None), "dvma4": ("ma", "fw", 4, None), "dvma5": ("ma", "fw", 5, None),
        "dvsa3": ("sa", "fw", 3, None), "dvsa4": ("sa", "fw", 4, None),
        "t3": (None, None, 3, "affix_punct"), "t3all": (None, None, 3, "all"),
        "t4": (None, None, 4, "affix_punct"),
    }
    for k in (100, 200, 300):
        for n in (3, 4, 5):
            specs[f"dvma{n}_k{k}"] = ("ma", f"top{k}", n, None)
            specs[f"dvsa{n}_k{k}"] = ("sa", f"top{k}", n, None)
    return specs[name]


class Unit:
    """A text: function-word counts, word total, and n-gram code tables per variant."""

    def __init__(self, text: str, variants, keeps: dict):
        self.norm = F.normalise_for_ngrams(text)
        toks = _WORD.findall(self.norm)
        self.words = len(toks)
        self.wc = Counter(toks)
        self.fw = np.array([self.wc.get(w, 0) for w in FW], float)
        self.content = F.content_words(toks)
        self.grams: dict[str, tuple] = {}
        self.shipped = F.profile(F.segment_counts([text]))
        for v in variants:
            self.add(v, keeps)

    def add(self, v: str, keeps: dict):
        mode, keep, n, typed = variant_spec(v)
        s = self.norm if mode is None else distort(self.norm, keeps[keep], mode)
        u, c = codes_of(s, n, typed)
        self.grams[v] = (u, c, max(len(s) - n + 1, 1))


def rate_vec(unit: Unit, v: str, feats: np.ndarray) -> np.ndarray:
    u, c, tot = unit.grams[v]
    out = np.zeros(len(feats))
    if len(u):
        i = np.minimum(np.searchsorted(u, feats), len(u) - 1)
        hit = u[i] == feats
        out[hit] = c[i[hit]]
    return out * 1000.0 / tot


def fw_rates(unit: Unit) -> np.ndarray:
    return unit.fw * 1000.0 / max(unit.words, 1)


class Ref:
    """Reference statistics from a set of books (feature lists by median book rate,
    author-balanced mean and sd over 2,000-word chunks)."""

    def __init__(self, books_units: dict, chunks: dict, authors: dict, kept: list[str], variants):
        self.feats = {}
        self.stats = {}
        for v in variants:
            allc = np.unique(np.concatenate([books_units[b].grams[v][0] for b in kept]))
            mat = np.stack([rate_vec(books_units[b], v, allc) for b in kept])
            med = np.median(mat, axis=0)
            order = np.lexsort((allc, -med))[:N_FEAT]
            self.feats[v] = np.sort(allc[order])
        for v in ("fw",) + tuple(variants):
            by_author: dict[str, list] = {}
            for b in kept:
                for ch in chunks[b]:
                    vec = fw_rates(ch) if v == "fw" else rate_vec(ch, v, self.feats[v])
                    by_author.setdefault(authors[b], []).append(vec)
            am = np.array([np.mean(x, axis=0) for x in by_author.values()])
            within = np.mean([np.var(x, axis=0) for x in by_author.values()], axis=0)
            sd = np.sqrt(within + am.var(axis=0))
            self.stats[v] = (am.mean(axis=0), np.where(sd > 1e-9, sd, 1e-9))

    def z(self, unit: Unit, v: str) -> np.ndarray:
        vec = fw_rates(unit) if v == "fw" else rate_vec(unit, v, self.feats[v])
        m, s = self.stats[v]
        return np.clip((vec - m) / s, -3, 3)


def cosd(a, b):
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    if na == 0 or nb == 0:
        return 1.0
    return float(1 - a @ b / (na * nb))


def auc(pos, neg):
    pos, neg = np.asarray(pos, float), np.asarray(neg, float)
    allv = np.concatenate([pos, neg])
    order = np.argsort(allv, kind="mergesort")
    sv = allv[order]
    ranks = np.empty(len(allv))
    i = 0
    while i < len(sv):
        j = i
        while j + 1 < len(sv) and sv[j + 1] == sv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    r = ranks
    return float((r[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))

"""compare's probability with short known corpora (eleventh session, 2026-11-29).

bench_style's protocol across works (a passage of book T of author X against X known through
250-word pieces spread over X's *other* books; the other candidates through all their books),
but known corpora of 1,000-10,000 words and passages of 1,000-3,000 words, three passages a
book (six for one-book authors), five candidates: 384 same-writer pairs a known size over
three samples.

    python tests/benchmarks/style_variants/short_known.py gather SEED OUT.json   (3-4 minutes)
    python tests/benchmarks/style_variants/short_known.py report OUT.json ...
    python tests/benchmarks/style_variants/short_known.py gather SEED OUT.json 400,1000   (other sizes)

``report`` prints, per known size, the AUC and Brier of the shipped probability and of the
fitted curve's own value (``style_probability``), the share of same-writer pairs under the
low band (20%; ``[low_band]`` in heuristics/linkage.toml) with its likelihood ratio, and a
slope-only refit of the curve's logit on all but the last file, checked on the last one
(``[calibration] short_known_slope``). Figures in docs/style.md, "Red team of the eleventh
session". Since the twelfth session (2026-11-30) ``gather`` takes other known sizes (comma
separated) and ``report`` also prints the share of different-writer pairs at 20% or more (a
"possibly the same writer" or higher said about a stranger): the measurement behind
``[thresholds] min_measured_known_words`` (docs/style.md, "Twelfth session").
"""
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_style import CANDIDATES, KNOWN_WORDS, PEN_NAMES, auc, corpus, spread_sample  # noqa: E402
from novels import load_novels, shuffled_starts  # noqa: E402

from nymaudit.style import linkage as L  # noqa: E402

KNOWN_SIZES = (1000, 2500, 5000, 10000)
PASSAGE_SIZES = (1000, 2000, 3000)
PER_BOOK = 3


def gather(seed: int, out: str, known_sizes: tuple[int, ...] = KNOWN_SIZES) -> None:
    novels = load_novels()
    tokens = {s: t.split() for s, (_a, t) in novels.items()}
    books: dict[str, list[str]] = {}
    for stem, (author, _t) in novels.items():
        if stem not in PEN_NAMES:
            books.setdefault(author, []).append(stem)
    rng = random.Random(seed)
    rows = []
    for author in CANDIDATES:
        for stem in books[author]:
            single = len(books[author]) == 1
            test = tokens[stem][KNOWN_WORDS:] if single else tokens[stem]
            passages = {p: [L.prepare("p", corpus("p", test[s:s + p]))
                            for s in shuffled_starts(len(test), p, rng)[:PER_BOOK * (2 if single else 1)]]
                        for p in PASSAGE_SIZES}
            for k in known_sizes:
                knowns = {}
                for a in CANDIDATES:
                    own = books[a]
                    words = (tokens[own[0]][:k] if len(own) == 1
                             else spread_sample([tokens[x] for x in own if x != stem], k))
                    knowns[a] = L.prepare(a, corpus(a, words), segment_content=False)
                for p in PASSAGE_SIZES:
                    for side in passages[p]:
                        for a, known in knowns.items():
                            r = L.verify(side, known)
                            rows.append({"seed": seed, "K": k, "P": p, "same": a == author, "book": stem,
                                         "cand": a, "p": r["probability"], "curve": r["style_probability"],
                                         "in": r["in_domain"]})
            print(stem, len(rows), flush=True)
    Path(out).write_text(json.dumps(rows))


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _sig(x: float) -> float:
    return 1 / (1 + math.exp(-max(min(x, 40.0), -40.0)))


def report(files: list[str]) -> None:
    sets = [json.loads(Path(f).read_text()) for f in files]
    rows = [r for s in sets for r in s]
    for k in sorted({r["K"] for r in rows}):
        sel = [r for r in rows if r["K"] == k and r["p"] is not None]
        same = [r for r in sel if r["same"]]
        diff = [r for r in sel if not r["same"]]
        for key in ("curve", "p"):
            brier = sum((r[key] - r["same"]) ** 2 for r in sel) / len(sel)
            low_same = sum(r[key] < 0.2 for r in same) / len(same)
            low_diff = sum(r[key] < 0.2 for r in diff) / len(diff)
            print(f"known {k:>6} {key:>5}: AUC {auc([r[key] for r in same], [r[key] for r in diff]):.3f} "
                  f"Brier {brier:.4f}; same writer under 20%: {low_same:.3f} "
                  f"({sum(r[key] < 0.2 for r in same)}/{len(same)}), different writers {low_diff:.3f}, "
                  f"ratio {low_same / low_diff:.2f}; different writers at 20% or more: "
                  f"{sum(r[key] >= 0.2 for r in diff) / len(diff):.3f}, at 50% or more: "
                  f"{sum(r[key] >= 0.5 for r in diff) / len(diff):.3f}")
        if len(sets) >= 2:
            train = [r for s in sets[:-1] for r in s if r["K"] == k]
            test = [r for r in sets[-1] if r["K"] == k]

            def loss(b: float, items: list[dict]) -> float:
                return -sum(math.log(max(1e-12, _sig(b * _logit(r["curve"])) if r["same"]
                                         else 1 - _sig(b * _logit(r["curve"])))) for r in items)

            slope = min((loss(b / 1000, train), b / 1000) for b in range(500, 1200, 5))[1]
            before = sum((r["curve"] - r["same"]) ** 2 for r in test) / len(test)
            after = sum((_sig(slope * _logit(r["curve"])) - r["same"]) ** 2 for r in test) / len(test)
            print(f"    slope fitted on all but the last file {slope:.3f}; last file's Brier "
                  f"{before:.4f} -> {after:.4f}")


if __name__ == "__main__":
    if sys.argv[1] == "gather":
        sizes = tuple(int(k) for k in sys.argv[4].split(",")) if len(sys.argv) > 4 else KNOWN_SIZES
        gather(int(sys.argv[2]), sys.argv[3], sizes)
    else:
        report(sys.argv[2:])

"""Accuracy and speed of the text detectors (places, links, disclosures, watchlist).

Run by hand:  python tests/benchmarks/bench_text.py [--posts 100000] [--split all|dev|test]

Accuracy: tests/benchmarks/data/text_eval.jsonl holds hand-annotated posts
(``places``: the populated places named, as written; ``rules``: the PLACE002-008,
LINK and SELF rules a careful reader would raise). Precision and recall are
micro-averaged over (post, place) and (post, rule) pairs. The ``dev`` half was
used while tuning the word lists; the ``test`` posts were not tuned on (see
docs/text-signals.md for how they were used). ``--case lower`` (or ``upper``) scores
the same posts lower-cased (or in capitals), as people who type so would write them:
the places a careful reader finds stay the same, so recall falls where a name had no
cue before it (29 November 2026, seventh session).

Speed: the four detectors' ``detect`` over a corpus of N posts built by repeating
and recombining the evaluation texts, on this machine, single process; plus the
wall time of a fresh interpreter that loads everything and checks one short post.

``--line-mapped``: the same posts as if each were read from a line-based file (a
blog post, a .txt), so every text with a match builds its map back to file lines
(the worst case of that cost; archives have records, not lines, and build none).
``--big``: one 1,000,000-character Markdown draft (markup, entities, odd Unicode,
a place, a link and a disclosure every few lines) through the four detectors and
the contact detector in a fresh interpreter: wall time and peak resident memory.
``--tag-line``: the shape that made line lookups quadratic until 29 November 2026: a
tag over two lines (``Salut <span\nclass=x>``), then one 1,000,000-character line
with 300 towns each said to be home a few times (a location shown per statement).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.detectors import ScanContext  # noqa: E402
from nymaudit.model import Corpus, Origin, Post  # noqa: E402
from nymaudit.text import disclosure, links, places  # noqa: E402
from nymaudit.text.gazetteer import key_of  # noqa: E402
from nymaudit.text.normalize import normalize  # noqa: E402

DATA = ROOT / "tests" / "benchmarks" / "data" / "text_eval.jsonl"
SPOT_RULES = {
    "postcode": "PLACE004", "outward": "PLACE005", "zip": "PLACE006", "coordinates": "PLACE007",
    "what3words": "PLACE007", "street": "PLACE008", "street_residence": "PLACE008",
}


def predict(text: str) -> tuple[set[str], set[str]]:
    plain, _ = normalize(text)
    found_places: set[str] = set()
    rules: set[str] = set()
    for m in places.mentions(plain):
        if m.kind == "place":
            found_places.add(key_of(m.surface))
            if m.cue == "residence":
                rules.add("PLACE002")
        elif m.cue == "residence":
            rules.add("PLACE003")
    for s in places.spots(plain):
        rules.add(SPOT_RULES[s.kind])
    for _, hits in links.scan(plain):
        rules.update(h.rule_id for h in hits)
    rules.update(d.rule_id for d in disclosure.find(plain))
    return found_places, rules


def family(rule_id: str) -> str:
    return "place-rules" if rule_id.startswith("PLACE") else (
        "links" if rule_id.startswith("LINK") else "disclosures")


def accuracy(split: str, show_errors: bool, case: str = "as-written") -> dict[str, dict[str, float]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    if split != "all":
        rows = [r for r in rows if r["split"] == split]
    if case != "as-written":  # every post as a lower-case (or shouting) writer would type it
        rows = [{**r, "text": r["text"].lower() if case == "lower" else r["text"].upper()} for r in rows]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors: list[str] = []
    for row in rows:
        got_places, got_rules = predict(row["text"])
        want_places = {key_of(p) for p in row["places"]}
        for cat, got, want in (("places", got_places, want_places),):
            tp[cat] += len(got & want)
            fp[cat] += len(got - want)
            fn[cat] += len(want - got)
            if got != want:
                errors.append(f"{row['id']} places got={sorted(got)} want={sorted(want)}: "
                              f"{row['text']}")
        want_rules = set(row["rules"])
        for r in got_rules | want_rules:
            cats = (family(r), r)
            for c in cats:
                if r in got_rules and r in want_rules:
                    tp[c] += 1
                elif r in got_rules:
                    fp[c] += 1
                else:
                    fn[c] += 1
        if got_rules != want_rules:
            errors.append(f"{row['id']} rules got={sorted(got_rules)} want={sorted(want_rules)}: "
                          f"{row['text']}")
    result = {}
    for cat in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[cat] / (tp[cat] + fp[cat]) if tp[cat] + fp[cat] else float("nan")
        r = tp[cat] / (tp[cat] + fn[cat]) if tp[cat] + fn[cat] else float("nan")
        result[cat] = {"precision": p, "recall": r, "tp": tp[cat], "fp": fp[cat], "fn": fn[cat]}
    if show_errors:
        print("\n".join(errors))
    print(f"\n{len(rows)} posts (split: {split}, case: {case})")
    print(f"{'category':<14}{'precision':>10}{'recall':>8}{'tp':>6}{'fp':>5}{'fn':>5}")
    for cat in ["places", "place-rules", "links", "disclosures"] + sorted(
        c for c in result if c[:4] in ("PLAC", "LINK", "SELF")
    ):
        if cat in result:
            v = result[cat]
            print(f"{cat:<14}{v['precision']:>10.3f}{v['recall']:>8.3f}{v['tp']:>6}{v['fp']:>5}"
                  f"{v['fn']:>5}")
    return result


def synthetic_corpus(n: int, seed: int = 7, line_mapped: bool = False) -> Corpus:
    rows = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    # Code without line maps (the "before" of docs/benchmarks.md) has no Post.text_line.
    mapped = line_mapped and "text_line" in getattr(Post, "__dataclass_fields__", {})
    posts = []
    for i in range(n):
        k = rng.choice((1, 1, 1, 2, 3))
        text = ("\n" if line_mapped else " ").join(rng.choice(rows) for _ in range(k))
        if line_mapped:
            post = Post(str(i), start + timedelta(minutes=37 * i), text,
                        Origin(f"bench/post-{i}.md", f"post-{i}.md"))
            if mapped:
                post.text_line = (0, 5)
        else:
            post = Post(str(i), start + timedelta(minutes=37 * i), text,
                        Origin("bench/tweets.js", str(i)))
        posts.append(post)
    return Corpus(posts=posts)


# The part every one-draft case shares: run the text detectors once, print wall and CPU
# seconds, peak memory (MB) and the number of findings. No "%" in it (the cases are
# %-formatted with the source path).
MEASURE = r"""
ctx = ScanContext(Corpus(posts=[post]))
t0, c0 = time.perf_counter(), time.process_time()
found = sum(len(m.detect(ctx).findings) for m in (places, links, disclosure, watchlist, contact))
dt, dc = time.perf_counter() - t0, time.process_time() - c0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{dt:.2f} {dc:.2f} {rss:.0f} {found}")
"""

BIG_DRAFT = r"""
import random, resource, sys, time
sys.path.insert(0, %r)
from nymaudit.detectors import ScanContext, contact, disclosure, links, places, watchlist
from nymaudit.model import Corpus, Origin, Post
rng = random.Random(5)
pieces = ["We drove to Hebden Bridge again.", "I work as a nurse at the hospital.",
          "see [the doc](https://acme.sharepoint.com/sites/x?si=abcdefghijkl)", "fish &amp; chips",
          "caf\u00e9 \u2026 \ufb01ne", "> a quoted line", "```", "plain words  of a paragraph, nothing more",
          "mail me at jane.doe@example.org", "I\u2019m fine\u200b", "# Heading"]
if MARKUP:
    pieces += ["<b>bold</b> &amp; more", "<!-- a note -->", "<p>a paragraph</p>"]
lines = []
size = 0
while size < 1_000_000:
    line = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
    lines.append(line)
    size += len(line) + 1
text = "\n".join(lines)[:1_000_000]
post = Post("draft.md", None, text, Origin("_drafts/draft.md", "_drafts/draft.md"))
if "text_line" in getattr(Post, "__dataclass_fields__", {}):
    post.text_line = (0, 5)
""" + MEASURE


TAG_LINE = r"""
import random, resource, sys, time
sys.path.insert(0, %r)
from nymaudit.detectors import ScanContext, contact, disclosure, links, places, watchlist
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text.gazetteer import load
rng = random.Random(5)
# 300 towns: one-word ASCII names of places over 200,000 people, in key order.
towns = []
for row in load()._lines:
    parts = row.split("\t")
    if (len(parts) >= 9 and not set(parts[8]) & set("crw") and parts[1].isalpha()
            and parts[1].isascii() and int(parts[6] or 0) >= 200_000 and parts[1] not in towns):
        towns.append(parts[1])
towns = towns[:300]
pieces = ["plain words of a paragraph, nothing more.", "fish &amp; chips", "I work as a nurse.",
          "see https://example.org/a", "caf\u00e9 \u2026 fine"]
words = []
size = 0
while size < 1_000_000:
    word = f"I live in {rng.choice(towns)}." if rng.random() < 0.05 else rng.choice(pieces)
    words.append(word)
    size += len(word) + 1
text = "Salut <span\nclass=x>" + " ".join(words)[:1_000_000] + "\nEnd.\n"
post = Post("draft.md", None, text, Origin("_drafts/draft.md", "_drafts/draft.md"))
post.text_line = (0, 5)
""" + MEASURE


def _run_fresh(code: str, repeat: int, label: str) -> None:
    """Run a one-draft case ``repeat`` times, each in a fresh interpreter, and print
    its CPU and wall times and peak memory."""
    times, cpus, peaks = [], [], []
    found = "?"
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        dt, dc, rss, found = out.stdout.split()
        times.append(float(dt))
        cpus.append(float(dc))
        peaks.append(float(rss))
    print(f"{label} ({found} findings): CPU "
          f"{', '.join(f'{t:.2f}' for t in cpus)} s (median {sorted(cpus)[len(cpus) // 2]:.2f}); "
          f"wall {', '.join(f'{t:.2f}' for t in times)} s; "
          f"peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MB")


def tag_line(repeat: int = 3) -> None:
    """The long line after a tag over two lines, each run in a fresh interpreter."""
    _run_fresh(TAG_LINE % str(ROOT / "src"), repeat,
               "a tag over two lines, then one 1,000,000-character line")


def big_draft(repeat: int = 5) -> None:
    """One 1,000,000-character draft, each run in a fresh interpreter: Markdown, then
    Markdown with HTML on about every other line (markup makes the line map follow
    each normalising step)."""
    for markup in (False, True):
        kind = "Markdown with HTML" if markup else "Markdown"
        _run_fresh(f"MARKUP = {markup!r}\n" + BIG_DRAFT % str(ROOT / "src"), repeat,
                   f"one 1,000,000-character draft, {kind}")


def speed(n: int, line_mapped: bool = False) -> None:
    from nymaudit.detectors import disclosure as d_disc
    from nymaudit.detectors import links as d_links
    from nymaudit.detectors import places as d_places
    from nymaudit.detectors import watchlist as d_watch
    from nymaudit.text.watchlist import Watchlist

    corpus = synthetic_corpus(n, line_mapped=line_mapped)
    chars = sum(len(p.text) for p in corpus.posts)
    with tempfile.TemporaryDirectory() as tmp:
        wl = Watchlist()
        for term in ("Jane Doe", "Acme Corp", "Biscuit", "Acacia Avenue", "Horsforth",
                     "Leeds City Council", "Pepper", "Tranmere Rovers"):
            wl.add(term)
        path = Path(tmp) / "w.toml"
        wl.save(path)
        ctx = ScanContext(corpus, watchlist_path=str(path))
        total = cpu = 0.0
        print(f"\n{n} posts, {chars / 1e6:.1f} M characters"
              + (", each line-mapped" if line_mapped else ""))
        for name, mod in (("places", d_places), ("links", d_links),
                          ("disclosure", d_disc), ("watchlist", d_watch)):
            t0, c0 = time.perf_counter(), time.process_time()
            result = mod.detect(ctx)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            total += dt
            cpu += dc
            print(f"{name:<12}{dt:>7.2f} s wall {dc:>7.2f} s CPU  {len(result.findings):>4} findings")
        print(f"{'all':<12}{total:>7.2f} s wall {cpu:>7.2f} s CPU")
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from nymaudit.model import Corpus, Post, Origin\n"
        "from nymaudit.detectors import ScanContext\n"
        "from nymaudit.detectors import places, links, disclosure, watchlist\n"
        "c = Corpus(posts=[Post('1', None, 'Off to Leeds for work, see https://x.com/a?t=abcdefghij', "
        "Origin('draft.md'))])\n"
        "ctx = ScanContext(c)\n"
        "n = sum(len(m.detect(ctx).findings) for m in (places, links, disclosure, watchlist))\n"
        "print(n)\n"
    ).replace("%r", repr(str(ROOT / "src")))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    print(f"one short post, fresh interpreter: {time.perf_counter() - t0:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--split", default="all", choices=("all", "dev", "test"))
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--line-mapped", action="store_true",
                        help="posts as if read from line-based files (each match gets its line)")
    parser.add_argument("--big", action="store_true", help="time one 1,000,000-character draft")
    parser.add_argument("--tag-line", action="store_true",
                        help="time one 1,000,000-character line after a tag over two lines")
    parser.add_argument("--repeat", type=int, default=3, help="runs of --tag-line")
    parser.add_argument("--case", default="as-written", choices=("as-written", "lower", "upper"),
                        help="score the posts lower-cased or in capitals (the places they name stay)")
    args = parser.parse_args()
    if not args.no_accuracy:
        accuracy(args.split, args.errors, args.case)
    if not args.no_speed:
        speed(args.posts, args.line_mapped)
    if args.big:
        big_draft()
    if args.tag_line:
        tag_line(args.repeat)


if __name__ == "__main__":
    main()

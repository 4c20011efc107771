"""`watch check`'s streaming reader against the whole file normalised at once, as `check`
reads a draft (run by hand, never by pytest).

    python tests/benchmarks/bench_watch_stream.py [--html N] [--broken N] [--codecs N] [--seed S]
        [--watch-py PATH]

- ``--html N``: N one-line HTML/Markdown drafts of 60,000-250,000 characters (several
  60,000-character pieces each) built from `<img alt="...">` tags (some with a watched term
  inside the alt text, which normalisation drops), comments, Markdown links, entities,
  paragraphs and prose with watched terms (one written as ``Acme <b>Widgets</b> Ltd``);
- ``--broken N``: N such drafts with one space in eight made a line break (inside tags and
  comments too, and between the words of a term: a Markdown soft break);
- ``--codecs N``: N multi-line drafts (lines of 0-30,000 words, accents, emoji, U+010A and
  U+0A0D, whose UTF-16/32 forms hold a 0x0A byte) read as UTF-8 with and without a BOM
  and as UTF-16/32 LE/BE with a BOM.

A draft counts as differing when the terms `scan_stream` reports (with the line each starts
on, with repeats) are not those `matcher.find(normalize(text))` finds in the whole text, each
on the line `check` gives it (`LineMap`). Until 2026-11-29 (eighth session) the reference was
each line normalised alone, as `watch check` then read a draft. ``--watch-py`` loads another
copy of commands/watch.py (an older one, say) in place of the installed one. Defaults: 200,
100 and 60 drafts, seed 11.
"""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import io
import random
from collections import Counter
from typing import Any

from nymaudit.text.normalize import LineMap, normalize
from nymaudit.text.watchlist import Watchlist

WORDS = ["the", "a", "photo", "of", "view", "from", "kitchen", "window", "on", "grey", "morning", "we",
         "walked", "along", "canal", "today"]


def html_draft(rng: random.Random) -> str:
    def prose(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    parts: list[str] = []
    size, length = rng.randint(60_000, 250_000), 0
    while length < size:
        r = rng.random()
        if r < 0.25:
            alt = prose(rng.randint(1, 150)) + (" Horsforth " + prose(rng.randint(1, 150)) if r < 0.1 else "")
            unit = f'<img src="a.jpg" alt="{alt}">'
        elif r < 0.32:
            unit = f"<!-- {prose(rng.randint(1, 800))} -->"
        elif r < 0.40:
            unit = f"[{prose(rng.randint(1, 80))}](https://x.example/{rng.randint(0, 9)})"
        elif r < 0.45:
            unit = "Caf&eacute; &amp; " + prose(3)
        elif r < 0.50:
            unit = rng.choice(["Horsforth", "Acme Widgets Ltd", "Acme <b>Widgets</b> Ltd"])
        elif r < 0.53:
            unit = "<p>" + prose(5) + "</p>"
        else:
            unit = prose(rng.randint(1, 40))
        parts.append(unit)
        length += len(unit) + 1
    return " ".join(parts)


def coded_draft(rng: random.Random) -> str:
    vocab = ["Ċ", "\u0a0d", "the", "café", "naïve", "Horsforth", "Zürich", "Straße", "😀", "word", "\r", "x"]
    lines = [" ".join(rng.choice(vocab) for _ in range(rng.choice([0, 3, 50, 30_000])))
             for _ in range(rng.randint(1, 6))]
    return "\n".join(lines) + rng.choice(["", "\n"])


def broken(rng: random.Random, text: str) -> str:
    return "".join(ch if ch != " " or rng.random() > 0.125 else "\n" for ch in text)


def expected(matcher: Any, text: str) -> Counter[tuple[int, str]]:
    """What `check` finds in the whole text, with the line it gives each match."""
    normal = normalize(text)[0]
    line_map = LineMap.build(text, normal)
    assert line_map is not None
    return Counter((line_map.line(m.start) or 0, m.hint) for m in matcher.find(normal))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--html", type=int, default=200)
    parser.add_argument("--broken", type=int, default=100)
    parser.add_argument("--codecs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--watch-py")
    args = parser.parse_args()
    if args.watch_py:
        spec = importlib.util.spec_from_file_location("watch_under_test", args.watch_py)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        scan_stream = module.scan_stream
    else:
        from nymaudit.commands.watch import scan_stream
    wl = Watchlist()
    for term in ("Horsforth", "Acme Widgets Ltd", "Zürich Straße"):
        wl.add(term)
    matcher = wl.matcher()
    rng = random.Random(args.seed)

    differ = missed = extra = 0
    for _ in range(args.html):
        text = html_draft(rng) + "\n"
        want = expected(matcher, text)
        got = Counter((n, m.hint) for n, m in scan_stream(io.BytesIO(text.encode()), matcher))
        differ += want != got
        missed += (want - got).total()
        extra += (got - want).total()
    print(f"html drafts: {args.html}, differ {differ}, terms missed {missed}, extra {extra}")

    differ = missed = extra = 0
    for _ in range(args.broken):
        text = broken(rng, html_draft(rng)) + "\n"
        want = expected(matcher, text)
        got = Counter((n, m.hint) for n, m in scan_stream(io.BytesIO(text.encode()), matcher))
        differ += want != got
        missed += (want - got).total()
        extra += (got - want).total()
    print(f"html drafts with line breaks: {args.broken}, differ {differ}, terms missed {missed}, "
          f"extra {extra}")

    boms = (("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
            ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
            ("utf-32-be", codecs.BOM_UTF32_BE))
    bad: Counter[str] = Counter()
    for _ in range(args.codecs):
        text = coded_draft(rng)
        want = expected(matcher, text)
        for codec, bom in boms:
            found = scan_stream(io.BytesIO(bom + text.encode(codec)), matcher)
            bad[codec + ("+BOM" if bom else "")] += Counter((n, m.hint) for n, m in found) != want
    print(f"multi-line drafts: {args.codecs} x {len(boms)} encodings, differ: "
          + ", ".join(f"{k} {v}" for k, v in bad.items()))


if __name__ == "__main__":
    main()

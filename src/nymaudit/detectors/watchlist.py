"""Posts that contain a term of the writer's private watchlist (WATCH001). Findings
show the post and the term's reference or user-chosen label, never the term."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from nymaudit.detectors import ScanContext
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule
from nymaudit.text.normalize import SNIPPET_CHARS, corpus_texts
from nymaudit.text.tally import Tally, where
from nymaudit.text.watchlist import Watchlist, WatchlistError, default_path


def detect(ctx: ScanContext) -> DetectorResult:
    if ctx.watchlist_path:
        path = Path(ctx.watchlist_path).expanduser()
    else:
        path = default_path()
        if not path.is_file():
            return DetectorResult()  # no watchlist: nothing to do, nothing to say
    try:
        wl = Watchlist.load(path)
    except WatchlistError as exc:
        return DetectorResult(findings=[rule("WATCH002").finding(
            f"Watchlist not used: {exc}", "", Origin(str(path)),
        )])
    if not len(wl):
        return DetectorResult()
    try:
        return DetectorResult(findings=scan(wl, ctx))
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        return DetectorResult(findings=[rule("WATCH002").finding(
            f"Watchlist check stopped: {exc}", "", Origin(str(path)),
        )])


def masked_snippet(text: str, start: int, end: int, hint: str) -> str:
    """A snippet around the match with the matched words replaced by the hint."""
    token = f"[{hint}]"
    pad = max(0, (SNIPPET_CHARS - len(token)) // 2)
    before = text[max(0, start - pad) : start].replace("\n", " ")
    after = text[end : end + pad].replace("\n", " ")
    return ("…" if start > pad else "") + before + token + after + (
        "…" if end + pad < len(text) else "")


def scan(wl: Watchlist, ctx: ScanContext) -> list[Finding]:
    matcher = wl.matcher()
    tally = Tally()
    for item in corpus_texts(ctx.corpus):
        matches = matcher.find(item.text)
        for m in matches:
            # Other watched terms in the same snippet are masked too.
            text = item.text
            for other in sorted(matches, key=lambda o: -o.start):
                if other is not m:
                    text = text[: other.start] + "█" * (other.end - other.start) + text[other.end:]
            tally.add("WATCH001", m.hash, m.hint, masked_snippet(text, m.start, m.end, m.hint),
                      partial(item.at, m.start))
    findings = []
    for fact in tally.facts():
        findings.append(rule("WATCH001").finding(
            f"Watched term {fact.value} appears {fact.count} "
            f"{'time' if fact.count == 1 else 'times'}: {where(fact.locations, fact.count, 'match')}.",
            fact.evidence, fact.location, clue_value=f"watched term {fact.value}",
        ))
    return findings

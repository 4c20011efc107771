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


# What a post in someone else's words is, as a message names it.
_RETWEET = "a retweet"
_COMMENT = "a comment by another person"
_THEIRS = "someone else's words"


def _theirs(ctx: ScanContext) -> dict[int, str]:
    """What each post in someone else's words is, by its origin's identity (a Text carries its
    post's origin): a retweet, a reviewer's comment in a Word or RTF file."""
    kinds: dict[int, str] = {}
    for post in getattr(ctx.corpus, "posts", []):
        if getattr(post, "authored", True):
            continue
        extra = post.extra if isinstance(post.extra, dict) else {}
        kinds[id(post.origin)] = _RETWEET if extra.get("retweet") else _COMMENT if extra.get(
            "by_other") else _THEIRS
    return kinds


def _theirs_said(kinds: dict[str, int], count: int) -> str:
    """The sentence saying how many matches are in someone else's words, and what to do there."""
    total = sum(kinds.values())
    if not total:
        return ""
    named = " and ".join(k if n == 1 else f"{k.removeprefix('a ')} x{n}" for k, n in sorted(kinds.items()))
    fix = []
    if _RETWEET in kinds:
        fix.append("undo the retweet")
    if _COMMENT in kinds:
        fix.append("delete the comment before the file is shared")
    todo = f" ({' and '.join(fix)})" if fix else ""
    if total == count:
        lead = "It is" if count == 1 else "All are"
    else:
        lead = f"{total} of them {'is' if total == 1 else 'are'}"
    return (f" {lead} in someone else's words ({named}), which are published with your own all the "
            f"same{todo}.")


def scan(wl: Watchlist, ctx: ScanContext) -> list[Finding]:
    matcher = wl.matcher()
    tally = Tally()
    # Someone else's words are read too: a reviewer's comment naming the writer's employer, or a
    # retweet naming the writer, is published by the file or the account all the same (fin15).
    theirs = _theirs(ctx)
    for item in corpus_texts(ctx.corpus, include_others=bool(theirs)):
        matches = matcher.find(item.text)
        kind = theirs.get(id(item.origin)) if theirs and matches else None
        for m in matches:
            # Other watched terms in the same snippet are masked too.
            text = item.text
            for other in sorted(matches, key=lambda o: -o.start):
                if other is not m:
                    text = text[: other.start] + "█" * (other.end - other.start) + text[other.end:]
            fact = tally.add("WATCH001", m.hash, m.hint, masked_snippet(text, m.start, m.end, m.hint),
                             partial(item.at, m.start))
            if kind:
                counts = fact.extra.setdefault("theirs", {})
                counts[kind] = counts.get(kind, 0) + 1
    findings = []
    for fact in tally.facts():
        findings.append(rule("WATCH001").finding(
            f"Watched term {fact.value} appears {fact.count} "
            f"{'time' if fact.count == 1 else 'times'}: {where(fact.locations, fact.count, 'match')}."
            + _theirs_said(fact.extra.get("theirs", {}), fact.count),
            fact.evidence, fact.location, clue_value=f"watched term {fact.value}",
        ))
    return findings

"""INPUT001: every input error becomes a finding, so it shows in every format
(SARIF and Markdown readers see it too, not only the JSON inputs list)."""

from __future__ import annotations

from collections.abc import Iterable

from nymaudit.detectors import ScanContext
from nymaudit.formatting import plural
from nymaudit.model import DetectorResult, Origin, Post
from nymaudit.rules import Rule, rule
from nymaudit.text.tally import record_said, sheet_numbers

# How many cut posts one INPUT003 finding names.
LISTED = 5


def detect(ctx: ScanContext) -> DetectorResult:
    found = rule("INPUT001")
    result = DetectorResult()
    for summary in ctx.corpus.inputs:
        for error in summary.errors:
            result.findings.append(
                found.finding(
                    f"{error.error} ({summary.format} input)",
                    evidence="",
                    location=Origin(error.path),
                    advice=advice_for(found, error.error),
                )
            )
        for where, why in summary.unread_history:
            result.findings.append(rule("INPUT005").finding(why, evidence="", location=Origin(where)))
        for where, what, evidence in summary.notes:
            # Left out on purpose: not an input error (no "could not be read", no error count).
            # Each input's own advice (heuristics/core.toml INPUT008 advice_by_message).
            result.findings.append(rule("INPUT008").finding(f"{what} ({summary.format} input)",
                                                            evidence=evidence, location=Origin(where),
                                                            advice=advice_for(rule("INPUT008"), what)))
        if summary.duplicates:
            result.findings.append(rule("INPUT004").finding(
                f"{plural(summary.duplicates, 'record')} of this input "
                f"{'was' if summary.duplicates == 1 else 'were'} already read from an earlier input "
                "(same format, id, time and text) and counted once.",
                evidence=f"{summary.duplicates} duplicate records",
                location=Origin(summary.path),
            ))
    result.findings.extend(_cut_posts(ctx))
    result.findings.extend(_not_public(ctx))
    result.findings.extend(missing_parts(ctx.corpus.posts))
    return result


def advice_for(found: Rule, message: str) -> str | None:
    """The advice that fits this error's cause (heuristics/core.toml, advice_by_message):
    "download again" does not fit a file saved in another encoding."""
    import re

    for entry in found.data.get("advice_by_message", ()):
        if re.search(entry["when"], message, re.IGNORECASE):
            return str(entry["advice"])
    return None


def _not_public(ctx: ScanContext) -> list:
    """INPUT007: how many posts only followers or recipients could read (checked all the
    same; each finding located in one says so)."""
    from collections import Counter

    from nymaudit.model import AUDIENCES

    counts = Counter(p.audience for p in ctx.corpus.posts if p.audience in AUDIENCES)
    if not counts:
        return []
    total = sum(1 for p in ctx.corpus.posts if p.is_post)
    first = next(p for p in ctx.corpus.posts if p.audience in AUDIENCES)
    listing = ", ".join(plural(counts[a], AUDIENCES[a]) for a in AUDIENCES if counts[a])
    return [rule("INPUT007").finding(
        f"{sum(counts.values())} of {plural(total, 'post')} {'was' if sum(counts.values()) == 1 else 'were'} "
        f"not public: {listing}. They were checked like public posts: their followers or recipients, "
        "the servers they reached and a legal order to a server can read them.",
        evidence=listing,
        location=Origin(first.origin.path),
    )]


def _cut_posts(ctx: ScanContext) -> list:
    """INPUT003: posts longer than the text detectors read. The text is normalised
    once per corpus and shared with them, so this costs nothing extra."""
    from nymaudit.text.normalize import MAX_SCAN_CHARS, corpus_texts

    cut = [t for t in corpus_texts(ctx.corpus) if t.truncated]
    if not cut:
        return []
    # A sheet by its position ("sheet 2, cell A2"): its name is the writer's words (con15b).
    numbers = sheet_numbers(p for p in ctx.corpus.posts if p.kind == "file")
    names = [record_said(t.origin, numbers) or t.origin.path for t in cut[:LISTED]]
    listed = ", ".join(names) + (f" and {len(cut) - LISTED} more" if len(cut) > LISTED else "")
    return [rule("INPUT003").finding(
        f"{plural(len(cut), 'post is', 'posts are')} longer than {MAX_SCAN_CHARS:,} characters: "
        f"places, links, disclosures and watched terms were looked for in the first "
        f"{MAX_SCAN_CHARS:,} characters only ({listed}).",
        evidence=listed,
        location=cut[0].origin,
    )]


def missing_parts(posts: Iterable[Post]) -> list:
    """INPUT009: what the posts name that the archive does not hold, so nothing checked it:
    photos and videos (``Post.extra["media_missing"]``, Mastodon, X, Bluesky), the full text
    of X long posts cut at 280 characters (``extra["cut_weight"]``, a text ending "…" as long
    as X cuts them) and long posts whose tweet is missing (``extra["note_unjoined"]``)."""
    found = rule("INPUT009")
    near_limit = int(found.data.get("long_post_weight", 250))
    media: list[Post] = []
    files = 0
    cut: list[Post] = []
    unjoined: list[Post] = []
    for post in posts:
        extra = post.extra
        if not extra or not post.is_post:
            continue
        missing = extra.get("media_missing")
        # A retweet names the original's media, which X never puts in the archive.
        if missing and post.authored and not extra.get("retweet"):
            media.append(post)
            files += missing if isinstance(missing, int) and not isinstance(missing, bool) else 1
        weight = extra.get("cut_weight")
        if isinstance(weight, int) and weight >= near_limit and post.authored:
            cut.append(post)
        if extra.get("note_unjoined"):
            unjoined.append(post)
    findings = []
    if media:
        findings.append(found.finding(
            f"{plural(files, 'photo or video', 'photos or videos')} that {plural(len(media), 'post')} "
            f"{'names' if len(media) == 1 else 'name'} {'is' if files == 1 else 'are'} not in the archive, "
            "so nothing checked them (a GPS position, a camera, a time); first: "
            f"{_listed(media)}.",
            evidence=_listed(media),
            location=media[0].origin,
            advice=found.data.get("advice_media"),
        ))
    if cut:
        findings.append(found.finding(
            f"{plural(len(cut), 'post ends', 'posts end')} in \"\u2026\" at X's 280-character limit and "
            "the archive holds no full text for "
            f"{'it' if len(cut) == 1 else 'them'} (note-tweet.js): only the first 280 characters "
            f"were read ({_listed(cut)}).",
            evidence=_listed(cut),
            location=cut[0].origin,
            advice=found.data.get("advice_cut"),
        ))
    if unjoined:
        findings.append(found.finding(
            f"{plural(len(unjoined), 'long post')} in note-tweet.js "
            f"{'has' if len(unjoined) == 1 else 'have'} no tweet in tweets.js created at the same "
            f"time with the same start: read as {'a post' if len(unjoined) == 1 else 'posts'} of "
            f"{'its' if len(unjoined) == 1 else 'their'} own, without a client, reply or media "
            f"({_listed(unjoined)}).",
            evidence=_listed(unjoined),
            location=unjoined[0].origin,
            advice=found.data.get("advice_unjoined"),
        ))
    return findings


def _listed(posts: list[Post]) -> str:
    names = [record_said(p.origin) or p.origin.path for p in posts[:LISTED]]  # a sheet by its position
    return ", ".join(names) + (f" and {len(posts) - LISTED} more" if len(posts) > LISTED else "")


def missing_parts_example(rule_: Rule, example: str) -> bool:
    """INPUT009's examples: ``key=value; ...`` as a post's ``extra`` (``retweet`` alone for a
    retweet), run through missing_parts."""
    from datetime import UTC, datetime

    extra: dict[str, object] = {}
    authored = True
    for part in filter(None, (p.strip() for p in example.split(";"))):
        key, _, value = part.partition("=")
        if key == "retweet":
            authored = False
        extra[key] = int(value) if value.isdigit() else True
    post = Post("1", datetime(2025, 1, 1, tzinfo=UTC), "text", Origin("archive.zip!data/tweets.js", "1"),
                authored=authored, extra=extra)
    return bool(missing_parts([post]))


def rule_example(rule_: Rule, example: str) -> bool:
    """An input error is reported whenever there is an error message."""
    return bool(example.strip())

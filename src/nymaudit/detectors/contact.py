"""SELF001 (e-mail addresses) and SELF002 (phone numbers) in the writer's own text."""

from __future__ import annotations

import re
from collections import defaultdict

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, snippet, where
from nymaudit.model import DetectorResult, Origin, Post
from nymaudit.rules import rule
from nymaudit.text.normalize import origin_at
from nymaudit.text.tally import in_document

# A post is scanned up to this many characters: a 5 MB paste is still checked in
# its first megabyte, which bounds the time of a scan.
MAX_SCAN_CHARS = 1_000_000


def _normalise_phone(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith("+"):
        digits = "+" + digits
    count = len(digits.lstrip("+"))
    return digits if 10 <= count <= 15 else None


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    for rule_id, normalise in (("SELF001", str.lower), ("SELF002", _normalise_phone)):
        found = rule(rule_id)
        regex = found.regex
        assert regex is not None
        hits: dict[str, list[tuple[Post, str, Origin]]] = defaultdict(list)
        for post in ctx.corpus.authored_posts():
            for text in (post.title or "", post.text):
                if not text:
                    continue
                body = text[:MAX_SCAN_CHARS]
                for m in regex.finditer(body):
                    key = normalise(m.group(0))
                    if key:
                        # Only the first hit's location is reported: count lines for that one.
                        first = not hits[key] and text is post.text
                        at = origin_at(post, m.start()) if first else post.origin
                        hits[key].append((post, snippet(body, m.start(), m.end()), at))
        for key, items in hits.items():
            # Each post once: an address repeated in one post listed "x.md, x.md, x.md".
            posts = list({id(p): p for p, _, _ in items}.values())
            thing = "address" if rule_id == "SELF001" else "number"
            if len(posts) > 1:
                # A document's page or paragraph is no post (thirteenth session, rfx13's proposal).
                in_docs = [in_document(p.origin) for p in posts]
                noun = (plural(len(posts), "place in a document", "places in documents") if all(in_docs)
                        else plural(len(posts), "post or document", "posts and documents") if any(in_docs)
                        else plural(len(posts), "post"))
                said = f"The same {thing} appears in {noun} (records {where(posts)})."
            else:
                said = f"{'An' if thing == 'address' else 'A'} {thing} appears in record {where(posts)}."
            result.findings.append(
                found.finding(
                    said,
                    evidence=items[0][1],
                    location=items[0][2],
                    clue_value=key,
                )
            )
    return result

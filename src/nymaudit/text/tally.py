"""Aggregate repeated hits: 500 posts that mention work give one finding with a
count, the first evidence and the first few locations, not 500 findings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nymaudit.model import Finding, Origin

FIRST_LOCATIONS = 3
_PLURALS = {"place in a document": "places in documents"}


@dataclass
class Fact:
    rule_id: str
    value: str  # the clue value (what the investigator learns)
    evidence: str
    location: Origin
    count: int = 0
    locations: list[Origin] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class Tally:
    def __init__(self) -> None:
        self._facts: dict[tuple[str, str], Fact] = {}

    def add(self, rule_id: str, key: str, value: str, evidence: str,
            location: Origin | Callable[[], Origin], **extra: Any) -> Fact:
        """Count one hit. ``location`` may be a function giving it (a match's line is
        worked out only for the first few hits of a fact: most hits repeat one)."""
        fact = self._facts.get((rule_id, key))
        if fact is None:
            location = location if isinstance(location, Origin) else location()
            fact = Fact(rule_id, value, evidence, location, extra=dict(extra))
            self._facts[(rule_id, key)] = fact
        fact.count += 1
        if len(fact.locations) < FIRST_LOCATIONS:
            location = location if isinstance(location, Origin) else location()
            if location not in fact.locations:
                fact.locations.append(location)
        return fact

    def facts(self) -> list[Fact]:
        return sorted(self._facts.values(), key=lambda f: (f.rule_id, -f.count, f.value))

    def __len__(self) -> int:
        return len(self._facts)


# Where a document's words stand (sources/doctext.py: "page 2", "slide 3", "paragraph 14", "page 2,
# paragraph 5", a header or footer), in a file of a document's kind: no post.
_DOCUMENT_PLACE = re.compile(
    r"(?:page \d{1,6}, )?(?:page|slide|paragraph) \d{1,6}|header|footer|footnotes|endnotes")
_DOCUMENT_SUFFIXES = (".pdf", ".rtf", ".odt", ".ott", ".odp", ".ods", ".docx", ".docm", ".dotx", ".dotm",
                      ".pptx", ".pptm", ".xlsx", ".xlsm")


def in_document(location: Origin) -> bool:
    """A location in a document's text (a page, slide or paragraph of a .docx or .pdf), not a post."""
    return bool(location.record and _DOCUMENT_PLACE.fullmatch(location.record)
                and location.path.lower().endswith(_DOCUMENT_SUFFIXES))


def where(locations: list[Origin], count: int, noun: str = "post") -> str:
    """'in 12 posts (first: tweets.js#123, tweets.js#456, ...)'. Posts that are all places in
    documents are "places in documents"; when some are, or the ones not listed may be, "places"
    (a document's paragraphs read "in 2 posts"; thirteenth session, doc13)."""
    if noun == "post" and locations and any(in_document(loc) for loc in locations):
        every = all(in_document(loc) for loc in locations) and count <= len(locations)
        noun = "place in a document" if every else "place"
    names = []
    for loc in locations[:FIRST_LOCATIONS]:
        name = loc.path.rsplit("/", 1)[-1] or loc.path
        # A blog post's record is its own file's path: "x.md#_drafts/x.md" said it twice. A
        # Meta export's record is the file's path and the item's place in it
        # ("your_instagram_activity/media/posts_1.json#3"): the record alone says both.
        record = loc.record.replace("\\", "/") if loc.record else ""
        in_file, _, _item = record.rpartition("#")
        if in_file and in_file.rsplit("/", 1)[-1] == name:
            name = loc.record or name
        elif loc.record and record.rsplit("/", 1)[-1] != name:
            name += f"#{loc.record}"
        if loc.line:
            name += f":{loc.line}"
        names.append(name)
    if count == 1:
        return "once"  # "in 1 post" was wrong for a README or a site's configuration
    many = _PLURALS.get(noun) or noun + ("es" if noun.endswith(("ch", "sh", "s", "x")) else "s")
    posts = f"{count} {many}"
    if count <= 1 or not names:
        return f"in {posts}"
    more = ", …" if count > len(names) else ""
    return f"in {posts} (first: {', '.join(names)}{more})"


def finding_for(fact: Fact, message: str, **kwargs: Any) -> Finding:
    from nymaudit.rules import rule

    return rule(fact.rule_id).finding(message, fact.evidence, fact.location, **kwargs)

"""Aggregate repeated hits: 500 posts that mention work give one finding with a
count, the first evidence and the first few locations, not 500 findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
# paragraph 5", a header or footer, "comment 2", "tracked deletion 1"), with what doctext says of
# them after ("(hidden)", "(with hidden text)", "(before tracked changes)", "(by another person)"),
# in a file of a document's kind: no post (doc16: a comment or a deleted passage was "a post").
_DOCUMENT_PLACE = re.compile(
    r"(?:(?:page \d{1,6}, )?(?:page|slide|paragraph) \d{1,6}|header|footer|footnotes|endnotes"
    r"|comment \d{1,6}|tracked deletion \d{1,6}|image \d{1,6} alt text|defined name \d{1,6}"
    r"|(?:hidden )?sheet \d{1,4} (?:name|header|footer|validation message \d{1,6}))(?: \([^()\n]{1,100}\))*")
_DOCUMENT_SUFFIXES = (".pdf", ".rtf", ".odt", ".ott", ".odp", ".ods", ".docx", ".docm", ".dotx", ".dotm",
                      ".pptx", ".pptm", ".xlsx", ".xlsm")


def in_document(location: Origin) -> bool:
    """A location in a document's text (a page, slide or paragraph of a .docx or .pdf), not a post."""
    return bool(location.record and location.path.lower().endswith(_DOCUMENT_SUFFIXES)
                and (_DOCUMENT_PLACE.fullmatch(location.record) or _sheet_record(location)))


# A spreadsheet's record as sources/doctext.py names it: "sheet Contacts, cell B7", "hidden sheet HR,
# row 7 (hidden column C)", "sheet Contacts, cell B2 (hidden row)", "sheet Contacts, link in cell B7".
_SHEET_RECORD = re.compile(r"(?P<hidden>hidden )?sheet (?P<name>.+?), (?P<rest>(?:(?:link in )?cell "
                           r"[A-Z]{1,3}\d{1,7}|(?:hidden )?row \d{1,7})(?: \([^()\n]{0,200}\))*)\Z", re.S)
# The documents whose records may be a sheet's (doctext reads OOXML and ODF packages).
_SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xlam", ".ods", ".ots", ".fods", ".odt", ".ott",
                   ".odp", ".otp", ".odg", ".otg", ".odm", ".oth", ".docx", ".docm", ".pptx", ".pptm")
SheetNumbers = dict[str, dict[str, int]]  # path -> sheet name -> its place among the sheets with text


def _sheet_record(location: Origin) -> re.Match[str] | None:
    record = location.record
    if not record or not record.startswith(("sheet ", "hidden sheet ")) \
            or not location.path.lower().endswith(_SHEET_SUFFIXES):
        return None
    return _SHEET_RECORD.match(record[:1000])


def sheet_numbers(records: Iterable[object]) -> SheetNumbers:
    """path -> sheet name -> the sheet's position in its workbook. ``records``: a corpus's posts (or
    their origins), in reading order. A record's own position (``extra["sheet_number"]``: the tab
    order sources/doctext.py gives each sheet's record, counting sheets that hold no text) wins; a
    record without one (an origin alone) gets the sheet's place among the document's sheets that
    hold text, in the order they come."""
    numbers: SheetNumbers = {}
    for record in records:
        location = getattr(record, "origin", record)
        if not isinstance(location, Origin) or (m := _sheet_record(location)) is None:
            continue
        sheets = numbers.setdefault(location.path, {})
        extra = getattr(record, "extra", None)
        own = extra.get("sheet_number") if isinstance(extra, dict) else None
        if isinstance(own, int) and not isinstance(own, bool) and own > 0:
            sheets[m.group("name")] = own
        else:
            sheets.setdefault(m.group("name"), len(sheets) + 1)
    return numbers


def record_said(location: Origin, numbers: SheetNumbers | None = None) -> str | None:
    """A location's record as a message says it. A sheet's name is the writer's own words
    ("Okonkwo-Blythe Harrowgate 2026", a person and a place): a message names the sheet by its
    position in the workbook ("sheet 2, cell A2"); the finding's location keeps the name, which
    --redact masks (a message's words are masked word by word, so the shape and year of a name
    stayed: red15 F4, con15b). ``numbers``: ``sheet_numbers`` of the corpus's posts; None for
    those of the corpus the text detectors read (``_read_sheet_numbers``). A sheet no record
    numbers (another corpus's) is "sheet ?": its name never."""
    m = _sheet_record(location)
    if m is None:
        return location.record
    name = m.group("name")
    number = (numbers if numbers is not None else _read_sheet_numbers()).get(location.path, {}).get(name)
    if number is None and name.isdigit() and len(name) <= 3:
        return location.record  # "sheet 3": an unnamed sheet, named by its number already
    return f"{m.group('hidden') or ''}sheet {number or '?'}, {m.group('rest')}"


_NUMBERED: list[tuple[object, int, SheetNumbers]] = []  # (the corpus, its posts, their sheets' numbers)


def _read_sheet_numbers() -> SheetNumbers:
    """The sheets' numbers of the corpus the text detectors (places, disclosure, links, watchlist)
    read, from its posts' own sheet numbers (doc16 item 3: numbered by the texts' order, a workbook
    whose first sheet holds only numbers had its second said "sheet 1"). Each detector reads ``corpus_texts``
    before it names a location: the corpus is the one normalize last read. Computed once per
    corpus."""
    from nymaudit.text import normalize

    corpus = normalize.last_corpus()
    if corpus is None:
        return {}
    posts = getattr(corpus, "posts", None) or []
    if not (_NUMBERED and _NUMBERED[0][0] is corpus and _NUMBERED[0][1] == len(posts)):
        _NUMBERED.clear()
        files = (post for post in posts if getattr(post, "kind", "") == "file")
        _NUMBERED.append((corpus, len(posts), sheet_numbers(files)))
    return _NUMBERED[0][2]


# A piece of a list ``where`` writes, split at ", ", that goes on the record before it: a document's
# place holds ", " itself ("x.pdf#page 2, paragraph 5", "x.xlsx#sheet 2, cell A2 (hidden columns C, D)").
_PLACE_GOES_ON = re.compile(r"(?:paragraph \d|(?:link in )?cell [A-Z]|(?:hidden )?row \d|[A-Z]{1,3}\)*\Z)")


def listed_names(listed: str) -> list[str]:
    """The names of a list ``where`` wrote ("a.md, b.xlsx#sheet 2, cell A2"), one per record."""
    names: list[str] = []
    for piece in listed.split(", "):
        if names and "#" in names[-1] and _PLACE_GOES_ON.match(piece):
            names[-1] += f", {piece}"  # the rest of a document's place, not a file's name
        else:
            names.append(piece)
    return names


def where(locations: list[Origin], count: int, noun: str = "post") -> str:
    """'in 12 posts (first: tweets.js#123, tweets.js#456, ...)'. Posts that are all places in
    documents are "places in documents"; when some are, or the ones not listed may be, "places"
    (a document's paragraphs read "in 2 posts"; thirteenth session, doc13)."""
    if noun == "post" and locations and any(in_document(loc) for loc in locations):
        every = all(in_document(loc) for loc in locations) and count <= len(locations)
        noun = "place in a document" if every else "place"
    names = []
    for loc in locations[:FIRST_LOCATIONS]:
        loc = Origin(loc.path, record_said(loc), loc.line) if _sheet_record(loc) else loc
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

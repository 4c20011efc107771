"""Exports of platforms nymaudit has no full reader for (Facebook, Instagram, Tumblr), and
those it reads with a reader of their own (Medium, Substack), recognised by their layout
(heuristics/exports.toml, eleventh session). An input that looks like one of the first kind
says so: which platform, what was read of it (as loose notes and photos) and which of its
data files were not, so that a report of "0 posts" or one photo is never taken for a check
of the account's posts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nymaudit.rules import load_file
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import Tree

# Markers are looked for in these members only (an export's data files): an X archive's
# 100,000 photos cost one suffix test each, not a regular expression per marker.
MARKED_EXTENSIONS = (".json", ".html", ".htm", ".csv", ".zip")
# Data files named in the note; the rest counted.
LISTED = 5


@dataclass(frozen=True)
class Layout:
    platform: str
    what: str
    markers: tuple[re.Pattern[str], ...]
    min_markers: int
    data: tuple[re.Pattern[str], ...]
    lost: str
    reader: str | None
    own_pages: tuple[re.Pattern[str], ...] = ()
    hint: str = ""
    # The hint for an export in JSON that holds none of the files its reader reads (a download of
    # a few categories): "ask for the JSON format" was wrong advice for it (red13 item 7).
    json_hint: str = ""

    def not_read_as_such(self, in_json: bool = False) -> str:
        """How the note names what nymaudit does not do with this export (``in_json``: its data
        files are JSON, not the HTML format)."""
        hint = self.json_hint if in_json and self.json_hint else self.hint
        if self.reader:  # a reader exists, and did not take this input
            return (f"this looks like {self.what}, but not in the layout nymaudit reads"
                    + (f" ({hint})" if hint else ""))
        return f"this looks like {self.what}, which nymaudit does not read as such"

    def matches(self, names: list[str]) -> bool:
        # One search a name (the markers as one alternation): every reader's sniff calls this
        # over every member, and an X archive holds 100,000 media files.
        combined = _combined(self.markers)
        hit: set[str] = set()
        for name in names:
            if not name.lower().endswith(MARKED_EXTENSIONS):
                continue
            found = combined.search(name)
            if found is not None and found.lastgroup is not None:
                hit.add(found.lastgroup)
                if len(hit) >= self.min_markers:
                    return True
                # Another marker may match the same name further on: looked for one by one.
                hit.update(f"m{i}" for i, marker in enumerate(self.markers) if marker.search(name))
                if len(hit) >= self.min_markers:
                    return True
        return False


@cache
def _combined(markers: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<m{i}>{m.pattern})" for i, m in enumerate(markers)), re.IGNORECASE)


@cache
def layouts() -> tuple[Layout, ...]:
    found = []
    for entry in load_file("exports").get("export", []):
        found.append(Layout(
            platform=entry["platform"],
            what=entry["what"],
            markers=tuple(re.compile(m, re.IGNORECASE) for m in entry["markers"]),
            min_markers=int(entry.get("min_markers", 1)),
            data=tuple(re.compile(m, re.IGNORECASE) for m in entry.get("data", [])),
            lost=entry.get("lost", ""),
            reader=entry.get("reader") or None,
            own_pages=tuple(re.compile(m, re.IGNORECASE) for m in entry.get("own_pages", [])),
            hint=entry.get("hint", ""),
            json_hint=entry.get("json_hint", ""),
        ))
    return tuple(found)


@cache
def _boilerplate() -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    return tuple(
        (re.compile(entry["page"], re.IGNORECASE),
         tuple(re.compile(r, re.IGNORECASE | re.DOTALL) for r in entry.get("remove", [])))
        for entry in load_file("exports").get("boilerplate", [])
    )


def strip_boilerplate(name: str, markup: str) -> str:
    """``markup`` of the page ``name`` without the platform's own lines (Tumblr's footer
    timestamp, Medium's "By ... on DATE" and "Exported from Medium on DATE"): the platform's
    words, not the writer's (heuristics/exports.toml [[boilerplate]])."""
    for page, patterns in _boilerplate():
        if page.search(name):
            for pattern in patterns:
                markup = pattern.sub(" ", markup)
    return markup


def platform_pages(names: list[str]) -> tuple[re.Pattern[str], ...]:
    """The platform's own pages in an export these names look like (Meta's start_here.html):
    none of the writer's posts."""
    layout = recognise(names)
    return layout.own_pages if layout is not None else ()


def recognise(names: list[str]) -> Layout | None:
    """The platform whose export these member names look like, if any."""
    for layout in layouts():
        if layout.matches(names):
            return layout
    return None


def layout_named(platform: str) -> Layout | None:
    return next((layout for layout in layouts() if layout.platform.lower() == platform.lower()), None)


def unknown_format_text(tree: Tree) -> str | None:
    """Why an input no reader took is none of nymaudit's formats, when it is a known export."""
    try:
        names = [m.name for m in tree.members()]
        layout = recognise(names)
    except Exception:  # noqa: BLE001 - a hint must never end the scan
        return None
    if layout is None:
        return None
    lost = f" ({layout.lost})" if layout.lost else ""
    return f"{layout.not_read_as_such(_in_json(layout, names))}: nothing in it was checked{lost}"


def _in_json(layout: Layout, names: list[str]) -> bool:
    """Whether an export's data files are JSON: some .json, and no .html but the platform's own
    index page (Meta's start_here.html is in both formats)."""
    lowered = [name.lower() for name in names]
    pages = [name for name, low in zip(names, lowered, strict=True) if low.endswith((".html", ".htm"))
             and not any(page.search(name) for page in layout.own_pages)]
    return not pages and any(low.endswith(".json") for low in lowered)


def say_unlisted(reader_name: str, tree: Tree, result: SourceResult) -> None:
    """An input read by the generic, blog or attachment reader that is a platform's export:
    said as an input error (visible in every format and counted), with what was read and
    which data files were not."""
    if reader_name not in ("generic", "blog", "attachment"):
        return
    names = [m.name for m in tree.members()]
    layout = recognise(names)
    if layout is None or layout.reader == reader_name:
        return
    own = [p for p in result.posts if any(page.search(p.origin.record or "") for page in layout.own_pages)]
    if own:
        # The platform's own index page (Meta's start_here.html) is none of the writer's posts.
        result.posts[:] = [p for p in result.posts if p not in own]
    read = {p.origin.record for p in result.posts if p.is_post} | {a.path for a in result.attachments}
    unread = [n for n in names if n not in read and any(d.search(n) for d in layout.data)]
    posts = sum(1 for p in result.posts if p.is_post)
    files = len(result.attachments)
    said = (f"{layout.not_read_as_such()}: read {posts} file(s) as loose notes and {files} photo(s) "
            "or document(s) as files")
    if unread:
        shown = ", ".join(n.rpartition("/")[2] for n in unread[:LISTED])  # the platform's names
        more = f" and {len(unread) - LISTED} more" if len(unread) > LISTED else ""
        said += f"; not read: {shown}{more}"
    if layout.lost:
        said += f". Not checked: {layout.lost}"
    result.error("", said)

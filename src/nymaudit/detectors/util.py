"""Small helpers shared by detectors."""

from __future__ import annotations

from collections.abc import Iterable

from nymaudit.formatting import plural  # noqa: F401 - detectors import it from here
from nymaudit.model import Post

SNIPPET_WIDTH = 160


def snippet(text: str, start: int, end: int, width: int = SNIPPET_WIDTH) -> str:
    """The match with some context on each side, on one line, at most ``width``
    characters (a 5 MB post must not land whole in the report)."""
    match_len = end - start
    if match_len >= width:
        return _one_line(text[start : start + width - 1]) + "…"
    room = (width - match_len) // 2
    lo = max(0, start - room)
    hi = min(len(text), end + room)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + _one_line(text[lo:hi]) + suffix


def _one_line(text: str) -> str:
    return " ".join(text.split())


def where(posts: Iterable[Post], limit: int = 3) -> str:
    """Short list of record ids for a message: 'records 12, 40, 77 and 5 more'."""
    ids = [p.origin.record or p.id for p in posts]
    shown = ", ".join(ids[:limit])
    more = len(ids) - limit
    return shown + (f" and {more} more" if more > 0 else "")



"""Turn a post's raw text (Mastodon/WordPress HTML, entities, odd Unicode) into
plain text that every text detector reads the same way.

Bounded: at most ``MAX_SCAN_CHARS`` characters of one post are scanned, and every
regex here is linear (no nested quantifiers), so a 5 MB post costs milliseconds.
Runs of blank lines are shortened to one blank line, so no detector's pattern sees
a long run of newlines (see ``_BLANK_RUN``)."""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

from nymaudit.model import Origin, Post

# A post longer than this is scanned in its first part only, and the report says
# so (INPUT003). 100,000 until 29 November 2026, when a 114 KB draft passed `check`
# with a watched town in its last paragraph; every pattern here is linear, and a
# whole 1,000,000-character post costs about a second.
MAX_SCAN_CHARS = 1_000_000
SNIPPET_CHARS = 160

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|pre)\b[^<>]{0,500}>", re.I)
# Not an autolink (Markdown "<https://...>", or the target html_to_text writes after
# a link's text): that is a link to check, not markup (it was dropped until 2026-11-29).
_ANY_TAG = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]{0,30}://)[/!?]?[A-Za-z][^<>]{0,1000}>")
_COMMENT = re.compile(r"<!--[^<>]{0,5000}-->")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^()\s]{1,4000})\)")
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# Every white space but the newline (all that "\\s" matches; the separators \x1c-\x1f, \x85,
# \u1680, \u2028 and \u2029 since 2026-11-29): with blank lines shortened, no detector
# sees a run of white space longer than a few characters (a run of 20,000 \u2028 made a
# place pattern that starts at every white space cost 88 s).
_SPACES = re.compile(r"[ \t\r\f\v\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_ANCHOR = re.compile(r"<a\s[^<>]{0,4000}>", re.I)
_HREF = re.compile(r"""href\s*=\s*["']([^"'<>\s]{1,4000})["']""", re.I)
# Mastodon marks links to the people and hashtags a post mentions: not the writer's links.
_MENTION_CLASS = re.compile(r"""class\s*=\s*["'][^"']*\b(?:mention|hashtag)\b""", re.I)
# html.unescape's own pattern (Python 3.11-3.13): unescaping each match alone gives what
# html.unescape gives for the whole text, so the line map can follow every entity.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# Entities html.unescape turns into a line break (the only NFKC output holding one
# is a line break itself): without these and markup, normalising keeps every break.
_NEWLINE_REF = re.compile(r"&(?:#0*10(?![0-9])|#[xX]0*[aA](?![0-9a-fA-F])|NewLine;)")
_NEWLINE = re.compile("\n")
# The runs of white space _SPACES shortens (a run of one keeps its length).
_SPACE_RUNS = re.compile(_SPACES.pattern[:-1] + "{2,}")
# What _SPACES would change: a white space other than " ", or two in a row. Most posts hold
# neither, and then the substitution (a match at every single space) gives the text back
# unchanged: searching for this first saves 0.08 s over 100,000 posts (thirteenth session).
_SPACES_TO_CHANGE = re.compile("[" + _SPACES.pattern[2:-2] + "]|[ ][" + _SPACES.pattern[1:-2] + "]")
# Two or more blank lines (or one holding white space) become one blank line: the
# paragraph break stays, the run goes. A guard for every detector's pattern (2026-11-29):
# a pattern that can start at each newline of a run and scan the rest of it is quadratic
# there (30,000 blank lines in one note cost 20-45 s in three SELF patterns and a habit).
# "\n\n" itself is left alone, so most texts keep their line breaks one for one.
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*+\n){2,}+|\n[^\S\n]++\n")
_BLANK_LINE = re.compile(r"\n[^\S\n]*+\n")


@dataclass(slots=True, eq=False)
class Text:
    """One unit of the writer's text with where it came from.

    ``at(offset)`` gives the origin of a match in ``text`` with the 1-based line of
    the original file, for posts whose reader recorded where their text lies in a
    line-based file; the map back through normalisation is built only for texts
    that have a match (see ``LineMap``), and kept on the Text (so it is not frozen:
    a frozen dataclass also took twice as long to make, 100,000 times a scan)."""

    text: str
    origin: Origin
    truncated: bool = False
    urls: tuple[str, ...] = ()
    raw: str | None = field(default=None, repr=False)  # Post.text, not copied
    head: int = 0  # characters of title and content warning put before the body
    base: tuple[int, int] | None = None  # Post.text_line
    _map: LineMap | bool | None = field(default=None, repr=False)  # False: none can be built
    # The file's last line of the text: image descriptions a reader joined after it (a Markdown
    # post's <img alt>, eleventh session) are no line of the file, and get the record's own.
    last_line: int | None = None

    def line(self, offset: int) -> int | None:
        """The file line of ``text[offset]``; the record's own line (or None) when the
        text is not line-mapped or the offset is in a title or content warning."""
        if self.base is None or self.raw is None or offset < self.head:
            return self.origin.line
        if self._map is None:
            self._map = LineMap.build(self.raw, self.text, self.head, self.base[0]) or False
        line_map = self._map
        found = line_map.line(offset - self.head, self.base[1]) if line_map else None
        if found is None or (self.last_line is not None and found > self.last_line):
            return self.origin.line
        return found

    def at(self, offset: int) -> Origin:
        """The origin of a match that starts at ``offset``, with its line when known."""
        return _with_line(self.origin, self.line(offset))

    def at_raw(self, offset: int) -> Origin:
        """The origin of what starts at ``offset`` of the post's own text (``raw``)."""
        if self.base is None or self.raw is None or not 0 <= self.base[0] <= offset:
            return self.origin
        line = self.base[1] + self.raw.count("\n", self.base[0], offset)
        if self.last_line is not None and line > self.last_line:
            return self.origin  # in an image description joined after the file's text
        return _with_line(self.origin, line)


def _with_line(origin: Origin, line: int | None) -> Origin:
    if line is None or line == origin.line:
        return origin
    return Origin(origin.path, origin.record, line)


def origin_at(post: Post, offset: int) -> Origin:
    """The origin of a match at ``offset`` in ``post.text`` itself (not normalised)."""
    base = text_base(post)
    joined = post.extra.get("descriptions_at") if isinstance(post.extra, dict) else None
    if base is None or offset < base[0] or not isinstance(post.text, str) or (
            isinstance(joined, int) and offset >= joined):  # an image description: no line of the file
        return post.origin
    return _with_line(post.origin, base[1] + post.text.count("\n", base[0], offset))


def text_base(post: Post) -> tuple[int, int] | None:
    base = getattr(post, "text_line", None)
    if base is None:
        return None
    if (isinstance(base, tuple) and len(base) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in base)
            and base[0] >= 0 and base[1] >= 1):
        return base
    return None


# Anchors (new, old) of each step, in order (array is generic only from Python 3.12).
Steps: TypeAlias = "list[tuple[array[int], array[int]]]"


class LineMap:
    """Offsets of a normalised text mapped back to lines of its raw text.

    Three ways, cheapest first. Most texts hold no markup, no entity for a line
    break and no run of blank lines: every step keeps the line breaks one for one,
    and the line of an offset is the count of breaks before it in the normalised
    text. With markup, only the markup steps are followed: every later step works
    within a line and keeps the line breaks (bar the shortening of blank lines,
    which then shows in the count), so line n of the text after markup is line n
    of the normalised text, and a line is looked at more closely only where dropped
    markup held a line break (a tag or comment over two lines): there the later
    steps are replayed on that one line. With an entity for a line break, or a run
    of blank lines shortened, every step is followed. Following a step means
    anchors where it moved text (at ``new[i]`` in its output stands what was at
    ``old[i]`` in its input, and from there the two run side by side to the next
    anchor); a replaced stretch maps to its start."""

    __slots__ = ("_breaks", "_first", "_head", "_mid", "_mid_breaks", "_out_breaks", "_replayed",
                 "_steps", "_text")

    def __init__(self, steps: Steps | None, breaks: array[int], first: int) -> None:
        self._steps = steps  # None: breaks are the normalised text's, one for one
        self._breaks = breaks
        self._first = first  # index of the line of the raw text that base_offset is on
        self._mid: str | None = None  # the text after the markup steps (second way)
        self._mid_breaks = self._out_breaks = array("q")
        self._text = ""
        self._head = 0
        # Second way: per line, the later steps replayed on it (None: it maps to its
        # start). Kept, since a long line is looked up once per match on it.
        self._replayed: dict[int, Steps | None] = {}

    @classmethod
    def build(cls, raw: str, text: str, head: int = 0, base_offset: int = 0,
              limit: int = MAX_SCAN_CHARS, follow: bool = False) -> LineMap | None:
        """The map for ``normalize(raw)`` (which is ``text[head:]``); None when
        following it does not give back that text (no line is better than a wrong one).
        ``follow``: follow every step whatever the text holds (tests)."""
        first = raw.count("\n", 0, min(base_offset, limit))
        newline_ref = raw.find("&", 0, limit) >= 0 and _NEWLINE_REF.search(raw, 0, limit) is not None
        # A run of blank lines shortened drops breaks: counts could then agree by chance
        # (an entity written across a Markdown link adding one back), so every step is followed.
        # An entity can also make a run where a blank line stands ("\n\n" then "&#1[0](x)",
        # a link's label completing "&#10"): the run is shortened and the break counts
        # agree by chance, so any entity beside a blank line is followed too (CI found it).
        blank_run = _BLANK_RUN.search(raw, 0, limit) is not None or (
            raw.find("&", 0, limit) >= 0 and _BLANK_LINE.search(raw, 0, limit) is not None)
        if not follow and not newline_ref and not blank_run:
            if raw.find("<", 0, limit) < 0:
                breaks = _breaks(text, head)
                # Without markup no step drops a break; one added (an entity written
                # across a Markdown link) shows in the count: then every step is followed.
                if len(breaks) == raw.count("\n", 0, limit):
                    return cls(None, breaks, first)
            else:
                mid, steps = _markup_tracked(raw[:limit])
                out_breaks = _breaks(text, head)
                mid_breaks = _breaks(mid)
                # Else an entity made a break, or markup dropped made a run of blank lines.
                if len(mid_breaks) == len(out_breaks) and _BLANK_RUN.search(mid) is None and not (
                        "&" in mid and _BLANK_LINE.search(mid) is not None):
                    line_map = cls([s for s in steps if s[0]], _breaks(raw, 0, limit), first)
                    line_map._mid, line_map._mid_breaks, line_map._out_breaks = mid, mid_breaks, out_breaks
                    line_map._text, line_map._head = text, head
                    return line_map
        mapped, steps = _normalize_tracked(raw, limit)
        if steps is None or len(mapped) != len(text) - head or not text.endswith(mapped):
            return None
        return cls([s for s in steps if s[0]], _breaks(raw, 0, limit), first)

    def raw_offset(self, offset: int) -> int:
        """Where normalised ``offset`` was in the raw text (first and third way)."""
        return _follow(self._steps or [], offset)

    def _raw_line(self, pos: int) -> int:
        return bisect_right(self._breaks, pos - 1)

    def _mid_offset(self, offset: int) -> int:
        """Second way: where normalised ``offset`` is in the text after markup."""
        index = bisect_right(self._out_breaks, offset - 1)
        mid_start = self._mid_breaks[index - 1] + 1 if index else 0
        if index in self._replayed:
            later = self._replayed[index]
        else:
            later = self._replayed[index] = self._replay(index, mid_start)
        if later is None:
            return mid_start
        out_start = self._out_breaks[index - 1] + 1 if index else 0
        return mid_start + _follow(later, offset - out_start)

    def _replay(self, index: int, mid_start: int) -> Steps | None:
        """The later steps replayed on line ``index`` of the text after markup; None
        when the line maps to its start (all of it on one raw line, or no replay)."""
        mid = self._mid or ""
        mid_end = self._mid_breaks[index] if index < len(self._mid_breaks) else len(mid)
        steps = self._steps or []
        # The line's end (its break, else its last character) on the raw line it
        # starts on: so is all of it, the map being monotonic.
        last = mid_end if mid_end < len(mid) else max(mid_start, mid_end - 1)
        if self._raw_line(_follow(steps, mid_start)) == self._raw_line(_follow(steps, last)):
            return None  # the whole line is on one raw line
        # Markup with a line break inside dropped on this line: replay the later steps.
        out_start = self._out_breaks[index - 1] + 1 if index else 0
        out_end = self._out_breaks[index] if index < len(self._out_breaks) else len(self._text) - self._head
        shown, later = _rest_tracked(mid[mid_start:mid_end])
        if later is None or shown != self._text[self._head + out_start : self._head + out_end]:
            return None
        return later

    def line(self, offset: int, base_line: int = 1) -> int | None:
        """The file line of normalised ``offset``, given that the raw text's line
        holding ``base_offset`` is file line ``base_line``; None on an earlier line
        (text put before the file's own, such as a description)."""
        if self._mid is not None:
            offset = self._mid_offset(offset)
        index = self._raw_line(self.raw_offset(offset))
        return None if index < self._first else base_line + index - self._first


def _follow(steps: Steps, offset: int) -> int:
    """An offset in the output of ``steps`` taken back to their input."""
    for new, old in reversed(steps):
        i = bisect_right(new, offset) - 1
        if i < 0:
            continue  # before the first change: unmoved
        mapped = old[i] + (offset - new[i])
        if i + 1 < len(old) and mapped >= old[i + 1]:
            mapped = max(old[i], old[i + 1] - 1)  # a longer replacement: stay inside it
        offset = mapped
    return offset


def _breaks(text: str, start: int = 0, end: int | None = None) -> array[int]:
    """Offsets (from ``start``) of the line breaks in ``text[start:end]``."""
    stop = len(text) if end is None else min(end, len(text))
    out = array("q")
    at = text.find("\n", start, stop)
    if at < 0:
        return out
    out.extend(m.start() - start for m in _NEWLINE.finditer(text, start, stop))
    return out


def _tracked_sub(regex: re.Pattern[str], repl: str | Callable[[re.Match[str]], str],
                 text: str) -> tuple[str, tuple[array[int], array[int]]]:
    """``regex.sub(repl, text)`` with anchors at each replacement's two ends. A fixed
    ``repl`` (no backslashes) is substituted at C speed; spans alone are walked."""
    new: list[int] = []
    old: list[int] = []
    shift = 0
    if isinstance(repl, str):
        size = len(repl)
        for m in regex.finditer(text):
            start, end = m.span()
            new.append(start + shift)
            old.append(start)
            shift += size - end + start
            new.append(end + shift)
            old.append(end)
        out = regex.sub(repl, text) if new else text
        return out, (array("q", new), array("q", old))
    pieces: list[str] = []
    pos = 0
    for m in regex.finditer(text):
        start, end = m.span()
        piece = repl(m)
        if piece == m.group(0):
            continue
        pieces.append(text[pos:start])
        pieces.append(piece)
        new.append(start + shift)
        old.append(start)
        shift += len(piece) - end + start
        new.append(end + shift)
        old.append(end)
        pos = end
    if pieces:
        pieces.append(text[pos:])
        text = "".join(pieces)
    return text, (array("q", new), array("q", old))


def _space_steps(text: str) -> tuple[str, tuple[array[int], array[int]]]:
    """``_SPACES.sub(" ", text)`` (at C speed) plus anchors where a run shrank."""
    new: list[int] = []
    old: list[int] = []
    shift = 0
    for m in _SPACE_RUNS.finditer(text):
        start, end = m.span()
        new.append(start - shift)
        old.append(start)
        shift += end - start - 1
        new.append(end - shift)
        old.append(end)
    return _SPACES.sub(" ", text), (array("q", new), array("q", old))


def _nfkc_step(text: str) -> tuple[str, tuple[array[int], array[int]]] | None:
    """NFKC with anchors at the start of each line whose length it changed and of
    the line after. NFKC keeps line breaks (a newline composes with nothing), so line
    n of the output is line n of the input; None if that ever did not hold."""
    new, old = array("q"), array("q")
    if unicodedata.is_normalized("NFKC", text):
        return text, (new, old)
    out = unicodedata.normalize("NFKC", text)
    before, after = text.split("\n"), out.split("\n")
    if len(before) != len(after):
        return None
    pos_old = pos_new = 0
    for a, b in zip(before, after, strict=True):
        if len(a) != len(b):
            new.append(pos_new)
            old.append(pos_old)
            new.append(pos_new + len(b) + 1)
            old.append(pos_old + len(a) + 1)
        pos_old += len(a) + 1
        pos_new += len(b) + 1
    return out, (new, old)


# html.unescape's own replacement (the standard library's, when it is there).
_unescape_one: Callable[[re.Match[str]], str] = getattr(
    html, "_replace_charref", lambda m: html.unescape(m.group(0)))


def _markup_tracked(raw: str) -> tuple[str, Steps]:
    """The markup steps of ``normalize``, each with its anchors."""
    steps: Steps = []
    if "<" in raw:
        raw, step = _tracked_sub(_COMMENT, " ", raw)
        steps.append(step)
        raw, step = _tracked_sub(_BLOCK_TAG, "\n", raw)
        steps.append(step)
        raw, step = _tracked_sub(_ANY_TAG, "", raw)
        steps.append(step)
    return raw, steps


def _rest_tracked(raw: str) -> tuple[str, Steps | None]:
    """The steps of ``normalize`` after the markup, each with its anchors (None when
    NFKC could not be followed)."""
    steps: Steps = []
    if "](" in raw:
        raw, step = _tracked_sub(_MD_LINK, lambda m: m.group(1) + " " + m.group(2), raw)
        steps.append(step)
    if "&" in raw:
        raw, step = _tracked_sub(_CHARREF, _unescape_one, raw)
        steps.append(step)
    if raw.isascii():
        raw, step = _space_steps(raw)
        steps.append(step)
        return _blank_lines_tracked(raw, steps)
    nfkc = _nfkc_step(raw)
    if nfkc is None:
        return raw, None
    raw, step = nfkc
    steps.append(step)
    raw, step = _tracked_sub(_ZERO_WIDTH, "", raw)
    steps.append(step)
    raw = raw.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    raw, step = _space_steps(raw)
    steps.append(step)
    return _blank_lines_tracked(raw, steps)


def _blank_lines_tracked(raw: str, steps: Steps) -> tuple[str, Steps]:
    if "\n" in raw:
        raw, step = _tracked_sub(_BLANK_RUN, "\n\n", raw)
        steps.append(step)
    return raw, steps


def _normalize_tracked(raw: str, limit: int) -> tuple[str, Steps | None]:
    """``normalize(raw, limit)[0]`` step by step, with each step's anchors (or None
    when a step cannot be followed). Must stay the same function as ``normalize``:
    a test compares the two on generated and real texts."""
    if not raw:
        return "", []
    mid, steps = _markup_tracked(raw[:limit])
    out, rest = _rest_tracked(mid)
    if rest is None:
        return out, None
    return out, steps + rest


def normalize(raw: str, limit: int = MAX_SCAN_CHARS) -> tuple[str, bool]:
    """Plain text from raw post content. Returns (text, truncated)."""
    if not raw:
        return "", False
    truncated = len(raw) > limit
    if truncated:
        raw = raw[:limit]
    if "<" in raw:
        raw = _COMMENT.sub(" ", raw)
        raw = _BLOCK_TAG.sub("\n", raw)
        raw = _ANY_TAG.sub("", raw)
    if "](" in raw:
        raw = _MD_LINK.sub(r"\1 \2", raw)
    if "&" in raw:
        raw = html.unescape(raw)
    if raw.isascii():  # ASCII is already NFKC and holds no zero-width or curly quotes
        text = _SPACES.sub(" ", raw) if _SPACES_TO_CHANGE.search(raw) else raw
    else:
        text = unicodedata.normalize("NFKC", raw)
        text = _ZERO_WIDTH.sub("", text)
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
        if _SPACES_TO_CHANGE.search(text):
            text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text, truncated


def hrefs(raw: str, limit: int = MAX_SCAN_CHARS) -> list[str]:
    """Link targets in HTML markup (Mastodon and WordPress keep the full URL there
    while the visible text is shortened)."""
    if "href" not in raw:
        return []
    out = []
    for tag in _ANCHOR.finditer(raw[:limit]):
        anchor = tag.group(0)
        if _MENTION_CLASS.search(anchor):
            continue
        m = _HREF.search(anchor)
        if m:
            out.append(html.unescape(m.group(1)))
            if len(out) >= 500:
                break
    return out


def fold(text: str) -> str:
    """Lower case without accents: the key for gazetteer and watchlist matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def snippet(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> str:
    """A short piece of text around a match (at most ``width`` characters)."""
    span = max(0, end - start)
    if span >= width:
        return text[start : start + width - 1] + "…"
    pad = (width - span) // 2
    lo = max(0, start - pad)
    hi = min(len(text), end + pad)
    piece = text[lo:hi].replace("\n", " ")
    if lo > 0:
        piece = "…" + piece[1:]
    if hi < len(text):
        piece = piece[:-1] + "…"
    return piece


def post_texts(posts: Iterator[Post] | list[Post], include_others: bool = False) -> Iterator[Text]:
    """Title, content warning and body of each authored post, normalised. URLs the platform stored
    beside the text (X ``expanded_url``) and HTML link targets come along. ``include_others``: the
    posts that are not the writer's words (a retweet, a reviewer's comment) too."""
    for post in posts:
        if not include_others and not getattr(post, "authored", True):
            continue
        raw = post.text if isinstance(post.text, str) else ""
        extra_urls: list[str] = []
        stored = post.extra.get("urls") if isinstance(post.extra, dict) else None
        if isinstance(stored, (list, tuple)):
            extra_urls.extend(u for u in stored[:200] if isinstance(u, str))
        elif isinstance(stored, str):
            extra_urls.append(stored)
        extra_urls.extend(hrefs(raw))
        body, truncated = normalize(raw)
        size = len(body)
        # Titles and content warnings are the writer's words too.
        for extra_text in (post.title, getattr(post, "content_warning", None)):
            if isinstance(extra_text, str) and extra_text.strip():
                head, _ = normalize(extra_text, 2_000)
                body = head + "\n" + body
        base = text_base(post)
        text = Text(body, post.origin, truncated, tuple(dict.fromkeys(extra_urls)) if extra_urls else (),
                    raw if base is not None else None, len(body) - size, base)
        joined = post.extra.get("descriptions_at") if isinstance(post.extra, dict) else None
        if base is not None and isinstance(joined, int) and 0 <= joined <= len(raw):
            end = len(raw[:joined].rstrip())  # the text's end, before the descriptions
            text.last_line = base[1] + raw.count("\n", base[0], end) if end >= base[0] else base[1] - 1
        yield text


# The four text detectors read the same texts: normalise each corpus once.
_LAST: list[tuple[object, int, list[Text]]] = []
# The texts of the same corpus that are not the writer's words, read by the watchlist alone.
_OTHERS: list[tuple[object, int, list[Text]]] = []


def last_corpus() -> object | None:
    """The corpus ``corpus_texts`` read last: the text detectors name locations against it."""
    return _LAST[0][0] if _LAST else None


def corpus_texts(corpus: object, include_others: bool = False) -> list[Text]:
    """Normalised texts of a corpus's authored posts, computed once per corpus. ``include_others``:
    then those of its posts in someone else's words the account or file publishes all the same (a
    retweet, a comment by another person in a Word or RTF file), after them. The disclosure, place
    and link detectors never read those (they are not the writer's words); the watchlist does: a
    watched name there is in what is published (fifteenth session, fin15)."""
    posts = getattr(corpus, "posts", [])
    if _LAST and _LAST[0][0] is corpus and _LAST[0][1] == len(posts):
        texts = _LAST[0][2]
    else:
        texts = list(post_texts(corpus.authored_posts()))  # type: ignore[attr-defined]
        _LAST.clear()
        _LAST.append((corpus, len(posts), texts))
    if not include_others:
        return texts
    if not (_OTHERS and _OTHERS[0][0] is corpus and _OTHERS[0][1] == len(posts)):
        theirs = [post for post in posts if not getattr(post, "authored", True)]
        _OTHERS.clear()
        _OTHERS.append((corpus, len(posts), list(post_texts(theirs, include_others=True))))
    others = _OTHERS[0][2]
    return texts + others if others else texts

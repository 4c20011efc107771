"""HTML post bodies (Mastodon, WordPress, HTML blog posts) to plain text.

Tags go, paragraphs and line breaks become newlines, entities are unescaped and
link targets stay visible, so the link and place detectors see what a reader of
the page could click on. Uses the standard library's tolerant ``html.parser``:
no network, no external entities.

``html.parser`` is quadratic, even cubic, on markup it cannot finish: at the end
of the input it takes an unclosed ``<a``, ``</``, ``<?`` or ``<!--`` as one or two
characters of text and then scans to the end again for the next one (Python 3.11:
``"<a" * 50000`` took 15 s, ``"<a " * 5000``, 15 KB, 4.6 s). ``_defuse`` first
turns every ``<`` that cannot open a complete construct into ``&lt;``, which the
parser reads back as the same ``<`` of text, in one linear pass; HTML whose markup
all closes is passed on unchanged.

Memory, not time, bounds one start tag: ``html.parser`` finds a tag's end with a regular
expression whose backtracking stack grows by about 200 bytes a character of the tag, then
builds a tuple per attribute. One tag of a million attributes (``'<b ' + 'a=1 ' * 1_040_000``,
a 4 MB note) peaked at 871 MB. ``_thin_tags`` first finds each tag's end with the same
pattern made possessive (no backtracking: constant memory), and a tag longer than
``_LONG_TAG`` characters keeps its first ``_MAX_ATTRIBUTES`` attributes (eighth session,
29 November 2026). A long tag with few attributes (an image's data: URI) is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "hr",
        "dt",
        "dd",
    ]
)
_SKIP_TAGS = frozenset(("script", "style", "template", "head", "title"))
# html.parser spends 4-5 us a tag: 10 MB of nested <div> took 19 s, 32 MiB of paragraphs 11.7 s.
# The readers parse a document's (a post body's) first 4 Mi characters of markup and say so (the
# detectors read a post's first 1,000,000 characters in any case): a .html file since the eighth
# session, WordPress, blog and Mastodon bodies since 29 November 2026 (ninth session). A cap for
# time: memory is bounded per tag by _thin_tags (one tag of a million attributes).
MAX_HTML_PARSED = 4 * 1024 * 1024
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Cap on kept link targets per document so a hostile page cannot balloon the text.
_MAX_LINKS = 2000
# Nested <blockquote> levels marked ("> > "); deeper ones are marked as this deep.
_MAX_QUOTE_DEPTH = 8
# Alt texts kept per document (common.image_descriptions keeps 50 of them, each once).
_MAX_ALTS = 200
# What html.parser (_markupbase) needs to close a comment and a marked section.
_COMMENT_CLOSE = re.compile(r"--\s*>")
_SECTION_CLOSE = re.compile(r"\]\s*\]\s*>")  # <![CDATA[ ... ]]>
_MS_SECTION_CLOSE = re.compile(r"\]\s*>")  # <![if ...]> ... <![endif]>
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_CDATA_SECTIONS = frozenset(("temp", "cdata", "ignore", "include", "rcdata"))
_MS_SECTIONS = frozenset(("if", "else", "endif"))
_DECLARATION = re.compile(r"<!--|<!\[")


_RAW_TEXT_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)


def _raw_text_spans(html: str) -> list[tuple[int, int]]:
    """(start, end) of the contents of <script> and <style> elements, where "<!--"
    is script text, not a comment (html.parser reads them raw up to the end tag)."""
    if "<s" not in html and "<S" not in html:
        return []
    lower = html.lower()
    spans = []
    pos = 0
    while (match := _RAW_TEXT_OPEN.search(html, pos)) is not None:
        close = lower.find("</" + match.group(1).lower(), match.end())
        end = len(html) if close < 0 else close
        spans.append((match.end(), end))
        pos = max(end, match.end())
    return spans


# html.parser's locatestarttagend_tolerant and attrfind_tolerant (Python 3.11), possessive:
# the same ends in one pass, without the backtracking stack that made a 4 MB tag cost 840 MB.
_START_TAG = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*+
  (?>[\s/]*+
    (?>(?<=['"\s/])[^\s/>][^\s/=>]*+
      (?>\s*+=++\s*+
        (?>'[^']*+'|"[^"]*+"|(?!['"])[^>\s]*+)
        \s*+
       )?+(?:\s|/(?!>))*+
     )*+
   )?+
  \s*+
""", re.VERBOSE)
_TAG_NAME = re.compile(r"<[a-zA-Z][^\t\n\r\f />\x00]*+(?:\s|/(?!>))*+")
_ATTRIBUTE = re.compile(r"""((?<=['"\s/])[^\s/>][^\s/=>]*+)"""
                        r"""(?>\s*+=++\s*+('[^']*+'|"[^"]*+"|(?!['"])[^>\s]*+))?+(?:\s|/(?!>))*+""")
_LONG_TAG = 8 * 1024  # characters: a tag this long may hold thousands of attributes
_MAX_ATTRIBUTES = 256  # kept per long tag; the text extractor reads only href and src


def _thin_tags(html: str) -> str:
    """``html`` with every start tag longer than ``_LONG_TAG`` characters cut to its first
    ``_MAX_ATTRIBUTES`` attributes. Linear, in constant memory per tag."""
    if len(html) <= _LONG_TAG:
        return html
    pieces: list[str] = []
    done = 0
    for tag in _START_TAG.finditer(html):
        if tag.end() - tag.start() <= _LONG_TAG:
            continue
        name = _TAG_NAME.match(html, tag.start())
        if name is None:  # the pattern above starts with the same name
            continue
        kept: list[str] = []
        cut = False
        for attribute in _ATTRIBUTE.finditer(html, name.end(), tag.end()):
            if len(kept) == _MAX_ATTRIBUTES:
                cut = True
                break
            kept.append(attribute.group().rstrip())
        if not cut:
            continue
        pieces.append(html[done:tag.start()])
        pieces.append(name.group().rstrip() + " " + " ".join(kept) + " ")
        done = tag.end()
    if not pieces:
        return html
    pieces.append(html[done:])
    return "".join(pieces)


def _last_start(pattern: re.Pattern[str], text: str) -> int:
    last = -1
    for match in pattern.finditer(text):
        last = match.start()
    return last


def _defuse(html: str) -> str:
    """``html`` with each ``<`` that cannot start a complete construct written as
    ``&lt;``: every ``<`` after the last ``>`` (all markup ends in ``>``); from a
    ``<!--`` with no ``-->`` after it, or a ``<![`` with no ``]]>`` / ``]>`` after it
    or with a section name html.parser does not know (it raised AssertionError there,
    and the rest of the document was lost), to the next ``>``, which is what the
    parser would have shown as text. Linear in the length of ``html``."""
    last_gt = html.rfind(">")
    head, tail = html[: last_gt + 1], html[last_gt + 1 :]
    if "<" in tail:
        tail = tail.replace("<", "&lt;")
    if "<!" not in head:
        return head + tail
    comment_close = section_close = ms_section_close = -2  # found lazily: most pages have none
    raw = _raw_text_spans(head)
    raw_at = 0
    pieces: list[str] = []
    done = 0
    for opener in _DECLARATION.finditer(head):
        at = opener.start()
        if at < done:
            continue  # inside text already defused
        while raw_at < len(raw) and raw[raw_at][1] <= at:
            raw_at += 1
        if raw_at < len(raw) and raw[raw_at][0] <= at:
            continue  # script or style text: not a declaration, and must not be cut
        if opener.group() == "<!--":
            if comment_close == -2:
                comment_close = _last_start(_COMMENT_CLOSE, head)
            closes = comment_close >= at + 4
        else:
            name = _SECTION_NAME.match(head, at + 3)
            kind = name.group().strip().lower() if name else ""
            if kind in _CDATA_SECTIONS:
                if section_close == -2:
                    section_close = _last_start(_SECTION_CLOSE, head)
                closes = section_close >= at + 3
            elif kind in _MS_SECTIONS:
                if ms_section_close == -2:
                    ms_section_close = _last_start(_MS_SECTION_CLOSE, head)
                closes = ms_section_close >= at + 3
            else:
                closes = False
        if not closes:
            # html.parser takes it as text up to the next ">": so does the defused copy.
            end = head.find(">", at + 1) + 1
            pieces.append(head[done:at])
            pieces.append(head[at:end].replace("<", "&lt;"))
            done = end
    if not pieces:
        return head + tail
    pieces.append(head[done:])
    pieces.append(tail)
    return "".join(pieces)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        # Open anchors: (href, index into parts where the anchor's text starts)
        self._anchors: list[tuple[str | None, int]] = []
        self._links_kept = 0
        self.links: list[str] = []
        # An <img>'s alt text: the writer's words about the photo, joined after the text as
        # image descriptions by the readers that want them (sources/common.join_descriptions).
        self.alts: list[str] = []
        # <blockquote>: someone else's words, quoted. Its lines come out as "> " lines, the
        # quotation the text detectors already know from Markdown and e-mail (heuristics/
        # disclosure.toml [context] blockquote) and style leaves out; before the twelfth session
        # they were flattened into the writer's own text. (index into parts, depth from there on)
        self._quote_depth = 0
        self._depths: list[tuple[int, int]] = []
        # Each open <blockquote>: whether it counted as a level (rev12a: one past the cap or a
        # pull quote does not, so its close must not take a level off).
        self._quote_opens: list[bool] = []
        # Open elements whose class names a pull quote ([tag, same tags nested inside]): a pull
        # quote repeats the writer's own words in large type (Gutenberg's core/pullquote, "a quote
        # from your text": <figure class="wp-block-pullquote"><blockquote>; Medium's
        # <blockquote class="graf graf--pullquote">), so it stays the writer's text (rev12a item 2).
        self._pull: list[list] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        # Only elements that hold a quote and are closed (figure, blockquote, aside, div): a <p>
        # closes itself in HTML5, and an unclosed <p class="pullquote"> kept every later
        # <blockquote> of the page the writer's own (review rev12f 7); a <p> is never a quote.
        pull = tag in ("figure", "blockquote", "aside", "div") and "pullquote" in (
            dict(attrs).get("class") or "").lower()
        if self._pull and tag == self._pull[-1][0]:
            self._pull[-1][1] += 1
        elif pull and len(self._pull) < 50:
            self._pull.append([tag, 0])
        if tag == "blockquote":
            counts = not self._pull and self._quote_depth < _MAX_QUOTE_DEPTH
            self._quote_opens.append(counts)
            if counts:
                self._quote_depth += 1
                self._depths.append((len(self.parts), self._quote_depth))
        if tag == "a":
            href = dict(attrs).get("href")
            if len(self._anchors) < 50:  # unclosed anchors nest; keep the stack small
                self._anchors.append((href, len(self.parts)))
        elif tag == "img":
            found = dict(attrs)
            src = found.get("src")
            if src and self._links_kept < _MAX_LINKS:
                self._links_kept += 1
                self.links.append(src)
            alt = found.get("alt")
            if alt and not self._skip_depth and len(self.alts) < _MAX_ALTS:
                self.alts.append(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _BLOCK_TAGS and tag not in ("img",):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag == "a" and self._anchors:
            href, start = self._anchors.pop()
            self._close_anchor(href, start)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "blockquote" and self._quote_opens and self._quote_opens.pop():
            self._quote_depth -= 1
            self._depths.append((len(self.parts), self._quote_depth))
        if self._pull and tag == self._pull[-1][0]:
            if self._pull[-1][1]:
                self._pull[-1][1] -= 1
            else:
                self._pull.pop()

    def _close_anchor(self, href: str | None, start: int) -> None:
        if not href or self._links_kept >= _MAX_LINKS:
            return
        href = href.strip()
        if not href or href.startswith("#") or href.lower().startswith("javascript:"):
            return
        self._links_kept += 1
        self.links.append(href)
        shown = "".join(self.parts[start : start + 200]).strip()
        compact = _SPACE_RUN.sub("", shown)
        if shown.startswith(("@", "#")):
            return  # a mention or hashtag: the tag list keeps the target
        bare = href.split("://", 1)[-1].rstrip("/")
        if compact and (href in compact or bare in compact):
            return  # the text already shows the target
        self.parts.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth:
            self.parts.append(data)
        else:
            self.parts.append(_SPACE_RUN.sub(" ", data))

    def text(self) -> str:
        while self._anchors:
            href, start = self._anchors.pop()
            self._close_anchor(href, start)
        if self._depths:
            lines = self._quoted_lines()
        else:  # the usual case: no quotation
            lines = [line.strip() for line in "".join(self.parts).split("\n")]
        return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()

    def _quoted_lines(self) -> list[str]:
        """The text's lines, each line with text inside a <blockquote> starting "> " (one per
        level: "> > " inside two)."""
        lines: list[str] = [""]
        depths = [0]
        marks = iter(self._depths + [(len(self.parts), 0)])
        at, depth_next = next(marks)
        depth = 0
        for index, part in enumerate(self.parts):
            while index >= at:
                depth = depth_next
                at, depth_next = next(marks, (len(self.parts) + 1, 0))
            for number, piece in enumerate(part.split("\n")):
                if number:
                    lines.append("")
                    depths.append(0)
                lines[-1] += piece
                if depth and piece.strip():
                    depths[-1] = max(depths[-1], depth)
        return [("> " * depth + line.strip()) if depth and line.strip() else line.strip()
                for line, depth in zip(lines, depths, strict=True)]


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment; never raises."""
    return html_text_and_links(html)[0]


def html_links(html: str) -> list[str]:
    """Link and image targets of an HTML fragment (href and img src)."""
    return html_text_and_links(html)[1]


def html_cut(html: str, limit: int | None = None) -> tuple[str, str | None]:
    """``html`` up to ``limit`` (MAX_HTML_PARSED) characters, and the line that says what
    was left out (None when nothing was)."""
    limit = MAX_HTML_PARSED if limit is None else limit
    if len(html) <= limit:
        return html, None
    return html[:limit], (f"HTML of more than {limit:,} characters: its text and links were read from "
                          f"the first {limit:,}")


def html_text_and_links(html: str, *, said: Callable[[str], None] | None = None) -> tuple[str, list[str]]:
    """Plain text and link/image targets, in one parse; never raises. With ``said`` (a post
    body's reader), markup past MAX_HTML_PARSED characters is not parsed and ``said`` is given
    the line that says so (a cut inside a tag is harmless: _defuse makes it text)."""
    text, links, _alts = html_text_links_and_alts(html, said=said)
    return text, links


def html_text_links_and_alts(
    html: str, *, said: Callable[[str], None] | None = None
) -> tuple[str, list[str], list[str]]:
    """As html_text_and_links, and the ``alt`` text of each ``<img>`` in order (at most
    _MAX_ALTS, entities unescaped, outside <script>/<style>): the readers of blog and
    WordPress posts join them as image descriptions (tenth session, 29 November 2026)."""
    if said is not None:
        html, cut = html_cut(html)
        if cut:
            said(cut)
    if not html:
        return "", [], []
    if "<" not in html and "&" not in html:
        return html.strip(), [], []
    parser = _TextExtractor()
    try:
        parser.feed(_thin_tags(_defuse(html)))
        parser.close()
    except (AssertionError, ValueError, RecursionError):
        # html.parser is tolerant, but keep whatever was read if it gives up.
        pass
    return parser.text(), parser.links, parser.alts


# An <img> tag written into Markdown (inline HTML, which every Markdown renderer passes on):
# its end found without backtracking, a tag of any length in one linear pass.
_INLINE_IMG = re.compile(r"<img\b[^<>]*+>", re.IGNORECASE)


# Markdown code (CommonMark 0.31): a fence opens with 3+ backticks or tildes indented at most 3
# spaces (a backtick fence's info string holds no backtick) and closes with a run of the same
# character at least as long, alone on its line; a list item's content starts after its marker.
_MD_FENCE = re.compile(r"(`{3,}(?=[^`]*$)|~{3,})")
_MD_LIST_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)")
_BACKTICKS = re.compile(r"`+")
_MD_HEADING = re.compile(r"#{1,6}(?:[ \t\r]|$)")
_BLANK_LINE = re.compile(r"(\n[ \t\r]*+\n)")


def _indent(line: str) -> int:
    """The columns of a line's leading white space (a tab to the next multiple of 4)."""
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _paragraph_without_spans(text: str) -> str:
    """``text`` (one paragraph: no blank line) with its code spans blanked: a run of n
    backticks opens one and the next run of exactly n closes it; a run with no such partner
    is literal. Linear: each length's partner pointer only moves forward."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    pointer = dict.fromkeys(by_length, 0)
    parts, at, index = [], 0, 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        while pointer[end - start] < len(same) and same[pointer[end - start]] <= index:
            pointer[end - start] += 1
        if pointer[end - start] == len(same):
            index += 1  # no partner: literal backticks
            continue
        partner = same[pointer[end - start]]
        parts.append(text[at:start])
        parts.append(" ")
        at = runs[partner][1]
        index = partner + 1
    return "".join(parts) + text[at:]


def markdown_without_code(markdown: str) -> str:
    """``markdown`` with its fenced code blocks, indented code blocks and code spans blanked
    (eleventh session, 30 November 2026): what they hold is shown as text, so an ``<img>`` tag
    in a how-to post's example is no image of the post. One pass over the lines; an indented
    line is code only where it cannot continue a paragraph (after a blank line or code) and
    sits 4 columns past the current list item's content."""
    kept: list[str] = []
    fence: tuple[str, int] | None = None
    list_indent = 0  # the column where the current list item's content starts (0: no list)
    can_open_code = True  # after a blank line, a heading, a fence or code: no paragraph to continue
    for line in markdown.split("\n"):
        indent = _indent(line)
        if fence is not None:
            stripped = line.strip()
            closes = len(stripped) >= fence[1] and stripped == fence[0] * len(stripped)
            if closes and indent - list_indent < 4:
                fence = None
            kept.append("")
            continue
        if not line.strip():
            kept.append(line)
            can_open_code = True
            continue
        if list_indent and indent < list_indent and can_open_code:
            list_indent = 0  # left of the item's content after a blank line: the list has ended
        if indent >= list_indent + 4 and can_open_code:
            kept.append("")
            continue
        rest = line.lstrip(" \t")
        item = _MD_LIST_ITEM.match(rest) if indent < list_indent + 4 else None
        if item is not None:
            marker = item.group().rstrip(" \t")
            spaces = len(item.group()) - len(marker)
            list_indent = indent + len(marker) + (spaces if 1 <= spaces <= 4 else 1)
            rest = rest[item.end():]
        opened = _MD_FENCE.match(rest) if indent < list_indent + 4 else None
        if opened is not None:
            fence = (opened.group(1)[0], len(opened.group(1)))
            kept.append("")
            can_open_code = True
            continue
        kept.append(line)
        can_open_code = _MD_HEADING.match(rest) is not None
    # A code span never crosses a blank line (CRLF files' blank lines hold a \r).
    pieces = _BLANK_LINE.split("\n".join(kept))
    return "".join(_paragraph_without_spans(piece) if i % 2 == 0 and "`" in piece else piece
                   for i, piece in enumerate(pieces))


def inline_img_alts(markdown: str) -> list[str]:
    """The ``alt`` text of each ``<img>`` tag written into a Markdown post or note (eleventh
    session, 29 November 2026), read as an HTML post's are (html_text_links_and_alts: entities
    unescaped, at most _MAX_ALTS): the tags alone are parsed, never the Markdown around them,
    so a ``<!--`` or ``<script>`` in its text cannot hide or invent one. Tags inside code
    (fenced, indented, a code span) are examples shown as text, not images (30 November)."""
    if "<" not in markdown:
        return []
    markdown = markdown_without_code(markdown)
    tags = [m.group() for _, m in zip(range(_MAX_ALTS), _INLINE_IMG.finditer(markdown), strict=False)]
    return html_text_links_and_alts("\n".join(tags))[2] if tags else []

"""HTML post bodies (Mastodon, WordPress, HTML blog posts) to plain text.

Tags go, paragraphs and line breaks become newlines, entities are unescaped and
link targets stay visible, so the link and place detectors see what a reader of
the page could click on. Uses the standard library's tolerant ``html.parser``:
no network, no external entities, linear time.
"""

from __future__ import annotations

import re
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
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Cap on kept link targets per document so a hostile page cannot balloon the text.
_MAX_LINKS = 2000


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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href")
            if len(self._anchors) < 50:  # unclosed anchors nest; keep the stack small
                self._anchors.append((href, len(self.parts)))
        elif tag == "img":
            src = dict(attrs).get("src")
            if src and self._links_kept < _MAX_LINKS:
                self._links_kept += 1
                self.links.append(src)

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
        raw = "".join(self.parts)
        lines = [line.strip() for line in raw.split("\n")]
        return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment; never raises."""
    return html_text_and_links(html)[0]


def html_links(html: str) -> list[str]:
    """Link and image targets of an HTML fragment (href and img src)."""
    return html_text_and_links(html)[1]


def html_text_and_links(html: str) -> tuple[str, list[str]]:
    """Plain text and link/image targets, in one parse; never raises."""
    if not html:
        return "", []
    if "<" not in html and "&" not in html:
        return html.strip(), []
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, RecursionError):
        # html.parser is tolerant, but keep whatever was read if it gives up.
        pass
    return parser.text(), parser.links

"""Turn a post's raw text (Mastodon/WordPress HTML, entities, odd Unicode) into
plain text that every text detector reads the same way.

Bounded: at most ``MAX_SCAN_CHARS`` characters of one post are scanned, and every
regex here is linear (no nested quantifiers), so a 5 MB post costs milliseconds.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from nymaudit.model import Origin, Post

# A post longer than this is scanned in its first part only, and the report says
# so (INPUT003). 100,000 until 29 November 2026, when a 114 KB draft passed `check`
# with a watched town in its last paragraph; every pattern here is linear, and a
# whole 1,000,000-character post costs about a second.
MAX_SCAN_CHARS = 1_000_000
SNIPPET_CHARS = 160

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|pre)\b[^<>]{0,500}>", re.I)
_ANY_TAG = re.compile(r"<[/!?]?[A-Za-z][^<>]{0,1000}>")
_COMMENT = re.compile(r"<!--[^<>]{0,5000}-->")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^()\s]{1,4000})\)")
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ANCHOR = re.compile(r"<a\s[^<>]{0,4000}>", re.I)
_HREF = re.compile(r"""href\s*=\s*["']([^"'<>\s]{1,4000})["']""", re.I)
# Mastodon marks links to the people and hashtags a post mentions: not the writer's links.
_MENTION_CLASS = re.compile(r"""class\s*=\s*["'][^"']*\b(?:mention|hashtag)\b""", re.I)


@dataclass(frozen=True, slots=True)
class Text:
    """One unit of the writer's text with where it came from."""

    text: str
    origin: Origin
    truncated: bool = False
    urls: tuple[str, ...] = ()


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
        return _SPACES.sub(" ", raw), truncated
    text = unicodedata.normalize("NFKC", raw)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = _SPACES.sub(" ", text)
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


def post_texts(posts: Iterator[Post] | list[Post]) -> Iterator[Text]:
    """Title, content warning and body of each authored post, normalised. URLs the platform stored
    beside the text (X ``expanded_url``) and HTML link targets come along."""
    for post in posts:
        if not getattr(post, "authored", True):
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
        # Titles and content warnings are the writer's words too.
        for extra_text in (post.title, getattr(post, "content_warning", None)):
            if isinstance(extra_text, str) and extra_text.strip():
                head, _ = normalize(extra_text, 2_000)
                body = head + "\n" + body
        yield Text(body, post.origin, truncated, tuple(dict.fromkeys(extra_urls)))


# The four text detectors read the same texts: normalise each corpus once.
_LAST: list[tuple[object, int, list[Text]]] = []


def corpus_texts(corpus: object) -> list[Text]:
    """Normalised texts of a corpus's authored posts, computed once per corpus."""
    posts = getattr(corpus, "posts", [])
    if _LAST and _LAST[0][0] is corpus and _LAST[0][1] == len(posts):
        return _LAST[0][2]
    texts = list(post_texts(corpus.authored_posts()))  # type: ignore[attr-defined]
    _LAST.clear()
    _LAST.append((corpus, len(posts), texts))
    return texts

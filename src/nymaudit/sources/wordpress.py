"""WordPress WXR export (Tools > Export): posts and the author's own comments.

Parsed with ``defusedxml`` in streaming mode (iterparse): entity declarations
(billion laughs), external entities and DTD tricks are refused, and every element is
cleared and dropped from its parent once read (an item with all it holds), so a large
export is not held as a full tree. Until 29 November 2026 (ninth session) only items
and authors were: 10,000,000 empty elements in ``<channel>`` (40 MB) held 0.94 GB.
Invalid UTF-8 is replaced chunk by chunk as the parser reads (it was decoded and
re-encoded whole: 7.6 times the file), and a post body's HTML is parsed up to
``MAX_HTML_PARSED`` characters, as a ``.html`` file's is.
"""

from __future__ import annotations

import codecs
import io
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    as_utf8,
    head_text,
    image_descriptions,
    join_descriptions,
    parse_timestamp,
    short,
)
from nymaudit.sources.html_text import MAX_HTML_PARSED, html_cut, html_text_links_and_alts, html_to_text
from nymaudit.sources.tree import InputProblem, Member, Tree, text_encoding

_WXR_NS = re.compile(r"xmlns:wp=[\"']https?://wordpress\.org/export/\d")
_RSS = re.compile(r"<rss[\s>]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_UTF_DECLARATION = re.compile(
    rb"""\A(<\?xml[^>]{0,200}?encoding\s{0,8}=\s{0,8}["'])utf-?(?:16|32)[^"']{0,8}(["'])""", re.I
)
ZERO_DATE = "0000-00-00 00:00:00"
DRAFT_STATUSES = frozenset(("draft", "pending", "auto-draft", "trash", "inherit"))
MAX_ITEMS = 2_000_000
# Elements outside items (the channel's head, authors, categories, tags, terms: a few per
# author or term; a site of 200,000 tags has about a million). Past it the export is no
# WordPress export, and its parse (about 2 us an element) stops there.
MAX_OTHER_ELEMENTS = 5_000_000
_CHUNK = 1024 * 1024  # bytes handed to the parser at a time when invalid UTF-8 is replaced
_OWN_SITE_TAGS = frozenset({("", "link"), ("wp", "base_blog_url")})


def _split(tag: object) -> tuple[str, str]:
    """('wp'|'dc'|'content'|'excerpt'|'', local name) for an element tag."""
    if not isinstance(tag, str):
        return "", ""
    if not tag.startswith("{"):
        return "", tag
    ns, _, local = tag[1:].partition("}")
    if "wordpress.org/export/" in ns:
        return ("excerpt" if "excerpt" in ns else "wp"), local
    if "purl.org/dc/elements" in ns:
        return "dc", local
    if "purl.org/rss/1.0/modules/content" in ns:
        return "content", local
    return "?", local


def _fields(elem: Any) -> dict[tuple[str, str], str]:
    """First text of each direct child, keyed by (namespace kind, local name)."""
    fields: dict[tuple[str, str], str] = {}
    for child in elem:
        key = _split(child.tag)
        if key not in fields:
            fields[key] = (child.text or "").strip() if key != ("content", "encoded") else (child.text or "")
    return fields


def _naive(value: str) -> datetime | None:
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _rfc822(value: str) -> datetime | None:
    """``Fri, 01 Mar 2024 08:15:00 +0000`` (RSS pubDate) as UTC; drafts carry
    ``Mon, 30 Nov -0001 ...``, which gives None."""
    if not value or len(value) > 64:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None or when.year < 1971:
        return None
    return when.astimezone(UTC)


def wp_html_parts(content: str) -> tuple[str, list[str], list[str]]:
    """Text, link and image targets, and images' alt text of a post body. WordPress stores
    paragraphs as blank lines (wpautop); make them real breaks."""
    content = content.replace("\r\n", "\n")
    explicit_paragraphs = "<p" in content
    content = _BLANK_LINE.sub("\n</p><p>\n", content)
    if not explicit_paragraphs:
        content = content.replace("\n", "<br>\n")  # single newlines are line breaks too
    return html_text_links_and_alts(content)


# The part of a media URL under uploads/ ("2024/03/walk.jpg", "sites/7/2024/02/b.jpg").
_UPLOADS_PART = re.compile(r"(?:^|/)uploads/([^?#\s\"'<>]+)")
MAX_SITE_UPLOADS = 200_000


def _note_upload(result: SourceResult, url: str | None, elem: Any) -> None:
    """An attachment item (the media library, attached or not): its file under uploads/, from
    the attachment URL and the ``_wp_attached_file`` meta, so that a site backup's files
    beside the export are read as the site's only when the export names them (sources.detect)."""
    if len(result.site_uploads) >= MAX_SITE_UPLOADS:
        return
    found = _UPLOADS_PART.search(url or "")
    if found:
        result.site_uploads.add(found.group(1).lower())
    for meta in elem:
        if _split(meta.tag) != ("wp", "postmeta"):
            continue
        fields = _fields(meta)
        if fields.get(("wp", "meta_key")) == "_wp_attached_file":
            value = fields.get(("wp", "meta_value"), "").strip().lstrip("/")
            if value and len(value) <= 500 and "://" not in value:
                result.site_uploads.add(value.lower())


LISTED_AUTHORS = 5


def _say_authors(result: SourceResult, member: Member, posts: list[Post]) -> None:
    """A group blog's export holds every author's posts (dc:creator), and all are read as
    one writer's: said, never silent. None is left out: which author is the user cannot be
    known from the export (the one who exported it is an administrator, not always the
    writer audited), and leaving out the user's own posts would hide their leaks."""
    from collections import Counter

    counts = Counter(str(p.extra.get("author") or "(no author)")
                     for p in posts if p.kind in ("post", "draft"))
    if len(counts) < 2:
        return
    listing = ", ".join(f"{name} {n}" for name, n in counts.most_common(LISTED_AUTHORS))
    more = f" and {len(counts) - LISTED_AUTHORS} more" if len(counts) > LISTED_AUTHORS else ""
    result.error(member.name, f"posts by {len(counts)} authors were read as one writer's ({listing}{more}): "
                              "if only some are yours, export your own (WordPress: Tools > Export > "
                              "Posts, Authors: yours) and scan that file")


def _first_invalid_utf8(data: bytes | bytearray) -> int | None:
    """Offset of the first byte that is not UTF-8, or None; decoded a chunk at a time
    (a whole decode held the file again as text)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start:start + _CHUNK], final=start + _CHUNK >= len(data))
        except UnicodeDecodeError as exc:
            return start - pending + exc.start
    return None


class _Replacing(io.RawIOBase):
    """``data`` as UTF-8 with each undecodable byte replaced by U+FFFD, produced a chunk
    at a time as iterparse reads (never the whole file decoded and encoded again)."""

    def __init__(self, data: bytes | bytearray) -> None:
        self._view = memoryview(data)
        self._at = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._ready = b""
        self._taken = 0  # bytes of _ready already handed out

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        while self._taken >= len(self._ready) and self._at < len(self._view):
            chunk = self._view[self._at:self._at + _CHUNK]
            self._at += len(chunk)
            self._ready = self._decoder.decode(chunk, final=self._at >= len(self._view)).encode("utf-8")
            self._taken = 0
        end = len(self._ready) if size is None or size < 0 else min(len(self._ready), self._taken + size)
        out = self._ready[self._taken:end]
        self._taken = end
        return out


def _cut_html(result: SourceResult, member: Member, record: str, html: str) -> str:
    """A post body's HTML up to MAX_HTML_PARSED characters (html.parser spends 4-5 us a
    tag: 20 MB of ``<b>x</b>`` took 16 s), the rest said, as for a ``.html`` file. Cut
    before wpautop's rewriting, which the cap would otherwise count."""
    html, cut = html_cut(html, MAX_HTML_PARSED)
    if cut:
        result.error(member.name, f"record {record}: {cut}")
    return html


class WordPressReader:
    name = "wordpress"
    description = "WordPress WXR export (posts, the author's own comments; the uploads beside it)"

    def _exports(self, tree: Tree) -> list[Member]:
        found = []
        for member in tree.members():
            if not member.name.lower().endswith((".xml", ".wxr", ".rss")):
                continue
            head = head_text(tree, member.name, 8192)
            if _WXR_NS.search(head) and _RSS.search(head):
                found.append(member)
        return found

    def sniff(self, tree: Tree) -> int:
        return 95 if self._exports(tree) else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        for member in self._exports(tree):
            self._read_export(tree, result, member)

    def _read_export(self, tree: Tree, result: SourceResult, member: Member) -> None:
        try:
            data = tree.read(member.name)
        except InputProblem as exc:
            result.error(member.name, str(exc))
            return
        if text_encoding(data)[0] != "utf-8":
            # A "Unicode" (UTF-16) copy: now UTF-8, so its declaration must say so.
            data = _UTF_DECLARATION.sub(rb"\1UTF-8\2", bytes(as_utf8(data)), count=1)
        bad = _first_invalid_utf8(data)
        source: io.RawIOBase | io.BytesIO
        if bad is None:
            source = io.BytesIO(data)  # shares the bytes, no copy
        else:
            # WXR declares UTF-8; expat would stop at the first bad byte.
            result.error(member.name, f"invalid UTF-8 at byte {bad}; undecodable bytes replaced")
            source = _Replacing(data)
        del data  # the source holds it
        authors: dict[str, tuple[str, str]] = {}  # login -> (user id, display name)
        items = 0
        links = 0
        attachment_urls: dict[str, list[str]] = {}  # parent post record -> media URLs
        first_post = len(result.posts)
        # Open elements from the root down to the record being read, an item or an author (its
        # own elements are not pushed: _fields reads them at its end, and it is dropped whole).
        parents: list[Any] = []
        in_item = 0  # depth inside the record being read (0: outside any)
        others = 0
        try:
            for event, elem in iterparse(source, events=("start", "end")):
                if event == "start":
                    if in_item:
                        in_item += 1
                    else:
                        parents.append(elem)
                        in_item = 1 if elem.tag == "item" or _split(elem.tag) == ("wp", "author") else 0
                    continue
                if in_item > 1:
                    in_item -= 1
                    continue
                in_item = 0
                parents.pop()
                kind, local = _split(elem.tag)
                if kind == "wp" and local == "author":
                    fields = _fields(elem)
                    login = fields.get(("wp", "author_login"), "")
                    if login:
                        authors[login] = (
                            fields.get(("wp", "author_id"), ""),
                            fields.get(("wp", "author_display_name"), ""),
                        )
                elif (kind, local) in _OWN_SITE_TAGS and items == 0 and not (local == "link" and links):
                    # The blog's own address (the channel's link, the first in the file, and
                    # base_blog_url): a post linking to its own site or uploads joins nothing
                    # (LINK007 leaves it out).
                    links += local == "link"
                    site = (elem.text or "").strip()
                    if site.startswith(("http://", "https://")) and len(site) <= 300 \
                            and site not in result.own_urls:
                        result.own_urls.append(site)
                elif kind == "" and local == "item":
                    items += 1
                    if items == 1 and not links and not result.own_urls:
                        # No channel link or base_blog_url (an export another tool wrote): the
                        # first post's link, the first <link> in the file, is the site's, as it
                        # was before items were read whole (review rev9a item 4).
                        first = (elem.findtext("link") or "").strip()
                        if first.startswith(("http://", "https://")) and len(first) <= 300:
                            result.own_urls.append(first)
                    self._item(tree, result, member, elem, authors, items, attachment_urls)
                    if items >= MAX_ITEMS:
                        result.error(member.name, f"more than {MAX_ITEMS:,} items; rest skipped")
                        break
                else:
                    others += 1
                    if others > MAX_OTHER_ELEMENTS:
                        result.error(member.name, f"more than {MAX_OTHER_ELEMENTS:,} elements outside posts "
                                                  "(not a WordPress export's layout); rest skipped")
                        break
                # Read: dropped (clearing alone left the empty element in its parent, 94 bytes
                # each). It is its parent's last child, so the removal is quick.
                elem.clear()
                if parents:
                    parents[-1].remove(elem)
        except DefusedXmlException as exc:
            result.error(
                member.name,
                f"refused: the XML declares entities or external references "
                f"(possible XML bomb): {type(exc).__name__}",
            )
        except ParseError as exc:
            line = getattr(exc, "position", (None, None))[0]
            result.error(member.name, f"malformed or truncated XML (line {line}); rest skipped")
        except (ValueError, RecursionError, MemoryError) as exc:
            result.error(member.name, f"unreadable XML: {type(exc).__name__}")
        for post in result.posts[first_post:]:
            urls = attachment_urls.get(post.id)
            if urls:
                post.extra["attachment_urls"] = urls[:500]
        _say_authors(result, member, result.posts[first_post:])

    def _item(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        elem: Any,
        authors: dict[str, tuple[str, str]],
        index: int,
        attachment_urls: dict[str, list[str]],
    ) -> None:
        fields = _fields(elem)
        post_type = fields.get(("wp", "post_type"), "post")
        post_id = fields.get(("wp", "post_id"), "") or str(index)
        creator = fields.get(("dc", "creator"), "")
        if post_type == "attachment":
            url = fields.get(("wp", "attachment_url"))
            parent = fields.get(("wp", "post_parent"), "0")
            _note_upload(result, url, elem)
            if url and parent not in ("", "0"):
                # The files are not in the export, only their URLs: keep them on
                # the parent post for the link detectors.
                attachment_urls.setdefault(f"wp-post-{parent}", []).append(url)
            return
        if post_type not in ("post", "page"):
            return  # menus, blocks, templates: not writing
        if post_type == "post":
            result.posts.append(self._post(tree, result, member, fields, post_id, index, elem))
        # The author's own comments count on posts and pages alike.
        author_id, display = authors.get(creator, ("", ""))
        names = {n.casefold() for n in (creator, display) if n}
        for comment in elem:
            if _split(comment.tag) != ("wp", "comment"):
                continue
            cfields = _fields(comment)
            user_id = cfields.get(("wp", "comment_user_id"), "0")
            by_author = (author_id and user_id not in ("", "0") and user_id == author_id) or (
                cfields.get(("wp", "comment_author"), "").casefold() in names
            )
            if by_author:
                result.posts.append(self._comment(tree, result, member, cfields, post_id, fields))

    def _post(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        fields: dict[tuple[str, str], str],
        post_id: str,
        index: int,
        elem: Any,
    ) -> Post:
        record = f"wp-post-{post_id}"
        when, offset = self._times(
            result,
            member,
            record,
            fields.get(("wp", "post_date"), ""),
            fields.get(("wp", "post_date_gmt"), ""),
        )
        if when is None and ("wp", "post_date_gmt") not in fields:
            when = _rfc822(fields.get(("", "pubDate"), ""))  # exports from before WXR 1.1
        status = fields.get(("wp", "status"), "") or "publish"
        extra: dict[str, Any] = {"status": status}
        if when is None and status not in DRAFT_STATUSES:
            # A published post whose post_date_gmt is zeros (posts imported by plugins): its
            # post_date is the site's local time in a zone the export does not say. Read as
            # a naive time (the timing detector counts it, TIME008), not dropped silently.
            when = self._local_only(fields.get(("wp", "post_date_gmt"), ""),
                                    fields.get(("wp", "post_date"), ""))
            if when is not None:
                extra["naive_time"] = True
                extra["zero_gmt"] = True
        categories = [
            (c.text or "").strip()
            for c in elem
            if _split(c.tag) == ("", "category") and c.get("domain") == "category"
        ]
        tags = [
            (c.text or "").strip()
            for c in elem
            if _split(c.tag) == ("", "category") and c.get("domain") == "post_tag"
        ]
        if categories:
            extra["categories"] = [c for c in categories if c][:200]
        if tags:
            extra["tags"] = [t for t in tags if t][:200]
        creator = fields.get(("dc", "creator"))
        if creator:
            extra["author"] = creator
        body = _cut_html(result, member, record, fields.get(("content", "encoded"), ""))
        text, links, alts = wp_html_parts(body)
        urls = [link for link in links if link.startswith(("http://", "https://"))]
        if urls:
            extra["urls"] = list(dict.fromkeys(urls))[:500]  # links and image sources
        excerpt = html_to_text(_cut_html(result, member, record, fields.get(("excerpt", "encoded"), "")))
        if excerpt and excerpt not in text:
            text = f"{text}\n\n{excerpt}".strip()
        # Images' alt text (the block editor's and the classic editor's <img alt>), as every
        # reader joins it (tenth session): marked, after the text, out of the style profile.
        text = join_descriptions(text, image_descriptions(list(alts)), extra)
        return Post(
            id=record,
            timestamp=when,
            text=text,
            origin=Origin(path=tree.display(member.name), record=record),
            url=fields.get(("", "link")) or None,
            kind="draft" if status in DRAFT_STATUSES else "post",
            title=fields.get(("", "title")) or None,
            stated_offset_minutes=offset,
            extra=extra,
        )

    def _comment(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        cfields: dict[tuple[str, str], str],
        post_id: str,
        item_fields: dict[tuple[str, str], str],
    ) -> Post:
        # Only what the writer wrote and when: never the commenter e-mail or IP columns.
        comment_id = cfields.get(("wp", "comment_id"), "") or "?"
        record = f"wp-comment-{comment_id}"
        when, offset = self._times(
            result,
            member,
            record,
            cfields.get(("wp", "comment_date"), ""),
            cfields.get(("wp", "comment_date_gmt"), ""),
        )
        parent = cfields.get(("wp", "comment_parent"), "0")
        link = item_fields.get(("", "link"))
        content = _cut_html(result, member, record, cfields.get(("wp", "comment_content"), ""))
        text, _links, alts = wp_html_parts(content)
        extra: dict[str, Any] = {
            "status": "approved" if cfields.get(("wp", "comment_approved")) == "1" else "unapproved"}
        text = join_descriptions(text, image_descriptions(list(alts)), extra)
        return Post(
            id=record,
            timestamp=when,
            text=text,
            origin=Origin(path=tree.display(member.name), record=record),
            url=f"{link}#comment-{comment_id}" if link else None,
            reply_to=f"wp-comment-{parent}" if parent not in ("", "0") else f"wp-post-{post_id}",
            kind="comment",
            stated_offset_minutes=offset,
            extra=extra,
        )

    @staticmethod
    def _local_only(gmt: str, local: str) -> datetime | None:
        """post_date as a naive time (tagged UTC, as other readers' naive times are) when
        post_date_gmt is 0000-00-00 and post_date is a real date; None otherwise."""
        if not gmt.startswith(ZERO_DATE[:10]) or not local or local.startswith(ZERO_DATE[:10]):
            return None
        naive = _naive(local)
        return naive.replace(tzinfo=UTC) if naive is not None and naive.year >= 1971 else None

    @staticmethod
    def _times(
        result: SourceResult, member: Member, record: str, local: str, gmt: str
    ) -> tuple[datetime | None, int | None]:
        """UTC time from the *_gmt field; the site's offset from local - gmt."""
        if not gmt or gmt.startswith(ZERO_DATE[:10]):
            return None, None  # drafts carry 0000-00-00: no time, not an error
        parsed, reason = parse_timestamp(gmt)
        if parsed is None:
            result.error(member.name, f"record {record}: {reason}")
            return None, None
        when = parsed.when
        offset = None
        local_naive = _naive(local) if local and not local.startswith(ZERO_DATE[:10]) else None
        gmt_naive = _naive(gmt)
        if local_naive is not None and gmt_naive is not None:
            minutes = round((local_naive - gmt_naive).total_seconds() / 60)
            if abs(minutes) <= 18 * 60:
                offset = minutes
        elif local and not local.startswith(ZERO_DATE[:10]):
            result.error(member.name, f"record {record}: unusable local date {short(local)}")
        return when, offset


READER = WordPressReader()

"""Medium's export (medium.com/me/export, eleventh session): ``posts/*.html``, one h-entry page
per story or response, ``draft_*.html`` for drafts; beside them the account's own data
(``profile/``, ``ips/``, ``sessions/``, ``claps/``, ``bookmarks/`` ... and ``README.html``).

Each post's text is its body (``<section data-field="body" class="e-content">``) and its
subtitle; its time is ``<time class="dt-published" datetime="...">``. Medium's footer ("By
NAME on DATE", "Canonical link", "Exported from Medium on November 29, 2026") is left out: it is
the platform's, not the writer's (its month-first date read as the writer's habit pointed a
British writer at North America). The account's own data is not published: left out, and said
(INPUT008), so the private e-mail in profile.html is no longer reported as a published post.
Layout as valueof/meh reads it (checked 2026-11-29)."""

from __future__ import annotations

import re
from typing import Any

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.blog import SKIP_DIRS
from nymaudit.sources.common import parse_timestamp, read_member_prefix, time_extra
from nymaudit.sources.exports import layout_named
from nymaudit.sources.html_text import MAX_HTML_PARSED, html_text_links_and_alts, html_to_text
from nymaudit.sources.references import collect_attachments
from nymaudit.sources.tree import Tree

_POST = re.compile(r"(?:^|/)posts/([^/]+)\.html?$", re.IGNORECASE)
MAX_PAGE_BYTES = 32 * 1024 * 1024
# Bounded patterns over one page's markup (never backtracking across the page).
_PUBLISHED = re.compile(r"<time\b[^<>]{0,400}?class=[\"'][^\"'<>]{0,200}\bdt-published\b[^<>]{0,400}>",
                        re.IGNORECASE)
_DATETIME = re.compile(r"\bdatetime=[\"']([^\"'<>]{1,64})[\"']", re.IGNORECASE)
_TITLE = re.compile(r"<h1\b[^<>]{0,400}\bp-name\b[^<>]{0,400}>(.{0,2000}?)</h1>", re.IGNORECASE | re.DOTALL)
_SECTION = re.compile(r"<section\b[^<>]{0,400}\bdata-field=[\"'](body|subtitle)[\"'][^<>]{0,400}>",
                      re.IGNORECASE)
_FOOTER = re.compile(r"<footer\b", re.IGNORECASE)
_HEADER = re.compile(r"<header\b.{0,4000}?</header>", re.IGNORECASE | re.DOTALL)


def _body_markup(page: str) -> str:
    """The page's subtitle and body, without Medium's header (title) and footer. A page
    without the h-entry sections (an older export) is read whole but for the footer."""
    start = _SECTION.search(page)
    end = None
    for match in _FOOTER.finditer(page):
        end = match.start()  # the last footer: the article's own
    body = page[start.start() if start else 0:end]
    return body if start else _HEADER.sub("", body, count=1)


class MediumReader:
    name = "medium"
    description = "Medium export: posts/*.html (stories, responses, drafts) with their published dates"

    def sniff(self, tree: Tree) -> int:
        layout = layout_named("Medium")
        if layout is None:
            return 0
        names = [m.name for m in tree.members()]
        posts = any(n.lower().endswith((".html", ".htm")) and _POST.search(n) for n in names)
        return 70 if posts and layout.matches(names) else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        collect_attachments(tree, result, SKIP_DIRS)
        left_out: list[str] = []
        for member in tree.members():
            match = _POST.search(member.name)
            if match is None:
                if member.name.lower().endswith((".html", ".htm")):
                    left_out.append(member.name)
                continue
            page = read_member_prefix(tree, result, member.name, MAX_PAGE_BYTES, "for one post")
            if page is None:
                continue
            post = self._post(tree, result, member.name, match.group(1), page)
            if post is not None:
                result.posts.append(post)
        if left_out:
            shown = ", ".join(left_out[:5])  # the platform's own names
            more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
            result.notes.append(("", f"left out on purpose: {len(left_out)} page(s) of the Medium export "
                                     "are the account's own data (profile, e-mail, IP addresses, sessions, "
                                     "claps, bookmarks) or Medium's README, not published posts: "
                                     f"{shown}{more}",
                                 f"{len(left_out)} files"))

    @staticmethod
    def _post(tree: Tree, result: SourceResult, name: str, stem: str, page: str) -> Post | None:
        if len(page) > MAX_HTML_PARSED:
            result.error(name, f"HTML of more than {MAX_HTML_PARSED:,} characters: its text was read from "
                               f"the first {MAX_HTML_PARSED:,}")
            page = page[:MAX_HTML_PARSED]
        text, _links, _alts = html_text_links_and_alts(_body_markup(page))
        text = text.strip()
        if not text:
            return None
        extra: dict[str, Any] = {}
        when = None
        stamp = _PUBLISHED.search(page)
        value = _DATETIME.search(stamp.group(0)) if stamp else None
        if value:
            parsed, reason = parse_timestamp(value.group(1))
            if reason:
                result.error(name, reason)
            if parsed is not None:
                when = parsed.when  # UTC as the platform stores it: no offset of the writer's clock
                extra.update(time_extra(parsed))
        title_match = _TITLE.search(page)
        title = html_to_text(title_match.group(1)).strip() if title_match else ""
        draft = stem.lower().startswith("draft_")
        return Post(
            id=name,
            timestamp=when,
            text=text,
            origin=Origin(path=tree.display(name), record=name),
            kind="draft" if draft else "post",
            title=title or None,
            extra=extra,
        )


READER = MediumReader()

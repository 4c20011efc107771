"""Substack's export (Settings > Exports, eleventh session): ``posts.csv`` (one row a post:
post_id, post_date, is_published, email_sent_at, type, audience, title, subtitle, ...) and
``posts/<post_id>.html``, each post's body as an HTML fragment; beside them the subscribers'
files (``email_list.*.csv``, ``posts/<post_id>.delivers.csv``, ``.opens.csv``).

Each post: its title and subtitle from posts.csv, its text from the fragment, its time from
post_date (UTC, with a Z); a row with is_published false is a draft (read, not published: no
posting time). A subtitle three posts or more share is the publication's tagline: read with the
first of them only (walk16 item 8). The subscribers' files are other people's addresses, not the
writer's writing: left out and said (INPUT008). A fragment posts.csv does not list is read without a date.
Layout as TryGhost/migrate's mg-substack-csv reads it (checked 2026-11-29)."""

from __future__ import annotations

import csv
import re
from typing import Any

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.blog import SKIP_DIRS
from nymaudit.sources.common import parse_timestamp, read_member_prefix, read_member_text, time_extra
from nymaudit.sources.exports import layout_named
from nymaudit.sources.html_text import MAX_HTML_PARSED, html_text_links_and_alts
from nymaudit.sources.references import collect_attachments
from nymaudit.sources.tree import Tree

_CSV = re.compile(r"^(.*/)?posts\.csv$", re.IGNORECASE)
_FRAGMENT = re.compile(r"(?:^|/)posts/([^/]+)\.html?$", re.IGNORECASE)
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_PAGE_BYTES = 32 * 1024 * 1024


# Posts of posts.csv that share one subtitle, at least: a publication that sets the same subtitle on
# every post ("notes from inside the machine" in 40 of 41 rows) repeats a tagline, not the writer's
# words. Read with every post, STYLE015 reported it as the writer's verbal tic, "recurs in 40 of 41
# posts ... vary it" (walk16 item 8). Three: two posts of a series may share a subtitle the writer
# typed for both.
SHARED_SUBTITLE_POSTS = 3


def _subtitle_key(row: dict[str, str] | None) -> str:
    """A row's subtitle as compared with the others' (case and spacing aside); "" without one."""
    return " ".join((row or {}).get("subtitle", "").split()).casefold()


def _shared_subtitles(rows: dict[str, dict[str, str]]) -> dict[str, int]:
    """The subtitles (``_subtitle_key``) that SHARED_SUBTITLE_POSTS rows or more share, with how many."""
    counts: dict[str, int] = {}
    for row in rows.values():
        key = _subtitle_key(row)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return {key: n for key, n in counts.items() if n >= SHARED_SUBTITLE_POSTS}


def _false(value: str | None) -> bool:
    return (value or "").strip().lower() in ("false", "0", "no")


class SubstackReader:
    name = "substack"
    description = "Substack export: posts.csv with posts/<id>.html (post_date, drafts flagged)"

    def sniff(self, tree: Tree) -> int:
        layout = layout_named("Substack")
        if layout is None:
            return 0
        names = [m.name for m in tree.members()]
        table = any(n.lower().endswith(".csv") and _CSV.search(n) for n in names)
        return 70 if table and layout.matches(names) else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        collect_attachments(tree, result, SKIP_DIRS)
        names = [m.name for m in tree.members()]
        table = next((n for n in names if _CSV.search(n)), None)
        rows: dict[str, dict[str, str]] = {}
        if table is not None:
            text = read_member_text(tree, result, table, MAX_CSV_BYTES)
            previous = csv.field_size_limit()
            try:
                csv.field_size_limit(16 * 1024 * 1024)
                for row in csv.DictReader((text or "").splitlines()):
                    key = (row.get("post_id") or "").strip()
                    if key:
                        rows[key] = {k.strip().lower(): (v or "") for k, v in row.items()
                                     if isinstance(k, str)}
            except csv.Error as exc:
                result.error(table, f"unreadable CSV ({str(exc)[:80]}); its posts read without dates")
            finally:
                csv.field_size_limit(previous)
        left_out: list[str] = []
        shared = _shared_subtitles(rows)
        read_once: set[str] = set()  # the shared subtitles already read with a post
        for name in names:
            match = _FRAGMENT.search(name)
            if match is None:
                if name.lower().endswith(".csv") and name != table:
                    left_out.append(name)
                continue
            page = read_member_prefix(tree, result, name, MAX_PAGE_BYTES, "for one post")
            if page is None:
                continue
            row = rows.get(match.group(1))
            subtitle = _subtitle_key(row)
            if subtitle in shared:
                # Read with the first post only: its words are checked once (nothing is left out, so
                # no note), and the style profile does not take the tagline for a phrase the writer
                # repeats.
                if subtitle in read_once and row is not None:
                    row = {**row, "subtitle": ""}
                read_once.add(subtitle)
            post = self._post(tree, result, name, page, row)
            if post is not None:
                result.posts.append(post)
        if left_out:
            result.notes.append(("", f"left out on purpose: {len(left_out)} file(s) of the Substack export "
                                     "list subscribers and deliveries (other people's addresses), not the "
                                     "writer's posts", f"{len(left_out)} files"))

    @staticmethod
    def _post(tree: Tree, result: SourceResult, name: str, page: str,
              row: dict[str, str] | None) -> Post | None:
        if len(page) > MAX_HTML_PARSED:
            result.error(name, f"HTML of more than {MAX_HTML_PARSED:,} characters: its text was read from "
                               f"the first {MAX_HTML_PARSED:,}")
            page = page[:MAX_HTML_PARSED]
        body, _links, _alts = html_text_links_and_alts(page)
        row = row or {}
        subtitle = row.get("subtitle", "").strip()
        text = f"{subtitle}\n\n{body.strip()}" if subtitle else body.strip()
        if not text:
            return None
        extra: dict[str, Any] = {}
        when = None
        raw = row.get("post_date", "").strip()
        if raw:
            parsed, reason = parse_timestamp(raw)
            if reason:
                result.error(name, f"post_date in posts.csv: {reason}")
            if parsed is not None:
                when = parsed.when  # UTC as the platform stores it: no offset of the writer's clock
                extra.update(time_extra(parsed))
        draft = bool(row) and _false(row.get("is_published"))
        if row.get("audience"):
            extra["audience"] = row["audience"].strip()
        title = row.get("title", "").strip()
        return Post(
            id=name,
            timestamp=when,
            text=text,
            origin=Origin(path=tree.display(name), record=name),
            kind="draft" if draft else "post",
            title=title or None,
            extra=extra,
        )


READER = SubstackReader()

"""Generic inputs, the fallback reader: JSON Lines or CSV with ``timestamp`` and
``text``, and plain ``.txt``/``.md`` files (one post each, no time), plus the
photos and documents of the folder (a folder of drafts and their attachments).

Timestamps are ISO 8601; a time without a zone is read as UTC and flagged
``extra["naive_time"]`` so the timing detector can weigh it.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from typing import Any

from nymaudit.model import Attachment, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.blog import SKIP_DIRS, html_comment_records, html_comments, split_front_matter
from nymaudit.sources.common import (
    extension,
    head_text,
    image_descriptions,
    join_descriptions,
    parse_timestamp,
    read_member_lines,
    read_member_prefix,
    stated_offset,
    time_extra,
)
from nymaudit.sources.exports import strip_boilerplate
from nymaudit.sources.html_text import MAX_HTML_PARSED, html_text_links_and_alts, inline_img_alts
from nymaudit.sources.references import (
    MAX_DATA_IMAGE_TOTAL,
    collect_attachments,
    data_images,
    post_references,
    tie,
)
from nymaudit.sources.tree import Member, Tree

TEXT_EXTENSIONS = frozenset(("txt", "md", "markdown", "text"))
# A saved web page or an exported note (since 29 November 2026, eighth session): one post
# each, its text through the HTML-to-text code the blog and Mastodon readers use.
HTML_EXTENSIONS = frozenset(("html", "htm"))
# The text of a longer page is read from its first MAX_HTML_PARSED (4 Mi) characters of markup
# (html_text says why); its images and links from all of it.
LINE_EXTENSIONS = frozenset(("jsonl", "ndjson", "json", "txt", ""))
MAX_TEXT_BYTES = 32 * 1024 * 1024  # one plain-text post or page
# A JSON Lines or CSV export holds a whole account: 100,000 posts run to 30-60 MB, so
# the line formats get the cap of a platform archive's data file, not a post's.
MAX_RECORDS_BYTES = 512 * 1024 * 1024
MAX_LINES = 5_000_000
FIELD_SIZE_CAP = 16 * 1024 * 1024
_OPTIONAL = ("id", "url", "title", "source", "lang", "reply_to")
# CSVs of posts a platform writes with its own column names, read as if they had ours (thirteenth
# session, src13 item 4): LinkedIn's "Get a copy of your data" Shares.csv (Date, ShareLink,
# ShareCommentary, SharedUrl, MediaUrl, Visibility: the member's posts, their words in
# ShareCommentary; Date without a zone, read as UTC and flagged as any such time), given as
# `--known` writing or scanned; before, "rename its columns". Each layout: the columns that must
# all be there -> our name for each column read.
_CSV_LAYOUTS: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    (frozenset(("date", "sharelink", "sharecommentary")),
     {"date": "timestamp", "sharecommentary": "text", "sharelink": "url"}),
)


def csv_layout(header: list[str]) -> list[str] | None:
    """The header in our column names (``timestamp``, ``text`` ...) when it is ours or a layout
    of ``_CSV_LAYOUTS``; None when it is neither. A column of ours a layout would rename onto is
    kept apart (renamed onto nothing) so that no two columns share a name."""
    if "timestamp" in header and "text" in header:
        return header
    for needed, names in _CSV_LAYOUTS:
        if needed <= set(header):
            taken = set(names.values())
            return [names.get(c, f"{c} (not read)" if c in taken else c) for c in header]
    return None


def _is_record(line: str) -> bool:
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, RecursionError, ValueError):
        return False
    return isinstance(value, dict) and "timestamp" in value and "text" in value


def _csv_header(line: str) -> list[str]:
    try:
        return [c.strip().lower() for c in next(csv.reader([line]))]
    except (csv.Error, StopIteration):
        return []


def csv_columns_hint(tree: Tree) -> str | None:
    """For an input no reader took: a CSV whose header lacks ``timestamp`` or ``text`` (a
    scheduler's ``Date,Post text,...``) is said, with the columns a CSV of posts needs
    (eleventh session; until then only "unknown format")."""
    for member in tree.members()[:1000]:
        if extension(member.name) != "csv" or any(p in SKIP_DIRS for p in member.name.split("/")[:-1]):
            continue
        first = head_text(tree, member.name, 65536).lstrip("\ufeff").lstrip().split("\n", 1)[0].strip()
        header = [c for c in _csv_header(first) if c]
        if not header:
            continue
        found = ", ".join(header[:8]) + (", ..." if len(header) > 8 else "")
        return ("a CSV of posts needs a header row with a `timestamp` column (ISO 8601, e.g. "
                "2025-03-01T08:15:00+00:00) and a `text` column (optional: " + ", ".join(_OPTIONAL)
                + f"); the first CSV here has: {found}. Rename its columns to read it")
    return None


def _without_nul(lines: Iterator[str], name: str, result: SourceResult) -> Iterator[str]:
    said = False
    for line in lines:
        if "\x00" in line:
            if not said:
                said = True
                result.error(name, "NUL bytes in the file; removed before reading")
            line = line.replace("\x00", "")
        yield line


class GenericReader:
    name = "generic"
    description = ("JSON Lines or CSV with timestamp and text; .txt/.md/.html files and the photos "
                   "beside them")

    def classify(self, tree: Tree, limit: int | None = None) -> list[tuple[Member, str]]:
        return self._classify(tree, limit)

    def _classify(self, tree: Tree, limit: int | None = None) -> list[tuple[Member, str]]:
        found: list[tuple[Member, str]] = []
        looked = 0
        for member in tree.members():
            if any(part in SKIP_DIRS for part in member.name.split("/")[:-1]):
                continue
            ext = extension(member.name)
            if ext not in LINE_EXTENSIONS | TEXT_EXTENSIONS | HTML_EXTENSIONS | {"csv"}:
                continue
            looked += 1
            if limit is not None and looked > limit:
                break  # enough to score; read() classifies everything
            head = head_text(tree, member.name, 65536)
            first = head.lstrip().split("\n", 1)[0].strip()
            if ext in LINE_EXTENSIONS and first.startswith("{") and _is_record(first):
                found.append((member, "jsonl"))
            elif ext in ("jsonl", "ndjson") and head.strip():
                found.append((member, "jsonl"))  # named so; its lines report their own errors
            elif ext == "csv":
                if csv_layout(_csv_header(first)) is not None:
                    found.append((member, "csv"))
            elif ext in TEXT_EXTENSIONS:
                found.append((member, "text"))
            elif ext in HTML_EXTENSIONS:
                found.append((member, "html"))
        return found

    def sniff(self, tree: Tree) -> int:
        kinds = {kind for _m, kind in self._classify(tree, limit=300)}
        if kinds & {"jsonl", "csv"}:
            return 40
        return 10 if kinds else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        # Collected first so each post can claim the files it embeds; the rest stay
        # attachments of the input (checked all the same).
        attachments = collect_attachments(tree, result, SKIP_DIRS)
        self.read_files(tree, result, self._classify(tree), attachments)

    def read_files(self, tree: Tree, result: SourceResult, classified: list[tuple[Member, str]],
                   attachments: dict[str, Attachment]) -> None:
        """Read the files ``classified`` (``_classify``): also the loose notes of a folder the
        blog reader reads for its files with front matter (eleventh session)."""
        budget = [MAX_DATA_IMAGE_TOTAL]  # data: images decoded for this input, as the blog's
        previous = csv.field_size_limit()
        csv.field_size_limit(FIELD_SIZE_CAP)
        try:
            for member, kind in classified:
                # Over its cap a file is read up to it and the rest said (until 29 November
                # 2026, seventh session, it was refused whole).
                first = len(result.posts)
                source: str | None = None  # what data: images are looked for in, when not the text
                if kind in ("text", "html"):
                    text = read_member_prefix(tree, result, member.name, MAX_TEXT_BYTES, "for one post")
                    if text is None:
                        continue  # NUL bytes: removed and said by read_member_prefix (2026-11-29)
                    source = self._read_text(tree, result, member, text, attachments, html=kind == "html")
                else:
                    # Line by line from the bytes: a file of records is never one decoded text.
                    lines = read_member_lines(tree, result, member.name, MAX_RECORDS_BYTES,
                                              "for a file of records (whole lines)", lone_cr=kind == "csv")
                    if lines is None:
                        continue
                    lines = _without_nul(lines, member.name, result)
                    if kind == "jsonl":
                        self._read_jsonl(tree, result, member, lines)
                    else:
                        self._read_csv(tree, result, member, lines)
                if attachments and kind not in ("text", "html"):
                    for post in result.posts[first:]:
                        _claim(post, post.text, {}, member.name, attachments)
                for post in result.posts[first:]:
                    # A photo pasted into a note as a data: URI (Obsidian, Typora, a web
                    # editor) carries its metadata with it, as the blog reader knows.
                    shown = tree.display(member.name)
                    whole = kind in ("text", "html")
                    inline, problems = data_images(source or post.text, post.id, tree.label,
                                                   shown if whole else f"{shown}:{post.origin.line}", budget)
                    result.attachments.extend(inline)
                    for problem in problems:
                        result.error(member.name, problem if whole else f"line {post.origin.line}: {problem}")
        finally:
            csv.field_size_limit(previous)

    def _record(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        line: int,
        fields: dict[str, Any],
        shown: str,
    ) -> Post | None:
        body = fields.get("text")
        if not isinstance(body, str):
            result.error(member.name, f"line {line}: no text field; record skipped")
            return None
        raw_id = fields.get("id")
        record = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else None
        record = record or f"{member.name}:{line}"
        raw_time = fields.get("timestamp")
        if raw_time is None or (isinstance(raw_time, str) and not raw_time.strip()):
            # No time at all is no read error: the post is counted and left out of the
            # timing (which says how many had none), as an undated blog post is.
            parsed, reason = None, None
        else:
            parsed, reason = parse_timestamp(raw_time)
        if reason:
            result.error(member.name, f"line {line} (record {record}): {reason}")
        extra: dict[str, Any] = time_extra(parsed) if parsed else {}

        def opt(name: str) -> str | None:
            value = fields.get(name)
            return value.strip() if isinstance(value, str) and value.strip() else None

        return Post(
            id=record,
            timestamp=parsed.when if parsed else None,
            text=body,
            origin=Origin(path=shown, record=record, line=line),  # one string for all: 90 bytes a post
            source=opt("source"),
            url=opt("url"),
            reply_to=opt("reply_to"),
            language=opt("lang"),
            title=opt("title"),
            stated_offset_minutes=stated_offset(fields.get("timestamp"), parsed) if parsed else None,
            extra=extra,
        )

    def _read_jsonl(self, tree: Tree, result: SourceResult, member: Member, lines: Iterator[str]) -> None:
        shown = tree.display(member.name)
        for number, line in enumerate(lines, 1):
            if number > MAX_LINES:
                result.error(member.name, f"more than {MAX_LINES} lines; rest skipped")
                return
            line = line.strip()
            if not line:
                continue
            try:
                value = json.loads(line)
            except (json.JSONDecodeError, RecursionError, ValueError):
                result.error(member.name, f"line {number}: unparseable JSON; line skipped")
                continue
            if not isinstance(value, dict):
                result.error(member.name, f"line {number}: not a JSON object; line skipped")
                continue
            post = self._record(tree, result, member, number, value, shown)
            if post is not None:
                result.posts.append(post)

    def _read_csv(self, tree: Tree, result: SourceResult, member: Member, lines: Iterator[str]) -> None:
        reader = csv.reader(lines)
        try:
            header = [c.strip().lower() for c in next(reader)]
        except (StopIteration, csv.Error):
            result.error(member.name, "empty or unreadable CSV header")
            return
        header = csv_layout(header) or header
        width = len(header)
        # The text field's own line: fields before it may hold line breaks too.
        text_at = max((i for i, name in enumerate(header) if name == "text"), default=0)
        rows = 0
        shown = tree.display(member.name)
        while rows < MAX_LINES:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                rows += 1
                result.error(member.name, f"line {line}: unreadable CSV ({str(exc)[:80]})")
                continue
            rows += 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != width:
                result.error(member.name, f"line {line}: {len(row)} fields, expected {width}; row skipped")
                continue
            post = self._record(tree, result, member, line, dict(zip(header, row, strict=True)), shown)
            if post is not None:
                post.text_line = (0, line + sum(field.count("\n") for field in row[:text_at]))
                result.posts.append(post)
        result.error(member.name, f"more than {MAX_LINES} rows; rest skipped")

    def _read_text(
        self, tree: Tree, result: SourceResult, member: Member, text: str, attachments: dict[str, Attachment],
        *, html: bool = False,
    ) -> str | None:
        """One post of a text or HTML file; returns the HTML source when it was HTML (its
        ``<img src="data:...">`` and references are there, not in the text)."""
        if not html and extension(member.name) in ("txt", "text"):
            from nymaudit.metadata.sniff import LINE_TRACK_FORMATS, sniff
            from nymaudit.sources.common import make_attachment

            if sniff(text[:4096].encode("utf-8", "replace")) in LINE_TRACK_FORMATS:
                # A logger's .txt (Winplus Beacon, NMEA, a CSV of fixes): a track checked as a
                # file, not the writer's prose (its fixed date format is no habit; rev11a item 6).
                result.attachments.append(make_attachment(tree, member, post_id=None, platform_copy=False))
                return None
        fm = split_front_matter(text)
        if fm.error:
            result.error(member.name, fm.error)
        if html and len(fm.body) > MAX_HTML_PARSED:
            result.error(member.name, f"HTML of more than {MAX_HTML_PARSED:,} characters: its text was "
                                      f"read from the first {MAX_HTML_PARSED:,}, the images it embeds from "
                                      "all of it")
        read_as = fm  # the file as its text is read: a Markdown note's HTML comments blanked
        if html:
            # A platform's own lines (Tumblr's footer timestamp, Medium's export footer) are
            # not the writer's words (eleventh session).
            markup = strip_boilerplate(member.name, fm.body[:MAX_HTML_PARSED])
            body, _links, alts = html_text_links_and_alts(markup)
            body = body.strip()
        else:
            markdown = extension(member.name) in ("md", "markdown")
            # A Markdown note's <img alt="...">; a .txt is shown as it is, its tags as text.
            alts = inline_img_alts(fm.body) if markdown else []
            # Its HTML comments: blanked in the text (line breaks kept), their words records of their
            # own, as the blog reader reads them (blog.html_comments; walk16 item 6).
            blanked, comments = html_comments(fm.body) if markdown else (fm.body, [])
            result.posts.extend(html_comment_records(tree.display(member.name), member.name, fm.body,
                                                     fm.body_line, comments))
            # Blanked whenever a comment was, a program's switch too (`<!--more-->`): not the note's words.
            read_as = dataclasses.replace(fm, body=blanked) if blanked is not fm.body else fm
            body = read_as.body.strip()
        text_line = None if html else read_as.text_line(body)
        # Images' alt text (eleventh session): joined and marked as the blog reader joins it.
        extra: dict[str, Any] = {}
        body = join_descriptions(body, image_descriptions(list(alts)), extra)
        if not body:
            return None  # an empty file says nothing and is not a post
        title = fm.data.get("title")
        post = Post(
            id=member.name,
            timestamp=None,
            text=body,
            origin=Origin(path=tree.display(member.name), record=member.name),
            title=title.strip() if isinstance(title, str) and title.strip() else None,
            text_line=text_line,
            extra=extra,
        )
        if attachments:
            _claim(post, fm.body, fm.data, member.name, attachments)
        result.posts.append(post)
        return fm.body if html else None


def _claim(
    post: Post, body: str, data: dict[str, Any], member: str, attachments: dict[str, Attachment]
) -> None:
    """Tie the folder's files this post embeds or links to it (paths relative to the
    file holding the post, then to the folder given)."""
    referenced = post_references(body, data, member, "", attachments.__contains__)
    if referenced:
        post.attachments = referenced
        tie(referenced, post.id, attachments)


READER = GenericReader()

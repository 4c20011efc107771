"""Reddit data request: ``comments.csv`` and ``posts.csv``.

Every row of either file is one of the account's posts. The ``ip`` column is
never read into anything: not the posts, not their extras, not error messages.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import head_text, parse_timestamp, read_member_text
from nymaudit.sources.tree import Member, Tree

COMMENT_COLUMNS = (
    "id",
    "permalink",
    "date",
    "ip",
    "subreddit",
    "gildings",
    "link",
    "parent",
    "body",
    "media",
)
POST_COLUMNS = ("id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body")
_NEVER_KEEP = frozenset(("ip",))
# A single comment is at most 10,000 characters and a self post 40,000; leave room
# for odd exports without letting one field eat memory unchecked.
FIELD_SIZE_CAP = 16 * 1024 * 1024
MAX_ROWS = 5_000_000


def _header(line: str) -> tuple[str, ...]:
    try:
        row = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return ()
    return tuple(c.strip().lower() for c in row)


def classify(header: tuple[str, ...]) -> str | None:
    """'comment' or 'post' for the two export headers, else None."""
    columns = set(header)
    base = {"id", "permalink", "date", "subreddit", "body"}
    if not base <= columns:
        return None
    if {"parent", "link"} & columns:
        return "comment"
    if "title" in columns:
        return "post"
    return None


_OTHER_SEPARATORS = {";": "semicolon", "\t": "tab"}


def separator_hint(tree: Tree) -> str | None:
    """Why an export re-saved by a spreadsheet was not recognised: Excel in many locales
    saves CSV with ``;`` between columns. Not read as it is: a re-save may also have
    rewritten dates and long ids; the export as Reddit sent it is what to give."""
    for member in tree.members()[:2000]:
        filename = member.name.rsplit("/", 1)[-1].lower()
        if filename not in ("comments.csv", "posts.csv"):
            continue
        first_line = head_text(tree, member.name, 2048).split("\n", 1)[0].rstrip("\r").lstrip("\ufeff")
        for separator, name in _OTHER_SEPARATORS.items():
            try:
                row = next(csv.reader([first_line], delimiter=separator))
            except (csv.Error, StopIteration):
                continue
            if classify(tuple(c.strip().lower() for c in row)):
                # Its own name only (comments.csv, posts.csv): the folders above it may name the
                # writer ("Marie Lefebvre reddit/"), and this message is not masked by --redact.
                shown = member.name.rsplit("/", 1)[-1]
                return (f"{shown} looks like a Reddit export, but its columns are "
                        f"separated by {name}s ({separator!r}), not commas: it was re-saved by a "
                        "spreadsheet; give the files as Reddit sent them (or save them again as "
                        "comma-separated CSV)")
    return None


class RedditReader:
    name = "reddit"
    description = "Reddit data request export (comments.csv, posts.csv)"

    def _files(self, tree: Tree) -> list[tuple[Member, str]]:
        found = []
        for member in tree.members():
            if not member.name.lower().endswith(".csv"):
                continue
            first_line = head_text(tree, member.name, 2048).split("\n", 1)[0].rstrip("\r")
            kind = classify(_header(first_line))
            if kind:
                found.append((member, kind))
        return found

    def sniff(self, tree: Tree) -> int:
        files = self._files(tree)
        if not files:
            return 0
        # The ip column is what sets Reddit's export apart from generic CSV.
        headers = {_header(head_text(tree, m.name, 2048).split("\n", 1)[0]) for m, _ in files}
        return 90 if any("ip" in h and "gildings" in h for h in headers) else 60

    def read(self, tree: Tree, result: SourceResult) -> None:
        previous = csv.field_size_limit()
        csv.field_size_limit(FIELD_SIZE_CAP)
        try:
            files = self._files(tree)
            for member, kind in files:
                self._read_file(tree, result, member, kind)
            # The two export files by name, when their header was not recognised.
            recognised = {member.name for member, _kind in files}
            for member in tree.members():
                filename = member.name.rsplit("/", 1)[-1].lower()
                if filename in ("comments.csv", "posts.csv") and member.name not in recognised:
                    problem = "empty file" if member.size == 0 else "unrecognised CSV header"
                    result.error(member.name, f"{problem}; not read")
        finally:
            csv.field_size_limit(previous)

    def _read_file(self, tree: Tree, result: SourceResult, member: Member, kind: str) -> None:
        text = read_member_text(tree, result, member.name)
        if text is None:
            return
        if "\x00" in text:
            result.error(member.name, "NUL bytes in the file; removed before reading")
            text = text.replace("\x00", "")
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = [c.strip().lower() for c in next(reader)]
        except (StopIteration, csv.Error):
            result.error(member.name, "empty or unreadable CSV header")
            return
        width = len(header)
        columns = {name: i for i, name in enumerate(header) if name not in _NEVER_KEEP}
        prefix = "t1_" if kind == "comment" else "t3_"
        row_number = 0
        while row_number < MAX_ROWS:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # Messages name the problem, never the row's content.
                row_number += 1
                result.error(
                    member.name,
                    f"record {row_number} (line {line}): unreadable CSV ({str(exc)[:80]})",
                )
                continue
            row_number += 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != width:
                result.error(
                    member.name,
                    f"record {row_number} (line {line}): {len(row)} fields, expected {width}; row skipped",
                )
                continue
            post = self._post(tree, result, member, kind, prefix, columns, row, row_number, line)
            result.posts.append(post)
        else:
            result.error(member.name, f"more than {MAX_ROWS} rows; rest skipped")

    def _post(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        kind: str,
        prefix: str,
        columns: dict[str, int],
        row: list[str],
        row_number: int,
        line: int,
    ) -> Post:
        def get(name: str) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None else ""

        raw_id = get("id")
        record = (
            raw_id
            if raw_id.startswith(("t1_", "t3_"))
            else (prefix + raw_id if raw_id else f"{member.name}:{line}")
        )
        parsed, reason = parse_timestamp(get("date"))
        if reason:
            result.error(member.name, f"record {row_number} (id {record}): {reason}")
        extra: dict[str, Any] = {}
        subreddit = get("subreddit")
        if subreddit:
            extra["subreddit"] = subreddit
        permalink = get("permalink")
        if permalink.startswith("/"):
            permalink = "https://www.reddit.com" + permalink
        # A self post's url is its own permalink: not a link the writer chose.
        urls = [
            u
            for u in (get("url"), get("media"))
            if u.startswith(("http://", "https://")) and u.rstrip("/") != permalink.rstrip("/")
        ]
        if urls:
            extra["urls"] = urls
        link = get("link")
        if link:
            extra["thread"] = link
        gildings = get("gildings")
        if gildings.isdigit() and int(gildings):
            extra["gildings"] = int(gildings)
        body = get("body")
        title = get("title") or None
        text = body if body not in ("[deleted]", "[removed]") else ""
        parent = get("parent")
        return Post(
            id=record,
            timestamp=parsed.when if parsed else None,
            text=text,
            origin=Origin(path=tree.display(member.name), record=record, line=line),
            url=permalink or None,
            reply_to=parent or None,
            kind="comment" if kind == "comment" else "post",
            title=title,
            extra=extra,
        )


READER = RedditReader()

"""Mastodon account archive: ``outbox.json`` (ActivityStreams OrderedCollection)
and ``media_attachments/``.

``Create`` activities are the author's posts (counted); ``Announce`` boosts are
timed activity but not authored text. ``likes.json`` and ``bookmarks.json`` carry
no times and are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from nymaudit.model import Activity, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    as_utf8,
    head_text,
    image_descriptions,
    join_descriptions,
    make_attachment,
    parse_timestamp,
)
from nymaudit.sources.html_text import html_text_and_links
from nymaudit.sources.jsonstream import TextWindow, iter_json_array
from nymaudit.sources.tree import InputProblem, Member, Tree

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_AUTHORED_TYPES = frozenset(("Note", "Question", "Article", "Page"))
_COLLECTION = re.compile(r'"type"\s{0,16}:\s{0,16}"OrderedCollection"')
_ACTIVITYSTREAMS = re.compile(r"https://www\.w3\.org/ns/activitystreams")
_ACTIVITY_TYPE = re.compile(r'"type"\s{0,16}:\s{0,16}"(Create|Announce)"')
_ORDERED_ITEMS = re.compile(r'"orderedItems"\s{0,64}:\s{0,64}')
# Where the next activity starts, to resume after a corrupt one.
_ACTIVITY_START = re.compile(r'\{\s{0,64}"id"\s{0,64}:\s{0,64}"[^"]{1,2000}/activity"')
_OUTBOX_ID = re.compile(r'"id"\s{0,16}:\s{0,16}"[^"]{0,200}outbox(?:\.json)?"')
MEDIA_ROOT = "media_attachments/"


@dataclass
class _MediaIndex:
    by_suffix: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def visibility(obj: dict[str, Any]) -> str:
    """public / unlisted / private (followers only) / direct, from the addressing."""

    def targets(key: str) -> list[str]:
        value = obj.get(key)
        if isinstance(value, str):
            return [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    to, cc = targets("to"), targets("cc")
    if PUBLIC in to or "as:Public" in to or "Public" in to:
        return "public"
    if PUBLIC in cc or "as:Public" in cc or "Public" in cc:
        return "unlisted"
    if any(t.endswith("/followers") for t in to + cc):
        return "private"
    return "direct"


# Mastodon's visibilities -> Post.audience: "private" is followers-only, "direct" is
# addressed to the people it mentions (a direct message). Public and unlisted posts are
# on the profile page for anyone.
_AUDIENCE = {"private": "followers", "direct": "direct"}


def _addressing(obj: dict[str, Any], activity: dict[str, Any]) -> str:
    """The visibility from the Note's addressing, else the activity's (they are the
    same in Mastodon's export); "unknown" when neither has any, never a guess of
    "direct" from an absence."""
    for holder in (obj, activity):
        if holder.get("to") or holder.get("cc"):
            return visibility(holder)
    return "unknown"


_ACTOR = re.compile(r"(https://[A-Za-z0-9.-]{1,253})/users/([A-Za-z0-9_]{1,30})")


def _own_profile(actor: object) -> str | None:
    """``https://host/users/name`` (the activities' actor) as the profile address
    ``https://host/@name`` that posts link."""
    found = _ACTOR.fullmatch(actor) if isinstance(actor, str) else None
    return f"{found.group(1)}/@{found.group(2)}" if found else None


class MastodonReader:
    name = "mastodon"
    description = "Mastodon account archive (outbox.json, media_attachments/)"

    def _outboxes(self, tree: Tree) -> list[Member]:
        found = []
        for member in tree.members():
            if not member.name.lower().endswith(".json"):
                continue
            head = head_text(tree, member.name, 8192)
            if (
                _COLLECTION.search(head)
                and _ACTIVITYSTREAMS.search(head)
                # likes.json and bookmarks.json are collections of bare URLs: skip them
                and (_OUTBOX_ID.search(head) or _ACTIVITY_TYPE.search(head))
            ):
                found.append(member)
        return found

    def sniff(self, tree: Tree) -> int:
        outboxes = self._outboxes(tree)
        if not outboxes:
            return 0
        if any(_ACTIVITY_TYPE.search(head_text(tree, m.name, 65536)) for m in outboxes):
            return 95
        return 70  # an empty outbox still tells us what this is

    def read(self, tree: Tree, result: SourceResult) -> None:
        media = self._media_index(tree, result)
        outboxes = self._outboxes(tree)
        # likes.json / bookmarks.json are OrderedCollections too, but of bare URLs.
        for member in outboxes:
            self._read_outbox(tree, result, member, media)

    def _media_index(self, tree: Tree, result: SourceResult) -> _MediaIndex:
        """'media_attachments/files/...' suffix -> member name; every media file
        becomes an Attachment (Mastodon re-encodes uploads: platform_copy)."""
        index = _MediaIndex()
        for member in tree.members():
            at = member.name.find(MEDIA_ROOT)
            if at < 0 or not (at == 0 or member.name[at - 1] == "/"):
                continue
            index.by_suffix[member.name[at:]] = member.name
            index.by_name.setdefault(member.name.rsplit("/", 1)[-1], member.name)
            result.attachments.append(make_attachment(tree, member, post_id=None, platform_copy=True))
        return index

    def _read_outbox(self, tree: Tree, result: SourceResult, member: Member, media: _MediaIndex) -> None:
        try:
            data = as_utf8(tree.read_buffer(member.name))  # a "Unicode" (UTF-16) copy too
        except InputProblem as exc:
            result.error(member.name, str(exc))
            return
        # Walk orderedItems element by element (it is the bulk of the file): a heavy
        # account's outbox is held once, and a corrupt activity costs one error.
        head = data[:65536].decode("utf-8", errors="replace")
        found = _ORDERED_ITEMS.search(head)
        if found is None:
            result.error(member.name, "no orderedItems list in the collection")
            return
        start = len(head[: found.end()].encode("utf-8", errors="replace"))
        window = TextWindow(data, start)
        del data
        by_path = {a.path: a for a in result.attachments}
        for index, item, error in iter_json_array(window, 0, _ACTIVITY_START, after=("}", ",")):
            if error is not None:
                result.error(member.name, f"record {index}: {error}")
                continue
            if not isinstance(item, dict):
                result.error(member.name, f"record {index}: not an activity object")
                continue
            kind = item.get("type")
            if not result.own_urls:
                own = _own_profile(item.get("actor"))
                if own:
                    result.own_urls.append(own)  # a link to the account itself joins nothing
            if kind == "Create":
                post = self._post(tree, result, member, index, item, media)
                if post is not None:
                    result.posts.append(post)
                    for path in post.attachments:
                        attachment = by_path.get(path)
                        if attachment is not None and attachment.post_id is None:
                            attachment.post_id = post.id
            elif kind == "Announce":
                parsed, reason = parse_timestamp(item.get("published"))
                record = _str(item.get("id")) or str(index)
                if parsed is None:
                    result.error(member.name, f"record {index}: boost with {reason}")
                    continue
                result.activities.append(
                    Activity(
                        timestamp=parsed.when,
                        kind="boost",
                        origin=Origin(path=tree.display(member.name), record=record),
                    )
                )
        if window.warning:
            result.error(member.name, window.warning)

    def _post(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        index: int,
        item: dict[str, Any],
        media: _MediaIndex,
    ) -> Post | None:
        obj = item.get("object")
        if not isinstance(obj, dict):
            result.error(member.name, f"record {index}: Create without an object")
            return None
        record = _str(obj.get("id")) or _str(item.get("id")) or f"{member.name}#{index}"
        published = obj.get("published", item.get("published"))
        parsed, reason = parse_timestamp(published)
        if reason:
            result.error(member.name, f"record {index}: {reason}")

        content = obj.get("content")
        if not isinstance(content, str):
            content_map = obj.get("contentMap")
            if isinstance(content_map, dict):
                content = next((v for v in content_map.values() if isinstance(v, str)), "")
            else:
                content = ""
        # Parsed up to html_text.MAX_HTML_PARSED characters, the rest said (wxr9, 2026-11-29).
        text, content_links = html_text_and_links(
            content, said=lambda cut: result.error(member.name, f"record {index}: {cut}"))
        # Poll options are the writer's words too.
        options = obj.get("oneOf") or obj.get("anyOf")
        if isinstance(options, list):
            names = [o.get("name") for o in options if isinstance(o, dict)]
            text = "\n".join([text, *[n for n in names if isinstance(n, str)]]).strip()

        language = None
        content_map = obj.get("contentMap")
        if isinstance(content_map, dict) and content_map:
            first = next(iter(content_map))
            language = first if isinstance(first, str) and len(first) <= 16 else None

        attachments: list[str] = []
        missing = 0
        attachment_list = obj.get("attachment")
        if isinstance(attachment_list, dict):
            attachment_list = [attachment_list]
        alts: list[object] = []
        if isinstance(attachment_list, list):
            for entry in attachment_list:
                if not isinstance(entry, dict):
                    continue
                found = self._find_media(entry.get("url"), media)
                if found:
                    attachments.append(found)
                else:
                    missing += 1
                alts.append(entry.get("name"))  # the attachment's description (alt text)

        shown_to = _addressing(obj, item)
        extra: dict[str, Any] = {"visibility": shown_to}
        hashtags, mentions = [], []
        tags = obj.get("tag")
        if isinstance(tags, list):
            for tag in tags:
                if not isinstance(tag, dict) or not isinstance(tag.get("name"), str):
                    continue
                if tag.get("type") == "Hashtag":
                    hashtags.append(tag["name"])
                elif tag.get("type") == "Mention":
                    mentions.append(tag["name"])
        if hashtags:
            extra["hashtags"] = hashtags
        if mentions:
            extra["mentions"] = mentions
        links = [
            link
            for link in content_links
            if link.startswith(("http://", "https://"))
            and not any(link.endswith("/tags/" + h.lstrip("#")) for h in hashtags)
        ]
        if links:
            extra["urls"] = list(dict.fromkeys(links))
        # Alt text is the writer's too: read with the post (sources/common.py).
        text = join_descriptions(text, image_descriptions(alts), extra)
        if missing:
            extra["media_missing"] = missing
        if obj.get("sensitive") is True:
            extra["sensitive"] = True

        reply_to = _str(obj.get("inReplyTo"))
        return Post(
            id=record,
            timestamp=parsed.when if parsed else None,
            text=text,
            origin=Origin(path=tree.display(member.name), record=record),
            url=_str(obj.get("url")) if isinstance(obj.get("url"), str) else record,
            reply_to=reply_to,
            language=language,
            attachments=attachments,
            kind="reply" if reply_to else "post",
            content_warning=_str(obj.get("summary")),
            extra=extra,
            audience=_AUDIENCE.get(shown_to),
        )

    @staticmethod
    def _find_media(url: object, media: _MediaIndex) -> str | None:
        if isinstance(url, dict):
            url = url.get("href")
        if not isinstance(url, str) or not url:
            return None
        try:
            path = unquote(urlsplit(url).path)
        except ValueError:
            return None
        at = path.find(MEDIA_ROOT)
        if at >= 0:
            found = media.by_suffix.get(path[at:])
            if found:
                return found
        # Fall back to the file name: archives from some servers shorten the path.
        return media.by_name.get(path.rsplit("/", 1)[-1])


READER = MastodonReader()

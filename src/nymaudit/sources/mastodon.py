"""Mastodon account archive: ``outbox.json`` (ActivityStreams OrderedCollection)
and ``media_attachments/``.

``Create`` activities are the author's posts (counted); ``Announce`` boosts are
timed activity but not authored text. ``likes.json`` and ``bookmarks.json`` carry
no times and are ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from nymaudit.model import Activity, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    MAX_PROFILE_BYTES,
    MAX_PROFILE_CHARS,
    as_utf8,
    head_text,
    image_descriptions,
    join_descriptions,
    make_attachment,
    parse_timestamp,
    profile_text,
)
from nymaudit.sources.html_text import html_text_and_links
from nymaudit.sources.jsonstream import TextWindow, iter_json_array
from nymaudit.sources.tree import InputProblem, Member, Tree
from nymaudit.sources.twitter import repeats_words

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
# actor.json: the account as ActivityPub serves it (Mastodon's BackupService writes it beside
# outbox.json, its icon and image renamed avatar.<ext> and header.<ext> and saved beside it).
ACTOR_FILE = "actor.json"
_ACTOR_TYPES = frozenset(("Person", "Service", "Application", "Group", "Organization"))
# actor.json's picture fields -> how reports name the picture (as sources/bluesky.py names its own).
PROFILE_PICTURES = {"icon": "profile picture (avatar)", "image": "profile header"}
_MAX_ACTOR_BYTES = MAX_PROFILE_BYTES
_MAX_PROFILE_FIELDS = 16  # Mastodon allows 4 (some servers more); a hostile file is cut here


@dataclass
class _MediaIndex:
    by_suffix: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


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
        for member in tree.members():  # the profile after the posts: posts keep their places
            if member.name.rsplit("/", 1)[-1] == ACTOR_FILE:
                self._read_actor(tree, result, member)

    def _read_actor(self, tree: Tree, result: SourceResult, member: Member) -> None:
        """The profile as its page shows it: the display name, the bio (``summary``, HTML) and
        the profile's fields (``attachment``: PropertyValue name and value, where people put
        their location, pronouns, website or employer), the writer's words about themself.
        Records of kind "config" with ``extra["profile"]`` as Bluesky's profile
        (sources/bluesky.py): text detectors read them; post counts, timing and style do not.
        The avatar and header saved beside it are tied to records of their own located at the
        file (twelfth session)."""
        if member.size > _MAX_ACTOR_BYTES:  # a profile is a few KB: no such file is the account's
            result.error(member.name, f"over {_MAX_ACTOR_BYTES >> 20} MiB; the profile was not read")
            return
        try:
            data = as_utf8(tree.read_buffer(member.name))
        except InputProblem as exc:
            result.error(member.name, str(exc))
            return
        try:
            actor = json.loads(data.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError) as exc:
            result.error(member.name, f"unparseable JSON ({str(exc)[:120]}); the profile was not read")
            return
        if not isinstance(actor, dict) or actor.get("type") not in _ACTOR_TYPES:
            return  # another file of that name: not the account's
        own = _str(actor.get("url")) if isinstance(actor.get("url"), str) else None
        if own and own.startswith("https://") and own not in result.own_urls:
            result.own_urls.append(own)
        shown = tree.display(member.name)
        fields: list[tuple[str, str, list[str]]] = []  # (key, text, links)
        name = _str(actor.get("name"))
        if name:
            fields.append(("name", profile_text(name, result, member.name, "the display name"), []))
        summary = actor.get("summary")
        if isinstance(summary, str) and summary.strip():
            shown_html, cut = self._profile_html(summary, result, member.name, "the bio")
            text, links = html_text_and_links(shown_html)
            fields.append(("summary", profile_text(text, result, member.name, "the bio", cut), links))
        bio = next((text for key, text, _links in fields if key == "summary"), "")
        entries = actor.get("attachment")
        entries = [entries] if isinstance(entries, dict) else entries if isinstance(entries, list) else []
        if len(entries) > _MAX_PROFILE_FIELDS:
            result.error(member.name, f"{len(entries):,} profile fields: the first {_MAX_PROFILE_FIELDS} "
                                      "were read, the rest were not (Mastodon shows 4)")
        for entry in entries[:_MAX_PROFILE_FIELDS]:
            if not isinstance(entry, dict) or entry.get("type") != "PropertyValue":
                continue
            label, value = _str(entry.get("name")), entry.get("value")
            if not label or not isinstance(value, str) or not value.strip():
                continue
            what = f"the profile field {label[:40]!r}"
            shown_html, cut = self._profile_html(value, result, member.name, what)
            text, links = html_text_and_links(shown_html)
            text = profile_text(text, result, member.name, what, cut)
            if not links and repeats_words(text, bio):
                continue  # "Location: Leeds" under a bio saying it: one page, one mention (rev12a)
            fields.append((f"field:{label[:200]}", f"{label[:200]}: {text}", links))
        for key, text, links in fields:
            if not text.strip():
                continue
            extra: dict[str, Any] = {"config_key": key, "profile": True}
            urls = list(dict.fromkeys(link for link in links if link.startswith(("http://", "https://"))))
            if urls:
                extra["urls"] = urls
            body = text if key.startswith("field:") else f"{key}: {text}"
            result.posts.append(Post(id=f"{member.name}#{key}", timestamp=None, text=body,
                                     origin=Origin(path=shown, record=key), kind="config", extra=extra))
        self._actor_pictures(tree, result, member, actor)

    @staticmethod
    def _profile_html(value: str, result: SourceResult, where: str, what: str) -> tuple[str, bool]:
        """A profile field's HTML up to what parsing needs for MAX_PROFILE_CHARS of text (ten times
        it, for markup), and whether it was cut (said: a page shows no more, and a hostile 16 MiB
        field is not parsed whole)."""
        limit = 10 * MAX_PROFILE_CHARS
        if len(value) <= limit:
            return value, False
        result.error(where, f"{what} is {len(value):,} characters of HTML, more than any profile page "
                            f"shows: only its start ({MAX_PROFILE_CHARS:,} characters of text at most) was "
                            "read, the rest was not")
        return value[:limit], True

    @staticmethod
    def _actor_pictures(tree: Tree, result: SourceResult, member: Member, actor: dict[str, Any]) -> None:
        """avatar.<ext> and header.<ext> beside actor.json (its ``icon`` and ``image`` urls):
        Attachments (Mastodon's own copies), each tied to a record naming the picture."""
        folder = member.name.rsplit("/", 1)[0] + "/" if "/" in member.name else ""
        known = {a.path: a for a in result.attachments}
        for key, picture in PROFILE_PICTURES.items():
            url = _dict(actor.get(key)).get("url")
            if not isinstance(url, str) or "/" in url or not url.strip() or len(url) > 200:
                continue  # the export's own name ("avatar.png"); a full URL is no file of the archive
            path = folder + url
            if path in known:
                continue  # one file as both pictures: named by the first
            found = next((m for m in tree.members() if m.name == path), None)
            if found is None:
                continue
            at = f"{member.name}#{key}"  # the record findings on the file name
            attachment = make_attachment(tree, found, post_id=at, platform_copy=True)
            result.attachments.append(attachment)
            known[path] = attachment
            result.posts.append(Post(id=at, timestamp=None, text="",
                                     origin=Origin(path=attachment.display, record=at),
                                     attachments=[path], kind="config",
                                     extra={"config_key": key, "profile": True, "picture": picture}))

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

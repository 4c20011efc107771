"""Facebook's "Download your information" export in JSON (eleventh session): the posts in
``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_N.json`` (older
exports: ``posts/your_posts_N.json``), each ``{"timestamp", "data": [{"post": TEXT}],
"attachments": [{"data": [{"media": {"uri", "description", "media_metadata": {...
"exif_data": [{"latitude", "longitude"}]}}}, {"place": {"name", "coordinate"}}]}], "title"}``.
A post's text is its ``post`` values and its photos' descriptions (the ``title``, "NAME updated
her status.", is Facebook's wording, left out), its time ``timestamp`` (UTC), its geotag the
position Meta keeps from a photo's EXIF or a check-in's coordinate. Shared code: meta_dyi.py.

The writer's posts elsewhere are theirs too (rev11c, 2026-11-29): in groups
(``group_posts_and_comments.json`` under ``your_facebook_activity/groups/`` since 2024,
``your_activity_across_facebook/groups/`` before, ``groups/your_posts_in_groups.json`` earlier:
``{"group_posts_v2": [{"timestamp", "title", "data": [{"post"}], "attachments"}]}``) and on
other people's profiles and pages (``posts_on_other_pages_and_profiles.json``: a list of
``{"timestamp", "fbid", "label_values": [{"label": "Message", "value"}, {"label": "Target", ...}]}``),
as Eyra port's Facebook entries and other public readers describe them. Their audience (the
group, the other profile's readers) is in ``Post.extra["audience_note"]``, said on each finding
located in one.

Comments are the writer's words too (twelfth session, 2026-11-30; until then named as left out):
``comments_and_reactions/comments.json`` (under ``your_facebook_activity/`` since 2024)
``{"comments_v2": [{"timestamp", "data": [{"comment": {"timestamp", "comment", "author"}}],
"attachments", "title"}]}``, and comments in groups (``groups/your_comments_in_groups.json``,
``{"group_comments_v2": [...]}``, same items), as the Waultar parser's examples and public group
readers describe them. Only ``comment`` is read: ``author`` is the account's real name and
``title`` ("NAME commented on OTHER's post.") names the writer and another person.

Photo albums (twelfth session, rev12a item 1; until then left out while the note called them
unpublished): ``posts/album/N.json``, ``{"name", "description", "photos": [{"uri",
"creation_timestamp", "title", "description", "media_metadata"}], "cover_photo"}``, as public
Facebook-export readers read it (``data['photos']``, ``photo['uri']``, ``d['description']``). A
photo is mostly also in a post (the readers above match them by ``uri``): one a post already
holds is not read again; another is a record of its own, its words its ``description``, its
position the one Meta keeps. The album's own description is a record ``N.json#description``;
its ``name`` is not read ("Mobile uploads", "Profile pictures" are Facebook's). Other published
files (uncategorized photos, videos, check-ins, archived posts, reels) are named apart as
published but not read (their layouts were not checked)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from nymaudit.sources import meta_dyi
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import read_member_text
from nymaudit.sources.meta_dyi import MAX_DEPTH, fix_text
from nymaudit.sources.tree import Tree

_POSTS = re.compile(r"(?:^|/)your_posts(?:__check_ins__photos_and_videos)?_\d+\.json$", re.IGNORECASE)
# Keys of an item holding the writer's words (and its photos' descriptions); its "title" is
# Facebook's wording ("NAME posted in GROUP."), "label_values" read by _message.
_WORDS = ("data", "attachments", "media")
_GROUPS = re.compile(r"(?:^|/)(?:group_posts_and_comments|your_posts_in_groups)\.json$", re.IGNORECASE)
_ELSEWHERE = re.compile(r"(?:^|/)posts_on_other_pages_and_profiles\.json$", re.IGNORECASE)
_COMMENTS = re.compile(r"(?:^|/)comments(?:_and_reactions)?/comments(?:_\d+)?\.json$", re.IGNORECASE)
_GROUP_COMMENTS = re.compile(r"(?:^|/)groups/your_comments_in_groups\.json$", re.IGNORECASE)
_ALBUM = re.compile(r"(?:^|/)posts/album/[^/]+\.json$", re.IGNORECASE)
# Photos read from one album file: Facebook allows 1,000; a hostile file holds millions.
MAX_ALBUM_PHOTOS = 100_000
# Published, not read (layouts not checked): named apart by INPUT008 (meta_dyi.say_left_out).
_PUBLISHED = re.compile(r"(?:^|/)(?:posts/(?:your_uncategorized_photos|your_videos|check-ins|archive)"
                        r"|reels/your_reels)\.json$", re.IGNORECASE)
# Where the post was and who could read it (the group's name, in Facebook's title, is not said:
# it would be in the report, --redact or not).
GROUP_NOTE = "post in a Facebook group: its members read it, anyone when the group is public"
ELSEWHERE_NOTE = "post on another person's profile or page: its readers read it"
COMMENT_NOTE = "comment on a post: everyone who can read that post reads it"
GROUP_COMMENT_NOTE = "comment in a Facebook group: its members read it, anyone when the group is public"
# Each posts file's list key, when it holds one (load_items takes a mapping's one list otherwise).
_KEYS = {GROUP_NOTE: "group_posts_v2", COMMENT_NOTE: "comments_v2", GROUP_COMMENT_NOTE: "group_comments_v2"}


def _texts(value: object, depth: int = 0) -> list[str]:
    """The writer's words of one item: ``post`` values and media ``description``s."""
    if depth > MAX_DEPTH:
        return []
    found: list[str] = []
    if isinstance(value, dict):
        for key in ("post", "description"):
            text = fix_text(value.get(key)).strip()
            if text:
                found.append(text)
        for key, child in value.items():
            if key != "title" and isinstance(child, dict | list):
                found += _texts(child, depth + 1)
    elif isinstance(value, list):
        for child in value[:1000]:
            found += _texts(child, depth + 1)
    return found


class FacebookReader:
    name = "facebook"
    description = "Facebook export in JSON (Download your information): posts' text, times, positions"

    def sniff(self, tree: Tree) -> int:
        # An album alone is the writer's published photos too (red13 item 7: refused as "unknown
        # format" with advice to ask Facebook for the JSON it was).
        found = any(m.name.lower().endswith(".json") and (_posts_file(m.name) is not None
                                                          or _ALBUM.search(m.name) is not None)
                    for m in tree.members())
        return 75 if found else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        attachments = meta_dyi.media_files(tree, result)
        read: set[str] = set()
        albums: list[str] = []
        held: set[str] = set()  # every photo a post or comment holds, file or not
        for member in tree.members():
            if _ALBUM.search(member.name):
                albums.append(member.name)
                continue
            note = _posts_file(member.name)
            if note is None:
                continue
            read.add(member.name)
            comments = note in (COMMENT_NOTE, GROUP_COMMENT_NOTE)
            for index, item in enumerate(meta_dyi.load_items(tree, result, member.name, _KEYS.get(note))):
                if not isinstance(item, dict):
                    continue
                held.update(meta_dyi.uris(item))
                parts: dict[str, Any] = {k: v for k, v in item.items() if k in _WORDS}
                found = _comments(item.get("data")) + _texts(item.get("attachments")) if comments \
                    else _message(item.get("label_values")) + _texts(parts)
                text = "\n\n".join(dict.fromkeys(found))
                stamp = meta_dyi.when(item.get("timestamp")) or (_comment_time(item.get("data")) if comments
                                                                 else None)
                if comments and not text and next(meta_dyi.positions(item), None) is None \
                        and not any(uri in attachments for uri in meta_dyi.uris(item)):
                    continue  # a GIF alone: nothing the writer wrote; a photo is kept (rev12a item 3)
                post = meta_dyi.make_post(tree, member.name, index, text, item, stamp, attachments)
                if note:
                    post.extra["audience_note"] = note  # said on its findings (scan.mark_audience)
                result.posts.append(post)
        # After the posts: an album photo a post holds is read with that post.
        for name in albums:
            read.add(name)
            try:
                _read_album(tree, result, name, held, attachments)
            except (TypeError, ValueError, AttributeError) as exc:  # one odd album: the others read
                result.error(name, f"album not read: {type(exc).__name__}")
        meta_dyi.say_left_out(tree, result, read, "Facebook", _PUBLISHED)


def _posts_file(name: str) -> str | None:
    """'' for the writer's own posts file, the audience note for its posts elsewhere, None."""
    if _POSTS.search(name):
        return ""
    if _GROUPS.search(name):
        return GROUP_NOTE
    if _ELSEWHERE.search(name):
        return ELSEWHERE_NOTE
    if _COMMENTS.search(name):
        return COMMENT_NOTE
    if _GROUP_COMMENTS.search(name):
        return GROUP_COMMENT_NOTE
    return None


def _read_album(tree: Tree, result: SourceResult, name: str, held: set[str],
                attachments: dict[str, Any]) -> None:
    """One album file: its description, and each photo no post holds (see the module's doc)."""
    text = read_member_text(tree, result, name, meta_dyi.MAX_JSON_BYTES)
    if text is None:
        return
    try:
        album = json.loads(text)
    except (ValueError, RecursionError):
        result.error(name, "unparseable JSON; its photos were not read")
        return
    if not isinstance(album, dict) or not isinstance(album.get("photos", []), list):
        result.error(name, "not an album (no list of photos); not read")
        return
    description = fix_text(album.get("description")).strip()
    if description:
        stamp = meta_dyi.when(album.get("last_modified_timestamp"))
        result.posts.append(meta_dyi.make_post(tree, name, "description", description, {}, stamp, {}))
    photos = album.get("photos", [])
    if len(photos) > MAX_ALBUM_PHOTOS:  # Facebook allows 1,000 photos an album
        result.error(name, f"{len(photos):,} photos in one album: the first {MAX_ALBUM_PHOTOS:,} were read, "
                           "the rest were not")
    for index, photo in enumerate(photos[:MAX_ALBUM_PHOTOS]):
        uri = photo.get("uri") if isinstance(photo, dict) else None
        if not isinstance(photo, dict) or (isinstance(uri, str) and uri in held):
            continue  # a non-string uri (a hostile file) was unhashable and ended the reader (rev12f 9)
        words = fix_text(photo.get("description")).strip()
        stamp = meta_dyi.when(photo.get("creation_timestamp"))
        post = meta_dyi.make_post(tree, name, index, words, photo, stamp, attachments)
        if words or post.geotag is not None or post.attachments:
            result.posts.append(post)


def _comments(data: object) -> list[str]:
    """The writer's words of a comment item: each ``data[].comment.comment`` (never its
    ``author``, the account's name)."""
    if not isinstance(data, list):
        return []
    found: list[str] = []
    for entry in data[:1000]:
        comment = entry.get("comment") if isinstance(entry, dict) else None
        text = fix_text(comment.get("comment")).strip() if isinstance(comment, dict) else ""
        if text:
            found.append(text)
    return found


def _comment_time(data: object) -> datetime | None:
    for entry in data[:1000] if isinstance(data, list) else []:
        comment = entry.get("comment") if isinstance(entry, dict) else None
        stamp = meta_dyi.when(comment.get("timestamp")) if isinstance(comment, dict) else None
        if stamp is not None:
            return stamp
    return None


def _message(values: object) -> list[str]:
    """The writer's words of a label_values item (posts on other profiles): the "Message"
    value and the descriptions of its photos; never "Target" (the other person's name)."""
    if not isinstance(values, list):
        return []
    found: list[str] = []
    for entry in values[:1000]:
        if not isinstance(entry, dict):
            continue
        if entry.get("label") == "Message":
            text = fix_text(entry.get("value")).strip()
            if text:
                found.append(text)
        found += _texts(entry.get("media"))
    return found


READER = FacebookReader()

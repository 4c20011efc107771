"""Facebook's "Download your information" export in JSON (eleventh session): the posts in
``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_N.json`` (older
exports: ``posts/your_posts_N.json``), each ``{"timestamp", "data": [{"post": TEXT}],
"attachments": [{"data": [{"media": {"uri", "description", "media_metadata": {...
"exif_data": [{"latitude", "longitude"}]}}}, {"place": {"name", "coordinate"}}]}], "title"}``.
A post's text is its ``post`` values and its photos' descriptions (the ``title``, "NAME updated
her status.", is Facebook's wording, left out), its time ``timestamp`` (UTC), its geotag the
position Meta keeps from a photo's EXIF or a check-in's coordinate. Shared code: meta_dyi.py."""

from __future__ import annotations

import re
from typing import Any

from nymaudit.sources import meta_dyi
from nymaudit.sources.base import SourceResult
from nymaudit.sources.meta_dyi import MAX_DEPTH, fix_text
from nymaudit.sources.tree import Tree

_POSTS = re.compile(r"(?:^|/)your_posts(?:__check_ins__photos_and_videos)?_\d+\.json$", re.IGNORECASE)


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
        found = any(m.name.lower().endswith(".json") and _POSTS.search(m.name) for m in tree.members())
        return 75 if found else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        attachments = meta_dyi.media_files(tree, result)
        read: set[str] = set()
        for member in tree.members():
            if not _POSTS.search(member.name):
                continue
            read.add(member.name)
            for index, item in enumerate(meta_dyi.load_items(tree, result, member.name)):
                if not isinstance(item, dict):
                    continue
                parts: dict[str, Any] = {k: v for k, v in item.items() if k in ("data", "attachments")}
                text = "\n\n".join(dict.fromkeys(_texts(parts)))
                stamp = meta_dyi.when(item.get("timestamp"))
                post = meta_dyi.make_post(tree, member.name, index, text, item, stamp, attachments)
                result.posts.append(post)
        meta_dyi.say_left_out(tree, result, read, "Facebook")


READER = FacebookReader()

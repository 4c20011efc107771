"""Instagram's "Download your information" export in JSON (eleventh session): the posts in
``your_instagram_activity/media/posts_N.json`` (exports since 2024; before:
``your_instagram_activity/content/posts_N.json``, and ``content/posts_N.json`` before that),
each ``{"media": [{"uri", "creation_timestamp", "title", "media_metadata":
{"photo_metadata": {"exif_data": [{"latitude", "longitude", ...}]}}}], "title",
"creation_timestamp"}`` (the layout tools reading posts_1.json describe, checked 2026-11-29).
A post's caption is its ``title`` (the item's, else its first photo's), its time the creation
time (UTC), its geotag the position Meta keeps from the photo's EXIF. Shared code: meta_dyi.py."""

from __future__ import annotations

import re

from nymaudit.sources.base import SourceResult
from nymaudit.sources.meta_dyi import fix_text, load_items, make_post, media_files, say_left_out, when
from nymaudit.sources.tree import Tree

# media/ is the current folder (public readers: memento-mori file_mapper.py globs both
# '**/content/posts*.json' and '**/media/posts*.json'; Eyra port's Instagram entries list
# your_instagram_activity/media/posts_1.json beside .../content/posts_1.json, same item shape).
_POSTS = re.compile(r"(?:^|/)(?:content|media)/posts_\d+\.json$", re.IGNORECASE)


class InstagramReader:
    name = "instagram"
    description = "Instagram export in JSON (Download your information): posts' captions, times, positions"

    def sniff(self, tree: Tree) -> int:
        found = any(m.name.lower().endswith(".json") and _POSTS.search(m.name) for m in tree.members())
        return 75 if found else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        attachments = media_files(tree, result)
        read: set[str] = set()
        for member in tree.members():
            if not _POSTS.search(member.name):
                continue
            read.add(member.name)
            for index, item in enumerate(load_items(tree, result, member.name)):
                if not isinstance(item, dict):
                    continue
                media = [m for m in item.get("media", []) if isinstance(m, dict)] \
                    if isinstance(item.get("media"), list) else []
                caption = fix_text(item.get("title")) or next(
                    (fix_text(m.get("title")) for m in media if fix_text(m.get("title"))), "")
                stamps = [when(item.get("creation_timestamp"))]
                stamps += [when(m.get("creation_timestamp")) for m in media]
                stamp = next((s for s in stamps if s is not None), None)
                post = make_post(tree, member.name, index, caption.strip(), item, stamp, attachments)
                result.posts.append(post)
        say_left_out(tree, result, read, "Instagram")


READER = InstagramReader()

"""Instagram's "Download your information" export in JSON (eleventh session): the posts in
``your_instagram_activity/media/posts_N.json`` (exports since 2024; before:
``your_instagram_activity/content/posts_N.json``, and ``content/posts_N.json`` before that),
each ``{"media": [{"uri", "creation_timestamp", "title", "media_metadata":
{"photo_metadata": {"exif_data": [{"latitude", "longitude", ...}]}}}], "title",
"creation_timestamp"}`` (the layout tools reading posts_1.json describe, checked 2026-11-29).
A post's caption is its ``title`` (the item's, else its first photo's), its time the creation
time (UTC), its geotag the position Meta keeps from the photo's EXIF. Shared code: meta_dyi.py.

Twelfth session (2026-11-30; until then named as left out): the writer's other published words.
Reels (``media/reels.json``, ``{"ig_reels_media": [{"media": [...]}]}``), stories
(``media/stories.json``, ``{"ig_stories": [{"uri", "creation_timestamp", "title", ...}]}``: each
item one photo or video), IGTV (``media/igtv_videos.json``, ``ig_igtv_media``) and archived posts
(``media/archived_posts.json``, ``ig_archived_post_media``: hidden from the profile now) as Eyra
port's Instagram entries list them; comments (``comments/post_comments_N.json``, a list, and
``comments/reels_comments.json``, ``{"comments_reels_comments": [...]}``) with the words in
``string_map_data.Comment.value`` and the time in ``string_map_data.Time.timestamp``; the
"Media Owner" (another account) is not read. ``other_content.json`` (drafts among them) is not
read: a draft was never published.

Threads posts and replies (twelfth session, rev12a item 1; until then left out while the note
called them unpublished): ``your_instagram_activity/threads/threads_and_replies.json``,
``{"text_post_app_text_posts": [{"media": [{"uri", "creation_timestamp", "title",
"media_metadata", "cross_post_source"}], "title"}]}``, the shape of posts_1.json, as public
Threads importers read it (``data.text_post_app_text_posts``, ``p.media[0].creation_timestamp``,
``p.title``). Published on threads.net, so read like posts, its audience said on findings."""

from __future__ import annotations

import re

from nymaudit.sources.base import SourceResult
from nymaudit.sources.meta_dyi import fix_text, load_items, make_post, media_files, say_left_out, when
from nymaudit.sources.tree import Tree

# media/ is the current folder (public readers: memento-mori file_mapper.py globs both
# '**/content/posts*.json' and '**/media/posts*.json'; Eyra port's Instagram entries list
# your_instagram_activity/media/posts_1.json beside .../content/posts_1.json, same item shape).
_POSTS = re.compile(r"(?:^|/)(?:(?:content|media)/(?:posts_\d+|reels|stories|igtv_videos|archived_posts)"
                    r"|threads/threads_and_replies)\.json$", re.IGNORECASE)
_COMMENTS = re.compile(r"(?:^|/)comments/(?:post_comments_\d+|reels_comments)\.json$", re.IGNORECASE)
# Who read a post of a kind other than the profile's grid, said on its findings (scan.mark_audience).
NOTES = {
    "stories": "story: shown for a day to its audience; screenshots and the story archive keep it",
    "archived_posts": "archived post: hidden from the profile now, public before; copies may remain",
    "threads_and_replies": "Threads post or reply: public on threads.net unless the profile is private",
}
COMMENT_NOTE = "comment on a post: everyone who can read that post reads it"


class InstagramReader:
    name = "instagram"
    description = "Instagram export in JSON (Download your information): posts' captions, times, positions"

    def sniff(self, tree: Tree) -> int:
        found = any(m.name.lower().endswith(".json") and (_POSTS.search(m.name) or _COMMENTS.search(m.name))
                    for m in tree.members())
        return 75 if found else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        attachments = media_files(tree, result)
        read: set[str] = set()
        for member in tree.members():
            if _COMMENTS.search(member.name):
                read.add(member.name)
                _read_comments(tree, result, member.name)
                continue
            if not _POSTS.search(member.name):
                continue
            read.add(member.name)
            note = NOTES.get(member.name.rpartition("/")[2][:-5].lower())
            empty = 0
            for index, item in enumerate(load_items(tree, result, member.name)):
                if not isinstance(item, dict):
                    continue
                media = [m for m in item.get("media", []) if isinstance(m, dict)] \
                    if isinstance(item.get("media"), list) else []
                if not media and isinstance(item.get("uri"), str):
                    media = [item]  # a story: the item is its one photo or video
                caption = fix_text(item.get("title")) or next(
                    (fix_text(m.get("title")) for m in media if fix_text(m.get("title"))), "")
                stamps = [when(item.get("creation_timestamp"))]
                stamps += [when(m.get("creation_timestamp")) for m in media]
                stamp = next((s for s in stamps if s is not None), None)
                post = make_post(tree, member.name, index, caption.strip(), item, stamp, attachments)
                if not post.text and stamp is None and post.geotag is None and not post.attachments \
                        and not any(isinstance(m.get("uri"), str) and m.get("uri") for m in media):
                    empty += 1  # no words, photo, video or time: nothing published (red13 item 12)
                    continue
                if note:
                    post.extra["audience_note"] = note
                result.posts.append(post)
            if empty:
                result.error(member.name, f"{empty:,} item(s) hold no caption, photo, video or time: not "
                                          "counted as posts")
        say_left_out(tree, result, read, "Instagram")


def _read_comments(tree: Tree, result: SourceResult, name: str) -> None:
    for index, item in enumerate(load_items(tree, result, name)):
        fields = item.get("string_map_data") if isinstance(item, dict) else None
        if not isinstance(fields, dict):
            continue
        comment, time = fields.get("Comment"), fields.get("Time")
        text = fix_text(comment.get("value")).strip() if isinstance(comment, dict) else ""
        if not text:
            continue
        stamp = when(time.get("timestamp")) if isinstance(time, dict) else None
        # Only the comment's words: the item's media list and "Media Owner" are another account's.
        post = make_post(tree, name, index, text, {}, stamp, {})
        post.extra["audience_note"] = COMMENT_NOTE
        result.posts.append(post)


READER = InstagramReader()

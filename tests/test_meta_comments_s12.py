"""Twelfth session (lead): Facebook and Instagram comments, and Instagram's reels, stories and
archived posts, are read as the writer's published words. Until 2026-11-30 the eleventh
session's readers named them as "left out on purpose" (INPUT008) and never checked them: a
member whose posts were careful but whose comments said where they work got a clean report.

Layouts as Meta writes them (docs/formats.md, "Facebook and Instagram"): Facebook's
``comments_v2`` items (Waultar's parser examples), Instagram's ``string_map_data`` comments and
``ig_stories`` / ``ig_reels_media`` / ``ig_archived_post_media`` (Eyra port's entries)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import write_tree
from nymaudit.cli import app
from nymaudit.sources.detect import read_input

REAL_NAME = "Ailsa McKenzie"


def _moj(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")  # Meta writes UTF-8 as latin-1 escapes


def facebook_export(tmp_path: Path) -> Path:
    posts = [{"timestamp": 1740900000, "data": [{"post": "Lovely sunset tonight."}]}]
    comments = {"comments_v2": [
        {"timestamp": 1741000000,
         "data": [{"comment": {"timestamp": 1741000000,
                               "comment": _moj("I work at the Jobcentre on Briggate \u2013 come and see me"),
                               "author": REAL_NAME}}],
         "title": f"{REAL_NAME} commented on Morag Baird's post."},
        {"timestamp": 1741100000,  # a GIF alone: nothing the writer wrote
         "attachments": [{"data": [{"external_context": {"url": "https://media.tenor.com/x.gif"}}]}],
         "data": [{"comment": {"timestamp": 1741100000, "comment": "", "author": REAL_NAME}}],
         "title": f"{REAL_NAME} replied to Morag Baird's comment."},
    ]}
    group_comments = {"group_comments_v2": [
        {"timestamp": 1741200000,
         "data": [{"comment": {"timestamp": 1741200000, "comment": "Text me on 07700 900461 about the rota",
                               "author": REAL_NAME}}],
         "title": f"{REAL_NAME} commented on a post in Leith Allotments."}]}
    return write_tree(tmp_path / "facebook-ailsa-2026-11-30-XyZ.zip", {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
        "your_facebook_activity/comments_and_reactions/comments.json": json.dumps(comments),
        "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json": json.dumps(
            {"likes": []}),
        "your_facebook_activity/groups/your_comments_in_groups.json": json.dumps(group_comments),
    }, zip=True)


def test_facebook_comments_read_without_author_or_title(tmp_path: Path) -> None:
    corpus = read_input(facebook_export(tmp_path))
    summary = corpus.inputs[0]
    assert summary.format == "facebook" and not summary.errors
    texts = [p.text for p in corpus.posts]
    assert "I work at the Jobcentre on Briggate \u2013 come and see me" in texts
    assert "Text me on 07700 900461 about the rota" in texts
    assert len(texts) == 3  # the GIF-only reply is not a post
    assert not any(REAL_NAME in t or "Morag" in t or "Allotments" in t for t in texts)
    comment = next(p for p in corpus.posts if "Jobcentre" in p.text)
    assert comment.timestamp is not None and int(comment.timestamp.timestamp()) == 1741000000
    left_out = " ".join(note[1] for note in summary.notes)
    assert "likes_and_reactions_1.json" in left_out and "comments.json" not in left_out


def test_facebook_comment_findings_say_who_read_them(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["scan", str(facebook_export(tmp_path)), "--format", "json"])
    report = json.loads(result.stdout)
    phone = [f for f in report["findings"] if "07700" in f["evidence"]]
    assert phone and "comment in a Facebook group" in phone[0]["message"]
    assert REAL_NAME not in result.stdout


def instagram_export(tmp_path: Path) -> Path:
    post_comments = [{"media_list_data": [{"uri": ""}], "string_map_data": {
        "Comment": {"value": _moj("Miss the ward already \u2764\ufe0f 12 years at the Western General")},
        "Media Owner": {"value": "morag.b"}, "Time": {"timestamp": 1741300000}}}]
    reels_comments = {"comments_reels_comments": [{"string_map_data": {
        "Comment": {"value": "Same gym as me in Stockbridge!"}, "Media Owner": {"value": "fitwithjo"},
        "Time": {"timestamp": 1741400000}}}]}
    stories = {"ig_stories": [{"uri": "media/stories/202503/17890_n.jpg", "creation_timestamp": 1741500000,
                               "title": "First day back at St Mary's Primary for this one",
                               "media_metadata": {"photo_metadata": {"exif_data": [
                                   {"latitude": 55.9580, "longitude": -3.2100}]}}}]}
    reels = {"ig_reels_media": [{"media": [{"uri": "media/reels/202503/17891_n.mp4",
                                            "creation_timestamp": 1741600000, "title": "Parkrun PB"}]}]}
    archived = {"ig_archived_post_media": [{"media": [{"uri": "media/archived_posts/202401/1_n.jpg",
                                                       "creation_timestamp": 1704100000,
                                                       "title": "New job, new badge"}]}]}
    return write_tree(tmp_path / "instagram-foggyquill-2026-11-30-AbCdEf.zip", {
        "your_instagram_activity/media/posts_1.json": json.dumps([]),
        "your_instagram_activity/media/stories.json": json.dumps(stories),
        "your_instagram_activity/media/reels.json": json.dumps(reels),
        "your_instagram_activity/media/archived_posts.json": json.dumps(archived),
        "your_instagram_activity/comments/post_comments_1.json": json.dumps(post_comments),
        "your_instagram_activity/comments/reels_comments.json": json.dumps(reels_comments),
        "your_instagram_activity/likes/liked_posts.json": json.dumps({"likes_media_likes": []}),
        "media/stories/202503/17890_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
    }, zip=True)


def test_instagram_comments_reels_stories_archived_read(tmp_path: Path) -> None:
    corpus = read_input(instagram_export(tmp_path))
    summary = corpus.inputs[0]
    assert summary.format == "instagram" and not summary.errors
    by_text = {p.text: p for p in corpus.posts}
    assert set(by_text) == {"Miss the ward already \u2764\ufe0f 12 years at the Western General",
                            "Same gym as me in Stockbridge!",
                            "First day back at St Mary's Primary for this one", "Parkrun PB",
                            "New job, new badge"}
    story = by_text["First day back at St Mary's Primary for this one"]
    assert story.geotag is not None and story.geotag.latitude == 55.9580
    assert story.attachments == ["media/stories/202503/17890_n.jpg"]
    assert story.extra["audience_note"].startswith("story:")
    assert by_text["New job, new badge"].extra["audience_note"].startswith("archived post:")
    comment = by_text["Same gym as me in Stockbridge!"]
    assert comment.extra["audience_note"].startswith("comment on a post")
    assert comment.timestamp is not None and int(comment.timestamp.timestamp()) == 1741400000
    assert not any("morag.b" in p.text or "fitwithjo" in p.text for p in corpus.posts)
    left_out = " ".join(note[1] for note in summary.notes)
    assert "liked_posts.json" in left_out and "post_comments_1.json" not in left_out


def test_export_of_comments_only_is_still_recognised(tmp_path: Path) -> None:
    zipped = write_tree(tmp_path / "facebook-comments-only.zip", {
        "your_facebook_activity/comments_and_reactions/comments.json": json.dumps({"comments_v2": [
            {"timestamp": 1741000000, "data": [{"comment": {"comment": "See you at Leith Library",
                                                             "author": REAL_NAME}}]}]}),
    }, zip=True)
    corpus = read_input(zipped)
    assert corpus.inputs[0].format == "facebook"
    assert [p.text for p in corpus.posts] == ["See you at Leith Library"]
    assert corpus.posts[0].timestamp is not None  # the item's time


def test_hostile_comment_items_are_skipped_not_fatal(tmp_path: Path) -> None:
    zipped = write_tree(tmp_path / "facebook-odd.zip", {
        "your_facebook_activity/comments_and_reactions/comments.json": json.dumps({"comments_v2": [
            None, 3, {"data": "x"}, {"data": [None, {"comment": 5}, {"comment": {"comment": ["x"]}}]},
            {"timestamp": "soon", "data": [{"comment": {"timestamp": True, "comment": "still read"}}]}]}),
        "your_instagram_activity/comments/post_comments_1.json": json.dumps(
            [{"string_map_data": {"Comment": "flat", "Time": 7}}, {"string_map_data": None}]),
    }, zip=True)
    corpus = read_input(zipped)
    assert [p.text for p in corpus.posts] == ["still read"]
    assert corpus.posts[0].timestamp is None

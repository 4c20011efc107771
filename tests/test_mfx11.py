"""Eleventh session (29 November 2026), mfx11: Meta's "Download your information" exports in JSON.

1. rev11c item 3: Instagram exports since 2024 keep the posts in
   ``your_instagram_activity/media/posts_1.json`` (a bare list of ``{media: [{uri,
   creation_timestamp, title, media_metadata}], title, creation_timestamp}``: memento-mori's
   file_mapper.py globs ``**/media/posts*.json`` beside ``**/content/posts*.json``; Eyra port's
   Instagram entries list both paths). They were read as loose notes: 0 posts, and a note
   telling the user to ask for the JSON format they had.
2. rev11c item 4b: the writer's Facebook posts in groups (``group_posts_and_comments.json``,
   ``{"group_posts_v2": [{timestamp, title, data: [{post}]}]}``) and on other people's profiles
   and pages (``posts_on_other_pages_and_profiles.json``: a list of ``{timestamp, fbid,
   label_values: [{label: "Message", value}, {label: "Target", value}]}``, as Eyra port's
   Facebook entries and public readers describe it) were left out as "not its posts".
"""

from __future__ import annotations

import json
from pathlib import Path

from archive_builders import write_tree
from nymaudit.scan import ScanOptions, analyse
from nymaudit.sources.detect import read_input, read_inputs
from nymaudit.sources.exports import recognise


def _moj(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")  # Meta writes UTF-8 as latin-1 escapes


def _instagram(tmp_path: Path, folder: str) -> Path:
    posts = [{"media": [{"uri": "media/posts/202503/17900000000_n.jpg", "creation_timestamp": 1740900000,
                         "title": _moj("Call me on 07700 900123 if you want the bike \u2600\ufe0f"),
                         "media_metadata": {"photo_metadata": {"exif_data": [
                             {"latitude": 55.953, "longitude": -3.118}]}},
                         "cross_post_source": {"source_app": "FB"}, "backup_uri": ""}]}]
    return write_tree(tmp_path / "instagram-foggyquill-2026-11-29-AbCdEf.zip", {
        f"your_instagram_activity/{folder}/posts_1.json": json.dumps(posts),
        "media/posts/202503/17900000000_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
        "your_instagram_activity/comments/post_comments_1.json": "[]",
        "personal_information/personal_information/personal_information.json":
            json.dumps({"profile_user": []}),
        "start_here.html": "<html><body>Your information</body></html>",
    }, zip=True)


def test_current_instagram_export_media_posts_read(tmp_path: Path) -> None:
    for folder in ("media", "content"):  # 2024+ and the export before it
        corpus = read_input(_instagram(tmp_path / folder, folder))
        summary = corpus.inputs[0]
        assert summary.format == "instagram" and summary.posts == 1 and not summary.errors, folder
        post = corpus.posts[0]
        assert post.text.startswith("Call me on 07700 900123") and "\u2600" in post.text
        assert post.geotag is not None and post.geotag.latitude == 55.953
        assert post.origin.record == f"your_instagram_activity/{folder}/posts_1.json#0"


def test_instagram_hint_names_the_current_path() -> None:
    layout = recognise(["your_instagram_activity/media/posts_1.html"])
    assert layout is not None and layout.platform == "Instagram"
    assert "media/posts_1.json" in layout.not_read_as_such()


def _facebook(tmp_path: Path) -> Path:
    own = [{"timestamp": 1740900000, "data": [{"post": "Sunday roast"}],
            "title": "Jo Bloggs updated her status."}]
    text = _moj("Anyone else on nights? Call me 07700 900321 \u2615")
    groups = {"group_posts_v2": [{"timestamp": 1740990000, "title": "Jo Bloggs posted in Leeds Nurses.",
                                  "data": [{"post": text}]}]}
    elsewhere = [{"timestamp": 1741000000, "fbid": "100000000000001",
                  "label_values": [
                      {"label": "Message", "value": "Happy birthday sis! Ring me on 07700 900456"},
                      {"label": "Target", "value": "Amy Bloggs"}]}]
    return write_tree(tmp_path / "facebook-jobloggs-2026-11-29-XyZ.zip", {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(own),
        "your_facebook_activity/groups/group_posts_and_comments.json": json.dumps(groups),
        "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json": json.dumps(elsewhere),
        "your_facebook_activity/comments_and_reactions/comments.json": json.dumps({"comments_v2": []}),
    }, zip=True)


def test_facebook_group_posts_and_posts_on_other_profiles_read(tmp_path: Path) -> None:
    corpus = read_input(_facebook(tmp_path))
    summary = corpus.inputs[0]
    assert summary.format == "facebook" and summary.posts == 3 and not summary.errors
    by_file = {p.origin.record.rpartition("/")[2]: p for p in corpus.posts if p.origin.record}
    group = by_file["group_posts_and_comments.json#0"]
    assert group.text == "Anyone else on nights? Call me 07700 900321 \u2615"  # not Facebook's title
    assert group.timestamp is not None and int(group.timestamp.timestamp()) == 1740990000
    assert "Facebook group" in group.extra["audience_note"]
    other = by_file["posts_on_other_pages_and_profiles.json#0"]
    assert other.text == "Happy birthday sis! Ring me on 07700 900456"
    assert "Amy Bloggs" not in other.text  # the Target is the other person's name, not the writer's words
    assert "another person's profile" in other.extra["audience_note"]
    notes = " ".join(n[1] for n in summary.notes)
    assert "group_posts_and_comments.json" not in notes and "posts_on_other_pages" not in notes
    # comments.json (empty here) is read since the twelfth session (test_meta_comments_s12.py)
    assert "comments.json" not in notes


def test_facebook_group_post_findings_say_their_audience(tmp_path: Path) -> None:
    report = analyse(read_inputs([_facebook(tmp_path)]), ScanOptions())
    phones = [f for f in report.findings if f.rule == "SELF002"]
    group = [f for f in phones if (f.location.record or "").endswith("group_posts_and_comments.json#0")]
    assert group and "[post in a Facebook group" in group[0].message

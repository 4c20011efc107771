"""Twelfth session, fix12a: the review rev12a of the profile, blockquote and Meta readers.

1. Instagram's Threads posts (``threads/threads_and_replies.json``) and Facebook's photo albums
   (``posts/album/N.json``) are read; Facebook's other published files are named as published,
   not as "not published, nothing to do" (INPUT008).
2. A pull quote (WordPress ``wp-block-pullquote``, Medium ``graf--pullquote``) stays the
   writer's text. 8. A ninth nested <blockquote> does not take a level off at its close.
3. A Facebook comment that is a photo alone keeps its Meta-kept position.
4. A cut or empty profile.js is an input error. 5. X's location repeating the bio is not a
   second record. 6. A profile or comment label on a grouped finding says how many it is.
7. Greeting and condolence formulas are no verbal tic. 9. The profile is not timed (a test
   that can fail: the tweets' times are readable)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from archive_builders import _ytd, build_twitter_archive, build_wxr, make_tweet, write_tree
from nymaudit.cli import app
from nymaudit.sources.detect import read_input
from nymaudit.sources.html_text import html_to_text

FB = "your_facebook_activity/"
SENTENCE = "I'm a nurse at St Thomas' Hospital and I live in Clifton, BS8."


def _scan(path: Path, *extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return json.loads(result.stdout)


def _rules(doc: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in doc["findings"]}


def _input008(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == "INPUT008"]


# -- 1. published files of Meta exports ------------------------------------------------------

def test_instagram_threads_posts_are_read_and_not_called_unpublished(tmp_path: Path) -> None:
    posts = [{"media": [{"uri": "media/posts/202503/4815162342_n.jpg", "creation_timestamp": 1741000000,
                         "title": "Morning run"}]}]
    threads = {"text_post_app_text_posts": [{"media": [{"uri": "", "creation_timestamp": 1741100000,
                                                        "title": SENTENCE, "media_metadata": {},
                                                        "cross_post_source": {"source_app": "FB"}}]}]}
    path = write_tree(tmp_path / "instagram-quiet-2026-11-30.zip", {
        "your_instagram_activity/media/posts_1.json": json.dumps(posts),
        "your_instagram_activity/threads/threads_and_replies.json": json.dumps(threads),
        "your_instagram_activity/messages/inbox/a_1/message_1.json": json.dumps({"messages": []}),
        "media/posts/202503/4815162342_n.jpg": b"\xff\xd8\xff\xe0" + b"\0" * 64}, zip=True)
    doc = _scan(path)
    assert {"SELF010", "SELF011", "PLACE002"} <= _rules(doc)
    on_threads = [f for f in doc["findings"] if f["rule"] == "SELF010"][0]
    assert "threads_and_replies.json" in json.dumps(on_threads["location"])
    assert "Threads post or reply" in on_threads["message"]
    notes = _input008(doc)
    assert notes and all("threads_and_replies" not in f["message"] for f in notes)


def _facebook(tmp_path: Path, extra: dict[str, str]) -> Path:
    base = 1740900000
    posts = [{"timestamp": base + i * 86400, "data": [{"post": f"Lovely walk today {i}."}],
              "attachments": [{"data": [{"media": {"uri": FB + "posts/media/Mobile_1/9_n.jpg",
                                                   "creation_timestamp": base}}]}] if i == 0 else []}
             for i in range(3)]
    return write_tree(tmp_path / "fb", {
        FB + "posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
        FB + "messages/inbox/morag_123/message_1.json": json.dumps({"messages": []}),
        **extra}, zip=False)


def test_facebook_album_photo_is_read_with_its_position_and_description(tmp_path: Path) -> None:
    album = {"name": "Mobile uploads", "description": "Our flat, bought 2024.",
             "photos": [
                 {"uri": FB + "posts/media/Mobile_1/123_n.jpg", "creation_timestamp": 1740905000,
                  "title": "Mobile uploads", "description": "I'm a nurse at St Thomas' Hospital now!",
                  "media_metadata": {"photo_metadata": {"exif_data": [
                      {"latitude": 55.965, "longitude": -3.176}]}}},
                 # A photo a post holds is read with the post, not again.
                 {"uri": FB + "posts/media/Mobile_1/9_n.jpg", "creation_timestamp": 1740900000,
                  "description": "A photo of a post"}],
             "cover_photo": {"uri": FB + "posts/media/Mobile_1/123_n.jpg"}}
    path = _facebook(tmp_path, {
        FB + "posts/album/0.json": json.dumps(album),
        FB + "posts/check-ins.json": json.dumps({"checkins_v2": []})})
    corpus = read_input(path)
    texts = [p.text for p in corpus.posts]
    assert "I'm a nurse at St Thomas' Hospital now!" in texts and "Our flat, bought 2024." in texts
    assert "A photo of a post" not in texts and "Mobile uploads" not in " ".join(texts)
    doc = _scan(path)
    assert "META001" in _rules(doc) and "SELF011" in _rules(doc)
    notes = {f["message"]: f["advice"] for f in _input008(doc)}
    published = [m for m in notes if "published content nymaudit does not read" in m]
    assert published and "check-ins.json" in published[0] and "0.json" not in published[0]
    assert "Nothing to do" not in notes[published[0]]
    private = [m for m in notes if "not its posts or comments" in m]
    assert private and "message_1.json" in private[0] and "check-ins" not in private[0]


def test_facebook_album_that_is_not_json_is_an_input_error(tmp_path: Path) -> None:
    corpus = read_input(_facebook(tmp_path, {FB + "posts/album/0.json": '{"photos": [{'}))
    assert any("album/0.json" in e.path and "unparseable" in e.error for e in corpus.inputs[0].errors)


# -- 3. a photo comment ------------------------------------------------------------------------

def test_facebook_photo_comment_without_words_keeps_its_position(tmp_path: Path) -> None:
    media = {"uri": FB + "comments_and_reactions/photos/1_n.jpg", "creation_timestamp": 1741000000,
             "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 53.80, "longitude": -1.55}]}}}
    comments = {"comments_v2": [{"timestamp": 1741000000, "attachments": [{"data": [{"media": media}]}],
                                 "data": [{"comment": {"timestamp": 1741000000, "comment": "",
                                                       "author": "Ailsa McKenzie"}}],
                                 "title": "Ailsa McKenzie commented on Morag Baird's post."}]}
    path = _facebook(tmp_path, {
        FB + "comments_and_reactions/comments.json": json.dumps(comments)})
    doc = _scan(path)
    assert any(f["rule"] == "META001" and "comments.json" in json.dumps(f["location"])
               for f in doc["findings"])


# -- 2 and 8. blockquotes ----------------------------------------------------------------------

def test_wordpress_pull_quote_stays_the_writers_text(tmp_path: Path) -> None:
    body = ("<!-- wp:paragraph --><p>Long shifts this winter.</p><!-- /wp:paragraph -->"
            "<!-- wp:pullquote --><figure class=\"wp-block-pullquote\"><blockquote><p>"
            "I'm a nurse at St Thomas' Hospital and I still cry in the car park.</p></blockquote></figure>"
            "<!-- /wp:pullquote --><!-- wp:paragraph --><p>More soon.</p><!-- /wp:paragraph -->")
    path = build_wxr(tmp_path / "site.WordPress.xml", [{
        "post_id": "12", "title": "Winter", "content": body, "post_date": "2025-01-05 21:10:00",
        "post_date_gmt": "2025-01-05 21:10:00"}])
    doc = _scan(path)
    assert {"SELF010", "SELF011"} <= _rules(doc)


def test_medium_pull_quote_is_not_quotation_but_a_plain_quote_is() -> None:
    text = html_to_text('<blockquote class="graf graf--pullquote graf-after--p">I live in Clifton.'
                        '</blockquote><blockquote class="graf graf--blockquote">Someone else said this.'
                        '</blockquote>')
    assert text.splitlines()[0] == "I live in Clifton."
    assert "> Someone else said this." in text


def test_blockquotes_nested_past_the_cap_keep_their_levels() -> None:
    html = ("<blockquote>" * 9 + "deep" + "</blockquote>" + "<p>level8</p>" + "</blockquote>" * 7
            + "<p>level1 still quoted</p></blockquote><p>mine</p>")
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["> " * 8 + "deep", "> " * 8 + "level8", "> level1 still quoted", "mine"]


# -- 4, 5, 6 and 9. X profile --------------------------------------------------------------------

def _tweets(count: int, words: list[str]) -> list[dict[str, Any]]:
    start = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
    # Irregular minutes, so the hours are read as the writer's (no scheduler).
    return [make_tweet(str(1900000000000000000 + i),
                       start + timedelta(days=i, hours=(i * 7) % 13, minutes=(i * 37) % 60),
                       words[i % len(words)]) for i in range(count)]


def _x(tmp_path: Path, bio: str, location: str, words: list[str], name: str = "x") -> Path:
    profile = {"profile": {"description": {"bio": bio, "website": "", "location": location}}}
    return build_twitter_archive(tmp_path / name, _tweets(60, words), zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


def test_cut_or_empty_profile_js_is_an_input_error(tmp_path: Path) -> None:
    full = _ytd("profile.part0", [{"profile": {"description": {"bio": "Staff nurse in Leeds"}}}])
    tweets = _tweets(3, ["hello there"])
    for name, text in {"cut": full[: full.index("Leeds") + 3], "empty": ""}.items():
        path = build_twitter_archive(tmp_path / name, tweets, zip=False,
                                     extra_files={"data/profile.js": text})
        errors = read_input(path).inputs[0].errors
        assert any(e.path.endswith("profile.js") for e in errors), (name, errors)


def test_location_repeating_the_bio_is_one_mention(tmp_path: Path) -> None:
    bio = "Staff nurse. I live in Clifton, Bristol. Views my own."
    doc = _scan(_x(tmp_path, bio, "Clifton, Bristol", ["Rain again today.", "Tea first."]))
    place = [f for f in doc["findings"] if f["rule"] == "PLACE001"]
    assert place and all(f["severity"] == "low" for f in place), [f["message"] for f in place]
    assert not any("profile.js#location" in f["message"] for f in doc["findings"])
    # A location saying more than the bio is read.
    corpus = read_input(_x(tmp_path, bio, "Leeds", ["Rain again today."], name="x2"))
    assert any(p.origin.record == "location" for p in corpus.posts)


def test_profile_label_on_a_grouped_finding_says_how_many(tmp_path: Path) -> None:
    doc = _scan(_x(tmp_path, "Reading on the bus home since 2019.", "",
                   ["Quiet day at the desk.", "Reading on the bus home."]))
    grouped = [f for f in doc["findings"] if f["rule"] == "SELF016" and "profile.js#bio" in f["message"]]
    assert grouped, [f["message"] for f in doc["findings"]]
    assert "of 31 is the account's profile, shown on its page]" in grouped[0]["message"]
    assert "[the account's profile, shown on its page]" not in grouped[0]["message"]


def test_profile_is_not_timed_and_the_tweets_are(tmp_path: Path) -> None:
    doc = _scan(_x(tmp_path, "Numbers by day, gulls by night. BS6.", "Bristol",
                   ["Rain again.", "Tea first."]))
    assert doc["inputs"][0]["posts"] == 60
    # Can fail: the 60 tweets' hours are read (not a scheduler's), and the profile is not timed.
    assert doc["timing"]["posts"] == 60, doc["timing"].get("posts")


# -- 6 and 7. Facebook comments ------------------------------------------------------------------

def test_stock_comment_formulas_are_no_verbal_tic(tmp_path: Path) -> None:
    base = 1740900000
    posts = [{"timestamp": base + i * 86400 + i * 977,
              "data": [{"post": f"I walked the dog along the canal {i}."}]} for i in range(12)]
    formulas = ["Happy birthday! Have a lovely day", "So sorry for your loss x"]
    comments = {"comments_v2": [{"timestamp": base + i * 3600 + i * 61,
                                 "data": [{"comment": {"timestamp": base + i * 3600,
                                                       "comment": formulas[i % 2], "author": "A B"}}]}
                                for i in range(40)]}
    path = _facebook(tmp_path, {
        FB + "posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
        FB + "comments_and_reactions/comments.json": json.dumps(comments)})
    doc = _scan(path)
    phrases = [f["message"] for f in doc["findings"] if f["rule"] == "STYLE015"]
    assert phrases and all("lovely day" not in m and "your loss" not in m for m in phrases), phrases
    assert any("walked the dog along the canal" in m for m in phrases)

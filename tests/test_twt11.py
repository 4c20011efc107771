"""Eleventh session, twt11 (walkthrough s11): X long posts (note-tweet.js), deleted posts said
deleted, and media the posts name that the archive lacks (INPUT009)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet, read_source

WHEN = datetime(2025, 2, 1, 9, 0, tzinfo=UTC)
LONG = ("Thread on why the consultation process is broken, from someone who sees it every day. " * 3
        + "For context: I am a planning officer at Leeds City Council and I live in Chapel Allerton "
          "with my two kids.")
DELETED_LABEL = "[deleted post: no longer public"


def make_note_tweet(note_id: str, when: datetime, text: str,
                    urls: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    """An element of note-tweet.js as X writes it (window.YTD.note_tweet.part0): the full text
    of a long post, its own t.co links in core.urls (shortUrl/expandedUrl), and a noteTweetId
    that is not the tweet's id."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {"noteTweet": {
        "noteTweetId": note_id, "updatedAt": stamp,
        "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
        "createdAt": stamp,
        "core": {"styletags": [], "text": text, "mentions": [], "cashtags": [], "hashtags": [],
                 "urls": [{"shortUrl": s, "expandedUrl": e, "displayUrl": e.split("://")[-1][:26]}
                          for s, e in urls]}}}


def _ytd(name: str, items: list[Any]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, separators=(",", " : "))


def _filler(n: int) -> list[dict[str, Any]]:
    return [make_tweet(str(1000 + i), datetime(2025, 1, 1 + i, 12, tzinfo=UTC),
                       "Nice weather for the match today.") for i in range(n)]


def _scan(path: Path, *extra: str) -> dict[str, Any]:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra], catch_exceptions=False)
    return json.loads(out.stdout)


def _rules(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for finding in doc["findings"]:
        found.setdefault(finding["rule"], []).append(finding)
    return found


# -- 1. long posts -----------------------------------------------------------------------------


@pytest.mark.parametrize("as_zip", [True, False])
def test_long_post_is_read_in_full_as_one_post(tmp_path, as_zip):
    """The walkthrough's archive: the disclosure is after character 280, in note-tweet.js only.
    Before: 6 posts, overall LOW, no employer/place finding."""
    tweets = [*_filler(5), make_tweet("1886000000000000001", WHEN, LONG[:277] + "\u2026")]
    notes = [make_note_tweet("1886000000000000777", WHEN, LONG)]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=as_zip,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    result = read_source(path, "twitter")
    assert result.errors == []
    assert len(result.posts) == 6  # one post, not two
    post = next(p for p in result.posts if p.id == "1886000000000000001")
    assert post.text == LONG and post.extra["note_tweet"] == "1886000000000000777"
    assert post.origin.path.endswith("tweets.js") and post.url.endswith("/status/1886000000000000001")
    doc = _scan(path)
    assert doc["inputs"][0]["posts"] == 6
    found = _rules(doc)
    assert "Leeds City Council" in found["SELF011"][0]["message"]
    assert any("Chapel Allerton" in f["message"] for f in found["PLACE002"])
    assert "INPUT009" not in found


def test_reply_long_post_keeps_its_mentions_and_expands_the_notes_own_links(tmp_path):
    """A reply's tweets.js text starts "@name " (the note's does not) and each side has its own
    t.co links for the same URL."""
    start = "I wrote about this https://t.co/NEW2 and then some more thoughts. " * 5
    full = start + "The office on Park Row closes at six, which is why I post at lunch."
    cut = "@stranger " + start.replace("NEW2", "OLD1")[:250] + "\u2026"
    tweet = make_tweet("1886000000000000002", WHEN, cut,
                       urls=[("https://t.co/OLD1", "https://example.com/essay")],
                       reply_to=("1886000000000000000", "stranger"))
    notes = [make_note_tweet("5", WHEN, full, urls=(("https://t.co/NEW2", "https://example.com/essay"),))]
    path = build_twitter_archive(tmp_path / "x", [tweet], zip=True,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    (post,) = read_source(path, "twitter").posts
    assert post.text.startswith("@stranger I wrote about this https://example.com/essay and then")
    assert post.text.endswith("which is why I post at lunch.") and "t.co" not in post.text
    assert post.extra["urls"] == ["https://example.com/essay"] and post.kind == "reply"


def test_a_show_more_link_to_the_post_itself_is_not_kept(tmp_path):
    """A cut text may end "… https://t.co/..." pointing at the post itself: with the full text
    read, that link is not the writer's."""
    tweet = make_tweet("1886000000000000009", WHEN, LONG[:250] + "\u2026 https://t.co/SELF123",
                       urls=[("https://t.co/SELF123", "https://twitter.com/i/web/status/1886000000000000009")])
    notes = [make_note_tweet("9", WHEN, LONG)]
    path = build_twitter_archive(tmp_path / "x", [tweet], zip=True,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    (post,) = read_source(path, "twitter").posts
    assert post.text == LONG and "urls" not in post.extra


def test_notes_of_the_same_second_go_to_the_tweet_they_begin_like(tmp_path):
    """A thread posted by a tool: two long posts in one second; the notes come in the other
    order, and a third note of that second belongs to no tweet."""
    first = "First part of the long thread about the bus lanes on the ring road. " * 5
    second = "Second part, in which I explain the junction outside my daughter's school. " * 5
    tweets = [make_tweet("1886000000000000010", WHEN, first[:270] + "\u2026"),
              make_tweet("1886000000000000011", WHEN, second[:270] + "\u2026")]
    notes = [make_note_tweet("21", WHEN, second + "END2"),
             make_note_tweet("22", WHEN, "Something else. " * 20),
             make_note_tweet("20", WHEN, first + "END1")]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    posts = {p.id: p for p in read_source(path, "twitter").posts}
    assert posts["1886000000000000010"].text.endswith("END1")
    assert posts["1886000000000000011"].text.endswith("END2")
    assert posts["22"].extra["note_unjoined"] is True and len(posts) == 3


def test_a_note_without_its_tweet_is_read_on_its_own_and_said(tmp_path):
    notes = [make_note_tweet("1886000000000000999", WHEN, LONG)]
    path = build_twitter_archive(tmp_path / "x", _filler(3), zip=True,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    result = read_source(path, "twitter")
    note = next(p for p in result.posts if p.id == "1886000000000000999")
    assert note.text == LONG and note.timestamp == WHEN and note.origin.path.endswith("note-tweet.js")
    doc = _scan(path)
    assert doc["inputs"][0]["posts"] == 4
    (said,) = _rules(doc)["INPUT009"]
    assert said["severity"] == "info"
    assert said["message"].startswith("1 long post in note-tweet.js has no tweet in tweets.js")
    assert "SELF011" in _rules(doc)  # its text was read


def test_a_cut_tweet_without_its_note_says_only_280_characters_were_read(tmp_path):
    """An archive without note-tweet.js (or a note missing from it): the text ends in "…" at
    X's limit. A short text that ends in "…", and a retweet X cut, say nothing."""
    tweets = [*_filler(2),
              make_tweet("1886000000000000003", WHEN, LONG[:277] + "\u2026"),
              make_tweet("1886000000000000004", WHEN + timedelta(hours=1), "Well\u2026"),
              make_tweet("1886000000000000005", WHEN + timedelta(hours=2), LONG[:262] + "\u2026",
                         retweet_of="someone")]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    doc = _scan(path)
    (said,) = _rules(doc)["INPUT009"]
    assert "only the first 280 characters were read (1886000000000000003)" in said["message"]
    assert said["message"].startswith('1 post ends in "\u2026" at X\'s 280-character limit')
    # Redacted: the post id is masked, the sentence stays.
    (hidden,) = _rules(_scan(path, "--redact"))["INPUT009"]
    assert "1886000000000000003" not in json.dumps(hidden) and "280 characters" in hidden["message"]


def test_cut_length_is_x_weighted_length():
    from nymaudit.sources.twitter import x_weight

    assert x_weight("a" * 10) == 10
    assert x_weight("\u65e5\u672c" * 69) == 276  # Japanese: each character counts 2
    assert x_weight("\U0001f600") == 2


def test_a_deleted_long_post_is_read_in_full_and_said_deleted(tmp_path):
    deleted = [make_tweet("1886000000000000006", WHEN, LONG[:277] + "\u2026")]
    notes = [make_note_tweet("31", WHEN, LONG)]
    files = {"data/deleted-note-tweet.js": _ytd("deleted_note_tweet", notes)}
    path = build_twitter_archive(tmp_path / "x", _filler(3), zip=True, deleted=deleted, extra_files=files)
    result = read_source(path, "twitter")
    post = next(p for p in result.posts if p.id == "1886000000000000006")
    assert post.deleted and post.text == LONG and len(result.posts) == 4
    found = _rules(_scan(path))
    assert DELETED_LABEL in found["SELF011"][0]["message"]


def test_a_corrupt_note_costs_one_error_and_the_walk_resumes(tmp_path):
    good = [make_note_tweet(str(40 + i), WHEN + timedelta(days=i), f"Long post number {i}. " * 20)
            for i in range(3)]
    text = _ytd("note_tweet", good)
    broken = text.replace('"noteTweetId" : "41"', '"noteTweetId" : "41" "oops"', 1)
    assert broken != text
    path = build_twitter_archive(tmp_path / "x", _filler(1), zip=True,
                                 extra_files={"data/note-tweet.js": broken})
    result = read_source(path, "twitter")
    assert {p.id for p in result.posts if p.extra.get("note_unjoined")} == {"40", "42"}
    assert len(result.errors) == 1 and "record 1" in result.errors[0].error


def test_a_note_file_without_its_prefix_is_said(tmp_path):
    bare = json.dumps([make_note_tweet("1", WHEN, LONG)])  # no window.YTD... prefix
    path = build_twitter_archive(tmp_path / "x", _filler(1), zip=True,
                                 extra_files={"data/note-tweet.js": bare})
    result = read_source(path, "twitter")
    assert [e.error for e in result.errors] == ["no window.YTD...partN = prefix; not read"]


def test_notes_are_capped_like_posts(tmp_path, monkeypatch):
    import nymaudit.sources.twitter as twitter

    monkeypatch.setattr(twitter, "MAX_POSTS", 2)
    notes = [make_note_tweet(str(50 + i), WHEN + timedelta(days=i), f"Long post {i}. " * 30)
             for i in range(3)]
    path = build_twitter_archive(tmp_path / "x", [], zip=True,
                                 extra_files={"data/note-tweet.js": _ytd("note_tweet", notes)})
    result = read_source(path, "twitter")
    assert len(result.posts) == 2
    assert any("more than 2 long posts: the other 1 were not read" in e.error for e in result.errors)


def test_the_walkthrough_input_built_by_its_generator(tmp_path):
    """/tmp/work/s11/walk11/inputs/gen/gen_b_notetweet.py's layout, through the CLI's terminal
    report: the employer and the place are found (before: overall LOW)."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    long = LONG
    tweets = [make_tweet(str(1000 + i), datetime(2025, 1, 1 + i, 12, tzinfo=UTC),
                         "Nice weather for the match today.") for i in range(5)]
    tweets.append(make_tweet("2000", datetime(2025, 2, 1, 9, tzinfo=UTC), long[:277] + "\u2026"))
    note = [{"noteTweet": {"noteTweetId": "1750000000000000001", "updatedAt": "2025-02-01T09:00:00.000Z",
             "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
             "createdAt": "2025-02-01T09:00:00.000Z",
             "core": {"styletags": [], "urls": [], "text": long, "mentions": [], "cashtags": [],
                      "hashtags": []}}}]
    path = build_twitter_archive(tmp_path / "notetweet", tweets, zip=True,
                                 extra_files={"data/note-tweet.js": "window.YTD.note_tweet.part0 = "
                                              + json.dumps(note, indent=2)})
    out = CliRunner().invoke(app, ["scan", str(path)], catch_exceptions=False).stdout
    assert "overall risk: HIGH" in out and "Leeds City Council" in out


# -- 2. deleted posts ------------------------------------------------------------------------


def test_findings_in_a_deleted_tweet_say_it_was_deleted(tmp_path):
    """gen_b_small_deleted.py: a disclosure only in deleted-tweets.js. Before: only the path
    ("data/deleted-tweets.js record 999") hinted at it."""
    deleted = [make_tweet("999", WHEN, "As a planning officer at Leeds City Council I see this every week."),
               make_tweet("998", WHEN - timedelta(days=9),
                          "I work at Leeds City Council and today was long.")]
    tweets = [*_filler(4), make_tweet("1005", WHEN + timedelta(days=1), "I love Leeds in spring.")]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True, deleted=deleted)
    found = _rules(_scan(path))
    (job,) = found["SELF010"]
    assert job["location"]["record"] == "999" and DELETED_LABEL in job["message"]
    assert "may still hold it" in job["message"]
    # A finding that stands for several posts is labelled by where it is located (as a
    # followers-only post is), its listing naming the deleted-tweets.js records.
    (employer,) = found["SELF011"]
    assert employer["location"]["record"] in ("998", "999") and DELETED_LABEL in employer["message"]
    assert "(first: deleted-tweets.js#" in employer["message"]
    # A finding located in a post that is still up carries no label, though it counts a deleted one.
    (place,) = found["PLACE001"]
    assert place["location"]["record"] == "1005" and "deleted post" not in place["message"]
    # Redacted: the label names no one and stays; the job is masked.
    (hidden,) = _rules(_scan(path, "--redact"))["SELF010"]
    assert DELETED_LABEL in hidden["message"] and "planning" not in hidden["message"] + hidden["evidence"]


# -- 3. media named but not in the archive -----------------------------------------------------


def _mastodon_notes() -> list[dict[str, Any]]:
    photo = [{"type": "Document", "mediaType": "image/jpeg", "name": None,
              "url": "/media_attachments/files/110/000/035/original/a1b2c3.jpg"}]
    return [make_note(str(110000000 + i), f"2025-03-{1 + i:02d}T20:00:00Z", f"<p>Post {i}</p>",
                      attachments=[{**photo[0], "url": photo[0]["url"].replace("a1b2c3", f"p{i}")}]
                      if i < 3 else [])
            for i in range(6)]


def test_mastodon_media_missing_from_the_archive_is_said(tmp_path):
    """c_es_nomedia: the outbox names 3 photos, media_attachments/ was left out. Before:
    "attachments 0, errors 0" and nothing else."""
    path = build_mastodon_archive(tmp_path / "m", _mastodon_notes(), zip=False)
    doc = _scan(path)
    # 1: actor.json's avatar.png, read since the twelfth session; none of the posts' photos.
    assert doc["inputs"][0]["attachments"] == 1 and doc["inputs"][0]["errors"] == []
    (said,) = _rules(doc)["INPUT009"]
    assert said["severity"] == "info" and said["category"] == "input"
    assert said["message"].startswith("3 photos or videos that 3 posts name are not in the archive")
    assert said["location"]["path"].endswith("outbox.json")


def test_mastodon_media_present_says_nothing(tmp_path):
    notes = _mastodon_notes()
    media = {n["object"]["attachment"][0]["url"].lstrip("/"): b"\xff\xd8\xff\xd9" for n in notes
             if n["object"].get("attachment")}
    path = build_mastodon_archive(tmp_path / "m", notes, zip=True, media=media)
    doc = _scan(path)
    assert doc["inputs"][0]["attachments"] == 4  # and actor.json's avatar.png (twelfth session)
    assert "INPUT009" not in _rules(doc)


def test_x_media_missing_is_said_but_not_a_retweets(tmp_path):
    """X never puts a retweet's media in the archive; the writer's own photo is missing here."""
    tweets = [*_filler(2),
              make_tweet("1886000000000000007", WHEN, "Look at this view", media=["Fabc.jpg"]),
              make_tweet("1886000000000000008", WHEN + timedelta(hours=1), "their photo", media=["Fdef.jpg"],
                         retweet_of="someone")]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    with zipfile.ZipFile(path) as archive:
        assert not [n for n in archive.namelist() if "tweets_media" in n]
    (said,) = _rules(_scan(path))["INPUT009"]
    assert said["message"].startswith("1 photo or video that 1 post names is not in the archive")
    assert said["location"]["record"] == "1886000000000000007"

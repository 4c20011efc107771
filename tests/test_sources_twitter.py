"""X/Twitter archive reader on archives built in X's real layout."""

from __future__ import annotations

import io
import pathlib
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from archive_builders import build_twitter_archive, make_tweet, read_source, sniff_scores
from nymaudit.sources.twitter import client_name, iter_json_array, parse_ytd_prefix

START = datetime(2024, 3, 1, 8, 15, tzinfo=UTC)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(out, "JPEG")
    return out.getvalue()


def _tweets(n: int) -> list[dict]:
    return [
        make_tweet(str(1500000000000000000 + i), START + timedelta(hours=7 * i), f"note {i}")
        for i in range(n)
    ]


@pytest.mark.parametrize("as_zip", [True, False])
def test_counts_every_entry_of_all_parts_and_deleted(tmp_path, as_zip):
    tweets = _tweets(25)
    deleted = [make_tweet("1400000000000000001", START - timedelta(days=3), "regret")]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=as_zip, deleted=deleted, parts=3)
    assert sniff_scores(path)["twitter"] == 100
    result = read_source(path, "twitter")
    assert len(result.posts) == 26
    assert result.activities == []
    assert result.errors == []
    assert sum(p.deleted for p in result.posts) == 1
    ids = {p.id for p in result.posts}
    assert "1500000000000000024" in ids and "1400000000000000001" in ids
    origins = {p.origin.path.rsplit("/", 1)[-1] for p in result.posts}
    assert origins == {"tweets.js", "tweets-part1.js", "tweets-part2.js", "deleted-tweets.js"}


def test_fields_utc_client_urls_geotag_media(tmp_path):
    tweet = make_tweet(
        "1500000000000000001",
        "Fri Mar 06 12:56:28 +0100 2026",
        "Lunch at https://t.co/abc123 &amp; a walk",
        client="Twitter for iPhone",
        urls=[("https://t.co/abc123", "https://example.org/menu?table=4")],
        media=["FabcXYZ.jpg"],
        coordinates=(51.5072, -0.1276),
        place={"full_name": "London, England", "country": "United Kingdom", "country_code": "GB"},
        lang="en",
    )
    media = {"1500000000000000001-FabcXYZ.jpg": _jpeg(), "1499999-other.mp4": b"\x00\x00\x00\x18ftypmp42"}
    path = build_twitter_archive(tmp_path / "x", [tweet], zip=True, media=media)
    result = read_source(path, "twitter")
    (post,) = result.posts
    assert post.timestamp == datetime(2026, 3, 6, 11, 56, 28, tzinfo=UTC)
    assert post.source == "Twitter for iPhone"
    assert post.text == "Lunch at https://example.org/menu?table=4 & a walk"
    assert post.extra["urls"] == ["https://example.org/menu?table=4"]
    assert post.url == "https://x.com/quiet_pen/status/1500000000000000001"
    assert post.language == "en"
    assert post.geotag is not None
    assert (post.geotag.latitude, post.geotag.longitude) == (51.5072, -0.1276)
    assert post.geotag.country_code == "GB" and post.geotag.place_name == "London, England"
    assert post.attachments == ["data/tweets_media/1500000000000000001-FabcXYZ.jpg"]
    # Every media file is an attachment (also the one whose tweet is not in the archive).
    assert len(result.attachments) == 2
    by_path = {a.path: a for a in result.attachments}
    photo = by_path["data/tweets_media/1500000000000000001-FabcXYZ.jpg"]
    assert photo.platform_copy is True
    assert photo.media_type == "image/jpeg"
    assert photo.post_id == "1500000000000000001"
    assert photo.read() == media["1500000000000000001-FabcXYZ.jpg"]
    assert by_path["data/tweets_media/1499999-other.mp4"].media_type == "video/mp4"


def test_geo_only_lat_lon_order(tmp_path):
    tweet = make_tweet("1500000000000000001", START, "here")
    tweet["geo"] = {"type": "Point", "coordinates": ["48.8566", "2.3522"]}
    path = build_twitter_archive(tmp_path / "x", [tweet], zip=False)
    (post,) = read_source(path, "twitter").posts
    assert (post.geotag.latitude, post.geotag.longitude) == (48.8566, 2.3522)


def test_retweets_replies_and_no_account_data_leak(tmp_path):
    tweets = [
        make_tweet("1500000000000000001", START, "someone else's words", retweet_of="bob"),
        make_tweet("1500000000000000002", START, "@bob agreed", reply_to=("1499", "bob")),
    ]
    tweets.append(make_tweet("1500000000000000003", START, "quoted"))
    tweets[2]["retweeted_status"] = {"id_str": "1"}
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    result = read_source(path, "twitter")
    assert len(result.posts) == 3  # retweets are counted ...
    rt, reply, rt2 = result.posts
    assert rt.authored is False and rt.extra["retweet"] is True  # ... and flagged
    assert rt2.authored is False
    assert reply.authored is True and reply.reply_to == "1499" and reply.kind == "reply"
    assert reply.extra["reply_to_user"] == "bob"
    dumped = repr(result.posts)
    assert "writer@example.org" not in dumped  # account.js e-mail never copied


def test_legacy_2019_tweet_js_flat_objects(tmp_path):
    tweets = _tweets(4)
    media = {"1500000000000000002-photo.png": b"\x89PNG\r\n\x1a\n"}
    path = build_twitter_archive(tmp_path / "x", tweets, zip=True, legacy_2019=True, media=media)
    assert sniff_scores(path)["twitter"] == 100
    result = read_source(path, "twitter")
    assert len(result.posts) == 4
    assert result.errors == []
    assert result.posts[2].attachments == ["tweet_media/1500000000000000002-photo.png"]


def test_single_tweets_js_file_given_alone(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", _tweets(3), zip=False)
    result = read_source(folder / "data" / "tweets.js", "twitter")
    assert len(result.posts) == 3
    assert result.posts[0].url.startswith("https://x.com/i/web/status/")


def test_impossible_date_keeps_post_with_error(tmp_path):
    tweets = [make_tweet("1500000000000000001", "Mon Feb 30 10:00:00 +0000 2026", "odd date")]
    tweets.append(make_tweet("1500000000000000002", "yesterday-ish", "no date"))
    path = build_twitter_archive(tmp_path / "x", tweets, zip=False)
    result = read_source(path, "twitter")
    assert [p.timestamp for p in result.posts] == [None, None]
    messages = [e.error for e in result.errors]
    assert any("record 0" in m and "impossible date" in m for m in messages)
    assert any("record 1" in m and "unparseable date" in m for m in messages)
    assert "odd date" not in " ".join(messages)  # post text never in errors


def test_corrupt_element_is_skipped_and_reading_resyncs(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", _tweets(3), zip=False)
    js = folder / "data" / "tweets.js"
    text = js.read_text()
    # Break the second element's JSON: drop the value after "full_text" :
    broken = text.replace('"full_text" : "note 1"', '"full_text" : note 1"', 1)
    assert broken != text
    js.write_text(broken)
    result = read_source(folder, "twitter")
    assert [p.text for p in result.posts] == ["note 0", "note 2"]
    assert len(result.errors) == 1 and "record 1: unparseable JSON" in result.errors[0].error


def test_truncated_tweets_js_keeps_complete_elements(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", _tweets(5), zip=False)
    js = folder / "data" / "tweets.js"
    data = js.read_bytes()
    js.write_bytes(data[: int(len(data) * 0.7)])
    result = read_source(folder, "twitter")
    assert 1 <= len(result.posts) < 5
    assert any("unparseable JSON" in e.error or "truncated" in e.error for e in result.errors)


def test_invalid_utf8_is_reported_and_read(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", _tweets(2), zip=False)
    js = folder / "data" / "tweets.js"
    js.write_bytes(js.read_bytes().replace(b"note 1", b"note \xff1"))
    result = read_source(folder, "twitter")
    assert len(result.posts) == 2
    assert result.posts[1].text == "note \ufffd1"
    assert any("invalid UTF-8" in e.error for e in result.errors)


def test_truncated_zip_member_is_one_error(tmp_path):
    path = build_twitter_archive(tmp_path / "x", _tweets(200), zip=True)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data/tweets.js")
    # Corrupt the compressed stream of tweets.js in the middle.
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + info.compress_size // 2, start + info.compress_size // 2 + 64):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    result = read_source(path, "twitter")
    tweets_errors = [e for e in result.errors if e.path.endswith("data/tweets.js")]
    assert len(tweets_errors) == 1
    assert "corrupt" in tweets_errors[0].error or "unparseable" in tweets_errors[0].error


def test_empty_tweets_js_and_empty_array(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", [], zip=False)
    assert read_source(folder, "twitter").posts == []
    (folder / "data" / "tweets.js").write_text("")
    result = read_source(folder, "twitter")
    assert result.posts == []
    assert [e.error for e in result.errors] == ["empty file; not read"]


def test_path_traversal_member_surfaces_as_tree_problem(tmp_path):
    path = build_twitter_archive(tmp_path / "x", _tweets(2), zip=True)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../evil.js", "window.YTD.tweets.part9 = []")
    result = read_source(path, "twitter")
    assert len(result.posts) == 2
    assert any("traversal" in message for _member, message in result.tree.problems)


def test_ytd_prefix_and_array_parser_units():
    assert parse_ytd_prefix("window.YTD.tweets.part12 = [").name == "tweets"
    assert parse_ytd_prefix("window.YTD.tweets.part12 = [").part == 12
    assert parse_ytd_prefix("var x = 1") is None
    assert parse_ytd_prefix("\ufeffwindow.YTD.tweet.part0 = []").end == len("\ufeffwindow.YTD.tweet.part0 = ")
    items = list(iter_json_array('[{"a":1}, {"a":2} ]', 0))
    assert items == [(0, {"a": 1}, None), (1, {"a": 2}, None)]
    assert list(iter_json_array("[]", 0)) == []
    assert list(iter_json_array('{"a":1}', 0))[0][2] == "does not hold a JSON array"
    assert list(iter_json_array('[{"a":1},', 0))[-1][2].startswith("truncated")
    assert client_name('<a href="x" rel="nofollow">Tweetbot for i&#921;OS</a>') == "Tweetbot for iΙOS"
    assert client_name(None) is None


@pytest.mark.parametrize("pretty", [True, False])
def test_legacy_2019_corrupt_record_resyncs_on_flat_objects(tmp_path, pretty):
    # The resync pattern {"tweet": never occurs in the flat 2019 format: one corrupt
    # record silently dropped every tweet after it (1,000 tweets -> 3 posts).
    import json

    tweets = [
        make_tweet(
            str(1500000000000000000 + i),
            START + timedelta(hours=7 * i),
            f"note {i} https://t.co/x{i}",
            urls=[(f"https://t.co/x{i}", f"https://e.org/{i}")],
            media=["a.jpg"],
            reply_to=("1400000000000000000", "bob"),
        )
        for i in range(6)
    ]
    path = build_twitter_archive(tmp_path / "x", tweets, zip=False, legacy_2019=True)
    js = path / "tweet.js"
    if not pretty:
        js.write_text("window.YTD.tweet.part0 = " + json.dumps(tweets))
    text = js.read_text()
    # Break record 3 at its first key, so its inner objects (urls, media, both with
    # ids) come after the error and must not be taken for records.
    first_key = text.rindex('"edit_info"', 0, text.index('"1500000000000000003"'))
    js.write_text(text[:first_key] + '"edit_info" ' + text[first_key + len('"edit_info"') :].lstrip(" :"))
    result = read_source(path, "twitter")
    assert [p.id[-1] for p in result.posts] == ["0", "1", "2", "4", "5"]
    assert [e.error for e in result.errors] == ["record 3: unparseable JSON (Expecting ':' delimiter)"]


def test_legacy_resync_skips_what_it_has_decoded(tmp_path, monkeypatch):
    """Corrupt 2019 records each followed by a deep nest of small objects: every
    nested `,{` is a candidate, and decoding each to the end of its nest made a 6 MB
    file take 42 s. A candidate that decodes to something other than a record is
    stepped over whole, so the work stays linear."""
    import json

    from nymaudit.sources import jsonstream

    nest = 300
    deep = '{"f": "x", "a": [0, ' * nest + "0" + "]}" * nest  # a `,{` at every level
    good = {"id_str": "1", "id": "1", "created_at": "Wed Mar 01 10:00:00 +0000 2023", "full_text": "hi"}
    records = []
    for i in range(5):
        records.append('{"id_str": "' + str(100 + i) + '", "full_text": "broken" "here"}')
        records.append(deep)
        records.append(json.dumps({**good, "id_str": str(200 + i), "id": str(200 + i)}))
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "tweet.js").write_text("window.YTD.tweet.part0 = [" + ",\n".join(records) + "]")
    calls = 0
    real = jsonstream._decode

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(jsonstream, "_decode", counted)
    result = read_source(folder, "twitter")
    assert sorted(p.id for p in result.posts)[-5:] == [str(200 + i) for i in range(5)]
    assert calls < 100, calls  # one pass; each nested candidate decoded again was 1,500


def test_json_booleans_as_coordinates_are_not_a_position(tmp_path: pathlib.Path) -> None:
    """JSON true/false in a tweet's coordinates were read as 1.0/0.0 (bool is an int in
    Python): "exact coordinates 0.00000, 1.00000" for a hand-edited or broken archive
    (red team red9, N2, 2026-11-29). A real pair beside it is still read."""
    import json

    from typer.testing import CliRunner

    from nymaudit.cli import app

    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    broken = make_tweet("1900000000000000001", when, "Out for a walk.")
    broken["coordinates"] = {"type": "Point", "coordinates": [True, False]}
    broken["geo"] = {"type": "Point", "coordinates": [False, True]}
    real = make_tweet("1900000000000000002", when, "Lunch.", coordinates=(53.8, -1.55))
    archive = build_twitter_archive(tmp_path / "x", [broken, real], zip=True)
    result = CliRunner().invoke(app, ["scan", str(archive), "--format", "json"])
    report = json.loads(result.stdout)
    geotags = [f for f in report["findings"] if f["rule"] == "META001"]
    assert [f["evidence"] for f in geotags] == [
        "53.80000, -1.55000; NearestPlace=Leeds, GB, less than 1 km away"]
    assert "1900000000000000002" in geotags[0]["message"]

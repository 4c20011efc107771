"""Each reader's sniff wins on its own format and only there; detection reads
content, so renamed files are still recognised."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest

from archive_builders import (
    build_hugo_site,
    build_jekyll_blog,
    build_mastodon_archive,
    build_reddit_export,
    build_twitter_archive,
    build_wxr,
    make_note,
    make_tweet,
    read_source,
    sniff_scores,
    write_tree,
)
from nymaudit.sources.tree import open_tree

WHEN = datetime(2024, 3, 1, 8, 15, tzinfo=UTC)


def _inputs(tmp_path):
    yield "twitter", build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=True)
    yield (
        "mastodon",
        build_mastodon_archive(
            tmp_path / "m", [make_note("1", "2024-03-01T08:15:00Z", "<p>hi</p>")], zip=True
        ),
    )
    yield (
        "reddit",
        build_reddit_export(
            tmp_path / "r", [{"id": "a", "date": "2023-02-10 18:24:39 UTC", "body": "hi"}], [], zip=True
        ),
    )
    yield "wordpress", build_wxr(tmp_path / "w.xml", [{"post_id": "1", "content": "hi"}])
    yield "blog", build_jekyll_blog(tmp_path / "j", [{"name": "2024-01-01-a.md", "front": {"title": "a"}}])
    yield "blog", build_hugo_site(tmp_path / "h", [{"path": "posts/a.md", "front": {"title": "a"}}])
    yield (
        "generic",
        write_tree(
            tmp_path / "g",
            {"a.jsonl": json.dumps({"timestamp": "2024-01-01T00:00:00Z", "text": "x"})},
            zip=False,
        ),
    )
    yield "generic", write_tree(tmp_path / "t", {"a.txt": "words"}, zip=False)


def test_each_format_is_detected_by_its_reader(tmp_path):
    for expected, path in _inputs(tmp_path):
        scores = sniff_scores(path)
        best = max(scores.values())
        winners = [name for name, score in scores.items() if score == best]
        assert winners == [expected], (path, scores)


def test_renamed_files_are_still_recognised(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=False)
    (folder / "data" / "tweets.js").rename(folder / "data" / "my-posts.js")
    assert sniff_scores(folder)["twitter"] == 100
    assert len(read_source(folder, "twitter").posts) == 1


def test_unrelated_folder_scores_zero(tmp_path):
    path = write_tree(
        tmp_path / "misc", {"a.bin": b"\x00\x01", "b.json": "{}", "c.csv": "x,y\n1,2\n"}, zip=False
    )
    assert set(sniff_scores(path).values()) == {0}


def test_head_reads_only_the_start_of_a_member(tmp_path):
    path = build_twitter_archive(
        tmp_path / "x", [make_tweet(str(i), WHEN, "hi") for i in range(50)], zip=True
    )
    tree = open_tree(path)
    assert tree.head("data/tweets.js", 26) == b"window.YTD.tweets.part0 = "
    assert tree._read_total == 0  # sniffing is not charged against the read cap


@pytest.mark.parametrize("reader", ["twitter", "mastodon", "reddit", "wordpress", "blog", "generic"])
def test_every_reader_survives_hostile_members(tmp_path, reader):
    hostile = {
        "data/tweets.js": b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", ' + b"[" * 100_000,
        "outbox.json": b'{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", '
        b'"type": "OrderedCollection", "orderedItems": [' + b"[" * 100_000,
        "comments.csv": b'id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n"unterminated',
        "e.xml": b'<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>' + b"<a>" * 50_000,
        "_posts/2024-01-01-x.md": b"---\n" + b"[" * 10_000 + b"\n---\n",
        "x.jsonl": b'{"timestamp": "2024", "text": ' + b"[" * 100_000 + b"\n",
        "empty.txt": b"",
    }
    path = write_tree(tmp_path / "hostile", hostile, zip=True)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../evil.txt", "escape")
    result = read_source(path, reader)  # must not raise
    assert isinstance(result.errors, list)
    assert any("traversal" in m for _n, m in result.tree.problems)


def test_truncated_zip_is_an_input_problem(tmp_path):
    from nymaudit.sources.tree import InputProblem

    path = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=True)
    path.write_bytes(path.read_bytes()[:-40])  # central directory cut off
    with pytest.raises(InputProblem):
        open_tree(path)


def test_head_on_folder_and_single_file(tmp_path):
    folder = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=False)
    assert open_tree(folder).head("data/tweets.js", 10) == b"window.YTD"
    single = open_tree(folder / "data" / "tweets.js")
    assert single.head(single.members()[0].name, 10) == b"window.YTD"
    assert open_tree(folder).head("data/tweets.js", 0) == b""

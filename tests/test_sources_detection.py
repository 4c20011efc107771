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


@pytest.mark.parametrize(
    "reader", ["twitter", "mastodon", "reddit", "wordpress", "blog", "generic", "attachment"]
)
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


def _read(path):  # type: ignore[no-untyped-def]
    from nymaudit.sources.detect import read_input

    corpus = read_input(path)
    return corpus.inputs[0], [e.error for e in corpus.inputs[0].errors]


def test_encrypted_zip_says_so_instead_of_unknown_format(tmp_path):
    import shutil
    import subprocess

    if shutil.which("zip") is None:
        pytest.skip("Info-ZIP zip not installed")
    folder = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=False)
    target = tmp_path / "locked.zip"
    subprocess.run(["zip", "-q", "-P", "secret", str(target), "data/tweets.js"], cwd=folder, check=True)
    summary, errors = _read(target)
    assert summary.format == "unknown"
    assert errors[0] == (
        "no supported format could be read: data/tweets.js: encrypted (password required); cannot read"
    )


@pytest.mark.parametrize("damage", ["crc", "method"])
def test_unreadable_zip_member_reason_reaches_the_input_line(tmp_path, damage):
    path = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=True)
    data = bytearray(path.read_bytes())
    if damage == "crc":
        # A stored member whose bytes were damaged after zipping (a bad download).
        with zipfile.ZipFile(path) as zf:
            tweets = zf.read("data/tweets.js")
        stored = tmp_path / "stored.zip"
        with zipfile.ZipFile(stored, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("data/tweets.js", tweets)
        data = bytearray(stored.read_bytes())
        at = data.index(b"window.YTD")
        data[at + 2] ^= 0x20
        expected = "corrupt member (bad CRC-32: its data or declared size is wrong); cannot read"
    else:
        # Method 99 is how WinZip and 7-Zip mark an AES-encrypted member.
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
        for info in infos:
            data[info.header_offset + 8 : info.header_offset + 10] = (99).to_bytes(2, "little")
        central = data.index(b"PK\x01\x02")
        while central >= 0:
            data[central + 10 : central + 12] = (99).to_bytes(2, "little")
            central = data.find(b"PK\x01\x02", central + 4)
        expected = "encrypted with WinZip AES (password required); cannot read"
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    summary, errors = _read(damaged)
    assert expected in errors[0]
    assert "unknown format" not in " ".join(errors)


def test_utf16_copies_are_read(tmp_path):
    # Saved as "Unicode" by Notepad or Excel: UTF-16 with a byte-order mark.
    def utf16(path):  # type: ignore[no-untyped-def]
        path.write_bytes(b"\xff\xfe" + path.read_text(encoding="utf-8").encode("utf-16-le"))

    x = build_twitter_archive(tmp_path / "x", [make_tweet("1", WHEN, "hi")], zip=False)
    utf16(x / "data" / "tweets.js")
    comment = {"id": "a", "date": "2023-02-10 18:24:39 UTC", "body": "hi"}
    r = build_reddit_export(tmp_path / "r", [comment], [], zip=False)
    utf16(r / "comments.csv")
    w = build_wxr(tmp_path / "w.xml", [{"post_id": "1", "content": "hi"}])
    declared = w.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    w.write_bytes(declared.encode("utf-16"))
    for path, reader in ((x, "twitter"), (r, "reddit"), (w, "wordpress")):
        summary, errors = _read(path)
        assert (summary.format, summary.posts, errors) == (reader, 1, []), path


def test_same_records_given_twice_are_counted_once(tmp_path):
    # `scan x.zip x/` (an archive next to its unpacked folder) or the same path twice
    # doubled every count: 30 posts became 60 and passed the 50-post rule.
    from nymaudit.sources.detect import read_inputs

    tweets = [make_tweet(str(1000 + i), WHEN.replace(hour=i % 24), f"note {i}") for i in range(30)]
    media = {"1001-photo.jpg": b"\xff\xd8\xff\xe0 not really a jpeg"}
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True, media=media)
    folder = build_twitter_archive(tmp_path / "unpacked", tweets, zip=False, media=media)
    lines = [json.dumps({"timestamp": f"2024-01-01T{h:02d}:00:00Z", "text": f"line {h}"}) for h in range(5)]
    lines.append(lines[0])  # a record repeated inside one input still counts: the contract
    generic = write_tree(tmp_path / "g", {"posts.jsonl": "\n".join(lines)}, zip=False)
    corpus = read_inputs([archive, folder, generic, generic])
    assert len(corpus.posts) == 30 + 6
    assert len(corpus.attachments) == 1
    assert [i.posts for i in corpus.inputs] == [30, 30, 6, 6]  # what each input holds
    assert [i.duplicates for i in corpus.inputs] == [0, 30, 0, 6]  # reported as INPUT004
    assert all(i.errors == [] for i in corpus.inputs)


def test_different_inputs_are_not_merged_away(tmp_path):
    from nymaudit.sources.detect import read_inputs

    post = {"name": "2024-01-01-a.md", "front": {"title": "a", "date": "2024-01-01 08:00:00 +0000"}}
    one = build_jekyll_blog(tmp_path / "a", [{**post, "body": "one"}])
    two = build_jekyll_blog(tmp_path / "b", [{**post, "body": "two"}])
    corpus = read_inputs([one, two])
    assert len([p for p in corpus.posts if p.is_post]) == 2  # and the sites' config records
    assert all(i.errors == [] and not i.duplicates for i in corpus.inputs)


def test_records_that_only_share_an_id_or_a_moment_are_all_kept(tmp_path):
    """Two WordPress sites both number their posts from 1; a scheduler sends the same
    text to X and Mastodon in the same second; two blogs hold an images/photo.jpg of
    the same size: none of these are duplicates, and each copy carries its own
    metadata (a geotag, a GPS position). Only the same record is dropped."""
    from nymaudit.sources.detect import read_inputs

    one = build_wxr(tmp_path / "one.xml", [{"post_id": "1", "content": "knitting again"}])
    two = build_wxr(tmp_path / "two.xml", [{"post_id": "1", "content": "my street at dawn"}])
    corpus = read_inputs([one, two])
    assert len(corpus.posts) == 2 and [i.duplicates for i in corpus.inputs] == [0, 0]

    same = make_tweet("77", WHEN, "Same words everywhere")
    x = build_twitter_archive(tmp_path / "x", [same], zip=False)
    also = write_tree(tmp_path / "g", {"posts.jsonl": json.dumps(
        {"id": "77", "timestamp": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": "Same words everywhere"})},
        zip=False)
    corpus = read_inputs([x, also])
    assert len(corpus.posts) == 2 and [i.duplicates for i in corpus.inputs] == [0, 0]

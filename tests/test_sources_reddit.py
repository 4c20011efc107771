"""Reddit data-request reader: comments.csv and posts.csv, never the ip column."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from archive_builders import build_reddit_export, read_source, sniff_scores

IP = "203.0.113.77"


def _comment(i: int, **over: str) -> dict[str, str]:
    row = {
        "id": f"jx{i:03d}",
        "permalink": f"https://www.reddit.com/r/AskUK/comments/10yabc/title/jx{i:03d}/",
        "date": f"2023-02-{10 + i % 10:02d} 18:24:39 UTC",
        "ip": IP,
        "subreddit": "AskUK",
        "gildings": "0",
        "link": "https://www.reddit.com/r/AskUK/comments/10yabc/title/",
        "parent": "t3_10yabc",
        "body": f'comment {i}, with "quotes"\nand a second line',
        "media": "",
    }
    row.update(over)
    return row


def _post(i: int, **over: str) -> dict[str, str]:
    row = {
        "id": f"10y{i:03d}",
        "permalink": f"https://www.reddit.com/r/unitedkingdom/comments/10y{i:03d}/t/",
        "date": "2023-01-05 07:00:00 UTC",
        "ip": IP,
        "subreddit": "unitedkingdom",
        "gildings": "1",
        "title": f"Post title {i}",
        "url": "https://news.example/story",
        "body": "",
    }
    row.update(over)
    return row


@pytest.mark.parametrize("as_zip", [True, False])
def test_every_row_is_a_post(tmp_path, as_zip):
    path = build_reddit_export(
        tmp_path / "r", [_comment(i) for i in range(7)], [_post(1), _post(2)], zip=as_zip
    )
    scores = sniff_scores(path)
    assert scores["reddit"] == max(scores.values()) == 90
    result = read_source(path, "reddit")
    assert len(result.posts) == 9
    assert result.errors == []
    comments = [p for p in result.posts if p.kind == "comment"]
    assert len(comments) == 7
    first = comments[0]
    assert first.id == "t1_jx000"
    assert first.timestamp == datetime(2023, 2, 10, 18, 24, 39, tzinfo=UTC)
    assert first.text == 'comment 0, with "quotes"\nand a second line'
    assert first.extra["subreddit"] == "AskUK"
    assert first.reply_to == "t3_10yabc"
    assert first.origin.line == 2
    assert comments[1].origin.line == 4  # multi-line bodies: line where the record starts
    post = next(p for p in result.posts if p.kind == "post")
    assert post.title == "Post title 1"
    assert post.extra["urls"] == ["https://news.example/story"]
    assert post.extra["gildings"] == 1


def test_ip_column_never_kept(tmp_path):
    rows = [_comment(1), _comment(2, date="2023-02-30 10:00:00 UTC"), _comment(3, ip="198.51.100.1")]
    path = build_reddit_export(tmp_path / "r", rows, [_post(1)], zip=False)
    csv_path = path / "comments.csv"
    csv_path.write_text(csv_path.read_text() + "broken,row\n")
    result = read_source(path, "reddit")
    everything = repr(result.posts) + repr(result.errors)
    assert IP not in everything and "198.51.100.1" not in everything
    assert "203.0.113.9" not in everything  # ip_logs.csv is not read either


def test_impossible_date_wrong_width_and_nul(tmp_path):
    rows = [_comment(1), _comment(2, date="2023-02-30 10:00:00 UTC"), _comment(3)]
    path = build_reddit_export(tmp_path / "r", rows, [], zip=False)
    csv_path = path / "comments.csv"
    text = csv_path.read_text()
    nul_row = ",".join(
        [
            "jx9",
            "/r/x/comments/1/t/jx9/",
            "2023-03-01 10:00:00 UTC",
            IP,
            "x",
            "0",
            "",
            "t3_1",
            "com\x00ment",
            "",
        ]
    )
    csv_path.write_text(text + "only,three,fields\n" + nul_row + "\n")
    result = read_source(path, "reddit")
    assert len(result.posts) == 4
    assert result.posts[1].timestamp is None
    errors = [e.error for e in result.errors]
    assert any("record 2 (id t1_jx002): impossible date" in e for e in errors)
    assert any("3 fields, expected 10; row skipped" in e for e in errors)
    assert any("NUL bytes" in e for e in errors)


def test_ten_megabyte_field(tmp_path):
    # 10 MiB body, over csv's default 128 KiB field limit; varied text so the zip's
    # compression ratio stays that of real prose, not of a zip bomb.
    rng = random.Random(7)
    words = ["tea", "rota", "depot", "shift", "manager", "rain", "bus", "notes", "queue"]
    huge = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(1_300_000))
    assert len(huge) > 10 * 1024 * 1024
    path = build_reddit_export(tmp_path / "r", [_comment(1, body=huge), _comment(2)], [], zip=True)
    result = read_source(path, "reddit")
    assert len(result.posts) == 2
    assert len(result.posts[0].text) == len(huge.strip())
    assert result.errors == []


def test_invalid_utf8_and_empty_files(tmp_path):
    path = build_reddit_export(tmp_path / "r", [_comment(1)], [], zip=False)
    csv_path = path / "comments.csv"
    csv_path.write_bytes(csv_path.read_bytes().replace(b"comment 1", b"comment \x81\x281"))
    (path / "posts.csv").write_bytes(b"")
    result = read_source(path, "reddit")
    assert len(result.posts) == 1
    assert any("invalid UTF-8" in e.error for e in result.errors)
    assert any(e.path.endswith("posts.csv") and e.error == "empty file; not read" for e in result.errors)

"""Generic reader: JSON Lines, CSV with timestamp/text, plain text files."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from archive_builders import read_source, sniff_scores, write_tree


def test_jsonl_records_lines_naive_and_offsets(tmp_path):
    lines = [
        json.dumps({"timestamp": "2024-03-01T08:15:00Z", "text": "first", "url": "https://e.org/1"}),
        "",
        json.dumps({"timestamp": "2024-03-01T09:15:00+01:00", "text": "second", "id": "abc"}),
        json.dumps({"timestamp": "2024-03-02 07:00:00", "text": "naive"}),
        "{not json",
        json.dumps({"timestamp": "2024-02-30T10:00:00Z", "text": "impossible"}),
        json.dumps({"timestamp": "2024-03-03T10:00:00Z"}),
        json.dumps(["an", "array"]),
    ]
    path = write_tree(tmp_path / "export", {"posts.jsonl": "\n".join(lines) + "\n"}, zip=False)
    scores = sniff_scores(path)
    assert scores["generic"] == max(scores.values()) == 40
    result = read_source(path, "generic")
    assert [p.text for p in result.posts] == ["first", "second", "naive", "impossible"]
    first, second, naive, impossible = result.posts
    assert first.timestamp == datetime(2024, 3, 1, 8, 15, tzinfo=UTC)
    assert first.stated_offset_minutes is None  # 'Z' is how the tool wrote it, not a clue
    assert first.origin.line == 1 and first.url == "https://e.org/1"
    assert second.id == "abc" and second.stated_offset_minutes == 60
    assert second.timestamp == datetime(2024, 3, 1, 8, 15, tzinfo=UTC)
    assert naive.extra["naive_time"] is True
    assert naive.timestamp == datetime(2024, 3, 2, 7, tzinfo=UTC)
    assert impossible.timestamp is None
    errors = [e.error for e in result.errors]
    assert errors == [
        "line 5: unparseable JSON; line skipped",
        "line 6 (record posts.jsonl:6): impossible date '2024-02-30T10:00:00Z'",
        "line 7: no text field; record skipped",
        "line 8: not a JSON object; line skipped",
    ]


def test_ndjson_detected_by_content_in_zip(tmp_path):
    body = "\n".join(
        json.dumps({"timestamp": f"2024-01-0{i}T10:00:00Z", "text": f"t{i}"}) for i in range(1, 4)
    )
    path = write_tree(tmp_path / "dump", {"data/export.txt": body}, zip=True)
    result = read_source(path, "generic")
    assert len(result.posts) == 3


def test_csv_with_timestamp_and_text(tmp_path):
    csv_text = (
        "timestamp,text,source\n"
        '2024-05-01T12:00:00+02:00,"hello, world",phone\n'
        "2024-05-02T12:00:00Z,second,web\n"
        "2024-05-03T12:00:00Z,too,many,fields\n"
        "2024-04-31T12:00:00Z,bad day,web\n"
    )
    path = write_tree(tmp_path / "c", {"posts.csv": csv_text}, zip=False)
    result = read_source(path, "generic")
    assert [p.text for p in result.posts] == ["hello, world", "second", "bad day"]
    assert result.posts[0].timestamp == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert result.posts[0].source == "phone"
    assert result.posts[0].origin.line == 2
    errors = [e.error for e in result.errors]
    assert "line 4: 4 fields, expected 3; row skipped" in errors
    assert any("line 5" in e and "impossible date" in e for e in errors)


def test_plain_text_files_one_post_each(tmp_path):
    files = {
        "drafts/a.txt": "I walked past the depot again.",
        "drafts/b.md": "# Title\n\nSome *markdown*.",
        "drafts/c.md": "---\ntitle: With front matter\n---\nBody here",
        "drafts/empty.txt": "",
        "drafts/photo.jpg": b"\xff\xd8\xff",
    }
    path = write_tree(tmp_path / "d", files, zip=False)
    assert sniff_scores(path)["generic"] == 10
    result = read_source(path, "generic")
    assert len(result.posts) == 3
    assert all(p.timestamp is None for p in result.posts)
    titled = next(p for p in result.posts if p.id == "drafts/c.md")
    assert titled.title == "With front matter" and titled.text == "Body here"


def test_single_file_invalid_utf8_and_nul(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_bytes(
        b'{"timestamp": "2024-01-01T00:00:00Z", "text": "caf\xe9"}\n'
        b'{"timestamp": "2024-01-01T00:00:00Z", "text": "a\x00b"}\n'
    )
    result = read_source(path, "generic")
    assert [p.text for p in result.posts] == ["caf\ufffd", "ab"]
    errors = " ".join(e.error for e in result.errors)
    assert "invalid UTF-8" in errors and "NUL bytes" in errors


def test_a_whole_account_in_json_lines_is_not_capped_like_one_post(tmp_path):
    """A JSON Lines export of a busy account runs past the 32 MiB cap of a single text
    post; it is read whole (its own cap is that of a platform archive's data file)."""
    from nymaudit.sources.generic import MAX_RECORDS_BYTES, MAX_TEXT_BYTES

    line = json.dumps({"timestamp": "2024-03-01T08:15:00Z", "text": "x" * 990}) + "\n"
    count = MAX_TEXT_BYTES // len(line) + 2000
    path = tmp_path / "export.jsonl"
    path.write_text(line * count)
    assert MAX_TEXT_BYTES < path.stat().st_size < MAX_RECORDS_BYTES
    result = read_source(path, "generic")
    assert len(result.posts) == count and not result.errors


def test_a_record_without_a_time_is_counted_not_an_error(tmp_path):
    """A JSON Lines or CSV record with no timestamp (key missing, null or empty) is a
    post without a time, as an undated blog post is: counted, left out of the timing,
    and no read error (613 such records gave 613 'unparseable date (empty)' lines).
    A value that is there but cannot be read stays an error."""
    lines = [json.dumps({"timestamp": "2024-03-01T08:15:00Z", "text": "timed"}),
             json.dumps({"text": "no key"}),
             json.dumps({"timestamp": None, "text": "null"}),
             json.dumps({"timestamp": " ", "text": "blank"}),
             json.dumps({"timestamp": "yesterday", "text": "bad"})]
    csv_text = "timestamp,text\n2024-03-01T08:15:00Z,timed\n,no time\n"
    path = write_tree(tmp_path / "export", {"posts.jsonl": "\n".join(lines) + "\n", "posts.csv": csv_text},
                      zip=False)
    result = read_source(path, "generic")
    assert len(result.posts) == 7
    assert sum(p.timestamp is None for p in result.posts) == 5
    (error,) = [e.error for e in result.errors]
    assert error == "line 5 (record posts.jsonl:5): unparseable date (str of 9 characters)"


def _gps_jpeg_uri(latitude: int) -> str:
    """A phone photo with a GPS position, as an editor pastes it: a data: URI."""
    import base64
    import io

    import piexif
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((latitude, 1), (48, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((1, 1), (38, 1), (0, 1))}
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "green").save(buffer, "JPEG", exif=piexif.dump({"GPS": gps}))
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_photos_pasted_into_plain_notes_are_checked(tmp_path):
    """Lead (seventh session): an Obsidian/Typora note with a photo pasted as a data: URI
    gave no finding in `scan notes/`, and `check notes/draft.md` passed with exit 0; the
    blog reader already decoded them."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    notes = write_tree(tmp_path / "notes", {
        "draft.md": f"# Morning walk\n\nThe light was lovely.\n\n![walk]({_gps_jpeg_uri(53)})\n\nMore.\n",
        "later.txt": f"Another: ![x]({_gps_jpeg_uri(51)})\n",
        "posts.jsonl": json.dumps({"timestamp": "2024-03-01T08:15:00Z",
                                   "text": f"pasted <img src=\"{_gps_jpeg_uri(50)}\">"}) + "\n",
    }, zip=False)
    result = read_source(notes, "generic")
    pasted = sorted((a.path, a.post_id, a.shown_as.rsplit("/", 1)[-1]) for a in result.attachments)
    assert pasted == [
        ("draft.md#data-image-1", "draft.md", "draft.md#data-image-1"),
        ("later.txt#data-image-1", "later.txt", "later.txt#data-image-1"),
        ("posts.jsonl:1#data-image-1", "posts.jsonl:1", "posts.jsonl:1#data-image-1"),
    ]
    runner = CliRunner()
    scanned = runner.invoke(app, ["scan", str(notes), "--format", "json"])
    gps = [f for f in json.loads(scanned.stdout)["findings"] if f["rule"] == "META010"]
    assert len(gps) == 3  # each note's own photo, none taken for another's copy
    checked = runner.invoke(app, ["check", str(notes / "draft.md"), "--format", "json"])
    assert checked.exit_code == 1
    (finding,) = [f for f in json.loads(checked.stdout)["findings"] if f["rule"] == "META010"]
    assert finding["location"]["path"].endswith("draft.md#data-image-1")


def test_a_text_file_over_the_cap_is_read_up_to_it_and_the_rest_said(tmp_path):
    """Walkthrough 7, item 14: a 50 MB one-line .txt was "larger than the 32 MiB cap;
    skipped" (exit 2) while the same text as one JSONL record was read. Now its first
    32 MiB are the post, cut at a whole character, and an input error says the rest was
    not read."""
    from nymaudit.sources.generic import MAX_TEXT_BYTES

    unit = "café au lait ".encode()  # 14 bytes; "é" is bytes 3-4
    pad = b"x" * ((MAX_TEXT_BYTES - 1 - 3) % len(unit))
    body = pad + unit * (MAX_TEXT_BYTES // len(unit) + 100_000)
    assert len(body) > MAX_TEXT_BYTES and body[MAX_TEXT_BYTES - 1] == 0xC3  # the cut splits an "é"
    folder = write_tree(tmp_path / "t", {"huge_oneline.txt": body}, zip=False)
    for path in (folder / "huge_oneline.txt", folder):
        result = read_source(path, "generic")
        (post,) = result.posts
        assert len(post.text.encode()) == MAX_TEXT_BYTES - 1 and post.text.endswith("caf")
        assert [e.error for e in result.errors] == [
            "larger than the 32 MiB cap for one post: the first 32 MiB were read, the rest was not"]


def test_a_long_text_in_a_zip_or_tar_is_read_up_to_the_cap(tmp_path, monkeypatch):
    import random

    from archive_builders import tar_tree
    from nymaudit.sources import generic

    monkeypatch.setattr(generic, "MAX_TEXT_BYTES", 5000)
    rng = random.Random(3)
    body = " ".join(rng.choice(["tide", "harbour", "shift", "ward", "rota", "night"]) for _ in range(4000))
    folder = write_tree(tmp_path / "t", {"note.txt": body}, zip=False)
    zipped = write_tree(tmp_path / "z", {"note.txt": body}, zip=True)
    for packed in (zipped, tar_tree(folder, tmp_path / "t.tgz")):
        result = read_source(packed, "generic")
        (post,) = result.posts
        assert body.startswith(post.text) and 4990 < len(post.text) <= 5000
        assert [e.error for e in result.errors] == [
            "larger than the 4.9 KiB cap for one post: the first 4.9 KiB were read, the rest was not"]


def test_a_records_file_over_the_cap_keeps_its_whole_lines(tmp_path, monkeypatch):
    from nymaudit.sources import generic

    monkeypatch.setattr(generic, "MAX_RECORDS_BYTES", 200)
    lines = [json.dumps({"timestamp": f"2024-03-0{i}T08:15:00Z", "text": f"post {i}"}) for i in range(1, 9)]
    path = write_tree(tmp_path / "e", {"posts.jsonl": "\n".join(lines) + "\n"}, zip=False)
    result = read_source(path, "generic")
    kept = [p.text for p in result.posts]
    assert kept == [f"post {i}" for i in range(1, len(kept) + 1)] and 1 < len(kept) < 8
    assert [e.error for e in result.errors] == [
        "larger than the 200 bytes cap for a file of records (whole lines): the first 200 bytes were read, "
        "the rest was not"]

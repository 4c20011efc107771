"""Memory and time limits of the readers (red team red9, ninth session, 29 November 2026):
F2 the WXR reader kept every element outside items, F5 it decoded and re-encoded a file with
invalid UTF-8 whole, F4 post bodies of WordPress and blogs had no HTML parse cap, F3 many tiny
posts had no cap but the readers' line and item caps (6-7 GB admitted)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

from archive_builders import build_jekyll_blog, build_mastodon_archive, build_wxr, make_note, read_source
from nymaudit.sources import base, blog, html_text, wordpress
from nymaudit.sources import tree as tree_module


def _wxr_items(count: int, content: str = "<p>Walked to the depot.</p>") -> list[dict[str, Any]]:
    return [{"post_id": str(i + 1), "title": f"Post {i}", "content": content,
             "post_date": "2024-03-01 09:15:00", "post_date_gmt": "2024-03-01 08:15:00",
             "status": "publish", "post_type": "post", "creator": "quietpen"} for i in range(count)]


def _with_terms(path: Path, terms: int) -> Path:
    """The export with ``terms`` tags declared in the channel, as WordPress writes them
    (``wp:term`` of four fields each, before the items): a site with many tags."""
    text = path.read_text(encoding="utf-8")
    block = "".join(
        f"<wp:term><wp:term_id>{i}</wp:term_id><wp:term_taxonomy>post_tag</wp:term_taxonomy>"
        f"<wp:term_slug>tag-{i}</wp:term_slug><wp:term_name><![CDATA[Tag {i}]]></wp:term_name></wp:term>\n"
        for i in range(terms))
    at = text.index("<item>")
    path.write_text(text[:at] + block + text[at:], encoding="utf-8")
    return path


class _Watched:
    """iterparse as the reader calls it, keeping the root so a test can count what the
    parsed tree still holds when the reader is done."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.root: Any = None

    def __call__(self, source: Any, events: Any = None, **kwargs: Any) -> Any:
        for event, elem in self.real(source, events=events, **kwargs):
            if self.root is None and event == "start":
                self.root = elem
            if event == "end":
                self.root = elem  # with end events only, the root ends last
            yield event, elem


# -- F2: elements outside items are dropped once read ----------------------------------------

def test_wxr_elements_outside_items_are_not_kept(tmp_path, monkeypatch):
    """A site with 20,000 tags: each wp:term stayed in the tree (five elements, ~94 bytes
    each), so a 100 MB export of them held 2.3 GB. Now the tree holds nothing when done."""
    path = _with_terms(build_wxr(tmp_path / "site.WordPress.xml", _wxr_items(3)), 20_000)
    watched = _Watched(wordpress.iterparse)
    monkeypatch.setattr(wordpress, "iterparse", watched)
    result = read_source(path, "wordpress")
    assert [p.id for p in result.posts] == ["wp-post-1", "wp-post-2", "wp-post-3"]
    assert result.own_urls == ["https://notes.example"] and not result.errors
    assert result.posts[0].text == "Walked to the depot."
    left = sum(1 for _ in watched.root.iter())
    assert left < 10, left  # was 100,000+: every term and its fields


def test_wxr_authors_are_still_read_when_their_fields_are_dropped(tmp_path):
    items = _wxr_items(1)
    items[0]["comments"] = [{"id": "7", "author": "Someone Else", "author_email": "a@b.c",
                             "author_ip": "192.0.2.4", "date": "2024-03-01 10:00:00",
                             "date_gmt": "2024-03-01 09:00:00",
                             "content": "My own reply.", "user_id": "1", "parent": "0"}]
    result = read_source(build_wxr(tmp_path / "site.WordPress.xml", items), "wordpress")
    # Matched by the author's user id, read from wp:author's own fields.
    assert [p.id for p in result.posts] == ["wp-post-1", "wp-comment-7"]


def test_wxr_too_many_elements_outside_items_stop_the_parse_and_say_so(tmp_path, monkeypatch):
    monkeypatch.setattr(wordpress, "MAX_OTHER_ELEMENTS", 1000, raising=False)
    path = _with_terms(build_wxr(tmp_path / "site.WordPress.xml", _wxr_items(2)), 500)
    result = read_source(path, "wordpress")
    assert not result.posts
    assert [e.error for e in result.errors] == [
        "more than 1,000 elements outside posts (not a WordPress export's layout); rest skipped"]


# -- F5: invalid UTF-8 is replaced as the parser reads ---------------------------------------

def test_wxr_invalid_utf8_is_not_decoded_and_encoded_whole(tmp_path, monkeypatch):
    """4,000 posts each with 2 KB of 0xFF bytes (8 MB): the file was held as bytes, then as a
    str of U+FFFD (2 bytes a byte) and again as bytes (3 bytes a byte): 6 times the file.
    (tracemalloc counts allocations, not pages: not the time, and the same on any machine.)"""
    path = build_wxr(tmp_path / "site.WordPress.xml", _wxr_items(4000, content="MARK"))
    # The bytes in an HTML comment of the body: read, then not kept in the post's text.
    data = path.read_bytes().replace(b"MARK", b"Leeds \xff<!-- " + b"\xff" * 2048 + b" -->")
    path.write_bytes(data)
    real_read = tree_module.Tree.read

    def read(self: Any, name: str, limit: int = tree_module.MAX_MEMBER_BYTES) -> bytes:
        found = real_read(self, name, limit)
        tracemalloc.reset_peak()  # the read's own buffer (as large as its limit) is not the reader's
        return found

    monkeypatch.setattr(tree_module.Tree, "read", read)
    tracemalloc.start()
    try:
        result = read_source(path, "wordpress")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.posts) == 4000 and result.posts[0].text.startswith("Leeds \ufffd")
    first = data.index(b"\xff")
    assert [e.error for e in result.errors] == [f"invalid UTF-8 at byte {first}; undecodable bytes replaced"]
    assert peak < 3 * len(data), (peak, len(data))  # 7.0 times before, 2.0 now


def test_wxr_replacement_matches_a_whole_decode_across_chunk_edges(monkeypatch):
    monkeypatch.setattr(wordpress, "_CHUNK", 7)
    samples = [b"ab\xffcd", "h\u00e9llo w\u00f6rld \U0001f600 caf\u00e9".encode() + b"\xc3",
               b"\xe2\x82" + b"x" * 5 + "\u20ac".encode() + b"\xff\xfe" * 9, b"", b"\xf0\x9f\x98"]
    for sample in samples:
        expected = sample.decode("utf-8", errors="replace").encode("utf-8")
        source = wordpress._Replacing(sample)
        out = b""
        while chunk := source.read(3):
            out += chunk
        assert out == expected, sample
        try:
            sample.decode("utf-8")
            at = None
        except UnicodeDecodeError as exc:
            at = exc.start
        assert wordpress._first_invalid_utf8(sample) == at, sample


# -- F4: HTML parse caps for WordPress and blog bodies ----------------------------------------

def test_wxr_huge_post_body_is_parsed_up_to_the_cap_and_said(tmp_path, monkeypatch):
    monkeypatch.setattr(wordpress, "MAX_HTML_PARSED", 64 * 1024, raising=False)
    body = "<p>near the docks</p>" + "<b>x</b> " * 20_000 + "<p>PAST THE CAP</p>"
    result = read_source(build_wxr(tmp_path / "site.WordPress.xml", _wxr_items(1, body)), "wordpress")
    (post,) = result.posts
    assert post.text.startswith("near the docks") and "PAST THE CAP" not in post.text
    assert [e.error for e in result.errors] == [
        "record wp-post-1: HTML of more than 65,536 characters: its text and links were read from the "
        "first 65,536"]


def test_blog_html_post_is_parsed_up_to_the_cap_and_said(tmp_path, monkeypatch):
    monkeypatch.setattr(blog, "MAX_HTML_PARSED", 64 * 1024, raising=False)
    body = "<p>near the docks</p>" + "<div>" * 20_000 + "<p>PAST THE CAP</p>"
    front = {"title": "Walk", "date": "2024-03-01 09:15:00 +0100"}
    post = {"name": "2024-03-01-walk.html", "body": body, "front": front}
    site = build_jekyll_blog(tmp_path / "site", [post])
    result = read_source(site, "blog")
    (post,) = [p for p in result.posts if p.kind == "post"]
    assert post.text.startswith("near the docks") and "PAST THE CAP" not in post.text
    assert [e.error for e in result.errors] == [
        "HTML of more than 65,536 characters: its text was read from the first 65,536, the images it "
        "embeds from all of it"]


def test_mastodon_huge_note_is_parsed_up_to_the_cap_and_said(tmp_path, monkeypatch):
    monkeypatch.setattr(html_text, "MAX_HTML_PARSED", 64 * 1024, raising=False)
    body = "<p>near the docks</p>" + "<b>x</b> " * 20_000 + "<p>PAST THE CAP</p>"
    notes = [make_note("109311445000000001", "2022-11-08T03:07:14Z", body),
             make_note("109311445000000002", "2022-11-09T03:07:14Z", "<p>short</p>")]
    result = read_source(build_mastodon_archive(tmp_path / "m", notes, zip=False), "mastodon")
    texts = sorted(p.text for p in result.posts if p.is_post)  # not actor.json's profile (twelfth session)
    assert len(texts) == 2 and texts[1] == "short", texts
    assert texts[0].startswith("near the docks") and "PAST THE CAP" not in texts[0]
    assert [e.error for e in result.errors] == [
        "record 0: HTML of more than 65,536 characters: its text and links were read from the first 65,536"]


# -- F3: one post cap for every reader --------------------------------------------------------

def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps({"timestamp": f"2024-01-01T{i % 24:02d}:00:00Z", "text": f"hi {i}"}) + "\n")
    return path


def test_posts_past_the_cap_are_counted_and_said_once(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_POSTS", 100, raising=False)
    result = read_source(_jsonl(tmp_path / "posts.jsonl", 250), "generic")
    assert len(result.posts) == 100 and result.posts[-1].text == "hi 99"
    assert [e.error for e in result.errors] == [
        "more than 100 posts: 250 in all, the first 100 read, the other 150 counted but not read (a cap on "
        "memory)"]


def test_post_cap_holds_for_wordpress_too_and_is_never_lost_among_other_errors(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_POSTS", 10, raising=False)
    items = _wxr_items(70)
    for item in items[:60]:
        item["post_date"] = "2024-13-45 99:00:00"  # 60 bad local dates: more than MAX_ERRORS_PER_INPUT
    result = read_source(build_wxr(tmp_path / "site.WordPress.xml", items), "wordpress")
    assert len(result.posts) == 10
    said = [e.error for e in result.errors if "posts:" in e.error]
    assert said == ["more than 10 posts: 70 in all, the first 10 read, the other 60 counted but not read "
                    "(a cap on memory)"]


def test_post_cap_is_in_the_scan_report(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from nymaudit.cli import app

    monkeypatch.setattr(base, "MAX_POSTS", 50, raising=False)
    folder = tmp_path / "export"
    folder.mkdir()
    _jsonl(folder / "posts.jsonl", 80)
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json", "-q"])
    report = json.loads(out.stdout)
    (summary,) = report["inputs"]
    assert summary["posts"] == 80  # every post the input holds (DESIGN.md; tenth session)
    assert [e["error"] for e in summary["errors"]] == [
        "more than 50 posts: 80 in all, the first 50 read, the other 30 counted but not read (a cap on "
        "memory)"]


def test_wxr_without_a_channel_link_takes_the_first_posts_link_as_the_site(tmp_path):
    """An export another tool wrote, without the channel's <link> and wp:base_blog_url:
    the first <link> in the file (the first post's) stands for the site, as before items
    were read whole, so links to the writer's own blog are not LINK007 (review rev9a 4)."""
    path = build_wxr(tmp_path / "site.WordPress.xml", _wxr_items(2))
    text = path.read_text(encoding="utf-8")
    assert "<link>https://notes.example</link>" in text
    path.write_text(text.replace("<link>https://notes.example</link>", "", 1), encoding="utf-8")
    result = read_source(path, "wordpress")
    assert result.own_urls == ["https://notes.example/?p=1"]
    # With the channel's link, that one (and only that one).
    assert read_source(build_wxr(tmp_path / "b.WordPress.xml", _wxr_items(2)), "wordpress").own_urls == [
        "https://notes.example"]

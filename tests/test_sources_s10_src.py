"""Tenth session (2026-11-29), sources: an HTML image's alt text in blog and WordPress posts is
read as an image description; a Bluesky block that the repository's tree does not reach is no
post; past a cap, ``inputs[].posts`` counts every post the input holds, and likes, reposts,
follows and boosts have a cap too. Inputs are built as the platforms build them
(tests/archive_builders.py)."""

from __future__ import annotations

import json
from pathlib import Path

import libipld
from typer.testing import CliRunner

from archive_builders import (
    _cid,
    _uvarint,
    build_bluesky_car,
    build_bluesky_export,
    build_jekyll_blog,
    build_mastodon_archive,
    build_wxr,
    make_bsky_post,
    make_note,
    read_source,
)
from nymaudit.cli import app
from nymaudit.sources import base
from nymaudit.sources.common import IMAGE_DESCRIPTION
from nymaudit.sources.html_text import html_text_and_links

DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
ALT = "My daughter Amy at Roundhay Park in Leeds"
# The block editor's image block, as WordPress 6 saves it in post_content.
BLOCK_IMAGE = (
    '<!-- wp:image {"id":12,"sizeSlug":"large"} -->\n'
    '<figure class="wp-block-image size-large"><img src="https://notes.example/wp-content/uploads/2024/03/'
    f'walk.jpg" alt="{ALT}" class="wp-image-12"/><figcaption class="wp-element-caption">Sunday walk'
    "</figcaption></figure>\n<!-- /wp:image -->\n\n"
    "<!-- wp:paragraph -->\n<p>A quiet weekend.</p>\n<!-- /wp:paragraph -->"
)
# The classic editor's: an [caption] shortcode around a linked image, paragraphs as blank lines.
CLASSIC_IMAGE = (
    '[caption id="attachment_14" align="aligncenter" width="300"]<a href="https://notes.example/'
    'wp-content/uploads/2024/03/gate.jpg"><img class="size-medium wp-image-14" src="https://notes.example/'
    'wp-content/uploads/2024/03/gate-300x225.jpg" alt="The gate of our house on Tinshill Lane" width="300"'
    ' height="225" /></a> Home again[/caption]\n\nBack from the coast.'
)


def _scan(path: Path, *extra: str) -> dict:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "-q", *extra])
    assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
    return json.loads(out.stdout)


# -- item 1: <img alt> in blog and WordPress posts ------------------------------------------


def test_html_alt_is_collected_apart_from_the_text() -> None:
    from nymaudit.sources.html_text import html_text_links_and_alts

    text, links, alts = html_text_links_and_alts(
        f'<p>A quiet weekend.</p><img src="/a.jpg" alt="{ALT}"><script>x="<img alt=no>"</script>'
        '<img src="/b.jpg" alt="Tom &amp; me">')
    assert text == "A quiet weekend."
    assert alts == [ALT, "Tom & me"] and links == ["/a.jpg", "/b.jpg"]
    assert html_text_and_links(f'<img src="/a.jpg" alt="{ALT}">') == ("", ["/a.jpg"])  # unchanged


def test_wordpress_block_and_classic_image_alt_is_an_image_description(tmp_path: Path) -> None:
    export = build_wxr(tmp_path / "site.WordPress.xml", [
        {"post_id": "5", "title": "Weekend", "content": BLOCK_IMAGE,
         "post_date": "2024-03-02 09:00:00", "post_date_gmt": "2024-03-02 09:00:00"},
        {"post_id": "6", "title": "Home", "content": CLASSIC_IMAGE,
         "post_date": "2024-03-03 09:00:00", "post_date_gmt": "2024-03-03 09:00:00"}])
    result = read_source(export, "wordpress")
    block, classic = result.posts
    # The figcaption was read as text before; the alt text is joined after it, marked.
    assert block.text == f"Sunday walk\n\nA quiet weekend.\n\n{IMAGE_DESCRIPTION} {ALT}"
    assert block.extra["media_descriptions"] == [ALT]
    assert block.text[block.extra["descriptions_at"]:].startswith(IMAGE_DESCRIPTION)
    assert classic.extra["media_descriptions"] == ["The gate of our house on Tinshill Lane"]
    assert "Back from the coast." in classic.text[:classic.extra["descriptions_at"]]


def test_a_place_in_wordpress_alt_text_is_found(tmp_path: Path) -> None:
    export = build_wxr(tmp_path / "site.WordPress.xml", [
        {"post_id": "5", "title": "Weekend", "content": BLOCK_IMAGE,
         "post_date": "2024-03-02 09:00:00", "post_date_gmt": "2024-03-02 09:00:00"}])
    report = _scan(export)
    evidence = [f["evidence"] for f in report["findings"] if f["category"] == "place"]
    assert any("Roundhay" in e or "Leeds" in e for e in evidence), report["findings"]
    # --redact masks what the description shows, the mark included.
    redacted = json.dumps(_scan(export, "--redact")["findings"])
    assert "Roundhay" not in redacted and "Amy" not in redacted


def test_html_blog_post_alt_text_is_an_image_description_out_of_the_style_text(tmp_path: Path) -> None:
    from nymaudit.model import Corpus
    from nymaudit.style.text import corpus_text

    site = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2024-03-01-walk.html", "front": {"title": "Walk", "date": "2024-03-01 08:15:00 +0000"},
         "body": f'<p>A quiet weekend.</p>\n<p><img src="/assets/walk.jpg" alt="{ALT}"></p>\n'}])
    result = read_source(site, "blog")
    (post,) = [p for p in result.posts if p.id.endswith("walk.html")]
    assert post.text == f"A quiet weekend.\n\n{IMAGE_DESCRIPTION} {ALT}"
    assert "Roundhay" not in " ".join(corpus_text(Corpus(posts=[post])).texts)
    report = _scan(site)
    assert any("Roundhay" in f["evidence"] or "Leeds" in f["evidence"]
               for f in report["findings"] if f["category"] == "place")


def test_mastodon_and_bluesky_alt_text_unchanged(tmp_path: Path) -> None:
    """Mastodon's content HTML goes through html_text too: its descriptions still come from the
    attachments' ``name`` only, once each (an <img> in the content adds none)."""
    note = make_note("1", "2024-03-01T10:00:00Z", '<p>Out for a walk <img src="x.png" alt="a smile"></p>')
    archive = build_mastodon_archive(tmp_path / "masto", [note], zip=False)
    (post,) = [p for p in read_source(archive, "mastodon").posts if p.is_post]  # not the profile
    assert "media_descriptions" not in post.extra and "a smile" not in post.text
    walk = make_bsky_post("Out for a walk", "2024-03-01T10:00:00Z")
    car = build_bluesky_export(tmp_path / "repo.car", [walk], did=DID)
    (bpost,) = read_source(car, "bluesky").posts
    assert bpost.text == "Out for a walk"


# -- item 2: a Bluesky block the repository's tree does not reach ---------------------------


def _with_unreached(car: bytes, records: list[dict]) -> bytes:
    """``car`` with ``records`` appended as blocks that no MST entry points at."""
    out = bytearray(car)
    for record in records:
        data = libipld.encode_dag_cbor(record)
        cid = _cid(data)
        out += _uvarint(len(cid) + len(data)) + cid + data
    return bytes(out)


def test_a_block_no_tree_path_reaches_is_no_post(tmp_path: Path) -> None:
    real = make_bsky_post("Reading on the train home.", "2026-01-05T19:00:00.000Z")
    planted = make_bsky_post("I live at 14 Tinshill Lane, Leeds", "2026-01-06T19:00:00.000Z")
    like = {"$type": "app.bsky.feed.like", "createdAt": "2026-01-06T20:00:00.000Z",
            "subject": {"uri": "at://did:plc:other/app.bsky.feed.post/3kabc", "cid": "bafy"}}
    car = build_bluesky_car([("app.bsky.feed.post/3mabcdefghij2", real)], did=DID)
    path = tmp_path / "repo.car"
    path.write_bytes(_with_unreached(car, [planted, like, {"not": "a record"}]))
    result = read_source(path, "bluesky")
    assert [p.text for p in result.posts] == ["Reading on the train home."]
    assert result.activities == []
    assert [e.error for e in result.errors] == [
        "3 block(s) that no record path of the repository's tree reaches (by their $type: 1 post, "
        "1 like): not the account's records (left by a partial export, or added), not read"]
    report = _scan(path)
    assert report["inputs"][0]["posts"] == 1
    assert not any("Tinshill" in f["evidence"] for f in report["findings"])


def test_a_cut_download_still_reads_the_records_whose_tree_was_lost(tmp_path: Path) -> None:
    """The PDS writes blocks in storage order: a download cut short may hold records whose MST
    nodes came after the cut. Those are read by their $type, as before."""
    posts = [make_bsky_post(f"Note {i} from the train.", f"2026-01-{i + 1:02d}T19:00:00.000Z")
             for i in range(20)]
    car = build_bluesky_car([(f"app.bsky.feed.post/3mabcdefgh{i:02d}2", p) for i, p in enumerate(posts)],
                            did=DID, order="records-first")
    path = tmp_path / "cut.car"
    path.write_bytes(car[: len(car) * 2 // 3])  # the records, then part of the tree and no commit
    result = read_source(path, "bluesky")
    assert len(result.posts) >= 10
    messages = " ".join(e.error for e in result.errors)
    assert "truncated" in messages and "no record path" not in messages


# -- item 3: caps on posts and activities ---------------------------------------------------


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps({"timestamp": f"2024-01-01T{i % 24:02d}:00:00Z", "text": f"hi {i}"}) + "\n")
    return path


def test_inputs_posts_counts_every_post_past_the_cap_and_the_line_agrees(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(base, "MAX_POSTS", 50, raising=False)
    folder = tmp_path / "export"
    folder.mkdir()
    _jsonl(folder / "posts.jsonl", 80)
    report = _scan(folder)
    (summary,) = report["inputs"]
    assert summary["posts"] == 80  # DESIGN.md: every post the input holds
    assert [e["error"] for e in summary["errors"]] == [
        "more than 50 posts: 80 in all, the first 50 read, the other 30 counted but not read (a cap on "
        "memory)"]


def test_boosts_past_the_activity_cap_are_counted_and_said(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(base, "MAX_ACTIVITIES", 30, raising=False)
    boosts = [(f"2024-03-{1 + i % 28:02d}T{i % 24:02d}:10:00Z", f"https://other.example/@a/{i}")
              for i in range(75)]
    note = make_note("1", "2024-03-01T10:00:00Z", "<p>hi</p>")
    archive = build_mastodon_archive(tmp_path / "masto", [note], zip=True, boosts=boosts)
    result = read_source(archive, "mastodon")
    assert len(result.activities) == 30 and sum(p.is_post for p in result.posts) == 1  # and the profile
    report = _scan(archive)
    (summary,) = report["inputs"]
    assert summary["activities"] == 75
    assert "more than 30 likes, reposts, follows or boosts: 75 in all, the first 30 read, the other 45 " \
           "counted but not read (a cap on memory)" in [e["error"] for e in summary["errors"]]


def test_bluesky_likes_past_the_activity_cap(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(base, "MAX_ACTIVITIES", 5, raising=False)
    likes = [f"2026-01-{1 + i:02d}T10:00:00.000Z" for i in range(12)]
    car = build_bluesky_export(tmp_path / "repo.car", [make_bsky_post("hi", "2026-01-01T09:00:00.000Z")],
                               did=DID, likes=likes)
    result = read_source(car, "bluesky")
    assert len(result.activities) == 5
    assert [e.error for e in result.errors] == [
        "more than 5 likes, reposts, follows or boosts: 12 in all, the first 5 read, the other 7 counted "
        "but not read (a cap on memory)"]

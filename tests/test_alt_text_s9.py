"""Image descriptions (alt text) are read with their post (ninth session, 2026-11-29).

One policy for every reader (sources/common.py ``join_descriptions``): each description follows
the post's body as its own paragraph, marked ``[image description]``, so places, disclosures,
links, contact details and the watchlist read it and a finding's evidence shows the mark; the
style profile reads the body only. Archives are built as the platforms build them
(tests/archive_builders.py) and read end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import (
    bsky_blob,
    build_bluesky_export,
    build_jekyll_blog,
    build_mastodon_archive,
    build_twitter_archive,
    make_bsky_post,
    make_note,
    make_tweet,
    read_source,
    tar_tree,
)
from nymaudit.cli import app
from nymaudit.sources.detect import read_input
from nymaudit.style.text import corpus_text

MEDIA = "media_attachments/files/109/311/445/original/abc.jpg"
NOTE_ID = "https://social.example/users/quiet_pen/statuses/109311445000000001"
ALT = "Snow on the ring road in Horsforth this morning, from the bus stop"
IMAGE_DESCRIPTION = "[image description]"  # the mark docs/formats.md names
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def _scan(path: Path, *extra: str) -> dict:
    result = _run("scan", str(path), "--format", "json", "-q", *extra)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _mastodon_tar(tmp_path: Path, alt: str = ALT) -> Path:
    """A Mastodon export as the server writes it (a tar.gz), one post whose body names no place
    and whose photo's description does."""
    notes = [make_note("109311445000000001", "2022-11-08T03:07:14Z", "<p>Lovely afternoon.</p>",
                       attachments=[{"mediaType": "image/jpeg", "url": "/" + MEDIA, "name": alt}])]
    folder = build_mastodon_archive(tmp_path / "m", notes, zip=False, media={MEDIA: JPEG})
    return tar_tree(folder, tmp_path / "archive-abc.tar.gz")


def _x_zip(tmp_path: Path) -> Path:
    tweets = [make_tweet("1600000000000000001", "Tue Nov 08 03:07:14 +0000 2022", "Lovely afternoon.",
                         media=["abc.jpg"], alt_texts=[ALT])]
    return build_twitter_archive(tmp_path / "x.zip", tweets, zip=True,
                                 media={"1600000000000000001-abc.jpg": JPEG})


def _place(report: dict, name: str) -> dict:
    found = [f for f in report["findings"] if f["rule"].startswith("PLACE") and name in f["message"]]
    assert found, [f["message"] for f in report["findings"]]
    return found[0]


def test_mastodon_alt_text_place_is_found_at_its_post(tmp_path: Path) -> None:
    """Until 2026-11-29 the Mastodon reader kept alt text in Post.extra and nothing read it."""
    report = _scan(_mastodon_tar(tmp_path))
    place = _place(report, "Horsforth")
    assert place["location"]["path"].endswith("archive-abc.tar.gz!outbox.json")
    assert place["location"]["record"] == NOTE_ID
    assert f"{IMAGE_DESCRIPTION} Snow on the ring road in Horsforth" in place["evidence"]


def test_x_alt_text_place_is_found_at_its_tweet(tmp_path: Path) -> None:
    """ext_alt_text of a media entity (the API's field) was not read at all."""
    report = _scan(_x_zip(tmp_path))
    place = _place(report, "Horsforth")
    assert place["location"]["path"].endswith("x.zip!data/tweets.js")
    assert place["location"]["record"] == "1600000000000000001"
    assert IMAGE_DESCRIPTION in place["evidence"]
    [post] = read_source(_x_zip(tmp_path / "again"), "twitter").posts
    assert post.text == f"Lovely afternoon.\n\n{IMAGE_DESCRIPTION} {ALT}"  # once, though entities repeats it
    assert post.extra["media_descriptions"] == [ALT]


def test_watchlist_and_check_read_alt_text(tmp_path: Path) -> None:
    """A watched term in an image description only is a watchlist finding, in scan and check."""
    archive = _mastodon_tar(tmp_path, "Our team outside Kirkgate Works on the last day")
    watchlist = tmp_path / "watchlist.toml"
    assert _run("watch", "add", "Kirkgate Works", "--watchlist", str(watchlist)).exit_code == 0
    report = _scan(archive, "--watchlist", str(watchlist))
    watched = [f for f in report["findings"] if f["category"] == "watchlist"]
    assert watched and watched[0]["location"]["record"] == NOTE_ID
    checked = _run("check", str(archive), "--watchlist", str(watchlist), "--format", "json", "-q")
    assert checked.exit_code == 1
    found = [f for f in json.loads(checked.stdout)["findings"] if f["category"] == "watchlist"]
    assert found and found[0]["location"]["record"] == NOTE_ID


def test_redacted_report_masks_the_description(tmp_path: Path) -> None:
    archive = _mastodon_tar(tmp_path)
    for output in ("terminal", "json", "markdown"):
        result = _run("scan", str(archive), "--redact", "--format", output, "-q")
        assert result.exit_code in (0, 1), result.output
        assert "Horsforth" not in result.stdout and "ring road" not in result.stdout
    unredacted = _run("scan", str(archive), "--format", "markdown", "-q").stdout
    assert "Horsforth" in unredacted  # the same report names it without --redact


def test_bluesky_joins_by_the_shared_policy_and_style_reads_the_body_only(tmp_path: Path) -> None:
    """Bluesky's reader joined alt text with no mark, and the style profile read it as prose."""
    image, cid = bsky_blob(JPEG)
    posts = [make_bsky_post("Lovely afternoon.", "2026-03-08T23:00:00.000Z",
                            images=[("Sunset behind the flats, taken from my balcony", image)])]
    export = build_bluesky_export(tmp_path / "bsky", posts, zip=True, did="did:plc:ewvi7nxzyoun6zhxrhs64oiz",
                                  blobs={cid: JPEG})
    assert corpus_text(read_input(export)).texts == ["Lovely afternoon."]
    [post] = [p for p in read_source(export, "bluesky").posts if p.is_post]
    alt = "Sunset behind the flats, taken from my balcony"
    assert post.text == f"Lovely afternoon.\n\n{IMAGE_DESCRIPTION} {alt}"


def test_markdown_image_alt_text_is_already_read(tmp_path: Path) -> None:
    """A blog's ``![alt](src)`` is in the post's text, and normalisation keeps the alt: no
    change was needed (a guard: this passes on the old code too)."""
    blog = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2024-03-01-walk.md", "front": {"title": "A walk", "date": "2024-03-01 09:00:00 +0000"},
         "body": "Out early.\n\n![The bridge at Horsforth in fog](/assets/bridge.jpg)\n"}])
    place = _place(_scan(blog), "Horsforth")
    assert place["location"]["path"].endswith("2024-03-01-walk.md") and place["location"]["line"] == 7


def test_join_descriptions_policy() -> None:
    from nymaudit.sources import common
    from nymaudit.sources.common import image_descriptions, join_descriptions

    assert common.IMAGE_DESCRIPTION == IMAGE_DESCRIPTION
    extra: dict = {}
    assert join_descriptions("body", [], extra) == "body" and extra == {}
    descriptions = image_descriptions(["  a cat ", "", None, 7, "a cat", "a dog"])
    assert descriptions == ["a cat", "a dog"]
    text = join_descriptions("body  \n", descriptions, extra)
    assert text == "body\n\n[image description] a cat\n\n[image description] a dog"
    assert text[extra["descriptions_at"]:].startswith(IMAGE_DESCRIPTION)
    only: dict = {}
    assert join_descriptions("", ["a cat"], only) == "[image description] a cat"
    assert only["descriptions_at"] == 0
    assert len(image_descriptions(["x" * 50_000])[0]) == 10_000
    assert len(image_descriptions([str(i) for i in range(500)])) == 50

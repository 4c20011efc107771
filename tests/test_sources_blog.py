"""Static blog reader: Jekyll and Hugo folders, front matter, dates, attachments."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image

from archive_builders import build_hugo_site, build_jekyll_blog, read_source, sniff_scores
from nymaudit.sources.blog import split_front_matter


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "JPEG")
    return out.getvalue()


def _jekyll_posts() -> list[dict]:
    return [
        {
            "name": "2024-03-01-first-shift.md",
            "front": {
                "layout": "post",
                "title": "First shift",
                "date": "2024-03-01 08:15:00 +0000",
                "tags": ["work", "rota"],
            },
            "body": "Photo: ![desk](/assets/img/desk.jpg)\n[My CV](../assets/files/cv.pdf)\n"
            'See https://example.org/x and <img src="{{ site.baseurl }}/assets/img/yard.png">',
        },
        {
            "name": "2024-06-10-summer.markdown",
            "front": {"title": "Summer", "date": "2024-06-10 21:40:00 +0100"},
            "body": "Long evenings.",
        },
        {"name": "2024-07-04-no-date.md", "front": {"title": "Filename date"}, "body": "x"},
        {
            "name": "2024-08-01-naive.md",
            "front": {"title": "Naive", "date": "2024-08-01 23:30:00"},
            "body": "y",
        },
        {"name": "unfinished.md", "front": {"title": "WIP"}, "body": "draft text", "draft_folder": True},
    ]


@pytest.mark.parametrize("as_zip", [False, True])
def test_jekyll_posts_dates_drafts_attachments(tmp_path, as_zip):
    files = {
        "assets/img/desk.jpg": _jpeg(),
        "assets/img/yard.png": b"\x89PNG\r\n\x1a\n",
        "assets/files/cv.pdf": b"%PDF-1.4\n",
        "assets/img/unused.heic": b"\x00\x00\x00\x18ftypheic",
        "_site/assets/img/desk.jpg": _jpeg(),  # generated copy: not counted twice
    }
    path = build_jekyll_blog(
        tmp_path / "site",
        _jekyll_posts(),
        zip=as_zip,
        files=files,
        config="title: Notes\ntimezone: Europe/London\n",
    )
    scores = sniff_scores(path)
    assert scores["blog"] == max(scores.values()) == 80
    result = read_source(path, "blog")
    assert len(result.posts) == 5  # about.md and index.md are pages, not post files
    assert result.errors == []
    by_title = {p.title: p for p in result.posts}
    first = by_title["First shift"]
    assert first.timestamp == datetime(2024, 3, 1, 8, 15, tzinfo=UTC)
    assert first.stated_offset_minutes == 0
    assert first.extra["tags"] == ["work", "rota"]
    assert first.attachments == ["assets/img/desk.jpg", "assets/files/cv.pdf", "assets/img/yard.png"]
    assert first.extra["urls"] == ["https://example.org/x"]
    assert by_title["Summer"].timestamp == datetime(2024, 6, 10, 20, 40, tzinfo=UTC)
    assert by_title["Summer"].stated_offset_minutes == 60
    dated = by_title["Filename date"]
    assert dated.timestamp == datetime(2024, 7, 4, tzinfo=UTC) and dated.extra["date_only"] is True
    naive = by_title["Naive"]  # no offset: the site's timezone (BST in August) applies
    assert naive.timestamp == datetime(2024, 8, 1, 22, 30, tzinfo=UTC)
    assert naive.stated_offset_minutes == 60
    assert by_title["WIP"].kind == "draft" and by_title["WIP"].timestamp is None
    paths = sorted(a.path for a in result.attachments)
    assert paths == [
        "assets/files/cv.pdf",
        "assets/img/desk.jpg",
        "assets/img/unused.heic",
        "assets/img/yard.png",
    ]
    assert all(a.platform_copy is False for a in result.attachments)
    desk = next(a for a in result.attachments if a.path == "assets/img/desk.jpg")
    assert desk.post_id == "_posts/2024-03-01-first-shift.md"
    assert desk.read() == files["assets/img/desk.jpg"]


def test_hugo_toml_yaml_bundles_and_static(tmp_path):
    pages = [
        {
            "path": "posts/one.md",
            "front": {"title": "One", "date": "2024-03-01T08:15:00+02:00"},
            "body": "Static image ![](/images/a.png)",
        },
        {
            "path": "posts/bundle/index.md",
            "front": {"title": "Bundle", "date": "2024-03-02", "draft": True},
            "body": "![](photo.jpg)",
        },
        {
            "path": "posts/yaml.md",
            "yaml": True,
            "front": {"title": "Yaml", "date": "2024-03-03T10:00:00Z"},
            "body": "z",
        },
    ]
    files = {
        "static/images/a.png": b"\x89PNG\r\n\x1a\n",
        "content/posts/bundle/photo.jpg": _jpeg(),
        "themes/paper/exampleSite/content/posts/demo.md": "+++\ntitle='demo'\n+++\nnot mine",
    }
    path = build_hugo_site(tmp_path / "hugo", pages, zip=True, files=files)
    assert sniff_scores(path)["blog"] == 80
    result = read_source(path, "blog")
    assert len(result.posts) == 3  # _index.md and the theme's example content left out
    by_title = {p.title: p for p in result.posts}
    assert by_title["One"].timestamp == datetime(2024, 3, 1, 6, 15, tzinfo=UTC)
    assert by_title["One"].stated_offset_minutes == 120
    assert by_title["One"].attachments == ["static/images/a.png"]
    bundle = by_title["Bundle"]
    assert bundle.kind == "draft" and bundle.extra["date_only"] is True
    assert bundle.attachments == ["content/posts/bundle/photo.jpg"]
    assert by_title["Yaml"].timestamp == datetime(2024, 3, 3, 10, tzinfo=UTC)


def test_bad_front_matter_and_impossible_dates(tmp_path):
    posts = [
        {"name": "2024-02-30-leap.md", "front": {"title": "Leap"}, "body": "a"},
        {
            "name": "2024-03-05-bad-date.md",
            "front": {"title": "Bad", "date": "2024-13-01 10:00"},
            "body": "b",
        },
        {"name": "2024-03-06-broken.md", "front": "title: [unclosed", "body": "c"},
        {
            "name": "2024-03-07-aliases.md",
            "front": "a: &a [x, x]\n" + "".join(f"b{i}: &b{i} [*a, *a]\n" for i in range(30)),
            "body": "d",
        },
    ]
    path = build_jekyll_blog(tmp_path / "site", posts)
    result = read_source(path, "blog")
    assert len(result.posts) == 4  # every post file still counts; its text still matters
    errors = " | ".join(e.error for e in result.errors)
    assert "impossible date '2024-02-30' in the file name" in errors
    assert "impossible date '2024-13-01 10:00'" in errors
    assert "invalid YAML front matter" in errors
    assert "too many YAML anchors/aliases" in errors
    assert {p.text for p in result.posts} == {"a", "b", "c", "d"}


def test_front_matter_splitter_units():
    fm = split_front_matter("---\ntitle: x\ndate: 2024-03-01\n---\nbody\n")
    assert fm.kind == "yaml" and fm.data["title"] == "x" and fm.body == "body\n"
    assert split_front_matter("+++\ntitle = 'y'\n+++\nz").data == {"title": "y"}
    assert split_front_matter("no front matter").kind == ""
    assert split_front_matter("---\ntitle: x\n").error == "front matter is not closed"
    huge = "---\n" + "k: v\n" * 20000 + "---\nbody"
    assert "larger than 64 KiB" in split_front_matter(huge).error
    assert split_front_matter("---\n- a list\n---\n").error == "front matter is not a mapping"


def test_plain_markdown_without_front_matter_is_not_a_blog(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("just text")
    assert sniff_scores(tmp_path / "notes")["blog"] == 0

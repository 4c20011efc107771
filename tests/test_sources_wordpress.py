"""WordPress WXR reader: posts, the author's own comments, GMT times and offsets."""

from __future__ import annotations

from datetime import UTC, datetime

from archive_builders import build_wxr, read_source, sniff_scores

BOMB = """<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>"""


def _items() -> list[dict]:
    return [
        {
            "post_id": "12",
            "title": "Rota week",
            "content": 'First paragraph &amp; more.\n\nSecond <a href="https://union.example/join">join</a>.',
            "post_date": "2024-07-01 09:15:00",
            "post_date_gmt": "2024-07-01 08:15:00",
            "categories": ["Work"],
            "comments": [
                # by the author: matched on user id
                {
                    "id": "31",
                    "author": "QP",
                    "user_id": "1",
                    "date": "2024-07-01 10:00:00",
                    "date_gmt": "2024-07-01 09:00:00",
                    "content": "Thanks all.",
                    "author_email": "owner@example.org",
                    "author_ip": "192.0.2.44",
                },
                # by the author: matched on display name
                {
                    "id": "32",
                    "author": "Quiet Pen",
                    "date": "2024-07-01 11:00:00",
                    "date_gmt": "2024-07-01 10:00:00",
                    "content": "Also this.",
                },
                # a reader
                {
                    "id": "33",
                    "author": "Reader",
                    "user_id": "0",
                    "date": "2024-07-01 12:00:00",
                    "date_gmt": "2024-07-01 11:00:00",
                    "content": "Nice post",
                },
            ],
        },
        {
            "post_id": "13",
            "title": "Draft",
            "content": "Unfinished",
            "status": "draft",
            "post_date": "2024-07-03 20:00:00",
            "post_date_gmt": "0000-00-00 00:00:00",
        },
        {
            "post_id": "14",
            "title": "Private",
            "content": "Only me",
            "status": "private",
            "post_date": "2024-01-10 23:30:00",
            "post_date_gmt": "2024-01-10 23:30:00",
        },
        {
            "post_id": "2",
            "title": "About",
            "content": "About me",
            "post_type": "page",
            "post_date": "2023-01-01 10:00:00",
            "post_date_gmt": "2023-01-01 10:00:00",
        },
        {
            "post_id": "40",
            "title": "desk.jpg",
            "post_type": "attachment",
            "post_parent": "12",
            "attachment_url": "https://notes.example/wp-content/uploads/2024/07/desk.jpg",
        },
    ]


def test_posts_and_author_comments_are_counted(tmp_path):
    path = build_wxr(tmp_path / "notes.WordPress.2024-07-05.xml", _items())
    scores = sniff_scores(path)
    assert scores["wordpress"] == max(scores.values()) == 95
    result = read_source(path, "wordpress")
    # 3 items of type post (publish, draft, private) + 2 of the author's comments
    assert len(result.posts) == 5
    assert result.errors == []
    by_id = {p.id: p for p in result.posts}
    post = by_id["wp-post-12"]
    assert post.timestamp == datetime(2024, 7, 1, 8, 15, tzinfo=UTC)
    assert post.stated_offset_minutes == 60
    assert post.title == "Rota week"
    assert post.text == "First paragraph & more.\n\nSecond join <https://union.example/join>."
    assert post.extra["categories"] == ["Work"]
    assert post.extra["urls"] == ["https://union.example/join"]
    assert post.extra["attachment_urls"] == ["https://notes.example/wp-content/uploads/2024/07/desk.jpg"]
    assert by_id["wp-post-13"].kind == "draft" and by_id["wp-post-13"].timestamp is None
    assert by_id["wp-post-14"].extra["status"] == "private"
    assert by_id["wp-post-14"].stated_offset_minutes == 0
    comment = by_id["wp-comment-31"]
    assert comment.kind == "comment" and comment.text == "Thanks all."
    assert comment.timestamp == datetime(2024, 7, 1, 9, tzinfo=UTC)
    assert comment.reply_to == "wp-post-12"
    assert "wp-comment-32" in by_id and "wp-comment-33" not in by_id
    dumped = repr(result.posts)
    assert "192.0.2.44" not in dumped and "owner@example.org" not in dumped


def test_impossible_gmt_date_keeps_post(tmp_path):
    items = _items()
    items[0]["post_date_gmt"] = "2023-02-30 08:00:00"
    path = build_wxr(tmp_path / "export.xml", items)
    result = read_source(path, "wordpress")
    assert len(result.posts) == 5
    assert result.posts[0].timestamp is None
    assert [e.error for e in result.errors] == ["record wp-post-12: impossible date '2023-02-30 08:00:00'"]


def test_billion_laughs_is_refused(tmp_path):
    path = build_wxr(tmp_path / "bomb.xml", _items(), doctype=BOMB)
    assert sniff_scores(path)["wordpress"] == 95
    result = read_source(path, "wordpress")
    assert result.posts == []
    assert len(result.errors) == 1 and "XML bomb" in result.errors[0].error


def test_external_entity_is_refused(tmp_path):
    doctype = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = build_wxr(tmp_path / "xxe.xml", _items(), doctype=doctype)
    result = read_source(path, "wordpress")
    assert result.posts == [] and "refused" in result.errors[0].error


def test_truncated_export_keeps_items_read(tmp_path):
    path = build_wxr(tmp_path / "export.xml", _items())
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"<wp:post_id>13")])
    result = read_source(path, "wordpress")
    assert {p.id for p in result.posts} == {"wp-post-12", "wp-comment-31", "wp-comment-32"}
    assert len(result.errors) == 1 and "malformed or truncated XML" in result.errors[0].error


def test_invalid_utf8(tmp_path):
    path = build_wxr(tmp_path / "export.xml", _items())
    path.write_bytes(path.read_bytes().replace(b"Unfinished", b"Unfin\xffished"))
    result = read_source(path, "wordpress")
    assert len(result.posts) == 5
    assert any("invalid UTF-8" in e.error for e in result.errors)


def test_old_export_without_gmt_uses_pubdate(tmp_path):
    path = build_wxr(tmp_path / "old.xml", [{"post_id": "1", "content": "x"}])
    text = path.read_text().replace("<wp:post_date_gmt><![CDATA[]]></wp:post_date_gmt>", "")
    path.write_text(text)
    (post,) = read_source(path, "wordpress").posts
    assert post.timestamp == datetime(2024, 3, 1, 8, 15, tzinfo=UTC)


def test_gutenberg_blocks_images_and_entities(tmp_path):
    content = (
        "<!-- wp:paragraph -->\n<p>Caf&eacute; near work</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:image {"id":40} -->\n<figure class="wp-block-image"><img src="'
        'https://notes.example/wp-content/uploads/2024/07/IMG_2041.jpg" alt=""/></figure>\n'
        "<!-- /wp:image -->"
    )
    path = build_wxr(tmp_path / "g.xml", [{"post_id": "1", "content": content}])
    (post,) = read_source(path, "wordpress").posts
    assert post.text == "Café near work"
    assert post.extra["urls"] == ["https://notes.example/wp-content/uploads/2024/07/IMG_2041.jpg"]


def test_an_uploads_folder_given_beside_the_export_is_tied_to_the_posts_that_show_it(tmp_path):
    """`nymaudit scan site.xml wp-content/uploads` (walkthrough, sixth session): the photo's
    GPS finding named no post (record null), where an X archive's media name their tweet.
    The post that shows a file (a resized copy in its text, or the WXR's attachment item)
    now owns it."""
    import json

    import piexif
    from PIL import Image
    from typer.testing import CliRunner

    from nymaudit.cli import app

    uploads = tmp_path / "wp-content" / "uploads"
    (uploads / "2025" / "03").mkdir(parents=True)
    (uploads / "2025" / "06").mkdir(parents=True)
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: ((31, 1), (57, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((115, 1), (50, 1), (0, 1))}
    exif = piexif.dump({"0th": {}, "Exif": {}, "GPS": gps, "1st": {}, "thumbnail": None})
    for name in ("2025/03/sunrise.jpg", "2025/03/sunrise-300x200.jpg", "2025/06/river.jpg"):
        Image.new("RGB", (64, 48), "orange").save(uploads / name, exif=exif)
    site = "https://walks.example/wp-content/uploads"
    xml = build_wxr(tmp_path / "site.xml", [
        {"post_id": "105", "title": "Sunrise", "post_date": "2025-03-02 07:00:00",
         "post_date_gmt": "2025-03-01 23:00:00",
         "content": f'Up early. <img src="{site}/2025/03/sunrise-300x200.jpg" />'},
        {"post_id": "109", "title": "River", "post_date": "2025-06-02 07:00:00",
         "post_date_gmt": "2025-06-01 23:00:00", "content": "By the river."},
        {"post_id": "110", "title": "river.jpg", "post_type": "attachment", "post_parent": "109",
         "attachment_url": f"{site}/2025/06/river.jpg", "post_date": "2025-06-02 07:00:00",
         "post_date_gmt": "2025-06-01 23:00:00", "content": ""},
    ])
    report = json.loads(CliRunner().invoke(app, ["scan", str(xml), str(uploads), "--format", "json"]).stdout)
    # One position in the three photos: one finding since the eighth session, at the first
    # file, listing each file with the post that shows it.
    (gps_finding,) = [f for f in report["findings"] if f["rule"] == "META010"]
    assert gps_finding["location"]["record"] == "wp-post-105"
    for shown in ("sunrise.jpg#wp-post-105", "sunrise-300x200.jpg#wp-post-105", "river.jpg#wp-post-109"):
        assert shown in gps_finding["message"], gps_finding["message"]

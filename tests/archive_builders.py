"""Build account archives in each platform's real layout, for tests.

Every builder writes into ``dest`` (a folder it creates, or a ``.zip`` next to it
when ``zip=True``) and returns the path a user would hand to ``nymaudit scan``.
The file names, nesting, JavaScript prefixes and JSON/CSV/XML shapes follow what
the platforms hand out, so tests exercise detection from content, not fixtures
shaped to the readers.

Reuse from any test: ``from archive_builders import build_twitter_archive`` (pytest
puts ``tests/`` on ``sys.path`` through rootdir conftest-less imports; add
``sys.path`` yourself if needed).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def escape(text: str) -> str:
    return html.escape(text, quote=True)


__all__ = [
    "build_hugo_site",
    "build_jekyll_blog",
    "build_mastodon_archive",
    "build_reddit_export",
    "build_twitter_archive",
    "build_wxr",
    "make_note",
    "make_tweet",
    "tar_tree",
    "twitter_date",
    "write_tree",
]


def write_tree(dest: Path, files: Mapping[str, bytes | str], *, zip: bool) -> Path:
    """Write ``files`` (relative POSIX path -> content) as a folder ``dest`` or, with
    ``zip=True``, as ``dest.with_suffix('.zip')`` (deflated, like the platforms).
    Returns the folder or zip path."""
    encoded = {name: data.encode("utf-8") if isinstance(data, str) else data for name, data in files.items()}
    if zip:
        target = dest.with_suffix(".zip")
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in encoded.items():
                archive.writestr(name, data)
        return target
    for name, data in encoded.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return dest


def tar_tree(folder: Path, dest: Path, *, compression: str = "gz") -> Path:
    """The files under ``folder`` as a tar at ``dest`` (``compression`` "gz" or "" for a
    plain tar), members named from the folder's root as Mastodon writes its
    ``archive-YYYYMMDDhhmmss-<hash>.tar.gz`` (``outbox.json``, ``media_attachments/...``;
    Gem::Package::TarWriter inside a GzipWriter, before Mastodon 4.3 switched to zip)."""
    import tarfile

    dest.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(dest, f"w:{compression}" if compression else "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
    return dest


# ---------------------------------------------------------------------------
# X / Twitter


def twitter_date(when: datetime) -> str:
    """``Fri Mar 06 12:56:28 +0000 2026``, as tweets.js writes created_at."""
    when = when.astimezone(UTC)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[when.weekday()]} {months[when.month - 1]} {when.day:02d} {when:%H:%M:%S} +0000 {when.year}"


def make_tweet(
    tweet_id: str,
    when: datetime | str,
    text: str,
    *,
    client: str = "Twitter Web App",
    lang: str = "en",
    urls: Sequence[tuple[str, str]] = (),
    media: Sequence[str] = (),
    reply_to: tuple[str, str] | None = None,
    coordinates: tuple[float, float] | None = None,
    place: Mapping[str, str] | None = None,
    retweet_of: str | None = None,
    alt_texts: Sequence[str | None] = (),
) -> dict[str, Any]:
    """A tweet object as tweets.js holds it (ids and counts as strings).

    ``urls``: (t.co url, expanded url) pairs, whose t.co form must appear in
    ``text``; ``media``: media file basenames (``abc.jpg``) stored as
    ``tweets_media/<id>-abc.jpg``; ``coordinates``: (lat, lon) -> ``coordinates``
    [lon, lat] and ``geo`` [lat, lon]; ``retweet_of``: screen name, makes an
    "RT @name:" retweet. ``alt_texts``: the description of each of ``media`` in turn, as
    ``ext_alt_text`` of its media entity: the v1.1 API's field (``include_ext_alt_text``), in
    tweets saved from the API; X's own archive has left it out since at least 2022.
    """
    full_text = f"RT @{retweet_of}: {text}" if retweet_of else text
    entities: dict[str, Any] = {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
            {
                "url": short,
                "expanded_url": expanded,
                "display_url": expanded.split("://", 1)[-1][:26],
                "indices": ["0", "23"],
            }
            for short, expanded in urls
        ],
    }
    tweet: dict[str, Any] = {
        "edit_info": {"initial": {"editTweetIds": [tweet_id], "editable": "false"}},
        "retweeted": False,
        "source": f'<a href="https://mobile.twitter.com" rel="nofollow">{client}</a>',
        "entities": entities,
        "display_text_range": ["0", str(len(full_text))],
        "favorite_count": "3",
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": "0",
        "id": tweet_id,
        "created_at": twitter_date(when) if isinstance(when, datetime) else when,
        "favorited": False,
        "full_text": full_text,
        "lang": lang,
    }
    if media:
        items = []
        for index, name in enumerate(media):
            short = f"https://t.co/m{tweet_id[-6:]}{index}"
            tweet["full_text"] += f" {short}"
            items.append(
                {
                    "expanded_url": f"https://x.com/someone/status/{tweet_id}/photo/{index + 1}",
                    "indices": ["0", "23"],
                    "url": short,
                    "media_url": f"http://pbs.twimg.com/media/{name}",
                    "id_str": f"{tweet_id}{index}",
                    "id": f"{tweet_id}{index}",
                    "media_url_https": f"https://pbs.twimg.com/media/{name}",
                    "sizes": {},
                    "type": "photo",
                    "display_url": "pic.x.com/abc",
                }
            )
            if index < len(alt_texts):
                items[-1]["ext_alt_text"] = alt_texts[index]
        entities["media"] = items[:1]
        tweet["extended_entities"] = {"media": items}
    if reply_to:
        status_id, screen_name = reply_to
        tweet["in_reply_to_status_id_str"] = status_id
        tweet["in_reply_to_status_id"] = status_id
        tweet["in_reply_to_screen_name"] = screen_name
        tweet["in_reply_to_user_id_str"] = "12345"
    if coordinates:
        lat, lon = coordinates
        tweet["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
        tweet["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
    if place:
        tweet["place"] = {
            "id": "5a110d312052166f",
            "url": "https://api.twitter.com/1.1/geo/id/5a110d312052166f.json",
            "place_type": "city",
            "name": place.get("name", ""),
            "full_name": place.get("full_name", ""),
            "country_code": place.get("country_code", ""),
            "country": place.get("country", ""),
            "bounding_box": {"type": "Polygon", "coordinates": [[["0", "0"]]]},
            "attributes": {},
        }
    return tweet


def _ytd(variable: str, records: list[Any]) -> str:
    # X pretty-prints with " : " separators and a two-space indent.
    return f"window.YTD.{variable} = " + json.dumps(
        records, indent=2, separators=(",", " : "), ensure_ascii=False
    )


def build_twitter_archive(
    dest: Path,
    tweets: Sequence[Mapping[str, Any]],
    *,
    zip: bool,
    deleted: Sequence[Mapping[str, Any]] = (),
    media: Mapping[str, bytes] | None = None,
    account: Mapping[str, str] | None = None,
    parts: int = 1,
    legacy_2019: bool = False,
    extra_files: Mapping[str, bytes | str] | None = None,
) -> Path:
    """An X archive: ``Your archive.html``, ``data/manifest.js``, ``data/account.js``,
    ``data/tweets.js`` (``window.YTD.tweets.part0``; ``parts`` > 1 splits into
    ``tweets-part1.js``...), ``data/deleted-tweets.js`` and
    ``data/tweets_media/<file>`` for each ``media`` entry (names like
    ``<tweetid>-abc.jpg``).

    ``legacy_2019=True`` writes the 2019 layout instead: ``tweet.js`` at the root
    with ``window.YTD.tweet.part0`` holding flat tweet objects, media in
    ``tweet_media/``.
    """
    account = account or {
        "email": "writer@example.org",
        "createdVia": "web",
        "username": "quiet_pen",
        "accountId": "1000000001",
        "createdAt": "2019-01-05T10:00:00.000Z",
        "accountDisplayName": "Quiet Pen",
    }
    files: dict[str, bytes | str] = {}
    if legacy_2019:
        files["tweet.js"] = _ytd("tweet.part0", [dict(t) for t in tweets])
        files["account.js"] = _ytd("account.part0", [{"account": dict(account)}])
        for name, data in (media or {}).items():
            files[f"tweet_media/{name}"] = data
        files["Your archive.html"] = "<html><body>Your archive</body></html>"
    else:
        chunks = [list(tweets[i::parts]) for i in range(parts)] if parts > 1 else [list(tweets)]
        for part, chunk in enumerate(chunks):
            name = "data/tweets.js" if part == 0 else f"data/tweets-part{part}.js"
            files[name] = _ytd(f"tweets.part{part}", [{"tweet": dict(t)} for t in chunk])
        files["data/deleted-tweets.js"] = _ytd("deleted_tweets.part0", [{"tweet": dict(t)} for t in deleted])
        files["data/account.js"] = _ytd("account.part0", [{"account": dict(account)}])
        files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(
            {"userInfo": {"userName": account.get("username")}, "dataTypes": {}}, indent=2
        )
        files["data/like.js"] = _ytd(
            "like.part0", [{"like": {"tweetId": "1", "fullText": "liked", "expandedUrl": ""}}]
        )
        for name, data in (media or {}).items():
            files[f"data/tweets_media/{name}"] = data
        files["Your archive.html"] = "<html><body>Your archive</body></html>"
        files["assets/js/main.js"] = "console.log('archive viewer');"
    files.update(extra_files or {})
    return write_tree(dest, files, zip=zip)


# ---------------------------------------------------------------------------
# Mastodon

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_CONTEXT = [
    "https://www.w3.org/ns/activitystreams",
    {"ostatus": "http://ostatus.org#", "sensitive": "as:sensitive", "Hashtag": "as:Hashtag"},
]


def make_note(
    status_id: str,
    published: str,
    content_html: str,
    *,
    actor: str = "https://social.example/users/quiet_pen",
    summary: str | None = None,
    in_reply_to: str | None = None,
    attachments: Sequence[Mapping[str, str]] = (),
    hashtags: Sequence[str] = (),
    language: str = "en",
    visibility: str = "public",
    mentioned: str = "https://other.example/users/friend",
) -> dict[str, Any]:
    """A ``Create`` activity wrapping a Note, as outbox.json's orderedItems hold it.
    ``attachments``: dicts with ``mediaType``, ``url`` (``/media_attachments/...``)
    and ``name`` (alt text). ``visibility``: public, unlisted, private (followers
    only) or direct (to ``mentioned`` alone), addressed as Mastodon addresses them."""
    note_id = f"{actor}/statuses/{status_id}"
    followers = f"{actor}/followers"
    to, cc = {
        "public": ([AS_PUBLIC], [followers]),
        "unlisted": ([followers], [AS_PUBLIC]),
        "private": ([followers], []),
        "direct": ([mentioned], []),
    }[visibility]
    return {
        "id": f"{note_id}/activity",
        "type": "Create",
        "actor": actor,
        "published": published,
        "to": to,
        "cc": cc,
        "object": {
            "id": note_id,
            "type": "Note",
            "summary": summary,
            "inReplyTo": in_reply_to,
            "published": published,
            "url": f"https://social.example/@quiet_pen/{status_id}",
            "attributedTo": actor,
            "to": to,
            "cc": cc,
            "sensitive": bool(summary),
            "atomUri": note_id,
            "conversation": f"tag:social.example,2022:objectId={status_id}:objectType=Conversation",
            "content": content_html,
            "contentMap": {language: content_html},
            "attachment": [
                {"type": "Document", "blurhash": "U00000fQfQfQ", "width": 640, "height": 480, **dict(a)}
                for a in attachments
            ],
            "tag": [
                {"type": "Hashtag", "href": f"https://social.example/tags/{h}", "name": f"#{h}"}
                for h in hashtags
            ],
            "replies": {"id": f"{note_id}/replies", "type": "Collection"},
        },
        "signature": {"type": "RsaSignature2017", "signatureValue": "abc"},
    }


def build_mastodon_archive(
    dest: Path,
    notes: Sequence[Mapping[str, Any]],
    *,
    zip: bool,
    boosts: Sequence[tuple[str, str]] = (),
    media: Mapping[str, bytes] | None = None,
    actor: str = "https://social.example/users/quiet_pen",
) -> Path:
    """A Mastodon export: ``outbox.json`` (``notes`` from :func:`make_note`, plus an
    ``Announce`` per (published, boosted URL) in ``boosts``), ``actor.json``,
    ``likes.json``, ``bookmarks.json``, ``avatar.png`` and
    ``media_attachments/files/...`` (``media``: path under the archive root ->
    bytes)."""
    items: list[Any] = list(notes)
    for index, (published, url) in enumerate(boosts):
        items.append(
            {
                "id": f"{actor}/statuses/9{index:05d}/activity",
                "type": "Announce",
                "actor": actor,
                "published": published,
                "to": [AS_PUBLIC],
                "cc": [f"{actor}/followers"],
                "object": url,
            }
        )
    outbox = {
        "@context": _CONTEXT,
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }
    files: dict[str, bytes | str] = {
        "outbox.json": json.dumps(outbox),
        "actor.json": json.dumps(
            {
                "@context": _CONTEXT,
                "id": actor,
                "type": "Person",
                "preferredUsername": "quiet_pen",
                "name": "Quiet Pen",
                "summary": "<p>Notes from the back office.</p>",
                "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
                "outbox": "outbox.json",
                "likes": "likes.json",
                "bookmarks": "bookmarks.json",
            }
        ),
        "likes.json": json.dumps(
            {
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": "likes.json",
                "type": "OrderedCollection",
                "orderedItems": ["https://other.example/users/a/statuses/1"],
            }
        ),
        "bookmarks.json": json.dumps(
            {
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": "bookmarks.json",
                "type": "OrderedCollection",
                "orderedItems": [],
            }
        ),
        "avatar.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 16,
    }
    files.update(media or {})
    return write_tree(dest, files, zip=zip)


# ---------------------------------------------------------------------------
# Reddit

REDDIT_COMMENT_COLUMNS = [
    "id",
    "permalink",
    "date",
    "ip",
    "subreddit",
    "gildings",
    "link",
    "parent",
    "body",
    "media",
]
REDDIT_POST_COLUMNS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]


def _csv(columns: list[str], rows: Iterable[Mapping[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return out.getvalue()


def build_reddit_export(
    dest: Path,
    comments: Sequence[Mapping[str, str]],
    posts: Sequence[Mapping[str, str]],
    *,
    zip: bool,
    extra_files: Mapping[str, bytes | str] | None = None,
) -> Path:
    """A Reddit data request: ``comments.csv`` and ``posts.csv`` with the real
    columns (missing keys are empty; dates like ``2023-02-10 18:24:39 UTC``), plus
    the neighbouring files every export has (``statistics.csv``,
    ``ip_logs.csv``, ``post_votes.csv``)."""
    files: dict[str, bytes | str] = {
        "comments.csv": _csv(REDDIT_COMMENT_COLUMNS, comments),
        "posts.csv": _csv(REDDIT_POST_COLUMNS, posts),
        "statistics.csv": "statistic,value\naccount_name,quiet_pen\n",
        "ip_logs.csv": "date,ip\nregistration ip,203.0.113.9\n",
        "post_votes.csv": "id,permalink,direction\nabc,https://www.reddit.com/r/x/comments/abc/,up\n",
    }
    files.update(extra_files or {})
    return write_tree(dest, files, zip=zip)


# ---------------------------------------------------------------------------
# WordPress WXR


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def build_wxr(
    dest: Path,
    items: Sequence[Mapping[str, Any]],
    *,
    authors: Sequence[Mapping[str, str]] = ({"id": "1", "login": "quietpen", "display_name": "Quiet Pen"},),
    doctype: str = "",
) -> Path:
    """A WordPress WXR 1.2 export file at ``dest`` (e.g. ``tmp/site.WordPress.xml``).

    Each item mapping: ``post_id``, ``title``, ``content`` (HTML), ``post_date``,
    ``post_date_gmt`` (``YYYY-MM-DD HH:MM:SS``; drafts ``0000-00-00 00:00:00``),
    ``status`` (publish/draft/private), ``post_type`` (post/page/attachment),
    ``creator`` (login), ``attachment_url``, ``post_parent`` and ``comments``: a
    list of dicts with ``id``, ``author``, ``author_email``, ``author_ip``,
    ``date``, ``date_gmt``, ``content``, ``user_id``, ``parent``.
    ``doctype`` is inserted before ``<rss>`` (for hostile DTD tests).
    """
    out = ['<?xml version="1.0" encoding="UTF-8" ?>']
    if doctype:
        out.append(doctype)
    out.append(
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">'
    )
    out.append("<channel><title>Back Office Notes</title><link>https://notes.example</link>")
    out.append("<language>en-GB</language><wp:wxr_version>1.2</wp:wxr_version>")
    out.append("<generator>https://wordpress.org/?v=6.4.2</generator>")
    for a in authors:
        out.append(
            f"<wp:author><wp:author_id>{a['id']}</wp:author_id>"
            f"<wp:author_login>{_cdata(a['login'])}</wp:author_login>"
            f"<wp:author_email>{_cdata(a.get('email', 'owner@example.org'))}</wp:author_email>"
            f"<wp:author_display_name>{_cdata(a['display_name'])}</wp:author_display_name>"
            "</wp:author>"
        )
    for item in items:
        post_id = item.get("post_id", "1")
        out.append("<item>")
        out.append(f"<title>{escape(item.get('title', ''))}</title>")
        out.append(f"<link>https://notes.example/?p={post_id}</link>")
        out.append(f"<pubDate>{item.get('pubDate', 'Fri, 01 Mar 2024 08:15:00 +0000')}</pubDate>")
        out.append(f"<dc:creator>{_cdata(item.get('creator', 'quietpen'))}</dc:creator>")
        out.append(f'<guid isPermaLink="false">https://notes.example/?p={post_id}</guid>')
        out.append("<description></description>")
        out.append(f"<content:encoded>{_cdata(item.get('content', ''))}</content:encoded>")
        out.append(f"<excerpt:encoded>{_cdata(item.get('excerpt', ''))}</excerpt:encoded>")
        out.append(f"<wp:post_id>{post_id}</wp:post_id>")
        out.append(f"<wp:post_date>{_cdata(item.get('post_date', ''))}</wp:post_date>")
        out.append(f"<wp:post_date_gmt>{_cdata(item.get('post_date_gmt', ''))}</wp:post_date_gmt>")
        out.append(f"<wp:status>{_cdata(item.get('status', 'publish'))}</wp:status>")
        out.append(f"<wp:post_parent>{item.get('post_parent', '0')}</wp:post_parent>")
        out.append(f"<wp:post_type>{_cdata(item.get('post_type', 'post'))}</wp:post_type>")
        if item.get("attachment_url"):
            out.append(f"<wp:attachment_url>{_cdata(item['attachment_url'])}</wp:attachment_url>")
        for category in item.get("categories", ()):
            out.append(
                f'<category domain="category" nicename="{escape(category.lower())}">'
                f"{_cdata(category)}</category>"
            )
        for comment in item.get("comments", ()):
            out.append(
                "<wp:comment>"
                f"<wp:comment_id>{comment['id']}</wp:comment_id>"
                f"<wp:comment_author>{_cdata(comment.get('author', ''))}</wp:comment_author>"
                f"<wp:comment_author_email>{_cdata(comment.get('author_email', ''))}"
                "</wp:comment_author_email>"
                "<wp:comment_author_url></wp:comment_author_url>"
                f"<wp:comment_author_IP>{_cdata(comment.get('author_ip', '198.51.100.7'))}"
                "</wp:comment_author_IP>"
                f"<wp:comment_date>{_cdata(comment.get('date', ''))}</wp:comment_date>"
                f"<wp:comment_date_gmt>{_cdata(comment.get('date_gmt', ''))}</wp:comment_date_gmt>"
                f"<wp:comment_content>{_cdata(comment.get('content', ''))}</wp:comment_content>"
                "<wp:comment_approved>1</wp:comment_approved>"
                "<wp:comment_type>comment</wp:comment_type>"
                f"<wp:comment_parent>{comment.get('parent', '0')}</wp:comment_parent>"
                f"<wp:comment_user_id>{comment.get('user_id', '0')}</wp:comment_user_id>"
                "</wp:comment>"
            )
        out.append("</item>")
    out.append("</channel></rss>")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("\n".join(out), encoding="utf-8")
    return dest


# ---------------------------------------------------------------------------
# Static blogs


_TOML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?")


def _front_matter(front: Mapping[str, Any] | str, toml: bool) -> str:
    """Front matter lines as ``hugo new`` / hand-written Jekyll posts have them:
    TOML dates unquoted (real TOML datetimes), YAML scalars bare."""
    if isinstance(front, str):
        return front
    lines = []
    for key, value in front.items():
        if toml:
            if isinstance(value, str) and _TOML_DATETIME.fullmatch(value):
                rendered = value
            elif isinstance(value, bool):
                rendered = str(value).lower()
            else:
                rendered = json.dumps(value)
            lines.append(f"{key} = {rendered}")
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(str(v) for v in value)}]")
        elif isinstance(value, bool):
            lines.append(f"{key}: {str(value).lower()}")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines)


def build_jekyll_blog(
    dest: Path,
    posts: Sequence[Mapping[str, Any]],
    *,
    zip: bool = False,
    files: Mapping[str, bytes | str] | None = None,
    config: str = "title: Back Office Notes\nurl: https://notes.example\n",
) -> Path:
    """A Jekyll site: ``_config.yml``, ``index.md``, ``about.md`` and, per post,
    ``_posts/<name>`` (or ``_drafts/<name>`` when ``draft=True``) with YAML front
    matter (``front``: a mapping written as ``key: value`` lines, or raw text) and
    ``body``. ``files``: other paths -> bytes (``assets/img/x.jpg``). Generated
    output in ``_site/`` is added too, as real sites have it."""
    tree: dict[str, bytes | str] = {
        "_config.yml": config,
        "index.md": "---\nlayout: home\n---\n",
        "about.md": "---\nlayout: page\ntitle: About\n---\nI write about office life.\n",
        "Gemfile": 'source "https://rubygems.org"\ngem "jekyll"\n',
        "_site/index.html": "<html>generated</html>",
    }
    for post in posts:
        folder = "_drafts" if post.get("draft_folder") else "_posts"
        fm = _front_matter(post.get("front", {}), toml=False)
        tree[f"{folder}/{post['name']}"] = f"---\n{fm}\n---\n{post.get('body', '')}"
    tree.update(files or {})
    return write_tree(dest, tree, zip=zip)


def build_hugo_site(
    dest: Path,
    pages: Sequence[Mapping[str, Any]],
    *,
    zip: bool = False,
    files: Mapping[str, bytes | str] | None = None,
    config: str = 'baseURL = "https://notes.example/"\ntitle = "Back Office Notes"\n',
) -> Path:
    """A Hugo site: ``hugo.toml``, ``content/_index.md`` and per page
    ``content/<path>`` with TOML (``+++``, default) or YAML (``yaml=True``) front
    matter; ``files`` adds ``static/...`` or page-bundle files."""
    tree: dict[str, bytes | str] = {
        "hugo.toml": config,
        "content/_index.md": "+++\ntitle = 'Home'\n+++\n",
        "archetypes/default.md": "+++\ndraft = true\n+++\n",
        "public/index.html": "<html>generated</html>",
    }
    for page in pages:
        yaml_fm = page.get("yaml", False)
        fence = "---" if yaml_fm else "+++"
        fm = _front_matter(page.get("front", {}), toml=not yaml_fm)
        tree[f"content/{page['path']}"] = f"{fence}\n{fm}\n{fence}\n{page.get('body', '')}"
    tree.update(files or {})
    return write_tree(dest, tree, zip=zip)


# ---------------------------------------------------------------------------
# Reading back


def read_source(path: Path, reader: str):  # type: ignore[no-untyped-def]
    """Open ``path`` as nymaudit does and run one reader on it; returns the
    SourceResult (posts, activities, attachments, errors) and keeps the tree open
    on ``result.tree`` so lazy attachment loaders still work."""
    import importlib

    from nymaudit.sources.base import SourceResult
    from nymaudit.sources.tree import open_tree

    tree = open_tree(path)
    result = SourceResult(tree)
    importlib.import_module(f"nymaudit.sources.{reader}").READER.read(tree, result)
    return result


def sniff_scores(path: Path) -> dict[str, int]:
    """Every reader's sniff score for ``path`` (git left out)."""
    import importlib

    from nymaudit.sources.tree import open_tree

    tree = open_tree(path)
    try:
        return {
            name: importlib.import_module(f"nymaudit.sources.{name}").READER.sniff(tree)
            for name in ("twitter", "mastodon", "reddit", "wordpress", "blog", "generic")
        }
    finally:
        tree.close()


# ---------------------------------------------------------------------------
# Bluesky: the account's AT Protocol repository as a CAR v1 file (Settings > Account >
# "Export my data", which is com.atproto.sync.getRepo), built as a PDS builds it: records
# and Merkle Search Tree nodes as DAG-CBOR (libipld, the encoder of the Python atproto SDK),
# CIDv1 dag-cbor sha2-256, the MST's layers from the leading zero bits of each key's
# sha256 (2 bits a layer, fanout 4), a signed commit (the signature's bytes stand in), and
# the CAR framing (varint length, CID, block).

_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


def bsky_tid(when: datetime, clock: int = 0) -> str:
    """A TID record key: 64 bits (top bit 0, 53 bits of microseconds since 1970, 10 bits of
    clock id) in base32-sortable, 13 characters."""
    micros = int(when.timestamp() * 1_000_000)
    value = (micros << 10) | (clock & 0x3FF)
    return "".join(_TID_CHARS[(value >> (60 - 5 * i)) & 0x1F] for i in range(13))


def _cid(data: bytes, codec: int = 0x71) -> bytes:
    import hashlib

    return bytes([0x01, codec, 0x12, 0x20]) + hashlib.sha256(data).digest()


def _uvarint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def bsky_blob(data: bytes, mime: str = "image/jpeg") -> tuple[dict[str, Any], str]:
    """A blob reference as a record stores it, and the blob's CID string (raw codec)."""
    import libipld

    cid = _cid(data, 0x55)
    return {"$type": "blob", "ref": cid, "mimeType": mime, "size": len(data)}, libipld.encode_cid(cid)


def make_bsky_post(
    text: str,
    created_at: str,
    *,
    langs: Sequence[str] = ("en",),
    links: Sequence[tuple[str, str]] = (),
    tags: Sequence[str] = (),
    images: Sequence[tuple[str, dict[str, Any]]] = (),
    external: str | None = None,
    reply_parent: str | None = None,
) -> dict[str, Any]:
    """An app.bsky.feed.post record as the app writes it. ``links``: (the text the app shows,
    the full URI) each made a link facet over that text (UTF-8 byte offsets); ``tags``: words
    of the text made tag facets; ``images``: (alt text, blob reference from :func:`bsky_blob`)."""
    record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": created_at,
                              "langs": list(langs)}
    facets = []
    raw = text.encode("utf-8")
    for shown, uri in links:
        start = raw.index(shown.encode("utf-8"))
        facets.append({"index": {"byteStart": start, "byteEnd": start + len(shown.encode("utf-8"))},
                       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]})
    for tag in tags:
        start = raw.index(("#" + tag).encode("utf-8"))
        facets.append({"index": {"byteStart": start, "byteEnd": start + len(tag.encode("utf-8")) + 1},
                       "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}]})
    if facets:
        record["facets"] = facets
    if images:
        record["embed"] = {"$type": "app.bsky.embed.images",
                           "images": [{"alt": alt, "image": blob, "aspectRatio": {"width": 4, "height": 3}}
                                      for alt, blob in images]}
    elif external:
        record["embed"] = {"$type": "app.bsky.embed.external",
                           "external": {"uri": external, "title": "A page", "description": "Its summary"}}
    if reply_parent:
        ref = {"uri": reply_parent, "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"}
        record["reply"] = {"root": ref, "parent": ref}
    return record


def _mst_layer(key: bytes) -> int:
    import hashlib

    digest = hashlib.sha256(key).digest()
    zeros = 0
    for byte in digest:
        if byte == 0:
            zeros += 8
            continue
        zeros += 8 - byte.bit_length()
        break
    return zeros // 2


def _mst_node(keys: list[tuple[bytes, bytes]], layer: int, blocks: list[tuple[bytes, bytes]]) -> bytes | None:
    """The MST node of ``keys`` (sorted (key, record CID)) at ``layer``: the keys of this layer
    are its entries, the runs of lower keys between them its subtrees (``l`` before the first,
    each entry's ``t`` after it); an intermediate layer with no key of its own is a node of
    one ``l`` link, as the spec has it. Appends (CID, block) to ``blocks``; returns the CID."""
    import libipld

    if not keys:
        return None
    if layer < 0:
        raise ValueError("key below layer 0")
    left: list[tuple[bytes, bytes]] = []
    entries: list[tuple[bytes, bytes, list[tuple[bytes, bytes]]]] = []
    for key, value in keys:
        if _mst_layer(key) == layer:
            entries.append((key, value, []))
        elif entries:
            entries[-1][2].append((key, value))
        else:
            left.append((key, value))
    encoded = []
    previous = b""
    for key, value, below in entries:
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        encoded.append({"k": key[shared:], "p": shared, "t": _mst_node(below, layer - 1, blocks), "v": value})
        previous = key
    node = {"e": encoded, "l": _mst_node(left, layer - 1, blocks)}
    data = libipld.encode_dag_cbor(node)
    cid = _cid(data)
    blocks.append((cid, data))
    return cid


def build_bluesky_car(
    records: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    did: str = "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
    order: str = "commit-first",
) -> bytes:
    """The bytes of ``repo.car`` for ``records`` ((repo path "collection/rkey", record) each):
    the commit block first (the first root), then MST nodes and records."""
    import libipld

    blocks: list[tuple[bytes, bytes]] = []
    keys = []
    for path, record in records:
        data = libipld.encode_dag_cbor(dict(record))
        cid = _cid(data)
        blocks.append((cid, data))
        keys.append((path.encode("utf-8"), cid))
    keys.sort()
    top = max((_mst_layer(k) for k, _v in keys), default=0)
    nodes: list[tuple[bytes, bytes]] = []
    root = _mst_node(keys, top, nodes)
    if root is None:  # an empty repository: one empty node
        data = libipld.encode_dag_cbor({"e": [], "l": None})
        root = _cid(data)
        nodes.append((root, data))
    commit = libipld.encode_dag_cbor({"did": did, "version": 3, "data": root, "rev": "3lbq2ynw2qk2c",
                                      "prev": None, "sig": bytes(64)})
    commit_cid = _cid(commit)
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid]})
    out = bytearray(_uvarint(len(header)) + header)
    sections = [(commit_cid, commit), *reversed(nodes), *blocks]
    if order != "commit-first":
        sections.reverse()
    for cid, data in sections:
        out += _uvarint(len(cid) + len(data)) + cid + data
    return bytes(out)


def build_bluesky_export(
    dest: Path,
    posts: Sequence[Mapping[str, Any]],
    *,
    zip: bool = False,
    did: str = "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
    profile: Mapping[str, Any] | None = None,
    likes: Sequence[str] = (),
    blobs: Mapping[str, bytes] | None = None,
    car_name: str = "repo.car",
) -> Path:
    """A Bluesky export: ``repo.car`` (``posts`` from :func:`make_bsky_post`, keyed by TIDs of
    their createdAt; the profile record ``app.bsky.actor.profile/self``; a like per createdAt
    in ``likes``) with the blobs fetched beside it as files named by CID (``blobs``: CID
    string -> bytes), in a folder ``dest`` or a zip. Without blobs and without ``zip``, the
    single file ``dest`` (the CAR as downloaded)."""
    from nymaudit.sources.common import parse_timestamp

    records: list[tuple[str, Mapping[str, Any]]] = []
    for index, post in enumerate(posts):
        parsed, _ = parse_timestamp(post["createdAt"])
        when = parsed.when if parsed else datetime(2026, 1, 1, tzinfo=UTC)
        records.append((f"app.bsky.feed.post/{bsky_tid(when, index)}", post))
    for index, created in enumerate(likes):
        parsed, _ = parse_timestamp(created)
        when = parsed.when if parsed else datetime(2026, 1, 1, tzinfo=UTC)
        records.append((f"app.bsky.feed.like/{bsky_tid(when, index)}", {
            "$type": "app.bsky.feed.like", "createdAt": created,
            "subject": {"uri": "at://did:plc:other/app.bsky.feed.post/3kabc",
                        "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"}}))
    if profile is not None:
        records.append(("app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile", **profile}))
    car = build_bluesky_car(records, did=did)
    if not blobs and not zip:
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(car)
        return dest
    files: dict[str, bytes | str] = {car_name: car}
    files.update(blobs or {})
    return write_tree(dest, files, zip=zip)

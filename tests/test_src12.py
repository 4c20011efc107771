"""Twelfth session (2026-11-30), sources (src12):

1. The profile of an X archive (``data/profile.js``: bio, location, website; the avatar and header
   saved in ``data/profile_media/``) and of a Mastodon export (``actor.json``: display name, bio,
   the profile's fields; ``avatar.<ext>`` and ``header.<ext>`` beside it) is read as Bluesky's is:
   records of kind "config" with ``extra["profile"]``, which the text detectors read as the
   writer's words about themself and which post counts, timing and style leave out. Before, the
   bio of the demo's X archive ("... Leeds fan, sadly.") was never read.
2. ``<blockquote>`` in HTML bodies (Mastodon, WordPress, HTML blogs) comes out as "> " lines, the
   quotation the disclosure quote test already knows; before, "<blockquote>I'm a nurse at St
   Thomas'</blockquote> so true" read as the writer's job and employer.

Archives are built as the platforms build them (tests/archive_builders.py).
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import (
    _ytd,
    build_mastodon_archive,
    build_twitter_archive,
    build_wxr,
    make_note,
    make_tweet,
    read_source,
)
from nymaudit.cli import app
from nymaudit.sources.html_text import html_to_text

DEMO_X = Path(__file__).resolve().parents[1] / "src" / "nymaudit" / "demo" / "account" / "twitter"
PROFILE_LABEL = "[the account's profile, shown on its page]"
BIO = "Numbers by day, gulls by night. BS6. Views my own."


def _jpeg_with_gps() -> bytes:
    """A phone's JPEG: a GPS position in Bristol and the owner as EXIF Artist."""
    import piexif
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((51, 1), (28, 1), (2, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((2, 1), (36, 1), (4, 1))}
    zeroth = {piexif.ImageIFD.Artist: b"Hannah Price"}
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 120, 160)).save(buffer, "JPEG",
                                                    exif=piexif.dump({"0th": zeroth, "GPS": gps}))
    return buffer.getvalue()


def _scan(path: Path, *extra: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *extra], catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _text_scan(path: Path, *extra: str) -> str:
    return CliRunner().invoke(app, ["scan", str(path), *extra], catch_exceptions=False).stdout


def _tweets(count: int = 60) -> list[dict[str, Any]]:
    start = datetime(2025, 3, 3, 8, 10, tzinfo=UTC)
    words = ["Rain again.", "Tea first.", "Quiet day at the desk.", "Reading on the bus."]
    return [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i, hours=(i % 5) * 3),
                       words[i % len(words)]) for i in range(count)]


def _x_archive(tmp_path: Path, *, zip: bool = False, avatar: bytes | None = None) -> Path:
    profile = {"profile": {"description": {"bio": BIO, "website": "https://t.co/Qk3vN8dLxP",
                                           "location": "Bristol"},
                           "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1187463301223497729/"
                                             "Xk2pL9Qa.jpg",
                           "headerMediaUrl": "https://pbs.twimg.com/profile_banners/1000000001/1700000000"}}
    extra: dict[str, bytes | str] = {"data/profile.js": _ytd("profile.part0", [profile])}
    if avatar is not None:
        extra["data/profile_media/1000000001-Xk2pL9Qa.jpg"] = avatar
    return build_twitter_archive(tmp_path / "x", _tweets(), zip=zip, extra_files=extra)


# -- 1. X: profile.js -----------------------------------------------------------------------


@pytest.mark.parametrize("as_zip", [False, True])
def test_x_profile_is_read_as_the_accounts_profile_not_as_posts(tmp_path: Path, as_zip: bool) -> None:
    result = read_source(_x_archive(tmp_path, zip=as_zip), "twitter")
    profile = [p for p in result.posts if p.extra.get("profile")]
    assert {p.extra["config_key"]: p.text for p in profile} == {
        "bio": f"bio: {BIO}", "location": "location: Bristol", "website": "website: https://t.co/Qk3vN8dLxP"}
    for record in profile:
        assert record.kind == "config" and not record.is_post and record.timestamp is None
        assert record.origin.path.endswith("data/profile.js")
        assert record.origin.record == record.extra["config_key"]
    assert sum(p.is_post for p in result.posts) == 60
    # account.js's e-mail is still never read
    assert not any("writer@example.org" in p.text for p in result.posts)


def test_x_bio_findings_point_at_profile_js_and_leave_counts_and_timing_alone(tmp_path: Path) -> None:
    doc = _scan(_x_archive(tmp_path))
    assert doc["inputs"][0]["posts"] == 60 and doc["inputs"][0]["errors"] == []
    at_profile = [f for f in doc["findings"] if f["location"]["path"].endswith("data/profile.js")]
    district = [f for f in at_profile if f["rule"] == "PLACE005"]
    assert district and district[0]["location"]["record"] == "bio" and "BS6" in district[0]["message"]
    assert all(PROFILE_LABEL in f["message"] for f in at_profile)
    # The profile has no time: the hours read are the 60 tweets' alone.
    timing = json.dumps(doc.get("timing") or {})
    assert '"posts": 63' not in timing and "profile.js" not in timing
    assert not any(f["rule"].startswith("STYLE") and "profile.js" in json.dumps(f["location"])
                   for f in doc["findings"])


def test_x_bio_is_masked_under_redact(tmp_path: Path) -> None:
    out = _text_scan(_x_archive(tmp_path), "--redact", "-q")
    assert "BS6" not in out and "gulls" not in out


def test_x_avatar_in_profile_media_is_named_as_the_profile_picture(tmp_path: Path) -> None:
    doc = _scan(_x_archive(tmp_path, avatar=_jpeg_with_gps()))
    on_avatar = [f for f in doc["findings"] if f["location"]["path"].endswith("1000000001-Xk2pL9Qa.jpg")]
    gps = [f for f in on_avatar if f["rule"] == "META010"]
    assert gps, [f["rule"] for f in on_avatar]
    assert gps[0]["location"]["record"] == "data/profile.js#avatarMediaUrl"
    assert "[the account's profile picture (avatar), shown on its page]" in gps[0]["message"]
    assert gps[0]["advice"].startswith("This file is the account's profile picture (avatar): replace it")
    assert doc["inputs"][0]["posts"] == 60


def test_x_archive_with_a_profile_and_no_tweets_is_audited(tmp_path: Path) -> None:
    profile = {"profile": {"description": {"bio": BIO, "website": "", "location": ""}}}
    archive = build_twitter_archive(tmp_path / "x", [], zip=False,
                                    extra_files={"data/profile.js": _ytd("profile.part0", [profile])})
    doc = _scan(archive)
    assert doc["inputs"][0]["posts"] == 0
    assert not any("nothing to audit" in e["error"] for e in doc["inputs"][0]["errors"])
    assert any(f["rule"] == "PLACE005" and f["location"]["path"].endswith("profile.js")
               for f in doc["findings"])


def test_demo_x_bio_is_read() -> None:
    """The demo's profile.js: "... Twenty years in local government ... Leeds fan, sadly." Before, no
    finding pointed at it."""
    doc = _scan(DEMO_X)
    at_profile = [f for f in doc["findings"] if f["location"]["path"].endswith("data/profile.js")]
    assert at_profile, "no finding on the demo's bio"
    leeds = [f for f in at_profile if f["rule"] == "PLACE001" and "Leeds" in f["message"]]
    # One of the 5 grouped mentions is the bio (rev12a item 6: not the whole finding's label).
    assert leeds and leeds[0]["location"]["record"] == "bio" and (
        "1 of 5 is the account's profile, shown on its page]" in leeds[0]["message"])
    assert doc["inputs"][0]["posts"] == 355


# -- 1. Mastodon: actor.json -----------------------------------------------------------------

ACTOR = "https://social.example/users/quiet_pen"


def _actor(**changes: Any) -> dict[str, Any]:
    """actor.json as Mastodon's BackupService writes it: the ActivityPub Person, its icon and image
    renamed to the files saved beside it."""
    link = ('<a href="https://github.com/hprice84" target="_blank" rel="nofollow noopener noreferrer me" '
            'translate="no"><span class="invisible">https://</span><span class="">github.com/hprice84'
            '</span><span class="invisible"></span></a>')
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": ACTOR, "type": "Person", "following": f"{ACTOR}/following", "followers": f"{ACTOR}/followers",
        "inbox": f"{ACTOR}/inbox", "outbox": "outbox.json", "featured": f"{ACTOR}/collections/featured",
        "preferredUsername": "quiet_pen", "name": "Gull Counter",
        "summary": "<p>Numbers by day, gulls by night. BS6.</p><p>Views my own.</p>",
        "url": "https://social.example/@quiet_pen", "manuallyApprovesFollowers": False,
        "discoverable": True, "published": "2022-11-01T00:00:00Z",
        "publicKey": {"id": f"{ACTOR}#main-key", "owner": ACTOR,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----"},
        "tag": [],
        "attachment": [{"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
                       {"type": "PropertyValue", "name": "Code", "value": link}],
        "endpoints": {"sharedInbox": "https://social.example/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/png", "url": "header.png"},
        "likes": "likes.json", "bookmarks": "bookmarks.json",
    }
    actor.update(changes)
    return actor


def _notes(count: int = 3) -> list[dict[str, Any]]:
    texts = ["Gulls on the roof again.", "Rain all day, tea all day.", "Counting starlings instead."]
    return [make_note(str(110000000 + i), f"2025-03-{1 + i:02d}T20:00:00Z", f"<p>{texts[i % 3]}</p>")
            for i in range(count)]


def _mastodon(tmp_path: Path, *, zip: bool = False, notes: list[dict[str, Any]] | None = None) -> Path:
    files: dict[str, bytes] = {"actor.json": json.dumps(_actor()).encode(), "avatar.jpg": _jpeg_with_gps(),
                               "header.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 16}
    return build_mastodon_archive(tmp_path / "m", _notes() if notes is None else notes, zip=zip, media=files)


@pytest.mark.parametrize("as_zip", [False, True])
def test_mastodon_actor_is_read_as_the_accounts_profile(tmp_path: Path, as_zip: bool) -> None:
    result = read_source(_mastodon(tmp_path, zip=as_zip), "mastodon")
    profile = {p.extra["config_key"]: p for p in result.posts if p.extra.get("profile")}
    assert profile["name"].text == "name: Gull Counter"
    assert profile["summary"].text == "summary: Numbers by day, gulls by night. BS6.\n\nViews my own."
    assert profile["field:Pronouns"].text == "Pronouns: she/her"
    assert profile["field:Code"].extra["urls"] == ["https://github.com/hprice84"]
    assert profile["icon"].extra["picture"] == "profile picture (avatar)"
    for record in profile.values():
        assert record.kind == "config" and not record.is_post and record.timestamp is None
    assert sum(p.is_post for p in result.posts) == 3
    assert {a.path.rsplit("/", 1)[-1] for a in result.attachments} == {"avatar.jpg", "header.png"}


def test_mastodon_profile_findings_point_at_actor_json(tmp_path: Path) -> None:
    doc = _scan(_mastodon(tmp_path))
    assert doc["inputs"][0]["posts"] == 3
    by_rule = {f["rule"]: f for f in doc["findings"] if f["location"]["path"].endswith("actor.json")}
    assert by_rule["PLACE005"]["location"]["record"] == "summary"
    assert by_rule["LINK007"]["location"]["record"] == "field:Code"
    assert "hprice84" in by_rule["LINK007"]["message"]
    assert all(PROFILE_LABEL in f["message"] for f in by_rule.values())
    on_avatar = [f for f in doc["findings"] if f["location"]["path"].endswith("avatar.jpg")]
    gps = next(f for f in on_avatar if f["rule"] == "META010")
    assert gps["location"]["record"] == "actor.json#icon"
    assert "[the account's profile picture (avatar), shown on its page]" in gps["message"]


def test_mastodon_profile_is_masked_under_redact(tmp_path: Path) -> None:
    out = _text_scan(_mastodon(tmp_path), "--redact", "-q")
    for secret in ("BS6", "hprice84", "Gull Counter", "gulls by night"):
        assert secret not in out, secret
    assert "actor.json" in out  # the file's name names no one


def test_mastodon_profile_only_export_is_audited(tmp_path: Path) -> None:
    """An export whose outbox is empty still has the profile to audit (as Bluesky's, tenth session)."""
    doc = _scan(_mastodon(tmp_path, notes=[]))
    assert doc["inputs"][0]["posts"] == 0
    assert not any("nothing to audit" in e["error"] for e in doc["inputs"][0]["errors"])
    assert any(f["location"]["path"].endswith("actor.json") for f in doc["findings"])


@pytest.mark.parametrize("actor", [
    b"{not json", b"[]", json.dumps({"type": "Note", "summary": "<p>BS6</p>"}).encode(),
    json.dumps(_actor(summary=None, attachment={"type": "PropertyValue", "name": 3, "value": None},
                      icon={"url": "https://elsewhere.example/a.jpg"}, image="header.png")).encode(),
])
def test_odd_actor_files_never_break_the_read(tmp_path: Path, actor: bytes) -> None:
    path = build_mastodon_archive(tmp_path / "m", _notes(), zip=False, media={"actor.json": actor})
    result = read_source(path, "mastodon")
    assert sum(p.is_post for p in result.posts) == 3
    assert not any(p.extra.get("profile") and "BS6" in p.text for p in result.posts)


# -- 2. <blockquote> is a quotation ------------------------------------------------------------


@pytest.mark.parametrize(("html", "text"), [
    ("<p><blockquote>I'm a nurse at St Thomas'</blockquote> so true</p>",
     "> I'm a nurse at St Thomas'\nso true"),
    ("<p>a</p><blockquote><p>one<br>two</p><blockquote>deep</blockquote><p>back</p></blockquote><p>after</p>",
     "a\n\n> one\n> two\n\n> > deep\n\n> back\n\nafter"),
    ('<blockquote><p>q <a href="https://x.example/a">link</a></p></blockquote>mine',
     "> q link <https://x.example/a>\n\nmine"),
    ("<blockquote>unclosed <b>x</b>", "> unclosed x"),
    ("</blockquote>stray close", "stray close"),
    # no blockquote: as before
    ("<p>plain</p><p>text <b>bold</b></p>", "plain\n\ntext bold"),
    ("<div>a<br>b</div>", "a\nb"),
])
def test_blockquote_lines_are_marked_as_quoted(html: str, text: str) -> None:
    assert html_to_text(html) == text


def _self_rules(doc: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in doc["findings"] if f["rule"] in ("SELF010", "SELF011")}


def test_mastodon_blockquoted_job_is_not_the_writers(tmp_path: Path) -> None:
    """A post quoting someone in HTML (the glitch-soc fork's Markdown/HTML posts): the quoted words
    are not the writer's. The same words unquoted still are (control)."""
    quoted = _notes(2) + [make_note("110000009", "2025-03-09T20:00:00Z",
                                    "<blockquote><p>I'm a nurse at St Thomas' Hospital</p></blockquote>"
                                    "<p>so true</p>")]
    assert _self_rules(_scan(build_mastodon_archive(tmp_path / "q", quoted, zip=False))) == set()
    plain = _notes(2) + [make_note("110000009", "2025-03-09T20:00:00Z",
                                   "<p>I'm a nurse at St Thomas' Hospital</p><p>so true</p>")]
    assert "SELF010" in _self_rules(_scan(build_mastodon_archive(tmp_path / "p", plain, zip=False)))


def _wp_item(content: str) -> dict[str, Any]:
    return {"post_id": "12", "title": "Overheard", "content": content, "post_date": "2024-07-01 09:15:00",
            "post_date_gmt": "2024-07-01 08:15:00"}


def test_wordpress_quote_block_is_not_the_writers(tmp_path: Path) -> None:
    quote = ("<!-- wp:paragraph --><p>Someone on the train said this.</p><!-- /wp:paragraph -->\n"
             '<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph -->'
             "<p>I'm a nurse at St Thomas' Hospital and I work nights.</p><!-- /wp:paragraph -->"
             "</blockquote><!-- /wp:quote -->\n<!-- wp:paragraph --><p>So true.</p><!-- /wp:paragraph -->")
    assert _self_rules(_scan(build_wxr(tmp_path / "q.xml", [_wp_item(quote)]))) == set()
    mine = quote.replace('<blockquote class="wp-block-quote">', "").replace("</blockquote>", "")
    assert "SELF010" in _self_rules(_scan(build_wxr(tmp_path / "p.xml", [_wp_item(mine)])))


# -- 3. INPUT008: each input's own advice -----------------------------------------------------------


def _note(doc: dict[str, Any]) -> dict[str, Any]:
    (found,) = [f for f in doc["findings"] if f["rule"] == "INPUT008"]
    return found


def test_input008_advice_fits_a_medium_export(tmp_path: Path) -> None:
    from test_src11 import medium_export

    note = _note(_scan(medium_export(tmp_path)))
    assert "Medium export" in note["message"]
    assert "git grep" not in note["advice"] and note["advice"].startswith("Nothing to do for the report")
    assert "Keep the export private" in note["advice"]


def test_input008_advice_fits_a_substack_export(tmp_path: Path) -> None:
    from test_src11 import substack_export

    note = _note(_scan(substack_export(tmp_path)))
    assert "Substack export" in note["message"]
    assert "git grep" not in note["advice"] and "readers' e-mail addresses" in note["advice"]


def test_input008_advice_fits_an_instagram_export(tmp_path: Path) -> None:
    from archive_builders import write_tree

    posts = [{"media": [{"uri": "media/posts/202503/4815162342_n.jpg", "creation_timestamp": 1741000000,
                         "title": "Morning run before my shift"}]}]
    zipped = write_tree(tmp_path / "instagram-foggyquill-2026-11-29-AbCdEf.zip", {
        "your_instagram_activity/content/posts_1.json": json.dumps(posts),
        "media/posts/202503/4815162342_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
        "personal_information/personal_information/personal_information.json": json.dumps(
            {"profile_user": [{"string_map_data": {"Email": {"value": "ailsa@example.com"}}}]}),
    }, zip=True)
    note = _note(_scan(zipped))
    assert "Instagram export" in note["message"]
    assert "git grep" not in note["advice"] and "profile's public fields" in note["advice"]


def test_input008_advice_for_a_repository_is_still_about_its_code(tmp_path: Path) -> None:
    import os
    import subprocess

    env = {**os.environ, "HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_DATE": "2024-03-01T21:00:00-06:00", "GIT_COMMITTER_DATE": "2024-03-01T21:00:00-06:00"}
    repo = tmp_path / "dotfiles"
    repo.mkdir()
    (repo / "README.md").write_text("My dotfiles.\n")
    (repo / ".zshrc").write_text("export TZ=America/Chicago\n")
    git = ["git", "-C", str(repo)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True, env=env)
    subprocess.run([*git, "add", "."], check=True, env=env)
    who = ["-c", "user.email=owl@example.org", "-c", "user.name=owl"]
    subprocess.run([*git, *who, "commit", "-q", "-m", "i"], check=True, env=env)
    note = _note(_scan(repo))
    assert "files at HEAD" in note["message"] and "git grep" in note["advice"]

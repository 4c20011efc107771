"""Mastodon archive reader on exports built in Mastodon's real layout."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from archive_builders import build_mastodon_archive, make_note, read_source, sniff_scores
from nymaudit.model import Post
from nymaudit.sources.base import SourceResult

MEDIA = "media_attachments/files/109/311/445/original/4f1c2a.jpg"


def _posts(result: SourceResult) -> list[Post]:
    """The outbox's posts: actor.json's profile records (kind "config", read since the twelfth
    session) are no posts."""
    return [p for p in result.posts if p.is_post]


def _notes() -> list[dict]:
    return [
        make_note(
            "109311445000000001",
            "2022-11-08T03:07:14Z",
            '<p>Back from the <a href="https://example.org/depot" rel="nofollow noopener">'
            '<span class="invisible">https://</span><span class="">example.org/depot</span></a>'
            " &amp; tired</p><p>second line<br />third</p>",
            attachments=[{"mediaType": "image/jpeg", "url": "/" + MEDIA, "name": "my desk"}],
            hashtags=["office"],
        ),
        make_note(
            "109311445000000002",
            "2022-11-09T21:30:00+01:00",
            '<p><span class="h-card"><a href="https://other.example/@bob" class="u-url mention">'
            "@<span>bob</span></a></span> agreed</p>",
            summary="work stuff",
            in_reply_to="https://other.example/users/bob/statuses/1",
            language="de",
        ),
    ]


@pytest.mark.parametrize("as_zip", [True, False])
def test_creates_are_posts_announces_are_activities(tmp_path, as_zip):
    boosts = [("2022-11-10T08:00:00Z", "https://other.example/users/bob/statuses/7")] * 3
    path = build_mastodon_archive(
        tmp_path / "m", _notes(), zip=as_zip, boosts=boosts, media={MEDIA: b"\xff\xd8\xff\xe0"}
    )
    scores = sniff_scores(path)
    assert scores["mastodon"] == max(scores.values()) == 95
    result = read_source(path, "mastodon")
    assert len(_posts(result)) == 2
    assert len(result.activities) == 3
    assert {a.kind for a in result.activities} == {"boost"}
    assert result.activities[0].timestamp == datetime(2022, 11, 10, 8, tzinfo=UTC)
    assert result.errors == []  # likes.json / bookmarks.json are not misread as outboxes
    assert len(result.attachments) == 2  # the photo and actor.json's avatar.png (twelfth session)


def test_note_fields(tmp_path):
    path = build_mastodon_archive(tmp_path / "m", _notes(), zip=True, media={MEDIA: b"\xff\xd8\xff"})
    result = read_source(path, "mastodon")
    first, second = _posts(result)
    assert first.timestamp == datetime(2022, 11, 8, 3, 7, 14, tzinfo=UTC)
    # The attachment's alt text follows the body, marked (sources/common.py, 2026-11-29).
    assert first.text == ("Back from the https://example.org/depot & tired\n\nsecond line\nthird"
                          "\n\n[image description] my desk")
    assert first.extra["urls"] == ["https://example.org/depot"]
    assert first.extra["hashtags"] == ["#office"]
    assert first.extra["media_descriptions"] == ["my desk"]
    assert first.extra["visibility"] == "public"
    assert first.attachments == [MEDIA]
    assert first.url == "https://social.example/@quiet_pen/109311445000000001"
    attachment = result.attachments[0]
    assert attachment.platform_copy is True and attachment.media_type == "image/jpeg"
    assert attachment.post_id == first.id
    assert attachment.read() == b"\xff\xd8\xff"
    assert second.timestamp == datetime(2022, 11, 9, 20, 30, tzinfo=UTC)
    assert second.content_warning == "work stuff"
    assert second.reply_to == "https://other.example/users/bob/statuses/1"
    assert second.kind == "reply"
    assert second.language == "de"
    assert second.text == "@bob agreed"


def test_attachment_missing_from_archive_is_noted(tmp_path):
    path = build_mastodon_archive(tmp_path / "m", _notes(), zip=False)
    result = read_source(path, "mastodon")
    assert _posts(result)[0].attachments == []
    assert _posts(result)[0].extra["media_missing"] == 1


def test_bad_records_and_dates(tmp_path):
    notes = _notes()
    notes[0]["object"]["published"] = "2022-02-30T10:00:00Z"
    notes.append({"type": "Create", "object": "https://x.example/not-embedded"})
    notes.append("not an object")
    path = build_mastodon_archive(tmp_path / "m", notes, zip=False, boosts=[("garbage", "u")])
    result = read_source(path, "mastodon")
    assert len(_posts(result)) == 2
    assert _posts(result)[0].timestamp is None
    errors = " | ".join(e.error for e in result.errors)
    assert "record 0: impossible date" in errors
    assert "record 2: Create without an object" in errors
    assert "record 3: not an activity object" in errors
    assert "record 4: boost with unparseable date" in errors
    assert result.activities == []


def test_truncated_outbox_keeps_complete_activities(tmp_path):
    path = build_mastodon_archive(tmp_path / "m", _notes(), zip=False)
    outbox = path / "outbox.json"
    outbox.write_bytes(outbox.read_bytes()[:-200])
    assert sniff_scores(path)["mastodon"] > 0
    result = read_source(path, "mastodon")
    assert len(_posts(result)) == 1
    assert [e.error[:27] for e in result.errors] == ["record 1: unparseable JSON "]


def test_corrupt_activity_is_skipped_and_reading_resyncs(tmp_path):
    notes = _notes() + [make_note("109311445000000003", "2022-11-10T10:00:00Z", "<p>third</p>")]
    path = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    outbox = path / "outbox.json"
    text = outbox.read_text()
    broken = text.replace('"summary": "work stuff"', '"summary": work stuff"', 1)
    assert broken != text
    outbox.write_text(broken)
    result = read_source(path, "mastodon")
    assert [p.text for p in _posts(result)][-1] == "third"
    assert len(_posts(result)) == 2
    assert len(result.errors) == 1 and result.errors[0].error.startswith("record 1: unparseable JSON")


def test_outbox_without_items_list(tmp_path):
    path = build_mastodon_archive(tmp_path / "m", [], zip=False)
    outbox = path / "outbox.json"
    outbox.write_text(outbox.read_text().replace('"orderedItems"', '"items"'))
    result = read_source(path, "mastodon")
    assert [e.error for e in result.errors] == ["no orderedItems list in the collection"]


def test_empty_outbox_is_still_mastodon(tmp_path):
    path = build_mastodon_archive(tmp_path / "m", [], zip=True)
    assert sniff_scores(path)["mastodon"] == 70
    result = read_source(path, "mastodon")
    assert _posts(result) == [] and result.errors == []


def test_outbox_given_alone(tmp_path):
    folder = build_mastodon_archive(tmp_path / "m", _notes(), zip=False)
    result = read_source(folder / "outbox.json", "mastodon")
    assert len(_posts(result)) == 2
    json.loads((folder / "outbox.json").read_text())  # input untouched


def test_visibility_becomes_the_audience(tmp_path):
    notes = [
        make_note("1", "2025-03-01T20:00:00Z", "<p>public</p>"),
        make_note("2", "2025-03-02T20:00:00Z", "<p>unlisted</p>", visibility="unlisted"),
        make_note("3", "2025-03-03T20:00:00Z", "<p>followers</p>", visibility="private"),
        make_note("4", "2025-03-04T20:00:00Z", "<p>dm</p>", visibility="direct"),
    ]
    result = read_source(build_mastodon_archive(tmp_path / "m", notes, zip=False), "mastodon")
    got = {p.text: (p.extra["visibility"], p.audience) for p in _posts(result)}
    assert got == {
        "public": ("public", None),
        "unlisted": ("unlisted", None),  # on the profile page for anyone
        "followers": ("private", "followers"),
        "dm": ("direct", "direct"),
    }


def test_note_without_addressing_is_not_guessed_direct(tmp_path):
    note = make_note("1", "2025-03-01T20:00:00Z", "<p>old export</p>")
    for holder in (note, note["object"]):
        del holder["to"], holder["cc"]
    (post,) = _posts(read_source(build_mastodon_archive(tmp_path / "m", [note], zip=False), "mastodon"))
    assert post.extra["visibility"] == "unknown" and post.audience is None


def test_findings_in_direct_and_followers_only_posts_say_so(tmp_path):
    """The UX walkthrough's archive: its only leaks are a DM and a followers-only post."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    notes = [
        make_note("1", "2025-03-01T20:00:00Z", "<p>Nice weather today.</p>"),
        make_note("2", "2025-03-02T20:00:00Z",
                  "<p>Sure, my personal number is 07700 900418, call after 6</p>", visibility="direct"),
        make_note("3", "2025-03-03T20:00:00Z",
                  "<p>Followers only: I work at the Leeds General Infirmary pharmacy.</p>",
                  visibility="private"),
    ]
    archive = build_mastodon_archive(tmp_path / "m", notes, zip=True)
    out = CliRunner().invoke(app, ["scan", str(archive), "--format", "json"], catch_exceptions=False)
    doc = json.loads(out.stdout)
    assert doc["inputs"][0]["posts"] == 3  # nothing dropped
    by_rule = {f["rule"]: f for f in doc["findings"]}
    assert by_rule["SELF002"]["message"].endswith("[direct message]")
    assert by_rule["SELF011"]["message"].endswith("[followers-only post]")
    note = by_rule["INPUT007"]
    assert note["severity"] == "info" and note["evidence"] == "1 followers-only post, 1 direct message"
    assert note["message"].startswith("2 of 3 posts were not public")
    # Redacted reports keep the label (it names no one) and mask the number.
    redacted = CliRunner().invoke(app, ["scan", str(archive), "--format", "json", "--redact"],
                                  catch_exceptions=False)
    phone = next(f for f in json.loads(redacted.stdout)["findings"] if f["rule"] == "SELF002")
    assert "[direct message]" in phone["message"] and "900418" not in json.dumps(phone)

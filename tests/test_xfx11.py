"""Eleventh session, xfx11 (fixes of rev11b D1, D2, D4): Teams links that carry tenantId=, the
note-tweet join of a short tweet of the same second, and the deleted label of a finding that
groups public posts too."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive_builders import build_twitter_archive, make_tweet, read_source, write_tree

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
# The forms Teams' "Get link to channel / team / file" and a message's "Copy link" produce
# (learn.microsoft.com, microsoftteams/platform/concepts/build-and-test/deep-link-teams).
CHANNEL = ("https://teams.microsoft.com/l/channel/19%3a4b1c2d%40thread.tacv2/General?groupId="
           f"71c2a3b4-1111-2222-3333-444455556666&tenantId={TENANT}")
TEAM = ("https://teams.microsoft.com/l/team/19%3aabcDEF%40thread.tacv2/conversations?groupId="
        f"71c2a3b4-1111-2222-3333-444455556666&tenantId={TENANT}")
FILE = (f"https://teams.microsoft.com/l/file/5E0C1D2A-AAAA-BBBB-CCCC-DDDDEEEEFFFF?tenantId={TENANT}"
        "&fileType=docx&objectUrl=https%3A%2F%2Fcontoso.sharepoint.com%2Fsites%2FPlanning%2F"
        "Shared%2520Documents%2Fplan.docx")
MESSAGE = (f"https://teams.microsoft.com/l/message/19%3aabc%40thread.tacv2/1648741500652?tenantId={TENANT}"
           "&groupId=71c2a3b4-1111-2222-3333-444455556666&parentMessageId=1648741500652"
           "&teamName=Planning&channelName=General&createdTime=1648741500652")
WHEN = datetime(2025, 2, 1, 9, 0, tzinfo=UTC)
LONG = ("Thread on why the consultation process is broken, from someone who sees it every day. " * 3
        + "For context: I am a planning officer at Leeds City Council and I live in Chapel Allerton "
          "with my two kids.")


def _scan(*paths: Path) -> dict[str, Any]:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", *map(str, paths), "--format", "json"], catch_exceptions=False)
    return json.loads(out.stdout)


def _of(doc: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule]


def _posts_folder(dest: Path, bodies: list[str]) -> Path:
    """A plain folder of Markdown posts with front matter (a static site's content/)."""
    return write_tree(dest, {f"2025-01-{i + 1:02d}-post.md":
                             f"---\ntitle: Post {i}\ndate: 2025-01-{i + 1:02d} 10:00\n---\n{body}\n"
                             for i, body in enumerate(bodies)}, zip=False)


def _hits(url: str) -> list[tuple[str, str]]:
    from nymaudit.text import links

    return [(h.rule_id, h.value) for _url, hits in links.scan(url) for h in hits]


# -- D1: Teams links with tenantId= ------------------------------------------------------------

def test_teams_channel_team_and_file_links_name_the_tenant(tmp_path):
    folder = _posts_folder(tmp_path / "site", [f"Channel: {CHANNEL}", f"Team: {TEAM}", f"File: {FILE}"])
    doc = _scan(folder)
    link002 = _of(doc, "LINK002")
    tenant = [f for f in link002 if f"Teams tenant {TENANT}" in f["message"]]
    assert len(tenant) == 1 and tenant[0]["severity"] == "high"
    assert "in 3 links" in tenant[0]["message"]
    assert tenant[0]["clue"] == {"kind": "employer", "value": f"Teams tenant {TENANT}"}
    # The file link's objectUrl= is the organisation's SharePoint site.
    assert any("'contoso'" in f["message"] for f in link002)


def test_every_teams_form_with_a_tenant_id_and_none_without():
    for url in (CHANNEL, TEAM, MESSAGE, f"https://teams.microsoft.com/l/chat/0/0?tenantId={TENANT}&users=a@b.c",
                CHANNEL.replace(TENANT, TENANT.upper()),
                CHANNEL.replace("teams.microsoft.com", "teams.cloud.microsoft"),
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context="
                f"%7b%22Tid%22%3a%22{TENANT}%22%2c%22Oid%22%3a%22x%22%7d"):
        assert ("LINK002", f"Teams tenant {TENANT}") in _hits(url), url
    for url in ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
                "https://teams.microsoft.com/meet/2345678901234?p=AbCdEf",
                "https://teams.live.com/meet/9876543210",
                "https://teams.microsoft.com/l/channel/19%3ax%40thread.tacv2/General?tenantId=not-an-id"):
        assert not [h for h in _hits(url) if h[0] == "LINK002"], url


# -- D2: the note-tweet join -----------------------------------------------------------------------

def _note(note_id: str, when: datetime, text: str) -> dict[str, Any]:
    """An element of note-tweet.js as X writes it (window.YTD.note_tweet.part0)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {"noteTweet": {"noteTweetId": note_id, "updatedAt": stamp, "createdAt": stamp,
                          "lifecycle": {"value": "1", "name": "Active", "originalName": "Active",
                                        "annotations": {}},
                          "core": {"styletags": [], "text": text, "mentions": [], "cashtags": [],
                                   "hashtags": [], "urls": []}}}


def _notes_file(notes: list[dict[str, Any]]) -> str:
    return "window.YTD.note_tweet.part0 = " + json.dumps(notes, indent=2, separators=(",", " : "))


def _filler(n: int) -> list[dict[str, Any]]:
    return [make_tweet(str(1000 + i), datetime(2025, 1, 1 + i, 12, tzinfo=UTC),
                       "Nice weather for the match today.") for i in range(n)]


def _x(dest: Path, tweets: list[dict[str, Any]], notes: list[dict[str, Any]]) -> Path:
    return build_twitter_archive(dest, [*_filler(5), *tweets], zip=True,
                                 extra_files={"data/note-tweet.js": _notes_file(notes)})


def test_a_short_reply_of_the_same_second_keeps_its_own_text(tmp_path):
    """A thread from the composer: the long post and its reply in one second, tweets.js newest
    first (the reply before the long post)."""
    archive = _x(tmp_path / "x", [
        make_tweet("1886000000000000101", WHEN, "@quiet_pen 2/2 Sources below",
                   reply_to=("1886000000000000100", "quiet_pen")),
        make_tweet("1886000000000000100", WHEN, LONG[:277] + "\u2026"),
    ], [_note("1886000000000000777", WHEN, LONG)])
    posts = {p.id: p for p in read_source(archive, "twitter").posts}
    assert posts["1886000000000000101"].text == "@quiet_pen 2/2 Sources below"
    assert "note_tweet" not in posts["1886000000000000101"].extra
    assert posts["1886000000000000100"].extra.get("note_tweet") == "1886000000000000777"
    assert posts["1886000000000000100"].text.endswith("with my two kids.")
    doc = _scan(archive)
    assert not _of(doc, "INPUT009")
    assert {f["location"]["record"] for f in _of(doc, "SELF011")} <= {"1886000000000000100"}


def test_a_tweet_of_links_only_still_takes_the_one_note_of_its_second(tmp_path):
    """The fallback for a post too short to compare still works, after every tweet was tried."""
    text = "https://t.co/aaaa https://t.co/bbbb"
    body = "https://example.org/a https://example.org/b " + LONG
    archive = _x(tmp_path / "x", [
        make_tweet("1886000000000000300", WHEN, text,
                   urls=[("https://t.co/aaaa", "https://example.org/a"), ("https://t.co/bbbb", "https://example.org/b")]),
    ], [_note("1886000000000000888", WHEN, body)])
    posts = {p.id: p for p in read_source(archive, "twitter").posts}
    assert posts["1886000000000000300"].extra.get("note_tweet") == "1886000000000000888"
    assert "1886000000000000888" not in posts  # joined, not read on its own


def test_a_short_tweet_whose_text_does_not_begin_the_note_never_takes_it(tmp_path):
    archive = _x(tmp_path / "x", [make_tweet("1886000000000000400", WHEN, "Sources below")],
                 [_note("1886000000000000999", WHEN, LONG)])
    posts = {p.id: p for p in read_source(archive, "twitter").posts}
    assert posts["1886000000000000400"].text == "Sources below"
    assert posts["1886000000000000999"].extra.get("note_unjoined") is True


# -- D4: the deleted label of a grouped finding -----------------------------------------------------

SHAREPOINT = "https://contoso.sharepoint.com/sites/Planning/Shared%20Documents/plan.docx"


def test_a_finding_grouping_a_deleted_tweet_and_public_posts_says_how_many_are_deleted(tmp_path):
    archive = build_twitter_archive(tmp_path / "x", _filler(5), zip=True, deleted=[
        make_tweet("1886000000000000200", WHEN, "The plan: https://t.co/plan1",
                   urls=[("https://t.co/plan1", SHAREPOINT)])])
    blog = _posts_folder(tmp_path / "site", [f"The plan: {SHAREPOINT}", f"Again: {SHAREPOINT}"])
    found = [f for f in _of(_scan(archive, blog), "LINK002") if "'contoso'" in f["message"]]
    assert len(found) == 1 and "in 3 links" in found[0]["message"]
    assert "[deleted post: no longer public" not in found[0]["message"]
    assert "[1 of 3 is a deleted post: no longer public" in found[0]["message"]


def test_a_finding_whose_posts_are_all_deleted_keeps_the_deleted_label(tmp_path):
    archive = build_twitter_archive(tmp_path / "x", _filler(5), zip=True, deleted=[
        make_tweet(f"188600000000000020{i}", WHEN.replace(day=1 + i), "The plan: https://t.co/plan1",
                   urls=[("https://t.co/plan1", SHAREPOINT)]) for i in range(2)])
    found = [f for f in _of(_scan(archive), "LINK002") if "'contoso'" in f["message"]]
    assert len(found) == 1 and "in 2 links" in found[0]["message"]
    assert "[deleted post: no longer public" in found[0]["message"]

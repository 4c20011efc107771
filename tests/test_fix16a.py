"""fix16a (sixteenth session, walk16 items 2, 6 and 8): a redacted Meta photo finding names the post
that holds the photo by its export position (never the photo's media id); a Markdown post's HTML
comments are read as its text, said to be comments; a draft's front-matter byline that reads as a
person's name is said with low confidence; a Substack subtitle every post repeats is no verbal tic."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

IG = "your_instagram_activity/"
MEDIA_ID = 17900000000000000


def _invoke(args: list[str]) -> str:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _json(args: list[str]) -> dict[str, Any]:
    return json.loads(_invoke([*args, "--format", "json"]))


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


# ---------------------------------------------------------------- item 1 (walk16 2): Meta photos

def _jpeg(lat: float | None = None, lon: float | None = None, owner: str | None = None) -> bytes:
    """A real JPEG made by Pillow with EXIF written by piexif (GPS, owner, serial when asked)."""
    import piexif
    from PIL import Image

    def dms(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        return (degrees, 1), (minutes, 1), (round(((value - degrees) * 60 - minutes) * 6000), 100)

    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7"}
    exif: dict[int, Any] = {}
    gps: dict[int, Any] = {}
    if owner:
        zeroth[piexif.ImageIFD.Artist] = owner.encode()
        exif[piexif.ExifIFD.BodySerialNumber] = b"28291JEGR0QX71"
    if lat is not None and lon is not None:
        gps = {piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
               piexif.GPSIFD.GPSLatitude: dms(abs(lat)),
               piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
               piexif.GPSIFD.GPSLongitude: dms(abs(lon))}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(out, "JPEG", exif=piexif.dump({"0th": zeroth, "Exif": exif,
                                                                                  "GPS": gps}))
    return out.getvalue()


def _instagram_with_photos(tmp_path: Path) -> Path:
    """Instagram's "Download your information" as it ships: your_instagram_activity/media/posts_1.json
    listing each photo by its media/posts/<month>/<media id>.jpg; the photos of posts 1 and 3 keep
    their EXIF (GPS, the owner's name, a serial)."""
    captions = ["Sunrise over the canal", "Coffee before the shift", "Park run done",
                "Rain again", "Allotment harvest", "Night bus home"]
    posts = []
    files: dict[str, bytes | str] = {}
    for i, caption in enumerate(captions):
        uri = f"media/posts/202607/{MEDIA_ID + i}.jpg"
        files[uri] = (_jpeg(53.8275, -1.5297, "Sarah Whitaker") if i == 1
                      else _jpeg(53.8017, -1.5491, "Sarah Whitaker") if i == 3 else _jpeg())
        when = 1782900000 + i * 86400 * 2 + (i * 7919) % 30000  # irregular hours: no scheduler's slots
        posts.append({"media": [{"uri": uri, "creation_timestamp": when, "title": caption}]})
    files[IG + "media/posts_1.json"] = json.dumps(posts)
    return _zip(tmp_path / "instagram-leedsvoice-20261130.zip", files)


def test_a_redacted_photo_finding_names_its_post_by_the_position_in_the_export(tmp_path: Path) -> None:
    """walk16 2: META010 (critical), META011, META012, META014 and META023 read `record: "***"` under
    --redact, so the adviser's report could not say which of the photos holds the GPS position."""
    export = str(_instagram_with_photos(tmp_path))
    plain = _json(["scan", export, "--no-redact"])
    masked = _json(["scan", export, "--redact"])
    pairs = [(p, m) for p, m in zip(plain["findings"], masked["findings"], strict=True)
             if p["rule"] in ("META010", "META011", "META012", "META014", "META023")]
    assert {p["rule"] for p, _ in pairs} >= {"META010", "META012"}, [p["rule"] for p in plain["findings"]]
    for p, m in pairs:
        record = p["location"]["record"]
        assert re.fullmatch(re.escape(IG) + r"media/posts_1\.json#[13]", record), p["location"]
        assert m["location"]["record"] == record  # the post that holds the photo, in her own download
        assert m["location"]["path"].endswith("/***.jpg")  # the photo's own name (a media id) stays masked
    gps = [m for p, m in pairs if p["rule"] == "META010"]
    assert sorted(m["location"]["record"] for m in gps) == [f"{IG}media/posts_1.json#{n}" for n in (1, 3)]


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_every_format_names_the_photo_s_post_and_never_its_media_id(tmp_path: Path, fmt: str) -> None:
    export = str(_instagram_with_photos(tmp_path))
    shown = _invoke(["scan", export, "--redact", "--format", fmt])
    # Markdown escapes "_" and "#"; the record is there whole either way, as the photo's location's.
    flat = shown.replace("\\_", "_").replace("\\#", "#")
    for number in (1, 3):
        record = f"{IG}media/posts_1.json#{number}"
        assert (f'"record": "{record}"' if fmt in ("json", "sarif") else f".jpg record {record}") in flat, fmt
    for secret in (str(MEDIA_ID)[:10], "Whitaker", "28291JEGR0QX71", "leedsvoice", "53.8", "-1.5"):
        assert secret not in shown, (fmt, secret)


def test_what_to_do_first_names_the_gps_photo_by_its_post(tmp_path: Path) -> None:
    masked = _json(["scan", str(_instagram_with_photos(tmp_path)), "--redact"])
    [gps] = [item for item in masked["profile"]["priorities"] if item["rule"] == "META010"]
    assert gps["record"] == f"{IG}media/posts_1.json#1"


@pytest.mark.parametrize(("record", "path", "public"), [
    # The post a photo belongs to, in Meta's export: a position, no id.
    (f"{IG}media/posts_1.json#1", "x.zip!media/posts/202607/17900000000000001.jpg", True),
    ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json#11",
     "x.zip!your_facebook_activity/posts/media/YourPosts_abc/1234567890.jpg", True),
    # A long number after the export file, a generic file's number: masked as before.
    (f"{IG}media/posts_1.json#17900000000000001", "x.zip!media/posts/202607/17900000000000001.jpg", False),
    ("data/posts_1.json#4", "x.zip!media/a.jpg", False),
    ("tweets.js#20", "x.zip!data/tweets_media/20-a.jpg", False),
])
def test_only_an_export_position_becomes_a_public_record(record: str, path: str, public: bool) -> None:
    from nymaudit.report.redact import public_record, redact_record

    assert public_record(record, path) is public
    assert redact_record(record, path) == (record if public else "***")


# ---------------------------------------------------------------- item 2 (walk16 6): Markdown drafts

DRAFT = """---
title: "Issue 43: the whistleblowing line"
date: 2026-11-20 21:40:00 +0000
author: {author}
draft: true
---

The whistleblowing line works, or so the poster in the lift says.
<!-- note to self:
     I live in Marchmont, so leave the walk home out -->
<!--more-->
<!-- wp:paragraph -->
Nothing else to add this week.
"""


def _draft(tmp_path: Path, author: str = "Daniel Okafor", name: str = "issue-43-notes.md") -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(DRAFT.format(author=author), encoding="utf-8")
    return folder


def test_the_words_of_an_html_comment_in_a_markdown_draft_are_checked(tmp_path: Path) -> None:
    """walk16 6: `<!-- I live in Marchmont -->` gave nothing; the same sentence outside the comment is
    PLACE002 high. kramdown (Jekyll) publishes the comment in the page source."""
    report = _json(["check", str(_draft(tmp_path)), "--fail-on", "critical"])
    [place] = [f for f in report["findings"] if f["rule"] == "PLACE002"]
    assert place["clue"]["value"].startswith("Marchmont")
    assert place["location"]["record"] == "HTML comment 1" and place["location"]["line"] == 10
    assert "HTML comment" in place["message"] and "source" in place["message"]
    assert place["evidence"].startswith("…") or place["evidence"].startswith("HTML comment: ")


def test_a_comment_in_a_markdown_note_without_front_matter_is_checked(tmp_path: Path) -> None:
    """The walkthrough's probe: a .md of one line, `<!-- I live in Marchmont. -->` (the generic reader's)."""
    note = tmp_path / "s.md"
    note.write_text("<!-- I live in Marchmont. -->\n", encoding="utf-8")
    report = _json(["check", str(note), "--fail-on", "critical"])
    [place] = [f for f in report["findings"] if f["rule"] == "PLACE002"]
    assert (place["location"]["record"], place["location"]["line"]) == ("HTML comment 1", 1)


def test_a_comment_that_is_a_program_s_switch_is_no_record_of_the_writer_s() -> None:
    from nymaudit.sources.blog import html_comments

    text = ("Intro.<!--more-->\n<!-- wp:paragraph -->\n<!-- markdownlint-disable MD013 -->\n"
            "<!-- prettier-ignore -->\n<!-- TOC -->\n<!-- Call me on 0131 496 0000 -->\nEnd.\n<!-- unclosed")
    blanked, comments = html_comments(text)
    assert [words for _at, words in comments] == ["Call me on 0131 496 0000"]
    assert blanked.count("\n") == text.count("\n")  # the file's line numbers hold
    assert "<!--more-->" not in blanked and blanked.endswith("<!-- unclosed")
    at = comments[0][0]
    assert text[at:].startswith("Call me")


def test_an_address_in_a_comment_is_found_once_and_redacted_with_the_label_readable(tmp_path: Path) -> None:
    site = tmp_path / "notes"
    site.mkdir()
    (site / "n.md").write_text("---\ntitle: Notes\n---\n\nA normal paragraph about the weather.\n\n"
                               "<!-- write to me at daniel.okafor@protonmail.com about it -->\n",
                               encoding="utf-8")
    plain = _json(["scan", str(site), "--no-redact"])
    addresses = [f for f in plain["findings"] if f["rule"] == "SELF001"]
    assert len(addresses) == 1 and addresses[0]["location"]["path"].endswith("n.md")
    assert (addresses[0]["location"]["record"], addresses[0]["location"]["line"]) == ("HTML comment 1", 7)
    masked = _json(["scan", str(site), "--redact"])
    [address] = [f for f in masked["findings"] if f["rule"] == "SELF001"]
    assert address["location"]["record"] == "HTML comment 1"
    assert address["evidence"].startswith("HTML comment: ") and "okafor" not in json.dumps(masked).lower()
    assert address["message"].endswith("[an HTML comment: hidden on the page, kept in its source by Jekyll "
                                       "and most Markdown renderers]")


def test_html_comments_stay_linear_on_hostile_input() -> None:
    from nymaudit.sources.blog import html_comments

    started = time.perf_counter()
    html_comments("<!--" * 200_000)
    html_comments("<!-- a b -->" * 100_000)
    assert time.perf_counter() - started < 5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<!--", "-->", "\n", "a b", " ", "-", "<", "!", "x", "more", "wp:"]),
                max_size=40).map("".join))
def test_html_comments_keep_lines_and_never_raise(text: str) -> None:
    from nymaudit.sources.blog import MAX_HTML_COMMENTS, html_comments

    blanked, comments = html_comments(text)
    assert blanked.count("\n") == text.count("\n")
    assert len(comments) <= MAX_HTML_COMMENTS
    for at, words in comments:
        assert text[at:].startswith(words)


def test_a_draft_s_byline_that_reads_as_a_full_name_is_said_with_low_confidence(tmp_path: Path) -> None:
    """walk16 6: `author: Daniel Okafor` gave nothing while the same name as a .docx's Creator is META012
    high. It may be a pen name: medium, low confidence."""
    report = _json(["check", str(_draft(tmp_path)), "--fail-on", "critical"])
    [byline] = [f for f in report["findings"] if f["rule"] == "SELF006"]
    assert (byline["severity"], byline["confidence"]) == ("medium", "low")
    assert byline["clue"]["value"] == "Daniel Okafor"
    assert byline["location"]["path"].endswith("issue-43-notes.md")
    assert (byline["location"]["record"], byline["location"]["line"]) == ("author", 4)
    assert "pen name" in byline["message"] and "Daniel Okafor" not in byline["advice"]


@pytest.mark.parametrize("author", ["quietledger", "Your Name", "The Quiet Ledger Team"])
def test_a_handle_a_placeholder_or_no_person_s_name_as_byline_is_not_said(tmp_path: Path,
                                                                           author: str) -> None:
    report = _json(["check", str(_draft(tmp_path, author)), "--fail-on", "critical"])
    assert not [f for f in report["findings"] if f["rule"] == "SELF006"], author


def test_a_site_s_own_byline_stays_the_pen_name(tmp_path: Path) -> None:
    """Inside a site whose configuration is read the byline is the name the posts are published under
    (SELF006's contract): a site signed "Daniel Okafor" with its title configured says nothing here."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: The Quiet Ledger\n", encoding="utf-8")
    (site / "_posts" / "2026-01-02-one.md").write_text(
        "---\ntitle: One\ndate: 2026-01-02 20:15:00 +0000\nauthor: Daniel Okafor\n---\nRain again.\n",
        encoding="utf-8")
    assert not [f for f in _json(["scan", str(site)])["findings"] if f["rule"] == "SELF006"]


# ---------------------------------------------------------------- item 3 (walk16 8): Substack subtitle

SENTENCES = [
    "The board met again and nobody read the annex.", "Quarterly attestations arrived late as usual.",
    "A vendor promised dashboards and delivered spreadsheets.", "Training modules now take nine minutes.",
    "Somebody printed the policy and left it by the kettle.",
    "Risk appetite statements rarely mention appetite.",
    "Auditors asked for evidence of evidence.", "The new screening tool flags every third Smith.",
    "Our sanctions list updates overnight, mostly.", "Governance papers grow a page each month.",
    "Consultants rebranded the old framework.", "Metrics went green after the thresholds moved.",
]
TIC_SENTENCES = [
    "To be fair, the regulator has a point.", "The auditors were, to be fair, polite about it.",
    "It was, to be fair, a long quarter.", "To be fair, nobody enjoys a thematic review.",
    "The vendor did, to be fair, answer the phone.", "Management was, to be fair, busy elsewhere.",
]


def _substack(tmp_path: Path, posts: int = 14) -> Path:
    """Substack's export as it ships: posts.csv (one row a post, the same subtitle in every row, as a
    publication's tagline) and posts/<post_id>.html fragments, beside the subscribers' files."""
    header = ("post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,"
              "podcast_url\n")
    rows = []
    files: dict[str, bytes | str] = {}
    start = datetime(2025, 9, 6, 6, 30, tzinfo=UTC)
    for i in range(posts):
        pid = f"{150000000 + i * 1337}.issue-{i + 1}"
        when = (start + timedelta(days=7 * i, minutes=(i * 17) % 50)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        rows.append(f"{pid},{when},true,{when},,newsletter,everyone,Issue {i + 1},"
                    "Notes from inside the machine,\n")
        body = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)]
        if i % 2 == 0:
            body.insert(1, TIC_SENTENCES[(i // 2) % len(TIC_SENTENCES)])
        files[f"posts/{pid}.html"] = "".join(f"<p>{s}</p>" for s in body)
    files["posts.csv"] = header + "".join(rows)
    files[f"posts/{150000000}.issue-1.delivers.csv"] = ("email,timestamp\n"
                                                        "reader@example.com,2025-09-06T06:31:00Z\n")
    files["email_list.quietledger.csv"] = ("email,active_subscription,created_at\n"
                                           "reader@example.com,true,2025-01-01\n")
    return _zip(tmp_path / "quietledger-substack-export.zip", files)


def test_a_subtitle_every_post_repeats_is_no_verbal_tic_and_a_real_tic_stays(tmp_path: Path) -> None:
    """walk16 8: "The phrase 'notes from inside the machine' recurs in 40 of 41 posts", advice "vary it",
    for the subtitle posts.csv repeats in every row."""
    findings = _json(["scan", str(_substack(tmp_path))])["findings"]
    phrases = [f["message"] for f in findings if f["rule"] == "STYLE015"]
    assert not [m for m in phrases if "machine" in m or "inside the" in m], phrases
    assert any("'to be fair'" in m for m in phrases), phrases


def test_the_shared_subtitle_is_still_read_once(tmp_path: Path) -> None:
    from nymaudit.sources.detect import read_inputs

    corpus = read_inputs([_substack(tmp_path)])
    holding = [p for p in corpus.posts if "Notes from inside the machine" in p.text]
    assert len(holding) == 1 and len([p for p in corpus.posts if p.is_post]) == 14


def test_a_subtitle_two_posts_share_is_each_post_s_own(tmp_path: Path) -> None:
    from nymaudit.sources.substack import _shared_subtitles

    rows = {"1": {"subtitle": "Part one of the pay series"}, "2": {"subtitle": "Part  one of the PAY series"},
            "3": {"subtitle": "A tagline"}, "4": {"subtitle": "a tagline"}, "5": {"subtitle": "A TAGLINE "}}
    assert _shared_subtitles(rows) == {"a tagline": 3}

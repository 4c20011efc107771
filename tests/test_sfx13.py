"""Thirteenth session (2026-11-30, sfx13): source reader fixes from the red team (red13) and the
walkthrough (walk13).

- red13 4: X's ``data/profile.js`` had no size cap (135 MB peaked at 2 GB); over 16 MiB it is
  refused with an input-error line, as Mastodon's actor.json is.
- red13 7: a Facebook export holding albums but no posts file was refused as "unknown format".
- red13 12: profile fields and albums cut without a word (X bio at 10,000 characters, Mastodon's
  summary at 100,000 and its fields at 16, album photos at 100,000) are said; a bio repeating one
  sentence is read once (it counted as 57 mentions); Instagram items holding no caption, photo,
  video or time are not counted as posts.
- walk13 8: a .mailmap deleted from HEAD but still in the history is read (its last version),
  located at the commit holding it.
- walk13 17: a Facebook check-in's place name and address go with its coordinates.
- doc13's proposal: the words of documents every reader finds (a blog's assets/) are read.

Inputs are real files laid out as the platforms write them (tests/archive_builders.py), real git
repositories made by git, and PDFs written by pypdf.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import (
    _ytd,
    build_bluesky_export,
    build_mastodon_archive,
    build_twitter_archive,
    make_note,
    make_tweet,
    write_tree,
)
from nymaudit.cli import app
from nymaudit.sources.base import SourceResult
from nymaudit.sources.detect import read_input


def _result() -> SourceResult:
    """A reader's result over a real tree (this file, opened read-only), for profile_text's lines."""
    from nymaudit.sources.tree import open_tree

    return SourceResult(open_tree(Path(__file__)))


def _scan(*args: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.stdout)


def _errors(doc: dict[str, Any]) -> list[str]:
    return [e["error"] for i in doc["inputs"] for e in i["errors"]]


def _by_rule(doc: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule]


def _tweets() -> list[dict[str, Any]]:
    from datetime import UTC, datetime, timedelta

    start = datetime(2025, 3, 3, 8, 10, tzinfo=UTC)
    return [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i, hours=i % 7), "Rain again.")
            for i in range(12)]


def _x_with_bio(tmp_path: Path, bio: str) -> Path:
    profile = {"profile": {"description": {"bio": bio, "location": "", "website": ""}}}
    return build_twitter_archive(tmp_path / "x", _tweets(), zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


# -- red13 4: X profile.js without a size cap -----------------------------------------------------------


def test_an_x_profile_over_16_mib_is_refused_with_a_line_not_read_whole(tmp_path: Path) -> None:
    """A real profile.js is a few KB; red13's 135 MB one peaked at 2 GB of memory. Refused before
    it is read (as actor.json), said on the input; the tweets are still read."""
    root = _x_with_bio(tmp_path, "Staff nurse.")
    with open(root / "data" / "profile.js", "wb") as out:
        out.write(b'window.YTD.profile.part0 = [{"profile": {"description": {"bio": "')
        chunk = b"I work at Ninewells Hospital in Dundee. " * 4096
        for _ in range((17 << 20) // len(chunk) + 1):
            out.write(chunk)
        out.write(b'"}}}]')
    corpus = read_input(root)
    errors = [(e.path, e.error) for e in corpus.inputs[0].errors]
    assert any(path.endswith("data/profile.js") and error == "over 16 MiB; the profile was not read"
               for path, error in errors), errors
    assert not [p for p in corpus.posts if p.extra.get("profile")]
    assert corpus.inputs[0].posts == 12


# -- red13 12: cuts said, a repeated sentence read once ------------------------------------------------


def test_an_x_bio_repeating_one_sentence_is_one_mention_and_said(tmp_path: Path) -> None:
    """red13's bio repeated "Staff nurse at Ninewells Hospital." to 10,000 characters: SELF010
    said "in 57 mentions" at high confidence. One page saying it again is no further mention."""
    doc = _scan(str(_x_with_bio(tmp_path, "Staff nurse at Ninewells Hospital. " * 3000)))
    jobs = _by_rule(doc, "SELF010")
    assert jobs and all("once" in f["message"] for f in jobs), [f["message"] for f in jobs]
    assert any("repeats sentences it already says (2,999 repeats)" in e for e in _errors(doc)), _errors(doc)


def test_a_short_repeat_in_a_bio_is_read_once_without_a_line(tmp_path: Path) -> None:
    """Guard: "Run. Run. Run." is a style, not a hostile file: no input-error line for it."""
    result = _result()
    from nymaudit.sources.common import profile_text

    assert profile_text("Run. Run. Run. Nurse in Leeds.", result, "p", "the bio") == "Run. Nurse in Leeds."
    assert profile_text("Nurse in Leeds.", result, "p", "the bio") == "Nurse in Leeds."
    assert not result.errors


def test_an_x_bio_over_10000_characters_says_where_it_was_cut(tmp_path: Path) -> None:
    bio = " ".join(f"Note {i} on the walk home." for i in range(600))  # 15,000+ characters, no repeat
    corpus = read_input(_x_with_bio(tmp_path, bio))
    errors = [e.error for e in corpus.inputs[0].errors]
    assert any(re.fullmatch(r"the profile's bio is [\d,]+ characters, more than any profile page shows: "
                            r"the first 10,000 were read, the rest was not", e) for e in errors), errors
    [record] = [p for p in corpus.posts if p.extra.get("config_key") == "bio"]
    assert len(record.text) == len("bio: ") + 10_000


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Nurse in Leeds.", "Mum of two!", "Views mine.", "Run.", "Dundee\n",
                                 "x" * 3000 + "."]), max_size=40))
def test_profile_text_keeps_every_sentence_once_and_never_grows(parts: list[str]) -> None:
    from nymaudit.sources.common import MAX_PROFILE_CHARS, profile_text

    value = " ".join(parts)
    result = _result()
    text = profile_text(value, result, "p", "the bio")
    assert len(text) <= min(len(value), MAX_PROFILE_CHARS)
    if len(value) <= MAX_PROFILE_CHARS:
        for part in parts:
            assert part.strip() in text
    for line in result.errors:  # said only for a long repeat or a cut
        assert "repeats sentences" in line.error or "the rest was not" in line.error


def _mastodon(tmp_path: Path, summary: str, fields: int = 1) -> Path:
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/quiet_pen",
        "type": "Person", "preferredUsername": "quiet_pen", "name": "Quiet Pen",
        "summary": summary, "outbox": "outbox.json",
        "attachment": [{"type": "PropertyValue", "name": f"Field {i}", "value": f"Value number {i}"}
                       for i in range(fields)],
    }
    notes = [make_note(str(120000000 + i), f"2025-04-{1 + i:02d}T20:00:00Z", "<p>Rain all day.</p>")
             for i in range(3)]
    return build_mastodon_archive(tmp_path / "m", notes, zip=False,
                                  media={"actor.json": json.dumps(actor).encode()})


def test_a_mastodon_summary_beyond_what_a_page_shows_is_cut_and_said(tmp_path: Path) -> None:
    summary = "<p>" + "".join(f"<span>Walk {i} by the river.</span> " for i in range(6000)) + "</p>"
    corpus = read_input(_mastodon(tmp_path, summary))
    errors = [e.error for e in corpus.inputs[0].errors]
    assert any(e.startswith("the bio is ") and "characters of HTML" in e and "the rest was not" in e
               for e in errors), errors
    [bio] = [p for p in corpus.posts if p.extra.get("config_key") == "summary"]
    assert len(bio.text) <= len("summary: ") + 10_000


def test_mastodon_profile_fields_past_the_cap_are_said(tmp_path: Path) -> None:
    corpus = read_input(_mastodon(tmp_path, "<p>Teacher.</p>", fields=40))
    errors = [e.error for e in corpus.inputs[0].errors]
    assert "40 profile fields: the first 16 were read, the rest were not (Mastodon shows 4)" in errors, errors
    assert len([p for p in corpus.posts if str(p.extra.get("config_key", "")).startswith("field:")]) == 16


def test_a_small_mastodon_profile_reads_as_before(tmp_path: Path) -> None:
    """Guard: a profile as Mastodon writes it gives no line and its words unchanged."""
    corpus = read_input(_mastodon(tmp_path, "<p>Teacher. Mum of two. Leeds.</p>", fields=2))
    assert not corpus.inputs[0].errors
    texts = {p.extra.get("config_key"): p.text for p in corpus.posts if p.extra.get("profile")}
    assert texts["summary"] == "summary: Teacher. Mum of two. Leeds."
    assert texts["field:Field 1"] == "Field 1: Value number 1"


def test_a_bluesky_description_repeating_one_sentence_is_read_once_and_said(tmp_path: Path) -> None:
    """Bluesky's profile as X's and Mastodon's: cut at 10,000 characters without a word before."""
    path = build_bluesky_export(tmp_path / "repo.car", [], profile={
        "displayName": "Gull Counter", "description": "Staff nurse at Ninewells Hospital. " * 3000})
    corpus = read_input(path)
    errors = [e.error for e in corpus.inputs[0].errors]
    assert any(e.startswith("the profile's description repeats sentences it already says (2,999 repeats)")
               for e in errors), errors
    [bio] = [p for p in corpus.posts if p.extra.get("config_key") == "description"]
    assert bio.text == "description: Staff nurse at Ninewells Hospital."


# -- red13 7 and 12: Facebook albums -------------------------------------------------------------------

FB = "your_facebook_activity/"


def _album(photos: list[dict[str, Any]]) -> str:
    return json.dumps({"name": "Mobile uploads", "description": "Our flat on Strathmartine Road, Dundee.",
                       "photos": photos})


KEYS_PHOTO = {"uri": FB + "posts/media/Mobileuploads/a.jpg", "creation_timestamp": 1741300000,
              "description": "Keys to 14 Strathmartine Road, Dundee",
              "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 56.4801,
                                                                   "longitude": -2.9912}]}}}


def test_a_facebook_export_of_albums_alone_is_read_not_refused(tmp_path: Path) -> None:
    """red13 7: "unknown format ... ask Facebook for the JSON format", exit 2, for a JSON export."""
    path = write_tree(tmp_path / "fb.zip", {FB + "posts/album/0.json": _album([KEYS_PHOTO])}, zip=True)
    doc = _scan(str(path))
    assert [(i["format"], i["posts"]) for i in doc["inputs"]] == [("facebook", 2)]
    assert not _errors(doc)
    [geo] = _by_rule(doc, "META001")
    assert geo["evidence"].startswith("56.48010, -2.99120")
    assert any("Strathmartine Road" in f["message"] for f in _by_rule(doc, "PLACE008"))


def test_album_photos_past_the_cap_are_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nymaudit.sources import facebook

    monkeypatch.setattr(facebook, "MAX_ALBUM_PHOTOS", 3, raising=False)
    photos = [{"uri": f"{FB}posts/media/x/{i}.jpg", "description": f"Photo {i} of the beach"}
              for i in range(5)]
    posts = [{"timestamp": 1741000000, "data": [{"post": "Hello"}]}]  # red13's fb_album_hostile2 layout
    path = write_tree(tmp_path / "fb.zip", {FB + "posts/album/0.json": _album(photos),
                                            FB + "posts/your_posts__check_ins__photos_and_videos_1.json":
                                                json.dumps(posts)}, zip=True)
    corpus = read_input(path)
    errors = [e.error for e in corpus.inputs[0].errors]
    assert "5 photos in one album: the first 3 were read, the rest were not" in errors, errors
    assert corpus.inputs[0].posts == 1 + 1 + 3  # the post, the album's description and three photos


# -- walk13 17: a check-in's place ---------------------------------------------------------------------


def _check_in(place: dict[str, Any]) -> dict[str, Any]:
    return {"timestamp": 1742000000, "title": "Ailsa McKenzie was at Western General Hospital.",
            "attachments": [{"data": [{"place": place}]}], "data": [{"post": "Night shift again"}]}


def _fb_posts(tmp_path: Path, posts: list[dict[str, Any]]) -> Path:
    name = FB + "posts/your_posts__check_ins__photos_and_videos_1.json"
    return write_tree(tmp_path / "facebook-x.zip", {name: json.dumps(posts)}, zip=True)


def test_a_facebook_check_in_names_the_place_facebook_shows(tmp_path: Path) -> None:
    """walk13 17: META001 said "55.96220, -3.23450" only; the post's readers see "was at Western
    General Hospital", the place a user recognises (a workplace, with "night shift")."""
    posts = [{"timestamp": 1741000000 + k * 86400 * 3, "data": [{"post": f"Evening {k}"}]} for k in range(5)]
    posts.append(_check_in({"name": "Western General Hospital",
                            "coordinate": {"latitude": 55.9622, "longitude": -3.2345},
                            "address": "Crewe Road South, Edinburgh EH4 2XU",
                            "url": "https://www.facebook.com/WGH"}))
    doc = _scan(str(_fb_posts(tmp_path, posts)))
    [geo] = _by_rule(doc, "META001")
    assert geo["evidence"] == ("55.96220, -3.23450 — Western General Hospital, Crewe Road South, "
                               "Edinburgh EH4 2XU; NearestPlace=Edinburgh, GB, 3 km away")
    assert geo["clue"] == {"kind": "location", "value": "Western General Hospital, Crewe Road South, "
                                                        "Edinburgh EH4 2XU"}
    assert geo["location"]["record"].endswith("your_posts__check_ins__photos_and_videos_1.json#5")
    # The title ("Ailsa McKenzie was at ...") is Facebook's wording with the real name: never read.
    assert "Ailsa" not in json.dumps(doc)


def test_a_check_in_without_coordinates_is_still_the_post_s_place(tmp_path: Path) -> None:
    posts = [_check_in({"name": "Caf\u00c3\u00a9 Nero Morningside",  # as Meta escapes UTF-8
                        "address": "Morningside Road, Edinburgh"})]
    doc = _scan(str(_fb_posts(tmp_path, posts)))
    [geo] = _by_rule(doc, "META001")
    assert geo["evidence"] == "Café Nero Morningside, Morningside Road, Edinburgh"  # Meta's mojibake undone
    assert "place tag" in geo["message"]


# -- red13 12: empty Instagram items -------------------------------------------------------------------


def test_instagram_items_holding_nothing_are_not_posts(tmp_path: Path) -> None:
    """red13: 1,000 story items with no string uri, no time and no text counted as posts (1010)."""
    ig = "your_instagram_activity/media/"
    stories = {"ig_stories": [{"uri": 5, "title": ""} for _ in range(1000)]
               + [{"uri": ig + "stories/202503/a.jpg", "creation_timestamp": 1741300000, "title": "Sunset"}]}
    posts = [{"media": [{"uri": ig + "posts/202503/b.jpg", "creation_timestamp": 1741400000,
                         "title": "Walk by the Tay"}]}]
    path = write_tree(tmp_path / "ig.zip", {ig + "stories.json": json.dumps(stories),
                                            ig + "posts_1.json": json.dumps(posts)}, zip=True)
    corpus = read_input(path)
    assert corpus.inputs[0].posts == 2
    errors = [(e.path, e.error) for e in corpus.inputs[0].errors]
    assert any(path.endswith("stories.json") and error == "1,000 item(s) hold no caption, photo, video or "
               "time: not counted as posts" for path, error in errors), errors


# -- walk13 8: a .mailmap deleted from HEAD ------------------------------------------------------------

PSEUDONYM = ("quietfox", "quietfox@users.noreply.github.com")
REAL = ("Daniel Marsh", "daniel.marsh@acme-logistics.de")
MAILMAP = "quietfox <quietfox@users.noreply.github.com> Daniel Marsh <daniel.marsh@acme-logistics.de>\n"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def _git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env,
                          text=True).stdout


def _commit(root: Path, env: dict[str, str], who: tuple[str, str], when: str, message: str) -> None:
    extra = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0],
             "GIT_COMMITTER_EMAIL": who[1], "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    _git(root, {**env, **extra}, "add", "-A")
    _git(root, {**env, **extra}, "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message)


def _repo(tmp_path: Path, mailmap: bool = True) -> tuple[Path, dict[str, str]]:
    """12 commits by the pseudonym, 3 by the real name among them, a .mailmap joining the two
    (the shape of walk13's blog and test_git_s10's repository)."""
    root = tmp_path / "repo"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    _git(root, env, "init", "-q", "-b", "main")
    (root / "README.md").write_text("# tidyq\n\nA small queue that tidies itself.\n")
    if mailmap:
        (root / ".mailmap").write_text(MAILMAP)
    for i in range(12):
        (root / "counter.dat").write_text(f"step {i}\n")
        who = REAL if i in (3, 6, 9) else PSEUDONYM
        _commit(root, env, who, f"2026-10-{12 + i:02d}T21:{i:02d}:00+02:00", f"step {i}: tidy things")
    return root, env


@needs_git
def test_a_mailmap_deleted_from_head_but_in_the_history_still_says_one_person(tmp_path: Path) -> None:
    """walk13 8: `git rm .mailmap` without rewriting the history. SELF004 fell from high ("says
    these are one person") to medium ("if one of them is yours"): half the advice rewarded."""
    root, env = _repo(tmp_path)
    holder = _git(root, env, "log", "--format=%H", "--diff-filter=AM", "--", ".mailmap").strip()  # the first
    (root / ".mailmap").unlink()
    _commit(root, env, PSEUDONYM, "2026-10-30T21:00:00+02:00", "rm mailmap")
    doc = _scan(str(root))
    [linked] = _by_rule(doc, "SELF004")
    assert linked["severity"] == "high" and linked["confidence"] == "high", linked
    assert "says these are one person" in linked["message"]
    assert linked["location"]["path"].endswith(".mailmap")
    # Where it still is: `git show <commit>:.mailmap` prints it.
    assert linked["location"]["record"] == f"{holder[:12]}:.mailmap"
    shown = _git(root, env, "show", linked["location"]["record"])
    assert shown == MAILMAP
    assert [f["severity"] for f in _by_rule(doc, "SELF005")] == ["high"]


@needs_git
def test_head_s_mailmap_is_still_read_at_head(tmp_path: Path) -> None:
    """Guard: a .mailmap at HEAD is read from HEAD, located there."""
    root, _env = _repo(tmp_path)
    [linked] = _by_rule(_scan(str(root)), "SELF004")
    assert linked["location"]["record"] == "HEAD:.mailmap" and linked["severity"] == "high"


@needs_git
def test_no_mailmap_anywhere_reads_none(tmp_path: Path) -> None:
    """Guard: a history that never held a .mailmap joins nothing by it (medium, "if one of them is
    yours"), and no input line."""
    root, _env = _repo(tmp_path, mailmap=False)
    doc = _scan(str(root))
    assert [f["severity"] for f in _by_rule(doc, "SELF004")] == ["medium"]
    assert not _errors(doc)


# -- doc13's proposal: documents' words in every reader's files ----------------------------------------

SAID = "I live in Croydon. Call me on 07700 900461 or email ailsa.mckenzie@nhs.scot"


def _text_pdf(text: str) -> bytes:
    """A one-page PDF written by pypdf drawing ``text`` in Helvetica, as PDF writers do."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    page = writer.add_blank_page(612, 792)
    fonts = DictionaryObject({NameObject("/F1"): font})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 14 TL 72 720 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_blog_s_pdf_in_assets_has_its_words_checked(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "_config.yml").write_text("title: x\n")
    (site / "_posts" / "2025-01-01-a.md").write_text("---\ntitle: A\ndate: 2025-01-01\n---\nHello.\n")
    (site / "assets" / "cv.pdf").write_bytes(_text_pdf(SAID))
    doc = _scan(str(site))
    assert any(f["rule"] == "SELF001" and f["location"]["record"] == "page 1" for f in doc["findings"]), \
        [(f["rule"], f["location"]) for f in doc["findings"]]
    assert doc["inputs"][0]["posts"] == 1  # the PDF's page is no post


def test_a_draft_s_linked_pdf_is_read_once(tmp_path: Path) -> None:
    """Guard: a draft's linked document, read with the draft, is not read again with the input."""
    site = tmp_path / "site"
    (site / "_drafts").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "_config.yml").write_text("title: x\n")
    (site / "assets" / "cv.pdf").write_bytes(_text_pdf(SAID))
    draft = site / "_drafts" / "new.md"
    draft.write_text("---\ntitle: New\n---\nMy CV: ![cv](/assets/cv.pdf)\n")
    out = CliRunner().invoke(app, ["check", str(draft), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    doc = json.loads(out.stdout)
    assert len([f for f in doc["findings"] if f["rule"] == "SELF001"]) == 1


# -- walk13 11: a blog kept in git, counted twice ------------------------------------------------------


@needs_git
def test_a_blog_s_commits_are_marked_as_its_history_not_more_posts(tmp_path: Path) -> None:
    """walk13 11: "134 posts" for a blog of 37 posts, their 37 commits and 60 toots. The commits
    read beside a blog are marked (detect.BLOG_HISTORY) for the report's total; the .git input
    line still counts them, as a repository given on its own does (tests/test_timing_git.py)."""
    from nymaudit.sources.detect import BLOG_HISTORY

    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    _git(site, env, "init", "-q", "-b", "main")
    for day in range(1, 6):
        (site / "_posts" / f"2025-03-{day:02d}-note.md").write_text(
            f"---\ntitle: Note {day}\ndate: 2025-03-{day:02d} 20:15:00 +0000\n---\n"
            f"Rain again on day {day}.\n")
        _commit(site, env, PSEUDONYM, f"2025-03-{day:02d}T20:16:00+00:00", f"Add note {day}")
    corpus = read_input(site)
    assert [(i.format, i.posts) for i in corpus.inputs] == [("blog", 5), ("git", 5)]
    commits = [p for p in corpus.posts if p.kind == "commit"]
    assert len(commits) == 5 and all(p.extra.get(BLOG_HISTORY) for p in commits)
    assert not any(p.extra.get(BLOG_HISTORY) for p in corpus.posts if p.kind != "commit")
    # A repository on its own: its commits are its records, unmarked.
    (tmp_path / "alone").mkdir()
    root, _env = _repo(tmp_path / "alone")
    alone = read_input(root)
    assert alone.posts and not any(p.extra.get(BLOG_HISTORY) for p in alone.posts)


def test_a_json_facebook_export_without_files_read_is_not_told_to_ask_for_json(tmp_path: Path) -> None:
    """red13 7's other half: a JSON export holding only what nymaudit does not read (check-ins.json,
    the profile) was told "ask Facebook for the JSON format", which it is in."""
    path = write_tree(tmp_path / "fb.zip", {
        FB + "posts/check-ins.json": json.dumps([{"timestamp": 1741000000, "data": [{"post": "x"}]}]),
        FB + "profile_information/profile_information.json": "{}"}, zip=True)
    [error] = [e.error for e in read_input(path).inputs[0].errors]
    assert "in JSON, but with none of the files nymaudit reads" in error
    assert "ask Facebook for Posts, Comments and Groups too" in error
    assert "ask Facebook for the JSON format" not in error


def test_a_facebook_export_in_html_is_still_told_to_ask_for_json(tmp_path: Path) -> None:
    """Guard: the HTML format keeps its advice."""
    path = write_tree(tmp_path / "fb.zip", {
        FB + "posts/your_posts_1.html": "<html><body><div>Rain</div></body></html>",
        "start_here.html": "<html><body>Your information</body></html>"}, zip=True)
    errors = [e.error for e in read_input(path).inputs[0].errors]
    assert any("ask Facebook for the JSON format" in e for e in errors), errors


# Proposed for tests/test_sfx13.py once scan.py counts BLOG_HISTORY commits apart (walk13 item 11).
@needs_git
def test_the_header_counts_a_blog_s_posts_once(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    _git(site, env, "init", "-q", "-b", "main")
    for day in range(1, 6):
        (site / "_posts" / f"2025-03-{day:02d}-note.md").write_text(
            f"---\ntitle: Note {day}\ndate: 2025-03-{day:02d} 20:15:00 +0000\n---\n"
            f"Rain again on day {day}.\n")
        _commit(site, env, PSEUDONYM, f"2025-03-{day:02d}T20:16:00+00:00", f"Add note {day}")
    out = CliRunner().invoke(app, ["scan", str(site), "--format", "markdown"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert "- **Posts:** 5" in out.stdout, out.stdout[:600]

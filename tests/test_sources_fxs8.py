"""Walkthrough s8 defects in the readers, fixed 2026-11-29 (helper fxs8): a WordPress
export with its uploads in one folder, zip or tar (#1); files beside an X, Mastodon or
Reddit export said, not ignored; empty exports (#8); a group blog's authors (#11); links to
the account's own site or profile (LINK007); a dotfiles repository's unread files (#13); a
Reddit export re-saved with ';' separators. Inputs are built as the platforms build them
(tests/archive_builders.py, a real git repository), through the CLI where the defect was seen."""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import (
    build_mastodon_archive,
    build_reddit_export,
    build_twitter_archive,
    build_wxr,
    make_note,
    make_tweet,
    write_tree,
)
from nymaudit.cli import app
from nymaudit.sources.detect import read_input, read_inputs
from test_sources_attachments import gps_jpeg

SITE = "https://quietpen.wordpress.com"


def _scan(*args: str) -> tuple[int, dict | None, str]:
    result = CliRunner().invoke(app, ["scan", *args, "--format", "json"])
    try:
        doc = json.loads(result.stdout)
    except ValueError:
        doc = None
    return result.exit_code, doc, result.stderr if hasattr(result, "stderr") else result.output


def _posts(n: int, creator: str = "quietpen", start: int = 1) -> list[dict]:
    """Posts written at UTC+1, as WordPress stores them (local and GMT dates)."""
    return [{"post_id": str(start + i), "title": f"Note {i}", "content": f"<p>A note from the desk {i}.</p>",
             "post_date": f"2024-03-{1 + i % 27:02d} 20:15:00",
             "post_date_gmt": f"2024-03-{1 + i % 27:02d} 19:15:00",
             "creator": creator} for i in range(n)]


def _site_wxr(dest: Path, items: list[dict], **kwargs) -> Path:
    """A WXR whose channel is the blog's own address, as WordPress writes it."""
    path = build_wxr(dest, items, **kwargs)
    text = path.read_text(encoding="utf-8").replace("https://notes.example", SITE)
    text = text.replace("<wp:wxr_version>1.2</wp:wxr_version>",
                        f"<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{SITE}</wp:base_site_url>"
                        f"<wp:base_blog_url>{SITE}</wp:base_blog_url>")
    path.write_text(text, encoding="utf-8")
    return path


def _backup_items() -> list[dict]:
    items = _posts(6)
    items[2]["content"] = (f'<p>The view from work today.</p><img src="{SITE}/wp-content/uploads/2024/03/'
                           'view-300x200.jpg" />')
    return items


# -- A: a site backup (the export beside wp-content/uploads) ---------------------------------


@pytest.mark.parametrize("packing", ["folder", "zip", "tar"])
def test_a_wordpress_export_beside_its_uploads_reads_the_photos(tmp_path, packing):
    folder = tmp_path / "backup"
    _site_wxr(folder / "quietpen.WordPress.2024-04-01.xml", _backup_items())
    photo = folder / "wp-content/uploads/2024/03/view.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(gps_jpeg())
    target: Path = folder
    if packing == "zip":
        files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        target = write_tree(tmp_path / "backup_zip", files, zip=True)
    elif packing == "tar":
        target = tmp_path / "backup.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            archive.add(folder, arcname="backup")
    code, doc, _ = _scan(str(target))
    assert code == 0 and doc is not None
    assert doc["inputs"][0]["format"] == "wordpress"
    assert doc["inputs"][0]["attachments"] == 1
    gps = [f for f in doc["findings"] if f["rule"] == "META010"]
    assert gps, "the photo's GPS position was not reported"
    assert gps[0]["location"]["record"] == "wp-post-3"  # tied to the post that shows it
    assert doc["summary"]["risk"] == "critical"


def test_photos_beside_an_x_archive_are_said(tmp_path):
    archive = build_twitter_archive(
        tmp_path / "x", [make_tweet("1001", "2024-03-01T20:00:00Z", "hello")], zip=False,
        media={"1001-abc.jpg": b"\xff\xd8\xff\xd9"},
        extra_files={"holiday/beach.jpg": gps_jpeg(), "holiday/notes.pdf": b"%PDF-1.4\n%%EOF\n"})
    result = read_input(archive)
    errors = [e for e in result.inputs[0].errors if "were not checked" in e.error]
    assert len(errors) == 1 and errors[0].error.startswith("2 photo(s) or document(s)")
    assert errors[0].path == str(archive)  # by count, at the input: never an unread file's name


def test_an_x_or_mastodon_archive_alone_says_nothing_of_its_own_files(tmp_path):
    x = build_twitter_archive(tmp_path / "x", [make_tweet("1001", "2024-03-01T20:00:00Z", "hello")],
                              zip=False, media={"1001-abc.jpg": b"\xff\xd8\xff\xd9"},
                              extra_files={"assets/images/logo.png": b"\x89PNG\r\n\x1a\n"})
    notes = [make_note("1", "2024-03-01T20:00:00Z", "<p>hi</p>")]
    m = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    for path in (x, m):
        assert not [e for e in read_input(path).inputs[0].errors if "were not checked" in e.error]


def test_a_photo_beside_a_reddit_export_is_said(tmp_path):
    folder = build_reddit_export(tmp_path / "r", [{"id": "k1", "permalink": "https://www.reddit.com/r/x/k1/",
                                                   "date": "2024-03-01 20:00:00 UTC", "subreddit": "x",
                                                   "body": "hello", "link": "l", "parent": "p"}],
                                 [], zip=False, extra_files={"screenshot.png": b"\x89PNG\r\n\x1a\n"})
    errors = [e.error for e in read_input(folder).inputs[0].errors]
    assert any(e.startswith("1 photo(s) or document(s)") for e in errors)


# -- B: an export that holds nothing ---------------------------------------------------------


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    return env


def test_an_empty_wordpress_export_is_nothing_to_audit(tmp_path):
    path = _site_wxr(tmp_path / "empty.xml", [])
    result = CliRunner().invoke(app, ["scan", str(path)])
    assert result.exit_code == 2
    assert "nothing to audit" in result.output and "Tools > Export > All content" in result.output
    assert "NONE" not in result.output


def test_an_empty_reddit_export_and_a_repository_without_commits(tmp_path):
    reddit = build_reddit_export(tmp_path / "r", [], [], zip=False)
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "-C", str(repo), "init", "-q"], check=True, env=_env(tmp_path))
    for path in (reddit, repo):
        result = CliRunner().invoke(app, ["scan", str(path)])
        assert result.exit_code == 2, result.output
        assert "0 posts read" in result.output and "nothing to audit" in result.output


def test_an_empty_export_beside_a_real_one_is_an_input_finding(tmp_path):
    empty = _site_wxr(tmp_path / "pages-only.xml", [])
    real = _site_wxr(tmp_path / "site.xml", _posts(3))
    code, doc, _ = _scan(str(real), str(empty))
    assert code == 0 and doc is not None
    assert any(f["rule"] == "INPUT001" and "nothing to audit" in f["message"] for f in doc["findings"])


# -- C: a group blog ------------------------------------------------------------------------


def test_a_group_blogs_authors_are_said_and_masked_when_redacted(tmp_path):
    authors = ({"id": "1", "login": "quietpen", "display_name": "Quiet Pen"},
               {"id": "2", "login": "guestwriter", "display_name": "Guest"})
    path = _site_wxr(tmp_path / "group.xml", _posts(4) + _posts(3, "guestwriter", start=50), authors=authors)
    code, doc, _ = _scan(str(path))
    errors = [e["error"] for e in doc["inputs"][0]["errors"]]
    said = "posts by 2 authors were read as one writer's (quietpen 4, guestwriter 3)"
    assert any(said in e for e in errors)
    assert doc["inputs"][0]["posts"] == 7  # none left out: which one is the user's cannot be known
    code, redacted, _ = _scan(str(path), "--redact")
    text = json.dumps(redacted)
    assert "guestwriter" not in text and "quietpen 4" not in text and "*** 4" in text


def test_a_single_author_blog_says_nothing_of_authors(tmp_path):
    path = _site_wxr(tmp_path / "solo.xml", _posts(4))
    assert not [e for e in read_input(path).inputs[0].errors if "authors" in e.error]


# -- D: links to the account's own site or profile ------------------------------------------


def test_a_blog_linking_to_its_own_site_is_no_linkage(tmp_path):
    items = _posts(3)
    items[0]["content"] = ('<p>I told you so: find me on <a href="'
                           f'{SITE}/wp-content/uploads/2024/03/memo.pdf">my WordPress</a>.</p>')
    items[1]["content"] = '<p>My code is at https://github.com/quietpen-dev, find me there.</p>'
    path = _site_wxr(tmp_path / "site.xml", items)
    code, doc, _ = _scan(str(path))
    profiles = [f["message"] for f in doc["findings"] if f["rule"] == "LINK007"]
    assert not [m for m in profiles if "WordPress" in m], profiles
    assert [m for m in profiles if "GitHub" in m]  # another account of the writer stays a finding


def test_an_x_archive_linking_to_its_own_profile_is_no_linkage(tmp_path):
    tweets = [make_tweet("1001", "2024-03-01T20:00:00Z", "my old thread is at https://t.co/abc1",
                         urls=[("https://t.co/abc1", "https://x.com/quiet_pen")]),
              make_tweet("1002", "2024-03-02T20:00:00Z", "my other account https://t.co/abc2",
                         urls=[("https://t.co/abc2", "https://x.com/jane_real")])]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=False)
    code, doc, _ = _scan(str(archive))
    profiles = " ".join(f["message"] for f in doc["findings"] if f["rule"] == "LINK007")
    assert "quiet_pen" not in profiles and "jane_real" in profiles


def test_a_mastodon_archive_linking_to_its_own_profile_is_no_linkage(tmp_path):
    actor = "https://mastodon.social/users/quiet_pen"
    notes = [make_note("1", "2024-03-01T20:00:00Z",
                       '<p>Pinned: <a href="https://mastodon.social/@quiet_pen">me</a></p>', actor=actor),
             make_note("2", "2024-03-02T20:00:00Z",
                       '<p>Old account: <a href="https://fosstodon.org/@janereal">here</a></p>', actor=actor)]
    archive = build_mastodon_archive(tmp_path / "m", notes, zip=False, actor=actor)
    code, doc, _ = _scan(str(archive))
    profiles = " ".join(f["message"] for f in doc["findings"] if f["rule"] == "LINK007")
    assert "quiet_pen" not in profiles and "janereal" in profiles
    assert read_inputs([archive]).own_urls == ["https://mastodon.social/@quiet_pen"]


# -- E: a dotfiles repository ----------------------------------------------------------------


def test_a_dotfiles_repository_says_its_files_were_not_read(tmp_path):
    env = _env(tmp_path)
    repo = tmp_path / "dotfiles"
    repo.mkdir()
    (repo / "README.md").write_text("My dotfiles.\n")
    (repo / ".zshrc").write_text("export TZ=America/Chicago\nalias work='ssh jmiller@10.20.30.40'\n")
    (repo / ".tmux.conf").write_text("set -g mouse on\n")
    git = ["git", "-C", str(repo)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True, env=env)
    subprocess.run([*git, "add", "."], check=True, env=env)
    who = ["-c", "user.email=owl@example.org", "-c", "user.name=owl"]
    subprocess.run([*git, *who, "commit", "-q", "-m", "init"],
                   check=True, env={**env, "GIT_AUTHOR_DATE": "2024-03-01T21:00:00-06:00",
                                    "GIT_COMMITTER_DATE": "2024-03-01T21:00:00-06:00"})
    code, doc, _ = _scan(str(repo))
    assert code == 0
    # A note (INPUT008) since the tenth session, not an input error.
    notes = [f["message"] for f in doc["findings"] if f["rule"] == "INPUT008"]
    assert any(m.startswith("left out on purpose: 2 of the 3 files at HEAD") for m in notes), notes
    assert doc["inputs"][0]["errors"] == []


# -- F: a Reddit export re-saved by a spreadsheet --------------------------------------------


def test_a_semicolon_reddit_export_gets_a_hint(tmp_path):
    folder = build_reddit_export(tmp_path / "r", [{"id": "k1", "permalink": "https://www.reddit.com/r/x/k1/",
                                                   "date": "2024-03-01 20:00:00 UTC", "subreddit": "x",
                                                   "body": "hello", "link": "l", "parent": "p"}],
                                 [], zip=False)
    for name in ("comments.csv", "posts.csv"):
        path = folder / name
        lines = path.read_text(encoding="utf-8").splitlines()
        import csv
        import io

        rows = list(csv.reader(io.StringIO("\n".join(lines))))
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(folder)])
    assert result.exit_code == 2
    assert "comments.csv looks like a Reddit export" in result.output
    assert "semicolons" in result.output


def test_a_full_backups_themes_and_plugins_are_not_the_sites_files(tmp_path):
    folder = tmp_path / "backup"
    _site_wxr(folder / "site.xml", _backup_items())
    for name in ("wp-content/uploads/2024/03/view.jpg", "wp-content/themes/twentyfour/screenshot.png",
                 "wp-content/plugins/gallery/icon.png", "wp-includes/images/w-logo.png"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(gps_jpeg() if name.endswith(".jpg") else b"\x89PNG\r\n\x1a\n")
    result = read_input(folder)
    assert [a.path for a in result.attachments] == ["wp-content/uploads/2024/03/view.jpg"]

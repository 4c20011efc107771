"""Eighth session, review rev8b items 5, 6, 8, 10 and 12 (first half): a WordPress backup
reads only the site's uploads; own sites are each input's own; unread file names stay out of
messages; a photo committed to a git repository is read."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import build_reddit_export, build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.sources.detect import MAX_UPLOADS_READ, read_input
from test_sources_attachments import gps_jpeg
from test_sources_fxs8 import SITE, _backup_items, _env, _posts, _scan, _site_wxr


def _put(folder: Path, name: str, data: bytes) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


# -- item 8: a site backup's files that are not the site's uploads ---------------------------------


def test_a_backup_reads_its_uploads_and_says_the_other_photos_by_count(tmp_path):
    folder = tmp_path / "backup"
    _site_wxr(folder / "site.WordPress.xml", _backup_items())
    _put(folder, "wp-content/uploads/2024/03/view.jpg", gps_jpeg())
    _put(folder, "wp-content/uploads/2024/03/view-300x200.jpg", gps_jpeg())  # WordPress's resized copy
    for name in ("themes-backup/astra/screenshot.jpg", "Downloads/marie-lefebvre-passport.jpg",
                 "wp-content/uploads/elementor/thumbs/screenshot.jpg",
                 "wp-content/uploads/sites/7/2024/02/other-site.jpg"):
        _put(folder, name, gps_jpeg("99"))
    result = read_input(folder)
    assert [a.path for a in result.attachments] == ["wp-content/uploads/2024/03/view.jpg"]
    said = [e for e in result.inputs[0].errors if "were not checked" in e.error]
    assert len(said) == 1 and said[0].error.startswith("4 photo(s) or document(s)")
    assert said[0].path == str(folder)  # the input, never an unread file's name
    code, doc, _ = _scan(str(folder))
    assert "lefebvre" not in json.dumps(doc).lower()
    assert [f["location"]["path"] for f in doc["findings"] if f["rule"] == "META010"] == \
        [f"{folder}/wp-content/uploads/2024/03/view.jpg"]


def test_what_the_media_library_names_is_read_and_only_its_own_sites_folders(tmp_path):
    folder = tmp_path / "multisite"
    items = _posts(3) + [
        {"post_id": "90", "post_type": "attachment", "post_parent": "0", "title": "mine",
         "attachment_url": f"{SITE}/wp-content/uploads/sites/3/2023/05/mine.jpg"},
        {"post_id": "91", "post_type": "attachment", "post_parent": "1", "title": "odd"}]
    path = _site_wxr(folder / "site.xml", items)
    # An attachment item as WordPress writes it: the file under uploads/ in _wp_attached_file.
    text = path.read_text(encoding="utf-8")
    meta = ("<wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key>"
            "<wp:meta_value><![CDATA[custom/odd.pdf]]></wp:meta_value></wp:postmeta>")
    at = text.index("<wp:post_id>91</wp:post_id>")
    path.write_text(text[:at] + meta + text[at:], encoding="utf-8")
    for name in ("wp-content/uploads/sites/3/2023/05/mine.jpg", "wp-content/uploads/sites/3/2023/06/more.jpg",
                 "wp-content/uploads/custom/odd.pdf", "wp-content/uploads/sites/7/2023/05/theirs.jpg"):
        _put(folder, name, gps_jpeg())
    result = read_input(folder)
    assert sorted(a.path for a in result.attachments) == [
        "wp-content/uploads/custom/odd.pdf", "wp-content/uploads/sites/3/2023/05/mine.jpg",
        "wp-content/uploads/sites/3/2023/06/more.jpg"]
    assert any(e.error.startswith("1 photo(s) or document(s)") for e in result.inputs[0].errors)


def test_a_huge_uploads_tree_is_read_up_to_the_cap_and_the_rest_said(tmp_path):
    folder = tmp_path / "big"
    _site_wxr(folder / "site.xml", _posts(3))
    photo = gps_jpeg()
    for i in range(MAX_UPLOADS_READ + 40):
        _put(folder, f"wp-content/uploads/{2015 + i % 5}/{1 + i % 12:02d}/img{i}.jpg", photo)
    result = read_input(folder)
    assert len(result.attachments) == MAX_UPLOADS_READ
    assert any(e.error.startswith("40 more of the site's uploads were not checked")
               for e in result.inputs[0].errors)


# -- item 5: two inputs in one scan ---------------------------------------------------------------


def test_a_link_from_one_input_to_the_other_inputs_site_stays_a_finding(tmp_path):
    pseudo = _site_wxr(tmp_path / "pseudo/site.xml", [dict(
        post_id="1", title="Hi", content='<p>See my other blog <a href="https://janeroe.wordpress.com/about">'
        'here</a>.</p>', post_date="2024-03-01 10:00:00", post_date_gmt="2024-03-01 09:00:00")])
    real = _site_wxr(tmp_path / "real/site.xml", _posts(2))
    real.write_text(real.read_text(encoding="utf-8").replace(SITE, "https://janeroe.wordpress.com"),
                    encoding="utf-8")
    for order in ((pseudo,), (pseudo, real), (real, pseudo)):
        code, doc, _ = _scan(*map(str, order))
        links = [f["message"] for f in doc["findings"] if f["rule"] == "LINK007"]
        assert any("janeroe" in m for m in links), (order, links)


# -- items 6 and 12: file names the tool did not read stay out of messages -----------------------


def _semicolon_export(folder: Path) -> Path:
    row = {"id": "k1", "permalink": "https://www.reddit.com/r/x/k1/", "date": "2024-03-01 20:00:00 UTC",
           "subreddit": "x", "body": "hello", "link": "l", "parent": "p"}
    export = build_reddit_export(folder, [row], [], zip=False)
    for name in ("comments.csv", "posts.csv"):
        rows = list(csv.reader(io.StringIO((export / name).read_text(encoding="utf-8"))))
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        (export / name).write_text(out.getvalue(), encoding="utf-8")
    return export


def test_the_spreadsheet_hint_does_not_name_the_folder(tmp_path):
    _semicolon_export(tmp_path / "in/Marie Lefebvre reddit")
    other = build_twitter_archive(tmp_path / "x", [make_tweet("1001", "2024-03-01T20:00:00Z", "hello")],
                                  zip=False)
    code, doc, _ = _scan(str(tmp_path / "in"), str(other), "--redact")
    text = json.dumps(doc)
    assert "comments.csv looks like a Reddit export" in text and "Lefebvre" not in text
    result = CliRunner().invoke(app, ["scan", str(tmp_path / "in" / "Marie Lefebvre reddit"), "--redact"])
    assert result.exit_code == 2 and "comments.csv looks like" in result.output
    assert "Lefebvre" not in result.output.replace(str(tmp_path / "in" / "Marie Lefebvre reddit"), "")


def test_files_beside_an_export_are_said_by_count_not_name(tmp_path):
    archive = build_twitter_archive(
        tmp_path / "x", [make_tweet("1001", "2024-03-01T20:00:00Z", "hello")], zip=False,
        extra_files={"scans/marie_lefebvre_passport.jpg": gps_jpeg()})
    for args in ((), ("--redact",)):
        code, doc, _ = _scan(str(archive), *args)
        said = [e for e in doc["inputs"][0]["errors"] if "were not checked" in e["error"]]
        assert len(said) == 1 and said[0]["error"].startswith("1 photo(s) or document(s)")
        assert "lefebvre" not in json.dumps(doc).lower()


# -- item 10: a photo committed to a git repository ------------------------------------------------


def test_a_photo_committed_to_a_repository_is_read(tmp_path):
    env = _env(tmp_path)
    repo = tmp_path / "project"
    repo.mkdir()
    (repo / "README.md").write_text("A small project.\n")
    (repo / "photo.jpg").write_bytes(gps_jpeg())
    (repo / "tests").mkdir()
    (repo / "tests/fixture.jpg").write_bytes(gps_jpeg("77"))  # test data: not the project's own
    (repo / "main.py").write_text("print('hi')\n")
    git = ["git", "-C", str(repo)]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True, env=env)
    subprocess.run([*git, "add", "."], check=True, env=env)
    (repo / "photo.jpg").write_bytes(b"not committed")  # HEAD is what a push publishes
    subprocess.run([*git, "-c", "user.email=o@example.org", "-c", "user.name=o", "commit", "-q", "-m", "i"],
                   check=True, env={**env, "GIT_AUTHOR_DATE": "2024-03-01T21:00:00+00:00",
                                    "GIT_COMMITTER_DATE": "2024-03-01T21:00:00+00:00"})
    code, doc, _ = _scan(str(repo))
    assert doc["inputs"][0]["attachments"] == 1
    gps = [f for f in doc["findings"] if f["rule"] == "META010"]
    assert gps and gps[0]["location"]["path"].endswith("HEAD:photo.jpg")
    notes = [f["message"] for f in doc["findings"] if f["rule"] == "INPUT008"]  # tenth session
    assert any(m.startswith("left out on purpose: 2 of the 4 files at HEAD") for m in notes), notes

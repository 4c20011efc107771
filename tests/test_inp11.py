"""Eleventh session (29 November 2026), inputs: leftovers of the tenth session's closing note.

1. A photo given on its own (`meta`, `scan`, `check IMG_1234.jpg`) now reads the Google Photos
   sidecar Takeout wrote beside it (a stripped photo whose sidecar holds the position passed).
2. `check --staged` does the same from git's index, never from the working tree.
3. A Markdown post's (and a loose Markdown or HTML note's) inline ``<img alt="...">`` is read
   as an image description, as an HTML post's is.
4. staged.py uses only public names of sources/detect.py (and sources/blog.py).

The photos are built with Pillow and piexif, the sidecars as Takeout writes them (the builders
of the ninth and tenth sessions' tests), the sites with tests/archive_builders.py.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from archive_builders import build_jekyll_blog, write_tree
from conftest import REPO
from test_metadata_takeout_s9 import HORSFORTH, sidecar_name, stripped_jpeg, takeout_sidecar
from test_takeout_sidecars_s10 import PHOTO, gps_findings, gps_jpeg, report

SIDECAR = sidecar_name(PHOTO)
OTHER = "IMG_20240513_171544.jpg"


def photos(tmp_path: Path, files: dict[str, bytes]) -> Path:
    return write_tree(tmp_path / "Takeout" / "Google Photos" / "Photos from 2024", files, zip=False)


# --- item 1: a photo given on its own reads the sidecar beside it --------------------------------

@pytest.mark.parametrize("command", ["scan", "check"])
def test_a_stripped_photo_given_alone_reads_its_sidecar(tmp_path: Path, command: str) -> None:
    folder = photos(tmp_path, {PHOTO: stripped_jpeg(), SIDECAR: takeout_sidecar(title=PHOTO)})
    codes = (1,) if command == "check" else (0,)
    doc = report(command, f"Photos from 2024/{PHOTO}", cwd=folder.parent, codes=codes)
    (gps,) = gps_findings(doc)
    assert gps["location"]["path"] == f"Photos from 2024/{SIDECAR}"
    assert gps["severity"] == "critical" and "Horsforth" in gps["message"]
    # Said to come from the sidecar, which belongs to the photo given.
    assert f"{SIDECAR} (the Google Photos sidecar of {PHOTO})" in gps["message"]
    assert doc["inputs"][0]["attachments"] == 2
    # From the photo's own folder too (no folder in the path).
    doc = report(command, PHOTO, cwd=folder, codes=codes)
    assert [f["location"]["path"] for f in gps_findings(doc)] == [SIDECAR]


def test_meta_of_a_photo_given_alone_lists_its_sidecar(tmp_path: Path) -> None:
    folder = photos(tmp_path, {PHOTO: stripped_jpeg(), SIDECAR: takeout_sidecar(title=PHOTO)})
    doc = report("meta", PHOTO, cwd=folder, codes=(0,))
    by_path = {f["path"]: f for f in doc["files"]}
    assert by_path[PHOTO]["status"] == "clean"
    side = by_path[SIDECAR]
    assert side["status"] == "identifying" and side["format"] == "google-photos-sidecar"
    (gps,) = [f for f in side["findings"] if f["rule"] == "META010"]
    assert "(the Google Photos sidecar of" in gps["message"]
    redacted = json.dumps(report("meta", PHOTO, "--redact", cwd=folder, codes=(0,)), ensure_ascii=False)
    for secret in ("53.84", "1.637", "Horsforth", "Whitaker"):
        assert secret not in redacted, secret


def test_several_photos_given_as_files_each_read_their_own(tmp_path: Path) -> None:
    folder = photos(tmp_path, {
        PHOTO: stripped_jpeg(), SIDECAR: takeout_sidecar(title=PHOTO),
        OTHER: stripped_jpeg(), sidecar_name(OTHER, supplemental=False): takeout_sidecar(title=OTHER),
        "IMG_20240514_090000.jpg": stripped_jpeg(),  # no sidecar
    })
    doc = report("check", PHOTO, OTHER, "IMG_20240514_090000.jpg", cwd=folder, codes=(1,))
    assert sorted(f["location"]["path"] for f in gps_findings(doc)) == sorted(
        [SIDECAR, sidecar_name(OTHER, supplemental=False)])


def test_a_sidecar_given_too_or_shared_by_an_edited_copy_is_checked_once(tmp_path: Path) -> None:
    edited = PHOTO.replace(".jpg", "-edited.jpg")
    folder = photos(tmp_path, {PHOTO: stripped_jpeg(), edited: stripped_jpeg(), SIDECAR: takeout_sidecar()})
    for args in ([PHOTO, SIDECAR], [SIDECAR, PHOTO], [PHOTO, edited]):
        doc = report("check", *args, cwd=folder, codes=(1,))
        assert len(gps_findings(doc)) == 1, args
        assert len([f for f in doc["findings"] if f["rule"] == "META012"]) == 1, args


def test_the_same_position_in_the_photo_and_its_sidecar_is_one_finding(tmp_path: Path) -> None:
    folder = photos(tmp_path, {PHOTO: gps_jpeg(*HORSFORTH), SIDECAR: takeout_sidecar()})
    (gps,) = gps_findings(report("scan", PHOTO, cwd=folder))
    assert gps["location"]["path"] == PHOTO
    assert SIDECAR in gps["message"] and "same position" in gps["message"]


def test_a_linked_sidecar_is_not_followed_but_fails_closed(tmp_path: Path) -> None:
    folder = photos(tmp_path, {PHOTO: stripped_jpeg()})
    secret = tmp_path / "elsewhere" / "x.json"
    secret.parent.mkdir()
    secret.write_bytes(takeout_sidecar())
    (folder / SIDECAR).symlink_to(secret)
    doc = report("check", PHOTO, cwd=folder, codes=(1,))
    assert gps_findings(doc) == []
    (said,) = [f for f in doc["findings"] if f["rule"] == "INPUT001"]
    assert SIDECAR in said["message"] and "symbolic link" in said["message"]
    (listed,) = [f for f in report("meta", PHOTO, cwd=folder, codes=(0,))["files"] if f["path"] == SIDECAR]
    assert listed["status"] == "unreadable" and "symbolic link" in listed["error"]


def test_other_json_and_other_photos_sidecars_are_left_alone(tmp_path: Path) -> None:
    folder = photos(tmp_path, {
        PHOTO: stripped_jpeg(),
        f"{PHOTO}.json": b'{\n  "width": 64,\n  "height": 48,\n  "caption": "river"\n}\n',  # no sidecar
        sidecar_name(OTHER): takeout_sidecar(title=OTHER),
    })
    doc = report("check", PHOTO, cwd=folder, codes=(0,))
    assert doc["findings"] == [] and doc["inputs"][0]["attachments"] == 1
    assert [f["path"] for f in report("meta", PHOTO, cwd=folder, codes=(0,))["files"]] == [PHOTO]


def test_the_redacted_report_of_a_photo_alone_masks_the_sidecar(tmp_path: Path) -> None:
    folder = photos(tmp_path, {PHOTO: stripped_jpeg(), SIDECAR: takeout_sidecar(title=PHOTO)})
    doc = report("scan", PHOTO, "--redact", cwd=folder)
    assert len(gps_findings(doc)) == 1
    text = json.dumps(doc, ensure_ascii=False)
    for secret in ("53.84", "1.637", "Horsforth", "Whitaker", "20240512"):
        assert secret not in text, secret


# --- item 2: check --staged, from git's index ---------------------------------------------------

def _git(root: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def _git_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1",
                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"})
    return env


def _staged(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nymaudit", "check", "--staged", "-f", "json", *args],
                          cwd=root, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_a_staged_photo_reads_its_sidecar_from_the_index(tmp_path: Path) -> None:
    root = tmp_path / "site"
    env = _git_env(tmp_path)
    write_tree(root, {"README.md": "# Site\n", f"assets/{PHOTO}": stripped_jpeg(),
                      f"assets/{SIDECAR}": takeout_sidecar(title=PHOTO)}, zip=False)
    _git(root, env, "init", "-q")
    _git(root, env, "add", "-A")
    (root / "assets" / SIDECAR).unlink()  # gone from the disk, still staged
    for args in ([], [f"assets/{PHOTO}"]):
        done = _staged(root, env, *args)
        assert done.returncode == 1, (args, done.stderr)
        gps = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "META010"]
        assert [f["location"]["path"] for f in gps] == [f"assets/{SIDECAR}"], args
        assert f"(the Google Photos sidecar of {PHOTO})" in gps[0]["message"]
    # The photo alone staged later, its sidecar committed before: still read from the index.
    _git(root, env, "commit", "-qm", "photos")
    (root / "assets" / PHOTO).write_bytes(stripped_jpeg() + b"\0")
    _git(root, env, "add", f"assets/{PHOTO}")
    done = _staged(root, env)
    assert done.returncode == 1, done.stderr
    assert [f["location"]["path"] for f in json.loads(done.stdout)["findings"] if f["rule"] == "META010"] == [
        f"assets/{SIDECAR}"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_a_sidecar_staged_as_a_link_fails_closed(tmp_path: Path) -> None:
    root = tmp_path / "site"
    env = _git_env(tmp_path)
    write_tree(root, {"README.md": "# Site\n", f"assets/{PHOTO}": stripped_jpeg(),
                      "private/x.json": takeout_sidecar()}, zip=False)
    (root / "assets" / SIDECAR).symlink_to("../private/x.json")
    _git(root, env, "init", "-q")
    _git(root, env, "add", "README.md", f"assets/{PHOTO}", f"assets/{SIDECAR}")
    done = _staged(root, env, f"assets/{PHOTO}")
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["findings"]
    assert not [f for f in findings if f["rule"] == "META010"]
    (said,) = [f for f in findings if f["rule"] == "INPUT001"]
    assert f"assets/{SIDECAR}" in said["message"] and "symbolic link" in said["message"]


# --- item 3: inline <img alt> of Markdown posts and loose notes ----------------------------------

ALT = "Me outside my flat at 14 Clifton Road, Bristol BS8 1AB"
PLACES = {"PLACE004", "PLACE008"}


def _places(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] in PLACES]


def test_a_markdown_posts_inline_img_alt_is_read(tmp_path: Path) -> None:
    root = build_jekyll_blog(tmp_path / "site", [{
        "name": "2024-05-12-walk.md", "front": {"title": "Sunday walk"},
        "body": f'Along the river.\n\n<img src="/assets/img/river.jpg" alt="{ALT}" width="600">\n'}])
    found = _places(report("scan", ".", cwd=root))
    assert {f["rule"] for f in found} == PLACES
    # The description is joined after the text: no line of the file (not one past its end).
    assert all(f["location"]["path"] == "_posts/2024-05-12-walk.md" and f["location"]["line"] is None
               for f in found)


def test_inline_img_alts_reads_the_tags_alone() -> None:
    from nymaudit.sources.html_text import inline_img_alts

    assert inline_img_alts('x <img src="a.jpg" alt="Me &amp; Jo" width=3>\n<IMG ALT=\'two\'> '
                           '<img src="b.jpg"> `code`') == ["Me & Jo", "two"]
    assert inline_img_alts("no tags < here") == []
    # Only the tags are parsed: an unclosed comment before one cannot hide it.
    assert inline_img_alts('<!-- draft\n\n<img alt="kept">') == ["kept"]
    # A hostile unterminated tag is linear and finds nothing.
    assert inline_img_alts("<img " + "a" * 2_000_000) == []


def test_loose_notes_read_alt_text_the_same_way(tmp_path: Path) -> None:
    from nymaudit.sources.common import IMAGE_DESCRIPTION
    from nymaudit.sources.detect import read_input

    folder = write_tree(tmp_path / "notes", {
        "walk.html": f'<html><body><p>Along the river.</p><img src="river.jpg" alt="{ALT}"></body></html>',
        "walk2.md": f'Along the canal.\n\n<img src="canal.jpg" alt="{ALT}">\n',
        "walk3.txt": 'Along the lane.\n<img src="lane.jpg" alt="the lane">\n',
    }, zip=False)
    corpus = read_input(folder)
    by_id = {post.id: post for post in corpus.posts}
    for name in ("walk.html", "walk2.md"):
        post = by_id[name]
        assert post.text.endswith(f"{IMAGE_DESCRIPTION} {ALT}"), name
        assert post.extra["media_descriptions"] == [ALT]
    assert by_id["walk2.md"].text_line is not None  # its own text keeps its lines
    assert "media_descriptions" not in by_id["walk3.txt"].extra  # a .txt shows its tags as text
    for name in ("walk.html", "walk2.md"):
        found = _places(report("scan", name, cwd=folder))
        assert {f["rule"] for f in found} == PLACES, name
        assert all(f["location"]["line"] is None for f in found)


# --- item 4: staged.py uses public names only ------------------------------------------------------

def test_staged_imports_no_private_names() -> None:
    tree = ast.parse((REPO / "src" / "nymaudit" / "staged.py").read_text(encoding="utf-8"))
    private = [(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and (node.module or "").startswith("nymaudit") for alias in node.names
               if alias.name.startswith("_")]
    assert private == []

"""Leftovers of the seventh session, fixed in the eighth (2026-11-29): duplicate member
names in zips and tars, HTML notes in a folder of drafts, videos read without their media
data. Inputs are built the way the tools build them; every test fails on the code before."""

from __future__ import annotations

import io
import json
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.detect import read_input
from test_sources_attachments import gps_jpeg

BLANK_JPEG = b"\xff\xd8\xff\xd9"
NOTE = b"Walked the dog along the canal this morning.\n"


def _zip_appended(path: Path, first: list[tuple[str, bytes]], later: list[tuple[str, bytes]]) -> Path:
    """A zip, then the same names added again to it (zipfile's mode "a", as `zip` run a
    second time with a name it already holds would not: it replaces; a hostile writer can)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in first:
            archive.writestr(name, data)
    with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": what we mean to write
        for name, data in later:
            archive.writestr(name, data)
    return path


def _tar_appended(path: Path, first: list[tuple[str, bytes]], later: list[tuple[str, bytes]]) -> Path:
    """A tar, then `tar rf` (mode "a") of files of the same names."""
    for mode, files in (("w", first), ("a", later)):
        with tarfile.open(path, mode) as archive:
            for name, data in files:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
    return path


def _build(kind: str, path: Path, first: list[tuple[str, bytes]], later: list[tuple[str, bytes]]) -> Path:
    return (_zip_appended if kind == "zip" else _tar_appended)(path.with_suffix("." + kind), first, later)


# -- item 1: duplicate member names ------------------------------------------------------

@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_earlier_copy_of_a_photo_is_checked_and_the_last_read_as_the_file(tmp_path, kind):
    """The GPS photo first, a blank one of the same name after it: `unzip -o` and `tar x`
    leave the blank one, and a zip read the GPS photo while a tar read the blank one and
    never checked the photo. Now both read the last as the file and check the first too."""
    archive = _build(kind, tmp_path / "drafts", [("notes/a.md", NOTE), ("img/p.jpg", gps_jpeg())],
                     [("img/p.jpg", BLANK_JPEG)])
    corpus = read_input(archive)
    shown = {a.display: a for a in corpus.attachments}
    assert set(shown) == {f"{archive}!img/p.jpg", f"{archive}!img/p.jpg [copy 1 of 2]"}
    assert shown[f"{archive}!img/p.jpg"].read() == BLANK_JPEG
    assert shown[f"{archive}!img/p.jpg [copy 1 of 2]"].read() == gps_jpeg()
    assert [(e.path, e.error) for e in corpus.inputs[0].errors] == [(
        f"{archive}!img/p.jpg",
        "2 members of this name: the last was read as the file (the one `unzip -o` and `tar x` leave on "
        "disk); copy 1 of 2 was checked as a file of its own")]
    result = CliRunner().invoke(app, ["scan", str(archive), "--format", "json", "-q"])
    report = json.loads(result.stdout)
    gps = [f for f in report["findings"] if f["rule"] == "META010"]
    assert gps and "[copy 1 of 2]" in json.dumps(gps)


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_earlier_copy_of_a_post_file_is_named_not_skipped_in_silence(tmp_path, kind):
    old = json.dumps({"timestamp": "2024-03-01T08:00:00Z", "text": "Still in Lyon for now."}) + "\n"
    new = json.dumps({"timestamp": "2024-03-02T08:00:00Z", "text": "Moving soon."}) + "\n"
    archive = _build(kind, tmp_path / "notes", [("posts.jsonl", old.encode())],
                     [("posts.jsonl", new.encode())])
    corpus = read_input(archive)
    assert [p.text for p in corpus.posts] == ["Moving soon."]  # a zip read the first
    assert [e.error for e in corpus.inputs[0].errors] == [
        "2 members of this name: the last was read as the file (the one `unzip -o` and `tar x` leave on "
        "disk); copy 1 of 2 was not read: extract the copies apart to check them"]


def test_many_copies_are_checked_up_to_a_cap_and_the_rest_named(tmp_path):
    archive = _build("zip", tmp_path / "many", [("p.jpg", BLANK_JPEG)], [("p.jpg", BLANK_JPEG)] * 14)
    corpus = read_input(archive)
    assert len(corpus.attachments) == 11  # the file and copies 1 to 5 and 10 to 14 (as meta)
    (error,) = [e.error for e in corpus.inputs[0].errors]
    assert "copies 1 to 5 and 10 to 14 of 15 were each checked" in error
    assert "copies 6 to 9 of 15 were each not read" in error


def test_meta_lists_every_copy_of_a_tar_member(tmp_path):
    """`meta` checked each copy of a zip's duplicated name, and one of a tar's."""
    archive = _build("tar", tmp_path / "holiday", [("holiday/photo.jpg", gps_jpeg())],
                     [("holiday/photo.jpg", BLANK_JPEG)])
    result = CliRunner().invoke(app, ["meta", str(archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    assert [(f["path"], f["status"]) for f in files] == [
        (f"{archive}!holiday/photo.jpg [copy 1 of 2]", "identifying"),
        (f"{archive}!holiday/photo.jpg [copy 2 of 2]", "clean"),
    ]
    assert all("duplicate member name" in f["error"] for f in files)
    assert "unzip and tar leave on disk" in files[1]["error"]


# -- item 2: HTML notes in a folder of drafts ------------------------------------------------

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sunday</title>
<style>body { font-family: serif; }</style><script>var tracker = "<p>not text</p>";</script></head>
<body><article><h1>Sunday</h1>
<p>We moved into the flat above the bakery on Rue Neuve &amp; I can see the river.</p>
<p>Photo from the balcony:</p><img src="img/balcony.jpg" alt="balcony">
<p>And one pasted in: <img src="data:image/jpeg;base64,{pasted}"></p>
<p>More on <a href="https://example.org/lyon">my other page</a>.</p>
</article></body></html>
"""


def test_an_html_note_in_a_folder_is_read_as_a_post_with_its_images(tmp_path):
    """A saved page or exported note beside its photos: before, the folder was read as
    photos only (the `attachment` reader) and the page's words never reached a detector."""
    import base64

    folder = tmp_path / "drafts"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "balcony.jpg").write_bytes(gps_jpeg())
    pasted = base64.b64encode(gps_jpeg("999")).decode()
    (folder / "sunday.html").write_text(SAVED_PAGE.replace("{pasted}", pasted))
    (folder / "plain.md").write_text("A note in Markdown.\n")
    corpus = read_input(folder)
    (summary,) = corpus.inputs
    assert summary.format == "generic" and summary.errors == []
    posts = {p.id: p for p in corpus.posts}
    page = posts["sunday.html"]
    assert "the flat above the bakery on Rue Neuve & I can see the river" in page.text
    assert "https://example.org/lyon" in page.text  # the link target stays visible
    assert "tracker" not in page.text and "font-family" not in page.text
    assert page.attachments == ["img/balcony.jpg"]
    shown = {a.display: a.post_id for a in corpus.attachments}
    assert shown == {f"{folder}/img/balcony.jpg": "sunday.html",
                     f"{folder}/sunday.html#data-image-1": "sunday.html"}
    result = CliRunner().invoke(app, ["scan", str(folder), "--format", "json", "-q"])
    gps = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "META010"]
    # The same position in both images: one finding since the eighth session, for the two files.
    assert len(gps) == 1 and gps[0]["message"].startswith("In 2 files (first: "), gps
    assert "balcony.jpg" in gps[0]["message"] and "data-image-1" in gps[0]["message"], gps


def test_a_huge_or_deeply_nested_html_note_is_read_in_part_and_said(tmp_path, monkeypatch):
    """html.parser costs 4-5 us a tag: past its cap a page's text is read from the start of
    its markup and the rest said (with the real cap, 4 Mi characters: see docs/formats.md)."""
    from nymaudit.sources import generic

    monkeypatch.setattr(generic, "MAX_HTML_PARSED", 64 * 1024)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "deep.htm").write_text("<p>near the docks</p>" + "<div>" * 100_000 + "deep"
                                     + "</div>" * 100_000)
    corpus = read_input(folder)
    (post,) = corpus.posts
    assert post.text.startswith("near the docks") and "deep" not in post.text
    assert [e.error for e in corpus.inputs[0].errors] == [
        "HTML of more than 65,536 characters: its text was read from the first 65,536, the images it "
        "embeds from all of it"]


# -- item 3: a large video is read without its frames ----------------------------------------

def _box(kind: bytes, payload: bytes) -> bytes:
    import struct

    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _phone_video(frames: bytes, *, moov_first: bool) -> bytes:
    """An MP4 as a phone writes it: ftyp, mdat, then moov with the ISO 6709 position in
    udta ©xyz (moov first: `-movflags +faststart`, as a site re-encoding for the web does)."""
    import struct

    ftyp = _box(b"ftyp", b"mp42" + struct.pack(">I", 0) + b"isommp42")
    text = b"+45.7640+004.8357/"
    xyz = _box(b"\xa9xyz", struct.pack(">HH", len(text), 0x15C7) + text)
    make = _box(b"\xa9mak", struct.pack(">HH", 5, 0x15C7) + b"Apple")
    moov = _box(b"moov", _box(b"udta", xyz + make))
    mdat = _box(b"mdat", frames)
    return ftyp + (moov + mdat if moov_first else mdat + moov)


@pytest.mark.parametrize("container", ["folder", "zip", "tar.gz"])
@pytest.mark.parametrize("moov_first", [False, True])
def test_a_large_video_is_checked_without_reading_its_frames(tmp_path, container, moov_first):
    import os
    import tracemalloc

    from nymaudit.metadata.attachments import check_bytes

    frames = os.urandom(17 * 1024 * 1024)  # over the 16 MiB floor; random: no zip bomb
    video = _phone_video(frames, moov_first=moov_first)
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "walk.mp4").write_bytes(video)
    del frames
    if container == "zip":
        given = tmp_path / "clips.zip"
        with zipfile.ZipFile(given, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(folder / "walk.mp4", "walk.mp4")
    elif container == "tar.gz":
        given = tmp_path / "clips.tar.gz"
        with tarfile.open(given, "w:gz", compresslevel=1) as archive:
            archive.add(folder / "walk.mp4", "walk.mp4")
    else:
        given = folder
    (attachment,) = read_input(given).attachments
    tracemalloc.start()
    try:
        data = attachment.read()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(data) < 4096 and peak < 4 * 1024 * 1024  # was the whole 17 MiB, held once or more
    whole = check_bytes(video, "walk.mp4")
    checked = check_bytes(data, "walk.mp4")
    assert [(f.group, f.name, f.value) for f in checked.meta.fields] == \
        [(f.group, f.name, f.value) for f in whole.meta.fields]
    assert any(f.name == "GPSPosition" for f in checked.meta.fields)
    assert checked.meta.error == whole.meta.error and checked.status == whole.status == "identifying"


def test_a_video_cut_inside_its_frames_still_says_truncated(tmp_path):
    import os

    from nymaudit.metadata.attachments import check_bytes

    video = _phone_video(os.urandom(17 * 1024 * 1024), moov_first=True)[: 16 * 1024 * 1024 + 100]
    (tmp_path / "cut.mp4").write_bytes(video)
    (attachment,) = read_input(tmp_path / "cut.mp4").attachments
    data = attachment.read()
    assert len(data) < 4096
    assert check_bytes(data, "cut.mp4").meta.error == check_bytes(video, "cut.mp4").meta.error
    assert "truncated" in (check_bytes(data, "cut.mp4").meta.error or "")


def test_a_large_file_in_no_known_format_is_judged_by_its_first_bytes(tmp_path):
    """The red team's 256 MiB "videos" were random bytes named .mp4: each was held whole to
    be found no known format, which its first bytes already say."""
    import os

    from nymaudit.metadata.attachments import check_bytes

    noise = os.urandom(17 * 1024 * 1024)
    (tmp_path / "v0.mp4").write_bytes(noise)
    (attachment,) = read_input(tmp_path / "v0.mp4").attachments
    data = attachment.read()
    assert len(data) == 64 * 1024
    head, whole = check_bytes(data, "v0.mp4"), check_bytes(noise, "v0.mp4")
    assert (head.status, head.meta.format, head.meta.error) == \
        (whole.status, whole.meta.format, whole.meta.error)

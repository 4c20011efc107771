"""Inputs after the seventh session's red team (2026-11-29): real tars, zips, folders and
notes built here, each read as a user gives it. Every test fails on the code before."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import lzma
import os
import tarfile
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note, read_source, write_tree
from nymaudit.cli import app
from nymaudit.sources import generic
from nymaudit.sources import tree as tree_module
from nymaudit.sources.detect import read_input
from nymaudit.sources.references import data_images
from nymaudit.sources.tree import TarTree, open_tree
from test_sources_attachments import gps_jpeg


def _mastodon_files(tmp_path: Path, media: dict[str, bytes] | None = None) -> list[tuple[str, bytes]]:
    """A Mastodon archive's members in the order its BackupService writes them: media
    first, then outbox.json, actor.json last."""
    notes = [make_note(str(k), f"2024-03-{1 + k:02d}T08:15:00Z", f"<p>note {k} from the harbour</p>")
             for k in range(5)]
    folder = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    files = [(name, data) for name, data in (media or {}).items()]
    for name in ("outbox.json", "likes.json", "bookmarks.json", "actor.json"):
        if (folder / name).exists():
            files.append((name, (folder / name).read_bytes()))
    return files


def _tar(files: list[tuple[str, bytes]], *, gz: bool = True, pax: bool = False) -> bytes:
    raw = io.BytesIO()
    fmt = tarfile.PAX_FORMAT if pax else tarfile.GNU_FORMAT
    with tarfile.open(fileobj=raw, mode="w", format=fmt) as archive:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), compresslevel=1) if gz else raw.getvalue()


# -- item 2: the total read cap stopped the listing -------------------------------------

@pytest.mark.parametrize("gz", [True, False])
def test_media_past_the_total_cap_before_outbox_still_lists_it(tmp_path, monkeypatch, gz):
    """A heavy poster's archive unpacks to more than the total read cap, media first:
    outbox.json came after the cap and the input was "nothing readable". The listing
    holds none of the media's bytes, so the cap no longer stops it (here the cap is
    made 2 MiB so that 3 MiB of media pass it)."""
    monkeypatch.setattr(tree_module, "MAX_TOTAL_BYTES", 2 * 1024**2)
    media = {f"media_attachments/files/110/000/{i:03d}/original/v.mp4": os.urandom(1024**2) for i in range(3)}
    path = tmp_path / ("archive-20261101120000-3f9a.tar" + (".gz" if gz else ""))
    path.write_bytes(_tar(_mastodon_files(tmp_path, media), gz=gz))
    (summary,) = read_input(path).inputs
    assert (summary.format, summary.posts, summary.errors) == ("mastodon", 5, [])


def test_a_plain_tar_is_listed_without_reading_its_members(tmp_path, monkeypatch):
    """A plain tar's listing seeks past each member's data: of 8 MiB of media, only the
    headers (and outbox.json, when read) come off the disk."""
    path = tmp_path / "a.tar"
    path.write_bytes(_tar(_mastodon_files(tmp_path, {"media/a.mp4": os.urandom(8 * 1024**2)}), gz=False))
    read = []
    real = tree_module._Cursor.read

    def counted(self, size):  # type: ignore[no-untyped-def]
        out = real(self, size)
        read.append(len(out))
        return out

    monkeypatch.setattr(tree_module._Cursor, "read", counted)
    tree = open_tree(path)
    assert isinstance(tree, TarTree) and "outbox.json" in [m.name for m in tree.members()]
    assert sum(read) < 1024**2


# -- item 3: a bad gzip CRC lost the last inflated chunk --------------------------------

def test_a_bad_gzip_checksum_keeps_what_was_inflated_and_says_so(tmp_path):
    data = bytearray(_tar(_mastodon_files(tmp_path)))
    data[-6] ^= 0xFF  # inside the trailer's CRC-32: every data byte is intact
    path = tmp_path / "archive.tar.gz"
    path.write_bytes(bytes(data))
    (summary,) = read_input(path).inputs
    assert (summary.format, summary.posts) == ("mastodon", 5)  # outbox.json was in the last chunk
    errors = [e.error for e in summary.errors]
    assert any("checksum (gzip CRC-32) does not match" in e for e in errors)
    assert not any("not read" in e or "were not read" in e for e in errors)


# -- item 13: smaller input messages ----------------------------------------------------

def _gzip_with_comment(payload: bytes, comment: bytes) -> bytes:
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(payload) + deflate.flush()
    header = b"\x1f\x8b\x08\x10" + b"\x00" * 4 + b"\x00\xff" + comment + b"\x00"
    return header + body + zlib.crc32(payload).to_bytes(4, "little") + len(payload).to_bytes(4, "little")


def test_a_gzip_header_longer_than_64_kib_is_read(tmp_path):
    raw = _tar(_mastodon_files(tmp_path), gz=False)
    path = tmp_path / "archive.tar.gz"
    path.write_bytes(_gzip_with_comment(raw, b"c" * 100_000))
    assert gzip.decompress(path.read_bytes()) == raw  # a valid gzip file
    assert isinstance(open_tree(path), TarTree)
    # The outbox's 5 posts; actor.json's profile records (twelfth session) are no posts.
    assert sum(p.is_post for p in read_source(path, "mastodon").posts) == 5


@pytest.mark.parametrize(("pack", "name"), [(bz2.compress, "bzip2"), (lzma.compress, "xz")])
def test_bzip2_or_xz_named_tar_gz_says_what_it_is(tmp_path, pack, name):
    path = tmp_path / "archive.tar.gz"
    path.write_bytes(pack(_tar(_mastodon_files(tmp_path), gz=False)))
    (summary,) = read_input(path).inputs
    (error,) = summary.errors
    assert f"compressed with {name}" in error.error and "unknown format" not in error.error


def test_a_text_starting_bzh_is_no_bzip2(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("BZh is how my nephew spells buzz. I walked to the harbour today.\n")
    (summary,) = read_input(path).inputs
    assert summary.format == "generic" and summary.errors == []


def test_a_malformed_gnu_sparse_map_is_a_clean_message(tmp_path):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("notes/sparse10.txt")
        info.size = 512 + 4
        info.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0",
                            "GNU.sparse.name": "notes/s.txt", "GNU.sparse.realsize": "4"}
        archive.addfile(info, io.BytesIO(b"1\n0".ljust(512, b"\x00") + b"abcd"))
    path = tmp_path / "sparse10.tar"
    path.write_bytes(raw.getvalue())
    (summary,) = read_input(path).inputs
    (error,) = summary.errors
    assert "sparse" in error.error and "unpack" not in error.error


APPLEDOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02" + b"\x00" * 200
NOTE = b"I walked along the harbour this morning; the light was lovely.\n"


@pytest.mark.parametrize("kind", ["tar.gz", "zip", "folder"])
def test_macos_appledouble_files_are_skipped(tmp_path, kind):
    """A tar or zip made on a Mac (or a folder copied to a USB stick) holds `._name` and
    `__MACOSX/` Finder files: they were attachments that "could not be checked"
    (META026, so `check` failed) and posts of NUL bytes."""
    files = {"notes/a.md": NOTE, "notes/._a.md": APPLEDOUBLE, "notes/._photo.jpg": APPLEDOUBLE,
             "__MACOSX/notes/._a.md": APPLEDOUBLE}
    if kind == "folder":
        path = write_tree(tmp_path / "notes", files, zip=False)
    elif kind == "zip":
        path = write_tree(tmp_path / "notes", files, zip=True)
    else:
        path = tmp_path / "notes.tar.gz"
        path.write_bytes(_tar(list(files.items())))
    (summary,) = read_input(path).inputs
    assert (summary.format, summary.posts, summary.attachments, summary.errors) == ("generic", 1, 0, [])


def test_a_tar_whose_every_member_is_refused_says_why(tmp_path):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("notes/a.txt")
        info.pax_headers = {"path": "notes/nul\x00evil.txt"}
        info.size = len(NOTE)
        archive.addfile(info, io.BytesIO(NOTE))
    path = tmp_path / "paxnul.tar"
    path.write_bytes(raw.getvalue())
    (summary,) = read_input(path).inputs
    first = summary.errors[0].error
    assert "unknown format" not in first and "every file in it was skipped" in first


# -- item 10: duplicate tar members -----------------------------------------------------

def test_duplicate_tar_members_keep_the_last_as_tar_does(tmp_path):
    """`tar cf` then `tar rf` of a newer posts.jsonl: `tar xf` leaves the newer one."""
    old = json.dumps({"timestamp": "2024-03-01T08:00:00Z", "text": "Still in Lyon for now."}) + "\n"
    new = json.dumps({"timestamp": "2024-03-02T08:00:00Z", "text": "I live in Villeurbanne now."}) + "\n"
    path = tmp_path / "notes.tar"
    path.write_bytes(_tar([("posts.jsonl", old.encode()), ("posts.jsonl", new.encode())], gz=False))
    corpus = read_input(path)
    assert [p.text for p in corpus.posts] == ["I live in Villeurbanne now."]
    assert [e.error for e in corpus.inputs[0].errors] == [  # the message since the eighth session
        "2 members of this name: the last was read as the file (the one `unzip -o` and `tar x` leave "
        "on disk); copy 1 of 2 was not read: extract the copies apart to check them"]


# -- item 7: an archive inside a folder or another archive ------------------------------

def test_an_archive_inside_a_folder_or_archive_is_said(tmp_path):
    mastodon = _tar(_mastodon_files(tmp_path))
    folder = write_tree(tmp_path / "notes", {"diary.md": NOTE, "morag.tar.gz": mastodon,
                                             "old/morag.zip": b"PK\x05\x06" + b"\x00" * 18}, zip=False)
    (summary,) = read_input(folder).inputs
    said = {e.path: e.error for e in summary.errors}
    assert summary.posts == 1
    for name in ("morag.tar.gz", "old/morag.zip"):
        assert said[str(folder / name)] == ("an archive, not read inside another input: give it as an "
                                            "input of its own")
    downloads = write_tree(tmp_path / "dl", {"archive-20261101120000-3f9a.tar.gz": mastodon}, zip=False)
    (summary,) = read_input(downloads).inputs
    assert summary.errors[0].error == (
        "no supported format could be read: holds an archive (archive-20261101120000-3f9a.tar.gz), "
        "which is not read inside another input: give it as an input of its own")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("archive.tar.gz", mastodon)
    (summary,) = read_input(outer).inputs
    assert "extract it and give it as an input of its own" in summary.errors[0].error


# -- item 4: data: URIs with parameters or another media type ---------------------------

def _forms(photo: bytes) -> dict[str, str]:
    plain = base64.b64encode(photo).decode()
    return {
        "name": f"data:image/jpeg;name=IMG_1234.jpg;base64,{plain}",
        "charset": f"data:image/jpeg;charset=utf-8;base64,{plain}",
        "pjpeg": f"data:image/pjpeg;base64,{plain}",
        "octet": f"data:application/octet-stream;base64,{plain}",
        "untyped": f"data:;base64,{plain}",
        "percent": "data:image/jpeg;base64,"
                   + plain.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D"),
        "urlsafe": "data:image/jpeg;base64," + base64.urlsafe_b64encode(photo).decode().rstrip("="),
        "entity": f'<img src="data&#58;image/jpeg;base64,{plain}">',
    }


@pytest.mark.parametrize("form", sorted(_forms(b"x")))
def test_a_pasted_photo_is_read_in_every_data_uri_form(tmp_path, form):
    photo = gps_jpeg()
    found, problems = data_images(f"A walk.\n\n![x]({_forms(photo)[form]})\n", "draft.md", "d", "d")
    assert problems == []
    (image,) = found
    assert image.read() == photo and image.media_type == "image/jpeg"


def test_check_fails_on_a_photo_pasted_with_a_parameter(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(f"# A walk\n\nSome text.\n\n![x]({_forms(gps_jpeg())['name']})\n")
    done = CliRunner().invoke(app, ["check", str(draft), "--format", "json"])
    assert done.exit_code == 1
    assert "META010" in {f["rule"] for f in json.loads(done.stdout)["findings"]}


def test_data_uris_that_are_no_images_are_left_alone_and_broken_ones_said():
    text = base64.b64encode(b"hello, this is plain text and nothing else at all").decode()
    found, problems = data_images(f"see data:text/plain;charset=utf-8;base64,{text} here", "p", "i", "s")
    assert (found, problems) == ([], [])
    broken = "![x](data:image/jpeg;name=a.jpg;base64,AAAAAAAAAAAAAAAAA)"  # 17 digits: no whole byte
    found, problems = data_images(broken, "p", "i", "s")
    assert found == []
    assert problems == ["data-image-1: an image in its text that is not valid base64; not checked"]


# -- item 11: a file of records over the cap is read a line at a time -------------------

def test_jsonl_over_the_cap_is_not_held_many_times_over(tmp_path, monkeypatch):
    """One emoji made the decoded text 4 bytes a character, and it was copied by the cut
    and by the line splitter: a 600 MiB JSONL took 5.0 GB. Now each line is decoded on its
    own; Python's own allocations while reading stay within 3 times the bytes read."""
    cap = 8 * 1024**2
    monkeypatch.setattr(generic, "MAX_RECORDS_BYTES", cap)
    lines = [json.dumps({"timestamp": "2024-03-01T08:00:00Z", "text": "first post 🙂"}, ensure_ascii=False)]
    filler = json.dumps({"timestamp": "2024-03-01T08:00:00Z", "text": "a" * 1000})
    lines += [filler] * (cap // len(filler) + 50)
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        result = read_source(path, "generic")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.posts[0].text == "first post 🙂"
    assert len(result.posts) == path.read_bytes()[:cap].count(b"\n")  # the whole lines within the cap
    assert [e.error for e in result.errors] == [
        "larger than the 8 MiB cap for a file of records (whole lines): the first 8 MiB were read, "
        "the rest was not"]
    assert peak < 3 * cap


@pytest.mark.parametrize("gz", [True, False])
def test_a_tar_cut_inside_a_header_says_it_is_truncated(tmp_path, gz):
    """tarfile takes a header block cut short for the end of the archive: the members
    after it were missing with no word."""
    record = '{"timestamp": "2024-03-01T08:00:00Z", "text": "note %d"}\n'
    files = [(f"n{i}.jsonl", (record % i).encode()) for i in range(3)]
    raw = _tar(files, gz=False)
    cut = raw[: 512 + 512 + 300]  # the first member whole, then 300 bytes of the second's header
    path = tmp_path / ("notes.tar.gz" if gz else "notes.tar")
    path.write_bytes(gzip.compress(cut) if gz else cut)
    (summary,) = read_input(path).inputs
    assert summary.posts == 1
    assert any("ends inside a member's header" in e.error for e in summary.errors)


def test_bytes_after_the_gzip_stream_that_only_look_like_gzip_are_ignored(tmp_path):
    path = tmp_path / "archive.tar.gz"
    path.write_bytes(_tar(_mastodon_files(tmp_path)) + b"\x1f\x8b" + b"\x00" * 100)
    (summary,) = read_input(path).inputs
    assert (summary.format, summary.posts, summary.errors) == ("mastodon", 5, [])

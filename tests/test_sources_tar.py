"""Tar and tar.gz inputs (Mastodon's ``archive-YYYYMMDDhhmmss-<hash>.tar.gz``): read member
by member in memory with the zip's caps; links, devices and unsafe names are skipped and
said; truncated or corrupt data is an input error, never a traceback or a hang."""

from __future__ import annotations

import gzip
import io
import os
import random
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_builders import build_mastodon_archive, make_note, read_source, tar_tree, write_tree
from nymaudit.sources.detect import read_input
from nymaudit.sources.tree import TarTree, open_tree

MEDIA = "media_attachments/files/110/000/000/original/photo.jpg"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(range(256)) * 4


def _notes() -> list:
    return [
        make_note("1", "2024-03-01T08:15:00Z", "<p>morning at the harbour</p>",
                  attachments=[{"type": "Document", "mediaType": "image/jpeg", "url": f"/{MEDIA}"}]),
        make_note("2", "2024-03-02T21:40:00Z", "<p>late shift again</p>"),
    ]


def _mastodon(tmp_path: Path) -> Path:
    return build_mastodon_archive(tmp_path / "m", _notes(), zip=False, boosts=[("2024-03-03T10:00:00Z", "u")],
                                  media={MEDIA: JPEG})


@pytest.mark.parametrize(("suffix", "compression"), [("tar.gz", "gz"), ("tgz", "gz"), ("tar", "")])
def test_mastodon_tar_reads_like_its_folder(tmp_path, suffix, compression):
    folder = _mastodon(tmp_path)
    archive = tar_tree(folder, tmp_path / f"archive-20261101120000-3f9a.{suffix}", compression=compression)
    assert isinstance(open_tree(archive), TarTree)
    unpacked = read_source(folder, "mastodon")
    packed = read_source(archive, "mastodon")
    assert [(p.id, p.timestamp, p.text) for p in packed.posts] == [
        (p.id, p.timestamp, p.text) for p in unpacked.posts]
    assert len(packed.activities) == len(unpacked.activities) == 1
    assert packed.errors == []
    # Located as a zip's members are: the archive, "!", the member.
    assert packed.posts[0].origin.path == f"{archive}!outbox.json"
    (photo,) = [a for a in packed.attachments if a.path == MEDIA]
    assert photo.read() == JPEG and photo.post_id == packed.posts[0].id


def test_scan_of_the_tar_gz_is_not_unknown_format(tmp_path):
    archive = tar_tree(_mastodon(tmp_path), tmp_path / "archive-20261101120000-3f9a.tar.gz")
    corpus = read_input(archive)
    (summary,) = corpus.inputs
    # 2 attachments: the photo and actor.json's avatar.png (read since the twelfth session).
    assert (summary.format, summary.posts, summary.activities, summary.attachments) == ("mastodon", 2, 1, 2)
    done = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(archive), "-q", "-f", "json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert "unknown format" not in done.stdout + done.stderr


def test_members_read_out_of_order_across_saved_points(tmp_path):
    """Members read backwards, each inflated again from a saved point of the zlib state,
    not from the start of the file; the bytes are the members' own."""
    rng = random.Random(7)
    files = {f"media/{i:03d}.bin": rng.randbytes(rng.randrange(1, 700_000)) for i in range(40)}
    folder = tmp_path / "f"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    tree = open_tree(tar_tree(folder, tmp_path / "big.tar.gz"))
    assert isinstance(tree, TarTree)
    assert len(tree._points) > 5  # noqa: SLF001 - the saved points exist
    for name in reversed(sorted(files)):
        assert tree.read(name) == files[name]
        assert tree.head(name, 100) == files[name][:100]
    tree.close()


def _tar_bytes(entries: list[tarfile.TarInfo], datas: list[bytes], gz: bool = True,
               form: int = tarfile.GNU_FORMAT) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=form) as archive:
        for info, data in zip(entries, datas, strict=True):
            archive.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return gzip.compress(raw.getvalue()) if gz else raw.getvalue()


def _info(name: str, kind: bytes = tarfile.REGTYPE, size: int = 0, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.size, info.linkname = kind, size, link
    return info


def test_links_devices_and_unsafe_names_are_skipped_and_said(tmp_path):
    text = (build_mastodon_archive(tmp_path / "ok", _notes(), zip=False) / "outbox.json").read_bytes()
    entries = [
        _info("outbox.json", size=len(text)),
        _info("actor.json", tarfile.SYMTYPE, link="/etc/passwd"),
        _info("hard.json", tarfile.LNKTYPE, link="outbox.json"),
        _info("dev/sda", tarfile.BLKTYPE),
        _info("dev/tty", tarfile.CHRTYPE),
        _info("pipe", tarfile.FIFOTYPE),
        _info("/etc/cron.d/evil", size=3),
        _info("../../escape.txt", size=3),
    ]
    datas = [text, b"", b"", b"", b"", b"", b"abc", b"abc"]
    path = tmp_path / "hostile.tar.gz"
    path.write_bytes(_tar_bytes(entries, datas))
    before = sorted(p for p in tmp_path.rglob("*"))
    tree = open_tree(path)
    assert [m.name for m in tree.members()] == ["outbox.json"]
    said = dict(tree.problems)
    assert said["actor.json"] == "symbolic link; not followed, skipped"
    assert said["hard.json"] == "hard link; not followed, skipped"
    assert said["dev/sda"] == "block device; skipped"
    assert said["dev/tty"] == "character device; skipped"
    assert said["pipe"] == "named pipe (FIFO); skipped"
    assert said["/etc/cron.d/evil"].startswith("unsafe member name")
    assert said["../../escape.txt"].startswith("unsafe member name")
    corpus = read_input(path)
    assert corpus.inputs[0].format == "mastodon" and corpus.inputs[0].posts == 2
    assert sorted(p for p in tmp_path.rglob("*")) == before  # nothing written
    assert not Path("/etc/cron.d/evil").exists()


def test_truncated_gzip_is_an_input_error(tmp_path):
    archive = tar_tree(_mastodon(tmp_path), tmp_path / "a.tar.gz")
    data = archive.read_bytes()
    for cut in (12, 40, len(data) // 2, len(data) - 9):
        cut_path = tmp_path / f"cut{cut}.tar.gz"
        cut_path.write_bytes(data[:cut])
        corpus = read_input(cut_path)
        (summary,) = corpus.inputs
        messages = " | ".join(e.error for e in summary.errors)
        assert "truncated" in messages, (cut, messages)
        assert "Traceback" not in messages and "cannot read: " not in messages


def test_gzip_bomb_member_is_refused(tmp_path):
    entries = [_info("outbox.json", size=64 * 1024**2)]
    path = tmp_path / "bomb.tar.gz"
    path.write_bytes(_tar_bytes(entries, [b"\x00" * (64 * 1024**2)]))
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    tree = open_tree(path)
    assert tree.members() == []
    said = dict(tree.problems)
    assert "gzip bomb" in said[""] and said["outbox.json"].startswith("not read")
    corpus = read_input(path)
    assert any("gzip bomb" in e.error for e in corpus.inputs[0].errors)
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("pax", [
    b"2 2 " * 8000 + b"=\n",  # CVE-2024-6232's backtracking shape
    b"30 path=" + b"1" * 21 + b"\n",  # length says 30, record is 30: fine; digits short
    b"99999 path=x\n",  # length past the record
    b"25 size=1000000000000000\n",  # tarfile skipped 10**15 bytes a block at a time: no end
])
def test_malformed_or_slow_pax_headers_are_refused_quickly(tmp_path, pax):
    block = tarfile.TarInfo("././@PaxHeader")
    block.type, block.size = tarfile.XHDTYPE, len(pax)
    raw = block.tobuf(tarfile.USTAR_FORMAT) + pax + b"\x00" * (-len(pax) % 512)
    body = _info("outbox.json", size=5).tobuf(tarfile.USTAR_FORMAT) + b"hello" + b"\x00" * 507
    path = tmp_path / "pax.tar.gz"
    path.write_bytes(gzip.compress(raw + body + b"\x00" * 1024))
    started = time.monotonic()
    corpus = read_input(path)
    assert time.monotonic() - started < 5
    assert corpus.inputs  # an input line, whatever it says


def test_gzip_that_is_no_tar_stays_a_single_file(tmp_path):
    path = tmp_path / "posts.json.gz"
    path.write_bytes(gzip.compress(b'{"a": 1}\n' * 200))
    assert not isinstance(open_tree(path), TarTree)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_tars_never_raise_or_hang(tmp_path, data):
    base = _fuzz_base()[data.draw(st.integers(0, 1))]  # GNU long names, pax headers
    gz = data.draw(st.booleans())
    blob = bytearray(gzip.compress(base, mtime=0) if gz else base)
    for _ in range(data.draw(st.integers(1, 12))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        del blob[data.draw(st.integers(1, len(blob))):]
    path = tmp_path / "fuzz.tar.gz"
    path.write_bytes(bytes(blob))
    started = time.monotonic()
    corpus = read_input(path)
    for summary in corpus.inputs:
        assert all("Traceback" not in e.error and "cannot read: " not in e.error[:13]
                   for e in summary.errors), summary.errors
    assert time.monotonic() - started < 10


_BASE: list[bytes] = []


def _fuzz_base() -> list[bytes]:
    if not _BASE:
        outbox = (b'{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", '
                  b'"type": "OrderedCollection", "orderedItems": []}')
        for form in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
            entries = [
                _info("outbox.json", size=len(outbox)),
                _info("a/" + "n\u00e9" * 80 + ".md", size=20),  # a long, non-ASCII name
                _info("link", tarfile.SYMTYPE, link="outbox.json"),
                _info("media_attachments/files/1/original/p.jpg", size=len(JPEG)),
            ]
            _BASE.append(_tar_bytes(entries, [outbox, b"# note\n\nhello there\n", b"", JPEG], gz=False,
                                    form=form))
    return _BASE


def test_nothing_extracted_no_chdir(tmp_path):
    archive = tar_tree(_mastodon(tmp_path), tmp_path / "a.tar.gz")
    cwd = os.getcwd()
    listing = sorted(os.listdir(tmp_path))
    read_input(archive)
    assert os.getcwd() == cwd and sorted(os.listdir(tmp_path)) == listing


def test_an_archive_cut_in_its_outbox_keeps_every_complete_activity(tmp_path):
    notes = [make_note(str(i), f"2024-03-{1 + i % 28:02d}T08:15:00Z", f"<p>note {i} " + "word " * 40 + "</p>")
             for i in range(400)]
    folder = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    data = tar_tree(folder, tmp_path / "a.tar.gz").read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(data[: len(data) // 2])
    (summary,) = read_input(cut).inputs
    assert summary.format == "mastodon" and 0 < summary.posts < 400
    said = [e.error for e in summary.errors]
    assert any(e.startswith("truncated member (the archive ends inside it): its first") for e in said)
    assert any(e.startswith("the tar.gz file is truncated") for e in said)


def test_a_git_repository_inside_a_tar_is_said_not_read(tmp_path):
    from nymaudit.sources.git import unread_history

    folder = write_tree(tmp_path / "site", {
        "notes/a.md": "# a\n\nhello\n", ".git/HEAD": "ref: refs/heads/main\n",
        ".git/refs/heads/main": "0" * 40 + "\n", ".git/objects/ab/cdef": b"x"}, zip=False)
    tree = open_tree(tar_tree(folder, tmp_path / "site.tar.gz"))
    where, why = unread_history(tree)
    assert where == ".git" and "inside the tar" in why


def test_a_tar_gz_of_several_gzip_members_is_read_whole(tmp_path):
    """pigz and concatenated parts write several gzip members one after another; zlib ends
    at the first, and its leftover input must be fed to the next member once."""
    rng = random.Random(5)
    files = {f"m/{i}.bin": rng.randbytes(rng.randrange(1000, 300_000)) for i in range(30)}
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as archive:
        for name, data in files.items():
            archive.addfile(_info(name, size=len(data)), io.BytesIO(data))
    whole = raw.getvalue()
    path = tmp_path / "parts.tar.gz"
    path.write_bytes(b"".join(gzip.compress(whole[at:at + 777_777]) for at in range(0, len(whole), 777_777)))
    tree = open_tree(path)
    assert tree.problems == [] and len(tree.members()) == 30
    for name in reversed(list(files)):
        assert tree.read(name) == files[name]


def test_a_base256_size_far_past_the_file_ends_the_listing(tmp_path):
    huge = _info("outbox.json", size=10**15)
    raw = huge.tobuf(tarfile.GNU_FORMAT) + b"hello" + b"\x00" * 2048
    for gz in (True, False):
        path = tmp_path / f"huge.tar{'.gz' if gz else ''}"
        path.write_bytes(gzip.compress(raw) if gz else raw)
        started = time.monotonic()
        (summary,) = read_input(path).inputs
        assert time.monotonic() - started < 5
        assert "declares 1000000000000000 bytes" in summary.errors[0].error


@pytest.mark.parametrize("compression", ["bz2", "xz"])
def test_a_tar_bz2_or_xz_says_what_to_do(tmp_path, compression):
    folder = _mastodon(tmp_path)
    path = tmp_path / f"archive.tar.{compression}"
    with tarfile.open(path, f"w:{compression}") as archive:
        archive.add(folder / "outbox.json", arcname="outbox.json")
    (summary,) = read_input(path).inputs
    assert "extract it and give the folder" in summary.errors[0].error

"""Ninth session (2026-11-29), red team F2b and N2: what a file's compressed parts may expand
to in all, the zip ratio check over small members taken together, the scan-wide metadata
budget, CPU time rather than wall time for the per-file budget, and a truncated PNG text
chunk whose CRC bytes were reported as a person's name. No timed assertions: each test
counts the work done (bytes inflated, members read, files checked) or fakes a clock."""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.metadata import extract


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def _png_with_text(chunks: int, size: int) -> bytes:
    """A PNG as Pillow writes it with ``PngInfo.add_text(..., zip=True)``: zTXt chunks."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for _ in range(chunks):
        info.add_text("Comment", "A" * size, zip=True)
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


class _Counting:
    """zlib.decompressobj that adds up what it gives out, whichever module calls it."""

    def __init__(self) -> None:
        self.out = 0
        self.real = zlib.decompressobj

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        inner = self.real(*args, **kwargs)
        counter = self

        class Wrapped:
            def decompress(self, data: bytes, max_length: int = 0) -> bytes:
                piece = inner.decompress(data, max_length)
                counter.out += len(piece)
                return piece

            def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
                return getattr(inner, name)

        return Wrapped()


def test_a_png_of_many_small_zlib_bombs_inflates_at_most_the_file_total(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """40 zTXt chunks of 4 MB each (each under the 4 MiB chunk cap): before, every chunk was
    inflated (160 MB, the whole 1.5 s budget); now the file's total (16 MiB) stops it, said."""
    data = _png_with_text(40, 4_000_000)
    assert len(data) < 200_000  # a small file
    counting = _Counting()
    monkeypatch.setattr(zlib, "decompressobj", counting)
    meta = extract(data, budget=3600.0)  # no time budget: only the inflate caps bound the work
    assert counting.out <= 17 * 1024 * 1024  # core.MAX_INFLATED_TOTAL and one more piece
    assert meta.partial and "in all" in (meta.error or "") and "partial result" in (meta.error or "")
    assert [f.name for f in meta.fields] == ["Comment"]  # what was read is still reported


def test_a_png_with_a_few_text_chunks_is_read_whole() -> None:
    data = _png_with_text(3, 2000)
    meta = extract(data)
    assert not meta.partial and meta.error is None


def test_an_svgz_counts_against_the_same_total() -> None:
    """SVGZ goes through the shared inflate: within its own 16 MiB cap it is read whole."""
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><desc>made by Jane Doe</desc></svg>'
    meta = extract(_gzip(svg))
    assert meta.format == "svgz" and meta.error is None


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, mtime=0)


def test_an_office_file_of_many_small_parts_stops_at_its_total(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts under the 1 MB ratio floor are not checked one by one; together they count."""
    from nymaudit.metadata import core

    monkeypatch.setattr(core, "OFFICE_INFLATED_TOTAL", 8 * 1024 * 1024, raising=False)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties '
                    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Doe</dc:creator>'
                    "</cp:coreProperties>")
        for i in range(40):
            zf.writestr(f"word/header{i}.xml", "<w:hdr>" + " " * 900_000 + "</w:hdr>")
    meta = extract(buf.getvalue(), budget=3600.0)
    assert meta.format == "ooxml"
    assert any(f.value == "Jane Doe" for f in meta.fields)
    assert meta.partial and "in all" in (meta.error or "")


# -- the zip's ratio check over small members taken together ----------------------------------


def test_a_zip_of_many_small_bombs_is_refused_past_the_aggregate_floor(tmp_path: Path) -> None:
    from nymaudit.sources.tree import InputProblem, ZipTree

    path = tmp_path / "photos.zip"
    member = b"\x00" * (1024 * 1024)  # 1 MiB, ~1000:1, under the 4 MiB per-member floor
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for i in range(100):
            zf.writestr(f"photos/p{i:03d}.png", member)
    tree = ZipTree(path)
    read = refused = 0
    for m in tree.members():
        try:
            tree.read(m.name)
            read += 1
        except InputProblem as exc:
            assert "together" in str(exc)
            refused += 1
    assert read <= 65 and refused >= 30  # tree.AGGREGATE_RATIO_FLOOR is 64 MiB
    tree.close()


def test_a_zip_of_ordinary_small_members_is_read_whole(tmp_path: Path) -> None:
    import os

    from nymaudit.sources.tree import ZipTree

    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:  # photos are stored as they are
        for i in range(70):
            zf.writestr(f"photos/p{i:03d}.jpg", os.urandom(1024 * 1024))
    tree = ZipTree(path)
    assert all(len(tree.read(m.name)) == 1024 * 1024 for m in tree.members())
    tree.close()


# -- the scan-wide metadata budget ------------------------------------------------------------


def _photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        info = PngInfo()
        info.add_text("Author", f"Jane Doe {i}")
        path = folder / f"p{i}.png"
        Image.new("RGB", (8, 8), "white").save(path, pnginfo=info)
        paths.append(path)
    return paths


@pytest.fixture
def counting_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading of the scan budget's clock advances it by one second: the first file
    checked costs one second, whatever the machine's load."""
    import itertools

    import nymaudit.metadata.attachments as attachments

    ticks = itertools.count()
    monkeypatch.setattr(attachments, "_cpu", lambda: float(next(ticks)), raising=False)
    monkeypatch.setattr(attachments, "SCAN_BUDGET_SECONDS", 1.5, raising=False)


def test_past_the_scan_budget_the_rest_are_one_finding_and_check_fails(
        tmp_path: Path, counting_clock: None) -> None:
    paths = _photos(tmp_path / "img", 6)
    result = run("scan", "--no-redact", "--format", "json", str(tmp_path / "img"))
    assert result.exit_code == 0, result.stdout
    doc = json.loads(result.stdout)
    assert doc["metadata"]["by_status"]["identifying"] == 2  # 1 s each: two fit in 1.5 s
    assert doc["metadata"]["by_status"]["unreadable"] == 4
    late = [f for f in doc["findings"] if f["rule"] == "META026"]
    assert len(late) == 1 and late[0]["message"].startswith("4 attachments not checked for metadata")
    assert "time budget" in late[0]["message"]

    result = run("check", "--format", "json", *map(str, paths))
    assert result.exit_code == 1
    (late,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "META026"]
    assert late["severity"] == "medium"  # a gate fails closed on what it did not read


def test_the_per_file_budget_is_cpu_time_not_wall_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A loaded machine (wall time passing 1.6 s between two looks at the clock, the reader's
    own CPU time unchanged) no longer turns a small file into a partial read."""
    import itertools

    data = _png_with_text(3, 2000)
    wall = itertools.count()
    monkeypatch.setattr(time, "perf_counter", lambda: 1.6 * next(wall))  # past 1.5 s at each look
    meta = extract(data)
    assert meta.error is None and not meta.partial


# -- red team N2: a truncated text chunk ------------------------------------------------------


def _chunk(ctype: bytes, body: bytes, length: int | None = None) -> bytes:
    return (struct.pack(">I", len(body) if length is None else length) + ctype + body
            + struct.pack(">I", zlib.crc32(ctype + body)))


def test_a_text_chunk_cut_by_the_end_of_the_file_gives_no_value() -> None:
    """A tEXt chunk declaring 2 GiB in a 53-byte file: its "value" was "x" plus the chunk's
    CRC, reported as the Author (META012 high). Now: not read, said, partial."""
    ihdr = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    data = b"\x89PNG\r\n\x1a\n" + ihdr + _chunk(b"tEXt", b"Author\x00x", length=0x7FFFFFFF)
    meta = extract(data)
    assert meta.fields == []
    assert "cut off by the end of the file" in (meta.error or "") and meta.partial

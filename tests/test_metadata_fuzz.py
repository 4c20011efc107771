"""Robustness of the metadata readers: damaged copies of real files (cut short,
bytes flipped, chunks duplicated or deleted) and hand-made hostile files (huge
declared lengths, box and IFD loops, zlib bombs, deep XMP, entity bombs, zip
bombs). Every file must come back as a result, never an exception, within the
time budget and with bounded memory."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, SHARED
from nymaudit.metadata import FileMeta, extract
from nymaudit.metadata.attachments import check_bytes

FIXTURES = REPO / "tests" / "fixtures" / "metadata"
SAMPLES = SHARED / "images" / "exiftool-samples"
SAMPLE_NAMES = ["Canon.jpg", "NikonD70.jpg", "OlympusE1.jpg", "Pentax.jpg", "CanonRaw.cr2",
                "CanonRaw.cr3", "DNG.dng", "FujiFilm.raf", "Panasonic.rw2", "QuickTime.mov",
                "QuickTime.heic", "PNG.png", "RIFF.webp", "PDF.pdf", "OOXML.docx", "OpenDoc.ods",
                "XMP.xmp", "IPTC.jpg", "ExtendedXMP.jpg", "FLIR.jpg", "GoPro.jpg", "Minolta.mrw",
                "Photoshop.psd", "Jpeg2000.jp2", "PostScript.eps", "GIF.gif", "XMP.inx",
                "PhaseOne.iiq", "AFCP.jpg", "CanonRaw.crw", "Pentax.avi", "RIFF.wav",
                # Text formats read since the eighth session (29 November 2026).
                "RTF.rtf", "Geotag.gpx", "Geotag.kml", "Geotag.igc", "Geotag.log", "Geotag.xml",
                "VCard.vcf", "VCard.ics", "XMP.xml"]
# A guard against hangs and quadratic blow-ups, not a speed goal (speed is measured by
# tests/benchmarks/bench_metadata_speed.py): generous, since tracemalloc and a shared
# 2-core machine slow a healthy read several-fold (a 2 s bound failed under load).
TIME_LIMIT = 20.0


def _seeds() -> list[bytes]:
    seeds = [p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.suffix != ".py"]
    if SAMPLES.is_dir():
        seeds += [(SAMPLES / n).read_bytes() for n in SAMPLE_NAMES if (SAMPLES / n).is_file()]
    return seeds


SEEDS = _seeds()


def run_one(data: bytes) -> FileMeta:
    start = time.perf_counter()
    meta = extract(data)  # must not raise
    checked = check_bytes(data, "fuzz.bin")  # findings and status must not raise either
    elapsed = time.perf_counter() - start
    assert isinstance(meta, FileMeta)
    assert checked.status in ("identifying", "clean", "unsupported", "unreadable")
    assert elapsed < TIME_LIMIT, f"{elapsed:.2f} s"
    for f in meta.fields:
        assert isinstance(f.value, str) and len(f.value) <= 400
    return meta


mutation = st.tuples(
    st.sampled_from(range(len(SEEDS))),
    st.sampled_from(["truncate", "flip", "duplicate", "delete", "overwrite"]),
    st.integers(min_value=0, max_value=2**31),
    st.integers(min_value=1, max_value=512),
    st.binary(min_size=1, max_size=8),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutation)
def test_damaged_real_files(case: tuple[int, str, int, int, bytes]) -> None:
    index, kind, where, size, junk = case
    data = SEEDS[index]
    at = where % max(1, len(data))
    if kind == "truncate":
        mutated = data[:at]
    elif kind == "flip":
        mutated = bytearray(data)
        for i, b in enumerate(junk):
            mutated[(at + i * 97) % len(data)] ^= b or 0xFF
        mutated = bytes(mutated)
    elif kind == "duplicate":
        mutated = data[: at + size] + data[at : at + size] + data[at + size :]
    elif kind == "delete":
        mutated = data[:at] + data[at + size :]
    else:
        mutated = data[:at] + junk * 4 + data[at + 4 * len(junk) :]
    run_one(mutated)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_behind_real_magic(body: bytes) -> None:
    for magic in (b"\xff\xd8\xff\xe1", b"II*\x00", b"MM\x00*", b"\x89PNG\r\n\x1a\n",
                  b"RIFF\x00\x00\x00\x10WEBP", b"\x00\x00\x00\x18ftypheic", b"%PDF-1.7\n",
                  b"FUJIFILMCCD-RAW ", b"\x00MRM", b"<x:xmpmeta ", b"8BPS",
                  b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"GIF89a", b"%!PS-Adobe-3.0 EPSF",
                  b"\xc5\xd0\xd3\xc6", b"II*\x00\x08\x00\x00\x00IIII",
                  b"II\x1a\x00\x00\x00HEAPCCDR", b"RIFF\xff\x00\x00\x00AVI LIST",
                  b"<svg xmlns='http://www.w3.org/2000/svg'>",
                  b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00",
                  b"{\\rtf1{\\info{\\author ",
                  b'<?xml version="1.0"?><gpx><trk><trkseg><trkpt lat="1" lon="2">',
                  b"BEGIN:VCARD\r\nFN:", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",
                  b"AXXX001\r\nHFDTE050110\r\nB07231549",
                  b"$GPRMC,1,A,4807.038,N,01131.000,E,0,0,230394\n$GPGGA,"):
        run_one(magic + body)


# --- hand-made hostile files ----------------------------------------------------

def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_zlib_bomb() -> bytes:
    bomb = zlib.compress(b"A" * (200 * 1024 * 1024), 9)  # 200 MB of text in ~200 KB
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"zTXt", b"Comment\x00\x00" + bomb) + _png_chunk(b"IEND", b""))


def png_huge_length() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 0x7FFFFFFF) + b"tEXt" + b"x" * 50


def tiff_ifd_loop() -> bytes:
    # IFD0 at 8 with one entry, next-IFD pointing back at itself; an ExifIFD
    # pointer at IFD0 too.
    entries = struct.pack("<HHII", 0x8769, 4, 1, 8) + struct.pack("<HHII", 0x010F, 2, 4, 0x41424300)
    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 2) + entries + struct.pack("<I", 8)


def tiff_huge_count() -> bytes:
    entry = struct.pack("<HHII", 0x010E, 2, 0xFFFFFFF0, 26)
    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + entry + b"\x00" * 8


def tiff_many_ifds() -> bytes:
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for i in range(3000):
        nxt = 8 + (i + 1) * 18
        out += struct.pack("<H", 1) + struct.pack("<HHII", 0x0131, 2, 4, 0x00787878)
        out += struct.pack("<I", nxt if i < 2999 else 0)
    return bytes(out)


def jpeg_nested_exif() -> bytes:
    """An RW2-style JpgFromRaw tag whose JPEG holds the same EXIF again."""
    tiff = bytearray(b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1))
    tiff += struct.pack("<HHII", 0x002E, 7, 0, 0) + struct.pack("<I", 0)
    app1 = b"Exif\x00\x00" + bytes(tiff)
    jpeg = b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xd9"
    # point the JpgFromRaw tag at the whole JPEG (offset relative to the TIFF start)
    start = jpeg.index(b"II*\x00")
    patched = bytearray(jpeg)
    entry_at = start + 10
    struct.pack_into("<HHII", patched, entry_at, 0x002E, 7, len(jpeg), (-start) & 0xFFFFFFFF)
    return bytes(patched)


def bmff_box_loop() -> bytes:
    # A box whose size is smaller than its header, and a 64-bit size far past the end.
    return (struct.pack(">I", 24) + b"ftypheic" + b"\x00" * 4 + b"mif1heic"
            + struct.pack(">I", 4) + b"moov" + struct.pack(">I", 1) + b"meta"
            + struct.pack(">Q", 2**62) + b"\x00" * 32)


def bmff_deep_nesting() -> bytes:
    body = b""
    for _ in range(5000):
        body = struct.pack(">I", 8 + len(body)) + b"moov" + body
    return struct.pack(">I", 16) + b"ftypmp42" + b"\x00" * 4 + body


def iloc_huge_extent() -> bytes:
    infe = struct.pack(">I", 21) + b"infe" + bytes([2, 0, 0, 0]) + struct.pack(">HH", 1, 0) + b"Exif\x00"
    iinf = struct.pack(">I", 14 + len(infe)) + b"iinf" + b"\x00" * 4 + struct.pack(">H", 1) + infe
    iloc_body = b"\x00" * 4 + bytes([0x44, 0]) + struct.pack(">H", 1) + struct.pack(">HHH", 1, 0, 1)
    iloc_body += struct.pack(">II", 0, 0xFFFFFFFF)
    iloc = struct.pack(">I", 8 + len(iloc_body)) + b"iloc" + iloc_body
    meta = struct.pack(">I", 12 + len(iinf) + len(iloc)) + b"meta" + b"\x00" * 4 + iinf + iloc
    return struct.pack(">I", 20) + b"ftypheic" + b"\x00" * 4 + b"mif1" + meta


def xmp_deep_nesting() -> bytes:
    depth = 50_000
    return (b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + b"<a>" * depth + b"x" + b"</a>" * depth
            + b"</x:xmpmeta>")


def xmp_entity_bomb() -> bytes:
    return (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
            b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
            b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf="
            b"'http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
            b"xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>&e;&e;&e;</dc:creator>"
            b"</rdf:Description></rdf:RDF></x:xmpmeta>")


def jpeg_xmp_external_entity() -> bytes:
    xmp = (b"http://ns.adobe.com/xap/1.0/\x00<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM "
           b"'file:///etc/passwd'>]><x:xmpmeta xmlns:x='adobe:ns:meta/'>&e;</x:xmpmeta>")
    return b"\xff\xd8\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp + b"\xff\xd9"


def docx_zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("docProps/core.xml", b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>")
        zf.writestr("word/document.xml", b'<w:d w:author="' + b"x" * (70 * 1024 * 1024) + b'"/>')
    return buf.getvalue()


def pdf_many_revisions() -> bytes:
    return b"%PDF-1.4\n" + b"1 0 obj<</Author(x)>>endobj trailer<</Info 1 0 R>>\n%%EOF\n" * 5000


def iptc_extended_lengths() -> bytes:
    iptc = b"\x1c\x02\x50\x80\x04\xff\xff\xff\xff" * 2000
    res = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    seg = b"Photoshop 3.0\x00" + res
    return b"\xff\xd8\xff\xed" + struct.pack(">H", len(seg) + 2) + seg + b"\xff\xd9"


def zip_unsupported_version() -> bytes:
    """Found by fuzzing: zipfile raises NotImplementedError for odd versions."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    raw = bytearray(buf.getvalue())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 6] = 92  # "version needed to extract" 9.2
    raw[4] = 92
    return bytes(raw)


HOSTILE = {
    "zip needing version 9.2": zip_unsupported_version,
    "png zlib bomb in zTXt": png_zlib_bomb,
    "png huge chunk length": png_huge_length,
    "tiff IFD loop": tiff_ifd_loop,
    "tiff huge value count": tiff_huge_count,
    "tiff 3000 chained IFDs": tiff_many_ifds,
    "jpeg EXIF nested in itself": jpeg_nested_exif,
    "bmff impossible box sizes": bmff_box_loop,
    "bmff 5000 nested boxes": bmff_deep_nesting,
    "heif iloc extent past the end": iloc_huge_extent,
    "xmp nested 50000 deep": xmp_deep_nesting,
    "xmp entity bomb": xmp_entity_bomb,
    "xmp external entity": jpeg_xmp_external_entity,
    "docx zip bomb parts": docx_zip_bomb,
    "pdf with 5000 %%EOF": pdf_many_revisions,
    "iptc extended lengths": iptc_extended_lengths,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files(name: str) -> None:
    data = HOSTILE[name]()
    tracemalloc.start()
    try:
        meta = run_one(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Memory: what the reader allocates beyond the input itself stays small.
    assert peak < 3 * len(data) + 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    assert all("root:" not in f.value for f in meta.fields)  # no external entity was read

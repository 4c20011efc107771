"""Recognise a file's format from its first bytes (never from its name)."""

from __future__ import annotations

import io
import zipfile

from nymaudit.metadata.svg import looks_like_ico, looks_like_svg, looks_like_svgz

HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
               b"mif2", b"MiHE", b"MiHB"}
AVIF_BRANDS = {b"avif", b"avis"}


def sniff(data: bytes) -> str:
    """One of: jpeg, tiff, cr2, orf, rw2, png, webp, heif, avif, cr3, mov, mp4, pdf,
    ooxml, odf, zip, raf, mrw, xmp, gif, psd, jp2, eps, riff, crw, svg, svgz, ico, text,
    or "unknown"."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        if head[8:10] == b"CR":
            return "cr2"
        return "tiff"
    if head[:4] in (b"IIRO", b"IIRS", b"MMOR"):
        return "orf"
    if head[:4] == b"IIU\x00":
        return "rw2"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"WAVE"):
        return "riff"
    if head[:2] in (b"II", b"MM") and head[6:14] == b"HEAPCCDR":
        return "crw"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        compatible = {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if brand == b"crx ":
            return "cr3"
        if brand in AVIF_BRANDS:
            return "avif"
        if brand in HEIF_BRANDS or (compatible & HEIF_BRANDS and brand not in (b"qt  ",)):
            return "heif"
        if brand == b"qt  ":
            return "mov"
        return "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"):
        return "mov"
    if looks_like_ico(head):
        return "ico"
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return "raf"
    if head.startswith(b"\x00MRM"):
        return "mrw"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _zip_kind(data)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"8BPS":
        return "psd"
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        return "jp2"
    if head.startswith(b"%!PS") or head[:4] == b"\xc5\xd0\xd3\xc6":
        return "eps"
    if looks_like_svgz(data[:65536]):
        return "svgz"
    # Before XMP: Illustrator puts an XMP packet in an SVG's first kilobytes.
    if looks_like_svg(data[:8192]):
        return "svg"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"<?xpacket", b"<x:xmpmeta", b"<x:xapmeta", b"<rdf:RDF")):
        return "xmp"
    if stripped.startswith(b"<?xml") and b"<x:xmpmeta" in data[:4096]:
        return "xmp"
    if _looks_like_text(data[:8192]):
        return "text"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 without NUL or other control bytes: a post, page or configuration file.
    Text has no embedded metadata to read; its words are what ``scan`` checks."""
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 3:
            return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls == 0


def _zip_kind(data: bytes) -> str:
    if data[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument" in data[38:120]:
        return "odf"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:5000])
    except Exception:  # BadZipFile, NotImplementedError (odd versions), ValueError ...
        return "zip"
    if "[Content_Types].xml" in names and any(
        n.startswith(("word/", "xl/", "ppt/", "docProps/")) for n in names
    ):
        return "ooxml"
    if "meta.xml" in names and "mimetype" in names:
        return "odf"
    return "zip"

"""PNG: eXIf, tEXt/zTXt/iTXt (XMP and ImageMagick's hex-encoded raw profiles
inside them), with bounded decompression so a zlib bomb costs nothing."""

from __future__ import annotations

import zlib

from nymaudit.metadata.core import Collector

MAX_CHUNKS = 20_000
MAX_INFLATE = 4 * 1024 * 1024

TEXT_KEYS: dict[str, tuple[str, str]] = {
    "author": ("person", "Author"),
    "artist": ("person", "Artist"),
    "copyright": ("person", "Copyright"),
    "creator": ("person", "Creator"),
    "software": ("software", "Software"),
    "source": ("device", "Source"),
    "comment": ("free_text", "Comment"),
    "description": ("free_text", "Description"),
    "title": ("free_text", "Title"),
    "disclaimer": ("free_text", "Disclaimer"),
    "warning": ("free_text", "Warning"),
    "creation time": ("time", "CreationTime"),
    "date:create": ("time", "DateCreate"),
    "date:modify": ("time", "DateModify"),
    "location": ("place", "Location"),
    "url": ("free_text", "URL"),
}


def inflate(data: bytes, out: Collector) -> bytes:
    """A compressed text chunk, within its own cap and the file's inflate total (core)."""
    try:
        result = out.inflate(data, MAX_INFLATE)
    except zlib.error:
        out.note("compressed text chunk is corrupt")
        return b""
    if result.cut == "limit":
        out.skipped("compressed text chunk inflates past the cap (possible zlib bomb); cut")
    return result.data


def parse_png(data: bytes, out: Collector) -> None:
    pos = 8
    for _ in range(MAX_CHUNKS):
        out.check()
        if pos + 8 > len(data):
            out.note("PNG ends without IEND (truncated)")
            break
        length = int.from_bytes(data[pos : pos + 4], "big")
        ctype = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if pos + 8 + length > len(data):
            out.note("PNG chunk runs past the end of the file (truncated)")
            if ctype in (b"tEXt", b"zTXt", b"iTXt"):
                # Its value would run into whatever follows (the CRC of a chunk whose length
                # lies): "x" plus four CRC bytes was reported as an Author (META012 high).
                out.skipped(f"{ctype.decode()} chunk cut off by the end of the file; its value was not read")
                break
        if ctype == b"IHDR" and len(body) >= 8:
            out.set_image_size(int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big"))
        elif ctype == b"eXIf" or ctype == b"zxIf":
            from nymaudit.metadata.tiff import parse_exif

            start = pos + 8 + (6 if body.startswith(b"Exif\x00\x00") else 0)
            parse_exif(data, start, out, main=False)
        elif ctype in (b"tEXt", b"zTXt", b"iTXt"):
            _text_chunk(ctype, body, out)
        elif ctype == b"IEND":
            break
        pos += 12 + length


def _text_chunk(ctype: bytes, body: bytes, out: Collector) -> None:
    keyword, sep, rest = body.partition(b"\x00")
    if not sep:
        return
    key = keyword.decode("latin-1")
    if ctype == b"tEXt":
        raw = rest
        text = raw.decode("latin-1")
    elif ctype == b"zTXt":
        raw = inflate(rest[1:], out)
        text = raw.decode("latin-1")
    else:
        if len(rest) < 2:
            return
        compressed = rest[0] == 1
        remainder = rest[2:]
        _lang, _, remainder = remainder.partition(b"\x00")
        _translated, _, payload = remainder.partition(b"\x00")
        raw = inflate(payload, out) if compressed else payload
        text = raw.decode("utf-8", errors="replace")
    _keyword_value(key, raw, text, out)


def _keyword_value(key: str, raw: bytes, text: str, out: Collector) -> None:
    low = key.lower()
    if low == "xml:com.adobe.xmp":
        from nymaudit.metadata.xmp import parse_xmp

        parse_xmp(raw, out)
    elif low.startswith("raw profile type "):
        profile = _raw_profile(text)
        kind = low[len("raw profile type ") :]
        if kind in ("exif", "app1") and profile:
            from nymaudit.metadata.tiff import parse_exif

            start = 6 if profile.startswith(b"Exif\x00\x00") else 0
            parse_exif(profile, start, out, main=False)
        elif kind in ("iptc", "8bim") and profile:
            from nymaudit.metadata.iptc import parse_iptc, parse_photoshop_irb

            if profile.startswith(b"8BIM"):
                parse_photoshop_irb(profile, 0, len(profile), out)
            else:
                parse_iptc(profile, out)
        elif kind == "xmp" and profile:
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(profile, out)
    elif low in TEXT_KEYS:
        group, name = TEXT_KEYS[low]
        out.add(group, name, text)
    else:
        out.add("free_text", f"Text:{key[:40]}", text)


def _raw_profile(text: str) -> bytes:
    """ImageMagick: "\\nexif\\n   1234\\n<hex digits>"."""
    parts = text.strip().split(None, 2)
    if len(parts) < 3:
        return b""
    try:
        return bytes.fromhex("".join(parts[2].split()))
    except ValueError:
        return b""

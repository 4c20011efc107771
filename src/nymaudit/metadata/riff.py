"""WebP (RIFF): EXIF and XMP chunks, canvas size from VP8X/VP8/VP8L."""

from __future__ import annotations

from nymaudit.metadata.core import Collector

MAX_CHUNKS = 10_000


def parse_webp(data: bytes, out: Collector) -> None:
    pos = 12
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    if end < len(data):
        out.note("data after the RIFF chunk ignored")
    for _ in range(MAX_CHUNKS):
        out.check()
        if pos + 8 > end:
            break
        fourcc = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        body_start = pos + 8
        body = data[body_start : body_start + size]
        if body_start + size > len(data):
            out.note("WebP chunk runs past the end of the file (truncated)")
        if fourcc == b"VP8X" and len(body) >= 10:
            w = 1 + int.from_bytes(body[4:7], "little")
            h = 1 + int.from_bytes(body[7:10], "little")
            out.set_image_size(w, h)
        elif fourcc == b"VP8 " and len(body) >= 10:
            w = int.from_bytes(body[6:8], "little") & 0x3FFF
            h = int.from_bytes(body[8:10], "little") & 0x3FFF
            out.set_image_size(w, h)
        elif fourcc == b"VP8L" and len(body) >= 5:
            bits = int.from_bytes(body[1:5], "little")
            out.set_image_size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        elif fourcc == b"EXIF":
            from nymaudit.metadata.tiff import parse_exif

            skip = 6 if body.startswith(b"Exif\x00\x00") else 0
            parse_exif(data, body_start + skip, out, main=False)
        elif fourcc == b"XMP ":
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(body, out)
        pos = body_start + size + (size & 1)

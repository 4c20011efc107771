"""JPEG: walks the marker segments before the image data and hands each
metadata block to its reader (EXIF, XMP and Extended XMP, IPTC in Photoshop
APP13, JPEG comments, JFIF/FlashPix/MPF previews, GoPro and FLIR blocks)."""

from __future__ import annotations

from nymaudit.metadata.core import Collector, decode_text, describe_embedded, jpeg_dimensions

XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
MAX_SEGMENTS = 2000
MAX_EXTENDED_XMP = 16 * 1024 * 1024
# A JPEG cut short before its image data (mta16b): said, and the file is a partial read (META026).
# A file cut inside its image data keeps every metadata block and stays as it reads.
SEGMENT_CUT = "JPEG segment runs past the end of the file (truncated)"
ENDS_BEFORE_IMAGE = "JPEG ends before its image data (truncated); metadata may have followed"
BROKEN = "JPEG segment structure broken; stopped reading"


def parse_jpeg(data: bytes, out: Collector, *, start: int = 0, end: int | None = None,
               embedded: bool = False) -> None:
    end = len(data) if end is None else min(end, len(data))
    if not embedded:
        dims = jpeg_dimensions(data, start, end)
        if dims:
            out.set_image_size(*dims)
    pos = start + 2
    extended: dict[bytes, dict[int, bytes]] = {}
    extended_bytes = 0
    flir: list[bytes] = []
    cut = False  # a segment ran past the end: said once
    for _ in range(MAX_SEGMENTS):
        out.check()
        if pos + 4 > end:
            # A JPEG's head cut just after its SOS marker (how a document's pictures are read:
            # office.py reads each up to its image data) holds every metadata segment.
            if not embedded and not cut and data[pos:pos + 2] not in (b"\xff\xd9", b"\xff\xda"):
                # The file ends among its metadata segments, before any image data: what followed
                # (EXIF, XMP, IPTC) was cut away, so the file was not read whole (bas16: a JPEG cut
                # to 20 bytes was "clean" and passed `check`).
                out.skipped(ENDS_BEFORE_IMAGE)
            break
        if data[pos] != 0xFF:
            if embedded:
                out.note(BROKEN)
            else:
                out.skipped(BROKEN)  # the segments after the break were not read
            break
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xDA, 0xD9):
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            break
        seg_start = pos + 4
        seg_end = min(pos + 2 + length, end)
        if pos + 2 + length > end:
            cut = True
            # A metadata block cut short (its IFD "runs past the end of the data"): what it held
            # past the cut is lost, and the file is a partial read (META026; bas16: at 60 bytes the
            # reader's own error was dropped and the file was "clean"). A preview inside another
            # file keeps the note alone: the file around it says whether it was cut.
            if embedded:
                out.note(SEGMENT_CUT)
            else:
                out.skipped(SEGMENT_CUT)
        seg = data[seg_start:seg_end]
        if marker == 0xE1:
            if seg.startswith(b"Exif\x00"):
                from nymaudit.metadata.tiff import parse_exif

                parse_exif(data, seg_start + 6, out, main=False)
            elif seg.startswith(XMP_SIG):
                from nymaudit.metadata.xmp import parse_xmp

                parse_xmp(seg[len(XMP_SIG) :], out)
            elif seg.startswith(XMP_EXT_SIG) and len(seg) > len(XMP_EXT_SIG) + 40:
                body = seg[len(XMP_EXT_SIG) :]
                guid, offset = body[:32], int.from_bytes(body[36:40], "big")
                chunk = body[40:]
                extended_bytes += len(chunk)
                if extended_bytes <= MAX_EXTENDED_XMP and len(extended) < 4:
                    extended.setdefault(guid, {})[offset] = chunk
            elif seg.startswith(b"FLIR\x00") and len(seg) > 8 and len(flir) < 256:
                flir.append(seg[8:])
        elif marker == 0xED and seg.startswith(b"Photoshop 3.0\x00"):
            from nymaudit.metadata.iptc import parse_photoshop_irb

            parse_photoshop_irb(data, seg_start + 14, seg_end, out)
        elif marker == 0xFE:
            out.add("free_text", "Comment", decode_text(seg))
        elif marker == 0xE0 and seg.startswith(b"JFXX\x00") and len(seg) > 8:
            out.add("embedded_image", "ThumbnailImage", describe_embedded("JFIF", seg, 6, len(seg) - 6))
        elif marker == 0xE2 and seg.startswith(b"MPF\x00"):
            _mpf(data, seg_start + 4, seg_end, out)
        elif marker == 0xE2 and seg.startswith(b"FPXR\x00") and b"\xff\xd8" in seg:
            out.add("embedded_image", "PreviewImage", "FlashPix preview")
        elif marker == 0xE6 and seg.startswith(b"GoPro\x00"):
            from nymaudit.metadata.vendor import parse_gpmf

            parse_gpmf(seg[6:], out)
        elif marker == 0xEC and seg.startswith(b"Ducky"):
            pass
        elif marker == 0xEC:
            _picture_info(seg, out)
        elif marker == 0xE9:
            from nymaudit.metadata.vendor import parse_infiray

            parse_infiray(seg, out)
        pos = pos + 2 + length
    if not embedded:
        _trailer(data, out)
    if flir:
        from nymaudit.metadata.vendor import parse_flir

        parse_flir(b"".join(flir), out)
    if extended:
        from nymaudit.metadata.xmp import parse_xmp

        for chunks in extended.values():
            joined = b"".join(chunks[k] for k in sorted(chunks))
            parse_xmp(joined, out)


def _mpf(data: bytes, start: int, end: int, out: Collector) -> None:
    """Multi-Picture Format: further images (previews, depth maps) in the file."""
    from nymaudit.metadata.tiff import open_tiff

    opened = open_tiff(data, start, out, set())
    if opened is None:
        return
    reader, ifd_pos = opened
    entries, _ = reader.ifd(ifd_pos)
    e = entries.get(0xB002)
    if e is None:
        return
    for i in range(1, min(e.count // 16, 16)):
        at = e.pos + 16 * i
        if at + 16 > len(data):
            break
        size = reader.u32(at + 4)
        offset = reader.u32(at + 8)
        if size and offset:
            img_start = start + offset
            out.add("embedded_image", "PreviewImage" if i == 1 else f"MPImage{i + 1}",
                    describe_embedded("JPEG", data, img_start, size))


def _picture_info(seg: bytes, out: Collector) -> None:
    """APP12 "Picture Info" (older Olympus, Agfa, Sanyo): text lines key=value."""
    text = seg[:4096].decode("latin-1")
    if "=" not in text:
        return
    for line in text.replace("\x00", "\n").splitlines()[:200]:
        key, sep, value = line.partition("=")
        if not sep:
            continue
        k = key.strip().lower()
        if k in ("serial#", "serialnumber"):
            out.add("serial", "SerialNumber", value)
        elif k in ("type", "model"):
            out.add("device", "Model", value)


IPTC_START = b"\x1c\x02\x00\x00\x02"
MAX_TRAILER_SCAN = 1024 * 1024


def _trailer(data: bytes, out: Collector) -> None:
    """IPTC kept after the image data by AFCP (AXS) and FotoStation trailers."""
    tail = data[-12:]
    if not (tail[:4] in (b"AXS!", b"AXS*") or tail[-4:] == b"\xa1\xb2\xc3\xd4"):
        return
    region_start = max(0, len(data) - MAX_TRAILER_SCAN)
    eoi = data.rfind(b"\xff\xd9", region_start)
    start = eoi + 2 if eoi >= 0 else region_start
    at = data.find(IPTC_START, start)
    if at >= 0:
        from nymaudit.metadata.iptc import parse_iptc

        parse_iptc(data[at:], out)

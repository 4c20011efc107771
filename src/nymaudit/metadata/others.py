"""Smaller formats: Photoshop PSD (image resources: IPTC, XMP, EXIF,
thumbnail), JPEG 2000 (EXIF and XMP boxes), GIF (comments, XMP application
extension) and PostScript/EPS (DSC header comments, XMP packet, DOS EPS
preview)."""

from __future__ import annotations

import re
import struct

from nymaudit.metadata.core import Collector, decode_text

JP2_EXIF_UUID = b"JpgTiffExif->JP2"
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
# DSC comments; old Mac files end lines with a bare CR.
DSC = re.compile(rb"(?:^|[\r\n])%%(Creator|For|Title|CreationDate|Author|Company|Copyright|Routing"
                 rb"|Owner):[ \t]*([^\r\n]{1,400})")
DSC_GROUPS = {
    b"Creator": ("software", "Creator"),
    b"For": ("person", "For"),
    b"Author": ("person", "Author"),
    b"Owner": ("person", "Owner"),
    b"Routing": ("person", "Routing"),
    b"Copyright": ("person", "Copyright"),
    b"Company": ("person", "Company"),
    b"Title": ("free_text", "Title"),
    b"CreationDate": ("time", "CreateDate"),
}
XMP_PACKET = re.compile(rb"<x:xmpmeta\b")


def parse_psd(data: bytes, out: Collector) -> None:
    if len(data) < 34:
        raise ValueError("PSD header truncated")
    height, width = struct.unpack_from(">II", data, 14)
    out.set_image_size(width, height)
    mode_len = struct.unpack_from(">I", data, 26)[0]
    res_at = 30 + mode_len
    if res_at + 4 > len(data):
        raise ValueError("PSD sections truncated")
    res_len = struct.unpack_from(">I", data, res_at)[0]
    from nymaudit.metadata.iptc import parse_photoshop_irb

    parse_photoshop_irb(data, res_at + 4, res_at + 4 + res_len, out)


def parse_jp2(data: bytes, out: Collector) -> None:
    pos = 0
    for _ in range(10_000):
        out.check()
        if pos + 8 > len(data):
            break
        size = struct.unpack_from(">I", data, pos)[0]
        kind = data[pos + 4 : pos + 8]
        header = 8
        if size == 1 and pos + 16 <= len(data):
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = len(data) - pos
        if size < header:
            out.note("JPEG 2000 box with an impossible size; stopped")
            break
        body = data[pos + header : pos + size]
        if kind == b"uuid" and body[:16] == JP2_EXIF_UUID:
            from nymaudit.metadata.tiff import parse_exif

            start = pos + header + 16
            if data[start : start + 6] == b"Exif\x00\x00":
                start += 6
            parse_exif(data, start, out, main=False)
        elif kind == b"uuid" and body[:16] == XMP_UUID or kind == b"xml " and XMP_PACKET.search(body):
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(body[16:] if kind == b"uuid" else body, out)
        elif kind == b"jp2h":
            ihdr = body.find(b"ihdr")
            if ihdr >= 0 and ihdr + 12 <= len(body):
                h, w = struct.unpack_from(">II", body, ihdr + 4)
                out.set_image_size(w, h)
        pos += size


def parse_gif(data: bytes, out: Collector) -> None:
    if len(data) < 13:
        raise ValueError("GIF header truncated")
    width, height = struct.unpack_from("<HH", data, 6)
    out.set_image_size(width, height)
    flags = data[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    for _ in range(100_000):
        out.check()
        if pos >= len(data):
            break
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21 and pos + 2 <= len(data):
            label = data[pos + 1]
            pos += 2
            ext_start = pos
            chunks, pos = _sub_blocks(data, pos)
            if label == 0xFE:
                out.add("free_text", "Comment", b"".join(chunks))
            elif label == 0xFF and chunks and chunks[0].startswith(b"XMP DataXMP"):
                # XMP is stored raw (its bytes double as sub-block lengths).
                from nymaudit.metadata.xmp import parse_xmp

                parse_xmp(data[ext_start:pos], out)
        elif block == 0x2C and pos + 10 <= len(data):
            local = data[pos + 9]
            pos += 10 + (3 * (2 << (local & 7)) if local & 0x80 else 0)
            pos += 1  # LZW minimum code size
            _, pos = _sub_blocks(data, pos)
        else:
            break


def _sub_blocks(data: bytes, pos: int) -> tuple[list[bytes], int]:
    chunks: list[bytes] = []
    for _ in range(1_000_000):
        if pos >= len(data):
            break
        n = data[pos]
        pos += 1
        if n == 0:
            break
        chunks.append(data[pos : pos + n])
        pos += n
    return chunks, pos


def parse_eps(data: bytes, out: Collector) -> None:
    ps = data
    if data[:4] == b"\xc5\xd0\xd3\xc6" and len(data) >= 30:
        ps_at, ps_len, _wmf_at, _wmf_len, tiff_at, tiff_len = struct.unpack_from("<6I", data, 4)
        ps = data[ps_at : ps_at + ps_len]
        if tiff_len:
            out.add("embedded_image", "PreviewTIFF", f"TIFF, {tiff_len} bytes")
    header = ps[:65536]
    for m in DSC.finditer(header):
        group, name = DSC_GROUPS[m.group(1)]
        text = decode_text(m.group(2)).strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        out.add(group, name, text)
    if b"%begin_xml_packet" in ps:
        # XMP written as PostScript comment lines ("% <x:xmpmeta ...").
        at = ps.find(b"%begin_xml_packet")
        stop = ps.find(b"%end_xml_packet", at)
        block = ps[at : stop if stop > 0 else at + 4 * 1024 * 1024]
        lines = [line[1:].lstrip(b" ") if line.startswith(b"%") else line
                 for line in re.split(rb"[\r\n]+", block)[1:]]
        from nymaudit.metadata.xmp import parse_xmp

        parse_xmp(b"\n".join(lines), out)
    m = XMP_PACKET.search(ps)
    if m:
        end = ps.find(b"</x:xmpmeta>", m.start())
        if end > 0:
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(ps[m.start() : end + 12], out)
    if b"%BeginPhotoshop" in ps:
        at = ps.find(b"%BeginPhotoshop")
        stop = ps.find(b"%EndPhotoshop", at)
        block = ps[at:stop if stop > 0 else at + 4 * 1024 * 1024]
        lines = re.split(rb"[\r\n]+", block)[1:]
        hexdata = b"".join(line.strip(b"% \r\t") for line in lines)
        try:
            raw = bytes.fromhex(hexdata.decode("ascii", "replace"))
        except ValueError:
            return
        from nymaudit.metadata.iptc import parse_photoshop_irb

        parse_photoshop_irb(raw, 0, len(raw), out)


# --- Canon CRW (CIFF) ------------------------------------------------------------

CRW_TAGS = {
    0x0805: ("free_text", "UserComment"),
    0x080B: ("software", "CanonFirmwareVersion"),
    0x0810: ("person", "OwnerName"),
    0x0815: ("device", "CanonImageType"),
    0x0816: ("document_id", "OriginalFileName"),
}


def parse_crw(data: bytes, out: Collector) -> None:
    """Canon CIFF heaps: each heap ends with the offset of its record table;
    records are 10 bytes (type, size, offset); types 0x28xx/0x30xx are heaps."""
    if len(data) < 26:
        raise ValueError("CRW header truncated")
    endian = "<" if data[:2] == b"II" else ">"
    header_len = struct.unpack_from(endian + "I", data, 2)[0]
    seen: set[int] = set()
    stack = [(header_len, len(data), 0)]
    while stack:
        out.check()
        start, end, depth = stack.pop()
        if depth > 8 or end - start < 6 or end > len(data) or start in seen or len(seen) > 256:
            continue
        seen.add(start)
        table = start + struct.unpack_from(endian + "I", data, end - 4)[0]
        if table + 2 > end:
            continue
        count = struct.unpack_from(endian + "H", data, table)[0]
        for i in range(min(count, 1000)):
            at = table + 2 + 10 * i
            if at + 10 > end:
                break
            tag, size, offset = struct.unpack_from(endian + "HII", data, at)
            if tag & 0x8000:
                break
            tag_id, kind, inline = tag & 0x3FFF, (tag >> 8) & 0x38, tag & 0x4000
            value = data[at + 2 : at + 10] if inline else data[start + offset : start + offset + size]
            if kind in (0x28, 0x30) and not inline:
                stack.append((start + offset, start + offset + size, depth + 1))
            elif tag_id == 0x080A:
                make, _, rest = value.partition(b"\x00")
                out.make = out.make or decode_text(make)
                out.add("device", "Make", decode_text(make))
                out.add("device", "Model", decode_text(rest))
            elif tag_id == 0x180E and len(value) >= 8:
                import datetime as dt

                stamp, zone = struct.unpack_from(endian + "Ii", value, 0)
                when = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=stamp)
                out.add("time", "DateTimeOriginal", when.strftime("%Y:%m:%d %H:%M:%S"))
                if zone and abs(zone) <= 14 * 3600:
                    sign = "+" if zone > 0 else "-"
                    hours, rest = divmod(abs(zone), 3600)
                    out.add("time", "TimeZoneCode", f"{sign}{hours:02d}:{rest // 60:02d}")
            elif tag_id == 0x180B and len(value) >= 4:
                serial = struct.unpack_from(endian + "I", value, 0)[0]
                if serial:
                    out.add("serial", "SerialNumber", f"{serial:010d}")
            elif tag_id == 0x2007 and size:
                out.add("embedded_image", "JpgFromRaw", f"JPEG, {size} bytes")
            elif tag_id == 0x2008 and size:
                out.add("embedded_image", "ThumbnailImage", f"JPEG, {size} bytes")
            elif tag_id in CRW_TAGS:
                out.add(*CRW_TAGS[tag_id], decode_text(value))


# --- RIFF: AVI and WAV -------------------------------------------------------------

RIFF_INFO = {
    b"IART": ("person", "Artist"),
    b"ICOP": ("person", "Copyright"),
    b"IENG": ("person", "Engineer"),
    b"ITCH": ("person", "Technician"),
    b"ISFT": ("software", "Software"),
    b"ICRD": ("time", "DateCreated"),
    b"INAM": ("free_text", "Title"),
    b"ICMT": ("free_text", "Comment"),
    b"ISBJ": ("free_text", "Subject"),
    b"IKEY": ("free_text", "Keywords"),
    b"ISRC": ("person", "Source"),
    b"IMAK": ("device", "Make"),  # camera AVIs (some makers)
    b"IMOD": ("device", "Model"),
    b"ecor": ("device", "Make"),  # Pentax/Casio "exif" list in AVI and WAV
    b"emdl": ("device", "Model"),
    b"etim": ("time", "TimeCreated"),
    b"erel": ("free_text", "RelatedImageFile"),
}


def parse_riff(data: bytes, out: Collector) -> None:
    """AVI/WAV: INFO list items, XMP (_PMX), Broadcast WAV originator (bext)."""
    stack = [(12, min(len(data), 8 + struct.unpack_from("<I", data, 4)[0]), 0)]
    chunks = 0
    while stack:
        pos, end, depth = stack.pop()
        while pos + 8 <= end and chunks < 20_000:
            chunks += 1
            if chunks % 500 == 0:
                out.check()
            fourcc = data[pos : pos + 4]
            size = struct.unpack_from("<I", data, pos + 4)[0]
            body_start = pos + 8
            body = data[body_start : min(body_start + size, end)]
            if fourcc == b"LIST" and depth < 8 and len(body) >= 4:
                if body[:4] in (b"INFO", b"hdrl", b"strl", b"ncdt", b"PTNX", b"exif"):
                    stack.append((body_start + 4, min(body_start + size, end), depth + 1))
            elif fourcc in RIFF_INFO:
                out.add(*RIFF_INFO[fourcc], decode_text(body))
            elif fourcc == b"_PMX":
                from nymaudit.metadata.xmp import parse_xmp

                parse_xmp(body, out)
            elif fourcc == b"bext" and len(body) >= 320:
                out.add("free_text", "Description", decode_text(body[:256]))
                out.add("person", "Originator", decode_text(body[256:288]))
                out.add("document_id", "OriginatorReference", decode_text(body[288:320]))
            pos = body_start + size + (size & 1)
    # Pentax cameras put a standard Pentax maker note in the AVI's header data.
    at = data.find(b"PENTAX \x00", 0, 4 * 1024 * 1024)
    if at >= 0 and data[at + 8 : at + 10] in (b"MM", b"II"):
        from nymaudit.metadata.makernotes import parse_makernote
        from nymaudit.metadata.tiff import TiffReader

        endian = ">" if data[at + 8 : at + 10] == b"MM" else "<"
        out.make = out.make or "PENTAX"
        parse_makernote(TiffReader(data, at, endian, out), at, len(data) - at, out)

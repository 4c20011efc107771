"""Vendor blocks in JPEG files that carry serial numbers outside EXIF:
FLIR thermal cameras (APP1 "FLIR" holding an FFF record directory), GoPro
(APP6 GPMF key-length-value stream) and InfiRay (APP9). Offsets follow
ExifTool's FLIR, GoPro and InfiRay tag tables."""

from __future__ import annotations

import struct

from nymaudit.metadata.core import Collector, decode_text

MAX_GPMF_ITEMS = 5000


def parse_flir(fff: bytes, out: Collector) -> None:
    """``fff`` is the joined FFF data (after the 8-byte FLIR segment headers)."""
    if fff[:4] not in (b"FFF\x00", b"AFF\x00") or len(fff) < 0x20:
        return
    for endian in ("<", ">"):
        version = struct.unpack_from(endian + "I", fff, 0x14)[0]
        if 100 <= version < 200:
            break
    else:
        return
    dir_off, count = struct.unpack_from(endian + "II", fff, 0x18)
    out.add("software", "CreatorSoftware", decode_text(fff[4:20]))
    for i in range(min(count, 256)):
        at = dir_off + 32 * i
        if at + 32 > len(fff):
            break
        rtype = struct.unpack_from(endian + "H", fff, at)[0]
        roff, rlen = struct.unpack_from(endian + "II", fff, at + 12)
        if rtype != 0x20 or roff + min(rlen, 0x230) > len(fff):
            continue
        rec = fff[roff : roff + rlen]
        for off, size, group, name in (
            (0xD4, 32, "device", "CameraModel"),
            (0x104, 16, "serial", "CameraSerialNumber"),
            (0x114, 16, "software", "CameraSoftware"),
            (0x170, 32, "device", "LensModel"),
            (0x1A0, 16, "serial", "LensSerialNumber"),
            (0x21C, 16, "serial", "FilterSerialNumber"),
        ):
            if off + size <= len(rec):
                out.add(group, name, decode_text(rec[off : off + size]))


def parse_gpmf(data: bytes, out: Collector, depth: int = 0) -> None:
    """GoPro metadata: 4-byte key, type, size, repeat; type 0 nests."""
    pos = 0
    items = 0
    while pos + 8 <= len(data) and items < MAX_GPMF_ITEMS and depth < 8:
        items += 1
        key = data[pos : pos + 4]
        typ = data[pos + 4]
        size = data[pos + 5]
        repeat = int.from_bytes(data[pos + 6 : pos + 8], "big")
        length = size * repeat
        body = data[pos + 8 : pos + 8 + length]
        if typ == 0:
            parse_gpmf(body, out, depth + 1)
        elif key == b"CASN":
            out.add("serial", "CameraSerialNumber", decode_text(body))
        elif key == b"DVNM":
            out.add("device", "DeviceName", decode_text(body))
        elif key == b"MUID":
            out.add("document_id", "MediaUniqueID", body.hex())
        elif key == b"FMWR":
            out.add("software", "FirmwareVersion", decode_text(body))
        pos += 8 + ((length + 3) & ~3)


def parse_infiray(seg: bytes, out: Collector) -> None:
    """InfiRay APP9: sensor serial numbers at fixed offsets of the block."""
    if b"infisense" not in seg[:24]:
        return
    for off, name in ((192, "IRSensorSerialNumber"), (576, "VisibleSensorSerialNumber")):
        text = decode_text(seg[off : off + 32]).strip()
        if 6 <= len(text) <= 32 and text.isalnum():
            out.add("serial", name, text)


PHASEONE_TAGS = {
    0x0102: ("serial", "SerialNumber"),
    0x0203: ("software", "Software"),
    0x0301: ("software", "FirmwareVersions"),
    0x0410: ("device", "CameraModel"),
    0x0412: ("device", "LensModel"),
}


def parse_phaseone(data: bytes, start: int, out: Collector) -> None:
    """Phase One / Leaf IIQ directory ("IIII.waR"): 16-byte entries of tag,
    format, size and value-or-offset, offsets counted from the directory start."""
    head = data[start : start + 12]
    if len(head) < 12 or not (head.startswith(b"IIII") or head.startswith(b"MMMM")):
        return
    endian = "<" if head.startswith(b"IIII") else ">"
    ifd = struct.unpack_from(endian + "I", head, 8)[0]
    if start + ifd + 8 > len(data):
        return
    count = struct.unpack_from(endian + "I", data, start + ifd)[0]
    if not 2 <= count <= 300:
        return
    for i in range(count):
        at = start + ifd + 8 + 16 * i
        if at + 16 > len(data):
            break
        tag, _fmt, size, value = struct.unpack_from(endian + "IIII", data, at)
        if tag not in PHASEONE_TAGS:
            continue
        pos = at + 12 if size <= 4 else start + value
        if pos + size > len(data) or size > 4096:
            continue
        out.add(*PHASEONE_TAGS[tag], decode_text(data[pos : pos + size]))

"""Maker notes: only the tags that can identify someone (serial numbers, owner
names, places typed into the camera, face-recognition names, previews).

Each maker stores its notes differently (own header, own byte order, offsets
counted from the TIFF header or from the note itself); ``_locate`` finds the IFD
and offset base, the tables say which tags matter. Tag numbers follow ExifTool's
tag tables.
"""

from __future__ import annotations

import struct

from nymaudit.metadata.core import Collector, decode_text, describe_embedded
from nymaudit.metadata.tiff import Entry, TiffReader

# tag -> (group, name, kind); kind says how to render the value or what to do.
Table = dict[int, tuple[str, str, str]]

CANON: Table = {
    0x0006: ("device", "CanonImageType", "text"),
    0x0007: ("software", "CanonFirmwareVersion", "text"),
    0x0009: ("person", "OwnerName", "text"),
    0x000C: ("serial", "SerialNumber", "canon_serial"),
    0x0028: ("document_id", "ImageUniqueID", "hex"),
    # TimeInfo (int32s: size, TimeZone in minutes, TimeZoneCity, DaylightSavings): the city the
    # camera's world clock is set to, which tells a local +00:00 clock from one set to UTC (mfx14b).
    0x0035: ("time", "TimeZoneCity", "canon_timeinfo"),
    0x0095: ("device", "LensModel", "text"),
    0x0096: ("serial", "InternalSerialNumber", "text"),
}
NIKON: Table = {
    0x001D: ("serial", "SerialNumber", "text"),
    0x00A0: ("serial", "SerialNumber", "text"),
    0x0011: ("embedded_image", "PreviewIFD", "nikon_preview"),
}
OLYMPUS: Table = {
    0x0404: ("serial", "SerialNumber", "text"),
    0x101A: ("serial", "SerialNumber", "text"),
    0x0207: ("software", "CameraType", "text"),
    0x2010: ("serial", "Equipment", "olympus_equipment"),
    0x2020: ("embedded_image", "CameraSettings", "olympus_settings"),
    0x0081: ("embedded_image", "PreviewImage", "inline_image"),
    0x0280: ("embedded_image", "PreviewImage", "inline_image"),
    0x0100: ("embedded_image", "ThumbnailImage", "inline_image"),
    0x0088: ("embedded_image", "PreviewImage", "preview_start"),
    0x1036: ("embedded_image", "PreviewImage", "preview_start_1037"),
}
OLYMPUS_EQUIPMENT: Table = {
    0x0101: ("serial", "SerialNumber", "text"),
    0x0102: ("serial", "InternalSerialNumber", "text"),
    0x0202: ("serial", "LensSerialNumber", "text"),
    0x0203: ("device", "LensModel", "text"),
    0x0302: ("serial", "ExtenderSerialNumber", "text"),
    0x1003: ("serial", "FlashSerialNumber", "text"),
}
PANASONIC: Table = {
    0x0002: ("software", "FirmwareVersion", "version_bytes"),
    0x0025: ("serial", "InternalSerialNumber", "text"),
    0x0051: ("device", "LensType", "text"),
    0x0052: ("serial", "LensSerialNumber", "text"),
    0x0054: ("serial", "AccessorySerialNumber", "text"),
    0x0065: ("free_text", "Title", "utf8"),
    0x0066: ("person", "BabyName", "utf8"),
    0x0067: ("place", "Location", "utf8"),
    0x0069: ("place", "Country", "utf8"),
    0x006B: ("place", "State", "utf8"),
    0x006D: ("place", "City", "utf8"),
    0x006F: ("place", "Landmark", "utf8"),
    0x0080: ("place", "City2", "utf8"),
    0x0061: ("person", "FaceRecognitionNames", "panasonic_faces"),
}
FUJIFILM: Table = {
    0x0010: ("serial", "InternalSerialNumber", "text"),
}
SONY: Table = {
    0x2031: ("serial", "SerialNumber", "text"),
    0x2001: ("embedded_image", "PreviewImage", "inline_image"),
}
PENTAX: Table = {
    0x0229: ("serial", "SerialNumber", "text"),
    0x022E: ("person", "Artist", "text"),
    0x022F: ("person", "Copyright", "text"),
    0x0215: ("serial", "InternalSerialNumber", "pentax_camerainfo"),
    0x0004: ("embedded_image", "PreviewImage", "preview_start_3"),
}
SIGMA: Table = {
    0x0002: ("serial", "SerialNumber", "text"),
    0x001A: ("embedded_image", "PreviewImage", "preview_start_1b"),
}
MOTOROLA: Table = {
    0x5501: ("serial", "SerialNumber", "text"),
    0x5500: ("serial", "BuildNumber", "text"),
}
RICOH: Table = {
    0x0002: ("software", "FirmwareVersion", "text"),
    0x0005: ("serial", "InternalSerialNumber", "hex"),
}
SAMSUNG: Table = {
    0xA002: ("serial", "SerialNumber", "text"),
    0xA005: ("serial", "InternalLensSerialNumber", "text"),
    0x0031: ("place", "LocationName", "text"),
    0x0030: ("place", "LocalLocationName", "text"),
    0x0123: ("person", "FaceName", "text"),
    0x0002: ("embedded_image", "PreviewImage", "preview_start_3"),
}
CASIO: Table = {
    0x2000: ("embedded_image", "PreviewImage", "inline_image"),
    0x0004: ("embedded_image", "PreviewImage", "preview_start_3"),
    0x3006: ("place", "HometownCity", "text"),
}
MINOLTA: Table = {
    0x0081: ("embedded_image", "PreviewImage", "inline_image"),
    0x0088: ("embedded_image", "PreviewImage", "preview_start"),
}
APPLE: Table = {0x0015: ("document_id", "ImageUniqueID", "text")}
KODAK: Table = {}
# Canon's TimeZoneCity values (ExifTool's Canon::TimeInfo; 0 "n/a" and 32766 "(not set)" say nothing).
CANON_ZONE_CITIES = (
    "", "Chatham Islands", "Wellington", "Solomon Islands", "Sydney", "Adelaide", "Tokyo", "Hong Kong",
    "Bangkok", "Yangon", "Dhaka", "Kathmandu", "Delhi", "Karachi", "Kabul", "Dubai", "Tehran", "Moscow",
    "Cairo", "Paris", "London", "Azores", "Fernando de Noronha", "Sao Paulo", "Newfoundland", "Santiago",
    "Caracas", "New York", "Chicago", "Denver", "Los Angeles", "Anchorage", "Honolulu", "Samoa",
)


def _locate(reader: TiffReader, pos: int, size: int, make: str
            ) -> tuple[TiffReader, int, Table, str] | None:
    """(reader with the right base and byte order, IFD position, table, maker)."""
    data = reader.data
    head = data[pos : pos + 16]
    mk = make.lower()

    def endian_at(at: int) -> str | None:
        b = data[at : at + 2]
        return "<" if b == b"II" else ">" if b == b"MM" else None

    if head.startswith(b"Nikon\x00\x02"):
        inner = pos + 10
        e = endian_at(inner)
        if e is None:
            return None
        r = reader.with_base(inner, e)
        return r, inner + r.u32(inner + 4), NIKON, "nikon"
    if head.startswith(b"Nikon\x00\x01"):
        return reader, pos + 8, NIKON, "nikon"
    if head.startswith(b"OLYMPUS\x00") or head.startswith(b"OM SYSTEM\x00"):
        skip = 8 if head.startswith(b"OLYMPUS") else 12
        e = endian_at(pos + skip)
        if e is None:
            return None
        return reader.with_base(pos, e), pos + skip + 4, OLYMPUS, "olympus"
    if head[:6] in (b"OLYMP\x00", b"EPSON\x00", b"MINOL\x00", b"CAMER\x00"):
        return reader, pos + 8, OLYMPUS, "olympus"
    if head.startswith(b"Panasonic\x00"):
        return reader, pos + 12, PANASONIC, "panasonic"
    if head.startswith(b"FUJIFILM") or head.startswith(b"GENERALE"):
        if pos + 12 > len(data):
            return None
        r = reader.with_base(pos, "<")
        return r, pos + struct.unpack_from("<I", data, pos + 8)[0], FUJIFILM, "fujifilm"
    if head.startswith((b"SONY DSC \x00", b"SONY CAM \x00", b"SONY MOBILE\x00")):
        return reader, pos + 12, SONY, "sony"
    if head.startswith(b"AOC\x00"):
        e = endian_at(pos + 4)
        r = reader.with_base(reader.base, e) if e else reader
        return r, pos + 6, PENTAX, "pentax"
    if head.startswith(b"PENTAX \x00"):
        e = endian_at(pos + 8) or reader.endian
        return reader.with_base(pos, e), pos + 10, PENTAX, "pentax"
    if head.startswith((b"SIGMA\x00\x00\x00", b"FOVEON\x00\x00")):
        return reader, pos + 10, SIGMA, "sigma"
    if head[:5] in (b"Ricoh", b"RICOH") and head[8:10] != b"\x00\x00":
        return reader.with_base(reader.base, ">"), pos + 8, RICOH, "ricoh"
    if head.startswith(b"Apple iOS\x00"):
        e = endian_at(pos + 12) or ">"
        return reader.with_base(pos, e), pos + 14, APPLE, "apple"
    if head.startswith(b"QVC\x00\x00\x00"):
        return reader.with_base(reader.base, ">"), pos + 6, CASIO, "casio"
    if head.startswith(b"MOT\x00"):
        return reader.with_base(pos, ">"), pos + 8, MOTOROLA, "motorola"
    if head.startswith(b"SAMSUNG") or mk.startswith("samsung"):
        return reader, pos, SAMSUNG, "samsung"
    if mk.startswith("canon"):
        return reader, pos, CANON, "canon"
    if mk.startswith("nikon"):
        return reader, pos, NIKON, "nikon"
    if mk.startswith("motorola"):
        return reader, pos, MOTOROLA, "motorola"
    if mk.startswith(("minolta", "konica minolta")):
        return reader, pos, MINOLTA, "minolta"
    if mk.startswith("casio"):
        return reader, pos, CASIO, "casio"
    if mk.startswith("sony"):
        return reader, pos, SONY, "sony"
    return None


def parse_makernote(reader: TiffReader, pos: int, size: int, out: Collector) -> None:
    located = _locate(reader, pos, size, out.make)
    if located is None:
        return
    r, ifd_pos, table, maker = located
    if maker == "samsung":
        # Samsung writes offsets from the TIFF header in some models and from the
        # note itself in others (ExifTool's FixBase): keep the base whose text
        # values read as text.
        other = r.with_base(pos)
        r = max((r, other), key=lambda cand: _text_score(cand, ifd_pos))
    entries, _ = r.ifd(ifd_pos)
    if not entries:
        return
    _apply(r, entries, table, maker, out)


def _text_score(r: TiffReader, ifd_pos: int) -> int:
    """How many out-of-line ASCII values of the IFD look like text with this base."""
    probe = TiffReader(r.data, r.base, r.endian, r.out, set())
    entries, _ = probe.ifd(ifd_pos)
    score = 0
    for e in entries.values():
        if e.type == 2 and e.size > 4:
            raw = r.data[e.pos : e.pos + e.size].rstrip(b"\x00")
            score += 1 if raw and all(32 <= b < 127 for b in raw) else -1
    return score


def _apply(r: TiffReader, entries: dict[int, Entry], table: Table, maker: str,
           out: Collector) -> None:
    data = r.data
    for tag, (group, name, kind) in table.items():
        e = entries.get(tag)
        if e is None:
            continue
        out.check()
        if kind == "text":
            out.add(group, name, r.text(e))
        elif kind == "version_bytes":
            raw = data[e.pos : e.pos + e.size]
            if e.type == 7 and raw.isdigit():
                out.add(group, name, ".".join(chr(b) for b in raw))
            elif e.type == 7 and raw and max(raw) < 10:
                out.add(group, name, ".".join(str(b) for b in raw))
            else:
                out.add(group, name, r.text(e))
        elif kind == "utf8":
            out.add(group, name, decode_text(data[e.pos : e.pos + e.size]))
        elif kind == "hex":
            raw = data[e.pos : e.pos + e.size] if e.type in (1, 7) else None
            if raw is not None and raw.strip(b"\x00"):
                out.add(group, name, raw.hex())
            elif raw is None:
                out.add(group, name, r.text(e))
        elif kind == "canon_serial":
            n = r.int_value(e)
            if n:
                wide = "1d" in out.model.lower().replace("-", "").replace(" ", "")
                out.add(group, name, str(n) if wide else f"{n:010d}")
        elif kind == "canon_timeinfo":
            vals = r.value(e) if e.type in (4, 9) else None
            if isinstance(vals, tuple) and len(vals) >= 3 and 0 < vals[2] < len(CANON_ZONE_CITIES):
                out.add(group, name, CANON_ZONE_CITIES[vals[2]])
        elif kind == "inline_image" and e.size > 16:
            out.add(group, name, describe_embedded("image", data, e.pos, e.size))
        elif kind.startswith("preview_start"):
            _preview_by_offset(r, entries, tag, kind, name, out)
        elif kind == "nikon_preview":
            off = r.int_value(e)
            if off:
                sub, _ = r.ifd(r.base + off)
                start = r.int_value(sub.get(0x0201))
                length = r.int_value(sub.get(0x0202))
                if start is not None and length:
                    out.add("embedded_image", "PreviewImage",
                            describe_embedded("JPEG", data, r.base + start, length))
        elif kind in ("olympus_equipment", "olympus_settings"):
            sub_pos = r.base + (r.int_value(e) or 0) if e.type in (4, 13) else e.pos
            sub, _ = r.ifd(sub_pos)
            if kind == "olympus_equipment":
                _apply(r, sub, OLYMPUS_EQUIPMENT, maker, out)
            else:
                valid = r.int_value(sub.get(0x0100))
                start = r.int_value(sub.get(0x0101))
                length = r.int_value(sub.get(0x0102))
                if valid != 0 and start is not None and length and r.base + start < len(data):
                    out.add("embedded_image", "PreviewImage",
                            describe_embedded("JPEG", data, r.base + start, length))
        elif kind == "pentax_camerainfo":
            vals = r.value(e)
            if isinstance(vals, tuple) and len(vals) >= 5 and vals[4]:
                out.add(group, name, str(vals[4]))
        elif kind == "panasonic_faces":
            raw = data[e.pos : e.pos + e.size]
            names = []
            # FaceRecInfo: 4-byte header, then 48-byte records with a 20-byte name.
            for i in range(min(3, max(0, (len(raw) - 4) // 48))):
                rec = raw[4 + 48 * i : 4 + 48 * i + 20]
                text = decode_text(rec).strip()
                if text:
                    names.append(text)
            if names:
                out.add(group, name, "; ".join(names))


def _preview_by_offset(r: TiffReader, entries: dict[int, Entry], tag: int, kind: str,
                       name: str, out: Collector) -> None:
    """Previews given as a start tag and a length tag (the length tag number
    depends on the maker)."""
    length_tag = {
        "preview_start": tag + 1,
        "preview_start_3": 0x0003,
        "preview_start_1b": 0x001B,
        "preview_start_1037": 0x1037,
    }[kind]
    start = r.int_value(entries.get(tag))
    length = r.int_value(entries.get(length_tag))
    if start is None or not length:
        return
    abs_start = r.base + start
    if abs_start >= len(r.data):
        return
    out.add("embedded_image", name, describe_embedded("JPEG", r.data, abs_start, length))

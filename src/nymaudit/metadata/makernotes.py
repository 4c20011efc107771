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
    # WorldTime (undef[4]: int16s zone in minutes, DaylightSavings, DateDisplayFormat; ExifTool's
    # Nikon::WorldTime): the zone the camera's clock is set to, though no OffsetTime is written (mta15).
    0x0024: ("time", "WorldTimeZone", "nikon_worldtime"),
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
    # Home or Destination: which of the camera's two world clocks took the photo. No city or zone
    # is stored beside it (ExifTool's Panasonic 0x003a), so it is shown, not used (mta15).
    0x003A: ("time", "WorldTimeLocation", "panasonic_world"),
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
    # World time (ExifTool's Pentax 0x0022-0x0026; TimeInfo 0x006b on the K-5 and later): the
    # home and destination cities, which one the clock follows, and each one's summer time (mta15).
    0x0022: ("time", "WorldTimeLocation", "pentax_world"),
    0x006B: ("time", "WorldTimeLocation", "pentax_timeinfo"),
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

# Pentax's world-time cities (ExifTool's %pentaxCities, the camera's own list, Caracas spelt as the
# camera does) with the standard offset, in minutes, the camera's table gives each (no summer time:
# HometownDST and DestinationDST add an hour). Caracas -04:00 and Istanbul +02:00 as the K10D-era
# tables have them (Venezuela was -04:30 in 2007-2016, Turkey +03:00 since 2016).
PENTAX_CITIES: tuple[tuple[str, int], ...] = (
    ("Pago Pago", -660), ("Honolulu", -600), ("Anchorage", -540), ("Vancouver", -480),
    ("San Francisco", -480), ("Los Angeles", -480), ("Calgary", -420), ("Denver", -420),
    ("Mexico City", -360), ("Chicago", -360), ("Miami", -300), ("Toronto", -300), ("New York", -300),
    ("Santiago", -240), ("Caracus", -240), ("Halifax", -240), ("Buenos Aires", -180),
    ("Sao Paulo", -180), ("Rio de Janeiro", -180), ("Madrid", 60), ("London", 0), ("Paris", 60),
    ("Milan", 60), ("Rome", 60), ("Berlin", 60), ("Johannesburg", 120), ("Istanbul", 120),
    ("Cairo", 120), ("Jerusalem", 120), ("Moscow", 180), ("Jeddah", 180), ("Tehran", 210),
    ("Dubai", 240), ("Karachi", 300), ("Kabul", 270), ("Male", 300), ("Delhi", 330), ("Colombo", 330),
    ("Kathmandu", 345), ("Dacca", 360), ("Yangon", 390), ("Bangkok", 420), ("Kuala Lumpur", 480),
    ("Vientiane", 420), ("Singapore", 480), ("Phnom Penh", 420), ("Ho Chi Minh", 420),
    ("Jakarta", 420), ("Hong Kong", 480), ("Perth", 480), ("Beijing", 480), ("Shanghai", 480),
    ("Manila", 480), ("Taipei", 480), ("Seoul", 540), ("Adelaide", 570), ("Tokyo", 540),
    ("Guam", 600), ("Sydney", 600), ("Noumea", 660), ("Wellington", 720), ("Auckland", 720),
    ("Lima", -300), ("Dakar", 0), ("Algiers", 60), ("Helsinki", 120), ("Athens", 120),
    ("Nairobi", 180), ("Amsterdam", 60), ("Stockholm", 60), ("Lisbon", 0), ("Copenhagen", 60),
    ("Warsaw", 60), ("Prague", 60), ("Budapest", 60),
)
# Nikon's WorldTime zone is a quarter-hour count within this (a wider one is not a setting).
MAX_ZONE_MINUTES = 14 * 60


def zone_said(minutes: int) -> str:
    """"UTC-05:00" (the form every world-clock field takes: not a bare offset, so the stored-
    offset readers never take a setting for a time's own offset)."""
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


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
                # Canon's TimeZone includes the summer hour (ExifTool: Sydney +11:00 with DST on):
                # said as the zone without it, as Nikon's and Pentax's are, and the flag beside it.
                summer = len(vals) >= 4 and vals[3] == 60
                # int32s, though often written as LONG: a western zone reads as 2**32 - minutes.
                zone = vals[1] - 2**32 if isinstance(vals[1], int) and vals[1] >= 2**31 else vals[1]
                if isinstance(zone, int) and abs(zone) <= MAX_ZONE_MINUTES and zone % 15 == 0:
                    out.add(group, "WorldTimeZone", zone_said(zone - (60 if summer else 0)))
                    out.add(group, "DaylightSavings", "On" if summer else "Off")
        elif kind == "nikon_worldtime":
            _nikon_world_time(r, e, group, name, out)
        elif kind in ("pentax_world", "pentax_timeinfo"):
            _pentax_world_time(r, e, entries, kind, out)
        elif kind == "panasonic_world":
            place = {1: "Home", 2: "Destination"}.get(r.int_value(e) or 0)
            if place:
                out.add(group, name, place)
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


def _nikon_world_time(r: TiffReader, e: Entry, group: str, name: str, out: Collector) -> None:
    """Nikon's WorldTime record: the zone (int16s minutes, the maker note's byte order) and the
    summer-time flag; a zone off the quarter hour or past 14 h is not a setting and is dropped."""
    raw = r.data[e.pos : e.pos + e.size] if e.size >= 3 else b""
    if len(raw) < 3:
        return
    minutes = struct.unpack(r.endian + "h", raw[:2])[0]
    if abs(minutes) > MAX_ZONE_MINUTES or minutes % 15 or raw[2] > 1:
        return
    out.add(group, name, zone_said(minutes))
    out.add(group, "DaylightSavings", "Yes" if raw[2] else "No")


def _pentax_city(code: int | None) -> tuple[str, int] | None:
    return PENTAX_CITIES[code] if code is not None and 0 <= code < len(PENTAX_CITIES) else None


def _pentax_world_time(r: TiffReader, e: Entry, entries: dict[int, Entry], kind: str,
                       out: Collector) -> None:
    """Pentax's world time: the home and destination cities, which one the clock follows, and each
    one's summer-time flag, as tags 0x0022-0x0026 (older models) or the TimeInfo bytes (K-5 and
    later); then the zone of the city in use (WorldTimeZone, from the camera's table) and its flag."""
    if kind == "pentax_world":
        location = r.int_value(e)
        home, away = (_pentax_city(r.int_value(entries.get(t))) for t in (0x0023, 0x0024))
        home_dst, away_dst = (r.int_value(entries.get(t)) for t in (0x0025, 0x0026))
    else:
        raw = r.data[e.pos : e.pos + e.size]
        if len(raw) < 4:
            return
        location, home_dst, away_dst = raw[0] & 1, (raw[0] >> 1) & 1, (raw[0] >> 2) & 1
        home, away = _pentax_city(raw[2]), _pentax_city(raw[3])
    if location not in (0, 1) or home is None:
        return
    out.add("time", "WorldTimeLocation", "Destination" if location else "Hometown")
    out.add("time", "HometownCity", home[0])
    if home_dst in (0, 1):
        out.add("time", "HometownDST", "Yes" if home_dst else "No")
    if away is not None:
        out.add("time", "DestinationCity", away[0])
        if away_dst in (0, 1):
            out.add("time", "DestinationDST", "Yes" if away_dst else "No")
    city, summer = (away, away_dst) if location == 1 else (home, home_dst)
    if city is not None:
        out.add("time", "WorldTimeZone", zone_said(city[1]))
        out.add("time", "DaylightSavings", "Yes" if summer == 1 else "No")


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

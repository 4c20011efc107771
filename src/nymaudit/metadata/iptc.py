"""IPTC IIM records (inside Photoshop image resources, JPEG APP13, TIFF) and the
Photoshop resources that carry them, their thumbnails and XMP."""

from __future__ import annotations

from nymaudit.metadata.core import Collector, describe_embedded

# record 2 dataset -> (group, name)
DATASETS: dict[int, tuple[str, str]] = {
    5: ("free_text", "ObjectName"),
    40: ("free_text", "SpecialInstructions"),
    55: ("time", "DateCreated"),
    60: ("time", "TimeCreated"),
    62: ("time", "DigitalCreationDate"),
    63: ("time", "DigitalCreationTime"),
    65: ("software", "OriginatingProgram"),
    70: ("software", "ProgramVersion"),
    80: ("person", "By-line"),
    85: ("person", "By-lineTitle"),
    90: ("place", "City"),
    92: ("place", "Sub-location"),
    95: ("place", "Province-State"),
    100: ("place", "Country-PrimaryLocationCode"),
    101: ("place", "Country-PrimaryLocationName"),
    103: ("document_id", "OriginalTransmissionReference"),
    110: ("person", "Credit"),
    115: ("person", "Source"),
    116: ("person", "CopyrightNotice"),
    118: ("person", "Contact"),
    120: ("free_text", "Caption-Abstract"),
    122: ("person", "Writer-Editor"),
}
MAX_RECORDS = 5000


def parse_iptc(block: bytes, out: Collector) -> None:
    pos = 0
    utf8 = False
    values: dict[tuple[str, str], list[str]] = {}
    for _ in range(MAX_RECORDS):
        if pos + 5 > len(block):
            break
        if block[pos] != 0x1C:
            # Padding or garbage between records: find the next tag marker.
            nxt = block.find(b"\x1c", pos + 1)
            if nxt < 0:
                break
            pos = nxt
            continue
        record, dataset = block[pos + 1], block[pos + 2]
        size = int.from_bytes(block[pos + 3 : pos + 5], "big")
        header = 5
        if size & 0x8000:  # extended length: the next n bytes hold the size
            n = size & 0x7FFF
            if n > 4 or pos + 5 + n > len(block):
                break
            size = int.from_bytes(block[pos + 5 : pos + 5 + n], "big")
            header += n
        raw = block[pos + header : pos + header + size]
        pos += header + size
        if record == 1 and dataset == 90:
            utf8 = b"\x1b%G" in raw
        if record != 2 or dataset not in DATASETS:
            continue
        text = raw.decode("utf-8") if utf8 else _decode(raw)
        values.setdefault(DATASETS[dataset], []).append(text)
    for (group, name), texts in values.items():
        out.add(group, name, "; ".join(t.strip() for t in texts if t.strip()))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def parse_photoshop_irb(data: bytes, start: int, end: int, out: Collector) -> None:
    """Photoshop image resource blocks: 8BIM, id, Pascal name, size, data."""
    pos = start
    end = min(end, len(data))
    for _ in range(1000):
        out.check()
        if pos + 12 > end or data[pos : pos + 4] not in (b"8BIM", b"PHUT", b"AgHg", b"DCSR"):
            break
        res_id = int.from_bytes(data[pos + 4 : pos + 6], "big")
        name_len = data[pos + 6]
        name_total = 1 + name_len
        name_total += name_total % 2
        size_at = pos + 6 + name_total
        if size_at + 4 > end:
            break
        size = int.from_bytes(data[size_at : size_at + 4], "big")
        body_start = size_at + 4
        body_end = min(body_start + size, end)
        body = data[body_start:body_end]
        if res_id == 0x0404:
            parse_iptc(body, out)
        elif res_id in (0x0409, 0x040C) and len(body) > 28:
            out.add("embedded_image", "ThumbnailImage",
                    describe_embedded("JPEG", body, 28, len(body) - 28))
        elif res_id == 0x0424:
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(body, out)
        elif res_id == 0x0422:
            from nymaudit.metadata.tiff import parse_exif

            parse_exif(data, body_start, out, main=False)
        pos = body_start + size + (size % 2)

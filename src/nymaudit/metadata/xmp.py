"""XMP packets (RDF/XML), parsed with defusedxml: DTDs and entities are refused,
so entity bombs and external references fail safely. The tree is walked
iteratively with a depth cap, so deep nesting cannot exhaust the stack.

Properties are matched on their local name (prefixes vary between writers);
values of rdf:Seq/Bag/Alt lists are joined with "; ".
"""

from __future__ import annotations

import re

from nymaudit.metadata.core import Collector

MAX_XMP_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
MAX_ELEMENTS = 50_000
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

# local name -> (group, reported name)
PROPERTIES: dict[str, tuple[str, str]] = {
    "creator": ("person", "Creator"),
    "rights": ("person", "Rights"),
    "publisher": ("person", "Publisher"),
    "contributor": ("person", "Contributor"),
    "date": ("time", "Date"),
    "Author": ("person", "Author"),
    "Artist": ("person", "Artist"),
    "Copyright": ("person", "Copyright"),
    "AuthorsPosition": ("person", "AuthorsPosition"),
    "CaptionWriter": ("person", "CaptionWriter"),
    "Credit": ("person", "Credit"),
    "Owner": ("person", "Owner"),
    "OwnerName": ("person", "OwnerName"),
    "CameraOwnerName": ("person", "OwnerName"),
    "PersonInImage": ("person", "PersonInImage"),
    "PersonDisplayName": ("person", "RegionPersonDisplayName"),
    "CopyrightOwnerName": ("person", "CopyrightOwnerName"),
    "ImageCreatorName": ("person", "ImageCreatorName"),
    "LicensorName": ("person", "LicensorName"),
    "LicenseeName": ("person", "LicenseeName"),
    "ImageSupplierName": ("person", "ImageSupplierName"),
    "CiEmailWork": ("person", "CreatorEmail"),
    "CiTelWork": ("person", "CreatorPhone"),
    "CiAdrExtadr": ("place", "CreatorAddress"),
    "CiAdrCity": ("place", "CreatorCity"),
    "CiAdrCtry": ("place", "CreatorCountry"),
    "lastModifiedBy": ("person", "LastModifiedBy"),
    "SerialNumber": ("serial", "SerialNumber"),
    "BodySerialNumber": ("serial", "SerialNumber"),
    "LensSerialNumber": ("serial", "LensSerialNumber"),
    "InternalSerialNumber": ("serial", "InternalSerialNumber"),
    "CreatorTool": ("software", "CreatorTool"),
    "Producer": ("software", "Producer"),
    "Creator": ("software", "Creator"),  # pdf:Creator names the program
    "Software": ("software", "Software"),
    "HostComputer": ("software", "HostComputer"),
    "softwareAgent": ("software", "HistorySoftwareAgent"),
    "Make": ("device", "Make"),
    "Model": ("device", "Model"),
    "Lens": ("device", "Lens"),
    "LensModel": ("device", "LensModel"),
    "LensMake": ("device", "LensMake"),
    "DocumentID": ("document_id", "DocumentID"),
    "InstanceID": ("document_id", "InstanceID"),
    "OriginalDocumentID": ("document_id", "OriginalDocumentID"),
    "documentID": ("document_id", "DerivedFromDocumentID"),
    "instanceID": ("document_id", "DerivedFromInstanceID"),
    "originalDocumentID": ("document_id", "DerivedFromOriginalDocumentID"),
    "ImageUniqueID": ("document_id", "ImageUniqueID"),
    "RawFileName": ("document_id", "RawFileName"),
    "PreservedFileName": ("document_id", "PreservedFileName"),
    "OriginalFileName": ("document_id", "OriginalFileName"),
    "filePath": ("document_id", "FilePath"),
    "City": ("place", "City"),
    "State": ("place", "State"),
    "Country": ("place", "Country"),
    "CountryCode": ("place", "CountryCode"),
    "CountryName": ("place", "Country"),
    "ProvinceState": ("place", "State"),
    "Sublocation": ("place", "Sublocation"),
    "Location": ("place", "Location"),
    "WorldRegion": ("place", "WorldRegion"),
    "description": ("free_text", "Description"),
    "title": ("free_text", "Title"),
    "Title": ("free_text", "Title"),
    "subject": ("free_text", "Subject"),
    "Keywords": ("free_text", "Keywords"),
    "CreationDate": ("time", "CreateDate"),
    "ModDate": ("time", "ModifyDate"),
    "Headline": ("free_text", "Headline"),
    "UserComment": ("free_text", "UserComment"),
    "ImageDescription": ("free_text", "ImageDescription"),
    "Instructions": ("free_text", "Instructions"),
    "CreateDate": ("time", "CreateDate"),
    "ModifyDate": ("time", "ModifyDate"),
    "MetadataDate": ("time", "MetadataDate"),
    "DateCreated": ("time", "DateCreated"),
    "DateTimeOriginal": ("time", "DateTimeOriginal"),
    "DateTimeDigitized": ("time", "DateTimeDigitized"),
}
# Inside these structures a "Name" is a person (face regions) or a place.
PARENT_NAMES: dict[str, tuple[str, str]] = {
    "RegionList": ("person", "RegionName"),
    "Regions": ("person", "RegionName"),
    "RegionInfo": ("person", "RegionName"),
    "LocationCreated": ("place", "LocationCreated"),
    "LocationShown": ("place", "LocationShown"),
}
GPS_NAMES = {"GPSLatitude", "GPSLongitude", "GPSAltitude", "GPSTimeStamp"}
THUMB_NAMES = {"Thumbnails", "PageInfo"}
_COORD = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$")
_START = re.compile(rb"<(?:x:xmpmeta|x:xapmeta|rdf:RDF)\b")


def _to_utf8(packet: bytes) -> bytes:
    """XMP may be UTF-16 or UTF-32 (the XMP spec allows it); parse it as UTF-8."""
    head = packet[:64]
    for enc, probe in (("utf-32-be", b"\x00\x00\x00<"), ("utf-32-le", b"<\x00\x00\x00"),
                       ("utf-16-be", b"\x00<"), ("utf-16-le", b"<\x00")):
        if probe in head:
            try:
                text = packet.decode(enc, errors="replace")
            except LookupError:
                return packet
            return text.replace("\ufeff", "").encode("utf-8")
    return packet


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag.rpartition(":")[2]


def parse_xmp(packet: bytes, out: Collector) -> None:
    """Read one XMP packet; a malformed or hostile packet becomes a note."""
    if len(packet) > MAX_XMP_BYTES:
        out.skipped("XMP packet larger than the cap; skipped")
        return
    packet = _to_utf8(packet)
    m = _START.search(packet)
    if m is None:
        return
    body = packet[m.start() :]
    for closing in (b"</x:xmpmeta>", b"</x:xapmeta>", b"</rdf:RDF>"):
        end = body.rfind(closing)
        if end >= 0 and (closing != b"</rdf:RDF>" or not body.startswith(b"<x:")):
            body = body[: end + len(closing)]
            break
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(body, forbid_dtd=True)
    except Exception as exc:  # defusedxml raises several kinds; all mean "unreadable XMP"
        if b"<!DOCTYPE" in body[:4096] or b"<!ENTITY" in body[:4096]:
            out.skipped(f"XMP with a DTD refused: {type(exc).__name__}")
            return
        out.note(f"XMP not well-formed ({type(exc).__name__}); read leniently")
        _lenient(body.decode("utf-8", errors="replace"), out)
        return
    _walk(root, out)


def read_tree(root, out: Collector) -> None:  # type: ignore[no-untyped-def]
    """Properties of an already parsed (defused) XML tree: an SVG's <metadata>."""
    _walk(root, out)


def _walk(root, out: Collector) -> None:  # type: ignore[no-untyped-def]
    lists: dict[tuple[str, str], list[str]] = {}
    gps: dict[str, str] = {}
    # stack of (element, depth, enclosing property local name, enclosing struct name)
    stack = [(root, 0, "", "")]
    seen = 0
    while stack:
        el, depth, prop, parent = stack.pop()
        seen += 1
        if seen > MAX_ELEMENTS:
            out.skipped("XMP has too many elements; the rest skipped")
            break
        if seen % 2000 == 0:
            out.check()
        ns, local = _local(el.tag)
        is_rdf = ns == RDF or local in ("li", "Seq", "Bag", "Alt", "Description", "RDF")
        if not is_rdf and local not in ("xmpmeta", "xapmeta"):
            parent = prop or parent
            prop = local
        # Attributes of rdf:Description and struct elements are properties too.
        for key, value in el.attrib.items():
            ans, alocal = _local(key)
            if ans == RDF or alocal in ("about", "parseType", "lang"):
                continue
            _emit(alocal, prop, value, lists, gps)
        text = (el.text or "").strip()
        if text and len(el) == 0 and prop:
            _emit(prop, parent, text, lists, gps)
        if depth >= MAX_DEPTH:
            if len(el):
                out.skipped("XMP nested deeper than the cap; inner part skipped")
            continue
        for child in reversed(list(el)):
            stack.append((child, depth + 1, prop, parent))
    for (group, name), texts in lists.items():
        out.add(group, name, "; ".join(dict.fromkeys(texts)))
    lat, lon = _coord(gps.get("GPSLatitude")), _coord(gps.get("GPSLongitude"))
    if lat is not None and lon is not None:
        from nymaudit.metadata.tiff import add_position

        add_position(out, lat, lon)


def _emit(local: str, parent: str, value: str, lists: dict[tuple[str, str], list[str]],
          gps: dict[str, str]) -> None:
    value = value.strip()
    if not value:
        return
    if local in GPS_NAMES:
        gps.setdefault(local, value)
        return
    if local == "Name" or local == "name":
        target = PARENT_NAMES.get(parent)
        if target is None and parent in ("Face", "Person", "PersonInImageWDetails"):
            target = ("person", "PersonInImage")
        if target is None:
            return
    elif local in PROPERTIES:
        target = PROPERTIES[local]
        if parent in ("LocationCreated", "LocationShown") and target[0] == "place":
            target = ("place", parent + target[1])
    elif parent in THUMB_NAMES and local == "image":
        target = ("embedded_image", "ThumbnailImage")
        value = f"base64 JPEG, {len(value) * 3 // 4} bytes"
    elif local in ("History", "changed", "parameters", "when", "action"):
        if local == "parameters" and ("\\" in value or "/" in value):
            target = ("document_id", "HistoryParameters")
        else:
            return
    else:
        return
    bucket = lists.setdefault(target, [])
    if len(bucket) < 50:
        bucket.append(value)


def _coord(text: str | None) -> float | None:
    """XMP GPS coordinates: "DDD,MM.mmmmK" or "DDD,MM,SSK" or a decimal."""
    if not text:
        return None
    m = _COORD.match(text)
    if m:
        deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
        return -deg if m.group(4) in "SW" else deg
    try:
        return float(text)
    except ValueError:
        return None


_ELEMENT = re.compile(
    r"<([A-Za-z][\w.-]{0,40}):([A-Za-z][\w.-]{0,60})(?:\s[^<>]{0,2000})?>([^<>]{1,2000})</\1:\2>"
)
_ATTR = re.compile(r"\s([A-Za-z][\w.-]{0,40}):([A-Za-z][\w.-]{0,60})=[\"']([^\"'<>]{1,2000})[\"']")
_LI = re.compile(r"<rdf:li(?:\s[^<>]{0,500})?>([^<>]{1,2000})</rdf:li>")
_OPEN = re.compile(r"<([A-Za-z][\w.-]{0,40}):([A-Za-z][\w.-]{0,60})[\s>]")


def _lenient(text: str, out: Collector) -> None:
    """Broken XMP (ExifTool reads it too): simple elements, attributes and list
    items by pattern, each list item given to the property opened before it."""
    import html

    lists: dict[tuple[str, str], list[str]] = {}
    gps: dict[str, str] = {}
    for m in _ELEMENT.finditer(text):
        if m.group(1) != "rdf":
            _emit(m.group(2), "", html.unescape(m.group(3)), lists, gps)
    for m in _ATTR.finditer(text):
        if m.group(1) not in ("rdf", "xmlns", "x", "xml"):
            _emit(m.group(2), "", html.unescape(m.group(3)), lists, gps)
    opens = [(m.start(), m.group(2)) for m in _OPEN.finditer(text) if m.group(1) != "rdf"]
    starts = [o[0] for o in opens]
    import bisect

    for m in _LI.finditer(text):
        i = bisect.bisect_left(starts, m.start()) - 1
        if i >= 0:
            _emit(opens[i][1], "", html.unescape(m.group(1)), lists, gps)
    for (group, name), texts in lists.items():
        out.add(group, name, "; ".join(dict.fromkeys(texts)))
    lat, lon = _coord(gps.get("GPSLatitude")), _coord(gps.get("GPSLongitude"))
    if lat is not None and lon is not None:
        from nymaudit.metadata.tiff import add_position

        add_position(out, lat, lon)

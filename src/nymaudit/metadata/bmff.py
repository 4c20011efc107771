"""ISO base media files: HEIC/HEIF/AVIF images (Exif and XMP items found through
iinf/iloc), MP4/MOV/3GP video (QuickTime user data, keys/ilst metadata, ISO 6709
locations, XMP boxes) and Canon CR3 (TIFF blocks in a uuid box)."""

from __future__ import annotations

import re
import struct

from nymaudit.metadata.core import Collector, decode_text

MAX_BOXES = 20_000
MAX_DEPTH = 12
CONTAINERS = {
    b"moov", b"trak", b"mdia", b"minf", b"udta", b"edts", b"dinf", b"stbl", b"iprp",
    b"ipco", b"moof", b"traf", b"mvex", b"tapt", b"ilst", b"sinf", b"schi",
}
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
CANON_UUID = bytes.fromhex("85c0b687820f11e08111f4ce462b6a48")
CANON_PREVIEW_UUID = bytes.fromhex("eaf42b5e1c984b88b9fbb7dc406e4d16")
ISO6709 = re.compile(r"^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")

# QuickTime user-data atoms (© is 0xA9) and ilst item names -> (group, name)
UDTA: dict[bytes, tuple[str, str]] = {
    b"\xa9mak": ("device", "Make"),
    b"\xa9mod": ("device", "Model"),
    b"\xa9swr": ("software", "Software"),
    b"\xa9too": ("software", "Encoder"),
    b"\xa9day": ("time", "ContentCreateDate"),
    b"\xa9ART": ("person", "Artist"),
    b"\xa9aut": ("person", "Author"),
    b"\xa9wrt": ("person", "Composer"),
    b"\xa9cpy": ("person", "Copyright"),
    b"\xa9cmt": ("free_text", "Comment"),
    b"\xa9des": ("free_text", "Description"),
    b"\xa9nam": ("free_text", "Title"),
    b"\xa9inf": ("free_text", "Information"),
    b"aART": ("person", "AlbumArtist"),
    b"auth": ("person", "Author"),
    b"cprt": ("person", "Copyright"),
    b"\xa9xyz": ("gps", "GPSCoordinates"),
}
KEYS: dict[str, tuple[str, str]] = {
    "com.apple.quicktime.make": ("device", "Make"),
    "com.apple.quicktime.model": ("device", "Model"),
    "com.apple.quicktime.software": ("software", "Software"),
    "com.apple.quicktime.creationdate": ("time", "CreationDate"),
    "com.apple.quicktime.author": ("person", "Author"),
    "com.apple.quicktime.artist": ("person", "Artist"),
    "com.apple.quicktime.copyright": ("person", "Copyright"),
    "com.apple.quicktime.description": ("free_text", "Description"),
    "com.apple.quicktime.comment": ("free_text", "Comment"),
    "com.apple.quicktime.title": ("free_text", "Title"),
    "com.apple.quicktime.displayname": ("free_text", "DisplayName"),
    "com.apple.quicktime.location.iso6709": ("gps", "GPSCoordinates"),
    "com.apple.quicktime.location.name": ("place", "LocationName"),
    "com.apple.quicktime.content.identifier": ("document_id", "ContentIdentifier"),
    "com.android.manufacturer": ("device", "Make"),
    "com.android.model": ("device", "Model"),
    "com.android.version": ("software", "AndroidVersion"),
}


class _State:
    def __init__(self) -> None:
        self.boxes = 0
        self.keys: list[str] = []
        self.items: dict[int, tuple[bytes, str]] = {}  # item id -> (type, content type)
        self.locations: dict[int, list[tuple[int, int]]] = {}
        self.idat: tuple[int, int] | None = None
        self.brand = b""


def box_header(data: bytes, pos: int, end: int) -> tuple[bytes, int, int] | None:
    """(type, size, header length) of the box at ``pos`` in a container ending at ``end``; ``data``
    holds at least 8 bytes from ``pos`` on, and 16 when they are there. None when a 64-bit size
    has no room for its largesize. One parser for ``_boxes`` and ``video_skeleton``: the
    skeleton once had its own and dropped the largesize of an impossible box (a 16 MiB video
    with a bad box was said clean while the whole file was "unreadable")."""
    size = int.from_bytes(data[pos : pos + 4], "big")
    btype = bytes(data[pos + 4 : pos + 8])
    if size == 1:
        if pos + 16 > end:
            return None
        return btype, int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
    if size == 0:
        return btype, end - pos, 8
    return btype, size, 8


def _boxes(data: bytes, start: int, end: int, st: _State, out: Collector):  # type: ignore[no-untyped-def]
    pos = start
    while pos + 8 <= end:
        st.boxes += 1
        if st.boxes > MAX_BOXES:
            out.skipped("too many boxes; the rest skipped")
            return
        if st.boxes % 500 == 0:
            out.check()
        found = box_header(data, pos, end)
        if found is None:
            return
        btype, size, header = found
        if size < header:
            out.note("box with an impossible size; stopped")
            return
        box_end = pos + size
        if box_end > end:
            out.note("box runs past the end of its container (truncated)")
            box_end = end
        yield btype, pos + header, box_end
        pos = pos + size


def parse_bmff(data: bytes, out: Collector) -> None:
    st = _State()
    _walk(data, 0, len(data), st, out, 0, b"")
    _heif_items(data, st, out)


def _walk(data: bytes, start: int, end: int, st: _State, out: Collector, depth: int,
          parent: bytes) -> None:
    if depth > MAX_DEPTH:
        out.skipped("boxes nested too deeply; inner boxes skipped")
        return
    for btype, body, box_end in _boxes(data, start, end, st, out):
        if btype == b"ftyp":
            st.brand = data[body : body + 4]
        elif btype in CONTAINERS:
            _walk(data, body, box_end, st, out, depth + 1, btype)
        elif btype == b"meta":
            # ISO meta is a full box (4 bytes version/flags); QuickTime's is not.
            inner = body + 4 if data[body + 8 : body + 12] in (b"hdlr", b"pitm", b"iinf") or \
                data[body : body + 4] == b"\x00\x00\x00\x00" else body
            _walk(data, inner, box_end, st, out, depth + 1, b"meta")
        elif btype == b"mvhd":
            _mvhd(data, body, out)
        elif btype == b"tkhd":
            pass
        elif btype == b"keys":
            _keys(data, body, box_end, st)
        elif parent == b"ilst":
            _ilst_item(data, btype, body, box_end, st, out)
        elif parent == b"udta" and btype in UDTA:
            _udta_text(data, btype, body, box_end, out)
        elif parent == b"udta" and btype == b"GPMF":
            # GoPro: the same key-length-value stream as in their JPEGs (CASN serial).
            from nymaudit.metadata.vendor import parse_gpmf

            parse_gpmf(data[body:box_end], out)
        elif parent == b"udta" and btype == b"FIRM":
            out.add("software", "FirmwareVersion", decode_text(data[body:box_end]))
        elif btype == b"XMP_":
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(data[body:box_end], out)
        elif btype == b"uuid":
            uuid = data[body : body + 16]
            if uuid == XMP_UUID:
                from nymaudit.metadata.xmp import parse_xmp

                parse_xmp(data[body + 16 : box_end], out)
            elif uuid == CANON_UUID:
                _canon_cr3(data, body + 16, box_end, st, out, depth)
            elif uuid == CANON_PREVIEW_UUID:
                _canon_preview(data, body + 16, box_end, st, out)
        elif btype == b"iinf":
            _iinf(data, body, box_end, st, out)
        elif btype == b"iloc":
            _iloc(data, body, box_end, st)
        elif btype == b"idat":
            st.idat = (body, box_end)
        elif btype == b"ispe" and box_end - body >= 12:
            w, h = struct.unpack_from(">II", data, body + 4)
            out.set_image_size(w, h)
        elif btype == b"loci":
            out.add("place", "LocationInformation", decode_text(data[body + 6 : box_end]))


def _mvhd(data: bytes, body: int, out: Collector) -> None:
    version = data[body] if body < len(data) else 0
    try:
        if version == 1:
            created = struct.unpack_from(">Q", data, body + 4)[0]
        else:
            created = struct.unpack_from(">I", data, body + 4)[0]
    except struct.error:
        return
    if created:
        import datetime as dt

        try:
            when = dt.datetime(1904, 1, 1) + dt.timedelta(seconds=created)
        except OverflowError:
            return
        out.add("time", "CreateDate", when.strftime("%Y:%m:%d %H:%M:%S"))


def _keys(data: bytes, body: int, end: int, st: _State) -> None:
    if body + 8 > end:
        return
    count = int.from_bytes(data[body + 4 : body + 8], "big")
    pos = body + 8
    for _ in range(min(count, 1000)):
        if pos + 8 > end:
            break
        size = int.from_bytes(data[pos : pos + 4], "big")
        if size < 8:
            break
        st.keys.append(data[pos + 8 : pos + size].decode("utf-8", errors="replace"))
        pos += size


def _data_value(data: bytes, body: int, end: int) -> str | None:
    """The first 'data' box of an ilst item: 4-byte type, 4-byte locale, value."""
    pos = body
    while pos + 16 <= end:
        size = int.from_bytes(data[pos : pos + 4], "big")
        if size < 8:
            return None
        if data[pos + 4 : pos + 8] == b"data":
            dtype = int.from_bytes(data[pos + 9 : pos + 12], "big")
            raw = data[pos + 16 : min(pos + size, end)]
            if dtype in (1, 0):
                return raw.decode("utf-8", errors="replace")
            if dtype == 2:
                return raw.decode("utf-16-be", errors="replace")
            if dtype in (13, 14):
                return f"image, {len(raw)} bytes"
            return None
        pos += size
    return None


def _ilst_item(data: bytes, btype: bytes, body: int, end: int, st: _State,
               out: Collector) -> None:
    index = int.from_bytes(btype, "big")
    target: tuple[str, str] | None = None
    if st.keys and 1 <= index <= len(st.keys):
        target = KEYS.get(st.keys[index - 1].lower())
    elif btype in UDTA:
        target = UDTA[btype]
    elif btype == b"covr":
        target = ("embedded_image", "CoverArt")
    if target is None:
        return
    value = _data_value(data, body, end)
    if value is None:
        return
    _emit(target, value, out)


def _udta_text(data: bytes, btype: bytes, body: int, end: int, out: Collector) -> None:
    target = UDTA[btype]
    raw = data[body:end]
    if btype in (b"auth", b"cprt") and len(raw) > 6:
        value = decode_text(raw[6:])  # 3GPP: version/flags, language, then text
    elif len(raw) >= 4 and int.from_bytes(raw[0:2], "big") <= len(raw) - 4:
        size = int.from_bytes(raw[0:2], "big")
        lang = int.from_bytes(raw[2:4], "big")
        text = raw[4 : 4 + size]
        # Language codes below 0x400 are Macintosh codes: the text is Mac Roman.
        value = text.decode("mac_roman") if lang < 0x400 else text.decode("utf-8", "replace")
    else:
        value = _data_value(data, body, end) or ""
    _emit(target, value, out)


def _emit(target: tuple[str, str], value: str, out: Collector) -> None:
    group, name = target
    if group == "gps":
        m = ISO6709.match(value)
        if m:
            from nymaudit.metadata.tiff import add_position

            try:
                lat, lon = float(m.group(1)), float(m.group(2))
            except ValueError:
                return
            add_position(out, lat, lon)
            if m.group(3):
                out.add("gps", "GPSAltitude", f"{float(m.group(3)):.1f} m")
        return
    out.add(group, name, value)


def _iinf(data: bytes, body: int, end: int, st: _State, out: Collector) -> None:
    version = data[body] if body < end else 0
    pos = body + (6 if version == 0 else 8)
    for _ in range(min(4096, MAX_BOXES)):
        if pos + 8 > end:
            break
        size = int.from_bytes(data[pos : pos + 4], "big")
        if size < 8 or data[pos + 4 : pos + 8] != b"infe":
            break
        _infe(data, pos + 8, min(pos + size, end), st)
        pos += size


def _infe(data: bytes, body: int, end: int, st: _State) -> None:
    version = data[body] if body < end else 0
    if version < 2 or body + 12 > end:
        return
    if version == 2:
        item_id = int.from_bytes(data[body + 4 : body + 6], "big")
        at = body + 8
    else:
        item_id = int.from_bytes(data[body + 4 : body + 8], "big")
        at = body + 10
    item_type = data[at : at + 4]
    content_type = b""
    if item_type == b"mime":
        rest = data[at + 4 : end]
        _name, _, rest = rest.partition(b"\x00")
        content_type = rest.partition(b"\x00")[0]
    st.items[item_id] = (item_type, content_type.decode("latin-1"))


def _iloc(data: bytes, body: int, end: int, st: _State) -> None:
    try:
        version = data[body]
        sizes = data[body + 4]
        offset_size, length_size = sizes >> 4, sizes & 0xF
        more = data[body + 5]
        base_size, index_size = more >> 4, (more & 0xF) if version in (1, 2) else 0
        pos = body + 6
        if version < 2:
            count = int.from_bytes(data[pos : pos + 2], "big")
            pos += 2
        else:
            count = int.from_bytes(data[pos : pos + 4], "big")
            pos += 4

        def read(n: int) -> int:
            nonlocal pos
            if pos + n > end:
                raise IndexError
            v = int.from_bytes(data[pos : pos + n], "big")
            pos += n
            return v

        for _ in range(min(count, 4096)):
            item_id = read(2 if version < 2 else 4)
            method = 0
            if version in (1, 2):
                method = read(2) & 0xF
            read(2)  # data reference index
            base = read(base_size)
            extents = read(2)
            spans: list[tuple[int, int]] = []
            for _ in range(min(extents, 64)):
                if index_size:
                    read(index_size)
                off = read(offset_size)
                length = read(length_size)
                if method == 1 and st.idat:
                    spans.append((st.idat[0] + base + off, length))
                elif method == 0:
                    spans.append((base + off, length))
            st.locations[item_id] = spans
    except IndexError:
        return


def _heif_items(data: bytes, st: _State, out: Collector) -> None:
    for item_id, (item_type, content_type) in st.items.items():
        spans = st.locations.get(item_id)
        if not spans:
            continue
        blob = b"".join(data[o : o + n] for o, n in spans[:16] if 0 <= o < len(data))
        if item_type == b"Exif" and len(blob) > 8:
            skip = int.from_bytes(blob[0:4], "big")
            from nymaudit.metadata.tiff import parse_exif

            start = 4 + skip if 4 + skip < len(blob) else 4
            if blob[start : start + 2] not in (b"II", b"MM"):
                found = blob.find(b"MM\x00*")
                found = found if found >= 0 else blob.find(b"II*\x00")
                start = found
            if start >= 0:
                parse_exif(blob, start, out, main=False)
        elif item_type == b"mime" and "xml" in content_type:
            from nymaudit.metadata.xmp import parse_xmp

            parse_xmp(blob, out)


def _canon_cr3(data: bytes, start: int, end: int, st: _State, out: Collector,
               depth: int) -> None:
    from nymaudit.metadata.makernotes import parse_makernote
    from nymaudit.metadata.tiff import _read_gps, open_tiff, parse_exif

    for btype, body, box_end in _boxes(data, start, end, st, out):
        if btype in (b"CMT1", b"CMT2"):
            block = data[body:box_end]
            if btype == b"CMT1":
                parse_exif(block, 0, out, main=False)
            else:
                # CMT2 is the Exif IFD itself, stored as its own TIFF.
                opened = open_tiff(block, 0, out)
                if opened:
                    reader, pos = opened
                    from nymaudit.metadata.tiff import EXIF_TAGS, _read_tags

                    entries, _ = reader.ifd(pos)
                    _read_tags(reader, entries, EXIF_TAGS, out)
        elif btype == b"CMT3":
            block = data[body:box_end]
            opened = open_tiff(block, 0, out)
            if opened:
                reader, pos = opened
                out.make = out.make or "Canon"
                parse_makernote(reader, pos, len(block) - pos, out)
        elif btype == b"CMT4":
            block = data[body:box_end]
            opened = open_tiff(block, 0, out)
            if opened:
                reader, pos = opened
                entries, _ = reader.ifd(pos)
                _read_gps(reader, entries, out)
        elif btype == b"THMB" and box_end - body >= 16:
            # version/flags, width, height, JPEG size, then the JPEG
            w, h, size = struct.unpack_from(">HHI", data, body + 4)
            out.add("embedded_image", "ThumbnailImage", f"JPEG {w}x{h}, {size} bytes")


def _canon_preview(data: bytes, start: int, end: int, st: _State, out: Collector) -> None:
    """CR3 preview: uuid eaf42b5e... holding a PRVW box (sizes, then a JPEG)."""
    at = data.find(b"PRVW", start, min(end, start + 64))
    if at < 0 or at + 20 > end:
        return
    w, h = struct.unpack_from(">HH", data, at + 10)
    size = struct.unpack_from(">I", data, at + 16)[0]
    out.add("embedded_image", "PreviewImage", f"JPEG {w}x{h}, {size} bytes")


# -- a video's metadata without its media data ----------------------------------------------
# A phone's video is almost all `mdat` (the coded frames); its metadata lies in `moov` (udta,
# meta/keys/ilst, mvhd) and top-level uuid/XMP boxes, before or after mdat. Reading a 256 MiB
# video whole to find 2 KB of metadata held it up to three times (686 MB peak for two such
# videos in the seventh session's red team). ``video_skeleton`` reads the top-level box
# headers by seeking and copies every box but the large media ones, each of which becomes an
# empty `free` box: parse_bmff finds the same fields in the copy (no MP4/MOV field is read
# from mdat or located by an absolute offset; HEIF and CR3 items are, and are read whole).
SKELETON_MEDIA = frozenset((b"mdat", b"free", b"skip", b"wide"))
SKELETON_MIN_BOX = 64 * 1024  # media boxes smaller than this are copied as they are


def video_skeleton(read_at, size: int, limit: int) -> bytes | None:  # type: ignore[no-untyped-def]
    """The file's top-level boxes, its large mdat/free/skip/wide boxes emptied, read through
    ``read_at(offset, count) -> bytes``; None when the boxes do not tile the file the way a
    video's do (too many, or more than ``limit`` bytes to copy): then read the file whole."""
    out = bytearray()
    pos = 0
    count = 0
    # Bytes read from ``pos`` on and not used yet. A header read takes 16 bytes and a small box
    # may be 8: its surplus is the start of the next box, kept so that no read goes back (a
    # tar.gz or zip member seeks back by inflating again from a saved point, once per box).
    ahead = b""
    while pos + 8 <= size:
        count += 1
        if count > MAX_BOXES:
            return None
        if len(ahead) < 16:
            ahead += read_at(pos + len(ahead), min(16, size - pos) - len(ahead))
        if len(ahead) < 8:
            return None
        found = box_header(ahead, 0, size - pos)
        if found is None:  # a 64-bit size with no room for it: parse_bmff stops there in silence
            out += ahead
            return bytes(out)
        btype, box_size, header = found
        if len(ahead) < header:
            return None
        if box_size < header:
            out += ahead[:header]  # parse_bmff says "box with an impossible size" on it, as on the file
            return bytes(out)
        end = pos + box_size
        if btype in SKELETON_MEDIA and box_size >= SKELETON_MIN_BOX:
            if end > size:
                out += ahead[:header]  # its declared size runs past the end: "truncated", as before
                return bytes(out)
            out += b"\x00\x00\x00\x08free"
            ahead = b""
        else:
            take = min(end, size) - pos
            if len(out) + take > limit:
                return None
            piece = ahead[:take]
            ahead = ahead[take:]
            if take > len(piece):
                piece += read_at(pos + len(piece), take - len(piece))
            out += piece
            if len(piece) < take:
                return bytes(out)
        pos = end
    if pos < size:
        out += ahead + read_at(pos + len(ahead), size - pos - len(ahead))  # a few stray bytes, as in the file
    return bytes(out)

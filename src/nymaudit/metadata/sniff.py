"""Recognise a file's format from its first bytes (never from its name)."""

from __future__ import annotations

import csv
import io
import re
import zipfile

from nymaudit.metadata.svg import looks_like_ico, looks_like_svg, looks_like_svgz
from nymaudit.metadata.takeout import FORMAT as TAKEOUT_FORMAT
from nymaudit.metadata.takeout import looks_like_takeout
from nymaudit.rules import load_file

HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
               b"mif2", b"MiHE", b"MiHB"}
AVIF_BRANDS = {b"avif", b"avis"}
# A document's zip holds tens of parts; past this many its table of contents is not handed to
# zipfile, which builds an object for every entry first (red14 F3: a .docx of 1,000,000 empty
# members linked from a draft took 56 s and 695 MB before a reader saw one). Office and doctext
# (MAX_ZIP_ENTRIES) refuse such a document; sniffing reads only its first names.
MAX_DOCUMENT_PARTS = 20_000
SNIFF_NAMES = 5000  # a zip's first names that decide whether it is an office document


def sniff(data: bytes) -> str:
    """One of: jpeg, tiff, cr2, orf, rw2, png, webp, heif, avif, cr3, mov, mp4, pdf,
    ooxml, odf, zip, raf, mrw, xmp, gif, psd, jp2, eps, riff, crw, svg, svgz, ico, rtf,
    gpx, kml, tcx, garmin-xml (GPS track XML), igc, nmea, gps-csv (a CSV of positions),
    bramor-log (Bramor gEO drone log), vcard, ics, google-photos-sidecar (Google Takeout's
    JSON beside a photo), xml (not read), text, or "unknown"."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        if head[8:10] == b"CR":
            return "cr2"
        return "tiff"
    if head[:4] in (b"IIRO", b"IIRS", b"MMOR"):
        return "orf"
    if head[:4] == b"IIU\x00":
        return "rw2"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"WAVE"):
        return "riff"
    if head[:2] in (b"II", b"MM") and head[6:14] == b"HEAPCCDR":
        return "crw"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        compatible = {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if brand == b"crx ":
            return "cr3"
        if brand in AVIF_BRANDS:
            return "avif"
        if brand in HEIF_BRANDS or (compatible & HEIF_BRANDS and brand not in (b"qt  ",)):
            return "heif"
        if brand == b"qt  ":
            return "mov"
        return "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"):
        return "mov"
    if looks_like_ico(head):
        return "ico"
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return "raf"
    if head.startswith(b"\x00MRM"):
        return "mrw"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _zip_kind(data)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"8BPS":
        return "psd"
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        return "jp2"
    if head.startswith(b"%!PS") or head[:4] == b"\xc5\xd0\xd3\xc6":
        return "eps"
    if looks_like_svgz(data[:65536]):
        return "svgz"
    # Before XMP: Illustrator puts an XMP packet in an SVG's first kilobytes.
    if looks_like_svg(data[:8192]):
        return "svg"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"<?xpacket", b"<x:xmpmeta", b"<x:xapmeta", b"<rdf:RDF")):
        return "xmp"
    if stripped.startswith(b"<?xml") and b"<x:xmpmeta" in data[:4096]:
        return "xmp"
    # A Google Photos sidecar (ninth session): JSON whose keys are Takeout's, whatever its name.
    if stripped.startswith(b"{") and looks_like_takeout(data):
        return TAKEOUT_FORMAT
    # Text formats whose content is metadata (eighth session): never "text" for them.
    kind = _text_format(data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n"))
    if kind:
        return kind
    if _looks_like_text(data[:8192]):
        return "text"
    return "unknown"


# XML roots: GPS tracks read by textformats.parse_track_xml, an XMP sidecar written as a
# bare rdf:RDF (ExifTool's -X output, XMP.xml), pages and feeds that `scan` reads as
# text; any other XML root is a format nymaudit does not read ("xml"), not plain text.
# Each track dialect under its own name (a .kml was labelled "gpx"; review rev8b item 17).
TRACK_ROOTS = {b"gpx": "gpx", b"kml": "kml", b"TrainingCenterDatabase": "tcx", b"History": "garmin-xml"}
TRACK_FORMATS = tuple(TRACK_ROOTS.values())
# NMEA 0183: "$" + talker and sentence ("GPRMC", "PTNTHPR", "BDGSV") + fields, usually
# with a "*hh" checksum. A log may open with any talker or a proprietary sentence
# (ExifTool's Geotag2.log starts "$PTNTHPR"; review rev8b item 16): two such lines among
# the first ten make an NMEA log.
_NMEA_LINE = re.compile(rb"\$[A-Z][A-Z0-9]{3,7},[^\r\n$]{0,160}?(?:\*[0-9A-Fa-f]{2})?[ \t]*$")
_NMEA_CHECKED = re.compile(rb"\*[0-9A-Fa-f]{2}[ \t]*$")
TEXT_ROOTS = {b"html", b"rss", b"feed", b"opml", b"urlset"}
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


def _text_format(head: bytes) -> str | None:
    """rtf, gpx (track XML), xmp (bare rdf:RDF), xml (another XML document), igc, nmea,
    vcard, ics, bramor-log, gps-csv, or None."""
    if head.startswith(b"{\\rtf"):
        return "rtf"
    upper = head[:64].upper()
    if upper.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if upper.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    # IGC: the A record (logger maker code) first, and the mandatory date header HFDTE.
    if re.match(rb"A[A-Z0-9]{3}[^\r\n]{0,200}\r?\n", head) and re.search(rb"\nH[FO]DTE", head):
        return "igc"
    if head.startswith(b"$") and _looks_like_nmea(head):
        return "nmea"
    if head.startswith(b"<"):
        root = _xml_root(head)
        if root is None:
            return None
        prefix, name = root
        if name == b"RDF" and prefix == b"rdf:":
            return "xmp"
        if name in TRACK_ROOTS:
            return TRACK_ROOTS[name]
        if name.lower() in TEXT_ROOTS or name == b"svg" or not head.startswith(b"<?xml"):
            return None  # a page or a Markdown post that opens with a tag stays text
        return "xml"
    if head[:1].isdigit() and _looks_like_bramor(head):
        return "bramor-log"
    if head.startswith(b"TP,D,"):
        from nymaudit.metadata.textformats import looks_like_winplus

        if looks_like_winplus(head):
            return "winplus-log"  # Winplus Beacon .TXT (eleventh session)
    if _looks_like_csv_track(head):
        return "gps-csv"
    return None


def _looks_like_nmea(head: bytes) -> bool:
    """Two NMEA sentences among the first ten lines, at least one of a known GPS talker
    or with a checksum (a post that opens with "$5,000," is no log)."""
    lines = [line.strip() for line in head.splitlines()[:10] if line.strip()]
    sentences = [line for line in lines if _NMEA_LINE.match(line)]
    if len(sentences) < 2 or not lines[0].startswith(b"$"):
        return False
    return any(_NMEA_CHECKED.search(line) or line.startswith((b"$GP", b"$GN", b"$GL", b"$PMGN"))
               for line in sentences)


# Position logs in plain text (tenth session, walkthrough 10): read as GPS tracks, never as
# "text". Both tests look at the first 4 KB only, as the other text formats do.
LINE_TRACK_FORMATS = ("igc", "nmea", "gps-csv", "bramor-log", "winplus-log")
# Bramor gEO (C-Astral's Bramor drones; ExifTool's Geotag3.log, read by ExifTool's Geotag
# since 2015): 12 fields, "? index lat lon alt track dd/mm/yyyy hh:mm:ss yaw pitch roll ypr".
BRAMOR_LINE = re.compile(
    rb"^\s*\d+\s+\d+\s+(-?\d{1,3}(?:\.\d+)?)\s+(-?\d{1,3}(?:\.\d+)?)\s+\S+\s+\S+\s+"
    rb"(\d{2})/(\d{2})/(\d{4})\s+(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s+\S+\s+\S+\s+\S+\s+ypr\s*$")
# Column names of a CSV of positions (DJI's flight log "Latitude,Longitude", Airdata's
# "latitude,longitude", GPSLogger's "lat,lon", "GPS Latitude (deg)"...), compared after
# column_key(): lower case, units in brackets and every non-letter dropped. Data: heuristics/tracks.toml.
_CSV_COLUMNS = load_file("tracks")["csv_log"]["columns"]
CSV_LAT_NAMES = frozenset(_CSV_COLUMNS["latitude"])
CSV_LON_NAMES = frozenset(_CSV_COLUMNS["longitude"])
CSV_LAT_REF_NAMES = frozenset(_CSV_COLUMNS["latitude_ref"])
CSV_LON_REF_NAMES = frozenset(_CSV_COLUMNS["longitude_ref"])
CSV_POSITION_NAMES = frozenset(_CSV_COLUMNS["exiftool_position"])
CSV_EXIFTOOL_FIRST = frozenset(_CSV_COLUMNS["exiftool_first"])
# A Columbus V-900/V-990 log pads its fields with NUL bytes (GPSBabel's v900 reader): its
# header line, which has none, lets the rest be read as text.
COLUMBUS_HEADER = re.compile(rb"^INDEX,TAG,DATE,TIME,LATITUDE ?N/S,LONGITUDE ?E/W", re.IGNORECASE)
CSV_DELIMITERS = (",", ";", "\t", "|")
# Not every CSV with a "lat" column is a track: a list of posts or shops with a sparse one is
# not. Two or more rows, and at least this share of the sampled rows, must hold two numbers
# in range (not 0,0) in those columns; and the rows must read as one device's log
# (textformats.looks_like_position_log), not a table of places.
CSV_MIN_ROWS = 2  # one for ExifTool's CSV of photos: one row is one photo's position
CSV_ROW_SHARE = 0.8
CSV_SAMPLE_ROWS = 200
CSV_HEADER_SEARCH = 5  # a "sep=," line or "#" comments may come before the header


def column_key(name: str) -> str:
    """'GPS Latitude (deg)' -> 'gpslatitude'; ExifTool's group prefix goes ('GPS:GPSLatitude',
    `exiftool -csv -G1`)."""
    name = re.sub(r"[(\[{][^)\]}]{0,40}[)\]}]", "", name.strip().lower())
    name = re.sub(r"^[a-z][\w-]{0,30}:(?=[a-z])", "", name)
    return re.sub(r"[^a-z]", "", name)


def split_csv_line(line: str, delimiter: str) -> list[str]:
    if '"' not in line:
        return line.split(delimiter)
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []


def csv_track_columns(header: str) -> tuple[str, int, int, list[str]] | None:
    """(delimiter, latitude column, longitude column, column names) when a header line names
    both. A header with a "text" column is a posts file (the generic reader's), not a log."""
    if len(header) > 4096:
        return None
    for delim in CSV_DELIMITERS:
        if delim not in header:
            continue
        names = [c.strip().strip('"').strip() for c in split_csv_line(header, delim)]
        keys = [column_key(c) for c in names]
        lat = next((i for i, k in enumerate(keys) if k in CSV_LAT_NAMES), None)
        lon = next((i for i, k in enumerate(keys) if k in CSV_LON_NAMES), None)
        if lat is None or lon is None or "text" in keys:
            if lat is None and lon is None and keys and keys[0] in CSV_EXIFTOOL_FIRST:
                # ExifTool's combined column (`exiftool -csv -GPSPosition`): both in one cell.
                both = next((i for i, k in enumerate(keys) if k in CSV_POSITION_NAMES), None)
                if both is not None:
                    return delim, both, both, names
            continue
        return delim, lat, lon, names
    return None


def csv_hemisphere_columns(names: list[str]) -> tuple[int | None, int | None]:
    """The columns holding the latitude's and the longitude's hemisphere ("N", "West"), if any."""
    keys = [column_key(name) for name in names]
    return (next((i for i, k in enumerate(keys) if k in CSV_LAT_REF_NAMES), None),
            next((i for i, k in enumerate(keys) if k in CSV_LON_REF_NAMES), None))


def csv_position(fields: list[str], delim: str, lat_i: int, lon_i: int,
                 refs: tuple[int | None, int | None] = (None, None)) -> tuple[float, float] | None:
    """The row's position, or None when either column is missing, not a number, out of
    range or both are 0 (a logger's "no fix"). The hemisphere may follow or lead the number
    ("31.768380N", "51.5 N") or stand in a column of its own (``refs``); ``lat_i == lon_i`` is
    ExifTool's combined GPSPosition ("51.5 N, 0.12 W", "+51.5, -0.12", "51.5 -0.12")."""
    if lat_i >= len(fields) or lon_i >= len(fields):
        return None
    if lat_i == lon_i:
        cell = fields[lat_i].strip().strip('"').strip()
        parts = cell.split(",") if "," in cell else cell.split()
        if len(parts) < 2:
            return None
        texts = [parts[0], parts[1]]
    else:
        texts = [fields[lat_i].strip().strip('"'), fields[lon_i].strip().strip('"')]
        if delim != ",":
            texts = [t.replace(",", ".") for t in texts]  # "52,2053" in a ;-separated export
    hemispheres = [fields[i].strip().strip('"')[:1].upper() if i is not None and i < len(fields) else ""
                   for i in refs]
    lat = _coordinate(texts[0], "NS", hemispheres[0])
    lon = _coordinate(texts[1], "EW", hemispheres[1])
    if lat is None or lon is None:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or (lat == 0.0 and lon == 0.0):
        return None  # NaN fails the range test too
    return lat, lon


# ExifTool's coordinates without -n: 53 deg 48' 1.40" N (review rev11a item 5); without the
# hemisphere when it is a column of its own (-G1 -gps:all).
_DMS = re.compile(r"^(\d{1,3}) deg (\d{1,2})' (\d{1,2}(?:\.\d+)?)\"?(?: ?([NSEW]))?$")
# A number with its hemisphere after or before it: Columbus "031.768380N", ExifTool's -c "%.6f"
# "51.500700 N"; or signed.
_HEMI_NUMBER = re.compile(r"^([NSEW])? ?([+-]?\d{1,3}(?:\.\d+)?) ?([NSEW])?$")


def _coordinate(text: str, hemispheres: str, ref: str) -> float | None:
    text = text.strip()
    m = _DMS.match(text)
    if m:
        value = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3)) / 3600
        letter = m.group(4) or ""
    else:
        m = _HEMI_NUMBER.match(text)
        if not m or (m.group(1) and m.group(3)):
            if m is None and "deg" not in text and not re.search(r"[NSEW]", text):
                try:
                    return float(text)  # "nan", "1e1": float's own forms, as before
                except ValueError:
                    return None
            return None
        value = float(m.group(2))
        letter = m.group(1) or m.group(3) or ""
    letter = letter or (ref if ref in hemispheres else "")
    if letter and letter not in hemispheres:
        return None  # "51.5 E" as a latitude
    if letter:
        return -abs(value) if letter in "SW" else abs(value)
    return value


def _looks_like_csv_track(head: bytes) -> bool:
    if COLUMBUS_HEADER.match(head):
        head = head.replace(b"\x00", b"")  # its fields' padding
    if not _looks_like_text(head[:4096]):
        return False
    lines = head.decode("utf-8", errors="replace").splitlines()
    if len(head) >= 4096 and not head.endswith((b"\n", b"\r")):
        lines = lines[:-1]  # a row cut by the sample's end
    lines = [line for line in lines if line.strip()]
    for n, line in enumerate(lines[:CSV_HEADER_SEARCH]):
        found = csv_track_columns(line)
        if found is None:
            continue
        from nymaudit.metadata.textformats import exiftool_photos, looks_like_position_log

        delim, lat_i, lon_i, names = found
        rows = lines[n + 1 : n + 1 + CSV_SAMPLE_ROWS]
        # ExifTool's CSV of a folder leaves the GPS cells of a photo without a position empty.
        photos = exiftool_photos(names)
        refs = csv_hemisphere_columns(names)
        fixes = []
        counted = 0
        for row in rows:
            fields = split_csv_line(row, delim)
            if photos and (lat_i >= len(fields) or not fields[lat_i].strip()):
                continue
            counted += 1
            pos = csv_position(fields, delim, lat_i, lon_i, refs)
            if pos:
                fixes.append((pos, fields))
        if len(fixes) < (1 if photos else CSV_MIN_ROWS) or len(fixes) < CSV_ROW_SHARE * counted:
            return False
        # A table of places (earthquakes, shops, stations) has the columns too: only one
        # device's log is a track (review rev10c item 1).
        return looks_like_position_log(names, fixes)
    return False


def bramor_fix(line: bytes) -> re.Match[bytes] | None:
    m = BRAMOR_LINE.match(line)
    if not m or not (-90 <= float(m.group(1)) <= 90 and -180 <= float(m.group(2)) <= 180):
        return None
    return m


def _looks_like_bramor(head: bytes) -> bool:
    """The first line and every line of the first ten (blank ones aside) a Bramor fix; two at least."""
    lines = head.splitlines()[:40]
    if len(head) >= 4096 and not head.endswith((b"\n", b"\r")):
        lines = lines[:-1]  # a fix cut by the sample's end
    lines = [line for line in lines if line.strip()][:10]
    return len(lines) >= 2 and all(bramor_fix(line) for line in lines)


def _xml_root(head: bytes) -> tuple[bytes, bytes] | None:
    """The first element's (prefix, local name), past the declaration, comments,
    processing instructions and a DOCTYPE."""
    pos = 0
    for _ in range(50):
        while pos < len(head) and head[pos] in b" \t\r\n":
            pos += 1
        if head.startswith(b"<?", pos):
            end, skip = head.find(b"?>", pos), 2
        elif head.startswith(b"<!--", pos):
            end, skip = head.find(b"-->", pos), 3
        elif head.startswith(b"<!", pos):
            # A DOCTYPE's internal subset ([...]) holds ">" of its own declarations.
            bracket, close = head.find(b"[", pos), head.find(b">", pos)
            if 0 <= bracket < close:
                end, skip = head.find(b"]", bracket), 1
                end = head.find(b">", end) if end >= 0 else -1
            else:
                end, skip = close, 1
        else:
            m = _ROOT.match(head, pos)
            return (m.group(1) or b"", m.group(2)) if m else None
        if end < 0:
            return None
        pos = end + skip
    return None


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 without NUL or other control bytes: a post, page or configuration file.
    Text has no embedded metadata to read; its words are what ``scan`` checks."""
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 3:
            return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls == 0


def _zip_kind(data: bytes) -> str:
    if data[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument" in data[38:120]:
        return "odf"
    from nymaudit.sources.tree import zip_members_listed

    listed = zip_members_listed(data, MAX_DOCUMENT_PARTS)
    if listed is not None and listed > MAX_DOCUMENT_PARTS:
        # Named from its listing's first entries, read here: the office reader then refuses it
        # with a clear error, where "a zip, not a document" would hide a linked .docx.
        names = _central_names(data, SNIFF_NAMES)
    else:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist()[:SNIFF_NAMES])
        except Exception:  # BadZipFile, NotImplementedError (odd versions), ValueError ...
            return "zip"
    if "[Content_Types].xml" in names and any(
        n.startswith(("word/", "xl/", "ppt/", "docProps/")) for n in names
    ):
        return "ooxml"
    if "meta.xml" in names and "mimetype" in names:
        return "odf"
    return "zip"


def _central_names(data: bytes, limit: int) -> set[str]:
    """The names of a zip's first ``limit`` central directory entries, walked from its end
    record without zipfile; empty when there is no directory to walk. The directory starts
    its own size before the end record (or the zip64 records before it), as zipfile finds it
    in a zip with bytes put before it."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or end + 22 > len(data):
        return set()
    cd_size = int.from_bytes(data[end + 12:end + 16], "little")
    cd_end = end
    if end >= 76 and data[end - 20:end - 16] == b"PK\x06\x07":
        record = data[end - 76:end - 20]  # the zip64 end record, just before its locator
        if record[:4] == b"PK\x06\x06":
            cd_size = int.from_bytes(record[40:48], "little")
            cd_end = end - 76
    pos = max(cd_end - cd_size, 0)
    names: set[str] = set()
    for _ in range(limit):
        if pos + 46 > cd_end or data[pos:pos + 4] != b"PK\x01\x02":
            break
        flags = int.from_bytes(data[pos + 8:pos + 10], "little")
        name_len, extra_len, comment_len = (int.from_bytes(data[pos + i:pos + i + 2], "little")
                                            for i in (28, 30, 32))
        raw = data[pos + 46:pos + 46 + name_len]
        names.add(raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace"))
        pos += 46 + name_len + extra_len + comment_len
    return names

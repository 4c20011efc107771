"""Text formats whose content is metadata (eighth session, 29 November 2026): RTF's
``\\info`` group, GPS tracks (GPX, KML, Garmin TCX/logbook XML, IGC, NMEA logs),
contact cards (vCard) and calendars (iCalendar).

They were called "text, no embedded metadata" before, while an RTF keeps the author and
company like a Word file and a GPS track is nothing but positions and times. Every
reader is bounded: a byte cap, a line or element cap, the collector's time budget; XML
goes through defusedxml's iterparse (no DTD, no entities), which does not recurse, so
deep nesting cannot exhaust the stack.
"""

from __future__ import annotations

import io
import math
import re
from collections import deque
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import NamedTuple

from nymaudit.metadata.core import Collector
from nymaudit.metadata.documents import rtf_side_text
from nymaudit.metadata.office import _count, _local, rtf_hidden
from nymaudit.metadata.places import _km as _distance_km
from nymaudit.metadata.sniff import column_key
from nymaudit.rules import load_file

MAX_TEXT_BYTES = 32 * 1024 * 1024
MAX_LINES = 500_000
MAX_ELEMENTS = 2_000_000
MAX_DEPTH = 256
MAX_CARDS_READ = 2000
CHECK_EVERY = 2000
# A nearest-place lookup far from any town costs tens of milliseconds: a calendar or
# address book with thousands of GEO lines held the scan for minutes (review rev8b item 1).
# The first few distinct positions are placed; the rest are counted in a note.
MAX_PLACED_POSITIONS = 10
# gx:Track <when> values waiting for their <gx:coord> (all whens come first in the
# standard layout): bounded so a hostile track cannot hold millions of strings.
MAX_PENDING_WHENS = 100_000
MAX_NMEA_LINE = 1024
_LINE = re.compile(rb"([^\r\n]*)(?:\r\n|\r|\n|\Z)")


def _lines(data: bytes, out: Collector) -> Iterator[bytes]:
    """The lines of ``data`` one at a time (never a list of all of them: a 32 MB file of
    short lines made 11 M strings, 930 MB; review rev8b item 11), with the time budget
    checked and at most MAX_LINES read."""
    for n, m in enumerate(_LINE.finditer(data)):
        if m.start() == len(data):
            return  # the empty match at the very end: not a line of its own
        if n % CHECK_EVERY == 0:
            out.check()
        if n >= MAX_LINES:
            out.skipped(f"more than {MAX_LINES} lines; the rest were not read")
            return
        yield m.group(1)


def _cap(data: bytes, out: Collector, what: str) -> bytes:
    if len(data) > MAX_TEXT_BYTES:
        out.skipped(f"{what} larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB; the rest was not read")
        return data[:MAX_TEXT_BYTES]
    return data


# --- GPS tracks ------------------------------------------------------------------

class Track:
    """Points of a track or waypoint list, summarised (count, first, last, area)."""

    def __init__(self) -> None:
        self.count = 0
        self.first: tuple[float, float] | None = None
        self.last: tuple[float, float] | None = None
        self.south = self.west = math.inf
        self.north = self.east = -math.inf
        self.times: list[str] = []  # first and last seen
        self.bad = 0
        self.kind = "track"  # "photo": ExifTool's CSV of photos, a position per photo (not a path)

    def point(self, lat: float, lon: float, when: str | None = None) -> None:
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or (lat == 0.0 and lon == 0.0):
            self.bad += 1
            return
        self.count += 1
        if self.first is None:
            self.first = (lat, lon)
        self.last = (lat, lon)
        self.south, self.north = min(self.south, lat), max(self.north, lat)
        self.west, self.east = min(self.west, lon), max(self.east, lon)
        if when:
            # Earliest and latest (ISO 8601 times of one file sort as text); a track's
            # points are not always in time order.
            when = when.strip()[:40]
            if not self.times:
                self.times = [when, when]
            else:
                self.times = [min(self.times[0], when), max(self.times[1], when)]

    def report(self, out: Collector, kind: str = "track", position: str = "GPSPosition") -> None:
        from nymaudit.metadata.tiff import add_position

        if self.bad:
            out.note(f"{self.bad} {kind} point(s) out of range or at 0,0 ignored")
        if not self.count or self.first is None or self.last is None:
            return
        across = _distance_km(self.south, self.west, self.north, self.east)
        area = (f"within {self.south:.4f}..{self.north:.4f} N, {self.west:.4f}..{self.east:.4f} E "
                f"(about {across:.1f} km across)")
        if self.count == 1:  # one photo's row (ExifTool's CSV): no area
            area = f"at {self.first[0]:.4f}, {self.first[1]:.4f}"
        span = f", {self.times[0]}" if self.times else ""
        if self.times and self.times[0] != self.times[-1]:
            span += f" to {self.times[-1]}"
        label = {"track": "track point(s)", "photo": "photo position(s)"}.get(kind, "waypoint(s)")
        kind = "track" if kind == "photo" else kind  # a track's fields: first, last, times
        out.add("gps", "GPSTrack" if kind == "track" else "Waypoints", f"{self.count} {label}{span}, {area}")
        # The first point of a track is often where the walk or drive began: home.
        add_position(out, self.first[0], self.first[1], position)
        if kind == "track" and self.count > 1 and self.last != self.first:
            add_position(out, self.last[0], self.last[1], "GPSTrackEnd")
        if self.times:
            out.add("time", "TrackStart" if kind == "track" else "WaypointFirstTime", self.times[0])
            out.add("time", "TrackEnd" if kind == "track" else "WaypointLastTime", self.times[-1])


def _float(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# Element local names -> fields, for every track XML dialect.
_XML_PEOPLE = {"author": "Author", "email": "Email"}
_XML_TEXTS = {"desc": "Description", "cmt": "Comment", "description": "Description",
              "keywords": "Keywords", "Notes": "Notes"}


def parse_track_xml(data: bytes, out: Collector) -> None:
    """GPX (trkpt/wpt/rtept lat= lon=), KML (<coordinates>, <gx:coord>, <when>), Garmin
    TCX (<LatitudeDegrees>) and Forerunner logbook (<Latitude>) in one bounded pass."""
    track, waypoints = Track(), Track()
    try:
        _track_xml(data, out, track, waypoints)
    finally:  # the points read before a cap or the time budget are still reported
        track.report(out, "track")
        if waypoints.count:
            # Waypoints alone (a list of places) are the file's position; beside a track, their own.
            waypoints.report(out, "waypoint", "WaypointPosition" if track.count else "GPSPosition")


def _track_xml(data: bytes, out: Collector, track: Track, waypoints: Track) -> None:
    from defusedxml import ElementTree as SafeET

    data = _cap(data, out, "track")
    stack: list[str] = []
    # KML gx:Track: the n-th <when> pairs with the n-th <gx:coord>; the standard layout
    # (KML 2.2 reference, Google Location History) puts all whens first (review rev8b item 13).
    pending_when: deque[str] = deque()
    lat_text: str | None = None
    point_time: str | None = None
    seen = 0
    root_done = False
    try:
        for event, el in SafeET.iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            seen += 1
            if seen % CHECK_EVERY == 0:
                out.check()
            if seen > MAX_ELEMENTS:
                out.skipped(f"more than {MAX_ELEMENTS // 2} XML elements; the rest were not read")
                break
            name = _local(el.tag)
            if event == "start":
                stack.append(name)
                if len(stack) > MAX_DEPTH:
                    out.skipped("XML nested too deeply; inner elements skipped")
                    break
                if not root_done:
                    root_done = True
                    creator = el.get("creator")
                    if creator:
                        out.add("software", "Creator", creator)
                if name in ("trkpt", "rtept", "wpt"):
                    point_time = None
                elif name == "Track":
                    pending_when.clear()
                continue
            parent = stack[-2] if len(stack) > 1 else ""
            text = (el.text or "").strip()
            if name in ("trkpt", "rtept", "wpt"):
                lat, lon = _float(el.get("lat")), _float(el.get("lon"))
                if lat is not None and lon is not None:
                    (waypoints if name == "wpt" else track).point(lat, lon, point_time)
            elif name == "time" and parent in ("trkpt", "rtept", "wpt"):
                point_time = text
            elif name == "time" and parent == "metadata" or name == "time" and parent == "gpx":
                out.add("time", "FileTime", text)
            elif name == "when" and parent == "Track":
                if len(pending_when) < MAX_PENDING_WHENS:
                    pending_when.append(text[:40])
                else:
                    out.skipped(f"more than {MAX_PENDING_WHENS} unpaired track times; later ones not read")
            elif name == "coord":  # gx:coord "lon lat alt"
                parts = text.split()
                when = pending_when.popleft() if pending_when else None
                if len(parts) >= 2:
                    lon, lat = _float(parts[0]), _float(parts[1])
                    if lat is not None and lon is not None:
                        track.point(lat, lon, when)
            elif name == "coordinates":
                _kml_coordinates(text, waypoints if parent == "Point" else track, out)
            elif name in ("LatitudeDegrees", "Latitude"):
                lat_text = text
            elif name in ("LongitudeDegrees", "Longitude"):
                lat, lon = _float(lat_text), _float(text)
                if lat is not None and lon is not None:
                    track.point(lat, lon, point_time)
                lat_text = None
            elif name == "Time" and parent == "Trackpoint":
                point_time = text
            elif name == "name":
                if parent in ("author", "person"):
                    out.add("person", "Author", text)
                elif parent in ("wpt", "Placemark") and "Point" not in stack:
                    out.add("free_text", "PlaceName" if parent == "Placemark" else "WaypointName", text)
                elif parent in ("trk", "rte"):
                    out.add("free_text", "TrackName", text)
                elif parent in ("metadata", "Document", "gpx", "Folder"):
                    out.add("free_text", "Title", text)
            elif name in _XML_PEOPLE and parent in ("gpx", "metadata", "author", "person"):
                if name == "email" and (el.get("id") and el.get("domain")):
                    text = f"{el.get('id')}@{el.get('domain')}"
                if text:
                    out.add("person", _XML_PEOPLE[name], text)
            elif name == "Name" and parent == "Creator":
                out.add("device", "Device", text)
            elif name == "UnitId" and parent == "Creator":
                out.add("serial", "UnitId", text)
            elif name in _XML_TEXTS and parent in ("gpx", "metadata", "trk", "wpt", "Document",
                                                   "Placemark", "rte"):
                out.add("free_text", _XML_TEXTS[name], text)
            elif name == "address" and parent == "Placemark":
                out.add("place", "Address", text)
            stack.pop()
            el.clear()
    except SafeET.ParseError as exc:
        out.note(f"XML ends or breaks early ({str(exc)[:80]}); read up to there")
    except Exception as exc:  # defusedxml refusals (DTD, entities) and the like
        if type(exc).__name__ in ("DTDForbidden", "EntitiesForbidden", "ExternalReferenceForbidden"):
            out.note(f"XML refused: {type(exc).__name__} (DTDs and entities are not read)")
        else:
            raise


def _kml_coordinates(text: str, track: Track, out: Collector) -> None:
    for i, tuple_text in enumerate(text.split()):
        if i % CHECK_EVERY == 0:
            out.check()
        parts = tuple_text.split(",")
        if len(parts) >= 2:
            lon, lat = _float(parts[0]), _float(parts[1])
            if lat is not None and lon is not None:
                track.point(lat, lon)


_IGC_B = re.compile(rb"^B(\d{2})(\d{2})(\d{2})(\d{2})(\d{5})([NS])(\d{3})(\d{5})([EW])")
_IGC_HEADERS: dict[bytes, tuple[str, str]] = {
    b"PLT": ("person", "Pilot"), b"CM2": ("person", "CoPilot"), b"GTY": ("device", "GliderType"),
    b"GID": ("serial", "GliderId"), b"CID": ("document_id", "CompetitionId"),
    b"SIT": ("place", "Site"), b"FTY": ("device", "LoggerType"), b"RFW": ("software", "Firmware"),
    b"CCL": ("free_text", "CompetitionClass"),
}


def parse_igc(data: bytes, out: Collector) -> None:
    """IGC flight log: H header records (pilot, glider, site, date) and B fixes."""
    track = Track()
    try:
        _igc(data, out, track)
    finally:
        track.report(out, "track")


def _igc(data: bytes, out: Collector, track: Track) -> None:
    data = _cap(data, out, "IGC log")
    date = ""
    for n, line in enumerate(_lines(data, out)):
        if line.startswith(b"A") and n == 0:
            out.add("device", "Logger", line[1:].decode("latin-1"))
        elif line.startswith(b"H") and len(line) > 5:
            key = line[2:5].upper()
            if key == b"DTE":
                m = re.search(rb"(\d{2})(\d{2})(\d{2})", line[5:])
                if m:
                    dd, mm, yy = (int(x) for x in m.groups())
                    date = _valid_date(2000 + yy if yy < 80 else 1900 + yy, mm, dd)
                    if date:
                        out.add("time", "FlightDate", date)
                    else:
                        out.note("IGC flight date is not a calendar date; fixes read without it")
            elif key in _IGC_HEADERS:
                value = line[5:].decode("utf-8", errors="replace")
                value = value.split(":", 1)[1] if ":" in value else value
                out.add(*_IGC_HEADERS[key], value.strip())
        elif line.startswith(b"B"):
            m = _IGC_B.match(line)
            if not m:
                continue
            hh, mi, ss, la_d, la_m, ns, lo_d, lo_m, ew = m.groups()
            lat = int(la_d) + int(la_m) / 60000
            lon = int(lo_d) + int(lo_m) / 60000
            lat = -lat if ns == b"S" else lat
            lon = -lon if ew == b"W" else lon
            valid = int(hh) < 24 and int(mi) < 60 and int(ss) <= 60
            when = f"{date}T{hh.decode()}:{mi.decode()}:{ss.decode()}Z" if date and valid else None
            track.point(lat, lon, when)


_NMEA_LATLON = re.compile(r"^(\d{2,3})(\d{2}(?:\.\d+)?)$")


def _nmea_coord(value: str, hemi: str) -> float | None:
    m = _NMEA_LATLON.match(value.strip())
    if not m:
        return None
    deg = int(m.group(1)) + float(m.group(2)) / 60
    return -deg if hemi in ("S", "W") else deg


def parse_nmea(data: bytes, out: Collector) -> None:
    """NMEA 0183 logs ($GPRMC, $GPGGA, Magellan $PMGNTRK): positions with times."""
    track = Track()
    try:
        _nmea(data, out, track)
    finally:
        track.report(out, "track")


def _nmea(data: bytes, out: Collector, track: Track) -> None:
    data = _cap(data, out, "NMEA log")
    for raw in _lines(data, out):
        if len(raw) > MAX_NMEA_LINE:
            continue  # a sentence is at most 82 characters: a 32 MB "line" is no fix
        line = raw.decode("latin-1").strip().split("*", 1)[0]
        parts = line.split(",")
        kind = parts[0][-3:] if parts[0].startswith("$") else ""
        lat = lon = None
        when = None
        if kind == "RMC" and len(parts) >= 10 and parts[2] == "A":
            lat, lon = _nmea_coord(parts[3], parts[4]), _nmea_coord(parts[5], parts[6])
            when = _nmea_time(parts[9], parts[1])
        elif kind == "GGA" and len(parts) >= 6:
            lat, lon = _nmea_coord(parts[2], parts[3]), _nmea_coord(parts[4], parts[5])
        elif kind == "TRK" and parts[0] == "$PMGNTRK" and len(parts) >= 11:
            lat, lon = _nmea_coord(parts[1], parts[2]), _nmea_coord(parts[3], parts[4])
            when = _nmea_time(parts[10], parts[7])
        if lat is not None and lon is not None:
            track.point(lat, lon, when)


def _nmea_time(date: str, clock: str) -> str | None:
    if len(date) < 6 or len(clock) < 6 or not (date[:6] + clock[:6]).isdigit():
        return None
    day = _valid_date(2000 + int(date[4:6]), int(date[2:4]), int(date[0:2]))
    if not day or int(clock[0:2]) > 23 or int(clock[2:4]) > 59 or int(clock[4:6]) > 60:
        return None
    return f"{day}T{clock[0:2]}:{clock[2:4]}:{clock[4:6]}Z"


# --- Position logs in CSV and Bramor gEO (tenth session, walkthrough 10) -----------------

# What makes a CSV of positions one device's log rather than a table of places (review
# rev10c item 1; eleventh session): column names and thresholds are data, in
# heuristics/tracks.toml [csv_log], with the why of each and examples a test runs.
_CSV = load_file("tracks")["csv_log"]
_COLUMNS: dict[str, list[str]] = _CSV["columns"]
_LIMITS: dict[str, float] = _CSV["thresholds"]
_CSV_TIME_NAMES = frozenset(_COLUMNS["time"])
_CSV_DATE_NAMES = frozenset(_COLUMNS["date"])
_ISO_TIME = re.compile(r"^(\d{4})[-/:](\d{2})[-/:](\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)"
                       r"\s*(Z|UTC|[+-]\d{2}:?\d{2})?)?$")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?(?:\.\d+)?$")
MAX_CSV_LINE = 64 * 1024


def _csv_time(value: str) -> str | None:
    """An ISO 8601 date-time (kept, "T" between date and time; EXIF's "2014:04:21" and
    "2014/04/21" dates too), or Unix seconds or
    milliseconds (2000-2100) as UTC; anything else (dd/mm or mm/dd, which cannot be told
    apart) is not read."""
    value = value.strip().strip('"')
    m = _ISO_TIME.match(value)
    if m:
        year, month, day, clock, zone = m.groups()
        date = _valid_date(int(year), int(month), int(day))
        if not date:
            return None
        zone = "Z" if zone == "UTC" else zone or ""
        return f"{date}T{clock}{zone}" if clock else date
    if _EPOCH.match(value):
        seconds = float(value) / (1000 if len(value.split(".")[0]) == 13 else 1)
        if 946_684_800 <= seconds < 4_102_444_800:
            return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


_CSV_ELAPSED_NAMES = frozenset(_COLUMNS["elapsed"])
# "Time(seconds)", "time (s)", Airdata's "time(millisecond)": time since the log began.
_ELAPSED_UNIT = re.compile(_COLUMNS["elapsed_unit"], re.I)
_CSV_INDEX_NAMES = frozenset(_COLUMNS["index"])
_CSV_DEVICE_NAMES = frozenset(_COLUMNS["device"])
_CSV_PLACE_NAMES = frozenset(_COLUMNS["place"])
_CSV_NOT_PLACE_NAMES = frozenset(_COLUMNS["place_not"])
_CSV_EVENT_NAMES = frozenset(_COLUMNS["event"])
_CSV_POINT_TYPE_NAMES = frozenset(_COLUMNS["point_type"])
_TRACKPOINT_VALUES = frozenset(v.lower() for v in _COLUMNS["trackpoint_values"])
_EXIFTOOL_FIRST = frozenset(_COLUMNS["exiftool_first"])
_EXIFTOOL_LATITUDE = frozenset(_COLUMNS["exiftool_latitude"]) | frozenset(_COLUMNS["exiftool_position"])
_COLUMBUS_LATITUDE = frozenset(_COLUMNS["columbus_latitude"])
_EXIFTOOL_TIME_NAMES = frozenset(_COLUMNS["exiftool_time"])
CSV_IN_ORDER_SHARE = float(_LIMITS["in_order_share"])
MAX_LOG_SPEED_MS = float(_LIMITS["max_speed_ms"])
MAX_LOG_STEP_KM = float(_LIMITS["max_step_km"])
MAX_LONG_STEP_INTERVAL_S = float(_LIMITS["max_long_step_interval_s"])
SAME_FIX_KM = float(_LIMITS["same_fix_km"])
MAX_UNTIMED_STEP_KM = float(_LIMITS["max_untimed_step_km"])
PLACE_FILLED_SHARE = float(_LIMITS["place_filled_share"])
PLACE_LOG_MAX_INTERVAL_S = float(_LIMITS["place_log_max_interval_s"])
PATH_MIN_FIXES = int(_LIMITS["path_min_fixes"])
PATH_SHARE = float(_LIMITS["path_share"])
PATH_JUMP_FACTOR = float(_LIMITS["path_jump_factor"])
PATH_MIN_JUMP_KM = float(_LIMITS["path_min_jump_km"])
PATH_LATTICE_KM = float(_LIMITS["path_lattice_km"])
PATH_LATTICE_SHARE = float(_LIMITS["path_lattice_share"])
MAX_LONG_STEP_TURN_DEG = float(_LIMITS["max_long_step_turn_deg"])


class CsvRoles(NamedTuple):
    """The columns of a CSV of positions that say what it is."""

    time: int | None  # the fix's date-time (or its clock, with ``date``)
    date: int | None
    elapsed: int | None  # time since the log began (DJI's "Time(seconds)")
    elapsed_ms: bool
    index: int | None  # the fix's number (DJI's "Id")
    places: bool  # a column that describes a place (name, address, magnitude...)
    place_columns: tuple[int, ...]
    device: bool  # a column only a device's log has (speed, accuracy, elapsed time...)
    events: bool = False  # an event catalogue's column (an earthquake's magnitude)
    point_type: int | None = None  # GPS Visualizer's "type" column ("T" on a trackpoint)
    photos: bool = False  # ExifTool's CSV of photos ("SourceFile", "GPSLatitude")
    columbus: bool = False  # a Columbus V-900/V-990 log: DATE yymmdd, TIME hhmmss (UTC)


def exiftool_photos(names: list[str]) -> bool:
    """ExifTool's -csv output with GPS columns: one row per photo, "SourceFile" first."""
    keys = [column_key(name) for name in names]
    return bool(keys) and keys[0] in _EXIFTOOL_FIRST and any(k in _EXIFTOOL_LATITUDE for k in keys)


def csv_roles(names: list[str]) -> CsvRoles:
    keys = [column_key(name) for name in names]
    photos = exiftool_photos(names)
    time_names = _CSV_TIME_NAMES | _EXIFTOOL_TIME_NAMES if photos else _CSV_TIME_NAMES
    elapsed = next((i for i, k in enumerate(keys) if k in _CSV_ELAPSED_NAMES
                    or (k in _CSV_TIME_NAMES and _ELAPSED_UNIT.search(names[i]))), None)
    # DJI's "Time(text)" ("0m 0.3s") is a duration too.
    time_i = next((i for i, k in enumerate(keys) if k in time_names and i != elapsed
                   and not re.search(r"second|text|\(\s*m?s\s*\)", names[i], re.I)), None)
    elapsed_ms = elapsed is not None and bool(re.search(r"ms|milli", names[elapsed], re.I))
    place_columns = tuple(i for i, k in enumerate(keys) if k in _CSV_PLACE_NAMES
                          or (k.endswith("name") and k not in _CSV_NOT_PLACE_NAMES))
    return CsvRoles(
        time=time_i,
        date=next((i for i, k in enumerate(keys) if k in _CSV_DATE_NAMES), None),
        elapsed=elapsed, elapsed_ms=elapsed_ms,
        index=next((i for i, k in enumerate(keys) if k in _CSV_INDEX_NAMES), None),
        places=bool(place_columns), place_columns=place_columns,
        device=elapsed is not None or any(k in _CSV_DEVICE_NAMES for k in keys),
        events=any(k in _CSV_EVENT_NAMES for k in keys),
        point_type=next((i for i, k in enumerate(keys) if k in _CSV_POINT_TYPE_NAMES), None),
        photos=photos, columbus=any(k in _COLUMBUS_LATITUDE for k in keys))


_COLUMBUS_DATE = re.compile(r"^(\d{2})(\d{2})(\d{2})$")


def csv_row_time(fields: list[str], roles: CsvRoles) -> str | None:
    """The row's time (ISO 8601) from its time column, or date and time columns."""
    if (roles.columbus and roles.time is not None and roles.date is not None
            and max(roles.time, roles.date) < len(fields)):
        day = _COLUMBUS_DATE.match(fields[roles.date].strip())
        clock = _COLUMBUS_DATE.match(fields[roles.time].strip())
        if day and clock:
            return _csv_time("20{}-{}-{}T{}:{}:{}Z".format(*day.groups(), *clock.groups()))
    if roles.time is not None and roles.time < len(fields):
        value = fields[roles.time].strip()
        if roles.date is not None and roles.date < len(fields) and re.match(r"\d{1,2}:\d{2}", value):
            value = f"{fields[roles.date].strip()} {value}"  # separate date and time columns
        return _csv_time(value)
    if roles.date is not None and roles.date < len(fields):
        return _csv_time(fields[roles.date])
    return None


def _clock_seconds(when: str | None) -> float | None:
    """Seconds of an ISO time read by _csv_time; None for a date alone (no clock)."""
    if not when or "T" not in when:
        return None
    when = re.sub(r"(\.\d{6})\d+", r"\1", when).replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(when)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    except (ValueError, OverflowError):  # "0001-01-01T00:00+01:00" is before year 1 in UTC
        return None


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _in_order(values: list[float | None]) -> bool:
    pairs = [(a, b) for a, b in zip(values, values[1:], strict=False) if a is not None and b is not None]
    return bool(pairs) and sum(b >= a for a, b in pairs) >= CSV_IN_ORDER_SHARE * len(pairs)


def _describes_places(roles: CsvRoles, fixes: list[tuple[tuple[float, float], list[str]]]) -> bool:
    """Whether a place column is filled, with more than one value, in most rows: GPS Visualizer
    names the track on its first row only, a converter leaves "Name" empty, a tracker repeats
    its profile's name; none of these describe places (eleventh session)."""
    for column in roles.place_columns:
        values = [fields[column].strip().strip('"') for _pos, fields in fixes if column < len(fields)]
        filled = [v for v in values if v]
        if len(filled) >= PLACE_FILLED_SHARE * len(fixes) and len(set(filled)) > 1:
            return True
    return False


def _continuous_path(steps: list[float]) -> bool:
    """Fixes with no time, elapsed-time or index column that are still one device's path: many
    of them, metres apart, no jumps, and steps that vary as a receiver's noisy fixes do (a
    lattice, most steps alike to the centimetre, is planned points: a grid, a generated table)."""
    if len(steps) + 1 < PATH_MIN_FIXES:
        return False
    middle = _median(steps)
    if middle >= MAX_UNTIMED_STEP_KM:
        return False
    limit = max(PATH_JUMP_FACTOR * middle, PATH_MIN_JUMP_KM)
    if sum(step <= limit for step in steps) < PATH_SHARE * len(steps):
        return False
    return sum(abs(step - middle) <= PATH_LATTICE_KM for step in steps) <= PATH_LATTICE_SHARE * len(steps)


def _median_turn(points: list[tuple[float, float]]) -> float:
    """The median change of heading, in degrees, between successive steps (0 to 180)."""
    headings = []
    for (lat1, lon1), (lat2, lon2) in zip(points, points[1:], strict=False):
        if _distance_km(lat1, lon1, lat2, lon2) > SAME_FIX_KM:
            dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
            headings.append(math.degrees(math.atan2(dx, lat2 - lat1)))
    turns = [abs((b - a + 180) % 360 - 180) for a, b in zip(headings, headings[1:], strict=False)]
    return _median(turns) if turns else 0.0


def looks_like_position_log(names: list[str], fixes: list[tuple[tuple[float, float], list[str]]]) -> bool:
    """Whether rows of positions (with their fields) read as one device's log: (a) with times,
    in time order (or all newest first) and steps a vehicle can make; (b) without, a logger's
    header (elapsed time, a fix index beside a device column, a time column not read) and fixes
    metres apart, or a long continuous path with a device column or rows marked track points;
    (c) a table with a column describing places (filled, varying) and none only a device's log
    has only when its rows are minutes and metres apart and keep their heading. ExifTool's CSV
    of photos is read whatever its order; an event catalogue (a magnitude column) never."""
    roles = csv_roles(names)
    if roles.photos:
        # Each row where a photo was taken: the writer's positions in any order; one photo's
        # row is its position (twelfth session).
        return bool(fixes)
    if len(fixes) < 2:
        return False
    if roles.events:
        return False  # an event catalogue (earthquakes), however close its rows (rev11a item 4)
    places = roles.places and not roles.device and _describes_places(roles, fixes)
    steps = [_distance_km(*a[0], *b[0]) for a, b in zip(fixes, fixes[1:], strict=False)]
    times = [_clock_seconds(csv_row_time(fields, roles)) for _pos, fields in fixes]
    clocked = sum(t is not None for t in times)
    if clocked >= 2 and clocked * 2 >= len(fixes):
        if not _in_order(times):
            if not _in_order(times[::-1]):
                return False
            times, steps = times[::-1], steps[::-1]  # newest first: read it oldest first
        speeds: list[float] = []
        intervals: list[float] = []
        for step, a, b in zip(steps, times, times[1:], strict=False):
            if a is None or b is None or b < a:
                continue
            if b > a:
                speeds.append(step * 1000 / (b - a))
                intervals.append(b - a)
            else:
                speeds.append(0.0 if step <= SAME_FIX_KM else math.inf)
        if not speeds or _median(speeds) >= MAX_LOG_SPEED_MS:
            return False
        if places:  # a table of places with times: a log only when fixes are minutes and metres apart
            # and keep their heading (events round one spot turn any way; rev11a item 4)
            return (_median(steps) < MAX_LOG_STEP_KM and bool(intervals)
                    and _median(intervals) <= PLACE_LOG_MAX_INTERVAL_S
                    and _median_turn([pos for pos, _fields in fixes]) <= MAX_LONG_STEP_TURN_DEG)
        if _median(steps) < MAX_LOG_STEP_KM:
            return True
        # Steps over a kilometre minutes apart: a vehicle keeps its heading from fix to fix;
        # events scattered round one spot (an aftershock sequence) turn any way.
        return (bool(intervals) and _median(intervals) <= MAX_LONG_STEP_INTERVAL_S
                and _median_turn([pos for pos, _fields in fixes]) <= MAX_LONG_STEP_TURN_DEG)
    if places or _median(steps) >= MAX_UNTIMED_STEP_KM:
        return False
    timed = roles.time is not None or roles.date is not None
    # A fix index numbers any table (street trees, sensors sorted by latitude): it marks a log
    # only beside a device or time column (review rev11a item 5).
    for column in (roles.elapsed, roles.index if roles.device or timed else None):
        if column is not None:
            values = [_float(fields[column]) if column < len(fields) else None for _pos, fields in fixes]
            if _in_order(values) or _in_order(values[::-1]):
                return True
    if timed:
        # A time or date column whose values are not in a form read (dd/mm dates) still marks a log.
        return True
    if roles.elapsed is not None:
        return False
    # No times: a continuous path whose rows something marks as a device's fixes (a device
    # column, GPS Visualizer's "T" rows); a bare vertex list (a park boundary, a river line, a
    # table sorted by latitude) looks the same and is not read (review rev11a item 3).
    return (roles.device or _trackpoints(roles, fixes)) and _continuous_path(steps)


def _trackpoints(roles: CsvRoles, fixes: list[tuple[tuple[float, float], list[str]]]) -> bool:
    """Whether a point-type column marks (nearly) every row a track point (GPS Visualizer's "T")."""
    column = roles.point_type
    if column is None:
        return False
    marked = sum(column < len(fields) and fields[column].strip().strip('"').lower() in _TRACKPOINT_VALUES
                 for _pos, fields in fixes)
    return marked >= CSV_IN_ORDER_SHARE * len(fixes)


def parse_gps_csv(data: bytes, out: Collector) -> None:
    """A CSV of positions (DJI flight log, Airdata, GPSLogger and other exports): the
    latitude and longitude columns the header names, a time column when there is one.
    sniff() gives this format only to a file that reads as one device's log."""
    track = Track()
    try:
        _gps_csv(data, out, track)
    finally:
        track.report(out, track.kind)


class _CsvRead:
    """What _gps_csv counts while it reads, kept when the time budget stops it."""

    def __init__(self) -> None:
        self.rows = self.unreadable = self.long_lines = self.untimed = self.timed = 0
        self.elapsed: list[float] = []  # the first and last row's elapsed seconds
        self.order: list[float] = []  # the first and last row's time, elapsed time or fix number

    def keep(self, values: list[float], value: float | None) -> None:
        if value is not None and len(values) < 2:
            values.append(value)
        elif value is not None:
            values[1] = value


def _gps_csv(data: bytes, out: Collector, track: Track) -> None:
    seen = _CsvRead()
    try:
        _gps_csv_rows(data, out, track, seen)
    finally:
        if len(seen.order) == 2 and seen.order[1] < seen.order[0] and track.first and track.last:
            # Newest row first (an app's history export): the track starts at the last row.
            track.first, track.last = track.last, track.first
            seen.elapsed.reverse()
    if len(seen.elapsed) == 2 and not seen.timed:
        out.add("time", "ElapsedTime", f"{seen.elapsed[0]:g} s to {seen.elapsed[1]:g} s from the start of "
                "the log (the file holds no date; a DJI log's date and start time are in its file name)")
    if seen.unreadable:
        out.note(f"{seen.unreadable} of {seen.rows} row(s) without a readable position (missing, not a "
                 "number, out of range or 0,0) skipped")
    if seen.long_lines:
        out.note(f"{seen.long_lines} line(s) longer than {MAX_CSV_LINE // 1024} KB skipped")
    if seen.untimed and seen.untimed == seen.rows - seen.unreadable:
        out.note("times not in a form read (ISO 8601 or Unix seconds); positions read without them")


def _gps_csv_rows(data: bytes, out: Collector, track: Track, seen: _CsvRead) -> None:
    from nymaudit.metadata.sniff import (
        csv_hemisphere_columns,
        csv_position,
        csv_track_columns,
        split_csv_line,
    )

    data = _cap(data, out, "CSV")
    columns = None
    skipped_before = 0
    roles = csv_roles([])
    refs: tuple[int | None, int | None] = (None, None)
    for raw in _lines(data, out):
        if len(raw) > MAX_CSV_LINE:
            seen.long_lines += 1
            continue
        # A Columbus log pads its fields with NUL bytes (sniff let it in for its header).
        line = raw.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\x00", "")
        if not line.strip():
            continue
        if columns is None:
            columns = csv_track_columns(line)
            if columns is None:
                skipped_before += 1
                if skipped_before > 5:
                    out.note("no header naming latitude and longitude columns found")
                    return
                continue
            roles = csv_roles(columns[3])
            refs = csv_hemisphere_columns(columns[3])
            if roles.photos:
                track.kind = "photo"  # where each photo was taken: not a path with a start and end
            continue
        delim, lat_i, lon_i, _names = columns
        fields = split_csv_line(line, delim)
        seen.rows += 1
        pos = csv_position(fields, delim, lat_i, lon_i, refs)
        if pos is None:
            seen.unreadable += 1
            continue
        when = csv_row_time(fields, roles)
        if when:
            seen.timed += 1
        elif roles.time is not None or roles.date is not None:
            seen.untimed += 1
        second = None
        if roles.elapsed is not None and roles.elapsed < len(fields):
            second = _float(fields[roles.elapsed])
            if second is not None and roles.elapsed_ms:
                second /= 1000
            seen.keep(seen.elapsed, second)
        number = (_float(fields[roles.index]) if roles.index is not None and roles.index < len(fields)
                  else None)
        clock = _clock_seconds(when)
        seen.keep(seen.order, clock if clock is not None else second if second is not None else number)
        track.point(*pos, when)


def parse_bramor_log(data: bytes, out: Collector) -> None:
    """Bramor gEO log (C-Astral's Bramor drones, as ExifTool's Geotag reads it): one fix a
    line, "? index lat lon alt track dd/mm/yyyy hh:mm:ss yaw pitch roll ypr"."""
    from nymaudit.metadata.sniff import bramor_fix

    _read_fix_lines(data, out, "gEO log", lambda line: bramor_fix(line[:MAX_NMEA_LINE]),
                    _bramor_point, "gEO")


def _bramor_point(m: re.Match[bytes]) -> tuple[float, float, str | None]:
    dd, mm, yyyy, hh, mi, ss = (int(x) for x in m.groups()[2:])
    date = _valid_date(yyyy, mm, dd)
    # No zone in the log (ExifTool reads it as UTC): the time is given as written.
    when = f"{date}T{hh:02d}:{mi:02d}:{ss:02d}" if date and hh < 24 and mi < 60 and ss <= 60 else None
    return float(m.group(1)), float(m.group(2)), when


def _read_fix_lines(data: bytes, out: Collector, label: str,
                    match: Callable[[bytes], re.Match[bytes] | None],
                    point: Callable[[re.Match[bytes]], tuple[float, float, str | None]], what: str) -> None:
    """A log of one fix a line (Bramor gEO, Winplus Beacon): each line ``match`` reads is a
    point of the track; the others are counted in a note."""
    track = Track()
    try:
        skipped = 0
        for line in _lines(_cap(data, out, label), out):
            if not line.strip():
                continue
            m = match(line)
            if not m:
                skipped += 1
                continue
            track.point(*point(m))
        if skipped:
            out.note(f"{skipped} line(s) that are not a {what} fix skipped")
    finally:
        track.report(out, "track")


# Winplus Beacon .TXT (a GPS logger's text file; ExifTool's Geotag reads it since 2012, and
# its source gives the layout): a fix a line, "TP,D, 44.933666667, -93.186555556, 10/26/2011,
# 19:07:28, 0": latitude, longitude, mm/dd/yyyy and the time, read as UTC as ExifTool does.
WINPLUS_FIX = re.compile(rb"^TP,D,\s*([-+]?\d+\.\d*),\s*([-+]?\d+\.\d*),\s*(\d+)/(\d+)/(\d{4}),"
                         rb"\s*(\d+):(\d+):(\d+)")
WINPLUS_SNIFF_LINES = 10
WINPLUS_SNIFF_SHARE = 0.8


def looks_like_winplus(head: bytes) -> bool:
    """The first line a Winplus fix, and most of the first ten (blank ones aside); two at least."""
    lines = head.splitlines()[:40]
    if len(head) >= 4096 and not head.endswith((b"\n", b"\r")):
        lines = lines[:-1]  # a fix cut by the sample's end
    lines = [line.strip() for line in lines if line.strip()][:WINPLUS_SNIFF_LINES]
    fixes = sum(bool(WINPLUS_FIX.match(line)) for line in lines)
    return (len(lines) >= 2 and bool(WINPLUS_FIX.match(lines[0])) and fixes >= 2
            and fixes >= WINPLUS_SNIFF_SHARE * len(lines))


def parse_winplus_log(data: bytes, out: Collector) -> None:
    """Winplus Beacon .TXT: "TP,D," fix lines (other lines are counted, not read)."""
    _read_fix_lines(data, out, "Winplus log", lambda line: WINPLUS_FIX.match(line.strip()[:MAX_NMEA_LINE]),
                    _winplus_point, "Winplus")


def _winplus_point(m: re.Match[bytes]) -> tuple[float, float, str | None]:
    month, day, year, hh, mi, ss = (int(x) for x in m.groups()[2:])
    date = _valid_date(year, month, day)
    valid = bool(date) and hh < 24 and mi < 60 and ss <= 60
    return float(m.group(1)), float(m.group(2)), f"{date}T{hh:02d}:{mi:02d}:{ss:02d}Z" if valid else None


def _valid_date(year: int, month: int, day: int) -> str:
    """ISO date, or "" for an impossible one (HFDTE999999 gave 1999-99-99; review rev8b item 17)."""
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return ""


# --- RTF ---------------------------------------------------------------------------

RTF_INFO: dict[str, tuple[str, str]] = {
    "author": ("person", "Author"),
    "operator": ("person", "LastModifiedBy"),
    "manager": ("person", "Manager"),
    "company": ("person", "Company"),
    "copyright": ("person", "Copyright"),
    "title": ("free_text", "Title"),
    "subject": ("free_text", "Subject"),
    "doccomm": ("free_text", "Comments"),
    "keywords": ("free_text", "Keywords"),
    "category": ("free_text", "Category"),
    "hlinkbase": ("document_id", "HyperlinkBase"),
    "creatim": ("time", "CreateDate"),
    "revtim": ("time", "ModifyDate"),
    "printim": ("time", "LastPrinted"),
    "buptim": ("time", "BackupTime"),
}
_RTF_SYMBOLS = {"ldblquote": "\u201c", "rdblquote": "\u201d", "lquote": "\u2018", "rquote": "\u2019",
                "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "tab": " ", "line": " ",
                "par": " ", "emspace": " ", "enspace": " ", "~": "\u00a0"}
_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}]+)",
                        re.DOTALL)
MAX_RTF_INFO = 256 * 1024  # Word's own information groups are a few kilobytes


def parse_rtf(data: bytes, out: Collector) -> None:
    """The ``{\\info ...}`` group (author, operator, company, title, times), the
    ``{\\*\\generator}`` and the user properties ``{\\*\\userprops}``."""
    head = data[:64 * 1024]
    m = re.search(rb"\\ansicpg(\d{3,5})", head)
    codepage = f"cp{m.group(1).decode()}" if m else "cp1252"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp1252"
    for keyword in ("info", "generator", "userprops"):
        m = re.compile(rb"\{\s*(?:\\\*\s*)?\\" + keyword.encode() + rb"\b").search(data, 0, MAX_TEXT_BYTES)
        if not m:
            continue
        group = _rtf_group(data, m.start(), out)
        if keyword == "info":
            _rtf_info(group, codepage, out)
        elif keyword == "generator":
            out.add("software", "Generator", _rtf_text(group[m.end() - m.start():-1], codepage).rstrip(";"))
        else:
            _rtf_userprops(group, codepage, out)
    m = re.match(rb"\{\\rtf1[^{]{0,200}?\\cocoartf(\d+)", data)
    if m:
        out.add("software", "Software", f"Apple Cocoa text system (cocoartf {m.group(1).decode()})")
    rtf_hidden(data, out)  # META029: passages formatted hidden (\v), counted, never quoted
    # META029: comments and tracked deletions, counted as the document-words reader reads them
    # (read there as "comment 2" and "paragraph 4 (before tracked changes)"; doc15 item 3).
    authors: list[str] = []
    side = rtf_side_text(data, authors)
    for author in authors:  # who commented (RTF atnauthor): META012, as a Word comment's w:author
        out.add("person", "CommentAuthor", author)
    for kind, field_name, noun in (("comments", "CommentText", "comment"),
                                   ("deletions", "DeletedText", "tracked deletion")):
        if kind in side:
            items, words = side[kind]
            out.add("free_text", field_name, f"{_count(items, noun)}, {_count(words, 'word')}")


_RTF_STRUCTURE = re.compile(rb"\\.|[{}]", re.DOTALL)


def _rtf_group(data: bytes, start: int, out: Collector) -> bytes:
    """The bytes of the brace group opening at ``start`` (escaped braces skipped)."""
    depth = 0
    end = min(len(data), start + MAX_RTF_INFO)
    for n, m in enumerate(_RTF_STRUCTURE.finditer(data, start, end)):
        if n % CHECK_EVERY == 0:
            out.check()
        token = m.group()
        if token == b"{":
            depth += 1
        elif token == b"}":
            depth -= 1
            if depth == 0:
                return data[start : m.end()]
    if end < len(data):
        out.skipped(f"RTF information group larger than {MAX_RTF_INFO // 1024} KB; the rest was not read")
    else:
        out.note("RTF information group not closed; read up to the end of the file")
    return data[start:end]


def _rtf_subgroups(group: bytes, out: Collector) -> list[bytes]:
    """The direct children ``{...}`` of a group."""
    found: list[bytes] = []
    depth = 0
    start = 0
    for n, m in enumerate(_RTF_STRUCTURE.finditer(group)):
        if n % CHECK_EVERY == 0:
            out.check()
        token = m.group()
        if token == b"{":
            depth += 1
            if depth == 2:
                start = m.start()
        elif token == b"}":
            if depth == 2:
                found.append(group[start : m.end()])
                if len(found) >= 500:
                    break
            depth -= 1
    return found


def _rtf_info(group: bytes, codepage: str, out: Collector) -> None:
    for sub in _rtf_subgroups(group, out):
        m = re.match(rb"\{\s*(?:\\\*\s*)?\\([a-z]+)", sub)
        if not m:
            continue
        word = m.group(1).decode()
        if word not in RTF_INFO:
            continue
        group_name, field = RTF_INFO[word]
        # Text without the group's closing brace.
        value = _rtf_time(sub) if group_name == "time" else _rtf_text(sub[m.end():-1], codepage)
        if value:
            out.add(group_name, field, value)


def _rtf_time(sub: bytes) -> str:
    parts = {k.decode(): int(v) for k, v in re.findall(rb"\\(yr|mo|dy|hr|min|sec)(\d{1,4})", sub)}
    if "yr" not in parts:
        return ""
    return (f"{parts['yr']:04d}:{parts.get('mo', 1):02d}:{parts.get('dy', 1):02d} "
            f"{parts.get('hr', 0):02d}:{parts.get('min', 0):02d}:{parts.get('sec', 0):02d}")


def _rtf_text(raw: bytes, codepage: str) -> str:
    """Plain text of an RTF fragment: escapes decoded, control words dropped."""
    pieces: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (a multi-byte code page)
    skip = 0  # characters to skip after a \uN (its fallback)
    uc = 1
    for m in _RTF_TOKEN.finditer(raw):
        word, arg, hexbyte, escaped, brace, text = m.groups()
        if hexbyte is not None:
            if skip:
                skip -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        if pending:
            pieces.append(bytes(pending).decode(codepage, errors="replace"))
            pending.clear()
        if word is not None:
            name = word.decode()
            if name == "u" and arg is not None:
                code = int(arg)
                pieces.append(chr(code + 65536 if code < 0 else code) if -32768 <= code < 65536 else "")
                skip = uc
            elif name == "uc" and arg is not None:
                uc = max(0, min(int(arg), 8))
            elif name in _RTF_SYMBOLS:
                pieces.append(_RTF_SYMBOLS[name])
        elif escaped is not None:
            char = escaped.decode("latin-1")
            if char in "\\{}":
                pieces.append(char)
            elif char in "\r\n":
                pieces.append(" ")
            elif char == "~":
                pieces.append("\u00a0")
        elif text is not None:
            chunk = text.decode(codepage, errors="replace")
            if skip:
                cut = min(skip, len(chunk))
                chunk = chunk[cut:]
                skip -= cut
            pieces.append(chunk.replace("\r", "").replace("\n", ""))
    if pending:
        pieces.append(bytes(pending).decode(codepage, errors="replace"))
    return "".join(pieces).strip()


_RTF_PROP = re.compile(rb"\{\\propname ([^}]{1,200})\}\s*\\proptype\d+\s*\{\\staticval ([^}]{0,400})\}")


def _rtf_userprops(group: bytes, codepage: str, out: Collector) -> None:
    for name, value in _RTF_PROP.findall(group)[:200]:
        out.add("free_text", f"Custom:{_rtf_text(name, codepage)[:60]}", _rtf_text(value, codepage))


# --- vCard and iCalendar ---------------------------------------------------------------

def _content_lines(data: bytes, out: Collector) -> Iterator[tuple[str, dict[str, str], str]]:
    """RFC 6350/5545 content lines, unfolded: (NAME, params, value), one at a time (what
    was read before the time budget ran out is kept)."""
    data = _cap(data, out, "file")
    current = ""
    # Decoded a line at a time: UTF-8 never puts CR or LF inside a character.
    for raw_bytes in _with_end(_lines(data, out)):
        raw = raw_bytes.decode("utf-8", errors="replace")
        if raw[:1] in (" ", "\t"):
            if len(current) < 100_000:
                current += raw[1:]
            continue
        if current:
            parsed = _content_line(current)
            if parsed:
                yield parsed
        current = raw


def _with_end(lines: Iterator[bytes]) -> Iterator[bytes]:
    yield from lines
    yield b""  # flushes the last unfolded line


def _content_line(line: str) -> tuple[str, dict[str, str], str] | None:
    head, sep, value = line.partition(":")
    # A quoted parameter may hold a colon (GEO="geo:12.3,78.9"): split after the quotes.
    if head.count('"') % 2:
        at = line.find('"', len(head) + 1)
        nxt = line.find(":", at + 1) if at >= 0 else -1
        if nxt < 0:
            return None
        head, value = line[:nxt], line[nxt + 1:]
    elif not sep:
        return None
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    if not parts:
        return None
    name = parts[0].rpartition(".")[2].upper()  # "item1.EMAIL" -> EMAIL
    params: dict[str, str] = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params.setdefault(k.upper(), v.strip('"'))
    return name, params, value


def _unescape(value: str) -> str:
    return re.sub(r"\\([nN,;\\:])", lambda m: " " if m.group(1) in "nN" else m.group(1), value)


class _Positions:
    """GEO positions of a card or calendar: each distinct one recorded, the first
    MAX_PLACED_POSITIONS given a nearest place, the budget checked before each lookup."""

    def __init__(self) -> None:
        self.seen: set[tuple[float, float]] = set()
        self.unplaced = 0

    def add(self, out: Collector, pos: tuple[float, float] | None) -> None:
        from nymaudit.metadata.tiff import add_position

        if pos is None or pos in self.seen:
            return
        self.seen.add(pos)
        if len(self.seen) > MAX_PLACED_POSITIONS:
            self.unplaced += 1
            return
        out.check()
        add_position(out, pos[0], pos[1], "GPSPosition")

    def report(self, out: Collector) -> None:
        if self.unplaced:
            out.note(f"{self.unplaced} more distinct GEO position(s) not listed; the first "
                     f"{MAX_PLACED_POSITIONS} were")


def _geo(value: str) -> tuple[float, float] | None:
    m = re.search(r"(-?\d{1,3}(?:\.\d+)?)\s*[;,]\s*(-?\d{1,3}(?:\.\d+)?)", value)
    if not m:
        return None
    lat, lon = _float(m.group(1)), _float(m.group(2))
    return (lat, lon) if lat is not None and lon is not None else None


VCARD_FIELDS: dict[str, tuple[str, str]] = {
    "FN": ("person", "FullName"),
    "N": ("person", "Name"),
    "NICKNAME": ("person", "Nickname"),
    "EMAIL": ("person", "Email"),
    "TEL": ("person", "Phone"),
    "ORG": ("person", "Company"),
    "TITLE": ("person", "JobTitle"),
    "BDAY": ("person", "Birthday"),
    "IMPP": ("person", "InstantMessaging"),
    "X-AIM": ("person", "InstantMessaging"),
    "X-ICQ": ("person", "InstantMessaging"),
    "X-JABBER": ("person", "InstantMessaging"),
    "X-SKYPE": ("person", "InstantMessaging"),
    "X-SOCIALPROFILE": ("person", "SocialProfile"),
    "ADR": ("place", "Address"),
    "LABEL": ("place", "AddressLabel"),
    "URL": ("document_id", "URL"),
    "UID": ("document_id", "UID"),
    "X-ABUID": ("document_id", "UID"),
    "PRODID": ("software", "Producer"),
    "NOTE": ("free_text", "Note"),
    "REV": ("time", "Revision"),
}


def parse_vcard(data: bytes, out: Collector) -> None:
    """A contact card (or an address book of them): names, emails, phones, addresses."""
    positions = _Positions()
    try:
        _vcard(data, out, positions)
    finally:
        positions.report(out)


def _vcard(data: bytes, out: Collector, positions: _Positions) -> None:
    cards = 0
    for name, params, value in _content_lines(data, out):
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            cards += 1
            if cards > MAX_CARDS_READ:
                out.skipped(f"more than {MAX_CARDS_READ} cards; the rest were not read")
                break
            continue
        if name == "GEO" or "GEO" in params:
            positions.add(out, _geo(params.get("GEO", value) if name != "GEO" else value))
        if name == "PHOTO":
            out.add("embedded_image", "Photo", f"contact photo, about {len(value) * 3 // 4} bytes")
            continue
        if name not in VCARD_FIELDS:
            continue
        if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
            import quopri

            value = quopri.decodestring(value.encode("utf-8", "replace")).decode(
                params.get("CHARSET", "utf-8") if params.get("CHARSET", "").lower() in ("utf-8", "iso-8859-1")
                else "utf-8", errors="replace")
        text = _unescape(value)
        if name in ("N", "ADR", "ORG"):
            text = " ".join(p.strip() for p in re.split(r"(?<!\\);", value) if p.strip())
            text = _unescape(text)
        out.add(*VCARD_FIELDS[name], text)


ICS_FIELDS: dict[str, tuple[str, str]] = {
    "LOCATION": ("place", "Location"),
    "SUMMARY": ("free_text", "Summary"),
    "DESCRIPTION": ("free_text", "Description"),
    "X-WR-CALNAME": ("free_text", "CalendarName"),
    "PRODID": ("software", "Producer"),
    "CREATED": ("time", "Created"),
    "DTSTAMP": ("time", "TimeStamp"),
    "LAST-MODIFIED": ("time", "ModifyDate"),
    "UID": ("document_id", "UID"),
    "URL": ("document_id", "URL"),
    "X-WR-TIMEZONE": ("time", "TimeZone"),
    "X-APPLE-STRUCTURED-LOCATION": ("place", "StructuredLocation"),
}
MAX_EVENTS_READ = 5000


def parse_ics(data: bytes, out: Collector) -> None:
    """A calendar: organiser and attendees (names, addresses), locations, times, zones."""
    positions = _Positions()
    try:
        _ics(data, out, positions)
    finally:
        positions.report(out)


def _ics(data: bytes, out: Collector, positions: _Positions) -> None:
    events = 0
    for name, params, value in _content_lines(data, out):
        if name == "BEGIN" and value.strip().upper() == "VEVENT":
            events += 1
            if events > MAX_EVENTS_READ:
                out.skipped(f"more than {MAX_EVENTS_READ} events; the rest were not read")
                break
        elif name in ("ORGANIZER", "ATTENDEE"):
            who = params.get("CN", "")
            address = value.split(":", 1)[1] if value.lower().startswith("mailto:") else value
            label = "Organizer" if name == "ORGANIZER" else "Attendee"
            out.add("person", label, f"{who} <{address}>" if who and address else who or address)
        elif name == "GEO":
            positions.add(out, _geo(value))
        elif name in ("DTSTART", "DTEND") and "TZID" in params:
            out.add("time", "EventTimeZone", params["TZID"])
        elif name in ICS_FIELDS:
            out.add(*ICS_FIELDS[name], _unescape(value))

"""Google Photos sidecars from Google Takeout (ninth session, 29 November 2026).

Takeout writes a JSON file beside every photo and video it exports: ``IMG_1234.jpg.json``
and, since late 2024, ``IMG_1234.jpg.supplemental-metadata.json``. Google clips the
name to 51 characters, ".json" kept (``IMG_1234.jpg.supplemental-metad.json``,
``LONG_NAME.jp.json``), and moves a duplicate's number behind the photo's extension
(``IMG_1234(1).jpg`` <-> ``IMG_1234.jpg(1).json``, or
``IMG_1234.jpg.supplemental-metadata(1).json``). The layout, as Takeout writes it and
the tools that read it (GooglePhotosTakeoutHelper, immich-go, ente) rely on::

    {"title": "IMG_1234.jpg", "description": "", "imageViews": "3",
     "creationTime": {"timestamp": "1600598769", "formatted": "Sep 20, 2020, ... UTC"},
     "photoTakenTime": {"timestamp": "1600596727", "formatted": "..."},
     "geoData": {"latitude": 55.26, "longitude": 37.66, "altitude": 214.4,
                 "latitudeSpan": 0.0, "longitudeSpan": 0.0},
     "geoDataExif": {...the same keys...},
     "people": [{"name": "Jane"}],
     "url": "https://photos.google.com/photo/AF1Qip...",
     "googlePhotosOrigin": {"mobileUpload": {"deviceFolder": {"localFolderName": ""},
                                             "deviceType": "ANDROID_PHONE"}},
     "appSource": {"androidPackageName": "com.whatsapp"}}

Timestamps are strings of epoch seconds in UTC; a photo without a position has 0.0 for
latitude and longitude (no location, not a place in the Gulf of Guinea). ``geoDataExif``
is the camera's own fix, ``geoData`` the position Google Photos shows (edited by hand, or
estimated by Google from the account's location history when the photo had none).

A writer who strips the JPEG before posting and posts the sidecar with it (an export
folder shared as it is) still publishes the position and the names of the people tagged.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from typing import Any

from nymaudit.metadata.core import Collector, FileMeta

FORMAT = "google-photos-sidecar"
LABEL = "Google Photos sidecar"
# Google writes a few kilobytes (a caption, a list of names). A bigger file is no sidecar
# Takeout wrote; it is not parsed (json.loads holds the whole document in memory), said,
# and counts as unchecked (META026).
MAX_SIDECAR_BYTES = 2 * 1024 * 1024
MAX_PEOPLE = 200
# Sniffing: keys only Takeout's photo sidecars hold, looked for in the first 64 KB (a long
# caption comes before them).
SNIFF_BYTES = 64 * 1024
_KEY = re.compile(rb'"(photoTakenTime|creationTime|photoLastModifiedTime|geoData|geoDataExif|imageViews'
                  rb'|googlePhotosOrigin)"\s*:')
_TIME_OBJECT = re.compile(rb'"(?:photoTakenTime|creationTime)"\s*:\s*\{\s*"(?:timestamp|formatted)"')
# Epoch seconds from 1990 to 2100: outside is no capture or upload time.
_EARLIEST, _LATEST = 631152000, 4102444800
TIMES = (("photoTakenTime", "PhotoTakenTime"), ("creationTime", "UploadTime"),
         ("photoLastModifiedTime", "PhotoLastModifiedTime"), ("modificationTime", "ModificationTime"))


def looks_like_takeout(data: bytes) -> bool:
    """A JSON object with a Takeout time object ({"timestamp", "formatted"} under
    photoTakenTime or creationTime) and a second key of Takeout's own. Content decides,
    never the name: a renamed sidecar is one, a ``photo.jpg.json`` of another tool is not."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or not _TIME_OBJECT.search(head):
        return False
    return len(set(_KEY.findall(head))) >= 2


def parse_takeout(data: bytes, out: Collector) -> None:
    if len(data) > MAX_SIDECAR_BYTES:
        out.skipped(f"{LABEL} larger than {MAX_SIDECAR_BYTES // (1024 * 1024)} MB (Takeout writes a few "
                    "kilobytes); not read")
        return
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(doc, dict):
        raise ValueError(f"not a JSON object but {_kind(doc)}")
    title = _text(doc, "title", out)
    if title:
        # The name of the photo it describes, as uploaded (an original camera name such
        # as PXL_20240512_083012345.jpg even when the photo was renamed before posting).
        out.add("document_id", "OriginalFileName", title)
    description = _text(doc, "description", out)
    if description:
        out.add("free_text", "Description", description)
    _positions(doc, out)
    for key, name in TIMES:
        when = _time(doc, key, out)
        if when:
            out.add("time", name, when)
    _people(doc, out)
    url = _text(doc, "url", out)
    if url:
        # The photo's address in the uploader's Google Photos library.
        out.add("document_id", "URL", url)
    origin = _object(doc, "googlePhotosOrigin", out)
    upload = _object(origin, "mobileUpload", out, "googlePhotosOrigin.") if origin else None
    if upload:
        device = _text(upload, "deviceType", out, "googlePhotosOrigin.mobileUpload.")
        if device:
            out.add("device", "DeviceType", device)
        folder = _object(upload, "deviceFolder", out, "googlePhotosOrigin.mobileUpload.")
        name = _text(folder, "localFolderName", out, "deviceFolder.") if folder else None
        if name:
            out.add("free_text", "DeviceFolder", name)
    app = _object(doc, "appSource", out)
    package = _text(app, "androidPackageName", out, "appSource.") if app else None
    if package:
        out.add("software", "AndroidApp", package)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number")


def _text(obj: dict[str, Any], key: str, out: Collector, where: str = "") -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        out.note(f"{where}{key} is {_kind(value)}, not text; not read")
        return None
    return value


def _object(obj: dict[str, Any], key: str, out: Collector, where: str = "") -> dict[str, Any] | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        out.note(f"{where}{key} is {_kind(value)}, not an object; not read")
        return None
    return value


def _number(value: Any) -> float | None:
    """A JSON number, or a numeric string (some re-writers quote them); never a bool."""
    if isinstance(value, bool):
        return None
    numeric = isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,4}(?:\.\d{1,20})?\s*", value)
    if not (isinstance(value, int | float) or numeric):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _coordinates(doc: dict[str, Any], key: str, out: Collector) -> tuple[float, float, float | None] | None:
    geo = _object(doc, key, out)
    if geo is None:
        return None
    lat, lon = _number(geo.get("latitude")), _number(geo.get("longitude"))
    if lat is None or lon is None:
        if "latitude" in geo or "longitude" in geo:
            out.note(f"{key} latitude/longitude are not numbers; not read")
        return None
    if lat == 0.0 and lon == 0.0:
        return None  # Takeout's "no location", not a position
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        out.note(f"{key} position out of range ({lat:.3f}, {lon:.3f})")
        return None
    return lat, lon, _number(geo.get("altitude"))


def _positions(doc: dict[str, Any], out: Collector) -> None:
    from nymaudit.metadata.tiff import add_position

    exif = _coordinates(doc, "geoDataExif", out)
    shown = _coordinates(doc, "geoData", out)
    # The camera's own fix first; Google's (edited or estimated) position when there is
    # none, and beside it when the two differ.
    first = exif or shown
    if first is None:
        return
    add_position(out, first[0], first[1], "GPSPosition")
    if first[2]:
        out.add("gps", "GPSAltitude", f"{first[2]:.1f} m")
    if exif is not None and shown is not None and (round(exif[0], 5), round(exif[1], 5)) != (
            round(shown[0], 5), round(shown[1], 5)):
        add_position(out, shown[0], shown[1], "GooglePhotosPosition")


def _time(doc: dict[str, Any], key: str, out: Collector) -> str | None:
    obj = _object(doc, key, out)
    if obj is None:
        return None
    raw = obj.get("timestamp")
    if raw is None:
        formatted = obj.get("formatted")
        return formatted if isinstance(formatted, str) else None
    seconds: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        seconds = raw
    elif isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit() and len(raw.strip()) < 12:
        seconds = int(raw.strip())
    if seconds is None:
        out.note(f"{key}.timestamp is not a number of seconds; not read")
        return None
    if seconds == 0:
        return None  # unset
    if not _EARLIEST <= seconds <= _LATEST:
        out.note(f"{key}.timestamp {seconds} is no plausible date; not read")
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _people(doc: dict[str, Any], out: Collector) -> None:
    people = doc.get("people")
    if people is None:
        return
    if not isinstance(people, list):
        out.note(f"people is {_kind(people)}, not a list; not read")
        return
    for n, person in enumerate(people):
        if n >= MAX_PEOPLE:
            out.skipped(f"more than {MAX_PEOPLE} people tagged; the rest were not read")
            return
        name = person.get("name") if isinstance(person, dict) else None
        if isinstance(name, str):
            out.add("person", "TaggedPerson", name)
        else:
            out.note("a people entry without a name as text; not read")


# --- which photo a sidecar describes ------------------------------------------------------

_SUPPLEMENTAL = "supplemental-metadata"
_NUMBER = re.compile(r"\(\d{1,5}\)$")


def photo_name(sidecar: str, title: str | None) -> str | None:
    """The file name of the photo a sidecar describes, from the sidecar's own name (Google's
    clipped ``.supplemental-metadata`` and moved duplicate number undone) and the photo's
    title inside it: ``IMG_1234.jpg(1).json`` with title ``IMG_1234.jpg`` -> ``IMG_1234(1).jpg``."""
    stem, number = None, ""
    if sidecar.lower().endswith(".json"):
        stem = sidecar[: -len(".json")]
        m = _NUMBER.search(stem)
        if m:
            number, stem = m.group(), stem[: m.start()]
        head, dot, last = stem.rpartition(".")
        if dot and head and _SUPPLEMENTAL.startswith(last.lower()):
            stem = head
        m = _NUMBER.search(stem)  # IMG_1234.jpg(1).supplemental-metadata.json
        if m and not number:
            number, stem = m.group(), stem[: m.start()]
    name = title.strip() if title and title.strip() else stem
    if not name:
        return None
    if number:
        base, dot, ext = name.rpartition(".")
        name = f"{base}{number}.{ext}" if dot and base and len(ext) <= 5 else f"{name}{number}"
    return name


def sidecar_label(name: str, meta: FileMeta) -> str:
    """How findings name a sidecar: with the photo it belongs to."""
    title = next((f.value for f in meta.fields if f.name == "OriginalFileName"), None)
    photo = photo_name(name, title)
    return f"{name} (the {LABEL} of {photo})" if photo else f"{name} (a {LABEL})"

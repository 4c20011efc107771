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
from collections.abc import Iterable
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


def sidecar_label(name: str, meta: FileMeta, present: str | None = None) -> str:
    """How findings name a sidecar: with the photo it belongs to, by the file beside it
    (``present``, found by `pair_sidecars`) when there is one, else by what its name and
    title say (a photo Takeout renamed on export is not named by its title)."""
    title = next((f.value for f in meta.fields if f.name == "OriginalFileName"), None)
    photo = present or photo_name(name, title)
    return f"{name} (the {LABEL} of {photo})" if photo else f"{name} (a {LABEL})"


# --- which file beside it a sidecar describes (tenth session) --------------------------------
#
# Google's naming, as the tools that pair real exports derive it (GooglePhotosTakeoutHelper
# json_extractor and its issues #8, #353, PR #449 over ~46,000 sidecars; ente PR #4956;
# immich-go issue #39; TakeoutExtractor issue #23):
# - the sidecar is "<photo>.supplemental-metadata" (since late 2024) or "<photo>" (before),
#   clipped to 46 characters, then a duplicate's "(N)", then ".json": the clip eats the
#   suffix first (".supplemen.json", ".s.json", "..json"), then the photo's name
#   ("<first 46 characters>.json");
# - "<photo>" is the name as uploaded (the sidecar's "title"); a duplicate "IMG_1234(1).jpg"
#   has the sidecar of "IMG_1234.jpg" with its "(1)" moved behind ("IMG_1234.jpg(1).json",
#   "IMG_1234.jpg.supplemental-metadata(1).json");
# - Takeout cuts a long photo name too (its stem to 47 characters, extension kept), so the
#   file present is not the title: both start with the same 46 characters, which is all the
#   sidecar's name keeps;
# - an edited copy ("IMG_1234-edited.jpg", "-bearbeitet", "-modifié", ...) has no sidecar of
#   its own: it shares the original's;
# - a photo uploaded without an extension got one on export: its sidecar has none
#   ("IMG_3000.json" beside "IMG_3000.jpg").
NAME_BUDGET = 46
_SUFFIX = "." + _SUPPLEMENTAL
# Takeout's "edited" copy in the languages GooglePhotosTakeoutHelper lists (issue #29 of
# its successor): Google's own creations (-COLLAGE, -ANIMATION) have sidecars of their own.
EDITED = ("-edited", "-bearbeitet", "-modifié", "-bewerkt", "-editado", "-ha editado", "-modificato",
          "-edytowane", "-editat", "-編集済み")
_TRAILING_NUMBER = re.compile(r"\(\d{1,5}\)$")
# "IMG_1234.jpg(1).supplemental-metadata.json": the number before a (clipped) suffix.
_NUMBER_BEFORE_SUFFIX = re.compile(r"\((\d{1,5})\)(\.[a-z-]*)$")


def _sidecar_keys(name: str) -> list[tuple[str, str]]:
    """What a sidecar's name says of its photo: (the photo's name as uploaded, or its first
    46 or 47 characters, casefolded; the duplicate number), each way it can be read."""
    folded = name.casefold()
    if not folded.endswith(".json"):
        return []
    stem = folded[: -len(".json")]
    number = ""
    m = _TRAILING_NUMBER.search(stem)
    if m:
        number, stem = m.group(), stem[: m.start()]
    else:
        m = _NUMBER_BEFORE_SUFFIX.search(stem)
        if m and _SUFFIX.startswith(m.group(2)):
            number, stem = f"({m.group(1)})", stem[: m.start()] + m.group(2)
    keys = [(stem, number)]
    head, dot, last = stem.rpartition(".")
    if dot and head and _SUPPLEMENTAL.startswith(last):  # "...jpg.supplemen", "...jpg.s", "...jpg."
        keys.append((head, number))
    return keys if stem else []


def _photo_keys(name: str) -> list[tuple[tuple[str, str], int]]:
    """The keys a photo's sidecar may carry, with a rank (0: its own sidecar, 1: the
    original's sidecar an edited copy shares, or one that drops the extension)."""
    folded = name.casefold()
    if folded.endswith(".json") or not folded:
        return []
    stem, dot, ext = folded.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = folded, "", ""
    bases = [(folded, "", 0)]  # a "(38)" that is part of the name as uploaded
    m = _TRAILING_NUMBER.search(stem)
    if m and m.start() > 0:
        stem = stem[: m.start()]
        bases.append((stem + dot + ext, m.group(), 0))
    for base, number, _rank in list(bases):
        bare = base[: len(base) - len(dot + ext)] if dot else base
        for edited in EDITED:
            if bare.endswith(edited) and len(bare) > len(edited):
                bases.append((bare[: -len(edited)] + dot + ext, number, 1))
                break
    keys: list[tuple[tuple[str, str], int]] = []
    for base, number, rank in bases:
        keys.append(((base, number), rank))
        if len(base) > NAME_BUDGET:
            # Clipped into the name; Takeout's own cut of the photo (47 characters) kept
            # the same first 46, so the file present pairs with its sidecar.
            keys.append(((base[:NAME_BUDGET], number), rank))
            keys.append(((base[: NAME_BUDGET + 1], number), rank))
        if dot and base.endswith(dot + ext):
            keys.append(((base[: -len(dot + ext)], number), 1))
    return keys


def pair_sidecars(names: Iterable[str]) -> dict[str, list[str]]:
    """{sidecar: the files among ``names`` (one folder's file names) it describes, its own
    photo first}. Names only: whether a .json is a sidecar is its content's business
    (``looks_like_takeout``). Linear in the folder: a Takeout year holds thousands."""
    photos: dict[tuple[str, str], list[tuple[int, str]]] = {}
    sidecars: list[str] = []
    for name in names:
        if name.casefold().endswith(".json"):
            sidecars.append(name)
            continue
        for key, rank in _photo_keys(name):
            photos.setdefault(key, []).append((rank, name))
    paired: dict[str, list[str]] = {}
    for sidecar in sidecars:
        found: dict[str, int] = {}
        for key in _sidecar_keys(sidecar):
            for rank, photo in photos.get(key, ()):
                found[photo] = min(rank, found.get(photo, rank))
        if found:
            paired[sidecar] = sorted(found, key=lambda p: (found[p], p))
    return paired


def sidecars_of(photo: str, names: Iterable[str]) -> list[str]:
    """The sidecars among ``names`` (the photo's folder) that describe ``photo``."""
    return [s for s, photos in pair_sidecars([photo, *names]).items() if photo in photos]


def sidecar_candidates(photo: str) -> list[str]:
    """The names Google gives the sidecar of ``photo`` (a file name), in the photo's own case,
    looked up one by one (review rev10a item 6): a folder of any size is searched without
    listing it. A superset: `sidecars_of` keeps those its pairing rules accept."""
    if not photo or photo.casefold().endswith(".json"):
        return []
    stem, dot, ext = photo.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = photo, "", ""
    bases = [(photo, "")]  # a "(38)" that is part of the name as uploaded
    m = _TRAILING_NUMBER.search(stem)
    if m and m.start() > 0:
        bases.append((stem[: m.start()] + dot + ext, m.group()))
    for base, number in list(bases):
        bare = base[: len(base) - len(dot + ext)] if dot else base
        for edited in EDITED:
            if bare.casefold().endswith(edited) and len(bare) > len(edited):
                bases.append((bare[: -len(edited)] + dot + ext, number))
                break
    for base, number in list(bases):
        if dot and base.endswith(dot + ext):
            bases.append((base[: -len(dot + ext)], number))  # uploaded without an extension
    names: set[str] = set()
    for base, number in bases:
        for cut in range(len(_SUFFIX) + 1):
            named = base + _SUFFIX[:cut]
            names.add(named[:NAME_BUDGET] + number + ".json")
            if number:  # "IMG_1234.jpg(1).supplemental-metadata.json"
                names.add(base + number + _SUFFIX[:cut] + ".json")
            if len(named) <= NAME_BUDGET:
                names.add(named + number + ".json")
    return sorted(names)

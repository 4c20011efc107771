"""Shared reading of Meta's "Download your information" exports in JSON (Facebook and
Instagram, eleventh session; readers in facebook.py and instagram.py).

Meta writes text as UTF-8 bytes escaped one by one as ``\\u00XX`` (mojibake: "â\\x98\\x80ï¸\\x8f"
for "☀️"): decoded back. Times are Unix seconds (UTC). The position Meta keeps beside a photo
(``media_metadata.photo_metadata.exif_data[].latitude/longitude``) is the post's geotag: the
photo files themselves are usually stripped, so the JSON is where the position is. A Facebook
check-in's ``place.coordinate`` is one too."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from nymaudit.model import Geotag, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.blog import SKIP_DIRS
from nymaudit.sources.common import read_member_text
from nymaudit.sources.references import collect_attachments
from nymaudit.sources.tree import Tree

MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 12


def fix_text(value: object) -> str:
    """Meta's latin-1 escaped UTF-8 decoded back; other text as it is."""
    if not isinstance(value, str):
        return ""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def when(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(float(value), UTC) if 0 < value < 4_102_444_800 else None
    except (OverflowError, OSError, ValueError):
        return None


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def positions(value: object, depth: int = 0) -> Iterator[tuple[float, float]]:
    """Every latitude/longitude pair under ``value`` (exif_data entries, a place's coordinate)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        lat, lon = _number(value.get("latitude")), _number(value.get("longitude"))
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180 and (lat or lon):
            yield lat, lon
        for child in value.values():
            if isinstance(child, dict | list):
                yield from positions(child, depth + 1)
    elif isinstance(value, list):
        for child in value[:1000]:
            yield from positions(child, depth + 1)


def exif_positions(value: object, depth: int = 0) -> Iterator[tuple[float, float]]:
    """The latitude/longitude pairs Meta read from uploaded photos (``exif_data`` entries) under
    ``value``: a post's position from one of them is a photo's, not a check-in's."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "exif_data":
                yield from positions(child, depth + 1)
            elif isinstance(child, dict | list):
                yield from exif_positions(child, depth + 1)
    elif isinstance(value, list):
        for child in value[:1000]:
            yield from exif_positions(child, depth + 1)


def place_of(value: object, depth: int = 0) -> dict[str, Any] | None:
    """The first check-in place under ``value`` (``attachments[].data[].place``: ``{"name",
    "coordinate", "address", "url"}``), or None."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        place = value.get("place")
        if isinstance(place, dict) and any(fix_text(place.get(key)).strip() for key in ("name", "address")):
            return place
        children: list[Any] = [child for child in value.values() if isinstance(child, dict | list)]
    elif isinstance(value, list):
        children = value[:1000]
    else:
        return None
    for child in children:
        if (found := place_of(child, depth + 1)) is not None:
            return found
    return None


# A place's name and address as Facebook shows them; longer is no place's.
MAX_PLACE_CHARS = 300


def place_label(place: dict[str, Any]) -> str | None:
    """"Western General Hospital, Crewe Road South, Edinburgh EH4 2XU": what readers of a
    check-in see under it (walk13 item 17: only the coordinates were said)."""
    name = " ".join(fix_text(place.get("name")).split())[:MAX_PLACE_CHARS]
    address = " ".join(fix_text(place.get("address")).split())[:MAX_PLACE_CHARS]
    parts = [name] + ([address] if address and address.lower() not in name.lower() else [])
    label = ", ".join(part for part in parts if part)
    return label or None


def uris(value: object, depth: int = 0) -> Iterator[str]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        uri = value.get("uri")
        if isinstance(uri, str) and uri and "://" not in uri:
            yield uri
        for child in value.values():
            if isinstance(child, dict | list):
                yield from uris(child, depth + 1)
    elif isinstance(value, list):
        for child in value[:1000]:
            yield from uris(child, depth + 1)


def load_items(tree: Tree, result: SourceResult, name: str, key: str | None = None) -> list[Any]:
    """The list of post items of one JSON file (a list, or a mapping holding it under ``key``,
    or under its one list when ``key`` is not there: ``{"group_posts_v2": [...]}`` and the like)."""
    text = read_member_text(tree, result, name, MAX_JSON_BYTES)
    if text is None:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        result.error(name, "unparseable JSON; its posts were not read")
        return []
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        data = data[key] if key is not None and key in data else lists[0] if len(lists) == 1 else data
    if not isinstance(data, list):
        result.error(name, "not a list of posts; not read")
        return []
    return data


def make_post(tree: Tree, name: str, index: int | str, text: str, item: dict[str, Any],
              stamp: datetime | None, attachments: dict[str, Any]) -> Post:
    position = next(positions(item), None)
    place = place_of(item)
    label = place_label(place) if place is not None else None
    if place is not None and (own := next(positions(place.get("coordinate")), None)) is not None:
        position = own  # the check-in's own point with its name, not a photo's beside it
    extra: dict[str, Any] = {}
    if position is not None:
        # Where the position came from decides META001's advice (detectors.geotags._from_photo):
        # a check-in is edited off the post, a photo's position Meta kept is not (rev14b item 10).
        extra["geotag_from"] = "photo" if position in set(exif_positions(item)) else "place"
    record = f"{name}#{index}"
    held = [u for u in dict.fromkeys(uris(item)) if u in attachments]
    for uri in held:
        attachments[uri].post_id = record
    return Post(
        id=record,
        timestamp=stamp,
        text=text,
        origin=Origin(path=tree.display(name), record=record),
        geotag=Geotag(latitude=position[0] if position else None, longitude=position[1] if position else None,
                      place_name=label) if position or label else None,
        attachments=held,
        extra=extra,
    )


def media_files(tree: Tree, result: SourceResult) -> dict[str, Any]:
    """The export's photos and videos: Meta's copies (re-encoded, usually stripped)."""
    found = collect_attachments(tree, result, SKIP_DIRS)
    for attachment in found.values():
        attachment.platform_copy = True
    return found


_DATA_FILE = re.compile(r"\.(json|html)$", re.IGNORECASE)


def say_left_out(tree: Tree, result: SourceResult, read: set[str], platform: str,
                 published: re.Pattern[str] | None = None) -> None:
    """The export's other data files (messages, likes, ads, settings): not read, said. Files
    matching ``published`` hold published content the reader does not read (rev12a item 1: they
    were called unpublished): named apart, with their own advice (core.toml INPUT008)."""
    others = [m.name for m in tree.members() if _DATA_FILE.search(m.name) and m.name not in read]
    public = [n for n in others if published is not None and published.search(n)]
    others = [n for n in others if n not in public]
    if public:
        result.notes.append(("", f"left out on purpose: {len(public)} file(s) of the {platform} export hold "
                                 f"published content nymaudit does not read: {_names(public)}",
                             f"{len(public)} files"))
    if not others:
        return
    result.notes.append(("", f"left out on purpose: {len(others)} file(s) of the {platform} export are "
                             "not its posts or comments (messages, likes, profile, settings, ads): "
                             f"{_names(others)}",
                         f"{len(others)} files"))


def _names(names: list[str]) -> str:
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return ", ".join(n.rpartition("/")[2] for n in names[:5]) + more

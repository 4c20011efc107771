"""META001: positions the platform stored with posts (not ones inferred from text)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, where
from nymaudit.model import DetectorResult, Geotag, Post
from nymaudit.rules import Rule, load_file, rule


def _key(tag: Geotag) -> str | None:
    if tag.latitude is not None and tag.longitude is not None:
        # ~1 km cells: nearby tags are one place for the reader.
        return f"{tag.latitude:.2f}, {tag.longitude:.2f}"
    if tag.place_name:
        return tag.place_name
    return None


def _describe(tag: Geotag) -> str:
    parts = []
    if tag.latitude is not None and tag.longitude is not None:
        parts.append(f"{tag.latitude:.5f}, {tag.longitude:.5f}")
    if tag.place_name:
        parts.append(tag.place_name)
    if tag.country and tag.country not in (tag.place_name or ""):
        parts.append(tag.country)
    return " — ".join(parts)


def _near(tag: Geotag) -> str | None:
    """"Leeds, GB, 3 km away": the nearest town of the offline gazetteer, as META010 gives it
    for a photo's position (metadata.places; mta14: META001 gave the coordinates alone)."""
    if tag.latitude is None or tag.longitude is None:
        return None
    from nymaudit.metadata.places import nearest_place

    try:
        return nearest_place(tag.latitude, tag.longitude)
    except Exception:  # noqa: BLE001 - the coordinates are the finding; the town is an extra
        return None


def _platforms(ctx: ScanContext) -> dict[int, str]:
    """The reader (platform) of each geotagged post's input, by the post's id(): the advice
    differs (mta14: a Facebook check-in got X's steps). A post's path starts with its input's."""
    from nymaudit.detectors.timing import _input_of

    formats = {summary.path: summary.format for summary in ctx.corpus.inputs}
    inputs = list(formats)
    found: dict[int, str] = {}
    for post in ctx.corpus.posts:
        if post.geotag is not None:
            name = _input_of(post.origin.path, inputs)
            found[id(post)] = formats[name] if name is not None else ""
    return found


def _advice(items: list[tuple[Post, Geotag]], platforms: dict[int, str]) -> str | None:
    """The platform's own steps (heuristics/metadata.toml ``post_location_advice``): a place
    tag is edited off the post, a position Meta kept from a photo's EXIF is not (a ``_photo``
    entry, when the platform has one). Several platforms at one place: each one's steps."""
    table = load_file("metadata").get("post_location_advice", {})
    chosen: dict[str, None] = {}
    for post, tag in items:
        platform = platforms.get(id(post), "")
        photo = _from_photo(post, tag)
        text = ((table.get(f"{platform}_photo") if photo and platform else None)
                or (table.get(platform) if platform else None) or table.get("default"))
        if isinstance(text, str) and text.strip():
            chosen[" ".join(text.split())] = None
    return " ".join(chosen) or None


def _from_photo(post: Post, tag: Geotag) -> bool:
    """Whether the position is one the platform read from a photo the post holds: the reader says
    so (``post.extra["geotag_from"]``: "photo" or "place") where it knows; otherwise a post with
    coordinates, no place name and a photo or video attached. rev14b item 10: a check-in pin with
    coordinates but no name and no media got "the photo you uploaded" advice."""
    said = post.extra.get("geotag_from")
    if said in ("photo", "place"):
        return said == "photo"
    return (tag.place_name is None and tag.latitude is not None
            and any(path.lower().endswith(MEDIA_SUFFIXES) for path in post.attachments))


# A post's attachment that is a photo or video (the platform read a position from it).
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".mp4", ".mov", ".m4v",
                  ".3gp", ".avi", ".tif", ".tiff", ".dng")
# Other place names a grouped META001 lists beside the one it names (evidence and clue): with the
# one named, eight in all; past that "+N more" says how many (rev14b item 9: the sixth of six
# names stood nowhere in the report).
MAX_OTHER_NAMES = 7


def _named(items: list[tuple[Post, Geotag]]) -> tuple[Post, Geotag]:
    """The post a group of tags within ~1 km is told by: the first whose tag names the place
    (its most frequent name), else the first. walk14: a photo's bare coordinates posted a day
    before a check-in at a hospital stood for both, and the hospital, street and postcode were
    named nowhere in the report."""
    counts = Counter(t.place_name for _, t in items if t.place_name)
    if not counts:
        return items[0]
    top = counts.most_common(1)[0][0]  # ties: the first seen (Counter keeps insertion order)
    return next(item for item in items if item[1].place_name == top)


def _other_names(items: list[tuple[Post, Geotag]], chosen: str | None) -> list[str]:
    """The group's other distinct place names, in order of first sight, at most MAX_OTHER_NAMES
    (then "+N more")."""
    seen: dict[str, None] = {}
    for _, t in items:
        if t.place_name and t.place_name != chosen:
            seen[t.place_name] = None
    names = list(seen)
    more = len(names) - MAX_OTHER_NAMES
    return names[:MAX_OTHER_NAMES] + ([f"+{more} more"] if more > 0 else [])


def detect(ctx: ScanContext) -> DetectorResult:
    groups: dict[str, list[tuple[Post, Geotag]]] = defaultdict(list)
    for post in ctx.corpus.posts:
        if post.geotag is not None and (key := _key(post.geotag)):
            groups[key].append((post, post.geotag))
    result = DetectorResult()
    found = rule("META001")
    platforms = _platforms(ctx) if groups else {}
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        first_post, tag = _named(items)
        others = _other_names(items, tag.place_name)
        named = sum(1 for _, t in items if t.place_name)
        names = len({t.place_name for _, t in items if t.place_name})
        exact = any(t.latitude is not None for _, t in items)
        near = _near(tag)
        # The position itself goes in evidence and clue only, so --redact masks it; the town as
        # META010's does ("NearestPlace=" in the evidence, "(near ...)" in the clue): one FIXED.
        message = (
            f"{plural(len(items), 'post')} {'carries' if len(items) == 1 else 'carry'} the platform's "
            f"{'exact coordinates' if exact else 'place tag'}"
            f"{' for the same place' if len(items) > 1 else ''}"
            f" (records {where([p for p, _ in items])})."
            # How many name it, never the names: they stand in evidence and clue (masked).
            + (f" {named} of them {'names' if named == 1 else 'name'} the place"
               f"{f' ({names} different names)' if names > 1 else ''}."
               if len(items) > 1 and named else "")
            + (f" The position is near {near}." if near else "")
        )
        result.findings.append(
            found.finding(
                message,
                evidence=_describe(tag) + (f"; also named: {'; '.join(others)}" if others else "")
                + (f"; NearestPlace={near}" if near else ""),
                location=first_post.origin,
                clue_value=(tag.place_name + (f" (also: {'; '.join(others)})" if others else ""))
                if tag.place_name else (f"{key} (near {near})" if near else key),
                severity="high" if exact or len(items) > 1 else "medium",
                advice=_advice(items, platforms),
            )
        )
    return result


def geotag_from_tweet(obj: dict) -> Geotag | None:
    """Geotag of an X/Twitter tweet object (shared with the Twitter reader's logic
    for the rule's examples): ``coordinates`` is [lon, lat], ``geo`` is [lat, lon]."""
    lat = lon = None
    coords = obj.get("coordinates")
    if isinstance(coords, dict) and isinstance(coords.get("coordinates"), list):
        pair = coords["coordinates"]
        if len(pair) == 2:
            lon, lat = pair
    geo = obj.get("geo")
    if lat is None and isinstance(geo, dict) and isinstance(geo.get("coordinates"), list):
        pair = geo["coordinates"]
        if len(pair) == 2:
            lat, lon = pair
    place = obj.get("place") if isinstance(obj.get("place"), dict) else None
    try:
        lat_f = float(lat) if lat is not None else None
        lon_f = float(lon) if lon is not None else None
    except (TypeError, ValueError):
        lat_f = lon_f = None
    if lat_f is None and not place:
        return None
    return Geotag(
        latitude=lat_f,
        longitude=lon_f,
        place_name=(place or {}).get("full_name") or (place or {}).get("name"),
        country=(place or {}).get("country"),
        country_code=(place or {}).get("country_code"),
    )


def rule_example(rule_: Rule, example: str) -> bool:
    tag = geotag_from_tweet(json.loads(example))
    return tag is not None and _key(tag) is not None

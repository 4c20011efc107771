"""META001: positions the platform stored with posts (not ones inferred from text)."""

from __future__ import annotations

import json
from collections import defaultdict

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, where
from nymaudit.model import DetectorResult, Geotag, Post
from nymaudit.rules import Rule, rule


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


def detect(ctx: ScanContext) -> DetectorResult:
    groups: dict[str, list[tuple[Post, Geotag]]] = defaultdict(list)
    for post in ctx.corpus.posts:
        if post.geotag is not None and (key := _key(post.geotag)):
            groups[key].append((post, post.geotag))
    result = DetectorResult()
    found = rule("META001")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        first_post, tag = items[0]
        exact = tag.latitude is not None
        # The position itself goes in evidence and clue only, so --redact masks it.
        message = (
            f"{plural(len(items), 'post')} {'carries' if len(items) == 1 else 'carry'} the platform's "
            f"{'exact coordinates' if exact else 'place tag'}"
            f"{' for the same place' if len(items) > 1 else ''}"
            f" (records {where([p for p, _ in items])})."
        )
        result.findings.append(
            found.finding(
                message,
                evidence=_describe(tag),
                location=first_post.origin,
                clue_value=tag.place_name or key,
                severity="high" if exact or len(items) > 1 else "medium",
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

"""META001: positions the platform stored with posts (not ones inferred from text)."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, where
from nymaudit.model import DetectorResult, Finding, Geotag, Post
from nymaudit.rules import Rule, load_file, rule

Position = tuple[float, float]


def _key(tag: Geotag) -> str | None:
    """The position ("53.8275, -1.5297") or, without one, the place's name; None for neither."""
    if tag.latitude is not None and tag.longitude is not None:
        return f"{_degrees(tag.latitude)}, {_degrees(tag.longitude)}"
    if tag.place_name:
        return tag.place_name
    return None


def _degrees(value: float) -> str:
    """A coordinate at the precision the platform stored it, to six decimals (about 10 cm): the
    position itself, so the dossier sees the same place META010 reads from the photo (walk16 item 10:
    a ~1 km cell's "53.83, -1.53" beside the photo's "53.827500, -1.529700" read as two places), and
    no digits the platform never gave ("53.83" is not "53.83000")."""
    text = repr(float(value))
    decimals = len(text.partition(".")[2]) if "e" not in text and math.isfinite(value) else 6
    return f"{value:.{min(max(decimals, 1), 6)}f}"


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


def _named(items: list[tuple[Post, Geotag]], seed: Position | None) -> tuple[Post, Geotag]:
    """The post a group of tags of one place is told by: the first whose tag names the place
    (its most frequent name), else the first at the group's opening position ``seed`` (its most
    repeated one). walk14: a photo's bare coordinates posted a day before a check-in at a hospital
    stood for both, and the hospital, street and postcode were named nowhere in the report."""
    counts = Counter(t.place_name for _, t in items if t.place_name)
    if not counts:
        return next((item for item in items if _position(item[1]) == seed), items[0])
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


def _position(tag: Geotag) -> Position | None:
    """The tag's position, None without one or with one no place has (NaN, 91 degrees: grouped by
    what ``_key`` says, as before, never by distance)."""
    lat, lon = tag.latitude, tag.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return (lat, lon) if -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 else None


# A group's distinct positions compared pair by pair for its spread ("within 150 m of each other");
# past this many, the bound its opening position gives (twice the largest distance from it).
MAX_SPREAD_PAIRS = 200


def _groups(posts: list[Post]) -> list[tuple[Position | None, list[tuple[Post, Geotag]]]]:
    """Geotagged posts by place, largest first: positions within PLACE_RADIUS_M (nymaudit.geo) of a
    group's opening position, the most repeated opening first (ten check-ins at home open home), as
    the dossier groups GPS clues; a place tag without coordinates by its name. Each with the group's
    opening position (None for a name). walk16 item 10: in ~1 km cells an office and a civic hall
    220 m apart were "5 posts ... the same place", named after the hall; and a cell's edge could
    split one home in two."""
    from nymaudit.geo import PlaceSeeds

    tagged = [(post, tag) for post in posts if (tag := post.geotag) is not None
              and ((tag.latitude is not None and tag.longitude is not None) or tag.place_name)]
    counts = Counter(pos for _, tag in tagged if (pos := _position(tag)) is not None)
    seeds = PlaceSeeds()
    place = {pos: seeds.add(pos) for pos, _ in sorted(counts.items(), key=lambda kv: -kv[1])}
    groups: dict[int | str, list[tuple[Post, Geotag]]] = defaultdict(list)
    for post, tag in tagged:
        pos = _position(tag)
        groups[place[pos] if pos is not None else str(_key(tag))].append((post, tag))
    return [(seeds.seeds[key] if isinstance(key, int) else None, items)
            for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1]))]


def _spread(items: list[tuple[Post, Geotag]], seed: Position) -> float:
    """The largest distance in metres between two of the group's positions (an upper bound past
    MAX_SPREAD_PAIRS distinct ones)."""
    from nymaudit.geo import metres

    distinct = list(dict.fromkeys(pos for _, tag in items if (pos := _position(tag)) is not None))
    if len(distinct) > MAX_SPREAD_PAIRS:
        return 2 * max(metres(seed, pos) for pos in distinct)
    return max((metres(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:]), default=0.0)


def _together(items: list[tuple[Post, Geotag]], seed: Position | None) -> str:
    """How a group's posts are one place, said as it is: " for the same position", ", all within
    150 m of each other", or " for the same place" (one place tag's name)."""
    if len(items) == 1:
        return ""
    if seed is None:
        return " for the same place"
    from nymaudit.geo import PLACE_RADIUS_M

    spread = _spread(items, seed)
    if spread < 1.0:
        return " for the same position"
    # No wider than PLACE_RADIUS_M in all but a few groups; else the figure, rounded up to 10 m.
    within = PLACE_RADIUS_M if spread <= PLACE_RADIUS_M else math.ceil(spread / 10) * 10
    return f", all within {within:.0f} m of each other"


# Past this many places (groups), the largest keep a finding each and the rest are one summary
# finding: 20,000 geotagged posts across a city made 7,522 findings in 2.2 s (rev16c item 6), a
# report no one reads, and the places a reader acts on are the repeated ones.
MAX_PLACE_FINDINGS = 50


def _summary(found: Rule, rest: list[tuple[Position | None, list[tuple[Post, Geotag]]]],
             platforms: dict[int, str]) -> Finding:
    """One META001 for the places past MAX_PLACE_FINDINGS: how many, from how many posts, and how
    often each is named at most, said as it is (no position: they stand in no evidence)."""
    items = [item for _, group in rest for item in group]
    largest = max(len(group) for _, group in rest)
    exact = any(t.latitude is not None for _, t in items)
    often = ("once" if largest == 1 else "once or twice" if largest == 2
             else f"{largest} times at most")
    message = (f"{plural(len(rest), 'more place')} from {plural(len(items), 'post')} "
               f"{'carry' if len(items) > 1 else 'carries'} the platform's "
               f"{'exact coordinates' if exact else 'place tags'}, each place posted from {often} "
               f"(records {where([p for p, _ in items])}). Only the {MAX_PLACE_FINDINGS} places "
               "posted from most are reported one by one; these positions are as exact as theirs.")
    return found.finding(
        message,
        evidence=f"{len(rest)} further places, {len(items)} geotagged posts",
        location=items[0][0].origin,
        severity="high" if exact else "medium",
        advice=_advice(items, platforms),
    )


def detect(ctx: ScanContext) -> DetectorResult:
    groups = _groups(ctx.corpus.posts)
    result = DetectorResult()
    found = rule("META001")
    platforms = _platforms(ctx) if groups else {}
    # Largest first (_groups): a summary only for two or more places past the cap.
    rest = groups[MAX_PLACE_FINDINGS:] if len(groups) > MAX_PLACE_FINDINGS + 1 else []
    for seed, items in groups[:len(groups) - len(rest)]:
        first_post, tag = _named(items, seed)
        key = _key(tag) or ""
        others = _other_names(items, tag.place_name)
        named = sum(1 for _, t in items if t.place_name)
        names = len({t.place_name for _, t in items if t.place_name})
        exact = any(t.latitude is not None for _, t in items)
        near = _near(tag)
        # The position itself goes in evidence and clue only, so --redact masks it; the town as
        # META010's does ("NearestPlace=" in the evidence, "(near ...)" in the clue): one FIXED.
        message = (
            f"{plural(len(items), 'post')} {'carries' if len(items) == 1 else 'carry'} the platform's "
            f"{'exact coordinates' if exact else 'place tag'}{_together(items, seed)}"
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
    if rest:
        result.findings.append(_summary(found, rest, platforms))
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

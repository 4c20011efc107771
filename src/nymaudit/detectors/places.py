"""Named places, postcodes, ZIP codes, coordinates and addresses in the writer's
own posts, aggregated into location clues (rules PLACE001-PLACE008)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from functools import cache, partial

from nymaudit.detectors import ScanContext
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule
from nymaudit.text import places as P
from nymaudit.text.gazetteer import distance_km, key_of
from nymaudit.text.normalize import MAX_SCAN_CHARS, Text, corpus_texts, snippet
from nymaudit.text.tally import Tally, where

SPOT_RULES = {
    "postcode": "PLACE004", "outward": "PLACE005", "zip": "PLACE006",
    "coordinates": "PLACE007", "what3words": "PLACE007",
    "street": "PLACE008", "street_residence": "PLACE008",
}
MAX_MENTIONS = 200_000  # bound memory on absurd corpora
# The country a record states by its postcodes and ZIP codes (text.places.Stated).
SPOT_COUNTRIES = {"postcode": "GB", "outward": "GB", "zip": "US"}


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        return _detect(ctx)
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        from nymaudit.model import Confidence, Severity

        note = Finding(
            rule="PLACE001", category="place", severity=Severity.INFO, confidence=Confidence.LOW,
            title="Place detection stopped early", message=f"place detection failed: {exc}",
            evidence="", location=Origin("(scan)"), advice="Report this as a bug.",
        )
        return DetectorResult(findings=[note])


def scan_texts(texts: list[Text], profiles: frozenset[tuple[str, str | None]] = frozenset(),
               homes: frozenset[tuple[str, str | None]] = frozenset(),
               clock: P.Clock | None = None, photos: P.Photos | None = None,
               boilerplate: dict[int, list[tuple[int, int]]] | None = None) -> list[Finding]:
    """``profiles``: (path, record) of the texts that are an account's profile (a bio), where
    an outward code standing alone gives the writer's area (text.places.spots). ``homes``: those
    that are a profile's location field, where every place named is the account's stated home
    (text.places.mentions). ``clock``: the UTC offsets the account's own records store, which
    weigh in on which namesake is meant (text.places.Clock); ``photos``: where the account's own
    photos were taken, which weigh in the same way (text.places.Photos, ``account_photos``).
    ``boilerplate``: ``id()`` of a text -> where licence boilerplate stands in it
    (``boilerplate_in``): nothing there is the writer's. A template's example line (an address
    at example.com, a 555-01xx number) gives no address, ZIP code or town (``example_units``)."""
    # (the post's origin, the mention, the text it is in): the origin counts posts; a
    # finding's location is the text's origin at the mention (with its line).
    all_mentions: list[tuple[Origin, P.Mention, Text]] = []
    spots = Tally()
    regions = Tally()
    unlisted: dict[str, list[tuple[P.Mention, Text]]] = {}  # names the gazetteer lacks, said as home
    stated = P.Stated()  # the countries each name's records state beside it (postcodes, "England")
    for item in texts:
        text = item.text
        if not text:
            continue
        home = (item.origin.path, item.origin.record) in homes if homes else False
        named: set[str] = set()  # the names this record gives
        countries: set[str] = set()  # the countries it states
        stated_regions: set[tuple[str, str]] = set()  # and the regions of them: ("GB", "ENG")
        profile = (item.origin.path, item.origin.record) in profiles if profiles else False
        found = P.spots(text, profile)
        # Left out: licence boilerplate (Project Gutenberg's Salt Lake City office), and a
        # template's example line with what it gives ("John Doe, 123 Main Street, Springfield,
        # IL 62701, john.doe@example.com": fourteenth session, red14 F8).
        skip = boilerplate.get(id(item), []) if boilerplate else []
        examples = example_units(text) if "@" in text or "555" in text else []  # most texts: neither
        if examples:
            # Only a unit whose address is all examples is a template's, and its town goes with it; a
            # real address beside a template's e-mail is the writer's (red15 F3, fifteenth session).
            skip = skip + template_units(text, examples, found)
        if skip:
            found = [s for s in found if not _inside(s.start, skip)]
        if len(all_mentions) < MAX_MENTIONS:
            for m in P.unlisted_homes(text):
                if skip and _inside(m.start, skip):
                    continue
                unlisted.setdefault(m.key, []).append((m, item))
            for m in P.mentions(text, home):
                if skip and _inside(m.start, skip):
                    continue
                if m.kind == "place":
                    named.add(m.key)
                elif m.kind in ("country", "region") and P.states_country(text, m):
                    countries.add(m.candidates[0].country)  # "in England", not "England lost"
                    if region := P.stated_region(m):
                        stated_regions.add(region)
                if m.kind in ("place", "person"):  # a name's uses as a person weigh it (P.resolve)
                    all_mentions.append((item.origin, m, item))
                elif m.cue == "residence" or m.kind == "region":
                    kind = "country" if m.kind == "country" else "location"
                    label = m.candidates[0].name + (
                        f" ({m.candidates[0].country})" if m.kind == "region" else ""
                    )
                    # A profile's "Backend dev in Lower Silesia" says where the account is (walk16 item 14,
                    # sixteenth session, plc16b: named once without "I live in", it was left out as chatter).
                    said = m.cue == "residence" or (profile and m.kind == "region" and m.cue == "locative")
                    regions.add("PLACE003", f"{m.key}|{said}", label,
                                snippet(text, m.start, m.end), partial(item.at, m.start), kind=kind,
                                residence=said)
        for s in found:
            rule_id = SPOT_RULES[s.kind]
            spots.add(rule_id, s.value.lower(), s.value, snippet(text, s.start, s.end),
                      partial(item.at, s.start), kind=s.kind)
            if s.kind in SPOT_COUNTRIES:
                countries.add(SPOT_COUNTRIES[s.kind])
                if s.kind in ("postcode", "outward") and (area := P.postcode_region(s.value)):
                    stated_regions.add(("GB", area))  # NE: England, BT: Northern Ireland
        if named:
            stated.add(named, countries, stated_regions)
    # Public bodies' hosts the account links to (leeds.gov.uk) break a tie the account's own places
    # leave open; never in quoted text, never against the account's own evidence (_left_open).
    linked = P.linked_countries(_own_links(texts))
    widened: dict[int, P.Mention] = {}  # id() of a mention a link narrowed -> the mention as written
    resolved = None  # resolve()'s result when no link changes a mention: not worked out twice
    if linked:
        linked, resolved = _left_open(all_mentions, linked, clock, photos, stated)
    if linked:
        resolved = None
        settled = []
        for it in all_mentions:
            if it[1].key in linked:
                m = P.settled_by_links(it[1], linked)
                if m is not it[1]:
                    widened[id(m)] = it[1]
                    it = (it[0], m, it[2])
            settled.append(it)
        all_mentions = settled
    findings = _place_findings(all_mentions, widened, resolved, clock, photos, stated)
    findings.extend(_unlisted_findings(unlisted))
    findings.extend(_region_findings(regions))
    findings.extend(_spot_findings(spots))
    return findings


def _detect(ctx: ScanContext) -> DetectorResult:
    texts = corpus_texts(ctx.corpus)
    truncated = [t for t in texts if t.truncated]
    # A note for the report: how much text the text detectors read.
    section = {
        "posts_scanned": len(texts),
        "posts_truncated": len(truncated),
        "scan_limit_chars": MAX_SCAN_CHARS,
        "truncated_examples": [t.origin.as_dict() for t in truncated[:5]],
    }
    profiles = frozenset((p.origin.path, p.origin.record) for p in ctx.corpus.posts
                         if not p.is_post and isinstance(p.extra, dict) and p.extra.get("profile"))
    homes = frozenset((p.origin.path, p.origin.record) for p in ctx.corpus.posts
                      if (p.origin.path, p.origin.record) in profiles and _home_field(p.extra))
    photos = account_photos(ctx.corpus.posts, ctx.earlier_findings)
    findings = scan_texts(texts, profiles, homes, account_clock(ctx.corpus.posts), photos,
                          boilerplate_in(texts, ctx.corpus.posts))
    return DetectorResult(findings=findings, sections={"text_scan": section})


# Spots that are an address (a street, a postcode or ZIP code): in a template's example line they
# are the example's, as is the town named beside them.
ADDRESS_KINDS = frozenset({"postcode", "outward", "zip", "street", "street_residence"})


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def boilerplate_in(texts: list[Text], posts: list) -> dict[int, list[tuple[int, int]]]:
    """Where licence boilerplate stands in each normalised text: ``id()`` of a text -> (start,
    end) offsets in ``text.text``, from ``contact.boilerplate_spans`` (offsets in ``Post.text``).
    A text is its post's by origin (``post_texts`` keeps the post's Origin); an offset inside
    the body is found by normalising the body up to it. Spans with only white space between them
    are one (30,000 lines of "Licensed under Creative Commons." are one span, not 30,000 prefixes
    normalised: review rev14d item 1), and at most ``MAX_MAPPED_SPANS`` spans of a text are
    mapped: past them a notice is read as text (a clue too many, never a scan that hangs)."""
    from nymaudit.detectors.contact import boilerplate_spans
    from nymaudit.text.normalize import normalize

    raw_spans = boilerplate_spans(posts)
    if not raw_spans:
        return {}
    by_origin = {id(post.origin): (post, raw_spans[id(post)]) for post in posts if id(post) in raw_spans}
    out: dict[int, list[tuple[int, int]]] = {}
    for item in texts:
        found = by_origin.get(id(item.origin))
        if found is None:
            continue
        post, spans = found
        raw = post.text if isinstance(post.text, str) else ""
        head = len(item.text) - len(normalize(raw)[0])  # the title and content warning put before
        mapped = []
        for start, end in _merged(raw, spans)[:MAX_MAPPED_SPANS]:
            begin = head if start <= 0 else head + len(normalize(raw[:start])[0])
            stop = len(item.text) if end >= len(raw) else head + len(normalize(raw[:end])[0])
            mapped.append((begin, stop))
        out[id(item)] = mapped
    return out


# Each span mapped costs two normalisations of the text before it: a bound keeps a hostile text of
# many notices (each between words of its own) to a few seconds.
MAX_MAPPED_SPANS = 64


def _merged(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping ones and ones with only white space between them made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not raw[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# An e-mail address's host after its "@"; a US number in the 555 exchange.
# An e-mail address's host (at least one dot) after an "@" that ends a local part; a US number in
# the 555 exchange.
_AT_HOST = re.compile(r"(?<=[\w.+-])@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})")
_NUMBER_555 = re.compile(r"(?<![\d+])(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?555[ .-]?\d{4}(?!\d)")
# A sentence's end within a line: ". " before a capital, a digit or an opening quote or bracket.
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]\u201d\u2019]*\s+(?=[\"'(\[\u201c\u2018]*[A-Z0-9])")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# Bounds for hostile text (a megabyte of "a@b.example" or of sentences): the examples looked at in
# one text, the candidates tried, and how far a sentence is looked for either side of one.
MAX_EXAMPLES = 50
MAX_CANDIDATES = 1_000
SENTENCE_WINDOW = 2_000


def example_units(text: str) -> list[tuple[int, int]]:
    """The sentences, lines or address blocks of ``text`` holding a value reserved for examples:
    an e-mail address at example.com, .test, .invalid... or a 555-0100 to 555-0199 number
    (``contact.example_address``, ``contact.fictional_number``). The caller tests for "@" and
    "555" first: most texts hold neither."""
    hits: list[tuple[int, int]] = []
    if "@" in text:
        from nymaudit.detectors.contact import example_address

        for tried, m in enumerate(_AT_HOST.finditer(text)):
            if tried >= MAX_CANDIDATES or len(hits) >= MAX_EXAMPLES:
                break
            if example_address(m.group(1)):
                hits.append((m.start(), m.end()))
    if "555" in text:
        from nymaudit.detectors.contact import fictional_number

        for tried, m in enumerate(_NUMBER_555.finditer(text)):
            if tried >= MAX_CANDIDATES or len(hits) >= 2 * MAX_EXAMPLES:
                break
            digits = re.sub(r"\D", "", m.group(0))
            if fictional_number(("+" if m.group(0).startswith("+") else "") + digits):
                hits.append((m.start(), m.end()))
    return [_unit(text, start, end) for start, end in hits]


def template_units(text: str, units: list[tuple[int, int]], found: list[P.Spot]) -> list[tuple[int, int]]:
    """The ``units`` (of ``example_units``) that are a template's example line: holding an address
    (a street, postcode or ZIP code of ``found``) all of whose details are examples (``[examples]`` of
    places.toml: a placeholder street, a placeholder code or one right after a placeholder town, and
    no e-mail address but example ones). "Example: John Doe, 123 Main Street, Springfield, IL 62701,
    john.doe@example.com" is one; "14 Kirkby Road, Leeds LS6 2AB · email: your.name@example.com" is
    not: its writer filled in the address before the e-mail (red team red15 F3, fifteenth session: the
    address was dropped with the example and the CV gave nothing)."""
    out = []
    for unit in units:
        inside = [s for s in found if s.kind in ADDRESS_KINDS and unit[0] <= s.start < unit[1]]
        if inside and all(_example_detail(text, s, unit[0]) for s in inside) and not _real_email(text, unit):
            out.append(unit)
    return out


_STREET_NUMBER = re.compile(r"\d+[A-Za-z]?|[Xx]+")


def _example_detail(text: str, spot: P.Spot, unit_start: int) -> bool:
    """The street, postcode or ZIP code ``spot`` is a template's placeholder: "123 Main Street", "Any
    Street", "12345", "AB1 2CD", or a code after a placeholder town ("Springfield, IL 62701")."""
    d = P.data()
    if spot.kind in ("street", "street_residence"):
        words = spot.value.split()
        number = words.pop(0).lower() if words and _STREET_NUMBER.fullmatch(words[0]) else ""
        words = [w for w in words[:-1] if w.rstrip(".").upper() not in ("N", "S", "E", "W")]  # less the type
        name = " ".join(words).lower()
        if name not in d.example_street_names:
            return False
        return name not in d.example_ordinary_streets or number in d.example_street_numbers
    value = " ".join(spot.value.lower().split())
    if value in d.example_codes or value.rsplit(" ", 1)[-1] in d.example_codes:
        return True
    town = _example_town_before()
    return town is not None and town.search(text, max(unit_start, spot.start - 40), spot.start) is not None


@cache
def _example_town_before() -> re.Pattern[str] | None:
    """A placeholder town (``[examples]`` towns) ending right before a code: "Springfield, ", "Anytown "."""
    towns = sorted(P.data().example_towns, key=len, reverse=True)
    if not towns:
        return None
    names = "|".join(r"[ ]+".join(map(re.escape, town.split())) for town in towns)
    return re.compile(rf"(?i)\b(?:{names}),?[ ]*$")


def _real_email(text: str, unit: tuple[int, int]) -> bool:
    """The unit holds an e-mail address at a host not reserved for examples: a real detail."""
    if "@" not in text[unit[0] : unit[1]]:
        return False
    from nymaudit.detectors.contact import example_address

    return any(not example_address(m.group(1)) for m in _AT_HOST.finditer(text, unit[0], unit[1]))


def _unit(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` within its line; or, when that line is short and
    stands among other short lines with no sentence in them, their block (an address block)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    block = _block(text, line_start, line_end)
    if block is not None:
        return block
    begin, stop = max(line_start, start - SENTENCE_WINDOW), min(line_end, end + SENTENCE_WINDOW)
    for m in _SENTENCE_END.finditer(text, begin, stop):
        word = _LAST_WORD.search(text, max(line_start, m.start() - 12), m.start() + 1)
        if word is not None and word.group(1).lower() in P.data().example_abbreviations:
            continue  # "Main St. Springfield": no sentence ends there
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            stop = m.start()
            break
    return begin, stop


def _short_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a line of an address block: not blank, short, no sentence in it."""
    most = P.data().example_block_line_chars
    if end - start > 4 * most:
        return False  # not even copied (a megabyte-long line)
    stripped = text[start:end].strip()
    return (bool(stripped) and len(stripped) <= most
            and _SENTENCE_END.search(stripped + " A") is None)


def _block(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The block of short lines around the line at ``line_start`` (up to ``[examples]
    block_lines`` of places.toml either way, to a blank line), or None when that line is no such
    line or stands alone."""
    if not _short_line(text, line_start, line_end):
        return None
    begin, stop, most = line_start, line_end, P.data().example_block_lines
    for _ in range(most):
        if begin == 0:
            break
        previous = text.rfind("\n", 0, begin - 1) + 1
        if not _short_line(text, previous, begin - 1):
            break
        begin = previous
    for _ in range(most):
        if stop >= len(text):
            break
        following = text.find("\n", stop + 1)
        following = len(text) if following < 0 else following
        if not _short_line(text, stop + 1, following):
            break
        stop = following
    return (begin, stop) if (begin, stop) != (line_start, line_end) else None


def _home_field(extra: dict) -> bool:
    """A profile's field that states where the account is: X's "location", a Mastodon field
    labelled "Location", "Home" or "Based in", a blog theme's "author.location"
    (``[profile]`` home_fields of places.toml)."""
    key = str(extra.get("config_key", "")).removeprefix("field:").rpartition(".")[2].lower()
    return " ".join(re.findall(r"[a-z]+", key)) in P.data().home_fields


def account_clock(posts: list) -> P.Clock | None:
    """The UTC offsets the account's own records store, each at its moment (text.places.Clock).
    +00:00 counts only from a blog's configured zone, or beside another offset when none of
    them falls in the British summer (a London, Dublin or Lisbon clock in winter): otherwise it
    is as likely a tool writing UTC (TIME007's zero_in_summer reads it the same way; a Dublin
    site whose posts all store +00:00, April to August too, beside one draft at +01:00 made
    Ballymun "off the clock" in a first version)."""
    from nymaudit.detectors.timing import zero_in_summer

    samples: list[tuple[datetime, int]] = []
    zeros: list[tuple[datetime, int]] = []
    bare = []  # the records of the zeros, for zero_in_summer
    for post in posts:
        offset, moment = post.stated_offset_minutes, post.timestamp
        if not isinstance(offset, int) or moment is None or moment.tzinfo is None:
            continue
        extra = post.extra if isinstance(post.extra, dict) else {}
        if offset == 0 and extra.get("offset_source") != "site configuration":
            zeros.append((moment, 0))
            bare.append(post)
        else:
            samples.append((moment, offset))
    if not samples:
        return None
    return P.Clock.of(samples if zero_in_summer(bare) else samples + zeros)


# Photo formats: a GPS position in a document's picture, a GPX track or a contact card is no photo
# the account took where it lives (a picture inside someone else's report, a route, an address).
_PHOTO_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".heic", ".heif", ".avif", ".webp", ".png", ".tif", ".tiff",
                   ".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2", ".raf", ".pef", ".srw", ".mov",
                   ".mp4", ".m4v", ".3gp")
_FIELD = re.compile(r"(?:^|; )([A-Za-z][\w-]*)=([^;]*)")
_GPS = re.compile(r"(-?\d{1,2}(?:\.\d+)?), (-?\d{1,3}(?:\.\d+)?)")
# A photo's metadata fields that say where it was taken (XMP photoshop:City/State/Country,
# Iptc4xmpCore:CountryCode and LocationCreated, IPTC's City/Province-State/Country): not
# LocationShown (what the picture shows) or the creator's contact address.
_COUNTRY_FIELDS = frozenset({"Country", "CountryCode", "Country-PrimaryLocationName",
                             "Country-PrimaryLocationCode", "LocationCreatedCountryName",
                             "LocationCreatedCountryCode", "LocationCreatedCountry"})
_STATE_FIELDS = frozenset({"State", "Province-State", "LocationCreatedProvinceState", "LocationCreatedState"})


def account_photos(posts: list, earlier: list[Finding] | tuple[Finding, ...]) -> P.Photos | None:
    """Where the account's own photos were taken: the GPS positions (META010) and City, State
    and Country fields (META015) the metadata detector found in its attached photos, and the
    positions the platform stored with its posts (their Geotag, META001). Left out: a file
    whose metadata credits a picture agency or a source (``[photos]`` of places.toml: someone
    else's picture), and what is not a photo (a picture inside a document, a GPS track). A
    finding that stands for several files (metadata.same_facts) counts each of them."""
    points: list[tuple[float, float, str, float]] = []
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for post in posts:
        tag = post.geotag
        if tag is None:
            continue
        code = (tag.country_code or "").upper() or (P.country_code(tag.country) if tag.country else None)
        if tag.latitude is not None and tag.longitude is not None:
            code = code or _country_at(tag.latitude, tag.longitude)
            if code:
                points.append((tag.latitude, tag.longitude, code, 1.0))
        if code:
            countries[code] += 1
    if earlier:
        taken = _photo_places(earlier)
        points.extend(taken[0])
        countries.update(taken[1])
        regions.update(taken[2])
    return P.Photos.of(points, countries, regions)


def _photo_places(earlier: list[Finding] | tuple[Finding, ...]) -> tuple[
        list[tuple[float, float, str, float]], Counter[str], Counter[tuple[str, str]]]:
    """The positions, countries and regions of the attached photos' metadata findings."""
    points: list[tuple[float, float, str, float]] = []
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    stock, unnamed = _stock_files(earlier)
    for f in earlier:
        if f.rule not in ("META010", "META015") or f.location.path in stock:
            continue
        if not f.location.path.lower().endswith(_PHOTO_SUFFIXES):
            continue
        if f.clue is not None and f.clue.kind == "contact":
            continue
        files = f.clue.count if f.clue is not None else 1
        fields = dict(_FIELD.findall(f.evidence))
        if f.rule == "META010":
            m = _GPS.match(fields.get("GPSPosition", fields.get("GPSCoordinates", "")).strip())
            if m is None:
                continue
            lat, lon = float(m.group(1)), float(m.group(2))
            code = _nearest_country(fields.get("NearestPlace", "")) or _country_at(lat, lon)
            if code:
                points.append((lat, lon, code, float(files)))
                countries[code] += files
            continue
        code = next((c for name, value in fields.items() if name in _COUNTRY_FIELDS
                     and (c := P.country_code(value))), None)
        if code is None:
            continue
        countries[code] += files
        state = next((r for name, value in fields.items() if name in _STATE_FIELDS
                      and (r := P.region_code(value, code))), None)
        if state is not None:
            regions[(code, state)] += files
    total = sum(countries.values())
    if unnamed and total:
        # A credit several files share is one finding located at the first of them
        # (metadata.same_facts): the others are not known by name, so the photos' evidence is
        # taken down by their number, spread evenly (an agency's pictures among the account's
        # own leave less to go on, never more).
        keep = max(0.0, (total - unnamed) / total)
        points = [(lat, lon, code, n * keep) for lat, lon, code, n in points]
        countries = Counter({k: v * keep for k, v in countries.items()})
        regions = Counter({k: v * keep for k, v in regions.items()})
    return points, countries, regions


def _stock_files(earlier: list[Finding] | tuple[Finding, ...]) -> tuple[set[str], int]:
    """The files whose metadata credits a picture agency or wire service with the picture (one of
    ``[photos] stock_words`` named as author, copyright holder, Credit or Source), and how many
    more such files the findings stand for without naming them (a finding grouped over several
    files). A Credit or Source field alone is no agency's: Lightroom and photo desks write the
    photographer's own name there ("Credit=Rowan Ashby" beside "Copyright=(c) Rowan Ashby"), and
    the writer's own photos were dropped (rev14a item 6, fourteenth session)."""
    words = P.data().stock_words
    named: set[str] = set()
    unnamed = 0
    if words is None:
        return named, unnamed
    for f in earlier:
        if f.rule not in ("META012", "META020"):
            continue
        if words.search(f.evidence):
            named.add(f.location.path)
            unnamed += (f.clue.count - 1) if f.clue is not None else 0
    return named, unnamed


def _nearest_country(nearest: str) -> str | None:
    """The country code of metadata's NearestPlace ("Hamilton, NZ, 1 km away")."""
    parts = [p.strip() for p in nearest.split(",")]
    return parts[-2] if len(parts) >= 3 and len(parts[-2]) == 2 and parts[-2].isupper() else None


def _country_at(lat: float, lon: float) -> str | None:
    from nymaudit.metadata.places import nearest

    try:
        found = nearest(lat, lon)
    except Exception:  # noqa: BLE001 - no data: the position says no country
        return None
    return found[1] if found is not None and found[2] <= 300 else None


def _photos_note(res: P.Resolved, photos: P.Photos | None) -> str:
    """Why the account's own photos weigh in on which place of a name is meant: said when the
    name has places elsewhere that the photos fit less well."""
    if photos is None or res.photo_fit <= 0.0 or not res.mentions:
        return ""
    others = [p for p in P.places_of(res.mentions[0][1]) if p != res.place]
    if not any(photos.fit(p) < res.photo_fit for p in others):
        return ""
    count = round(photos.files)
    what = f"{count} photos are" if count > 1 else "photo is"
    how = "geotagged" if photos.points else "tagged with a place"  # GPS, or only City/Country fields
    return (f"the account's own {what} {how} in {photos.where(res.place)}, which weighs in on "
            "which place of that name is meant")


# Lines of someone else's words in a post ("> quoted", a Mastodon blockquote): their links are theirs.
_QUOTE_LINE = re.compile(r"^[ \t]*>.*$", re.M)
_HOST = re.compile(r"(?i)(?:https?://)?([^/\s?#]+)")


def _top_levels() -> tuple[str, ...]:
    """The endings of ``[domains]``' suffixes (".uk", ".au", ".nz"...): a text without one
    links to no public body (a cheap test before the host pattern)."""
    return tuple(sorted({"." + suffix.rsplit(".", 1)[-1] for suffix in P.data().domain_country}))


def _own_links(texts: list[Text]) -> list[str]:
    """The texts and stored links of the account that may name a public body's host (".uk",
    ".au", ...), less quoted lines and the links found in them (a shared university news page
    or job ad is someone else's; rev12d, twelfth session)."""
    out: list[str] = []
    tops = _top_levels()
    if not tops:
        return out

    def may_link(text: str) -> bool:
        return any(top in text for top in tops)

    for item in texts:
        text = item.text
        quoted = ""
        if ">" in text and may_link(text):
            quoted = " ".join(_QUOTE_LINE.findall(text)).lower()
            text = _QUOTE_LINE.sub("", text)
        if may_link(text):
            out.append(text)
        for u in item.urls or ():
            if not may_link(u):
                continue
            host = _HOST.match(u.strip())
            if quoted and host is not None and host.group(1).lower().removeprefix("www.") in quoted:
                continue  # the link of a quoted post
            out.append(u)
    return out


def _left_open(all_mentions: list[tuple[Origin, P.Mention, Text]], linked: dict[str, str],
               clock: P.Clock | None = None, photos: P.Photos | None = None,
               stated: P.Stated | None = None,
               ) -> tuple[dict[str, str], dict[P.Place, P.Resolved] | None]:
    """The linked names whose place the account's own names leave open: a link to durham.ac.uk
    says nothing of where its sharer lives, so it never moves "Durham" beside Raleigh and
    Chapel Hill to England (rev12d, twelfth session: it did, at high confidence). A name stays
    as the account's other names place it when one of them is in the same region as the
    choice made without the link, or when that choice is already in the linked country."""
    keep: dict[str, str] = {}
    for _, m, _ in all_mentions:  # only names whose places the link narrows
        if m.key in linked and m.key not in keep and P.settled_by_links(m, linked) is not m:
            keep[m.key] = linked[m.key]
    if not keep:
        return keep, None
    resolved = P.resolve(all_mentions, clock, photos, stated)
    for res in resolved.values():
        keys = {it[1].key for it in res.mentions}
        for key in keys & keep.keys():
            if res.place.country == keep[key]:
                del keep[key]  # nothing to break; narrowing it would only raise confidence
                continue
            region = (res.place.country, res.place.admin1)
            if any((other.place.country, other.place.admin1) == region
                   and not {it[1].key for it in other.mentions} & keys for other in resolved.values()):
                del keep[key]  # "Drove from Durham to Raleigh": the account's own evidence
    return keep, resolved


def _place_findings(all_mentions: list[tuple[Origin, P.Mention, Text]],
                    widened: dict[int, P.Mention] | None = None,
                    resolved: dict[P.Place, P.Resolved] | None = None,
                    clock: P.Clock | None = None, photos: P.Photos | None = None,
                    stated: P.Stated | None = None) -> list[Finding]:
    """``widened``: each mention a link narrowed (by id()) as written, before: the link chose
    among its places, but the confidence is that of the name as the account gives it.
    ``resolved``: P.resolve(all_mentions) when already worked out."""
    widened = widened or {}
    if not all_mentions:
        return []
    d = P.data()
    resolved = P.resolve(all_mentions, clock, photos, stated) if resolved is None else resolved
    findings: list[Finding] = []
    clusters = P.cluster(resolved, d.radius_km)
    total_mentions = sum(c.count for c in clusters)
    doubts = _doubts(clusters, total_mentions, d)
    doubted = {r.place: main for index, main in doubts.items() for r in clusters[index].members}
    # Residence statements: one finding per place.
    for res in resolved.values():
        homes = [it for it in res.mentions if it[1].cue == "residence"]
        # A daily trip in from a place ("cycling in from Marchmont every morning": walk16 item 5, plc16b)
        # says home less plainly: medium confidence at most, and said as a trip.
        trips = [it for it in res.mentions if it[1].cue == "commute"] if not homes else []
        homes = homes or trips
        if not homes:
            continue
        _, m, item = homes[0]
        every = P.places_of(m)
        ambiguous = len(P.places_of(widened.get(id(m), m))) > 1
        # Lines only for what is shown: `where` names no location for one statement.
        first = item.at(m.start)
        shown = [first] + [h[2].at(h[1].start) for h in homes[1:3]] if len(homes) > 1 else []
        main = doubted.get(res.place)
        local = res.off_clock and _lacking(every, d)  # off the clock and small: a name the gazetteer lacks
        written = _written([res])
        # A home far from everything else the account names: the name, not a namesake's region.
        value = written if local else _as_written(written, res.place, P.label(
            res.place, tuple(p for p in every if p != res.place) if main else res.namesakes))
        message = (f"Says they travel in from {value} as a routine (most likely from home), "
                   f"{where(shown, len(homes), 'statement')}." if trips else
                   f"Says they live in or come from {value}, {where(shown, len(homes), 'statement')}.")
        if main is not None:
            message = _and(message, "the gazetteer's places of that name are far from the account's other "
                           f"places, mostly near {_cluster_label(main)}, so "
                           "this may be a local name there that the gazetteer lacks")
        elif res.off_clock and clock is not None:
            message = _and(message, _off_clock_note(res, every, clock, local))
        elif note := _namesakes_note(res, clock):
            message = _and(message, note)
        if photo_note := _photos_note(res, photos):
            message = _and(message, photo_note)
        # A daily trip in from a country none of the account's other places is in ("The tram from
        # Piccadilly", placed in Western Australia, beside posts about Leeds): likelier a namesake or a
        # trip (rev16d item 3, sixteenth session, fxT2). Low, and said.
        apart = bool(trips) and _trip_abroad(res, resolved)
        if apart:
            message = _and(message, "none of the account's other places is in that country, so this may be "
                           "a namesake or a trip rather than a daily journey from home")
        findings.append(rule("PLACE002").finding(
            message,
            snippet(item.text, m.start, m.end), first,
            clue_value=value,
            severity="low" if apart else None,
            confidence="low" if local or apart else (
                "medium" if ambiguous or main is not None or res.off_clock or trips else "high"),
        ))
    for index, c in enumerate(clusters[: d.max_clusters]):
        members = sorted(c.members, key=lambda r: -len(r.mentions))
        centre = c.members[0]  # the place the cluster was started from
        _, first_m, first_item = members[0].mentions[0]
        names = ", ".join(f"{_written([r])} ×{len(r.mentions)}" for r in members[:6])
        origins = list(dict.fromkeys(it[0] for r in members for it in r.mentions))
        posts = len(origins)
        count = c.count
        main = doubts.get(index)
        # A doubted name is likelier none of the gazetteer's places of that name: its
        # label keeps only what they all share ("Parklands", not "(Western Australia, AU)").
        every = tuple(P.places_of(centre.mentions[0][1])) if main is not None else ()
        local = centre.off_clock and len(members) == 1 and _lacking(P.places_of(centre.mentions[0][1]), d)
        written = _written([centre])
        if every:
            value = _as_written(written, centre.place, P.label(centre.place, tuple(p for p in every
                                                                                   if p != centre.place)))
        else:
            value = written if local else _as_written(written, centre.place,
                                                      P.label(centre.place, centre.namesakes))
        unsettled = any(p.country != centre.place.country for p in centre.namesakes)
        if (main is not None or unsettled) and len(members) == 1 and count > 1:
            # No "within 15 km of" a name that may be none of the gazetteer's places.
            message = f"Names {value} {count} times {where(origins[:3], posts)}."
        elif len(members) > 1 or count > 1:
            message = (f"{count} mentions within {d.radius_km:g} km of {value}: {names} "
                       f"{where(origins[:3], posts)}.")
        else:
            message = f"Names {value} {where(origins[:3], posts)}."
        severity = "high" if count >= 5 else "medium" if count >= 2 else "low"
        as_given = [widened.get(id(it[1]), it[1]) for r in members for it in r.mentions]
        ambiguous = any(len([p for p in m.candidates if p.kind == "place"]) > 1
                        and m.candidates[0].population < 10 * _second_pop(m) for m in as_given)
        cued = sum(1 for r in members for it in r.mentions if it[1].cue)
        confidence = "high" if count >= 3 and cued and not ambiguous else (
            "low" if count == 1 and (not cued or ambiguous) else "medium")
        if confidence == "high" and not any(it[1].cue in _PREPOSITION for r in members for it in r.mentions) \
                and any(_equivocal(m, d) for m in as_given):
            # A name with namesakes or a person's name, never after "in", "at", "to"... in the whole
            # account ("Florence station", "Florence airport"): sure of the place, not of which or
            # whether (twelfth session, note11: such a name reached high).
            confidence = "medium"
        if unsettled:
            confidence = "low"  # not even the country is settled: the label names none
        if not any(it[1].form == "cased" or it[1].cue for r in members for it in r.mentions):
            # Hashtags alone (#lyon): a lower-case or ALL-CAPS name with no cue is less
            # sure than a capitalised one ("#lyon" may be the football club).
            confidence = "medium" if confidence == "high" else "low"
        if main is not None:
            # The rest of the account is elsewhere: a suburb the gazetteer lacks is
            # likelier than this far-away village.
            away = min(distance_km(p, main.centre) for p in every)
            where_main = _cluster_label(main)
            # Notes go on after a semicolon: a redacted report masks every capitalised
            # word but the opening verb, and "The" would become "***".
            if len(every) > 1:
                message = _and(message, f"the gazetteer's places of that name, in {_regions(every)}, "
                               f"are {away:,.0f} km or more from the account's other places, mostly "
                               f"near {where_main}, so this may be a local name there that the "
                               "gazetteer lacks")
            else:
                message = _and(message, f"the account's other places are mostly near {where_main}, "
                               f"{away:,.0f} km away, so this may be a local name there that the "
                               "gazetteer lacks")
            severity = "medium" if severity == "high" else severity
            confidence = "low"
        elif centre.off_clock and clock is not None:
            # The account's own clock says the writer is elsewhere: a trip, or a local name
            # the gazetteer lacks (walk13 item 3).
            message = _and(message, _off_clock_note(centre, P.places_of(centre.mentions[0][1]), clock, local))
            if local:  # as a doubted name above; a city named from elsewhere is still named
                severity = "medium" if severity == "high" else severity
                confidence = "low"
        elif note := _namesakes_note(centre, clock):
            message = _and(message, note)
        if photo_note := _photos_note(centre, photos):
            message = _and(message, photo_note)
        if confidence == "low" and severity == "high":
            # Named often, but which place (or whether a place at all) is unsure: an unsettled
            # name ("Golden" x9: Colorado, British Columbia, Ontario...) is no high-severity clue
            # (walk14 item 10, fourteenth session, plc14b), as a doubted one above.
            severity = "medium"
        findings.append(rule("PLACE001").finding(
            message, snippet(first_item.text, first_m.start, first_m.end), first_item.at(first_m.start),
            clue_value=value, severity=severity, confidence=confidence,
        ))
    rest = clusters[d.max_clusters :]
    if rest:
        total = sum(c.count for c in rest)
        _, m, item = rest[0].members[0].mentions[0]
        findings.append(rule("PLACE001").finding(
            f"{total} more mentions of {len(rest)} other areas, e.g. "
            + ", ".join(_cluster_label(c) for c in rest[:5]) + ".",
            snippet(item.text, m.start, m.end), item.at(m.start), severity="low", confidence="low",
        ))
    return findings


def _written(resolved: list[P.Resolved]) -> str:
    """The name as the account writes it most often ("Newcastle", not the gazetteer's "Newcastle
    upon Tyne"): what a user searches their own posts for."""
    said = Counter(it[1].surface.lstrip("#") for res in resolved for it in res.mentions)
    if not said:
        return resolved[0].place.name
    # As written in an ordinary sentence when it ever is ("Hull", "NYC"); a name only ever written
    # "hull", "HULL" or "#hull" as a name is written (any search for it finds those too).
    cased = Counter(it[1].surface for res in resolved for it in res.mentions if it[1].form == "cased")
    if cased:
        return cased.most_common(1)[0][0]
    most = said.most_common(1)[0][0]
    # A short name in capitals that is not the place's own name is an abbreviation ("NYC", "LA"):
    # kept as written, where "Nyc" or "La" would be no name at all (rev14a item 9).
    if most.isupper() and len(most) <= 3 and key_of(most) != key_of(resolved[0].place.name):
        return most
    return _capitalised(most)


def _capitalised(name: str) -> str:
    """"kingston upon hull" -> "Kingston upon Hull": each word capitalised but the small ones."""
    small = {"upon", "on", "in", "of", "the", "and", "under", "by", "de", "la", "le"}
    words = name.lower().split(" ")
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _cluster_label(c: P.Cluster) -> str:
    """A cluster named by the place it was started from, as the account writes it."""
    first = c.members[0]
    return _as_written(_written([first]), c.centre, P.label(c.centre, first.namesakes))


def _as_written(written: str, place: P.Place, label: str) -> str:
    """``label`` ("Newcastle upon Tyne (England, GB)") led by the name as written when the
    gazetteer's differs: "Newcastle (Newcastle upon Tyne, England, GB)" (fourteenth session,
    plc14 item 3: users search their posts for what the report names). A label that settles
    no place (namesakes as likely: the bare name) is the name as written alone."""
    if key_of(written) == key_of(place.name):
        return label
    if not label.startswith(place.name):
        return label  # a label of a place's own making (a doubted name's): left as it is
    rest = label[len(place.name):].strip()
    if not rest:
        return written  # unsettled: "Newcastle", not one of its places' full names
    if len(rest) == 4 and rest[1:3].isupper():
        # Unsettled within one country (P.label: the country alone): "Newcastle (GB)", not the
        # largest's full name, which the message says nothing settles (rev14a item 8).
        return f"{written} {rest}"
    return f"{written} ({place.name}, {rest[1:-1]})" if rest.startswith("(") else f"{written} ({place.name})"


# Cues that are a place preposition before the name (residence: "live in"; locative: "in", "near";
# weak: "to", "at", "from"), not a word after it ("station") or none.
_PREPOSITION = frozenset({"residence", "locative", "weak"})


def _equivocal(m: P.Mention, d: P._Data) -> bool:
    """The name has namesakes the ambiguity test counts (one of at least a tenth of its largest
    place's people: not Bradford, England's villages of that name; rev12d, twelfth session), or is
    a person's name (either list: Sheffield, Sir Walter's Raleigh) or an ordinary word."""
    places = [p for p in m.candidates if p.kind == "place"]
    return (len(places) > 1 and m.candidates[0].population < 10 * _second_pop(m)) \
        or m.key in d.lower_person or any(p.common_word for p in places)


def _regions(places: tuple[P.Place, ...] | list[P.Place], most: int = 4) -> str:
    """"England (GB), Maine (US) and New Hampshire (US)": each region once, the first few."""
    regions = list(dict.fromkeys(_region(p) for p in places))
    if len(regions) > most:
        return ", ".join(regions[:most]) + f" and {len(regions) - most} more"
    return regions[0] if len(regions) == 1 else ", ".join(regions[:-1]) + " and " + regions[-1]


def _region(place: P.Place) -> str:
    region, _, country = P.region_label(place).rpartition(", ")
    return f"{region} ({country})" if region else country


def _and(message: str, note: str) -> str:
    """``message`` (a sentence) continued with ``note`` after a semicolon."""
    return f"{message.removesuffix('.')}; {note}."


def _namesakes_note(res: P.Resolved, clock: P.Clock | None = None) -> str:
    """What the report says when the account does not settle which place a name means, and
    which namesakes the account's own clock rules out."""
    ruled = _off_clock_namesakes(res, clock)
    if not res.namesakes:
        return (f"{_clock_words(clock)} rule out the places of that name in "
                f"{_regions(ruled)}") if ruled and clock is not None else ""
    # The largest first: the main candidates by population.
    every = tuple(sorted((res.place, *res.namesakes), key=lambda p: -p.population))
    if len({P.region_label(p) for p in every}) < 2:
        return ""  # the namesakes share the region the label gives
    note = (f"places of that name are in {_regions(every)}, and nothing else the account "
            "names settles which one is meant")
    if ruled and clock is not None:
        note += f" ({_clock_words(clock)} rule out those in {_regions(ruled)})"
    return note


def _off_clock_namesakes(res: P.Resolved, clock: P.Clock | None) -> list[P.Place]:
    """The name's other places whose time zone does not show the account's clock, largest first."""
    if clock is None or not res.mentions or P._sure(P.places_of(res.mentions[0][1])):
        return []  # settled by its size (Dublin, Ireland beside Dublin, Ohio): the clock had no say
    kept = {res.place, *res.namesakes}
    return sorted((p for p in P.places_of(res.mentions[0][1]) if p not in kept and clock.fits(p) is False),
                  key=lambda p: -p.population)


def _clock_words(clock: P.Clock) -> str:
    return f"the UTC offsets the account's own records store ({clock.label()})"


def _lacking(places: list[P.Place] | tuple[P.Place, ...], d: P._Data) -> bool:
    """Every place of the name is small (``doubt_population``): off the account's clock, the
    name is likelier a local one the gazetteer lacks than that far-away village."""
    return bool(places) and all(p.population < d.doubt_population for p in places)


def _trip_abroad(res: P.Resolved, resolved: dict[P.Place, P.Resolved]) -> bool:
    """The account names other places and none of them is in ``res``'s country."""
    others = {r.place.country for p, r in resolved.items() if p != res.place and r.place.country}
    return bool(others) and res.place.country not in others


def _off_clock_note(res: P.Resolved, every: list[P.Place] | tuple[P.Place, ...], clock: P.Clock,
                    local: bool) -> str:
    """Why a place the account names does not fit where its own clock is."""
    where_ = _regions(list(every) or [res.place])
    if local:
        return (f"the gazetteer's places of that name, in {where_}, keep other hours than "
                f"{_clock_words(clock)}, so this is likely a local name that the gazetteer lacks")
    return (f"its time zone does not show {_clock_words(clock)}: named from elsewhere, or a namesake the "
            "gazetteer lacks")


def _unlisted_findings(unlisted: dict[str, list[tuple[P.Mention, Text]]]) -> list[Finding]:
    """PLACE002 for names the gazetteer lacks said as the writer's home ("I live in Leith."): the
    name is the leak whoever knows it recognises, but nymaudit cannot say where it is or be sure
    it is a place (walk13 item 5, thirteenth session)."""
    findings = []
    for said in list(unlisted.values())[:MAX_UNLISTED]:
        m, item = said[0]
        first = item.at(m.start)
        shown = [first] + [it.at(other.start) for other, it in said[1:3]] if len(said) > 1 else []
        says = ("Says they travel in from {} as a routine (most likely from home)" if m.cue == "commute"
                else "Says they live in or come from {}").format(m.surface)
        findings.append(rule("PLACE002").finding(
            f"{says}, {where(shown, len(said), 'statement')}; "
            "nymaudit's gazetteer has no place of that name, so it cannot say where that is or be "
            "sure it is a place, but anyone who knows a district or village of that name can.",
            snippet(item.text, m.start, m.end), first, clue_value=m.surface,
            severity="medium", confidence="low",
        ))
    return findings


MAX_UNLISTED = 20  # findings for names the gazetteer lacks: enough to make the point


def _doubts(clusters: list[P.Cluster], total: int, d: P._Data) -> dict[int, P.Cluster]:
    """The clusters likely to be a local name the gazetteer lacks, each with the
    cluster of the account's other places it is judged against. The largest cluster is
    doubted too when every name in it has namesakes or lies in a country no other name
    points to (Parklands, with one in Western Australia and one in Christchurch, said 20
    times beside 12 mentions of Adelaide's Henley Beach); the others are then judged
    against the next."""
    out: dict[int, P.Cluster] = {}
    if len(clusters) < 2:
        return out
    main_index = 0
    if all(r.abroad or len(P.places_of(r.mentions[0][1])) > 1 for r in clusters[0].members) and _doubtful(
            clusters[0], clusters[1], total, d):
        out[0] = clusters[1]
        main_index = 1
    main = clusters[main_index]
    for index, c in enumerate(clusters[: d.max_clusters]):
        if index not in (0, main_index) and _doubtful(c, main, total, d):
            out[index] = main
    return out


def _doubtful(c: P.Cluster, main: P.Cluster, total: int, d: P._Data) -> bool:
    """True when ``c`` holds only small places with one-word names ("Withington",
    not "Margaret River": a longer name is seldom a suburb's too) far from the
    account's main cluster, which holds most of the other mentions, and none of
    whose names has a namesake near it."""
    others = total - c.count
    if others < d.doubt_min or main.count < d.doubt_share * others:
        return False
    if any(r.place.population >= d.doubt_population or len(key_of(r.place.name).split()) > 1
           for r in c.members):
        return False
    # Judged by each name's nearest namesake, not the one chosen: a Perth 29 km from the
    # account's Dundee is no local name the gazetteer lacks (until 29 November 2026 the
    # report said "29 km or more ... may be a local name there" with doubt_km at 50).
    return all(distance_km(p, main.centre) >= d.doubt_km
               for r in c.members for p in [r.place, *P.places_of(r.mentions[0][1])])


def _second_pop(m: P.Mention) -> int:
    pops = sorted((p.population for p in m.candidates if p.kind == "place"), reverse=True)
    return max(pops[1], 1) if len(pops) > 1 else 1


def _region_findings(tally: Tally) -> list[Finding]:
    findings = []
    for fact in tally.facts():
        residence = fact.extra.get("residence")
        if not residence and fact.count < 3:
            continue  # a region named once or twice without "here in" is chatter
        verb = "Says they are in or from" if residence else "Often names"
        findings.append(rule("PLACE003").finding(
            f"{verb} {fact.value} {where(fact.locations, fact.count, 'mention')}.",
            fact.evidence, fact.location, clue_value=fact.value,
            clue_kind=fact.extra.get("kind"),
            severity="medium" if residence else "low",
            confidence="high" if residence else "low",
        ))
    return findings


_SPOT_WORDS = {
    "postcode": "UK postcode", "outward": "UK postcode district", "zip": "US ZIP code",
    "coordinates": "map position", "what3words": "what3words address", "street": "street address",
    "street_residence": "home street",
}


def _spot_findings(tally: Tally) -> list[Finding]:
    findings = []
    kinds: Counter[str] = Counter()
    for fact in tally.facts():
        kinds[fact.rule_id] += 1
        if kinds[fact.rule_id] > 20:
            continue  # enough to make the point; the count below says how many
        label = _SPOT_WORDS.get(fact.extra.get("kind", ""), "location")
        findings.append(rule(fact.rule_id).finding(
            f"Gives a {label}: {fact.value} {where(fact.locations, fact.count, 'mention')}.",
            fact.evidence, fact.location, clue_value=fact.value,
        ))
    return findings

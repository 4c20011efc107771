"""Turn the fields of one file into findings (rules META010-META022), decide its
status, and run the rule examples of heuristics/metadata.toml.

One finding per file and kind of leak (not per field), so a photo with twelve
time tags gives one time-zone finding with the values as evidence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from nymaudit.metadata.core import PARTIAL_READ, Field, FileMeta, is_blank
from nymaudit.metadata.takeout import FORMAT as SIDECAR_FORMAT
from nymaudit.model import Finding, Origin, Severity

if TYPE_CHECKING:
    from nymaudit.rules import Rule

_OFFSET = re.compile(
    r"(?:^|[T\s\d])([+-])(\d{2}):?'?(\d{2})'?\s*$|^([+-])(\d{2}):(\d{2})$"
)
_USER_PATH = re.compile(
    r"(?:[A-Za-z]:[\\/]+(?:Users|Documents and Settings)[\\/]+|/Users/|/home/|"
    # \\tsclient\C\Users\jane, \\localhost\c$\Users\jane, \\wsl$\Ubuntu\home\jane: a share
    # of the user's own machine keeps the user name one folder down (rev13a item 3).
    r"\\\\[^\\]+\\(?:(?:[^\\]+\\)?Users|[^\\]+\\home)\\|file:///?[A-Za-z]:/Users/)"
    # A folder name with spaces ("Joy Okafor", decoded from Word's %20) when a separator
    # follows it; else up to the first space (free text after a path).
    r"([^\\/:*?\"<>|\s][^\\/:*?\"<>|\r\n\t]{0,62}?(?<!\s)(?=[\\/])|[^\\/:*?\"<>|\s]{1,64})",
    re.IGNORECASE,
)
_ANY_PATH = re.compile(
    r"(?:^|\s|file:/*)(?:[A-Za-z]:[\\/]|\\\\[\w.$-]+\\|/(?:Users|home|Volumes|mnt|media)/)"
)
# Free-text fields that have rules of their own (META027, META028, META029), not META022.
# META029's fields hold counts only ("3 comments, 41 words"), never the hidden text itself.
HIDDEN_CONTENT_FIELDS = ("HiddenSheets", "HiddenParts", "SpeakerNotes", "CommentText", "DeletedText")
OWN_RULE_TEXTS = {"EditableSource": "META027", "HiddenText": "META028",
                  **dict.fromkeys(HIDDEN_CONTENT_FIELDS, "META029")}
GENERIC_USERS = {"public", "default", "all users", "administrator", "admin", "user", "owner",
                 "shared", "guest", "runner", "root"}
# app.xml's Manager is a person's name field (whoever the writer reports to), not an
# organisation: a person, shown as the manager, never the writer's employer (mta13 item 6).
ORG_NAMES = {"Company"}
MANAGER_FIELDS = {"Manager"}
SECONDARY_PEOPLE = {"Publisher", "Contributor"}
# People who commented on a document or made tracked changes in it (Word's comment, revision and
# people.xml authors, an ODF annotation's or change's author, a PDF comment's author, a comment's
# initials): not the writer's own name fields. The dossier lists them apart ("commented or
# edited", mta13 item 2); the writer's row keeps Author, Creator, LastModifiedBy and the like.
REVIEWER_FIELDS = {"CommentAuthor", "RevisionAuthor", "PeopleAuthor", "PresenceUserId",
                   "AnnotationOrChangeAuthor", "AnnotationAuthor", "AuthorInitials"}
# The dossier rows of values that are not the writer's own (profile.build_profile).
REVIEWERS_ROW = "commented or edited"
MANAGER_ROW = "manager"
PICTURES_ROW = "in pictures or files inside documents"
# The evidence part that says a finding's value came from a file inside the document
# (documents._embedded_origin): the dossier reads it, and the reader sees where the value sits.
INSIDE_KEY = "inside"
_INSIDE = re.compile(rf"; {INSIDE_KEY}=[^;=]*$")  # the last part: documents.py appends it
# The evidence part before "inside" when the picture is credited to someone other than the
# document's author (a stock or agency photo: documents._others_pictures): its position is the
# photographer's, and the dossier lists it with the picture's other values.
CREDITED_MARK = "; picture=credited to another, not the author"
# The evidence part of the META012 a picture's person credit makes when it is not the document's
# author (documents._named_picture_findings): a possible real name behind a pseudonymous author,
# so the dossier keeps it on the writer's identity row (rev13a item 1).
NAMED_MARK = "; picture=names a person, not the author"
# The evidence of a META022 made for a document's comments alone (their words are never shown);
# profile.join_free_text keeps such a finding only when the words name an identified value.
UNSHOWN_EVIDENCE = "Comment=(the words of the document's comments, not shown: META029 counts them)"
# A photo credit as publications print it ("Photo: Jane Smith", "Photograph by Jane Smith", "Photo
# credit: ..."), in a credit field, naming a person and no agency: a freelance photographer's picture,
# not the writer's, unless the name is the writer's own (mta15). A bare "Credit=Rowan Ashby" is not
# one: Lightroom writes the photographer's own name there (rev14a item 6). The mark carries the name
# so the places vote (detectors/places.py) can keep a photo credited to the account's own handle.
PHOTO_CREDIT_FIELDS = {"Credit", "By-line", "Byline", "Copyright", "CopyrightNotice", "Rights", "Artist",
                       "Creator"}
PHOTO_CREDIT_MARK = "; picture=credited to a photographer: "
# The credit's words in any case; the name capitalised word by word ("Photo: Sunset Over Bristol"
# would pass, so captions are not read: credits live in credit fields).
_PHOTO_CREDIT = re.compile(
    r"(?:^|[\s(\[|;,])(?i:photo(?:graph)?s?\s*(?:credit\s*)?(?::|by\b|©)|photograph(?:ed|y)\s+by\b"
    r"|pictures?\s*(?::|by\b)|pic\s*:|image\s*(?:credit\s*)?:)\s*(?:©|\((?i:c)\)|(?i:copyright)\b)?\s*"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|van|von|da|di|le|la|[A-Z][\w'’.-]+)){1,3})\s*(?:[()\[\]|;,.©/]|\d{4}\b|$)")
CAMERA_FILLER = re.compile(
    r"digital camera|^dcf \d|^default$|^camera$|^picasa$|^sony dsc$|^image$|^$"
    r"|^\s*(?:ver|v)?[\d.]+\s*$|gcm_tag",
    re.IGNORECASE,
)
CLUE_PREVIEW = 80
MAX_EVIDENCE = 6


@cache
def _metadata_rules() -> dict[str, Rule]:
    """Rules of heuristics/metadata.toml only: loading every rule file costs
    0.2 s, a fifth of a `nymaudit meta` run on a hundred photos."""
    from nymaudit import rules

    try:
        return {r.id: r for r in rules.rules_in("metadata")}
    except rules.RuleError:
        return {}


def rule(rule_id: str) -> Rule:
    found = _metadata_rules().get(rule_id)
    if found is not None:
        return found
    from nymaudit.rules import rule as any_rule

    return any_rule(rule_id)


def _is_revision(f: Field) -> bool:
    """Values an earlier PDF revision held ("Revision1:Author")."""
    return f.name.startswith("Revision") and ":" in f.name


# The clue an earlier revision's value gives, by its field's group: the program that made the
# first revision ("Revision1:Creator=Adobe Photoshop 7.0") is software, not who the writer is,
# and the dossier listed it under Identity (walkthrough s11). An old Title or Subject may name
# the writer (identity, as before); an old date or document id is no clue of the dossier's.
REVISION_CLUE_KINDS = {"person": "identity", "free_text": "identity", "software": "software",
                       "device": "device", "serial": "device", "place": "location"}
_REVISION_ORDER = ("person", "free_text", "place", "serial", "device", "software")


# The fields programs fill with their own name or a placeholder when no user name is set.
PROGRAM_AUTHOR_FIELDS = {"Author", "Creator", "LastModifiedBy", "XPAuthor", "InitialCreator"}
# Earlier values that say nothing of who wrote the file: a program, a date, a revision count.
_PROGRAM_GROUPS = {"software", "time", "document_id"}


@cache
def program_authors() -> frozenset[str]:
    return frozenset(str(v).casefold() for v in rule("META021").data.get("program_authors", []))


def _is_program(f: Field, software: set[str] | frozenset[str]) -> bool:
    """An Author (or an earlier one) that a program wrote, not a person: Office for Mac's
    "Microsoft Office User", python-docx's "python-docx", or the file's own Creator (walkthrough
    s11, left open). Only the author fields: an Artist or Copyright "Apple" is someone's text."""
    if f.group != "person" or f.name.rpartition(":")[2] not in PROGRAM_AUTHOR_FIELDS:
        return False
    value = " ".join(f.value.split()).casefold()
    return value in program_authors() or value in software


def _revision_clue_kind(f: Field, software: set[str] | frozenset[str] = frozenset()) -> str | None:
    if _is_program(f, software):
        return "software"
    if f.group == "person" and f.name.partition(":")[2] in ORG_NAMES:
        return "employer"  # an old Company, as META020 gives the current one
    return REVISION_CLUE_KINDS.get(f.group)


def _revision_rank(f: Field, software: set[str] | frozenset[str] = frozenset()) -> int:
    group = "software" if _is_program(f, software) else f.group
    return _REVISION_ORDER.index(group) if group in _REVISION_ORDER else len(_REVISION_ORDER)


def _evidence(fields: list[Field]) -> str:
    shown = [f"{f.name}={f.value}" for f in fields[:MAX_EVIDENCE]]
    more = len(fields) - MAX_EVIDENCE
    if more > 0:
        shown.append(f"(+{more} more)")
    return "; ".join(shown)


def _short(text: str, limit: int = CLUE_PREVIEW) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def utc_offsets(fields: list[Field]) -> list[str]:
    """Distinct UTC offsets stated in time values ("+02:00")."""
    found: dict[str, None] = {}
    for f in fields:
        if f.group != "time" and f.name != "GPSDateTime":
            continue
        if f.name in WORLD_TIME_FIELDS:  # the camera's world-clock setting ("UTC-05:00"), said apart
            continue
        if f.value.endswith("Z") or f.value.endswith("UTC"):
            continue
        m = _OFFSET.search(f.value.strip())
        if not m:
            continue
        sign, hh, mm = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.groups()[3:]
        if int(hh) > 14:
            continue
        found[f"{sign}{hh}:{mm}"] = None
    return list(found)


# Time fields that hold a zone's name (a calendar's X-WR-TIMEZONE, an event's TZID).
ZONE_NAMES = {"TimeZone", "EventTimeZone"}
# Maker-note fields naming the city a camera's world clock is set to (Canon's TimeZoneCity,
# Casio's HometownCity): beside a +00:00 they say the clock is local, not set to UTC (mfx14b).
ZONE_CITY_FIELDS = {"TimeZoneCity", "HometownCity"}
_NO_CITY = {"", "n/a", "(not set)", "unknown", "none", "off"}
# A camera's world-clock settings (makernotes: Canon's TimeInfo, Nikon's WorldTime, Pentax's world
# time, Panasonic's Home or Destination): settings, never a time's own offset (mta15).
WORLD_TIME_FIELDS = {"WorldTimeZone", "DaylightSavings", "WorldTimeLocation", "HometownDST",
                     "DestinationDST", "DestinationCity", *ZONE_CITY_FIELDS}
_WORLD_ZONE = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
_ZONE = re.compile(r"^[A-Z][A-Za-z_+-]+(?:/[A-Za-z0-9_+-]+){1,2}$")
_EXIF_TIME = re.compile(r"^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})")
# A GPS fix can lag the shutter by a little: the difference must be this close to a
# whole quarter hour to read as a clock offset, and no real offset exceeds 14 h.
_CLOCK = re.compile(r"^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)? UTC$")
DERIVE_TOLERANCE_MINUTES = 3
MAX_OFFSET_MINUTES = 14 * 60
# A camera clock never set keeps its factory date (2000:01:01 00:00:00, or a 1970/1980
# epoch) and runs on from there: a "difference" to GPS time is then no offset at all.
UNSET_CLOCK_BEFORE_YEAR = 2001


def _exif_time(value: str):  # type: ignore[no-untyped-def]
    from datetime import datetime

    m = _EXIF_TIME.match(value.strip())
    if not m:
        return None
    try:
        return datetime(*(int(x) for x in m.groups()))
    except ValueError:
        return None


@cache
def offsets_in_use(year: int) -> frozenset[int]:
    """UTC offsets in minutes that some tz-database zone used in ``year`` (January and
    July): +03:15 or -05:30 are none, and a clock that far off is a wrong clock."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo, available_timezones

    year = min(max(year, 1971), 2037)
    moments = [datetime(year, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
    found: set[int] = set()
    for name in available_timezones():
        try:
            tz = ZoneInfo(name)
        except Exception:  # a damaged or unreadable zone file: the others still count
            continue
        for moment in moments:
            delta = moment.astimezone(tz).utcoffset()
            if delta is not None:
                found.add(int(delta.total_seconds()) // 60)
    return frozenset(found)


def zone_city(fields: list[Field]) -> Field | None:
    """The maker notes' zone city ("TimeZoneCity=London"), or None: the city the clock follows,
    so Pentax's DestinationCity when its WorldTimeLocation says Destination (mta15)."""
    clock = world_clock(fields)
    return clock.city if clock is not None else None


def photo_credit(fields: list[Field]) -> tuple[Field, str] | None:
    """The credit field that credits the photo to a named photographer as publications print it
    ("Credit=Photo: Jane Smith"), with the name; None without one, or when it names a picture
    agency (META012 ``picture_agencies``: someone else's too, said by the agency's own rules)."""
    agencies = _agency_names()
    for f in fields:
        if f.name.rpartition(":")[2] not in PHOTO_CREDIT_FIELDS:
            continue
        m = _PHOTO_CREDIT.search(f.value)
        if m is None or agencies.search(f.value) is not None:
            continue
        who = m.group("name").strip()
        if who[:1].isupper() and not _credit_words().search(who):
            return f, who
    return None


@cache
def _agency_names() -> re.Pattern[str]:
    names = [str(n) for n in rule("META012").data.get("picture_agencies", [])]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)" if names
                      else r"(?!x)x", re.IGNORECASE)


def _credit_said(field: Field, who: str) -> str:
    """META012's sentence for a photographer's credit (mta15)."""
    return (f" It credits the photo to «{_short(who)}» ({field.name} '{_short(field.value)}'), as "
            "publications credit a photographer: if that is not you, the picture is theirs.")


def _taken_said(field: Field, who: str) -> str:
    """META010's and META015's sentence for a photographer's credit, said at low confidence (mta15)."""
    return (f" The file credits the photo to «{_short(who)}» ({field.name}): if that is someone else, this "
            "is where they took it, not where you were (low confidence).")


def own_credit(findings: list[Finding], field: Field, who: str, why: str, name: str, where: Origin) -> None:
    """The writer's own credit on the writer's own photo (``why``: "the name on 3 of the account's 3
    photos", "the account's own name (the posts' byline)"): META010 and META015 keep the rule's
    confidence with the reason said instead of the stranger's caveat, and META012 says the credit
    publishes that name with the photo, added when no person field made one (mfx15, rev15a item 3:
    a blog's own GPS photos credited with the writer's real name were 'CRITICAL of low confidence')."""
    mark = f"{PHOTO_CREDIT_MARK}{who}"
    taken, credited = _taken_said(field, who), _credit_said(field, who)
    said = (f" The file credits the photo to «{_short(who)}» ({field.name}), {why}: your own photo, "
            "so this is where you were.")
    named = False
    for f in findings:
        if mark not in f.evidence:
            continue
        if f.rule in ("META010", "META015") and taken in f.message:
            f.message = f.message.replace(taken, said)
            f.confidence = rule(f.rule).confidence
        elif f.rule == "META012":
            named = True
            f.message = f.message.replace(credited, _own_named(field, who, why))
            # The clue is the credit's field ("Photo by Rowan Ashby"): the name alone. Not an Artist's.
            if f.clue is not None and who.casefold() in f.clue.value.casefold():
                f.clue = dataclasses.replace(f.clue, value=_short(who))
    if not named:
        found = rule("META012").finding(
            f"{name} names a person in its metadata:{_own_named(field, who, why)}",
            _evidence([field]) + mark, where, clue_value=_short(who))
        findings.append(found)


def _own_named(field: Field, who: str, why: str) -> str:
    return (f" It credits the photo to «{_short(who)}» ({field.name} '{_short(field.value)}'), {why}: "
            "the name the photos publish with them, read by anyone who opens one.")


@cache
def _credit_words() -> re.Pattern[str]:
    """Words of a credited "name" that make it a notice, a kind of picture, a relationship or a camera,
    not a person ("Photo: Stock Image", "Photo: All Rights Reserved", "Pic: Mum And Dad", "Photo: Canon
    EOS"): heuristics META012 ``credit_not_names``, whole words in any case (mfx15)."""
    words = [" ".join(str(w).split()) for w in rule("META012").data.get("credit_not_names", [])]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words if w)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if alternatives else r"(?!x)x", re.IGNORECASE)


def zero_is_local(fields: list[Field]) -> str:
    """Why a +00:00 in these fields is a local clock, not one set to UTC, as META014 says it: the
    maker notes name the city the clock follows (not a factory zone), else "". For TIME009
    (timing.photos), which said "+00:00 says little" beside a META014 raised for the same file."""
    clock = world_clock(fields)
    if clock is None or clock.city is None or clock.factory or clock.minutes not in (0, None):
        return ""
    city = clock.city
    return f"the maker notes name the city its clock is set to, «{_short(city.value)}» ({city.name})"


@dataclass(frozen=True)
class WorldClock:
    """A camera's world-clock setting, from its maker notes (mta15)."""

    city: Field | None  # the city the clock follows (TimeZoneCity, HometownCity, DestinationCity)
    minutes: int | None  # the clock's UTC offset: the zone and, when on, the summer hour
    fields: tuple[Field, ...]  # the settings said (the evidence)
    factory: bool  # the maker's default zone (heuristics META014 factory_zones), no summer time

    @property
    def said(self) -> str:
        """"UTC-04:00" or "" (no zone stored, as Casio's HometownCity alone)."""
        if self.minutes is None:
            return ""
        sign = "-" if self.minutes < 0 else "+"
        return f"UTC{sign}{abs(self.minutes) // 60:02d}:{abs(self.minutes) % 60:02d}"


def world_clock(fields: list[Field]) -> WorldClock | None:
    """The camera's world-clock setting from the maker-note fields (makernotes.py): the city and
    zone its clock follows and whether summer time was on; None without a city or a zone."""
    named = {f.name: f for f in fields if f.name in WORLD_TIME_FIELDS}
    location = named.get("WorldTimeLocation")
    away = location is not None and location.value == "Destination"
    city = named.get("DestinationCity") if away else (named.get("TimeZoneCity") or named.get("HometownCity"))
    if city is not None and city.value.strip().casefold() in _NO_CITY:
        city = None
    zone = named.get("WorldTimeZone")
    m = _WORLD_ZONE.match(zone.value.strip()) if zone is not None else None
    summer = named.get("DaylightSavings")
    on = summer is not None and summer.value in ("Yes", "On")
    minutes = None
    if m:
        zone_minutes = (int(m.group(2)) * 60 + int(m.group(3))) * (-1 if m.group(1) == "-" else 1)
        minutes = zone_minutes + (60 if on else 0)
    if city is None and minutes is None:
        return None
    used = [f for f in (location, city, zone, summer) if f is not None]
    factories = {str(v).casefold() for v in rule("META014").data.get("factory_zones", [])}
    factory = not on and minutes in (0, None) and (
        city.value.strip().casefold() in factories if city is not None else "utc+00:00" in factories)
    return WorldClock(city, minutes, tuple(used), factory)


def derived_offset(fields: list[Field]) -> tuple[str, Field, Field, str] | None:
    """The camera's UTC offset from its local DateTimeOriginal and the GPS time in UTC
    (GPSDateTime), when no offset is stored: ("+01:00", local field, GPS field, caveat),
    or None when the difference is not within a few minutes of an offset some zone used
    that year, or the camera clock looks unset. The caveat is "" or why the figure is
    weak (a GPS time of day without a date)."""
    local = next((f for f in fields if f.group == "time" and f.name == "DateTimeOriginal"), None)
    gps_time = next((f for f in fields if f.name == "GPSDateTime" and f.value.endswith("UTC")), None)
    if local is None or gps_time is None:
        return None
    a, b = _exif_time(local.value), _exif_time(gps_time.value)
    if a is None or a.year < UNSET_CLOCK_BEFORE_YEAR:
        return None
    caveat = ""
    clock = _CLOCK.match(gps_time.value.strip())
    if b is None and clock:
        caveat = ("the GPS stamp holds a time of day without a date, so a camera clock set wrong "
                  "(AM for PM, a reset clock) could give the same figure")
        # GPSTimeStamp without GPSDateStamp (older cameras): the time of day alone, the
        # difference taken round the clock into -12 h .. +14 h.
        gps_seconds = int(clock.group(1)) * 3600 + int(clock.group(2)) * 60 + int(clock.group(3))
        local_seconds = a.hour * 3600 + a.minute * 60 + a.second
        minutes = ((local_seconds - gps_seconds) / 60) % 1440
        if minutes > MAX_OFFSET_MINUTES:
            minutes -= 1440
    elif b is None:
        return None
    else:
        minutes = (a - b).total_seconds() / 60
    rounded = round(minutes / 15) * 15
    if abs(minutes - rounded) > DERIVE_TOLERANCE_MINUTES or abs(rounded) > MAX_OFFSET_MINUTES:
        return None
    if rounded not in offsets_in_use(a.year):
        return None
    sign = "-" if rounded < 0 else "+"
    hours, mins = divmod(abs(int(rounded)), 60)
    return f"{sign}{hours:02d}:{mins:02d}", local, gps_time, caveat


# Where a blog keeps the files it publishes (mta15b): WordPress under wp-content/uploads, Ghost under
# content/images/YEAR/MONTH (its sizes under content/images/size/wNNN/). A path inside a zip or tar
# follows "!" (``backup.zip!wp-content/uploads/2024/05/a.jpg``). A bare uploads/YEAR/MONTH/ is not
# WordPress's alone: Hugo's static/uploads/ and Decap CMS keep drafts' images so (mfx15b, rev15c item 4).
_PUBLISHED_PATHS = (
    ("wordpress", re.compile(r"(?:^|[/\\!])wp-content[/\\]uploads[/\\]", re.IGNORECASE)),
    ("ghost", re.compile(r"(?:^|[/\\!])content[/\\]images[/\\](?:size[/\\]w\d+[/\\])?(?:19|20)\d\d[/\\]"
                         r"(?:0[1-9]|1[0-2])[/\\][^/\\]+$", re.IGNORECASE)),
)
PUBLISHED_SITES = {"wordpress": "WordPress site's upload (wp-content/uploads)",
                   "ghost": "Ghost site's image (content/images)"}


# True while `nymaudit check` reads drafts (check._analyse, ``reading_drafts``): nothing a draft shows
# is published yet, even under wp-content/uploads (a Jekyll site that kept WordPress's layout), so
# "remove it before publishing" is the advice that works there (mfx15b, rev15c item 4).
_READING_DRAFTS: ContextVar[bool] = ContextVar("nymaudit_reading_drafts", default=False)


@contextmanager
def reading_drafts() -> Iterator[None]:
    """Findings made inside this block are about drafts not yet published (`check`)."""
    token = _READING_DRAFTS.set(True)
    try:
        yield
    finally:
        _READING_DRAFTS.reset(token)


# Set by detectors.metadata while it checks a file it knows a site publishes though its name does not
# say so: an uploads folder given by a relative path ("uploads", "."), or one a WXR export's post shows
# (sources.detect._tie_uploads). Its findings then get the site's advice (mta16 item 4).
_PUBLISHED_AS: ContextVar[str | None] = ContextVar("nymaudit_published_as", default=None)


@contextmanager
def published_as(site: str | None) -> Iterator[None]:
    """Findings made inside this block are about a file ``site`` ("wordpress", "ghost") publishes."""
    token = _PUBLISHED_AS.set(site)
    try:
        yield
    finally:
        _PUBLISHED_AS.reset(token)


def published_upload(display: str) -> str | None:
    """The blog platform whose published files ``display`` sits among ("wordpress", "ghost"), or None;
    always None for a draft (``reading_drafts``)."""
    if _READING_DRAFTS.get():
        return None
    if _PUBLISHED_AS.get() is not None:
        return _PUBLISHED_AS.get()
    for site, pattern in _PUBLISHED_PATHS:
        if pattern.search(display):
            return site
    return None


def _is_web_address(value: str) -> bool:
    low = value.lower()
    return "://" in low and not low.startswith("file:")


def user_names(fields: list[Field]) -> list[tuple[str, Field]]:
    names: list[tuple[str, Field]] = []
    for f in fields:
        if _is_web_address(f.value):
            continue
        for m in _USER_PATH.finditer(f.value):
            user = m.group(1)
            if user.lower() not in GENERIC_USERS and not user.startswith("%"):
                names.append((user, f))
    return names


def path_fields(fields: list[Field]) -> list[Field]:
    return [f for f in fields if not _is_web_address(f.value) and _ANY_PATH.search(f.value)]


def file_findings(meta: FileMeta, display: str, record: str | None = None) -> list[Finding]:
    """Findings for one file (never raises on odd field values)."""
    where = Origin(path=display, record=record)
    fields = [f for f in meta.fields if not is_blank(f.value)]
    by_group: dict[str, list[Field]] = {}
    for f in fields:
        by_group.setdefault(f.group, []).append(f)
    found: list[Finding] = []
    name = display.rsplit("/", 1)[-1].rsplit("!", 1)[-1] or display
    if meta.format == SIDECAR_FORMAT:  # says which photo it describes (ninth session)
        from nymaudit.metadata.takeout import sidecar_label

        name = sidecar_label(name, meta)
    # A contact card is about whoever it names: a tradesman recommended, a colleague, an
    # address book of hundreds. Its names, employer and addresses are the writer's only if
    # the card is theirs: said so, at low confidence (review rev8b item 15).
    card = meta.format == "vcard"
    cards = max(1, sum(1 for f in fields if f.name == "FullName"))
    # Its clues go to "contact" (people the writer is in touch with), not to the writer's
    # own identity, employer or location.
    card_kw: dict[str, str] = (
        {"confidence": "low", "severity": "medium", "clue_kind": "contact"} if card else {})
    card_note = (f" It is a contact card{f' (one of {cards})' if cards > 1 else ''}: it describes "
                 "you only if the card is yours." if card else "")

    # A photo credited to a named photographer ("Photo: Jane Smith"): where and when it was taken
    # are theirs unless the name is the writer's own, so said so and at low confidence (mta15).
    credit = None if card else photo_credit(fields)
    credit_mark = f"{PHOTO_CREDIT_MARK}{credit[1]}" if credit is not None else ""
    credit_said = _credit_said(*credit) if credit is not None else ""
    taken_said = _taken_said(*credit) if credit is not None else ""
    credit_kw: dict[str, str] = {"confidence": "low"} if credit is not None else {}
    gps = [f for f in by_group.get("gps", []) if f.name in ("GPSPosition", "GPSCoordinates")]
    if gps:
        place = next((f.value for f in by_group["gps"] if f.name == "NearestPlace"), None)
        pos = gps[0].value
        near = f" (near {place})" if place else ""
        track = next((f.value for f in by_group["gps"] if f.name in ("GPSTrack", "Waypoints")), None)
        # ExifTool's CSV of photos (textformats: "3 photo position(s)", "1 photo ..."): where each
        # photo was taken, not a path with a start and an end (mta13 item 7).
        listed = track or ""
        photos = "photo position" in listed or listed.startswith("1 photo ")
        # A GPS track or waypoint list (GPX, KML, IGC, NMEA): its summary and where it starts.
        what = (f"a photo's GPS position: {pos}{near}" if listed.startswith("1 photo ")
                else f"the GPS positions of photos ({_short(listed, 160)}), the first at {pos}{near}"
                if photos
                else f"a GPS track ({_short(listed, 160)}) starting at {pos}{near}" if "track" in listed
                else f"GPS waypoints ({_short(listed, 160)}), the first at {pos}{near}" if listed
                else f"a GPS position: {pos}{near}")
        # For a track the positions are the file: photo advice does not fit (rev8b item 17); for a
        # list of photos' positions neither does a track's start and end.
        advice_key = "photo_list_advice" if photos else "track_advice" if track else ""
        # A file a site already publishes (wp-content/uploads, Ghost's content/images): "before
        # publishing" is too late, and the site keeps the original (mta15b, walk15 item 6).
        site = None if card or track else published_upload(display)
        online = ""
        if site is not None:
            advice_key = f"{site}_advice"
            online = (f" It is already published: a {PUBLISHED_SITES[site]}, which the site serves whole at "
                      "its own address even where its posts show a resized copy without the position.")
        found.append(rule("META010").finding(
            f"{name} holds {what}.{online}{card_note}{taken_said}",
            _evidence(by_group["gps"]) + credit_mark, where,
            clue_value=f"{pos}{near}", **card_kw, **credit_kw,
            advice=str(rule("META010").data.get(advice_key, "")) or None if advice_key else None,
        ))

    serials = by_group.get("serial", [])
    if serials:
        found.append(rule("META011").finding(
            f"{name} carries a serial number ({serials[0].name} {serials[0].value}) that is "
            "the same in every file the device makes.",
            _evidence(serials), where,
            clue_value=f"{serials[0].name} {serials[0].value}",
        ))

    # A program's default Author ("Microsoft Office User", "python-docx") names no one: META017's
    # matter, not a person's name at high (twelfth session, as META021 below).
    software_values = {" ".join(f.value.split()).casefold() for f in by_group.get("software", [])}
    people = [f for f in by_group.get("person", []) if f.name not in ORG_NAMES
              and not _is_revision(f) and not _is_program(f, software_values)]
    # The message names the author first; a drawing's publisher or contributor after, then the
    # people who commented or edited, the manager, and last a picture's own names (its
    # photographer is not the writer): the clue is the writer's when the file names them.
    people.sort(key=lambda f: _person_rank(f, meta))
    owner = None if card else device_owner(by_group.get("software", []) + by_group.get("device", []))
    if people:
        # Other names beside the first (a sticky note's or a pasted photo's author beside an
        # Author set to the pseudonym) stand in the message too (rev12e item 7).
        others: dict[str, list[str]] = {}
        for f in people[1:]:
            if f.value.casefold() != people[0].value.casefold():
                others.setdefault(f.value, []).append(f.name)
        also = "; ".join(f"{', '.join(dict.fromkeys(names))} '{_short(value)}'"
                         + (" (a person: the manager the properties name)" if set(names) <= MANAGER_FIELDS
                            else "")
                         for value, names in list(others.items())[:3])
        more = f" It also names: {also}." if also else ""
        if owner is not None:  # the device's name after the writer's own fields (mta15b)
            more += f" And {_owner_said(owner)}."
        role = (" (the manager the document's properties name, not its writer)"
                if people[0].name in MANAGER_FIELDS
                else " (someone who commented on or edited the document)" if people[0].name in REVIEWER_FIELDS
                else "")
        found.append(rule("META012").finding(
            f"{name} names a person or account in its metadata: {people[0].name} "
            f"'{_short(people[0].value)}'{role}.{more}{card_note}{credit_said}",
            _evidence(people + ([owner.field] if owner is not None else [])) + credit_mark, where,
            clue_value=_short(people[0].value), **card_kw,
        ))
    elif owner is not None:
        # A device named after its owner ("Priya's iPhone") names a person where no person field
        # does: a first name is medium, a full name high (walk15 item 3: only META017 said
        # "Software version 14.5" and no finding named her).
        advice = " ".join(str(rule("META012").data.get("device_name_advice", "")).split())
        found.append(rule("META012").finding(
            f"{name} names its owner: {_owner_said(owner)}.",
            _evidence([owner.field]), where,
            clue_value=_short(owner.name), severity=Severity.HIGH if owner.full else Severity.MEDIUM,
            advice=advice or None,
        ))

    found.extend(_embedded_findings(meta, name, where))

    offsets = utc_offsets(fields)
    zones = [f for f in fields if f.group == "time" and f.name in ZONE_NAMES and _ZONE.match(f.value)]
    derived = derived_offset(fields) if not offsets else None
    clock = world_clock(fields)
    city = clock.city if clock is not None else None
    # A world-clock city beside +00:00 (a Canon set to London in winter): the clock is local, and
    # the finding keeps the rule's severity (mfx14b, rev14b item 6). Unless the city is the maker's
    # default with no summer time (Canon's London): maybe never chosen, so said at low (mta15).
    factory = clock is not None and clock.factory
    city_said = ((f" The maker notes name the city its clock is set to, «{_short(city.value)}» "
                  f"({city.name}): a local clock, «not one set to UTC».") if city is not None else "") + (
        _FACTORY_SAID.format(city=_short(city.value)) if factory and city is not None else "")
    if derived is not None:
        offset, local, gps_time, caveat = derived
        found.append(rule("META014").finding(
            # Said as derived, with both times, and at medium confidence: the camera's clock
            # may be wrong by more than the GPS fix lags (eighth session, 29 November 2026);
            # low when the GPS time has no date (review rev8b item 7).
            f"{name} was taken with the camera set to UTC{offset}, derived from its local capture "
            f"time ({local.name}) against its GPS time in UTC ({gps_time.name}): no offset is stored"
            + (f"; {caveat}." if caveat else ".") + (city_said if offset == "+00:00" else "")
            # As a stored +00:00 says it: the advice (advice_utc) names no country, this does (mta16).
            + (f" «The same as a clock set to UTC», and also the clock of {UTC_ZONES_SAID}, so on its own "
               "it says little." if offset == "+00:00" and city is None else ""),
            _evidence([local, gps_time]), where,
            clue_value=f"UTC{offset}", confidence="low" if caveat else "medium",
            # A local time equal to the GPS time is a clock set to UTC, as a stored +00:00 is.
            **({"severity": "info", "advice": _utc_clock_kw().get("advice", "")}
               if offset == "+00:00" and city is None else {}),
        ))
    elif not offsets and clock is not None and clock.minutes is not None:
        found.append(_world_clock_finding(clock, fields, name, where))
    elif not offsets and zones:
        found.append(rule("META014").finding(
            f"{name} names the time zone {zones[0].value} ({zones[0].name}).",
            _evidence(zones), where,
            clue_value=zones[0].value,
        ))
    if offsets:
        # mfx14: +00:00 alone (no zone name beside it) is what a clock set to UTC writes, as TIME009
        # and TIME007 advise: info, so `check` passes a photo taken as advised (it failed on
        # META014 medium). detectors.metadata.local_utc_clocks raises it back when the same
        # device wrote +01:00 in summer: then it is the UK, Irish or Portuguese winter clock.
        utc_clock = offsets == ["+00:00"] and not zones and city is None
        found.append(rule("META014").finding(
            # "UTC+02:00", as the clue value: --redact masks the clue where it stands whole,
            # and a bare "+02:00" stayed readable (TIME007 masked the same offset).
            f"{name} records its times with the offset UTC+00:00 and no time zone name: {UTC_CLOCK_SAID} "
            f"(this finding's advice), and also the clock of {UTC_ZONES_SAID}, so "
            "on its own it says little."
            if utc_clock else
            f"{name} records its times with the offset UTC+00:00, the time zone the device was set "
            f"to.{city_said}"
            if offsets == ["+00:00"] and city is not None else
            f"{name} records its times with the offset UTC{offsets[0]}, the time zone the device was set to."
            if len(offsets) == 1 else
            # Two zones in one file (a photo edited elsewhere, a device moved): both are said.
            f"{name} records its times with {len(offsets)} offsets, {_and(f'UTC{o}' for o in offsets)}: the "
            "time zones the device or the programs that edited it were set to.",
            _offset_evidence(fields), where,
            # Every offset the file states (mta14: the first alone hid a second zone's).
            clue_value=", ".join(f"UTC{o}" for o in offsets),
            **(_utc_clock_kw() if utc_clock else {"confidence": "low"}
               if factory and offsets == ["+00:00"] else {}),
        ))

    places = by_group.get("place", [])
    if places:
        found.append(rule("META015").finding(
            f"{name} names a place in its metadata: {places[0].name} '{_short(places[0].value)}'."
            f"{card_note}{taken_said}",
            _evidence(places) + credit_mark, where,
            clue_value=_short(places[0].value), **card_kw, **credit_kw,
        ))

    devices = by_group.get("device", [])
    if devices:
        make = next((f.value for f in devices if f.name == "Make"), "")
        model = next((f.value for f in devices if f.name in ("Model", "CameraModel")), "")
        if make and model.lower().startswith(make.split()[0].lower()):
            make = ""
        model = f"{make} {model}".strip() or devices[0].value
        found.append(rule("META016").finding(
            f"{name} says which device made it: {_short(model)}.",
            _evidence(devices), where,
            clue_value=_short(model),
        ))

    software = by_group.get("software", [])
    if software:
        host = [f for f in software if f.name == "HostComputer"]
        severity = Severity.MEDIUM if host else None
        programs = [f for f in software if f.name != "HostComputer"]
        parts: list[str] = []
        if host:
            # The computer's name first: it is why the finding is medium, and it was left unsaid
            # behind "Software version 14.5" (walk15 item 3).
            owned = (", named after its owner: see META012" if owner is not None and owner.field in host
                     else "")
            parts.append(f"the computer it was made or edited on, «{_short(host[0].value)}» "
                         f"(HostComputer{owned})")
        if programs:
            first = programs[0]
            # A bare version ("10.0.2": an iPhone's iOS; "HD6.01.01.51.00": a GoPro's firmware) read as
            # a garbled name (mta14): said as the field's version number.
            said = (f"{first.name} version {_short(first.value)} (a version number alone: usually of the "
                    "system or firmware of the device that made it)"
                    if _VERSION_ONLY.match(first.value.strip()) else _short(first.value))
            parts.append(f"the software that made or edited it: {said}" if not host
                         else f"and the software: {said}")
        found.append(rule("META017").finding(
            f"{name} names {', '.join(parts)}.",
            _evidence(software), where,
            # The computer's name is the clue when there is one (the dossier showed "18.1").
            clue_value=_short(host[0].value if host else software[0].value), severity=severity,
        ))

    ids = [f for f in by_group.get("document_id", []) if f.name != "Revisions"]
    if ids:
        found.append(rule("META018").finding(
            f"{name} carries identifiers ({', '.join(dict.fromkeys(f.name for f in ids[:4]))}) "
            "that can tie it to other copies and versions of the same file.",
            _evidence(ids), where,
        ))

    users = user_names(fields)
    paths = path_fields(fields)
    if users or paths:
        if users:
            user, f = users[0]
            found.append(rule("META019").finding(
                f"{name} holds a file path with the user name '{user}' ({f.name}).",
                _evidence(list(dict.fromkeys([f for _, f in users] + paths))), where,
                clue_value=user,
            ))
        else:
            found.append(rule("META019").finding(
                f"{name} holds a file path from the machine that made it ({paths[0].name}).",
                _evidence(paths), where,
                clue_value=None, severity=Severity.LOW, confidence="medium",
            ))

    orgs = [f for f in by_group.get("person", []) if f.name in ORG_NAMES]
    # The reader names only a private server (office.file_server); asked again so a value from
    # elsewhere (an example, a sidecar) that is the user's own machine (\\tsclient\C) names no one.
    servers = [f for f in by_group.get("document_id", []) if f.name == "FileServer" and _is_server(f.value)]
    if orgs:
        on = (f" It also links to a file on the organisation's server '{_short(servers[0].value)}'."
              if servers else "")
        found.append(rule("META020").finding(
            f"{name} names an organisation: {orgs[0].name} '{_short(orgs[0].value)}'.{on}{card_note}",
            _evidence(orgs + servers), where,
            clue_value=_short(orgs[0].value), **card_kw,
        ))
    elif servers:
        found.append(_file_server_finding(servers, name, where))

    # The most telling earlier value first: an old Author before the program that made it.
    revisions = sorted((f for f in fields if _is_revision(f)),
                       key=lambda f: _revision_rank(f, software_values))
    if revisions:
        # The earlier value whole, in the message and the clue: a Word file's path as the
        # old Title ran past 80 characters and the report kept "C:\Users\...\2025\Mi…"
        # (2026-11-29, tenth session). Values are already capped (core.MAX_VALUE_CHARS);
        # a renderer that wants it shorter shortens it for display.
        first = revisions[0]
        kind = _revision_clue_kind(first, software_values)
        # Only programs and dates before: the file keeps its revisions, but no person's value.
        only_programs = all(f.group in _PROGRAM_GROUPS or _is_program(f, software_values)
                            for f in revisions)
        note = " (a program's default, not a person)" if _is_program(first, software_values) else ""
        found.append(rule("META021").finding(
            f"{name} keeps metadata from an earlier revision that a later save changed: "
            f"{first.name} '{first.value}'{note}.",
            _evidence(revisions), where,
            clue_value=first.value if kind else None,
            clue_kind=kind,
            severity=Severity.LOW if only_programs else None,
        ))

    found.extend(_drawing_findings(by_group.get("free_text", []), name, where))
    found.extend(_hidden_content_findings(by_group.get("free_text", []), name, where, meta.unshown_texts))

    device_words = {f.value.lower() for f in devices}
    texts = [f for f in by_group.get("free_text", []) if f.name not in OWN_RULE_TEXTS
             and not CAMERA_FILLER.search(f.value) and f.value.lower() not in device_words]
    if texts:
        free = rule("META022").finding(
            f"{name} carries free text in its metadata ({texts[0].name}): read it as a "
            "stranger would.",
            _evidence(texts), where,
        )
        # All of them for the join with other findings, not only the six the evidence shows;
        # a comment's words too (never shown: the join says only the value they name).
        free.texts = tuple((f.name, f.value) for f in texts) + tuple(meta.unshown_texts)
        found.append(free)
    elif meta.unshown_texts:
        # Comments alone: a META022 for the join only. profile.join_free_text drops it when the
        # words name nothing another finding identified (META029 has counted them already).
        free = rule("META022").finding(
            f"{name} carries free text in its metadata ({meta.unshown_texts[0][0]}): read it as a "
            "stranger would.",
            f"{UNSHOWN_EVIDENCE}", where,
        )
        free.texts = tuple(meta.unshown_texts)
        found.append(free)
    # A OneDrive for work folder's organisation (any file's paths); documents: advice by file
    # type, an ExifTool-"stripped" PDF (documents.py, twelfth session).
    from nymaudit.metadata.documents import document_findings

    found = document_findings(meta, fields, found, name, where)
    if meta.format == SIDECAR_FORMAT:
        # Stripping a photo does not help: the fix is not to publish the sidecar.
        advice = str(rule("META010").data.get("sidecar_advice", ""))
        for f in found:
            f.advice = advice or f.advice
    if card:
        # A contact card is not cleaned like a photo or a document (mfx14, mta14's proposal:
        # META020 spoke of document properties under a card): the rule's ``card_advice``.
        for f in found:
            own = rule(f.rule).data.get("card_advice", "") if f.rule.startswith("META") else ""
            said = " ".join(str(own).split())
            f.advice = said or f.advice
    return found


# --- a device named after its owner (mta15b, walk15 item 3) ---------------------------------------

# Fields that hold the name the owner gave a device (or the one its maker made from the owner's
# account): macOS and iOS write it as HostComputer, GoPro as DeviceName.
DEVICE_NAME_FIELDS = {"HostComputer", "ComputerName", "DeviceName"}
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|[.-](?=[^\W\d_])){1,24}"
_FIRST = r"[^\W\d_]{2,25}"  # one word, no hyphen: the hyphen-joined forms split at the first
# "Priya's MacBook Pro", "Priya’s iPhone", "Priya Shah's iPad": Apple's default, "<Name>'s <device>".
_POSSESSIVE = re.compile(rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s?['’‘`´]s\s+\S")
# "iPhone de María", "iPad von Jonas", "iPhone di Marco", "MacBook van Sanne": Apple's default in
# languages that put the owner after the device. The two-word forms first: "iPad de la classe" is
# "de la" and a thing (META012's owner_after_articles), not "de" and «la classe» (rev15c item 5).
_OWNER_AFTER = re.compile(
    r"^(?P<device>.+?)\s+(?P<prep>de\s+la|de\s+l['’]|von\s+der|van\s+de[nr]?|de|da|do|di|del|della|dello|delle"
    r"|degli|dei|du|des|dos|von|vom|zum|zur|van|av|af)\s*"
    rf"(?<=\s|['’])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})$", re.IGNORECASE)
# "DESKTOP-PRIYA", "LAPTOP-PRIYA" (Windows: DESKTOP- and seven random letters and digits unless
# renamed), "PRIYA-PC" (Windows 7's default: the user's name and -PC).
_WINDOWS_PREFIX = re.compile(rf"^(?:DESKTOP|LAPTOP|NOTEBOOK)[-_](?P<name>{_FIRST})$", re.IGNORECASE)
_WINDOWS_SUFFIX = re.compile(rf"^(?P<name>{_FIRST})[-_](?:PC|LAPTOP|DESKTOP)$", re.IGNORECASE)
# "Priya-MacBook-Air", "Johns-iMac.local": macOS's local host name, made from "Priya's MacBook Air"
# by dropping the apostrophe and joining the words with hyphens.
_NAME_BEFORE = re.compile(rf"^(?P<name>{_FIRST})[-_ ](?P<device>.+)$")
_HOST_SUFFIX = re.compile(r"\.(?:local|lan|home|localdomain|fritz\.box)\.?$", re.IGNORECASE)
_VOWELS = set("aeiouyàáâäãåæèéêëìíîïòóôöõøùúûüýÿ")
# Windows' own random names ("DESKTOP-AQUIENU") can hold vowels: three in a row, or four consonants,
# is no name's spelling (rev15c item 5).
_NOT_SPELT_AS_A_NAME = re.compile(r"[aeiouy]{3}|[^aeiouy]{4}", re.IGNORECASE)


@dataclass(frozen=True)
class DeviceOwner:
    """The owner's name a device name carries: ``name`` as the clue gives it, ``note`` what the
    message adds about its spelling, ``full`` when it holds more than a first name, ``default``
    when the form is a maker's default ("Priya's iPhone"), the surest reading."""

    field: Field
    name: str
    note: str
    full: bool
    default: bool


@cache
def _device_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """META012's ``device_words`` (the words of a device's own name), ``not_owner_words`` (words of
    a device name that are no person's: "Office", "Kitchen") and disclosure.toml's NAMES_IN_S with
    META012's ``names_in_s``
    (its ``[lists]`` table: read from the top level until rev15c item 6, it was always empty and
    "Hans-MacBook-Pro" was «Han»)."""
    from nymaudit.rules import RuleError, load_file

    data = rule("META012").data
    devices = frozenset(str(w).casefold() for w in data.get("device_words", []))
    others = frozenset(str(w).casefold() for w in data.get("not_owner_words", [])) | GENERIC_USERS
    try:
        lists = load_file("disclosure").get("lists", {})
    except RuleError:  # an unreadable disclosure.toml: the rules it holds report that; this list only
        lists = {}     # refines the spelling said
    names = lists.get("NAMES_IN_S", []) if isinstance(lists, dict) else []
    in_s = frozenset(str(w).casefold() for w in names) if isinstance(names, list) else frozenset()
    # META012's own names in -es, whose s is no possessive: "Dolores-iMac" is Dolores (mta16c).
    in_s |= frozenset(str(w).casefold() for w in data.get("names_in_s", []))
    return devices, others, in_s


@cache
def _owner_after_articles() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rule("META012").data.get("owner_after_articles", []))


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rule("META012").data.get("name_particles", []))


@cache
def _apple_words() -> frozenset[str]:
    """META012's ``apple_device_words``: the devices macOS names a local host after."""
    return frozenset(str(w).casefold() for w in rule("META012").data.get("apple_device_words", []))


def _device_part(text: str) -> bool:
    """Whether every word of ``text`` ("MacBook-Air", "iPhone 15 Pro", "Mac mini") is a device's."""
    devices, _, _ = _device_words()
    words = [w for w in re.split(r"[-_\s]+", text.strip()) if w]
    return bool(words) and all(w.casefold() in devices or re.fullmatch(r"\(?\d+\)?|[a-z]?\d+[a-z]*", w,
                                                                         re.IGNORECASE) for w in words) and (
        words[0].casefold() in devices)


@cache
def _names_too() -> frozenset[str]:
    """META012's ``names_too``: list words that are also people's names ("Kita", "Pai", "Zimmer")."""
    return frozenset(str(w).casefold() for w in rule("META012").data.get("names_too", []))


def _a_name(text: str, written: bool = True, possessive: bool = False) -> bool:
    """Whether ``text`` reads as a person's name: no device's or thing's word (not_owner_words), and,
    where the case is the writer's own (``written``; Windows writes its names in capitals), each
    word capitalised as a name is: "iPad del colegio" names a school (rev15c item 5). Before a
    possessive (``possessive``: "Kita's iPhone") a word of ``names_too`` is a name's, and in a name
    of two or more words a list word vetoes only as its first word: "Tom Parish's iPhone", "iPhone
    de João Filho" (rev16c item 5)."""
    devices, others, _ = _device_words()
    words = text.replace("-", " ").split()
    # A particle inside a full name stays lower case: "João dos Santos", "Sanne van Dijk".
    particles = _name_particles()
    if written and not all(w[:1].isupper() or (0 < i < len(words) - 1 and w.casefold() in particles)
                           for i, w in enumerate(words)):
        return False
    if not words or any(w.casefold() in devices for w in words):
        return False
    names_too = _names_too() if possessive else frozenset()

    def a_things_word(word: str) -> bool:
        low = word.casefold()
        return (low in others and low not in names_too) or _joined_words(low)

    # A surname or a second given name may be a word too ("Parish", "Zimmer", "Santa"): only the
    # first word says whether a name of several words is a thing's ("Board Room", "Kids Room").
    return not a_things_word(words[0])


# The shortest part a joined word is split into: "pc", "ci", "my" (a one-letter part would let any
# name split).
_JOINED_PART = 2


@cache
def _joined_words(word: str) -> bool:
    """Whether ``word`` (casefolded) is two or more words of META012's lists run together, as
    Windows' fifteen-character names and hyphen-less host names write them: "homepc", "gamingrig",
    "officemac" name a use, not a person (red16 F7: "DESKTOP-HOMEPC" read as «Homepc»). Checked
    against the given names of /usr/share/dict/words: none of them splits so."""
    devices, others, _ = _device_words()
    vocabulary = devices | others
    if len(word) < 2 * _JOINED_PART or len(word) > 40:
        return False
    # parts[i]: the fewest list words that spell word[i:], or None.
    parts: list[int | None] = [None] * len(word) + [0]
    for i in range(len(word) - _JOINED_PART, -1, -1):
        best: int | None = None
        for j in range(i + _JOINED_PART, len(word) + 1):
            rest = parts[j]
            if rest is not None and word[i:j] in vocabulary and (best is None or rest + 1 < best):
                best = rest + 1
        parts[i] = best
    # Two or more: a word that is itself on a list was judged above.
    return parts[0] is not None and parts[0] >= 2


def _said_name(text: str) -> str:
    """"PRIYA" and "priya" as "Priya" ("joão dos santos" as "João dos Santos": a particle inside a
    name stays lower case); a name as its owner wrote it otherwise."""
    if len(text) > 2 and (text.isupper() or text.islower()):
        words = re.split(r"(\s+)", text.casefold())
        particles = _name_particles()
        last = len(words) - 1
        return "".join(w if w.isspace() or (0 < i < last and w in particles)
                       else "-".join(part[:1].upper() + part[1:] for part in w.split("-"))
                       for i, w in enumerate(words))
    return text


def _typed_lower(name: str) -> bool:
    """A name typed in lower case ("priya's iphone", "iPhone de maría": an account whose name was
    typed so): its case says nothing, and only the word lists tell it from a thing's (mta16 item 3)."""
    return name.islower()


def device_owner(fields: list[Field]) -> DeviceOwner | None:
    """The owner's name in a device name (HostComputer "Priya's MacBook Pro", "iPhone de María",
    "Priya-MacBook-Air", "DESKTOP-PRIYA", "Johns-iMac.local"), or None: "iPhone 15 Pro", "MacBook Pro",
    "DESKTOP-4F7K2QJ" name no one. Apple names a device after its owner's account ("<Name>'s
    iPhone") and Windows 7 after the user ("PRIYA-PC"), and it stays so unless renamed."""
    _, _, in_s = _device_words()
    for f in fields:
        if f.name.rpartition(":")[2] not in DEVICE_NAME_FIELDS or _is_revision(f):
            continue
        value = _HOST_SUFFIX.sub("", " ".join(f.value.split()))[:120]
        m = _POSSESSIVE.match(value)
        if m and _a_name(m.group("name"), written=not _typed_lower(m.group("name")), possessive=True) and (
                # In lower case, only before a device's own words ("priya's iphone"), as Apple writes it.
                not _typed_lower(m.group("name")) or _device_part(value[m.end() - 1:])):
            name = m.group("name")
            return DeviceOwner(f, _said_name(name), "", " " in name, True)
        m = _OWNER_AFTER.match(value)
        if m and _device_part(m.group("device")):
            name = m.group("name")
            articles = _owner_after_articles()
            # "iPad de la classe", "iPad del colegio", "iPad von der Schule": a thing, not an owner.
            thing = (m.group("prep").split()[-1].rstrip("'’").casefold() in articles
                     or name.split()[0].casefold() in articles)
            if thing:
                continue
            if _a_name(name, written=not _typed_lower(name)):
                return DeviceOwner(f, _said_name(name), "", " " in name, True)
        m = _WINDOWS_PREFIX.match(value)
        if m and _a_name(m.group("name"), written=False):
            name = m.group("name")
            # Windows' own seven random characters are letters and digits; seven letters can be
            # random too, so they must read as a word (a vowel or more in three, and spelt as a
            # name: "AQUIENU" is not).
            vowels = sum(ch in _VOWELS for ch in name.casefold())
            if len(name) != 7 or (vowels * 3 >= len(name) and not _NOT_SPELT_AS_A_NAME.search(name)):
                return DeviceOwner(f, _said_name(name), "", False, False)
            continue
        m = _WINDOWS_SUFFIX.match(value)
        if m and _a_name(m.group("name"), written=False):
            return DeviceOwner(f, _said_name(m.group("name")), "", False, True)
        m = _NAME_BEFORE.match(value)
        lower = m is not None and _typed_lower(m.group("name"))
        # In lower case, only macOS's local host name ("johns-imac.local", made from "john's imac"):
        # "fedora-laptop" and "arch-desktop" are a Linux machine's, named after no one.
        if m and _device_part(m.group("device")) and _a_name(m.group("name"), written=not lower) and (
                not lower or (_HOST_SUFFIX.search(f.value.strip()) is not None
                              and m.group("device").split("-")[0].casefold() in _apple_words())):
            name = _said_name(m.group("name"))
            low = name.casefold()
            if len(low) > 3 and low.endswith("s") and low not in in_s:
                if not _a_name(low[:-1], written=False):
                    # "admins-macbook-pro.local", "Wifes-iPad": a role's or a relation's possessive
                    # (rev16a item 6: «Admin», «Wifes»).
                    continue
                if (low[-2] not in _VOWELS and low[-2] != "s") or low[-2] == "e" or low[:-1] in in_s:
                    # "Johns-iMac": macOS's "John's iMac" without the apostrophe; "alices-macbook-pro"
                    # is Alice's (a name of its own in -es, James, is in NAMES_IN_S; mta16c); "Jamess"
                    # is James's.
                    return DeviceOwner(f, name[:-1], "", False, False)
                return DeviceOwner(f, name, f" (perhaps «{name[:-1]}»: macOS writes a name's "
                                   "possessive s without its apostrophe)", False, False)
            return DeviceOwner(f, name, "", False, False)
    return None


def _owner_said(owner: DeviceOwner) -> str:
    what = "its owner's name" if owner.full else "its owner's first name"
    how = ("the name a phone or computer is given after its owner's account unless it is renamed"
           if owner.default else "as people name their computers and phones")
    return (f"the device it was made on is named «{_short(owner.field.value)}» ({owner.field.name}), "
            f"which carries {what}, «{_short(owner.name)}»{owner.note}, {how}")


# The words of a server's name that name no organisation ("fs01", "SERVER", "nas-2"): such a host
# says the writer works on a network with a file server, not whose.
_GENERIC_HOST_WORDS = {"server", "srv", "fs", "fileserver", "files", "file", "nas", "share", "shares",
                       "data", "storage", "store", "dc", "pc", "desktop", "laptop", "home", "host",
                       "san", "backup", "public", "win", "windows", "local", "localhost", "office"}


def _is_server(value: str) -> bool:
    from nymaudit.metadata.office import file_server

    return file_server(value) is not None


def _file_server_finding(servers: list[Field], name: str, where: Origin) -> Finding:
    """META020 for a link to a file on a private or organisational file server (office.py's
    FileServer: `\\\\nhslothian-fs01\\Theatres`) when no Company field names the organisation:
    the server's name usually carries the organisation's, and its share the department (walk13
    item 10: it was only META018's low 'identifiers'). Low when the host names no one."""
    server = servers[0].value
    host = server.lstrip("\\/").split("\\")[0].split("/")[0]
    words = [w for w in re.split(r"[^a-z]+", host.casefold()) if w]
    generic = not any(len(w) > 3 and w not in _GENERIC_HOST_WORDS for w in words)
    what = ("a server whose name does not say whose it is, but shows the file was made on an "
            "organisation's network" if generic
            else "the host's name usually names the organisation, and the share its department")
    return rule("META020").finding(
        f"{name} links to a file on a private file server, '{_short(server)}': {what}.",
        _evidence(servers), where,
        clue_value=_short(server),
        severity=Severity.MEDIUM if generic else None,
        confidence="low" if generic else "medium",
    )


# The zones whose clocks also write +00:00, quoted so --redact masks them (TIME007's wording).
UTC_ZONES_SAID = "«Iceland and West Africa» all year and of «the UK, Ireland and Portugal» in winter"
# What makes +00:00 special, quoted too: said outside «» beside the masked offset, it told a redacted
# report's reader the offset (rev16a item 3, as red16 F4 found for TIME009 and TIME007; mta16c).
UTC_CLOCK_SAID = "«what a clock set to UTC writes»"


# A factory zone said beside the city (mta15): heuristics META014 factory_zones. FACTORY_NOTE tells
# such a finding (low confidence) from others, for detectors.metadata.local_utc_clocks to raise. The
# countries are quoted, as in UTC_ZONES_SAID, so --redact masks them: unquoted they named the masked
# zone and city (+00:00, London; mfx15, rev15a item 7).
FACTORY_NOTE = "it may be a default nobody chose"
_FACTORY_SAID = (" But «{city}» with summer time off is also the zone cameras come set to before "
                 f"anyone chooses one, so {FACTORY_NOTE}: weak on its own (low "
                 "confidence), unless other photos or posts point to «the UK, Ireland or Portugal».")


def _world_clock_finding(clock: WorldClock, fields: list[Field], name: str, where: Origin) -> Finding:
    """META014 from a camera's world-clock setting when no offset is stored (older Nikons, Pentaxes
    and Canons write none): the zone its clock followed, the city and the summer-time flag said."""
    summer = next((f for f in clock.fields if f.name == "DaylightSavings"), None)
    city = clock.city
    home = next((f for f in fields if f.name == "HometownCity"), None)
    kind = {"HometownCity": "its home city", "DestinationCity": "its destination city"}.get(
        city.name, "the city") if city is not None else ""
    named = f"{kind} «{_short(city.value)}» ({city.name}), " if city is not None else ""
    also = (f" Its home city is «{_short(home.value)}» (HometownCity)."
            if home is not None and city is not None and city.name == "DestinationCity" else "")
    zone = next((f.value for f in clock.fields if f.name == "WorldTimeZone"), "")
    flag = (f" (its zone {zone} with summer time on)" if summer is not None and summer.value in ("Yes", "On")
            else ", summer time off" if summer is not None else "")
    evidence = _evidence(list(clock.fields) + ([home] if also and home is not None else []))
    if clock.minutes == 0 and city is None:
        # Nikon's zone +00:00 and no summer time: a clock set to UTC, the zone Nikons come set to,
        # or London in winter: said as +00:00 alone is (info), raised by detectors.metadata's
        # local_utc_clocks when the same device wrote +01:00 in a British summer.
        return rule("META014").finding(
            f"{name} was taken with the camera's world clock set to UTC+00:00{flag} (maker notes, no "
            f"offset is stored): «what a clock set to UTC has, the zone cameras come set to», and also "
            f"the clock of {UTC_ZONES_SAID}, so on its own it says little.",
            evidence, where, clue_value="UTC+00:00", **_utc_clock_kw())
    message = (f"{name} was taken with the camera's world clock set to {named}{clock.said}{flag}: the "
               "time zone its clock followed, from the maker notes, though no offset is stored "
               "(a setting, which may be a trip's zone or left from one)." + also)
    if clock.factory and city is not None:
        message += _FACTORY_SAID.format(city=_short(city.value))
    return rule("META014").finding(message, evidence, where, clue_value=clock.said,
                                   confidence="low" if clock.factory else "medium")


def _utc_clock_kw() -> dict[str, str]:
    """META014's severity, confidence and advice for a file stating +00:00 alone (mfx14)."""
    advice = " ".join(str(rule("META014").data.get("advice_utc", "")).split())
    return {"severity": "info", "confidence": "medium", **({"advice": advice} if advice else {})}


def _offset_evidence(fields: list[Field]) -> str:
    """META014's evidence: the fields that state an offset, with the offset alone ("OffsetTime=
    +05:00; DateCreated=…+05:00"). The times themselves differ from photo to photo and are the
    timing rules' to read: with them in the evidence every photo of one trip was a finding of
    its own (red13 item 6: 2,000 photos, 2,000 medium findings); now the scan groups them."""
    stated: list[Field] = []
    for f in fields:
        offsets = utc_offsets([f])
        if offsets:
            value = f.value.strip()
            stated.append(f if value == offsets[0] else Field(f.group, f.name, f"…{offsets[0]}"))
    return _evidence(stated)


# A software value that is a version number alone: digits and dots, at most two letters before.
_VERSION_ONLY = re.compile(r"^[A-Za-z]{0,2}\d+(?:\.\d+)+$")


def _and(items: Iterable[str]) -> str:
    """"a, b and c"."""
    listed = list(items)
    return listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"


_OFFSET_ONLY = re.compile(r"^…?[+-]\d{2}:\d{2}$")


def offsets_only(evidence: str) -> bool:
    """Whether META014's evidence is ``_offset_evidence``'s: fields that each state an offset
    alone ("OffsetTime=+02:00; DateCreated=…+02:00"), nothing more (not a picture inside a
    document, not a time derived from GPS). Which fields a file uses differs from camera to
    camera and app to app; the offset is the fact, so detectors.metadata.same_facts groups such
    findings by their offsets alone (mta14)."""
    parts = [part.strip() for part in evidence.split(";") if part.strip()]
    stated = [part for part in parts if not (part.startswith("(+") and part.endswith(" more)"))]
    return bool(stated) and all(
        "=" in part and _OFFSET_ONLY.match(part.split("=", 1)[1].strip()) is not None for part in stated)


def _person_rank(f: Field, meta: FileMeta) -> int:
    """Where a person field stands in META012: the writer's own fields first."""
    if (f.name, f.value) in meta.embedded:
        return 4
    if f.name in MANAGER_FIELDS:
        return 3
    if f.name in REVIEWER_FIELDS:
        return 2
    return 1 if f.name in SECONDARY_PEOPLE else 0


def dossier_row(finding: Finding) -> str | None:
    """The dossier row a metadata finding's clue belongs in (profile.build_profile): its clue's
    kind, or a row of its own for a value that is not the writer's (a document's commenters and
    editors, its manager, a picture's own names and device), or None to leave it out (a picture's
    time zone: said in the finding, and no fact about the writer's clock)."""
    clue = finding.clue
    if clue is None:
        return None
    if _INSIDE.search(finding.evidence):
        if clue.kind == "identity" and f"{NAMED_MARK}; {INSIDE_KEY}=" in finding.evidence:
            return clue.kind  # maybe the writer's real name: the identity row, at low confidence
        if clue.kind in ("identity", "device"):
            return PICTURES_ROW
        if clue.kind == "location" and f"{CREDITED_MARK}; {INSIDE_KEY}=" in finding.evidence:
            return PICTURES_ROW  # another's photo: where it was taken is not where the writer was
        if clue.kind == "timezone":
            return None
    if finding.rule == "META012" and clue.kind == "identity":
        first = finding.evidence.partition("=")[0]
        if first in REVIEWER_FIELDS:
            return REVIEWERS_ROW
        if first in MANAGER_FIELDS:
            return MANAGER_ROW
    return clue.kind


def _hidden_content_findings(texts: list[Field], name: str, where: Origin,
                             comments: list[tuple[str, str]] | None = None) -> list[Finding]:
    """META029: an office document carries text its reader does not see (hidden sheets, speaker
    notes, comments, tracked deletions). Said by counts and, for the comments' words, by the kind
    of contact detail they hold; the text itself never enters the report."""
    from nymaudit.metadata.office import hidden_values_only

    hidden = [f for f in texts if f.name in HIDDEN_CONTENT_FIELDS]
    if not hidden:
        return []
    said = "; ".join(f.value for f in hidden)
    # Hidden rows or columns of numbers alone (a budget's helper column of formulas) hide no words:
    # said as values, at low (rev14b item 5; office.hidden_values_only).
    values_only = all(f.name == "HiddenParts" and hidden_values_only(f.value) for f in hidden)
    contacts = comment_contacts(comments or [])
    them = "them" if len(contacts) > 1 else "it"
    holds = (f" A comment holds {' and '.join(contacts)}: this report does not quote {them}, but "
             "anyone reading the comments can." if contacts else "")
    return [rule("META029").finding(
        f"{name} carries {'values' if values_only else 'text'} a reader of the document does not see: "
        f"{said}.{holds} Anyone who opens "
        "it in Word, Excel, PowerPoint or LibreOffice (or unzips it) can read it.",
        _evidence(hidden), where,
        # An e-mail address or phone number is a direct way to the person (rev13a item 8).
        severity=Severity.HIGH if contacts else Severity.LOW if values_only else None,
    )]


def comment_contacts(comments: list[tuple[str, str]]) -> list[str]:
    """The kinds of contact detail the words of a document's comments hold (rev13a item 8: an
    e-mail address and a phone number in a Word comment were only "1 comment, 13 words"), in the
    tool's words, never the value: the e-mail pattern the office reader uses and SELF002's phone
    pattern; an address at a domain that is not a free mail service (SELF005's lists) is said to
    be at an organisation's, whose name the report does not give."""
    from nymaudit.metadata.office import _EMAIL, _phone_pattern

    text = "\n".join(words for _, words in comments[:50])
    if not text:
        return []
    kinds: list[str] = []
    domains = [m.group(0).rpartition("@")[2].casefold() for m in _EMAIL.finditer(text)][:50]
    if domains:
        work = any(not _free_mail(d) for d in domains)
        kinds.append("an e-mail address" + (" at an organisation's domain (not a free mail service)"
                                            if work else ""))
    phone = _phone_pattern()
    if phone is not None and phone.search(text):
        kinds.append("a phone number")
    return kinds


@cache
def _free_mail_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The free mail services SELF005 uses (heuristics/core.toml [git]): domains, first labels."""
    from nymaudit.rules import load_file

    data = load_file("core").get("git", {})
    return (frozenset(str(x).casefold() for x in data.get("free_mail_domains", [])),
            frozenset(str(x).casefold() for x in data.get("free_mail_labels", [])))


def _free_mail(domain: str) -> bool:
    domains, labels = _free_mail_lists()
    return domain in domains or domain.split(".", 1)[0] in labels


def _drawing_findings(texts: list[Field], name: str, where: Origin) -> list[Finding]:
    """META027 (an SVG keeps its editable source) and META028 (text in hidden layers)."""
    found: list[Finding] = []
    source = [f for f in texts if f.name == "EditableSource"]
    if source:
        found.append(rule("META027").finding(
            f"{name} carries the editable source of the drawing: {source[0].value}. It holds "
            "what the picture does not show.",
            _evidence(source), where,
        ))
    hidden = [f for f in texts if f.name == "HiddenText"]
    if hidden:
        found.append(rule("META028").finding(
            f"{name} holds text in hidden layers or objects, invisible in a browser: "
            f"'{_short(hidden[0].value)}'.",
            _evidence(hidden), where,
        ))
    return found


def _embedded_findings(meta: FileMeta, name: str, where: Origin) -> list[Finding]:
    if meta.image_size is None:
        return []
    w, h = meta.image_size
    if w < 32 or h < 32:
        return []
    main_aspect = max(w, h) / min(w, h)  # rotation does not change the picture
    out: list[Finding] = []
    for f in meta.fields:
        if f.group != "embedded_image":
            continue
        m = re.search(r"(\d+)x(\d+)", f.value)
        if not m:
            continue
        tw, th = int(m.group(1)), int(m.group(2))
        if tw < 16 or th < 16:
            continue
        aspect = max(tw, th) / min(tw, th)
        if abs(aspect - main_aspect) / main_aspect <= 0.06:
            continue
        # Cameras store 4:3 thumbnails (160x120, 640x480) for 3:2 and 16:9 photos,
        # with black bars: a 4:3 preview of a wider image is expected, not a crop.
        if abs(aspect - 4 / 3) < 0.03 and main_aspect > aspect:
            continue
        out.append(rule("META013").finding(
            f"{name} embeds a {f.name} of {tw}x{th} whose shape differs from the "
            f"{w}x{h} image: it may show what was cropped out.",
            f"{f.name}={f.value}; image={w}x{h}", where,
        ))
        break
    return out


def status_of(meta: FileMeta, findings: list[Finding]) -> str:
    if not meta.supported:
        return "unsupported"
    if any(f.severity >= Severity.LOW for f in findings):
        return "identifying"
    if meta.error and not meta.fields and not _partial(meta.error):
        return "unreadable"
    if meta.error and PARTIAL_READ in meta.error:
        return "unreadable"  # a cap or the time budget left part of it unread: not known clean
    return "clean"


def _partial(error: str) -> bool:
    return "partial" in error or "truncated" in error or "placeholder" in error


# --- rule examples ------------------------------------------------------------

def parse_example(text: str) -> tuple[FileMeta, bool]:
    """Compact example encoding: fields "group:Name=value" separated by " | ";
    "image=WxH" sets the main image size; "platform_copy" marks a platform copy."""
    meta = FileMeta(format="example")
    platform = False
    for part in text.split(" | "):
        part = part.strip()
        if not part:
            continue
        if part == "platform_copy":
            platform = True
            continue
        if part.startswith("image="):
            w, _, h = part[6:].partition("x")
            meta.image_size = (int(w), int(h))
            continue
        head, _, value = part.partition("=")
        group, _, fname = head.partition(":")
        meta.fields.append(Field(group.strip(), fname.strip(), value.strip()))
    return meta, platform


def rule_example(rule: Rule, example: str) -> bool:
    """Matcher for heuristics/metadata.toml: does this example raise the rule?
    Several files are separated by " || "; a file marked "known " is one of the
    writer's real-name files (for the linkage rules)."""
    from nymaudit.metadata.linkage import LinkedFile, link_files, platform_copy_findings

    if " || " in example:
        files = []
        for i, chunk in enumerate(example.split(" || ")):
            known = chunk.startswith("known ")
            meta, _ = parse_example(chunk[6:] if known else chunk)
            files.append(LinkedFile(f"file{i}.jpg", meta, "real-name" if known else None))
        return any(f.rule == rule.id for f in link_files(files))
    meta, platform = parse_example(example)
    found = file_findings(meta, "example.jpg")
    if platform:
        found += platform_copy_findings(
            [("example.jpg", status_of(meta, found))], total=1
        )
    return any(f.rule == rule.id for f in found)

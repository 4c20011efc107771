"""Photos' clocks as evidence of the writer's UTC offset (TIME009).

A camera or phone stores the offset its clock was set to beside the capture time
(EXIF ``OffsetTimeOriginal``, since EXIF 2.31; an XMP capture date may carry it as
``2025-07-01T19:00:00+02:00``). Only the capture's own offsets count: EXIF ``OffsetTime``
and XMP ``ModifyDate`` are the clock of whatever last saved the file (an editor, months
later), not the camera's when it took the photo (twelfth session, rev12b item 2). Without
one, the capture time against the GPS time in UTC gives it (metadata.findings.derived_offset),
or, more weakly, the post the photo was attached to when its date states its own offset and
its local time follows the capture within POST_GAP_MINUTES (a photo posted on the spot).

The photos are the corpus's attachments; their bytes are read here as the metadata
detector reads them (metadata.extract, imported only when there are photos, so a scan
without photos starts as fast as before), and what was extracted is handed to it
(metadata.attachments.keep_extracted), so no photo is read twice against the input's
total read cap (rev12b item 5). Nothing here prints.

Weak evidence, said so: a photo taken while travelling shows the trip's clock, and a
camera whose clock was never set writes no offset or +00:00; one photo alone proves
little, and the finding is high only when photos of several days agree on one clock
(three photos of one afternoon abroad are one occasion, rev12b item 3).
"""

from __future__ import annotations

import re
import sys
import time
import weakref
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nymaudit.detectors.metadata import Device

# Files whose metadata can hold a capture time and its offset (the content decides the
# format; the name or media type only picks what to read).
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".heic", ".heif", ".avif", ".webp", ".png",
                  ".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2", ".raf", ".pef", ".srw")
# Caps so a photo library cannot stall the timing step (the metadata detector reads them
# all under its own budget): files, bytes of one file, CPU seconds in all.
MAX_PHOTOS = 2000
MAX_PHOTO_BYTES = 64 * 1024 * 1024
BUDGET_SECONDS = 10.0
# The capture-to-post gap accepted when a post gives the offset: a phone's photo posted on the
# spot. The gap is measured on the post's own clock (its date's stated offset), so a post whose
# date is in UTC ("Z", as Decap CMS writes it) bounds nothing and gives no reading: a capture
# time and a UTC time alone cannot tell an offset from an hour's wait (rev12b item 1). A clock a
# few minutes fast is allowed for (POST_EARLY_MINUTES). Weak even so (derived).
POST_GAP_MINUTES = 30
POST_EARLY_MINUTES = 5
# Photos of several days agreeing on one clock make the finding high; fewer, medium at most.
# Days, not photos: three shots of one afternoon abroad are one occasion (rev12b item 3).
HIGH_PHOTOS = 3
# +00:00 beside other offsets: an unset camera's default as much as a zone, so it weighs this
# much in the vote (rev12b item 4: four +00:00 photos outvoted three on Berlin's clock). Not a
# quarter: a London phone's four winter days at +00:00 then tied with one trip photo at +01:00
# and the zone became Lagos/Berlin (review rev12f 3); a half keeps both cases right.
ZERO_WEIGHT = 0.5
# Share of the photos with an offset that must fit the one clock for high confidence (the rest
# are trips or clocks set elsewhere).
HIGH_SHARE = 0.75
# Offset fields of the capture and the date each belongs to (EXIF 2.31: OffsetTimeDigitized is
# the offset of DateTimeDigitized, which metadata.tiff names CreateDate). Not OffsetTime: the
# offset of ModifyDate, the clock of the program that last saved the file.
_OFFSET_FIELDS = (("OffsetTimeOriginal", ("DateTimeOriginal",)),
                  ("OffsetTimeDigitized", ("CreateDate", "DateTimeDigitized")))
# Capture-time fields, whose value may carry an offset (XMP). Not ModifyDate (an editor's clock).
_DATE_FIELDS = ("DateTimeOriginal", "DateCreated", "CreateDate", "DateTimeDigitized")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")
_ISO_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$")
_LOCAL = re.compile(r"^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
MAX_OFFSET_MINUTES = 14 * 60
# A camera never set keeps its factory date (2000:01:01, a 1970 epoch): its times say nothing.
# Nor does a date after this year (a clock set wrong); the bound also keeps the zone matching
# small (12 look-ups a year a zone: 2,000 photos each of another year cost 7 s, rev12b item 9).
UNSET_BEFORE_YEAR = 2001


def _unset(taken: datetime) -> bool:
    return taken.year < UNSET_BEFORE_YEAR or taken.year > datetime.now(UTC).year + 1


@dataclass(frozen=True)
class PhotoClock:
    """One photo's clock: its UTC offset in minutes and where it came from."""

    display: str  # the file as reports name it
    name: str  # its base name
    minutes: int
    source: str  # the field (OffsetTimeOriginal, XMP DateTimeOriginal, GPS time, the post's time)
    taken: datetime | None  # local capture time (naive), when stored
    derived: bool = False  # worked out from two times, not stored
    # Why a stored +00:00 is a local clock, not one never set (metadata.findings.zero_is_local:
    # the maker notes name the city the clock follows), else "" (fifteenth session, item 4).
    local: str = ""
    # The camera (detectors.metadata.Device: its body serials and make and model), None when the
    # metadata names none; matched with Device.same_as, as META014 matches its peers (mta16c).
    camera: Device | None = None

    @property
    def device(self) -> str:
        """"serial N" when the camera states a body serial, else its make and model, else ""."""
        if self.camera is None:
            return ""
        return f"serial {self.camera.serials[0][1]}" if self.camera.serials else self.camera.model


# Photos on one clock taken over more days than this (first to last capture) are not one
# trip's: a holiday abroad rarely lasts longer than four weeks.
TRIP_DAYS = 28


def span_days(clocks: list[PhotoClock]) -> int:
    """Days from the first capture to the last among these photos (0 without two dates)."""
    days = sorted(c.taken.date() for c in clocks if c.taken is not None)
    return (days[-1] - days[0]).days if len(days) > 1 else 0


# Capture days at least this far apart are separate weeks: high confidence takes photos of
# HIGH_PHOTOS such days, so a week's daily photos of one trip (a holiday in New York) are not
# read as the home clock at high over a year of posting hours (red13 item 5, thirteenth session).
WEEK_DAYS = 7


def separate_weeks(clocks: list[PhotoClock]) -> int:
    """The most capture days among these photos that lie at least WEEK_DAYS apart from each
    other (greedy from the first, which finds the most): seven days of one trip count one or
    two, photos of three different months three. A photo without a capture date shows no spread."""
    count, last = 0, None
    for day in sorted({c.taken.date() for c in clocks if c.taken is not None}):
        if last is None or (day - last).days >= WEEK_DAYS:
            count, last = count + 1, day
    return count


def trip_length(clocks: list[PhotoClock]) -> bool:
    """Whether these photos were all taken within TRIP_DAYS (first to last capture): one trip's
    photos can be, however many weeks they touch. A fortnight's holiday photos of days 1, 8 and
    15 are three separate weeks, and read as high they capped a year of right hours (review
    rev13b item 4): high takes a spread longer than a trip as well."""
    return span_days(clocks) <= TRIP_DAYS


def occasions(clocks: list[PhotoClock]) -> int:
    """Distinct capture days (a photo without a capture date counts alone): the shots of one
    afternoon are one occasion."""
    days = {c.taken.date() for c in clocks if c.taken is not None}
    return len(days) + sum(1 for c in clocks if c.taken is None)


@dataclass
class PhotoReading:
    """What the photos' clocks say together."""

    clocks: list[PhotoClock]
    fitting: list[PhotoClock]  # those that fit the one clock most of them fit
    zones: list[str]  # zones (prior table, likeliest first) whose clock fits them
    unset: int = 0  # photos left out: a capture date before UNSET_BEFORE_YEAR (or in the future)
    read: int = 0  # photos read
    capped: str = ""  # "count": only the first MAX_PHOTOS read; "time": BUDGET_SECONDS ran out
    photos: int = 0  # photos among the attachments
    # ``zones`` reordered by the posting hours' probability of each (``rank_by_hours``).
    ranked_by_hours: bool = False
    # `check --history`'s photos of the same camera on another offset that one zone's clock showed
    # beside this +00:00 (``add_history_peers``): a clock that changes for summer time, not one never
    # set (tim15b); and how many of the history's photos were read for them, of how many, and the cap.
    peers: list[PhotoClock] = dataclass_field(default_factory=list)
    history_read: int = 0
    history_photos: int = 0
    history_capped: str = ""

    @property
    def stored(self) -> list[PhotoClock]:
        return [c for c in self.clocks if not c.derived]

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """(offset minutes, photos) of the fitting photos, most first."""
        counts: dict[int, int] = {}
        for c in self.fitting:
            counts[c.minutes] = counts.get(c.minutes, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def only_zero(self) -> bool:
        """The clock read says +00:00 alone (an unset camera's default as much as a zone)."""
        return all(c.minutes == 0 for c in self.fitting)

    @property
    def local_zero(self) -> str:
        """Why the +00:00 of the clock read is a local clock (``PhotoClock.local``: the maker notes
        name the city the camera follows), from the first photo on it that says; else ""."""
        if not self.only_zero:
            return ""
        return next((c.local for c in self.fitting if c.local), "")

    @property
    def all_zero(self) -> bool:
        return all(c.minutes == 0 for c in self.clocks)

    @property
    def weak_zero(self) -> list[PhotoClock]:
        """+00:00 photos off the clock read (not +00:00 itself): maybe a camera never set, so
        not counted against it."""
        if self.only_zero:
            return []
        return [c for c in self.clocks if c.minutes == 0 and c not in self.fitting]

    @property
    def confidence(self) -> str:
        """high: stored offsets of HIGH_PHOTOS days at least a week apart (``separate_weeks``)
        and the first and last more than TRIP_DAYS apart (``trip_length``) fit one clock, and
        three quarters of the photos do (+00:00 ones off it left aside), not +00:00 alone (an
        unset camera's default); medium: stored offsets of two days (of one trip too), or
        derived ones of HIGH_PHOTOS days; else low."""
        stored = [c for c in self.fitting if not c.derived]
        counted = len(self.clocks) - len(self.weak_zero)
        share = len(self.fitting) / max(1, counted)
        if self.only_zero:
            # The same camera on its summer hour in the history: two occasions on one clock (tim15b).
            return "medium" if self.peers else "low"
        if separate_weeks(stored) >= HIGH_PHOTOS and not trip_length(stored) and share >= HIGH_SHARE:
            return "high"
        if occasions(stored) >= 2 or occasions(self.fitting) >= HIGH_PHOTOS:
            return "medium"
        return "low"


def _minutes(sign: str, hh: str, mm: str) -> int | None:
    value = int(hh) * 60 + int(mm)
    if value > MAX_OFFSET_MINUTES or int(mm) % 15:
        return None
    return -value if sign == "-" else value


def _local(value: str) -> datetime | None:
    m = _LOCAL.match(value.strip())
    if not m:
        return None
    try:
        return datetime(*(int(x) if x else 0 for x in m.groups()))
    except ValueError:
        return None


def clock_of(fields: list[Any], display: str, post_time: datetime | None = None,
             post_offset_minutes: int | None = None) -> PhotoClock | None:
    """One photo's clock from its metadata fields (metadata.core.Field), or None. The capture's
    stored offset first, then one an XMP capture date carries, then the GPS time's difference,
    then (with ``post_time``, the time of the post it was attached to, and the offset that post's
    date states) the post's, when it followed on its own clock within POST_GAP_MINUTES."""
    name = display.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1] or display
    camera = device_of(fields)
    times: dict[str, str] = {}
    for f in fields:
        if getattr(f, "group", "") == "time":
            times.setdefault(f.name, str(f.value))  # the first of a name (EXIF before XMP)
    taken = next((t for n in _DATE_FIELDS if n in times and (t := _local(times[n])) is not None), None)
    if taken is not None and _unset(taken):
        return None
    for field, dates in _OFFSET_FIELDS:
        m = _OFFSET.match(times.get(field, ""))
        if m and (minutes := _minutes(*m.groups())) is not None:
            own = next((t for n in dates if n in times and (t := _local(times[n])) is not None), taken)
            if own is not None and _unset(own):
                continue
            return PhotoClock(display, name, minutes, field, own, local=_zero_is_local(fields, minutes),
                              camera=camera)
    for f in fields:
        if getattr(f, "group", "") != "time" or f.name not in _DATE_FIELDS:
            continue
        value = str(f.value).strip()
        m = _ISO_OFFSET.match(value)
        if m and (minutes := _minutes(*m.groups())) is not None:
            own = _local(value)
            if own is not None and _unset(own):
                continue
            return PhotoClock(display, name, minutes, f"XMP {f.name}", own or taken,
                              local=_zero_is_local(fields, minutes), camera=camera)
    try:
        from nymaudit.metadata.findings import derived_offset

        derived = derived_offset(list(fields))
    except Exception:  # another helper's module: a bug there must not end the timing step
        derived = None
    if derived is not None and not derived[3]:  # a GPS time without a date: too weak
        m = _OFFSET.match(derived[0])
        if m and (minutes := _minutes(*m.groups())) is not None:
            return PhotoClock(display, name, minutes, "capture time against GPS time", taken, derived=True,
                              camera=camera)
    setting = _world_clock_minutes(fields)
    if setting is not None:
        # No offset stored, but the maker notes keep the zone the camera's world clock was set to
        # (Nikon, Pentax, Canon; mta15): the clock's offset, worked out, not stored.
        return PhotoClock(display, name, setting, WORLD_CLOCK_SOURCE, taken, derived=True, camera=camera)
    if taken is not None and post_time is not None and post_offset_minutes is not None:
        minutes = post_offset(taken, post_time, post_offset_minutes)
        if minutes is not None:
            return PhotoClock(display, name, minutes, "capture time against its post's time", taken,
                              derived=True, camera=camera)
    return None


WORLD_CLOCK_SOURCE = "camera's world-clock setting"


def device_of(fields: list[Any]) -> Device | None:
    """The camera a photo came from, as META014 reads it for its peers (detectors.metadata.device_from:
    body serials normalised, a placeholder "0000000000" none, a lens's or flash's serial another
    object's; make and model case-folded), or None. mta16 left this on "any serial, as written", so
    TIME009 in `check --history` took a photo without a serial for another camera where META014
    matched it by make and model, and a placeholder serial for a camera (mta16c)."""
    from nymaudit.detectors.metadata import device_from

    return device_from(fields)


def _zero_is_local(fields: list[Any], minutes: int) -> str:
    """metadata.findings.zero_is_local for a stored +00:00, else "" (another helper's module:
    a bug there must not end the timing step)."""
    if minutes != 0:
        return ""
    try:
        from nymaudit.metadata.findings import zero_is_local

        return str(zero_is_local(list(fields)) or "")
    except Exception:
        return ""


def _world_clock_minutes(fields: list[Any]) -> int | None:
    """The UTC offset of the camera's world-clock setting (metadata.findings.world_clock), when it
    states one on a quarter hour within MAX_OFFSET_MINUTES and is not the maker's factory zone
    (Canon's London with summer time off: a default nobody chose); else None."""
    try:
        from nymaudit.metadata.findings import world_clock

        clock = world_clock(list(fields))
    except Exception:
        return None
    if clock is None or clock.factory or not isinstance(clock.minutes, int):
        return None
    minutes = clock.minutes
    if abs(minutes) > MAX_OFFSET_MINUTES or minutes % 15:
        return None
    return minutes


def post_offset(taken: datetime, post_time: datetime, stated: int | None) -> int | None:
    """The offset a post's date states (``stated`` minutes), as the photo's, when the post
    followed the local capture time within POST_GAP_MINUTES on that clock (a photo posted on
    the spot, where it was taken). None otherwise, and always without a stated offset or with
    +00:00: a UTC time cannot tell an offset from a wait (rev12b item 1: an hour's wait read as
    London)."""
    if not stated or abs(stated) > MAX_OFFSET_MINUTES or stated % 15:
        return None  # +00:00 too: "Z", as CMSs serialise, reaches here as 0 (sources/blog.py)
    try:
        utc = post_time.astimezone(UTC).replace(tzinfo=None) if post_time.tzinfo else post_time
        gap = ((utc + timedelta(minutes=stated)) - taken).total_seconds() / 60
    except (OverflowError, ValueError):
        return None
    if not -POST_EARLY_MINUTES <= gap <= POST_GAP_MINUTES:
        return None
    return stated


def _is_photo(att: Any) -> bool:
    media = str(getattr(att, "media_type", "") or "").lower()
    return media.startswith("image/") or str(att.path).lower().endswith(PHOTO_SUFFIXES)


def forget_earlier_scans() -> None:
    """Drop what an earlier scan kept for its metadata detector and it never took (a file it
    skipped, or a scan without the metadata detector), without importing the metadata readers
    when no scan in this process read photos."""
    attachments = sys.modules.get("nymaudit.metadata.attachments")
    if attachments is not None:
        attachments.forget_extracted()


def _release(kept: list[Any]) -> None:
    """Forget what was kept for these attachments and not taken (weakref.finalize's callback:
    only this scan's, a later scan's entries stay)."""
    from nymaudit.metadata.attachments import take_extracted

    for att in kept:
        take_extracted(att)


def read_clocks(corpus: Any, scan: Any = None) -> tuple[list[PhotoClock], int, int, str, int]:
    """(clocks, photos read, photos left out as never set, the cap that stopped the reading
    ("count", "time" or ""), photos among the attachments) from the corpus's photo attachments.
    No photo, no import of the metadata readers. What is extracted is kept for the metadata
    detector (metadata.attachments.keep_extracted), which then does not read the file again;
    what it does not take (a file it skips: its budget spent, or no metadata detector in this
    run) is forgotten when ``scan`` (the scan's context, which lives as long as the scan) is
    gone, so nothing extracted outlives its scan (thirteenth session, item 4)."""
    photos = [a for a in getattr(corpus, "attachments", []) if _is_photo(a)]
    if not photos:
        return [], 0, 0, "", 0
    # Extracted as the metadata detector extracts (attachments.extract, looked up when used):
    # it takes over what is read here, so the two reads must be one and the same.
    from nymaudit.metadata import attachments as metadata_files
    from nymaudit.metadata.attachments import forget_extracted, keep_extracted

    forget_extracted()  # a previous scan's, never handed over
    kept: list[Any] = []
    if scan is not None:
        weakref.finalize(scan, _release, kept)
    posts: dict[tuple[str, str], tuple[datetime, int]] = {}
    for post in corpus.posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        moment, stated = post.published_at, post.stated_offset_minutes
        if (moment is None or moment.tzinfo is None or extra.get("date_only") or extra.get("naive_time")
                or not post.id or not isinstance(stated, int)):
            continue  # only a date stating its own offset bounds the capture-to-post gap
        posts[(post.origin.path, str(post.id))] = (moment, stated)
    by_id: dict[str, list[tuple[str, tuple[datetime, int]]]] = {}
    for (path, pid), moment in posts.items():
        by_id.setdefault(pid, []).append((path, moment))

    def post_time(att: Any) -> tuple[datetime | None, int | None]:
        found = by_id.get(str(att.post_id or ""), [])
        same = [m for path, m in found if path.startswith(str(att.input_path))]
        return (same or [m for _, m in found] or [(None, None)])[0]

    clocks: list[PhotoClock] = []
    seen: set[tuple[datetime | None, int]] = set()
    unset = 0
    reading = _Reading()
    for att, meta in _extracted(photos, kept, reading, metadata_files.extract, keep_extracted):
        clock = clock_of(meta.fields, att.display, *post_time(att))
        if clock is None:
            taken = next((t for f in meta.fields if f.group == "time" and f.name in _DATE_FIELDS
                          and (t := _local(str(f.value))) is not None), None)
            unset += taken is not None and _unset(taken)
            continue
        if clock.taken is not None and (clock.taken, clock.minutes) in seen:
            continue  # a copy of a photo already read (a resized or thumbnail copy): one photo
        seen.add((clock.taken, clock.minutes))
        clocks.append(clock)
    return clocks, reading.read, unset, reading.capped, len(photos)


@dataclass
class _Reading:
    """How far ``_extracted`` read: photos read, and the cap that stopped it ("count", "time", "")."""

    read: int = 0
    capped: str = ""


def _extracted(photos: list[Any], kept: list[Any], reading: _Reading, extract: Any,
               keep: Any) -> Any:
    """Each photo with its metadata, extracted once within the caps (MAX_PHOTOS files, MAX_PHOTO_BYTES
    a file, BUDGET_SECONDS of CPU) and kept for the metadata detector (``keep``), which would read the
    same files: one loop for the scan's photos and `check --history`'s (tim15b wrote it twice)."""
    started = time.thread_time()
    reading.capped = "count" if len(photos) > MAX_PHOTOS else ""
    for att in photos[:MAX_PHOTOS]:
        if time.thread_time() - started > BUDGET_SECONDS:
            reading.capped = "time"
            return
        if att.size is not None and att.size > MAX_PHOTO_BYTES:
            continue
        try:
            data = att.read()
        except Exception:  # the metadata detector reports unreadable files
            continue
        if len(data) > MAX_PHOTO_BYTES:
            continue
        began = time.thread_time()
        meta = extract(data)
        del data
        keep(att, meta, time.thread_time() - began)
        kept.append(att)
        reading.read += 1
        yield att, meta


def history_clocks(attachments: list[Any], scan: Any = None) -> tuple[list[PhotoClock], int, str, int]:
    """(clocks, photos read, the cap that stopped the reading ("count", "time" or ""), photos among
    them) of `check --history`'s files (``ctx.options["clock_history"]``), read as ``read_clocks``
    reads the corpus's, with the same caps: MAX_PHOTOS files, MAX_PHOTO_BYTES a file, BUDGET_SECONDS
    of CPU. What is extracted is kept for the metadata detector's clock_peers, which reads the same
    files for META014 (detectors.metadata), so none is read twice; forgotten with ``scan``."""
    photos = [a for a in attachments if _is_photo(a)]
    if not photos:
        return [], 0, "", 0
    from nymaudit.metadata import attachments as metadata_files
    from nymaudit.metadata.attachments import keep_extracted

    kept: list[Any] = []
    if scan is not None:
        weakref.finalize(scan, _release, kept)
    clocks: list[PhotoClock] = []
    reading = _Reading()
    for att, meta in _extracted(photos, kept, reading, metadata_files.extract, keep_extracted):
        clock = clock_of(meta.fields, str(att.display))
        if clock is not None:
            clocks.append(clock)
    return clocks, reading.read, reading.capped, len(photos)


def add_history_peers(r: PhotoReading, history: list[PhotoClock], read: int = 0, capped: str = "",
                      photos: int = 0) -> None:
    """When the clock read says +00:00 alone, the history's photos of the same camera (``device``)
    on another offset that a zone whose clock showed +00:00 on the reading's dates showed on theirs
    (London's +01:00 in July beside its +00:00 in February): the camera's clock changes for summer
    time, so its +00:00 is a local winter clock, not one never set (mfx15's note, tim15b: TIME009 said
    "+00:00 says little" beside META014 raised to high for the same pair of photos). The zones named
    become those that fit both."""
    r.history_read, r.history_capped, r.history_photos = read, capped, photos
    if not r.only_zero or not r.zones:
        return
    cameras = {c.camera for c in r.fitting if c.camera is not None}
    peers = [_as_matched(h, cameras) for h in history
             if h.camera is not None and h.minutes != 0 and h.taken is not None
             and any(h.camera.same_as(camera) for camera in cameras)]
    zones = [z for z in r.zones if any(fits(z, p) for p in peers)]
    if not zones:
        return
    r.peers = sorted((p for p in peers if any(fits(z, p) for z in zones)),
                     key=lambda p: p.taken or datetime.min)
    r.zones = zones


def _as_matched(peer: PhotoClock, cameras: set[Device]) -> PhotoClock:
    """``peer`` with its camera as it was matched: its serials only when a camera of the reading states
    one in the same field (TIME009 says "by its serial number" from them), else its make and model."""
    by_serial = any(dict(peer.camera.serials).keys() & dict(camera.serials).keys()
                    for camera in cameras if peer.camera is not None and peer.camera.same_as(camera))
    if by_serial or peer.camera is None:
        return peer
    from nymaudit.detectors.metadata import Device

    return replace(peer, camera=Device((), peer.camera.model))


@cache
def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except Exception:  # a zone the database lacks
        return None


def zone_minutes(zone: str, taken: datetime) -> int | None:
    """A zone's UTC offset in minutes at a local time."""
    tz = _zone(zone)
    if tz is None:
        return None
    try:
        delta = taken.replace(tzinfo=tz).utcoffset()
    except (OverflowError, ValueError):
        return None
    return None if delta is None else int(delta.total_seconds() // 60)


def fits(zone: str, clock: PhotoClock) -> bool:
    """Whether a zone's clock showed this photo's offset when it was taken (or, with no capture
    date, in winter or summer)."""
    if clock.taken is not None:
        return zone_minutes(zone, clock.taken) == clock.minutes
    return clock.minutes in {zone_minutes(zone, datetime(2025, 1, 15, 12)),
                             zone_minutes(zone, datetime(2025, 7, 15, 12))}


def _weight(c: PhotoClock, zero_weak: bool) -> float:
    return (0.5 if c.derived else 1.0) * (ZERO_WEIGHT if zero_weak and c.minutes == 0 else 1.0)


def reading(clocks: list[PhotoClock], read: int = 0, unset: int = 0,
            capped: str = "", photos: int = 0) -> PhotoReading | None:
    """The one clock most photos fit: the zones of the prior table (timing.toml) whose clock
    fits the most of them, by occasion (a day's photos count once), stored offsets counting
    before derived ones and, beside other offsets, +00:00 ones (an unset camera's) little.
    None without clocks."""
    if not clocks:
        return None
    from nymaudit.timing.zones import zone_table

    population = {e.zone: e.population for e in zone_table()}
    zero_weak = any(c.minutes != 0 for c in clocks)
    scored: list[tuple[float, tuple[int, ...], str]] = []
    years = sorted({c.taken.year for c in clocks if c.taken is not None and not _unset(c.taken)} | {2025})
    shown = {c.minutes for c in clocks}
    for entry in zone_table():
        # Only the photos at an offset the zone used in those years (mid-month): a zone that never
        # showed them costs no look-up per photo (2,000 photos: 1.5 s -> a fraction).
        used = {zone_minutes(entry.zone, datetime(y, m, 15, 12)) for y in years for m in range(1, 13)}
        if not used & shown:
            continue
        fit = tuple(i for i, c in enumerate(clocks) if c.minutes in used and fits(entry.zone, c))
        if fit:
            # One occasion (day, offset) counts once, at its best photo's weight.
            best: dict[tuple[Any, int], float] = {}
            for i in fit:
                c = clocks[i]
                key = (c.taken.date() if c.taken is not None else i, c.minutes)
                best[key] = max(best.get(key, 0.0), _weight(c, zero_weak))
            scored.append((sum(best.values()), fit, entry.zone))
    if scored:
        top = max(s for s, _, _ in scored)
        # Of the fits that score best, the one fitting the most occasions (a tie of four home days
        # at a little weight and one trip photo goes home: rev12f 3), then the most populous
        # zone's; the zones named are those whose clock fits exactly those photos.
        chosen = max((x for x in scored if x[0] == top),
                     key=lambda x: (occasions([clocks[i] for i in x[1]]), population.get(x[2], 0.0)))[1]
        zones = sorted((z for s, f, z in scored if s == top and f == chosen),
                       key=lambda z: -population.get(z, 0.0))
        best_fit = [clocks[i] for i in chosen]
    else:
        # Offsets no zone of the table kept on those dates: the most common offset alone.
        common = max({c.minutes for c in clocks}, key=lambda m: sum(c.minutes == m for c in clocks))
        best_fit, zones = [c for c in clocks if c.minutes == common], []
    return PhotoReading(clocks, best_fit, zones, unset=unset, read=read, capped=capped, photos=photos)


def rank_by_hours(r: PhotoReading, posterior: dict[str, float]) -> None:
    """Order the zones whose clock fits the photos by the probability the posting hours give each
    (``TimingResult.zone_posterior``), population order breaking ties. Every one of them showed the
    photos' offsets on their dates (``fits``: a summer +01:00 is London's, Lisbon's and Lagos's);
    population alone named Africa/Lagos to a UK nurse whose hours keep Europe's clock changes
    (walkthrough 14 item 9). Unchanged when the hours give none of them any weight."""
    if r.ranked_by_hours or not any(posterior.get(z, 0.0) > 0 for z in r.zones):
        return
    r.zones = sorted(r.zones, key=lambda z: -posterior.get(z, 0.0))
    r.ranked_by_hours = True


def format_minutes(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def zone_agrees(r: PhotoReading, zone: str | None, standard: float | None) -> tuple[int, int]:
    """(photos whose offset the inferred zone's clock showed when they were taken, photos
    fitting the photos' own clock). Without a zone, the standard offset or an hour above it."""
    agree = 0
    for c in r.fitting:
        if zone:
            agree += fits(zone, c)
        elif standard is not None:
            agree += c.minutes in (round(standard * 60), round(standard * 60) + 60)
    return agree, len(r.fitting)



def rule_example(rule: Any, example: str) -> bool:
    """TIME009's examples: ``photos=OFFSET@DATE,...`` (OFFSET ``none`` for a photo that stores
    none), read as metadata fields through ``clock_of`` as the detector reads them."""
    from nymaudit.metadata.core import Field

    spec = dict(word.partition("=")[::2] for word in example.split())
    clocks = []
    for i, item in enumerate(x for x in spec.get("photos", "").split(",") if x):
        offset, _, day = item.partition("@")
        fields = [Field("time", "DateTimeOriginal", day.replace("-", ":") + " 15:00:00")]
        if offset != "none":
            fields.append(Field("time", "OffsetTimeOriginal", offset))
        clock = clock_of(fields, f"photo{i}.jpg")
        if clock is not None:
            clocks.append(clock)
    return reading(clocks) is not None

"""Helpers every reader shares: timestamp parsing, safe member reading, content
sniffing and attachment construction.

Nothing here raises on hostile data: parsers return None plus a reason, readers
turn the reason into an input error and go on.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import PurePosixPath
from typing import Any

from nymaudit.model import Attachment
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import (
    CP1252,
    CP1252_BYTES,
    READ_AS_CP1252,
    InputProblem,
    LegacyText,
    Member,
    Tree,
    decode_text,
    legacy_codec,
    size_text,
    text_encoding,
    undecodable,
    whole_characters,
)

# Images, video and office documents an account publishes; lower-case extensions.
MEDIA_TYPES: dict[str, str] = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "heic": "image/heic",
    "heif": "image/heif",
    "avif": "image/avif",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "dng": "image/x-adobe-dng",
    "cr2": "image/x-canon-cr2",
    "nef": "image/x-nikon-nef",
    "arw": "image/x-sony-arw",
    "gif": "image/gif",
    "svg": "image/svg+xml",
    "svgz": "image/svg+xml",
    "ico": "image/vnd.microsoft.icon",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
}

# What a blog folder's attachments are (the brief's list; audio left out).
DOCUMENT_AND_IMAGE_EXTENSIONS = frozenset(
    [
        "jpg",
        "jpeg",
        "png",
        "webp",
        "heic",
        "heif",
        "avif",
        "tif",
        "tiff",
        "dng",
        "cr2",
        "nef",
        "arw",
        "gif",
        "pdf",
        "docx",
        "xlsx",
        "pptx",
        "odt",
        "ods",
        "odp",
        "mp4",
        "mov",
    ]
)

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF8", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heif"),
    (b"ftypavif", 4, "image/avif"),
    (b"ftypqt", 4, "video/quicktime"),
    (b"ftyp", 4, "video/mp4"),
)


def extension(name: str) -> str:
    suffix = PurePosixPath(name).suffix
    return suffix[1:].lower() if suffix else ""


def media_type_for(name: str, head: bytes | None = None) -> str | None:
    """Media type from the extension, else from the first bytes when given."""
    known = MEDIA_TYPES.get(extension(name))
    if known or not head:
        return known
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, offset, media_type in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media_type
    return None


def sniff_head(tree: Tree, name: str, size: int = 4096) -> bytes:
    """The first bytes of a member for detection; b"" when it cannot be read."""
    try:
        head = getattr(tree, "head", None)
        if head is not None:
            return head(name, size)
        return tree.read(name, 64 * 1024 * 1024)[:size]
    except (InputProblem, OSError, ValueError):
        return b""


def head_text(tree: Tree, name: str, size: int = 4096) -> str:
    """The first bytes of a member as text: UTF-8, or UTF-16/32 after a byte-order mark
    (a cut at the end of the head gives one replacement character, harmless here)."""
    data = sniff_head(tree, name, size)
    codec, bom = text_encoding(data)
    return data[bom:].decode(codec, errors="replace")


def as_utf8(data: bytes | bytearray) -> bytes | bytearray:
    """UTF-16/32 text (with its byte-order mark) re-encoded as UTF-8, for the readers
    that walk a member's bytes; anything else is returned as it is."""
    codec, bom = text_encoding(data)
    if codec == "utf-8":
        return data
    return str(memoryview(data)[bom:], codec, errors="replace").encode("utf-8")


def read_member_text(tree: Tree, result: SourceResult, name: str, limit: int | None = None) -> str | None:
    """The member as text, or None after recording why it could not be read. Invalid
    UTF-8 is replaced and recorded as an error; reading goes on."""
    try:
        text, warning = tree.read_text(name) if limit is None else tree.read_text(name, limit)
    except InputProblem as exc:
        result.error(name, str(exc))
        return None
    except (OSError, ValueError, MemoryError) as exc:
        result.error(name, f"cannot read: {type(exc).__name__}")
        return None
    result.decoded(name, warning)
    return text


def _read_prefix(tree: Tree, result: SourceResult, name: str, limit: int,
                 what: str) -> tuple[Any, bool] | None:
    """A member's first ``limit`` bytes and whether there was more (said as an input error);
    None when it cannot be read (said too)."""
    try:
        data, more = tree.read_prefix(name, limit)
    except InputProblem as exc:
        result.error(name, str(exc))
        return None
    except (OSError, ValueError, MemoryError) as exc:
        result.error(name, f"cannot read: {type(exc).__name__}")
        return None
    if more:
        result.error(name, f"larger than the {size_text(limit)} cap {what}: the first "
                           f"{size_text(limit)} were read, the rest was not")
    return data, more


def read_member_prefix(tree: Tree, result: SourceResult, name: str, limit: int, what: str,
                       *, whole_lines: bool = False) -> str | None:
    """Like read_member_text, but a member over ``limit`` is read up to it and the rest
    said (``what``: "for one post"), as a long post inside a JSONL export is read, not
    refused whole. The text ends at a whole character (``whole_lines``: a whole line, so
    the cut record is not taken for a broken one)."""
    read = _read_prefix(tree, result, name, limit, what)
    if read is None:
        return None
    data, more = read
    if more:
        data = memoryview(data)[: whole_characters(data)]  # no copy of a 512 MiB prefix
    text, warning = decode_text(data)
    if more and whole_lines:
        text = text[: text.rfind("\n") + 1]
    result.decoded(name, warning)
    if "\x00" in text:
        # UTF-16 saved without a byte-order mark reads as letters and NULs: removed here for
        # every reader of posts (the blog reader kept them, and missed "Oka\0for").
        result.error(name, NUL_REMOVED)
        text = text.replace("\x00", "")
    return text


def read_member_lines(tree: Tree, result: SourceResult, name: str, limit: int, what: str,
                      *, lone_cr: bool = False) -> Iterator[str] | None:
    """The lines of a file of records (JSON Lines, CSV), each decoded on its own from the
    bytes, up to ``limit`` (whole lines; the rest said, as read_member_prefix does).
    Decoding the whole file first held it up to 8 times over: one emoji in a 600 MiB JSONL
    made the text 4 bytes a character, copied again by the cut and by the line splitter
    (5.0 GB). ``lone_cr``: whether a lone carriage return may end a line (CSV), which the
    byte walk does not split on: such a file is decoded whole as before."""
    read = _read_prefix(tree, result, name, limit, what)
    if read is None:
        return None
    data, more = read
    codec, bom = text_encoding(data)
    if codec != "utf-8" or (lone_cr and data.count(b"\r") != data.count(b"\r\n")):
        text, warning = decode_text(memoryview(data)[: whole_characters(data)] if more else data)
        del data
        if more:
            text = text[: text.rfind("\n") + 1]
        result.decoded(name, warning)
        return iter(io.StringIO(text, newline="" if lone_cr else "\n"))
    return _utf8_lines(data, bom, data.rfind(b"\n") + 1 if more else len(data), name, result)


# The INPUT001 words for NUL bytes in a text file (UTF-16 saved without a byte-order mark
# reads as letters and NULs): the readers remove them, and so does `watch check`.
NUL_REMOVED = "NUL bytes in the file; removed before reading"


def stream_legacy_codec(read: Callable[[int], bytes], rewind: Callable[[], None]) -> str | None:
    """decode_text's choice of Windows-1252 for a file read a piece at a time (`watch check`):
    CP1252 when the file has no byte-order mark, is not UTF-8, and reads as Windows-1252 by
    the same counts (tree.LegacyText, which do not depend on where the pieces are cut). A
    first pass checks that the file is UTF-8 (most are: nothing more is read); a file that is
    not is counted in a second. ``rewind`` goes back to the start after each pass."""
    head = read(4)
    codec, bom = text_encoding(head)
    if codec != "utf-8" or bom:
        rewind()
        return None
    checker = codecs.getincrementaldecoder("utf-8")(errors="strict")
    data = head
    try:
        while data:
            checker.decode(data)
            data = read(STREAM_PIECE)
        checker.decode(b"", True)
        rewind()
        return None
    except UnicodeDecodeError:
        rewind()
    sniffer = LegacyText()
    data = read(STREAM_PIECE)
    while data and not sniffer.refused:
        after = read(STREAM_PIECE)
        sniffer.feed(data, final=not after)
        data = after
    rewind()
    return sniffer.codec()


STREAM_PIECE = 1024 * 1024  # bytes read at a time by stream_legacy_codec


class TextDecoder:
    """The readers' decoding of a text file, a piece at a time (for `watch check`, which
    never holds a whole file): UTF-8, or UTF-16/32 after a byte-order mark, or Windows-1252
    for the bytes UTF-8 cannot read when ``legacy`` says the file reads so (stream_legacy_codec,
    as decode_text decides: tree.CP1252_BYTES);
    undecodable bytes replaced and NUL bytes removed, as decode_text and the generic reader
    do, each said once in ``problems`` in the readers' words (a file read as Windows-1252 in
    ``notes``: it was read). The first piece must hold the mark (4 bytes are enough)."""

    def __init__(self, legacy: str | None = None) -> None:
        self.inner: Any = None
        self.codec = "utf-8"
        self.legacy = legacy
        self.offset = 0  # bytes given to the decoder so far, from the file's start
        self.problems: list[str] = []
        self.notes: list[str] = []
        self._bad = False
        self._nul = False

    def decode(self, data: bytes, final: bool = False) -> str:
        if self.inner is None:
            self.codec, bom = text_encoding(data)
            errors = "strict"
            if self.codec == "utf-8" and not bom and self.legacy == CP1252:
                errors = CP1252_BYTES  # never raises: no byte is replaced
                self.notes.append(READ_AS_CP1252)
            self.inner = codecs.getincrementaldecoder(self.codec)(errors=errors)
            self.offset, data = bom, data[bom:]
        if not self._bad:
            state = self.inner.getstate()
            try:
                text = self.inner.decode(data, final)
            except UnicodeDecodeError as exc:
                self._bad = True
                self.problems.append(undecodable(self.codec, self.offset - len(state[0]) + exc.start))
                self.inner = codecs.getincrementaldecoder(self.codec)(errors="replace")
                self.inner.setstate(state)
                text = self.inner.decode(data, final)
        else:
            text = self.inner.decode(data, final)
        self.offset += len(data)
        if "\x00" in text:
            if not self._nul:
                self._nul = True
                self.problems.append(NUL_REMOVED)
            text = text.replace("\x00", "")
        return text


def _utf8_lines(data: bytes | bytearray, start: int, end: int, name: str,
                result: SourceResult) -> Iterator[str]:
    view = memoryview(data)
    warned = False
    errors = "strict"
    pos = start
    while pos < end:
        newline = data.find(b"\n", pos, end)
        stop = end if newline < 0 else newline + 1
        piece = view[pos:stop]
        try:
            line = str(piece, "utf-8", errors)
        except UnicodeDecodeError as exc:
            if not warned:
                warned = True
                # The bytes UTF-8 cannot read, read as Windows-1252 as decode_text reads them
                # (Excel's "CSV (Comma delimited)" is saved so), decided here, at the first line
                # that is not UTF-8, on all the bytes: the lines before it were UTF-8, which
                # reads the same either way (tree.CP1252_BYTES keeps UTF-8 sequences).
                if not start and legacy_codec(view[:end]) == CP1252:
                    errors = CP1252_BYTES
                    result.decoded(name, READ_AS_CP1252)
                    yield str(piece, "utf-8", errors)
                    pos = stop
                    continue
                result.error(name, undecodable("utf-8", pos + exc.start))
            line = str(piece, "utf-8", errors="replace")
        yield line
        pos = stop


# Image descriptions (alt text) are the writer's words about their photo ("my daughter Amy at
# Roundhay Park"): every reader joins them to the post's text the same way, so places,
# disclosures, links, contact details and the watchlist read them, and a finding's evidence
# starts with this label when the match is near the start of a description. Lower case in
# brackets: no name pattern reads it as a word of the body before it, no link takes it in.
IMAGE_DESCRIPTION = "[image description]"
# Post.extra key: where in Post.text the first description's label starts. The style
# profile reads the text before it only (docs/formats.md, "Image descriptions").
DESCRIPTIONS_AT = "descriptions_at"
MAX_DESCRIPTIONS = 50  # per post (Mastodon and X allow 4 images, Bluesky 4; hostile records more)
MAX_DESCRIPTION_CHARS = 10_000  # Mastodon allows 1,500, X 1,000, Bluesky 2,000 graphemes


def image_descriptions(values: list[object]) -> list[str]:
    """The usable descriptions of a post's media, in order, each once: stripped, empty ones
    and non-strings left out, each cut at MAX_DESCRIPTION_CHARS, at most MAX_DESCRIPTIONS."""
    found: list[str] = []
    for value in values:
        if len(found) >= MAX_DESCRIPTIONS:
            break
        if isinstance(value, str) and value.strip():
            text = value.strip()[:MAX_DESCRIPTION_CHARS]
            if text not in found:
                found.append(text)
    return found


def join_descriptions(text: str, descriptions: list[str], extra: dict[str, Any]) -> str:
    """``text`` with each image description after it, a paragraph each, marked with
    IMAGE_DESCRIPTION; records them in ``extra`` ("media_descriptions", and where they start
    under DESCRIPTIONS_AT). The text as it was when there are none."""
    if not descriptions:
        return text
    body = text.rstrip()
    head = body + "\n\n" if body else ""
    extra["media_descriptions"] = list(descriptions)
    extra[DESCRIPTIONS_AT] = len(head)
    return head + "\n\n".join(f"{IMAGE_DESCRIPTION} {d}" for d in descriptions)


# A profile field as its page shows it: X allows a bio of 160 characters, Mastodon 500 (some
# servers a few thousand). Beyond this no page shows it: the rest is not read, and said.
MAX_PROFILE_CHARS = 10_000
# A profile file is a few KB: one larger is no account's own (the same cap for X's profile.js
# and Mastodon's actor.json).
MAX_PROFILE_BYTES = 16 << 20
# Where a profile field's text is split into the sentences read once each.
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])\s+|\n+")
# Repeats below this many characters are a style ("Run. Run. Run."), not worth a line.
_REPEATS_SAID = 1000


def profile_text(value: str, result: SourceResult, where: str, what: str, cut_said: bool = False) -> str:
    """One profile field's text for the detectors. A sentence repeated in it is read once: a page
    saying "Staff nurse at Ninewells" 300 times says it once, and counting each as a mention made
    one field read as 57 posts agreeing (red13 item 12). Then cut at MAX_PROFILE_CHARS. Both are
    said on the input (``where``: the file; ``what``: "the bio") when they drop much; the cut not
    when ``cut_said`` (its HTML was cut already, and said)."""
    pieces = [piece for piece in _SENTENCE_END.split(value) if piece.strip()]
    seen: dict[str, str] = {}
    for piece in pieces:
        seen.setdefault(" ".join(piece.lower().split()), piece.strip())
    dropped = len(pieces) - len(seen)
    text = value
    if dropped:
        text = "\n".join(seen.values()) if "\n" in value else " ".join(seen.values())
        if len(value) - len(text) >= _REPEATS_SAID:
            result.error(where, f"{what} repeats sentences it already says ({dropped:,} repeats): each "
                                "sentence was read once (one page saying it again is no further mention)")
    if len(text) > MAX_PROFILE_CHARS and not cut_said:
        result.error(where, f"{what} is {len(text):,} characters, more than any profile page shows: the "
                            f"first {MAX_PROFILE_CHARS:,} were read, the rest was not")
    return text[:MAX_PROFILE_CHARS]


def make_attachment(tree: Tree, member: Member, *, post_id: str | None, platform_copy: bool) -> Attachment:
    return Attachment(
        path=member.name,
        input_path=tree.label,
        media_type=media_type_for(member.name),
        size=member.size,
        post_id=post_id,
        loader=tree.loader(member.name),
        platform_copy=platform_copy,
        shown_as=tree.display(member.name),
    )


_DATE_LIKE = re.compile(r"[0-9A-Za-z:+\-./ ,]{0,40}")
_LETTERS = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"[0-9]+")
_DATE_WORDS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun",
               "jul", "aug", "sep", "oct", "nov", "dec", "utc", "gmt", "bst"}
# Whole words a date may hold: the names above in full or cut to three letters
# (so "Sunderland" or "Mayhew" is no date word), ISO's T and Z, am/pm, ordinals.
_DATE_LETTERS = _DATE_WORDS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "thur",
    "thurs", "january", "february", "march", "april", "june", "july", "august", "september", "sept",
    "october", "november", "december", "t", "z", "am", "pm", "st", "nd", "rd", "th"}


_ISO_DATE = re.compile(
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?)?"
    r" ?(?:Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2})?", re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{2}|[0-9]{4})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?: ?[ap]m)?)?", re.IGNORECASE)
_MONTH_OR_DAY = _DATE_LETTERS - {"t", "z", "am", "pm", "st", "nd", "rd", "th", "utc", "gmt", "bst"}


def _looks_like_date(text: str) -> bool:
    """A date or time and nothing else, in a shape dates are written in: ISO
    (2024-13-45T25:00Z), day/month/year with slashes or dots, or words with a month
    or weekday name ("Mon Mar 03 25:00:00 +0000 2025"). Postcodes ("LS18 5PQ",
    "2012 AM"), phone numbers ("212-555-1999") and IP addresses fall outside."""
    if not _DATE_LIKE.fullmatch(text):
        return False
    stripped = text.strip()
    if _ISO_DATE.fullmatch(stripped) or _NUMERIC_DATE.fullmatch(stripped):
        return True
    letters = [w.lower() for w in _LETTERS.findall(text)]
    if not any(w in _MONTH_OR_DAY for w in letters) or any(w not in _DATE_LETTERS for w in letters):
        return False
    return all(len(d) <= 4 for d in _DIGITS.findall(text))


# Python refuses str() of an int over sys.get_int_max_str_digits() decimal digits
# (4300 by default, 640 the lowest it may be set to) with ValueError, and YAML/TOML
# build such ints from a short hex, binary or sexagesimal literal ("0x" + 5000 "f").
# 2000 bits is at most 603 digits: converted under any setting of that limit.
MAX_INT_BITS = 2000
_LOG10_2 = 0.30102999566398120


def as_text(value: object) -> str:
    """``str(value)`` for a value parsed from a file (YAML, TOML, JSON), never raising:
    an int too large to convert becomes "<an integer of about N digits>", and a list
    or mapping holding one (or nested too deep) a description of its type and size."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        bits = value.bit_length()
        if bits > MAX_INT_BITS:
            return f"<an integer of about {int(bits * _LOG10_2) + 1} digits>"
        return str(value)
    try:
        return str(value)
    except (ValueError, RecursionError):
        size = len(value) if isinstance(value, list | dict | tuple | set) else None
        count = "" if size is None else f" of {size} item" + ("" if size == 1 else "s")
        return f"<a {type(value).__name__}{count}>"


def short(value: object, limit: int = 40) -> str:
    """A value for an error message. Error lines reach stderr and unredacted
    reports, so only date-like values are quoted; anything else (which may be
    post text in the wrong column) is described by its type and length."""
    if value is None or value == "":
        return "(empty)"
    text = as_text(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        return text  # already a description: "<an integer of about 1506 digits>"
    if len(text) <= limit and _looks_like_date(text):
        return repr(text)
    return f"({type(value).__name__} of {len(text)} characters)"


# ---------------------------------------------------------------------------
# Timestamps


@dataclass(frozen=True, slots=True)
class ParsedTime:
    when: datetime  # UTC-aware
    offset_minutes: int | None  # the offset the record stated, None if none/naive
    naive: bool = False  # no zone in the record; read as UTC
    date_only: bool = False  # no time of day in the record


# 2024-03-01, 2024-03-01 08:15, 2024-03-01T08:15:00.123+01:00, 2024-03-01 08:15:00 +0000,
# 2023-02-10 18:24:39 UTC. Bounded quantifiers only: no backtracking blow-up.
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[Tt ]{1,2}(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"[ \t]{0,3}(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)

_TWITTER = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) "
    r"(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def _offset_minutes(zone: str | None) -> int | None:
    if zone is None:
        return None
    if zone in ("Z", "z", "UTC", "GMT"):
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    if hours > 18 or minutes > 59:
        raise ValueError("offset out of range")
    return sign * (hours * 60 + minutes)


def _build(
    year: int,
    month: int,
    day: int,
    hour: int,
    minute: int,
    second: int,
    micro: int,
    offset: int | None,
) -> datetime:
    tz = timezone(timedelta(minutes=offset)) if offset is not None else UTC
    local = datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    return local.astimezone(UTC)


def parse_timestamp(value: object) -> tuple[ParsedTime | None, str | None]:
    """Parse an ISO 8601 / RFC 3339 / Jekyll / Reddit / Twitter date string.

    Returns (parsed, None) or (None, reason) with reason "unparseable date ..." or
    "impossible date ...". Never raises.
    """
    if not isinstance(value, str):
        return None, f"unparseable date {short(value)}"
    text = value.strip()
    if not text or len(text) > 64:
        return None, f"unparseable date {short(value)}"
    try:
        match = _ISO.fullmatch(text)
        if match:
            y, mo, d, h, mi, s, frac, zone = match.groups()
            offset = _offset_minutes(zone)
            micro = int((frac or "0")[:6].ljust(6, "0"))
            when = _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), micro, offset)
            parsed = ParsedTime(when, offset, naive=zone is None and h is not None, date_only=h is None)
            return parsed, None
        match = _TWITTER.fullmatch(text)
        if match:
            mon, d, h, mi, s, zone, y = match.groups()
            offset = _offset_minutes(zone)
            when = _build(int(y), _MONTHS[mon], int(d), int(h), int(mi), int(s), 0, offset)
            return ParsedTime(when, None), None
    except (ValueError, OverflowError):
        return None, f"impossible date {short(value)}"
    return None, f"unparseable date {short(value)}"


def from_date_object(value: object) -> ParsedTime | None:
    """YAML / TOML front matter already turned into date or datetime objects."""
    try:
        if isinstance(value, datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                return ParsedTime(value.replace(tzinfo=UTC), None, naive=True)
            offset = value.utcoffset()
            minutes = int(offset.total_seconds() // 60) if offset is not None else None
            return ParsedTime(value.astimezone(UTC), minutes)
        if isinstance(value, date):
            return ParsedTime(
                datetime(value.year, value.month, value.day, tzinfo=UTC),
                None,
                date_only=True,
            )
    except (ValueError, OverflowError):
        return None
    return None


def time_extra(parsed: ParsedTime) -> dict[str, bool]:
    """The Post.extra flags the timing detector reads."""
    flags: dict[str, bool] = {}
    if parsed.naive:
        flags["naive_time"] = True
    if parsed.date_only:
        flags["date_only"] = True
    return flags


def stated_offset(value: object, parsed: ParsedTime) -> int | None:
    """The offset a record stated as a number (+01:00, +0000); None for naive times
    and for 'Z'/'UTC', which say how the tool serialised, not where the writer was."""
    if parsed.offset_minutes is None or not isinstance(value, str):
        return None
    if value.strip().upper().endswith(("Z", "UTC", "GMT")):
        return None
    return parsed.offset_minutes

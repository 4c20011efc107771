"""Shared pieces of the metadata extractors: the field record, the per-file
result, and a Collector that de-duplicates fields and enforces a time budget.

Every extractor works on bytes in memory (never on a path, never extracting to
disk) and must tolerate any input: it may stop early, but it records what it
found and why it stopped.
"""

from __future__ import annotations

import re
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

GROUPS = (
    "gps", "serial", "person", "software", "time", "embedded_image", "document_id",
    "place", "free_text", "device",
)

# A file that takes longer than this is cut short and reported as partial. CPU time of the
# reading thread (time.thread_time) since 29 November 2026 (ninth session): wall time made a
# borderline file "partial" on a loaded machine and "clean" on an idle one.
DEFAULT_BUDGET_SECONDS = 1.5
# A backstop in wall time, so a reader blocked without using CPU still ends: this many times
# the budget, far beyond what load alone does to a file within its CPU budget.
WALL_BACKSTOP_FACTOR = 10
# What one file's compressed parts (PNG zTXt/iTXt chunks, SVGZ, draw.io pages, an office
# file's zip parts, a PDF's XMP stream, and the files embedded in it) may expand to in all.
# Each part has its own cap too; this one stops a file of many small bombs, each under its
# part's cap: 200 zTXt chunks of 4 MB each cost a PNG its whole time budget before.
MAX_INFLATED_TOTAL = 16 * 1024 * 1024
# Office documents hold their text in zip parts of tens of MB legitimately.
OFFICE_INFLATED_TOTAL = 256 * 1024 * 1024
# A value is cut to this many characters before it is cleaned: the cleaned value keeps at
# most MAX_VALUE_CHARS, and cleaning a 4 MB text chunk took 0.2 s a value.
MAX_CLEAN_INPUT = 64 * 1024
INFLATE_STEP = 1024 * 1024  # output per zlib call: the time budget is checked between them
MAX_VALUE_CHARS = 400
MAX_FIELDS = 2000
# EXIF/TIFF directory entries read in one file, all its IFDs together (tiff.TiffReader.ifd).
MAX_FILE_ENTRIES = 20_000
# What an error says when the reader stopped before the end of a file (the time budget,
# a nesting or count cap): the file counts as only partly checked (META026), never clean.
PARTIAL_READ = "partial result"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]+")
_SPACES = re.compile(r"\s+")


class BudgetExceeded(Exception):
    """The per-file time budget ran out; what was found so far is kept."""


class Malformed(Exception):
    """The structure is broken beyond what the extractor can read around."""


@dataclass(frozen=True, slots=True)
class Field:
    group: str
    name: str
    value: str

    def as_dict(self) -> dict[str, str]:
        return {"group": self.group, "name": self.name, "value": self.value}


@dataclass(slots=True)
class FileMeta:
    """What one file holds. ``image_size`` is the main image (width, height) when
    known, so embedded previews can be compared with it."""

    format: str
    fields: list[Field] = field(default_factory=list)
    error: str | None = None
    supported: bool = True
    image_size: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)
    partial: bool = False  # a cap left part of the file unread (Collector.skipped)
    # (field name, value) -> where the file inside this one that gave it sits ("word/media/
    # image1.jpg inside the document"), for values the file itself does not also hold: a finding
    # on them names the picture, not the document (rev12e item 8).
    embedded: dict[tuple[str, str], str] = field(default_factory=dict)
    # (field name, words) a reader does not see and the report never quotes (a Word or ODF
    # comment's words: META029 counts them): read only to say when they name a value another
    # finding identified (profile.join_free_text), never in the fields, the JSON or a message.
    unshown_texts: list[tuple[str, str]] = field(default_factory=list)

    def values(self, group: str) -> list[Field]:
        return [f for f in self.fields if f.group == group]

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "error": self.error,
            "fields": [f.as_dict() for f in self.fields],
        }


def clean_text(value: Any) -> str:
    """A printable, single-line, bounded rendering of a metadata value."""
    if isinstance(value, bytes):
        value = decode_text(value)
    text = str(value)[:MAX_CLEAN_INPUT]
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


def decode_text(raw: bytes) -> str:
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        try:
            return raw.decode("utf-16").split("\x00", 1)[0]
        except UnicodeDecodeError:
            pass
    raw = raw.split(b"\x00", 1)[0]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# Placeholder values that cameras and programs write when nothing was set.
_EMPTY_VALUES = {
    "", "0", "none", "null", "n/a", "na", "-", "unknown", "default", "(none)",
    "ascii", "unicode", "undefined", "owner name", "0000000000", "00000000",
}


def is_blank(text: str) -> bool:
    low = text.strip().strip("\x00 ").lower()
    if low in _EMPTY_VALUES:
        return True
    return bool(re.fullmatch(r"[0\s.:\-]*", low))


@dataclass(slots=True)
class Limits:
    """What one file may cost, shared by the collectors of the files embedded in it."""

    deadline: float  # time.thread_time()
    wall_soft: float  # time.perf_counter(): before it the CPU budget cannot be spent either
    wall_deadline: float  # time.perf_counter()
    inflate_left: int  # bytes its compressed parts may still expand to
    inflate_total: int  # what they could expand to at first (the message says it)


@dataclass(slots=True)
class Inflated:
    """What ``Collector.inflate`` gave: the bytes, why it stopped early ("limit": the
    part's own cap, "total": the file's; None when it did not), and whether the stream
    reached its end (a gzip or zlib stream cut off does not)."""

    data: bytes
    cut: str | None
    eof: bool


class Collector:
    """Gathers fields for one file; the extractors call ``add`` and ``check``."""

    def __init__(self, fmt: str, budget: float = DEFAULT_BUDGET_SECONDS) -> None:
        self.meta = FileMeta(format=fmt)
        self._seen: set[tuple[str, str, str]] = set()
        total = OFFICE_INFLATED_TOTAL if fmt in ("ooxml", "odf") else MAX_INFLATED_TOTAL
        wall = time.perf_counter()
        self.limits = Limits(time.thread_time() + budget, wall + budget,
                             wall + budget * WALL_BACKSTOP_FACTOR, total, total)
        self.image_sizes: list[tuple[int, int]] = []
        self.make = ""
        self.model = ""
        self.depth = 0  # nesting of containers (EXIF inside JPEG inside RW2 ...)
        self.skips: set[str] = set()  # notes that mean unread content (skipped)
        # IFD entries the TIFF reader may still read in this file (tiff.MAX_FILE_ENTRIES).
        self.ifd_entries_left = MAX_FILE_ENTRIES

    def check(self) -> None:
        limits = self.limits
        now = time.perf_counter()
        # A thread uses no more CPU than the wall time that passed: until the budget has
        # passed in wall time, the dearer CPU clock (1.6 us a call, 11 calls an image) is
        # not read.
        if now > limits.wall_soft and (time.thread_time() > limits.deadline or now > limits.wall_deadline):
            raise BudgetExceeded(f"time budget exceeded; {PARTIAL_READ}")

    def share_limits(self, outer: Collector) -> None:
        """An embedded file spends the time and the inflate allowance of the file holding it."""
        self.limits = outer.limits

    def _total_reached(self) -> None:
        total = self.limits.inflate_total
        self.skipped(f"compressed parts expand past {total // (1024 * 1024)} MiB in all "
                     "(a bomb of small pieces?); the rest were not read")

    def take_inflated(self, size: int) -> bool:
        """Charge ``size`` inflated bytes (a zip part read by zipfile) to the file's total;
        False, said once, when the total has no room for them (the part is not read)."""
        if size > self.limits.inflate_left:
            self.limits.inflate_left = 0
            self._total_reached()
            return False
        self.limits.inflate_left -= size
        return True

    def inflate(self, data: bytes, limit: int, wbits: int = zlib.MAX_WBITS) -> Inflated:
        """Decompress a zlib (``wbits`` 15), gzip (31) or raw deflate (-15) stream, at most
        ``limit`` bytes and no more than the file's inflate total, a piece at a time with the
        time budget checked between pieces. The one inflate of the metadata readers: each
        part's cap alone let a file of many parts each under it cost seconds. Raises
        zlib.error on a corrupt stream. Reaching the file's total is said here (skipped);
        a part cut at its own ``limit`` is for the caller to say."""
        cap = min(limit, self.limits.inflate_left)
        if cap <= 0 and limit > 0:
            self._total_reached()
            return Inflated(b"", "total", False)
        d = zlib.decompressobj(wbits)
        pieces: list[bytes] = []
        got = 0
        pending = data
        while got <= cap and not d.eof:
            self.check()
            piece = d.decompress(pending, min(INFLATE_STEP, cap + 1 - got))
            before = len(pending)
            pending = d.unconsumed_tail
            if not piece and len(pending) >= before:
                break  # the input ran out before the stream's end
            pieces.append(piece)
            got += len(piece)
        out = b"".join(pieces)
        cut: str | None = None
        if got > cap:
            out = out[:cap]
            cut = "limit" if cap >= limit else "total"
        self.limits.inflate_left -= len(out)
        if cut == "total":
            self.limits.inflate_left = 0
            self._total_reached()
        return Inflated(out, cut, d.eof)

    def add(self, group: str, name: str, value: Any, *, keep_blank: bool = False) -> None:
        text = clean_text(value)
        if not keep_blank and is_blank(text):
            return
        key = (group, name, text)
        if key in self._seen:
            return
        if len(self.meta.fields) >= MAX_FIELDS:
            self.skipped(f"more than {MAX_FIELDS} metadata fields; the rest were not read")
            return
        self._seen.add(key)
        self.meta.fields.append(Field(group, name, text))

    def enter(self) -> bool:
        """Count one more level of nesting; False when a hostile file nests too deep."""
        if self.depth >= 6:
            self.skipped("metadata nested too deeply; inner blocks skipped")
            return False
        self.depth += 1
        return True

    def leave(self) -> None:
        self.depth -= 1

    def note(self, message: str) -> None:
        if message not in self.meta.notes and len(self.meta.notes) < 20:
            self.meta.notes.append(message)

    def skipped(self, message: str) -> None:
        """A cap left part of the file unread: said, and the file is a partial read, so
        `check` fails closed (META026) instead of calling what was not read clean."""
        self.meta.partial = True
        if message not in self.meta.notes:
            # Ahead of ordinary notes: the error line shows the first five.
            at = sum(1 for n in self.meta.notes if n in self.skips)
            self.skips.add(message)
            if at < 20:
                self.meta.notes.insert(at, message)

    def set_image_size(self, width: Any, height: Any) -> None:
        try:
            w, h = int(width), int(height)
        except (TypeError, ValueError):
            return
        if 0 < w < 1_000_000 and 0 < h < 1_000_000:
            self.image_sizes.append((w, h))
            if self.meta.image_size is None:
                self.meta.image_size = (w, h)


_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def jpeg_dimensions(data: bytes, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """(width, height) from the first SOF marker of a JPEG stream, or None."""
    end = len(data) if end is None else min(end, len(data))
    if data[start : start + 2] != b"\xff\xd8":
        return None
    pos = start + 2
    for _ in range(500):
        if pos + 4 > end:
            return None
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker in _SOF_MARKERS and pos + 9 <= end:
            h = int.from_bytes(data[pos + 5 : pos + 7], "big")
            w = int.from_bytes(data[pos + 7 : pos + 9], "big")
            return (w, h) if w and h else None
        if marker == 0xDA or length < 2:
            return None
        pos += 2 + length
    return None


def describe_embedded(kind: str, data: bytes, start: int, length: int) -> str:
    """Human text for an embedded image: type, size in pixels when readable, bytes."""
    if start < 0 or length <= 0:
        return ""
    chunk_end = min(len(data), start + length)
    head = data[start : start + 8]
    if head.startswith(b"\xff\xd8"):
        dims = jpeg_dimensions(data, start, chunk_end)
        if dims:
            return f"JPEG {dims[0]}x{dims[1]}, {length} bytes"
        return f"JPEG, {length} bytes"
    if head.startswith(b"\x89PNG"):
        if chunk_end - start >= 24:
            w = int.from_bytes(data[start + 16 : start + 20], "big")
            h = int.from_bytes(data[start + 20 : start + 24], "big")
            return f"PNG {w}x{h}, {length} bytes"
        return f"PNG, {length} bytes"
    return f"{kind}, {length} bytes"

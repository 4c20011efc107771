"""Read-only, capped access to an input: a folder, a zip, a tar or tar.gz, or a single file.

Readers never touch the file system directly: they list members and read them
through a Tree, which enforces the size caps, refuses unsafe member names and
never extracts anything to disk.
"""

from __future__ import annotations

import bisect
import codecs
import io
import os
import re
import stat
import struct
import tarfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

# Generous enough for the largest real archives (a heavy account's tweets.js runs to
# hundreds of MB), small enough that a hostile input cannot exhaust memory.
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3
# A real archive compresses text about 3-10x; bombs compress thousands of times.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_FLOOR = 4 * 1024**2  # small members may compress well legitimately
# The same ratio over all the members of a zip read so far, past this many bytes: 200 members
# of 784 KB at 640:1 each passed the check one by one (a gzip'd tar's is over the stream).
AGGREGATE_RATIO_FLOOR = 64 * 1024**2
# An MP4/MOV attachment this large is read without its media data (read_attachment).
VIDEO_SKELETON_FLOOR = 16 * 1024**2
SNIFF_BYTES = 64 * 1024  # what metadata.sniff reads of a file at most (a zip's kind aside)
MAX_MEMBERS = 500_000
CHUNK = 1024 * 1024


# Text saved as "Unicode" (Windows Notepad, Excel's "Unicode Text") starts with a
# UTF-16 byte-order mark; UTF-32 ones are rarer. Longest first: FF FE 00 00 is UTF-32.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xef\xbb\xbf", "utf-8"),
)


def text_encoding(head: bytes | bytearray | memoryview) -> tuple[str, int]:
    """(codec, length of the byte-order mark) of text that starts with ``head``;
    UTF-8 without a mark when there is none."""
    for bom, codec in _BOMS:
        if head[: len(bom)] == bom:
            return codec, len(bom)
    return "utf-8", 0


def decode_text(data: bytes | bytearray | memoryview) -> tuple[str, str | None]:
    """Text in UTF-8, or UTF-16/32 with a byte-order mark, or Windows-1252 when it is not
    UTF-8 and reads cleanly so (``LegacyText``). Returns (text, warning) where warning
    describes invalid bytes that were replaced, or is READ_AS_CP1252 (a note, not an error)."""
    codec, bom = text_encoding(data)
    view = memoryview(data)[bom:]
    try:
        return str(view, codec), None
    except UnicodeDecodeError as exc:
        if codec == "utf-8" and not bom and legacy_codec(view) == CP1252:
            return str(view, "utf-8", CP1252_BYTES), READ_AS_CP1252
        return str(view, codec, errors="replace"), undecodable(codec, exc.start + bom)


# Windows-1252: what Notepad calls "ANSI" and Word "Western European (Windows)" on a Western
# Windows. A draft saved so holds "I\x92m a nurse": read as UTF-8, the apostrophe became U+FFFD
# and "I'm a nurse" was lost (tenth session). Read as CP1252 when nothing says otherwise.
CP1252 = "cp1252"
# decode_text's warning for a file read so: a note beside the input (INPUT008), not an error.
READ_AS_CP1252 = "read as Windows-1252"
# The error handler that reads the bytes UTF-8 cannot as Windows-1252, and only those: a UTF-8
# draft with a paragraph pasted from an old "ANSI" file keeps its "Zoë" (the whole file read
# as CP1252 made it "ZoÃ«" and a watched name was missed, rev13b 1). The incremental decoder
# calls it only for bytes that are invalid whatever follows, so a file read a piece at a time
# (`watch check`) reads the same as one read whole.
CP1252_BYTES = "nymaudit-cp1252-bytes"


def _read_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start:exc.end]).decode(CP1252, "replace"), exc.end


codecs.register_error(CP1252_BYTES, _read_as_cp1252)
# The five bytes Windows-1252 leaves undefined: one of them and the file is not CP1252.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# Control bytes no text file holds (tab, line feed, vertical tab, form feed and carriage
# return aside): a binary file, or UTF-16 without a byte-order mark (its NULs).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# A well-formed UTF-8 sequence of two to four bytes (Unicode's table 3-7: no overlong forms,
# no surrogates, nothing past U+10FFFF), exactly what Python's strict UTF-8 decoder accepts.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# A run this long without one ASCII byte is no Western text (Cyrillic or Greek in their own
# Windows code pages, say, which CP1252 would read as accented Latin letters).
MAX_HIGH_RUN = 4096
# Each byte as 1 when beyond ASCII, else 0: a run is then a substring search (a regex for the run
# tried at every byte made the count of a 90 MB file 2.5 times slower).
_HIGH_MAP = bytes(int(b >= 0x80) for b in range(256))
_HIGH_RUN = b"\x01" * MAX_HIGH_RUN
_HIGH_BYTES = bytes(range(0x80, 0x100))
# The bytes beyond ASCII that Windows-1252 reads as letters (Š Œ Ž š œ ž Ÿ À-ÿ but × ÷): weighed
# against the text's letters; its quotes, dashes and signs are not (a short draft of dashes was
# refused as another script: "Posted by me. – – – – – – –").
_HIGH_LETTER_BYTES = bytes([0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F]
                           + [b for b in range(0xC0, 0x100) if b not in (0xD7, 0xF7)])
# A lead byte and a continuation byte: without one, a piece holds no UTF-8 sequence to count.
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Bytes that, read as Windows-1252, are no Western European writing: another code page read as
# accents. Polish, Czech (cp1250), Russian (cp1251), Greek (cp1253) and Turkish (cp1254) drafts
# passed the gate as mojibake ("¯eromskiego w £odzi", rev13b 2); they fail closed (INPUT001).
# Searched over the bytes UTF-8 does not read, each UTF-8 sequence standing as one letter "a".
_LETTER = rb"[A-Za-z\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xc0-\xd6\xd8-\xf6\xf8-\xff]"
_NOT_WESTERN = re.compile(
    # Three accented letters in a row: Cyrillic or Greek words (French "créée" has two).
    rb"[\xc0-\xd6\xd8-\xf6\xf8-\xff]{3}"
    # A sign, or Š Ž š ž Ÿ, inside a word: Polish ł ż ą ("by³a", "mo¿e"), Czech š ž, Greek
    # accented capitals. Not ´ (typed for an apostrophe: "don´t"), · (Catalan "col·legi") or a
    # soft hyphen, which Western words hold.
    rb"|" + _LETTER + rb"[\x8a\x8e\x9a\x9e\x9f\xa1-\xac\xae-\xb3\xb5\xb6\xb8-\xbf]" + _LETTER
    # Polish Ż Ł Ą at a word's start ("¯eromskiego"; not £, a price: "£5", "£bn").
    + rb"|[\xaf\xa5][A-Za-z]"
    # Turkish ı ş ğ İ Ş Ğ and Czech ý read as Icelandic ý þ ð Ý Þ Ð next to a letter: Icelandic
    # is the one Western language that writes them, and its drafts fail closed with Turkish ones.
    rb"|[\xd0\xdd\xde\xf0\xfd\xfe]" + _LETTER + rb"|" + _LETTER + rb"[\xd0\xdd\xde\xf0\xfd\xfe]"
    # Czech ě ů read as ì ù inside a word (Italian writes them at a word's end).
    + rb"|[\xcc\xd9\xec\xf9][A-Za-z]"
    # Polish ś read as œ at a word's end or before a consonant (French writes cœur, sœur, œil,
    # œsophage, Œdipe, and after c, f, s, b, v, n also fœtus, cœlacanthe: rev13d item 1).
    + rb"|(?<![cCfFsSbBvVnN])[\x8c\x9c](?![uieoUIEOsSdD])")
# A UTF-8 character cut short at the end of the bytes: a UTF-8 file cut off ("café" less its
# last byte), not Windows-1252, when the file holds UTF-8 sequences too.
_CUT_SEQUENCE = re.compile(rb"(?:[\xc2-\xf4]|[\xe0-\xf4][\x80-\xbf]|[\xf0-\xf4][\x80-\xbf]{2})\Z")
# Two accented letters in a row: Czech "Jiøí", "úèetní" (ří, úč), unless a Western pair.
_LETTER_PAIR = re.compile(rb"[\xc0-\xd6\xd8-\xf6\xf8-\xff]{2}")
# Finnish and Estonian long vowels ("päivää", "jäätelö", "öö"), Nordic "blåögd", "blåøyd",
# French "créèrent" are Western pairs too (review rev13d item 1: they were refused).
_WESTERN_PAIRS = frozenset(
    pair.encode(CP1252) for word in ("éé", "éè", "çã", "çõ", "äß", "öß", "üß", "ää", "öö", "üü", "öä",
                                     "äö", "åä", "åö", "åø", "æø", "øå")
    for pair in (word, word.upper(), word.capitalize()))
_PIECE = 1024 * 1024  # bytes counted at a time by legacy_codec (bounded copies)


class LegacyText:
    """Whether bytes that are not valid UTF-8 are Windows-1252 text, counted a piece at a time
    (so that `watch check`, which streams a file, and the readers, which hold it, decide
    alike: the counts do not depend on where the pieces were cut). CP1252 when all hold:
    - the bytes are not valid UTF-8 (some byte is in no well-formed UTF-8 sequence);
    - none is one of CP1252's five undefined bytes, nor a control byte a text never holds;
    - the bytes in none (read as CP1252 with CP1252_BYTES; UTF-8 sequences stay UTF-8, so a
      mixed file keeps both) that read as letters are at most half as many as the letters, and no run of
      MAX_HIGH_RUN bytes beyond ASCII: Western text, not another script's code page;
    - read as CP1252, they show none of _NOT_WESTERN's signs of another code page."""

    def __init__(self) -> None:
        self.carry = b""  # bytes after the last ASCII byte fed: a sequence may go on
        self.before = b""  # the last byte fed before the carry (ASCII): a word's letter
        self.refused = False
        self.sequences = 0  # well-formed UTF-8 sequences of two bytes or more
        self.stray = 0  # bytes beyond ASCII in no such sequence
        self.stray_letters = 0  # of them, the ones CP1252 reads as letters
        self.high = 0  # bytes beyond ASCII
        self.letters = 0  # ASCII letters
        self.cut_short = False  # the bytes end in a UTF-8 character cut short

    def feed(self, data: bytes | bytearray | memoryview, final: bool = False) -> None:
        if self.refused:
            return
        buf = self.carry + bytes(data)
        cut = len(buf)
        if not final:
            # Cut after an ASCII byte only: no UTF-8 sequence spans it.
            while cut and buf[cut - 1] >= 0x80 and len(buf) - cut < MAX_HIGH_RUN:
                cut -= 1
            if cut and buf[cut - 1] >= 0x80:
                self.refused = True  # MAX_HIGH_RUN bytes beyond ASCII in a row
                return
        piece, self.carry = buf[:cut], buf[cut:]
        before, self.before = self.before, piece[-1:] or self.before
        if _CP1252_UNDEFINED.search(piece) or _CONTROL_BYTES.search(piece):
            self.refused = True
            return
        self.letters += len(piece) - len(piece.translate(None, _ASCII_LETTERS))
        high_map = piece.translate(_HIGH_MAP)
        high = high_map.count(1)
        if not high:
            return
        if _HIGH_RUN in high_map:
            self.refused = True
            return
        self.high += high
        rest = piece
        if _UTF8_PAIR.search(piece):
            rest, sequences = _UTF8_SEQUENCE.subn(b"a", piece)
            self.sequences += sequences
        stray = len(rest) - len(rest.translate(None, _HIGH_BYTES))
        self.stray += stray
        self.stray_letters += len(rest) - len(rest.translate(None, _HIGH_LETTER_BYTES))
        # A piece starts after an ASCII byte and ends before one (or at the end): the one byte
        # before it is all the context a sign needs, wherever the pieces were cut.
        if stray and (_NOT_WESTERN.search(before + rest) or any(
                pair not in _WESTERN_PAIRS for pair in _LETTER_PAIR.findall(rest))):
            self.refused = True
        if final and _CUT_SEQUENCE.search(rest[-3:]):
            self.cut_short = True

    def codec(self) -> str | None:
        """CP1252 when the bytes fed (all of them, the last with ``final``) read as it."""
        if self.refused or self.carry or not self.stray:
            return None
        if self.stray_letters * 2 > self.letters + self.sequences or (self.cut_short and self.sequences):
            return None
        return CP1252


def legacy_codec(data: bytes | bytearray | memoryview) -> str | None:
    """CP1252 when ``data`` (no byte-order mark) is Windows-1252 text, not UTF-8; else None."""
    sniffer = LegacyText()
    view = memoryview(data)
    for start in range(0, len(view), _PIECE):
        sniffer.feed(view[start:start + _PIECE], final=start + _PIECE >= len(view))
        if sniffer.refused:
            break
    return sniffer.codec()


def undecodable(codec: str, at: int) -> str:
    """The INPUT001 words for the first byte of a text that does not decode (every reader's,
    and `watch check`'s through sources.common.TextDecoder)."""
    name = "UTF-8" if codec == "utf-8" else codec.upper()[:6]
    return f"invalid {name} at byte {at}; undecodable bytes replaced"


def whole_characters(data: bytes | bytearray) -> int:
    """How many bytes of ``data`` to keep so that it does not end in a character a cut at
    a byte cap split (it would be a replaced byte and an "invalid UTF-8" error)."""
    codec, bom = text_encoding(data)
    if codec != "utf-8":
        unit = 4 if "32" in codec else 2
        return bom + (len(data) - bom) // unit * unit
    end = len(data)
    for back in range(1, min(4, end - bom) + 1):
        byte = data[end - back]
        if byte & 0xC0 != 0x80:  # ASCII or the lead byte of the last character
            need = 1 if byte < 0xC0 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return end - back if need > back else end
    return end


class InputProblem(Exception):
    """A problem with the input itself, reported as an input error, never raised to
    the user."""


@dataclass(frozen=True, slots=True)
class Member:
    name: str  # POSIX path relative to the tree root
    size: int  # declared uncompressed size


def _safe_name(name: str) -> str | None:
    """The normalised member name, or None when it would escape the root."""
    if "\x00" in name:
        return None
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return None
    parts = PurePosixPath(normalised).parts
    if any(part == ".." for part in parts):
        return None
    return "/".join(p for p in parts if p not in ("", "."))


def _macos_metadata(name: str) -> bool:
    """An AppleDouble file (``._photo.jpg``, or anything under ``__MACOSX/``): what macOS's
    Archive Utility and tar add beside each file for its Finder data, never a post or a
    published photo. Read as one, it was an attachment that "could not be checked", and
    `check` failed on every archive made on a Mac."""
    folders, _, base = name.rpartition("/")
    return base.startswith("._") or "__MACOSX" in folders.split("/")


def _read_prefix(path: Path, limit: int) -> tuple[bytes, bool]:
    """A file's first ``limit`` bytes (held once: no sliced copy) and whether it holds more."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit)
            more = bool(fh.read(1))
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    return data, more


def _file_access(path: Path) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
    """Seek-and-read access to a regular file; None when it cannot be opened (read() then
    says why)."""
    try:
        fh = path.open("rb")
        size = os.fstat(fh.fileno()).st_size
    except OSError:
        return None

    def read_at(offset: int, count: int) -> bytes:
        fh.seek(offset)
        return fh.read(count)

    return read_at, size, fh.close


def _read_capped(path: Path, limit: int) -> bytes:
    """A file's bytes, refusing (not truncating) one larger than ``limit``."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputProblem(f"larger than the {size_text(limit)} cap; skipped")
    return data


def size_text(size: int) -> str:
    """A byte count as people say it: "64 KiB", "32 MiB", "1.5 MiB" (a 64 KiB cap
    said as MiB was "0 MiB")."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) or value >= 100 else f"{value:.1f} {unit}"
    return f"{size} bytes"


# A hostile zip can list one name thousands of times, every entry pointing at the same
# well-compressed data: of the earlier copies of a name, scan and meta check the same ones.
MAX_COPIES_CHECKED = 10


def copies_checked(count: int) -> list[int]:
    """The earlier copies (1 to ``count - 1``, in archive order) of a name held ``count`` times
    that are checked: all of them up to MAX_COPIES_CHECKED, else the first and the last five
    (the first is what `unzip` without -o keeps, the last ones were appended latest). The last
    copy, copy ``count``, is always read: it is the file. One policy for scan and meta, which
    until 29 November 2026 (eighth session) checked different copies of the same archive."""
    earlier = list(range(1, count))
    if len(earlier) <= MAX_COPIES_CHECKED:
        return earlier
    half = MAX_COPIES_CHECKED // 2
    return earlier[:half] + earlier[-half:]


def copy_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Copy numbers as runs of consecutive ones: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


class Tree:
    """Common interface. ``label`` is what reports show as the input path."""

    label: str

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[tuple[str, str]] = []  # (member, error) found while listing
        self.unreadable: dict[str, str] = {}  # member -> why its first bytes could not be read
        self._read_total = 0

    def members(self) -> list[Member]:
        raise NotImplementedError

    def _open_bytes(self, name: str, limit: int) -> bytes:
        raise NotImplementedError

    def display(self, name: str) -> str:
        """How a member is named in reports."""
        return f"{self.label}:{name}" if name else self.label

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        return self._counted(self._open_bytes, name, limit)

    def read_buffer(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes | bytearray:
        """Like read(), but may return a bytearray, so that a zip member is held once
        while it is inflated (read() must join the pieces into bytes: a second copy).
        For the readers that walk a multi-hundred-MB member in place."""
        return self._counted(self._open_buffer, name, limit)

    def _counted(self, opener: Callable[[str, int], Any], name: str, limit: int) -> Any:
        """Read through ``opener`` within the member and total caps, and count it."""
        limit = min(limit, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read_total)
        if limit <= 0:
            raise InputProblem("total read cap reached; the rest of the input was skipped")
        data = opener(name, limit)
        self._read_total += len(data)
        return data

    def _open_buffer(self, name: str, limit: int) -> bytes | bytearray:
        return self._open_bytes(name, limit)

    def head(self, name: str, size: int = 4096) -> bytes:
        """The first ``size`` bytes of a member, for content sniffing without reading a
        multi-hundred-MB member whole. Raises InputProblem like read(), and keeps the
        reason in ``unreadable``: detection treats such a member as not of its format,
        and without the reason the input would just be "unknown format"."""
        size = max(0, min(size, 1024**2))
        try:
            return self._open_head(name, size)
        except InputProblem as exc:
            self.unreadable.setdefault(name, str(exc))
            raise

    def _open_head(self, name: str, size: int) -> bytes:
        # Fallback for trees that do not stream: read within a small cap.
        return self.read(name, max(size, 64 * 1024 * 1024))[:size]

    def read_prefix(self, name: str, limit: int) -> tuple[bytes | bytearray, bool]:
        """The first ``limit`` bytes of a member and whether it holds more: a post longer
        than its cap is read up to the cap and the rest said, not refused whole (a 50 MB
        one-line .txt was "skipped" while the same text as one JSONL record was read).
        The zip and tar bomb checks still refuse."""
        limit = min(limit, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read_total)
        if limit <= 0:
            raise InputProblem("total read cap reached; the rest of the input was skipped")
        data, more = self._open_prefix(name, limit)
        self._read_total += len(data)
        return data, more

    def _open_prefix(self, name: str, limit: int) -> tuple[bytes | bytearray, bool]:
        size = next((m.size for m in self.members() if m.name == name), 0)
        if size <= limit:
            return self._open_buffer(name, limit), False
        return self._open_buffer(name, size)[:limit], True

    def read_text(self, name: str, limit: int = MAX_MEMBER_BYTES) -> tuple[str, str | None]:
        """Decode as UTF-8 (BOM tolerated), or UTF-16/32 when a byte-order mark says
        so. Returns (text, warning) where warning describes invalid bytes that were
        replaced."""
        return decode_text(self.read(name, limit))

    def exists(self, name: str) -> bool:
        return any(m.name == name for m in self.members())

    def find(self, suffix: str) -> list[Member]:
        """Members whose path is ``suffix`` or ends in ``/suffix``."""
        return [m for m in self.members() if m.name == suffix or m.name.endswith("/" + suffix)]

    def duplicates(self) -> dict[str, list[int]]:
        """Names that several members of a zip or tar share, with each copy's size in archive
        order. The
        last member of a name is the one read under it (what ``unzip -o``, ``tar x`` and
        Python's ``zipfile`` leave or give); ``read_copy`` reads any of them."""
        return {}

    def read_copy(self, name: str, number: int, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """Copy ``number`` (1-based, in archive order) of a name ``duplicates`` lists, read as
        read_attachment reads a member (a large video without its frames, an unknown format's
        head only), within the caps of read(); the last copy is what read() gives. Until
        29 November 2026 (eighth session) a copy was read whole: a 150 MiB video stored twice
        peaked at 503 MB."""
        return self._attachment(self._copy_access(name, number), limit,
                                lambda: self._counted(lambda _name, cap: self._copy_bytes(name, number, cap),
                                                      name, limit))

    def _copy_access(self, name: str, number: int) -> tuple[Callable[[int, int], bytes], int,
                                                            Callable[[], None]] | None:
        """Like _random_access, over copy ``number`` of a duplicated name."""
        return None

    def _copy_bytes(self, name: str, number: int, limit: int) -> bytes:
        raise InputProblem(f"{name}: no copy {number}")

    def loader(self, name: str, limit: int = MAX_MEMBER_BYTES):  # type: ignore[no-untyped-def]
        """A zero-argument callable that reads the member later (for Attachment)."""
        return lambda: self.read_attachment(name, limit)

    def read_attachment(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """A member as the metadata layer reads it: an MP4/MOV video of 16 MiB or more
        without its media data (``bmff.video_skeleton``: its boxes read by seeking, the
        frames skipped), one of 16 MiB or more in no format the metadata layer knows as its
        first 64 KiB, anything else whole, as read() gives it. Since 29 November 2026
        (eighth session): a 256 MiB video was held whole, up to three times."""
        # Not through members(): a draft's site tree is never walked (attach_site_files).
        return self._attachment(self._random_access(name), limit, lambda: self.read(name, limit))

    def _attachment(self, opened: tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None,
                    limit: int, whole: Callable[[], bytes]) -> bytes:
        if opened is not None:
            read_at, size, close = opened
            if size < VIDEO_SKELETON_FLOOR:
                close()
            else:
                data = self._skeleton(read_at, size, close, limit)
                if data is not None:
                    return data
        return whole()

    def _skeleton(self, read_at: Callable[[int, int], bytes], size: int, close: Callable[[], None],
                  limit: int) -> bytes | None:
        from nymaudit.metadata.bmff import video_skeleton
        from nymaudit.metadata.sniff import sniff

        cap = min(limit, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read_total)
        try:
            if cap <= SNIFF_BYTES:
                return None
            head = read_at(0, SNIFF_BYTES)
            kind = sniff(head)
            if kind in ("unknown", "text", "xml"):
                # The format is told by the first bytes (sniff reads no further, but in a zip),
                # and the metadata layer reads nothing more of a file it does not know: the
                # rest (random bytes named .mp4, a 256 MiB log) need not be held.
                data: bytes | None = bytes(head)
            elif kind in ("mp4", "mov"):
                data = video_skeleton(read_at, size, cap)
            else:
                return None
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
        finally:
            close()
        if data is not None:
            self._read_total += len(data)
        return data

    def _random_access(self, name: str) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
        """(read_at(offset, count), size, close) over a member, or None where the tree cannot
        seek in it."""
        return None

    def close(self) -> None:
        pass


# Links and special files kept by path (the note names the first five and counts the rest; a
# post's embed through any of them is an input error: the first cap of 20 left posts 21-25's
# photos unsaid, review rev12f 4); past this, counted only.
MAX_NAMED_SPECIALS = 10_000
# Folders of tools, never published: links in them are not said (npm's node_modules/.bin, a venv).
# Not "env": a site's static/env is as likely a folder of its own (review rev12f 5).
NOT_PUBLISHED_FOLDERS = frozenset(("node_modules", "venv", "__pycache__", "site-packages",
                                   "bower_components"))


class FolderTree(Tree):
    def __init__(self, root: Path, label: str | None = None) -> None:
        super().__init__(label or str(root))
        self.root = root
        self._members: list[Member] | None = None
        self.skipped_specials = 0
        # (path, "link" | "folder" | "pipe, socket or device") the walk did not read: one INPUT008
        # note (detect.read_input), not for a git repository (read from HEAD's blobs).
        self.not_followed: list[tuple[str, str]] = []

    def _relative(self, path: str | Path) -> str:
        try:
            return Path(path).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def _unreadable_folder(self, exc: OSError) -> None:
        # os.walk skips a folder it cannot list without a word: its posts would be
        # missing from the report with nothing saying so.
        where = self._relative(exc.filename) if exc.filename else ""
        self.problems.append((where, f"cannot read folder: {exc.strerror or exc}; its files were skipped"))

    def _not_followed(self, full: Path, mode: int | None) -> None:
        """A link or special file the walk does not read, kept to be said (red team red12,
        2026-11-30: a site whose assets/ is a link to a photo library was "risk NONE" with a GPS
        photo in it unread, and nothing said so). Not a link whose target lies inside the input
        (the walk reads the target itself), nor one in a tool's folder or a hidden one
        (node_modules/.bin, a .venv, Emacs's .#draft.md lock link): those hold nothing published,
        and saying them buried the one that mattered (review rev12c 1)."""
        rel = self._relative(full)
        if any(part in NOT_PUBLISHED_FOLDERS or part.startswith(".") for part in rel.split("/")):
            return
        if mode is None or stat.S_ISLNK(mode):
            try:
                target = os.path.realpath(full)
                root = os.path.realpath(self.root)
            except (OSError, ValueError):
                target, root = "", "/"
            # Inside the input it is read there, unless it lies in a hidden folder the walk skips:
            # a git-annex photo points into .git/annex/objects (review rev12f 2).
            inside = target == root or target.startswith(root.rstrip("/") + "/")
            if inside and not any(part.startswith(".") for part in target[len(root):].split("/")):
                return
        self.skipped_specials += 1
        if self.skipped_specials > MAX_NAMED_SPECIALS:
            return
        what = ("folder" if mode is None else "link" if stat.S_ISLNK(mode)
                else "pipe, socket or device")
        self.not_followed.append((rel, what))

    def members(self) -> list[Member]:
        if self._members is None:
            found: list[Member] = []
            self.skipped_specials = 0
            self.not_followed = []
            # followlinks=False: a symlink loop or a link out of the tree is not followed.
            for dirpath, dirnames, filenames in os.walk(
                self.root, followlinks=False, onerror=self._unreadable_folder
            ):
                dirnames[:] = sorted(d for d in dirnames if d != ".git")
                for linked in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                    self._not_followed(Path(dirpath) / linked, None)
                for filename in sorted(filenames):
                    full = Path(dirpath) / filename
                    try:
                        st = full.lstat()
                    except OSError as exc:
                        self.problems.append((self._relative(full), f"cannot stat: {exc.strerror}"))
                        continue
                    if not stat.S_ISREG(st.st_mode):
                        # links, devices, FIFOs: reading one could hang or escape the input
                        if not _macos_metadata(self._relative(full)):
                            self._not_followed(full, st.st_mode)
                        continue
                    rel = full.relative_to(self.root).as_posix()
                    if _macos_metadata(rel):
                        continue
                    try:  # detection reads heads quietly: an unreadable post would just vanish
                        os.close(os.open(full, os.O_RDONLY | os.O_NONBLOCK))
                    except OSError as exc:
                        self.problems.append((rel, f"cannot read: {exc.strerror or exc}; skipped"))
                        continue
                    found.append(Member(rel, st.st_size))
                    if len(found) >= MAX_MEMBERS:
                        self.problems.append(("", f"more than {MAX_MEMBERS} files; rest skipped"))
                        self._members = found
                        return found
            self._members = found
        return self._members

    def display(self, name: str) -> str:
        return str(Path(self.label) / name) if name else self.label

    def _open_head(self, name: str, size: int) -> bytes:
        safe = _safe_name(name)
        if safe is None:
            raise InputProblem(f"{name}: unsafe path")
        try:
            with (self.root / safe).open("rb") as fh:
                return fh.read(size)
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        safe = _safe_name(name)
        if safe is None:
            raise InputProblem(f"{name}: unsafe path")
        return _read_capped(self.root / safe, limit)

    def _random_access(self, name: str) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
        safe = _safe_name(name)
        return None if safe is None else _file_access(self.root / safe)

    def _open_prefix(self, name: str, limit: int) -> tuple[bytes, bool]:
        safe = _safe_name(name)
        if safe is None:
            raise InputProblem(f"{name}: unsafe path")
        return _read_prefix(self.root / safe, limit)


class FileTree(Tree):
    """A single file handed over on its own (tweets.js, outbox.json, export.xml)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path

    def members(self) -> list[Member]:
        try:
            return [Member(self.path.name, self.path.stat().st_size)]
        except OSError:
            return []

    def display(self, name: str) -> str:
        return self.label

    def _open_head(self, name: str, size: int) -> bytes:
        try:
            with self.path.open("rb") as fh:
                return fh.read(size)
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        return _read_capped(self.path, limit)

    def _random_access(self, name: str) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
        return _file_access(self.path)

    def _open_prefix(self, name: str, limit: int) -> tuple[bytes, bool]:
        return _read_prefix(self.path, limit)


def _member_problem(info: zipfile.ZipInfo, exc: Exception) -> str:
    """Why a zip member cannot be read, in words (zipfile's own messages print the
    whole ZipInfo or say nothing about the method)."""
    if info.flag_bits & 0x1:
        return "encrypted (password required); cannot read"
    if info.compress_type == 99:  # WinZip AES: encryption announced as a method
        return "encrypted with WinZip AES (password required); cannot read"
    if isinstance(exc, NotImplementedError):
        return f"compression method {info.compress_type} not supported; cannot read"
    if "CRC" in str(exc):
        return "corrupt member (bad CRC-32: its data or declared size is wrong); cannot read"
    return f"corrupt or truncated member: {exc}"


def _starts_as_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


_EOCD = b"PK\x05\x06"  # end of central directory record (22 bytes and a comment)
_ZIP64_LOCATOR = b"PK\x06\x07"  # 20 bytes just before it, in a zip64 file
_ZIP64_EOCD = b"PK\x06\x06"
_CENTRAL_ENTRY = b"PK\x01\x02"  # one member's entry in the central directory: 46 bytes and more
_CENTRAL_ENTRY_MIN = 46


def zip_members_listed(source: Path | bytes | bytearray | memoryview | BinaryIO,
                       cap: int | None = None) -> int | None:
    """How many entries a zip's central directory (its table of contents, at its end) lists,
    read before zipfile parses it: zipfile builds an object for every entry before a reader
    sees one, so a zip listing 1,000,000 empty files took minutes and 1.3 GB before the member
    cap stopped it. The count its end record (or zip64 end record) states; when that says
    fewer than ``cap`` but the directory is large enough to hold more (a count that lies),
    the entries are counted, up to ``cap + 1``, in bounded memory. None when the zip has no end
    record to read (zipfile then says what is wrong). ``source`` is a path, the zip's bytes
    (a document in memory, an attachment) or a seekable binary file, which is left open."""
    cap = MAX_MEMBERS if cap is None else cap  # read at each call: tests lower the module's cap
    try:
        if isinstance(source, Path):
            with source.open("rb") as fh:
                return _listed_in(fh, cap)
        if isinstance(source, (bytes, bytearray, memoryview)):
            return _listed_in(io.BytesIO(source), cap)  # shares the bytes until written to
        return _listed_in(source, cap)
    except (OSError, ValueError, OverflowError):  # a zip64 offset past 2**63: BytesIO overflows
        return None


def _listed_in(fh: BinaryIO, cap: int) -> int | None:
    """zip_members_listed on an open binary file (see there)."""
    size = fh.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or at + 22 > len(tail):
        return None
    eocd_pos = size - tail_size + at
    entries = max(int.from_bytes(tail[at + 8:at + 10], "little"),
                  int.from_bytes(tail[at + 10:at + 12], "little"))
    cd_size = int.from_bytes(tail[at + 12:at + 16], "little")
    cd_end = eocd_pos
    if eocd_pos >= 20:
        fh.seek(eocd_pos - 20)
        locator = fh.read(20)
        record_at = int.from_bytes(locator[8:16], "little")
        if locator[:4] == _ZIP64_LOCATOR and record_at < size:  # past the end: no record to read
            fh.seek(record_at)
            record = fh.read(56)
            if record[:4] == _ZIP64_EOCD and len(record) == 56:
                entries = max(entries, int.from_bytes(record[24:32], "little"),
                              int.from_bytes(record[32:40], "little"))
                cd_size = int.from_bytes(record[40:48], "little")
                cd_end = eocd_pos - 20 - 56
    if entries > cap or cd_size < (cap + 1) * _CENTRAL_ENTRY_MIN:
        return entries
    return max(entries, _count_central_entries(fh, max(cd_end - cd_size, 0), cd_size, cap))


def _count_central_entries(fh: Any, start: int, size: int, cap: int) -> int:
    """The central directory's entries from ``start``, counted up to ``cap + 1`` a megabyte at a
    time (as zipfile walks them: until ``size`` bytes or an entry without its signature)."""
    count = 0
    pos = 0  # within the directory
    buf = b""
    buf_at = 0  # the directory offset of buf[0]
    while pos + _CENTRAL_ENTRY_MIN <= size and count <= cap:
        if pos + _CENTRAL_ENTRY_MIN > buf_at + len(buf):
            fh.seek(start + pos)
            buf, buf_at = fh.read(min(CHUNK, size - pos)), pos
            if len(buf) < _CENTRAL_ENTRY_MIN:
                break
        local = pos - buf_at
        if buf[local:local + 4] != _CENTRAL_ENTRY:
            break
        count += 1
        name, extra, comment = struct.unpack_from("<HHH", buf, local + 28)
        pos += _CENTRAL_ENTRY_MIN + name + extra + comment
    return count


def too_many_zip_members(path: Path) -> str | None:
    """The input error for a zip whose table of contents lists more members than the cap, or
    None: such a zip is not opened at all, so the scan goes on with the other inputs in
    seconds (the cap, how many the zip lists, and what to do instead)."""
    listed = zip_members_listed(path)
    if listed is None or listed <= MAX_MEMBERS:
        return None
    return (f"a zip that lists {listed:,} members{' or more' if listed == MAX_MEMBERS + 1 else ''}, more "
            f"than the cap of {MAX_MEMBERS:,} files one input may hold: not read (loading its table of "
            "contents alone takes minutes and hundreds of MB); extract it and scan the folders that "
            "hold the posts and photos on their own")


class ZipTree(Tree):
    """A zip read member by member in memory, with bomb and traversal checks."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        crowded = too_many_zip_members(path)
        if crowded:
            raise InputProblem(crowded)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            if _starts_as_zip(path):
                # A zip's table of contents is at its end: a download cut short starts like a
                # zip and has none ("File is not a zip file" told the user it was not one).
                raise InputProblem("a zip whose end is missing (truncated, as after an interrupted "
                                   "download): download or copy it again") from exc
            raise InputProblem(f"not a readable zip: {exc}") from exc
        self._members: list[Member] | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._copies: dict[str, list[zipfile.ZipInfo]] = {}  # every member of a duplicated name
        self._inflated = 0  # bytes inflated from members, and their compressed sizes
        self._packed = 0

    def members(self) -> list[Member]:
        if self._members is None:
            found: list[Member] = []
            index: dict[str, int] = {}
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                safe = _safe_name(info.filename)
                if safe is None:
                    self.problems.append((info.filename, "unsafe member name (path traversal); skipped"))
                    continue
                if _macos_metadata(safe):
                    continue
                if safe in self._infos:
                    # The last is read under the name, as a tar's is: what `unzip -o` leaves on
                    # disk and zipfile.getinfo() gives. The others are kept for read_copy (the
                    # scan checks or names each: a second copy must not hide a GPS photo).
                    self._copies.setdefault(safe, [self._infos[safe]]).append(info)
                    self._infos[safe] = info
                    found[index[safe]] = Member(safe, info.file_size)
                    continue
                self._infos[safe] = info
                index[safe] = len(found)
                found.append(Member(safe, info.file_size))
                if len(found) >= MAX_MEMBERS:
                    self.problems.append(("", f"more than {MAX_MEMBERS} members; rest skipped"))
                    break
            self._members = found
        return self._members

    def display(self, name: str) -> str:
        return f"{self.label}!{name}" if name else self.label

    def _open_head(self, name: str, size: int) -> bytes:
        self.members()
        info = self._infos.get(name)
        if info is None:
            raise InputProblem(f"{name}: no such member")
        try:
            with self._zip.open(info) as fh:
                return fh.read(size)  # bounded: a bomb cannot inflate past ``size`` here
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputProblem(_member_problem(info, exc)) from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        return bytes(self._open_buffer(name, limit))

    def _open_prefix(self, name: str, limit: int) -> tuple[bytearray, bool]:
        data = self._open_buffer(name, limit, prefix=True)
        more = len(data) > limit or self._infos[name].file_size > limit
        del data[limit:]  # in place: no second copy
        return data, more

    def duplicates(self) -> dict[str, list[int]]:
        self.members()
        return {name: [info.file_size for info in infos] for name, infos in self._copies.items()}

    def _copy_info(self, name: str, number: int) -> zipfile.ZipInfo:
        self.members()
        infos = self._copies.get(name, [])
        if not 1 <= number <= len(infos):
            raise InputProblem(f"{name}: no copy {number}")
        return infos[number - 1]

    def _copy_bytes(self, name: str, number: int, limit: int) -> bytes:
        return bytes(self._inflate(self._copy_info(name, number), limit))

    def _copy_access(self, name: str, number: int) -> tuple[Callable[[int, int], bytes], int,
                                                            Callable[[], None]] | None:
        return self._info_access(self._copy_info(name, number))

    def _random_access(self, name: str) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
        return self._info_access(self._infos.get(name))

    def _info_access(self, info: zipfile.ZipInfo | None) -> tuple[Callable[[int, int], bytes], int,
                                                                  Callable[[], None]] | None:
        if info is None or info.flag_bits & 0x1 or (
                info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO):
            return None  # read() says why
        try:
            fh = self._zip.open(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
            return None

        def read_at(offset: int, count: int) -> bytes:
            # Forward by inflating and dropping 1 MiB at a time (ZipExtFile.seek reads 16 MiB
            # pieces: a 50 MB peak for a 17 MiB member): time, not memory.
            try:
                if offset < fh.tell():
                    fh.seek(offset)
                while (gap := offset - fh.tell()) > 0:
                    if not fh.read(min(gap, CHUNK)):
                        return b""
                return fh.read(count)
            except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise InputProblem(_member_problem(info, exc)) from exc

        return read_at, info.file_size, fh.close

    def _open_buffer(self, name: str, limit: int, prefix: bool = False) -> bytearray:
        self.members()
        info = self._infos.get(name)
        if info is None:
            raise InputProblem(f"{name}: no such member")
        return self._inflate(info, limit, prefix)

    def _inflate(self, info: zipfile.ZipInfo, limit: int, prefix: bool = False) -> bytearray:
        if info.file_size > limit and not prefix:
            raise InputProblem(f"declares {info.file_size} bytes, over the cap; skipped")
        if (
            info.file_size > RATIO_CHECK_FLOOR
            and info.compress_size
            and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
        ):
            raise InputProblem("compression ratio typical of a zip bomb; skipped")
        if (self._inflated > AGGREGATE_RATIO_FLOOR
                and self._inflated / max(self._packed, 1) > MAX_COMPRESSION_RATIO):
            raise InputProblem("the members read so far together have a compression ratio typical "
                               "of a zip bomb; skipped")
        # One growing bytearray (resized in place), not a list of chunks joined at
        # the end: a 2 GB member was held twice that way.
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                # The declared size can lie: count what actually comes out.
                while chunk := fh.read(CHUNK):
                    if len(out) + len(chunk) > limit:
                        if prefix:  # up to the cap, and one byte to say there was more
                            out += chunk[: limit + 1 - len(out)]
                            return out
                        raise InputProblem("inflates past its declared size or the cap; skipped")
                    out += chunk
                    if (
                        len(out) > RATIO_CHECK_FLOOR
                        and info.compress_size
                        and len(out) / info.compress_size > MAX_COMPRESSION_RATIO
                    ):
                        raise InputProblem("compression ratio typical of a zip bomb; skipped")
        except InputProblem:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputProblem(_member_problem(info, exc)) from exc
        self._inflated += len(out)
        self._packed += info.compress_size
        return out

    def close(self) -> None:
        self._zip.close()


# -- tar and tar.gz --------------------------------------------------------------------
# Mastodon hands its archive out as ``archive-YYYYMMDDhhmmss-<hash>.tar.gz`` (a zip since
# 4.3). A tar has no table of contents: it is listed by inflating it once, front to back,
# and a member is read later by inflating again from the nearest saved point of the
# zlib state (``zlib.Decompress.copy``), never from the start of the file.
TAR_POINT_SPAN = 1024**2  # uncompressed bytes between saved points, doubled as needed
TAR_POINTS = 512  # at most this many saved points (about 45 KB each)
MAX_TAR_HEADER = 64 * 1024  # a pax or GNU long-name record; real ones hold a path and times
TAR_LIST_SECONDS = 120  # listing a tar ends here, like a git history's read
_TAR_READ = 256 * 1024  # compressed bytes read at a time
_READ_AHEAD = 64 * 1024  # uncompressed bytes the listing reads ahead of tarfile
_TAR_SNIFF = 64 * 1024**2  # a gzip file's first tar block is looked for this far in


class _Truncated(Exception):
    """The compressed data ends before the gzip stream does."""


class _Cursor:
    """A position in the tar's uncompressed bytes, read forward from the file. A gzip file is
    inflated as raw deflate with its headers and trailers parsed here: zlib's own gzip mode
    drops the output of the call that meets a bad trailer (an archive whose data was intact
    but whose CRC-32 was not lost its last megabyte, outbox.json with it), and reads no
    header longer than what it is given."""

    __slots__ = ("fh", "gz", "upos", "cpos", "pending", "inflater", "done", "check", "crc", "isize",
                 "bad_check")

    def __init__(self, fh: Any, gz: bool, check: bool = False) -> None:
        self.fh = fh
        self.gz = gz
        self.upos = 0  # uncompressed offset of the next byte out
        self.cpos = 0  # file offset of the next compressed read
        self.pending = b""  # compressed bytes read but not yet inflated
        self.inflater: Any = None  # None in a gzip file: its next header is to be read
        self.done = False
        self.check = check  # compute and compare the gzip members' CRC-32 (the listing's cursor)
        self.crc = 0
        self.isize = 0
        self.bad_check = False

    @property
    def consumed(self) -> int:
        """File offset up to which the compressed bytes have been fed to zlib."""
        return self.cpos - len(self.pending)

    def copy(self) -> _Cursor:
        other = _Cursor(self.fh, self.gz)
        other.upos, other.cpos, other.pending, other.done = self.upos, self.consumed, b"", self.done
        other.inflater = self.inflater.copy() if self.inflater is not None else None
        return other

    def _fill(self) -> bytes:
        self.fh.seek(self.cpos)
        data = self.fh.read(_TAR_READ)
        self.cpos += len(data)
        return data

    def _take(self, count: int) -> bytes:
        """The next ``count`` compressed bytes; raises _Truncated when the file ends first."""
        while len(self.pending) < count:
            more = self._fill()
            if not more:
                raise _Truncated
            self.pending += more
        out, self.pending = self.pending[:count], self.pending[count:]
        return out

    def _skip_zero_terminated(self) -> None:
        # A name or comment of any length, scanned a read at a time: none is held whole.
        while True:
            if not self.pending:
                self.pending = self._fill()
                if not self.pending:
                    raise _Truncated
            nul = self.pending.find(b"\x00")
            if nul >= 0:
                self.pending = self.pending[nul + 1 :]
                return
            self.pending = b""

    def _header(self) -> None:
        """Reads a gzip member's header (RFC 1952); its deflate data follows."""
        head = self._take(10)
        if head[:3] != b"\x1f\x8b\x08" or head[3] & 0xE0:
            raise zlib.error("not a gzip header")
        flags = head[3]
        if flags & 4:  # FEXTRA
            self._take(int.from_bytes(self._take(2), "little"))
        if flags & 8:  # FNAME
            self._skip_zero_terminated()
        if flags & 16:  # FCOMMENT
            self._skip_zero_terminated()
        if flags & 2:  # FHCRC
            self._take(2)
        self.inflater = zlib.decompressobj(-15)
        self.crc = self.isize = 0

    def _trailer(self) -> bool:
        """Reads a member's CRC-32 and length; whether another gzip member follows."""
        trailer = self._take(8)
        if self.check and (int.from_bytes(trailer[:4], "little") != self.crc
                           or int.from_bytes(trailer[4:], "little") != self.isize & 0xFFFFFFFF):
            self.bad_check = True  # said once the listing ends; what was inflated is kept
        if len(self.pending) < 2:  # the next member's magic may lie past this read
            self.pending += self._fill()
        if not self.pending.strip(b"\x00") or not self.pending.startswith(b"\x1f\x8b"):
            # The end, the zero padding some writers add, or bytes after the gzip stream
            # that are not part of the archive.
            self.done = True
            return False
        return True

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes (fewer is not the end); b"" at the end of the data."""
        if self.done or size <= 0:
            return b""
        if not self.gz:
            self.fh.seek(self.upos)
            out = self.fh.read(min(size, _TAR_READ))
            self.upos += len(out)
            self.done = not out
            return out
        while True:
            if self.inflater is None:
                if not self.upos:
                    self._header()
                else:
                    try:
                        self._header()
                    except (zlib.error, _Truncated):
                        # After a whole gzip member: bytes that only begin like another one
                        # are trailing garbage, as gzip says, not damage to the archive.
                        self.done = True
                        return b""
            if self.inflater.eof:
                # At the stream's end the rest of the input is unused_data (and, with a
                # max_length, unconsumed_tail too: the same bytes, not to be fed twice).
                self.pending = self.inflater.unused_data + self.pending
                self.inflater = None
                if not self._trailer():
                    return b""
                continue
            data = self.pending or self._fill()
            if not data:
                raise _Truncated
            out = self.inflater.decompress(data, size)
            self.pending = b"" if self.inflater.eof else self.inflater.unconsumed_tail
            if out:
                if self.check:
                    self.crc = zlib.crc32(out, self.crc)
                    self.isize += len(out)
                self.upos += len(out)
                return out


class _SafeTarInfo(tarfile.TarInfo):
    """Refuses the extended headers ``tarfile`` reads whole or parses in quadratic time:
    a pax or GNU long-name record over 64 KiB, or a pax record that is not well formed
    (its regular expressions backtrack on a crafted one: CVE-2024-6232)."""

    def _proc_member(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        member = super()._proc_member(tarfile_)  # type: ignore[misc]
        if member.size > MAX_TOTAL_BYTES:
            # tarfile would skip its data a block at a time, past the end of the file:
            # 10**15 bytes (a pax "size" or a base-256 size field) never ended.
            raise tarfile.SubsequentHeaderError(f"a member that declares {member.size} bytes")
        return member

    def _proc_gnulong(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        if self.size > MAX_TAR_HEADER:
            raise tarfile.SubsequentHeaderError("a long-name record over 64 KiB")
        return super()._proc_gnulong(tarfile_)  # type: ignore[misc]

    def _proc_gnusparse_10(self, next_: tarfile.TarInfo, pax_headers: dict[str, str],
                           tarfile_: tarfile.TarFile) -> None:
        # Its map is parsed with unpacking that fails on a malformed one ("not enough values
        # to unpack (expected 2, got 1)" was the whole message).
        try:
            super()._proc_gnusparse_10(next_, pax_headers, tarfile_)  # type: ignore[misc]
        except (ValueError, IndexError) as exc:
            raise tarfile.SubsequentHeaderError(
                "a sparse file (GNU sparse 1.0) whose map is malformed") from exc

    def _proc_pax(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        if self.size > MAX_TAR_HEADER:
            raise tarfile.SubsequentHeaderError("an extended (pax) header over 64 KiB")
        stream = tarfile_.fileobj
        buf = stream.read(self._block(self.size))  # type: ignore[union-attr]
        if not _pax_well_formed(buf[: self.size]):
            raise tarfile.SubsequentHeaderError("a malformed extended (pax) header")
        tarfile_.fileobj = _Replay(buf, stream)  # type: ignore[assignment]
        try:
            return super()._proc_pax(tarfile_)  # type: ignore[misc]
        finally:
            tarfile_.fileobj = stream


def _pax_well_formed(buf: bytes) -> bool:
    """Every record ``LEN key=value\\n`` with LEN its true length, and no run of digits
    long enough to make tarfile's searches slow."""
    pos = 0
    while pos < len(buf):
        space = buf.find(b" ", pos, pos + 21)
        if space <= pos or not buf[pos:space].isdigit():
            return False
        length = int(buf[pos:space])
        record = buf[pos : pos + length]
        if length <= space - pos + 2 or len(record) != length or not record.endswith(b"\n"):
            return False
        if b"=" not in record[space - pos + 2 :]:
            return False
        pos += length
    return not re.search(rb"\d{257}", buf)


class _Replay:
    """A stream that gives back bytes already taken from it, then reads on."""

    def __init__(self, buf: bytes, stream: Any) -> None:
        self._buf, self._at, self._stream = buf, 0, stream

    def read(self, size: int = -1) -> bytes:
        take = self._buf[self._at : self._at + size] if size >= 0 else self._buf[self._at :]
        self._at += len(take)
        if size < 0:
            return take + self._stream.read()
        return take + (self._stream.read(size - len(take)) if len(take) < size else b"")

    def tell(self) -> int:
        return int(self._stream.tell()) - (len(self._buf) - self._at)

    def seek(self, pos: int) -> None:
        if pos != self.tell():
            raise tarfile.StreamError("seeking backwards is not allowed")


class _TarBomb(Exception):
    pass


class _ListingStream:
    """What ``tarfile`` reads while listing: the cursor's bytes, with the caps, and the
    saved points of the zlib state. It seeks forward only: past a member's data in a plain
    tar without reading it, by inflating it (and keeping none of it) in a tar.gz. The total
    read cap is not applied here, as the listing holds none of the bytes: a Mastodon archive
    writes its media before outbox.json, and one of 9 GiB lost every post to that cap."""

    def __init__(self, cursor: _Cursor, points: list[_Cursor], deadline: float, size: int) -> None:
        self.cursor = cursor
        self.points = points
        self.span = TAR_POINT_SPAN
        self.next_point = TAR_POINT_SPAN
        self.deadline = deadline
        self.size = size  # of a plain tar file
        self.cut_header = False  # a header block the data ended inside
        # Read ahead: tarfile asks for 512 bytes at a time, and each small inflate copied
        # zlib's unconsumed input. An error met while reading ahead is raised only when the
        # bytes before it have been used (the members before a cut are still listed).
        self.buf = b""
        self.at = 0
        self.error: Exception | None = None

    def tell(self) -> int:
        return self.cursor.upos - (len(self.buf) - self.at)

    def seek(self, pos: int) -> None:
        ahead = pos - self.tell()
        if ahead < 0:
            raise tarfile.StreamError("seeking backwards is not allowed")
        held = len(self.buf) - self.at
        if ahead <= held:
            self.at += ahead
            return
        self.buf, self.at = b"", 0
        if self.error is not None:
            raise self.error
        cursor = self.cursor
        if not cursor.gz:
            if pos > self.size:
                cursor.upos = self.size
                raise _Truncated
            cursor.upos = pos
            return
        while cursor.upos < pos:
            if not self._pull(min(pos - cursor.upos, CHUNK)):
                raise self.error or _Truncated  # the tar's data ends before the member it declares does

    def read(self, size: int) -> bytes:
        at = self.at
        if at + size <= len(self.buf):
            self.at = at + size
            return self.buf[at : at + size]
        out = self.buf[at:]
        self.buf, self.at = b"", 0
        need = size - len(out)
        if self.error is None:
            more = self._pull(max(need, _READ_AHEAD))
            if len(more) > need:
                self.buf, self.at = more, need
                more = more[:need]
            out += more
        if len(out) < size and self.error is not None:
            raise self.error
        if size == tarfile.BLOCKSIZE and 0 < len(out) < size and out.strip(b"\x00"):
            # tarfile takes a header cut short for the end of the archive, without a word.
            self.cut_header = True
        return out

    def _pull(self, size: int) -> bytes:
        if self.error is not None:
            raise self.error
        if time.monotonic() > self.deadline:
            raise _TarBomb(f"listing took more than {TAR_LIST_SECONDS} s; the rest was not read")
        out = bytearray()
        cursor = self.cursor
        while len(out) < size:
            try:
                chunk = cursor.read(min(size - len(out), CHUNK))
            except (_Truncated, zlib.error, OSError) as exc:
                if not out:
                    raise
                self.error = exc
                break
            if not chunk:
                break
            out += chunk
            if (cursor.gz and cursor.upos > RATIO_CHECK_FLOOR
                    and cursor.upos / max(cursor.consumed, 1) > MAX_COMPRESSION_RATIO):
                raise _TarBomb("compression ratio typical of a gzip bomb; the rest was not read")
            if time.monotonic() > self.deadline:
                raise _TarBomb(f"listing took more than {TAR_LIST_SECONDS} s; the rest was not read")
            # Saved where zlib has used up its input: a copy made with input left over keeps
            # that leftover (up to 256 KiB) alive as its unconsumed_tail.
            if cursor.gz and cursor.upos >= self.next_point and not cursor.pending:
                self.points.append(cursor.copy())
                if len(self.points) > TAR_POINTS:  # keep every other one: bounded memory
                    self.points[:] = self.points[1::2]
                    self.span *= 2
                self.next_point = cursor.upos + self.span
        return bytes(out)


@dataclass(frozen=True, slots=True)
class _TarEntry:
    offset: int  # of its data in the uncompressed tar
    size: int
    bomb: bool


_TAR_SKIPPED = {
    tarfile.SYMTYPE: "symbolic link; not followed, skipped",
    tarfile.LNKTYPE: "hard link; not followed, skipped",
    tarfile.CHRTYPE: "character device; skipped",
    tarfile.BLKTYPE: "block device; skipped",
    tarfile.FIFOTYPE: "named pipe (FIFO); skipped",
}


class TarTree(Tree):
    """A tar or tar.gz read member by member in memory: listed in one pass, each member
    inflated again from the nearest saved point when read. The zip's caps apply."""

    def __init__(self, path: Path, gz: bool) -> None:
        super().__init__(str(path))
        self.kind = "tar.gz" if gz else "tar"
        try:
            self._fh = path.open("rb")
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
        self._gz = gz
        self._points: list[_Cursor] = []
        self._cursor: _Cursor | None = None
        self._entries: dict[str, _TarEntry] = {}
        self._copies: dict[str, list[_TarEntry]] = {}  # every member of a duplicated name
        self._members: list[Member] = []
        try:
            self._list()
        except BaseException:
            self._fh.close()
            raise

    def _list(self) -> None:
        start = _Cursor(self._fh, self._gz, check=True)
        if self._gz:
            self._points.append(start.copy())
        stream = _ListingStream(start, self._points, time.monotonic() + TAR_LIST_SECONDS,
                                os.fstat(self._fh.fileno()).st_size)
        spans: list[tuple[str, int, int, int]] = []  # name, data offset, size, compressed offset
        stop: str | None = None
        cut = "not read: the listing of the archive stopped inside it; skipped"
        seen = 0
        where: dict[str, int] = {}  # member name -> the index in spans of its last member
        try:
            # The listing is kept here, not in tarfile (its members list is emptied). Mode "r"
            # with a stream that seeks forward only: tarfile's "r|" reads every byte it skips.
            with tarfile.TarFile(fileobj=stream, mode="r", tarinfo=_SafeTarInfo) as archive:  # type: ignore[arg-type]
                while True:
                    info = archive.next()
                    if info is None:
                        break
                    archive.members.clear()
                    seen += 1
                    if seen > MAX_MEMBERS:
                        stop = f"more than {MAX_MEMBERS} members; rest skipped"
                        break
                    spans.append(("", 0, 0, start.consumed))
                    if info.isdir():
                        continue
                    if not info.isreg() or info.issparse():
                        why = _TAR_SKIPPED.get(info.type, "not a regular file; skipped")
                        self.problems.append((info.name, "sparse file; skipped" if info.issparse() else why))
                        continue
                    safe = _safe_name(info.name)
                    if safe is None:
                        self.problems.append((info.name, "unsafe member name (path traversal); skipped"))
                        continue
                    if _macos_metadata(safe):
                        continue
                    # A name met again: `tar xf` writes each in turn, and the last one is what
                    # it leaves (a file appended with `tar rf` is the newer one). The earlier
                    # ones are kept for read_copy.
                    where[safe] = len(spans) - 1
                    spans[-1] = (safe, info.offset_data, info.size, start.consumed)
                    self._entries[safe] = _TarEntry(info.offset_data, info.size, False)
            if stop is None and stream.cut_header:
                cut = ""
                stop = (f"the {self.kind} file is truncated (it ends inside a member's header, as after an "
                         "interrupted download); whatever came after that point is missing")
            if stop is None and self._gz:
                # To the end of the gzip stream: its trailer's CRC checks every byte read.
                while stream.read(CHUNK):
                    pass
        except _TarBomb as exc:
            stop = str(exc)
        except _Truncated:
            cut = ""  # the member the file ends in: its first bytes are read
            stop = (f"the {self.kind} file is truncated (its data ends early, as after an "
                    "interrupted download); whatever came after that point is missing")
        except (tarfile.TarError, zlib.error, EOFError, OSError, ValueError, UnicodeError) as exc:
            if not spans:
                raise InputProblem(f"not a readable {self.kind}: {exc}") from exc
            stop = (f"corrupt {self.kind} data ({exc}): the members read may be damaged, and "
                    "those after the damage were not read")
        end = start.upos  # everything before here was inflated and checked
        spans.append(("", 0, 0, start.consumed))
        seen_names: dict[str, list[_TarEntry]] = {}
        kept: list[tuple[int, str, _TarEntry]] = []  # every member with data to read, in order
        for index, (name, offset, size, cpos) in enumerate(spans[:-1]):
            if not name:
                continue
            if offset + size > end:
                if cut or end <= offset:
                    why = cut or "truncated member (the archive ends before it); skipped"
                    if where[name] == index and seen_names.get(name):
                        # What `tar x` leaves is the earlier copy (it stops at the cut member):
                        # that copy is read under the name, not dropped with the cut one.
                        why = (cut or "the last copy of this name is truncated (the archive ends before "
                               "it); skipped") + "; the copy before it was read as the file"
                    self.problems.append((name, why))
                    continue
                # As a truncated tweets.js or outbox.json is read: every complete record.
                self.problems.append((name, f"truncated member (the archive ends inside it): its first "
                                            f"{end - offset} of {size} bytes were read"))
                size = end - offset
            packed = max(spans[index + 1][3] - cpos, 1) if self._gz else size
            bomb = size > RATIO_CHECK_FLOOR and size / packed > MAX_COMPRESSION_RATIO
            entry = _TarEntry(offset, size, bomb)
            seen_names.setdefault(name, []).append(entry)
            kept.append((index, name, entry))
        # The last readable member of a name is read under it; its earlier ones are its copies.
        last_kept = {name: index for index, name, _entry in kept}
        self._entries = {}
        for index, name, entry in kept:
            if last_kept[name] == index:
                self._entries[name] = entry
                self._members.append(Member(name, entry.size))
        self._copies = {name: found for name, found in seen_names.items() if len(found) > 1}
        if start.bad_check:
            self.problems.append(("", "the archive's checksum (gzip CRC-32) does not match: its content "
                                      "may be damaged somewhere; what it holds was read"))
        if stop is not None:
            if not self._members and not self.problems:
                raise InputProblem(f"not a readable {self.kind}: {stop}")
            self.problems.append(("", stop))

    def members(self) -> list[Member]:
        return self._members

    def display(self, name: str) -> str:
        return f"{self.label}!{name}" if name else self.label

    def _start(self, offset: int) -> _Cursor:
        """A cursor at or before ``offset``: the last one used when it is nearer than
        the saved points (members are mostly read in order), else a saved point."""
        if not self._gz:
            cursor = _Cursor(self._fh, False)
            cursor.upos = offset
            return cursor
        at = bisect.bisect_right([p.upos for p in self._points], offset) - 1
        best = self._points[max(at, 0)]
        if self._cursor is not None and best.upos <= self._cursor.upos <= offset:
            return self._cursor
        return best.copy()

    def duplicates(self) -> dict[str, list[int]]:
        return {name: [entry.size for entry in found] for name, found in self._copies.items()}

    def _copy_entry(self, name: str, number: int) -> _TarEntry:
        found = self._copies.get(name, [])
        if not 1 <= number <= len(found):
            raise InputProblem(f"{name}: no copy {number}")
        return found[number - 1]

    def _copy_bytes(self, name: str, number: int, limit: int) -> bytes:
        return bytes(self._entry_buffer(self._copy_entry(name, number), limit))

    def _copy_access(self, name: str, number: int) -> tuple[Callable[[int, int], bytes], int,
                                                            Callable[[], None]] | None:
        return self._entry_access(self._copy_entry(name, number))

    def _member(self, name: str, count: int) -> bytearray:
        entry = self._entries.get(name)
        if entry is None:
            raise InputProblem(f"{name}: no such member")
        return self._read_entry(entry, count)

    def _read_entry(self, entry: _TarEntry, count: int) -> bytearray:
        count = min(count, entry.size)
        cursor = self._start(entry.offset)
        self._cursor = None  # in use: not valid until this read ends
        out = bytearray()
        try:
            while cursor.upos < entry.offset:
                if not cursor.read(min(entry.offset - cursor.upos, CHUNK)):
                    raise _Truncated
            while len(out) < count:
                chunk = cursor.read(min(count - len(out), CHUNK))
                if not chunk:
                    raise _Truncated
                out += chunk
        except _Truncated as exc:
            raise InputProblem("truncated member; cannot read") from exc
        except (zlib.error, OSError) as exc:
            raise InputProblem(f"corrupt member: {exc}") from exc
        self._cursor = cursor
        return out

    def _open_head(self, name: str, size: int) -> bytes:
        return bytes(self._member(name, size))

    def _random_access(self, name: str) -> tuple[Callable[[int, int], bytes], int, Callable[[], None]] | None:
        return self._entry_access(self._entries.get(name))

    def _entry_access(self, entry: _TarEntry | None) -> tuple[Callable[[int, int], bytes], int,
                                                              Callable[[], None]] | None:
        if entry is None or entry.bomb:
            return None  # read() says why

        def read_at(offset: int, count: int) -> bytes:
            # From the nearest saved point or the last read: forward reads inflate what lies
            # between (the frames) without keeping it.
            count = max(0, min(count, entry.size - offset))
            return bytes(self._read_entry(_TarEntry(entry.offset + offset, count, False), count))

        return read_at, entry.size, lambda: None

    def _open_bytes(self, name: str, limit: int) -> bytes:
        return bytes(self._open_buffer(name, limit))

    def _open_prefix(self, name: str, limit: int) -> tuple[bytearray, bool]:
        entry = self._entries.get(name)
        if entry is None:
            raise InputProblem(f"{name}: no such member")
        if entry.bomb:
            raise InputProblem("compression ratio typical of a gzip bomb; skipped")
        return self._member(name, limit), entry.size > limit

    def _open_buffer(self, name: str, limit: int) -> bytearray:
        entry = self._entries.get(name)
        if entry is None:
            raise InputProblem(f"{name}: no such member")
        return self._entry_buffer(entry, limit)

    def _entry_buffer(self, entry: _TarEntry, limit: int) -> bytearray:
        if entry.size > limit:
            raise InputProblem(f"declares {entry.size} bytes, over the cap; skipped")
        if entry.bomb:
            raise InputProblem("compression ratio typical of a gzip bomb; skipped")
        return self._read_entry(entry, entry.size)

    def close(self) -> None:
        self._fh.close()


def _tar_kind(path: Path, head: bytes) -> str | None:
    """"tar.gz" or "tar" when the file is one (its first header block checks out), else
    None. Raises InputProblem for a gzip file cut off before its first block."""
    kind = "tar"
    try:
        with path.open("rb") as fh:
            if head.startswith(b"\x1f\x8b"):
                kind = "tar.gz"
                # Through the listing's own gzip reader: a header of any length (a 100 KB
                # comment) is read, where inflating the first 64 KiB saw no tar at all.
                cursor = _Cursor(fh, True)
                block = b""
                try:
                    while len(block) < tarfile.BLOCKSIZE and cursor.cpos < _TAR_SNIFF:
                        chunk = cursor.read(tarfile.BLOCKSIZE - len(block))
                        if not chunk:
                            break
                        block += chunk
                except zlib.error as exc:
                    raise InputProblem(f"not a readable gzip file: {exc}") from exc
                except _Truncated as exc:
                    raise InputProblem("a gzip file that ends early (truncated, as after an interrupted "
                                       "download); cannot read") from exc
            else:
                block = fh.read(tarfile.BLOCKSIZE)
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    if len(block) < tarfile.BLOCKSIZE:
        return None
    try:
        tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except (tarfile.HeaderError, ValueError, UnicodeError):
        return None
    return kind


def open_tree(path: Path) -> Tree:
    """Open a folder, zip, tar(.gz) or single file. Raises InputProblem when nothing is there."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise InputProblem("no such file or folder") from exc
    except OSError as exc:
        raise InputProblem(f"cannot open: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        return FolderTree(path)
    if not stat.S_ISREG(st.st_mode):
        raise InputProblem("not a regular file or folder")
    try:
        with path.open("rb") as fh:
            magic = fh.read(10)
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    head = magic[:4]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if is_office_document(path):
            return FileTree(path)  # a .docx/.odt is one document, not an archive of posts
        return ZipTree(path)
    packed = _packed_with(magic)
    if packed and path.name.lower().endswith((".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")):
        # No platform hands one out; say what to do rather than "unknown format".
        raise InputProblem(f"a tar compressed with {packed}, which is not read: extract it and give "
                           "the folder (or recompress it as .tar.gz or .zip)")
    if packed:
        # Whatever its name says (a .tar.bz2 renamed .tar.gz): what it is, not "unknown format".
        raise InputProblem(f"a file compressed with {packed} (whatever its name says), which is not "
                           "read: decompress it, or for a tar extract it and give the folder")
    if len(head) == 4:
        kind = _tar_kind(path, head)
        if kind is not None:
            return TarTree(path, gz=kind == "tar.gz")
    return FileTree(path)


def _packed_with(magic: bytes) -> str | None:
    """The compressor whose full signature starts the file (bzip2's block magic after
    "BZh1".."BZh9", so a text that begins "BZh" is not taken for one)."""
    if magic[:3] == b"BZh" and magic[3:4] in b"123456789" and magic[4:10] in (
            b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90"):
        return "bzip2"
    if magic[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if magic[:4] == b"\x28\xb5\x2f\xfd":
        return "zstd"
    return None


def is_office_document(path: Path) -> bool:
    """Whether a zip file is an OOXML (.docx/.xlsx/.pptx) or ODF (.odt/...) document:
    its metadata is read from the file as a whole."""
    if too_many_zip_members(path):
        return False  # never opened: ZipTree says why
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()[:5000])
    except Exception:  # noqa: BLE001 - an unreadable zip is simply not a document
        return False
    return "[Content_Types].xml" in names or ("mimetype" in names and "meta.xml" in names)


def iter_members(tree: Tree, suffixes: tuple[str, ...]) -> Iterator[Member]:
    lowered = tuple(s.lower() for s in suffixes)
    for member in tree.members():
        if member.name.lower().endswith(lowered):
            yield member

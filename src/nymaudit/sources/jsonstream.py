"""Walk a large JSON array element by element.

``TextWindow`` decodes a byte buffer a few MB at a time and drops text once it is
parsed; ``iter_json_array`` yields each element with ``JSONDecoder.raw_decode``
and, after a corrupt element, resumes at the next match of a resync pattern. A
multi-hundred-MB ``tweets.js`` or ``outbox.json`` is then held once (its bytes),
and one bad record costs one error line, not the whole file.

Every step is linear and the decoded text held at once is bounded (a few MB plus
one record of at most ``MAX_ELEMENT_CHARS``): the resync search drops text it has
searched, so a corrupt record with no later record start costs one pass over the
file, not a pass per chunk (a 400 MB file once took 33 s and 1.3 GB that way).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

_WS = re.compile(r"[ \t\n\r]*")
MAX_RESYNCS = 1000
DECODE_CHUNK = 4 * 1024 * 1024  # bytes decoded at a time
DROP_AFTER = 8 * 1024 * 1024  # characters of consumed text kept before dropping
MAX_ELEMENT_CHARS = 16 * 1024 * 1024  # a record is a few KB; beyond this it is broken
# Text kept when a resync search drops what it has searched: longer than any match of
# a resync pattern (the longest, Mastodon's activity id, runs to about 2,100 characters).
SEARCH_TAIL = 4096
# An error this close to the end of the decoded text may be the window's cut, not the
# record's: "tr|ue", "1.|5", "\\u00|e9".
_CUT_SLACK = 16
SKIPPED = "no later record start found; the rest of the file was skipped"


class TextWindow:
    """The decoded text of a byte buffer, produced in chunks and dropped once
    consumed, so a 300 MB tweets.js is held as its bytes plus a few MB of text
    rather than as bytes plus a full decoded copy. Also accepts a str (tests)."""

    def __init__(self, data: bytes | bytearray | str, start: int = 0, chunk: int = DECODE_CHUNK) -> None:
        self.warning: str | None = None
        self._chunk = max(16, chunk)
        self.peak = 0  # the most text held at once (tests check it stays bounded)
        if isinstance(data, str):
            self.buf, self._data, self._next = data[start:], b"", 0
        else:
            self.buf, self._data, self._next = "", data, start

    def more(self) -> bool:
        """Decode the next chunk onto ``buf``; False when the input is exhausted."""
        if self._next >= len(self._data):
            return False
        end = min(len(self._data), self._next + self._chunk)
        # Never cut a UTF-8 sequence: back off over continuation bytes.
        back = 0
        while end < len(self._data) and back < 3 and (self._data[end] & 0xC0) == 0x80:
            end -= 1
            back += 1
        piece = self._data[self._next : end]
        try:
            text = piece.decode("utf-8")
        except UnicodeDecodeError as exc:
            if self.warning is None:
                self.warning = f"invalid UTF-8 at byte {self._next + exc.start}; undecodable bytes replaced"
            text = piece.decode("utf-8", errors="replace")
        self._next = end
        self.buf += text
        self.peak = max(self.peak, len(self.buf))
        return True

    def char(self, pos: int) -> str:
        while pos >= len(self.buf) and self.more():
            pass
        return self.buf[pos] if pos < len(self.buf) else ""

    def skip_ws(self, pos: int) -> int:
        while True:
            pos = _WS.match(self.buf, pos).end()  # type: ignore[union-attr]
            if pos < len(self.buf):
                return pos
            self.buf, pos = "", 0  # all whitespace so far: nothing to keep
            if not self.more():
                return pos

    def drop(self, pos: int) -> int:
        """Forget text before ``pos`` once enough has piled up; returns the new pos."""
        if pos < DROP_AFTER:
            return pos
        self.buf = self.buf[pos:]
        return 0

    def search(self, pattern: re.Pattern[str], pos: int) -> int | None:
        """Index in ``buf`` of the next match at or after ``pos``, or None. Text
        searched without a match is dropped (but for a short tail a match may start
        in), so the search is linear and holds a chunk at a time."""
        while True:
            found = pattern.search(self.buf, pos)
            if found is not None:
                return found.start()
            keep = max(pos, len(self.buf) - SEARCH_TAIL)
            self.buf, pos = self.buf[keep:], 0
            if not self.more():
                return None


def _size(chars: int) -> str:
    return f"{chars // 1024**2} MiB" if chars >= 1024**2 else f"{chars}-character"


def _cut_by_window(exc: json.JSONDecodeError, window: TextWindow) -> bool:
    """Whether more text could turn this decode error into a success."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(window.buf) - _CUT_SLACK


def _decode(
    decoder: json.JSONDecoder, window: TextWindow, pos: int, max_element: int
) -> tuple[Any, int, str | None]:
    """(value, end, None) for the JSON value at ``pos``, or (None, where decoding
    stopped, why it cannot be read). Decodes more text while the value may just be
    cut by the end of the window, up to ``max_element`` characters."""
    while True:
        try:
            value, end = decoder.raw_decode(window.buf, pos)
        except json.JSONDecodeError as exc:
            if not _cut_by_window(exc, window):
                return None, exc.pos, f"unparseable JSON ({exc.msg})"
            if len(window.buf) - pos < max_element:
                if window.more():
                    continue
            elif window.char(len(window.buf)):  # more text exists: the cap, not the end
                return None, len(window.buf), f"over the {_size(max_element)} per-record size cap, skipped"
            return None, len(window.buf), f"unparseable JSON ({exc.msg})"
        except (RecursionError, ValueError) as exc:
            return None, len(window.buf), f"unparseable JSON ({type(exc).__name__})"
        if end >= len(window.buf) and window.more():
            continue  # a scalar may go on in the next chunk: decode it whole
        return value, end, None


def _resync(
    decoder: json.JSONDecoder,
    window: TextWindow,
    pattern: re.Pattern[str],
    pos: int,
    accept: Callable[[Any], bool] | None,
    max_element: int,
    budget: list[int],
) -> int | None:
    """Where the next element starts: the next match of ``pattern`` (its last group
    when it has groups) that, when ``accept`` is given, decodes to an accepted
    value. None when there is none, or when checking candidates has used up
    ``budget`` (characters decoded, shared by every resync of one file: a file of
    corrupt records each followed by deep nests cost seconds per record when each
    resync had its own)."""
    while True:
        found = window.search(pattern, pos)
        if found is None:
            return None
        match = pattern.match(window.buf, found)
        start = match.start(match.lastindex) if match is not None and match.lastindex else found
        if accept is None:
            return start
        value, stop, reason = _decode(decoder, window, start, max_element)
        if reason is None and accept(value):
            return start
        budget[0] -= max(1, stop - start)
        if budget[0] <= 0:
            return None
        # A value that decoded but is not a record: the candidates nested in it are
        # not records either, so the search goes on after it.
        pos = stop if reason is None and stop > start else start + 1


def iter_json_array(
    text: str | bytes | bytearray | TextWindow,
    start: int = 0,
    resync: re.Pattern[str] | None = None,
    after: tuple[str, ...] = (";",),
    accept: Callable[[Any], bool] | None = None,
    max_element: int | None = None,
) -> Iterator[tuple[int, Any, str | None]]:
    """Yield (index, element, error) for each element of the JSON array that begins
    at ``text[start]``. A bad element yields (index, None, reason); when ``resync``
    is given, parsing restarts at the next match of it (at its last group when it
    has groups; when ``accept`` is given, only at a match whose value it accepts),
    else the rest is skipped and the reason says so.
    Never raises; linear in the length of the input.
    ``after``: characters that may follow the closing bracket (``}`` or ``,`` when
    the array is a member of an enclosing object)."""
    window = text if isinstance(text, TextWindow) else TextWindow(text, start)
    decoder = json.JSONDecoder()
    max_element = max_element or MAX_ELEMENT_CHARS
    pos = window.skip_ws(0)
    if window.char(pos) != "[":
        yield 0, None, "does not hold a JSON array"
        return
    pos = window.skip_ws(pos + 1)
    if window.char(pos) == "]":
        return
    index = 0
    resyncs = 0
    budget = [16 * max_element]  # characters the resyncs may decode in all
    while window.char(pos):
        pos = window.drop(pos)
        value, end, problem = _decode(decoder, window, pos, max_element)
        if problem is not None:
            bad, reason, from_pos = index, problem, pos + 1
            index += 1
        else:
            yield index, value, None
            index += 1
            pos = window.skip_ws(end)
            mark = window.char(pos)
            if mark == ",":
                pos = window.skip_ws(pos + 1)
                continue
            if mark == "]":
                rest = window.skip_ws(pos + 1)
                if window.char(rest) not in ("", *after):
                    yield index, None, "unexpected data after the array"
                return
            if not mark:
                yield index, None, "truncated: the array is not closed"
                return
            bad, reason, from_pos = index, f"unexpected character {mark!r} between elements", pos
        resyncs += 1
        if resyncs > MAX_RESYNCS:
            reason += f"; more than {MAX_RESYNCS} corrupt records, the rest of the file was skipped"
            yield bad, None, reason
            return
        found = None if resync is None else _resync(decoder, window, resync, from_pos, accept, max_element,
                                                   budget)
        if found is None:
            yield bad, None, f"{reason}; {SKIPPED}"
            return
        yield bad, None, reason
        pos = found
    # Ran off the end right after a comma.
    yield index, None, "truncated: the array is not closed"

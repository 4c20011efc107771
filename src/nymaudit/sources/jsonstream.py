"""Walk a large JSON array element by element.

``TextWindow`` decodes a byte buffer a few MB at a time and drops text once it is
parsed; ``iter_json_array`` yields each element with ``JSONDecoder.raw_decode``
and, after a corrupt element, resumes at the next match of a resync pattern. A
multi-hundred-MB ``tweets.js`` or ``outbox.json`` is then held once (its bytes),
and one bad record costs one error line, not the whole file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_WS = re.compile(r"[ \t\n\r]*")
MAX_RESYNCS = 1000
DECODE_CHUNK = 4 * 1024 * 1024  # bytes decoded at a time
DROP_AFTER = 8 * 1024 * 1024  # characters of consumed text kept before dropping
MAX_ELEMENT_CHARS = 16 * 1024 * 1024  # a record is a few KB; beyond this it is broken


class TextWindow:
    """The decoded text of a byte buffer, produced in chunks and dropped once
    consumed, so a 300 MB tweets.js is held as its bytes plus a few MB of text
    rather than as bytes plus a full decoded copy. Also accepts a str (tests)."""

    def __init__(self, data: bytes | str, start: int = 0, chunk: int = DECODE_CHUNK) -> None:
        self.warning: str | None = None
        self._chunk = max(16, chunk)
        if isinstance(data, str):
            self.buf, self._data, self._next = data[start:], b"", 0
        else:
            self.buf, self._data, self._next = "", data, start
        self._consumed = 0  # bytes (or chars) of the input before buf[0]; for messages

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
        return True

    def char(self, pos: int) -> str:
        while pos >= len(self.buf) and self.more():
            pass
        return self.buf[pos] if pos < len(self.buf) else ""

    def skip_ws(self, pos: int) -> int:
        while True:
            pos = _WS.match(self.buf, pos).end()  # type: ignore[union-attr]
            if pos < len(self.buf) or not self.more():
                return pos

    def drop(self, pos: int) -> int:
        """Forget text before ``pos`` once enough has piled up; returns the new pos."""
        if pos < DROP_AFTER:
            return pos
        self.buf = self.buf[pos:]
        return 0

    def search(self, pattern: re.Pattern[str], pos: int) -> int | None:
        while True:
            found = pattern.search(self.buf, pos)
            if found is not None:
                return found.start()
            pos = max(pos, len(self.buf) - 256)
            if not self.more():
                return None


def iter_json_array(
    text: str | bytes | TextWindow,
    start: int = 0,
    resync: re.Pattern[str] | None = None,
    after: tuple[str, ...] = (";",),
) -> Iterator[tuple[int, Any, str | None]]:
    """Yield (index, element, error) for each element of the JSON array that begins
    at ``text[start]``. A bad element yields (index, None, reason); when ``resync``
    is given, parsing restarts at the next match of it, else the rest is skipped.
    Never raises; linear in the length of the input.
    ``after``: characters that may follow the closing bracket (``}`` or ``,`` when
    the array is a member of an enclosing object)."""
    window = text if isinstance(text, TextWindow) else TextWindow(text, start)
    decoder = json.JSONDecoder()
    pos = window.skip_ws(0)
    if window.char(pos) != "[":
        yield 0, None, "does not hold a JSON array"
        return
    pos = window.skip_ws(pos + 1)
    if window.char(pos) == "]":
        return
    index = 0
    resyncs = 0
    while window.char(pos):
        pos = window.drop(pos)
        try:
            value, end = decoder.raw_decode(window.buf, pos)
            if end >= len(window.buf) and window.more():
                continue  # a scalar may go on in the next chunk: decode it whole
        except json.JSONDecodeError as exc:
            # The element may just be cut by the end of the decoded window (errors
            # then point anywhere inside it): decode more and retry, up to a cap
            # far above any real tweet.
            if len(window.buf) - pos < MAX_ELEMENT_CHARS and window.more():
                continue
            reason = exc.msg
        except (RecursionError, ValueError) as exc:
            reason = type(exc).__name__
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
            yield index, None, f"unexpected character {mark!r} between elements"
            resyncs += 1
            found = window.search(resync, pos) if resync and resyncs <= MAX_RESYNCS else None
            if found is None:
                return
            pos = found
            continue
        yield index, None, f"unparseable JSON ({reason})"
        index += 1
        resyncs += 1
        found = window.search(resync, pos + 1) if resync and resyncs <= MAX_RESYNCS else None
        if found is None:
            return
        pos = found
    # Ran off the end right after a comma.
    yield index, None, "truncated: the array is not closed"

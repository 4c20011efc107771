"""One object owns the streams, the TTY question and colour (after httpie's
Environment). Commands ask it for consoles and never build their own.

Machine-readable output (JSON, SARIF) goes to stdout alone; progress, logs and
warnings go to stderr. Report files are created with mode 0600 because a report
can itself identify the writer.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.segment import Segment

# Control characters other than newline and tab (C0, DEL, C1). Text from an input
# (a post, a file name, a commit author) can carry terminal escape sequences that
# retitle the window, rewrite earlier lines or hide text: shown as U+FFFD instead.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


# Characters that can make displayed text lie about itself (Trojan Source bidi
# overrides, zero-width spaces) or break a line. ZWJ and ZWNJ stay: emoji sequences
# and Indic/Persian scripts need them.
_BIDI_AND_INVISIBLE = {
    0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029,
    0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
}


def visible_controls(text: str) -> str:
    """Show control, bidi and zero-width characters as ``⟨U+202E⟩`` so displayed
    evidence cannot reorder or hide itself; newlines become a visible ⏎."""
    out: list[str] = []
    for ch in text.replace("\r\n", "\n"):
        code = ord(ch)
        if ch == "\n":
            out.append(" ⏎ ")
        elif ch == "\t":
            out.append(" ")
        elif code < 0x20 or 0x7F <= code < 0xA0 or code in _BIDI_AND_INVISIBLE:
            out.append(f"⟨U+{code:04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


# C1 controls (a terminal may act on 0x9B as an escape) and invisible/bidi marks.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f" + "".join(f"\\u{code:04x}" for code in sorted(_BIDI_AND_INVISIBLE))
    # Lone surrogates: a file name that is not UTF-8 (surrogate escapes) cannot be written
    # as UTF-8 and stopped the report; as \\udcff escapes the JSON stays valid.
    + "\ud800-\udfff]"
)


def dumps_json(document: Any) -> str:
    """Indented JSON with readable UTF-8, except that C1 controls and bidi,
    zero-width and line-separator characters are written as \\uXXXX escapes: same data, but a
    report opened in an editor or terminal cannot reorder or hide its text."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"


class SafeConsole(Console):
    """A rich Console that never lets a control character from the content reach the
    stream; rich's own styling and cursor codes (control segments) pass as usual."""

    def on_broken_pipe(self) -> None:
        # rich would exit 1 in silence, which reads as "findings found": hand the error
        # to the command's guard, which says so in one line and exits 2.
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(strip_controls(segment.text), segment.style)
            for segment in buffer
        )


def _colour_wanted(stream: IO[str]) -> bool:
    if "NO_COLOR" in os.environ:  # https://no-color.org: presence disables, whatever the value
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


@dataclass
class Environment:
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    quiet: bool = False
    debug: bool = False

    @property
    def stdout_is_tty(self) -> bool:
        return bool(getattr(self.stdout, "isatty", lambda: False)())

    @property
    def stderr_is_tty(self) -> bool:
        return bool(getattr(self.stderr, "isatty", lambda: False)())

    def out(self, width: int | None = None) -> Console:
        """Console for the human report on stdout."""
        colour = _colour_wanted(self.stdout)
        return SafeConsole(
            file=self.stdout,
            no_color=not colour,
            color_system="auto" if colour else None,
            force_terminal=colour if colour else None,
            highlight=False,
            emoji=False,
            soft_wrap=False,
            width=width or (None if self.stdout_is_tty else 100),
        )

    def err(self) -> Console:
        colour = _colour_wanted(self.stderr)
        return SafeConsole(
            file=self.stderr,
            no_color=not colour,
            color_system="auto" if colour else None,
            highlight=False,
            emoji=False,
            stderr=True,
        )

    def warn(self, message: str) -> None:
        """A warning line on stderr (never on stdout, so JSON stays clean)."""
        if not self.quiet:
            # soft_wrap: one line however long, as error_line writes it; the terminal wraps
            # it at its own width (rich cut it mid-phrase at 80 columns into a CI log).
            self.err().print(f"[yellow]warning:[/] {escape(message)}", soft_wrap=True)

    def error_line(self, message: str) -> None:
        """One unwrapped line on stderr: errors must stay one line for scripts and CI logs."""
        # Line breaks inside a value (a file name) show as ⏎ rather than vanish into a space.
        self.stderr.write("nymaudit: " + " ".join(visible_controls(message).split()) + "\n")
        self.stderr.flush()

    def info(self, message: str) -> None:
        if not self.quiet:
            self.err().print(escape(message), soft_wrap=True)

    def emit_json(self, document: Any) -> None:
        """JSON on stdout through the one writer every report uses (C1 controls and
        bidi marks escaped)."""
        self.stdout.write(dumps_json(document))
        self.stdout.flush()


def escape(text: str) -> str:
    """Text that came from an input (post text, file names), made safe for one line of a
    rich report: markup escaped, line breaks and controls shown (a name holding a
    newline must not print a line of its own that reads like the report's)."""
    from rich.markup import escape as rich_escape

    return rich_escape(visible_controls(text))


def write_private(path: Path, text: str) -> None:
    """Write a report file readable by its owner only (0600), replacing any file
    there. The mode is set at creation, so the content is never briefly public."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_CREAT
        # errors: a file name that is not UTF-8 (surrogate escapes) shown as \\xff, not a crash.
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fd = -1
            fh.write(text)
    finally:
        if fd != -1:
            os.close(fd)

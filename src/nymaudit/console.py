"""One object owns the streams, the TTY question and colour (after httpie's
Environment). Commands ask it for consoles and never build their own.

Machine-readable output (JSON, SARIF) goes to stdout alone; progress, logs and
warnings go to stderr. Report files are created with mode 0600 because a report
can itself identify the writer.
"""

from __future__ import annotations

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


class SafeConsole(Console):
    """A rich Console that never lets a control character from the content reach the
    stream; rich's own styling and cursor codes (control segments) pass as usual."""

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
            self.err().print(f"[yellow]warning:[/] {escape(message)}")

    def error_line(self, message: str) -> None:
        """One unwrapped line on stderr: errors must stay one line for scripts and CI logs."""
        self.stderr.write("nymaudit: " + strip_controls(" ".join(message.split())) + "\n")
        self.stderr.flush()

    def info(self, message: str) -> None:
        if not self.quiet:
            self.err().print(escape(message))

    def emit_json(self, document: Any) -> None:
        self.stdout.write(json.dumps(document, indent=2, ensure_ascii=False))
        self.stdout.write("\n")
        self.stdout.flush()


def escape(text: str) -> str:
    """Escape rich markup in text that came from an input (post text, file names)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def write_private(path: Path, text: str) -> None:
    """Write a report file readable by its owner only (0600), replacing any file
    there. The mode is set at creation, so the content is never briefly public."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_CREAT
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fd = -1
            fh.write(text)
    finally:
        if fd != -1:
            os.close(fd)

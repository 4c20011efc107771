"""One object owns the streams, the TTY question and colour (after httpie's
Environment). Commands ask it for consoles and never build their own.

Machine-readable output (JSON, SARIF) goes to stdout alone; progress, logs and
warnings go to stderr. Report files are created with mode 0600 because a report
can itself identify the writer.
"""

from __future__ import annotations

import codecs
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
from rich.text import Text

# Control characters other than newline and tab (C0, DEL, C1). Text from an input
# (a post, a file name, a commit author) can carry terminal escape sequences that
# retitle the window, rewrite earlier lines or hide text: shown as U+FFFD instead.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


# Characters that can make displayed text lie about itself (Trojan Source bidi overrides,
# zero-width spaces), break a line, or render as nothing: every format character (Unicode
# category Cf) but ZWJ and ZWNJ (emoji sequences and Indic/Persian scripts need them), and the
# Hangul fillers. Until 2026-11-30 a list of 17 passed Unicode tag characters (U+E0020-E007F,
# which can spell a whole hidden sentence), U+2064 INVISIBLE PLUS, U+00AD SOFT HYPHEN, U+3164
# (red team red12). Written out as ranges (the Cf list of Unicode 15): start-up scans nothing.
_HIDDEN_RANGES = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e"
    "\u200b\u200e-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
# A flag emoji of a subdivision (England, Scotland, Wales) is a black flag and tag characters:
# kept whole when well formed (UTS #51: 3-6 lower-case letters and digits); any other run of
# tags after a black flag spelled a hidden sentence (review rev12c 3).
_TAG_FLAG = "\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{3,6}\U000e007f"
# Variation selectors change how the character before them is drawn (an emoji's text or colour
# form, a CJK glyph variant): one is normal; a run of them draws nothing and can carry a hidden
# payload, a byte per selector (review rev12c 9). A run of two or more is shown.
_SELECTOR_RUN = "[\ufe00-\ufe0f\U000e0100-\U000e01ef]{2,}"
_SHOWN = re.compile(f"({_TAG_FLAG})|\r\n|{_SELECTOR_RUN}|[\x00-\x1f\x7f-\x9f{_HIDDEN_RANGES}]")


def _shown(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    ch = match.group(0)
    if ch in ("\n", "\r\n"):
        return " ⏎ "
    if ch == "\t":
        return " "
    return "".join(f"⟨U+{ord(c):04X}⟩" for c in ch)


def visible_controls(text: str) -> str:
    """Show control, bidi, zero-width and other invisible format characters as ``⟨U+202E⟩``
    so displayed evidence cannot reorder or hide itself; newlines become a visible ⏎. An
    undecodable byte of a file name is ``\\xe9`` already here, so tables lay out the text
    as printed (review rev12c 7)."""
    return _SHOWN.sub(_shown, shown_bytes(text))


# Lone surrogates. Python reads a file name that is not UTF-8 (the Latin-1 byte 0xE9 of
# "caf\xe9.md") as surrogate escapes (U+DCE9); no UTF-8 file or terminal can hold them, and as
# \\udce9 escapes in JSON a strict reader (Rust's serde_json) refuses the report while jq
# shows U+FFFD. Shown as the byte, "caf\\xe9.md", as Python's own bytes repr shows it
# (walkthrough walk12, 2026-11-30); a lone surrogate of any other origin (a JSON input's
# "\\ud800") is U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def shown_bytes(text: str) -> str:
    """``text`` with surrogate escapes of undecodable bytes written as ``\\xNN``."""
    return _SURROGATE.sub(_surrogate_shown, text) if _SURROGATE.search(text) else text


# C1 controls (a terminal may act on 0x9B as an escape) and invisible/bidi/format marks.
_VS = "[\ufe00-\ufe0f\U000e0100-\U000e01ef]"
# ... and a variation selector in a run of them (either side), and the second "#" of "##[" (a
# CI runner's old command form, found anywhere in a line: escaped, the data is the same).
# Azure Pipelines' "##vso[" likewise (thirteenth session, rep13; its agent reads it anywhere in
# a line, and in any case here to be safe).
_JSON_UNSAFE = re.compile(
    f"[\x7f-\x9f{_HIDDEN_RANGES}]|{_VS}(?={_VS})|(?<={_VS}){_VS}|(?<=#)#(?=\\[|(?i:vso)\\[)")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # a JSON escape above the BMP is a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def dumps_json(document: Any) -> str:
    """Indented JSON with readable UTF-8, except that C1 controls and bidi,
    zero-width and line-separator characters are written as \\uXXXX escapes: same data, but a
    report opened in an editor or terminal cannot reorder or hide its text. An undecodable
    byte of a file name is the text ``\\xe9`` (shown_bytes), so every string is valid Unicode."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    if _SURROGATE.search(text):  # inside a JSON string: the backslash itself escaped
        text = _SURROGATE.sub(lambda m: _surrogate_shown(m).replace("\\", "\\\\"), text)
    return _JSON_UNSAFE.sub(_json_escape, text) + "\n"


# CI runners read commands from a job's output: GitHub Actions a line whose text starts with
# "::" ("::error::", "::add-mask::", "::stop-commands::"; leading spaces trimmed) and the old
# "##[command]" anywhere in a line. A file named "::warning title=passed::no findings.md", or a
# post quoted as evidence, must not write annotations, masks or outputs into the CI job that
# checks it (red team red12, 2026-11-30): a space between the two characters disarms it.
# The runner trims every Unicode space before the "::" (.NET TrimStart: U+00A0, U+3000 ...;
# review rev12c 2): any whitespace but a newline, and colour codes, may come first.
_CI_LINE_COMMAND = re.compile(r"(?m)^((?:[^\S\n]|\x1b\[[0-9;]*m)*):(?=:)")
# Azure Pipelines reads "##vso[task.setvariable ...]" (set a variable, add a path, upload a file)
# and "##[group]" anywhere in a line too (thirteenth session, rep13): disarmed the same way.
_CI_OLD_COMMAND = re.compile(r"##(?=\[|(?i:vso)\[)")


def disarm_ci_commands(text: str) -> str:
    """``text`` with no CI runner command left in it: a space after the first ":" of a line's
    leading "::" and after the first "#" of "##[" and "##vso[", wherever they stand."""
    if "::" in text:
        text = _CI_LINE_COMMAND.sub(r"\1: ", text)
    if "##" in text:
        text = _CI_OLD_COMMAND.sub("# #", text)
    return text


# The report's own typography and the heat map's shades (timing/render.py), for a terminal that
# shows ASCII only (thirteenth session, rep13): under LANG=C or PYTHONIOENCODING=ascii they came
# out as "\xb7\u2588" escapes, a heat map no one could read. What is not here (a post's own
# letters) still comes out as such an escape, never an encoding error.
_ASCII_FALLBACK = str.maketrans({
    "·": ".", "░": "-", "▒": "+", "▓": "*", "█": "#", "…": "...", "—": "--", "–": "-", "−": "-",
    "×": "x", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "→": "->",
    "←": "<-", "↔": "<->", "≥": ">=", "≤": "<=", "≈": "~", "±": "+/-", "•": "*", "⏎": "\\n",
    "⟨": "<", "⟩": ">", "\u00a0": " ", "\u202f": " ", "°": " deg", "✓": "yes", "✗": "no",
    "─": "-", "━": "-", "│": "|", "┃": "|", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
})


def ascii_only_wanted(stream: IO[str]) -> bool:
    """Whether text for ``stream`` must be plain ASCII: its encoding is no Unicode one
    (LANG=C, PYTHONIOENCODING=ascii, a Latin-1 locale), or it is a terminal that says it is
    dumb (TERM=dumb: a serial console, a minimal terminal). A pipe or file with a UTF-8
    encoding keeps the box drawing: TERM names the terminal, not where a pipe goes."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return True
    if not name.startswith("utf"):
        return True
    return os.environ.get("TERM", "") == "dumb" and bool(getattr(stream, "isatty", lambda: False)())


class SafeConsole(Console):
    """A rich Console that never lets a control character from the content reach the
    stream; rich's own styling and cursor codes (control segments) pass as usual.
    ``ascii_only``: boxes, rules and bars drawn in ASCII (rich's own ASCII boxes) and the
    report's typography written in ASCII (``_ASCII_FALLBACK``)."""

    def __init__(self, *args: Any, ascii_only: bool = False, **kwargs: Any) -> None:
        self._ascii_only = ascii_only
        super().__init__(*args, **kwargs)

    @property
    def encoding(self) -> str:
        # rich draws ASCII boxes and rules when the encoding is no UTF one.
        return "ascii" if self._ascii_only else super().encoding

    def on_broken_pipe(self) -> None:
        # rich would exit 1 in silence, which reads as "findings found": hand the error
        # to the command's guard, which says so in one line and exits 2.
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        rendered = super()._render_buffer(
            segment if segment.control else Segment(strip_controls(shown_bytes(segment.text)), segment.style)
            for segment in buffer
        )
        return disarm_ci_commands(rendered.translate(_ASCII_FALLBACK) if self._ascii_only else rendered)

    def print(self, *objects: Any, **kwargs: Any) -> None:  # type: ignore[override]
        """One line of text (a string or a Text, no other options) is wrapped by
        ``hanging_lines``: at spaces only, never inside a token (a path, an address),
        and every wrapped line hangs two spaces in from the line's indent, so a continuation
        never starts at the left margin where headings are. Anything else, and a line
        printed with ``soft_wrap=True`` (a record: ``path:line``), goes to rich as is."""
        if (len(objects) == 1 and isinstance(objects[0], str | Text) and not self.soft_wrap
                and set(kwargs) <= {"style"}):
            text = objects[0]
            if isinstance(text, str):
                text = self.render_str(text, highlight=False)
            if not text.no_wrap and text.justify in (None, "default", "left") \
                    and text.overflow in (None, "fold"):
                for line in hanging_lines(text, self.width):
                    super().print(line, style=kwargs.get("style"), soft_wrap=True)
                return
        super().print(*objects, **kwargs)


def hanging_lines(text: Text, width: int) -> list[Text]:
    """Word-wrap ``text`` to ``width`` at spaces only. A token longer than the line
    stays whole on a line of its own (rich folds it, cutting a path in two that no one
    can then search, click or parse). Wrapped lines hang two spaces in from the first
    line's indent, so they read as its continuation, not as a sibling line or a heading."""
    from rich.cells import cell_len

    lines: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        if cell_len(plain) <= width:
            lines.append(line)
            continue
        indent = len(plain) - len(plain.lstrip(" "))
        hang = indent + 2
        body = line[indent:]
        for number, piece in enumerate(body.divide(_breaks(body.plain, max(width - hang, 20)))):
            piece.rstrip()
            lines.append(Text.assemble(" " * (indent if number == 0 else hang), piece))
    return lines


def _breaks(plain: str, width: int) -> list[int]:
    """Where to start new lines: before a word that would pass ``width``; a word is never
    split, however long (rich's own divide_line is private and folds long words)."""
    from rich.cells import cell_len

    offsets: list[int] = []
    column = 0
    for word in re.finditer(r"\S+\s*", plain):
        if column and column + cell_len(word.group(0).rstrip()) > width:
            offsets.append(word.start())
            column = 0
        column += cell_len(word.group(0))
    return offsets


def fit_table(console: Console, table: Any) -> bool:
    """Give each column of a rich Table a width at which no word of its cells or header is
    cut or folded, and return True; False when the console is too narrow for that (the
    caller prints its rows as records instead). rich alone shrinks the widest columns first
    and cuts words ("Lefebv…", "distan…") at 60 and even 80 columns (2026-11-29, tenth
    session). A no_wrap column keeps its whole width."""
    from rich.cells import cell_len
    from rich.measure import Measurement

    columns = list(table.columns)
    if not columns:
        return True
    mins: list[int] = []
    maxs: list[int] = []
    for column in columns:
        cells = [*column.cells, *([column.header] if table.show_header else [])]
        plains = [(console.render_str(c) if isinstance(c, str) else c).plain
                  if isinstance(c, str | Text) else str(c) for c in cells]
        lines = [line for plain in plains for line in plain.split("\n")]
        whole = max((cell_len(line) for line in lines), default=1) or 1
        word = max((cell_len(w) for line in lines for w in line.split()), default=1) or 1
        mins.append(whole if column.no_wrap else word)
        maxs.append(whole)
    # Borders and padding, whatever the box and padding: the table measured with every
    # column one cell wide, less those cells.
    saved = [column.width for column in columns]
    for column in columns:
        column.width = 1
    try:
        overhead = Measurement.get(console, console.options.update_width(10**6), table).maximum - len(columns)
    finally:
        for column, width in zip(columns, saved, strict=True):
            column.width = width
    room = console.width - overhead
    if sum(mins) > room:
        return False
    widths = list(maxs) if sum(maxs) <= room else list(mins)
    if sum(maxs) > room:
        # The spare columns go to the columns that would wrap most, in proportion to how
        # much more they could use.
        spare = room - sum(mins)
        wants = [hi - lo for lo, hi in zip(mins, maxs, strict=True)]
        total = sum(wants)
        for i, want in enumerate(wants):
            widths[i] += spare * want // total if total else 0
    for column, width in zip(columns, widths, strict=True):
        column.width = width
    return True


def print_records(console: Console, headers: list[str], rows: list[list[str]], indent: int = 2) -> None:
    """A table's rows as short records, for a console too narrow for the table: each row
    a block of 'header: value' lines (the first at ``indent``, the rest two further in), a
    blank line between rows. Same content as the table; lines wrap at spaces and no value
    is cut. The cells are rich markup, already escaped as for the table."""
    for number, row in enumerate(rows):
        if number:
            console.print()
        for at, (header, value) in enumerate(zip(headers, row, strict=True)):
            pad = " " * (indent if at == 0 else indent + 2)
            console.print(f"{pad}{escape(header)}: {value}")


def _colour_wanted(stream: IO[str]) -> bool:
    if "NO_COLOR" in os.environ:  # https://no-color.org: presence disables, whatever the value
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


# Width of prose in output that is not a terminal (a pipe, a CI log, a report file):
# lines people read, not records; records are printed with soft_wrap and never wrap.
PIPE_WIDTH = 100


def pipe_width() -> int:
    """COLUMNS when set (rich's own convention, and what `COLUMNS=60 nymaudit ... | less`
    asks for), else PIPE_WIDTH. rich alone would ask a terminal on stdin or stderr, so
    the same command would wrap differently in a CI log and when piped by hand."""
    columns = os.environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fit_encoding(text: str, encoding: str, form: str) -> str:
    """``text`` for a stream whose encoding cannot write all of it (PYTHONIOENCODING=ascii, a
    Latin-1 locale): in JSON each such character as its \\uXXXX escape and in HTML as a
    character reference, the same data; the stream's backslashreplace would write "\\xfc" into
    a JSON string, an escape no parser accepts (thirteenth session, rep13). Other text is left
    to that backslashreplace."""
    try:
        if form not in ("json", "sarif", "html") or codecs.lookup(encoding).name.startswith("utf"):
            return text
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text

    def fit(match: re.Match[str]) -> str:
        char = match.group(0)
        try:
            char.encode(encoding)
            return char
        except UnicodeEncodeError:
            return f"&#x{ord(char):X};" if form == "html" else _json_escape(match)

    return _NON_ASCII.sub(fit, text)


def write_all(stream: IO[str], text: str, form: str = "text") -> None:
    """Write ``text`` to a stream and flush it; for a real file descriptor, with
    os.write until every byte is taken. Python's buffered writer took a report larger
    than a pipe's 64 KiB buffer in one partial write, and when the reader closed the
    pipe (`| head -c 10`) the rest was dropped without an error: exit 0 on a cut JSON
    report. os.write raises BrokenPipeError, which the command's guard turns into one
    "incomplete" line and exit 2, as the terminal format does."""
    text = _fit_encoding(shown_bytes(text), getattr(stream, "encoding", None) or "utf-8", form)
    stream.flush()
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # CliRunner, StringIO: no descriptor
        fd = -1
    if fd < 0 or os.name != "posix":
        stream.write(shown_bytes(text))
        stream.flush()
        return
    data = memoryview(shown_bytes(text).encode(getattr(stream, "encoding", None) or "utf-8",
                                  getattr(stream, "errors", None) or "strict"))
    while data:
        data = data[os.write(fd, data):]


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

    def out(self, width: int | None = None, *, to_file: bool = False) -> Console:
        """Console for the human report on stdout, or (``to_file``) for a report file:
        plain text, whatever FORCE_COLOR says, since a file is opened in an editor or
        a browser, not a terminal that reads escape codes."""
        colour = not to_file and _colour_wanted(self.stdout)
        return SafeConsole(
            # A report file is UTF-8 whatever the terminal (write_private).
            ascii_only=not to_file and ascii_only_wanted(self.stdout),
            file=self.stdout,
            no_color=not colour,
            color_system="auto" if colour else None,
            force_terminal=colour if colour else None,
            highlight=False,
            emoji=False,
            soft_wrap=False,
            width=width or (None if self.stdout_is_tty and not to_file else pipe_width()),
        )

    def err(self) -> Console:
        colour = _colour_wanted(self.stderr)
        return SafeConsole(
            ascii_only=ascii_only_wanted(self.stderr),
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
        # A file name in it holding "##vso[" or "##[" must not command the CI job either.
        line = disarm_ci_commands(" ".join(visible_controls(message).split()))
        if ascii_only_wanted(self.stderr):
            line = line.translate(_ASCII_FALLBACK)
        self.stderr.write("nymaudit: " + line + "\n")
        self.stderr.flush()

    def info(self, message: str) -> None:
        if not self.quiet:
            self.err().print(escape(message), soft_wrap=True)

    def emit_json(self, document: Any) -> None:
        """JSON on stdout through the one writer every report uses (C1 controls and
        bidi marks escaped)."""
        write_all(self.stdout, dumps_json(document), form="json")


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
        # A file name that is not UTF-8 (surrogate escapes) shown as \\xe9, not a crash.
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fd = -1
            fh.write(shown_bytes(text))
    finally:
        if fd != -1:
            os.close(fd)

"""``nymaudit watch``: keep the private watchlist of identifying terms.

The file holds salted hashes only (see nymaudit.text.watchlist); ``list`` shows
the number of terms and each one's reference (six letters from its hash) and the
label the user chose, if any: nothing of the term itself.
Terms given on the command line end up in shell history: run ``add`` with no
TERM to type them at a hidden prompt instead.
"""

from __future__ import annotations

import codecs
import functools
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TypeVar

import typer

from nymaudit.console import Environment, escape, visible_controls

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Keep a private watchlist of your identifying terms (stored as salted hashes).",
)

def _guarded(func: F) -> F:
    """The CLI's guard (one-line errors, exit 2), looked up when the command runs:
    cli.py imports this module while it is still loading."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from nymaudit.cli import guarded

        return guarded(func)(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


WatchlistOpt = Annotated[
    Path | None,
    typer.Option(
        "--watchlist", envvar="NYMAUDIT_WATCHLIST",
        help="Watchlist file (default: $XDG_CONFIG_HOME/nymaudit/watchlist.toml).",
    ),
]


def _path(option: Path | None) -> Path:
    from nymaudit.text.watchlist import default_path

    return option.expanduser() if option else default_path()


def _open(path: Path, create: bool):  # type: ignore[no-untyped-def]
    from nymaudit.text.watchlist import Watchlist, WatchlistError

    if not path.exists():
        if create:
            return Watchlist()
        _fail(f"no watchlist at {path} (add a term with `nymaudit watch add`)")
    try:
        return Watchlist.load(path)
    except WatchlistError as exc:
        _fail(str(exc))


def _fail(message: str) -> None:
    Environment().err().print(f"nymaudit: {escape(message)}")
    raise typer.Exit(2)


@app.command("add")
@_guarded
def add(
    terms: Annotated[list[str] | None, typer.Argument(
        help="Terms to watch (quote multi-word terms). Omit to type them at a hidden prompt.",
        show_default=False)] = None,
    watchlist: WatchlistOpt = None,
    label: Annotated[str | None, typer.Option(
        "--label", help="A name of your choosing for the term(s), shown in reports (unredacted "
        "ones) and by `watch list`; never the term itself. Without it a term is shown by a "
        "reference of six letters.")] = None,
) -> None:
    """Add identifying terms (real name, employer, street, colleagues, pets)."""
    from nymaudit.text.watchlist import WatchlistError

    path = _path(watchlist)
    wl = _open(path, create=True)
    if not terms:
        import sys

        if sys.stdin is not None and not sys.stdin.isatty():
            # Piped (`pass show nym/town | nymaudit watch add`): one term per line, read
            # quietly; the hidden prompt warned "Password input may be echoed" here.
            piped = sys.stdin.read(PIPED_LIMIT + 1)
            if len(piped) > PIPED_LIMIT:  # never a term cut in two, never the rest dropped
                _fail(f"more than {PIPED_LIMIT // 1024} KiB piped in; add the terms in smaller batches")
            terms = [line.strip() for line in piped.splitlines() if line.strip()]
        else:
            entered = typer.prompt("Term to watch (input hidden)", hide_input=True, default="",
                                   show_default=False)
            terms = [entered] if entered.strip() else []
    if not terms:
        _fail("no term given")
    added = []
    for number, term in enumerate(terms or [], 1):
        try:
            added.append(wl.add(term, label=label).shown)
        except WatchlistError as exc:
            _fail(f"{mask_for_error(number, len(terms or []))}: {exc}")
    try:
        wl.save(path)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    env = Environment()
    env.info(f"{len(added)} term(s) added ({', '.join(added)}); {len(wl)} in {path}")


# Terms piped to `watch add`, in characters: a password manager's list, not a corpus.
PIPED_LIMIT = 64 * 1024


def mask_for_error(number: int, total: int) -> str:
    """Which term an error is about, by its place among those given: nothing of the term
    (until 29 November 2026 its first letter and length)."""
    return "the term" if total == 1 else f"term {number} of {total}"


@app.command("list")
@_guarded
def list_terms(watchlist: WatchlistOpt = None) -> None:
    """Show how many terms are watched, with each one's reference and label."""
    from nymaudit.text.watchlist import FIRST_TAG_HEX

    path = _path(watchlist)
    wl = _open(path, create=False)
    out = Environment().out()
    out.print(f"{len(wl)} term(s) in {escape(str(path))}")
    for term in sorted(wl.terms.values(), key=lambda t: (t.label or "~", t.ref)):
        words = "word" if term.words == 1 else "words"
        old = f"  old hint {term.hint}" if term.hint else ""
        out.print(f"  {escape(term.shown)}  {term.words} {words}{escape(old)}")
    hinted = sum(1 for term in wl.terms.values() if term.hint)
    if hinted:
        Environment().err().print(
            f"note: {hinted} term(s) still carry an old hint (first letter and length) in the file; "
            "reports no longer show it. Remove it with `nymaudit watch drop-hints`.")
    long_tags = sum(1 for term in wl.terms.values() if len(term.first) > FIRST_TAG_HEX)
    if long_tags:
        Environment().err().print(
            f"note: {long_tags} term(s) still carry the older 16-bit tag of their first word, which "
            "lets a list of guesses confirm that word alone; `nymaudit watch drop-hints` (or any "
            "change to the list) rewrites it with the 8-bit tag.")


@app.command("drop-hints")
@_guarded
def drop_hints(watchlist: WatchlistOpt = None) -> None:
    """Remove the old hints (first letter and length) that files written before 29 November
    2026 store beside each term, and cut their 16-bit first-word tags to 8 bits."""
    from nymaudit.text.watchlist import FIRST_TAG_HEX

    path = _path(watchlist)
    wl = _open(path, create=False)
    hinted = [term for term in wl.terms.values() if term.hint]
    for term in hinted:
        term.hint = None
    long_tags = [term for term in wl.terms.values() if len(term.first) > FIRST_TAG_HEX]
    for term in long_tags:
        term.first = term.first[:FIRST_TAG_HEX]
    if hinted or long_tags:
        try:
            wl.save(path)
        except OSError as exc:
            _fail(f"cannot write {path}: {exc.strerror or exc}")
    cut = f", {len(long_tags)} tag(s) cut to 8 bits" if long_tags else ""
    Environment().info(f"{len(hinted)} hint(s) removed{cut}; {len(wl)} term(s) in {path}")


@app.command("remove")
@_guarded
def remove(
    terms: Annotated[list[str], typer.Argument(help="Terms to stop watching.")],
    watchlist: WatchlistOpt = None,
) -> None:
    """Stop watching terms (give them as you added them; case and accents do not matter)."""
    path = _path(watchlist)
    wl = _open(path, create=False)
    removed = sum(1 for term in terms if wl.remove(term))
    if removed:
        try:
            wl.save(path)
        except OSError as exc:
            _fail(f"cannot write {path}: {exc.strerror or exc}")
    Environment().info(f"{removed} of {len(terms)} term(s) removed; {len(wl)} left in {path}")
    if removed < len(terms):
        raise typer.Exit(1)


@app.command("check")
@_guarded
def check(
    files: Annotated[list[Path], typer.Argument(help="Text or Markdown files to check.", readable=False)],
    watchlist: WatchlistOpt = None,
) -> None:
    """Check text files (a draft, say) for watched terms; exit 1 if any is found, 2 if a
    file could not be checked."""
    path = _path(watchlist)
    wl = _open(path, create=False)
    matcher = wl.matcher()
    env = Environment()
    out = env.out()
    hits = 0
    unchecked = 0
    for file in files:
        shown = str(file)
        try:
            # A file that was not read to its end was not checked: say so, never pass it.
            with _open_regular(file) as fh:
                for number, match in scan_stream(fh, matcher):
                    hits += 1
                    out.print(f"{escape(shown)}:{number}: watched term {escape(match.hint)}")
        except UnreadFile as exc:
            unchecked += 1
            env.error_line(f"{visible_controls(shown)}: not checked: {exc}")
    if unchecked:
        raise typer.Exit(2)
    if hits:
        raise typer.Exit(1)
    env.info("no watched term found")


class UnreadFile(Exception):
    """A file that could not be opened or read to its end (not an output error)."""


def _open_regular(file: Path) -> BinaryIO:
    """Open for reading without blocking: a FIFO or a device could hang the check
    forever or never end, so only a regular file is read."""
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UnreadFile(exc.strerror or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadFile("a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise UnreadFile("not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# Pieces stay well under normalize()'s character cap (MAX_SCAN_CHARS), so no text is cut off
# unseen; consecutive pieces of one long line overlap so a phrase across the cut is found.
PIECE_CHARS = 60_000
READ_BYTES = 64 * 1024
OVERLAP_CHARS = 2_000
# The longest markup normalize() removes or rewrites as one unit (a comment, 5,000 characters
# inside): a cut is kept out of an unclosed "<" or "[" this close before it.
MARKUP_CHARS = 5_010


def scan_stream(fh: BinaryIO, matcher: Any) -> Iterator[tuple[int, Any]]:
    """(line number, match) for the whole stream, in bounded memory: lines are read in
    pieces, so neither a large file nor one enormous line is held at once. Text is UTF-8,
    or UTF-16/32 after a byte-order mark (Notepad's "Unicode"), as the archive readers take it."""
    from nymaudit.sources.tree import text_encoding

    head = _read(fh, 4)
    codec, bom = text_encoding(head)
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    line = _Line(matcher)
    number = 1
    # Lines are split after decoding: in UTF-16 a 0x0A byte is not always a line break.
    pending = decoder.decode(head[bom:])  # text read but not searched yet
    while True:
        raw = _read(fh, READ_BYTES)
        eof = not raw
        pending += decoder.decode(raw, final=eof)
        *ended, pending = pending.split("\n")
        if eof:
            ended.append(pending)
        for text in ended:
            yield from ((number, m) for m in line.feed(text, final=True)[0])
            number += 1
        if eof:
            return
        found, pending = line.feed(pending, final=False)
        yield from ((number, m) for m in found)


def _read(fh: BinaryIO, size: int) -> bytes:
    try:
        return fh.read(size)
    except OSError as exc:
        raise UnreadFile(exc.strerror or str(exc)) from exc


class _Line:
    """The line being read: searched a piece at a time, each piece together with the end of
    the one before (``carry``), so a phrase across a cut is found once."""

    def __init__(self, matcher: Any) -> None:
        self.matcher = matcher
        self.carry = ""

    def feed(self, text: str, final: bool) -> tuple[list[Any], str]:
        """Matches in whole pieces of ``text`` (all of it when the line ends there) and the
        rest, not searched yet."""
        found: list[Any] = []
        while len(text) > PIECE_CHARS or (final and text):
            if len(text) > PIECE_CHARS:
                cut = _cut(text)
                piece, text = text[:cut], text[cut:]
            else:
                piece, text = text, ""
            found.extend(_search(self.matcher, self.carry, piece))
            self.carry = _tail(self.carry + piece)
        if final:
            self.carry = ""
        return found, text


def _cut(text: str) -> int:
    """Where to end the next piece: after a space in the second half of PIECE_CHARS, and
    not inside a tag, comment or Markdown link, which normalize() reads whole. A cut inside
    one still hides no match (see _search); at worst a term inside that markup is reported."""
    low = PIECE_CHARS // 2
    space = text.rfind(" ", low, PIECE_CHARS)
    if space == -1:
        return PIECE_CHARS
    at = space
    for _ in range(64):
        before = text[max(0, at - MARKUP_CHARS):at]
        base = at - len(before)
        opened = [before.find(o, before.rfind(c) + 1) for o, c in (("<", ">"), ("[", "]"))]
        opened = [base + i for i in opened if i != -1]
        if not opened:
            return at + 1
        at = text.rfind(" ", low, min(opened))
        if at == -1:
            break
    return space + 1


def _search(matcher: Any, carry: str, piece: str) -> list[Any]:
    """Matches in ``carry + piece`` that were not found with the piece before: those that end
    after the carried-over text. Where that text ends after normalising is measured, not
    assumed: markup open at the cut (an ``<img alt="...`` that closes in ``piece``) stays in
    the carry normalised alone but not in ``carry + piece``, so only the part the two share
    is known to have been searched."""
    from nymaudit.text.normalize import normalize

    text, _ = normalize(carry + piece)
    found = matcher.find(text)
    if not carry or not found:
        return found
    head = normalize(carry)[0].rstrip()
    # Where they differ, stop one short: the word at the difference may read differently.
    seen = len(head) if text.startswith(head) else max(0, _common_prefix(head, text) - 1)
    return [m for m in found if m.end > seen]


def _common_prefix(a: str, b: str) -> int:
    size = min(len(a), len(b))
    lo, hi = 0, size  # lo <= the common prefix's length <= hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _tail(text: str) -> str:
    """The last OVERLAP_CHARS of ``text``, starting at a word boundary."""
    if len(text) <= OVERLAP_CHARS:
        return text
    tail = text[-OVERLAP_CHARS:]
    space = tail.find(" ")
    return tail[space + 1:] if space != -1 else tail

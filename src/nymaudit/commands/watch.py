"""``nymaudit watch``: keep the private watchlist of identifying terms.

The file holds salted hashes only (see nymaudit.text.watchlist); ``list`` shows
the number of terms and each one's reference (six letters from its hash) and the
label the user chose, if any: nothing of the term itself.
Terms given on the command line end up in shell history: run ``add`` or ``remove``
with no TERM to type them at a hidden prompt (or pipe them) instead.
"""

from __future__ import annotations

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
    Environment().err().print(f"nymaudit: {escape(message)}", soft_wrap=True)  # one line, not cut at 80
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
    common_words: Annotated[bool, typer.Option(
        "--common-words", help="Accept a term of several words that are all everyday words or "
        "single letters (a name such as \"May Little\"). A one-word term such as \"a\" or "
        "\"may\" is refused all the same: it is in almost every draft.")] = False,
) -> None:
    """Add identifying terms (real name, employer, street, colleagues, pets). A term already
    watched (case, accents and possessives do not count) is said to be so, not added again."""
    from nymaudit.text.watchlist import WatchlistError

    path = _path(watchlist)
    wl = _open(path, create=True)
    if not terms:
        terms = _terms_typed("Term to watch (input hidden)")
    if not terms:
        _fail("no term given")
    for number, term in enumerate(terms, 1):
        refused = too_common(term, common_words)
        if refused:  # nothing is added when one term is refused, as for any other error
            _fail(f"{mask_for_error(number, len(terms))}: {refused}")
    added: list[str] = []
    known: list[str] = []
    relabelled = 0
    for number, term in enumerate(terms, 1):
        before = {digest: t.label for digest, t in wl.terms.items()}
        try:
            entry = wl.add(term, label=label)
        except WatchlistError as exc:
            _fail(f"{mask_for_error(number, len(terms))}: {exc}")
        if entry.hash not in before:
            added.append(entry.shown)
        elif entry.shown not in known:  # "Okafor" twice, or "okafor" after "Okafor"
            known.append(entry.shown)
            relabelled += before[entry.hash] != entry.label
    if added or relabelled:
        _save(wl, path)
    said = [f"{len(added)} term(s) added ({', '.join(added)})"] if added or not known else []
    if known:
        # Case, accents and possessives do not matter: the same normalised words are one term.
        said.append(f"{len(known)} already watched ({', '.join(known)})"
                    + (f", label set on {relabelled}" if relabelled else ""))
    Environment().info(f"{'; '.join(said)}; {len(wl)} in {path}")


def _terms_typed(prompt: str) -> list[str]:
    """Terms read where no shell history or process list sees them: piped on stdin
    (`pass show nym/town | nymaudit watch add`), one per line, or typed at a hidden prompt."""
    import sys

    if sys.stdin is not None and not sys.stdin.isatty():
        # Read quietly: the hidden prompt warned "Password input may be echoed" on a pipe.
        piped = sys.stdin.read(PIPED_LIMIT + 1)
        if len(piped) > PIPED_LIMIT:  # never a term cut in two, never the rest dropped
            _fail(f"more than {PIPED_LIMIT // 1024} KiB piped in; give the terms in smaller batches")
        return [line.strip() for line in piped.splitlines() if line.strip()]
    entered = typer.prompt(prompt, hide_input=True, default="", show_default=False)
    return [entered] if entered.strip() else []


def _save(wl: Any, path: Path) -> None:
    """Write the list; the folders it needs are made 0700 one by one, whatever the umask
    (with umask 000, mkdir(parents=True) made $XDG_CONFIG_HOME 0777: red team 10, F7)."""
    missing = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    try:
        for made in reversed(missing):
            try:
                os.mkdir(made, 0o700)
            except FileExistsError:
                continue  # made meanwhile by someone else: left as it is
            os.chmod(made, 0o700)  # the umask may have taken bits off, never added them: exact
        wl.save(path)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")


def too_common(term: str, common_words: bool = False) -> str | None:
    """Why a term is refused, or None. A term of one word that is a single letter or digit
    or an everyday English word ("the", "may": the function words of heuristics/style.toml)
    is in almost every text, and matching ignores case ("May" the surname is "may" the verb):
    every draft would fail `check`. A term of several such words ("of the") is refused too,
    unless ``common_words`` (a name such as "May Little" is made of them)."""
    from nymaudit.text.watchlist import normalise_term

    words = normalise_term(term)
    if not words or not all(_everyday(word) for word in words):
        return None
    if len(words) == 1:
        return ("a one-word term must have two letters or digits or more and not be an everyday word "
                "(\"the\", \"may\"): case is ignored, so it would be found in almost every draft; "
                "watch it with a word next to it (\"Theresa May\", \"Flat 7\")")
    if common_words:
        return None
    return ("every word of it is an everyday word or a single letter, so it may be found in many "
            "drafts; add it with a word next to it, or with --common-words if it is a name "
            "(\"May Little\")")


def _everyday(word: str) -> bool:
    """A normalised word `watch add` refuses alone: one character, or an everyday word."""
    return len(word) == 1 or word in _everyday_words()


@functools.cache
def _everyday_words() -> frozenset[str]:
    """The everyday words (heuristics/style.toml's function words) and the single letters
    and digits a watchlist may hold: what `too_common` refuses, listed for `_common_terms`."""
    from nymaudit.style.text import function_words

    return function_words() | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


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
    out.print(f"{len(wl)} term(s) in {escape(str(path))}", soft_wrap=True)
    for term in sorted(wl.terms.values(), key=lambda t: (t.label or "~", t.ref)):
        words = "word" if term.words == 1 else "words"
        old = f"  old hint {term.hint}" if term.hint else ""
        out.print(f"  {escape(term.shown)}  {term.words} {words}{escape(old)}", soft_wrap=True)
    common = _common_terms(wl)
    if common:
        Environment().err().print(
            f"note: {common} term(s) are a single letter or an everyday word (\"a\", \"the\"), which "
            "`watch add` refuses since 29 November 2026: every draft fails on them. Remove them "
            "with `nymaudit watch remove`.", soft_wrap=True)
    hinted = sum(1 for term in wl.terms.values() if term.hint)
    if hinted:
        Environment().err().print(
            f"note: {hinted} term(s) still carry an old hint (first letter and length) in the file; "
            "reports no longer show it. Remove it with `nymaudit watch drop-hints`.", soft_wrap=True)
    long_tags = sum(1 for term in wl.terms.values() if len(term.first) > FIRST_TAG_HEX)
    if long_tags:
        Environment().err().print(
            f"note: {long_tags} term(s) still carry the older 16-bit tag of their first word, which "
            "lets a list of guesses confirm that word alone; `nymaudit watch drop-hints` (or any "
            "change to the list) rewrites it with the 8-bit tag.", soft_wrap=True)


def _common_terms(wl: Any) -> int:
    """How many one-word terms of the list `watch add` now refuses (added before it did):
    the file holds hashes only, so each such word is hashed with its salt and looked up."""
    if not any(term.words == 1 for term in wl.terms.values()):
        return 0
    return sum(1 for word in _everyday_words() if wl._digest((word,)) in wl.terms)


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
        _save(wl, path)
    cut = f", {len(long_tags)} tag(s) cut to 8 bits" if long_tags else ""
    Environment().info(f"{len(hinted)} hint(s) removed{cut}; {len(wl)} term(s) in {path}")


@app.command("remove")
@_guarded
def remove(
    terms: Annotated[list[str] | None, typer.Argument(
        help="Terms to stop watching. Omit to type them at a hidden prompt (or pipe them, one a "
        "line), so they stay out of shell history.", show_default=False)] = None,
    watchlist: WatchlistOpt = None,
) -> None:
    """Stop watching terms (give them as you added them; case and accents do not matter)."""
    path = _path(watchlist)
    wl = _open(path, create=False)
    if not terms:
        # As `add`: a term on the command line is in shell history and /proc/PID/cmdline.
        terms = _terms_typed("Term to stop watching (input hidden)")
    if not terms:
        _fail("no term given")
    removed = sum(1 for term in terms if wl.remove(term))
    if removed:
        _save(wl, path)
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
    file could not be checked (not read to its end, or bytes in it that do not decode)."""
    from nymaudit.sources.common import NUL_REMOVED

    path = _path(watchlist)
    wl = _open(path, create=False)
    matcher = wl.matcher()
    env = Environment()
    out = env.out()
    common = _common_terms(wl)
    if common:  # added before `watch add` refused them: say why every draft fails
        env.err().print(f"note: {common} watched term(s) are a single letter or an everyday word "
                        "(\"a\", \"the\") and are found in almost any text; see `nymaudit watch list`.",
                        soft_wrap=True)
    hits = 0
    unchecked = 0
    for file in files:
        shown = str(file)
        problems: list[str] = []
        notes: list[str] = []
        try:
            # A file that was not read to its end was not checked: say so, never pass it.
            with _open_regular(file) as fh:
                for number, match in scan_stream(fh, matcher, problems, notes):
                    hits += 1
                    # soft_wrap: one line however long the path (rich cut it at 100 columns off a
                    # terminal, so grep, editors and CI logs lost the term: CI failed so).
                    out.print(f"{escape(shown)}:{number}: watched term {escape(match.hint)}", soft_wrap=True)
        except UnreadFile as exc:
            unchecked += 1
            env.error_line(f"{visible_controls(shown)}: not checked: {exc}")
            continue
        if notes:
            # Read in full, so checked: said, as `check` says it (INPUT008), never a failure.
            env.err().print(f"note: {escape(visible_controls(shown))}: not saved as UTF-8, read as "
                            "Windows-1252 (Notepad's \"ANSI\")", soft_wrap=True)
        if problems:
            # A term written with the undecodable bytes ("Caf\xe9" in Windows-1252) is not
            # found, nor one in letters beyond ASCII in UTF-16 without a byte-order mark (read
            # as letters and NULs): the file was not fully checked, so it never passes, as
            # `check` fails it on INPUT001 (until 2026-11-29 a NUL-laden draft passed here).
            unchecked += 1
            why = []
            if any(problem != NUL_REMOVED for problem in problems):
                why.append("a watched term written with them is not found")
            if NUL_REMOVED in problems:
                why.append("UTF-16 saved without a byte-order mark reads so, and a watched term in "
                           "letters beyond ASCII is not found in it")
            env.error_line(f"{visible_controls(shown)}: not fully checked: {'; '.join(problems)}; "
                           f"{'; '.join(why)} (save the file as UTF-8)")
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


def scan_stream(fh: BinaryIO, matcher: Any, problems: list[str] | None = None,
                notes: list[str] | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, match) for the whole stream, in bounded memory: the text is read in
    pieces, so neither a large file nor one enormous line is held at once. The text is
    decoded as the readers decode it for `check` (``sources.common.TextDecoder``): UTF-8, or
    UTF-16/32 after a byte-order mark (Notepad's "Unicode"), or Windows-1252 (Notepad's
    "ANSI") when the file is not UTF-8 and reads cleanly so (said in ``notes``; a seekable
    file only, as a check's files are: it is read once more first); bytes that do not decode
    are replaced and NUL bytes removed, each said in ``problems`` in the words of `check`'s INPUT001.
    A line break is a word break, as in `check` (a Markdown soft break renders as a space):
    the text is one stream, and a term written over two lines is found on the first."""
    from nymaudit.sources.common import TextDecoder, stream_legacy_codec

    legacy = None
    if fh.seekable():  # a file not UTF-8 is read as Windows-1252 when `check` reads it so
        start = fh.tell()
        legacy = stream_legacy_codec(lambda size: _read(fh, size), lambda: fh.seek(start))
    decoder = TextDecoder(legacy)
    stream = _Stream(matcher)
    pending = decoder.decode(_read(fh, 4))  # text read but not searched yet; 4 bytes hold any mark
    while True:
        raw = _read(fh, READ_BYTES)
        eof = not raw
        pending += decoder.decode(raw, final=eof)
        found, pending = stream.feed(pending, final=eof)
        yield from found
        if eof:
            if problems is not None:
                problems.extend(decoder.problems)
            if notes is not None:
                notes.extend(decoder.notes)
            return


def _read(fh: BinaryIO, size: int) -> bytes:
    try:
        return fh.read(size)
    except OSError as exc:
        raise UnreadFile(exc.strerror or str(exc)) from exc


class _Stream:
    """The text read so far: searched a piece at a time, each piece together with the end of
    the text before it (``carry``, line breaks kept), so a phrase across a cut or a line
    break is found once, on the line where it starts."""

    def __init__(self, matcher: Any) -> None:
        self.matcher = matcher
        self.carry = ""
        self.carry_line = 1  # the file line the carried text starts on

    def feed(self, text: str, final: bool) -> tuple[list[tuple[int, Any]], str]:
        """(line, match) in whole pieces of ``text`` (all of it at the end of the file) and
        the rest, not searched yet."""
        found: list[tuple[int, Any]] = []
        while len(text) > PIECE_CHARS or (final and text):
            if len(text) > PIECE_CHARS:
                cut = _cut(text)
                piece, text = text[:cut], text[cut:]
            else:
                piece, text = text, ""
            found.extend(self._piece(piece))
        return found, text

    def _piece(self, piece: str) -> list[tuple[int, Any]]:
        from nymaudit.text.normalize import LineMap

        joined = self.carry + piece
        normal, matches = _search_normal(self.matcher, self.carry, piece)
        found: list[tuple[int, Any]] = []
        if matches:
            # check's own map from the normalised text back to the file's lines.
            line_map = LineMap.build(joined, normal)
            for m in matches:
                line = line_map.line(m.start, self.carry_line) if line_map else None
                if line is None:  # no map could be built: the breaks left after normalising
                    line = self.carry_line + normal.count("\n", 0, m.start)
                found.append((line, m))
        keep = _tail(joined)
        self.carry_line += joined.count("\n", 0, len(joined) - len(keep))
        self.carry = keep
        return found


def _space_before(text: str, low: int, high: int) -> int:
    """The last space or line break in ``text[low:high]``, -1 if none."""
    return max(text.rfind(" ", low, high), text.rfind("\n", low, high))


def _cut(text: str) -> int:
    """Where to end the next piece: after a space in the second half of PIECE_CHARS, and
    not inside a tag, comment or Markdown link, which normalize() reads whole. A cut inside
    one still hides no match (see _search); at worst a term inside that markup is reported."""
    low = PIECE_CHARS // 2
    space = _space_before(text, low, PIECE_CHARS)
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
        at = _space_before(text, low, min(opened))
        if at == -1:
            break
    return space + 1


def _search(matcher: Any, carry: str, piece: str) -> list[Any]:
    """Matches in ``carry + piece`` that were not found with the piece before."""
    return _search_normal(matcher, carry, piece)[1]


def _search_normal(matcher: Any, carry: str, piece: str) -> tuple[str, list[Any]]:
    """``carry + piece`` normalised, and its matches that were not found with the piece
    before: those that end after the carried-over text. Where that text ends after
    normalising is measured, not assumed: markup open at the cut (an ``<img alt="...`` that
    closes in ``piece``) stays in the carry normalised alone but not in ``carry + piece``,
    so only the part the two share is known to have been searched."""
    from nymaudit.text.normalize import normalize

    text, _ = normalize(carry + piece)
    found = matcher.find(text)
    if not carry or not found:
        return text, found
    head = normalize(carry)[0].rstrip()
    # Where they differ, stop one short: the word at the difference may read differently.
    seen = len(head) if text.startswith(head) else max(0, _common_prefix(head, text) - 1)
    return text, [m for m in found if m.end > seen]


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
    space = min((i for i in (tail.find(" "), tail.find("\n")) if i != -1), default=-1)
    return tail[space + 1:] if space != -1 else tail

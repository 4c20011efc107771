"""``nymaudit watch``: keep the private watchlist of identifying terms.

The file holds salted hashes only (see nymaudit.text.watchlist); ``list`` shows
the number of terms and a masked hint (first letter and length) for each.
Terms given on the command line end up in shell history: run ``add`` with no
TERM to type them at a hidden prompt instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nymaudit.console import Environment, escape

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Keep a private watchlist of your identifying terms (stored as salted hashes).",
)

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
def add(
    terms: Annotated[list[str] | None, typer.Argument(
        help="Terms to watch (quote multi-word terms). Omit to type them at a hidden prompt.",
        show_default=False)] = None,
    watchlist: WatchlistOpt = None,
) -> None:
    """Add identifying terms (real name, employer, street, colleagues, pets)."""
    from nymaudit.text.watchlist import WatchlistError

    path = _path(watchlist)
    wl = _open(path, create=True)
    if not terms:
        entered = typer.prompt("Term to watch (input hidden)", hide_input=True, default="",
                               show_default=False)
        terms = [entered] if entered.strip() else []
    if not terms:
        _fail("no term given")
    added = []
    for term in terms or []:
        try:
            added.append(wl.add(term).hint)
        except WatchlistError as exc:
            _fail(f"{mask_for_error(term)}: {exc}")
    try:
        wl.save(path)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    env = Environment()
    env.info(f"{len(added)} term(s) added ({', '.join(added)}); {len(wl)} in {path}")


def mask_for_error(term: str) -> str:
    from nymaudit.text.watchlist import mask

    return mask((), raw=term)


@app.command("list")
def list_terms(watchlist: WatchlistOpt = None) -> None:
    """Show how many terms are watched, with a masked hint for each."""
    path = _path(watchlist)
    wl = _open(path, create=False)
    out = Environment().out()
    out.print(f"{len(wl)} term(s) in {escape(str(path))}")
    for term in sorted(wl.terms.values(), key=lambda t: (t.hint, t.hash)):
        words = "word" if term.words == 1 else "words"
        out.print(f"  {escape(term.hint)}  {term.words} {words}  {term.hash[:8]}")


@app.command("remove")
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
def check(
    files: Annotated[list[Path], typer.Argument(help="Text or Markdown files to check.")],
    watchlist: WatchlistOpt = None,
) -> None:
    """Check text files (e.g. a draft) for watched terms; exit 1 if any is found."""
    from nymaudit.text.normalize import normalize

    path = _path(watchlist)
    wl = _open(path, create=False)
    matcher = wl.matcher()
    out = Environment().out()
    hits = 0
    for file in files:
        try:
            with file.open("rb") as fh:
                raw = fh.read(5_000_001)
        except OSError as exc:
            _fail(f"{file}: {exc.strerror or exc}")
            return
        for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
            text, _ = normalize(line)
            for m in matcher.find(text):
                hits += 1
                out.print(f"{escape(str(file))}:{number}: watched term {escape(m.hint)}")
    if hits:
        raise typer.Exit(1)
    Environment().info("no watched term found")

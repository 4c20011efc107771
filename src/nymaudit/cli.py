"""Command line: one small function per command; the work happens elsewhere.

Start-up stays fast: heavy modules (readers, detectors, gazetteer, PDF, holidays)
are imported inside the commands that need them.
"""

from __future__ import annotations

# ruff: noqa: E402 - the Ctrl-C handler below comes before the other imports
import os
import signal
import sys


def _started_as_command() -> bool:
    """Whether this process is the nymaudit command (the console script, `python -m nymaudit`),
    not a program or a test that imports the module."""
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None and str(getattr(spec, "name", "")).split(".")[0] == "nymaudit":
        return True
    script = (sys.argv[0] if sys.argv else "").replace("\\", "/").rsplit("/", 1)[-1].lower()
    return script in ("nymaudit", "nymaudit.exe", "nymaudit-script.py")


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C before ``main`` has its own handling: while the console script imports this
    module and the libraries (typer, rich: a few hundred milliseconds), and between the import
    and ``main``. Python's KeyboardInterrupt there printed a traceback (thirteenth session,
    rep13). The handler raises nothing: an exception raised from it lands wherever the import
    happens to be, and Python wraps it there (SystemExit inside rich's class creation became
    ``RuntimeError: Error calling __set_name__``, exit 1; rev13c 7). It notes the Ctrl-C, the
    imports finish (well under a second) and ``main`` says the one line and exits 130. A second
    Ctrl-C does not wait: the line, and the process ends at once (nothing is written yet)."""
    if not _STARTING_INTERRUPTED["yes"]:
        _STARTING_INTERRUPTED["yes"] = True
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # noqa: SIM105 - the file descriptor, not sys.stderr: its buffer may be in the middle of a write
        os.write(2, b"nymaudit: interrupted: no report written\n")
    except OSError:  # no standard error (closed, pythonw): nothing to say it on
        pass
    os._exit(130)


# Whether Ctrl-C came while starting; ``main`` reads it once the imports are done.
_STARTING_INTERRUPTED = {"yes": False}


# First thing, before the heavy imports below. Only for the command itself and only over
# Python's own handler (a program embedding nymaudit keeps its own); ``main`` hands Ctrl-C back
# to Python's KeyboardInterrupt, which the commands turn into the line that says how far the
# report got.
if _started_as_command() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    try:  # noqa: SIM105 - contextlib is one more import before the handler
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    except ValueError:  # not the main thread: no handler
        pass


import contextlib
import errno
import functools
import io
import stat
from collections.abc import Callable
from enum import StrEnum
from io import StringIO
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from nymaudit import __version__
from nymaudit.console import (
    PIPE_WIDTH,
    Environment,
    dumps_json,
    escape,
    strip_controls,
    write_all,
    write_private,
)
from nymaudit.model import Severity

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

app = typer.Typer(
    name="nymaudit",
    help="See what an investigator could learn from a pseudonymous account, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

STATE: dict[str, Any] = {"debug": bool(os.environ.get("NYMAUDIT_DEBUG"))}


class ScanFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"


class CheckFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    sarif = "sarif"


class SimpleFormat(StrEnum):
    terminal = "terminal"
    json = "json"


class Level(StrEnum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


F = TypeVar("F", bound=Callable[..., Any])
E = TypeVar("E", bound=StrEnum)


def _choice(kind: type[E]) -> dict[str, Any]:
    """parser= and metavar= for an option taking one of an enum's values: typer's own
    check words a bad value as "Value error, 'x' is not one of ..." (a library's phrase)."""
    names = [member.value for member in kind]

    def parse(value: Any) -> E:
        try:
            return kind(str(value).strip().lower())
        except ValueError:
            raise typer.BadParameter(f"{str(value)!r} is not one of {', '.join(names)}") from None

    return {"parser": parse, "metavar": "<" + "|".join(names) + ">"}


class UsageProblem(Exception):
    """Bad arguments the parser could not catch (exit 2, one line)."""


# How far the report got, for the line a Ctrl-C prints: None before it is written, "writing"
# while it goes to stdout or a file, "written" after.
_DELIVERY: dict[str, str | None] = {"state": None, "said": None}
_INTERRUPTED = {
    None: "interrupted: no report written",
    "writing": "interrupted: the report is incomplete",
    "written": "interrupted after the report was written",
}


def guarded(func: F) -> F:
    """Turn any unexpected exception into one line and exit 2 (traceback with --debug)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _DELIVERY["state"] = _DELIVERY["said"] = None
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except UsageProblem as exc:
            Environment().error_line(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            # One line, so Ctrl-C is not wordless (walkthrough s11): whether a report exists.
            Environment().error_line(_INTERRUPTED.get(_DELIVERY["state"], _INTERRUPTED[None]))
            _DELIVERY["said"] = "yes"
            raise typer.Exit(130) from None
        except OSError as exc:
            if not _output_failed(exc):
                raise _internal_error(exc) from None
            # A full disk or a reader that went away (`| head`): the report is incomplete.
            _silence_stdout()
            reason = "the reader closed the pipe" if isinstance(exc, BrokenPipeError) else (
                exc.strerror or str(exc))
            with contextlib.suppress(OSError):  # stderr may be gone too
                Environment().error_line(f"cannot write the output: {reason}; it is incomplete")
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as exc:
            if _caused_by_ctrl_c(exc):  # a Ctrl-C that Python wrapped: the same one line
                with contextlib.suppress(OSError):
                    Environment().error_line(_INTERRUPTED.get(_DELIVERY["state"], _INTERRUPTED[None]))
                _DELIVERY["said"] = "yes"
                raise typer.Exit(130) from None
            raise _internal_error(exc) from None

    return wrapper  # type: ignore[return-value]


def _caused_by_ctrl_c(exc: BaseException) -> bool:
    """Whether ``exc`` is Python's wrapper of a Ctrl-C: a KeyboardInterrupt raised while a class
    is made (a lazily imported module's dataclass or cached_property) comes out as
    ``RuntimeError: Error calling __set_name__ ...`` caused by it (Python 3.11; rev13c 7: it read
    "internal error", exit 2, or a traceback)."""
    seen = 0
    cause = exc.__cause__
    while cause is not None and seen < 16:
        if isinstance(cause, KeyboardInterrupt):
            return True
        cause, seen = cause.__cause__, seen + 1
    return False


# Write errors that mean stdout (or stderr) cannot take the output; reading an input
# never raises these, and a report file's own write errors are caught where it is written.
_OUTPUT_ERRNOS = {errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard stream the shell closed (`>&-`), where Python leaves
    None: a write says so (EBADF, reported as output that could not be written), where
    None gave "internal error: AttributeError" and the terminal report vanished with exit 0.
    A command that writes only to --output never touches it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self._name} is closed")

    def isatty(self) -> bool:
        return False


def _output_failed(exc: OSError) -> bool:
    return isinstance(exc, BrokenPipeError) or exc.errno in _OUTPUT_ERRNOS


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still
    buffered does not fail again at exit with a second, multi-line message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _internal_error(exc: Exception) -> typer.Exit:
    if STATE["debug"]:
        import traceback

        traceback.print_exception(exc)
    line = f"nymaudit: internal error: {type(exc).__name__}: {exc}".splitlines()[0]
    sys.stderr.write(line[:300] + " (run with --debug for details)\n")
    return typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nymaudit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", envvar="NYMAUDIT_DEBUG", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    STATE["debug"] = debug
    # A file name that is not UTF-8 (a Linux folder, a tar member) reaches the report as
    # surrogate escapes, which a UTF-8 stream refuses: shown as \xff rather than stopping
    # the run with an internal error after the scan.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # A stream that cannot change: the report's own escapes are the fallback.
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


# ---------------------------------------------------------------- shared parts


def parse_known(values: list[str]) -> dict[str, Path]:
    known: dict[str, Path] = {}
    for value in values:
        label, sep, path = value.partition("=")
        if not sep or not label.strip() or not path.strip():
            raise UsageProblem(f"--known takes LABEL=PATH, got {value!r}")
        if label.strip() in known:
            raise UsageProblem(f"--known label {label.strip()!r} given twice")
        known[label.strip()] = existing_path(f"--known {label.strip()}", Path(path.strip()).expanduser())
    return known


def existing_path(option: str, path: Path) -> Path:
    """A path an option names must be there and open: a typo would otherwise give a
    report without the comparison the user asked for ("no verdict", exit 0). A file
    that cannot be read *inside* it stays an input error of the report."""
    shown = str(path)  # error_line shows control characters as visible marks
    if not os.path.lexists(path):
        raise UsageProblem(f"{option}: no such file or folder: {shown}")
    try:
        # Stat first: opening a FIFO to probe it would wait for a writer for ever.
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            with os.scandir(path):
                pass
        elif stat.S_ISREG(info.st_mode):
            os.close(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))
        else:
            raise UsageProblem(f"{option}: not a regular file or folder: {shown}")
    except OSError as exc:
        raise UsageProblem(f"{option}: cannot read {shown}: {exc.strerror or exc}") from None
    return path


class _ProgressBar:
    """A progress bar on stderr for long reads, only when a person is watching:
    one step per input, then one per analysis."""

    def __init__(self, env: Environment, steps: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=env.err(), transient=True,
        )
        self._task = self._bar.add_task("reading", total=steps)
        self._started = False

    def __call__(self, message: str) -> None:
        if not self._started:
            self._bar.start()
            self._started = True
        else:
            self._bar.advance(self._task)
        self._bar.update(self._task, description=escape(message[:60]))

    def stop(self) -> None:
        if self._started:
            self._bar.stop()


def _progress(env: Environment, steps: int) -> _ProgressBar | None:
    if env.quiet or not env.stderr_is_tty:
        return None
    return _ProgressBar(env, steps)


# What the terminal report's footer offers for the full details: only the formats
# the command has.
SCAN_DETAILS = "--format json, markdown or html"
CHECK_DETAILS = "--format json or sarif"


def _render(report: Any, fmt: str, env: Environment, to_file: bool,
            details: str = SCAN_DETAILS) -> str | None:
    """Render the report; returns text for files/stdout, or None when printed directly."""
    if fmt == "json":
        from nymaudit.report.json_report import render

        return render(report)
    # Markdown and HTML are text files a user may `cat`: no terminal control codes
    # from the input in them (JSON and SARIF escape them already).
    if fmt == "markdown":
        from nymaudit.report.markdown import render

        return strip_controls(render(report))
    if fmt == "html":
        from nymaudit.report.html import render

        return strip_controls(render(report))
    if fmt == "sarif":
        from nymaudit.report.sarif import render

        return render(report)
    from nymaudit.report.terminal import render

    if to_file:
        buffer = StringIO()
        console = Environment(stdout=buffer).out(width=PIPE_WIDTH, to_file=True)
        render(report, console, details=details)
        return buffer.getvalue()
    render(report, env.out(), details=details)
    return None


def refuse_output_inside(output: Path | None, inputs: list[Path], *, inside: bool = True) -> None:
    """A report written into a folder the run reads lands where a site build or `git add`
    publishes it (`scan . --output report.html` in a Jekyll site: GitHub Pages serves it,
    and git keeps no 0600 mode), and the next scan reads it: refused before reading, exit 2
    (red team 10, F3). Writing over an input breaks the read-only promise: refused always,
    `baseline create -o` too (``inside=False``: the repository is its place)."""
    if output is None:
        return
    try:
        target = Path(os.path.realpath(output))
    except (OSError, ValueError):
        return  # the write itself will say what is wrong with the path
    for given in inputs:
        try:
            real = Path(os.path.realpath(given))
            folder = inside and real.is_dir()
        except (OSError, ValueError, TypeError):
            continue
        if target == real:
            raise UsageProblem(f"--output {output} is {given}, an input of this run; nymaudit does not "
                               "write over what it reads: name another file")
        if folder and target.is_relative_to(real):
            raise UsageProblem(
                f"--output {output} is inside {given}, which this run reads: a site build or `git add` "
                "there would publish the report, and the next scan would read it; write it outside "
                f"(--output ../{output.name}, or in your home folder) and move it yourself if you mean to")


def _write_report(output: Path, text: str) -> None:
    try:
        write_private(output, text)
    except OSError as exc:
        # O_NOFOLLOW refuses a symbolic link with ELOOP, whose wording ("Too many levels of
        # symbolic links") reads like a broken link rather than a refusal.
        if exc.errno == errno.ELOOP and os.path.islink(output):
            raise UsageProblem(f"cannot write {output}: it is a symbolic link; refusing to write "
                               "through it (name the file itself)") from exc
        raise UsageProblem(f"cannot write {output}: {exc.strerror or exc}") from exc


def _deliver(report: Any, fmt: str, output: Path | None, env: Environment,
             details: str = SCAN_DETAILS) -> None:
    # The terminal format prints while it renders (text is None).
    _DELIVERY["state"] = "writing" if output is None and fmt == "terminal" else None
    text = _render(report, fmt, env, to_file=output is not None, details=details)
    _DELIVERY["state"] = "writing"
    if output is not None:
        _write_report(output, text or "")
        _DELIVERY["state"] = "written"
        env.info(f"report written to {output} (readable by you only)")
    elif text is not None:
        if fmt in ("markdown", "html"):
            # Printed into a CI log, a report's "::error::" or "##[" from an input is a runner
            # command (JSON and SARIF escape it in dumps_json; the terminal in SafeConsole).
            from nymaudit.console import disarm_ci_commands

            text = disarm_ci_commands(text)
        write_all(env.stdout, text, form=fmt)  # a closed pipe raises here, as for the terminal format
    _DELIVERY["state"] = "written"


def _deliver_document(doc: dict[str, Any], fmt: SimpleFormat, output: Path | None, env: Environment,
                      render_terminal: Any) -> None:
    """`meta` and `compare`: JSON or the terminal view, on stdout or into a 0600 file
    (a shell redirect makes a file anyone on the machine may read, and these name
    people, places and devices)."""
    if output is None:
        _DELIVERY["state"] = "writing"
        if fmt == SimpleFormat.json:
            env.emit_json(doc)
        else:
            render_terminal(doc, env.out())
        _DELIVERY["state"] = "written"
        return
    if fmt == SimpleFormat.json:
        text = dumps_json(doc)
    else:
        buffer = StringIO()
        render_terminal(doc, Environment(stdout=buffer).out(width=PIPE_WIDTH, to_file=True))
        text = buffer.getvalue()
    _DELIVERY["state"] = "writing"
    _write_report(output, text)
    _DELIVERY["state"] = "written"
    env.info(f"report written to {output} (readable by you only)")


def _nothing_readable(inputs: list[Any]) -> str | None:
    """The one-line reason when not a single input gave anything to analyse."""
    if any(i.posts or i.attachments or i.activities or not i.errors for i in inputs):
        return None
    reasons = "; ".join(f"{i.path}: {i.errors[0].error}" for i in inputs[:3])
    return f"nothing readable: {reasons}"


def _check_watchlist(watchlist: Path | None) -> None:
    """A watchlist named on the command line must load: a CI job that silently
    lost its watchlist would pass drafts it should stop."""
    if watchlist is None:
        return
    from nymaudit.text.watchlist import Watchlist, WatchlistError

    try:
        Watchlist.load(watchlist)
    except WatchlistError as exc:
        raise UsageProblem(f"--watchlist: {exc}") from exc
    except Exception as exc:  # malformed content: say so, do not scan without it
        raise UsageProblem(f"--watchlist {watchlist}: not a nymaudit watchlist ({exc})") from exc


def _resolve_redact(redact: bool | None, fmt: str) -> bool:
    # SARIF ends up on code-scanning dashboards that others can read: mask by default.
    return fmt == "sarif" if redact is None else redact


def _run_scan(
    paths: list[Path],
    known_values: list[str],
    fmt: str,
    output: Path | None,
    fail_on: Level | None,
    redact: bool | None,
    watchlist: Path | None,
    quiet: bool,
    detectors: tuple[str, ...] | None = None,
) -> None:
    from nymaudit.scan import ScanOptions, analyse, exceeds, load_known
    from nymaudit.sources.detect import read_inputs

    env = Environment(quiet=quiet, debug=STATE["debug"])
    known = parse_known(known_values)
    refuse_output_inside(output, [*paths, *known.values()])
    _check_watchlist(watchlist)
    options = ScanOptions(
        known=known,
        watchlist=str(watchlist) if watchlist else None,
        redact=_resolve_redact(redact, fmt),
        debug=STATE["debug"],
    )
    if detectors is not None:
        options.detectors = detectors
    progress = _progress(env, len(paths) + len(known) + len(options.detectors))
    try:
        corpus = read_inputs(paths, (lambda p: progress(f"reading {p.name}")) if progress else None)
        problem = _nothing_readable(corpus.inputs)
        if problem:
            if progress:
                progress.stop()
            env.error_line(problem)
            raise typer.Exit(EXIT_ERROR)
        known_corpora = load_known(known, progress)
        report = analyse(corpus, options, known_corpora, progress)
    finally:
        if progress:
            progress.stop()
    if any(item.errors for item in report.inputs):
        from nymaudit.report.redact import shown_input_paths

        # Named as the report shows it: a redacted report's CI log must not give back the name.
        for item, shown in zip(report.inputs, shown_input_paths(report), strict=True):
            if item.errors:
                env.warn(f"{shown}: {len(item.errors)} input error(s); see the report")
    _deliver(report, fmt, output, env)
    if exceeds(report, Severity.parse(fail_on.value) if fail_on else None):
        raise typer.Exit(EXIT_FINDINGS)


# ---------------------------------------------------------------- options

# readable=False: an unreadable input is an input error line and the scan goes on with
# the others (the parser's own check would stop the whole run with a usage error).
PathsArg = Annotated[list[Path], typer.Argument(metavar="PATH", readable=False,
                     help="Archive (folder, zip or tar.gz as the platform "
                                                "gave it), export file, blog folder or posts.")]
KnownOpt = Annotated[list[str], typer.Option("--known", metavar="LABEL=PATH",
                     help="Your real-name writing, to measure how linkable the style is; "
                          "repeat for several people or corpora.")]
FormatOpt = Annotated[ScanFormat, typer.Option("--format", "-f", envvar="NYMAUDIT_FORMAT",
                      help="Report format.", **_choice(ScanFormat))]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                      help="Write the report to FILE (created readable by you only).")]
FailOnOpt = Annotated[Level | None, typer.Option("--fail-on", envvar="NYMAUDIT_FAIL_ON",
                      help="Exit 1 if any finding is at or above this severity.", **_choice(Level))]
RedactOpt = Annotated[bool | None, typer.Option("--redact/--no-redact", envvar="NYMAUDIT_REDACT",
                      help="Mask evidence in the report (default: on for sarif, off otherwise).",
                      show_default=False)]
WatchOpt = Annotated[Path | None, typer.Option("--watchlist", envvar="NYMAUDIT_WATCHLIST",
                     help="Watchlist file of hashed identifying terms (see `nymaudit watch`).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or warnings on stderr.")]


# ---------------------------------------------------------------- commands


@app.command()
@guarded
def scan(
    paths: PathsArg,
    known: KnownOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    format: FormatOpt = ScanFormat.terminal,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    redact: RedactOpt = None,
    watchlist: WatchOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Audit an account: what its posts, times, attachments and style give away."""
    _run_scan(paths, known, format.value, output, fail_on, redact, watchlist, quiet)


def demo_root() -> Path:
    return Path(__file__).resolve().parent / "demo" / "account"


def demo_inputs() -> tuple[list[Path], list[str]]:
    root = demo_root()
    inputs = [p for p in (root / "twitter", root / "blog") if p.exists()]
    known = [f"real-name writing={root / 'known'}"] if (root / "known").exists() else []
    return inputs, known


@app.command()
@guarded
def demo(
    known: KnownOpt = [],  # noqa: B006
    format: FormatOpt = ScanFormat.terminal,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    redact: RedactOpt = None,
    watchlist: WatchOpt = None,
    quiet: QuietOpt = False,
    path: Annotated[bool, typer.Option("--path", help="Print where the demo account lies.")] = False,
) -> None:
    """Scan the bundled fictional demo account (a leaky anonymous council officer)."""
    if path:
        typer.echo(str(demo_root()))
        return
    inputs, demo_known = demo_inputs()
    if not inputs:
        raise UsageProblem(f"the demo account is missing from this installation ({demo_root()})")
    _run_scan(inputs, known or demo_known, format.value, output, fail_on, redact, watchlist, quiet)


@app.command()
@guarded
def rules() -> None:
    """List every rule with its id, severity and title."""
    from rich.table import Table

    from nymaudit.rules import load_rules

    table = Table(show_edge=False)
    for column in ("id", "category", "severity", "title"):
        table.add_column(column)
    for rule in load_rules():
        table.add_row(rule.id, rule.category, rule.severity.label, escape(rule.title))
    Environment().out().print(table)


@app.command()
@guarded
def explain(rule_id: Annotated[str, typer.Argument(metavar="ID", help="A rule id, e.g. LINK003.")]) -> None:
    """Explain one rule: what it finds, why it matters, an example, what to do."""
    from nymaudit.rules import load_rules

    rules = load_rules()
    rule = rules.get(rule_id.strip()) or rules.get(rule_id.strip().upper())
    if rule is None:
        import difflib

        # "LINK03" for LINK003: say the likely one, as click does for a mistyped command.
        close = difflib.get_close_matches(rule_id.strip().upper(), [r.id for r in rules], n=1, cutoff=0.7)
        hint = f" Did you mean {close[0]}?" if close else ""
        raise UsageProblem(f"no rule {rule_id!r} (see `nymaudit rules`).{hint}")
    typer.echo(explain_text(rule))


def explain_text(rule: Any) -> str:
    """A rule page in the manner of ruff's: what / why / example / instead; the same
    sections and every example that docs/rules/<ID>.md shows."""

    def examples(items: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for case in items:
            if not case.strip():
                continue  # a blank case is a test that nothing is reported, not a sight
            says = rule.example_says.get(case)
            shown = " ⏎ ".join(case.splitlines())
            if says:  # words, wrapped like the rest of the page
                out.extend(f"  {'- ' if i == 0 else '  '}{line}"
                           for i, line in enumerate(_wrap(f"{says} (test case: {shown})", 84)))
            else:  # the text as the detector sees it, not rewrapped
                out.append(f"  - {shown}")
        return out

    reported, not_reported = examples(rule.examples_match), examples(rule.examples_no_match)
    lines = [
        f"{rule.id}: {rule.title}",
        f"category {rule.category}, severity {rule.severity.label}, confidence {rule.confidence.label}"
        + (f", clue kind {rule.clue_kind}" if rule.clue_kind else ""),
        "",
        "What it finds",
        *(f"  {line}" for line in _wrap(rule.finds or f"{rule.title}.")),
        "",
    ]
    if rule.severity_note:
        lines += ["Severity", *(f"  {line}" for line in _wrap(
            f"{rule.severity.label} by default. {rule.severity_note}")), ""]
    lines += ["Why is this bad", *(f"  {line}" for line in _wrap(rule.why)), ""]
    lines += ["Example (reported)", *reported, ""]
    if not_reported:
        lines += ["Not reported", *not_reported, ""]
    lines += ["What to do instead", *(f"  {line}" for line in _wrap(rule.advice))]
    return "\n".join(lines)


def _wrap(text: str, width: int = 86) -> list[str]:
    import textwrap

    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False, break_long_words=False)


@app.command()
@guarded
def formats() -> None:
    """List the input formats nymaudit reads and how each is recognised."""
    import textwrap

    from nymaudit.sources.detect import available_readers

    out = Environment().out()
    out.print("Inputs (detected from content; give the folder, zip or tar.gz as the platform made it):")
    for reader in available_readers():
        # Wrapped here, so that a long description's next line stays in its column.
        lines = textwrap.wrap(reader.description, max(out.width - 14, 30))
        out.print(f"  {reader.name:<10} " + "\n".join(
            escape(line) if i == 0 else " " * 13 + escape(line) for i, line in enumerate(lines)))
    # Each raw format by name: "RAW (..., ...)" read as "every raw" (walkthrough 10), while
    # Sigma X3F and Kyocera RAW are not read.
    out.print("\nAttachments checked for metadata (`nymaudit meta`): JPEG, TIFF, PNG, WebP, GIF, "
              "HEIC/HEIF/AVIF, JPEG 2000, PSD, EPS, raw photos (DNG and TIFF-based raw: NEF, NRW, ARW, "
              "SR2, PEF, SRW, IIQ; CR2, CR3, CRW, ORF, RW2, RAF, MRW), PDF "
              "with earlier revisions, DOCX/XLSX/PPTX, ODT/ODS/ODP, RTF, MP4/MOV, AVI/WAV, SVG/SVGZ "
              "drawings, ICO icons, XMP sidecars, GPS tracks (GPX, KML, TCX, IGC, NMEA, CSV logs with "
              "latitude and longitude columns such as DJI's, Bramor gEO logs, Winplus Beacon .TXT), vCards, "
              "iCalendar, "
              "Google Photos sidecars (Takeout's JSON beside each photo).")
    out.print("Not read (`meta` lists them as not checked, `scan` as META026): Sigma/Foveon X3F, "
              "Kyocera RAW, RED R3D, BigTIFF, audio tags, fonts, legacy Office (.doc/.ppt), DjVu, GIMP "
              "XCF, iWork.")


# `meta` and `compare` have no SARIF: off unless asked for (2026-11-29, ninth session).
DocRedactOpt = Annotated[bool | None, typer.Option(
    "--redact/--no-redact", envvar="NYMAUDIT_REDACT", show_default=False,
    help="Mask values, names and paths as `scan --redact` does, to share the output (default: off).")]


MetaPathsArg = Annotated[list[Path], typer.Argument(metavar="PATH", readable=False,
                         help="Photos, PDFs, office documents, drawings or videos, or folders "
                              "and zips holding them.")]


@app.command()
@guarded
def meta(
    paths: MetaPathsArg,
    format: Annotated[SimpleFormat, typer.Option("--format", "-f", envvar="NYMAUDIT_FORMAT",
                                                 help="Report format.", **_choice(SimpleFormat))
                      ] = SimpleFormat.terminal,
    output: OutputOpt = None,
    redact: DocRedactOpt = None,
) -> None:
    """Show identifying metadata in photos, PDFs, office documents, drawings and videos."""
    from nymaudit.commands.meta import analyse, render_terminal

    env = Environment(debug=STATE["debug"])
    refuse_output_inside(output, paths)
    doc = analyse(paths, redact=_resolve_redact(redact, format.value))
    _deliver_document(doc, format, output, env, render_terminal)
    files = doc.get("files", [])
    if files and all(f.get("status") == "unreadable" for f in files):
        raise typer.Exit(EXIT_ERROR)


@app.command()
@guarded
def compare(
    path: Annotated[Path, typer.Argument(metavar="PATH", readable=False, help="The pseudonymous writing.")],
    known: Annotated[list[str], typer.Option(
        "--known", metavar="LABEL=PATH", show_default=False,
        help="Required: real-name writing to compare with (a folder, archive or file), under a "
             "label of your choice; repeat for several people or corpora.")] = [],  # noqa: B006
    format: Annotated[SimpleFormat, typer.Option("--format", "-f", envvar="NYMAUDIT_FORMAT",
                                                 help="Report format.", **_choice(SimpleFormat))
                      ] = SimpleFormat.terminal,
    output: OutputOpt = None,
    redact: DocRedactOpt = None,
) -> None:
    """Measure how linkable pseudonymous writing is to known real-name writing."""
    from nymaudit.commands.compare import analyse, render_terminal
    from nymaudit.commands.compare import redact as redact_document
    from nymaudit.scan import load_known
    from nymaudit.sources.detect import read_input

    env = Environment(debug=STATE["debug"])
    known_paths = parse_known(known)
    if not known_paths:
        raise UsageProblem("compare needs at least one --known LABEL=PATH")
    refuse_output_inside(output, [path, *known_paths.values()])
    pseudonymous = read_input(path)
    problem = _nothing_readable(pseudonymous.inputs)
    if problem:
        raise UsageProblem(problem)
    corpora = load_known(known_paths)
    masked = _resolve_redact(redact, format.value)
    inputs = [str(path), *(str(p) for p in known_paths.values())]
    if masked:
        for line in _redacted_known_errors(corpora, inputs):
            env.warn(line)
    else:
        for label, corpus in corpora.items():
            for item in corpus.inputs:
                for error in item.errors[:3]:
                    env.warn(f"known writing {label}: {error.path}: {error.error}")
    doc = analyse(pseudonymous, corpora)
    if masked:
        doc = redact_document(doc, inputs)
    _deliver_document(doc, format, output, env, render_terminal)


def _redacted_known_errors(corpora: dict[str, Any], inputs: list[str]) -> list[str]:
    """Problems reading the known writing, beside a redacted document: as `scan --known
    --redact` reports them (INPUT001 findings whose evidence is the path, masked with their
    label), where the plain warning line gave back the label and the path."""
    from nymaudit.model import Corpus, InputSummary, Report
    from nymaudit.report.redact import redact_report
    from nymaudit.scan import _known_input_errors

    findings = [f for label, corpus in corpora.items()
                for summary in corpus.inputs
                for f in _known_input_errors({label: Corpus(inputs=[
                    InputSummary(summary.path, summary.format, errors=summary.errors[:3])])})]
    if not findings:
        return []
    # The labels as the linkage section holds them: the mask of labels in messages reads them there.
    linkage = {"candidates": [{"label": label} for label in corpora]}
    report = Report(tool_version=__version__, findings=findings, redacted=True,
                    sections={"linkage": linkage},
                    inputs=[InputSummary(path=p, format="compare") for p in inputs])
    return [f"{f.location.path}: {f.message}" for f in redact_report(report).findings]


@app.command()
@guarded
def check(
    files: Annotated[list[Path] | None, typer.Argument(
        metavar="FILE", readable=False, show_default=False,
        help="Drafts to check before publishing (with --staged: optional; every staged file when none).")
    ] = None,
    history: Annotated[Path | None, typer.Option("--history",
                       help="What the account already published, for context.")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline",
                        help="Baseline of accepted findings (see `nymaudit baseline`).")] = None,
    fail_on: Annotated[Level, typer.Option(
        "--fail-on", envvar="NYMAUDIT_FAIL_ON", **_choice(Level),
        help="Exit 1 if any finding is at or above this severity (0 when none is; 2 on an error).")
    ] = Level.medium,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", envvar="NYMAUDIT_FORMAT",
                                                help="Report format.", **_choice(CheckFormat))
                      ] = CheckFormat.terminal,
    output: OutputOpt = None,
    redact: RedactOpt = None,
    watchlist: WatchOpt = None,
    quiet: QuietOpt = False,
    staged: Annotated[bool, typer.Option(
        "--staged", help="Check the files as git's index holds them (what the next commit publishes), "
                         "not as they are on disk: for a pre-commit hook.")] = False,
    quiet_pass: Annotated[bool, typer.Option(
        "--quiet-pass", help="Print no terminal report when the check passes (one line on stderr when "
                             "findings below --fail-on were left unshown); the full report when it fails. "
                             "JSON and SARIF are always printed.")] = False,
) -> None:
    """Check drafts before they go out (for CI): exits 1 on findings at or above --fail-on."""
    from nymaudit.check import all_unread_accepted, run_check
    from nymaudit.scan import exceeds

    env = Environment(quiet=quiet, debug=STATE["debug"])
    files = list(files or [])
    chosen_files = bool(files)
    if not files and not staged:
        raise UsageProblem("check: give the FILEs to check (or --staged, for what git's index holds)")
    _check_watchlist(watchlist)
    if history is not None:
        existing_path("--history", history)
    # The FILEs as given (with --staged they are the index's; a folder given still counts).
    refuse_output_inside(output, [*files, *([history] if history is not None else [])])
    if staged:
        files = _staged_files(files, env, say_empty=not quiet_pass)
        if not chosen_files:
            # The whole index is read: the repository is the folder this run reads.
            refuse_output_inside(output, [Path(files.index.top)])  # type: ignore[attr-defined]
    result = run_check(
        files, history=history, baseline=baseline,
        watchlist=str(watchlist) if watchlist else None,
        redact=_resolve_redact(redact, format.value), debug=STATE["debug"],
        fail_on=Severity.parse(fail_on.value),
    )
    report = result.report
    problem = _nothing_readable(report.inputs)
    if problem and not all_unread_accepted(report.findings):
        # Nothing was read (a lone damaged .docx, a link): exit 2, as DESIGN.md says for unreadable
        # input only, but with the report written first. It holds each unread file as INPUT001,
        # so the CI recipe's SARIF upload shows the pull request why it failed (walk15 item 10:
        # no file was written, and the upload had nothing to show). A file the baseline accepts
        # as not read (`baseline add --accept-unread`) passes, alone too, as it does beside others.
        for note in result.notes:
            env.warn(note)
        _deliver(report, format.value, output, env, details=CHECK_DETAILS)
        raise UsageProblem(problem)
    failed = exceeds(report, Severity.parse(fail_on.value))
    # --quiet-pass: a pass prints nothing but warnings (the accepted count is no news there).
    if result.suppressed and not (quiet_pass and not failed):
        env.info(f"{result.suppressed} finding(s) accepted in the baseline were left out")
    for note in result.notes:
        env.warn(note)
    # JSON and SARIF are for a program, which expects a document on a pass too (walk12: `check
    # --quiet-pass -f json | jq` got an empty stdout): --quiet-pass quiets the terminal report only.
    if quiet_pass and not failed and output is None and format.value == "terminal":
        # A hook runs on every commit: a full box for a clean draft is noise, but what
        # was left unshown is said (a low finding is still worth a look).
        below = sum(1 for f in report.findings if f.severity > Severity.INFO)
        if below:
            env.info(f"nymaudit check passed: {below} finding(s) below --fail-on {fail_on.value} not shown "
                     "(run it without --quiet-pass to see them)")
        from nymaudit.report.common import language_note

        # A German draft passed the recommended hook in silence (review rev12c 4): a pass on
        # text the checks could not read is no clean bill, and the hook should say so.
        language = language_note(report)
        if language:
            env.info(f"nymaudit check passed, but {language[:1].lower()}{language[1:]}")
    else:
        _deliver(report, format.value, output, env, details=CHECK_DETAILS)
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def _staged_files(files: list[Path], env: Environment, say_empty: bool = True) -> list[Path]:
    """`check --staged`: the FILEs (or every staged file) as git's index holds them
    (staged.Staged, read by run_check from the index). Fails closed, one line, when git
    or the repository is missing; exits 0 when nothing is staged (said unless --quiet-pass)."""
    from nymaudit.console import visible_controls
    from nymaudit.staged import StagedProblem, select

    try:
        chosen = select(files)
    except StagedProblem as exc:
        raise UsageProblem(f"--staged: {exc}") from None
    if chosen.empty:
        if say_empty:
            env.info("nothing staged to check")
        raise typer.Exit(EXIT_OK)
    if not chosen.paths:
        names = ", ".join(visible_controls(str(p)) for p in chosen.not_staged[:3])
        raise UsageProblem(f"nothing to check: not in git's index: {names}"
                           + (" ..." if len(chosen.not_staged) > 3 else "")
                           + " (--staged checks what the next commit holds: `git add` it first)")
    return chosen


baseline_app = typer.Typer(help="Accept current findings so `check` reports only new ones.",
                           no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
@guarded
def baseline_create(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", readable=False,
        help="Drafts or posts whose findings to accept.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="Baseline file to write.")],
    accept_unread: Annotated[bool, typer.Option(
        "--accept-unread", help="Also accept each FILE (or file it shows) that could not be read (INPUT001, "
                                "META026: a scan, a damaged file), for its exact bytes, as `baseline add "
                                "--accept-unread` does. Without it, files the baseline replaced accepted "
                                "stay accepted while their bytes are unchanged.")] = False,
) -> None:
    """Record today's findings as salted hashes (no finding text is stored); keyed with
    $NYMAUDIT_BASELINE_KEY when it is set. Files the replaced baseline accepted as not read
    stay accepted while their bytes are the same."""
    from nymaudit.check import KEY_ENV, BaselineError, baseline_key, create_baseline
    from nymaudit.console import visible_controls

    refuse_output_inside(output, files, inside=False)
    refused: list[str] = []
    try:
        done = create_baseline(files, output, refused, accept_unread=accept_unread)
    except BaselineError as exc:  # -o is a link, or another run holds the baseline's lock
        raise UsageProblem(str(exc)) from exc
    except OSError as exc:
        raise UsageProblem(f"cannot write {visible_controls(str(output))}: {exc.strerror or exc}") from exc
    env = Environment()
    shown = visible_controls(str(output))
    for path in refused:
        env.warn(f"{visible_controls(path)}: a symbolic link (or reached through one); not read, "
                 "as `check` does not read it")
    if baseline_key() is not None:
        env.info(f"{done.count} finding(s) recorded in {shown} as hashes keyed with {KEY_ENV}")
    else:
        # Said each time: the file is often committed, and a salt in it protects no short list.
        env.info(f"{done.count} finding(s) recorded in {shown} as salted hashes, not keyed: anyone who reads "
                 f"it can confirm a guessed town, postcode or phone number; set {KEY_ENV} (a secret) "
                 "or keep the file private (docs/check.md)")
    # What becomes of each file that could not be read, as `baseline add` says it: a CI user who
    # made the baseline again saw INPUT001 fail the next check with no word from `create` (bas16).
    for path, digest, entry in done.unread:
        stored = f"; stored keyed as {entry[:12]}" if entry != digest else ""
        env.info(f"accepted as not read: {visible_controls(path)} (sha256 {digest[:12]}{stored}); `check` "
                 "reports it at info while its bytes stay exactly these, and fails it again when they change")
    if done.unread_kept:
        names = ", ".join(visible_controls(p) for p in done.unread_kept[:5])
        more = f" and {len(done.unread_kept) - 5} more" if len(done.unread_kept) > 5 else ""
        env.info(f"still accepted as not read (the baseline replaced accepted these exact bytes): "
                 f"{names}{more}")
    if done.unread_dropped:
        env.warn(f"{done.unread_dropped} file(s) {shown} accepted as not read were not among the files read "
                 "now with the same bytes (changed, moved or left out of FILE...): no longer accepted; "
                 "`check` fails them until you read them again and accept them with --accept-unread")
    if done.not_carried:
        env.warn(visible_controls(done.not_carried))
    if done.unread_left:
        names = ", ".join(visible_controls(p) for p in done.unread_left[:5])
        env.warn(f"not read, and not accepted: {names}: `check` fails it; read it yourself (or check an OCR "
                 "copy), then run again with --accept-unread to accept exactly this content")
    if done.unread_refused:
        names = ", ".join(visible_controls(p) for p in done.unread_refused[:5])
        env.warn(f"not read, and cannot be accepted: {names}: fix the file or the reference")


@baseline_app.command("add")
@guarded
def baseline_add(
    baseline: Annotated[Path, typer.Argument(readable=False, metavar="BASELINE",
                                             help="Existing baseline file to add to.")],
    files: Annotated[list[Path], typer.Argument(metavar="FILE", readable=False,
        help="Drafts or posts whose findings to accept, as `check FILE...` reports them today.")],
    rules: Annotated[list[str] | None, typer.Option(
        "--rule", metavar="ID", help="Accept only this rule's findings (repeat for several).")] = None,
    accept_unread: Annotated[bool, typer.Option(
        "--accept-unread", help="Also accept each FILE (or file it shows) that could not be read (INPUT001, "
                                "META026: a scan, a damaged file), for its exact bytes: `check` then reports "
                                "it as not read, at info, until a byte changes.")] = False,
) -> None:
    """Add today's findings of FILE... to an existing baseline, keeping every entry in it (same
    salt and key; with --rule, one rule's findings only)."""
    from nymaudit.check import (
        KEY_ENV,
        UNCHECKED_RULES,
        UNREAD_RULES,
        BaselineError,
        add_to_baseline,
        baseline_key,
    )
    from nymaudit.console import visible_controls
    from nymaudit.rules import load_rules

    chosen: list[str] | None = None
    if rules:
        known = load_rules()
        chosen = []
        for given in rules:
            found = known.get(given.strip())
            if found is None:
                raise UsageProblem(f"--rule {given!r}: no such rule (`nymaudit rules` lists them)")
            if found.id in UNREAD_RULES or found.id in UNCHECKED_RULES:
                raise UsageProblem(f"--rule {found.id}: a file that was not read is accepted with "
                                   "--accept-unread, for its exact content, not by rule")
            chosen.append(found.id)
    missing = [visible_controls(str(p)) for p in files if not os.path.lexists(p)]
    if missing:
        # Nothing to add from a file that is not there: more likely a typo than a wish.
        raise UsageProblem(f"baseline add: no such file: {', '.join(missing[:3])}"
                           + (" ..." if len(missing) > 3 else ""))
    for given in files:
        # `add` writes to BASELINE, not to an --output (red16 F9: the refusal named an option
        # `add` does not have).
        with contextlib.suppress(OSError, ValueError):
            if os.path.realpath(baseline) == os.path.realpath(given):
                raise UsageProblem(f"baseline add: {visible_controls(str(baseline))} is the baseline this "
                                   "adds to and also a FILE to read; nymaudit does not write over what it "
                                   "reads: give the drafts as FILEs, not the baseline")
    refused: list[str] = []
    try:
        done = add_to_baseline(baseline, files, chosen, accept_unread=accept_unread, refused=refused)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from exc
    except OSError as exc:
        raise UsageProblem(f"cannot write {visible_controls(str(baseline))}: {exc.strerror or exc}") from exc
    env = Environment()
    shown = visible_controls(str(baseline))
    for path in refused:
        env.warn(f"{visible_controls(path)}: a symbolic link (or reached through one); not read, "
                 "as `check` does not read it")
    added = sum(done.by_rule.values())
    which = ", ".join(f"{rule_id} {n}" for rule_id, n in sorted(done.by_rule.items()))
    env.info(f"{added} finding(s) added to {shown}" + (f" ({which})" if which else "")
             + (f"; {done.already} were accepted already" if done.already else "")
             + f"; it holds {done.total} entr{'y' if done.total == 1 else 'ies'}"
             + (" (only " + ", ".join(chosen) + ")" if chosen else ""))
    if done.target is not None:
        env.info(f"{shown} is a symbolic link: the baseline it points to, "
                 f"{visible_controls(str(done.target))}, was updated (the file `check --baseline` reads)")
    for path, digest, entry in done.unread:
        stored = f"; stored keyed as {entry[:12]}" if entry != digest else ""
        env.info(f"accepted as not read: {visible_controls(path)} (sha256 {digest[:12]}{stored}); `check` "
                 "reports it at info while its bytes stay exactly these, and fails it again when they change")
    if done.unread_already:
        env.info(f"{len(done.unread_already)} file(s) not read were accepted as they are already")
    if done.unread_left:
        names = ", ".join(visible_controls(p) for p in done.unread_left[:5])
        env.warn(f"not read, and not accepted: {names}: read it yourself (or check an OCR copy), then add "
                 "--accept-unread to accept exactly this content")
    if done.unread_refused:
        names = ", ".join(visible_controls(p) for p in done.unread_refused[:5])
        env.warn(f"not read, and cannot be accepted: {names}: fix the file or the reference")
    if done.upgraded:
        env.info(f"{shown} was an older baseline (rules in plain text): rewritten as the current format, "
                 "the same hashes without the rules")
    if not done.keyed and baseline_key() is None:
        env.info(f"{shown} is not keyed: anyone who reads it can confirm a guessed town, postcode or phone "
                 f"number; set {KEY_ENV} and make it again (docs/check.md)")


@baseline_app.command("show")
@guarded
def baseline_show(baseline: Annotated[Path, typer.Argument(readable=False, help="Baseline file.")]) -> None:
    """Say what a baseline holds: how many entries, whether it is keyed, entries by rule (a keyed
    file with its key set; an older baseline, which names them), files accepted as not read."""
    from nymaudit.check import describe_baseline

    typer.echo(describe_baseline(baseline))


def _mount_watch() -> None:
    try:
        from nymaudit.commands.watch import app as watch_app
    except ModuleNotFoundError:
        return
    app.add_typer(watch_app, name="watch", help="Keep a private watchlist of your identifying terms.")


_mount_watch()


_CTRL_C = {"pressed": False}


def _ctrl_c_in_command(signum: int, frame: object) -> None:
    """Python's own Ctrl-C (KeyboardInterrupt), noted: ``main`` still says it if it was lost."""
    _CTRL_C["pressed"] = True
    raise KeyboardInterrupt


def _unraisable_ctrl_c(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """A KeyboardInterrupt raised while Python runs a weakref callback or a ``__del__`` (an import's
    module lock, freed: rev13c's 80 runs met one) is not raised: Python printed "Exception ignored
    in ..." with its traceback and the command ran on to exit 0. Not printed; the Ctrl-C is sent
    again from another thread, so it comes back where the command can stop on it."""

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            previous(unraisable)
            return
        import _thread

        _CTRL_C["pressed"] = True
        # Not threading.Thread: its start() waits, and the signal would land in this hook again.
        _thread.start_new_thread(os.kill, (os.getpid(), signal.SIGINT))

    return hook


def main() -> None:
    try:
        if signal.getsignal(signal.SIGINT) is _interrupted_while_starting:
            # From here a Ctrl-C is a KeyboardInterrupt again, caught below or by the command.
            signal.signal(signal.SIGINT, _ctrl_c_in_command)
            sys.unraisablehook = _unraisable_ctrl_c(sys.unraisablehook)
        if sys.stdout is None:
            sys.stdout = _ClosedStream("standard output")
        if sys.stderr is None:
            sys.stderr = _ClosedStream("standard error")
        if _STARTING_INTERRUPTED["yes"]:  # Ctrl-C while the modules loaded (the handler above)
            raise SystemExit(130)  # the line is said below, once
        app()
    except KeyboardInterrupt:
        with contextlib.suppress(OSError):  # standard error closed (`2>&-`): still exit 130
            sys.stderr.write(f"nymaudit: {_INTERRUPTED[None]}\n")
        raise SystemExit(130) from None
    except SystemExit as exc:
        # Typer turns a Ctrl-C outside the command (while it parses the arguments) into exit
        # 130 without a word; the command's own line (guarded) is said once.
        if exc.code == 130 and not _DELIVERY["said"]:
            with contextlib.suppress(OSError):
                sys.stderr.write(f"nymaudit: {_INTERRUPTED[None]}\n")
        elif _CTRL_C["pressed"] and not _DELIVERY["said"]:
            # A Ctrl-C that Python swallowed and that came back too late to stop the command:
            # still said, and still exit 130.
            with contextlib.suppress(OSError):
                sys.stderr.write(f"nymaudit: {_INTERRUPTED.get(_DELIVERY['state'], _INTERRUPTED[None])}\n")
            raise SystemExit(130) from None
        raise
    except BrokenPipeError:  # help or usage text into a closed pipe: nothing left to say
        _silence_stdout()
        raise SystemExit(EXIT_ERROR) from None
    except OSError as exc:  # help or version text into a full disk (/dev/full)
        _silence_stdout()
        sys.stderr.write(f"nymaudit: cannot write the output: {exc.strerror or exc}\n")
        raise SystemExit(EXIT_ERROR) from None
    except Exception as exc:
        if not _caused_by_ctrl_c(exc):
            raise
        # A Ctrl-C while Typer parses the arguments (it imports pydantic then), wrapped by Python.
        with contextlib.suppress(OSError):
            sys.stderr.write(f"nymaudit: {_INTERRUPTED[None]}\n")
        raise SystemExit(130) from None
    finally:
        if _started_as_command():
            # All is said: a Ctrl-C while the interpreter shuts down prints nothing.
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGINT, signal.SIG_IGN)

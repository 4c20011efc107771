"""Pick a reader by content and turn each PATH into part of one Corpus."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from nymaudit.model import Corpus, InputError, InputSummary, Post
from nymaudit.sources import READER_MODULES
from nymaudit.sources.base import Reader, SourceResult
from nymaudit.sources.tree import InputProblem, Tree, open_tree


@cache
def available_readers() -> tuple[Reader, ...]:
    readers: list[Reader] = []
    for name in READER_MODULES:
        try:
            module = importlib.import_module(f"nymaudit.sources.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"nymaudit.sources.{name}":
                continue  # a reader not built into this installation
            raise
        readers.append(module.READER)
    return tuple(readers)


def choose_reader(tree: Tree) -> tuple[Reader | None, list[str]]:
    """The reader with the highest sniff score, and any problems met while sniffing."""
    best: Reader | None = None
    best_score = 0
    problems: list[str] = []
    for reader in available_readers():
        try:
            score = reader.sniff(tree)
        except InputProblem as exc:
            problems.append(f"{reader.name}: {exc}")
            continue
        except Exception as exc:  # a reader bug must not end the scan
            problems.append(f"{reader.name} reader failed while detecting: {exc!r}")
            continue
        if score > best_score:
            best, best_score = reader, score
    return best, problems


def _run_reader(reader: Reader, tree: Tree, result: SourceResult) -> None:
    """Fill ``result``; a reader's failure becomes an input error, never a traceback."""
    try:
        reader.read(tree, result)
    except InputProblem as exc:
        result.error("", str(exc))
    except RecursionError:
        result.error("", "nesting too deep to read; input skipped")
    except MemoryError:
        result.error("", "input too large to hold in memory; skipped")
    except Exception as exc:  # robust promise: report, never a traceback
        result.error("", f"reader {reader.name} failed: {exc!r}")


def _summarise(shown: str, format_name: str, result: SourceResult, corpus: Corpus) -> None:
    summary = InputSummary(shown, format_name)
    if result.suppressed_errors:
        summary.errors.append(InputError(shown, f"{result.suppressed_errors} more errors not listed"))
    summary.errors[:0] = result.errors
    summary.posts = len(result.posts)
    summary.activities = len(result.activities)
    summary.attachments = len(result.attachments)
    corpus.inputs.append(summary)
    corpus.posts.extend(result.posts)
    corpus.activities.extend(result.activities)
    corpus.attachments.extend(result.attachments)


def _git_companion(reader: Reader | None, tree: Tree) -> Reader | None:
    """The git reader when a folder read as a blog is also a repository.

    A blog kept in git (a GitHub Pages site) is read as the blog, but its commit
    history is published with it, and every commit stores the writer's clock and
    UTC offset: the most direct time-zone leak the folder holds.
    """
    # Only beside a blog: a blog's repository is published with it (GitHub Pages),
    # while an archive kept in a private repository says nothing the platform shows
    # (its commit times are when the writer filed it).
    if reader is None or reader.name != "blog":
        return None
    for candidate in available_readers():
        if candidate.name == "git":
            try:
                return candidate if candidate.sniff(tree) > 0 else None
            except Exception:  # noqa: BLE001 - sniffing must never end the scan
                return None
    return None


def read_input(path: Path, label: str | None = None) -> Corpus:
    """Read one PATH. Never raises for bad input: problems land in the summary."""
    shown = label or str(path)
    corpus = Corpus()
    try:
        tree = open_tree(path)
    except InputProblem as exc:
        corpus.inputs.append(InputSummary(shown, "unknown", errors=[InputError(shown, str(exc))]))
        return corpus
    try:
        reader, problems = choose_reader(tree)
        result = SourceResult(tree)
        if reader is None:
            if tree.unreadable:
                # Say why (encrypted, unsupported compression, bad CRC) rather than
                # only "unknown format": the format may be fine.
                name, reason = next(iter(tree.unreadable.items()))
                more = len(tree.unreadable) - 1
                also = f" (and {more} more unreadable member(s))" if more else ""
                result.error("", f"no supported format could be read: {name}: {reason}{also}")
            else:
                result.error("", "unknown format: no supported archive, export or post files found "
                                 "(see `nymaudit formats`)")
        else:
            _run_reader(reader, tree, result)
        for member, problem in tree.problems:
            result.error(member, problem)
        reported = {e.path for e in result.errors}
        for member, reason in tree.unreadable.items():
            if tree.display(member) not in reported:
                result.error(member, reason)
        for problem in problems:
            result.error("", problem)
        _summarise(shown, reader.name if reader else "unknown", result, corpus)
        companion = _git_companion(reader, tree)
        if companion is not None:
            history = SourceResult(tree)
            _run_reader(companion, tree, history)
            # Listed as its own input line so the post counts keep their meaning.
            _summarise(tree.display(".git"), companion.name, history, corpus)
        # Attachments read lazily later: keep the tree open for them (zip handles).
        if not result.attachments:
            tree.close()
    except Exception as exc:
        corpus.inputs.append(
            InputSummary(shown, "unknown", errors=[InputError(shown, f"cannot read: {exc!r}")])
        )
    return corpus


# Formats whose record ids are the platform's own (a tweet id, a commit hash): the same
# id is the same record. Blog and generic ids are file names, which two sites share.
PLATFORM_ID_FORMATS = frozenset(("twitter", "mastodon", "reddit", "wordpress", "git"))


@dataclass
class _Seen:
    """Keys of the records already merged, to count each record once."""

    ids: set[tuple[str, str]] = field(default_factory=set)
    texts: set[tuple[datetime, str]] = field(default_factory=set)
    activities: set[tuple[datetime, str, str | None]] = field(default_factory=set)
    attachments: set[tuple[str, int | None, str | None]] = field(default_factory=set)


def _drop_duplicates(part: Corpus, seen: _Seen) -> None:
    """Drop from ``part`` the records an earlier input already gave: the same input
    twice, or an archive next to its unpacked folder, doubled every count (60 posts
    from 30 passed the 50-post rule for a time-zone inference). A record is the same
    when it has the same platform id, or the same time and text. Records repeated
    within one input are left alone: the count contract counts them."""
    if not part.inputs:
        return
    main = part.inputs[0].format

    def id_key(post: Post) -> tuple[str, str] | None:
        fmt = "git" if post.kind == "commit" else main
        return (fmt, post.id) if fmt in PLATFORM_ID_FORMATS and post.id else None

    def text_key(post: Post) -> tuple[datetime, str] | None:
        return (post.timestamp, post.text) if post.timestamp is not None and post.text.strip() else None

    posts = [
        p for p in part.posts
        if not ((k := id_key(p)) is not None and k in seen.ids)
        and not ((t := text_key(p)) is not None and t in seen.texts)
    ]
    activities = [
        a for a in part.activities if (a.timestamp, a.kind, a.origin.record) not in seen.activities
    ]
    attachments = [a for a in part.attachments if (a.path, a.size, a.post_id) not in seen.attachments]
    for post in part.posts:
        if (k := id_key(post)) is not None:
            seen.ids.add(k)
        if (t := text_key(post)) is not None:
            seen.texts.add(t)
    seen.activities.update((a.timestamp, a.kind, a.origin.record) for a in part.activities)
    seen.attachments.update((a.path, a.size, a.post_id) for a in part.attachments)
    dropped = len(part.posts) - len(posts) + len(part.activities) - len(activities)
    dropped_files = len(part.attachments) - len(attachments)
    if dropped or dropped_files:
        what = f"{dropped} record(s)" if dropped else ""
        if dropped_files:
            what += f"{' and ' if dropped else ''}{dropped_files} attachment(s)"
        summary = part.inputs[0]
        summary.errors.append(InputError(
            summary.path,
            f"{what} already read from an earlier input (same id, or same time and text); counted once",
        ))
    part.posts, part.activities, part.attachments = posts, activities, attachments


def read_inputs(
    paths: list[Path], on_input: Callable[[Path], None] | None = None
) -> Corpus:
    """Read several PATHs and merge them into one account history, each record once."""
    corpus = Corpus()
    seen = _Seen()
    for path in paths:
        if on_input:
            on_input(path)
        part = read_input(path)
        _drop_duplicates(part, seen)
        corpus.extend(part)
    return corpus

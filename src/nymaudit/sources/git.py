"""A git repository as an input: each commit's author time and the UTC offset git
stored with it (``+0100``), its committer date and offset (stored too, and published
alike), and its message.

Only the current writer's commits on local branches are read (others' commits say
nothing about the writer's clock), and only from this repository: ``GIT_DIR`` is
set, so git never walks up into a repository that contains the input.

Also the prose files HEAD publishes with the history (README, LICENSE, docs), as
records of kind "file" (``read_files``).

Read through ``git log``, ``git ls-tree`` and ``git cat-file`` only (never ``git``
commands that write), with ``GIT_OPTIONAL_LOCKS=0`` so not even the index is
refreshed, no pager, no hooks, a time limit and caps on commits and output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nymaudit.model import Origin, Post
from nymaudit.rules import load_file
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import extension
from nymaudit.sources.tree import FolderTree, TarTree, Tree, ZipTree

MAX_COMMITS = 200_000
TIMEOUT_SECONDS = 120
# What git log may print in all (200,000 ordinary commits are 50-100 MB), and what
# one commit message keeps (a message is the writer's text, not a file).
MAX_LOG_BYTES = 256 << 20
MAX_MESSAGE_CHARS = 64 << 10
MAX_MESSAGE_BYTES = 4 * MAX_MESSAGE_CHARS  # UTF-8: at most four bytes a character
# Separators between records and fields. A message can hold these bytes (git prints
# %B as it is stored), so each run adds a random token to them (``_separators``): a
# hostile message cannot forge a record it cannot guess the separator of.
RECORD = "\x1e"
FIELD = "\x1f"
# Hash, author time (epoch), the dates with their stored offsets, author e-mail and
# name, committer e-mail and name, parent hashes, message (last: it may hold anything).
# The dates field is the author date (ISO, with its offset), then the committer date
# (epoch and ISO): a writer who sets only the author date to UTC (`git commit --date`,
# GIT_AUTHOR_DATE) still publishes the clock's offset in the committer date, which
# `git log --format=fuller` and the forge's API show (walkthrough 14, item 1). One field,
# not two more: a record keeps its nine fields, and a record printed the older way (the
# author date alone) still reads, with no committer date.
DATES = "%ai %ct %ci"
PLACEHOLDERS = ["%H", "%at", DATES, "%ae", "%an", "%ce", "%cn", "%P", "%B"]
FORMAT = RECORD + FIELD.join(PLACEHOLDERS)
FIELDS = 9


def _separators() -> tuple[str, str]:
    """(record, field) separators for one run of git log, unguessable by its input."""
    import secrets

    token = secrets.token_hex(8)
    return RECORD + token, FIELD + token


def _offset_minutes(iso: str) -> int | None:
    """'2024-03-01 08:15:00 +0100' -> 60."""
    zone = iso.strip().rsplit(" ", 1)[-1]
    if len(zone) != 5 or zone[0] not in "+-" or not zone[1:].isdigit():
        return None
    minutes = int(zone[1:3]) * 60 + int(zone[3:5])
    return -minutes if zone[0] == "-" else minutes


# A UTC offset no clock has written (UTC-12:00 to UTC+14:00, with a margin): a hostile or
# broken commit's "+9959" is no time zone.
MAX_OFFSET_MINUTES = 16 * 60


def commit_dates(field: str) -> tuple[int | None, int | None, int | None]:
    """(author offset, committer time as epoch seconds, committer offset) from the dates
    field (``DATES``: '2024-03-01 08:15:00 +0000 1709277300 2024-03-01 01:15:00 -0600').
    None for what is missing, malformed or out of range (a hostile repository's commit can
    hold any date): the author offset alone from the older three-part field."""
    parts = field.split()
    author = _offset_minutes(" ".join(parts[:3])) if parts else None
    author = author if author is not None and abs(author) <= MAX_OFFSET_MINUTES else None
    if len(parts) != 7:
        return author, None, None
    committer = _offset_minutes(parts[6])
    return (author, _epoch(parts[3]),
            committer if committer is not None and abs(committer) <= MAX_OFFSET_MINUTES else None)


def _git_settings() -> dict[str, Any]:
    return load_file("core").get("git", {})


def is_bot(email: str, settings: dict[str, Any]) -> bool:
    """A bot's or the forge's own address (heuristics/core.toml [git]); lower case."""
    return any(marker in email for marker in settings.get("bot_markers", ())) or email in set(
        settings.get("bot_addresses", ()))


def _identity(name: str, email: str) -> str:
    """"Name <address>", the address lower-cased (git compares them as written, but
    Jane@X and jane@x are one person to an investigator)."""
    return f"{name.strip()} <{email.strip().lower()}>"


# The writer is looked for among the commits of this many days before the newest
# commit not made by a bot.
WRITER_WINDOW_DAYS = 365


def _writer(records: list[list[str]], settings: dict[str, Any]) -> str:
    """The e-mail of the writer whose clock the history shows.

    Only one person's commits are read: commits by others (merged contributions,
    the upstream history of a forked blog theme) say nothing about the writer's
    clock. The writer is whoever made most of the commits of the last year of
    work (the year before the newest commit no bot made): the person at work on
    the repository now. Over the whole history the author with most commits would
    be wrong for a site forked from a theme, where the theme's author has hundreds
    of older commits under the writer's few; the newest commit alone would be
    wrong when it is a friend's merged pull request.
    """
    human = [(parts[3].strip().lower(), _epoch(parts[1])) for parts in records]
    human = [(email, when) for email, when in human if email and not is_bot(email, settings)]
    if not human:
        emails = [parts[3].strip().lower() for parts in records]
        return Counter(emails).most_common(1)[0][0] if emails else ""
    newest = max((when for _, when in human if when is not None), default=None)
    recent = [email for email, when in human
              if newest is None or when is None or when >= newest - WRITER_WINDOW_DAYS * 86400]
    counts = Counter(recent)
    best = max(counts.values())
    # Ties go to the one who committed last (git lists the newest first).
    return next(email for email in recent if counts[email] == best)


def _epoch(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _own_repository(root: Path) -> bool:
    """A real repository of this folder: .git is a folder inside it (not a link to
    another repository, not a worktree's pointer file) holding HEAD."""
    git_dir = root / ".git"
    try:
        if git_dir.is_symlink() or not git_dir.is_dir() or not (git_dir / "HEAD").is_file():
            return False
        return git_dir.resolve().parent == root.resolve()
    except OSError:
        return False


def _bare_repository(root: Path) -> bool:
    """A bare repository (``git clone --bare`` or ``--mirror``: what an adviser gets
    when they copy someone's public repository to audit it): the folder itself holds
    HEAD, objects and refs, none of them a link."""
    try:
        parts = (root / "HEAD", root / "objects", root / "refs")
        if root.is_symlink() or any(part.is_symlink() for part in parts):
            return False
        return parts[0].is_file() and parts[1].is_dir() and parts[2].is_dir()
    except OSError:
        return False


def _git_dir(root: Path) -> Path | None:
    """Where this input's repository data is: ``root/.git``, the root itself when it
    is bare, or None."""
    if _own_repository(root):
        return root / ".git"
    if _bare_repository(root):
        return root
    return None


# What git reads for this reader's commands (log, ls-tree, cat-file), inside the git
# folder: each must be this repository's own. A link here (objects -> another
# repository's objects) or a .git/commondir or objects/info/alternates file reads
# another repository's history and files (red team, sixth session); a FIFO or device
# holds git until its time limit. Hooks, logs, worktrees and modules are not read.
_STORAGE = ("HEAD", "objects", "refs", "reftable", "packed-refs", "shallow", "info/grafts")
_ELSEWHERE = ("commondir", "objects/info/alternates", "objects/info/http-alternates")
# Entries looked at under objects/ and refs/ (loose objects: 100,000 take about 0.1 s).
MAX_STORAGE_ENTRIES = 2_000_000
# Config files git would read through include.path / includeIf (git's own limit is 10 deep).
MAX_INCLUDES = 32
MAX_INCLUDE_DEPTH = 10
NOT_READ = "its commit history and files were not read"


def foreign_storage(git_dir: Path) -> str | None:
    """Why git would read another repository's data, or block, through this git
    folder (as the sentence for the input error), or None when all is its own."""
    import stat

    # Named as the user sees them: ".git/commondir", or "commondir" in a bare repository.
    shown = ".git/" if git_dir.name == ".git" else ""
    for name in _ELSEWHERE:
        if os.path.lexists(git_dir / name):
            return (f"{shown}{name} makes git read another repository's objects or history; "
                    f"{NOT_READ} (nymaudit reads this repository and no other)")
    config = git_dir / "config"
    try:
        if os.path.lexists(config) and not stat.S_ISREG(config.stat().st_mode):
            return f"{shown}config is not a regular file (a FIFO or device would hold git); {NOT_READ}"
    except OSError:
        pass  # a dangling link: git reads no config, as for a missing one
    seen = 0
    for name in _STORAGE:
        todo = [git_dir / name]
        while todo:
            path = todo.pop()
            try:
                info = path.lstat()
            except OSError:
                continue
            where = shown + path.relative_to(git_dir).as_posix()
            if stat.S_ISLNK(info.st_mode):
                return (f"{where} is a link, which would make git read another repository; "
                        f"{NOT_READ} (nymaudit reads this repository and no other)")
            if stat.S_ISDIR(info.st_mode):
                try:
                    with os.scandir(path) as entries:
                        for entry in entries:
                            seen += 1
                            # Cheap: the kind comes with the folder listing. Folders, links
                            # and special files are looked at above; regular files are fine.
                            if not entry.is_file(follow_symlinks=False):
                                todo.append(Path(entry.path))
                except OSError:
                    continue
                if seen > MAX_STORAGE_ENTRIES:
                    return None  # the time limit still bounds the read
            elif not stat.S_ISREG(info.st_mode):
                return f"{where} is not a regular file (a FIFO or device would hold git); {NOT_READ}"
    return None


def _include_paths(git: str, env: dict[str, str], config: Path, result: SourceResult,
                   label: str, deadline: float | None = None) -> list[Path] | None:
    """The files one config file includes (include.path, includeIf.*.path, whatever
    the condition), read by git without following them; None when git failed.

    Run outside any repository (an empty folder, no GIT_DIR): inside this one git would
    read the repository's config, includes and all, before it even looks at ``--file``."""
    import tempfile

    outside = {key: value for key, value in env.items() if key not in ("GIT_DIR", "GIT_COMMON_DIR",
                                                                      "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY",
                                                                      "GIT_ALTERNATE_OBJECT_DIRECTORIES")}
    with tempfile.TemporaryDirectory(prefix="nymaudit-git-") as empty:
        outside["GIT_CEILING_DIRECTORIES"] = str(Path(empty).parent)
        done = _run_git([git, "-C", empty, "config", "--file", str(config), "--no-includes", "--null",
                         "--list"], outside, result, label, 1 << 20, what="config", timeout=10,
                        deadline=deadline)
    if done is None or done.returncode != 0:
        return None
    out = []
    for item in bytes(done.stdout).split(b"\0"):
        key, _, value = item.decode("utf-8", "surrogateescape").partition("\n")
        section, _, rest = key.partition(".")
        if section.lower() not in ("include", "includeif") or not rest.lower().endswith("path") or not value:
            continue
        if value.startswith("%(prefix)/"):
            continue  # git's own installation folder
        if value.startswith("~"):
            home = env.get("HOME")
            value = home + value[1:] if home and value.startswith("~/") else os.path.expanduser(value)
        path = Path(value)
        out.append(path if path.is_absolute() else config.parent / path)
    return out


def blocking_include(git: str, env: dict[str, str], git_dir: Path, result: SourceResult,
                     label: str, deadline: float | None = None) -> str | None:
    """A config include git would read that is a FIFO or device (git would wait on it
    until the time limit, for each command), as the input error's sentence; or None."""
    import stat

    todo = [(git_dir / "config", 0)]
    seen: set[Path] = set()
    while todo and len(seen) < MAX_INCLUDES:
        config, depth = todo.pop()
        if config in seen or depth > MAX_INCLUDE_DEPTH:
            continue
        seen.add(config)
        try:
            if not stat.S_ISREG(config.stat().st_mode):
                return (f"its config includes a file that is not a regular file (a FIFO or device "
                        f"would hold git); {NOT_READ}")
        except OSError:
            continue  # missing: git skips it too
        errors = len(result.errors) + result.suppressed_errors
        included = _include_paths(git, env, config, result, label, deadline)
        if len(result.errors) + result.suppressed_errors > errors:
            # git could not even list the file's settings in time: it would not read the rest either.
            return f"its config could not be read in time; {NOT_READ}"
        todo.extend((path, depth + 1) for path in included or ())
    return None


# How deep inside a zip a repository is looked for: "site.zip!.git" and
# "site.zip!site/.git" are the ways people zip one; deeper ones are other projects.
ZIP_REPOSITORY_DEPTH = 2
POINTER_BYTES = 1024


def unread_history(tree: Tree) -> tuple[str, str] | None:
    """A git history the input holds but this reader cannot read, as (where, why):
    a worktree's or submodule's ``.git`` pointer file (or a ``.git`` link), whose
    repository lies outside the input and is not followed (a hostile input could
    point it at the adviser's own repositories); or a repository inside a zip, which
    git reads only from disk and nymaudit never extracts. Its commits store the
    writer's clock and UTC offset, so the report must say it was not read."""
    if isinstance(tree, FolderTree):
        pointer = tree.root / ".git"
        try:
            if pointer.is_symlink():
                return ".git", ("This .git is a link to a repository outside the input: its commit "
                                "history (author times and UTC offsets) was not read.")
            if pointer.is_file():
                with pointer.open("rb") as fh:
                    head = fh.read(POINTER_BYTES)
                if head.startswith(b"gitdir:"):
                    return ".git", ("This .git points to a repository outside the input (a git "
                                    "worktree or submodule): its commit history (author times and "
                                    "UTC offsets) was not read.")
        except OSError:
            return None
        return None
    if isinstance(tree, ZipTree | TarTree):
        names = [m.name for m in tree.members()]
        heads = [n for n in names if n.rsplit("/", 1)[-1] == "HEAD"
                 and n.count("/") <= ZIP_REPOSITORY_DEPTH]
        for head in heads[:16]:
            repository = head[: -len("HEAD")]
            # HEAD beside objects/ or refs/: a repository, not a stray file or .git/logs/HEAD.
            if any(n.startswith((f"{repository}objects/", f"{repository}refs/")) for n in names):
                return repository.rstrip("/"), (
                    f"A git repository inside the {'zip' if isinstance(tree, ZipTree) else 'tar'}: "
                    "its commit history (author times and UTC "
                    "offsets) was not read, since git reads a repository only from disk and "
                    "nymaudit never extracts an input.")
    return None


class GitReader:
    name = "git"
    description = ("git repository (commit times and UTC offsets, author names and addresses, "
                   "and the README, LICENSE and docs HEAD publishes)")

    def sniff(self, tree: Tree) -> int:
        # Above loose text files (generic 40, plain Markdown 45), below a real
        # Jekyll/Hugo site (80): a blog kept in git is read as the blog, and its
        # history as a second input line (sources.detect).
        # A real repository, not an empty or stray .git folder: with one of those
        # git would walk up and read whatever repository contains the input.
        # A .git that is a link (or leads out of the input) would read another
        # repository: the folder reader never follows links out of the tree either.
        if isinstance(tree, FolderTree) and _git_dir(tree.root) is not None:
            return 60
        return 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        if not isinstance(tree, FolderTree):
            return
        # Absolute: git applies ``-C`` before GIT_DIR, so a relative input path
        # ("nymaudit scan site") would name a folder inside itself.
        root = tree.root.absolute()
        git_dir = _git_dir(root)
        if git_dir is None:
            return
        # How the history is named in reports: "site/.git", or the bare folder itself.
        label = ".git" if git_dir != root else ""
        git = shutil.which("git")
        if git is None:
            result.error(label, "git is not installed, so the commit history cannot be read")
            return
        foreign = foreign_storage(git_dir)
        if foreign:
            result.error(label, foreign)
            return
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("GIT_") and key not in ("PAGER",)
        }
        env.update(
            {
                "GIT_OPTIONAL_LOCKS": "0",
                "GIT_PAGER": "cat",
                "PAGER": "cat",
                "GIT_TERMINAL_PROMPT": "0",
                "GIT_CONFIG_NOSYSTEM": "1",
                "LC_ALL": "C",
                # Read this repository and no other: no discovery upwards, no
                # user-wide config.
                "GIT_DIR": str(git_dir),
                # ...and its own objects only: a commondir or alternates file is refused
                # above (that refusal is the guard for objects/info/alternates: an empty
                # GIT_ALTERNATE_OBJECT_DIRECTORIES adds none but does not make git skip the
                # file); GIT_COMMON_DIR makes git refuse a commondir even so.
                "GIT_COMMON_DIR": str(git_dir),
                "GIT_OBJECT_DIRECTORY": str(git_dir / "objects"),
                "GIT_ALTERNATE_OBJECT_DIRECTORIES": "",
                "GIT_CEILING_DIRECTORIES": str(root.parent),
                "GIT_CONFIG_GLOBAL": os.devnull,
                # Never fetch: a hostile repository can be a "partial clone" with a
                # missing object, whose promisor remote git would contact to fetch it
                # (running the command its config names as uploadpack, writing a
                # pack into the input). No protocol is allowed, lazy fetching is off
                # (git >= 2.44), and local replace refs (never published) are ignored.
                "GIT_ALLOW_PROTOCOL": "none",
                "GIT_NO_LAZY_FETCH": "1",
                "GIT_NO_REPLACE_OBJECTS": "1",
            }
        )
        if label:
            env["GIT_WORK_TREE"] = str(root)
        # One time limit for the whole repository, not one per git command.
        deadline = time.monotonic() + TIMEOUT_SECONDS
        blocking = blocking_include(git, env, git_dir, result, label, deadline)
        if blocking:
            result.error(label, blocking)
            return
        record_sep, field_sep = _separators()
        base = [
            git,
            "-C",
            str(root),
            # A hostile repository's own config must not make git run programs:
            # no fsmonitor, no pager, no signature checks (gpg.program).
            "-c",
            "core.fsmonitor=false",
            "-c",
            "core.pager=cat",
            "-c",
            "log.showSignature=false",
            # %an and %ae are never mapped; a .mailmap (or mailmap.file) that is a FIFO
            # would hold git log.
            "-c",
            "log.mailmap=false",
            "--no-pager",
        ]
        # The files the project publishes with its history (README, docs): read first,
        # whatever the history holds.
        listed = read_files(base, env, tree, result, label, deadline)
        command = [
            *base,
            "log",
            "--no-show-signature",
            # Local branches only: stashes and remote-tracking branches hold other
            # people's commits (an upstream theme, a fork's history).
            "--branches",
            "HEAD",
            f"--max-count={MAX_COMMITS}",
            "--no-color",
            "--encoding=UTF-8",
            f"--format={record_sep + field_sep.join(PLACEHOLDERS)}",
        ]
        done = self._log(command, env, result, label, deadline)
        if done is not None and done.returncode != 0 and _unborn_head(done):
            # HEAD names a branch without commits (a fresh `git init`, or a default
            # branch renamed) while other local branches hold the history.
            done = self._log([part for part in command if part != "HEAD"], env, result, label, deadline)
        if done is None:
            return
        if done.returncode != 0:
            if _unborn_head(done):
                return  # no commits at all: nothing to read, and not an error
            lines = _git_said(done.stderr, base).strip().splitlines()
            # git's own words ("fatal: ..."), not the usage hint it may print after them.
            fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
            reason = (fatal or lines or [f"exit code {done.returncode}"])[0]
            result.error(label, f"git log failed: {reason[:200]}")
            return
        records, bad = parse_log_bytes(done.stdout, record_sep, field_sep)
        for _ in range(bad):
            result.error(label, "unreadable commit record skipped")
        settings = _git_settings()
        main_author = _writer(records, settings)
        # Everyone else who authored commits here, for the identity rule (SELF004):
        # an old identity or a commit made from a work machine links the pseudonym.
        # One dict shared by every post of the writer (never copied).
        others: dict[str, dict[str, Any]] = {}
        built_on = _descendants(records, main_author)
        handover = _handover(records, main_author, built_on)
        for sha, epoch, _, email, name, _, _, _, _ in records:
            address = email.strip().lower()
            if address == main_author or is_bot(address, settings) or not (address or name.strip()):
                continue
            entry = others.setdefault(_identity(name, email),
                                      {"commits": 0, "first": None, "last": None, "after_writer": False,
                                       "handover": False})
            entry["commits"] += 1
            # Built on the writer's work (a collaborator, a second account, a work
            # laptop), rather than history the writer started from or merged in.
            entry["after_writer"] = entry["after_writer"] or sha in built_on
            # Made the commit the writer's first one was built on: the writer's own
            # earlier identity, when they switched to the pseudonym in place.
            entry["handover"] = entry["handover"] or sha in handover
            day = _day(epoch)
            if day:
                entry["first"] = min(entry["first"] or day, day)
                entry["last"] = max(entry["last"] or day, day)
        # Who committed others' commits (a maintainer who applies everyone's patches): one
        # who committed the writer's and nothing else is more likely the writer's other name.
        # Its own authored commits do not count: the writer's real name, when it made the
        # repository's first commits, commits them too (rev11a 1, 2026-11-29).
        other_committers = sorted({parts[5].strip().lower() for parts in records
                                   if parts[3].strip().lower() != main_author and parts[5].strip()
                                   and parts[5].strip().lower() != parts[3].strip().lower()})
        # HEAD's .mailmap: published, and it states which identities are one person.
        mailmap = read_mailmap(base, env, tree, result, label, listed, deadline)
        record, deleted = f"HEAD:{MAILMAP}", None
        if mailmap is None and not any(path == MAILMAP for _sha, _size, path in listed) \
                and (old := deleted_mailmap(base, env, result, label, deadline)) is not None:
            mailmap, holder, deleted = old[0], old[1], old[2]
            record = f"{holder}:{MAILMAP}"  # `git show <commit>:.mailmap` prints it
        if mailmap is not None:
            # Seeded from the writer's author address: a committer joins only under the
            # writer's own name. A co-maintainer who rebased or `git am`'d the writer's
            # commits is someone else, and so is their mailmap line.
            own = {main_author} | {parts[5].strip().lower() for parts in records
                                   if parts[3].strip().lower() == main_author
                                   and parts[6].strip().lower() == parts[4].strip().lower()}
            mailmap = mailmap_people(mailmap, own, settings) | {
                "path": tree.display(MAILMAP), "record": record,
                # Deleted from HEAD (in this commit) but in the history: published all the same.
                **({"deleted_in": deleted} if deleted is not None else {}),
                # A clone made with --depth holds only the newest commits: the people the
                # mailmap names may have made commits that were cut off.
                **({"shallow": True} if (git_dir / "shallow").is_file() else {})}
        # The README and docs only the writer's commits made are the writer's prose: the
        # style texts read them (style.text.corpus_text), a template's or a colleague's not.
        writers = {main_author} | set(mailmap.get("writer_emails", ()) if mailmap else ())
        for post in _writers_files(base, env, result, label, result.posts, writers, settings, deadline):
            post.extra["writer_prose"] = True
        # The same for every commit: worked out once, not as a Path per commit (200,000 of them).
        shown = tree.display(label)
        for sha, epoch, dates, email, name, c_email, c_name, _, message in records:
            if email.strip().lower() != main_author:
                continue
            offset, committed, committer_offset = commit_dates(dates)
            try:
                moment = datetime.fromtimestamp(int(epoch), tz=UTC)
            except (ValueError, OverflowError, OSError):
                result.error(f"{label}/{sha[:12]}".lstrip("/"), "commit has no valid author time")
                moment = None
            message = message.strip()
            if len(message) >= MAX_MESSAGE_CHARS:
                # Cut here (or already as bytes when read): what follows was not checked.
                result.error(f"{label}/{sha[:12]}".lstrip("/"),
                             f"commit message longer than {MAX_MESSAGE_CHARS:,} characters: "
                             "only its start was checked")
            result.posts.append(
                Post(
                    id=sha,
                    timestamp=moment,
                    text=message[:MAX_MESSAGE_CHARS],
                    origin=Origin(shown, record=sha[:12]),
                    kind="commit",
                    stated_offset_minutes=offset,
                    source=None,
                    extra={
                        "git_author": _identity(name, email),
                        "git_committer": _identity(c_name, c_email),
                        # The committer date: stored as well, with its own offset
                        # (detectors.git_identity.committer_offsets).
                        "git_committer_time": committed,
                        "git_committer_offset_minutes": committer_offset,
                        "git_other_identities": others,
                        "git_other_committers": other_committers,
                        **({"git_mailmap": mailmap} if mailmap else {}),
                    },
                )
            )

    @staticmethod
    def _log(command: list[str], env: dict[str, str], result: SourceResult,
             label: str, deadline: float | None = None) -> subprocess.CompletedProcess[bytes] | None:
        """Run git log with a time limit and a cap on what it prints: a repository of a
        few megabytes can hold commit messages that inflate to gigabytes."""
        return _run_git(command, env, result, label, MAX_LOG_BYTES, deadline=deadline)


def _run_git(command: list[str], env: dict[str, str], result: SourceResult, label: str,
             limit: int, stdin: bytes | None = None, what: str = "log", timeout: float | None = None,
             deadline: float | None = None) -> subprocess.CompletedProcess[bytes] | None:
    """Run a read-only git command with a time limit and a cap on what it prints;
    ``stdin`` (small: a list of object names) is written first. ``deadline`` (a
    ``time.monotonic()`` value) is the repository's whole time limit."""
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    if deadline is not None:
        timeout = min(timeout, deadline - time.monotonic())
        if timeout <= 0:
            result.error(label, f"git {what} was not run: reading this repository took longer than "
                                f"{TIMEOUT_SECONDS:g} s")
            return None
    try:
        proc = subprocess.Popen(command, shell=False, env=env,
                                stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        result.error(label, f"cannot run git: {exc}")
        return None
    if stdin is not None and proc.stdin is not None:
        try:
            # Small (object names, 41 bytes each): fits the pipe, so git cannot block on it.
            proc.stdin.write(stdin)
        except OSError:
            pass
        finally:
            proc.stdin.close()
    out, err, problem = _read_capped(proc, limit, timeout)
    if problem:
        if what != "log":
            problem = problem.replace("git log", f"git {what}").replace("the commits read so far",
                                                                          "what it printed so far")
        result.error(label, problem)
    return subprocess.CompletedProcess(command, proc.returncode or 0, out, err)


# -- the files the project publishes with its history ----------------------------------

# Prose a repository publishes beside its code: read from HEAD (what a push publishes;
# not the working tree, whose untracked and ignored files are not published), as records
# of kind "file" (model.NOT_POSTS): text detectors read them, post counts, timing and
# style do not (a README may be a template, or a colleague's).
PROSE_EXTENSIONS = frozenset(("md", "markdown", "mdown", "mkd", "rst", "txt", "text", "adoc",
                              "asciidoc", "org"))
# Top-level files read whatever their extension (none, .cff): who wrote, owns and answers for
# the project (LICENSE's copyright line, AUTHORS, CITATION.cff's authors and affiliations).
PROSE_STEMS = ("readme", "license", "licence", "copying", "authors", "contributors", "contributing",
               "changelog", "changes", "history", "news", "notice", "security", "code_of_conduct",
               "citation", "funding", "maintainers", "codeowners")
# Folders whose files are someone else's, generated, or data rather than prose (test
# fixtures full of made-up addresses); and the Jekyll folders the blog reader reads
# (posts, drafts, author pages).
SKIPPED_FOLDERS = frozenset(("node_modules", "vendor", "third_party", "third-party", "external",
                             "deps", "test", "tests", "testdata", "test_data", "fixtures",
                             "__fixtures__", "__snapshots__", "spec", "_site", "public", "themes",
                             "_posts", "_drafts", "_authors", "site-packages", "dist", "build",
                             "target"))
# .txt files that are build data, not prose.
SKIPPED_NAMES = re.compile(r"(?:requirements|constraints)[^/]*\.txt|cmakelists\.txt|robots\.txt|"
                           r"llms(?:-full)?\.txt|(?:.*/)?(?:licenses?|third.party.notices?)/.*", re.I)
MAX_FILES = 500
# How the note on HEAD's files left unread starts: a blog's own reader reads its posts, so
# the note is dropped when the history is read beside a blog (sources.detect).
HEAD_FILES_NOT_READ = "left out on purpose:"
# The file of HEAD that maps commit identities onto one another (read: ``read_mailmap``).
MAILMAP = ".mailmap"
MAX_FILE_BYTES = 1 << 20
MAX_FILES_BYTES = 32 << 20
# git ls-tree -r on a repository of 100,000 files prints about 10 MB.
MAX_LIST_BYTES = 64 << 20


# What of a .mailmap is read: git has no limit, the Linux kernel's is about 60 KB.
MAX_MAILMAP_BYTES = 1 << 20


def read_mailmap(base: list[str], env: dict[str, str], tree: Tree, result: SourceResult, label: str,
                 listed: list[tuple[str, int, str]], deadline: float | None = None
                 ) -> list[tuple[str, str, str, str]] | None:
    """The entries of the ``.mailmap`` HEAD publishes (``git cat-file blob``), or None when
    there is none. Only the top-level file: ``mailmap.file`` and ``mailmap.blob`` are local
    settings, not published. A ``.mailmap`` deleted from HEAD is still in the history every
    clone holds (``git log -p -- .mailmap``): its last version is read (``deleted_mailmap``)."""
    found = [(sha, size) for sha, size, path in listed if path == MAILMAP]
    if not found:
        return None
    sha, size = found[0]
    return _read_mailmap_blob(base, env, result, label, sha, size, "HEAD", deadline)


def deleted_mailmap(base: list[str], env: dict[str, str], result: SourceResult, label: str,
                    deadline: float | None = None
                    ) -> tuple[list[tuple[str, str, str, str]], str, str] | None:
    """(entries, the commit holding its last version, the commit that deleted it) of a
    ``.mailmap`` the history read holds but HEAD does not, or None. Deleting it (``git rm``)
    without rewriting the history leaves it for anyone who clones (walk13 item 8: SELF004 fell
    from high to medium, rewarding half the advice)."""
    pathspec = f":(top,literal){MAILMAP}"

    def newest(change: str) -> str:
        """The newest commit of the history read (local branches and HEAD, as the log) that
        added or changed (``AM``) or deleted (``D``) the top-level .mailmap."""
        done = _run_git([*base, "log", "--no-show-signature", "--no-renames", f"--diff-filter={change}",
                         "--format=%H", "-n", "1", "--branches", "HEAD", "--", pathspec],
                        env, result, label, 4096, deadline=deadline)
        out = bytes(done.stdout).decode("ascii", "replace").strip() if done and done.returncode == 0 else ""
        return out if re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", out) else ""

    last = newest("AM")
    if not last:
        return None
    gone = newest("D")
    done = _run_git([*base, "ls-tree", "-l", "-z", last, "--", pathspec], env, result, label,
                    4096, what="ls-tree", deadline=deadline)
    ok = done is not None and done.returncode == 0
    found = bytes(done.stdout).split(b"\0")[0].decode("utf-8", "replace") if done is not None and ok else ""
    match = re.fullmatch(r"\d+ blob ([0-9a-f]{40,64}) +(\d+|-)\t\.mailmap", found)
    if match is None:
        return None
    size = -1 if match.group(2) == "-" else int(match.group(2))
    entries = _read_mailmap_blob(base, env, result, label, match.group(1), size, last[:12], deadline)
    return (entries, last[:12], gone[:12]) if entries else None


def _read_mailmap_blob(base: list[str], env: dict[str, str], result: SourceResult, label: str, sha: str,
                       size: int, commit: str, deadline: float | None
                       ) -> list[tuple[str, str, str, str]] | None:
    """One .mailmap blob's entries (``commit``: "HEAD", or the commit holding it), its problems said."""
    where = f"{label}/{commit}:{MAILMAP}".lstrip("/")
    if size < 0:
        result.error(where, "the .mailmap is missing from the repository (a partial clone fetches files "
                            "only when needed, and nymaudit never fetches); the identities it names were "
                            "not read")
        return None
    if size > MAX_MAILMAP_BYTES:
        result.error(where, f"the .mailmap is larger than {_size(MAX_MAILMAP_BYTES)}; the identities it "
                            "names were not read")
        return None
    done = _run_git([*base, "cat-file", "blob", sha], env, result, label, MAX_MAILMAP_BYTES + 1,
                    what="cat-file", deadline=deadline)
    if done is None:
        return None
    if done.returncode != 0 or len(done.stdout) != size:
        result.error(where, f"git cat-file could not read the .mailmap at {commit}; the identities it names "
                            "were not read")
        return None
    data = bytes(done.stdout)
    if not _not_text(data.decode("utf-8", "replace")):
        return parse_mailmap(data)
    # Mostly binary: git still reads every line of it (a real line among the garbage maps
    # identities for anyone who clones), so those lines are read, strictly (an address
    # that looks like one); the rest names nobody, and the input says so.
    entries = parse_mailmap(data, strict=True)
    if not entries:
        result.error(where, "the .mailmap is not text (most of it is binary or undecodable bytes) and "
                            "none of its lines is one git would map an address with; no identity was read")
        return None
    lines = "1 line" if len(entries) == 1 else f"{len(entries):,} lines"
    result.error(where, f"the .mailmap is mostly not text (binary or undecodable bytes): the {lines} in "
                        f"it that git reads as mapping an address {'was' if len(entries) == 1 else 'were'} "
                        "read, the rest names nobody")
    return entries


# Characters no address or name in a text mailmap holds: C0 controls but tab, DEL, C1
# controls and U+FFFD (what undecodable bytes became).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
# A mailmap with more of these than this share of its characters is binary, not text.
MAX_NOT_TEXT_SHARE = 0.1


def _not_text(text: str) -> bool:
    return bool(text) and len(_NOT_TEXT.findall(text)) > MAX_NOT_TEXT_SHARE * len(text)


def _plausible(email: str) -> bool:
    """An address a mailmap line can mean: an "@" with something on each side, no blank,
    no control or replacement character (a corrupt file's bytes are none of these)."""
    local, at, host = email.rpartition("@")
    return bool(at and local and host) and not _NOT_TEXT.search(email) and not any(
        c.isspace() for c in email)


def _name_and_email(text: str, allow_empty: bool) -> tuple[str, str, str] | None:
    """(name, address, the rest) of "Name <address> rest", as git's mailmap.c reads it:
    the first "<", the first ">" after it, the name trimmed; None without both."""
    left = text.find("<")
    right = text.find(">", left + 1) if left >= 0 else -1
    if right < 0 or (not allow_empty and right == left + 1):
        return None
    return text[:left].strip(), text[left + 1:right].strip(), text[right + 1:]


# git reads a working tree's .mailmap with fgets() into a 1,024-byte buffer (mailmap.c,
# read_mailmap_file): a longer line is read as pieces of 1,023 bytes, each parsed as a line.
GIT_MAILMAP_LINE = 1023
# In a mostly binary file, an address must look like one (random bytes make "<x@y>" now and then).
_STRICT_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def git_mailmap_lines(data: bytes) -> list[bytes]:
    """The lines git parses in a mailmap, as bytes: split at "\n" only (git knows no other line
    break), each line in the 1,023-byte pieces a clone's git reads it in (fgets), each piece
    ending at its first NUL (a C string); and, as a bare repository's git reads the HEAD blob
    (read_mailmap_string: whole lines, none after the first NUL), the whole of each longer line
    before the first NUL. Both readings are kept: either one maps identities for someone."""
    out: list[bytes] = []
    for line in data.split(b"\n"):
        for at in range(0, max(len(line), 1), GIT_MAILMAP_LINE):
            out.append(line[at:at + GIT_MAILMAP_LINE].partition(b"\0")[0])
    head = data.partition(b"\0")[0]
    out.extend(line for line in head.split(b"\n") if len(line) > GIT_MAILMAP_LINE)
    return out


def _readable_name(name: str) -> str:
    """A name as shown: the part after its last control or undecodable character (git keeps
    whatever bytes precede "<" on the line, garbage included; the person's name is at the end)."""
    return _NOT_TEXT.split(name)[-1].strip()


def parse_mailmap(text: str | bytes, strict: bool = False) -> list[tuple[str, str, str, str]]:
    """(proper name, proper address, commit name, commit address) for each line of a
    mailmap in git's forms: ``Proper Name <commit@email>``, ``<proper@email> <commit@email>``,
    ``Proper Name <proper@email> <commit@email>`` and ``Proper Name <proper@email> Commit
    Name <commit@email>`` (the commit side empty in the first form). "#" at the start of a
    line is a comment; what follows the last address is ignored, as git does. The lines are
    those git reads (``git_mailmap_lines``). ``strict`` (a mostly binary file): each address
    must look like one."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    entries: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str, str]] = set()
    plausible = _strictly_plausible if strict else _plausible
    for raw in git_mailmap_lines(data):
        line = raw.decode("utf-8", "replace")
        if line.startswith("#"):
            continue
        first = _name_and_email(line, allow_empty=False)
        if first is None:
            continue
        name, email, rest = first
        second = _name_and_email(rest, allow_empty=True) if rest.strip() else None
        commit = second[:2] if second else ("", "")
        # A line whose address is not one (a corrupt or binary file's bytes) names nobody.
        if not plausible(email) or (commit[1] and not plausible(commit[1])):
            continue
        entry = (_readable_name(name), email, _readable_name(commit[0]), commit[1])
        if entry not in seen:
            seen.add(entry)
            entries.append(entry)
    return entries


def _strictly_plausible(email: str) -> bool:
    return bool(_STRICT_ADDRESS.fullmatch(email))


def mailmap_identity(name: str, email: str) -> str:
    """ "Name <address>", or "<address>" for a line that gives no name."""
    return f"{name.strip()} <{email.strip().lower()}>".lstrip()


def mailmap_people(entries: list[tuple[str, str, str, str]], own: set[str],
                   settings: dict[str, Any]) -> dict[str, Any]:
    """The mailmap's identities grouped into the people it says they are (each line joins
    its two addresses): ``writer``, the identities of the group holding one of ``own`` (the
    writer's addresses), with ``writer_emails`` its addresses; ``others``, the other
    groups. A bot's or the forge's address joins nobody (GitHub's web edits)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    pairs = []
    for proper_name, proper_email, commit_name, commit_email in entries:
        sides = [(proper_name, proper_email)] + ([(commit_name, commit_email)] if commit_email else [])
        sides = [(n, e.lower()) for n, e in sides if e and not is_bot(e.lower(), settings)]
        for _, email in sides:
            find(email)
        if len(sides) == 2:
            parent[find(sides[1][1])] = find(sides[0][1])
        pairs.extend(sides)
    groups: dict[str, dict[str, None]] = {}  # ordered sets: a group can hold thousands
    emails: dict[str, set[str]] = {}
    for name, email in pairs:
        root = find(email)
        groups.setdefault(root, {})[mailmap_identity(name, email)] = None
        emails.setdefault(root, set()).add(email)
    mine = {find(email) for email in own if email in parent}
    return {
        "writer": [i for root in groups if root in mine for i in groups[root]],
        "writer_emails": sorted(e for root in mine for e in emails[root]),
        "others": [list(groups[root]) for root in groups if root not in mine],
        "entries": len(entries),
    }


# Files of HEAD that are rarely the writer's own prose, whoever committed them: a licence,
# a code of conduct, a changelog (terse like commit messages), lists of names.
NOT_STYLE_STEMS = frozenset(PROSE_STEMS) - {"readme"}
MAX_STYLE_FILES = 200
MAX_STYLE_PATH_CHARS = 256 << 10


def _writers_files(base: list[str], env: dict[str, str], result: SourceResult, label: str,
                   posts: list[Post], writers: set[str], settings: dict[str, Any],
                   deadline: float | None = None) -> list[Post]:
    """HEAD's prose files (records of kind "file") whose every commit, from HEAD back, is
    by one of ``writers`` (bots aside): one ``git log --name-only`` limited to their paths.
    A theme's README, a template's docs or a colleague's page has other authors' commits.
    Nothing when git fails or was cut short: the files then stay out of the style texts."""
    files = [post for post in posts if post.kind == "file" and isinstance(post.extra, dict)
             and isinstance(post.extra.get("repository_file"), str)
             and post.extra["repository_file"].rsplit("/", 1)[-1].lower().partition(".")[0]
             not in NOT_STYLE_STEMS][:MAX_STYLE_FILES]
    # Their paths are git's arguments: at most MAX_STYLE_PATH_CHARS in all (Linux refuses a
    # command line of more than about 2 MB; a path can be 4 KB).
    total = 0
    for at, post in enumerate(files):
        total += len(post.extra["repository_file"]) + 1
        if total > MAX_STYLE_PATH_CHARS:
            files = files[:at]
            break
    if not files or not writers:
        return []
    record_sep, _ = _separators()
    errors = len(result.errors) + result.suppressed_errors
    done = _run_git([*base, "--literal-pathspecs", "log", "-z", "--no-renames", "--name-only", "--no-color",
                     f"--max-count={MAX_COMMITS}", f"--format={record_sep}%ae", "HEAD", "--",
                     *(post.extra["repository_file"] for post in files)],
                    env, result, label, MAX_LIST_BYTES, deadline=deadline)
    if done is None or done.returncode != 0 or len(result.errors) + result.suppressed_errors > errors:
        return []
    authors: dict[str, set[str]] = {}
    email: str | None = None
    for token in bytes(done.stdout).decode("utf-8", "replace").split("\0"):
        token = token.lstrip("\n")
        if token.startswith(record_sep):
            email = token[len(record_sep):].strip().lower()
        elif token and email is not None and not is_bot(email, settings):
            authors.setdefault(token, set()).add(email)
    return [post for post in files if authors.get(post.extra["repository_file"])
            and authors[post.extra["repository_file"]] <= writers]


def skipped_note(skipped: int, listed: int) -> str:
    """INPUT008's words for HEAD's files left out on purpose: what, why, and what to do."""
    what = ("is code, configuration or a dotfile" if skipped == 1
            else "are code, configuration or dotfiles")
    return (f"{HEAD_FILES_NOT_READ} {skipped} of the {listed} files at HEAD {what}, which nymaudit does "
            "not check (nothing is wrong with the repository). It checks the prose a project publishes "
            "(README, LICENSE, docs), its photos and documents and its mailmap file; a time zone (TZ=...), "
            "host or user name (/home/NAME) in the others is not reported: read them yourself before "
            "publishing")


def _some(paths: list[str], listed: int = 5) -> str:
    """"a.py, b.sh and 3 more": the first few paths, for a finding's evidence."""
    shown = ", ".join(paths[:listed])
    return shown + (f" and {len(paths) - listed} more" if len(paths) > listed else "")


def _git_said(stderr: bytes, base: list[str]) -> str:
    """git's error output with the repository's path from its own folder on ("blog/.git/...",
    as a redacted report shows an input): git names what it could not read by its absolute
    path ("stored in /home/jo/blog/.git/objects/pack/..."), and the reason is cut to 200
    characters before the report's path masks run, which then missed it (red team red12,
    2026-11-30: the folders above the input were in a redacted report)."""
    text = stderr.decode("utf-8", "replace")
    root = base[base.index("-C") + 1] if "-C" in base else ""
    name = os.path.basename(root.rstrip("/\\"))
    if name:
        for form in sorted({os.path.realpath(root), os.path.abspath(root), root}, key=len, reverse=True):
            form = form.rstrip("/")
            if len(form) > 1 and form != name:
                text = text.replace(form, name)
    return text


def _size(limit: int) -> str:
    return f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit:,} bytes"


def prose_path(path: str, hugo_content: bool = False) -> bool:
    """Whether a file of HEAD is prose the project publishes (see PROSE_EXTENSIONS)."""
    parts = path.split("/")
    folders, name = parts[:-1], parts[-1]
    if any(part in SKIPPED_FOLDERS or (part.startswith(".") and part != ".github") for part in folders):
        return False
    if hugo_content and folders and folders[0] == "content":
        return False  # a Hugo site's posts: the blog reader's
    if SKIPPED_NAMES.fullmatch(path):
        return False
    stem, _, ext = name.lower().partition(".")
    if not folders and stem in PROSE_STEMS:
        return True
    return ext.rpartition(".")[2] in PROSE_EXTENSIONS and not name.startswith(".")


def _list_head(base: list[str], env: dict[str, str], result: SourceResult,
               label: str, deadline: float | None = None) -> list[tuple[str, int, str]] | None:
    """(object name, size, path) of every regular file in HEAD's tree; None when HEAD
    has no commit. Links (mode 120000) and submodules (another repository) are left out.
    A file whose object is not in the repository (a partial clone fetches it only when
    needed, and nymaudit never fetches: git prints its size as "BAD") has size -1."""
    done = _run_git([*base, "ls-tree", "-r", "-z", "-l", "--full-tree", "HEAD"], env, result, label,
                    MAX_LIST_BYTES, what="ls-tree", deadline=deadline)
    if done is None:
        return None
    if done.returncode != 0:
        if not _unborn_head(done) and b"Not a valid object name" not in done.stderr:
            lines = _git_said(done.stderr, base).strip().splitlines()
            # git's own reason ("fatal: ..."), not a warning printed before it.
            reason = ([line for line in lines if line.startswith(("fatal:", "error:"))] or lines)[:1]
            result.error(label, f"git ls-tree failed, the project's files were not read: "
                                f"{(reason or ['exit code ' + str(done.returncode)])[0][:200]}")
        return None
    files = []
    for entry in bytes(done.stdout).split(b"\0"):
        meta, tab, raw_path = entry.partition(b"\t")
        fields = meta.split()
        if not tab or len(fields) != 4 or fields[1] != b"blob" or fields[0] not in (b"100644", b"100755"):
            continue
        try:
            size = int(fields[3])
        except ValueError:
            size = -1
        files.append((fields[2].decode("ascii", "replace"), size, raw_path.decode("utf-8", "replace")))
    return files


MAX_MEDIA_FILES = 500


def _media_path(path: str) -> bool:
    """A photo or document the project publishes (not a test fixture, vendored or generated)."""
    from nymaudit.sources.references import ATTACHMENT_EXTENSIONS

    folders = path.split("/")[:-1]
    return extension(path) in ATTACHMENT_EXTENSIONS and not any(
        part in SKIPPED_FOLDERS or (part.startswith(".") and part != ".github") for part in folders)


def _blob_loader(base: list[str], env: dict[str, str], sha: str, size: int) -> Callable[[], bytes]:
    def load() -> bytes:
        # Read-only (git cat-file), one object, when the metadata detector reads the file.
        try:
            done = subprocess.run([*base, "cat-file", "blob", sha], env=env, capture_output=True,
                                  timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            raise OSError(f"git cat-file failed: {exc}") from exc
        if done.returncode != 0 or len(done.stdout) != size:
            raise OSError("git cat-file could not read the file at HEAD")
        return done.stdout
    return load


def _head_media(base: list[str], env: dict[str, str], tree: Tree, result: SourceResult, label: str,
                listed: list[tuple[str, int, str]]) -> int:
    """HEAD's photos and documents as attachments (a GPS photo committed to a project is
    published with it): read lazily with ``git cat-file``, at most MAX_MEDIA_FILES. Returns
    how many HEAD files are media (read, or said past the cap)."""
    from nymaudit.model import Attachment
    from nymaudit.sources.common import media_type_for

    media = sorted((entry for entry in listed if _media_path(entry[2]) and entry[1] >= 0),
                   key=lambda entry: (entry[2].count("/"), entry[2]))
    for sha, size, path in media[:MAX_MEDIA_FILES]:
        result.attachments.append(Attachment(
            path=f"HEAD:{path}", input_path=tree.label, media_type=media_type_for(path), size=size,
            loader=_blob_loader(base, env, sha, size),
            shown_as=tree.display(f"{label}/HEAD:{path}".lstrip("/"))))
    if len(media) > MAX_MEDIA_FILES:
        result.error(label, f"{len(media) - MAX_MEDIA_FILES} more photos or documents at HEAD were not "
                            f"checked for metadata (the first {MAX_MEDIA_FILES} were)")
    return len(media)


def read_files(base: list[str], env: dict[str, str], tree: Tree, result: SourceResult, label: str,
               deadline: float | None = None) -> list[tuple[str, int, str]]:
    """HEAD's prose files as records of kind "file" (``git ls-tree`` and ``git cat-file
    --batch``: both only read objects). Past the caps the input says what was not read.
    Returns HEAD's files as listed (empty when HEAD has none)."""
    from nymaudit.sources.blog import _CONFIG_NAMES, split_front_matter

    listed = _list_head(base, env, result, label, deadline)
    if not listed:
        return []
    names = {path for _, _, path in listed}
    hugo = any(name in names for name in _CONFIG_NAMES if name.startswith(("hugo.", "config.")))
    # Top-level files first (README, LICENSE, AUTHORS), then by depth: past the cap, what
    # is left unread is the deepest documentation.
    chosen = sorted((entry for entry in listed if prose_path(entry[2], hugo)),
                    key=lambda entry: (entry[2].count("/"), entry[2]))
    _head_media(base, env, tree, result, label, listed)
    skipped = [path for _, _, path in listed
               if path != MAILMAP and not prose_path(path, hugo) and not _media_path(path)]
    if skipped:
        # A dotfiles repository's published content is its configuration (.zshrc with
        # `export TZ=...`, an ssh alias naming a user and host): clean text findings must
        # not read as a clean repository. Left out on purpose, so a note (INPUT008), not an
        # input error: nothing is wrong with the repository (walkthrough 10).
        result.notes.append((tree.display(label), skipped_note(len(skipped), len(listed)), _some(skipped)))
    wanted: list[tuple[str, int, str]] = []
    too_big: list[str] = []
    missing = [path for _, size, path in chosen if size < 0]
    chosen = [entry for entry in chosen if entry[1] >= 0]
    for path in missing[:5]:
        result.error(f"{label}/HEAD:{path}".lstrip("/"),
                     "a file of the project is missing from the repository (a partial clone "
                     "fetches files only when needed, and nymaudit never fetches); not read")
    if len(missing) > 5:
        result.error(label, f"{len(missing) - 5} more files of the project are missing from the "
                            "repository (a partial clone); not read")
    total = 0
    for sha, size, path in chosen:
        if size > MAX_FILE_BYTES:
            too_big.append(path)
        elif len(wanted) < MAX_FILES and total + size <= MAX_FILES_BYTES:
            wanted.append((sha, size, path))
            total += size
    left = len(chosen) - len(wanted) - len(too_big)
    for path in too_big[:5]:
        result.error(f"{label}/HEAD:{path}".lstrip("/"),
                     f"a file of the project larger than {_size(MAX_FILE_BYTES)}; not read")
    if len(too_big) > 5:
        result.error(label, f"{len(too_big) - 5} more files of the project larger than "
                            f"{_size(MAX_FILE_BYTES)}; not read")
    if left:
        result.error(label, f"the project holds more than {MAX_FILES} prose files or "
                            f"{_size(MAX_FILES_BYTES)} of them; {left} were not read")
    if not wanted:
        return listed
    done = _run_git([*base, "cat-file", "--batch"], env, result, label, total + 128 * len(wanted) + 4096,
                    stdin="".join(f"{sha}\n" for sha, _, _ in wanted).encode(), what="cat-file",
                    deadline=deadline)
    if done is None:
        return listed
    data = bytes(done.stdout)
    at = 0
    for number, (_sha, _bytes, path) in enumerate(wanted):
        end = data.find(b"\n", at)
        header = data[at:end].split() if end >= 0 else []
        if len(header) == 2 and header[1] == b"missing":
            result.error(f"{label}/HEAD:{path}".lstrip("/"), "a file of the project is missing from "
                                                            "the repository; not read")
            at = end + 1
            continue
        if len(header) != 3 or header[1] != b"blob" or not header[2].isdigit():
            # Out of step with git's output (cut at the cap or the time limit): the rest
            # cannot be told apart.
            result.error(label, f"{len(wanted) - number} files of the project could not be read")
            break
        length = int(header[2])
        blob = data[end + 1:end + 1 + length]
        at = end + 1 + length + 1
        if b"\0" in blob[:8192]:
            continue  # binary, whatever its name
        text = blob.decode("utf-8", "replace")
        fm = split_front_matter(text)
        body = fm.body.strip()
        if not body:
            continue
        title = fm.data.get("title")
        result.posts.append(Post(
            id=f"HEAD:{path}",
            timestamp=None,
            text=body,
            origin=Origin(tree.display(path), record=f"HEAD:{path}"),
            kind="file",
            title=title.strip() if isinstance(title, str) and title.strip() else None,
            text_line=fm.text_line(body),
            extra={"repository_file": path},
        ))
    return listed


def _read_capped(proc: subprocess.Popen[bytes], limit: int,
                 timeout: float) -> tuple[bytearray, bytes, str]:
    """(stdout up to ``limit`` bytes, stderr up to 64 KiB, problem or ""). Stops git when
    the cap or the time limit is reached; what was read so far is kept."""
    import selectors

    out = bytearray()
    err = bytearray()
    problem = ""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        assert proc.stdout is not None and proc.stderr is not None
        sel.register(proc.stdout, selectors.EVENT_READ, out)
        sel.register(proc.stderr, selectors.EVENT_READ, err)
        while sel.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                problem = f"git log took longer than {timeout:.0f} s; the commits read so far are used"
                break
            for key, _ in sel.select(timeout=min(left, 1.0)):
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:
                    sel.unregister(key.fileobj)
                    continue
                buffer = key.data
                if buffer is err:
                    if len(err) < 1 << 16:
                        err.extend(chunk)
                    continue
                buffer.extend(chunk)
            if len(out) > limit:
                del out[limit:]
                problem = (f"git log printed more than {limit >> 20} MiB; the commits read so far "
                           "are used")
                break
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    if problem:
        # A cut-off last record is dropped by parse_log as unreadable; returncode is
        # that of a killed process, so say success for what was read.
        proc.returncode = 0
    # The buffer itself, not a copy: it may be 256 MiB.
    return out, bytes(err), problem


def _unborn_head(done: subprocess.CompletedProcess[bytes]) -> bool:
    """HEAD names a branch that has no commit yet (git words it two ways)."""
    return b"does not have any commits" in done.stderr or b"ambiguous argument 'HEAD'" in done.stderr


def parse_log(text: str, record_sep: str = RECORD, field_sep: str = FIELD) -> tuple[list[list[str]], int]:
    """Records of ``git log --format=FORMAT`` output, and how many were unreadable.

    A message may hold the separator bytes themselves (a hostile repository): such
    a record splits into pieces without all fields, which are counted, not read.
    """
    records: list[list[str]] = []
    bad = 0
    for chunk in text.split(record_sep):
        bad += _parse_record(chunk, records, field_sep)
    return records, bad


def parse_log_bytes(data: bytes | bytearray, record_sep: str = RECORD,
                    field_sep: str = FIELD) -> tuple[list[list[str]], int]:
    """``parse_log`` on what git printed, record by record: each record is decoded on
    its own with its message cut to ``MAX_MESSAGE_BYTES`` first, so a 256 MiB message
    (a 600 KB repository can hold one) never becomes a 1 GB string."""
    records: list[list[str]] = []
    bad = 0
    record, field = record_sep.encode(), field_sep.encode()
    start = 0
    while start <= len(data):
        end = data.find(record, start)
        end = len(data) if end < 0 else end
        cut = end
        at = start
        for _ in range(FIELDS - 1):
            at = data.find(field, at, end)
            if at < 0:
                break
            at += len(field)
        if at >= 0:
            cut = min(end, at + MAX_MESSAGE_BYTES)
        bad += _parse_record(bytes(data[start:cut]).decode("utf-8", "replace"), records, field_sep)
        start = end + len(record)
    return records, bad


def _parse_record(chunk: str, records: list[list[str]], field_sep: str = FIELD) -> int:
    """Append one record's fields to ``records``; 1 if it was unreadable, else 0."""
    if not chunk.strip():
        return 0
    parts = chunk.split(field_sep, FIELDS - 1)
    if len(parts) != FIELDS:
        return 1
    records.append(parts)
    return 0


def _descendants(records: list[list[str]], writer: str) -> set[str]:
    """Commits that have one of the writer's commits among their ancestors. A forked
    theme's upstream commits, also those merged in later, are not among them; a
    collaborator's commit on top of the writer's work is."""
    children: dict[str, list[str]] = {}
    todo = []
    for parts in records:
        sha, parents = parts[0], parts[7].split()
        for parent in parents:
            children.setdefault(parent, []).append(sha)
        if parts[3].strip().lower() == writer:
            todo.append(sha)
    seen: set[str] = set(todo)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _handover(records: list[list[str]], writer: str, built_on: set[str]) -> set[str]:
    """Where the writer took over: the parents of the writer's first commits, those
    with no commit of the writer's among their ancestors (none of their parents is in
    ``built_on``). A later merge of upstream updates is not one of them."""
    out: set[str] = set()
    for parts in records:
        if parts[3].strip().lower() != writer:
            continue
        parents = parts[7].split()
        if not any(parent in built_on for parent in parents):
            out.update(parents)
    return out


def _day(epoch: str) -> str | None:
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


READER = GitReader()

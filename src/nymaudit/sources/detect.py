"""Pick a reader by content and turn each PATH into part of one Corpus."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from nymaudit.model import Attachment, Corpus, InputError, InputSummary, Post
from nymaudit.sources import READER_MODULES
from nymaudit.sources.base import Reader, SourceResult
from nymaudit.sources.common import extension, media_type_for
from nymaudit.sources.tree import (
    READ_AS_CP1252,
    FileTree,
    FolderTree,
    InputProblem,
    Tree,
    copies_checked,
    copy_runs,
    open_tree,
)


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


def run_reader(reader: Reader, tree: Tree, result: SourceResult) -> None:
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


def _document_words(reader: Reader, result: SourceResult) -> None:
    """The words of the PDFs and office files every reader found (a blog's assets/, an export's
    uploads) go to the text detectors, as the attachment reader's own do (sources/doctext.py)."""
    if reader.name == "attachment" or not result.attachments:
        return  # the attachment reader reads them itself
    from nymaudit.sources.doctext import add_document_texts

    add_document_texts(result)


def summarise(shown: str, format_name: str, result: SourceResult, corpus: Corpus) -> None:
    summary = InputSummary(shown, format_name)
    if result.suppressed_errors:
        summary.errors.append(InputError(shown, f"{result.suppressed_errors} more errors not listed"))
    summary.errors[:0] = result.errors
    # Every post the input holds (DESIGN.md), those past the cap too (sources/base.py).
    summary.posts = sum(1 for post in result.posts if post.is_post) + getattr(result.posts, "counted", 0)
    summary.activities = len(result.activities) + getattr(result.activities, "counted", 0)
    summary.attachments = len(result.attachments)
    summary.extra_root = result.extra_root
    summary.notes = list(result.notes)
    if result.read_as_cp1252:
        summary.notes.append(cp1252_note(result))
    corpus.inputs.append(summary)
    corpus.posts.extend(result.posts)
    corpus.activities.extend(result.activities)
    corpus.attachments.extend(result.attachments)
    corpus.own_urls.extend(u for u in result.own_urls if u not in corpus.own_urls)
    if result.own_urls:
        # The input's own site or profile is its posts' own, not every input's: a blog linking
        # to the writer's X profile stays a finding when the X archive is a second input.
        own = tuple(result.own_urls)
        for post in result.posts:
            if isinstance(post.extra, dict):
                post.extra["own_urls"] = own


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


# Inputs whose git history would belong to the writer's published work: a blog, a
# folder of drafts, or something no reader knows (a pseudonymous developer's project;
# a folder of its images alone is read as attachments).
HISTORY_READERS = frozenset({"blog", "generic", "attachment"})
# Post.extra key of a blog's commits, read beside the blog from its repository (read_input).
BLOG_HISTORY = "blog_history"
# Readers of post files: one given on its own gets the images it embeds from its site.
POST_READERS = frozenset({"blog", "generic"})


def _attach_site_files(path: Path, reader: Reader, tree: Tree, result: SourceResult) -> None:
    if reader.name not in POST_READERS or not isinstance(tree, FileTree) or not result.posts:
        return
    from nymaudit.sources.attachment import attach_site_files

    try:
        attach_site_files(path, tree, result)
    except Exception as exc:  # noqa: BLE001 - the draft itself was read; say what was not
        result.error("", f"the files this post embeds could not be looked up: {exc!r}")


def _attach_sidecars(path: Path, reader: Reader, tree: Tree, result: SourceResult) -> None:
    """A photo given on its own gets the Google Photos sidecar beside it (eleventh session)."""
    if reader.name != "attachment" or not isinstance(tree, FileTree) or not result.attachments:
        return
    from nymaudit.sources.attachment import attach_sidecars

    try:
        attach_sidecars(path, result)
    except Exception as exc:  # noqa: BLE001 - the photo itself was read; say what was not
        result.error("", f"the Google Photos sidecar beside this file could not be looked up: {exc!r}")


# Readers of one platform's export. A photo or document beside the export in the folder,
# zip or tar given is none of the export's own media, and was silently left out (a site
# backup, the WXR beside wp-content/uploads: every GPS photo unread, risk HIGH, not CRITICAL).
EXPORT_READERS = frozenset({"twitter", "mastodon", "bluesky", "reddit", "wordpress"})
# WordPress: the files beside the export are the site's uploads, originals with their
# metadata: read, and tied to the posts that show them (``_tie_uploads``), as when the
# uploads folder is given as its own PATH.
READS_FILES_BESIDE = frozenset({"wordpress"})
# What an archive holds for itself, not the writer's files: X's data/ (its media folders are
# read; profile and message media are platform copies) and its viewer's assets/; Mastodon's
# media_attachments/ (read) and the profile's avatar and header. A full WordPress backup's
# themes, plugins and core hold their makers' images (a theme's screenshot.png with its
# designer's name in XMP), not the site's: left out.
_ARCHIVE_OWN_FOLDERS = {"twitter": frozenset({"data", "assets"}),
                        "mastodon": frozenset({"media_attachments"}),
                        "wordpress": frozenset({"themes", "plugins", "mu-plugins", "wp-includes",
                                                "wp-admin"})}
_ARCHIVE_OWN_FILES = {"mastodon": frozenset({"avatar", "header"})}


# A WordPress site's media under uploads/: the year and month folders WordPress files uploads in,
# on a multisite under sites/N/ for site N; a copy resized by WordPress ("walk-300x200.jpg").
_SITE_UPLOAD = re.compile(r"(?:^|/)uploads/((?:sites/(\d+)/)?\d{4}/\d{2}/[^/]+)$")
_UPLOADS_PART = re.compile(r"(?:^|/)uploads/(.+)$")
_RESIZED_COPY = re.compile(r"-\d{1,5}x\d{1,5}(?=\.[A-Za-z0-9]{2,5}$)")
# Uploads read per input that the export does not name (its media library first, then the
# year/month folders): 50,000 copies of one photo gave 350,000 findings and 2 GB. The same
# cap as the files a draft embeds from its site (sources.attachment.MAX_SITE_FILES).
MAX_UPLOADS_READ = 500
# The files the export's media library names are the writer's published media: read up to
# this many (a site of 5,000 photos) before the cap says the rest.
MAX_NAMED_UPLOADS_READ = 5000


def _site_uploads(members: list, listed: set[str]) -> tuple[list, list, int]:
    """WordPress: (uploads read, files not the site's, uploads past the cap). The site's are
    what the export's media library names (and WordPress's resized copies of them), then the
    year/month folders of uploads/ (of the exported site only, on a multisite). A photo
    elsewhere (a theme's screenshot in a backup folder, a page builder's thumbnails, a
    passport scan in the Downloads folder holding the export, another site of a multisite)
    is none of the site's: said, not read as published by the writer."""
    own_sites = {key.split("/")[1] for key in listed if key.startswith("sites/")}
    named: list = []
    by_folder: list = []
    others: list = []
    names = {m.name.lower() for m in members}
    for member in members:
        part = _UPLOADS_PART.search(member.name)
        key = part.group(1).lower() if part else ""
        if key and (key in listed or _RESIZED_COPY.sub("", key) in listed):
            named.append(member)
            continue
        upload = _SITE_UPLOAD.search(member.name)
        if upload is None or (upload.group(2) is not None and upload.group(2) not in own_sites):
            others.append(member)
            continue
        original = _RESIZED_COPY.sub("", member.name.lower())
        if original != member.name.lower() and original in names:
            continue  # WordPress's resized copy of an upload read: made from it, not checked apart
        by_folder.append(member)
    read = named + by_folder
    limit = max(MAX_UPLOADS_READ, min(len(named), MAX_NAMED_UPLOADS_READ))
    return read[:limit], others, max(0, len(read) - limit)


def _files_beside(reader: Reader, tree: Tree, result: SourceResult) -> None:
    """Read (WordPress: the site's uploads) or say (X, Mastodon, Reddit, and what is not a
    WordPress site's upload) the photos and documents of a folder, zip or tar that its export
    reader did not read: never silently ignored. Said by count at the input, never by name:
    the tool did not read them, so no finding marks their words for ``--redact``."""
    if reader.name not in EXPORT_READERS or isinstance(tree, FileTree):
        return
    from nymaudit.sources.blog import SKIP_DIRS
    from nymaudit.sources.common import make_attachment
    from nymaudit.sources.references import ATTACHMENT_EXTENSIONS, skipped_by

    read = {a.path for a in result.attachments}
    skipped = skipped_by(SKIP_DIRS)
    own_folders = _ARCHIVE_OWN_FOLDERS.get(reader.name, frozenset())
    own_files = _ARCHIVE_OWN_FILES.get(reader.name, frozenset())
    beside = []
    for member in tree.members():
        parts = member.name.split("/")
        if (extension(member.name) not in ATTACHMENT_EXTENSIONS or member.name in read
                or skipped(member.name) or any(p in own_folders for p in parts[:-1])
                or parts[-1].rpartition(".")[0].lower() in own_files):
            continue
        beside.append(member)
    if not beside:
        return
    give = "give them, or their folder, as a PATH of their own"
    if reader.name in READS_FILES_BESIDE:
        uploads, beside, past_cap = _site_uploads(beside, result.site_uploads)
        for member in uploads:
            result.attachments.append(make_attachment(tree, member, post_id=None, platform_copy=False))
        if past_cap:
            result.error("", f"{past_cap} more of the site's uploads were not checked: only the first "
                             f"{len(uploads)} are, those the export's media library "
                             f"names first; {give}")
        if beside:
            result.error("", f"{len(beside)} photo(s) or document(s) in this input beside the WordPress "
                             "export were not checked: they are none of the site's uploads (neither named "
                             "by the export's media library nor under wp-content/uploads/YEAR/MONTH); "
                             + give)
        return
    result.error("", f"{len(beside)} photo(s) or document(s) in this input beside the {reader.name} export "
                     f"were not checked: they are none of the export's own media; {give}")


# Where each export comes from, for an input of its format that held nothing to audit:
# exporting "Pages" or "Media" only, or the wrong account, is an easy mistake, and a
# report of "risk: NONE" is read as reassurance.
_EMPTY_HINTS = {
    "wordpress": "is it the whole site's export? WordPress: Tools > Export > All content",
    "reddit": "its comments and posts files hold no row: is it the export of the account that posted?",
    "twitter": "is it the account that posted? X: Settings > Your account > Download an archive",
    "mastodon": "is it the account that posted? Mastodon: Preferences > Import and export > Data export",
    "bluesky": "is it the account that posted? Bluesky: Settings > Account > Export my data",
    "git": "the repository has no commit on its current branch",
    "facebook": "is it the account that posted? Facebook: Settings > Download your information (format JSON)",
    "instagram": "is it the account that posted? Instagram: Accounts Center > Download your information "
                 "(format JSON)",
    "medium": "is it the account that wrote? Medium: Settings > Download your information",
    "substack": "is it the publication's export? Substack: Settings > Exports",
}


def say_empty(reader: Reader, result: SourceResult) -> None:
    """An export read without a problem that held no post, activity or file: said as an
    input error, so that a scan of it alone ends "nothing readable" (exit 2), never
    "overall risk: NONE / No findings", and one beside other inputs is listed (INPUT001)."""
    hint = _EMPTY_HINTS.get(reader.name)
    if hint is None or result.errors or result.suppressed_errors or result.activities or result.attachments:
        return
    # An account's profile (a Bluesky bio) is published text the detectors read (tenth session).
    if any(post.is_post or post.extra.get("profile") for post in result.posts):
        return
    result.error("", f"0 posts read from this {reader.name} input: nothing to audit ({hint})")


def _format_hint(tree: Tree) -> str | None:
    """Why a known export was not recognised, when that can be told (a Reddit CSV
    re-saved by a spreadsheet with ``;`` separators)."""
    try:
        from nymaudit.sources.reddit import separator_hint

        return separator_hint(tree)
    except Exception:  # noqa: BLE001 - a hint must never end the scan
        return None


def _note_unread_history(tree: Tree, summary: InputSummary) -> None:
    from nymaudit.sources.git import unread_history

    try:
        found = unread_history(tree)
    except Exception:  # noqa: BLE001 - a note must never end the scan
        return
    if found is not None:
        where, why = found
        summary.unread_history.append((tree.display(where), why))


def _export_hint(tree: Tree) -> str | None:
    """A platform's export nymaudit has no reader for (heuristics/exports.toml), or a CSV
    whose columns are not those of a CSV of posts: said, not "unknown format" alone."""
    from nymaudit.sources.exports import unknown_format_text
    from nymaudit.sources.generic import csv_columns_hint

    try:
        return unknown_format_text(tree) or csv_columns_hint(tree)
    except Exception:  # noqa: BLE001 - a hint must never end the scan
        return None


def _unlisted_export(reader: Reader, tree: Tree, result: SourceResult) -> None:
    from nymaudit.sources.exports import say_unlisted

    try:
        say_unlisted(reader.name, tree, result)
    except Exception as exc:  # noqa: BLE001 - the input was read; a note must never end the scan
        result.error("", f"could not tell whether this is a platform's export: {type(exc).__name__}")


# Archives are read only as inputs of their own: one inside a folder or another archive
# (a downloads folder holding the Mastodon tar.gz, a zip inside a tar) was skipped without a
# word. A .docx or .odt is a zip too, but is read as a document: not listed here.
_ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".7z", ".rar")
MAX_NESTED_SAID = 5


def _nested_archives(tree: Tree) -> list[str]:
    if isinstance(tree, FileTree):
        return []
    return [m.name for m in tree.members() if m.name.lower().endswith(_ARCHIVE_SUFFIXES)]


def _nested_text(tree: Tree, name: str | None = None) -> str:
    """What to do with an archive inside ``tree``; named only where no location shows it."""
    how = "give it" if isinstance(tree, FolderTree) else "extract it and give it"
    what = f"holds an archive ({name.rpartition('/')[2]}), which is" if name else "an archive,"
    return f"{what} not read inside another input: {how} as an input of its own"


def _duplicate_members(tree: Tree, result: SourceResult) -> None:
    """A zip or tar holding several members of one name: the last is read under the name
    (what `unzip -o` and `tar x` leave on disk), and each earlier copy of a photo or
    document is checked as an attachment of its own (``name [copy 1 of 2]``), so a second
    copy cannot hide a GPS photo. An earlier copy of anything else (a post file, tweets.js)
    is not read; the input error names it. Which earlier copies are checked: tree.copies_checked,
    as in `nymaudit meta`. Each is read as any attachment is (a large video without its frames)."""
    from nymaudit.sources.references import ATTACHMENT_EXTENSIONS

    try:
        duplicates = tree.duplicates()
    except Exception:  # noqa: BLE001 - a listing already made; never end the scan here
        return
    for name, sizes in sorted(duplicates.items()):
        count = len(sizes)
        earlier = list(range(1, count))
        kept = next((a for a in result.attachments if a.path == name), None)
        checked = copies_checked(count) if extension(name) in ATTACHMENT_EXTENSIONS else []
        for number in checked:
            result.attachments.append(Attachment(
                path=f"{name}#copy-{number}-of-{count}",
                input_path=tree.label,
                media_type=media_type_for(name),
                size=sizes[number - 1],
                post_id=None,
                loader=(lambda member=name, n=number: tree.read_copy(member, n)),  # type: ignore[misc]
                platform_copy=kept.platform_copy if kept is not None else False,
                shown_as=f"{tree.display(name)} [copy {number} of {count}]",
            ))
        said = f"{count} members of this name: the last was read as the file (the one `unzip -o` " \
               "and `tar x` leave on disk)"
        if checked:
            said += f"; {_copies_text(checked, count)} checked as a file of its own"
        picked = set(checked)
        unread = [number for number in earlier if number not in picked]
        if unread:
            said += f"; {_copies_text(unread, count)} not read: extract the copies apart to check them"
        result.error(name, said)


def _copies_text(numbers: list[int], count: int) -> str:
    if len(numbers) == 1:
        return f"copy {numbers[0]} of {count} was"
    runs = [str(a) if a == b else f"{a} to {b}" for a, b in copy_runs(numbers)]
    listed = runs[0] if len(runs) == 1 else ", ".join(runs[:-1]) + " and " + runs[-1]
    return f"copies {listed} of {count} were each"


def cp1252_note(result: SourceResult) -> tuple[str, str, str]:
    """INPUT008's note for the files read as Windows-1252 (tree.LegacyText): their text was
    read, so not an input error; said, because a file in another legacy code page would have
    read as wrong accented letters, and a watched term written with them is not found."""
    names = result.read_as_cp1252
    where = result.tree.display(names[0] if len(names) == 1 else "")
    shown = ", ".join(name or result.tree.display(name) for name in names[:5])
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return (where, f"{READ_AS_CP1252}: {len(names)} file(s) not saved as UTF-8 were read as Windows-1252 "
                   f"(Notepad's ANSI, Word's Western European): {shown}{more}. Their curly quotes, "
                   "dashes and accented letters were read so; a file in another code page (Cyrillic, Greek, "
                   "Central European) would show wrong letters",
            f"{len(names)} files")


def _say_not_followed(tree: Tree, result: SourceResult) -> None:
    """One note for the links and special files a folder walk left alone (never followed: a
    link can point at ~/.ssh, a pipe can hang the read): what they are, so a linked assets/
    is not taken as checked. A note (INPUT008, info), not an input error: `check` of a
    folder with links passed before, and a link is not damage (review rev12c 1)."""
    left: list[tuple[str, str]] = getattr(tree, "not_followed", [])
    if not left:
        return
    total = max(len(left), getattr(tree, "skipped_specials", 0))
    shown = ", ".join(f"{name}{'/' if kind == 'folder' else ''}"
                      + ("" if kind in ("link", "folder") else f" ({kind})") for name, kind in left[:5])
    more = f" and {total - 5} more" if total > 5 else ""
    folders = sum(1 for _, kind in left if kind == "folder")
    what = ("their folders' files were not checked" if folders else "what they point to was not checked")
    result.notes.append(("", f"not followed: {total} symbolic link(s) out of the input or special "
                             f"file(s): {shown}{more}; {what}",
                         f"{total} links"))


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
        nested = _nested_archives(tree)
        stopped = [problem for member, problem in tree.problems if not member]
        if reader is None:
            if tree.unreadable:
                # Say why (encrypted, unsupported compression, bad CRC) rather than
                # only "unknown format": the format may be fine.
                name, reason = next(iter(tree.unreadable.items()))
                more = len(tree.unreadable) - 1
                also = f" (and {more} more unreadable member(s))" if more else ""
                result.error("", f"no supported format could be read: {name}: {reason}{also}")
            elif stopped:
                # A truncated, corrupt or bomb tar: why its listing stopped, not "unknown format".
                result.error("", f"no supported format could be read: {stopped[0]}")
            elif nested:
                # A downloads folder holding the archive: say where the posts are.
                export = _export_hint(tree) if nested[0].rpartition("/")[2].lower() == "posts.zip" else None
                what = f"{export.partition(':')[0]}; it " if export else ""  # Tumblr's posts.zip inside
                result.error("", f"no supported format could be read: {what}{_nested_text(tree, nested[0])}")
                del nested[0]
            elif tree.problems and not tree.members():
                # Every member was refused (a NUL in a tar's pax path): say why, not "unknown format".
                member, problem = tree.problems[0]
                result.error("", f"no supported format could be read: every file in it was skipped "
                                 f"({tree.display(member)}: {problem})")
            elif (hint := _format_hint(tree) or _export_hint(tree)) is not None:
                result.error("", f"unknown format: {hint}")
            else:
                result.error("", "unknown format: no supported archive, export or post files found "
                                 "(see `nymaudit formats`)")
        else:
            run_reader(reader, tree, result)
            _attach_site_files(path, reader, tree, result)
            _attach_sidecars(path, reader, tree, result)
            _files_beside(reader, tree, result)
            _document_words(reader, result)
            _unlisted_export(reader, tree, result)
            say_empty(reader, result)
            _duplicate_members(tree, result)
        for member, problem in tree.problems:
            if reader is not None or member or problem != stopped[0]:
                result.error(member, problem)
        if reader is None or reader.name != "git":
            _say_not_followed(tree, result)
        reported = {e.path for e in result.errors}
        for member, reason in tree.unreadable.items():
            if tree.display(member) not in reported:
                result.error(member, reason)
        for problem in problems:
            result.error("", problem)
        for name in nested[:MAX_NESTED_SAID]:
            result.error(name, _nested_text(tree))
        if len(nested) > MAX_NESTED_SAID:
            result.error("", f"{len(nested) - MAX_NESTED_SAID} more archives inside it were not read")
        summarise(shown, reader.name if reader else "unknown", result, corpus)
        companion = _git_companion(reader, tree)
        if companion is not None:
            history = SourceResult(tree)
            history.own_urls = list(result.own_urls)  # the blog's repository: the same site
            run_reader(companion, tree, history)
            from nymaudit.sources.git import HEAD_FILES_NOT_READ

            # The blog reader has read the site's files; the git note on them does not apply.
            history.notes = [n for n in history.notes if not n[1].startswith(HEAD_FILES_NOT_READ)]
            # HEAD's photos the blog reader already read from the working tree: checked once.
            read = {a.path for a in result.attachments}
            history.attachments = [a for a in history.attachments if a.path.removeprefix("HEAD:") not in read]
            # The commits that published the blog's posts are no further posts (walk13 item 11: the
            # header said 134 posts for 37 posts, their 37 commits and 60 toots). Marked for the
            # report's total (BLOG_HISTORY); the .git input line still counts them, as a
            # repository given on its own does.
            for post in history.posts:
                if post.kind == "commit":
                    post.extra[BLOG_HISTORY] = True
            # Listed as its own input line so the post counts keep their meaning.
            summarise(tree.display(".git"), companion.name, history, corpus)
        elif reader is None or reader.name in HISTORY_READERS:
            _note_unread_history(tree, corpus.inputs[0])
        # Attachments read lazily later: keep the tree open for them (zip handles).
        if not result.attachments:
            tree.close()
    except Exception as exc:
        corpus.inputs.append(
            InputSummary(shown, "unknown", errors=[InputError(shown, f"cannot read: {exc!r}")])
        )
    return corpus


@dataclass
class _Seen:
    """Keys of the records already merged, to count each record once."""

    posts: set[tuple[str, str, datetime | None, str]] = field(default_factory=set)
    activities: set[tuple[str, datetime, str, str | None]] = field(default_factory=set)
    attachments: dict[tuple[str, str], Attachment] = field(default_factory=dict)


def _attachment_key(att: Attachment) -> tuple[str, str]:
    """Which file an attachment is: the real path of a file on disk (a folder's member
    or a single file), else the zip's real path and the member."""
    base = att.input_path
    try:
        if os.path.isdir(base):
            return os.path.realpath(os.path.join(base, att.path)), ""
        if os.path.basename(base) == att.path:  # a single file given on its own
            return os.path.realpath(base), ""
        beside = os.path.join(os.path.dirname(base), att.path)
        if att.shown_as == beside and "/" not in att.path and os.path.isfile(base):
            return os.path.realpath(beside), ""  # the sidecar beside it (attachment.attach_sidecars)
        return os.path.realpath(base), att.path
    except (OSError, ValueError):
        return base, att.path


def _drop_duplicate_attachments(part: Corpus, seen: _Seen) -> None:
    """Drop the attachments an earlier input already gave: the same file reached twice
    (``check draft.md photo.jpg`` where the draft embeds the photo; a folder given
    twice) would be checked twice and every finding listed twice. Only the very same
    file: two blogs' ``images/photo.jpg`` are two photos. The copy kept takes the
    post of the dropped one when it had none (the draft that embeds the photo)."""
    kept: list[Attachment] = []
    for att in part.attachments:
        key = _attachment_key(att)
        earlier = seen.attachments.get(key)
        if earlier is None:
            seen.attachments[key] = att
            kept.append(att)
        elif earlier.post_id is None and att.post_id is not None:
            earlier.post_id = att.post_id
    part.attachments = kept


def _drop_duplicates(part: Corpus, seen: _Seen) -> None:
    """Drop from ``part`` the records an earlier input already gave: the same input
    twice, or an archive next to its unpacked folder, doubled every count (60 posts
    from 30 passed the 50-post rule for a time-zone inference).

    A record is dropped only when it is the same record: same format, id, time and
    text. Anything less merges records that are not duplicates: WordPress post ids
    and blog file names start again on every site, and a scheduler posts the same
    text to X and Mastodon in the same second (each copy carries its own metadata).
    An attachment goes only with its dropped post. Records repeated within one input
    are left alone: the count contract counts them."""
    if not part.inputs:
        return
    main = part.inputs[0].format

    def key(post: Post) -> tuple[str, str, datetime | None, str]:
        return ("git" if post.kind == "commit" else main, post.id, post.timestamp, post.text)

    dropped = {id(p) for p in part.posts if key(p) in seen.posts}
    dropped_ids = {p.id for p in part.posts if id(p) in dropped}
    seen.posts.update(key(p) for p in part.posts)
    activities = [a for a in part.activities
                  if (main, a.timestamp, a.kind, a.origin.record) not in seen.activities]
    seen.activities.update((main, a.timestamp, a.kind, a.origin.record) for a in part.activities)
    # A blog's config records go with their site but are no posts: not counted as such.
    count = sum(1 for p in part.posts if id(p) in dropped and p.is_post)
    count += len(part.activities) - len(activities)
    if count or dropped:
        part.inputs[0].duplicates += count
        part.posts = [p for p in part.posts if id(p) not in dropped]
        part.attachments = [a for a in part.attachments if a.post_id not in dropped_ids]
        part.activities = activities


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
        _drop_duplicate_attachments(part, seen)
        corpus.extend(part)
    _tie_uploads(corpus)
    return corpus


# WordPress keeps media under wp-content/uploads/YYYY/MM/, and a post shows a resized copy
# ("walk-300x200.jpg") of the original it was given.
_UPLOAD = re.compile(r"(?:^|/)uploads/(\d{4}/\d{2}/[^/?#\s\"'<>]+)")
_RESIZED = re.compile(r"-\d{1,5}x\d{1,5}(?=\.[A-Za-z0-9]{2,5}$)")
MAX_UPLOAD_LINKS = 50_000


def _tie_uploads(corpus: Corpus) -> None:
    """An uploads folder given beside a WXR export (`scan site.xml wp-content/uploads`):
    each photo is tied to the post that shows it, so its findings name that post, as an
    X or Mastodon archive's media do. The WXR's attachment items (``attachment_urls``),
    a post's links and image sources (``urls``) and URLs in its text are read; the first
    post that shows a file keeps it."""
    def where(attachment: Attachment) -> str:  # the folder given may be wp-content/uploads itself
        return f"{attachment.input_path}/{attachment.path}".replace("\\", "/")

    loose = [a for a in corpus.attachments if a.post_id is None and "uploads/" in where(a)]
    if not loose:
        return
    shown: dict[str, str] = {}
    for post in corpus.posts:
        if not post.is_post:
            continue
        sources: list[str] = []
        for key in ("attachment_urls", "urls"):  # the WXR's attachment items; links and <img> sources
            urls = post.extra.get(key) if isinstance(post.extra, dict) else None
            sources += [u for u in urls if isinstance(u, str)] if isinstance(urls, list) else []
        if "uploads/" in post.text:
            sources.append(post.text)
        for source in sources:
            for match in _UPLOAD.finditer(source):
                for key in {match.group(1), _RESIZED.sub("", match.group(1))}:
                    shown.setdefault(key.lower(), post.id)
            if len(shown) >= MAX_UPLOAD_LINKS:
                break
    for attachment in loose:
        match = _UPLOAD.search(where(attachment))
        if match:
            key = match.group(1).lower()
            attachment.post_id = shown.get(key) or shown.get(_RESIZED.sub("", key))

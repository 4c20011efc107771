"""Photos, PDFs and office documents without posts, and the images a single draft
embeds.

- The ``attachment`` reader: a photo, PDF or document given on its own (``scan
  photo.jpg``, ``check assets/img/balcony.jpg`` in a CI diff), or a folder or zip
  holding such files and no posts, is an input of attachments: the metadata
  detector reads them as it reads a blog's images.
- ``attach_site_files``: a post file given on its own (``check _drafts/new.md``)
  gets the files it embeds from its site (the nearest folder above it holding a
  Jekyll or Hugo configuration or ``.git``), read-only, never above that folder,
  never through a link, never from a URL.
"""

from __future__ import annotations

import os
import posixpath
import stat
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from nymaudit.metadata import SUPPORTED_FORMATS, sniff
from nymaudit.model import Attachment
from nymaudit.sources.base import SourceResult
from nymaudit.sources.blog import CONFIG_NAMES, SKIP_DIRS, split_front_matter
from nymaudit.sources.common import extension, make_attachment, media_type_for, sniff_head
from nymaudit.sources.references import (
    ATTACHMENT_EXTENSIONS,
    OFFICE_EXTENSIONS,
    collect_attachments,
    post_references,
    skipped_by,
    template_images,
)
from nymaudit.sources.tree import FileTree, FolderTree, InputProblem, Member, Tree

# A single file whose content (or, for a damaged file, name) says photo or document
# is certainly no post: above every text reader's score for a lone file (generic 10),
# below any platform archive's.
SINGLE_FILE_SCORE = 50
# A folder or zip of photos and nothing any other reader knows: the last resort.
FOLDER_SCORE = 5
SNIFF_LIMIT = 200
# A post given on its own: the files that may embed its images. Markdown/HTML like the
# blog's posts, plain text like the generic reader's.
POST_FILE_EXTENSIONS = frozenset(("md", "markdown", "mkd", "mdown", "html", "htm", "txt", "text"))
SITE_MARKERS = (*CONFIG_NAMES, ".git")
# Post folders that lie at a Jekyll (``_posts``, ``_drafts``) or Hugo (``content``) site's root.
POST_FOLDERS = ("_drafts", "_posts", "content")
MAX_POST_BYTES = 32 * 1024 * 1024
MAX_SITE_FILES = 500
MAX_SITE_DEPTH = 64


def _media_content(tree: Tree, name: str) -> bool:
    """Whether the member's first bytes are a format the metadata layer reads (an
    office file's head alone reads as a zip: its name decides between the two)."""
    # A Google Photos sidecar's keys follow its caption: its head is read as far as sniff looks.
    kind = sniff(sniff_head(tree, name, 64 * 1024 if extension(name) == "json" else 4096))
    return kind in SUPPORTED_FORMATS or (kind == "zip" and extension(name) in OFFICE_EXTENSIONS)


class AttachmentReader:
    name = "attachment"
    description = ("Photos, PDFs and office documents on their own (checked for metadata), with Google "
                   "Photos sidecars (Takeout's JSON beside each photo)")

    def sniff(self, tree: Tree) -> int:
        if isinstance(tree, FileTree):
            for member in tree.members():
                if _media_content(tree, member.name) or extension(member.name) in ATTACHMENT_EXTENSIONS:
                    return SINGLE_FILE_SCORE
            return 0
        from nymaudit.sources.references import SNIFFED_TRACK_EXTENSIONS

        skipped = skipped_by(SKIP_DIRS)
        looked = 0
        # NMEA .log and Garmin logbook .xml count when their content is a track (rev8b item 14).
        wanted = ATTACHMENT_EXTENSIONS | SNIFFED_TRACK_EXTENSIONS
        for member in tree.members():
            if extension(member.name) not in wanted or skipped(member.name):
                continue
            if _media_content(tree, member.name):
                return FOLDER_SCORE
            looked += 1
            if looked >= SNIFF_LIMIT:
                break
        return 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        from nymaudit.sources.doctext import add_document_texts

        if isinstance(tree, FileTree):
            # The file as it is (or will be) published: its own metadata, not a platform's copy.
            for member in tree.members():
                result.attachments.append(make_attachment(tree, member, post_id=None, platform_copy=False))
        else:
            collect_attachments(tree, result, SKIP_DIRS)
        # A document's words are the writer's too (walk13 item 1): read for the text detectors.
        add_document_texts(result)


READER = AttachmentReader()


# -- a draft's images in its site ---------------------------------------------------------


def site_root(post: Path) -> Path:
    """The nearest folder above ``post`` (made absolute, links not resolved) that
    holds a site configuration or ``.git``, or that holds the Jekyll or Hugo post
    folder (``_drafts/``, ``_posts/``, ``content/``) the post lies in: a site whose
    configuration is not in the folder (a draft copied out, a site without
    ``_config.yml``) still has its root there. The post's own folder when neither."""
    start = Path(os.path.abspath(post)).parent
    folder = start
    for _ in range(MAX_SITE_DEPTH):
        if any(os.path.lexists(folder / marker) for marker in SITE_MARKERS):
            return folder
        if folder.parent == folder:
            break
        if folder.name in POST_FOLDERS:
            return folder.parent
        folder = folder.parent
    return start


def _why_not_read(root: Path, post_name: str, target: str) -> str:
    """Why a file the post names was not checked: it climbs out of the site, passes
    through a link, is no regular file, or is not there."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(
        posixpath.dirname(post_name), target)
    normal = posixpath.normpath(path)
    if normal.startswith("..") or target.startswith("/.."):
        return "it lies above the site's folder, which is never read"
    current = root
    for part in normal.split("/"):
        current = current / part
        try:
            info = current.lstat()
        except (OSError, ValueError):
            return "no such file in the site"
        if stat.S_ISLNK(info.st_mode):
            return "it is reached through a symbolic link, which is never followed"
    return "it is not a regular file"


# Unread references listed by name in the error; the rest are counted.
LISTED_UNREAD = 5


def _file_size(root: Path, name: str) -> int | None:
    """The size of ``root/name`` when it is a regular file reached without passing
    through a link (a link could lead out of the site); None otherwise."""
    parts = name.split("/")
    if not name or any(part in ("", ".", "..") for part in parts):
        return None
    current = root
    info = None
    for part in parts:
        current = current / part
        try:
            info = current.lstat()
        except (OSError, ValueError):
            return None
        if stat.S_ISLNK(info.st_mode):
            return None
    return info.st_size if info is not None and stat.S_ISREG(info.st_mode) else None


# Entries of a photo's folder listed for its Google Photos sidecars. In a bigger folder the
# names Google gives them are looked up one by one instead (review rev10a item 6: the
# listing stopped at 20,000 entries, silently, and missed the sidecar past them).
MAX_FOLDER_ENTRIES = 20_000


def _sidecars_beside(root: Path, site: Tree, found: list[str], has: Callable[[str], bool],
                     problems: list[str] | None = None,
                     linked: list[tuple[str, str]] | None = None, list_folders: bool = True) -> list[str]:
    """The Google Photos sidecars (Takeout's JSON, paired by Google's naming rules:
    metadata/takeout.pair_sidecars) beside the photos a draft embeds: a Jekyll or Hugo site
    publishes every file of its folders, and a stripped photo's sidecar still holds its
    position. A .json named like one whose content is no sidecar is left out; one reached
    through a link is not read but said in ``problems`` (check fails closed, as for a
    linked photo: review rev10a item 5)."""
    from nymaudit.metadata.takeout import SNIFF_BYTES, looks_like_takeout, sidecar_candidates, sidecars_of

    beside: list[str] = []
    linked = [] if linked is None else linked  # (sidecar, photo): said in problems
    listed: dict[str, tuple[list[str], bool]] = {}  # folder: its .json names, whether all were seen
    for name in found:
        if name.casefold().endswith(".json"):
            continue
        folder, _, photo = name.rpartition("/")
        place = root / folder if folder else root
        if folder not in listed and not list_folders:
            listed[folder] = ([], False)  # Google's names looked up one by one (below)
        if folder not in listed:
            names: list[str] = []
            whole = False
            try:
                with os.scandir(place) as entries:
                    seen = 0
                    for entry in islice(entries, MAX_FOLDER_ENTRIES + 1):
                        seen += 1
                        if entry.name.casefold().endswith(".json"):
                            names.append(entry.name)
                    whole = seen <= MAX_FOLDER_ENTRIES
            except OSError:
                pass
            listed[folder] = (names, whole)
        names, whole = listed[folder]
        if not whole:  # a folder too big to list: Google's names, in the photo's case
            names = [*names, *(c for c in sidecar_candidates(photo) if os.path.lexists(place / c))]
        for sidecar in sidecars_of(photo, sorted(set(names))):
            member = posixpath.join(folder, sidecar) if folder else sidecar
            if member in found or member in beside or any(member == m for m, _ in linked):
                continue
            if os.path.islink(place / sidecar):
                linked.append((member, name))  # its content is not read: said, never followed
                continue
            # No link on the way (as for the photo) before its head is read; counted once kept.
            if (_file_size(root, member) is not None
                    and looks_like_takeout(sniff_head(site, member, SNIFF_BYTES)) and has(member)):
                beside.append(member)
    if problems is not None:
        for member, name in linked:
            problems.append(f"publishes {member} beside {name} (named as its Google Photos sidecar), which "
                            "was not checked: it is a symbolic link, which is never followed")
    return beside


def sidecars_beside_file(path: Path) -> tuple[FolderTree, list[Member], list[tuple[str, str]]]:
    """The Google Photos sidecars beside a photo or video given on its own (eleventh session):
    (its folder as a tree, labelled as the path names it; the sidecars as members; (where,
    why) of a sidecar reached through a link, not read but said). Google's naming rules and the same
    safety as for a draft's photos (`_sidecars_beside`: no link followed, content sniffed);
    shared by `scan`/`check` (``attach_sidecars``) and `meta`."""
    shown = str(path.parent) if str(path.parent) != "." else ""
    folder = Path(os.path.abspath(path)).parent
    beside = FolderTree(folder, label=shown or ".")
    given = path.name
    if not given or given.casefold().endswith(".json"):
        return beside, [], []
    sizes: dict[str, int] = {}

    def has(name: str) -> bool:
        size = _file_size(folder, name)
        if size is None:
            return False
        sizes[name] = size
        return True

    linked: list[tuple[str, str]] = []
    # Google's names looked up one by one, not the folder listed and paired: `check *.jpg` of a
    # Takeout year (2,000 photos, 2,000 sidecars) would pair every sidecar for every photo.
    found = _sidecars_beside(folder, beside, [given], has, linked=linked, list_folders=False)
    problems = [(beside.display(name), f"named as the Google Photos sidecar of {given}, not checked: it is a "
                 "symbolic link, which is never followed") for name, _ in linked]
    return beside, [Member(name, sizes[name]) for name in found], problems


def attach_sidecars(path: Path, result: SourceResult) -> None:
    """A photo or video given on its own (``scan IMG_1234.jpg``, ``check assets/img/x.jpg``)
    with the Google Photos sidecar beside it, read as its folder's scan reads it, under its
    path beside the photo's: a stripped photo whose sidecar holds the position no longer
    passes. A linked sidecar is an input error (`check` fails closed on it)."""
    beside, found, problems = sidecars_beside_file(path)
    for where, why in problems:
        result.error(path.name, f"{where} beside it is {why}")
    if not found:
        return
    result.extra_root = beside.label
    label = str(path)  # the photo's input (its tree's label)
    for member in found:
        name = member.name
        result.attachments.append(Attachment(
            # The photo's input and folder: its findings name the photo, and one position both
            # hold is one finding (metadata.attachments.relate_sidecars).
            path=name, input_path=label, media_type=media_type_for(name), size=member.size, post_id=None,
            loader=beside.loader(name), platform_copy=False, shown_as=beside.display(name)))


def single_post(tree: Tree, result: SourceResult) -> tuple[Member, list[Any], Any] | None:
    """(member, its posts, its front matter) when ``tree`` is one post file given on its own
    (``check _drafts/new.md``, or its staged blob); None otherwise or when it cannot be read
    (the reader has already said why). Shared with staged.py."""
    members = tree.members()
    if len(members) != 1 or extension(members[0].name) not in POST_FILE_EXTENSIONS:
        return None
    member = members[0]
    posts = [p for p in result.posts if p.id == member.name]
    if not posts:
        return None
    try:
        text, _warning = tree.read_text(member.name, MAX_POST_BYTES)
    except (InputProblem, OSError, ValueError, MemoryError):
        return None
    return member, posts, split_front_matter(text)


def say_unread(problems: list[str], cut: set[str], unresolved: list[str], why: Callable[[str], str],
               fm: Any) -> None:
    """The files a post will publish that this check did not read, said (check fails closed
    on them), never dropped: over the cap, unresolved (``why`` says why), or named by a
    template expression. Shared with staged.py."""
    if cut:
        problems.append(f"embeds more than {MAX_SITE_FILES} files of its site; {len(cut)} not checked")
    unread = [(target, why(target)) for target in unresolved
              if not cut or posixpath.normpath(target.lstrip("/")) not in cut]
    unread += [(expression, "it is named by a template expression, which this check does not evaluate")
               for expression in template_images(fm.body, fm.data)]
    for target, reason in unread[:LISTED_UNREAD]:
        problems.append(f"embeds {target}, which was not checked: {reason}")
    if len(unread) > LISTED_UNREAD:
        problems.append(f"embeds {len(unread) - LISTED_UNREAD} more files that were not checked")


def attach_site_files(path: Path, tree: Tree, result: SourceResult) -> None:
    """Attach to the single post of ``tree`` (a post file given on its own) the files
    it embeds that exist in its site: ``check _drafts/new.md`` then checks the photo
    the draft will publish, as the scan of the whole site would."""
    single = single_post(tree, result)
    if single is None:
        return
    member, posts, fm = single
    root = site_root(path)
    draft = Path(os.path.abspath(path))
    try:
        post_name = draft.relative_to(root).as_posix()
    except ValueError:
        return
    sizes: dict[str, int] = {}
    cut: set[str] = set()

    def has(name: str) -> bool:
        if name in sizes:
            return True
        size = _file_size(root, name)
        if size is None:
            return False
        if len(sizes) >= MAX_SITE_FILES:
            cut.add(name)  # a file it embeds, not checked: said below (check fails closed)
            return False
        sizes[name] = size
        return True

    problems: list[str] = []
    unresolved: list[str] = []
    found = post_references(fm.body, fm.data, post_name, "", has, problems, unresolved)
    # The site publishes the Google Photos sidecar beside a photo with it (tenth session).
    found += _sidecars_beside(root, FolderTree(root), found, has, problems)
    # A `..` above the site folder, a link, a missing file: said, never dropped.
    say_unread(problems, cut, unresolved, lambda target: _why_not_read(root, post_name, target), fm)
    shown_errors = {(e.path, e.error) for e in result.errors}
    for problem in problems:
        if (tree.display(member.name), problem) not in shown_errors:  # the reader may have said it
            result.error(member.name, problem)
    if not found:
        return
    shown = str(root) if path.is_absolute() else os.path.relpath(root)
    result.extra_root = shown
    site = FolderTree(root, label=shown)
    post = posts[0]
    embedded = [make_attachment(site, Member(name, sizes[name]), post_id=post.id, platform_copy=False)
                for name in found]
    result.attachments.extend(embedded)
    post.attachments = [*post.attachments, *(posixpath.normpath(n) for n in found)]
    # A PDF or Word file the draft links is published with it: its words are read too.
    from nymaudit.sources.doctext import add_document_texts

    add_document_texts(result, embedded)

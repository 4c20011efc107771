"""`nymaudit check --staged`: what the next commit holds, read from git's index.

A pre-commit hook that runs `check` on the working tree checks one text while the
commit publishes another: stage a draft with an e-mail address, clean the file on
disk, commit, and the address is published (walkthrough 10, item 3). ``--staged``
reads the staged blobs instead, through git plumbing only (``git rev-parse``,
``git ls-files --stage``, ``git diff --cached --name-only``, ``git cat-file
--batch``), in memory: nothing is written to disk and the working tree is never read.

The files are the staged ones (added, copied, modified, renamed or changed in type)
or, when FILEs are given, those paths as the index holds them. Each is read as
`check FILE` reads a file (same readers, same report), named by its repository path;
the images and documents a staged draft embeds are read from the index too.

git runs as the repository reader runs it (sources/git.py): no pager, no hooks, no
fsmonitor, no external diff or text conversion, no system or user-wide config, never
a fetch, a time limit, caps on what it prints. Unlike that reader it keeps the
variables git sets for a hook (``GIT_DIR``, ``GIT_INDEX_FILE``, ...): `git commit -a`
and `git commit PATH` give the hook a temporary index, which is what they commit.
"""

from __future__ import annotations

import errno
import io
import os
import posixpath
import shutil
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from nymaudit.model import Attachment, Corpus, InputError, InputSummary

TIMEOUT_SECONDS = 60
# What one staged file may be, and all of them together: the blobs are held in memory
# while they are checked (a file larger is not read, and the gate fails closed on it).
MAX_BLOB_BYTES = 256 << 20
MAX_STAGED_BYTES = 1 << 30
MAX_LIST_BYTES = 64 << 20
# Variables git sets for a hook, or a user sets, that say which repository and index:
# kept (made absolute), every other GIT_* variable is dropped.
_KEEP = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
         "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM")
_PATH_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY")
REGULAR_MODES = ("100644", "100755")
LINK_MODE = "120000"
SUBMODULE_MODE = "160000"
# The staged changes a commit publishes: added, copied, modified, renamed, and changed
# in type (a link replaced by a file holding the text).
DIFF_FILTER = "ACMRT"
STAGED_LINK_ERROR = ("a symbolic link (as staged); check does not follow links, and the commit "
                     "publishes the path it points to")
UNMERGED_ERROR = "unmerged (a merge conflict is not resolved); not checked"


class StagedProblem(Exception):
    """Why the index cannot be read at all: one line, exit 2 (the gate fails closed)."""


@dataclass(frozen=True)
class Entry:
    mode: str
    sha: str
    path: str


def _git_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("GIT_") and key not in ("PAGER",)}
    for key in _KEEP:
        value = os.environ.get(key)
        if value:
            # git runs with -C the top folder: a relative GIT_INDEX_FILE would move with it.
            env[key] = os.path.abspath(value) if key in _PATH_VARIABLES else value
    env.update({
        "GIT_OPTIONAL_LOCKS": "0",  # not even the index is refreshed
        "GIT_PAGER": "cat",
        "PAGER": "cat",
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "LC_ALL": "C",
        "GIT_ALLOW_PROTOCOL": "none",
        "GIT_NO_LAZY_FETCH": "1",  # a partial clone's missing blob is an error, never a fetch
        "GIT_NO_REPLACE_OBJECTS": "1",
    })
    return env


# Settings a repository's own config could use to run a program while these commands run.
_SAFE = ["-c", "core.fsmonitor=false", "-c", "core.pager=cat", "-c", "diff.external=",
         "-c", "core.hooksPath=" + os.devnull, "--no-pager"]


def _run(git: str, top: str | None, env: dict[str, str], args: list[str], what: str,
         stdin: bytes | None = None, limit: int = MAX_LIST_BYTES) -> bytes:
    command = [git, *(["-C", top] if top else []), *_SAFE, *args]
    try:
        done = subprocess.run(command, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                              capture_output=True, env=env, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise StagedProblem(f"git {what} took longer than {TIMEOUT_SECONDS} s") from exc
    except OSError as exc:
        raise StagedProblem(f"cannot run git: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        # git's own words ("fatal: not a git repository ..."), not a hint printed after them.
        reason = ([line for line in lines if line.startswith(("fatal:", "error:"))] or lines
                  or [f"exit code {done.returncode}"])[0]
        raise StagedProblem(f"git {what} failed: {reason[:200]}")
    if len(done.stdout) > limit:
        raise StagedProblem(f"git {what} printed more than {limit >> 20} MiB")
    return done.stdout


class Index:
    """The entries of git's index (stage 0; unmerged paths apart) and the blobs read."""

    def __init__(self, git: str, top: str, env: dict[str, str], entries: dict[str, Entry],
                 unmerged: set[str]) -> None:
        self.git, self.top, self.env = git, top, env
        self.entries = entries
        self.unmerged = unmerged
        self.folders = {posixpath.dirname(path) for path in entries}
        for folder in list(self.folders):
            while folder:
                folder = posixpath.dirname(folder)
                self.folders.add(folder)
        self.blobs: dict[str, bytes] = {}
        self.problems: dict[str, str] = {}  # path -> why its blob was not read

    def regular(self, path: str) -> bool:
        entry = self.entries.get(path)
        return entry is not None and entry.mode in REGULAR_MODES

    def load(self, paths: list[str]) -> None:
        """Read the blobs of ``paths`` (regular files of the index) into memory, within the caps."""
        wanted = [p for p in dict.fromkeys(paths) if p not in self.blobs and p not in self.problems
                  and self.regular(p)]
        if not wanted:
            return
        shas = "".join(f"{self.entries[p].sha}\n" for p in wanted).encode()
        sizes = _batch_sizes(_run(self.git, self.top, self.env, ["cat-file", "--batch-check"], "cat-file",
                                  stdin=shas), len(wanted))
        total = sum(len(b) for b in self.blobs.values())
        chosen = []
        for path, size in zip(wanted, sizes, strict=True):
            if size is None:
                self.problems[path] = "its staged content is missing from the repository; not read"
            elif size > MAX_BLOB_BYTES:
                self.problems[path] = f"larger than {MAX_BLOB_BYTES >> 20} MiB as staged; not read"
            elif total + size > MAX_STAGED_BYTES:
                self.problems[path] = (f"the staged files are larger than {MAX_STAGED_BYTES >> 30} GiB "
                                       "together; not read")
            else:
                chosen.append((path, size))
                total += size
        if not chosen:
            return
        out = _run(self.git, self.top, self.env, ["cat-file", "--batch"], "cat-file",
                   stdin="".join(f"{self.entries[p].sha}\n" for p, _ in chosen).encode(),
                   limit=total + 128 * len(chosen) + 4096)
        at = 0
        for path, size in chosen:
            end = out.find(b"\n", at)
            header = out[at:end].split() if end >= 0 else []
            if len(header) != 3 or header[1] != b"blob" or header[2] != str(size).encode():
                self.problems[path] = "git cat-file did not give its staged content; not read"
                break
            self.blobs[path] = out[end + 1:end + 1 + size]
            at = end + 1 + size + 1
        for path, _ in chosen:
            if path not in self.blobs:
                self.problems.setdefault(path, "git cat-file did not give its staged content; not read")


def _batch_sizes(out: bytes, count: int) -> list[int | None]:
    sizes: list[int | None] = []
    for line in out.splitlines()[:count]:
        parts = line.split()
        sizes.append(int(parts[2]) if len(parts) == 3 and parts[1] == b"blob" and parts[2].isdigit()
                     else None)
    return sizes + [None] * (count - len(sizes))


def open_index() -> Index:
    """The index of the repository the working folder is in. Raises StagedProblem when
    git is missing or there is no repository with a working tree here."""
    git = shutil.which("git")
    if git is None:
        raise StagedProblem("git is not installed, so the staged files cannot be read")
    env = _git_env()
    top = _run(git, None, env, ["rev-parse", "--show-toplevel"], "rev-parse").decode(
        "utf-8", "surrogateescape").strip()
    if not top:
        raise StagedProblem("not inside a git working tree (a bare repository has no index to check)")
    listing = _run(git, top, env, ["ls-files", "--stage", "-z", "--full-name"], "ls-files")
    entries: dict[str, Entry] = {}
    unmerged: set[str] = set()
    for item in listing.split(b"\0"):
        meta, tab, raw = item.partition(b"\t")
        fields = meta.split()
        if not tab or len(fields) != 3:
            continue
        path = raw.decode("utf-8", "surrogateescape")
        if fields[2] != b"0":
            unmerged.add(path)
            continue
        mode, sha = (field.decode("ascii", "replace") for field in fields[:2])
        entries[path] = Entry(mode, sha, path)
    return Index(git, top, env, entries, unmerged)


def staged_paths(index: Index) -> list[str]:
    """The paths the next commit adds or changes (``--diff-filter=ACMRT``); against an
    empty tree before the first commit (git diff --cached does that itself)."""
    out = _run(index.git, index.top, index.env, ["diff", "--cached", "--name-only", "-z", "--no-ext-diff",
                                                 "--no-textconv", f"--diff-filter={DIFF_FILTER}"], "diff")
    names = [raw.decode("utf-8", "surrogateescape") for raw in out.split(b"\0") if raw]
    return list(dict.fromkeys(names))


def _repo_path(index: Index, given: Path) -> str | None:
    """A FILE as a path of the repository (its folder resolved, the name itself not: a link
    named on the command line is the link the index holds); None outside the working tree."""
    absolute = os.path.abspath(given)
    folder, name = os.path.split(absolute)
    try:
        relative = os.path.relpath(os.path.join(os.path.realpath(folder), name), os.path.realpath(index.top))
    except ValueError:  # another drive (Windows)
        return None
    relative = relative.replace(os.sep, "/")
    if relative == ".":
        return ""
    if relative.startswith("../") or relative == "..":
        return None
    return relative


# -- the index as the blog reader's site-file rules see it --------------------------------


class _IndexPath(PurePosixPath):
    """A repository path whose file is its staged blob: what `check`'s site-file rules
    (sources.blog.site_file_kind, read_config_file) ask of a path (is_file, is_dir, stat,
    open) answered from the index. Its str() is the repository path, so reports name it;
    os.fspath() is refused, so nothing can fall back to the working tree's copy."""

    index: ClassVar[Index]

    def __fspath__(self) -> str:
        raise OSError(errno.EPERM, "a staged file is read from git's index, not from the disk", str(self))

    def _key(self) -> str:
        text = str(self)
        return "" if text == "." else text

    def is_file(self) -> bool:
        return self.index.regular(self._key())

    def is_dir(self) -> bool:
        return self._key() in self.index.folders

    def exists(self) -> bool:
        return self.is_file() or self.is_dir()

    def stat(self) -> os.stat_result:
        data = self.index.blobs.get(self._key())
        if data is None:
            raise FileNotFoundError(errno.ENOENT, "not read from git's index", str(self))
        return os.stat_result((stat.S_IFREG | 0o644, 0, 0, 1, 0, 0, len(data), 0, 0, 0))

    def lstat(self) -> os.stat_result:
        return self.stat()

    def open(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BytesIO:
        data = self.index.blobs.get(self._key())
        if mode != "rb" or data is None:
            raise PermissionError(errno.EPERM, "only a staged file read from git's index is opened",
                                  str(self))
        return io.BytesIO(data)


def _path_type(index: Index) -> type[_IndexPath]:
    return type("IndexPath", (_IndexPath,), {"index": index})


# -- reading ---------------------------------------------------------------------------------


class Staged(list[Path]):
    """What `check --staged` reads. As a list, where the files are in the working tree
    (what `check.run_check` compares `--history` with); ``read_index`` reads them from
    the index instead of the disk (run_check calls it in place of its own reading)."""

    def __init__(self, index: Index, paths: list[str], not_staged: list[Path] | None = None) -> None:
        super().__init__(Path(index.top, *p.split("/")) for p in paths)
        self.index = index
        self.paths = paths  # repository paths, as the report names them
        self.not_staged = not_staged or []  # FILEs given that the index does not hold

    @property
    def empty(self) -> bool:
        return not self.paths and not self.not_staged

    def read_index(self, zones: list[dict[str, Any]]) -> tuple[Corpus, list[Path], list[Path],
                                                                dict[str, str]]:
        """(corpus, where each file is in the working tree, FILEs not in the index, {path:
        kind} skipped as no draft): what `check.run_check` reads itself for FILEs."""
        from nymaudit.cli import UsageProblem

        try:
            return read_staged(self, zones)
        except StagedProblem as exc:  # git failed reading the blobs: one line, exit 2
            raise UsageProblem(f"--staged: {exc}") from None


def select(files: list[Path]) -> Staged:
    """The repository paths to check: the staged changes, or the FILEs given (a folder
    given stands for the index's files under it)."""
    index = open_index()
    if not files:
        return Staged(index, [p for p in staged_paths(index) if p in index.entries or p in index.unmerged])
    chosen: list[str] = []
    missing: list[Path] = []
    for given in files:
        path = _repo_path(index, given)
        if path is None:
            missing.append(given)
            continue
        if path in index.entries or path in index.unmerged:
            chosen.append(path)
            continue
        under = sorted(p for p in (*index.entries, *index.unmerged) if not path or p.startswith(path + "/"))
        if under:
            chosen.extend(under)
        else:
            missing.append(given)
    return Staged(index, list(dict.fromkeys(chosen)), missing)


def read_staged(staged: Staged, zones: list[dict[str, Any]]) -> tuple[Corpus, list[Path], list[Path],
                                                                       dict[str, str]]:
    from nymaudit.check import not_a_draft, read_plain_text, unknown_format
    from nymaudit.sources.tree import FileTree

    index = staged.index
    ipath = _path_type(index)
    index.load([p for p in staged.paths if index.regular(p)])
    corpus = Corpus()
    skipped: dict[str, str] = {}
    present = list(staged)
    for path in staged.paths:
        entry = index.entries.get(path)
        why = None
        if path in index.unmerged:
            why = UNMERGED_ERROR
        elif entry is not None and entry.mode == LINK_MODE:
            why = STAGED_LINK_ERROR
        elif entry is not None and entry.mode == SUBMODULE_MODE:
            skipped[path] = "submodule"  # another repository's commit: no text of this one
            corpus.inputs.append(InputSummary(path, "skipped"))
            continue
        elif path in index.problems:
            why = index.problems[path]
        if why is not None:
            corpus.inputs.append(InputSummary(path, "unknown", errors=[InputError(path, why)]))
            continue
        part = _read_one(ipath(path), index, zones)
        summary = part.inputs[0]
        kind = not_a_draft(path)
        if kind and unknown_format(summary):
            summary.format = "skipped"
            summary.errors = []
            skipped[path] = kind
        elif unknown_format(summary):
            # Plain text of a type no reader knows (NOTES, a .rst draft): read as a .txt is.
            part = read_plain_text(FileTree(ipath(path)), path) or part
        corpus.extend(part)
    _tie_to_posts(corpus)
    return corpus, present, list(staged.not_staged), skipped


def _read_one(path: _IndexPath, index: Index, zones: list[dict[str, Any]]) -> Corpus:
    """One staged file, as `check FILE` reads a file (sources.detect.read_input on a
    single file, then check._read_site_configs), from its blob."""
    from nymaudit.sources.base import SourceResult
    from nymaudit.sources.blog import read_config_file, site_file_kind
    from nymaudit.sources.detect import choose_reader, run_reader, say_empty, summarise
    from nymaudit.sources.tree import FileTree

    name = str(path)
    corpus = Corpus()
    tree = FileTree(path)  # reads through path.open / path.stat: the blob, in memory
    result = SourceResult(tree)
    try:
        reader, problems = choose_reader(tree)
        if reader is None:
            result.error("", "unknown format: no supported post, photo or document (see `nymaudit formats`)")
        else:
            run_reader(reader, tree, result)
            if reader.name in ("blog", "generic") and result.posts:
                try:
                    _attach_from_index(path, tree, index, result)
                except Exception as exc:  # noqa: BLE001 - the draft was read; say what was not
                    result.error("", f"the files this post embeds could not be looked up: {exc!r}")
            if reader.name == "attachment" and result.attachments:
                try:
                    _sidecars_of_staged_file(name, index, result)
                except Exception as exc:  # noqa: BLE001 - the photo was read; say what was not
                    result.error("", f"the Google Photos sidecar beside this file could not be looked up: "
                                     f"{exc!r}")
            say_empty(reader, result)
        for member, problem in tree.problems:
            result.error(member, problem)
        for problem in problems:
            result.error("", problem)
        summarise(name, reader.name if reader else "unknown", result, corpus)
        # check._read_site_configs: a site's configuration and identity files, as published.
        summary = corpus.inputs[0]
        kind = site_file_kind(path)  # type: ignore[arg-type] - answered from the index
        if kind is not None and summary.format == ("blog" if kind == "author" else "unknown"):
            config = read_config_file(path, zones)  # type: ignore[arg-type]
            if kind != "author":
                summary.format = "blog"
                summary.errors = list(config.errors)
            corpus.posts.extend(config.posts)
    except Exception as exc:  # noqa: BLE001 - never a traceback: the gate fails closed on it
        error = InputError(name, f"cannot read: {exc!r}")
        return Corpus(inputs=[InputSummary(name, "unknown", errors=[error])])
    return corpus


def _site_root(index: Index, path: str) -> str:
    """sources.attachment.site_root in the index: the nearest folder above the draft that
    holds a site configuration (the repository's top holds .git), or that holds the
    `_drafts/`, `_posts/` or `content/` folder the draft lies in. As a prefix ("" or "blog/")."""
    from nymaudit.sources.attachment import POST_FOLDERS
    from nymaudit.sources.blog import CONFIG_NAMES

    folder = posixpath.dirname(path)
    while folder:
        if any(posixpath.join(folder, marker) in index.entries for marker in CONFIG_NAMES):
            return folder + "/"
        if posixpath.basename(folder) in POST_FOLDERS:
            parent = posixpath.dirname(folder)
            return parent + "/" if parent else ""
        folder = posixpath.dirname(folder)
    return ""


def _why_not_staged(index: Index, root: str, post_name: str, target: str) -> str:
    """sources.attachment._why_not_read in the index: why a file the draft names was not
    checked (above the site, a link, not in the index)."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(posixpath.dirname(post_name),
                                                                             target)
    normal = posixpath.normpath(path)
    if normal.startswith("..") or target.startswith("/.."):
        return "it lies above the site's folder, which is never read"
    entry = index.entries.get(root + normal)
    if entry is not None and entry.mode == LINK_MODE:
        return "it is staged as a symbolic link, which is never followed"
    steps = normal.split("/")
    for count in range(1, len(steps)):
        above = index.entries.get(root + "/".join(steps[:count]))
        if above is not None and above.mode == LINK_MODE:
            return "it is reached through a symbolic link, which is never followed"
    if entry is not None:
        return "it is not a regular file"
    return "it is not in git's index (not added yet: `git add` it, or remove the reference)"


def _attach_from_index(path: _IndexPath, tree: Any, index: Index, result: Any) -> None:
    """sources.attachment.attach_site_files, with the draft's site in the index: the
    images and documents it embeds are read as staged (or as committed, when unchanged),
    never from the working tree."""
    from nymaudit.sources.attachment import MAX_SITE_FILES, say_unread, single_post
    from nymaudit.sources.common import media_type_for
    from nymaudit.sources.references import post_references

    single = single_post(tree, result)
    if single is None:
        return
    member, posts, fm = single
    repo_path = str(path)
    root = _site_root(index, repo_path)
    post_name = repo_path[len(root):]
    cut: set[str] = set()
    found_names: list[str] = []

    def has(name: str) -> bool:
        if name in found_names:
            return True
        if not index.regular(root + name):
            return False
        if len(found_names) >= MAX_SITE_FILES:
            cut.add(name)
            return False
        found_names.append(name)
        return True

    problems: list[str] = []
    unresolved: list[str] = []
    found = post_references(fm.body, fm.data, post_name, "", has, problems, unresolved)
    found += _sidecars_in_index(index, root, found, has, problems)
    say_unread(problems, cut, unresolved, lambda target: _why_not_staged(index, root, post_name, target), fm)
    for problem in problems:
        result.error(member.name, problem)
    if not found:
        return
    index.load([root + name for name in found])
    post = posts[0]
    label = root.rstrip("/") or "."
    result.extra_root = label
    embedded: list[Attachment] = []
    for name in found:
        full = root + name
        data = index.blobs.get(full)
        if data is None:
            result.error(member.name, f"embeds {name}, which was not checked: "
                                      f"{index.problems.get(full, 'its staged content was not read')}")
            continue
        embedded.append(Attachment(
            path=name, input_path=label, media_type=media_type_for(name), size=len(data),
            post_id=post.id, loader=_constant(data), platform_copy=False, shown_as=full))
    result.attachments.extend(embedded)
    post.attachments = [*post.attachments, *(posixpath.normpath(n) for n in found)]
    # A PDF or Word file the draft links is published with it: its words are read too, as
    # attach_site_files does on disk. Without this a staged draft's linked .docx went unread,
    # and a scanned PDF's missing text layer gave no INPUT001 (bas15: the gate failed open).
    from nymaudit.sources.doctext import add_document_texts

    add_document_texts(result, embedded)


def _sidecars_in_index(index: Index, root: str, found: list[str], has: Callable[[str], bool],
                       problems: list[str] | None = None, list_folders: bool = True) -> list[str]:
    """sources.attachment._sidecars_beside in the index: the Google Photos sidecars
    (Takeout's JSON, by Google's naming rules) beside the photos a draft embeds, which the
    site publishes with them. A .json named like one whose content is no sidecar is left out;
    one staged as a link is not read but said in ``problems`` (eleventh session: as on disk)."""
    from nymaudit.metadata.takeout import SNIFF_BYTES, looks_like_takeout, sidecar_candidates, sidecars_of

    beside: list[str] = []
    listed: dict[str, list[str]] = {}
    for name in found:
        if name.casefold().endswith(".json"):
            continue
        folder, _, photo = name.rpartition("/")
        prefix = root + (folder + "/" if folder else "")
        if list_folders and prefix not in listed:
            listed[prefix] = [p[len(prefix):] for p in index.entries if p.startswith(prefix)
                              and "/" not in p[len(prefix):] and p.casefold().endswith(".json")]
        names = listed[prefix] if list_folders else [  # Google's names looked up one by one
            c for c in sidecar_candidates(photo) if prefix + c in index.entries]
        for sidecar in sidecars_of(photo, names):
            member = posixpath.join(folder, sidecar) if folder else sidecar
            entry = index.entries.get(root + member)
            if entry is not None and entry.mode == LINK_MODE and problems is not None:
                said = (f"publishes {member} beside {name} (named as its Google Photos sidecar), which was "
                        "not checked: it is staged as a symbolic link, which is never followed")
                if said not in problems:
                    problems.append(said)
                continue
            if member in found or member in beside or not index.regular(root + member):
                continue
            index.load([root + member])
            data = index.blobs.get(root + member)
            if data is None and problems is not None and root + member in index.problems:
                problems.append(f"publishes {member} beside {name} (named as its Google Photos sidecar), "
                                f"which was not checked: {index.problems[root + member]}")
            if data is not None and looks_like_takeout(data[:SNIFF_BYTES]) and has(member):
                beside.append(member)
    return beside


def _sidecars_of_staged_file(name: str, index: Index, result: Any) -> None:
    """sources.attachment.attach_sidecars in the index (eleventh session): a photo staged on
    its own (or given as a FILE) with the Google Photos sidecar git's index holds beside it,
    read as staged, in memory, never from the working tree; one staged as a link is said."""
    from nymaudit.sources.common import media_type_for

    folder, _, photo = name.rpartition("/")
    prefix = folder + "/" if folder else ""
    problems: list[str] = []
    # Not the folder listed and paired for each photo: a commit of a Takeout year's 2,000 photos.
    found = _sidecars_in_index(index, prefix, [photo], lambda _member: True, problems, list_folders=False)
    for problem in problems:
        result.error("", problem.replace("publishes ", "publishes " + prefix, 1).replace(
            f" beside {photo} ", f" beside {name} ", 1))
    for sidecar in found:
        data = index.blobs.get(prefix + sidecar)
        if data is None:
            continue  # read whole by _sidecars_in_index, or said there as too large
        result.attachments.append(Attachment(
            path=sidecar, input_path=name, media_type=media_type_for(sidecar), size=len(data), post_id=None,
            loader=_constant(data), platform_copy=False, shown_as=prefix + sidecar))


def _constant(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _tie_to_posts(corpus: Corpus) -> None:
    """Each file of the index is checked once (sources.detect._drop_duplicate_attachments
    on disk): one both staged on its own and embedded by a staged draft keeps the copy read
    as a FILE, which takes the draft's post; one that two drafts embed, the first."""
    own = {a.display: a for a in corpus.attachments if a.post_id is None}
    kept: list[Attachment] = []
    seen: set[str] = set()
    for attachment in corpus.attachments:
        key = attachment.display
        first = own.get(key)
        if first is not None and first is not attachment:
            first.post_id = first.post_id or attachment.post_id
            continue
        if key in seen:
            continue
        seen.add(key)
        kept.append(attachment)
    corpus.attachments = kept


# -- the identity and clock the next commit will carry (walk16 item 11) ----------------

# What of HEAD's history is read for the identities and offsets it already carries.
MAX_HISTORY_COMMITS = 100_000
_FIELD = "\x1f"


@dataclass(frozen=True)
class CommitIdentity:
    """One identity as `git var GIT_AUTHOR_IDENT` (or GIT_COMMITTER_IDENT) gives it."""

    role: str  # "author" or "committer"
    name: str
    email: str
    offset_minutes: int | None  # minutes east of UTC of the date it would carry

    @property
    def shown(self) -> str:
        return f"{self.name} <{self.email}>"


@dataclass
class HistoryIdentities:
    """The names, addresses and UTC offsets HEAD's history already carries (author or
    committer), with how many commits carry each; ``read`` False when there is no history (the
    first commit) or it could not be read."""

    names: dict[str, int]
    emails: dict[str, int]
    offsets: dict[int, int]
    commits: int = 0
    read: bool = False
    # Each commit's identities with the offset each carries ((name, address, minutes), casefolded,
    # author and committer), with how many commits carry just these: an offset is the pseudonym's
    # only on its own commits (rev16c item 2). Counted, not listed: most commits repeat a few.
    stamps: dict[frozenset[tuple[str, str, int]], int] = field(default_factory=dict)

    def offset_commits(self, minutes: int, names: set[str], emails: set[str]) -> int:
        """How many commits carry ``minutes`` under one of these names or addresses (casefolded):
        an upstream's history at +0100 says nothing about the offset of a fork's new committer."""
        names, emails = names - {""}, emails - {""}
        return sum(count for stamp, count in self.stamps.items()
                   if any(offset == minutes and (name in names or email in emails)
                          for name, email, offset in stamp))


def _var_env() -> dict[str, str]:
    """The environment `git commit` would see: the user's GIT_AUTHOR_* / GIT_COMMITTER_*
    variables, TZ and global configuration (user.email in ~/.gitconfig) are what it commits
    under. Only prompts and locks are turned off; `git var` fetches nothing and runs nothing."""
    env = dict(os.environ)
    for key in _PATH_VARIABLES:
        if env.get(key):
            env[key] = os.path.abspath(env[key])
    env.update({"GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "GIT_PAGER": "cat",
                "PAGER": "cat"})
    return env


def parse_ident(role: str, line: str) -> CommitIdentity | None:
    """``Name <email> 1732968000 +0100`` as git prints an ident; None when it is not one."""
    name, lt, rest = line.strip().partition(" <")
    email, gt, date = rest.partition("> ")
    if not lt or not gt:
        return None
    offset = None
    parts = date.split()
    if len(parts) == 2 and len(parts[1]) == 5 and parts[1][0] in "+-" and parts[1][1:].isdigit():
        sign = -1 if parts[1][0] == "-" else 1
        offset = sign * (int(parts[1][1:3]) * 60 + int(parts[1][3:5]))
    return CommitIdentity(role, name.strip(), email.strip(), offset)


def next_commit_identities(index: Index) -> tuple[list[CommitIdentity], str | None]:
    """(the author and committer identities the next commit would carry, one line when git
    could not tell them). Read with `git var`, read-only: what `git commit` run now would
    write, with the user's configuration and environment."""
    identities: list[CommitIdentity] = []
    env = _var_env()
    for role, variable in (("author", "GIT_AUTHOR_IDENT"), ("committer", "GIT_COMMITTER_IDENT")):
        try:
            out = _run(index.git, index.top, env, ["var", variable], "var", limit=64 << 10)
        except StagedProblem as exc:
            return identities, str(exc)
        found = parse_ident(role, out.decode("utf-8", "replace"))
        if found is None:
            return identities, f"git var {variable} printed no identity"
        identities.append(found)
    return identities, None


def history_identities(index: Index) -> HistoryIdentities:
    """The identities and offsets of HEAD's history (``git log --date=raw``), author and
    committer both: what anyone with a clone already reads."""
    found = HistoryIdentities({}, {}, {})
    fields = _FIELD.join(("%an", "%ae", "%ad", "%cn", "%ce", "%cd"))
    try:
        _run(index.git, index.top, index.env, ["rev-parse", "--verify", "-q", "HEAD^{commit}"], "rev-parse")
        out = _run(index.git, index.top, index.env,
                   ["log", "--no-show-signature", "--no-color", "--no-mailmap", "--date=raw",
                    f"--max-count={MAX_HISTORY_COMMITS}", f"--format={fields}", "HEAD"], "log")
    except StagedProblem:
        return found  # no commit yet (or unreadable): nothing is in the history
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.split(_FIELD)
        if len(parts) != 6:
            continue
        found.commits += 1
        names: set[str] = set()
        emails: set[str] = set()
        offsets: set[int] = set()
        stamp: set[tuple[str, str, int]] = set()
        for name, email, date in ((parts[0], parts[1], parts[2]), (parts[3], parts[4], parts[5])):
            ident = parse_ident("", f"{name} <{email}> {date}")
            if ident is None:
                continue
            names.add(ident.name.casefold())
            emails.add(ident.email.casefold())
            if ident.offset_minutes is not None:
                offsets.add(ident.offset_minutes)
                stamp.add((ident.name.casefold(), ident.email.casefold(), ident.offset_minutes))
        key = frozenset(stamp)
        found.stamps[key] = found.stamps.get(key, 0) + 1
        # Counted once a commit, whether its author or its committer carries it.
        for counts, seen in ((found.names, names - {""}), (found.emails, emails - {""}),
                             (found.offsets, offsets)):
            for key in seen:
                counts[key] = counts.get(key, 0) + 1  # type: ignore[index]
    found.read = True
    return found

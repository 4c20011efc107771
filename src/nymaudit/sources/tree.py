"""Read-only, capped access to an input: a folder, a zip, or a single file.

Readers never touch the file system directly: they list members and read them
through a Tree, which enforces the size caps, refuses unsafe member names and
never extracts anything to disk.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

# Generous enough for the largest real archives (a heavy account's tweets.js runs to
# hundreds of MB), small enough that a hostile input cannot exhaust memory.
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3
# A real archive compresses text about 3-10x; bombs compress thousands of times.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_FLOOR = 4 * 1024**2  # small members may compress well legitimately
MAX_MEMBERS = 500_000
CHUNK = 1024 * 1024


# Text saved as "Unicode" (Windows Notepad, Excel's "Unicode Text") starts with a
# UTF-16 byte-order mark; UTF-32 ones are rarer. Longest first: FF FE 00 00 is UTF-32.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xef\xbb\xbf", "utf-8"),
)


def text_encoding(head: bytes | bytearray) -> tuple[str, int]:
    """(codec, length of the byte-order mark) of text that starts with ``head``;
    UTF-8 without a mark when there is none."""
    for bom, codec in _BOMS:
        if head[: len(bom)] == bom:
            return codec, len(bom)
    return "utf-8", 0


def decode_text(data: bytes | bytearray) -> tuple[str, str | None]:
    """Text in UTF-8, or UTF-16/32 with a byte-order mark. Returns (text, warning)
    where warning describes invalid bytes that were replaced."""
    codec, bom = text_encoding(data)
    view = memoryview(data)[bom:]
    try:
        return str(view, codec), None
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codec == "utf-8" else codec.upper()[:6]
        text = str(view, codec, errors="replace")
        return text, f"invalid {name} at byte {exc.start + bom}; undecodable bytes replaced"


class InputProblem(Exception):
    """A problem with the input itself, reported as an input error, never raised to
    the user."""


@dataclass(frozen=True, slots=True)
class Member:
    name: str  # POSIX path relative to the tree root
    size: int  # declared uncompressed size


def _safe_name(name: str) -> str | None:
    """The normalised member name, or None when it would escape the root."""
    if "\x00" in name:
        return None
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return None
    parts = PurePosixPath(normalised).parts
    if any(part == ".." for part in parts):
        return None
    return "/".join(p for p in parts if p not in ("", "."))


def _read_capped(path: Path, limit: int) -> bytes:
    """A file's bytes, refusing (not truncating) one larger than ``limit``."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputProblem(f"larger than the {size_text(limit)} cap; skipped")
    return data


def size_text(size: int) -> str:
    """A byte count as people say it: "64 KiB", "32 MiB", "1.5 MiB" (a 64 KiB cap
    said as MiB was "0 MiB")."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) or value >= 100 else f"{value:.1f} {unit}"
    return f"{size} bytes"


class Tree:
    """Common interface. ``label`` is what reports show as the input path."""

    label: str

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[tuple[str, str]] = []  # (member, error) found while listing
        self.unreadable: dict[str, str] = {}  # member -> why its first bytes could not be read
        self._read_total = 0

    def members(self) -> list[Member]:
        raise NotImplementedError

    def _open_bytes(self, name: str, limit: int) -> bytes:
        raise NotImplementedError

    def display(self, name: str) -> str:
        """How a member is named in reports."""
        return f"{self.label}:{name}" if name else self.label

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        return self._counted(self._open_bytes, name, limit)

    def read_buffer(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes | bytearray:
        """Like read(), but may return a bytearray, so that a zip member is held once
        while it is inflated (read() must join the pieces into bytes: a second copy).
        For the readers that walk a multi-hundred-MB member in place."""
        return self._counted(self._open_buffer, name, limit)

    def _counted(self, opener: Callable[[str, int], Any], name: str, limit: int) -> Any:
        """Read through ``opener`` within the member and total caps, and count it."""
        limit = min(limit, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read_total)
        if limit <= 0:
            raise InputProblem("total read cap reached; the rest of the input was skipped")
        data = opener(name, limit)
        self._read_total += len(data)
        return data

    def _open_buffer(self, name: str, limit: int) -> bytes | bytearray:
        return self._open_bytes(name, limit)

    def head(self, name: str, size: int = 4096) -> bytes:
        """The first ``size`` bytes of a member, for content sniffing without reading a
        multi-hundred-MB member whole. Raises InputProblem like read(), and keeps the
        reason in ``unreadable``: detection treats such a member as not of its format,
        and without the reason the input would just be "unknown format"."""
        size = max(0, min(size, 1024**2))
        try:
            return self._open_head(name, size)
        except InputProblem as exc:
            self.unreadable.setdefault(name, str(exc))
            raise

    def _open_head(self, name: str, size: int) -> bytes:
        # Fallback for trees that do not stream: read within a small cap.
        return self.read(name, max(size, 64 * 1024 * 1024))[:size]

    def read_text(self, name: str, limit: int = MAX_MEMBER_BYTES) -> tuple[str, str | None]:
        """Decode as UTF-8 (BOM tolerated), or UTF-16/32 when a byte-order mark says
        so. Returns (text, warning) where warning describes invalid bytes that were
        replaced."""
        return decode_text(self.read(name, limit))

    def exists(self, name: str) -> bool:
        return any(m.name == name for m in self.members())

    def find(self, suffix: str) -> list[Member]:
        """Members whose path is ``suffix`` or ends in ``/suffix``."""
        return [m for m in self.members() if m.name == suffix or m.name.endswith("/" + suffix)]

    def loader(self, name: str, limit: int = MAX_MEMBER_BYTES):  # type: ignore[no-untyped-def]
        """A zero-argument callable that reads the member later (for Attachment)."""
        return lambda: self.read(name, limit)

    def close(self) -> None:
        pass


class FolderTree(Tree):
    def __init__(self, root: Path, label: str | None = None) -> None:
        super().__init__(label or str(root))
        self.root = root
        self._members: list[Member] | None = None

    def _relative(self, path: str | Path) -> str:
        try:
            return Path(path).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def _unreadable_folder(self, exc: OSError) -> None:
        # os.walk skips a folder it cannot list without a word: its posts would be
        # missing from the report with nothing saying so.
        where = self._relative(exc.filename) if exc.filename else ""
        self.problems.append((where, f"cannot read folder: {exc.strerror or exc}; its files were skipped"))

    def members(self) -> list[Member]:
        if self._members is None:
            found: list[Member] = []
            # followlinks=False: a symlink loop or a link out of the tree is not followed.
            for dirpath, dirnames, filenames in os.walk(
                self.root, followlinks=False, onerror=self._unreadable_folder
            ):
                dirnames[:] = sorted(d for d in dirnames if d != ".git")
                for filename in sorted(filenames):
                    full = Path(dirpath) / filename
                    try:
                        st = full.lstat()
                    except OSError as exc:
                        self.problems.append((self._relative(full), f"cannot stat: {exc.strerror}"))
                        continue
                    if not stat.S_ISREG(st.st_mode):
                        continue  # links, devices, FIFOs: reading one could hang or escape
                    rel = full.relative_to(self.root).as_posix()
                    try:  # detection reads heads quietly: an unreadable post would just vanish
                        os.close(os.open(full, os.O_RDONLY | os.O_NONBLOCK))
                    except OSError as exc:
                        self.problems.append((rel, f"cannot read: {exc.strerror or exc}; skipped"))
                        continue
                    found.append(Member(rel, st.st_size))
                    if len(found) >= MAX_MEMBERS:
                        self.problems.append(("", f"more than {MAX_MEMBERS} files; rest skipped"))
                        self._members = found
                        return found
            self._members = found
        return self._members

    def display(self, name: str) -> str:
        return str(Path(self.label) / name) if name else self.label

    def _open_head(self, name: str, size: int) -> bytes:
        safe = _safe_name(name)
        if safe is None:
            raise InputProblem(f"{name}: unsafe path")
        try:
            with (self.root / safe).open("rb") as fh:
                return fh.read(size)
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        safe = _safe_name(name)
        if safe is None:
            raise InputProblem(f"{name}: unsafe path")
        return _read_capped(self.root / safe, limit)


class FileTree(Tree):
    """A single file handed over on its own (tweets.js, outbox.json, export.xml)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path

    def members(self) -> list[Member]:
        try:
            return [Member(self.path.name, self.path.stat().st_size)]
        except OSError:
            return []

    def display(self, name: str) -> str:
        return self.label

    def _open_head(self, name: str, size: int) -> bytes:
        try:
            with self.path.open("rb") as fh:
                return fh.read(size)
        except OSError as exc:
            raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        return _read_capped(self.path, limit)


def _member_problem(info: zipfile.ZipInfo, exc: Exception) -> str:
    """Why a zip member cannot be read, in words (zipfile's own messages print the
    whole ZipInfo or say nothing about the method)."""
    if info.flag_bits & 0x1:
        return "encrypted (password required); cannot read"
    if info.compress_type == 99:  # WinZip AES: encryption announced as a method
        return "encrypted with WinZip AES (password required); cannot read"
    if isinstance(exc, NotImplementedError):
        return f"compression method {info.compress_type} not supported; cannot read"
    if "CRC" in str(exc):
        return "corrupt member (bad CRC-32: its data or declared size is wrong); cannot read"
    return f"corrupt or truncated member: {exc}"


class ZipTree(Tree):
    """A zip read member by member in memory, with bomb and traversal checks."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise InputProblem(f"not a readable zip: {exc}") from exc
        self._members: list[Member] | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}

    def members(self) -> list[Member]:
        if self._members is None:
            found: list[Member] = []
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                safe = _safe_name(info.filename)
                if safe is None:
                    self.problems.append((info.filename, "unsafe member name (path traversal); skipped"))
                    continue
                if safe in self._infos:
                    self.problems.append((info.filename, "duplicate member name; first kept"))
                    continue
                self._infos[safe] = info
                found.append(Member(safe, info.file_size))
                if len(found) >= MAX_MEMBERS:
                    self.problems.append(("", f"more than {MAX_MEMBERS} members; rest skipped"))
                    break
            self._members = found
        return self._members

    def display(self, name: str) -> str:
        return f"{self.label}!{name}" if name else self.label

    def _open_head(self, name: str, size: int) -> bytes:
        self.members()
        info = self._infos.get(name)
        if info is None:
            raise InputProblem(f"{name}: no such member")
        try:
            with self._zip.open(info) as fh:
                return fh.read(size)  # bounded: a bomb cannot inflate past ``size`` here
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputProblem(_member_problem(info, exc)) from exc

    def _open_bytes(self, name: str, limit: int) -> bytes:
        return bytes(self._open_buffer(name, limit))

    def _open_buffer(self, name: str, limit: int) -> bytearray:
        self.members()
        info = self._infos.get(name)
        if info is None:
            raise InputProblem(f"{name}: no such member")
        if info.file_size > limit:
            raise InputProblem(f"declares {info.file_size} bytes, over the cap; skipped")
        if (
            info.file_size > RATIO_CHECK_FLOOR
            and info.compress_size
            and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
        ):
            raise InputProblem("compression ratio typical of a zip bomb; skipped")
        # One growing bytearray (resized in place), not a list of chunks joined at
        # the end: a 2 GB member was held twice that way.
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                # The declared size can lie: count what actually comes out.
                while chunk := fh.read(CHUNK):
                    if len(out) + len(chunk) > limit:
                        raise InputProblem("inflates past its declared size or the cap; skipped")
                    out += chunk
                    if (
                        len(out) > RATIO_CHECK_FLOOR
                        and info.compress_size
                        and len(out) / info.compress_size > MAX_COMPRESSION_RATIO
                    ):
                        raise InputProblem("compression ratio typical of a zip bomb; skipped")
        except InputProblem:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise InputProblem(_member_problem(info, exc)) from exc
        return out

    def close(self) -> None:
        self._zip.close()


def open_tree(path: Path) -> Tree:
    """Open a folder, zip or single file. Raises InputProblem when nothing is there."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise InputProblem("no such file or folder") from exc
    except OSError as exc:
        raise InputProblem(f"cannot open: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        return FolderTree(path)
    if not stat.S_ISREG(st.st_mode):
        raise InputProblem("not a regular file or folder")
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise InputProblem(f"cannot read: {exc.strerror or exc}") from exc
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if is_office_document(path):
            return FileTree(path)  # a .docx/.odt is one document, not an archive of posts
        return ZipTree(path)
    return FileTree(path)


def is_office_document(path: Path) -> bool:
    """Whether a zip file is an OOXML (.docx/.xlsx/.pptx) or ODF (.odt/...) document:
    its metadata is read from the file as a whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()[:5000])
    except Exception:  # noqa: BLE001 - an unreadable zip is simply not a document
        return False
    return "[Content_Types].xml" in names or ("mimetype" in names and "meta.xml" in names)


def iter_members(tree: Tree, suffixes: tuple[str, ...]) -> Iterator[Member]:
    lowered = tuple(s.lower() for s in suffixes)
    for member in tree.members():
        if member.name.lower().endswith(lowered):
            yield member

"""PDF through pypdf: the Info dictionary, XMP, the trailer /ID, the Info
dictionaries of earlier revisions that incremental updates leave in the file
(each "%%EOF" ends one revision; the bytes before it are that revision), the
authors and text of annotations (sticky notes), and files attached to the PDF
(read by their own readers when they are a format nymaudit reads)."""

from __future__ import annotations

import io
import logging
import re
import time

from nymaudit.metadata.core import BudgetExceeded, Collector, is_blank

# Earlier revisions read: all of them up to MAX_REVISIONS, else the first and the last
# MAX_REVISIONS // 2 (the original and the latest saves), each within REVISION_SECONDS in all
# (pypdf reads a revision by following every /Prev before it: the 5,000th of 5,000 takes
# 0.4 s). What is left unread is said and makes the file a partial read, so `check` fails
# closed (red13 item 2: revisions past the 8th were dropped without a word, and a colleague's
# name saved in revision 10 of 12 was never reported).
# The first ALWAYS_READ_REVISIONS (what the reader always read before) are read whatever the
# clock says; only the ones past them share REVISION_SECONDS, of this thread's CPU time, not wall
# time: the same file gives the same findings on a busy machine (rev13a item 5: at load 12 a 1 s
# wall-clock budget read revisions 1-7 of 13, fewer than the fixed 8 of before).
MAX_REVISIONS = 32
ALWAYS_READ_REVISIONS = 8
REVISION_SECONDS = 1.0
MAX_PDF_BYTES = 256 * 1024 * 1024
INFO_KEYS: dict[str, tuple[str, str]] = {
    "/Author": ("person", "Author"),
    "/Creator": ("software", "Creator"),
    "/Producer": ("software", "Producer"),
    "/Title": ("free_text", "Title"),
    "/Subject": ("free_text", "Subject"),
    "/Keywords": ("free_text", "Keywords"),
    "/CreationDate": ("time", "CreateDate"),
    "/ModDate": ("time", "ModifyDate"),
    "/Company": ("person", "Company"),
    "/Manager": ("person", "Manager"),
    "/SourceModified": ("time", "SourceModified"),
}
_EOF = re.compile(rb"%%EOF")
_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})")
# Annotations and attachments: bounded by pages, annotations and files read, and by the
# file's time and inflate budgets (shared with the attached files' own readers).
# Twelfth session (rev12e item 1): 2,000 pages and 2,000 annotations of any kind failed
# `check` on a clean 2,500-page book and on a hyperref index of 3,000 links. The page tree is
# walked by hand (pypdf's `reader.pages` copies every page's inherited attributes first:
# 50,000 blank pages ran out of the time budget), only a page's /Annots is looked at, and
# only markup annotations (the ones with an author) count toward the cap.
MAX_PAGES = 1_000_000
MAX_ANNOTATIONS = 2000
MAX_ANNOTATION_TEXTS = 20
MAX_ATTACHMENTS = 32
MAX_ATTACHMENT_BYTES = 16 * 1024 * 1024
# Subtypes whose /T is not an author: a form field's /T is its name; links have none.
_NOT_AUTHORED = {"/Widget", "/Link", "/Popup"}
# A markup annotation (the kinds with an author) written in the open, not in an object stream:
# without one and without object streams, the pages need no walk (a book of 50,000 pages or an
# index of 30,000 links is otherwise time spent reading nothing).
_MARKUP = re.compile(rb"/Subtype\s*/(?:Text|FreeText|Line|Square|Circle|Polygon|PolyLine|Highlight|"
                     rb"Underline|Squiggly|StrikeOut|Stamp|Caret|Ink|FileAttachment|Sound|Redact)\b")
_PATH = re.compile(r"([A-Za-z]:\\|\\\\|/Users/|/home/|file:)")


def _info(reader) -> dict[str, str]:  # type: ignore[no-untyped-def]
    try:
        info = reader.metadata
    except Exception:  # pypdf raises many types on broken trailers
        return {}
    if not info:
        return {}
    result: dict[str, str] = {}
    for key in list(info.keys())[:200]:
        try:
            value = info[key]
            text = str(value)
        except Exception:
            continue
        result[str(key)] = text
    return result


def _emit_info(info: dict[str, str], out: Collector, prefix: str = "") -> None:
    for key, text in info.items():
        if key in INFO_KEYS:
            group, name = INFO_KEYS[key]
        else:
            group, name = "free_text", key.lstrip("/")
        if key == "/Title" and _PATH.search(text):
            group, name = "document_id", "Title"  # a title that is a file path
        out.add(group, prefix + name, text)


def parse_pdf(data: bytes, out: Collector) -> None:
    if len(data) > MAX_PDF_BYTES:
        out.skipped("PDF larger than the cap; only the header was checked")
        return
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    import warnings

    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception as exc:
            if type(exc).__name__ == "DependencyError":  # pypdf: AES needs `cryptography`
                out.skipped(NO_AES)
                return
            raise ValueError(f"PDF not readable: {type(exc).__name__}") from exc
        locked = _locked(reader)
        if locked:
            _trailer_id(reader, out)  # written in the clear
            out.skipped(locked)
            return
        final = _info(reader)
        hidden = bool(final) and _info_unlinked(data)
        if hidden:
            # The last update's trailer has no /Info (ExifTool's `-all=` writes such an
            # update): pypdf still finds the old dictionary through /Prev, but the values
            # are an earlier revision's, hidden and not removed (walk12 item 3).
            final = {}
        else:
            _emit_info(final, out)
        out.check()
        _trailer_id(reader, out)
        try:
            root = reader.trailer["/Root"]
            meta_ref = root.get("/Metadata")
            if meta_ref is not None:
                stream = meta_ref.get_object()
                # pypdf inflates a stream up to its own 75 MB cap; what is read of it counts
                # against the file's inflate total (core) like any compressed part.
                xmp = stream.get_data()[: 8 * 1024 * 1024]
                from nymaudit.metadata.xmp import parse_xmp

                if out.take_inflated(len(xmp)):
                    parse_xmp(xmp, out)
        except BudgetExceeded:
            raise
        except Exception:
            out.note("PDF XMP stream not readable")
        _revisions(data, final, out, hidden)
        if b"/ObjStm" in data or _MARKUP.search(data):  # else no note to read: no walk
            _annotations(reader, out)
        _attachments(reader, out)


# An encrypted PDF whose properties could not be read: said as a partial read (META026; `check`
# fails closed). Walk13 item 2: an AES-encrypted PDF with an empty user password ("restrict
# editing") showed only its trailer ID, or "DependencyError", though anyone opens it and
# `exiftool -Author` reads its author; `cryptography` is now a dependency, so these are the
# cases left: a real user password, or an installation without that package.
NO_AES = ("an AES-encrypted PDF, and the 'cryptography' package that decrypts it is not installed "
          "(`pip install cryptography`): its properties, earlier revisions and notes were not read")
NEEDS_PASSWORD = ("an encrypted PDF that needs a password to open: its properties, earlier revisions "
                  "and notes were not read (whoever has the password reads them)")


def _locked(reader) -> str | None:  # type: ignore[no-untyped-def]
    """Why an encrypted PDF's content cannot be read, or None when it can (not encrypted, or
    opened with the empty user password, as every PDF reader does)."""
    try:
        if not reader.is_encrypted:
            return None
        opened = reader.decrypt("")
    except Exception as exc:
        if type(exc).__name__ == "DependencyError":
            return NO_AES
        return (f"an encrypted PDF that could not be decrypted ({type(exc).__name__}): its properties "
                "were not read")
    return None if opened else NEEDS_PASSWORD


def _trailer_id(reader, out: Collector) -> None:  # type: ignore[no-untyped-def]
    try:
        trailer_id = reader.trailer.get("/ID")
        if trailer_id:
            first = trailer_id[0]
            raw = first.original_bytes if hasattr(first, "original_bytes") else bytes(first)
            out.add("document_id", "TrailerID", raw.hex())
    except Exception:
        pass


def _revisions(data: bytes, final: dict[str, str], out: Collector, hidden: bool = False) -> None:
    """Open the file as it stood at each earlier %%EOF and report Info values
    that the later revisions changed or removed. ``hidden``: the last update unlinked the
    Info dictionary (said in the Revisions value, which META021's message repeats)."""
    from pypdf import PdfReader

    ends = [m.end() for m in _EOF.finditer(data)]
    ends = [e for e in ends if len(data) - e > 16 and _ends_revision(data, e)]  # the last is the file
    if not ends:
        return
    count = str(len(ends) + 1)
    if hidden:
        tool = "ExifTool's" if b"%BeginExifToolUpdate" in data[-65536:] else "the last"
        count += f" ({tool} update unlinks the Info dictionary; its values stay in the file)"
    out.add("document_id", "Revisions", count, keep_blank=True)
    numbered = list(enumerate(ends, start=1))
    if len(numbered) > MAX_REVISIONS:
        half = MAX_REVISIONS // 2
        numbered = numbered[:half] + numbered[-half:]
    deadline = time.thread_time() + REVISION_SECONDS
    read: set[int] = set()
    for index, (number, end) in enumerate(numbered):
        out.check()
        if index >= ALWAYS_READ_REVISIONS and time.thread_time() > deadline:
            break
        read.add(number)
        try:
            old = _info(PdfReader(io.BytesIO(data[:end]), strict=False))
        except Exception:
            continue
        for key, text in old.items():
            if is_blank(text) or final.get(key) == text:
                continue
            group, name = INFO_KEYS.get(key, ("free_text", key.lstrip("/")))
            out.add(group, f"Revision{number}:{name}", text)
    unread = [number for number in range(1, len(ends) + 1) if number not in read]
    if unread:
        out.skipped(f"earlier revisions {_ranges(unread)} of {len(ends) + 1:,} not read (too many "
                    "to read in time); their properties may name other people")


def _ranges(numbers: list[int]) -> str:
    """'9-12' or '2, 5-9': the revision numbers in runs (sorted, no repeats)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    said = [f"{a:,}" if a == b else f"{a:,}-{b:,}" for a, b in runs[:5]]
    return ", ".join(said) + (", …" if len(runs) > 5 else "")


_XREF_AT = re.compile(rb"(?<!start)xref|\d{1,10}\s+\d{1,5}\s+obj\s*<<[^\0]{0,300}?/XRef\b")


def _ends_revision(data: bytes, end: int) -> bool:
    """A %%EOF ends one of this file's revisions when its startxref points at a cross-reference
    table or stream of this file; one inside an attached PDF (stored unfiltered: pypdf's
    add_attachment) points into that PDF's own bytes (rev12e item 10: read as "Revisions 2")."""
    found = None
    for match in _STARTXREF.finditer(data, max(0, end - 64), end):
        found = match  # the last one before this %%EOF
    if found is None:
        return True  # no startxref: as before, counted (pypdf reads what it can)
    offset = int(found.group(1))
    # a few bytes of slack: some writers' offsets are off by a line end
    at = _XREF_AT.search(data, max(0, offset - 8), offset + 340)
    return at is not None and at.start() <= offset + 8


def _info_unlinked(data: bytes) -> bool:
    """True when the file has earlier revisions and its last cross-reference section (table
    or stream) names no /Info: the Info dictionary pypdf reads is an earlier trailer's."""
    if len(_EOF.findall(data[-16 * 1024 * 1024:])) < 2:
        return False
    marks = _STARTXREF.findall(data[-4096:])
    if not marks:
        return False
    offset = int(marks[-1])
    if offset >= len(data):
        return False
    section = data[offset : offset + 1024 * 1024]
    if section.startswith(b"xref"):
        at = section.find(b"trailer")
        end = section.find(b"startxref", max(at, 0))
        trailer = section[at:end] if at >= 0 else b""
    else:  # a cross-reference stream: its dictionary is the trailer
        end = section.find(b"stream")
        trailer = section[: end if end > 0 else 4096]
    return bool(trailer) and b"/Root" in trailer and b"/Info" not in trailer


def _text(value) -> str:  # type: ignore[no-untyped-def]
    try:
        return str(value.get_object() if hasattr(value, "get_object") else value)
    except Exception:
        return ""


def _annotations(reader, out: Collector) -> None:  # type: ignore[no-untyped-def]
    """Who wrote the sticky notes and markup (/T of a markup annotation is its author,
    Acrobat's "Author" of a comment) and what the notes say; files attached as
    /FileAttachment annotations."""
    seen = 0
    texts = 0
    try:
        pages = _page_annots(reader, out)
    except BudgetExceeded:
        raise
    except Exception:
        out.note("PDF pages not readable; annotations not checked")
        return
    looked = 0
    for annots in pages:
        for ref in annots:
            looked += 1
            if looked % 64 == 0:
                out.check()  # links are not capped: the time budget bounds them
            try:
                annot = ref.get_object()
                subtype = _text(annot.get("/Subtype"))
            except BudgetExceeded:
                raise
            except Exception:
                continue
            if subtype in _NOT_AUTHORED or not hasattr(annot, "get"):
                continue
            seen += 1
            if seen > MAX_ANNOTATIONS:
                out.skipped(f"more than {MAX_ANNOTATIONS} notes or markup annotations; the rest were "
                            "not read")
                return
            author = annot.get("/T")
            if author is not None:
                out.add("person", "AnnotationAuthor", _text(author))
            contents = annot.get("/Contents")
            if contents is not None and texts < MAX_ANNOTATION_TEXTS:
                before = len(out.meta.fields)
                out.add("free_text", "AnnotationText", _text(contents))
                texts += len(out.meta.fields) - before
            if subtype == "/FileAttachment":
                _attached(annot.get("/FS"), out, "a file attachment annotation")


def _page_annots(reader, out: Collector) -> list:  # type: ignore[no-untyped-def]
    """Each page's /Annots array, from a walk of the page tree that visits a node once (a
    /Kids holding itself ends) and resolves nothing else of a page."""
    found: list = []
    try:
        node = reader.trailer["/Root"].get_object()["/Pages"]
    except Exception:
        return found
    stack = [node]
    visited: set = set()
    pages = 0
    while stack:
        ref = stack.pop()
        key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
        if key in visited:
            continue
        visited.add(key)
        try:
            node = ref.get_object()
            kids = node.get("/Kids")
            if kids is not None:
                kids = kids.get_object()
                if isinstance(kids, list):
                    stack.extend(reversed(kids))
                continue
            pages += 1
            if pages % 64 == 0:
                out.check()
            if pages > MAX_PAGES:
                out.skipped(f"annotations read on the first {MAX_PAGES} pages only")
                break
            annots = node.get("/Annots")
            annots = annots.get_object() if annots is not None else None
        except BudgetExceeded:
            raise
        except Exception:
            continue
        if isinstance(annots, list):
            found.append(annots)
    return found


def _attachments(reader, out: Collector) -> None:  # type: ignore[no-untyped-def]
    """Files in the document's /EmbeddedFiles name tree (Acrobat's attachments, LibreOffice's
    hybrid PDF carrying its .odt), walked with a bound on depth and count."""
    try:
        names = reader.trailer["/Root"].get_object().get("/Names")
        tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
    except Exception:
        return
    if tree is None:
        return
    stack = [(tree, 0)]
    visited = 0
    while stack:
        node, depth = stack.pop()
        visited += 1
        if visited > 256 or depth > 16:
            out.skipped("the PDF's list of attached files nests too deep; the rest were not read")
            return
        try:
            node = node.get_object()
            pairs = node.get("/Names")
            pairs = pairs.get_object() if pairs is not None else []
            kids = node.get("/Kids")
            kids = kids.get_object() if kids is not None else []
        except Exception:
            continue
        for i in range(1, len(pairs), 2):
            _attached(pairs[i], out, "attached to the PDF")
        stack.extend((k, depth + 1) for k in list(kids)[:64])


def _attached(spec, out: Collector, how: str) -> None:  # type: ignore[no-untyped-def]
    """One file specification: its name (and size) as an EmbeddedFile field, and the file
    itself read by read_embedded when it is a format nymaudit reads."""
    from nymaudit.metadata import read_embedded
    from nymaudit.metadata.core import clean_text

    count = sum(1 for f in out.meta.fields if f.name == "EmbeddedFile")
    if count >= MAX_ATTACHMENTS:
        out.skipped(f"more than {MAX_ATTACHMENTS} attached files; the rest were not read")
        return
    try:
        spec = spec.get_object()
        name = clean_text(_text(spec.get("/UF") or spec.get("/F") or "")) or "(no name)"
        stream = spec["/EF"].get_object()
        stream = (stream.get("/F") or stream.get("/UF")).get_object()
    except Exception:
        out.add("embedded_image", "EmbeddedFile", "an attached file whose contents are missing")
        return
    out.check()
    data = _stream_bytes(stream, out, name)
    size = f"{len(data)} bytes" if data is not None else "not read"
    out.add("embedded_image", "EmbeddedFile", f"{name}, {size} ({how})")
    if data:
        fmt, _ = read_embedded(data, out, name, label=f"{name} {how}")
        if fmt is None:
            # A file travels with the PDF and nothing of it was checked: the PDF counts as read
            # in part (META026; `check` fails closed), and the message names it.
            out.skipped(f"attached file {name} is not a format nymaudit reads; open it and check "
                        "what it holds")


def _stream_bytes(stream, out: Collector, name: str) -> bytes | None:  # type: ignore[no-untyped-def]
    """An attached file's bytes, decoded within the file's inflate total: a Flate stream
    through Collector.inflate (checked piece by piece), others through pypdf only when
    their declared size fits."""
    try:
        filters = stream.get("/Filter")
        filters = filters.get_object() if filters is not None else None
        if isinstance(filters, list):
            filters = filters[0] if len(filters) == 1 else filters
        raw = stream._data if hasattr(stream, "_data") else b""
        if filters is None:
            data = bytes(raw[:MAX_ATTACHMENT_BYTES])
            return data if out.take_inflated(len(data)) else None
        if str(filters) == "/FlateDecode":
            got = out.inflate(bytes(raw), MAX_ATTACHMENT_BYTES)
            if got.cut == "limit":
                out.skipped(f"attached file {name} larger than {MAX_ATTACHMENT_BYTES // 2**20} MiB; "
                            "not read")
                return None
            return got.data if got.cut is None else None
        params = stream.get("/Params")
        declared = int(params.get_object().get("/Size", 0)) if params is not None else 0
        if not declared or declared > min(MAX_ATTACHMENT_BYTES, out.limits.inflate_left):
            out.skipped(f"attached file {name} not read (its encoding or size)")
            return None
        data = stream.get_data()[:MAX_ATTACHMENT_BYTES]
        return data if out.take_inflated(len(data)) else None
    except BudgetExceeded:
        raise
    except Exception as exc:
        out.note(f"attached file {name} not readable: {type(exc).__name__}")
        return None

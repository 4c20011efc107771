"""PDF through pypdf: the Info dictionary, XMP, the trailer /ID, and the Info
dictionaries of earlier revisions that incremental updates leave in the file
(each "%%EOF" ends one revision; the bytes before it are that revision)."""

from __future__ import annotations

import io
import logging
import re

from nymaudit.metadata.core import BudgetExceeded, Collector, is_blank

MAX_REVISIONS = 8
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
            raise ValueError(f"PDF not readable: {type(exc).__name__}") from exc
        final = _info(reader)
        _emit_info(final, out)
        out.check()
        try:
            trailer_id = reader.trailer.get("/ID")
            if trailer_id:
                first = trailer_id[0]
                raw = first.original_bytes if hasattr(first, "original_bytes") else bytes(first)
                out.add("document_id", "TrailerID", raw.hex())
        except Exception:
            pass
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
        _revisions(data, final, out)


def _revisions(data: bytes, final: dict[str, str], out: Collector) -> None:
    """Open the file as it stood at each earlier %%EOF and report Info values
    that the later revisions changed or removed."""
    from pypdf import PdfReader

    ends = [m.end() for m in _EOF.finditer(data)]
    ends = [e for e in ends if len(data) - e > 16]  # the last %%EOF is the final file
    if not ends:
        return
    out.add("document_id", "Revisions", str(len(ends) + 1), keep_blank=True)
    for number, end in enumerate(ends[:MAX_REVISIONS], start=1):
        out.check()
        try:
            old = _info(PdfReader(io.BytesIO(data[:end]), strict=False))
        except Exception:
            continue
        for key, text in old.items():
            if is_blank(text) or final.get(key) == text:
                continue
            group, name = INFO_KEYS.get(key, ("free_text", key.lstrip("/")))
            out.add(group, f"Revision{number}:{name}", text)

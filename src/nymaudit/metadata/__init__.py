"""Attachment metadata: what photos, PDFs, office documents and videos say
about who made them, where and with what.

``extract(data)`` reads bytes in memory (never a path, never extracting to
disk) and returns a FileMeta of ``{group, name, value}`` fields. It never
raises: a broken or hostile file gives a FileMeta with ``error`` set, and a
file that takes longer than the time budget gives a partial result.
"""

from __future__ import annotations

import struct
import zipfile

from nymaudit.metadata.core import (
    DEFAULT_BUDGET_SECONDS,
    GROUPS,
    PARTIAL_READ,
    BudgetExceeded,
    Collector,
    Field,
    FileMeta,
)
from nymaudit.metadata.sniff import LINE_TRACK_FORMATS, TAKEOUT_FORMAT, TRACK_FORMATS, sniff

__all__ = ["GROUPS", "Field", "FileMeta", "extract", "sniff", "SUPPORTED_FORMATS"]

SUPPORTED_FORMATS = (
    "jpeg", "tiff", "cr2", "orf", "rw2", "raf", "mrw", "png", "webp", "heif", "avif", "cr3",
    "mov", "mp4", "pdf", "ooxml", "odf", "xmp", "psd", "jp2", "gif", "eps",
    "riff", "crw", "svg", "svgz", "ico", "rtf", *TRACK_FORMATS, *LINE_TRACK_FORMATS, "vcard", "ics",
    TAKEOUT_FORMAT,
)
UNSUPPORTED_REASONS = {
    "zip": "a zip archive that is not an office document; pass it as a PATH to check its files",
    "unknown": "format not recognised from its content",
    "text": "plain text (a post, page or configuration file): no metadata fields to read; "
            "`scan` reads its words",
    # An XML document of a kind nymaudit does not read may still hold names and places.
    "xml": "an XML document of a kind nymaudit does not read; its fields were not checked",
}


def extract(data: bytes, budget: float = DEFAULT_BUDGET_SECONDS) -> FileMeta:
    try:
        fmt = sniff(data)
    except Exception as exc:  # sniffing opens zips; a hostile one must not escape
        return FileMeta(format="unknown", supported=False,
                        error=f"format not recognisable: {type(exc).__name__}")
    if fmt not in SUPPORTED_FORMATS:
        return FileMeta(format=fmt, supported=False, error=UNSUPPORTED_REASONS.get(fmt))
    from nymaudit.metadata.office import TooManyParts

    out = Collector(fmt, budget)
    try:
        _dispatch(fmt, data, out)
    except (BudgetExceeded, TooManyParts) as exc:  # each says its own reason
        out.meta.error = str(exc)
    except RecursionError:
        out.meta.error = "structure nested too deeply; partial result"
    except (struct.error, IndexError, ValueError, KeyError, TypeError, OverflowError,
            zipfile.BadZipFile, EOFError, UnicodeError, LookupError) as exc:
        out.meta.error = f"malformed {fmt}: {_reason(exc)}"
    except MemoryError:
        out.meta.error = "file needs too much memory to read; skipped"
    except Exception as exc:  # the last line of defence: never a traceback
        out.meta.error = f"could not read {fmt}: {type(exc).__name__}"
    if out.meta.notes and out.meta.error is None:
        out.meta.error = "; ".join(out.meta.notes[:5])
    if out.meta.partial and PARTIAL_READ not in (out.meta.error or ""):
        # A cap left part of the file unread (Collector.skipped): META026, never "clean".
        out.meta.error = f"{out.meta.error}; {PARTIAL_READ}" if out.meta.error else PARTIAL_READ
    return out.meta


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    if isinstance(exc, ValueError) and text:
        return text[:200]
    return type(exc).__name__ if not text else f"{type(exc).__name__}: {text[:120]}"


def _dispatch(fmt: str, data: bytes, out: Collector) -> None:
    if fmt == "jpeg":
        from nymaudit.metadata.jpeg import parse_jpeg

        parse_jpeg(data, out)
    elif fmt in ("tiff", "cr2", "orf", "rw2"):
        from nymaudit.metadata.tiff import parse_exif

        parse_exif(data, 0, out, main=True)
        if data[8:12] in (b"IIII", b"MMMM"):
            from nymaudit.metadata.vendor import parse_phaseone

            parse_phaseone(data, 8, out)
    elif fmt == "png":
        from nymaudit.metadata.png import parse_png

        parse_png(data, out)
    elif fmt == "webp":
        from nymaudit.metadata.riff import parse_webp

        parse_webp(data, out)
    elif fmt in ("heif", "avif", "cr3", "mov", "mp4"):
        from nymaudit.metadata.bmff import parse_bmff

        parse_bmff(data, out)
    elif fmt == "raf":
        _raf(data, out)
    elif fmt == "mrw":
        _mrw(data, out)
    elif fmt == "pdf":
        from nymaudit.metadata.pdf import parse_pdf

        parse_pdf(data, out)
    elif fmt == "ooxml":
        from nymaudit.metadata.office import parse_ooxml

        parse_ooxml(data, out)
    elif fmt == "odf":
        from nymaudit.metadata.office import parse_odf

        parse_odf(data, out)
    elif fmt in ("psd", "jp2", "gif", "eps", "riff", "crw"):
        from nymaudit.metadata import others

        getattr(others, f"parse_{fmt}")(data, out)
    elif fmt == "xmp":
        from nymaudit.metadata.xmp import parse_xmp

        parse_xmp(data, out)
    elif fmt in ("svg", "svgz", "ico"):
        from nymaudit.metadata import svg

        getattr(svg, f"parse_{fmt}")(data, out)
    elif fmt in ("rtf", *TRACK_FORMATS, *LINE_TRACK_FORMATS, "vcard", "ics"):
        from nymaudit.metadata import textformats

        reader = (textformats.parse_track_xml if fmt in TRACK_FORMATS
                  else getattr(textformats, f"parse_{fmt.replace('-', '_')}"))
        reader(data, out)
    elif fmt == TAKEOUT_FORMAT:
        from nymaudit.metadata.takeout import parse_takeout

        parse_takeout(data, out)


def read_embedded(data: bytes, out: Collector, where: str,
                  label: str | None = None) -> tuple[str | None, tuple[int, int] | None]:
    """A file inside a file (an SVG's data: URI image, a picture in a .docx, a file attached
    to a PDF): read by the reader of its own format into a collector of its own, then its
    fields are added to ``out`` (so its GPS or camera findings name the file that carries
    it) with one embedded_image field saying where it sits (``label``, by default a data:
    URI in ``where``). Returns its format and pixel size, (None, None) when it is no
    format we read."""
    from nymaudit.metadata.core import describe_embedded

    fmt = sniff(data)
    if fmt not in SUPPORTED_FORMATS or not out.enter():
        return None, None
    inner = Collector(fmt)
    inner.share_limits(out)  # its time and inflate allowance are the outer file's
    inner.depth = out.depth
    try:
        _dispatch(fmt, data, inner)
    except BudgetExceeded:
        raise
    except RecursionError:  # nested past what Python can walk: a cap, not damage
        out.skipped(f"embedded {fmt} in {where} nested too deeply; inner part not read")
    except Exception as exc:  # a broken embedded image must not lose the outer file
        out.note(f"embedded {fmt} in {where} not fully readable: {_reason(exc)}")
    finally:
        out.leave()
    out.add("embedded_image", "EmbeddedImage",
            f"{describe_embedded(fmt.upper(), data, 0, len(data))} ({label or f'data: URI in {where}'})")
    where_inner = label or f"data: URI in {where}"
    for f in inner.meta.fields:
        if (f.group, f.name, f.value) not in out._seen:
            out.meta.embedded.setdefault((f.name, f.value), inner.meta.embedded.get((f.name, f.value),
                                                                                   where_inner))
        out.add(f.group, f.name, f.value)
    for note in inner.meta.notes:
        # A cap inside the embedded file leaves the outer file partly read too.
        (out.skipped if note in inner.skips else out.note)(f"embedded {fmt} in {where}: {note}")
    if inner.meta.partial and not out.meta.partial:  # its notes were full
        out.skipped(f"embedded {fmt} in {where} read only in part")
    return fmt, inner.meta.image_size


def _raf(data: bytes, out: Collector) -> None:
    """Fujifilm RAF: a JPEG preview (with the EXIF and maker notes) at a stated offset."""
    from nymaudit.metadata.core import describe_embedded
    from nymaudit.metadata.jpeg import parse_jpeg

    if len(data) < 92:
        raise ValueError("RAF header truncated")
    offset, length = struct.unpack_from(">II", data, 84)
    if offset + 2 > len(data):
        raise ValueError("RAF preview offset outside the file")
    out.add("embedded_image", "PreviewImage", describe_embedded("JPEG", data, offset, length))
    parse_jpeg(data, out, start=offset, end=offset + length, embedded=True)


def _mrw(data: bytes, out: Collector) -> None:
    """Minolta MRW: blocks after an 8-byte header; the TTW block is a TIFF."""
    from nymaudit.metadata.tiff import parse_exif

    end = min(len(data), 8 + struct.unpack_from(">I", data, 4)[0])
    pos = 8
    for _ in range(64):
        if pos + 8 > end:
            break
        name = data[pos : pos + 4]
        size = struct.unpack_from(">I", data, pos + 4)[0]
        if name == b"\x00TTW":
            parse_exif(data, pos + 8, out, main=False)
        pos += 8 + size

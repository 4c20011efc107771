"""dtb14: a deflate bomb inside a PDF form a page draws.

pypdf inflates a stream whole (up to its 75 MB cap in pypdf 7) and keeps the result on the
object for the life of the reader. The form weighing (_too_heavy) and the picture placing
(_placements) asked pypdf for a form's bytes before looking at their size: a 1 MB PDF whose
page draws a form of 1 GB of zeros inflated 75 MB, and 40 pages each drawing its own 70 MB
form (2.7 MB of PDF) took 2.8 GB and ran out of time. A FlateDecode form is now inflated with
a cap first; a page whose form is too large is heavy (unread, `check` fails closed).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from test_doc13 import report

# Past pypdf's own 75 MB inflate cap, so the old code inflated the full 75 MB.
BOMB_BYTES = 300_000_000
# Under pypdf's cap: pypdf inflates it all and keeps it.
BIG_FORM_BYTES = 70_000_000


def _doctext():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


def zeros_deflated(size: int) -> bytes:
    """``size`` zero bytes, deflated in chunks (never held whole)."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * (16 << 20)
    parts = []
    for start in range(0, size, len(chunk)):
        parts.append(packer.compress(chunk[: min(len(chunk), size - start)]))
    parts.append(packer.flush())
    return b"".join(parts)


def bomb_pdf(pages: int, deflated: bytes, *, with_image: bool = False, words: bytes = b"") -> bytes:
    """``pages`` pages, each drawing its own form /Fx whose FlateDecode stream is ``deflated``
    (pypdf's PdfWriter; the stream's bytes are written as given)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        form = DecodedStreamObject()
        form._data = deflated
        form[NameObject("/Filter")] = NameObject("/FlateDecode")
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject([NumberObject(0), NumberObject(0), NumberObject(612),
                                                 NumberObject(792)])
        form[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        xobjects = DictionaryObject({NameObject("/Fx"): writer._add_object(form)})
        draw = b"q /Fx Do Q\n"
        if with_image:
            image = DecodedStreamObject()
            image.set_data(b"\x80" * 16)
            image.update({NameObject("/Type"): NameObject("/XObject"),
                          NameObject("/Subtype"): NameObject("/Image"),
                          NameObject("/Width"): NumberObject(4), NameObject("/Height"): NumberObject(4),
                          NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                          NameObject("/BitsPerComponent"): NumberObject(8)})
            xobjects[NameObject("/Im1")] = writer._add_object(image)
            draw += b"q 612 0 0 792 0 0 cm /Im1 Do Q\n"
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/XObject"): xobjects,
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        stream.set_data(draw + (b"BT /F1 12 Tf 72 720 Td (" + words + b") Tj ET\n" if words else b""))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return zeros_deflated(BOMB_BYTES)


def _first_page(data: bytes):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(data)).pages[0]
    return page, page.get_contents().get_data()


def test_weighing_a_form_bomb_calls_the_page_heavy_without_inflating_it(bomb: bytes) -> None:
    page, stream = _first_page(bomb_pdf(1, bomb))
    tracemalloc.start()
    try:
        heavy = _doctext()._too_heavy(page, stream)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert heavy is True
    assert peak < 8 * 1024 * 1024, f"{peak:,} bytes held to weigh the form"


def test_placing_pictures_past_a_form_bomb_is_unknown_without_inflating_it(bomb: bytes) -> None:
    page, stream = _first_page(bomb_pdf(1, bomb, with_image=True))
    tracemalloc.start()
    try:
        placed = _doctext()._placed_pictures(page, stream)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert placed is None  # cover unknown: counts as covered (fail closed)
    # Inflated at most twice the placing budget (4 MiB) to learn it is too large; pypdf took 75 MB.
    assert peak < 32 * 1024 * 1024, f"{peak:,} bytes held to place the pictures"


def test_forty_pages_each_drawing_a_70mb_form_are_heavy_in_little_memory_and_time(tmp_path: Path) -> None:
    """2.7 MB of PDF: 2.8 GB and 11 s before (all pages unread, 'took more than 10 s')."""
    path = tmp_path / "leaflet.pdf"
    path.write_bytes(bomb_pdf(40, zeros_deflated(BIG_FORM_BYTES)))
    code = ("import resource, sys, json, time; resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2); "
            "from nymaudit.sources.doctext import document_text as d; t = time.perf_counter(); "
            # VmHWM, the process's own peak (ru_maxrss keeps the forking pytest's across exec).
            "peak = lambda: int(next(line for line in open('/proc/self/status') "
            "if line.startswith('VmHWM')).split()[1]); "
            "r = d(open(sys.argv[1], 'rb').read(), 'pdf'); "
            "print(json.dumps([round(time.perf_counter() - t, 2), "
            "peak(), r.error, r.notes]))")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    took, peak_kb, error, notes = json.loads(done.stdout)
    said = " ".join([error or "", *notes])
    assert "40 pages (1, 2, 3, 4, 5, …) are drawn with more than 1 MiB of page content" in said, said
    assert "took more than" not in said, said
    assert peak_kb < 400_000, f"peak {peak_kb:,} kB"
    assert took < 8, took


def test_check_fails_closed_on_a_form_bomb_and_says_the_page_is_heavy(tmp_path: Path, bomb: bytes) -> None:
    path = tmp_path / "flyer.pdf"
    path.write_bytes(bomb_pdf(1, bomb, words=b"Meet us at the hall"))
    code, doc = report("check", str(path))
    assert code != 0  # an input error: `check` fails closed
    said = json_text(doc)
    assert "page 1 is drawn with more than 1 MiB of page content" in said, said


def json_text(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False)


def test_guard_a_small_deflated_text_form_is_still_read(tmp_path: Path) -> None:
    """Guard (passes before and after): a form's words are read through the capped inflate."""
    body = b"BT /F1 12 Tf 72 700 Td (I moved to Croydon last spring and love the market.) Tj ET"
    path = tmp_path / "letter.pdf"
    path.write_bytes(bomb_pdf(1, zlib.compress(body)))
    page, stream = _first_page(path.read_bytes())
    assert _doctext()._too_heavy(page, stream) is False
    read = _doctext().document_text(path.read_bytes(), "pdf")
    assert read.error is None, read.error
    assert "Croydon" in " ".join(section.text for section in read.sections)


def test_guard_a_scan_drawn_inside_a_small_form_is_still_placed(tmp_path: Path) -> None:
    """Guard: a picture drawn beside a small deflated form is still placed over the page."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(bomb_pdf(1, zlib.compress(b"q 1 0 0 1 0 0 cm Q"), with_image=True))
    page, stream = _first_page(path.read_bytes())
    placed = _doctext()._placed_pictures(page, stream)
    assert placed is not None and placed[0][1] == pytest.approx(1.0)


def page_bomb_pdf(pages: int, deflated: bytes) -> bytes:
    """Pages whose own content stream (not a form) is ``deflated`` (FlateDecode), as pypdf writes it."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        stream = DecodedStreamObject()
        stream._data = deflated
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_forty_pages_whose_own_content_inflates_to_70mb_are_heavy_in_little_memory(tmp_path: Path) -> None:
    """The page's own content was inflated whole and kept by pypdf: 2.25 GB, 11.9 s (dtb14's
    proposal, applied by the lead: `_page_contents_over`)."""
    path = tmp_path / "pages.pdf"
    path.write_bytes(page_bomb_pdf(40, zeros_deflated(BIG_FORM_BYTES)))
    code = ("import resource, sys, json; resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2); "
            "from nymaudit.sources.doctext import document_text as d; "
            "peak = lambda: int(next(line for line in open('/proc/self/status') "
            "if line.startswith('VmHWM')).split()[1]); "
            "r = d(open(sys.argv[1], 'rb').read(), 'pdf'); print(json.dumps([peak(), r.error, r.notes]))")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    peak_kb, error, notes = json.loads(done.stdout)
    said = " ".join([error or "", *notes])
    assert "40 pages (1, 2, 3, 4, 5, …) are drawn with more than 1 MiB of page content" in said, said
    assert peak_kb < 400_000, f"peak {peak_kb:,} kB"

"""ofx14: a zip listing more parts than a document holds is refused before zipfile parses it in
the metadata readers too (sniff and office, red14 F3: `check` of a draft linking a .docx of
1,000,000 empty members took 9.6 s and 696 MB after dfx14); tree.zip_members_listed takes bytes,
a binary file or a path; META029 counts an RTF's hidden text (\\v) as a Word file's, never quoting it.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_builders import build_jekyll_blog
from test_doc13 import SAID, by_rule, odt, report, word_file

SHARED = Path("../shared")
EXIFTOOL_RTF = SHARED / "images/exiftool-samples/RTF.rtf"  # written by Mac OS X TextEdit
PARTS_CAP = 20_000  # sniff.MAX_DOCUMENT_PARTS, as doctext's MAX_ZIP_ENTRIES


def crowded(path: Path, extra: int) -> bytes:
    """A real document with ``extra`` empty members appended by zipfile (as red14's mkmany.py)."""
    with zipfile.ZipFile(path, "a") as z:
        for n in range(extra):
            z.writestr(f"customXml/e{n:x}", b"")
    return path.read_bytes()


@pytest.fixture(scope="module")
def crowded_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = word_file(tmp_path_factory.mktemp("docx") / "news.docx", [SAID])
    return crowded(path, PARTS_CAP + 500)


def spy_on_zipfile(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    opened: list[object] = []
    real = zipfile.ZipFile

    def spy(*args: object, **kwargs: object) -> zipfile.ZipFile:
        opened.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile, "ZipFile", spy)
    return opened


def test_metadata_refuses_a_docx_listing_more_parts_before_zipfile_parses_it(
        crowded_docx: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """red14 F3: sniff and the office reader built a ZipInfo per entry (1,000,000: 696 MB)."""
    from nymaudit.metadata import extract, sniff

    parts = len(zipfile.ZipFile(io.BytesIO(crowded_docx)).namelist())
    opened = spy_on_zipfile(monkeypatch)
    assert sniff(crowded_docx) == "ooxml"  # named from its listing's first entries
    meta = extract(crowded_docx)
    assert opened == []
    assert meta.format == "ooxml" and meta.fields == []
    assert meta.error is not None and f"its zip lists {parts:,} parts" in meta.error
    assert "more than a document holds" in meta.error and "partial" not in meta.error


def test_an_opendocument_listing_more_parts_is_refused_too(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from nymaudit.metadata import extract

    data = crowded(odt(tmp_path / "minutes.odt", f"<text:p>{SAID}</text:p>"), PARTS_CAP + 1)
    parts = len(zipfile.ZipFile(io.BytesIO(data)).namelist())
    opened = spy_on_zipfile(monkeypatch)
    meta = extract(data)
    assert opened == [] and meta.format == "odf"
    assert meta.error is not None and f"lists {parts:,} parts" in meta.error


def test_a_document_under_the_cap_is_read_as_before(tmp_path: Path) -> None:
    """Guard: the count comes first, the reading is unchanged."""
    from nymaudit.metadata import extract

    path = word_file(tmp_path / "cv.docx", [SAID])
    meta = extract(crowded(path, 3000))
    assert meta.error is None
    assert ("Creator", "Ailsa McKenzie") in {(f.name, f.value) for f in meta.fields}


def test_check_of_a_draft_linking_such_a_docx_fails_closed_naming_the_count(
        tmp_path: Path, crowded_docx: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """The .docx linked from a Jekyll draft (red14 repro.sh): both its words and its metadata are
    said not read, with the count; HEAD read its metadata after parsing every entry."""
    site = build_jekyll_blog(tmp_path / "site", [{
        "name": "2025-03-01-n.md", "front": {"title": "N", "date": "2025-03-01 07:10:00 +0100"},
        "body": "The newsletter: [docx](/assets/news.docx)"}], files={"assets/news.docx": crowded_docx})
    monkeypatch.chdir(site)
    code, doc = report("check", "_posts/2025-03-01-n.md")
    assert code != 0
    unread = by_rule(doc["findings"]).get("META026", [])
    assert any("more than a document holds" in f["message"] and "news.docx" in f["message"]
               for f in unread), unread


def test_zip_members_listed_takes_bytes_a_binary_file_or_a_path(tmp_path: Path) -> None:
    from nymaudit.sources.tree import zip_members_listed

    path = word_file(tmp_path / "a.docx", [SAID])
    data = crowded(path, 40)
    with path.open("rb") as fh:
        from_file = zip_members_listed(fh, 10)
        assert not fh.closed  # the caller's file is left open
    assert zip_members_listed(data, 10) == zip_members_listed(bytearray(data), 10) == from_file
    assert from_file == zip_members_listed(path, 10) == len(zipfile.ZipFile(path).namelist())


def zip64_end(locator_offset: int, entries: int = 1) -> bytes:
    """A stored zip whose zip64 locator points at ``locator_offset``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
    data = buffer.getvalue()
    eocd = data.rindex(b"PK\x05\x06")
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, locator_offset, 1)
    return data[:eocd] + locator + data[eocd:]


def test_a_zip64_locator_pointing_past_two_to_the_63_is_no_crash() -> None:
    """BytesIO.seek(2**64 - 1) raises OverflowError, which the count did not catch."""
    from nymaudit.metadata import extract
    from nymaudit.sources.doctext import document_text
    from nymaudit.sources.tree import zip_members_listed

    data = zip64_end(2**64 - 1)
    assert zip_members_listed(data) == 1
    assert isinstance(extract(data).format, str)
    assert document_text(data, "ooxml") is not None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.integers(0, 2**64 - 1), st.integers(0, 2**32 - 1),
       st.integers(0, 0xFFFF), st.booleans())
def test_counting_and_naming_never_raise_on_any_end_record(body: bytes, offset: int, size: int,
                                                           entries: int, zip64: bool) -> None:
    from nymaudit.metadata.sniff import _central_names, sniff
    from nymaudit.sources.tree import zip_members_listed

    tail = struct.pack("<4sIQI", b"PK\x06\x07", 0, offset, 1) if zip64 else b""
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, entries, entries, size, offset & 0xFFFFFFFF, 0)
    data = b"PK\x03\x04" + body + tail + eocd
    listed = zip_members_listed(data, 5)
    assert listed is None or listed >= 0
    assert isinstance(_central_names(data, 50), set)
    assert isinstance(sniff(data), str)


# --- RTF hidden text (META029) -------------------------------------------------------------------

def with_hidden(rtf: bytes, hidden: str) -> bytes:
    """A real RTF with a passage formatted hidden before its last brace, as Word writes it."""
    return rtf[:rtf.rindex(b"}")] + b"\\par {\\v " + hidden.encode() + b"}\\par }"


def hidden_parts(data: bytes) -> str | None:
    from nymaudit.metadata import extract

    meta = extract(data)
    return next((f.value for f in meta.fields if f.name == "HiddenParts"), None)


@pytest.mark.skipif(not EXIFTOOL_RTF.exists(), reason="shared fixtures missing")
def test_hidden_text_in_a_real_rtf_is_counted_never_quoted(tmp_path: Path) -> None:
    real = EXIFTOOL_RTF.read_bytes()
    assert hidden_parts(real) is None  # guard: TextEdit's file hides nothing
    path = tmp_path / "minutes.rtf"
    path.write_bytes(with_hidden(real, SAID))
    assert hidden_parts(path.read_bytes()) == "1 passage of hidden text (15 words)"
    code, doc = report("check", str(path))
    meta029 = by_rule(doc["findings"]).get("META029", [])
    assert code != 0 and any("1 passage of hidden text (15 words)" in f["message"] for f in meta029)
    # Its words are read as the document's (dfx14: "paragraph N (hidden text)"); META029 only counts.
    said = json.dumps(meta029)
    assert "Croydon" not in said and "900461" not in said


def test_rtf_hidden_passages_follow_the_formatting() -> None:
    head = b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\v Arial;}}{\\stylesheet{\\s1\\v Hidden;}}\\f0 "
    # \v0 and \plain end hidden text; a group's `}` gives the outer formatting back; a paragraph
    # ends a passage (six | seven); shown text between hidden runs makes two; hidden font and style
    # definitions are none; \'e9 and \uN are characters (café, 東京: 2 words).
    body = (b"Shown. {\\v one two} shown {\\v three}\\par "
            b"\\v four \\v0 shown \\v five\\plain  shown {\\v caf\\'e9 \\u26481?\\u20140?}\\par "
            b"{\\v six \\par seven}}")
    assert hidden_parts(head + body) == "7 passages of hidden text (9 words)"


def test_rtf_binary_data_and_skipped_destinations_hide_nothing() -> None:
    """Braces and \\v inside \\bin data, pictures, fonts and field codes are no hidden text."""
    data = (b"{\\rtf1\\ansi{\\fonttbl{\\f0\\v Arial;}}{\\pict\\pngblip\\bin8 }{\\v x}}"
            b"{\\field{\\*\\fldinst {\\v HYPERLINK \"https://a.example\"}}{\\fldrslt shown}}"
            b"{\\*\\generator Riched20 \\v 10.0}Plain words.\\par}")
    assert hidden_parts(data) is None


@pytest.mark.skipif(not EXIFTOOL_RTF.exists(), reason="shared fixtures missing")
def test_an_rtf_without_hidden_text_is_not_walked_and_stays_clean() -> None:
    """Guard: a file with no \\v control word gives no HiddenParts (and costs one search)."""
    from nymaudit.metadata import extract

    meta = extract(EXIFTOOL_RTF.read_bytes())
    assert meta.error is None and "HiddenParts" not in {f.name for f in meta.fields}


WORDS = st.text(alphabet="abcXYZ\u00e9", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=4), st.booleans()), max_size=12))
def test_rtf_hidden_counts_match_what_was_hidden(pieces: list[tuple[list[str], bool]]) -> None:
    def esc(word: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\'{ord(c):02x}" for c in word)

    body = "".join(("{\\v " if hidden else "{") + " ".join(map(esc, words)) + " }"
                   for words, hidden in pieces)
    runs = 0
    for n, (_words, hidden) in enumerate(pieces):
        runs += hidden and (n == 0 or not pieces[n - 1][1])
    words = sum(len(w) for w, hidden in pieces if hidden)
    found = hidden_parts(("{\\rtf1\\ansi\\ansicpg1252 " + body + "\\par}").encode())
    if not runs:
        assert found is None
    else:
        noun = "passage" if runs == 1 else "passages"
        assert found == f"{runs} {noun} of hidden text ({words} word{'s' if words != 1 else ''})"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"{", b"}", b"\\v", b"\\v0", b"\\plain", b"\\par", b"\\bin3 ", b"\\bin-5",
                                 b"\\'e9", b"\\'", b"\\u-3?", b"\\u99999999", b"\\uc9", b"\\*", b"\\pict",
                                 b"word ", b"\\", b"\\ansicpg99999", b"\\ansicpg932", b"\r\n", b"\\\\"]),
                max_size=60))
def test_rtf_hidden_counting_never_raises(tokens: list[bytes]) -> None:
    from nymaudit.metadata.core import Collector
    from nymaudit.metadata.office import rtf_hidden

    out = Collector("rtf")
    rtf_hidden(b"{\\rtf1 " + b"".join(tokens), out)
    assert all(f.name == "HiddenParts" for f in out.meta.fields)

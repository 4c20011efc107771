"""The words inside documents: a PDF's text layer, a Word or OpenDocument text's paragraphs,
a presentation's slides, a spreadsheet's text cells, an RTF file's text.

A document the account publishes or attaches is read by the metadata detector for its
properties; its words are the writer's too (a newsletter that says "I live in Croydon",
a CV with a phone number), so they are given to the text detectors (places, disclosures,
links, contact details) as records of kind "file" (model.NOT_POSTS): never counted as posts,
never timed (a document has no posting time; its dates are metadata, read by the META
rules), never part of the writing style (a document is often written with others, edited,
or from a template, in another register than the account's posts). docs/formats.md says so.

Each record is one place a reader can find: a PDF's page ("page 2"), a slide ("slide 3"),
a paragraph of a text document ("paragraph 14"), its headers, footers and notes, a spreadsheet's
row or cell ("sheet Contacts, cell B7", "sheet Contacts, row 7"). What a document hides from view
but keeps (Word text formatted hidden, a hidden slide, sheet, row or column) is read too, its
place saying so ("paragraph 3 (hidden text)", "slide 4 (hidden)", "hidden sheet HR, cell B2"; a
paragraph mixing shown and hidden words is read as stored, "paragraph 3 (with hidden text)"):
anyone who opens the file can show it (docs/formats.md); metadata/office.py counts it (META029).
Text hidden by a Word style or a LibreOffice style or field is hidden text too; Word and RTF
comments are records of their own ("comment 2"; "comment 2 (by another person)", not the writer's
words, when its author is not the document's), and a paragraph with tracked deletions gives the words
they removed, as they stood ("paragraph 4 (before tracked changes)"): doc15, doc15c.

Read in memory and bounded: the document's size, the inflated size of each zip part and of
all of them, the PDF pages read and each page's content, the characters kept and the time
spent are capped (the clock is looked at between PDF pages and every 256 KiB of XML, so one
PDF page of at most MAX_PAGE_CONTENT_BYTES, forms it draws included, can run past it). Words
left unread (a cap reached, a damaged or too heavy page, the time budget, a scan without a text
layer) are an input error of the document, so `check` fails closed; a blank page or a single
figure page inside a longer document is a note. Nothing is ever written to disk. pypdf is
imported only when a PDF is read (start-up stays fast).
A spreadsheet's numbers, dates and formulas are not text records, nor a cell that is one
code-like token (an ID, a token, a SKU) unless it is shaped like a phone number or a web address;
its shared strings and text cells are capped (MAX_SHARED_STRINGS, MAX_TEXT_CELLS) and a cut is
said. A PDF page is a scanned page only when its pictures cover most of it (a logo beside a
short page, a template's background, a captioned figure are not).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import html
import io
import itertools
import re
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from nymaudit.model import Attachment, InputError, Origin, Post
from nymaudit.sources.base import MAX_ERRORS_PER_INPUT, SourceResult

# A document larger than this is not read for its words (said as a note).
MAX_DOCUMENT_BYTES = 128 * 1024 * 1024
# One zip part (word/document.xml, a slide, content.xml) inflated at most, and all of a
# document's parts together; a part that expands more than MAX_RATIO times past 1 MB is a bomb.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_INFLATED_TOTAL = 128 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
# Zip entries listed at most (a document has tens; a hostile one millions).
MAX_ZIP_ENTRIES = 20_000
# Pages of a PDF whose text is read; slides of a presentation.
MAX_PDF_PAGES = 2_000
MAX_SLIDES = 2_000
# A page whose content stream inflates past this is skipped; the rest of the document is read.
# pypdf parses a page's whole stream before its text comes out and cannot be stopped inside
# it, so this bounds how far one page can run past the time budget (1 MiB of the densest text
# operators, `(x)Tj` or `[(a)1(b)]TJ`, measured 1.2-1.8 s CPU on 2026-11-30). It was 8 MiB, and
# one hostile page took 59 s (rev13a). A page of prose holds a few KiB to tens of KiB.
# A page holding a picture and at most this many words is a scanned page with a stamp on it.
SCAN_STAMP_WORDS = 8
# A picture page with more words is still a scan when its words are a scanner's stamp: a phone
# scanning app's footer ("Scanned with CamScanner", its web address, "page 1 of 3": 10 to 15
# words, doc14 item 3) once its stamps, addresses, page numbers, dates and numbers are taken out
# leaves at most SCAN_STAMP_WORDS; or when the same words (digits aside) are on every picture
# page (a fax header with the sender's number and the time). Pages of more words than this are
# read as text (an OCR'd scan has a text layer of its own).
MAX_STAMP_WORDS = 30
# A document of at most this many pages whose one picture page sits beside text is read as a
# letter with a scanned page (a typed cover and a scanned form); in a longer one, a single
# picture page without a scanner's stamp is a figure more often, and is said as a note.
SHORT_DOCUMENT_PAGES = 3
# The scanner stamps, captions and non-title words are data: heuristics/doctext.toml, read the
# first time a picture page needs them (_word_lists).
_STAMP_FILLER = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|app|co)(?:/\S*)?"
    r"|\b(?:page|pg|p)\.?\s*\d+(?:\s*(?:of|/)\s*\d+)?\b|\b\d+\s*(?:of|/)\s*\d+\b"
    r"|[\d:./-]+|\b(?:am|pm)\b|[^\w\s]+", re.IGNORECASE)
MAX_PAGE_CONTENT_BYTES = 1024 * 1024
# Characters of text kept per document (about 600 pages of prose) and sections.
MAX_DOCUMENT_CHARS = 2_000_000
MAX_SECTIONS = 20_000
# Records of what a document holds beside its body, counted apart (rev16a item 5: a manuscript with a
# comment on every 7th paragraph and a deletion on every 5th left its last 4,300 paragraphs unread):
# comments, the words tracked changes deleted, pictures' alt text.
MAX_EXTRA_SECTIONS = 20_000
# Wall time one document's words may take, and all the documents of one input together.
DOCUMENT_SECONDS = 10.0
INPUT_SECONDS = 60.0
# Documents of one input whose words are read; past it they are counted in a note.
MAX_DOCUMENTS = 2_000
# How a finding in a document's text says where it is (scan.mark_audience adds it to the message).
DOCUMENT_NOTE = "a document's text, read by anyone who opens the file"

_CUT_NOTE = (f"holds more text than nymaudit reads in one document ({MAX_DOCUMENT_CHARS:,} characters or "
             f"{MAX_SECTIONS:,} paragraphs, pages or slides); the rest was not read")
# The record of what a paragraph said before its tracked changes ("paragraph 4 (before tracked changes)").
_BEFORE_CHANGES = " (before tracked changes)"
_EXTRA_CUT_NOTE = (f"holds more than {MAX_EXTRA_SECTIONS:,} comments, tracked deletions and alt texts; "
                   "the words of the rest were not read")
# How this module's input errors and notes start (a second call knows what was read).
_WORDS_OF = "the words of this"
_WORDS_OF_NOTE = "the words of the"
# Formats (metadata.sniff's names) whose words are read here.
TEXT_FORMATS = frozenset(("pdf", "ooxml", "odf", "rtf"))


@dataclass(slots=True)
class Section:
    """One findable place of a document: ``where`` ("page 2", "slide 3", "paragraph 14",
    "header") and its text."""

    where: str
    text: str
    # A comment whose author is not the document's author or last editor (doc15c): its words are
    # someone else's, not the writer's disclosures (the record is not ``authored``).
    by_other: bool = False
    # The sheet's position in its workbook, from 1 (its tab order), for a spreadsheet's records.
    sheet: int | None = None


@dataclass(slots=True)
class DocumentText:
    """What reading a document's words gave: its sections, notes (a cap reached, no text
    layer, a spreadsheet not read) and the error that stopped the reading, if any. ``unread``
    holds the notes that say words were left unread (a cap, damage, the time budget): they are
    unread content, an input error of the document (INPUT001), so `check` fails closed on them
    (dfx14 item 2: a page too heavy, a bomb page or 100,000 pages of which none was read passed)."""

    kind: str = "document"
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    chars: int = 0
    unread: list[str] = field(default_factory=list)
    # Side text an RTF holds, counted as it is read ("comments"/"deletions" -> [items, words]) for
    # META029 (metadata/documents.rtf_side_text): its comments and its deleted passages.
    side: dict[str, list[int]] = field(default_factory=dict)
    # The position (from 1) of the spreadsheet sheet being read, in its workbook's order: each
    # record added carries it (Section.sheet, con15 proposal 3).
    sheet: int | None = None
    # The authors an RTF's comments name (\atnauthor), in order, once each: META012 names them
    # (metadata/textformats.py, through documents.rtf_side_text), as office.py does Word's.
    comment_authors: list[str] = field(default_factory=list)
    # Sections that are comments, tracked deletions or alt text (add(..., extra=True)): they have a
    # cap of their own (MAX_EXTRA_SECTIONS), so the body's cap is the body's.
    extra_sections: int = 0

    def count_side(self, kind: str, text: str) -> None:
        words = len(text.split())
        if words:
            entry = self.side.setdefault(kind, [0, 0])
            entry[0] += 1
            entry[1] += words

    def not_read(self, note: str) -> None:
        """Say that some of the document's words were not read (a note that is an input error)."""
        self.notes.append(note)
        self.unread.append(note)

    def add(self, where: str, text: str, *, by_other: bool = False, sheet: int | None = None,
            extra: bool = False) -> bool:
        """Keep one section's text; False when the character or section cap left no room for
        all of it (the caller stops and says so). An ``extra`` section (a comment, a tracked
        deletion, an alt text) counts against MAX_EXTRA_SECTIONS, not the body's MAX_SECTIONS: past
        its cap it is not kept, and that is said once as unread, but the body goes on being read
        (True). Characters are one budget for the whole document."""
        text = text.strip()
        if not text:
            return True
        room = MAX_DOCUMENT_CHARS - self.chars
        if extra and self.extra_sections >= MAX_EXTRA_SECTIONS:
            if _EXTRA_CUT_NOTE not in self.unread:
                self.not_read(_EXTRA_CUT_NOTE)
            return room > 0
        if (not extra and len(self.sections) - self.extra_sections >= MAX_SECTIONS) or room <= 0:
            return False
        self.extra_sections += extra
        self.sections.append(Section(where, text[:room], by_other, self.sheet if sheet is None else sheet))
        self.chars += min(len(text), room)
        return len(text) <= room


class _OutOfTime(Exception):
    """The document's time budget is spent: what was read so far is kept."""


class _Clock:
    def __init__(self, seconds: float) -> None:
        self.deadline = time.perf_counter() + seconds
        self.seconds = seconds

    def check(self) -> None:
        if time.perf_counter() > self.deadline:
            raise _OutOfTime


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB"


# -- zip documents (OOXML, ODF) ----------------------------------------------------------------


class _TooManyParts(Exception):
    """A zip whose table of contents lists more entries than a document reader opens."""

    def __init__(self, listed: int) -> None:
        super().__init__(listed)
        self.listed = listed


class _ZipParts:
    """A document's zip parts read in memory, each capped, all of them capped together."""

    def __init__(self, data: bytes, doc: DocumentText) -> None:
        from nymaudit.sources.tree import zip_members_listed

        # Counted from the zip's end record before zipfile parses the listing: zipfile builds an
        # object per entry first, and a docx of 1,000,000 empty members linked from a draft took
        # 56 s and 695 MB (red14 F3). A document has tens of parts.
        listed = zip_members_listed(data, MAX_ZIP_ENTRIES)
        if listed is not None and listed > MAX_ZIP_ENTRIES:
            raise _TooManyParts(listed)
        self.zf = zipfile.ZipFile(io.BytesIO(data))
        infos = self.zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:  # a listing the end record understated
            raise _TooManyParts(len(infos))
        self.names = {info.filename: info for info in infos}
        self.left = MAX_INFLATED_TOTAL
        self.doc = doc
        self.cut: list[str] = []  # parts not read: too large, bomb-like or past the total

    def read(self, name: str, clock: _Clock) -> bytes | None:
        info = self.names.get(name)
        if info is None:
            return None
        if info.file_size > MAX_PART_BYTES or (
                info.compress_size and info.file_size > RATIO_FLOOR
                and info.file_size / info.compress_size > MAX_RATIO):
            self.cut.append(name)
            return None
        if info.file_size > self.left:
            self.cut.append(name)
            return None
        chunks: list[bytes] = []
        got = 0
        cap = min(MAX_PART_BYTES, self.left)
        with self.zf.open(info) as fh:  # the declared size can lie: read in steps, capped
            while True:
                clock.check()
                piece = fh.read(1024 * 1024)
                if not piece:
                    break
                got += len(piece)
                if got > cap:
                    self.cut.append(name)
                    return None
                chunks.append(piece)
        self.left -= got
        return b"".join(chunks)


# Tags and text of an XML part, in order, linearly (a 60 MB document.xml is not parsed into a
# tree: the words are all that is wanted). Groups: closing slash, name, attributes, self-closing
# slash; or text. Linear on hostile input too (rev13a: a 1 MB part of unclosed "<!--" took
# 538 s): a comment, processing instruction or CDATA section left open ends at the end of the
# part (as an XML parser would stop there) instead of each opener rescanning the rest, and a
# tag or DOCTYPE left open ends at the next "<" (never inside an attribute value in XML).
_TOKEN = re.compile(rb"<(/?)([A-Za-z_][\w.:-]{0,100})((?:[^<>\"']|\"[^<\"]*\"|'[^<']*'){0,20000}?)(/?)>"
                    rb"|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)"
                    rb"|<!DOCTYPE[^<>]{0,20000}>|([^<]+)",
                    re.DOTALL)
# Bytes of a part tokenised between two looks at the clock (a time check per token count let
# 16,384 slow tokens run first).
_CLOCK_BYTES = 256 * 1024
_SPACE_COUNT = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?c="(\d{1,4})"')
# w:type="page" under whatever prefix the part gives WordprocessingML.
_PAGE_BREAK = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?type="page"')
# <w:vanish w:val="0"/> (or "false") turns hidden formatting off again.
_VANISH_OFF = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?val="(?:0|false|off)"')


def _tokens(part: bytes, clock: _Clock) -> Iterator[re.Match[bytes]]:
    """The markup's tokens (``_TOKEN``), the clock checked by bytes read, not by tokens: one token
    can be megabytes long. Shared by the Word, shared-strings, sheet and ODS readers."""
    next_check = _CLOCK_BYTES
    for m in _TOKEN.finditer(part):
        if m.end() >= next_check:
            clock.check()
            next_check = m.end() + _CLOCK_BYTES
        yield m


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return html.unescape(text) if "&" in text else text


@dataclass(slots=True)
class _Markup:
    """Which tags of an XML vocabulary make text, breaks and paragraphs, and which hide
    their content (tracked deletions, comments, the fallback copy of a text box)."""

    text_tags: frozenset[bytes]  # text is kept only inside these (w:t); empty: everywhere
    paragraph_ends: frozenset[bytes]
    line_breaks: frozenset[bytes]
    tabs: frozenset[bytes]
    hidden: frozenset[bytes]
    spaces: frozenset[bytes] = frozenset()  # ODF's <text:s text:c="3"/>
    page_starts: frozenset[bytes] = frozenset()  # ODF's draw:page: a new slide
    page_breaks: frozenset[bytes] = frozenset()  # Word's w:br w:type="page"
    rendered_breaks: frozenset[bytes] = frozenset()  # Word's w:lastRenderedPageBreak
    runs: frozenset[bytes] = frozenset()  # Word's w:r: a run of text with its own formatting
    vanish: frozenset[bytes] = frozenset()  # Word's w:vanish in a run's properties: hidden text
    sections: frozenset[bytes] = frozenset()  # ODF's text:section: hidden when text:display="none"
    run_styles: frozenset[bytes] = frozenset()  # Word's w:rStyle: a run's character style
    paragraph_styles: frozenset[bytes] = frozenset()  # Word's w:pStyle: a paragraph's style
    deleted: frozenset[bytes] = frozenset()  # Word's w:del, w:moveFrom: a tracked deletion
    deleted_text: frozenset[bytes] = frozenset()  # Word's w:delText: the words it removed
    inserted: frozenset[bytes] = frozenset()  # Word's w:ins: a tracked insertion
    styled: frozenset[bytes] = frozenset()  # ODF's text:span, text:p, text:h: hidden by their style
    hidden_fields: frozenset[bytes] = frozenset()  # ODF's text:hidden-paragraph, text:hidden-text
    change_marks: frozenset[bytes] = frozenset()  # ODF's text:change: where a tracked deletion was
    change_starts: frozenset[bytes] = frozenset()  # ODF's text:change-start: a tracked change's start
    change_ends: frozenset[bytes] = frozenset()  # ... and text:change-end: its end
    tracked_changes: frozenset[bytes] = frozenset()  # ODF's text:tracked-changes: the changes' list
    changed_regions: frozenset[bytes] = frozenset()  # ODF's text:changed-region: one change
    deletions: frozenset[bytes] = frozenset()  # ODF's text:deletion: what a change removed
    insertions: frozenset[bytes] = frozenset()  # ODF's text:insertion: a change that added words
    annotations: frozenset[bytes] = frozenset()  # ODF's office:annotation: a comment

    def localised(self, prefixes: dict[bytes, frozenset[bytes]]) -> _Markup:
        """The same vocabulary under the prefixes a part binds to its namespaces."""
        def names(tags: frozenset[bytes]) -> frozenset[bytes]:
            out: set[bytes] = set()
            for tag in tags:
                prefix, _, local = tag.partition(b":")
                out.update(f"{p.decode()}:".encode() + local if p else local
                           for p in prefixes.get(prefix, frozenset((prefix,))))
            return frozenset(out)
        # By field name (doc16: the positional call put styled, hidden_fields and inserted in each
        # other's places, so a re-saved Word part's w:ins read as a hidden field and lost its words).
        return _Markup(**{f.name: names(getattr(self, f.name)) for f in dataclasses.fields(self)})


# The namespaces whose usual prefix (w:, a:, mc:, text:, ...) the vocabularies above are written
# with. A part may bind another (rev13a: Python's xml.etree re-saves WordprocessingML as ns0:p,
# ns0:t, which Word opens as it did) or none (a default xmlns="..."): its own are used then.
_NAMESPACES: dict[bytes, tuple[bytes, ...]] = {
    b"w": (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
           b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    b"a": (b"http://schemas.openxmlformats.org/drawingml/2006/main",
           b"http://purl.oclc.org/ooxml/drawingml/main"),
    b"mc": (b"http://schemas.openxmlformats.org/markup-compatibility/2006",),
    b"text": (b"urn:oasis:names:tc:opendocument:xmlns:text:1.0",),
    b"office": (b"urn:oasis:names:tc:opendocument:xmlns:office:1.0",),
    b"draw": (b"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",),
    b"presentation": (b"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",),
}
_XMLNS = re.compile(rb"""\sxmlns(?::([\w.-]{1,100}))?\s*=\s*["']([^"'<>]{1,500})["']""")
# Declarations looked for in a part's first bytes (the root element declares them).
_XMLNS_BYTES = 1024 * 1024


def _localised(part: bytes, markup: _Markup) -> _Markup:
    """``markup`` under the prefixes ``part`` declares for its namespaces (the usual prefix
    stays known too); ``markup`` itself when the part uses the usual ones."""
    declared: dict[bytes, set[bytes]] = {}
    for m in _XMLNS.finditer(part, 0, _XMLNS_BYTES):
        declared.setdefault(m.group(2).strip(), set()).add(m.group(1) or b"")
    prefixes: dict[bytes, frozenset[bytes]] = {}
    for usual, uris in _NAMESPACES.items():
        bound = {prefix for uri in uris for prefix in declared.get(uri, ())}
        if bound - {usual}:
            prefixes[usual] = frozenset(bound | {usual})
    return markup.localised(prefixes) if prefixes else markup


_WORD = _Markup(frozenset({b"w:t"}), frozenset({b"w:p"}), frozenset({b"w:br", b"w:cr"}),
                frozenset({b"w:tab"}), frozenset({b"mc:Fallback"}),
                page_breaks=frozenset({b"w:br"}), rendered_breaks=frozenset({b"w:lastRenderedPageBreak"}),
                runs=frozenset({b"w:r"}), vanish=frozenset({b"w:vanish"}),
                run_styles=frozenset({b"w:rStyle"}), paragraph_styles=frozenset({b"w:pStyle"}),
                # w:moveFrom: a tracked move's old place, shown struck through as a deletion is, its
                # words in w:t (red16 F5: it was dropped unread while this said it was read).
                deleted=frozenset({b"w:del", b"w:moveFrom"}), deleted_text=frozenset({b"w:delText"}),
                inserted=frozenset({b"w:ins"}))
# word/comments.xml: each w:comment starts a new "page", so its paragraphs are one comment's.
_WORD_COMMENTS = dataclasses.replace(_WORD, page_starts=frozenset({b"w:comment"}), page_breaks=frozenset(),
                                     rendered_breaks=frozenset())
_DRAWING = _Markup(frozenset({b"a:t"}), frozenset({b"a:p"}), frozenset({b"a:br"}), frozenset(),
                   frozenset({b"mc:Fallback"}))
_ODF = _Markup(frozenset(), frozenset({b"text:p", b"text:h"}), frozenset({b"text:line-break"}),
               frozenset({b"text:tab"}),
               frozenset({b"office:annotation", b"text:tracked-changes", b"office:annotation-end",
                          b"text:note-citation", b"presentation:notes", b"office:meta",
                          b"office:font-face-decls", b"office:automatic-styles", b"office:scripts"}),
               spaces=frozenset({b"text:s"}), sections=frozenset({b"text:section"}),
               styled=frozenset({b"text:span", b"text:p", b"text:h"}),
               hidden_fields=frozenset({b"text:hidden-paragraph", b"text:hidden-text"}),
               change_marks=frozenset({b"text:change"}), change_starts=frozenset({b"text:change-start"}),
               change_ends=frozenset({b"text:change-end"}),
               tracked_changes=frozenset({b"text:tracked-changes"}),
               changed_regions=frozenset({b"text:changed-region"}), deletions=frozenset({b"text:deletion"}),
               insertions=frozenset({b"text:insertion"}), annotations=frozenset({b"office:annotation"}))
_ODF_SLIDES = _Markup(_ODF.text_tags, _ODF.paragraph_ends, _ODF.line_breaks, _ODF.tabs, _ODF.hidden,
                      _ODF.spaces, page_starts=frozenset({b"draw:page"}), annotations=_ODF.annotations)


# -- styles that hide text (doc15 item 1, 2) -----------------------------------------------------

# Styles read from one styles part at most (a document has hundreds; a hostile one millions), and
# links of a w:basedOn or style:parent-style-name chain followed (Word allows none deeper than
# a few; a chain looping A -> B -> A ends here).
MAX_STYLES = 10_000
MAX_STYLE_DEPTH = 20
_W_STYLE_ID = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?styleId="([^"<>]{1,255})"')
_W_STYLE_TYPE = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?type="([A-Za-z]{1,20})"')
_W_DEFAULT = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?default="(?:1|true|on)"')
_VAL = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?val="([^"<>]{1,255})"')
_O_STYLE_NAME = re.compile(rb'(?:^|\s)style:name="([^"<>]{1,255})"')
_O_STYLE_PARENT = re.compile(rb'(?:^|\s)style:parent-style-name="([^"<>]{1,255})"')
_O_STYLE_FAMILY = re.compile(rb'(?:^|\s)style:family="([a-z-]{1,40})"')
_O_TEXT_STYLE = re.compile(rb'(?:^|\s)text:style-name="([^"<>]{1,255})"')
# LibreOffice's hidden characters (text:display="none"), and text shown only when a condition
# holds ("condition", Format > Sections > Hide with a condition): both kept out of view.
_O_DISPLAY = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?display="(none|condition|true)"')
_O_CONDITION = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?condition="([^"<>]{0,2000})"')
_O_CONDITION_PREFIX = re.compile(rb"\s*(?:[A-Za-z]{1,20}:)?\s*")
# What a section's display says: shown, hidden, or shown or hidden on a condition (ODF hides a
# section whose condition holds); only a constant condition is worked out (doc15c item 4).
SECTION_SHOWN, SECTION_HIDDEN, SECTION_ON_CONDITION = 0, 1, 2


def odf_section_display(attrs: bytes) -> int:
    """SECTION_SHOWN, SECTION_HIDDEN or SECTION_ON_CONDITION for a <text:section>'s attributes.
    text:display="none" hides it; "condition" hides it when text:condition holds, which nymaudit
    works out only for a constant ("ooow:1", "ooow:true" hide it; "ooow:0", "ooow:false" show it).
    A mail merge's condition on its fields ("ooow:Town EQ \"Leeds\"", "ooow:1 EQ 2") is said as
    on a condition: whether a reader sees it cannot be known from the file alone."""
    display = _O_DISPLAY.search(attrs)
    said = display.group(1) if display else b"true"
    if said == b"true":
        return SECTION_SHOWN
    if said == b"none":
        return SECTION_HIDDEN
    found = _O_CONDITION.search(attrs)
    condition = found.group(1) if found else b""
    prefix = _O_CONDITION_PREFIX.match(condition)
    value = condition[prefix.end() if prefix else 0:].strip().lower()
    if value in (b"1", b"true"):
        return SECTION_HIDDEN
    if value in (b"0", b"false"):
        return SECTION_SHOWN
    return SECTION_ON_CONDITION


_O_IS_HIDDEN_OFF = re.compile(rb'(?:^|\s)text:is-hidden="false"')
_O_STRING_VALUE = re.compile(rb'(?:^|\s)text:string-value="([^"<>]{0,20000})"')


@dataclass(slots=True)
class _HiddenStyles:
    """Styles that hide their text, resolved through their parents: ``says`` holds a style whose
    chain says hidden (True) or shown (False); one whose chain says neither is absent (a run's
    character style then leaves it to its paragraph's). ``base`` is what a style saying nothing
    means (Word's docDefaults), ``paragraph`` the style of a paragraph that names none."""

    says: dict[bytes, bool] = field(default_factory=dict)
    base: bool = False
    paragraph: bytes | None = None

    def paragraph_hides(self, name: bytes | None) -> bool:
        name = name if name is not None else self.paragraph
        return self.says.get(name, self.base) if name is not None else self.base


def _resolve(own: dict[bytes, bool | None], parents: dict[bytes, bytes]) -> dict[bytes, bool]:
    """Each style's own say, or its nearest parent's, for the styles whose chain says; a chain is
    followed MAX_STYLE_DEPTH links at most and a loop (A -> B -> A) ends where it repeats."""
    says: dict[bytes, bool] = {}
    for name in own:
        seen: set[bytes] = set()
        current: bytes | None = name
        while current is not None and current not in seen and len(seen) < MAX_STYLE_DEPTH:
            seen.add(current)
            said = own.get(current)
            if said is not None:
                says[name] = said
                break
            current = parents.get(current)
    return says


def _word_styles(part: bytes, clock: _Clock) -> _HiddenStyles:
    """Word's styles.xml: the character and paragraph styles whose run properties say w:vanish
    (Word hides all text in that style: Home > Styles > Modify > Format > Font > Hidden), through
    w:basedOn, and the document defaults' (w:docDefaults). A table style's conditional formatting
    (w:tblStylePr) is not followed."""
    own: dict[bytes, bool | None] = {}
    parents: dict[bytes, bytes] = {}
    default_paragraph: bytes | None = None
    base = False
    current: bytes | None = None  # the style being read
    in_defaults = in_table_part = False
    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            continue
        tag = name.rpartition(b":")[2]
        closing = m.group(1) == b"/"
        if tag == b"style":
            if closing:
                current = None
            elif len(own) < MAX_STYLES and (found := _W_STYLE_ID.search(m.group(3))):
                current = found.group(1)
                own.setdefault(current, None)
                kind = _W_STYLE_TYPE.search(m.group(3))
                if (kind and kind.group(1) == b"paragraph" and default_paragraph is None
                        and _W_DEFAULT.search(m.group(3))):
                    default_paragraph = current
        elif tag == b"docDefaults":
            in_defaults = not closing and m.group(4) != b"/"
        elif tag == b"tblStylePr":
            in_table_part = not closing and m.group(4) != b"/"
        elif tag == b"basedOn" and current is not None and not closing and (val := _VAL.search(m.group(3))):
            parents[current] = val.group(1)
        elif tag == b"vanish" and not closing and not in_table_part:
            said = not _VANISH_OFF.search(m.group(3))
            if current is not None:
                own[current] = said
            elif in_defaults:
                base = said
    return _HiddenStyles(_resolve(own, parents), base, default_paragraph)


def _odf_styles(parts: list[bytes], clock: _Clock) -> _HiddenStyles:
    """The text and paragraph styles of ODF parts (styles.xml's named ones, content.xml's
    automatic ones, later parts winning) whose text properties say text:display="none" or
    "condition", through style:parent-style-name."""
    own: dict[bytes, bool | None] = {}
    parents: dict[bytes, bytes] = {}
    for part in parts:
        current: bytes | None = None
        for m in _tokens(part, clock):
            name = m.group(2)
            if name is None or m.group(1) == b"/":
                if name == b"style:style":
                    current = None
                continue
            if name == b"style:style":
                found = _O_STYLE_NAME.search(m.group(3))
                family = _O_STYLE_FAMILY.search(m.group(3))
                current = None
                if found and family and family.group(1) in (b"text", b"paragraph") and len(own) < MAX_STYLES:
                    current = found.group(1)
                    own[current] = None
                    if parent := _O_STYLE_PARENT.search(m.group(3)):
                        parents[current] = parent.group(1)
                if m.group(4) == b"/":
                    current = None
            elif name == b"style:text-properties" and current is not None and (
                    shown := _O_DISPLAY.search(m.group(3))):
                own[current] = shown.group(1) != b"true"
    return _HiddenStyles(_resolve(own, parents))


# Deleted words as the reader collects a paragraph before its tracked changes, marked so that
# only the sentences holding them make the "(before tracked changes)" record (doc15c item 1).
_DELETED_START, _DELETED_END = "\x02", "\x03"
# A sentence ends at its mark and the space after it, a deletion's end marker between them or not.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|(?<=[.!?\u2026]\x03)\s+|\n+")


def _mark_deleted(words: str) -> str:
    """Deleted words marked for _changed_sentences, the spaces around them left outside (a deleted
    "I live in Leeds. " does not reach into the sentence after it)."""
    core = words.strip()
    if not core:
        return words
    start = words.find(core)
    return f"{words[:start]}{_DELETED_START}{core}{_DELETED_END}{words[start + len(core):]}"
_TOKEN_WORD = re.compile(r"\S+")
# Words kept around a sentence's deletions: before them, what makes them a statement ("I work
# at", "I was born on"), from the clause's start; after them, what ends a date or a name ("1984").
_WORDS_BEFORE_DELETION, _WORDS_AFTER_DELETION = 4, 2
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")
# A form's or a CV's label before a colon ("Date of birth: [3 March 1984]"): kept with the deleted
# value it names, up to this many words, since a bare date or word says nothing of whose it is.
_LABEL_WORDS = 4


def _changed_sentences(before: str) -> str:
    """What a paragraph said before its tracked changes that its current text does not: in each
    sentence holding deleted words (marked by _DELETED_START/_DELETED_END), the deleted words as
    they stood, with up to _WORDS_BEFORE_DELETION words of their clause before them and
    _WORDS_AFTER_DELETION after ("I work at [Acme Widgets Ltd] as a"). The rest of the paragraph
    is the current text's record: read again whole, every place, date and disclosure in it counted
    twice (rev15a item 1: "Leeds x2 in 2 places", PLACE001 low -> medium, for one sentence)."""
    if _DELETED_START not in before:
        return ""
    kept: list[str] = []
    deleting = False  # a deletion is open from an earlier sentence
    for sentence in _SENTENCE_END.split(before):
        first = sentence.find(_DELETED_START)
        last = sentence.rfind(_DELETED_END)
        if first < 0 and last < 0 and not deleting:
            continue
        # A sentence wholly inside a deletion is kept whole (doc16: of "[I live in Leeds. I work at
        # Acme. I was born in 1984.]" the middle sentence was lost, only the first and last kept).
        began_before = deleting
        if first >= 0 or last >= 0:  # open after this sentence: its last mark starts a deletion
            deleting = sentence.rfind(_DELETED_START) > last
        first = 0 if began_before or first < 0 else first  # a deletion that began in a sentence before
        last = last + 1 if last >= 0 else len(sentence)  # ... or ends in a later one
        marks = list(_CLAUSE_MARK.finditer(sentence, 0, first))
        clause = marks[-1].end() if marks else 0
        lead = list(_TOKEN_WORD.finditer(sentence, clause, first))
        start = lead[-_WORDS_BEFORE_DELETION].start() if len(lead) > _WORDS_BEFORE_DELETION else clause
        if marks and marks[-1].group() == ":" and len(lead) < _WORDS_BEFORE_DELETION:
            # The deletion follows a label's colon: the label's last words come with it (doc15d 1).
            label_from = marks[-2].end() if len(marks) > 1 else 0
            label = list(_TOKEN_WORD.finditer(sentence, label_from, marks[-1].start()))[-_LABEL_WORDS:]
            start = label[0].start() if label else start
        after = _TOKEN_WORD.finditer(sentence, last)
        tail = [m for _, m in zip(range(_WORDS_AFTER_DELETION), after, strict=False)]
        end = tail[-1].end() if tail else len(sentence)
        kept.append(sentence[start:end].replace(_DELETED_START, "").replace(_DELETED_END, "").strip())
    return "\n".join(part for part in kept if part)


def _paragraphs(part: bytes, markup: _Markup, clock: _Clock,
                rendered_pages: bool = False) -> Iterator[tuple[int, str]]:
    """(page or slide number, text) of the paragraphs of a part that show text (_with_hidden's
    shown text)."""
    for page, shown, *_rest in _paragraphs_with_hidden(part, markup, clock, rendered_pages):
        if shown.strip():
            yield page, shown


def _paragraphs_with_hidden(part: bytes, markup: _Markup, clock: _Clock, rendered_pages: bool = False,
                            styles: _HiddenStyles | None = None, changes: _OdfChanges | None = None
                            ) -> Iterator[tuple[int, str, str, str, str, str]]:
    """(page or slide number from 1, paragraph's shown text, its hidden text, the paragraph as
    stored: shown and hidden words in place, what the paragraph said before its tracked changes
    that it no longer says (_changed_sentences: deleted words in place, insertions out; else ""),
    what hides its hidden words: "hidden section" when an ODF section does, "section shown on a
    condition" when an ODF section shown on a condition holds them, else "hidden text") of an XML
    part, in
    document order. A paragraph inside another (a text box in a Word paragraph) is its own. A new
    page or slide starts at the markup's ``page_starts`` (ODF's draw:page). In Word, the breaks
    Word last rendered count pages when ``rendered_pages``, else the explicit page breaks; the
    words of runs formatted hidden (w:vanish) are the hidden text, directly or through their
    character style or their paragraph's style (``styles``: a run's own w:vanish wins over its
    character style's, which wins over its paragraph style's). In ODF, spans and paragraphs whose
    style hides them, sections not displayed and paragraphs a hidden-paragraph field hides are
    hidden text, and a hidden-text field's words are read where it stands; ``changes`` (an ODF
    text's, _odf_changes) puts each deletion's words where its text:change mark stands and leaves
    the words between an insertion's text:change-start and text:change-end out of the text before
    the changes, as Word's w:del and w:ins (doc16 item 1)."""
    markup = _localised(part, markup)
    styles = styles if styles is not None else _HiddenStyles()
    page_breaks = markup.rendered_breaks if rendered_pages else markup.page_breaks
    # open paragraphs' shown, hidden, all (as stored) text and the text before tracked changes
    stack: list[tuple[list[str], list[str], list[str], list[str]]] = []
    had_deletion: list[bool] = []  # the open paragraph has deleted words
    paragraph_hidden: list[bool] = []  # each open paragraph's style hides it
    paragraph_field: list[bool] = []  # an ODF hidden-paragraph field hides it
    paragraph_section: list[str] = []  # what ODF section it opened inside ("": none that hides)
    hidden = 0
    inside_text = 0
    deleting = 0  # inside Word's w:del
    inserting = 0  # inside Word's w:ins, or between an ODF insertion's start and end marks
    open_insertions: set[bytes] = set()  # the ODF insertions whose start mark the walk has met
    run_vanish: bool | None = None  # the run's own w:vanish (None: it says nothing)
    run_style: bool | None = None  # its character style's say
    spans: list[bool] = []  # open ODF spans: whether each one's style hides it
    hidden_spans = 0
    field_text = 0  # inside an ODF hidden-text field (its string value is read instead)
    # Open ODF sections, each odf_section_display's say: one on a condition (a mail merge's, not
    # worked out) has its words read apart and said so, not said hidden (doc15c item 4).
    sections: list[int] = []
    hidden_sections = 0  # how many of them are hidden or conditional (text inside any is apart)
    hidden_only = 0  # how many are hidden outright
    page = 0 if markup.page_starts else 1

    def into_hidden() -> bool:
        if hidden_sections > 0 or hidden_spans > 0:
            return True
        if run_vanish is not None:
            return run_vanish
        if run_style is not None:
            return run_style
        return bool(paragraph_hidden) and paragraph_hidden[-1]

    def put(words: str, hidden_words: bool | None = None) -> None:
        if deleting:
            stack[-1][3].append(_mark_deleted(words))
            had_deletion[-1] = had_deletion[-1] or bool(words.strip())
            return
        stack[-1][into_hidden() if hidden_words is None else hidden_words].append(words)
        stack[-1][2].append(words)
        if not inserting:
            stack[-1][3].append(words)

    def finish(pieces: tuple[list[str], list[str], list[str], list[str]], field_hidden: bool,
               in_section: str, deletion: bool) -> tuple[str, str, str, str, str] | None:
        shown, unseen, stored, before = ("".join(p) for p in pieces)
        before = _changed_sentences(before) if deletion else ""
        if field_hidden:  # a hidden-paragraph field hides all of its paragraph
            shown, unseen = "", stored
        if shown.strip() or unseen.strip() or before.strip():
            return shown, unseen, stored, before, in_section or "hidden text"
        return None

    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            raw = m.group(5)
            if (raw is not None and stack and not hidden and not field_text
                    and (inside_text or not markup.text_tags)):
                words = _unescape(raw)
                top = stack[-1]
                if deleting:
                    put(words)
                    continue
                # put(words), inlined: the text of every run goes through here
                top[hidden_sections > 0 or hidden_spans > 0 or (
                    run_vanish if run_vanish is not None else run_style if run_style is not None
                    else paragraph_hidden[-1])].append(words)
                top[2].append(words)
                if not inserting:
                    top[3].append(words)
            continue
        closing, self_closing = m.group(1) == b"/", m.group(4) == b"/"
        if name in markup.hidden:
            if not self_closing:
                hidden += -1 if closing else 1
                hidden = max(hidden, 0)
            continue
        if name in markup.page_starts and not closing:
            page += 1
            continue
        if name in markup.paragraph_ends:
            if closing:
                if stack:
                    said = finish(stack.pop(), paragraph_field.pop(), paragraph_section.pop(),
                                  had_deletion.pop())
                    paragraph_hidden.pop()
                    if said:
                        yield page, *said
            elif self_closing:
                continue
            else:
                stack.append(([], [], [], []))
                if markup.styled:  # ODF: the paragraph's own style, or none
                    found = _O_TEXT_STYLE.search(m.group(3))
                    paragraph_hidden.append(bool(found) and styles.says.get(found.group(1), False))
                else:  # Word: the default paragraph style until a w:pStyle says another
                    paragraph_hidden.append(styles.paragraph_hides(None))
                paragraph_field.append(False)
                paragraph_section.append("hidden section" if hidden_only else
                                         "section shown on a condition" if hidden_sections else "")
                had_deletion.append(False)
            continue
        if name in markup.sections and not self_closing:
            if closing:
                kind = sections.pop() if sections else 0
                hidden_sections -= kind != SECTION_SHOWN
                hidden_only -= kind == SECTION_HIDDEN
            else:
                sections.append(odf_section_display(m.group(3) or b""))
                hidden_sections += sections[-1] != SECTION_SHOWN
                hidden_only += sections[-1] == SECTION_HIDDEN
            continue
        if name in markup.styled:  # an ODF span (paragraphs were taken above)
            if self_closing:
                continue
            if closing:
                hidden_spans -= spans.pop() if spans else 0
            else:
                found = _O_TEXT_STYLE.search(m.group(3))
                spans.append(bool(found) and styles.says.get(found.group(1), False))
                hidden_spans += spans[-1]
            continue
        if name in markup.hidden_fields:
            tag = name.rpartition(b":")[2]
            shown_field = _O_IS_HIDDEN_OFF.search(m.group(3)) is not None
            if tag == b"hidden-paragraph":
                if not closing and paragraph_field and not shown_field:
                    paragraph_field[-1] = True
            elif closing:
                field_text = max(field_text - 1, 0)
            else:
                field_text += not self_closing
                value = _O_STRING_VALUE.search(m.group(3))
                if value and stack and not hidden:
                    put(_unescape(value.group(1)), None if shown_field else True)
            continue
        if name in markup.runs:
            # a run's hidden formatting is its own (a paragraph mark's is not text)
            run_vanish = run_style = None
            continue
        if name in markup.vanish:
            run_vanish = None if closing else not _VANISH_OFF.search(m.group(3))
            continue
        if name in markup.run_styles:
            if not closing and (val := _VAL.search(m.group(3))):
                run_style = styles.says.get(val.group(1))
            continue
        if name in markup.paragraph_styles:
            if not closing and paragraph_hidden and (val := _VAL.search(m.group(3))):
                paragraph_hidden[-1] = styles.paragraph_hides(val.group(1))
            continue
        if name in markup.deleted:
            if not self_closing:  # <w:del/> in a paragraph mark's properties deletes no words
                deleting = max(deleting + (-1 if closing else 1), 0)
            continue
        if name in markup.inserted:
            if not self_closing:
                inserting = max(inserting + (-1 if closing else 1), 0)
            continue
        if name in markup.change_marks or name in markup.change_starts or name in markup.change_ends:
            found = None if changes is None or closing else _O_CHANGE_ID.search(m.group(3))
            if found is None or changes is None:
                continue
            change = found.group(1)
            if name in markup.change_marks:
                removed = changes.deleted.get(change)
                if removed and stack and not hidden and change not in changes.placed:
                    changes.placed.add(change)
                    # each deleted paragraph marked apart: _changed_sentences reads line by line
                    stack[-1][3].append("\n".join(_mark_deleted(words) for words in removed))
                    had_deletion[-1] = True
            elif change in changes.inserted:
                if name in markup.change_starts and change not in open_insertions:
                    open_insertions.add(change)
                    inserting += 1
                elif name in markup.change_ends and change in open_insertions:
                    open_insertions.discard(change)
                    inserting -= 1
            continue
        if name in page_breaks and (rendered_pages or _PAGE_BREAK.search(m.group(3))):
            page += 1
            if name not in markup.page_breaks or hidden or not stack:
                continue
        if hidden or not stack:
            continue
        if name in markup.text_tags or name in markup.deleted_text:
            if not self_closing:
                inside_text += -1 if closing else 1
                inside_text = max(inside_text, 0)
            continue
        if closing:
            continue
        if name in markup.line_breaks:
            blank = "\n"
        elif name in markup.tabs:
            blank = "\t"
        elif name in markup.spaces:
            found = _SPACE_COUNT.search(m.group(3))
            blank = " " * min(int(found.group(1)) if found else 1, 100)
        else:
            continue
        put(blank)
    for pieces, field_hidden, in_section, deletion in zip(reversed(stack), reversed(paragraph_field),
                                                          reversed(paragraph_section), reversed(had_deletion),
                                                          strict=False):
        # a part cut off mid-paragraph: what it holds is still read
        if said := finish(pieces, field_hidden, in_section, deletion):
            yield page, *said


def _with_hidden(where: str, shown: str, unseen: str, stored: str,
                 hidden: str = "hidden text") -> tuple[str, str]:
    """(place, text) of one paragraph's record. A paragraph with hidden words among shown ones is
    read as stored, both in place, located "(with hidden text)": cut apart, "I work as a nurse at
    [St James's University Hospital]" lost its employer and "I live in [Otley]" its town
    (rev14b item 2), the words a writer hides to make a "public version". A paragraph all hidden
    is located "(hidden text)" (or ``hidden``: "hidden section")."""
    if not unseen.strip():
        return where, shown
    if not shown.strip():
        return f"{where} ({hidden})", unseen
    return f"{where} (with hidden text)", stored


def _word_parts(names: dict[str, zipfile.ZipInfo]) -> list[tuple[str, str]]:
    """(part, what its text is called) of a Word document: the body first, then headers,
    footers, footnotes, endnotes and comments."""
    parts = [("word/document.xml", "")]
    for prefix, label in (("word/header", "header"), ("word/footer", "footer"),
                          ("word/footnotes", "footnotes"), ("word/endnotes", "endnotes")):
        parts += sorted((name, label) for name in names if name.startswith(prefix) and name.endswith(".xml"))
    if "word/comments.xml" in names:
        parts.append(("word/comments.xml", "comment"))
    return parts


# docProps/core.xml's author and last editor; word/comments.xml's comments and their authors.
_CORE_PEOPLE = re.compile(rb"<(?:[\w.-]{1,100}:)?(?:creator|lastModifiedBy|initial-creator)"
                          rb"(?:\s[^<>]{0,2000})?>([^<>]{1,500})<")
_COMMENT_TAG = re.compile(rb"<(?:[\w.-]{1,100}:)?comment(?=[\s/>])([^<>]{0,20000})>")
_AUTHOR_ATTR = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?author="([^"<>]{0,500})"')


def _person_key(name: str) -> str:
    """A name as compared: case and spacing aside ("jane  DOE" is Jane Doe)."""
    return " ".join(name.split()).casefold()


_NAME_PART = re.compile(r"[^\W\d_]+")
# Words of a name looked at (a flood of words in one w:author is no name), and letters of each.
_NAME_PARTS_READ = 6
_NAME_LETTERS_READ = 24
_NAME_CHARS = 1_000
# What a bracket adds to a display name ("Priya Shah (Council)", "Sam Smith [Legal]"): no name.
_BRACKETED = re.compile(r"\([^()]{0,200}\)|\[[^\[\]]{0,200}\]")
# Letters NFKD does not take apart, as a writer types them without the keyboard of their language.
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i",
                                "þ": "th", "ħ": "h", "ŀ": "l"})


def _fold(text: str) -> str:
    """A name's letters as compared: case and accents aside ("José" is "jose", "Łukasz" "lukasz")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _name_lists() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(each given name -> the names of its groups, the titles left out) from heuristics/doctext.toml
    [given_name_forms], read the first time two names are compared (start-up reads no TOML)."""
    from nymaudit.rules import load_file

    table = load_file("doctext")["given_name_forms"]
    forms: dict[str, set[str]] = {}
    for group in table["groups"]:
        names = frozenset(_fold(str(name)) for name in group)
        for name in names:
            forms.setdefault(name, set()).update(names)
    return ({name: frozenset(found) for name, found in forms.items()},
            frozenset(_fold(str(title)) for title in table["honorifics"]))


def _name_parts(name: str) -> list[str]:
    """The words of a person's name, folded (_fold), the part before an address's "@" only, without
    a bracketed note or a title ("Dr Priya Shah (Council)" is "priya", "shah")."""
    return list(_folded_name(name))


@functools.lru_cache(maxsize=4096)
def _folded_name(name: str) -> tuple[str, ...]:
    person = name.partition("@")[0]
    words = _NAME_PART.findall(_fold(_BRACKETED.sub(" ", person)))
    _forms, titles = _name_lists()
    named = [word[:_NAME_LETTERS_READ] for word in words if word not in titles]
    return tuple((named or [word[:_NAME_LETTERS_READ] for word in words])[:_NAME_PARTS_READ])


def _name_forms(name: str) -> tuple[set[str], set[str]]:
    """(name words of two letters or more, login-like forms) of a person's name as Word, Office 365 or
    a directory shows it ("Priya Shah", "Shah, Priya", "pshah", "priya.shah@council.gov.uk"): the
    login forms join an initial or a whole word with another word ("pshah", "priyashah", "shahp") and
    put the initials together ("ps")."""
    parts = _name_parts(name)
    words = {part for part in parts if len(part) > 1}
    logins = {first[0] + other for first in parts for other in parts if other is not first}
    logins |= {first + other for first in parts for other in parts if other is not first}
    logins |= {first + other[0] for first in parts for other in parts if other is not first}
    if len(parts) > 1:
        logins.add("".join(part[0] for part in parts))
    return words, logins


def _given_names(name: str) -> list[str]:
    """The words of a name that may be its given names: after the comma of "Shah, Priya"; else all
    but the last word ("Priya Shah", "Mary Jane Smith", "P. Shah": the last is the surname). A
    one-word name may be either and is all given name here ("Priya"; "Smith" is told by the caller)."""
    before, comma, after = name.partition(",")
    if comma and "@" not in name:
        return _name_parts(after) or _name_parts(before)
    parts = _name_parts(name)
    return parts[:-1] if len(parts) > 1 else parts


# Spellings one name takes in another alphabet or language, made alike before letters are counted
# ("Aleksandr" and "Alexander", "Mikhail", "Katherine" and "Catherine").
_SPELLINGS = (("ks", "x"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("c", "k"), ("y", "i"), ("w", "v"),
              ("ou", "u"))
_DOUBLED = re.compile(r"(\w)\1+")
# A name of six letters or more spelled within this many letters of another, by the shorter's length
# (six: one; seven or more: two), is one name transliterated or typed another way ("Mohammed" and
# "Muhammad"): both beginning with the same letter ("Jason" is not "Mason"). Not five: "Karen" and
# "Karin", "Mario" and "Maria" are two people's names (rev16c item 4).
_SPELLED_APART = ((7, 2), (6, 1))
# Names of five letters or more that are one spelled another way ("Marko" and "Marco", "Sofia" and
# "Sophia") agree at any length the letters are counted from.
_SPELLED_SAME = 5
# The last letters by which a woman's name is told from a man's ("Mario"/"Maria", "Paul"/"Paula",
# "Louis"/"Louise", "Daniel"/"Danielle", "Kowalski"/"Kowalska", "Petrov"/"Petrova"): two names that
# end differently, one of them in one of these, are a brother's and a sister's, not one name spelled
# two ways (rev16c item 4).
_GENDERED_ENDINGS = frozenset("ae")


@functools.lru_cache(maxsize=16384)
def _spelling(name: str) -> str:
    for written, said in _SPELLINGS:
        name = name.replace(written, said)
    return _DOUBLED.sub(r"\1", name)


def _letters_apart(one: str, other: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it is sure to be more (names are short: 40 letters)."""
    if abs(len(one) - len(other)) > limit:
        return limit + 1
    previous = list(range(len(other) + 1))
    for i, char in enumerate(one, 1):
        current = [i]
        for j, other_char in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other_char)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _spelled_alike(one: str, other: str) -> bool:
    """Whether two folded names are one name spelled another way (_SPELLED_APART)."""
    if min(len(one), len(other)) < _SPELLED_SAME:
        return False
    one, other = _spelling(one), _spelling(other)
    if one == other:
        return True
    if min(len(one), len(other)) < _SPELLED_APART[-1][0]:
        return False
    if one[:1] != other[:1] or abs(len(one) - len(other)) > _SPELLED_APART[0][1]:
        return False
    shorter = min(len(one), len(other))
    limit = next((apart for letters, apart in _SPELLED_APART if shorter >= letters), 0)
    return limit > 0 and _letters_apart(one, other, limit) <= limit


def _begins(short: str, long: str) -> bool:
    """An initial ("p" and "priya") or a short form of two letters or more ("jo" and "joanne",
    "sam" and "samuel") and the name it begins, or the same name."""
    return long.startswith(short) if len(short) <= len(long) else short.startswith(long)


def _gendered_pair(one: str, other: str) -> bool:
    """Whether two folded names differ in how they end, one ending in a woman's name's letter
    (_GENDERED_ENDINGS): "mario" and "maria", "paul" and "paula", "daniel" and "danielle"."""
    return one[-1:] != other[-1:] and bool({one[-1:], other[-1:]} & _GENDERED_ENDINGS)


@functools.lru_cache(maxsize=65536)
def _one_name(one: str, other: str) -> bool:
    """Whether two folded name words may be one person's name: the same, an initial of the other or
    of a form of it ("b" for "robert" through "bob"), two names of one group of
    heuristics/doctext.toml [given_name_forms] ("kate" and "katherine", "bob" and "robert"), a prefix
    of two letters or more of a form, or one spelled like the other (_spelled_alike). Groups are not
    followed from one to another ("al" is "albert", "albert" "bert", but "al" is not "robert"). A
    listed name is told by its groups alone ("ed" is "edward" or "edmund", not "edith"; "alexander" is
    not "alexandra" though both begin "alex"), and a prefix or a spelling never joins a man's name to
    a woman's (_gendered_pair: "jan" and "janina", "paul" and "paula"; rev16c item 4)."""
    if one == other:
        return True
    forms, _titles = _name_lists()
    if other in forms.get(one, frozenset()):
        return True
    for short, long in ((one, other), (other, one)):
        if len(short) == 1 and any(form.startswith(short) for form in forms.get(long, frozenset()) | {long}):
            return True
    if (one in forms and other in forms) or _gendered_pair(one, other):
        return False
    for short, long in ((one, other), (other, one)):
        long_forms = forms.get(long, frozenset()) | {long}
        # A listed short name is told by its groups: "ed" begins "edith" but is "edward"'s.
        if short not in forms and any(len(short) < len(form) and form.startswith(short)
                                      for form in long_forms):
            return True
        if any(_spelled_alike(short, form) and not _gendered_pair(short, form) for form in long_forms):
            return True
    return False


def _surnames(name: str) -> list[str]:
    """The words of a name that may be its surname: before the comma of "Shah, Priya"; else the last
    word ("Priya Shah"). None for a one-word name."""
    before, comma, after = name.partition(",")
    if comma and "@" not in name:
        return _name_parts(before) if _name_parts(after) else []
    parts = _name_parts(name)
    return parts[-1:] if len(parts) > 1 else []


def _surnames_agree(one: str, other: str) -> bool:
    """Whether two names' surnames may be one: either has none, or they are the same word folded or
    spelled alike ("Garcia" and "García", "Kowalski" and "Kowalska": one family)."""
    one_surnames, other_surnames = _surnames(one), _surnames(other)
    return (not one_surnames or not other_surnames
            or any(a == b or _spelled_alike(a, b) for a in one_surnames for b in other_surnames))


def _names_agree(one: list[str], other: list[str]) -> bool:
    return any(_one_name(a, b) for a in one for b in other)


@functools.lru_cache(maxsize=4096)
def _same_person(one: str, other: str) -> bool:
    """Whether two names may be one person, which stays the answer unless they clearly conflict: one
    is a login made from the other ("pshah", "priyashah"), they are the same words folded or in
    another order ("Jose García" and "José García", "Wei Wang" and "Wang Wei"), their given names
    agree (_one_name: "Priya" and "Shah, Priya", "P. Shah", "Kate" and "Katherine", "Bob" and
    "Robert", "Mohammed" and "Muhammad"), or the words beside a shared one do ("Smith Kate" and
    "Katherine Smith"). A one-word name is the same person when it agrees with any word of the other
    ("Smith" beside "Sam Smith" cannot be told from the writer signing with their surname). Only
    clearly different names are two people: "Bob Smith" beside "Sam Smith" (doc16 item 2: a shared
    surname is a family's or a colleague's) or "Sam Jones" beside "Bob Smith" (rev16a item 1: the
    writer's own comment under a short, unaccented or transliterated name stays theirs)."""
    one_words, one_logins = _name_forms(one)
    other_words, other_logins = _name_forms(other)
    one_parts, other_parts = _name_parts(one), _name_parts(other)
    # A login is one word ("pshah"): "petrova", Petrov's login with an "a", in "Alexandra Petrova" is
    # her surname, not his login (rev16c item 4).
    if ((len(other_parts) == 1 and one_logins & other_words)
            or (len(one_parts) == 1 and other_logins & one_words)):
        return True
    if not one_parts or not other_parts:
        return True  # no letters to tell by (an author "42"): nobody can tell
    if len(one_parts) == 1 or len(other_parts) == 1:
        single, full = (one_parts, other_parts) if len(one_parts) == 1 else (other_parts, one_parts)
        return _names_agree(single, full)
    if one_words and one_words == other_words:
        return True
    # Given names agree only beside surnames that do: "Jon Snow" is not "John Smith", "Tomasz Nowak"
    # not "Thomas Müller" (rev16c item 4); a login form of the other is matched above.
    if _surnames_agree(one, other) and _names_agree(_given_names(one), _given_names(other)):
        return True
    # A shared word (a surname, in whichever order): the person is told by the words beside it.
    for i, a in enumerate(one_parts):
        for j, b in enumerate(other_parts):
            beside = (one_parts[:i] + one_parts[i + 1:], other_parts[:j] + other_parts[j + 1:])
            if (a == b or (_spelled_alike(a, b) and not _gendered_pair(a, b))) and _names_agree(*beside):
                return True
    return False


def _by_other(author: str, writers: frozenset[str]) -> bool:
    """Whether a comment by ``author`` is someone else's: it names an author, the document names
    its author or last editor (``writers``, as _person_key gives them) and it clearly names another
    person: _same_person with none of them ("Sam Jones" beside "Bob Smith"; "Bob Smith" beside "Sam
    Smith": a shared surname is a family's or a colleague's, doc16 item 2). A comment by the writer
    under another display name ("Priya", "Shah, Priya", "pshah" beside "Priya Shah": doc15d item 2;
    "Kate", "Jose" or "Mohammed" beside "Katherine", "José" or "Muhammad": rev16a item 1), or one
    nobody can tell (no author on either side), stays the writer's: what it discloses is checked as
    theirs (failing open would miss the writer's own)."""
    key = _person_key(author)
    # A placeholder ("Me", "Author", "Microsoft Office User") names nobody, on either side: no
    # evidence of another person (red16 F3: "Me" beside a Creator "nightowl" hid an employer).
    writers = frozenset(writer for writer in writers if not placeholder_author(writer))
    if not key or not writers or key in writers or placeholder_author(key):
        return False
    # Names are compared to a display name's length (a hostile file's author of megabytes is cut).
    return not any(_same_person(key[:_NAME_CHARS], writer[:_NAME_CHARS]) for writer in writers)


@functools.cache
def _placeholder_authors() -> frozenset[str]:
    """The author names that name nobody, from heuristics/doctext.toml (read the first time a
    comment's author is weighed: start-up reads no TOML)."""
    from nymaudit.rules import load_file

    return frozenset(_person_key(str(name)) for name in load_file("doctext")["placeholder_authors"]["names"])


def placeholder_author(name: str) -> bool:
    """Whether an author's name is a placeholder an editor writes when none was set ("Me",
    "Author", "Microsoft Office User", blank): it says nothing of who wrote."""
    key = _person_key(name)
    return not key or key in _placeholder_authors()


def _writers(parts: _ZipParts, clock: _Clock, part: str = "docProps/core.xml") -> frozenset[str]:
    """The document's author and last editor, as _person_key gives them: docProps/core.xml's
    dc:creator and cp:lastModifiedBy (Office), meta.xml's meta:initial-creator and dc:creator
    (OpenDocument)."""
    if part not in parts.names:
        return frozenset()
    core = parts.read(part, clock) or b""
    return frozenset(key for m in _CORE_PEOPLE.finditer(core[:1_000_000])
                     if (key := _person_key(_unescape(m.group(1)))))


def _comment_authors(part: bytes) -> list[str]:
    """The author of each comment of word/comments.xml, in order ("" where none is said)."""
    authors: list[str] = []
    for m in _COMMENT_TAG.finditer(part):
        found = _AUTHOR_ATTR.search(m.group(1))
        authors.append(_unescape(found.group(1)) if found else "")
        if len(authors) >= MAX_EXTRA_SECTIONS:
            break
    return authors


def _comment_place(number: int, by_other: bool) -> str:
    """A comment's record: "comment 2", or "comment 2 (by another person)" when its author is not
    the document's (the name stays out: --redact cannot mask a record's place, and META012 names
    comment authors already)."""
    return f"comment {number} (by another person)" if by_other else f"comment {number}"


def _read_word_comments(part: bytes, doc: DocumentText, clock: _Clock, styles: _HiddenStyles,
                        writers: frozenset[str] = frozenset()) -> bool:
    """Word's comments (word/comments.xml), one record each, "comment 2" in the order Word keeps
    them: a comment is shown in the margin of anyone who opens the file, and its words are the
    writer's or a colleague's ("I work at ..."); metadata/office.py counts them (META029) and
    names their authors (META012). A comment whose w:author is not the document's author or last
    editor (``writers``) is "comment 2 (by another person)", not the writer's words (rev15a item
    2: a reviewer's "I live in Harrogate" was PLACE002 high). False when the caps are reached."""
    authors = _comment_authors(part)

    def add(number: int, texts: list[str]) -> bool:
        author = authors[number - 1] if 0 < number <= len(authors) else ""
        other = _by_other(author, writers)
        return doc.add(_comment_place(number, other), "\n".join(texts), by_other=other, extra=True)

    current, texts = 0, []
    for number, _shown, _unseen, stored, *_rest in _paragraphs_with_hidden(part, _WORD_COMMENTS, clock,
                                                                          styles=styles):
        if number != current and texts:
            if not add(current, texts):
                return False
            texts = []
        current = number
        texts.append(stored)
    return add(current, texts) if texts else True


# -- OpenDocument comments and tracked changes (doc16 item 1) -----------------------------------

# A change's id where the text marks it (<text:change text:change-id="ct1"/>), and in the list of
# changes (<text:changed-region text:id="ct1" xml:id="ct1">).
_O_CHANGE_ID = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?change-id="([^"<>]{1,200})"')
_O_REGION_ID = re.compile(rb'(?:^|\s)(?:[\w.-]{1,100}:)?id="([^"<>]{1,200})"')
# A deletion that ends with an empty paragraph took whole paragraphs (their paragraph marks too).
_EMPTY_LAST_PARAGRAPH = re.compile(rb"<(?:[\w.-]{1,100}:)?[ph](?:\s[^<>]{0,2000})?"
                                   rb"(?:/>|>\s*</(?:[\w.-]{1,100}:)?[ph]>)\s*\Z")
# An annotation's author (<dc:creator>), before its paragraphs: not meta:creator-initials.
_O_ANNOTATION_AUTHOR = re.compile(rb"<(?:[\w.-]{1,100}:)?creator(?:\s[^<>]{0,2000})?>([^<>]{1,500})<")
# Bytes of an annotation looked through for its author (it comes first, after the opening tag).
_AUTHOR_BYTES = 64 * 1024


@dataclass(slots=True)
class _OdfChanges:
    """An OpenDocument text's tracked changes (text:tracked-changes, before the body): the
    paragraphs each deletion removed and the insertions, by change id; ``placed``: the deletions
    whose mark the body's walk met (the others are read on their own)."""

    deleted: dict[bytes, list[str]] = field(default_factory=dict)
    inserted: set[bytes] = field(default_factory=set)
    placed: set[bytes] = field(default_factory=set)
    # More changes than MAX_EXTRA_SECTIONS: those past it were not read (said as unread).
    cut: bool = False


def _element_span(part: bytes, names: frozenset[bytes], start: int = 0) -> tuple[int, int] | None:
    """(where the content of the first element named one of ``names`` begins, where it ends) from
    ``start``, by forward finds (linear in the part); an element cut off by the part's end runs to
    it. None when there is none."""
    opening = re.compile(rb"<(" + b"|".join(re.escape(n) for n in sorted(names)) + rb")(?=[\s/>])"
                         rb"((?:[^<>\"']|\"[^<\"]*\"|'[^<']*'){0,20000}?)(/?)>")
    at = start
    while (m := opening.search(part, at)) is not None:
        if m.group(3):  # <office:annotation/>: no content
            at = m.end()
            continue
        close = part.find(b"</" + m.group(1) + b">", m.end())
        return m.end(), close if close >= 0 else len(part)
    return None


def _odf_changes(part: bytes, markup: _Markup, clock: _Clock) -> _OdfChanges:
    """The tracked changes of an OpenDocument text (``markup``: _ODF under the part's prefixes):
    each deletion's paragraphs as stored (as LibreOffice keeps them, in text:tracked-changes,
    with their author and date apart), each insertion's id."""
    changes = _OdfChanges()
    span = _element_span(part, markup.tracked_changes) if b"changed-region" in part else None
    if span is None:
        return changes
    listing = part[span[0]:span[1]]
    region: bytes | None = None
    deletion_from = -1
    for m in _tokens(listing, clock):
        name = m.group(2)
        if name is None:
            continue
        closing, self_closing = m.group(1) == b"/", m.group(4) == b"/"
        if name in markup.changed_regions:
            found = None if closing else _O_REGION_ID.search(m.group(3))
            # A change without an id cannot be placed: its words are read all the same, on their own.
            region = None if closing else found.group(1) if found else b"\x00%d" % m.start()
        elif name in markup.insertions and region is not None and not closing:
            changes.inserted.add(region)
        elif name in markup.deletions and not self_closing:
            if not closing:
                deletion_from = m.end()
            elif region is not None and deletion_from >= 0:
                deletion = listing[deletion_from:m.start()]
                removed = [stored for _page, _shown, _unseen, stored, *_rest in _paragraphs_with_hidden(
                    deletion, markup, clock) if stored.strip()]
                if removed and _EMPTY_LAST_PARAGRAPH.search(deletion[-4096:]):
                    removed.append("")  # whole paragraphs went: the words after the mark begin a line
                if removed:
                    changes.deleted[region] = removed
                deletion_from = -1
        if len(changes.deleted) + len(changes.inserted) >= MAX_EXTRA_SECTIONS:
            changes.cut = True
            break
    return changes


def _odf_comments(part: bytes, markup: _Markup, clock: _Clock) -> Iterator[tuple[str, str]]:
    """(author, words) of each annotation (office:annotation: a comment LibreOffice shows in the
    margin, in a text, a cell or a slide) in document order; "" where it names no author or holds
    no words."""
    at = 0
    while (span := _element_span(part, markup.annotations, at)) is not None:
        start, end = span
        clock.check()
        body = part[start:end]
        author = _O_ANNOTATION_AUTHOR.search(body, 0, _AUTHOR_BYTES)
        paragraphs = _paragraphs_with_hidden(body, markup, clock)
        words = [stored for _page, _shown, _unseen, stored, *_rest in paragraphs if stored.strip()]
        yield (" ".join(_unescape(author.group(1)).split()) if author else ""), "\n".join(words)
        at = end + 1


def _read_odf_comments(part: bytes, doc: DocumentText, clock: _Clock, writers: frozenset[str]) -> bool:
    """An OpenDocument file's comments, one record each, "comment 2" in document order, as Word's
    (_read_word_comments): "comment 2 (by another person)" when its dc:creator is not the document's
    author or last editor (meta.xml's, ``writers``; _by_other). metadata/office.py counts them
    (META029) and names their authors (META012). False when the caps are reached."""
    if b"annotation" not in part:
        return True
    doc.sheet = None  # a spreadsheet's comment is no record of the last sheet read
    markup = _localised(part, _ODF)
    for number, (author, words) in enumerate(_odf_comments(part, markup, clock), 1):
        other = _by_other(author, writers)
        if not doc.add(_comment_place(number, other), words, by_other=other, extra=True):
            return False
        if _EXTRA_CUT_NOTE in doc.unread:  # the cap of comments and deletions is reached, and said
            break
    return True


_AUTOMATIC_STYLES = re.compile(rb"<office:automatic-styles[\s>]")


def _automatic_styles(part: bytes) -> bytes:
    """content.xml's automatic styles (the walk leaves them out as text): from their opening to
    their end, forward finds only."""
    start = _AUTOMATIC_STYLES.search(part, 0, _XMLNS_BYTES * 8)
    if start is None:
        return b""
    end = part.find(b"</office:automatic-styles>", start.end())
    return part[start.start():end if end >= 0 else len(part)]


# A text run with words in it (<w:t>, under any prefix): a body that holds such runs and gave
# no paragraph is written in a form this reader does not follow, which is said, not left silent.
_RUN_TEXT = re.compile(rb"<(?:[\w.-]{1,100}:)?t(?:\s[^<>]{0,2000})?>[^<]{0,2000}?[^<\s]")
_UNPLACED_NOTE = ("its body holds text nymaudit found no paragraphs for (written in a form it does not "
                  "read): those words were not checked; read them yourself")

_HIDDEN_SLIDE = re.compile(rb'<(?:[\w.-]{1,100}:)?sld\s[^<>]{0,4000}?\bshow="(?:0|false)"')
_SLIDE_NUMBER = re.compile(r"ppt/slides/slide(\d{1,6})\.xml\Z")
# Inside its tag only ([^<>]: red15 audit, [^>] ran on past each "<" and took 3.5 s per MB of "<p:sldId").
_SLIDE_ID = re.compile(rb'<p:sldId\b[^<>]{0,2000}?r:id="([^"<>]{1,100})"')
_RELATIONSHIP = re.compile(rb"<Relationship\b[^<>]{0,2000}>")
_REL_ID = re.compile(rb'\bId="([^"]{1,100})"')
_REL_TARGET = re.compile(rb'\bTarget="([^"]{1,1000})"')


def _slide_order(parts: _ZipParts, clock: _Clock) -> list[str]:
    """The slides of a presentation in the order it shows them (presentation.xml's list,
    through its relationships); by their file number when that cannot be read."""
    by_number = sorted((int(m.group(1)), name) for name in parts.names
                       if (m := _SLIDE_NUMBER.match(name)))
    fallback = [name for _, name in by_number]
    try:
        listing = parts.read("ppt/presentation.xml", clock) or b""
        rels = parts.read("ppt/_rels/presentation.xml.rels", clock) or b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error):
        return fallback
    targets: dict[bytes, str] = {}
    for tag in _RELATIONSHIP.findall(rels)[:MAX_SLIDES * 2]:
        rid, target = _REL_ID.search(tag), _REL_TARGET.search(tag)
        if rid and target:
            path = target.group(1).decode("utf-8", "replace").lstrip("/")
            targets[rid.group(1)] = path if path.startswith("ppt/") else f"ppt/{path}"
    ordered = [targets[rid] for rid in _SLIDE_ID.findall(listing)[:MAX_SLIDES] if rid in targets]
    ordered = [name for name in dict.fromkeys(ordered) if name in parts.names]
    return ordered or fallback


# A picture's or a shape's properties in a Word part (<wp:docPr id="1" name="Picture 1" descr="..."
# title="...">): its alt text, read aloud by screen readers and shown in Word's Alt Text pane.
_DOC_PR = re.compile(rb"<(?:[\w.-]{1,100}:)?docPr(?=[\s/>])([^<>]{0,40000})>")
_ALT_ATTR = re.compile(rb'(?:^|\s)(?:descr|title)\s*=\s*"([^"<>]{1,20000})"')
# Pictures whose alt text is read per document (a report has dozens; a hostile file millions).
MAX_PICTURES = 10_000


def _alt_texts(body: bytes, pictures: list[str], doc: DocumentText) -> None:
    """The alt text (description and title) of each picture a Word part draws, put in ``pictures``
    once each: words a reader of the file is given, never read before (red16 F5: "Me at my desk at
    Barclays ..." passed `check`)."""
    if b"docPr" not in body:
        return
    for m in _DOC_PR.finditer(body):
        if len(pictures) >= MAX_PICTURES:
            _not_read_once(doc, f"has more than {MAX_PICTURES:,} pictures with alt text: the alt text of "
                                "the rest was not read")
            return
        said = dict.fromkeys(_unescape(found.group(1)).strip() for found in _ALT_ATTR.finditer(m.group(1)))
        text = "\n".join(words for words in said if words)
        if text and text not in pictures:
            pictures.append(text)


def _read_zip_document(data: bytes, doc: DocumentText, clock: _Clock) -> None:
    try:
        parts = _ZipParts(data, doc)
    except _TooManyParts as many:
        doc.error = (f"its zip lists {many.listed:,} parts, more than a document holds (nymaudit opens at "
                     f"most {MAX_ZIP_ENTRIES:,}), so it was not opened: a hostile or broken file; "
                     "read it yourself")
        return
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        doc.error = f"not a readable zip ({type(exc).__name__})"
        return
    names = parts.names
    full = True
    if "word/document.xml" in names:
        doc.kind = "Word document"
        number = 0
        seen: set[tuple[str, str]] = set()  # a header repeated for the first, odd and even pages
        styles_part = parts.read("word/styles.xml", clock) if "word/styles.xml" in names else None
        # Only a styles part that says vanish somewhere can hide text (most do not: no walk).
        hides = styles_part is not None and b"vanish" in styles_part
        styles = _word_styles(styles_part, clock) if styles_part and hides else _HiddenStyles()
        pictures: list[str] = []  # the alt text of each picture, in the order of the parts
        for part, label in _word_parts(names):
            body = parts.read(part, clock)
            if body is None:
                continue
            if label != "comment":
                _alt_texts(body, pictures, doc)
            if label == "comment":
                if not (full := _read_word_comments(body, doc, clock, styles, _writers(parts, clock))):
                    break
            elif label:  # one record per header, footer or notes part (and hidden kind), said once
                grouped: dict[str, list[str]] = {}
                for _page, text, unseen, stored, deleted, _why in _paragraphs_with_hidden(
                        body, _WORD, clock, styles=styles):
                    where, said = _with_hidden(label, text, unseen, stored)
                    grouped.setdefault(where, []).append(said)
                    if deleted.strip():
                        grouped.setdefault(f"{label}{_BEFORE_CHANGES}", []).append(deleted)
                for where, texts in grouped.items():
                    text = "\n".join(texts).strip()
                    if text and (where, text) not in seen and full:
                        seen.add((where, text))
                        full = doc.add(where, text, extra=where.endswith(_BEFORE_CHANGES))
            else:
                # Pages only where Word wrote where they broke when it last laid the document out
                # (lastRenderedPageBreak, which also follows an explicit break), else where the
                # writer broke them (w:br w:type="page"); python-docx writes neither.
                rendered = b"lastRenderedPageBreak" in body
                paragraphs = _paragraphs_with_hidden(body, _WORD, clock, rendered_pages=rendered,
                                                     styles=styles)
                for page, text, unseen, stored, deleted, _why in paragraphs:
                    number += 1
                    paged = page > 1 or rendered
                    where = f"page {page}, paragraph {number}" if paged else f"paragraph {number}"
                    # Text formatted hidden (w:vanish, directly or by its style) is read too, its
                    # place saying so: Word does not show or print it, but anyone who opens the
                    # file can show it. A paragraph with tracked deletions gives a second record, the
                    # words they removed as they stood (_changed_sentences): Word shows them struck
                    # through (All Markup), and "I work at [Leeds City Council]" is what the
                    # writer took out.
                    if not (full := doc.add(*_with_hidden(where, text, unseen, stored))):
                        break
                    if not (full := doc.add(f"{where}{_BEFORE_CHANGES}", deleted, extra=True)):
                        break
                if not number and _RUN_TEXT.search(body):
                    doc.not_read(_UNPLACED_NOTE)
            if not full:
                break
        for count, text in enumerate(pictures if full else [], 1):
            if not (full := doc.add(f"image {count} alt text", text, extra=True)):
                break
    elif any(_SLIDE_NUMBER.match(name) for name in names):
        doc.kind = "presentation"
        slides = _slide_order(parts, clock)
        if len(slides) > MAX_SLIDES:
            doc.not_read(f"has {len(slides):,} slides; the words of the first {MAX_SLIDES:,} were read")
        for number, name in enumerate(slides[:MAX_SLIDES], 1):
            body = parts.read(name, clock)
            if body is None:
                continue
            text = "\n".join(t for _, t in _paragraphs(body, _DRAWING, clock))
            # A slide hidden from the slide show (show="0") is still read: anyone who opens the
            # file sees it in the slide list; its place says it is hidden.
            where = f"slide {number} (hidden)" if _HIDDEN_SLIDE.search(body[:8192]) else f"slide {number}"
            if not (full := doc.add(where, text)):
                break
    elif "content.xml" in names:
        mimetype = (parts.read("mimetype", clock) or b"")[:200]
        body = parts.read("content.xml", clock)
        if body is not None and (b"spreadsheet" in mimetype or b"<office:spreadsheet" in body[:1_000_000]):
            _read_ods(body, doc, clock)
        elif body is not None:
            presentation = b"presentation" in mimetype or b"<draw:page " in body[:1_000_000]
            doc.kind = "presentation" if presentation else "OpenDocument text"
            drawing = presentation and b"graphics" in mimetype  # .odg: a drawing's pages, not slides
            doc.kind = "drawing" if drawing else doc.kind
            number = 0
            if presentation:
                slides: dict[int, list[str]] = {}
                for page, text in _paragraphs(body, _ODF_SLIDES, clock):
                    slides.setdefault(max(page, 1), []).append(text)
                for page, texts in sorted(slides.items()):
                    if not (full := doc.add(f"{'page' if drawing else 'slide'} {page}", "\n".join(texts))):
                        break
            else:
                styles_part = parts.read("styles.xml", clock) if "styles.xml" in names else None
                hiding = _odf_styles([styles_part or b"", _automatic_styles(body)], clock)
                changes = _odf_changes(body, _localised(body, _ODF), clock)
                if changes.cut:
                    doc.not_read(_EXTRA_CUT_NOTE)
                for _page, text, unseen, stored, deleted, why in _paragraphs_with_hidden(
                        body, _ODF, clock, styles=hiding, changes=changes):
                    number += 1
                    # Text LibreOffice hides (a hidden section, characters formatted hidden, a
                    # hidden-paragraph or hidden-text field) is read, said as hidden; a section
                    # shown on a condition (a mail merge's) is said so, not hidden: the condition
                    # is not evaluated. A paragraph with tracked deletions gives a second record,
                    # the words they removed as they stood, as Word's (doc16 item 1: LibreOffice
                    # keeps them apart, in text:tracked-changes, and shows them struck through).
                    where = f"paragraph {number}"
                    if not (full := doc.add(*_with_hidden(where, text, unseen, stored, why))):
                        break
                    if not (full := doc.add(f"{where}{_BEFORE_CHANGES}", deleted, extra=True)):
                        break
                # A deletion whose mark stands in no paragraph (between tables, in a frame the
                # walk does not open) is read on its own: its words are in the file all the same.
                unplaced = [words for change, words in changes.deleted.items()
                            if change not in changes.placed]
                for count, words in enumerate(unplaced if full else [], 1):
                    if not (full := doc.add(f"tracked deletion {count}", "\n".join(words), extra=True)):
                        break
        if body is not None and full:  # a text's, a spreadsheet's cells' or a slide's comments
            full = _read_odf_comments(body, doc, clock, _writers(parts, clock, "meta.xml"))
    elif any(name.startswith("xl/") for name in names):
        _read_xlsx(parts, doc, clock)
    else:
        doc.error = "a zip without a document body nymaudit knows (word/document.xml, slides, content.xml)"
        return
    if not full:
        doc.not_read(_CUT_NOTE)
    if parts.cut:
        shown = ", ".join(parts.cut[:3]) + (f" and {len(parts.cut) - 3} more" if len(parts.cut) > 3 else "")
        doc.not_read(f"parts too large or compressed like a bomb (over {_size(MAX_PART_BYTES)} each, "
                         f"{_size(MAX_INFLATED_TOTAL)} in all) were not read for words: {shown}")


# -- spreadsheets (xlsx, ods) --------------------------------------------------------------------

# Shared strings kept at most (a workbook of contacts holds thousands; a hostile one millions):
# a cell whose string lies past the cap is counted and said, never guessed.
MAX_SHARED_STRINGS = 500_000
# Text cells read per spreadsheet; rows are the records (MAX_SECTIONS caps them as other parts).
MAX_TEXT_CELLS = 200_000
# Column ranges a sheet declares hidden (<col min max hidden>): a sheet has at most 16,384 columns.
MAX_HIDDEN_RANGES = 2_000
_A_REF = re.compile(rb'(?:^|\s)r\s*=\s*"([A-Za-z]{1,3})?(\d{1,7})"')
_A_TYPE = re.compile(rb'(?:^|\s)t\s*=\s*"([A-Za-z]{1,20})"')
_A_HIDDEN = re.compile(rb'(?:^|\s)hidden\s*=\s*"(?:1|true)"')
_A_MIN = re.compile(rb'(?:^|\s)min\s*=\s*"(\d{1,6})"')
_A_MAX = re.compile(rb'(?:^|\s)max\s*=\s*"(\d{1,6})"')
_A_NAME = re.compile(rb'(?:^|\s)name\s*=\s*"([^"<>]{0,400})"')
_A_STATE = re.compile(rb'(?:^|\s)state\s*=\s*"(hidden|veryHidden)"')
_A_RID = re.compile(rb'(?:^|\s)[\w.-]{1,100}:id\s*=\s*"([^"<>]{1,100})"')
_SHEET_PART = re.compile(r"xl/worksheets/sheet(\d{1,6})\.xml\Z")
# ODF: a table's name, repeats, a row's or column's visibility, a cell's value type, a style.
_O_NAME = re.compile(rb'(?:^|\s)table:name\s*=\s*"([^"<>]{0,400})"')
_O_STYLE = re.compile(rb'(?:^|\s)table:style-name\s*=\s*"([^"<>]{1,100})"')
_O_ROWS = re.compile(rb'(?:^|\s)table:number-rows-repeated\s*=\s*"(\d{1,9})"')
_O_COLUMNS = re.compile(rb'(?:^|\s)table:number-columns-repeated\s*=\s*"(\d{1,9})"')
_O_COLLAPSED = re.compile(rb'(?:^|\s)table:visibility\s*=\s*"(?:collapse|filter)"')
_O_HREF = re.compile(rb'(?:^|\s)xlink:href\s*=\s*"([^"<>]{1,4000})"')
_O_FORMULA = re.compile(rb'(?:^|\s)table:formula\s*=\s*"([^"<>]{1,20000})"')
_O_VALUE_TYPE = re.compile(rb'(?:^|\s)office:value-type\s*=\s*"([\w-]{1,20})"')
# A sheet hidden from view (Format > Sheet > Hide): its table style's table properties say
# table:display="false". Read as the walk passes the styles, tag by tag (red15 F1: one pattern
# over the whole part with two lazy runs took 41 s on 45,000 tags of 45 style:name= each).
_O_TABLE_HIDDEN = re.compile(rb'(?:^|\s)table:display\s*=\s*"false"')
# ODF elements inside a cell whose words a reader does not see (a comment: META029 counts it).
_O_CELL_HIDDEN = frozenset((b"office:annotation",))


def _column_letters(index: int) -> str:
    """Column 1 is A, 27 is AA (as a spreadsheet names it)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: bytes) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + (char - 64)
    return index


def _attr(pattern: re.Pattern[bytes], attrs: bytes) -> bytes | None:
    found = pattern.search(attrs)
    return found.group(1) if found else None


def _sheet_label(name: str, number: int) -> str:
    name = " ".join(name.split())[:100]
    return f"sheet {name}" if name else f"sheet {number}"


@dataclass(slots=True)
class _SheetCounts:
    """What reading a spreadsheet's cells left out, said once for the document."""

    cells: int = 0
    missing: int = 0  # cells whose shared string lies past the cap (or does not exist)
    full: bool = True


def _row_records(doc: DocumentText, sheet: str, hidden_sheet: bool, row: int, hidden_row: bool,
                 cells: list[tuple[str, str, bool]]) -> bool:
    """A row's text cells as records: one cell is named ("sheet Contacts, cell B7"), more are
    the row ("sheet Contacts, row 7"); cells in hidden columns are a record of their own, so a
    finding says which words are hidden. False when the document's caps are reached."""
    prefix = f"hidden {sheet}" if hidden_sheet else sheet
    for in_hidden_column in (False, True):
        group = [(ref, text) for ref, text, hidden in cells if hidden == in_hidden_column]
        if not group:
            continue
        if len(group) == 1:
            where = f"{prefix}, cell {group[0][0]}"
            where += " (hidden row)" if hidden_row else ""
        else:
            where = f"{prefix}, {'hidden row' if hidden_row else 'row'} {row}"
        if in_hidden_column:
            columns = ", ".join(dict.fromkeys(ref.rstrip("0123456789") for ref, _ in group))
            where += f" (hidden column{'s' if len(group) > 1 and ',' in columns else ''} {columns})"
        if not doc.add(where, "\n".join(text for _, text in group)):
            return False
    return True


def _shared_strings(part: bytes, clock: _Clock) -> tuple[list[str], bool]:
    """The workbook's shared strings in order (a rich string's runs joined, its phonetic guide
    left out); False when a cap cut the list short."""
    strings: list[str] = []
    current: list[str] | None = None
    inside_text = phonetic = 0
    chars = 0
    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            raw = m.group(5)
            if raw is not None and current is not None and inside_text and not phonetic:
                current.append(_unescape(raw))
            continue
        local = name.rpartition(b":")[2]
        closing, self_closing = m.group(1) == b"/", m.group(4) == b"/"
        if local == b"si":
            if self_closing:
                strings.append("")
            elif closing:
                if current is not None:
                    text = "".join(current)
                    chars += len(text)
                    strings.append(text)
                current = None
            else:
                current = []
                inside_text = phonetic = 0
            if len(strings) >= MAX_SHARED_STRINGS or chars > MAX_DOCUMENT_CHARS:
                return strings, False
        elif self_closing:
            continue
        elif local == b"t":
            inside_text = max(inside_text + (-1 if closing else 1), 0)
        elif local == b"rPh":
            phonetic = max(phonetic + (-1 if closing else 1), 0)
    return strings, True


def _workbook_sheets(parts: _ZipParts, clock: _Clock) -> list[tuple[str, str, bool]]:
    """(part, sheet label, hidden) of a workbook's sheets in the order its tabs show them;
    by part number ("sheet 2") when workbook.xml cannot be followed."""
    listing = parts.read("xl/workbook.xml", clock) or b""
    rels = parts.read("xl/_rels/workbook.xml.rels", clock) or b""
    targets: dict[bytes, str] = {}
    for tag in _RELATIONSHIP.findall(rels)[:MAX_SECTIONS]:
        rid, target = _REL_ID.search(tag), _REL_TARGET.search(tag)
        if rid and target:
            path = html.unescape(target.group(1).decode("utf-8", "replace"))
            targets[rid.group(1)] = path.lstrip("/") if path.startswith("/") else f"xl/{path}"
    sheets: list[tuple[str, str, bool]] = []
    for m in _TOKEN.finditer(listing):
        name = m.group(2)
        if name is None or m.group(1) or name.rpartition(b":")[2] != b"sheet":
            continue
        attrs = m.group(3)
        rid = _attr(_A_RID, attrs)
        part = targets.get(rid) if rid else None
        if part is None or part not in parts.names:
            continue
        label = _unescape(_attr(_A_NAME, attrs) or b"")
        sheets.append((part, _sheet_label(label, len(sheets) + 1), _A_STATE.search(attrs) is not None))
        if len(sheets) >= MAX_SECTIONS:
            break
    if sheets:
        return sheets
    numbered = sorted((int(m.group(1)), name) for name in parts.names if (m := _SHEET_PART.match(name)))
    return [(name, f"sheet {number}", False) for number, name in numbered]


def _read_xlsx(parts: _ZipParts, doc: DocumentText, clock: _Clock) -> None:
    """An Excel workbook's text cells (shared and inline strings, a formula's text result), row by
    row, sheet by sheet, then each sheet's links to outside it ("mailto:", a web address). Numbers,
    dates and booleans, a formula's number, are not text records."""
    doc.kind = "spreadsheet"
    strings, whole = _shared_strings(parts.read("xl/sharedStrings.xml", clock) or b"", clock)
    counts = _SheetCounts()
    read_all = True
    for position, (part, label, hidden_sheet) in enumerate(_workbook_sheets(parts, clock), 1):
        doc.sheet = position  # the tab order (workbook.xml), or the part's place when it is not read
        body = parts.read(part, clock)
        if body is None:
            break
        links: list[tuple[str, bytes]] = []
        read_all = (_sheet_name_record(doc, label, hidden_sheet, position)
                    and _read_xlsx_sheet(body, label, hidden_sheet, strings, doc, clock, counts, links))
        if not read_all or (links and not _sheet_links(parts, part, label, hidden_sheet, links, doc, clock)):
            read_all = False
            break
    doc.sheet = None  # the workbook's own records (names, comments) are no sheet's
    if read_all and counts.full and not (_defined_names(parts, doc, clock)
                                         and _read_xlsx_comments(parts, doc, clock)):
        counts.full = False
    _sheet_notes(doc, counts, strings_cut=not whole)


# -- what a workbook shows besides its cells (red16 F2, F5) ---------------------------------------

# A sheet's default name in Excel's and LibreOffice's languages ("Sheet1", "Feuil2", "Tabelle3"):
# it says nothing, and is not read as the writer's words.
_DEFAULT_SHEET_NAME = re.compile(r"(?:sheet|feuil|hoja|tabelle|foglio|planilha|plan|blad|arkusz|ark|taulukko"
                                 r"|lapa|munkalap|list|лист|シート|工作表)\s?\d{1,4}", re.IGNORECASE)
# A formula's string literal ("..." with "" for a quote inside), as Excel and OpenFormula write it;
# one the cap cuts is read to the cut.
_FORMULA_LITERAL = re.compile(r'"((?:[^"]|""){1,16384})(?:"|\Z)')
# Characters of one formula read (Excel allows 8,192; a hostile file writes megabytes).
MAX_FORMULA_CHARS = 16_384
# A print header's or footer's codes (&L &C &R sections, &P page, &D date, &"Arial,Bold" font,
# &12 size, &K colour), taken out of its words; "&&" is an ampersand.
_HEADER_CODE = re.compile(r'&(?:"[^"]{0,200}"|K[0-9A-Fa-f]{6}|K\d{2}[+-]\d{3}|\d{1,3}'
                          r'|[LCRPNDTAFZGBIUESXYHO])')
_HEADER_PARTS = {b"oddHeader": "header", b"evenHeader": "header (even pages)",
                 b"firstHeader": "header (first page)", b"oddFooter": "footer",
                 b"evenFooter": "footer (even pages)", b"firstFooter": "footer (first page)"}
_A_VALIDATION_TEXT = re.compile(rb'(?:^|\s)(?:promptTitle|prompt|errorTitle|error)\s*=\s*"([^"<>]{1,20000})"')
# Data validations, defined names and comments read per workbook (a form has dozens; a hostile
# file millions): those past the cap are said as not read.
MAX_WORKBOOK_EXTRAS = 10_000


def _not_read_once(doc: DocumentText, note: str) -> None:
    if note not in doc.unread:
        doc.not_read(note)


def _sheet_place(hidden_sheet: bool, position: int | None, what: str) -> str:
    """A sheet's record that is not a cell's: "sheet 2 header", "hidden sheet 3 name". By the sheet's
    position, never its name (a name is the writer's words: --redact cannot mask a record's place)."""
    return f"{'hidden ' if hidden_sheet else ''}sheet {position or '?'} {what}"


def _sheet_name_record(doc: DocumentText, label: str, hidden_sheet: bool, position: int) -> bool:
    """A sheet's name as a record of its own ("sheet 2 name"): shown on its tab to anyone who opens
    the workbook ("Barclays 03-03-1984", "priya.shah@gmail.com"), and never read as words before
    (red16 F5). A default name ("Sheet1") is not, nor a tab's one-word title ("Contacts", "Rota"):
    a word of letters alone is no address, number, date or name, and would be a record in every
    workbook. False when the document's caps are reached."""
    name = label.removeprefix("sheet ")
    if not name.strip() or name.isalpha() or name.isdigit() or _DEFAULT_SHEET_NAME.fullmatch(name):
        return True
    return doc.add(_sheet_place(hidden_sheet, position, "name"), name)


def formula_literals(formula: str, shown: str = "") -> str:
    """The string literals of a formula its cell does not show, one a line: the address a
    HYPERLINK() opens, the words of IF(FALSE, "...", 0). Anyone who clicks the cell reads them in
    the formula bar (red16 F5); words and addresses only, not a code or a single character."""
    found: list[str] = []
    for m in _FORMULA_LITERAL.finditer(formula[:MAX_FORMULA_CHARS]):
        literal = m.group(1).replace('""', '"').strip()
        if (len(literal) > 1 and any(char.isalnum() for char in literal) and literal not in shown
                and literal not in found and not _is_data_cell(literal)):
            found.append(literal)
    return "\n".join(found)


def _defined_names(parts: _ZipParts, doc: DocumentText, clock: _Clock) -> bool:
    """The words a workbook's defined names hold (Formulas > Name Manager: ``note = "..."``), one
    record each, "defined name 2"; a name that is a range holds none. False when the caps are reached."""
    listing = parts.read("xl/workbook.xml", clock) or b""
    if b"definedName" not in listing:
        return True
    number = 0
    inside, pieces = False, []
    for m in _tokens(listing, clock):
        name = m.group(2)
        if name is None:
            if inside and m.group(5) is not None:
                pieces.append(_unescape(m.group(5)))
            continue
        if name.rpartition(b":")[2] != b"definedName" or m.group(4) == b"/":
            continue
        if m.group(1) != b"/":
            inside, pieces = True, []
            continue
        inside = False
        number += 1
        if number > MAX_WORKBOOK_EXTRAS:
            doc.not_read(f"defines more than {MAX_WORKBOOK_EXTRAS:,} names: the words of the rest were "
                         "not read")
            return True
        if not doc.add(f"defined name {number}", formula_literals("".join(pieces))):
            return False
    return True


_COMMENTS_PART = re.compile(r"xl/comments(\d{1,6})\.xml\Z")
_THREADED_PART = re.compile(r"xl/threadedComments/threadedComment(\d{1,6})\.xml\Z")
_A_AUTHOR_ID = re.compile(rb'(?:^|\s)authorId\s*=\s*"(\d{1,9})"')
_A_PERSON_ID = re.compile(rb'(?:^|\s)personId\s*=\s*"([^"<>]{1,200})"')
_A_ID = re.compile(rb'(?:^|\s)id\s*=\s*"([^"<>]{1,200})"')
_A_DISPLAY_NAME = re.compile(rb'(?:^|\s)displayName\s*=\s*"([^"<>]{0,500})"')
# Excel's legacy copy of a threaded comment, for versions that cannot show threads: the same words.
_THREADED_COPY = "[Threaded comment]"


def _xml_texts(part: bytes, clock: _Clock, item: bytes, text: bytes,
               attrs_of: re.Pattern[bytes]) -> Iterator[tuple[bytes | None, str]]:
    """(an attribute of each ``item`` element, the words of its ``text`` element) in order; a
    rich text's runs joined, a phonetic guide (rPh) left out."""
    attribute: bytes | None = None
    pieces: list[str] | None = None
    inside = phonetic = 0
    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            if pieces is not None and inside and not phonetic and m.group(5) is not None:
                pieces.append(_unescape(m.group(5)))
            continue
        local = name.rpartition(b":")[2]
        closing, self_closing = m.group(1) == b"/", m.group(4) == b"/"
        if local == item and not self_closing:
            if closing:
                if pieces is not None:
                    yield attribute, "".join(pieces)
                pieces = None
            else:
                attribute, pieces, phonetic = _attr(attrs_of, m.group(3)), [], 0
                inside = 1 if item == text else 0  # <author>name</author>: the element is its text
        elif self_closing:
            continue
        elif local == text or (text == b"text" and local == b"t"):
            inside = max(inside + (-1 if closing else 1), 0)
        elif local == b"rPh":
            phonetic = max(phonetic + (-1 if closing else 1), 0)


def _read_xlsx_comments(parts: _ZipParts, doc: DocumentText, clock: _Clock) -> bool:
    """A workbook's notes (xl/comments1.xml, each with its author) and threaded comments
    (xl/threadedComments, their people in xl/persons/person.xml), one record each, "comment 2", or
    "comment 2 (by another person)" when its author is clearly not the workbook's author or last
    editor, as Word's (red16 F2: an employer and a date of birth written only in a note passed
    `check`). Excel's legacy copy of a threaded comment is not read twice. False when the caps are
    reached."""
    writers = _writers(parts, clock)
    number = 0
    threaded = sorted((int(m.group(1)), name) for name in parts.names if (m := _THREADED_PART.match(name)))
    people: dict[bytes, str] = {}
    if threaded:
        persons = parts.read("xl/persons/person.xml", clock) or b""
        for m in _TOKEN.finditer(persons[:MAX_PART_BYTES]):
            if m.group(2) is not None and m.group(2).rpartition(b":")[2] == b"person" and not m.group(1):
                person, shown = _attr(_A_ID, m.group(3)), _attr(_A_DISPLAY_NAME, m.group(3))
                if person is not None and len(people) < MAX_WORKBOOK_EXTRAS:
                    people[person] = _unescape(shown or b"")

    def add(author: str, text: str) -> bool | None:
        nonlocal number
        if not text.strip():
            return True
        number += 1
        if number > MAX_WORKBOOK_EXTRAS:
            doc.not_read(f"holds more than {MAX_WORKBOOK_EXTRAS:,} comments: the words of the rest were "
                         "not read")
            return None
        other = _by_other(author, writers)
        return doc.add(_comment_place(number, other), text, by_other=other, extra=True)

    notes = sorted((int(m.group(1)), name) for name in parts.names if (m := _COMMENTS_PART.match(name)))
    for _, name in notes:
        body = parts.read(name, clock) or b""
        authors = [text for _, text in itertools.islice(_xml_texts(body, clock, b"author", b"author", _A_ID),
                                                        MAX_WORKBOOK_EXTRAS)]
        for author_id, text in _xml_texts(body, clock, b"comment", b"text", _A_AUTHOR_ID):
            if threaded and text.lstrip().startswith(_THREADED_COPY):
                continue
            index = int(author_id) if author_id is not None else -1
            done = add(authors[index] if 0 <= index < len(authors) else "", text)
            if not done:
                return done is None
    for _, name in threaded:
        body = parts.read(name, clock) or b""
        for person, text in _xml_texts(body, clock, b"threadedComment", b"text", _A_PERSON_ID):
            done = add(people.get(person, "") if person is not None else "", text)
            if not done:
                return done is None
    return True


# Cell links read per sheet (a contact list links each of its addresses; a hostile one millions).
MAX_SHEET_LINKS = 10_000
_A_CELL_RANGE = re.compile(rb'(?:^|\s)ref\s*=\s*"([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)"')
_REL_EXTERNAL = re.compile(rb'\bTargetMode="External"')


def _sheet_links(parts: _ZipParts, part: str, label: str, hidden_sheet: bool, links: list[tuple[str, bytes]],
                 doc: DocumentText, clock: _Clock) -> bool:
    """A sheet's cell links to outside the workbook (its <hyperlink ref r:id>, the address in the
    sheet's relationships): one record each, "sheet Contacts, link in cell B7", so an e-mail
    behind "Email me" is read (red15 F7). False when the document's caps are reached."""
    folder, _, name = part.rpartition("/")
    rels = parts.read(f"{folder}/_rels/{name}.rels", clock) or b""
    targets: dict[bytes, bytes] = {}
    for tag in _RELATIONSHIP.findall(rels)[:MAX_SHEET_LINKS * 2]:
        rid, target = _REL_ID.search(tag), _REL_TARGET.search(tag)
        if rid and target and _REL_EXTERNAL.search(tag):
            targets[rid.group(1)] = target.group(1)
    return _link_records(doc, label, hidden_sheet, [(ref, _unescape(targets[rid])) for ref, rid in links
                                                    if rid in targets])


def _read_xlsx_sheet(part: bytes, label: str, hidden_sheet: bool, strings: list[str],
                     doc: DocumentText, clock: _Clock, counts: _SheetCounts,
                     links: list[tuple[str, bytes]] | None = None) -> bool:
    """One worksheet's text cells as row records; False when a cap stopped the reading. Its cell
    links (cell, relationship id) are put in ``links`` for the caller to follow."""
    hidden_columns: list[tuple[int, int]] = []
    row = column = 0
    hidden_row = False
    cells: list[tuple[str, str, bool]] = []
    cell_type: bytes | None = None  # the open cell's t= (None: no cell open)
    cell_column = 0
    pieces: list[str] = []
    inside = b""  # the text element being read: v (a value) or t (an inline string's text)
    phonetic = 0
    # What the sheet shows besides its cells (red16 F5): a cell's formula (the literals it does not
    # show), the print header and footer, data validation messages.
    formula: list[str] = []
    formula_chars = 0
    margin: str | None = None  # the header or footer being read
    margins: dict[str, list[str]] = {}
    validations: list[str] = []
    position = doc.sheet
    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            raw = m.group(5)
            if raw is not None and cell_type is not None and inside == b"f":
                if formula_chars < MAX_FORMULA_CHARS:  # a formula is read to its cap, no further
                    formula.append(_unescape(raw[:MAX_FORMULA_CHARS]))
                    formula_chars += len(formula[-1])
            elif raw is not None and cell_type is not None and inside and not phonetic:
                pieces.append(_unescape(raw))
            elif raw is not None and margin is not None:
                margins.setdefault(margin, []).append(_unescape(raw))
            continue
        local = name.rpartition(b":")[2]
        closing, self_closing, attrs = m.group(1) == b"/", m.group(4) == b"/", m.group(3)
        if local in _HEADER_PARTS:
            margin = _HEADER_PARTS[local] if not (closing or self_closing) else None
        elif local == b"dataValidation" and not closing:
            said = [_unescape(found.group(1)) for found in _A_VALIDATION_TEXT.finditer(attrs)]
            if any(said) and len(validations) >= MAX_WORKBOOK_EXTRAS:
                _not_read_once(doc, f"a sheet holds more than {MAX_WORKBOOK_EXTRAS:,} data validation "
                                    "messages: the words of the rest were not read")
            elif any(said):
                validations.append("\n".join(said))
        if local == b"col" and not closing and len(hidden_columns) < MAX_HIDDEN_RANGES:
            if _A_HIDDEN.search(attrs):
                low, high = _attr(_A_MIN, attrs), _attr(_A_MAX, attrs)
                if low and high:
                    hidden_columns.append((int(low), int(high)))
        elif local == b"row":
            if closing or self_closing:
                if cells and not _row_records(doc, label, hidden_sheet, row, hidden_row, cells):
                    counts.full = False
                    return False
                cells = []
            if not closing:
                ref = _A_REF.search(attrs)
                row = int(ref.group(2)) if ref else row + 1
                column = 0
                hidden_row = _A_HIDDEN.search(attrs) is not None
        elif local == b"c":
            if not closing:
                ref = _A_REF.search(attrs)
                column = _column_index(ref.group(1)) if ref and ref.group(1) else column + 1
                cell_type, cell_column = _attr(_A_TYPE, attrs) or b"n", column
                pieces = []
                formula = []
                formula_chars = 0
                inside = b""
            if (closing or self_closing) and cell_type is not None:
                text = _cell_text(cell_type, "".join(pieces), strings, counts)
                shown = text if text and text.strip() and not _is_data_cell(text) else ""
                if shown:
                    counts.cells += 1
                    in_hidden = any(low <= cell_column <= high for low, high in hidden_columns)
                    cells.append((f"{_column_letters(cell_column)}{row}", text, in_hidden))
                    if counts.cells >= MAX_TEXT_CELLS:
                        _row_records(doc, label, hidden_sheet, row, hidden_row, cells)
                        counts.full = False
                        return False
                unshown = formula_literals("".join(formula), text) if formula else ""
                if unshown:
                    # Its own record, as a link in a cell is: "sheet Contacts, cell B7 (formula)".
                    counts.cells += 1
                    prefix = f"hidden {label}" if hidden_sheet else label
                    if not doc.add(f"{prefix}, cell {_column_letters(cell_column)}{row} (formula)", unshown) \
                            or counts.cells >= MAX_TEXT_CELLS:
                        counts.full = False
                        return False
                cell_type = None
        elif local == b"hyperlink" and not closing and links is not None and len(links) < MAX_SHEET_LINKS:
            ref, rid = _attr(_A_CELL_RANGE, attrs), _attr(_A_RID, attrs)
            if ref and rid:  # a link inside the workbook (location=) has no r:id
                links.append((ref.decode("ascii"), rid))
        elif cell_type is not None and not self_closing:
            if local in (b"v", b"t", b"f"):
                inside = b"" if closing else local
            elif local == b"rPh":
                phonetic = max(phonetic + (-1 if closing else 1), 0)
    if cells and not _row_records(doc, label, hidden_sheet, row, hidden_row, cells):
        return False  # a part cut off mid-row: what it holds is still read
    for what, texts in margins.items():
        words = _HEADER_CODE.sub(" ", "".join(texts)).replace("&&", "&")
        if not doc.add(_sheet_place(hidden_sheet, position, what), " ".join(words.split())):
            return False
    return all(doc.add(_sheet_place(hidden_sheet, position, f"validation message {number}"), text)
               for number, text in enumerate(validations, 1))


# A cell that is one token of letters, digits and -_/+=. holding a digit or a programmer's
# separator, or long, is data (an order's uuid, a payment token, a SKU "SKU-8747-LA", base64), not
# words: read as prose, its pieces gave places ("LA": Los Angeles; base64 "T892BD" a UK postcode;
# rev14b item 4). Such a cell is still read when it is shaped like a phone number or a web address
# (an e-mail has an "@", so it is never data): contact details and links are worth finding.
_DATA_TOKEN = re.compile(r"[A-Za-z0-9_/+=.\-]{1,100000}")
_DATA_SIGN = re.compile(r"[0-9_/+=]")
_PHONE_SHAPED = re.compile(r"\+?[0-9().\-/]{7,24}")
_WEB_SHAPED = re.compile(r"(?:www\.)?(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,24}(?:/\S{0,2000})?")
# Letters long enough, in mixed case inside the word, to be a token without a digit (base64 of letters
# only); a long place name (Llanfairpwllgwyngyll...) has one capital.
_LONG_TOKEN = 24


def _is_data_cell(text: str) -> bool:
    """Whether a spreadsheet cell's text is a code (an ID, a token, a SKU) rather than words or
    contact details: not given to the text detectors."""
    token = text.strip()
    long_mixed = (len(token) >= _LONG_TOKEN and any(char.isupper() for char in token[1:])
                  and any(char.islower() for char in token))
    if not _DATA_TOKEN.fullmatch(token) or not (_DATA_SIGN.search(token) or long_mixed):
        return False
    if _PHONE_SHAPED.fullmatch(token) and 7 <= sum(char.isdigit() for char in token) <= 15:
        return False
    return not _WEB_SHAPED.fullmatch(token)


def _cell_text(kind: bytes, value: str, strings: list[str], counts: _SheetCounts) -> str:
    """A cell's words: its shared string (t="s"), inline string, or a formula's text result (t="str",
    its cached value: red15 F7, as an .ods formula's is read); nothing for a number, a date, a
    boolean, an error or a formula's number."""
    if kind == b"s":
        index = value.strip()
        if index.isdigit() and int(index) < len(strings):
            return strings[int(index)]
        counts.missing += 1
        return ""
    return value if kind in (b"inlineStr", b"str") else ""


def _sheet_notes(doc: DocumentText, counts: _SheetCounts, strings_cut: bool = False) -> None:
    if not counts.full:
        doc.not_read(f"holds more text cells than nymaudit reads in one spreadsheet ({MAX_TEXT_CELLS:,} "
                         f"cells, {MAX_DOCUMENT_CHARS:,} characters or {MAX_SECTIONS:,} rows); the rest "
                         "were not read")
    if strings_cut or counts.missing:
        missing = f" ({counts.missing:,} cells)" if counts.missing else ""
        doc.not_read(f"holds more shared text than nymaudit keeps ({MAX_SHARED_STRINGS:,} strings or "
                         f"{MAX_DOCUMENT_CHARS:,} characters), or cells pointing at text it does not hold: "
                         f"the words of those cells{missing} were not read")


def _read_ods(part: bytes, doc: DocumentText, clock: _Clock) -> None:
    """An OpenDocument spreadsheet's text cells (content.xml's table cells), row by row; a
    repeated row or cell counts its repeats (a blank tail repeated a million times costs
    nothing) and its words are one record."""
    doc.kind = "spreadsheet"
    hidden_styles: set[bytes] = set()
    table_style: bytes | None = None  # the table style open in the walk (style:family="table")
    counts = _SheetCounts()
    tables = 0
    label, hidden_sheet = "", False
    row = column = 0
    hidden_row = False
    repeated_rows = 1
    collapsed_columns: list[tuple[int, int]] = []
    declared_columns = 0
    cells: list[tuple[str, str, bool]] = []
    in_cell = False
    cell_is_text = False
    cell_formula = ""  # the open cell's table:formula
    cell_column = 0
    paragraphs: list[str] = []
    pieces: list[str] | None = None
    hidden = 0
    links: list[tuple[str, str]] = []  # the row's cell links to outside the file (cell, address)
    links_read = 0
    for m in _tokens(part, clock):
        name = m.group(2)
        if name is None:
            raw = m.group(5)
            if raw is not None and pieces is not None and not hidden:
                pieces.append(_unescape(raw))
            continue
        closing, self_closing, attrs = m.group(1) == b"/", m.group(4) == b"/", m.group(3)
        if name == b"text:a" and in_cell and not closing and not hidden and links_read < MAX_SHEET_LINKS:
            # A cell's link (LibreOffice keeps it in the cell's text): read as its own record, as
            # an .xlsx cell's (red15 F7); a link to a place in the file ("#Sheet2.A1") is not.
            href = _unescape(_attr(_O_HREF, attrs) or b"").strip()
            if href and not href.startswith("#"):
                links_read += 1
                links.append((f"{_column_letters(cell_column)}{row}", href))
        if name in _O_CELL_HIDDEN:
            if not self_closing:
                hidden = max(hidden + (-1 if closing else 1), 0)
            continue
        if hidden:
            continue
        if name == b"style:style":
            # Automatic styles come before the body (ODF's order), so a table's style is known
            # when the table opens.
            family = None if closing or self_closing else _attr(_O_STYLE_FAMILY, attrs)
            table_style = _attr(_O_STYLE_NAME, attrs) if family == b"table" else None
        elif name == b"style:table-properties":
            if (table_style is not None and not closing and _O_TABLE_HIDDEN.search(attrs)
                    and len(hidden_styles) < MAX_STYLES):
                hidden_styles.add(table_style)
        elif name == b"table:table":
            if not closing:
                tables += 1
                doc.sheet = tables
                label = _sheet_label(_unescape(_attr(_O_NAME, attrs) or b""), tables)
                hidden_sheet = _attr(_O_STYLE, attrs) in hidden_styles
                row = declared_columns = 0
                collapsed_columns = []
                if not _sheet_name_record(doc, label, hidden_sheet, tables):
                    counts.full = False
                    break
        elif name == b"table:table-column" and not closing:
            repeat = int(_attr(_O_COLUMNS, attrs) or b"1")
            if _O_COLLAPSED.search(attrs) and len(collapsed_columns) < MAX_HIDDEN_RANGES:
                collapsed_columns.append((declared_columns + 1, declared_columns + repeat))
            declared_columns += repeat
        elif name == b"table:table-row":
            if not closing:
                row += 1
                column = 0
                hidden_row = _O_COLLAPSED.search(attrs) is not None
                repeated_rows = int(_attr(_O_ROWS, attrs) or b"1")
                cells = []
            if closing or self_closing:
                if ((cells and not _row_records(doc, label, hidden_sheet, row, hidden_row, cells))
                        or not _link_records(doc, label, hidden_sheet, links)):
                    counts.full = False
                    break
                cells = []
                links = []
                row += repeated_rows - 1  # a repeated row's words were said at its first
                repeated_rows = 1
        elif name in (b"table:table-cell", b"table:covered-table-cell"):
            if not closing:
                cell_column = column + 1
                column += int(_attr(_O_COLUMNS, attrs) or b"1")
                kind = _attr(_O_VALUE_TYPE, attrs)
                cell_is_text = kind in (None, b"string")
                in_cell = not self_closing
                paragraphs = []
                cell_formula = _unescape(_attr(_O_FORMULA, attrs) or b"")
            if (closing or self_closing) and cell_formula:
                # The literals a formula holds and its cell does not show (HYPERLINK's address),
                # as an .xlsx cell's (red16 F5): read from the cell's own shown words.
                shown = "\n".join(paragraphs) if closing else ""
                unshown = formula_literals(cell_formula, shown)
                cell_formula = ""
                if unshown:
                    counts.cells += 1
                    prefix = f"hidden {label}" if hidden_sheet else label
                    if not doc.add(f"{prefix}, cell {_column_letters(cell_column)}{row} (formula)", unshown) \
                            or counts.cells >= MAX_TEXT_CELLS:
                        counts.full = False
                        break
            if (closing or self_closing) and in_cell:
                in_cell = False
                text = "\n".join(paragraphs)
                if cell_is_text and text.strip() and not _is_data_cell(text):
                    counts.cells += 1
                    in_hidden = any(low <= cell_column <= high for low, high in collapsed_columns)
                    cells.append((f"{_column_letters(cell_column)}{row}", text, in_hidden))
                    if counts.cells >= MAX_TEXT_CELLS:
                        counts.full = False
                        break
        elif in_cell and name in (b"text:p", b"text:h"):
            if closing:
                if pieces is not None:
                    paragraphs.append("".join(pieces))
                pieces = None
            elif not self_closing:
                pieces = []
        elif in_cell and pieces is not None and not closing:
            if name == b"text:s":
                found = _SPACE_COUNT.search(attrs)
                pieces.append(" " * min(int(found.group(1)) if found else 1, 100))
            elif name == b"text:tab":
                pieces.append("\t")
            elif name == b"text:line-break":
                pieces.append("\n")
    if cells and counts.full:
        _row_records(doc, label, hidden_sheet, row, hidden_row, cells)
    if counts.full:
        _link_records(doc, label, hidden_sheet, links)
    _sheet_notes(doc, counts)


def _link_records(doc: DocumentText, sheet: str, hidden_sheet: bool, links: list[tuple[str, str]]) -> bool:
    """Cell links as records, "sheet Contacts, link in cell A2" (an address percent-decoded);
    False when the document's caps are reached."""
    from urllib.parse import unquote

    prefix = f"hidden {sheet}" if hidden_sheet else sheet
    return all(doc.add(f"{prefix}, link in cell {ref}", unquote(href)) for ref, href in links)


# -- PDF ---------------------------------------------------------------------------------------


def _read_pdf(data: bytes, doc: DocumentText, clock: _Clock) -> None:
    import logging
    import warnings

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf import PdfReader

    doc.kind = "PDF"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                doc.error = "an encrypted PDF that needs a password to open"
                return
            count = len(reader.pages)
        except Exception as exc:  # pypdf raises many kinds for a damaged or encrypted file
            name = type(exc).__name__
            doc.error = ("an encrypted PDF (AES) that this installation cannot decrypt: it needs the "
                         "'cryptography' package" if name == "DependencyError"
                         else f"a PDF whose text could not be read ({name})")
            return
        read = 0
        unreadable: list[int] = []
        heavy: list[int] = []
        pictured: list[int] = []  # pages with a picture and no text: a scanned page
        stamped: dict[int, str] = {}  # picture pages with a few words: a stamp, or a title
        # Pages with a picture and few words: (pictures placed, words, text), judged once every page
        # is read (a template's background picture on the pages of text is no scan).
        candidates: dict[int, tuple[list[tuple[object, float]] | None, int, str]] = {}
        backgrounds: set[object] = set()  # pictures drawn on pages of text
        full = True
        try:
            for number in range(1, min(count, MAX_PDF_PAGES) + 1):
                clock.check()
                try:
                    page = reader.pages[number - 1]
                    if _page_contents_over(page, MAX_PAGE_CONTENT_BYTES):
                        heavy.append(number)  # measured before pypdf inflates it whole (dtb14)
                        continue
                    contents = page.get_contents()
                    stream = contents.get_data() if contents is not None else b""
                    if not stream and _undecodable(page):
                        unreadable.append(number)  # pypdf logs the damage and gives b"": no blank page
                        continue
                    if len(stream) > MAX_PAGE_CONTENT_BYTES or (b"Do" in stream and _too_heavy(page, stream)):
                        heavy.append(number)
                        continue
                    text = page.extract_text() if stream else ""
                    # A picture with at most a stamp's words over it ("Scanned with CamScanner", a
                    # fax header) is a scanned page too (review rev13d item 2: such a letter passed).
                    words = len(text.split()) if stream else 0
                    if stream and words <= MAX_STAMP_WORDS and _has_picture(page, stream):
                        candidates[number] = (_placed_pictures(page, stream), words, text)
                    elif words > MAX_STAMP_WORDS and b"Do" in stream:
                        backgrounds |= _image_keys(page)
                except _OutOfTime:
                    raise
                except Exception:
                    unreadable.append(number)
                    continue
                read += 1
                if not (full := doc.add(f"page {number}", text)):
                    break
        except _OutOfTime:
            doc.not_read(f"reading its words took more than {clock.seconds:g} s; only the first "
                             f"{read:,} of its {count:,} pages were read")
            return
    if count > MAX_PDF_PAGES and full:
        doc.not_read(f"has {count:,} pages; the words of the first {MAX_PDF_PAGES:,} were read")
    if not full:
        doc.not_read(_CUT_NOTE)
    if heavy:
        one = len(heavy) == 1
        doc.not_read(f"{_pages(heavy)} {'is' if one else 'are'} drawn with more than "
                         f"{_size(MAX_PAGE_CONTENT_BYTES)} of page content (more than nymaudit reads in "
                         f"time): {'its' if one else 'their'} words were not read; read "
                         f"{'it' if one else 'them'} yourself")
    if unreadable:
        doc.not_read(f"the text of {_pages(unreadable)} could not be read (damaged, or compressed like a "
                     "bomb): read it yourself")
    # Every page read is a picture with a few words at most: no page of text anywhere, which no
    # report with a chart page is (red16 F5b: a photo of a letter with "Page 1 of 1", "1", a title
    # or "Scanned 30 November 2026" under it passed `check` at 60-79 % of the page).
    only_pictures = bool(read) and len(candidates) == read and not heavy and not unreadable
    for number, (placed, words, text) in candidates.items():
        # A print's header and footer alone over a picture (a browser's date, file name, file://
        # address and "1/1") are no words of a page: a photo of a letter printed to PDF covers 53-78 %
        # of it, and passed `check` when any word asked for 80 % (red15 F2).
        # Only when the margins carry a print's own marks, or when no page holds text: a report's
        # chart page with "Page 2 of 3" under it, among pages of text, keeps asking for 80 % (doc15d
        # item 3).
        margins = _margin_words_only(text) and (only_pictures or _print_marked(text))
        cover = _cover(placed, backgrounds)
        few_words = only_pictures and words <= SCAN_STAMP_WORDS and cover is not None \
            and cover >= ONLY_PICTURES_COVER
        if few_words or _scan_sized(cover, 0 if margins else words):
            if words <= SCAN_STAMP_WORDS or margins or _is_stamp(text):
                pictured.append(number)
            stamped[number] = text
    pictured = sorted(set(pictured) | _repeated_stamps(stamped))
    # Words read over the pictures (a stamp, a caption): said as read, never as "could not be read".
    worded = [n for n in pictured if stamped.get(n, "").split()]
    if read and len(pictured) == read and not heavy and not unreadable:
        # Every page read is a picture with no text, or with a stamp's words: a scan (a letter, a
        # form, an ID) whose name and address nobody checked. An input error, so `check` fails
        # closed and the report says its risk may be higher, as for a file that could not be read
        # (rev13a item 9, rev13d item 2).
        shown = "page is a picture" if len(pictured) == 1 else f"{len(pictured):,} pages are pictures"
        unread = ("so the words shown in it were not read (only the few words over it were)" if worded
                  else "so no word of it could be read")
        doc.error = (f"its {shown} without a text layer (a scan?), {unread}: "
                     "read it yourself, or run OCR on a copy and check the copy")
        return
    # A picture page captioned as a figure ("Figure 2: Admissions by month") among pages of text is
    # a chart or a photo, not a scan (rev14b item 3): a note naming it.
    figures = [n for n in pictured if _word_lists()[1].match(stamped.get(n, "").strip())]
    scans = [n for n in pictured if n not in figures]
    if figures:
        one = len(figures) == 1
        doc.notes.append(f"{_pages(figures)} {'is a full-page figure' if one else 'are full-page figures'} "
                         f"with a caption and no text layer: the words shown in {'it' if one else 'them'} "
                         f"were not checked; look at {'it' if one else 'them'} yourself")
    if scans == [1] and _is_title(stamped.get(1, "")):
        # A cover: the first page alone is a picture filling the page, with a title over it, and the
        # rest is text (a brochure, a report). Decorative: said as a note, `check` does not fail on it.
        doc.notes.append("page 1 is a picture with a title over it (a cover?): words shown in the "
                         "picture were not checked; look at it yourself")
    elif (len(scans) == 1 and count > SHORT_DOCUMENT_PAGES
          and not (_word_lists()[0].search(stamped.get(scans[0], "")) or _repeated_stamps(stamped))):
        # One picture page inside a longer document of text, with no scanner's stamp: a full-page
        # chart or photo far more often than a scan. Said, naming the page; `check` does not fail
        # on it, since a baseline cannot accept an input error and the report would fail in CI
        # for good (dfx14 item 6: doc14 made it an input error).
        doc.notes.append(f"page {scans[0]} is a picture without a text layer (a full-page figure or "
                         "photo, or a scanned page?): words shown in it were not checked; look at it "
                         "yourself, and if it is a scan, run OCR on a copy and check the copy")
    elif scans:
        # Scanned pages after a typed cover letter (or among typed pages) are unread content: an
        # input error, so `check` fails closed as for a scan (doc14 item 3: only a note before).
        # Two or more picture pages, one in a short document, or one with a scanner's stamp.
        one = len(scans) == 1
        unread = (f"so the words shown in {'it' if one else 'them'} were not read (only the few words over "
                  f"{'it' if one else 'them'} were)" if any(n in worded for n in scans)
                  else f"so {'its' if one else 'their'} words could not be read")
        doc.error = (f"{_pages(scans)} {'is a picture' if one else 'are pictures'} without a text layer "
                     f"({'a scanned page' if one else 'scanned pages'}?) beside pages of text, {unread}: "
                     f"read {'it' if one else 'them'} yourself, or run OCR on a copy and check the copy")
    elif read and not doc.sections and not heavy and not unreadable and not pictured:
        # Not called a scan: nothing is drawn as a picture (blank pages, or letters drawn as
        # shapes, which OCR of a rendering would read).
        doc.notes.append("its pages hold no text and no picture (blank, or letters drawn as shapes?): "
                         "no words to check; look at it yourself if it shows any")


_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s")
# A form XObject drawn by name (`/Fx Do`) in a content stream.
_FORM_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]{1,127})\s*Do(?![A-Za-z0-9])")
# What pypdf's text extraction looks for before it parses a form: a text-showing operator's
# first letter (Tj, TJ, ', ") or a draw (Do). A form without one is scanned, never parsed.
_TEXT_OPERATOR = re.compile(rb"T[jJ]|Do|['\"]")
# Forms drawn at most on one page, counting repeats: pypdf stops drawing forms at 5,000 per
# page and says so only in its log, so a page past this is not read in full.
MAX_FORM_DRAWS = 4_000
# A form without text costs pypdf a scan of its bytes per draw, not a parse: it weighs less.
_SCAN_ONLY_WEIGHT = 16
# Forms inside forms followed at most; deeper is not read in full.
MAX_FORM_DEPTH = 25


def _undecodable(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether a page whose content came out empty holds encoded bytes: a stream that does not
    unpack (pypdf logs it and returns nothing), which is damage, not a blank page."""
    try:
        holder = page.get("/Contents")
        holder = holder.get_object() if holder is not None else None
        streams = list(holder) if isinstance(holder, list) else [holder] if holder is not None else []
        for item in streams:
            stream = item.get_object()
            raw = getattr(stream, "_data", b"") or b""
            if raw and stream.get("/Filter") == "/FlateDecode":
                try:  # an empty page compressed is no damage: only data that does not unpack is
                    zlib.decompressobj().decompress(raw[:65536], 4096)
                except zlib.error:
                    return True
        return False
    except Exception:  # noqa: BLE001 - a broken /Contents: pypdf's own reading says what it can
        return False


# The filters of a stream decoded here stage by stage, each stage's output capped (red15 F11: a
# form written [/ASCIIHexDecode /FlateDecode], or with its /Filter an indirect object, skipped the
# capped inflate and pypdf inflated 70 MB per page). LZW and RunLength are left to pypdf, whose
# own limits bound them (pypdf >= 6.7.1); a Flate stage after one of those, or after a stage that
# cannot be followed, counts the stream as too heavy, as does a chain longer than any PDF writes.
_FLATE = frozenset(("/FlateDecode", "/Fl"))
_HEX = frozenset(("/ASCIIHexDecode", "/AHx"))
_A85 = frozenset(("/ASCII85Decode", "/A85"))
MAX_FILTER_STAGES = 6
_HEX_IGNORED = b" \t\r\n\f\x00"


def _resolved(value, depth: int = 4):  # type: ignore[no-untyped-def]
    """A PDF value with its indirect references followed (a few links at most)."""
    for _ in range(depth):
        follow = getattr(value, "get_object", None)
        if follow is None:
            return value
        following = follow()
        if following is value:
            return value
        value = following
    return value


def _filter_chain(xobject) -> tuple[list[str], list[object]]:  # type: ignore[no-untyped-def]
    """(filter names, their decode parameters) of a stream, references resolved; ``[]`` without
    a filter. A name that is not one (a broken /Filter) is kept as "?" so it is never skipped."""
    filters = _resolved(xobject.get("/Filter"))
    if isinstance(filters, list):
        listed = list(filters)[:MAX_FILTER_STAGES + 1]
    else:
        listed = [] if filters is None else [filters]
    names = [str(name) if isinstance(name := _resolved(item), str) else "?" for item in listed]
    parms = _resolved(xobject.get("/DecodeParms"))
    if isinstance(parms, list):
        settings = [_resolved(item) for item in list(parms)[:len(names)]]
    else:
        settings = [parms] * len(names) if len(names) == 1 else []
    settings += [None] * (len(names) - len(settings))
    return names, settings


def _predicted(parms) -> bool:  # type: ignore[no-untyped-def]
    """Whether a Flate stage's parameters ask for a predictor (its bytes then change after it)."""
    try:
        return parms is not None and int(_resolved(parms.get("/Predictor", 1))) > 1
    except (AttributeError, TypeError, ValueError):
        return True


def _capped_stage(name: str, data: bytes, cap: int) -> bytes | None:
    """One decoding stage of at most ``cap`` bytes out; None when it would give more. Raises
    ValueError (binascii.Error) or zlib.error on damage."""
    if name in _FLATE:
        out = zlib.decompressobj().decompress(data, cap)
        return None if len(out) >= cap else out
    if name in _HEX:
        digits = data.split(b">", 1)[0].translate(None, _HEX_IGNORED)
        if len(digits) // 2 >= cap:
            return None
        return binascii.unhexlify(digits + b"0" if len(digits) % 2 else digits)
    body = data.split(b"~>", 1)[0]
    body = body[2:] if body.startswith(b"<~") else body
    zeros = body.count(b"z")  # "z" is four zero bytes: the one ASCII85 stage that grows its input
    if zeros * 4 + (len(body) - zeros) * 4 // 5 >= cap:
        return None
    return base64.a85decode(body, adobe=False, ignorechars=b" \t\n\r\v\f\x00")


def _chain_over(xobject, cap: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a stream's decoding, followed stage by stage with each capped, gives ``cap`` bytes
    or more. A stage that cannot be followed hands the rest to pypdf, unless a Flate stage comes
    after it (unmeasured, it is too heavy); damage hands it to pypdf's own (capped) recovery."""
    names, settings = _filter_chain(xobject)
    if len(names) > MAX_FILTER_STAGES:
        return True
    data = getattr(xobject, "_data", None)
    if not names or not data:
        return False
    data = bytes(data)
    for index, (name, parms) in enumerate(zip(names, settings, strict=True)):
        rest = names[index + 1:]
        if name not in _FLATE and name not in _HEX and name not in _A85:
            return any(later in _FLATE for later in rest)
        try:
            out = _capped_stage(name, data, cap)
        except (ValueError, zlib.error):
            return False
        if out is None:
            return True
        if name in _FLATE and rest and _predicted(parms):
            return any(later in _FLATE for later in rest)  # its bytes change after it: not followed
        data = out
    return False


def _form_content(xobject, limit: int) -> bytes | None:  # type: ignore[no-untyped-def]
    """A form's decoded content, or None when it holds more than ``limit`` bytes (the page is then
    too heavy, never parsed). pypdf inflates a stream whole (up to 75 MB since pypdf 6.0.0,
    without bound before: docs/formats.md, doc15 item 5) and keeps it on the object for the life
    of the reader: 40 pages each drawing its own 70 MB form of zeros, 2.7 MB of PDF, took 2.8 GB
    and 11 s (dtb14). So its filters are first followed with a cap on each stage (_chain_over:
    a hex or ASCII85 stage before the inflate, a filter given by reference; red15 F11), and a
    stream found too large is not kept."""
    # A stage's bytes may exceed the content's (a hex or ASCII85 stage after it halves them at
    # most), never by more than twice.
    if getattr(xobject, "decoded_self", None) is None and _chain_over(xobject, 2 * limit + 1):
        return None
    data = xobject.get_data()
    if len(data) > limit:
        if getattr(xobject, "decoded_self", None) is not None:
            xobject.decoded_self = None  # a page too heavy to read keeps none of its forms' bytes
        return None
    return data


def _page_contents_over(page, limit: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a page's own content streams hold more than ``limit`` bytes, measured with a
    capped inflate (see _form_content) before pypdf inflates and keeps them whole."""
    try:
        holder = page.get("/Contents")
        holder = holder.get_object() if holder is not None else None
        streams = list(holder) if isinstance(holder, list) else [holder] if holder is not None else []
        total = 0
        for item in streams:
            data = _form_content(item.get_object(), limit - total)
            if data is None:
                return True
            total += len(data)
        return False
    except Exception:  # noqa: BLE001 - damaged: pypdf's own reading says what it can
        return False


class _Heavy(Exception):
    """A page whose content with its forms is more than nymaudit reads in time."""


def _too_heavy(page, stream: bytes) -> bool:  # type: ignore[no-untyped-def]
    """Whether the page, with every form it draws as often as it draws it (and the forms those
    draw), holds more than MAX_PAGE_CONTENT_BYTES of content for pypdf to parse, or more than
    MAX_FORM_DRAWS draws. Looked at before extract_text, which cannot be stopped once it runs: a
    1.5 KB page that draws a 20 KB text form 50,000 times ran for 12 minutes, and a page that
    draws one 60 MB form was returned blank by pypdf's token cap after 19 s (red14 F1, F4). A
    clock in pypdf's operator visitor was measured instead: with a visitor pypdf parses every
    figure it would skip: 50 pages of 400 KB vector drawings took 43 s with it, 0.2 s without
    (dfx14, 2026-11-30; docs/formats.md)."""
    weights: dict[int, tuple[int, int]] = {}

    def weigh(holder, data: bytes, resources, depth: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        """(bytes pypdf parses, forms drawn) for one content stream and what it draws."""
        if depth > MAX_FORM_DEPTH:
            raise _Heavy
        draws: dict[bytes, int] = {}
        for m in _FORM_DRAW.finditer(data):
            draws[m.group(1)] = draws.get(m.group(1), 0) + 1
        # The page's own stream is parsed anyway (its size is capped apart); a form's weighs
        # fully only when pypdf will parse it.
        weight = len(data) if depth == 0 or _TEXT_OPERATOR.search(data) else len(data) // _SCAN_ONLY_WEIGHT
        drawn = 0
        if not draws:
            return weight, drawn
        objects = resources.get_object().get("/XObject") if resources is not None else None
        objects = objects.get_object() if objects is not None else {}
        for name, times in draws.items():
            xobject = objects.get("/" + name.decode("latin-1"))
            xobject = xobject.get_object() if xobject is not None else None
            if xobject is None or xobject.get("/Subtype") != "/Form":
                continue
            key = id(xobject)
            if key not in weights:
                weights[key] = (0, 0)  # a form that draws itself: pypdf skips the cycle
                inner = _form_content(xobject, MAX_PAGE_CONTENT_BYTES)
                if inner is None:
                    raise _Heavy
                weights[key] = weigh(xobject, inner, xobject.get("/Resources") or resources, depth + 1)
            form_weight, form_drawn = weights[key]
            weight += times * form_weight
            drawn += times * (1 + form_drawn)
            if weight > MAX_PAGE_CONTENT_BYTES or drawn > MAX_FORM_DRAWS:
                raise _Heavy
        return weight, drawn

    try:
        weigh(page, stream, page.get("/Resources"), 0)
    except _Heavy:
        return True
    return False


def _is_stamp(text: str) -> bool:
    """Whether a picture page's words are a scanning app's stamp: a known stamp, and at most
    SCAN_STAMP_WORDS words once stamps, web addresses, page numbers, dates and numbers are out."""
    stamps = _word_lists()[0]
    if not stamps.search(text):
        return False
    rest = _STAMP_FILLER.sub(" ", stamps.sub(" ", text))
    return len(rest.split()) <= SCAN_STAMP_WORDS


def _repeated_stamps(stamped: dict[int, str]) -> set[int]:
    """Picture pages whose words are the same on every picture page (digits aside): a header
    or footer stamped on each scanned page (a fax machine's line, a copier's footer)."""
    if len(stamped) < 2:
        return set()
    shapes = {" ".join(re.sub(r"\d+", "#", text.casefold()).split()) for text in stamped.values()}
    return set(stamped) if len(shapes) == 1 else set()


def _is_title(text: str) -> bool:
    """A cover page's words: a few words of a title (at most SCAN_STAMP_WORDS), not a scanner's
    stamp, and at least two words once page numbers, dates, times and numbers are taken out: a merge
    tool's "Page 1 of 3" over a scanned page is no title (rev14b item 7)."""
    stamps, _captions, not_title = _word_lists()
    if not 0 < len(text.split()) <= SCAN_STAMP_WORDS or stamps.search(text) or _margin_words_only(text):
        return False
    rest = not_title.sub(" ", _STAMP_FILLER.sub(" ", text))
    return len([word for word in rest.split() if any(char.isalpha() for char in word)]) >= 2


@functools.cache
def _word_lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(scanner stamps, figure captions, words that are no title) from heuristics/doctext.toml,
    compiled once, the first time a picture page is weighed (start-up reads no TOML)."""
    from nymaudit.rules import load_file

    lists = load_file("doctext")
    stamps = re.compile(r"\b(?:" + "|".join(lists["scanner_stamps"]["patterns"]) + ")", re.IGNORECASE)
    # A figure's caption: its word, a number (arabic or roman, "3a", "3.1") and a colon, stop or dash.
    captions = re.compile(r"(?:" + "|".join(lists["captions"]["words"])
                          + r")\.?\s*[0-9ivxlc]+[a-z]?(?:\.\d+)*\s*[:.\-\u2013\u2014]", re.IGNORECASE)
    not_title = re.compile(r"\b(?:" + "|".join(lists["not_title_words"]["words"]) + r")\b", re.IGNORECASE)
    return stamps, captions, not_title


# A file:// address as a browser prints it in a page's footer; its file's name is in the header.
_FILE_URL = re.compile(r"\bfile:/{0,3}[^\s<>\"]{1,2000}", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W_]+")


@functools.cache
def _print_margins() -> re.Pattern[str]:
    """What a print or a scanner writes in a page's margins besides dates and page numbers (a
    picture's file name, a browser's title for an image), from heuristics/doctext.toml."""
    from nymaudit.rules import load_file

    patterns = load_file("doctext")["print_margins"]["patterns"]
    return re.compile(r"(?:" + "|".join(patterns) + ")", re.IGNORECASE)


def _margin_words_only(text: str) -> bool:
    """Whether a picture page's words are only what a print or a scanner puts in the margins: a
    date and time, page numbers, web and file addresses, the picture's file name (with the words
    of a name in a file:// address on the page), a browser's title for an image, a scanner's stamp
    (red15 F2). Such words say nothing of the picture, which is what the page holds."""
    if not text.split():
        return True
    names = {word.casefold() for url in _FILE_URL.findall(text)
             for word in _NAME_WORD.findall(_file_name(url))}
    rest = _print_margins().sub(" ", _FILE_URL.sub(" ", text))
    rest = _STAMP_FILLER.sub(" ", _word_lists()[0].sub(" ", rest))
    return all(word.casefold() in names or word == "_" for word in rest.split())


@functools.cache
def _print_marks() -> re.Pattern[str]:
    """What only a print of a picture or a scan writes in a page's margins (a file:// address, the
    picture's file name, a browser's title for an image, a date with a time, a scanner's stamp), from
    heuristics/doctext.toml: a page number or a report's footer is none of them."""
    from nymaudit.rules import load_file

    patterns = load_file("doctext")["print_marks"]["patterns"]
    return re.compile(r"(?:" + "|".join(patterns) + ")", re.IGNORECASE)


def _print_marked(text: str) -> bool:
    """Whether a picture page's words carry a print's or a scanner's own marks (doc15d item 3)."""
    return bool(_FILE_URL.search(text) or _print_marks().search(text) or _word_lists()[0].search(text))


def _file_name(url: str) -> str:
    """The last part of a file:// address, decoded ("Letter%20from%20council.jpg")."""
    from urllib.parse import unquote

    return unquote(url.rstrip("/").rpartition("/")[2])


# A page is a scanned page only when a picture covers most of it (rev14b item 3: a letterhead logo
# beside a short last page, a slide's logo beside "Questions?"); a page with no word at all is one
# when a picture covers more than a logo does: an ID card scanned at its size onto an A4 page
# covers 7 % of it, a receipt far more; a letterhead logo about 1 %.
SCAN_COVER = 0.8
BARE_PICTURE_COVER = 0.05
# In a document whose every page is a picture with a few words at most (a title, "Scanned 30
# November 2026"), the picture is what it shares: half the page is enough (red16 F5b). A page
# whose words are only margins (a page number, a date) is held to BARE_PICTURE_COVER there.
ONLY_PICTURES_COVER = 0.5


def _scan_sized(cover: float | None, words: int) -> bool:
    """Whether a page's pictures cover enough of it to be a scanned page (unknown: yes, so an
    unreadable page stays fail-closed)."""
    if cover is None:
        return True
    return cover >= (BARE_PICTURE_COVER if words == 0 else SCAN_COVER)


# Content stream tokens: strings, hex strings, names, numbers, operators (a linear pass; strings
# are skipped so their letters are no operators).
_CONTENT_TOKEN = re.compile(
    rb"\((?:[^()\\]|\\.){0,100000}\)|<[0-9A-Fa-f\s]{0,100000}>|%[^\r\n]{0,10000}"
    rb"|/([^\s/\[\]()<>{}%]{0,127})|([+-]?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20}))|([A-Za-z'\"*]{1,10})",
    re.DOTALL)
_INLINE_END = re.compile(rb"\sEI(?=\s|\Z)")
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_Placed = tuple[object, _Matrix]  # (the image, or None for an inline one; where it is placed)
# Bounds on a hostile page: graphics states kept, pictures placed, forms followed.
_MAX_STATES = 1_000
_MAX_PLACEMENTS = 500
# Content bytes (the page's and its forms', each form once) read to place a page's pictures; past
# it the page's cover is unknown and it counts as covered (fail closed).
_MAX_PLACING_BYTES = 4 * 1024 * 1024


class _TooMuchToPlace(Exception):
    """A page whose forms hold more content than is read to place its pictures."""


def _times(m1: _Matrix, m2: _Matrix) -> _Matrix:
    """m1 × m2 as PDF writes matrices (a point is transformed by m1, then by m2)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _image_key(reference, xobject) -> object:  # type: ignore[no-untyped-def]
    """What names one image of a PDF across its pages: its object number (a template's background
    is one object drawn on every slide), else the object itself."""
    idnum = getattr(reference, "idnum", None)
    return ("object", idnum, getattr(reference, "generation", 0)) if idnum is not None else id(xobject)


def _image_keys(page) -> set[object]:  # type: ignore[no-untyped-def]
    """The images a page's resources hold (and its forms', one level down)."""
    keys: set[object] = set()

    def walk(holder, depth: int) -> None:  # type: ignore[no-untyped-def]
        resources = holder.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        if objects is None:
            return
        objects = objects.get_object()
        for key in list(objects)[:50]:
            reference = objects.raw_get(key) if hasattr(objects, "raw_get") else objects[key]
            xobject = objects[key].get_object()
            kind = xobject.get("/Subtype")
            if kind == "/Image":
                keys.add(_image_key(reference, xobject))
            elif kind == "/Form" and depth > 1:
                walk(xobject, depth - 1)

    try:
        walk(page, 2)
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: no background known
        return set()
    return keys


def _placements(holder, data: bytes, resources, depth: int,  # type: ignore[no-untyped-def]
                cache: dict[int, list[_Placed]], spent: list[int]) -> list[_Placed]:
    """(image, matrix in ``holder``'s space) of the pictures a content stream draws: an image
    XObject, an inline image (no image key: None), or one inside a form it draws (its /Matrix
    applied). ``spent`` counts the content bytes read for the page (at most _MAX_PLACING_BYTES)."""
    found: list[_Placed] = []
    spent[0] += len(data)
    if spent[0] > _MAX_PLACING_BYTES:
        raise _TooMuchToPlace
    ctm = _IDENTITY
    states: list[_Matrix] = []
    numbers: list[float] = []
    name = b""
    skip_to = 0
    objects = resources.get_object().get("/XObject") if resources is not None else None
    objects = objects.get_object() if objects is not None else {}
    for m in _CONTENT_TOKEN.finditer(data):
        if m.start() < skip_to:
            continue
        named, number, operator = m.group(1), m.group(2), m.group(3)
        if number is not None:
            numbers = (numbers + [float(number)])[-6:]
            continue
        if named is not None:
            name = named
            continue
        if operator is None:
            continue
        if operator == b"q" and len(states) < _MAX_STATES:
            states.append(ctm)
        elif operator == b"Q":
            ctm = states.pop() if states else _IDENTITY
        elif operator == b"cm" and len(numbers) == 6:
            ctm = _times(tuple(numbers), ctm)  # type: ignore[arg-type]
        elif operator == b"BI":  # an inline image fills the unit square of the current matrix
            found.append((None, ctm))
            end = _INLINE_END.search(data, m.end())
            skip_to = end.end() if end else len(data)
        elif operator == b"Do" and name:
            label = "/" + name.decode("latin-1")
            reference = objects.raw_get(label) if hasattr(objects, "raw_get") and label in objects else None
            xobject = objects.get(label)
            xobject = xobject.get_object() if xobject is not None else None
            kind = xobject.get("/Subtype") if xobject is not None else None
            if kind == "/Image":
                found.append((_image_key(reference, xobject), ctm))
            elif kind == "/Form" and depth > 1:
                key = id(xobject)
                if key not in cache:
                    cache[key] = []  # a form that draws itself places nothing more
                    inner_resources = xobject.get("/Resources") or resources
                    inner = _form_content(xobject, _MAX_PLACING_BYTES - spent[0])
                    if inner is None:
                        raise _TooMuchToPlace
                    cache[key] = _placements(xobject, inner, inner_resources, depth - 1, cache, spent)
                raw = xobject.get("/Matrix")
                form = tuple(float(v) for v in raw) if raw is not None and len(raw) == 6 else _IDENTITY
                into = _times(form, ctm)  # type: ignore[arg-type]
                found.extend((image, _times(inner, into)) for image, inner in cache[key])
        numbers = []
        if len(found) >= _MAX_PLACEMENTS:
            break
    return found[:_MAX_PLACEMENTS]


def _placed_pictures(page, stream: bytes) -> list[tuple[object, float]] | None:  # type: ignore[no-untyped-def]
    """(image, share of the page it covers) of each picture a page draws, placed by the matrix in
    force where it is drawn (the unit square through `cm`, and a form's /Matrix) and clipped to the
    page's visible box (CropBox, else MediaBox). None when the page's content cannot be followed."""
    try:
        box = page.cropbox
        left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        left, right, bottom, top = min(left, right), max(left, right), min(bottom, top), max(bottom, top)
        area = (right - left) * (top - bottom)
        if not area > 0:
            return None
        placed: list[tuple[object, float]] = []
        for image, (a, b, c, d, e, f) in _placements(page, stream, page.get("/Resources"), 2, {}, [0]):
            xs = (e, a + e, c + e, a + c + e)
            ys = (f, b + f, d + f, b + d + f)
            width = min(max(xs), right) - max(min(xs), left)
            height = min(max(ys), top) - max(min(ys), bottom)
            if width > 0 and height > 0:
                placed.append((image, width * height / area))
        return placed
    except Exception:  # noqa: BLE001 - a damaged page: its cover unknown, said as a scan (fail closed)
        return None


def _cover(placed: list[tuple[object, float]] | None, backgrounds: set[object]) -> float | None:
    """The share of a page its pictures cover (overlaps count twice, capped at 1), leaving out a
    picture also drawn on pages of text: a slide template's or letterhead's background, not a
    scanned page (each scanned page is a picture of its own)."""
    if placed is None:
        return None
    return min(sum(share for image, share in placed if image is None or image not in backgrounds), 1.0)


def _picture_cover(page, stream: bytes) -> float | None:  # type: ignore[no-untyped-def]
    """The share of the page that its pictures cover (see _placed_pictures), None when unknown."""
    return _cover(_placed_pictures(page, stream), set())


def _has_picture(page, stream: bytes = b"") -> bool:  # type: ignore[no-untyped-def]
    """Whether a page draws an image (a scanned page is one picture): an image of its own, one
    inside a form it draws (one level down, as some scanners write), or an inline image in
    its content ``stream``."""
    if _INLINE_IMAGE.search(stream):
        return True
    try:
        return _draws_image(page, depth=2)
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: no picture known
        return False


def _draws_image(holder, depth: int) -> bool:  # type: ignore[no-untyped-def]
    resources = holder.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    if objects is None:
        return False
    objects = objects.get_object()
    for key in list(objects)[:50]:
        xobject = objects[key].get_object()
        kind = xobject.get("/Subtype")
        if kind == "/Image" or (kind == "/Form" and depth > 1 and _draws_image(xobject, depth - 1)):
            return True
    return False


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5]) + (", …" if len(numbers) > 5 else "")
    return f"page {shown}" if len(numbers) == 1 else f"{len(numbers)} pages ({shown})"


# -- RTF ---------------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])"
                        rb"|([^\\{}\r\n]+)|[\r\n]+", re.DOTALL)
# Destinations whose content is no text of the document (fonts, styles, pictures, fields' codes).
_RTF_SKIP = frozenset((b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header",
                       b"footer", b"fldinst", b"themedata", b"colorschememapping", b"datastore",
                       b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"generator",
                       b"xmlnstbl", b"mmathPr", b"atnauthor", b"atnid", b"bkmkstart",
                       b"bkmkend", b"filetbl", b"revtbl", b"pgdsctbl", b"wgrffmtfilter", b"pnseclvl"))


def _read_rtf(data: bytes, doc: DocumentText, clock: _Clock) -> None:
    """An RTF file's text, by its control words (no library): \\par ends a paragraph, groups
    of fonts, styles, pictures and field codes are left out, \\'hh and \\uN are characters.
    A comment ({\\*\\annotation ...}) is a record of its own, "comment 2", as Word's are ("comment 2
    (by another person)" when its \\atnauthor is not the \\author or \\operator of \\info); a
    paragraph with tracked deletions (\\deleted; \\revised marks insertions) gives the words they
    removed, as they stood, "paragraph 4 (before tracked changes)" (doc15 item 3, doc15c)."""
    doc.kind = "RTF document"
    codepage = "cp1252"
    out: list[str] = []
    unseen: list[str] = []  # text formatted hidden (\v): Word neither shows nor prints it
    stored: list[str] = []  # the paragraph as stored: shown and hidden text in place
    before: list[str] = []  # the paragraph before its tracked changes (\deleted in, \revised out)
    removed = False  # it has deleted words
    gone: list[str] = []  # the paragraph's deleted words (counted for META029)
    comment: list[str] = []  # the open comment's text
    comments = 0
    annotation_depth = 0  # the depth of the open comment's group (0: none open)
    hidden = deleted = inserted = False
    # Who wrote the document ({\info{\author}{\operator}}) and each comment (\atnauthor, just
    # before its annotation): a comment by someone else is not the writer's words (rev15a item 2).
    writers: set[str] = set()
    capturing: bytes | None = None  # the destination whose text is being kept (author, operator, atnauthor)
    capture_depth = 0
    captured: list[str] = []
    next_author = ""  # the last \atnauthor, for the annotation that follows it
    comment_author = ""  # the open comment's

    def add_comment(number: int) -> bool:
        if comment_author and comment_author not in doc.comment_authors and len(doc.comment_authors) < 100:
            doc.comment_authors.append(comment_author)
        other = _by_other(comment_author, frozenset(writers))
        return doc.add(_comment_place(number, other), "".join(comment), by_other=other, extra=True)

    def put(chars: str) -> None:
        if annotation_depth:
            comment.append(chars)
            return
        nonlocal removed
        if deleted:
            before.append(_mark_deleted(chars))
            gone.append(chars)
            removed = removed or bool(chars.strip())
            return
        (unseen if hidden else out).append(chars)
        stored.append(chars)
        if not inserted:
            before.append(chars)

    # character formatting is the group's: `}` restores it (hidden, deleted, inserted)
    hidden_stack: list[tuple[bool, bool, bool]] = []
    skip_depth: list[int] = []  # depths at which a skipped destination began
    depth = 0
    uc_skip = 0  # characters to drop after a \uN (its ANSI stand-in)
    number = 0
    full = True
    for count, m in enumerate(_RTF_TOKEN.finditer(data)):
        if count & 0x3FFF == 0:
            clock.check()
        word, arg, hexa, symbol, brace, text = m.groups()
        if brace == b"{":
            depth += 1
            if len(hidden_stack) < 100_000:  # deeper groups share the last state (bounded memory)
                hidden_stack.append((hidden, deleted, inserted))
            continue
        if brace == b"}":
            if skip_depth and skip_depth[-1] == depth:
                skip_depth.pop()
            if capturing is not None and capture_depth == depth:
                name = " ".join("".join(captured).split())[:500]
                if capturing == b"atnauthor":
                    next_author = name
                elif _person_key(name) and len(writers) < 10:
                    writers.add(_person_key(name))
                capturing = None
            if annotation_depth and annotation_depth == depth:
                annotation_depth = 0
                comments += 1
                doc.count_side("comments", "".join(comment))
                if not (full := add_comment(comments)):
                    break
                comment.clear()
            depth -= 1
            if hidden_stack and len(hidden_stack) > depth:
                hidden, deleted, inserted = hidden_stack.pop()
            continue
        skipping = bool(skip_depth)
        if word == b"annotation" and not annotation_depth and skip_depth in ([], [depth]):
            # {\*\annotation: the \* before it began skipping an unknown destination; a comment
            # is read (one inside a skipped group, a header's say, stays skipped).
            skip_depth.clear()
            annotation_depth = depth
            comment_author, next_author = next_author, ""
            continue
        if word is not None:
            if word in (b"author", b"operator", b"atnauthor") and capturing is None:
                capturing, capture_depth, captured = word, depth, []
            if word in _RTF_SKIP or word == b"annotation":
                if not skipping:
                    skip_depth.append(depth)
                continue
            if skipping:
                continue
            if word == b"ansicpg" and arg:
                codepage = f"cp{int(arg)}"
            elif word == b"v":
                hidden = arg != b"0"
            elif word == b"deleted":
                deleted = arg != b"0"
            elif word == b"revised":
                inserted = arg != b"0"
            elif word == b"plain":
                hidden = deleted = inserted = False
            elif word in (b"par", b"line", b"sect", b"page", b"row") and annotation_depth:
                comment.append("\n")
            elif word in (b"par", b"line", b"sect", b"page", b"row"):
                number += 1
                # Hidden text is read in place, its record said as holding hidden text (as in Word).
                where = f"paragraph {number}"
                said = _with_hidden(where, "".join(out), "".join(unseen), "".join(stored))
                if not (full := doc.add(*said)):
                    break
                doc.count_side("deletions", "".join(gone))
                if removed and not (full := doc.add(f"{where}{_BEFORE_CHANGES}",
                                                    _changed_sentences("".join(before)), extra=True)):
                    break
                out.clear()
                unseen.clear()
                stored.clear()
                before.clear()
                gone.clear()
                removed = False
            elif word in (b"tab", b"cell"):
                put("\t")
            elif word == b"u" and arg:
                code = int(arg) + 65536 if int(arg) < 0 else int(arg)  # a signed 16-bit number
                shown = 0 < code < 0x110000 and not 0xD800 <= code < 0xE000
                put(chr(code) if shown else "")
                uc_skip = 1
            continue
        if symbol is not None:
            if symbol == b"*":
                if not skipping:
                    skip_depth.append(depth)
            elif not skipping and symbol in (b"\\", b"{", b"}"):
                put(symbol.decode())
            elif not skipping and symbol == b"~":
                put("\u00a0")
            continue
        if capturing is not None and (text is not None or hexa is not None) and len(captured) < 100:
            captured.append(text.decode("cp1252", "replace") if text is not None
                            else bytes((int(hexa, 16),)).decode("cp1252", "replace"))
        if skipping:
            continue
        if hexa is not None:
            if uc_skip:
                uc_skip -= 1
                continue
            try:
                put(bytes((int(hexa, 16),)).decode(codepage, "replace"))
            except LookupError:
                put(bytes((int(hexa, 16),)).decode("cp1252", "replace"))
            continue
        if text is not None:
            chunk = text.decode("cp1252", "replace")
            if uc_skip:
                chunk = chunk[uc_skip:]
                uc_skip = 0
            put(chunk)
    if full and annotation_depth and "".join(comment).strip():  # a comment cut off by the file's end
        doc.count_side("comments", "".join(comment))
        full = add_comment(comments + 1)
    if full:
        doc.count_side("deletions", "".join(gone))
    if full and ("".join(out).strip() or "".join(unseen).strip() or removed):
        number += 1
        full = doc.add(*_with_hidden(f"paragraph {number}", "".join(out), "".join(unseen), "".join(stored)))
        if full and removed:
            full = doc.add(f"paragraph {number}{_BEFORE_CHANGES}", _changed_sentences("".join(before)),
                           extra=True)
    if not full:
        doc.not_read(_CUT_NOTE)


def _damage(exc: BaseException) -> str:
    """Why a document's text could not be read, in words a user can act on."""
    if isinstance(exc, zlib.error) or (isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc)):
        return "a part of the file is damaged (its compressed data does not unpack): get a fresh copy"
    if isinstance(exc, (zipfile.BadZipFile, EOFError)):
        return "the file is damaged or cut short (as after an interrupted download): get a fresh copy"
    if isinstance(exc, NotImplementedError):
        return f"it uses a zip feature nymaudit does not read ({exc})"
    return f"the file is damaged or not what its name says ({type(exc).__name__})"


# -- one document, and an input's documents -------------------------------------------------------


def document_text(data: bytes, fmt: str, seconds: float = DOCUMENT_SECONDS) -> DocumentText:
    """The words of one document whose format (metadata.sniff's name) is ``fmt``. Never
    raises for bad content: what went wrong is in ``error`` or ``notes``."""
    doc = DocumentText()
    if len(data) > MAX_DOCUMENT_BYTES:
        doc.not_read(f"larger than {_size(MAX_DOCUMENT_BYTES)}: its words were not read")
        return doc
    clock = _Clock(seconds)
    try:
        if fmt == "pdf":
            _read_pdf(data, doc, clock)
        elif fmt in ("ooxml", "odf"):
            _read_zip_document(data, doc, clock)
        elif fmt == "rtf":
            _read_rtf(data, doc, clock)
    except _OutOfTime:
        doc.not_read(f"reading its words took more than {seconds:g} s; the rest was not read "
                         f"({len(doc.sections):,} parts read)")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error) as exc:
        doc.error = _damage(exc)
    except RecursionError:
        doc.error = "nested too deep to read"
    except MemoryError:
        doc.error = "too large to hold in memory"
    except Exception as exc:  # noqa: BLE001 - robust promise: a hostile file is a line, never a traceback
        doc.error = f"the file is damaged or not what its name says ({type(exc).__name__})"
    return doc


# Every Office Open XML and OpenDocument name a document is saved under: documents, templates,
# shows and add-ins (red14 F5: a .ppsx show, a .potx or .dotx template passed `check` unread).
# Which body a zip holds (word/document.xml, slides, a workbook, content.xml) decides how it
# is read, never the name; a zip without one is an input error.
_OOXML_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm",
                   ".sldx", ".sldm", ".xlsx", ".xlsm", ".xltx", ".xltm", ".xlam", ".ppam")
_ODF_SUFFIXES = (".odt", ".ott", ".odp", ".otp", ".ods", ".ots", ".odg", ".otg", ".odm", ".oth")


def _format_of(attachment: Attachment) -> tuple[str, bytes | None]:
    """(metadata.sniff's name for the file, its bytes when it is a document to read)."""
    from nymaudit.metadata import sniff

    name = attachment.path.casefold()
    if not name.endswith((".pdf", ".rtf", *_ODF_SUFFIXES, *_OOXML_SUFFIXES)):
        return "", None
    if attachment.size is not None and attachment.size > MAX_DOCUMENT_BYTES:
        return "large", None
    data = attachment.read()
    fmt = sniff(data[:4096])
    if fmt == "zip" and name.endswith((*_OOXML_SUFFIXES, *_ODF_SUFFIXES)):
        fmt = "ooxml"  # sniff names a zip OOXML only when its first part says so; its parts decide
    return fmt, (data if fmt in TEXT_FORMATS else None)


def add_document_texts(result: SourceResult, attachments: list[Attachment] | None = None, *,
                       seconds: float = INPUT_SECONDS) -> None:
    """Give the words of the documents among ``attachments`` (default: ``result``'s) to
    the text detectors: one record of kind "file" per page, slide or paragraph, located at
    the document ("newsletter.docx#page 2, paragraph 14"). Caps reached and documents
    without a text layer are said as notes of the input, unreadable text as input errors."""
    started = time.perf_counter()
    done = _read_already(result)
    read = 0
    left_out = 0
    for attachment in list(result.attachments if attachments is None else attachments):
        try:
            fmt, data = _format_of(attachment)
        except Exception:  # noqa: BLE001 - a file that cannot be read is the metadata detector's to say
            continue
        where = attachment.display
        if where in done:
            continue  # read already (a draft's files, then its input's)
        done.add(where)
        if fmt == "large":
            big = _size(MAX_DOCUMENT_BYTES)
            _error(result, where, f"{_WORDS_OF} document were not checked for places, contact details or "
                                  f"disclosures: larger than {big}; read it yourself")
            continue
        if data is None:
            continue
        remaining = seconds - (time.perf_counter() - started)
        if read >= MAX_DOCUMENTS or remaining <= 0:
            left_out += 1
            continue
        read += 1
        doc = document_text(data, fmt, min(DOCUMENT_SECONDS, remaining))
        for note in doc.notes:
            if note in doc.unread:
                continue  # said in the input error below
            result.notes.append((where, f"{_WORDS_OF_NOTE} {doc.kind}: {note}", attachment.path))
        if doc.error:
            # Named as the file is (a draft's PDF lies in its site, not in the draft's input).
            also = f"; and {'; '.join(doc.unread)}" if doc.unread else ""
            _error(result, where, f"{_WORDS_OF} {doc.kind} were not checked for places, contact details "
                                  f"or disclosures: {doc.error}{also}")
        elif doc.unread:
            # Words left unread (a page too heavy, a damaged page, a cap, the time budget) are
            # unread content: an input error, so `check` fails closed (dfx14 item 2).
            _error(result, where, f"{_WORDS_OF} {doc.kind} were not {'all ' if doc.sections else ''}"
                                  "checked for places, contact "
                                  f"details or disclosures: {'; '.join(doc.unread)}")
        for section in doc.sections:
            result.posts.append(Post(
                id=f"{attachment.path}#{section.where}",
                timestamp=None,
                text=section.text,
                origin=Origin(where, record=section.where),
                kind="file",
                # Another person's comment is read (its place says so) but is not the writer's:
                # as a retweet, it is no disclosure of theirs and no repeat (rev15a item 2).
                authored=not section.by_other,
                extra=_record_extra(attachment.path, section),
            ))
    if left_out:
        # Unread content as any other document's: an input error (dfx14 item 2).
        _error(result, result.tree.display(""), f"{_WORDS_OF} input's last {left_out} documents were not "
               f"checked for places, contact details or disclosures (at most {MAX_DOCUMENTS:,} documents or "
               f"{seconds:g} s per input): read them yourself, or give their folder to nymaudit on its own")


def _record_extra(path: str, section: Section) -> dict[str, object]:
    """A document record's extra: the document, the audience note, the sheet's position in its
    workbook (detectors/contact.py's "sheet 2, cell A2") and whether someone else wrote it."""
    extra: dict[str, object] = {"document": path, "audience_note": DOCUMENT_NOTE}
    if section.sheet is not None:
        extra["sheet_number"] = section.sheet
    if section.by_other:
        extra["by_other"] = True
    return extra


def _read_already(result: SourceResult) -> set[str]:
    """The documents of ``result`` whose words were read already (records, notes, errors)."""
    done = {p.origin.path for p in result.posts if isinstance(p.extra, dict) and "document" in p.extra}
    done.update(where for where, what, _ in result.notes if what.startswith(_WORDS_OF_NOTE))
    done.update(e.path for e in result.errors if e.error.startswith(_WORDS_OF))
    return done


def _error(result: SourceResult, where: str, message: str) -> None:
    """An input error named as ``where`` (SourceResult.error names members of its own tree),
    within the input's cap on errors."""
    if len(result.errors) >= MAX_ERRORS_PER_INPUT:
        result.suppressed_errors += 1
        return
    result.errors.append(InputError(where, message))

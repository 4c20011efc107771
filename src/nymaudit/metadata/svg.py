"""SVG and SVGZ drawings (Inkscape, Illustrator, draw.io, Sketch ...) and ICO icons.

SVG is XML read as a stream by defusedxml's expat driver: no entity is expanded
by the parser, no DTD or external resource is fetched, and nesting depth, element
count and time are capped while reading, so a billion-laughs file, an external
entity or megabytes of nested groups end as an error line. The one exception is
the internal entities older Illustrator versions declare for their namespace
names (``<!ENTITY ns_ai "http://...">``): plain strings, with no ``&`` or ``%``
inside, are substituted before parsing, with the expanded size capped.

What an SVG gives away, and where:

- editor and version: ``inkscape:version``, ``sodipodi:version``, generator
  comments (Illustrator, Sketch, "Created with ..."), draw.io's ``content``;
- file names and local paths: ``sodipodi:docname``, ``sodipodi:docbase``,
  ``inkscape:export-filename``, ``sodipodi:absref``, links to ``file:`` URIs or
  absolute paths (``/home/<user>/...``, ``C:\\Users\\<user>\\...``);
- people: Dublin Core in ``<metadata>`` (Inkscape's ``cc:Work``: creator,
  rights, publisher, contributor) and XMP packets (Illustrator);
- embedded raster images (``data:`` URIs), read by the same readers as any photo;
- the editable source: draw.io's compressed diagram (every page, not only the one
  exported, plus the author's browser string) and Illustrator's private data;
- text in hidden layers (``display:none``): invisible in a browser, there for
  anyone who opens the file.

ICO: the directory is read; PNG images go through the PNG reader, BMP images
carry no metadata.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import zlib
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import unquote_to_bytes

from nymaudit.metadata.core import BudgetExceeded, Collector

# The largest XML the metadata layer reads elsewhere is an extended XMP packet
# (16 MiB); an SVG (or the inflated SVGZ) past it is an error line, not a long read.
MAX_SVG_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 256
MAX_ELEMENTS = 400_000
MAX_METADATA_ELEMENTS = 20_000
MAX_EMBEDDED = 64
MAX_HIDDEN_CHARS = 2000
_ANIMATIONS = frozenset(("animate", "set", "animateTransform", "animateMotion"))
_POINTER_CSS = re.compile(r":hover|:focus|:target|:active|@keyframes|\banimation\s*:", re.I)
MAX_COMMENTS = 20
MAX_ENTITIES = 64
MAX_ENTITY_VALUE = 512
# Illustrator's subset (its namespace entities) is under 1 KB; a longer one is refused.
MAX_SUBSET = 16 * 1024
MAX_DRAWIO_BYTES = 8 * 1024 * 1024
MAX_ICO_ENTRIES = 256
FEED_BYTES = 64 * 1024

SVG_NS = "http://www.w3.org/2000/svg"
SODIPODI = "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
INKSCAPE = "http://www.inkscape.org/namespaces/inkscape"
XLINK = "http://www.w3.org/1999/xlink"
DC = "http://purl.org/dc/elements/1.1/"
CC = ("http://creativecommons.org/ns#", "http://web.resource.org/cc/")
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
AI = "http://ns.adobe.com/AdobeIllustrator/10.0/"
SERIF = "http://www.serif.com/"  # Affinity Designer

# (namespace, attribute) -> (group, field name)
ATTRIBUTES: dict[tuple[str, str], tuple[str, str]] = {
    (SODIPODI, "docname"): ("document_id", "DocName"),
    (SODIPODI, "docbase"): ("document_id", "DocBase"),
    (SODIPODI, "absref"): ("document_id", "LinkedFile"),
    (SODIPODI, "version"): ("software", "SodipodiVersion"),
    (INKSCAPE, "version"): ("software", "InkscapeVersion"),
    (INKSCAPE, "export-filename"): ("document_id", "ExportFilename"),
}
# Dublin Core in Inkscape's cc:Work: property -> (group, field name).
DUBLIN_CORE: dict[str, tuple[str, str]] = {
    "creator": ("person", "Creator"),
    "rights": ("person", "Rights"),
    "publisher": ("person", "Publisher"),
    "contributor": ("person", "Contributor"),
    "title": ("free_text", "Title"),
    "description": ("free_text", "Description"),
    "subject": ("free_text", "Keywords"),
    "date": ("time", "Date"),
    "source": ("document_id", "Source"),
    "identifier": ("document_id", "Identifier"),
    "coverage": ("place", "Coverage"),
}
# The attributes read, as expat names them ("uri local"; no namespace: "local").
RAW_ATTRIBUTES = frozenset([f"{ns} {local}" for ns, local in ATTRIBUTES]
                           + [f"{XLINK} href", "href", "content"])
TEXT_ELEMENTS = frozenset(("text", "tspan", "textPath", "flowRoot", "flowPara", "flowSpan", "flowDiv"))
# Elements whose character data is drawn: SVG text, and any HTML inside <foreignObject>.
TEXT_HOLDERS = TEXT_ELEMENTS | {"foreignObject"}
# Never drawn where they stand: shown only where a <use> (or a url(#id)) points at them.
DEFINITIONS = frozenset(("defs", "symbol"))
# Attributes that point at a definition with url(#id) (or style, which may hold them all).
URL_ATTRIBUTES = frozenset(("fill", "stroke", "mask", "clip-path", "filter", "marker-start", "marker-mid",
                            "marker-end", "style"))
STROKE_SCOPES = TEXT_ELEMENTS | {"g", "svg", "a", "switch", "symbol", "use"}
HIDE_ATTRIBUTES = frozenset(("display", "visibility", "opacity"))
MAX_STYLE_CHARS = 64 * 1024
MAX_DEFS_TEXTS = 200
# A CSS zero (opacity 0, font-size 0px) and the end of a declaration (!important allowed).
_ZERO = r"\+?(?:0+(?:\.0*)?|\.0+)(?:%|px|pt|em|rem)?"
_END = r"\s*(?:!\s*important\s*)?(?:;|$)"
# Declarations that leave an element and everything in it unseen. (font-size 0 is not
# one: draw.io's HTML labels set it on a wrapper and size the text inside.)
_HIDDEN_STYLE = re.compile(
    rf"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
    rf"|opacity\s*:\s*{_ZERO}){_END}", re.I)
_NO_FILL = re.compile(rf"(?:^|;)\s*(?:fill\s*:\s*none|fill-opacity\s*:\s*{_ZERO}){_END}", re.I)
_NO_SIZE = re.compile(rf"(?:^|;)\s*font-size\s*:\s*{_ZERO}{_END}", re.I)
_STROKE = re.compile(r"(?:^|;)\s*stroke\s*:\s*([^;!]*)", re.I)
_ZERO_VALUE = re.compile(_ZERO)
_URL_REF = re.compile(r"url\(\s*['\"]?#([^)'\"\s]{1,200})")
_SIMPLE_SELECTOR = re.compile(r"^[\w-]*([.#])([\w-]{1,200})$")
# Comments and <desc> texts that name the program: Illustrator, Sketch, Inkscape 0.x,
# draw.io ("Do not edit this file with editors other than draw.io").
_GENERATOR = re.compile(r"^\s*(?:Generator\s*:|Created (?:with|by)\b|Produced by\b|Made with\b"
                        r"|Do not edit this file with editors other than\b)\s*(.+)$", re.I | re.S)
# A link target on the author's disk (a site-absolute "/img/x.png" is not one).
_LOCAL_TARGET = re.compile(
    r"^(?:file:|[A-Za-z]:[\\/]|\\\\|/(?:home|Users|Volumes|mnt|media|tmp|private|root|var/folders)/)", re.I)
_DATA_URI = re.compile(r"^\s*data:([\w.+/-]{0,80})((?:;[\w.+-]+=[^;,]{0,80})*)(;base64)?,", re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY\s")
_SAFE_ENTITY = re.compile(rb"<!ENTITY\s+([A-Za-z_][\w.-]{0,60})\s+(\"[^\"&%<]{0,512}\"|'[^'&%<]{0,512}')\s*>")
_SVG_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]")
_DOCTYPE_SVG = re.compile(rb"<!DOCTYPE\s+(?:[A-Za-z_][\w.-]*:)?svg\b", re.I)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class _Stop(Exception):
    """A cap was reached while reading; what was found so far is kept."""


# --- recognising -----------------------------------------------------------------


def looks_like_svg(head: bytes) -> bool:
    """Whether the first element (after the XML declaration, comments, processing
    instructions) is <svg>, or the DOCTYPE names svg. An HTML page with an inline
    <svg> is not an SVG file."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    for _ in range(64):
        if text.startswith(b"<?"):
            end = text.find(b"?>")
        elif text.startswith(b"<!--"):
            end = text.find(b"-->")
        elif text[:9].upper() == b"<!DOCTYPE":
            return _DOCTYPE_SVG.match(text) is not None
        else:
            return _SVG_ROOT.match(text) is not None
        if end < 0:
            return False
        text = text[end + 3 if text.startswith(b"<!--") else end + 2 :].lstrip(b" \t\r\n")
    return False


def looks_like_svgz(head: bytes) -> bool:
    """A gzip stream whose first inflated bytes are an SVG."""
    if not head.startswith(b"\x1f\x8b"):
        return False
    try:
        first = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:65536], 4096)
    except zlib.error:
        return False
    return looks_like_svg(first)


def looks_like_ico(head: bytes) -> bool:
    """ICO (type 1) or CUR (type 2): a zero reserved word, a count, and a first
    directory entry with a zero reserved byte and at most one colour plane (an
    icon whose offsets are absurd is still an icon: the reader says what is wrong)."""
    if len(head) < 22 or head[:2] != b"\x00\x00" or head[2:4] not in (b"\x01\x00", b"\x02\x00"):
        return False
    count = struct.unpack_from("<H", head, 4)[0]
    if count == 0:
        return False
    reserved, planes, bits = head[9], *struct.unpack_from("<HH", head, 10)
    if head[2] == 2:  # cursors keep a hotspot where icons keep planes and bit count
        return reserved == 0
    return reserved == 0 and planes <= 1 and bits in (0, 1, 2, 4, 8, 16, 24, 32)


# --- SVG ----------------------------------------------------------------------------


def parse_svgz(data: bytes, out: Collector) -> None:
    try:
        # core's inflate: within the file's inflate total too (an SVGZ inside an SVG's data: URI).
        inflated = out.inflate(data, MAX_SVG_BYTES, 16 + zlib.MAX_WBITS)
    except zlib.error as exc:
        raise ValueError(f"the gzip stream is corrupt ({exc})") from None
    if inflated.cut == "limit":
        out.meta.error = (f"compressed SVG inflates past the {MAX_SVG_BYTES // (1024 * 1024)} MiB cap "
                          "(a gzip bomb?); not read")
        return
    if inflated.cut:
        return  # the file's inflate total, said by core (a partial read)
    if not inflated.eof:
        raise ValueError("the gzip stream is cut off before its end")
    parse_svg(inflated.data, out)


def parse_svg(data: bytes, out: Collector) -> None:
    if len(data) > MAX_SVG_BYTES:
        out.meta.error = f"SVG larger than the {MAX_SVG_BYTES // (1024 * 1024)} MiB cap; not read"
        return
    if _ENTITY_DECL.search(data, 0, 65536):
        data = _expand_plain_entities(data, out)
    from xml.sax import SAXException
    from xml.sax.handler import property_lexical_handler

    from defusedxml import DefusedXmlException

    handler = _SvgHandler(out)
    parser = _parser_class()(namespaceHandling=1)
    parser.setContentHandler(handler)
    parser.setProperty(property_lexical_handler, handler)
    try:
        for at in range(0, len(data), FEED_BYTES):
            out.check()
            parser.feed(data[at : at + FEED_BYTES])
        parser.close()
    except _Stop as exc:
        out.skipped(str(exc))
    except BudgetExceeded:
        handler.finish()
        raise
    except DefusedXmlException as exc:
        raise ValueError(f"SVG with an entity or external reference refused ({type(exc).__name__})") from None
    except SAXException as exc:
        handler.finish()
        if handler.elements == 0:
            raise ValueError(f"not well-formed XML ({_sax_reason(exc)})") from None
        out.note(f"SVG not well-formed after {handler.elements} elements ({_sax_reason(exc)}); "
                 "read up to there")
        return
    handler.finish()


@cache
def _parser_class() -> Any:
    """defusedxml's expat driver, told never to open the external DTD subset: draw.io
    and many older SVGs name the SVG 1.1 DTD by URL, and defusedxml would refuse the
    whole file when expat offers to load it. Nothing is fetched either way; entity
    declarations are still refused."""
    from xml.parsers import expat

    from defusedxml.expatreader import DefusedExpatParser

    class SvgExpatParser(DefusedExpatParser):  # type: ignore[misc]
        def reset(self) -> None:
            super().reset()  # defusedxml's refusals are installed here
            self._parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
            handler = self._cont_handler
            if isinstance(handler, _SvgHandler):
                # The SAX layer's attribute objects cost half the reading time; element
                # events go straight to the handler, every other event as SAX has it.
                self._parser.namespace_prefixes = False  # "uri local", not "uri local prefix"
                self._parser.StartElementHandler = handler.start_raw
                self._parser.EndElementHandler = handler.end_raw
                self._parser.CharacterDataHandler = handler.text

    return SvgExpatParser


def _sax_reason(exc: Exception) -> str:
    return str(exc).rsplit(":", 1)[-1].strip()[:120] or type(exc).__name__


def _expand_plain_entities(data: bytes, out: Collector) -> bytes:
    """Illustrator's namespace entities, substituted by hand: only plain strings (no
    entity inside another, no parameter or external entity), a few of them, in an
    internal subset of at most MAX_SUBSET bytes, with the result capped. Anything
    else is left for the parser to refuse. Every step is one pass over bounded text."""
    start = data.find(b"<!DOCTYPE", 0, 65536)
    if start < 0:
        return data
    open_at = data.find(b"[", start, start + 4096)
    close_at = data.find(b"]>", open_at, open_at + MAX_SUBSET) if open_at >= 0 else -1
    if open_at < 0 or close_at < 0:
        return data
    subset = data[open_at + 1 : close_at]
    decls = list(_SAFE_ENTITY.finditer(subset))
    if not decls or len(decls) > MAX_ENTITIES or _without_comments(_SAFE_ENTITY.sub(b"", subset)).strip():
        return data  # not only plain entities: defusedxml refuses the file
    out.check()
    values = {m.group(1): m.group(2)[1:-1] for m in decls}
    body = data[:start] + data[close_at + 2 :]
    refs = re.compile(rb"&(" + b"|".join(re.escape(k) for k in values) + rb");")
    grown = sum(len(values[m.group(1)]) for m in refs.finditer(body))
    if len(body) + grown > MAX_SVG_BYTES:
        raise ValueError("SVG entities expand past the cap; not read")
    out.check()
    return refs.sub(lambda m: _attr_safe(values[m.group(1)]), body)


def _without_comments(text: bytes, opening: bytes = b"<!--", closing: bytes = b"-->") -> bytes:
    """Comments (XML's, or CSS's ``/* */``) removed in one pass: a regex
    (``<!--.*?-->``) rescans to the end from every unclosed ``<!--`` and took 4 s on
    64 KB of them. An unclosed comment keeps the rest (which then refuses the file)."""
    parts: list[bytes] = []
    at = 0
    while (begin := text.find(opening, at)) >= 0:
        end = text.find(closing, begin + len(opening))
        if end < 0:
            break
        parts.append(text[at:begin])
        at = end + len(closing)
    parts.append(text[at:])
    return b"".join(parts)


def _attr_safe(value: bytes) -> bytes:
    return value.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b'"', b"&quot;")


class _SvgHandler:
    """SAX content and lexical handler: one pass, bounded state."""

    def __init__(self, out: Collector) -> None:
        self.out = out
        self.depth = 0
        self.elements = 0
        self.hidden_at: int | None = None  # depth of the outermost hidden element
        self.defs_at: int | None = None  # depth of the outermost <defs> or <symbol>
        self.defs_ids: list[tuple[int, str]] = []  # (depth, id) of open elements inside it
        self.defs_texts: list[tuple[tuple[str, ...], str]] = []  # text there, with those ids
        self.used_ids: set[str] = set()  # targets of <use href="#id"> and url(#id)
        self.stroked: list[int] = []  # depths of open elements that set a visible stroke
        self.style: list[str] | None = None  # the text of an open <style>
        self.style_chars = 0
        self.hidden_classes: set[str] = set()  # from <style>: .x { display: none } ...
        self.hidden_ids: set[str] = set()
        self.text_depth = 0  # inside <text> and friends
        self.hidden_text: list[str] = []
        self.hidden_chars = 0
        # An animation (<animate>, <set>) or a pointer rule (:hover, @keyframes) can show
        # what starts hidden: a fade-in, a tooltip. Such a drawing's hidden text is not
        # reported (final review, sixth session: META028 failed check on a fade-in).
        self.interactive = False
        self.metadata_builder: _TreeBuilder | None = None
        self.metadata_depth = 0
        self.metadata_elements = 0
        self.metadata_open: list[bool] = []  # which open elements the builder holds
        self.pgf_chars = 0
        self.in_pgf = 0
        self.desc: list[str] | None = None
        self.comments = 0
        self.embedded = 0
        self.single_size: list[tuple[int, int] | None] = []

    # element events, straight from expat ("uri local" names; see _parser_class) -----------
    def start_raw(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_DEPTH:
            raise _Stop(f"SVG nested deeper than {MAX_DEPTH} levels; the rest was not read")
        if self.elements > MAX_ELEMENTS:
            raise _Stop(f"SVG has more than {MAX_ELEMENTS} elements; the rest was not read")
        if self.elements % 2000 == 0:
            self.out.check()
        ns, _, local = name.rpartition(" ")
        if self.metadata_builder is not None:
            self._metadata_start(ns, local, attrs)
            return
        if local in _ANIMATIONS:
            self.interactive = True
        if attrs:
            style = attrs.get("style")
            # A stroke seen on text and its containers only (paths, the bulk, are skipped).
            if local in STROKE_SCOPES and _stroke(attrs, style):
                self.stroked.append(self.depth)
            if self.hidden_at is None and (
                (style is not None and _HIDDEN_STYLE.search(style) is not None)
                or (not HIDE_ATTRIBUTES.isdisjoint(attrs) and _is_hidden(attrs))
                or (local in TEXT_ELEMENTS and _unseen_text(attrs, style, bool(self.stroked)))
                or (self.hidden_classes and "class" in attrs
                    and not self.hidden_classes.isdisjoint(attrs["class"].split()))
                or (self.hidden_ids and attrs.get("id") in self.hidden_ids)
            ):
                self.hidden_at = self.depth
            for key in attrs.keys() & URL_ATTRIBUTES:
                if "url(" in attrs[key]:
                    self.used_ids.update(_URL_REF.findall(attrs[key]))
            if self.defs_at is not None and "id" in attrs:
                self.defs_ids.append((self.depth, attrs["id"]))
        if local in TEXT_HOLDERS:
            self.text_depth += 1
        if local in DEFINITIONS and self.defs_at is None and ns in (SVG_NS, ""):
            self.defs_at = self.depth
            if attrs and "id" in attrs:
                self.defs_ids.append((self.depth, attrs["id"]))
        elif local == "style" and ns in (SVG_NS, ""):
            self.style = []
        if attrs:
            # Attribute names as expat gives them ("uri local"): most elements carry
            # none of interest, and one set intersection says so.
            for key in attrs.keys() & RAW_ATTRIBUTES:
                self._attribute(local, key, attrs[key], attrs)
        if local == "metadata" and ns in (SVG_NS, ""):
            self.metadata_builder = _TreeBuilder("metadata")
            self.metadata_depth = self.depth
        elif ns == AI and local == "pgf":
            self.in_pgf += 1
        elif local == "desc" and ns in (SVG_NS, ""):
            self.desc = []

    def end_raw(self, name: str) -> None:
        ns, _, local = name.rpartition(" ")
        if self.metadata_builder is not None:
            if self.depth == self.metadata_depth:
                root = self.metadata_builder.root
                self.metadata_builder = None
                _metadata(root, self.out)
            elif self.metadata_open.pop():
                self.metadata_builder.end()
            self.depth -= 1
            return
        if local in TEXT_HOLDERS and self.text_depth:
            self.text_depth -= 1
        if self.hidden_at == self.depth:
            self.hidden_at = None
        if self.stroked and self.stroked[-1] == self.depth:
            self.stroked.pop()
        if self.defs_ids and self.defs_ids[-1][0] == self.depth:
            self.defs_ids.pop()
        if self.defs_at == self.depth:
            self.defs_at = None
        if local == "style" and self.style is not None:
            css = "".join(self.style)
            _hidden_selectors(css, self.hidden_classes, self.hidden_ids)
            if _POINTER_CSS.search(css):
                self.interactive = True
            self.style = None
        if ns == AI and local == "pgf" and self.in_pgf:
            self.in_pgf -= 1
        if local == "desc" and self.desc is not None:
            text = "".join(self.desc).strip()
            m = _GENERATOR.match(text)
            if m:
                self.out.add("software", "Generator", m.group(1).rstrip(" .-"))
            self.desc = None
        self.depth -= 1

    def text(self, content: str) -> None:
        if self.metadata_builder is not None:
            if not self.metadata_open or self.metadata_open[-1]:
                self.metadata_builder.data(content[:MAX_HIDDEN_CHARS])
            return
        if self.in_pgf:
            self.pgf_chars += len(content)
        elif self.desc is not None and len(self.desc) < 50:
            self.desc.append(content[:400])
        elif self.style is not None:
            if self.style_chars < MAX_STYLE_CHARS:
                self.style.append(content[: MAX_STYLE_CHARS - self.style_chars])
                self.style_chars += len(content)
        elif self.text_depth and self.hidden_at is not None and content.strip():
            self._hidden(content.strip())
        elif (self.text_depth and self.defs_at is not None and content.strip()
              and len(self.defs_texts) < MAX_DEFS_TEXTS):
            # Drawn only if something points at it; decided at the end, when every
            # <use> has been seen.
            self.defs_texts.append((tuple(i for _, i in self.defs_ids), content.strip()))

    def _hidden(self, text: str) -> None:
        self.hidden_chars += len(text)
        if sum(len(t) for t in self.hidden_text) < MAX_HIDDEN_CHARS:
            self.hidden_text.append(text)

    # content-handler events (element events go straight from expat, above)
    def characters(self, content: str) -> None:
        self.text(content)

    def setDocumentLocator(self, locator: Any) -> None: ...
    def startDocument(self) -> None: ...
    def endDocument(self) -> None: ...
    def startPrefixMapping(self, prefix: str | None, uri: str) -> None:
        if uri == SERIF:
            self.out.add("software", "Generator", "Affinity Designer (serif namespace)")
    def endPrefixMapping(self, prefix: str | None) -> None: ...
    def ignorableWhitespace(self, whitespace: str) -> None: ...
    def processingInstruction(self, target: str, data: str) -> None: ...
    def skippedEntity(self, name: str) -> None: ...

    # lexical handler ----------------------------------------------------------------
    def comment(self, content: str) -> None:
        if self.metadata_builder is not None:
            return
        text = content.strip()
        if not text:
            return
        m = _GENERATOR.match(text)
        if m:
            self.out.add("software", "Generator", m.group(1).strip())
        elif self.comments < MAX_COMMENTS:
            self.comments += 1
            self.out.add("free_text", "Comment", text)

    def startDTD(self, name: str, public_id: str | None, system_id: str | None) -> None: ...
    def endDTD(self) -> None: ...
    def startCDATA(self) -> None: ...
    def endCDATA(self) -> None: ...
    def startEntity(self, name: str) -> None: ...
    def endEntity(self, name: str) -> None: ...

    # the pieces ------------------------------------------------------------------------
    def _attribute(self, local: str, key: str, value: str, attrs: dict[str, str]) -> None:
        target = ATTRIBUTES.get(_split(key))
        if target is not None:
            group, fname = target
            if fname == "InkscapeVersion":
                value = f"Inkscape {value}"
            elif fname == "SodipodiVersion":
                value = f"Sodipodi {value}"
            self.out.add(group, fname, value)
        elif key in (f"{XLINK} href", "href"):
            self._href(local, value, attrs)
        elif key == "content" and self.depth == 1 and "mxfile" in value[:200]:
            _drawio(value, self.out)

    def _href(self, local: str, value: str, attrs: dict[str, str]) -> None:
        if value[:5].lower() == "data:":
            if self.embedded >= MAX_EMBEDDED:
                self.out.skipped(f"more than {MAX_EMBEDDED} embedded images; the rest were not read")
                return
            self.embedded += 1
            element = local + (f" id={attrs['id']}" if "id" in attrs else "")
            _embedded(value, f"<{element}>", self.out, self)
        elif value[:1] == "#":
            self.used_ids.add(value[1:].strip())
        elif _LOCAL_TARGET.match(value):
            self.out.add("document_id", "LinkedFile", value)

    def _metadata_start(self, ns: str, local: str, attrs: dict[str, str]) -> None:
        self.metadata_elements += 1
        keep = self.metadata_elements <= MAX_METADATA_ELEMENTS
        self.metadata_open.append(keep)
        if not keep:
            if self.metadata_elements == MAX_METADATA_ELEMENTS + 1:
                self.out.skipped("SVG metadata block too large; the rest of it was not read")
            return
        attrib = {_tag(*_split(k)): v for k, v in attrs.items()}
        self.metadata_builder.start(_tag(ns, local), attrib)

    def finish(self) -> None:
        if self.metadata_builder is not None:
            # The file broke off inside <metadata>: what was read of it still counts.
            root = self.metadata_builder.root
            self.metadata_builder = None
            _metadata(root, self.out)
        for ids, text in self.defs_texts:
            if self.used_ids.isdisjoint(ids):
                self._hidden(text)
        self.defs_texts = []
        # Not a note: a note on a file with no fields reads as unreadable (META026), and
        # this is a choice, documented in docs/metadata.md, not a part left unread.
        if self.hidden_text and not self.interactive:
            text = " / ".join(self.hidden_text)
            more = self.hidden_chars - len(text)
            self.out.add("free_text", "HiddenText",
                         text + (f" (+{more} more characters)" if more > 0 else ""))
        if self.pgf_chars:
            self.out.add("free_text", "EditableSource",
                         f"Adobe Illustrator private data (i:pgf), about {self.pgf_chars * 3 // 4} bytes: "
                         "the whole .ai document")
        sizes = [s for s in self.single_size if s]
        if len(self.single_size) == 1 and sizes:
            # One embedded photo: its previews are compared with it (META013).
            self.out.meta.image_size = sizes[0]


class _Node:
    """An element of the <metadata> block, with the parts of ElementTree's Element
    the XMP walk and the Dublin Core reader use (the tree is built from the
    defused stream, never parsed a second time)."""

    __slots__ = ("tag", "attrib", "parts", "children")

    def __init__(self, tag: str, attrib: dict[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.parts: list[str] = []
        self.children: list[_Node] = []

    @property
    def text(self) -> str | None:
        return "".join(self.parts) if self.parts else None

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[_Node]:
        return iter(self.children)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrib.get(key, default)

    def iter(self) -> Iterator[_Node]:
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def itertext(self) -> Iterator[str]:
        for node in self.iter():
            yield from node.parts


class _TreeBuilder:
    def __init__(self, tag: str) -> None:
        self.root = _Node(tag, {})
        self.stack = [self.root]

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        node = _Node(tag, attrib)
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def end(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()

    def data(self, text: str) -> None:
        self.stack[-1].parts.append(text)


def _split(name: str) -> tuple[str, str]:
    ns, _, local = name.rpartition(" ")
    return ns, local


def _tag(ns: str, local: str) -> str:
    return f"{{{ns}}}{local}" if ns else local


def _is_hidden(attrs: dict[str, str]) -> bool:
    """display none, visibility hidden or collapse, opacity 0 as attributes (the
    style attribute is searched with _HIDDEN_STYLE)."""
    if attrs.get("display", "").strip().lower() == "none":
        return True
    if attrs.get("visibility", "").strip().lower() in ("hidden", "collapse"):
        return True
    return "opacity" in attrs and _ZERO_VALUE.fullmatch(attrs["opacity"].strip()) is not None


def _unseen_text(attrs: dict[str, str], style: str | None, stroked: bool) -> bool:
    """An SVG text element sized 0, or filled with nothing (fill none, fill-opacity 0)
    and not stroked (by itself or a group around it)."""
    if "font-size" in attrs and _ZERO_VALUE.fullmatch(attrs["font-size"].strip()):
        return True
    if style and _NO_SIZE.search(style):
        return True
    if stroked:
        return False
    if attrs.get("fill", "").strip().lower() == "none":
        return True
    if "fill-opacity" in attrs and _ZERO_VALUE.fullmatch(attrs["fill-opacity"].strip()):
        return True
    return bool(style) and _NO_FILL.search(style) is not None


def _stroke(attrs: dict[str, str], style: str | None) -> bool:
    """Whether the element sets a visible stroke: outlined text with no fill is
    still seen (and so is the text inside a stroked group)."""
    value = attrs.get("stroke")
    if style and "stroke" in style:
        m = _STROKE.search(style)
        if m:
            value = m.group(1)
    return value is not None and value.strip().lower() not in ("none", "transparent", "")


def _hidden_selectors(css: str, classes: set[str], ids: set[str]) -> None:
    """Simple selectors (.x, #y, text.x) whose rule hides what they match, from a
    <style> sheet: one pass, comments removed, rules inside @media and the like
    (print-only, say) left out."""
    text = _without_comments(css.encode("utf-8", "replace"), b"/*", b"*/").decode("utf-8", "replace")
    depth = 0
    at = 0
    for m in re.finditer(r"[{}]", text):
        if m.group(0) == "{":
            selectors = text[at : m.start()].rsplit(";", 1)[-1]  # past an @import; line
            close = text.find("}", m.end())
            inner_open = text.find("{", m.end())
            if depth == 0 and close >= 0 and (inner_open < 0 or close < inner_open):
                body = text[m.end() : close]
                if _HIDDEN_STYLE.search(body.strip()):
                    for selector in selectors.split(","):
                        sm = _SIMPLE_SELECTOR.match(selector.strip())
                        if sm:
                            (classes if sm.group(1) == "." else ids).add(sm.group(2))
            depth += 1
        else:
            depth = max(0, depth - 1)
        at = m.end()


def _embedded(uri: str, where: str, out: Collector, handler: _SvgHandler) -> None:
    """A data: URI image: decoded in memory and read by the reader of its format."""
    m = _DATA_URI.match(uri)
    if m is None:
        return
    payload = uri[m.end() :]
    try:
        if m.group(3):
            raw = binascii.a2b_base64(payload.encode("ascii", "ignore"))
        else:
            raw = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        out.note(f"an embedded image in {where} is not valid base64")
        return
    from nymaudit.metadata import read_embedded

    fmt, size = read_embedded(raw, out, where)
    if fmt is not None:
        handler.single_size.append(size)


def _metadata(root: Any, out: Collector) -> None:
    """<metadata>: Inkscape's Dublin Core (cc:Work) or an XMP packet."""
    from nymaudit.metadata.xmp import read_tree

    cc_prefixes = tuple(f"{{{ns}}}" for ns in CC)
    if not any(el.tag.startswith(cc_prefixes) for el in root.iter()):
        read_tree(root, out)
        return
    # A property's value is all the text below it (dc:creator > cc:Agent > dc:title):
    # the walk does not go below a Dublin Core property.
    stack = [root]
    while stack:
        el = stack.pop()
        if el.tag.startswith(cc_prefixes) and el.tag.endswith("}license"):
            resource = el.get(f"{{{RDF}}}resource")
            if resource:
                out.add("free_text", "License", resource)
        if not el.tag.startswith(f"{{{DC}}}"):
            stack.extend(reversed(list(el)))
            continue
        target = DUBLIN_CORE.get(el.tag.rpartition("}")[2])
        if target is None:
            continue
        parts = [t.strip() for t in el.itertext() if t.strip()]
        if not parts:
            resource = el.get(f"{{{RDF}}}resource")
            parts = [resource] if resource else []
        if parts:
            out.add(*target, "; ".join(dict.fromkeys(parts)))


def _drawio(value: str, out: Collector) -> None:
    """draw.io / diagrams.net keep the whole diagram (every page) in the root's
    content attribute, with the host, version, time and browser that saved it."""
    if len(value) > MAX_DRAWIO_BYTES:
        out.skipped("draw.io diagram source larger than the cap; not read")
        out.add("free_text", "EditableSource", f"draw.io diagram source, {len(value)} characters")
        return
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(value.encode("utf-8"), forbid_dtd=True)
    except Exception:  # defusedxml raises several kinds; all mean "not readable"
        out.add("free_text", "EditableSource", f"draw.io diagram source, {len(value)} characters")
        out.note("draw.io diagram source not readable")
        return
    if root.tag != "mxfile":
        return
    version = root.get("version", "")
    host = root.get("host", "")
    out.add("software", "Generator", f"draw.io {version}".strip() + (f" ({host})" if host else ""))
    if root.get("agent"):
        out.add("software", "UserAgent", root.get("agent"))
    if root.get("modified"):
        out.add("time", "Modified", root.get("modified"))
    pages: list[str] = []
    labels = 0
    for diagram in list(root.iter("diagram"))[:200]:
        out.check()
        pages.append(diagram.get("name") or "unnamed")
        model = diagram.find("mxGraphModel")
        if model is None and (diagram.text or "").strip():
            model = _drawio_page(diagram.text.strip(), out)
        if model is not None:
            labels += sum(1 for cell in model.iter("mxCell") if (cell.get("value") or "").strip())
            labels += sum(1 for cell in model.iter("UserObject") if (cell.get("label") or "").strip())
    names = ", ".join(f"'{p}'" for p in pages[:8]) + (" ..." if len(pages) > 8 else "")
    out.add("free_text", "EditableSource",
            f"draw.io diagram, {len(pages)} page(s) ({names}), {labels} labelled shape(s)")


def _drawio_page(text: str, out: Collector) -> Any:
    """A compressed page: base64 of raw deflate of the URL-encoded XML."""
    from urllib.parse import unquote

    from defusedxml import ElementTree as SafeET

    try:
        packed = base64.b64decode(text, validate=False)
        inflated = out.inflate(packed, MAX_DRAWIO_BYTES, -15)
        if inflated.cut:
            if inflated.cut == "limit":
                out.skipped("draw.io page inflates past the cap; not read")
            return None
        xml = inflated.data
        return SafeET.fromstring(unquote(xml.decode("utf-8", "replace")).encode("utf-8"), forbid_dtd=True)
    except BudgetExceeded:
        raise
    except Exception:  # base64, zlib and XML errors alike: the page is not readable
        out.note("a draw.io page is not readable")
        return None


# --- ICO ------------------------------------------------------------------------------


def parse_ico(data: bytes, out: Collector) -> None:
    """The icon directory: 16 bytes per image (size, offset). PNG images are read by
    the PNG reader; BMP images hold no metadata."""
    if len(data) < 6:
        raise ValueError("ICO header cut off")
    count = struct.unpack_from("<H", data, 4)[0]
    if count == 0 or count > MAX_ICO_ENTRIES:
        raise ValueError(f"ICO claims {count} images")
    table_end = 6 + 16 * count
    if table_end > len(data):
        raise ValueError(f"ICO directory of {count} images runs past the end of the file")
    bad = 0
    for i in range(count):
        out.check()
        size, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        if size == 0 or offset < table_end or offset + size > len(data):
            bad += 1
            out.note(f"ICO image {i + 1} lies outside the file (offset {offset}, {size} bytes)")
            continue
        if data[offset : offset + 8] == PNG_MAGIC and out.enter():
            try:
                from nymaudit.metadata.png import parse_png

                parse_png(data[offset : offset + size], out)
            finally:
                out.leave()
    if bad == count:
        raise ValueError("every image of the ICO lies outside the file")

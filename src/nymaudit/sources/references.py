"""The files a folder holds beside its posts, and which post references which.

Shared by the blog and generic readers (every photo or document of a folder is an
attachment; a post that embeds or links one is tied to it), the ``attachment``
reader (such files on their own) and the lookup of a single draft's images in its
site (``sources/attachment.py``). One resolution for all of them: a draft checked
on its own finds the same files as its whole site scanned.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any
from urllib.parse import unquote

from nymaudit.model import Attachment
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import DOCUMENT_AND_IMAGE_EXTENSIONS, extension, make_attachment
from nymaudit.sources.tree import Tree

# What the metadata layer reads (``nymaudit formats``, the --known file filter): the
# blog's original list plus raw photos, PSD, JPEG 2000, EPS, XMP sidecars, macro and
# template office files, AVI/WAV/3GP, and drawings and icons (SVG, SVGZ, ICO). The
# content still decides the format.
ATTACHMENT_EXTENSIONS = DOCUMENT_AND_IMAGE_EXTENSIONS | frozenset(
    (
        "jpe", "cr3", "crw", "nrw", "orf", "rw2", "raf", "pef", "srw", "mrw", "iiq", "psd", "jp2",
        "eps", "xmp", "docm", "dotx", "dotm", "xlsm", "ott", "m4v", "3gp", "avi", "wav",
        "svg", "svgz", "ico", "rtf", "gpx", "kml", "tcx", "igc", "nmea", "vcf", "ics",
    )
)
# Extensions GPS loggers use that other files use too (NMEA loggers write .log, a Garmin
# logbook is .xml): in a folder these are read only when their first bytes are a track
# (review rev8b item 14: `scan` of a folder skipped them while `meta` read them). A .json is
# read when it is a Google Photos sidecar (Takeout's JSON beside a photo; ninth session). A .csv
# is read when it is a log of positions (a DJI flight log; tenth session), a .log when Bramor gEO.
SNIFFED_TRACK_EXTENSIONS = frozenset(("log", "xml", "json", "csv"))
# Files of these extensions that turn out to be no track or sidecar: past this many, the
# rest are not opened (hits do not count: 2,000 sidecars of a Takeout folder are all read).
MAX_SNIFFED_TRACKS = 500
OFFICE_EXTENSIONS = frozenset(("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "pptx", "odt", "ods", "odp",
                               "ott"))
# Local file targets looked up per post (links to web pages are not counted: a post of
# 5,000 links then a photo had its photo never looked up). Past it, the post says so.
MAX_TARGETS = 5000

_MD_TARGET = re.compile(r"\]\(\s{0,8}(?:<([^<>\n]{1,2000})>|([^)\s<>]{1,2000}))")
# A reference definition (``[1]: /x.jpg``) used by ``![pic][1]``, Markdown's other image form.
_MD_DEFINITION = re.compile(
    r"^[ ]{0,3}\[[^\]\n]{1,999}\]:[ \t]{0,8}(?:<([^<>\n]{1,2000})>|(\S{1,2000}))", re.M)
# HTML attributes naming a file, quoted or not (``<img src=/x.jpg>`` is valid HTML);
# lazy-loading themes write ``data-src``, video ``poster``.
_HTML_TARGET = re.compile(
    r"""(?<![\w-])(?:src|href|poster|data-src|data-original)\s{0,8}=\s{0,8}"""
    r"""(?:"([^"]{1,2000})"|'([^']{1,2000})'|([^\s"'<>`=]{1,2000}))""", re.I)
# ``srcset="a.jpg 1x, b.jpg 2x"``: every candidate is a file the browser may fetch.
_SRCSET = re.compile(
    r"""(?<![\w-])(?:data-)?srcset\s{0,8}=\s{0,8}"""
    r"""(?:"([^"]{1,4000})"|'([^']{1,4000})'|([^\s"'<>`]{1,2000}))""", re.I)
_LIQUID_QUOTED = re.compile(r"""\{\{-?\s{0,8}["']([^"']{1,2000})["']\s{0,8}\|[^}]{0,200}\}\}""")
_LIQUID = re.compile(r"\{\{[^}]{0,200}\}\}")
# A template expression written before a path (``{{ site.baseurl }}/x.jpg``, Jekyll's
# documented form, spaces and all; Hugo ``{{ .Site.BaseURL }}``): the site's prefix, dropped.
_TEMPLATE_PREFIX = re.compile(r"\{\{(?![<%])[^{}\n]{0,200}\}\}(?=/)")
# A Liquid tag or Hugo shortcode (``{% include figure image_path="/x.jpg" %}``,
# ``{{< figure src=/x.jpg >}}``, ``{% picture x.jpg %}``): its parameters, named or not,
# are read as file names; the resolver keeps those that name a photo or document.
_TAGS = (("{%", "%}"), ("{{<", ">}}"), ("{{%", "%}}"))
MAX_TAG_CHARS = 2000
_TAG_VALUE = re.compile(
    r"""(?:[\w-]{1,60}\s{0,8}=\s{0,8})?(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'=]{1,2000}))""")
# An image whose whole target is a template expression (``![pic]({{ page.photo }})``,
# ``<img src="{{ .Params.photo }}">``): no path to look up. One naming a front-matter
# key (``page.x``, ``.Params.x``) is followed there; any other is said not checked.
# An ``<img`` tag's scan stops at the next ``<`` (``<img `` x 200,000 took 5.7 s up to ``>``).
_TEMPLATE_IMAGE = re.compile(
    r"""!\[[^\]\n]{0,999}\]\(\s{0,8}<?(\{\{[^{}\n]{1,200}\}\})>?\s{0,8}\)"""
    r"""|<img\b[^<>]{0,1000}?\bsrc\s{0,8}=\s{0,8}["']?(\{\{[^{}\n]{1,200}\}\})(?=["'\s>])""", re.I)
_PAGE_KEY = re.compile(
    r"\{\{-?\s{0,8}(?:page|\.Params|\.Page\.Params|\$\.Params)\.([\w.]{1,200})\s{0,8}(?:\|[^}]{0,200})?-?\}\}",
    re.I)
# Front matter: string values are walked this deep and this many (``header.teaser``,
# ``image.path``, ``images: [..]``, a gallery's items); those naming a local file are targets.
MAX_FRONT_MATTER_DEPTH = 6
MAX_FRONT_MATTER_VALUES = 2000
MAX_FRONT_MATTER_NODES = 20_000


def skipped_by(skip_dirs: frozenset[str]) -> Callable[[str], bool]:
    """Whether a member lies under one of ``skip_dirs`` (generated copies, themes)."""
    return lambda name: any(part in skip_dirs for part in name.split("/")[:-1])


def _is_track(tree: Tree, name: str) -> bool:
    from nymaudit.metadata.sniff import TAKEOUT_FORMAT, TRACK_FORMATS, sniff
    from nymaudit.metadata.takeout import SNIFF_BYTES
    from nymaudit.sources.common import sniff_head

    # A sidecar's keys follow its caption: its head is read as far as the sniffer looks.
    size = SNIFF_BYTES if extension(name) == "json" else 4096
    return sniff(sniff_head(tree, name, size)) in (*TRACK_FORMATS, "nmea", "gps-csv", "bramor-log",
                                                   TAKEOUT_FORMAT)


def collect_attachments(tree: Tree, result: SourceResult, skip_dirs: frozenset[str]) -> dict[str, Attachment]:
    """Every photo or document of the tree as an attachment of the input (no post
    yet), read lazily. Originals: a blog or a folder of drafts holds what was (or
    will be) uploaded, metadata and all."""
    skipped = skipped_by(skip_dirs)
    found: dict[str, Attachment] = {}
    sniffed = 0
    for member in tree.members():
        ext = extension(member.name)
        if skipped(member.name):
            continue
        if ext in SNIFFED_TRACK_EXTENSIONS:
            if sniffed >= MAX_SNIFFED_TRACKS or not _is_track(tree, member.name):
                sniffed += 1
                continue
        elif ext not in ATTACHMENT_EXTENSIONS:
            continue
        attachment = make_attachment(tree, member, post_id=None, platform_copy=False)
        found[member.name] = attachment
        result.attachments.append(attachment)
    return found


class _BareTagName(str):
    """A tag parameter that is a bare file name (``{% include image.html name="garden.jpg" %}``):
    the theme's include decides its folder, so one not found beside the post or at the root
    is not said to be unchecked (check would fail on a file that exists, with no way to
    accept it). A path (with a ``/``) is looked up and said as any other."""


# Code is shown, not embedded: a how-to post's ``{% raw %}{% include figure ... %}{% endraw %}``
# or a fenced example of ``![](x.jpg)`` names no file of the site.
_RAW_OPEN = re.compile(r"\{%-?\s{0,8}raw\s{0,8}-?%\}")
_RAW_CLOSE = re.compile(r"\{%-?\s{0,8}endraw\s{0,8}-?%\}")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.M)
_INLINE_CODE = re.compile(r"`[^`\n]{1,2000}`")


def _without_code(body: str) -> str:
    """``body`` with raw blocks, fenced blocks and inline code blanked. Linear: each block's
    end is searched for once, from its start (a regex's lazy scan from every opening was
    openings x block length on a body of unclosed ``{% raw %}``)."""
    if "raw" in body:
        parts, at = [], 0
        while (start := _RAW_OPEN.search(body, at)) is not None:
            end = _RAW_CLOSE.search(body, start.end())
            if end is None:
                break  # an unclosed raw block: Jekyll shows the rest as it is
            parts.append(body[at:start.start()])
            at = end.end()
        body = "".join(parts) + body[at:]
    if "```" in body or "~~~" in body:
        parts, at = [], 0
        while (start := _FENCE.search(body, at)) is not None:
            fence = start.group(1)
            mark = re.escape(fence[0]) + "{" + str(len(fence)) + ",}"
            close = re.compile(r"^[ \t]{0,3}" + mark + r"[ \t]*$", re.M)
            line_end = body.find("\n", start.end())
            end = close.search(body, line_end + 1) if line_end >= 0 else None
            parts.append(body[at:start.start()])
            at = end.end() if end is not None else len(body)  # unclosed: code to the end
        body = "".join(parts) + body[at:]
    return _INLINE_CODE.sub(" ", body) if "`" in body else body


def iter_targets(body: str) -> Iterator[str]:
    """Link and image targets as written: Markdown ``![](...)``/``[](...)`` and
    reference definitions (``[1]: /x.jpg``), HTML ``src=``/``href=``/``srcset=`` quoted
    or not, the parameters of Liquid tags and Hugo shortcodes, and Liquid
    ``{{ "/x.jpg" | relative_url }}`` or ``{{ site.baseurl }}/x.jpg`` reduced to the path."""
    body = _without_code(body)
    body = _LIQUID_QUOTED.sub(lambda m: m.group(1), body)
    body = _TEMPLATE_PREFIX.sub("", body)
    for match in _MD_TARGET.finditer(body):
        yield match.group(1) or match.group(2)
    for match in _MD_DEFINITION.finditer(body):
        yield match.group(1) or match.group(2)
    for match in _HTML_TARGET.finditer(body):
        yield match.group(1) or match.group(2) or match.group(3)
    for match in _SRCSET.finditer(body):
        for candidate in (match.group(1) or match.group(2) or match.group(3)).split(","):
            parts = candidate.split()
            if parts:
                yield parts[0]
    for inside in _tags(body):
        for value in _TAG_VALUE.finditer(inside):
            text = value.group(1) or value.group(2) or value.group(3)
            if text and "." in text:
                yield text if "/" in text else _BareTagName(text)


def _tags(body: str) -> Iterator[str]:
    """The insides of the Liquid tags and Hugo shortcodes of ``body``, each at most
    ``MAX_TAG_CHARS`` long. Linear: each closing is searched for once, however many
    openings share it (a regex's lazy scan from every ``{%`` was openings x 2000)."""
    for opening, closing in _TAGS:
        start = body.find(opening)
        end = -1
        while start >= 0:
            if end < start:
                end = body.find(closing, start + len(opening))
                if end < 0:
                    break
            if end - start <= MAX_TAG_CHARS:
                yield body[start + len(opening) : end].strip("-")
            start = body.find(opening, start + len(opening))


def reference_targets(body: str, limit: int = MAX_TARGETS) -> list[str]:
    """The first ``limit`` targets of ``iter_targets``, web links and all."""
    return list(islice(iter_targets(body), limit))


def front_matter_targets(data: dict[str, Any]) -> list[str]:
    """The file names a post's front matter holds, at any depth: themes publish
    ``image``, ``header.teaser``, ``header.overlay_image``, ``og_image``, ``image.path``,
    Hugo's ``images`` list and page resources. Every string value is offered; the
    resolver keeps those naming a local photo or document (a key list missed
    ``header.teaser`` before 29 November)."""
    targets: list[str] = []
    stack: list[tuple[object, int]] = [(data, 0)]
    budget = MAX_FRONT_MATTER_NODES  # YAML aliases can make a small block a huge tree
    while stack and len(targets) < MAX_FRONT_MATTER_VALUES and budget > 0:
        value, depth = stack.pop()
        budget -= 1
        if isinstance(value, str):
            if "\n" not in value and extension(value.strip()) in ATTACHMENT_EXTENSIONS:
                targets.append(value.strip())
        elif depth < MAX_FRONT_MATTER_DEPTH and isinstance(value, dict):
            stack.extend((v, depth + 1) for v in reversed(list(value.values())[:500]))
        elif depth < MAX_FRONT_MATTER_DEPTH and isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value[:500]))
    return targets


def template_images(body: str, data: dict[str, Any]) -> list[str]:
    """The image targets of ``body`` that are a template expression naming no file
    this reader can follow (a front-matter key that holds no string, or any other
    expression), as written; each once."""
    found: list[str] = []
    for match in _TEMPLATE_IMAGE.finditer(body):
        expression = match.group(1) or match.group(2)
        if _LIQUID_QUOTED.fullmatch(expression):
            continue  # {{ "/x.jpg" | relative_url }}: a path, followed
        key = _PAGE_KEY.fullmatch(expression)
        value: object = data
        for part in key.group(1).split(".") if key else ():
            folded = {str(k).casefold(): v for k, v in value.items()} if isinstance(value, dict) else {}
            value = folded.get(part.casefold())
        if key and isinstance(value, str) and value.strip():
            continue  # followed with the front matter's other files
        if expression not in found:
            found.append(expression)
    return found


def candidate_paths(path: str, post_dir: str, root: str) -> list[str]:
    """Where a post's local target may be, in the order looked up: ``/x.jpg`` from the root, then
    Hugo's ``static/``; ``x.jpg`` beside the post, then the root, then ``static/``."""
    if path.startswith("/"):
        tail = path.lstrip("/")
        return [root + tail, root + "static/" + tail]
    return [posixpath.join(post_dir, path), root + path, root + "static/" + path]


def resolve_references(
    targets: Iterable[str], post_name: str, root: str, has: Callable[[str], bool],
    problems: list[str] | None = None, unresolved: list[str] | None = None,
) -> list[str]:
    """The member names (``root``-prefixed, POSIX) the targets point to, each once, in
    order. A local path only: URLs, ``mailto:``, anchors and data URIs are left out,
    and so is anything that would climb above the tree (``..``). ``/x.jpg`` is
    site-absolute (the root, then Hugo's ``static/``); ``x.jpg`` is relative to the
    post, then the root, then ``static/``. ``{{ site.baseurl }}`` prefixes drop out.
    Past ``MAX_TARGETS`` local file targets the rest are not looked up, and
    ``problems`` (when given) gets a line saying so. ``unresolved`` (when given) gets
    each local target no file was found for, as written (climbing out, a link, missing)."""
    post_dir = posixpath.dirname(post_name)
    found: list[str] = []
    kept: set[str] = set()
    seen: set[str] = set()  # local targets looked up (web links not counted)
    for target in targets:
        path = _LIQUID.sub("", target).strip()
        if not path or "://" in path or path.startswith(("//", "mailto:", "#", "data:")):
            continue
        path = unquote(path.split("#", 1)[0].split("?", 1)[0])
        if extension(path) not in ATTACHMENT_EXTENSIONS:
            continue
        if path in seen:
            continue
        if len(seen) >= MAX_TARGETS:
            if problems is not None:
                problems.append(f"links to more than {MAX_TARGETS} local files; the rest were not looked up")
            break
        seen.add(path)
        for candidate in candidate_paths(path, post_dir, root):
            normal = posixpath.normpath(candidate)
            if normal.startswith("..") or normal.startswith("/"):
                continue
            if normal in kept:
                break  # the same file written another way ("./x.jpg" after "x.jpg")
            if has(normal):
                found.append(normal)
                kept.add(normal)
                break
        else:
            if unresolved is not None and not isinstance(target, _BareTagName):
                unresolved.append(path)
    return found


def post_references(
    body: str, data: dict[str, Any], post_name: str, root: str, has: Callable[[str], bool],
    problems: list[str] | None = None, unresolved: list[str] | None = None,
) -> list[str]:
    """The files a post embeds or links, from its body and its front matter."""
    targets = chain(iter_targets(body), front_matter_targets(data))
    return resolve_references(targets, post_name, root, has, problems, unresolved)


# An image written into the post itself (`![](data:image/jpeg;base64,...)`, what some editors
# paste): published with the post, metadata and all. Any RFC 2397 form is read: parameters
# before ";base64" (`;name=IMG_1234.jpg`, `;charset=utf-8`), any media type (image/pjpeg,
# application/octet-stream: browsers render the bytes, not the label), the colon as an HTML
# character reference inside an attribute, and base64 percent-escaped or URL-safe. The
# decoded bytes' magic says what they are.
_TOKEN = r"[A-Za-z0-9!#$&^_.+-]{1,127}+"
# Possessive: a line of 30 MB of "data:image/png;base64," prefixes is not tried every way.
_DATA_URI = re.compile(
    r"data(?::|&#0*58;|&#x0*3a;|&colon;)[ \t]*+"
    rf"((?:{_TOKEN}/{_TOKEN})?+)"  # the media type: empty means text/plain
    rf"((?:[ \t]*+;[ \t]*+{_TOKEN}(?:=(?:\"[^\"\n]{{0,256}}+\"|[^;,\s\"'<>()]{{0,256}}+))?+){{0,16}}+)"
    r"[ \t]*+,[ \t]*+"
    r"([A-Za-z0-9+/=\s%_-]{16,24000000})",
    re.I)
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]+")
_BASE64_PARAM = re.compile(r";[ \t]*base64[ \t]*$", re.I)
# Types whose bytes are kept even when they do not look like an image: the detector then says
# it could not check them (and `check` fails closed), as it does for a photo it cannot read.
_OPAQUE = ("image/", "application/octet-stream", "binary/octet-stream", "application/unknown")
MAX_DATA_IMAGES = 20
MAX_DATA_IMAGE_BYTES = 16 * 1024 * 1024
# Decoded images are held until the metadata detector reads them: at most this much per
# input (``budget``), so a site of many posts each pasting 16 MiB images cannot fill memory.
MAX_DATA_IMAGE_TOTAL = 64 * 1024 * 1024


def _b64decode(encoded: str) -> bytes:
    """Base64 as pasted: wrapped, percent-escaped (%2F, %2B, %3D) or URL-safe (-, _)."""
    import base64
    from urllib.parse import unquote

    if "%" in encoded:
        encoded = unquote(encoded, errors="strict")
    if ("-" in encoded or "_" in encoded) and "+" not in encoded and "/" not in encoded:
        encoded = encoded.translate(str.maketrans("-_", "+/"))
    # Spaces, line breaks and stray padding dropped, as a browser's decoder does.
    encoded = _NOT_BASE64.sub("", encoded)
    return base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)


def _sniffed_type(head: bytes) -> str | None:
    from nymaudit.sources.common import media_type_for

    found = media_type_for("", head[:64])
    if found:
        return found
    start = head[:1024].lstrip().lower()
    if start.startswith((b"<svg", b"<?xml")) and b"<svg" in start:
        return "image/svg+xml"
    return None


def data_images(body: str, post_id: str, input_path: str, shown: str,
                budget: list[int] | None = None) -> tuple[list[Attachment], list[str]]:
    """The images a post carries inside its text as ``data:`` URIs, as in-memory attachments
    of the post (``<shown>#data-image-1``), and problems to say (too many, too large, not
    base64). Before the final review of the sixth session they were never read, and a draft
    carrying a GPS photo that way passed `check` with no note; before the seventh session's
    red team, one with a parameter or another media type still passed."""
    import binascii

    found: list[Attachment] = []
    problems: list[str] = []
    lowered = body.lower()
    if "data:" not in lowered and "data&" not in lowered:
        return found, problems
    index = 0
    for match in _DATA_URI.finditer(body):
        declared = match.group(1).lower()
        if not _BASE64_PARAM.search(match.group(2)):
            continue  # percent-encoded text (an SVG icon in CSS): no photo's metadata
        opaque = declared.startswith(_OPAQUE)
        encoded = match.group(3)
        if not opaque:
            # A text or font payload is passed over unless its bytes are an image.
            try:
                head = _b64decode(encoded[:4096].rpartition("%")[0] if "%" in encoded[4090:4096]
                                  else encoded[:4096])
            except (binascii.Error, ValueError, UnicodeError):
                continue
            if _sniffed_type(head) is None:
                continue
        index += 1
        if index > MAX_DATA_IMAGES:
            problems.append(f"carries more than {MAX_DATA_IMAGES} images in its text; "
                            "the rest were not checked")
            break
        name = f"data-image-{index}"
        size = len(encoded) * 3 // 4
        if size > MAX_DATA_IMAGE_BYTES:
            problems.append(f"{name}: an image in its text over {MAX_DATA_IMAGE_BYTES // 2**20} MiB; "
                            "not checked")
            continue
        if budget is not None and size > budget[0]:
            problems.append(f"{name}: images in the texts of this input over "
                            f"{MAX_DATA_IMAGE_TOTAL // 2**20} MiB in all; not checked")
            continue
        try:
            data = _b64decode(encoded)
        except (binascii.Error, ValueError, UnicodeError):
            problems.append(f"{name}: an image in its text that is not valid base64; not checked")
            continue
        if budget is not None:
            budget[0] -= len(data)
        media_type = _sniffed_type(data) or (declared if declared.startswith("image/") else
                                             "application/octet-stream")
        found.append(Attachment(
            # Named by its post: every post's first image is "data-image-1", and one input's
            # attachments that share a path are taken for one file (detect, duplicates).
            path=f"{post_id}#{name}", input_path=input_path,
            media_type="image/jpeg" if media_type in ("image/jpg", "image/pjpeg") else media_type,
            size=len(data), post_id=post_id, loader=lambda data=data: data, platform_copy=False,
            shown_as=f"{shown}#{name}"))
    return found, problems


def tie(referenced: list[str], post_id: str, attachments: dict[str, Attachment]) -> None:
    """Give each referenced attachment to the first post that references it."""
    for name in referenced:
        if attachments[name].post_id is None:
            attachments[name].post_id = post_id

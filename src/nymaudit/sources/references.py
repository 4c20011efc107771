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
        "svg", "svgz", "ico",
    )
)
OFFICE_EXTENSIONS = frozenset(("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "pptx", "odt", "ods", "odp",
                               "ott"))
# Front-matter keys themes use for a post's header image.
IMAGE_KEYS = ("image", "cover", "featured_image", "thumbnail", "banner", "header_image")
# Local file targets looked up per post (links to web pages are not counted: a post of
# 5,000 links then a photo had its photo never looked up). Past it, the post says so.
MAX_TARGETS = 5000

_MD_TARGET = re.compile(r"\]\(\s{0,8}<?([^)\s>]{1,2000})")
_HTML_TARGET = re.compile(r"""(?:src|href)\s{0,8}=\s{0,8}["']([^"']{1,2000})["']""", re.I)
_LIQUID_QUOTED = re.compile(r"""\{\{\s{0,8}["']([^"']{1,2000})["']\s{0,8}\|[^}]{0,200}\}\}""")
_LIQUID = re.compile(r"\{\{[^}]{0,200}\}\}")


def skipped_by(skip_dirs: frozenset[str]) -> Callable[[str], bool]:
    """Whether a member lies under one of ``skip_dirs`` (generated copies, themes)."""
    return lambda name: any(part in skip_dirs for part in name.split("/")[:-1])


def collect_attachments(tree: Tree, result: SourceResult, skip_dirs: frozenset[str]) -> dict[str, Attachment]:
    """Every photo or document of the tree as an attachment of the input (no post
    yet), read lazily. Originals: a blog or a folder of drafts holds what was (or
    will be) uploaded, metadata and all."""
    skipped = skipped_by(skip_dirs)
    found: dict[str, Attachment] = {}
    for member in tree.members():
        if extension(member.name) in ATTACHMENT_EXTENSIONS and not skipped(member.name):
            attachment = make_attachment(tree, member, post_id=None, platform_copy=False)
            found[member.name] = attachment
            result.attachments.append(attachment)
    return found


def iter_targets(body: str) -> Iterator[str]:
    """Link and image targets as written: Markdown ``![](...)``/``[](...)``, HTML
    ``src=``/``href=`` (Hugo shortcodes with a quoted ``src=`` too), and Liquid
    ``{{ "/x.jpg" | relative_url }}`` reduced to its path."""
    body = _LIQUID_QUOTED.sub(lambda m: m.group(1), body)
    for match in _MD_TARGET.finditer(body):
        yield match.group(1)
    for match in _HTML_TARGET.finditer(body):
        yield match.group(1)


def reference_targets(body: str, limit: int = MAX_TARGETS) -> list[str]:
    """The first ``limit`` targets of ``iter_targets``, web links and all."""
    return list(islice(iter_targets(body), limit))


def front_matter_targets(data: dict[str, Any]) -> list[str]:
    targets: list[str] = []
    for key in IMAGE_KEYS:
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("path") or value.get("image") or value.get("src")
        if isinstance(value, str):
            targets.append(value)
    return targets


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
        if path.startswith("/"):
            tail = path.lstrip("/")
            candidates = [root + tail, root + "static/" + tail]
        else:
            candidates = [posixpath.join(post_dir, path), root + path, root + "static/" + path]
        for candidate in candidates:
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
            if unresolved is not None:
                unresolved.append(path)
    return found


def post_references(
    body: str, data: dict[str, Any], post_name: str, root: str, has: Callable[[str], bool],
    problems: list[str] | None = None, unresolved: list[str] | None = None,
) -> list[str]:
    """The files a post embeds or links, from its body and its front matter."""
    targets = chain(iter_targets(body), front_matter_targets(data))
    return resolve_references(targets, post_name, root, has, problems, unresolved)


def tie(referenced: list[str], post_id: str, attachments: dict[str, Attachment]) -> None:
    """Give each referenced attachment to the first post that references it."""
    for name in referenced:
        if attachments[name].post_id is None:
            attachments[name].post_id = post_id

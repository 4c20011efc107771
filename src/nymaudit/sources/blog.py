"""Static blog folder: Jekyll (``_posts/``, ``_drafts/``) and Hugo (``content/``)
Markdown or HTML with YAML (``---``) or TOML (``+++``) front matter, plus the images
and documents the site holds.

Blogs serve the files their authors uploaded, so attachments are originals
(``platform_copy=False``): their metadata is what a visitor downloads.
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import unquote

import yaml

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    DOCUMENT_AND_IMAGE_EXTENSIONS,
    ParsedTime,
    extension,
    from_date_object,
    head_text,
    make_attachment,
    parse_timestamp,
    read_member_text,
    short,
    time_extra,
)
from nymaudit.sources.html_text import html_to_text
from nymaudit.sources.tree import Member, Tree

POST_EXTENSIONS = frozenset(("md", "markdown", "mkd", "mdown", "html", "htm"))
# Generated output, dependencies and themes: copies or other people's text.
SKIP_DIRS = frozenset(
    (
        "_site",
        "public",
        "node_modules",
        "vendor",
        ".jekyll-cache",
        ".sass-cache",
        "resources",
        "themes",
        ".github",
        "_layouts",
        "_includes",
    )
)
MAX_FRONT_MATTER = 64 * 1024
MAX_POST_BYTES = 32 * 1024 * 1024
MAX_YAML_ALIASES = 20
_JEKYLL_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})-(.+)")
_YAML_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\]}]")
_MD_TARGET = re.compile(r"\]\(\s{0,8}<?([^)\s>]{1,2000})")
_HTML_TARGET = re.compile(r"""(?:src|href)\s{0,8}=\s{0,8}["']([^"']{1,2000})["']""", re.I)
_LIQUID_QUOTED = re.compile(r"""\{\{\s{0,8}["']([^"']{1,2000})["']\s{0,8}\|[^}]{0,200}\}\}""")
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]{1,2000}")
_LIQUID = re.compile(r"\{\{[^}]{0,200}\}\}")
_CONFIG_NAMES = (
    "_config.yml",
    "_config.yaml",
    "hugo.toml",
    "config.toml",
    "hugo.yaml",
    "config.yaml",
    "hugo.yml",
    "config.yml",
)
_IMAGE_KEYS = ("image", "cover", "featured_image", "thumbnail", "banner", "header_image")


@dataclass
class FrontMatter:
    kind: str  # "yaml", "toml" or "" when the file has none
    data: dict[str, Any]
    body: str
    error: str | None = None
    body_line: int = 1


def split_front_matter(text: str) -> FrontMatter:
    """Separate and parse front matter; never raises. An oversized or hostile block
    becomes ``error`` and empty data."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.startswith("---") and text[3:4] in ("\n", "\r"):
        fence, kind = ("---", "..."), "yaml"
    elif text.startswith("+++") and text[3:4] in ("\n", "\r"):
        fence, kind = ("+++",), "toml"
    else:
        return FrontMatter("", {}, text)
    end = -1
    pos = text.find("\n") + 1
    lines = 1
    while 0 < pos <= min(len(text), MAX_FRONT_MATTER + 8):
        nxt = text.find("\n", pos)
        line = text[pos : nxt if nxt >= 0 else len(text)].rstrip("\r").rstrip()
        lines += 1
        if line in fence:
            end = pos
            break
        if nxt < 0:
            break
        pos = nxt + 1
    if end < 0:
        if pos > MAX_FRONT_MATTER:
            return FrontMatter(kind, {}, text, "front matter larger than 64 KiB; not read")
        return FrontMatter(kind, {}, text, "front matter is not closed")
    raw = text[text.find("\n") + 1 : end]
    body_start = text.find("\n", end)
    body = text[body_start + 1 :] if body_start >= 0 else ""
    data, error = _parse_block(kind, raw)
    return FrontMatter(kind, data, body, error, lines + 1)


def _parse_block(kind: str, raw: str) -> tuple[dict[str, Any], str | None]:
    if kind == "yaml":
        if len(_YAML_ALIAS.findall(raw)) > MAX_YAML_ALIASES:
            return {}, "front matter uses too many YAML anchors/aliases; not read"
        try:
            data = yaml.safe_load(raw)
        except (yaml.YAMLError, RecursionError, ValueError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            return {}, f"invalid YAML front matter{where}"
    else:
        try:
            data = tomllib.loads(raw)
        except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
            return {}, f"invalid TOML front matter ({str(exc)[:80]})"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "front matter is not a mapping"
    return data, None


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return value is True


def _strings(value: object, limit: int = 100) -> list[str]:
    if isinstance(value, str):
        return (
            [v.strip() for v in value.split(",") if v.strip()][:limit]
            if "," in value
            else ([value.strip()] if value.strip() else [])
        )
    if isinstance(value, list):
        return [str(v) for v in value[:limit] if isinstance(v, str | int | float)]
    return []


def _segments(name: str) -> list[str]:
    return name.split("/")


@dataclass
class _Site:
    root: str  # "" or "folder/" prefix of the site inside the tree
    engine: str  # jekyll, hugo or plain
    timezone: str | None = None


class BlogReader:
    name = "blog"
    description = "Static blog folder: Jekyll/Hugo Markdown with YAML or TOML front matter"

    # -- discovery -------------------------------------------------------------

    @staticmethod
    def _skipped(name: str) -> bool:
        return any(part in SKIP_DIRS for part in _segments(name)[:-1])

    def _candidates(self, tree: Tree) -> tuple[list[Member], str]:
        """Post files and the engine. Jekyll/Hugo structure wins; without it every
        Markdown/HTML file with front matter is a post."""
        jekyll, hugo, plain = [], [], []
        for member in tree.members():
            if extension(member.name) not in POST_EXTENSIONS or self._skipped(member.name):
                continue
            parts = _segments(member.name)
            if "_posts" in parts[:-1] or "_drafts" in parts[:-1]:
                jekyll.append(member)
            elif "content" in parts[:-1] and not parts[-1].startswith("_index."):
                hugo.append(member)
            else:
                plain.append(member)
        if jekyll:
            return jekyll, "jekyll"
        if hugo:
            return hugo, "hugo"
        return plain, "plain"

    def sniff(self, tree: Tree) -> int:
        members, engine = self._candidates(tree)
        with_front_matter = 0
        for member in members[:200]:
            head = head_text(tree, member.name, 256)
            if head.startswith(("---\n", "---\r\n", "+++\n", "+++\r\n")):
                with_front_matter += 1
                if with_front_matter >= 3:
                    break
        if not with_front_matter:
            return 0
        return {"jekyll": 80, "hugo": 80}.get(engine, 45)

    # -- reading ---------------------------------------------------------------

    def read(self, tree: Tree, result: SourceResult) -> None:
        members, engine = self._candidates(tree)
        attachments = {}
        for member in tree.members():
            if extension(member.name) in DOCUMENT_AND_IMAGE_EXTENSIONS and not self._skipped(member.name):
                attachment = make_attachment(tree, member, post_id=None, platform_copy=False)
                attachments[member.name] = attachment
                result.attachments.append(attachment)
        sites: dict[str, _Site] = {}
        for member in members:
            site = self._site_for(tree, result, member, engine, sites)
            post = self._post(tree, result, member, site, engine, attachments)
            if post is not None:
                result.posts.append(post)

    def _site_for(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        engine: str,
        sites: dict[str, _Site],
    ) -> _Site:
        parts = _segments(member.name)
        marker = {"jekyll": ("_posts", "_drafts"), "hugo": ("content",)}.get(engine, ())
        root = ""
        for i, part in enumerate(parts[:-1]):
            if part in marker:
                root = "/".join(parts[:i]) + ("/" if i else "")
                break
        if root not in sites:
            sites[root] = _Site(root, engine, self._site_timezone(tree, result, root))
        return sites[root]

    def _site_timezone(self, tree: Tree, result: SourceResult, root: str) -> str | None:
        """Jekyll ``timezone:`` / Hugo ``timeZone``: how naive post dates are meant."""
        names = {m.name for m in tree.members()}
        for config in _CONFIG_NAMES:
            name = root + config
            if name not in names:
                continue
            text = read_member_text(tree, result, name, MAX_FRONT_MATTER)
            if text is None:
                return None
            data, error = _parse_block("toml" if config.endswith(".toml") else "yaml", text)
            if error:
                result.error(name, error)
                return None
            zone = data.get("timezone") or data.get("timeZone") or data.get("timezone".upper())
            if isinstance(zone, str) and re.fullmatch(r"[A-Za-z_+\-/0-9]{1,64}", zone):
                return zone
            return None
        return None

    def _post(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        site: _Site,
        engine: str,
        attachments: dict[str, Any],
    ) -> Post | None:
        text = read_member_text(tree, result, member.name, MAX_POST_BYTES)
        if text is None:
            return None
        fm = split_front_matter(text)
        if fm.error:
            result.error(member.name, fm.error)
        if engine == "plain" and not fm.kind:
            return None  # no front matter and no blog structure: the generic reader's
        data = fm.data
        parts = _segments(member.name)
        extra: dict[str, Any] = {"front_matter": fm.kind or None}
        if site.timezone:
            extra["site_timezone"] = site.timezone  # the site config's zone: a clue

        parsed, reason = self._date(data, parts[-1], site)
        if reason:
            result.error(member.name, reason)
        if parsed is not None:
            extra.update(time_extra(parsed))

        draft = "_drafts" in parts[:-1] or _truthy(data.get("draft")) or (data.get("published") is False)
        title = data.get("title")
        for key in ("tags", "categories"):
            values = _strings(data.get(key))
            if values:
                extra[key] = values
        body = fm.body
        if extension(member.name) in ("html", "htm"):
            body = html_to_text(body)
        description = data.get("description") or data.get("summary")
        if isinstance(description, str) and description.strip() and description not in body:
            body = f"{description.strip()}\n\n{body}"

        referenced = self._references(fm.body, data, member.name, site, attachments)
        for path in referenced:
            if attachments[path].post_id is None:
                attachments[path].post_id = member.name
        urls = [t for t in self._targets(fm.body) if t.startswith(("http://", "https://"))]
        urls += [m.group(0).rstrip(".,;:!?") for m in _BARE_URL.finditer(fm.body)]
        if urls:
            extra["urls"] = list(dict.fromkeys(urls))[:500]
        return Post(
            id=member.name,
            timestamp=parsed.when if parsed else None,
            text=body.strip(),
            origin=Origin(path=tree.display(member.name), record=member.name),
            kind="draft" if draft else "post",
            title=title.strip() if isinstance(title, str) and title.strip() else None,
            attachments=referenced,
            stated_offset_minutes=parsed.offset_minutes if parsed else None,
            language=data.get("lang") if isinstance(data.get("lang"), str) else None,
            extra=extra,
        )

    @staticmethod
    def _date(data: dict[str, Any], filename: str, site: _Site) -> tuple[ParsedTime | None, str | None]:
        value = data.get("date", data.get("publishDate", data.get("pubDate")))
        if value is not None:
            if isinstance(value, str):
                parsed, reason = parse_timestamp(value)
                if parsed is None:
                    return None, f"record {filename}: {reason}"
            else:
                parsed = from_date_object(value)
                if parsed is None:
                    return None, f"record {filename}: unparseable date {short(value)}"
            if parsed.naive and site.timezone:
                parsed = _in_zone(parsed, site.timezone)
            return parsed, None
        match = _JEKYLL_NAME.fullmatch(filename)
        if match:
            y, m, d, _slug = match.groups()
            parsed, reason = parse_timestamp(f"{y}-{int(m):02d}-{int(d):02d}")
            if parsed is None:
                return None, f"record {filename}: {reason} in the file name"
            return parsed, None
        return None, None

    # -- references ------------------------------------------------------------

    @staticmethod
    def _targets(body: str) -> list[str]:
        body = _LIQUID_QUOTED.sub(lambda m: m.group(1), body)
        found = [m.group(1) for m in _MD_TARGET.finditer(body)]
        found += [m.group(1) for m in _HTML_TARGET.finditer(body)]
        return found[:5000]

    def _references(
        self,
        body: str,
        data: dict[str, Any],
        name: str,
        site: _Site,
        attachments: dict[str, Any],
    ) -> list[str]:
        targets = self._targets(body)
        for key in _IMAGE_KEYS:
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("path") or value.get("image") or value.get("src")
            if isinstance(value, str):
                targets.append(value)
        post_dir = posixpath.dirname(name)
        found: list[str] = []
        for target in targets:
            path = _LIQUID.sub("", target).strip()
            if not path or "://" in path or path.startswith(("//", "mailto:", "#", "data:")):
                continue
            path = unquote(path.split("#", 1)[0].split("?", 1)[0])
            if extension(path) not in DOCUMENT_AND_IMAGE_EXTENSIONS:
                continue
            if path.startswith("/"):
                tail = path.lstrip("/")
                candidates = [site.root + tail, site.root + "static/" + tail]
            else:
                candidates = [
                    posixpath.join(post_dir, path),
                    site.root + path,
                    site.root + "static/" + path,
                ]
            for candidate in candidates:
                normal = posixpath.normpath(candidate)
                if normal.startswith("..") or normal.startswith("/"):
                    continue
                if normal in attachments and normal not in found:
                    found.append(normal)
                    break
        return found


def _in_zone(parsed: ParsedTime, zone: str) -> ParsedTime:
    """A naive time read as UTC, re-read as wall time in the site's zone."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover
        return parsed
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return parsed
    wall = parsed.when.replace(tzinfo=None)
    local = wall.replace(tzinfo=tz)
    offset = local.utcoffset() or timedelta(0)
    return ParsedTime(
        when=(wall - offset).replace(tzinfo=parsed.when.tzinfo),
        offset_minutes=int(offset.total_seconds() // 60),
        naive=False,
    )


READER = BlogReader()

"""Static blog folder: Jekyll (``_posts/``, ``_drafts/``) and Hugo (``content/``)
Markdown or HTML with YAML (``---``) or TOML (``+++``) front matter, plus the images
and documents the site holds.

Blogs serve the files their authors uploaded, so attachments are originals
(``platform_copy=False``): their metadata is what a visitor downloads.
"""

from __future__ import annotations

import json
import posixpath
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    ParsedTime,
    as_text,
    extension,
    from_date_object,
    head_text,
    image_descriptions,
    join_descriptions,
    parse_timestamp,
    read_member_prefix,
    read_member_text,
    short,
    time_extra,
)
from nymaudit.sources.html_text import (
    MAX_HTML_PARSED,
    html_text_links_and_alts,
    html_to_text,
    inline_img_alts,
    markdown_without_code,
)
from nymaudit.sources.references import (
    MAX_DATA_IMAGE_TOTAL,
    candidate_paths,
    collect_attachments,
    data_images,
    post_references,
    reference_targets,
    tie,
)
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
CONFIG_EXTENSIONS = ("toml", "yaml", "yml", "json")
MAX_POST_BYTES = 32 * 1024 * 1024
MAX_YAML_ALIASES = 20
DATA_FILE = "site data file"
# Data files themes render as the author box, the social links and the menus: Jekyll
# ``_data/<stem>.yml`` (or ``_data/<stem>/*.yml``), Hugo ``data/<stem>.toml``
# (minimal-mistakes: authors.yml, navigation.yml; Hugo author taxonomies: data/authors/).
# Other data files (ui-text.yml, a theme's strings; data tables) publish nothing about
# the writer and are not read.
_DATA_STEMS = frozenset((
    "authors", "author", "people", "person", "social", "socials", "social_links", "navigation",
    "nav", "menu", "menus", "team", "contributors", "profile", "profiles", "contact", "owner", "me",
    "about", "links",
))
# Of these, menus: only their links out of the site (a menu's names and own pages say nothing).
_LINKS_ONLY_STEMS = frozenset(("navigation", "nav", "menu", "menus"))
DATA_EXTENSIONS = {"_data": ("yml", "yaml", "json"), "data": ("toml", "yaml", "yml", "json")}
# Files of one site read beside its root configuration (extra Jekyll configs, Hugo
# environment folders, data files, author pages): a tree of 10,000 data files is
# listed (names only) and this many are read.
MAX_SITE_FILES = 40
_JEKYLL_EXTRA_CONFIG = re.compile(r"_config\.[^/]+\.(?:ya?ml|toml)")  # _config.production.yml

# A site's or repository's own files, not the writer's drafts (eleventh session, 30 November 2026:
# an Eleventy starter's README and LICENSE, a Jekyll garden template's CODE_OF_CONDUCT were read
# as loose notes and their maintainers' addresses reported as the writer's). Stems matched in any
# case, with an optional suffix after - _ . or a space (README-ja.md, LICENSE-MIT, COPYING.LESSER)...
_REPO_FILE_STEMS = frozenset((
    "readme", "license", "licence", "copying", "changelog", "code_of_conduct", "code-of-conduct",
    "contributing", "contributors", "codeowners", "maintainers", "unlicense",
))
# ...these only in capitals, as repositories write them (a lowercase history.md may be a note).
_REPO_FILE_CAPITAL_STEMS = frozenset((
    "AUTHORS", "CHANGES", "HISTORY", "NEWS", "NOTICE", "SECURITY", "FUNDING", "CITATION", "SUPPORT",
    "GOVERNANCE", "RELEASE_NOTES", "UPGRADING",
))
# Whole names of a web site's machine-read files and a project's build files.
_SITE_FILE_NAMES = frozenset((
    "robots.txt", "humans.txt", "security.txt", "ads.txt", "app-ads.txt", "llms.txt", "llms-full.txt",
    "cmakelists.txt", "netlify.toml", "vercel.json",
))
_REPO_FILE_SPLIT = re.compile(r"[-_. ]")


def _plain_repository_name(base: str) -> bool:
    """A base name that is the convention alone (README.md, LICENSE, robots.txt): no word of the user's."""
    stem, _, ext = base.partition(".")
    return base.lower() in _SITE_FILE_NAMES or (
        (stem.lower() in _REPO_FILE_STEMS or stem in _REPO_FILE_CAPITAL_STEMS)
        and ext.lower() in ("", "md", "markdown", "txt", "text", "rst", "html", "htm", "org", "adoc"))


def repository_file(name: str) -> bool:
    """True for a member that is a site's or repository's own file (README, LICENSE,
    CHANGELOG, CODE_OF_CONDUCT, robots.txt ...) rather than one of the writer's notes."""
    base = name.rsplit("/", 1)[-1]
    if base.lower() in _SITE_FILE_NAMES or base.lower().startswith("requirements"):
        return True
    stem = base.split(".", 1)[0]
    if stem.lower() in _REPO_FILE_STEMS or stem in _REPO_FILE_CAPITAL_STEMS:
        return True
    head = _REPO_FILE_SPLIT.split(stem, 1)[0]
    return len(head) < len(stem) and (head.lower() in ("readme", "license", "licence", "copying")
                                      or head in _REPO_FILE_CAPITAL_STEMS)
_DOMAIN = re.compile(r"(?=.{4,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?")
_JEKYLL_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})-(.+)")
_YAML_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\]}]")
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]{1,2000}")
# A site's configuration files (public: attachment.site_root and staged.py look for them too).
CONFIG_NAMES = (
    "_config.yml",
    "_config.yaml",
    "hugo.toml",
    "config.toml",
    "hugo.yaml",
    "config.yaml",
    "hugo.yml",
    "config.yml",
    "hugo.json",
)
# Hugo reads config.json too; not a site marker for other folders (attachment.SITE_MARKERS):
# a config.json sits in folders of every kind.
_HUGO_ONLY_NAMES = ("config.json",)
_CONFIG_NAMES = CONFIG_NAMES  # the name sources/git.py imports


def _config_names(engine: str) -> tuple[str, ...]:
    return CONFIG_NAMES + _HUGO_ONLY_NAMES if engine == "hugo" else CONFIG_NAMES


@dataclass
class FrontMatter:
    kind: str  # "yaml", "toml" or "" when the file has none
    data: dict[str, Any]
    body: str
    error: str | None = None
    body_line: int = 1

    def text_line(self, text: str) -> tuple[int, int] | None:
        """Post.text_line for a post ``text`` that ends with the stripped body (a
        description may come before it): where the body starts in ``text`` and its
        file line. None when ``text`` was rebuilt (HTML made plain)."""
        stripped = self.body.strip()
        at = len(text) - len(stripped)
        if not stripped or at < 0 or not text.endswith(stripped):
            return None
        lead = len(self.body) - len(self.body.lstrip())
        return at, self.body_line + self.body.count("\n", 0, lead)


# The words of a Markdown post's HTML comments (walk16 item 6): `<!-- I live in Marchmont -->` is
# hidden on the page, but kramdown (Jekyll) and most Markdown renderers copy it into the page
# source (Hugo's default renderer leaves raw HTML out), and the file itself is public wherever the
# repository is. Normalising dropped it, so only an address in it was found. Each is a record of
# its own beside the post, as a front matter field is (kind "config": read by the text detectors,
# not counted, timed or read for style; a note to oneself is not prose), its record "HTML comment 2"
# at the comment's line, its text "HTML comment: <words>", and its findings say where it is
# (scan.mark_audience adds HTML_COMMENT_NOTE to their messages).
HTML_COMMENT = "HTML comment"
HTML_COMMENT_NOTE = ("an HTML comment: hidden on the page, kept in its source by Jekyll and most Markdown "
                     "renderers")
MAX_HTML_COMMENTS = 200  # per post
MAX_HTML_COMMENT_CHARS = 10_000
# Comments that are a program's instruction, not the writer's words: WordPress block markers,
# linters' and table-of-contents generators' switches, the excerpt separators (<!--more-->).
_COMMENT_DIRECTIVE = re.compile(
    r"(?:/?wp:|markdownlint-|prettier-ignore|textlint-|remark-ignore|cspell:|spellchecker:|eslint-"
    r"|vale (?:on|off)\b|vale [\w.]+ = |alex (?:ignore|disable|enable)|(?:start|end) doctoc|doctoc"
    r"|/?vscode-markdown-toc|omit in toc|#?(?:end)?region\b|raw html omitted|\[if |\[endif"
    r"|(?:end of |end |begin |start )?(?:table of contents|toc|excerpt|more|summary)$)", re.IGNORECASE)
# A comment with a letter or a digit is a record, whatever its length (rev16b item 2: `<!-- 07700
# 900123 -->`, `<!-- mob: 07700 900123 -->`, a postcode or a pair of coordinates were blanked from the
# post and made no record, when two words of two letters were asked for: SELF002 high was lost).
# Only a rule of dashes or stars (`<!-- ----- -->`) says nothing.
_SAYS_SOMETHING = re.compile(r"[^\W_]")
# Where each "<!--" stood, carried through html_text.markdown_without_code (see _openers_in_code).
_OPENER_MARK = re.compile("\ue000(\\d+)\ue001")
_MAYBE_CODE = re.compile(r"`|~~~|^(?: {4}|\t)", re.M)


def _openers_in_code(markdown: str) -> set[int]:
    """The offsets of the ``<!--`` of ``markdown`` that sit in code (a fenced or indented code block,
    a code span): the page shows those as text, so they are the post's words, not a hidden comment
    (rev16b item 9: an ```html example's comment was said to be "hidden on the page", and "start it
    with `<!--` and end it with `-->`" blanked the prose between the two spans). Decided by the one
    Markdown code reader the site reader has (html_text.markdown_without_code): each opener is
    numbered with a mark it cannot mistake for text, and those whose mark is blanked with the code
    around them are in code. The marks go after "<!--", which changes no line's indent, list
    marker, fence or backtick run."""
    if not _MAYBE_CODE.search(markdown):
        return set()
    source = markdown.replace("\ue000", "\ue002")  # a writer's own private-use character is no mark
    starts: list[int] = []
    parts: list[str] = []
    at = 0
    while (start := source.find("<!--", at)) >= 0:
        parts.append(source[at:start + 4])
        parts.append(f"\ue000{len(starts)}\ue001")
        starts.append(start)
        at = start + 4
    parts.append(source[at:])
    outside = {int(m.group(1)) for m in _OPENER_MARK.finditer(markdown_without_code("".join(parts)))}
    return {start for number, start in enumerate(starts) if number not in outside}


def html_comments(markdown: str) -> tuple[str, list[tuple[int, str]]]:
    """``markdown`` with each closed HTML comment blanked (a space, and its line breaks, so the
    file's line numbers hold), and (where its words start, its words) of each the writer wrote
    (any letter or digit, not ``_COMMENT_DIRECTIVE``), in order, cut at MAX_HTML_COMMENT_CHARS, at
    most MAX_HTML_COMMENTS. A comment in code (``_openers_in_code``) is the post's text, left as it
    is; so is an unclosed ``<!--``. One forward scan: linear on hostile input."""
    if "<!--" not in markdown:
        return markdown, []
    in_code = _openers_in_code(markdown)
    out: list[str] = []
    found: list[tuple[int, str]] = []
    pos = 0
    search_from = 0
    while True:
        start = markdown.find("<!--", search_from)
        if start < 0:
            break
        if start in in_code:
            search_from = start + 4  # shown as code: the post's own text
            continue
        end = markdown.find("-->", start + 4)
        if end < 0:
            break
        inner = markdown[start + 4 : end]
        out.append(markdown[pos:start])
        out.append(" " + "\n" * inner.count("\n"))
        pos = search_from = end + 3
        words = inner.strip()
        if (words and len(found) < MAX_HTML_COMMENTS and not _COMMENT_DIRECTIVE.match(words[:200])
                and _SAYS_SOMETHING.search(words)):
            found.append((start + 4 + len(inner) - len(inner.lstrip()), words[:MAX_HTML_COMMENT_CHARS]))
    out.append(markdown[pos:])
    return "".join(out), found


def html_comment_records(path: str, name: str, markdown: str, first_line: int,
                         comments: list[tuple[int, str]]) -> list[Post]:
    """The records of a Markdown post's HTML comments (``html_comments`` of ``markdown``, whose first
    line is the file's ``first_line``), located at ``path`` and the comment's line. Not posts."""
    records: list[Post] = []
    label = f"{HTML_COMMENT}: "
    line, counted = first_line, 0
    for number, (at, words) in enumerate(comments, start=1):
        line += markdown.count("\n", counted, at)  # from the last comment on: linear
        counted = at
        records.append(Post(
            id=f"{name}#html-comment#{number}", timestamp=None, text=label + words,
            origin=Origin(path=path, record=f"{HTML_COMMENT} {number}", line=line), kind="config",
            text_line=(len(label), line),
            extra={"front_matter_of": name, "html_comment": number, "audience_note": HTML_COMMENT_NOTE}))
    return records


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


def _load_config(tree: Tree, result: SourceResult, name: str) -> tuple[str, dict[str, Any]] | None:
    """A site configuration file's text and parsed mapping; None (its error reported on
    ``result``) when it cannot be read or parsed."""
    text = read_member_text(tree, result, name, MAX_FRONT_MATTER)
    if text is None:
        return None
    data, error = _parse_block(config_kind(name), text, "site configuration")
    if error:
        result.error(name, error)
        return None
    return text, data


def _load_data(tree: Tree, result: SourceResult, name: str) -> tuple[str, Any] | None:
    """A site data file's text and parsed document, a mapping or a list (themes loop
    over ``_data/navigation.yml`` and ``social.yml`` lists); caps and errors as for the
    configuration."""
    text = read_member_text(tree, result, name, MAX_FRONT_MATTER)
    if text is None:
        return None
    data, error = _parse_any(config_kind(name), text, DATA_FILE)
    if not error and data is not None and not isinstance(data, dict | list):
        error = f"{DATA_FILE} is not a mapping or a list"
    if error:
        result.error(name, error)
        return None
    return text, data


def _parse_block(kind: str, raw: str, what: str = "front matter") -> tuple[dict[str, Any], str | None]:
    """Parse a front matter block or (``what`` = "site configuration") a whole
    configuration file; errors name which of the two it was, and the file line."""
    data, error = _parse_any(kind, raw, what)
    if error:
        return {}, error
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, f"{what} is not a mapping"
    return data, None


def _parse_any(kind: str, raw: str, what: str) -> tuple[Any, str | None]:
    """The parsed document, whatever its shape (a site data file may be a list)."""
    first = 2 if what == "front matter" else 1  # the file line of raw's first line
    name = {"yaml": "YAML", "toml": "TOML", "json": "JSON"}[kind]
    where_ = "front matter" if what == "front matter" else f"in the {what}"
    if kind == "json":
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            line = getattr(exc, "lineno", None)
            return {}, f"invalid JSON {where_}" + (f" (line {line})" if line else "")
    elif kind == "yaml":
        if len(_YAML_ALIAS.findall(raw)) > MAX_YAML_ALIASES:
            return {}, f"{what} uses too many YAML anchors/aliases; not read"
        try:
            data = yaml.safe_load(raw)
        except (yaml.YAMLError, RecursionError, ValueError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + first})" if mark is not None else ""
            return {}, f"invalid {name} {where_}{where}"
    else:
        try:
            data = tomllib.loads(raw)
        except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
            return {}, f"invalid {name} {where_} ({str(exc)[:80]})"
    return data, None


def config_kind(name: str) -> str:
    """How a configuration file is parsed, by its extension."""
    ext = extension(name)
    return "toml" if ext == "toml" else "json" if ext == "json" else "yaml"


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
        return [as_text(v) for v in value[:limit] if isinstance(v, str | int | float)]
    return []


def _segments(name: str) -> list[str]:
    return name.split("/")


@dataclass
class _Site:
    root: str  # "" or "folder/" prefix of the site inside the tree
    engine: str  # jekyll, hugo or plain
    timezone: str | None = None
    config: str | None = None  # member name of the configuration that set ``timezone``
    zone_line: int | None = None  # its line there
    # The site's author as its root configuration names them (``author``, ``author.name``,
    # Hugo's ``params.author``), case-folded: which entry of an author list is the account's.
    authors: set[str] = field(default_factory=set)
    author_lists: list[str] = field(default_factory=list)  # its author data files of 2+ entries


@dataclass
class _Names:
    """The member names every site root looks its configuration up in, built once per
    tree: a set rebuilt for each root made N roots N x members (16,000 one-post sites
    took 45 s)."""

    names: frozenset[str]
    config_dirs: dict[str, list[str]]  # site root -> the files of its config/_default/
    # site root -> its other identity files, by kind (``_identity_file``): "config"
    # (_config.production.yml), "config_dir" (Hugo's config/production/), "_data" / "data"
    # (data files), "author" (author pages), "cname" (the custom domain), "well_known"
    extra: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, tree: Tree) -> _Names:
        names: set[str] = set()
        config_dirs: dict[str, list[str]] = {}
        extra: dict[str, dict[str, list[str]]] = {}
        for member in tree.members():
            names.add(member.name)
            parts = _segments(member.name)
            if len(parts) >= 3 and parts[-3:-1] == ["config", "_default"] and (
                    extension(member.name) in CONFIG_EXTENSIONS):
                config_dirs.setdefault("".join(p + "/" for p in parts[:-3]), []).append(member.name)
            found = _identity_file(parts)
            if found is not None:
                at, kind = found
                root = "".join(p + "/" for p in parts[:at])
                extra.setdefault(root, {}).setdefault(kind, []).append(member.name)
        return cls(frozenset(names), config_dirs, extra)


def _identity_file(parts: list[str]) -> tuple[int, str] | None:
    """(where the site root ends in ``parts``, kind) when a member is one of a site's
    identity files beside its root configuration; None for any other file."""
    name = parts[-1]
    ext = extension(name)
    if len(parts) >= 3 and parts[-3] == "config" and parts[-2] != "_default" and ext in CONFIG_EXTENSIONS:
        return len(parts) - 3, "config_dir"  # Hugo config/production/params.toml
    if _JEKYLL_EXTRA_CONFIG.fullmatch(name):
        return len(parts) - 1, "config"
    if name == "CNAME":
        at = len(parts) - 2 if len(parts) >= 2 and parts[-2] == "static" else len(parts) - 1
        return at, "cname"  # GitHub Pages (Hugo keeps it in static/)
    if len(parts) >= 2 and parts[-2] == ".well-known":
        at = len(parts) - 3 if len(parts) >= 3 and parts[-3] == "static" else len(parts) - 2
        return at, "well_known"
    if name.lower() == "keybase.txt":
        # Keybase also checks a site's proof at its root (/keybase.txt); Hugo publishes static/.
        at = len(parts) - 2 if len(parts) >= 2 and parts[-2] == "static" else len(parts) - 1
        return at, "well_known"
    if (name.startswith("_index.") and extension(name) in POST_EXTENSIONS and len(parts) >= 4
            and parts[-3] == "authors" and parts[-4] == "content"):
        return len(parts) - 4, "author"  # Hugo content/authors/<name>/_index.md
    if len(parts) >= 2 and parts[-2] == "_authors" and extension(name) in POST_EXTENSIONS:
        return len(parts) - 2, "author"  # a Jekyll collection of author pages: _authors/<name>.md
    for folder, extensions in DATA_EXTENSIONS.items():
        if ext not in extensions:
            continue
        stem = name.rsplit(".", 1)[0].lower()
        if len(parts) >= 2 and parts[-2] == folder and stem in _DATA_STEMS:
            return len(parts) - 2, folder  # _data/authors.yml
        if len(parts) >= 3 and parts[-3] == folder and parts[-2].lower() in _DATA_STEMS:
            return len(parts) - 3, folder  # data/authors/marie.toml
    return None


def _starts_with_front_matter(head: str) -> bool:
    return head.removeprefix("\ufeff").startswith(("---\n", "---\r\n", "+++\n", "+++\r\n"))


def _unexpected(result: SourceResult, name: str, what: str, exc: Exception) -> None:
    """A reader bug met on one file: that file's input error, and the others still read.
    The type only: an exception's text may quote the file."""
    result.error(name, f"{what} not read: unexpected {type(exc).__name__}")


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
        self._data_budget = [MAX_DATA_IMAGE_TOTAL]  # data: images decoded for this input
        members, engine = self._candidates(tree)
        attachments = collect_attachments(tree, result, SKIP_DIRS)
        sites: dict[str, _Site] = {}
        names = _Names.of(tree)
        for member in members:
            site = self._site_for(tree, result, member, engine, sites, names)
            records: list[Post] = []
            try:
                post = self._post(tree, result, member, site, engine, attachments, records)
            except Exception as exc:  # one post's surprise must not lose every later post
                _unexpected(result, member.name, "post", exc)
                continue
            if post is not None:
                result.posts.append(post)
                result.posts.extend(records)
        with_lists = [site for site in sites.values() if site.author_lists]
        if with_lists:
            _keep_own_author_entries(result, with_lists)
        if engine == "plain":
            self._loose_notes(tree, result, attachments)

    @staticmethod
    def _loose_notes(tree: Tree, result: SourceResult, attachments: dict[str, Any]) -> None:
        """A folder without Jekyll/Hugo structure read for its files with front matter: its
        other notes (a .txt letter, a saved .html page, a .md without front matter, a CSV of
        posts) are drafts too, read as the generic reader reads them. Until the eleventh
        session one Obsidian note with front matter made the folder a "blog" and the rest
        went unread without a word (a phone number and an e-mail address missed)."""
        from nymaudit.sources.generic import READER as GENERIC

        taken = {post.id for post in result.posts if post.kind in ("post", "draft")}
        # A post file with front matter the blog reader could not read said its own error.
        loose = [(m, kind) for m, kind in GENERIC.classify(tree)
                 if m.name not in taken and not (extension(m.name) in POST_EXTENSIONS
                                                 and _starts_with_front_matter(head_text(tree, m.name, 256)))]
        # A site's or repository's own files (README, LICENSE, robots.txt) are no drafts.
        own = [m.name for m, _kind in loose if repository_file(m.name)]
        if own:
            # Only conventional base names are shown (README.md, robots.txt): a folder's or a
            # suffix's words (README-janesmith.md) are the user's, and notes are not masked.
            plain = [n for n in dict.fromkeys(m.rsplit("/", 1)[-1] for m in own) if _plain_repository_name(n)]
            shown = ", ".join(plain[:5])
            if shown and len(own) > min(len(plain), 5):
                shown += f" and {len(own) - min(len(plain), 5)} more"
            result.notes.append(("", f"left out on purpose: {len(own)} file(s) beside the posts are the "
                                     "site's or repository's own (readme, licence, changelog, code of "
                                     "conduct, robots.txt), not the writer's notes"
                                     + (f": {shown}" if shown else "")
                                     + "; give one to nymaudit on its own to read it", f"{len(own)} files"))
            loose = [(m, kind) for m, kind in loose if not repository_file(m.name)]
        if not loose:
            return
        GENERIC.read_files(tree, result, loose, attachments)

    def _site_for(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        engine: str,
        sites: dict[str, _Site],
        names: _Names,
    ) -> _Site:
        parts = _segments(member.name)
        marker = {"jekyll": ("_posts", "_drafts"), "hugo": ("content",)}.get(engine, ())
        root = ""
        for i, part in enumerate(parts[:-1]):
            if part in marker:
                root = "/".join(parts[:i]) + ("/" if i else "")
                break
        if root not in sites:
            sites[root] = _Site(root, engine, self._site_timezone(tree, result, root, names, engine))
            self._read_site_config(tree, result, sites[root], names)
        return sites[root]

    def _site_timezone(
        self, tree: Tree, result: SourceResult, root: str, names: _Names, engine: str = "plain"
    ) -> str | None:
        """Jekyll ``timezone:`` / Hugo ``timeZone``: how naive post dates are meant."""
        for config in _config_names(engine):
            name = root + config
            if name not in names.names:
                continue
            try:
                return self._zone_of(tree, result, name)
            except Exception as exc:  # the posts are still read, without the zone
                _unexpected(result, name, "site configuration", exc)
                return None
        return None

    @staticmethod
    def _zone_of(tree: Tree, result: SourceResult, name: str) -> str | None:
        loaded = _load_config(tree, result, name)
        if loaded is None:
            return None
        _text, data = loaded
        return _zone_in(data)

    def _post(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        site: _Site,
        engine: str,
        attachments: dict[str, Any],
        records: list[Post] | None = None,
    ) -> Post | None:
        """The post of ``member``; the published text of its front matter (``records``,
        when given) as records beside it."""
        text = read_member_prefix(tree, result, member.name, MAX_POST_BYTES, "for one post")
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
            extra.update(_zone_source(data, parts[-1], site, tree))

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
        alts: list[str] = []
        comments: list[tuple[int, str]] = []
        uncommented = fm.body  # the Markdown as the page shows it: its HTML comments blanked
        if extension(member.name) in ("html", "htm"):
            if len(body) > MAX_HTML_PARSED:  # as a .html file's (html_text says why)
                result.error(member.name, f"HTML of more than {MAX_HTML_PARSED:,} characters: its text was "
                                          f"read from the first {MAX_HTML_PARSED:,}, the images it embeds "
                                          "from all of it")
                body = body[:MAX_HTML_PARSED]
            body, _links, alts = html_text_links_and_alts(body)
        else:
            alts = inline_img_alts(body)  # a Markdown post's <img alt="..."> (eleventh session)
            # Its HTML comments: blanked here, their words records of their own (walk16 item 6).
            uncommented, comments = html_comments(body)
            body = uncommented
        described = "description" if data.get("description") else "summary"
        description = data.get(described)
        if isinstance(description, str) and description.strip() and description not in body:
            body = f"{description.strip()}\n\n{body}"
        if records is not None and fm.kind:
            # The title is Post.title and the description (or summary) the body's head:
            # read there, so left out here.
            skip = {"title", described} if isinstance(description, str) and description.strip() else {"title"}
            records.extend(front_matter_records(tree, member.name, text, fm, skip))

        problems: list[str] = []
        has = attachments.__contains__
        unresolved: list[str] = []
        referenced = post_references(fm.body, data, member.name, site.root, has, problems, unresolved)
        problems += _behind_links(unresolved, member.name, site.root, tree)
        inline, inline_problems = data_images(fm.body, member.name, tree.label, tree.display(member.name),
                                              getattr(self, "_data_budget", None))
        result.attachments.extend(inline)
        for problem in problems + inline_problems:
            result.error(member.name, problem)
        tie(referenced, member.name, attachments)
        # A link in an HTML comment is its record's (rev16b item 9: counted in the post too, one link
        # was "in 2 links" and LINK007 rose from low to medium).
        urls = [t for t in reference_targets(uncommented) if t.startswith(("http://", "https://"))]
        urls += [m.group(0).rstrip(".,;:!?") for m in _BARE_URL.finditer(uncommented)]
        if urls:
            extra["urls"] = list(dict.fromkeys(urls))[:500]
        body = body.strip()
        # The body as read, its comments blanked: its line breaks are the file's.
        read_as = replace(fm, body=uncommented) if uncommented is not fm.body else fm
        text_line = read_as.text_line(body)
        if comments and records is not None:
            records.extend(html_comment_records(tree.display(member.name), member.name, fm.body, fm.body_line,
                                                comments))
        # An HTML or Markdown post's <img alt> (tenth and eleventh sessions): marked after the
        # text, as every reader joins alt text (text_line above is the text's own).
        body = join_descriptions(body, image_descriptions(list(alts)), extra)
        return Post(
            id=member.name,
            timestamp=parsed.when if parsed else None,
            text=body,
            origin=Origin(path=tree.display(member.name), record=member.name),
            text_line=text_line,
            kind="draft" if draft else "post",
            title=title.strip() if isinstance(title, str) and title.strip() else None,
            attachments=referenced,
            stated_offset_minutes=parsed.offset_minutes if parsed else None,
            language=data.get("lang") if isinstance(data.get("lang"), str) else None,
            extra=extra,
        )

    # -- site configuration (published identity fields) -------------------------

    @staticmethod
    def _read_site_config(tree: Tree, result: SourceResult, site: _Site, names: _Names) -> None:
        """The published identity fields of the site's configuration, as records of
        kind "config" (the timezone itself is TIME007's, through the posts' offsets)."""
        roots = [site.root + c for c in _config_names(site.engine)]
        files = [n for n in roots if n in names.names][:1]
        if site.timezone and files:
            site.config = files[0]  # the file _site_timezone took the zone from
        # Which names the engine reads: a folder of notes (no _posts/ or content/) may
        # hold some other program's config.yaml, which no theme publishes.
        engine_names = {"jekyll": ("_config.",), "hugo": ("hugo.", "config.")}.get(
            site.engine, ("_config.", "hugo."))
        files = [n for n in files if n[len(site.root):].startswith(engine_names)]
        # Hugo's configuration directory: config/_default/params.toml holds [params].
        if site.engine == "hugo":
            files += sorted(names.config_dirs.get(site.root, ()))[:20]
        for name in files:
            # The root config's problems were reported once already, by _site_timezone.
            report_to = SourceResult(tree) if name in roots else result
            try:
                BlogReader._config_file(tree, result, report_to, site, name, name in roots)
            except Exception as exc:  # the site's other files and its posts are still read
                shown = tree.display(name)
                if not any(e.path == shown and "unexpected" in e.error for e in result.errors):
                    _unexpected(result, name, "site configuration", exc)
        BlogReader._identity_files(tree, result, site, names)

    @staticmethod
    def _identity_files(tree: Tree, result: SourceResult, site: _Site, names: _Names) -> None:
        """The site's other files that themes publish (``_identity_file``): extra Jekyll
        configurations, Hugo environment folders, data files, author pages, CNAME."""
        found = names.extra.get(site.root, {})
        # A plain folder's _authors/*.md are its posts already.
        kinds = {"hugo": ("config_dir", "cname", "well_known", "data", "author"),
                 "jekyll": ("config", "cname", "well_known", "_data", "author")}.get(
            site.engine, ("config", "cname", "well_known", "_data"))
        files = [(kind, name) for kind in kinds for name in sorted(found.get(kind, ()))]
        for kind, name in files[:MAX_SITE_FILES]:
            try:
                records = identity_records(tree, result, kind, name)
                if kind in DATA_EXTENSIONS and _author_list(name, records):
                    site.author_lists.append(name)
                result.posts.extend(records)
            except Exception as exc:  # the site's other files and its posts are still read
                _unexpected(result, name, "site file", exc)
        if len(files) > MAX_SITE_FILES:
            left = files[MAX_SITE_FILES:]
            result.error(left[0][1], f"{len(left)} more of the site's data and configuration files not read "
                                     f"(at most {MAX_SITE_FILES} a site)")

    @staticmethod
    def _config_file(
        tree: Tree, result: SourceResult, report_to: SourceResult, site: _Site, name: str, at_root: bool
    ) -> None:
        loaded = _load_config(tree, report_to, name)
        if loaded is None:
            return
        text, data = loaded
        lines = ConfigLines(text, config_kind(name))
        if name == site.config:
            site.zone_line = lines.line(("timezone",))
        prefix = "" if at_root else _dir_prefix(name)
        if not prefix:
            # The site's own address: a post linking its own GitHub Pages site joins nothing
            # (LINK007), as identity_records says for the other configurations (lnk13 A).
            result.own_urls.extend(u for u in own_site_urls(data) if u not in result.own_urls)
            site.authors |= _author_names(data)
        result.posts.extend(config_records(tree, name, lines, data, prefix))

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


# Data files that list a group blog's authors, one entry each (minimal-mistakes' authors.yml:
# ``key: {name, bio, location, links}``; a post's ``author: key`` picks its box).
_AUTHOR_LIST_STEMS = frozenset(("authors", "people", "team", "contributors"))
AUTHOR_ENTRY = "author_entry"  # Post.extra key: the entry of an author list a record is from


def _author_names(data: object) -> set[str]:
    """The site's author named by its root configuration (Jekyll ``author`` as a name or
    ``author.name``, Hugo ``params.author``), case-folded."""
    found: set[str] = set()
    if not isinstance(data, dict):
        return found
    params = data.get("params")
    for value in (data.get("author"), params.get("author") if isinstance(params, dict) else None):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():  # a name; a number is none (and may be huge)
            found.add(value.strip()[:200].casefold())
    return found


def _author_list(name: str, records: list[Post]) -> bool:
    """Whether a data file's records list two or more authors (``_AUTHOR_LIST_STEMS``, a
    mapping of entries): each record is marked with its entry (``AUTHOR_ENTRY``)."""
    parts = _segments(name)
    stem = parts[-1].rsplit(".", 1)[0].lower()
    if stem not in _AUTHOR_LIST_STEMS:
        return False
    entries = {str(r.extra.get("config_key", "")).split(".", 1)[0] for r in records
               if "." in str(r.extra.get("config_key", ""))}
    if len(entries) < 2:
        return False
    for record in records:
        key = str(record.extra.get("config_key", ""))
        if "." in key:
            record.extra[AUTHOR_ENTRY] = key.split(".", 1)[0]
    return True


def _keep_own_author_entries(result: SourceResult, sites: list[_Site]) -> None:
    """A group blog's author list: only the account's own entry is its profile; the guests'
    bios ("Paramedic in Bristol") are other people's and are left out of the detectors
    (rev13b 5: a guest's occupation read as the account's SELF010 and entered its dossier).
    The account's entry: the one whose key or name the root configuration's ``author`` names,
    else the one whose byline most of the site's posts carry, a post without a byline counting
    as the configuration's author's (themes show that author on it: a guest's one post of eleven
    is not "most posts", rev15b 3). None found: every entry is read as site text, none as the
    profile, and said. One pass over the records for all the sites (a tree of thousands of
    one-post sites); ``detectors.links.roles_of`` tells the entries the same way."""
    from collections import Counter

    by_file = {name: site for site in sites for name in site.author_lists}
    by_root = {site.root: site for site in sites}
    marked: dict[str, list[Post]] = {site.root: [] for site in sites}
    written: Counter[str] = Counter()  # site root -> its posts, with a byline or not
    bylines: dict[str, dict[str, set[str]]] = {site.root: {} for site in sites}  # root -> post -> bylines
    defaults: dict[str, set[str]] = {}  # root -> the author its configuration's ``defaults`` give

    def root_of(member: str) -> str | None:
        parts = _segments(member)
        prefixes = ("/".join(parts[:i]) + "/" if i else "" for i in range(len(parts) - 1, -1, -1))
        return next((r for r in prefixes if r in by_root), None)

    for post in result.posts:
        if post.kind != "config":
            root = root_of(post.id)
            if root is not None:
                written[root] += 1
        elif AUTHOR_ENTRY in post.extra and post.id.split("#", 1)[0] in by_file:
            marked[by_file[post.id.split("#", 1)[0]].root].append(post)
        elif str(post.extra.get("config_key", "")).lower() in ("defaults.values.author",
                                                               "defaults.values.author.name"):
            # Jekyll's front-matter defaults give every post without a byline this author.
            root = root_of(post.id.split("#", 1)[0])
            if root is not None and not post.extra.get("front_matter_of"):
                defaults.setdefault(root, set()).add(post.text.split(": ", 1)[-1].strip().casefold())
        elif post.extra.get("front_matter_of") and str(post.extra.get("config_key", "")).lower() in (
                "author", "authors", "author.name", "authors.name"):
            # A post's ``author: guest1``, counted for the site the post is in.
            member = str(post.extra["front_matter_of"])
            root = root_of(member)
            if root is not None:
                bylines[root].setdefault(member, set()).add(post.text.split(": ", 1)[-1].strip().casefold())
    others: set[int] = set()
    for site in sites:
        records = marked[site.root]
        if not records:
            continue
        names: dict[str, set[str]] = {}
        for record in records:
            entry = record.extra[AUTHOR_ENTRY]
            names.setdefault(entry, {entry.casefold()})
            if str(record.extra.get("config_key", "")) == f"{entry}.name":
                names[entry].add(record.text.split(": ", 1)[-1].strip().casefold())
        configured = site.authors | defaults.get(site.root, set())
        owners = [entry for entry, said in names.items() if said & configured]
        how = "the site's configuration names it as its author"
        if len(owners) != 1:
            # Most of all the site's posts: one without a byline is the configuration's author's, never
            # an entry's (a one-person blog's guest with 1 post of 11 is no owner).
            signed = bylines[site.root].values()
            owners = [entry for entry, said in names.items()
                      if 2 * sum(1 for by in signed if by & said) > written[site.root]]
            owners = owners if len(owners) == 1 else []  # co-authors of most posts: neither is told
            how = "most of the site's posts name it as their author"
        where = sorted(site.author_lists)[0]
        if owners:
            others.update(id(p) for p in records if p.extra[AUTHOR_ENTRY] != owners[0])
            result.notes.append((where, f"left out on purpose: {len(names) - 1} other author(s) of the "
                                        "site's author list are other people (guest writers): their names, "
                                        "bios and links say nothing about the account; its own entry was "
                                        f"read ({how})", f"{len(names) - 1} entries"))
            continue
        for record in records:
            record.extra.pop("profile", None)
        result.notes.append((where, f"the site's author list has {len(names)} entries and none could be "
                                    "told to be the account's (no `author` in the site's configuration names "
                                    "one, and no author writes most posts): each was read as site text, none "
                                    "as the account's profile", f"{len(names)} entries"))
    if others:
        result.posts[:] = [p for p in result.posts if id(p) not in others]


def _zone_in(data: dict[str, Any]) -> str | None:
    """A configuration's ``timezone`` (Jekyll) / ``timeZone`` (Hugo), when it is a zone name."""
    zone = data.get("timezone") or data.get("timeZone") or data.get("timezone".upper())
    if isinstance(zone, str) and re.fullmatch(r"[A-Za-z_+\-/0-9]{1,64}", zone):
        return zone
    return None


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


# -- site configuration ------------------------------------------------------
#
# Jekyll and Hugo keep the site's identity in its configuration, and themes publish it:
# jekyll-feed and jekyll-seo-tag write `author` (name, email), `title`, `description`,
# `url`, `twitter.username` and `social.links` into every page and the feed; minima's
# footer shows `email` and links `github_username`, `twitter_username`, `social_links`;
# Hugo themes show `copyright`, `params.author`, `params.email`, `params.social`,
# `params.socialIcons` and menu links.

# A value is published when a key on its path is one of these (or ends like below) ...
_PUBLISHED_KEYS = frozenset((
    "title", "subtitle", "tagline", "description", "author", "authors", "owner", "email",
    "mail", "url", "baseurl", "homepage", "website", "copyright", "repository", "bio", "about",
    "about_author", "location", "city", "address", "phone", "contact", "profile", "profilemode",
    "homeinfoparams", "social", "social_links", "sociallinks", "socialicons", "links", "me",
))
_PUBLISHED_SUFFIXES = ("_username", "_user", "_handle", "_email", "_url", "_link", "_name")
# ... or when it holds an address or a link; never under build settings (not published).
_BUILD_KEYS = frozenset((
    "exclude", "include", "keep_files", "plugins", "gems", "whitelist", "markdown", "kramdown",
    "sass", "highlighter", "module", "markup", "imaging", "build", "security", "caches", "minify",
    "outputformats", "mediatypes", "related", "permalinks", "permalink", "taxonomies",
    "frontmatter", "server", "deployment", "collections_dir", "theme", "remote_theme",
    "timezone", "time_zone",
))
_ADDRESS_OR_LINK = re.compile(r"https?://|mailto:|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}")
# Where a bare username leads: the profile link minima and most Hugo themes make of it.
_PROFILE_URLS = {
    "github": "https://github.com/{}", "gitlab": "https://gitlab.com/{}",
    "codeberg": "https://codeberg.org/{}", "twitter": "https://x.com/{}", "x": "https://x.com/{}",
    "instagram": "https://www.instagram.com/{}", "linkedin": "https://www.linkedin.com/in/{}",
    "facebook": "https://www.facebook.com/{}", "youtube": "https://www.youtube.com/{}",
    "keybase": "https://keybase.io/{}", "telegram": "https://t.me/{}", "medium": "https://medium.com/@{}",
    "reddit": "https://www.reddit.com/user/{}", "dribbble": "https://dribbble.com/{}",
    "flickr": "https://www.flickr.com/people/{}", "pinterest": "https://www.pinterest.com/{}",
    "tiktok": "https://www.tiktok.com/@{}", "bluesky": "https://bsky.app/profile/{}",
    "stackoverflow": "https://stackoverflow.com/users/{}", "twitch": "https://www.twitch.tv/{}",
}
_HANDLE = re.compile(r"@?([A-Za-z0-9][A-Za-z0-9_.\-]{0,63})")
MAX_CONFIG_RECORDS = 300
MAX_CONFIG_DEPTH = 8
MAX_CONFIG_LEVELS = 24  # nested mappings and lists, a list of lists counted too
MAX_CONFIG_NODES = 20_000  # mappings and lists visited in one file (aliases visit one many times)


def _norm_key(key: object) -> str:
    return as_text(key).strip().lower().replace("-", "_")


# The writer's words about themself in a site's configuration, as an X or Mastodon bio is
# (thirteenth session, src13 item 3): minimal-mistakes' and most themes' ``author: {bio,
# location}`` box, Hugo's ``[params.author]``, PaperMod's ``profileMode``/``homeInfoParams``, the
# site's own ``description``/``tagline`` (a personal blog's "Staff nurse in Leeds. Views my own.").
# Their records carry extra["profile"], so the text detectors read a verbless description as the
# writer's ('Staff nurse in Leeds': SELF010), as they do a bio.
_PROFILE_FIELDS = frozenset((
    "bio", "biography", "about", "about_me", "aboutme", "about_author", "description", "tagline",
    "subtitle", "intro", "headline", "location", "occupation", "job_title", "jobtitle",
))
_BIO_FIELDS = frozenset(("bio", "biography", "about", "about_me", "aboutme", "about_author", "description"))
# Where such a field is the writer's: the site's top level, or under these (an author data
# file, _data/authors.yml, is the author box whatever its keys: ``every``).
_PROFILE_PARENTS = frozenset((
    "params", "author", "authors", "owner", "profile", "profilemode", "homeinfoparams", "me",
    "about", "site",
))


def _profile_field(keys: tuple[str, ...], every: bool) -> bool:
    """Whether a configuration value is the writer's profile text (``_PROFILE_FIELDS``)."""
    if not keys or keys[-1] not in _PROFILE_FIELDS:
        return False
    return every or all(k in _PROFILE_PARENTS for k in keys[:-1])


def _published_key(key: str) -> bool:
    return key in _PUBLISHED_KEYS or key in _PROFILE_URLS or key.endswith(_PUBLISHED_SUFFIXES)


def _profile_url(keys: tuple[str, ...], value: str) -> str | None:
    """The profile link a theme makes of a bare username (``github_username: jdoe``,
    ``social_links: {github: jdoe}``, ``twitter: {username: jdoe}``)."""
    key = keys[-1]
    parent = keys[-2] if len(keys) > 1 else ""
    platform = key if key in _PROFILE_URLS else None
    stem = key.rsplit("_", 1)[0]
    if platform is None and stem in _PROFILE_URLS and key.endswith(("_username", "_user", "_handle")):
        platform = stem
    if platform is None and key in ("username", "user", "handle") and parent in _PROFILE_URLS:
        platform = parent
    match = _HANDLE.fullmatch(value.strip())
    if platform is None or match is None:
        return None
    return _PROFILE_URLS[platform].format(match.group(1))


def _leaves(data: object, base: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    """(key path, scalar) pairs of a parsed configuration in file order, bounded. A YAML
    alias can make a list hold itself (``a: &a [*a]``, two aliases, under the anchor
    cap): a list adds no key to the path, so nesting is counted apart from it, and
    every container met counts against a budget (it looped forever before 29 November)."""
    out: list[tuple[tuple[str, ...], object]] = []
    stack: list[tuple[tuple[str, ...], object, int]] = [(base, data, 0)]
    budget = MAX_CONFIG_NODES
    while stack and len(out) < MAX_CONFIG_RECORDS * 4 and budget > 0:
        where, value, level = stack.pop()
        if len(where) > MAX_CONFIG_DEPTH or level > MAX_CONFIG_LEVELS:
            continue
        if isinstance(value, dict):
            budget -= 1
            user, host = value.get("username"), value.get("instance")
            if isinstance(user, str) and isinstance(host, str):
                # minima: mastodon: [{username: jdoe, instance: mastodon.social}]
                out.append((where + ("url",), f"https://{host}/@{user.lstrip('@')}"))
            items = reversed(list(value.items())[:500])
            stack.extend((where + (as_text(k),), v, level + 1) for k, v in items)
        elif isinstance(value, list):
            budget -= 1
            stack.extend((where, v, level + 1) for v in reversed(value[:500]))
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            out.append((where, value))
    return out


# Where a record is in its file. The file's lines are indexed once by key path (a
# key on its own line inside its parent's block: YAML/JSON by indentation, TOML by
# [table] headers), so finding every record is linear in the file: searching each
# value through the whole file was records x lines (58 s for a Hugo site whose 21
# configuration files run to 60 KB each), and the first line holding a short or
# repeated value was often another key's.
_YAML_KEY = re.compile(
    r"""(?P<lead>[ \t]*(?:-[ \t]+)*)(?:"(?P<dq>[^"\n]{1,200})"|'(?P<sq>[^'\n]{1,200})'"""
    r"""|(?P<bare>[^\s"'#\[\]{},:\-][^:#\n]{0,200}?))[ \t]*:(?=[ \t]|$)""")
_TOML_NAME = r"""(?:"[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)"""
_TOML_TABLE = re.compile(rf"""[ \t]*\[\[?[ \t]*(?P<name>{_TOML_NAME}(?:[ \t]*\.[ \t]*{_TOML_NAME})*)"""
                         r"""[ \t]*\]\]?[ \t]*(?:#.*)?$""")
_TOML_KEY = re.compile(rf"""[ \t]*(?P<name>{_TOML_NAME}(?:[ \t]*\.[ \t]*{_TOML_NAME})*)[ \t]*=""")
_TOML_PART = re.compile(r""""([^"\n]*)"|'([^'\n]*)'|([A-Za-z0-9_-]+)""")


def _fold(key: object) -> str:
    return as_text(key).strip().casefold()


class ConfigLines:
    """A configuration file's lines indexed by key path, built once per file."""

    def __init__(self, text: str, kind: str) -> None:
        self.text = text
        self.starts = [0]  # offset where each line starts
        at = text.find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)
        self.keys: dict[tuple[str, ...], list[int]] = {}  # key path -> 1-based lines, in order
        self.ends: dict[int, int] = {}  # a key's line -> the last line of its block
        self._cursor: dict[tuple[str, ...], tuple[int, int]] = {}  # (hit, offset) where a path goes on
        lines = [line.rstrip("\r") for line in text.split("\n")]
        if kind == "toml":
            self._index_toml(lines)
        else:
            self._index_indented(lines)  # YAML; pretty-printed JSON nests the same way

    def _add(self, path: tuple[str, ...], number: int) -> None:
        self.keys.setdefault(path, []).append(number)

    def _index_indented(self, lines: list[str]) -> None:
        open_keys: list[tuple[int, str, int]] = []  # (column, key, line) of the enclosing keys
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            match = _YAML_KEY.match(line)
            # A key ends the blocks of its siblings and theirs; a list item or a
            # continuation line only those indented deeper than it.
            column = len(match.group("lead")) if match else len(line) - len(line.lstrip())
            closing = column if match else column + 1
            while open_keys and open_keys[-1][0] >= closing:
                self.ends[open_keys.pop()[2]] = number - 1
            if match:
                key = match.group("dq") or match.group("sq") or match.group("bare")
                path = tuple(_fold(k) for _, k, _ in open_keys) + (_fold(key),)
                self._add(path, number)
                self.ends[number] = number
                open_keys.append((column, key, number))
        for _, _, number in open_keys:
            self.ends[number] = len(lines)

    def _index_toml(self, lines: list[str]) -> None:
        table: tuple[str, ...] = ()
        table_line = key_line = 0
        for number, line in enumerate(lines, 1):
            header = _TOML_TABLE.match(line) if line.lstrip().startswith("[") else None
            key = None if header else _TOML_KEY.match(line)
            if not (header or key):
                continue
            if key_line:
                self.ends[key_line] = number - 1  # a key's block: its multi-line value
            if header:
                if table_line:
                    self.ends[table_line] = number - 1
                table = self._parts(header.group("name"))
                self._add(table, number)
                table_line, key_line = number, 0
            elif key:
                self._add(table + self._parts(key.group("name")), number)
                key_line = number
        for number in (table_line, key_line):
            if number:
                self.ends[number] = len(lines)

    @staticmethod
    def _parts(name: str) -> tuple[str, ...]:
        return tuple(_fold(next(g for g in m.groups() if g is not None)) for m in _TOML_PART.finditer(name))

    def _line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def _end(self, number: int) -> int:
        """Offset just past the block of the key on line ``number``."""
        last = self.ends.get(number, number)
        return self.starts[last] if last < len(self.starts) else len(self.text)

    def line(self, path: tuple[str, ...], value: str | None = None) -> int | None:
        """1-based line of the record at ``path`` (its value when it is in the key's
        block, else the key). Records of one path are asked for in file order (a list,
        an array of tables): each goes on from where the one before was found."""
        keys = tuple(_fold(k) for k in path)
        probe = value.strip().splitlines()[0][:60] if value and value.strip() else ""
        depth = len(keys)
        while depth and keys[:depth] not in self.keys:
            depth -= 1  # a flow mapping or inline table: look in the nearest key's block
        if not depth:
            at = self.text.find(probe) if probe else -1
            return self._line_of(at) if at >= 0 else None
        hits = self.keys[keys[:depth]]
        first, offset = self._cursor.get(keys, (0, 0))
        hit = first
        while probe and hit < len(hits):
            at = self.text.find(probe, max(self.starts[hits[hit] - 1], offset), self._end(hits[-1]))
            if at < 0:
                break
            hit = max(hit, bisect_right(hits, self._line_of(at)) - 1)
            if at < self._end(hits[hit]):
                self._cursor[keys] = (hit, at + len(probe))
                return self._line_of(at)
            hit, offset = hit + 1, 0  # between two blocks: another key's text
        # Not written out as read (an escape, a value built from others): the key's line.
        self._cursor[keys] = (first + 1, 0)
        return hits[min(first, len(hits) - 1)]


def _dir_prefix(name: str) -> str:
    """The key a file of Hugo's configuration directory stands for: params.toml holds
    [params]; hugo.* and config.* hold the root."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "" if stem in ("hugo", "config") else stem


def config_records(
    tree: Tree, name: str, lines: ConfigLines, data: object, prefix: str = "", *, every: bool = False,
    links_only: bool = False,
) -> list[Post]:
    """One record (kind "config") per published field of a site configuration: its text
    is ``key.path: value`` plus the profile link a username becomes, its location the
    file, key path and line. Not posts: no time, not counted, left out of timing and style.
    ``every``: every value is published (an author data file is the author box);
    ``links_only``: only addresses and links (a menu's data file)."""
    records: list[Post] = []
    seen: set[tuple[str, str]] = set()
    for path, value in _leaves(data, (prefix,) if prefix else ()):
        keys = tuple(_norm_key(k) for k in path)
        if (not keys and not every) or (keys and keys[0] in _BUILD_KEYS):
            continue
        shown = as_text(value).strip()[:2000]
        # Menus: only their links out of the site (a menu's names and own pages say nothing).
        published = not links_only and (every or keys == ("name",) or (
            not any(k in ("menu", "menus") for k in keys) and any(_published_key(k) for k in keys)
        ))
        if not shown or not (published or _ADDRESS_OR_LINK.search(shown)):
            continue
        dotted = ".".join(path) or "(item)"  # a list's bare strings: links: [https://...]
        if (dotted, shown) in seen:
            continue
        seen.add((dotted, shown))
        url = _profile_url(keys, shown) if keys and isinstance(value, str) and "://" not in shown else None
        records.append(
            Post(
                id=f"{name}#{dotted}#{len(records)}",
                timestamp=None,
                text=f"{dotted}: {shown}" + (f" ({url})" if url else ""),
                origin=Origin(path=tree.display(name), record=dotted,
                              line=lines.line(path[1:] if prefix else path, shown)),
                kind="config",
                extra={"config_key": dotted, **({"urls": [url]} if url else {}),
                       **({"profile": True} if not links_only and _profile_field(keys, every) else {})},
            )
        )
        if len(records) >= MAX_CONFIG_RECORDS:
            break
    return _without_repeated_location(records)


def _without_repeated_location(records: list[Post]) -> list[Post]:
    """The records less a profile's ``location`` whose every word its bio beside it says
    (``author: {bio: "Staff nurse in Leeds", location: Leeds}``): one author box naming a place
    once, as X's profile is read (twitter.repeats_words), not two mentions raising PLACE001."""
    from nymaudit.sources.twitter import repeats_words

    def parent(post: Post) -> str:
        return str(post.extra.get("config_key", "")).rpartition(".")[0]

    def leaf(post: Post) -> str:
        return _norm_key(str(post.extra.get("config_key", "")).rpartition(".")[2])

    bios: dict[str, str] = {}
    for post in records:
        if post.extra.get("profile") and leaf(post) in _BIO_FIELDS:
            bios[parent(post)] = bios.get(parent(post), "") + " " + post.text.partition(": ")[2]
    if not bios:
        return records
    return [post for post in records if not (
        post.extra.get("profile") and leaf(post) == "location" and parent(post) in bios
        and repeats_words(post.text.partition(": ")[2], bios[parent(post)]))]


# Front-matter fields themes publish with a post (besides its title and body): the
# excerpt on index pages and in the feed, subtitle, the author box of a post's own
# author, tags and categories pages, the caption and alt text of its header image.
_PUBLISHED_FRONT_MATTER = frozenset((
    "excerpt", "description", "summary", "subtitle", "tagline", "lead", "caption", "alt", "author",
    "authors", "tags", "categories", "keywords",
))
# Keys of a post's header image whose text is shown (the path itself is an attachment).
_IMAGE_PARENTS = frozenset((
    "image", "header", "cover", "featured_image", "feature", "thumbnail", "banner", "header_image",
    "og_image", "hero", "images",
))
_IMAGE_TEXT = frozenset(("caption", "alt", "alt_text", "title", "credit", "attribution"))


def _image_text(value: object) -> object:
    """The shown text of a header image's mapping (or list of mappings); None when none."""
    if isinstance(value, dict):
        kept = {k: v for k, v in value.items() if _norm_key(k) in _IMAGE_TEXT}
        return kept or None
    if isinstance(value, list):  # Hugo's images: a list of mappings; never deeper (an alias may loop)
        kept_items = [item for item in (_image_text(v) for v in value[:100] if isinstance(v, dict))
                      if item is not None]
        return kept_items or None
    return None


def front_matter_records(
    tree: Tree, name: str, text: str, fm: FrontMatter, skip: set[str] | frozenset[str] = frozenset(),
) -> list[Post]:
    """The published text fields of a post's front matter (``_PUBLISHED_FRONT_MATTER``,
    a header image's caption and alt) as records the text detectors read, each with its
    line; ``skip``: keys the post itself already holds (its title, the description
    made its body's head). Not posts: no time, not counted."""
    published: dict[str, Any] = {}
    for key, value in fm.data.items():
        norm = _norm_key(key)
        if norm in skip:
            continue
        if norm in _PUBLISHED_FRONT_MATTER:
            published[as_text(key)] = value
        elif norm in _IMAGE_PARENTS:
            shown = _image_text(value)
            if shown is not None:
                published[as_text(key)] = shown
    if not published:
        return []
    head = text[: max(0, len(text) - len(fm.body))]
    records = config_records(tree, name, ConfigLines(head, fm.kind), published, every=True)
    for record in records:
        record.extra["front_matter_of"] = name  # reports say "front matter", not "site configuration"
    return records


def own_site_urls(data: object) -> list[str]:
    """The site's own address (Jekyll ``url``, Hugo ``baseURL``): a post linking to its
    own site joins nothing (LINK007 leaves it out)."""
    if not isinstance(data, dict):
        return []
    found = []
    for key, value in list(data.items())[:2000]:
        if _norm_key(key) in ("url", "baseurl") and isinstance(value, str) \
                and value.strip().startswith(("http://", "https://")) and len(value) <= 300:
            found.append(value.strip())
    return found


def identity_records(
    tree: Tree, result: SourceResult, kind: str, name: str, parts: list[str] | None = None
) -> list[Post]:
    """The records of one of a site's identity files (``_identity_file`` kinds); its
    problems go to ``result``. ``parts``: the file's path, when ``name`` is not it."""
    if kind in ("config", "config_dir"):
        loaded = _load_config(tree, result, name)
        if loaded is None:
            return []
        text, data = loaded
        prefix = _dir_prefix(name) if kind == "config_dir" else ""
        result.own_urls.extend(u for u in own_site_urls(data) if u not in result.own_urls)
        return config_records(tree, name, ConfigLines(text, config_kind(name)), data, prefix)
    if kind == "cname":
        return _cname_records(tree, result, name)
    if kind == "author":
        return _author_page_records(tree, result, name)
    if kind == "well_known":
        return _well_known_records(tree, result, name)
    loaded_data = _load_data(tree, result, name)
    if loaded_data is None:
        return []
    text, data = loaded_data
    parts = parts or _segments(name)
    stem = (parts[-1].rsplit(".", 1)[0] if len(parts) < 2 or parts[-2] in DATA_EXTENSIONS
            else parts[-2]).lower()
    links_only = stem in _LINKS_ONLY_STEMS
    return config_records(tree, name, ConfigLines(text, config_kind(name)), data,
                          every=not links_only, links_only=links_only)


MAX_CNAME_BYTES = 1024


def _cname_records(tree: Tree, result: SourceResult, name: str) -> list[Post]:
    """GitHub Pages' ``CNAME``: the site's own domain. Visitors see it; what it adds is a
    name to look up (its registration and WHOIS history may name the owner), and the
    link rules see an employer's or a town's domain. One record, ``CNAME: domain``."""
    text = read_member_text(tree, result, name, MAX_CNAME_BYTES)
    if text is None:
        return []
    number, domain = next(((n, line.strip()) for n, line in enumerate(text.splitlines(), 1)
                           if line.strip()), (1, ""))
    if not domain:
        return []
    if not _DOMAIN.fullmatch(domain):
        result.error(name, "CNAME does not hold a domain name; not read")
        return []
    domain = domain.rstrip(".").lower()
    url = f"https://{domain}/"
    return [Post(id=f"{name}#CNAME#0", timestamp=None, text=f"CNAME: {domain} ({url})",
                 origin=Origin(path=tree.display(name), record="CNAME", line=number), kind="config",
                 extra={"config_key": "CNAME", "urls": [url]})]


def _well_known_records(tree: Tree, result: SourceResult, name: str) -> list[Post]:
    """A file of ``.well-known/``, served at a fixed address for machines to find: a
    Keybase proof (``keybase.txt``: "I am jdoe on keybase"), ``security.txt``'s
    Contact, a Mastodon ``webfinger`` alias, Nostr's ``nostr.json`` names, Bluesky's
    ``atproto-did``. JSON: every value, as a data file; text: each line holding an
    address, a link or a DID, as a record named by the file and line."""
    text = read_member_text(tree, result, name, MAX_FRONT_MATTER)
    if text is None:
        return []
    if extension(name) == "json" or text.lstrip().startswith("{"):
        data, error = _parse_any("json", text, DATA_FILE)
        if error:
            result.error(name, error)
            return []
        return config_records(tree, name, ConfigLines(text, "json"), data, every=True)
    shown = tree.display(name)
    file = _segments(name)[-1]
    records: list[Post] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()[:2000]
        if line and (_ADDRESS_OR_LINK.search(line) or line.startswith("did:")):
            records.append(Post(id=f"{name}#{number}", timestamp=None, text=f"{file}: {line}",
                                origin=Origin(path=shown, record=file, line=number), kind="config",
                                extra={"config_key": file}))
            if len(records) >= MAX_CONFIG_RECORDS:
                break
    return records


def _author_page_records(tree: Tree, result: SourceResult, name: str, body: bool = True) -> list[Post]:
    """An author page (Hugo ``content/authors/<name>/_index.md``, the taxonomy term page
    themes fill from its front matter: name, role, e-mail, social links, the body being
    the bio; Jekyll ``_authors/<name>.md``): every front-matter value and the bio, as
    records. Not a post: no date, and the reader leaves these pages out of the posts."""
    text = read_member_text(tree, result, name, MAX_FRONT_MATTER)
    if text is None:
        return []
    fm = split_front_matter(text)
    if fm.error:
        result.error(name, fm.error)
    records = (config_records(tree, name, ConfigLines(text, fm.kind), fm.data, every=True)
               if fm.kind else [])
    bio = fm.body.strip() if body else ""
    if bio and len(records) < MAX_CONFIG_RECORDS:
        if extension(name) in ("html", "htm"):
            bio = html_to_text(bio)
        lead = len(fm.body) - len(fm.body.lstrip())
        records.append(Post(id=f"{name}#body#{len(records)}", timestamp=None, text=f"body: {bio}",
                            origin=Origin(path=tree.display(name), record="body",
                                          line=fm.body_line + fm.body.count("\n", 0, lead)),
                            kind="config", extra={"config_key": "body"}))
    return records


# -- a configuration file on its own (`nymaudit check _config.yml`) ------------

_JEKYLL_CONFIG = re.compile(r"_config(?:\.[^/]+)?\.ya?ml")  # _config.yml, _config.production.yml
# Folders only a Hugo site has beside its config.toml (another program's config.yaml
# sits in folders of every kind).
_HUGO_SITE_DIRS = ("content", "archetypes", "themes", "layouts")


def site_config_file(path: Path) -> bool:
    """Whether ``path`` is a file of a site's configuration, data or identity as the
    blog reader reads one (``site_file_kind``)."""
    return site_file_kind(path) is not None


def site_file_kind(path: Path) -> str | None:
    """What a file given on its own is to a site the blog reader reads: "config" for
    Jekyll's ``_config.yml`` (and ``_config.*.yml``), Hugo's ``hugo.toml|yaml|json``,
    ``config.toml|yaml|json`` beside a Hugo site's folders, and the files of Hugo's
    configuration directory (``config/_default/``, or an environment's beside it);
    "_data" / "data" for a data file themes render as the author box or menus
    (``_data/authors.yml``; Hugo's ``data/`` beside a Hugo site), "author" for an author
    page (Hugo's beside a Hugo site; Jekyll's ``_authors/``), "cname" for ``CNAME``,
    "well_known" for a file of ``.well-known/``; None for anything else."""
    name = path.name
    try:
        if not path.is_file():
            return None
        if _JEKYLL_CONFIG.fullmatch(name) or name in ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"):
            return "config"
        folder = path.parent
        if name in ("config.toml", "config.yaml", "config.yml", "config.json"):
            return "config" if _hugo_site(folder) else None
        if (extension(name) in CONFIG_EXTENSIONS and folder.parent.name == "config"
                and (folder.name == "_default" or (folder.parent / "_default").is_dir())):
            return "config"
        parts = list(path.parts)
        found = _identity_file(parts) if len(parts) > 1 else None
        if found is None:
            return "cname" if name == "CNAME" else None
        at, kind = found
        if kind in ("config", "config_dir"):
            return None  # an environment folder without config/_default/ beside it: not Hugo's
        root = Path(*parts[:at]) if at else Path(".")
        if (kind == "data" or (kind == "author" and parts[-2] != "_authors")) and not _hugo_site(root):
            return None  # data/ and content/ in a folder that is no Hugo site: not published
        return kind
    except (OSError, ValueError):
        return None


def _hugo_site(folder: Path) -> bool:
    return any((folder / d).is_dir() for d in _HUGO_SITE_DIRS) or any(
        (folder / f"hugo.{ext}").is_file() for ext in ("toml", "yaml", "yml", "json"))


def read_config_file(path: Path, zones: list[dict[str, Any]] | None = None) -> SourceResult:
    """The published fields of one site file (``site_file_kind``) given on its own, as
    records of kind "config" like those of a site the reader reads. A configuration's
    ``timezone:`` is added to ``zones`` ({zone, path, line}): the site publishes every
    post's date with its offset. An author page gives its front matter only: its body
    is read as a post."""
    from nymaudit.sources.tree import FileTree

    tree = FileTree(path)
    result = SourceResult(tree)
    name = path.name
    kind = site_file_kind(path)
    if kind not in (None, "config"):
        try:
            if kind == "author":
                result.posts.extend(_author_page_records(tree, result, name, body=False))
            else:
                result.posts.extend(identity_records(tree, result, kind, name, list(path.parts)))
        except Exception as exc:  # an input error (check fails closed on it), never a traceback
            _unexpected(result, name, "site file", exc)
        return result
    loaded = _load_config(tree, result, name)
    if loaded is None:
        return result
    text, data = loaded
    in_config_dir = path.parent.parent.name == "config" and not _JEKYLL_CONFIG.fullmatch(name)
    prefix = _dir_prefix(name) if in_config_dir else ""
    try:
        lines = ConfigLines(text, config_kind(name))
        result.posts.extend(config_records(tree, name, lines, data, prefix))
        zone = _zone_in(data) if not prefix else None
        if zone is not None and zones is not None:
            zones.append({"zone": zone, "path": tree.display(name), "line": lines.line(("timezone",))})
    except Exception as exc:  # an input error (check fails closed on it), never a traceback
        _unexpected(result, name, "site configuration", exc)
    return result


def _zone_source(data: dict[str, Any], filename: str, site: _Site, tree: Tree) -> dict[str, Any]:
    """Marks a post whose offset came from the site's ``timezone:`` rather than its own
    date (``date: 2025-05-18 08:05:00`` read in Europe/Paris), so TIME007 can name the
    configuration. The site still publishes that offset (feed and page metadata)."""
    if site.config is None:
        return {}
    plain, _ = BlogReader._date(data, filename, _Site(site.root, site.engine))
    if plain is None or not plain.naive:
        return {}
    return {
        "offset_source": "site configuration",
        "site_config": tree.display(site.config),
        "site_config_line": site.zone_line,
    }


READER = BlogReader()


def _behind_links(unresolved: list[str], post_name: str, root: str, tree: Tree) -> list[str]:
    """Input errors for what a post embeds through a link the folder walk did not follow (a
    linked assets/ of the writer's photos): the photo is published and nothing checked it,
    which `check` already failed on; `scan` said only an info note, and a site whose GPS photo
    sat behind the link read "risk NONE" (walkthrough walk12b 1, 2026-11-30)."""
    linked = [(name, kind) for name, kind in getattr(tree, "not_followed", []) if kind in ("folder", "link")]
    if not unresolved or not linked:
        return []
    said: list[str] = []
    post_dir = posixpath.dirname(post_name)
    for path in unresolved[:50]:
        for candidate in (posixpath.normpath(c) for c in candidate_paths(path, post_dir, root)):
            through = next((kind for name, kind in linked
                            if candidate == name or (kind == "folder" and candidate.startswith(name + "/"))),
                           None)
            if through is not None:
                what = "the folder it points to" if through == "folder" else "the file itself"
                said.append(f"embeds {path}, which was not checked: it is reached through a symbolic "
                            f"link, which is never followed (give {what} as an input of its own)")
                break
    return said


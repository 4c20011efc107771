"""SELF001 (e-mail addresses) and SELF002 (phone numbers) in the writer's own text; SELF006 (a
person's name as the author in a site's configuration) and SELF007 (an address at an organisation's
own domain in a site's configuration or the account's profile)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, snippet
from nymaudit.model import DetectorResult, Finding, Origin, Post
from nymaudit.rules import load_file, rule
from nymaudit.text.normalize import origin_at
from nymaudit.text.tally import SheetNumbers, in_document, record_said, sheet_numbers

# A post is scanned up to this many characters: a 5 MB paste is still checked in
# its first megabyte, which bounds the time of a scan.
MAX_SCAN_CHARS = 1_000_000


def _normalise_phone(raw: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith("+"):
        digits = "+" + digits
    count = len(digits.lstrip("+"))
    return digits if 10 <= count <= 15 else None


@cache
def _contact_data() -> dict[str, Any]:
    return dict(load_file("core").get("contact", {}))


# Gutenberg's marker lines are matched as Gutenberg writes them: case-sensitively, "^" at a line's start;
# in a text written all in lower case or all in capitals ("*** end of the project gutenberg ebook",
# a lower-cased copy), ignoring case: caseless text is never read more loosely than cased (red15 F9).
_EXACT_KEYS = frozenset({"start_markers", "end_markers", "end_markers_confirmed"})


@cache
def _compiled(key: str, caseless: bool = False) -> re.Pattern[str] | None:
    patterns = [str(p) for p in _contact_data().get(key, ())]
    flags = (re.M | (re.I if caseless else 0)) if key in _EXACT_KEYS else re.I
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


def _caseless(text: str) -> bool:
    """A text with no case of its own (all lower case or all capitals): a marker line is matched in
    it ignoring case."""
    return bool(text) and (text.islower() or text.isupper())


def _markers(text: str, key: str) -> re.Pattern[str] | None:
    """The marker lines ``key`` as they are looked for in ``text``."""
    return _compiled(key, _caseless(text[:MAX_SCAN_CHARS]))


@cache
def _example_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """The reserved domains, and the endings of a name at or under one of them."""
    data = _contact_data()
    domains = [str(d) for d in data.get("example_domains", ())]
    endings = [f".{d}" for d in domains] + [f".{s}" for s in data.get("example_suffixes", ())]
    return frozenset(domains + [str(s) for s in data.get("example_suffixes", ())]), tuple(endings)


def example_address(address: str) -> bool:
    """Whether an e-mail address (or a host) is at a name reserved for examples (RFC 2606,
    RFC 6761: example.com, anything.example, .test, .invalid, .localhost): it reaches no one."""
    host = address.rpartition("@")[2].strip().rstrip(".").lower()
    names, endings = _example_names()
    return host in names or host.endswith(endings)


def fictional_number(digits: str) -> bool:
    """Whether a normalised phone number (``_normalise_phone``) is one reserved for fiction
    and examples (North America's 555-0100 to 555-0199)."""
    regex = _compiled("fictional_numbers")
    return bool(regex and regex.match(digits))


# Records of one document, read in order: a novel's paragraphs after Project Gutenberg's end
# line are its licence, however many records that takes.
def boilerplate_spans(posts: list[Post]) -> dict[int, list[tuple[int, int]]]:
    """Where licence and publisher boilerplate stands in ``posts`` (heuristics/core.toml
    [contact]): ``id(post)`` -> (start, end) offsets in its text. A document's paragraph or page
    before its Project Gutenberg start line or after its end line is boilerplate from end to end;
    in the record holding such a line, the part before (start) or from (end) it; a Creative
    Commons notice where it stands. Any detector may leave what it finds there out (the
    publisher's address is no clue to the writer)."""
    start_re, end_re, notice_re = (_compiled(k) for k in ("start_markers", "end_markers", "notice_patterns"))
    older_end_re, licence_re = _compiled("end_markers_confirmed"), _compiled("licence_markers")
    spans: dict[int, list[tuple[int, int]]] = {}
    by_file: dict[str, list[Post]] = {}
    marked: dict[str, list[Post]] = {}
    for post in posts:
        by_file.setdefault(post.origin.path, []).append(post)
        text = post.text
        # Plain substring tests first ("Creative Commons", "creativecommons", "GUTENBERG"): a regex
        # search of every post made SELF001 half as slow again.
        if text and ("utenberg" in text or "UTENBERG" in text):
            marked.setdefault(post.origin.path, []).append(post)
        if notice_re is not None and text and ("ommons" in text or "OMMONS" in text):
            for m in notice_re.finditer(text[:MAX_SCAN_CHARS]):
                spans.setdefault(id(post), []).append((m.start(), m.end()))
    if start_re is None and end_re is None and older_end_re is None:
        return spans
    # A document's paragraphs and pages are read as one text, in order; any other record (a tweet
    # in an archive quoting Gutenberg's end line) on its own, never the records after it.
    texts: list[list[Post]] = []
    for path, found in marked.items():
        texts.extend([by_file[path]] if in_document(found[0].origin) else [[post] for post in found])
    for records in texts:
        begin, offset = 0, 0  # where the end line is looked for: after the start line
        started = False
        for i, post in enumerate(records):
            found_start = _markers(post.text, "start_markers") if start_re and post.text else None
            m = found_start.search(post.text[:MAX_SCAN_CHARS]) if found_start else None
            if m:
                for before in records[:i]:
                    spans.setdefault(id(before), []).append((0, len(before.text)))
                spans.setdefault(id(post), []).append((0, m.end()))
                begin, offset, started = i, m.end(), True
                break
        # The older "End of the Project Gutenberg EBook of" line counts only beside the start line or
        # Gutenberg's licence text: alone it is as likely a sentence of the writer's own.
        older = bool(older_end_re) and (started or _has_licence(records, licence_re))
        for i in range(begin, len(records)):
            post = records[i]
            if not post.text:
                continue
            m = _first_end(post.text, offset if i == begin else 0, _markers(post.text, "end_markers"),
                           _markers(post.text, "end_markers_confirmed") if older else None)
            if m:
                spans.setdefault(id(post), []).append((m.start(), len(post.text)))
                for after in records[i + 1:]:
                    spans.setdefault(id(after), []).append((0, len(after.text)))
                break
    return spans


def _has_licence(records: list[Post], licence_re: re.Pattern[str] | None) -> bool:
    """Whether any of ``records`` holds Project Gutenberg's licence text (heuristics licence_markers)."""
    return licence_re is not None and any(
        isinstance(post.text, str) and licence_re.search(post.text[:MAX_SCAN_CHARS]) for post in records)


def _first_end(text: str, offset: int, *regexes: re.Pattern[str] | None) -> re.Match[str] | None:
    """The earliest match in ``text`` from ``offset`` of any of ``regexes`` (None: not looked for)."""
    if not text:
        return None
    found = [m for regex in regexes if regex is not None
             for m in [regex.search(text[:MAX_SCAN_CHARS], offset)] if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _served_records(posts: list[Post]) -> dict[int, str]:
    """id(record) -> file, for the records of a file a site serves under /.well-known/ that is no
    identity file (security.txt): an address there is whom to report security problems to, often
    the host's or a bug-bounty platform's, not the writer's (review rev14a item 7)."""
    from nymaudit.detectors.links import record_role
    from nymaudit.text import links as L

    served: dict[int, str] = {}
    for post in posts:
        if post.kind == "config":
            role, file = record_role(post)
            if role == L.SERVED:
                served[id(post)] = file
    return served


class _PlacesSaid:
    """The records of posts as SELF001 and SELF002's messages name them: a sheet by its position
    among the workbook's sheets that hold text ("sheet 2, cell A2"), as ``text.tally.where`` names
    it; the finding's location keeps the name, which --redact masks (red15 F4)."""

    def __init__(self, posts: list[Post]) -> None:
        self._posts = posts
        self._numbers: SheetNumbers | None = None

    def __call__(self, posts: list[Post], limit: int = 3) -> str:
        ids = [self.record(p) for p in posts[:limit]]
        more = len(posts) - limit
        return ", ".join(ids) + (f" and {more} more" if more > 0 else "")

    def record(self, post: Post) -> str:
        if post.kind != "file" or not post.origin.record:
            return post.origin.record or post.id
        if self._numbers is None:
            self._numbers = sheet_numbers(p for p in self._posts if p.kind == "file")
        return record_said(post.origin, self._numbers) or post.id


def _evidence(post: Post, body: str, start: int, end: int, served: dict[int, str]) -> str:
    """The evidence of a hit: the words around it; in a file a site serves, its value without the
    record's key, which is the file's name ("security.txt: Contact: ..." made --redact mask the word
    "security" in the message, red15 F10)."""
    file = served.get(id(post))
    prefix = f"{file}: " if file else ""
    if prefix and body.startswith(prefix) and start >= len(prefix):
        return snippet(body[len(prefix):], start - len(prefix), end - len(prefix))
    return snippet(body, start, end)


def security_contact(address: str) -> bool:
    """Whether an address is a security or role mailbox (security@, abuse@, psirt@) or at a
    bug-bounty platform or host (heuristics/core.toml [contact]): whom a site sends reports to, not
    its owner's own mailbox."""
    local, _, host = address.lower().rpartition("@")
    data = _contact_data()
    roles = {str(r) for r in data.get("security_role_mailboxes", ())}
    platforms = frozenset(str(d) for d in data.get("security_platform_domains", ()))
    return local.split("+", 1)[0] in roles or _at_domain(f"@{host}", platforms)


# Where a site generator keeps the files it serves as they are (Hugo static/, Hexo source/, public/).
_SERVED_FOLDER = re.compile(r"(?:^|(?<=/))(?:static|public|source|assets)/\Z", re.I)


def _site_root(path: str) -> str | None:
    """The folder of the site a served file (``.well-known/security.txt``) belongs to ("" for the
    input's top, else ending in "/"); None when the path is in no .well-known folder."""
    path = path.replace("\\", "/")
    at = f"/{path}".find("/.well-known/")
    return None if at < 0 else _SERVED_FOLDER.sub("", path[:at])


def _personal_served(posts: list[Post], served: dict[int, str]) -> set[int]:
    """ids of the served records (``_served_records``) of personal sites: a folder with a site's
    configuration file whose posts and author data name one author at most (a team blog's
    security.txt is the team's or its host's). The owner of a personal site writes its
    security.txt: an address there is theirs, as anywhere else on the site (red15 F10)."""
    from nymaudit.detectors.links import site_config_record

    roots = {root for post in posts if id(post) in served
             if (root := _site_root(post.origin.path)) is not None}
    if not roots:
        return set()
    configured: set[str] = set()
    authors: dict[str, set[str]] = {root: set() for root in roots}
    for post in posts:
        if post.kind != "config":
            continue
        path = post.origin.path.replace("\\", "/")
        root = max((r for r in roots if path.startswith(r)), key=len, default=None)
        if root is None or _theme_copy(path):
            continue
        rest = path[len(root):]
        extra = post.extra if isinstance(post.extra, dict) else {}
        if extra.get("front_matter_of"):
            byline = str(extra.get("config_key", "")).split(".")[0].lower() in ("author", "authors")
            if byline and _value(post):
                authors[root].add(squashed(_value(post)))
        elif site_config_record(post) and ("/" not in rest or rest.startswith("config/")):
            configured.add(root)
        elif (entry := _author_entry(post)) is not None:
            authors[root].add(squashed(entry[1]))  # an entry of the site's author data
    personal = {root for root in configured if len(authors[root]) <= 1}
    return {id(post) for post in posts if id(post) in served and _site_root(post.origin.path) in personal}


def _at_domain(address: str, domains: frozenset[str]) -> bool:
    """Whether an e-mail address is at one of ``domains`` (registered domains) or under one."""
    host = address.rpartition("@")[2].strip().rstrip(".").lower()
    return any(host == d or host.endswith(f".{d}") for d in domains)


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    boilerplate = boilerplate_spans(ctx.corpus.posts)
    served = _served_records(ctx.corpus.posts)
    # An address at the site's own domain in security.txt is the owner's own contact: as anywhere.
    own_domains = _published_as(ctx.corpus.posts, ctx.corpus.own_urls)[1] if served else frozenset()
    # On a personal site (one author) the owner writes security.txt: their address there is theirs.
    owners = _personal_served(ctx.corpus.posts, served) if served else set()
    places = _PlacesSaid(ctx.corpus.posts)
    for rule_id, normalise in (("SELF001", str.lower), ("SELF002", _normalise_phone)):
        found = rule(rule_id)
        regex = found.regex
        assert regex is not None
        hits: dict[str, list[tuple[Post, str, Origin]]] = defaultdict(list)
        not_contact = example_address if rule_id == "SELF001" else fictional_number
        for post in ctx.corpus.authored_posts():
            for text in (post.title or "", post.text):
                if not text:
                    continue
                body = text[:MAX_SCAN_CHARS]
                spans = boilerplate.get(id(post), ()) if text is post.text else ()
                for m in regex.finditer(body):
                    if rule_id == "SELF001" and body[max(0, m.start() - 5):m.start()].lower() == "acct:":
                        continue  # a WebFinger account (acct:user@host), not a mailbox: LINK007's
                    if spans and any(start <= m.start() < end for start, end in spans):
                        continue  # a licence's or publisher's address (Project Gutenberg's), not the writer's
                    key = normalise(m.group(0))
                    if key and not_contact(key):
                        continue  # john.doe@example.com, (555) 555-0123: a template's example value
                    if key:
                        # Only the first hit's location is reported: count lines for that one.
                        first = not hits[key] and text is post.text
                        at = origin_at(post, m.start()) if first else post.origin
                        hits[key].append((post, _evidence(post, body, m.start(), m.end(), served), at))
        for key, items in hits.items():
            # Each post once: an address repeated in one post listed "x.md, x.md, x.md".
            posts = list({id(p): p for p, _, _ in items}.values())
            thing = "address" if rule_id == "SELF001" else "number"
            if len(posts) > 1:
                # A document's page or paragraph is no post (thirteenth session, rfx13's proposal).
                in_docs = [in_document(p.origin) for p in posts]
                noun = (plural(len(posts), "place in a document", "places in documents") if all(in_docs)
                        else plural(len(posts), "post or document", "posts and documents") if any(in_docs)
                        else plural(len(posts), "post"))
                said = f"The same {thing} appears in {noun} (records {places(posts)})."
            else:
                said = f"{'An' if thing == 'address' else 'A'} {thing} appears in record {places(posts)}."
            files = {served.get(id(p)) for p in posts}
            if rule_id == "SELF001" and None not in files and not _at_domain(key, own_domains) \
                    and all(id(p) in owners for p in posts) and not security_contact(key):
                file = sorted(str(f) for f in files)[0]
                result.findings.append(found.finding(
                    f"An address appears in the site's .well-known/{file}, on a site with one author: the "
                    "owner of a personal site writes that file, so the address is most likely the writer's "
                    "own, served to anyone (and any crawler) that asks the site whom to report a problem to.",
                    evidence=items[0][1], location=items[0][2], clue_value=key))
                continue
            if rule_id == "SELF001" and None not in files and not _at_domain(key, own_domains):
                # Only in security.txt, at another domain: a contact for security reports, usually the
                # host's or a bug-bounty platform's (low).
                file = sorted(str(f) for f in files)[0]
                result.findings.append(found.finding(
                    f"An address appears in the site's .well-known/{file}, which names "
                    "whom to report security problems to: usually the site's host or a bug-bounty platform, "
                    "and the writer's own address only if they put it there.",
                    evidence=items[0][1], location=items[0][2], clue_value=key, severity="low",
                    confidence="low"))
                continue
            result.findings.append(
                found.finding(
                    said,
                    evidence=items[0][1],
                    location=items[0][2],
                    clue_value=key,
                )
            )
    result.findings.extend(identity_findings(ctx.corpus.posts, ctx.corpus.own_urls, owners,
                                             known_names(ctx.known or {})))
    return result


def known_names(known: dict[str, Any]) -> list[str]:
    """The names the writer's --known writing (their real identity's) goes by: each label that reads
    as a person's name, and the bylines and configured authors of its posts and site."""
    names: list[str] = []
    for label, corpus in known.items():
        label = " ".join(str(label).replace("_", " ").replace("-", " ").split())
        if person_name(label) or person_name(label.title()):
            names.append(label)
        for post in getattr(corpus, "posts", ())[:100_000]:
            extra = post.extra if isinstance(post.extra, dict) else {}
            key = str(extra.get("config_key", "")).lower()
            bylined = key.split(".")[0] in ("author", "authors") and _leaf(post) in _NAME_LEAVES | {"author",
                                                                                                    "authors"}
            if post.kind == "config" and (key in _AUTHOR_NAME_KEYS or bylined):
                value = " ".join(_value(post).split())
                if person_name(value) and value not in names:
                    names.append(value)
    return names[:50]


# -- the author a site's configuration names (SELF006, SELF007) -----------------------------

_SELF006 = "SELF006"


@cache
def _names_data() -> dict[str, Any]:
    return dict(load_file("core").get("site_author", {}))


# Lower-case words inside a person's name ("Ludwig van Beethoven", "Maria de la Cruz").
_NAME_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di",
                             "du", "la", "le", "bin", "bint", "al", "ben", "y", "ter", "ten"))
_POSSESSIVE = re.compile(r"^\s*(?P<name>[^'’]{3,60}?)['’]s?\s+(?P<rest>\w[\w\s&-]{0,40})$")


def _name_word(word: str) -> bool:
    """A word of a name as written: capitalised letters (O'Neill, Anne-Marie, McDonald, Siobhán),
    not all capitals (an acronym, a handle); or an initial (Q., J)."""
    letters = word.rstrip(".").replace("'", "").replace("’", "").replace("-", "")
    if not letters.isalpha() or not letters[0].isupper():
        return False
    return len(letters) == 1 or not letters.isupper()


def person_name(value: str) -> bool:
    """Whether ``value`` reads as a person's name: two to four words, each capitalised or an
    initial (lower-case particles between), at least two of them whole words, none a word of a
    site's title ("Notes", "Blog")."""
    words = value.split()
    if not 2 <= len(words) <= 5 or len(value) > 60:
        return False
    not_names = set(_names_data().get("not_name_words", ()))
    if any(w.strip(".,").casefold() in not_names for w in words):
        return False
    named = [w for w in words if w not in _NAME_PARTICLES]
    whole = [w for w in named if _name_word(w) and len(w.rstrip(".")) > 1]
    return 2 <= len(named) <= 4 and len(whole) >= 2 and all(_name_word(w) for w in named) \
        and words[0] not in _NAME_PARTICLES


def placeholder_name(value: str) -> bool:
    """A theme's or a generator's example author (``Your Name``, ``Jane Doe``, a theme author's
    own name in the example configuration a site is started from)."""
    folded = " ".join(value.replace(".", " ").split()).casefold()
    return folded in {" ".join(str(n).replace(".", " ").split()).casefold()
                      for n in _names_data().get("placeholder_names", ())}


def title_name(title: str) -> str | None:
    """The person a site's title is named after: "Jane Realname's blog" -> "Jane Realname"."""
    m = _POSSESSIVE.match(title)
    if not m or m.group("rest").split()[0].casefold() not in set(_names_data().get("title_words", ())):
        return None
    return m.group("name").strip()


def squashed(name: str) -> str:
    """A name or handle with case, spaces, dots, hyphens, underscores and the like removed: "Quiet
    Clerk", "quiet.clerk", "@Quiet_Clerk" and "quietclerk" are one name written four ways."""
    return re.sub(r"[\W_]+", "", name.casefold())


def name_severity(name: str, pen_names: set[str], published_as: frozenset[str] = frozenset()) -> str | None:
    """SELF006's severity for ``name`` as the site's author: high when it reads as a person's
    name and is not the pen name the posts are signed with; medium when the posts are signed
    with no name (a real name and a realistic pen name look alike); None when it is the pen
    name itself (the byline as a handle: "Quiet Clerk" signed ``quietclerk``), a placeholder,
    or no person's name. ``published_as``: the names the site and the account go by (``squashed``:
    the site's host, quietclerk.net -> quietclerk, and the account's handles); a name that is one of
    them, with no byline saying otherwise, is the name the writer publishes under."""
    name = " ".join(name.split())
    if not person_name(name) or placeholder_name(name):
        return None
    folded = squashed(name)
    if any(folded == squashed(p) or folded in squashed(p) for p in pen_names):
        return None  # the posts' own byline: the name the writer publishes under
    if not pen_names and folded in published_as:
        return None  # "Quiet Clerk" on quietclerk.net: the site's own name, not a name beside it
    return "high" if pen_names else "medium"


# Keys of a site's configuration whose value themes show as the author's name.
_AUTHOR_NAME_KEYS = frozenset(("author", "author.name", "params.author", "params.author.name",
                               "owner.name", "params.owner.name", "author.display_name",
                               "params.author.display_name"))


def _value(post: Post) -> str:
    return post.text.partition(": ")[2].strip()


def _leaf(post: Post) -> str:
    return str(post.extra.get("config_key", "")).rsplit(".", 1)[-1].strip().lower()


def _theme_copy(path: str) -> bool:
    """A configuration inside a theme (``themes/x/``, ``exampleSite/``, a package): the theme
    author's example, not the site's."""
    return bool(_THEME_PATH.search(path.replace("\\", "/")))


_THEME_PATH = re.compile(r"(?:^|/)(?:themes|_themes|example[-_]?site|demo[-_]?site|node_modules|vendor)/",
                         re.I)


# A site's author data (Jekyll _data/authors.yml, _data/author.yml, _authors/<name>.md; Hugo
# data/authors/<name>.toml, content/authors/<name>/_index.md): the author box themes render.
# Data files only (YAML, JSON, TOML, CSV): X's archive keeps the profile in data/profile.js, which is
# the account's profile, not a site's author data (review rev14a item 10).
_AUTHOR_DATA = re.compile(r"(?P<root>^|.*/)(?:(?:_data|data)/(?:authors?|owner|me|profile)"
                          r"(?:\.(?:ya?ml|json|toml|csv|tsv)\Z|/)|_authors/|content/authors/)", re.I)
_NAME_LEAVES = frozenset(("name", "display_name", "displayname", "full_name", "fullname"))


def _author_entry(post: Post) -> tuple[str, str] | None:
    """(site root, entry) of a record of a site's author data: the entry is the first key of a
    data file listing authors by key (``qc.name`` -> qc), else the file (an author page)."""
    path = post.origin.path.replace("\\", "/")
    m = _AUTHOR_DATA.match(path)
    if m is None:
        return None
    key = str(post.extra.get("config_key", ""))
    file = path.rsplit("/", 1)[-1]
    stem = path.rsplit("/", 2)[-2] if file.startswith("_index.") else file.rsplit(".", 1)[0]
    by_key = "/data/" in f"/{path[m.end('root'):]}" or "/_data/" in f"/{path[m.end('root'):]}"
    entry = key.split(".", 1)[0] if by_key and "." in key else stem
    return m.group("root"), entry.casefold()


def _published_as(posts: list[Post], own_urls: list[str], roles: dict[int, tuple[str, str]] | None = None
                  ) -> tuple[frozenset[str], frozenset[str]]:
    """(the names the site and the account go by, ``squashed``; the person's own registered
    domains): from the sites' own addresses (``url``, ``baseURL``, ``CNAME``), the author's own
    website (``author.url``), a profile's website field, the account's own profiles (its handles)
    and the handles a site's configuration gives (``github_username``). ``roles``: ``roles_of(posts)``
    when the caller has it."""
    from nymaudit.detectors.links import own_profiles, roles_of
    from nymaudit.text import links as L

    urls: list[str] = list(own_urls[:50])
    accounts: list[str] = []  # the links a site's configuration gives as the author's own accounts
    if roles is None:
        roles = roles_of(posts)  # the account's own entry of the site's author data too (lnk15)
    for post in posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        if post.kind != "config" or extra.get("front_matter_of") or _theme_copy(post.origin.path):
            continue
        role, key = roles.get(id(post.origin), (L.POST, ""))
        links = [str(u) for u in extra.get("urls", ()) if isinstance(u, str)]
        links += [w.strip("()<>\"',") for w in _value(post)[:500].split()[:3] if "." in w or "://" in w]
        links = [u if "://" in u else f"https://{u}" for u in links if u]
        if role == L.SITE_ADDRESS or str(extra.get("config_key", "")).upper() == "CNAME" \
                or (role == L.SITE and L.own_website_key(key)) \
                or (role == L.AUTHOR_DATA and L.author_website_key(key)) \
                or (role == L.PROFILE and L.website_field(key, post.text)):
            urls.extend(links)
        elif role in (L.SITE, L.AUTHOR_DATA) and len(accounts) < 50:
            accounts.extend(links)  # github_username: quietclerk (https://github.com/quietclerk)
    # LINK007's keys (platform:user; Fediverse's @user@host): the account's handles.
    handles = {k.partition(":")[2].lstrip("@").partition("@")[0]
               for k in own_profiles(urls[:50]) | own_profiles(accounts[:50])}
    names, domains = _site_hosts(urls)
    return names | {squashed(h) for h in handles if len(squashed(h)) >= 3}, domains


def _site_hosts(urls: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the first labels of the registered domains, ``squashed``; the registered domains) of the
    person's own sites: quietclerk.net -> quietclerk, quiet-clerk.github.io -> quietclerk (a shared
    host's domain, ``[profiles] subdomain_sites``, is not the person's). A profile page
    (x.com/quietclerk) is left out: the platform's domain is not the person's."""
    from nymaudit.detectors.links import own_profiles
    from nymaudit.text import links as L

    names: set[str] = set()
    domains: set[str] = set()
    for raw in urls[:100]:
        url = L.parse(raw.strip())
        if url is None or own_profiles([raw]) and url.path.strip("/"):
            continue
        host = url.ascii_host.removeprefix("www.")
        shared = next((sfx for sfx, _platform in L.data().subdomain_sites if host.endswith(f".{sfx}")), None)
        if shared is not None:
            # quiet-clerk.github.io, fieldnotes.netlify.app: the site's name is its label on the host,
            # and the host's domain is the platform's, no one's own.
            names.add(squashed(host[: -len(shared) - 1].rsplit(".", 1)[-1]))
            continue
        _sub, registered, _suffix = L.split_host(host)
        if registered:
            domains.add(registered)
            if squashed(registered.split(".")[0]):
                names.add(squashed(registered.split(".")[0]))
    return frozenset(names), frozenset(domains)


def identity_findings(posts: list[Post], own_urls: list[str] | tuple[str, ...] = (),
                      owners: set[int] | None = None, real_names: list[str] | None = None) -> list[Finding]:
    """SELF006 and SELF007 from the records of a site's configuration, its author data (the
    account's own entry: the only one, or the one the posts' bylines name), the account's
    profile (an address in a bio) and a personal site's security.txt (``owners``: the ids of its
    records, ``_personal_served``; found here when None). ``own_urls``: the account's own sites
    and profiles as its exports state them (``Corpus.own_urls``). ``real_names``: the names the
    writer's --known writing goes by (``known_names``), which a draft's byline is compared with."""
    from nymaudit.detectors.links import record_role, roles_of, site_config_record
    from nymaudit.text import links as L

    # Whose each entry of a site's author data is, by the rule links.roles_of tells LINK007/LINK010's by
    # (the configuration names it, or it signs more than half of all the site's posts, a post without a
    # byline counting for the configuration's author): a guest's entry is not the writer's name (fin15).
    roles = roles_of(posts)
    published_as, own_domains = _published_as(posts, list(own_urls), roles)
    unsigned_sites = _unsigned_sites(posts)
    guest_signed: dict[str, Counter[str]] = {}  # site root -> its guests' bylines and their posts
    few: list[tuple[str, str]] = []  # (byline, site) of a site most of whose posts carry none
    configured: set[str] = set()  # the authors the sites' configurations name (folded)

    names: list[tuple[str, Post, str]] = []  # (name, record, how it is given)
    addresses: list[Post] = []
    pen_names: set[str] = set()
    signed_by: Counter[str] = Counter()  # byline -> how many posts carry it
    author_data: list[tuple[Post, tuple[str, str]]] = []
    titles: set[str] = set()
    byline_in: dict[str, Post] = {}  # byline (folded) -> its first front matter record
    for post in posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        if post.kind != "config":
            continue
        key = str(extra.get("config_key", ""))
        if extra.get("front_matter_of"):
            if key.split(".")[0].lower() in ("author", "authors") and _value(post):
                site = unsigned_sites.site_of(post.origin.path)
                if site in unsigned_sites.counts:
                    few.append((_value(post), site))  # told after the loop: a guest's, or the writer's
                    byline_in.setdefault(_value(post).casefold(), post)
                    continue
                pen_names.add(_value(post))  # a post's byline: the pen name
                signed_by[_value(post)] += 1
                byline_in.setdefault(_value(post).casefold(), post)
            continue
        if _theme_copy(post.origin.path):
            continue
        role = record_role(post)[0]
        if role == L.SERVED and "@" in post.text:
            if owners is None:
                owners = _personal_served(posts, _served_records(posts))
            if id(post) in owners:
                addresses.append(post)  # a personal site's security.txt: its owner's words (red15 F10)
            continue
        if role in (L.EXAMPLE, L.LISTED, L.WELL_KNOWN, L.SERVED):
            continue
        if site_config_record(post):
            if "@" in post.text:
                addresses.append(post)
            folded = key.lower()
            if folded in _AUTHOR_NAME_KEYS:
                names.append((_value(post), post, f"the site's configuration (`{key}`)"))
                configured.add(_value(post).casefold())
            elif folded in ("title", "params.title"):
                named = title_name(_value(post))
                if named:
                    names.append((named, post, f"the site's title (`{key}`: {_value(post)})"))
                else:
                    titles.add(_value(post).casefold())  # a site named after its pen name
            continue
        entry = _author_entry(post)
        if entry is not None:
            author_data.append((post, entry))
        elif extra.get("profile") and "@" in post.text:
            addresses.append(post)  # an address in the account's own bio
    # A byline on a few posts of a site most of whose posts carry none (the configuration's author's) is
    # a guest's, not the writer's pen name (rev15b 8: a guest's 1 post of 11), unless it names the
    # configuration's author or the entry roles_of finds the writer's (`author: qc` for qc.name).
    own = configured | {entry for post, (_root, entry) in author_data
                        if roles.get(id(post.origin), ("", ""))[0] == L.AUTHOR_DATA}
    own |= {_value(post).casefold() for post, (_root, entry) in author_data
            if entry in own and _leaf(post) in _NAME_LEAVES}
    for byline, site in few:
        if byline.casefold() in own:
            pen_names.add(byline)
            signed_by[byline] += 1
        else:
            guest_signed.setdefault(site, Counter())[byline] += 1
    # The account's own entry of the author data: a site's only one, or the one its bylines name.
    entries: dict[str, set[str]] = {}
    for _post, (root, entry) in author_data:
        entries.setdefault(root, set()).add(entry)
    bylines = {p.casefold() for p in pen_names}
    shown_as: dict[str, str] = {}  # byline (folded) -> the name its author data entry gives it
    shown_in: dict[str, Post] = {}  # byline (folded) -> that entry's record
    # Every byline, a guest's too: an entry a byline names that is not the writer's by roles_of's rule.
    signers = bylines | {name.casefold() for site in guest_signed.values() for name in site}
    for post, (root, entry) in author_data:
        role = roles.get(id(post.origin), ("", ""))[0]
        if role == L.AUTHOR_LISTED and entry in signers:
            continue  # a guest's or a co-author's: its byline signs no more than half the site's posts
        if len(entries[root]) != 1 and entry not in bylines:
            continue  # a team blog's other author, or one that cannot be told
        if "@" in post.text:
            addresses.append(post)
        if _leaf(post) in _NAME_LEAVES:
            if entry in bylines and _value(post):
                # The entry the posts' byline is the key of (`author: qc` -> qc.name: Quiet Clerk): themes
                # show its name as the byline of every post, the name the writer publishes under (red15 F5).
                shown_as.setdefault(entry, _value(post))
                shown_in.setdefault(entry, post)
                continue
            key = str(post.extra.get("config_key", ""))
            names.append((_value(post), post, f"the author's entry in the site's data (`{key}`)"))
    bylines_given = set(pen_names)  # the names the posts themselves are signed with
    pen_names |= set(shown_as.values())
    findings: list[Finding] = []
    seen: list[set[str]] = []
    # A name the author field gives before the one a title is named after (the fuller, "Jane Q.").
    for name, post, how in sorted(names, key=lambda item: item[2].startswith("the site's title")):
        # A site titled with the name ("Quiet Clerk" by Quiet Clerk) is named after its pen name.
        severity = None if " ".join(name.split()).casefold() in titles else name_severity(
            name, pen_names, published_as)
        # One person once: "Jane Q. Realname" in author.name and "Jane Realname's blog" as the title.
        words = {w.casefold() for w in name.replace(".", " ").split() if len(w) > 1}
        if severity is None or any(words <= other or other <= words for other in seen):
            continue
        seen.append(words)
        site = unsigned_sites.site_of(post.origin.path, config=True)
        if site in unsigned_sites.counts and not signed_by:
            signed = _unsigned(*unsigned_sites.counts[site], guest_signed.get(site, Counter()))
        else:
            signed = _signed(signed_by, shown_as) if signed_by else (
                "the posts carry no byline to compare it with (it may be a pen name that reads as a name)")
        findings.append(rule(_SELF006).finding(
            f"{how[:1].upper() + how[1:]} names the author as '{name}', which reads as "
            f"a person's name, while {signed}: themes show it on every page, in the feed and in the "
            "page metadata search engines read.",
            evidence=snippet(post.text, 0, min(len(post.text), 160)), location=post.origin,
            clue_value=name, severity=severity,
            confidence="high" if severity == "high" else "medium"))
    shown = _display_name(signed_by, shown_as, shown_in, bylines_given, titles, published_as, seen)
    if shown is not None:
        findings.append(shown)
    elif not seen:
        byline = _byline_name(signed_by, byline_in, shown_as, configured | titles, published_as,
                              lambda post: unsigned_sites.site_of(post.origin.path) is not None,
                              posts, real_names or [])
        if byline is not None:
            findings.append(byline)
    findings.extend(_work_addresses(addresses, [n for n, _, _ in names], own_domains))
    return findings


# The writer's own words that call a name their pen name (rev16b item 10: "Posted as Jane Marple, my pen
# name" beside `author: Jane Marple`): NAME, my pen name / NAME is my pseudonym / my pen name is NAME /
# I write as NAME / NAME is not my real name. The name itself is put in at {name}, escaped.
_PEN_NAME_WORDS = r"(?:pen[- ]?name|pseudonym|nom de plume|nom de guerre|writing name|alias|pen-name)"
_PEN_NAME_SAID = (
    r"\b{name}\b['’]?,?\s(?:is\s|was\s|being\s|as\s)?(?:just\s|only\s)?(?:my|our|a|the)\s(?:own\s)?"
    + _PEN_NAME_WORDS + r"\b",
    r"\b(?:my|our)\s" + _PEN_NAME_WORDS + r"(?:\s(?:is|was)|:|,|\s)?\s?[\"'“‘]?{name}\b",
    r"\b(?:I|we)\s(?:write|post|blog|publish|go)\s(?:here\s|online\s)?(?:as|under(?:\sthe\sname)?)\s"
    r"[\"'“‘]?{name}\b",
    r"\b{name}\b[\"'”’]?,?\s(?:is|was)(?:\snot|n['’]t)\smy\s(?:real|actual|legal|given)\sname",
)


# What makes "I post as NAME" no pen name (rev16d item 8): a platform or workplace after it ("I post as
# Daniel Okafor on LinkedIn", "at work"): the writer's name where they are known by it. A capitalised
# word after on/at/for counts as a platform or employer; "here", "this blog" and weekdays do not.
_PLATFORM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:on|at|for|with|in)\s(?:my\s|our\s|the\s)?(?:work|job|office|day\sjob|employer|company|"
    r"school|uni(?:versity)?|college|church|clinic|hospital|firm|team|paper|newspaper|station|"
    r"(?!(?:Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Weekends?)\b)"
    r"(?-i:[A-Z][\w.&'’-]*))\b|professionally\b|for\s(?:a\s)?living\b)", re.IGNORECASE)
# A name the writer denies is a pen name: "NAME, a pseudonym? No, that is my name", "not a pen name",
# "that's my real name". Read in the sentence of the statement and the one after it.
_PEN_NAME_DENIED = re.compile(
    r"\b(?:that|it|this)(?:\s(?:is|was)|['’]s)\s(?:really\s|actually\s|just\s)?my\s"
    r"(?:real\s|actual\s|legal\s|own\s|given\s|birth\s|full\s)?name\b"
    r"|\b(?:not|isn['’]t|wasn['’]t|never)\s(?:\w+\s)?(?:a|an|my|our|the)\s(?:own\s)?" + _PEN_NAME_WORDS
    + r"|\b(?:no|nope)\b[,.!]?\s(?:that|it)(?:\s(?:is|was)|['’]s)\s(?:really\s|actually\s)?(?:me|mine)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]+(?=\s|$)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The sentence holding text[start:end]: its start, its end (after the stop) and the stop itself."""
    begin = max(0, start - 600)  # a sentence longer than that is read from there
    for stop in _SENTENCE_END.finditer(text, begin, start):
        begin = stop.end()
    after = _SENTENCE_END.search(text, end)
    return begin, (after.end() if after else len(text)), (after.group().strip() if after else "")


def _pen_name_statement(text: str, match: re.Match[str]) -> bool:
    """Whether a match of ``_PEN_NAME_SAID`` states a pen name: not in a question ("NAME, a pseudonym?"),
    not denied in its sentence or the next ("No, that is my name"), and for "I post as NAME" not
    followed by a platform or workplace ("on LinkedIn", "at work": the name the writer is known by)."""
    begin, finish, stop = _sentence_around(text, match.start(), match.end())
    if "?" in stop:
        return False
    nxt = _SENTENCE_END.search(text, finish)
    following = text[begin:nxt.end() if nxt else len(text)][:600]
    if _PEN_NAME_DENIED.search(following):
        return False
    return not (match.lastgroup == "as_name" and _PLATFORM_AFTER.match(text, match.end()))


def _called_pen_name(name: str, posts: list[Post]) -> bool:
    """Whether the writer's own text (a post, a draft or a note of this scan) calls ``name`` their pen
    name (``_pen_name_statement``: not asked, not denied, not "as NAME on LinkedIn"). Only the writer's
    words count, not a front matter record or another person's."""
    words = name.split()
    escaped = r"\s+".join(map(re.escape, words))
    pattern = re.compile("|".join(f"(?P<{group}>{p.replace('{name}', escaped)})"
                                  for group, p in zip(("name_is", "mine_is", "as_name", "not_real"),
                                                      _PEN_NAME_SAID, strict=True)), re.IGNORECASE)
    folded = words[-1].casefold()
    for post in posts:
        if post.kind == "config" or not getattr(post, "authored", True):
            continue
        for text in (post.title or "", post.text or ""):
            text = text[:MAX_SCAN_CHARS]
            if folded in text.casefold() \
                    and any(_pen_name_statement(text, m) for m in pattern.finditer(text)):
                return True
    return False


def _shares_name(name: str, others: list[str]) -> str | None:
    """The first of ``others`` that is ``name`` or shares a whole name word of two letters or more with
    it ("Dan Okafor" and "Daniel Okafor"), for a byline against the --known writing's names."""
    mine = {w.casefold() for w in name.replace(".", " ").split() if len(w) > 1}
    for other in others:
        if squashed(other) == squashed(name) or mine & {w.casefold() for w in other.replace(".", " ").split()
                                                        if len(w) > 1}:
            return other
    return None


def _surname_first(name: str) -> str | None:
    """"Okafor, Daniel" -> "Daniel Okafor" (a byline, a catalogue or a citation's order), when the
    reversed form reads as a person's name; None for anything else ("Leeds, UK" is no name)."""
    surname, comma, given = name.partition(",")
    if not comma or "," in given or not given.strip() or len(surname.split()) > 2:
        return None
    natural = f"{given.strip()} {surname.strip()}"
    return natural if person_name(natural) or _initials_form(natural) else None


def _initials_form(name: str) -> bool:
    """Whether ``name`` is initials and a surname ("D. Okafor", "D.C. Okafor", "D Okafor"): too short to read
    as a person's name alone, a name beside --known writing whose given names start with them."""
    words = name.replace(".", ". ").split()
    return 2 <= len(words) <= 4 and all(len(w.rstrip(".")) == 1 and w[0].isupper() for w in words[:-1]) \
        and _name_word(words[-1]) and len(words[-1]) > 1


def _initials_match(name: str, other: str) -> bool:
    """Whether "D. Okafor" (``name``, ``_initials_form``) is ``other`` ("Daniel Okafor", "Daniel C. Okafor"):
    the same surname and the first initial the first given name's ("D.C. Okafor" too: a middle name the
    --known writing leaves out is no other person)."""
    words = name.replace(".", ". ").split()
    theirs = other.replace(".", ". ").split()
    if len(theirs) < 2 or words[-1].casefold() != theirs[-1].casefold():
        return False
    given = [w[0].casefold() for w in theirs[:-1] if w not in _NAME_PARTICLES]
    wanted = [w[0].casefold() for w in words[:-1]]
    return bool(given) and wanted[0] == given[0]


def _byline_name(signed_by: Counter[str], byline_in: dict[str, Post], shown_as: dict[str, str],
                 site_names: set[str], published_as: frozenset[str], in_site: Any,
                 posts: list[Post] | None = None, real_names: list[str] | None = None) -> Finding | None:
    """SELF006 at medium severity and low confidence for the byline most posts carry (front matter
    ``author: Daniel Okafor``) when it reads as a person's name and nothing says it is the name the
    account goes by: themes print it on every post, in the feed and the page metadata. A pen name
    and a real name read alike, so the tool says so once, as for the byline's author data entry
    (``_display_name``); until walk16 (item 6) a draft signed with a full name gave nothing while the
    same name as a .docx's Creator was META012 high.

    Only for posts outside a site whose configuration was read (``in_site``: a folder of drafts or
    notes, a file given to `check`): on a site, the byline is the name its posts are published under
    and SELF006 compares the configuration's author with it (the rule's contract, heuristics/core.toml:
    "Nothing when the name is the posts' own byline"). Nothing either when the name is the site
    configuration's author or title (``site_names``, folded), the site's host or one of the account's
    handles (``published_as``), a placeholder or no person's name, or when the byline's author data
    entry names it (said by ``_display_name``).

    Told apart where the scan itself can (rev16b item 10): nothing when the writer's own text calls
    the name their pen name (``_called_pen_name``: "Jane Marple, my pen name"), or when their --known
    writing (``real_names``, the real identity's: a label that reads as a name, its bylines) goes by
    other names, none sharing a word with it; high, of high confidence, when it goes by the same name
    or shares a word of it ("Dan Okafor" for "Daniel Okafor"). Otherwise medium, low confidence: a
    realistic pen name and a real name read alike."""
    if not signed_by:
        return None
    byline, count = min(signed_by.items(), key=lambda item: (-item[1], item[0].casefold()))
    name = " ".join(byline.split())
    post = byline_in.get(byline.casefold())
    # A byline written surname first ("Okafor, Daniel") is read in the usual order (rev16d item 8).
    natural = _surname_first(name) or name
    initials = _initials_form(natural)  # "D. Okafor": a name only beside --known writing it matches
    if post is None or in_site(post) or byline.casefold() in shown_as \
            or not (person_name(natural) or initials and real_names) or placeholder_name(natural):
        return None
    folded = squashed(name)
    if name.casefold() in site_names or any(folded in other for other in published_as if len(other) >= 4) \
            or folded in published_as:
        return None  # the name the site, its host or the account's handle goes by: the pen name
    if initials:
        same = next((other for other in real_names or [] if _initials_match(natural, other)), None)
    else:
        same = _shares_name(natural, real_names) if real_names else None
    if same is None and (real_names or _called_pen_name(name, posts or [])
                         or natural != name and _called_pen_name(natural, posts or [])):
        return None  # not the name the real identity's writing goes by, or one the writer calls a pen name
    total = sum(signed_by.values())
    signed = ("the post" if total == 1 else f"all {total} posts" if count == total
              else f"{count} of the {total} signed posts")
    if same is not None:
        return rule(_SELF006).finding(
            f"The byline '{name}' (`author` in the front matter of {signed}) is "
            + ("the name" if squashed(same) == squashed(natural) else "close to the name")
            + " your --known writing goes by (the real identity's): themes print it on the post, in the "
            "feed and in the page metadata search engines read, so it ties these posts to that name.",
            evidence=snippet(post.text, 0, min(len(post.text), 160)), location=post.origin,
            clue_value=name, severity="high", confidence="high",
            advice="Set `author` in the front matter to the pen name (or remove it, and the site's "
                   "configured author is shown), publish again, and check the feed, the page source and the "
                   "repository's history, which keeps the old byline (`git log -p`; rewrite it with `git "
                   "filter-repo` if the repository is public). Web archives keep old pages.")
    return rule(_SELF006).finding(
        f"The byline '{name}' (`author` in the front matter of {signed}) reads as a person's name: themes "
        "print it on the post, in the feed and in the page metadata search engines read. If it is a pen "
        "name, nothing is wrong; if it is your real name, or close to it, it ends the pseudonym on every "
        "page that shows it (the tool cannot tell which).",
        evidence=snippet(post.text, 0, min(len(post.text), 160)), location=post.origin,
        clue_value=name, severity="medium", confidence="low",
        # The advice names neither the name nor the file: --redact masks messages, not advice.
        advice="If that name is your real name, set `author` in the front matter to the pen name (or remove "
               "it, and the site's configured author is shown), publish again, and check the feed, the page "
               "source and the repository's history, which keeps the old byline (`git log -p`; rewrite it "
               "with `git filter-repo` if the repository is public). Web archives keep old pages. If it is "
               "a pen name, accept it once (`nymaudit baseline add --rule SELF006`).")


def _display_name(signed_by: Counter[str], shown_as: dict[str, str], shown_in: dict[str, Post],
                  bylines: set[str], titles: set[str], published_as: frozenset[str],
                  said: list[set[str]]) -> Finding | None:
    """SELF006 at medium severity and low confidence for the name the author data gives the byline most
    posts carry (`author: qc` -> `qc: {name: Margaret Thornbury}`): themes print it in place of the
    byline on every post, in the feed and the page metadata. It is the name the writer publishes
    under, which is often a pen name ("Quiet Clerk") and sometimes their real name: the tool cannot
    tell the two apart, so it says so once, neither high (a pen name is no leak) nor silent (a real
    name is the worst leak a pseudonymous site has; con15b). Medium, not low: what it would give
    away if it is a real name decides the level, the doubt is in the confidence (review rev15d
    item 5); a pen name's site accepts it once (`baseline add --rule SELF006`). Nothing when the
    name is the byline itself, a byline of other posts, the site's title or host, a placeholder, no
    person's name, or a name another SELF006 finding gives (``said``: its words)."""
    if not signed_by or not shown_as:
        return None
    byline, count = min(signed_by.items(), key=lambda item: (-item[1], item[0].casefold()))
    total = sum(signed_by.values())
    name = " ".join(shown_as.get(byline.casefold(), "").split())
    post = shown_in.get(byline.casefold())
    if not name or post is None or not person_name(name) or placeholder_name(name):
        return None
    folded = squashed(name)
    if folded in squashed(byline) or any(folded in squashed(other) for other in bylines) \
            or name.casefold() in titles or folded in published_as:
        return None  # the byline spelt out ("quietclerk" -> Quiet Clerk), the site's own name
    words = {w.casefold() for w in name.replace(".", " ").split() if len(w) > 1}
    if any(words <= other or other <= words for other in said):
        return None  # said already, as the site's author (high)
    path = post.origin.path.replace("\\", "/")
    data = max(path.rfind("/_data/"), path.rfind("/data/"))
    file = path[data + 1:] if data >= 0 else path.rsplit("/", 1)[-1]  # "_data/authors.yml"
    posts = "every post" if count == total else f"the {count} posts of {total} it signs"
    return rule(_SELF006).finding(
        f"The byline '{byline}' is shown as '{name}' on {posts}: the byline's entry in the site's author "
        f"data ({file}) gives it that name, which themes print in place of the byline, in the feed and in "
        "the page metadata search engines read. If it is a pen name, nothing is wrong; if it is your "
        "real name, or close to it, it ends the pseudonym on every page (the tool cannot tell which).",
        evidence=snippet(post.text, 0, min(len(post.text), 160)), location=post.origin,
        clue_value=name, severity="medium", confidence="low",
        # The advice names neither the name nor the byline: --redact masks messages, not advice.
        advice=f"If that name is your real name, set the `name` of the byline's entry in {file} to the "
               "pen name (or remove it: themes then show the byline), publish the site again, and check "
               "the feed, the page "
               f"source and the repository's history, which keeps the old name (`git log -p -- "
               f"{file}`; rewrite it with `git filter-repo` if the repository is public). Web archives "
               "keep old pages.")


class _UnsignedSites:
    """The sites (by their configuration's folder) most of whose posts carry no byline, with (posts
    without one, all posts) each: themes show the configuration's author on those, so that author is
    the writer and a byline on the others is a guest's (links.roles_of's rule)."""

    def __init__(self, roots: set[str], counts: dict[str, tuple[int, int]]) -> None:
        self.roots = roots
        self.counts = counts

    def site_of(self, path: str, config: bool = False) -> str | None:
        """The site a post (or, ``config``, a site's configuration file) at ``path`` is of."""
        from nymaudit.detectors import links

        path = path.replace("\\", "/")
        if config:
            return links._site_root(path)  # noqa: SLF001 - the same folders as roles_of
        return links._root_of(path, self.roots) if self.roots else None  # noqa: SLF001


def _unsigned_sites(posts: list[Post]) -> _UnsignedSites:
    from nymaudit.detectors import links

    roots = {links._site_root(p.origin.path.replace("\\", "/"))  # noqa: SLF001
             for p in posts if p.kind == "config" and links.site_config_record(p)}
    if not roots:
        return _UnsignedSites(set(), {})
    sites = _UnsignedSites(roots, {})
    written: Counter[str] = Counter()  # site -> its posts
    signed: dict[str, set[str]] = {}  # site -> its posts that carry a byline
    for post in posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        byline = post.kind == "config" and bool(extra.get("front_matter_of")) and str(
            extra.get("config_key", "")).split(".")[0].lower() in ("author", "authors") and bool(_value(post))
        if post.kind == "config" and not byline:
            continue
        site = sites.site_of(post.origin.path)
        if site is None:
            continue
        if byline:
            signed.setdefault(site, set()).add(post.origin.path)
        else:
            written[site] += 1
    for site, total in written.items():
        bare = total - len(signed.get(site, ()))
        if 2 * bare > total and site in signed:  # only a site whose bylines are a few posts' matters
            sites.counts[site] = (bare, total)
    return sites


def _unsigned(bare: int, total: int, guests: Counter[str]) -> str:
    """How a site whose posts mostly carry no byline is signed, for SELF006's message."""
    others = total - bare
    names = ", ".join(f"'{name}'" for name, _n in guests.most_common(3))
    rest = "the other post is" if others == 1 else f"the other {others} posts are"
    whose = "another author's" if len(guests) == 1 else "other authors'"
    return (f"{bare} of the site's {total} posts carry no byline to compare it with (it may be a pen name "
            f"that reads as a name; {rest} signed {names}, {whose})")


def _signed(signed_by: Counter[str], shown_as: dict[str, str]) -> str:
    """How the posts are signed, for SELF006's message: by the byline most of them carry (not the
    first in the alphabet: "signed 'kmorrow'" on a blog three quarters qc's, red15 F5), with the
    name the site's author data shows for it ("'Quiet Clerk' (author: qc)")."""
    byline, count = min(signed_by.items(), key=lambda item: (-item[1], item[0].casefold()))
    shown = shown_as.get(byline.casefold())
    said = f"'{shown}' (author: {byline})" if shown and shown != byline else f"'{byline}'"
    total = sum(signed_by.values())
    if count == total:
        return f"the posts are signed {said}"
    return f"most posts ({count} of {total}) are signed {said}"


def _work_addresses(records: list[Post], names: list[str], own_domains: frozenset[str] = frozenset()
                    ) -> list[Finding]:
    """SELF007: an address at an organisation's own domain, as git_identity's SELF005 tells one
    (not free mail, a forge relay, a reserved name or the person's own domain: one whose name holds
    the author's, or the domain of the site itself, its ``author.url`` or a profile's website:
    me@harbourlights.org on harbourlights.org)."""
    from nymaudit.detectors.git_identity import _settings, organisation_domain
    from nymaudit.detectors.links import site_config_record

    settings = _settings()
    regex = rule("SELF001").regex
    assert regex is not None
    served = _served_records(records)
    by_domain: dict[str, tuple[str, str, Post, int]] = {}
    for post in records:
        for m in regex.finditer(post.text[:MAX_SCAN_CHARS]):
            if post.text[max(0, m.start() - 5):m.start()].lower() == "acct:":
                continue
            if served.get(id(post)) and security_contact(m.group(0)):
                continue  # security@, a bug-bounty platform's: whom to report to, not the writer
            found = organisation_domain(m.group(0).lower(), " ".join(names), settings)
            if found and found[0] in own_domains:
                continue  # the site's own domain: the writer's, not an employer's
            if found and found[0] not in by_domain:
                by_domain[found[0]] = (found[1], m.group(0), post, m.start())
    out: list[Finding] = []
    for domain, (kind, address, post, at) in by_domain.items():
        file = served.get(id(post))
        where_said = (f"the personal site's .well-known/{file}" if file
                      else f"the site's configuration (`{post.extra.get('config_key', '')}`)"
                      if site_config_record(post)
                      else f"the site's author data (`{post.extra.get('config_key', '')}`)"
                      if _author_entry(post) is not None
                      else f"the account's own profile (`{post.extra.get('config_key', '')}`)")
        what = "a school or university" if kind == "education" else "an employer or organisation"
        out.append(rule("SELF007").finding(
            f"The address {address} in {where_said} is at an "
            f"organisation's own domain, {domain}, not at a free mail service: the domain names {what}, "
            "and narrows who the writer is to the people who work or study there.",
            evidence=_evidence(post, post.text, at, at + len(address), served), location=origin_at(post, at),
            clue_value=domain, clue_kind=kind))
    return out


def rule_example(found: Any, example: str) -> bool:
    """Matcher for SELF006 and SELF007's examples in heuristics/core.toml: ``KEY: VALUE`` of a
    site's configuration, then ``; posts signed: PEN NAME`` (SELF006) or ``; author.name: NAME``,
    and ``; url: THE SITE'S ADDRESS``."""
    first, *rest = [part.strip() for part in example.split(";")]
    key, _, value = first.partition(": ")
    more = dict(part.partition(": ")[::2] for part in rest)
    names, domains = _site_hosts([more["url"]] if "url" in more else [])
    if found.id == _SELF006:
        pen = {more["posts signed"]} if "posts signed" in more else set()
        if key.lower() in ("title", "params.title"):
            named = title_name(value)
            return named is not None and name_severity(named, pen, names) is not None
        return key.lower() in _AUTHOR_NAME_KEYS and name_severity(value, pen, names) is not None
    from nymaudit.detectors.git_identity import _settings, organisation_domain

    regex = rule("SELF001").regex
    assert regex is not None
    m = regex.search(value)
    work = organisation_domain(m.group(0).lower(), more.get("author.name", ""), _settings()) if m else None
    return work is not None and work[0] not in domains

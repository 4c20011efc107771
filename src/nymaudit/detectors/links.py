"""Revealing links in the writer's own posts (rules LINK001-LINK008): employer and
locality sites, company workspaces, internal hosts, owner-revealing documents,
sharer-tracking parameters, unverifiable short links, other profiles, payment and
referral links. Repeats are summed into one finding per fact."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

from nymaudit.detectors import ScanContext
from nymaudit.model import Confidence, Corpus, DetectorResult, Finding, Origin, Post, Severity
from nymaudit.rules import rule
from nymaudit.text import links as L
from nymaudit.text.normalize import Text, corpus_texts, snippet
from nymaudit.text.tally import Tally, where

MAX_FINDINGS_PER_RULE = 25
_RANK = {"low": 1, "medium": 2, "high": 3}  # a hit's severity (None: the rule's) against a fact's


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        return DetectorResult(findings=scan_texts(corpus_texts(ctx.corpus), own_of=own_by_post(ctx.corpus),
                                                  roles=roles_by_post(ctx.corpus),
                                                  own_hosts=own_hosts(ctx.corpus.own_urls)))
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        return DetectorResult(findings=[Finding(
            rule="LINK001", category="link", severity=Severity.INFO, confidence=Confidence.LOW,
            title="Link checks stopped early", message=f"link detection failed: {exc}",
            evidence="", location=Origin("(scan)"), advice="Report this as a bug.",
        )])


def _advice(rule_id: str, variant: tuple[str, tuple[tuple[str, str], ...]] | None) -> str | None:
    """The rule's advice for this case (``Hit.advice``: a key of its table), placeholders filled."""
    if not variant:
        return None
    text = str(rule(rule_id).data.get(variant[0], ""))
    for name, value in variant[1]:
        text = text.replace("{" + name + "}", value)
    return " ".join(text.split()) or None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _stored_at(item: Text, url: str) -> Origin:
    """A URL stored beside the text (an HTML or Markdown target) is on the line where
    the post's own text has it, if it does."""
    found = item.raw.find(url) if item.base is not None and item.raw else -1
    return item.at_raw(found) if found >= 0 else item.origin


def own_profiles(urls: list[str]) -> frozenset[str]:
    """The LINK007 keys (``platform:user``) of the account's own sites and profiles as
    its exports state them: a WordPress blog linking to its own uploads, a tweet linking
    to its own profile. Links to the writer's other accounts stay findings."""
    return frozenset(h.key for url in urls[:50] for _url, hits in L.scan(url)
                     for h in hits if h.rule_id == "LINK007")


def own_by_post(corpus: Corpus) -> dict[int, frozenset[str]]:
    """The LINK007 keys of each post's own input (keyed by its Origin, which its Text shares):
    with two inputs in one scan, input A's link to input B's site or profile is a link to
    another account of the writer's, a finding, not A's own site (review rev8b item 5)."""
    keys: dict[int, frozenset[str]] = {}
    own_of: dict[int, frozenset[str]] = {}
    for post in corpus.posts:
        urls = post.extra.get("own_urls") if isinstance(post.extra, dict) else None
        if not urls:
            continue
        if id(urls) not in keys:
            keys[id(urls)] = own_profiles(list(urls))
        own_of[id(post.origin)] = keys[id(urls)]
    return own_of


# A site's configuration files (Jekyll _config.yml and _config.production.yml, Hugo hugo.toml,
# config.toml and its config/<environment>/ folder), whose keys themes publish as the author's.
_SITE_CONFIG_FILE = re.compile(r"(?:_config(?:\.[^/]*)?|hugo|config)\.(?:ya?ml|toml|json)")
_CONFIG_DIR_FILE = re.compile(r"(?:^|/)config/[^/]+/[^/]+\.(?:ya?ml|toml|json)")
# A theme's example site (Hugo themes ship exampleSite/): its accounts are the theme author's or
# placeholders, not the writer's (rev13c 3).
_EXAMPLE_SITE = re.compile(r"(?:^|/)(?:example[-_]?site|demo[-_]?site)/", re.I)


# A site's data files and author pages, which themes render as the author box and its links (blog.py reads
# them: Jekyll _data/<stem>.yml and _data/<stem>/<file>.yml, Hugo data/<stem>.toml and
# data/<stem>/<file>.toml; author pages: Jekyll _authors/<name>.md, Hugo content/authors/<name>/_index.md).
_DATA_FILE = re.compile(r"(?P<root>^|.*/)(?:_data|data)/(?P<stem>[^/]+?)(?:/(?P<file>[^/]+?))?"
                        r"\.(?:ya?ml|json|toml)\Z", re.I)
_AUTHOR_PAGE = re.compile(r"(?P<root>^|.*/)(?:_authors/(?P<page>[^/]+?)\.[^./]+"
                          r"|content/authors/(?P<folder>[^/]+)/_index\.[^./]+)\Z", re.I)
# A theme's own copy of its files (themes/, vendor/): the theme author's, not the site's (as contact.py).
_THEME_COPY = re.compile(r"(?:^|/)(?:themes|_themes|node_modules|vendor)/", re.I)
_NAME_LEAVES = frozenset(("name", "display_name", "displayname", "full_name", "fullname"))


def author_data_place(post: Post) -> tuple[str, str, str] | None:
    """(group, entry, the key as a site configuration's) of a record of a site's author data: ``group``
    names the site and the data (its root and stem); ``entry`` the author of a list of several
    (``jane`` of ``_data/authors.yml``'s ``jane.url``, of ``data/authors/jane.toml``, of an author page;
    "" when the file is one author's); the key reads as the configuration's (``authors.jane.url``,
    ``social.github``) for ``text.links.site_role``. None for any other record, and for a menu's or a
    link list's data file (``[profiles] data_link_lists``: a blogroll links other people's sites)."""
    extra = post.extra if isinstance(post.extra, dict) else {}
    key = extra.get("config_key")
    if post.kind != "config" or not isinstance(key, str) or extra.get("front_matter_of"):
        return None
    path = post.origin.path.replace("\\", "/")
    page = _AUTHOR_PAGE.match(path)
    if page is not None:
        if key == "body":
            return None  # the page's text: what it links is said as a post's
        entry = page.group("page") or page.group("folder")
        return f"{page.group('root')}authors", entry.casefold(), f"authors.{entry}.{key}"
    found = _DATA_FILE.match(path)
    if found is None:
        return None
    stem = found.group("stem")
    norm = stem.lower().replace("-", "_")
    d = L.data()
    if norm in d.data_link_lists:
        return None
    group = f"{found.group('root')}{norm}"
    people = norm in d.people_list_keys
    if found.group("file") is not None:  # data/authors/jane.toml: one author a file
        file = found.group("file")
        return group, file.casefold() if people else "", f"{stem}.{file}.{key}"
    entry = key.split(".", 1)[0].casefold() if people and "." in key else ""
    return group, entry, f"{stem}.{key}"


def site_config_record(post: Post) -> bool:
    """Whether a record is a value of a site's configuration file (not a data file, an author
    page or a post's front matter)."""
    extra = post.extra if isinstance(post.extra, dict) else {}
    if post.kind != "config" or extra.get("front_matter_of"):
        return False
    path = post.origin.path.replace("\\", "/")
    return bool(_SITE_CONFIG_FILE.fullmatch(path.rsplit("/", 1)[-1]) or _CONFIG_DIR_FILE.search(path))


def own_hosts(urls: list[str]) -> frozenset[str]:
    """The hosts of the sites' own addresses (``url``, ``baseURL``), ``www.`` dropped: an
    ``author.url`` that is the site itself is no other website (LINK010)."""
    hosts = set()
    for raw in urls[:50]:
        url = L.parse(raw)
        if url is not None:
            hosts.add(url.ascii_host.removeprefix("www."))
    return frozenset(hosts)


def record_role(post: Post) -> tuple[str, str]:
    """(role, key) of a record that is not a post (``text.links`` POST, PROFILE, SITE,
    SITE_ADDRESS, AUTHOR_DATA, AUTHOR_LISTED...): a value of a site's configuration by its key, the
    account's profile by its flag, a value of the site's author data (the author box) by its file and
    key: an entry of a list of several authors is AUTHOR_LISTED here, and ``roles_by_post`` makes the
    account's own entry AUTHOR_DATA; a post's front matter stays a post's."""
    extra = post.extra if isinstance(post.extra, dict) else {}
    key = extra.get("config_key")
    if post.kind != "config" or not isinstance(key, str) or extra.get("front_matter_of"):
        return L.POST, ""
    path = post.origin.path.replace("\\", "/")
    file = path.rsplit("/", 1)[-1]
    if ("/.well-known/" in f"/{path}" or file.lower() == "keybase.txt") and not _EXAMPLE_SITE.search(path):
        # A Keybase proof, a WebFinger alias: the site owner's own; security.txt's contact: a lead.
        return (L.WELL_KNOWN if L.identity_file(file) else L.SERVED), file
    if _SITE_CONFIG_FILE.fullmatch(path.rsplit("/", 1)[-1]) or _CONFIG_DIR_FILE.search(path):
        role = L.site_role(key)
        if _EXAMPLE_SITE.search(path):
            return (L.EXAMPLE, key) if role != L.POST else (L.POST, "")
        # A profile field of the configuration (the author's bio) is the author's own page too.
        return (L.SITE if role == L.POST and extra.get("profile") else role), key
    if extra.get("profile"):
        return L.PROFILE, key  # the author's bio: a link in it is said as the profile's
    place = author_data_place(post)
    if place is not None and not _THEME_COPY.search(path):
        role = L.site_role(place[2])
        if role == L.POST and any(p in L.data().credit_keys for p in place[2].lower().split(".")):
            return L.POST, ""  # a credit (theme_author, thanks): someone else's, a lead
        role = L.AUTHOR_LISTED if role == L.LISTED else L.AUTHOR_DATA
        if _EXAMPLE_SITE.search(path):
            return L.EXAMPLE, key
        return role, key
    return L.POST, ""


def roles_by_post(corpus: Corpus) -> dict[int, tuple[str, str]]:
    """``roles_of`` the corpus's records."""
    return roles_of(corpus.posts)


# The keys of a site's configuration that name its author, whom themes show on a post without a byline
# (Jekyll ``author`` and ``author.name``, its front-matter ``defaults``, Hugo ``params.author``).
_CONFIG_AUTHOR_KEYS = frozenset(("author", "author.name", "params.author", "params.author.name",
                                 "defaults.values.author", "defaults.values.author.name"))
_BYLINE_KEYS = frozenset(("author", "authors", "author.name", "authors.name"))


def _site_root(path: str) -> str:
    """The folder (``""`` or ending in ``/``) of the site a configuration file is of: a Hugo
    ``config/_default/params.toml`` is of the folder that holds ``config/``."""
    found = _CONFIG_DIR_FILE.search(path)
    if found is not None:
        return path[: found.start() + (1 if found.group(0).startswith("/") else 0)]
    return path.rpartition("/")[0] + "/" if "/" in path else ""


def _group_root(group: str) -> str:
    """The site folder of an author data group (``author_data_place``: the folder, then the stem)."""
    return group.rpartition("/")[0] + "/" if "/" in group else ""


def _root_of(path: str, roots: set[str]) -> str | None:
    """The innermost of ``roots`` that holds ``path``, by the path's folders (a tree of thousands of
    one-post sites: not by trying every root)."""
    end = len(path)
    while (end := path.rfind("/", 0, end)) >= 0:
        if path[: end + 1] in roots:
            return path[: end + 1]
    return "" if "" in roots else None


def roles_of(posts: list[Post]) -> dict[int, tuple[str, str]]:
    """The role of each record that is not a post, keyed by its Origin (which its Text shares). An
    entry of a site's list of authors is the account's own (AUTHOR_DATA) only when the site's
    configuration names it as the site's author (by its key or its name), or when most of the site's
    posts carry its byline, a post without one counting as the configuration's author's (themes show
    that author on it); any other entry, even the list's only one, is AUTHOR_LISTED: a guest writer's
    entry on a one-person blog is the guest's (rev15b 3). blog.py tells it the same way, and leaves out
    the guests' entries when it finds the owner's."""
    roles: dict[int, tuple[str, str]] = {}
    listed: list[tuple[Post, str, str, str]] = []  # (record, key, group, entry)
    names: dict[tuple[str, str], set[str]] = {}  # (group, entry) -> its key and the names it gives
    config_authors: dict[str, set[str]] = {}  # site root -> the author its configuration names
    bylines: dict[str, set[str]] = {}  # a post's path -> its bylines
    for post in posts:
        if post.kind != "config":
            continue
        extra = post.extra if isinstance(post.extra, dict) else {}
        key = str(extra.get("config_key", "")).lower()
        value = post.text.partition(": ")[2].strip()[:200].casefold()
        if extra.get("front_matter_of"):
            if key in _BYLINE_KEYS and value:
                bylines.setdefault(post.origin.path.replace("\\", "/"), set()).add(value)
            continue
        if key in _CONFIG_AUTHOR_KEYS and value and site_config_record(post):
            config_authors.setdefault(_site_root(post.origin.path.replace("\\", "/")), set()).add(value)
        role = record_role(post)
        place = author_data_place(post) if role[0] == L.AUTHOR_LISTED else None
        if place is not None:
            group, entry, _key = place
            said = names.setdefault((group, entry), {entry} if entry else set())
            if key.rpartition(".")[2] in _NAME_LEAVES and value:
                said.add(value)
            listed.append((post, role[1], group, entry))
            continue
        if role[0] != L.POST:
            roles[id(post.origin)] = role
    if listed:
        own = _own_entries(posts, names, config_authors, bylines)
        for post, key, group, entry in listed:
            roles[id(post.origin)] = (L.AUTHOR_DATA if (group, entry) in own else L.AUTHOR_LISTED, key)
    return roles


def _own_entries(posts: list[Post], names: dict[tuple[str, str], set[str]],
                 config_authors: dict[str, set[str]], bylines: dict[str, set[str]]) -> set[tuple[str, str]]:
    """The (group, entry) pairs of the sites' author lists that are the account's own (``roles_of``). A
    list written without keys (``- name: ...``) is one entry told by its name: none when it gives
    several names or none."""
    roots = {_group_root(group) for group, _entry in names}
    written: Counter[str] = Counter()  # site root -> its posts
    signed: dict[str, list[set[str]]] = {}  # site root -> the bylines of each of its signed posts
    for post in posts:
        if post.kind == "config":
            continue
        path = post.origin.path.replace("\\", "/")
        root = _root_of(path, roots)
        if root is None:
            continue
        written[root] += 1
        if path in bylines:
            signed.setdefault(root, []).append(bylines[path])
    named: dict[str, list[tuple[str, str]]] = {}  # group -> its entries the configuration names
    most: dict[str, list[tuple[str, str]]] = {}  # group -> its entries most of the site's posts carry
    for (group, entry), said in names.items():
        if not said or (not entry and len(said) > 1):
            continue
        root = _group_root(group)
        if said & config_authors.get(root, set()):
            named.setdefault(group, []).append((group, entry))
        # A post without a byline is the configuration's author's (named or not), never the entry's.
        carried = sum(1 for names_of_post in signed.get(root, ()) if names_of_post & said)
        if 2 * carried > written[root]:
            most.setdefault(group, []).append((group, entry))
    # One entry a group: co-authors who each sign most posts (or two the configuration names) are not told.
    return {pairs[0] for group in named.keys() | most.keys()
            for pairs in (named.get(group) or most[group],) if len(pairs) == 1}


def scan_texts(texts: list[Text], own: frozenset[str] = frozenset(),
               own_of: dict[int, frozenset[str]] | None = None,
               roles: dict[int, tuple[str, str]] | None = None,
               own_hosts: frozenset[str] = frozenset()) -> list[Finding]:
    """``own``: LINK007 keys left out of every text; ``own_of``: of the texts of one post each;
    ``roles``: where a record's text is written (``record_role``), by its Origin; ``own_hosts``:
    the sites' own hosts, no other website of the author's (LINK010)."""
    tally = Tally()
    for item in texts:
        mine = own_of.get(id(item.origin), own) if own_of else own
        role = roles.get(id(item.origin)) if roles else None  # None for posts: most texts
        found = L.scan(item.text, item.urls) if role is None else L.scan_record(item.text, item.urls, *role)
        for url, all_hits in found:
            hits = [h for h in all_hits if not (h.rule_id == "LINK007" and h.key in mine)
                    and not (h.rule_id == "LINK010" and url.ascii_host.removeprefix("www.") in own_hosts)]
            if url.start >= 0:
                evidence = snippet(item.text, url.start, url.end)
                where_at: Origin | partial[Origin] = partial(item.at, url.start)
            else:
                evidence = url.raw if len(url.raw) <= 160 else url.raw[:159] + "…"
                where_at = partial(_stored_at, item, url.raw)
            for h in hits:
                fact = tally.add(h.rule_id, h.key, h.value, evidence, where_at,
                                 detail=h.detail, kind=h.clue_kind, severity=h.severity,
                                 confidence=h.confidence)
                if _RANK.get(h.severity, 0) > _RANK.get(fact.extra.get("severity"), 0):
                    # Said as where it is most telling (the writer's own in a profile or a site's
                    # configuration, a listed author), even when a post linked it first.
                    fact.extra.update(severity=h.severity, detail=h.detail, confidence=h.confidence)
                    if h.advice:
                        fact.extra["advice"] = (h.advice, h.advice_fill)
                if h.advice and not fact.extra.get("advice"):
                    fact.extra["advice"] = (h.advice, h.advice_fill)
    findings: list[Finding] = []
    per_rule: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for fact in tally.facts():
        per_rule[fact.rule_id] += 1
        if per_rule[fact.rule_id] > MAX_FINDINGS_PER_RULE:
            skipped[fact.rule_id] += 1
            continue
        severity = fact.extra.get("severity")
        confidence = fact.extra.get("confidence")
        if fact.rule_id == "LINK001" and fact.count >= 3:
            severity, confidence = "medium", "high"
        if fact.rule_id == "LINK007" and severity != "high" and fact.count >= 2:
            severity, confidence = "medium", "medium"
        if fact.rule_id == "LINK007" and severity == "high":
            confidence = "high"
        findings.append(rule(fact.rule_id).finding(
            f"{_capital(fact.extra['detail'])}, {where(fact.locations, fact.count, 'link')}.",
            fact.evidence, fact.location, clue_value=fact.value,
            clue_kind=fact.extra.get("kind"), severity=severity, confidence=confidence,
            advice=_advice(fact.rule_id, fact.extra.get("advice")),
        ))
    for rule_id, n in skipped.items():
        first = next(f for f in findings if f.rule == rule_id)
        findings.append(rule(rule_id).finding(
            f"{n} more distinct links of this kind were found; only the first "
            f"{MAX_FINDINGS_PER_RULE} are listed.", "", first.location, severity="info",
        ))
    return findings

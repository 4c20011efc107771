"""Find links in text and say what each one gives away (``heuristics/links.toml``).

tldextract is only ever built as ``TLDExtract(suffix_list_urls=(), cache_dir=None)``:
it then reads the public-suffix snapshot bundled in the package, never the network,
and writes no cache.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from nymaudit.rules import load_file

MAX_URL_CHARS = 4096
MAX_URLS_PER_TEXT = 500
# Scheme links, "www." links, and bare links on hosts people paste without a scheme.
_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]]"
# An IPv6 host is written in brackets ("http://[fd00::1]:8080/"), which the path characters
# leave out (a bracket in prose usually closes a Markdown link text).
_URL = re.compile(
    r"(?i)(?<![\w@.])(?:(?:https?|ftp)://(?:\[[0-9a-f:.]{2,45}\]" + _URL_CHARS + "{0,"
    + str(MAX_URL_CHARS) + "}|" + _URL_CHARS + "{1," + str(MAX_URL_CHARS) + "})|www\\."
    + _URL_CHARS + "{1," + str(MAX_URL_CHARS) + "})"
)
_BARE = re.compile(
    r"(?i)(?<![\w@./-])(?:[a-z0-9-]{1,63}\.)*(?:github\.com|gitlab\.com|linkedin\.com|"
    r"sharepoint\.com|atlassian\.net|slack\.com|zoom\.us|docs\.google\.com|drive\.google\.com|"
    r"1drv\.ms|dropbox\.com|paypal\.me|monzo\.me|revolut\.me|linktr\.ee|ko-fi\.com|"
    r"substack\.com|bit\.ly|tinyurl\.com|w3w\.co)/[^\s<>\"'`{}|\\^\[\]]{0,"
    + str(MAX_URL_CHARS) + "}"
)
_TRAILING = ".,;:!?)]}'\"…*"


@dataclass(frozen=True, slots=True)
class Hit:
    """One revealing property of one link."""

    rule_id: str
    key: str  # what to aggregate on
    value: str  # clue value
    detail: str  # short human explanation
    clue_kind: str | None = None
    severity: str | None = None
    # The rule's advice variant for this case (a key of its table, e.g. "advice_site"), and
    # what fills its placeholders.
    advice: str | None = None
    advice_fill: tuple[tuple[str, str], ...] = ()
    confidence: str | None = None
    # LINK007: the words before the link give the account as someone else's ("credit",
    # "relation", "disclaimer"): never raised to the writer's own where it is written.
    other: str | None = None


@dataclass(frozen=True, slots=True)
class Url:
    raw: str
    start: int
    end: int
    host: str  # lower case, no port, IDN decoded for display
    ascii_host: str
    path: str
    query: list[tuple[str, str]]


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """URLs in text with their spans; trailing punctuation removed."""
    found: list[tuple[str, int, int]] = []
    if not text or ("." not in text and "://" not in text):
        return found
    spans: list[tuple[int, int]] = []
    for regex in (_URL, _BARE):
        for m in regex.finditer(text):
            start = m.start()
            if any(s <= start < e for s, e in spans):
                continue
            raw = m.group(0)
            while raw and raw[-1] in _TRAILING:
                if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
                    break
                if raw[-1] == "]" and raw.count("[") >= raw.count("]"):
                    break  # the bracket that closes an IPv6 host
                raw = raw[:-1]
            if len(raw) < 4:
                continue
            spans.append((start, start + len(raw)))
            found.append((raw, start, start + len(raw)))
            if len(found) >= MAX_URLS_PER_TEXT:
                return found
    if len(found) < MAX_URLS_PER_TEXT:
        found.extend(_bare_internal(text, spans, MAX_URLS_PER_TEXT - len(found)))
    found.sort(key=lambda t: t[1])
    return found


@cache
def _bare_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a quick test for an internal suffix at a word's end, the host name with its path)."""
    d = data()
    named = d.bare_suffixes | d.local_copy_suffixes  # .test, .localhost: local copies (jira.hmrc.test)
    suffixes = "|".join(sorted(map(re.escape, named), key=len, reverse=True))
    quick = re.compile(rf"(?i)\.(?:{suffixes})\b")
    # Not after a word, "@" (an e-mail's domain), a dot or a slash (a path, a longer
    # name); not before a dot and a letter (config.local.js) or "@".
    host = re.compile(
        r"(?i)(?<![\w@./\\-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + suffixes
        + r"))(?![\w@-]|\.[\w-])(?::\d{1,5})?(?:/[^\s<>\"'`{}|\\^\[\]]{0," + str(MAX_URL_CHARS) + "})?")
    return quick, host


def _bare_internal(text: str, spans: list[tuple[int, int]], room: int) -> list[tuple[str, int, int]]:
    """Internal host names written without a scheme ("moved everything to
    intranet.bristol.local"): as revealing as the link (walkthrough 9, item 6). Only three
    labels or more whose middle ones are no generic word (home, hole, example), with a
    service's first label or on a suffix code never uses (links.toml): notes.local,
    raspberrypi.local, py.path.local, nas.home.lan and wiki.local are files, devices,
    code, home networks and tutorials."""
    quick, host = _bare_regexes()
    if quick.search(text) is None:  # most texts: one scan for a literal dot
        return []
    d = data()
    out: list[tuple[str, int, int]] = []
    for m in host.finditer(text):
        start = m.start()
        if any(s <= start < e for s, e in spans):
            continue
        labels = m.group(1).lower().split(".")
        # Three labels at least, the middle ones naming an organisation, not a home network
        # or a tutorial (nas.home.lan, pi.hole.lan, wiki.local, gitlab.local: rules review 9).
        if labels[-1] in d.local_copy_suffixes:
            if local_copy_of(".".join(labels)) is None:
                continue  # wiki.acme.test: a local copy of acme's wiki; myapp.test: a tutorial's
        elif (len(labels) < 3 or labels[0] in d.bare_packages
                or any(label in d.bare_generic for label in labels[1:-1])
                or not (labels[0] in d.bare_services or labels[-1] in d.bare_strong)):
            continue
        raw = m.group(0)
        while raw and raw[-1] in _TRAILING:
            raw = raw[:-1]
        out.append((raw, start, start + len(raw)))
        if len(out) >= room:
            break
    return out


def parse(raw: str, start: int = 0, end: int = 0) -> Url | None:
    """Split a URL; None when it cannot be a URL (no host, bad brackets...)."""
    raw = raw.strip()[:MAX_URL_CHARS]
    candidate = raw if "://" in raw[:10] else "http://" + raw
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").strip(".").lower()
        query = parse_qsl(parts.query, keep_blank_values=True, max_num_fields=200)
    except ValueError:
        return None
    if not host or len(host) > 253 or any(c in host for c in " %\\"):
        return None
    ascii_host = host
    if host.isascii():
        if "xn--" in host:
            with contextlib.suppress(UnicodeError):
                host = host.encode("ascii").decode("idna")
    else:
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            ascii_host = host
    path = parts.path or "/"
    return Url(raw, start, end, host, ascii_host, path, query)


@cache
def _extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def split_host(host: str) -> tuple[str, str, str]:
    """(subdomain, registered domain, public suffix) from the offline suffix list."""
    try:
        ext = _extractor()(host)
    except Exception:  # noqa: BLE001 - hostile host names must not stop a scan
        return "", host, ""
    registered = f"{ext.domain}.{ext.suffix}" if ext.domain and ext.suffix else ""
    return ext.subdomain, registered, ext.suffix


@dataclass
class _Data:
    public: list[tuple[str, str, str]]
    public_map: dict[str, tuple[str, str]]
    generic: frozenset[str]
    papers: frozenset[str]
    staff: frozenset[str]
    internal: frozenset[str]
    shorteners: frozenset[str]
    shorteners_ignored: frozenset[str]
    workspaces: list[re.Pattern[str]]
    not_orgs: frozenset[str]
    community: frozenset[str]
    tenant_only: frozenset[str]
    tenant_params: frozenset[str]
    nested_url_params: frozenset[str]
    path_patterns: list[tuple[str, re.Pattern[str]]]
    documents: list[tuple[re.Pattern[str], re.Pattern[str]]]
    personal_path: re.Pattern[str]
    track_any: frozenset[str]
    track_host: list[tuple[str, frozenset[str]]]
    share_paths: list[tuple[re.Pattern[str], re.Pattern[str]]]
    min_value: int
    utm_personal: re.Pattern[str]
    ref_params: frozenset[str]
    short_params: frozenset[str]
    short_param_hosts: tuple[str, ...]
    generic_values: frozenset[str]
    payments: list[tuple[re.Pattern[str], re.Pattern[str]]]
    profiles: list[tuple[re.Pattern[str], re.Pattern[str], str]]
    subdomain_sites: list[tuple[str, str]]
    reserved: frozenset[str]
    own_cue: re.Pattern[str]
    other_cues: tuple[tuple[str, re.Pattern[str]], ...]
    forge_pages: list[tuple[str, str, str]]
    site_address_keys: frozenset[str]
    own_config_keys: frozenset[str]
    people_list_keys: frozenset[str]
    credit_keys: frozenset[str]
    own_key_suffixes: tuple[str, ...]
    own_platform_keys: frozenset[str]
    website_keys: frozenset[str]
    identity_files: frozenset[str]
    bare_suffixes: frozenset[str]
    bare_strong: frozenset[str]
    bare_services: frozenset[str]
    bare_packages: frozenset[str]
    bare_generic: frozenset[str]
    data_link_lists: frozenset[str]
    reserved_suffixes: frozenset[str]
    reserved_domains: frozenset[str]
    reserved_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    local_copy_suffixes: frozenset[str]
    local_copy_generic: frozenset[str]


@cache
def data() -> _Data:
    raw = load_file("links")
    hosts, ws, docs, tr, ref, prof = (
        raw["hosts"], raw["workspaces"], raw["documents"], raw["tracking"], raw["referral"],
        raw["profiles"],
    )

    def full(p: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{p})\Z")

    return _Data(
        public=[tuple(x) for x in hosts["public_suffixes"]],  # type: ignore[misc]
        public_map={x[0]: (x[1], x[2]) for x in hosts["public_suffixes"]},
        generic=frozenset(hosts["generic"]),
        papers=frozenset(hosts["local_papers"]),
        staff=frozenset(hosts["staff_labels"]),
        internal=frozenset(hosts["internal_suffixes"]),
        shorteners=frozenset(hosts["shorteners"]),
        shorteners_ignored=frozenset(hosts["shorteners_ignored"]),
        workspaces=[full(p) for p in ws["patterns"]],
        not_orgs=frozenset(ws["not_orgs"]),
        community=frozenset(ws.get("community", [])),
        tenant_only=frozenset(ws.get("tenant_only", [])),
        tenant_params=frozenset(x.lower() for x in ws.get("tenant_params", [])),
        nested_url_params=frozenset(x.lower() for x in ws.get("nested_url_params", [])),
        path_patterns=[(h, re.compile(p)) for h, p in ws["path_patterns"]],
        documents=[(full(h), re.compile(p)) for h, p in docs["patterns"]],
        personal_path=re.compile(docs["personal_path"], re.I),
        track_any=frozenset(tr["any_host"]),
        track_host=[(h, frozenset(ps)) for h, ps in tr["per_host"]],
        share_paths=[(full(h), re.compile(p)) for h, p in tr["share_paths"]],
        min_value=int(tr["min_value_length"]),
        utm_personal=re.compile(tr["utm_personal"]),
        ref_params=frozenset(ref["params"]),
        short_params=frozenset(ref["short_params"]),
        short_param_hosts=tuple(ref["short_param_hosts"]),
        generic_values=frozenset(ref["generic_values"]),
        payments=[(full(h), re.compile(p)) for h, p in ref["payment_hosts"]],
        profiles=[(full(h), re.compile(p), name) for h, p, name in prof["patterns"]],
        subdomain_sites=[(s, n) for s, n in prof["subdomain_sites"]],
        reserved=frozenset(prof["reserved"]),
        own_cue=re.compile(prof["own_cue"], re.I),
        other_cues=tuple((kind, _clause_end(prof[f"{kind}_cue"]))
                         for kind in ("relation", "disclaimer", "credit")),
        forge_pages=[(x[0], x[1], x[2]) for x in prof["forge_pages"]],
        site_address_keys=frozenset(prof["site_address_keys"]),
        own_config_keys=frozenset(prof["own_config_keys"]),
        people_list_keys=frozenset(prof["people_list_keys"]),
        credit_keys=frozenset(prof["credit_keys"]),
        own_key_suffixes=tuple(prof["own_key_suffixes"]),
        own_platform_keys=frozenset(prof["own_platform_keys"]),
        website_keys=frozenset(prof["website_keys"]),
        identity_files=frozenset(str(f).lower() for f in prof.get("identity_files", ())),
        bare_suffixes=frozenset(hosts["bare_internal_suffixes"]),
        bare_strong=frozenset(hosts["bare_strong_suffixes"]),
        bare_services=frozenset(hosts["bare_service_labels"]),
        bare_packages=frozenset(hosts["bare_package_roots"]),
        bare_generic=frozenset(hosts["bare_generic_labels"]),
        data_link_lists=frozenset(prof["data_link_lists"]),
        reserved_suffixes=frozenset(hosts["reserved_suffixes"]),
        reserved_domains=frozenset(hosts["reserved_domains"]),
        reserved_networks=tuple(ipaddress.ip_network(n) for n in hosts["reserved_networks"]),
        local_copy_suffixes=frozenset(hosts["local_copy_suffixes"]),
        local_copy_generic=frozenset(hosts["local_copy_generic_labels"]),
    )


def _clause_end(cue: str) -> re.Pattern[str]:
    """A cue that ends its clause, up to three words before the link ("married to the lovely"),
    but not followed by "me" ("art by me: ..." is the writer's own)."""
    not_me = r"(?!\W*(?:me|myself|us|mine|yours\s+truly)\b)"
    return re.compile(rf"(?P<cue>{cue}){not_me}(?:[\s:,(\-–—]+[\w@.'’]+){{0,3}}?[\s:,(\-–—]*\Z", re.I)


# What ends the clause a link is in: a separator, a sentence's end, or another link.
_CLAUSE_BREAK = re.compile(r"[|•·;\n]|[.!?](?=\s)|\S+://\S*|\S*\.\S*/\S*")


_WRITER_IN_CLAUSE = re.compile(r"\b(?:me|my|mine|myself)\b", re.I)


def other_cue(context: str) -> tuple[str, str] | None:
    """(kind, the cue's words) when the words just before a link give its account as someone
    else's: a credit, a person close to the writer, a disclaimer (rev13c 4)."""
    clause = _CLAUSE_BREAK.split(context[-120:])[-1]
    if not clause.strip():
        return None
    # The writer in the same clause ("pics from my insta", "find me via") makes it their own,
    # not a credit (review rev13e item 1); a relation's "my wife" is the relation's cue itself.
    writer = _WRITER_IN_CLAUSE.search(clause) is not None
    for kind, regex in data().other_cues:
        m = regex.search(clause)
        if m and not (writer and kind == "credit"):
            return kind, " ".join(m.group("cue").split()).strip(" :=,(-–—")
    return None


def _host_is(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def _suffixes(host: str) -> list[str]:
    """'a.b.leeds.gov.uk' -> ['a.b.leeds.gov.uk', 'b.leeds.gov.uk', 'leeds.gov.uk', ...]."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


# A number of an IPv4 host as browsers read it (WHATWG URL): decimal, octal (0177) or hex (0x7f).
_IPV4_PART = re.compile(r"0x[0-9a-f]*|0[0-7]*|[1-9][0-9]{0,9}")


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host is, as a browser reads it: besides dotted quads and IPv6, the short and
    numeric spellings of IPv4 (``127.1``, ``2130706433``, ``0x7f.0.0.1``, ``0``) and an IPv4 address
    mapped into IPv6 (``[::ffff:127.0.0.1]``), so every spelling of one address is judged alike
    (rev15b 7: ``127.1`` was an internal host while ``127.0.0.1`` was this computer's)."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return _legacy_ipv4(host)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """``127.1``, ``2130706433``, ``0x7f.1``: one to four numbers, the last filling the bytes left."""
    parts = host.removesuffix(".").split(".")
    if not parts[-1][:1].isdigit():  # most hosts: a name ends in a letter (www.bbc.co.uk)
        return None
    if len(parts) > 4 or not all(_IPV4_PART.fullmatch(p) for p in parts):
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 1 << (8 * (5 - len(numbers))):
        return None
    value = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        value |= n << (24 - 8 * i)
    return ipaddress.IPv4Address(value)


def _ipv4_number(part: str) -> int:
    if part.startswith("0x"):
        return int(part[2:] or "0", 16)
    return int(part, 8) if len(part) > 1 and part[0] == "0" else int(part)


def local_copy_of(host: str) -> str | None:
    """The organisation a developer's local copy of its service is named after (``jira.hmrc.test`` ->
    ``hmrc``, ``hub.acme.localhost`` -> ``acme``): a name reserved for this computer, three labels or more,
    a service's first label and no generic or framework's label before the suffix (``[hosts]
    local_copy_*``); None for any other host (``myapp.test``, ``api.myapp.test``, ``localhost``)."""
    d = data()
    labels = host.rstrip(".").split(".")
    if (len(labels) < 3 or labels[-1] not in d.local_copy_suffixes or labels[0] not in d.bare_services
            or any(label in d.bare_generic or label in d.local_copy_generic or label in d.bare_services
                   or not label.strip("-").isalnum() or label.isdigit() for label in labels[1:-1])):
        return None
    return labels[-2]


def reserved_host(host: str) -> bool:
    """Whether a host (lower case, ASCII) is a name or address reserved to point at nobody's network:
    localhost and this computer's addresses, the documentation names and blocks (``[hosts]
    reserved_*``: RFC 2606, 6761, 5737, 3849). A link to one says nothing of anyone."""
    return _reserved(host, _ip(host))


def _reserved(host: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> bool:
    d = data()
    if ip is not None:
        return any(ip.version == net.version and ip in net for net in d.reserved_networks)
    host = host.rstrip(".")
    return host.rsplit(".", 1)[-1] in d.reserved_suffixes or any(
        host == name or host.endswith("." + name) for name in d.reserved_domains)


def classify(url: Url, context: str = "") -> list[Hit]:
    """Everything revealing about one link. ``context`` is the text just before it
    (for 'my GitHub: ...')."""
    d = data()
    host, path = url.ascii_host, url.path
    hits: list[Hit] = []
    ip = _ip(host)
    if _reserved(host, ip):
        # localhost, example.com, 192.0.2.1: nobody's network or site, so the host says nothing (no
        # internal host, employer, profile or website); a share or referral code in the query is still
        # the sharer's own, whatever the host.
        named = host if ip else split_host(host)[1] or host
        org = None if ip else local_copy_of(host)
        # jira.hmrc.test: a developer's own copy of an organisation's service still names it (rev15b 7).
        service, suffix_label = host.split(".", 1)[0], host.rsplit(".", 1)[-1]
        local = Hit("LINK004", host, host, f"a local copy of {org}'s {service}: {url.host} is a name "
                    f"reserved for this computer (.{suffix_label}), which points at nobody's network, but it "
                    f"names {org}, whose system the writer runs a copy of", severity="info",
                    advice="advice_local_copy", confidence="low") if org else None
        return [h for h in (local, _tracking_hit(url, named), _referral_hit(url, named)) if h is not None]
    sub, registered, suffix = ("", host, "") if ip else split_host(host)
    labels = host.split(".")

    # Internal addresses.
    if ip is not None:
        if ip.is_private or ip.is_loopback or ip.is_link_local:
            shown = host if host.strip("[]") == str(ip) else f"{host} ({ip})"  # 167772161 is 10.0.0.1
            hits.append(Hit("LINK004", host, host, f"private network address {shown}"))
        return hits
    if "." not in host or labels[-1] in d.internal:
        hits.append(Hit("LINK004", host, host, f"internal host name {url.host}"))
        return hits
    if not suffix:
        hits.append(Hit("LINK004", host, host, f"host {url.host} has no public suffix"))
        return hits
    if sub and registered and any(lbl in d.staff for lbl in sub.split(".")) and any(
        x in d.public_map for x in _suffixes(registered)
    ):
        hits.append(Hit("LINK004", host, host, f"staff-only site {url.host}"))

    # Workspaces of an organisation.
    for regex in d.workspaces:
        m = regex.match(host)
        if m and m.group("org") not in d.not_orgs:
            org = m.group("org")
            if host.endswith("zoom.us") and not re.match(r"^/(?:j|my|w|s|meeting|rec)/", path):
                continue
            if host in d.community:
                # Anyone joins these (eleventh session): a project followed, not an employer;
                # an empty clue value gives the finding no (employer) clue.
                hits.append(Hit("LINK002", org, "", f"public community workspace of '{org}' ({url.host}; "
                                "anyone can join it: it names a project you follow, not an employer)",
                                severity="low"))
            else:
                hits.append(Hit("LINK002", org, org, f"workspace of '{org}' ({url.host})"))
            break
    else:
        for h, regex in d.path_patterns:
            if host == h:
                m = regex.match(path)
                tenant = _teams_tenant(url) if h in d.tenant_only else None
                # A Teams link names an organisation only through its tenant id (eleventh session:
                # a public meet-up link without one was "a company's own workspace", high).
                if m and (tenant or h not in d.tenant_only):
                    org = m.groupdict().get("org") or tenant or h
                    hits.append(Hit("LINK002", org, org, f"workspace link ({url.host}): {org}"))
                if h in d.tenant_only:
                    hits.extend(_nested(url))

    # Documents that show their owner.
    for hre, pre in d.documents:
        if hre.match(host) and pre.match(path):
            owner = d.personal_path.match(path)
            if owner:
                name = _owner_name(owner.group("owner"))
                hits.append(Hit("LINK005", f"{host}{path[:60]}", name,
                                f"personal OneDrive of '{name}'", "identity", "high"))
            else:
                hits.append(Hit("LINK005", url.raw[:120], host, f"shared document on {url.host}"))
            break

    # Tracking parameters and share paths.
    tracked = _tracking_hit(url, registered)
    if tracked is not None:
        hits.append(tracked)
    for hre, pre in d.share_paths:
        if hre.match(host) and pre.match(path):
            hits.append(Hit("LINK003", f"{registered}:share-path", f"{registered} share link",
                            f"a personal share link that identifies the sharer ({registered})"))
            break

    # Referral codes and payment pages.
    for hre, pre in d.payments:
        if hre.match(host):
            m = pre.match(path)
            if m and m.group("user").lower() not in d.reserved:
                user = m.group("user")
                hits.append(Hit("LINK008", f"{registered}/{user.lower()}", f"{registered}/{user}",
                                f"payment page {registered}/{user}"))
            break
    ref = _referral_hit(url, registered)
    if ref is not None:
        hits.append(ref)

    # Shorteners.
    shortener = registered in d.shorteners or host in d.shorteners
    if shortener and host not in d.shorteners_ignored and path not in ("", "/"):
        hits.append(Hit("LINK006", url.raw[:200], host, f"short link on {host}"))

    # Profiles on other platforms.
    profile = _profile(url, registered, sub)
    if profile:
        platform, user = profile
        other = other_cue(context) if context else None
        own = other is None and bool(d.own_cue.search(context[-80:])) if context else False
        if other is not None:
            hits.append(_others_account(platform, user, *other))
        else:
            forge = forge_account(url)
            # A forge's pages site (NAME.github.io) is no profile page, but the host serves it only for
            # the forge account NAME: the link names that account (a lead about whoever it is).
            said = (f"{platform} profile '{user}'" if forge is None else
                    f"site {url.host} on {forge[0]}'s pages host, which names the {forge[0]} account "
                    f"'{forge[1]}' that publishes it ({forge[2]})")
            hits.append(Hit("LINK007", f"{platform}:{user.lower()}", f"{platform} {user}",
                            said + (" (said to be their own)" if own else ""),
                            None, "high" if own else None))

    # Public bodies, institutions and local papers.
    if registered and host not in d.generic and registered not in d.generic:
        body = next((d.public_map[x] for x in _suffixes(registered)[1:] if x in d.public_map),
                    None)
        if body is not None:
            kind, label = body
            hits.append(Hit("LINK001", registered, f"{label}: {registered}",
                            f"{label} ({registered})", kind))
        elif registered in d.papers:
                hits.append(Hit("LINK001", registered, f"local paper: {registered}",
                                f"local paper ({registered})", "location"))
    return hits


def _tracking_hit(url: Url, registered: str) -> Hit | None:
    """LINK003 for a query parameter that identifies the sharer (si=, fbclid=...)."""
    tracked = _tracking(url)
    if not tracked:
        return None
    return Hit("LINK003", f"{registered}:{tracked}", f"{registered} share id ({tracked}=)",
               f"a share link whose {tracked}= value identifies the sharer ({registered})")


def _referral_hit(url: Url, registered: str) -> Hit | None:
    """LINK008 for a referral or affiliate code in the query (ref=, tag=...)."""
    ref = _referral(url, registered)
    if not ref:
        return None
    return Hit("LINK008", f"{registered}:{ref}", f"{registered} {ref}",
               f"referral code {ref} on {registered}", "account", "medium")


def _others_account(platform: str, user: str, kind: str, cue: str) -> Hit:
    """A profile link the words before it give as someone else's: a credit and a disclaimer stay
    leads; a person close to the writer is said as such (family, medium)."""
    key, account = f"{platform}:{user.lower()}", f"{platform} {user}"
    said = f"{platform} profile '{user}'"
    if kind == "relation":
        return Hit("LINK007", key, f"{account} ({cue})",
                   f"{said}, given as another person's ('{cue}'): it names someone close to the writer, "
                   "whose own account may show their real name, photos and home town",
                   "family", "medium", advice="advice_relation", confidence="medium", other=kind)
    if kind == "disclaimer":
        return Hit("LINK007", key, account,
                   f"{said}, named in a disclaimer ('{cue}'): not said to be the writer's account, but "
                   "a disclaimer usually names an organisation the writer works for or near",
                   advice="advice_disclaimer", other=kind)
    return Hit("LINK007", key, account,
               f"{said}, credited ('{cue}'): another person's account, not said to be the writer's; a "
               "lead to who the writer knows", advice="advice_credit", other=kind)


_SECOND_LEVEL = frozenset({"co", "ac", "org", "gov", "com", "net", "nhs", "sch", "edu"})


def _owner_name(segment: str) -> str:
    """'jane_doe_contoso_com' -> 'jane doe' (the e-mail's user part)."""
    parts = [p for p in segment.split("_") if p]
    drop = 2
    if len(parts) >= 4 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL:
        drop = 3
    user = parts[:-drop] if len(parts) > drop else parts[:1]
    return " ".join(user)


def _teams_tenant(url: Url) -> str | None:
    """The tenant id of a Teams link: tenantId= (channel, team, file, message and chat links) or
    context={"Tid": ...} (meeting links). Lower-cased so one tenant is one finding."""
    d = data()
    for name, value in url.query:
        lname = name.lower()
        if lname in d.tenant_params:
            m = re.fullmatch(r"\s*([0-9a-fA-F-]{8,36})\s*", unquote(value))
        elif lname == "context":
            m = re.search(r'"Tid"\s*:\s*"([0-9a-fA-F-]{8,36})"', unquote(value), re.I)
        else:
            continue
        if m:
            return f"Teams tenant {m.group(1).lower()}"
    return None


def _nested(url: Url) -> list[Hit]:
    """Hits of the URLs a tenant-only link carries in its query (a Teams file link's objectUrl=
    names the SharePoint site); one level only, so a link cannot recurse."""
    d = data()
    hits: list[Hit] = []
    for name, value in url.query:
        if name.lower() in d.nested_url_params and value.lower().startswith(("http://", "https://")):
            inner = parse(value)
            if inner is not None and inner.ascii_host not in d.tenant_only:
                hits.extend(h for h in classify(inner) if h.rule_id != "LINK004")
    return hits


def _tracking(url: Url) -> str | None:
    d = data()
    names = set(d.track_any)
    for suffix, params in d.track_host:
        if _host_is(url.ascii_host, suffix):
            names |= params
    for name, value in url.query:
        lname = name.lower()
        if lname in names and len(value) >= (2 if lname in ("s", "t") else d.min_value):
            if lname == "t" and value.isdigit():
                continue  # a time offset (t=42), not a tracking id
            if lname == "s":
                continue  # X's s= is a client number (s=20, s=46), not the sharer
            return lname
        if lname.startswith("utm_") and d.utm_personal.search(value):
            return lname
    return None


def _referral(url: Url, registered: str) -> str | None:
    d = data()
    short_ok = any(_host_is(url.ascii_host, h) for h in d.short_param_hosts)
    for name, value in url.query:
        lname = name.lower()
        if lname not in d.ref_params or value.lower() in d.generic_values or len(value) < 3:
            continue
        if lname in d.short_params and not short_ok:
            continue
        return f"{lname}={value[:40]}"
    return None


def _profile(url: Url, registered: str, sub: str) -> tuple[str, str] | None:
    d = data()
    host, path = url.ascii_host, url.path
    for hre, pre, platform in d.profiles:
        if hre.match(host):
            m = pre.match(path)
            if m:
                user = unquote(m.group("user")).strip("/")
                if user.lower() not in d.reserved:
                    return platform, user
            return None
    for suffix, platform in d.subdomain_sites:
        if _host_is(host, suffix) and host != suffix:
            first = host[: -len(suffix) - 1].split(".")[-1]
            if first and first not in ("www", "blog", "help", "support", "status", "docs", "on"):
                return platform, first
    # Fediverse profiles: https://host/@user (no further path).
    m = re.match(r"^/@(?P<user>[A-Za-z0-9_]{1,30})/?$", path)
    if m and registered:
        return "Fediverse", f"@{m.group('user')}@{host}"
    return None


def scan(text: str, extra_urls: tuple[str, ...] = (), *,
         keep_all: bool = False) -> list[tuple[Url, list[Hit]]]:
    """Every link in the text (plus URLs stored beside it) with its revealing hits;
    ``keep_all``: links with none too (a profile's website says something by being there)."""
    out: list[tuple[Url, list[Hit]]] = []
    seen: set[str] = set()
    items = find_urls(text)
    for raw in extra_urls[:MAX_URLS_PER_TEXT]:
        if isinstance(raw, str) and raw not in seen:
            items.append((raw, -1, -1))
    for raw, start, end in items:
        if raw in seen:
            continue
        seen.add(raw)
        url = parse(raw, start, end)
        if url is None or (keep_all and reserved_host(url.ascii_host)):
            continue  # a profile's website of https://example.com names no site either
        context = text[max(0, start - 80) : start] if start >= 0 else ""
        hits = classify(url, context)
        if hits or keep_all:
            out.append((url, hits))
    return out


# -- where a link is written ---------------------------------------------------
#
# The same link means different things in a post, in the account's own profile and in a site's
# configuration (thirteenth session, walk13 items 15-16, red13 item 9): a GitHub profile in a
# post is a lead; in the profile, or under a theme's github_username, the account says it is its
# own; the site's own address (url, baseURL) is no other account at all, but on NAME.github.io it
# names the forge account that publishes the site.

POST, PROFILE, SITE, SITE_ADDRESS = "post", "profile", "site", "site_address"
# A file the site serves under /.well-known/ (keybase.txt, webfinger): identity proofs and account
# aliases the site's owner published for machines to find.
WELL_KNOWN = "well_known"
# Any other file served there (security.txt: whom to report security problems to, often the host or a
# bug-bounty platform): an account it names is a lead, not the owner's (review rev14a item 7).
SERVED = "served"
# An entry of a site configuration's list of people (``authors.jane.twitter``: a team blog's author,
# maybe a co-author) and a theme's example configuration (exampleSite/): accounts written there are
# not said to be the writer's own (rev13c 3).
LISTED, EXAMPLE = "listed", "example"
# A value of a site's author data (Jekyll _data/authors.yml, _data/social.yml, Hugo data/authors/<name>.toml,
# an author page's front matter), which themes render as the author box and its links (lnk15 item 3): the
# account's own entry (the only one, or the one the posts' bylines name) says its accounts and website are
# the writer's own, as the site's configuration does; an entry of several that cannot be told to be the
# account's is a listed author's, as LISTED.
AUTHOR_DATA, AUTHOR_LISTED = "author_data", "author_listed"


def identity_file(name: str) -> bool:
    """Whether a file a site serves under /.well-known/ (or keybase.txt at its root) says which
    accounts are its owner's (heuristics/links.toml ``identity_files``)."""
    return name.rsplit("/", 1)[-1].strip().lower() in data().identity_files


def _key_parts(key: str) -> list[str]:
    return [part.strip().lower().replace("-", "_") for part in key.split(".") if part.strip()]


def site_role(key: str) -> str:
    """The role of a value of a site's configuration, by its dotted key path: the site's own
    address, the author's own account (a theme links it from every page), or neither."""
    d = data()
    parts = _key_parts(key)
    if not parts:
        return POST
    if len(parts) == 1 and parts[0] in d.site_address_keys:
        return SITE_ADDRESS
    leaf = parts[-1]
    if any(p in d.credit_keys for p in parts):
        return POST  # a theme's author, a designer, thanks: someone else, a lead
    if any(p in d.people_list_keys for p in parts):
        return LISTED
    if (any(p in d.own_config_keys or p in d.own_platform_keys for p in parts)
            or leaf.endswith(d.own_key_suffixes)):
        return SITE
    return POST


def website_field(key: str, text: str) -> bool:
    """Whether a profile record is its website: X's ``website``, a Mastodon field labelled so
    (``field:Website``) or holding a link and nothing else."""
    d = data()
    lowered = key.strip().lower()
    if lowered in d.website_keys:
        return True
    if not lowered.startswith("field:"):
        return False
    label = lowered[len("field:"):].strip()
    value = text.partition(": ")[2].strip()
    return label in d.website_keys or (bool(value) and not any(c.isspace() for c in value) and "." in value)


def forge_account(url: Url) -> tuple[str, str, str] | None:
    """(forge, account, its profile page) of a forge pages address (quietpen.github.io)."""
    host = url.ascii_host
    for suffix, forge, profile in data().forge_pages:
        if host.endswith("." + suffix):
            name = host[: -len(suffix) - 1].split(".")[-1]
            if name and name != "www":
                return forge, name, profile.format(name)
    return None


def _listed_entry(key: str) -> str:
    """The entry of a people list a key is in: ``authors.jane.twitter`` -> ``authors.jane`` (a
    list's items add no key: ``authors.twitter`` -> ``authors``)."""
    parts = [p for p in key.split(".") if p.strip()]
    people = data().people_list_keys
    at = next((i for i, p in enumerate(_key_parts(key)) if p in people), len(parts) - 1)
    return ".".join(parts[: min(at + 2, len(parts) - 1)] or parts[:1])


def _as_own(hit: Hit, role: str, key: str) -> Hit:
    """A LINK007 hit where it is written: in the profile or a site configuration's own-account keys
    the writer's own account, said so (high); in an entry of a site's list of people or a theme's
    example configuration, an account listed there (medium, low confidence); given as someone
    else's by the words before it (``Hit.other``), as it was."""
    said = hit.detail.removesuffix(" (said to be their own)")
    if hit.other is not None:
        where = {PROFILE: ", in the account's own profile", LISTED: "", EXAMPLE: ""}.get(role, "")
        return replace(hit, detail=hit.detail.replace(", ", where + ", ", 1) if where else hit.detail)
    if role == LISTED:
        entry = _listed_entry(key)
        detail = (f"{said}, which the site's configuration lists under `{entry}`, an entry of its list of "
                  "authors: a team blog's co-author's account, or the writer's, as the entry is theirs")
        return replace(hit, detail=detail, severity="medium", confidence="low", advice="advice_listed",
                       advice_fill=(("key", key), ("entry", entry)))
    if role == AUTHOR_LISTED:
        detail = (f"{said}, which the site's author data lists under `{key}`, in an entry of its list "
                  "of authors that cannot be told to be the account's: a co-author's account, or the "
                  "writer's if the entry is theirs")
        return replace(hit, detail=detail, severity="medium", confidence="low", advice="advice_author_listed",
                       advice_fill=(("key", key),))
    if role == AUTHOR_DATA:
        detail = (f"{said}, which the site's author data gives as the author's own account (`{key}`; themes "
                  "link it from the author box)")
        return replace(hit, detail=detail, severity="high", advice="advice_author",
                       advice_fill=(("key", key),))
    if role == EXAMPLE:
        detail = (f"{said}, in a theme's example configuration (`{key}`), whose accounts are usually the "
                  "theme author's or placeholders, not the writer's")
        return replace(hit, detail=detail, severity="medium", confidence="low", advice="advice_example",
                       advice_fill=(("key", key),))
    if role == PROFILE:
        detail = f"{said}, linked from the account's own profile"
        return replace(hit, detail=detail, severity="high", advice="advice_profile")
    if role == WELL_KNOWN:
        return replace(hit, detail=f"{said}, {_well_known_says(key)}", severity="high", confidence="high",
                       advice="advice_well_known", advice_fill=(("key", key),))
    if role == SERVED:
        return replace(hit, detail=f"{said}, {_served_says(key)}", severity="low", confidence="low",
                       advice="advice_served", advice_fill=(("key", key),))
    detail = f"{said}, which the site's configuration gives as the author's own account (themes link it " \
             "from every page)"
    return replace(hit, detail=detail, severity="high", advice="advice_site", advice_fill=(("key", key),))


def _well_known_says(key: str) -> str:
    """What a file under /.well-known/ (or a site's keybase.txt) says of the account it names."""
    file = key.rsplit("/", 1)[-1].lower()
    if file.startswith("keybase"):
        return ("named in the site's keybase.txt: a Keybase proof, signed, that whoever controls the site "
                "also controls that Keybase account, whose public profile lists every other account and "
                "site its owner proved (GitHub, Reddit, Mastodon, domains)")
    if file.startswith("webfinger"):
        return ("named in the site's .well-known/webfinger file: servers that look the site's address up "
                "are sent to that account, so the site says it is the same owner's")
    return (f"named in the site's .well-known/{file}, which ties the site's name to that account for "
            "machines to check: the site's owner published it as theirs")


def _served_says(key: str) -> str:
    """What a file under /.well-known/ that is no identity file says of an account it names."""
    file = key.rsplit("/", 1)[-1].lower()
    if file.startswith("security"):
        return ("named in the site's .well-known/security.txt, which names whom to report security problems "
                "to (often the site's host or a bug-bounty platform), not the owner's own accounts: a lead")
    return (f"named in the site's .well-known/{file}, a file served for machines that does not say whose "
            "the account is: a lead")


# A WebFinger account (``acct:user@host``, RFC 7565): a fediverse address, not an e-mail.
_ACCT = re.compile(r"\bacct:@?(?P<user>[A-Za-z0-9_.-]{1,64})"
                   r"@(?P<host>[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24})\b", re.I)


def _acct_links(text: str) -> list[tuple[Url, list[Hit]]]:
    """The accounts a WebFinger file names, as the profile pages they resolve to (Mastodon's
    ``https://host/@user``), each with its own-account hit; ``Url.start``/``end`` are the
    ``acct:`` text's, so the evidence quotes it."""
    out: list[tuple[Url, list[Hit]]] = []
    for m in list(_ACCT.finditer(text))[:MAX_URLS_PER_TEXT]:
        user, host = m.group("user"), m.group("host").lower().strip(".")
        url = parse(f"https://{host}/@{user}", m.start(), m.end())
        if url is None:
            continue
        account = f"@{user}@{host}"
        out.append((url, [Hit("LINK007", f"Fediverse:{account.lower()}", f"Fediverse {account}",
                              f"Fediverse account '{account}' (acct:{user}@{host})")]))
    return out


def own_website_key(key: str) -> bool:
    """A configuration key that holds the author's own website (``author.url``,
    ``params.author.website``, ``owner.homepage``): the writer's own site, said as a profile's."""
    d = data()
    parts = _key_parts(key)
    return (len(parts) >= 2 and parts[-1] in d.website_keys
            and any(p in d.own_config_keys for p in parts[:-1]))


def author_website_key(key: str) -> bool:
    """A key of a site's author data that holds a website (``jane.url``, ``website``, ``links``,
    ``jane.links.url``): the author box links it as the author's own site."""
    parts = _key_parts(key)
    return bool(parts) and parts[-1] in data().website_keys


def _is_x_short_link(url: Url) -> bool:
    return url.ascii_host in data().shorteners_ignored


def scan_record(text: str, extra_urls: tuple[str, ...] = (), role: str = POST,
                key: str = "") -> list[tuple[Url, list[Hit]]]:
    """``scan`` for a text written in ``role`` (POST, PROFILE, SITE, SITE_ADDRESS, LISTED, EXAMPLE,
    WELL_KNOWN, SERVED, AUTHOR_DATA, AUTHOR_LISTED), with ``key`` the record's configuration key or
    profile field."""
    if role == POST:
        return scan(text, extra_urls)
    site_website = role == SITE and own_website_key(key)
    author_website = role in (AUTHOR_DATA, AUTHOR_LISTED) and author_website_key(key)
    profile_website = role == PROFILE and website_field(key, text)
    website = profile_website or site_website or author_website
    out: list[tuple[Url, list[Hit]]] = []
    found = scan(text, extra_urls, keep_all=website)
    if role == WELL_KNOWN:
        found = _acct_links(text) + found
    if profile_website and any(not _is_x_short_link(u) for u, _h in found):
        # X keeps the profile's website as a t.co link; where the archive names the site it stands for
        # (the source puts it beside the record), that site is the website and the t.co link says nothing.
        found = [(u, h) for u, h in found if not _is_x_short_link(u)]
    for url, hits in found:
        if role == SITE_ADDRESS:
            # The site's own address is no other account; on a forge's pages host it names
            # the account that publishes the site.
            hits = [h for h in hits if h.rule_id != "LINK007"]
            forge = forge_account(url)
            if forge is not None:
                name, account, profile = forge
                hits.append(Hit("LINK009", f"{name}:{account.lower()}", f"{name} {account}",
                                f"the site's own address {url.host} is on {name}'s pages host, which serves "
                                f"it only for the {name} user or organisation '{account}': it names the "
                                f"{name} account that publishes the site ({profile})"))
        else:
            hits = [_as_own(h, role, key) if h.rule_id == "LINK007" else h for h in hits]
        if website and not hits:
            _sub, registered, _suffix = split_host(url.ascii_host)
            if _is_x_short_link(url):
                # The profile shows every visitor a website that the archive does not name (X's profile.js
                # keeps its t.co link only, and nymaudit never goes online to follow it): said, with how
                # to see which site it is; low like any profile's website, low confidence, no clue.
                hits = [Hit("LINK010", url.raw[:200], "",
                            f"the profile links a website that the archive does not name: X keeps only its "
                            f"short link {url.raw[:60]}, which nymaudit does not follow (it never goes "
                            "online), so the site was not checked",
                            severity="low", confidence="low", advice="advice_unnamed")]
            elif registered and author_website and role == AUTHOR_LISTED:
                hits = [Hit("LINK010", registered, f"website {url.host}",
                            f"the site's author data lists {url.host} as a website under `{key}`, in an "
                            "entry of its list of authors that cannot be told to be the account's: a "
                            "co-author's site, or the writer's if the entry is theirs",
                            severity="medium", confidence="low", advice="advice_author_listed",
                            advice_fill=(("key", key),))]
            elif registered and author_website:
                hits = [Hit("LINK010", registered, f"website {url.host}",
                            f"the site's author data gives {url.host} as the author's own website (`{key}`; "
                            "themes link it from the author box)",
                            severity="high", confidence="high", advice="advice_author",
                            advice_fill=(("key", key),))]
            elif registered and site_website:
                # The theme links it as the author's own site from every page (the writer's own, high).
                hits = [Hit("LINK010", registered, f"website {url.host}",
                            f"the site's configuration gives {url.host} as the author's own website "
                            f"(`{key}`; themes link it from the author box on every page)",
                            severity="high", confidence="high", advice="advice_site",
                            advice_fill=(("key", key),))]
            elif registered:
                hits = [Hit("LINK010", registered, f"website {url.host}",
                            f"the profile's website field links to {url.host}")]
        if hits:
            out.append((url, hits))
    return out


def record_example(rule: Any, example: str) -> bool:
    """Matcher for the examples in heuristics/links.toml: a post's text, or ``site KEY: VALUE``
    (a site configuration's value) or ``profile KEY: VALUE`` (a profile's field)."""
    role, _, rest = example.partition(" ")
    if role in (SITE, PROFILE, EXAMPLE, WELL_KNOWN, SERVED, AUTHOR_DATA, AUTHOR_LISTED) and ": " in rest:
        key = rest.partition(": ")[0]
        if role == SITE:
            role = site_role(key)
        found = scan_record(rest, (), role, key)
    else:
        found = scan(example)
    return any(h.rule_id == rule.id for _, hits in found for h in hits)


def rule_example(rule: Any, example: str) -> bool:
    """Matcher for the examples in heuristics/links.toml."""
    return any(h.rule_id == rule.id for _, hits in scan(example) for h in hits)

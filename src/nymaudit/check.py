"""`nymaudit check`: drafts before they go out, for a blog's CI.

A baseline (after detect-secrets) records accepted findings as salted hashes of
rule + clue. The salt sits in the file, so a hash only hides a value nobody can
list: a town, postcode, phone number or time zone is found by hashing every
candidate (red team 10, F2). Since 2026-11-29 (baseline/2) the rule is no longer
written beside each hash, and with NYMAUDIT_BASELINE_KEY set (a secret kept out of
the repository, a CI secret) the hashes are HMAC-SHA256 under that key, which no
list of guesses can be checked against. ``--history`` (what the account already
published) marks findings that only repeat something already public.

A finding is matched on what it reveals. For most rules that is the clue value
(an address, a place, a handle). Some self-disclosure patterns give a fixed label
instead ("describes their workplace"), the same for every post they match: for
those the sentence that matched is the key, so a new, different disclosure is not
taken for one already accepted or published. A UTC offset finding (TIME007 from
the offsets records store, TIME009 from photos) is matched offset by offset: its
clue lists the offsets of the files read together ("UTC+01:00 / UTC+00:00" for a
year of posts, "UTC+01:00" for one summer draft), so as a whole it matched only a
baseline made of exactly the same files (walk13 item 4). An offset the writer's dates
publish accepts a photo's clock at the same offset (review rev13b item 6,
``offset_counterparts``), but a photo's or a file's offset never accepts a draft's dates: it
says where a device or document once was, a draft's date where the writer is now (rev14c item 1).
Since the fourteenth session TIME009 is keyed on every offset its photos store, those off the
clock its clue gives too (a camera never switched to summer time), and META014 on every offset
a file states, and is one of the offset rules: a photo stored at an offset already accepted is
accepted whichever of TIME009 and META014 tells it, or the writer's dates.

Since the fifteenth session `baseline add` (``add_to_baseline``) adds one draft's findings, or
one rule's, to an existing baseline under its own salt and key, and with ``--accept-unread`` the
sha256 of each file that could not be read (a scan, a damaged file): `check` then keeps that
file's INPUT001 / META026 in the report at info, said to be accepted, until a byte changes.
``--history`` in a pull request's checkout leaves out of the history the FILEs and the files the
drafts show that no kept post shows (a Hugo page bundle's photo and documents, walk15 item 1).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import posixpath
import re
import secrets
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from nymaudit.detectors import DETECTORS
from nymaudit.model import Attachment, Corpus, Finding, InputError, InputSummary, Origin, Report, Severity

BASELINE_SCHEMA = "nymaudit.baseline/2"
# Written until 2026-11-29: {rule, hash} entries, the rule in plain text. Still read.
OLD_BASELINE_SCHEMA = "nymaudit.baseline/1"
# The secret a keyed baseline is made and checked with (a CI secret, never committed).
KEY_ENV = "NYMAUDIT_BASELINE_KEY"
# Shorter than this, a key can itself be guessed (it is checked offline against the file).
MIN_KEY_CHARS = 16
DIGESTS = ("sha256", "hmac-sha256")
# What a keyed baseline's key_check is the HMAC of: tells a wrong key from "nothing accepted".
_KEY_CHECK = "nymaudit baseline key check"
MAX_BASELINE_BYTES = 64 * 1024**2
# Input problems that mean part of a draft was not checked; `check` raises them to
# medium (they are info in a scan report, which lists what it did read).
UNREAD_RULES = frozenset({"INPUT001", "INPUT002"})
# An image or document that could not be checked (unreadable, too large, a format not
# read): a gate fails closed on it too, and neither a baseline nor --history accepts it.
UNCHECKED_RULES = frozenset({"META026"})
# A FILE that is a symbolic link is not read: a pull request can commit
# `notes.md -> /proc/self/environ` and its contents would land in the CI log as evidence.
LINK_ERROR = ("a symbolic link; check does not follow links: a change can point a file at "
              "secrets on the CI machine")
# A draft has no publishing time yet, and linkage needs --known: both are scan's job.
# The offset a draft's own front matter stores is checked (timing_stated, TIME007), and the
# offsets its photos' cameras stored (the timing detector with TIMING_PHOTOS_ONLY: TIME009
# alone, no reading of hours; before the metadata detector, which reuses what it extracted).
TIMING_PHOTOS_ONLY = {"timing": "photos"}
CHECK_DETECTORS = tuple(step for d in DETECTORS if d != "linkage"
                        for step in (("timing_stated", "timing") if d == "timing" else (d,)))
# Files a repository changes that are neither posts nor what posts show: a CI job or a
# pre-commit hook that checks every changed file passes them here. Skipped only when no
# reader recognised the content (a stylesheet is never a post; images and documents are
# not listed: they are read, or fail closed). The lists are data, heuristics/check.toml
# [not_draft]: source code by its linguist extensions since walk16 item 1 (a .rs or .java
# file failed the documented hook as "unknown format"), stylesheets, fonts, configuration.
CODE_KIND = "source code"
# The message a reader gives when it recognised nothing (sources.detect): only then
# is a listed type skipped; any other problem with it fails closed.
UNKNOWN_FORMAT = "unknown format"
# Where a sentence ends: the key of a fixed-label disclosure runs between two of these.
_SENTENCE_END = re.compile(r"[.!?;…](?=\s|$)|\n")
SENTENCE_CAP = 240  # characters each side of the match, for a text without stops
# Findings whose clue is a list of UTC offsets ("UTC+01:00 / UTC+00:00"): keyed one offset each.
# META014 is a file's offset (or a zone's name, keyed whole): one fact with a post's or photo's.
OFFSET_RULES = frozenset({"TIME007", "TIME009", "META014"})
# Which offset rules' keys an offset rule's key accepts (rev14c item 1): a writer's dates accept
# a device's or document's offset; a device's (photo) or document's offset accepts the other of the
# two, never a writer's dates.
_ACCEPTS: dict[str, frozenset[str]] = {"TIME007": frozenset({"TIME009", "META014"}),
                                       "TIME009": frozenset({"META014"}),
                                       "META014": frozenset({"TIME009"})}
_OFFSET = re.compile(r"utc[+-]\d{2}:\d{2}")
# How a clue lists offsets: TIME007/TIME009 "UTC+01:00 / UTC+00:00"; META014 "UTC+01:00" (one
# a file until the fourteenth session) or a list.
_CLUE_SEPARATOR = re.compile(r"\s*(?: / |,|;| and )\s*")
# An offset a META014 evidence field ends in: "OffsetTime=+01:00", "DateCreated=…+05:00".
_FIELD_OFFSET = re.compile(r"=[^;=]*?([+-]\d{2}:\d{2})(?=;|$)")
# `_sentences`' entry for the offsets the records read store, one _Said each (TIME007's keys).
_STATED = ("TIME007", "\x00stated offsets")
_UTC_ZERO = "\x1futc+00:00"
# baseline/2's optional fields (since 2026-11-30): the sha256 of each file's bytes accepted as not
# read (`baseline add --accept-unread`), and in a keyed file one HMAC tag per hash that tells its
# rule to whoever holds the key (`baseline show`), to nobody else. An unkeyed file names no rule:
# with the salt beside them, tags of ~150 rules are tried in no time, and a rule tells a topic.
UNREAD_FIELD = "unread"
RULE_TAGS_FIELD = "rule_tags"
# "hmac-sha256" when a keyed file's `unread` entries are HMACs of the files' sha256 under the key
# (since rev15a item 10): without it they are plain sha256 (an unkeyed file, or a keyed one that
# `baseline add` wrote before), still read, and keyed by the next `baseline add` with the key.
UNREAD_DIGEST_FIELD = "unread_digest"
_SHA256 = re.compile(r"[0-9a-f]{64}")
# A file larger than this is not hashed (so not accepted as unread): check reads no more either.
MAX_UNREAD_BYTES = 1024**3
# Years back a configuration's time zone is taken to have published its offsets (a baseline or
# history holding `timezone: Europe/Dublin` accepts a draft stored at +01:00 or +00:00).
ZONE_YEARS = 5


class BaselineError(ValueError):
    pass


@dataclass
class CheckResult:
    report: Report
    suppressed: int = 0
    notes: list[str] = field(default_factory=list)  # for stderr: what the user should know


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _finding_key(f: Finding) -> str:
    core = f.clue.value if f.clue else f.evidence
    return f"{f.rule}\x1f{_norm(core)}"


def _digest(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}\x1f{key}".encode()).hexdigest()


def _keyed_digest(key: str, salt: str, secret: bytes) -> str:
    return hmac.new(secret, f"{salt}\x1f{key}".encode(), hashlib.sha256).hexdigest()


def baseline_key() -> bytes | None:
    """$NYMAUDIT_BASELINE_KEY as bytes, None when unset or empty (a pull request from a
    fork gets an empty secret). Spaces around it are dropped: a pasted secret's newline."""
    value = os.environ.get(KEY_ENV, "").strip()
    return value.encode("utf-8", "surrogateescape") if value else None


@dataclass
class Baseline:
    """The accepted hashes and how to make a key's hash: SHA-256 of salt + key, or HMAC-SHA256
    under the secret key (``secret``) for a keyed baseline."""

    salt: str
    hashes: set[str]
    secret: bytes | None = None
    schema: str = BASELINE_SCHEMA
    # The key is set but the baseline was made without it (or is baseline/1).
    key_unused: bool = False
    # Each file accepted as not read (`baseline add --accept-unread`) as stored: its sha256, or in
    # a keyed file (``unread_keyed``) the HMAC of that under the key (``unread_entry``).
    unread: set[str] = field(default_factory=set)
    unread_keyed: bool = False

    def __post_init__(self) -> None:
        # The salt's part hashed once: `_holds_a_zone` makes ~600 digests per run.
        prefix = f"{self.salt}\x1f".encode()
        self._start: Any = (hmac.new(self.secret, prefix, hashlib.sha256) if self.secret is not None
                            else hashlib.sha256(prefix))

    def digest(self, key: str) -> str:
        """_digest / _keyed_digest of ``key``, from the state after the salt."""
        state = self._start.copy()
        state.update(key.encode())
        return state.hexdigest()

    def holds(self, key: str) -> bool:
        return self.digest(key) in self.hashes

    def unread_entry(self, sha256: str) -> str:
        """How a file's sha256 is stored in ``unread`` now: keyed in a keyed file, so that
        nobody without the key can confirm a file they hold was accepted (rev15a item 10)."""
        return self.digest(f"unread\x1f{sha256}") if self.secret is not None else sha256

    def accepts_unread(self, sha256: str) -> bool:
        return (self.unread_entry(sha256) if self.unread_keyed else sha256) in self.unread

    def unread_entries(self) -> set[str]:
        """``unread`` as `baseline add` writes it: entries a keyed file held in clear, keyed."""
        if self.secret is not None and not self.unread_keyed:
            return {self.unread_entry(sha256) for sha256 in self.unread}
        return set(self.unread)


def fingerprint(f: Finding, baseline: Baseline) -> str:
    """The finding's key as the rule + clue baseline stores it (unchanged since
    baseline/1). A fixed-label finding has one key per sentence: see `leak_keys`."""
    return baseline.digest(_finding_key(f))


@cache
def fixed_labels() -> frozenset[tuple[str, str]]:
    """(rule, label) of every disclosure pattern whose clue is a fixed `value` in
    heuristics/disclosure.toml: the label says what kind of thing was said, not
    what was said."""
    from nymaudit.text.disclosure import patterns

    return frozenset((p.rule_id, _norm(p.value)) for p in patterns() if p.value)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], normalised: what a fixed-label finding
    is matched on."""
    lo = max(0, start - SENTENCE_CAP)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + SENTENCE_CAP)
    stop = _SENTENCE_END.search(text, end, hi)
    if stop is not None:
        hi = stop.start()
    return _norm(text[lo:hi]).strip(" .,:;-*_#>\"'“”")


@dataclass
class _Said:
    key: str
    evidence: str
    origin: Origin
    # A sentence's own origin, with its file line: worked out only when shown (_point_at).
    at: Callable[[], Origin] | None = None


def _offset_key(rule_id: str, minutes: int) -> str:
    from nymaudit.formatting import format_offset

    return f"{rule_id}\x1f{_norm(format_offset(minutes / 60))}"


def _stated_offsets(corpus: Corpus) -> list[_Said]:
    """One key per UTC offset the corpus's records store, as timing_stated counts them for
    TIME007 (all of them: its clue names the first two), pointing at the first record
    storing it: the draft whose offset is new is the one to show."""
    from nymaudit.detectors.timing_stated import MAX_OFFSET_MINUTES
    from nymaudit.formatting import format_offset, plural

    by_offset: dict[int, list[Any]] = {}
    for post in corpus.posts:
        offset = post.stated_offset_minutes
        if post.timestamp is None or not isinstance(offset, int) or abs(offset) > MAX_OFFSET_MINUTES:
            continue
        by_offset.setdefault(offset, []).append(post)
    return [_Said(_offset_key("TIME007", minutes), f"{format_offset(minutes / 60)} "
                  f"({plural(len(posts), 'record')})", posts[0].origin)
            for minutes, posts in by_offset.items()]


def _sentences(corpus: Corpus) -> dict[tuple[str, str], list[_Said]]:
    """Each fixed-label disclosure in the corpus, by (rule, label), with its key; and under
    ``_STATED`` the offsets its records store (``_stated_offsets``)."""
    from functools import partial

    from nymaudit.text import disclosure
    from nymaudit.text.normalize import corpus_texts, snippet

    labels = fixed_labels()
    found: dict[tuple[str, str], list[_Said]] = {}
    stated = _stated_offsets(corpus)
    if stated:
        found[_STATED] = stated
    for item in corpus_texts(corpus):
        for d in disclosure.find(item.text):
            which = (d.rule_id, _norm(d.value))
            if which in labels:
                key = f"{d.rule_id}\x1f{which[1]}\x1f{_sentence(item.text, d.start, d.end)}"
                found.setdefault(which, []).append(
                    _Said(key, snippet(item.text, d.start, d.end), item.origin, partial(item.at, d.start)))
    return found


def offset_clue(f: Finding) -> list[str] | None:
    """The offsets a TIME007, TIME009 or META014 clue lists ("utc+01:00", normalised), None for
    any other clue (a configuration's zone by name, "Europe/Dublin", is keyed whole)."""
    if f.rule not in OFFSET_RULES or f.clue is None:
        return None
    parts = [part for part in _CLUE_SEPARATOR.split(_norm(f.clue.value)) if part]
    return parts if parts and all(_OFFSET.fullmatch(part) for part in parts) else None


def offsets_told(f: Finding) -> list[str] | None:
    """Every UTC offset an offset finding tells, the clue's first: for TIME009 those of the
    photos off the clock its clue gives as well (``detectors.timing.stored_offsets``: a camera
    never switched to summer time, a phone set elsewhere), for META014 each one the file's
    fields state (its clue kept the first alone). Keyed on its clue alone, such a photo's
    offset was never in a baseline of the site that publishes it, and every draft showing one
    failed the gate (fourteenth session, item 1); a file stating +00:00 and +01:00 was keyed on
    the first (item 2). None when the clue is no list of offsets."""
    listed = offset_clue(f)
    if listed is None:
        return None
    more: list[str] = []
    if f.rule == "TIME009":
        from nymaudit.detectors.timing import stored_offsets

        more = [_norm(offset) for offset in stored_offsets(f)]
    elif f.rule == "META014":
        more = [f"utc{m.group(1)}" for m in _FIELD_OFFSET.finditer(f.evidence)]
    return list(dict.fromkeys(listed + [offset for offset in more if _OFFSET.fullmatch(offset)]))


def leak_keys(f: Finding, said: dict[tuple[str, str], list[_Said]]) -> list[_Said]:
    """What a finding reveals, as keys: its clue, or for a fixed label each sentence
    that said it (the detector adds them up into one finding), or for a list of UTC
    offsets each offset (``offsets_told``; for TIME007 every offset the records store)."""
    offsets = offsets_told(f)
    if offsets is not None:
        stated = said.get(_STATED) if f.rule == "TIME007" else None
        keys = (list(stated) if stated
                else [_Said(f"{f.rule}\x1f{offset}", f.evidence, f.location) for offset in offsets])
        # +00:00 beside another offset is what TIME007 advises (a clock set to UTC) or a camera
        # never set: never the part that makes the finding new.
        zone_told = [k for k in keys if not k.key.endswith(_UTC_ZERO)]
        return zone_told or keys
    if f.clue is not None and f.category != "input":
        spoken = said.get((f.rule, _norm(f.clue.value)))
        if spoken:
            return list({s.key: s for s in spoken}.values())
    return [_Said(_finding_key(f), f.evidence, f.location)]


def offset_counterparts(key: str) -> list[str]:
    """The same UTC offset's keys under the other offset rules this key ACCEPTS (the keys a
    baseline or history holding it accepts too), none for any other key. A writer's dates
    (TIME007: posts, a site's named zone) accept a photo's clock (TIME009) and a file's fields
    (META014) at the same offset: a draft's photo stored at +01:00 on a site that publishes
    +01:00 tells nothing new (review rev13b item 6). A photo's or file's offset accepts the other
    of the two (a device's clock either way) but never TIME007: it says where some device or
    document once was, perhaps someone else's, and a draft dated at it says where the writer is
    now (review rev14c item 1)."""
    rule_id, sep, offset = key.partition("\x1f")
    if not sep or rule_id not in OFFSET_RULES or not _OFFSET.fullmatch(offset):
        return []
    return [f"{other}\x1f{offset}" for other in sorted(_ACCEPTS[rule_id])]


def offset_acceptors(key: str) -> list[str]:
    """The keys under other offset rules that accept this one (``offset_counterparts`` read
    backwards): TIME007 for a photo's or file's offset, never a photo's or file's for TIME007."""
    rule_id, sep, offset = key.partition("\x1f")
    if not sep or rule_id not in OFFSET_RULES or not _OFFSET.fullmatch(offset):
        return []
    return [f"{other}\x1f{offset}" for other in sorted(OFFSET_RULES) if rule_id in _ACCEPTS[other]]


def _holds(baseline: Baseline, key: str) -> bool:
    """The baseline accepts this key, or for a UTC offset the same offset under an offset rule
    that accepts it (``offset_acceptors``; baselines made before hold TIME007's keys alone)."""
    return baseline.holds(key) or any(baseline.holds(other) for other in offset_acceptors(key))


def _zone_offset_keys(zone: str) -> set[str]:
    """TIME007's keys of the offsets a named time zone wrote in January and July of the last
    ZONE_YEARS years and this one: a site whose configuration sets it publishes every post's
    date with them (feed and page metadata). Empty for a name no zone database knows (or
    without a zone database): the name alone is then accepted."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        tz = ZoneInfo(zone.strip())
        year = datetime.now(UTC).year
        offsets = {datetime(y, month, 15, 12, tzinfo=tz).utcoffset()
                   for y in range(year - ZONE_YEARS, year + 1) for month in (1, 7)}
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return set()
    return {_offset_key("TIME007", round(o.total_seconds() / 60)) for o in offsets if o is not None}


def accepted_keys(findings: list[Finding], said: dict[tuple[str, str], list[_Said]]) -> set[str]:
    """What a baseline or a history accepts: each finding's keys (``leak_keys``) and, once a
    UTC offset is said at all (TIME007), every offset the records store and those of a site's
    named time zone: a site set to Europe/Dublin publishes +00:00 and +01:00, so a summer draft
    at +01:00 tells nothing new (walk13 item 4); each offset of a writer's dates for a photo's
    or file's too, and a photo's for a file's and back (``offset_counterparts``), never a photo's
    or file's for a writer's dates (rev14c item 1). What was not read accepts nothing."""
    keys: set[str] = set()
    for f in findings:
        if _not_read(f):
            continue
        keys.update(k.key for k in leak_keys(f, said))
        # Each offset it tells, +00:00 too (leak_keys leaves it out beside another one).
        keys.update(f"{f.rule}\x1f{offset}" for offset in offsets_told(f) or ())
        if f.rule == "TIME007":
            keys.update(k.key for k in said.get(_STATED, ()))
            if f.clue is not None and offset_clue(f) is None:
                keys.update(_zone_offset_keys(f.clue.value))
    # An offset accepted for one offset rule is accepted for those it vouches for (rev13b item 6,
    # rev14c item 1).
    keys.update(other for key in list(keys) for other in offset_counterparts(key))
    return keys


def _not_read(f: Finding) -> bool:
    """A finding about something that was not checked: never accepted or lowered."""
    return f.category == "input" or f.rule in UNCHECKED_RULES


def _link_on_the_way(path: Path) -> Path | None:
    """The symbolic link FILE is, or (for a relative path, as `git diff --name-only`
    gives) a folder on the way to it that is one; None when there is none. An absolute
    path's folders above the working folder are the user's own (/tmp is a link on
    macOS); below it (`$GITHUB_WORKSPACE/docs/notes.md` with `docs` turned into a link
    by the change) every step counts, as for a relative path."""
    parts = path.parts
    if path.is_absolute():
        try:
            below = path.relative_to(Path.cwd()).parts
        except ValueError:
            below = ()
        base = Path(*parts[: len(parts) - len(below)]) if below else path
        steps = [base.joinpath(*below[:i]) for i in range(1, len(below) + 1)] if below else [path]
    else:
        steps = [Path(*parts[:i]) for i in range(1, len(parts) + 1)]
    for step in steps:
        if step.name in ("", ".", ".."):
            continue
        try:
            if stat.S_ISLNK(os.lstat(step).st_mode):
                return step
        except (OSError, ValueError):
            return None  # not there: the reader says so
    return None


def _read(files: list[Path], zones: list[dict[str, Any]] | None = None, published: bool = False) -> Corpus:
    """The files as one corpus; ``zones`` receives the time zones site configurations
    among them set (`_zone_findings`). ``published`` (a baseline, `--history`): also
    the zone of each site read as a folder, so that they know the fact `check
    _config.yml` reports."""
    from nymaudit.sources.detect import read_inputs

    corpus = read_inputs(files) if files else Corpus()
    _read_site_configs(corpus, [] if zones is None else zones)
    _read_unknown_text(corpus)
    if published and zones is not None:
        zones.extend(_site_zones(corpus))
    return corpus


def _config_inside(files: list[Path], folder: Path) -> bool:
    """Whether a site configuration among ``files`` lies in ``folder``."""
    from nymaudit.sources.blog import site_file_kind

    try:
        top = folder.resolve()
        return any(site_file_kind(p) == "config" and p.resolve().is_relative_to(top) for p in files)
    except (OSError, ValueError, RuntimeError):
        return True  # unsure: the history does not vouch for the zone


def _site_zones(corpus: Corpus) -> list[dict[str, Any]]:
    """The `timezone:` of each site the blog reader read as a folder (its posts carry
    it). A scan of the site reports the offsets its posts publish (TIME007 "UTC+01:00 /
    UTC+00:00"), `check _config.yml` the zone by name ("Europe/London"): a baseline or
    history of the whole site held only the first, so the first pull request touching
    `_config.yml` failed on a zone published for years (walkthrough 9, item 5)."""
    zones: dict[str, dict[str, Any]] = {}
    for post in corpus.posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        zone = extra.get("site_timezone")
        if isinstance(zone, str) and zone.strip() and _norm(zone) not in zones:
            zones[_norm(zone)] = {"zone": zone.strip(),
                                  "path": str(extra.get("site_config") or "_config.yml"),
                                  "line": extra.get("site_config_line")}
    return list(zones.values())


def _read_site_configs(corpus: Corpus, zones: list[dict[str, Any]]) -> None:
    """A site's configuration file (`_config.yml`, `hugo.toml`, `config/_default/params.toml`)
    is read as `scan` reads it with the site: its published fields (author, e-mail,
    profile links) become records checked like a draft's text. Skipped, a pull request
    that adds `email:` to `_config.yml` would pass the gate. So are the other files
    themes publish from (`_data/authors.yml`, Hugo `data/authors/`, `CNAME`, `.well-known/`) and the
    front matter of an author page (Hugo `content/authors/NAME/_index.md`, Jekyll
    `_authors/NAME.md`, whose body the blog reader reads as a post). Other configuration
    is not published: it is still skipped (`_skip_what_is_not_a_draft`)."""
    from nymaudit.sources.blog import read_config_file, site_file_kind

    for summary in corpus.inputs:
        kind = site_file_kind(Path(summary.path))
        if kind is None or summary.format != ("blog" if kind == "author" else "unknown"):
            continue
        result = read_config_file(Path(summary.path), zones)
        if kind != "author":  # an author page's problems are its post's, reported already
            summary.format = "blog"
            summary.errors = list(result.errors)
        corpus.posts.extend(result.posts)


# How much of a file no reader recognised is looked at to tell plain text (walk16 item 1).
TEXT_SNIFF_BYTES = 64 * 1024


def plain_text(head: bytes) -> bool:
    """Whether a file's first bytes are plain UTF-8 text: no NUL, valid UTF-8 (a character cut
    at the end of the head aside), control characters other than tab, line and page breaks
    under 1 %. An empty file is text: it holds nothing to leak."""
    if b"\0" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3 or len(head) < TEXT_SNIFF_BYTES:
            return False
        text = head[:exc.start].decode("utf-8")
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\x7f")
    return controls * 100 <= len(text)


def read_plain_text(tree: Any, shown: str) -> Corpus | None:
    """A single file no reader recognised, read as a .txt draft is (generic reader, one post),
    when it is plain UTF-8 text (`plain_text`); None when it is not. A NOTES file, a draft
    saved as .rst or .adoc, a patch: their words are checked instead of failing the gate as
    "unknown format" (walk16 item 1). Code and configuration never get here (`not_a_draft`)."""
    from nymaudit.sources.base import SourceResult
    from nymaudit.sources.detect import summarise
    from nymaudit.sources.generic import GenericReader

    try:
        members = tree.members()
        if len(members) != 1 or not plain_text(tree.head(members[0].name, TEXT_SNIFF_BYTES)):
            return None
        result = SourceResult(tree)
        GenericReader().read_files(tree, result, [(members[0], "text")], {})
    except Exception:  # noqa: BLE001 - not readable as text: it stays "unknown format", fails closed
        return None
    corpus = Corpus()
    summarise(shown, GenericReader.name, result, corpus)
    return corpus


def unknown_format(summary: InputSummary) -> bool:
    """No reader recognised the input, and nothing else went wrong with it."""
    return (summary.format == "unknown" and bool(summary.errors)
            and not (summary.posts or summary.attachments or summary.activities)
            and all(e.error.startswith(UNKNOWN_FORMAT) for e in summary.errors))


def _read_unknown_text(corpus: Corpus) -> None:
    """`read_plain_text` for each regular file given that no reader recognised and whose name
    is not a type `check` skips."""
    from nymaudit.sources.tree import FileTree

    for at, summary in enumerate(corpus.inputs):
        if not unknown_format(summary) or not_a_draft(summary.path) or not _regular_file(summary.path):
            continue
        read = read_plain_text(FileTree(Path(summary.path)), summary.path)
        if read is not None:
            corpus.inputs[at] = read.inputs[0]
            corpus.posts.extend(read.posts)


# Zone names that say UTC itself: what TIME007 advises, no leak.
_UTC_ZONES = frozenset(("utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "gmt0", "etc/gmt0", "gmt+0",
                        "etc/gmt+0", "gmt-0", "etc/gmt-0", "zulu", "etc/zulu", "universal", "etc/universal",
                        "greenwich", "etc/greenwich"))


def _zone_offsets(zone: str) -> str | None:
    """'UTC+01:00 in winter, UTC+02:00 in summer' (northern or southern), or one offset."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from nymaudit.formatting import format_offset

    try:
        tz = ZoneInfo(zone)
        year = datetime.now(UTC).year
        jan, jul = (datetime(year, month, 15, 12, tzinfo=tz).utcoffset() or timedelta(0)
                    for month in (1, 7))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    hours = [offset.total_seconds() / 3600 for offset in (jan, jul)]
    if hours[0] == hours[1]:
        return format_offset(hours[0])
    low, high = sorted(hours)
    return f"{format_offset(low)} outside daylight saving time, {format_offset(high)} in it"


def _zone_findings(zones: list[dict[str, Any]], findings: list[Finding]) -> list[Finding]:
    """TIME007 for a site configuration's `timezone:` given on its own (a pull request
    that sets it): scan reports it through the posts' offsets, which a change to the
    configuration alone does not hold. The site publishes every post's date with the
    zone's offset (jekyll-feed, jekyll-seo-tag, Hugo's RSS), so it is the same leak."""
    from nymaudit.rules import rule

    told = {_norm(f.clue.value) for f in findings if f.rule == "TIME007" and f.clue is not None}
    out: list[Finding] = []
    for zone in zones:
        name = str(zone["zone"])
        if name.casefold() in _UTC_ZONES or _norm(name) in told:
            continue
        told.add(_norm(name))
        offsets = _zone_offsets(name)
        out.append(rule("TIME007").finding(
            f"The site configuration ({zone['path']}) sets the time zone {name}, and the site "
            "publishes each post's date with its offset (feed and page metadata)"
            + (f": {offsets}." if offsets else "."),
            f"timezone: {name}",
            Origin(str(zone["path"]), "timezone", zone.get("line")),
            clue_value=name,
            confidence=None if offsets else "medium",  # a name no zone database knows
        ))
    return out


def _analyse(corpus: Corpus, redact: bool = False, watchlist: str | None = None,
             debug: bool = False, zones: list[dict[str, Any]] | None = None,
             history: Corpus | None = None) -> Report:
    from nymaudit.scan import ScanOptions, _sort_key, analyse

    # "per_file": the metadata of each file is its own finding, for the SARIF's annotations.
    # "clock_history": --history's files, where the metadata detector looks for the device's
    # summer offset that makes a draft's +00:00 a local winter clock (mfx14b, rev14b item 6).
    extra: dict[str, Any] = {"per_file": True} | TIMING_PHOTOS_ONLY
    if history is not None:
        extra["clock_history"] = list(history.attachments)
    options = ScanOptions(watchlist=watchlist, redact=redact, detectors=CHECK_DETECTORS, debug=debug,
                          extra=extra)
    from nymaudit.metadata.findings import reading_drafts

    with reading_drafts():  # a draft's files are not published yet (mfx15b, rev15c item 4)
        report = analyse(corpus, options)
    added = _zone_findings(zones or [], report.findings)
    if added:
        report.findings.extend(added)
        report.findings.sort(key=_sort_key)
        report.profile = _rebuilt_profile(report)
    return report


def _rebuilt_profile(report: Report) -> dict[str, Any]:
    """The profile of the findings as they now stand, keeping the language note: it is about
    the text read, not the findings, and a German draft's "no findings" without it reads as
    a clean bill (the note says which checks read English only)."""
    from nymaudit.profile import build_profile

    profile = build_profile(report.findings)
    language = report.profile.get("language") if isinstance(report.profile, dict) else None
    if language:
        profile["language"] = language
    return profile


@cache
def _not_draft_lists() -> tuple[dict[str, str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """({file name: kind}, ((kind, suffixes), ...)) from heuristics/check.toml."""
    from nymaudit.rules import load_file

    table = load_file("check").get("not_draft", {})
    names = {str(name).casefold(): str(kind) for name, kind in table.get("names", {}).items()}
    suffixes = tuple((str(kind), tuple(str(s).casefold() for s in listed))
                     for kind, listed in table.get("suffixes", {}).items())
    return names, suffixes


def not_a_draft(path: str) -> str | None:
    """The kind of file (\"stylesheet\", \"source code\") when its name says it is never a post."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    names, suffixes = _not_draft_lists()
    if name in names:
        return names[name]
    for kind, listed in suffixes:
        if name.endswith(listed):
            return kind
    return None


def skipped_message(kind: str) -> str:
    """INPUT006's words for a file skipped as ``kind`` (`check` FILE and `check --staged`)."""
    if kind == CODE_KIND:
        return ("skipped: source code, not a draft (nymaudit reads posts, drafts and the files they show; "
                "it does not read code or its comments: a name, e-mail address, /home/NAME path or "
                "time zone in a comment is not reported)")
    return (f"skipped: not a draft (a {kind} file; nymaudit reads posts, drafts and the files "
            "they show)")


def _regular_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def _skip_what_is_not_a_draft(corpus: Corpus) -> dict[str, str]:
    """Inputs no reader recognised whose type is never a post: {path: kind}. Their
    input line says `skipped` and carries no error (an INPUT006 note instead). Only a
    regular file: a folder named `notes.css` holds whatever it holds, and fails closed."""
    skipped: dict[str, str] = {}
    for summary in corpus.inputs:
        kind = not_a_draft(summary.path)
        if kind and unknown_format(summary) and _regular_file(summary.path):
            summary.format = "skipped"
            summary.errors = []
            skipped[summary.path] = kind
    return skipped


def read_baseline(path: Path) -> dict[str, Any]:
    """The baseline document, checked entry by entry: ``check --baseline`` and
    ``baseline show`` accept and refuse exactly the same files."""
    try:
        # utf-8-sig: a baseline saved by a Windows editor starts with a byte-order mark (red16 F9).
        doc = json.loads(read_capped(path, MAX_BASELINE_BYTES, "baseline").decode("utf-8-sig"))
    except BaselineError:
        raise
    except FileNotFoundError as exc:
        raise BaselineError(f"no baseline at {path}: make one with `nymaudit baseline create` "
                            "(docs/check.md)") from exc
    except (OSError, ValueError, RecursionError) as exc:
        # The parser's words ("Expecting value: line 1 column 1 (char 0)") say little to a writer.
        reason = ("nested too deeply" if isinstance(exc, RecursionError)
                  else exc.strerror or str(exc) if isinstance(exc, OSError)
                  else "the file is empty: make it again with `nymaudit baseline create`"
                  if isinstance(exc, json.JSONDecodeError) and not exc.doc.strip()
                  else f"not valid JSON ({exc}): make it again with `nymaudit baseline create`"
                  if isinstance(exc, json.JSONDecodeError)
                  else str(exc))
        raise BaselineError(f"cannot read baseline {path}: {reason}") from exc
    if not isinstance(doc, dict) or doc.get("schema") not in (BASELINE_SCHEMA, OLD_BASELINE_SCHEMA):
        raise BaselineError(f"{path} is not a nymaudit baseline ({BASELINE_SCHEMA} or {OLD_BASELINE_SCHEMA})")
    salt = doc.get("salt")
    if doc["schema"] == BASELINE_SCHEMA:
        hashes = doc.get("hashes")
        digest = doc.get("digest")
        if (not isinstance(salt, str) or not isinstance(hashes, list) or digest not in DIGESTS
                or (digest == "hmac-sha256" and not isinstance(doc.get("key_check"), str))):
            raise BaselineError(f"{path}: malformed baseline")
        for number, value in enumerate(hashes, 1):
            if not isinstance(value, str):
                raise BaselineError(f"{path}: malformed baseline (hash {number} is not a string)")
        unread = doc.get(UNREAD_FIELD, [])
        if not isinstance(unread, list) or not all(isinstance(v, str) and _SHA256.fullmatch(v)
                                                   for v in unread):
            raise BaselineError(f"{path}: malformed baseline ({UNREAD_FIELD} is not a list of sha256 "
                                "digests)")
        if doc.get(UNREAD_DIGEST_FIELD, "sha256") not in DIGESTS:
            raise BaselineError(f"{path}: malformed baseline ({UNREAD_DIGEST_FIELD} is not one of "
                                f"{', '.join(DIGESTS)})")
        tags = doc.get(RULE_TAGS_FIELD, [])
        if not isinstance(tags, list) or not all(isinstance(v, str) for v in tags):
            raise BaselineError(f"{path}: malformed baseline ({RULE_TAGS_FIELD} is not a list of strings)")
        return doc
    entries = doc.get("entries", [])
    if not isinstance(salt, str) or not isinstance(entries, list):
        raise BaselineError(f"{path}: malformed baseline")
    for number, entry in enumerate(entries, 1):
        # A CI gate must not half-read its baseline: one bad entry refuses the file.
        if not (isinstance(entry, dict) and isinstance(entry.get("rule"), str)
                and isinstance(entry.get("hash"), str)):
            raise BaselineError(f"{path}: malformed baseline (entry {number} is not a {{rule, hash}} "
                                "pair of strings)")
    return doc


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file, at most `limit` (see files.read_regular). Raises
    BaselineError (a ValueError) for anything else or anything larger."""
    from nymaudit.files import FileProblem, read_regular

    try:
        return read_regular(path, limit)
    except FileProblem as exc:
        if exc.kind == "not_regular":
            raise BaselineError(f"{what} {path} is not a regular file") from exc
        raise BaselineError(f"{what} {path} is larger than {limit // 1024**2} MiB") from exc


def _hashes(doc: dict[str, Any]) -> set[str]:
    if doc["schema"] == BASELINE_SCHEMA:
        return set(doc["hashes"])
    return {e["hash"] for e in doc.get("entries", [])}


def _key_matches(doc: dict[str, Any], secret: bytes) -> bool:
    return hmac.compare_digest(_keyed_digest(_KEY_CHECK, doc["salt"], secret), doc["key_check"])


def load_baseline(path: Path, secret: bytes | None = None) -> Baseline:
    """The baseline, with the key a keyed one needs. A gate fails closed: a keyed baseline
    without its key, or with another key, is an error (every finding would otherwise be
    new, or the check would pass a baseline it cannot read), never a silent result."""
    doc = read_baseline(path)
    keyed = doc.get("digest") == "hmac-sha256"
    if keyed and secret is None:
        raise BaselineError(f"{path} is keyed: set {KEY_ENV} to the key it was made with "
                            "(a CI secret; pull requests from forks are not given secrets)")
    if keyed and secret is not None and not _key_matches(doc, secret):
        raise BaselineError(f"{KEY_ENV} is not the key {path} was made with")
    return Baseline(doc["salt"], _hashes(doc), secret if keyed else None, doc["schema"],
                    key_unused=secret is not None and not keyed, unread=set(doc.get(UNREAD_FIELD, [])),
                    unread_keyed=keyed and doc.get(UNREAD_DIGEST_FIELD) == "hmac-sha256")


def _holds_a_zone(baseline: Baseline) -> bool:
    """True when the baseline accepts a configuration's named time zone (TIME007 on an
    IANA name, the key `check _config.yml` makes): a baseline of the site, not of its
    posts alone. The hashes are salted, so every zone name is tried (about 600)."""
    import zoneinfo

    try:
        names = zoneinfo.available_timezones()
    except (OSError, ValueError):  # no zone database: the older hint
        return False
    return any(baseline.holds(f"TIME007\x1f{_norm(name)}") for name in names)


def _point_at(f: Finding, new: _Said) -> None:
    """Show the disclosure that is new, not the first one the detector met."""
    f.evidence = new.evidence
    f.location = new.at() if new.at is not None else new.origin


def _real(path: str) -> str | None:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return None


def _attachment_file(attachment: Attachment, top: str | None = None) -> str | None:
    """The real path of the file on disk an attachment is, None for a member of an archive.
    ``top``: the repository a `check --staged` corpus was read from (its attachments are named
    by their repository path, ``shown_as``, and lie there in the working tree)."""
    if top is not None:
        return _real(os.path.join(top, attachment.shown_as or attachment.display))
    from nymaudit.sources.detect import _attachment_key

    where, member = _attachment_key(attachment)
    return None if member else where


@dataclass
class _Checked:
    """What a `check` run reads, as real paths: the FILEs given, and the images and documents
    the drafts show (read with them, as the site will publish them)."""

    given: set[str]
    shown: set[str]


def _checked(corpus: Corpus, present: list[Path], top: str | None) -> _Checked:
    given = {real for p in present if (real := _real(str(p))) is not None}
    shown = {real for a in corpus.attachments if (real := _attachment_file(a, top)) is not None}
    return _Checked(given, shown - given)


def _leave_out(published: Corpus, checked: _Checked, notes: list[str]) -> None:
    """A file checked is not its own history: in a pull request that adds a post to
    `_posts/`, `--history _posts/` holds the new post too, which would "repeat" itself.
    Nor are the files it shows that only it shows: a Hugo page bundle's photo and documents
    (`content/posts/new/block.jpg`) are in `--history content/` too, tied to the new post,
    and every finding of the new photo "repeated" itself (walk15 item 1: GPS critical -> high,
    and `--fail-on critical` passed). A file a draft shows that a post kept in the history
    shows too (a Jekyll `assets/` image published before) is published: it stays, unless it
    is itself among the FILEs (changed by the pull request)."""
    resolved: dict[str, str | None] = {}  # an archive's 100,000 records share one path

    def real(path: str) -> str | None:
        if path not in resolved:
            resolved[path] = _real(path) if path else None
        return resolved[path]

    left_posts = [p for p in published.posts if real(p.origin.path) in checked.given]
    left_ids = {p.id for p in left_posts}
    # The files the posts kept show: published, whichever post the reader tied them to.
    kept_show = {name for p in published.posts if p.id not in left_ids for name in p.attachments}
    left_files = {where for p in left_posts if (where := real(p.origin.path)) is not None}
    kept_attachments = []
    for attachment in published.attachments:
        where = _attachment_file(attachment)
        if where is not None and (where in checked.given or (
                where in checked.shown and attachment.post_id in left_ids
                and posixpath.normpath(attachment.path) not in kept_show
                and attachment.path not in kept_show)):
            left_files.add(where)
            continue
        kept_attachments.append(attachment)
    # A left-out document's words (records of kind "file" located at it) go with it.
    kept = [p for p in published.posts if real(p.origin.path) not in left_files]
    if left_files:
        # The FILEs given and the files only they show, counted apart: "2 of the files checked"
        # for one draft and its bundle's photo miscounted what the user gave (rev15c item 7).
        given = len(left_files & checked.given)
        shown = len(left_files) - given
        verb = "is" if given == 1 else "are"
        said = [f"{given} of the files checked {verb} in the history too"] if given else []
        if shown:
            said.append(f"{shown} file{'s' if shown != 1 else ''} only the checked posts show "
                        f"{'is' if shown == 1 else 'are'} in it")
        they = "it was" if len(left_files) == 1 else "they were"
        notes.append(f"--history: {' and '.join(said)}; {they} left out of it")
        published.posts[:] = kept
        published.attachments[:] = kept_attachments


def drop_repeated_records(corpus: Corpus) -> None:
    """A document's words read twice, once as a FILE and once as a file a draft links
    (`check index.md draft.docx`, as the CI recipe passes every changed file), or linked by
    two drafts: each record once (walk15 item 9: SELF001 said "2 places (paragraph 1,
    paragraph 1)"). Only a document's records (kind "file"), matched on the real path, the
    place in the document and the words: the same sentence in two paragraphs stays twice."""
    seen: set[tuple[str, str | None, str]] = set()
    resolved: dict[str, str] = {}
    kept = []
    for post in corpus.posts:
        if post.kind == "file":
            path = post.origin.path
            if path not in resolved:
                resolved[path] = _real(path) or path
            key = (resolved[path], post.origin.record, post.text)
            if key in seen:
                continue
            seen.add(key)
        kept.append(post)
    corpus.posts[:] = kept


def run_check(
    files: list[Path],
    *,
    history: Path | None = None,
    baseline: Path | None = None,
    watchlist: str | None = None,
    redact: bool = False,
    debug: bool = False,
    fail_on: Severity | None = None,
) -> CheckResult:
    """``fail_on``: the gate's level; what was not checked and not accepted is raised to it
    (``_fail_closed_at``)."""
    from nymaudit.cli import UsageProblem
    from nymaudit.rules import rule

    accepted: Baseline | None = None
    early_notes: list[str] = []
    if baseline is not None:
        try:
            accepted = load_baseline(baseline, baseline_key())
        except BaselineError as exc:
            raise UsageProblem(str(exc)) from exc
        if accepted.key_unused:
            early_notes.append(f"{KEY_ENV} is set, but {baseline} was made without it: anyone who reads "
                               "the file can confirm a guessed town, postcode or phone number in it; make "
                               "it again with the key set (docs/check.md)")
    zones: list[dict[str, Any]] = []
    # `check --staged` (staged.Staged): the files as git's index holds them, read from their
    # blobs in memory, never from the working tree (what a pre-commit hook must check).
    from_index = getattr(files, "read_index", None)
    # The bytes read of each file, for a baseline's files accepted as not read (rev15a item 10).
    witness = _ReadWitness(index=getattr(files, "index", None) if from_index is not None else None)
    if from_index is not None:
        corpus, present, gone, skipped = from_index(zones)
    else:
        # `git diff --name-only` lists deleted files: a path that is gone is skipped, said
        # in the report; a run where every path is gone checked nothing (a typo?) and stops.
        gone = [p for p in files if not os.path.lexists(p)]
        present = [p for p in files if os.path.lexists(p)]
        if not present:
            names = ", ".join(str(p) for p in gone[:3]) + (" ..." if len(gone) > 3 else "")
            raise UsageProblem(f"nothing to check: no such file: {names} (a CI job that passes changed "
                               "files: `git diff --diff-filter=d` leaves deleted ones out)")
        linked = {p: link for p in present if (link := _link_on_the_way(p)) is not None}
        read = [p for p in present if p not in linked]
        if accepted is not None and accepted.unread:
            witness.note_files(read)
        corpus = _read(read, zones)
        if accepted is not None and accepted.unread:
            witness.watch(corpus)
        for path, link in linked.items():
            why = LINK_ERROR if link == path else f"reached through {link}, {LINK_ERROR}"
            corpus.inputs.append(InputSummary(str(path), "unknown", errors=[InputError(str(path), why)]))
        skipped = _skip_what_is_not_a_draft(corpus)
    drop_repeated_records(corpus)
    published: Corpus | None = None
    public_zones: list[dict[str, Any]] = []
    if history is not None:
        # Read before the drafts are analysed: the metadata detector weighs a draft's clock
        # against the history's photos of the same device (mfx14b).
        # A configuration checked here is not its own history: the zone the site has in
        # this checkout may be the one the change sets.
        published = _read([history], public_zones, published=not _config_inside(present, history))
        # Before the drafts are analysed: their own photos are no clock history either.
        top = getattr(getattr(files, "index", None), "top", None) if from_index is not None else None
        _leave_out(published, _checked(corpus, present, top), early_notes)
    report = _analyse(corpus, redact=redact, watchlist=watchlist, debug=debug, zones=zones,
                      history=published)
    if from_index is not None:
        # --staged names files by their repository path, whatever folder it runs in (SARIF says so).
        report.source_root = "repository"
    result = CheckResult(report, notes=early_notes)
    for f in report.findings:
        if (f.rule in UNREAD_RULES or f.rule in UNCHECKED_RULES) and f.severity < Severity.MEDIUM:
            # A gate fails closed: a draft (or part of one, or an image it shows) that could
            # not be read, or a step that failed on it, was not checked, so it does not pass.
            f.severity = Severity.MEDIUM
    note = rule("INPUT006")
    for path, kind in skipped.items():
        report.findings.append(note.finding(skipped_message(kind), evidence="", location=Origin(path)))
    # With --staged, a FILE the index does not hold may well exist on disk: never `git add`ed.
    gone_said = ("not in git's index; skipped (not added with `git add` yet, or a typo)"
                 if from_index is not None else "no such file; skipped (deleted in this change, or a typo)")
    for path in gone:
        report.inputs.append(InputSummary(str(path), "skipped"))
        report.findings.append(note.finding(gone_said, evidence="", location=Origin(str(path))))
    said = _sentences(corpus)
    if accepted is not None:
        kept = []
        for f in report.findings:
            if _not_read(f):  # what was not read is never accepted
                kept.append(f)
                continue
            keys = leak_keys(f, said)
            # A baseline made before offsets were keyed one by one holds the clue as a whole
            # ("utc+01:00 / utc+00:00"): the offsets it lists stay accepted.
            listed = offset_clue(f)
            whole = set(listed) if listed and fingerprint(f, accepted) in accepted.hashes else set()
            new = [k for k in keys if not _holds(accepted, k.key) and k.key.split("\x1f")[-1] not in whole]
            if not new:
                continue
            if len(new) < len(keys):
                _point_at(f, new[0])
            elif (f.clue is not None and offset_clue(f) is None
                  and fingerprint(f, accepted) in accepted.hashes):
                # A label entry an older nymaudit wrote: it no longer accepts every sentence.
                result.notes.append(
                    f"{baseline} accepts {f.rule} '{f.clue.value}' as a whole (made by an older "
                    "nymaudit); baselines now accept each sentence of this kind on its own: run "
                    "`nymaudit baseline create` again to accept the ones you meant")
            kept.append(f)
        result.suppressed = len(report.findings) - len(kept)
        report.findings[:] = kept
        for f in kept:
            if f.rule == "TIME007" and f.location.record == "timezone":
                # Baselines made as docs/check.md said until 29 November 2026 (`_posts/` only)
                # lack the configuration; the zone itself stays out of a CI log.
                from nymaudit.console import visible_controls

                config = visible_controls(f.location.path)
                if _holds_a_zone(accepted):
                    # Re-baselining would accept the new zone: say it changed, no recipe.
                    result.notes.append(
                        f"{baseline} accepts another time zone than the one {config} sets: "
                        "the site's time zone changed (a new fact about where the writer is)")
                else:
                    result.notes.append(
                        f"{baseline} does not accept the time zone {config} sets: if the site "
                        f"already publishes it, make the baseline of the posts and {config} "
                        "together (`nymaudit baseline create _posts/ _config.yml -o ...`; "
                        "docs/check.md)")
    if accepted is not None and accepted.unread:
        _accept_unread(report.findings, accepted, witness, result)
    if history is not None and published is not None:
        unread = [e for i in published.inputs for e in i.errors]
        if unread and not published.posts:
            raise UsageProblem(f"--history {history}: nothing readable: {unread[0].error}")
        if unread:
            result.notes.append(f"--history: {len(unread)} part(s) of {history} could not be read; "
                                "findings only they would repeat are not lowered")
        public_said = _sentences(published)
        public = accepted_keys(_analyse(published, watchlist=watchlist, zones=public_zones).findings,
                               public_said)
        for f in report.findings:
            keys = leak_keys(f, said)
            if not _not_read(f) and all(k.key in public for k in keys):
                # Repeating what is already public adds little: one step down, said plainly.
                f.severity = Severity(max(int(f.severity) - 1, 0))
                f.message += " This repeats something your published history already shows."
            elif not _not_read(f) and any(k.key in public for k in keys):
                _point_at(f, next(k for k in keys if k.key not in public))
    if from_index is not None and getattr(files, "index", None) is not None:
        # What the commit carries besides its files: who made it and on what clock (walk16 item 11).
        from nymaudit.scan import _sort_key

        found, said_notes = commit_identity_findings(files.index)  # type: ignore[attr-defined]
        report.findings.extend(found)
        report.findings.sort(key=_sort_key)
        result.notes.extend(said_notes)
    if fail_on is not None:
        _fail_closed_at(report.findings, fail_on, result)
    # What remains is what the report is about: the dossier and the risk line too.
    report.profile = _rebuilt_profile(report)
    report.fail_closed = True
    result.notes[:] = dict.fromkeys(result.notes)
    return result


# Where the findings about the next commit's identity point: no file holds it (git var reads the
# configuration, ~/.gitconfig and the GIT_AUTHOR_* / GIT_COMMITTER_* variables together).
IDENTITY_ORIGIN_PATH = "(the next commit)"
# A name of two or more capitalised words of letters ("Tomasz Nowak", "Mary-Jane O'Neil"): what a
# person's full name looks like, and what a realistic pen name looks like too (low confidence).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*")
_IDENTITY_ADVICE = ("Commit to this repository under the pseudonym only, set in this repository alone "
                    "(`git config user.name NAME` and "
                    "`git config user.email ID+NAME@users.noreply.github.com`, "
                    "the forge's private address; GitLab and Codeberg have their own), so that your other "
                    "repositories keep theirs, then commit again: `git var GIT_AUTHOR_IDENT` shows what the "
                    "commit will carry. A GIT_AUTHOR_EMAIL or GIT_COMMITTER_EMAIL set in the shell overrides "
                    "the configuration.")
_CLOCK_ADVICE = ("Commit on a clock set to UTC: `TZ=UTC git commit ...`, or `export TZ=UTC` in the shell you "
                 "commit from (git writes both the author and the committer date on the clock of the "
                 "shell that runs it). `git var GIT_AUTHOR_IDENT` ends in +0000 when it is set.")


def looks_like_personal_name(name: str) -> bool:
    """Two or more words of letters, each capitalised (a handle is one word, or lower case)."""
    words = name.split()
    return len(words) >= 2 and all(_NAME_WORD.fullmatch(w) and w[0].isupper()
                                   and (sum(c.isalpha() for c in w) == 1 or not w.isupper()) for w in words)


def _name_like_address(email: str, name: str) -> bool:
    """An address that reads as a person's first and last name, told by the name it is committed
    under, since its shape alone cannot tell one: "night_owl", "the.archivist" and "kestrel-watch"
    are written like "jane.doe" (rev16c item 3). True when the name looks like a person's full name
    (`looks_like_personal_name`), or when the name is the address's own first initial and last word
    ("jdoe" for jane.doe@: the usual login made from a real name). The heuristics hold no list of
    given names to tell "jane.doe" from "night.owl" by the address alone."""
    if looks_like_personal_name(name):
        return True
    local = email.rpartition("@")[0].casefold()
    words = re.fullmatch(r"([^\W\d_]{2,})[._-](?:[^\W\d_]{2,}[._-])?([^\W\d_]{2,})", local)
    return words is not None and name.strip().casefold() == words[1][0] + words[2]


def _reaches_no_one(email: str) -> bool:
    """An address at a domain reserved for examples (core.toml [contact]: t@example.invalid, a
    test's or a container's): it names nobody, as SELF001 does not report it in a post."""
    from nymaudit.rules import load_file

    contact = load_file("core").get("contact", {})
    host = email.rpartition("@")[2].strip().strip(".").casefold()
    domains = tuple(contact.get("example_domains", ()))
    return (host.rpartition(".")[2] in set(contact.get("example_suffixes", ()))
            or host in domains or host.endswith(tuple(f".{d}" for d in domains)))


# An identity on at least this share of HEAD's commits is the repository's own: one more commit
# under it tells nothing new (low). On fewer it is a stray (the writer's real name on 3 of 70 commits
# of a pseudonym's history, walk16): lowered one step only, since one more commit adds to what links
# the two and to what a rewrite must remove.
OWN_IDENTITY_SHARE = 0.5


def _repeated(count: int, what: str, total: int = 0) -> str:
    from nymaudit.formatting import plural

    if total and count < OWN_IDENTITY_SHARE * total:
        return (f" This repository's history already carries {what} on {count} of {plural(total, 'commit')}, "
                "the others under other identities: one more adds to what links them and to what a "
                "rewrite must remove (lowered one step only).")
    return (f" This repository's history already carries {what} on {plural(count, 'commit')}: the commit "
            "adds nothing a clone does not show already (lowered); if that history is the pseudonym's and "
            "public, `nymaudit scan .` says what to rewrite.")


def _lowered(count: int, total: int) -> Severity:
    """HIGH for an identity new to the history; MEDIUM when a minority of it carries it; else LOW."""
    if not count:
        return Severity.HIGH
    return Severity.MEDIUM if count < OWN_IDENTITY_SHARE * total else Severity.LOW


def commit_identity_findings(index: Any) -> tuple[list[Finding], list[str]]:
    """What the identity and clock the next commit will carry give away (`check --staged`): a real
    e-mail address (SELF003), an organisation's domain (SELF005), a name that looks like a person's
    (SELF004, low: a pen name looks the same), a UTC offset other than +00:00 (TIME007). Each is
    lowered when HEAD's history already carries it (the commit tells nothing new). A forge's private
    address under a handle gives nothing and is not reported: a commit never fails on it."""
    from nymaudit.detectors.git_identity import is_private, organisation_domain
    from nymaudit.formatting import format_offset
    from nymaudit.rules import load_file, rule
    from nymaudit.staged import history_identities, next_commit_identities

    identities, problem = next_commit_identities(index)
    notes = []
    if problem is not None:
        notes.append(f"--staged: the identity the commit will carry could not be read ({problem}); check "
                     "it yourself with `git var GIT_AUTHOR_IDENT`")
    if not identities:
        return [], notes
    history = history_identities(index)
    settings = load_file("core").get("git", {})
    findings: list[Finding] = []
    # The author and the committer are most often one identity: one finding, both roles named.
    roles: dict[tuple[str, str], list[str]] = {}
    for ident in identities:
        roles.setdefault((ident.name, ident.email), []).append(ident.role)
    for (name, email), said in roles.items():
        shown = f"{name} <{email}>"
        role = " and ".join(said)
        where = Origin(IDENTITY_ORIGIN_PATH, record=role)
        verb = {"author": "authored", "committer": "committed"}
        as_what = " and ".join(verb[r] for r in said)
        personal = looks_like_personal_name(name)
        if not is_private(email.casefold(), settings) and not _reaches_no_one(email):
            seen = history.emails.get(email.casefold(), 0)
            message = (f"The commit you are about to make will be {as_what} as {shown}: a real e-mail "
                       f"address{', under what looks like a full name,' if personal else ''} that every "
                       "clone and the forge show (`git log`).")
            severity = _lowered(seen, history.commits)
            if not _name_like_address(email, name):
                # A handle's address ("nullkestrel@proton.me", "night_owl@proton.me") is the pseudonym's
                # own as often as not: said, never failed on, or a pseudonymous repository's first
                # commit could not pass the documented hook (--fail-on medium) and no baseline can
                # accept it.
                severity = Severity.LOW
                message += (" It reads as a handle, not a person's name: if it is the pseudonym's own "
                            "address, nothing to do; if you use it anywhere under your real name, it "
                            "joins the two.")
            if seen:
                message += _repeated(seen, "this address", history.commits)
            findings.append(rule("SELF003").finding(message, evidence=shown, location=where,
                                                    clue_value=email, severity=severity,
                                                    advice=_IDENTITY_ADVICE))
            organisation = organisation_domain(email.casefold(), name, settings)
            if organisation is not None:
                domain, kind = organisation
                message = (f"The commit's {role} address {email} is at {domain}, an organisation's own "
                           f"domain (not a free mail service or a forge's private address): it names the "
                           f"{'school' if kind == 'education' else 'employer'} behind it.")
                if seen:
                    message += _repeated(seen, "this address", history.commits)
                findings.append(rule("SELF005").finding(message, evidence=shown, location=where,
                                                        clue_value=domain, clue_kind=kind,
                                                        severity=_lowered(seen, history.commits),
                                                        advice=_IDENTITY_ADVICE))
        elif personal and not _reaches_no_one(email):
            # A private address under a name: never failed on (a pen name looks the same). An
            # example domain's placeholder (a test's, a CI job's "Site Bot <bot@example.invalid>") is
            # nobody's identity.
            seen = history.names.get(name.casefold(), 0)
            message = (f"The commit you are about to make will be {as_what} under the name {name!r}, which "
                       "looks like a person's full name (its address is private). If it is your own name, "
                       "it joins this repository to you; if it is a pen name, nothing to do.")
            if seen:
                message += _repeated(seen, "this name")
            findings.append(rule("SELF004").finding(message, evidence=shown, location=where,
                                                    clue_value=name, severity=Severity.INFO if seen
                                                    else Severity.LOW, confidence="low",
                                                    advice=_IDENTITY_ADVICE))
    offsets: dict[int, list[str]] = {}
    for ident in identities:
        if ident.offset_minutes:  # +00:00 is what TIME007 advises: nothing to report
            offsets.setdefault(ident.offset_minutes, []).append(ident.role)
    # An offset is counted only on the commits of the identity being committed (its name or
    # address): other people's commits at +0100 (an upstream the pseudonym forked) do not tie
    # +0100 to the pseudonym; its first commit does (rev16c item 2). A minority share is lowered
    # one step only, as for an address.
    own_names = {ident.name.casefold() for ident in identities}
    own_emails = {ident.email.casefold() for ident in identities}
    for minutes, said in offsets.items():
        zone = format_offset(minutes / 60)
        seen = history.offset_commits(minutes, own_names, own_emails)
        message = (f"The commit's {' and '.join(said)} date will store your clock's offset, {zone}: "
                   "`git log` shows it beside every commit, and it narrows where you are to the "
                   "countries on that offset.")
        if seen:
            message += _repeated(seen, f"the offset {zone} under this identity", history.commits)
        elif history.offsets.get(minutes, 0):
            message += (f" Other people's commits in this history carry {zone} too, but none under this "
                        "identity: this commit is what ties the offset to it.")
        findings.append(rule("TIME007").finding(
            message, evidence=f"{' and '.join(said)} date at {zone}",
            location=Origin(IDENTITY_ORIGIN_PATH, record=" and ".join(said)), clue_value=zone,
            severity=_lowered(seen, history.commits), advice=_CLOCK_ADVICE))
    return findings, notes


# Findings that say a file, or part of one, was not checked: `check` fails them whatever --fail-on.
NOT_CHECKED_RULES = UNREAD_RULES | UNCHECKED_RULES | frozenset({"INPUT003"})


def _fail_closed_at(findings: list[Finding], fail_on: Severity, result: CheckResult) -> None:
    """Raise each finding about something not checked (and not accepted by the baseline, which
    left it at info) to the gate's level when that is above medium. The gate fails closed on what
    it did not read, but the medium it raised them to passed `--fail-on high`: a CI job with
    `--history --fail-on high` exited 0 with a damaged .docx or a scanned PDF beside a clean draft
    (bas16), while this page promised a failure. The exit code stays "a finding at or above
    --fail-on" (DESIGN.md), and the summary, SARIF level and JSON agree with it."""
    from nymaudit.console import visible_controls

    raised: list[str] = []
    too_long: list[str] = []  # INPUT003: read in part; `--accept-unread` does not accept it (rev16a 4)
    for f in findings:
        if f.rule in NOT_CHECKED_RULES and Severity.MEDIUM <= f.severity < fail_on:
            f.severity = fail_on
            f.message += (f" Raised to {fail_on.label}, the --fail-on level: a check fails on what it "
                          "did not read, whatever the level.")
            if f.location.path:
                (too_long if f.rule == "INPUT003" else raised).append(f.location.path)
    if raised:
        names = ", ".join(visible_controls(p) for p in list(dict.fromkeys(raised))[:5])
        result.notes.append(f"not checked, so failing at --fail-on {fail_on.label}: {names} (fix or replace "
                            "the file; or read it yourself and accept its exact bytes with "
                            "`nymaudit baseline add BASELINE FILE --accept-unread`)")
    if too_long:
        names = ", ".join(visible_controls(p) for p in list(dict.fromkeys(too_long))[:5])
        result.notes.append(f"checked only in part, so failing at --fail-on {fail_on.label}: {names} (a post "
                            "longer than the tool reads whole: split it into shorter files and check each)")


def _check_key_length(secret: bytes | None) -> None:
    from nymaudit.cli import UsageProblem

    if secret is not None and len(secret.decode("utf-8", "surrogateescape")) < MIN_KEY_CHARS:
        # The key_check lets anyone holding the file test guesses of the key itself.
        raise UsageProblem(f"{KEY_ENV} is shorter than {MIN_KEY_CHARS} characters, so it can be guessed; "
                           "use a random one (`openssl rand -hex 32`)")


def _read_to_accept(files: list[Path], refused: list[str] | None, witness: _ReadWitness | None = None,
                    ) -> tuple[Report, dict[tuple[str, str], list[_Said]]]:
    """The report of ``files`` as a baseline accepts them, and their fixed-label sentences.
    ``refused`` receives the FILEs left unread because they are, or are reached through, a
    symbolic link: `check` refuses them (LINK_ERROR), so a baseline must not follow them
    either (a link to /proc/self/environ or to another user's notes). ``witness`` keeps what
    `--accept-unread` needs to hash the bytes the readers used (``_ReadWitness``)."""
    linked = {p for p in files if _link_on_the_way(p) is not None}
    if refused is not None:
        refused.extend(str(p) for p in files if p in linked)
    zones: list[dict[str, Any]] = []
    read = [p for p in files if p not in linked]
    if witness is not None:
        witness.note_files(read)
    corpus = _read(read, zones, published=True)
    if witness is not None:
        witness.watch(corpus)
    _skip_what_is_not_a_draft(corpus)  # a stylesheet's "unknown format" is no unread file to accept
    return _analyse(corpus, zones=zones), _sentences(corpus)


def _rule_tag(secret: bytes, salt: str, rule_id: str, digest: str) -> str:
    """The tag that tells a keyed hash's rule to whoever holds the key (``RULE_TAGS_FIELD``)."""
    text = f"{salt}\x1frule\x1f{rule_id}\x1f{digest}"
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()[:32]


def _tags(made: Baseline, keys: set[str]) -> set[str]:
    if made.secret is None:
        return set()
    return {_rule_tag(made.secret, made.salt, key.split("\x1f", 1)[0], made.digest(key)) for key in keys}


@dataclass
class Created:
    """What `baseline create` did, for its summary lines."""

    count: int = 0  # entries written
    keyed: bool = False
    # (path, sha256, entry stored) of each unread file accepted by this run (``--accept-unread``)
    unread: list[tuple[str, str, str]] = field(default_factory=list)
    # paths of unread files the baseline replaced accepted, kept for their unchanged bytes
    unread_kept: list[str] = field(default_factory=list)
    unread_left: list[str] = field(default_factory=list)  # unread files not accepted (no option)
    unread_refused: list[str] = field(default_factory=list)  # unread, never acceptable (a link)
    # Entries of the baseline replaced that no file of this run matched (moved, changed, left out).
    unread_dropped: int = 0
    # Why the replaced baseline's unread files could not be carried over (a key problem), or None.
    not_carried: str | None = None


def _replaced_baseline(output: Path, secret: bytes | None) -> tuple[Baseline | None, str | None]:
    """The baseline `create -o` replaces, as `check --baseline` would read it today, so that the
    files it accepts as not read and whose bytes are unchanged stay accepted (bas16: re-creating
    dropped them, and INPUT001 failed the next check for files their owner had read and accepted).
    None when there is none, or it cannot be read with this key (then the reason, said by the CLI:
    its entries are HMACs under a key this run does not hold, so no file can be matched to them)."""
    if not os.path.lexists(output):
        return None, None
    try:
        doc = read_baseline(output)
    except BaselineError:
        return None, None  # not a baseline: nothing to carry over
    if not doc.get(UNREAD_FIELD):
        return None, None
    count = len(doc[UNREAD_FIELD])
    try:
        return load_baseline(output, secret), None
    except BaselineError:
        why = ("it is keyed and {env} is not set" if secret is None
               else "it was made with another {env}").format(env=KEY_ENV)
        return None, (f"{output} accepted {count} file(s) as not read, but {why}, so none of them could "
                      "be matched: they are not accepted in the new file (run again with the key it was "
                      "made with, or accept them again with --accept-unread)")


def _unread_outcome(report: Report, witness: _ReadWitness, accept_unread: bool, new: Baseline,
                    old: Baseline | None, stored: set[str]
                    ) -> tuple[list[tuple[str, str, str]], list[str], list[str], list[str], set[str]]:
    """Each file of ``report`` that could not be read, by what becomes of it: (newly accepted:
    path, sha256, entry; already accepted by ``old``, kept in ``stored`` under ``new``; left
    unaccepted, no --accept-unread; never acceptable, with why; the sha256 of those ``old``
    accepted). Same rules for `baseline add` and `create`: the bytes the readers used
    (``_ReadWitness``), never a symbolic link nor a file an embed names (``_acceptable_unread``).
    A file already accepted is said to be so, never "not accepted" (before bas16, `baseline add`
    without --accept-unread told a maintainer to accept again a file its baseline accepted)."""
    accepted_now: list[tuple[str, str, str]] = []
    kept: list[str] = []
    left: list[str] = []
    refused: list[str] = []
    already: set[str] = set()
    for f in report.findings:
        if not (f.rule in UNREAD_RULES or f.rule in UNCHECKED_RULES):
            continue
        where = f.location.path
        digest = witness.digest(where) if _acceptable_unread(f) else None
        if digest is _CHANGED:
            refused.append(f"{where} (it changed while nymaudit read it: run again once nothing is writing "
                           "to it)")
        elif digest is None:
            refused.append(f"{where} ({_why_not_acceptable(f)})")
        elif old is not None and old.accepts_unread(digest):
            stored.add(new.unread_entry(digest))
            already.add(digest)
            kept.append(where)
        elif not accept_unread:
            left.append(where)
        elif new.unread_entry(digest) in stored:
            already.add(digest)  # a second finding of a file accepted a moment ago
        else:
            stored.add(new.unread_entry(digest))
            accepted_now.append((where, digest, new.unread_entry(digest)))
    return (accepted_now, list(dict.fromkeys(kept)), list(dict.fromkeys(left)),
            list(dict.fromkeys(refused)), already)


def create_baseline(files: list[Path], output: Path, refused: list[str] | None = None, *,
                    accept_unread: bool = False) -> Created:
    """``refused``: see `_read_to_accept`. With $NYMAUDIT_BASELINE_KEY set the hashes are
    keyed (HMAC-SHA256); either way only the hashes are written, sorted, without the rule
    (baseline/2; a keyed file adds tags only the key reads, ``RULE_TAGS_FIELD``).

    Files not read (INPUT001, META026): when ``output`` is a baseline `check --baseline` reads
    with today's key, each FILE (or file a FILE shows) it accepts as not read keeps its acceptance
    while its bytes are the same; with ``accept_unread`` every unread file is accepted for its
    bytes, as `baseline add --accept-unread` does. Entries of the replaced file that no file read
    now matches are dropped, and counted (``Created.unread_dropped``)."""
    secret = baseline_key()
    _check_key_length(secret)
    if os.path.islink(output):
        # -o names a file to make, as a report's --output does: never written through a link
        # (`baseline add` updates a linked baseline where it points: it names an existing one).
        raise BaselineError(f"{output} is a symbolic link; `baseline create` does not write through it: "
                            "name the file itself")
    witness = _ReadWitness()
    report, said = _read_to_accept(files, refused, witness)
    made = Baseline(secrets.token_hex(16), set(), secret)
    keys = accepted_keys(report.findings, said)
    made.hashes.update(made.digest(key) for key in keys)
    done = Created(count=len(made.hashes), keyed=secret is not None)
    doc: dict[str, Any] = {
        "schema": BASELINE_SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "salt": made.salt,
        "digest": "hmac-sha256" if secret is not None else "sha256",
    }
    if secret is not None:
        doc["key_check"] = _keyed_digest(_KEY_CHECK, made.salt, secret)
    # Sorted: the order findings come in (by severity, then rule) would say something too.
    doc["hashes"] = sorted(made.hashes)
    if secret is not None:
        doc[RULE_TAGS_FIELD] = sorted(_tags(made, keys))
    # Replaced in one step, under the lock `baseline add` takes: a run adding to it meanwhile
    # finishes first, and a reader never sees half a file (before: truncated, then written). The
    # file replaced is read under the lock too, for what it accepted as not read.
    with baseline_lock(output):
        old, done.not_carried = _replaced_baseline(output, secret)
        stored: set[str] = set()
        (done.unread, done.unread_kept, done.unread_left, done.unread_refused,
         matched) = _unread_outcome(report, witness, accept_unread, made, old, stored)
        if old is not None:
            done.unread_dropped = len(old.unread - {old.unread_entry(d) if old.unread_keyed else d
                                                    for d in matched})
        if stored:
            doc[UNREAD_FIELD] = sorted(stored)
            if secret is not None:
                doc[UNREAD_DIGEST_FIELD] = "hmac-sha256"
        write_atomically(output, json.dumps(doc, indent=2) + "\n")
    return done


# What `_ReadWitness.digest` gives for a file that changed while nymaudit read it (no sha256).
_CHANGED = "changed while read"


def _identity(info: os.stat_result) -> tuple[int, ...]:
    """What changes when a file's bytes do: a write (size, times) or another file renamed over it."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass
class _ReadWitness:
    """What a run knows of the bytes its readers used, so that the file `--accept-unread` accepts
    (and `check` passes) is the one that was not read. Until rev15a item 10 the file was hashed in
    an open of its own after the readers': a file changed in between (a sync client, a scanner app
    saving) had bytes that no reader had seen accepted, and `check` passed them.

    The sha256 is of the file's bytes (what `sha256sum` prints), taken in one open whose file does
    not change while it is hashed, and it counts only when it is the bytes the readers used: equal
    to the sha256 of each whole load of the file by a reader (an image or document the detectors
    read through its attachment's loader), else the file unchanged (same inode, size and times)
    since before it was read (a FILE given; a file found in a folder given: not changed since the
    run began). Otherwise `_CHANGED`. ``index``: `check --staged`, whose blobs are the bytes read."""

    index: Any = None
    started_ns: int = field(default_factory=time.time_ns)
    before: dict[str, tuple[int, ...]] = field(default_factory=dict)  # real path -> identity
    loaded: dict[str, set[str]] = field(default_factory=dict)  # real path -> sha256 of whole loads

    def note(self, path: str) -> None:
        real = _real(path)
        if real is None or real in self.before:
            return
        try:
            info = os.stat(real)
        except (OSError, ValueError):
            return
        if stat.S_ISREG(info.st_mode):
            self.before[real] = _identity(info)

    def note_files(self, files: list[Path]) -> None:
        """Before the FILEs are read."""
        for path in files:
            self.note(str(path))

    def watch(self, corpus: Corpus) -> None:
        """After the inputs are listed, before the detectors load the files they show: each load
        of a file on disk is hashed as it is handed to the reader."""
        for attachment in corpus.attachments:
            where = _attachment_file(attachment)
            if where is None or attachment.loader is None:
                continue
            self.note(where)
            attachment.loader = self._hashing(attachment.loader, where)

    def _hashing(self, load: Callable[[], bytes], where: str) -> Callable[[], bytes]:
        def loaded() -> bytes:
            data = load()
            try:
                now = _identity(os.stat(where))
            except (OSError, ValueError):
                now = None
            seen = self.loaded.setdefault(where, set())
            if now is None or now != self.before.get(where):
                seen.add(_CHANGED)  # changed since it was listed: what was read is not what is there
            elif len(data) == now[2]:  # a whole load (a large video's load leaves its frames out)
                seen.add(hashlib.sha256(data).hexdigest())
            return data

        return loaded

    def digest(self, path: str) -> str | None:
        """The sha256 of the bytes the readers used of ``path`` (see the class), `_CHANGED`, or None
        when it cannot be hashed (`content_sha256`)."""
        if self.index is not None:
            return content_sha256(path, self.index)
        real = _real(path) if path else None
        hashed = content_sha256(path, identity=True)
        if hashed is None or real is None:
            return None
        sha256, identity = hashed
        if identity is None:
            return _CHANGED  # it changed while it was hashed
        loads = self.loaded.get(real)
        if loads:
            return sha256 if loads == {sha256} else _CHANGED
        if real in self.before:
            return sha256 if self.before[real] == identity else _CHANGED
        # A file found inside a folder given (a post that could not be read): not changed since
        # the run began (its change time is set by the system; a write in the same few ms as the
        # start is the one case this cannot see).
        return sha256 if max(identity[3], identity[4]) < self.started_ns else _CHANGED


def content_sha256(path: str, index: Any = None, *, identity: bool = False) -> Any:
    """The sha256 of a file's bytes, None when it is not a regular file reached without a
    symbolic link (or is larger than MAX_UNREAD_BYTES): what `--accept-unread` records and
    `check` compares. With ``index`` (`check --staged`), the staged blob `check` read. With
    ``identity``: (sha256, the file's `_identity`, None when it changed while hashed)."""
    if index is not None:
        data = index.blobs.get(path)
        return hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else None
    if not path or _link_on_the_way(Path(path)) is not None:
        return None
    try:
        # O_NONBLOCK: a FIFO named like a scan must not hang the check; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_UNREAD_BYTES:
            return None
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1024**2):
            digest.update(chunk)
        if identity:
            same = _identity(info) == _identity(os.fstat(fd))
            return digest.hexdigest(), _identity(info) if same else None
        return digest.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


def _acceptable_unread(f: Finding) -> bool:
    """A finding that says a file itself was not (fully) read, which `--accept-unread` can
    accept for that file's exact bytes. Not a symbolic link (never opened: its target can
    change under the same link), and not "embeds X, which was not checked" (X is another
    file, outside the site or not there yet, which no hash of the draft vouches for)."""
    return ((f.rule in UNREAD_RULES or f.rule in UNCHECKED_RULES) and bool(f.location.path)
            and LINK_ERROR not in f.message and ", which was not checked" not in f.message)


def _why_not_acceptable(f: Finding) -> str:
    """Why `--accept-unread` cannot accept this unread finding, for `baseline add` to say."""
    if LINK_ERROR in f.message:
        return "a symbolic link, which check does not open"
    if ", which was not checked" in f.message:
        return "it shows a file that is missing, outside the site or named by a template expression"
    if not os.path.lexists(f.location.path):
        return "not a file on disk: a part of an archive, or no such file"
    return "not a regular file, or larger than 1 GiB"


_ACCEPTED_UNREAD = "Accepted as not read by the baseline"


def _accept_unread(findings: list[Finding], accepted: Baseline, witness: _ReadWitness,
                   result: CheckResult) -> None:
    """Lower to info, and say so in the finding, each unread-file finding whose file's bytes the
    baseline accepts: still in the report (the file was not read), no longer failing the gate.
    Any change to the bytes gives another hash, and the failure comes back."""
    from nymaudit.console import visible_controls

    digests: dict[str, str | None] = {}
    files: set[str] = set()
    changed: set[str] = set()
    for f in findings:
        if not _acceptable_unread(f):
            continue
        path = f.location.path
        if path not in digests:
            digests[path] = witness.digest(path)
        digest = digests[path]
        if digest == _CHANGED:
            changed.add(path)
            continue
        if digest is None or not accepted.accepts_unread(digest):
            continue
        f.severity = Severity.INFO
        f.message += (f" {_ACCEPTED_UNREAD} (this exact content, sha256 {digest[:12]}): "
                      "nothing checked it; any change to the file brings the failure back.")
        files.add(path)
    if files:
        names = ", ".join(visible_controls(p) for p in sorted(files)[:5]) + (" ..." if len(files) > 5 else "")
        result.notes.append(f"{len(files)} file(s) not read are accepted as they are by the baseline, "
                            f"so they pass unchecked: {names}")
    if changed:
        names = ", ".join(visible_controls(p) for p in sorted(changed)[:5])
        result.notes.append(f"{names}{' ...' if len(changed) > 5 else ''}: changed while nymaudit read it, "
                            "so the baseline's acceptance of files not read does not apply; run the check "
                            "again")


def all_unread_accepted(findings: list[Finding]) -> bool:
    """True when every finding about something not read was accepted by the baseline as it is
    (``_accept_unread`` left it at info), so a run that read nothing still passes: the same
    accepted scan passed beside a readable draft but stopped the run alone (exit 2)."""
    unread = [f for f in findings if f.rule in UNREAD_RULES or f.rule in UNCHECKED_RULES]
    return bool(unread) and all(f.severity == Severity.INFO and _ACCEPTED_UNREAD in f.message
                                for f in unread)


@dataclass
class Added:
    """What `baseline add` did, for its summary line."""

    by_rule: Counter[str] = field(default_factory=Counter)  # findings newly accepted, by rule
    already: int = 0  # findings the baseline accepted before
    hashes: int = 0  # entries written (a finding may give several: one per offset, sentence)
    total: int = 0  # entries in the file now
    # (path, sha256, the entry stored: the sha256, or its HMAC in a keyed file) newly accepted
    unread: list[tuple[str, str, str]] = field(default_factory=list)
    unread_left: list[str] = field(default_factory=list)  # unread files not accepted (no option)
    unread_already: set[str] = field(default_factory=set)  # sha256 of unread files accepted before
    unread_refused: list[str] = field(default_factory=list)  # unread, but never acceptable (a link)
    upgraded: bool = False  # a baseline/1 file rewritten as baseline/2
    keyed: bool = False
    target: Path | None = None  # the file written, when the baseline named is a link to it
    every_key: set[str] = field(default_factory=set)  # the keys of the findings chosen
    all_hashes: set[str] = field(default_factory=set)  # the hashes written
    unread_stored: set[str] = field(default_factory=set)  # the `unread` entries written


def add_to_baseline(path: Path, files: list[Path], rules: list[str] | None = None, *,
                    accept_unread: bool = False, refused: list[str] | None = None) -> Added:
    """Add to an existing baseline what `check FILE...` raises today (``rules``: only theirs),
    keeping every entry, under the file's own salt and key; with ``accept_unread`` also the
    sha256 of each file that was not read (HMAC-SHA256 of it under the key in a keyed file).
    Refuses (BaselineError) a keyed file without its key or with another one, and an unkeyed
    file while a key is set (the new entries would be guessable in a file its owner thinks
    keyed). Written atomically, 0600.

    A baseline that is a symbolic link is updated where it points (``Added.target``), as
    `check --baseline` reads it there: replacing the link left the file `check` reads unchanged
    while saying "added" (rev15a item 9). Two runs at once (``xargs -P``, parallel CI jobs) are
    serialised by a lock beside that file (``baseline_lock``), held from reading the baseline to
    replacing it: before, each run rewrote the file it had read, and 10 parallel adds kept one
    run's entries while every run said "added" (rev15a item 4). The drafts are read before the
    lock is taken, so a long read does not hold the others up."""
    target = _write_target(path)
    _accepting(read_baseline(target), target)  # a wrong key fails before the drafts are read
    witness = _ReadWitness()
    report, said = _read_to_accept(files, refused, witness)
    with baseline_lock(target):
        # Read again under the lock: another run may have added to it since.
        doc = read_baseline(target)
        accepted, keyed = _accepting(doc, target)
        done = _add(doc, accepted, keyed, report, said, rules, accept_unread, witness)
        done.target = None if target == path else target
        write_atomically(target, json.dumps(_added_doc(doc, accepted, keyed, done), indent=2) + "\n")
    return done


def _accepting(doc: dict[str, Any], path: Path) -> tuple[Baseline, bool]:
    """The baseline `add` adds to, and whether it is keyed (see `add_to_baseline`)."""
    secret = baseline_key()
    keyed = doc.get("digest") == "hmac-sha256"
    if not keyed and secret is not None:
        raise BaselineError(f"{path} was made without {KEY_ENV}, which is set: entries added to it would "
                            "not be keyed; make it again with the key set (`nymaudit baseline create`), or "
                            f"unset {KEY_ENV} to add to it as it is")
    return load_baseline(path, secret), keyed


def _add(doc: dict[str, Any], accepted: Baseline, keyed: bool, report: Report,
         said: dict[tuple[str, str], list[_Said]], rules: list[str] | None, accept_unread: bool,
         witness: _ReadWitness) -> Added:
    chosen = [f for f in report.findings if not _not_read(f) and (rules is None or f.rule in rules)]
    done = Added(keyed=keyed, upgraded=doc["schema"] == OLD_BASELINE_SCHEMA)
    for f in chosen:
        keys = accepted_keys([f], said)
        if keys and all(_holds(accepted, key) for key in keys):
            done.already += 1
        else:
            done.by_rule[f.rule] += 1
    done.every_key = accepted_keys(chosen, said)
    new = {accepted.digest(key) for key in done.every_key} - accepted.hashes
    done.hashes = len(new)
    done.all_hashes = accepted.hashes | new
    # Entries of a keyed file stored in clear by `baseline add` before rev15a item 10 are keyed
    # now (the HMAC is of the sha256, so no file is needed to key them).
    stored = accepted.unread_entries()
    (done.unread, _, done.unread_left, done.unread_refused,
     done.unread_already) = _unread_outcome(report, witness, accept_unread, accepted, accepted, stored)
    done.unread_stored = stored
    done.total = len(done.all_hashes)
    return done


def _added_doc(doc: dict[str, Any], accepted: Baseline, keyed: bool, done: Added) -> dict[str, Any]:
    out: dict[str, Any] = {key: doc[key] for key in ("schema", "generated_at", "salt", "digest", "key_check")
                           if key in doc}
    out["schema"] = BASELINE_SCHEMA  # a baseline/1 file loses its rules in clear; its hashes are the same
    out["digest"] = "hmac-sha256" if keyed else "sha256"
    out["updated_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out["hashes"] = sorted(done.all_hashes)
    if keyed:
        out[RULE_TAGS_FIELD] = sorted(set(doc.get(RULE_TAGS_FIELD, [])) | _tags(accepted, done.every_key))
    if done.unread_stored:
        out[UNREAD_FIELD] = sorted(done.unread_stored)
        if keyed:
            out[UNREAD_DIGEST_FIELD] = "hmac-sha256"
    return out


def _write_target(path: Path) -> Path:
    """The file `baseline add` rewrites: ``path``, or when it is a symbolic link the file the
    link (or a chain of them) leads to, the one `check --baseline` reads. A link that leads
    nowhere is left to read_baseline to say ("no baseline at ..."). A linked folder on the way
    needs nothing: the rename replaces the entry in the folder it leads to."""
    try:
        return Path(os.path.realpath(path)) if os.path.islink(path) else path
    except (OSError, ValueError):
        return path


LOCK_SUFFIX = ".lock"
# How long `baseline add` or `create` waits for another run holding the lock (a run holds it for
# the time it takes to read and rewrite the baseline, well under a second).
LOCK_WAIT_SECONDS = 60.0


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")


@contextlib.contextmanager
def baseline_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for changing the baseline ``path``: `fcntl.flock` (POSIX) or
    `msvcrt.locking` (Windows) on ``.NAME.lock`` beside it, created 0600 and never followed
    through a link. Never a lock on the baseline itself: its replacement is a new file (a lock on
    the old one would not stop the next run), and a lock would not survive the rename. The lock
    file is removed when done, and a run that locked a file another removed meanwhile locks
    again, so no two runs hold it at once and no lock file is left in the repository. A system
    with neither locking call changes the baseline unlocked (said in docs/check.md). Waits
    LOCK_WAIT_SECONDS for a run holding it, then BaselineError (never a hang)."""
    lock = _lock_path(path)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    flags = (os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_BINARY", 0))
    while True:
        fd = os.open(lock, flags, 0o600)
        try:
            held = _try_lock(fd)
            if held and _still_there(fd, lock):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if held:
            continue  # the file locked had been removed by the run before: lock the new one
        if time.monotonic() > deadline:
            raise BaselineError(f"another `nymaudit baseline` run has been changing {path} for "
                                f"{LOCK_WAIT_SECONDS:.0f} s (lock {lock}): run again when it has ended")
        time.sleep(0.02)
    try:
        yield
    finally:
        # Removed while still held: a run waiting on it then finds it gone and locks anew.
        with contextlib.suppress(OSError):
            os.unlink(lock)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:
        fcntl = None  # type: ignore[assignment]
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    try:
        import msvcrt
    except ImportError:
        return True  # no locking call on this system: documented, unlocked
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:
        try:
            import msvcrt
        except ImportError:
            return
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _still_there(fd: int, lock: Path) -> bool:
    """The lock file just locked is the one at ``lock`` (not one a run before removed)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(lock, follow_symlinks=False))
    except OSError:
        return False


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step, 0600 from creation: a CI job reading the
    baseline meanwhile, or a full disk, never sees half a file."""
    import tempfile

    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def describe_baseline(path: Path) -> str:
    from nymaudit.cli import UsageProblem
    from nymaudit.console import visible_controls

    try:
        doc = read_baseline(path)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from exc
    hashes = _hashes(doc)
    # The file may come from anywhere: nothing in it reaches the terminal unescaped.
    created = visible_controls(str(doc.get("generated_at", "?")))
    shown = visible_controls(str(path))
    lines = [f"{shown}: {len(hashes)} accepted finding(s), created {created}"]
    if doc["schema"] == OLD_BASELINE_SCHEMA:
        counts = Counter(e["rule"] for e in doc.get("entries", []))
        lines += [f"  {visible_controls(rule)}: {n}" for rule, n in sorted(counts.items())]
        lines.append(f"  older format ({OLD_BASELINE_SCHEMA}): each entry names its rule in plain text "
                     "and is not keyed; make it again with `nymaudit baseline create` (docs/check.md)")
    elif doc["digest"] == "hmac-sha256":
        secret = baseline_key()
        mine = secret is not None and _key_matches(doc, secret)
        state = ("not set here" if secret is None
                 else "set, and it is this file's key" if mine
                 else "set, but it is not this file's key")
        lines.append(f"  keyed (HMAC-SHA256): its entries cannot be guessed without the key; {KEY_ENV} is "
                     f"{state}")
        if mine and secret is not None:
            lines += _rule_counts(doc, hashes, secret)
        else:
            lines.append(f"  entries by rule: shown with this file's key set ({KEY_ENV})")
    else:
        lines.append(f"  not keyed: anyone who reads it can confirm a guessed town, postcode, phone number "
                     f"or time zone in it; keep it private or make it with {KEY_ENV} set (docs/check.md)")
        lines.append("  entries by rule: not stored in a file made without a key (a rule names a topic, "
                     "and beside the salt it could be found by trying each one)")
    unread = doc.get(UNREAD_FIELD, []) if doc["schema"] == BASELINE_SCHEMA else []
    if unread:
        # Prefixes only: enough to match `sha256sum FILE` (or what `baseline add`/`create` printed for a keyed
        # file), and the file stays short to read.
        keyed_unread = doc.get("digest") == "hmac-sha256" and doc.get(UNREAD_DIGEST_FIELD) == "hmac-sha256"
        prefixes = ", ".join(visible_controls(str(digest)[:12]) for digest in unread)
        how = (f"HMAC-SHA256 under the key {prefixes}: not what `sha256sum` prints, `baseline add` or "
               "`create` printed each beside the file's sha256" if keyed_unread
               else f"sha256 {prefixes}" + (", stored in clear: the next `baseline add` with the key keys "
                                             "them" if doc.get("digest") == "hmac-sha256" else ""))
        lines.append(f"  files accepted as not read: {len(unread)} ({how}): `check` passes them while their "
                     "bytes stay exactly the same, and reports them as not read")
    return "\n".join(lines)


def _rule_counts(doc: dict[str, Any], hashes: set[str], secret: bytes) -> list[str]:
    """Entries by rule of a keyed file, from its tags (``RULE_TAGS_FIELD``): each hash's tag is
    tried under every rule (a few hundred HMACs a hash)."""
    from nymaudit.rules import load_rules

    tags = set(doc.get(RULE_TAGS_FIELD, []))
    salt = doc["salt"]
    rule_ids = [r.id for r in load_rules()]
    counts: Counter[str] = Counter()
    for digest in hashes:
        found = next((rule_id for rule_id in rule_ids
                      if _rule_tag(secret, salt, rule_id, digest) in tags), None)
        counts[found or ""] += 1
    lines = [f"  {rule_id}: {n}" for rule_id, n in sorted(counts.items()) if rule_id]
    if counts[""]:
        lines.append(f"  {counts['']} entr{'y' if counts[''] == 1 else 'ies'} of no known rule (made before "
                     "2026-11-30, when entries were not tagged with their rule)")
    return lines

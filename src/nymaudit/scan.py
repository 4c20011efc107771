"""The one-way pipeline: sources -> Corpus -> detectors -> findings -> profile -> Report.

Commands call ``analyse``; nothing here prints (progress goes through a callback
the CLI supplies).
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nymaudit import __version__
from nymaudit.detectors import DETECTORS, ScanContext, load_detector
from nymaudit.model import Corpus, Finding, Origin, Report, Severity

Progress = Callable[[str], None]


@dataclass
class ScanOptions:
    known: dict[str, Path] = field(default_factory=dict)
    watchlist: str | None = None
    redact: bool = False
    detectors: tuple[str, ...] = DETECTORS
    debug: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _sort_key(f: Finding) -> tuple:
    loc = f.location
    return (-int(f.severity), f.rule, loc.path, loc.record or "", loc.line or 0)


def run_detectors(ctx: ScanContext, names: Iterable[str], progress: Progress | None = None,
                  debug: bool = False) -> tuple[list[Finding], dict[str, Any]]:
    """Each detector in turn. A later detector may read the findings of those before it in
    ``ctx.earlier_findings`` (read-only): the places detector weighs where the account's
    own photos were taken (the metadata detector's META010/META015) into which namesake is meant,
    without reading any photo a second time (fourteenth session, plc14 item 1)."""
    from nymaudit.rules import rule

    findings: list[Finding] = []
    sections: dict[str, Any] = {}
    ctx.earlier_findings = findings
    for name in names:
        detect = load_detector(name)
        if detect is None:
            continue
        if progress:
            progress(f"checking {name}")
        try:
            result = detect(ctx)
        except Exception as exc:  # robust promise: one broken step never ends the scan
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            if debug:
                detail += "\n" + traceback.format_exc()
            findings.append(
                rule("INPUT002").finding(
                    f"detector {name} failed: {detail}",
                    evidence="",
                    location=Origin(ctx.corpus.inputs[0].path if ctx.corpus.inputs else ""),
                )
            )
            continue
        findings.extend(result.findings)
        sections.update(result.sections)
    return findings, sections


def analyse(
    corpus: Corpus,
    options: ScanOptions,
    known: dict[str, Corpus] | None = None,
    progress: Progress | None = None,
) -> Report:
    ctx = ScanContext(
        corpus=corpus,
        known=known or {},
        watchlist_path=options.watchlist,
        options=dict(options.extra),
    )
    findings, sections = run_detectors(ctx, options.detectors, progress, options.debug)
    from nymaudit.profile import join_free_text

    # Free text in a file's metadata that names what another finding identified is as
    # serious as that finding: only the whole scan knows both (profile.join_free_text).
    findings = join_free_text(findings, per_file=bool(ctx.options.get("per_file")))
    mark_audience(corpus, findings)
    findings.extend(_known_input_errors(ctx.known))
    findings.sort(key=_sort_key)
    return build_report(corpus, findings, sections, options.redact)


# How a finding located in a record that is not a public post says so.
_SITE_CONFIG_NOTE = "site configuration, which themes publish on its pages and feed"
_REPOSITORY_FILE_NOTE = "a file of the git repository as committed, published with its history"
_FRONT_MATTER_NOTE = "the post's front matter, which themes publish with the post"
_PROFILE_NOTE = "the account's profile, shown on its page"
# A file a site serves for programs to find (.well-known/security.txt, webfinger, keybase.txt at
# its root): no theme shows it on a page, but anyone may fetch it (review rev14a item 7).
_SERVED_FILE_NOTE = "a file the site serves for programs to fetch, not shown on its pages"
# X's deleted-tweets.js (Post.deleted): gone from the profile, not from the copies made while
# it was up (walkthrough s11).
_DELETED_NOTE = ("deleted post: no longer public, but web archives, search caches, replies that "
                 "quote it and screenshots may still hold it")


def mark_audience(corpus: Corpus, findings: list[Finding]) -> None:
    """A finding whose location is a followers-only post, a direct message, a deleted post or
    a blog's configuration says so in its message: it is still a leak (followers, recipients,
    the servers and a legal order read the first two; copies outlive the third; the site
    publishes the fourth), but the reader should know who saw it."""
    from nymaudit.model import AUDIENCES

    labels: dict[tuple[str, str | None], str] = {}
    # A profile's picture (Post.extra["picture"]: Bluesky's avatar blob, located at the file
    # with the profile's field as its record): its label -> the picture, named in the advice.
    pictures: dict[str, str] = {}
    for post in corpus.posts:
        if post.deleted:
            labels[(post.origin.path, post.origin.record)] = _DELETED_NOTE
        elif post.audience in AUDIENCES:
            labels[(post.origin.path, post.origin.record)] = AUDIENCES[post.audience]
        elif isinstance(post.extra.get("audience_note"), str):  # a Facebook group post (sources/facebook.py)
            labels[(post.origin.path, post.origin.record)] = post.extra["audience_note"]
        elif isinstance(post.extra.get("picture"), str) and not post.is_post:
            label = f"the account's {post.extra['picture']}, shown on its page"
            pictures[label] = post.extra["picture"]
            labels[(post.origin.path, post.origin.record)] = label
        elif not post.is_post:
            labels[(post.origin.path, post.origin.record)] = (
                _REPOSITORY_FILE_NOTE if post.kind == "file"
                else _FRONT_MATTER_NOTE if post.extra.get("front_matter_of")
                else _PROFILE_NOTE if post.extra.get("profile")
                else _SERVED_FILE_NOTE if _served_file(post.origin.path) else _SITE_CONFIG_NOTE)
    if not labels:
        return
    # A finding that groups posts names its first few as text.tally.where does; a label that
    # holds for some of them only says how many (eleventh session, rev11b D4: a deleted tweet
    # grouped with two public blog posts said the leak was "no longer public").
    # Each record's name once: a sheet's is text.tally.where's, which both uses below asked for (rev16b
    # item 11: a 20,000-row sheet made 40,000 where() calls, 10.1 s -> 11.6-14.7 s).
    names: dict[tuple[str, str | None], str] = {}

    def name_of(path: str, record: str | None) -> str:
        name = names.get((path, record))
        if name is None:
            name = names[(path, record)] = _shown(Origin(path, record))
        return name

    shown = {name_of(path, record): label for (path, record), label in labels.items()}
    # The names that hold ", " ("Smith, Jane - CV.docx", a sheet's "sheet 2, cell A2"): a list of
    # names is read by matching them whole, never split at their commas.
    commas = _names_with_commas(corpus, name_of)
    # A label every record of the inputs carries holds for every post a finding groups: a
    # document's 20,000 paragraphs said "at least 3 of 20000 are each a document's text" (doc13).
    every = {labels.get((post.origin.path, post.origin.record)) for post in corpus.posts}
    everywhere = next(iter(every)) if len(every) == 1 else None
    for finding in findings:
        label = labels.get((finding.location.path, finding.location.record))
        if label and label not in pictures and label != everywhere:  # a picture: "the first of these files"
            # Every label, not only deleted and followers-only (rev12a item 6: a bio grouped
            # with 10 tweets was said to be "the account's profile").
            label = _group_label(finding.message, label, shown, commas)
        picture = pictures.get(label or "")
        grouped = picture is not None and finding.clue is not None and finding.clue.count > 1
        if grouped:
            label = f"the first of these files is {label}"  # "In 2 files (first: <the avatar>, ...)"
        if label and f"[{label}]" not in finding.message:
            finding.message = f"{finding.message.rstrip()} [{label}]"
            if picture and finding.advice:
                which = "The first of these files" if grouped else "This file"
                finding.advice = (f"{which} is the account's {picture}: replace it with a copy "
                                  f"without the metadata (edit the profile). {finding.advice}")


def _served_file(path: str) -> bool:
    """A file under a site's .well-known/ folder, or its root keybase.txt (sources/blog reads them)."""
    path = path.replace("\\", "/")
    return "/.well-known/" in f"/{path}" or path.rsplit("/", 1)[-1].lower() == "keybase.txt"


_GROUPED = re.compile(r"\bin (\d[\d,]*) \w+ \(first: ([^()]*?)(, …)?\)")
_GROUP_NOUNS = {_DELETED_NOTE: ("a deleted post", "deleted posts")}


def _shown(location: Origin) -> str:
    """A post's name as text.tally.where lists it (without a line). A sheet's record is said by its
    number ("sheet 2, cell A1"), a Meta export's record alone names its file: where() itself names
    those (the simple form below named the sheet, so a labelled sheet was never found in a list)."""
    record = location.record or ""
    if record.startswith(("sheet ", "hidden sheet ")) or "#" in record:
        from nymaudit.text.tally import where

        said = where([Origin(location.path, location.record)], 2)  # "in 2 posts (first: <name>, …)"
        start, end = said.find("(first: "), said.rfind(", …)")
        if 0 <= start < end:
            return said[start + len("(first: "):end]
    name = location.path.rsplit("/", 1)[-1] or location.path
    if location.record and location.record.replace("\\", "/").rsplit("/", 1)[-1] != name:
        name += f"#{location.record}"
    return name


def _shown_at(path: str, record: str | None) -> str:
    return _shown(Origin(path, record))


def _names_with_commas(corpus: Corpus, name_of: Callable[[str, str | None], str] | None = None
                       ) -> tuple[str, ...]:
    """The names a list of posts or files may hold that contain ", " (a post's, as ``_shown``
    names it, or ``name_of``, which remembers them; an attachment's file name), longest first:
    ``_listed`` matches them whole."""
    names: set[str] = set()
    for post in corpus.posts:
        origin = post.origin
        if "," in (origin.record or "") or "," in origin.path.rsplit("/", 1)[-1]:
            name = (name_of or _shown_at)(origin.path, origin.record)
            if ", " in name:
                names.add(name)
    for attachment in getattr(corpus, "attachments", None) or []:
        name = str(getattr(attachment, "path", "") or "").replace("\\", "/").rsplit("/", 1)[-1]
        if ", " in name:
            names.add(name)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


_LINE_THEN_NEXT = re.compile(r"(?::\d+)?(?:, |\Z)")


def _listed(listing: str, commas: tuple[str, ...]) -> list[str]:
    """The names of a list text.tally.where wrote ("a.md:5, Smith, Jane - CV.docx#paragraph 2"),
    without their lines: a name holding ", " is matched whole (``commas``), any other ends at
    the next ", " (it holds none). Splitting the list at every ", " read "Smith" and "Jane - CV.docx"
    (rpt16, 2026-11-30): the deleted-post, document and configuration notes said "the first of
    them is ..." of a finding whose other posts were public."""
    names: list[str] = []
    at = 0
    while at < len(listing):
        for name in commas:
            if listing.startswith(name, at):
                after = _LINE_THEN_NEXT.match(listing, at + len(name))
                if after:
                    names.append(name)
                    at = after.end()
                    break
        else:
            end = listing.find(", ", at)
            end = len(listing) if end < 0 else end
            names.append(re.sub(r":\d+\Z", "", listing[at:end].strip()))
            at = end + 2
    return names


def _group_label(message: str, label: str, shown: dict[str, str], commas: tuple[str, ...] = ()) -> str:
    """``label`` when the finding stands for one post or every post it groups carries it;
    else how many of them do ("1 of 3 is a deleted post: ...")."""
    from nymaudit.model import AUDIENCES

    m = _GROUPED.search(message)
    if m is None:
        return label
    count = int(m.group(1).replace(",", ""))
    names = _listed(m.group(2), commas)
    same = sum(1 for n in names if shown.get(n) == label)
    if count <= 1 or (same == count and not m.group(3)):
        return label
    # "an HTML comment: ..." has its article (rev16b item 9: "1 of 2 is an an HTML comment").
    article = ("" if label.startswith(("the ", "a ", "an ")) else "an " if label[:1].lower() in "aeiou"
               else "a ")
    # Plural: "2 of 5 are each a comment on a post: ..." ("are of this kind, a file of the git
    # repository" read badly: review rev12f 8).
    one, many = _GROUP_NOUNS.get(label, (f"{article}{label}", f"{label}s" if label in AUDIENCES.values()
                                         else f"each {article}{label}"))
    tail = ""
    if label == _DELETED_NOTE:
        tail = (": no longer public, but web archives, search caches, replies that quote it and "
                "screenshots may still hold it")
    if same == 0:  # the first post's name not found in the list (cannot happen): say only it
        return f"the first of them is {one}{tail}"
    exact = m.group(3) is None and len(names) == count
    what = f"is {one}" if same == 1 else f"are {many}"
    return f"{'' if exact else 'at least '}{same} of {count} {what}{tail}"


def _known_input_errors(known: dict[str, Corpus]) -> list[Finding]:
    """Problems reading --known writing are input errors of this report too. The path
    is their evidence: a known corpus's path often holds the real name it stands for
    ("~/Documents/jane-smith/"), and ``--redact`` masks evidence, and a location that
    is the evidence."""
    from nymaudit.rules import rule

    found = rule("INPUT001")
    return [
        found.finding(f"{error.error} (known writing {label!r})", error.path, Origin(error.path))
        for label, corpus in known.items()
        for summary in corpus.inputs
        for error in summary.errors
    ]


def build_report(corpus: Corpus, findings: list[Finding], sections: dict[str, Any],
                 redact: bool) -> Report:
    from datetime import UTC, datetime, timedelta

    from nymaudit.profile import build_profile
    from nymaudit.sources.detect import BLOG_HISTORY

    # Drafts' dates are no publishing times; a site's config records are no posts. Dates in
    # the future (a converter's 2099) are no range either: TIME008 says they were left out
    # (timing/clean.py, a day of clock skew allowed; tenth session).
    limit = datetime.now(UTC) + timedelta(days=1)
    times = [p.published_at for p in corpus.posts if p.published_at is not None
             and (p.published_at if p.published_at.tzinfo else p.published_at.replace(tzinfo=UTC)) <= limit]
    return Report(
        tool_version=__version__,
        inputs=corpus.inputs,
        findings=findings,
        sections=sections,
        profile=build_profile(findings, sections=sections, corpus=corpus),
        # A blog's commits published its posts: no further posts (walk13 item 11).
        post_count=sum(1 for p in corpus.posts if p.is_post and not p.extra.get(BLOG_HISTORY)),
        first_post=min(times) if times else None,
        last_post=max(times) if times else None,
        redacted=redact,
    )


def load_known(known: dict[str, Path], progress: Progress | None = None) -> dict[str, Corpus]:
    from nymaudit.sources.detect import read_input

    corpora: dict[str, Corpus] = {}
    for label, path in known.items():
        if progress:
            progress(f"reading known writing {label}")
        corpora[label] = read_input(path)
    return corpora


def exceeds(report: Report, fail_on: Severity | None) -> bool:
    """Whether any finding is at or above --fail-on. Input problems count by their
    own severity: info for an unreadable part (INPUT001, INPUT002), medium for a
    post only partly checked (INPUT003), so `check` never passes text it has not read."""
    if fail_on is None:
        return False
    return any(f.severity >= fail_on for f in report.findings)

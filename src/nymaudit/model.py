"""The data every stage shares: sources fill a Corpus, detectors turn it into
Findings (each with an optional Clue), renderers only read a Report.

Kept free of heavy imports: every command loads this module.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError as exc:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (choose from {choices})") from exc


class Confidence(enum.IntEnum):
    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Confidence) -> Confidence:
        if isinstance(value, Confidence):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError as exc:
            raise ValueError(f"unknown confidence {value!r} (choose from low, medium, high)") from exc


CATEGORIES = (
    "input", "timing", "metadata", "place", "link", "disclosure", "style", "linkage", "watchlist",
)

# One vocabulary for every detector, so the dossier can add clues up.
CLUE_KINDS = (
    "location", "timezone", "country", "employer", "occupation", "sector", "family", "age",
    "health", "routine", "education", "identity", "contact", "device", "software", "dialect",
    "account",
)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: the input path, the record id and, for line-based
    formats, the 1-based line."""

    path: str
    record: str | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "record": self.record, "line": self.line}


@dataclass(frozen=True, slots=True)
class Geotag:
    """A position the platform stored with a post (not one inferred from text)."""

    latitude: float | None = None
    longitude: float | None = None
    place_name: str | None = None
    country: str | None = None
    country_code: str | None = None


@dataclass(slots=True)
class Attachment:
    """A file that belongs to the account (media of a post, a blog's image).

    The bytes are read lazily through ``loader`` and never written to disk.
    ``path`` is the path inside the input as the platform named it.
    """

    path: str
    input_path: str
    media_type: str | None = None
    size: int | None = None
    post_id: str | None = None
    loader: Callable[[], bytes] | None = field(default=None, repr=False)
    # True when the platform re-encoded the file (X and Mastodon strip EXIF on upload):
    # a clean result then says little about the original.
    platform_copy: bool = False
    # How reports name the file: the input plus the member (``archive.zip!media/a.jpg``).
    shown_as: str | None = None

    @property
    def display(self) -> str:
        return self.shown_as or f"{self.input_path}/{self.path}"

    def read(self) -> bytes:
        if self.loader is None:
            raise OSError(f"{self.path}: no content available")
        return self.loader()


# Post kinds that are no post: what a site publishes beside its posts (the configuration's
# author, e-mail and links), and a git project's own files (README, docs). Text detectors
# read them; post counts, timing and style do not.
NOT_POSTS = frozenset({"config", "file"})
# Kinds whose date is no moment of publishing (a draft's date is the day it was begun or the
# one planned for it): left out of the posting-time analysis and the published span.
UNPUBLISHED = frozenset({"draft"}) | NOT_POSTS
# Who could read a post that was not public (Post.audience) -> how reports name it.
AUDIENCES = {"followers": "followers-only post", "direct": "direct message"}


@dataclass(slots=True)
class Post:
    """One record of the account's own publishing."""

    id: str
    timestamp: datetime | None  # UTC-aware, or None when the record holds no usable time
    text: str
    origin: Origin
    source: str | None = None  # posting client ("Twitter for iPhone")
    url: str | None = None
    reply_to: str | None = None
    language: str | None = None
    geotag: Geotag | None = None
    attachments: list[str] = field(default_factory=list)  # Attachment.path values
    kind: str = "post"  # post, comment, reply, page, draft, commit, config, file (see NOT_POSTS)
    title: str | None = None
    deleted: bool = False  # published, then deleted (X deleted-tweets.js)
    authored: bool = True  # False for retweets and quotes of others: not the writer's words
    # Minutes east of UTC when the record stored its time with an offset
    # (Jekyll "+0100", WXR post_date - post_date_gmt, git author offsets).
    stated_offset_minutes: int | None = None
    content_warning: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # For text read from a line-based file (a blog post, a .txt, a CSV field): the
    # offset in ``text`` where the file's own text starts and its 1-based line there;
    # ``text`` holds the file's line breaks from that offset on. Findings get lines.
    text_line: tuple[int, int] | None = None
    # None for a public post; a key of AUDIENCES when only some could read it (Mastodon
    # followers-only and direct posts): still checked, since they and the platform read it.
    audience: str | None = None

    @property
    def is_post(self) -> bool:
        """A post file or record of the contract's ``posts`` count (not a site's config)."""
        return self.kind not in NOT_POSTS

    @property
    def published_at(self) -> datetime | None:
        """When it was published: None for drafts and site records, whose dates are not."""
        return None if self.kind in UNPUBLISHED else self.timestamp


@dataclass(frozen=True, slots=True)
class Activity:
    """A timed event that is not authored text (a boost, a like with a time)."""

    timestamp: datetime
    kind: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class InputError:
    path: str
    error: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}


@dataclass(slots=True)
class InputSummary:
    path: str
    format: str
    posts: int = 0
    activities: int = 0
    attachments: int = 0
    errors: list[InputError] = field(default_factory=list)
    # Records an earlier input already gave (the same archive twice, a zip and its
    # unpacked folder): counted once, reported as INPUT004; not part of the contract.
    duplicates: int = 0
    # A git history this input holds that could not be read (a worktree's or
    # submodule's pointer file, a repository inside a zip): (where, why), reported as
    # INPUT005; not part of the contract (the posts were read, so it is no error).
    unread_history: list[tuple[str, str]] = field(default_factory=list)
    # Parts of the input left out on purpose (SourceResult.notes): (where, what and why,
    # evidence), reported as INPUT008; not part of the contract (no error: nothing failed).
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    # A folder beyond the input that files were read from (the site of a draft given on
    # its own), as locations show it; not part of the contract.
    extra_root: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "posts": self.posts,
            "activities": self.activities,
            "attachments": self.attachments,
            "errors": [e.as_dict() for e in self.errors],
        }


@dataclass(slots=True)
class Corpus:
    """Everything read from one or more inputs, merged into one account history."""

    inputs: list[InputSummary] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # Internal, not in any report: the account's own sites and profiles as its exports
    # state them (SourceResult.own_urls), all inputs together. LINK007 reads each post's
    # own input's (``Post.extra["own_urls"]``): a link from one input to another's site stays.
    own_urls: list[str] = field(default_factory=list)

    def authored_posts(self) -> Iterator[Post]:
        """Posts whose text is the writer's own (retweets left out)."""
        return (p for p in self.posts if p.authored)

    def extend(self, other: Corpus) -> None:
        self.inputs.extend(other.inputs)
        self.posts.extend(other.posts)
        self.activities.extend(other.activities)
        self.attachments.extend(other.attachments)
        self.own_urls.extend(u for u in other.own_urls if u not in self.own_urls)


@dataclass(frozen=True, slots=True)
class Clue:
    kind: str
    value: str
    # How many records state it (a finding that stands for 300 photos): the dossier's count.
    # Not in the JSON contract, and no part of the clue's identity.
    count: int = field(default=1, compare=False)

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.value}


@dataclass(slots=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    confidence: Confidence
    title: str
    message: str
    evidence: str
    location: Origin
    advice: str
    clue: Clue | None = None
    # Every (field, value) behind a META022 finding, whose evidence shows the first six: read by
    # profile.join_free_text, which empties it; never rendered (rev11b D5, 2026-11-29).
    texts: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.label,
            "confidence": self.confidence.label,
            "title": self.title,
            "message": self.message,
            "evidence": self.evidence,
            "location": self.location.as_dict(),
            "clue": self.clue.as_dict() if self.clue else None,
            "advice": self.advice,
        }


@dataclass(slots=True)
class DetectorResult:
    """What one detector returns: findings, plus named report sections it owns
    (``{"timing": {...}}``), plus notes for stderr-free honesty in the report."""

    findings: list[Finding] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    """The finished analysis. Renderers read it and never change it."""

    tool_version: str
    inputs: list[InputSummary]
    findings: list[Finding]
    sections: dict[str, Any] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)
    anonymity_bits: float | None = None
    anonymity_set: int | None = None
    post_count: int = 0
    first_post: datetime | None = None
    last_post: datetime | None = None
    redacted: bool = False
    # `check` fails closed: what it could not read was not checked, so an input problem
    # counts toward the risk as it counts toward the exit code.
    fail_closed: bool = False
    # What the report's relative paths are relative to: None for the folder nymaudit ran in,
    # "repository" for the top of the git repository (`check --staged`; SARIF's %SRCROOT%).
    source_root: str | None = None

    @property
    def risk(self) -> str:
        """none|low|medium|high|critical: info findings add no risk, nor do input
        problems, except in a report that fails closed (`check`)."""
        scored = [f.severity for f in self.findings if self.fail_closed or f.category != "input"]
        top = max(scored, default=Severity.INFO)
        return "none" if top == Severity.INFO else top.label

    def counts_by_severity(self) -> dict[str, int]:
        counts = {s.label: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.label] += 1
        return counts

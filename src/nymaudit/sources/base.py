"""The interface every input reader implements.

A reader module exposes ``READER``, an object with:

- ``name``: the format name shown in reports (``twitter``, ``mastodon`` ...);
- ``description``: one line for ``nymaudit formats``;
- ``sniff(tree) -> int``: 0 when the content is not this format, else a score
  (higher wins; 100 = certain, e.g. ``window.YTD.tweets.part0`` seen);
- ``read(tree, result)``: fill ``result`` (a SourceResult) with posts, activities,
  attachments and input errors. It must not raise for bad content: a bad record or
  member becomes ``result.error(...)`` and reading goes on.

Detection reads content (the first bytes of candidate members), never file names
alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from nymaudit.model import Activity, Attachment, InputError, Post
from nymaudit.sources.tree import READ_AS_CP1252, Tree

MAX_ERRORS_PER_INPUT = 50
# Posts kept per input (29 November 2026, ninth session; red team F3). Measured through a
# whole scan: a two-word post costs 1.2 KB (JSON Lines "hi N": 200,000 posts
# 0.43 GB peak, 1,000,000 1.33-1.41 GB), a tweet-sized one 3.1 KB (bench_scan's export:
# 100,000 0.64 GB, 300,000 1.25 GB), and the readers' own caps (5,000,000 lines, 2,000,000
# WXR items) admitted 6-7 GB. At 500,000, five times the 100,000-post archives the design
# names and about twice a heavy X account, tweet-sized posts need about 1.9 GB and two-word
# ones 0.7 GB. Past it posts are counted, not kept, and said in one error line.
MAX_POSTS = 500_000
# Timed activities kept per input (likes, reposts, follows, boosts; tenth session, 29 November
# 2026). They had no cap: a Mastodon outbox of 20,000,000 two-field Announce items is 1.1 GB
# unpacked (a few MB zipped) and every one was kept, about 280 bytes each (an Activity, its
# time and its Origin). A heavy account has tens of thousands; 1,000,000 hold about 0.3 GB.
# Past it they are counted, not kept, and said in one error line, as posts are.
MAX_ACTIVITIES = 1_000_000


class _CappedList(list[Any]):
    """A list that keeps its first ``cap`` items and counts the rest, saying so in one error
    line of its input (kept up to date as they are counted), so that every reader is capped
    in one place. ``counted`` is the number of the dropped items ``counts`` accepts: the
    input's summary adds it to the items kept (DESIGN.md: ``inputs[].posts`` counts every
    post the input holds)."""

    noun = "items"

    @property
    def cap(self) -> int:  # read at each call: tests lower the module's cap
        return 0

    def __init__(self, owner: SourceResult, items: Iterable[Any] = ()) -> None:
        super().__init__()
        self._owner = owner
        self.dropped = 0
        self.counted = 0
        self._said: InputError | None = None  # the error line in owner.errors
        self.extend(items)

    @staticmethod
    def counts(item: Any) -> bool:
        return True

    def append(self, item: Any) -> None:
        if len(self) < self.cap:
            super().append(item)
            return
        self.dropped += 1
        if self.counts(item):
            self.counted += 1
        owner = self._owner
        said = InputError(owner.tree.display(""),
                          f"more than {self.cap:,} {self.noun}: {self.cap + self.dropped:,} in all, the "
                          f"first {self.cap:,} read, the other {self.dropped:,} counted but not read (a "
                          "cap on memory)")
        # Never one of the errors left out past MAX_ERRORS_PER_INPUT: it says what was not read.
        errors = owner.errors
        if errors and errors[-1] is self._said:
            errors[-1] = said  # the usual case: no error came after it
        else:
            at = next((i for i, e in enumerate(errors) if e is self._said), None) if self._said else None
            if at is None:
                errors.append(said)
            else:
                errors[at] = said
        self._said = said

    def extend(self, items: Iterable[Any]) -> None:
        if isinstance(items, list | tuple) and len(self) + len(items) <= self.cap:
            super().extend(items)  # the usual case, at list speed
            return
        for item in items:
            self.append(item)

    def __iadd__(self, items: Iterable[Any]) -> _CappedList:  # type: ignore[override]
        self.extend(items)
        return self


class PostList(_CappedList):
    """``SourceResult.posts``: the first MAX_POSTS posts; the rest counted (their number in
    ``inputs[].posts``, a blog's config records left out as there) and said in one line."""

    noun = "posts"

    @property
    def cap(self) -> int:
        return MAX_POSTS

    @staticmethod
    def counts(item: Any) -> bool:
        return bool(getattr(item, "is_post", True))


class ActivityList(_CappedList):
    """``SourceResult.activities``: the first MAX_ACTIVITIES likes, reposts, follows and
    boosts; the rest counted (in ``inputs[].activities``) and said in one line."""

    noun = "likes, reposts, follows or boosts"

    @property
    def cap(self) -> int:
        return MAX_ACTIVITIES


@dataclass
class SourceResult:
    tree: Tree
    posts: list[Post] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    suppressed_errors: int = 0
    # Where files beyond the input were read from (a single draft's site), as shown in
    # locations: ``--redact`` shortens it as it shortens the input paths.
    extra_root: str | None = None
    # The account's own site or profile as the export states it (a WXR's blog URL, a
    # blog's configured url, the X handle, the Mastodon actor): a link to it joins nothing.
    own_urls: list[str] = field(default_factory=list)
    # The media library's files as the export names them, under uploads/ ("2024/03/a.jpg",
    # "sites/7/2024/02/b.jpg"): a site backup's files beside the export read as its own.
    site_uploads: set[str] = field(default_factory=set)
    # Parts left out on purpose, not errors (a repository's code and dotfiles): (where, what
    # and why, evidence), reported as INPUT008 and not counted as input errors.
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    # Members that were not UTF-8 and were read as Windows-1252 (sources/tree.py LegacyText):
    # one note for them all (sources/detect.py summarise), not an error.
    read_as_cp1252: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.posts, PostList):
            self.posts = PostList(self, self.posts)
        if not isinstance(self.activities, ActivityList):
            self.activities = ActivityList(self, self.activities)

    def error(self, member: str, message: str) -> None:
        """Record a problem with one member or record; capped so a million bad rows
        give a readable report."""
        if len(self.errors) >= MAX_ERRORS_PER_INPUT:
            self.suppressed_errors += 1
            return
        self.errors.append(InputError(self.tree.display(member), message))

    def decoded(self, member: str, warning: str | None) -> None:
        """Say what decoding a member's text found (tree.decode_text's warning): bytes
        replaced are an error; a file read as Windows-1252 is a note, the text was read."""
        if warning is None:
            return
        if warning == READ_AS_CP1252:
            if member not in self.read_as_cp1252:
                self.read_as_cp1252.append(member)
            return
        self.error(member, warning)


class Reader(Protocol):
    name: str
    description: str

    def sniff(self, tree: Tree) -> int: ...

    def read(self, tree: Tree, result: SourceResult) -> None: ...

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

from dataclasses import dataclass, field
from typing import Protocol

from nymaudit.model import Activity, Attachment, InputError, Post
from nymaudit.sources.tree import Tree

MAX_ERRORS_PER_INPUT = 50


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

    def error(self, member: str, message: str) -> None:
        """Record a problem with one member or record; capped so a million bad rows
        give a readable report."""
        if len(self.errors) >= MAX_ERRORS_PER_INPUT:
            self.suppressed_errors += 1
            return
        self.errors.append(InputError(self.tree.display(member), message))


class Reader(Protocol):
    name: str
    description: str

    def sniff(self, tree: Tree) -> int: ...

    def read(self, tree: Tree, result: SourceResult) -> None: ...

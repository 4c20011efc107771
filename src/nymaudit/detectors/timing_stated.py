"""TIME007 alone, for `nymaudit check`: the offsets that drafts store themselves.

`check` leaves the timing analysis out (a draft has no publishing time yet), but a
draft's front matter often carries its writer's UTC offset: `hugo new` and
jekyll-compose write ``date: 2026-05-01T21:00:00+01:00``. That is a leak before the
post is published, the kind of thing `check` is for. Not in the scan's detector
list: there the timing detector reports TIME007 from its own analysis.
"""

from __future__ import annotations

from collections import Counter

from nymaudit.detectors import ScanContext
from nymaudit.detectors.timing import config_zone, point_at_offsets, stated_offset_finding, zero_in_summer
from nymaudit.model import DetectorResult

# Offsets beyond this are not a clock's (the widest in use is +14:00).
MAX_OFFSET_MINUTES = 16 * 60


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    counts: Counter[int] = Counter()
    first = None
    for post in ctx.corpus.posts:
        offset = post.stated_offset_minutes
        if post.timestamp is None or not isinstance(offset, int) or abs(offset) > MAX_OFFSET_MINUTES:
            continue
        counts[offset] += 1
        first = first or post.origin
    if first is not None:
        result.findings.append(stated_offset_finding(dict(counts), first, config_zone(ctx.corpus.posts),
                                                     zero_in_summer(ctx.corpus.posts)))
        point_at_offsets(result.findings[-1], ctx.corpus.posts)  # the draft with the revealing offset
    return result

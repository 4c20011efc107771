"""Timestamps that must not shape the inference: before 2000, in the future, the
same instant (or minute) repeated like an import, a burst faster than anyone
writes (a bulk edit at a few seconds a post), and dates written as midnight."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

EPOCH_2000 = 946_684_800
FUTURE_GRACE = 86_400  # a day of clock skew is not "the future"
# A person can post a thread of several items in one second; dozens at one
# instant, or a hundred in one minute, is a machine.
SAME_INSTANT_LIMIT = 10
SAME_MINUTE_LIMIT = 60
# Slower bulk edits (a script re-saving every post two seconds apart) stay under
# the per-minute limit. An hour or a day that holds far more posts than the
# writer's own usual active hour or day, and more than a person writes at all
# (a post every 30 s for an hour; one a minute for 16 waking hours), is one.
# The writer's own scale is the median over active hours (days): robust to a
# bulk edit that fills a minority of them, and a heavy poster's normal hour is not cut.
# A history that is mostly bursts makes them its own median, so an hour (day) at
# the floor whose posts are mostly machine-fast (at least half the gaps under 30 s
# in an hour, 60 s in a day) is a burst whatever the median. The simulator's
# heaviest posters (20 a day, 60 % threads) reach 55 an hour and 278 a day.
BURST_HOUR_MIN = 120
BURST_DAY_MIN = 1000
BURST_FACTOR = 20.0  # times the writer's median active hour (day)
BURST_HOUR_GAP = 30  # seconds
BURST_DAY_GAP = 60
BURST_RUN_GAP = 60  # seconds: posts this close to a flagged one belong to its burst
# Midnight placeholders: exact 00:00:00 far more often than the writer's other
# times are on the hour (minute and second zero). A one-sided binomial test.
MIDNIGHT_MIN = 5
MIDNIGHT_P_VALUE = 1e-6


@dataclass
class Cleaning:
    keep: Any  # bool array
    pre_2000: int = 0
    future: int = 0
    bulk: int = 0
    bulk_instants: list[tuple[int, int]] = field(default_factory=list)  # (instant, count)
    burst: int = 0  # posts in bursts faster than a person writes (within ``bulk``)
    bursts: list[tuple[int, int, int]] = field(default_factory=list)  # (first, last, count)


def clean(times: Any, now: float, timed: Any = None) -> Cleaning:
    """``timed``: which records carry a real time of day. Date-only records share
    midnight by nature, so only timed ones are tested for bulk stamping."""
    import numpy as np

    t = np.asarray(times, dtype=np.int64)
    early = t < EPOCH_2000
    late = t > int(now) + FUTURE_GRACE
    keep = ~(early | late)
    bulk = np.zeros(t.shape, dtype=bool)
    instants: list[tuple[int, int]] = []
    candidates = keep if timed is None else keep & np.asarray(timed, dtype=bool)
    if candidates.any():
        for unit, limit in ((1, SAME_INSTANT_LIMIT), (60, SAME_MINUTE_LIMIT)):
            keys = t[candidates] // unit
            values, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
            heavy = counts >= limit
            if heavy.any():
                flagged = np.zeros(t.shape, dtype=bool)
                flagged[np.flatnonzero(candidates)] = heavy[inverse]
                bulk |= flagged
                for value, count in zip(values[heavy], counts[heavy], strict=True):
                    instants.append((int(value) * unit, int(count)))
    instants.sort(key=lambda item: -item[1])
    burst, bursts = _bursts(t, candidates & ~bulk)
    bulk |= burst
    return Cleaning(
        keep=keep & ~bulk,
        pre_2000=int(early.sum()),
        future=int(late.sum()),
        bulk=int((bulk & keep).sum()),
        bulk_instants=instants[:10],
        burst=int(burst.sum()),
        bursts=bursts[:10],
    )


def _bursts(t: Any, candidates: Any) -> tuple[Any, list[tuple[int, int, int]]]:
    """Posts in hours (days) far busier than the writer's own usual active hour
    (day) and than anyone writes, or at the floor and mostly machine-fast, with
    the posts right next to them. One sort, then counts and binary searches."""
    import numpy as np

    flagged = np.zeros(t.shape, dtype=bool)
    index = np.flatnonzero(candidates)
    if index.size < BURST_HOUR_MIN:
        return flagged, []
    order = np.argsort(t[index], kind="stable")
    index = index[order]
    ts = t[index]
    start = int(ts[0]) // 86400 * 86400
    hit = np.zeros(ts.size, dtype=bool)
    # Hours first; a day is then judged on what its flagged hours leave, so the
    # writer's own posts on the day of a fast bulk edit stay in.
    scales = ((3600, BURST_HOUR_MIN, BURST_HOUR_GAP), (86400, BURST_DAY_MIN, BURST_DAY_GAP))
    for unit, floor, fast_gap in scales:
        slot = (ts - start) // unit
        counts = np.bincount(slot)
        limit = max(float(floor), BURST_FACTOR * float(np.median(counts[counts > 0])))
        left = np.bincount(slot, weights=~hit, minlength=counts.size)
        hit |= (left >= limit)[slot]
        rest = np.flatnonzero(~hit)
        hit[rest[_dense(ts[rest], unit, floor, fast_gap)]] = True
    if not hit.any():
        return flagged, []
    # A burst that starts at 02:40 spills into the next hour: grow each flagged
    # stretch over neighbours closer than BURST_RUN_GAP seconds.
    run_id = np.concatenate([[0], np.cumsum(np.diff(ts) > BURST_RUN_GAP)])
    hit = (np.bincount(run_id, weights=hit) > 0)[run_id]
    flagged[index[hit]] = True
    # One entry per stretch of flagged posts (gaps under an hour), cut in one pass.
    hits = ts[hit]
    cuts = np.flatnonzero(np.diff(hits) > 3600)
    firsts = np.concatenate([[0], cuts + 1])
    lasts = np.concatenate([cuts, [hits.size - 1]])
    out = [
        (int(hits[a]), int(hits[b]), int(b - a + 1)) for a, b in zip(firsts, lasts, strict=True)
    ]
    out.sort(key=lambda item: -item[2])
    return flagged, out


def _dense(ts: Any, span: int, floor: int, fast_gap: int) -> Any:
    """Sorted posts inside any ``span`` seconds holding ``floor`` posts or more, at
    least half of their gaps under ``fast_gap`` s. Windows slide (a burst from 02:20
    to 03:20 is not split between two clock hours); one binary search per post."""
    import numpy as np

    n = ts.size
    if n < floor:
        return np.zeros(n, dtype=bool)
    first = np.arange(n)
    end = np.searchsorted(ts, ts + span, side="left")  # window [ts[i], ts[i] + span)
    fast = np.concatenate([[0], np.cumsum(np.diff(ts) < fast_gap)])
    ok = (end - first >= floor) & (2 * (fast[end - 1] - fast) >= end - 1 - first)
    # Mark every post of every qualifying window: +1 at its first, -1 past its last.
    marks = np.bincount(first[ok], minlength=n + 1) - np.bincount(end[ok], minlength=n + 1)
    return np.cumsum(marks)[:n] > 0


def midnight_placeholders(t: Any, stated: Any, candidates: Any) -> tuple[Any, str | None]:
    """Records at exactly 00:00:00, in UTC or in the offset they state, far more
    often than the writer's other times fall on the hour: dates a converter wrote
    as midnight. Returns (mask, "UTC" | "local" | None)."""
    import numpy as np

    flagged = np.zeros(t.shape, dtype=bool)
    which: str | None = None
    stated = np.asarray(stated, dtype=np.float64)
    # +00:00 records are the UTC frame already.
    has_offset = candidates & np.isfinite(stated) & (stated != 0)
    local = t + np.where(has_offset, np.nan_to_num(stated) * 60, 0).astype(np.int64)
    for name, frame, mask in (("UTC", t, candidates), ("local", local, has_offset)):
        if not mask.any():
            continue
        seconds = frame % 86400
        at_midnight = mask & (seconds == 0)
        m = int(at_midnight.sum())
        if m < MIDNIGHT_MIN:
            continue
        # The writer's own rate of times on the hour (minute and second zero),
        # from hours other than midnight: about 1/3600 with seconds, 1/60 with
        # minutes only, 1 for a source that keeps hours only (never flagged).
        other = mask & (seconds >= 3600)
        if other.sum() == 0:
            continue  # nothing to compare with: every record sits in the first hour
        p = float(np.mean(seconds[other] % 3600 == 0))
        n = int((mask & (seconds < 3600)).sum())  # all records of the midnight hour
        if _binomial_tail(m, n, p) < MIDNIGHT_P_VALUE:
            flagged |= at_midnight
            which = name if which is None else "UTC and local"
    return flagged, which


def _binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0 or k > n:
        return 1.0 if p >= 1.0 else 0.0
    if k <= n * p:
        return 1.0  # at or below the mean: no excess
    log_p, log_q = math.log(p), math.log1p(-p)
    # Above the mean the terms fall off geometrically: a few thousand are the tail.
    terms = [
        math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q
        for i in range(k, min(n, k + 5000) + 1)
    ]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(x - top) for x in terms))

"""Timestamps that must not shape the inference: before 2000, in the future, the
same instant (or minute) repeated like an import, a burst faster than anyone
writes (a bulk edit at a few seconds a post), a run at a steady machine cadence
(a script posting every 35 s), and dates written as midnight."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
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
# A script posting on a timer (every 35 s is 103 an hour, under the hour floor)
# leaves gaps a person never keeps: CADENCE_RUN consecutive posts whose gaps vary by
# less than CADENCE_CV of their mean, a mean under CADENCE_MEAN_GAP. People's gaps
# vary by far more (live posting, threads: CV near 1); a daily scheduler's gap is a
# day, far above the limit; a thread of 20 replies is under the run length.
CADENCE_RUN = 50  # posts (49 gaps)
CADENCE_CV = 0.15  # standard deviation / mean of the run's gaps
CADENCE_MEAN_GAP = 600  # seconds
# Midnight placeholders: exact 00:00:00 far more often than the writer's other
# times are on the hour (minute and second zero). A one-sided binomial test.
MIDNIGHT_MIN = 5
MIDNIGHT_P_VALUE = 1e-6
# A scheduler (Buffer, Hootsuite, cron) posts at a few fixed times of day: the same minute
# of the day (a few seconds late or not) on many days, far above the
# writer's rate at the times around it. Those times are the tool's, not the writer's hours
# (red11 item 5: 400 posts at 09:00:00, 12:30:00 and 17:00:00 UTC read as Tehran, medium).
# A time of day is a slot when it holds at least SCHEDULE_MIN posts on as many days, and
# more than chance allows at the writer's rate at the other times within SCHEDULE_WINDOW
# seconds of it: a Poisson tail that, times the number of times in a day (86,400 seconds or
# 1,440 minutes), is under SCHEDULE_CHANCE. The factor of the first version (10 times the
# rate around) flagged 5-6 posts at one minute in 58 of 324 simulated writers whose source
# keeps minutes (tuning seed 31); the tail flags none (docs/timing.md).
SCHEDULE_MIN = 5
SCHEDULE_WINDOW = 1800
SCHEDULE_CHANCE = 1e-3
# A scheduler keeps a few times a day (Buffer's default is 3-5; twice that with a zone's clock
# changes); more such times than this are no few fixed times, and nothing is set aside (the
# rule examples' writer, whose minutes cycle through five values, has dozens).
SCHEDULE_MAX_SLOTS = 12


@dataclass
class Cleaning:
    keep: Any  # bool array
    pre_2000: int = 0
    future: int = 0
    bulk: int = 0
    # (instant, count, unit): unit 1 is one second; unit 60 a minute, counting only the posts of
    # that minute not already listed at one of its seconds (each post once: the same 80 posts
    # were listed "x80" at 15:09:26 and again "x80" at 15:09, tenth session).
    bulk_instants: list[tuple[int, int, int]] = field(default_factory=list)
    # Posts in bursts faster than a person writes or in runs at a steady machine
    # cadence (within ``bulk``); ``cadence`` of them in the latter.
    burst: int = 0
    bursts: list[tuple[int, int, int]] = field(default_factory=list)  # (first, last, count)
    cadence: int = 0


def clean(times: Any, now: float, timed: Any = None) -> Cleaning:
    """``timed``: which records carry a real time of day. Date-only records share
    midnight by nature, so only timed ones are tested for bulk stamping."""
    import numpy as np

    t = np.asarray(times, dtype=np.int64)
    early = t < EPOCH_2000
    late = t > int(now) + FUTURE_GRACE
    keep = ~(early | late)
    bulk = np.zeros(t.shape, dtype=bool)
    instants: list[tuple[int, int, int]] = []
    candidates = keep if timed is None else keep & np.asarray(timed, dtype=bool)
    if candidates.any():
        for unit, limit in ((1, SAME_INSTANT_LIMIT), (60, SAME_MINUTE_LIMIT)):
            keys = t[candidates] // unit
            values, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
            heavy = counts >= limit
            if heavy.any():
                flagged = np.zeros(t.shape, dtype=bool)
                flagged[np.flatnonzero(candidates)] = heavy[inverse]
                # Listed: the posts this pass adds (a minute's own count holds its instants').
                fresh = np.bincount(inverse, weights=(~bulk[candidates]).astype(float),
                                    minlength=values.size)
                bulk |= flagged
                for value, count in zip(values[heavy], fresh[heavy], strict=True):
                    if count >= 1:
                        instants.append((int(value) * unit, int(count), unit))
    instants.sort(key=lambda item: -item[1])
    # One sort serves both pace tests.
    index = np.flatnonzero(candidates & ~bulk)
    index = index[np.argsort(t[index], kind="stable")]
    burst, bursts = _bursts(t, index)
    steady, runs = _cadence(t, index[~burst[index]])
    bursts = sorted(bursts + runs, key=lambda item: -item[2])
    burst |= steady
    bulk |= burst
    return Cleaning(
        keep=keep & ~bulk,
        pre_2000=int(early.sum()),
        future=int(late.sum()),
        bulk=int((bulk & keep).sum()),
        bulk_instants=instants[:10],
        burst=int(burst.sum()),
        bursts=bursts[:10],
        cadence=int(steady.sum()),
    )


def _bursts(t: Any, index: Any) -> tuple[Any, list[tuple[int, int, int]]]:
    """Posts in hours (days) far busier than the writer's own usual active hour
    (day) and than anyone writes, or at the floor and mostly machine-fast, with
    the posts right next to them. ``index``: the candidates' positions in time
    order. Counts and binary searches."""
    import numpy as np

    flagged = np.zeros(t.shape, dtype=bool)
    if index.size < BURST_HOUR_MIN:
        return flagged, []
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
    return flagged, _spans(ts[hit])


def _spans(hits: Any) -> list[tuple[int, int, int]]:
    """One entry per stretch of sorted flagged posts (gaps under an hour), cut in one
    pass, largest first."""
    import numpy as np

    cuts = np.flatnonzero(np.diff(hits) > 3600)
    firsts = np.concatenate([[0], cuts + 1])
    lasts = np.concatenate([cuts, [hits.size - 1]])
    out = [
        (int(hits[a]), int(hits[b]), int(b - a + 1)) for a, b in zip(firsts, lasts, strict=True)
    ]
    out.sort(key=lambda item: -item[2])
    return out


def _cadence(t: Any, index: Any) -> tuple[Any, list[tuple[int, int, int]]]:
    """Posts in any CADENCE_RUN consecutive posts whose gaps are machine-regular
    (coefficient of variation under CADENCE_CV, mean under CADENCE_MEAN_GAP), whatever
    the rate. ``index``: the candidates' positions in time order. Windows slide
    over the posts; sums by cumulative sums, linear."""
    import numpy as np

    flagged = np.zeros(t.shape, dtype=bool)
    w = CADENCE_RUN - 1  # gaps in a window
    if index.size < CADENCE_RUN:
        return flagged, []
    # The writer's own post inside a run splits one beat in two and breaks every
    # window around it (the script's posts near it were kept, the writer's was
    # taken): a post whose two gaps add up to the gaps on either side is read
    # past, neither flagged nor breaking the run.
    ts = t[index]
    index = index[~_between_beats(ts)]
    ts = t[index]
    # Integer sums stay exact: a gap over a day fails any window anyway, so capping
    # it there keeps the sums of squares within int64 for any history length.
    gaps = np.minimum(np.diff(ts), 86400)
    s1 = np.concatenate([[0], np.cumsum(gaps)])
    s2 = np.concatenate([[0], np.cumsum(gaps * gaps)])
    total = s1[w:] - s1[:-w]
    squares = s2[w:] - s2[:-w]
    # CV^2 = (w * sum(g^2) - sum(g)^2) / sum(g)^2; window j covers posts j..j+w.
    spread = (w * squares - total * total).astype(np.float64)
    ok = (total > 0) & (total < w * CADENCE_MEAN_GAP)
    ok &= spread < CADENCE_CV**2 * total.astype(np.float64) ** 2
    if not ok.any():
        return flagged, []
    first = np.flatnonzero(ok)
    n = ts.size
    marks = np.bincount(first, minlength=n + 1) - np.bincount(first + w + 1, minlength=n + 1)
    hit = np.cumsum(marks)[:n] > 0
    flagged[index[hit]] = True
    return flagged, _spans(ts[hit])


def _between_beats(ts: Any) -> Any:
    """Sorted posts at i whose gaps a (before) and b (after) add up, within 2 x
    CADENCE_CV, to both the gap before i - 1 and the gap after i + 1: off the beat
    of whatever regular run they sit in. A script post has a + b = two beats."""
    import numpy as np

    out = np.zeros(ts.size, dtype=bool)
    if ts.size < 5:
        return out
    g = np.diff(ts).astype(np.float64)
    merged = g[1:-2] + g[2:-1]  # around posts 2 .. n - 3
    before, after = g[:-3], g[3:]
    tol = 2 * CADENCE_CV
    out[2:-2] = (
        (merged > 0)
        & (np.abs(merged - before) <= tol * before)
        & (np.abs(merged - after) <= tol * after)
    )
    # A post a few seconds from a beat makes both look between beats: the one
    # nearer the beat the gap before predicts is the script's.
    pair = np.flatnonzero(out[:-1] & out[1:])
    beat = 2 * ts[pair - 1] - ts[pair - 2]
    nearer = np.abs(ts[pair] - beat) <= np.abs(ts[pair + 1] - beat)
    out[np.where(nearer, pair, pair + 1)] = False
    return out


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
            # Nothing to compare with: every record sits in the first hour. All of them at
            # exactly 00:00:00 are dates, not times (made-up git dates: 120 commits at midnight
            # UTC were read as a writer at UTC-03:00, 80 %; gfx14's note, fourteenth session).
            dates = m == int(mask.sum())
        else:
            p = float(np.mean(seconds[other] % 3600 == 0))
            n = int((mask & (seconds < 3600)).sum())  # all records of the midnight hour
            dates = _binomial_tail(m, n, p) < MIDNIGHT_P_VALUE
        if dates:
            flagged |= at_midnight
            which = name if which is None else "UTC and local"
    if which is not None:
        # The same import's other half may be dates at the writer's own midnight converted to UTC
        # without an offset (05:00:00 and 06:00:00 UTC for Chicago): kept, they sat in the hours
        # as a spike (a Tokyo history read at UTC+08:00; fifteenth session, item 3). Only beside
        # midnight dates already found: alone, times on one whole hour are a scheduler's
        # (find_schedule), whose times are read for the zone.
        unstated = _unstated_midnights(t, candidates & ~has_offset & ~flagged)
        if unstated.any():
            flagged |= unstated
            which = "UTC and unstated"
    return flagged, which


def _unstated_midnights(t: Any, mask: Any) -> Any:
    """Records at exactly one whole hour of the UTC day other than 00:00:00, or two adjacent ones
    (a zone's midnight in standard and summer time), far more often than the writer's other times
    fall on the hour: dates written as a zone's midnight and stored in UTC (see
    ``midnight_placeholders``). The 23 hours tried are allowed for in the p-value. When no whole
    hour holds them, the same for the half and quarter hours (``_off_hour_midnights``)."""
    import numpy as np

    seconds = t % 86400
    later = mask & (seconds >= 3600)
    hours = seconds // 3600
    on_hour = later & (seconds % 3600 == 0)
    counts = np.bincount(hours[on_hour].astype(np.int64), minlength=24)[:24]
    # The pair of adjacent hours (1-23; midnight UTC is the other test's) holding most.
    pairs = [(h, h + 1) for h in range(1, 23)] + [(23,)]
    best = max(pairs, key=lambda pair: int(sum(counts[h] for h in pair)))
    m = int(sum(counts[h] for h in best))
    if m >= MIDNIGHT_MIN:
        inside = later & np.isin(hours, best)
        rest = later & ~inside
        p = float(np.mean(seconds[rest] % 3600 == 0)) if rest.any() else 0.0
        if _binomial_tail(m, int(inside.sum()), p) < MIDNIGHT_P_VALUE / len(pairs):
            return on_hour & np.isin(hours, best)
    return _off_hour_midnights(t, mask)


# The zones whose midnight falls at a half or quarter hour of UTC (India and Sri Lanka +05:30,
# Iran +03:30, Afghanistan +04:30, Myanmar +06:30, Nepal +05:45, South and Central Australia
# +09:30/+10:30, Newfoundland -03:30/-02:30, the Marquesas -09:30, Chatham +12:45/+13:45): a date
# written as their midnight and stored in UTC sits at 18:30:00 UTC for Kolkata (sixteenth session).
# Only those slots are tried, from the zone table's offsets in the tz database (tim16c, rev16b 8:
# all 72 quarter hours were, and 60 digests a scheduler sent at 07:30:00 UTC, no zone's midnight,
# were dropped as "midnights").
QUARTER = 900


@cache
def zone_offsets() -> tuple[int, ...]:
    """The UTC offsets (minutes) the zone table's zones show in January and July (tz database)."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from nymaudit.timing.zones import zone_table

    found: set[int] = set()
    for entry in zone_table():
        try:
            tz = ZoneInfo(entry.zone)
        except (KeyError, ValueError, OSError):
            continue
        for month in (1, 7):
            delta = datetime(2025, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
            found.add(int(delta.total_seconds()) // 60 if delta is not None else 0)
    return tuple(sorted(found))


def midnight_offsets(slot: int) -> list[int]:
    """The offsets (minutes, from ``zone_offsets``) whose midnight is ``slot`` seconds into the UTC day."""
    return [o for o in zone_offsets() if (-60 * o) % 86400 == slot % 86400]


@cache
def _off_hour_slots() -> tuple[tuple[int, ...], ...]:
    """The groups of UTC seconds of the day tried by ``_off_hour_midnights``: each zone's midnight
    at a half or quarter hour of UTC alone, and a zone's standard and summer midnights together."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from nymaudit.timing.zones import zone_table

    groups: set[tuple[int, ...]] = set()
    for entry in zone_table():
        try:
            tz = ZoneInfo(entry.zone)
        except (KeyError, ValueError, OSError):
            continue
        slots = set()
        for month in (1, 7):
            delta = datetime(2025, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
            seconds = int(delta.total_seconds()) if delta is not None else 0
            if seconds % 3600:
                slots.add((-seconds) % 86400)
        groups.update((slot,) for slot in slots)
        if len(slots) > 1:
            groups.add(tuple(sorted(slots)))
    return tuple(sorted(groups))


def _off_hour_midnights(t: Any, mask: Any) -> Any:
    """``_unstated_midnights`` for the half and quarter hours of UTC where a real zone's midnight
    falls (``_off_hour_slots``: 18:30:00 for India, 13:30:00 and 14:30:00 for Adelaide's summer
    and winter): the records at exactly one of them, or at a zone's two, far more often than the
    writer's other times fall at that minute of the hour (:30:00 for a half-hour zone). The slots
    tried are allowed for in the p-value."""
    import numpy as np

    none = np.zeros(t.shape, dtype=bool)
    tried = _off_hour_slots()
    if not tried:
        return none
    seconds = t % 86400
    later = mask & (seconds >= 3600)
    counts = {slot: int((later & (seconds == slot)).sum()) for group in tried for slot in group}
    best = max(tried, key=lambda group: sum(counts[slot] for slot in group))
    m = sum(counts[slot] for slot in best)
    if m < MIDNIGHT_MIN:
        return none
    # The writer's own rate of times at that minute and second of the hour (:30:00), elsewhere.
    hours = [slot // 3600 for slot in best]
    in_hours = later & np.isin(seconds // 3600, hours)
    rest = later & ~in_hours
    p = float(np.mean(seconds[rest] % 3600 == best[0] % 3600)) if rest.any() else 0.0
    # Every record of those hours is a chance to fall on the slot, as in the whole-hour test.
    on_slot = later & np.isin(seconds, list(best))
    if _binomial_tail(m, max(int(in_hours.sum()), m), p) >= MIDNIGHT_P_VALUE / len(tried):
        return none
    return on_slot


def midnight_slots(t: Any, stated: Any, candidates: Any) -> list[tuple[int, int]]:
    """(UTC seconds of the day, count) of the records ``midnight_placeholders`` reads as dates
    written as midnight: TIME008 words its count by slot (tim16c)."""
    import numpy as np

    t = np.asarray(t, dtype=np.int64)
    flagged, _ = midnight_placeholders(t, stated, np.asarray(candidates, dtype=bool))
    found = Counter(int(s) for s in (t[flagged] % 86400))
    # Midnight UTC first, then the zones' slots, most records first.
    return sorted(found.items(), key=lambda kv: (kv[0] != 0, -kv[1], kv[0]))


def scheduled_slots(t: Any, candidates: Any) -> tuple[Any, list[tuple[int, int]]]:
    """``find_schedule`` without whether the slots move with the clocks."""
    flagged, slots, _ = find_schedule(t, candidates)
    return flagged, slots


def find_schedule(t: Any, candidates: Any) -> tuple[Any, list[tuple[int, int]], bool]:
    """Posts at the fixed times of day a scheduler keeps (see SCHEDULE_MIN): (mask, slots as
    (second of the UTC day, posts), most posts first, local). Times are tested by the minute
    whatever their seconds, and those off second 0 by the second too; a slot is a minute and
    adjacent minutes count as one (rev11d D2: cron plus API latency lands 0-5 s after the
    minute, and as seconds that made 18 "slots", over the cap).
    ``local``: the slots move together by a clock change (09:00 and 08:00 UTC, each on its own
    side of the change dates): a scheduler set to the writer's own time (Buffer, Hootsuite),
    whose times still show the zone and its daylight-saving rule (rev11d D1). Only a schedule
    that looks like a tool's is returned (rev11d D4): two slots or more, or most of the posts
    in slots, or one second of the minute for nearly all of them in a source that keeps
    seconds; one minute of a person's routine (the 07:42 train) among varied posts is not.
    A history all on the hour (a source that keeps hours) is not tested."""
    import numpy as np

    none: tuple[Any, list[tuple[int, int]], bool] = (np.zeros(t.shape, dtype=bool), [], False)
    index = np.flatnonzero(candidates)
    if index.size < SCHEDULE_MIN:
        return none
    times = t[index]
    seconds = times % 86400
    if np.all(seconds % 3600 == 0):
        return none
    hit, _ = _slots(times, 60)
    # By the second too where the source keeps seconds: five posts at one second on five days
    # are a timer, though too few for a minute among many posts.
    exact = seconds % 60 != 0
    if int(exact.sum()) >= SCHEDULE_MIN:
        hit[exact] |= _slots(times[exact], 1)[0]
    if not hit.any():
        return none
    keys = seconds // 60
    found = [(int(k) * 60, int(n)) for k, n in zip(*np.unique(keys[hit], return_counts=True), strict=True)]
    # Adjacent minutes are one slot (a latency that crosses the minute, 08:59:58 to 09:00:03).
    minutes = sorted(s // 60 for s, _ in found)
    group_of: dict[int, int] = {}
    for m in minutes:
        group_of[m] = group_of[m - 1] if m - 1 in group_of else len(set(group_of.values()))
    groups = len(set(group_of.values()))
    if groups > SCHEDULE_MAX_SLOTS:
        return none
    slot_group = np.array([group_of.get(int(k), -1) for k in keys])
    local, paired = _moves_with_clock(times // 86400, slot_group, hit, group_of)
    tool = (groups - paired >= 2 or 2 * int(hit.sum()) >= index.size or _one_second(seconds[hit]))
    if not tool:
        return none
    flagged = np.zeros(t.shape, dtype=bool)
    flagged[index] = hit
    # A slot is shown at its minute, or at its second when nearly all its posts share one.
    shown = []
    for start, n in found:
        at = seconds[hit & (keys == start // 60)]
        shown.append((start + (int(np.bincount(at % 60).argmax()) if _one_second(at) else 0), n))
    return flagged, sorted(shown, key=lambda kv: (-kv[1], kv[0])), local


def _one_second(seconds: Any) -> bool:
    """Nearly all of a slot's posts at one second of the minute, in a source that keeps seconds:
    a tool's (a person's posts fall anywhere in the minute)."""
    import numpy as np

    within = seconds % 60
    if within.size < SCHEDULE_MIN or not np.any(within):
        return False
    return int(np.bincount(within).max()) >= 0.8 * within.size


def _moves_with_clock(days: Any, slot_group: Any, hit: Any, group_of: dict[int, int]) -> tuple[bool, int]:
    """Whether the slots come in pairs 30 or 60 minutes apart whose days do not interleave
    (one slot before a clock change, the other after it): (local, pairs). A scheduler fixed
    in UTC keeps its slots over the change dates."""
    import numpy as np

    firsts: dict[int, int] = {}
    for m, g in sorted(group_of.items()):
        firsts.setdefault(g, m)
    pairs = 0
    used: set[int] = set()
    for a, ma in firsts.items():
        for b, mb in firsts.items():
            if a in used or b in used or (mb - ma) % 1440 not in range(28, 63):
                continue
            sel = hit & np.isin(slot_group, [a, b])
            order = np.argsort(days[sel], kind="stable")
            labels = slot_group[sel][order]
            span_years = (int(days[sel].max()) - int(days[sel].min())) / 365.0
            changes = int(np.count_nonzero(labels[1:] != labels[:-1]))
            if changes <= 2 * math.ceil(span_years + 1e-9) and min(
                    int((labels == a).sum()), int((labels == b).sum())) >= SCHEDULE_MIN:
                pairs += 1
                used |= {a, b}
    groups = len(firsts)
    return pairs > 0 and 2 * len(used) >= groups, pairs


def _slots(t: Any, unit: int) -> tuple[Any, list[tuple[int, int]]]:
    """``scheduled_slots`` for times kept to ``unit`` seconds."""
    import numpy as np

    keys = (t % 86400) // unit
    size = 86400 // unit
    counts = np.bincount(keys, minlength=size).astype(float)
    reach = max(1, SCHEDULE_WINDOW // unit)
    cum = np.concatenate([[0.0], np.cumsum(np.concatenate([counts[-reach:], counts, counts[:reach]]))])
    around = (cum[2 * reach + 1:] - cum[:-2 * reach - 1] - counts) / (2 * reach)
    # The rate around a slot, floored at a tenth of the day's mean (a scheduler alone has none).
    rate = np.maximum(around, 0.1 * t.size / size)
    slot = counts >= SCHEDULE_MIN
    for k in np.flatnonzero(slot):
        c, lam = float(counts[k]), float(rate[k])
        # log P(X >= c) for X ~ Poisson(lam): the first term times the bound c / (c - lam) of
        # the geometric series the others stay under.
        tail = (c * math.log(lam) - lam - math.lgamma(c + 1.0) + math.log(c / (c - lam))
                if c > lam else 0.0)
        slot[k] = tail + math.log(size) < math.log(SCHEDULE_CHANCE)
    if not slot.any():
        return np.zeros(t.shape, dtype=bool), []
    on_slot = slot[keys]
    # As many days as posts: one day's thread at one second is a burst, not a schedule.
    days = np.unique(np.stack([keys[on_slot], t[on_slot] // 86400]), axis=1)[0]
    slot &= np.bincount(days, minlength=size) >= SCHEDULE_MIN
    return slot[keys], [(int(k) * unit, int(counts[k])) for k in np.flatnonzero(slot)]


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

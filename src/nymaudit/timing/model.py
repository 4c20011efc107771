"""A model of when a person posts during a local week, as a bank of templates.

Each template is a rate over the 672 quarter-hours of a local week (Monday
00:00 first), built from a few facts about human days:

- people sleep about eight hours (6.5-9.5 h for people without a work week);
  on free days the middle of that sleep falls at their chronotype (1:30 for
  larks to 7:30 for owls); bedtime and waking vary from night to night, so the
  edges of the sleep window are soft;
- on working days an alarm sets the waking time, whatever the chronotype, and
  the night before a working day is shorter and ends earlier;
- during working hours some people post less (at work), some as much;
- some post in a burst at lunch (an hour from 11:45, 12:15 or 12:45);
- evenings carry more posts than mornings, rising over an hour centred on 18:15,
  19:15 or 20:15.

The alarm, working hours and lunch are tied to the clock, not the body: they
pin the UTC offset where the sleep trough alone (which moves with chronotype)
cannot. A uniform floor keeps one odd post from ruling a template out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from nymaudit.timing.zones import WEEKENDS

BINS_PER_DAY = 96
WEEK_BINS = 7 * BINS_PER_DAY

CHRONOTYPES = tuple(1.5 + 0.5 * i for i in range(13))  # mid-sleep on free days, hours
ALARMS = tuple(5.5 + 0.5 * i for i in range(8))  # waking time on working days
AT_WORK = (0.15, 0.5, 1.0)  # posting rate during working hours, relative
LUNCH = (False, True)
# Lunch is tied to the clock but not to one hour: a bank with a single lunch
# hour pulls the offset of late or early lunchers by an hour.
LUNCH_STARTS = (11.75, 12.25, 12.75)
LUNCH_HOURS = 1.0
# Working hours start 1.5 h after the alarm and end this many hours after it.
WORK_ENDS = (10.0,)
# Evenings rise over RAMP_HOURS, centred on 18:15, 19:15 or 20:15 (the ramp starts half of
# it earlier). Until 29 November (sixth revision) a 2-hour ramp *started* at those times, so
# its midpoint sat at 19:15-21:15: the model expected the evening an hour late, and writers
# read an hour east outnumbered those read an hour west two to one (docs/timing.md).
EVENINGS = (17.75, 18.75, 19.75)
RAMP_HOURS = 1.0
EVENING_GAIN = 0.6
SHAPES = tuple(WEEKENDS)  # weekend shapes, plus "none" for people without a work week

CHRONOTYPE_MEAN, CHRONOTYPE_SD = 4.3, 1.2
ALARM_MEAN, ALARM_SD = 6.9, 0.7
SLEEP_RATE = 0.03
SLEEP_HOURS_DEFAULT = 8.0
# People without a work week have nothing but their sleep to place them: their
# sleep length (adults range over about 6.5-9.5 h) is a template dimension, or a short
# sleeper is fitted by a worker template with a spurious alarm and weekend.
NO_WORK_SLEEP = (6.5, 8.0, 9.5)
# Bedtime and natural waking vary from night to night by half an hour or more:
# logistic edges of this scale (hours; sd about 0.55 h) instead of hard ones, so
# a few early or late nights do not drag the template by an hour.
EDGE_SCALE = 0.3
FLOOR = 0.02


@dataclass(frozen=True)
class TemplateBank:
    log_p: Any  # (T, 672) float32 log-probabilities over the local week
    evening: Any  # (T,) hour the evening peak starts
    shape: Any  # (T,) index into SHAPES, or -1 for "none"
    chronotype: Any  # (T,)
    alarm: Any  # (T,) nan for "none"
    at_work: Any  # (T,)
    lunch: Any  # (T,) bool
    lunch_start: Any  # (T,) hour the lunch burst starts (nan without one)
    work_end: Any  # (T,) hours from the alarm to the end of working hours
    log_prior: Any  # (T,) log prior weight of each template within its weekend shape


def _rates(
    free: Any,
    m: Any,
    w: Any,
    a: Any,
    lunch: Any,
    worker: Any,
    evening_from: Any = None,
    lunch_start: Any = None,
    work_end: Any = None,
    sleep: Any = None,
) -> Any:
    """Rates (T, 672) for T parameter sets. ``free`` is (T, 7) bool."""
    import numpy as np

    # float32 throughout: the bank is stored as float32 log-probabilities anyway, and
    # single precision halves the time of building it (the first analysis waits for it).
    f32 = np.float32
    t_count = m.shape[0]
    m, w, a = (np.asarray(v, dtype=f32) for v in (m, w, a))
    if sleep is None:
        sleep = np.full(t_count, SLEEP_HOURS_DEFAULT)
    if evening_from is None:
        evening_from = np.full(t_count, EVENINGS[0])
    if lunch_start is None:
        lunch_start = np.full(t_count, 12.0)
    lunch_start = np.nan_to_num(np.asarray(lunch_start, dtype=f32), nan=12.0)
    if work_end is None:
        work_end = np.full(t_count, WORK_ENDS[0])
    sleep, evening_from, work_end = (np.asarray(v, dtype=f32) for v in (sleep, evening_from, work_end))
    # Each day touches at most 30 hours from its midnight (a late night ends
    # before 06:00 next morning): compute on that window only.
    span = 30 * BINS_PER_DAY // 24
    rel = ((np.arange(span) + 0.5) * 24.0 / BINS_PER_DAY).astype(f32)  # hours since this day's midnight
    clock = rel % f32(24.0)
    free_wake = m + sleep / 2.0
    free_bed = m - sleep / 2.0  # relative to the following midnight (negative: before it)
    # Working day: the alarm rules, unless the person wakes earlier anyway.
    work_wake = np.minimum(w, free_wake)
    # Night before a working day: bedtime halfway between the natural one and
    # the one that would give the sleep needed less half an hour, never later
    # than the natural one.
    work_bed = np.minimum(free_bed, (free_bed + (w - sleep + 0.5)) / 2.0)
    awake = np.zeros((t_count, WEEK_BINS), dtype=bool)
    rate = np.zeros((t_count, WEEK_BINS), dtype=f32)
    ramp = np.clip((clock[None, :] - evening_from[:, None]) / RAMP_HOURS, 0.0, 1.0)
    ramp = np.where(rel[None, :] >= 24.0, 1.0, ramp)  # still up after midnight
    evening = 1.0 + EVENING_GAIN * ramp
    in_lunch = (rel[None, :] >= lunch_start[:, None]) & (
        rel[None, :] < (lunch_start + LUNCH_HOURS)[:, None]
    )
    in_work = (rel[None, :] >= (w + 1.5)[:, None]) & (rel[None, :] < (w + work_end)[:, None])
    for day in range(7):
        is_free = free[:, day] | ~worker
        next_free = free[:, (day + 1) % 7] | ~worker
        wake = np.where(is_free, free_wake, work_wake)
        bed = 24.0 + np.where(next_free, free_bed, work_bed)
        if EDGE_SCALE > 0:
            # Nobody wakes or goes to bed at the same minute every night: soft edges.
            p_up = 1.0 / (1.0 + np.exp(-(rel[None, :] - wake[:, None]) / EDGE_SCALE))
            p_up = p_up / (1.0 + np.exp(-(bed[:, None] - rel[None, :]) / EDGE_SCALE))
            up = p_up > 0.5
        else:
            up = (rel[None, :] >= wake[:, None]) & (rel[None, :] < bed[:, None])
            p_up = up.astype(float)
        base = np.where(rel[None, :] < wake[:, None] + 1.0, 0.55, 1.0)  # getting going
        base = base * evening
        working = up & ~is_free[:, None] & in_work
        base = np.where(working, a[:, None], base)
        at_lunch = working & lunch[:, None] & in_lunch
        base = np.where(at_lunch, a[:, None] + 1.0, base)
        cols = (day * BINS_PER_DAY + np.arange(span)) % WEEK_BINS
        if EDGE_SCALE > 0:
            rate[:, cols] += base * p_up
        else:
            rate[:, cols] += np.where(up, base, 0.0)
        awake[:, cols] |= up
    if EDGE_SCALE > 0:
        return rate + SLEEP_RATE
    rate = np.where(awake, rate, SLEEP_RATE)
    return rate


@cache
def template_bank() -> TemplateBank:
    import numpy as np

    rows: list[tuple[int, float, float, float, bool, float, float, float, float]] = []
    for ev in EVENINGS:
        for s_index, _shape in enumerate(SHAPES):
            for m in CHRONOTYPES:
                for w in ALARMS:
                    for a in AT_WORK:
                        for lunch in LUNCH:
                            if a >= 1.0 and lunch:
                                continue
                            for start in LUNCH_STARTS if lunch else (float("nan"),):
                                for end in WORK_ENDS:
                                    rows.append(
                                        (s_index, m, w, a, lunch, ev, start, end, SLEEP_HOURS_DEFAULT)
                                    )
        for m in CHRONOTYPES:
            for sl in NO_WORK_SLEEP:
                rows.append((-1, m, 8.0, 1.0, False, ev, float("nan"), WORK_ENDS[0], sl))
    shape = np.array([r[0] for r in rows])
    m = np.array([r[1] for r in rows])
    w = np.array([r[2] for r in rows])
    a = np.array([r[3] for r in rows])
    lunch = np.array([r[4] for r in rows])
    evening = np.array([r[5] for r in rows])
    lunch_start = np.array([r[6] for r in rows])
    work_end = np.array([r[7] for r in rows])
    sleep = np.array([r[8] for r in rows])
    worker = shape >= 0
    free = np.zeros((len(rows), 7), dtype=bool)
    for s_index, name in enumerate(SHAPES):
        for day in WEEKENDS[name]:
            free[shape == s_index, day] = True
    rate = _rates(free, m, w, a, lunch, worker, evening, lunch_start, work_end, sleep)
    p = rate / rate.sum(axis=1, keepdims=True)
    p = (1.0 - FLOOR) * p + FLOOR / WEEK_BINS
    # Population knowledge: working people's alarms cluster around 06:30-07:30,
    # free-day mid-sleep around 04:00-04:30 (chronotype surveys); extremes are
    # possible but rarer. Without this, a wrong offset hides behind an extreme
    # alarm or chronotype.
    log_prior = -0.5 * ((m - CHRONOTYPE_MEAN) / CHRONOTYPE_SD) ** 2
    log_prior = log_prior + np.where(
        worker, -0.5 * ((w - ALARM_MEAN) / ALARM_SD) ** 2, 0.0
    )
    return TemplateBank(
        log_prior=log_prior,
        log_p=np.log(p).astype(np.float32),
        evening=evening,
        shape=shape,
        chronotype=m,
        alarm=np.where(worker, w, np.nan),
        at_work=a,
        lunch=lunch,
        lunch_start=lunch_start,
        work_end=work_end,
    )


# Day sleepers (review rev13b item 3): someone who works nights and sleeps by day, mid-sleep
# 10:30-15:30, 5.5-8 h (day sleep is short), the evening rising by the clock as anyone's; up
# all night either at leisure (the evening's rate, the bank's rule after midnight) or at work
# (the ordinary rate). Compared with the bank's days without a work week
# (routine.day_sleeper_lead), built the same way as daily profiles, not weekly templates.
DAY_SLEEPER_MIDS = tuple(10.5 + 0.5 * i for i in range(11))
DAY_SLEEPER_SLEEP = (5.5, 6.5, 8.0)


def _day_profile(mid: float, sleep: float, evening: float, night_at_work: bool) -> Any:
    """Log-probabilities over the 96 quarter-hours of a local day of one rhythm without a work
    week: asleep ``sleep`` hours around ``mid`` (soft edges), slow for an hour after waking,
    more posts from ``evening`` (and after midnight until bed, unless ``night_at_work``)."""
    import numpy as np

    hours = (np.arange(BINS_PER_DAY) + 0.5) * 24.0 / BINS_PER_DAY
    wake = (mid + sleep / 2.0) % 24.0
    since_wake = (hours - wake) % 24.0
    since_wake = np.where(since_wake > 24.0 - sleep / 2.0, since_wake - 24.0, since_wake)
    up = 1.0 / (1.0 + np.exp(-since_wake / EDGE_SCALE))
    up = up / (1.0 + np.exp(-(24.0 - sleep - since_wake) / EDGE_SCALE))
    base = np.where(since_wake < 1.0, 0.55, 1.0)
    ramp = np.clip((hours - evening) / RAMP_HOURS, 0.0, 1.0)
    bed = (mid - sleep / 2.0) % 24.0
    if bed < 12.0 and not night_at_work:  # to bed after midnight: still the evening until then
        ramp = np.where(hours < bed, 1.0, ramp)
    rate = base * (1.0 + EVENING_GAIN * ramp) * up + SLEEP_RATE
    p = rate / rate.sum()
    return np.log((1.0 - FLOOR) * p + FLOOR / BINS_PER_DAY)


@cache
def day_profiles() -> tuple[Any, Any]:
    """(ordinary days without a work week, as the bank's: CHRONOTYPES x NO_WORK_SLEEP x
    EVENINGS; day sleepers), each (n, 96) log-probabilities over a local day."""
    import numpy as np

    ordinary = [_day_profile(m, s, ev, False) for m in CHRONOTYPES for s in NO_WORK_SLEEP for ev in EVENINGS]
    by_day = [_day_profile(m, s, ev, work) for m in DAY_SLEEPER_MIDS for s in DAY_SLEEPER_SLEEP
              for ev in EVENINGS for work in (False, True)]
    return np.array(ordinary), np.array(by_day)

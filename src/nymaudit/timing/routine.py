"""Daily routine in local time: office-hours share, lunch burst, sleep window,
absences; and whether one daily rhythm explains the hours at all (fit.py)."""

from __future__ import annotations

from typing import Any

from nymaudit.timing.zones import DAY, WEEKDAY_NAMES

WORK_START, WORK_END = 9, 17
MIN_ABSENCE_DAYS = 5
MAX_ABSENCES = 50
# A break is "too long to be chance" when the family-wise p-value (the chance that a run of
# quiet days at least as unlikely appears anywhere in the history, at the writer's own rates
# by weekday and season) is below BREAK_CLAIM_P; "high" below BREAK_HIGH_P. The old cut-off
# (fewer than half such a run expected) claimed a break in 4 of 20 histories with none
# (ninth session; docs/timing.md, tests/benchmarks/bench_absences.py).
BREAK_CLAIM_P = 0.01
BREAK_HIGH_P = 0.001
# Days either side of a day for its local posting rate (seasons, busy and quiet months).
# Tuned on seeds 0-399 of bench_absences.py: 45 or 60 found fewer trips; 182 or none (one
# rate for the whole history) claimed more chance breaks than the p-value says (5.5 % and
# 6.5 % of histories without a break at p < 0.05).
SEASON_HALF_WINDOW = 90
# Pseudo-days pulling a weekday's share of active days toward the overall share (a short
# history has few Sundays).
WEEKDAY_PRIOR_DAYS = 4.0


def routine(result: Any, local: Any, all_local_days: Any, holiday_dates: set[str]) -> None:
    import numpy as np

    from nymaudit.timing.core import iso_day

    days = local // DAY
    weekday = (days + 3) % 7
    hour = (local % DAY) // 3600
    free_names = set(result.weekend or ["Sat", "Sun"])
    free = np.array([name in free_names for name in WEEKDAY_NAMES])
    workday = ~free[weekday]
    if holiday_dates:
        holiday_numbers = {
            (np.datetime64(d) - np.datetime64("1970-01-01")).astype(int) for d in holiday_dates
        }
        workday &= ~np.isin(days, list(holiday_numbers))
    in_office = workday & (hour >= WORK_START) & (hour < WORK_END)
    result.working_hours_share = round(float(in_office.mean()), 3) if local.size else None

    # Lunch: posts at 12-14 on working days against the two hours either side.
    work_hours = np.bincount(hour[workday], minlength=24)
    lunch = work_hours[12:14].sum()
    around = (work_hours[10:12].sum() + work_hours[14:16].sum()) / 2.0
    if workday.sum() >= 40:
        result.lunch_burst = bool(lunch >= 1.4 * around + 3)

    result.sleep_window = _sleep_window(np.bincount(hour, minlength=24))
    result.absences, result.absence_p = _absences(all_local_days, iso_day)
    check_rhythm(result, local)


# Records that state their own offset (not +00:00, which may be a UTC-set clock) at
# least this share of the posts: the zone is read from them, not from the rhythm.
STATED_DECIDES = 0.1


def check_rhythm(result: Any, local: Any) -> None:
    """The goodness-of-fit check (fit.py): hours that no single daily rhythm explains
    (shift work, an account several people share, posts at every hour) cap the time
    zone's confidence at low, whatever the model's probability, and leave no quiet
    window to claim (a night-shift nurse's "quiet 01:00-08:00" held 12 % of her posts)."""
    from nymaudit.timing.fit import rhythm_fit

    fit = rhythm_fit(local)
    result.rhythm = fit
    if fit is None or fit.fits:
        return
    result.sleep_window = None
    stated = sum(n for minutes, n in (result.stated_offsets or {}).items() if minutes != 0)
    if stated < STATED_DECIDES * max(result.posts, 1):
        result.offset_confidence = "low"


def _sleep_window(hourly: Any) -> tuple[int, int] | None:
    """Quietest stretch of the day: the six quietest consecutive hours, widened
    while the neighbouring hour is below a third of the average."""
    total = float(hourly.sum())
    if total <= 0:
        return None
    mean = total / 24.0
    best_start = min(range(24), key=lambda s: sum(hourly[(s + i) % 24] for i in range(6)))
    start, end = best_start, (best_start + 6) % 24  # end is the first hour awake
    length = 6
    while length < 11 and hourly[(start - 1) % 24] < mean / 3.0:
        start = (start - 1) % 24
        length += 1
    while length < 11 and hourly[end] < mean / 3.0:
        end = (end + 1) % 24
        length += 1
    return int(start), int(end)


def break_confidence(p: float | None) -> str | None:
    """The confidence a break is not chance, from its family-wise p-value (None: not claimed)."""
    if p is None or p >= BREAK_CLAIM_P:
        return None
    return "high" if p < BREAK_HIGH_P else "medium"


def beyond_chance(p: float | None) -> bool:
    """Whether TIME006 claims the break (a p-value of None: a result built by hand, no test run)."""
    return p is None or p < BREAK_CLAIM_P


def _absences(local_days: Any, iso_day: Any) -> tuple[list[tuple[str, str, int]], dict[str, float]]:
    """Every run of at least five days without a post (facts, listed), and for each its
    family-wise p-value (keyed by its first day): how likely a run of quiet days at least
    as unlikely is somewhere in the whole history if posting days were independent at the
    writer's own rate for that weekday and season (``_log_quiet``)."""
    import numpy as np

    if local_days.size < 2:
        return [], {}
    active = np.unique(local_days)
    gaps = np.diff(active) - 1
    long_gaps = np.flatnonzero(gaps >= MIN_ABSENCE_DAYS)
    if long_gaps.size == 0:
        return [], {}
    first = int(active[0])
    n_days = int(active[-1]) - first + 1
    on = np.zeros(n_days, dtype=bool)
    on[active - first] = True
    log_quiet = _log_quiet(on, first)
    starts = (active[long_gaps] + 1 - first).astype(np.int64)
    lengths = gaps[long_gaps].astype(np.int64)
    cum = np.concatenate(([0.0], np.cumsum(log_quiet)))
    # The p-value grows with the run's log-probability: the MAX_ABSENCES least likely runs
    # are kept (and tested) without testing the others (a 26-year history has hundreds).
    keep = np.sort(np.argsort(cum[starts + lengths] - cum[starts], kind="stable")[:MAX_ABSENCES])
    starts, lengths = starts[keep], lengths[keep]
    p_values = _family_p(log_quiet, starts, lengths)
    out: list[tuple[str, str, int]] = []
    p_by_start: dict[str, float] = {}
    for start_index, length, p in zip(starts.tolist(), lengths.tolist(), p_values.tolist(), strict=True):
        start = first + start_index
        out.append((iso_day(start), iso_day(start + length - 1), length))
        p_by_start[iso_day(start)] = p
    return out, p_by_start


def _log_quiet(on: Any, first_day: int) -> Any:
    """log P(no post) for each day of the history: a Poisson-like rate per day, the weekday's
    rate (a writer who rarely posts on Sundays) times the season's (the share of active
    days within SEASON_HALF_WINDOW days, against the whole history's). The days of the
    breaks count too, which makes the test cautious."""
    import numpy as np

    n = on.size
    weekday = (first_day + np.arange(n) + 3) % 7  # day 0 (1970-01-01) was a Thursday
    share = (on.sum() + 0.5) / (n + 1.0)
    per_day = np.bincount(weekday, weights=on, minlength=7)
    days = np.bincount(weekday, minlength=7)
    share_w = (per_day + WEEKDAY_PRIOR_DAYS * share) / (days + WEEKDAY_PRIOR_DAYS)
    share_w = np.minimum(share_w, 1.0 - 0.5 / (days + 1.0))
    rate_w = -np.log1p(-share_w)
    cum = np.concatenate(([0], np.cumsum(on)))
    lo = np.clip(np.arange(n) - SEASON_HALF_WINDOW, 0, n)
    hi = np.clip(np.arange(n) + SEASON_HALF_WINDOW + 1, 0, n)
    local = (cum[hi] - cum[lo] + 0.5) / (hi - lo + 1.0)
    season = np.log1p(-local) / np.log1p(-share)
    return -rate_w[weekday] * season  # a log: a busy season's tiny probability does not underflow


def _family_p(log_quiet: Any, starts: Any, lengths: Any) -> Any:
    """For each run (start index, length): 1 - exp(-expected number of runs at least as
    unlikely in the history), the expectation summed over every day a run could start
    (after a day with a post) until it is as unlikely (Poisson clumping)."""
    import numpy as np

    n = log_quiet.size
    cum = np.concatenate(([0.0], np.cumsum(log_quiet)))  # non-increasing
    neg = -cum
    begin = np.arange(1, n - 1)  # a run starts after an active day and ends before the last
    after_post = -np.expm1(log_quiet[begin - 1])
    out = np.empty(starts.size)
    for chunk in range(0, starts.size, 64):
        s, k = starts[chunk:chunk + 64], lengths[chunk:chunk + 64]
        level = cum[s + k] - cum[s]  # the run's log-probability
        target = cum[begin][None, :] + level[:, None] + 1e-9
        end = np.searchsorted(neg, -target)  # first index with cum <= target
        ok = end <= n - 1
        prob = np.exp(np.where(ok, cum[np.minimum(end, n)] - cum[begin][None, :], -np.inf))
        expected = (after_post[None, :] * prob).sum(axis=1)
        out[chunk:chunk + 64] = -np.expm1(-expected)
    return out

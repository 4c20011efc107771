"""Daily routine in local time: office-hours share, lunch burst, sleep window,
absences; and whether one daily rhythm explains the hours at all (fit.py)."""

from __future__ import annotations

import math
from typing import Any

from nymaudit.timing.zones import DAY, WEEKDAY_NAMES

WORK_START, WORK_END = 9, 17
MIN_ABSENCE_DAYS = 5
MAX_ABSENCES = 50


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
    result.absences = _absences(all_local_days, iso_day)
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


def _absences(local_days: Any, iso_day: Any) -> list[tuple[str, str, int]]:
    """Runs of days without a post, long enough not to be chance at this
    posting rate (and never shorter than five days)."""
    import numpy as np

    if local_days.size < 2:
        return []
    active = np.unique(local_days)
    n_days = int(active[-1] - active[0]) + 1
    share_active = active.size / n_days
    needed = MIN_ABSENCE_DAYS
    if 0 < share_active < 1:
        # A run of k quiet days happens by chance about n_days * (1-q)^k times;
        # list a gap once fewer than half a run that long is expected by chance
        # (stricter cut-offs hid a planted nine-day trip in the demo account).
        chance = math.log(0.5 / n_days) / math.log(1.0 - share_active)
        needed = max(needed, math.ceil(chance))
    gaps = np.diff(active) - 1
    out = []
    for i in np.flatnonzero(gaps >= needed):
        start = int(active[i]) + 1
        length = int(gaps[i])
        out.append((iso_day(start), iso_day(start + length - 1), length))
    return out[:MAX_ABSENCES]

"""The writer's own week, read from the data once the local time is known: which
weekdays are days off (the weekend shape), and how much each date looks like a
day off (for the holiday calendars).

Both compare hour-of-day profiles: a working day and a day off differ in when
the day starts and whether office hours are quiet, whatever the chronotype.
"""

from __future__ import annotations

from typing import Any

from nymaudit.timing.zones import DAY, WEEKENDS

EPOCH_WEEKDAY = 3
SMOOTH = 0.5  # pseudo-count per hour


def day_hour_counts(local_seconds: Any) -> tuple[int, Any]:
    """(first local day number, counts[day, hour])."""
    import numpy as np

    days = local_seconds // DAY
    day0 = int(days.min())
    span = int(days.max()) - day0 + 1
    cell = (days - day0) * 24 + (local_seconds % DAY) // 3600
    counts = np.bincount(cell, minlength=span * 24).reshape(span, 24)
    return day0, np.minimum(counts, 3)  # a burst counts as a few posts


def _profile(counts: Any) -> Any:
    import numpy as np

    total = counts.sum(axis=0).astype(float)
    # Spread each hour a little into its neighbours: posting hours are noisy.
    smooth = 0.5 * total + 0.25 * (np.roll(total, 1) + np.roll(total, -1))
    smooth = smooth + SMOOTH
    return np.log(smooth / smooth.sum())


def weekend_shape(day0: int, counts: Any) -> tuple[str | None, float, dict[str, float]]:
    """The weekend shape whose split of the weekdays into working days and days
    off explains the hours best, against "no work week" (one profile for every
    day), with a BIC penalty for the second profile."""
    import numpy as np

    weekday = (np.arange(counts.shape[0]) + day0 + EPOCH_WEEKDAY) % 7
    n = float(counts.sum())
    if n < 30:
        return None, 0.0, {}
    pooled = float((counts.sum(axis=0) * _profile(counts)).sum())
    scores: dict[str, float] = {"none": pooled}
    # Half the AIC of the 23 extra hourly parameters, plus a margin for picking
    # the best of six shapes: a week without work gains about that by chance.
    penalty = 15.0
    for name, free_days in WEEKENDS.items():
        free = np.isin(weekday, free_days)
        if not free.any() or free.all():
            continue
        ll = 0.0
        for part in (counts[free], counts[~free]):
            ll += float((part.sum(axis=0) * _profile(part)).sum())
        scores[name] = ll - penalty
    values = np.array(list(scores.values()))
    probs = np.exp(values - values.max())
    probs /= probs.sum()
    table = dict(zip(scores, (float(p) for p in probs), strict=True))
    best = max(table, key=lambda k: table[k])
    if best == "none":
        return None, table["none"], table
    return best, table[best], table


def day_off_llr(day0: int, counts: Any, free_days: tuple[int, ...]) -> Any:
    """Per local day: log-likelihood ratio of its hours under the writer's own
    day-off profile against their working-day profile (0 for empty days),
    centred on the median ordinary working day."""
    import numpy as np

    weekday = (np.arange(counts.shape[0]) + day0 + EPOCH_WEEKDAY) % 7
    free = np.isin(weekday, free_days)
    active = counts.sum(axis=1) > 0
    if not (free & active).any() or not (~free & active).any():
        return np.zeros(counts.shape[0])
    diff = _profile(counts[free]) - _profile(counts[~free])
    llr = counts @ diff
    ordinary = ~free & active
    llr = llr - float(np.median(llr[ordinary])) * active
    return llr

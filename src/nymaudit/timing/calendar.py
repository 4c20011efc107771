"""Country calendars: do a country's (or region's) public holidays fall on the days
this writer behaves as on a day off?

For each leading zone, every local day gets a log-likelihood ratio "day off"
against "working day" from the fitted activity template (a day off starts
later, has no working-hours dip and another volume of posts). A calendar scores
the sum, over its holidays that fall on working days of the history, of
log(pi * e^LLR + 1 - pi): a holiday taken off raises it, a holiday worked
lowers it a little. A writer may ignore holidays altogether, so each score is
mixed with "keeps no calendar". England and Scotland, US states, Australian
states differ by a few days a year; with a year or two of history that is often
enough.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from nymaudit.timing.zones import DAY

TAKES_HOLIDAY = 0.8  # pi: chance a holiday-keeper is off on a given holiday
KEEPS_CALENDAR = 0.7  # rho: chance a writer keeps any public calendar at all
LLR_CAP = 4.0
POST_VOTE_CAP = 1.5
# Posts counted per quarter-hour when judging a day: a thread or burst is one
# decision to post, not several independent glimpses of the day (3 before
# 29 November; 1 raised the true offset's probability on all four tuning sets).
DAY_QUARTER_CAP = 1
CONTROL_SHIFTS = (-21, -14, -7, 7, 14, 21)
MIN_ABSENCE = 5


@cache
def holiday_dates(country: str, subdivision: str | None, first_year: int, last_year: int) -> dict:
    """{date_ordinal: name} for a calendar, or {} if the package lacks it."""
    try:
        import holidays
    except ImportError:
        return {}
    try:
        table = holidays.country_holidays(
            country, subdiv=subdivision, years=range(first_year, last_year + 1)
        )
    except (NotImplementedError, KeyError, ValueError, AttributeError):
        return {}
    return {d.toordinal(): str(name) for d, name in table.items()}


def template_day_llr(
    local: Any, bank: Any, row: int, free_days: tuple[int, ...]
) -> tuple[int, Any]:
    """Per local day: log-likelihood ratio of its quarter-hours under the fitted
    template's day off against its working day (a working day flanked by
    working days, the same day made a holiday). Returns (first day, llr)."""
    import numpy as np

    from nymaudit.timing.model import BINS_PER_DAY, _rates

    day = local // DAY
    day0 = int(day.min())
    span = int(day.max()) - day0 + 1
    cell = (day - day0) * BINS_PER_DAY + (local % DAY) // (DAY // BINS_PER_DAY)
    counts = np.minimum(
        np.bincount(cell, minlength=span * BINS_PER_DAY).reshape(span, BINS_PER_DAY),
        DAY_QUARTER_CAP,
    )
    work_day = next(
        (d for d in range(7) if all(((d + k) % 7) not in free_days for k in (-1, 0, 1))), 2
    )
    free = np.zeros((2, 7), dtype=bool)
    for d in free_days:
        free[:, d] = True
    free[1, work_day] = True
    rates = _rates(
        free,
        np.repeat(bank.chronotype[row], 2),
        np.repeat(bank.alarm[row], 2),
        np.repeat(bank.at_work[row], 2),
        np.repeat(bank.lunch[row], 2),
        np.ones(2, dtype=bool),
        np.repeat(bank.evening[row], 2),
        np.repeat(bank.lunch_start[row], 2),
        np.repeat(bank.work_end[row], 2),
    )
    sl = slice(work_day * BINS_PER_DAY, (work_day + 1) * BINS_PER_DAY)
    floor = 0.02 / BINS_PER_DAY
    prof_work = 0.98 * rates[0, sl] / rates[0, sl].sum() + floor
    prof_free = 0.98 * rates[1, sl] / rates[1, sl].sum() + floor
    # One odd post must not decide a day: each post's vote is bounded.
    vote = np.clip(np.log(prof_free) - np.log(prof_work), -POST_VOTE_CAP, POST_VOTE_CAP)
    llr = counts @ vote
    weekday = (np.arange(span) + day0 + 3) % 7
    active = counts.sum(axis=1) > 0
    ordinary = ~np.isin(weekday, free_days) & active
    if ordinary.any():
        llr = llr - float(np.median(llr[ordinary])) * active
    return day0, llr


def _absent(active: Any) -> Any:
    """Days inside runs of at least MIN_ABSENCE days without posts."""
    import numpy as np

    out = np.zeros(active.shape, dtype=bool)
    run_start = None
    for i, on in enumerate(list(active) + [True]):
        if not on and run_start is None:
            run_start = i
        elif on and run_start is not None:
            if i - run_start >= MIN_ABSENCE:
                out[run_start:i] = True
            run_start = None
    return out


def _calendar_score(
    country: str, subdivision: str | None, llr: Any, active: Any, day0: int, free_days: tuple
) -> tuple[float, list[tuple[int, str, float]]]:
    """Evidence for keeping this calendar: the score of its holidays against the
    same calendar moved by one to three weeks (same weekdays, same season). A
    calendar with many holidays, or noisy days, gains nothing that its shifted
    copies gain as well; only the real dates standing out counts."""
    import numpy as np

    from nymaudit.timing.core import iso_day

    first = int(day0)
    n = len(llr)
    y0 = int(iso_day(first)[:4])
    y1 = int(iso_day(first + n - 1)[:4])
    dates = holiday_dates(country, subdivision, y0, y1)
    if not dates:
        return 0.0, []
    epoch = 719163  # date(1970, 1, 1).toordinal()
    absent = _absent(active)
    weekday = (np.arange(n) + first + 3) % 7
    usable = ~np.isin(weekday, free_days) & ~absent
    per_day = np.log(TAKES_HOLIDAY * np.exp(llr) + 1 - TAKES_HOLIDAY)
    index = np.array(sorted(dates), dtype=np.int64) - epoch - first
    holiday_mask = np.zeros(n, dtype=bool)
    inside = (index >= 0) & (index < n)
    holiday_mask[index[inside]] = True

    def score(shift: int) -> float:
        moved = index + shift
        ok = (moved >= 0) & (moved < n)
        moved = moved[ok]
        # Shifted copies skip days that are real holidays, so they stay a control.
        moved = moved[usable[moved] & ~holiday_mask[moved]] if shift else moved[usable[moved]]
        return float(per_day[moved].sum())

    real = score(0)
    if CONTROL_SHIFTS:
        controls = np.array([score(k) for k in CONTROL_SHIFTS])
        null = float(np.log(np.mean(np.exp(controls - controls.max()))) + controls.max())
    else:  # baseline: as many ordinary working days
        counted = index[inside]
        null = float(per_day[usable].mean()) * int(usable[counted].sum()) if usable.any() else 0.0
    days = [
        (int(i) + first, dates[int(i) + first + epoch], float(llr[i]))
        for i in index[inside]
        if usable[i]
    ]
    return real - null, days


def _mix(score: float) -> float:
    import math

    return math.log(KEEPS_CALENDAR * math.exp(min(score, 50.0)) + 1 - KEEPS_CALENDAR)


def holiday_evidence(
    posterior: Any,
    zones: Any,
    day0: int,
    counts: Any,
    free_days: tuple[int, ...],
    template_llr: tuple[int, Any] | None = None,
) -> tuple[Any, dict[str, float], tuple[list[tuple[str, str]], int, float | None] | None]:
    """Re-weight the zone posterior by how well each leading zone's country (and
    region) calendar explains the days that look like days off. ``counts`` are
    posts per local day and hour under the leading zone."""
    import numpy as np

    from nymaudit.timing.core import HOLIDAY_WEIGHT, ZONES_SCORED_FOR_HOLIDAYS, iso_day
    from nymaudit.timing.weekly import day_off_llr

    if template_llr is not None:
        # The template's days may start a day before or after ``day0`` (the
        # leading zone can change after the weekend re-weighting): align by date.
        llr = np.zeros(counts.shape[0])
        src = template_llr[1]
        start = int(template_llr[0]) - int(day0)
        lo, hi = max(0, start), min(counts.shape[0], start + src.size)
        if hi > lo:
            llr[lo:hi] = src[lo - start : hi - start]
    else:
        llr = day_off_llr(day0, counts, free_days)
    llr = np.clip(llr, -LLR_CAP, LLR_CAP)
    active = counts.sum(axis=1) > 0
    order = np.argsort(-posterior)
    leading = [int(i) for i in order[:ZONES_SCORED_FOR_HOLIDAYS] if posterior[i] >= 1e-6]
    zone_bonus = np.full(len(zones), _mix(-1e9))
    sub_weights: dict[int, dict[str, float]] = {}
    details: dict[tuple[int, str | None], list] = {}
    cache: dict[tuple[str, str | None], tuple[float, list]] = {}
    for zi in leading:
        entry = zones[zi]
        if not entry.country:
            continue
        subs = entry.subdivisions or {None: 1.0}
        pop = sum(subs.values()) or 1.0
        mixed: dict[str | None, float] = {}
        for sub, sub_pop in subs.items():
            key = (entry.country, sub)
            if key not in cache:
                cache[key] = _calendar_score(entry.country, sub, llr, active, day0, free_days)
            score, days = cache[key]
            mixed[sub] = np.log(sub_pop / pop) + _mix(score)
            details[(zi, sub)] = days
        values = np.array(list(mixed.values()))
        zone_bonus[zi] = float(_logsumexp_list(values))
        if entry.subdivisions:
            sub_weights[zi] = {
                f"{entry.country}-{s}": float(np.exp(v - zone_bonus[zi])) for s, v in mixed.items()
            }
    updated = posterior * np.exp(HOLIDAY_WEIGHT * (zone_bonus - zone_bonus.max()))
    updated /= updated.sum()
    subdivisions: dict[str, float] = {}
    for zi, shares in sub_weights.items():
        for code, share in shares.items():
            subdivisions[code] = subdivisions.get(code, 0.0) + float(updated[zi]) * share
    top = int(np.argmax(updated))
    report = None
    if zones[top].country:
        if top in sub_weights:
            best_code = max(sub_weights[top].items(), key=lambda kv: kv[1])[0]
            key = (top, best_code.split("-", 1)[1])
        else:
            key = (top, None)
        days = details.get(key, [])
        off = [(iso_day(d), name) for d, name, v in sorted(days) if v > 1.0]
        off = _regional_names(off, zones[top].country, subdivisions)
        worked = sum(1 for _, _, v in days if v < -1.0)
        report = (off, worked, _country_factor(posterior, zones, zone_bonus, zones[top].country))
    return updated, subdivisions, report


# The regions whose names for a holiday TIME004 gives: those with at least this share of
# the country's region probability, at most REGION_NAMES of them.
REGION_NAME_SHARE = 0.05
REGION_NAMES = 3


def _regional_names(off: list[tuple[str, str]], country: str,
                    subdivisions: dict[str, float]) -> list[tuple[str, str]]:
    """Each holiday named as the likely regions call it: 2026-03-09 is Canberra Day in
    the ACT, Labour Day in Victoria and Adelaide Cup Day in South Australia, and the
    ACT's name alone (the leading zone's region) told an Adelaide writer they were read
    as living in Canberra. One region at half the country's probability or more names it
    alone; otherwise the names of the leading regions that keep the day, joined."""
    from datetime import date

    mine = sorted(((code, p) for code, p in subdivisions.items() if code.startswith(country + "-")),
                  key=lambda kv: -kv[1])
    total = sum(p for _, p in mine)
    if not off or total <= 0:
        return off
    if mine[0][1] / total >= 0.5:
        leading = [mine[0][0]]
    else:
        leading = [code for code, p in mine if p / total >= REGION_NAME_SHARE][:REGION_NAMES]
    out = []
    for day, name in off:
        when = date.fromisoformat(day)
        names: list[str] = []
        for code in leading:
            named = holiday_dates(country, code.split("-", 1)[1], when.year, when.year).get(when.toordinal())
            if named and named not in names:
                names.append(named)
        out.append((day, " / ".join(names) if names else name))
    return out


def _country_factor(prior: Any, zones: Any, bonus: Any, country: str) -> float | None:
    """log Bayes factor of the calendar step for ``country`` against the other
    countries, each side's zones weighted as the hours had them: what the
    holidays alone say. None when no other country was in contention."""
    import numpy as np

    mine = np.array([entry.country == country for entry in zones])
    live = prior > 0

    def side(mask: Any) -> float | None:
        sel = mask & live
        if not sel.any():
            return None
        w = prior[sel] / prior[sel].sum()
        return _logsumexp_list(np.log(w) + bonus[sel])

    own, other = side(mine), side(~mine)
    if own is None or other is None:
        return None
    return round(own - other, 3)


def _logsumexp_list(values: Any) -> float:
    import numpy as np

    top = float(np.max(values))
    return top + float(np.log(np.sum(np.exp(values - top))))

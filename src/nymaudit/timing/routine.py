"""Daily routine in local time: office-hours share, lunch burst, sleep window,
absences; and whether one daily rhythm explains the hours at all (fit.py)."""

from __future__ import annotations

from typing import Any

from nymaudit.timing.model import CHRONOTYPES
from nymaudit.timing.zones import BIN_SECONDS, DAY, WEEKDAY_NAMES

WORK_START, WORK_END = 9, 17
MIN_ABSENCE_DAYS = 5
MAX_ABSENCES = 50
# A break is "too long to be chance" when the family-wise p-value (the chance that a run of
# quiet days at least as unlikely appears anywhere in the history, at the writer's own rates
# by weekday and season and own day-to-day persistence) is below BREAK_CLAIM_P; "high"
# below BREAK_HIGH_P. The old cut-off (fewer than half such a run expected) claimed a break
# in 4 of 20 histories with none (ninth session; docs/timing.md, bench_absences.py).
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
# Ceiling on the chain's day-to-day persistence (rho, ``_persistence``): at 1 a quiet day
# would always be followed by another and no break could be told from chance.
MAX_PERSISTENCE = 0.95
# rho is read from the quiet days that end a quiet stretch of at least this many days: the
# hazard of a long quiet run ending (a burst writer's quiet weeks end more slowly than the
# odd quiet day). Tuned on seeds 0-399 of bench_absences.py (1, 2, 3, 4, 5 days; each run's
# own days left out or not; docs/timing.md).
PERSISTENCE_AFTER = 3


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
    check_shifted_sleep(result, local)


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
        result.confidence_capped = True


# A day fitted with mid-sleep on free days at or beyond these hours (chronotype surveys: mean
# 4.3, SD 1.2, model.py; the bank runs 1.5-7.5) ...
SHIFTED_EARLY, SHIFTED_LATE = 2.0, 7.0
# ... and no work week (the probability the week has a work/free shape under this) is how a
# permanent night worker's day reads: one rhythm, slept by day, which the model can fit only
# as an extreme sleeper's ordinary day in the wrong zone (red11's New York night profile:
# UTC-08:00 at 0.80-0.95 with mid-sleep 7.5, 4 of 4 seeds; tim13's New York night worker,
# asleep 10:00-17:00: UTC+08:00 with mid-sleep 1.5-2.0, 10 of 12 seeds). But early sleepers
# and retirees without a work week are there too: a London early riser (300 tweets at 06-21
# UTC, asleep 22:00-06:00) lost a right reading at 99.7 % to low, at 2.0 and at 1.5 alike
# (review rev13b item 3). So the cap fires at the late edge (the bank's last bucket, 7.5) or
# where a day sleeper (model.day_profiles: asleep by day, up at night) at some offset fits
# the hours better than any ordinary day does, by DAY_SLEEPER_MARGIN (tempered log-likelihood,
# as the zone model weighs posts). Measured (docs/timing.md, the tfx13b section): tim13's New
# York night workers +4.9 to +12.5, their day-sleeper offset 0-2 h from the truth; the London
# early riser -6.5 to -7.8; rev13b's retirees +0.6 to +1.2; red11's night profile -4.7 to -8.7
# (caught at 7.5 instead). On 648 simulated posters (seeds 11 and 31): docs/timing.md.
SHIFTED_WORK_WEEK = 0.5
DAY_SLEEPER_MARGIN = 2.0
# Day sleep is short: a night worker sleeps 5.5-8 h by day (model.DAY_SLEEPER_SLEEP; field
# studies of permanent night workers give about 6 h), an older adult at night 8-9 h in bed. The
# lead above measures a flat day more than a day slept (a retiree posting evenly from 07:00 to
# 22:00 fits a day sleeper "at leisure" better than any ordinary day with its evening rise:
# rev13b's retirees led by 1.6-3.2, tim14's 1.2-5.0, 10 of 26 capped). So at the early edge a
# day whose posts stop for at least the longest day sleep the model allows, every day
# (``quiet_stretch``), is a night's sleep: not capped (the late edge, 7.0 and 7.5, is not
# concerned: red11's night worker is quiet 10-11 h by day). tim14's night workers at the early
# edge were quiet 7.0-7.25 h (docs/timing.md, fourteenth session).
LONGEST_DAY_SLEEP = 8.0
# ... and only while the day sleeper leads by less than a night worker does: a night worker who
# sleeps 8 h or more by day (09:00-17:00, 08:00-17:00) is quiet that long too, but a day slept
# leads by 6.1-8.8 (rev14c night_long.py, Chicago and New York), a flat day awake by 1.2-5.0
# (retirees, tim14's probe.py and noisy.py; the highest where quiet >= 8 h: 4.99). Measured:
# docs/timing.md, fourteenth session (review rev14c item 2).
NIGHT_WORKER_LEAD = 5.5
# The share of the posts a quiet stretch may hold: a stray post at 03:00 now and then does not
# end the night.
QUIET_SHARE = 0.01
# ... but a night worker asleep 08:00-17:00 (quiet 9 h) can lead by as little as a retiree (rev14c
# night_long.py, Chicago seed 502: 4.06, read at UTC+08:00, medium; fourteenth note). What tells
# them apart there is the evening: an ordinary day's evening holds as many posts as its morning
# or more (retirees flat all day 0.90-1.12, with busy mornings and an evening 0.68-0.85, with 2 %
# noise alike), while a night worker's day read 14 h away begins with the busy start of the shift
# and fades through its small hours (0.51-0.55 for every such worker, capped or not;
# /tmp/work/s15/tim15/i1/probe2.py, docs/timing.md, fifteenth session). So where the quiet
# stretch would lift the cap, an evening (last third of the waking day) under FALLING_EVENING of
# the morning (first third) keeps it. The margin is thin (0.55 against 0.68) and rests on
# simulated days.
FALLING_EVENING = 0.6


def check_shifted_sleep(result: Any, local: Any = None) -> None:
    """A day at the edge of the chronotypes with nothing clock-tied (no work week), at the
    bank's late edge or fitted better by a day sleeper elsewhere, caps the offset at low, as the
    rhythm check does, unless the records' own offsets decide it: the hours alone cannot tell
    an extreme sleeper here from a night worker in another zone. ``local``: the posts' local
    times at the headline (None: the edge alone decides, for a result built by hand)."""
    chrono, week = result.chronotype, result.works_week
    if chrono is None or result.standard_offset is None or (week or 0.0) >= SHIFTED_WORK_WEEK:
        return
    if SHIFTED_EARLY < chrono < SHIFTED_LATE:
        return
    if chrono < CHRONOTYPES[-1] and local is not None:
        lead = day_sleeper_lead(local)
        result.day_sleeper_lead = lead
        if lead is None or lead <= DAY_SLEEPER_MARGIN:
            return
        if chrono <= SHIFTED_EARLY:
            quiet = quiet_stretch(local)
            result.quiet_hours = quiet
            if quiet is not None and quiet >= LONGEST_DAY_SLEEP and lead < NIGHT_WORKER_LEAD:
                evening = evening_share(local)
                result.evening_share = evening
                if evening is None or evening >= FALLING_EVENING:
                    return
    result.sleep_shifted = "late" if chrono >= SHIFTED_LATE else "early"
    if local is not None:
        result.day_sleeper_offset = day_sleeper_offset(local, result.standard_offset)
    stated = sum(n for minutes, n in (result.stated_offsets or {}).items() if minutes != 0)
    if stated < STATED_DECIDES * max(result.posts, 1):
        result.offset_confidence = "low"
        result.confidence_capped = True


def _rolled_day(local: Any) -> tuple[Any, Any]:
    """The posts' local day (log2-damped per day and quarter-hour, as the zone model counts them)
    rolled by every half hour (row k: k half hours later), and the day itself."""
    import numpy as np

    from nymaudit.timing.model import BINS_PER_DAY

    cell = (local // DAY - local.min() // DAY) * BINS_PER_DAY + (local % DAY) // BIN_SECONDS
    counts = np.bincount(cell.astype(np.int64))
    used = np.flatnonzero(counts)
    day = np.bincount(used % BINS_PER_DAY, weights=np.log2(1.0 + counts[used]), minlength=BINS_PER_DAY)
    step = BINS_PER_DAY // 48  # half an hour
    return np.array([np.roll(day, k * step) for k in range(48)]), day


def day_sleeper_lead(local: Any) -> float | None:
    """How much better (tempered log-likelihood) the best day sleeper fits the posts' hours than
    the best ordinary day without a work week, each at its own offset (every half hour): the
    posts' local day is rolled, not re-read, so a clock change in between moves nothing."""
    from nymaudit.timing.core import EFFECTIVE_POSTS, TEMPLATE_WEIGHT
    from nymaudit.timing.model import day_profiles

    if local.size == 0:
        return None
    shifted, day = _rolled_day(local)
    ordinary, by_day = day_profiles()
    damp = min(1.0, EFFECTIVE_POSTS / max(float(day.sum()), 1.0))
    best = [float((shifted @ profiles.T).max()) for profiles in (ordinary, by_day)]
    return round(TEMPLATE_WEIGHT * damp * (best[1] - best[0]), 2)


def day_sleeper_offset(local: Any, headline: float | None) -> float | None:
    """The UTC offset (standard time, as ``headline``) at which a day sleeper (model.day_profiles:
    asleep by day, up at night) fits the posts' hours best: where a night worker read at the
    headline would live. On tim14's 24 simulated night workers (4 rhythms, 6 zones) it was 0-3 h
    from home, within an hour for 16 and within two for 21 (docs/timing.md, fourteenth session);
    the headline was 3-12 h away. None without posts or a headline."""
    import numpy as np

    from nymaudit.timing.model import day_profiles

    if local.size == 0 or headline is None:
        return None
    shifted, _ = _rolled_day(local)
    _, by_day = day_profiles()
    roll = int(np.argmax((shifted @ by_day.T).max(axis=1))) / 2.0
    # The posts' clock read `roll` hours later, from -12 to +11:30 (+12 and beyond read as 24 h less).
    return (headline + roll + 12.0) % 24.0 - 12.0


def _quiet_bins(local: Any) -> tuple[Any, int, int]:
    """The posts per quarter-hour of the local day, and the longest stretch holding at most
    QUIET_SHARE of them: its length and first quarter-hour (around midnight too)."""
    import numpy as np

    from nymaudit.timing.model import BINS_PER_DAY

    counts = np.bincount(((local % DAY) // BIN_SECONDS).astype(np.int64), minlength=BINS_PER_DAY)
    counts = counts[:BINS_PER_DAY]
    allowed = QUIET_SHARE * float(counts.sum())
    twice = np.concatenate((counts, counts)).astype(float)
    best = best_start = start = 0
    held = 0.0
    for end in range(twice.size):  # two pointers over the day taken twice (a night spans midnight)
        held += twice[end]
        while held > allowed and start <= end:
            held -= twice[start]
            start += 1
        if min(end - start + 1, BINS_PER_DAY) > best:
            best, best_start = min(end - start + 1, BINS_PER_DAY), start % BINS_PER_DAY
    return counts, best, best_start


def quiet_stretch(local: Any) -> float | None:
    """Hours of the longest stretch of the local day (quarter-hours, around midnight too) that
    holds at most QUIET_SHARE of the posts: the night a writer sleeps, or a night worker's day.
    None without posts."""
    from nymaudit.timing.model import BINS_PER_DAY

    if local.size == 0:
        return None
    _, best, _ = _quiet_bins(local)
    return best * 24.0 / BINS_PER_DAY


def evening_share(local: Any) -> float | None:
    """The posts of the last third of the waking day (what the quiet stretch leaves) over those of
    its first third: about 1 for an ordinary day, half for a night worker's read hours away
    (FALLING_EVENING). None without posts or a waking day of under three hours."""
    from nymaudit.timing.model import BINS_PER_DAY

    if local.size == 0:
        return None
    counts, quiet, start = _quiet_bins(local)
    waking = BINS_PER_DAY - quiet
    third = waking // 3
    if third < 4:
        return None
    woke = start + quiet
    first = sum(float(counts[(woke + i) % BINS_PER_DAY]) for i in range(third))
    last = sum(float(counts[(woke + waking - third + i) % BINS_PER_DAY]) for i in range(third))
    return round(last / first, 2) if first > 0 else None


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
    as unlikely is somewhere in the whole history if posting days followed a two-state
    Markov chain: the writer's own rate for that weekday and season as the share of quiet
    days (``_log_quiet``), and the writer's own day-to-day persistence (``_persistence``:
    a writer who posts in bursts has long quiet runs by chance)."""
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
    rho = _persistence(on, log_quiet, starts, lengths)
    # Ranked under each run's own chain: the p-value grows with the run's log-probability,
    # so the MAX_ABSENCES least likely runs are kept (and tested) without testing the
    # others (a 26-year history has hundreds).
    level = np.array([_run_level(log_quiet, r, s, k) for r, s, k in zip(rho, starts, lengths, strict=True)])
    keep = np.sort(np.argsort(level, kind="stable")[:MAX_ABSENCES])
    starts, lengths, rho = starts[keep], lengths[keep], rho[keep]
    p_values = np.empty(starts.size)
    for value in np.unique(rho):  # one chain per distinct rho (leave-one-out: one per run)
        mask = rho == value
        log_first, log_stay = _chain(log_quiet, float(value))
        p_values[mask] = _family_p(log_quiet, log_first, log_stay, starts[mask], lengths[mask])
    out: list[tuple[str, str, int]] = []
    p_by_start: dict[str, float] = {}
    for start_index, length, p in zip(starts.tolist(), lengths.tolist(), p_values.tolist(), strict=True):
        start = first + start_index
        out.append((iso_day(start), iso_day(start + length - 1), length))
        p_by_start[iso_day(start)] = p
    return out, p_by_start


def _run_level(log_quiet: Any, rho: float, start: int, length: int) -> float:
    """log P(this run of quiet days | a post the day before) under the chain with ``rho``."""
    import numpy as np

    q = np.exp(log_quiet[start + 1:start + length])
    return float(log_quiet[start] + np.log1p(-rho) + np.log(q + rho * (1.0 - q)).sum())


def _persistence(on: Any, log_quiet: Any, starts: Any, lengths: Any) -> Any:
    """rho of the two-state chain for each run (ninth session, review 9b item 1): P(quiet
    tomorrow | quiet today) = q + rho (1 - q), q tomorrow's quiet share by weekday and
    season. A moment estimate from the quiet days that end a quiet stretch of at least
    PERSISTENCE_AFTER days (how many are followed by a quiet day, against how many the
    independent rates expect), the tested run's own days left out; a writer who alternates
    more than chance gets 0, one whose days are independent about 0 (the old test)."""
    import numpy as np

    quiet = ~on
    run = np.zeros(on.size, dtype=np.int64)  # length of the quiet stretch ending on each day
    edges = np.flatnonzero(np.diff(np.concatenate(([0], quiet.view(np.int8), [0]))))
    for lo, hi in zip(edges[0::2], edges[1::2], strict=True):
        run[lo:hi] = np.arange(1, hi - lo + 1)
    today = run[:-1] >= PERSISTENCE_AFTER
    q_next = np.exp(log_quiet[1:])
    obs = np.where(today, quiet[1:], 0).astype(float)
    exp_ = np.where(today, q_next, 0.0)
    room = np.where(today, 1.0 - q_next, 0.0)
    cum = [np.concatenate(([0.0], np.cumsum(x))) for x in (obs, exp_, room)]
    totals = np.array([c[-1] for c in cum])
    out = np.empty(starts.size)
    for i, (s, k) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
        # The run's own days are left out (day s .. its last, into the post after): a trip's
        # three weeks would otherwise make the steady writer look bursty and hide itself.
        lo, hi = s, min(s + k, on.size - 1)
        o, e, r = (t - (c[hi] - c[lo]) for t, c in zip(totals, cum, strict=True))
        out[i] = 0.0 if r <= 0.0 else min(max((o - e) / r, 0.0), MAX_PERSISTENCE)
    return out


def _chain(log_quiet: Any, rho: float) -> tuple[Any, Any]:
    """Per day, log P(quiet | a post the day before) and log P(quiet | quiet the day before)
    under the chain whose quiet share is exp(log_quiet): q (1 - rho) and q + rho (1 - q)
    (the same as q, the independent days, when rho is 0)."""
    import numpy as np

    if rho <= 0.0:
        return log_quiet, log_quiet
    q = np.exp(log_quiet)
    return log_quiet + np.log1p(-rho), np.log(q + rho * (1.0 - q))


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


def _family_p(log_quiet: Any, log_first: Any, log_stay: Any, starts: Any, lengths: Any) -> Any:
    """For each run (start index, length): 1 - exp(-expected number of runs at least as
    unlikely in the history), the expectation summed over every day a run could start
    (after a day with a post) until it is as unlikely (Poisson clumping). A run's
    probability is its first quiet day's after a post, then each next day's after a quiet
    one (``_chain``)."""
    import numpy as np

    n = log_quiet.size
    cum = np.concatenate(([0.0], np.cumsum(log_stay)))  # non-increasing
    neg = -cum
    begin = np.arange(1, n - 1)  # a run starts after an active day and ends before the last
    after_post = -np.expm1(log_quiet[begin - 1])
    entry = log_first[begin] - cum[begin + 1]  # log P(run from begin to e) = entry + cum[e]
    out = np.empty(starts.size)
    for chunk in range(0, starts.size, 64):
        s, k = starts[chunk:chunk + 64], lengths[chunk:chunk + 64]
        level = log_first[s] + cum[s + k] - cum[s + 1]  # the run's log-probability
        target = level[:, None] - entry[None, :] + 1e-9
        end = np.maximum(np.searchsorted(neg, -target), begin + 1)  # first e with cum <= target
        ok = end <= n - 1
        prob = np.exp(np.where(ok, entry[None, :] + cum[np.minimum(end, n)], -np.inf))
        expected = (after_post[None, :] * prob).sum(axis=1)
        out[chunk:chunk + 64] = -np.expm1(-expected)
    return out

"""The posting-time analysis: UTC timestamps in, a time zone, daylight-saving
behaviour, country calendar and daily routine out, each with its probability.

Method (docs/timing.md has the long form):

1. Drop timestamps before 2000, in the future, or repeated like an import.
2. Count posts per UTC day and quarter-hour; log-damp the counts so a burst of
   thirty replies weighs like a few posts.
3. For every candidate zone, shift each day by the zone's offset on that day
   (from the tz database) and fold the history into one local week.
4. Score that week against a bank of activity templates (model.py), averaging
   over chronotype, alarm time, behaviour at work and weekend shape.
5. Test daylight saving directly: if the zone switches offset during the
   history, does the activity in UTC move by that amount at its switch dates?
   A smooth seasonal drift is allowed, later in the zone's own summer only,
   and every zone (with or without DST) is scored the same way.
6. Add a population prior and, for the leading zones, how well each country's
   (and region's) public holidays explain the days that look like days off.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from nymaudit.timing.clean import EPOCH_2000, FUTURE_GRACE, clean, find_schedule, midnight_placeholders
from nymaudit.timing.zones import (
    BIN_SECONDS,
    BINS_PER_DAY,
    DAY,
    WEEKDAY_NAMES,
    WEEKENDS,
    day_offsets,
    hemisphere,
    seasonal_changes,
    standard_offset_hours,
    steady_year,
    zone_table,
)

MIN_POSTS = 50  # below this, say so instead of guessing
WEEK_BINS = 7 * BINS_PER_DAY
EPOCH_WEEKDAY = 3  # 1970-01-01 was a Thursday (Monday = 0)

# Tuned on simulated posters (tests/benchmarks/bench_timing.py); see docs/timing.md.
EFFECTIVE_POSTS = 400.0
WINDOW_DAYS = 3 * 365
TEMPLATE_WEIGHT = 0.45  # tempering of the template likelihood (posts are not independent)
DST_MIN_POSTS = 20.0  # weighted posts needed in each offset period
CALIBRATION_POWER = 0.75  # power on the final offset, country and zone distributions
DST_DECIDE = 0.6  # posterior mass needed to say yes or no
DST_WEIGHT = 1.5  # weight of the seasonal (clock-change) test; 2.0 before its hemisphere drift
DRIFT_SEGMENT_DAYS = 14  # the drift test's segments (also cut at every transition)
DRIFT_AMPLITUDES = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0)  # quarter-hours: +-30 min
SEASONAL_HEMISPHERE = True  # drift only later in the zone's own summer (False: either sign)
DRIFT_LEVELS = (-2, -1, 0, 1, 2)  # quarter-hours: error of the fitted curve's position
MIDSUMMER_DAY = 11129  # 2000-06-21 in days since 1970-01-01
PRIOR_POWER = 0.75  # population prior, flattened so small zones stay reachable
NO_WORK_WEEK_PRIOR = 0.2  # people whose week has no work/free structure
OWN_WEEKEND_PRIOR = 0.8  # a worker keeps the weekend of their country
HOLIDAY_WEIGHT = 0.5
WEEKEND_WEIGHT = 1.0
DAY_EVIDENCE = "template"  # or "empirical": how a day is judged a day off
STATED_WEIGHT = 1.0
# Chance that records stating +00:00 throughout come from a clock set to UTC
# rather than from a zone at UTC: the most a non-UTC zone loses to them.
UTC_CLOCK_PRIOR = 0.15
# The same for one offset stored all year by records whose offset is a setting (a WordPress
# site set to "UTC+1", a front-matter date copied by hand): one setting explains them all, so
# a zone at that offset in standard time that changes its clocks loses at most this, and
# the hours decide the daylight saving (review rev8b item 3: a Paris writer whose hours show
# the EU change was put in Kinshasa at high confidence).
FIXED_SETTING_PRIOR = 0.15
STATED_MISMATCH = 0.02  # chance a record states another offset than its writer's zone
ZONES_SCORED_FOR_HOLIDAYS = 60
# Log-odds (the dates' fit and the population prior) by which a daylight-saving rule no zone
# at the headline's offset keeps beats the named one before the two readings are said to
# disagree (``_rival_rule``; red11 item 3, measured on tuning seed 11 in docs/timing.md).
RIVAL_MARGIN = 1.5
TOP = 5
_HEMISPHERE_INDEX = {"N": 0, "S": 1, None: 2}


@dataclass
class TimingResult:
    posts: int = 0  # timestamps used for the hour model
    timestamped: int = 0  # timestamps given, before exclusions
    date_only: int = 0  # records with a date but no usable time of day
    span_days: int | None = None
    enough: bool = False
    pre_2000: int = 0
    future: int = 0
    bulk: int = 0
    bulk_instants: list[tuple[str, int]] = field(default_factory=list)
    burst: int = 0  # of ``bulk``: posts in bursts faster than a person writes
    bursts: list[tuple[str, str, int]] = field(default_factory=list)  # (first, last, count)
    midnight: int = 0  # records at exactly 00:00:00 read as dates (placeholders)
    midnight_frame: str | None = None  # "UTC", "local" or "UTC and local"
    # Posts at a scheduler's fixed times of day (clean.find_schedule): dates, not hours.
    scheduled: int = 0
    schedule_slots: list[tuple[str, int]] = field(default_factory=list)  # ("HH:MM:SS" UTC, posts)
    # Posts at a scheduler's slots that move with the clock changes (set to the writer's own time):
    # kept for the hours, since they show the zone.
    scheduled_local: int = 0
    older_left_out: int = 0  # posts before the analysis window (the last WINDOW_DAYS)
    standard_offset: float | None = None
    offset_source: str | None = None  # "hours" (inferred) or "stated" (offsets in the records)
    offset_confidence: str | None = None
    offset_probability: float | None = None
    offset_candidates: list[tuple[float, float]] = field(default_factory=list)
    observes_dst: bool | None = None
    dst_probability: float | None = None
    dst_rule: str | None = None
    zone_candidates: list[tuple[str, float]] = field(default_factory=list)
    # The likeliest zones whose standard offset is ``standard_offset`` (the headline): when
    # many zones share one offset, the single likeliest zone may sit at another
    # (UTC+01:00 at 75 % over Paris, Berlin, Madrid..., Europe/London alone at 11 %).
    zones_at_offset: list[tuple[str, float]] = field(default_factory=list)
    # Each listed zone's standard offset over the history's own dates (not today's): a
    # zone that changed its standard offset is grouped by the offset it had then.
    zone_offsets: dict[str, float] = field(default_factory=dict)
    # Each listed zone's offset as its clock showed it for most posts (``_posted``).
    zone_shown: dict[str, float] = field(default_factory=dict)
    country_candidates: list[tuple[str, float]] = field(default_factory=list)
    subdivision_candidates: list[tuple[str, float]] = field(default_factory=list)
    weekend: list[str] | None = None
    weekend_probability: float | None = None
    weekend_scores: dict[str, float] = field(default_factory=dict)
    works_week: float | None = None  # probability the week has a work/free structure
    chronotype: float | None = None
    alarm: float | None = None
    working_hours_share: float | None = None
    lunch_burst: bool | None = None
    sleep_window: tuple[int, int] | None = None
    absences: list[tuple[str, str, int]] = field(default_factory=list)
    # Each break's family-wise p-value by its first day (routine._absences); TIME006 claims
    # those under routine.BREAK_CLAIM_P. Not part of the contract (absences stay {start, end, days}).
    absence_p: dict[str, float] = field(default_factory=dict)
    # (file, last day read) where an input error stopped the reading and breaks after it
    # were left out (detectors/timing.py drop_unread_breaks); not part of the contract.
    unread_breaks: list[tuple[str, str]] = field(default_factory=list)
    # Daylight-saving rules at the headline offset whose clock changes fell between records
    # storing their offset (``_stated_tested``): with "not observed", the records rule them out.
    dst_rules_read: list[str] = field(default_factory=list)
    # The clock-change test's best score per rule over all offsets (``_rule_fit``).
    rule_fit: dict[str, float] = field(default_factory=dict)
    # (rule, margin): the best-fitting rule of another offset by the dates alone (``_rival_rule``).
    dst_rival: tuple[str, float] | None = None
    dst_rival_conflict: bool = False  # that rule beat the named one: the offset capped at low
    offset_read: bool = False  # the offset confirmed by the records' own (_stated_confirms)
    # The one offset (minutes) that records whose offset is a setting (WordPress's "UTC+1", a
    # date copied by hand into front matter) store all year, when the posting hours show a
    # clock change the setting does not: the hours were read for daylight saving (``analyse``).
    setting_conflict: int | None = None
    # (lowest, highest) non-zero offset in minutes when the records' stored offsets disagree
    # more than one clock does (``stated_disagreement``): the offset they point to is low
    # confidence, and TIME007 and TIME002 say why. Not part of the contract.
    stated_disagree: tuple[int, int] | None = None
    # The seasonal test favoured a clock change, but the hours on either side of it line up
    # better at a shift far from the clock's hour (``_change_shown``): "cannot tell". Not part
    # of the contract.
    change_not_shown: bool = False
    # The offset the clock showed for most posts and its probability (``_posted``): with
    # daylight saving unknown, the contract's extra ``posted_offset`` (DESIGN.md's standard
    # offset is then one of two readings of it).
    posted_offset: float | None = None
    posted_probability: float | None = None
    # offset_confidence was capped at low whatever the probability (no single daily rhythm,
    # routine.py; stored offsets that disagree, ``_disagreeing``): the posted reading is too.
    confidence_capped: bool = False
    # Photos whose stored offsets fit one clock on three or more days (TIME009, high) disagree
    # with the hours: the reading is at most medium (walkthrough walk12b 3, 2026-11-30: a London
    # night-shift nurse read as the Azores at high beside three London photos). Not contract.
    photos_disagree: bool = False
    # "late" or "early": the day fitted at the headline sits at an edge of the template bank's
    # chronotypes with no work week tying it to a clock, as a night worker's day slept by day
    # reads (at the late edge, or fitted better by a day sleeper elsewhere: rev13b item 3;
    # routine.check_shifted_sleep, thirteenth session): the offset is capped at low.
    # Not contract.
    sleep_shifted: str | None = None
    # How much better a day sleeper (asleep by day) at some offset fits the hours than any
    # ordinary day (routine.day_sleeper_lead; computed for an early-edge day only). Not contract.
    day_sleeper_lead: float | None = None
    # Hours of the longest stretch of the day without posts (routine.quiet_stretch; computed when
    # the lead is over its margin): a night's sleep at LONGEST_DAY_SLEEP or more. Not contract.
    quiet_hours: float | None = None
    # The evening's posts over the morning's (routine.evening_share; computed where the quiet stretch
    # would lift the cap): under routine.FALLING_EVENING the day fades as a night shift does and the
    # cap stays (fifteenth session). Not contract.
    evening_share: float | None = None
    # Where a day sleeper fits the hours best (routine.day_sleeper_offset), set with sleep_shifted:
    # the offset a night worker read at the headline would be at. Said by TIME002. Not contract.
    day_sleeper_offset: float | None = None
    # Every zone's probability from the hours (``zone_candidates`` keeps the first TOP), for ranking
    # the zones another clue fits by the same reading: the photos' (TIME002's note on TIME009 named
    # Africa/Lagos before Europe/London to a UK nurse, walkthrough 14 item 9). Not contract.
    zone_posterior: dict[str, float] = field(default_factory=dict)
    holidays_off: list[tuple[str, str]] = field(default_factory=list)  # (date, name)
    holidays_worked: int = 0
    # The calendar step's log Bayes factor for the leading country against the
    # other countries that fitted the hours (before it): holiday evidence alone.
    holiday_llr: float | None = None
    hour_weekday_local: list[list[int]] = field(default_factory=lambda: _zeros())
    hour_weekday_utc: list[list[int]] = field(default_factory=lambda: _zeros())
    local_known: bool = False
    stated_offsets: dict[int, int] = field(default_factory=dict)  # minutes -> posts

    def to_contract(self) -> dict[str, Any]:
        """The ``timing`` object of the JSON contract (DESIGN.md), key for key."""
        sleep = None
        if self.sleep_window is not None:
            sleep = {"start_hour": self.sleep_window[0], "end_hour": self.sleep_window[1]}
        return {
            "posts": self.posts,
            "span_days": self.span_days,
            "standard_utc_offset_hours": self.standard_offset,
            "offset_confidence": self.offset_confidence,
            "offset_candidates": [
                {"standard_utc_offset_hours": o, "probability": p}
                for o, p in self.offset_candidates
            ],
            "observes_dst": self.observes_dst,
            "dst_rule": self.dst_rule,
            "zone_candidates": [{"zone": z, "probability": p} for z, p in self.zone_candidates],
            "country_candidates": [
                {"country": c, "probability": p} for c, p in self.country_candidates
            ],
            "weekend": list(self.weekend) if self.weekend else None,
            "working_hours_share": self.working_hours_share,
            "sleep_window_local": sleep,
            "absences": [{"start": s, "end": e, "days": d} for s, e, d in self.absences],
            "hour_weekday_local": [list(row) for row in self.hour_weekday_local],
        } | self._posted_contract()

    def _posted_contract(self) -> dict[str, Any]:
        """``posted_offset`` (an extra key of the timing object) when daylight saving is unknown
        and the hours gave the offset: the offset the posts show, of which
        ``standard_utc_offset_hours`` is then one reading (tenth session)."""
        if (self.observes_dst is not None or self.standard_offset is None or self.posted_offset is None
                or self.offset_source != "hours"):
            return {}
        item: dict[str, Any] = {"utc_offset_hours": self.posted_offset,
                                "probability": self.posted_probability,
                                "confidence": self.posted_confidence()}
        summer = self.summer_zone()
        if summer is not None:
            item["summer_zone"] = summer
        return {"posted_offset": item}

    def summer_zone(self) -> bool | None:
        """Whether a listed zone an hour behind the offset as posted showed it as summer time
        (its clock read it for most posts, its standard offset an hour less); None when the
        zones' clocks are unknown. False: the reading "summer time over the offset an hour
        behind" is the hours' one-hour doubt, not a clock change, and the terminal's daylight
        saving line must not offer it beside zones that keep none (Caracas, UTC-04:00 all year,
        listed for a UTC-03:00 writer; twelfth session, the note of the eleventh)."""
        if not self.zone_shown or self.posted_offset is None:
            return None
        shown = self.posted_offset
        return any(self.zone_shown.get(z) == shown and (self.zone_offsets or {}).get(z) == shown - 1
                   for z, _ in self.zone_candidates)

    def posted_confidence(self) -> str | None:
        """The confidence of the offset as posted, from its own probability: the report shows
        that reading with daylight saving unknown, and ``offset_confidence`` belongs to the
        standard offset (a Chicago history read "UTC-05:00 as posted (probability 62%,
        confidence low)", low from the standard offset's 56 %; eleventh session). A cap on
        the section (no single daily rhythm, stored offsets that disagree) caps it too."""
        if self.posted_probability is None or self.offset_confidence is None:
            return None
        if self.confidence_capped:
            return "low"
        label = _confidence_label(self.posted_probability, 10**9 if self.offset_read else self.posts)
        return "medium" if self.photos_disagree and label == "high" else label


def _zeros() -> list[list[int]]:
    return [[0] * 24 for _ in range(7)]


def _logsumexp(values: Any, axis: int | None = None) -> Any:
    import numpy as np

    top = np.max(values, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    out = np.log(np.sum(np.exp(values - top), axis=axis, keepdims=True)) + top
    return np.squeeze(out, axis=axis) if axis is not None else out.item()


def _hour_weekday(local_seconds: Any) -> list[list[int]]:
    import numpy as np

    days = local_seconds // DAY
    weekday = (days + EPOCH_WEEKDAY) % 7
    hour = (local_seconds % DAY) // 3600
    grid = np.bincount(weekday * 24 + hour, minlength=168)[:168].reshape(7, 24)
    return grid.astype(int).tolist()


HIGH_CONFIDENCE_POSTS = 150  # posts the hours need for a "high" offset
# ... and for "medium": from the first 100 or 150 posts of simulated writers, offsets stated at
# 0.6-0.9 (mean 0.69-0.70) were exact 56-57 % of the time (red11 item 6; docs/timing.md).
MEDIUM_CONFIDENCE_POSTS = 150


def _confidence_label(probability: float, posts: int) -> str:
    if probability >= 0.9 and posts >= HIGH_CONFIDENCE_POSTS:
        return "high"
    if probability >= 0.6 and posts >= MEDIUM_CONFIDENCE_POSTS:
        return "medium"
    return "low"


def analyse(
    times: Any,
    *,
    stated_offsets: Any = None,
    hour_usable: Any = None,
    now: float | None = None,
    use_stated: bool = True,
    calendar: bool = True,
    stated_setting: bool = False,
    _fixed_setting: bool = False,
) -> TimingResult:
    """Analyse UTC epoch seconds (one per post or activity).

    ``stated_offsets``: minutes east of UTC per timestamp, NaN where the record
    stated none. ``hour_usable``: False for records whose time of day is not
    real (a date without a time, a time without a zone); they still count for
    absences. ``use_stated=False`` infers from UTC times alone (benchmarks).
    ``stated_setting``: the stated offsets are a setting or written by hand (WordPress
    records, front matter), not a clock's: one offset all year may be a fixed setting, so
    when the hours show a clock change it does not, the hours decide (``setting_conflict``).
    """
    import numpy as np

    now = time.time() if now is None else now
    t = np.asarray(times, dtype=np.float64)
    finite = np.isfinite(t)
    # Absurd values stay absurd (before 2000 / in the future) but fit in int64.
    t = np.clip(np.where(finite, t, 0), -1e12, 1e12).astype(np.int64)
    n_all = int(finite.sum())
    usable = np.ones(t.shape, dtype=bool) if hour_usable is None else np.asarray(hour_usable, bool)
    stated = (
        np.full(t.shape, np.nan) if stated_offsets is None
        else np.asarray(stated_offsets, dtype=np.float64)
    )
    # Dates a converter wrote as midnight carry no time of day: read them as dates.
    in_range = finite & (t >= EPOCH_2000) & (t <= int(now) + FUTURE_GRACE)
    midnight, frame = midnight_placeholders(t, stated, in_range & usable)
    usable = usable & ~midnight
    cleaning = clean(t, now, usable & finite)
    keep = cleaning.keep & finite
    # A scheduler's fixed times of day are the tool's: counted for the days, not the hours.
    # After the bulk and burst tests, which set a script's runs aside whole.
    # Records that state their offset are read for it (TIME007): a front matter's time typed by
    # hand ("09:10:00" on every post) is no scheduler's.
    scheduled, slots, local = find_schedule(t, keep & usable & ~np.isfinite(stated))
    # A scheduler set to the writer's own time moves with the clocks: its times show the zone and
    # its daylight-saving rule, so they stay in the analysis (rev11d D1).
    local_posts = int(scheduled.sum()) if local else 0
    if local:
        scheduled = np.zeros(t.shape, dtype=bool)
    usable = usable & ~scheduled
    result = TimingResult(
        timestamped=n_all,
        pre_2000=cleaning.pre_2000,
        future=cleaning.future,
        bulk=cleaning.bulk,
        bulk_instants=[
            (datetime.fromtimestamp(i, tz=UTC).isoformat() if unit == 1
             else f"{_iso_minute(i)} UTC (other seconds of that minute)", c)
            for i, c, unit in cleaning.bulk_instants
        ],
        burst=cleaning.burst,
        bursts=[
            (_iso_minute(a), _iso_minute(b), c) for a, b, c in cleaning.bursts
        ],
        midnight=int(midnight.sum()),
        midnight_frame=frame,
        scheduled=int(scheduled.sum()),
        scheduled_local=local_posts,
        schedule_slots=[(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}", n) for s, n in slots[:10]],
    )
    hour_mask = keep & usable
    result.date_only = int((keep & ~usable).sum())
    if hour_mask.any():
        # People move and change jobs: a long history is read over its most
        # recent years, which is also what an investigator cares about now.
        latest = int(t[hour_mask].max())
        older = hour_mask & (t < latest - WINDOW_DAYS * DAY)
        result.older_left_out = int(older.sum())
        hour_mask = hour_mask & ~older
        keep = keep & ~(t < latest - WINDOW_DAYS * DAY)
    th = t[hour_mask]
    result.posts = int(th.size)
    kept_stated = stated[keep]
    has_stated = np.isfinite(kept_stated)
    if has_stated.any():
        result.stated_offsets = {
            int(k): int(v) for k, v in Counter(kept_stated[has_stated].astype(int)).items()
        }
    all_days_kept = t[keep]
    if all_days_kept.size:
        span = int((all_days_kept.max() - all_days_kept.min()) // DAY) + 1
        result.span_days = span
    result.hour_weekday_utc = _hour_weekday(th) if th.size else _zeros()
    if th.size < MIN_POSTS:
        # Too little to infer from. Local time is only known if the records say it.
        if th.size and has_stated.any():
            st = stated[hour_mask]
            ok = np.isfinite(st)
            if ok.all():
                result.hour_weekday_local = _hour_weekday(th + (st * 60).astype(np.int64))
                result.local_known = True
        if not result.local_known:
            result.hour_weekday_local = result.hour_weekday_utc
        if use_stated:
            _from_stated(result, t, keep, stated, th)
            _disagreeing(result)
        return result
    result.enough = True
    result.offset_source = "hours"
    _infer(result, t, keep, hour_mask, stated, use_stated, calendar, _fixed_setting)
    if use_stated and not _fixed_setting:
        _stated_confirms(result, t, keep, stated)
    if use_stated:
        _disagreeing(result)
    constant = _one_setting(stated, keep) if use_stated and stated_setting and not _fixed_setting else None
    if constant is not None and result.observes_dst is False and result.dst_rules_read:
        # The records "rule out" daylight saving only if their offset is a clock's: read
        # again with the offset as one setting; if the hours then show the change, they win.
        hours = analyse(times, stated_offsets=stated_offsets, hour_usable=hour_usable, now=now,
                        use_stated=True, calendar=calendar, _fixed_setting=True)
        if hours.observes_dst:
            hours.setting_conflict = constant
            return hours
    return result


# Stored offsets that one clock explains: its offset and the hour above it (summer time)
# hold at least this share of the records storing a non-zero offset. Below it, and with the
# others at least STATED_DISAGREE_MINUTES away, the records disagree: a crafted or broken
# archive (+14:00 and -12:00 in turn), or several devices, trips or a move. Either way the
# zone they point to is not read from them (review 9: +14:00/-12:00 in turn gave "medium").
# +00:00 is left out: a UTC-set clock or a server beside the writer's own is common (git).
STATED_ONE_CLOCK_SHARE = 2 / 3
STATED_DISAGREE_MINUTES = 180
STATED_DISAGREE_RECORDS = 6


def stated_disagreement(stated_offsets: dict[int, int] | None) -> tuple[int, int] | None:
    """(lowest, highest) non-zero stored offset in minutes when the records disagree more
    than one clock with daylight saving can, else None."""
    nonzero = {int(m): int(n) for m, n in (stated_offsets or {}).items() if m != 0 and n > 0}
    total = sum(nonzero.values())
    if total < STATED_DISAGREE_RECORDS:
        return None
    one_clock = max(n + nonzero.get(m + 60, 0) for m, n in nonzero.items())
    low, high = min(nonzero), max(nonzero)
    if one_clock >= STATED_ONE_CLOCK_SHARE * total or high - low < STATED_DISAGREE_MINUTES:
        return None
    return low, high


def disagreement_note(t: Any) -> str:
    """The sentence TIME007 and TIME002 add when the stored offsets disagree (``_disagreeing``)."""
    from nymaudit.formatting import format_offset

    spread = getattr(t, "stated_disagree", None)
    if not spread:
        return ""
    low, high = spread
    # No "N hours apart": --redact masks the offsets, and 26 hours would give both back.
    return (f" The stored offsets disagree: from {format_offset(low / 60)} to {format_offset(high / 60)}, "
            "further apart than one clock with daylight saving writes (several devices, trips or a "
            "move, or a crafted or broken archive), so the time zone they point to is low confidence.")


def _disagreeing(result: TimingResult) -> None:
    """An offset the stored offsets weighed in (``_stated_evidence``, ``_from_stated``) is
    low confidence when they disagree: they confine the zones to their own offsets, and the
    hours then choose between offsets none of which one clock wrote."""
    spread = stated_disagreement(result.stated_offsets)
    if spread is None:
        return
    result.stated_disagree = spread
    if result.standard_offset is not None:
        result.offset_confidence = "low"
        result.offset_read = False
        result.confidence_capped = True


def _one_setting(stated: Any, keep: Any) -> int | None:
    """The one non-zero offset (minutes) every record storing one stores, else None."""
    import numpy as np

    minutes = np.round(stated[keep & np.isfinite(stated)])
    if not minutes.size or minutes[0] == 0 or not np.all(minutes == minutes[0]):
        return None
    return int(minutes[0])


def _iso_minute(instant: int) -> str:
    return datetime.fromtimestamp(instant, tz=UTC).strftime("%Y-%m-%d %H:%M")


def _schedules(zones: Any, first_day: int, n_days: int) -> tuple[list[Any], Any, Any]:
    """Zones with the same day-by-day offsets over the history share a schedule:
    (offsets per schedule, schedule of each zone, whether each changes inside)."""
    import numpy as np

    schedules: dict[bytes, int] = {}
    schedule_offsets: list[Any] = []
    zone_schedule = np.empty(len(zones), dtype=np.int64)
    for zi, entry in enumerate(zones):
        offs = day_offsets(entry.zone, first_day, n_days)
        key = offs.tobytes()
        if key not in schedules:
            schedules[key] = len(schedule_offsets)
            schedule_offsets.append(offs)
        zone_schedule[zi] = schedules[key]
    # Refined per zone in _summarise: a one-off change is not daylight saving.
    has_change = np.array([bool(np.any(np.diff(o))) for o in schedule_offsets])
    return schedule_offsets, zone_schedule, has_change


def _tested(schedule_offsets: list[Any], day_weight: Any, has_change: Any, needed: float) -> Any:
    """Schedules whose clock change fell inside the history with at least
    ``needed`` (weighted) records at either offset: the data could show it."""
    import numpy as np

    out = np.zeros(len(schedule_offsets), dtype=bool)
    for si, offs in enumerate(schedule_offsets):
        if not has_change[si]:
            continue
        low = offs == offs.min()
        out[si] = min(float(day_weight[low].sum()), float(day_weight[~low].sum())) >= needed
    return out


def _from_stated(result: TimingResult, t: Any, keep: Any, stated: Any, th: Any) -> None:
    """Too few posts for the hours, but the records state their UTC offset: the
    zones whose offset on each record's date equals the stated one, ranked by the
    population prior, give the standard offset (a summer +01:00 alone is London
    in summer or Lagos, not Paris: the dates decide). Offsets that are all
    +00:00 may be a UTC-set clock or a server (TIME007): they settle nothing."""
    import numpy as np

    mask = keep & np.isfinite(stated)
    if not mask.any() or np.all(stated[mask] == 0):
        return
    days = t[mask] // DAY
    first_day = int(days.min())
    n_days = int(days.max()) - first_day + 1
    zones = zone_table()
    schedule_offsets, zone_schedule, has_change = _schedules(zones, first_day, n_days)
    # Each record is read, not inferred: one that disagrees with a zone costs it
    # log(STATED_MISMATCH) (a trip, a machine set elsewhere), whatever the others say.
    idx = days - first_day
    minutes = np.round(stated[mask])
    scores = np.array([PRIOR_POWER * np.log(entry.population + 0.01) for entry in zones])
    for si, offs in enumerate(schedule_offsets):
        agree = offs[idx] * 15 == minutes
        fit = float(np.sum(np.log(STATED_MISMATCH + (1 - STATED_MISMATCH) * agree)))
        scores[zone_schedule == si] += fit
    posterior = _normalise(scores)
    calibrated = _normalise(CALIBRATION_POWER * np.log(posterior + 1e-300))
    day_weight = np.bincount(days - first_day, minlength=n_days).astype(float)
    tested = _tested(schedule_offsets, day_weight, has_change, 1.0)
    _summarise(
        result, calibrated, zones, zone_schedule, has_change, first_day, n_days, posterior,
        tested=tested, direct=True,
    )
    result.offset_source = "stated"
    if th.size and not result.local_known:
        # Some posts stated no offset: show all in the leading zone's local time.
        lead = zones[int(np.argmax(posterior))].zone
        lo = min(first_day, int(th.min() // DAY))
        offs = day_offsets(lead, lo, max(first_day + n_days, int(th.max() // DAY) + 1) - lo)
        result.hour_weekday_local = _hour_weekday(th + offs[th // DAY - lo] * BIN_SECONDS)
        result.local_known = True


def _infer(
    result: TimingResult,
    t: Any,
    keep: Any,
    hour_mask: Any,
    stated: Any,
    use_stated: bool,
    calendar: bool,
    fixed_setting: bool = False,
) -> None:
    """``fixed_setting``: the stated offsets are one setting (``analyse``): they weigh as one
    piece of evidence and test no clock change."""
    import numpy as np

    from nymaudit.timing.model import SHAPES, template_bank

    th = t[hour_mask]
    first_day = int(th.min() // DAY)
    last_day = int(th.max() // DAY)
    n_days = last_day - first_day + 1
    day_index = th // DAY - first_day
    bin_index = (th % DAY) // BIN_SECONDS
    counts = np.bincount(day_index * BINS_PER_DAY + bin_index, minlength=n_days * BINS_PER_DAY)
    counts = counts.reshape(n_days, BINS_PER_DAY)
    weights = np.log2(1.0 + counts)  # damp bursts: 1 post -> 1, 3 -> 2, 7 -> 3
    # Cumulative UTC-week histograms, one per weekday block, so any run of days
    # folds into a week with two subtractions.
    utc_weekday = (np.arange(n_days) + first_day + EPOCH_WEEKDAY) % 7
    cum = np.zeros((n_days + 1, WEEK_BINS))
    for wd in range(7):
        rows = np.flatnonzero(utc_weekday == wd)
        block = np.zeros((n_days, BINS_PER_DAY))
        block[rows] = weights[rows]
        cum[1:, wd * BINS_PER_DAY : (wd + 1) * BINS_PER_DAY] = np.cumsum(block, axis=0)
    cum_day = np.concatenate([np.zeros((1, BINS_PER_DAY)), np.cumsum(weights, axis=0)])

    zones = zone_table()
    schedule_offsets, zone_schedule, sched_has_dst = _schedules(zones, first_day, n_days)
    n_sched = len(schedule_offsets)
    local_weeks = np.zeros((n_sched, WEEK_BINS))
    for si, offs in enumerate(schedule_offsets):
        change = np.flatnonzero(np.diff(offs)) + 1
        starts = np.concatenate([[0], change])
        ends = np.concatenate([change, [n_days]])
        for a, b in zip(starts, ends, strict=True):
            local_weeks[si] += np.roll(cum[b] - cum[a], int(offs[a]))
    # The same test as the seasonal scores': enough posts at both offsets.
    tested = _tested(schedule_offsets, weights.sum(axis=1), sched_has_dst, DST_MIN_POSTS)
    # Offsets the records store on both sides of a clock change test it directly, however
    # few the posts for the hours' test (81 WordPress posts at +01:00 across 30 March).
    read_tested = _stated_tested(t, keep, stated, schedule_offsets, sched_has_dst, first_day) \
        if use_stated and not fixed_setting else np.zeros(len(schedule_offsets), dtype=bool)
    tested = tested | read_tested
    # The clock-change test: every schedule's fit with a seasonal drift, for a
    # writer in the northern or southern hemisphere (or either).
    seasonal = DST_WEIGHT * _seasonal_scores(cum_day, schedule_offsets, first_day)
    hemi = np.array([_HEMISPHERE_INDEX[hemisphere(entry.zone)] for entry in zones])
    if not SEASONAL_HEMISPHERE:
        hemi[:] = 2
    dst_score = seasonal[zone_schedule, hemi]
    result.rule_fit = _rule_fit(zones, zone_schedule, sched_has_dst, tested, dst_score, first_day, n_days)

    bank = template_bank()
    # float32 halves the bank's memory and time; sums of a few thousand terms
    # keep ample precision for differences of log-likelihoods.
    loglik = (local_weeks.astype(np.float32) @ bank.log_p.T).astype(np.float64)
    # Posts are not independent and no model is exact: beyond a few hundred
    # posts, more data must not make the answer look ever more certain.
    damp = min(1.0, EFFECTIVE_POSTS / max(float(weights.sum()), 1.0))
    scaled = TEMPLATE_WEIGHT * damp * loglik + bank.log_prior[None, :]
    n_shapes = len(SHAPES)
    shape_scores = np.full((n_sched, n_shapes + 1), -np.inf)
    for k in range(n_shapes):
        cols = bank.shape == k
        shape_scores[:, k] = _logsumexp(scaled[:, cols], axis=1) - _logsumexp(
            bank.log_prior[cols]
        )
    cols = bank.shape == -1
    shape_scores[:, n_shapes] = _logsumexp(scaled[:, cols], axis=1) - _logsumexp(
        bank.log_prior[cols]
    )

    shape_index = {name: i for i, name in enumerate(SHAPES)}
    other = (1.0 - OWN_WEEKEND_PRIOR) / (n_shapes - 1)
    zone_scores = np.empty(len(zones))
    for zi, entry in enumerate(zones):
        prior_shape = np.full(n_shapes + 1, np.log((1 - NO_WORK_WEEK_PRIOR) * other))
        prior_shape[shape_index[entry.weekend]] = np.log((1 - NO_WORK_WEEK_PRIOR) * OWN_WEEKEND_PRIOR)
        prior_shape[n_shapes] = np.log(NO_WORK_WEEK_PRIOR)
        si = zone_schedule[zi]
        zone_scores[zi] = (
            PRIOR_POWER * np.log(entry.population + 0.01)
            + _logsumexp(prior_shape + shape_scores[si])
            + damp * dst_score[zi]
        )

    if use_stated:
        zone_scores += _stated_evidence(t, keep, stated, zones, first_day, n_days, fixed_setting)

    posterior = _normalise(zone_scores)

    # The writer's own week under the leading zone: weekend shape, then which
    # country's holidays look like days off.
    from nymaudit.timing.weekly import day_hour_counts, weekend_shape

    lead_offs = schedule_offsets[zone_schedule[int(np.argmax(posterior))]]
    day0, day_counts = day_hour_counts(th + lead_offs[day_index] * BIN_SECONDS)
    shape, shape_p, shape_table = weekend_shape(day0, day_counts)
    result.weekend_scores = {k: round(v, 3) for k, v in shape_table.items()}
    result.works_week = round(1.0 - shape_table.get("none", 1.0), 3) if shape_table else None
    if shape is not None and shape_p >= 0.5:
        result.weekend = [WEEKDAY_NAMES[d] for d in WEEKENDS[shape]]
        result.weekend_probability = round(shape_p, 3)
        if shape_p >= 0.8:
            own = np.array([entry.weekend == shape for entry in zones])
            posterior = _normalise(
                np.log(posterior + 1e-300)
                + WEEKEND_WEIGHT * np.where(own, np.log(OWN_WEEKEND_PRIOR), np.log(0.04))
            )
    free_days = WEEKENDS[shape] if shape is not None else WEEKENDS["Sat-Sun"]
    if calendar:
        from nymaudit.timing.calendar import holiday_evidence

        template_llr = None
        if DAY_EVIDENCE == "template":
            from nymaudit.timing.calendar import template_day_llr

            lead = zone_schedule[int(np.argmax(posterior))]
            workers = np.flatnonzero(bank.shape >= 0)
            row = int(workers[np.argmax(loglik[lead, workers])])
            template_llr = template_day_llr(
                th + schedule_offsets[lead][day_index] * BIN_SECONDS, bank, row, free_days
            )
            if not np.any(template_llr[1]):
                # The best template keeps the same day on working days and days
                # off (an early riser who posts at work as at home): it cannot
                # judge days, the writer's own two profiles can.
                template_llr = None
        posterior, subdivisions, holiday_report = holiday_evidence(
            posterior, zones, day0, day_counts, free_days, template_llr
        )
    else:
        subdivisions, holiday_report = {}, None
    # Calibration: the model's posterior is sharper than its hit rate (posts are
    # not independent, people vary more than the templates); a power fitted on
    # simulated posters of one seed, checked on another (docs/timing.md).
    # Daylight saving is decided on the uncalibrated posterior (its thresholds
    # were set on it).
    calibrated = _normalise(CALIBRATION_POWER * np.log(posterior + 1e-300))
    _summarise(
        result, calibrated, zones, zone_schedule, sched_has_dst, first_day, n_days, posterior,
        tested=tested,
    )
    if result.observes_dst:
        changing = [zi for zi, entry in enumerate(zones)
                    if sched_has_dst[zone_schedule[zi]] and seasonal_changes(entry, first_day, n_days)]
        lead = zone_schedule[max(changing, key=lambda zi: posterior[zi])] if changing else None
        if lead is not None and not read_tested[lead] and not _change_shown(weights, schedule_offsets[lead]):
            # The hours before and after the change line up better at another shift than the
            # clock's hour: a pattern that changed, not a clock (tenth session).
            result.observes_dst = None
            result.dst_rule = None
            result.change_not_shown = True
    _rival_rule(result, zones, first_day, n_days)
    _posted(result, posterior, zone_schedule, schedule_offsets, weights.sum(axis=1), zones)
    if read_tested.any():
        result.dst_rules_read = sorted({
            entry.dst_rule or "other" for zi, entry in enumerate(zones)
            if read_tested[zone_schedule[zi]] and seasonal_changes(entry, first_day, n_days)
            and standard_offset_hours(entry, first_day, n_days) == result.standard_offset
        })
    if subdivisions:
        total = sum(subdivisions.values()) or 1.0
        ranked = sorted(subdivisions.items(), key=lambda kv: -kv[1])[:TOP]
        result.subdivision_candidates = [(k, round(v / total, 3)) for k, v in ranked]
    if holiday_report is not None:
        result.holidays_off, result.holidays_worked, result.holiday_llr = holiday_report

    # Local times under the likeliest zone at the headline's offset, so the heatmap, the
    # quiet hours and the routine are read at the offset the report states (they were
    # read at Europe/London's +00:00 beside a headline of UTC+01:00).
    best_zone = int(np.argmax(posterior))
    by_name = {entry.zone: i for i, entry in enumerate(zones)}
    if result.zones_at_offset and result.zones_at_offset[0][0] in by_name:
        best_zone = by_name[result.zones_at_offset[0][0]]
    best_sched = zone_schedule[best_zone]
    offs = schedule_offsets[best_sched]
    best = int(np.argmax(loglik[best_sched]))
    result.chronotype = float(bank.chronotype[best])
    alarm = bank.alarm[best]
    result.alarm = None if np.isnan(alarm) else float(alarm)

    # Local time of every usable post under the leading zone.
    local = th + offs[day_index] * BIN_SECONDS
    result.hour_weekday_local = _hour_weekday(local)
    result.local_known = True
    from nymaudit.timing.routine import routine

    all_local_days = _local_days(t[keep], offs, first_day)
    holiday_dates = {d for d, _ in result.holidays_off}
    routine(result, local, all_local_days, holiday_dates)


def _posted(result: TimingResult, posterior: Any, zone_schedule: Any, schedule_offsets: list[Any],
            day_weight: Any, zones: Any = None) -> None:
    """The offset the writer's clock showed for most of the posts, summed over the zones as
    ``standard_offset`` is (each zone by its offset on the days of most posts), and its
    probability. With daylight saving unknown the standard offset is the likeliest of two
    readings: the posts' UTC-05:00 is standard time where there is none, or summer time
    over UTC-06:00 (a Chicago writer's April-October was "UTC-05:00 standard time", tenth
    session). Said by the report only then (``to_contract``)."""
    import numpy as np

    shown: dict[int, float] = {}
    for si, offs in enumerate(schedule_offsets):
        values, index = np.unique(offs, return_inverse=True)
        weight = np.bincount(index, weights=day_weight, minlength=values.size)
        shown[si] = int(values[int(np.argmax(weight))])
    by_offset: dict[float, float] = {}
    for zi, q in enumerate(posterior):
        if q >= 1e-12:
            hours = shown[int(zone_schedule[zi])] * BIN_SECONDS / 3600
            by_offset[hours] = by_offset.get(hours, 0.0) + float(q)
    if by_offset:
        best, probability = max(_temper(by_offset).items(), key=lambda kv: kv[1])
        result.posted_offset, result.posted_probability = best, round(probability, 3)
    if zones is not None:
        # The offset each listed zone's clock showed for most posts (walk11 item 7: Caracas,
        # UTC-04:00 all year, was listed under "UTC-03:00 as posted").
        by_name = {entry.zone: zi for zi, entry in enumerate(zones)}
        result.zone_shown = {name: shown[int(zone_schedule[by_name[name]])] * BIN_SECONDS / 3600
                             for name, _ in result.zone_candidates if name in by_name}


# A clock change moves a person's day by its hour: the activity after it, moved back by that
# hour, lines up with the activity before better than at any shift far from it. When a shift
# more than CHANGE_FAR_BINS away (6 hours) lines them up at least as well (per post, the smaller
# side's posts scored on the larger side's daily curve), the hours changed shape at the change,
# and what the seasonal test scored is not a clock (tenth session: a machine posting every
# 23 h + (i mod 5) h, five days at one UTC hour then five hours earlier, aligned 5 of 7 blocks
# under the US rule's hour and read as "clocks changed, 100 %, high"; it aligns all 7 at 11
# hours). Simulated posters who keep daylight saving (tuning seeds 11 and 31, true zone's
# changes, both sides >= DST_MIN_POSTS) score the far shifts at least 0.29 per post below the
# hour; the machine scored them 0.19 above.
CHANGE_NEAR_BINS = 2  # the hour's shift, give or take 30 minutes
CHANGE_FAR_BINS = 24


def _change_shown(weights: Any, offs: Any) -> bool:
    """Whether the posting hours on either side of the schedule's clock changes line up at its
    shift rather than at one far from it (``CHANGE_FAR_BINS``). True when either side holds
    fewer than DST_MIN_POSTS (weighted): too few to tell, and the seasonal test is not run."""
    import numpy as np

    low = offs == offs.min()
    before, after = weights[low].sum(axis=0), weights[~low].sum(axis=0)
    if min(before.sum(), after.sum()) < DST_MIN_POSTS:
        return True
    shift = int(offs.max() - offs.min())
    # The smaller side's posts on the larger side's curve: the curve from more posts is steadier.
    if before.sum() <= after.sum():
        small, curve, sign = before, _smooth(after), -1
    else:
        small, curve, sign = after, _smooth(before), 1
    fit = np.array([np.roll(small, sign * k) @ curve for k in range(BINS_PER_DAY)]) / small.sum()
    lags = np.arange(BINS_PER_DAY)
    distance = np.minimum((lags - shift) % BINS_PER_DAY, (shift - lags) % BINS_PER_DAY)
    return bool(fit[distance <= CHANGE_NEAR_BINS].max() > fit[distance > CHANGE_FAR_BINS].max())


# Records storing their offset needed on each side of a clock change for it to count as
# tested by them (one could be a trip or a machine set elsewhere).
STATED_TEST_RECORDS = 3.0
# Share of the posts that must store an offset, all agreeing with the headline, for the
# offset to be read rather than inferred (confidence "high" without HIGH_CONFIDENCE_POSTS).
STATED_CONFIRM_SHARE = 0.5


def _stated_tested(t: Any, keep: Any, stated: Any, schedule_offsets: list[Any], has_change: Any,
                   first_day: int) -> Any:
    """Schedules whose clock change fell between records that store their offset, with
    STATED_TEST_RECORDS of them on each side. All +00:00 tests nothing: a UTC-set clock
    writes that in any zone."""
    import numpy as np

    n_days = len(schedule_offsets[0])
    mask = keep & np.isfinite(stated)
    if not mask.any() or np.all(stated[mask] == 0):
        return np.zeros(len(schedule_offsets), dtype=bool)
    days = t[mask] // DAY - first_day
    days = days[(days >= 0) & (days < n_days)]
    weight = np.bincount(days, minlength=n_days).astype(float)
    return _tested(schedule_offsets, weight, has_change, STATED_TEST_RECORDS)


def _stated_confirms(result: TimingResult, t: Any, keep: Any, stated: Any) -> None:
    """When most records store their offset and every one is the headline's (or an hour
    above it, in summer), the offset is read, not inferred: "high" needs no minimum of
    posts then, as in ``_from_stated`` (81 WordPress posts at +01:00 said "medium" in the
    section beside a 100 % probability and TIME002 at high, eighth session)."""
    import numpy as np

    # Below HIGH_CONFIDENCE_POSTS the label is medium, below MEDIUM_CONFIDENCE_POSTS low (tz11):
    # either way not a cap (no single rhythm, a rival rule), which the records do not lift.
    if (result.offset_confidence == "high" or result.confidence_capped or result.standard_offset is None
            or (result.offset_probability or 0) < 0.9):
        return
    minutes = np.round(stated[keep & np.isfinite(stated)])
    if minutes.size < STATED_CONFIRM_SHARE * max(result.posts, 1) or np.all(minutes == 0):
        return
    std = round(result.standard_offset * 60)
    if np.all((minutes == std) | (minutes == std + 60)):
        result.offset_confidence = "high"
        result.offset_read = True


def _local_days(times: Any, offs: Any, first_day: int) -> Any:
    import numpy as np

    idx = np.clip(times // DAY - first_day, 0, len(offs) - 1)
    return (times + offs[idx] * BIN_SECONDS) // DAY


def _normalise(scores: Any) -> Any:
    import numpy as np

    p = np.exp(scores - np.max(scores))
    return p / p.sum()


@cache
def _circulant() -> Any:
    """index[j, b] = (b + j) % 96: curve[index] holds the curve at every clock offset."""
    import numpy as np

    steps = np.arange(BINS_PER_DAY)
    return (steps[:, None] + steps[None, :]) % BINS_PER_DAY


def _seasonal_scores(cum_day: Any, schedule_offsets: list[Any], first_day: int) -> Any:
    """Each schedule's log marginal likelihood with a smooth seasonal drift,
    for a writer of the northern hemisphere, the southern, or either (columns),
    minus that of a steady clock with a drift of either sign (one reference
    for all zones, so their scores compare).

    The history is cut into two-week segments and at every clock change of
    any schedule (the same segments for all). A schedule's model fits one
    daily curve to all posts at its offsets and lets each segment sit off it
    by ``level + amplitude * cos(season)``, averaged over a grid of drifts.
    People drift later in their own summer, so a hemisphere allows only that
    sign: a steady clock whose writer would have to be an hour *earlier* in
    summer is a clock change, and with either sign allowed a steady clock
    imitated half of the change. Zones without daylight saving are scored
    under their hemisphere too: otherwise a southern clock change could fit a
    northern writer's drift better than a southern steady clock can, and win
    against the northern steady clock that is not scored at all. A schedule
    with fewer than DST_MIN_POSTS (weighted) posts at either offset is scored
    as a steady clock."""
    import numpy as np

    n_days = len(schedule_offsets[0])
    cuts = set(range(0, n_days, DRIFT_SEGMENT_DAYS))
    for offs in schedule_offsets:
        cuts |= {int(c) for c in np.flatnonzero(np.diff(offs)) + 1}
    bounds = np.array(sorted(cuts) + [n_days])
    hists = np.array([cum_day[b] - cum_day[a] for a, b in zip(bounds[:-1], bounds[1:], strict=True)])
    sizes = hists.sum(axis=1)
    centre = first_day + (bounds[:-1] + bounds[1:]) / 2.0
    season = np.cos(2 * np.pi * (centre - MIDSUMMER_DAY) / 365.2425)
    amps = np.array(DRIFT_AMPLITUDES)
    levels = np.array(DRIFT_LEVELS, dtype=float)
    # The phase undoes the drift: a writer later at midsummer needs a negative
    # amplitude in the north, a positive one in the south.
    subsets = (amps <= 0, amps >= 0, np.ones(amps.size, dtype=bool))
    drift = levels[:, None, None] + amps[None, :, None] * season[None, None, :]
    reach = int(np.ceil(np.max(np.abs(drift)))) + 1
    lo = np.floor(drift).astype(int)
    frac = drift - lo
    k = lo + reach
    seg_index = np.arange(len(hists))
    n_phases = 2 * reach + 1

    def fit(model_offs: Any) -> Any:
        """log mean likelihood over each hemisphere's drifts."""
        daily = np.zeros(BINS_PER_DAY)
        for h, o in zip(hists, model_offs, strict=True):
            daily += np.roll(h, int(o))
        curve = _smooth(daily)
        at_offset = hists @ curve[_circulant()].T
        phases = np.arange(-reach, reach + 1)
        table = at_offset[seg_index[:, None], (model_offs[:, None] + phases[None, :]) % BINS_PER_DAY]
        upper = np.minimum(k + 1, n_phases - 1)
        value = ((1 - frac) * table[seg_index, k] + frac * table[seg_index, upper]).sum(axis=-1)
        return np.array([_lse(value[:, m].ravel()) - np.log(value[:, m].size) for m in subsets])

    steady = fit(np.zeros(len(hists), dtype=int))
    out = np.tile(steady - steady[2], (len(schedule_offsets), 1))
    for si, offs in enumerate(schedule_offsets):
        seg_offs = offs[bounds[:-1]].astype(int)
        low_value = int(seg_offs.min())
        if low_value == int(seg_offs.max()):
            continue
        if min(sizes[seg_offs == low_value].sum(), sizes[seg_offs != low_value].sum()) < DST_MIN_POSTS:
            continue
        out[si] = fit(seg_offs) - steady[2]
    return out


def _rule_fit(zones: Any, zone_schedule: Any, sched_has_dst: Any, tested: Any, dst_score: Any,
              first_day: int, n_days: int) -> dict[str, float]:
    """The clock-change test's best score per daylight-saving rule, whatever the offset
    ("none": a steady clock): the dates the activity moves on, read apart from the hours
    (a permanent night worker's hours can point at another offset, the dates cannot)."""
    fit: dict[str, float] = {}
    for zi, entry in enumerate(zones):
        si = zone_schedule[zi]
        if sched_has_dst[si] and seasonal_changes(entry, first_day, n_days) \
                and not steady_year(entry, first_day, n_days):
            if not tested[si]:
                continue
            label = entry.dst_rule or "other"
        elif not seasonal_changes(entry, first_day, n_days):
            label = "none"
        else:
            continue
        fit[label] = max(fit.get(label, -1e300), float(dst_score[zi]))
    return fit


def _rival_rule(result: TimingResult, zones: Any, first_day: int, n_days: int) -> None:
    """The rule no zone at the headline's offset keeps whose dates the activity's moves fit
    best, and by how much better than the named rule's (``dst_rival``). A permanent night
    worker in London read at UTC-05:00 gets the US/Canada rule from the offset while the
    moves sit on the EU dates (red11 item 3). The margin is weak evidence (right answers
    see a rival ahead by 2-5 log-units too): it lowers the claim, never changes it."""
    import math

    fit = result.rule_fit
    named = result.dst_rule if result.observes_dst else None
    if named is None or named not in fit:
        return
    at_offset: set[str] = set()
    people: dict[str, float] = {}
    for entry in zones:
        if seasonal_changes(entry, first_day, n_days):
            label = entry.dst_rule or "other"
            people[label] = people.get(label, 0.0) + entry.population
            if standard_offset_hours(entry, first_day, n_days) == result.standard_offset:
                at_offset.add(label)
    # Weighed with the population prior the zones carry: Syria's or Israel's dates fitting a
    # Madrid writer's moves a little better is likelier chance than where people live.
    own = PRIOR_POWER * math.log(people.get(named, 0.0) + 0.01)
    rivals = [(round(v - fit[named] + PRIOR_POWER * math.log(people.get(k, 0.0) + 0.01) - own, 2), k)
              for k, v in fit.items() if k not in at_offset and k not in ("none", "other")]
    if not rivals:
        return
    margin, rule = max(rivals)
    result.dst_rival = (rule, margin)
    if margin >= RIVAL_MARGIN and result.offset_confidence != "high":
        # The offset named the rule, the dates point elsewhere: one of them is wrong, and
        # the hours (the weaker reading here) cannot be more than low.
        result.offset_confidence = "low"
        result.confidence_capped = True
        result.dst_rival_conflict = True


def _dst_drift_score(cum_day: Any, offs: Any, first_day: int, hemisphere_index: int = 2) -> float:
    """The clock changes of ``offs`` against a steady clock, for a writer of one
    hemisphere (0 north, 1 south, 2 either): the log-likelihood ratio. A view
    of ``_seasonal_scores`` (the code ``analyse`` runs) for tests and checks."""
    import numpy as np

    scores = _seasonal_scores(cum_day, [offs, np.full_like(offs, offs.min())], first_day)
    return float(scores[0, hemisphere_index] - scores[1, hemisphere_index])


def _lse(values: Any) -> float:
    import numpy as np

    top = float(np.max(values))
    return top + float(np.log(np.sum(np.exp(values - top))))


def _smooth(hist: Any) -> Any:
    """Log of a circularly smoothed, normalised daily histogram."""
    import numpy as np

    kernel_x = np.arange(-8, 9)
    kernel = np.exp(-0.5 * (kernel_x / 3.0) ** 2)
    kernel /= kernel.sum()
    padded = np.concatenate([hist[-8:], hist, hist[:8]])
    smooth = np.convolve(padded, kernel, mode="valid")
    smooth = smooth + 0.05 * max(hist.sum(), 1.0) / BINS_PER_DAY
    return np.log(smooth / smooth.sum())


def _stated_evidence(
    t: Any, keep: Any, stated: Any, zones: Any, first_day: int, n_days: int, fixed_setting: bool = False
) -> Any:
    """Offsets the records stated themselves: a zone whose offset on those dates
    matches most of them gains, others lose. All-zero offsets may be a UTC
    default (a server, a blog generator): see below."""
    import numpy as np

    mask = keep & np.isfinite(stated)
    out = np.zeros(len(zones))
    if not mask.any():
        return out
    ts = t[mask]
    minutes = stated[mask]
    idx = np.clip(ts // DAY - first_day, 0, n_days - 1)
    inside = (ts // DAY >= first_day) & (ts // DAY < first_day + n_days)
    if not inside.any():
        return out
    idx, minutes = idx[inside], minutes[inside]
    if np.all(minutes == 0):
        # Every record says +00:00: one clock set to UTC (a server, a container,
        # `TZ=UTC git commit`, as TIME007 advises) explains them all at once, in any
        # zone. So they are one piece of evidence, not one per record: a zone whose
        # offset was 0 on all those dates loses nothing, any other zone at most
        # log(UTC_CLOCK_PRIOR). (Counted per record, they made a New York writer
        # with a UTC-set git come out at UTC-01:00 with probability 0.98.)
        for zi, entry in enumerate(zones):
            offs = day_offsets(entry.zone, first_day, n_days)
            if not np.all(offs[idx] == 0):
                out[zi] = np.log(UTC_CLOCK_PRIOR)
        return out
    effective = min(minutes.size, 60)
    for zi, entry in enumerate(zones):
        offs = day_offsets(entry.zone, first_day, n_days)
        match = float(np.mean(offs[idx] * 15 == np.round(minutes)))
        out[zi] = STATED_WEIGHT * effective * (np.log(0.02 + match) - np.log(1.02))
        if fixed_setting and 0 < match < 1:
            # One setting at the zone's standard (or summer) offset: one piece of evidence.
            out[zi] = max(out[zi], np.log(FIXED_SETTING_PRIOR))
    return out


def _summarise(
    result: TimingResult,
    posterior: Any,
    zones: Any,
    zone_schedule: Any,
    sched_has_dst: Any,
    first_day: int,
    n_days: int,
    dst_posterior: Any = None,
    tested: Any = None,
    direct: bool = False,
) -> None:
    """Marginals of the zone posterior. ``tested``: schedules whose clock change
    the data could show (see ``_tested``). "No daylight saving" needs either such a
    test at its offset or no zone at that offset that keeps it: from a January
    fortnight, London and Accra look the same, and only the prior would speak.
    ``direct``: the offsets come from the records, not from inferred hours."""
    import numpy as np

    if dst_posterior is None:
        dst_posterior = posterior
    keeper_at: dict[float, bool] = {}
    tested_at: dict[float, bool] = {}
    for zi, entry in enumerate(zones):
        if seasonal_changes(entry, first_day, n_days) and not steady_year(entry, first_day, n_days):
            std = standard_offset_hours(entry, first_day, n_days)
            keeper_at[std] = True
            was_tested = tested is None or bool(tested[zone_schedule[zi]])
            tested_at[std] = tested_at.get(std, False) or was_tested
    by_offset: dict[float, float] = {}
    by_country: dict[str, float] = {}
    dst_mass = 0.0
    no_dst_mass = 0.0
    rule_mass: dict[str, float] = {}
    for zi, entry in enumerate(zones):
        q = float(dst_posterior[zi])
        if q < 1e-12:
            continue
        std = standard_offset_hours(entry, first_day, n_days)
        by_offset[std] = by_offset.get(std, 0.0) + q
        if entry.country:
            by_country[entry.country] = by_country.get(entry.country, 0.0) + q
        if sched_has_dst[zone_schedule[zi]] and seasonal_changes(entry, first_day, n_days):
            dst_mass += q
            label = entry.dst_rule or "other"
            rule_mass[label] = rule_mass.get(label, 0.0) + q
        elif (
            not seasonal_changes(entry, first_day, n_days) or steady_year(entry, first_day, n_days)
        ) and (not keeper_at.get(std) or tested_at.get(std)):
            # No clock changes around the history, or one offset for a year or
            # more around it (a zone that dropped daylight saving before it, such
            # as Iran or Mexico in 2022, or took it up after it, as Egypt in 2023);
            # and at its offset, either no zone keeps daylight saving or one that
            # does had a clock change the data could show.
            no_dst_mass += q
    # Offsets and countries are marginals of the model's posterior, calibrated
    # after summing: tempering each zone first would let many small zones of
    # one offset outvote a large one.
    by_offset = _temper(by_offset)
    by_country = _temper(by_country)
    offsets = sorted(by_offset.items(), key=lambda kv: -kv[1])
    result.offset_candidates = [(o, round(p, 3)) for o, p in offsets[:TOP] if p >= 0.005]
    result.standard_offset = offsets[0][0]
    result.offset_probability = round(offsets[0][1], 3)
    # Stated offsets are read, not inferred: no minimum of posts for "high".
    result.offset_confidence = _confidence_label(offsets[0][1], 10**9 if direct else result.posts)
    order = np.argsort(-posterior)
    result.zone_candidates = [
        (zones[i].zone, round(float(posterior[i]), 3))
        for i in order[:TOP]
        if posterior[i] >= 0.005
    ]
    at_offset = [i for i in order[:200] if posterior[i] >= 0.005
                 and standard_offset_hours(zones[i], first_day, n_days) == result.standard_offset]
    result.zones_at_offset = [(zones[i].zone, round(float(posterior[i]), 3)) for i in at_offset[:TOP]]
    result.zone_offsets = {zones[i].zone: standard_offset_hours(zones[i], first_day, n_days)
                           for i in order[:TOP] if posterior[i] >= 0.005}
    result.zone_posterior = {zones[i].zone: float(posterior[i]) for i in order if posterior[i] > 0}
    countries = sorted(by_country.items(), key=lambda kv: -kv[1])
    result.country_candidates = [(c, round(p, 3)) for c, p in countries[:TOP] if p >= 0.005]
    result.dst_probability = round(dst_mass, 3)
    if dst_mass >= DST_DECIDE:
        result.observes_dst = True
        result.dst_rule = max(rule_mass.items(), key=lambda kv: kv[1])[0]
    elif no_dst_mass >= DST_DECIDE:
        result.observes_dst = False
    else:
        result.observes_dst = None


def _temper(masses: dict[Any, float]) -> dict[Any, float]:
    """A distribution raised to CALIBRATION_POWER and normalised."""
    powered = {k: v**CALIBRATION_POWER for k, v in masses.items() if v > 0}
    total = sum(powered.values()) or 1.0
    return {k: v / total for k, v in powered.items()}


def iso_day(day_number: int) -> str:
    return date.fromordinal(date(1970, 1, 1).toordinal() + int(day_number)).isoformat()

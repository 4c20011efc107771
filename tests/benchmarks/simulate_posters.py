"""Simulated posters for the timing benchmark (and a few unit tests).

Each poster lives in a real IANA zone (converted to UTC with zoneinfo, so DST
and rule changes are real), keeps a weekend, may take the public holidays of
a country (or region) off, goes on trips without posting, and has a daily
rhythm drawn from continuous distributions that are deliberately NOT the grid
the inference model uses: chronotype, sleep need, alarm time, how much they
post at work, a lunch habit, an evening peak, day-to-day jitter, a seasonal
drift, threads (bursts) and a share of random night posts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

# (zone, country, subdivision or None, free weekdays Monday=0)
SAT_SUN = (5, 6)
FRI_SAT = (4, 5)
ZONES: list[tuple[str, str, str | None, tuple[int, ...]]] = [
    ("Europe/London", "GB", "ENG", SAT_SUN),
    ("Europe/London", "GB", "SCT", SAT_SUN),
    ("Europe/Dublin", "IE", None, SAT_SUN),
    ("Europe/Lisbon", "PT", None, SAT_SUN),
    ("Europe/Berlin", "DE", None, SAT_SUN),
    ("Europe/Paris", "FR", None, SAT_SUN),
    ("Europe/Madrid", "ES", None, SAT_SUN),
    ("Europe/Warsaw", "PL", None, SAT_SUN),
    ("Europe/Athens", "GR", None, SAT_SUN),
    ("Europe/Helsinki", "FI", None, SAT_SUN),
    ("Europe/Istanbul", "TR", None, SAT_SUN),
    ("Europe/Moscow", "RU", None, SAT_SUN),
    ("Africa/Lagos", "NG", None, SAT_SUN),
    ("Africa/Johannesburg", "ZA", None, SAT_SUN),
    ("Africa/Cairo", "EG", None, FRI_SAT),
    ("Africa/Nairobi", "KE", None, SAT_SUN),
    ("Asia/Riyadh", "SA", None, FRI_SAT),
    ("Asia/Jerusalem", "IL", None, FRI_SAT),
    ("Asia/Tehran", "IR", None, (4,)),
    ("Asia/Dubai", "AE", None, SAT_SUN),
    ("Asia/Kabul", "AF", None, (3, 4)),
    ("Asia/Karachi", "PK", None, SAT_SUN),
    ("Asia/Kolkata", "IN", None, SAT_SUN),
    ("Asia/Kathmandu", "NP", None, (5,)),
    ("Asia/Dhaka", "BD", None, FRI_SAT),
    ("Asia/Yangon", "MM", None, SAT_SUN),
    ("Asia/Bangkok", "TH", None, SAT_SUN),
    ("Asia/Jakarta", "ID", None, SAT_SUN),
    ("Asia/Shanghai", "CN", None, SAT_SUN),
    ("Asia/Manila", "PH", None, SAT_SUN),
    ("Asia/Singapore", "SG", None, SAT_SUN),
    ("Asia/Tokyo", "JP", None, SAT_SUN),
    ("Asia/Seoul", "KR", None, SAT_SUN),
    ("Australia/Perth", "AU", "WA", SAT_SUN),
    ("Australia/Darwin", "AU", "NT", SAT_SUN),
    ("Australia/Adelaide", "AU", "SA", SAT_SUN),
    ("Australia/Brisbane", "AU", "QLD", SAT_SUN),
    ("Australia/Sydney", "AU", "NSW", SAT_SUN),
    ("Australia/Melbourne", "AU", "VIC", SAT_SUN),
    ("Pacific/Auckland", "NZ", None, SAT_SUN),
    ("America/Sao_Paulo", "BR", None, SAT_SUN),
    ("America/Argentina/Buenos_Aires", "AR", None, SAT_SUN),
    ("America/Santiago", "CL", None, SAT_SUN),
    ("America/St_Johns", "CA", "NL", SAT_SUN),
    ("America/Halifax", "CA", "NS", SAT_SUN),
    ("America/New_York", "US", "NY", SAT_SUN),
    ("America/Toronto", "CA", "ON", SAT_SUN),
    ("America/Chicago", "US", "TX", SAT_SUN),
    ("America/Mexico_City", "MX", None, SAT_SUN),
    ("America/Bogota", "CO", None, SAT_SUN),
    ("America/Denver", "US", "CO", SAT_SUN),
    ("America/Phoenix", "US", "AZ", SAT_SUN),
    ("America/Los_Angeles", "US", "CA", SAT_SUN),
    ("America/Anchorage", "US", "AK", SAT_SUN),
    ("Pacific/Honolulu", "US", "HI", SAT_SUN),
]


@dataclass
class Poster:
    zone: str
    country: str
    subdivision: str | None
    free_days: tuple[int, ...]
    start: date
    days: int
    times: np.ndarray
    observes_dst: bool
    standard_offset: float
    traits: dict = field(default_factory=dict)


def _holidays(country: str, subdivision: str | None, years: range) -> set[date]:
    import holidays

    try:
        return set(holidays.country_holidays(country, subdiv=subdivision, years=years))
    except (NotImplementedError, KeyError):
        return set()


def _offset_hours(tz: ZoneInfo, day: date) -> float:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=tz)
    return moment.utcoffset().total_seconds() / 3600.0


def simulate(
    rng: np.random.Generator,
    zone_row: tuple[str, str, str | None, tuple[int, ...]] | None = None,
    *,
    days: int | None = None,
    rate: float | None = None,
    start: date | None = None,
    holiday_taker: bool | None = None,
    worker: bool | None = None,
    trips: bool = True,
    record: bool = False,
    **fixed: float,
) -> Poster:
    """One simulated poster. Keyword ``fixed`` pins traits that are otherwise
    drawn at random (chrono, sleep_need, alarm, at_work, lunch, evening_from,
    season_amp, night_share, thread_prob), for tests that need a clear case.

    ``record=True`` also puts every drawn trait into ``traits`` (and, for each
    post that starts a thread, its behavioural day and 5-minute cell), for the
    oracle of ``timing_bound.py``; it draws nothing more, so the timestamps are
    the same with or without it."""
    if zone_row is None:
        zone_row = ZONES[int(rng.integers(len(ZONES)))]
    zone, country, subdivision, free_days = zone_row
    tz = ZoneInfo(zone)
    days = int(rng.integers(120, 701)) if days is None else days
    rate = float(math.exp(rng.uniform(math.log(0.8), math.log(6.0)))) if rate is None else rate
    if start is None:
        start = date(2015, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 10 - days)))
    worker = bool(rng.random() < 0.75) if worker is None else worker
    if worker and rng.random() < 0.08:  # shift patterns: a non-standard weekend
        free_days = [(5, 6), (4, 5), (6,), (0, 1)][int(rng.integers(4))]
    taker = bool(rng.random() < 0.8) if holiday_taker is None else holiday_taker
    chrono = float(np.clip(rng.normal(4.2, 1.1), 1.5, 8.0))
    chrono = fixed.get("chrono", chrono)
    sleep_need = float(rng.uniform(6.5, 9.0))
    sleep_need = fixed.get("sleep_need", sleep_need)
    alarm = float(np.clip(rng.normal(6.8, 0.6), 5.0, 9.5))
    alarm = fixed.get("alarm", alarm)
    work_start = alarm + float(rng.uniform(1.0, 2.5))
    work_len = float(rng.uniform(7.5, 9.5))
    at_work = float(rng.uniform(0.05, 1.1))
    at_work = fixed.get("at_work", at_work)
    lunch = bool(rng.random() < 0.4)
    lunch = fixed.get("lunch", lunch)
    lunch_start = float(rng.uniform(11.75, 13.0))
    lunch_len = float(rng.uniform(0.75, 1.25))
    lunch_boost = float(rng.uniform(0.8, 2.5))
    evening_from = float(rng.uniform(18.0, 20.5))
    evening_from = fixed.get("evening_from", evening_from)
    evening_boost = float(rng.uniform(1.2, 2.2))
    season_amp = float(rng.uniform(0.0, 0.4))
    season_amp = fixed.get("season_amp", season_amp)
    night_share = float(rng.uniform(0.0, 0.04))
    night_share = fixed.get("night_share", night_share)
    thread_prob = float(rng.uniform(0.0, 0.3))
    thread_prob = fixed.get("thread_prob", thread_prob)
    southern = zone.startswith(("Australia", "Pacific/Auckland", "America/Sao", "America/Arg",
                                "America/Santiago", "Africa/Johannesburg"))
    years = range(start.year, (start + timedelta(days=days)).year + 1)
    holiday_set = _holidays(country, subdivision, years) if taker else set()
    absent = np.zeros(days, dtype=bool)
    if trips:
        for _ in range(int(rng.integers(0, 4))):
            length = int(rng.integers(5, 22))
            first = int(rng.integers(0, max(1, days - length)))
            absent[first : first + length] = True
    grid = np.arange(0, 30, 1 / 12)  # 5-minute steps over a behavioural day
    out: list[float] = []
    offsets: list[float] = []
    starts: list[tuple[int, int]] = []  # (day, cell) of each thread's first post, if recorded
    for i in range(days):
        day = start + timedelta(days=i)
        offset = _offset_hours(tz, day)
        offsets.append(offset)
        if absent[i] or rng.random() < 0.08:
            continue
        is_free = (day.weekday() in free_days) or (day in holiday_set and rng.random() < 0.9)
        tomorrow = day + timedelta(days=1)
        next_free = (tomorrow.weekday() in free_days) or (tomorrow in holiday_set)
        phase = math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365.25)
        drift = season_amp * (-phase if southern else phase)
        mid = chrono + drift
        free_wake = mid + sleep_need / 2
        free_bed = mid - sleep_need / 2 + 24
        if worker and not is_free:
            wake = min(alarm, free_wake) + rng.normal(0, 0.25)
        else:
            wake = free_wake + rng.normal(0, 0.6)
        if worker and not next_free:
            bed = min(free_bed, (free_bed + alarm + 24 - sleep_need + 0.5) / 2) + rng.normal(0, 0.5)
        else:
            bed = free_bed + rng.normal(0, 0.7)
        clock = grid % 24
        up = (grid >= wake) & (grid < bed)
        intensity = np.where(up, 1.0, 0.0)
        intensity[(grid >= wake) & (grid < wake + 0.75)] *= 0.6
        intensity[up & ((clock >= evening_from) | (grid >= 24))] *= evening_boost
        if worker and not is_free:
            at = up & (grid >= work_start) & (grid < work_start + work_len)
            intensity[at] *= at_work
            if lunch:
                intensity[at & (grid >= lunch_start) & (grid < lunch_start + lunch_len)] *= (
                    1 + lunch_boost / max(at_work, 0.1)
                )
        intensity = intensity + night_share * intensity.mean()
        n = int(rng.poisson(rate * rng.gamma(2.0, 0.5)))
        if n == 0 or intensity.sum() <= 0:
            continue
        cells = rng.choice(grid.size, size=n, p=intensity / intensity.sum())
        hours = grid[cells] + rng.uniform(0, 1 / 12, size=n)
        if record:
            starts.extend((i, int(c)) for c in cells)
        base = datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()
        for h in hours:
            t = base + (h - offset) * 3600.0
            out.append(t)
            while rng.random() < thread_prob:
                t += float(rng.uniform(20, 600))
                out.append(t)
    # Standard offset: the smaller offset in use within a year of the history.
    around = [start + timedelta(days=k) for k in range(-366, days + 367, 15)]
    std = min(_offset_hours(tz, d) for d in around)
    observes = len(set(offsets)) > 1
    traits = {"rate": rate, "worker": worker, "holidays": taker, "chronotype": chrono}
    if record:
        traits.update(
            sleep_need=sleep_need, alarm=alarm, work_start=work_start, work_len=work_len,
            at_work=at_work, lunch=lunch, lunch_start=lunch_start, lunch_len=lunch_len,
            lunch_boost=lunch_boost, evening_from=evening_from, evening_boost=evening_boost,
            season_amp=season_amp, night_share=night_share, thread_prob=thread_prob,
            southern=southern, holiday_set=holiday_set, absent=absent,
            starts=np.array(starts, dtype=int).reshape(-1, 2),
        )
    return Poster(
        zone=zone,
        country=country,
        subdivision=subdivision,
        free_days=free_days,
        start=start,
        days=days,
        times=np.array(sorted(out)),
        observes_dst=observes,
        standard_offset=std,
        traits=traits,
    )

"""An upper bound on what any method could score on the timing benchmark.

`bench_timing.py --ceiling` asks what the daily rhythm alone tells. This script
grants much more, as an oracle, and asks whether the issue's goals (standard
offset exact for >= 90 % of posters, within one hour for >= 98 %) are reachable
at all on the simulated posters of `simulate_posters.py`:

- every rhythm trait the simulator ties to the local clock is measured without
  error (the evening onset, the chronotype, for workers the alarm when it shows
  and the lunch start): the limit of unlimited data;
- the daylight-saving behaviour of the zone over 2015-2025 is known exactly
  (which months are shifted, every year), so only zones with the same DST
  history compete;
- for workers, the weekend days are known; for workers who take holidays, the
  country (and region) is known exactly, as if the holiday calendar had been
  read without error from a history of any length;
- the decision is Bayes-optimal: the most probable standard offset, summing the
  candidate zones that share it.

Two candidate sets: the simulator's own zone rows with their true draw weights
(a method that knew the benchmark's zone list), and the tool's 197-zone table
with its population prior (what a tool for real people must use). Zones are
drawn uniformly (one per row) or by population, as in `bench_timing.py`.

    python tests/benchmarks/timing_bound.py [--n 200000]

`--holidays finite` makes the bound tighter where it is loosest: instead of the
country given, each candidate zone's holiday calendar is scored on the simulated
poster's own finite history (the posters of `bench_timing.py`, same seeds), with
the simulator's exact day likelihood and the writer's true traits; see the
comment above `DayModel` and docs/timing.md ("An upper bound for any method").

    python tests/benchmarks/timing_bound.py --holidays finite --seeds 7 23 41 53 --posters 324
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_timing import _population_weights  # noqa: E402
from simulate_posters import ZONES  # noqa: E402

WEEKENDS = {(5, 6): "Sat-Sun", (4, 5): "Fri-Sat", (4,): "Fri", (3, 4): "Thu-Fri", (5,): "Sat",
            (6,): "Sun", (0, 1): "Mon-Tue"}


def standard_offset(zone: str) -> float:
    tz = ZoneInfo(zone)
    return min(datetime(2021, m, 1, 12, tzinfo=tz).utcoffset().total_seconds() / 3600
               for m in range(1, 13))


def dst_history(zone: str) -> tuple[float, ...]:
    """Offset above standard in the middle of every month of 2015-2025."""
    tz = ZoneInfo(zone)
    base = standard_offset(zone)
    return tuple(round(datetime(y, m, 15, 12, tzinfo=tz).utcoffset().total_seconds() / 3600 - base, 2)
                 for y in range(2015, 2026) for m in range(1, 13))


def _normal(x: np.ndarray, mu: float, sd: float) -> np.ndarray:
    return -0.5 * ((x - mu) / sd) ** 2


def bound(candidates: list[tuple[str, str, str]], prior: np.ndarray, draw: np.ndarray | None,
          n: int, seed: int) -> None:
    """candidates: (zone, country, weekend name) with prior weights; posters drawn
    from the simulator's rows (uniformly, or with weights ``draw``)."""
    rng = np.random.default_rng(seed)
    histories: dict[tuple[float, ...], int] = {}
    c_off = np.array([standard_offset(z) for z, _, _ in candidates])
    c_dst = np.array([histories.setdefault(dst_history(z), len(histories)) for z, _, _ in candidates])
    c_week = np.array([w for _, _, w in candidates])
    c_country = np.array([c for _, c, _ in candidates])
    rows = rng.choice(len(ZONES), size=n, p=draw if draw is not None else None)
    truth = np.array([standard_offset(z) for z, *_ in ZONES])[rows]
    t_dst = np.array([histories.get(dst_history(z), -1) for z, *_ in ZONES])[rows]
    t_week = np.array([WEEKENDS[tuple(w)] for *_, w in ZONES])[rows]
    t_country = np.array([f"{c}-{s}" if s and any(cc == f"{c}-{s}" for cc in c_country) else c
                          for _, c, s, _ in ZONES])[rows]
    worker = rng.random(n) < 0.75
    taker = rng.random(n) < 0.8
    # Traits in local time (simulate_posters.py), seen in UTC (minus the offset).
    evening = rng.uniform(18.0, 20.5, n) - truth
    chrono_local = np.clip(rng.normal(4.2, 1.1, n), 1.5, 8.0)
    chrono = chrono_local - truth
    alarm_local = np.clip(rng.normal(6.8, 0.6, n), 5.0, 9.5)
    alarm_seen = chrono_local + rng.uniform(6.5, 9.0, n) / 2 > alarm_local
    alarm = alarm_local - truth
    lunch = rng.random(n) < 0.4
    lunch_at = rng.uniform(11.75, 13.0, n) - truth

    off = c_off[None, :]
    loglik = np.where((evening[:, None] + off >= 18.0) & (evening[:, None] + off <= 20.5),
                      _normal(chrono[:, None] + off, 4.2, 1.1), -np.inf)
    at_work = np.where(alarm_seen[:, None], loglik + _normal(alarm[:, None] + off, 6.8, 0.6), loglik)
    lunch_fits = (lunch_at[:, None] + off >= 11.75) & (lunch_at[:, None] + off <= 13.0)
    at_work = np.where(lunch[:, None] & ~lunch_fits, -np.inf, at_work)
    loglik = np.where(worker[:, None], at_work, loglik)
    allowed = c_dst[None, :] == t_dst[:, None]
    allowed &= np.where(worker[:, None], c_week[None, :] == t_week[:, None], True)
    allowed &= np.where((worker & taker)[:, None], c_country[None, :] == t_country[:, None], True)
    logpost = np.where(allowed, loglik + np.log(prior)[None, :], -np.inf)
    offsets = np.unique(c_off)
    by_offset = np.stack([np.logaddexp.reduce(np.where(c_off[None, :] == o, logpost, -np.inf), axis=1)
                          for o in offsets], axis=1)
    pick = offsets[np.argmax(by_offset, axis=1)]
    exact = pick == truth
    within = np.abs(pick - truth) <= 1
    for name, mask in (("all posters", np.ones(n, bool)), ("no work week (25 %)", ~worker),
                       ("workers not taking holidays (15 %)", worker & ~taker),
                       ("workers taking holidays, country given (60 %)", worker & taker)):
        print(f"  {name:48s} exact {exact[mask].mean():6.1%}   within 1 h {within[mask].mean():6.1%}")


# --- The holiday country read from the finite history (`--holidays finite`) -------------------
#
# Same oracle, but the country is no longer handed over: each candidate zone's holiday calendar
# is scored on the poster's own simulated history with the simulator's exact day likelihood.
# Given every trait (clock-tied ones known in UTC), a behavioural day's posts depend on the zone
# only through whether the day is off (f) and whether the next day is off (n, the bed time), so
# the Bayes-optimal reading is a likelihood ratio per day that is summed over the calendar.
# The oracle is also told which posts start a thread (the rest follow the start whatever the
# day) and which behavioural day each post belongs to: more than the timestamps hold, so the
# bound stays a bound. One approximation: every candidate's day ratios are computed in the
# true zone's local frame. With the traits fixed in UTC a candidate an offset away has the same
# intensity in UTC on its dates, except where the uniform night floor's 30-hour window sits.

GRID = np.arange(360) / 12  # the simulator's 5-minute cells over a 30-hour behavioural day
SHIFTS = {(5, 6), (4, 5), (6,), (0, 1)}  # simulate_posters: 8 % of workers get one at random
SOUTHERN = ("Australia", "Pacific/Auckland", "America/Sao", "America/Arg", "America/Santiago",
            "Africa/Johannesburg")
WIDTH = 5.0  # wake and bed jitter summed over +-5 standard deviations


_ERFC = np.frompyfunc(math.erfc, 1, 1)


def _phi(x: np.ndarray | float) -> np.ndarray:
    """Standard normal CDF (no scipy in the project's dependencies)."""
    return (0.5 * _ERFC(-np.asarray(x, float) / math.sqrt(2))).astype(float)


def _clipped_normal(x: np.ndarray, mu: float, sd: float, lo: float, hi: float,
                    true_value: float) -> np.ndarray:
    """Log-density of a value drawn as clip(N(mu, sd), lo, hi), seen at x (one per candidate).
    A true value on a clip point is a point mass: only candidates that put it there survive."""
    if true_value in (lo, hi):
        return np.where(np.isclose(x, true_value), 0.0, -np.inf)
    return np.where((x > lo) & (x < hi), _normal(x, mu, sd), -np.inf)


def _clipped_normal_mass(a: np.ndarray, b: np.ndarray, mu: float, sd: float, lo: float,
                         hi: float) -> np.ndarray:
    """P(clip(N(mu, sd), lo, hi) in [a, b]), elementwise."""
    def cdf(x: np.ndarray, left: bool) -> np.ndarray:
        inner = _phi((x - mu) / sd)
        below = x <= lo if left else x < lo
        above = x > hi if left else x >= hi
        return np.where(below, 0.0, np.where(above, 1.0, inner))
    return np.clip(cdf(b, False) - cdf(a, True), 0.0, 1.0)


def _jitter(mu: float, sd: float) -> tuple[np.ndarray, np.ndarray]:
    """The simulator compares wake/bed with the grid: only the index ceil(12 x) matters.
    Returns the possible indices (0..360) and their log-probabilities."""
    lo = max(0, int(np.floor(12 * (mu - WIDTH * sd))))
    hi = min(360, int(np.ceil(12 * (mu + WIDTH * sd))) + 1)
    k = np.arange(lo, hi + 1)
    upper = np.where(k >= 360, 1.0, _phi((k / 12 - mu) / sd))
    lower = np.where(k <= 0, 0.0, _phi(((k - 1) / 12 - mu) / sd))
    p = np.clip(upper - lower, 0.0, None)
    keep = p > 0
    return k[keep], np.log(p[keep])


class DayModel:
    """The simulator's intensity for one writer (simulate_posters.simulate, same formulas), and the
    exact log-likelihood of a behavioural day's thread-starting posts given (day off, next day off),
    the day's wake and bed jitter summed out."""

    def __init__(self, tr: dict, start) -> None:
        self.tr, self.start = tr, start
        evening = np.where((tr["evening_from"] <= GRID % 24) | (GRID >= 24), tr["evening_boost"], 1.0)
        at = (tr["work_start"] <= GRID) & (tr["work_start"] + tr["work_len"] > GRID)
        work = np.where(at, tr["at_work"], 1.0)
        if tr["lunch"]:
            lunch = at & (tr["lunch_start"] <= GRID) & (tr["lunch_start"] + tr["lunch_len"] > GRID)
            work = np.where(lunch, work * (1 + tr["lunch_boost"] / max(tr["at_work"], 0.1)), work)
        self.base = {True: evening, False: evening * work}  # keyed by "day off"
        self.cum = {k: np.concatenate([[0.0], np.cumsum(v)]) for k, v in self.base.items()}

    def mid(self, i: int) -> float:
        from datetime import timedelta

        day = self.start + timedelta(days=i)
        phase = np.cos(2 * np.pi * (day.timetuple().tm_yday - 172) / 365.25)
        return self.tr["chronotype"] + self.tr["season_amp"] * (-phase if self.tr["southern"] else phase)

    def loglik(self, i: int, cells: np.ndarray, off: bool, next_off: bool) -> float:
        tr = self.tr
        mid = self.mid(i)
        free_wake = mid + tr["sleep_need"] / 2
        free_bed = mid - tr["sleep_need"] / 2 + 24
        wake = (free_wake, 0.6) if off else (min(tr["alarm"], free_wake), 0.25)
        bed = ((free_bed, 0.7) if next_off else
               (min(free_bed, (free_bed + tr["alarm"] + 24 - tr["sleep_need"] + 0.5) / 2), 0.5))
        kw, lw = _jitter(*wake)
        kb, lb = _jitter(*bed)
        base, cum = self.base[off], self.cum[off]
        ns = tr["night_share"]
        damp_end = np.minimum(kw[:, None] + 9, kb[None, :])
        s0 = (cum[kb][None, :] - cum[kw][:, None]
              - 0.4 * (cum[np.maximum(damp_end, kw[:, None])] - cum[kw][:, None]))
        s0 = np.where(kb[None, :] > kw[:, None], s0, 0.0)
        j = cells[:, None, None]
        up = (j >= kw[None, :, None]) & (j < kb[None, None, :])
        damp = np.where(j < kw[None, :, None] + 9, 0.6, 1.0)
        u = np.where(up, base[cells][:, None, None] * damp, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            ll = (np.log(u + ns * s0[None] / 360).sum(axis=0)
                  - len(cells) * np.log(s0 * (1 + ns)))
        ll = np.where(s0 > 0, ll, -np.inf) + lw[:, None] + lb[None, :]
        return float(np.logaddexp.reduce(ll, axis=None))


@dataclass
class Candidates:
    name: str
    zones: list[str]
    prior: np.ndarray
    weekend: list[str]
    calendars: list[list[tuple[str, str | None, float]]]  # (country, subdivision, share)
    country: list[str]  # what "country known exactly" compares


def _calendar(country: str, sub: str | None, years: range) -> frozenset:
    return _calendar_cached(country, sub, years.start, years.stop)


@cache
def _calendar_cached(country: str, sub: str | None, y0: int, y1: int) -> frozenset:
    from simulate_posters import _holidays

    return frozenset(_holidays(country, sub, range(y0, y1)))


@cache
def daily_dst_history(zone: str) -> tuple[float, ...]:
    """Offset above standard at noon on every day of 2015-2025: separates zones whose clocks
    change on other days of the same months (Jerusalem from the EU, New Zealand from Australia)."""
    from datetime import date, timedelta

    tz = ZoneInfo(zone)
    base = standard_offset(zone)
    first = date(2015, 1, 1)
    days = (first + timedelta(days=k) for k in range((date(2026, 1, 1) - first).days))
    return tuple(round(datetime(d.year, d.month, d.day, 12, tzinfo=tz).utcoffset().total_seconds() / 3600
                       - base, 2) for d in days)


def _zone_static(zones: list[str], full: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    off = np.array([standard_offset(z) for z in zones])
    dst = np.array([hash(daily_dst_history(z) if full else dst_history(z)) for z in zones])
    south = np.array([z.startswith(SOUTHERN) for z in zones])
    return off, dst, south


def finite_poster(p, cands: Candidates, static: tuple, full: bool) -> dict[str, tuple[float, float]]:
    """Picked standard offset (and the truth) for one simulated poster under three holiday
    readings: none, read from the finite history (Bayes), the country given."""
    c_off, c_dst, c_south = static
    tr = p.traits
    truth = standard_offset(p.zone)
    delta = c_off - truth
    worker = tr["worker"]
    evening = tr["evening_from"] + delta
    loglik = np.where((evening >= 18.0) & (evening <= 20.5), 0.0, -np.inf)
    if full:
        loglik = loglik + _clipped_normal(tr["chronotype"] + delta, 4.2, 1.1, 1.5, 8.0, tr["chronotype"])
    else:
        loglik = loglik + _normal(tr["chronotype"] + delta, 4.2, 1.1)
    own_dst = daily_dst_history(p.zone) if full else dst_history(p.zone)
    loglik = np.where(c_dst == hash(own_dst), loglik, -np.inf)
    if full:  # the seasonal drift's sign gives the hemisphere (simulate_posters' rule)
        loglik = np.where(c_south == tr["southern"], loglik, -np.inf)
    if worker:
        model = DayModel(tr, p.start)
        free_wake_max = max(model.mid(i) for i in range(p.days)) + tr["sleep_need"] / 2
        seen = free_wake_max > tr["alarm"] if full else tr["chronotype"] + tr["sleep_need"] / 2 > tr["alarm"]
        if seen and full:
            loglik = loglik + _clipped_normal(tr["alarm"] + delta, 6.8, 0.6, 5.0, 9.5, tr["alarm"])
        elif seen:
            loglik = loglik + _normal(tr["alarm"] + delta, 6.8, 0.6)
        elif full:  # unseen alarm: later than every free wake, 1-2.5 h before work starts
            lo = np.maximum(free_wake_max, tr["work_start"] - 2.5) + delta
            hi = tr["work_start"] - 1.0 + delta
            with np.errstate(divide="ignore"):
                loglik = loglik + np.log(_clipped_normal_mass(lo, hi, 6.8, 0.6, 5.0, 9.5))
        if tr["lunch"]:
            fits = (tr["lunch_start"] + delta >= 11.75) & (tr["lunch_start"] + delta <= 13.0)
            loglik = np.where(fits, loglik, -np.inf)
        # The weekend is known; 8 % of workers have a shift pattern drawn regardless of the zone.
        week = tuple(p.free_days)
        p_week = np.array([0.92 * (WEEKENDS_BY_NAME[w] == week) + 0.02 * (week in SHIFTS)
                           for w in cands.weekend])
        with np.errstate(divide="ignore"):
            loglik = loglik + np.log(p_week)
    logpost = loglik + np.log(cands.prior)
    alive = np.flatnonzero(np.isfinite(logpost))
    holiday = {"none": np.zeros(len(c_off)), "finite": np.zeros(len(c_off)), "exact": np.zeros(len(c_off))}
    if worker and len(alive):
        truth_country = p.country if not p.subdivision or not any(
            c == f"{p.country}-{p.subdivision}" for c in cands.country) else f"{p.country}-{p.subdivision}"
        holiday["exact"] = np.where([c == truth_country for c in cands.country], 0.0, -np.inf)
        if not tr["holidays"]:
            holiday["exact"] = np.zeros(len(c_off))
        holiday["finite"] = _holiday_scores(p, cands, alive, model)
    out = {}
    for reading, extra in holiday.items():
        post = logpost + extra
        offsets = np.unique(c_off[np.isfinite(post)]) if np.isfinite(post).any() else np.unique(c_off)
        mass = [np.logaddexp.reduce(post[c_off == o]) for o in offsets]
        out[reading] = (float(offsets[int(np.argmax(mass))]), truth)
    return out


def _holiday_scores(p, cands: Candidates, alive: np.ndarray, model: DayModel) -> np.ndarray:
    """log P(history | zone's calendar) - log P(history | no calendar), mixed over the zone's
    subdivisions and over keeping the calendar (80 %) or not, as the simulator draws it."""
    from datetime import timedelta

    tr = p.traits
    end = p.start + timedelta(days=p.days)
    years = range(p.start.year, end.year + 1)
    weekend = np.array([(p.start + timedelta(days=i)).weekday() in p.free_days for i in range(p.days + 1)])
    keys = {(c, s) for zi in alive for c, s, _ in cands.calendars[zi]}
    index: dict[tuple, set[int]] = {}
    for key in keys:
        days = {(d - p.start).days for d in _calendar(key[0], key[1], years)}
        index[key] = {i for i in days if 0 <= i <= p.days and not weekend[i]}
    starts = tr["starts"]
    by_day: dict[int, np.ndarray] = {}
    for i in np.unique(starts[:, 0]) if len(starts) else []:
        by_day[int(i)] = starts[starts[:, 0] == i, 1]
    cache_ll: dict[tuple[int, bool, bool], float] = {}

    def ll(i: int, off: bool, next_off: bool) -> float:
        if (i, off, next_off) not in cache_ll:
            cache_ll[(i, off, next_off)] = model.loglik(i, by_day[i], off, next_off)
        return cache_ll[(i, off, next_off)]

    score_of: dict[tuple, float] = {}
    for key, hol in index.items():
        touched = {i for i in hol if i in by_day} | {i - 1 for i in hol if i - 1 in by_day}
        total = 0.0
        for i in touched:
            off0, next0 = bool(weekend[i]), bool(weekend[i + 1])
            next_c = next0 or (i + 1) in hol
            plain = ll(i, off0, next0)
            if i in hol:  # a holiday on a working day is taken off 90 % of the time
                here = np.logaddexp(np.log(0.9) + ll(i, True, next_c), np.log(0.1) + ll(i, False, next_c))
            else:
                here = ll(i, off0, next_c)
            total += here - plain
        score_of[key] = total
    scores = np.full(len(cands.zones), -np.inf)
    for zi in alive:
        mix = [np.log(share) + np.logaddexp(np.log(0.8) + score_of[(c, s)], np.log(0.2))
               for c, s, share in cands.calendars[zi]]
        scores[zi] = np.logaddexp.reduce(mix)
    return scores


def _posters(seed: int, n: int, weights: np.ndarray | None) -> list:
    """The posters of bench_timing.accuracy for this seed and weighting, traits recorded."""
    from simulate_posters import simulate

    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        pick = i % len(ZONES) if weights is None else int(rng.choice(len(ZONES), p=weights))
        out.append(simulate(rng, ZONES[pick], record=True))
    return out


def finite(seeds: list[int], n: int, full: bool) -> None:
    import time

    from nymaudit.timing.zones import zone_table

    population = _population_weights()
    table = [e for e in zone_table() if e.population > 0]
    tool_prior = np.array([e.population for e in table], float)
    tool = Candidates(
        "the tool's zone table, population prior", [e.zone for e in table], tool_prior / tool_prior.sum(),
        [e.weekend for e in table],
        [[(e.country, s, w / sum(e.subdivisions.values())) for s, w in e.subdivisions.items()]
         if e.subdivisions else [(e.country, None, 1.0)] for e in table],
        [e.country for e in table])
    for draws, weights in (("uniform", None), ("by population", population)):
        rows = Candidates(
            "the simulator's rows, true weights", [z for z, *_ in ZONES],
            population if weights is not None else np.full(len(ZONES), 1 / len(ZONES)),
            [WEEKENDS[tuple(w)] for *_, w in ZONES], [[(c, s, 1.0)] for _, c, s, _ in ZONES],
            [f"{c}-{s}" if s else c for _, c, s, _ in ZONES])
        results: dict[str, list] = {rows.name: [], tool.name: []}
        kinds = []
        started = time.perf_counter()
        for seed in seeds:
            for p in _posters(seed, n, weights):
                kinds.append((p.traits["worker"], p.traits["holidays"]))
                for cands in (rows, tool):
                    if cands.name not in STATIC:
                        STATIC[cands.name] = _zone_static(cands.zones, full)
                    static = STATIC[cands.name]
                    results[cands.name].append(finite_poster(p, cands, static, full))
        took = time.perf_counter() - started
        worker = np.array([k[0] for k in kinds])
        taker = np.array([k[1] for k in kinds])
        print(f"Zones drawn {draws}; seeds {' '.join(map(str, seeds))}, {n} posters each "
              f"({len(kinds)} in all, {took:.0f} s):")
        for name, res in results.items():
            print(f"  candidates = {name}:")
            for reading, label in (("none", "no holiday evidence"),
                                   ("finite", "holidays read from the history"),
                                   ("exact", "country given (as --holidays exact)")):
                pick = np.array([r[reading][0] for r in res])
                truth = np.array([r[reading][1] for r in res])
                exact, within = pick == truth, np.abs(pick - truth) <= 1
                print(f"    {label}:")
                for group, mask in (("all posters", np.ones(len(kinds), bool)), ("no work week", ~worker),
                                    ("workers not taking holidays", worker & ~taker),
                                    ("workers taking holidays", worker & taker)):
                    print(f"      {group:30s} n={mask.sum():5d}  exact {exact[mask].mean():6.1%}   "
                          f"within 1 h {within[mask].mean():6.1%}")
                if reading == "finite" and len(seeds) > 1:
                    per = [f"{exact[i * n:(i + 1) * n].mean():.1%}" for i in range(len(seeds))]
                    print(f"      exact by seed: {' '.join(per)}")


STATIC: dict[str, tuple] = {}
WEEKENDS_BY_NAME = {name: week for week, name in WEEKENDS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--holidays", choices=("exact", "finite"), default="exact",
                        help="exact: the country given (sampled traits, --n, --seed); finite: the calendar "
                        "read from each simulated poster's own history (--seeds, --posters)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 23, 41, 53])
    parser.add_argument("--posters", type=int, default=324)
    parser.add_argument("--traits", choices=("full", "as-exact"), default="full",
                        help="finite only: as-exact = only the traits the exact mode uses")
    args = parser.parse_args()
    if args.holidays == "finite":
        finite(args.seeds, args.posters, args.traits == "full")
        return
    from nymaudit.timing.zones import zone_table

    rows = [(z, c if not s else f"{c}-{s}", WEEKENDS[tuple(w)]) for z, c, s, w in ZONES]
    table = [e for e in zone_table() if e.population > 0]
    tool = [(e.zone, e.country, e.weekend) for e in table]
    tool_prior = np.array([e.population for e in table], float)
    population = _population_weights()
    for draws, weights in (("uniform", None), ("by population", population)):
        print(f"Zones drawn {draws}; candidates = the simulator's rows with their true weights:")
        true_prior = population if weights is not None else np.ones(len(ZONES)) / len(ZONES)
        bound(rows, true_prior, weights, args.n, args.seed)
        print(f"Zones drawn {draws}; candidates = the tool's zone table, population prior:")
        bound(tool, tool_prior / tool_prior.sum(), weights, args.n, args.seed)


if __name__ == "__main__":
    main()

"""Breaks in posting (TIME006): false alarms on histories without a break, and detection of
real trips, old rule against new.

Run by hand:
    python tests/benchmarks/bench_absences.py --seeds 0:400          # tuning seeds
    python tests/benchmarks/bench_absences.py --seeds 1000:2000      # held-out seeds (report)
    python tests/benchmarks/bench_absences.py --walkthrough           # the walkthrough's 20 histories
    python tests/benchmarks/bench_absences.py --speed                 # the break test on 1,000,000 times
    python tests/benchmarks/bench_absences.py --seeds 1000:1200 --pipeline   # through analyse()
    python tests/benchmarks/bench_absences.py --seeds 1000:2000 --bursty     # writers who post in bursts

Histories come from simulate_posters.simulate (real zones, daily rhythm, days without a post,
threads) with its trips turned off, then thinned post by post so that the writer posts more on
some weekdays than others (one type rarely posts on Sundays) and more in some seasons; the
thinned history has 0.8-6 posts a day (log-uniform). For the detection runs one trip of 5-21
days is planted (every post on those local days removed). Each history is read at the
writer's true local days (the zone inference is benchmarked in bench_timing.py).

--bursty (ninth session, review 9b item 1): the same writers, but they post in bursts: each
day of the history is on or off by a two-state Markov chain (P(on | on yesterday) 0.6-0.9,
P(on | off yesterday) 0.05-0.3, uniform), and only the posts of "on" days are kept, before
the trip is planted. Real writers have busy and quiet weeks; the independent-day histories
above do not.

"old" is the rule before the ninth session: a run of k quiet days is a break when
n_days * (1 - q)^k < 0.5 (q = share of days with a post), every such break claimed.
"new" is timing/routine.py: every run of 5+ days listed, claimed when its family-wise
p-value is under BREAK_CLAIM_P.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from simulate_posters import ZONES, simulate  # noqa: E402

from nymaudit.timing.core import iso_day  # noqa: E402
from nymaudit.timing.routine import BREAK_CLAIM_P, _absences  # noqa: E402

# Weekday weights (Monday first): how the rate changes over the week.
WEEK_TYPES = {
    "flat": (1, 1, 1, 1, 1, 1, 1),
    "rarely Sunday": (1, 1, 1, 1, 1, 0.8, 0.1),
    "weekdays only": (1, 1, 1, 1, 1, 0.15, 0.15),
    "weekends": (0.4, 0.4, 0.4, 0.4, 0.6, 1.5, 1.5),
    "random": None,  # log-normal weights drawn per writer
}
RATE_BINS = ((0.8, 1.5), (1.5, 3.0), (3.0, 6.0))
LENGTH_BINS = ((5, 7), (8, 10), (11, 14), (15, 21))
ALPHAS = (0.05, 0.01, 0.001)


def old_rule(local_days: np.ndarray) -> list[tuple[int, int]]:
    """(first day, length) of the breaks the rule before the ninth session claimed."""
    active = np.unique(local_days)
    if active.size < 2:
        return []
    n_days = int(active[-1] - active[0]) + 1
    share = active.size / n_days
    needed = 5
    if 0 < share < 1:
        needed = max(needed, math.ceil(math.log(0.5 / n_days) / math.log(1.0 - share)))
    gaps = np.diff(active) - 1
    return [(int(active[i]) + 1, int(gaps[i])) for i in np.flatnonzero(gaps >= needed)]


def new_rule(local_days: np.ndarray) -> list[tuple[int, int, float]]:
    """(first day, length, family-wise p) of every run of 5+ quiet days."""
    gaps, p_values = _absences(local_days, iso_day)
    epoch = date(1970, 1, 1)
    out = []
    for start, _, days in gaps:
        day = (date.fromisoformat(start) - epoch).days
        out.append((day, days, p_values[start]))
    return out


def _local_days(times: np.ndarray, zone: str) -> np.ndarray:
    tz = ZoneInfo(zone)
    days = [datetime.fromtimestamp(float(t), tz).date().toordinal() for t in times]
    return np.array(days, dtype=np.int64) - date(1970, 1, 1).toordinal()


def history(seed: int, trip: bool, bursty: bool = False) -> dict:
    """One thinned simulated writer; with ``trip`` one planted trip of 5-21 days; ``bursty``:
    posts kept only on the "on" days of a two-state Markov chain."""
    rng = np.random.default_rng([seed, 1 if trip else 0])
    row = ZONES[int(rng.integers(len(ZONES)))]
    kind = list(WEEK_TYPES)[int(rng.integers(len(WEEK_TYPES)))]
    weights = WEEK_TYPES[kind]
    week = np.exp(rng.normal(0, 0.5, 7)) if weights is None else np.array(weights, float)
    amplitude = float(rng.uniform(0.0, 0.6))
    phase = float(rng.uniform(0, 365.25))
    target = float(math.exp(rng.uniform(math.log(0.8), math.log(6.0))))
    days = int(rng.integers(120, 701))
    start = date(2015, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 9)))
    doy = np.array([(start + timedelta(days=i)).timetuple().tm_yday for i in range(days)])
    dow = np.array([(start + timedelta(days=i)).weekday() for i in range(days)])
    keep_day = week[dow] * (1 + amplitude * np.cos(2 * np.pi * (doy - phase) / 365.25))
    keep_day = keep_day / keep_day.max()
    # simulate's rate is per day before its own skipped days and threads: scale it so the
    # thinned history lands near the target, then measure the rate it has.
    poster = simulate(rng, row, days=days, rate=target / float(keep_day.mean()), start=start,
                      trips=False)
    local = _local_days(poster.times, row[0])
    first = (start - date(1970, 1, 1)).days
    index = np.clip(local - first, 0, days - 1)
    kept = rng.random(local.size) < keep_day[index]
    local, times = local[kept], poster.times[kept]
    if bursty:
        # Its own generator: the bursty writer is the same writer with busy and quiet weeks.
        chain = np.random.default_rng([seed, 1 if trip else 0, 9])
        stay, wake = float(chain.uniform(0.6, 0.9)), float(chain.uniform(0.05, 0.3))
        draws = chain.random(days)
        day_on = np.zeros(days, dtype=bool)
        state = draws[0] < wake / (1.0 - stay + wake)  # the chain's own share of "on" days
        for i in range(days):
            state = draws[i] < (stay if state else wake) if i else state
            day_on[i] = state
        on_day = day_on[np.clip(local - first, 0, days - 1)]
        local, times = local[on_day], times[on_day]
    planted = None
    if trip and local.size:
        length = int(rng.integers(5, 22))
        lo, hi = int(local.min()) + 20, int(local.max()) - 20 - length
        if hi > lo:
            begin = int(rng.integers(lo, hi))
            planted = (begin, length)
            outside = (local < begin) | (local >= begin + length)
            local, times = local[outside], times[outside]
    span = int(local.max() - local.min()) + 1 if local.size else 0
    return {"local": local, "times": times, "rate": local.size / span if span else 0.0, "week": kind,
            "trip": planted, "span": span}


def _overlaps(found: tuple[int, int], trip: tuple[int, int]) -> bool:
    return found[0] < trip[0] + trip[1] and trip[0] < found[0] + found[1]


def _bin(value: float, bins: tuple[tuple[float, float], ...]) -> str | None:
    for lo, hi in bins:
        if lo <= value <= hi:
            return f"{lo:g}-{hi:g}"
    return None


def wilson(k: int, n: int) -> str:
    if n == 0:
        return "-"
    z = 1.96
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return f"{k}/{n} = {p:.1%} (95% CI {max(0, centre - half):.1%}-{min(1, centre + half):.1%})"


def run(seeds: range, bursty: bool = False) -> None:
    t0 = time.perf_counter()
    null_old = 0
    null_new = {a: 0 for a in ALPHAS}
    listed = 0
    by_week: dict[str, list[int]] = {}
    by_rate_null: dict[str, list[int]] = {}
    detect: dict[tuple[str, str], list[int]] = {}
    trip_fa_old = trip_fa_new = trips = 0
    found_at = {a: 0 for a in ALPHAS}
    found_old = 0
    for seed in seeds:
        h = history(seed, trip=False, bursty=bursty)
        if h["local"].size < 2:
            continue
        old = old_rule(h["local"])
        new = new_rule(h["local"])
        null_old += bool(old)
        listed += len(new)
        best = min((p for *_, p in new), default=1.0)
        for a in ALPHAS:
            null_new[a] += best < a
        claimed = best < BREAK_CLAIM_P
        by_week.setdefault(h["week"], [0, 0, 0])
        by_week[h["week"]][0] += 1
        by_week[h["week"]][1] += bool(old)
        by_week[h["week"]][2] += claimed
        rate_bin = _bin(h["rate"], RATE_BINS) or "other"
        by_rate_null.setdefault(rate_bin, [0, 0, 0])
        by_rate_null[rate_bin][0] += 1
        by_rate_null[rate_bin][1] += bool(old)
        by_rate_null[rate_bin][2] += claimed

        h = history(seed, trip=True, bursty=bursty)
        if h["trip"] is None:
            continue
        trips += 1
        old = old_rule(h["local"])
        every = new_rule(h["local"])
        for a in ALPHAS:
            found_at[a] += any(_overlaps((s, k), h["trip"]) for s, k, p in every if p < a)
        found_old += any(_overlaps(f, h["trip"]) for f in old)
        new = [(s, k) for s, k, p in every if p < BREAK_CLAIM_P]
        key = (_bin(h["rate"], RATE_BINS) or "other", _bin(h["trip"][1], LENGTH_BINS) or "other")
        cell = detect.setdefault(key, [0, 0, 0])
        cell[0] += 1
        cell[1] += any(_overlaps(f, h["trip"]) for f in old)
        cell[2] += any(_overlaps(f, h["trip"]) for f in new)
        trip_fa_old += any(not _overlaps(f, h["trip"]) for f in old)
        trip_fa_new += any(not _overlaps(f, h["trip"]) for f in new)
    n = sum(k for k, _, _ in by_week.values())
    kind = "bursty" if bursty else "independent days"
    print(f"{kind}, seeds {seeds.start}-{seeds.stop - 1}: {n} histories without a break, {trips} with one "
          f"trip ({time.perf_counter() - t0:.0f} s)")
    print("\nhistories without a break that get a claim ('too long to be chance'):")
    print(f"  old rule: {wilson(null_old, n)}")
    for a in ALPHAS:
        mark = "  <- BREAK_CLAIM_P" if a == BREAK_CLAIM_P else ""
        print(f"  new, p < {a:g}: {wilson(null_new[a], n)}{mark}")
    print(f"  runs of 5+ quiet days listed (facts, no claim) per history: {listed / n:.2f}")
    print("\nby week type (histories, old claims, new claims):")
    for kind, (k, o, c) in sorted(by_week.items()):
        print(f"  {kind:14s} {k:4d}  old {o / k:6.1%}  new {c / k:6.1%}")
    print("by posting rate, posts/day (histories, old claims, new claims):")
    for kind, (k, o, c) in sorted(by_rate_null.items()):
        print(f"  {kind:8s} {k:4d}  old {o / k:6.1%}  new {c / k:6.1%}")
    print("\ntrips found (a claimed break overlapping the trip), by rate and trip length "
          "(old / new, n):")
    lengths = [f"{lo}-{hi}" for lo, hi in LENGTH_BINS]
    print("  rate       " + "".join(f"{x + ' d':>20s}" for x in lengths))
    for lo, hi in RATE_BINS:
        rate = f"{lo:g}-{hi:g}"
        cells = []
        for length in lengths:
            k, o, c = detect.get((rate, length), [0, 0, 0])
            cells.append(f"{o / k:.0%} / {c / k:.0%} ({k})" if k else "-")
        print(f"  {rate:10s} " + "".join(f"{x:>20s}" for x in cells))
    print(f"  all trips: old {found_old / trips:.0%}, "
          + ", ".join(f"new at p < {a:g} {found_at[a] / trips:.0%}" for a in ALPHAS))
    print(f"  with a trip, a claimed break elsewhere: old {wilson(trip_fa_old, trips)}, "
          f"new {wilson(trip_fa_new, trips)}")


def pipeline(seeds: range) -> None:
    """The same histories through the whole analysis (analyse: cleaning, the zone inferred
    from the hours, local days under it) instead of the true local days."""
    from nymaudit.timing import analyse

    t0 = time.perf_counter()
    null_claims = found = trips = agree = total = null_direct = found_direct = 0
    for seed in seeds:
        for trip in (False, True):
            h = history(seed, trip=trip)
            result = analyse(h["times"], now=2_000_000_000.0, use_stated=False)
            epoch = date(1970, 1, 1)
            claimed = [((date.fromisoformat(s) - epoch).days, k) for s, _, k in result.absences
                       if result.absence_p.get(s, 1.0) < BREAK_CLAIM_P]
            direct = [(s, k) for s, k, p in new_rule(h["local"]) if p < BREAK_CLAIM_P]
            total += 1
            agree += sorted(claimed) == sorted(direct)
            if not trip:
                null_claims += bool(claimed)
                null_direct += bool(direct)
            elif h["trip"] is not None:
                trips += 1
                found += any(_overlaps(f, h["trip"]) for f in claimed)
                found_direct += any(_overlaps(f, h["trip"]) for f in direct)
    n = len(seeds)
    print(f"through analyse(), seeds {seeds.start}-{seeds.stop - 1} ({time.perf_counter() - t0:.0f} s): "
          f"histories without a break with a claim {wilson(null_claims, n)}; trips found "
          f"{found}/{trips}; claims identical to the true local days' in {agree}/{total} (at the "
          f"true local days: {null_direct}/{n} with a claim, trips found {found_direct}/{trips})")


def walkthrough() -> None:
    """The walkthrough's generator (gen_d_gaps.py): 281 posts on days drawn uniformly over 270
    days, evening hours in Europe/Dublin, seeds 0-19; local days are the drawn days."""
    old_claims = new_claims = 0
    for seed in range(20):
        r = random.Random(seed)
        first = (date(2025, 3, 1) - date(1970, 1, 1)).days
        days = []
        for _ in range(281):
            days.append(first + r.randrange(270))
            r.choice([7, 8, 13, 19, 20, 21, 22, 23])
            r.randrange(60)
        local = np.array(days, dtype=np.int64)
        old = old_rule(local)
        new = new_rule(local)
        best = min((p for *_, p in new), default=1.0)
        old_claims += bool(old)
        new_claims += best < BREAK_CLAIM_P
        print(f"  s{seed}: old {len(old)} claimed, new {len(new)} listed, "
              f"smallest p {best:.3f}, claimed {sum(p < BREAK_CLAIM_P for *_, p in new)}")
    print(f"walkthrough: histories with a claim: old {old_claims}/20, new {new_claims}/20")


def speed() -> None:
    """The break test alone, worst case: 1,000,000 timestamps over 26 years with a break of
    5-30 days every few weeks (hundreds of runs to test)."""
    rng = np.random.default_rng(3)
    n_days = 26 * 365
    on = np.ones(n_days, dtype=bool)
    day = 0
    while day < n_days:
        day += int(rng.integers(10, 60))
        on[day:day + int(rng.integers(5, 31))] = False
    active = np.flatnonzero(on)
    local = np.sort(rng.choice(active, size=1_000_000)) + 11_000
    runs, old_runs = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        old = old_rule(local)
        old_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        gaps, _ = _absences(local, iso_day)
        runs.append(time.perf_counter() - t0)
    print(f"speed, break test alone: 1,000,000 timestamps, {n_days} days; old rule {len(old)} breaks, "
          f"best of 3 {min(old_runs):.3f} s; new {len(gaps)} breaks listed (capped at 50), "
          f"best of 3 {min(runs):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="0:400", help="first:last+1 (0:400 tuning, 1000:2000 held out)")
    parser.add_argument("--walkthrough", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--pipeline", action="store_true", help="through analyse() (slower)")
    parser.add_argument("--bursty", action="store_true", help="writers who post in bursts (Markov days)")
    args = parser.parse_args()
    if args.walkthrough:
        walkthrough()
        return
    if args.speed:
        speed()
        return
    lo, hi = (int(x) for x in args.seeds.split(":"))
    if args.pipeline:
        pipeline(range(lo, hi))
        return
    run(range(lo, hi), bursty=args.bursty)


if __name__ == "__main__":
    main()

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
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
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

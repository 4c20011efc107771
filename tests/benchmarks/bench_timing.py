"""Timing benchmark: accuracy on simulated posters, speed on 1,000,000 timestamps,
and the inference on a real git history whose offsets are known.

Run by hand:  python tests/benchmarks/bench_timing.py [--posters 300] [--seed 7]
                  [--skip-speed] [--git PATH ...]
Figures go to docs/timing.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from simulate_posters import ZONES, simulate  # noqa: E402

from nymaudit.timing import analyse  # noqa: E402

NOW = 2_000_000_000.0  # a fixed "now" after every simulated history


def _population_weights() -> np.ndarray:
    from nymaudit.timing.zones import zone_table

    population = {e.zone: e.population for e in zone_table()}
    share = Counter(z for z, *_ in ZONES)
    weights = np.array([population.get(z, 0.1) / share[z] for z, *_ in ZONES])
    return weights / weights.sum()


def accuracy(n: int, seed: int, weighting: str = "uniform") -> None:
    rng = np.random.default_rng(seed)
    weights = _population_weights() if weighting == "population" else None
    rows = []
    started = time.perf_counter()
    analysis_time = 0.0
    for i in range(n):
        # Uniform: every zone in turn, whatever its population (the hard case for
        # a population prior). Population: zones drawn in proportion to people.
        pick = i % len(ZONES) if weights is None else int(rng.choice(len(ZONES), p=weights))
        poster = simulate(rng, ZONES[pick])
        t0 = time.perf_counter()
        result = analyse(poster.times, now=NOW, use_stated=False)
        analysis_time += time.perf_counter() - t0
        top3 = [z for z, _ in result.zone_candidates[:3]]
        rows.append(
            {
                "zone": poster.zone,
                "days": poster.days,
                "posts": result.posts,
                "worker": poster.traits["worker"],
                "holidays": poster.traits["holidays"],
                "half": poster.standard_offset % 1 != 0,
                "friday": 4 in poster.free_days,
                "exact": result.standard_offset == poster.standard_offset,
                "within1": result.standard_offset is not None
                and abs(result.standard_offset - poster.standard_offset) <= 1.0,
                "dst_case": poster.days >= 240,
                "dst_ok": result.observes_dst == poster.observes_dst,
                "dst_null": result.observes_dst is None,
                "top3": poster.zone in top3,
                "top1": bool(top3) and top3[0] == poster.zone,
                "p": result.offset_probability or 0.0,
                "weekend_ok": result.weekend is not None
                and tuple(
                    ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").index(d)
                    for d in result.weekend
                ) == tuple(poster.free_days),
                "weekend_given": result.weekend is not None,
            }
        )
    elapsed = time.perf_counter() - started

    def share(items, key):
        return sum(r[key] for r in items) / max(len(items), 1)

    print(f"simulated posters: {n} (seed {seed}, zones {weighting}), "
          f"{len({r['zone'] for r in rows})} zones")
    print(f"  standard offset exact:        {share(rows, 'exact'):.1%}")
    print(f"  standard offset within 1 h:   {share(rows, 'within1'):.1%}")
    dst = [r for r in rows if r["dst_case"]]
    print(
        f"  DST observance right (>=240 d, n={len(dst)}): {share(dst, 'dst_ok'):.1%}"
        f"  (undecided: {share(dst, 'dst_null'):.1%})"
    )
    print(f"  true zone in top 3:           {share(rows, 'top3'):.1%}")
    print(f"  true zone first:              {share(rows, 'top1'):.1%}")
    given = [r for r in rows if r["weekend_given"]]
    print(
        f"  weekend stated for {len(given) / n:.0%}; right when stated: "
        f"{share(given, 'weekend_ok'):.1%}"
    )
    for label, key, value in (
        ("workers", "worker", True),
        ("no work week", "worker", False),
        ("holiday takers", "holidays", True),
        ("half/quarter-hour zones", "half", True),
        ("Friday in weekend", "friday", True),
    ):
        part = [r for r in rows if r[key] == value]
        print(
            f"  {label:24s} n={len(part):4d} exact {share(part, 'exact'):.1%} "
            f"within1 {share(part, 'within1'):.1%} top3 {share(part, 'top3'):.1%}"
        )
    # Reliability: does the stated probability of the top offset match how
    # often it is right?
    bins = [(0.0, 0.3), (0.3, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.97), (0.97, 1.01)]
    for lo, hi in bins:
        part = [r for r in rows if lo <= r["p"] < hi]
        stated = sum(r["p"] for r in part) / max(len(part), 1)
        print(f"  top offset probability in [{lo:.2f}, {min(hi, 1):.2f}): n={len(part):4d} "
              f"mean stated {stated:.2f}, right {share(part, 'exact'):.1%}")
    high = [r for r in rows if r["p"] >= 0.9]
    print(f"  top offset probability >= 0.9: n={len(high)}, right {share(high, 'exact'):.1%}")
    brier = sum((r["p"] - r["exact"]) ** 2 for r in rows) / max(len(rows), 1)
    print(f"  Brier score of the top offset's probability: {brier:.3f}")
    misses = Counter(r["zone"] for r in rows if not r["exact"])
    print("  most missed zones:", ", ".join(f"{z} {c}" for z, c in misses.most_common(8)))
    print(f"  analysis time per poster: {analysis_time / n * 1000:.0f} ms "
          f"(total with simulation {elapsed:.0f} s)")


def _heavy(rng: np.random.Generator, n: int, days_per_chunk: int, rate: float,
           first: date) -> np.ndarray:
    chunks = []
    total = 0
    while total < n:
        start = first + timedelta(days=(days_per_chunk + 1) * len(chunks))
        poster = simulate(rng, ZONES[0], days=days_per_chunk, rate=rate, start=start,
                          trips=False)
        chunks.append(poster.times)
        total += poster.times.size
    return np.concatenate(chunks)[:n]


def speed() -> None:
    rng = np.random.default_rng(1)
    cases = {
        # 1,000,000 timestamps over about 19 years (the analysis window keeps the
        # last three years for the inference; cleaning sees everything).
        "19-year history": _heavy(rng, 1_000_000, 690, 150.0, date(2006, 1, 1)),
        # 1,000,000 timestamps all inside the three-year window: the worst case.
        "2.7-year history": _heavy(rng, 1_000_000, 330, 1000.0, date(2022, 1, 1)),
    }
    for label, times in cases.items():
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            analyse(times, now=NOW, use_stated=False)
            runs.append(time.perf_counter() - t0)
        print(f"speed, {label}: {times.size:,} timestamps, first run {runs[0]:.2f} s "
              f"(includes building the template bank and tz tables), then "
              f"{min(runs[1:]):.2f} s")


def git_history(path: str) -> None:
    fmt = "%at %ai"
    done = subprocess.run(["git", "-C", path, "log", "--all", f"--format={fmt}"],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={"GIT_OPTIONAL_LOCKS": "0", "PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        print(f"git {path}: cannot read ({done.stderr.strip()[:100]})")
        return
    times, offsets = [], []
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        times.append(int(parts[0]))
        z = parts[3]
        offsets.append((1 if z[0] == "+" else -1) * (int(z[1:3]) * 60 + int(z[3:5])))
    print(f"git {path}: {len(times)} commits; stated offsets:",
          dict(Counter(offsets).most_common(4)))
    if len(times) < 50:
        print("  fewer than 50 commits: too little for the inference")
        return
    result = analyse(times, now=time.time(), use_stated=False)
    stated = defaultdict(int)
    for o in offsets:
        stated[o] += 1
    print(f"  inferred from UTC times only: standard offset {result.standard_offset} "
          f"(p={result.offset_probability}), DST {result.observes_dst}, "
          f"zones {result.zone_candidates[:3]}")


def debian_changelogs(min_entries: int = 50) -> None:
    """Real timestamps with known offsets: the sign-off lines of Debian package
    changelogs on this machine (`` -- Name <email>  Mon, 01 Jan 2024 10:00:00
    +0100``), grouped by maintainer. The offset is the maintainer's clock."""
    import glob
    import gzip
    import re
    from email.utils import parsedate_tz

    line_re = re.compile(r"^ -- .+? <([^>]+)>\s+(.+)$")
    entries: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for path in glob.glob("/usr/share/doc/*/changelog*.gz"):
        try:
            with gzip.open(path, "rt", errors="replace") as fh:
                for line in fh:
                    m = line_re.match(line.rstrip())
                    if not m:
                        continue
                    parsed = parsedate_tz(m.group(2))
                    if not parsed or parsed[9] is None:
                        continue
                    from email.utils import mktime_tz

                    entries[m.group(1).lower()].add((int(mktime_tz(parsed)), parsed[9] // 60))
        except (OSError, EOFError, ValueError):
            continue
    people = {k: sorted(v) for k, v in entries.items() if len(v) >= min_entries}
    print(f"debian changelogs: {len(entries)} maintainers, {len(people)} with >= "
          f"{min_entries} dated sign-offs")
    utc_only = exact = within1 = dst_ok = dst_n = 0
    rows = []
    for who, items in sorted(people.items()):
        # The analysis reads the last three years; judge it against those.
        last = items[-1][0]
        items = [(t, o) for t, o in items if t >= last - 3 * 365 * 86400]
        if len(items) < min_entries:
            continue
        times = np.array([t for t, _ in items], dtype=float)
        offsets = [o for _, o in items]
        counts = Counter(offsets)
        if set(counts) == {0}:
            utc_only += 1  # a machine set to UTC says nothing about where its owner is
            continue
        common = [o for o, c in counts.items() if c >= 0.15 * len(offsets)]
        truth_std = min(common) / 60.0
        truth_dst = len(common) >= 2 and any(abs(a - b) == 60 for a in common for b in common)
        result = analyse(times, now=time.time(), use_stated=False)
        if result.standard_offset is None:
            continue
        ok = result.standard_offset == truth_std
        exact += ok
        within1 += abs(result.standard_offset - truth_std) <= 1
        span_ok = (times.max() - times.min()) / 86400 >= 240
        if span_ok:
            dst_n += 1
            dst_ok += result.observes_dst == truth_dst
        rows.append((who.split("@")[0][:3] + "…", len(items), truth_std, result.standard_offset,
                     result.offset_probability, truth_dst, result.observes_dst))
    n = len(rows)
    print(f"  left out (every sign-off at +0000): {utc_only}; evaluated (>= {min_entries} "
          f"sign-offs in their last three years): {n}")
    if n:
        print(f"  standard offset exact: {exact / n:.1%}, within 1 h: {within1 / n:.1%}; "
              f"DST right (>= 240 days, n={dst_n}): {dst_ok / max(dst_n, 1):.1%}")
        for row in rows:
            print("   ", row)


def ceiling(n: int = 200_000, seed: int = 0) -> None:
    """What the daily rhythm alone can tell, with unlimited data and the
    simulator's own trait distributions known exactly (simulate_posters.py):
    the evening onset (uniform 18:00-20:30), the chronotype (normal 4.2 +- 1.1 h,
    clipped to 1.5-8), for workers the alarm (normal 6.8 +- 0.6 h, seen only when
    the natural waking time is later) and the lunch start (40 %, uniform
    11:45-13:00) are measured without error in UTC; the offset is the most
    probable candidate under a flat prior. No weekends, holidays or DST rules:
    those come on top, and finite data take away. True offsets are drawn from
    the simulated zones, candidates are every standard offset of the zone
    table (half- and quarter-hours included) or whole hours only."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from nymaudit.timing.zones import zone_table

    def std(zone: str) -> float:
        tz = ZoneInfo(zone)
        return min(datetime(2021, m, 1, 12, tzinfo=tz).utcoffset().total_seconds() / 3600
                   for m in range(1, 13))

    rng = np.random.default_rng(seed)
    truth = np.array([std(z) for z, *_ in ZONES])[rng.integers(len(ZONES), size=n)]
    table = np.array(sorted({std(e.zone) for e in zone_table()}))
    evening = rng.uniform(18.0, 20.5, n) - truth
    chrono = np.clip(rng.normal(4.2, 1.1, n), 1.5, 8.0) - truth
    alarm = np.clip(rng.normal(6.8, 0.6, n), 5.0, 9.5)
    seen = np.clip(chrono + truth, 0, None) + rng.uniform(6.5, 9.0, n) / 2 > alarm
    alarm = alarm - truth
    lunch = rng.random(n) < 0.4
    lunch_at = rng.uniform(11.75, 13.0, n) - truth
    for label, grid in (("every offset in the zone table", table),
                        ("whole hours only", table[table % 1 == 0])):
        off = grid[None, :]
        ok = (evening[:, None] + off >= 18.0) & (evening[:, None] + off <= 20.5)
        base = np.where(ok, -0.5 * ((chrono[:, None] + off - 4.2) / 1.1) ** 2, -np.inf)
        for kind in ("no work week", "worker"):
            score = base.copy()
            if kind == "worker":
                score = np.where(seen[:, None],
                                 score - 0.5 * ((alarm[:, None] + off - 6.8) / 0.6) ** 2, score)
                lunch_ok = (lunch_at[:, None] + off >= 11.75) & (lunch_at[:, None] + off <= 13.0)
                score = np.where(lunch[:, None] & ~lunch_ok, -np.inf, score)
            pick = grid[np.argmax(score, axis=1)]
            keep = np.ones(n, bool) if label.startswith("every") else truth % 1 == 0
            err = np.abs(pick - truth)[keep]
            print(f"ceiling ({label}), {kind}: exact {np.mean(err == 0):.1%}, "
                  f"within 1 h {np.mean(err <= 1):.1%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posters", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--weighting", choices=["uniform", "population", "both"], default="both")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--git", nargs="*", default=[])
    parser.add_argument("--ceiling", action="store_true",
                        help="what the daily rhythm alone can tell with unlimited data")
    parser.add_argument("--debian", action="store_true",
                        help="real sign-off times from /usr/share/doc/*/changelog*.gz")
    args = parser.parse_args()
    if not args.skip_speed:
        speed()
    if not args.skip_accuracy:
        for weighting in ("uniform", "population"):
            if args.weighting in (weighting, "both"):
                accuracy(args.posters, args.seed, weighting)
    for path in args.git:
        git_history(path)
    if args.debian:
        debian_changelogs()
    if args.ceiling:
        ceiling()


if __name__ == "__main__":
    main()

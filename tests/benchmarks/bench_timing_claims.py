"""What the timing findings claim on simulated posters, beyond the offset: how often
TIME004 (holidays) fires and names the right country, whether any poster's posts are
taken for a bulk burst or a midnight placeholder, and the daylight-saving answer for
histories under 240 days (which bench_timing.py leaves out).

Run by hand:  python tests/benchmarks/bench_timing_claims.py [--posters 324] [--seed 11]
Zones are drawn in turn (uniform), as bench_timing.py does; figures go to docs/timing.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from simulate_posters import ZONES, simulate  # noqa: E402

from nymaudit.detectors import timing as detector  # noqa: E402
from nymaudit.timing import analyse  # noqa: E402

NOW = 2_000_000_000.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posters", type=int, default=324)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    fired = right = takers = all_takers = flagged = 0
    short: dict[object, list[int]] = {True: [0, 0], False: [0, 0], None: [0, 0]}
    for i in range(args.posters):
        poster = simulate(rng, ZONES[i % len(ZONES)])
        result = analyse(poster.times, now=NOW, use_stated=False)
        taker = poster.traits["holidays"] and poster.traits["worker"]
        all_takers += taker
        if detector.calendar_inferred(result):
            fired += 1
            right += result.country_candidates[0][0] == poster.country
            takers += taker
        flagged += (result.burst + result.midnight) > 0
        if poster.days < 240:
            short[result.observes_dst][0] += 1
            short[result.observes_dst][1] += result.observes_dst == poster.observes_dst
    print(f"simulated posters: {args.posters} (seed {args.seed}, zones uniform)")
    print(f"  TIME004 fires for {fired}; country right {right} ({right / max(fired, 1):.1%}); "
          f"holiday-taking workers among them {takers} of {all_takers}")
    print(f"  posters with posts taken for bursts or midnight placeholders: {flagged}")
    for answer, (n, ok) in short.items():
        print(f"  histories < 240 days, observes_dst={answer}: {n}, right {ok}")


if __name__ == "__main__":
    main()

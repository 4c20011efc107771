"""How well one daily rhythm explains the posting hours: a goodness-of-fit check on
the time-zone inference.

The zone model (core.py, model.py) assumes one person with one daily rhythm: asleep
at about the same local hours every day, give or take a weekend lie-in. A shift
worker breaks that: a nurse on nights posts at 03:00 on some days and sleeps until
17:00 after them, so the hours that are quiet on day shifts are busy on nights. The
model still finds the offset that best fits the blend, and with 1,000 posts it is
sure of it, whether right or wrong (a London nurse came out at UTC+02:00 with 99 %).

The check reads the quietest six hours of the day (all days pooled). One rhythm: they
are nearly empty, and the few posts in them are stray ones, scattered over the history
(a late night here and there). Shift work: they hold 7-16 % of the posts, and the days
with posts in them come in runs (nights in a row: the next day is one again far more
often than chance). Posts at every hour (no routine at all) fail the check too.

The thresholds were set on the simulated posters of the timing benchmark (seed 11,
none of which meets them; seed 7 checked after, which moved the run ratio from 1.2 to
1.3) and on the walkthrough's shift workers and two rotas written for the purpose
(continental 2-2-4, weekly three-shift), then checked on a 16-day rota held out;
docs/timing.md has the figures. A two-routine mixture of days was tried first and
missed rotas with three routines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DAY = 86400
QUIET_HOURS = 6  # the length of the quiet window read
MIN_QUIET_SHARE = 0.06  # shift work: the quiet hours hold at least this share of posts ...
MIN_NIGHT_DAYS = 30  # ... on at least this many days (fewer: the runs are noise) ...
# ... which follow each other this much more often than chance (rotas: 2.0-3.4; a night
# owl's late streaks 1.5 and posts at 2 am on Fridays and Saturdays 1.3 in the review's
# histories; it was 1.3 until that review) ...
MIN_RUN_LIFT = 1.6
# ... and recur through the history: a rota comes back every few weeks all year, while a
# stretch of travel, a new baby's nights or a bad month is one episode or a few (a review
# of 29 November built 24 such histories: 16 were read as shift work, their offset right at
# 90-100 % capped to low). Blocks of six weeks, so a six-week rota's one week of nights falls
# in each; at least this share of the blocks with posts must have nights.
SPREAD_BLOCK_DAYS = 42
MIN_NIGHT_SPREAD = 0.8
# Posts at every hour: the quiet hours hold this share or more (a flat day gives 6/24, and
# its quietest six hours about 0.20 of 400 posts; three-shift rotas 0.14-0.16).
NO_RHYTHM_SHARE = 0.18


@dataclass
class RhythmFit:
    quiet_share: float  # share of posts in the quietest six hours of all days pooled
    quiet_start: int  # the local hour those six hours start at
    night_days: int  # days with a post in them
    run_lift: float  # P(next day has one too | a day has one) / P(a day has one)
    spread: float  # share of the six-week blocks with posts that have such a day
    verdict: str  # "one", "two" (shift work or the like) or "none" (posts at every hour)

    @property
    def fits(self) -> bool:
        return self.verdict == "one"


def rhythm_fit(local_seconds: Any) -> RhythmFit | None:
    """The check on posts' local times (epoch seconds moved to the local clock). None
    without posts."""
    import numpy as np

    local = np.asarray(local_seconds, dtype=np.int64)
    if local.size == 0:
        return None
    hourly = np.bincount((local % DAY) // 3600, minlength=24).astype(float)
    doubled = np.concatenate([hourly, hourly[: QUIET_HOURS - 1]])
    windows = np.convolve(doubled, np.ones(QUIET_HOURS), mode="valid")[:24]
    start = int(np.argmin(windows))
    share = float(windows[start] / hourly.sum())
    # Days counted from the quiet window's start, so one night is one day.
    moved = local - start * 3600
    day = moved // DAY
    inside = (moved % DAY) < QUIET_HOURS * 3600
    first = int(day.min())
    n_days = int(day.max()) - first + 1
    night = np.zeros(n_days, dtype=bool)
    night[day[inside] - first] = True
    active = np.zeros(n_days, dtype=bool)
    active[day - first] = True
    base = night.sum() / max(int(active.sum()), 1)
    follow = (night[:-1] & night[1:]).sum() / max(int(night[:-1].sum()), 1)
    blocks = (day - first) // SPREAD_BLOCK_DAYS
    with_posts = np.unique(blocks)
    with_nights = np.unique(blocks[inside])
    fit = RhythmFit(
        quiet_share=round(share, 4),
        quiet_start=start,
        night_days=int(night.sum()),
        run_lift=round(float(follow / base), 3) if base > 0 else 0.0,
        spread=round(with_nights.size / max(with_posts.size, 1), 3),
        verdict="one",
    )
    # Near a flat day first: posts every 10-30 hours at any time also come in runs by chance.
    if share >= NO_RHYTHM_SHARE:
        fit.verdict = "none"
    elif (share >= MIN_QUIET_SHARE and fit.night_days >= MIN_NIGHT_DAYS and fit.run_lift >= MIN_RUN_LIFT
          and fit.spread >= MIN_NIGHT_SPREAD):
        fit.verdict = "two"
    return fit

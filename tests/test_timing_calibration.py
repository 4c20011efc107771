"""The daylight-saving shift test and the template bank behind the offset
posterior: regressions found with the simulated-poster benchmark."""

from __future__ import annotations

import numpy as np

from nymaudit.timing.core import _dst_shift_score
from nymaudit.timing.zones import BINS_PER_DAY


def _history(days: int, shift_from: int | None, rng: np.random.Generator, per_day: int = 3):
    """Cumulative daily UTC histograms (as core builds them) of a writer awake
    08:00-23:00 UTC; from day ``shift_from`` on they post an hour earlier."""
    rows = np.zeros((days, BINS_PER_DAY))
    for d in range(days):
        early = shift_from is not None and d >= shift_from
        low, high = (28, 92) if early else (32, 96)
        for b in rng.integers(low, high, size=per_day):
            rows[d, b % BINS_PER_DAY] += 1
    return np.concatenate([np.zeros((1, BINS_PER_DAY)), np.cumsum(rows, axis=0)])


def _periods(days: int, change: int):
    offs = np.where(np.arange(days) >= change, 8, 4)  # +1 h to +2 h, in quarter-hours
    return offs, np.array([0, change]), np.array([change, days])


def test_a_real_one_hour_move_scores_for_the_zone():
    rng = np.random.default_rng(3)
    cum = _history(200, 100, rng)
    offs, starts, ends = _periods(200, 100)
    assert _dst_shift_score(cum, offs, starts, ends) > 10


def test_no_move_scores_against_the_zone():
    rng = np.random.default_rng(4)
    cum = _history(200, None, rng)
    offs, starts, ends = _periods(200, 100)
    assert _dst_shift_score(cum, offs, starts, ends) < 0


def test_a_short_period_cannot_fake_a_move():
    # A writer without daylight saving, and a zone whose other offset covers
    # only the first three days of the history: the old cross-check scored the
    # long period against a curve drawn from a handful of posts and could give
    # tens of log-units to a zone on the other side of the world.
    for seed in range(20):
        rng = np.random.default_rng(seed)
        cum = _history(200, None, rng)
        offs, starts, ends = _periods(200, 3)
        assert _dst_shift_score(cum, offs, starts, ends) <= 1.0


def test_day_judgements_are_aligned_by_date():
    # The template's day numbers can start a day before the counts' (the leading
    # zone changed after the weekend re-weighting); this used to raise a
    # broadcasting error instead of aligning the two by date.
    from nymaudit.timing.calendar import holiday_evidence
    from nymaudit.timing.zones import zone_table

    zones = zone_table()
    posterior = np.full(len(zones), 1.0 / len(zones))
    day0 = 19_000
    counts = np.zeros((200, 24), dtype=int)
    counts[:, 20] = 1
    for shift in (-1, 0, 1):
        llr = np.zeros(200 + abs(shift))
        updated, _, _ = holiday_evidence(
            posterior, zones, day0, counts, (5, 6), (day0 + shift, llr)
        )
        assert np.isclose(updated.sum(), 1.0)

"""The rhythm check after the review of its first version (eighth session, 29 November):
nights must follow a fixed cycle of one to eight weeks, as a rota's do. Before, a week of
insomnia every two months and a student's exam season of all-nighters were read as shift work
and their right zone, at 90-99 %, capped to low; weekly three-shift rotas were missed (their
nights' run ratio is below the 1.6 the first review set). Histories built as an X archive and
read through the CLI."""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nymaudit.timing.fit import rhythm_fit  # noqa: E402
from test_timing_walkthrough7 import _episodes, _report, _x_archive  # noqa: E402

LONDON = ZoneInfo("Europe/London")


def _shifts(kind: str, seed: int) -> list[float]:
    """A London shift worker: a weekly three-shift rota (a week each of earlies, lates and
    nights, weekends off) or the walkthrough's nurse on a 14-day rota through weekends (4
    nights, 3 off, 3 long days, 4 off; /tmp/work/walk7 inputs/gen_nurse_b.py)."""
    rng = random.Random(seed)
    out: list[float] = []

    def at(day: date, minutes: int) -> None:
        when = day + timedelta(days=minutes // 1440)
        minutes %= 1440
        out.append(datetime(when.year, when.month, when.day, minutes // 60, minutes % 60, rng.randint(0, 59),
                            tzinfo=LONDON).timestamp())

    windows = {
        "early": [(290, 330), (600, 660), (900, 1260)],
        "late": [(480, 780), (1080, 1140), (1335, 1470)],
        "night": [(900, 1110), (1380, 1740), (1860, 1950)],
        "off": [(540, 1380), (540, 1380)],
        "nurse_night": [(1080, 1150), (1560, 1710), (1935, 2010)],
        "nurse_day": [(370, 410), (780, 820), (1230, 1380)],
    }
    start = date(2025, 1, 6) if kind == "three" else date(2025, 3, 1)
    for k in range(480 if kind == "three" else 610):
        day = start + timedelta(days=k)
        if kind == "three":
            shift = "off" if day.weekday() >= 5 else ("early", "late", "night")[(k // 7) % 3]
            chance = 0.6
        else:
            shift = "nurse_night" if k % 14 < 4 else "nurse_day" if 7 <= k % 14 < 10 else "off"
            chance = 0.7 if shift == "nurse_night" else 0.65
        if shift == "off" and kind != "three":
            for _ in range(rng.choice([0, 1, 2, 3])):
                at(day, rng.randint(570, 1410))
            continue
        for lo, hi in windows[shift]:
            if rng.random() < chance:
                at(day, rng.randint(lo, hi))
    return sorted(out)


def _local(stamps: list[float]) -> list[float]:
    return [s + datetime.fromtimestamp(s, LONDON).utcoffset().total_seconds() for s in stamps]


@pytest.mark.parametrize("kind", ["insomnia", "exams"])
def test_insomnia_weeks_and_an_exam_season_keep_their_zone(tmp_path, kind):
    """A week of 03:00-05:00 posts every 60 days, and seven weeks of exam all-nighters on top of
    late evenings: their nights recur and come in runs (run ratio 5.5 and 4.0), but on no cycle
    of at most eight weeks. Before: UTC+00:00 at 98 % and 91 %, capped to low, no quiet window."""
    stamps = _episodes(kind, 1)
    fit = rhythm_fit(_local(stamps))
    assert fit.verdict == "one", fit
    assert fit.period_strength < 0.2
    timing, found = _report(_x_archive(tmp_path / kind, stamps))
    assert timing["standard_utc_offset_hours"] == 0
    assert timing["offset_confidence"] == "high"
    assert timing["sleep_window_local"] is not None
    assert "daily rhythm" not in found["TIME002"]["message"]


def test_a_weekly_three_shift_rota_is_capped_and_its_cycle_named(tmp_path):
    """Earlies, lates and nights a week each, weekends off: before, its nights' run ratio (1.41)
    was under the 1.6 the first review set, and the model's UTC+02:00 (the right answer is
    +00:00) stood at 99.9 %, high. Its nights come back every 21 days."""
    stamps = _shifts("three", 1)
    fit = rhythm_fit(_local(stamps))
    assert fit.verdict == "two" and fit.period == 21, fit
    timing, found = _report(_x_archive(tmp_path / "three", stamps))
    assert timing["offset_confidence"] == "low"
    assert timing["sleep_window_local"] is None
    assert "21-day cycle" in found["TIME002"]["message"]


def test_the_walkthroughs_nurse_rota_is_still_capped(tmp_path):
    """A nurse on the walkthrough's 14-day rota (built like it; the walkthrough's read as
    UTC+02:00 at 97-99 %) stays capped, and the message names the cycle."""
    stamps = _shifts("nurse", 4)
    timing, found = _report(_x_archive(tmp_path / "nurse", stamps))
    assert timing["offset_confidence"] == "low"
    message = found["TIME002"]["message"]
    assert "do not follow one daily rhythm" in message and "14-day cycle" in message


def test_a_fold_on_half_the_cycle_is_no_cycle():
    """Eight nights every 60 days fold perfectly on 30 days (every episode at the same phase),
    but a night never comes back 30 days later: no cycle. Four nights every 14 days: 14."""
    from nymaudit.timing.fit import _cycle

    days = 540
    active = np.ones(days, dtype=bool)
    every_60 = np.array([d % 60 < 8 for d in range(days)])
    assert _cycle(every_60, active) == (0, 0.0)
    every_14 = np.array([d % 14 < 4 for d in range(days)])
    period, strength = _cycle(every_14, active)
    assert period == 14 and strength > 0.9
    # Posts on some days only: the fold counts active days.
    sparse = active.copy()
    sparse[::3] = False
    assert _cycle(every_14 & sparse, sparse)[0] == 14

"""Runs the TIME rules' examples. An example is a compact description of a
posting history, ``key=value`` words:

- ``posts=N``: N posts at a fixed hour (for too-little-data cases);
- ``zone=Area/City days=N``: a regular writer in that zone for N days (posts at
  fixed local times, a later start on weekends and, with ``holidays=CC-SUB``, on
  that calendar's holidays); ``office=yes`` adds posts in office hours;
  ``gap=N`` leaves N days without posts in the middle; ``weekend=fri-sat``
  moves the weekend; ``active=0.4`` posts on that share of the days only (drawn with a
  fixed seed), a sparse writer whose short breaks are chance;
- ``offsets=+0100,+0200``: records that store those UTC offsets;
- ``bulk=N``, ``future=N``, ``pre2000=N``: timestamps an import would leave;
  ``burst=N``: N posts 5 seconds apart (a bulk edit); ``midnight=N``: N records at
  exactly 00:00:00 UTC on different days (dates a converter wrote as midnight);
- ``stepped=N``: N posts one every 23 h + (i mod 5) h from 2025-02-01 20:00 UTC (a machine:
  five days at one UTC hour, then five hours earlier; walk10 item 8).

The function builds the timestamps, runs the analysis and asks the detector's
own condition for the rule, so the examples test what the detector reports.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

WORKDAY = ("07:15", "07:40", "12:20", "12:45", "18:30", "20:10", "21:30", "22:40")
FREEDAY = ("10:30", "11:45", "14:00", "17:30", "21:00", "23:10")
OFFICE = ("10:05", "11:10", "14:30", "15:35", "16:10")
START = date(2023, 1, 2)


def _parse(example: str) -> dict[str, str]:
    out = {}
    for word in example.split():
        key, _, value = word.partition("=")
        out[key.strip().lower()] = value.strip()
    return out


def build(example: str) -> tuple[list[float], list[float]]:
    """(epoch seconds, stated offset minutes or NaN) for an example."""
    from zoneinfo import ZoneInfo

    spec = _parse(example)
    nan = float("nan")
    times: list[float] = []
    stated: list[float] = []
    if "posts" in spec:
        for i in range(int(spec["posts"])):
            # Not the same minute every day: 20:15 thirty times is a scheduler's (clean.py).
            times.append(datetime(2024, 3, 4 + i % 20, 20, (15 + 7 * i) % 60).timestamp())
            stated.append(nan)
    if "zone" in spec:
        tz = ZoneInfo(spec["zone"])
        days = int(spec.get("days", "300"))
        holidays_off: set[date] = set()
        if "holidays" in spec:
            import holidays

            country, _, sub = spec["holidays"].partition("-")
            years = range(START.year, (START + timedelta(days=days)).year + 1)
            holidays_off = set(holidays.country_holidays(country, subdiv=sub or None, years=years))
        free_days = {"fri-sat": (4, 5), "fri": (4,), "sat-sun": (5, 6)}[
            spec.get("weekend", "sat-sun").lower()
        ]
        gap = int(spec.get("gap", "0"))
        gap_start = days // 2
        active = float(spec.get("active", "1"))
        draw = random.Random(7)
        for i in range(days):
            if gap and gap_start <= i < gap_start + gap:
                continue
            if active < 1 and draw.random() >= active:
                continue
            day = START + timedelta(days=i)
            free = day.weekday() in free_days or day in holidays_off
            slots = FREEDAY if free else WORKDAY + (OFFICE if spec.get("office") == "yes" else ())
            for k, slot in enumerate(slots):
                hour, minute = (int(x) for x in slot.split(":"))
                minute = (minute + 7 * (i % 5) + k) % 60  # not the same minute every day
                local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
                times.append(local.timestamp())
                stated.append(nan)
    if "offsets" in spec:
        for i, text in enumerate(spec["offsets"].split(",")):
            sign = -1 if text.startswith("-") else 1
            digits = text.lstrip("+-")
            minutes = sign * (int(digits[:2]) * 60 + int(digits[2:4]))
            times.append(datetime(2024, 1, 1 + i % 28, 9, 0).timestamp())
            stated.append(float(minutes))
    base = datetime(2024, 6, 1, 12, 0).timestamp()
    for _ in range(int(spec.get("bulk", "0"))):
        times.append(base)
        stated.append(nan)
    for i in range(int(spec.get("burst", "0"))):
        times.append(base + 5.0 * i)
        stated.append(nan)
    for i in range(int(spec.get("midnight", "0"))):
        times.append(datetime(2023, 1, 2, tzinfo=UTC).timestamp() + 86400.0 * i)
        stated.append(nan)
    for i in range(int(spec.get("future", "0"))):
        times.append(datetime(2099, 1, 1 + i).timestamp())
        stated.append(nan)
    for i in range(int(spec.get("stepped", "0"))):
        times.append(datetime(2025, 2, 1, 20, tzinfo=UTC).timestamp() + 3600.0 * (23 * i + i % 5))
        stated.append(nan)
    for i in range(int(spec.get("pre2000", "0"))):
        times.append(datetime(1995, 1, 1 + i).timestamp())
        stated.append(nan)
    return times, stated


def check(rule: Any, example: str) -> bool:
    from nymaudit.detectors import timing as detector
    from nymaudit.timing import analyse

    times, stated = build(example)
    result = analyse(times, stated_offsets=stated, now=datetime(2026, 1, 1).timestamp())
    condition = {
        "TIME001": detector.too_little,
        "TIME002": detector.zone_inferred,
        "TIME003": detector.dst_inferred,
        "TIME004": detector.calendar_inferred,
        "TIME005": detector.office_hours,
        "TIME006": detector.has_absences,
        "TIME007": detector.stated_leak,
        "TIME008": detector.excluded,
    }[rule.id]
    if not condition(result):
        return False
    spec = _parse(example)
    # Where the example names the truth, the inference must also be right.
    if rule.id == "TIME002" and "zone" in spec:
        from zoneinfo import ZoneInfo

        winter = datetime(2023, 1, 15, 12, tzinfo=ZoneInfo(spec["zone"])).utcoffset()
        summer = datetime(2023, 7, 15, 12, tzinfo=ZoneInfo(spec["zone"])).utcoffset()
        expected = min(winter, summer).total_seconds() / 3600.0
        return result.standard_offset == expected
    if rule.id == "TIME003" and "dst" in spec:
        return result.observes_dst == (spec["dst"] == "yes")
    if rule.id == "TIME004" and "holidays" in spec:
        return result.country_candidates[0][0] == spec["holidays"].split("-")[0]
    return True

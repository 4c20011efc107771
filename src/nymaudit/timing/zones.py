"""Candidate time zones: the prior table (heuristics/timing.toml) and each zone's
UTC offset day by day over the dates a history covers, from the tz database.

Offsets are never written by hand: zoneinfo (with the ``tzdata`` package as its
database) gives them, so rule changes inside a history (Mexico dropped DST in
2022, Iran in 2022, Brazil in 2019) come out as the database records them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

DAY = 86400
BIN_SECONDS = 900  # 15 minutes: every UTC offset in use is a multiple of it
BINS_PER_DAY = 96

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Weekend shapes the model knows, as the free weekdays (Monday = 0).
WEEKENDS: dict[str, tuple[int, ...]] = {
    "Sat-Sun": (5, 6),
    "Fri-Sat": (4, 5),
    "Fri": (4,),
    "Thu-Fri": (3, 4),
    "Sat": (5,),
    "Sun": (6,),
}


@dataclass(frozen=True)
class ZoneEntry:
    zone: str
    country: str
    population: float
    dst_rule: str | None
    standard_override: float | None
    weekend: str
    subdivisions: dict[str, float] = field(default_factory=dict)


def _table() -> dict[str, Any]:
    from nymaudit.rules import load_file

    return load_file("timing")


@cache
def zone_table() -> tuple[ZoneEntry, ...]:
    data = _table()
    weekend_of: dict[str, str] = {}
    for shape, countries in data.get("weekends", {}).items():
        for country in countries:
            weekend_of[country] = shape
    entries = []
    for row in data.get("zone", []):
        country = row.get("country", "")
        entries.append(
            ZoneEntry(
                zone=row["zone"],
                country=country,
                population=float(row.get("population", 0.001)),
                dst_rule=row.get("dst_rule"),
                standard_override=row.get("standard"),
                weekend=weekend_of.get(country, "Sat-Sun"),
                subdivisions={k: float(v) for k, v in row.get("subdivisions", {}).items()},
            )
        )
    return tuple(entries)


@cache
def _rule_zones() -> frozenset[str]:
    return frozenset(e.zone for e in zone_table() if e.dst_rule)


def has_rule(zone: str) -> bool:
    return zone in _rule_zones()


def _offset_at(tz: Any, instant: int) -> int:
    """UTC offset in seconds of ``tz`` at a UTC instant."""
    moment = datetime.fromtimestamp(instant, tz=UTC).astimezone(tz)
    delta = moment.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


@cache
def transitions(zone: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """((instant, offset_seconds), ...): the offset from ``start`` on, and every
    change up to ``end``. Sampled every 5 days, then bisected to the second: no
    zone changes its offset twice within 5 days."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    if not has_rule(zone):
        # Zones without a DST rule in the table: a coarse look first; any DST
        # period lasts longer than 30 days (Ramadan in Morocco is the exception,
        # and Morocco carries a rule).
        coarse = list(range(start, end, 30 * DAY)) + [end]
        first = _offset_at(tz, start)
        if all(_offset_at(tz, p) == first for p in coarse):
            return ((start, first),)
    step = 5 * DAY
    points = list(range(start, end, step)) + [end]
    offsets = [_offset_at(tz, p) for p in points]
    result = [(start, offsets[0])]
    for i in range(1, len(points)):
        if offsets[i] == offsets[i - 1]:
            continue
        lo, hi = points[i - 1], points[i]
        while hi - lo > 1:  # invariant: offset(lo) == old, offset(hi) == new
            mid = (lo + hi) // 2
            if _offset_at(tz, mid) == offsets[i - 1]:
                lo = mid
            else:
                hi = mid
        result.append((hi, offsets[i]))
    return tuple(result)


def day_offsets(zone: str, first_day: int, n_days: int) -> Any:
    """The zone's UTC offset in 15-minute bins for each day (taken at 12:00 UTC),
    as an int array of length ``n_days``. Day numbers count from the epoch."""
    import numpy as np

    start = first_day * DAY
    end = (first_day + n_days) * DAY
    changes = transitions(zone, start, end)
    out = np.empty(n_days, dtype=np.int64)
    instants = np.array([c[0] for c in changes], dtype=np.int64)
    values = np.array([c[1] // BIN_SECONDS for c in changes], dtype=np.int64)
    noons = (first_day + np.arange(n_days, dtype=np.int64)) * DAY + DAY // 2
    idx = np.searchsorted(instants, noons, side="right") - 1
    out[:] = values[np.clip(idx, 0, len(values) - 1)]
    return out


def standard_offset_hours(entry: ZoneEntry, first_day: int, n_days: int) -> float:
    """Offset outside daylight saving time around the history: the smaller of the
    offsets in use a year either side (Dublin's 'negative DST' and southern
    zones come out right), unless the table overrides it (Morocco)."""
    if entry.standard_override is not None:
        return float(entry.standard_override)
    margin = 366
    start = (first_day - margin) * DAY
    end = (first_day + n_days + margin) * DAY
    changes = transitions(entry.zone, start, end)
    return min(off for _, off in changes) / 3600.0


def seasonal_changes(entry: ZoneEntry, first_day: int, n_days: int) -> bool:
    """Whether the zone's clocks go back and forth within a year of the history
    (daylight saving), as opposed to no change or a one-off permanent move
    (Kazakhstan 2024, Novosibirsk 2016)."""
    margin = 366
    start = (first_day - margin) * DAY
    end = (first_day + n_days + margin) * DAY
    return len(transitions(entry.zone, start, end)) > 2


def steady_year(entry: ZoneEntry, first_day: int, n_days: int) -> bool:
    """Whether the zone keeps one offset over the whole history and the stretch
    at that offset lasts a year or more: no daylight saving in that time. So a
    zone that dropped it before the history (Iran and Mexico in 2022), took it
    up only after it (Egypt in 2023) or paused it around it (Chile kept summer
    time from September 2014 to May 2016) did not observe it then. A summer-only
    history in a zone that still switches is not steady: no summer lasts a year."""
    margin = 366
    start = (first_day - margin) * DAY
    end = (first_day + n_days + margin) * DAY
    changes = [instant for instant, _ in transitions(entry.zone, start, end)[1:]]
    # Each day's offset is taken at 12:00 UTC (day_offsets).
    first_noon = first_day * DAY + DAY // 2
    last_noon = (first_day + n_days - 1) * DAY + DAY // 2
    if any(first_noon < c <= last_noon for c in changes):
        return False
    before = max((c for c in changes if c <= first_noon), default=start)
    after = min((c for c in changes if c > last_noon), default=end)
    return after - before >= margin * DAY


@cache
def _latitudes() -> dict[str, float]:
    """Latitude of each zone's principal city, from the tz database's own tables
    (``zone1970.tab`` and ``zone.tab`` in the tzdata package)."""
    from importlib import resources

    out: dict[str, float] = {}
    for name in ("zone.tab", "zone1970.tab"):
        try:
            text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            continue
        for line in text.splitlines():
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            coords = parts[1]
            # +DDMM+DDDMM or +DDMMSS+DDDMMSS: the latitude is up to the second sign
            cut = max(coords.find("+", 1), coords.find("-", 1))
            lat = coords[:cut]
            digits = lat[1:]
            value = int(digits[:2]) + int(digits[2:4]) / 60.0
            out[parts[2]] = -value if lat[0] == "-" else value
    return out


def hemisphere(zone: str) -> str | None:
    """"N" or "S" by the latitude the tz database gives the zone, None when it
    gives none (Etc/GMT+12)."""
    lat = _latitudes().get(zone)
    if lat is None:
        return None
    return "S" if lat < 0 else "N"

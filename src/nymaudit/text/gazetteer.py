"""The offline gazetteer: GeoNames populated places (villages in English-speaking
countries, towns of 15,000+ elsewhere) from a 1.5 MB prebuilt file.

Loading reads one gzip file and splits it into sorted lines; names are found by
binary search and place details parsed only for names a text actually mentions.
"""

from __future__ import annotations

import bisect
import gzip
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

DATA_FILE = "gazetteer.tsv.gz"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str
    population: int
    timezone: str
    common_word: bool
    kind: str = "place"  # place, country, region

    @property
    def has_point(self) -> bool:
        return self.kind == "place"

    @property
    def label(self) -> str:
        """Name and country. Reports use ``nymaudit.text.places.label``, which adds the
        region by name ("E9" or "ME", GeoNames' codes, tell a reader nothing)."""
        return f"{self.name} ({self.country})"


def key_of(name: str) -> str:
    """The lookup key: folded, dots and apostrophes dropped, hyphens as spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "").replace(".", "")
    return _SPACE_OR_HYPHEN.sub(" ", plain).strip()


_SPACE_OR_HYPHEN = re.compile(r"[\s\-]+")


class Gazetteer:
    """Sorted rows searched by bisection: no dict is built at start-up, so loading
    costs one decompression and one split (tens of milliseconds)."""

    def __init__(self, lines: list[str], zones: list[str], first_words: frozenset[str] | None = None,
                 max_words: int | None = None) -> None:
        self._zones = zones
        self._joined: dict[str, str] | None = None  # built on the first hashtag that needs it
        self._lines = lines  # sorted by key: bisect on key + TAB finds a name's rows
        self.max_words = max_words or max(
            (ln.partition("\t")[0].count(" ") + 1 for ln in lines), default=1)
        # First words of every name: a capitalised word not in here starts no place.
        self.first_words = first_words if first_words is not None else frozenset(
            ln.partition("\t")[0].split(" ", 1)[0] for ln in lines)

    def _rows(self, key: str) -> list[str]:
        probe = key + "\t"
        i = bisect.bisect_left(self._lines, probe)
        out = []
        while i < len(self._lines) and self._lines[i].startswith(probe):
            out.append(self._lines[i])
            i += 1
        return out

    def joined(self, run_together: str) -> str:
        """The key of the name of several words that, written without its spaces, is
        ``run_together`` ("newcastle upon tyne" for a hashtag's "newcastleupontyne")."""
        if self._joined is None:
            self._joined = {}
            for line in self._lines:
                key = line.partition("\t")[0]
                if " " in key:
                    self._joined.setdefault(key.replace(" ", ""), key)
        return self._joined.get(run_together, "")

    def __contains__(self, key: str) -> bool:
        return bool(self._rows(key))

    def __len__(self) -> int:
        return len(self._lines)

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process; the cache is the point
    def lookup(self, key: str) -> tuple[Place, ...]:
        """Places with this key, countries and regions first, then by population."""
        if not key or "\t" in key or "\n" in key:
            return ()
        places = []
        for line in self._rows(key):
            parts = line.split("\t")
            if len(parts) < 9:
                continue
            try:
                zone = self._zones[int(parts[7])] if parts[7].isdigit() else ""
            except IndexError:
                zone = ""
            flags = parts[8]
            kind = "country" if "c" in flags else "region" if "r" in flags else "place"
            try:
                lat = float(parts[2]) if parts[2] else 0.0
                lon = float(parts[3]) if parts[3] else 0.0
                population = int(parts[6] or 0)
            except ValueError:
                continue
            places.append(Place(
                name=parts[1], latitude=lat, longitude=lon, country=parts[4], admin1=parts[5],
                population=population, timezone=zone, common_word="w" in flags, kind=kind,
            ))
        places.sort(key=lambda p: (p.kind == "place", -p.population))
        return tuple(places)


@cache
def load() -> Gazetteer:
    raw = resources.files("nymaudit.data").joinpath(DATA_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    zones: list[str] = []
    first: frozenset[str] | None = None
    max_words: int | None = None
    body_start = 0
    for i, line in enumerate(lines[:10]):
        if not line.startswith("#"):
            break
        body_start = i + 1
        name, _, value = line.partition("\t")
        if name == "#zones":
            zones = value.split("\t")
        elif name == "#first":
            first = frozenset(value.split(" "))
        elif name == "#max_words" and value.isdigit():
            max_words = int(value)
    body = lines[body_start:]
    while body and not body[-1]:
        body.pop()
    return Gazetteer(body, zones, first, max_words)


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))

"""Robustness of the text-format readers (RTF, GPS tracks, vCard, iCalendar, bare-RDF XMP;
eighth session, 29 November 2026): mutated copies of ExifTool's samples, by hand.

Run: ``python tests/benchmarks/bench_metadata_textformats.py [SECONDS] [SEED]`` (default 60 s,
seed 1). Prints the number of files, exceptions (must be 0) and the slowest file.

CSV position logs (eleventh session): ``python tests/benchmarks/bench_metadata_textformats.py csv
[FIRST_SEED] [COUNT]`` (default seeds 101-200, held out; 1-20 were looked at while choosing the
thresholds in heuristics/tracks.toml) builds each layout of tests/csv11_layouts.py with every
seed and prints, per layout, how many read as a GPS track: device logs found, tables of places
wrongly read. Deterministic; docs/metadata.md has the figures. Review rev11a (eleventh session)
added eight table layouts (a GIS park boundary, an OSM river line, sensors and trees sorted by
latitude with and without an id, a street-tree survey, a USGS earthquake swarm both ways).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.metadata.attachments import check_bytes  # noqa: E402
from nymaudit.metadata.sniff import sniff  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "images" / "exiftool-samples"
NAMES = ["RTF.rtf", "Geotag.gpx", "Geotag.kml", "Geotag.igc", "Geotag.log", "Geotag.xml",
         "VCard.vcf", "VCard.ics", "XMP.xml"]
JUNK = [b"{", b"}", b"\\", b"<", b">", b"&amp;", b"\r\n ", b":", b";", b'"', b"\\u-5", b"\\'ff"]


def mutate(data: bytearray, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 8)):
        kind = rng.random()
        at = rng.randrange(len(data) or 1)
        if kind < 0.3 and data:
            data[at] = rng.randrange(256)
        elif kind < 0.5:
            del data[at : at + rng.randint(1, 64)]
        elif kind < 0.7:
            data[at:at] = data[at : at + rng.randint(1, 200)] * rng.randint(1, 50)
        elif kind < 0.8:
            data = data[:at]
        else:
            data[at:at] = rng.choice(JUNK) * rng.randint(1, 300)
    return bytes(data)


def csv_logs(first: int, count: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from csv11_layouts import LOG_BUILDERS, SURVEY_NO_CODES, TABLE_BUILDERS

    seeds = range(first, first + count)
    totals = {}
    for group, builders in (("log", LOG_BUILDERS), ("table", TABLE_BUILDERS)):
        read = 0
        for name, build in builders.items():
            n = sum(sniff(build(seed).encode()) == "gps-csv" for seed in seeds)
            read += n
            print(f"{group:5} {name:38} {n:4}/{len(seeds)} read as a track")
        totals[group] = (read, len(builders) * len(seeds))
    print(f"logs found: {totals['log'][0]}/{totals['log'][1]}; "
          f"tables wrongly read: {totals['table'][0]}/{totals['table'][1]}; "
          f"survey points without codes (a track until review rev11a): {sniff(SURVEY_NO_CODES.encode())}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "csv":
        first = int(sys.argv[2]) if len(sys.argv) > 2 else 101
        csv_logs(first, int(sys.argv[3]) if len(sys.argv) > 3 else 100)
        return
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    seeds = [(SAMPLES / n).read_bytes() for n in NAMES]
    end = time.time() + seconds
    count = errors = 0
    slowest = 0.0
    while time.time() < end:
        data = mutate(bytearray(rng.choice(seeds)), rng)
        start = time.perf_counter()
        try:
            check_bytes(data, "fuzz.bin")
        except Exception as exc:  # the finding: print it and go on
            errors += 1
            print("EXCEPTION", type(exc).__name__, exc)
        slowest = max(slowest, time.perf_counter() - start)
        count += 1
    print(f"{count} files, {errors} exceptions, slowest {slowest:.3f} s")


if __name__ == "__main__":
    main()

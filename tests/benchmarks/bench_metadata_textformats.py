"""Robustness of the text-format readers (RTF, GPS tracks, vCard, iCalendar, bare-RDF XMP;
eighth session, 29 November 2026): mutated copies of ExifTool's samples, by hand.

Run: ``python tests/benchmarks/bench_metadata_textformats.py [SECONDS] [SEED]`` (default 60 s,
seed 1). Prints the number of files, exceptions (must be 0) and the slowest file.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.metadata.attachments import check_bytes  # noqa: E402

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


def main() -> None:
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

"""Speed of the SVG reader: the drawing fixtures, and large generated drawings.

Run by hand: ``python tests/benchmarks/bench_metadata_svg.py [--fuzz SECONDS [SEED]]``.

Method: ``nymaudit.metadata.extract`` in process on the bytes already in memory
(warm caches), median of 15 rounds per fixture; then drawings laid out as Inkscape
writes them (the fixture's header, then N ``<path>`` elements with a style, an id and
an Inkscape label) of 10,000 to 150,000 elements, read with the normal 1.5 s budget,
three rounds each, reporting the median and whether the budget cut the read short.
When ExifTool is installed, ``exiftool -json`` on the largest drawing read in full,
for comparison (whole process).

``--fuzz``: instead, random mutations (cuts, byte flips, duplicated and deleted runs
of 1-300 bytes, overwritten bytes; 1-6 per file) of the drawing and icon fixtures
and ExifTool's XMP.svg and ICO.ico when present, each checked end to end
(``check_bytes``) for the given time; prints the count, escapes and the slowest.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.metadata import extract  # noqa: E402
from nymaudit.metadata.attachments import check_bytes  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "metadata"
NAMES = ("inkscape.svg", "inkscape.svgz", "drawio.svg", "illustrator.svg", "pillow.ico", "png_text.ico")
PATH = (b'<path style="fill:#1f6fb2;stroke:#000000;stroke-width:0.26" d="M 10,10 L 20,%d Z" '
        b'id="path%d" inkscape:label="shape %d" />\n')


def drawing(elements: int) -> bytes:
    head, _, _ = (FIXTURES / "inkscape.svg").read_bytes().rpartition(b"</svg>")
    body = b"".join(PATH % (i % 300, i, i) for i in range(elements))
    return head + b"<g id='big'>" + body + b"</g></svg>\n"


def main() -> None:
    print("fixture            median ms")
    for name in NAMES:
        data = (FIXTURES / name).read_bytes()
        times = []
        for _ in range(15):
            start = time.perf_counter()
            extract(data)
            times.append(time.perf_counter() - start)
        print(f"{name:18} {statistics.median(times) * 1000:8.2f}")
    print("\nelements   MB    median s  result")
    largest = b""
    for elements in (10_000, 50_000, 100_000, 150_000):
        data = drawing(elements)
        times, error = [], None
        for _ in range(3):
            start = time.perf_counter()
            meta = extract(data)
            times.append(time.perf_counter() - start)
            error = meta.error
        if error is None:
            largest = data
        median = statistics.median(times)
        print(f"{elements:8}  {len(data) / 1e6:5.1f}  {median:8.3f}  {error or 'read in full'}")
    exiftool = shutil.which("exiftool")
    if exiftool:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.svg"
            path.write_bytes(largest)
            start = time.perf_counter()
            subprocess.run([exiftool, "-json", str(path)], capture_output=True, check=False)
            print(f"\nexiftool -json on the largest drawing read in full ({len(largest) / 1e6:.1f} MB): "
                  f"{time.perf_counter() - start:.3f} s (whole process)")


def fuzz(seconds: float, seed: int) -> None:
    samples = ROOT.parent / "shared" / "images" / "exiftool-samples"
    seeds = [(FIXTURES / name).read_bytes() for name in NAMES]
    seeds += [(samples / n).read_bytes() for n in ("XMP.svg", "ICO.ico") if (samples / n).is_file()]
    rng = random.Random(seed)
    end = time.time() + seconds
    count, escapes, slowest = 0, 0, 0.0
    while time.time() < end:
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            kind, at, size = rng.randrange(5), rng.randrange(max(1, len(data))), rng.randint(1, 300)
            if kind == 0:
                data = data[:at]
            elif kind == 1 and data:
                data[at % len(data)] ^= rng.randint(1, 255)
            elif kind == 2:
                data = data[: at + size] + data[at : at + size] + data[at + size :]
            elif kind == 3:
                data = data[:at] + data[at + size :]
            else:
                data[at : at + 4] = bytes(rng.randrange(256) for _ in range(4))
        start = time.perf_counter()
        try:
            check_bytes(bytes(data), "fuzz")
        except Exception as exc:  # what the run is looking for
            escapes += 1
            print("escape:", type(exc).__name__, exc)
        slowest = max(slowest, time.perf_counter() - start)
        count += 1
    print(f"{count} mutated files, {escapes} escapes, slowest {slowest:.3f} s (seed {seed})")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--fuzz":
        fuzz(float(sys.argv[2]) if len(sys.argv) > 2 else 60.0, int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else:
        main()

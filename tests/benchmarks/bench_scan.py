"""A whole `nymaudit scan` of a large account, end to end (run by hand, never by pytest).

    python tests/benchmarks/bench_scan.py [--posts 100000]

Writes a generic JSON Lines export of POSTS tweet-sized posts (one to three
sentences drawn from the annotated text evaluation set, a post every 37 minutes
from 2022 on) to a temporary folder, then:

1. runs `nymaudit scan FILE --format json -q` in a fresh interpreter and prints
   its wall time and peak resident memory (what a user waits for);
2. reads the same file in process and times each detector on its own (where
   the time goes).

Figures go to docs/benchmarks.md ("scan" row). Other benchmarks time single
areas (bench_text.py: the text detectors; bench_timing.py: the time-zone
inference; bench_sources.py: reading an X archive).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / "tests" / "benchmarks" / "data" / "text_eval.jsonl"


def write_export(path: Path, n: int, seed: int = 7) -> int:
    rows = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(rng.choice(rows) for _ in range(rng.choice((1, 1, 1, 2, 3))))
            chars += len(text)
            moment = (start + timedelta(minutes=37 * i)).isoformat()
            fh.write(json.dumps({"id": str(i), "timestamp": moment, "text": text}) + "\n")
    return chars


def end_to_end(path: Path) -> None:
    code = "\n".join([
        "import resource, runpy, sys",
        f"sys.argv = ['nymaudit', 'scan', {str(path)!r}, '--format', 'json', '-q']",
        "try:",
        "    runpy.run_module('nymaudit', run_name='__main__')",
        "except SystemExit:",
        "    pass",
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)",
    ])
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    wall = time.perf_counter() - t0
    report = json.loads(done.stdout)
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    print(f"end to end (fresh interpreter): {wall:.1f} s wall, peak {peak_mb:.0f} MB, "
          f"{len(report['findings'])} findings, risk {report['summary']['risk']}")


def per_detector(path: Path) -> None:
    from nymaudit.detectors import DETECTORS, ScanContext, load_detector
    from nymaudit.sources.detect import read_input

    t0 = time.perf_counter()
    corpus = read_input(path)
    print(f"{'read':<14}{time.perf_counter() - t0:>7.2f} s")
    ctx = ScanContext(corpus)
    total = 0.0
    for name in DETECTORS:
        detect = load_detector(name)
        if detect is None:
            continue
        t0 = time.perf_counter()
        detect(ctx)
        dt = time.perf_counter() - t0
        total += dt
        print(f"{name:<14}{dt:>7.2f} s")
    print(f"{'detectors':<14}{total:>7.2f} s; peak so far "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.jsonl"
        chars = write_export(path, args.posts)
        print(f"{args.posts} posts, {chars / 1e6:.1f} M characters")
        end_to_end(path)
        per_detector(path)


if __name__ == "__main__":
    main()

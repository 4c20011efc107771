"""Speed of `nymaudit meta` against ExifTool on a folder of camera images.

Run by hand: ``python tests/benchmarks/bench_metadata_speed.py [--rounds N]``.

Builds a temporary folder (never inside ../shared) holding the camera images
of ../shared/images/exiftool-samples (JPEG, TIFF-based RAW, CR3, HEIC, RAF,
MRW), copied under new names until there are at least 120. Then, alternating in
one run, times the whole process of
    nymaudit meta --format json FOLDER      (the installed console script)
    exiftool -json -r -fast FOLDER
and reports the medians. Also reports the in-process median per image of
``nymaudit.metadata.extract`` (bytes already in memory, warm caches).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.metadata import extract, sniff  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "images" / "exiftool-samples"
CAMERA_FORMATS = {"jpeg", "tiff", "cr2", "orf", "rw2", "raf", "mrw", "heif", "cr3", "crw"}
MIN_IMAGES = 120


def build_folder(target: Path) -> list[Path]:
    sources = []
    for path in sorted(SAMPLES.iterdir()):
        if path.is_file() and sniff(path.read_bytes()) in CAMERA_FORMATS:
            sources.append(path)
    made: list[Path] = []
    copy = 0
    while len(made) < MIN_IMAGES:
        for src in sources:
            dest = target / f"{copy:02d}_{src.name}"
            shutil.copyfile(src, dest)
            made.append(dest)
        copy += 1
    return made


CPU: dict[str, list[float]] = {}


def timed(cmd: list[str]) -> float:
    """Wall time of one run; the child's CPU time (user + system) is kept in
    CPU, a figure less disturbed by other load on the machine."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(cmd[0], []).append(cpu)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed: {done.stderr.decode(errors='replace')[:300]}")
    return elapsed


def nymaudit_command(folder: Path) -> list[str]:
    exe = shutil.which("nymaudit")
    if exe:
        return [exe, "meta", "--format", "json", str(folder)]
    # CLI not installed: a fresh interpreter calling analyse() directly.
    code = ("import sys, json, pathlib; from nymaudit.commands.meta import analyse; "
            "print(json.dumps(analyse([pathlib.Path(sys.argv[1])])))")
    return [sys.executable, "-c", code, str(folder)]


def exifread_comparison(blobs: list[bytes]) -> None:
    """Why the reading path does not use exifread: time and serial numbers found."""
    import io
    import logging

    try:
        import exifread
    except ImportError:
        return
    logging.disable(logging.CRITICAL)
    distinct = list({b: None for b in blobs})
    for details in (False, True):
        times, serials, errors = [], 0, 0
        for blob in distinct:
            start = time.perf_counter()
            try:
                tags = exifread.process_file(io.BytesIO(blob), details=details)
            except Exception:
                errors += 1
                tags = {}
            times.append(time.perf_counter() - start)
            serials += any("Serial" in k for k in tags)
        print(f"exifread details={details}: median {statistics.median(times) * 1000:.3f} ms, "
              f"total {sum(times) * 1000:.0f} ms, files with a serial {serials}/{len(distinct)}, "
              f"errors {errors}")
    ours = [extract(b) for b in distinct]
    start = time.perf_counter()
    for blob in distinct:
        extract(blob)
    total = (time.perf_counter() - start) * 1000
    found = sum(any(f.group == "serial" for f in m.fields) for m in ours)
    print(f"nymaudit extract(): total {total:.0f} ms, files with a serial {found}/{len(distinct)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not SAMPLES.is_dir() or not shutil.which("exiftool"):
        print("needs ../shared/images/exiftool-samples and exiftool")
        return 2
    with tempfile.TemporaryDirectory(prefix="nymaudit-bench-") as tmp:
        folder = Path(tmp)
        images = build_folder(folder)
        ours_cmd = nymaudit_command(folder)
        theirs_cmd = ["exiftool", "-json", "-r", "-fast", str(folder)]
        timed(ours_cmd)
        timed(theirs_cmd)  # warm the page cache for both
        ours, theirs = [], []
        for _ in range(args.rounds):
            ours.append(timed(ours_cmd))
            theirs.append(timed(theirs_cmd))
        blobs = [p.read_bytes() for p in images]
        for blob in blobs:
            extract(blob)  # warm: imports, gazetteer
        per_image = []
        for blob in blobs:
            start = time.perf_counter()
            extract(blob)
            per_image.append(time.perf_counter() - start)
    ours_med, theirs_med = statistics.median(ours), statistics.median(theirs)
    print(f"images: {len(images)} ({len(set(p.name[3:] for p in images))} distinct camera files, "
          f"copied under new names)")
    print(f"nymaudit meta --format json: median {ours_med:.3f} s over {args.rounds} runs "
          f"({' '.join(f'{t:.3f}' for t in ours)})")
    print(f"exiftool -json -r -fast:     median {theirs_med:.3f} s over {args.rounds} runs "
          f"({' '.join(f'{t:.3f}' for t in theirs)})")
    print(f"speed-up: {theirs_med / ours_med:.2f}x (target >= 3x)")
    ours_cpu = statistics.median(CPU[ours_cmd[0]][1:])
    theirs_cpu = statistics.median(CPU[theirs_cmd[0]][1:])
    print(f"CPU time (user+system) medians: nymaudit {ours_cpu:.3f} s, exiftool "
          f"{theirs_cpu:.3f} s, ratio {theirs_cpu / ours_cpu:.2f}x")
    med = statistics.median(per_image) * 1000
    p95 = sorted(per_image)[int(0.95 * len(per_image))] * 1000
    print(f"in-process extract(): median {med:.3f} ms per image, p95 {p95:.3f} ms, "
          f"max {max(per_image) * 1000:.3f} ms (target median <= 2 ms)")
    exifread_comparison(blobs)
    ok = theirs_med / ours_med >= 3 and med <= 2
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

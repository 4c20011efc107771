"""Cost of the red team's inflate cases (ninth session, F2b and N2), whole processes.

Run by hand: ``python tests/benchmarks/bench_inflate.py [--members N] [--src DIR]``.

Builds in a temporary folder (as red team 9's gen/meta_small.py and gen/ztxt_zip.py do):
- ``ztxt_many.png``: 200 zTXt chunks, each ``zlib.compress(b"A" * 4_000_000, 9)`` (784 KB);
- ``huge_chunk.png``: a tEXt chunk declaring 2 GiB in a 53-byte file (N2);
- ``ztxtN.zip``: a note and N copies of ztxt_many.png (N = 200: 265 KB).
Then runs ``nymaudit meta`` on the two PNGs and ``nymaudit scan`` on the zip (JSON), each in
its own process, and prints exit code, CPU (user + sys of the child: the machine is shared,
so CPU, not wall, is the figure), wall, peak RSS and what the report says. ``--src`` runs
another source tree (``git archive HEAD`` unpacked) for the figures before a change.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _chunk(ctype: bytes, body: bytes, length: int | None = None) -> bytes:
    return (struct.pack(">I", len(body) if length is None else length) + ctype + body
            + struct.pack(">I", zlib.crc32(ctype + body)))


def build(folder: Path, members: int) -> dict[str, Path]:
    ihdr = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    packed = zlib.compress(b"A" * 4_000_000, 9)
    many = (b"\x89PNG\r\n\x1a\n" + ihdr
            + b"".join(_chunk(b"zTXt", b"Comment\x00\x00" + packed) for _ in range(200))
            + _chunk(b"IEND", b""))
    paths = {"ztxt_many.png": folder / "ztxt_many.png", "huge_chunk.png": folder / "huge_chunk.png",
             "zip": folder / f"ztxt{members}.zip"}
    paths["ztxt_many.png"].write_bytes(many)
    paths["huge_chunk.png"].write_bytes(b"\x89PNG\r\n\x1a\n" + ihdr
                                        + _chunk(b"tEXt", b"Author\x00x", length=0x7FFFFFFF))
    with zipfile.ZipFile(paths["zip"], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("note.md", "Hello there.\n")
        for i in range(members):
            zf.writestr(f"photos/p{i:05d}.png", many)
    return paths


def run(src: Path, *args: str) -> tuple[int, float, float, int, bytes]:
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "nymaudit", *args], env=env, capture_output=True,
                          timeout=3600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return proc.returncode, cpu, wall, after.ru_maxrss, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp), args.members)
        print(f"source: {args.src}; zip {paths['zip'].stat().st_size} bytes, {args.members} members")
        for name in ("ztxt_many.png", "huge_chunk.png"):
            rc, cpu, wall, rss, out = run(args.src, "meta", str(paths[name]), "--format", "json",
                                          "--no-redact")
            doc = json.loads(out)["files"][0]
            fields = [f"{f['name']}={f['value'][:12]!r}" for f in doc["fields"]]
            print(f"meta {name}: rc {rc}, CPU {cpu:.2f} s, wall {wall:.2f} s, peak RSS {rss // 1024} MB; "
                  f"status {doc['status']}; error {doc['error']!r}; fields {fields}")
        rc, cpu, wall, rss, out = run(args.src, "scan", str(paths["zip"]), "--format", "json", "--no-redact")
        doc = json.loads(out)
        rules = Counter(f["rule"] for f in doc["findings"] if f["rule"].startswith("META"))
        print(f"scan {paths['zip'].name}: rc {rc}, CPU {cpu:.2f} s, wall {wall:.2f} s, peak RSS "
              f"{rss // 1024} MB; by status {doc['metadata']['by_status']}; findings {dict(rules)}")


if __name__ == "__main__":
    main()

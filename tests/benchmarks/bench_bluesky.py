"""Reader speed and memory on a large Bluesky export (run by hand, never by pytest).

    python tests/benchmarks/bench_bluesky.py [POSTS]

Builds ``repo.car`` with POSTS posts (each with one link facet) and as many likes
(default 20,000 of each) the way a PDS builds it (tests/archive_builders.py), then reads it
with the Bluesky reader in a fresh subprocess and prints wall time and the growth of
peak resident memory (VmHWM) before and after reading. Figures go to docs/formats.md.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from archive_builders import bsky_tid, build_bluesky_car, make_bsky_post  # noqa: E402

CHILD = r"""
import sys, time
from pathlib import Path
from nymaudit.sources import bluesky
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import open_tree
def peak():  # VmHWM: this process's own peak (ru_maxrss may carry the parent's across exec)
    line = next(x for x in open("/proc/self/status") if x.startswith("VmHWM"))
    return int(line.split()[1]) >> 10
before = peak()
start = time.perf_counter()
tree = open_tree(Path(sys.argv[1]))
result = SourceResult(tree)
bluesky.READER.read(tree, result)
elapsed = time.perf_counter() - start
print(f"posts {len(result.posts)}, activities {len(result.activities)}, errors {len(result.errors)}: "
      f"{elapsed:.2f} s, peak resident memory {before} MiB before reading, {peak()} MiB after")
"""


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    start = datetime(2024, 1, 1, tzinfo=UTC)
    records = []
    for i in range(count):
        when = start + timedelta(minutes=37 * i)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        records.append((f"app.bsky.feed.post/{bsky_tid(when, i % 1024)}", make_bsky_post(
            f"Post number {i}: walked to the shop and back, it rained.", stamp,
            links=[("shop", "https://example.org/shop")])))
        records.append((f"app.bsky.feed.like/{bsky_tid(when + timedelta(seconds=5), i % 1024)}", {
            "$type": "app.bsky.feed.like", "createdAt": stamp,
            "subject": {"uri": "at://did:plc:other/app.bsky.feed.post/3kabc", "cid": "bafyrei"}}))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "repo.car"
        path.write_bytes(build_bluesky_car(records))
        print(f"repo.car: {path.stat().st_size / 2**20:.1f} MiB")
        subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True)


if __name__ == "__main__":
    main()

"""Reader speed and memory on a large X archive (run by hand, never by pytest).

    python tests/benchmarks/bench_sources.py [TWEETS]

Builds ``data/tweets.js`` with TWEETS tweets (default 200,000: about 300 MB, the
size of a heavy account's archive) in a temporary folder, then reads it in a fresh
subprocess and prints wall time and peak resident memory. Figures go to
docs/formats.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from archive_builders import make_tweet  # noqa: E402

CHILD = r"""
import resource, sys, time
from pathlib import Path
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import open_tree
from nymaudit.sources.twitter import READER
tree = open_tree(Path(sys.argv[1]))
start = time.perf_counter()
score = READER.sniff(tree)
sniffed = time.perf_counter()
result = SourceResult(tree)
READER.read(tree, result)
done = time.perf_counter()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"sniff {score} in {sniffed - start:.3f}s; read {len(result.posts)} posts "
      f"in {done - sniffed:.1f}s; peak RSS {peak_mb:.0f} MB; errors {len(result.errors)}")
"""


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    start = datetime(2015, 1, 1, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        path = data / "tweets.js"
        with path.open("w", encoding="utf-8") as fh:
            fh.write("window.YTD.tweets.part0 = [")
            for i in range(count):
                tweet = make_tweet(
                    str(1000000000000000000 + i),
                    start + timedelta(minutes=37 * i),
                    f"Post number {i} about the depot, the rota and https://t.co/x{i} again",
                    urls=[(f"https://t.co/x{i}", f"https://example.org/article/{i}?utm_source=x")],
                    client="Twitter for iPhone" if i % 3 else "Twitter Web App",
                )
                fh.write(("" if i == 0 else ",") + "\n" + json.dumps({"tweet": tweet}, indent=2))
            fh.write("\n]")
        size_mb = path.stat().st_size / 1024**2
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, tmp], capture_output=True, text=True, check=True
        )
        print(f"{count} tweets, tweets.js {size_mb:.0f} MB: {out.stdout.strip()} "
              f"(wall incl. start-up {time.perf_counter() - t0:.1f}s)")


if __name__ == "__main__":
    main()

"""Summarise pieces.py runs: the share of same- and different-writer pairs under 20% by how the
known 5,000 words were made (usage: pieces_report.py OUT.json [OUT.json ...])."""
import json
import sys
from pathlib import Path

rows = [r for f in sys.argv[1:] for r in json.loads(Path(f).read_text()) if r["p"] is not None]
for kind in ("one", "eighty", "two", "three", "n5", "n7", "n10", "spread"):
    for only_multi in (False, True):
        rs = [r for r in rows if r["kind"] == kind]
        if only_multi:  # same-author pairs where the author has 2+ other works (comparable with "two")
            rs = [r for r in rs if r["cand"] in ("austen", "bronte", "dickens")]
        same = [r for r in rs if r["same"]]
        diff = [r for r in rs if not r["same"]]
        if not same:
            continue
        low_same = sum(r["p"] < 0.2 for r in same)
        low_diff = sum(r["p"] < 0.2 for r in diff)
        ratio = (low_same / len(same)) / max(low_diff / len(diff), 1e-9)
        print(f"{kind:6s} {'multi-work candidates' if only_multi else 'all':22s} same {len(same):4d} "
              f"under20 {low_same:3d} ({low_same / len(same):.2f})  diff {len(diff):4d} "
              f"under20 {low_diff / len(diff):.2f}  ratio {ratio:.2f}"
              f"  diff>=50% {sum(r['p'] >= 0.5 for r in diff)}")

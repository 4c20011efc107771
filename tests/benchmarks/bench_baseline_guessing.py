"""What a baseline gives away to someone who holds the file and the public package (red team
10, F2, 2026-11-29, tenth session), and what the zone trial of `check` costs keyed or not.

Run by hand:
    python tests/benchmarks/bench_baseline_guessing.py

A Jekyll site (tests/archive_builders.py) whose post states a town, a UK postcode and a UK
mobile number gets three baselines: as nymaudit wrote them until 2026-11-29 (baseline/1,
the rule beside each hash), baseline/2 without a key and baseline/2 keyed with a random
NYMAUDIT_BASELINE_KEY. The attack hashes candidates from public lists: every place label of
the bundled gazetteer, every UTC offset, every postcode of the TR area and one block of 10^6
mobile numbers, each under every rule of its kind (baseline/2 names no rule, so all are tried).
Then `check._holds_a_zone` (every IANA zone name, about 600) is timed for each kind of file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import secrets
import statistics
import string
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from archive_builders import build_jekyll_blog  # noqa: E402

BODY = "Our new flat is at TR18 2AB, in Penzance. Ring me on 07700 900461 if the van is late.\n"
PLACE_RULES = ("PLACE001", "PLACE002", "PLACE003", "PLACE005", "PLACE006")
OFFSET_RULES = ("TIME007", "META014", "TIME001", "TIME002")


def make(site: Path, out: Path, key: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NYMAUDIT_BASELINE_KEY"}
    if key:
        env["NYMAUDIT_BASELINE_KEY"] = key
    subprocess.run([sys.executable, "-m", "nymaudit", "baseline", "create", str(site / "_posts"),
                    str(site / "_config.yml"), "-o", str(out)], env=env, check=True, capture_output=True)
    return json.loads(out.read_text())


def old_format(doc: dict, site: Path) -> dict:
    """The same findings as baseline/1 would store them: the rule beside each hash."""
    from nymaudit import check

    zones: list = []
    corpus = check._read([site / "_posts", site / "_config.yml"], zones, published=True)
    report = check._analyse(corpus, zones=zones)
    said = check._sentences(corpus)
    salt = doc["salt"]
    entries = {check._digest(k.key, salt): f.rule for f in report.findings if not check._not_read(f)
               for k in check.leak_keys(f, said)}
    return {"schema": "nymaudit.baseline/1", "salt": salt,
            "entries": [{"rule": r, "hash": h} for h, r in entries.items()]}


def candidates() -> list[tuple[tuple[str, ...], list[str]]]:
    from nymaudit.text import places

    rows = gzip.decompress(resources.files("nymaudit.data").joinpath("gazetteer.tsv.gz")
                           .read_bytes()).decode().splitlines()
    regions = places.data().admin1
    labels: set[str] = set()
    for line in rows:
        if line.startswith("#"):
            continue
        f = line.split("\t")
        name, cc, a1 = f[1], f[4], f[5]
        region = regions.get((cc, a1))
        labels |= {name, f"{name} ({cc})"} | ({f"{name} ({region}, {cc})"} if region else set())
    offsets = [f"UTC{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}"
               for m in range(-12 * 60, 14 * 60 + 1, 15)]
    letters = string.ascii_uppercase
    postcodes = [f"TR{d} {s}{a}{b}" for d in range(1, 28) for s in range(10)
                 for a in letters for b in letters]
    phones = [f"07700{n:06d}" for n in range(10**6)]
    import zoneinfo

    return [(PLACE_RULES, sorted(labels)), (OFFSET_RULES, offsets),
            (("TIME007",), sorted(zoneinfo.available_timezones())), (("PLACE004",), postcodes),
            (("SELF002",), phones)]


def attack(doc: dict, lists: list[tuple[tuple[str, ...], list[str]]]) -> tuple[int, float]:
    salt = doc["salt"]
    by_rule: dict[str, set[str]] = {}
    for entry in doc.get("entries", []):
        by_rule.setdefault(entry["rule"], set()).add(entry["hash"])
    every = set(doc.get("hashes", []))
    found = 0
    start = time.perf_counter()
    for rules, values in lists:
        for rule in rules:
            want = by_rule.get(rule, set()) if "entries" in doc else every
            if not want:
                continue  # baseline/1 says which rules are there
            for value in values:
                text = " ".join(value.casefold().split())
                if hashlib.sha256(f"{salt}\x1f{rule}\x1f{text}".encode()).hexdigest() in want:
                    found += 1
    return found, time.perf_counter() - start


def zone_trial_ms(baseline: object) -> float:
    from nymaudit import check

    check._holds_a_zone(baseline)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        check._holds_a_zone(baseline)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    from nymaudit import check

    key = secrets.token_hex(32)
    with tempfile.TemporaryDirectory() as tmp:
        site = build_jekyll_blog(Path(tmp) / "blog", [
            {"name": "2025-01-10-moving.md", "front": {"title": "Moving day"}, "body": BODY}],
            config="title: Notes\ntimezone: Europe/London\n")
        plain = make(site, Path(tmp) / "plain.json", None)
        keyed = make(site, Path(tmp) / "keyed.json", key)
        old = old_format(plain, site)
    lists = candidates()
    print(f"candidates: {sum(len(v) for _, v in lists):,}")
    for name, doc in (("baseline/1 (rule beside each hash)", old), ("baseline/2, no key", plain),
                      ("baseline/2, keyed", keyed)):
        total = len(doc.get("entries") or doc["hashes"])
        found, seconds = attack(doc, lists)
        print(f"{name:38} {found} of {total} entries recovered in {seconds:.1f} s")
    hashes = set(plain["hashes"])
    trials = {"old form (salt, sha256)": check.Baseline(plain["salt"], hashes),
              "keyed (HMAC-SHA256)": check.Baseline(keyed["salt"], set(keyed["hashes"]), key.encode())}
    measured: dict[str, list[float]] = {name: [] for name in trials}
    for _ in range(5):  # interleaved: the machine's load falls on both alike
        for name, baseline in trials.items():
            measured[name].append(zone_trial_ms(baseline))
    for name, values in measured.items():
        print(f"zone trial, {name:26} {statistics.median(values):.2f} ms (median of 5 x 30 calls)")


if __name__ == "__main__":
    main()

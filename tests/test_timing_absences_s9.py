"""Ninth-session walkthrough item 4: TIME006 called breaks "too long to be chance" in 4 of 20
histories that had none (the cut-off expected half a run by chance). Breaks are now claimed
on a family-wise p-value at the writer's own rates by weekday and season, each with its
confidence; the runs of five days or more within chance stay listed in ``absences``."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_builders import build_twitter_archive, make_tweet  # noqa: E402
from test_timing_fix8 import _json, _run  # noqa: E402  (the CLI helpers, not a copy)

DUBLIN = ZoneInfo("Europe/Dublin")


def _time006(report: dict) -> dict | None:
    return next((f for f in report["findings"] if f["rule"] == "TIME006"), None)


def _gap_free_jsonl(path: Path, seed: int, skip: tuple[str, str] | None = None) -> Path:
    """The walkthrough's generator (gen_d_gaps.py): 281 posts on days drawn uniformly over
    270 days, evening hours in Europe/Dublin, generic JSONL; ``skip`` drops the posts of
    those local days (first, last), a trip."""
    r = random.Random(seed)
    start = datetime(2025, 3, 1, tzinfo=DUBLIN)
    lines = []
    for _ in range(281):
        d = start + timedelta(days=r.randrange(270))
        t = d.replace(hour=r.choice([7, 8, 13, 19, 20, 21, 22, 23]), minute=r.randrange(60))
        if skip and skip[0] <= t.date().isoformat() <= skip[1]:
            continue
        stamp = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(json.dumps({"timestamp": stamp, "text": "A note about the day."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", [5, 7, 9, 12])
def test_gap_free_history_gets_no_chance_claim(tmp_path: Path, seed: int) -> None:
    """The walkthrough's seeds that got "too long to be chance" with no absence at all (about
    one post a day): no claim now; the runs of 5+ quiet days stay listed as facts."""
    report = _json("scan", str(_gap_free_jsonl(tmp_path / f"s{seed}.jsonl", seed)))
    found = _time006(report)
    assert found is None or "too long to be chance" not in found["message"]
    assert report["timing"]["absences"], "the quiet runs are facts and stay listed"
    for gap in report["timing"]["absences"]:
        assert set(gap) == {"start", "end", "days"} and gap["days"] >= 5


def _trip_archive(tmp_path: Path, trip: tuple[str, str]) -> Path:
    """An X archive: about three posts a day for 300 days, evening and lunch hours in Dublin,
    fewer on Sundays, none between the trip's dates."""
    rng = random.Random(41)
    tweets = []
    first = datetime(2025, 1, 6, tzinfo=DUBLIN)
    for day in range(300):
        date = first + timedelta(days=day)
        if trip[0] <= date.date().isoformat() <= trip[1]:
            continue
        posts = rng.choice([0, 1, 2, 3, 4, 5, 6]) if date.weekday() != 6 else rng.choice([0, 0, 0, 1])
        for _ in range(posts):
            hour = rng.choice([12, 13, 19, 20, 21, 22])
            when = date.replace(hour=hour, minute=rng.randrange(60))
            tweets.append(make_tweet(str(1_500_000_000_000 + len(tweets)), when, "Evening thoughts."))
    return build_twitter_archive(tmp_path / "twitter-2025-11-01-abc.zip", tweets, zip=True)


def test_fourteen_day_trip_at_three_posts_a_day_is_found(tmp_path: Path) -> None:
    archive = _trip_archive(tmp_path, ("2025-07-07", "2025-07-20"))
    report = _json("scan", str(archive))
    found = _time006(report)
    assert found is not None and "1 break in posting too long to be chance" in found["message"]
    # The quiet run holds the trip (a Sunday or a day without a post may widen it).
    (gap,) = [a for a in report["timing"]["absences"] if a["start"] <= "2025-07-07" <= a["end"]]
    assert gap["end"] >= "2025-07-20" and 14 <= gap["days"] <= 18
    assert f"{gap['start']} to {gap['end']} ({gap['days']} days, high confidence)" in found["message"]
    assert found["confidence"] == "high"


def test_trip_claimed_chance_runs_listed_not_claimed_and_redacted(tmp_path: Path) -> None:
    """A three-week trip in the walkthrough's one-post-a-day history: the trip is claimed,
    the other quiet runs are counted in the message (their dates not in it), listed in the
    JSON; --redact masks the claimed dates and drops the list."""
    path = _gap_free_jsonl(tmp_path / "trip.jsonl", 7, skip=("2025-08-01", "2025-08-21"))
    report = _json("scan", str(path))
    found = _time006(report)
    assert found is not None
    message = found["message"]
    assert message.startswith("1 break in posting too long to be chance")
    (trip,) = [a for a in report["timing"]["absences"] if a["start"] <= "2025-08-01" <= a["end"]]
    assert trip["end"] >= "2025-08-21" and f"{trip['start']} to {trip['end']} ({trip['days']} days" in message
    assert "within what chance gives at your posting rate" in message
    others = [a for a in report["timing"]["absences"] if a != trip]
    assert others and all(a["start"] not in message for a in others)
    assert found["clue"]["value"].startswith(f"{trip['start']} to {trip['end']}")
    redacted = _json("scan", str(path), "--redact")
    text = json.dumps(redacted)
    assert trip["start"] not in text and trip["end"] not in text
    assert redacted["timing"]["absences"] == []


def test_terminal_says_the_listed_breaks_are_not_all_claimed(tmp_path: Path) -> None:
    code, out = _run("scan", str(_gap_free_jsonl(tmp_path / "s7.jsonl", 7)))
    assert code in (0, 1)
    assert "breaks of 5+ days (chance, unless TIME006 claims them): 2025-03-04..2025-03-09 (6 d)" in out
    assert "too long to be chance" not in out


def test_p_values_give_the_confidence_and_the_claim() -> None:
    """Unit: a break's family-wise p-value decides the claim and its confidence; a result
    built by hand without p-values keeps the claim (rule examples, older tests)."""
    from nymaudit.detectors.timing import findings
    from nymaudit.model import Origin
    from nymaudit.timing.core import TimingResult

    gaps = [("2025-03-01", "2025-03-06", 6), ("2025-06-01", "2025-06-20", 20),
            ("2025-09-01", "2025-09-09", 9)]
    t = TimingResult(posts=300, enough=True, span_days=300, absences=gaps,
                     absence_p={"2025-03-01": 0.4, "2025-06-01": 1e-6, "2025-09-01": 0.004})
    (found,) = [f for f in findings(t, Origin("x")) if f.rule == "TIME006"]
    assert found.message.startswith("2 breaks in posting too long to be chance")
    assert "(20 days, high confidence)" in found.message and "(9 days, medium confidence)" in found.message
    assert "2025-03-01" not in found.message and "1 other break of 5 days or more is" in found.message
    assert found.confidence.name == "HIGH"
    t.absence_p = {s: 0.3 for s, _, _ in gaps}
    assert not [f for f in findings(t, Origin("x")) if f.rule == "TIME006"]


def test_family_p_is_small_for_a_long_run_and_large_for_a_chance_run() -> None:
    import numpy as np

    from nymaudit.timing.core import iso_day
    from nymaudit.timing.routine import _absences

    rng = np.random.default_rng(0)
    days = np.flatnonzero(rng.random(400) < 0.6) + 20_000  # posts on 60 % of days
    gaps, p = _absences(days, iso_day)
    assert all(v > 0.01 for v in p.values())
    days = days[(days < 20_200) | (days >= 20_221)]  # a 21-day trip
    gaps, p = _absences(days, iso_day)
    trip = iso_day(20_200) if iso_day(20_200) in p else min(p, key=p.get)
    assert p[trip] < 0.001

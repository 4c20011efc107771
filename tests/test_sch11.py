"""Scheduler detection, eleventh session (2026-11-29, helper sch11), from the review rev11d
(/tmp/work/s11/rev11d/review.md) of a7d01c7 (timing/clean.py ``find_schedule``).

D1: a scheduler set to the writer's own time (Buffer, Hootsuite: 09:00, 12:30, 17:00 London) makes
  slots that move by an hour on the UK change date; they were set aside and the report said the
  times "say nothing about your time zone" (risk low). They show the zone and its rule: kept.
D2: a cron whose posts land 0-5 s after the minute made 18 per-second "slots" (over the cap of 12):
  nothing set aside, Tehran at medium. Slots are minutes now.
D4: a person's own 07:42 train posts in a minute-precision CSV were called a scheduler's.
D6: under --redact «***/***» named US/Canada and "half an hour" Lord Howe.

The generators are the review's (gen/buffer_local.py, cron.py, buffer60.py, commuter.py), with the
archives built as Mastodon writes them (tests/archive_builders.py) or as a CSV export.
"""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from nymaudit.report.redact import mask_quotes
from test_tz11 import DAY, LINES, _findings, _mastodon, _stream

LONDON = ZoneInfo("Europe/London")
SLOTS = [(9, 0), (12, 30), (17, 0)]


def _utc_slots(seconds: int, seed: int) -> list[datetime]:
    """rev11d gen/cron.py: 400 posts at 09:00, 12:30, 17:00 UTC, each 0 to ``seconds`` s late."""
    rnd = random.Random(seed)
    start = datetime(2025, 1, 6, tzinfo=UTC)
    base = [start + timedelta(days=d, hours=h, minutes=m) for d in range(134) for h, m in SLOTS][:400]
    return [b + timedelta(seconds=rnd.randrange(seconds + 1)) for b in base]


def test_a_scheduler_on_local_time_still_shows_the_zone_and_its_rule(tmp_path: Path) -> None:
    # rev11d gen/buffer_local.py: 09:00, 12:30 and 17:00 London time, 6 January to 19 May 2025.
    days = [datetime(2025, 1, 6) + timedelta(days=d) for d in range(134)]
    times = [datetime(x.year, x.month, x.day, h, m, tzinfo=LONDON).astimezone(UTC)
             for x in days for h, m in SLOTS][:400]
    found = _findings(_mastodon(tmp_path / "buffer_london.zip", times))
    assert "TIME008" not in found
    dst = found["TIME003"]
    assert "the EU daylight-saving rule" in dst["message"]
    assert "a scheduler posted at fixed local times" in dst["message"]
    assert "still show your zone" in dst["message"] and "say nothing" not in dst["message"]
    # The offset is read from hours a tool chose, not from sleep: said, at low.
    assert found["TIME002"]["confidence"] == "low"
    # Under --redact the round UTC times that name the offset are masked.
    redacted = _findings(_mastodon(tmp_path / "buffer_london_r.zip", times), "--redact")
    assert "09:00:00" not in redacted["TIME003"]["message"]


def test_a_cron_a_few_seconds_late_is_still_a_scheduler(tmp_path: Path) -> None:
    # rev11d gen/cron.py (0-5 s) and gen/buffer60.py (0-59 s): Tehran at medium before.
    for late in (5, 59):
        found = _findings(_mastodon(tmp_path / f"cron{late}.zip", _utc_slots(late, 1)))
        assert "TIME002" not in found and "TIME003" not in found, late
        assert "09:00:00, 12:30:00, 17:00:00 UTC" in found["TIME008"]["message"], late
        assert "400 posts" in found["TIME008"]["message"], late


def test_a_persons_own_routine_at_one_minute_is_no_scheduler(tmp_path: Path) -> None:
    # rev11d gen/commuter.py: 200 London posts kept to the minute and 30 on the 07:42 train.
    own = [x.replace(second=0) for x in _stream(200, "Europe/London", datetime(2025, 1, 6), DAY, 3)]
    train = [datetime(x.year, x.month, x.day, 7, 42, tzinfo=LONDON).astimezone(UTC)
             for x in [datetime(2025, 1, 6) + timedelta(days=2 * d) for d in range(30)]]
    rows = sorted([(t, f"{LINES[i % len(LINES)]} ({i})") for i, t in enumerate(own)]
                  + [(t, f"On the 07:42 again, reading ({i})") for i, t in enumerate(train)])
    path = tmp_path / "commuter.csv"
    with path.open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["timestamp", "text"])
        for t, text in rows:
            out.writerow([t.strftime("%Y-%m-%dT%H:%M:%SZ"), text])
    found = _findings(path)
    assert "TIME008" not in found
    assert "TIME002" in found


def test_redact_masks_a_quoted_rule_whole() -> None:
    # rev11d D6: «***/***» was US/Canada, the only rule name with a slash.
    said = "at UTC-05:00 (TIME002) the «US/Canada» rule; but the dates fit the «EU» rule better"
    assert mask_quotes(said) == ("at UTC-05:00 (TIME002) the «***» rule; but the dates fit the «***» "
                                 "rule better")
    lord_howe = ("The activity moves by «half an hour» in UTC on the dates the «Lord Howe (half hour)» "
                 "daylight-saving rule changes the clocks")
    assert "half" not in mask_quotes(lord_howe) and "Howe" not in mask_quotes(lord_howe)

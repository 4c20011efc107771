"""Stored offsets that disagree (2026-11-29, tenth session; rules/output review 9).

A WordPress export whose records store +14:00 and -12:00 in turn (a crafted or broken archive:
WordPress writes one site setting) put the writer at UTC+14:00 with "medium" confidence from
60 posts and at UTC-12:00 with "high" from 200: the stored offsets confined the zones to their
own two, and the hours chose between offsets no one clock wrote. Now low, and TIME002 and
TIME007 say the stored offsets disagree. A clock with daylight saving, a UTC-set server beside
the writer's own clock, and a few trips stay as they were.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_wxr
from nymaudit.cli import app
from nymaudit.timing.core import stated_disagreement


def _export(path: Path, posts: int) -> Path:
    """Posts every evening between 18:00 and 22:59 UTC, stored as +14:00 and -12:00 in turn
    (post_date the local time, post_date_gmt UTC, as WordPress writes them)."""
    start = datetime(2025, 1, 6)
    items = []
    for i in range(posts):
        gmt = start + timedelta(days=i, hours=18 + i % 5, minutes=(7 * i) % 60)
        local = gmt + timedelta(hours=14 if i % 2 == 0 else -12)
        items.append({"post_id": str(100 + i), "title": f"Note {i}",
                      "content": "<p>Another quiet day of filing at the depot.</p>",
                      "post_date": local.strftime("%Y-%m-%d %H:%M:%S"),
                      "post_date_gmt": gmt.strftime("%Y-%m-%d %H:%M:%S"),
                      "status": "publish", "post_type": "post", "creator": "quietpen"})
    return build_wxr(path, items)


@pytest.mark.parametrize("posts", [30, 60, 200])
def test_alternating_offsets_give_a_low_offset_and_say_why(tmp_path: Path, posts: int) -> None:
    export = _export(tmp_path / "notes.WordPress.xml", posts)
    done = CliRunner().invoke(app, ["scan", str(export), "-f", "json"], env={"NO_COLOR": "1"},
                              catch_exceptions=False)
    assert done.exit_code in (0, 1)
    report = json.loads(done.stdout)
    timing = report["timing"]
    assert timing["standard_utc_offset_hours"] in (14.0, -12.0)
    assert timing["offset_confidence"] == "low"
    by_rule = {f["rule"]: f for f in report["findings"]}
    assert "The stored offsets disagree: from UTC-12:00 to UTC+14:00" in by_rule["TIME007"]["message"]
    if posts >= 50:
        assert by_rule["TIME002"]["confidence"] == "low"
        assert "The stored offsets disagree" in by_rule["TIME002"]["message"]
        assert "it rests on" not in by_rule["TIME002"]["message"]  # not the number of posts

@pytest.mark.parametrize(("stored", "disagree"), [
    ({840: 30, -720: 30}, (-720, 840)),            # the crafted archive
    ({60: 40, 120: 35}, None),                     # one clock, winter and summer
    ({0: 50, -300: 30, -240: 20}, None),           # a UTC-set server beside a New York laptop
    ({60: 70, 120: 20, -300: 10}, None),           # a Paris writer's trip to New York
    ({60: 2, -300: 3}, None),                      # too few records to say
    ({-300: 30, -480: 30}, (-480, -300)),          # New York and Los Angeles in turn
])
def test_stated_disagreement(stored: dict[int, int], disagree: tuple[int, int] | None) -> None:
    assert stated_disagreement(stored) == disagree

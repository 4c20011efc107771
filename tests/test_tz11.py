"""Timing items of the eleventh session (2026-11-29, helper tz11), from the red team red11
(/tmp/work/s11/red11/review.md) and the walkthrough walk11.

red11 item 3: a permanent night worker in London (posts 16:00-06:00 local, asleep by day) was
  read at UTC-05:00 and TIME003 named the US/Canada rule at high confidence, while the activity
  moved on the EU dates. Now the rule the dates fit best is compared with the named one; when a
  rule no zone at the headline's offset keeps fits better, both findings say so, at low confidence.
red11 item 5: 400 posts at 09:00:00, 12:30:00 and 17:00:00 UTC every day (a scheduler) read as
  "UTC+03:30, Tehran 76 %, medium". Now a scheduler's fixed times of day count for the days, not
  the hours (TIME008 says so), and no zone is read from them.

The generators are the red team's (gen/benign.py ts_stream, gen/calib.py profiles), copied here;
every archive is built as Mastodon writes it (tests/archive_builders.py).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note
from nymaudit.cli import app
from nymaudit.timing.core import analyse

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
NOW = datetime(2026, 11, 29, tzinfo=UTC).timestamp()
# red11 gen/calib.py: an ordinary day (up at 7, breaks, evenings) and a permanent night worker.
DAY = [0.1, 0, 0, 0, 0, 0, 0, 1, 1.5, 0.7, 0.5, 0.5, 1.5, 1, 0.5, 0.5, 0.6, 1, 1.5, 2, 2.5, 2.5, 2, 1]
NIGHT = [3, 3, 3, 2, 2, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 2, 3, 3, 3]
LINES = ["Another shift done.", "Tea, then the long walk home.", "Reading on the break.",
         "The ward was quiet tonight.", "Made soup. Too much pepper.", "Does anyone still use RSS?"]


def _stream(n: int, zone: str, start: datetime, weights: list[float], seed: int) -> list[datetime]:
    """red11 gen/benign.py ts_stream: 0-3 posts a day at hours drawn from ``weights`` (local)."""
    rnd = random.Random(seed)
    tz = ZoneInfo(zone)
    day = start
    out: list[datetime] = []
    while len(out) < n:
        for _ in range(rnd.choice([0, 1, 1, 2, 3])):
            h = rnd.choices(range(24), weights=weights)[0]
            local = datetime(day.year, day.month, day.day, h, rnd.randrange(60), rnd.randrange(60), tzinfo=tz)
            out.append(local.astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


def _mastodon(path: Path, times: list[datetime]) -> Path:
    notes = [make_note(str(110000000000000000 + i), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>{LINES[i % len(LINES)]} ({i})</p>") for i, t in enumerate(times)]
    return build_mastodon_archive(path, notes, zip=True)


def _findings(path: Path, *args: str) -> dict[str, dict]:
    done = CliRunner().invoke(app, ["scan", str(path), "--format", "json", *args], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return {f["rule"]: f for f in json.loads(done.stdout)["findings"] if f["rule"].startswith("TIME")}


def test_night_worker_in_london_is_not_given_the_us_rule_at_high(tmp_path: Path) -> None:
    # red11 item 3, seed 4: 400 posts from 6 January 2025, the UK change of 30 March inside.
    times = _stream(400, "Europe/London", datetime(2025, 1, 6), NIGHT, 1004)
    found = _findings(_mastodon(tmp_path / "night.zip", times))
    dst = found["TIME003"]
    assert dst["confidence"] == "low", dst
    assert "«EU»" in dst["message"] and "night work" in dst["message"]
    assert found["TIME002"]["confidence"] == "low"
    assert "«EU»" in found["TIME002"]["message"]
    # --redact masks the rule names (quoted: "EU" is too short for the word masks).
    redacted = _findings(tmp_path / "night.zip", "--redact")
    assert "EU" not in redacted["TIME003"]["message"] and "Canada" not in redacted["TIME003"]["message"]
    assert "EU" not in redacted["TIME002"]["message"]


def test_ordinary_london_day_keeps_the_eu_rule(tmp_path: Path) -> None:
    # The same red-team generator, an ordinary day: the rule is the offset's and the dates'.
    times = _stream(400, "Europe/London", datetime(2025, 1, 6), DAY, 1000)
    found = _findings(_mastodon(tmp_path / "day.zip", times))
    dst = found["TIME003"]
    assert "the EU daylight-saving rule" in dst["message"] and "«" not in dst["message"]
    assert dst["confidence"] == "high"


def _scheduled(days: int, start: datetime, slots: list[tuple[int, int]]) -> list[datetime]:
    return [start + timedelta(days=d, hours=h, minutes=m) for d in range(days) for h, m in slots]


def test_scheduler_at_fixed_utc_times_gives_no_zone(tmp_path: Path) -> None:
    # red11 item 5 (gen/benign.py buffer400): 09:00:00, 12:30:00, 17:00:00 UTC every day.
    times = _scheduled(134, datetime(2025, 1, 6, tzinfo=UTC), [(9, 0), (12, 30), (17, 0)])[:400]
    found = _findings(_mastodon(tmp_path / "buffer.zip", times))
    assert "TIME002" not in found and "TIME003" not in found
    assert "scheduler" in found["TIME001"]["message"]
    assert "09:00:00, 12:30:00, 17:00:00 UTC" in found["TIME008"]["message"]
    assert found["TIME008"]["evidence"].startswith("09:00:00 UTC x134")


def test_scheduled_posts_beside_the_writers_own_are_left_out_of_the_hours() -> None:
    # A London writer's 400 posts, and 200 more a scheduler sent at 06:00:00 and 14:15:00 UTC.
    own = _stream(400, "Europe/London", datetime(2025, 1, 6), DAY, 1002)
    tool = _scheduled(100, datetime(2025, 2, 1, tzinfo=UTC), [(6, 0), (14, 15)])
    alone = analyse([t.timestamp() for t in own], now=NOW)
    both = analyse([t.timestamp() for t in own + tool], now=NOW)
    assert both.scheduled == 200 and both.posts == alone.posts
    assert [h for h, _ in both.schedule_slots] == ["06:00:00", "14:15:00"]
    assert both.offset_candidates == alone.offset_candidates
    assert both.observes_dst == alone.observes_dst


def test_people_at_minute_precision_have_no_schedule() -> None:
    # 3,000 evening posts in a source that keeps minutes: some minutes repeat by chance.
    from nymaudit.timing.clean import scheduled_slots

    rng = np.random.default_rng(5)
    days = rng.integers(0, 400, 3000)
    minute = rng.normal(20.5 * 60, 90, 3000).astype(np.int64) % 1440
    t = 1_700_000_000 // 86400 * 86400 + days * 86400 + minute * 60
    flagged, slots = scheduled_slots(t, np.ones(t.shape, dtype=bool))
    assert not flagged.any() and slots == []
    # Merged with a source that keeps seconds, they pile on second 0 of each minute: no schedule.
    with_seconds = t[:1500] + rng.integers(1, 60, 1500)
    merged = np.concatenate([with_seconds, t[1500:]])
    flagged, slots = scheduled_slots(merged, np.ones(merged.shape, dtype=bool))
    assert not flagged.any() and slots == []
    # Five posts at one second on five days, among them, are a timer.
    timer = 1_700_000_000 // 86400 * 86400 + np.arange(5) * 86400 + 7 * 3600 + 17
    both = np.concatenate([t, timer])
    flagged, slots = scheduled_slots(both, np.ones(both.shape, dtype=bool))
    assert int(flagged.sum()) == 5 and slots == [(7 * 3600 + 17, 5)]


# red11 gen/benign.py: an evening and weekend hobbyist, 08:00-23:00.
HOBBY = [0, 0, 0, 0, 0, 0, 0.2, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 2, 3, 4, 4, 3, 2, 0.5]


def test_sixty_posts_give_a_range_at_low_confidence(tmp_path: Path) -> None:
    # red11 item 6 (novel_lon_60): London in winter, 60 posts over 43 days, read as UTC+01:00
    # "with probability 62%", medium. From so few posts the offset is a range, low confidence.
    times = _stream(60, "Europe/London", datetime(2025, 1, 6), HOBBY, 60)
    found = _findings(_mastodon(tmp_path / "lon60.zip", times))
    zone = found["TIME002"]
    assert zone["confidence"] == "low"
    assert "From under 150 posts the likeliest offset was exact for about 36-39 %" in zone["message"]
    # 400 posts of the same writer: the offset is no longer capped by the count.
    times = _stream(400, "Europe/London", datetime(2025, 1, 6), HOBBY, 400)
    found = _findings(_mastodon(tmp_path / "lon400.zip", times))
    assert "From under 150 posts" not in found["TIME002"]["message"]


def test_short_history_headline_is_a_range() -> None:
    from nymaudit.detectors.timing import findings
    from nymaudit.model import Origin

    # red11 item 6's Tokyo case: 80 posts in summer read as UTC+08:00 at 64 % ("medium" before).
    times = _stream(80, "Asia/Tokyo", datetime(2025, 6, 2), DAY, 7)
    t = analyse([x.timestamp() for x in times], now=NOW)
    assert t.standard_offset == 8.0 and t.offset_confidence == "low"
    zone = [f for f in findings(t, Origin(path="x.json")) if f.rule == "TIME002"][0]
    assert "within about an hour of UTC+08:00 (standard time: UTC+07:00 to UTC+09:00)" in zone.message
    assert zone.confidence.name == "LOW"


# walk11 gen_c_mastodon.py (persona c, Spanish): its filler words, drawn from the same generator.
ES_FILLER = [
    "hoy", "el", "colectivo", "llegó", "tarde", "otra", "vez", "y", "el", "café", "de", "la", "esquina",
    "estaba", "cerrado", "pero", "igual", "fui", "a", "la", "reunión", "qué", "calor", "hace", "en", "la",
    "ciudad", "mañana", "vamos", "a", "la", "cancha", "con", "los", "chicos", "después", "del", "laburo"]


def _buenos_aires(n: int = 420) -> list[tuple[datetime, str]]:
    """walk11's Buenos Aires account: 07-08, 12-13, 19-23 local (UTC-03:00 all year), 699 days."""
    rng = random.Random(3)
    tz = ZoneInfo("America/Argentina/Buenos_Aires")
    start = datetime(2024, 1, 1, tzinfo=tz)
    out = []
    for i in range(n):
        day = start + timedelta(days=int(i * 700 / n))
        hour = rng.choice([7, 8, 8, 12, 13, 13, 19, 20, 21, 22, 22, 23])
        local = day.replace(hour=hour, minute=rng.randrange(60))
        text = ("Nota." if i % 10 == 0 and i // 10 < 9
                else " ".join(rng.choice(ES_FILLER) for _ in range(rng.randrange(8, 25))) + ".")
        out.append((local, text))
    return out


def test_zones_listed_under_an_offset_as_posted_are_said_with_their_own(tmp_path: Path) -> None:
    # walk11 item 7: "UTC-03:00 as posted ... or summer time over UTC-04:00" beside Caracas, which
    # is UTC-04:00 all year and keeps no summer time: the -04:00 reading is the hours' doubt.
    posts = _buenos_aires()
    notes = [make_note(str(110000000 + i), t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), f"<p>{x}</p>",
                       language="es") for i, (t, x) in enumerate(posts)]
    found = _findings(build_mastodon_archive(tmp_path / "es.zip", notes, zip=True))
    message = found["TIME002"]["message"]
    assert "clock read UTC-03:00 when posting" in message
    assert "summer time over UTC-04:00" not in message
    assert "the hours also fit UTC-04:00, an hour off, where no likely zone changes its clocks" in message
    assert "where the clock reads another offset: America/Caracas (" in message


def test_time008_points_at_the_draft_with_the_naive_time(tmp_path: Path) -> None:
    # walk11 item 10: a Reddit export (every date in UTC) and a drafts folder whose Markdown front
    # matter has "date: 2025-07-02 08:30" (no zone): TIME008 named the Reddit export.
    from archive_builders import build_reddit_export

    times = _stream(80, "Europe/London", datetime(2025, 1, 6), DAY, 11)
    comments = [{"id": f"c{i}", "permalink": f"https://www.reddit.com/r/x/comments/a/b/c{i}/",
                 "date": t.strftime("%Y-%m-%d %H:%M:%S UTC"), "subreddit": "unitedkingdom",
                 "body": LINES[i % len(LINES)]} for i, t in enumerate(times)]
    reddit = build_reddit_export(tmp_path / "reddit-export", comments, [], zip=False)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    draft = "---\ntitle: What the targets do to us\ndate: 2025-07-02 08:30\n---\nEvery morning I walk in.\n"
    (drafts / "blog-draft.md").write_text(draft, encoding="utf-8")
    done = CliRunner().invoke(app, ["scan", str(reddit), str(drafts), "--format", "json"],
                              env=ENV, catch_exceptions=False)
    left = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "TIME008"]
    assert left and "no time zone" in left[0]["message"]
    assert left[0]["location"]["path"].endswith("blog-draft.md")


def test_lord_howe_rule_moves_by_half_an_hour() -> None:
    from nymaudit.detectors.timing import findings
    from nymaudit.model import Origin
    from nymaudit.timing.core import TimingResult

    t = TimingResult(posts=400, timestamped=400, span_days=400, enough=True, standard_offset=10.5,
                     offset_source="hours", offset_confidence="medium", offset_probability=0.7,
                     offset_candidates=[(10.5, 0.7), (10.0, 0.3)], observes_dst=True, dst_probability=0.95,
                     dst_rule="Lord Howe (half hour)")
    said = [f.message for f in findings(t, Origin(path="x.json")) if f.rule == "TIME003"]
    assert said and said[0].startswith("The activity moves by «half an hour» in UTC on the dates the «Lord")


def test_a_short_history_whose_records_store_the_offset_is_still_read_at_high() -> None:
    # The cap on short histories is on inference: 100 posts whose records store +01:00/+02:00
    # (as WordPress or git write them) confirm the offset the hours give, as before (core.py).
    paris = ZoneInfo("Europe/Paris")
    times = _stream(100, "Europe/Paris", datetime(2025, 1, 6), DAY, 0)
    stated = [t.astimezone(paris).utcoffset().total_seconds() / 60 for t in times]
    t = analyse([x.timestamp() for x in times], stated_offsets=stated, now=NOW)
    assert t.standard_offset == 1.0 and t.offset_confidence == "high" and t.offset_read

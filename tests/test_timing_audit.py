"""Gaps an audit found in the posting-time analysis (29 November), each through real
files and the CLI where it can be: slow bulk edits, midnight placeholders, daylight
saving from short histories, region probabilities, unsupported holiday claims, and
stated offsets under 50 posts."""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.timing import analyse

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
from simulate_posters import ZONES, simulate  # noqa: E402

NOW = datetime(2026, 1, 1).timestamp()


def _row(zone: str, sub: str | None = None):
    return next(r for r in ZONES if r[0] == zone and (sub is None or r[2] == sub))


def _stamp(t: float) -> str:
    return datetime.fromtimestamp(t, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _jsonl(path: Path, stamps: list[str]) -> Path:
    path.write_text("".join(json.dumps({"timestamp": s, "text": "a note"}) + "\n" for s in stamps))
    return path


def _scan(*args: str, fmt: str = "json") -> str:
    out = CliRunner().invoke(app, ["scan", *args, "--format", fmt], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out.stdout


def _timing(path: Path) -> tuple[dict, dict[str, dict]]:
    report = json.loads(_scan(str(path)))
    return report["timing"], {f["rule"]: f for f in report["findings"]}


def _poster(zone: str, seed: int, sub: str | None = None, **kw):
    kw.setdefault("start", date(2023, 1, 2))
    kw.setdefault("days", 420)
    return simulate(np.random.default_rng(seed), _row(zone, sub), **kw)


# 1. Bulk edits slower than 60 posts a minute -------------------------------------


def test_a_slow_bulk_edit_is_left_out_and_reported(tmp_path):
    """1,500 records two seconds apart in one night (30 a minute, under the
    same-minute limit) moved the sleep window and the office-hours share; now they
    are left out (TIME008) and the routine is the writer's own."""
    poster = _poster("Europe/London", 1, "ENG", rate=3.0, worker=True, trips=False)
    clean = [_stamp(t) for t in poster.times]
    t0 = datetime(2023, 6, 14, 2, 0, tzinfo=UTC).timestamp()
    bulk = [_stamp(t0 + 2 * i) for i in range(1500)]
    plain, plain_rules = _timing(_jsonl(tmp_path / "plain.jsonl", clean))
    edited, rules = _timing(_jsonl(tmp_path / "edited.jsonl", clean + bulk))
    assert "TIME008" not in plain_rules
    assert "TIME008" in rules and "faster than anyone writes" in rules["TIME008"]["message"]
    assert "1500" in rules["TIME008"]["message"]
    assert edited["posts"] == plain["posts"]
    for key in ("sleep_window_local", "working_hours_share", "standard_utc_offset_hours",
                "observes_dst", "absences"):
        assert edited[key] == plain[key], key


def test_a_day_long_bulk_edit_under_a_post_a_minute_is_left_out():
    """1,500 records 55 s apart over 23 hours: no hour reaches 120, the day does."""
    poster = _poster("Europe/London", 1, "ENG", rate=3.0, worker=True, trips=False)
    t0 = datetime(2023, 6, 14, 2, 0, tzinfo=UTC).timestamp()
    plain = analyse(poster.times, now=NOW)
    edited = analyse(np.concatenate([poster.times, t0 + 55.0 * np.arange(1500)]), now=NOW)
    assert edited.burst == 1500 and len(edited.bursts) == 1
    assert edited.posts == plain.posts
    assert edited.sleep_window == plain.sleep_window
    assert edited.working_hours_share == plain.working_hours_share


@pytest.mark.parametrize("seed", range(6))
def test_human_threads_and_busy_days_are_not_bursts(seed):
    """The heaviest simulated posters (6 a day, long threads seconds to minutes apart)
    keep every post."""
    rng = np.random.default_rng([seed, 99])
    for row in ZONES[seed::6]:
        poster = simulate(rng, row, rate=6.0, thread_prob=0.3, days=300)
        result = analyse(poster.times, now=NOW)
        assert result.burst == 0 and result.bulk == 0, row


def test_a_heavy_poster_keeps_a_live_event():
    """A hundred posts in an hour (live posting an event) is a person, not a bulk edit.
    A person's gaps vary (here 36 s on average, gamma-distributed, CV 0.7); posts
    exactly 36 s apart would be a script's steady cadence (see the tests below)."""
    poster = _poster("Europe/Berlin", 2, rate=4.0)
    t0 = datetime(2023, 9, 9, 18, 0, tzinfo=UTC).timestamp()
    gaps = np.random.default_rng(5).gamma(2.0, 18.0, size=99)
    event = t0 + np.concatenate([[0.0], np.cumsum(gaps)])
    result = analyse(np.concatenate([poster.times, event]), now=NOW)
    assert result.burst == 0



def _bursts(first: float, n: int, every: float, size: int, gap: float) -> np.ndarray:
    """``n`` bursts of ``size`` posts ``gap`` s apart, one every ``every`` s."""
    return (first + every * np.arange(n)[:, None] + gap * np.arange(size)[None, :]).ravel()


def test_a_history_made_mostly_of_bursts_is_set_aside():
    """1,000 bursts of 125 posts 29 s apart, four a day at 20 past, before a London
    writer's 420 days: the bursts were most active hours, so their own median
    raised the limit, and each straddled two clock hours (about 83 + 42). Nothing
    was left out and the writer's answer changed; now they are all left out."""
    poster = _poster("Europe/London", 1, "ENG", rate=3.0, worker=True, trips=False)
    first = datetime(2022, 3, 1, 3, 20, tzinfo=UTC).timestamp()
    bursts = _bursts(first, 1000, 6 * 3600, 125, 29)
    plain = analyse(poster.times, now=NOW)
    edited = analyse(np.concatenate([poster.times, bursts]), now=NOW)
    assert edited.burst == bursts.size and edited.bulk == bursts.size
    assert len(edited.bursts) == 10 and all(count == 125 for _, _, count in edited.bursts)
    assert edited.bursts[0][0] == "2022-03-01 03:20"
    for key in ("posts", "span_days", "standard_offset", "observes_dst", "sleep_window",
                "working_hours_share", "zone_candidates"):
        assert getattr(edited, key) == getattr(plain, key), key


def test_alternating_bursts_do_not_become_the_median(tmp_path):
    """The red-team's history: hours of 3 posts alternating with hours of 200 posts
    18 s apart. The median active hour (101.5) put the limit at 2,030; TIME003 then
    said the writer lives where the clocks do not change, from machine stamps."""
    base = datetime(2021, 1, 1, tzinfo=UTC).timestamp()
    stamps = [base + 7200 * h + 18 * k for h in range(600) for k in range(200 if h % 2 else 3)]
    result = analyse(np.array(stamps), now=NOW)
    assert result.burst == 300 * 200
    assert result.posts + result.date_only == 300 * 3  # the 00:00:00 ones are read as dates


def test_a_few_human_posts_among_bursts_are_not_enough(tmp_path):
    """All bursts plus 30 posts of a person: what is left is under 50 posts, so no
    zone and no daylight-saving claim (was TIME003 from the bursts)."""
    base = datetime(2023, 1, 2, tzinfo=UTC).timestamp()
    # Between the bursts (even hours), as a person at 09:30-16:30 UTC.
    human = [base + 86400 * d + 3600 * (9 + 2 * (d % 4)) + 1800 + 60 * (d % 7) for d in range(0, 300, 10)]
    bursts = _bursts(base, 2000, 7200, 125, 29)
    path = _jsonl(tmp_path / "bursts.jsonl", [_stamp(t) for t in [*human, *bursts]])
    timing, rules = _timing(path)
    assert timing["posts"] == 30
    assert "TIME002" not in rules and "TIME003" not in rules
    assert "TIME001" in rules and "250000 stamped faster than anyone writes" in rules["TIME008"]["message"]


def test_the_heaviest_simulated_posters_keep_every_post():
    """20 posts a day, 60 % of them starting threads (55 in the busiest hour, 278 in
    the busiest day): far under the absolute limits."""
    rng = np.random.default_rng([3, 99])
    for row in ZONES[::5]:
        result = analyse(simulate(rng, row, rate=20.0, thread_prob=0.6, days=300).times, now=NOW)
        assert result.burst == 0 and result.bulk == 0, row


def _script(t0: float, n: int, every: float, jitter: float, seed: int) -> np.ndarray:
    """A script posting ``n`` times every ``every`` s, each gap off by up to ``jitter`` s."""
    gaps = every + np.random.default_rng(seed).uniform(-jitter, jitter, size=n - 1)
    return np.round(t0 + np.concatenate([[0.0], np.cumsum(gaps)]))


def test_a_script_at_a_steady_cadence_is_set_aside(tmp_path):
    """A script posting every ~35 s (103 an hour, under the 120-an-hour floor) for six
    hours, three nights a week for a year, among a Tokyo writer's posts: nothing was
    left out and its hours (04:00-10:00 local, when the writer sleeps) moved the offset
    from the writer's own. Now the runs are left out, TIME008 says so, and the answer
    is the one without the script."""
    poster = _poster("Asia/Tokyo", 2, rate=3.0, worker=True, trips=False)
    first = datetime(2023, 1, 2, 19, 0, tzinfo=UTC).timestamp()
    nights = [first + 86400 * d for d in range(0, 420, 7)] + [first + 86400 * d for d in range(3, 420, 7)]
    runs = np.concatenate([_script(t, 600, 35.0, 3.0, i) for i, t in enumerate(nights)])
    plain = analyse(poster.times, now=NOW)
    edited = analyse(np.concatenate([poster.times, runs]), now=NOW)
    assert plain.standard_offset == 9.0  # was 0.0 (probability 0.81) with the script
    # The writer's own posts inside a run are read past and kept; one 0-5 s from a
    # beat can swap with the script's post there (4 of 72,000 here).
    assert runs.size - 50 <= edited.burst <= runs.size and edited.bulk == edited.burst
    assert 0 <= edited.posts - plain.posts <= 50
    for key in ("standard_offset", "offset_probability", "observes_dst", "zone_candidates"):
        assert getattr(edited, key) == getattr(plain, key), key
    assert abs(edited.working_hours_share - plain.working_hours_share) < 0.01
    stamps = [_stamp(t) for t in [*poster.times, *runs[:1800]]]
    timing, rules = _timing(_jsonl(tmp_path / "script.jsonl", stamps))
    assert timing["standard_utc_offset_hours"] == 9.0
    message = rules["TIME008"]["message"]
    assert "1800 stamped faster than anyone writes or at a steady machine cadence" in message


def test_a_slow_steady_feed_is_set_aside_whatever_the_rate():
    """A feed every 9 minutes, 60 posts in a row (nine hours), is a machine too."""
    poster = _poster("Europe/London", 1, "ENG", rate=3.0, worker=True, trips=False)
    feed = _script(datetime(2023, 6, 14, 0, 0, tzinfo=UTC).timestamp(), 60, 540.0, 20.0, 3)
    result = analyse(np.concatenate([poster.times, feed]), now=NOW)
    assert result.burst >= 60  # the writer's own posts inside the run may go with it
    assert result.burst <= 60 + 3


def test_people_and_schedulers_are_not_a_machine_cadence():
    """Live posting a match (45 an hour for two hours, irregular gaps), threads of 20
    replies 3 s apart, and a scheduler posting every day at 09:00 keep every post."""
    poster = _poster("Europe/Madrid", 4, rate=2.0)
    rng = np.random.default_rng(8)
    t0 = datetime(2023, 5, 20, 19, 0, tzinfo=UTC).timestamp()
    match = t0 + np.cumsum(rng.gamma(2.0, 40.0, size=90))
    threads = np.concatenate([
        datetime(2023, 3, 1, 8, 0, tzinfo=UTC).timestamp() + 86400 * 9 * k + 3.0 * np.arange(20)
        for k in range(30)
    ])
    daily = datetime(2023, 1, 2, 8, 0, tzinfo=UTC).timestamp() + 86400.0 * np.arange(400)
    result = analyse(np.concatenate([poster.times, match, threads, daily]), now=NOW)
    assert result.burst == 0 and result.bulk == 0


def test_steady_runs_are_found_among_a_million_stamps():
    """The cadence rule on the 1,000,000-stamp path: sliding sums, no loop per post."""
    rng = np.random.default_rng(2)
    base = datetime(2020, 1, 1, tzinfo=UTC).timestamp()
    people = np.sort(base + rng.uniform(0, 4 * 365 * 86400, size=990_000)).round()
    # Random stamps 2 minutes apart on average are not steady; the script's runs,
    # in the fifth year, are.
    runs = np.concatenate([_script(base + 86400 * (1461 + 3 * k + 0.3), 100, 35.0, 2.0, k)
                           for k in range(100)])
    result = analyse(np.concatenate([people, runs]), now=NOW)
    assert result.burst == runs.size

# 2. Midnight placeholders ------------------------------------------------------


def test_midnight_placeholders_are_read_as_dates(tmp_path):
    """A Kolkata writer plus 400 records at exactly T00:00:00Z on different days (a
    converter's date-only values): was UTC+06:30 (Yangon 67 %); now Kolkata, with
    TIME008 saying why."""
    poster = _poster("Asia/Kolkata", 3, rate=3.0, worker=True)
    clean = [_stamp(t) for t in poster.times]
    rng = np.random.default_rng(5)
    days = rng.choice(420, size=400, replace=False)
    midnights = [(date(2023, 1, 2) + timedelta(days=int(d))).isoformat() + "T00:00:00Z"
                 for d in days]
    plain, _ = _timing(_jsonl(tmp_path / "plain.jsonl", clean))
    timing, rules = _timing(_jsonl(tmp_path / "midnight.jsonl", clean + midnights))
    assert timing["standard_utc_offset_hours"] == 5.5
    assert timing["zone_candidates"][0]["zone"] == "Asia/Kolkata"
    assert timing["posts"] == plain["posts"]
    assert timing["sleep_window_local"] == plain["sleep_window_local"]
    assert "TIME008" in rules and "00:00:00" in rules["TIME008"]["message"]
    assert "400" in rules["TIME008"]["message"]


def test_local_midnight_in_a_blog_is_a_date(tmp_path):
    """Jekyll posts converted with `date: 2023-03-01 00:00:00 +0530`: midnight in
    the offset they state."""
    poster = _poster("Asia/Kolkata", 4, rate=2.0, days=300)
    tz = timezone(timedelta(hours=5, minutes=30))
    lines = [datetime.fromtimestamp(t, tz=tz).isoformat() for t in poster.times]
    lines += [f"{date(2023, 1, 2) + timedelta(days=2 * i)}T00:00:00+05:30" for i in range(120)]
    timing, rules = _timing(_jsonl(tmp_path / "local.jsonl", lines))
    assert "TIME008" in rules and "offset they state" in rules["TIME008"]["message"]
    assert timing["standard_utc_offset_hours"] == 5.5


def test_real_posts_at_midnight_are_kept():
    """A New York writer is awake at 00:00 UTC; with minute precision a few posts
    fall on 00:00:00 by chance and stay in."""
    poster = _poster("America/New_York", 6, rate=5.0)
    minutes = np.floor(poster.times / 60.0) * 60.0
    result = analyse(minutes, now=NOW)
    assert int(np.sum(minutes % 86400 == 0)) >= 1
    assert result.midnight == 0


# 3. Daylight saving from short histories ----------------------------------------


def test_no_clock_change_in_a_short_history_is_no_answer(tmp_path):
    """A London writer's five January weeks: JSON said false, Markdown "not observed"
    while the terminal said "cannot tell". All now say it cannot be told."""
    poster = _poster("Europe/London", 7, "ENG", start=date(2023, 1, 9), days=35, rate=4.0,
                     trips=False)
    path = _jsonl(tmp_path / "short.jsonl", [_stamp(t) for t in poster.times])
    timing, _ = _timing(path)
    assert timing["posts"] >= 50 and timing["standard_utc_offset_hours"] is not None
    assert timing["observes_dst"] is None
    assert "**Daylight saving time:** undetermined" in _scan(str(path), fmt="markdown")
    said = _scan(str(path), fmt="terminal")
    assert "daylight saving: cannot tell from" in said and "days of history (240 or more needed)" in said


def test_a_short_history_where_no_zone_keeps_daylight_saving_still_answers():
    """Five weeks of a Kolkata writer: the offsets that fit (+05:30 to +08:00) have
    no zone that changes its clocks, so "not observed" needs no change inside."""
    poster = _poster("Asia/Kolkata", 8, start=date(2023, 1, 9), days=35, rate=5.0,
                     worker=True, trips=False)
    result = analyse(poster.times, now=NOW)
    assert 5.5 <= result.standard_offset <= 8.0
    assert result.observes_dst is False


# 4. Region probabilities ----------------------------------------------------------


def test_region_is_stated_with_its_own_probability(tmp_path):
    """'fit GB (most likely GB-ENG) with probability 97%' read as if England had
    97 %. The message now gives the country's probability and each region's."""
    poster = _poster("Europe/London", 9, "SCT", rate=4.0, worker=True, holiday_taker=True,
                     days=500, at_work=0.15, chrono=4.8)
    timing, rules = _timing(_jsonl(tmp_path / "sct.jsonl", [_stamp(t) for t in poster.times]))
    for item in timing["country_candidates"]:  # the JSON contract is unchanged
        assert set(item) == {"country", "probability"}
    message = rules["TIME004"]["message"]
    assert "most likely" not in message
    assert "With the time zone: GB " in message
    assert "within GB, by the regions' own holidays: " in message
    regions = message.split("within GB")[1]
    assert re.search(r"Scotland \d+%", regions) and re.search(r"England \d+%", regions)


# 5. TIME004 only with holiday evidence --------------------------------------------


def test_no_holiday_claim_without_holidays_taken(tmp_path):
    """A Chicago writer who works through every public holiday: the country follows
    from the time zone (TIME002), not from a calendar, so no TIME004."""
    poster = _poster("America/Chicago", 10, rate=3.0, worker=True, holiday_taker=False)
    timing, rules = _timing(_jsonl(tmp_path / "chi.jsonl", [_stamp(t) for t in poster.times]))
    assert timing["country_candidates"][0]["country"] == "US"
    assert timing["country_candidates"][0]["probability"] >= 0.5
    assert "TIME002" in rules and "TIME004" not in rules


def test_holiday_claim_with_holidays_taken(tmp_path):
    poster = _poster("America/Chicago", 9, rate=4.0, worker=True, holiday_taker=True, days=500,
                     at_work=0.15, chrono=4.8)
    _, rules = _timing(_jsonl(tmp_path / "chi.jsonl", [_stamp(t) for t in poster.times]))
    message = rules["TIME004"]["message"]
    assert message.startswith("Public holidays of US look like days off")
    assert "to 1" in message


# 6. Stated offsets under 50 posts ---------------------------------------------------


def _jekyll(root: Path, stamps: list[datetime]) -> Path:
    posts = root / "_posts"
    posts.mkdir(parents=True)
    for i, moment in enumerate(stamps):
        (posts / f"{moment:%Y-%m-%d}-post-{i}.md").write_text(
            f"---\nlayout: post\ntitle: Post {i}\ndate: {moment:%Y-%m-%d %H:%M:%S %z}\n---\n\n"
            "A few words.\n"
        )
    return root


def test_thirty_jekyll_posts_at_plus_0530_give_the_offset(tmp_path):
    tz = timezone(timedelta(hours=5, minutes=30))
    stamps = [datetime(2023, 1, 2, 9, 10, tzinfo=tz) + timedelta(days=i // 3, hours=5 * (i % 3))
              for i in range(30)]
    root = _jekyll(tmp_path / "site", stamps)
    timing, rules = _timing(root)
    assert timing["posts"] == 30
    assert timing["standard_utc_offset_hours"] == 5.5
    assert timing["offset_confidence"] == "high"
    assert timing["zone_candidates"][0]["zone"] == "Asia/Kolkata"
    assert timing["working_hours_share"] is None and timing["weekend"] is None
    assert "TIME001" in rules and "offsets the records store" in rules["TIME001"]["message"]
    assert "not inferred from posting hours" in rules["TIME007"]["message"]
    assert "read from the UTC offsets the records store" in _scan(str(root), fmt="markdown")


def test_a_summer_plus_0100_is_not_paris(tmp_path):
    """+01:00 in July is London's summer time or a zone at +1 without daylight
    saving, never Paris (+02:00 then): the dates decide."""
    tz = timezone(timedelta(hours=1))
    stamps = [datetime(2024, 7, 1, 20, 0, tzinfo=tz) + timedelta(days=i) for i in range(20)]
    timing, _ = _timing(_jsonl(tmp_path / "summer.jsonl", [s.isoformat() for s in stamps]))
    zones = {z["zone"] for z in timing["zone_candidates"]}
    assert "Europe/Paris" not in zones and "Europe/Berlin" not in zones
    assert {o["standard_utc_offset_hours"] for o in timing["offset_candidates"]} <= {0.0, 1.0}
    winter = [s.replace(month=1) for s in stamps]
    timing, _ = _timing(_jsonl(tmp_path / "winter.jsonl", [s.isoformat() for s in winter]))
    assert timing["standard_utc_offset_hours"] == 1.0
    assert "Europe/London" not in {z["zone"] for z in timing["zone_candidates"]}


def test_all_utc_offsets_settle_nothing(tmp_path):
    """+00:00 throughout may be a server or a UTC-set clock (TIME007 says so)."""
    stamps = [f"2024-03-{1 + i:02d}T10:00:00+00:00" for i in range(20)]
    timing, _ = _timing(_jsonl(tmp_path / "utc.jsonl", stamps))
    assert timing["standard_utc_offset_hours"] is None


def test_posts_without_a_time_are_said_once_not_as_read_errors(tmp_path):
    """Half of a JSON Lines history without a timestamp: no read error per record (613
    'unparseable date (empty)' lines before), but one TIME008 sentence saying how many
    posts the time analysis does not rest on; `inputs[].posts` still counts them."""
    import json
    from datetime import UTC, datetime, timedelta

    from typer.testing import CliRunner

    from nymaudit.cli import app

    start = datetime(2024, 1, 1, 8, tzinfo=UTC)
    lines = []
    for i in range(240):
        record = {"text": f"post {i}"}
        if i % 2 == 0:
            record["timestamp"] = (start + timedelta(hours=13 * i + (i % 5))).isoformat()
        lines.append(json.dumps(record))
    path = tmp_path / "half.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = json.loads(CliRunner().invoke(app, ["scan", str(path), "--format", "json"]).stdout)
    assert report["inputs"][0]["posts"] == 240 and report["inputs"][0]["errors"] == []
    (note,) = [f for f in report["findings"] if f["rule"] == "TIME008"]
    assert "120 posts without a date or time" in note["message"]
    assert not [f for f in report["findings"] if f["rule"] == "INPUT001"]


def test_what_is_left_of_a_mostly_machine_history_is_low_confidence(tmp_path):
    """Red-team of 29 November: after 300,000 machine stamps were set aside, the 4,250
    left (the same script's slower clusters) still gave a medium zone and "the clocks
    do not change". When more was set aside than kept, a zone or daylight-saving
    finding says so and is low confidence."""
    poster = _poster("Europe/London", 3, "ENG", rate=2.0, worker=True, trips=False)
    first = datetime(2022, 3, 1, 3, 20, tzinfo=UTC).timestamp()
    bursts = _bursts(first, (poster.times.size // 125) + 20, 6 * 3600, 125, 29)
    path = _jsonl(tmp_path / "mostly.jsonl", [_stamp(t) for t in [*poster.times, *bursts]])
    _, rules = _timing(path)
    assert "TIME002" in rules
    for rule_id in ("TIME002", "TIME003"):
        if rule_id in rules:
            assert rules[rule_id]["confidence"] == "low"
            assert "Most of the history" in rules[rule_id]["message"]
    # The writer alone keeps the confidence the hours deserve.
    _, alone = _timing(_jsonl(tmp_path / "alone.jsonl", [_stamp(t) for t in poster.times]))
    assert "Most of the history" not in alone["TIME002"]["message"]

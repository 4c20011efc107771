"""The timing detector's section keeps the JSON contract, and its findings."""

from __future__ import annotations

from datetime import UTC, datetime

from nymaudit.detectors import ScanContext
from nymaudit.detectors.timing import detect
from nymaudit.model import Activity, Corpus, InputSummary, Origin, Post
from nymaudit.timing.rule_examples import build

CONTRACT_KEYS = {
    "posts", "span_days", "standard_utc_offset_hours", "offset_confidence",
    "offset_candidates", "observes_dst", "dst_rule", "zone_candidates",
    "country_candidates", "weekend", "working_hours_share", "sleep_window_local",
    "absences", "hour_weekday_local",
}


def _corpus(example: str, *, offsets: bool = False, boosts: int = 0) -> Corpus:
    times, _ = build(example)
    posts = [
        Post(id=str(i), timestamp=datetime.fromtimestamp(t, tz=UTC), text="x",
             origin=Origin("in", record=str(i)), stated_offset_minutes=60 if offsets else None)
        for i, t in enumerate(times)
    ]
    posts.append(Post(id="untimed", timestamp=None, text="y", origin=Origin("in")))
    activities = [
        Activity(datetime.fromtimestamp(times[i], tz=UTC), "boost", Origin("in"))
        for i in range(min(boosts, len(times)))
    ]
    return Corpus(inputs=[InputSummary("in", "generic")], posts=posts, activities=activities)


def _check_contract(timing: dict) -> None:
    assert set(timing) == CONTRACT_KEYS
    grid = timing["hour_weekday_local"]
    assert len(grid) == 7 and all(len(row) == 24 for row in grid)
    assert all(isinstance(v, int) for row in grid for v in row)
    for item in timing["offset_candidates"]:
        assert set(item) == {"standard_utc_offset_hours", "probability"}
    for item in timing["zone_candidates"]:
        assert set(item) == {"zone", "probability"}
    for item in timing["country_candidates"]:
        assert set(item) == {"country", "probability"}
    for item in timing["absences"]:
        assert set(item) == {"start", "end", "days"}
    assert timing["observes_dst"] in (True, False, None)


def test_contract_shape_and_findings():
    result = detect(ScanContext(_corpus("zone=Europe/Paris days=300 gap=12")))
    timing = result.sections["timing"]
    _check_contract(timing)
    assert timing["standard_utc_offset_hours"] == 1.0
    assert timing["observes_dst"] is True
    assert timing["sleep_window_local"].keys() == {"start_hour", "end_hour"}
    # Monday first: the constructed writer starts at 07:15 on Mondays, 10:30 on Sundays.
    assert timing["hour_weekday_local"][0][7] > 0
    assert timing["hour_weekday_local"][6][7] == 0
    rules = {f.rule for f in result.findings}
    assert {"TIME002", "TIME003", "TIME006"} <= rules
    office = detect(ScanContext(_corpus("zone=Europe/Paris days=300 office=yes")))
    _check_contract(office.sections["timing"])
    assert "TIME005" in {f.rule for f in office.findings}
    zone = next(f for f in result.findings if f.rule == "TIME002")
    assert zone.clue is not None and zone.clue.kind == "timezone"
    for finding in result.findings:
        assert finding.message and finding.advice and finding.category == "timing"


def test_too_little_data_keeps_the_object():
    result = detect(ScanContext(_corpus("posts=3")))
    timing = result.sections["timing"]
    _check_contract(timing)
    assert timing["posts"] == 3
    assert timing["standard_utc_offset_hours"] is None
    assert timing["zone_candidates"] == [] and timing["offset_candidates"] == []
    assert [f.rule for f in result.findings] == ["TIME001"]
    assert result.findings[0].severity.label == "info"


def test_no_timestamps_gives_null_section():
    corpus = Corpus(posts=[Post(id="1", timestamp=None, text="x", origin=Origin("in"))])
    result = detect(ScanContext(corpus))
    assert result.sections == {"timing": None}
    assert result.findings == []


def test_stated_offsets_are_a_high_confidence_finding():
    result = detect(ScanContext(_corpus("zone=Europe/Paris days=60", offsets=True)))
    leak = next(f for f in result.findings if f.rule == "TIME007")
    assert leak.confidence.label == "high"
    assert leak.clue.kind == "timezone"
    assert "+01:00" in leak.message


def test_a_utc_record_beside_a_real_offset_is_said_to_be_the_advised_one():
    """Walkthrough (sixth session): a draft at +00:00 beside one at +08:00 gave TIME007
    listing UTC+00:00 as a leak, then advised rewriting dates to +00:00."""
    from nymaudit.detectors.timing import stated_offset_finding

    mixed = stated_offset_finding({0: 1, 480: 1}, Origin("drafts"))
    assert "+00:00 ones are what a clock set to UTC writes" in mixed.message
    alone = stated_offset_finding({480: 3}, Origin("drafts"))
    assert "clock set to UTC" not in alone.message and alone.severity.label == "high"


def test_boosts_count_as_activity():
    result = detect(ScanContext(_corpus("posts=30", boosts=30)))
    assert result.sections["timing"]["posts"] == 60


def test_terminal_says_what_the_json_says_about_daylight_saving():
    """The analysis answers null when no clock change it could test fell inside the
    history (a London writer's January); the terminal says why, and never contradicts
    the JSON (it used to say "cannot tell" where the JSON said false)."""
    from rich.console import Console

    from nymaudit.timing.render import render_timing

    def line(span_days: int, dst: bool | None) -> str:
        console = Console(record=True, width=100, color_system=None)
        render_timing({"posts": 88, "span_days": span_days, "observes_dst": dst,
                       "standard_utc_offset_hours": 0.0, "offset_confidence": "low",
                       "hour_weekday_utc": [[0] * 24] * 7}, console)
        return next(t for t in console.export_text().splitlines() if "daylight saving" in t)

    # Eighth session: not "no clock change fell in it" (a January-September history holds
    # March's changes); the history's length is the reason.
    assert "cannot tell from 5 days of history (240 or more needed)" in line(5, None)
    assert line(400, None).strip() == "daylight saving: cannot tell from this history"
    assert line(5, False).strip() == line(400, False).strip() == "daylight saving: not observed"


def test_terminal_says_why_no_zone_when_posts_are_plenty():
    from rich.console import Console

    from nymaudit.timing.render import render_timing

    def text(posts: int) -> str:
        console = Console(record=True, width=100, color_system=None)
        render_timing({"posts": posts, "span_days": 300, "standard_utc_offset_hours": None}, console)
        return console.export_text()

    assert "too few" in text(3)
    assert "too few" not in text(400) and "no time zone could be inferred" in text(400)

"""Timing, eleventh session (2026-11-29): with daylight saving unknown the report shows the
offset as posted (tenth session), but the confidence beside it was the standard offset's.

walk10's mast60.zip (60 Mastodon posts of a Chicago writer, January to October, mostly in
summer time): "Time zone: UTC-05:00 as posted (probability 62%, confidence low)", the "low"
belonging to the standard offset's 56 %. Now every renderer gives the posted reading its own
confidence (the JSON's ``posted_offset.confidence``, an extra key), and the Markdown and HTML
keep the standard offset's line with the section's ``offset_confidence``.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.timing.core import TimingResult
from test_timing_s10 import _chicago_times, _mastodon  # the walkthrough's builders

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def _scan(path: Path, *args: str) -> str:
    done = CliRunner().invoke(app, ["scan", str(path), *args], env=ENV, catch_exceptions=False)
    assert done.exit_code in (0, 1), done.stdout
    return done.stdout


def test_the_offset_as_posted_carries_its_own_confidence_in_every_renderer(tmp_path: Path) -> None:
    archive = _mastodon(tmp_path / "mast60", _chicago_times(60, 60))
    report = json.loads(_scan(archive, "-f", "json"))
    timing = report["timing"]
    assert timing["observes_dst"] is None
    # The standard offset keeps its own: -5 at 56 %, low.
    assert timing["standard_utc_offset_hours"] == -5.0 and timing["offset_confidence"] == "low"
    assert timing["offset_candidates"][0]["probability"] < 0.6
    posted = timing["posted_offset"]
    assert posted["utc_offset_hours"] == -5.0 and 0.6 <= posted["probability"] < 0.9
    # 60 posts: low whatever the probability (tz11, red11 item 6: MEDIUM_CONFIDENCE_POSTS).
    assert posted["confidence"] == "low"
    time002 = {f["rule"]: f for f in report["findings"]}["TIME002"]
    assert "whose clock read UTC-05:00 when posting, with probability 62%" in time002["message"]
    assert time002["confidence"] == "low"

    shown = _scan(archive)
    headline = next(line for line in shown.splitlines() if line.startswith("Time zone:"))
    assert headline == "Time zone: UTC-05:00 as posted (probability 62%, confidence low)"

    markdown = _scan(archive, "-f", "markdown")
    assert "- **Standard UTC offset:** UTC-05:00 (confidence low)" in markdown
    assert "- **UTC offset as posted:** UTC-05:00 (probability 62%, confidence low); " in markdown
    html = _scan(archive, "-f", "html")
    assert "UTC-05:00 (probability 62%, confidence low)" in html


def test_redact_still_leaves_the_reading_and_its_confidence_out(tmp_path: Path) -> None:
    archive = _mastodon(tmp_path / "mast60", _chicago_times(60, 60))
    timing = json.loads(_scan(archive, "-f", "json", "--redact"))["timing"]
    assert timing["posted_offset"] is None and "posted_offset" in timing["redacted"]
    for fmt in ("terminal", "markdown", "html"):
        shown = _scan(archive, "-f", fmt, "--redact")
        assert "as posted" not in shown and "UTC-05:00" not in shown, fmt


def test_a_cap_on_the_section_caps_the_posted_reading_too() -> None:
    """No single daily rhythm (timing/fit.py) or disagreeing stored offsets put the section at
    low whatever the probability: the posted reading is no surer, even when the standard
    offset's probability alone would have said low anyway."""
    result = TimingResult(posts=400, standard_offset=-5.0, offset_probability=0.55, offset_confidence="low",
                          observes_dst=None, posted_offset=-5.0, posted_probability=0.95,
                          offset_source="hours", confidence_capped=True)
    assert result.posted_confidence() == "low"
    result.confidence_capped = False  # not capped: the posted reading's own probability
    assert result.posted_confidence() == "high"
    result.posts = 100  # high needs 150 posts, as for the standard offset (and medium: tz11)
    assert result.posted_confidence() == "low"


def test_a_report_written_without_the_key_falls_back_on_the_section() -> None:
    from nymaudit.timing.render import posted_confidence

    timing = {"offset_confidence": "medium", "observes_dst": None,
              "posted_offset": {"utc_offset_hours": -5.0, "probability": 0.62}}
    assert posted_confidence(timing) == "medium"
    timing["posted_offset"]["confidence"] = "bogus"
    assert posted_confidence(timing) == "medium"

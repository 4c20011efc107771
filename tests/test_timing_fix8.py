"""Eighth-session walkthrough, timing items: breaks invented in a truncated export (#4),
TIME007 pointing at the wrong file (#5), a UTC draft failing `check` (#6), the Lagos
time zone's clue, confidence and daylight saving (#9), WordPress advice (#10), WordPress
posts whose post_date_gmt is zeros (#15), and small wordings."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_builders import build_reddit_export, build_wxr  # noqa: E402

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def _run(*args: str) -> tuple[int, str]:
    out = CliRunner().invoke(app, list(args), env=ENV, catch_exceptions=False)
    return out.exit_code, out.stdout


def _json(*args: str) -> dict:
    code, stdout = _run(*args, "--format", "json")
    assert code in (0, 1), stdout
    return json.loads(stdout)


def _rules(report: dict) -> dict[str, dict]:
    return {f["rule"]: f for f in report["findings"]}


def _chicago_evenings(start: datetime, days: int, per_day: int, seed: int) -> list[datetime]:
    rng = random.Random(seed)
    zone = ZoneInfo("America/Chicago")
    out = []
    for d in range(days):
        day = start + timedelta(days=d)
        for _ in range(per_day):
            local = datetime(day.year, day.month, day.day, rng.choice((7, 19, 20, 21, 22, 23)),
                             rng.randrange(60), rng.randrange(60), tzinfo=zone)
            out.append(local.astimezone(UTC))
    return sorted(out)


def _reddit_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


def test_breaks_are_not_invented_where_a_truncated_csv_was_not_read(tmp_path: Path) -> None:
    """#4: comments.csv cut inside a quoted field in June, posts.csv (one post every 17
    days) intact to September: the months after the cut held six 16-day "breaks" (TIME006)
    that were lost records, not absences."""
    comments = [
        {"id": f"c{i}", "permalink": f"https://www.reddit.com/r/x/comments/a/c{i}/",
         "date": _reddit_date(when), "subreddit": "x", "gildings": "0",
         "body": f"Comment {i}, with a comma, as people write."}
        for i, when in enumerate(_chicago_evenings(datetime(2025, 1, 6), 260, 2, 4))
    ]
    posts = [
        {"id": f"p{i}", "permalink": f"https://www.reddit.com/r/x/comments/p{i}/",
         "date": _reddit_date(datetime(2025, 1, 8, 2, 30, tzinfo=UTC) + timedelta(days=17 * i)),
         "subreddit": "x", "gildings": "0", "title": f"Post {i}", "body": "A post."}
        for i in range(15)
    ]
    folder = build_reddit_export(tmp_path / "export", comments, posts, zip=False)
    raw = (folder / "comments.csv").read_bytes()
    cut = raw.index(b"Comment 320, with")  # mid-June, inside the quoted body
    (folder / "comments.csv").write_bytes(raw[: cut + 12])
    report = _json("scan", str(folder))
    assert report["inputs"][0]["errors"], "the cut must be an input error"
    last_read = max(c["date"][:10] for c in comments[:320])
    assert all(a["start"] <= last_read for a in report["timing"]["absences"])
    time006 = _rules(report).get("TIME006")
    assert time006 is None or "2025-07" not in time006["evidence"]


def test_breaks_count_and_list_agree() -> None:
    """#4: "6 breaks" was followed by five dates and nothing more."""
    from nymaudit.detectors.timing import findings
    from nymaudit.model import Origin
    from nymaudit.timing.core import TimingResult

    t = TimingResult(posts=300, enough=True, span_days=400,
                     absences=[(f"2025-0{m}-01", f"2025-0{m}-12", 12) for m in range(1, 8)])
    (found,) = [f for f in findings(t, Origin("x")) if f.rule == "TIME006"]
    assert found.message.startswith("7 breaks") and "and 2 more." in found.message


def _new_repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "dotfiles"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    return root, env


def test_time007_points_at_the_git_commits_not_the_reddit_export(tmp_path: Path) -> None:
    """#5: the Reddit CSV stores no offset; the offsets are the commits' (git --date)."""
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("no git")
    comments = [{"id": f"c{i}", "permalink": f"https://www.reddit.com/r/x/comments/a/c{i}/",
                 "date": _reddit_date(when), "subreddit": "x", "gildings": "0", "body": "Late again."}
                for i, when in enumerate(_chicago_evenings(datetime(2025, 1, 6), 60, 1, 5))]
    export = build_reddit_export(tmp_path / "export_nightowl", comments, [], zip=True)
    root, env = _new_repo(tmp_path)
    for i in range(6):
        (root / f"f{i}").write_text("x\n")
        when = f"2025-0{1 + i}-10T21:15:00-0{6 if i < 2 else 5}:00"
        extra = {"GIT_AUTHOR_NAME": "nightowl", "GIT_AUTHOR_EMAIL": "n@users.noreply.github.com",
                 "GIT_COMMITTER_NAME": "nightowl", "GIT_COMMITTER_EMAIL": "n@users.noreply.github.com",
                 "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True,
                       env={**env, **extra})
        subprocess.run(["git", "-C", str(root), "commit", "-q", "-m", f"c{i}"], check=True,
                       capture_output=True, env={**env, **extra})
    leak = _rules(_json("scan", str(export), str(root)))["TIME007"]
    assert "dotfiles" in leak["location"]["path"] and "export" not in leak["location"]["path"]


def _hugo_draft(path: Path, date: str, toml: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if toml:  # hugo new with a TOML archetype
        path.write_text(f'+++\ntitle = "Policy"\ndate = {date}\n+++\nThe policy changed.\n')
    else:
        path.write_text(f'---\ntitle: "Rota"\ndate: {date}\n---\nThe rota changed.\n')
    return path


def test_check_points_time007_at_the_draft_that_gives_the_zone_away(tmp_path: Path) -> None:
    """#5: `check` named the draft already at +00:00; the -05:00 is in the other one."""
    utc = _hugo_draft(tmp_path / "drafts" / "2026-11-30-rota.md", "2026-11-30T21:40:00+00:00")
    zoned = _hugo_draft(tmp_path / "drafts" / "2026-12-03-policy.md", "2026-12-03T22:10:00-05:00", toml=True)
    leak = _rules(_json("check", str(utc), str(zoned)))["TIME007"]
    assert leak["location"]["path"].endswith("2026-12-03-policy.md")


def test_check_passes_a_draft_dated_in_utc_at_any_gate(tmp_path: Path) -> None:
    """#6: a `Z` date is what TIME007 advises: no gate may fail it, and the advice must not
    tell the writer to do what they did."""
    draft = _hugo_draft(tmp_path / "2026-12-02-clean.md", "2026-12-02T09:00:00Z")
    code, _ = _run("check", str(draft), "--fail-on", "low")
    assert code == 0
    found = [f for f in _json("check", str(draft))["findings"] if f["rule"] == "TIME007"]
    assert all(f["severity"] == "info" and "Set the machine" not in f["advice"] for f in found)


def _lagos_wxr(tmp_path: Path, zero_gmt: bool = False) -> Path:
    """81 posts written at WAT (UTC+1, no daylight saving) from January to September 2025,
    as WordPress stores them: post_date local, post_date_gmt UTC (or zeros, as imports leave)."""
    rng = random.Random(9)
    items = []
    start = datetime(2025, 1, 7)
    for i in range(81):
        local = start + timedelta(days=int(i * 236 / 80), hours=rng.choice((7, 19, 20, 21, 22)),
                                  minutes=rng.randrange(60))
        items.append({
            "post_id": str(100 + i), "title": f"Desk note {i}", "content": "<p>Another day at the desk.</p>",
            "post_date": local.strftime("%Y-%m-%d %H:%M:%S"),
            "post_date_gmt": "0000-00-00 00:00:00" if zero_gmt
            else (local - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"),
        })
    return build_wxr(tmp_path / "naijadesk.WordPress.2025-09-01.xml", items)


def test_lagos_offset_clue_confidence_and_daylight_saving(tmp_path: Path) -> None:
    """#9: the dossier's clue named a 26 % zone; the section said medium and TIME002 high;
    81 records at +01:00 across the March clock changes said nothing about daylight saving."""
    path = _lagos_wxr(tmp_path)
    report = _json("scan", str(path))
    timing, rules = report["timing"], _rules(report)
    zone_clue = rules["TIME002"]["clue"]["value"]
    assert zone_clue.startswith("UTC+01:00")
    top = {z["zone"]: z["probability"] for z in timing["zone_candidates"]}
    assert all(zone not in zone_clue or p >= 0.5 for zone, p in top.items())
    assert rules["TIME002"]["confidence"] == timing["offset_confidence"]
    assert timing["observes_dst"] is False
    assert "EU" in rules["TIME003"]["message"] and "fixed offset" in rules["TIME003"]["message"]
    _, terminal = _run("scan", str(path))
    assert "no clock change fell" not in terminal


def test_wordpress_offset_advice_names_the_site_setting(tmp_path: Path) -> None:
    """#10: the offset of a WordPress record is the site's Timezone setting."""
    leak = _rules(_json("scan", str(_lagos_wxr(tmp_path))))["TIME007"]
    assert "Settings > General > Timezone" in leak["advice"]
    assert leak["location"]["record"].startswith("wp-post-")


def test_wordpress_posts_with_zero_gmt_keep_their_local_time(tmp_path: Path) -> None:
    """#15: published posts whose post_date_gmt is zeros lost their time without a word."""
    report = _json("scan", str(_lagos_wxr(tmp_path, zero_gmt=True)))
    said = " ".join(f["message"] for f in report["findings"] if f["rule"] in ("TIME001", "TIME008"))
    assert "81 are WordPress posts whose post_date_gmt is 0000-00-00" in said
    assert "quiet from about" in said  # their own clock is still read


def test_wordings_plural_and_window() -> None:
    """'1 posts without a date' (TIME008) and '1095 days' without saying it is the window."""
    from rich.console import Console

    from nymaudit.detectors.timing import excluded_finding
    from nymaudit.model import Origin
    from nymaudit.timing.core import TimingResult
    from nymaudit.timing.render import render_timing

    found = excluded_finding(TimingResult(posts=80, enough=True, span_days=90), Origin("x"), untimed=1)
    assert found.evidence == "1 post without a date"
    console = Console(record=True, width=160, color_system=None)
    render_timing({"posts": 17777, "span_days": 1095, "observes_dst": None, "standard_utc_offset_hours": -6.0,
                   "offset_confidence": "high",
                   "offset_candidates": [{"standard_utc_offset_hours": -6.0, "probability": 0.9}]}, console)
    assert "over 1095 days (the last three years" in console.export_text()

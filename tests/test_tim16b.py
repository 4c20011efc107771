"""tim16b: timing findings users met (walk16 items 12 and 14, red16 F4 and F5c).

Real git histories made by the git CLI (author and committer dates as GIT_AUTHOR_DATE and
GIT_COMMITTER_DATE write them), real JPEGs with EXIF written by piexif, a Jekyll site's posts, all
scanned end to end through the CLI (typer's CliRunner), as a user runs it.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

piexif = pytest.importorskip("piexif")
Image = pytest.importorskip("PIL.Image")

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
FORMATS = ("terminal", "json", "markdown", "html", "sarif")
BRITISH_SUMMER = timezone(timedelta(hours=1))
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git CLI")


def _run(target: Path, *options: str) -> str:
    done = CliRunner().invoke(app, ["scan", str(target), *options], env=ENV, catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return done.stdout


def _scan(target: Path) -> dict[str, Any]:
    return json.loads(_run(target, "--format", "json", "--no-redact"))


def _rules(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in report["findings"]}


def _flat(text: str) -> str:
    """The report with line breaks and indents as single spaces (the terminal wraps)."""
    return " ".join(text.split())


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    base = {"PATH": os.environ.get("PATH", ""), "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Night Owl", "GIT_AUTHOR_EMAIL": "owl@users.noreply.github.com",
            "GIT_COMMITTER_NAME": "Night Owl", "GIT_COMMITTER_EMAIL": "owl@users.noreply.github.com"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**base, **(env or {})})


def _history(repo: Path, commits: list[tuple[str, str]]) -> Path:
    """A repository with one commit per (author date, committer date), committed in that order."""
    repo.mkdir()
    _git(repo, "init", "-q")
    for i, (authored, committed) in enumerate(commits):
        (repo / f"post{i}.md").write_text(f"post {i}\n", encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", f"post {i}",
             env={"GIT_AUTHOR_DATE": authored, "GIT_COMMITTER_DATE": committed})
    return repo


def _photo(taken: str, offset: str | None) -> bytes:
    exif: dict[int, bytes] = {piexif.ExifIFD.DateTimeOriginal: taken.encode()}
    if offset is not None:
        exif[piexif.ExifIFD.OffsetTimeOriginal] = offset.encode()
    zeroth = {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS 80D"}
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (120, 40, 40)).save(out, "JPEG",
                                                  exif=piexif.dump({"0th": zeroth, "Exif": exif}))
    return out.getvalue()


# Item 1 (red16 F5c): winter author dates committed again in summer on the same clock.

def _winter_then_summer(author_offset: str, committer_offset: str) -> list[tuple[str, str]]:
    """red16's repro: 14 author dates in January between 08:00 and 21:00, each committed again one
    by one (a cherry-pick or an amend) in July, spread over the day."""
    commits = []
    for i in range(1, 15):
        authored = f"2025-01-{i + 1:02d}T{(i * 5) % 14 + 8:02d}:1{i % 6}:00{author_offset}"
        committed = f"2025-07-{i + 1:02d}T{(i * 7) % 13 + 9:02d}:{10 + i * 3}:00{committer_offset}"
        commits.append((authored, committed))
    return commits


@needs_git
def test_london_winter_author_dates_committed_again_in_summer_are_not_set_by_hand(tmp_path: Path) -> None:
    """+0000 in January beside +0100 in July is one London (Dublin, Lisbon) clock: the author dates
    are kept as written, TIME007 does not call them set by hand nor say they hid the clock."""
    report = _scan(_history(tmp_path / "repo", _winter_then_summer("+0000", "+0100")))
    rules = _rules(report)
    hours = rules.get("TIME002") or rules["TIME001"]
    assert "carry no time of day" not in hours["message"], hours["message"]
    assert "committer dates" not in hours.get("evidence", ""), hours["evidence"]
    leak = rules["TIME007"]
    assert "set by hand" not in leak["message"], leak["message"]
    assert "setting the author date alone" not in leak["message"], leak["message"]
    assert "UTC+00:00" in leak["evidence"] and "UTC+01:00" in leak["evidence"], leak["evidence"]


@needs_git
def test_berlin_winter_author_dates_committed_again_in_summer_are_not_set_by_hand(tmp_path: Path) -> None:
    """The same at +0100/+0200, beside six winter commits made at +0100 (so the committer dates show
    both of Berlin's offsets, which tim16's one-clock test read as a fixed +0100 typed by hand)."""
    commits = _winter_then_summer("+0100", "+0200")
    for day in range(6):
        moment = f"2025-02-{day * 3 + 2:02d}T{19 + day % 3}:{day * 7 + 5:02d}:00+01:00"
        commits.append((moment, moment))
    commits.sort(key=lambda pair: datetime.fromisoformat(pair[1]))
    rules = _rules(_scan(_history(tmp_path / "repo", commits)))
    hours = rules.get("TIME002") or rules["TIME001"]
    assert "carry no time of day" not in hours["message"], hours["message"]
    assert "set by hand" not in rules["TIME007"]["message"], rules["TIME007"]["message"]


@needs_git
def test_summer_author_dates_typed_at_plus_zero_are_still_set_by_hand(tmp_path: Path) -> None:
    """Guard (tim15's case): +0000 author dates in July, a day before commits made at +0100 in July,
    fit no zone's clock (London shows +01:00 then): still dates set by hand, read at the committer
    dates."""
    commits = []
    for i in range(1, 15):
        committed = datetime(2025, 7, i + 1, (i * 7) % 13 + 9, 10 + i * 3, tzinfo=BRITISH_SUMMER)
        authored = (committed - timedelta(hours=20 + i)).astimezone(UTC)
        commits.append((authored.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                        committed.strftime("%Y-%m-%dT%H:%M:%S%z")))
    rules = _rules(_scan(_history(tmp_path / "repo", commits)))
    hours = rules.get("TIME002") or rules["TIME001"]
    assert "carry no time of day" in hours["message"], hours["message"]


# Item 2 (red16 F4): under --redact, nothing around the masked +00:00 names it.

def _utc_photos(folder: Path) -> Path:
    folder.mkdir()
    for month in range(1, 7):
        (folder / f"p{month}.jpg").write_bytes(_photo(f"2026:{month:02d}:1{month} 14:2{month}:00", "+00:00"))
    return folder


# Only TIME009's and TIME007's own explanations of +00:00 (META014 says its own: another owner's).
TIME009_TELLS = ("never set to a zone", "or was set to UTC) writes", "as well as the winter clock")
TIME007_TELLS = ("what a clock set to UTC writes", "move an hour forward", "Iceland and West Africa")


@pytest.mark.parametrize("fmt", FORMATS)
def test_time009_under_redact_does_not_explain_the_masked_plus_zero(tmp_path: Path, fmt: str) -> None:
    folder = _utc_photos(tmp_path / "photos")
    redacted = _flat(_run(folder, "--format", fmt, "--redact"))
    assert "TIME009" in redacted
    for tell in TIME009_TELLS:
        assert tell not in redacted, (tell, redacted)


def test_time009_without_redact_still_explains_plus_zero(tmp_path: Path) -> None:
    """Guard: the clear report keeps the explanation (inside the quote now)."""
    message = _rules(_scan(_utc_photos(tmp_path / "photos")))["TIME009"]["message"]
    assert "never set to a zone" in message and "the UK, Ireland and Portugal" in message, message


def _winter_blog(site: Path) -> Path:
    posts = site / "_posts"
    posts.mkdir(parents=True)
    (site / "_config.yml").write_text("title: Garden notes\n", encoding="utf-8")
    for i in range(1, 9):
        day = f"2025-01-{i * 3:02d}"
        (posts / f"{day}-post-{i}.md").write_text(
            f"---\nlayout: post\ntitle: Post {i}\ndate: {day} 1{i}:2{i}:00 +0000\n---\n\n"
            f"Some words about the allotment, week {i}.\n", encoding="utf-8")
    return site


@pytest.mark.parametrize("fmt", FORMATS)
def test_time007_under_redact_does_not_explain_the_masked_plus_zero(tmp_path: Path, fmt: str) -> None:
    site = _winter_blog(tmp_path / "site")
    clear = _rules(_scan(site))["TIME007"]["message"]
    assert "what a clock set to UTC writes" in clear and "move an hour forward" in clear, clear
    redacted = _flat(_run(site, "--format", fmt, "--redact"))
    assert "TIME007" in redacted
    for tell in TIME007_TELLS:
        assert tell not in redacted, (tell, redacted)


# Item 3 (walk16 12): midnights set by hand in a git history are said as such, hours kept.

@needs_git
def test_author_dates_set_to_midnight_by_hand_are_read_at_their_committer_dates(tmp_path: Path) -> None:
    """walk16's persona C: 70 evening commits in Warsaw, 7 of them with GIT_AUTHOR_DATE set to
    00:00:00 +0000 of the day and the committer date left real. TIME008 says the dates were set by
    hand (not a converter's), and all 70 commits' hours are read (the 7 at their committer dates)."""
    rnd = random.Random(3)
    warsaw = ZoneInfo("Europe/Warsaw")
    commits = []
    for i in range(70):
        day = datetime(2026, 3, 2, tzinfo=warsaw) + timedelta(days=i * 3)
        hour = rnd.choice([20, 21, 22, 23, 12, 13]) if day.weekday() < 5 else rnd.choice([10, 11, 15, 16])
        when = day.replace(hour=hour, minute=rnd.randrange(60), second=rnd.randrange(60))
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S%z")
        commits.append((day.strftime("%Y-%m-%dT00:00:00+0000") if i % 10 == 5 else stamp, stamp))
    report = _scan(_history(tmp_path / "repo", commits))
    rules = _rules(report)
    left = rules["TIME008"]
    assert "set by hand" in left["message"] and "converter wrote" not in left["message"], left["message"]
    assert not left["advice"].startswith("Nothing to do"), left["advice"]
    assert report["timing"]["posts"] == 70, report["timing"]
    assert "For 7 commits among them that is the committer date's offset" in rules["TIME007"]["message"]


@needs_git
def test_two_real_commits_at_midnight_are_not_dates_set_by_hand(tmp_path: Path) -> None:
    """Guard: commits made at midnight (author and committer date the same moment) stay as they are."""
    commits = []
    for i in range(30):
        stamp = f"2026-04-{i % 28 + 1:02d}T{20 + i % 4}:{i + 10}:07+0200"
        if i in (4, 9):
            stamp = f"2026-04-{i % 28 + 1:02d}T00:00:00+0200"
        commits.append((stamp, stamp))
    rules = _rules(_scan(_history(tmp_path / "repo", commits)))
    assert "set by hand" not in rules.get("TIME008", {}).get("message", ""), rules.get("TIME008")


# Item 4 (walk16 14): zones named as examples when no posting hours rank them; the trip sentence.

def test_zones_named_without_posting_hours_are_examples_from_several_regions(tmp_path: Path) -> None:
    (tmp_path / "IMG_1.jpg").write_bytes(_photo("2025:10:14 07:42:10", "+01:00"))
    (tmp_path / "IMG_2.jpg").write_bytes(_photo("2025:10:20 13:05:55", "+01:00"))
    message = _rules(_scan(tmp_path))["TIME009"]["message"]
    assert "as in, for example, «" in message, message
    named = message.split("for example, «", 1)[1].split("»", 1)[0].split(", ")
    assert len({zone.split("/")[0] for zone in named}) >= 2, named
    assert "do not say which" in message and "posting hours first" not in message, message


def test_a_trips_photos_are_said_plainly(tmp_path: Path) -> None:
    """Three days of photos within a week on one clock: a trip's, said in plain sentences."""
    for day in (3, 5, 8):
        (tmp_path / f"IMG_{day}.jpg").write_bytes(_photo(f"2025:07:{day:02d} 12:30:00", "+02:00"))
    message = _rules(_scan(tmp_path))["TIME009"]["message"]
    assert "that could be one trip" in message, message
    assert "it takes photos of" not in message, message

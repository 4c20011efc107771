"""tim16c: review rev16b items 1 and 8.

1. A real `git pull --rebase` the next morning (one local commit rebased alone) or a next-morning
   `git commit --amend` writes an author date hours before its committer date, alone and on the same
   clock: that is no date set by hand. At a non-zero offset distance alone no longer counts; a sign of
   a hand must be there too (``detectors/timing._hand_sign``).
2. Dates written as a zone's midnight and stored in UTC are looked for only at the UTC times where a
   real zone's midnight falls (18:30:00 for +05:30, not 07:30:00), and TIME008 counts them by slot.

Real inputs: git repositories made and rewritten by the git CLI (clone, push, `pull --rebase`,
`commit --amend`), JSON Lines exports scanned with ``nymaudit scan``; the model's question through
``timing.core.analyse``.
"""

from __future__ import annotations

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

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
NOW = datetime(2026, 11, 29, tzinfo=UTC).timestamp()
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git CLI")
ME = {"GIT_AUTHOR_NAME": "nullbyte", "GIT_AUTHOR_EMAIL": "nullbyte@users.noreply.github.com",
      "GIT_COMMITTER_NAME": "nullbyte", "GIT_COMMITTER_EMAIL": "nullbyte@users.noreply.github.com"}
COLLEAGUE = {"GIT_AUTHOR_NAME": "Colleague", "GIT_AUTHOR_EMAIL": "col@example.org",
             "GIT_COMMITTER_NAME": "Colleague", "GIT_COMMITTER_EMAIL": "col@example.org"}


def _scan(target: Path) -> dict[str, Any]:
    done = CliRunner().invoke(app, ["scan", str(target), "--format", "json", "--no-redact"], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return json.loads(done.stdout)


def _rules(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in report["findings"]}


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


class _Git:
    """The git CLI with a private HOME and no system config."""

    def __init__(self, root: Path) -> None:
        self.base = {"PATH": os.environ.get("PATH", ""), "HOME": str(root), "GIT_CONFIG_NOSYSTEM": "1"}

    def __call__(self, repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                       env={**self.base, **(env or {})})


def _workflow(root: Path, how: str, commits: int = 60, share: float = 0.7, seed: int = 5) -> Path:
    """rev16b's `git_rebase_repo.py` / `git_amend_repo.py`: a Berlin developer's evening commits; for
    ``share`` of them (``how`` "rebase") a colleague pushes overnight and the next morning the evening's
    one local commit is rebased alone by a real `git pull --rebase`, or (``how`` "amend") amended the
    next morning with `git commit --amend`. ``how`` "none": the same evenings, never rewritten.
    Returns the developer's clone."""
    root.mkdir(parents=True)
    git = _Git(root)
    tz = ZoneInfo("Europe/Berlin")
    git(root, "init", "-q", "--bare", "origin.git")
    for who in ("me", "col"):
        subprocess.run(["git", "clone", "-q", str(root / "origin.git"), str(root / who)], check=True,
                       capture_output=True, env=git.base)
        git(root / who, "config", "commit.gpgsign", "false")
    mine, col = root / "me", root / "col"
    start = datetime(2025, 1, 6, 9, tzinfo=tz)
    (col / "README.md").write_text("start\n")
    git(col, "add", "-A")
    first = {**COLLEAGUE, "GIT_AUTHOR_DATE": _stamp(start), "GIT_COMMITTER_DATE": _stamp(start)}
    git(col, "commit", "-qm", "init", env=first)
    git(col, "push", "-q", "origin", "HEAD:main", env=first)
    git(mine, "fetch", "-q")
    git(mine, "checkout", "-q", "-b", "main", "origin/main")
    rnd = random.Random(seed)
    day, made = datetime(2025, 1, 7, tzinfo=tz), 0
    while made < commits:
        if day.weekday() < 5 and rnd.random() < 0.7:
            evening = day + timedelta(hours=rnd.uniform(19.5, 23.3))
            rewrite = rnd.random() < share
            morning = day + timedelta(days=1, hours=rnd.uniform(7.5, 8.5))
            later = morning + timedelta(hours=rnd.uniform(0.5, 1.2))
            (mine / f"f{made}.txt").write_text(f"{made}\n")
            git(mine, "add", "-A")
            git(mine, "commit", "-qm", f"work {made}",
                env={**ME, "GIT_AUTHOR_DATE": _stamp(evening), "GIT_COMMITTER_DATE": _stamp(evening)})
            if rewrite and how == "rebase":
                (col / f"c{made}.txt").write_text("x\n")
                git(col, "pull", "-q", "--rebase", "origin", "main", env=COLLEAGUE)
                git(col, "add", "-A")
                stamp = {**COLLEAGUE, "GIT_AUTHOR_DATE": _stamp(morning),
                         "GIT_COMMITTER_DATE": _stamp(morning)}
                git(col, "commit", "-qm", f"col {made}", env=stamp)
                git(col, "push", "-q", "origin", "HEAD:main", env=stamp)
                git(mine, "pull", "-q", "--rebase", "origin", "main",
                    env={**ME, "GIT_COMMITTER_DATE": _stamp(later)})
            elif rewrite and how == "amend":
                (mine / f"f{made}.txt").write_text(f"{made} typo fixed\n")
                git(mine, "add", "-A")
                git(mine, "commit", "-q", "--amend", "--no-edit",
                    env={**ME, "GIT_COMMITTER_DATE": _stamp(later)})
            if how == "rebase":
                git(mine, "push", "-q", "origin", "HEAD:main", env=ME)
            made += 1
        day += timedelta(days=1)
    return mine


def _committer_dates(repo: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["git", "-C", str(repo), "log", "--author=nullbyte", "--format=%ai|%ci"],
                         check=True, capture_output=True, text=True, env={"PATH": os.environ.get("PATH", "")})
    return [tuple(line.split("|")) for line in out.stdout.splitlines()]  # type: ignore[misc]


# ------------------------------------------------------------------ item 1: rewrites are no hand


@needs_git
@pytest.mark.parametrize("how", ["rebase", "amend"])
def test_next_morning_rebase_or_amend_keeps_the_evening_author_dates(tmp_path: Path, how: str) -> None:
    """rev16b 1: 70 % of a Berlin developer's evening commits rebased alone by a real `git pull
    --rebase` (or amended) the next morning were "author dates set by hand" and the hours were read
    from the committer dates (quiet hours 00:00-08:00: the mornings stood in for the evenings). The
    author dates are the real moments: the reading must be the never-rewritten history's."""
    rewritten = _workflow(tmp_path / how, how)
    # The history really was rewritten: most author dates lie hours before their committer dates.
    pairs = _committer_dates(rewritten)
    moved = sum(1 for a, c in pairs if abs((datetime.fromisoformat(c.replace(" +", "+").replace(" -", "-"))
                                            - datetime.fromisoformat(a.replace(" +", "+").replace(" -", "-")))
                                           .total_seconds()) > 3 * 3600)
    assert moved >= len(pairs) / 2
    report = _scan(rewritten)
    message = _rules(report)["TIME002"]["message"]
    assert "set by hand" not in message and "committer dates" not in message
    assert "times of day read from committer dates" not in _rules(report)["TIME002"]["evidence"]
    plain = _scan(_workflow(tmp_path / "plain", "none"))
    assert plain["timing"]["sleep_window_local"] is not None
    assert report["timing"]["sleep_window_local"] == plain["timing"]["sleep_window_local"]
    assert report["timing"]["standard_utc_offset_hours"] == plain["timing"]["standard_utc_offset_hours"] == 1


def _typed_history(repo: Path, offset: str, kind: str, commits: int = 60) -> Path:
    """Kolkata evenings committed when made (real committer dates); author dates typed by hand 5-40 h
    before each commit: "minutes" typed without seconds ("2025-03-04 14:20 +0530"), "ahead" a few
    typed hours after the commit."""
    repo.mkdir(parents=True)
    git = _Git(repo.parent)
    git(repo, "init", "-q", "-b", "main", ".")
    rnd, tz, day, made = random.Random(3), ZoneInfo("Asia/Kolkata"), datetime(2025, 1, 6), 0
    sign = -1 if offset[0] == "-" else 1
    typed_tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    while made < commits:
        if rnd.random() < 0.8:
            real = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=rnd.uniform(19, 23.5))
            typed = (real - timedelta(hours=rnd.uniform(5, 40))).astimezone(typed_tz)
            if kind == "ahead" and made % 12 == 0:
                typed = (real + timedelta(hours=rnd.uniform(5, 20))).astimezone(typed_tz)
            author = typed.strftime("%Y-%m-%d %H:%M %z") if kind == "minutes" else _stamp(typed)
            git(repo, "commit", "-q", "--allow-empty", "-m", f"change {made}",
                env={**ME, "GIT_AUTHOR_DATE": author, "GIT_COMMITTER_DATE": _stamp(real)})
            made += 1
        day += timedelta(days=1)
    return repo


@needs_git
@pytest.mark.parametrize(("kind", "said"), [
    ("minutes", "most at a whole minute (:00 seconds), as typed times are"),
    ("ahead", "after it, which no rebase or amend writes"),
])
def test_far_author_dates_with_a_sign_of_a_hand_still_give_way(tmp_path: Path, kind: str, said: str) -> None:
    """Guards: far author dates typed at the writer's own +0530 are still read at the committer dates
    when a hand shows (typed without seconds; a few typed after the commit), and TIME002 names it."""
    report = _scan(_typed_history(tmp_path / kind, "+0530", kind))
    message = _rules(report)["TIME002"]["message"]
    assert "are more than 3 hours from when the commit was made" in message
    assert said in message
    assert "So the hours here are read from the committer dates of 60 commits" in message


# ------------------------------------------------------------------ item 2: zones' midnights only


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in sorted(rows, key=lambda r: r["timestamp"])))
    return path


def _evening_posts(zone: str, count: int, seed: int) -> list[dict[str, str]]:
    rnd, tz, rows = random.Random(seed), ZoneInfo(zone), []
    start = datetime(2025, 1, 6, tzinfo=tz)
    for i in range(count):
        day = start + timedelta(days=i // 2)
        local = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=rnd.uniform(18, 23.5))
        rows.append({"timestamp": local.astimezone(UTC).isoformat().replace("+00:00", "Z"),
                     "text": f"Evening thought {i}: the light over the hills was lovely"})
    return rows


def _at(clock: str, count: int, first: datetime, step: int, text: str) -> list[dict[str, str]]:
    return [{"timestamp": (first + timedelta(days=step * i)).strftime(f"%Y-%m-%dT{clock}Z"),
             "text": f"{text} {i}"} for i in range(count)]


def test_a_scheduler_at_a_half_hour_no_zone_keeps_is_no_midnight(tmp_path: Path) -> None:
    """rev16b 8 (`make_sched.py`): 300 evening posts, 30 imported at 00:00:00Z, 60 digests sent at
    07:30:00Z. 07:30 UTC is no zone's midnight (-07:30 is no zone), yet TIME008 said "90 at exactly
    00:00:00". Now only the 30 are dates; the digests are not dropped as midnights."""
    rows = (_evening_posts("Europe/London", 300, 2)
            + _at("00:00:00", 30, datetime(2024, 3, 1, tzinfo=UTC), 5, "Old post from the previous blog")
            + _at("07:30:00", 60, datetime(2025, 1, 6, tzinfo=UTC), 2, "Morning digest: links I read"))
    report = _scan(_jsonl(tmp_path / "sched.jsonl", rows))
    left = _rules(report)["TIME008"]["message"]
    assert "the time of day of 30 at exactly 00:00:00 (UTC)" in left
    assert "90" not in left and "07:30" not in left
    assert report["timing"]["posts"] == 360


@pytest.mark.parametrize(("zone", "clock", "said"), [
    ("Asia/Kolkata", "18:30:00", "100 at exactly «18:30:00 UTC (a +05:30 zone's midnight)»"),
    ("Asia/Kathmandu", "18:15:00", "100 at exactly «18:15:00 UTC (a +05:45 zone's midnight)»"),
])
def test_time008_counts_midnights_by_slot(tmp_path: Path, zone: str, clock: str, said: str) -> None:
    """A converter's dates at midnight UTC and at the writer's own midnight stored in UTC without an
    offset: TIME008 said "200 at exactly 00:00:00" for records half of which sit at 18:30:00. It now
    counts each slot at its own time and names the zone offset whose midnight it is."""
    rows = (_evening_posts(zone, 300, 4)
            + _at("00:00:00", 100, datetime(2024, 1, 3, tzinfo=UTC), 3, "Imported note")
            + _at(clock, 100, datetime(2024, 1, 4, tzinfo=UTC), 3, "Imported diary entry"))
    report = _scan(_jsonl(tmp_path / "mixed.jsonl", rows))
    found = _rules(report)["TIME008"]
    assert f"the time of day of 100 at exactly 00:00:00 UTC and {said}" in found["message"]
    assert "200 at exactly 00:00:00" not in found["message"]
    assert f"{clock} UTC x100" in found["evidence"]


@pytest.mark.parametrize("clock", ["07:30:00", "16:45:00", "21:15:00"])
def test_quarter_hours_where_no_zone_has_midnight_are_not_tried(clock: str) -> None:
    """Through ``analyse``: beside 100 midnight-UTC dates, 100 records at a quarter hour of UTC where
    no zone's midnight falls (-07:30, +07:15, +02:45) stay times; HEAD took them as dates."""
    from nymaudit.timing import analyse

    rnd, times = random.Random(9), []
    tz = ZoneInfo("Europe/London")
    for i in range(300):
        day = datetime(2025, 1, 6, tzinfo=tz) + timedelta(days=i // 2)
        times.append((day + timedelta(hours=rnd.uniform(18, 23.5))).timestamp())
    for i in range(100):
        base = datetime(2024, 1, 3, tzinfo=UTC) + timedelta(days=3 * i)
        times.append(base.timestamp())
        hours, minutes, _ = (int(x) for x in clock.split(":"))
        times.append((base + timedelta(days=1, hours=hours, minutes=minutes)).timestamp())
    result = analyse(times, now=NOW)
    assert result.midnight == 100 and result.midnight_frame == "UTC"


def test_the_slot_wording_names_no_zone_under_redact(tmp_path: Path) -> None:
    """Guard: the slot names the writer's offset ("a +05:30 zone's midnight"); under --redact TIME008's
    message and evidence must not say it (the report is not the leak)."""
    rows = (_evening_posts("Asia/Kolkata", 300, 4)
            + _at("00:00:00", 100, datetime(2024, 1, 3, tzinfo=UTC), 3, "Imported note")
            + _at("18:30:00", 100, datetime(2024, 1, 4, tzinfo=UTC), 3, "Imported diary entry"))
    path = _jsonl(tmp_path / "mixed.jsonl", rows)
    done = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "--redact"], env=ENV,
                              catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    found = _rules(json.loads(done.stdout))["TIME008"]
    assert "Left out of the time analysis" in found["message"]
    for said in (found["message"], found["evidence"]):
        assert "05:30" not in said and "18:30" not in said

"""tfx14: review rev14c items 1-5. A photo's or file's offset never accepts a draft's dates (1);
night workers who sleep 8 h or more by day stay capped (2); committer dates of a rebase get their own
sentence and stay out of the counts and the clue (3, 4); TIME002's important sentences reach Markdown
and HTML (5)."""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import piexif
import pytest
from PIL import Image
from pypdf import PdfWriter
from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, make_note
from nymaudit.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
REPEATS = "This repeats something your published history already shows."


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), env=ENV, catch_exceptions=False)


def _check(*args: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    done = run("check", *args, "--format", "json", "--no-redact")
    return done, {f["rule"]: f for f in json.loads(done.stdout)["findings"]}


# ------------------------------------------------------------------ item 1: check, offsets by kind


def _jpeg(taken: str, offset: bytes, tag: int = piexif.ExifIFD.OffsetTime) -> bytes:
    """A JPEG stating ``offset`` in ``tag`` (OffsetTime alone: META014 and no TIME009, rev14c r1)."""
    exif = {"0th": {piexif.ImageIFD.Model: b"X"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: taken.encode(), tag: offset}}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 40, 90)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _london_site(root: Path, attachment: str, link: str) -> Path:
    """rev14c r1: a London blog (+0000/+0100) whose June post shows or links ``attachment`` (made
    by the caller), and a draft dated +0530: the writer's own clock, now in India."""
    (root / "_posts").mkdir(parents=True)
    (root / "_drafts").mkdir()
    (root / "_config.yml").write_text("title: Allotment notes\n")
    for month in range(1, 13):
        offset = "+0100" if 4 <= month <= 10 else "+0000"
        shown = f"\n{link}(/assets/{attachment})\n" if month == 6 else ""
        (root / "_posts" / f"2025-{month:02d}-25-note.md").write_text(
            f"---\nlayout: post\ntitle: Note {month}\ndate: 2025-{month:02d}-25 21:30:00 {offset}\n---\n"
            f"Some thoughts on the allotment.\n{shown}")
    (root / "_drafts/moved.md").write_text("---\nlayout: post\ntitle: New\ndate: 2026-01-10 21:30:00 +0530\n"
                                           "---\nSome thoughts on the garden.\n")
    return root


def _site_with_friends_photo(root: Path) -> Path:
    (root / "assets").mkdir(parents=True)
    (root / "assets/friend.jpg").write_bytes(_jpeg("2025:06:10 12:00:00", b"+05:30"))
    return _london_site(root, "friend.jpg", "![a friend's picture from Pune]")


def _site_with_form(root: Path) -> Path:
    (root / "assets").mkdir(parents=True)
    pdf = PdfWriter()
    pdf.add_blank_page(200, 200)
    pdf.add_metadata({"/CreationDate": "D:20250610120000+05'30'", "/Producer": "Some office"})
    pdf.write(str(root / "assets/form.pdf"))
    return _london_site(root, "form.pdf", "[the allotment form]")


def _baseline_of_site(root: Path, out: Path) -> None:
    assert run("baseline", "create", "_posts/", "_config.yml", "assets/", "-o", str(out)).exit_code == 0


def test_a_published_photos_offset_does_not_accept_a_drafts_date(tmp_path: Path, monkeypatch: Any) -> None:
    """rev14c 1 (r1.sh): a friend's picture saved at +05:30 (META014) in one published post let a
    draft dated +0530 pass the baseline (exit 0, no finding)."""
    site = _site_with_friends_photo(tmp_path / "site")
    monkeypatch.chdir(site)
    scan = json.loads(run("scan", "_posts", "_config.yml", "assets", "--format", "json",
                          "--no-redact").stdout)
    assert any(f["rule"] == "META014" and "+05:30" in f["evidence"] for f in scan["findings"])
    _baseline_of_site(site, tmp_path / "bl.json")
    done, found = _check("_drafts/moved.md", "--baseline", str(tmp_path / "bl.json"))
    assert done.exit_code == 1
    assert found["TIME007"]["clue"]["value"] == "UTC+05:30"


def test_a_published_documents_offset_does_not_accept_a_drafts_date(tmp_path: Path,
                                                                    monkeypatch: Any) -> None:
    """rev14c 1 (r1_pdf.py): the same with a linked PDF whose CreationDate says +05'30'."""
    site = _site_with_form(tmp_path / "site")
    monkeypatch.chdir(site)
    _baseline_of_site(site, tmp_path / "bl.json")
    done, found = _check("_drafts/moved.md", "--baseline", str(tmp_path / "bl.json"))
    assert done.exit_code == 1 and found["TIME007"]["clue"]["value"] == "UTC+05:30"
    # Nor does --history call it a repeat.
    _, found = _check("_drafts/moved.md", "--history", ".")
    assert REPEATS not in found["TIME007"]["message"]


def test_a_published_cameras_offset_does_not_accept_a_drafts_date(tmp_path: Path, monkeypatch: Any) -> None:
    """The rev13b item 6 reverse (TIME009 -> TIME007) had the same flaw: a history whose only
    offset is a photo's lowered a draft whose date stores it. A camera's clock is a device's."""
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets/friend.jpg").write_bytes(_jpeg("2025:06:10 12:00:00", b"+05:30",
                                                   piexif.ExifIFD.OffsetTimeOriginal))
    _london_site(site, "friend.jpg", "![tea]")
    monkeypatch.chdir(site)
    published = json.loads(run("scan", "_posts", "assets", "--format", "json", "--no-redact").stdout)
    assert any(f["rule"] == "TIME009" and "+05:30" in f["clue"]["value"] for f in published["findings"])
    _, found = _check("_drafts/moved.md", "--history", ".")
    assert REPEATS not in found["TIME007"]["message"]
    _baseline_of_site(site, tmp_path / "bl.json")
    done, found = _check("_drafts/moved.md", "--baseline", str(tmp_path / "bl.json"))
    assert done.exit_code == 1 and "TIME007" in found


def test_photo_and_file_offsets_accept_each_other_and_the_writers_dates_accept_both() -> None:
    """Guard: the directions kept. A writer's dates (TIME007) vouch for a photo's clock (TIME009)
    and a file's fields (META014); those two vouch for each other; nothing vouches for TIME007
    but TIME007."""
    from nymaudit.check import offset_acceptors, offset_counterparts

    assert offset_counterparts("TIME007\x1futc+05:30") == ["META014\x1futc+05:30", "TIME009\x1futc+05:30"]
    assert offset_counterparts("META014\x1futc+05:30") == ["TIME009\x1futc+05:30"]
    assert offset_counterparts("TIME009\x1futc+05:30") == ["META014\x1futc+05:30"]
    assert offset_acceptors("TIME007\x1futc+05:30") == []
    assert offset_acceptors("TIME009\x1futc+05:30") == ["META014\x1futc+05:30", "TIME007\x1futc+05:30"]
    assert offset_counterparts("SELF001\x1futc+05:30") == []


def test_a_drafts_photo_at_a_published_photos_offset_still_passes(tmp_path: Path, monkeypatch: Any) -> None:
    """Guard: META014 <-> TIME009 still accept each other: the draft shows a photo whose camera
    stored +05:30 (TIME009), and the site already published a picture saved at +05:30 (META014)."""
    site = _site_with_friends_photo(tmp_path / "site")
    (site / "_drafts/img").mkdir()
    (site / "_drafts/img/tea.jpg").write_bytes(_jpeg("2025:12:10 12:00:00", b"+05:30",
                                                     piexif.ExifIFD.OffsetTimeOriginal))
    (site / "_drafts/tea.md").write_text("---\nlayout: post\ntitle: Tea\ndate: 2025-12-11 21:30:00 +0000\n"
                                         "---\nTea.\n\n![tea](img/tea.jpg)\n")
    monkeypatch.chdir(site)
    _, unchecked = _check("_drafts/tea.md")
    assert "TIME009" in unchecked
    _baseline_of_site(site, tmp_path / "bl.json")
    _, found = _check("_drafts/tea.md", "--baseline", str(tmp_path / "bl.json"))
    assert "TIME009" not in found and "TIME007" not in found


# ------------------------------------------------------------------ item 2: night workers who sleep 8 h+


def _weighted(zone: str, seed: int, weights: list[float], n: int = 450) -> list[datetime]:
    """Posts from 6 January 2025 at local hours drawn from ``weights`` (tests/test_tim14.py's)."""
    rnd, tz, out, day = random.Random(seed), ZoneInfo(zone), [], datetime(2025, 1, 6)
    while len(out) < n:
        for _ in range(rnd.choice((0, 1, 1, 2, 2, 3))):
            hour = rnd.choices(range(24), weights=weights)[0]
            out.append(datetime(day.year, day.month, day.day, hour, rnd.randrange(60), rnd.randrange(60),
                                tzinfo=tz).astimezone(UTC))
        day += timedelta(days=1)
    return sorted(out[:n])


def _asleep(start: int, end: int) -> list[float]:
    """rev14c night_long.py: asleep start-end local every day, busiest 18:00-02:00."""
    return [0.0 if start <= h < end else (2.0 if h in (18, 19, 20, 21, 22, 23, 0, 1) else 1.0)
            for h in range(24)]


def _analyse(times: list[datetime]) -> Any:
    from nymaudit.timing.core import analyse

    return analyse([t.timestamp() for t in times], now=datetime(2026, 11, 29, tzinfo=UTC).timestamp())


@pytest.mark.parametrize(("zone", "seed", "asleep"), [
    ("America/Chicago", 501, (9, 17)), ("America/Chicago", 502, (9, 17)),
    ("America/Chicago", 501, (9, 18)), ("America/Chicago", 502, (9, 18)),
    ("America/New_York", 502, (9, 17))])
def test_a_night_worker_asleep_8_hours_by_day_stays_capped(zone: str, seed: int,
                                                            asleep: tuple[int, int]) -> None:
    """rev14c 2: asleep 09:00-17:00 (quiet 8 h, the threshold) or 09:00-18:00, a Chicago night
    worker was read at UTC+08:00 at medium, no night-work sentence: the quiet stretch lifted the cap.
    The day sleeper leads by 6.1-8.8 here, retirees by 1.2-5.0: the lead decides too."""
    result = _analyse(_weighted(zone, seed, _asleep(*asleep)))
    assert result.quiet_hours >= 8.0 and result.day_sleeper_lead > 6.0  # the case in question
    assert result.sleep_shifted == "early" and result.offset_confidence == "low"
    assert result.day_sleeper_offset is not None


def test_a_retiree_quiet_9_hours_with_a_high_lead_stays_uncapped() -> None:
    """Guard: tim14's retirees (flat 07:00-22:00, New York, Berlin, Tokyo), led by up to 5.0 and
    quiet 9 h, are not capped."""
    for zone, seed in (("America/New_York", 301), ("Europe/Berlin", 302), ("Asia/Tokyo", 303)):
        rnd, tz, out = random.Random(seed), ZoneInfo(zone), []
        for d in range(540):
            day = datetime(2024, 3, 1) + timedelta(days=d)
            for _ in range(rnd.choices([0, 1, 2, 3, 4, 5], [2, 3, 3, 2, 1, 1])[0]):
                midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
                out.append((midnight + timedelta(hours=rnd.uniform(7, 22))).astimezone(UTC))
        result = _analyse(sorted(out))
        assert result.sleep_shifted is None, zone


def test_the_night_worker_end_to_end_is_low_with_the_night_work_sentence(tmp_path: Path) -> None:
    """rev14c night_long_cli.py: the Chicago worker asleep 09:00-17:00 as a Mastodon archive."""
    times = _weighted("America/Chicago", 501, _asleep(9, 17))
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"), f"<p>Shift {i}.</p>")
             for i, t in enumerate(times)]
    archive = build_mastodon_archive(tmp_path / "nights9.zip", notes, zip=True)
    report = json.loads(run("scan", str(archive), "--format", "json", "--no-redact").stdout)
    headline = next(f for f in report["findings"] if f["rule"] == "TIME002")
    assert headline["confidence"] == "low"
    assert "If you do work nights" in headline["message"]


# ------------------------------------------------------------------ items 3, 4: committer dates


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    import os

    base = {"PATH": os.environ.get("PATH", ""), "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "nullbyte", "GIT_AUTHOR_EMAIL": "nullbyte@users.noreply.github.com",
            "GIT_COMMITTER_NAME": "nullbyte", "GIT_COMMITTER_EMAIL": "nullbyte@users.noreply.github.com"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**base, **(env or {})})


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git CLI")


def _chicago_history(repo: Path, commits: int = 80, author_zone: str = "America/Chicago") -> Path:
    """rev14c mk_rebase.sh: evening commits in Chicago over 2025, both dates on one clock."""
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main", ".")
    tz = ZoneInfo(author_zone)
    for i in range(1, commits + 1):
        start = datetime(2025, 1, 3, 20, i % 50 + 10, tzinfo=ZoneInfo("America/Chicago"))
        moment = start + timedelta(days=4 * i)
        stamp = moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %z")
        (repo / "f.txt").write_text(str(i))
        _git(repo, "add", "f.txt")
        _git(repo, "commit", "-q", "-m", f"change {i}",
             env={"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
    return repo


def _time007(repo: Path) -> dict[str, Any]:
    report = json.loads(run("scan", str(repo), "--format", "json", "--no-redact").stdout)
    return next(f for f in report["findings"] if f["rule"] == "TIME007")


@needs_git
def test_a_rebase_in_tokyo_is_one_moment_out_of_the_counts_and_the_clue(tmp_path: Path) -> None:
    """rev14c 3: after `TZ=Asia/Tokyo git rebase -f --root` TIME007 led with UTC+09:00 and said
    "160 records" for 80 commits, and "setting the author date alone" of dates nobody set."""
    repo = _chicago_history(tmp_path / "rebase")
    _git(repo, "rebase", "-q", "-f", "--root",
         env={"TZ": "Asia/Tokyo", "GIT_COMMITTER_DATE": "2026-02-10 22:00:00 +0900"})
    leak = _time007(repo)
    assert leak["clue"]["value"] == "UTC-05:00 / UTC-06:00"
    assert leak["message"].startswith("80 records store")
    assert "Two offsets an hour apart mean a zone with daylight saving time." in leak["message"]
    assert ("80 commits were committed again (a rebase, an amend or a cherry-pick) on 2026-02-10 "
            "at UTC+09:00") in leak["message"]
    assert "setting the author date alone" not in leak["message"]
    assert "committer dates: UTC+09:00 (80 commits)" in leak["evidence"]


@needs_git
def test_author_dates_set_to_utc_still_say_the_committer_clock(tmp_path: Path) -> None:
    """Guard (walkthrough 14): author dates in UTC, committer dates on the clock: the committer
    dates are the records' offsets and the clue, and the author date advice stays."""
    repo = tmp_path / "utc"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main", ".")
    for i in range(1, 31):
        moment = datetime(2025, 1, 3, 20, 10 + i, tzinfo=ZoneInfo("Europe/Berlin")) + timedelta(days=5 * i)
        (repo / "f.txt").write_text(str(i))
        _git(repo, "add", "f.txt")
        _git(repo, "commit", "-q", "-m", f"change {i}",
             env={"GIT_AUTHOR_DATE": moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S +0000"),
                  "GIT_COMMITTER_DATE": moment.strftime("%Y-%m-%d %H:%M:%S %z")})
    leak = _time007(repo)
    assert "UTC+01:00" in leak["clue"]["value"]
    assert "setting the author date alone does not hide the clock" in leak["message"]
    assert "For 30 commits among them" in leak["message"]


def test_committer_offsets_past_four_say_how_many_more() -> None:
    """rev14c 4: the listing cut at 4 offsets with nothing said of the fifth."""
    from collections import Counter

    from nymaudit.detectors.timing import _offset_listing

    shown = _offset_listing(Counter({60: 5, 120: 4, 180: 3, 240: 2, 300: 1, 330: 1}))
    assert shown.endswith("UTC+04:00 (2 commits), and 2 more offsets (2 commits)")


@needs_git
def test_commits_older_than_the_window_are_not_counted_among_the_records(tmp_path: Path) -> None:
    """rev14c 4 (mk_big_repo.py): five years of UTC author dates with Berlin committer dates said
    "For 2999 commits among them" of 1752 records: only the last three years are read."""
    repo = tmp_path / "five"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main", ".")
    berlin = ZoneInfo("Europe/Berlin")
    stream = []
    for i in range(100):  # one commit every 18 days from 2021: about 5 years
        moment = datetime(2021, 1, 4, 20, 15, tzinfo=berlin) + timedelta(days=18 * i, minutes=i % 40)
        who = "nullbyte <nullbyte@users.noreply.github.com>"
        stream.append(f"commit refs/heads/main\nauthor {who} {int(moment.timestamp())} +0000\n"
                      f"committer {who} {int(moment.timestamp())} {moment.strftime('%z')}\n"
                      f"data 3\nc{i % 10}\n\n")
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input="".join(stream).encode(),
                   check=True, capture_output=True)
    leak = _time007(repo)
    records = int(leak["message"].split(" records", 1)[0])
    assert records < 100
    assert f"For {records} commits among them" in leak["message"]


# ------------------------------------------------------------------ item 5: TIME002 in Markdown and HTML


def test_the_night_work_sentence_and_the_caveat_reach_markdown_and_html(tmp_path: Path) -> None:
    """rev14c 5 (mk_night.py): TIME002 was cut at 600 characters, "If you do w… (377 more
    characters in the JSON report)"; the hint and the caveat showed in the terminal and SARIF only."""
    times = _weighted("America/Chicago", 1004, _asleep(9, 16))
    notes = [make_note(str(110000000000000000 + i), t.strftime("%Y-%m-%dT%H:%M:%SZ"), f"<p>Shift {i}.</p>")
             for i, t in enumerate(times)]
    archive = build_mastodon_archive(tmp_path / "nights.zip", notes, zip=True)
    report = json.loads(run("scan", str(archive), "--format", "json", "--no-redact").stdout)
    message = next(f for f in report["findings"] if f["rule"] == "TIME002")["message"]
    assert len(message) > 600 and "If you do work nights" in message  # the case in question
    for kind in ("markdown", "html"):
        shown = run("scan", str(archive), "--format", kind, "--redact").stdout
        assert "If you do work nights" in shown, kind
        assert "The hours alone cannot tell the two apart, so confidence is low" in shown, kind
        assert "more characters in the JSON report" not in shown.split("TIME002", 1)[-1].split("TIME0", 1)[0]


def test_a_long_message_keeps_its_first_and_last_sentences() -> None:
    """Past the message cap the cut falls at sentence ends: the first and the caveat stay."""
    from nymaudit.report.markdown import message_excerpt

    text = "First we say what. " + " ".join(f"Middle sentence {i} {'x' * 150}." for i in range(12)) \
        + " So confidence is low."
    shown = message_excerpt(text, 600)
    assert shown.startswith("First we say what. Middle sentence 0")
    assert "[…] So confidence is low. (" in shown and shown.endswith("more characters in the JSON report)")
    assert message_excerpt("Short. Enough.", 600) == "Short. Enough."


def test_the_day_sleeper_offset_is_said_round_the_clock() -> None:
    """rev14c 5: +12:00 against -11:30 counted as 23.5 h apart."""
    from nymaudit.detectors.timing import offsets_apart

    assert offsets_apart(12.0, -11.5) == 0.5
    assert offsets_apart(-6.0, 8.0) == 10.0
    assert offsets_apart(9.0, -5.0) == 10.0

"""tfx13: a CI baseline or history accepts each UTC offset the site publishes (walk13 item 4),
and one week's holiday photos no longer make TIME009 high over a year of posting hours
(red13 item 5)."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path
from typing import Any

import piexif
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.timing.photos import PhotoClock

KEY = "a-long-ci-secret-0123456789abcdef"


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})}, catch_exceptions=False)


def findings(result: Any, rule: str) -> list[dict[str, Any]]:
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] == rule]


# ------------------------------------------------------------------ check: offsets one by one


def _post(path: Path, when: str, body: str = "Some thoughts on public procurement.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'---\nlayout: post\ntitle: "Note"\ndate: {when}\n---\n{body}\n')
    return path


def _site(root: Path, stored: bool = True) -> Path:
    """A Jekyll site set to Europe/Dublin: posts of a year whose front matter stores +0000 in
    winter and +0100 in summer (``stored``), or dates without an offset, all in winter."""
    root.mkdir(parents=True)
    (root / "_config.yml").write_text("title: Lanternfish\nurl: https://lanternfish.example\n"
                                      "timezone: Europe/Dublin\n")
    for month in range(1, 9):
        summer = 4 <= month <= 8
        if stored:
            _post(root / f"_posts/2025-{month:02d}-15-note.md",
                  f"2025-{month:02d}-15 21:30:00 {'+0100' if summer else '+0000'}")
        elif not summer:
            _post(root / f"_posts/2025-{month:02d}-15-note.md", f"2025-{month:02d}-15 21:30:00")
    return root


def test_a_summer_draft_passes_a_baseline_of_posts_at_both_offsets(tmp_path: Path, monkeypatch: Any) -> None:
    """walk13 4: the baseline of `_posts/` keyed TIME007 as "UTC+01:00 / UTC+00:00", a draft
    (or one of those very posts) as "UTC+01:00": every summer draft failed the gate."""
    site = _site(tmp_path / "site")
    monkeypatch.chdir(site)
    draft = _post(site / "_drafts/n.md", "2025-09-21 21:00:00 +0100")
    for key in (None, KEY):  # unkeyed and keyed (HMAC) baselines alike
        env = {"NYMAUDIT_BASELINE_KEY": key} if key else {}
        made = run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json"), env=env)
        assert made.exit_code == 0, made.output
        for checked in ("_posts/2025-05-15-note.md", "_drafts/n.md"):
            result = run("check", checked, "--baseline", str(tmp_path / "bl.json"), "--format", "json",
                         env=env)
            assert result.exit_code == 0 and not findings(result, "TIME007"), (checked, result.stdout)
            assert "accepted in the baseline" in result.stderr
    # A baseline of the whole site (`baseline create .`) too.
    assert run("baseline", "create", ".", "-o", str(tmp_path / "all.json")).exit_code == 0
    result = run("check", str(draft), "--baseline", str(tmp_path / "all.json"), "--format", "json")
    assert result.exit_code == 0 and not findings(result, "TIME007")


def test_an_offset_the_site_never_published_still_fails_and_is_pointed_at(tmp_path: Path,
                                                                           monkeypatch: Any) -> None:
    site = _site(tmp_path / "site")
    monkeypatch.chdir(site)
    _post(site / "_drafts/n.md", "2025-09-21 21:00:00 +0100")
    _post(site / "_drafts/m.md", "2025-09-22 08:00:00 +0200")
    assert run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json")).exit_code == 0
    result = run("check", "_drafts/n.md", "_drafts/m.md", "--baseline", str(tmp_path / "bl.json"),
                 "--format", "json")
    [leak] = findings(result, "TIME007")
    assert result.exit_code == 1 and leak["severity"] == "high"
    # The draft at the new offset is the one shown, not the first draft read.
    assert leak["location"]["path"].endswith("m.md") and leak["evidence"] == "UTC+02:00 (1 record)"


def test_utc_beside_an_accepted_offset_is_not_what_makes_a_draft_new(tmp_path: Path,
                                                                     monkeypatch: Any) -> None:
    """+00:00 is what TIME007 advises (a clock set to UTC): a draft written that way, checked
    beside a summer draft at the accepted +01:00, does not fail the pair."""
    site = _site(tmp_path / "site")
    monkeypatch.chdir(site)
    _post(site / "_drafts/n.md", "2025-09-21 21:00:00 +0100")
    _post(site / "_drafts/utc.md", "2025-09-21 20:00:00 +0000")
    made = run("baseline", "create", "_posts/2025-05-15-note.md", "-o", str(tmp_path / "bl.json"))
    assert made.exit_code == 0
    result = run("check", "_drafts/n.md", "_drafts/utc.md", "--baseline", str(tmp_path / "bl.json"),
                 "--format", "json")
    assert result.exit_code == 0 and not findings(result, "TIME007"), result.stdout


def test_history_lowers_a_draft_at_an_offset_the_site_publishes(tmp_path: Path, monkeypatch: Any) -> None:
    """docs/check.md: --history lowers by one step what only repeats the history; a summer
    draft's +01:00 stayed high against a history of posts at +01:00 and +00:00."""
    site = _site(tmp_path / "site")
    monkeypatch.chdir(site)
    _post(site / "_drafts/n.md", "2025-09-21 21:00:00 +0100")
    _post(site / "_drafts/m.md", "2025-09-22 08:00:00 +0200")
    seen = run("check", "_drafts/n.md", "--history", "_posts/", "--format", "json", "--fail-on", "high")
    [leak] = findings(seen, "TIME007")
    assert leak["severity"] == "medium" and "already shows" in leak["message"] and seen.exit_code == 0
    new = run("check", "_drafts/m.md", "--history", "_posts/", "--format", "json", "--fail-on", "high")
    assert [f["severity"] for f in findings(new, "TIME007")] == ["high"] and new.exit_code == 1


def test_a_named_zone_accepted_accepts_the_offsets_it_publishes(tmp_path: Path, monkeypatch: Any) -> None:
    """A site whose dates carry no offset publishes its zone's (Europe/Dublin: +00:00 and
    +01:00) through the feed: accepting the zone accepts a draft stored at either, even when
    every post so far fell in winter; another zone's offset still fails."""
    site = _site(tmp_path / "site", stored=False)
    monkeypatch.chdir(site)
    _post(site / "_drafts/summer.md", "2025-09-21 21:00:00 +0100")
    _post(site / "_drafts/away.md", "2025-09-21 21:00:00 -0400")
    assert run("baseline", "create", "_posts/", "_config.yml", "-o", str(tmp_path / "bl.json")).exit_code == 0
    ok = run("check", "_drafts/summer.md", "--baseline", str(tmp_path / "bl.json"), "--format", "json")
    assert ok.exit_code == 0 and not findings(ok, "TIME007")
    away = run("check", "_drafts/away.md", "--baseline", str(tmp_path / "bl.json"), "--format", "json")
    assert away.exit_code == 1 and [f["clue"]["value"] for f in findings(away, "TIME007")] == ["UTC-04:00"]


def test_a_baseline_holding_the_offsets_as_one_clue_still_accepts_them(tmp_path: Path,
                                                                         monkeypatch: Any) -> None:
    """Guard: a baseline made before this change holds "utc+01:00 / utc+00:00" whole; the same
    posts checked together still pass against it."""
    import hashlib

    site = _site(tmp_path / "site")
    monkeypatch.chdir(site)
    salt = "00" * 16
    digest = hashlib.sha256(f"{salt}\x1fTIME007\x1futc+01:00 / utc+00:00".encode()).hexdigest()
    (tmp_path / "old.json").write_text(json.dumps({"schema": "nymaudit.baseline/2", "salt": salt,
                                                   "digest": "sha256", "hashes": [digest]}))
    result = run("check", "_posts/", "--baseline", str(tmp_path / "old.json"), "--format", "json")
    assert not findings(result, "TIME007"), result.stdout


# ------------------------------------------------------------------ TIME009: days of one trip


def _holiday_archive(path: Path, photo_days: list[date]) -> Path:
    """red13 5: 300 tweets over 2025 at evening hours in UTC, plus two photos a day on
    ``photo_days`` taken in New York (OffsetTimeOriginal -04:00) and posted five minutes later."""
    rng = random.Random(7)
    tweets, media = [], {}
    start = datetime(2025, 1, 6, tzinfo=UTC)
    for i in range(300):
        day = start + timedelta(days=int(i * 365 / 300))
        hour = rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 22])
        when = day + timedelta(hours=hour, minutes=rng.randint(0, 59))
        tweets.append(make_tweet(str(1900000000000000000 + i), when, "Evening thoughts."))
    new_york = timezone(timedelta(hours=-4))
    for d, day in enumerate(photo_days):
        for k, hour in enumerate((10, 16)):
            local = datetime(day.year, day.month, day.day, hour + d % 3, 7 * d + 3 * k, tzinfo=new_york)
            exif = {"0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 14"},
                    "Exif": {piexif.ExifIFD.DateTimeOriginal: local.strftime("%Y:%m:%d %H:%M:%S").encode(),
                             piexif.ExifIFD.OffsetTimeOriginal: b"-04:00"}}
            out = io.BytesIO()
            Image.new("RGB", (8, 8)).save(out, "JPEG", exif=piexif.dump(exif))
            tweet_id = str(1900000000000010000 + d * 2 + k)
            tweets.append(make_tweet(tweet_id, (local + timedelta(minutes=5)).astimezone(UTC), "Holiday!",
                                     media=["h.jpg"]))
            media[f"{tweet_id}-h.jpg"] = out.getvalue()
    return build_twitter_archive(path, tweets, zip=True, media=media)


def _timing(archive: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    result = run("scan", str(archive), "--format", "json")
    report = json.loads(result.stdout)
    return {f["rule"]: f for f in report["findings"] if f["rule"].startswith("TIME")}, report["timing"]


def test_one_weeks_holiday_photos_do_not_outweigh_a_year_of_hours(tmp_path: Path) -> None:
    week = [date(2025, 5, 12) + timedelta(days=i) for i in range(7)]
    found, timing = _timing(_holiday_archive(tmp_path / "x.zip", week))
    photos, zone = found["TIME009"], found["TIME002"]
    assert photos["confidence"] == "medium"
    assert "taken on 7 days, the first and last 6 days apart: that could be one trip" in photos["message"]
    assert "at least 3 days, each a week or more apart" in photos["message"]
    # The hours keep their own confidence; nothing claims the post count capped them.
    assert zone["confidence"] == timing["offset_confidence"] == "high"
    assert "rests on" not in zone["message"] and "at most medium" not in zone["message"]
    assert "whatever its confidence (which is the hours' own)" in zone["message"]


def test_photos_of_three_separate_weeks_cap_the_hours_and_say_why(tmp_path: Path) -> None:
    """Photos of three days weeks apart over 35 days (more than a trip, rev13b item 4): TIME009
    high, and TIME002 says the real reason (the spread), not the post count."""
    weeks = [date(2025, 5, 5), date(2025, 5, 19), date(2025, 6, 9)]
    found, timing = _timing(_holiday_archive(tmp_path / "x.zip", weeks))
    assert found["TIME009"]["confidence"] == "high"
    zone = found["TIME002"]
    assert zone["confidence"] == timing["offset_confidence"] == "low"
    lean = "Lean towards the photos' clock: they were taken over 35 days, longer than a trip"
    assert lean in zone["message"]
    assert "rests on" not in zone["message"] and "three or more days" not in zone["message"]


def test_photos_of_three_weeks_within_a_month_are_one_trips(tmp_path: Path) -> None:
    """Days 1, 8 and 15 (three separate weeks, 14 days apart): one trip's photos, medium."""
    weeks = [date(2025, 5, 5), date(2025, 5, 12), date(2025, 5, 19)]
    found, timing = _timing(_holiday_archive(tmp_path / "x.zip", weeks))
    assert found["TIME009"]["confidence"] == "medium"
    assert found["TIME002"]["confidence"] == timing["offset_confidence"] == "high"


def _clock(day: date | None) -> PhotoClock:
    taken = datetime(day.year, day.month, day.day, 12) if day else None
    return PhotoClock("p.jpg", "p.jpg", 60, "OffsetTimeOriginal", taken)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(date(2024, 1, 1), date(2024, 4, 30))), max_size=9))
def test_separate_weeks_is_the_most_days_a_week_apart(days: list[date | None]) -> None:
    """The greedy count is the largest set of capture days pairwise a week or more apart
    (checked by brute force); photos without a date show no spread."""
    from nymaudit.timing.photos import separate_weeks  # new in this change

    distinct = sorted({d for d in days if d is not None})
    best = max((n for n in range(len(distinct), 0, -1)
                for subset in combinations(distinct, n)
                if all((b - a).days >= 7 for a, b in zip(subset, subset[1:], strict=False))), default=0)
    assert separate_weeks([_clock(d) for d in days]) == best

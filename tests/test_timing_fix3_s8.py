"""Eighth session, review rev8b (timing): a weekly night habit read as a rota (#2), a site's
fixed offset overruling the hours' clock change (#3), one bad row deleting real breaks and
the redacted last-read date (#4), +00:00 in winter called "no time zone" (#9), post file
names in TIME007 under --redact (#12)."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from typer.testing import CliRunner

from nymaudit.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_builders import build_reddit_export, build_wxr  # noqa: E402

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def _json(*args: str) -> dict:
    out = CliRunner().invoke(app, [*args, "--format", "json"], env=ENV, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _rules(report: dict) -> dict[str, dict]:
    return {f["rule"]: f for f in report["findings"]}


def _reddit_rows(kind: str, start: datetime, end: datetime, rng: random.Random,
                 skip: tuple[datetime, datetime] | None = None) -> list[dict[str, str]]:
    """0-2 records a day at daytime/evening hours (UTC), none inside ``skip``."""
    out, day, i = [], start, 0
    while day < end:
        if not (skip and skip[0] <= day < skip[1]):
            for _ in range(rng.randint(0, 2)):
                when = day.replace(hour=rng.choice((8, 12, 13, 18, 19, 20, 21, 22)), minute=rng.randrange(60))
                out.append({"id": f"{kind}{i}", "permalink": f"https://www.reddit.com/r/x/comments/a/b/{kind}{i}/",
                            "date": when.strftime("%Y-%m-%d %H:%M:%S UTC"), "subreddit": "x", "gildings": "0",
                            "body": f"text {i}", "title": f"t{i}"})
                i += 1
        day += timedelta(days=1)
    return out


def test_one_bad_row_keeps_a_real_break_in_another_file(tmp_path: Path) -> None:
    """#4: one row of comments.csv (January 2022) with an extra field; posts.csv runs on
    both sides of a 107-day silence in 2023. The row is one record lost, not the rest of
    the file: the break stays (it was deleted, and nothing said so)."""
    rng = random.Random(2)
    comments = _reddit_rows("c", datetime(2022, 1, 1), datetime(2022, 7, 1), rng)
    posts = _reddit_rows("p", datetime(2022, 1, 1), datetime(2024, 1, 1), rng,
                         skip=(datetime(2023, 5, 1), datetime(2023, 8, 15)))
    folder = build_reddit_export(tmp_path / "export", comments, posts, zip=False)
    path = folder / "comments.csv"
    lines = path.read_text().split("\n")
    lines[12] += ",extra"
    path.write_text("\n".join(lines))
    report = _json("scan", str(folder))
    assert any("row skipped" in e["error"] for e in report["inputs"][0]["errors"])
    assert any(a["start"].startswith("2023-0") and a["days"] > 100 for a in report["timing"]["absences"])
    assert "could not be read" not in _rules(report)["TIME006"]["message"]


def _truncated_export(tmp_path: Path) -> tuple[Path, str]:
    """comments.csv cut inside a quoted field in mid-June; posts.csv, one post every 17 days,
    intact to September: the only "breaks" lie after the cut."""
    rng = random.Random(4)
    zone = ZoneInfo("America/Chicago")
    moments = []
    for d in range(260):
        day = datetime(2025, 1, 6) + timedelta(days=d)
        for _ in range(2):
            moments.append(datetime(day.year, day.month, day.day, rng.choice((7, 19, 20, 21, 22, 23)),
                                    rng.randrange(60), tzinfo=zone).astimezone(UTC))
    comments = [{"id": f"c{i}", "permalink": f"https://www.reddit.com/r/x/comments/a/c{i}/",
                 "date": when.strftime("%Y-%m-%d %H:%M:%S UTC"), "subreddit": "x", "gildings": "0",
                 "body": f"Comment {i}, with a comma, as people write."}
                for i, when in enumerate(sorted(moments))]
    first = datetime(2025, 1, 8, 2, 30)
    posts = [{"id": f"p{i}", "permalink": f"https://www.reddit.com/r/x/comments/p{i}/",
              "date": (first + timedelta(days=17 * i)).strftime("%Y-%m-%d %H:%M:%S UTC"),
              "subreddit": "x", "gildings": "0", "title": f"Post {i}", "body": "A post."} for i in range(15)]
    folder = build_reddit_export(tmp_path / "export", comments, posts, zip=False)
    raw = (folder / "comments.csv").read_bytes()
    cut = raw.index(b"Comment 320, with")
    (folder / "comments.csv").write_bytes(raw[: cut + 12])
    return folder, max(c["date"][:10] for c in comments[:320])


def test_breaks_all_left_out_are_said_and_the_last_read_date_is_masked(tmp_path: Path) -> None:
    """#4: when every break lay after the cut, nothing said one was left out; with --redact
    the last day read stayed readable beside masked break dates."""
    folder, last_read = _truncated_export(tmp_path)
    report = _json("scan", str(folder))
    assert report["timing"]["absences"] == []
    said = _rules(report)["TIME006"]
    assert said["severity"] == "info" and "left out" in said["message"] and said.get("clue") is None
    redacted = _json("scan", str(folder), "--redact")
    text = json.dumps([f for f in redacted["findings"] if f["rule"] == "TIME006"])
    assert "left out" in text and last_read not in text and last_read[:7] not in text


def _paris_items(manual_offset: int | None) -> list[dict[str, str]]:
    """150 posts by a Paris writer over 2024, as WordPress stores them: post_date in the
    site's zone (Paris, or a fixed "UTC+1"), post_date_gmt in UTC."""
    rng = random.Random(4)
    paris = ZoneInfo("Europe/Paris")
    out = []
    for i in range(150):
        day = datetime(2024, 1, 5) + timedelta(days=rng.randrange(350))
        local = datetime(day.year, day.month, day.day, rng.choice((7, 8, 12, 13, 18, 19, 20, 21, 22)),
                         rng.randrange(60), tzinfo=paris)
        utc = local.astimezone(UTC)
        shown = local if manual_offset is None else utc + timedelta(hours=manual_offset)
        out.append({"post_id": str(100 + i), "title": f"Note {i}",
                    "content": f"<p>Ordinary thoughts about the office, number {i}.</p>",
                    "post_date": shown.strftime("%Y-%m-%d %H:%M:%S"),
                    "post_date_gmt": utc.strftime("%Y-%m-%d %H:%M:%S")})
    return out


def test_a_site_set_to_a_fixed_offset_does_not_overrule_the_hours_clock_change(tmp_path: Path) -> None:
    """#3: the same Paris writer with the site set to "UTC+1" (not a city) was put in
    Kinshasa/Luanda at high confidence, Europe and daylight saving ruled out."""
    manual = _json("scan", str(build_wxr(tmp_path / "manual.WordPress.xml", _paris_items(1))))
    city = _json("scan", str(build_wxr(tmp_path / "city.WordPress.xml", _paris_items(None))))
    assert city["timing"]["observes_dst"] is True
    timing = manual["timing"]
    assert timing["observes_dst"] is True and timing["dst_rule"] == "EU"
    assert timing["zone_candidates"][0]["zone"].startswith("Europe/")
    said = _rules(manual)["TIME003"]
    assert "setting" in said["message"] and "UTC+01:00" in said["message"] and said["confidence"] != "high"


def _jekyll_post(root: Path, when: str, slug: str) -> None:
    path = root / "_posts" / f"{when[:10]}-{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {slug}\ndate: {when}\nlayout: post\n---\nA short note about the day.\n")


def test_winter_only_utc_offsets_are_not_called_zone_free(tmp_path: Path) -> None:
    """#9: four January posts at +0000 were "no time zone away, nothing to change": +00:00
    in winter is also London's clock. Said, with a clue; a summer +00:00 still says so."""
    site = tmp_path / "blog"
    (site / "_config.yml").parent.mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text("title: Notes\n")
    for day in (3, 9, 17, 24):
        _jekyll_post(site, f"2025-01-{day:02d} 20:15:00 +0000", f"note-{day}")
    leak = _rules(_json("scan", str(site)))["TIME007"]
    assert "UK" in leak["message"] and "no time zone away" not in leak["message"]
    redacted = _rules(_json("scan", str(site), "--redact"))["TIME007"]
    assert "00:00" not in redacted["message"] and "Ireland" not in redacted["message"] + redacted["advice"]
    assert leak["clue"] and "+00:00" in leak["clue"]["value"]
    assert not leak["advice"].startswith("Nothing to change")
    _jekyll_post(site, "2025-07-12 20:15:00 +0000", "summer")
    leak = _rules(_json("scan", str(site)))["TIME007"]
    assert "no time zone away" in leak["message"] and leak["severity"] == "info"


def test_time007_file_list_is_masked_under_redact(tmp_path: Path) -> None:
    """#12: "Stored in 3 files: .../2024-03-01-dinner-with-marie-lefebvre.md, ..." in the
    message stayed readable under --redact."""
    site = tmp_path / "blog"
    site.mkdir()
    (site / "_config.yml").write_text("title: Notes\n")
    _jekyll_post(site, "2024-03-01 20:00:00 +0100", "dinner-with-marie-lefebvre")
    _jekyll_post(site, "2024-04-02 20:00:00 +0200", "walking-in-horsforth")
    _jekyll_post(site, "2024-05-03 20:00:00 +0200", "quiet-day")
    plain = _rules(_json("scan", str(site)))["TIME007"]
    assert "3 files" in plain["message"] and "walking-in-horsforth" in plain["evidence"]
    redacted = _rules(_json("scan", str(site), "--redact"))["TIME007"]
    assert "3 files" in redacted["message"]
    for word in ("horsforth", "quiet-day", "walking"):
        assert word not in redacted["message"] and word not in redacted["evidence"]


def _weekend_owl(p: float, seed: int, days: int = 365) -> list[datetime]:
    """rev8b's poster (rota_test.py): an office worker in New York posting 1-4 times a day
    at 08:00-23:00 who, on a share p of Friday and Saturday nights, posts 1-3 times again at
    01:00-04:59 (gaming, going out). Naive local times."""
    rng = random.Random(seed)
    out = []
    for d in range(days):
        day = datetime(2024, 1, 1) + timedelta(days=d)
        for _ in range(rng.randint(1, 4)):
            hour = rng.choice((8, 12, 13, 18, 19, 20, 21, 22, 23))
            out.append(day.replace(hour=hour, minute=rng.randrange(60)))
        if day.weekday() in (4, 5) and rng.random() < p:
            for _ in range(rng.randint(1, 3)):
                out.append(day + timedelta(days=1, hours=rng.choice((1, 2, 3, 4)), minutes=rng.randrange(60)))
    return out


def test_weekend_night_owl_is_not_a_rota() -> None:
    """#2: late nights on half the Fridays and Saturdays fold on 7 days as a rota does
    (phi squared 0.31-0.43): 5 of 5 such posters were read as shift work."""
    import numpy as np

    from nymaudit.timing.fit import rhythm_fit

    for seed in (1, 2, 3, 4, 5):
        local = np.array([int(x.replace(tzinfo=UTC).timestamp()) for x in _weekend_owl(0.5, seed)])
        fit = rhythm_fit(local)
        assert fit is not None and fit.verdict == "one", (seed, fit)


def test_weekend_night_owl_keeps_a_confident_zone(tmp_path: Path) -> None:
    """#2 end to end (rev8b's inputs/weekend_owl, 400 days): TIME002 was low confidence
    with the shift-work sentence and Chicago at 30 %."""
    folder = tmp_path / "weekend_owl"
    folder.mkdir()
    ny = ZoneInfo("America/New_York")
    with (folder / "posts.jsonl").open("w") as out:
        for i, when in enumerate(_weekend_owl(0.5, 3, days=400)):
            stamp = when.replace(tzinfo=ny).astimezone(UTC).isoformat().replace("+00:00", "Z")
            out.write(json.dumps({"timestamp": stamp, "text": f"post {i} about the game tonight"}) + "\n")
    report = _json("scan", str(folder))
    zone = _rules(report)["TIME002"]
    assert "rota" not in zone["message"] and zone["confidence"] != "low"
    assert report["timing"]["standard_utc_offset_hours"] == -5.0

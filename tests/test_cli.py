"""End-to-end runs of the CLI on archives built in each platform's real layout."""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from archive_builders import (
    build_jekyll_blog,
    build_mastodon_archive,
    build_reddit_export,
    build_twitter_archive,
    build_wxr,
    make_note,
    make_tweet,
)
from conftest import REPO
from nymaudit.cli import app

SCHEMA = json.loads((REPO / "src/nymaudit/schemas/report.schema.json").read_text())


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})}, catch_exceptions=False)


def scan_json(*args: str) -> dict:
    result = run("scan", *args, "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    Draft202012Validator(SCHEMA).validate(doc)
    return doc


def tweets(n: int, start: datetime | None = None, text: str = "Another day, another committee") -> list:
    start = start or datetime(2025, 1, 6, 12, 30, tzinfo=UTC)
    return [
        make_tweet(str(1000 + i), start + timedelta(hours=7 * i), f"{text} #{i}",
                   client="Twitter for iPhone" if i % 2 else "Twitter Web App")
        for i in range(n)
    ]


@pytest.fixture
def twitter_zip(tmp_path: Path) -> Path:
    deleted = [make_tweet("9001", "Mon Feb 03 20:00:00 +0000 2025", "deleted one")]
    retweet = make_tweet("2000", "Tue Feb 04 20:00:00 +0000 2025", "someone else's words",
                         retweet_of="council_watch")
    return build_twitter_archive(tmp_path / "twitter", [*tweets(40), retweet], zip=True, deleted=deleted)


def test_scan_json_counts_posts_exactly(twitter_zip: Path) -> None:
    doc = scan_json(str(twitter_zip))
    assert doc["schema"] == "nymaudit.report/1"
    (item,) = doc["inputs"]
    assert item["format"] == "twitter"
    assert item["posts"] == 42  # 40 tweets + 1 retweet + 1 deleted
    assert item["errors"] == []
    assert doc["summary"]["risk"] in ("none", "info", "low", "medium", "high", "critical")


def test_several_inputs_merge_and_a_missing_one_is_an_error_line(tmp_path: Path, twitter_zip: Path) -> None:
    notes = [make_note(str(i), f"2025-03-{i + 1:02d}T20:15:00Z", f"<p>toot {i}</p>") for i in range(5)]
    boosts = [(f"2025-03-0{i + 1}T09:00:00Z", f"https://social.example/@x/{i}") for i in range(3)]
    mastodon = build_mastodon_archive(tmp_path / "masto", notes, zip=False, boosts=boosts)
    reddit = build_reddit_export(
        tmp_path / "reddit",
        comments=[{"id": "c1", "date": "2023-02-10 18:24:39 UTC", "subreddit": "leeds", "body": "hi",
                   "ip": "203.0.113.9"}],
        posts=[],
        zip=False,
    )
    doc = scan_json(str(twitter_zip), str(mastodon), str(reddit), str(tmp_path / "missing.zip"))
    formats = [i["format"] for i in doc["inputs"]]
    assert formats == ["twitter", "mastodon", "reddit", "unknown"]
    assert doc["inputs"][1]["posts"] == 5 and doc["inputs"][1]["activities"] == 3
    assert doc["inputs"][2]["posts"] == 1
    assert "no such file" in doc["inputs"][3]["errors"][0]["error"]
    assert "203.0.113.9" not in json.dumps(doc)
    assert any(f["rule"] == "INPUT001" for f in doc["findings"])


def test_nothing_readable_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(os.urandom(300))
    result = run("scan", str(tmp_path / "nope"), str(tmp_path / "junk.bin"))
    assert result.exit_code == 2
    assert "nothing readable" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_fail_on_and_exit_codes(tmp_path: Path) -> None:
    posts = tweets(5) + [make_tweet("77", "Mon Mar 03 20:00:00 +0000 2025", "mail me: j.smith@example.org")]
    path = build_twitter_archive(tmp_path / "t", posts, zip=False)
    assert run("scan", str(path), "-q", "--fail-on", "high").exit_code == 1
    assert run("scan", str(path), "-q", "--fail-on", "critical").exit_code == 0
    assert run("scan", str(path), "-q").exit_code == 0
    assert run("scan", str(path), "--fail-on", "severe").exit_code == 2


def test_output_file_is_private_and_stdout_stays_empty(tmp_path: Path, twitter_zip: Path) -> None:
    for fmt in ("json", "markdown", "html", "sarif", "terminal"):
        out = tmp_path / f"report.{fmt}"
        result = run("scan", str(twitter_zip), "--format", fmt, "--output", str(out), "-q")
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        assert out.stat().st_size > 200


def test_rich_markup_in_posts_is_printed_as_text(tmp_path: Path) -> None:
    posts = tweets(3, text="[bold red]shout[/bold red] [link=https://x.test]y[/link]")
    path = build_twitter_archive(tmp_path / "t", posts, zip=False)
    result = run("scan", str(path))
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout  # NO_COLOR and not a TTY
    doc = scan_json(str(path))
    assert doc["inputs"][0]["posts"] == 3


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_terminal_escape_codes_in_posts_never_reach_the_output(tmp_path: Path, fmt: str) -> None:
    """An escape sequence in a post (retitle the window, clear the screen, hide text)
    reaches no human format, in colour or not; the text around it stays."""
    hostile = "Planning in Leeds \x1b]0;owned\x07 \x1b[2J\x1b[8mhidden\x1b[0m \x9b31m end"
    path = build_twitter_archive(tmp_path / "t", tweets(3, text=hostile), zip=False)
    for env in ({"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}):
        out = CliRunner().invoke(app, ["scan", str(path), "--format", fmt], env=env,
                                 catch_exceptions=False).stdout
        assert "Leeds" in out and "hidden" in out
        for code in ("\x1b]0;owned", "\x07", "\x9b", "\x1b[2J", "\x1b[8m"):
            assert code not in out, (fmt, env, code)
        if fmt != "terminal" or "NO_COLOR" in env:  # no colour: no control character at all
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), (fmt, env)


def test_sarif_validates_against_the_official_schema(twitter_zip: Path, shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "schemas/sarif-schema-2.1.0.json").read_text())
    from jsonschema import Draft4Validator

    result = run("scan", str(twitter_zip), "--format", "sarif", "-q")
    assert result.exit_code == 0
    Draft4Validator(schema).validate(json.loads(result.stdout))


def test_bad_inputs_become_error_lines_and_the_scan_goes_on(tmp_path: Path, twitter_zip: Path) -> None:
    # truncated JSON in tweets.js
    broken = build_twitter_archive(tmp_path / "broken", tweets(3), zip=False)
    js = broken / "data" / "tweets.js"
    js.write_bytes(js.read_bytes()[:-40])
    # an XML bomb as a WordPress export
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol2;</title></channel></rss>'
    )
    # a zip bomb and a traversal member inside an otherwise fine archive
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zipfile.ZipFile(twitter_zip) as good:
            for info in good.infolist():
                zf.writestr(info.filename, good.read(info))
        zf.writestr("../../escape.txt", b"x")
        zf.writestr("data/tweets_media/999-bomb.jpg", b"\0" * (32 * 1024 * 1024))
    # invalid UTF-8 and impossible dates in a CSV export
    csvfile = tmp_path / "posts.csv"
    csvfile.write_bytes(b"timestamp,text\n2025-02-30T10:00:00Z,bad day\n2025-03-01T10:00:00Z,caf\xe9\n")
    # a zip cut in half, as an interrupted download leaves it
    cut = tmp_path / "cut.zip"
    cut.write_bytes(twitter_zip.read_bytes()[: twitter_zip.stat().st_size // 2])
    doc = scan_json(str(broken), str(bomb), str(evil), str(csvfile), str(cut), str(twitter_zip))
    by_path = {Path(i["path"]).name: i for i in doc["inputs"]}
    assert by_path["broken"]["errors"], "truncated JSON must be reported"
    assert by_path["bomb.xml"]["errors"], "XML bomb must be reported"
    assert any("traversal" in e["error"] for e in by_path["evil.zip"]["errors"])
    assert by_path["evil.zip"]["posts"] == 42
    errors = " ".join(e["error"] for e in by_path["posts.csv"]["errors"])
    assert "2025-02-30" in errors or "impossible" in errors or "invalid" in errors
    assert by_path["twitter.zip"]["posts"] == 42
    assert by_path["cut.zip"]["errors"] and by_path["cut.zip"]["posts"] == 0
    assert not (tmp_path.parent / "escape.txt").exists()


def test_every_format_reads_through_the_cli(tmp_path: Path) -> None:
    wxr = build_wxr(tmp_path / "site.WordPress.xml", [
        {"post_id": "1", "title": "Hello", "content": "<p>First post from Otley</p>",
         "post_date": "2025-06-01 21:00:00", "post_date_gmt": "2025-06-01 20:00:00",
         "status": "publish", "post_type": "post", "creator": "quietpen"},
    ])
    blog = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2025-03-01-first.md", "front": {"title": "First", "date": "2025-03-01 08:15:00 +0000"},
         "body": "Body text."},
    ])
    doc = scan_json(str(wxr), str(blog))
    assert [i["format"] for i in doc["inputs"]] == ["wordpress", "blog"]
    assert [i["posts"] for i in doc["inputs"]] == [1, 1]


def test_detector_failure_is_reported_not_raised(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import nymaudit.detectors.contact as contact

    def boom(ctx):  # type: ignore[no-untyped-def]
        raise ValueError("synthetic failure")

    monkeypatch.setattr(contact, "detect", boom)
    path = build_twitter_archive(tmp_path / "t", tweets(3), zip=False)
    doc = scan_json(str(path))
    assert any(f["rule"] == "INPUT002" and "contact" in f["message"] for f in doc["findings"])


def test_rules_explain_formats_version() -> None:
    assert "META001" in run("rules").stdout
    page = run("explain", "self001")
    assert page.exit_code == 0 and "Why is this bad" in page.stdout and "What to do instead" in page.stdout
    missing = run("explain", "NOPE999")
    assert missing.exit_code == 2
    assert "twitter" in run("formats").stdout
    assert run("--version").stdout.startswith("nymaudit ")


def test_demo_json_and_path() -> None:
    where = run("demo", "--path")
    assert where.exit_code == 0 and Path(where.stdout.strip()).is_dir()
    result = run("demo", "--format", "json", "-q")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    Draft202012Validator(SCHEMA).validate(doc)
    assert sum(i["posts"] for i in doc["inputs"]) >= 300
    assert doc["summary"]["risk"] in ("high", "critical")
    # Shared habits reach the dossier in words a writer recognises, not as ". t"
    shared = [f for f in doc["findings"] if f["rule"] == "MATCH002"]
    assert shared and "two spaces after a full stop" in shared[0]["clue"]["value"]
    assert "_" not in shared[0]["clue"]["value"] and ".;" not in shared[0]["message"]


def test_check_and_baseline(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Draft\n---\nWrite to me at j.smith@example.org about the plans.\n")
    assert run("check", str(draft), "-q").exit_code == 1
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "create", str(draft), "-o", str(baseline)).exit_code == 0
    assert "j.smith" not in baseline.read_text() and "example.org" not in baseline.read_text()
    assert stat.S_IMODE(baseline.stat().st_mode) == 0o600
    assert run("check", str(draft), "--baseline", str(baseline), "-q").exit_code == 0
    # a new leak is still caught
    draft.write_text(draft.read_text() + "\nOr ring 07700 900123.\n")
    assert run("check", str(draft), "--baseline", str(baseline), "-q").exit_code == 1
    sarif = run("check", str(draft), "--format", "sarif", "-q")
    assert "07700 900123" not in sarif.stdout  # SARIF is redacted by default


def test_check_reports_the_offset_a_new_post_stores(tmp_path: Path) -> None:
    """`hugo new` writes the writer's offset into the front matter: `check` (which
    leaves the timing analysis out) still reports it, once; a date without a time
    is no leak; and scan reports TIME007 once too."""
    draft = tmp_path / "new-post.md"
    draft.write_text('---\ntitle: "Budget"\ndate: 2026-11-28T21:14:03+01:00\ndraft: true\n---\n\n'
                     "The meeting ran late again tonight.\n")
    plain = tmp_path / "plain.md"
    plain.write_text("---\ntitle: Other\ndate: 2026-11-28\n---\n\nNothing here.\n")
    result = run("check", str(draft), str(plain), "--format", "json", "-q")
    assert result.exit_code == 1
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TIME007"]
    assert len(found) == 1 and found[0]["clue"] == {"kind": "timezone", "value": "UTC+01:00"}
    assert found[0]["message"].startswith("1 record stores the UTC offset of the clock it was written by")
    assert run("check", str(plain), "-q").exit_code == 0
    scanned = scan_json(str(draft))
    assert [f["rule"] for f in scanned["findings"]].count("TIME007") == 1


def test_watchlist_named_but_unusable_is_a_usage_error(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("hello there")
    assert run("check", str(draft), "--watchlist", str(tmp_path / "missing.toml")).exit_code == 2
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe not toml")
    result = run("scan", str(draft), "--watchlist", str(bad))
    assert result.exit_code == 2 and "watchlist" in result.stderr


def test_a_stray_git_folder_does_not_read_the_repository_around_it(tmp_path: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "-c", "user.email=o@x.test", "-c", "user.name=o",
                    "commit", "-q", "--allow-empty", "-m", "outer secret commit"], check=True)
    inner = tmp_path / "inner"
    (inner / ".git").mkdir(parents=True)
    (inner / "notes.txt").write_text("just a note")
    doc = scan_json(str(inner))
    assert doc["inputs"][0]["format"] != "git"
    assert "outer secret" not in json.dumps(doc)


def test_redacted_reports_keep_positions_out_of_messages(tmp_path: Path) -> None:
    home = make_tweet("5", "Mon Mar 03 20:00:00 +0000 2025", "home", coordinates=(53.8412, -1.6438))
    posts = [*tweets(3), home]
    path = build_twitter_archive(tmp_path / "t", posts, zip=False)
    result = run("scan", str(path), "--format", "json", "--redact", "-q")
    assert result.exit_code == 0
    assert "53.84" not in result.stdout and "1.64" not in result.stdout

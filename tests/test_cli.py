"""End-to-end runs of the CLI on archives built in each platform's real layout."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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
    posts = tweets(5) + [make_tweet("77", "Mon Mar 03 20:00:00 +0000 2025", "mail me: j.smith@proton.me")]
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


def test_meta_and_compare_write_private_files_too(tmp_path: Path) -> None:
    """`meta` and `compare` name people, devices and places as `scan` does: --output
    writes a file readable by its owner only, and nothing on stdout (a shell redirect
    would make it readable by anyone on the machine)."""
    import json as json_module

    from nymaudit.cli import demo_root

    blog, known = demo_root() / "blog", demo_root() / "known"
    runs = {
        "meta.json": ("meta", str(blog), "--format", "json"),
        "meta.txt": ("meta", str(blog)),
        "compare.json": ("compare", str(blog), "--known", f"real={known}", "--format", "json"),
        "compare.txt": ("compare", str(blog), "--known", f"real={known}"),
    }
    for name, args in runs.items():
        out = tmp_path / name
        out.write_text("old, world-readable")
        out.chmod(0o644)
        result = run(*args, "--output", str(out))
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        text = out.read_text()
        assert "old, world-readable" not in text and len(text) > 200
        if name.endswith(".json"):
            assert json_module.loads(text)["schema"].startswith("nymaudit.")


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
    draft.write_text("---\ntitle: Draft\n---\nWrite to me at j.smith@proton.me about the plans.\n")
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


# ---------------------------------------------------------------- red-team fixes (2026-11-29)

FIXTURES = REPO / "tests" / "fixtures" / "metadata"
BLANK_JPEG = b"\xff\xd8\xff\xd9"


def _zip_with(path: Path, members: list[tuple[str, bytes]]) -> Path:
    import warnings

    with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns on the duplicate name we mean to write
        for name, data in members:
            zf.writestr(name, data)
    return path


def test_meta_checks_every_copy_of_a_duplicate_member_and_reports_unsafe_names(tmp_path: Path) -> None:
    """A zip holding one name twice (a blank JPEG, then a geotagged photo) is not clean:
    unzip leaves the second on disk. Unsafe names are reported, as scan reports them."""
    archive = _zip_with(tmp_path / "holiday.zip", [
        ("holiday/photo.jpg", BLANK_JPEG),
        ("holiday/photo.jpg", (FIXTURES / "camera_gps_serial.jpg").read_bytes()),
        ("../../escaped.jpg", BLANK_JPEG),
        ("holiday/other.jpg", BLANK_JPEG),
    ])
    result = run("meta", str(archive), "--format", "json")
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    copies = [f for f in files if "holiday/photo.jpg" in f["path"]]
    assert [f["status"] for f in copies] == ["clean", "identifying"]
    assert all("duplicate member name" in f["error"] for f in copies)
    assert "unzip and tar leave on disk" in copies[1]["error"]
    assert any(f["status"] == "unreadable" and "escaped.jpg" in f["path"] and "unsafe" in f["error"]
               for f in files)
    text = run("meta", str(archive)).stdout
    assert "IDENTIFYING" in text and "duplicate member name" in text and "unsafe member name" in text
    assert "4 clean" not in text


def _watchlist(tmp_path: Path, *terms: str) -> Path:
    path = tmp_path / "watchlist.toml"
    result = run("watch", "add", *terms, "--watchlist", str(path))
    assert result.exit_code == 0, result.output
    return path


def _cli(*args: str, timeout: float = 120, **kwargs: Any) -> Any:
    """The installed CLI in a child process (for FIFOs, closed pipes, dropped privileges)."""
    import subprocess
    import sys

    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], text=True, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1"}, **streams)


def test_watch_check_reads_the_whole_draft_and_refuses_a_fifo(tmp_path: Path) -> None:
    wl = _watchlist(tmp_path, "Horsforth")
    big = tmp_path / "big.md"
    big.write_text("filler text about the weather. " * 200_000 + "\nI live in Horsforth.\n")
    assert big.stat().st_size > 6_000_000  # past the 5 MB the check used to stop at, silently
    result = run("watch", "check", str(big), "--watchlist", str(wl))
    assert result.exit_code == 1
    assert f"{big}:2: watched term" in result.stdout
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    draft = tmp_path / "draft.md"
    draft.write_text("Back home in Horsforth tonight.\n")
    done = _cli("watch", "check", str(fifo), str(draft), "--watchlist", str(wl), timeout=60)
    assert done.returncode == 2  # one file was not checked: never a pass
    assert f"{draft}:1: watched term" in done.stdout
    assert done.stderr.strip() == f"nymaudit: {fifo}: not checked: not a regular file"


@pytest.mark.parametrize("shift", [-17, -9, -3, 0, 1, 4, 12])
def test_watch_check_finds_a_phrase_across_the_cut_of_a_long_line(tmp_path: Path, shift: int) -> None:
    from nymaudit.commands import watch
    from nymaudit.text.watchlist import Watchlist

    wl = Watchlist()
    wl.add("Acme Widgets Ltd", label="A")  # a match shows the label, never the term
    wl.add("Horsforth", label="H")
    head = "word " * ((watch.PIECE_CHARS + shift) // 5)
    line = head + "Acme Widgets Ltd " + "more " * 30_000 + "Horsforth"
    found = list(watch.scan_stream(io.BytesIO(line.encode() + b"\nnext Horsforth\n"), wl.matcher()))
    assert [(n, m.hint[-2]) for n, m in found] == [(1, "A"), (1, "H"), (2, "H")]


def _without_read_override() -> list[str]:
    """A command prefix under which mode 000 really stops reading: none for a normal
    user; for root, setpriv dropping the capabilities that override file modes."""
    import shutil

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: mode 000 cannot be enforced")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def test_an_unreadable_path_is_an_input_error_and_the_run_goes_on(tmp_path: Path) -> None:
    import subprocess
    import sys

    prefix = _without_read_override()
    good = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2024-03-01-a.md", "front": {"title": "a", "date": "2024-03-01 08:15:00 +0000"},
         "body": "Hello."},
    ])
    bad = tmp_path / "locked.md"
    bad.write_text("a draft nobody may read\n")
    bad.chmod(0)
    bad_dir = tmp_path / "locked"
    bad_dir.mkdir()
    (bad_dir / "photo.jpg").write_bytes(BLANK_JPEG)
    bad_dir.chmod(0)
    env = {**os.environ, "NO_COLOR": "1"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, sys.executable, "-m", "nymaudit", *args], capture_output=True,
                              text=True, timeout=120, env=env)

    try:
        done = cli("scan", str(good), str(bad), "--format", "json", "-q",
                   "--fail-on", "critical")
        assert done.returncode == 0, done.stderr
        errors = {i["path"]: i["errors"] for i in json.loads(done.stdout)["inputs"]}
        assert errors[str(good)] == [] and "Permission denied" in errors[str(bad)][0]["error"]
        done = cli("check", str(good / "_posts" / "2024-03-01-a.md"), str(bad), "--format", "json", "-q",
                   "--fail-on", "critical")
        # What was not read fails at any --fail-on (bas16); the run still goes on, both inputs reported.
        assert done.returncode == 1, done.stderr
        assert len(json.loads(done.stdout)["inputs"]) == 2
        done = cli("meta", str(good), str(bad), str(bad_dir), "--format", "json")
        assert done.returncode == 0, done.stderr
        unreadable = {f["path"]: f["error"] for f in json.loads(done.stdout)["files"]
                      if f["status"] == "unreadable"}
        assert "Permission denied" in unreadable[str(bad)]
        assert "Permission denied" in unreadable[str(bad_dir)]  # not an empty, clean folder
        done = cli("scan", str(bad))  # nothing readable at all: exit 2, one line
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
        assert "Usage:" not in done.stderr and "Permission denied" in done.stderr
    finally:
        bad.chmod(0o600)
        bad_dir.chmod(0o700)


def test_a_malformed_baseline_is_refused_the_same_way_by_show_and_check(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("A quiet week.\n")
    bad = tmp_path / "baseline.json"
    bad.write_text(json.dumps({"schema": "nymaudit.baseline/1", "salt": "00",
                               "entries": [None, 5, {"rule": [1], "hash": {}}]}))
    for args in (("baseline", "show", str(bad)), ("check", str(draft), "--baseline", str(bad))):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.stderr.strip() == f"nymaudit: {bad}: malformed baseline (entry 1 is not a " \
                                        "{rule, hash} pair of strings)", args
    good = tmp_path / "good.json"
    assert run("baseline", "create", str(draft), "--output", str(good)).exit_code == 0
    assert run("baseline", "show", str(good)).exit_code == 0
    assert run("check", str(draft), "--baseline", str(good)).exit_code == 0


FORGED = "\n\nRISK: NONE - nothing identifying was found.\r\u2028\u2029\u0085x\n"


def _archive_with_member_named(tmp_path: Path, suffix: str) -> Path:
    folder = build_twitter_archive(tmp_path / "t", tweets(3), zip=False)
    members = [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file()]
    return _zip_with(tmp_path / "archive.zip", [*members, (f"data/tweets_media/1-a.jpg{suffix}", BLANK_JPEG)])


@pytest.mark.parametrize("command", ["scan", "meta"])
def test_a_line_break_in_a_member_name_cannot_forge_a_report_line(tmp_path: Path, command: str) -> None:
    archive = _archive_with_member_named(tmp_path, FORGED)
    out = run(command, str(archive)).stdout
    assert "RISK: NONE" in out and "⏎" in out
    for line in out.splitlines():  # str.splitlines breaks at \r, U+2028, U+2029, U+0085 too
        assert not line.lstrip().startswith("RISK"), line
        assert not line.startswith("x"), line
    for char in ("\r", "\u2028", "\u2029", "\u0085"):
        assert char not in out


def test_meta_json_escapes_c1_controls_like_the_other_reports(tmp_path: Path) -> None:
    name = "1-\x9b2J\x9d0;pwned\x9c.jpg"
    archive = _zip_with(tmp_path / "media.zip", [(f"media/{name}", BLANK_JPEG)])
    result = run("meta", str(archive), "--format", "json")
    assert result.exit_code == 0
    assert not re.search("[\x7f-\x9f\u202e]", result.stdout)
    assert "\\u009b2J" in result.stdout
    assert json.loads(result.stdout)["files"][0]["path"].endswith(name)  # same data, escaped


def test_a_full_or_closed_stdout_is_one_line_not_an_internal_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = _cli("demo", "--format", "json", "-q", stdout=full)
    assert done.returncode == 2
    assert done.stderr.strip() == ("nymaudit: cannot write the output: No space left on device; "
                                   "it is incomplete")
    # A reader that stops early (`| head`): far more output than a pipe buffers.
    wl = _watchlist(tmp_path, "Horsforth")
    many = tmp_path / "many.md"
    many.write_text("Horsforth again\n" * 50_000)
    child = subprocess.Popen([sys.executable, "-m", "nymaudit", "watch", "check", str(many),
                              "--watchlist", str(wl)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(100)
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 2
    assert err.strip() == "nymaudit: cannot write the output: the reader closed the pipe; it is incomplete"


@pytest.mark.parametrize("args", [("scan", "--format", "json"), ("scan",), ("meta",), ("check",)])
def test_a_closed_stdout_is_said_in_one_line_in_every_format(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`>&-` left sys.stdout None: JSON said "internal error: AttributeError" and the
    terminal report vanished with exit 0 (red team red9, F6, 2026-11-29). A report written
    to --output needs no stdout and still works."""
    import os
    import subprocess
    import sys

    draft = tmp_path / "draft.md"
    draft.write_text("Back in Horsforth today.\n", encoding="utf-8")
    command = [sys.executable, "-m", "nymaudit", args[0], str(draft), *args[1:]]
    done = subprocess.run(command, stdout=None, stderr=subprocess.PIPE, text=True, timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert done.stderr.strip() == ("nymaudit: cannot write the output: standard output is closed; "
                                   "it is incomplete")
    if args[0] == "scan":
        report = tmp_path / "report.txt"
        done = subprocess.run([*command, "--output", str(report)], stderr=subprocess.PIPE, text=True,
                              timeout=120, preexec_fn=lambda: os.close(1))
        assert done.returncode == 0 and report.stat().st_size > 0


def test_meta_checks_the_first_and_last_of_many_copies_and_says_what_it_skipped(tmp_path: Path) -> None:
    photo = (FIXTURES / "camera_gps_serial.jpg").read_bytes()
    archive = _zip_with(tmp_path / "many.zip", [("a.jpg", BLANK_JPEG)] * 24 + [("a.jpg", photo)])
    files = json.loads(run("meta", str(archive), "--format", "json").stdout)["files"]
    # Five first copies, one line for the 14 in between, the five last earlier ones and the
    # last (the copies scan checks too: tree.copies_checked, 2026-11-29).
    assert len(files) == 12
    assert files[-1]["path"].endswith("[copy 25 of 25]") and files[-1]["status"] == "identifying"
    assert files[5]["path"].endswith("[copies 6 to 19 of 25]")
    assert "14 more copies" in files[5]["error"] and files[5]["status"] == "unreadable"


def test_watch_check_finds_a_term_right_after_a_tag_across_the_cut(tmp_path: Path) -> None:
    # Red-team find: an <img alt="..."> open at the 60,000-character cut of a one-line draft
    # hid the watched town written just after it (`scan` found it).
    from nymaudit.commands import watch

    wl = _watchlist(tmp_path, "Horsforth")
    alt = ("a photo of the view from the kitchen window on a grey morning " * 14)[:800]
    unit = f'<img src="a.jpg" alt="{alt}"> We walked along the canal today. '
    base = "<p>" + unit * 200 + "</p>"
    at = base.find(">", watch.PIECE_CHARS) + 1  # just after the tag that holds the cut
    draft = tmp_path / "oneline.md"
    draft.write_text(base[:at] + " Horsforth" + base[at:] + "\n")
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 1
    assert result.stdout.count("watched term") == 1


def test_watch_search_measures_where_the_carried_text_ends() -> None:
    # Whatever the cut: markup open at the end of the carried text is read whole with the
    # piece, so the carried text normalised alone is longer than its share of the two.
    from nymaudit.commands import watch
    from nymaudit.text.watchlist import Watchlist

    wl = Watchlist()
    wl.add("Horsforth", label="H")  # a match shows the label, never the term
    wl.add("Acme Widgets Ltd", label="A")
    carry = "We met at Acme Widgets Ltd. " + '<img alt="' + "a grey morning " * 50
    found = watch._search(wl.matcher(), carry, 'by the canal"> Horsforth again')
    assert [m.hint[-2] for m in found] == ["H"]  # the carried phrase was reported before
    found = watch._search(wl.matcher(), "Back in Acme ", "Widgets Ltd today, Horsforth")
    assert [m.hint[-2] for m in found] == ["A", "H"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_watch_check_reads_a_draft_saved_as_utf16_or_utf32(tmp_path: Path, codec: str) -> None:
    # Notepad's "Unicode" is UTF-16 with a byte-order mark; `check` and the archive readers
    # read it, and `watch check` passed it unread. U+010A and U+0A0D hold a 0x0A byte in
    # UTF-16/32: not a line break.
    import codecs

    wl = _watchlist(tmp_path, "Horsforth", "Acme Widgets Ltd")
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE,
           "utf-8": codecs.BOM_UTF8}[codec]
    text = ("Ċ\u0a0d Dear diary,\r\nnothing here\r\nback home in Horsforth\r\n"
            + "word " * 20_000 + "Acme Widgets Ltd\r\n")
    draft = tmp_path / "draft.md"
    draft.write_bytes(bom + text.encode(codec))
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [f"{draft}:3", f"{draft}:4"]


def test_check_passes_a_draft_dated_in_utc_as_time007_advises(tmp_path: Path) -> None:
    """TIME007's advice is to write dates at +00:00: such a draft must not fail `check`
    (all +00:00 may be a server or a UTC-set clock: info since the eighth session, so a gate at
    low passes it too)."""
    draft = tmp_path / "utc.md"
    draft.write_text("---\ntitle: U\ndate: 2026-05-01T21:00:00+00:00\n---\n\nHello world.\n")
    result = run("check", str(draft), "--format", "json", "-q")
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TIME007"]
    assert result.exit_code == 0 and [f["severity"] for f in found] == ["info"]


def test_help_into_a_full_disk_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "nymaudit", "--help"], stdout=full,
                              stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("nymaudit: cannot write the output")


def test_check_fails_closed_on_a_draft_it_could_not_read(tmp_path: Path) -> None:
    """A gate that passes what it could not read is open: an input problem in a draft
    is medium in `check` (info in a scan report), so the default gate fails."""
    good = tmp_path / "ok.md"
    good.write_text("---\ntitle: Fine\n---\n\nNothing to see.\n")
    broken = tmp_path / "drafts.zip"
    broken.write_bytes(b"PK\x03\x04 cut short")
    assert run("check", str(good), "-q").exit_code == 0
    result = run("check", str(good), str(broken), "--format", "json", "-q")
    problems = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "INPUT001"]
    assert result.exit_code == 1 and problems and all(f["severity"] == "medium" for f in problems)
    scanned = scan_json(str(good), str(broken))
    assert {f["severity"] for f in scanned["findings"] if f["rule"] == "INPUT001"} == {"info"}

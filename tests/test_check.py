"""`nymaudit check` as a CI gate: what a baseline and --history accept, paths that are
not there, files that are not drafts, and a summary that agrees with the exit code."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import REPO
from nymaudit.check import fixed_labels
from nymaudit.cli import app

WARD = "Our ward manager moved three of us onto nights again."
WARD_OTHER = "Our ward manager told the whole night team that the cardiology unit will close two beds."
TEAM = "Our team at work had a long meeting about the office move."


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})},
                              catch_exceptions=False)


def draft(folder: Path, name: str, body: str, title: str = "Draft") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\n\n{body}\n")
    return path


def findings(result, rule: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    found = json.loads(result.stdout)["findings"]
    return [f for f in found if rule is None or f["rule"] == rule]


# ---------------------------------------------------------------- what a finding is matched on


def test_every_fixed_label_in_the_heuristics_is_matched_on_its_sentence() -> None:
    """The rules whose clue is a fixed label ("describes their workplace") are read from
    the heuristics, so a pattern added there is matched on its words too."""
    raw = tomllib.loads((REPO / "heuristics" / "disclosure.toml").read_text())
    labelled = {(table["id"], " ".join(p["value"].casefold().split()))
                for table in raw["rule"] for p in table.get("patterns", []) if "value" in p}
    assert labelled and labelled == set(fixed_labels())
    assert {rule for rule, _ in labelled} >= {"SELF010", "SELF011"}


def test_history_lowers_the_same_disclosure_but_not_a_different_one(tmp_path: Path) -> None:
    history = tmp_path / "_posts"
    draft(history, "2025-03-01-old.md", TEAM, title="Old")
    new = draft(tmp_path / "_drafts", "later.md", WARD_OTHER, title="Later")
    result = run("check", str(new), "--history", str(history), "--format", "json", "-q")
    [leak] = findings(result, "SELF011")
    assert result.exit_code == 1 and leak["severity"] == "medium"
    assert "published history" not in leak["message"]
    # The same sentence, already published, is one step lower and says why.
    draft(history, "2025-04-01-ward.md", WARD_OTHER, title="Ward")
    result = run("check", str(new), "--history", str(history), "--format", "json", "-q")
    [leak] = findings(result, "SELF011")
    assert result.exit_code == 0 and leak["severity"] == "low"
    assert leak["message"].endswith("This repeats something your published history already shows.")


def test_a_post_checked_is_left_out_of_the_history_it_sits_in(tmp_path: Path) -> None:
    """A pull request that adds `_posts/new.md`, checked with `--history _posts/`: the
    new post is in the folder, and must not count as already published."""
    posts = tmp_path / "_posts"
    draft(posts, "2025-03-01-old.md", TEAM, title="Old")
    new = draft(posts, "2025-06-01-new.md", WARD_OTHER, title="New")
    result = run("check", str(new), "--history", str(posts), "--format", "json")
    assert result.exit_code == 1 and [f["severity"] for f in findings(result, "SELF011")] == ["medium"]
    assert "left out of it" in " ".join(result.stderr.split())


def test_a_baseline_accepts_the_same_disclosure_not_another_of_the_same_rule(tmp_path: Path) -> None:
    accepted = draft(tmp_path / "_drafts", "new-post.md", WARD)
    baseline = tmp_path / ".nymaudit-baseline.json"
    assert run("baseline", "create", str(accepted), "-o", str(baseline)).exit_code == 0
    assert run("check", str(accepted), "--baseline", str(baseline), "-q").exit_code == 0
    other = draft(tmp_path / "_drafts", "later.md", WARD_OTHER)
    result = run("check", str(other), "--baseline", str(baseline), "--format", "json", "-q")
    assert result.exit_code == 1 and findings(result, "SELF011")
    # A draft that keeps the accepted sentence and adds a new one fails, on the new one.
    both = draft(tmp_path / "_drafts", "both.md", f"{WARD}\n\n{TEAM}")
    result = run("check", str(both), "--baseline", str(baseline), "--format", "json", "-q")
    [leak] = findings(result, "SELF011")
    assert result.exit_code == 1 and "team at work" in leak["evidence"]


def test_the_new_disclosure_keeps_its_line_under_baseline_and_history(tmp_path: Path) -> None:
    """Pointed at the sentence that is new (baseline) or not yet public (history), a
    finding shows that sentence's file line, not none."""
    accepted = draft(tmp_path / "_drafts", "old.md", WARD)
    baseline = tmp_path / "bl.json"
    assert run("baseline", "create", str(accepted), "-o", str(baseline)).exit_code == 0
    history = tmp_path / "_posts"
    draft(history, "2025-01-01-a.md", WARD, title="A")
    both = draft(tmp_path / "_drafts", "both.md", f"{WARD}\n\n{WARD_OTHER}")  # lines 5 and 7
    [plain] = findings(run("check", str(both), "--format", "json", "-q"), "SELF011")
    assert plain["location"]["line"] == 5
    for option in (("--baseline", str(baseline)), ("--history", str(history))):
        [leak] = findings(run("check", str(both), *option, "--format", "json", "-q"), "SELF011")
        assert leak["location"]["line"] == 7, option
        assert "cardiology" in leak["evidence"], option


def _old_baseline(path: Path, *keys: str) -> Path:
    """A baseline as nymaudit wrote it before 29 November 2026: rule + clue only."""
    salt = "00" * 16
    entries = [{"rule": key.split("\x1f")[0], "hash": hashlib.sha256(f"{salt}\x1f{key}".encode()).hexdigest()}
               for key in keys]
    path.write_text(json.dumps({"schema": "nymaudit.baseline/1", "generated_at": "2026-11-01T00:00:00Z",
                                "salt": salt, "entries": entries}))
    return path


def test_an_older_baseline_still_accepts_what_its_key_did_not_change(tmp_path: Path) -> None:
    post = draft(tmp_path, "d.md", f"Write to me at j.smith@proton.me. {WARD}")
    [mail] = [f for f in findings(run("check", str(post), "--format", "json", "-q"))
              if f["clue"] and f["clue"]["value"] == "j.smith@proton.me"]
    baseline = _old_baseline(tmp_path / "old.json", f"{mail['rule']}\x1fj.smith@proton.me",
                             "SELF011\x1fdescribes their workplace")
    result = run("check", str(post), "--baseline", str(baseline), "--format", "json")
    rules = {f["rule"] for f in findings(result)}
    assert mail["rule"] not in rules  # an address is keyed as before: still accepted
    # The label alone no longer accepts every workplace sentence; the user is told why.
    assert "SELF011" in rules and result.exit_code == 1
    assert "baseline create" in result.stderr and "SELF011" in result.stderr


def test_the_profile_and_risk_follow_what_the_baseline_left(tmp_path: Path) -> None:
    post = draft(tmp_path, "d.md", "Write to me at j.smith@proton.me about the plans.")
    baseline = tmp_path / "b.json"
    assert run("baseline", "create", str(post), "-o", str(baseline)).exit_code == 0
    result = run("check", str(post), "--baseline", str(baseline), "--format", "json", "-q")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["findings"] == []
    assert doc["profile"]["clues"] == {} and doc["summary"]["risk"] == "none"
    assert "j.smith" not in result.stdout
    terminal = run("check", str(post), "--baseline", str(baseline), "-q").stdout
    assert "j.smith" not in terminal and "Findings: none" in terminal


# ---------------------------------------------------------------- paths


def test_a_missing_known_or_history_path_is_a_usage_error(tmp_path: Path) -> None:
    post = draft(tmp_path, "d.md", "A quiet week.")
    for args in (("compare", str(post), "--known", f"x={tmp_path / 'nope'}"),
                 ("scan", str(post), "--known", f"x={tmp_path / 'nope'}"),
                 ("check", str(post), "--history", str(tmp_path / "_post_typo"))):
        result = run(*args)
        assert result.exit_code == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "no such file or folder" in result.stderr
        assert "Usage:" not in result.stderr and result.stdout == ""


def test_an_unreadable_file_inside_the_history_is_not_a_usage_error(tmp_path: Path) -> None:
    history = tmp_path / "_posts"
    draft(history, "2025-04-01-ward.md", WARD)
    (history / "2025-04-02-bad.md").write_bytes(b"---\ntitle: x\n---\n\nbad \x81\x8d bytes\n")
    new = draft(tmp_path, "d.md", WARD)
    result = run("check", str(new), "--history", str(history), "--format", "json")
    assert result.exit_code == 0 and [f["severity"] for f in findings(result, "SELF011")] == ["low"]
    assert "could not be read" in " ".join(result.stderr.split())  # stderr wraps at its width


def test_files_that_are_not_drafts_and_deleted_files_are_skipped_as_info(tmp_path: Path) -> None:
    post = draft(tmp_path / "_drafts", "harmless.md", "Sleep is a skill.")
    # A CI workflow is configuration no theme publishes (a site's own _config.yml is read).
    config = tmp_path / ".github" / "workflows" / "check.yml"
    config.parent.mkdir(parents=True)
    config.write_text("name: check\non: [pull_request]\n")
    style = tmp_path / "assets" / "main.scss"
    style.parent.mkdir()
    style.write_text("body { color: red; }\n")
    gone = tmp_path / "_posts" / "2025-01-01-deleted.md"
    result = run("check", str(post), str(config), str(style), str(gone), "--format", "json", "-q")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["summary"]["risk"] == "none"
    skipped = {f["location"]["path"]: f["message"] for f in doc["findings"] if f["rule"] == "INPUT006"}
    assert skipped.keys() == {str(config), str(style), str(gone)}
    assert all(f["severity"] == "info" for f in doc["findings"])
    assert skipped[str(gone)].startswith("no such file; skipped")
    assert skipped[str(style)].startswith("skipped: not a draft (a stylesheet")
    # Only files that are not drafts: nothing failed, exit 0.
    assert run("check", str(config), str(style), "-q").exit_code == 0
    # A theme update also touches the licence (no extension, no reader): skipped too.
    licence = tmp_path / "LICENSE"
    licence.write_text("MIT License\n\nCopyright (c) 2025 Theme Author\n")
    assert run("check", str(post), str(licence), "-q").exit_code == 0
    # Nothing there at all is more likely a typo than a deletion: one line, exit 2.
    result = run("check", str(gone))
    assert result.exit_code == 2 and "nothing to check" in result.stderr
    assert "--diff-filter=d" in result.stderr


def test_a_draft_that_cannot_be_read_still_fails_and_the_risk_line_says_so(tmp_path: Path) -> None:
    post = draft(tmp_path, "harmless.md", "Sleep is a skill.")
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\xff\xfe\x00\xd8garbage\x80\x81\x00\x00")
    style = tmp_path / "cut.zip"
    style.write_bytes(b"PK\x03\x04 cut short")  # a zip is read, or fails closed
    result = run("check", str(post), str(broken), str(style), "--format", "json", "-q")
    doc = json.loads(result.stdout)
    assert result.exit_code == 1 and doc["summary"]["risk"] == "medium"
    assert {f["severity"] for f in doc["findings"] if f["rule"] == "INPUT001"} == {"medium"}
    terminal = run("check", str(post), str(broken), "-q").stdout
    assert "overall risk: MEDIUM" in terminal and "Findings: 1 medium" in terminal
    # A scan report still counts input problems apart from the risk.
    scanned = json.loads(run("scan", str(post), str(broken), "--format", "json", "-q").stdout)
    assert scanned["summary"]["risk"] == "none"


# ---------------------------------------------------------------- formats and environment


def test_the_footer_names_only_formats_check_has(tmp_path: Path) -> None:
    post = draft(tmp_path, "d.md", "Write to me at j.smith@proton.me.")
    checked = run("check", str(post), "-q").stdout
    assert "markdown" not in checked and "--format json" in checked
    assert run("check", str(post), "--format", "markdown").exit_code == 2
    assert "markdown or html" in run("scan", str(post), "-q").stdout


def test_nymaudit_format_reaches_every_command_that_has_the_option(tmp_path: Path) -> None:
    post = draft(tmp_path, "d.md", "Write to me at j.smith@proton.me.")
    sarif = run("check", str(post), "-q", env={"NYMAUDIT_FORMAT": "sarif"})
    assert sarif.exit_code == 1 and json.loads(sarif.stdout)["version"] == "2.1.0"
    assert "j.smith" not in sarif.stdout  # SARIF is masked by default, from the variable too
    meta = run("meta", str(post), env={"NYMAUDIT_FORMAT": "json"})
    assert json.loads(meta.stdout)["schema"] == "nymaudit.meta/1"
    known = tmp_path / "known"
    draft(known, "k.md", "Some writing of mine under my own name, about gardens.")
    compared = run("compare", str(post), "--known", f"me={known}", env={"NYMAUDIT_FORMAT": "json"})
    assert json.loads(compared.stdout)["schema"].startswith("nymaudit.compare/")
    # A format the command does not have is refused, naming the variable.
    for command in (["check", str(post)], ["meta", str(post)]):
        result = run(*command, env={"NYMAUDIT_FORMAT": "markdown"})
        assert result.exit_code == 2 and "NYMAUDIT_FORMAT" in result.stderr, command


# ---------------------------------------------------------------- the CI recipe, as a process


@pytest.mark.skipif(not os.environ.get("PATH"), reason="needs git on PATH")
def test_the_ci_recipe_end_to_end(tmp_path: Path) -> None:
    """What docs/architecture.md's GitHub Actions recipe runs: the files a change
    touched (deleted ones left out), the baseline, SARIF on stdout."""
    site = tmp_path / "site"
    git = ["git", "-C", str(site), "-c", "user.name=ci", "-c", "user.email=ci@example.invalid"]
    old = draft(site / "_posts", "2025-01-01-old.md", WARD, title="Old")
    doomed = draft(site / "_posts", "2025-01-02-doomed.md", "Nothing here.", title="Doomed")
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    baseline = site / ".nymaudit-baseline.json"
    env = {**os.environ, "NO_COLOR": "1"}
    nym = [sys.executable, "-m", "nymaudit"]
    subprocess.run([*nym, "baseline", "create", str(old), "-o", str(baseline)], check=True, env=env)
    doomed.unlink()
    draft(site / "_posts", "2025-02-01-new.md", f"{WARD}\n\nMail me: j.smith@proton.me", title="New")
    (site / "assets").mkdir()
    (site / "assets" / "site.css").write_text("body{}\n")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "change"], check=True)
    changed = subprocess.run([*git, "diff", "--name-only", "--diff-filter=d", "HEAD~1", "HEAD"],
                             check=True, capture_output=True, text=True).stdout.split()
    assert "_posts/2025-01-02-doomed.md" not in changed and "assets/site.css" in changed
    done = subprocess.run([*nym, "check", *changed, "--baseline", str(baseline)], cwd=site,
                          capture_output=True, text=True, env={**env, "NYMAUDIT_FORMAT": "sarif"})
    assert done.returncode == 1, done.stderr
    results = json.loads(done.stdout)["runs"][0]["results"]
    rules = {r["ruleId"] for r in results}
    assert "SELF011" not in rules  # the accepted sentence
    assert any(r["ruleId"] != "INPUT006" and r["level"] in ("warning", "error") for r in results)
    assert "j.smith" not in done.stdout


# ---------------------------------------------------------------- a site's configuration


def test_a_site_configuration_in_the_change_is_checked_not_skipped(tmp_path: Path) -> None:
    """A pull request that adds an e-mail and a GitHub handle to _config.yml: `scan`
    reports both (themes publish them), so the gate must too."""
    site = tmp_path / "site"
    draft(site / "_posts", "2025-05-18-hi.md", "Mornings on the ward.", title="Hi")
    config = site / "_config.yml"
    config.write_text("title: Ward Notes\nauthors:\n  marie_lefebvre:\n    email: ml@proton.me\n"
                      "    github: mlefebvre\n")
    result = run("check", str(config), "--format", "json", "-q")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["inputs"][0]["format"] == "blog" and doc["inputs"][0]["posts"] == 0
    assert not findings(result, "INPUT006")
    (email,) = findings(result, "SELF001")
    assert email["location"] == {"path": str(config), "record": "authors.marie_lefebvre.email", "line": 4}
    (github,) = findings(result, "LINK007")
    assert github["location"]["line"] == 5 and "site configuration" in github["message"]
    # Accepted in a baseline like a draft's findings.
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "create", str(config), "-o", str(baseline)).exit_code == 0
    assert run("check", str(config), "--baseline", str(baseline), "-q").exit_code == 0


def test_hugo_configuration_files_are_checked_and_other_configuration_skipped(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "config" / "_default").mkdir(parents=True)
    params = site / "config" / "_default" / "params.toml"
    params.write_text('[social]\ngithub = "mlefebvre1987"\n')
    hugo = site / "hugo.toml"
    hugo.write_text('title = "Ward Notes"\n[params]\nemail = "marie@example.fr"\n')
    root_config = site / "config.yaml"
    root_config.write_text("params:\n  author: Marie\n  contact: https://keybase.io/mlefebvre\n")
    notes = tmp_path / "notes" / "config.yaml"  # another program's, no Hugo site beside it
    notes.parent.mkdir()
    notes.write_text("owner: ops@proton.me\n")
    result = run("check", str(params), str(hugo), str(root_config), str(notes), "--format", "json", "-q")
    assert result.exit_code == 1
    formats = {i["path"]: i["format"] for i in json.loads(result.stdout)["inputs"]}
    assert formats == {str(params): "blog", str(hugo): "blog", str(root_config): "blog",
                       str(notes): "skipped"}
    where = {(f["rule"], f["location"]["path"], f["location"].get("record")) for f in findings(result)}
    assert ("SELF001", str(hugo), "params.email") in where
    assert ("LINK007", str(params), "params.social.github") in where
    assert ("LINK007", str(root_config), "params.contact") in where
    assert ("INPUT006", str(notes), None) in where


def test_a_site_configuration_that_cannot_be_read_fails_closed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    config = site / "_config.yml"
    config.write_text("title: Ward Notes\nauthor: [unclosed\n")
    post = draft(site / "_drafts", "harmless.md", "Sleep is a skill.")
    result = run("check", str(post), str(config), "--format", "json", "-q")
    assert result.exit_code == 1
    (problem,) = findings(result, "INPUT001")
    assert problem["severity"] == "medium"
    assert "invalid YAML in the site configuration (line 3)" in problem["message"]
    alone = run("check", str(config))  # nothing else read: exit 2, as for any unreadable file
    assert alone.exit_code == 2 and "invalid YAML in the site configuration" in alone.stderr
    config.write_text("title: Ward Notes\n" + "# padding\n" * 7000)  # 70 KB, over the 64 KiB cap
    (problem,) = findings(run("check", str(post), str(config), "--format", "json", "-q"), "INPUT001")
    assert "larger than the 64 KiB cap; skipped" in problem["message"]


def test_a_timezone_set_in_the_configuration_is_reported_with_its_line(tmp_path: Path) -> None:
    """`scan` reports a site's `timezone:` through its posts' offsets (TIME007); a pull
    request that only sets it in _config.yml holds no post, and passed the gate."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    config = site / "_config.yml"
    config.write_text("title: Night Shift\ntimezone: Europe/London\n")
    result = run("check", str(config), "--format", "json", "-q")
    assert result.exit_code == 1
    (zone,) = findings(result, "TIME007")
    assert zone["location"] == {"path": str(config), "record": "timezone", "line": 2}
    assert zone["severity"] == "high" and zone["clue"] == {"kind": "timezone", "value": "Europe/London"}
    assert zone["evidence"] == "timezone: Europe/London"
    assert zone["message"] == (
        f"The site configuration ({config}) sets the time zone Europe/London, and the site publishes "
        "each post's date with its offset (feed and page metadata): UTC+00:00 outside daylight saving "
        "time, UTC+01:00 in it.")
    # With a draft whose naive date the zone gives its offset: one finding, not two.
    post = draft(site / "_drafts", "night.md", "Quiet night.")
    post.write_text("---\ntitle: Night\ndate: 2025-05-18 08:05:00\n---\nQuiet night.\n")
    assert len(findings(run("check", str(post), str(config), "--format", "json", "-q"), "TIME007")) == 1
    # A baseline accepts it; --history of the published site (same zone) lowers it.
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "create", str(config), "-o", str(baseline)).exit_code == 0
    assert run("check", str(config), "--baseline", str(baseline), "-q").exit_code == 0
    published = tmp_path / "published"
    (published / "_posts").mkdir(parents=True)
    (published / "_config.yml").write_text("timezone: Europe/London\n")
    draft(published / "_posts", "2025-01-01-a.md", "a").write_text(
        "---\ntitle: A\ndate: 2025-01-01 21:00:00\n---\na\n")
    lowered = run("check", str(config), "--history", str(published), "--format", "json", "-q")
    (zone,) = findings(lowered, "TIME007")
    assert zone["severity"] == "medium" and "already shows" in zone["message"]
    # Hugo's timeZone, a zone without daylight saving time; UTC itself is no leak.
    hugo = tmp_path / "hugo"
    (hugo / "content").mkdir(parents=True)
    (hugo / "hugo.toml").write_text('title = "x"\ntimeZone = "Asia/Kolkata"\n')
    (zone,) = findings(run("check", str(hugo / "hugo.toml"), "--format", "json", "-q"), "TIME007")
    assert zone["location"]["line"] == 2 and zone["message"].endswith("metadata): UTC+05:30.")
    config.write_text("title: Night Shift\ntimezone: Etc/UTC\n")
    assert run("check", str(config), "-q").exit_code == 0


def test_data_files_author_pages_and_cname_in_the_change_are_checked(tmp_path: Path) -> None:
    """What themes render as the author box, the social links and the menu, and the
    custom domain: read as `scan` reads them with the site, not skipped as configuration."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Night Shift\n")
    (site / "_data" / "authors").mkdir(parents=True)
    authors = site / "_data" / "authors.yml"
    authors.write_text("marie:\n  name: Marie Lefebvre\n  email: marie.lefebvre@gmail.com\n"
                       "  links:\n    - https://github.com/mlefebvre1987\n")
    jo = site / "_data" / "authors" / "jo.yml"
    jo.write_text("name: Jo\nuri: https://www.instagram.com/jo.lyon.nights/\n")
    theme = site / "_data" / "ui-text.yml"  # a theme's strings: not published identity
    theme.write_text("en:\n  email_label: Email\n")
    cname = site / "CNAME"
    cname.write_text("nights.leedsth.nhs.uk\n")  # a domain under an employer's: LINK001
    (site / ".well-known").mkdir()
    finger = site / ".well-known" / "webfinger"  # no extension: "unknown format" before
    finger.write_text('{"subject": "acct:nights@proton.me",\n "aliases": ["https://mastodon.social/@nightsister"]}\n')
    hugo = tmp_path / "hugo"
    (hugo / "data" / "authors").mkdir(parents=True)
    (hugo / "content" / "authors" / "marie").mkdir(parents=True)
    (hugo / "hugo.toml").write_text('title = "x"\n')
    marie = hugo / "data" / "authors" / "marie.toml"
    marie.write_text('name = "Marie"\n[social]\ngithub = "mlefebvre1987"\n')
    page = hugo / "content" / "authors" / "marie" / "_index.md"
    page.write_text("---\nname: Marie\nemail: marie@chu-lyon.fr\n---\nNight nurse since 2019.\n")
    (site / "_authors").mkdir()
    collection = site / "_authors" / "marie.md"  # a Jekyll collection of author pages
    collection.write_text("---\nname: Marie\nemail: m.lefebvre@chu-lyon.fr\n---\nNights.\n")
    other = tmp_path / "tool" / "data" / "authors" / "x.toml"  # no Hugo site: another program's
    other.parent.mkdir(parents=True)
    other.write_text('email = "ops@chu-lyon.fr"\n')
    files = [authors, jo, theme, cname, finger, marie, page, collection, other]
    result = run("check", *map(str, files), "--format", "json", "-q")
    assert result.exit_code == 1
    inputs = {i["path"]: (i["format"], i["posts"], i["errors"]) for i in json.loads(result.stdout)["inputs"]}
    assert inputs == {str(authors): ("blog", 0, []), str(jo): ("blog", 0, []), str(theme): ("skipped", 0, []),
                      str(cname): ("blog", 0, []), str(finger): ("blog", 0, []), str(marie): ("blog", 0, []),
                      str(page): ("blog", 1, []), str(collection): ("blog", 1, []),
                      str(other): ("skipped", 0, [])}
    where = {(f["rule"], f["location"]["path"], f["location"].get("record"), f["location"].get("line"))
             for f in findings(result)}
    assert ("SELF001", str(authors), "marie.email", 3) in where
    assert ("LINK007", str(authors), "marie.links", 5) in where
    assert ("LINK007", str(jo), "uri", 2) in where  # every value of an author file counts
    assert ("SELF001", str(page), "email", 3) in where  # the author page's front matter
    assert ("LINK007", str(finger), "aliases", 2) in where
    assert ("SELF001", str(collection), "email", 3) in where
    assert {("INPUT006", str(theme), None, None), ("INPUT006", str(other), None, None)} <= where
    (domain,) = [f for f in findings(result) if f["location"]["path"] == str(cname)]
    assert domain["rule"] == "LINK001" and domain["location"]["record"] == "CNAME"
    # --redact: JSON and SARIF alike.
    for fmt in ("json", "sarif"):
        masked = run("check", *map(str, files), "--format", fmt, "--redact", "-q").stdout
        for secret in ("marie.lefebvre@gmail.com", "mlefebvre1987", "jo.lyon.nights", "chu-lyon", "leedsth",
                       "nightsister"):
            assert secret not in masked, (fmt, secret)
    # A data file that cannot be read fails closed, as a configuration does.
    authors.write_text("marie: [unclosed\n")
    (problem,) = findings(run("check", str(authors), str(jo), "--format", "json", "-q"), "INPUT001")
    assert problem["severity"] == "medium"
    assert "invalid YAML in the site data file (line 2)" in problem["message"]


# ---------------------------------------------------------------- files check must not follow or wait on


ADDRESS = "jane.private@proton.me"


def _linked_secret(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """(secret outside the site, the site, a harmless draft, a draft that links to the secret)."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"Write to me at {ADDRESS}\n")
    site = tmp_path / "site"
    post = draft(site / "_drafts", "harmless.md", "Sleep is a skill.")
    leak = site / "_drafts" / "leak.md"
    leak.symlink_to(secret)
    return secret, site, post, leak


def test_a_file_that_is_a_symbolic_link_is_not_followed(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A pull request can commit `notes.md -> /proc/self/environ` (or `-> ~/.ssh/...`):
    followed, its contents would reach the CI log as evidence. Not read: it fails closed."""
    secret, site, post, leak = _linked_secret(tmp_path)
    config = site / "_config.yml"
    config.symlink_to(secret)
    assert run("check", str(secret), "--format", "json", "-q").exit_code == 1  # it does hold one
    for target in (leak, config):
        for fmt in ("terminal", "json", "sarif"):
            result = run("check", str(post), str(target), "--format", fmt, "--no-redact")
            assert result.exit_code == 1, (target, fmt)
            assert ADDRESS not in result.stdout and ADDRESS not in result.stderr, (target, fmt)
            assert "check does not follow links" in " ".join(result.stdout.split()), (target, fmt)
        (problem,) = findings(run("check", str(post), str(target), "--format", "json", "-q"), "INPUT001")
        assert problem["severity"] == "medium" and problem["location"]["path"] == str(target)
        assert "a symbolic link; check does not follow links" in problem["message"]
        alone = run("check", str(target), "--format", "json")  # nothing else read: exit 2
        assert alone.exit_code == 2 and "a symbolic link" in alone.stderr
        assert ADDRESS not in alone.stdout + alone.stderr
    # `git diff --name-only` gives relative paths: a folder on the way that is a link counts too.
    (site / "notes").symlink_to(secret.parent)
    monkeypatch.chdir(site)
    result = run("check", "_drafts/harmless.md", "notes/secret.txt", "--format", "json", "--no-redact")
    assert result.exit_code == 1 and ADDRESS not in result.stdout + result.stderr
    (problem,) = findings(result, "INPUT001")
    assert problem["message"].startswith("reached through notes, a symbolic link")


def test_baseline_create_does_not_follow_a_linked_file_either(tmp_path: Path) -> None:
    """`check` refuses a FILE that is a link; `baseline create` followed it, so a link to
    somebody else's notes (or /proc/self/environ) got its findings accepted. Now it is
    left unread with a warning, and the same text as a real file is still reported."""
    secret, site, post, leak = _linked_secret(tmp_path)
    baseline = tmp_path / "baseline.json"
    made = run("baseline", "create", str(post), str(leak), "--output", str(baseline))
    assert made.exit_code == 0, made.output
    assert "a symbolic link" in made.stderr and ADDRESS not in made.stdout + made.stderr
    copy = draft(site / "_drafts", "copy.md", f"Write to me at {ADDRESS}")
    result = run("check", str(copy), "--baseline", str(baseline), "--format", "json", "--no-redact")
    assert result.exit_code == 1 and any(f["rule"].startswith("SELF") or ADDRESS in f["evidence"]
                                         for f in findings(result)), result.stdout


def _docx(path: Path, pad: int = 0) -> Path:
    import zipfile

    core = ('<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:creator>Jane Q. Public</dc:creator>{" " * pad}</cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("docProps/core.xml", core)
    return path


def test_a_document_that_could_not_be_checked_fails_the_gate(tmp_path: Path) -> None:
    """A .docx whose core.xml is padded past the cap is skipped by the reader (META026):
    info in a scan, which lists what it read; in check it fails closed, and neither a
    baseline nor --history accepts it."""
    padded = _docx(tmp_path / "padded.docx", pad=5 * 1024 * 1024)
    scan = run("scan", str(padded), "--format", "json", "-q")
    assert [f["severity"] for f in findings(scan, "META026")] == ["info"]
    result = run("check", str(padded), "--format", "json", "-q")
    assert result.exit_code == 1
    assert [f["severity"] for f in findings(result, "META026")] == ["medium"]
    noise = tmp_path / "noise.jpg"
    noise.write_bytes(bytes(range(256)) * 40)
    assert [f["severity"] for f in findings(run("check", str(noise), "--format", "json", "-q"),
                                            "META026")] == ["medium"]
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "create", str(padded), "-o", str(baseline)).exit_code == 0
    history = tmp_path / "published"
    history.mkdir()
    _docx(history / "old.docx", pad=5 * 1024 * 1024)
    draft(history, "2025-01-01-a.md", "A quiet week.")
    for option in (("--baseline", str(baseline)), ("--history", str(history))):
        result = run("check", str(padded), *option, "--format", "json", "-q")
        assert result.exit_code == 1, option
        assert [f["severity"] for f in findings(result, "META026")] == ["medium"], option
    assert run("check", str(_docx(tmp_path / "plain.docx")), "-q").exit_code == 1  # the creator


def test_option_files_that_are_fifos_or_devices_are_refused_at_once(tmp_path: Path) -> None:
    """Opening a FIFO to probe it waits for a writer for ever; /dev/zero has st_size 0
    and never ends. Each is a one-line usage error, without waiting."""
    post = draft(tmp_path, "d.md", "A quiet week.")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    nym = [sys.executable, "-m", "nymaudit"]
    for args, said in (
        (("check", str(post), "--baseline", str(fifo)), "not a regular file"),
        (("check", str(post), "--baseline", str(zero)), "not a regular file"),
        (("check", str(post), "--history", str(fifo)), "not a regular file or folder"),
        (("scan", str(post), "--known", f"me={fifo}"), "not a regular file or folder"),
        (("check", str(post), "--watchlist", str(fifo)), "not a regular file"),
        (("check", str(post), "--watchlist", "/dev/zero"), "not a regular file"),
        (("baseline", "show", str(fifo)), "not a regular file"),
    ):
        done = subprocess.run([*nym, *args, "-q"] if args[0] != "baseline" else [*nym, *args],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "NO_COLOR": "1"})
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and said in done.stderr, (args, done.stderr)


def test_the_baseline_and_watchlist_readers_stop_at_their_cap(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The size a stat gives is not what a read returns (a file that grows): the read
    itself stops one byte past the cap."""
    from nymaudit import check
    from nymaudit.text import watchlist

    big = tmp_path / "big"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(check, "MAX_BASELINE_BYTES", 1024)
    with pytest.raises(check.BaselineError, match="larger than"):
        check.read_baseline(big)
    monkeypatch.setattr(watchlist, "MAX_FILE_BYTES", 1024)
    with pytest.raises(watchlist.WatchlistError, match="too large"):
        watchlist.Watchlist.load(big)
    # What the stat says and what the read returns disagree: the read decides.
    real_stat = Path.stat

    def small_stat(self: Path, **kwargs: Any) -> os.stat_result:
        st = real_stat(self, **kwargs)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(check.BaselineError, match="larger than"):
        check.read_baseline(big)
    with pytest.raises(watchlist.WatchlistError, match="too large"):
        watchlist.Watchlist.load(big)


def test_a_folder_named_like_a_stylesheet_is_not_skipped(tmp_path: Path) -> None:
    """`not a draft` is said of a regular file: a folder `notes.css` fails closed like any
    folder no reader recognises."""
    post = draft(tmp_path, "d.md", "A quiet week.")
    for name in ("dir.css", "plaindir"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "notes.rst").write_text(f"I'm a nurse. {ADDRESS}\n")
        result = run("check", str(post), str(tmp_path / name), "--format", "json", "-q")
        assert result.exit_code == 1, name
        assert not findings(result, "INPUT006"), name
        assert [f["severity"] for f in findings(result, "INPUT001")] == ["medium"], name


def test_the_ci_recipes_command_line_reads_option_like_file_names_as_paths(tmp_path: Path,
                                                                           monkeypatch) -> None:
    """Review of 29 November: the recipe put the changed files before its options, so
    a pull request adding a file named `--fail-on=critical` switched the gate off.
    With every option first and `--`, such a name is a path: not a draft nymaudit
    reads, so it fails closed, and the draft's own finding still fails the gate."""
    monkeypatch.chdir(tmp_path)
    post = draft(Path("_drafts"), "new.md", "Write to me at jane.q@proton.me about the rota.")
    hostile = Path("--fail-on=critical")
    hostile.write_text("anything\n")
    bare = run("check", "--format", "json", str(post), str(hostile))
    assert bare.exit_code == 0  # the injection, as the old recipe allowed it
    safe = run("check", "--fail-on", "medium", "--redact", "--format", "json", "--", str(post), str(hostile))
    assert safe.exit_code == 1
    rules = {f["rule"] for f in json.loads(safe.stdout)["findings"]}
    assert "SELF001" in rules


def test_an_absolute_path_through_a_linked_folder_in_the_checkout_is_refused(tmp_path: Path,
                                                                             monkeypatch) -> None:
    """Review of 29 November: a change turned `docs/` into a link to a folder outside
    the repository; given as `$GITHUB_WORKSPACE/docs/notes.md` (absolute) the outside
    file was read. Below the working folder every step of an absolute path counts."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "notes.md").write_text("---\ntitle: x\n---\nOwner: jane.private@proton.me\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "docs").symlink_to(outside)
    monkeypatch.chdir(repo)
    result = run("check", "--no-redact", "--format", "json", str(repo / "docs" / "notes.md"))
    assert "jane.private" not in result.stdout + result.stderr
    assert result.exit_code in (1, 2)


def test_an_attachment_read_only_in_part_fails_the_gate(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the metadata layer stops reading at its time budget was "clean" with a
    partial-read note, so `check` passed a drawing built to take two seconds. What was
    not read is not vouched for: META026, which check raises to medium."""
    from PIL import Image

    import nymaudit.metadata.attachments as attachments

    photo = tmp_path / "site" / "assets" / "img" / "plain.jpg"
    photo.parent.mkdir(parents=True)
    Image.new("RGB", (32, 32), "white").save(photo)
    assert run("check", str(photo), "--format", "json").exit_code == 0  # clean, read whole

    real_extract = attachments.extract
    monkeypatch.setattr(attachments, "extract", lambda data: real_extract(data, budget=-1.0))
    result = run("check", str(photo), "--format", "json")
    assert result.exit_code == 1, result.stdout
    (partial,) = findings(result, "META026")
    assert partial["severity"] == "medium" and "only partly checked" in partial["message"]
    assert "time budget exceeded" in partial["message"]


# ------------------------------------- what check reads from a draft (red-team 6, items 4 and 5)

_LEAK_SVG = ('<svg xmlns="http://www.w3.org/2000/svg"><g style="display:none">'
             "<text>I live at 12 Acacia Avenue Leeds</text></g></svg>")


@pytest.mark.parametrize("front, body", [
    ("", "![pic]({{ site.baseurl }}/assets/leak.svg)"),
    ("", "![pic][1]\n\n[1]: /assets/leak.svg"),
    ("", '{% include figure image_path="/assets/leak.svg" alt="x" %}'),
    ("header:\n  teaser: /assets/leak.svg\n  overlay_image: /assets/leak.svg\n", "text"),
    ("", "<img src=/assets/leak.svg>"),
    ("", '<img srcset="/assets/leak.svg 2x">'),
    ("", "{{< figure src=/assets/leak.svg >}}"),
])
def test_the_red_team_reference_forms_reach_the_svg(tmp_path: Path, front: str, body: str) -> None:
    """The red team's repro (03_refs.sh): a draft embedding an SVG with hidden text in
    each form; check passed all but ``![](/x)`` with exit 0 before."""
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/leak.svg").write_text(_LEAK_SVG)
    (tmp_path / "_drafts").mkdir()
    post = tmp_path / "_drafts/d.md"
    post.write_text(f"---\ntitle: t\n{front}---\nA picture.\n\n{body}\n")
    result = run("check", "--format", "json", "--", str(post))
    assert result.exit_code == 1, result.output
    assert findings(result, "META028")


@pytest.mark.parametrize("key", [
    "excerpt: Email me at marie.lefebvre@contoso-bank.co.uk",
    "subtitle: Email me at marie.lefebvre@contoso-bank.co.uk",
    "author:\n  name: Marie Lefebvre\n  email: marie.lefebvre@contoso-bank.co.uk",
    "image:\n  caption: Email me at marie.lefebvre@contoso-bank.co.uk",
])
def test_an_address_in_published_front_matter_fails_check(tmp_path: Path, key: str) -> None:
    """The red team's 09_frontmatter.sh: only ``title:`` failed before."""
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "_drafts").mkdir()
    post = tmp_path / "_drafts/k.md"
    post.write_text(f"---\n{key}\n---\nHello.\n")
    result = run("check", "--format", "json", "--", str(post))
    assert result.exit_code == 1, result.output
    (found,) = findings(result, "SELF001")
    assert found["location"]["line"] == key.count("\n") + 2
    assert "front matter" in found["message"]


def test_a_post_left_out_of_its_history_is_counted_once_with_its_front_matter(tmp_path: Path) -> None:
    """Its front matter's records (excerpt, tags) share its file: the note counts files."""
    posts = tmp_path / "_posts"
    draft(posts, "2025-03-01-old.md", TEAM, title="Old")
    new = posts / "2025-06-01-new.md"
    new.write_text(f"---\ntitle: New\nexcerpt: A night.\ntags: [work, nights]\n---\n\n{WARD_OTHER}\n")
    result = run("check", str(new), "--history", str(posts), "--format", "json")
    assert "--history: 1 of the files checked is in the history too" in " ".join(result.stderr.split())


def test_code_examples_and_theme_include_names_do_not_fail_the_gate(tmp_path: Path) -> None:
    """Review (sixth session): a Jekyll how-to showing `{% raw %}{% include figure ... %}{% endraw %}`
    or a fenced `![](...)` example failed with "embeds ..., which was not checked", and so did a
    theme include given a bare name (`{% include image.html name="garden.jpg" %}`, whose
    folder the include decides); neither could be accepted by a baseline. Code is shown,
    not embedded; a bare include name not found is not said. A real missing path still fails."""
    site = tmp_path / "site"
    (site / "_config.yml").parent.mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\n")
    howto = draft(site / "_drafts", "howto.md", "\n".join([
        "To show a figure, write:",
        '{% raw %}{% include figure image_path="/assets/images/example.jpg" %}{% endraw %}',
        "or in Markdown:", "```markdown", "![caption](/assets/images/example.jpg)", "```",
        'and inline: `<img src="/assets/images/example.jpg">`.',
        '{% include image.html name="garden.jpg" %}',
    ]))
    result = run("check", str(howto), "--format", "json")
    assert result.exit_code == 0, result.stdout
    missing = draft(site / "_drafts", "missing.md", "Look: ![view](/assets/images/view.jpg)")
    failed = run("check", str(missing), "--format", "json")
    assert failed.exit_code == 1 and "view.jpg, which was not checked" in failed.stdout


def test_a_photo_pasted_into_the_text_as_a_data_uri_is_checked(tmp_path: Path) -> None:
    """Review (sixth session): `![garden](data:image/jpeg;base64,...)`, which some editors
    paste, carried its GPS to the published page and `check` passed with no note."""
    import base64
    import io

    import piexif
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((53, 1), (50, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((1, 1), (38, 1), (0, 1))}
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, "JPEG", exif=piexif.dump({"GPS": gps}))
    uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()
    site = tmp_path / "site"
    (site / "_config.yml").parent.mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\n")
    pasted = draft(site / "_drafts", "pasted.md", f"My garden: ![garden]({uri})")
    result = run("check", str(pasted), "--format", "json")
    assert result.exit_code == 1
    (gps_finding,) = findings(result, "META010")
    assert gps_finding["location"]["path"].endswith("pasted.md#data-image-1")
    broken = draft(site / "_drafts", "broken.md", "![x](data:image/png;base64,@@@@not-base64-at-all@@@@)")
    assert run("check", str(broken), "--format", "json").exit_code in (0, 1)  # never a crash


def test_checks_header_does_not_say_a_drafts_date_was_unusable(tmp_path):
    """Walkthrough 7 item 14: `check` said "2 posts (none with a usable date)" beside a TIME007
    read from one of those drafts' dates: drafts' dates are left out of the publishing span on
    purpose, and the header now says so."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "x"\n')
    (site / "content" / "posts" / "a.md").write_text(
        "---\ntitle: a\ndate: 2026-11-29T21:15:00+05:30\ndraft: true\n---\nA short note about nothing.\n")
    (site / "content" / "posts" / "b.md").write_text("---\ntitle: b\ndraft: true\n---\nAnother note.\n")
    cwd = os.getcwd()
    os.chdir(site)
    try:
        result = CliRunner().invoke(app, ["check", "content/posts/a.md", "content/posts/b.md"],
                                    env={"NO_COLOR": "1", "COLUMNS": "200"})
    finally:
        os.chdir(cwd)
    assert "TIME007" in result.stdout
    assert "none with a usable date" not in result.stdout
    assert "2 posts checked (a draft's date is not a publishing time)" in result.stdout

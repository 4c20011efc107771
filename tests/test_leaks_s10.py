"""Red team 10, "the report is not the leak" (2026-11-29, tenth session): a committed
baseline gave up postcode, phone and town to a list of guesses (F2), `--output` inside
the scanned site wrote the unredacted report where the site publishes it (F3), `check`'s
SARIF URI held the folders above the repository (F5), `watch remove` took the term only
on the command line (F6), and under umask 000 the watchlist's parent folder was 0777 (F7)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog
from nymaudit.cli import app

KEY = "3f0c7a1e9b5d42c8a6e1f7b3d9c0a2e4"
POSTCODE = "TR18 2AB"
PHONE = "07700900461"
BODY = (f"Our new flat is at {POSTCODE}, in Penzance. Ring me on 07700 900461 if the van is late.\n")


def run(*args: str, env: dict[str, str | None] | None = None, input: str | None = None):  # type: ignore[no-untyped-def]
    base: dict[str, str | None] = {"NO_COLOR": "1", "NYMAUDIT_BASELINE_KEY": None}
    return CliRunner().invoke(app, list(args), env={**base, **(env or {})}, input=input,
                              catch_exceptions=False)


def _site(tmp_path: Path) -> Path:
    return build_jekyll_blog(tmp_path / "blog", [
        {"name": "2025-01-10-moving.md", "front": {"title": "Moving day"}, "body": BODY}])


def _guess(doc: dict, rule: str, value: str) -> str:
    """What an attacker holding the file computes for a guess (red team's crack_baseline.py)."""
    return hashlib.sha256(f"{doc['salt']}\x1f{rule}\x1f{value.casefold()}".encode()).hexdigest()


def _all_hashes(doc: dict) -> set[str]:
    return set(doc.get("hashes") or [e["hash"] for e in doc.get("entries", [])])


# ---------------------------------------------------------------- F2: baselines


def test_a_new_baseline_names_no_rule_and_says_it_can_be_guessed(tmp_path: Path) -> None:
    site = _site(tmp_path)
    out = tmp_path / "baseline.json"
    made = run("baseline", "create", str(site / "_posts"), "-o", str(out))
    assert made.exit_code == 0, made.output
    text = out.read_text()
    doc = json.loads(text)
    # The rule id said which word list to try (and SELF014 alone says "pregnancy").
    assert not re.search(r"\b[A-Z]{4,5}\d{3}\b", text) and "entries" not in doc
    assert doc["schema"] == "nymaudit.baseline/2" and doc["hashes"] == sorted(doc["hashes"])
    # Unkeyed, a guess is still confirmed: the docs and stderr say so rather than "names no place".
    assert _guess(doc, "PLACE004", POSTCODE) in _all_hashes(doc)
    assert "not keyed" in " ".join(made.stderr.split())
    shown = run("baseline", "show", str(out))
    assert "not keyed" in shown.stdout and "PLACE004" not in shown.stdout
    assert run("check", str(site / "_posts" / "2025-01-10-moving.md"), "--baseline", str(out),
               "-q").exit_code == 0


def test_a_keyed_baseline_cannot_be_checked_against_guesses(tmp_path: Path) -> None:
    site = _site(tmp_path)
    post = site / "_posts" / "2025-01-10-moving.md"
    out = tmp_path / "keyed.json"
    assert run("baseline", "create", str(site / "_posts"), "-o", str(out),
               env={"NYMAUDIT_BASELINE_KEY": KEY}).exit_code == 0
    doc = json.loads(out.read_text())
    hashes = _all_hashes(doc)
    assert len(hashes) >= 2
    for rule, value in (("PLACE004", POSTCODE), ("SELF002", PHONE)):
        assert _guess(doc, rule, value) not in hashes, rule  # the attack of red team 10 finds nothing
    keyed = hmac.new(KEY.encode(), f"{doc['salt']}\x1fPLACE004\x1f{POSTCODE.casefold()}".encode(),
                     hashlib.sha256).hexdigest()
    assert keyed in hashes  # with the key, the same entry
    # With its key the gate accepts what was accepted; it fails closed without it or with another.
    assert run("check", str(post), "--baseline", str(out), "-q",
               env={"NYMAUDIT_BASELINE_KEY": f" {KEY}\n"}).exit_code == 0
    missing = run("check", str(post), "--baseline", str(out))
    assert missing.exit_code == 2 and "is keyed: set NYMAUDIT_BASELINE_KEY" in missing.stderr
    wrong = run("check", str(post), "--baseline", str(out), env={"NYMAUDIT_BASELINE_KEY": KEY[::-1]})
    assert wrong.exit_code == 2 and "is not the key" in wrong.stderr
    assert "Traceback" not in missing.output + wrong.output
    assert "keyed (HMAC-SHA256)" in run("baseline", "show", str(out)).stdout


def test_a_short_key_is_refused_and_an_unused_key_is_said(tmp_path: Path) -> None:
    site = _site(tmp_path)
    short = run("baseline", "create", str(site / "_posts"), "-o", str(tmp_path / "b.json"),
                env={"NYMAUDIT_BASELINE_KEY": "hunter2"})
    assert short.exit_code == 2 and "shorter than 16" in short.stderr
    assert not (tmp_path / "b.json").exists()
    assert run("baseline", "create", str(site / "_posts"), "-o", str(tmp_path / "plain.json")).exit_code == 0
    result = run("check", str(site / "_posts" / "2025-01-10-moving.md"), "--baseline",
                 str(tmp_path / "plain.json"), env={"NYMAUDIT_BASELINE_KEY": KEY})
    assert result.exit_code == 0 and "was made without it" in " ".join(result.stderr.split())


def test_an_older_baseline_is_still_read_and_show_says_to_remake_it(tmp_path: Path) -> None:
    site = _site(tmp_path)
    salt = "00" * 16
    old = {"schema": "nymaudit.baseline/1", "generated_at": "2026-11-01T00:00:00Z", "salt": salt,
           "entries": [{"rule": rule, "hash": _guess({"salt": salt}, rule, value)}
                       for rule, value in (("PLACE004", POSTCODE), ("SELF002", PHONE))]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    result = run("check", str(site / "_posts" / "2025-01-10-moving.md"), "--baseline", str(path),
                 "--format", "json", "-q")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert "PLACE004" not in rules and "SELF002" not in rules
    assert "older format" in run("baseline", "show", str(path)).stdout


def test_a_malformed_new_baseline_is_refused_by_show_and_check_alike(tmp_path: Path) -> None:
    site = _site(tmp_path)
    cases = [{"digest": "md5", "hashes": []}, {"digest": "sha256", "hashes": [None]},
             {"digest": "hmac-sha256", "hashes": []}]  # keyed without its key_check
    for number, case in enumerate(cases):
        path = tmp_path / f"bad{number}.json"
        path.write_text(json.dumps({"schema": "nymaudit.baseline/2", "salt": "00", **case}))
        for args in (("baseline", "show", str(path)),
                     ("check", str(site / "_posts" / "2025-01-10-moving.md"), "--baseline", str(path))):
            result = run(*args, env={"NYMAUDIT_BASELINE_KEY": KEY})
            assert result.exit_code == 2 and "malformed baseline" in result.stderr, (case, args)


# ---------------------------------------------------------------- F3: --output inside an input


def test_output_inside_the_scanned_site_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _site(tmp_path)
    monkeypatch.chdir(site)
    result = run("scan", ".", "--format", "html", "--output", "report.html")
    assert result.exit_code == 2 and not (site / "report.html").exists()
    said = " ".join(result.stderr.split())
    assert "inside ., which this run reads" in said and "--output ../report.html" in said
    assert run("scan", ".", "--format", "html", "--output", "../report.html", "-q").exit_code == 0
    assert "Penzance" in (tmp_path / "report.html").read_text()
    # --known, --history, meta and compare the same; an input itself is never written over.
    other = build_jekyll_blog(tmp_path / "other", [{"name": "2025-01-01-a.md", "body": "Hello.\n"}])
    refused = [
        ("scan", str(other), "--known", f"me={site}", "-o", str(site / "_site" / "r.json")),
        ("meta", str(site), "-o", str(site / "r.txt")),
        ("compare", str(other), "--known", f"me={site}", "-o", str(site / "sub" / "r.txt")),
        ("check", "_posts/2025-01-10-moving.md", "--history", str(site), "-o", "x.sarif"),
        ("check", "_posts/2025-01-10-moving.md", "-o", "_posts/2025-01-10-moving.md"),
        ("baseline", "create", "_posts/2025-01-10-moving.md", "-o", "_posts/2025-01-10-moving.md"),
    ]
    for args in refused:
        result = run(*args)
        assert result.exit_code == 2 and "--output" in result.stderr, args
    assert "Penzance" in (site / "_posts" / "2025-01-10-moving.md").read_text()
    # The CI recipe: the SARIF and the baseline beside the checked files, not inside one.
    assert run("check", "_posts/2025-01-10-moving.md", "-o", "nymaudit.sarif", "-f", "sarif").exit_code == 1
    assert run("baseline", "create", "_posts/", "-o", ".nymaudit-baseline.json").exit_code == 0


# ---------------------------------------------------------------- F5: check's SARIF URI


def test_check_sarif_from_above_the_site_keeps_the_home_folder_out(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    site = build_jekyll_blog(home / "morwenna.trevithick" / "blog", [
        {"name": "2025-01-10-moving.md", "front": {"title": "Moving day"}, "body": BODY}])
    post = site / "_posts" / "2025-01-10-moving.md"

    def uris() -> set[str]:
        result = run("check", str(post), "--redact", "--format", "sarif")
        run_ = json.loads(result.stdout)["runs"][0]
        return {loc["physicalLocation"]["artifactLocation"]["uri"]
                for res in run_["results"] for loc in res["locations"]}

    monkeypatch.chdir(home)
    above = uris()
    assert above and not any("morwenna" in uri for uri in above), above
    assert above == {"2025-01-10-moving.md"}  # as JSON shows it
    monkeypatch.chdir(site)  # the repository: the path code scanning places the alert on
    assert uris() == {"_posts/2025-01-10-moving.md"}
    (home / "morwenna.trevithick" / ".git").mkdir()  # a work tree above the site: its paths
    monkeypatch.chdir(home / "morwenna.trevithick")
    assert uris() == {"blog/_posts/2025-01-10-moving.md"}
    monkeypatch.chdir(home)
    assert not any("morwenna" in uri for uri in uris())


# ---------------------------------------------------------------- F6, F7: the watchlist


def test_watch_remove_reads_the_term_from_stdin_not_the_command_line(tmp_path: Path) -> None:
    wl = tmp_path / "wl.toml"
    assert run("watch", "add", "--watchlist", str(wl), input="Penzance\nTrevithick\n").exit_code == 0
    result = run("watch", "remove", "--watchlist", str(wl), input="penzance\n")
    assert result.exit_code == 0 and "1 of 1 term(s) removed; 1 left" in result.stderr
    assert run("watch", "remove", "--watchlist", str(wl), input="Redruth\n").exit_code == 1
    empty = run("watch", "remove", "--watchlist", str(wl), input="")
    assert empty.exit_code == 2 and "no term given" in empty.stderr


def test_the_watchlist_folders_are_made_private_under_umask_000(tmp_path: Path) -> None:
    config = tmp_path / "xdg" / "config"
    old = os.umask(0)
    try:
        result = run("watch", "add", env={"XDG_CONFIG_HOME": str(config), "NYMAUDIT_WATCHLIST": None},
                     input="Trevithick\n")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for folder in (tmp_path / "xdg", config, config / "nymaudit"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((config / "nymaudit" / "watchlist.toml").stat().st_mode) == 0o600

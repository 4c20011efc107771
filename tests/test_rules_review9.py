"""Rules review 9 (2026-11-29, ninth session): SELF011 names only the writer's own
employer (not news about someone's role at an organisation, item 2); LINK004 leaves home
networks, tutorials and program names written without a scheme alone (item 3); `check`
says a site's time zone changed instead of advising a new baseline that would accept it
(item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog
from nymaudit.cli import app

CONFIG = "title: Back Office Notes\nurl: https://notes.example\ntimezone: Europe/London\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def findings(result, rule: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] == rule]


def blog(dest: Path, *bodies: str) -> Path:
    posts = [{"name": f"2024-03-{10 + i:02d}-post-{i}.md",
              "front": {"title": f"Post {i}", "date": f"2024-03-{10 + i:02d} 21:10:00 +0000"},
              "body": body + "\n"} for i, body in enumerate(bodies)]
    return build_jekyll_blog(dest, posts, config=CONFIG)


# ---------------------------------------------------------------- item 2: SELF011


NEWS = (
    "As Finance Director at Tesco, Alan Stewart oversaw the recovery. Dave Lewis, who served as "
    "Chief Executive at Tesco until 2020, disagreed. Jane Smith, as HR Manager at Sainsbury's, "
    "signed the letter.",
    "According to the BBC, the Finance Director at Tesco resigned on Friday. The HR Manager at "
    "Sainsbury's said nothing. The Head of Policy at Ofcom gave evidence to MPs.",
)


def test_news_about_someones_role_names_no_employer(tmp_path: Path) -> None:
    result = run("scan", "--format", "json", str(blog(tmp_path / "news", *NEWS)))
    assert findings(result, "SELF011") == []
    rows = json.loads(result.stdout)["profile"]["clues"].get("employer", [])
    assert not {"Tesco", "Sainsbury's", "Ofcom"} & {row["value"] for row in rows}


@pytest.mark.parametrize(("body", "employer"), [
    ("As Store Manager at Tesco I see it all.", "Tesco"),
    ("As HR Manager at Acme Foods, I signed the letter.", "Acme Foods"),
    ("I'm the Finance Director at Acme Foods and it shows.", "Acme Foods"),
    ("Our Head of Digital at Leeds City Council left on Friday.", "Leeds City Council"),
    ("My boss at Deloitte wants a word.", "Deloitte"),
])
def test_the_writers_own_role_still_names_the_employer(tmp_path: Path, body: str, employer: str) -> None:
    result = run("scan", "--format", "json", str(blog(tmp_path / "own", body)))
    named = [f for f in findings(result, "SELF011") if f["clue"]["value"] == employer]
    assert len(named) == 1 and named[0]["severity"] == "high"


# ---------------------------------------------------------------- item 3: LINK004


HOMELAB = (
    "My NAS is nas.home.lan and the printer is printer.home.lan. Pi-hole answers for pi.hole.lan "
    "on my home network.",
    "On old BSD boxes sendmail hands each message to mail.local for delivery. Add 127.0.0.1 "
    "wiki.local to /etc/hosts to try the demo.",
    "Set up your own GitLab at gitlab.local for testing, then open dashboard.local:3000. Use git.lan "
    "as your remote; reach the db at db.internal or build.internal.",
    "The Kubernetes API is at kubernetes.default.svc.cluster.local; see wiki.example.corp in the "
    "tutorial.",
)


def test_home_networks_and_tutorial_names_are_no_internal_host(tmp_path: Path) -> None:
    result = run("scan", "--format", "json", str(blog(tmp_path / "lab", *HOMELAB)))
    # The site's own address (https://notes.example in _config.yml) is a name reserved for
    # documentation (RFC 2606), no internal host either (lnk15).
    assert findings(result, "LINK004") == []


def test_an_organisations_host_without_a_scheme_is_still_found(tmp_path: Path) -> None:
    site = blog(tmp_path / "work", "Today we moved everything to intranet.bristol.local and nobody can "
                "find anything.", "The scans are on fs01.acme.corp again.")
    values = {f["clue"]["value"] for f in findings(run("scan", "--format", "json", str(site)), "LINK004")}
    assert {"intranet.bristol.local", "fs01.acme.corp"} <= values


# ---------------------------------------------------------------- item 7: check's hint


def test_a_new_zone_against_a_site_baseline_says_the_zone_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = blog(tmp_path / "site", *["The queue at the copier was long again today."] * 5)
    monkeypatch.chdir(site)
    assert run("baseline", "create", ".", "-o", "../bl.json").exit_code == 0
    Path("_config.yml").write_text(CONFIG.replace("Europe/London", "America/Chicago"))
    result = run("check", "--baseline", "../bl.json", "--format", "json", "_config.yml")
    assert result.exit_code == 1
    assert "time zone changed" in result.stderr
    # No recipe that would accept the new zone, and the zone stays out of the CI log.
    assert "baseline create" not in result.stderr and "Chicago" not in result.stderr


def test_a_posts_only_baseline_still_gets_the_recipe(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    site = blog(tmp_path / "site", *["The queue at the copier was long again today."] * 5)
    monkeypatch.chdir(site)
    assert run("baseline", "create", "_posts/", "-o", "../posts.json").exit_code == 0
    result = run("check", "--baseline", "../posts.json", "--format", "json", "_config.yml")
    assert result.exit_code == 1
    assert "_posts/ _config.yml" in result.stderr and "time zone changed" not in result.stderr

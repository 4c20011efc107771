"""Walkthrough 9 (2026-11-29, ninth session): a baseline of a whole site accepts the zone
its configuration sets (item 5); an internal host name without a scheme and an employer
named after a job title are found (item 6); the dossier names a clue once; count messages
agree with their count; a blog post's file name is not repeated as its record."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_hugo_site, build_jekyll_blog, build_twitter_archive, make_tweet
from nymaudit.cli import app

CONFIG = "title: Back Office Notes\nurl: https://backofficenotes.example\ntimezone: Europe/London\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)


def findings(result, rule: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    found = json.loads(result.stdout)["findings"]
    return [f for f in found if rule is None or f["rule"] == rule]


def jekyll_site(dest: Path) -> Path:
    """Persona b's blog as Jekyll lays it out: dates with their offsets (+0100 in summer,
    +0000 in winter), `timezone:` in _config.yml, a draft, pages, _site/ and a Gemfile."""
    posts = []
    for i in range(12):
        month = 1 + i
        offset = "+0100" if 4 <= month <= 10 else "+0000"
        posts.append({"name": f"2025-{month:02d}-{10 + i:02d}-note-{i}.md",
                      "front": {"layout": "post", "title": f"Note {i}",
                                "date": f"2025-{month:02d}-{10 + i:02d} 21:10:00 {offset}"},
                      "body": "A short note on why committee minutes matter more than press releases.\n"})
    posts.append({"name": "half-finished-thoughts.md", "draft_folder": True,
                  "front": {"title": "Half-finished"}, "body": "Nothing yet.\n"})
    return build_jekyll_blog(dest, posts, config=CONFIG)


# ---------------------------------------------------------------- item 5: baseline and the zone


@pytest.mark.parametrize("what", [["."], ["_posts/", "_config.yml"]])
def test_a_baseline_of_the_site_accepts_the_zone_its_configuration_sets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: list[str]) -> None:
    """`scan .` reports the zone through the posts' offsets ("UTC+01:00 / UTC+00:00"),
    `check _config.yml` by name ("Europe/London"): a baseline of the whole site held only
    the first, so a pull request changing the site's title failed on a zone published for
    years. docs/check.md's recipe now names _config.yml as well."""
    site = jekyll_site(tmp_path / "blog")
    monkeypatch.chdir(site)
    assert run("baseline", "create", *what, "-o", "../baseline.json").exit_code == 0
    config = Path("_config.yml")
    config.write_text(CONFIG.replace("Back Office Notes", "Front Office Notes"))
    passed = run("check", "--baseline", "../baseline.json", "--format", "json", "-q", "_config.yml")
    assert passed.exit_code == 0, passed.stdout
    # A new zone is a new fact.
    config.write_text(CONFIG.replace("Europe/London", "Europe/Paris"))
    failed = run("check", "--baseline", "../baseline.json", "--format", "json", "-q", "_config.yml")
    assert failed.exit_code == 1
    (zone,) = findings(failed, "TIME007")
    assert zone["clue"]["value"] == "Europe/Paris" and zone["severity"] == "high"


def test_a_baseline_of_the_posts_alone_says_what_it_lacks(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The recipe docs/check.md gave until 29 November 2026: the gate still fails on the
    zone (the baseline does not hold the configuration), and stderr says how to make one
    that does, without naming the zone."""
    site = jekyll_site(tmp_path / "blog")
    monkeypatch.chdir(site)
    assert run("baseline", "create", "_posts/", "-o", "../posts.json").exit_code == 0
    result = CliRunner().invoke(app, ["check", "--baseline", "../posts.json", "--format", "json",
                                      "_config.yml"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code == 1
    assert "does not accept the time zone _config.yml sets" in result.stderr
    assert "_posts/ _config.yml" in result.stderr and "Europe/London" not in result.stderr


def test_history_of_the_published_site_lowers_the_zone_but_not_its_own_configuration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A published copy of the site whose posts store offsets (not naive dates) vouches for
    the zone; the checkout whose _config.yml is the file checked does not (the change may
    be what sets the zone)."""
    published = jekyll_site(tmp_path / "published")
    site = tmp_path / "pr"
    shutil.copytree(published, site)
    monkeypatch.chdir(site)
    lowered = run("check", "--history", str(published), "--format", "json", "-q", "_config.yml")
    (zone,) = findings(lowered, "TIME007")
    assert zone["severity"] == "medium" and "already shows" in zone["message"]
    own = run("check", "--history", ".", "--format", "json", "-q", "_config.yml")
    (zone,) = findings(own, "TIME007")
    assert zone["severity"] == "high" and own.exit_code == 1


def test_a_hugo_site_baseline_accepts_its_time_zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [{"path": f"posts/p{i}.md",
              "front": {"title": f"P{i}", "date": f"2025-0{1 + i}-03T22:10:00+05:30"}, "body": "Quiet day.\n"}
             for i in range(3)]
    config = 'baseURL = "https://notes.example/"\ntitle = "Notes"\ntimeZone = "Asia/Kolkata"\n'
    site = build_hugo_site(tmp_path / "site", pages, config=config)
    monkeypatch.chdir(site)
    assert run("baseline", "create", ".", "-o", "../b.json").exit_code == 0
    Path("hugo.toml").write_text(config.replace('"Notes"', '"Other notes"'))
    assert run("check", "--baseline", "../b.json", "-q", "hugo.toml").exit_code == 0


# ---------------------------------------------------------------- item 6: host names, employers


def _draft(folder: Path, body: str, name: str = "draft.md") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: Draft\n---\n{body}\n")
    return path


def test_an_internal_host_name_without_a_scheme_is_found(tmp_path: Path) -> None:
    bare = _draft(tmp_path, "Today we moved everything to intranet.bristol.local and nobody can find "
                            "anything.", "v1.md")
    result = run("check", "--format", "json", "-q", str(bare))
    assert result.exit_code == 1
    (leak,) = findings(result, "LINK004")
    assert leak["severity"] == "high" and leak["clue"]["value"] == "intranet.bristol.local"
    # Keyed as the link is: a baseline that accepted the https:// form accepts this one.
    link = _draft(tmp_path / "old", "See https://intranet.bristol.local/docs for it.", "v2.md")
    assert run("baseline", "create", str(link), "-o", str(tmp_path / "b.json")).exit_code == 0
    assert run("check", "--baseline", str(tmp_path / "b.json"), "-q", str(bare)).exit_code == 0


@pytest.mark.parametrize("body", [
    "Copy the settings into notes.local first, then restart.",
    "Edit config.local.js and hosts.local before you deploy.",
    "Write to bob@acme.local about it.",
    "I ssh into raspberrypi.local from the sofa.",
    "The fix was to use threading.local, py.path.local and hypothesis.internal.",
    "The class lives in com.acme.internal now.",
    "See backofficenotes.example for the test site.",
])
def test_what_is_no_internal_host_name(tmp_path: Path, body: str) -> None:
    result = run("check", "--format", "json", "-q", str(_draft(tmp_path, body)))
    assert findings(result, "LINK004") == []


@pytest.mark.parametrize(("body", "employer", "severity"), [
    ("As Store Manager at Tesco I see it all.", "Tesco", "high"),
    ("Our Head of Digital at Leeds City Council left on Friday.", "Leeds City Council", "high"),
    ("My boss at Deloitte wants a word.", "Deloitte", "high"),
])
def test_an_employer_after_a_job_title_is_named(tmp_path: Path, body: str, employer: str,
                                                severity: str) -> None:
    result = run("check", "--format", "json", "-q", str(_draft(tmp_path, body)))
    assert result.exit_code == 1
    named = [f for f in findings(result, "SELF011") if f["clue"]["value"] == employer]
    assert len(named) == 1 and named[0]["severity"] == severity
    rows = json.loads(result.stdout)["profile"]["clues"]["employer"]
    assert employer in [row["value"] for row in rows]


@pytest.mark.parametrize("body", [
    "A manager at a supermarket was rude to me.",
    "The head of the queue at Tesco was rude.",
    "The CEO at Tesco said profits are up.",
    "The Head of Finance at Christmas is a busy man.",
    # Someone else's role at an organisation is reporting, not an employer (rules review 9).
    "Today the Head of Finance at Bristol City Council announced it.",
    "Rumour is the HR Manager at Acme Foods is leaving.",
])
def test_what_names_no_employer(tmp_path: Path, body: str) -> None:
    result = run("check", "--format", "json", "-q", str(_draft(tmp_path, body)))
    assert findings(result, "SELF011") == []


# ---------------------------------------------------------------- papercuts


def test_a_clue_in_the_shared_habits_is_not_listed_twice(tmp_path: Path) -> None:
    """Persona c: STYLE012 ("semicolons") and MATCH002 (shared habits, semicolons among
    them) gave the dossier "semicolons, 'luminous', semicolons"."""
    rng = random.Random(21)
    pseud = ["I have always thought that the novel is a form of gossip, elevated.",
             "Whenever I read a review that uses the word 'luminous' I close the tab, frankly.",
             "The trains out of Utrecht were late again; I wrote three pages on the platform.",
             "My editor says I overuse semicolons; she is, of course, right.",
             "Honestly, the best writing advice is to read aloud what you wrote.",
             "There is a café near the Oudegracht where I do most of my drafting.",
             "Frankly, the prize longlists are a popularity contest with footnotes."]
    pages = [{"path": f"posts/entry-{i}.md",
              "front": {"title": f"Entry {i}", "draft": False,
                        "date": f"2025-{1 + i % 12:02d}-{3 + i:02d}T22:{10 + i}:00+01:00"},
              "body": " ".join(rng.choice(pseud) for _ in range(8)) + "\n"} for i in range(18)]
    pen = build_hugo_site(tmp_path / "pen-site", pages)
    known = ["I have always thought that fiction is a kind of gossip, elevated by form.",
             "Frankly, the literary prize system rewards familiarity; honestly, I am tired of it.",
             "My publisher wants a second novel by spring; I have, of course, written nothing.",
             "Teaching the Thursday workshop at the university library again this term.",
             "Whenever a blurb says 'luminous' I put the book back on the shelf."]
    posts = [{"name": f"2024-{1 + i % 12:02d}-{2 + i:02d}-real-{i}.md",
              "front": {"title": f"Real {i}", "date": f"2024-{1 + i % 12:02d}-{2 + i:02d} 09:00:00 +0100"},
              "body": " ".join(rng.choice(known) for _ in range(12)) + "\n"} for i in range(15)]
    real = build_jekyll_blog(tmp_path / "real-blog", posts, config="title: Real\n")
    result = run("scan", str(pen), "--known", f"me={real}", "--format", "json", "-q")
    doc = json.loads(result.stdout)
    rules = {f["rule"] for f in doc["findings"]}
    assert {"STYLE012", "MATCH002"} <= rules
    rows = doc["profile"]["clues"]["identity"]
    values = [item.strip(" '") for row in rows for item in row["value"].split(", ")]
    assert values.count("semicolons") == 1, values
    shared = next(row for row in rows if "MATCH002" in row["rules"])
    assert "STYLE012" in shared["rules"]
    terminal = run("scan", str(pen), "--known", f"me={real}", "-q").stdout
    dossier = terminal[terminal.index("What an investigator"):terminal.index("\nHIGH (")]
    # (Tenth session) STYLE015's phrase is now the whole repeated sentence, "my editor says i
    # overuse semicolons": the word in it is not the habit listed again.
    # (Eleventh session, rep11) Read across the table's wrapped lines: a clue's confidence mark
    # ("[medium]") wraps the phrase between "overuse" and "semicolons".
    dossier = " ".join(dossier.replace("│", " ").split())
    assert dossier.replace("overuse semicolons", "").count("semicolons") == 1


def test_one_geotagged_post_carries_the_coordinates(tmp_path: Path) -> None:
    """META001 said "1 post carry the platform's exact coordinates"."""
    from datetime import UTC, datetime

    tweets = [make_tweet(str(100 + i), datetime(2025, 3, 1 + i, 20, tzinfo=UTC), f"Evening walk number {i}.",
                         coordinates=(53.2601, -9.0781) if i == 1 else None) for i in range(3)]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    result = run("scan", str(archive), "--format", "json", "-q")
    (tag,) = findings(result, "META001")
    assert tag["message"].startswith("1 post carries the platform's exact coordinates (records ")


def test_a_blog_post_is_named_once_in_a_findings_list(tmp_path: Path) -> None:
    """SELF011 listed "2026-12-03-restructure.md#2026-12-03-restructure.md" (Hugo:
    "entry-0.md#content/posts/entry-0.md"): the record is the file's own path."""
    body = ("Team meeting ran over again.\n\nAnnual leave got cancelled.\n\n"
            "The restructure is next week.\n")
    post = _draft(tmp_path / "_drafts", body, "2026-12-03-restructure.md")
    result = run("check", "--format", "json", "-q", str(post))
    (routine,) = [f for f in findings(result, "SELF011") if "routine" in f["clue"]["value"]]
    assert "(first: 2026-12-03-restructure.md:4, 2026-12-03-restructure.md:6" in routine["message"]
    assert "#" not in routine["message"]
    site = build_hugo_site(tmp_path / "hugo", [{"path": f"posts/entry-{i}.md", "front": {"title": "E"},
                                                "body": "Team meeting ran over again.\n"} for i in range(2)])
    scanned = run("scan", str(site), "--format", "json", "-q")
    (routine,) = [f for f in findings(scanned, "SELF011") if "routine" in f["clue"]["value"]]
    assert "(first: entry-0.md:4, entry-1.md:4)" in routine["message"] and "#" not in routine["message"]

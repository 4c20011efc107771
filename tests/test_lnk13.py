"""Links and the account's own accounts (thirteenth session, helper lnk13).

1. walk13 item 15: a site's own address (Jekyll ``url``, Hugo ``baseURL``) was LINK007, "never link
   your other accounts", which cannot be followed. It is no other account; on NAME.github.io it names
   the GitHub account that publishes the site (LINK009), with advice about that account.
2. walk13 item 16: ``github_username``/``twitter_username`` and Hugo ``params.social`` were LINK007
   low, though themes link them as the author's own accounts on every page: high, with advice naming
   the key to delete.
3. red13 item 9: links in the account's own profile (X profile.js, Mastodon actor.json fields) were
   "low, a lead to check": the profile is the account's own page, so high; a website that is no
   platform's profile is said (LINK010); an X website kept only as t.co says it was not checked.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import (
    _ytd,
    build_hugo_site,
    build_jekyll_blog,
    build_mastodon_archive,
    build_twitter_archive,
    make_tweet,
)
from nymaudit.cli import app
from nymaudit.text import links as L


def _run(*args: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _links(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"].startswith("LINK")]


def _post(body: str) -> dict[str, Any]:
    front = {"title": "One", "date": "2025-05-01T08:00:00+01:00"}
    return {"path": "posts/one.md", "front": front, "body": body}


# -- 1. the site's own address -----------------------------------------------------------------


def test_a_hugo_site_on_github_pages_names_its_github_account_not_another_account(tmp_path: Path) -> None:
    site = build_hugo_site(tmp_path / "hugo", [_post("Rain on the ward windows again.")],
                           config='baseURL = "https://quietpen.github.io/"\ntitle = "Quiet Pen"\n')
    found = _links(_run("scan", str(site)))
    assert [f["rule"] for f in found] == ["LINK009"]
    (pages,) = found
    assert (pages["severity"], pages["confidence"]) == ("medium", "high")
    assert pages["clue"] == {"kind": "account", "value": "GitHub quietpen"}
    assert pages["location"]["record"] == "baseURL" and pages["location"]["line"] == 1
    assert "https://github.com/quietpen" in pages["message"] and "publishes the site" in pages["message"]
    assert "Never link your other accounts" not in pages["advice"]
    assert "git log" in pages["advice"] and "custom domain" in pages["advice"]


def test_a_site_address_on_netlify_or_its_own_domain_is_no_account(tmp_path: Path) -> None:
    for host in ("https://quiet-pen.netlify.app", "https://quietpen.vercel.app/", "https://lanternfish.blog"):
        site = build_jekyll_blog(tmp_path / host.split("//")[1].strip("/"), [],
                                 config=f"title: Lanternfish\nurl: {host}\n")
        assert _links(_run("check", str(site / "_config.yml"))) == [], host


def test_a_jekyll_site_on_gitlab_pages_is_checked_as_a_file_too(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "j", [], config="title: L\nurl: https://quietpen.gitlab.io/blog\n")
    (pages,) = _links(_run("check", str(site / "_config.yml")))
    assert pages["rule"] == "LINK009" and pages["clue"]["value"] == "GitLab quietpen"
    assert pages["location"]["record"] == "url"


def test_the_same_address_in_a_post_is_still_a_link_to_check() -> None:
    """Guard: a post linking someone's GitHub Pages site is still LINK007, not LINK009."""
    hits = [h.rule_id for _, hits in L.scan("read https://quietpen.github.io/posts/one") for h in hits]
    assert hits == ["LINK007"]


# -- 2. a site configuration's own accounts ----------------------------------------------------


WALK13_C3 = ("title: Lanternfish\nauthor:\n  name: Daniel Robson\n  email: daniel.robson@sage.com\n"
             "twitter_username: drobson_dev\ngithub_username: drobson-dev\nurl: \"https://lanternfish.blog\"\n"
             "blogroll:\n  - https://github.com/someone-else\n")


def test_a_jekyll_configurations_usernames_are_the_authors_own_accounts(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "j", [], config=WALK13_C3)
    found = {f["clue"]["value"]: f for f in _links(_run("check", str(site / "_config.yml")))}
    for value, key, line in (("GitHub drobson-dev", "github_username", 6),
                             ("X drobson_dev", "twitter_username", 5)):
        own = found[value]
        assert (own["rule"], own["severity"], own["confidence"]) == ("LINK007", "high", "high")
        assert own["location"]["record"] == key and own["location"]["line"] == line
        assert "the author's own account" in own["message"]
        assert f"Delete `{key}` from the site's configuration" in own["advice"]
    # A blogroll is other people's sites: a lead, as in a post (a guard).
    other = found["GitHub someone-else"]
    assert (other["severity"], other["confidence"]) == ("low", "low")


def test_hugo_params_social_is_the_authors_own_account_and_a_post_link_is_raised_too(tmp_path: Path) -> None:
    config = 'baseURL = "https://notes.example/"\n[params.social]\ngithub = "mlefebvre1987"\n'
    posts = [_post("New repo: https://github.com/mlefebvre1987")]
    site = build_hugo_site(tmp_path / "hugo", posts, config=config)
    (own,) = [f for f in _links(_run("scan", str(site))) if f["rule"] == "LINK007"]
    assert (own["severity"], own["confidence"]) == ("high", "high")
    assert "in 2 links" in own["message"] and "the author's own account" in own["message"]
    assert "params.social.github" in own["advice"]


# -- 3. the account's own profile --------------------------------------------------------------


def _x_archive(tmp_path: Path, name: str, bio: str, website: str) -> Path:
    start = datetime(2025, 3, 3, 8, 10, tzinfo=UTC)
    tweets = [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i, hours=i % 7),
                         "Gulls again, see https://github.com/seabird-counts" if i == 0 else "Rain again.")
              for i in range(20)]
    profile = {"profile": {"description": {"bio": bio, "website": website, "location": ""}}}
    return build_twitter_archive(tmp_path / name, tweets, zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


def test_links_in_an_x_profile_are_the_accounts_own(tmp_path: Path) -> None:
    bio = "Nurse. Views mine. linkedin.com/in/ailsa-mckenzie-9b1234 Writing at https://ailsamckenzie.substack.com"
    doc = _run("scan", str(_x_archive(tmp_path, "x", bio, "https://github.com/amckenzie")))
    found = {f["clue"]["value"]: f for f in _links(doc) if f["clue"]}
    for value, record in (("GitHub amckenzie", "website"), ("LinkedIn ailsa-mckenzie-9b1234", "bio"),
                          ("Substack ailsamckenzie", "bio")):
        own = found[value]
        assert (own["rule"], own["severity"], own["confidence"]) == ("LINK007", "high", "high"), value
        assert own["location"]["record"] == record
        assert "linked from the account's own profile" in own["message"]
        assert own["advice"].startswith("Remove the link from the profile")
    # A tweet's link to a profile stays a lead to check (a guard).
    tweet = found["GitHub seabird-counts"]
    assert (tweet["severity"], tweet["confidence"]) == ("low", "low")


def test_an_x_profiles_website_on_a_domain_of_its_own_is_said(tmp_path: Path) -> None:
    doc = _run("scan", str(_x_archive(tmp_path, "x", "Gulls.", "https://ailsamckenzie.co.uk")))
    (site,) = [f for f in doc["findings"] if f["rule"] == "LINK010"]
    assert (site["severity"], site["confidence"]) == ("low", "medium")
    assert site["clue"] == {"kind": "account", "value": "website ailsamckenzie.co.uk"}
    assert site["location"]["record"] == "website" and "WHOIS" in site["advice"]
    assert "[the account's profile, shown on its page]" in site["message"]


def test_an_x_profiles_t_co_website_says_it_was_not_checked(tmp_path: Path) -> None:
    doc = _run("scan", str(_x_archive(tmp_path, "x", "Gulls.", "https://t.co/AbCdEf123")))
    (short,) = [f for f in _links(doc) if f["location"]["path"].endswith("profile.js")]
    # Since lnk15: the profile links a website the archive does not name (LINK010 low, low confidence).
    assert (short["rule"], short["severity"], short["confidence"]) == ("LINK010", "low", "low")
    assert "does not name" in short["message"] and short["advice"].startswith("See which site it is")


def test_mastodon_profile_fields_website_and_code(tmp_path: Path) -> None:
    root = build_mastodon_archive(tmp_path / "m", [], zip=False)
    actor = json.loads((root / "actor.json").read_text())
    actor["attachment"] = [
        {"type": "PropertyValue", "name": "Website",
         "value": '<a href="https://ailsa.dev/" rel="me">ailsa.dev</a>'},
        {"type": "PropertyValue", "name": "Code",
         "value": '<a href="https://github.com/hprice84">github.com/hprice84</a>'},
        {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
    ]
    (root / "actor.json").write_text(json.dumps(actor))
    found = {f["rule"]: f for f in _links(_run("scan", str(root)))}
    assert set(found) == {"LINK007", "LINK010"}
    assert (found["LINK007"]["severity"], found["LINK007"]["location"]["record"]) == ("high", "field:Code")
    assert found["LINK010"]["clue"]["value"] == "website ailsa.dev"
    assert found["LINK010"]["location"]["record"] == "field:Website"


def test_redaction_hides_the_new_findings_names(tmp_path: Path) -> None:
    site = build_hugo_site(tmp_path / "hugo", [], config='baseURL = "https://quietpen.github.io/"\n')
    x = _x_archive(tmp_path, "x", "Gulls.", "https://ailsamckenzie.co.uk")
    out = CliRunner().invoke(app, ["scan", str(site), str(x), "--format", "json", "--redact"],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    rules = {f["rule"] for f in json.loads(out.stdout)["findings"]}
    assert {"LINK009", "LINK010"} <= rules
    assert "quietpen" not in out.stdout and "ailsamckenzie" not in out.stdout


# -- the record roles as a property ------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), key=st.text(max_size=40),
       role=st.sampled_from(["post", "profile", "site", "site_address"]))
def test_scan_record_never_fails_and_a_site_address_is_never_another_account(text: str, key: str,
                                                                             role: str) -> None:
    body = f"{key}: {text} https://{key.strip('./:') or 'x'}.github.io/ {text}"
    for _url, hits in L.scan_record(body, (), role, key):
        assert hits
        if role == "site_address":
            assert all(h.rule_id != "LINK007" for h in hits)
        if role in ("profile", "site"):
            assert all(h.severity == "high" for h in hits if h.rule_id == "LINK007" and h.other is None)


def test_a_bluesky_description_link_is_the_accounts_own(tmp_path: Path) -> None:
    from archive_builders import build_bluesky_export, make_bsky_post

    posts = [make_bsky_post("Gulls at dawn: https://github.com/seabird-counts", "2025-05-01T06:10:00.000Z")]
    export = build_bluesky_export(tmp_path / "repo.car", posts, profile={
        "displayName": "Gull Counter", "description": "Numbers by day. Code: https://github.com/hprice84"})
    found = {f["clue"]["value"]: f for f in _links(_run("scan", str(export)))}
    own = found["GitHub hprice84"]
    assert (own["severity"], own["confidence"]) == ("high", "high")
    assert "[the account's profile, shown on its page]" in own["message"]
    assert found["GitHub seabird-counts"]["severity"] == "low"  # a post's link: a lead (a guard)

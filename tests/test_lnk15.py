"""Links left open (fifteenth session, helper lnk15).

1. LINK004 called reserved names "internal host names", high: `localhost`, `*.localhost`, `*.test`,
   `*.example`, `*.invalid`, loopback and documentation addresses point at nobody's network (RFC 2606,
   6761, 5737), so a tutorial draft full of http://localhost:8080 failed `check`, and every blog whose own
   address is `https://notes.example` had a high finding. Now no link rule reports them; real intranet
   hosts and private networks stay LINK004.
2. An X profile's website kept only as its t.co link was an info-level "short link": the profile shows
   every visitor a website, so it is said as LINK010 (low, low confidence, no clue) with how to see which
   site it is; a t.co beside the URL the archive expands it to says nothing of its own.
3. The author's website in a site's author data (Jekyll `_data/authors.yml`, `_data/social.yml`, Hugo
   `data/authors/<name>.toml`) was not read as the writer's own website: LINK010 high for the account's
   own entry (LINK007 high for its accounts), medium with low confidence for an entry of several authors
   that cannot be told to be the account's; a blogroll's links stay a post's.
Inputs are real X archive zips (tests/archive_builders.py) and real Jekyll/Hugo trees, scanned through
the CLI.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import _ytd, build_hugo_site, build_jekyll_blog, build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.text import links as L


def _invoke(*args: str) -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return out.exit_code, json.loads(out.stdout)


def _links(doc: dict[str, Any], rule: str | None = None) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"].startswith("LINK") and rule in (None, f["rule"])]


def _rel(finding: dict[str, Any], root: Path) -> str:
    return str(Path(finding["location"]["path"]).resolve().relative_to(root.resolve()))


def _hits(text: str) -> list[tuple[str, str]]:
    return [(h.rule_id, h.value) for _url, hits in L.scan(text) for h in hits]


# -- 1. names reserved to point at nobody's network -----------------------------------------------------

TUTORIAL = """---
title: Running the shop locally
---
Start the dev server and open http://localhost:8080/admin (or http://127.0.0.1:5000/login; it says it
is listening on http://0.0.0.0:8000/). Point the shop at https://shop.test/cart, the payments stub at
http://api.localhost:3000/v1 and the docs' sample API at https://api.example/v1/users, which
https://example.com/docs/setup and https://www.example.org/ describe. A bad host such as
https://nowhere.invalid/ fails at once; the docs' sample server is http://192.0.2.15/dashboard.
"""


@pytest.mark.parametrize("link", [
    "http://localhost:8080/admin", "http://127.0.0.1:5000/login", "http://0.0.0.0:8000/",
    "https://shop.test/cart", "http://api.localhost:3000/v1", "https://api.example/v1/users",
    "https://nowhere.invalid/", "http://192.0.2.15/dashboard", "http://198.51.100.7/", "http://203.0.113.9/",
    "http://localhost.localdomain/", "http://127.8.9.10/",
])
def test_a_reserved_name_or_address_is_no_internal_host(link: str) -> None:
    assert _hits(f"see {link} for it") == []


def test_a_tutorial_draft_full_of_localhost_links_passes_check(tmp_path: Path) -> None:
    draft = tmp_path / "running-locally.md"
    draft.write_text(TUTORIAL, encoding="utf-8")
    code, doc = _invoke("check", str(draft))
    assert _links(doc) == [] and code == 0


@pytest.mark.parametrize(("link", "value"), [
    ("https://intranet.council.gov.uk/hr", "intranet.council.gov.uk"), ("http://wiki/rota", "wiki"),
    ("http://payroll.acme.corp/login", "payroll.acme.corp"),
    ("http://nas.bristol.local/", "nas.bristol.local"),
    ("https://build.acme.internal/x", "build.acme.internal"), ("http://10.20.30.40:8080/", "10.20.30.40"),
    ("http://192.168.1.10/admin", "192.168.1.10"), ("http://172.16.0.5/", "172.16.0.5"),
    ("http://172.31.255.1/", "172.31.255.1"),
])
def test_real_intranet_hosts_and_private_networks_stay_internal(link: str, value: str) -> None:
    assert ("LINK004", value) in _hits(f"the form is at {link} now")


def test_a_real_intranet_link_in_a_draft_still_fails_check(tmp_path: Path) -> None:
    draft = tmp_path / "rota.md"
    draft.write_text("---\ntitle: Rota\n---\nThe new rota is at http://intranet.council.gov.uk/rota and "
                     "the old one at http://localhost:8080/rota.\n", encoding="utf-8")
    code, doc = _invoke("check", str(draft))
    assert [(f["rule"], f["clue"]["value"], f["severity"]) for f in _links(doc, "LINK004")] == [
        ("LINK004", "intranet.council.gov.uk", "high")]
    assert code == 1


def test_a_blog_whose_own_address_is_a_documentation_name_has_no_link_finding(tmp_path: Path) -> None:
    # build_jekyll_blog's _config.yml: url: https://notes.example (a reserved name).
    site = build_jekyll_blog(tmp_path / "j", [{"name": "2025-05-01-one.md",
                                               "front": {"title": "One", "date": "2025-05-01"},
                                               "body": "Rain on the ward windows."}])
    assert _links(_invoke("scan", str(site))[1]) == []


def test_a_share_code_on_a_reserved_host_is_still_the_sharers() -> None:
    # The host names no one, but an fbclid= or a ref= code in the query is the sharer's, whatever the host.
    shared = "https://example.org/walks?fbclid=IwAR2abcdefghijkLmn"
    assert [rule for rule, _value in _hits(shared)] == ["LINK003"]
    assert [rule for rule, _value in _hits("http://localhost:3000/signup?ref=lucid-bear-123")] == ["LINK008"]


def test_a_profile_website_on_a_documentation_name_says_nothing() -> None:
    website = "https://example.com/"
    assert L.scan_record(f"website: {website}", (website,), L.PROFILE, "website") == []
    assert L.scan_record("author.url: https://www.example.org", (), L.SITE, "author.url") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_reserved_host_takes_any_text(host: str) -> None:
    assert L.reserved_host(host.lower()) in (True, False)


# -- 2. an X profile's website kept only as its t.co link ------------------------------------------------

def _x_archive(tmp_path: Path, website: str, links: list[tuple[str, str]] | None = None) -> Path:
    start = datetime(2025, 3, 3, 8, 10, tzinfo=UTC)
    tweets = [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i, hours=i % 7), "Rain again.")
              for i in range(12)]
    for short, expanded in links or []:
        tweets.append(make_tweet("1900000000000000099", start + timedelta(days=20),
                                 f"New post on the old site {short}", urls=[(short, expanded)]))
    profile = {"profile": {"description": {"bio": "Gulls and weather.", "website": website, "location": ""}}}
    return build_twitter_archive(tmp_path / "x.zip", tweets, zip=True,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


def test_an_x_profiles_t_co_website_is_said_as_a_website_the_archive_does_not_name(tmp_path: Path) -> None:
    doc = _invoke("scan", str(_x_archive(tmp_path, "https://t.co/AbCdEf123")))[1]
    (site,) = [f for f in _links(doc) if f["location"]["path"].endswith("profile.js")]
    assert (site["rule"], site["severity"], site["confidence"]) == ("LINK010", "low", "low")
    assert site["location"]["record"] == "website" and site["clue"] is None
    assert "links a website that the archive does not name" in site["message"]
    assert "https://t.co/AbCdEf123" in site["evidence"]
    assert site["advice"].startswith("See which site it is") and "WHOIS" in site["advice"]


def test_a_t_co_website_beside_the_site_it_stands_for_says_only_the_site() -> None:
    # As the X reader gives a website the archive expands: the t.co link and the URL it stands for.
    found = L.scan_record("website: https://t.co/AbCdEf123", ("https://t.co/AbCdEf123", "https://ailsa.dev/"),
                          L.PROFILE, "website")
    assert [(h.rule_id, h.value) for _u, hits in found for h in hits] == [("LINK010", "website ailsa.dev")]


def test_a_tweet_that_expands_the_profiles_t_co_link_names_the_website(tmp_path: Path) -> None:
    archive = _x_archive(tmp_path, "https://t.co/AbCdEf123", [("https://t.co/AbCdEf123", "https://ailsamckenzie.co.uk/")])
    doc = _invoke("scan", str(archive))[1]
    found = [f for f in _links(doc) if f["location"]["path"].endswith("profile.js")]
    assert [(f["rule"], f["clue"] and f["clue"]["value"]) for f in found] == [
        ("LINK010", "website ailsamckenzie.co.uk")]


# -- 3. the author's website in the site's author data ----------------------------------------------------

POST = {"name": "2026-01-02-gulls.md", "front": {"title": "Gulls", "date": "2026-01-02 20:15:00 +0000"},
        "body": "Gulls on the harbour wall again."}


def _by_key(doc: dict[str, Any], rule: str) -> dict[str, dict[str, Any]]:
    return {f["location"]["record"]: f for f in _links(doc, rule)}


def test_a_jekyll_authors_file_gives_the_writers_own_website(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "j", [POST],
                             config="title: Quiet Clerk\nurl: https://quietclerk.net\nauthor: qc\n",
                             files={"_data/authors.yml": "qc:\n  name: Quiet Clerk\n  url: https://janerealname.net\n"
                                                         "  twitter: janerealname\n"})
    doc = _invoke("scan", str(site))[1]
    (own,) = _links(doc, "LINK010")
    assert (own["severity"], own["confidence"], own["location"]["record"]) == ("high", "high", "qc.url")
    assert own["clue"] == {"kind": "account", "value": "website janerealname.net"}
    assert _rel(own, site) == "_data/authors.yml" and own["location"]["line"] == 3
    assert "author data gives janerealname.net as the author's own website" in own["message"]
    assert own["advice"].startswith("Delete `qc.url` from the site's author data file")
    account = _by_key(doc, "LINK007")["qc.twitter"]
    assert (account["severity"], account["confidence"]) == ("high", "high")


def test_the_owners_entry_of_a_group_blog_and_its_links_list(tmp_path: Path) -> None:
    # minimal-mistakes: author.links [{label, url}]; the configuration's author names the entry.
    authors = ("qc:\n  name: Quiet Clerk\n  links:\n    - label: Website\n      url: https://jane-portfolio.co.uk\n"
               "    - label: GitHub\n      url: https://github.com/janerealname\n"
               "guest:\n  name: Robert Ellery\n  links:\n    - label: Website\n      url: https://robertellery.com\n")
    site = build_jekyll_blog(tmp_path / "j", [POST], config="title: Quiet Clerk\nauthor: qc\n",
                             files={"_data/authors.yml": authors})
    doc = _invoke("scan", str(site))[1]
    assert {k: (f["severity"], f["clue"]["value"]) for k, f in _by_key(doc, "LINK010").items()} == {
        "qc.links.url": ("high", "website jane-portfolio.co.uk")}
    assert _by_key(doc, "LINK007")["qc.links.url"]["severity"] == "high"


def test_a_list_of_authors_none_of_whom_is_told_to_be_the_account(tmp_path: Path) -> None:
    authors = ("ana:\n  name: Ana Pell\n  website: https://anapell.net\n"
               "bob:\n  name: Bob Taylor\n  website: https://bobtaylor.me\n")
    site = build_jekyll_blog(tmp_path / "j", [POST], config="title: Harbour Notes\n",
                             files={"_data/authors.yml": authors})
    found = _by_key(_invoke("scan", str(site))[1], "LINK010")
    assert {k: (f["severity"], f["confidence"]) for k, f in found.items()} == {
        "ana.website": ("medium", "low"), "bob.website": ("medium", "low")}
    assert "cannot be told to be the account's" in found["bob.website"]["message"]


def test_hugo_author_files_the_posts_byline_picks_the_writers_own(tmp_path: Path) -> None:
    front = {"title": "One", "date": "2026-01-02T20:00:00Z", "author": "jane"}
    page = {"path": "posts/one.md", "front": front, "body": "Gulls."}
    site = build_hugo_site(tmp_path / "h", [page], config='baseURL = "https://harbournotes.org/"\n',
                           files={"data/authors/jane.toml": 'name = "Jane"\nwebsite = "https://janerealname.net"\n'
                                                            '[social]\ngithub = "janerealname"\n',
                                  "data/authors/bob.toml": 'name = "Bob"\nwebsite = "https://bobtaylor.me"\n'})
    doc = _invoke("scan", str(site))[1]
    found = {(_rel(f, site), f["clue"]["value"]): (f["severity"], f["confidence"])
             for f in _links(doc, "LINK010")}
    assert found == {("data/authors/jane.toml", "website janerealname.net"): ("high", "high"),
                     ("data/authors/bob.toml", "website bobtaylor.me"): ("medium", "low")}
    (github,) = _links(doc, "LINK007")
    assert (github["clue"]["value"], github["severity"]) == ("GitHub janerealname", "high")


def test_a_social_data_file_and_a_blogroll(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "j", [POST], config="title: Quiet Clerk\nurl: https://quietclerk.net\n",
                             files={"_data/social.yml": "website: https://janerealname.net\n",
                                    "_data/links.yml": "- name: A friend\n  url: https://friendsblog.net\n"})
    found = _links(_invoke("scan", str(site))[1], "LINK010")
    assert [(_rel(f, site), f["severity"]) for f in found] == [("_data/social.yml", "high")]


def test_the_author_data_linking_the_site_itself_is_no_other_website(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "j", [POST], config="title: Quiet Clerk\nurl: https://quietclerk.net\n",
                             files={"_data/authors.yml": "qc:\n  name: Quiet Clerk\n  url: https://www.quietclerk.net/\n"})
    assert _links(_invoke("scan", str(site))[1], "LINK010") == []


def test_hugo_params_author_website_stays_the_authors_own(tmp_path: Path) -> None:
    site = build_hugo_site(tmp_path / "h", [], config='baseURL = "https://harbournotes.org/"\n[params.author]\n'
                                                     'name = "Quiet Clerk"\nwebsite = "https://janerealname.net"\n')
    (own,) = _links(_invoke("scan", str(site))[1], "LINK010")
    assert (own["severity"], own["location"]["record"]) == ("high", "params.author.website")

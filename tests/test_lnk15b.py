"""A guest's accounts taken for the writer's; loopback spellings; local copies of a service (helper lnk15b,
review rev15b items 3 and 7).

1. A Jekyll blog whose owner is in `_config.yml` and whose `_data/authors.yml` holds only a guest (one
   post of eleven) gave the guest's website and accounts as "the author's own", high: `roles_of` took the
   list's only entry, or any entry one post's byline names, as the writer's; `blog.py` took a one-post
   byline for "most posts" as posts without a byline were not counted. Now an entry is the writer's own
   only when the configuration's author (or its front-matter `defaults`) names it, or when most of the
   site's posts carry its byline, a post without one counting as the configuration's author's;
   otherwise it is a listed author's (medium, low confidence).
2. `http://127.1/`, `http://2130706433/` were LINK004 "internal host" while `127.0.0.1` is this computer:
   every spelling a browser reads is judged as the address it is.
3. A developer's local copy of an organisation's service (`jira.hmrc.test`, `hub.acme.localhost`) said
   nothing: LINK004 info, low confidence, "a local copy of hmrc's jira"; tutorial names stay silent.
Inputs are real Jekyll/Hugo trees and drafts on disk, scanned through the CLI.
"""

from __future__ import annotations

import ipaddress
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import build_hugo_site, build_jekyll_blog
from nymaudit.cli import app
from nymaudit.text import links as L


def _invoke(*args: str) -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return out.exit_code, json.loads(out.stdout)


def _links(doc: dict[str, Any], rule: str | None = None) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"].startswith("LINK") and rule in (None, f["rule"])]


def _judged(doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Each author-data link finding by its record key: (severity, confidence)."""
    return {f["location"]["record"]: (f["severity"], f["confidence"]) for f in _links(doc)
            if f["rule"] in ("LINK007", "LINK010") and "data/" in f["location"]["path"].replace("\\", "/")}


def _posts(n: int, **front: str) -> list[dict[str, Any]]:
    body = "Another week of committee papers and late buses."
    return [{"name": f"2025-03-{i + 1:02d}-post.md", "body": body,
             "front": {"title": f"Post {i}", "layout": "post", **front}} for i in range(n)]


GUEST_POST = {"name": "2025-03-20-guest.md", "front": {"title": "A guest post", "author": "alan"},
              "body": "Thanks for having me on the blog."}
OWNER_CONFIG = ("title: Back Office Notes\nurl: https://backofficenotes.github.io\n"
                "author:\n  name: Quiet Pen\n  twitter: quietpen_notes\n")
ALAN = "alan:\n  name: Dr Alan Grant\n  url: https://alangrant.org\n  twitter: alangrant\n  github: agrant\n"


# -- 1. a guest's entry of the site's author data -----------------------------------------------------


def test_a_one_person_blogs_only_guest_entry_is_not_the_writers_own(tmp_path: Path) -> None:
    # rev15b 3's repro: the owner in _config.yml, only the guest (1 post of 11) in _data/authors.yml.
    site = build_jekyll_blog(tmp_path / "j", [*_posts(10), GUEST_POST], config=OWNER_CONFIG,
                             files={"_data/authors.yml": ALAN})
    doc = _invoke("scan", str(site))[1]
    assert _judged(doc) == {"alan.url": ("medium", "low"), "alan.twitter": ("medium", "low"),
                            "alan.github": ("medium", "low")}
    website = next(f for f in _links(doc, "LINK010") if f["location"]["record"] == "alan.url")
    assert "cannot be told to be the account's" in website["message"]
    assert website["advice"].startswith("If this entry of the author data is your own")
    # The owner's own account, from the configuration, stays the writer's (high).
    own = next(f for f in _links(doc, "LINK007") if f["location"]["record"] == "author.twitter")
    assert (own["severity"], own["confidence"]) == ("high", "high")
    assert not any("alangrant" in json.dumps(f) for f in doc["findings"]
                   if f["severity"] == "high" and f["rule"].startswith("LINK"))


def test_a_guest_with_one_post_is_not_the_owner_of_a_two_entry_list(tmp_path: Path) -> None:
    # blog.py counted the guest's one byline as "most of the site's posts" (the 10 unsigned ones were not
    # counted) and left the other entry out as a guest's; neither can be told to be the account's.
    authors = ALAN + "bea:\n  name: Bea Lund\n  url: https://bealund.net\n"
    site = build_jekyll_blog(tmp_path / "j", [*_posts(10), GUEST_POST], config=OWNER_CONFIG,
                             files={"_data/authors.yml": authors})
    doc = _invoke("scan", str(site))[1]
    judged = _judged(doc)
    assert judged["alan.url"] == ("medium", "low") and judged["bea.url"] == ("medium", "low")
    assert judged["alan.github"] == ("medium", "low")


def test_the_author_most_posts_carry_is_the_writers_own(tmp_path: Path) -> None:
    # Guard: a site whose configuration names no author, signed by alan on 3 of 4 posts: alan's entry is
    # the writer's (high), the guest's left out by blog.py.
    authors = ALAN + "bea:\n  name: Bea Lund\n  url: https://bealund.net\n"
    bea = {"name": "2025-04-01-bea.md", "front": {"title": "B", "author": "bea"}, "body": "Hello."}
    posts = [*_posts(3, author="alan"), bea]
    site = build_jekyll_blog(tmp_path / "j", posts, config="title: Notes\nurl: https://notes.example\n",
                             files={"_data/authors.yml": authors})
    assert _judged(_invoke("scan", str(site))[1]) == {
        "alan.url": ("high", "high"), "alan.twitter": ("high", "high"), "alan.github": ("high", "high")}


def test_half_the_posts_is_not_most(tmp_path: Path) -> None:
    # 2 signed by alan, 2 unsigned (the configuration's author's, though it names none): not told.
    site = build_jekyll_blog(tmp_path / "j", [*_posts(2), {**GUEST_POST, "name": "2025-04-01-a.md"},
                                              {**GUEST_POST, "name": "2025-04-02-a.md"}],
                             config="title: Notes\nurl: https://notes.example\n",
                             files={"_data/authors.yml": ALAN})
    assert set(_judged(_invoke("scan", str(site))[1]).values()) == {("medium", "low")}


def test_the_configurations_front_matter_defaults_name_the_writers_entry(tmp_path: Path) -> None:
    # minimal-mistakes: `defaults: [{scope: {path: ""}, values: {author: qc}}]` gives every unsigned post
    # qc's author box; the guest's one post of four does not make the guest the owner.
    config = ("title: Notes\nurl: https://notes.example\ndefaults:\n  - scope:\n      path: ''\n"
              "    values:\n      author: qc\n      layout: single\n")
    authors = "qc:\n  name: Quiet Clerk\n  url: https://janerealname.net\n" + ALAN
    site = build_jekyll_blog(tmp_path / "j", [*_posts(3), GUEST_POST], config=config,
                             files={"_data/authors.yml": authors})
    doc = _invoke("scan", str(site))[1]
    assert _judged(doc) == {"qc.url": ("high", "high")}  # the guest's entry left out by blog.py


def test_co_authors_of_every_post_are_neither_told(tmp_path: Path) -> None:
    # Hugo: the only post is signed by both; neither is most posts' one author.
    page = {"path": "posts/one.md", "front": {"title": "One", "date": "2026-01-02T20:00:00Z",
                                               "authors": ["jane", "bob"]}, "body": "Gulls."}
    site = build_hugo_site(tmp_path / "h", [page], config='baseURL = "https://harbournotes.org/"\n',
                           files={"data/authors/jane.toml": 'name = "Jane"\nwebsite = "https://janerealname.net"\n',
                                  "data/authors/bob.toml": 'name = "Bob"\nwebsite = "https://bobtaylor.me"\n'})
    doc = _invoke("scan", str(site))[1]
    found = {f["clue"]["value"]: (f["severity"], f["confidence"]) for f in _links(doc, "LINK010")}
    assert found == {"website janerealname.net": ("medium", "low"), "website bobtaylor.me": ("medium", "low")}


# -- 2. every spelling of this computer's address ------------------------------------------------------


@pytest.mark.parametrize("link", [
    "http://127.1/admin", "http://127.0.1:8080/", "http://2130706433/", "http://0x7f.0.0.1/",
    "http://0177.0.0.1/", "http://0x7f000001/", "http://017700000001/", "http://0/", "http://127.0.0.1./",
    "http://[::ffff:127.0.0.1]:8000/",
])
def test_every_loopback_spelling_is_this_computer(link: str) -> None:
    assert [(h.rule_id, h.value) for _u, hits in L.scan(f"open {link} to try it") for h in hits] == []


@pytest.mark.parametrize(("link", "address"), [
    ("http://167772161/", "10.0.0.1"), ("http://10.1/", "10.0.0.1"), ("http://3232235777/", "192.168.1.1"),
    ("http://0xc0.0xa8.1.1/", "192.168.1.1"),
])
def test_a_private_address_in_any_spelling_stays_internal(link: str, address: str) -> None:
    ((url, hits),) = L.scan(f"the form is at {link} now")
    assert [h.rule_id for h in hits] == ["LINK004"]
    assert f"private network address {url.ascii_host} ({address})" == hits[0].detail


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_a_number_spelling_is_the_dotted_address(value: int) -> None:
    dotted = str(ipaddress.IPv4Address(value))
    assert L._ip(str(value)) == L._ip(dotted) == ipaddress.IPv4Address(value)
    assert L.reserved_host(str(value)) == L.reserved_host(dotted)


def test_a_draft_with_a_shortened_loopback_passes_check(tmp_path: Path) -> None:
    draft = tmp_path / "dev.md"
    draft.write_text("---\ntitle: Dev\n---\nRun it and open http://127.1:8080/ or http://2130706433:8080/.\n",
                     encoding="utf-8")
    code, doc = _invoke("check", str(draft))
    assert _links(doc) == [] and code == 0


# -- 3. a developer's local copy of an organisation's service ------------------------------------------


@pytest.mark.parametrize(("text", "org", "service"), [
    ("see https://jira.hmrc.test/browse/TAX-12 for the ticket", "hmrc", "jira"),
    ("after the migration I keep a copy at wiki.acme.test for now", "acme", "wiki"),
    ("log in at http://hub.acme.localhost:8080/ first", "acme", "hub"),
])
def test_a_local_copy_names_the_organisation(text: str, org: str, service: str) -> None:
    ((_url, hits),) = L.scan(text)
    (hit,) = hits
    assert (hit.rule_id, hit.severity, hit.confidence) == ("LINK004", "info", "low")
    assert hit.detail.startswith(f"a local copy of {org}'s {service}: ")


@pytest.mark.parametrize("text", [
    "open https://myapp.test/signup", "http://shop.localhost:3000/cart", "http://api.myapp.test/v1",
    "http://localhost:8080/admin", "https://wiki.acme.example/page", "http://wiki.docker.localhost/",
    "the class com.acme.test runs first", "https://dashboard.myproject.test/", "http://example.com/jira",
])
def test_tutorial_names_stay_silent(text: str) -> None:
    assert [h.rule_id for _u, hits in L.scan(text) for h in hits] == []


def test_a_draft_with_a_local_copy_says_it_and_still_passes_check(tmp_path: Path) -> None:
    draft = tmp_path / "ticket.md"
    draft.write_text("---\ntitle: Ticket\n---\nRepro steps are on https://jira.hmrc.test/browse/TAX-12.\n",
                     encoding="utf-8")
    code, doc = _invoke("check", str(draft))
    (found,) = _links(doc)
    assert (found["rule"], found["severity"], found["confidence"]) == ("LINK004", "info", "low")
    assert found["message"].startswith("A local copy of hmrc's jira: jira.hmrc.test is a name reserved")
    assert found["advice"].startswith("The name is your own computer's")
    assert code == 0

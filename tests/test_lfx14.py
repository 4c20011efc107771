"""Site author names, work addresses and .well-known files (fourteenth session, helper lfx14;
review rev14a items 4, 5, 7, 10).

1. SELF006 said high/high when the site's author was the pen name written as a name: ``author:
   Quiet Clerk`` with posts signed ``quietclerk``, a title "Night Owl's Notebook" with the byline
   ``nightowl``. Names are compared with case, spaces, dots, hyphens and underscores removed, and,
   with no byline, against the site's own host and the account's handles.
2. SELF007 took the site's own domain for an employer's (``url: https://harbourlights.org`` with
   ``author.email: me@harbourlights.org``): the hosts of ``url``/``baseURL``/``author.url`` and of a
   profile's website are the person's own domains.
3. An account in ``.well-known/security.txt`` (whom to report security problems to: the host, a
   bug-bounty platform) was LINK007 high/high "the site's owner published it as theirs": a lead,
   low; keybase.txt, webfinger, nostr.json stay the owner's.
4. SELF007 for an X profile said "in the site's author data (`bio`)": it is the account's profile.
Real Jekyll/Hugo trees, X and Mastodon archive layouts, scanned through the CLI.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from archive_builders import _ytd, build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app

POST = """---
layout: post
title: "{title}"
date: 2025-03-0{day} 20:15:00 +0000
{author}---
I walked along the canal today and thought about nothing much. The herons were out.
"""


def _jekyll(root: Path, config: str, byline: str | None, files: dict[str, str] | None = None) -> Path:
    """A Jekyll site as its repository holds it: _config.yml, three posts, other files."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    for day in range(1, 4):
        author = f"author: {byline}\n" if byline else ""
        (root / "_posts" / f"2025-03-0{day}-walk-{day}.md").write_text(
            POST.format(title=f"Walk {day}", day=day, author=author), encoding="utf-8")
    for name, text in (files or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _hugo(root: Path, config: str, byline: str | None) -> Path:
    """A Hugo site: hugo.toml, content/posts/, themes/ (a Hugo site's folders)."""
    (root / "content" / "posts").mkdir(parents=True)
    (root / "themes").mkdir()
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    for day in range(1, 4):
        author = f'author = "{byline}"\n' if byline else ""
        (root / "content" / "posts" / f"walk-{day}.md").write_text(
            f'+++\ntitle = "Walk {day}"\ndate = 2025-03-0{day}T20:15:00Z\n{author}+++\n'
            "I walked along the canal today. The herons were out.\n", encoding="utf-8")
    return root


def _scan(path: Path) -> list[dict[str, Any]]:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return list(json.loads(out.stdout)["findings"])


def _rule(findings: list[dict[str, Any]], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == rule_id]


# -- 1. SELF006: the pen name written as a name -------------------------------------------------

def test_author_name_that_is_the_bylines_handle_is_the_pen_name(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "s", "title: Notes from Nowhere\nauthor: Quiet Clerk\n", byline="quietclerk")
    assert _rule(_scan(site), "SELF006") == []


def test_title_named_after_the_byline_handle_is_the_pen_name(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "s", "title: \"Night Owl's Notebook\"\nurl: https://nightowl.blog\n",
                   byline="night_owl")
    assert _rule(_scan(site), "SELF006") == []


def test_dotted_and_hyphenated_bylines_are_the_same_name(tmp_path: Path) -> None:
    for i, byline in enumerate(("quiet.clerk", "Quiet-Clerk", "QUIET_CLERK")):
        site = _jekyll(tmp_path / f"s{i}", "title: Field Notes\nauthor:\n  name: Quiet Clerk\n",
                       byline=byline)
        assert _rule(_scan(site), "SELF006") == [], byline


def test_name_of_the_sites_own_host_without_a_byline(tmp_path: Path) -> None:
    """``Quiet Clerk`` on quiet-clerk.net: the site's own name, not a real name beside a pen name
    (was medium)."""
    for i, url in enumerate(("https://quiet-clerk.net", "https://quietclerk.github.io/")):
        site = _jekyll(tmp_path / f"s{i}", f"title: Field Notes\nauthor: Quiet Clerk\nurl: {url}\n",
                       byline=None)
        assert _rule(_scan(site), "SELF006") == [], url


def test_name_of_the_accounts_handle_without_a_byline(tmp_path: Path) -> None:
    """Hugo ``params.author = "Quiet Clerk"`` with ``github_username = "quietclerk"``: the name the
    account goes by (was medium)."""
    site = _hugo(tmp_path / "b", 'title = "Field Notes"\nbaseURL = "https://fieldnotes.netlify.app/"\n'
                 '[params]\nauthor = "Quiet Clerk"\ngithub_username = "quietclerk"\n', byline=None)
    assert _rule(_scan(site), "SELF006") == []


def test_real_name_beside_a_different_byline_is_still_high(tmp_path: Path) -> None:
    """Guard: the host holding the name does not hide a name the byline contradicts."""
    site = _jekyll(tmp_path / "s", "title: Notes\nauthor:\n  name: Rowan Ashby\nurl: https://rowanashby.net\n",
                   byline="quietclerk")
    found = _rule(_scan(site), "SELF006")
    assert [(f["severity"], f["confidence"], f["clue"]["value"]) for f in found] == [
        ("high", "high", "Rowan Ashby")]


def test_real_name_without_byline_on_another_host_stays_medium(tmp_path: Path) -> None:
    """Guard: no byline, a name that is not the site's host (nor the shared host's, netlify): medium."""
    for i, url in enumerate(("https://notesfromnowhere.blog", "https://rowan-notes.netlify.app")):
        site = _jekyll(tmp_path / f"s{i}", f"title: Notes\nauthor: Rowan Ashby\nurl: {url}\n", byline=None)
        assert [f["severity"] for f in _rule(_scan(site), "SELF006")] == ["medium"], url


# -- 2. SELF007: the site's own domain ----------------------------------------------------------

def test_address_at_the_sites_own_domain_is_no_employer(tmp_path: Path) -> None:
    jekyll = _jekyll(tmp_path / "j", 'title: Harbour Lights\nauthor:\n  name: Quiet Clerk\n'
                     '  email: me@harbourlights.org\nurl: "https://harbourlights.org"\n',
                     byline="Quiet Clerk")
    hugo = _hugo(tmp_path / "h", 'title = "Notes from Nowhere"\n'
                 'baseURL = "https://www.notesfromnowhere.blog/"\n'
                 '[params.author]\nname = "Rowan Ashby"\nemail = "hello@notesfromnowhere.blog"\n',
                 byline=None)
    for site in (jekyll, hugo):
        found = _scan(site)
        assert _rule(found, "SELF007") == [], site
        assert _rule(found, "SELF001"), site  # the address is still reported as an address


def test_address_at_the_authors_own_website_is_no_employer(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "s", "title: Field Notes\nurl: https://quietclerk.github.io\nauthor:\n"
                   "  name: Quiet Clerk\n  url: https://harbourlights.org\n  email: me@harbourlights.org\n",
                   byline="Quiet Clerk")
    assert _rule(_scan(site), "SELF007") == []


def test_work_address_on_a_personal_site_is_still_reported(tmp_path: Path) -> None:
    """Guard: another organisation's domain beside the site's own stays SELF007."""
    site = _jekyll(tmp_path / "s", 'title: Harbour Lights\nauthor:\n  name: Quiet Clerk\n'
                   '  email: jane.doe@acme-logistics.co.uk\nurl: "https://harbourlights.org"\n',
                   byline="Quiet Clerk")
    assert [f["clue"]["value"] for f in _rule(_scan(site), "SELF007")] == ["acme-logistics.co.uk"]


def test_address_at_a_mastodon_profiles_own_website_is_no_employer(tmp_path: Path) -> None:
    start = datetime(2025, 3, 3, 20, 0, tzinfo=UTC)
    notes = [make_note(f"https://social.example/users/quiet_pen/statuses/10{i}",
                       (start + timedelta(days=i)).strftime("%Y-%m-%dT%H:%M:%SZ"), "<p>Rain again.</p>")
             for i in range(5)]
    root = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    actor = json.loads((root / "actor.json").read_text(encoding="utf-8"))
    actor["summary"] = "<p>Harbour watcher. Write to me@harbourlights.org</p>"
    actor["attachment"] = [{"type": "PropertyValue", "name": "Website",
                            "value": '<a href="https://harbourlights.org" rel="me">harbourlights.org</a>'}]
    (root / "actor.json").write_text(json.dumps(actor), encoding="utf-8")
    found = _scan(root)
    assert _rule(found, "SELF001")  # the bio's address was read
    assert _rule(found, "SELF007") == []


# -- 3. .well-known files -----------------------------------------------------------------------

SECURITY_TXT = ("Contact: https://github.com/netlify\nContact: https://hackerone.com/netlify\n"
                "Policy: https://www.netlify.com/security/\nExpires: 2027-01-01T00:00:00.000Z\n")


def test_security_txt_contact_is_a_lead_not_the_owners_account(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "s", "title: Field Notes\n", byline="Quiet Clerk",
                   files={".well-known/security.txt": SECURITY_TXT})
    found = [f for f in _rule(_scan(site), "LINK007") if f["clue"]["value"].lower().startswith("github")]
    assert len(found) == 1
    f = found[0]
    assert (f["severity"], f["confidence"]) == ("low", "low")
    assert "security.txt" in f["message"] and "report security problems" in f["message"]
    assert "published it as theirs" not in f["message"]
    assert "themes publish" not in f["message"]  # a served file, not the site's configuration


def test_security_txt_address_at_another_domain_is_low(tmp_path: Path) -> None:
    """The host's security contact is no address of the writer's (SELF001 was high/high); one at the
    site's own domain is the owner's, as anywhere (high)."""
    host = _jekyll(tmp_path / "a", "title: Field Notes\nurl: https://fieldnotes.blog\n", byline="Quiet Clerk",
                   files={".well-known/security.txt": "Contact: mailto:security@netlify.com\n"})
    own = _jekyll(tmp_path / "b", "title: Field Notes\nurl: https://fieldnotes.blog\n", byline="Quiet Clerk",
                  files={".well-known/security.txt": "Contact: mailto:clerk@fieldnotes.blog\n"})
    found = _rule(_scan(host), "SELF001")
    assert [(f["severity"], f["confidence"]) for f in found] == [("low", "low")]
    assert "report security problems" in found[0]["message"]
    assert [(f["severity"], f["clue"]["value"]) for f in _rule(_scan(own), "SELF001")] == [
        ("high", "clerk@fieldnotes.blog")]


def test_identity_files_still_name_the_owners_accounts(tmp_path: Path) -> None:
    """Guard: keybase.txt and webfinger are the owner's own (high/high)."""
    webfinger = json.dumps({"subject": "acct:clerk@quietclerk.net",
                            "aliases": ["https://mastodon.social/@quietclerk"]})
    site = _jekyll(tmp_path / "s", "title: Field Notes\n", byline="Quiet Clerk",
                   files={".well-known/webfinger": webfinger,
                          "keybase.txt": "I am an admin of https://quietclerk.net\n"
                                         "* I am quietclerk (https://keybase.io/quietclerk) on keybase.\n"})
    found = {f["clue"]["value"].lower(): (f["severity"], f["confidence"])
             for f in _rule(_scan(site), "LINK007")}
    assert found.get("keybase quietclerk") == ("high", "high"), found
    assert ("high", "high") in [v for k, v in found.items() if "mastodon" in k or "fediverse" in k], found


# -- 4. SELF007's wording for an X profile ------------------------------------------------------

def test_x_profile_address_is_said_to_be_in_the_profile(tmp_path: Path) -> None:
    start = datetime(2025, 3, 3, 20, 0, tzinfo=UTC)
    tweets = [make_tweet(str(1900000000000000000 + i), start + timedelta(days=i), "Quiet day on the canal.")
              for i in range(5)]
    bio = "Logistics nerd. Views my own. jane.doe@acme-logistics.co.uk"
    profile = {"profile": {"description": {"bio": bio, "website": "", "location": ""}}}
    root = build_twitter_archive(tmp_path / "x", tweets, zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})
    found = _rule(_scan(root), "SELF007")
    assert len(found) == 1
    assert "in the account's own profile (`bio`)" in found[0]["message"]
    assert "author data" not in found[0]["message"]

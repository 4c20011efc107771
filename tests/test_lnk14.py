"""A site's configuration and identity files (fourteenth session, helper lnk14).

1. A real name as the site's author (``author.name``, a title "Jane Realname's blog") while the
   posts are signed with a pen name said nothing: SELF006, high; not a theme's placeholder, not
   the posts' own byline, not a configuration inside a theme's folder.
2. ``author.email`` at a work domain gave SELF001 only: SELF007 names the employer (SELF005's test
   of an organisation's domain), not for free mail.
3. ``author.url`` is the writer's own website (LINK010 high, not the site itself); a
   ``.well-known/webfinger`` ``acct:`` and a ``keybase.txt`` proof name the owner's accounts (LINK007
   high), and ``acct:user@host`` is no e-mail address (SELF001).
4. A post linking someone's ``NAME.github.io`` / ``NAME.gitlab.io`` / ``NAME.codeberg.page`` says
   it names the forge account NAME (a lead, low).
Sites are real Jekyll/Hugo trees written in tmp dirs and scanned through the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app

POST = """---
title: {title}
date: 2026-01-0{day} 20:15:00 +0000
{author}---
{body}
"""


def _jekyll(root: Path, config: str, posts: list[tuple[str, str]], byline: str | None = "Quiet Clerk",
            files: dict[str, str] | None = None) -> Path:
    """A Jekyll site as its repository holds it: _config.yml, _posts/, other files."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    for day, (title, body) in enumerate(posts, 1):
        author = f"author: {byline}\n" if byline else ""
        (root / "_posts" / f"2026-01-0{day}-{title.lower().replace(' ', '-')}.md").write_text(
            POST.format(title=title, day=day, author=author, body=body), encoding="utf-8")
    for name, text in (files or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _scan(site: Path) -> list[dict[str, Any]]:
    out = CliRunner().invoke(app, ["scan", str(site), "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)["findings"]


def _rule(findings: list[dict[str, Any]], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == rule_id]


ORDINARY = [("Hello", "Rain on the windows again, and tea.")]


# -- 1. a real name in the site's configuration ---------------------------------------------------


def test_a_real_name_as_the_configured_author_beside_a_pen_name_is_said_high(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", 'title: "Quiet Clerk"\nauthor:\n  name: "Jane Q. Realname"\n'
                   "  bio: Notes from a desk\n", ORDINARY)
    (found,) = _rule(_scan(site), "SELF006")
    assert found["severity"] == "high" and found["confidence"] == "high"
    assert found["clue"] == {"kind": "identity", "value": "Jane Q. Realname"}
    assert found["location"]["record"] == "author.name" and found["location"]["line"] == 3
    assert "Quiet Clerk" in found["message"]


def test_a_site_titled_after_a_real_name_is_said_once_with_the_author_name(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", "title: \"Jane Realname's blog\"\n", ORDINARY)
    (found,) = _rule(_scan(site), "SELF006")
    assert found["clue"]["value"] == "Jane Realname" and found["location"]["record"] == "title"
    both = _jekyll(tmp_path / "both", "title: \"Jane Realname's blog\"\nauthor:\n  name: Jane Q. Realname\n",
                   ORDINARY)
    (once,) = _rule(_scan(both), "SELF006")  # one person, one finding: the author field's fuller name
    assert once["clue"]["value"] == "Jane Q. Realname" and once["location"]["record"] == "author.name"


def test_a_hugo_params_author_without_a_byline_is_medium(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://lanternfish.blog/"\ntitle = "Lanternfish"\n'
                                    '[params]\nauthor = "Siobhán O\'Neill"\n', encoding="utf-8")
    (site / "content" / "posts" / "one.md").write_text(
        '+++\ntitle = "One"\ndate = 2026-01-02T20:00:00Z\n+++\nGulls on the roof.\n', encoding="utf-8")
    (found,) = _rule(_scan(site), "SELF006")
    assert found["severity"] == "medium" and found["clue"]["value"] == "Siobhán O'Neill"


def test_placeholders_the_pen_name_itself_and_handles_are_not_said(tmp_path: Path) -> None:
    for n, config in enumerate(('author:\n  name: "Your Name"\n', "author: Jane Doe\n",
                                "author: Quiet Clerk\n", "author: quietclerk\n",
                                "title: Notes From The Harbour\n", "title: \"The Clerk's Notebook\"\n")):
        assert not _rule(_scan(_jekyll(tmp_path / f"s{n}", config, ORDINARY)), "SELF006"), config
    # No byline on the posts, but the site is titled with the author's name: the pen name.
    unsigned = _jekyll(tmp_path / "unsigned", "title: Ada Brightwater\nauthor:\n  name: Ada Brightwater\n",
                       ORDINARY, byline=None)
    assert not _rule(_scan(unsigned), "SELF006")


def test_a_themes_example_site_configuration_names_no_one(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://lanternfish.blog/"\ntitle = "Lanternfish"\n'
                                    'theme = "ananke"\n[params]\nauthor = "Lantern Fish"\n', encoding="utf-8")
    example = site / "themes" / "ananke" / "exampleSite"
    example.mkdir(parents=True)
    (example / "hugo.toml").write_text('title = "Demo"\n[params]\nauthor = "Margaret Thornbury"\n',
                                       encoding="utf-8")
    (site / "content" / "posts" / "one.md").write_text(
        '+++\ntitle = "One"\nauthor = "Lantern Fish"\ndate = 2026-01-02T20:00:00Z\n+++\nGulls.\n',
        encoding="utf-8")
    assert not _rule(_scan(site), "SELF006")


def test_the_accounts_own_entry_of_the_author_data_is_read_and_a_guests_is_not(tmp_path: Path) -> None:
    authors = ("qc:\n  name: Margaret Thornbury\n  email: m.thornbury@acme-logistics.co.uk\n"
               "guest:\n  name: Robert Ellery\n  email: r.ellery@harbour-trust.org.uk\n")
    site = _jekyll(tmp_path / "site", "title: Quiet Clerk\nauthor: qc\n", ORDINARY, byline="qc",
                   files={"_data/authors.yml": authors})
    found = _scan(site)
    # The entry the bylines name ("author: qc") gives the byline's display name, which themes
    # show on every post: the name the writer publishes under, a pen name or a real name, so low /
    # low confidence, not high (con15, red15 F5; con15b). The guest's entry is not the account's;
    # the account's work address still is.
    assert [(f["clue"]["value"], f["severity"], f["confidence"], f["location"]["record"])
            for f in _rule(found, "SELF006")] == [("Margaret Thornbury", "medium", "low", "qc.name")]
    assert [f["clue"]["value"] for f in _rule(found, "SELF007")] == ["acme-logistics.co.uk"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_person_name_takes_any_text(value: str) -> None:
    # Imported here: the old code has none (one failing test, not a collection error for all).
    from nymaudit.detectors.contact import person_name

    assert person_name(value) in (True, False)


# -- 2. a work address in the configuration --------------------------------------------------------


def test_a_work_address_as_the_authors_email_names_the_employer(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", "title: Quiet Clerk\nauthor:\n  name: Quiet Clerk\n"
                   "  email: jane.realname@leeds.gov.uk\n", ORDINARY)
    found = _scan(site)
    assert [f["clue"]["value"] for f in _rule(found, "SELF001")] == ["jane.realname@leeds.gov.uk"]
    (employer,) = _rule(found, "SELF007")
    assert employer["clue"] == {"kind": "employer", "value": "leeds.gov.uk"}
    assert employer["severity"] == "high" and employer["location"]["line"] == 4


def test_an_nhs_address_in_hugo_params_and_a_university_one_are_said(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "config.toml").write_text('baseURL = "https://lanternfish.blog/"\ntitle = "Lanternfish"\n'
                                      '[params]\nemail = "j.smith@nhs.net"\n'
                                      '[params.author]\nemail = "qc@physics.ox.ac.uk"\n', encoding="utf-8")
    (site / "content" / "posts" / "one.md").write_text(
        '+++\ntitle = "One"\ndate = 2026-01-02T20:00:00Z\n+++\nGulls.\n', encoding="utf-8")
    clues = {f["clue"]["value"]: f["clue"]["kind"] for f in _rule(_scan(site), "SELF007")}
    assert clues == {"nhs.net": "employer", "ox.ac.uk": "education"}


def test_free_mail_and_the_persons_own_domain_name_no_employer(tmp_path: Path) -> None:
    for n, email in enumerate(("quietclerk@proton.me", "jane@janerealname.net", "me@quietclerk.example")):
        site = _jekyll(tmp_path / f"s{n}", f"author:\n  name: Jane Realname\n  email: {email}\n", ORDINARY)
        assert not _rule(_scan(site), "SELF007"), email


# -- 3. the author's website, WebFinger and Keybase -------------------------------------------------


def test_author_url_is_the_writers_own_website_but_not_the_site_itself(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "a", "title: Quiet Clerk\nurl: https://quietclerk.net\nauthor:\n"
                   "  url: https://janerealname.net/about\n", ORDINARY)
    (found,) = _rule(_scan(site), "LINK010")
    assert found["severity"] == "high" and found["location"]["record"] == "author.url"
    assert "author.url" in found["advice"]
    same = _jekyll(tmp_path / "b", "title: Quiet Clerk\nurl: https://quietclerk.net\nauthor:\n"
                   "  url: https://www.quietclerk.net/\n", ORDINARY)
    assert not _rule(_scan(same), "LINK010")


WEBFINGER = json.dumps({"subject": "acct:quietclerk@mastodon.social",
                        "links": [{"rel": "self", "type": "application/activity+json",
                                   "href": "https://mastodon.social/users/quietclerk"}]})

KEYBASE = """==================================================================
https://keybase.io/quietclerk
--------------------------------------------------------------------

I hereby claim:

  * I am an admin of https://quietclerk.net
  * I am quietclerk (https://keybase.io/quietclerk) on keybase.
  * I have a public key ASDgPKMJFNaoe2v0NPpSgqkPsgS9hJmGJy9ee6HWzC3pDQo

To do so, I am signing this object:
"""


def test_a_webfinger_file_names_the_owners_fediverse_account_high_and_is_no_email(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", "title: Quiet Clerk\nurl: https://quietclerk.net\n", ORDINARY,
                   files={".well-known/webfinger": WEBFINGER})
    found = _scan(site)
    assert not _rule(found, "SELF001")  # acct:user@host is an account, not a mailbox
    (account,) = [f for f in _rule(found, "LINK007") if "webfinger" in f["location"]["path"]]
    assert account["severity"] == "high" and account["confidence"] == "high"
    assert account["clue"]["value"] == "Fediverse @quietclerk@mastodon.social"
    assert "webfinger" in account["message"]


def test_a_keybase_proof_names_the_owners_keybase_account_high(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", "title: Quiet Clerk\nurl: https://quietclerk.net\n", ORDINARY,
                   files={".well-known/keybase.txt": KEYBASE})
    (proof,) = [f for f in _rule(_scan(site), "LINK007") if f["clue"]["value"] == "Keybase quietclerk"]
    assert proof["severity"] == "high" and "Keybase proof" in proof["message"]
    assert "keybase revoke" in proof["advice"]


# -- 4. someone's forge pages site in a post ---------------------------------------------------------


def test_a_post_linking_forge_pages_sites_says_they_name_forge_accounts(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site", "title: Quiet Clerk\nurl: https://quietclerk.net\n", [
        ("Links", "Good reads: https://rosewalker.github.io/notes/tides, https://tidepool.gitlab.io/ and "
                  "https://inkfox.codeberg.page/zines/")])
    found = {f["clue"]["value"]: f for f in _rule(_scan(site), "LINK007")}
    assert set(found) == {"GitHub Pages rosewalker", "GitLab Pages tidepool", "Codeberg Pages inkfox"}
    assert "names the GitHub account 'rosewalker'" in found["GitHub Pages rosewalker"]["message"]
    assert "https://codeberg.org/inkfox" in found["Codeberg Pages inkfox"]["message"]
    assert {f["severity"] for f in found.values()} == {"low"}

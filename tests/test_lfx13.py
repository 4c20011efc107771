"""Links that are someone else's account (thirteenth session, helper lfx13; review rev13c).

3. A team blog's ``authors.<name>.twitter`` in ``_config.yml`` (and a theme's ``exampleSite``
   configuration) was LINK007 high/high, "the author's own account": an entry of a list of people is a
   listed author, maybe a co-author (medium, low confidence, never "own"); singular ``author.*`` and
   ``*_username`` stay the writer's.
4. Every link in a profile was high: "Avatar art by", "married to", "not affiliated with" give the
   account as someone else's. A credit and a disclaimer stay leads; a spouse's link names another
   person (a family clue), with advice that fits.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import _ytd, build_jekyll_blog, build_twitter_archive, write_tree
from nymaudit.cli import app
from nymaudit.text import links as L


def _run(*args: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _accounts(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """LINK007 findings by the account's handle (the clue value's last word before any note)."""
    found = {}
    for f in doc["findings"]:
        if f["rule"] == "LINK007" and f["clue"]:
            found[f["clue"]["value"].split(" (")[0].rpartition(" ")[2]] = f
    return found


# -- 3. a site configuration's list of people ---------------------------------------------------

TEAM_CONFIG = """title: Lanternfish
url: https://lanternfish.blog
author:
  name: Quiet Pen
  github: https://github.com/quietpen
twitter_username: quietpen_writes
authors:
  jane:
    name: Jane Doe
    twitter: https://twitter.com/janedoe_writes
  bob:
    name: Bob Roe
    github: https://github.com/bobroe
    github_username: bobroe2
social:
  credits: https://github.com/mmistakes
theme_author: https://github.com/mmistakes
"""


def test_a_team_blogs_author_entries_are_listed_authors_not_the_writers_own(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "team", [], config=TEAM_CONFIG)
    found = _accounts(_run("check", str(site / "_config.yml")))
    for handle, key, entry in (("janedoe_writes", "authors.jane.twitter", "authors.jane"),
                               ("bobroe", "authors.bob.github", "authors.bob"),
                               ("bobroe2", "authors.bob.github_username", "authors.bob")):
        listed = found[handle]
        assert (listed["severity"], listed["confidence"]) == ("medium", "low"), handle
        assert listed["location"]["record"] == key
        assert "own" not in listed["message"].split("[")[0], listed["message"]
        assert f"lists under `{entry}`" in listed["message"]
        assert f"If `{entry}` is your own entry, delete `{key}`" in listed["advice"]
    # A credit of the theme's author, even under `social`, is someone else's: never high.
    theme = found["mmistakes"]
    assert theme["severity"] != "high" and "own account" not in theme["message"]
    # Guards: singular `author.*` and `*_username` keys are still the writer's own, high.
    for handle in ("quietpen", "quietpen_writes"):
        own = found[handle]
        assert (own["severity"], own["confidence"]) == ("high", "high"), handle
        assert "the author's own account" in own["message"]


def test_the_writers_own_entry_named_twice_is_said_at_its_strongest(tmp_path: Path) -> None:
    """Guard: the same account as ``author.github`` and in an author entry is one finding, high."""
    config = ("title: L\nauthor:\n  github: https://github.com/quietpen\nauthors:\n  qp:\n"
              "    github: https://github.com/quietpen\n  jane:\n    github: https://github.com/janedoe\n")
    site = build_jekyll_blog(tmp_path / "j", [], config=config)
    found = _accounts(_run("check", str(site / "_config.yml")))
    own = found["quietpen"]
    assert (own["severity"], own["confidence"]) == ("high", "high")
    assert "the author's own account" in own["message"] and "in 2 links" in own["message"]


def test_a_themes_example_site_configuration_is_not_the_writers_own(tmp_path: Path) -> None:
    theme = write_tree(tmp_path / "theme", {
        "theme.toml": 'name = "Lantern"\n',
        "layouts/_default/single.html": "<html></html>",
        "exampleSite/hugo.toml": ('baseURL = "https://example.org/"\ntitle = "Demo"\n[params]\n'
                                  '[[params.socialIcons]]\nname = "github"\nurl = "https://github.com/themedev"\n'),
        "exampleSite/content/posts/one.md": ("+++\ntitle = 'One'\ndate = 2025-05-01T08:00:00+01:00\n+++\n"
                                             "Rain on the ward windows again.\n"),
    }, zip=False)
    found = _accounts(_run("scan", str(theme)))
    demo = found["themedev"]
    assert (demo["severity"], demo["confidence"]) == ("medium", "low")
    assert demo["location"]["path"].endswith("exampleSite/hugo.toml")
    assert "theme's example configuration" in demo["message"] and "own" not in demo["message"].split("[")[0]
    assert "copied it into your own configuration" in demo["advice"]


# -- 4. a profile's links to other people -------------------------------------------------------

BIO = ("Nurse, knitter. Avatar art by https://instagram.com/inkfox_art | married to "
       "https://twitter.com/bigdave_leeds | not affiliated with https://github.com/nhsx | "
       "art by me: https://instagram.com/purlwise_knits")


def _x_profile(tmp_path: Path, bio: str) -> Path:
    profile = {"profile": {"description": {"bio": bio, "website": "", "location": ""}}}
    return build_twitter_archive(tmp_path / "x", [], zip=False,
                                 extra_files={"data/profile.js": _ytd("profile.part0", [profile])})


def test_a_bios_credit_spouse_and_disclaimer_are_not_the_accounts_own(tmp_path: Path) -> None:
    found = _accounts(_run("scan", str(_x_profile(tmp_path, BIO))))
    for handle, cue in (("inkfox_art", "credited ('art by')"),
                        ("nhsx", "named in a disclaimer ('not affiliated with')")):
        lead = found[handle]
        assert (lead["severity"], lead["confidence"]) == ("low", "low"), handle
        assert cue in lead["message"] and lead["location"]["record"] == "bio"
        assert not lead["advice"].startswith("Remove the link from the profile"), handle
    spouse = found["bigdave_leeds"]
    assert (spouse["severity"], spouse["confidence"]) == ("medium", "medium")
    assert spouse["clue"] == {"kind": "family", "value": "X bigdave_leeds (married to)"}
    assert "names someone close to the writer" in spouse["message"]
    assert "someone close to you" in spouse["advice"]
    # Guard: "art by me" is the writer's own account, said so as before.
    own = found["purlwise_knits"]
    assert (own["severity"], own["confidence"]) == ("high", "high")
    assert "linked from the account's own profile" in own["message"]


def test_cues_bind_to_their_own_link_only() -> None:
    """A cue before one link does not carry to the next one across a separator or a link."""
    found = {h.value.split(" (")[0]: h for _, hits in L.scan_record(
        "pfp by @ink https://twitter.com/ink_art | my wife's insta https://instagram.com/jo_k and my "
        "GitHub https://github.com/jkwrites. Views my own, not those of https://github.com/nhsx",
        (), L.PROFILE, "bio") for h in hits}
    assert found["X ink_art"].other == "credit"
    assert found["Instagram jo_k"].other == "relation" and found["Instagram jo_k"].clue_kind == "family"
    assert found["GitHub jkwrites"].other is None and found["GitHub jkwrites"].severity == "high"
    assert found["GitHub nhsx"].other == "disclaimer"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("art by married to my wife's not affiliated with :|.-@ 📷\n")),
               max_size=400))
def test_other_cue_never_fails_and_stays_fast(context: str) -> None:
    start = time.perf_counter()
    found = L.other_cue(context)
    assert found is None or found[0] in ("credit", "relation", "disclaimer")
    assert time.perf_counter() - start < 0.5

"""fin15 (fifteenth session): three leftovers of the day.

1. A Word comment by another person (doc15c: a post with authored=False, extra["by_other"]) and a
   retweet are not the writer's words, so the disclosure, place and link detectors skip them; but a
   watched term there (the writer's real name, their employer) is in what the file or the account
   publishes: the watchlist reads them too, and says whose words they are.
2. On a one-person blog (owner in _config.yml) whose only author-data entry is a guest signing 1 post
   of 11, SELF006 said "the posts are signed 'Dr Alan Grant' (author: alan)" high/high and "The byline
   'alan' is shown as 'Dr Alan Grant' on every post" (rev15b 8): the entry is the writer's only by
   links.roles_of's rule (the configuration names it, or it signs more than half of all the posts,
   unsigned ones counting for the configuration's author).
3. Another handle said without a platform ("My username elsewhere is priya_k_physio.", "I'm
   priya_k_physio on most other sites") is SELF020 (walk15 item 4).

Documents are built with python-docx, X archives and Jekyll blogs with tests/archive_builders.py, the
watchlist with `nymaudit watch add`; everything runs through the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog, build_twitter_archive, make_tweet
from nymaudit.cli import app

docx = pytest.importorskip("docx")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    return result.exit_code, result.stdout


def report(*args: str) -> dict[str, Any]:
    _code, out = run(*args, "--format", "json")
    return json.loads(out)


def rule(doc: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


def watchlist(path: Path, *terms: str) -> Path:
    code, out = run("watch", "add", *terms, "--watchlist", str(path))
    assert code == 0, out
    return path


def reviewed(path: Path) -> Path:
    """Sam Jones's notes, with a comment by Bob Smith (a reviewer) naming Sam's employer."""
    document = docx.Document()
    document.core_properties.author = "Sam Jones"
    document.core_properties.last_modified_by = "Sam Jones"
    paragraph = document.add_paragraph("Notes on the quarterly figures for the team.")
    document.add_paragraph("The second quarter was better than the first.")
    document.add_comment(paragraph.runs[0], author="Bob Smith", initials="BS",
                         text="Great work Sam, Northwind Logistics will love this.")
    document.save(str(path))
    return path


# -- 1. the watchlist reads someone else's words the file or account publishes -----------------------


@pytest.mark.parametrize("command", ["check", "scan"])
def test_a_reviewers_comment_naming_a_watched_term_is_found(tmp_path: Path, command: str) -> None:
    wl = watchlist(tmp_path / "wl.toml", "Northwind Logistics")
    doc = report(command, str(reviewed(tmp_path / "notes.docx")), "--watchlist", str(wl))
    [found] = rule(doc, "WATCH001")
    assert found["location"]["record"] == "comment 1 (by another person)"
    assert "a comment by another person" in found["message"], found["message"]
    assert "delete the comment" in found["message"], found["message"]
    assert "Northwind" not in json.dumps(found)  # the term itself is never in the report
    # Still not the writer's words: no disclosure of an employer from the reviewer's comment.
    assert not [f for f in doc["findings"] if f["rule"].startswith(("SELF", "PLACE"))
                and str(f["location"].get("record", "")).startswith("comment")]


def test_the_writers_own_words_and_a_comment_are_counted_together(tmp_path: Path) -> None:
    """One finding per term; the message says how many matches are in someone else's words."""
    document = docx.Document()
    document.core_properties.author = "Sam Jones"
    paragraph = document.add_paragraph("I started at Northwind Logistics in May.")
    document.add_comment(paragraph.runs[0], author="Bob Smith", initials="BS",
                         text="Maybe leave Northwind Logistics out?")
    document.save(str(tmp_path / "d.docx"))
    wl = watchlist(tmp_path / "wl.toml", "Northwind Logistics")
    [found] = rule(report("check", str(tmp_path / "d.docx"), "--watchlist", str(wl)), "WATCH001")
    assert "2 times" in found["message"], found["message"]
    assert "1 of them is in someone else's words (a comment by another person)" in found["message"]


def test_a_retweet_naming_a_watched_term_is_found(tmp_path: Path) -> None:
    """A retweet's text is shown on the account's timeline: the writer's real name in it joins the two."""
    tweets = [make_tweet(str(1000 + i), f"Tue Feb 04 {10 + i}:00:00 +0000 2025",
                         f"Bus was late again, day {i}") for i in range(5)]
    tweets.append(make_tweet("2000", "Wed Feb 05 20:00:00 +0000 2025",
                             "Congratulations to Sam Jones on the award!", retweet_of="council_watch"))
    archive = build_twitter_archive(tmp_path / "twitter", tweets, zip=True)
    wl = watchlist(tmp_path / "wl.toml", "Sam Jones")
    [found] = rule(report("scan", str(archive), "--watchlist", str(wl)), "WATCH001")
    assert found["location"]["record"] == "2000"
    assert "(a retweet)" in found["message"] and "undo the retweet" in found["message"], found["message"]


def test_the_text_detectors_still_read_the_writers_words_alone(tmp_path: Path) -> None:
    from nymaudit.sources.detect import read_inputs
    from nymaudit.text.normalize import corpus_texts

    corpus = read_inputs([reviewed(tmp_path / "notes.docx")])
    own = corpus_texts(corpus)
    every = corpus_texts(corpus, include_others=True)
    assert not [t for t in own if "comment" in (t.origin.record or "")]
    assert [t.origin.record for t in every[len(own):]] == ["comment 1 (by another person)"]
    assert corpus_texts(corpus) is own  # the detectors' texts stay computed once


# -- 2. a guest's byline on a one-person blog ----------------------------------------------------------


def blog(dest: Path, guest_posts: int = 1, own_posts: int = 10) -> Path:
    """rev15b's one-person Jekyll blog (owner in _config.yml) whose _data/authors.yml holds only a guest."""
    posts: list[dict[str, Any]] = [
        {"name": f"2025-03-{i + 1:02d}-post.md", "front": {"title": f"Post {i}", "layout": "post"},
         "body": "Another week of committee papers and late buses."} for i in range(own_posts)]
    posts += [{"name": f"2025-04-{i + 1:02d}-guest.md", "front": {"title": "A guest post", "author": "alan"},
               "body": "Thanks for having me on the blog."} for i in range(guest_posts)]
    return build_jekyll_blog(
        dest, posts,
        config="title: Back Office Notes\nurl: https://backofficenotes.github.io\n"
               "author:\n  name: Quiet Pen\n  twitter: quietpen_notes\n",
        files={"_data/authors.yml": "alan:\n  name: Dr Alan Grant\n  url: https://alangrant.org\n"
                                    "  twitter: alangrant\n  github: agrant\n"})


def test_a_guests_byline_is_not_the_writers(tmp_path: Path) -> None:
    found = rule(report("scan", str(blog(tmp_path / "blog"))), "SELF006")
    assert not [f for f in found if "Alan Grant" in f["message"]], [f["message"] for f in found]
    [pen] = found
    assert pen["location"]["record"] == "author.name"
    # Most posts carry no byline, so themes show 'Quiet Pen' on them: it may be the pen name.
    assert (pen["severity"], pen["confidence"]) == ("medium", "medium")
    assert "10 of the site's 11 posts carry no byline" in pen["message"], pen["message"]
    assert "the other post is signed 'alan', another author's" in pen["message"], pen["message"]


def test_the_byline_most_posts_carry_is_still_the_writers(tmp_path: Path) -> None:
    """Guard: the same entry signing 8 posts of 11 is the writer's (its name is shown on them)."""
    found = rule(report("scan", str(blog(tmp_path / "blog", guest_posts=8, own_posts=3))), "SELF006")
    messages = [f["message"] for f in found]
    assert any("shown as 'Dr Alan Grant' on the 8 posts of 8 it signs" in m or
               "shown as 'Dr Alan Grant' on every post" in m for m in messages), messages
    [pen] = [f for f in found if f["location"]["record"] == "author.name"]
    assert pen["severity"] == "high" and "signed 'Dr Alan Grant' (author: alan)" in pen["message"]


def test_a_byline_the_configuration_names_is_the_writers_on_few_posts_too(tmp_path: Path) -> None:
    """Guard: `author: qc` in _config.yml, qc signing 1 post of 5 (the other 4 are qc's too, unsigned):
    the entry is the writer's, and the name it gives is the byline's display name on every post."""
    posts: list[dict[str, Any]] = [
        {"name": f"2025-03-{i + 1:02d}-post.md", "front": {"title": f"Post {i}", "layout": "post"},
         "body": "Another week of committee papers and late buses."} for i in range(4)]
    posts.append({"name": "2025-03-20-signed.md", "front": {"title": "Signed", "author": "qc"},
                  "body": "Signed one."})
    config = "title: Back Office Notes\nurl: https://backofficenotes.github.io\nauthor: qc\n"
    site = build_jekyll_blog(tmp_path / "blog", posts, config=config,
                             files={"_data/authors.yml": "qc:\n  name: Margaret Thornbury\n"})
    [found] = rule(report("scan", str(site)), "SELF006")
    assert (found["severity"], found["confidence"]) == ("medium", "low")
    assert "The byline 'qc' is shown as 'Margaret Thornbury' on every post" in found["message"]


# -- 3. another handle said without a platform --------------------------------------------------------


@pytest.mark.parametrize(("said", "handle"), [
    ("My username elsewhere is priya_k_physio.", "priya_k_physio"),
    ("I'm priya_k_physio on most other sites", "priya_k_physio"),
    ("i'm priya_k_physio on most other sites", "priya_k_physio"),
    ("MY HANDLE EVERYWHERE ELSE IS PRIYA_K_PHYSIO", "PRIYA_K_PHYSIO"),
    ("Find me as @priya.k elsewhere if you like physio chat.", "priya.k"),
    ("I go by priya_k on other platforms.", "priya_k"),
    ("my handle on most other sites: quietclerk", "quietclerk"),
])
def test_a_handle_said_without_a_platform_is_self020(tmp_path: Path, said: str, handle: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"Clinic was busy today.\n\n{said}\n", encoding="utf-8")
    [found] = rule(report("check", str(draft)), "SELF020")
    assert found["clue"]["value"] == f"elsewhere: {handle}", found
    assert found["severity"] == "high"


@pytest.mark.parametrize("said", [
    "My username elsewhere is the same.",
    "I'm quieter everywhere else.",
    "I'm banned on most other sites lol",
    "I'm on most other sites too.",
    "I'm 100% sure it works elsewhere.",
    "I'm at home on most other sites' forums.",
])
def test_words_that_name_no_handle_stay_silent(tmp_path: Path, said: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"Clinic was busy today.\n\n{said}\n", encoding="utf-8")
    assert not rule(report("check", str(draft)), "SELF020")

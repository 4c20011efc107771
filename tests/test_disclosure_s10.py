"""Self-disclosures missed by the tenth session's walkthrough (walk10, 2026-11-29).

Item 2: `check` passed drafts that say where to find the writer at work in person ("Find me
at the Calderdale council offices on Horton Street most weekdays", "I work on Horton Street,
Halifax"). Item 11 (second half): "Our Ellie starts at Riverside Junior School" (the Northern
English "our <Name>" for one's child) gave no finding. The drafts are written as the
walkthrough made them (printf, one line and a newline); the WordPress post is a WXR export.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_wxr
from nymaudit.check import fixed_labels
from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize


def _check(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["check", *args], env={"NO_COLOR": "1"}, catch_exceptions=False)


def _draft(folder: Path, name: str, line: str) -> Path:
    path = folder / name
    path.write_text(line + "\n", encoding="utf-8")  # printf '%s\n' LINE > NAME
    return path


def _found(text: str) -> set[tuple[str, str]]:
    plain, _ = normalize(text)
    fast = {(d.rule_id, d.value) for d in disclosure.find(plain)}
    # Every pattern starts on one of its trigger or start words: anchored and full scans agree.
    assert fast == {(d.rule_id, d.value) for d in disclosure.find(plain, anchored=False)}, text
    return fast


WHERE_TO_FIND = [
    ("p1.md", "Find me at the Calderdale council offices on Horton Street most weekdays.",
     "Calderdale council offices", True),
    ("v1.md", "Find me at the council offices on Horton Street most weekdays.",
     "works at the council offices", True),
    ("v3.md", "You will find me at Calderdale Council most weekdays.", "Calderdale Council", True),
    ("v4.md", "I work on Horton Street, Halifax.", "works on Horton Street", False),
]


@pytest.mark.parametrize(("name", "line", "employer", "routine"), WHERE_TO_FIND)
def test_check_fails_a_draft_that_says_where_to_find_the_writer_at_work(
        tmp_path: Path, name: str, line: str, employer: str, routine: bool) -> None:
    result = _check(str(_draft(tmp_path, name, line)), "-f", "json")
    assert result.exit_code == 1, result.stdout
    found = json.loads(result.stdout)["findings"]
    values = {(f["rule"], (f.get("clue") or {}).get("value")) for f in found}
    assert ("SELF011", employer) in values, values
    assert (("SELF016", "says where and when they can be found") in values) is routine, values


def test_a_named_workplace_is_medium_and_the_redacted_report_hides_it(tmp_path: Path) -> None:
    files = [str(_draft(tmp_path, name, line)) for name, line, _, _ in WHERE_TO_FIND]
    result = _check(*files, "-f", "json")
    found = json.loads(result.stdout)["findings"]
    named = [f for f in found if f["rule"] == "SELF011" and f["clue"]["value"] == "Calderdale Council"]
    # Medium since review rev10b item 1: "find me at X" says where the writer is, not who employs them.
    assert named and named[0]["severity"] == "medium"
    redacted = _check(*files, "--redact")
    assert redacted.exit_code == 1
    for secret in ("Calderdale", "Horton", "Halifax"):
        assert secret not in redacted.stdout


@pytest.mark.parametrize("line", [
    "Scroll down and you will find me at the bottom of the page.",
    "You will find me at my best in the mornings.",
    "You will find me at my best most mornings.",
    "Find me at @quietfox on the other site.",
    "Find me at @quietfox most days.",
    "Find me at the top of the leaderboard most weeks.",
    "You'll find me in Discord most evenings.",
    "I work on Saturdays and Sundays.",
    "I work on the high street.",
    "Come and find me at the office party.",
    "Find me at the Box Office before the show.",
    '"Find me at Calderdale Council," she said.',
])
def test_look_alikes_are_not_a_workplace_or_a_routine(line: str) -> None:
    assert not {rule for rule, _ in _found(line)} & {"SELF011", "SELF016"}, line


def test_a_routine_at_a_place_that_is_not_work_is_only_a_routine() -> None:
    assert _found("You'll find me at the pub most Fridays.") == {
        ("SELF016", "says where and when they can be found")}
    assert _found("You'll find me at the school gates every morning.") == {
        ("SELF016", "says where and when they can be found")}


def test_the_routine_is_a_fixed_label_so_check_keys_it_on_its_sentence() -> None:
    """A fixed label is matched on the sentence that says it (check.leak_keys): another place
    'most weekdays' in a new draft is a new leak, not the accepted one."""
    assert ("SELF016", "says where and when they can be found") in fixed_labels()


@pytest.mark.parametrize(("text", "school"), [
    ("Our Ellie starts at Riverside Junior School in September.", "Riverside Junior School"),
    ("Our Ellie started at Riverside Junior School today, her first day.", "Riverside Junior School"),
    ("Our Jack's at Hebden Royd Primary now.", "Hebden Royd Primary"),
    ("Our Ellie is in Year 2 at Riverside Junior School.", "Riverside Junior School"),
    ("Our Ellie got into Calder High School!", "Calder High School"),
    ("Our little Ellie starts Reception at Riverside Primary.", "Riverside Primary"),
    ("Our Mary-Jane goes to St Joseph's Primary.", "St Joseph's Primary"),
])
def test_our_name_at_a_school_is_a_childs_school(text: str, school: str) -> None:
    assert ("SELF012", f"child: {school}") in _found(text)


@pytest.mark.parametrize("text", [
    "Our Lord is at St Mary's Primary School every day.",
    "Our Lord Jesus Christ",
    "Our Father, who art in heaven",
    "Our Father in heaven, hallowed be thy name",
    "Our Ellie-themed party is at Riverside Junior School.",
    "Our Ellie outside Riverside Junior School",
    "Our Head starts at Riverside Academy in September.",
    "Our Christmas Fair is at Riverside Primary School.",
    "Our Reception starts at Riverside Primary in September.",
    "Our Mrs Smith starts at Riverside Academy in September.",
    "Our Ellie got the bus to Calder High School.",
])
def test_our_followed_by_a_title_or_no_school_verb_is_not_a_child(text: str) -> None:
    assert not {rule for rule, _ in _found(text)} & {"SELF012"}, text


def test_a_wordpress_post_about_our_ellie_names_her_school(tmp_path: Path) -> None:
    """The walkthrough's WordPress site, as WordPress exports it (WXR 1.2)."""
    wxr = build_wxr(tmp_path / "site.WordPress.2026-11-29.xml", [{
        "post_id": "21", "title": "First day",
        "content": "<p>Our Ellie starts at Riverside Junior School in September. Big changes!</p>",
        "post_date": "2026-08-30 09:12:00", "post_date_gmt": "2026-08-30 08:12:00",
    }])
    out = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(wxr), "-f", "json"],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**os.environ, "NO_COLOR": "1"})
    assert out.returncode in (0, 1), out.stderr
    family = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "SELF012"]
    assert [(f["clue"]["value"], f["severity"]) for f in family] == [
        ("child: Riverside Junior School", "high")]

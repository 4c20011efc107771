"""Self-disclosure misses and false alarms met by walkthrough walk16 (items 3, 4, 5, 14) and red team red16
(F8); sixteenth session, txt16b.

- A pattern whose regex began with a word the anchored scan never tried ("on my night shift": trigger word
  'shift', regex starting at 'on') never fired. Every pattern must now fire, through the anchored scan, on at
  least one of its rule's match examples, and the anchored and full scans must agree on every example.
  (heuristics/places.toml has no per-pattern trigger words and no anchored scan: nothing to check there.)
- Workplaces named with a shift, a street, a floor, a routine or a document's classification marking.
- A relative's workplace or school named.
- 'I'm at my desk' and 'My team is Celtic music fans' are no workplace; a favourite team and a local club
  the writer plays for are SELF019; 'Backend dev' in a bio is a job.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.rules import load_file
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

_TOKENS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


def _rules() -> list[dict[str, Any]]:
    return list(load_file("disclosure").get("rule", []))


def _example_text(example: str) -> tuple[str, bool]:
    profile = example.startswith(disclosure.PROFILE_EXAMPLE)
    text, _ = normalize(example.removeprefix(disclosure.PROFILE_EXAMPLE))
    return text, profile


def _fires_anchored(p: disclosure.Pattern, text: str) -> bool:
    """True when ``p`` matches ``text`` the way find() tries it: only on a text holding one of its trigger
    words, and (anchored patterns) only at one of its start words."""
    words = [(m.group().lower(), m.start()) for m in _TOKENS.finditer(text)]
    if not p.words or not p.words & {w for w, _ in words}:
        return False
    recased = disclosure._recased(text)
    if recased is not None:
        text = recased
    if p.require is not None and not p.require.search(text):
        return False
    regex = p.regex if recased is None or p.caseless_regex is None else p.caseless_regex
    if not p.anchor:
        return regex.search(text) is not None
    return any(regex.match(text, at) for w, at in words if w in p.starts)


def _patterns_with_rules() -> list[tuple[int, disclosure.Pattern, dict[str, Any]]]:
    by_id = {rule["id"]: rule for rule in _rules()}
    return [(n, p, by_id[p.rule_id]) for n, p in enumerate(disclosure.patterns())]


def test_every_pattern_fires_through_the_anchored_scan_on_one_of_its_match_examples() -> None:
    dead = []
    for number, p, rule in _patterns_with_rules():
        examples = [_example_text(e)[0] for e in rule.get("examples", {}).get("match", [])
                    if not e.startswith(disclosure.PROFILE_EXAMPLE)]
        if not any(_fires_anchored(p, text) for text in examples):
            dead.append(f"{p.rule_id} pattern {number}: {p.regex.pattern[:90]}")
    assert dead == [], "patterns no match example exercises:\n" + "\n".join(dead)


def test_anchored_and_full_scans_agree_on_every_example() -> None:
    differ = []
    for rule in _rules():
        examples = rule.get("examples", {})
        for example in [*examples.get("match", []), *examples.get("no_match", [])]:
            text, profile = _example_text(example)
            fast = sorted((d.rule_id, d.value) for d in disclosure.find(text, profile=profile))
            full = sorted((d.rule_id, d.value)
                          for d in disclosure.find(text, anchored=False, profile=profile))
            if fast != full:
                differ.append(f"{rule['id']} {example!r}: anchored {fast}, full {full}")
    assert differ == []


@pytest.mark.parametrize("text", [
    "3am on a night shift again.", "Writing this on my night shift.", "On a 12-hour shift again.",
    "I was on a late shift at the hospital.", "I'm on nights again this week.",
])
def test_a_shift_is_found_by_the_anchored_scan(text: str) -> None:
    fast = {(d.rule_id, d.value) for d in disclosure.find(text)}
    assert ("SELF010", "works shifts") in fast
    assert fast == {(d.rule_id, d.value) for d in disclosure.find(text, anchored=False)}


def found(text: str, profile: bool = False) -> set[tuple[str, str, str | None]]:
    plain, _ = normalize(text)
    return {(d.rule_id, d.value, d.severity) for d in disclosure.find(plain, profile=profile)}


@pytest.mark.parametrize(("text", "rule", "value", "severity"), [
    ("Another night shift at Merrion House.", "SELF011", "Merrion House", "high"),
    ("Up early before my shift at the Royal Lancaster Infirmary", "SELF011", "Royal Lancaster Infirmary",
     "high"),
    ("Same, I'm on nights at the council too", "SELF011", "works shifts at a council", None),
    ("I'm on nights at St James's this week.", "SELF011", "St James's", "high"),
    ("I work in the financial crime team at a mutual on St Andrew Square.", "SELF011",
     "works on St Andrew Square", None),
    ("Working from the office on Legnicka Street today, the coffee machine is broken.", "SELF011",
     "works on Legnicka Street", None),
    ("Our team on the 3rd floor of Merrion House is moving.", "SELF011", "Merrion House", "high"),
    ("The management restructure at Leeds City Council is going to gut frontline housing.", "SELF011",
     "Leeds City Council", None),
    ("Lothian Mutual plc - INTERNAL", "SELF011", "Lothian Mutual plc", "high"),
    ("CONFIDENTIAL | Acme Foods Ltd", "SELF011", "Acme Foods Ltd", "high"),
    ("Our Head of Compliance, Fiona Baird, said the FCA would never look at this.", "SELF022",
     "Head of Compliance Fiona Baird", None),
    ("My head of finance, Dave Kerr, signed it off.", "SELF022", "head of finance Dave Kerr", None),
    ("My wife teaches at Boroughmuir High.", "SELF012", "wife: Boroughmuir High", "high"),
    ("My husband works for Leeds City Council.", "SELF012", "husband: Leeds City Council", "high"),
    ("My daughter's school in Roundhay has a coding club now!", "SELF012", "daughter: school in Roundhay",
     "high"),
    ("My favourite team is Bradford Bulls and I go every week.", "SELF019", "Bradford Bulls", None),
    ("We won our Sunday league match for Chapel Allerton FC, I scored twice.", "SELF019",
     "plays for Chapel Allerton FC", "medium"),
])
def test_missed_disclosures_are_found(text: str, rule: str, value: str, severity: str | None) -> None:
    assert (rule, value, severity) in found(text)


def test_a_job_title_in_a_bio() -> None:
    assert ("SELF010", "Backend dev", None) in found("Backend dev in Lower Silesia.", profile=True)


@pytest.mark.parametrize(("text", "rule"), [
    ("I'm at my desk.", "SELF011"),
    ("my desk", "SELF011"),
    ("My team is Celtic music fans, we meet on Tuesdays.", "SELF011"),
    ("My team is Celtic music fans, we meet on Tuesdays.", "SELF019"),
    ("Great win for Arsenal FC, we were brilliant.", "SELF019"),
    ("Our Head of State, King Charles, spoke today.", "SELF022"),
    ("The night shift at the factory walked out.", "SELF011"),
    ("I work in the city but live on Mill Lane.", "SELF011"),
    ("Apple Inc: Confidential documents leaked to the press", "SELF011"),
    ("my shift at Christmas was quiet", "SELF011"),
])
def test_false_alarms_are_gone(text: str, rule: str) -> None:
    assert not {f for f in found(text) if f[0] == rule}


def test_unchanged_neighbours() -> None:
    # What the changes must leave alone: a work team with words of work, a club, a child's school.
    assert ("SELF011", "describes their workplace", None) in found(
        "My team is Leeds, the rest of the department is in London.")
    assert ("SELF019", "arsenal", None) in found("my team is arsenal")
    assert ("SELF012", "daughter: Roundhay School", "high") in found("Our daughter goes to Roundhay School.")
    assert ("SELF011", "talks about their workplace routine", None) in found(
        "Back at work after the away day.")


def _check(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--fail-on", "critical"],
                                env={"NO_COLOR": "1"}, catch_exceptions=False)
    return list(json.loads(result.stdout)["findings"])


def test_check_names_the_employer_of_a_docx_footer_marking(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Lothian Mutual plc - INTERNAL"
    document.add_paragraph("Draft notes on the quarterly figures.")
    document.save(str(tmp_path / "notes.docx"))
    employer = [(f["severity"], (f.get("clue") or {}).get("value")) for f in _check(tmp_path / "notes.docx")
                if f["rule"] == "SELF011"]
    assert ("high", "Lothian Mutual plc") in employer


def test_check_on_a_draft_finds_the_walkthroughs_sentences(tmp_path: Path) -> None:
    draft = tmp_path / "probe.md"
    draft.write_text("---\ntitle: Notes\n---\n\nAnother night shift at Merrion House.\n\n"
                     "My wife teaches at Boroughmuir High.\n\nThe management restructure at Leeds City "
                     "Council is going to gut frontline housing.\n\nI'm at my desk.\n", encoding="utf-8")
    got = {(f["rule"], (f.get("clue") or {}).get("value")) for f in _check(draft)}
    assert {("SELF011", "Merrion House"), ("SELF012", "wife: Boroughmuir High"),
            ("SELF011", "Leeds City Council")} <= got
    assert ("SELF011", "talks about their workplace routine") not in got


def test_hot_desking_written_with_a_hyphen_is_a_routine() -> None:
    # The routine pattern woke on 'at' or 'in' anywhere in a text; now only on its own words, which must then
    # include the hyphenated tokens ('hot-desking' is one token).
    assert ("SELF011", "talks about their workplace routine", None) in found("Hot-desking again, no chair.")

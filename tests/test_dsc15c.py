"""Fifteenth session (2026-11-30), dsc15c: an ancestor's record read as the writer's date of birth
(rev15d item 4).

A family-history post, "Found great-grandma's record at the archive today!\\n\\nName: Agnes Mary
Smith\\nDOB: 12/03/1921\\nDied: 04/11/1999", gave SELF013 high "date of birth 12/03/1921": dsc15b's doubt
read only the 'DOB:' line and the line before it. Now a death, burial or funeral line in the DOB's block of
lines, or an ancestor or a relative's papers in the post's opening lines, keep it one step lower with
"(may be someone else's)" and low confidence; a date of birth that would make the writer over 100 on the
post's date (today's, undated) is dropped. The writer's own dates of birth (test_dsc15b's cases) stay high.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

DOUBT = " (may be someone else's)"


def _dobs(text: str, year: int | None = 2025) -> list[disclosure.Disclosure]:
    plain, _ = normalize(text)
    return [d for d in disclosure.find(plain, year)
            if d.rule_id == "SELF013" and d.value.startswith("date of birth")]


# --- a record of someone who has died, or under an ancestor: kept one step lower --------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("Found great-grandma's record at the archive today!\n\nName: Agnes Mary Smith\nDOB: 12/03/1941\n"
     "Died: 04/11/1999\nBuried: St Mary's, Whitby", "12/03/1941"),
    ("Name: Agnes Mary Smith\nDOB: 12/03/1941\nDied: 04/11/1999", "12/03/1941"),
    ("Name: Agnes Mary Smith\nDate of birth: 12 March 1941\nDate of death: 4 November 1999", "12 March 1941"),
    ("Agnes Mary Smith\nDOB: 12/03/1941\nDOD: 04/11/1999", "12/03/1941"),
    ("Agnes Mary Smith, d. 1999\nDOB: 12/03/1941", "12/03/1941"),
    ("Agnes Mary Smith\nDOB: 12/03/1941\nBuried: St Mary's, Whitby", "12/03/1941"),
    ("Agnes Mary Smith RIP\nDOB: 12/03/1941", "12/03/1941"),
    ("Grandad's army papers.\n\nService number: 14412345\nDOB: 30/01/1935\nEnlisted: 1953", "30/01/1935"),
    ("Working on the family tree tonight.\n\nName: Thomas Smith\nDOB: 02/07/1938", "02/07/1938"),
    ("My son's passport renewal.\n\nName: Tom Jones\nDOB: 12/03/2015", "12/03/2015"),
    ("Parish register, St Hilda's:\n\nName: Jane Storm\nDOB: 02/07/1930", "02/07/1930"),
])
def test_an_ancestors_record_may_be_someone_elses(text: str, date: str) -> None:
    found = _dobs(text)
    assert [(d.value, d.severity, d.confidence) for d in found] == [
        (f"date of birth {date}{DOUBT}", "medium", "low")], found


# --- a writer over 100: not the writer -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "year"), [
    ("Found great-grandma's record at the archive today!\n\nName: Agnes Mary Smith\nDOB: 12/03/1921\n"
     "Died: 04/11/1999", 2025),
    ("Name: Agnes Mary Smith\nDOB: 12/03/1921", 2025),  # no other sign: 104 on the post's date is enough
    ("Grandad's army papers.\n\nService number: 14412345\nDOB: 30/01/1925\nEnlisted: 1943", 2026),
    ("I was born on 3 May 1921 in Whitby.", 2025),
    ("My date of birth is 12/03/1910.", 2025),
    ("Name: Agnes Mary Smith\nDOB: 12/03/1901", None),  # undated: over 100 today
])
def test_a_date_of_birth_over_a_hundred_years_back_is_not_the_writers(text: str, year: int | None) -> None:
    assert not _dobs(text, year), _dobs(text, year)


def test_a_hundred_years_exactly_is_still_reported() -> None:
    """Over 100, not 100: 'DOB: 12/03/1925' in 2025 may be a centenarian's own (kept, as before)."""
    assert [d.severity for d in _dobs("Name: Ada Jones\nDOB: 12/03/1925", 2025)] == ["high"]


def test_a_two_digit_year_says_no_century() -> None:
    """'12/03/21' may be 1921 or 2021: no age is read from it, so nothing is dropped for one."""
    assert [d.value for d in _dobs("Name: Ada Jones\nDOB: 12/03/21", 2025)] == ["date of birth 12/03/21"]


# --- the writer's own date of birth: high, as before ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Passport renewal, my details for next time:\nName: Sam Jones\nDOB: 12/03/1985\nPassport no: 123456789",
    "Notes to self\nDOB: 12/03/1985\nBlood type O+\nGP: Dr Patel, she is lovely",
    "DOB: 12/03/1985\nNI: QQ123456C\nMy husband says I should keep this somewhere safer.",
    "Can someone please help? The council form keeps rejecting my date.\nDOB: 12/03/1985",
    # A death or a grandparent after the writer's block, or after the DOB line, is no record of them.
    "Name: Sam Jones\nDOB: 12/03/1985\n\nRIP Grandad, miss you every day.",
    "Name: Sam Jones\nDOB: 12/03/1985\nGrandad would have laughed at this form.",
    # 'died' and 'death' as words, not a record's labels; 'rip' is no RIP.
    "Form for the gym\nDOB: 12/03/1985\nI nearly died on the rowing machine, death by cardio",
    "Name: Sam Jones\nDOB: 12/03/1985\nrip my knees after that run",
])
def test_the_writers_own_date_of_birth_stays_high(text: str) -> None:
    assert [(d.severity, d.value.endswith(DOUBT)) for d in _dobs(text)] == [("high", False)], _dobs(text)


# --- end to end: the reviewer's family-history blog ------------------------------------------------------

GENEALOGY = [
    "Found great-grandma's record at the archive today!\n\nName: Agnes Mary Smith\nDOB: 12/03/1921\n"
    "Died: 04/11/1999\nBuried: St Mary's, Whitby",
    "1939 Register entry:\n\nName: Thomas Smith\nDate of birth: 02/07/1898\nOccupation: Fisherman",
    "Grandad's army papers.\n\nService number: 14412345\nDOB: 30/01/1935\nEnlisted: 1953",
    "Census transcription, 1911, household of William Smith, fisherman, Whitby.",
]


def _site(root: Path, texts: list[str]) -> list[Path]:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    paths = []
    for i, text in enumerate(texts):
        path = posts / f"note-{i:02d}.md"
        path.write_text(f'---\ntitle: "Note {i + 1}"\ndate: 2025-03-{1 + i:02d}T19:00:00Z\n---\n{text}\n',
                        encoding="utf-8")
        paths.append(path)
    return paths


def _check(paths: list[Path]) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["check", *map(str, paths), "--format", "json", "--no-redact"],
                             catch_exceptions=False)
    report: dict[str, Any] = json.loads(out.stdout)
    return report


def test_check_on_a_family_history_blog(tmp_path: Path) -> None:
    report = _check(_site(tmp_path, GENEALOGY))
    dobs = [f for f in report["findings"] if f["rule"] == "SELF013"]
    text = json.dumps(dobs)
    assert "12/03/1921" not in text  # great-grandma, who would be 104: not reported
    assert "02/07/1898" not in text
    assert len(dobs) == 1 and "30/01/1935" in text and "may be someone else" in text, dobs
    assert (dobs[0]["severity"], dobs[0]["confidence"]) == ("medium", "low")


def test_check_still_finds_the_writers_own_date_of_birth_beside_them(tmp_path: Path) -> None:
    """The writer's notes on the same blog, in a post of their own, are the writer's: high."""
    paths = _site(tmp_path, [*GENEALOGY, "Notes to self\nDOB: 12/03/1985\nBlood type O+"])
    dobs = [f for f in _check(paths)["findings"] if f["rule"] == "SELF013"]
    own = [f for f in dobs if "12/03/1985" in json.dumps(f)]
    assert own and own[0]["severity"] == "high" and "may be someone else" not in json.dumps(own), dobs

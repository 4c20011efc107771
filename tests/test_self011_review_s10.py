"""SELF011 'As a <job> at <Org>': the writer as the sentence's subject (review rev10a item 4,
2026-11-29, tenth session).

The form needed I/my/we/our within four plain words after the organisation, so the writer's
own employer was lost as soon as a place or an aside came first ("As a nurse at St Mary's
Hospital, Leeds, I ..."), while "My sister started as a nurse at LGI and we are so proud"
still matched at high. Now "As a" must open the sentence (after at most a few openers such
as "Honestly,") and the writer may follow a place between commas, a bracket, a pair of
dashes, a phrase on a preposition or a time word, or a which/where clause between commas. The
writer may also be the subject before "as" ("I've seen it all as a nurse at St Mary's"), with
only lower-case words between and none of them another person, a new clause, a wish or a denial.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nymaudit.text import disclosure
from nymaudit.text.normalize import normalize

WRITERS = [
    ("As a nurse at St Mary's Hospital, Leeds, I see this every shift.", "St Mary's Hospital"),
    ("As a nurse at St Mary's for the past fifteen years, I've seen it all.", "St Mary's"),
    ("As a teacher at Mount Lawley Senior High (Perth), I get the early finish.",
     "Mount Lawley Senior High"),
    ("As a nurse at St Mary's - and a mum of two - I'm exhausted.", "St Mary's"),
    ("As a nurse at St Mary's\u2014and a mum of two\u2014I'm exhausted.", "St Mary's"),
    ("As a paramedic at Yorkshire Ambulance Service for over a decade now, I know the A64.",
     "Yorkshire Ambulance Service"),
    ("Long week. As a nurse at St Mary's, Leeds, for ten years now, I know.", "St Mary's"),
    ("Honestly, as a nurse at St Mary's I see this daily.", "St Mary's"),
    ("Speaking as a nurse at St Mary's, I disagree.", "St Mary's"),
    ("As a nurse at St Mary's, my shifts are twelve hours.", "St Mary's"),
    ("- As a nurse at St Mary's I see this.", "St Mary's"),
    ("As HR Manager at Acme Foods, Leeds, I signed the letter.", "Acme Foods"),
    ("As Store Manager at Tesco for six years, I have seen it all.", "Tesco"),
    ("As a nurse at St Mary's, which I love, I see this.", "St Mary's"),
    # the writer as the subject before "as a"
    ("I've seen it all as a nurse at St Mary's.", "St Mary's"),
    ("I spent ten years as a paramedic at Yorkshire Ambulance Service.", "Yorkshire Ambulance Service"),
    # unchanged from before
    ("G'day! As a teacher at Mount Lawley Senior High I get the early finish on Fridays.",
     "Mount Lawley Senior High"),
    ("As HR Manager at Acme Foods, I signed the letter", "Acme Foods"),
]

SOMEONE_ELSE = [
    "My sister started as a nurse at Leeds General Infirmary and we are so proud of her.",
    "She trained as a nurse at Guy's Hospital before we met.",
    "He retired as a teacher at Allerton High in my first year there.",
    "Jane Smith, as a nurse at St Mary's, said the ward was full.",
    "Speaking as a nurse at St Mary's, Jane Smith said the ward was full.",
    "As a nurse at St Mary's, Jane Smith said we were short.",
    "As a nurse at St Mary's for years, she told me I was wrong.",
    "As Finance Director at Tesco, Alan Stewart said we were fine.",
    "As Finance Director at Tesco, Leeds, Alan Stewart oversaw it.",
    "My mum worked as a nurse at St Mary's, and I remember the shifts.",
    "She worked there, as a nurse at St Mary's, until I was born.",
    "As a nurse at heart I worry about it.",
    "I met her when she started as a nurse at St Mary's.",
    "I'd love to work as a nurse at St Mary's.",
    "I never worked as a nurse at St Mary's.",
    "I applied as a nurse at St Mary's last week.",
    "I know Jane started as a nurse at St Mary's.",
    "I think my sister started as a nurse at St Mary's.",
    "I remember the day mum started as a nurse at St Mary's.",
    "I think of it as a nurse at St Mary's would.",
]


def employers(text: str, anchored: bool = True) -> set[tuple[str, str | None]]:
    plain, _ = normalize(text)
    return {(d.value, d.severity) for d in disclosure.find(plain, anchored=anchored)
            if d.rule_id == "SELF011"}


@pytest.mark.parametrize(("text", "value"), WRITERS)
def test_writers_own_employer_after_a_place_or_an_aside(text: str, value: str) -> None:
    assert employers(text) == {(value, "high")}
    assert employers(text, anchored=False) == employers(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_someone_elses_job_is_not_the_writers_employer(text: str) -> None:
    assert employers(text) == set()
    assert employers(text, anchored=False) == set()


def test_jekyll_blog_employer_with_a_place_and_not_a_sisters(tmp_path: Path) -> None:
    """A Jekyll site (built as Jekyll lays one out): the writer's employer with a place or an
    aside before 'I' is reported at high; a sister's or a colleague's is not."""
    from archive_builders import build_jekyll_blog

    sentences = [text for text, _ in WRITERS[:6]] + SOMEONE_ELSE[:3]
    site = build_jekyll_blog(tmp_path / "blog", [
        {"name": f"2025-06-{i + 1:02d}-p{i}.md", "front": {"title": f"P{i}"},
         "body": f"Long week.\n\n{s}\n"} for i, s in enumerate(sentences)])
    out = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(site), "-f", "json"],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**os.environ, "NO_COLOR": "1"})
    assert out.returncode in (0, 1), out.stderr
    found = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "SELF011"]
    values = {(f.get("clue") or {}).get("value"): f["severity"] for f in found}
    assert values == {"St Mary's Hospital": "high", "St Mary's": "high",
                      "Mount Lawley Senior High": "high", "Yorkshire Ambulance Service": "high"}, values

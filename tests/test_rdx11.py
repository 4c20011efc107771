"""Redaction, eleventh session (2026-11-29, helper rdx11): what a shared report still told by length.

1. `compare --known LABEL=PATH --redact` and `scan --known --redact` masked a label letter by letter:
   "******** **********-********" beside "**" told a 28-letter real name from a 2-letter one. The
   labels are now numbered in the order given ("known 1", "known 2") everywhere.
2. Post text quoted as evidence kept each word's length: a name no finding identifies ("lunch with
   Morwenna at ...") read "********". Every masked word is now one fixed "***", and the word the
   finding is about is marked "[***]".
3. File and folder names kept each masked word's length ("notes-from-*********-1.md"): fixed too
   (the owner finds the file by the unredacted report, which lists the same findings in the same
   order).

Real input: text corpora on disk as a user keeps them, a Jekyll blog from
``tests/archive_builders.py``; every output searched for the planted strings, case-folded, and
for their first five letters with the line breaks taken out (a word rich wraps)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

LONG_LABEL = "Morwenna Trevithick-Pengelly"
SHORT_LABEL = "Al"
PLANTED = ("Morwenna", "Trevithick", "Pengelly", "Bartholomew", "Horsforth", "marmalade")

PSEUDO = ("My cat Bartholomew knocked the teapot over again in Horsforth. Bartholomew is a menace, "
          "and the marmalade jar is his favourite target. I must say, whilst the kettle boiled, "
          "nobody came. ")
KNOWN = ("Yesterday Bartholomew climbed the bookcase in Horsforth. I found marmalade on the floor "
         "and Bartholomew on the shelf, looking pleased. I must say, whilst nobody watched. ")
OTHER = ("The committee resolved, after lengthy deliberation, that the harbour accounts should be "
         "audited quarterly; the treasurer objected; the motion nonetheless carried. ")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def _leaks(text: str) -> list[str]:
    """Planted strings, and their first five letters, found in ``text`` (case folded, line breaks
    and the indent of wrapped lines taken out)."""
    folded = text.casefold()
    joined = re.sub(r"\s+", "", folded).replace("\\", "")
    found = [p for p in PLANTED if p.casefold() in folded or p.casefold() in joined]
    found += [p[:5] for p in PLANTED if p[:5].casefold() in joined]
    return found


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # Folders named as a user names them: after the person (the path masks must hide it too).
    for folder, text, times in (("pseudo", PSEUDO, 20), ("trevithick_posts", KNOWN, 40),
                                ("al_minutes", OTHER, 40)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "posts.txt").write_text(text * times)
    monkeypatch.chdir(tmp_path)
    # The short label given first: numbered by the order given, not by the ranking.
    return ["pseudo", "--known", f"{SHORT_LABEL}=al_minutes", "--known", f"{LONG_LABEL}=trevithick_posts"]


def test_compare_numbers_the_labels_in_the_order_given(corpora: list[str]) -> None:
    code, plain, _ = _run("compare", *corpora, "--format", "json", "--no-redact")
    assert code == 0
    ranked = [c["label"] for c in json.loads(plain)["linkage"]["candidates"]]
    assert ranked == [LONG_LABEL, SHORT_LABEL]  # the long label ranks first: the order is not the rank's
    code, out, err = _run("compare", *corpora, "--format", "json", "--redact")
    assert code == 0, err
    doc = json.loads(out)
    link = doc["linkage"]
    assert [c["label"] for c in link["candidates"]] == ["known 2", "known 1"]
    assert list(link["words"]) == ["known 1", "known 2"]
    assert set(doc["calibration"]) == set(link["domain"]["known"]) == {"known 1", "known 2"}
    assert doc["shared_habits_with"] == "known 2"
    assert doc["margins"][0]["label"] == "known 2" and doc["margins"][0]["next"] == "known 1"
    habits = link["habits_that_agree"] + link["habits_that_differ"]
    assert {h["label"] for h in habits} <= {"known 1", "known 2"}
    assert any("'known 2'" in w for w in link["warnings"]), link["warnings"]
    # No shape of a label, nor of a shared name (Bartholomew, 11 letters) or phrase.
    assert not re.search(r"\*{4,}", out), re.findall(r".{30}\*{4,}.{10}", out)
    assert "Both sides name '***'" in " ".join(doc["habits_to_vary"])
    code, terminal, err = _run("compare", *corpora, "--redact")
    assert code == 0
    assert "known 1" in terminal and "known 2" in terminal and "numbered in the order given" in terminal
    assert "Closer to 'known 2' than to 'known 1'" in terminal
    for text in (out, terminal, err):
        assert _leaks(text) == []
        assert not re.search(r"\*{4,}", text)


def test_compare_warning_line_names_the_label_by_its_number(corpora: list[str], tmp_path: Path) -> None:
    (tmp_path / "trevithick_posts" / "trevithick-diary.zip").write_bytes(b"PK\x03\x04 not a zip")
    code, out, err = _run("compare", *corpora, "--format", "json", "--redact")
    assert code == 0
    assert "(known writing 'known 2')" in err, err
    assert _leaks(out + err) == [] and "diary" not in err


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_scan_known_numbers_the_labels_in_every_format(corpora: list[str], fmt: str) -> None:
    code, out, err = _run("scan", *corpora, "--format", fmt, "--redact")
    assert code in (0, 1), err
    text = out + err
    assert _leaks(text) == [], fmt
    # The labels' masked shapes of before ("**" and "******** **********-********") are gone.
    assert "known 1" in text and "known 2" in text, fmt
    assert not re.search(r"'\*\*'|\*{8} \*{10}", text.replace("\\*", "*")), fmt
    assert "\x06" not in text and "\x0e" not in text  # no slot left unnamed


def test_scan_known_json_labels_findings_and_dossier(corpora: list[str]) -> None:
    code, out, _ = _run("scan", *corpora, "--format", "json", "--redact")
    doc = json.loads(out)
    assert [c["label"] for c in doc["linkage"]["candidates"]] == ["known 2", "known 1"]
    match = [f for f in doc["findings"] if f["rule"].startswith("MATCH")]
    assert any("habits shared with 'known 2'" in f["message"] for f in match), [f["message"] for f in match]
    # The shared habits' features (a name, a phrase, a word of the writer's) keep no length.
    features = [h["feature"] for h in doc["linkage"]["shared_habits"]
                if h["kind"] in ("name", "phrase", "vocabulary")]
    # Every word one fixed "***" (a phrase is a whole run since rpt16b: "*** *** ***, ***").
    assert features and all(re.fullmatch(r"\*{3}(?:[ ,;:]+\*{3})*", f) for f in features), features
    for f in doc["findings"]:
        for value in (f["message"], f["evidence"], (f.get("clue") or {}).get("value", "")):
            assert not re.search(r"\*{4,}", value), (f["rule"], value)


POSTS = [
    {"name": "2025-03-01-lunch-in-horsforth.md",
     "front": {"title": "A quiet Saturday", "date": "2025-03-01 12:30:00 +0000"},
     "body": "Had lunch with Morwenna at the Old Bell in Horsforth today, then a long walk.\n"},
    {"name": "2025-03-08-more-notes.md",
     "front": {"title": "More notes", "date": "2025-03-08 12:30:00 +0000"},
     "body": "Back in Horsforth for the market. I live in Horsforth and love it.\n"},
]


@pytest.fixture()
def blog(tmp_path: Path) -> Path:
    from archive_builders import build_jekyll_blog

    return build_jekyll_blog(tmp_path / "blog", POSTS)


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_quoted_post_text_and_file_names_keep_no_shape(blog: Path, fmt: str) -> None:
    code, plain, _ = _run("scan", str(blog), "--format", "json", "--no-redact")
    assert "Morwenna" in plain and "horsforth.md" in plain  # the input makes these findings
    code, out, err = _run("scan", str(blog), "--format", fmt, "--redact")
    assert code in (0, 1), err
    text = (out + err).replace("\\*", "*")
    assert _leaks(text) == [], fmt
    # Only a date keeps its digits' shape ("****-**-**" of the post's own date); no word does.
    undated = re.sub(r"\*{4}-\*\*-\*\*", "", text)
    assert not re.search(r"\*{4,}", undated), re.findall(r".{40}\*{4,}.{10}", undated)


def test_the_evidence_marks_what_the_finding_is_about(blog: Path) -> None:
    code, out, _ = _run("scan", str(blog), "--format", "json", "--redact")
    doc = json.loads(out)
    evidence = [f["evidence"] for f in doc["findings"] if f["category"] in ("place", "disclosure")]
    assert evidence and all("[***]" in e for e in evidence), evidence
    assert all(set(e) <= set("*[]., :;'!?-…()\n") for e in evidence), evidence
    paths = {f["location"]["path"] for f in doc["findings"]}
    assert any(p.endswith("_posts/****-**-**-***-***-***.md") for p in paths), paths


def test_mask_is_fixed_width_and_labels_are_numbered() -> None:
    from nymaudit.report.redact import known_label_names, label_hider, mask, mask_path_words

    assert mask("Morwenna") == mask("Al") == "***"
    assert mask("lunch with Morwenna at 12:30") == "*** *** *** *** ***:***"
    assert mask_path_words("Trip to Whitby/IMG_0042.JPG") == "*** *** ***/IMG_0042.JPG"
    linkage = {"words": {"Al": 10, "jane": 20, "known": 5},
               "candidates": [{"label": "jane"}, {"label": "known"}, {"label": "Al"}]}
    assert known_label_names(linkage) == {"Al": "known 1", "jane": "known 2", "known": "known 3"}
    hide = label_hider(linkage)
    # Any case where a label stands whole; one that is the tool's own word only quoted.
    assert hide("Known corpus 'known' and Jane's notes") == "Known corpus 'known 3' and known 2's notes"
    assert hide("Al: 'AL'") == "known 1: 'known 1'"
    assert label_hider({"words": {"X": 1}})("X wrote 'X'") == "X wrote 'known 1'"  # one letter: quoted only

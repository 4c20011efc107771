"""con15b (fifteenth session): con15's follow-ups.

1. A sheet's name ("Okonkwo-Blythe Harrowgate 2026", a person and a place) stood in the list of
   records the place, disclosure, link and watchlist messages give (``text.tally.where``) and in
   INPUT003's list; --redact masked it word by word and kept its shape and year ("***.xlsx#***
   ***-*** *** 2026, *** A2"). Messages now name a sheet by position ("sheet 2, cell A2", as con15's
   SELF001/SELF002 do, one helper), the location keeps the name, and --redact keeps the positional
   record readable.
2. A role address in a team site's security.txt (security@...) made --redact mask the tool's own
   word "security" in SELF001's message (".well-known/***.txt ... report *** problems").
3. The name the byline's entry in the author data gives (`author: qc` -> `qc: {name: Margaret
   Thornbury}`) was silent since con15: it is the name themes print on every post, a pen name or
   the writer's real name. It is now SELF006 low / low confidence, saying both readings.

Inputs are real files: xlsx and ods zips as Excel and LibreOffice lay them out (test_con15's
builders), Jekyll site trees, all through the CLI in every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_con15 import CONFIG, FORMATS, SHEET, TEAM, _jekyll, _json, _ods, _rule, _run, _xlsx

# A workbook whose second sheet is named after a person and a place, with a place (Whitby, said
# three times, once as home) and a disclosure (an occupation, twice) in its cells.
WORKBOOK = [("Budget", ["Rent and bills"]),
            (SHEET, ["Notes", "I live in Whitby, North Yorkshire", "I am a nurse at the infirmary",
                     "Whitby again, the harbour at Whitby", "I live in Whitby", "I am a nurse"])]
NAME_WORDS = ("Okonkwo", "Blythe", "Harrowgate", "2026")


def _book(tmp_path: Path, kind: str) -> Path:
    return (_xlsx if kind == "xlsx" else _ods)(tmp_path / f"notes.{kind}", WORKBOOK)


# -- 1. a sheet's name in the records a message lists ---------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_listed_records_name_a_sheet_by_its_position(tmp_path: Path, kind: str) -> None:
    report = _json("scan", str(_book(tmp_path, kind)))
    listed = [f for f in report["findings"] if "(first: " in f["message"]]
    assert {f["rule"][:5] for f in listed} >= {"PLACE", "SELF0"}, [f["message"] for f in listed]
    for found in listed:
        assert f"notes.{kind}#sheet 2, cell A" in found["message"], found["message"]
        assert not any(word in found["message"] for word in NAME_WORDS), found["message"]
        assert found["location"]["record"].startswith(f"sheet {SHEET}, cell A")  # the user finds it
    # A spreadsheet's cells are places in a document, not posts.
    assert any("places in documents (first: " in f["message"] for f in listed)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_no_redacted_report_lists_the_sheets_name(tmp_path: Path, kind: str, fmt: str) -> None:
    _code, out = _run("scan", str(_book(tmp_path, kind)), "--redact", "--format", fmt)
    for word in NAME_WORDS:
        assert word not in out, (fmt, word)
    # The tool's words of the record stay readable: the user is told where to look.
    assert f".{kind}#sheet 2, cell A2" in out.replace("\\#", "#"), fmt  # Markdown escapes "#"


def test_check_redact_lists_no_sheet_name(tmp_path: Path) -> None:
    code, out = _run("check", str(_book(tmp_path, "xlsx")), "--redact")
    assert code == 1 and "#sheet 2, cell A2" in out
    assert not any(word in out for word in NAME_WORDS)


def test_a_long_cell_is_listed_by_its_sheets_position(tmp_path: Path) -> None:
    """INPUT003 lists the posts cut at the scan limit by record: a cell by its sheet's position."""
    from nymaudit.text.normalize import MAX_SCAN_CHARS

    long_cell = "Rent and bills for the flat. " * (MAX_SCAN_CHARS // 29 + 10)
    path = _xlsx(tmp_path / "long.xlsx", [("Budget", ["Totals"]), (SHEET, [long_cell])])
    [found] = _rule(_json("scan", str(path)), "INPUT003")
    assert "sheet 2, cell A1" in found["message"], found["message"]
    assert not any(word in found["message"] for word in NAME_WORDS)


def test_document_places_in_a_list_stay_whole_under_redact() -> None:
    """Guard and unit: a document's place holds ", " itself; the list is split between records only."""
    from nymaudit.model import Origin
    from nymaudit.report.redact import mask_path_words
    from nymaudit.text.tally import listed_names, record_said, sheet_numbers, where

    cells = [Origin("b.xlsx", "sheet Budget, cell A1"), Origin("b.xlsx", f"hidden sheet {SHEET}, row 7 "
                                                                          "(hidden columns C, D)")]
    numbers = sheet_numbers(cells)
    assert [record_said(c, numbers) for c in cells] == ["sheet 1, cell A1",
                                                        "hidden sheet 2, row 7 (hidden columns C, D)"]
    # Unnumbered (another corpus): the name never, its place unknown.
    assert record_said(Origin("x.xlsx", f"sheet {SHEET}, cell B2"), {}) == "sheet ?, cell B2"
    assert record_said(Origin("x.md", f"sheet {SHEET}, cell B2"), {}) == f"sheet {SHEET}, cell B2"
    assert mask_path_words("b.xlsx#hidden sheet 2, row 7 (hidden columns C, D)").endswith(
        "#hidden sheet 2, row 7 (hidden columns C, D)")
    assert mask_path_words("a.pdf#page 2, paragraph 5").endswith("#page 2, paragraph 5")
    assert "Okonkwo" not in where(cells, 2)
    assert listed_names("a.md:3, b.xlsx#sheet 2, row 7 (hidden columns C, D), c.pdf#page 2, paragraph 5") == [
        "a.md:3", "b.xlsx#sheet 2, row 7 (hidden columns C, D)", "c.pdf#page 2, paragraph 5"]


# -- 2. security.txt's tool words under --redact ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_role_address_in_security_txt_leaves_the_tools_words_readable(tmp_path: Path, fmt: str) -> None:
    team = _jekyll(tmp_path / "team", CONFIG, ["qc", "qc", "qc", "kmorrow"], TEAM)
    (team / ".well-known").mkdir()
    (team / ".well-known" / "security.txt").write_text(
        "Contact: mailto:security@harbourlights-hosting.net\n", encoding="utf-8")
    _code, out = _run("scan", str(team), "--redact", "--format", fmt)
    flat = " ".join(out.split())
    assert "report security problems to" in flat and ".well-known/security.txt" in flat, fmt
    assert "harbourlights-hosting" not in out and "***/***.txt" not in out


# -- 3. the byline's display name ------------------------------------------------------------------


def test_the_bylines_display_name_is_said_at_low_with_both_readings(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "s", CONFIG, ["qc"] * 3, "qc:\n  name: Margaret Thornbury\n  bio: Paperwork.\n")
    [found] = _rule(_json("scan", str(site)), "SELF006")
    assert (found["severity"], found["confidence"]) == ("medium", "low")
    assert found["clue"]["value"] == "Margaret Thornbury"
    assert found["location"]["record"] == "qc.name"
    message = found["message"]
    assert "The byline 'qc' is shown as 'Margaret Thornbury' on every post" in message
    assert "_data/authors.yml" in message and "pen name" in message and "real name" in message
    assert "Margaret" not in found["advice"] and "_data/authors.yml" in found["advice"]


def test_a_team_sites_display_name_is_the_main_bylines(tmp_path: Path) -> None:
    team = _jekyll(tmp_path / "team", CONFIG, ["qc", "qc", "qc", "kmorrow"], TEAM)
    [found] = _rule(_json("scan", str(team)), "SELF006")
    assert found["clue"]["value"] == "Quiet Clerk" and found["severity"] == "medium"
    assert "on the 3 posts of 4 it signs" in found["message"] and "Kate" not in found["message"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_redacted_report_names_the_display_name(tmp_path: Path, fmt: str) -> None:
    site = _jekyll(tmp_path / "s", CONFIG, ["qc"] * 3, "qc:\n  name: Margaret Thornbury\n")
    _code, out = _run("scan", str(site), "--redact", "--format", fmt)
    assert "SELF006" in out and "Margaret" not in out and "Thornbury" not in out


@pytest.mark.parametrize(("config", "bylines", "authors"), [
    (CONFIG, ["quietclerk"] * 3, "quietclerk:\n  name: Quiet Clerk\n"),  # the byline spelt out
    ("title: Margaret Thornbury\n", ["qc"] * 3, "qc:\n  name: Margaret Thornbury\n"),  # the site's name
    (CONFIG, ["qc", "Margaret Thornbury", "qc"], "qc:\n  name: Margaret Thornbury\n"),  # a byline itself
    (CONFIG, ["qc"] * 3, "qc:\n  name: Your Name\n"),  # a theme's placeholder
])
def test_a_display_name_that_is_the_sites_own_says_nothing(tmp_path: Path, config: str, bylines: list[str],
                                                           authors: str) -> None:
    """Guard: the display name that is the byline, the site's title, a byline of other posts or a
    placeholder is no finding."""
    assert _rule(_json("scan", str(_jekyll(tmp_path / "s", config, bylines, authors))), "SELF006") == []


def test_a_configured_author_is_still_high_and_said_once(tmp_path: Path) -> None:
    """Guard: a real name as the site's author stays high; the same name as the display name is one
    finding, not two."""
    site = _jekyll(tmp_path / "s", CONFIG + "author: Jane Marwood\n", ["qc"] * 3,
                   "qc:\n  name: Margaret Thornbury\n")
    found = _rule(_json("scan", str(site)), "SELF006")
    assert sorted((f["clue"]["value"], f["severity"]) for f in found) == [
        ("Jane Marwood", "high"), ("Margaret Thornbury", "medium")]
    same = _jekyll(tmp_path / "same", CONFIG + "author: Margaret Thornbury\n", ["qc"] * 3,
                   "qc:\n  name: Margaret Thornbury\n")
    assert [f["severity"] for f in _rule(_json("scan", str(same)), "SELF006")] == ["medium"]

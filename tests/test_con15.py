"""con15 (fifteenth session): contact, byline and boilerplate findings (red15 F4, F5, F6, F9, F10).

F4. A sheet's name is the writer's words: SELF001/SELF002's messages named "sheet Okonkwo-Blythe
    Harrowgate 2026, cell A2" in every format under --redact. Messages now name a sheet by its
    position ("sheet 2, cell A2"); the location keeps the name, which --redact masks.
F5. A Jekyll byline key (`author: qc`) whose author data entry gives the display name
    (`qc: {name: Quiet Clerk}`) was SELF006 high/high: that name is the byline. A team blog's message
    named the first byline in the alphabet, not the one most posts carry.
F6. A Creative Commons notice ran on to the line's end: "...BY-SA 4.0, taken by me around my home in
    Whitby" gave nothing. It now ends after the licence's name and version.
F9. Project Gutenberg's marker lines in a lower-cased copy were not recognised: its licence's
    address, number and e-mail were read as the writer's.
F10. The owner's address in their own personal site's .well-known/security.txt was SELF001 low/low
    with no SELF007 for their employer's domain.

Inputs are real files: xlsx and ods zips as Excel and LibreOffice lay them out (tests/test_doc14.py's
builders; openpyxl is not installed), Jekyll and Hugo site trees, plain-text drafts, all through the CLI.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

SSML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET = "Okonkwo-Blythe Harrowgate 2026"
FORMATS = ("terminal", "json", "markdown", "html", "sarif")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stdout
    return result.exit_code, result.stdout


def _json(*args: str) -> dict[str, Any]:
    return dict(json.loads(_run(*args, "--format", "json")[1]))


def _rule(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


# -- F4: a sheet's name is never in a message -----------------------------------------------------


def _xlsx(path: Path, sheets: list[tuple[str, list[str]]]) -> Path:
    """A workbook as Excel writes it: each sheet's column A, from row 1, as shared strings."""
    shared: list[str] = [text for _, cells in sheets for text in cells]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        tabs = "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
                       for n, (name, _) in enumerate(sheets, 1))
        z.writestr("xl/workbook.xml", f"<workbook {SSML} {RNS}><sheets>{tabs}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                       for n in range(1, len(sheets) + 1))
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships">{rels}</Relationships>')
        index = 0
        for n, (_name, cells) in enumerate(sheets, 1):
            rows = ""
            for row, _text in enumerate(cells, 1):
                rows += f'<row r="{row}"><c r="A{row}" t="s"><v>{index}</v></c></row>'
                index += 1
            z.writestr(f"xl/worksheets/sheet{n}.xml",
                       f"<worksheet {SSML} {RNS}><sheetData>{rows}</sheetData></worksheet>")
        items = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in shared)
        z.writestr("xl/sharedStrings.xml", f'<sst {SSML} count="{len(shared)}">{items}</sst>')
    return path


def _ods(path: Path, tables: list[tuple[str, list[str]]]) -> Path:
    """A LibreOffice spreadsheet: each table's cells down column A."""
    body = ""
    for name, cells in tables:
        rows = "".join('<table:table-row><table:table-cell office:value-type="string">'
                       f"<text:p>{text}</text:p></table:table-cell></table:table-row>" for text in cells)
        body += f'<table:table table:name="{name}"><table:table-column/>{rows}</table:table>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
                   "<office:automatic-styles/>"
                   f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
                   "</office:document-content>")
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


WORKBOOK = [("Budget", ["Rent and bills"]),
            (SHEET, ["Contact", "write to m.blythe@quillfen.co.uk or ring 07700 900461"])]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_message_names_a_sheet_by_its_position_and_the_location_keeps_its_name(tmp_path: Path,
                                                                                  kind: str) -> None:
    path = (_xlsx if kind == "xlsx" else _ods)(tmp_path / f"budget.{kind}", WORKBOOK)
    report = _json("scan", str(path))
    for rule_id in ("SELF001", "SELF002"):
        [found] = _rule(report, rule_id)
        assert "sheet 2, cell A2" in found["message"], found["message"]
        assert "Okonkwo" not in found["message"] and "Harrowgate" not in found["message"]
        assert found["location"]["record"] == f"sheet {SHEET}, cell A2"  # the user finds the cell


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_no_redacted_report_names_the_sheet(tmp_path: Path, kind: str, fmt: str) -> None:
    path = (_xlsx if kind == "xlsx" else _ods)(tmp_path / f"budget.{kind}", WORKBOOK)
    _code, out = _run("scan", str(path), "--redact", "--format", fmt)
    assert "sheet 2, cell A2" in out
    for word in ("Okonkwo", "Harrowgate", "Blythe"):
        assert word not in out, (fmt, word)


def test_check_redact_names_no_sheet(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "budget.xlsx", WORKBOOK)
    code, out = _run("check", str(path), "--redact")
    assert code == 1 and "sheet 2, cell A2" in out
    assert "Okonkwo" not in out and "Harrowgate" not in out


def test_a_default_sheet_name_is_said_by_position_too(tmp_path: Path) -> None:
    """Excel's own "Sheet1" is said as every name is, by position (no name is told from a writer's)."""
    path = _xlsx(tmp_path / "plain.xlsx", [("Sheet1", ["write to m.blythe@quillfen.co.uk"])])
    [found] = _rule(_json("scan", str(path)), "SELF001")
    assert "sheet 1, cell A1" in found["message"]


# -- F5: the byline's own author data entry --------------------------------------------------------


def _jekyll(root: Path, config: str, bylines: list[str], authors: str | None) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    for n, byline in enumerate(bylines, 1):
        (root / "_posts" / f"2026-0{n}-0{n}-note-{n}.md").write_text(
            f"---\ntitle: Note {n}\nauthor: {byline}\ndate: 2026-0{n}-0{n} 21:10:00 +0000\n---\n"
            "Another evening with the forms and the stamps. Nothing much happened today.\n", encoding="utf-8")
    if authors is not None:
        (root / "_data").mkdir()
        (root / "_data" / "authors.yml").write_text(authors, encoding="utf-8")
    return root


CONFIG = "title: Harbour Lights Collective\nurl: https://harbourlights.org\ndescription: A shared notebook\n"
TEAM = ("qc:\n  name: Quiet Clerk\n  bio: Writes about paperwork.\n"
        "kmorrow:\n  name: Kate Morrow\n  email: kate@harbourlights.org\n  bio: Editor.\n")


def test_the_name_a_bylines_entry_gives_is_the_byline_not_a_real_name(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "solo", CONFIG, ["qc"] * 3,
                   "qc:\n  name: Quiet Clerk\n  bio: Writes about paperwork.\n")
    # con15b: not high/high as a real name; said once, medium severity, low confidence (rev15d 5),
    # as the display name that may be a pen name or a real name (tests/test_con15b.py).
    levels = [(f["severity"], f["confidence"]) for f in _rule(_json("scan", str(site)), "SELF006")]
    assert levels == [("medium", "low")]
    team = _jekyll(tmp_path / "team", CONFIG, ["qc", "qc", "qc", "kmorrow"], TEAM)
    levels = [(f["severity"], f["confidence"]) for f in _rule(_json("scan", str(team)), "SELF006")]
    assert levels == [("medium", "low")]


def test_the_message_names_the_byline_most_posts_carry(tmp_path: Path) -> None:
    team = _jekyll(tmp_path / "team", CONFIG + "author: Jane Marwood\n", ["qc", "qc", "qc", "kmorrow"], TEAM)
    # (con15b: the byline's display name, Quiet Clerk, is a finding of its own beside it, low confidence.)
    [found] = [f for f in _rule(_json("scan", str(team)), "SELF006") if f["confidence"] != "low"]
    assert found["clue"]["value"] == "Jane Marwood" and found["severity"] == "high"
    assert "most posts (3 of 4) are signed 'Quiet Clerk' (author: qc)" in found["message"], found["message"]
    bare = _jekyll(tmp_path / "bare", CONFIG + "author: Jane Marwood\n", ["qc", "qc", "qc", "kmorrow"], None)
    [found] = _rule(_json("scan", str(bare)), "SELF006")
    assert "most posts (3 of 4) are signed 'qc'" in found["message"] and "kmorrow" not in found["message"]


def test_an_only_entry_the_bylines_do_not_name_is_still_read(tmp_path: Path) -> None:
    """Guard: a one-author site's only entry, under another key than the byline, names the author."""
    site = _jekyll(tmp_path / "s", CONFIG, ["qc"] * 3, "me:\n  name: Margaret Thornbury\n")
    [found] = _rule(_json("scan", str(site)), "SELF006")
    assert found["clue"]["value"] == "Margaret Thornbury" and found["severity"] == "high"
    assert "the posts are signed 'qc'" in found["message"]


# -- F6: a Creative Commons notice ends after the licence ------------------------------------------


@pytest.mark.parametrize(("footer", "place"), [
    ("All photos licensed under Creative Commons BY-SA 4.0, taken by me around my home in Whitby, "
     "North Yorkshire", "Whitby"),
    ("Text and photos licensed under Creative Commons BY 4.0 by Kate Morrow, Harrogate, 2026", "Harrogate"),
    ("This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License, "
     "written at my kitchen table in Pickering, North Yorkshire", "Pickering"),
])
def test_the_writers_words_after_a_licence_are_read(tmp_path: Path, footer: str, place: str) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text(f"Some thoughts on the harbour walk this week.\n\n{footer}", encoding="utf-8")
    values = [f["clue"]["value"] for f in _json("check", str(draft))["findings"]
              if f["rule"].startswith("PLACE") and f.get("clue")]
    assert any(place in value for value in values), values


def test_creative_commons_own_address_and_a_ports_place_stay_boilerplate(tmp_path: Path) -> None:
    """Guard: the licence's name with a jurisdiction's port and Creative Commons' "To view a copy"
    sentence with its postal address name no place of the writer's."""
    draft = tmp_path / "post.txt"
    draft.write_text(
        "A walk by the river.\n\nThis work is licensed under a Creative Commons Attribution 2.0 UK: "
        "England & Wales License. To view a copy of this license, visit "
        "http://creativecommons.org/licenses/by/2.0/uk/ or send a letter to Creative Commons, PO Box 1866, "
        "Mountain View, CA 94042, USA.\n", encoding="utf-8")
    report = _json("check", str(draft))
    assert [f for f in report["findings"] if f["rule"].startswith(("PLACE", "SELF"))] == []


# -- F9: Gutenberg's marker lines in a caseless copy ----------------------------------------------

GUTENBERG = ("End of the Project Gutenberg EBook of My Diary\n\n"
             "*** END OF THIS PROJECT GUTENBERG EBOOK MY DIARY ***\n\n"
             "The Foundation's principal office is located at 4557 Melan Dr. S. Fairbanks, AK, 99712., but "
             "its volunteers and employees are scattered throughout numerous locations. Its business office "
             "is located at 809 North 1500 West, Salt Lake City, UT 84116, (801) 596-1887, email "
             "business@pglaf.org.\n")


@pytest.mark.parametrize("case", ["lower", "upper", "as written"])
def test_gutenbergs_licence_is_boilerplate_in_any_case(tmp_path: Path, case: str) -> None:
    text = GUTENBERG.lower() if case == "lower" else GUTENBERG.upper() if case == "upper" else GUTENBERG
    draft = tmp_path / "diary.txt"
    draft.write_text(text, encoding="utf-8")
    report = _json("check", str(draft))
    assert [f["rule"] for f in report["findings"] if f["rule"].startswith(("SELF", "PLACE"))] == []


def test_a_lower_case_sentence_about_gutenberg_hides_nothing(tmp_path: Path) -> None:
    """Guard (review rev14d item 2, now in lower case too): a sentence about the end of the Project
    Gutenberg ebook is the writer's, and so are the details after it."""
    draft = tmp_path / "draft.txt"
    draft.write_text("i read it at the end of the project gutenberg ebook of middlemarch.\n"
                     "end of the project gutenberg ebook of middlemarch, i said, and wept.\n\n"
                     "ring me on 07700 900461 or write to kate.morrow@fastmail.com.\n", encoding="utf-8")
    report = _json("check", str(draft))
    assert {f["rule"] for f in report["findings"]} >= {"SELF001", "SELF002"}


# -- F10: the owner's address in a personal site's security.txt ----------------------------------

SECURITY = "Contact: mailto:jane.marwood@leedsteachinghospitals.nhs.uk\nExpires: 2027-01-01T00:00:00.000Z\n"


def test_a_personal_sites_security_txt_is_its_owners(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "wk", CONFIG, ["qc"] * 3, "qc:\n  name: Quiet Clerk\n")
    (site / ".well-known").mkdir()
    (site / ".well-known" / "security.txt").write_text(SECURITY, encoding="utf-8")
    report = _json("scan", str(site))
    [found] = _rule(report, "SELF001")
    assert (found["severity"], found["confidence"]) == ("high", "high")
    assert "one author" in found["message"] and not found["evidence"].startswith("security.txt")
    [work] = _rule(report, "SELF007")
    assert work["clue"]["value"] == "leedsteachinghospitals.nhs.uk"
    assert "the personal site's .well-known/security.txt" in work["message"]


def test_a_hugo_sites_served_security_txt_is_its_owners(tmp_path: Path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://lanternfish.blog/"\ntitle = "Lanternfish"\n',
                                    encoding="utf-8")
    for n in (1, 2):
        (site / "content" / "posts" / f"walk-{n}.md").write_text(
            f'+++\ntitle = "Walk {n}"\nauthor = "Lantern Fish"\ndate = 2026-01-0{n}T20:00:00Z\n+++\nGulls.\n',
            encoding="utf-8")
    (site / "static" / ".well-known").mkdir(parents=True)
    (site / "static" / ".well-known" / "security.txt").write_text(SECURITY, encoding="utf-8")
    report = _json("scan", str(site))
    assert [(f["severity"], f["confidence"]) for f in _rule(report, "SELF001")] == [("high", "high")]
    assert [f["clue"]["value"] for f in _rule(report, "SELF007")] == ["leedsteachinghospitals.nhs.uk"]


def test_a_team_sites_or_a_role_address_stays_low(tmp_path: Path) -> None:
    """Guard: a team blog's security.txt, or a role mailbox on a personal site, is whom to report to."""
    team = _jekyll(tmp_path / "team", CONFIG, ["qc", "qc", "qc", "kmorrow"], TEAM)
    (team / ".well-known").mkdir()
    (team / ".well-known" / "security.txt").write_text(SECURITY, encoding="utf-8")
    solo = _jekyll(tmp_path / "solo", CONFIG, ["qc"] * 3, "qc:\n  name: Quiet Clerk\n")
    (solo / ".well-known").mkdir()
    (solo / ".well-known" / "security.txt").write_text(
        "Contact: mailto:security@leedsteachinghospitals.nhs.uk\n", encoding="utf-8")
    for site in (team, solo):
        report = _json("scan", str(site))
        assert [(f["severity"], f["confidence"]) for f in _rule(report, "SELF001")] == [("low", "low")], site
        assert _rule(report, "SELF007") == []

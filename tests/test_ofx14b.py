"""ofx14b: META029's hidden rows and columns counted without blowing up (rev14b item 1), hidden
numbers said apart from hidden text (item 5), LibreOffice's hidden characters, hidden text and
paragraph fields and hidden Impress slides counted (item 11). Files are real zips in the OOXML and
ODF layouts; the CLI runs in a subprocess where time or memory is the point."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

SSML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')


def xlsx(path: Path, sheet: str, shared: list[str]) -> Path:
    """A one-sheet workbook as Excel lays it out; ``sheet``: the <cols> and <sheetData> XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {SSML} {RNS}><sheets><sheet name="Budget 2026" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {SSML} {RNS}>{sheet}</worksheet>")
        items = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in shared)
        z.writestr("xl/sharedStrings.xml", f'<sst {SSML} count="{len(shared)}">{items}</sst>')
    return path


def odf(path: Path, mimetype: str, body: str, automatic: str = "", styles: str = "") -> Path:
    """An OpenDocument package: content.xml with ``automatic`` styles, styles.xml with ``styles``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
                   f"<office:automatic-styles>{automatic}</office:automatic-styles>"
                   f"<office:body>{body}</office:body></office:document-content>")
        z.writestr("styles.xml", f'<office:document-styles {ODF_NS}><office:styles>{styles}'
                   "</office:styles></office:document-styles>")
        z.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0"><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0"/>')
    return path


def ods(path: Path, table: str) -> Path:
    return odf(path, "application/vnd.oasis.opendocument.spreadsheet",
               f"<office:spreadsheet>{table}</office:spreadsheet>")


def hidden_parts(path: Path) -> str | None:
    from nymaudit.metadata import extract

    meta = extract(path.read_bytes())
    return next((f.value for f in meta.fields if f.name == "HiddenParts"), None)


def meta_json(path: Path, memory_limit: int | None = None) -> tuple[float, dict]:
    """`nymaudit meta --format json` in a subprocess (time and, with ``memory_limit`` bytes of
    address space, memory are its own): (seconds, report)."""
    def limit() -> None:
        if memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "nymaudit", "meta", str(path), "--format", "json"],
                          capture_output=True, text=True, timeout=300, preexec_fn=limit, check=False)
    return time.perf_counter() - started, json.loads(done.stdout)


def field(report: dict, name: str) -> str | None:
    fields = report["files"][0]["fields"]
    return next((f["value"] for f in fields if f["name"] == name), None)


# -- 1. counted by ranges, not by enumerating them ------------------------------------------------


def test_ten_thousand_hidden_column_ranges_are_counted_in_linear_time(tmp_path: Path) -> None:
    # rev14b item 1: every <v> was tested against every range (10,000 ranges x 100,000 cells: 36 s).
    # Hidden columns are the odd ones; the numbers sit in even columns, one text cell in column 757.
    cols = "".join(f'<col min="{2 * i + 1}" max="{2 * i + 1}" hidden="1"/>' for i in range(10000))
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>{r}</v></c>' for c in "BDFHJ") + "</row>"
                   for r in range(1, 20001))
    rows += '<row r="20001"><c r="ACC20001" t="s"><v>0</v></c></row>'  # ACC = column 757: odd, hidden
    path = xlsx(tmp_path / "many-hidden-cols.xlsx", f"<cols>{cols}</cols><sheetData>{rows}</sheetData>",
                ["I live at 14 Bellfield Road"])
    seconds, report = meta_json(path)
    assert field(report, "HiddenParts") == "1 hidden column"
    assert report["files"][0]["error"] is None
    assert seconds < 5, seconds


def test_a_cell_repeated_across_thousands_of_collapsed_ranges_stays_small(tmp_path: Path) -> None:
    # rev14b item 1: found.update(range(...)) listed every column: a 1.3 KB .ods took 2.2 GB.
    cols = '<table:table-column table:visibility="collapse" table:number-columns-repeated="16384"/>' * 2000
    table = (f'<table:table table:name="S">{cols}<table:table-row><table:table-cell '
             'table:number-columns-repeated="999999999" office:value-type="string"><text:p>x</text:p>'
             "</table:table-cell></table:table-row></table:table>")
    path = ods(tmp_path / "wide-collapsed.ods", table)
    assert path.stat().st_size < 4000
    seconds, report = meta_json(path, memory_limit=1_500_000_000)
    assert report["files"][0]["error"] is None
    # A sheet has 16,384 columns: all of them are collapsed and hold the cell's text.
    assert field(report, "HiddenParts") == "16384 hidden columns"
    assert seconds < 6, seconds


def test_many_collapsed_one_column_ranges_and_many_rows_are_quick(tmp_path: Path) -> None:
    cols = '<table:table-column table:visibility="collapse"/><table:table-column/>' * 10000
    cell = '<table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>'
    rows = f"<table:table-row>{cell * 5}</table:table-row>" * 8000
    path = ods(tmp_path / "many-collapsed.ods", f'<table:table table:name="S">{cols}{rows}</table:table>')
    started = time.perf_counter()
    # Columns 1, 3, 5 are collapsed and hold text.
    assert hidden_parts(path) == "3 hidden columns"
    assert time.perf_counter() - started < 3


# -- the counting against a plain model of the sheet (hypothesis) ---------------------------------


def letters(column: int) -> str:
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


CELLS = st.lists(st.tuples(st.integers(1, 60), st.integers(1, 8), st.sampled_from(["n", "s", "none"])),
                 max_size=40, unique_by=lambda c: (c[0], c[1]))
RANGES = st.lists(st.tuples(st.integers(1, 70), st.integers(0, 20)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(RANGES, st.sets(st.integers(1, 8), max_size=4), CELLS)
def test_xlsx_hidden_columns_and_rows_match_a_plain_count(ranges: list[tuple[int, int]],
                                                          hidden_rows: set[int],
                                                          cells: list[tuple[int, int, str]]) -> None:
    from nymaudit.metadata.office import _sheet_hidden

    hidden = {c for low, width in ranges for c in range(low, low + width + 1)}
    cols = "".join(f'<col min="{low}" max="{low + width}" hidden="1"/>' for low, width in ranges)
    xml = f"<worksheet {SSML}><cols>{cols}</cols><sheetData>"
    for row in range(1, 9):
        xml += f'<row r="{row}"' + (' hidden="1">' if row in hidden_rows else ">")
        for column, _row, kind in sorted(c for c in cells if c[1] == row):
            ref = f"{letters(column)}{row}"
            xml += (f'<c r="{ref}" s="2"/>' if kind == "none" else f'<c r="{ref}" t="s"><v>0</v></c>'
                    if kind == "s" else f'<c r="{ref}"><f>A1*2</f><v>4</v></c>')
        xml += "</row>"
    counts = _sheet_hidden((xml + "</sheetData></worksheet>").encode())
    valued = [c for c in cells if c[2] != "none"]
    text_columns = {c for c, _r, k in valued if k == "s" and c in hidden}
    value_columns = {c for c, _r, _k in valued if c in hidden}
    text_rows = {r for _c, r, k in valued if k == "s" and r in hidden_rows}
    value_rows = {r for _c, r, _k in valued if r in hidden_rows}
    assert (counts.columns_text, counts.columns_numbers) == (len(text_columns),
                                                             len(value_columns - text_columns))
    assert (counts.rows_text, counts.rows_numbers) == (len(text_rows), len(value_rows - text_rows))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 5)), max_size=12),
       st.lists(st.lists(st.tuples(st.integers(1, 4), st.sampled_from(["float", "string", "empty"])),
                         max_size=6), max_size=5))
def test_ods_collapsed_columns_match_a_plain_count(columns: list[tuple[bool, int]],
                                                   rows: list[list[tuple[int, str]]]) -> None:
    from nymaudit.metadata.office import _odf_sheet_hidden

    collapsed: set[int] = set()
    declared = 0
    xml = '<table:table table:name="S">'
    for hidden, count in columns:
        if hidden:
            collapsed.update(range(declared + 1, declared + count + 1))
        xml += ('<table:table-column table:number-columns-repeated="' + str(count) + '"'
                + (' table:visibility="collapse"/>' if hidden else "/>"))
        declared += count
    text: set[int] = set()
    valued: set[int] = set()
    for row in rows:
        xml += "<table:table-row>"
        position = 0
        for repeat, kind in row:
            span = set(range(position + 1, position + repeat + 1)) & collapsed
            position += repeat
            repeated = f' table:number-columns-repeated="{repeat}"'
            if kind == "empty":
                xml += f"<table:table-cell{repeated}/>"
                continue
            valued |= span
            text |= span if kind == "string" else set()
            xml += (f'<table:table-cell{repeated} office:value-type="{kind}"><text:p>1</text:p>'
                    "</table:table-cell>")
        xml += "</table:table-row>"
    counts = _odf_sheet_hidden((xml + "</table:table>").encode())
    assert (counts.columns_text, counts.columns_numbers) == (len(text), len(valued - text))


# -- 2. a hidden helper column of numbers is said as numbers --------------------------------------


def budget(path: Path, hidden_text: bool) -> Path:
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r * 3.5}</v></c><c r="B{r}"><v>{45000 + r}</v></c>'
                   f'<c r="C{r}"><f>A{r}*2</f><v>{r * 7}</v></c></row>' for r in range(2, 60))
    note = '<row r="60"><c r="C60" t="s"><v>2</v></c></row>' if hidden_text else ""
    return xlsx(path, '<cols><col min="3" max="3" width="0" hidden="1" customWidth="1"/></cols><sheetData>'
                '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                f"{rows}{note}</sheetData>", ["Amount", "Date", "ask Priya before sending"])


def test_a_hidden_helper_column_of_formulas_is_said_as_numbers_only(tmp_path: Path) -> None:
    from nymaudit.metadata.office import hidden_values_only

    numbers = hidden_parts(budget(tmp_path / "budget-helper.xlsx", hidden_text=False))
    assert numbers == "1 hidden column (numbers only)"
    assert hidden_values_only(numbers)
    # The same column with one note in it hides text.
    worded = hidden_parts(budget(tmp_path / "budget-note.xlsx", hidden_text=True))
    assert worded == "1 hidden column"
    assert not hidden_values_only(worded)


def test_rows_and_columns_mixing_text_and_numbers_say_how_many_are_numbers(tmp_path: Path) -> None:
    from nymaudit.metadata.office import hidden_values_only

    sheet = ('<cols><col min="2" max="3" hidden="1"/></cols><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Home</t></is></c></row>'
             '<row r="2" hidden="1"><c r="A2"><v>12</v></c><c r="C2"><v>3</v></c></row>'
             '<row r="3" hidden="1"><c r="A3" t="str"><f>A1</f><v>Amount</v></c></row></sheetData>')
    said = hidden_parts(xlsx(tmp_path / "mixed.xlsx", sheet, ["Amount"]))
    assert said == "2 hidden rows (1 of them numbers only), 2 hidden columns (1 of them numbers only)"
    assert not hidden_values_only(said)
    table = ('<table:table table:name="S"><table:table-column/>'
             '<table:table-column table:visibility="collapse"/>'
             '<table:table-row table:visibility="collapse"><table:table-cell office:value-type="float" '
             'office:value="4"><text:p>4</text:p></table:table-cell><table:table-cell '
             'office:value-type="date" office:date-value="2026-01-05"><text:p>05/01/26</text:p>'
             "</table:table-cell></table:table-row></table:table>")
    said = hidden_parts(ods(tmp_path / "numbers.ods", table))
    assert said == "1 hidden row (numbers only), 1 hidden column (numbers only)"
    assert hidden_values_only(said)


# -- 3. LibreOffice's hidden characters, hidden text fields and hidden slides ---------------------

ODT = "application/vnd.oasis.opendocument.text"
HIDDEN_STYLE = ('<style:style style:name="T1" style:family="text"><style:text-properties '
                'text:display="none"/></style:style>')


def test_libreoffice_hidden_characters_and_hidden_text_fields_are_counted(tmp_path: Path) -> None:
    body = ('<office:text><text:p text:style-name="P1">Our spring newsletter. '
            '<text:span text:style-name="T1">'
            "Call me on 07700 900461</text:span></text:p><text:p>Meeting at the hall.<text:hidden-text "
            'text:condition="ooow:1" text:string-value="I live at 14 Bellfield Road" text:is-hidden="true"/>'
            "</text:p></office:text>")
    path = odf(tmp_path / "hidden.odt", ODT, body, HIDDEN_STYLE)
    assert hidden_parts(path) == "2 passages of hidden text (11 words)"
    _seconds, report = meta_json(path)
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "META029")
    assert "07700" not in json.dumps(report) and "Bellfield" not in json.dumps(report)
    assert finding["severity"] == "medium"


def test_a_named_hidden_style_a_parent_and_a_hidden_paragraph_field_are_counted(tmp_path: Path) -> None:
    # A character style from styles.xml ("Secret", hidden), an automatic style inheriting it, a
    # nested span inside a hidden one (one passage), a paragraph hidden by a hidden-paragraph field.
    named = ('<style:style style:name="Secret" style:family="text"><style:text-properties '
             'text:display="none"/></style:style>')
    automatic = '<style:style style:name="T2" style:family="text" style:parent-style-name="Secret"/>'
    body = ('<office:text><text:p>Shown words <text:span text:style-name="Secret">hidden <text:span '
            'text:style-name="T9">still hidden</text:span> words</text:span> shown again.</text:p>'
            '<text:p>More <text:span text:style-name="T2">two words</text:span></text:p>'
            '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
            "My home is in Otley"
            "</text:p></office:text>")
    path = odf(tmp_path / "named.odt", ODT, body, automatic, named)
    assert hidden_parts(path) == "3 passages of hidden text (11 words)"


def test_shown_spans_and_fields_that_are_not_hidden_count_nothing(tmp_path: Path) -> None:
    shown = ('<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"/></style:style>')
    body = ('<office:text><text:p>Plain <text:span text:style-name="T1">bold words</text:span>'
            "<text:hidden-text "
            'text:condition="ooow:0" text:string-value="not hidden now" text:is-hidden="false"/></text:p>'
            "</office:text>")
    assert hidden_parts(odf(tmp_path / "shown.odt", ODT, body, shown)) is None


def test_an_impress_hidden_slide_is_counted_without_its_notes(tmp_path: Path) -> None:
    def page(n: int, extra: str, words: str, notes: str = "") -> str:
        return (f'<draw:page draw:name="page{n}" {extra}><draw:frame><draw:text-box><text:p>{words}</text:p>'
                f"</draw:text-box></draw:frame>{notes}</draw:page>")

    notes = ("<presentation:notes><draw:frame><draw:text-box><text:p>say nothing about the move</text:p>"
             "</draw:text-box></draw:frame></presentation:notes>")
    body = ("<office:presentation>" + page(1, "", "Agenda")
            + page(2, 'draw:style-name="dp2" presentation:visibility="hidden"',
                   "Backup: my number 07700 900461", notes)
            + page(3, 'presentation:visibility="visible"', "Questions?") + "</office:presentation>")
    path = odf(tmp_path / "talk.odp", "application/vnd.oasis.opendocument.presentation", body)
    assert hidden_parts(path) == "1 hidden slide (5 words)"

"""fix16b (sixteenth session, review rev16b items 2, 9, 10 and 11): every HTML comment of a Markdown
post or note with a letter or a digit is a record (a phone number alone was lost); a comment shown as
code is the post's text; a link in a comment is counted once; a grouped note says "an HTML comment"
once; a draft's byline the writer calls a pen name, or that differs from their --known writing's
names, is no finding, and one that is the --known writing's name is high; a sheet's record names are
worked out once each."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from typer.testing import CliRunner


def _json(args: list[str]) -> dict[str, Any]:
    from nymaudit.cli import app

    result = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _jekyll(root: Path, posts: dict[str, str]) -> Path:
    """A Jekyll site: _config.yml and _posts/<name> with front matter and ``posts[name]`` as body."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Evening notes\ntimezone: Europe/London\n", encoding="utf-8")
    for day, (name, body) in enumerate(posts.items(), start=1):
        (root / "_posts" / f"2025-03-{day:02d}-{name}.md").write_text(
            f"---\ntitle: {name.title()}\ndate: 2025-03-{day:02d} 21:05:00 +0000\n---\n\n{body}",
            encoding="utf-8")
    return root


def _rules(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


# ---------------------------------------------------------------- item 1 (rev16b 2): every comment

def test_a_phone_number_alone_in_a_comment_of_a_jekyll_post_is_found(tmp_path: Path) -> None:
    """rev16b 2: `<!-- 07700 900123 -->` and `<!-- mob: 07700 900123 -->` were SELF002 high before eac3a8c,
    then blanked from the post with no record (two words of two letters were asked for)."""
    site = _jekyll(tmp_path / "blog", {"gig": "Great gig tonight.\n\n<!-- 07700 900123 -->\n\nMore soon.\n",
                                       "walk": "A long walk.\n\n<!-- mob: 07700 900456 -->\n",
                                       "map": "Home.\n\n<!-- 55.9392, -3.1883 -->\n"})
    report = _json(["scan", str(site), "--no-redact"])
    numbers = {f["clue"]["value"]: f for f in _rules(report, "SELF002")}
    assert set(numbers) == {"07700900123", "07700900456"}
    assert all(f["severity"] == "high" and f["location"]["record"] == "HTML comment 1"
               for f in numbers.values())
    assert numbers["07700900123"]["location"]["line"] == 8  # the comment's line in the file
    [spot] = _rules(report, "PLACE007")  # the coordinates, in their comment's record
    assert spot["location"]["record"] == "HTML comment 1" and spot["location"]["path"].endswith("map.md")


def test_a_phone_number_alone_in_a_comment_of_a_plain_markdown_note_is_found(tmp_path: Path) -> None:
    """The generic reader's .md notes (no front matter) lost it the same way."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.md").write_text("# Things to do\n\nBuy bread.\n<!-- 07700 900123 -->\n", encoding="utf-8")
    report = _json(["scan", str(notes), "--no-redact"])
    [number] = _rules(report, "SELF002")
    assert (number["location"]["record"], number["location"]["line"]) == ("HTML comment 1", 4)


def test_only_a_comment_with_a_letter_or_digit_that_is_no_switch_is_a_record() -> None:
    from nymaudit.sources.blog import html_comments

    text = "A.\n<!-- ---- -->\n<!--more-->\n<!-- 42 -->\n<!-- x -->\n<!-- toc -->\nB.\n"
    blanked, comments = html_comments(text)
    assert [words for _at, words in comments] == ["42", "x"]
    assert "<!--" not in blanked and blanked.count("\n") == text.count("\n")


# ---------------------------------------------------------------- item 2 (rev16b 9): code, links, wording

FENCED = """Here is the template we used on Saturday:

```html
<footer>
  <!-- Contact: call 07700 900123 -->
</footer>
```

To hide a note from readers, start it with `<!--` and end it with `-->`. I work at the Leeds Library on
Tuesdays, so ask me there.

    <!-- an indented example: 07700 900789 -->
"""


def test_a_comment_shown_as_code_is_the_post_s_text_not_a_hidden_record(tmp_path: Path) -> None:
    """rev16b 9: a comment inside a fenced ```html block was said to be "hidden on the page", and the
    prose between two code spans holding `<!--` and `-->` was blanked as if it were a comment."""
    from nymaudit.sources.blog import html_comments

    blanked, comments = html_comments(FENCED)
    assert comments == [] and blanked == FENCED
    site = _jekyll(tmp_path / "blog", {"html-basics": FENCED})
    report = _json(["scan", str(site), "--no-redact"])
    numbers = _rules(report, "SELF002")
    assert {f["clue"]["value"] for f in numbers} == {"07700900123", "07700900789"}
    for finding in report["findings"]:
        assert not (finding["location"]["record"] or "").startswith("HTML comment")
        assert "hidden on the page" not in finding["message"]
    [work] = _rules(report, "SELF011")  # the prose between the two code spans is read
    assert "Leeds Library" in work["message"]


def test_a_link_in_a_comment_is_counted_once(tmp_path: Path) -> None:
    """rev16b 9: the post's stored links held the comment's too: "in 2 links", LINK007 low -> medium."""
    site = _jekyll(tmp_path / "blog",
                   {"gig": "Great gig.\n\n<!-- https://www.facebook.com/jane.okafor.77 -->\n"})
    [profile] = _rules(_json(["scan", str(site), "--no-redact"]), "LINK007")
    assert profile["severity"] == "low" and "once" in profile["message"]
    assert profile["location"]["record"] == "HTML comment 1"


def test_a_grouped_finding_says_an_html_comment_with_one_article(tmp_path: Path) -> None:
    """rev16b 9: "[1 of 2 is an an HTML comment: ...]" (scan._group_label added "an ")."""
    site = _jekyll(tmp_path / "blog", {
        "one": "A quiet evening.\n\n<!-- remember the Leeds flat viewing on Friday -->\n",
        "two": "Rainy day in Leeds again, and the trains were late.\n"})
    report = _json(["scan", str(site), "--no-redact"])
    [leeds] = [f for f in _rules(report, "PLACE001") if "Leeds" in f["message"]]
    assert leeds["message"].endswith("[1 of 2 is an HTML comment: hidden on the page, kept in its source by "
                                     "Jekyll and most Markdown renderers]")
    assert "an an " not in json.dumps(report)


# ---------------------------------------------------------------- item 3 (rev16b 10): pen names

def _drafts(folder: Path, author: str, body: str, count: int = 3) -> Path:
    folder.mkdir(parents=True)
    for number in range(1, count + 1):
        (folder / f"d{number}.md").write_text(
            f"---\ntitle: Draft {number}\nauthor: {author}\n---\n\n{body} Part {number}.\n", encoding="utf-8")
    return folder


def test_a_byline_the_writer_calls_their_pen_name_is_no_finding(tmp_path: Path) -> None:
    """rev16b 10: "Posted as Jane Marple, my pen name" beside `author: Jane Marple` was SELF006."""
    said = _drafts(tmp_path / "a", "Jane Marple",
                   "Thoughts on the council meeting. Posted as Jane Marple, my pen name.")
    assert _rules(_json(["scan", str(said), "--no-redact"]), "SELF006") == []
    other = _drafts(tmp_path / "b", "Jane Marple", "Thoughts on the council. My pseudonym is Jane Marple.", 1)
    assert _rules(_json(["scan", str(other), "--no-redact"]), "SELF006") == []


def test_a_byline_nothing_tells_about_stays_medium_of_low_confidence(tmp_path: Path) -> None:
    """Guard: `author: Quiet Clerk` with nothing else reads as a name; a pen name and a real name read
    alike, so it is said once, medium of low confidence (a pen name of someone else's is no pen name
    of the writer's: "Jane Marple is her pen name" tells nothing)."""
    drafts = _drafts(tmp_path / "d", "Quiet Clerk",
                     "Thoughts on the council meeting. Jane Marple is her pen name.")
    [byline] = _rules(_json(["scan", str(drafts), "--no-redact"]), "SELF006")
    assert (byline["severity"], byline["confidence"]) == ("medium", "low")


def test_a_byline_against_the_names_of_the_known_writing(tmp_path: Path) -> None:
    """--known writing is the real identity's: a draft signed with its name (or a word of it) is high;
    a draft signed with another name is not signed with the real one, and is no finding."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "w.md").write_text("---\ntitle: Minutes\nauthor: Daniel Okafor\n---\n\nMinutes of the planning "
                               "committee, kept for the team.\n", encoding="utf-8")
    same = _drafts(tmp_path / "same", "Dan Okafor", "Some thoughts on the council meeting.", 1)
    [byline] = _rules(_json(["scan", str(same), "--known", f"work={real}", "--no-redact"]), "SELF006")
    assert (byline["severity"], byline["confidence"]) == ("high", "high")
    assert "close to the name your --known writing goes by" in byline["message"]
    other = _drafts(tmp_path / "other", "Quiet Clerk", "Some thoughts on the council meeting.", 1)
    assert _rules(_json(["scan", str(other), "--known", f"work={real}", "--no-redact"]), "SELF006") == []
    # A label that reads as a name is the real identity's name too.
    named = _json(["scan", str(_drafts(tmp_path / "named", "Daniel Okafor", "Notes.", 1)),
                   "--known", f"Daniel Okafor={real}", "--redact"])
    [byline] = _rules(named, "SELF006")
    assert byline["severity"] == "high" and "okafor" not in json.dumps(named).lower()


# ---------------------------------------------------------------- item 4 (rev16b 11): a sheet's names

def _xlsx(path: Path, rows: int) -> Path:
    """A real Office Open XML workbook (inline strings): a contact log whose notes name towns."""
    towns = ["Leeds", "York", "Bradford", "Harrogate"]
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Client {r}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>'
        f'{escape(f"Met at the {towns[r % 4]} office, follow up on the order")}</t></is></c></row>'
        for r in range(1, rows + 1))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
                   'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                   'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
                   'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
                   'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Log" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                   f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml",
                   f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>')
    return path


def test_each_sheet_record_is_named_once_when_findings_are_marked(tmp_path: Path, monkeypatch: Any) -> None:
    """rev16b 11: scan._shown ran text.tally.where for a sheet's record once for the labels and again
    for the names holding ", ": 40,000 calls for 20,000 rows. The real where() is counted, not replaced."""
    import nymaudit.scan as scan
    import nymaudit.text.tally as tally
    from nymaudit.sources.detect import read_input

    corpus = read_input(_xlsx(tmp_path / "log.xlsx", 300))
    sheet_records = sum(1 for p in corpus.posts
                        if (p.origin.record or "").startswith(("sheet ", "hidden sheet ")))
    assert sheet_records >= 300
    real_where, calls = tally.where, []

    def counted(*args: Any, **kwargs: Any) -> str:
        calls.append(1)
        return real_where(*args, **kwargs)

    marked: list[str] = []
    real_mark = scan.mark_audience

    def mark(corpus_: Any, findings: list[Any]) -> None:
        monkeypatch.setattr(tally, "where", counted)
        try:
            real_mark(corpus_, findings)
        finally:
            monkeypatch.setattr(tally, "where", real_where)
        marked.extend(f.message for f in findings)

    monkeypatch.setattr(scan, "mark_audience", mark)
    scan.analyse(corpus, scan.ScanOptions())
    assert marked and len(calls) <= sheet_records

def test_a_grouped_comment_note_and_record_stay_readable_under_redact(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "blog", {
        "one": "A quiet evening.\n\n<!-- remember the Leeds flat viewing on Friday -->\n",
        "two": "Rainy day in Leeds again, and the trains were late.\n"})
    report = _json(["scan", str(site), "--redact"])
    [leeds] = [f for f in _rules(report, "PLACE001") if "#HTML comment 1:8" in f["message"]]
    assert leeds["message"].endswith("[1 of 2 is an HTML comment: hidden on the page, kept in its source by "
                                     "Jekyll and most Markdown renderers]")
    assert "leeds" not in json.dumps(report).lower() and "viewing" not in json.dumps(report).lower()

"""doc15 (fifteenth session): hidden and side text in documents that was still missed.

Word text hidden through a style (a character or paragraph style whose font is hidden, through
w:basedOn), LibreOffice's hidden characters, hidden-paragraph and hidden-text fields and sections
shown on a condition, Word and RTF comments, and tracked deletions: read where they stand, said as
what they are. Word documents are built with python-docx (styles with font.hidden, comments with
add_comment), OpenDocument texts as LibreOffice lays them out (mimetype first and stored, styles in
styles.xml and content.xml's automatic styles, a manifest listing the parts), RTF by hand as Word
writes it.
"""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")


def _doctext():  # type: ignore[no-untyped-def]
    import importlib

    return importlib.import_module("nymaudit.sources.doctext")


def sections(data: bytes, fmt: str) -> list[tuple[str, str]]:
    return [(s.where, s.text) for s in _doctext().document_text(data, fmt).sections]


def run(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def hidden_fields(path: Path) -> dict[str, str]:
    from nymaudit.metadata import extract

    meta = extract(path.read_bytes())
    return {f.name: f.value for f in meta.fields
            if f.name in ("HiddenParts", "HiddenSheets", "CommentText", "DeletedText")}


def rewrite(path: Path, out: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of a zip document with one part changed (the others as they were)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, change(data) if info.filename == part else data)
    return out


# -- 1. Word text hidden by its style ------------------------------------------------------------


def styled_docx(path: Path) -> Path:
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    private = document.styles.add_style("Private", WD_STYLE_TYPE.CHARACTER)
    private.font.hidden = True  # Modify Style > Format > Font > Hidden
    drafting = document.styles.add_style("Drafting", WD_STYLE_TYPE.PARAGRAPH)
    drafting.font.hidden = True
    aside = document.styles.add_style("Aside", WD_STYLE_TYPE.PARAGRAPH)
    aside.base_style = drafting  # hidden through w:basedOn
    paragraph = document.add_paragraph("Minutes of the residents' meeting. ")
    paragraph.add_run("I live in Croydon, call me on 07700 900461", style="Private")
    document.add_paragraph("Ask Morag about the flat in Otley.", style="Drafting")
    document.add_paragraph("Keep the Leeds job quiet.", style="Aside")
    shown = document.add_paragraph(style="Drafting")
    shown.add_run("Shown: its run says not hidden.").font.hidden = False  # direct formatting wins
    document.add_paragraph("Next meeting in May.")
    document.save(str(path))
    return path


def test_text_hidden_by_a_character_or_paragraph_style_is_read_as_hidden(tmp_path: Path) -> None:
    path = styled_docx(tmp_path / "minutes.docx")
    assert b'w:styleId="Private"' in zipfile.ZipFile(path).read("word/styles.xml")
    assert sections(path.read_bytes(), "ooxml") == [
        ("paragraph 1 (with hidden text)",
         "Minutes of the residents' meeting. I live in Croydon, call me on 07700 900461"),
        ("paragraph 2 (hidden text)", "Ask Morag about the flat in Otley."),
        ("paragraph 3 (hidden text)", "Keep the Leeds job quiet."),
        ("paragraph 4", "Shown: its run says not hidden."),
        ("paragraph 5", "Next meeting in May."),
    ]
    _code, doc = run("scan", str(path))
    assert any(f["rule"] == "SELF002" and f["location"]["record"] == "paragraph 1 (with hidden text)"
               for f in doc["findings"]), [(f["rule"], f["location"]) for f in doc["findings"]]


def test_a_hidden_default_paragraph_style_or_document_default_hides_every_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.hidden = True
    document.add_paragraph("All of this is hidden.")
    path = tmp_path / "normal.docx"
    document.save(str(path))
    assert sections(path.read_bytes(), "ooxml") == [("paragraph 1 (hidden text)", "All of this is hidden.")]


def test_a_style_chain_that_loops_or_runs_deep_ends_at_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Shown words.", style="Heading 1")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    # A -> B -> A (neither says hidden), and a chain 5,000 styles long ending in a hidden one.
    loop = (b'<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Loop"/></w:style>'
            b'<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Heading1"/></w:style>')
    deep = b"".join(b'<w:style w:type="character" w:styleId="S%d"><w:basedOn w:val="S%d"/></w:style>'
                    % (n, n + 1) for n in range(5000))
    deep += b'<w:style w:type="character" w:styleId="S5000"><w:rPr><w:vanish/></w:rPr></w:style>'

    def restyle(data: bytes) -> bytes:
        head, _, _ = data.partition(b"<w:style ")
        return head + loop + deep + b"</w:styles>"

    looped = rewrite(path, tmp_path / "loop.docx", "word/styles.xml", restyle)
    started = time.perf_counter()
    assert sections(looped.read_bytes(), "ooxml") == [("paragraph 1", "Shown words.")]
    assert time.perf_counter() - started < 5
    # A run in S0: its chain is followed a bounded number of links, so it is not said hidden.
    deep_run = rewrite(looped, tmp_path / "deep.docx", "word/document.xml",
                       lambda d: d.replace(b"<w:r>", b'<w:r><w:rPr><w:rStyle w:val="S0"/></w:rPr>', 1))
    assert sections(deep_run.read_bytes(), "ooxml") == [("paragraph 1", "Shown words.")]
    near = rewrite(looped, tmp_path / "near.docx", "word/document.xml",
                   lambda d: d.replace(b"<w:r>", b'<w:r><w:rPr><w:rStyle w:val="S4990"/></w:rPr>', 1))
    assert sections(near.read_bytes(), "ooxml") == [("paragraph 1 (hidden text)", "Shown words.")]


# -- 2. LibreOffice's hidden characters, fields and conditional sections -------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt(path: Path, automatic: str, body: str, named: str = "") -> Path:
    """An OpenDocument text as LibreOffice writes it: the mimetype first and stored, content.xml
    with its automatic styles, styles.xml with the named ones, a manifest listing every part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
                   f"<office:automatic-styles>{automatic}</office:automatic-styles>"
                   f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
        z.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS}>'
                   f"<office:styles>{named}</office:styles></office:document-styles>")
        z.writestr("meta.xml", f'<office:document-meta {ODF_NS}><office:meta/></office:document-meta>')
        z.writestr("META-INF/manifest.xml",
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                   f'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                   f'"{MIMETYPE}"/>' + "".join(
                       f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="text/xml"/>'
                       for p in ("content.xml", "styles.xml", "meta.xml")) + "</manifest:manifest>")
    return path


HIDDEN_ODT_STYLES = (
    '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/>'
    '</style:style><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Secret"/>')
NAMED_ODT_STYLES = ('<style:style style:name="Secret" style:family="paragraph"><style:text-properties '
                    'text:display="none"/></style:style>')
HIDDEN_ODT_BODY = (
    '<text:p>Newsletter for the allotment society. <text:span text:style-name="T1">I live in Croydon.'
    '</text:span></text:p>'
    '<text:p text:style-name="P1">Ask Morag about the flat in Otley.</text:p>'
    '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Call me on '
    '07700 900461</text:p>'
    '<text:p>Rota: <text:hidden-text text:condition="ooow:1" text:string-value="I work at Leeds City '
    'Council" text:is-hidden="true"/>see the board.</text:p>'
    '<text:section text:name="Draft" text:display="condition" text:condition="ooow:1">'
    '<text:p>Private: my sister in Harrogate</text:p></text:section>'
    '<text:p>Shown to all.</text:p>')


def test_odt_hidden_characters_fields_and_conditional_sections_are_read_as_hidden(tmp_path: Path) -> None:
    path = odt(tmp_path / "news.odt", HIDDEN_ODT_STYLES, HIDDEN_ODT_BODY, NAMED_ODT_STYLES)
    with zipfile.ZipFile(path) as z:  # LibreOffice's layout: the mimetype first, stored
        first = z.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert sections(path.read_bytes(), "odf") == [
        ("paragraph 1 (with hidden text)", "Newsletter for the allotment society. I live in Croydon."),
        ("paragraph 2 (hidden text)", "Ask Morag about the flat in Otley."),
        ("paragraph 3 (hidden text)", "Call me on 07700 900461"),
        ("paragraph 4 (with hidden text)", "Rota: I work at Leeds City Councilsee the board."),
        ("paragraph 5 (hidden section)", "Private: my sister in Harrogate"),
        ("paragraph 6", "Shown to all."),
    ]
    _code, doc = run("scan", str(path))
    assert any("Croydon" in f["message"] and f["location"]["record"] == "paragraph 1 (with hidden text)"
               for f in doc["findings"]), [(f["rule"], f["location"]) for f in doc["findings"]]


def test_odt_fields_said_shown_and_styles_saying_display_true_are_not_hidden(tmp_path: Path) -> None:
    automatic = ('<style:style style:name="T1" style:family="text" style:parent-style-name="Secret">'
                 '<style:text-properties text:display="true"/></style:style>')
    named = ('<style:style style:name="Secret" style:family="text"><style:text-properties '
             'text:display="none"/></style:style>')
    body = ('<text:p>Shown <text:span text:style-name="T1">words</text:span></text:p>'
            '<text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>'
            "Also shown</text:p>"
            '<text:p>A <text:hidden-text text:condition="ooow:0" text:string-value="field" '
            'text:is-hidden="false"/> shown</text:p>')
    path = odt(tmp_path / "shown.odt", automatic, body, named)
    assert sections(path.read_bytes(), "odf") == [
        ("paragraph 1", "Shown words"), ("paragraph 2", "Also shown"), ("paragraph 3", "A field shown")]


def test_an_odt_style_parent_loop_ends(tmp_path: Path) -> None:
    automatic = "".join(f'<style:style style:name="A{n}" style:family="text" style:parent-style-name='
                        f'"A{(n + 1) % 3}"/>' for n in range(3))
    path = odt(tmp_path / "loop.odt", automatic, '<text:p><text:span text:style-name="A0">Words</text:span>'
                                                 "</text:p>")
    assert sections(path.read_bytes(), "odf") == [("paragraph 1", "Words")]


# -- 3. comments and tracked deletions -----------------------------------------------------------


def commented_docx(path: Path) -> Path:
    document = docx.Document()
    paragraph = document.add_paragraph("Minutes of the allotment society meeting, spring term.")
    # A colleague's note in the margin, as Word keeps it in word/comments.xml (no author name, so
    # the metadata rules have no person to name).
    document.add_comment(paragraph.runs, text="I work at Leeds City Council in the planning office",
                         author="", initials="")
    document.add_comment(paragraph.runs, text="Second note: agenda attached", author="", initials="")
    document.add_paragraph("Next meeting in May.")
    document.save(str(path))
    return path


def test_word_comments_are_read_one_record_each(tmp_path: Path) -> None:
    path = commented_docx(tmp_path / "draft.docx")
    assert b"<w:comment " in zipfile.ZipFile(path).read("word/comments.xml")
    assert sections(path.read_bytes(), "ooxml") == [
        ("paragraph 1", "Minutes of the allotment society meeting, spring term."),
        ("paragraph 2", "Next meeting in May."),
        ("comment 1", "I work at Leeds City Council in the planning office"),
        ("comment 2", "Second note: agenda attached"),
    ]
    # META029 counts them as before (numbers only).
    assert hidden_fields(path) == {"CommentText": "2 comments, 14 words"}


def test_check_fails_a_draft_whose_comment_names_the_employer(tmp_path: Path) -> None:
    path = commented_docx(tmp_path / "draft.docx")
    code, doc = run("check", "--fail-on", "high", str(path))
    employer = [f for f in doc["findings"] if f["rule"] == "SELF011"]
    assert code == 1, [(f["rule"], f["severity"]) for f in doc["findings"]]
    assert [f["location"]["record"] for f in employer] == ["comment 1"]
    assert "Leeds City Council" in employer[0]["message"]


def test_100000_word_comments_are_capped_said_and_quick(tmp_path: Path) -> None:
    path = commented_docx(tmp_path / "draft.docx")
    many = b"".join(b'<w:comment w:id="%d" w:author="x"><w:p><w:r><w:t>note %d</w:t></w:r></w:p></w:comment>'
                    % (n, n) for n in range(100_000))

    def flood(data: bytes) -> bytes:
        head, _, _ = data.partition(b"<w:comment ")
        return head + many + b"</w:comments>"

    flooded = rewrite(path, tmp_path / "flood.docx", "word/comments.xml", flood)
    started = time.perf_counter()
    text = _doctext().document_text(flooded.read_bytes(), "ooxml")
    assert time.perf_counter() - started < 20
    doctext = _doctext()
    assert len(text.sections) <= doctext.MAX_SECTIONS + doctext.MAX_EXTRA_SECTIONS
    assert text.error is None
    # Cut at the section cap (said: an input error, so check fails closed) or read whole.
    comments = [s for s in text.sections if s.where.startswith("comment")]
    assert text.unread == [doctext._EXTRA_CUT_NOTE] or len(comments) == 100_000


def test_word_tracked_deletion_is_read_as_the_paragraph_before_its_changes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("I work at the council.")
    document.add_paragraph("Next meeting in May.")
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    # As Word writes a replacement with Track Changes on: the old words in w:del/w:delText, the
    # new ones in w:ins.
    tracked = rewrite(path, tmp_path / "tracked2.docx", "word/document.xml", lambda d: d.replace(
        b"<w:r><w:t>I work at the council.</w:t></w:r>",
        b'<w:r><w:t xml:space="preserve">I work at </w:t></w:r><w:del w:id="1" w:author="A" '
        b'w:date="2026-11-30T09:00:00Z"><w:r><w:delText>Leeds City Council</w:delText></w:r></w:del>'
        b'<w:ins w:id="2" w:author="A" w:date="2026-11-30T09:00:00Z"><w:r><w:t>the council</w:t></w:r>'
        b"</w:ins>"
        b"<w:r><w:t>.</w:t></w:r>"))
    assert sections(tracked.read_bytes(), "ooxml") == [
        ("paragraph 1", "I work at the council."),
        ("paragraph 1 (before tracked changes)", "I work at Leeds City Council."),
        ("paragraph 2", "Next meeting in May."),
    ]
    assert hidden_fields(tracked) == {"DeletedText": "1 tracked deletion, 3 words"}
    _code, doc = run("scan", str(tracked))
    assert any(f["rule"] == "SELF011" and f["location"]["record"] == "paragraph 1 (before tracked changes)"
               for f in doc["findings"]), [(f["rule"], f["location"]) for f in doc["findings"]]


RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}{\*\revtbl{Unknown;}{Ailsa;}}\f0\fs22 "
       rb"Minutes of the meeting{\*\atnid AM}{\*\atnauthor Ailsa}\chatn{\*\annotation{\*\atnref 1}"
       rb"{\*\atndate 1234}\pard\plain\f0{\field{\*\fldinst {\chatn}}}I work at Leeds City Council\par "
       rb"call me on 07700 900461}. Next.\par "
       rb"I work at {\deleted\revauth1 Leeds City Council}{\revised\revauth1 the council}.\par "
       rb"Last line.\par}")


def test_rtf_comments_and_deleted_revisions_are_read(tmp_path: Path) -> None:
    assert sections(RTF, "rtf") == [
        ("comment 1", "I work at Leeds City Council\ncall me on 07700 900461"),
        ("paragraph 1", "Minutes of the meeting. Next."),
        ("paragraph 2", "I work at the council."),
        ("paragraph 2 (before tracked changes)", "I work at Leeds City Council."),
        ("paragraph 3", "Last line."),
    ]
    path = tmp_path / "minutes.rtf"
    path.write_bytes(RTF)
    code, doc = run("check", "--fail-on", "high", str(path))
    records = {f["location"]["record"] for f in doc["findings"] if f["rule"] == "SELF011"}
    assert code == 1 and records == {"comment 1"}, doc["findings"]
    # Without the comment, the deleted employer is found in the paragraph as it was.
    path.write_bytes(RTF.replace(b"I work at Leeds City Council\\par ", b"").replace(b"call me", b"Morag"))
    code, doc = run("check", "--fail-on", "high", str(path))
    records = {f["location"]["record"] for f in doc["findings"] if f["rule"] == "SELF011"}
    assert code == 1 and records == {"paragraph 2 (before tracked changes)"}, doc["findings"]


def test_100000_rtf_comments_are_capped_and_quick() -> None:
    doctext = _doctext()
    data = b"{\\rtf1\\ansi " + b"word{\\*\\annotation note}" * 100_000 + b"\\par}"
    started = time.perf_counter()
    text = doctext.document_text(data, "rtf")
    assert time.perf_counter() - started < 20
    assert len(text.sections) == doctext.MAX_EXTRA_SECTIONS + 1 and text.unread == [doctext._EXTRA_CUT_NOTE]


def test_documents_finds_the_runs_a_style_hides_for_meta029(tmp_path: Path) -> None:
    """metadata/documents.py's count of runs hidden by their style (office.py's Word loop calls it
    beside _vanished_runs: see the doc15 report); a run's own w:vanish decides for it."""
    from nymaudit.metadata.documents import style_hidden_runs, word_hidden_styles

    path = styled_docx(tmp_path / "minutes.docx")
    with zipfile.ZipFile(path) as z:
        styles = word_hidden_styles(z.read("word/styles.xml"))
        runs = style_hidden_runs(z.read("word/document.xml"), styles)
    assert [b"".join(run.split(b"<w:t")[1:]).partition(b">")[2].partition(b"<")[0] for run in runs] == [
        b"I live in Croydon, call me on 07700 900461", b"Ask Morag about the flat in Otley.",
        b"Keep the Leeds job quiet."]
    plain = zipfile.ZipFile(commented_docx(tmp_path / "d.docx")).read("word/styles.xml")
    assert word_hidden_styles(plain) is None  # no style hides text: the body needs no second look
    flood = b'<w:p><w:r><w:rPr><w:rStyle w:val="Private"/></w:rPr><w:t>x</w:t></w:r></w:p>' * 100_000
    started = time.perf_counter()
    assert len(style_hidden_runs(flood, styles, limit=10_000)) == 10_000
    assert time.perf_counter() - started < 5


# -- 4. the picture-page word lists are data (heuristics/doctext.toml) --------------------------


def test_doctext_word_lists_match_their_examples() -> None:
    from nymaudit.rules import load_file

    doctext = _doctext()
    stamps, captions, _not_title = doctext._word_lists()
    lists = load_file("doctext")
    for table, says in (("scanner_stamps", lambda t: bool(stamps.search(t))),
                        ("captions", lambda t: bool(captions.match(t))),
                        ("not_title_words", doctext._is_title)):
        assert lists[table]["why"].strip()
        for text in lists[table]["match"]:
            assert says(text), (table, text)
        for text in lists[table]["no_match"]:
            assert not says(text), (table, text)


def test_the_word_lists_are_read_only_when_a_picture_page_needs_them() -> None:
    import subprocess
    import sys

    code = ("from nymaudit.sources import doctext; "
            "assert doctext._word_lists.cache_info().currsize == 0; "
            "doctext._word_lists(); "
            "assert doctext._word_lists.cache_info().currsize == 1")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# -- any markup: no traceback ------------------------------------------------------------------

_PIECES = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", '<w:rStyle w:val="Private"/>', '<w:pStyle w:val="Drafting"/>',
    "<w:vanish/>", '<w:vanish w:val="0"/>', "<w:del>", "</w:del>", "<w:ins>", "</w:ins>", "<w:t>", "</w:t>",
    "<w:delText>", "</w:delText>", "<w:comment>", "</w:comment>", "words ", "<text:p>", "</text:p>",
    '<text:span text:style-name="T1">', "</text:span>", '<text:section text:display="condition">',
    "</text:section>", '<text:hidden-paragraph text:is-hidden="true"/>',
    '<text:hidden-text text:string-value="x">', "</text:hidden-text>", "<", ">", '"',
]


@pytest.mark.parametrize("fmt", ["word", "odf", "rtf"])
def test_any_mix_of_the_new_markup_reads_without_raising(fmt: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    doctext = _doctext()
    word_styles = doctext._HiddenStyles({b"Private": True, b"Drafting": True}, False, None)
    odf_styles = doctext._HiddenStyles({b"T1": True})

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES + [r"{\*\annotation ", "}", "{", r"\deleted ", r"\revised ",
                                               r"\par ", r"\v ", r"\plain "]), max_size=60))
    def check(pieces: list[str]) -> None:
        data = "".join(pieces).encode()
        if fmt == "rtf":
            doctext.document_text(b"{\\rtf1 " + data, "rtf")
            return
        markup, styles = ((doctext._WORD, word_styles) if fmt == "word" else (doctext._ODF, odf_styles))
        clock = doctext._Clock(10)
        for comments in (False, True):
            for said in doctext._paragraphs_with_hidden(data, doctext._WORD_COMMENTS if comments else markup,
                                                        clock, styles=styles):
                assert len(said) == 6
        doctext._word_styles(data, clock)
        doctext._odf_styles([data], clock)

    check()


def test_documents_counts_an_rtfs_comments_and_deletions_as_they_are_read() -> None:
    """metadata/documents.rtf_side_text, for META029 (textformats.py calls it: see the doc15 report)."""
    from nymaudit.metadata.documents import rtf_side_text

    assert rtf_side_text(RTF) == {"comments": (1, 11), "deletions": (1, 3)}
    assert rtf_side_text(b"{\\rtf1\\ansi Plain words.\\par}") == {}
    flood = b"{\\rtf1\\ansi " + b"word{\\*\\annotation note}{\\deleted gone}\\par " * 100_000 + b"}"
    started = time.perf_counter()
    counted = rtf_side_text(flood)
    assert time.perf_counter() - started < 20
    assert 0 < counted["comments"][0] <= 100_000  # counted as far as the reader's caps read


def test_text_hidden_by_its_style_is_counted_by_meta029(tmp_path: Path) -> None:
    path = styled_docx(tmp_path / "minutes.docx")
    # The Private run, the Drafting and Aside paragraphs' runs; the run saying not hidden is not.
    assert hidden_fields(path) == {"HiddenParts": "3 passages of hidden text (21 words)"}


def test_a_style_loop_and_100000_styled_runs_are_counted_bounded(tmp_path: Path) -> None:
    import time

    path = styled_docx(tmp_path / "minutes.docx")
    loop = (b'<w:style w:type="character" w:styleId="Private"><w:basedOn w:val="Loop"/></w:style>'
            b'<w:style w:type="character" w:styleId="Loop"><w:basedOn w:val="Private"/></w:style>')
    looped = rewrite(path, tmp_path / "loop.docx", "word/styles.xml",
                     lambda d: d.replace(b"</w:styles>", loop + b"</w:styles>"))
    assert hidden_fields(looped) == {"HiddenParts": "3 passages of hidden text (21 words)"}
    import random

    draw = random.Random(15)  # words that do not compress like a bomb (office.py refuses those)
    runs = b"".join(b'<w:r><w:rPr><w:rStyle w:val="Private"/></w:rPr><w:t>%08x</w:t></w:r>'
                    % draw.getrandbits(32) for _ in range(100_000))
    many = rewrite(path, tmp_path / "many.docx", "word/document.xml",
                   lambda d: d.replace(b"<w:body>", b"<w:body><w:p>" + runs + b"</w:p>", 1))
    started = time.perf_counter()
    said = hidden_fields(many)["HiddenParts"]
    assert time.perf_counter() - started < 10
    assert said.startswith("10,000 passages") or said.startswith("10000 passages"), said


def test_a_comment_read_as_text_is_not_joined_again_by_meta022(tmp_path: Path) -> None:
    """Proposal P2 (profile.py): the employer in "comment 1" is SELF011's; META022 does not say it twice."""
    from test_doc15 import commented_docx, run

    code, doc = run("check", "--fail-on", "high", str(commented_docx(tmp_path / "draft.docx")))
    assert code == 1
    assert [f["location"]["record"] for f in doc["findings"] if f["rule"] == "SELF011"] == ["comment 1"]
    assert not [f for f in doc["findings"] if f["rule"] == "META022" and "Leeds" in f["message"]]


def test_rtf_comments_and_deletions_are_counted_by_meta029(tmp_path: Path) -> None:
    """Proposal P4 (textformats.py): an RTF's comments and tracked deletions counted as Word's are."""
    from test_doc15 import RTF

    path = tmp_path / "minutes.rtf"
    path.write_bytes(RTF)
    assert hidden_fields(path) == {"CommentText": "1 comment, 11 words",
                                   "DeletedText": "1 tracked deletion, 3 words"}


def test_an_odt_section_shown_on_a_condition_is_counted_by_meta029(tmp_path: Path) -> None:
    """Proposal P5 (office.py): text:display="condition" counted as a hidden section."""
    from test_doc15 import HIDDEN_ODT_BODY, HIDDEN_ODT_STYLES, NAMED_ODT_STYLES, odt

    path = odt(tmp_path / "news.odt", HIDDEN_ODT_STYLES, HIDDEN_ODT_BODY, NAMED_ODT_STYLES)
    assert hidden_fields(path) == {
        "HiddenParts": "1 hidden section (5 words), 4 passages of hidden text (22 words)"}

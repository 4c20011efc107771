"""`compare` and `meta` on a narrow terminal, and META021's whole value (2026-11-29, tenth session).

- At 60 columns (and 80 for compare's seven columns) rich folded the tables into columns of
  "Ma…", "0.…" and cut a path in the values column into "Docum/ents". A table is printed
  only when every word of every cell fits its column; otherwise each row is a short record
  of 'label: value' lines, with the same content and nothing cut.
- META021 cut a long Windows path (an earlier revision's Title) in the finding itself, in
  the JSON as well: the value is whole now.

Golden files: tests/fixtures/golden/{compare,meta}-{60,80,120}.txt, rendered from the
stored documents compare-doc.json (three small corpora on disk, as the ninth session's
redaction tests build them) and meta-doc.json (a piexif photo and a PDF saved twice with
pypdf's incremental update, as Acrobat and ExifTool save). Regenerate with
``NYMAUDIT_REGEN_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter

from nymaudit.commands import compare, meta
from nymaudit.console import Environment

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
REGENERATE = os.environ.get("NYMAUDIT_REGEN_GOLDEN") == "1"
WIN_PATH = (r"C:\Users\marie.lefebvre\Documents\Horsforth Allotment Society\Committee\2025"
            r"\Minutes of the June meeting (draft 3).docx")


def _render(command: object, doc: dict, width: int) -> str:
    out = io.StringIO()
    console = Environment(stdout=out, stderr=io.StringIO()).out(width=width)
    command.render_terminal(doc, console)  # type: ignore[attr-defined]
    return out.getvalue()


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("name", ["compare", "meta"])
def test_golden_at_width(name: str, width: int) -> None:
    doc = json.loads((GOLDEN / f"{name}-doc.json").read_text(encoding="utf-8"))
    produced = _render(compare if name == "compare" else meta, doc, width)
    path = GOLDEN / f"{name}-{width}.txt"
    if REGENERATE:
        path.write_text(produced, encoding="utf-8", newline="\n")
    assert produced == path.read_text(encoding="utf-8"), f"{path.name} differs from its golden file"
    # Nothing cut: no ellipsis, and no line wider than the console but for a token longer
    # than the line, which stays whole on a line of its own.
    assert "…" not in produced
    for line in produced.splitlines():
        assert len(line.rstrip()) <= width or len(line.split()) == 1, line


def test_compare_golden_shapes() -> None:
    """The seven columns of two candidates: records at 60 and 80, the table at 120."""
    doc = json.loads((GOLDEN / "compare-doc.json").read_text(encoding="utf-8"))
    for width in (60, 80):
        text = _render(compare, doc, width)
        assert "┃ rank" not in text
        assert "  rank: 1\n    known corpus: Marie Lefebvre\n    words: 1040\n" in text
        assert "    verdict: cannot say how likely*\n" in text
    wide = _render(compare, doc, 120)
    assert "┃ rank ┃ known corpus   ┃ words ┃ same-author probability ┃" in wide
    # The habits' five columns fit at 80 as a table.
    assert "┃ feature          ┃ kind            ┃" in _render(compare, doc, 80)


def _word_pdf() -> bytes:
    """A PDF exported from Word (its Title the .docx's path), then retitled by a metadata
    tool that appends an incremental update as Acrobat and ExifTool do."""
    first = PdfWriter()
    first.add_blank_page(72, 72)
    first.add_metadata({"/Author": "Allotment Nym", "/Title": WIN_PATH})
    saved = io.BytesIO()
    first.write(saved)
    again = PdfWriter(io.BytesIO(saved.getvalue()), incremental=True)
    again.add_metadata({"/Title": "Minutes of the June meeting"})
    out = io.BytesIO()
    again.write(out)
    assert out.getvalue().count(b"%%EOF") == 2
    return out.getvalue()


def test_meta021_keeps_a_long_windows_path_whole(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(_word_pdf())
    doc = meta.analyse([folder])
    [finding] = [f for f in doc["files"][0]["findings"] if f["rule"] == "META021"]
    assert finding["clue"]["value"] == WIN_PATH
    assert f"Revision1:Title '{WIN_PATH}'." in finding["message"]
    assert "…" not in json.dumps(finding, ensure_ascii=False)
    # Redacted, the whole path is masked where it stands (no word of it left readable).
    masked = json.dumps(meta.analyse([folder], redact=True), ensure_ascii=False)
    for word in ("marie", "lefebvre", "Horsforth", "Allotment", "Minutes", "draft"):
        assert word.casefold() not in masked.casefold(), word


def _nymaudit(args: list[str], cwd: Path, columns: str) -> str:
    env = {k: v for k, v in os.environ.items()
           if k not in ("FORCE_COLOR", "NYMAUDIT_FORMAT", "NYMAUDIT_REDACT")}
    env.update(COLUMNS=columns, NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_piped_at_60_columns_prints_records_and_cuts_nothing(tmp_path: Path) -> None:
    """The commands as a user pipes them (`COLUMNS=60 nymaudit ... | less`)."""
    pseudo = ("My cat Bartholomew knocked the teapot over again in Horsforth. I must say, whilst "
              "the kettle boiled, nobody came. ")
    known = ("Yesterday Bartholomew climbed the bookcase in Horsforth. I must say, whilst nobody "
             "watched, the marmalade went. ")
    other = ("The committee resolved, after lengthy deliberation, that the harbour accounts should "
             "be audited quarterly; the motion nonetheless carried. ")
    for folder, text, times in (("pseudo", pseudo, 30), ("lefebvre", known, 40), ("okafor", other, 40)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "posts.txt").write_text(text * times)
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "minutes.pdf").write_bytes(_word_pdf())

    out = _nymaudit(["compare", "pseudo", "--known", "Marie Lefebvre=lefebvre", "--known", "Okafor=okafor"],
                    tmp_path, "60")
    assert "…" not in out and "┃" not in out.split("Pseudonymous words:")[1].split("Rank follows")[0]
    assert "  rank: 1\n" in out and "    known corpus: Marie Lefebvre\n" in out
    assert "    same-author probability: " in out and "    ranking score: " in out
    wide = _nymaudit(["compare", "pseudo", "--known", "Marie Lefebvre=lefebvre", "--known", "Okafor=okafor"],
                     tmp_path, "120")
    assert "┃ rank ┃ known corpus   ┃" in wide

    listed = _nymaudit(["meta", "pdfs"], tmp_path, "60")
    assert "…" not in listed
    # The path is one token per word, each whole, as the file holds it.
    assert "free_text Revision1:Title:" in listed
    words = " ".join(listed.split())
    assert WIN_PATH in words


def test_self011_news_about_someone_elses_job_is_not_the_writers(tmp_path: Path) -> None:
    """A Mastodon archive (built as Mastodon exports it): a news post quoting a nurse is not
    the writer's employer; the writer's own 'As a nurse at ..., I' still is."""
    from archive_builders import build_mastodon_archive, make_note

    notes = [
        make_note("109311445000000001", "2024-03-04T19:07:14Z",
                  "<p>Jane Smith, as a nurse at St Mary's, said the ward was full again last night.</p>"),
        make_note("109311445000000002", "2024-03-05T19:12:40Z",
                  "<p>Speaking as a nurse at Leeds General Infirmary, Jane Smith said the same.</p>"),
        make_note("109311445000000003", "2024-03-06T20:02:11Z",
                  "<p>As a nurse at Wythenshawe Hospital for ten years, I have seen it all.</p>"),
    ]
    archive = build_mastodon_archive(tmp_path / "m", notes, zip=False)
    out = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(archive), "-f", "json"],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**os.environ, "NO_COLOR": "1"})
    assert out.returncode in (0, 1), out.stderr
    employers = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "SELF011"]
    values = {(f.get("clue") or {}).get("value") for f in employers}
    assert "Wythenshawe Hospital" in values
    assert not {"St Mary's", "Leeds General Infirmary"} & values, values

"""Walkthrough s11 (2026-11-29, eleventh session, meta11): clues the report did not join or
read well.

- Defect 9: a PDF titled "Grievance - J Okafor - DWP Sheffield" was META022 info/low, last in
  the report, while the same scan had "Joy Okafor" as the PDF's Author (META012, high) and DWP
  as the employer (SELF011, high). Free text in metadata that names a value the scan identified
  elsewhere is now as serious as that finding, says which value and rule it matches, and adds
  its clue to the dossier (profile.join_free_text, run over every detector's findings).
- Papercut: "Adobe Photoshop 7.0" (an earlier PDF revision's Creator, META021) was listed as an
  identity: a revision's value gives the clue of its field's kind (software here).
- Papercut: routine clues read "morning I", "Tuesday I" (SELF016): the slot with what the writer
  does in it, up to the clause's end, else the slot alone.

Inputs are built as the platforms and tools build them: a Reddit data request
(archive_builders.build_reddit_export) and a drafts folder with a PDF saved twice through
pypdf's incremental update, as ExifTool and Acrobat save (the earlier revision stays in the
file).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfWriter

from archive_builders import build_reddit_export
from nymaudit.model import Confidence, Finding, Origin, Severity
from nymaudit.profile import build_profile
from nymaudit.rules import rule
from nymaudit.scan import ScanOptions, analyse
from nymaudit.sources.detect import read_inputs
from nymaudit.text.disclosure import find
from nymaudit.text.normalize import normalize

DWP_COMMENT = "I'm a caseworker at the DWP office in Sheffield and the new targets are brutal."


def _pdf(title: str, author: str = "Joy Okafor") -> bytes:
    """A PDF first made by Photoshop, then edited: Creator changed, Author and Title added
    by an incremental update (two %%EOF), as `exiftool -Author=... -Title=...` leaves it."""
    first = PdfWriter()
    first.add_blank_page(width=200, height=200)
    first.add_metadata({"/Creator": "Adobe Photoshop 7.0", "/Producer": "Adobe Photoshop for Macintosh"})
    saved = io.BytesIO()
    first.write(saved)
    again = PdfWriter(io.BytesIO(saved.getvalue()), incremental=True)
    again.add_metadata({"/Creator": "Microsoft Word for Microsoft 365", "/Author": author, "/Title": title})
    out = io.BytesIO()
    again.write(out)
    assert out.getvalue().count(b"%%EOF") == 2
    return out.getvalue()


def _inputs(tmp_path: Path, title: str = "Grievance - J Okafor - DWP Sheffield",
            note: str = "Notes for the branch meeting.") -> list[Path]:
    reddit = build_reddit_export(tmp_path / "reddit-export", [
        {"id": "k1", "permalink": "https://www.reddit.com/r/unitedkingdom/comments/a/b/k1/",
         "date": "2025-03-04 12:31:10 UTC", "subreddit": "unitedkingdom", "body": DWP_COMMENT,
         "parent": "t1_x", "link": "https://www.reddit.com/r/unitedkingdom/comments/a/"},
    ], [], zip=False)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "notes.txt").write_text(note + "\n", encoding="utf-8")
    (drafts / "grievance-draft.pdf").write_bytes(_pdf(title))
    return [reddit, drafts]


def _scan(paths: list[Path]):  # type: ignore[no-untyped-def]
    return analyse(read_inputs(paths), ScanOptions())


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NYMAUDIT_FORMAT", "NYMAUDIT_REDACT")}
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


# -- defect 9: free text naming what the scan identified ---------------------------------


def test_pdf_title_naming_the_author_and_employer_is_raised(tmp_path: Path) -> None:
    report = _scan(_inputs(tmp_path))
    [title] = [f for f in report.findings if f.rule == "META022"]
    assert title.severity == Severity.HIGH  # was info
    assert title.confidence >= Confidence.MEDIUM  # was low
    # It says which identified values it carries, as written and as found, and which rule.
    assert "'J Okafor' ('Joy Okafor'), the name META012 found" in title.message
    assert "'DWP', the employer SELF011 found" in title.message
    assert "matches=Joy Okafor (as J Okafor)" in title.evidence
    assert "matches=DWP" in title.evidence
    assert title.clue is not None and (title.clue.kind, title.clue.value) == ("identity", "Joy Okafor")
    # The dossier adds it up with the Author.
    [joy] = [e for e in report.profile["clues"]["identity"] if e["value"] == "Joy Okafor"]
    assert "META022" in joy["rules"] and "META012" in joy["rules"]
    # Sorted with the high findings, not last.
    assert report.findings.index(title) < min(i for i, f in enumerate(report.findings)
                                              if f.severity < Severity.HIGH)


def _photo(description: str) -> bytes:
    """A JPEG as a camera or Lightroom writes it, with an EXIF ImageDescription."""
    import piexif
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "JPEG", exif=piexif.dump(
        {"0th": {piexif.ImageIFD.ImageDescription: description.encode()}}))
    return out.getvalue()


def test_many_files_naming_the_same_are_one_finding_and_one_a_file_for_check(tmp_path: Path) -> None:
    paths = _inputs(tmp_path, title="Minutes of the spring meeting")
    for n in range(4):
        (paths[1] / f"picnic-{n}.jpg").write_bytes(_photo("Branch picnic, photo J. Okafor"))
    report = _scan(paths)
    [caption] = [f for f in report.findings if f.rule == "META022" and f.clue is not None]
    assert caption.message.startswith("In 4 files (first: picnic-0.jpg, picnic-1.jpg, picnic-2.jpg, …)")
    assert "'J. Okafor' ('Joy Okafor'), the name META012 found" in caption.message
    assert caption.severity == Severity.HIGH and caption.clue is not None and caption.clue.count == 4
    [joy] = [e for e in report.profile["clues"]["identity"] if e["value"] == "Joy Okafor"]
    assert joy["findings"] == 5  # the PDF's Author and the four captions
    # `check` keeps one finding a file: its SARIF annotates each.
    per_file = analyse(read_inputs(paths), ScanOptions(extra={"per_file": True}))
    assert len([f for f in per_file.findings if f.rule == "META022" and f.clue is not None]) == 4


def test_free_text_naming_nothing_identified_stays_info(tmp_path: Path) -> None:
    report = _scan(_inputs(tmp_path, title="Minutes of the spring meeting"))
    [title] = [f for f in report.findings if f.rule == "META022"]
    assert title.severity == Severity.INFO and title.clue is None
    assert "matches=" not in title.evidence


def test_raised_title_is_masked_when_redacted(tmp_path: Path) -> None:
    _inputs(tmp_path)
    done = _cli(["scan", "reddit-export", "drafts", "--redact", "-f", "json"], tmp_path)
    assert done.returncode in (0, 1), done.stderr
    doc = json.loads(done.stdout)
    [title] = [f for f in doc["findings"] if f["rule"] == "META022"]
    assert title["severity"] == "high"
    for word in ("Okafor", "Joy", "DWP", "Grievance", "Sheffield"):
        assert word.casefold() not in done.stdout.casefold(), word
    done = _cli(["scan", "reddit-export", "drafts", "--redact", "-f", "markdown"], tmp_path)
    for word in ("Okafor", "DWP", "Grievance"):
        assert word.casefold() not in done.stdout.casefold(), word


def _finding(rule_id: str, kind: str | None, value: str | None, evidence: str = "",
             **kw: object) -> Finding:
    return rule(rule_id).finding(f"{rule_id} message", evidence, Origin("a/file.jpg"),
                                 clue_value=value, clue_kind=kind, **kw)  # type: ignore[arg-type]


def test_join_ignores_labels_habits_and_contact_cards() -> None:
    from nymaudit.profile import join_free_text

    text = _finding("META022", None, None,
                    "ImageDescription=describes their workplace, colour me unsurprised; Title=Dr Kim Lee")
    others = [
        _finding("SELF011", "employer", "describes their workplace"),  # the tool's own words
        _finding("STYLE015", "identity", "colour me unsurprised"),  # a habit, not a value
        # A contact card's name is someone the writer knows (low confidence).
        _finding("META012", "contact", "Kim Lee", "FullName=Kim Lee", confidence="low", severity="medium"),
    ]
    [joined] = [f for f in join_free_text([text, *others]) if f.rule == "META022"]
    assert joined is text and joined.severity == Severity.INFO


def test_join_matches_initials_surname_first_and_handles() -> None:
    from nymaudit.profile import join_free_text

    findings = [
        _finding("META022", None, None, "Keywords=minutes, Okafor, J.; Comment=by @quiet_pen"),
        _finding("META012", "identity", "Joy Okafor", "Author=Joy Okafor"),
        _finding("SELF020", "account", "Mastodon quiet_pen"),
    ]
    joined = join_free_text(findings)
    [text] = [f for f in joined if f.rule == "META022"]
    assert "matches=Joy Okafor (as Okafor, J)" in text.evidence
    assert "matches=Mastodon quiet_pen (as @quiet_pen)" in text.evidence
    assert text.severity == Severity.HIGH
    # Joined once: a second pass finds the same and adds nothing.
    assert join_free_text(joined)[0].evidence.count("matches=") == 2
    # A word inside another word is no match ("Okaforth", "jokafor", "bob.jane@example.org").
    other = _finding("META022", None, None, "Title=Okaforth Jokafor; Comment=bob.jane@example.org")
    mail = _finding("SELF001", "contact", "jane@example.org")
    assert join_free_text([other, findings[1], mail])[0].severity == Severity.INFO
    # Written without a space, or with a possessive, it is the name.
    for title in ("Title=Letter from J.Okafor", "Title=Joy Okafor's letter", "Comment=mail jane@example.org"):
        text = _finding("META022", None, None, title)
        assert join_free_text([text, findings[1], mail])[0].severity == Severity.HIGH, title


def test_an_earlier_revisions_text_raises_nothing() -> None:
    """The old Title is META021's (high already); META022 is about the text as it stands."""
    from nymaudit.profile import join_free_text

    text = _finding("META022", None, None,
                    "Title=How to comment; Revision1:Title=C:\\Users\\jsmethurst\\Documents\\guide.docx")
    user = _finding("META019", "identity", "jsmethurst", "Template=C:\\Users\\jsmethurst\\Normal.dotm")
    assert join_free_text([text, user])[0].severity == Severity.INFO


# -- papercut: a program as an identity ----------------------------------------------------


def test_earlier_revisions_program_is_software_not_identity(tmp_path: Path) -> None:
    report = _scan(_inputs(tmp_path))
    [revision] = [f for f in report.findings if f.rule == "META021"]
    assert "Revision1:Creator 'Adobe Photoshop 7.0'" in revision.message
    assert revision.clue is not None and revision.clue.kind == "software"
    identities = [e["value"] for e in report.profile["clues"].get("identity", [])]
    assert "Adobe Photoshop 7.0" not in identities
    assert "Adobe Photoshop 7.0" in [e["value"] for e in report.profile["clues"]["software"]]


def test_earlier_revisions_author_is_still_an_identity_and_comes_first() -> None:
    from nymaudit.metadata.core import Field, FileMeta
    from nymaudit.metadata.findings import file_findings

    meta = FileMeta(format="pdf", fields=[
        Field("software", "Revision1:Creator", "Adobe Photoshop 7.0"),
        Field("person", "Revision1:Author", "Jane Example"),
        Field("person", "Revision1:Company", "Leeds City Council"),
        Field("person", "Author", "Nym"),
    ])
    [revision] = [f for f in file_findings(meta, "a.pdf") if f.rule == "META021"]
    assert "Revision1:Author 'Jane Example'" in revision.message
    assert revision.clue is not None
    assert (revision.clue.kind, revision.clue.value) == ("identity", "Jane Example")
    profile = build_profile([revision])
    assert [e["value"] for e in profile["clues"]["identity"]] == ["Jane Example"]


# -- papercut: routine values that read as fragments ----------------------------------------


def _routines(text: str) -> list[str]:
    return [d.value for d in find(normalize(text)[0]) if d.rule_id == "SELF016"]


def test_routine_value_is_the_whole_phrase() -> None:
    assert _routines("What the targets do to us. Every morning I walk past the Crucible on my way in. "
                     "By 9 we have 40 claimants.") == ["Every morning I walk past the Crucible on my way in"]
    assert _routines("Every Tuesday I cycle in over the Clifton Suspension Bridge at 7:30. By Quiet Clerk") \
        == ["Every Tuesday I cycle in over the Clifton Suspension Bridge at 7:30"]
    assert _routines("Every Tuesday at 6pm I swim") == ["Every Tuesday at 6pm"]
    # A clause longer than twelve words: the slot alone, never a cut phrase.
    assert _routines("Every morning I get up and make a cup of tea and then I read the paper for an "
                     "hour before work.") == ["Every morning"]
    assert _routines("every night I'm up at 3 with the baby") == ["every night I'm up at 3 with the baby"]
    for value in _routines("Every morning I") + _routines("each Sunday we"):
        assert not value.endswith((" I", " we")), value


def test_routine_clue_in_a_scanned_draft_reads_whole(tmp_path: Path) -> None:
    report = _scan(_inputs(tmp_path, note="Every morning I walk past the Crucible on my way in."))
    routines = [e["value"] for e in report.profile["clues"]["routine"]]
    assert routines == ["Every morning I walk past the Crucible on my way in"]

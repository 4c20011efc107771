"""Findings, statuses, linkage, the scan detector and the `meta` document."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from nymaudit.commands.meta import analyse, render_terminal
from nymaudit.detectors import ScanContext
from nymaudit.metadata import extract
from nymaudit.metadata.findings import file_findings, rule_example, status_of, utc_offsets
from nymaudit.metadata.linkage import LinkedFile, link_files
from nymaudit.model import Attachment, Corpus
from nymaudit.rules import load_rules

FIXTURES = REPO / "tests" / "fixtures" / "metadata"
GROUPS = {"gps", "serial", "person", "software", "time", "embedded_image", "document_id",
          "place", "free_text", "device"}


def rules_of(path: Path) -> set[str]:
    meta = extract(path.read_bytes())
    return {f.rule for f in file_findings(meta, path.name)}


def test_every_metadata_rule_runs_its_examples() -> None:
    meta_rules = [r for r in load_rules() if r.source_file == "metadata.toml"]
    assert {r.id for r in meta_rules} >= {f"META0{n}" for n in range(10, 29)}
    for r in meta_rules:
        assert r.examples_match and r.examples_no_match, r.id
        for example in r.examples_match:
            assert r.example_matches(example), (r.id, example)
        for example in r.examples_no_match:
            assert not r.example_matches(example), (r.id, example)
        assert "strip" in r.advice.lower() or "remov" in r.advice.lower() or r.id in (
            "META025", "META026"), r.id


def test_rule_example_matcher_is_not_a_constant() -> None:
    rule = load_rules().get("META010")
    assert rule_example(rule, "gps:GPSPosition=1.5, 2.5")
    assert not rule_example(rule, "device:Make=Canon")


def test_fixture_findings() -> None:
    assert {"META010", "META011", "META012", "META013", "META014"} <= rules_of(
        FIXTURES / "camera_gps_serial.jpg")
    assert {"META021", "META019", "META012"} <= rules_of(FIXTURES / "incremental.pdf")
    assert {"META012", "META019", "META020", "META018"} <= rules_of(FIXTURES / "tracked.docx")
    assert {"META015", "META012"} <= rules_of(FIXTURES / "iptc_xmp.jpg")
    assert "META010" in rules_of(FIXTURES / "phone.mov")


def test_user_name_from_template_path_is_the_clue() -> None:
    meta = extract((FIXTURES / "tracked.docx").read_bytes())
    found = [f for f in file_findings(meta, "tracked.docx") if f.rule == "META019"]
    assert found and found[0].clue is not None and found[0].clue.value == "jrealname"
    assert found[0].clue.kind == "identity"


def test_offsets_are_read_from_every_time_style() -> None:
    from nymaudit.metadata.core import Field

    values = ["+02:00", "2005-11-21T17:07:14+01:00", "D:20050718143045-04'00'", "102030+0100",
              "2009-10-24T01:41:00Z", "2020:01:01 10:00:00"]
    found = utc_offsets([Field("time", "T", v) for v in values])
    assert found == ["+02:00", "+01:00", "-04:00"]


def test_statuses() -> None:
    clean = extract(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
    assert status_of(clean, file_findings(clean, "a.jpg")) == "clean"
    unknown = extract(b"hello world")
    assert status_of(unknown, []) == "unsupported"
    broken = extract(b"%PDF-1.4\n garbage without objects")
    assert status_of(broken, file_findings(broken, "x.pdf")) == "unreadable"
    assert broken.error


def test_linkage_across_attachments_and_known_files() -> None:
    cam = extract((FIXTURES / "camera_gps_serial.jpg").read_bytes())
    heic = extract((FIXTURES / "photo.heic").read_bytes())
    docx = extract((FIXTURES / "tracked.docx").read_bytes())
    found = link_files([
        LinkedFile("post1.jpg", cam), LinkedFile("post2.heic", heic),
        LinkedFile("cv.docx", docx, known_label="realname"),
    ])
    rules = {f.rule for f in found}
    assert "META023" in rules  # same serial in both attachments
    bridge = [f for f in found if f.rule == "META024"]
    assert bridge and "cv.docx" in bridge[0].message  # Jane Realname in a known file
    assert all(f.category == "linkage" for f in found)


def test_linkage_ignores_placeholders() -> None:
    from nymaudit.metadata.core import Field as F
    from nymaudit.metadata.core import FileMeta

    a = FileMeta("jpeg", [F("person", "Artist", "Copyright 2020"), F("serial", "SerialNumber", "0000")])
    b = FileMeta("jpeg", [F("person", "Artist", "Copyright 2021"), F("serial", "SerialNumber", "0000")])
    assert link_files([LinkedFile("a", a), LinkedFile("b", b)]) == []


def _corpus(paths: dict[str, Path], platform: bool = False) -> Corpus:
    corpus = Corpus()
    for name, path in paths.items():
        corpus.attachments.append(Attachment(
            path=name, input_path="archive.zip", loader=(lambda p=path: p.read_bytes()),
            platform_copy=platform, post_id="123"))
    return corpus


def test_detector_reports_findings_linkage_and_section() -> None:
    from nymaudit.detectors.metadata import detect

    corpus = _corpus({"media/a.jpg": FIXTURES / "camera_gps_serial.jpg",
                      "media/b.heic": FIXTURES / "photo.heic"})
    corpus.attachments.append(Attachment(path="media/gone.jpg", input_path="archive.zip"))
    known = _corpus({"cv.docx": FIXTURES / "tracked.docx"})
    result = detect(ScanContext(corpus=corpus, known={"realname": known}))
    rules = [f.rule for f in result.findings]
    assert "META010" in rules and "META023" in rules and "META024" in rules
    assert "META026" in rules  # the attachment without content
    section = result.sections["metadata"]
    assert section["attachments"] == 3 and section["by_status"]["identifying"] == 2
    assert all(f.location.path for f in result.findings)


def test_detector_is_honest_about_platform_copies() -> None:
    from nymaudit.detectors.metadata import detect

    plain = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (20, 10)).save(plain, "JPEG")
    corpus = Corpus(attachments=[Attachment(path="tweets_media/1-a.jpg", input_path="x.zip",
                                            loader=lambda: plain.getvalue(), platform_copy=True)])
    result = detect(ScanContext(corpus=corpus))
    note = [f for f in result.findings if f.rule == "META025"]
    assert note and "original" in note[0].message
    assert result.sections["metadata"]["by_status"]["clean"] == 1


def test_a_platform_copy_that_kept_its_gps_is_not_called_stripped() -> None:
    """A copy in the archive that still carries GPS (META010) contradicts "the platform
    removed what these copies would have said": the note says it was kept."""
    from nymaudit.detectors.metadata import detect

    corpus = _corpus({"media/picket.jpg": FIXTURES / "camera_gps_serial.jpg"}, platform=True)
    result = detect(ScanContext(corpus=corpus))
    rules = {f.rule for f in result.findings}
    (note,) = [f for f in result.findings if f.rule == "META025"]
    assert "META010" in rules
    assert "1 of 1 attachments is a copy" in note.message
    assert "1 of them still carries identifying metadata" in note.message
    assert "removed" not in note.message


def test_meta_document_shape_and_statuses(tmp_path: Path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes((FIXTURES / "camera_gps_serial.jpg").read_bytes())
    (folder / "notes.txt").write_text("plain text")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n not really")
    archive = tmp_path / "media.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "photo.heic", "photos/photo.heic")
    doc = analyse([folder, archive, FIXTURES / "tracked.docx", tmp_path / "missing.jpg"])
    assert doc["schema"] == "nymaudit.meta/1"
    by_name = {Path(f["path"].replace("!", "/")).name: f for f in doc["files"]}
    assert by_name["photo.jpg"]["status"] == "identifying"
    assert by_name["notes.txt"]["status"] == "unsupported"
    assert by_name["notes.txt"]["format"] == "text" and "scan" in by_name["notes.txt"]["error"]
    assert by_name["broken.pdf"]["status"] == "unreadable" and by_name["broken.pdf"]["error"]
    assert by_name["photo.heic"]["status"] == "identifying"
    assert by_name["tracked.docx"]["format"] == "ooxml"  # a document, not a folder of parts
    assert by_name["missing.jpg"]["status"] == "unreadable"
    for f in doc["files"]:
        assert set(f) == {"path", "format", "status", "error", "fields", "findings"}
        assert all(set(x) == {"group", "name", "value"} and x["group"] in GROUPS
                   for x in f["fields"])
        for finding in f["findings"]:
            assert set(finding) >= {"rule", "category", "severity", "confidence", "title",
                                    "message", "evidence", "location", "clue", "advice"}
    linked = [x for x in by_name["photo.jpg"]["findings"] if x["rule"] == "META023"]
    assert linked, "the same serial in photo.jpg and photo.heic"
    json.dumps(doc)


def test_render_terminal_escapes_markup(tmp_path: Path) -> None:
    from rich.console import Console

    odd = tmp_path / "[bold]x[red].jpg"
    odd.write_bytes((FIXTURES / "camera_gps_serial.jpg").read_bytes())
    doc = analyse([odd])
    doc["files"][0]["fields"].append({"group": "free_text", "name": "[red]", "value": "[/]"})
    console = Console(file=io.StringIO(), width=120, color_system=None)
    render_terminal(doc, console)
    text = console.file.getvalue()
    assert "[bold]x[red].jpg" in text and "[/]" in text
    assert "IDENTIFYING" in text and "META010" in text


def test_render_terminal_lists_text_files_apart(tmp_path: Path) -> None:
    from rich.console import Console

    (tmp_path / "post.md").write_text("---\ntitle: a post\n---\nWords.\n")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02\x03")
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_terminal(analyse([tmp_path]), console)
    text = console.file.getvalue()
    assert "Plain text files, no metadata fields" in text and "post.md" in text
    assert "Not checked (formats nymaudit does not read)" in text and "blob.bin" in text
    assert "2 unsupported (1 of them text)" in text


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix != ".py"))
def test_fixtures_are_small(name: str) -> None:
    assert (FIXTURES / name).stat().st_size < 20_000


def test_detector_walks_known_folders_without_attachments(tmp_path: Path) -> None:
    """Readers of plain-text folders list no attachments: the real-name files
    under --known are found by walking the input path."""
    from nymaudit.detectors.metadata import detect
    from nymaudit.model import InputSummary

    known_dir = tmp_path / "realname"
    known_dir.mkdir()
    (known_dir / "cv.docx").write_bytes((FIXTURES / "tracked.docx").read_bytes())
    (known_dir / "notes.txt").write_text("not metadata")
    known = Corpus(inputs=[InputSummary(path=str(known_dir), format="generic")])
    corpus = _corpus({"media/a.jpg": FIXTURES / "camera_gps_serial.jpg"})
    result = detect(ScanContext(corpus=corpus, known={"real": known}))
    bridge = [f for f in result.findings if f.rule == "META024"]
    assert len(bridge) == 1 and "real:cv.docx" in bridge[0].message
    assert "Jane Realname" in bridge[0].message
    assert bridge[0].clue is not None and bridge[0].clue.kind == "identity"
    assert result.sections["metadata"]["known_files"] == 1


def test_a_redacted_report_masks_the_device_offset_as_timing_does(tmp_path: Path) -> None:
    """META014 named the offset as "+01:00" beside a clue "UTC+01:00": --redact masks a
    clue where it stands whole, so the bare offset stayed readable while TIME007 masked
    the same offset. The message now uses the clue's own form."""
    from typer.testing import CliRunner

    from archive_builders import build_jekyll_blog
    from nymaudit.cli import app

    photo = (FIXTURES / "camera_gps_serial.jpg").read_bytes()
    folder = build_jekyll_blog(tmp_path / "site", [{
        "name": "2024-05-01-walk.md", "front": {"title": "Walk", "date": "2024-05-01"},
        "body": "A walk.\n\n![view](/assets/img/photo.jpg)\n"}], files={"assets/img/photo.jpg": photo})
    plain = CliRunner().invoke(app, ["meta", str(folder), "--format", "json"])
    offsets = {f["clue"]["value"] for entry in json.loads(plain.stdout)["files"]
               for f in entry["findings"] if f["rule"] == "META014"}
    assert offsets, "the fixture must record an offset"
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json", "--redact"])
    report = json.loads(out.stdout)
    (note,) = [f for f in report["findings"] if f["rule"] == "META014"]
    for offset in offsets:
        assert offset[3:] not in note["message"], note["message"]

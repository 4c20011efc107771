"""`meta --redact` and `compare --redact` (ninth session, 29 November 2026): the outputs an
adviser is sent showed GPS positions, owners' names, serial numbers, file names, corpus
labels and the phrases both identities share, with no way to mask them. Masked now with
scan's own functions, in every format; what an adviser needs (rules, field names, the
numbers, the advice) stays readable. Real files: a photo built with piexif, a PDF with
pypdf, a Word document part by part, and small text corpora on disk."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import piexif
import pytest
from jsonschema import Draft202012Validator
from PIL import Image
from pypdf import PdfWriter
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.report.json_report import load_schema

# What the files and corpora below give away; none may survive --redact, in any case.
META_SECRETS = ("Marie", "Lefebvre", "XK4412987", "53.84", "1.638", "Horsforth", "Okafor",
                "EOS 80D", "allotment")
COMPARE_SECRETS = ("Marie", "Lefebvre", "Okafor", "Bartholomew", "Horsforth", "marmalade",
                   "i must say")


def _jpeg() -> bytes:
    zeroth = {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS 80D",
              piexif.ImageIFD.Artist: b"Marie Lefebvre", piexif.ImageIFD.Copyright: b"(c) Marie Lefebvre"}
    exif = {"0th": zeroth,
            "Exif": {piexif.ExifIFD.BodySerialNumber: b"XK4412987",
                     piexif.ExifIFD.DateTimeOriginal: b"2025:06:03 14:22:05",
                     piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N",
                    piexif.GPSIFD.GPSLatitude: ((53, 1), (50, 1), (2841, 100)),
                    piexif.GPSIFD.GPSLongitudeRef: b"W",
                    piexif.GPSIFD.GPSLongitude: ((1, 1), (38, 1), (1873, 100))}}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 30)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def _pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(72, 72)
    writer.add_metadata({"/Author": "Marie Lefebvre", "/Title": "Horsforth allotment minutes"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx() -> bytes:
    """A Word document with a custom property whose *name* the author chose."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            "</Types>"),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
            'elements/1.1/"><dc:creator>Marie Lefebvre</dc:creator></cp:coreProperties>'),
        "docProps/custom.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.'
            'org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
            'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
            '08002B2CF9AE}" pid="2" name="Okafor case"><vt:lpwstr>ref 7741</vt:lpwstr></property>'
            "</Properties>"),
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document/>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


@pytest.fixture()
def photos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder named after the person (as an adviser names it), run from its parent."""
    folder = tmp_path / "marie_lefebvre_photos"
    folder.mkdir()
    (folder / "horsforth-allotment.jpg").write_bytes(_jpeg())
    (folder / "minutes.pdf").write_bytes(_pdf())
    (folder / "letter.docx").write_bytes(_docx())
    (folder / "marie-lefebvre-cv.txt").write_text("A plain text file.\n")
    monkeypatch.chdir(tmp_path)
    return Path(folder.name)


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200", **(env or {})},
                                catch_exceptions=False)
    return result.exit_code, result.output


def _absent(text: str, secrets: tuple[str, ...]) -> list[str]:
    return [s for s in secrets if s.casefold() in text.casefold()]


def test_meta_redact_masks_every_format_and_keeps_what_to_do(photos: Path, tmp_path: Path) -> None:
    code, plain_json = _run("meta", str(photos), "--format", "json")
    assert code == 0
    plain = json.loads(plain_json)
    # Without --redact nothing changes: the secrets are there.
    assert len(_absent(plain_json, META_SECRETS)) == len(META_SECRETS)
    assert "redacted" not in plain

    outputs: dict[str, str] = {}
    for fmt in ("terminal", "json"):
        code, outputs[fmt] = _run("meta", str(photos), "--format", fmt, "--redact")
        assert code == 0
        report = tmp_path / f"meta.{fmt}"
        code, _ = _run("meta", str(photos), "--format", fmt, "--redact", "--output", str(report))
        assert code == 0
        outputs[f"{fmt} file"] = report.read_text()
    for name, text in outputs.items():
        assert _absent(text, META_SECRETS) == [], name

    doc = json.loads(outputs["json"])
    assert doc["redacted"] is True and doc["schema"] == "nymaudit.meta/1"
    Draft202012Validator(load_schema("meta")).validate(doc)
    assert json.loads(outputs["json file"]) == doc
    # Same shape: the same files, fields and findings, with the same keys.
    assert set(doc) == set(plain) | {"redacted"}
    assert len(doc["files"]) == len(plain["files"])
    for masked, original in zip(doc["files"], plain["files"], strict=True):
        assert set(masked) == set(original)
        assert (masked["status"], masked["format"]) == (original["status"], original["format"])
        assert [(f["group"], len(f)) for f in masked["fields"]] == [
            (f["group"], len(f)) for f in original["fields"]]
        assert [f["rule"] for f in masked["findings"]] == [f["rule"] for f in original["findings"]]
        assert [f["advice"] for f in masked["findings"]] == [f["advice"] for f in original["findings"]]
    photo = next(f for f in doc["files"] if f["path"].endswith(".jpg"))
    fields = {f["name"]: f["value"] for f in photo["fields"]}
    # The format's field names stay (they say what to strip); a position is a fixed ***.
    assert {"Artist", "SerialNumber", "GPSPosition", "Make"} <= set(fields)
    assert fields["GPSPosition"] == "***" and fields["NearestPlace"] == "***"
    # A person's name and a serial as a fixed *** too since the tenth session (red team 10 F4:
    # "***** ********" kept the lengths of the names).
    assert fields["Artist"] == "***" and fields["SerialNumber"] == "***"
    assert {"META010", "META011", "META012"} <= {f["rule"] for f in photo["findings"]}
    # The platform word of the input's name stays, the person's name does not.
    assert photo["path"].startswith("***_***_photos/")
    docx = next(f for f in doc["files"] if f["path"].endswith(".docx"))
    # A custom property's name is the author's text: masked after the format's prefix.
    assert "Custom:*** ***" in [f["name"] for f in docx["fields"]]

    terminal = outputs["terminal"]
    for readable in ("IDENTIFYING", "META010", "META011", "META012", "Artist", "SerialNumber",
                     "GPSPosition", "what to do:", "exiftool -gps:all=", "Redacted:"):
        assert readable in terminal
    # The text file's name: every word masked in the list too, the extension kept (since
    # review rev9b item 4, every folder and file name, not only the words findings give).
    assert "***-***-***.txt" in terminal


def test_meta_unredacted_output_is_unchanged(photos: Path) -> None:
    """--no-redact (the default) gives the document as before: no key added, values whole."""
    code, out = _run("meta", str(photos), "--format", "json", "--no-redact")
    assert code == 0
    doc = json.loads(out)
    assert "redacted" not in doc
    photo = next(f for f in doc["files"] if f["path"].endswith(".jpg"))
    fields = {f["name"]: f["value"] for f in photo["fields"]}
    assert fields["Artist"] == "Marie Lefebvre" and fields["SerialNumber"] == "XK4412987"
    assert fields["GPSPosition"].startswith("53.84")
    code, terminal = _run("meta", str(photos))
    assert "Marie Lefebvre" in terminal and "Redacted:" not in terminal


def test_meta_takes_scans_environment_variable(photos: Path) -> None:
    code, out = _run("meta", str(photos), "--format", "json", env={"NYMAUDIT_REDACT": "1"})
    assert code == 0 and json.loads(out)["redacted"] is True
    assert _absent(out, META_SECRETS) == []
    # The option still wins over the variable.
    code, out = _run("meta", str(photos), "--format", "json", "--no-redact", env={"NYMAUDIT_REDACT": "1"})
    assert "Marie Lefebvre" in out


def test_meta_redact_in_a_subprocess(photos: Path) -> None:
    """The installed entry point, as a user runs it, output on a pipe."""
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "nymaudit", "meta", str(photos), "--redact"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _absent(done.stdout + done.stderr, META_SECRETS) == []
    assert "META010" in done.stdout and "GPSPosition" in done.stdout and "what to do:" in done.stdout
    assert "Traceback" not in done.stderr


# ---------------------------------------------------------------- compare

PSEUDO = ("My cat Bartholomew knocked the teapot over again in Horsforth. Bartholomew is a menace, "
          "and the marmalade jar is his favourite target. I must say, whilst the kettle boiled, "
          "nobody came. ")
KNOWN = ("Yesterday Bartholomew climbed the bookcase in Horsforth. I found marmalade on the floor "
         "and Bartholomew on the shelf, looking pleased. I must say, whilst nobody watched. ")
OTHER = ("The committee resolved, after lengthy deliberation, that the harbour accounts should be "
         "audited quarterly; the treasurer objected; the motion nonetheless carried. ")


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    for folder, text, times in (("pseudo", PSEUDO, 20), ("marie_lefebvre_posts", KNOWN, 40),
                                ("okafor_minutes", OTHER, 40)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "posts.txt").write_text(text * times)
    monkeypatch.chdir(tmp_path)
    return ["pseudo", "--known", "Marie Lefebvre=marie_lefebvre_posts", "--known", "Okafor=okafor_minutes"]


def test_compare_redact_masks_every_format_and_keeps_the_numbers(corpora: list[str], tmp_path: Path) -> None:
    code, plain_json = _run("compare", *corpora, "--format", "json")
    assert code == 0
    plain = json.loads(plain_json)
    assert len(_absent(plain_json, COMPARE_SECRETS)) == len(COMPARE_SECRETS)

    outputs: dict[str, str] = {}
    for fmt in ("terminal", "json"):
        code, outputs[fmt] = _run("compare", *corpora, "--format", fmt, "--redact")
        assert code == 0
        report = tmp_path / f"compare.{fmt}"
        code, _ = _run("compare", *corpora, "--format", fmt, "--redact", "--output", str(report))
        assert code == 0
        outputs[f"{fmt} file"] = report.read_text()
    for name, text in outputs.items():
        assert _absent(text, COMPARE_SECRETS) == [], name

    doc = json.loads(outputs["json"])
    assert doc["redacted"] is True and set(doc) == set(plain) | {"redacted"}
    Draft202012Validator(load_schema("compare")).validate(doc)
    link, plain_link = doc["linkage"], plain["linkage"]
    assert set(link) == set(plain_link)
    # The numbers and the order stay; a label is named the same wherever it stands, so it
    # still finds its row in words, calibration and margins. Since the eleventh session the
    # labels are numbered in the order given ("***** ********" kept the name's lengths).
    masked = {"Marie Lefebvre": "known 1", "Okafor": "known 2"}
    assert [(c["rank"], c["distance"], masked[p["label"]]) for c, p in
            zip(link["candidates"], plain_link["candidates"], strict=True)] == [
        (p["rank"], p["distance"], c["label"]) for c, p in
        zip(link["candidates"], plain_link["candidates"], strict=True)]
    assert set(link["words"]) == set(doc["calibration"]) == set(masked.values())
    assert doc["shared_habits_with"] == masked[plain["shared_habits_with"]]
    assert {m["label"] for m in doc["margins"]} <= set(masked.values())
    assert doc["mode"] == plain["mode"] == "attribution"
    # The habits: their kinds, rates and a function word stay; the writer's words do not.
    assert [(h["kind"], h["pseudonymous_per_1000"]) for h in link["shared_habits"]] == [
        (h["kind"], h["pseudonymous_per_1000"]) for h in plain_link["shared_habits"]]
    assert {"name", "phrase", "vocabulary"} <= {h["kind"] for h in link["shared_habits"]}
    assert len(doc["habits_to_vary"]) == len(plain["habits_to_vary"])
    advice = " ".join(doc["habits_to_vary"])
    assert "Both sides name '***'" in advice and "reword it in one of them" in advice
    assert doc["linkage"]["method"] == plain_link["method"]

    terminal = outputs["terminal"]
    for readable in ("Writing-style linkage", "known corpus", "What to vary", "Habits shared with",
                     "Both sides repeat the phrase", "Redacted:"):
        assert readable in terminal


def test_compare_redact_warning_lines_do_not_give_back_the_label_or_path(tmp_path: Path) -> None:
    """A problem reading the known writing is a warning on stderr, beside the document: it
    named the label and the path the document masks (subprocess: stderr as a user sees it)."""
    (tmp_path / "pseudo").mkdir()
    (tmp_path / "pseudo" / "posts.txt").write_text(PSEUDO * 20)
    known = tmp_path / "marie_lefebvre_posts"
    known.mkdir()
    (known / "posts.txt").write_text(KNOWN * 40)
    (known / "lefebvre-diary.zip").write_bytes(b"PK\x03\x04 not a zip")
    env = {**os.environ, "NO_COLOR": "1"}
    args = [sys.executable, "-m", "nymaudit", "compare", "pseudo", "--known",
            "Marie Lefebvre=marie_lefebvre_posts", "--format", "json"]
    plain = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert plain.returncode == 0 and "Marie Lefebvre" in plain.stderr and "lefebvre-diary" in plain.stderr
    done = subprocess.run([*args, "--redact"], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "warning:" in done.stderr and "(known writing 'known 1')" in done.stderr
    assert _absent(done.stdout + done.stderr, COMPARE_SECRETS) == []
    assert "Traceback" not in done.stderr

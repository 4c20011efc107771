"""Thirteenth session (2026-11-30, rfx13): report fixes from the walkthrough walk13 and helpers.

- walk13 6: Markdown and HTML printed a rule's first advice and confidence for all its files
  (META012 on two .docx files carried the PDF's qpdf recipe).
- walk13 7: "What to do first" counted the findings sharing one advice under one rule's title
  ("GPS position ...: a.docx and 1 more file" when one file had GPS).
- walk13 12: 36 unreadable posts printed the same ten-line why/do 36 times in the terminal.
- walk13 13: redaction masked fixed wording: git's "HEAD:.mailmap" read "***:.***" in what to do
  first, Meta's export layout "***_facebook_***/posts/***_posts__***...".
- mta13: the dossier's rows of others' names and devices redacted one "***" per word.
- doc13: a document's page, slide or paragraph (a record "page 1") was masked under --redact, and
  its findings said "in 2 posts"; every record a document's: "at least 3 of 5 are each ...".

Inputs are made by the tools that make them: python-docx, pypdf, piexif/Pillow, git, and a zip
laid out as Meta's "Download your information" export.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

docx = pytest.importorskip("docx")

REAL = "Ailsa McKenzie"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inputs are given as the user types them, relative ("newsletter"), as the report shows them."""
    monkeypatch.chdir(tmp_path)


def run(*args: str, columns: int = 200):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": str(columns)},
                              catch_exceptions=False)


def as_json(*args: str) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def gps_jpeg() -> bytes:
    """A phone photo with a GPS position (Edinburgh) and its make and model, by piexif/Pillow."""
    piexif = pytest.importorskip("piexif")
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((55, 1), (56, 1), (1700, 100)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((3, 1), (10, 1), (5500, 100))}
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"samsung", piexif.ImageIFD.Model: b"SM-S911B"},
                        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2025:03:14 13:05:00",
                                 piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"}, "GPS": gps})
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (180, 160, 140)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def word_file(path: Path, author: str, text: str = "Branch news.", *, photo: bool = False) -> Path:
    """A .docx by python-docx with its author, optionally with a GPS photo inside."""
    document = docx.Document()
    document.add_paragraph(text)
    if photo:
        from docx.shared import Inches

        document.add_picture(io.BytesIO(gps_jpeg()), width=Inches(1))
    document.core_properties.author = author
    document.save(path)
    return path


def pdf_file(path: Path, author: str) -> Path:
    """A one-page PDF by pypdf with an Author and dates with their UTC offset."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_metadata({"/Author": author, "/CreationDate": "D:20250314193000+01'00'",
                         "/ModDate": "D:20250314193500+01'00'"})
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def newsletter(tmp_path: Path) -> Path:
    """Walk13's scenario B documents: a PDF and two .docx files naming the writer, one of them
    with a GPS photo inside."""
    folder = Path("newsletter")
    folder.mkdir()
    pdf_file(folder / "branch-report.pdf", REAL)
    word_file(folder / "newsletter-march.docx", REAL, photo=True)
    word_file(folder / "rota-changes.docx", "Ailsa")
    return folder


# --- walk13 6: one "What to do" per advice, each finding's confidence when they differ


def _rule_section(markdown: str, rule: str) -> str:
    start = markdown.index(f"#### {rule}:")
    end = markdown.find("\n#### ", start + 1)
    return markdown[start:end if end != -1 else None]


def test_markdown_gives_each_file_kind_its_own_advice(tmp_path: Path) -> None:
    folder = newsletter(tmp_path)
    result = run("scan", str(folder), "--format", "markdown")
    assert result.exit_code in (0, 1), result.stdout
    block = _rule_section(result.stdout, "META012")
    advice = re.findall(r"^\*\*What to do(?: \(for (.+?)\))?:\*\* (.*)$", block, re.M)
    assert len(advice) == 2, block
    by_files = {files: text for files, text in advice}
    pdf = next(text for files, text in by_files.items() if "branch-report.pdf" in files)
    word = next(text for files, text in by_files.items() if "newsletter-march.docx" in files)
    assert "qpdf" in pdf and "qpdf" not in word
    assert "rota-changes.docx" in next(files for files in by_files if "newsletter-march.docx" in files)
    # The JSON has the same advice per finding: the Markdown shows each once.
    doc = as_json("scan", str(folder))
    for finding in doc["findings"]:
        if finding["rule"] == "META012":
            assert " ".join(finding["advice"].split())[:60] in " ".join(block.split())


def test_redacted_markdown_counts_files_its_masks_make_alike(tmp_path: Path) -> None:
    """Under --redact two .docx files both read "***-***.docx": the label counts the findings."""
    folder = newsletter(tmp_path)
    result = run("scan", str(folder), "--format", "markdown", "--redact")
    block = _rule_section(result.stdout, "META012")
    labels = re.findall(r"^\*\*What to do \(for (.+?)\):\*\*", block, re.M)
    assert len(labels) == 2, block
    assert any(label.endswith(".docx, 2 findings") for label in labels), labels
    assert "ailsa" not in result.stdout.lower() and "newsletter-march" not in result.stdout


def test_html_gives_each_file_kind_its_own_advice_and_says_mixed_confidence(tmp_path: Path) -> None:
    folder = newsletter(tmp_path)
    result = run("scan", str(folder), "--format", "html")
    assert result.exit_code in (0, 1), result.stdout
    page = result.stdout
    article = page[page.index("<code>META012</code>"):]
    article = article[:article.index("</article>")]
    assert article.count("<strong>What to do") == 2
    assert "What to do (for branch-report.pdf):" in article
    doc = as_json("scan", str(folder))
    levels = {f["confidence"] for f in doc["findings"] if f["rule"] == "META012"}
    if len(levels) > 1:  # the header says the mix, not the first finding's
        assert all(f"{level} for" in article for level in levels)


def test_markdown_mixed_confidence_is_said_per_finding(tmp_path: Path) -> None:
    """META014 on a PDF's own dates (high) and on a photo inside a .docx (medium: the picture's
    clock, not necessarily the writer's) differ in confidence: the group's line says both and
    each finding its own."""
    folder = newsletter(tmp_path)
    doc = as_json("scan", str(folder))
    by_rule: dict[str, set[str]] = {}
    for finding in doc["findings"]:
        by_rule.setdefault(finding["rule"], set()).add(finding["confidence"])
    mixed = sorted(rule for rule, levels in by_rule.items() if len(levels) > 1)
    assert mixed, by_rule
    markdown = run("scan", str(folder), "--format", "markdown").stdout
    block = _rule_section(markdown, mixed[0])
    header = block.splitlines()[2]
    assert all(f"{level} for" in header for level in by_rule[mixed[0]]), header
    assert "(confidence " in block


# --- walk13 7: what to do first counts the rule it names


def test_what_to_do_first_counts_the_rule_it_names(tmp_path: Path) -> None:
    folder = newsletter(tmp_path)
    doc = as_json("scan", str(folder))
    gps = next(item for item in doc["profile"]["priorities"] if item["rule"] == "META010")
    assert gps["rule_findings"] == 1 and gps["rule_files"] == 1
    # The rest of what the same fix covers is said as such, with its rules.
    assert gps["also_findings"] == gps["findings"] - 1
    assert "META010" not in gps["also_rules"]
    markdown = run("scan", str(folder), "--format", "markdown").stdout
    line = next(line for line in markdown.splitlines() if "**GPS position in a file's metadata**" in line)
    assert "newsletter/newsletter-march.docx" in line
    assert "more file" not in line, line  # one file has GPS
    if gps["also_findings"]:
        assert f"the same fix also clears {gps['also_findings']} other finding" in line
    terminal = run("scan", str(folder)).stdout
    first = terminal[terminal.index("What to do first"):]
    where = next(line for line in first.splitlines() if "where: newsletter/newsletter-march.docx" in line)
    assert "more file" not in where


def test_what_to_do_first_still_counts_the_files_of_one_rule(tmp_path: Path) -> None:
    """Two .docx files with the same author advice: "and 1 more file" stays right (a guard)."""
    folder = newsletter(tmp_path)
    markdown = run("scan", str(folder), "--format", "markdown").stdout
    doc = as_json("scan", str(folder))
    people = [item for item in doc["profile"]["priorities"] if item["rule"] == "META012"]
    for item in people:
        files = {f["location"]["path"] for f in doc["findings"]
                 if f["rule"] == "META012" and " ".join(f["advice"].split()).startswith(
                     " ".join(item["do"].split())[:40])}
        if len(files) == 2:
            assert any("and 1 more file" in line for line in markdown.splitlines()
                       if item["title"] in line and item["path"] in line)


# --- walk13 12: one block per rule and advice in the terminal


def broken_blog(tmp_path: Path, posts: int = 12) -> Path:
    """A Hugo site whose posts' TOML front matter holds an offset TOML does not read (+0000)."""
    site = tmp_path / "blog"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Notes"\n', encoding="utf-8")
    for i in range(1, posts + 1):
        (site / "content" / "posts" / f"post-{i}.md").write_text(
            f'+++\ntitle = "Note {i}"\ndate = 2025-01-{i:02d}T19:10:00+0000\n+++\nAn evening of builds.\n',
            encoding="utf-8")
    return site


def test_terminal_says_the_advice_of_many_input_errors_once(tmp_path: Path) -> None:
    site = broken_blog(tmp_path)
    doc = as_json("scan", str(site))
    errors = [f for f in doc["findings"] if f["rule"] == "INPUT001"]
    assert len(errors) >= 10, [f["message"] for f in doc["findings"]]
    result = run("scan", str(site), columns=100)
    out = result.stdout
    advice_start = " ".join(errors[0]["advice"].split())[:40]
    assert " ".join(out.split()).count(advice_start) == 1, out
    assert out.count("why: What could not be read") == 1
    # Every file is still named, one "where:" line each (editors and problem matchers read them).
    for finding in errors:
        assert f"where: {finding['location']['path']}" in out
    assert f"{len(errors)} findings" in out


def test_terminal_keeps_one_finding_as_before(tmp_path: Path) -> None:
    """A guard: a rule with one finding prints its head, where, why and do as before."""
    folder = Path("one")
    folder.mkdir()
    pdf_file(folder / "report.pdf", REAL)
    out = run("scan", str(folder)).stdout
    block = out[out.index("META012 "):]
    lines = block.splitlines()
    assert lines[0].startswith("META012 Person named") and "findings" not in lines[0]
    assert any(line.startswith("  where: one/report.pdf") for line in lines[:6])
    assert sum(1 for line in block.splitlines() if line.startswith("  do: ")) >= 1


# --- walk13 13: fixed wording and platform layouts under --redact


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    import os

    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_SYSTEM": "/dev/null",
                        **(env or {})})


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_redacted_what_to_do_first_keeps_git_s_head_mailmap(tmp_path: Path) -> None:
    repo = tmp_path / "blog"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    for i, (name, email) in enumerate((("quietpen", "quietpen@users.noreply.github.com"),
                                       ("Daniel Robson", "daniel.robson@sage.com"))):
        (repo / f"post-{i}.md").write_text(f"# Note {i}\n\nBuild caches.\n", encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "-c", f"user.name={name}", "-c", f"user.email={email}", "commit", "-q", "-m", f"post {i}",
            env={"GIT_AUTHOR_DATE": f"2025-06-1{i}T20:00:00+0000",
                 "GIT_COMMITTER_DATE": f"2025-06-1{i}T20:00:00+0000"})
    (repo / ".mailmap").write_text(
        "quietpen <quietpen@users.noreply.github.com> Daniel Robson <daniel.robson@sage.com>\n",
        encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=quietpen", "-c", "user.email=quietpen@users.noreply.github.com",
        "commit", "-q", "-m", "mailmap")
    plain = as_json("scan", str(repo))
    mailmap = [item for item in plain["profile"]["priorities"] if item.get("record") == "HEAD:.mailmap"]
    assert mailmap, plain["profile"]["priorities"]
    result = run("scan", str(repo), "--redact", "--format", "json")
    redacted = json.loads(result.stdout)
    shown = [item for item in redacted["profile"]["priorities"] if item["rule"] == mailmap[0]["rule"]]
    assert shown[0]["record"] == "HEAD:.mailmap", shown
    assert shown[0]["path"].endswith(".mailmap")
    for secret in ("Robson", "daniel", "sage.com"):
        assert secret not in result.stdout


def facebook_export(tmp_path: Path) -> Path:
    """A Facebook "Download your information" zip (JSON, 2024 layout) with a geotagged photo post."""
    posts = [{"timestamp": 1736000000 + k * 86400 * 4, "data": [{"post": f"Long week number {k}."}],
              "title": f"{REAL} updated her status."} for k in range(12)]
    posts[3]["attachments"] = [{"data": [{"media": {
        "uri": "your_facebook_activity/posts/media/Picnic_ab12/12345_n.jpg",
        "creation_timestamp": 1736000000, "title": "", "description": "Picnic after the strike",
        "media_metadata": {"photo_metadata": {"exif_data": [
            {"latitude": 55.9713, "longitude": -3.1820, "taken_timestamp": 1736000000}]}}}}]}]
    profile = {"profile_v2": {"name": {"full_name": REAL}, "emails": {"emails": ["ailsa.mckenzie@nhs.scot"]}}}
    path = tmp_path / "facebook-ailsamckenzie-2026-11-28-AbCdEf.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                         json.dumps(posts))
        archive.writestr("personal_information/profile_information/profile_information.json",
                         json.dumps(profile))
        archive.writestr("start_here.html", "<html><body>Your information</body></html>")
    return path


LAYOUT = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"


def test_redacted_report_keeps_meta_s_export_layout(tmp_path: Path) -> None:
    export = facebook_export(tmp_path)
    plain = as_json("scan", str(export))
    geotag = [f for f in plain["findings"] if f["rule"] == "META001"]
    assert geotag and LAYOUT in geotag[0]["location"]["path"]
    for fmt in ("json", "markdown"):
        result = run("scan", str(export), "--redact", "--format", fmt)
        text = result.stdout if fmt == "json" else result.stdout.replace("\\_", "_")
        assert LAYOUT in text, text[:3000]
        for secret in ("ailsamckenzie", "McKenzie", "Ailsa", "55.97", "nhs.scot", "AbCdEf"):
            assert secret not in text
    redacted = as_json("scan", str(export), "--redact")
    shown = next(f for f in redacted["findings"] if f["rule"] == "META001")
    assert shown["location"]["path"].endswith("!" + LAYOUT)
    assert shown["location"]["record"].startswith(LAYOUT + "#")


def test_layout_names_are_kept_only_whole() -> None:
    """A name that looks like the layout but holds a name of its own is masked (a guard of the
    exact-name rule)."""
    from nymaudit.report.redact import mask_path_words

    assert mask_path_words("x.zip!your_facebook_activity/posts/posts_1.json") == \
        "x.zip!your_facebook_activity/posts/posts_1.json"
    masked = mask_path_words("your_ailsa_activity/morag_posts_1.json")
    assert "ailsa" not in masked and "morag" not in masked


# --- mta13: others' rows in the dossier are one "***" each


def test_redacted_dossier_masks_a_picture_s_device_whole(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    word_file(folder / "newsletter-march.docx", REAL, photo=True)
    plain = as_json("scan", str(folder))
    rows = plain["profile"]["clues"]
    others = {kind: items for kind, items in rows.items()
              if kind in ("in pictures or files inside documents", "commented or edited", "manager")}
    assert others, sorted(rows)
    assert any(" " in item["value"] for items in others.values() for item in items)
    redacted = as_json("scan", str(folder), "--redact")
    for kind in others:
        for item in redacted["profile"]["clues"][kind]:
            assert item["value"] == "***", item
    assert "SM-S911B" not in json.dumps(redacted) and "samsung" not in json.dumps(redacted)


# --- doc13: a document's page, slide or paragraph under --redact, and its wording


@pytest.mark.parametrize("record", ["page 1", "slide 3", "paragraph 14", "page 2, paragraph 5"])
def test_a_document_place_is_the_tool_s_word(record: str) -> None:
    from nymaudit.report.redact import public_record, redact_record

    assert public_record(record, "a.docx")
    assert redact_record(record, "a.docx") == record


@pytest.mark.parametrize("record", ["page 1234567", "page x", "Croydon 1", "1890000000001234567"])
def test_other_records_stay_masked(record: str) -> None:
    """A guard: only the tool's own shapes of a place in a document are kept."""
    from nymaudit.report.redact import redact_record

    assert redact_record(record, "a.docx") == "***"


def test_where_says_places_in_documents() -> None:
    from nymaudit.model import Origin
    from nymaudit.text.tally import where

    places = [Origin("news/a.docx", record="paragraph 1"), Origin("news/b.pdf", record="page 2")]
    assert where(places, 2) == "in 2 places in documents (first: a.docx#paragraph 1, b.pdf#page 2)"
    mixed = [Origin("news/a.docx", record="paragraph 1"), Origin("outbox.json", record="12")]
    assert where(mixed, 2).startswith("in 2 places (first:")
    # More than the ones listed: the others may be posts.
    assert where(places, 9).startswith("in 9 places (first:")
    assert where([Origin("outbox.json", record="12")] * 2, 5, "post").startswith("in 5 posts")  # guard


def test_document_text_findings_keep_their_place_when_redacted(tmp_path: Path) -> None:
    pytest.importorskip("nymaudit.sources.doctext")
    folder = tmp_path / "docs"
    folder.mkdir()
    said = "I live in Croydon. Call me on 07700 900461 or email ailsa.mckenzie@nhs.scot"
    word_file(folder / "body.docx", "A. Writer", said)
    word_file(folder / "other.docx", "A. Writer", said)
    plain = as_json("scan", str(folder))
    places = [f for f in plain["findings"] if f["rule"] in ("PLACE001", "PLACE002")]
    assert places, [f["rule"] for f in plain["findings"]]
    assert all(" posts" not in f["message"] for f in places), [f["message"] for f in places]
    result = run("scan", str(folder), "--redact", "--format", "json")
    redacted = json.loads(result.stdout)
    for secret in ("croydon", "07700", "900461", "ailsa", "mckenzie"):
        assert secret not in result.stdout.lower(), secret
    shown = [f for f in redacted["findings"] if f["rule"] in ("PLACE001", "PLACE002")]
    for finding in shown:
        assert finding["location"]["record"] == "paragraph 1", finding["location"]
        assert "#paragraph 1" in finding["message"], finding["message"]
        # The tool's words after the list of places stay readable (the list ran on to the next ")").
        raw = next(f for f in places if f["rule"] == finding["rule"])
        if "places of that name are in" in raw["message"]:
            assert "places of that name are in" in finding["message"], finding["message"]


def test_sarif_names_the_paragraph(tmp_path: Path) -> None:
    pytest.importorskip("nymaudit.sources.doctext")
    body = word_file(tmp_path / "body.docx", "A. Writer", "Call me on 07700 900461 if you need the rep.")
    result = run("check", str(body), "--format", "sarif")
    sarif = json.loads(result.stdout)
    names = [loc["name"] for res in sarif["runs"][0]["results"]
             for place in res.get("locations", []) for loc in place.get("logicalLocations", [])]
    assert "paragraph 1" in names, names
    assert "900461" not in result.stdout


def test_a_label_every_record_carries_is_said_plainly(tmp_path: Path) -> None:
    """Five paragraphs of one document naming Leeds: all are a document's text, not "at least 3 of 5"."""
    pytest.importorskip("nymaudit.sources.doctext")
    document = docx.Document()
    for i in range(5):
        document.add_paragraph(f"Another shift in Leeds, number {i}.")
    document.save(tmp_path / "rota.docx")
    doc = as_json("scan", str(tmp_path / "rota.docx"))
    grouped = [f for f in doc["findings"] if "(first: " in f["message"]]
    assert grouped, [f["message"] for f in doc["findings"]]
    for finding in grouped:
        assert "at least" not in finding["message"], finding["message"]
        assert "[a document's text" in finding["message"]


def test_redacted_place_message_keeps_the_tool_s_words_after_its_list(tmp_path: Path) -> None:
    """Two posts saying where they live: the list "(first: a.md, b.md)" ended at the next ")", so
    the namesakes after it were masked as file names ("*** *** *** name *** *** ***", a place's
    word count showing). Now only the places are, each as one "***"."""
    posts = Path("_posts")
    posts.mkdir()
    for day, text in (("03-01", "I live in Croydon and walk to work."),
                      ("04-01", "I live in Croydon, near the park.")):
        (posts / f"2025-{day}-note.md").write_text(
            f"---\ntitle: note\ndate: 2025-{day} 20:00:00 +0000\n---\n{text}\n", encoding="utf-8")
    plain = as_json("scan", str(posts))
    home = next(f for f in plain["findings"] if f["rule"] == "PLACE002")
    assert "; places of that name are in " in home["message"], home["message"]
    result = run("scan", str(posts), "--redact", "--format", "json")
    shown = next(f for f in json.loads(result.stdout)["findings"] if f["rule"] == "PLACE002")
    assert "; places of that name are in *** (***)" in shown["message"], shown["message"]
    assert "*** *** ***" not in shown["message"]
    assert "croydon" not in result.stdout.lower()

"""chk15: `check` in a pull request (walkthrough walk15 items 1, 9, 10, and bas15's staged PDF).

1. `check --history content/` in a Hugo pull request's checkout left only the bundle's index.md
   out of the history: the bundle's photo and .docx stayed and matched themselves, so GPS
   fell from critical to high, every finding "repeated" the history, and `--fail-on critical`
   passed the GPS photo. A Jekyll image a published post already shows stays published.
2. A .docx passed to check and linked from the draft was read twice ("2 places (paragraph 1,
   paragraph 1)").
3. A pull request whose only file is a damaged .docx wrote no SARIF, so the CI upload showed
   nothing; the report (INPUT001) is now written before the exit 2 of "nothing readable".
4. Under `check --staged`, a document a staged draft links was not read for its words: no
   INPUT001 for a scanned PDF (the gate failed open), no SELF001 for an e-mail in a .docx.

Inputs are real: Hugo and Jekyll trees with a history made by git, photos written by Pillow with
GPS from piexif, Word files from python-docx, a PDF scan from Pillow.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

EMAIL = "tom.okafor@leedsbeckett.example.ac.uk"
REPEATS = "This repeats something your published history already shows."


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                "NO_COLOR": "1", "GIT_AUTHOR_NAME": "Site Bot", "GIT_AUTHOR_EMAIL": "bot@example.invalid",
                "GIT_COMMITTER_NAME": "Site Bot", "GIT_COMMITTER_EMAIL": "bot@example.invalid"})
    return env


def _git(root: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env)


def _nymaudit(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=root, capture_output=True,
                          text=True, env=env, timeout=180)


def _photo(gps: tuple[float, float] | None = None, serial: str | None = None,
           artist: str | None = None) -> bytes:
    piexif = pytest.importorskip("piexif")
    image = pytest.importorskip("PIL.Image")

    def dms(value: float) -> tuple[tuple[int, int], ...]:
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        return ((degrees, 1), (minutes, 1), (round(((value - degrees) * 60 - minutes) * 6000), 100))

    exif: dict[str, Any] = {"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 8"},
                            "Exif": {}, "GPS": {}}
    if artist:
        exif["0th"][piexif.ImageIFD.Artist] = artist.encode()
    if serial:
        exif["Exif"][piexif.ExifIFD.BodySerialNumber] = serial.encode()
    if gps:
        exif["GPS"] = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: dms(gps[0]),
                       piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: dms(abs(gps[1]))}
    buffer = io.BytesIO()
    image.new("RGB", (160, 120), (90, 120, 60)).save(buffer, "JPEG", exif=piexif.dump(exif))
    return buffer.getvalue()


def _docx(path: Path, text: str) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(text)
    document.core_properties.author = "Tom Okafor"
    document.save(path)


def _scanned_pdf() -> bytes:
    """A one-page PDF whose page is a picture (a scan): no text layer."""
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image.new("RGB", (300, 400), (255, 255, 255)).save(buffer, "PDF")
    return buffer.getvalue()


def _hugo_pull_request(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A Hugo site with twelve published page bundles (every third with a cover photo from the same
    phone model, no GPS), then a pull request's branch adding the `tenants-survey` bundle: a photo
    with GPS, a serial number and an artist, and a .docx with an e-mail address."""
    site = tmp_path / "site"
    env = _env(tmp_path)
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://quiet.example.org/"\ntitle = "Quiet Commons"\n')
    _git(site, env, "init", "-q", "-b", "main")

    def bundle(slug: str, date: str, body: str, photo: tuple[str, bytes] | None) -> Path:
        folder = site / "content" / "posts" / slug
        folder.mkdir(parents=True)
        figure = f'\n{{{{< figure src="{photo[0]}" alt="photo" >}}}}\n' if photo else ""
        (folder / "index.md").write_text(f'+++\ntitle = "{slug}"\ndate = {date}\ndraft = false\n+++\n'
                                         f"{body}\n{figure}")
        if photo:
            (folder / photo[0]).write_bytes(photo[1])
        return folder

    for number in range(12):
        bundle(f"post-{number:02d}", f"2025-0{1 + number // 2}-{10 + number}T20:15:00+00:00",
               f"Thoughts on housing policy, part {number}. Rents keep rising.",
               ("cover.jpg", _photo()) if number % 3 == 0 else None)
        _git(site, env, "add", "-A")
        _git(site, env, "commit", "-qm", f"post {number}")
    _git(site, env, "checkout", "-qb", "pr-tenants")
    folder = bundle("tenants-survey", "2025-11-20T13:05:00+00:00",
                    "We surveyed tenants in our block.\n\n[Full draft](draft.docx).",
                    ("block.jpg", _photo((53.815, -1.533), "3A281FDH40018K", "Tom Okafor")))
    _docx(folder / "draft.docx", f"Tenants survey draft. Contact me at {EMAIL}.")
    _git(site, env, "add", "-A")
    _git(site, env, "commit", "-qm", "Add tenants survey")
    return site, env


def _report(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return json.loads(done.stdout)["findings"]


BUNDLE = "content/posts/tenants-survey/"


def test_a_hugo_bundle_in_its_own_checkout_is_not_its_own_history(tmp_path: Path) -> None:
    site, env = _hugo_pull_request(tmp_path)
    photo = BUNDLE + "block.jpg"
    alone = _nymaudit(site, env, "check", "-f", "json", "--", photo)
    with_history = _nymaudit(site, env, "check", "--history", "content/", "-f", "json", "--", photo)
    assert alone.returncode == with_history.returncode == 1, with_history.stderr
    severity = {f["rule"]: f["severity"] for f in _report(alone)}
    assert severity["META010"] == "critical" and severity["META011"] == "high"
    for finding in _report(with_history):
        if finding["rule"] in ("META010", "META011"):
            # The new photo's position and serial: never published before this pull request.
            assert finding["severity"] == severity[finding["rule"]], finding
            assert REPEATS not in finding["message"], finding
        if finding["rule"] == "META016":  # the phone model: the published covers do show it
            assert REPEATS in finding["message"]
    assert "1 of the files checked is in the history too" in with_history.stderr
    gate = _nymaudit(site, env, "check", "--history", "content/", "--fail-on", "critical", "-q", "--", photo)
    assert gate.returncode == 1, gate.stderr  # it passed the GPS photo (walk15 item 1)


@pytest.mark.parametrize("given", [("index.md",), ("index.md", "block.jpg", "draft.docx")])
def test_the_bundle_checked_by_its_draft_or_every_file_is_left_out_of_the_history(
        tmp_path: Path, given: tuple[str, ...]) -> None:
    """The docs' recipe passes every changed file; a writer checks the draft, which reads the
    bundle's files it shows. Either way none of them is published yet."""
    site, env = _hugo_pull_request(tmp_path)
    done = _nymaudit(site, env, "check", "--history", "content/", "-f", "json", "--",
                     *(BUNDLE + name for name in given))
    assert done.returncode == 1, done.stderr
    findings = _report(done)
    ours = [f for f in findings if f["location"]["path"].startswith((BUNDLE + "block", BUNDLE + "draft"))
            and f["rule"] != "META016"]
    assert {f["rule"] for f in ours} >= {"META010", "META011", "META012", "SELF001"}
    assert [f for f in ours if REPEATS in f["message"]] == []
    by_rule = {(f["rule"], f["location"]["path"]): f["severity"] for f in findings}
    assert by_rule[("META010", BUNDLE + "block.jpg")] == "critical"
    assert by_rule[("SELF001", BUNDLE + "draft.docx")] == "high"
    # The FILEs given and the bundle's files only they show are counted apart (rev15c item 7:
    # one draft given read "3 of the files checked").
    said = " ".join(done.stderr.split())
    if len(given) == 3:
        assert "--history: 3 of the files checked are in the history too; they were left out" in said
    else:
        assert ("--history: 1 of the files checked is in the history too and 2 files only the checked "
                "posts show are in it; they were left out of it") in said, said


def _jekyll_pull_request(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A Jekyll site whose published post shows assets/harbour.jpg (GPS), then a pull request
    adding a post that shows that photo again and a new one, assets/allotment.jpg (GPS)."""
    site = tmp_path / "jekyll"
    env = _env(tmp_path)
    for folder in ("_posts", "assets"):
        (site / folder).mkdir(parents=True)
    (site / "_config.yml").write_text("title: Harbour Notes\n")
    (site / "assets" / "harbour.jpg").write_bytes(_photo((50.15, -5.066)))
    (site / "_posts" / "2025-03-01-harbour.md").write_text(
        "---\ntitle: Harbour\n---\nThe boats came in.\n\n![harbour](/assets/harbour.jpg)\n")
    _git(site, env, "init", "-q", "-b", "main")
    _git(site, env, "add", "-A")
    _git(site, env, "commit", "-qm", "harbour")
    (site / "assets" / "allotment.jpg").write_bytes(_photo((50.26, -5.05)))
    (site / "_posts" / "2025-11-02-allotment.md").write_text(
        "---\ntitle: Allotment\n---\nBack at the harbour, then up to the plot.\n\n"
        "![harbour](/assets/harbour.jpg)\n\n![plot](/assets/allotment.jpg)\n")
    _git(site, env, "checkout", "-qb", "pr")
    _git(site, env, "add", "-A")
    _git(site, env, "commit", "-qm", "allotment")
    return site, env


@pytest.mark.parametrize("with_photo", [False, True])
def test_a_jekyll_image_published_before_stays_published_and_a_new_one_does_not(
        tmp_path: Path, with_photo: bool) -> None:
    site, env = _jekyll_pull_request(tmp_path)
    files = ["_posts/2025-11-02-allotment.md"] + (["assets/allotment.jpg"] if with_photo else [])
    done = _nymaudit(site, env, "check", "--history", ".", "-f", "json", "--", *files)
    assert done.returncode == 1, done.stderr
    gps = {f["location"]["path"]: f for f in _report(done) if f["rule"] == "META010"}
    assert set(gps) == {"assets/harbour.jpg", "assets/allotment.jpg"}
    assert REPEATS in gps["assets/harbour.jpg"]["message"]  # the older post shows it: published
    assert gps["assets/harbour.jpg"]["severity"] == "high"
    assert REPEATS not in gps["assets/allotment.jpg"]["message"]
    assert gps["assets/allotment.jpg"]["severity"] == "critical"


def _runner_check(*args: str) -> Any:
    return CliRunner().invoke(app, ["check", *args])


@pytest.mark.parametrize("order", ["draft first", "document first"])
def test_a_document_passed_and_linked_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   order: str) -> None:
    site, _env_unused = _hugo_pull_request(tmp_path)
    monkeypatch.chdir(site)
    files = [BUNDLE + "index.md", BUNDLE + "draft.docx"]
    if order == "document first":
        files.reverse()
    result = _runner_check("-f", "json", "--", *files)
    assert result.exit_code == 1, result.output
    (address,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "SELF001"]
    assert "2 places" not in address["message"] and "paragraph 1, paragraph 1" not in address["message"]
    alone = json.loads(_runner_check("-f", "json", "--", BUNDLE + "draft.docx").stdout)["findings"]
    assert [f["message"] for f in alone if f["rule"] == "SELF001"] == [address["message"]]


def test_a_pull_request_of_one_damaged_document_writes_its_report(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bad.docx").write_bytes(b"PK\x03\x04garbage")
    result = _runner_check("--format", "sarif", "--output", "nymaudit.sarif", "--", "bad.docx")
    assert result.exit_code == 2 and "nothing readable" in result.stderr  # DESIGN.md: unreadable input only
    sarif = json.loads(Path("nymaudit.sarif").read_text())
    (alert,) = sarif["runs"][0]["results"]
    assert alert["ruleId"] == "INPUT001" and alert["level"] == "warning"
    assert alert["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.docx"
    assert oct(Path("nymaudit.sarif").stat().st_mode & 0o777) == "0o600"
    as_json = _runner_check("-f", "json", "--", "bad.docx")
    assert as_json.exit_code == 2
    ((problem,),) = [[f for f in json.loads(as_json.stdout)["findings"] if f["rule"] == "INPUT001"]]
    assert problem["severity"] == "medium" and problem["location"]["path"] == "bad.docx"
    # With a readable file beside it: exit 1, as docs/check.md's table says (a guard).
    Path("note.md").write_text("# Note\n\nA quiet week at the allotment.\n")
    assert _runner_check("-f", "json", "--", "note.md", "bad.docx").exit_code == 1


def _staged_site(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    site = tmp_path / "staged"
    env = _env(tmp_path)
    for folder in ("_drafts", "assets"):
        (site / folder).mkdir(parents=True)
    (site / "_config.yml").write_text("title: Letters\n")
    (site / "assets" / "scan.pdf").write_bytes(_scanned_pdf())
    _docx(site / "assets" / "notes.docx", f"Write to me at {EMAIL} about the hearing.")
    (site / "_drafts" / "post.md").write_text(
        "---\ntitle: Letter\n---\n"
        "Here is the [letter](/assets/scan.pdf) and [my notes](/assets/notes.docx).\n")
    _git(site, env, "init", "-q")
    _git(site, env, "add", "-A")
    return site, env


def test_staged_documents_a_draft_links_are_read_as_on_disk(tmp_path: Path) -> None:
    site, env = _staged_site(tmp_path)
    on_disk = _nymaudit(site, env, "check", "-f", "json", "--", "_drafts/post.md")
    staged = _nymaudit(site, env, "check", "--staged", "-f", "json", "--", "_drafts/post.md")
    assert on_disk.returncode == staged.returncode == 1, staged.stderr

    def said(done: subprocess.CompletedProcess[str]) -> set[tuple[str, str, str]]:
        return {(f["rule"], f["severity"], f["location"]["path"]) for f in _report(done)}

    assert ("INPUT001", "medium", "assets/scan.pdf") in said(staged)  # a scan: no text layer
    assert ("SELF001", "high", "assets/notes.docx") in said(staged)
    assert said(staged) == said(on_disk)
    # Staged both as a FILE and linked: read once, as on disk.
    both = _nymaudit(site, env, "check", "--staged", "-f", "json", "--", "_drafts/post.md",
                     "assets/notes.docx")
    (address,) = [f for f in _report(both) if f["rule"] == "SELF001"]
    assert "2 places" not in address["message"]


def test_a_lone_file_accepted_as_not_read_passes_and_fails_again_when_it_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`baseline add --accept-unread` accepts a damaged file for its bytes: beside a readable
    draft it passed, alone "nothing readable" stopped the run with exit 2."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NYMAUDIT_BASELINE_KEY", raising=False)
    Path("note.md").write_text("# Note\n\nA quiet week at the allotment.\n")
    Path("bad.docx").write_bytes(b"PK\x03\x04garbage")
    assert CliRunner().invoke(app, ["baseline", "create", "note.md", "-o", "base.json"]).exit_code == 0
    added = CliRunner().invoke(app, ["baseline", "add", "base.json", "bad.docx", "--accept-unread"])
    assert added.exit_code == 0, added.output
    passed = _runner_check("--baseline", "base.json", "-f", "json", "--", "bad.docx")
    assert passed.exit_code == 0, passed.output
    (problem,) = [f for f in json.loads(passed.stdout)["findings"] if f["rule"] == "INPUT001"]
    assert problem["severity"] == "info" and "Accepted as not read" in problem["message"]
    Path("bad.docx").write_bytes(b"PK\x03\x04garbagX")  # one byte changed: not accepted any more
    changed = _runner_check("--baseline", "base.json", "-f", "json", "--", "bad.docx")
    assert changed.exit_code == 2 and "nothing readable" in changed.stderr
    (problem,) = [f for f in json.loads(changed.stdout)["findings"] if f["rule"] == "INPUT001"]
    assert problem["severity"] == "medium"

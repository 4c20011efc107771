"""bas15: `baseline add` (one draft's findings, or one rule's, added to an existing baseline) and
`--accept-unread` (a file that could not be read, accepted for its exact bytes).

Until the fifteenth session a contributor could accept findings only by making the whole
baseline again, and an INPUT001 (a scanned page, a damaged file) could never be accepted: a
draft showing a scan failed the gate until the file changed. Inputs are real: a Jekyll site,
a photo written by Pillow with GPS from piexif, a PDF scan written by Pillow (a page that is a
picture, no text layer); the CLI runs through CliRunner and as a subprocess.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The commit before `baseline add` existed: a baseline its code made must still load and grow.
HEAD_BEFORE = "298a3de"
_SRC = Path(__import__("nymaudit").__file__).resolve().parents[1]
KEY_A = "a" * 16 + "0123456789abcdef"
KEY_B = "b" * 16 + "0123456789abcdef"
EMAIL = "jo.pengelly@example.org"


def _photo_with_gps() -> bytes:
    piexif = pytest.importorskip("piexif")
    image = pytest.importorskip("PIL.Image")
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((50, 1), (15, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((5, 1), (3, 1), (0, 1))}
    buffer = io.BytesIO()
    image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "JPEG", exif=piexif.dump({"GPS": gps}))
    return buffer.getvalue()


def _scanned_pdf(shade: int = 255) -> bytes:
    """A one-page PDF whose page is a picture (a scan): no text layer, so INPUT001."""
    image = pytest.importorskip("PIL.Image")
    draw = pytest.importorskip("PIL.ImageDraw")
    page = image.new("RGB", (420, 300), (shade, shade, shade))
    draw.Draw(page).text((20, 20), "Letter from the hospital", fill=(0, 0, 0))
    buffer = io.BytesIO()
    page.save(buffer, "PDF")
    return buffer.getvalue()


def _site(root: Path, *, draft: str = "", scan: bool = False) -> Path:
    """A Jekyll site: a published post that names an e-mail address, and a draft showing a GPS
    photo (and, with ``scan``, linking a scanned PDF)."""
    site = root / "site"
    for folder in ("_posts", "_drafts", "assets"):
        (site / folder).mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text("title: Cliff walks\n")
    (site / "_posts" / "2025-06-01-hello.md").write_text(
        f"---\ntitle: Hello\n---\nI teach at a school in Falmouth. Write to me at {EMAIL}.\n")
    (site / "assets" / "cove.jpg").write_bytes(_photo_with_gps())
    body = "---\ntitle: A walk\n---\nA walk along the cliffs today.\n\n![cove](/assets/cove.jpg)\n"
    if scan:
        (site / "assets" / "letter.pdf").write_bytes(_scanned_pdf())
        body += "\nThe [letter](/assets/letter.pdf) came.\n"
    (site / "_drafts" / "walk.md").write_text(body + draft)
    return site


def _cli(*args: str, cwd: Path, key: str | None = None) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    env = {"NO_COLOR": "1", "NYMAUDIT_BASELINE_KEY": key}
    here = Path.cwd()
    os.chdir(cwd)
    try:
        out = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    finally:
        os.chdir(here)
    return out.exit_code, out.stdout, out.stderr


def _run(*args: str, cwd: Path, key: str | None = None, pythonpath: Path | None = None
         ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NYMAUDIT_BASELINE_KEY"}
    env["NO_COLOR"] = "1"
    # The code this test process imports (PYTHONPATH may name another copy of src/).
    env["PYTHONPATH"] = str(pythonpath or _SRC)
    if key is not None:
        env["NYMAUDIT_BASELINE_KEY"] = key
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def _check_json(site: Path, baseline: Path, *files: str, key: str | None = None) -> tuple[int, dict, str]:
    code, out, err = _cli("check", "--baseline", str(baseline), "--format", "json", "--", *files,
                          cwd=site, key=key)
    assert code in (0, 1), err
    return code, json.loads(out), err


def _rules(report: dict) -> set[str]:
    return {f["rule"] for f in report["findings"] if f["severity"] != "info"}


def test_add_accepts_one_drafts_findings_and_keeps_every_entry(tmp_path: Path) -> None:
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    code, _, err = _cli("baseline", "create", "_posts/", "_config.yml", "-o", str(baseline), cwd=site)
    assert code == 0, err
    before = json.loads(baseline.read_text())["hashes"]
    assert before  # the published post's place and occupation
    code, report, _ = _check_json(site, baseline, "_drafts/walk.md")
    assert code == 1 and "META010" in _rules(report)

    code, _, err = _cli("baseline", "add", str(baseline), "_drafts/walk.md", cwd=site)
    assert code == 0, err
    assert "added to" in err and "META010 1" in err
    text = baseline.read_text()
    doc = json.loads(text)
    assert set(before) < set(doc["hashes"])  # every entry kept, the draft's added
    assert doc["salt"] and doc["schema"] == "nymaudit.baseline/2"
    # Hashes only: not the place, the coordinates or the address, not the rule.
    for clear in ("Truro", "truro", "50.25", "Falmouth", "falmouth", "teach", "pengelly", "META010"):
        assert clear not in text
    assert stat.S_IMODE(os.stat(baseline).st_mode) == 0o600
    code, report, err = _check_json(site, baseline, "_drafts/walk.md")
    assert code == 0, report["findings"]
    assert "accepted in the baseline" in err
    # What the published post already said stays accepted.
    code, _, _ = _check_json(site, baseline, "_posts/2025-06-01-hello.md")
    assert code == 0


def test_add_with_rule_accepts_only_that_rules_findings(tmp_path: Path) -> None:
    site = _site(tmp_path, draft="\nI work as a nurse at the Royal Cornwall Hospital.\n")
    baseline = tmp_path / "baseline.json"
    assert _cli("baseline", "create", "_posts/", "-o", str(baseline), cwd=site)[0] == 0
    code, report, _ = _check_json(site, baseline, "_drafts/walk.md")
    failing = _rules(report)
    assert code == 1 and "META010" in failing and len(failing) >= 2, failing

    code, _, err = _cli("baseline", "add", str(baseline), "_drafts/walk.md", "--rule", "meta010", cwd=site)
    assert code == 0, err
    assert "META010 1" in err and "only META010" in err
    code, report, _ = _check_json(site, baseline, "_drafts/walk.md")
    assert code == 1
    assert _rules(report) == failing - {"META010"}  # the workplace still fails

    untouched = baseline.read_bytes()
    code, _, err = _cli("baseline", "add", str(baseline), "_drafts/walk.md", "--rule", "NOPE999", cwd=site)
    assert code == 2 and "no such rule" in err
    code, _, err = _cli("baseline", "add", str(baseline), "_drafts/walk.md", "--rule", "INPUT001", cwd=site)
    assert code == 2 and "--accept-unread" in err
    code, _, err = _cli("baseline", "add", str(baseline), "_drafts/wlak.md", cwd=site)
    assert code == 2 and "no such file: _drafts/wlak.md" in err
    assert baseline.read_bytes() == untouched


def test_add_refuses_a_baseline_of_another_key_cleanly(tmp_path: Path) -> None:
    site = _site(tmp_path)
    keyed = tmp_path / "keyed.json"
    assert _run("baseline", "create", "_posts/", "-o", str(keyed), cwd=site, key=KEY_A).returncode == 0
    made = keyed.read_bytes()
    for key, said in ((KEY_B, "is not the key"), (None, "is keyed")):
        out = _run("baseline", "add", str(keyed), "_drafts/walk.md", cwd=site, key=key)
        assert out.returncode == 2, out.stderr
        assert said in out.stderr and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
        assert keyed.read_bytes() == made  # refused before anything is written
    plain = tmp_path / "plain.json"
    assert _run("baseline", "create", "_posts/", "-o", str(plain), cwd=site).returncode == 0
    out = _run("baseline", "add", str(plain), "_drafts/walk.md", cwd=site, key=KEY_A)
    assert out.returncode == 2 and "made without NYMAUDIT_BASELINE_KEY" in out.stderr
    out = _run("baseline", "add", str(tmp_path / "missing.json"), "_drafts/walk.md", cwd=site)
    assert out.returncode == 2 and "baseline create" in out.stderr
    # With its own key it grows, keyed, and the check passes with that key.
    out = _run("baseline", "add", str(keyed), "_drafts/walk.md", cwd=site, key=KEY_A)
    assert out.returncode == 0, out.stderr
    assert json.loads(keyed.read_text())["digest"] == "hmac-sha256"
    assert _run("check", "--baseline", str(keyed), "--", "_drafts/walk.md", cwd=site,
                key=KEY_A).returncode == 0


def test_accept_unread_passes_a_scan_until_a_byte_changes(tmp_path: Path) -> None:
    site = _site(tmp_path, scan=True)
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", "create", "_posts/", "-o", str(baseline), cwd=site).returncode == 0
    out = _run("check", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md",
               "assets/letter.pdf", cwd=site)
    assert out.returncode == 1
    assert "INPUT001" in _rules(json.loads(out.stdout))

    # Without the option the scan is said, and stays failing.
    out = _run("baseline", "add", str(baseline), "_drafts/walk.md", "assets/letter.pdf", cwd=site)
    assert out.returncode == 0, out.stderr
    assert "not read, and not accepted: assets/letter.pdf" in out.stderr
    out = _run("check", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md", cwd=site)
    assert out.returncode == 1 and _rules(json.loads(out.stdout)) == {"INPUT001"}

    out = _run("baseline", "add", str(baseline), "_drafts/walk.md", "--accept-unread", cwd=site)
    assert out.returncode == 0, out.stderr
    digest = hashlib.sha256((site / "assets" / "letter.pdf").read_bytes()).hexdigest()
    assert f"accepted as not read: assets/letter.pdf (sha256 {digest[:12]})" in out.stderr
    assert json.loads(baseline.read_text())["unread"] == [digest]
    assert stat.S_IMODE(os.stat(baseline).st_mode) == 0o600

    out = _run("check", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md",
               "assets/letter.pdf", cwd=site)
    assert out.returncode == 0, out.stdout
    report = json.loads(out.stdout)
    unread = [f for f in report["findings"] if f["rule"] == "INPUT001"]
    # Still in the report, as not read: at info, saying it was accepted, never dropped in silence.
    assert unread and all(f["severity"] == "info" and "Accepted as not read" in f["message"] for f in unread)
    assert any(e["path"].endswith("letter.pdf") for i in report["inputs"] for e in i["errors"])
    assert "not read are accepted as they are by the baseline" in out.stderr
    sarif = _run("check", "--baseline", str(baseline), "--format", "sarif", "--", "_drafts/walk.md",
                 cwd=site)
    assert sarif.returncode == 0
    levels = {r["ruleId"]: r["level"] for r in json.loads(sarif.stdout)["runs"][0]["results"]}
    assert levels.get("INPUT001") == "note"

    # Another scan beside it is not accepted by the first one's hash.
    (site / "assets" / "other.pdf").write_bytes(_scanned_pdf(shade=240))
    out = _run("check", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md",
               "assets/other.pdf", cwd=site)
    assert out.returncode == 1
    failing = [f for f in json.loads(out.stdout)["findings"] if f["severity"] != "info"]
    assert failing and all(f["location"]["path"] == "assets/other.pdf" for f in failing)

    # One byte more (a PDF still read the same way) and the failure is back.
    with open(site / "assets" / "letter.pdf", "ab") as fh:
        fh.write(b"\n%edited\n")
    out = _run("check", "--baseline", str(baseline), "--", "_drafts/walk.md", cwd=site)
    assert out.returncode == 1
    assert "INPUT001" in out.stdout


def test_accept_unread_never_accepts_a_symbolic_link_nor_does_history(tmp_path: Path) -> None:
    site = _site(tmp_path, scan=True)
    os.symlink("letter.pdf", site / "assets" / "alias.pdf")
    baseline = tmp_path / "baseline.json"
    assert _cli("baseline", "create", "_posts/", "-o", str(baseline), cwd=site)[0] == 0
    code, _, err = _cli("baseline", "add", str(baseline), "assets/alias.pdf", "--accept-unread", cwd=site)
    assert code == 0 and "symbolic link" in err
    assert "unread" not in json.loads(baseline.read_text())
    code, _, _ = _cli("baseline", "add", str(baseline), "_drafts/walk.md", "--accept-unread", cwd=site)
    assert code == 0
    # The link to the accepted bytes is still refused: check does not follow it.
    code, report, _ = _check_json(site, baseline, "_drafts/walk.md", "assets/alias.pdf")
    assert code == 1
    failing = [f["location"]["path"] for f in report["findings"] if f["severity"] != "info"]
    assert failing == ["assets/alias.pdf"]
    # --history of a site holding the same scan does not accept it either (without the baseline).
    code, out, _ = _cli("check", "--history", str(site), "--", "assets/letter.pdf", cwd=site)
    assert code == 1 and "INPUT001" in out


def test_show_lists_entries_by_rule_and_unread_files(tmp_path: Path) -> None:
    site = _site(tmp_path, scan=True)
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", "create", "_posts/", "-o", str(baseline), cwd=site, key=KEY_A).returncode == 0
    out = _run("baseline", "add", str(baseline), "_drafts/walk.md", "--accept-unread", cwd=site, key=KEY_A)
    assert out.returncode == 0, out.stderr
    digest = hashlib.sha256((site / "assets" / "letter.pdf").read_bytes()).hexdigest()

    shown = _run("baseline", "show", str(baseline), cwd=site, key=KEY_A)
    assert shown.returncode == 0, shown.stderr
    assert "META010: 1" in shown.stdout
    # Keyed: the stored entry is the HMAC of the sha256 under the key (chk15b, rev15a item 10).
    salt = json.loads(baseline.read_text())["salt"]
    entry = hmac.new(KEY_A.encode(), f"{salt}\x1funread\x1f{digest}".encode(), hashlib.sha256).hexdigest()
    assert f"files accepted as not read: 1 (HMAC-SHA256 under the key {entry[:12]}:" in shown.stdout
    assert digest not in shown.stdout  # a prefix, not the whole digest
    assert "of no known rule" not in shown.stdout  # create tags its entries too
    # Without the key, no rule is told; the unread files are (a content hash tells no term).
    shown = _run("baseline", "show", str(baseline), cwd=site)
    assert "META010" not in shown.stdout and "shown with this file's key set" in shown.stdout
    assert "files accepted as not read: 1" in shown.stdout
    assert "META010" not in baseline.read_text()


def test_a_baseline_made_by_the_code_before_still_loads_and_grows(tmp_path: Path) -> None:
    """A baseline written by nymaudit as of 298a3de (no `unread`, no rule tags) is added to."""
    git = shutil.which("git")
    if git is None or subprocess.run([git, "-C", str(REPO), "cat-file", "-e", f"{HEAD_BEFORE}^{{commit}}"],
                                     capture_output=True).returncode != 0:
        pytest.skip(f"git or commit {HEAD_BEFORE} not available")
    old = tmp_path / "old"
    old.mkdir()
    archive = subprocess.run([git, "-C", str(REPO), "archive", HEAD_BEFORE, "src", "heuristics"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    site = _site(tmp_path, scan=True)
    for key in (None, KEY_A):
        baseline = tmp_path / f"made-before-{bool(key)}.json"
        made = _run("baseline", "create", "_posts/", "-o", str(baseline), cwd=site, key=key,
                    pythonpath=old / "src")
        assert made.returncode == 0, made.stderr
        before = json.loads(baseline.read_text())
        assert "unread" not in before and "rule_tags" not in before
        out = _run("baseline", "add", str(baseline), "_drafts/walk.md", "--accept-unread", cwd=site, key=key)
        assert out.returncode == 0, out.stderr
        after = json.loads(baseline.read_text())
        assert set(before["hashes"]) < set(after["hashes"]) and after["salt"] == before["salt"]
        assert after.get("key_check") == before.get("key_check")
        assert _run("check", "--baseline", str(baseline), "--", "_drafts/walk.md", "_posts/", cwd=site,
                    key=key).returncode == 0
        # The code before reads the grown file too (it fails closed on the scan it cannot accept).
        old_check = _run("check", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md",
                         cwd=site, key=key, pythonpath=old / "src")
        assert old_check.returncode == 1 and _rules(json.loads(old_check.stdout)) == {"INPUT001"}
        if key:
            shown = _run("baseline", "show", str(baseline), cwd=site, key=key)
            assert "of no known rule (made before" in shown.stdout and "META010: 1" in shown.stdout


def test_staged_check_compares_the_staged_bytes_not_the_disk(tmp_path: Path) -> None:
    """A pre-commit hook (`check --staged`) hashes what the commit holds: a scan accepted as
    it is on disk, staged with one byte more, fails; the disk's copy alone would pass."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("git not installed")
    site = _site(tmp_path, scan=True)
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run([git, "init", "-q"], cwd=site, check=True, env=env)
    subprocess.run([git, "add", "-A"], cwd=site, check=True, env=env)
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", "create", "_posts/", "-o", str(baseline), cwd=site).returncode == 0
    out = _run("baseline", "add", str(baseline), "_drafts/walk.md", "assets/letter.pdf", "--accept-unread",
               cwd=site)
    assert out.returncode == 0, out.stderr
    staged = ("check", "--staged", "--baseline", str(baseline), "--format", "json", "--", "_drafts/walk.md",
              "assets/letter.pdf")
    out = _run(*staged, cwd=site)
    assert out.returncode == 0, out.stdout
    findings = json.loads(out.stdout)["findings"]
    assert any(f["rule"] == "INPUT001" and f["severity"] == "info" for f in findings)

    scan = site / "assets" / "letter.pdf"
    accepted = scan.read_bytes()
    scan.write_bytes(accepted + b"\n%edited\n")
    subprocess.run([git, "add", "assets/letter.pdf"], cwd=site, check=True, env=env)
    scan.write_bytes(accepted)  # the disk holds the accepted bytes again; the index does not
    out = _run(*staged, cwd=site)
    assert out.returncode == 1
    assert "INPUT001" in _rules(json.loads(out.stdout))
    assert _run(*staged[:1], *staged[2:], cwd=site).returncode == 0

"""bas16: `baseline create` and the files accepted as not read, and `check` as a CI user runs it.

Until the sixteenth session, making a baseline again (`baseline create ... -o` over the committed
one, the recipe after a post is removed or a pull request is accepted) dropped every file that
`baseline add --accept-unread` had accepted for its bytes, without a word: the next `check`
failed INPUT001 on a scan its owner had read and accepted. Now `create` keeps each acceptance
whose file it reads again with the same bytes (what `check --baseline OLD` accepts today), says
which it dropped, and `create --accept-unread` accepts every unread file as `add` does.

Inputs are real: a Jekyll site, a photo by Pillow with GPS from piexif, a PDF scan by Pillow (a
page that is a picture), a .docx by python-docx; CLI through CliRunner and as a subprocess.
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

_SRC = Path(__import__("nymaudit").__file__).resolve().parents[1]
KEY_A = "a" * 16 + "0123456789abcdef"
KEY_B = "b" * 16 + "0123456789abcdef"


def _photo_with_gps() -> bytes:
    piexif = pytest.importorskip("piexif")
    image = pytest.importorskip("PIL.Image")
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((50, 1), (9, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((5, 1), (4, 1), (0, 1))}
    buffer = io.BytesIO()
    image.new("RGB", (64, 48), (30, 90, 200)).save(buffer, "JPEG", exif=piexif.dump({"GPS": gps}))
    return buffer.getvalue()


def _scanned_pdf(shade: int = 255) -> bytes:
    """A one-page PDF whose page is a picture (a scan): no text layer, so INPUT001."""
    image = pytest.importorskip("PIL.Image")
    draw = pytest.importorskip("PIL.ImageDraw")
    page = image.new("RGB", (420, 300), (shade, shade, shade))
    draw.Draw(page).text((20, 20), "Letter from the council", fill=(0, 0, 0))
    buffer = io.BytesIO()
    page.save(buffer, "PDF")
    return buffer.getvalue()


def _site(root: Path) -> Path:
    """A published Jekyll site: a post that names the writer's job and town, and a post that
    links a scanned letter (a PDF with no text layer) kept in assets/."""
    site = root / "site"
    for folder in ("_posts", "_drafts", "assets"):
        (site / folder).mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text("title: Harbour notes\n")
    (site / "_posts" / "2025-05-02-hello.md").write_text(
        "---\ntitle: Hello\n---\nI teach at a primary school in Penzance.\n")
    (site / "assets" / "letter.pdf").write_bytes(_scanned_pdf())
    (site / "_posts" / "2025-06-10-letter.md").write_text(
        "---\ntitle: The letter\n---\nThe [letter](/assets/letter.pdf) came today.\n")
    return site


# What the recipe's baseline is made of, with the folder the post's files are in (docs/check.md).
PUBLISHED = ("_posts/", "_config.yml", "assets/")


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


def _run(*args: str, cwd: Path, key: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NYMAUDIT_BASELINE_KEY"}
    env["NO_COLOR"] = "1"
    env["PYTHONPATH"] = str(_SRC)  # the code this test process imports
    if key is not None:
        env["NYMAUDIT_BASELINE_KEY"] = key
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def _check(site: Path, baseline: Path, *files: str, key: str | None = None) -> tuple[int, dict, str]:
    out = _run("check", "--baseline", str(baseline), "--format", "json", "--", *files, cwd=site, key=key)
    assert out.returncode in (0, 1), out.stderr
    return out.returncode, json.loads(out.stdout), out.stderr


def _failing(report: dict) -> set[str]:
    return {f["rule"] for f in report["findings"] if f["severity"] != "info"}


@pytest.mark.parametrize("key", [None, KEY_A], ids=["unkeyed", "keyed"])
def test_create_again_keeps_the_files_accepted_as_not_read_while_their_bytes_stay(
        tmp_path: Path, key: str | None) -> None:
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert _run("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site, key=key).returncode == 0
    out = _run("baseline", "add", str(baseline), "_posts/2025-06-10-letter.md", "--accept-unread", cwd=site,
               key=key)
    assert out.returncode == 0 and "accepted as not read: assets/letter.pdf" in out.stderr, out.stderr
    code, _, _ = _check(site, baseline, "_posts/2025-06-10-letter.md", key=key)
    assert code == 0

    # The maintainer makes the baseline again (a post removed, a pull request accepted).
    (site / "_posts" / "2025-07-01-pier.md").write_text("---\ntitle: Pier\n---\nA calm day on the pier.\n")
    out = _run("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site, key=key)
    assert out.returncode == 0, out.stderr
    assert ("still accepted as not read (the baseline replaced accepted these exact bytes): "
            "assets/letter.pdf") in out.stderr
    doc = json.loads(baseline.read_text())
    digest = hashlib.sha256((site / "assets" / "letter.pdf").read_bytes()).hexdigest()
    if key is None:
        assert doc["unread"] == [digest]
    else:
        # Keyed under the new file's salt, as `baseline add` keys it (no sha256 in clear).
        entry = hmac.new(key.encode(), f"{doc['salt']}\x1funread\x1f{digest}".encode(),
                         hashlib.sha256).hexdigest()
        assert doc["unread"] == [entry] and doc["unread_digest"] == "hmac-sha256"
        assert digest not in baseline.read_text()
    assert stat.S_IMODE(os.stat(baseline).st_mode) == 0o600
    code, report, err = _check(site, baseline, "_posts/2025-06-10-letter.md", key=key)
    assert code == 0, report
    assert [f["severity"] for f in report["findings"] if f["rule"] == "INPUT001"] == ["info"]
    assert "not read are accepted as they are by the baseline" in err

    # One byte changed: the next `create` drops it, and says so; the check fails again.
    with open(site / "assets" / "letter.pdf", "ab") as fh:
        fh.write(b"\n%rescanned\n")
    out = _run("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site, key=key)
    assert out.returncode == 0, out.stderr
    assert "1 file(s)" in out.stderr and "no longer accepted" in out.stderr
    assert "not read, and not accepted: assets/letter.pdf" in out.stderr
    assert "unread" not in json.loads(baseline.read_text())
    code, report, _ = _check(site, baseline, "_posts/2025-06-10-letter.md", key=key)
    assert code == 1 and _failing(report) == {"INPUT001"}


def test_create_accept_unread_accepts_every_file_it_could_not_read(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    site = _site(tmp_path)
    # A second unread file: a .docx cut short (a sync client's half-written copy).
    document = docx.Document()
    document.add_paragraph("Notes for the parish newsletter.")
    buffer = io.BytesIO()
    document.save(buffer)
    (site / "assets" / "notes.docx").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    baseline = tmp_path / "baseline.json"
    code, _, err = _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), "--accept-unread", cwd=site,
                        key=KEY_A)
    assert code == 0, err
    for name in ("letter.pdf", "notes.docx"):
        digest = hashlib.sha256((site / "assets" / name).read_bytes()).hexdigest()
        assert f"accepted as not read: assets/{name} (sha256 {digest[:12]}; stored keyed as" in err
    assert len(json.loads(baseline.read_text())["unread"]) == 2
    code, report, _ = _check(site, baseline, "_posts/2025-06-10-letter.md", "assets/notes.docx", key=KEY_A)
    assert code == 0, report
    # Still reported, as not read, at info.
    assert {f["location"]["path"] for f in report["findings"] if f["rule"] == "INPUT001"} == {
        "assets/letter.pdf", "assets/notes.docx"}
    # A new scan beside them is a new file: it fails.
    (site / "assets" / "second.pdf").write_bytes(_scanned_pdf(shade=230))
    code, report, _ = _check(site, baseline, "assets/second.pdf", "_posts/2025-05-02-hello.md", key=KEY_A)
    assert code == 1 and _failing(report) == {"INPUT001"}


def test_create_never_accepts_a_symbolic_link_as_unread(tmp_path: Path) -> None:
    site = _site(tmp_path)
    os.symlink("letter.pdf", site / "assets" / "alias.pdf")
    baseline = tmp_path / "baseline.json"
    code, _, err = _cli("baseline", "create", "_posts/", "_config.yml", "assets/letter.pdf",
                        "assets/alias.pdf", "-o", str(baseline), "--accept-unread", cwd=site)
    assert code == 0, err
    assert "assets/alias.pdf: a symbolic link" in err
    digest = hashlib.sha256((site / "assets" / "letter.pdf").read_bytes()).hexdigest()
    assert json.loads(baseline.read_text())["unread"] == [digest]  # the file itself only
    code, report, _ = _check(site, baseline, "assets/alias.pdf", "_posts/2025-05-02-hello.md")
    assert code == 1
    assert {f["location"]["path"] for f in report["findings"] if f["severity"] != "info"} == {
        "assets/alias.pdf"}


def test_create_with_another_key_carries_nothing_over_and_says_why(tmp_path: Path) -> None:
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), "--accept-unread", cwd=site,
                key=KEY_A)[0] == 0
    # The key rotated: the old entries are HMACs under a key this run does not hold.
    code, _, err = _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site, key=KEY_B)
    assert code == 0, err
    assert "accepted 1 file(s) as not read, but it was made with another NYMAUDIT_BASELINE_KEY" in err
    assert "unread" not in json.loads(baseline.read_text())
    code, report, _ = _check(site, baseline, "_posts/2025-06-10-letter.md", key=KEY_B)
    assert code == 1 and _failing(report) == {"INPUT001"}


def test_create_says_which_unread_files_it_did_not_accept(tmp_path: Path) -> None:
    """Before, `create` said only "N finding(s) recorded": the scan then failed the first check
    with nothing in the baseline step to explain why."""
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    code, _, err = _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site)
    assert code == 0
    assert "not read, and not accepted: assets/letter.pdf" in err and "--accept-unread" in err


def test_add_does_not_call_an_accepted_file_not_accepted(tmp_path: Path) -> None:
    """`baseline add` without --accept-unread told a maintainer to accept again a scan the
    baseline already accepted ("not read, and not accepted ... add --accept-unread")."""
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site)[0] == 0
    assert _cli("baseline", "add", str(baseline), "_posts/2025-06-10-letter.md", "--accept-unread",
                cwd=site)[0] == 0
    code, _, err = _cli("baseline", "add", str(baseline), "_posts/2025-06-10-letter.md", cwd=site)
    assert code == 0
    assert "not read, and not accepted" not in err
    assert "1 file(s) not read were accepted as they are already" in err


def test_create_over_a_linked_baseline_is_still_refused(tmp_path: Path) -> None:
    """Guard: `-o` through a symbolic link stays a usage error, and the file it points to is untouched."""
    site = _site(tmp_path)
    real = tmp_path / "real.json"
    real.write_text("{}")
    os.symlink(real, tmp_path / "link.json")
    code, _, err = _cli("baseline", "create", "_posts/", "-o", str(tmp_path / "link.json"), cwd=site)
    assert code == 2 and "does not write through it" in err
    assert real.read_text() == "{}"


# --- `check` as a CI user runs it: --fail-on high, --history, SARIF, a pre-commit hook ------------


def _damaged_docx() -> bytes:
    """A .docx by python-docx, cut in half (an interrupted download): no reader can open it."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Minutes of the walking group.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()[: len(buffer.getvalue()) // 2]


def test_fail_on_high_still_fails_a_file_it_could_not_read(tmp_path: Path) -> None:
    """The CI job of the task (`check --history _posts/ --fail-on high --format sarif -o`) exited 0
    with a damaged .docx beside a clean draft: the gate raised what it could not read to medium
    only, below --fail-on high, while docs/check.md promised it fails closed."""
    site = _site(tmp_path)
    (site / "_drafts" / "pier.md").write_text("---\ntitle: Pier\n---\nA calm morning on the pier.\n")
    (site / "assets" / "minutes.docx").write_bytes(_damaged_docx())
    sarif_path = tmp_path / "out.sarif"
    out = _run("check", "--history", "_posts/", "--fail-on", "high", "--format", "sarif",
               "-o", str(sarif_path), "--", "_drafts/pier.md", "assets/minutes.docx", cwd=site)
    assert out.returncode == 1, out.stderr
    assert "not checked, so failing at --fail-on high: assets/minutes.docx" in out.stderr
    results = json.loads(sarif_path.read_text())["runs"][0]["results"]
    unread = [r for r in results if r["ruleId"] in ("INPUT001", "META026")]
    # The SARIF level agrees with the exit code: an error, as --fail-on high fails.
    assert unread and {r["level"] for r in unread} == {"error"}
    assert all("Raised to high, the --fail-on level" in r["message"]["text"] for r in unread)
    # JSON says the same severity (a program gating on severities agrees with the exit code).
    out = _run("check", "--fail-on", "critical", "--format", "json", "--", "_drafts/pier.md",
               "assets/minutes.docx", cwd=site)
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert {f["severity"] for f in report["findings"] if f["rule"] == "INPUT001"} == {"critical"}
    # The clean draft alone passes the same gate.
    assert _run("check", "--fail-on", "high", "--", "_drafts/pier.md", cwd=site).returncode == 0


def test_fail_on_high_passes_a_file_the_baseline_accepts_as_not_read(tmp_path: Path) -> None:
    """Guard: an unread file accepted for its bytes stays at info under any --fail-on."""
    site = _site(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert _cli("baseline", "create", *PUBLISHED, "-o", str(baseline), cwd=site)[0] == 0
    assert _cli("baseline", "add", str(baseline), "_posts/2025-06-10-letter.md", "--accept-unread",
                cwd=site)[0] == 0
    out = _run("check", "--baseline", str(baseline), "--fail-on", "critical", "--format", "json", "--",
               "_posts/2025-06-10-letter.md", cwd=site)
    assert out.returncode == 0, out.stdout
    assert [f["severity"] for f in json.loads(out.stdout)["findings"] if f["rule"] == "INPUT001"] == ["info"]


def test_pre_commit_hook_with_fail_on_high_stops_a_commit_of_an_unread_scan(tmp_path: Path) -> None:
    """A real `git commit` through a pre-commit hook running `check --staged --fail-on high`: a new
    post linking a scanned letter (no text layer) was committed (exit 0) before bas16."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("git not installed")
    site = _site(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    env.update(GIT_AUTHOR_NAME="Wren", GIT_AUTHOR_EMAIL="wren@example.org", GIT_COMMITTER_NAME="Wren",
               GIT_COMMITTER_EMAIL="wren@example.org", NO_COLOR="1", PYTHONPATH=str(_SRC))

    def git_run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([git, *args], cwd=site, env=env, capture_output=True, text=True, timeout=300)

    assert git_run("init", "-q").returncode == 0
    (site / "assets" / "letter.pdf").unlink()  # the scan comes with the new post
    (site / "_posts" / "2025-06-10-letter.md").unlink()
    assert git_run("add", "-A").returncode == 0
    assert git_run("commit", "-q", "-m", "published").returncode == 0
    hook = site / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec {sys.executable} -m nymaudit check --staged --quiet-pass "
                    "--fail-on high\n")
    hook.chmod(0o755)
    (site / "assets" / "letter.pdf").write_bytes(_scanned_pdf())
    (site / "_posts" / "2025-06-10-letter.md").write_text(
        "---\ntitle: The letter\n---\nThe [letter](/assets/letter.pdf) came today.\n")
    assert git_run("add", "-A").returncode == 0
    done = git_run("commit", "-q", "-m", "the letter")
    assert done.returncode != 0, done.stdout + done.stderr
    assert "not checked, so failing at --fail-on high: assets/letter.pdf" in done.stderr
    assert "INPUT001" in done.stderr  # git shows a hook's stdout on stderr
    assert git_run("rev-list", "--count", "HEAD").stdout.strip() == "1"

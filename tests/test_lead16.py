"""The lead's fixes of the sixteenth session (2026-11-30)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text.links import find_urls


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("The rota is at http://[fd12:3456::1]:8080/rota/ward7 if you are on.", "http://[fd12:3456::1]:8080/rota/ward7"),
        ("the box at https://[2001:db8::5]/x.", "https://[2001:db8::5]/x"),
        ("go to http://[fd00::1] now", "http://[fd00::1]"),
        ("(http://[fd00::1]:80)", "http://[fd00::1]:80"),
    ],
)
def test_bracketed_ipv6_hosts_are_links(text: str, url: str) -> None:
    assert [u for u, _, _ in find_urls(text)] == [url]


def test_a_bracket_that_is_no_ipv6_host_is_still_cut() -> None:
    assert [u for u, _, _ in find_urls("[see](http://a.com/x]) and http://[intranet]/x")] == ["http://a.com/x"]


def test_scan_reports_a_private_ipv6_host_and_not_loopback(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(
        "---\ntitle: rota\ndate: 2024-03-01T10:00:00Z\n---\n"
        "The new rota is up at http://[fd12:3456::1]:8080/rota/ward7 if you are on shift.\n"
        "My test box is http://[::1]:3000/ only.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["scan", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    internal = [f for f in report["findings"] if f["rule"] == "LINK004"]
    assert len(internal) == 1
    assert "fd12:3456::1" in internal[0]["message"]
    assert "fd12:3456::1, once" in internal[0]["message"]  # the loopback test box is no leak


def _utc_photos(folder: Path) -> None:
    import piexif
    from PIL import Image

    for i, taken in enumerate(["2025:01:10 10:00:00", "2025:01:20 11:00:00", "2025:02:02 12:00:00"]):
        exif = {"0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS R6"},
                "Exif": {piexif.ExifIFD.DateTimeOriginal: taken.encode(), 0x9011: b"+00:00"}}
        Image.new("RGB", (32, 32), (i * 40, 80, 120)).save(folder / f"p{i}.jpg", exif=piexif.dump(exif))


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "terminal"])
def test_advice_chosen_for_a_utc_clock_is_the_general_advice_under_redact(tmp_path: Path, fmt: str) -> None:
    """META014's and TIME007's advice for +00:00 ("Nothing to change if the camera's clock is set to
    UTC ...") named the masked offset: under --redact the rule's general advice stands instead."""
    from nymaudit.rules import rule

    _utc_photos(tmp_path)
    runner = CliRunner()
    clear = json.loads(runner.invoke(app, ["scan", str(tmp_path), "--format", "json", "--no-redact"]).stdout)
    said = {f["rule"]: f["advice"] for f in clear["findings"]}
    assert said["META014"] != rule("META014").advice  # the +00:00 advice, in clear without --redact
    out = CliRunner().invoke(app, ["scan", str(tmp_path), "--format", fmt, "--redact"]).stdout
    assert "Nothing to change" not in out and "UTC on purpose" not in out
    if fmt == "json":
        masked = {f["rule"]: f["advice"] for f in json.loads(out)["findings"]}
        assert masked["META014"] == rule("META014").advice


def _staged_repo(tmp_path: Path, name: str, email: str) -> tuple[Path, dict[str, str]]:
    import os
    import sys

    repo = tmp_path / "repo"
    repo.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "TZ": "UTC",
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])})
    for args in (["init", "-q"], ["config", "user.name", name], ["config", "user.email", email]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    (repo / "post.md").write_text("---\ntitle: bins\ndate: 2025-01-10T10:00:00Z\n---\n"
                                  "The bins were late again this week.\n", encoding="utf-8")
    subprocess.run(["git", "add", "post.md"], cwd=repo, env=env, check=True, capture_output=True)
    return repo, env


def _hook(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run([sys.executable, "-m", "nymaudit", "check", "--staged", "--fail-on", "medium",
                           "--format", "json", "-q"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_pseudonymous_repositorys_first_commit_under_its_handles_address_passes(tmp_path: Path) -> None:
    """The documented hook (--fail-on medium) on the first commit of a new repository under the
    pseudonym's own address: said low, never failed on (no baseline can accept the commit's identity)."""
    repo, env = _staged_repo(tmp_path, "nullkestrel", "nullkestrel@proton.me")
    done = _hook(repo, env)
    assert done.returncode == 0, done.stdout + done.stderr
    said = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "SELF003"]
    assert said and all(f["severity"] == "low" for f in said)


def test_a_first_commit_under_a_name_like_address_still_fails_the_hook(tmp_path: Path) -> None:
    repo, env = _staged_repo(tmp_path, "jdoe", "jane.doe@gmail.com")
    done = _hook(repo, env)
    assert done.returncode == 1, done.stdout + done.stderr
    found = json.loads(done.stdout)["findings"]
    assert any(f["rule"] == "SELF003" and f["severity"] == "high" for f in found)


def test_what_to_do_first_says_one_finding_gives_its_own_steps() -> None:
    """The bundled demo: one of META019's two findings has advice fitted to its file (grammar)."""
    result = CliRunner().invoke(app, ["demo", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    lines = [a["do"] for a in json.loads(result.stdout)["profile"]["priorities"]]
    assert not any("(1 of the" in do and "findings give steps" in do for do in lines)
    assert any("(1 of the 2 findings gives steps for its own platform or file" in do for do in lines)


def test_a_too_long_draft_failing_the_gate_is_told_to_split_not_to_accept_unread(tmp_path: Path) -> None:
    """INPUT003 raised to --fail-on high: `baseline add --accept-unread` cannot accept a post read in
    part, so the note must not send the user there (rev16a 4)."""
    import sys

    draft = tmp_path / "long.md"
    body = "The bins were late again today. " * 34_000  # over the 1,000,000 characters read whole
    draft.write_text("---\ntitle: long\n---\n" + body, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "nymaudit", "check", str(draft), "--fail-on", "high",
                           "--format", "json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert any(f["rule"] == "INPUT003" for f in json.loads(done.stdout)["findings"])
    said = " ".join(done.stderr.split())
    assert "split it into shorter files" in said
    assert "--accept-unread" not in said

"""fxC (sixteenth session, 2026-11-30): `check` review findings rev16c items 1, 2, 3 and 7.

1. A database dump, XML and posts written in page templates are read as text, not skipped.
2. `check --staged`: an offset in the history counts only on the committing identity's commits.
3. `check --staged`: a handle's address with a separator ("night_owl@") is a handle's, low.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

ADDRESS = "14 Mill Lane, Leeds LS6 2AB"
POST = f"We finally got the keys to our new place at {ADDRESS}. Email me at jane.doe@gmail.com.\n"
FRONT = "---\ntitle: Moving day\ndate: 2024-05-01\n---\n"

FILES = {
    "wordpress-backup.sql": (
        "INSERT INTO `wp_users` VALUES (1,'admin','$P$B','admin','jane.doe@gmail.com','',"
        "'2024-01-01 00:00:00','',0,'Jane Doe');\n"
        f"INSERT INTO `wp_posts` VALUES (1,1,'2024-01-01','I live at {ADDRESS}. "
        "Call me on 07700 900123.');\n"),
    "dump.pgsql": f"COPY users (email) FROM stdin;\njane.doe@gmail.com\n\\.\n-- {POST}",
    "contacts.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<contacts><contact><name>Jane Doe</name>'
                     "<phone>07700 900123</phone><email>jane.doe@gmail.com</email>"
                     f"<address>{ADDRESS}</address></contact></contacts>\n"),
    "feed.xml": ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                 "<title>My blog</title><entry><title>Moving day</title>"
                 f"<content type=\"text\">{POST}</content></entry></feed>\n"),
    "post.ejs": FRONT + POST,
    "post.html.erb": FRONT + POST,
    "post.mustache": FRONT + POST,
    "post.njk.j2": FRONT + POST,
    "post.jinja": FRONT + POST,
    "post.twig": FRONT + POST,
    "post.pug": "p " + POST,
    "post.haml": "%p " + POST,
    "post.slim": "p " + POST,
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_dumps_xml_and_page_templates_are_read_and_fail_on_an_address(tmp_path: Path, name: str) -> None:
    """rev16c item 1: these passed the gate as "source code" or "configuration" (INPUT006, exit 0)."""
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--fail-on", "medium", "--format", "json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 1, result.output
    assert not any(f["rule"] == "INPUT006" for f in report["findings"])
    assert any(f["rule"] == "SELF001" and f["severity"] == "high" for f in report["findings"])


@pytest.mark.parametrize("name", ["backup.rs", "Backup.java", "backup.py", "page.jsp"])
def test_real_code_is_still_skipped(tmp_path: Path, name: str) -> None:
    """Guard: code with an address in a comment stays skipped (chk16b's decision)."""
    path = tmp_path / name
    path.write_text(f"// {POST}", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--fail-on", "medium", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["INPUT006"]


# -- check --staged ------------------------------------------------------------------------------

def _env(tmp_path: Path, tz: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_"))}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "TZ": tz,
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])})
    return env


def _git(repo: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def _commit(repo: Path, env: dict[str, str], name: str, email: str, when: str, text: str) -> None:
    (repo / "notes.md").write_text(text, encoding="utf-8")
    _git(repo, env, "add", "notes.md")
    who = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
           "GIT_COMMITTER_EMAIL": email, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    _git(repo, {**env, **who}, "commit", "-q", "-m", text.strip())


def _hook(repo: Path, env: dict[str, str]) -> tuple[int, list[dict[str, object]]]:
    done = subprocess.run([sys.executable, "-m", "nymaudit", "check", "--staged", "--fail-on", "medium",
                           "--format", "json", "-q"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


# "Etc/GMT-1" is UTC+01:00 all year (POSIX signs are reversed): the clock of the next commit.
PLUS_ONE = "Etc/GMT-1"
PSEUDONYM = ("nullkestrel", "12345+nullkestrel@users.noreply.github.com")


def _fork(tmp_path: Path, own_commits: int, upstream_commits: int = 10) -> tuple[Path, dict[str, str]]:
    """An upstream's history at +0100 by another person, then ``own_commits`` of the pseudonym's,
    also at +0100, then the pseudonym's next change staged."""
    repo = tmp_path / "repo"
    repo.mkdir()
    env = _env(tmp_path, PLUS_ONE)
    _git(repo, env, "init", "-q")
    for i in range(upstream_commits):
        _commit(repo, env, "Klaus Becker", "klaus@upstream-project.org",
                f"2024-0{i % 9 + 1}-10T10:00:00+0100", f"upstream {i}\n")
    for i in range(own_commits):
        _commit(repo, env, *PSEUDONYM, f"2024-10-0{i % 9 + 1}T10:00:00+0100", f"fork {i}\n")
    _git(repo, env, "config", "user.name", PSEUDONYM[0])
    _git(repo, env, "config", "user.email", PSEUDONYM[1])
    (repo / "build.md").write_text("A note on the build.\n", encoding="utf-8")
    _git(repo, env, "add", "build.md")
    return repo, env


def _time007(findings: list[dict[str, object]]) -> dict[str, object]:
    said = [f for f in findings if f["rule"] == "TIME007"]
    assert len(said) == 1, findings
    return said[0]


def test_other_peoples_commits_at_the_offset_do_not_lower_the_pseudonyms_first(tmp_path: Path) -> None:
    """rev16c item 2: a fork of an upstream at +0100 lowered the pseudonym's first +0100 commit to low."""
    repo, env = _fork(tmp_path, own_commits=0)
    code, findings = _hook(repo, env)
    found = _time007(findings)
    assert code == 1
    assert found["severity"] == "high"
    assert "none under this identity" in str(found["message"])
    assert "adds nothing a clone does not show" not in str(found["message"])


def test_the_offset_on_a_minority_of_the_pseudonyms_commits_is_lowered_one_step(tmp_path: Path) -> None:
    """The minority rule of addresses: 2 of 12 commits under this identity at +0100 is medium (fails)."""
    repo, env = _fork(tmp_path, own_commits=2)
    code, findings = _hook(repo, env)
    found = _time007(findings)
    assert (code, found["severity"]) == (1, "medium")
    assert "on 2 of 12 commits" in str(found["message"])


def test_the_offset_on_most_of_the_pseudonyms_own_commits_is_low(tmp_path: Path) -> None:
    """Guard: the pseudonym's own history at +0100 (6 of 6 commits) already tells it: low, passes."""
    repo, env = _fork(tmp_path, own_commits=6, upstream_commits=0)
    code, findings = _hook(repo, env)
    assert (code, _time007(findings)["severity"]) == (0, "low")


def _first_commit(tmp_path: Path, name: str, email: str) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    env = _env(tmp_path, "UTC")
    _git(repo, env, "init", "-q")
    _git(repo, env, "config", "user.name", name)
    _git(repo, env, "config", "user.email", email)
    (repo / "hello.md").write_text("---\ntitle: Hello\n---\nA short post about sourdough.\n",
                                   encoding="utf-8")
    _git(repo, env, "add", "hello.md")
    return repo


@pytest.mark.parametrize(("name", "email"), [("night_owl", "night_owl@proton.me"),
                                             ("the.archivist", "the.archivist@proton.me"),
                                             ("kestrel-watch", "kestrel-watch@tutanota.com"),
                                             ("nightowl", "night.owl@proton.me")])
def test_a_handles_address_with_a_separator_passes_the_first_commit(tmp_path: Path, name: str,
                                                                     email: str) -> None:
    """rev16c item 3: "letters . letters" was taken for a first and last name (SELF003 high, exit 1)."""
    repo = _first_commit(tmp_path, name, email)
    code, findings = _hook(repo, _env(tmp_path, "UTC"))
    said = [f for f in findings if f["rule"] == "SELF003"]
    assert code == 0, findings
    assert [f["severity"] for f in said] == ["low"]
    assert "reads as a handle" in str(said[0]["message"])


@pytest.mark.parametrize(("name", "email"), [("Tomasz Nowak", "tomasz.nowak@gmail.com"),
                                             ("Tomasz Nowak", "kestrel-watch@tutanota.com"),
                                             ("jdoe", "jane.doe@gmail.com")])
def test_an_address_under_a_persons_name_still_fails_the_first_commit(tmp_path: Path, name: str,
                                                                       email: str) -> None:
    """Guard: under a full name, or a login made of the address's initial and surname, it is high."""
    repo = _first_commit(tmp_path, name, email)
    code, findings = _hook(repo, _env(tmp_path, "UTC"))
    assert code == 1
    assert [f["severity"] for f in findings if f["rule"] == "SELF003"] == ["high"]

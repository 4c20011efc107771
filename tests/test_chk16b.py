"""`check` for developers (sixteenth session, chk16b), on real git repositories and hooks.

- walk16 item 1: the documented pre-commit hook (`check --staged --quiet-pass --fail-on medium`)
  refused every commit of a .rs, .java, .c, .kt or .sql file ("unknown format", INPUT001 medium):
  source code is now skipped as code, by heuristics/check.toml's list, and a plain UTF-8 text file
  of a type no reader knows (NOTES, a .rst draft) is read as text instead of failing closed.
- walk16 item 11: `check --staged` now reports the identity and clock the commit will carry
  (`git var GIT_AUTHOR_IDENT`, GIT_COMMITTER_IDENT), lowered when the history already carries them.
- red16 F9: `baseline add B B` no longer names an --output option; a baseline with a UTF-8 BOM is read.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO
from nymaudit.cli import app

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

PSEUDONYM = {"GIT_AUTHOR_NAME": "kestrel", "GIT_AUTHOR_EMAIL": "1234+kestrel@users.noreply.github.com",
             "GIT_COMMITTER_NAME": "kestrel", "GIT_COMMITTER_EMAIL": "1234+kestrel@users.noreply.github.com",
             "TZ": "UTC"}
REAL = {"GIT_AUTHOR_NAME": "Tomasz Nowak", "GIT_AUTHOR_EMAIL": "tomasz.nowak@acme-logistics.pl",
        "GIT_COMMITTER_NAME": "Tomasz Nowak", "GIT_COMMITTER_EMAIL": "tomasz.nowak@acme-logistics.pl",
        "TZ": "Europe/Warsaw"}
# One file of each language the walkthrough's hook refused, as a developer writes it.
SOURCES = {
    "src/main.rs": "fn main() {\n    println!(\"hello\");\n}\n",
    "src/App.java": "public class App { public static void main(String[] a) {} }\n",
    "src/util.c": "#include <stdio.h>\nint main(void) { return 0; }\n",
    "src/util.h": "int add(int a, int b);\n",
    "src/lib.cpp": "int twice(int x) { return 2 * x; }\n",
    "app/Main.kt": "fun main() = println(\"hi\")\n",
    "app/View.swift": "import SwiftUI\n",
    "app/Program.cs": "class Program { static void Main() {} }\n",
    "lua/init.lua": "return {}\n",
    "zig/main.zig": "pub fn main() void {}\n",
    "hs/Main.hs": "main = pure ()\n",
    "ex/app.ex": "defmodule App do\nend\n",
    "sc/App.scala": "object App extends App\n",
    "ui/main.dart": "void main() {}\n",
    "ui/App.vue": "<template><div/></template>\n",
    "api/service.proto": "syntax = \"proto3\";\n",
}


def _env(tmp_path: Path, identity: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "NYMAUDIT_")) and k != "TZ"}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", **identity})
    return env


def _git(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, env=env,
                          timeout=120)


def _hooked_repo(tmp_path: Path, identity: dict[str, str] = PSEUDONYM) -> tuple[Path, dict[str, str]]:
    """A repository with one commit and the pre-commit hook docs/check.md gives, run by this Python
    (its PYTHONPATH: the code under test)."""
    root = tmp_path / "repo"
    root.mkdir()
    env = _env(tmp_path, identity)
    assert _git(root, env, "init", "-q").returncode == 0
    (root / "README.md").write_text("# kestrel-cli\n\nA small tool.\n")
    _git(root, env, "add", "README.md")
    assert _git(root, env, "-c", "core.hooksPath=/dev/null", "commit", "-qm", "init").returncode == 0
    text = (REPO / "docs" / "check.md").read_text().split("## Pre-commit hook", 1)[1]
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and "nymaudit check --staged" in block.group(1)
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text(block.group(1).replace("nymaudit check", f'"{sys.executable}" -m nymaudit check'))
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    return root, env


def _check_staged(root: Path, env: dict[str, str], *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "nymaudit", "check", "--staged", "-f", "json", *args],
                          cwd=root, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def _by_rule(report: dict, rule_id: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


# -- walk16 item 1: source code through the documented hook -----------------------------

def test_the_documented_hook_commits_source_code_of_every_common_language(tmp_path: Path) -> None:
    root, env = _hooked_repo(tmp_path)
    for name, text in SOURCES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    _git(root, env, "add", "-A")
    report = _check_staged(root, env)
    skipped = {f["location"]["path"]: f["message"] for f in _by_rule(report, "INPUT006")}
    assert set(skipped) == set(SOURCES)
    assert all(m.startswith("skipped: source code") and "comments" in m for m in skipped.values())
    assert not _by_rule(report, "INPUT001")
    done = _git(root, env, "commit", "-m", "code")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "src/main.rs" in _git(root, env, "show", "--name-only", "HEAD").stdout


def test_plain_text_of_an_unknown_type_is_read_as_text_not_refused(tmp_path: Path) -> None:
    root, env = _hooked_repo(tmp_path)
    # A Justfile (a build file by name), a .rst page and a NOTES file without suffix: plain UTF-8.
    (root / "Justfile").write_text("build:\n    cargo build --release\n")
    (root / "docs").mkdir()
    (root / "docs" / "usage.rst").write_text("Usage\n=====\n\nRun the tool on a folder.\n")
    _git(root, env, "add", "-A")
    report = _check_staged(root, env)
    formats = {i["path"]: i["format"] for i in report["inputs"]}
    assert formats == {"Justfile": "skipped", "docs/usage.rst": "generic"}
    assert not _by_rule(report, "INPUT001")
    done = _git(root, env, "commit", "-m", "docs")
    assert done.returncode == 0, done.stdout + done.stderr
    # Read, so a leak in such a file is found and the commit stopped (its words were checked).
    (root / "NOTES").write_text("Reminder: mail ruth.ackroyd@gmail.com about the release.\n")
    _git(root, env, "add", "NOTES")
    report = _check_staged(root, env)
    assert [f["location"]["path"] for f in _by_rule(report, "SELF001")] == ["NOTES"]
    done = _git(root, env, "commit", "-m", "notes")
    assert done.returncode != 0 and "SELF001" in done.stdout + done.stderr


def test_plain_text_is_read_in_the_working_tree_too(tmp_path: Path) -> None:
    notes = tmp_path / "TODO"
    notes.write_text("I work at Acme Logistics in Gdansk.\n")
    code = tmp_path / "main.rs"
    code.write_text("fn main() {}\n")
    result = CliRunner().invoke(app, ["check", str(notes), str(code), "-f", "json", "-q"])
    report = json.loads(result.stdout)
    assert {i["path"]: i["format"] for i in report["inputs"]} == {str(notes): "generic", str(code): "skipped"}
    assert any(f["rule"] == "SELF011" for f in report["findings"])


def test_binary_of_an_unknown_type_still_fails_closed(tmp_path: Path) -> None:
    """Guard: what is not text and not listed is not read, so it is not passed."""
    root, env = _hooked_repo(tmp_path)
    (root / "blob.bin2").write_bytes(bytes(range(256)) * 8)
    (root / "README.md").write_text("# kestrel-cli\n\nA small tool, now with a blob.\n")
    _git(root, env, "add", "-A")
    report = _check_staged(root, env)
    assert [f["severity"] for f in _by_rule(report, "INPUT001")] == ["medium"]
    assert _git(root, env, "commit", "-m", "blob").returncode != 0


# -- walk16 item 11: the identity and clock the commit will carry -------------------------

def test_the_hook_stops_a_commit_under_a_work_address_and_a_local_clock(tmp_path: Path) -> None:
    root, env = _hooked_repo(tmp_path)
    (root / "src").mkdir()
    (root / "src" / "main.rs").write_text(SOURCES["src/main.rs"])
    _git(root, env, "add", "-A")
    real = {**env, **REAL}
    report = _check_staged(root, real)
    (address,) = _by_rule(report, "SELF003")
    assert address["severity"] == "high" and address["clue"]["value"] == "tomasz.nowak@acme-logistics.pl"
    assert "authored and committed as Tomasz Nowak" in address["message"]
    (employer,) = _by_rule(report, "SELF005")
    assert employer["severity"] == "high" and employer["clue"] == {"kind": "employer",
                                                                   "value": "acme-logistics.pl"}
    (clock,) = _by_rule(report, "TIME007")
    assert clock["severity"] == "high" and clock["clue"]["value"] in ("UTC+01:00", "UTC+02:00")
    assert "TZ=UTC" in clock["advice"]
    head = _git(root, env, "rev-parse", "HEAD").stdout
    done = _git(root, real, "commit", "-m", "code")
    assert done.returncode != 0 and "SELF003" in done.stdout + done.stderr
    assert _git(root, env, "rev-parse", "HEAD").stdout == head
    # `git commit --author` and `--date` reach the hook as GIT_AUTHOR_*: read too.
    done = _git(root, env, "commit", "-m", "code", "--author",
                "Tomasz Nowak <tomasz.nowak@acme-logistics.pl>", "--date", "2026-11-30T10:00:00+05:30")
    assert done.returncode != 0 and "SELF005" in done.stdout + done.stderr
    assert "UTC+05:30" in done.stdout + done.stderr
    # The same change under the pseudonym's private address on a UTC clock is committed.
    done = _git(root, env, "commit", "-m", "code")
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_identity_the_history_already_carries_is_said_and_lowered(tmp_path: Path) -> None:
    root, _ = _hooked_repo(tmp_path, REAL)
    real = _env(tmp_path, REAL)
    (root / "a.py").write_text("print(1)\n")
    _git(root, real, "add", "-A")
    report = _check_staged(root, real)
    (address,) = _by_rule(report, "SELF003")
    assert address["severity"] == "low" and "already carries this address on 1 commit" in address["message"]
    (clock,) = _by_rule(report, "TIME007")
    assert clock["severity"] == "low"
    assert _git(root, real, "commit", "-m", "more").returncode == 0


def test_a_stray_real_identity_in_a_pseudonyms_history_is_lowered_one_step_only(tmp_path: Path) -> None:
    """walk16's repository: the real name on a few commits of a pseudonym's history. One more commit
    under it adds to what links the two: medium, still stopped by the hook."""
    root, env = _hooked_repo(tmp_path)
    real = _env(tmp_path, REAL)
    for number, who in enumerate((env, env, real)):
        (root / f"n{number}.py").write_text(f"print({number})\n")
        _git(root, who, "add", "-A")
        assert _git(root, who, "-c", "core.hooksPath=/dev/null", "commit", "-qm", str(number)).returncode == 0
    (root / "more.py").write_text("print(4)\n")
    _git(root, real, "add", "-A")
    report = _check_staged(root, real)
    (address,) = _by_rule(report, "SELF003")
    assert address["severity"] == "medium" and "on 1 of 4 commits" in address["message"]
    assert [f["severity"] for f in _by_rule(report, "SELF005")] == ["medium"]
    assert _git(root, real, "commit", "-m", "more").returncode != 0


def test_the_user_config_and_environment_are_what_is_read(tmp_path: Path) -> None:
    """`git var` sees what `git commit` sees: the repository's user.email, overridden by a
    GIT_COMMITTER_EMAIL in the shell."""
    root, env = _hooked_repo(tmp_path)
    plain = {k: v for k, v in env.items() if not k.startswith(("GIT_AUTHOR", "GIT_COMMITTER"))}
    _git(root, plain, "config", "user.name", "kestrel")
    _git(root, plain, "config", "user.email", "kestrel@posteo.net")
    (root / "a.py").write_text("print(1)\n")
    _git(root, plain, "add", "-A")
    report = _check_staged(root, plain)
    assert [f["clue"]["value"] for f in _by_rule(report, "SELF003")] == ["kestrel@posteo.net"]
    assert not _by_rule(report, "SELF005")  # a free mail service names no employer
    report = _check_staged(root, {**plain, "GIT_COMMITTER_EMAIL": "k@uni-leeds.ac.uk"})
    records = {f["clue"]["value"]: f["location"]["record"] for f in _by_rule(report, "SELF003")}
    assert records == {"kestrel@posteo.net": "author", "k@uni-leeds.ac.uk": "committer"}
    assert [f["clue"]["kind"] for f in _by_rule(report, "SELF005")] == ["education"]


def test_a_private_address_never_fails_the_commit(tmp_path: Path) -> None:
    root, env = _hooked_repo(tmp_path)
    named = {**env, "GIT_AUTHOR_NAME": "Tomasz Nowak", "GIT_COMMITTER_NAME": "Tomasz Nowak"}
    (root / "a.py").write_text("print(1)\n")
    _git(root, named, "add", "-A")
    report = _check_staged(root, named)
    (name,) = _by_rule(report, "SELF004")
    assert name["severity"] == "low" and name["confidence"] == "low" and "pen name" in name["message"]
    assert not _by_rule(report, "SELF003") and not _by_rule(report, "TIME007")
    assert _git(root, named, "commit", "-m", "more").returncode == 0


def test_identity_findings_are_masked_under_redact(tmp_path: Path) -> None:
    root, env = _hooked_repo(tmp_path)
    (root / "a.py").write_text("print(1)\n")
    _git(root, env, "add", "-A")
    command = [sys.executable, "-m", "nymaudit", "check", "--staged", "--redact"]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, env={**env, **REAL}, timeout=120)
    assert done.returncode == 1 and "SELF003" in done.stdout
    assert "nowak" not in done.stdout.lower() and "acme" not in done.stdout.lower()


# -- red16 F9: baseline wording and a byte-order mark ----------------------------------

def test_baseline_add_names_no_output_option(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("# Hi\n\nI live in Leeds and write to ruth.ackroyd@gmail.com.\n")
    base = tmp_path / "b1.json"
    runner = CliRunner()
    assert runner.invoke(app, ["baseline", "create", str(draft), "-o", str(base)]).exit_code == 0
    refused = runner.invoke(app, ["baseline", "add", str(base), str(base)])
    assert refused.exit_code == 2
    assert "--output" not in refused.output and "the baseline this adds to" in refused.output


def test_a_baseline_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("# Hi\n\nI live in Leeds and write to ruth.ackroyd@gmail.com.\n")
    base = tmp_path / "b1.json"
    runner = CliRunner()
    assert runner.invoke(app, ["baseline", "create", str(draft), "-o", str(base)]).exit_code == 0
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + base.read_bytes())
    result = runner.invoke(app, ["check", str(draft), "--baseline", str(bom), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []
    assert runner.invoke(app, ["baseline", "show", str(bom)]).exit_code == 0

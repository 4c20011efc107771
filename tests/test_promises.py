"""The promises that are never traded away, tested on whole CLI runs:
offline, read-only, no post text in logs, no traceback."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from archive_builders import build_jekyll_blog, build_twitter_archive, make_tweet
from conftest import REPO
from nymaudit.cli import demo_root

SECRET_PHRASE = "marmalade heron whispers"

# Runs the CLI with every way out to the network replaced by a tripwire that
# records the attempt and refuses it; the test then asserts nothing tripped.
BLOCKER = r"""
import socket, sys
log = open(sys.argv[1], "a")
def refuse(*args, **kwargs):
    log.write(repr(args)[:200] + "\n"); log.flush()
    raise OSError("network blocked by test")
class NoSocket(socket.socket):
    def connect(self, *a, **k): refuse("connect", *a)
    def connect_ex(self, *a, **k): refuse("connect_ex", *a)
    def sendto(self, *a, **k): refuse("sendto", *a)
socket.socket = NoSocket
socket.create_connection = lambda *a, **k: refuse("create_connection", *a)
socket.getaddrinfo = lambda *a, **k: refuse("getaddrinfo", *a)
sys.argv = ["nymaudit", *sys.argv[2:]]
from nymaudit.cli import main
main()
"""


def tree_digest(root: Path) -> dict[str, str]:
    """Hash of every file, plus modes and mtimes: 'byte-identical and untouched'."""
    digest: dict[str, str] = {}
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*"))
    for path in paths:
        st = path.lstat()
        if path.is_file():
            content = hashlib.sha256(path.read_bytes()).hexdigest()
            digest[str(path)] = f"{content}:{st.st_mode}:{st.st_mtime_ns}"
        else:
            digest[str(path)] = f"dir:{st.st_mode}"
    return digest


def offline_run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    script = tmp_path / "blocked_cli.py"
    script.write_text(BLOCKER)
    attempts = tmp_path / "network-attempts.log"
    attempts.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HTTP", "HTTPS"))}
    env["NO_COLOR"] = "1"
    # a home that does not exist yet: anything written there (a cache) is caught below
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CACHE_HOME"] = str(tmp_path / "home" / ".cache")
    result = subprocess.run(
        [sys.executable, str(script), str(attempts), *args],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )
    return result, attempts.read_text().splitlines()


@pytest.fixture
def account(tmp_path: Path) -> list[Path]:
    start = datetime(2025, 1, 6, 19, 0, tzinfo=UTC)
    tweets = [
        make_tweet(str(5000 + i), start + timedelta(hours=13 * i),
                   f"Day {i}: {SECRET_PHRASE} over the allotment https://t.co/a{i}",
                   urls=[(f"https://t.co/a{i}", f"https://youtu.be/abc{i}?si=Xk2abc123DEFgh")])
        for i in range(80)
    ]
    twitter = build_twitter_archive(tmp_path / "twitter", tweets, zip=True)
    blog = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2025-03-01-first.md", "front": {"title": "First", "date": "2025-03-01 08:15:00 +0100"},
         "body": f"A post about {SECRET_PHRASE}, written near Otley."},
    ])
    return [twitter, blog]


def test_cli_runs_offline_and_writes_nothing_outside_the_report(tmp_path: Path, account: list[Path]) -> None:
    before = {str(p): tree_digest(p) for p in account}
    out = tmp_path / "report.json"
    result, attempts = offline_run(tmp_path, "scan", *map(str, account), "--format", "json",
                                   "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert attempts == [], f"network attempted: {attempts}"
    assert "Traceback" not in result.stderr
    doc = json.loads(out.read_text())
    assert doc["inputs"][0]["posts"] == 80
    assert any(f["rule"].startswith("LINK") for f in doc["findings"]), "links were analysed offline"
    # read-only: inputs byte-identical, untouched, nothing extracted beside them
    assert {str(p): tree_digest(p) for p in account} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["blocked_cli.py", "network-attempts.log", "report.json", "twitter.zip", "blog"])
    assert not (tmp_path / "home").exists(), "nothing may be cached under HOME"


def test_demo_runs_offline_and_leaves_the_demo_untouched(tmp_path: Path) -> None:
    before = tree_digest(demo_root())
    result, attempts = offline_run(tmp_path, "demo", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert attempts == []
    json.loads(result.stdout)
    assert tree_digest(demo_root()) == before


def test_no_post_text_on_stderr(tmp_path: Path, account: list[Path]) -> None:
    for fmt in ("json", "terminal"):
        result = subprocess.run(
            [sys.executable, "-m", "nymaudit", "scan", *map(str, account), "--format", fmt],
            capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"},
        )
        assert result.returncode == 0, result.stderr
        assert SECRET_PHRASE not in result.stderr
        if fmt == "json":
            json.loads(result.stdout)  # stdout holds the JSON document alone


def test_internal_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    # A baseline that is a directory makes reading it fail inside the command.
    draft = tmp_path / "d.md"
    draft.write_text("hello")
    result = subprocess.run(
        [sys.executable, "-m", "nymaudit", "check", str(draft), "--baseline", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

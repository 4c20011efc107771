"""Terminal output off a terminal (2026-11-29, ninth session; walkthrough 9 items 2, 7, 8, 10).

- Records (`where:` lines, the inputs' paths) are never cut: CI's problem matchers read
  `path:line` from one line, and rich cut them at 100 columns when stdout was a pipe.
- Piped output follows COLUMNS; wrapped lines keep a hanging indent and break at spaces only.
- Every format into a closed pipe says the report is incomplete and exits 2 (JSON did not).
- FORCE_COLOR never puts escape codes into a report file.
- The Markdown report puts no invisible character into an e-mail address.

Inputs are built as the platforms build them (tests/archive_builders.py) or are the bundled
demo account. No assertion depends on the length of the temporary path: the paths made
here are longer than 100 characters relative to the folder the command runs in.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_hugo_site, build_jekyll_blog
from nymaudit.cli import app

DRAFTS = "a-rather-long-folder-name-for-the-drafts-of-this-blog-that-ci-checks-out"
DRAFT = "2026-12-03-the-restructure-and-what-it-means-for-us-and-everyone-in-the-team.md"
BODY = ("Working at Bristol City Council is hard since the restructure. Email me at "
        "jane.doe.writes@gmail.com today, or ask @janedoe on the forum.\n")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "NYMAUDIT_FORMAT", "NYMAUDIT_REDACT")}
    env.update(extra)
    return env


def _nymaudit(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The command as CI runs it: stdout and stderr are pipes, not a terminal."""
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=_env(**env),
                          capture_output=True, text=True, timeout=300, check=False)


def _blog_with_draft(tmp_path: Path) -> str:
    """A Jekyll blog in git-checkout form whose draft sits in a long folder; returns the
    draft's path relative to tmp_path, as CI passes it (`git diff --name-only`)."""
    build_jekyll_blog(tmp_path / DRAFTS, [
        {"name": "2026-11-02-hello.md", "front": {"layout": "post", "title": "Hello"},
         "body": "A first post about office life.\n"},
        {"name": DRAFT, "draft_folder": True, "front": {"layout": "post", "title": "The restructure"},
         "body": BODY},
    ])
    relative = f"{DRAFTS}/_drafts/{DRAFT}"
    assert len(relative) > 120
    return relative


def test_check_piped_keeps_path_line_on_one_line(tmp_path):
    draft = _blog_with_draft(tmp_path)
    done = _nymaudit(["check", draft], tmp_path)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    where = [line for line in lines if line.startswith("  where: ")]
    assert where and all(line.startswith(f"  where: {draft}") for line in where)
    # the e-mail's line (the record, the draft's own name, is no longer repeated: 2026-11-30)
    assert any(line == f"  where: {draft}:5" or line.startswith(f"  where: {draft}:5 ") for line in where)
    # The inputs list the path whole, on one line of its own.
    assert f"  {draft}" in lines
    # No token of the path or of the e-mail address is cut anywhere.
    assert "jane.doe.writes@gmail.com" in done.stdout
    for line in lines:
        if not line.startswith("  where: ") and line.strip() != draft:
            assert len(line.rstrip()) <= 100, line
    # COLUMNS wider than the default is followed too: the 'why' line is whole at 200.
    wide = _nymaudit(["check", draft], tmp_path, COLUMNS="200").stdout.splitlines()
    assert any(100 < len(line) <= 200 and line.startswith("  why: ") for line in wide)


def test_piped_output_follows_columns_with_hanging_indents():
    """The demo piped with COLUMNS=60: prose fits in 60 columns and every wrapped line of
    the timing block and the linkage notes is indented; no header or path is cut."""
    done = _nymaudit(["demo"], Path.cwd(), COLUMNS="60")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for line in lines:
        if not line.startswith("  where: ") and not line.startswith("  /"):
            assert len(line.rstrip()) <= 60, line
    linkage = next(i for i, line in enumerate(lines) if line.startswith("Linkage to known writing"))
    assert "…" not in "\n".join(lines[:linkage])  # no header or path cut ("attachmen…")
    start = next(i for i, line in enumerate(lines) if line.startswith("Time zone"))
    block = lines[start + 1: lines.index("", start)]
    assert len(block) >= 5 and all(line.startswith("  ") for line in block)
    zones = next(i for i, line in enumerate(lines) if line.startswith("  likely zones:"))
    assert lines[zones + 1].startswith("    ")  # the zones wrap at 60 columns, hanging
    notes = [i for i, line in enumerate(lines) if line.startswith("  note:")]
    assert notes
    for i in notes:
        following = lines[i + 1]
        assert following == "" or following.startswith("    ") or following.startswith("  note:")
    # The inputs: one record each, the path whole.
    demo = _nymaudit(["demo", "--path"], Path.cwd()).stdout.strip()
    assert f"  {demo}/twitter" in lines and f"  {demo}/blog" in lines


def test_where_lines_are_records_in_cli_runner_too(tmp_path):
    """The same through CliRunner (no descriptor), at the default width and at COLUMNS=60:
    the record stays whole, the prose fits and no line but a heading starts at the margin."""
    draft = _blog_with_draft(tmp_path)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, ["check", draft], env={"NO_COLOR": "1", "COLUMNS": ""})
        narrow = CliRunner().invoke(app, ["check", draft], env={"NO_COLOR": "1", "COLUMNS": "60"})
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    assert any(line.startswith(f"  where: {draft}:") for line in result.stdout.splitlines())
    lines = narrow.stdout.splitlines()
    assert any(line.startswith(f"  where: {draft}:") for line in lines)
    findings = next(i for i, line in enumerate(lines) if line.startswith("HIGH ("))
    for line in lines:
        if not line.startswith("  where: ") and line.strip() != draft:
            assert len(line.rstrip()) <= 60, line
    for line in lines[findings + 1:]:
        # Headings at the margin: a rule, a finding's rule id, the footer.
        assert line == "" or line.startswith("  ") or re.match(
            r"[A-Z]+\d{3} |(CRITICAL|HIGH|MEDIUM|LOW|INFO) \(\d+\) |Why each finding", line), line


def _read_ten_bytes_then_close(args: list[str], cwd: Path) -> tuple[int, str]:
    """A reader that takes 10 bytes and goes away (`| head -c 10`)."""
    proc = subprocess.Popen([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    os.read(proc.stdout.fileno(), 10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return proc.wait(timeout=300), err


@pytest.mark.parametrize("fmt", ["json", "sarif", "markdown"])
def test_every_format_into_a_closed_pipe_says_incomplete(tmp_path, fmt):
    """A report larger than the pipe's buffer: Python's writer dropped the rest in silence
    and exited 0; now one line and exit 2, as the terminal format does."""
    code, err = _read_ten_bytes_then_close(["demo", "-f", fmt], tmp_path)
    assert code == 2
    assert err.strip().splitlines() == [
        "nymaudit: cannot write the output: the reader closed the pipe; it is incomplete"]


def test_check_json_into_a_closed_pipe_exits_2_not_1(tmp_path):
    """check's report cut short: exit 2 (the report is incomplete) beats exit 1 (findings)."""
    build_hugo_site(tmp_path / "site", [
        {"path": f"posts/draft-{i}.md", "front": {"title": f"Draft {i}", "draft": True},
         "body": f"Call me on 0117 496 0{100 + i} or at desk {i}. {BODY}"} for i in range(150)
    ])
    drafts = [f"site/content/posts/draft-{i}.md" for i in range(150)]
    whole = _nymaudit(["check", "-f", "json", *drafts], tmp_path)
    assert whole.returncode == 1 and len(whole.stdout.encode()) > 128 * 1024
    code, err = _read_ten_bytes_then_close(["check", "-f", "json", *drafts], tmp_path)
    assert code == 2
    assert "cannot write the output: the reader closed the pipe; it is incomplete" in err


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "json", "sarif"])
def test_force_color_never_reaches_a_report_file(tmp_path, fmt):
    draft = _blog_with_draft(tmp_path)
    out = tmp_path / f"report.{fmt}"
    done = _nymaudit(["scan", "-q", "-f", fmt, "-o", str(out), DRAFTS], tmp_path, FORCE_COLOR="1")
    assert done.returncode in (0, 1), done.stderr
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert draft.rsplit("/", 1)[1] in text or fmt == "sarif"
    if fmt == "terminal":
        # stdout itself is still coloured when FORCE_COLOR asks for it.
        piped = _nymaudit(["check", draft], tmp_path, FORCE_COLOR="1")
        assert "\x1b[" in piped.stdout


def test_force_color_never_reaches_a_meta_report_file(tmp_path):
    demo = _nymaudit(["demo", "--path"], tmp_path).stdout.strip()
    out = tmp_path / "meta.txt"
    done = _nymaudit(["meta", f"{demo}/blog", "-o", str(out)], tmp_path, FORCE_COLOR="1")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "IDENTIFYING" in text and "\x1b" not in text


def test_markdown_email_has_no_hidden_character_and_mentions_are_code(tmp_path):
    _blog_with_draft(tmp_path)
    done = _nymaudit(["scan", "-f", "markdown", DRAFTS], tmp_path)
    assert "\u2060" not in done.stdout
    assert "jane.doe.writes@gmail.com" in done.stdout
    # A handle GitHub would ping is a code span: rendered as is, linked to no one.
    assert "`@janedoe`" in done.stdout and " @janedoe" not in done.stdout

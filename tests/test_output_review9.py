"""Review rev9b items 4, 5 and 6 (2026-11-29, ninth session).

- 4: `meta --redact` left the folder and file names of files without findings readable
  ("***/Maria Gonzalez/Clifton flat/Maria_Gonzalez_CV.pdf"), and "passport" beside masked
  name words: every word of every path is masked now (platform and layout words, numbers and
  extensions kept), in the terminal, JSON and --output.
- 5: the Markdown report's code spans for @handles and #refs cut URLs
  ("https://intranet.`acme.example/faq#3`") and fediverse handles ("`@user`@host") and took a
  sentence's full stop into the span.
- 6: the header panel's title was cut at COLUMNS=40 in a pipe ("overall risk: MEDIU─╮").

Inputs: real files (a PNG and a JPEG with EXIF made with PIL and piexif, a PDF that is not one,
a text file) in folders named as an adviser names them, and a Jekyll blog built with
tests/archive_builders.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog
from nymaudit.cli import app
from nymaudit.report.markdown import md

NAMES = ("Maria", "Gonzalez", "Clifton", "Elm Road", "passport")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def _jpeg() -> bytes:
    exif = {"0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS 80D",
                    piexif.ImageIFD.Artist: b"Maria Gonzalez"},
            "Exif": {piexif.ExifIFD.BodySerialNumber: b"XK4412987"}}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 30)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """rev9b's mkclean.py and mkphotos.py in one tree: files with no findings (a clean PNG,
    an unreadable PDF, a text file) and a photo with findings, under the person's name."""
    flat = tmp_path / "in2" / "Maria Gonzalez" / "Clifton flat"
    flat.mkdir(parents=True)
    (flat / "Maria_Gonzalez_CV.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    (flat / "clean.png").write_bytes(_png())
    (flat / "notes about Elm Road.txt").write_text("Some notes.\n")
    (tmp_path / "in2" / "gonzalez-family.png").write_bytes(_png())
    (flat / "maria_gonzalez_passport.jpg").write_bytes(_jpeg())
    monkeypatch.chdir(tmp_path)
    return Path("in2")


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def _leaks(text: str) -> list[str]:
    return [name for name in NAMES if name.casefold() in text.casefold()]


def test_meta_redact_masks_every_folder_and_file_name(folder: Path, tmp_path: Path) -> None:
    terminal = _run("meta", "--redact", str(folder))
    assert _leaks(terminal) == [], terminal
    assert "UNREADABLE" in terminal and "CLEAN" in terminal and "IDENTIFYING" in terminal
    document = json.loads(_run("meta", "--redact", "-f", "json", str(folder)))
    assert _leaks(json.dumps(document)) == []
    paths = sorted(f["path"] for f in document["files"])
    # Extensions (the kind of file) and platform/layout words ("notes") stay readable.
    assert any(p.endswith(".pdf") for p in paths) and any(p.endswith(".jpg") for p in paths)
    assert any(p.endswith(".txt") and "notes " in p for p in paths)
    assert all(p.startswith("***/") for p in paths), paths
    out = tmp_path / "meta.json"
    _run("meta", "--redact", "-f", "json", str(folder), "-o", str(out))
    assert _leaks(out.read_text(encoding="utf-8")) == []
    # Unredacted, the paths are as they are on disk.
    plain = json.loads(_run("meta", "-f", "json", str(folder)))
    assert any("Maria Gonzalez/Clifton flat/clean.png" in f["path"] for f in plain["files"])


def _blog(tmp_path: Path) -> Path:
    """rev9b's mkmdblog.py: a post with profile URLs, a handle, and an intranet FAQ link."""
    site = tmp_path / "mdblog"
    build_jekyll_blog(site, [{
        "name": "2024-03-02-links.md", "front": {"title": "Links", "date": "2024-03-02 21:10:00 +0000"},
        "body": "My other account is https://mastodon.social/@quiet_pen_irl and I also post at "
                "https://medium.com/@quietpen/first-post-1. The rota FAQ is at "
                "https://intranet.acme.internal/faq#3 if you can reach it.\n"}])
    return site


def test_markdown_leaves_urls_whole_and_a_fediverse_handle_one_span(tmp_path: Path) -> None:
    site = _blog(tmp_path)
    report = CliRunner().invoke(app, ["scan", "-f", "markdown", str(site)], env={"NO_COLOR": "1"},
                                catch_exceptions=False).output
    assert "`@quiet_pen_irl@mastodon.social`" in report
    assert "https://intranet.acme.internal/faq#3 " in report
    assert "https://mastodon.social/@quiet_pen_irl " in report
    assert "https://medium.com/@quietpen/first-post-" in report
    for url in re.findall(r"https?://\S+", report):
        assert "`" not in url, url


@pytest.mark.parametrize(("text", "shown"), [
    ("https://example.com/page#42", "https://example.com/page#42"),
    ("see https://intranet.acme.example/faq#3.", "see https://intranet.acme.example/faq#3."),
    ("I am @quiet_pen_irl@mastodon.social.", "I am `@quiet_pen_irl@mastodon.social`."),
    ("ping @alice, @org/team. and #12, foo/bar#3.", "ping `@alice`, `@org/team`. and `#12`, `foo/bar#3`."),
    ("mail me at a.b@example.com", "mail me at a.b@example.com"),
    ("a table | https://x.org/a|b", "a table \\| https://x.org/a\\|b"),
])
def test_markdown_spans_stop_at_urls_handles_and_punctuation(text: str, shown: str) -> None:
    assert md(text) == shown


def test_header_never_cuts_the_risk_word(tmp_path: Path) -> None:
    site = _blog(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "COLUMNS")}
    for columns in ("30", "40", "41", "60"):
        done = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(site)], cwd=tmp_path,
                              env={**env, "COLUMNS": columns}, capture_output=True, text=True,
                              timeout=300, check=False)
        head = "\n".join(done.stdout.splitlines()[:3])
        assert re.search(r"risk: (NONE|LOW|MEDIUM|HIGH|CRITICAL)\b", head), (columns, head)
        assert all(len(line) <= int(columns) for line in done.stdout.splitlines()[:3])

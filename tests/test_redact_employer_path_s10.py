"""A platform's name is kept readable in paths ("facebook-2024.zip" names no one), but not when
an employer clue names it: "_posts/2025-02-03-leaving-facebook.md" beside a masked SELF011
"I worked for Facebook" gave the employer away (rfix10's note, 2026-11-29, tenth session)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app


def _site(root: Path, body: str) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\n")
    (root / "_posts" / "2025-02-03-leaving-facebook.md").write_text(
        f"---\ntitle: Leaving\ndate: 2025-02-03 10:00:00 +0000\n---\n\n{body}\n")
    return root


def _scan(root: Path, fmt: str) -> str:
    result = CliRunner().invoke(app, ["scan", str(root), "--redact", "-f", fmt],
                                env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_an_employer_platform_is_masked_in_the_post_s_name(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "I worked for Facebook for six years as an engineer; now I am leaving.")
    doc = json.loads(_scan(root, "json"))
    assert any(f["rule"] == "SELF011" for f in doc["findings"])
    for fmt in ("json", "terminal", "markdown", "sarif"):
        assert "facebook" not in _scan(root, fmt).casefold(), fmt


def test_a_platform_no_finding_names_as_employer_stays_readable(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "Deleting my account on that site today, after years of scrolling.")
    doc = json.loads(_scan(root, "json"))
    assert not any(f["rule"] == "SELF011" for f in doc["findings"])
    paths = {f["location"]["path"] for f in doc["findings"]}
    assert any(p.endswith("-facebook.md") for p in paths), paths

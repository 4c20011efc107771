"""The lead's fixes of the sixteenth session (2026-11-30)."""

from __future__ import annotations

import json
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

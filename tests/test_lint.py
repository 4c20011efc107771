"""`ruff check` is part of the test run, so style drift fails CI like a bug."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import REPO


def test_ruff_clean() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    result = subprocess.run([ruff, "check", "src", "tests"], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:]


def test_no_unsafe_or_networked_calls_in_src() -> None:
    """The promises, checked the way the before-stop hook checks them."""
    import re

    bad = re.compile(
        r"^\s*(import|from)\s+(socket|requests|httpx|urllib3|aiohttp|http\.client|urllib\.request)\b"
        r"|tldextract\.extract\(|TLDExtract\(\s*\)"
        r"|\b(pickle\.loads?|marshal\.loads?|eval|exec)\(|yaml\.load\(|shell=True"
        r"|xml\.etree\.ElementTree|from xml\.dom",
        re.M,
    )
    offenders = []
    for path in (REPO / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in bad.finditer(text):
            line = text[: m.start()].count("\n") + 1
            if "defusedxml" not in text.splitlines()[line - 1]:
                offenders.append(f"{path.relative_to(REPO)}:{line}: {m.group(0).strip()}")
    assert not offenders, offenders

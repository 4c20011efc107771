"""`ruff check` is part of the test run, so style drift fails CI like a bug."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import REPO


def test_ruff_clean() -> None:
    # The venv's own ruff first: a venv's python run without activating the venv has
    # the venv's bin/ off PATH, and that must not turn this check into a skip.
    if importlib.util.find_spec("ruff") is not None:
        command = [sys.executable, "-m", "ruff"]
    elif (ruff := shutil.which("ruff")) is not None:
        command = [ruff]
    else:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    result = subprocess.run([*command, "check", "src", "tests"], cwd=REPO, capture_output=True,
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

"""Golden files: one fixed Report rendered in every file format.

A renderer change shows up as a diff of tests/fixtures/golden/report.*; when the
change is intended, regenerate with ``NYMAUDIT_REGEN_GOLDEN=1 pytest
tests/test_report_golden.py`` and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from _report_samples import sample_report
from nymaudit.report import common, html, json_report, markdown, sarif
from nymaudit.rules import RuleSet

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
REGENERATE = os.environ.get("NYMAUDIT_REGEN_GOLDEN") == "1"
RENDERERS = {
    "report.json": json_report.render,
    "report.md": markdown.render,
    "report.html": html.render,
    # A base folder that cannot exist, so no path depends on where the tests run.
    "report.sarif": lambda report: sarif.render(report, base_dir="/nonexistent-base"),
    "report-redacted.md": markdown.render,
}


@pytest.fixture(autouse=True)
def no_installed_rules(monkeypatch):
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([]))


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_golden(name):
    report = sample_report(redacted="redacted" in name)
    produced = RENDERERS[name](report)
    path = GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(produced, encoding="utf-8", newline="\n")
    if not path.is_file():
        pytest.fail(f"{path} missing: run with NYMAUDIT_REGEN_GOLDEN=1 to create it")
    expected = path.read_text(encoding="utf-8")
    assert produced == expected, f"{name} differs from its golden file"


def test_rendering_is_deterministic():
    for render in RENDERERS.values():
        assert render(sample_report()) == render(sample_report())


def test_golden_json_is_the_document():
    doc = json.loads((GOLDEN / "report.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "nymaudit.report/1"

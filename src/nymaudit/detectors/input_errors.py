"""INPUT001: every input error becomes a finding, so it shows in every format
(SARIF and Markdown readers see it too, not only the JSON inputs list)."""

from __future__ import annotations

from nymaudit.detectors import ScanContext
from nymaudit.model import DetectorResult, Origin
from nymaudit.rules import Rule, rule


def detect(ctx: ScanContext) -> DetectorResult:
    found = rule("INPUT001")
    result = DetectorResult()
    for summary in ctx.corpus.inputs:
        for error in summary.errors:
            result.findings.append(
                found.finding(
                    f"{error.error} ({summary.format} input)",
                    evidence="",
                    location=Origin(error.path),
                )
            )
    return result


def rule_example(rule_: Rule, example: str) -> bool:
    """An input error is reported whenever there is an error message."""
    return bool(example.strip())

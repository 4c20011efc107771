"""The ``nymaudit.report/1`` JSON document (DESIGN.md, "JSON contract").

``to_dict`` builds the document, ``render`` serialises it. The JSON Schema that
every produced document must validate against ships in the package as
``nymaudit/schemas/report.schema.json`` (``schema_path("report")``).

Top-level keys, in order: schema, tool, inputs, summary, profile, findings,
timing; then any other detector section (``style``, ``linkage``, ...) under its
own name, only when a detector produced it; then ``redacted: true`` only when
the report was masked with ``--redact``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nymaudit.model import Report
from nymaudit.report.common import dumps_json, jsonable, overall_risk, sorted_findings
from nymaudit.report.redact import redact_report

SCHEMA_ID = "nymaudit.report/1"
TOOL_NAME = "nymaudit"
CONTRACT_KEYS = ("schema", "tool", "inputs", "summary", "profile", "findings", "timing")
_RESERVED = frozenset(CONTRACT_KEYS) | {"redacted"}


def schema_path(name: str) -> Path:
    """Path of a shipped JSON Schema: "report", "meta" or "compare"."""
    return Path(__file__).resolve().parent.parent / "schemas" / f"{name}.schema.json"


def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def to_dict(report: Report) -> dict[str, Any]:
    view = redact_report(report)
    document: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "tool": {"name": TOOL_NAME, "version": view.tool_version},
        "inputs": [summary.as_dict() for summary in view.inputs],
        "summary": {
            "risk": overall_risk(view),
            "findings_by_severity": view.counts_by_severity(),
            "anonymity_bits": jsonable(view.anonymity_bits),
            "anonymity_set": jsonable(view.anonymity_set),
        },
        "profile": jsonable(view.profile) if isinstance(view.profile, dict) else {},
        "findings": [f.as_dict() for f in sorted_findings(view.findings)],
        "timing": jsonable(view.sections.get("timing")),
    }
    for name, section in view.sections.items():
        # A detector section never overwrites a contract key.
        if name in _RESERVED or not isinstance(name, str) or not name:
            continue
        document[name] = jsonable(section)
    if view.redacted:
        document["redacted"] = True
    return document


def render(report: Report) -> str:
    """The document as text: indented, UTF-8 kept readable (bidi and invisible
    characters escaped), newline-terminated."""
    return dumps_json(to_dict(report))

"""Clues -> a dossier: what an investigator would write down about the writer.

This first version adds the clues up by kind (values, how often, which rules);
the anonymity-set estimate belongs to the dossier work and stays null until then.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from nymaudit.model import CLUE_KINDS, Finding


def build_profile(findings: list[Finding]) -> dict[str, Any]:
    """Raw values: renderers mask them when the report is redacted."""
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for f in findings:
        if f.clue is None:
            continue
        entry = grouped[f.clue.kind].setdefault(
            f.clue.value.casefold(),
            {"value": f.clue.value, "findings": 0, "rules": set(), "max_severity": f.severity},
        )
        entry["findings"] += f.clue.count
        entry["rules"].add(f.rule)
        entry["max_severity"] = max(entry["max_severity"], f.severity)
    clues: dict[str, list[dict[str, Any]]] = {}
    for kind in CLUE_KINDS:
        if kind not in grouped:
            continue
        entries = sorted(grouped[kind].values(), key=lambda e: (-e["max_severity"], -e["findings"]))
        clues[kind] = [
            {
                "value": e["value"],
                "findings": e["findings"],
                "rules": sorted(e["rules"]),
                "severity": e["max_severity"].label,
            }
            for e in entries
        ]
    return {"clue_kinds": len(clues), "clues": clues}

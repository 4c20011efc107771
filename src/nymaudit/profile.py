"""Clues -> a dossier: what an investigator would write down about the writer.

This first version adds the clues up by kind (values, how often, which rules);
the anonymity-set estimate belongs to the dossier work and stays null until then.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from nymaudit.model import CLUE_KINDS, Finding

# Rules whose clue is a list of several clues ("'always thought that', semicolons,
# 'luminous'": the habits MATCH002 finds shared with a known writer).
LIST_CLUE_RULES = frozenset({"MATCH002"})


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
    for entries in grouped.values():
        _fold_into_lists(entries)
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


def _fold_into_lists(entries: dict[str, dict[str, Any]]) -> None:
    """A clue that a list clue of the same kind already names is shown once, in the
    list, with its rules and count: the dossier read "semicolons, 'luminous', semicolons"
    when STYLE012 and MATCH002 both gave it (walkthrough 9)."""
    lists = [e for e in entries.values() if e["rules"] & LIST_CLUE_RULES]
    if not lists:
        return
    for key, entry in list(entries.items()):
        if entry["rules"] & LIST_CLUE_RULES:
            continue
        target = next((e for e in lists if _names_item(e["value"], entry["value"])), None)
        if target is None:
            continue
        target["findings"] += entry["findings"]
        target["rules"] |= entry["rules"]
        target["max_severity"] = max(target["max_severity"], entry["max_severity"])
        del entries[key]


def _names_item(listing: str, value: str) -> bool:
    """Whether ``value`` is a whole item of a ", "-joined list."""
    def bare(text: str) -> str:  # a phrase is quoted in the list, not in its own clue
        return text.strip().strip("'\"‘’“”").casefold()

    return bare(value) in {bare(item) for item in listing.split(", ")}

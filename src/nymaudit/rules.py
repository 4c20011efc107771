"""Rules and word lists are data: ``heuristics/*.toml``.

Each file may hold ``[[rule]]`` tables (one finding type each, with the examples that
must and must not match) and any other tables a detector reads as data (word lists,
priors). Installed wheels carry the folder as ``nymaudit/heuristics``; a source
checkout (editable install, tests) reads the top-level ``heuristics/`` folder.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from nymaudit.model import (
    CATEGORIES,
    CLUE_KINDS,
    Clue,
    Confidence,
    Finding,
    Origin,
    Severity,
)

RULE_ID = re.compile(r"^(TIME|META|PLACE|LINK|SELF|STYLE|MATCH|WATCH|INPUT)\d{3}$")
REQUIRED_FIELDS = ("id", "title", "finds", "category", "severity", "confidence", "why", "advice")
# Optional fields the rule pages show: when a detector raises or lowers the severity.
OPTIONAL_TEXT = ("severity_note",)
FLAG_LETTERS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class RuleError(Exception):
    """A rule file is malformed: a packaging or editing mistake, not user input."""


def heuristics_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "heuristics"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "heuristics"
    if checkout.is_dir():
        return checkout
    raise RuleError("heuristics folder not found: the installation is incomplete")


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    category: str
    severity: Severity
    confidence: Confidence
    why: str
    advice: str
    source_file: str
    finds: str = ""  # what the rule looks for and where (facts and fields), for the rule page
    severity_note: str | None = None  # when a detector raises or lowers the severity
    pattern: str | None = None
    flags: str = ""
    clue_kind: str | None = None
    matcher: str | None = None  # "module:function" for rules no single regex expresses
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    # A case written in the tests' notation ("zone=Asia/Kolkata days=200") with what it
    # stands for in words, for the rule page; the case itself stays what the tests run.
    example_says: dict[str, str] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # any other keys of the table

    @property
    def family(self) -> str:
        return self.id.rstrip("0123456789")

    @property
    def regex(self) -> re.Pattern[str] | None:
        return _compile(self.pattern, self.flags) if self.pattern else None

    def finding(
        self,
        message: str,
        evidence: str,
        location: Origin,
        *,
        clue_value: str | None = None,
        clue_kind: str | None = None,
        severity: Severity | str | None = None,
        confidence: Confidence | str | None = None,
        advice: str | None = None,
    ) -> Finding:
        """Build a Finding carrying this rule's fields; detectors may raise or lower
        severity and confidence for the case at hand."""
        kind = clue_kind or self.clue_kind
        clue = Clue(kind, clue_value) if (kind and clue_value) else None
        return Finding(
            rule=self.id,
            category=self.category,
            severity=Severity.parse(severity) if severity is not None else self.severity,
            confidence=Confidence.parse(confidence) if confidence is not None else self.confidence,
            title=self.title,
            message=message,
            evidence=evidence,
            location=location,
            advice=advice or self.advice,
            clue=clue,
        )

    def example_matches(self, example: str) -> bool:
        """Run one example through the rule's matcher (a regex or a named function)."""
        if self.matcher:
            return bool(_resolve(self.matcher)(self, example))
        regex = self.regex
        if regex is None:
            raise RuleError(f"{self.id}: no pattern and no matcher to run its examples")
        return regex.search(example) is not None


@cache
def _compile(pattern: str, flags: str) -> re.Pattern[str]:
    value = 0
    for letter in flags:
        value |= FLAG_LETTERS[letter]
    return re.compile(pattern, value)


@cache
def _resolve(spec: str) -> Callable[[Rule, str], bool]:
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def _examples(items: Any, source: str, rule_id: str, says: dict[str, str]) -> tuple[str, ...]:
    """Examples are strings, or ``{ case = "...", says = "..." }`` when the case is in a
    notation a reader would not follow."""
    cases: list[str] = []
    for item in items or ():
        if isinstance(item, str):
            cases.append(item)
        elif isinstance(item, dict) and isinstance(item.get("case"), str) and item.get("says"):
            cases.append(item["case"])
            says[item["case"]] = str(item["says"]).strip()
        else:
            raise RuleError(f"{source}: {rule_id}: an example is a string or {{case, says}}, got {item!r}")
    return tuple(cases)


def _parse_rule(table: dict[str, Any], source: str) -> Rule:
    missing = [k for k in REQUIRED_FIELDS if not table.get(k)]
    if missing:
        raise RuleError(f"{source}: rule {table.get('id', '?')} lacks {', '.join(missing)}")
    rule_id = table["id"]
    if not RULE_ID.match(rule_id):
        raise RuleError(f"{source}: bad rule id {rule_id!r}")
    if table["category"] not in CATEGORIES:
        raise RuleError(f"{source}: {rule_id} has unknown category {table['category']!r}")
    clue_kind = table.get("clue_kind")
    if clue_kind is not None and clue_kind not in CLUE_KINDS:
        raise RuleError(f"{source}: {rule_id} has unknown clue_kind {clue_kind!r}")
    flags = table.get("flags", "")
    if any(ch not in FLAG_LETTERS for ch in flags):
        raise RuleError(f"{source}: {rule_id} has unknown regex flags {flags!r}")
    finds = " ".join(str(table["finds"]).split())
    if finds.rstrip(".").casefold() == " ".join(table["title"].split()).rstrip(".").casefold():
        raise RuleError(f"{source}: {rule_id}: `finds` repeats the title; say what it looks for and where")
    examples = table.get("examples", {})
    says: dict[str, str] = {}
    examples_match = _examples(examples.get("match"), source, rule_id, says)
    examples_no_match = _examples(examples.get("no_match"), source, rule_id, says)
    known = {*REQUIRED_FIELDS, *OPTIONAL_TEXT, "pattern", "flags", "clue_kind", "matcher", "examples"}
    try:
        return Rule(
            id=rule_id,
            title=table["title"],
            category=table["category"],
            severity=Severity.parse(table["severity"]),
            confidence=Confidence.parse(table["confidence"]),
            why=table["why"].strip(),
            advice=table["advice"].strip(),
            source_file=source,
            finds=finds,
            severity_note=" ".join(table["severity_note"].split()) if table.get("severity_note") else None,
            pattern=table.get("pattern"),
            flags=flags,
            clue_kind=clue_kind,
            matcher=table.get("matcher"),
            examples_match=examples_match,
            examples_no_match=examples_no_match,
            example_says=says,
            data={k: v for k, v in table.items() if k not in known},
        )
    except ValueError as exc:
        raise RuleError(f"{source}: {rule_id}: {exc}") from exc


@cache
def load_file(name: str) -> dict[str, Any]:
    """The whole parsed TOML of ``heuristics/<name>.toml`` (for word lists and priors)."""
    path = heuristics_dir() / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path.name}: {exc}") from exc


class RuleSet:
    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.id in self._rules:
                raise RuleError(f"duplicate rule id {rule.id}")
            self._rules[rule.id] = rule

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def get(self, rule_id: str) -> Rule | None:
        return self._rules.get(rule_id.upper())

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(self._rules.values(), key=lambda r: r.id))

    def __len__(self) -> int:
        return len(self._rules)


@cache
def rules_in(name: str) -> tuple[Rule, ...]:
    """The rules of one file, ``heuristics/<name>.toml``: commands that need only
    their own family (``meta``) skip parsing the large word lists of the others."""
    return tuple(_parse_rule(table, f"{name}.toml") for table in load_file(name).get("rule", []))


@cache
def load_rules() -> RuleSet:
    rules: list[Rule] = []
    for path in sorted(heuristics_dir().glob("*.toml")):
        rules.extend(rules_in(path.stem))
    return RuleSet(rules)


def rule(rule_id: str) -> Rule:
    """Shortcut for detectors: ``rule("LINK003").finding(...)``."""
    return load_rules()[rule_id]

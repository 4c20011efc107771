"""Every rule in heuristics/ is complete, and every example it ships runs."""

from __future__ import annotations

import re
import tomllib

import pytest

from nymaudit.model import CATEGORIES, CLUE_KINDS
from nymaudit.rules import RULE_ID, heuristics_dir, load_rules

RULES = list(load_rules())


def test_rules_exist_and_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert {"META001", "SELF001", "SELF002", "INPUT001"} <= set(ids)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_fields(rule) -> None:  # type: ignore[no-untyped-def]
    assert RULE_ID.match(rule.id)
    assert rule.category in CATEGORIES
    assert rule.clue_kind is None or rule.clue_kind in CLUE_KINDS
    assert len(rule.why) > 40, "why should say what an investigator does with it"
    assert len(rule.advice) > 20
    assert rule.examples_match, "every rule ships examples that must match"
    assert rule.examples_no_match, "every rule ships examples that must not match"
    assert rule.pattern or rule.matcher


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.examples_match],
    ids=lambda v: v.id if hasattr(v, "id") else str(v)[:30],
)
def test_match_examples(rule, example) -> None:  # type: ignore[no-untyped-def]
    assert rule.example_matches(example), f"{rule.id} should match {example!r}"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.examples_no_match],
    ids=lambda v: v.id if hasattr(v, "id") else str(v)[:30],
)
def test_no_match_examples(rule, example) -> None:  # type: ignore[no-untyped-def]
    assert not rule.example_matches(example), f"{rule.id} should not match {example!r}"


def test_patterns_compile_and_resist_backtracking() -> None:
    # A long run of the characters patterns care about must not take long: each
    # regex is tried against 200 kB of hostile text.
    hostile = ("a" * 20 + "@" + "1" * 20 + "." + " +44 " + "0" * 30 + "/" + "-" * 20) * 1500
    for rule in RULES:
        if rule.regex is None:
            continue
        assert isinstance(rule.regex, re.Pattern)
        rule.regex.search(hostile[:200_000])


def test_every_rule_file_parses_on_its_own() -> None:
    for path in heuristics_dir().glob("*.toml"):
        with path.open("rb") as fh:
            tomllib.load(fh)

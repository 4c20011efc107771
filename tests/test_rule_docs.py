"""docs/rules/ holds one page per rule, in step with heuristics/."""

from __future__ import annotations

import importlib.util

from conftest import REPO


def test_rule_pages_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("build_rule_docs", REPO / "tests/tools/build_rule_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = REPO / "docs" / "rules"
    expected = module.expected()
    actual = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.md")}
    stale = sorted(n for n in expected if actual.get(n) != expected[n])
    extra = sorted(set(actual) - set(expected))
    assert not stale and not extra, (
        f"run `python tests/tools/build_rule_docs.py` (stale: {stale[:5]}, extra: {extra[:5]})"
    )

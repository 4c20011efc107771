"""Write docs/rules/<ID>.md, one page per rule, from heuristics/*.toml.

Run: python tests/tools/build_rule_docs.py   (tests/test_rule_docs.py checks the
pages are up to date, so a rule edited without its page fails the tests).
"""

from __future__ import annotations

import sys
from pathlib import Path

from nymaudit.rules import Rule, load_rules

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


def page(rule: Rule) -> str:
    def bullet(example: str) -> str:
        case = f"`{example}`" if "`" not in example else example
        says = rule.example_says.get(example)
        return f"- {says} (test case {case})" if says else f"- {case}"

    def bullets(items: tuple[str, ...]) -> list[str]:
        return [bullet(e) for e in items if e.strip()]  # a blank case is a test, not a sight

    reported, not_reported = bullets(rule.examples_match), bullets(rule.examples_no_match)
    lines = [
        f"# {rule.id}: {rule.title}",
        "",
        f"Category `{rule.category}` · severity `{rule.severity.label}` · "
        f"confidence `{rule.confidence.label}`"
        + (f" · clue kind `{rule.clue_kind}`" if rule.clue_kind else "")
        + f" · defined in `heuristics/{rule.source_file}`",
        "",
        "## What it finds",
        "",
        rule.finds or f"{rule.title}.",
        "",
    ]
    if rule.severity_note:
        lines += ["## Severity", "", f"`{rule.severity.label}` by default. {rule.severity_note}", ""]
    lines += ["## Why is this bad", "", " ".join(rule.why.split()), "", "## Example", ""]
    lines += ["Reported:", "", *reported, ""]
    if not_reported:
        lines += ["Not reported:", "", *not_reported, ""]
    lines += ["## Use instead", "", " ".join(rule.advice.split()), ""]
    return "\n".join(lines)


def index(rules: list[Rule]) -> str:
    rows = [f"| [{r.id}]({r.id}.md) | {r.category} | {r.severity.label} | {r.title} |" for r in rules]
    return "\n".join([
        "# Rules", "",
        "Generated from `heuristics/*.toml` by `tests/tools/build_rule_docs.py`; "
        "`nymaudit explain ID` prints the same page.", "",
        "| id | category | severity | title |", "| --- | --- | --- | --- |", *rows, "",
    ])


def expected() -> dict[str, str]:
    rules = list(load_rules())
    pages = {f"{r.id}.md": page(r) for r in rules}
    pages["README.md"] = index(rules)
    return pages


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    pages = expected()
    for stale in DOCS.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        (DOCS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(pages)} pages to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

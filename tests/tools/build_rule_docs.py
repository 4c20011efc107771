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
    def bullets(items: tuple[str, ...]) -> str:
        return "\n".join(f"- `{e}`" if "`" not in e else f"- {e}" for e in items)

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
        f"{rule.title}.",
        "",
        "## Why is this bad",
        "",
        " ".join(rule.why.split()),
        "",
        "## Example",
        "",
        "Reported:",
        "",
        bullets(rule.examples_match),
        "",
        "Not reported:",
        "",
        bullets(rule.examples_no_match),
        "",
        "## Use instead",
        "",
        " ".join(rule.advice.split()),
        "",
    ]
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

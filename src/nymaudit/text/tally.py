"""Aggregate repeated hits: 500 posts that mention work give one finding with a
count, the first evidence and the first few locations, not 500 findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nymaudit.model import Finding, Origin

FIRST_LOCATIONS = 3


@dataclass
class Fact:
    rule_id: str
    value: str  # the clue value (what the investigator learns)
    evidence: str
    location: Origin
    count: int = 0
    locations: list[Origin] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class Tally:
    def __init__(self) -> None:
        self._facts: dict[tuple[str, str], Fact] = {}

    def add(self, rule_id: str, key: str, value: str, evidence: str,
            location: Origin | Callable[[], Origin], **extra: Any) -> Fact:
        """Count one hit. ``location`` may be a function giving it (a match's line is
        worked out only for the first few hits of a fact: most hits repeat one)."""
        fact = self._facts.get((rule_id, key))
        if fact is None:
            location = location if isinstance(location, Origin) else location()
            fact = Fact(rule_id, value, evidence, location, extra=dict(extra))
            self._facts[(rule_id, key)] = fact
        fact.count += 1
        if len(fact.locations) < FIRST_LOCATIONS:
            location = location if isinstance(location, Origin) else location()
            if location not in fact.locations:
                fact.locations.append(location)
        return fact

    def facts(self) -> list[Fact]:
        return sorted(self._facts.values(), key=lambda f: (f.rule_id, -f.count, f.value))

    def __len__(self) -> int:
        return len(self._facts)


def where(locations: list[Origin], count: int, noun: str = "post") -> str:
    """'in 12 posts (first: tweets.js#123, tweets.js#456, ...)'."""
    names = []
    for loc in locations[:FIRST_LOCATIONS]:
        name = loc.path.rsplit("/", 1)[-1] or loc.path
        # A blog post's record is its own file's path: "x.md#_drafts/x.md" said it twice.
        if loc.record and loc.record.replace("\\", "/").rsplit("/", 1)[-1] != name:
            name += f"#{loc.record}"
        if loc.line:
            name += f":{loc.line}"
        names.append(name)
    if count == 1:
        return "once"  # "in 1 post" was wrong for a README or a site's configuration
    many = noun + ("es" if noun.endswith(("ch", "sh", "s", "x")) else "s")
    posts = f"{count} {many}"
    if count <= 1 or not names:
        return f"in {posts}"
    more = ", …" if count > len(names) else ""
    return f"in {posts} (first: {', '.join(names)}{more})"


def finding_for(fact: Fact, message: str, **kwargs: Any) -> Finding:
    from nymaudit.rules import rule

    return rule(fact.rule_id).finding(message, fact.evidence, fact.location, **kwargs)

"""Example matchers for heuristics/watchlist.toml (kept apart so the watchlist
module itself stays free of rule plumbing)."""

from __future__ import annotations

from typing import Any

from nymaudit.text.watchlist import Watchlist, WatchlistError


def rule_example(rule: Any, example: str) -> bool:
    term, _, text = example.partition("=>")
    wl = Watchlist()
    wl.add(term.strip())
    return bool(wl.matcher().find(text.strip()))


def rule_example_unreadable(rule: Any, example: str) -> bool:
    try:
        Watchlist.loads(example)
    except WatchlistError:
        return True
    return False

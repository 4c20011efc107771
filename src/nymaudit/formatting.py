"""Wording helpers shared by detectors (messages) and renderers (reports).

Kept free of imports so any stage can use it without pulling in another.
"""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 post', '3 posts'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def format_offset(hours: float | None) -> str:
    """5.5 -> 'UTC+05:30', -3.5 -> 'UTC-03:30', None -> 'unknown'."""
    if hours is None or abs(hours) > 24:
        return "unknown"
    sign = "+" if hours >= 0 else "-"
    minutes = round(abs(hours) * 60)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

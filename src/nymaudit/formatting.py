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


# A probability from an inference (a same-author probability, a UTC offset's) is an estimate from a
# model, never certainty: rounded, 0.996 read "100%" beside the warning that the probability is
# weak (walk14 10), and TIME002 said "with probability 100%". Shown capped; the JSON keeps the number.
PROBABILITY_CAP, PROBABILITY_FLOOR = 0.99, 0.01


def capped_percent(number: float) -> str:
    """A probability as every message and report prints it: a whole percent between 1% and 99%,
    "over 99%" and "under 1%" beyond (never "100%" or "0%")."""
    if number > PROBABILITY_CAP:
        return f"over {PROBABILITY_CAP:.0%}"
    if number < PROBABILITY_FLOOR:
        return f"under {PROBABILITY_FLOOR:.0%}"
    # Inside the cap a rounding to 100% or 0% cannot happen (0.99 is "99%", 0.01 is "1%").
    return f"{number:.0%}"

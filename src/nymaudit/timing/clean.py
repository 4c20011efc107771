"""Timestamps that must not shape the inference: before 2000, in the future, or the
same instant (or minute) repeated like an import or a bulk edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EPOCH_2000 = 946_684_800
FUTURE_GRACE = 86_400  # a day of clock skew is not "the future"
# A person can post a thread of several items in one second; dozens at one
# instant, or a hundred in one minute, is a machine.
SAME_INSTANT_LIMIT = 10
SAME_MINUTE_LIMIT = 60


@dataclass
class Cleaning:
    keep: Any  # bool array
    pre_2000: int = 0
    future: int = 0
    bulk: int = 0
    bulk_instants: list[tuple[int, int]] = field(default_factory=list)  # (instant, count)


def clean(times: Any, now: float, timed: Any = None) -> Cleaning:
    """``timed``: which records carry a real time of day. Date-only records share
    midnight by nature, so only timed ones are tested for bulk stamping."""
    import numpy as np

    t = np.asarray(times, dtype=np.int64)
    early = t < EPOCH_2000
    late = t > int(now) + FUTURE_GRACE
    keep = ~(early | late)
    bulk = np.zeros(t.shape, dtype=bool)
    instants: list[tuple[int, int]] = []
    candidates = keep if timed is None else keep & np.asarray(timed, dtype=bool)
    if candidates.any():
        for unit, limit in ((1, SAME_INSTANT_LIMIT), (60, SAME_MINUTE_LIMIT)):
            keys = t[candidates] // unit
            values, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
            heavy = counts >= limit
            if heavy.any():
                flagged = np.zeros(t.shape, dtype=bool)
                flagged[np.flatnonzero(candidates)] = heavy[inverse]
                bulk |= flagged
                for value, count in zip(values[heavy], counts[heavy], strict=True):
                    instants.append((int(value) * unit, int(count)))
    instants.sort(key=lambda item: -item[1])
    return Cleaning(
        keep=keep & ~bulk,
        pre_2000=int(early.sum()),
        future=int(late.sum()),
        bulk=int((bulk & keep).sum()),
        bulk_instants=instants[:10],
    )

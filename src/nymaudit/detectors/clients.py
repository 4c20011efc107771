"""META002 (which clients post) and META003 (a desktop client at office hours).

Only UTC times are used here: the timing detector owns the time-zone inference.
A nine-hour block of weekday posts is office-shaped whatever the zone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural
from nymaudit.model import DetectorResult, Post
from nymaudit.rules import Rule, load_file, rule


def _settings() -> dict:
    return load_file("core")["clients"]


def device_of(client: str) -> str | None:
    lowered = client.lower()
    # Longest names first, so "Windows Phone" wins over "Windows".
    for device in sorted(_settings()["devices"], key=len, reverse=True):
        if device.lower() in lowered:
            return device
    return None


def is_desktop(client: str) -> bool:
    lowered = client.lower()
    return any(marker in lowered for marker in _settings()["desktop"])


def _inside(hours: Iterable[int], start: int, length: int) -> int:
    return sum(1 for h in hours if (h - start) % 24 < length)


def office_window(hours: Iterable[int], others: Iterable[int] = ()) -> tuple[int, float] | None:
    """The start hour (UTC) of the office-length window holding most of the given
    weekday hours, and the share it holds. Among equally good windows, the one that
    also holds most of the other clients' hours is taken: the cautious reading."""
    counts = Counter(hours)
    total = sum(counts.values())
    if not total:
        return None
    other_list = list(others)
    length = int(_settings()["office_window_hours"])
    scored = [
        (_inside(counts.elements(), start, length), _inside(other_list, start, length), start)
        for start in range(24)
    ]
    best, _, start = max(scored, key=lambda t: (t[0], t[1], -t[2]))
    return start, best / total


def _office_verdict(
    desktop_weekday_hours: list[int], desktop_total: int, other_weekday_hours: list[int]
) -> tuple[int, float] | None:
    s = _settings()
    if desktop_total < s["min_desktop_posts"]:
        return None
    if len(desktop_weekday_hours) / desktop_total < s["min_weekday_share"]:
        return None
    window = office_window(desktop_weekday_hours, other_weekday_hours)
    if window is None or window[1] < s["min_window_share"]:
        return None
    start, share = window
    # If the phone posts at the same hours, the block says nothing about a desk.
    if other_weekday_hours:
        inside = _inside(other_weekday_hours, start, int(s["office_window_hours"]))
        if inside / len(other_weekday_hours) >= share:
            return None
    return window


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    posts = [p for p in ctx.corpus.posts if p.source]
    if not posts:
        return result
    counts = Counter(p.source for p in posts)
    total = sum(counts.values())
    listing = ", ".join(f"{name} ({count * 100 / total:.0f}%)" for name, count in counts.most_common(6))
    devices = Counter(d for p in posts if (d := device_of(p.source or "")))
    top_device = devices.most_common(1)[0][0] if devices else None
    first = posts[0]
    result.findings.append(
        rule("META002").finding(
            f"{plural(total, 'post')} {'names' if total == 1 else 'name'} {plural(len(counts), 'client')}: "
            f"{listing}.",
            evidence="; ".join(name for name, _ in counts.most_common(6)),
            location=first.origin,
            clue_value=top_device,
            confidence="high",
        )
    )

    by_client: dict[str, list[Post]] = defaultdict(list)
    for p in posts:
        if p.timestamp is not None:
            by_client[p.source or ""].append(p)
    other_hours = [
        p.timestamp.hour
        for name, items in by_client.items()
        if not is_desktop(name)
        for p in items
        if p.timestamp and p.timestamp.weekday() < 5
    ]
    for name, items in by_client.items():
        if not is_desktop(name):
            continue
        weekday_hours = [p.timestamp.hour for p in items if p.timestamp and p.timestamp.weekday() < 5]
        verdict = _office_verdict(weekday_hours, len(items), other_hours)
        if verdict is None:
            continue
        start, share = verdict
        # Name the hours actually used inside the window, not the window's edges.
        length = int(_settings()["office_window_hours"])
        used = sorted({(h - start) % 24 for h in weekday_hours if (h - start) % 24 < length})
        start, end = (start + used[0]) % 24, (start + used[-1] + 1) % 24
        result.findings.append(
            rule("META003").finding(
                f"{share * 100:.0f}% of the {len(weekday_hours)} weekday posts from {name} fall "
                f"between {start:02d}:00 and {end:02d}:00 UTC, while the other clients post at "
                "other hours: the pattern of a work computer.",
                evidence=f"{name}: {len(items)} posts, {len(weekday_hours)} on weekdays",
                location=items[0].origin,
                clue_value=f"posts from a desktop between {start:02d}:00 and {end:02d}:00 UTC on weekdays",
            )
        )
    return result


def rule_example_devices(rule_: Rule, example: str) -> bool:
    return bool(example.strip())


_EXAMPLE_PART = re.compile(r"\s*(?P<client>[^:;]+):\s*weekdays\s+(?P<hours>[\d,]+)\s+UTC\s*")


def rule_example_office(rule_: Rule, example: str) -> bool:
    """Examples read 'Client: weekdays 12,13,... UTC; Other: weekdays 20,... UTC'."""
    clients: dict[str, list[int]] = {}
    for part in example.split(";"):
        m = _EXAMPLE_PART.fullmatch(part)
        if m:
            clients[m["client"].strip()] = [int(h) for h in m["hours"].split(",")]
    others = [h for c, hs in clients.items() if not is_desktop(c) for h in hs]
    return any(
        _office_verdict(hs, len(hs), others) is not None
        for c, hs in clients.items()
        if is_desktop(c)
    )

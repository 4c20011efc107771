"""Terminal view of the ``timing`` object: an hour x weekday heatmap in local time
and the inference with its confidence. Reads the contract dict only."""

from __future__ import annotations

from typing import Any

from nymaudit.detectors.timing import DST_MIN_SPAN_DAYS
from nymaudit.formatting import capped_percent, format_offset
from nymaudit.timing.core import MIN_POSTS, WINDOW_DAYS, _confidence_label

BLOCKS = "·░▒▓█"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render_timing(timing: dict | None, console: Any, post_count: int | None = None) -> None:
    """``post_count``: the report header's count of posts, beside which the timed count is said."""
    from rich.table import Table
    from rich.text import Text

    if not timing:
        console.print("Posting times: no post carries a timestamp.")
        return
    grid = timing.get("hour_weekday_local") or [[0] * 24 for _ in range(7)]
    peak = max((max(row) for row in grid), default=0) or 1
    # A redacted report leaves the offset and weekend out (report/redact.py) and says so.
    listed = timing.get("redacted")
    masked = {k for k in listed if isinstance(k, str)} if isinstance(listed, list) else set()
    hidden_offset = "standard_utc_offset_hours" in masked
    known = timing.get("standard_utc_offset_hours") is not None or hidden_offset
    title = "Posts by hour, local time" if known else "Posts by hour, UTC"
    table = Table(title=title, show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("0     6     12    18    ", no_wrap=True)  # one cell per hour
    table.add_column("posts", justify="right")
    for day, row in zip(DAYS, grid, strict=False):
        cells = Text()
        for value in row:
            level = 0 if value == 0 else 1 + min(3, int(3 * value / peak))
            cells.append(BLOCKS[level] * 1)
        table.add_row(day, cells, str(sum(row)))
    console.print(table)
    posts = timing.get("posts", 0)
    span = timing.get("span_days")
    if not known:
        if posts == 0 and span is None:
            # Nothing kept at all, not even a date: every timestamp was set aside (TIME008).
            # "dates only" sent a user whose converter dated the export in 2099 to look for
            # the wrong problem (tenth session).
            console.print("Every timestamp was left out of the time analysis (dated in the future or "
                          "before 2000, or stamped in bulk: TIME008 says which), so no time zone is "
                          "inferred.")
        elif posts == 0:
            console.print("No post carries a usable time of day (dates only, times without a time "
                          "zone, or a scheduler's fixed times: TIME001), so no time zone is inferred.")
        elif posts >= MIN_POSTS:
            # Enough posts, but their times of day are unusable (date-only front
            # matter) or were left out (imports, future dates).
            console.print(f"{posts} timestamped posts: no time zone could be inferred from them.")
        else:
            console.print(
                f"{posts} timestamped posts: too few to infer a time zone "
                f"({MIN_POSTS} or more needed)."
            )
        return
    confidence = timing.get("offset_confidence") or "low"
    candidates = timing.get("offset_candidates") or []
    prob = candidates[0]["probability"] if candidates else None
    posted = posted_offset(timing)
    if posted is not None and not hidden_offset:
        # The headline says the offset as posted: its own probability and confidence, not the
        # standard offset's (eleventh session).
        confidence, prob = posted_confidence(timing), posted[1]
    # Under MIN_POSTS the hours are not read: an offset then comes from the records.
    stated = posts < MIN_POSTS
    line = Text()
    line.append("Time zone (from the UTC offsets the records store): " if stated else "Time zone: ",
                style="bold")
    if posted is not None and not hidden_offset:
        # Daylight saving unknown: the offset the posts show, not "standard time" (a Chicago
        # writer's summer was "UTC-05:00 standard time" beside "cannot tell", tenth session).
        line.append(format_offset(posted[0]) + " as posted")
    else:
        line.append("masked in this redacted report" if hidden_offset
                    else format_offset(timing.get("standard_utc_offset_hours")) + " standard time")
    if prob is not None:
        line.append(f" (probability {capped_percent(prob)}, confidence {confidence})")
    elif hidden_offset:
        line.append(f" (confidence {confidence})")
    console.print(line)
    if (not stated and prob is not None and confidence == "low"
            and _confidence_label(prob, posts) != "low"):
        # Only the rhythm check (timing/fit.py) caps a probable offset at low: say why here
        # too, not only in TIME002.
        console.print("  the hours do not follow one daily rhythm (shift work or the like): "
                      "this zone may well be wrong (TIME002)")
    zones = timing.get("zone_candidates") or []
    if zones:
        console.print(
            "  likely zones: " + ", ".join(f"{z['zone']} {z['probability']:.0%}" for z in zones[:3])
        )
    # The analysis answers null when no clock change it could test fell inside the
    # history (docs/timing.md): the terminal says what the JSON says.
    dst = timing.get("observes_dst")
    if dst is True:
        console.print(f"  daylight saving: observed ({timing.get('dst_rule')})")
    elif dst is False:
        console.print("  daylight saving: not observed")
    elif (timing.get("span_days") or 0) < DST_MIN_SPAN_DAYS:
        # Not "no clock change fell in it": a January-September history holds March's changes,
        # and too short a history is the reason (eighth session).
        console.print(f"  daylight saving: cannot tell from {timing.get('span_days') or 0} days of history "
                      f"({DST_MIN_SPAN_DAYS} or more needed)" + readings_said(timing, posted))
    else:
        console.print("  daylight saving: cannot tell from this history" + readings_said(timing, posted))
    countries = timing.get("country_candidates") or []
    if countries:
        # Countries of the zones that fit (and their holidays, when they decided: TIME004).
        console.print(
            "  likely countries: "
            + ", ".join(f"{c['country']} {c['probability']:.0%}" for c in countries[:3])
        )
    details = []
    if timing.get("weekend"):
        details.append("weekend " + "-".join(timing["weekend"]))
    elif "weekend" in masked:
        details.append("weekend masked")
    share = timing.get("working_hours_share")
    if share is not None:
        details.append(f"{share:.0%} of posts in office hours on working days")
    sleep = timing.get("sleep_window_local")
    if sleep:
        details.append(f"quiet {sleep['start_hour']:02d}:00-{sleep['end_hour']:02d}:00")
    if details:
        console.print("  routine: " + "; ".join(details))
    absences = timing.get("absences") or []
    if absences:
        more = len(absences) - 4
        console.print(
            # Every run of 5+ quiet days is listed; TIME006 claims only those beyond chance.
            "  breaks of 5+ days (chance, unless TIME006 claims them): "
            + ", ".join(f"{a['start']}..{a['end']} ({a['days']} d)" for a in absences[:4])
            + (f" and {more} more" if more > 0 else "")
        )
    elif "absences" in masked:
        console.print("  breaks: left out of this redacted report (their dates are life events)")
    if stated:
        console.print(
            f"  {posts} timestamped posts over {span} days: too few to read a routine "
            f"({MIN_POSTS} or more needed)"
        )
    else:
        # Boosts and reposts count as moments online, so this may exceed the header's posts;
        # said only where the header's count is smaller (there are some).
        reposts = " (boosts and reposts included)" if post_count is not None and posts > post_count else ""
        # The analysis reads the last WINDOW_DAYS (core.py): a longer history is cut to them.
        window = " (the last three years: older posts are left out)" if (span or 0) >= WINDOW_DAYS else ""
        console.print(f"  based on {posts} timed posts{reposts} over {span} days{window}")


# An offset among the candidates at this probability or more counts as a reading.
READING_MIN = 0.05


def posted_offset(timing: dict) -> tuple[float, float | None] | None:
    """(hours, probability) of the timing object's extra ``posted_offset`` (present when
    daylight saving is unknown: timing/core.py ``_posted``) when the report says it instead of
    the standard offset: the posts show another offset than the standard one, or both readings
    of it are candidates (``readings``). None otherwise: the standard offset alone is the answer
    (a Chicago winter, UTC-06:00 at 97 %, stays "UTC-06:00 standard time")."""
    item = timing.get("posted_offset")
    if not isinstance(item, dict) or timing.get("observes_dst") is not None:
        return None
    hours, probability = item.get("utc_offset_hours"), item.get("probability")
    if not _number(hours) or abs(hours) > 16:  # a document read back may hold anything
        return None
    posted = (float(hours), float(probability) if _number(probability) and 0 <= probability <= 1 else None)
    if posted[0] == timing.get("standard_utc_offset_hours") and len(readings(timing, posted)) < 2:
        return None
    return posted


def posted_confidence(timing: dict) -> str:
    """The confidence of the offset as posted (``posted_offset.confidence``, core.py
    ``TimingResult.posted_confidence``); a document without it (written before the eleventh
    session) falls back on the section's ``offset_confidence``."""
    item = timing.get("posted_offset")
    said = item.get("confidence") if isinstance(item, dict) else None
    if said in ("low", "medium", "high"):
        return str(said)
    fallback = timing.get("offset_confidence")
    return fallback if fallback in ("low", "medium", "high") else "low"


def readings(timing: dict, posted: tuple[float, float | None] | None) -> list[str]:
    """The readings of the posted offset among the standard offsets' candidates: standard time
    where there is no daylight saving, and summer time an hour ahead of standard time."""
    if posted is None:
        return []
    shown = posted[0]
    items = timing.get("offset_candidates")
    candidates = {float(c["standard_utc_offset_hours"]) for c in (items if isinstance(items, list) else [])
                  if isinstance(c, dict) and _number(c.get("standard_utc_offset_hours"))
                  and _number(c.get("probability")) and c["probability"] >= READING_MIN}
    standard = timing.get("standard_utc_offset_hours")
    if _number(standard):
        candidates.add(float(standard))
    said = []
    if shown in candidates:
        said.append(f"{format_offset(shown)} is standard time if there is none there")
    if shown - 1 in candidates:
        item = timing.get("posted_offset")
        if len(said) == 1 and isinstance(item, dict) and item.get("summer_zone") is False:
            # No listed zone an hour behind keeps summer time (Caracas is UTC-04:00 all year):
            # the other offset is the hours' doubt, as TIME002 says (twelfth session).
            said.append(f"the hours also fit {format_offset(shown - 1)}, an hour off, where no likely "
                        "zone changes its clocks")
        else:
            said.append(f"summer time over {format_offset(shown - 1)} standard if there is")
    return said


def readings_said(timing: dict, posted: tuple[float, float | None] | None) -> str:
    said = readings(timing, posted)
    return ": " + ", or ".join(said) if said else ""


def _number(value: Any) -> bool:
    import math

    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)

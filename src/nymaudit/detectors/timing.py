"""The timing detector: posting times -> the report's ``timing`` section and TIME
findings (time zone, daylight saving, country calendar, routine, absences,
offsets stored with the records, timestamps left out).

Retweets and boosts count: they are not the writer's words but they are moments
the writer was awake and online.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.formatting import format_offset, plural
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule


def _format_minutes(minutes: int) -> str:
    return format_offset(minutes / 60.0)


def collect(ctx: ScanContext) -> tuple[list[float], list[float], list[bool], int, str]:
    """(epoch seconds, stated offset minutes or NaN, hour usable, untimed count,
    input label) from posts and activities."""
    times: list[float] = []
    stated: list[float] = []
    usable: list[bool] = []
    untimed = 0
    nan = float("nan")
    for post in ctx.corpus.posts:
        moment = post.timestamp
        if moment is None:
            untimed += 1
            continue
        try:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            times.append(moment.timestamp())
        except (OverflowError, OSError, ValueError):
            untimed += 1
            continue
        offset = post.stated_offset_minutes
        stated.append(float(offset) if isinstance(offset, int) and abs(offset) <= 16 * 60 else nan)
        extra = post.extra if isinstance(post.extra, dict) else {}
        usable.append(not (extra.get("date_only") or extra.get("naive_time")))
    for activity in ctx.corpus.activities:
        try:
            moment = activity.timestamp
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            times.append(moment.timestamp())
        except (AttributeError, OverflowError, OSError, ValueError):
            continue
        stated.append(nan)
        usable.append(True)
    label = ctx.corpus.inputs[0].path if ctx.corpus.inputs else ""
    return times, stated, usable, untimed, label


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    times, stated, usable, untimed, label = collect(ctx)
    if not times:
        result.sections["timing"] = None
        return result
    from nymaudit.timing import analyse

    try:
        timing = analyse(times, stated_offsets=stated, hour_usable=usable)
    except (ValueError, OverflowError, ArithmeticError, MemoryError):
        result.sections["timing"] = None
        return result
    result.sections["timing"] = timing.to_contract()
    result.findings.extend(findings(timing, Origin(label), untimed))
    return result


# Conditions shared with the rule examples (nymaudit.timing.rule_examples).
def too_little(t: Any) -> bool:
    return not t.enough


def zone_inferred(t: Any) -> bool:
    return bool(t.enough and t.standard_offset is not None and (t.offset_probability or 0) >= 0.4)


# "Not observed" from under a season of history is no answer: the zones that fit
# may simply have had no clock change in it (London in March). The terminal says so too.
DST_MIN_SPAN_DAYS = 240


def dst_inferred(t: Any) -> bool:
    if t.observes_dst is False and (t.span_days or 0) < DST_MIN_SPAN_DAYS:
        return False
    return bool(t.enough and t.observes_dst is not None)


def calendar_inferred(t: Any) -> bool:
    return bool(t.enough and t.country_candidates and t.country_candidates[0][1] >= 0.5)


def office_hours(t: Any) -> bool:
    return bool(t.enough and (t.works_week or 0) >= 0.6 and (t.working_hours_share or 0) >= 0.25)


def has_absences(t: Any) -> bool:
    return bool(t.enough and t.absences)


def stated_leak(t: Any) -> bool:
    return bool(t.stated_offsets) and sum(t.stated_offsets.values()) >= 1


def excluded(t: Any) -> bool:
    return bool(t.pre_2000 or t.future or t.bulk)


def _confidence(probability: float | None) -> str:
    p = probability or 0.0
    return "high" if p >= 0.9 else "medium" if p >= 0.6 else "low"


def stated_offset_finding(stated: dict[int, int], where: Origin) -> Finding:
    """TIME007 from {offset minutes: records}; shared by scan and `check` (a new Hugo or
    jekyll-compose post carries its writer's offset in the front matter)."""
    total = sum(stated.values())
    ranked = sorted(stated.items(), key=lambda kv: -kv[1])
    listing = ", ".join(f"{_format_minutes(m)} ({plural(n, 'post')})" for m, n in ranked[:4])
    only_zero = set(stated) == {0}
    verb = "stores" if total == 1 else "store"
    return rule("TIME007").finding(
        f"{plural(total, 'record')} {verb} the UTC offset of the clock "
        f"{'it was' if total == 1 else 'they were'} written by: "
        f"{listing}."
        + (" All say +00:00, which may be a server default rather than your clock."
           if only_zero else
           " Two offsets an hour apart mean a zone with daylight saving time."
           if len(ranked) >= 2 and abs(ranked[0][0] - ranked[1][0]) == 60 else ""),
        listing,
        where,
        clue_value=" / ".join(_format_minutes(m) for m, _ in ranked[:2]),
        # +00:00 alone may be a server or a UTC-set clock (TIME007's own advice), and
        # `check` fails at medium: low, so a draft written as advised passes.
        severity="low" if only_zero else None,
        confidence="medium" if only_zero else "high",
    )


def findings(t: Any, where: Origin, untimed: int = 0) -> list[Finding]:
    out: list[Finding] = []
    if excluded(t):
        parts = []
        if t.pre_2000:
            parts.append(f"{t.pre_2000} dated before 2000")
        if t.future:
            parts.append(f"{t.future} dated in the future")
        if t.bulk:
            parts.append(f"{t.bulk} sharing a timestamp with many others (an import or bulk edit)")
        out.append(
            rule("TIME008").finding(
                "Left out of the time analysis: " + "; ".join(parts) + ".",
                ", ".join(f"{i} x{c}" for i, c in t.bulk_instants[:3]) or "; ".join(parts),
                where,
            )
        )
    if stated_leak(t):
        out.append(stated_offset_finding(t.stated_offsets, where))
    if too_little(t):
        out.append(
            rule("TIME001").finding(
                ("No post carries" if t.posts == 0 else
                 f"Only {plural(t.posts, 'post')} {'carries' if t.posts == 1 else 'carry'}")
                + " a usable time of day; at least 50 are needed before the posting hours "
                "say anything reliable, so no time zone is inferred.",
                f"{t.posts} timestamped posts",
                where,
            )
        )
        return out
    if zone_inferred(t):
        zones = ", ".join(f"{z} ({p:.0%})" for z, p in t.zone_candidates[:3])
        quiet = ""
        if t.sleep_window:
            quiet = (
                f" The quiet hours run from about {t.sleep_window[0]:02d}:00 to "
                f"{t.sleep_window[1]:02d}:00 in that zone."
            )
        out.append(
            rule("TIME002").finding(
                f"The hours of {t.posts} posts over {t.span_days} days fit a person living at "
                f"{format_offset(t.standard_offset)} (standard time), with probability "
                f"{t.offset_probability:.0%}. Likely zones: {zones}.{quiet} The inference "
                "compares the activity with how people sleep, wake for work and spend "
                "evenings.",
                "offset candidates: "
                + ", ".join(f"{format_offset(o)} {p:.0%}" for o, p in t.offset_candidates[:3]),
                where,
                clue_value=t.zone_candidates[0][0] if t.zone_candidates else
                format_offset(t.standard_offset),
                confidence=_confidence(t.offset_probability),
                severity="high" if (t.offset_probability or 0) >= 0.9 else "medium",
            )
        )
    if dst_inferred(t):
        if t.observes_dst:
            message = (
                f"The activity moves by an hour in UTC on the dates the {t.dst_rule} "
                "daylight-saving rule changes the clocks, so you live where that rule applies."
            )
            value = f"observes {t.dst_rule} daylight saving time"
        else:
            message = (
                "The activity does not move at any daylight-saving change date: you live "
                "where the clocks do not change, which rules out most of Europe and North "
                "America."
            )
            value = "no daylight saving time"
        out.append(
            rule("TIME003").finding(
                message,
                f"probability that the clocks changed during the history: {t.dst_probability:.0%}",
                where,
                clue_value=value,
                confidence=_confidence(max(t.dst_probability or 0, 1 - (t.dst_probability or 0))),
            )
        )
    if calendar_inferred(t):
        country, p = t.country_candidates[0]
        region = ""
        if t.subdivision_candidates and t.subdivision_candidates[0][0].startswith(country + "-"):
            region = f" (most likely {t.subdivision_candidates[0][0]})"
        days = ", ".join(f"{d} {n}" for d, n in t.holidays_off[:4])
        out.append(
            rule("TIME004").finding(
                f"Your posting pattern, weekend and days off fit {country}{region} with "
                f"probability {p:.0%}."
                + (f" Public holidays that looked like days off: {days}." if days else ""),
                days or ", ".join(f"{c} {q:.0%}" for c, q in t.country_candidates[:3]),
                where,
                clue_value=f"{country}{region}",
                confidence=_confidence(p),
            )
        )
    if office_hours(t):
        lunch = " with a burst at lunchtime" if t.lunch_burst else ""
        weekend = "-".join(t.weekend) if t.weekend else "Sat-Sun"
        out.append(
            rule("TIME005").finding(
                f"{t.working_hours_share:.0%} of posts fall between 09:00 and 17:00 local time "
                f"on working days{lunch}; the week has a {weekend} weekend. An employer "
                "who suspects a member of staff can compare these hours with who was at a "
                "desk.",
                f"working-hours share {t.working_hours_share:.0%}",
                where,
                clue_value=f"posts in office hours ({t.working_hours_share:.0%}), weekend {weekend}",
                severity="high" if t.working_hours_share >= 0.5 else "medium",
            )
        )
    if has_absences(t):
        listing = ", ".join(f"{s} to {e} ({d} days)" for s, e, d in t.absences[:5])
        out.append(
            rule("TIME006").finding(
                f"{plural(len(t.absences), 'break')} in posting too long to be chance: {listing}.",
                listing,
                where,
                clue_value=listing,
            )
        )
    return out

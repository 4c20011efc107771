"""The timing detector: posting times -> the report's ``timing`` section and TIME
findings (time zone, daylight saving, country calendar, routine, absences,
offsets stored with the records, timestamps left out).

Retweets and boosts count: they are not the writer's words but they are moments
the writer was awake and online.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.formatting import capped_percent, format_offset, plural
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule


def _format_minutes(minutes: int) -> str:
    return format_offset(minutes / 60.0)


# Author dates with no clock in them (fifteenth session, item 2): a careful developer sets the
# author date by hand (`git commit --date`, GIT_AUTHOR_DATE) to one time of day or far from when
# the commit was made, but git writes the committer date itself (and rebase and --amend rewrite
# it). Read from CLOCKLESS_MIN_COMMITS of the writer's commits committed by the writer: author
# times CLOCKLESS_ONE_HOUR in one clock hour, or CLOCKLESS_FAR_SHARE of them more than
# CLOCKLESS_FAR_SECONDS from their committer time; and committer times that spread as a day's
# do (at most NATURAL_TOP_HOUR in one hour) and are their own moments (NATURAL_DISTINCT of them
# distinct to the minute: a rebase writes many commits in one minute, and its author dates are
# the real ones).
CLOCKLESS_MIN_COMMITS = 10
CLOCKLESS_ONE_HOUR = 0.8
CLOCKLESS_FAR_SECONDS = 3 * 3600
CLOCKLESS_FAR_SHARE = 0.5
NATURAL_TOP_HOUR = 0.5
NATURAL_DISTINCT = 0.8
# Sixteenth session (tim16): author dates faked at the writer's own offset (+0100), not only at
# +0000. Far from the committer date counts when neither a rebase nor another clock explains it:
# the author date after the commit (no rewrite does that); or, one commit at a time (no other
# committer time within REBASE_BATCH_SECONDS: a rebase writes a series at one moment), on the
# same clock as the committer date (the same offset, or the author's fixed offset beside the
# committer clock's two, an hour apart, across a clock change). A +0000 beside a +0000 proves
# no clock (a forge's or a server's), so those stay as tim15 had them (rev15d 2: real author
# dates re-committed days later by a UTC clock are kept). In one clock hour counts when the
# commit was not made in that hour (more than CLOCKLESS_OWN_MOMENT from its committer time).
REBASE_BATCH_SECONDS = 60
CLOCKLESS_OWN_MOMENT = 3600
# Only some of the author dates set by hand (a writer who began using GIT_AUTHOR_DATE halfway):
# the stretch of commits, in the order they were committed, where such dates are more than
# STRETCH_SHARE of them (the best-scoring run), at least CLOCKLESS_MIN_COMMITS of them.
STRETCH_SHARE = 0.5
STRETCH_WHOLE = 0.9  # a stretch this much of the history is all of it
# tim16b (walk16 12): author dates at exactly 00:00:00 (in UTC or the offset they state) on
# commits made at another time of day (more than CLOCKLESS_OWN_MOMENT away, the committer date
# not at midnight itself) are dates set by hand (GIT_AUTHOR_DATE="2026-03-17T00:00:00+0000"),
# however few of the history they are: read at their committer dates, and TIME008 says so. At
# least MIDNIGHT_MIN_COMMITS of them, and MIDNIGHT_OVER_CHANCE times as many as commits made at
# one second of the day by chance would give (n / 86400).
MIDNIGHT_MIN_COMMITS = 2
MIDNIGHT_OVER_CHANCE = 10
# tim16c (rev16b 1): far before the commit, alone and on the same clock is what a one-commit
# rebase (`git pull --rebase` the next morning), an amend, a single cherry-pick or a one-patch
# `git am` writes, so at a non-zero offset distance alone proves nothing. Such commits count only
# with a sign of a hand: at least AHEAD_MIN_COMMITS author dates hours after their commit (no
# rewrite writes one), WHOLE_MINUTE_SHARE of them at :00 seconds (chance: 1 in 60), most in one
# clock hour (CLOCKLESS_ONE_HOUR), author times with no quiet stretch (the quietest QUIET_HOURS
# of the day hold FLAT_QUIET_SHARE of them, as drawn at random, while their committer times keep
# a person's night), or, commit by commit, an author offset the committer's own clock did not show
# at the author time (+0100 typed in July beside committer dates at Berlin's +0200).
AHEAD_MIN_COMMITS = 3
WHOLE_MINUTE_SHARE = 0.5
QUIET_HOURS = 6
FLAT_QUIET_SHARE = 0.1


@dataclass
class Clockless:
    """The writer's commits whose author dates carry no clock: {id(post): (committer time,
    committer offset minutes or None)}, how many there are, and why (``how``: "hour" with the
    clock hour most of the author times sit in, its offset; or "far"). ``of_all``: the writer's
    commits read; more than ``total`` when only a stretch of them was set by hand, committed
    from ``first_day`` to ``last_day``. ``ahead``: author dates after their commit."""

    commits: dict[int, tuple[int, int | None]]
    total: int
    how: str
    hour: int = 0
    offset: int = 0
    in_hour: int = 0
    far: int = 0
    of_all: int = 0
    first_day: str = ""
    last_day: str = ""
    ahead: int = 0
    same_clock: bool = False
    # What shows a hand in the far author dates (``_hand_sign``): "flat", "minutes", "hour",
    # "ahead" or "offset"; "" for tim15's +0000 rule.
    sign: str = ""
    # Commits (ids, among ``commits``) whose author date is a midnight set by hand, read at their
    # committer dates beside the others (``MIDNIGHT_MIN_COMMITS``); ``how`` is "midnight" when
    # they are all there is. ``midnight_utc``: all at 00:00:00 UTC (else in the offset they state).
    midnights: frozenset[int] = frozenset()
    midnight_utc: bool = True


# (post, author time, author offset, committer time, committer offset)
_Pair = tuple[Any, float, int, int, int | None]


# tim16b (red16 F5c): a London writer's January author dates at +0000, each committed again in July
# at +0100, are one clock on two dates (Europe/London's winter and summer offsets), not dates set
# by hand. The zones that change their clocks (``dst_rule`` in heuristics/timing.toml) are asked
# whether one of them showed the author offset at the author time and the committer offset at the
# committer time; only zones whose two offsets are those two are tried.
@cache
def _seasonal_zones(first: int, second: int) -> tuple[str, ...]:
    """The zones with a clock change whose offsets over a year include both ``first`` and
    ``second`` (minutes)."""
    from zoneinfo import ZoneInfo

    from nymaudit.timing.zones import zone_table

    found = []
    for entry in zone_table():
        if not entry.dst_rule:
            continue
        try:
            tz = ZoneInfo(entry.zone)
        except (KeyError, ValueError, OSError):
            continue
        # January and July of a recent year: one is standard time, the other summer time.
        offsets = set()
        for month in (1, 7):
            delta = datetime(2025, month, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
            offsets.add(int(delta.total_seconds()) // 60 if delta is not None else 0)
        if {first, second} <= offsets:
            found.append(entry.zone)
    return tuple(found)


@cache
def _season_clocks(first: int, second: int, from_year: int, to_year: int
                   ) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """The clocks of ``_seasonal_zones`` from 1 January of ``from_year`` to the end of ``to_year``:
    (instants of change, offset minutes from each), one per distinct clock (the EU's zones share
    one), so a commit costs a bisection per clock, not a tz look-up per zone (200,000 commits)."""
    from nymaudit.timing.zones import transitions

    start = int(datetime(from_year, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(to_year + 1, 1, 1, tzinfo=UTC).timestamp())
    clocks = set()
    for zone in _seasonal_zones(first, second):
        try:
            changes = transitions(zone, start, end)
        except (KeyError, ValueError, OSError, OverflowError):
            continue
        clocks.add((tuple(t for t, _ in changes), tuple(o // 60 for _, o in changes)))
    return tuple(sorted(clocks))


def _one_clock_two_seasons(authored: float, author_offset: int, committed: int,
                           committer_offset: int | None) -> bool:
    """A zone's clock showed ``author_offset`` at the author time and another offset,
    ``committer_offset``, at the committer time: real author dates committed again in another
    season of the same clock (a January +0000 cherry-picked in July at +0100 in London)."""
    return (author_offset, committer_offset) in _seasonal_clock_readings(authored, author_offset,
                                                                         committed, committer_offset)


def _seasonal_clock_readings(authored: float, author_offset: int, committed: float,
                             committer_offset: int | None) -> set[tuple[int, int]]:
    """What the clocks of the zones that change between ``author_offset`` and ``committer_offset``
    read at the author time and at the committer time, one (offset, offset) pair per zone; empty when
    the two offsets are one, or no such zone, or the times are out of range."""
    import bisect
    import time

    if committer_offset is None or committer_offset == author_offset:
        return set()
    if not _seasonal_zones(author_offset, committer_offset):
        return set()
    try:
        years = sorted((time.gmtime(authored).tm_year, time.gmtime(committed).tm_year))
    except (OverflowError, OSError, ValueError):
        return set()
    if years[0] < 1970 or years[1] > 2100:
        return set()
    return {(offsets[max(0, bisect.bisect_right(instants, authored) - 1)],
             offsets[max(0, bisect.bisect_right(instants, committed) - 1)])
            for instants, offsets in _season_clocks(author_offset, committer_offset, years[0], years[1])}


def _season_of_own_clock(post: Any, committed: dict[int, int]) -> bool:
    """The commit's author offset and its committer date's (``committed``) are one zone's clock
    in two seasons (``_one_clock_two_seasons``)."""
    extra = post.extra if isinstance(post.extra, dict) else {}
    committer_time = extra.get("git_committer_time")
    if not isinstance(committer_time, int) or not isinstance(post.stated_offset_minutes, int):
        return False
    try:
        moment = post.published_at
        authored = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    except (AttributeError, OverflowError, OSError, ValueError):
        return False
    return _one_clock_two_seasons(authored, post.stated_offset_minutes, committer_time,
                                  committed.get(id(post)))


def _off_own_clock(authored: float, author_offset: int, committed: int, committer_offset: int | None) -> bool:
    """The author offset is one the committer's own clock did not show at the author time: a
    zone whose clock changes showed ``committer_offset`` at both moments, and ``author_offset``
    (an hour away) only in the other season. A fixed offset typed all year (+0100 in July beside
    Berlin's +0200), which git never writes."""
    return (committer_offset, committer_offset) in _seasonal_clock_readings(authored, author_offset,
                                                                            committed, committer_offset)


def _quiet_share(moments: list[float]) -> float:
    """The share of ``moments`` (local seconds) in the quietest QUIET_HOURS of the clock's day."""
    hours = [0] * 24
    for moment in moments:
        hours[int(moment % 86400 // 3600)] += 1
    windows = (sum(hours[(h + k) % 24] for k in range(QUIET_HOURS)) for h in range(24))
    return min(windows) / max(1, len(moments))


def _hand_sign(pairs: list[_Pair], candidates: list[int], ahead: int) -> str:
    """What shows, across the history, that the far author dates of ``candidates`` (indices into
    ``pairs``: far before their commit, alone, on the same clock, with those whose offset was typed)
    were typed, not rewritten: see AHEAD_MIN_COMMITS. "" when nothing does: a rebase or amend habit."""
    if ahead >= AHEAD_MIN_COMMITS:
        return "ahead"
    if len(candidates) < CLOCKLESS_MIN_COMMITS:
        return ""
    chosen = [pairs[i] for i in candidates]
    if sum(1 for _, a, _, _, _ in chosen if a % 60 == 0) >= WHOLE_MINUTE_SHARE * len(chosen):
        return "minutes"
    hours = Counter((int((a + 60 * ao) % 86400 // 3600), ao) for _, a, ao, _, _ in chosen)
    if hours.most_common(1)[0][1] >= CLOCKLESS_ONE_HOUR * len(chosen):
        return "hour"
    authored = _quiet_share([a + 60 * ao for _, a, ao, _, _ in chosen])
    committed = _quiet_share([c + 60 * (co or 0) for _, _, _, c, co in chosen])
    if authored >= FLAT_QUIET_SHARE and committed <= authored / 2:
        return "flat"
    return ""


def _far_unexplained(pairs: list[_Pair], zero_rule: bool) -> tuple[list[bool], str]:
    """Per commit: its author date is far from its committer date in a way a rebase, an amend,
    another machine's clock or the writer's own clock in another season does not explain (see
    REBASE_BATCH_SECONDS), and what shows a hand (``_hand_sign``; AHEAD_MIN_COMMITS). ``zero_rule``
    (tim15): every author date says +0000 beside committer dates on another clock: far counts."""
    import bisect

    committed = sorted(c for _, _, _, c, _ in pairs)
    committer_offsets = {co for _, _, _, _, co in pairs if co is not None}
    flags = [False] * len(pairs)
    candidates: list[int] = []
    ahead = 0
    typed: list[int] = []
    for index, (_, a, ao, c, co) in enumerate(pairs):
        if abs(a - c) <= CLOCKLESS_FAR_SECONDS:
            continue
        if a - c > CLOCKLESS_FAR_SECONDS:
            flags[index] = True  # authored hours after it was committed: no rewrite does that
            ahead += 1
            continue
        i = bisect.bisect_left(committed, c - REBASE_BATCH_SECONDS)
        if bisect.bisect_right(committed, c + REBASE_BATCH_SECONDS) - i > 1:
            continue  # a rebase writes a series at one moment
        same_clock = co is not None and (co == ao or (abs(co - ao) == 60 and ao in committer_offsets))
        if not (zero_rule or (ao != 0 and same_clock)) or _one_clock_two_seasons(a, ao, c, co):
            continue
        if zero_rule:
            flags[index] = True
        elif _off_own_clock(a, ao, c, co):
            flags[index] = True  # an offset typed all year, not the clock's
            typed.append(index)
        else:
            # Alone and on the same clock: a one-commit rebase or an amend writes just this.
            candidates.append(index)
    # The typed offsets' far dates come from the same hand: their times are asked with the others'.
    sign = _hand_sign(pairs, sorted(candidates + typed), ahead) if candidates else ""
    for index in candidates if sign else ():
        flags[index] = True
    if not sign and typed:
        sign = "offset"
    return flags, "" if zero_rule else sign


def _natural(pairs: list[_Pair]) -> bool:
    """Committer times that spread as a day's do and are their own moments (NATURAL_TOP_HOUR,
    NATURAL_DISTINCT)."""
    n = len(pairs)
    committer_hours = Counter(int((c + 60 * (co or 0)) % 86400 // 3600) for _, _, _, c, co in pairs)
    if committer_hours.most_common(1)[0][1] > NATURAL_TOP_HOUR * n:
        return False  # the committer dates are set too (all at midnight: TIME008's dates)
    return len({c // 60 for _, _, _, c, _ in pairs}) >= NATURAL_DISTINCT * n


def _stretch(flags: list[bool]) -> tuple[int, int]:
    """[start, end) of the run of ``flags`` where set flags most exceed STRETCH_SHARE of it: each
    scores 1 - STRETCH_SHARE, each unset one - STRETCH_SHARE (Kadane's maximum subarray)."""
    best, best_at, run, run_from = 0.0, (0, 0), 0.0, 0
    for i, flag in enumerate(flags):
        if run <= 0:
            run, run_from = 0.0, i
        run += (1.0 if flag else 0.0) - STRETCH_SHARE
        if run > best:
            best, best_at = run, (run_from, i + 1)
    return best_at


def _day_of(epoch: int, offset: int | None) -> str:
    from datetime import datetime, timedelta

    try:
        return (datetime.fromtimestamp(epoch, UTC) + timedelta(minutes=offset or 0)).strftime("%Y-%m-%d")
    except (OverflowError, OSError, ValueError):
        return ""


def clockless_author_dates(posts: Any) -> Clockless | None:
    """``Clockless`` when the writer's author dates carry no time of day and the committer dates
    do (see CLOCKLESS_MIN_COMMITS), for all of the writer's commits or for a stretch of them
    (STRETCH_SHARE); None otherwise."""
    from nymaudit.detectors.git_identity import _writer_emails, committer_is_writer

    commits = [p for p in posts if p.kind == "commit" and isinstance(p.extra, dict)
               and isinstance(p.extra.get("git_committer_time"), int) and p.published_at is not None]
    if len(commits) < CLOCKLESS_MIN_COMMITS:
        return None
    writer_emails = _writer_emails(commits)
    pairs: list[_Pair] = []
    # Decided once per (author, committer), as committer_offsets does: 200,000 commits, a few pairs.
    decided: dict[tuple[str, str], bool] = {}
    for post in commits:
        pair = (str(post.extra.get("git_author") or ""), str(post.extra.get("git_committer") or ""))
        if pair not in decided:
            decided[pair] = committer_is_writer(pair[0], pair[1], writer_emails)
        if not decided[pair]:
            continue
        try:
            moment = post.published_at
            authored = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
        except (OverflowError, OSError, ValueError):
            continue
        author_offset = post.stated_offset_minutes if isinstance(post.stated_offset_minutes, int) else 0
        committer_offset = post.extra.get("git_committer_offset_minutes")
        committer_offset = committer_offset if isinstance(committer_offset, int) else None
        pairs.append((post, authored, author_offset, int(post.extra["git_committer_time"]), committer_offset))
    if len(pairs) < CLOCKLESS_MIN_COMMITS:
        return None
    pairs.sort(key=lambda pair: pair[3])  # in the order they were committed
    # Midnights set by hand are read at their committer dates beside any other reading (tim16b).
    return _with_midnights(_clockless_reading(pairs) if _natural(pairs) else None, pairs)


def _clockless_reading(pairs: list[_Pair]) -> Clockless | None:
    """``clockless_author_dates`` on the writer's commits in the order they were committed."""
    n = len(pairs)
    author_hours = Counter((int((a + 60 * ao) % 86400 // 3600), ao) for _, a, ao, _, _ in pairs)
    (hour, offset), in_hour = author_hours.most_common(1)[0]
    # Distance from the committer date alone is no sign of a date set by hand: an amend, a rebase,
    # `git am` or a review workflow writes committer dates days after real author dates (rev15d
    # item 2: Berlin evenings at +01:00/+02:00 re-committed by a UTC clock were thrown away for it).
    zero_authors = all(ao == 0 for _, _, ao, _, _ in pairs)
    clocked_committers = any(co not in (0, None) for _, _, _, _, co in pairs)
    far_flags, sign = _far_unexplained(pairs, zero_authors and clocked_committers)
    far = sum(far_flags)

    def found(chosen: list[_Pair], how: str, in_hour: int, far: int) -> Clockless:
        ahead = sum(1 for _, a, _, c, _ in chosen if a - c > CLOCKLESS_FAR_SECONDS)
        same = all(co == ao for _, _, ao, _, co in chosen if co is not None)
        return Clockless({id(p): (c, co) for p, _, _, c, co in chosen}, len(chosen), how, hour, offset,
                         in_hour, far, n, _day_of(chosen[0][3], chosen[0][4]),
                         _day_of(chosen[-1][3], chosen[-1][4]), ahead, same, sign if how == "far" else "")

    if in_hour >= CLOCKLESS_ONE_HOUR * n:
        return found(pairs, "hour", in_hour, far)
    # Only some of them (a writer who began setting the author date halfway): the stretch where
    # most author dates sit in one clock hour the commit was not made in, or are far from it.
    hour_flags = [(int((a + 60 * ao) % 86400 // 3600), ao) == (hour, offset)
                  and abs(a - c) > CLOCKLESS_OWN_MOMENT for _, a, ao, c, _ in pairs]
    flags = [h or f for h, f in zip(hour_flags, far_flags, strict=True)]
    start, end = _stretch(flags)
    chosen = pairs[start:end]
    if (CLOCKLESS_MIN_COMMITS <= len(chosen) < STRETCH_WHOLE * n
            and sum(flags[start:end]) >= CLOCKLESS_MIN_COMMITS and _natural(chosen)):
        stretch_hour, stretch_far = sum(hour_flags[start:end]), sum(far_flags[start:end])
        return found(chosen, "hour" if stretch_hour >= stretch_far else "far", stretch_hour, stretch_far)
    if far >= CLOCKLESS_FAR_SHARE * n:
        # Throughout the history (or every other commit): all of them read at the committer date.
        return found(pairs, "far", in_hour, far)
    return None


def _midnight_set_by_hand(pair: _Pair) -> bool:
    """An author date at exactly 00:00:00 (UTC or its own offset) on a commit made at another time
    of day: no converter writes a git author date, a person typed it (``MIDNIGHT_MIN_COMMITS``)."""
    _, a, ao, c, co = pair
    at_midnight = a % 86400 == 0 or (a + 60 * ao) % 86400 == 0
    committed_at_midnight = c % 86400 == 0 or (c + 60 * (co or 0)) % 86400 == 0
    return at_midnight and not committed_at_midnight and abs(a - c) > CLOCKLESS_OWN_MOMENT


def _with_midnights(clockless: Clockless | None, pairs: list[_Pair]) -> Clockless | None:
    """``clockless`` with the commits whose author dates are midnights set by hand added (read at
    their committer dates too), or a Clockless of those alone (``how`` "midnight")."""
    # Those another reading already takes at their committer dates are said by TIME002.
    taken = clockless.commits if clockless is not None else {}
    midnight = [pair for pair in pairs if _midnight_set_by_hand(pair) and id(pair[0]) not in taken]
    if (len(midnight) < MIDNIGHT_MIN_COMMITS
            or len(midnight) * 86400 < MIDNIGHT_OVER_CHANCE * len(pairs)
            # Their committer dates their own moments, not one rebase's (its time is no commit's).
            or len({c // 60 for _, _, _, c, _ in midnight}) < NATURAL_DISTINCT * len(midnight)):
        return clockless
    ids = frozenset(id(p) for p, _, _, _, _ in midnight)
    utc = all(a % 86400 == 0 for _, a, _, _, _ in midnight)
    if clockless is None:
        return Clockless({id(p): (c, co) for p, _, _, c, co in midnight}, len(midnight), "midnight",
                         of_all=len(pairs), midnights=ids, midnight_utc=utc)
    clockless.commits.update({id(p): (c, co) for p, _, _, c, co in midnight})
    clockless.midnights = ids
    clockless.midnight_utc = utc
    return clockless


def midnights_said(clockless: Clockless | None) -> str:
    """TIME008's sentence on author dates at midnight set by hand (``_with_midnights``)."""
    if clockless is None or not clockless.midnights:
        return ""
    n = len(clockless.midnights)
    frame = "UTC" if clockless.midnight_utc else "in the offset they state"
    return (f"The author dates of {plural(n, 'commit')} are at exactly 00:00:00 ({frame}) while "
            f"{'it was' if n == 1 else 'each was'} committed at another time of day: dates set by hand "
            "(`git commit --date`, GIT_AUTHOR_DATE), not a converter's. They hide nothing: the committer "
            f"{'date keeps' if n == 1 else 'dates keep'} the moment each commit was made, on your clock, "
            "and anyone can read them (`git log --format=fuller`), so the hours of "
            f"{'that commit are' if n == 1 else 'those commits are'} read from "
            f"{'its committer date' if n == 1 else 'their committer dates'} (TIME007).")


_HAND_SAID = {
    "ahead": "beside author dates hours after their commit, which no rebase or amend writes",
    "minutes": "most at a whole minute (:00 seconds), as typed times are and git's own are not",
    "hour": "most in one hour of the clock, as typed times are",
    "flat": ("spread over every hour of the day with no quiet stretch while your committer dates keep "
             "a night (a rebase or amend keeps the real times, which have one)"),
    "offset": ("their offset one your own clock did not show on those dates (a fixed offset typed all "
               "year, where git writes the clock's)"),
}


def clockless_said(clockless: Clockless) -> str:
    """TIME002's sentence on which times were read when the author dates carry no clock (TIME008
    says the midnights set by hand, ``midnights_said``)."""
    if clockless.how == "midnight":
        return ""
    if clockless.how == "hour":
        why = (f"{clockless.in_hour} of {clockless.total} sit between {clockless.hour:02d}:00 and "
               f"{clockless.hour:02d}:59 at {_format_minutes(clockless.offset)}, one hour of the clock")
    else:
        why = (f"{clockless.far} of {clockless.total} are more than {CLOCKLESS_FAR_SECONDS // 3600} hours "
               "from when the commit was made")
        if clockless.ahead:
            why += f" ({clockless.ahead} of them after it, which no rebase or amend writes)"
        elif clockless.same_clock:
            # Alone and on the same clock is also what a one-commit rebase or an amend writes
            # (tim16c): the sentence names the sign of a hand that was found.
            why += ", one commit at a time and on the clock that made it"
        if not clockless.ahead and clockless.sign in _HAND_SAID:
            why += f", {_HAND_SAID[clockless.sign]}"
    if clockless.of_all > clockless.total:
        return (f" The author dates of {clockless.total} of your {clockless.of_all} commits, those committed "
                f"from {clockless.first_day} to {clockless.last_day}, carry no time of day: {why}, as dates "
                "set by hand are (`git commit --date`, GIT_AUTHOR_DATE), where your other commits' author "
                "dates are the moments they were made. So the hours of those "
                f"{plural(clockless.total, 'commit')} are read from their committer dates, which git writes "
                "itself when a commit is made (and a rebase or `--amend` writes again), on your clock, and "
                "which anyone can read (`git log --format=fuller`); the others' from their author dates.")
    return (f" The author dates of your commits carry no time of day: {why}, as dates set by hand "
            "are (`git commit --date`, GIT_AUTHOR_DATE). So the hours here are read from the "
            f"committer dates of {plural(clockless.total, 'commit')}, which git writes itself when a "
            "commit is made (and a rebase or `--amend` writes again), on your clock, and which anyone "
            "can read (`git log --format=fuller`).")


def collect(ctx: ScanContext, committed: dict[int, int] | None = None,
            clockless: Clockless | None = None) -> tuple[list[float], list[float], list[bool], int, str]:
    """(epoch seconds, stated offset minutes or NaN, hour usable, untimed count,
    input label) from posts and activities. ``committed`` (``committer_offsets``): the
    offsets the writer's own committer dates store where they differ from the author's.
    ``clockless`` (``clockless_author_dates``): commits read at their committer date."""
    from nymaudit.detectors.git_identity import committed_at_author_time

    committed = committed or {}
    instead = clockless.commits if clockless is not None else {}
    times: list[float] = []
    stated: list[float] = []
    usable: list[bool] = []
    untimed = 0
    nan = float("nan")
    publishing = _publishing_commits(ctx.corpus.posts)
    for post in ctx.corpus.posts:
        moment = post.published_at
        if moment is None:
            # A draft's date is no moment of publishing, a site's config record no post.
            untimed += post.is_post and post.timestamp is None
            continue
        if id(post) in publishing:
            continue
        if id(post) in instead:
            # An author date with no clock in it (set by hand): the committer date git wrote
            # when the commit was made is the moment, on its own clock (fifteenth session).
            committer_time, committer_offset = instead[id(post)]
            times.append(float(committer_time))
            stated.append(float(committer_offset) if committer_offset is not None else nan)
            usable.append(True)
            continue
        try:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            times.append(moment.timestamp())
        except (OverflowError, OSError, ValueError):
            untimed += 1
            continue
        offset = post.stated_offset_minutes
        if offset == 0 and committed.get(id(post)) and committed_at_author_time(post):
            # A +00:00 author date beside the writer's own committer date at the same moment on
            # another clock: the author date was set by hand (`git commit --date`,
            # GIT_AUTHOR_DATE); the committer date's offset is the clock's (walkthrough 14,
            # item 1). Far from the author time (an amend, a rebase, a made-up author time) it
            # belongs to the committer time, not this one: counted by TIME007 alone.
            offset = committed[id(post)]
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
    used = timed_inputs(ctx)
    label = used[0][0] if used else ctx.corpus.inputs[0].path if ctx.corpus.inputs else ""
    return times, stated, usable, untimed, label


def _input_of(path: str, inputs: list[str]) -> str | None:
    """The input a record's path lies in (the longest input path it starts with)."""
    best = None
    for name in inputs:
        stem = name.rstrip("/\\") or name  # "blog/" as typed
        inside = path in (name, stem) or (path.startswith(stem)
                                          and path[len(stem):len(stem) + 1] in ("/", "\\", "!", "#"))
        if inside and (best is None or len(name) > len(best)):
            best = name
    return best


def timed_inputs(ctx: ScanContext) -> list[tuple[str, int]]:
    """(input path, posts and activities with a time of day from it), most first (the first input
    on a tie). TIME002 and TIME003 named the first input scanned, a Reddit export of 3 comments
    beside the Mastodon archive whose 420 posts gave the hours (twelfth session, the eleventh's
    note)."""
    inputs = [summary.path for summary in ctx.corpus.inputs]
    counts: dict[str, int] = dict.fromkeys(inputs, 0)
    publishing = _publishing_commits(ctx.corpus.posts)
    # Times of day the hours read: not a date alone, not a time without its zone.
    records: list[Any] = [p for p in ctx.corpus.posts
                          if p.published_at is not None and id(p) not in publishing
                          and not (isinstance(p.extra, dict)
                                   and (p.extra.get("date_only") or p.extra.get("naive_time")))]
    records += [a for a in ctx.corpus.activities if getattr(a, "timestamp", None) is not None]
    for record in records:
        origin = getattr(record, "origin", None)
        name = _input_of(str(getattr(origin, "path", "") or ""), inputs)
        if name is not None:
            counts[name] += 1
    order = {name: i for i, name in enumerate(inputs)}
    return sorted(((n, c) for n, c in counts.items() if c), key=lambda kv: (-kv[1], order[kv[0]]))


def inputs_said(used: list[tuple[str, int]]) -> tuple[str, str] | None:
    """(message, evidence) saying which inputs' times a finding rests on, when several gave
    some; the inputs are named in the evidence (a folder's name may be a real name, and
    --redact masks evidence). None for one input."""
    if len(used) < 2:
        return None
    total = sum(c for _, c in used)
    names = "; ".join(f"{path.replace(chr(92), '/').rstrip('/').rsplit('/', 1)[-1] or path}: {count}"
                      for path, count in used[:4]) + (f"; and {len(used) - 4} more" if len(used) > 4 else "")
    return (f" The times of day come from {len(used)} inputs ({total} records; named in the evidence); "
            f"this finding points at the one that gave the most ({used[0][1]}).",
            f"records with a time of day by input: {names}")


# A commit this close to a post of another source is the act that published it (a Hugo
# blog in git: the post's date and its commit): one moment online, counted once (the blog's
# 40 posts and their 40 commits counted as 80 events).
PUBLISHING_COMMIT_SECONDS = 10 * 60


def _publishing_commits(posts: Any) -> set[int]:
    """ids of commit records within PUBLISHING_COMMIT_SECONDS of a non-commit post."""
    import bisect

    def stamp(post: Any) -> float | None:
        moment = post.published_at
        if moment is None:
            return None
        try:
            return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
        except (OverflowError, OSError, ValueError):
            return None

    others = sorted(t for post in posts if post.kind != "commit" and (t := stamp(post)) is not None)
    if not others:
        return set()
    out: set[int] = set()
    for post in posts:
        if post.kind != "commit" or (t := stamp(post)) is None:
            continue
        i = bisect.bisect_left(others, t - PUBLISHING_COMMIT_SECONDS)
        if i < len(others) and others[i] <= t + PUBLISHING_COMMIT_SECONDS:
            out.add(id(post))
    return out


def naive_times(ctx: ScanContext) -> list[float]:
    """The wall-clock times (read as if UTC, epoch seconds) of published posts whose time
    carries no zone (``2025-01-01 08:13:00`` from a spreadsheet): their UTC moment is
    unknown, so the hours leave them out, but their own clock still shows a routine."""
    out: list[float] = []
    for post in ctx.corpus.posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        moment = post.published_at
        if moment is None or not extra.get("naive_time") or extra.get("date_only"):
            continue
        try:
            out.append(moment.replace(tzinfo=UTC).timestamp())
        except (OverflowError, OSError, ValueError):
            continue
    return out


def wall_clock_routine(naive: list[float]) -> str:
    """What zone-less times show on their own clock, without any offset: the quiet hours,
    the share in office hours on weekdays and the weekend; "" below MIN_POSTS of them."""
    import numpy as np

    from nymaudit.timing.core import MIN_POSTS
    from nymaudit.timing.routine import WORK_END, WORK_START, _sleep_window
    from nymaudit.timing.weekly import day_hour_counts, weekend_shape
    from nymaudit.timing.zones import WEEKDAY_NAMES, WEEKENDS

    if len(naive) < MIN_POSTS:
        return ""
    local = np.asarray(naive, dtype=np.int64)
    hour = (local % 86400) // 3600
    weekday = (local // 86400 + 3) % 7
    parts = []
    quiet = _sleep_window(np.bincount(hour, minlength=24))
    if quiet:
        parts.append(f"quiet from about {quiet[0]:02d}:00 to {quiet[1]:02d}:00")
    day0, counts = day_hour_counts(local)
    shape, shape_p, _ = weekend_shape(day0, counts)
    free = WEEKENDS[shape] if shape is not None and shape_p >= 0.5 else WEEKENDS["Sat-Sun"]
    workday = ~np.isin(weekday, free)
    share = float((workday & (hour >= WORK_START) & (hour < WORK_END)).mean())
    parts.append(f"{share:.0%} of them between {WORK_START:02d}:00 and {WORK_END:02d}:00 on working days")
    if shape is not None and shape_p >= 0.5:
        parts.append("a " + "-".join(WEEKDAY_NAMES[d] for d in WEEKENDS[shape]) + " weekend")
    return "; ".join(parts)


def unpublished_offsets(ctx: ScanContext) -> dict[int, int]:
    """{offset minutes: drafts} for the offsets drafts store: left out of the posting hours,
    their front matter still carries the writer's offset (a leak before they go out)."""
    counts: Counter[int] = Counter()
    for post in ctx.corpus.posts:
        offset = post.stated_offset_minutes
        if (post.is_post and post.published_at is None and post.timestamp is not None
                and isinstance(offset, int) and abs(offset) <= 16 * 60):
            counts[offset] += 1
    return dict(counts)


def config_zone(posts: Any) -> dict[str, Any] | None:
    """The site configuration whose ``timezone:`` gave posts their offset (a blog's naive
    dates), with how many stated offsets came from it; None when none did."""
    found: dict[str, Any] | None = None
    for post in posts:
        extra = post.extra if isinstance(post.extra, dict) else {}
        if extra.get("offset_source") != "site configuration" or post.stated_offset_minutes is None:
            continue
        if found is None:
            found = {"zone": str(extra.get("site_timezone") or ""), "path": str(extra.get("site_config")),
                     "line": extra.get("site_config_line"), "records": 0}
        found["records"] += 1
    return found


def detect(ctx: ScanContext) -> DetectorResult:
    from nymaudit.timing.photos import forget_earlier_scans

    forget_earlier_scans()  # this scan may read no photo: an earlier one's must not wait for the next
    result = DetectorResult()
    if ctx.options.get("timing") == "photos":
        # `nymaudit check` (check.TIMING_PHOTOS_ONLY): drafts have no publishing time to read,
        # but a photo's stored offset is a leak to see before publishing (TIME009).
        photo_findings(ctx, None, result.findings)
        return result
    from nymaudit.detectors.git_identity import committer_offsets

    committed = committer_offsets(ctx.corpus.posts)
    clockless = clockless_author_dates(ctx.corpus.posts)
    times, stated, usable, untimed, label = collect(ctx, committed, clockless)
    since = window_start(times, usable)
    drafts = dict(Counter(unpublished_offsets(ctx)))
    # Committer dates ``collect`` did not read as their commit's offset (beside another author
    # offset or time: an amend, a rebase) are said on their own, out of the counts and the clue:
    # a rebase is one reading of one clock, and counted beside the author dates the same commits
    # were counted twice (rev14c 3). Unless only they give a zone away: then they are the clue.
    alone = bool(committed) and not records_give_zone(ctx.corpus.posts, drafts)
    if alone:
        later = committer_stored(ctx.corpus.posts, committed, since, clockless)[1]
        drafts = dict(Counter(drafts) + Counter(committed[id(p)] for p in later))
    config = config_zone(ctx.corpus.posts)
    if not times:
        result.sections["timing"] = None
        if drafts:
            result.findings.append(stated_offset_finding(drafts, Origin(label), config,
                                                         zero_in_summer(ctx.corpus.posts)))
            point_at_offsets(result.findings[-1], ctx.corpus.posts)
        photo_findings(ctx, None, result.findings)
        return result
    from nymaudit.timing import analyse

    try:
        timing = analyse(times, stated_offsets=stated, hour_usable=usable,
                         stated_setting=offsets_are_settings(ctx.corpus.posts))
    except (ValueError, OverflowError, ArithmeticError, MemoryError):
        result.sections["timing"] = None
        photo_findings(ctx, None, result.findings)
        return result
    if no_dst_unsupported(timing):
        timing.observes_dst = None
    timing.unread_breaks = drop_unread_breaks(ctx, timing)
    if timing.midnight and timing.midnight_frame == "UTC and unstated":
        # TIME008 words the count by slot (tim16c, rev16b 8): "60 at exactly 18:30:00 UTC, a +05:30
        # zone's midnight", not "at exactly 00:00:00" for records at another time of the UTC day.
        timing.midnight_slots = _midnight_slots(times, stated, usable)
    photos = _photo_reading(ctx)
    if photos is not None:
        from nymaudit.timing.photos import rank_by_hours

        rank_by_hours(photos, timing.zone_posterior)
    if (photos is not None and photos.confidence == "high" and timing.standard_offset is not None
            and not _photo_check(photos, timing)[0]):
        # Three or more days of photos on another clock: the hours' reading is at most medium,
        # in the section and in TIME002 alike (they must not differ, eighth session).
        timing.photos_disagree = True
        if timing.offset_confidence == "high":
            timing.offset_confidence = "medium"
        if photo_lean(photos, timing)[0] == "photos":
            # The photos are the likelier reading (photo_lean): the hours' own is then low.
            timing.offset_confidence = "low"
            timing.confidence_capped = True
    result.sections["timing"] = timing.to_contract()
    boosts = sum(1 for a in ctx.corpus.activities if getattr(a, "timestamp", None) is not None)
    naive = naive_times(ctx)
    result.findings.extend(findings(timing, Origin(label), untimed, drafts, config, boosts, naive,
                                    zero_in_summer(ctx.corpus.posts)))
    for leak in (f for f in result.findings if f.rule == "TIME007"):
        point_at_offsets(leak, ctx.corpus.posts)
        committer_dates_said(leak, ctx.corpus.posts, committed, since, alone, clockless)
    for left in (f for f in result.findings if f.rule == "TIME008"):
        point_at_naive(left, timing, ctx.corpus.posts, untimed)
    midnight_note = midnights_said(clockless)
    if midnight_note:
        # Author dates at midnight set by hand (walk16 12): TIME008 says what they are, as TIME007
        # does, and that their hours were read, not dropped as a converter's placeholders.
        left = next((f for f in result.findings if f.rule == "TIME008"), None)
        advice = str(rule("TIME008").data.get("advice_git_midnight", "")).strip() or None
        if left is None:
            result.findings.append(rule("TIME008").finding(
                midnight_note, f"author dates at 00:00:00: {plural(len(clockless.midnights), 'commit')}",
                Origin(label), advice=advice))
        else:
            left.message += " " + midnight_note
            left.evidence += f"; author dates at 00:00:00: {plural(len(clockless.midnights), 'commit')}"
            if advice:
                left.advice = f"{left.advice} {advice}"
    if clockless is not None and clockless.how != "midnight":
        said_on = next((f for f in result.findings if f.rule == "TIME002"),
                       next((f for f in result.findings if f.rule == "TIME001"), None))
        if said_on is not None:
            said_on.message += clockless_said(clockless)
            said_on.evidence = "; ".join(filter(None, (
                said_on.evidence, f"times of day read from committer dates: {clockless.total} commits")))
    several = inputs_said(timed_inputs(ctx))
    for finding in (f for f in result.findings if several and f.rule in ("TIME002", "TIME003")):
        finding.message += several[0]
        finding.evidence = f"{finding.evidence}; {several[1]}" if finding.evidence else several[1]
    photo_findings(ctx, timing, result.findings, photos)
    zero_gmt = sum(1 for p in ctx.corpus.posts if isinstance(p.extra, dict) and p.extra.get("zero_gmt"))
    said = next((f for f in result.findings if f.rule in ("TIME001", "TIME008") and naive
                 and "no time zone" in f.message), None)
    if zero_gmt and said is not None:
        # sources/wordpress.py: published posts whose post_date_gmt is zeros keep post_date only.
        said.message += (
            f" Of these, {zero_gmt} {'is a WordPress post' if zero_gmt == 1 else 'are WordPress posts'} "
            "whose post_date_gmt is 0000-00-00 00:00:00 (as a plugin's import often leaves it): only "
            "post_date, the site's local time in a zone the export does not say, was read."
        )
    return result


_NOT_READ = object()


def _photo_reading(ctx: ScanContext) -> Any:
    """TIME009's reading of the photos' clocks, or None (none, or a bug in this extra: it must not
    lose the TIME findings)."""
    from nymaudit.timing.photos import add_history_peers, history_clocks, read_clocks, reading

    try:
        found = reading(*read_clocks(ctx.corpus, ctx))
    except Exception:  # noqa: BLE001
        return None
    history = ctx.options.get("clock_history") or []
    if found is not None and found.only_zero and history:
        # `check --history`: the same camera on its summer hour there makes this +00:00 a local
        # winter clock, as META014 says it (detectors.metadata.clock_peers; tim15b). Only for
        # +00:00 alone, so a check without it reads no history photo here.
        with contextlib.suppress(Exception):
            add_history_peers(found, *history_clocks(list(history), ctx))
    return found


def photo_findings(ctx: ScanContext, t: Any, out: list[Finding], found: Any = _NOT_READ) -> None:
    """TIME009 from the offsets the corpus's photos store (timing/photos.py), and its check on
    the offset the hours gave, said in both findings. Photos of three or more days on another
    clock (TIME009 high) cap the hours' reading at medium, set on the result before the section
    is written (``detect``), so TIME002 and the section agree (eighth session); fewer may be a
    trip's: the disagreement is said, not scored. A Berlin writer read as London
    beside photos stamped +01:00 and +02:00 was not told (twelfth session, the eleventh's note)."""
    if found is _NOT_READ:
        found = _photo_reading(ctx)
    if found is None:
        return
    if t is not None:
        from nymaudit.timing.photos import rank_by_hours

        rank_by_hours(found, getattr(t, "zone_posterior", None) or {})
    zone_finding = next((f for f in out if f.rule == "TIME002"), None)
    check = None
    if t is not None and zone_finding is not None and t.standard_offset is not None:
        check = _photo_check(found, t)
    out.append(photo_finding(found, check))
    few = next((f for f in out if f.rule == "TIME001"), None)
    if few is not None and found.confidence != "low":
        few.message += " Your photos' clocks give an offset even so (TIME009)."
    if check is not None and zone_finding is not None:
        agree, _, said = check
        if agree:
            zone_finding.message += " The UTC offsets your photos store say the same (TIME009)."
        elif found.confidence != "low":
            disagree = getattr(t, "photos_disagree", False)
            zone_finding.message += (
                f" The UTC offsets your photos store disagree (TIME009: {said}): if they were taken where "
                "you live, this reading of the hours is wrong"
                + (f", and its confidence is at most medium for it ({_photo_spread(found)})."
                   if disagree and t.offset_confidence != "low" else "." if disagree
                   else ", whatever its confidence (which is the hours' own).")
                + (photo_lean(found, t)[1] if disagree else ""))


def _photo_spread(found: Any) -> str:
    """Why photos on another clock cap the hours (TIME009 high): how many days, how far apart.
    "photos of three or more days" was said of one week's holiday photos (red13 item 5)."""
    from nymaudit.timing.photos import separate_weeks, span_days

    stored = [c for c in found.fitting if not c.derived]
    return (f"photos of {separate_weeks(stored)} days at least a week apart, the first and last "
            f"{plural(span_days(stored), 'day')} apart, fit that one clock")


def photo_lean(found: Any, t: Any) -> tuple[str, str]:
    """Which reading to lean towards when photos on one clock (TIME009 high) disagree with the
    hours, and the sentence TIME002 says it with. The photos when they were taken over more than
    a trip's length (TRIP_DAYS; TIME009 high needs that since review rev13b item 4), saying why
    the hours may be wrong: unusual (a day at the edge of the chronotypes without a work week, no
    single rhythm: a night worker is read hours from home, red11 and walk12b 3), uncertain (under
    0.9: simulated writers' hours at 0.9 or more were right 95 % of the time, docs/timing.md), or
    the photos' spread alone. Never towards photos taken within TRIP_DAYS: one trip's photos show
    the trip's clock, however unsure the hours (a fortnight in New York leaned a year of London
    hours towards New York, rev13b item 4); the hours then, or neither when they are unsure."""
    from nymaudit.timing.photos import TRIP_DAYS, span_days

    over = span_days([c for c in found.fitting if not c.derived])
    hours_unusual = bool(getattr(t, "sleep_shifted", None) or rhythm_note(t))
    probability = t.offset_probability or 0.0
    if over > TRIP_DAYS:
        spread = f"taken over {over} days, longer than a trip"
        why = (f"these hours are also a night worker's day read in the wrong zone (above), and the photos "
               f"were {spread}" if hours_unusual
               else f"the hours' own reading is uncertain ({probability:.0%}), and the photos were {spread}"
               if probability < 0.9 else f"they were {spread}")
        return "photos", f" Lean towards the photos' clock: {why}, so the hours' reading is low confidence."
    within = f"photos taken within {over or 1} {'day' if over <= 1 else 'days'} can be one trip's"
    if hours_unusual or probability < 0.9:
        return "neither", (f" Neither reading is sure: the hours' own is uncertain ({probability:.0%}"
                           + (", and they may be a night worker's day" if hours_unusual else "")
                           + f"), and {within}, which shows the trip's clock, not home's. Photos taken "
                           "at home on other dates would settle it.")
    return "hours", (f" Lean towards the hours: they fit an ordinary day at {probability:.0%} "
                     f"(simulated writers read at 90 % or more were right 95 % of the time), and "
                     f"{within}. Photos taken at home on other dates would settle it.")


def _photo_check(found: Any, t: Any) -> tuple[bool, str, str]:
    """(whether the zone the hours gave showed the photos' offsets when they were taken, that
    zone as said, the photos' clock as said)."""
    from nymaudit.timing.photos import format_minutes, zone_agrees

    zone = _headline_zone(t)
    agree, total = zone_agrees(found, zone, t.standard_offset)
    offsets = "/".join(format_minutes(m) for m, _ in sorted(found.offsets[:3]))
    said = f"«{offsets}» in {plural(total, 'photo')}"
    if found.zones:
        # The zones whose clock showed those offsets on the photos' dates, the likeliest by the
        # hours first (``rank_by_hours``): the first of a population list named Africa/Lagos to
        # a UK nurse whose October photos were on British Summer Time (walkthrough 14 item 9).
        named = [f"«{z}»" for z in found.zones[:3]]
        how = "likeliest by your hours" if found.ranked_by_hours else "most populous"
        said += (", on those dates the clock of "
                 + (named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}")
                 # No count of the zones that fit: under --redact it would narrow the masked offset.
                 + ("" if len(named) == 1 else f", {how} first" if len(found.zones) == len(named)
                    else f", the {how} of the zones that fit"))
    hours = format_offset(t.standard_offset) + (f" («{zone}»)" if zone else "")
    return 2 * agree >= total, hours, said


ZONES_NAMED = 3


def _from_several_regions(zones: list[str], count: int = ZONES_NAMED) -> list[str]:
    """Up to ``count`` of ``zones`` (population order), one region (the name before "/") in turn:
    examples, not the first three of one continent."""
    by_region: dict[str, list[str]] = {}
    for zone in zones:
        by_region.setdefault(zone.split("/", 1)[0], []).append(zone)
    picked: list[str] = []
    while len(picked) < min(count, len(zones)):
        for region_zones in by_region.values():
            if region_zones and len(picked) < count:
                picked.append(region_zones.pop(0))
    return picked


def _zones_named(found: Any) -> str:
    """The zones whose clock fits the photos, as TIME009 names them: in the posting hours' order
    (``rank_by_hours``) when they give one; else examples from several regions, said to be
    examples (walk16 14: «Africa/Lagos, Europe/London, ...» first read as the tool's answer for
    a report full of Leeds)."""
    zones = list(found.zones)
    if len(zones) == 1:
        return f" «{zones[0]}»"
    if found.ranked_by_hours:
        return " «" + ", ".join(zones[:ZONES_NAMED]) + "» (the likeliest by your posting hours first)"
    picked = _from_several_regions(zones)
    regions = len({zone.split("/", 1)[0] for zone in picked})
    return (", for example, «" + ", ".join(picked) + "» ("
            + ("zones of several regions fit; " if regions > 1 else "")
            + "the photos alone do not say which)")


def photo_finding(found: Any, check: tuple[bool, str, str] | None = None) -> Finding:
    """TIME009: the photos' offsets, how many fit one clock, what makes them weak, and whether
    the zone the posting hours gave agrees."""
    from nymaudit.timing.photos import (
        BUDGET_SECONDS,
        HIGH_PHOTOS,
        MAX_PHOTOS,
        POST_GAP_MINUTES,
        TRIP_DAYS,
        WORLD_CLOCK_SOURCE,
        format_minutes,
        occasions,
        separate_weeks,
        span_days,
        trip_length,
    )

    clocks, fitting = found.clocks, found.fitting
    listing = ", ".join(f"{format_minutes(m)} ({plural(n, 'photo')})" for m, n in found.offsets[:4])
    stored = [c for c in clocks if not c.derived]
    derived = [c for c in clocks if c.derived]
    total = len(clocks)
    if stored:
        message = (f"{plural(len(stored), 'photo')} {'stores' if len(stored) == 1 else 'store'} the UTC "
                   "offset of the camera's clock when taken")
        if derived:
            message += f" and {len(derived)} more give it from their times"
    else:
        message = (f"{plural(len(derived), 'photo')} {'gives' if len(derived) == 1 else 'give'} the UTC "
                   "offset of the camera's clock from their times")
    message += f" (named in the evidence): «{listing}»"
    if total > 1:
        message += ("; all fit one clock" if len(fitting) == total
                    else f"; {len(fitting)} of {total} fit one clock")
        if len(found.offsets) > 1:
            message += " that changes for summer time"
        if found.zones:
            message += ", as in" + _zones_named(found)
        weak_zero = len(found.weak_zero)
        if len(fitting) + weak_zero < total:
            message += ", the others show another (taken while travelling, or on a clock set elsewhere)"
        if weak_zero:
            # Why they are weak inside the quote: said outside it, it named the masked +00:00 (red16 F4).
            message += (f"; {plural(weak_zero, 'photo')} at «+00:00», «what a camera whose clock was never "
                        "set writes, counted as weak»")
    elif found.zones:
        message += ", as the clock on that date of" + _zones_named(found)
    message += "."
    sources = {c.source for c in derived}
    if derived:
        how = []
        if "capture time against GPS time" in sources:
            how.append("their capture time against the GPS time in UTC")
        if WORLD_CLOCK_SOURCE in sources:
            how.append("the zone their camera's world clock was set to (its maker notes)")
        if "capture time against its post's time" in sources:
            how.append(f"their capture time against the time of the post they were attached to, whose "
                       f"date states its offset and follows the capture within {POST_GAP_MINUTES} "
                       "minutes on that clock (posted on the spot)")
        message += f" {plural(len(derived), 'photo')} store no offset: worked out from {' or '.join(how)}."
    local_zero = found.local_zero
    peers = found.peers
    # The offset and the countries it names are quoted: --redact masks «...», and unquoted they named
    # the zone its clue and listing mask (tim15b, as metadata.findings.UTC_ZONES_SAID). So is what
    # makes +00:00 special (a clock never set, or set to UTC): said outside the quote, it named the
    # masked offset (red16 F4).
    all_say = (" They all say «+00:00»" if found.all_zero or total == 1 else
               f" The {plural(len(fitting), 'photo')} on that clock say «+00:00»")
    if found.only_zero and peers:
        # `check --history`: the same camera wrote another offset of one zone's clock in a photo
        # published before (timing.photos.add_history_peers), as META014 says it (tim15b).
        peer = peers[0]
        same = ("the same camera (by its serial number)" if peer.device.startswith("serial ")
                else "a camera of the same make and model")
        # The zones named above are those whose clock showed both offsets on their dates.
        message += (all_say + (f", {local_zero}," if local_zero else "") +
                    f" and {same} wrote «{format_minutes(peer.minutes)}» on «{peer.taken:%Y-%m-%d}» in "
                    "a photo of your --history (named in the evidence" + ("" if len(peers) == 1 else
                                                                          f", with {len(peers) - 1} more")
                    + "), as "
                    + ("that zone's clock does" if len(found.zones) == 1 else "the clocks of those zones do")
                    + " then: a local clock that changes for summer time, so «UTC+00:00» is where the "
                    "camera was outside summer time, «not a clock never set or set to UTC».")
    elif found.only_zero and local_zero:
        # The maker notes name the city the camera's clock follows (metadata.findings.zero_is_local,
        # as META014 says it): a +00:00 chosen, not a clock never set (fifteenth session, item 4).
        message += (all_say +
                    f", and {local_zero}: a local clock «rather than one never set», so «UTC+00:00» is "
                    "where the camera was: «the UK, Ireland or Portugal in winter, Iceland, or West Africa».")
    elif found.only_zero:
        message += (all_say +
                    ": «what a camera whose clock was never set to a zone (or was set to UTC) writes, as "
                    "well as the winter clock of the UK, Ireland and Portugal, so it says little».")
        if found.history_capped:
            message += (f" Only {found.history_read:,} of the {found.history_photos:,} photos of your "
                        "--history were read for the same camera's clock (a cap on this step).")
    confidence = found.confidence
    on_clock = occasions([c for c in fitting if not c.derived])
    stored_fit = [c for c in fitting if not c.derived]
    weeks = separate_weeks(stored_fit)
    if confidence != "high" and not found.only_zero and on_clock < HIGH_PHOTOS:
        days = ("" if len(fitting) == on_clock else
                f" (these photos were taken on {plural(on_clock, 'day')}: one day's photos, as of a "
                "trip, are one occasion)")
        message += (f" A photo shows where its camera's clock was set when it was taken (a trip shows the "
                    f"trip's zone, a camera never set shows none), so offsets on one clock stored by "
                    f"photos of fewer than {HIGH_PHOTOS} days are weak evidence{days}.")
    elif confidence != "high" and not found.only_zero and (weeks < HIGH_PHOTOS or trip_length(stored_fit)):
        # Days of one trip are not independent: a week's or a fortnight's holiday photos show the
        # trip's clock (red13 item 5, rev13b item 4).
        apart = span_days(stored_fit)
        # Said plainly (walk16 14: "a trip shows the trip's clock, not home's: it takes photos of 3
        # days ..." was hard to parse).
        message += (f" The photos on that clock were taken on {plural(on_clock, 'day')}, the first and "
                    f"last {plural(apart, 'day')} apart: that could be one trip, and a trip's photos show "
                    "the clock of the place visited, not of home. To be sure of home, the tool needs "
                    f"photos on one clock from at least {HIGH_PHOTOS} days, each a week or more apart, "
                    f"the first and last more than {TRIP_DAYS} days apart (longer than a holiday); "
                    "so this is medium confidence.")
    elif confidence != "high" and not found.only_zero:
        message += (f" Only {len(fitting)} of {total} photos fit that clock: taken on several clocks "
                    "(travel), they do not say for sure which is home.")
    if found.unset:
        were = "was" if found.unset == 1 else "were"
        message += (f" {plural(found.unset, 'photo')} with a capture date before 2001 or after this year "
                    f"(a camera clock never set, or set wrong) {were} left out.")
    if found.capped == "count":
        message += (f" Only the first {MAX_PHOTOS:,} of {found.photos:,} photos were read (a cap on the "
                    "photos this step reads).")
    elif found.capped:
        message += (f" Only {found.read:,} of {found.photos:,} photos were read (a cap of "
                    f"{BUDGET_SECONDS:.0f} s of CPU on this step).")
    if check is not None:
        agree, hours, said = check
        message += (f" Your posting hours give {hours} (TIME002), whose clock shows the same offsets "
                    "on those dates." if agree else
                    f" Your posting hours give {hours} (TIME002), whose clock shows other offsets on "
                    "those dates: the two disagree. If the photos are yours and were taken where you "
                    "live, the hours mislead (an unusual routine); else the photos were taken elsewhere.")
    evidence = "; ".join(
        f"{c.name}: {c.source} {format_minutes(c.minutes)}" + (f" ({c.taken:%Y-%m-%d})" if c.taken else "")
        for c in fitting[:6]) + (f"; and {len(fitting) - 6} more" if len(fitting) > 6 else "")
    if peers:
        # The history's photos of the same camera, before the other clocks (``stored_offsets`` reads
        # what follows OTHER_CLOCKS as this finding's own photos, which these are not).
        evidence += "; the same camera in your --history: " + "; ".join(
            f"{c.name}: {c.source} {format_minutes(c.minutes)} ({c.taken:%Y-%m-%d})" for c in peers[:3]) + (
            f"; and {len(peers) - 3} more" if len(peers) > 3 else "")
    others = [c for c in clocks if c not in fitting]
    if others:
        # One photo of each other offset first, so that every offset any photo stores is named:
        # a baseline keys TIME009 offset by offset from the clue and these (``stored_offsets``),
        # and a camera left on another clock fails the gate on every draft if its offset is not.
        firsts = list({c.minutes: c for c in reversed(others)}.values())[::-1]
        shown = firsts + [c for c in others if c not in firsts][:max(0, 3 - len(firsts))]
        evidence += OTHER_CLOCKS + "; ".join(
            f"{c.name}: {format_minutes(c.minutes)}" for c in shown) + (
            f"; and {len(others) - len(shown)} more" if len(others) > len(shown) else "")
    clue = " / ".join(format_minutes(m) for m, _ in found.offsets[:2])
    return rule("TIME009").finding(
        message,
        evidence,
        Origin(fitting[0].display),
        clue_value=clue,
        severity=("medium" if local_zero or peers else "low") if found.only_zero
        else "high" if confidence != "low" else "medium",
        confidence=confidence,
    )


# Where TIME009's evidence names the photos off the clock its clue gives.
OTHER_CLOCKS = "; other clocks: "
_OTHER_CLOCK = re.compile(r"(?:^|; )[^;]*: (UTC[+-]\d{2}:\d{2})(?=;|$)")


def stored_offsets(f: Finding) -> list[str]:
    """Every UTC offset a TIME009 finding's photos store ("UTC+02:00"): its clue's (the one clock
    most photos fit) and those of the photos off that clock its evidence names (``photo_finding``
    names one photo of each). A site whose camera was never set to summer time publishes both,
    and both are the same kind of fact for a baseline (docs/check.md)."""
    found = [part.strip() for part in f.clue.value.split(" / ")] if f.clue is not None else []
    _, sep, tail = f.evidence.rpartition(OTHER_CLOCKS)
    if sep:
        found += [m.group(1) for m in _OTHER_CLOCK.finditer(tail)]
    return list(dict.fromkeys(found))


def point_at_naive(left: Finding, t: Any, posts: Any, untimed: int) -> None:
    """TIME008's location when what it left out is only times without a zone or posts without a
    date: the file of the first such post (a naive time first), not the first input (walk11
    item 10: it named a Reddit export whose dates all carry UTC, beside the blog draft whose
    front matter had the naive time)."""
    if excluded(t):
        return  # imports, bursts, dates out of range: the analysis's own, of every input
    naive = [p for p in posts if p.published_at is not None and isinstance(p.extra, dict)
             and p.extra.get("naive_time") and not p.extra.get("date_only")]
    dateless = [p for p in posts if untimed and p.published_at is None and p.is_post and p.timestamp is None]
    for post in naive[:1] or dateless[:1]:
        origin = getattr(post, "origin", None)
        if isinstance(origin, Origin) and origin.path:
            left.location = Origin(origin.path, origin.record, origin.line)


def offsets_are_settings(posts: Any) -> bool:
    """Whether every record storing an offset stores a setting or a hand-written date, not a
    clock's: WordPress posts and comments (the site's Timezone setting) and front matter
    (a date copied from post to post). A git commit's offset is its machine's clock."""
    found = False
    for post in posts:
        if post.stated_offset_minutes is None or post.published_at is None:
            continue
        extra = post.extra if isinstance(post.extra, dict) else {}
        if not (_wordpress_record(post.origin) or extra.get("front_matter")
                or extra.get("offset_source") == "site configuration"):
            return False
        found = True
    return found


def point_at_offsets(leak: Finding, posts: Any) -> None:
    """TIME007's location: the record that stores a revealing offset (``offset_origin``),
    not the first input; a site configuration's ``timezone:`` keeps its own. The advice
    follows the kind of record: a WordPress offset is the site's setting, not the clock's."""
    place = offset_origin(posts)
    if place is None:
        return
    origin, others, wordpress = place
    if leak.location.record != "timezone":
        leak.location = origin
        if others:
            # The file names (post slugs: "dinner-with-marie-lefebvre") go in the evidence,
            # which --redact masks; in the message they stayed readable (review rev8b item 12).
            count, _, names = others.partition(" files: ")
            leak.message += f" {count} files store an offset other than +00:00 (named in the evidence)."
            leak.evidence += f"; stored in {names}"
    if wordpress and leak.severity.label != "info":
        data = rule("TIME007").data
        advice = str(data.get("advice_wordpress", "")).strip()
        if advice:
            leak.advice = advice if wordpress == "all" else f"{leak.advice} {advice}"


def records_give_zone(posts: Any, drafts: dict[int, int]) -> bool:
    """Whether a record's own stored offset (a post's, a commit's author date, a draft's) other
    than +00:00 gives a zone away: then committer dates are a second reading, said on their own."""
    return any(m != 0 for m in drafts) or any(
        isinstance(p.stated_offset_minutes, int) and p.stated_offset_minutes != 0
        and abs(p.stated_offset_minutes) <= 16 * 60 and p.timestamp is not None for p in posts)


def window_start(times: list[float], usable: list[bool]) -> float | None:
    """The first moment of the hours' window (timing.core: the last WINDOW_DAYS before the latest
    usable time): the records TIME007 counts. None without a usable time."""
    from nymaudit.timing.core import DAY, WINDOW_DAYS

    latest = max((t for t, ok in zip(times, usable, strict=False) if ok), default=None)
    return None if latest is None else latest - WINDOW_DAYS * DAY


def _in_window(post: Any, since: float | None) -> bool:
    if since is None:
        return True
    try:
        return post.published_at.timestamp() >= since
    except (AttributeError, OverflowError, OSError, ValueError):
        return False


def committer_stored(posts: Any, committed: dict[int, int], since: float | None = None,
                     clockless: Clockless | None = None) -> tuple[Counter[int], list[Any], Origin | None]:
    """The offsets other than +00:00 the writer's committer dates store (``committer_offsets``),
    on commits from ``since`` (``window_start``: the records TIME007 counts): (those ``collect``
    read as their commit's offset, beside a +00:00 author date at the same moment; the other
    commits, beside another author offset or time or on a commit that published a post, which
    the record counts leave out unless only they give a zone away; the first one's origin)."""
    from nymaudit.detectors.git_identity import committed_at_author_time

    instead: Counter[int] = Counter()
    also: list[Any] = []
    first: Origin | None = None
    if not committed:
        return instead, also, first
    # The commits that published a post are left out of the hours (``collect``), their offsets too.
    publishing = _publishing_commits(posts)
    for post in posts:
        offset = committed.get(id(post))
        if offset is None or offset == 0 or post.published_at is None:
            continue
        if clockless is not None and id(post) in clockless.commits:
            if since is not None and clockless.commits[id(post)][0] < since:
                continue  # its committer time is the one read
        elif not _in_window(post, since):
            continue
        # A commit whose author date carries no clock is read at its committer date (``collect``).
        counted = (id(post) not in publishing
                   and ((clockless is not None and id(post) in clockless.commits)
                        or (post.stated_offset_minutes == 0 and committed_at_author_time(post))))
        if counted:
            instead[offset] += 1
        else:
            also.append(post)
        first = first or post.origin
    return instead, also, first


# A committer date shared by this many commits or more, the same day on the same clock, is one
# rebase (or a series of amends or cherry-picks): said as one moment, not as that many readings.
REBASE_COMMITS = 3
OFFSETS_LISTED = 4


def _offset_listing(counts: Counter[int]) -> str:
    """'UTC+09:00 (80 commits), UTC+01:00 (2 commits)', the first OFFSETS_LISTED, then how many
    more (rev14c 4: a fifth offset was left out unsaid)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    shown = ", ".join(f"{_format_minutes(m)} ({plural(n, 'commit')})" for m, n in ranked[:OFFSETS_LISTED])
    rest = ranked[OFFSETS_LISTED:]
    if rest:
        shown += (f", and {plural(len(rest), 'more offset')} "
                  f"({plural(sum(n for _, n in rest), 'commit')})")
    return shown


def _rebases(commits: list[Any], committed: dict[int, int]) -> tuple[list[tuple[str, int, int]], list[Any]]:
    """[(committer day, offset minutes, commits)] for committer dates REBASE_COMMITS or more commits
    share (the committer's own day, on its clock), largest first, and the commits left."""
    from datetime import datetime, timedelta

    from nymaudit.detectors.git_identity import committed_at_author_time

    days: dict[tuple[str, int], list[Any]] = {}
    for post in commits:
        moment = post.extra.get("git_committer_time") if isinstance(post.extra, dict) else None
        if not isinstance(moment, int) or committed_at_author_time(post):
            continue
        offset = committed[id(post)]
        try:
            day = (datetime.fromtimestamp(moment, UTC) + timedelta(minutes=offset)).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            continue
        days.setdefault((day, offset), []).append(post)
    moments = [(day, offset, len(group)) for (day, offset), group in days.items()
               if len(group) >= REBASE_COMMITS]
    moments.sort(key=lambda m: (-m[2], m[0]))
    grouped = {id(post) for day, offset, _ in moments for post in days[(day, offset)]}
    return moments, [post for post in commits if id(post) not in grouped]


def committer_dates_said(leak: Finding, posts: Any, committed: dict[int, int],
                         since: float | None = None, alone: bool = False,
                         clockless: Clockless | None = None) -> None:
    """TIME007 on the offsets the writer's committer dates store (``committer_stored``, within
    the records' window): those read as their commit's offset (beside a +00:00 author date) said
    to come from the committer dates, with the advice to set both dates (a writer who set only
    the author date to UTC was told "Nothing to change", walkthrough 14); the others on their own,
    out of the counts (``alone``: only they give a zone away, counted as records): a rebase as the
    one moment it is (rev14c 3)."""
    instead, also, first = committer_stored(posts, committed, since, clockless)
    if first is None:
        return
    if instead:
        n = sum(instead.values())
        # Author dates set by hand at another offset than +00:00 (tim16: "+0100" typed all year
        # while the clock said +02:00 in summer) are said as such, not as +00:00.
        zero = clockless is None or all(
            p.stated_offset_minutes in (0, None) for p in posts if id(p) in clockless.commits)
        said = (("says +00:00" if n == 1 else "say +00:00") + " (set by hand: `git commit --date`, "
                "GIT_AUTHOR_DATE)") if zero else (("was" if n == 1 else "were") + " set by hand "
                                                  "(`git commit --date`, GIT_AUTHOR_DATE; TIME002)")
        leak.message += (
            f" For {plural(n, 'commit')} among them that is the committer date's offset: "
            f"{'its author date' if n == 1 else 'their author dates'} {said}, but the committer "
            f"{'date keeps' if n == 1 else 'dates keep'} your clock's: {_offset_listing(instead)}."
        )
    moments, others = _rebases(also, committed)
    for day, offset, n in moments[:OFFSETS_LISTED]:
        leak.message += (f" {plural(n, 'commit')} were committed again (a rebase, an amend or a "
                         f"cherry-pick) on {day} at {_format_minutes(offset)}: one moment on one clock, "
                         "which their committer dates keep.")
    if len(moments) > OFFSETS_LISTED:
        rest = moments[OFFSETS_LISTED:]
        leak.message += (f" {plural(sum(m[2] for m in rest), 'commit')} more were committed again on "
                         f"{plural(len(rest), 'other day')}.")
    if others:
        counts = Counter(committed[id(p)] for p in others)
        n = len(others)
        leak.message += (
            f" {plural(n, 'commit')} also {'stores' if n == 1 else 'store'} an offset in "
            + ("its committer date that its author date does" if n == 1
               else "their committer dates that their author dates do")
            + f" not: {_offset_listing(counts)}."
        )
    leak.message += " `git log --format=fuller` and the forge's API show both dates of every commit"
    # Only where author dates say +00:00 was the author date set to hide the clock (a rebase of
    # commits dated on the writer's clock hid nothing).
    # A +00:00 that was the writer's own winter clock, committed again in summer (red16 F5c), hid
    # nothing either.
    utc_authors = bool(instead) or any(p.stated_offset_minutes == 0 and not _season_of_own_clock(p, committed)
                                       for p in also)
    leak.message += (", so setting the author date alone does not hide the clock." if utc_authors else ".")
    every_offset = instead + Counter(committed[id(p)] for p in also)
    leak.evidence += f"; committer dates: {_offset_listing(every_offset)}"
    advice = str(rule("TIME007").data.get("advice_git_committer", "")).strip()
    if alone:
        # No record's own offset gives the zone away, the committer dates do: point at one, and
        # advise on them alone (the author dates are already as advised).
        leak.location = first
        leak.advice = advice or leak.advice
    elif advice and advice not in leak.advice:
        leak.advice = f"{leak.advice} {advice}"


def _wordpress_record(origin: Origin) -> bool:
    return str(origin.record or "").startswith(("wp-post-", "wp-comment-"))


def _utc_day(post: Any) -> int | None:
    moment = post.published_at
    if moment is None:
        return None
    try:
        return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp() // 86400)
    except (OverflowError, OSError, ValueError):
        return None


# Input errors after which records may be lost (a cut file, rows or the rest skipped, a
# reader that failed); not the notes that lose none (undecodable bytes replaced, files
# beside the input or at HEAD not read, several authors).
_LOST = re.compile(r"skipped|truncat|cannot read|unreadable|failed|too large|larger than|was not run", re.I)
# One row, line or record skipped (a malformed CSV row) loses that record only, unless it is
# where the file ends (a file cut inside a quoted field ends on a short row): one bad row in
# January deleted a real break a year later (review rev8b item 4).
_ONE_RECORD = re.compile(
    r"\b(?:row|line|record) skipped\b|^(?:record \d+ \()?line \d+\)?: unreadable CSV", re.I)
_ERROR_LINE = re.compile(r"\bline (\d+)\b")


def _rest_lost(error: str, last_line: dict[str, int], path: str) -> bool:
    """Whether an input error means records after (or before) it were lost: a whole-file
    error, or a one-record error after the last line any record of the file was read from."""
    if not _LOST.search(error):
        return False
    if not _ONE_RECORD.search(error):
        return True
    line = _ERROR_LINE.search(error)
    return line is None or int(line.group(1)) > last_line.get(path, 0)


def drop_unread_breaks(ctx: ScanContext, t: Any) -> list[tuple[str, str]]:
    """Leave out the breaks (TIME006) that lie where a file an input error names was not
    read: before the first or after the last record read from it (a truncated export stops
    there; the records after it are lost, not absent). Returns (file, its last day read)
    per such file with a break left out. A truncated comments.csv gave six "breaks" in the
    months it could not read (eighth session)."""
    from nymaudit.timing.core import iso_day

    if not getattr(t, "absences", None):
        return []
    last_line: dict[str, int] = {}
    for post in ctx.corpus.posts:
        if post.origin.line:
            last_line[post.origin.path] = max(last_line.get(post.origin.path, 0), post.origin.line)
    errored = {e.path for summary in ctx.corpus.inputs for e in summary.errors
               if _rest_lost(e.error, last_line, e.path)}
    if not errored:
        return []
    read: dict[str, list[int]] = {}
    for post in ctx.corpus.posts:
        if post.origin.path in errored and (day := _utc_day(post)) is not None:
            span = read.setdefault(post.origin.path, [day, day])
            span[0], span[1] = min(span[0], day), max(span[1], day)
    kept, cut = [], {}
    for start, end, days in t.absences:
        # Local dates against UTC days: a day's margin either way keeps the test safe.
        outside = [(path, lo, hi) for path, (lo, hi) in read.items()
                   if start >= iso_day(hi) or end <= iso_day(lo)]
        if outside:
            path, _, hi = outside[0]
            cut[path] = iso_day(hi)
        else:
            kept.append((start, end, days))
    t.absences = kept
    return sorted(cut.items())


def offset_origin(posts: Any) -> tuple[Origin, str, str] | None:
    """Where TIME007 points: the first record storing an offset other than +00:00 (the one
    that gives the zone away; +00:00 is what a UTC-set clock writes), else the first storing
    any; the other files that store a revealing offset, said in the message ("" for none);
    and whether "all", "some" or none ("") of the records are WordPress posts or comments.
    TIME007 pointed at the Reddit zip for the offsets of git commits, and `check` named
    the one draft already at +00:00 (eighth session)."""
    first: Origin | None = None
    revealing: list[Origin] = []
    kinds: set[bool] = set()
    for post in posts:
        offset = post.stated_offset_minutes
        if post.timestamp is None or not isinstance(offset, int) or abs(offset) > 16 * 60:
            continue
        first = first or post.origin
        kinds.add(_wordpress_record(post.origin))
        if offset != 0:
            revealing.append(post.origin)
    if first is None:
        return None
    wordpress = "all" if kinds == {True} else "some" if True in kinds else ""
    files = list(dict.fromkeys(o.path for o in revealing))
    if len(files) < 2:
        return (revealing[0] if revealing else first), "", wordpress
    # File names only: the location has the first one's folder (and a masked path's "/" kept
    # the shape of a zone name under --redact). A name several files share (Hugo's page
    # bundles, content/posts/my-post/index.md) keeps its folder, the bundle's name: "stored
    # in index.md, index.md, index.md" named nothing (walk15 item 8).
    named = [_short_name(f, files) for f in files[:4]]
    shown = (", ".join(named[:-1]) + " and " + named[-1]) if len(files) <= 4 else (
        ", ".join(named) + f" and {len(files) - 4} more")
    return revealing[0], f"{len(files)} files: {shown}", wordpress


def _short_name(path: str, paths: list[str]) -> str:
    """The file's name, with its folder when another of ``paths`` has the same name (index.md
    of a Hugo page bundle: my-post/index.md)."""
    parts = path.replace("\\", "/").rsplit("/", 2)
    name = parts[-1]
    if len(parts) < 2 or sum(p.replace("\\", "/").rsplit("/", 1)[-1] == name for p in paths) < 2:
        return name
    return parts[-2] + "/" + name


# Conditions shared with the rule examples (nymaudit.timing.rule_examples).
def too_little(t: Any) -> bool:
    return not t.enough


def zone_inferred(t: Any) -> bool:
    return bool(t.enough and t.standard_offset is not None and (t.offset_probability or 0) >= 0.4)


# "Not observed" from under a season of history is no answer: the zones that fit
# may simply have had no clock change in it (London in March). The terminal says so too.
DST_MIN_SPAN_DAYS = 240


# "No daylight saving" rests on the offset: it says no zone at that offset changed its
# clocks in the history. It cannot be surer than the offset (posts at random times gave
# UTC+07:00 at 33 % and "no daylight saving, rules out Europe" at high confidence), so it
# needs the offset at medium confidence and a daily rhythm to read.
DST_NO_MIN_OFFSET = 0.6


def no_rhythm(t: Any) -> bool:
    """Posts at every hour (timing/fit.py): no day to read a clock change, a day off or
    office hours from either."""
    fit = getattr(t, "rhythm", None)
    return fit is not None and fit.verdict == "none"


def no_dst_unsupported(t: Any) -> bool:
    """Whether the daylight-saving answer has nothing to stand on: "not observed" from a
    short history or a weak offset, either answer from posts at every hour (random times
    gave "observed, EU" at high confidence). The section then says "cannot tell" (null),
    as TIME003 does."""
    if t.observes_dst is not None and no_rhythm(t):
        return True
    # Offsets stored on both sides of a change date (dst_rules_read) are read, not inferred:
    # no minimum of history for them.
    return t.observes_dst is False and (
        ((t.span_days or 0) < DST_MIN_SPAN_DAYS and not getattr(t, "dst_rules_read", None))
        or (t.offset_probability or 0) < DST_NO_MIN_OFFSET
    )


def dst_inferred(t: Any) -> bool:
    if no_dst_unsupported(t):
        return False
    return bool(t.enough and t.observes_dst is not None)


# TIME004 claims a holiday match only when holidays were taken off and the calendar
# step alone favours the country over the others the hours allowed by this log
# factor; otherwise the country is only the time zone's (TIME002 already says it).
HOLIDAY_CLAIM_LLR = 1.0
HOLIDAY_CLAIM_DAYS = 2


def calendar_inferred(t: Any) -> bool:
    return bool(
        t.enough
        and not no_rhythm(t)
        and t.country_candidates
        and t.country_candidates[0][1] >= 0.5
        and len(t.holidays_off) >= HOLIDAY_CLAIM_DAYS
        and t.holiday_llr is not None
        and t.holiday_llr >= HOLIDAY_CLAIM_LLR
    )


def office_hours(t: Any) -> bool:
    return bool(t.enough and not no_rhythm(t) and (t.works_week or 0) >= 0.6
                and (t.working_hours_share or 0) >= 0.25)


def claimed_breaks(t: Any) -> list[tuple[str, str, int]]:
    """The breaks TIME006 calls too long to be chance (timing/routine.py's family-wise test);
    the others of five days or more stay in ``absences`` as facts, without the claim."""
    from nymaudit.timing.routine import beyond_chance

    p_values = getattr(t, "absence_p", None) or {}
    return [gap for gap in (t.absences or []) if beyond_chance(p_values.get(gap[0]))]


def has_absences(t: Any) -> bool:
    return bool(t.enough and claimed_breaks(t))


def stated_leak(t: Any) -> bool:
    return bool(t.stated_offsets) and sum(t.stated_offsets.values()) >= 1


def excluded(t: Any) -> bool:
    return bool(t.pre_2000 or t.future or t.bulk or t.midnight or getattr(t, "scheduled", 0))


def scheduled_local_said(t: Any) -> str:
    """A scheduler set to the writer's own time (rev11d D1): its times were kept, and say so.
    The times are quoted: --redact masks a «quote» whole, and round times in UTC name an offset."""
    n = getattr(t, "scheduled_local", 0)
    if not n:
        return ""
    return (f" {plural(n, 'post')} went out at fixed times of day («{_slots_said(t)}») that move "
            "together on the clock-change dates: a scheduler posted at fixed local times, and "
            "those times still show your zone and its daylight-saving rule.")


def _slots_said(t: Any) -> str:
    slots = getattr(t, "schedule_slots", None) or []
    more = len(slots) - 3
    return ", ".join(hms for hms, _ in slots[:3]) + (f" and {more} more" if more > 0 else "") + " UTC"


def region_names(country: str) -> dict[str, str]:
    """{"GB-ENG": "England", ...} from the holidays package; {} without it."""
    try:
        import holidays

        aliases = getattr(holidays.country_holidays(country).__class__, "subdivisions_aliases", {})
    except (ImportError, NotImplementedError, KeyError, AttributeError, ValueError):
        return {}
    out: dict[str, str] = {}
    for name, code in aliases.items():
        out.setdefault(f"{country}-{code}", name)
    return out


def regions_within(t: Any, country: str) -> list[tuple[str, float]]:
    """The country's regions with their probability given the country (the
    regions' holidays differ; their shares sum to one within the country)."""
    mine = [(code, p) for code, p in t.subdivision_candidates if code.startswith(country + "-")]
    total = sum(p for _, p in mine)
    if total <= 0:
        return []
    names = region_names(country)
    return [(names.get(code, code), p / total) for code, p in mine if p / total >= 0.05][:3]


def stated_zone(t: Any) -> str:
    """What the stated offsets alone gave, when they were all the evidence (too few
    posts for the hours): appended to TIME007. Offsets that disagree say so (tenth session)."""
    from nymaudit.timing.core import disagreement_note

    if getattr(t, "offset_source", None) != "stated" or t.standard_offset is None:
        return disagreement_note(t)
    zones = ", ".join(f"{z} ({p:.0%})" for z, p in t.zone_candidates[:3])
    return (
        f" With the dates they carry, they put you at {format_offset(t.standard_offset)} "
        f"standard time (probability {capped_percent(t.offset_probability)}"
        + (f"; zones: {zones}" if zones else "")
        + "): read from the records, not inferred from posting hours."
    ) + disagreement_note(t)


NAIVE_ADVICE = "export them in UTC or with their offset (+hh:mm)"


def set_aside(t: Any) -> int:
    """Timestamps set aside before the hours were read (TIME008): dated before 2000 or in the
    future, or stamped in bulk. Midnight placeholders stay as dates (``date_only``)."""
    return int((t.pre_2000 or 0) + (t.future or 0) + (t.bulk or 0))


def _set_aside_said(t: Any) -> str:
    """Why TIME001 has too few posts when TIME008 set timestamps aside: a history dated in 2099
    or imported at one instant was said to have "no usable time of day (dates only...)" and
    "0 timestamped posts", and its owner looked for the wrong problem (tenth session)."""
    left = set_aside(t)
    if not left:
        return ""
    reasons = [f"{n} {why}" for n, why in (
        (t.future, "dated in the future"), (t.pre_2000, "dated before 2000"),
        ((t.bulk or 0) - (t.burst or 0), "sharing a timestamp with many others, an import or bulk edit"),
        (t.burst, "stamped faster than anyone writes or at a steady machine cadence")) if n]
    share = (f"all {t.timestamped} timestamps" if left >= t.timestamped
             else f"{left} of the {t.timestamped} timestamps")
    return f": {share} were left out of the time analysis (TIME008: {'; '.join(reasons)})"


def _all_midnight_said(t: Any) -> str:
    """Why TIME001 has no posts when every timestamp is at exactly 00:00:00 (made-up git dates):
    120 such commits were read as a writer at UTC-03:00 before (gfx14's note, fourteenth session)."""
    if not t.midnight or t.midnight < t.timestamped:
        return ""
    return (f": all {t.midnight} timestamps are at exactly 00:00:00, dates with no time of day "
            "(TIME008)")


def _midnight_slots(times: list[float], stated: list[float], usable: list[bool]) -> list[tuple[int, int]]:
    """``timing.clean.midnight_slots`` on the times ``analyse`` read (the same candidates: in range
    and usable)."""
    import time

    import numpy as np

    from nymaudit.timing.clean import EPOCH_2000, FUTURE_GRACE, midnight_slots

    t = np.asarray(times, dtype=np.float64)
    finite = np.isfinite(t)
    t = np.clip(np.where(finite, t, 0), -1e12, 1e12).astype(np.int64)
    in_range = (t >= EPOCH_2000) & (t <= int(time.time()) + FUTURE_GRACE)
    candidates = finite & in_range & np.asarray(usable, bool)
    try:
        return midnight_slots(t, stated, candidates)
    except (ValueError, OverflowError, ArithmeticError):
        return []


def _clock_of(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _midnight_slots_said(slots: list[tuple[int, int]]) -> str:
    """"30 at exactly 00:00:00 UTC and 60 at exactly 18:30:00 UTC (a +05:30 zone's midnight)"."""
    from nymaudit.timing.clean import midnight_offsets

    said = []
    for seconds, count in slots:
        offsets = [o for o in midnight_offsets(seconds) if o]
        if seconds and offsets:
            # A zone's midnight names the writer's offset: quoted, so --redact masks it whole.
            zones = " or ".join(_format_minutes(o).removeprefix("UTC") for o in offsets)
            said.append(f"{count} at exactly «{_clock_of(seconds)} UTC (a {zones} zone's midnight)»")
        else:
            said.append(f"{count} at exactly {_clock_of(seconds)} UTC")
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def excluded_finding(t: Any, where: Origin, untimed: int = 0, naive: int = 0) -> Finding:
    parts = []
    if untimed:
        # Counted as posts (the contract's `posts`), but nothing to place in a day.
        parts.append(f"{plural(untimed, 'post')} without a date or time (counted as posts)")
    if naive:
        parts.append(f"the time of day of {plural(naive, 'post')} whose time carries no time zone, so "
                     f"their UTC moment is unknown ({NAIVE_ADVICE}; counted for the days you posted)")
    if t.pre_2000:
        parts.append(f"{t.pre_2000} dated before 2000")
    if t.future:
        parts.append(f"{t.future} dated in the future")
    same = t.bulk - t.burst
    if same:
        parts.append(f"{same} sharing a timestamp with many others (an import or bulk edit)")
    if t.burst:
        spans = "; ".join(
            f"{c} from {a} to {b[11:] if a[:10] == b[:10] else b} UTC" for a, b, c in t.bursts[:3]
        )
        # ``burst`` holds both kinds (timing/clean.py): a script on a timer is as
        # machine-made as a bulk edit, only slower.
        parts.append(
            f"{t.burst} stamped faster than anyone writes or at a steady machine cadence "
            f"({spans}): a bulk edit, import, migration or script wrote their times"
        )
    if t.midnight:
        frame = {"UTC": "UTC", "local": "in the offset they state",
                 # timing/clean._unstated_midnights: a zone's midnight stored in UTC, no offset said.
                 # A half or quarter hour of UTC too (India's +05:30: 18:30:00; sixteenth session).
                 "UTC and unstated": "in UTC, and at the whole, half or quarter hour of UTC where "
                                     "a zone's midnight falls, for records that state no offset"}.get(
            t.midnight_frame or "", "in UTC or the offset they state"
        )
        slots = getattr(t, "midnight_slots", None)
        if slots and sum(n for _, n in slots) == t.midnight and t.midnight < t.timestamped:
            parts.append(
                f"the time of day of {_midnight_slots_said(slots)}, each far more often than your other "
                "times fall at that minute of the hour: dates without a time that a converter wrote as "
                "midnight (UTC's, or a zone's stored in UTC without an offset), counted for the days you "
                "posted but not for your hours"
            )
        elif t.midnight >= t.timestamped:
            # Nothing else to compare with (timing/clean.py): every one at midnight is a date.
            parts.append(
                f"the time of day of all {t.midnight} timestamps, every one at exactly 00:00:00 "
                f"({frame}), which no one's hours do: dates without a time (made up, as git dates "
                "set by hand often are, or written as midnight by a converter), counted for the "
                "days you posted but not for your hours"
            )
        else:
            parts.append(
                f"the time of day of {t.midnight} at exactly 00:00:00 ({frame}), far more often "
                "than your other times fall on the hour: dates without a time that a converter "
                "wrote as midnight, counted for the days you posted but not for your hours"
            )
    scheduled = getattr(t, "scheduled", 0)
    if scheduled:
        # A scheduler's times (Buffer, cron) are the tool's (red11 item 5: Tehran at 83 %).
        parts.append(
            f"the time of day of {plural(scheduled, 'post')} at the same few times of day on many "
            f"days ({_slots_said(t)}): a scheduler (Buffer, Hootsuite, cron) chose those times, "
            "not you, so they say nothing about your time zone; counted for the days you posted "
            "but not for your hours"
        )
    evidence = ", ".join(f"{i} x{c}" for i, c in t.bulk_instants[:3])
    if not evidence and scheduled:
        evidence = ", ".join(f"{hms} UTC x{n}" for hms, n in t.schedule_slots[:3])
    if not evidence and t.bursts:
        evidence = ", ".join(f"{a} to {b} UTC: {c} posts" for a, b, c in t.bursts[:3])
    if not evidence and t.midnight:
        slots = getattr(t, "midnight_slots", None)
        evidence = (", ".join(f"{_clock_of(s)} UTC x{n}" for s, n in slots[:4]) if slots
                    else f"{t.midnight} records at 00:00:00")
    if not evidence and untimed:
        evidence = f"{plural(untimed, 'post')} without a date"
    if not evidence and naive:
        evidence = f"{naive} times without a time zone"
    return rule("TIME008").finding(
        "Left out of the time analysis: " + "; ".join(parts) + ".",
        evidence or "; ".join(parts),
        where,
    )


def _confidence(probability: float | None) -> str:
    p = probability or 0.0
    return "high" if p >= 0.9 else "medium" if p >= 0.6 else "low"


def mostly_machine(t: Any) -> bool:
    """Whether more timestamps were set aside as an import, bulk edit or burst than
    were kept: what is left came through the same pipeline and may be machine-made
    too, so an inference from it is no better than low confidence."""
    return (t.bulk or 0) > (t.posts or 0)


MOSTLY_MACHINE_NOTE = (
    " Most of the history ({left} of {given} timestamps) was set aside as made by a "
    "machine; what is left may be too, so this rests on little: low confidence."
)


def zero_in_summer(posts: Any) -> bool:
    """Whether a record storing +00:00 falls in the British summer (when London, Dublin and
    Lisbon write +01:00): only then does +00:00 rule out the GMT zones' clocks. Four posts of
    January at +00:00 were told "no time zone away, nothing to change" (review rev8b item 9)."""
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    for post in posts:
        if post.stated_offset_minutes != 0 or post.timestamp is None:
            continue
        try:
            moment = post.timestamp if post.timestamp.tzinfo else post.timestamp.replace(tzinfo=UTC)
            if moment.astimezone(london).utcoffset():
                return True
        except (OverflowError, OSError, ValueError):
            continue
    return False


def stated_offset_finding(stated: dict[int, int], where: Origin,
                          config: dict[str, Any] | None = None, summer_zero: bool = True) -> Finding:
    """TIME007 from {offset minutes: records}; shared by scan and `check` (a new Hugo or
    jekyll-compose post carries its writer's offset in the front matter). ``config``
    (from ``config_zone``): the offsets a blog's ``timezone:`` setting gave its posts.
    ``summer_zero`` (``zero_in_summer``): a +00:00 record falls in the British summer."""
    total = sum(stated.values())
    ranked = sorted(stated.items(), key=lambda kv: -kv[1])
    listing = ", ".join(f"{_format_minutes(m)} ({plural(n, 'post')})" for m, n in ranked[:4])
    only_zero = set(stated) == {0}
    # +00:00 only in winter is also the clock of the UK, Ireland, Portugal, Iceland and West
    # Africa: said, with a clue, and the advice for a clock that will change in March.
    winter_zero = only_zero and not summer_zero and not config
    verb = "stores" if total == 1 else "store"
    message = (
        f"{plural(total, 'record')} {verb} the UTC offset of the clock "
        f"{'it was' if total == 1 else 'they were'} written by: "
    )
    evidence, clue = listing, " / ".join(_format_minutes(m) for m, _ in ranked[:2])
    if config and config.get("records"):
        zone = config.get("zone") or "a time zone"
        # The dates carry no offset of their own: the site's setting gives it, and the
        # generated feed and page metadata publish every date with it.
        if config["records"] >= total:
            message = (f"The site configuration ({config.get('path')}) sets the time zone {zone}, "
                       "and the site publishes each post's date with its offset (feed and page "
                       "metadata): ")
            where = Origin(str(config.get("path")), "timezone", config.get("line"))
        else:
            message += (f"{plural(config['records'], 'record')} of them from the time zone the site "
                        f"configuration sets ({zone}, {config.get('path')}); ")
        evidence, clue = f"timezone: {zone}; {listing}", zone
    return rule("TIME007").finding(
        message
        + f"{listing}."
        # The offset and the zones it names quoted or left out: --redact masks the clue. So is what
        # makes +00:00 special (a clock set to UTC): said outside the quote, it named the masked
        # offset (red16 F4).
        + (" All store that one offset and all fall between late October and late March: «it is what "
           "a clock set to UTC writes (this finding's advice), and also the winter clock of the UK, "
           "Ireland, Portugal, Iceland and West Africa; the clocks of the first three move an hour "
           "forward at the end of March, so records from the summer would tell them apart»."
           if winter_zero else
           " All say «+00:00, some of them in the summer months when London, Dublin and Lisbon write "
           "+01:00: what a clock set to UTC writes (this finding's advice) or a server's default», so "
           "they give no time zone away."
           if only_zero else
           " Two offsets an hour apart mean a zone with daylight saving time."
           if len(ranked) >= 2 and abs(ranked[0][0] - ranked[1][0]) == 60 else
           # +00:00 beside another offset: what the advice below asks for (or a server), not
           # the leak; said so the writer does not "fix" the one record already right.
           " Of these, «the +00:00 ones are what a clock set to UTC writes, as this finding advises»; "
           "the others give your zone away." if 0 in stated else ""),
        evidence,
        where,
        # +00:00 alone is what TIME007 advises (a UTC-set clock), or a server: it gives no
        # zone away, so info with no clue, and a gate at any level passes a draft written as
        # advised (at low, `check --fail-on low` failed it, eighth session).
        # Winter-only +00:00 stays info (a draft dated in UTC passes every gate, eighth session)
        # but keeps its clue: UTC or a GMT zone's winter clock, the dossier's to weigh.
        clue_value=clue if winter_zero or not only_zero or config else None,
        severity="info" if only_zero and not config else None,
        confidence="low" if winter_zero else "medium" if only_zero else "high",
        advice=str(rule("TIME007").data.get("advice_utc_winter" if winter_zero else "advice_utc", "")).strip()
        or None if only_zero and not config else None,
    )


def findings(t: Any, where: Origin, untimed: int = 0, drafts: dict[int, int] | None = None,
             config: dict[str, Any] | None = None, boosts: int = 0,
             naive: list[float] | None = None, summer_zero: bool = True) -> list[Finding]:
    """The TIME findings; ``boosts``: timed boosts and other activities among the timestamps;
    ``naive``: wall-clock times of posts whose time carries no zone (``naive_times``);
    ``summer_zero``: a +00:00 record falls in the British summer (``zero_in_summer``)."""
    out: list[Finding] = []
    naive = naive or []
    # Posts without a date matter once there is an inference they are missing from; so do
    # times without a zone (300 of 600 records were left out and nothing said so).
    if excluded(t) or ((untimed or naive) and not too_little(t)):
        out.append(excluded_finding(t, where, untimed, len(naive)))
    if stated_leak(t) or drafts:
        stated = Counter(t.stated_offsets or {}) + Counter(drafts or {})
        finding = stated_offset_finding(dict(stated), where, config, summer_zero)
        finding.message += stated_zone(t)
        out.append(finding)
    if too_little(t):
        read = getattr(t, "offset_source", None) == "stated" and t.standard_offset is not None
        zoneless = ""
        if naive:
            # Every row of a spreadsheet export has a time of day: what is missing is the zone.
            zoneless = (
                f" {plural(len(naive), 'timestamp')} {'carries' if len(naive) == 1 else 'carry'} "
                "a time of day but no time zone, so their UTC moment is unknown and they were left "
                f"out; {NAIVE_ADVICE} to have them read."
            )
            routine = wall_clock_routine(naive)
            if routine:
                zoneless += (f" Their own clock still shows a routine, whatever the zone: {routine}.")
        left = set_aside(t)
        out.append(
            rule("TIME001").finding(
                ("No post carries" if t.posts == 0 else
                 f"Only {plural(t.posts, 'post')} {'carries' if t.posts == 1 else 'carry'}")
                + (" a usable time of day of your own" if getattr(t, "scheduled", 0)
                   else " a usable time of day with its time zone") + (_set_aside_said(t)
                                                                         or _all_midnight_said(t))
                + "; at least 50 are needed before the posting "
                "hours say anything reliable, so "
                + ("the hours were not read; the offsets the records store give the time zone "
                   "instead (TIME007)." if read else "no time zone is inferred.")
                + (f" {plural(t.scheduled, 'post')} went out at a scheduler's fixed times of day "
                   f"({_slots_said(t)}; TIME008): those times are the tool's, not yours."
                   if getattr(t, "scheduled", 0) else "")
                + zoneless,
                plural(t.posts, "timestamped post")
                + (f" kept of {t.timestamped}, {left} left out (TIME008)" if left else "")
                + (f"; {len(naive)} without a time zone" if naive else ""),
                where,
            )
        )
        return out
    if zone_inferred(t):
        posted = _posted_said(t)
        # With daylight saving unknown, the zones are listed as ranked: "at another offset"
        # read as a contradiction of the headline when the other is the summer-time reading.
        zones = _posted_zones_said(t) if posted else _zones_said(t)
        quiet = ""
        if t.sleep_window:
            quiet = (
                f" The quiet hours run from about {t.sleep_window[0]:02d}:00 to "
                f"{t.sleep_window[1]:02d}:00 in that zone."
            )
        rhythm = rhythm_note(t)
        capped = bool(rhythm) and t.offset_confidence == "low"
        # Most hours a scheduler's set to your own time (rev11d D1): its times show the zone's
        # clock changes, not when you sleep, which the offset is read from.
        tool_hours = 2 * getattr(t, "scheduled_local", 0) >= max(1, t.posts)
        # Boosts count for the hours (module docstring), and the header counts posts only:
        # said, so 1057 here and 924 there do not read as a contradiction.
        what = (f"{t.posts} posts and boosts (a boost is a moment you were online too)" if boosts
                else plural(t.posts, "post"))
        if rhythm and capped:
            # The model's probability assumes one daily rhythm: said as the model's, and
            # the finding's confidence follows the section's cap (timing/fit.py).
            message = (
                f"{rhythm} The time-zone model assumes one rhythm, so its answer may well be wrong: "
                f"the hours of {what} over {t.span_days} days fit "
                + (posted[0] if posted else
                   f"{format_offset(t.standard_offset)} (standard time) best, with probability "
                   f"{capped_percent(t.offset_probability)}")
                + f" under that model; likely zones: {zones}. Low confidence."
            )
        else:
            message = (
                f"The hours of {what} over {_span_said(t)} fit "
                + (posted[1] if posted else
                   # Under MEDIUM_CONFIDENCE_POSTS the offset is a range first (red11 item 6).
                   f"a person living within about an hour of {format_offset(t.standard_offset)} "
                   f"(standard time: {format_offset(t.standard_offset - 1)} to "
                   f"{format_offset(t.standard_offset + 1)}); that offset itself has probability "
                   f"{capped_percent(t.offset_probability)}" if short_history(t) else
                   f"a person living at {format_offset(t.standard_offset)} (standard time), with "
                   f"probability {capped_percent(t.offset_probability)}")
                + f". Likely zones: {zones}.{quiet} The inference "
                "compares the activity with how people sleep, wake for work and spend "
                "evenings." + (f" {rhythm}" if rhythm else "")
            )
        message += _confidence_said(t, capped or tool_hours, posted is not None)
        out.append(
            rule("TIME002").finding(
                message + scheduled_local_said(t)
                + (" Most of these hours are the tool's, not when you sleep and wake, which the offset "
                   "is read from: low confidence in the offset." if tool_hours else "")
                + (MOSTLY_MACHINE_NOTE.format(left=t.bulk, given=t.timestamped) if mostly_machine(t) else ""),
                "offset candidates: "
                + ", ".join(f"{format_offset(o)} {p:.0%}" for o, p in t.offset_candidates[:3]),
                where,
                clue_value=_zone_clue(t),
                # One confidence with the section's (it also weighs how many posts there are).
                # With daylight saving unknown, that of the offset as posted, which the message
                # states (eleventh session).
                confidence="low" if mostly_machine(t) or capped or tool_hours
                else (t.posted_confidence() if posted else t.offset_confidence)
                or _confidence(t.offset_probability),
                # The cap is on how sure the tool is, not on how much a right answer gives
                # away: a correct zone read from a shift worker is as high a leak.
                severity="high" if (t.offset_probability or 0) >= 0.9 and not mostly_machine(t)
                and not tool_hours else "medium",
            )
        )
    if dst_inferred(t):
        rival = getattr(t, "dst_rival", None) if getattr(t, "dst_rival_conflict", False) else None
        if t.observes_dst and rival:
            # The offset named the rule, the dates fit another offset's: said, at low confidence
            # (a London night worker read at UTC-05:00 got "US/Canada" at high; red11 item 3).
            message = (
                "The activity moves by an hour in UTC around the spring and autumn clock changes, "
                "so you likely live where the clocks change for daylight saving time. Which rule "
                f"was read with the offset: at {format_offset(t.standard_offset)} (TIME002) the "
                # Quoted: --redact masks a quote whole ("EU" is too short for its word masks).
                f"«{t.dst_rule}» rule; but the dates the activity moves on fit the «{rival[0]}» rule "
                "better, which no zone at that offset keeps. One of the two readings is wrong: "
                "unusual hours (night work) can look like an ordinary day in another zone."
            )
            value = f"observes daylight saving time ({t.dst_rule} or {rival[0]} rule)"
        elif t.observes_dst:
            # Lord Howe's clocks move by 30 minutes (red11 item 11).
            # Quoted when half an hour: only Lord Howe's clocks move so, and --redact masks a «quote»
            # whole ("half an hour" and "(half hour)" named it under --redact; rev11d D6).
            half = "half hour" in str(t.dst_rule)
            message = (
                f"The activity moves by {'«half an hour»' if half else 'an hour'} in UTC on the dates the "
                + (f"«{t.dst_rule}»" if half else str(t.dst_rule))
                + " daylight-saving rule changes the clocks, so you live where that rule applies."
            )
            value = f"observes {t.dst_rule} daylight saving time"
            fixed = getattr(t, "setting_conflict", None)
            if fixed is not None:
                # The records said "no change" only as a setting can (core.analyse): said, not
                # hidden, and the reading is no surer than medium (review rev8b item 3).
                message += (
                    f" The records that store their offset all say {_format_minutes(fixed)} on both "
                    "sides of the clock changes: "
                    "that is a setting (a WordPress site set to a fixed \"UTC+1\" rather than a city) "
                    "or a date written by hand, not a clock that changes, so the posting hours were "
                    "read for daylight saving instead."
                )
        elif getattr(t, "dst_rules_read", None):
            # Read from the records: which rules they exclude, and the one other reading.
            kept = ", ".join(_format_minutes(m) for m in sorted(t.stated_offsets or {}))
            rules = ", ".join(t.dst_rules_read)
            message = (
                f"The {plural(sum((t.stated_offsets or {}).values()), 'record')} that store their UTC "
                f"offset keep {kept} on both sides of clock-change dates in the history, so the clock "
                "that wrote them does not change for daylight saving time: that rules out the zones "
                f"at {format_offset(t.standard_offset)} that change their clocks ({rules} "
                f"{'rule' if len(t.dst_rules_read) == 1 else 'rules'}). A clock set by hand to a "
                "fixed offset (WordPress's \"UTC+1\" setting rather than a city) writes the same."
            )
            value = "no daylight saving time"
        else:
            message = (
                "The activity does not move at any daylight-saving change date: you live "
                "where the clocks do not change, which rules out most of Europe and North "
                "America."
            )
            value = "no daylight saving time"
        if mostly_machine(t):
            message += MOSTLY_MACHINE_NOTE.format(left=t.bulk, given=t.timestamped)
        confidence = _confidence(max(t.dst_probability or 0, 1 - (t.dst_probability or 0)))
        if t.observes_dst and getattr(t, "setting_conflict", None) is not None:
            confidence = "medium" if confidence == "high" else confidence
        if t.observes_dst and rival:
            confidence = "low"
        elif t.observes_dst and t.offset_confidence == "low" and confidence == "high":
            # The rule is named through an offset of low confidence: the dates alone rarely
            # tell one rule's from another's (red11 item 3, docs/timing.md).
            confidence = "medium"
        if not t.observes_dst:
            # No surer than the offset it rests on (or the section's cap on it).
            order = ("low", "medium", "high")
            confidence = min(confidence, _confidence(t.offset_probability), t.offset_confidence or "low",
                             key=order.index)
        out.append(
            rule("TIME003").finding(
                message + (scheduled_local_said(t) if t.observes_dst else ""),
                f"probability that the clocks changed during the history: {t.dst_probability:.0%}",
                where,
                clue_value=value,
                confidence="low" if mostly_machine(t) else confidence,
            )
        )
    if calendar_inferred(t):
        country, p = t.country_candidates[0]
        regions = regions_within(t, country)
        region_text = ""
        if regions:
            # Quoted: --redact masks a quote, and region names are no word of the clue.
            region_text = (
                f"; within {country}, by the regions' own holidays: «"
                + ", ".join(f"{name} {q:.0%}" for name, q in regions) + "»"
            )
        days = ", ".join(f"{d} {n}" for d, n in t.holidays_off[:4])
        more = len(t.holidays_off) - 4
        factor = math.exp(min(t.holiday_llr, 50.0))
        odds = "more than 1,000" if factor > 1000 else f"{factor:,.0f}"
        clue = country
        if regions and regions[0][1] >= 0.5:
            clue = f"{country}, {regions[0][0]} ({regions[0][1]:.0%})"
        out.append(
            rule("TIME004").finding(
                f"Public holidays of {country} look like days off in your posting: {days}"
                + (f" and {more} more" if more > 0 else "")
                + f". The holidays alone favour {country} over the other countries that fit "
                f"your hours {odds} to 1 (ratio of likelihoods). With the time zone: "
                f"{country} {p:.0%}{region_text}.",
                days,
                where,
                clue_value=clue,
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
                "desk."
                # A rota's week is not an office week: the weekend read from it may be none.
                + (" Your hours follow no single daily rhythm (TIME002), so the local time, and "
                   "the weekend read in it, may be wrong." if rhythm_note(t) else ""),
                f"working-hours share {t.working_hours_share:.0%}",
                where,
                clue_value=f"posts in office hours ({t.working_hours_share:.0%}), weekend {weekend}",
                severity="high" if t.working_hours_share >= 0.5 else "medium",
                confidence="low" if rhythm_note(t) else None,
            )
        )
    cut = getattr(t, "unread_breaks", None) or []
    # Breaks where an input error stopped the reading were left out (drop_unread_breaks). The
    # last day read is quoted, so --redact masks it as it masks the break dates (it stayed
    # readable beside them, review rev8b item 4).
    unread = "; ".join(f"after «{day}» in {path}" for path, day in cut[:3])
    left_out = f" Breaks in what could not be read ({unread}: an input error) are left out." if cut else ""
    claimed = claimed_breaks(t) if t.enough else []
    if claimed:
        from nymaudit.timing.routine import BREAK_CLAIM_P, MIN_ABSENCE_DAYS, break_confidence

        p_values = getattr(t, "absence_p", None) or {}
        labels = {s: break_confidence(p_values.get(s)) for s, _, _ in claimed}
        listing = ", ".join(
            f"{s} to {e} ({d} days" + (f", {labels[s]} confidence)" if labels[s] else ")")
            for s, e, d in claimed[:5]
        )
        more = len(claimed) - 5
        known = [p_values[s] for s, _, _ in claimed if s in p_values]
        # Each break's own confidence is in the listing; the finding's is the surest break's.
        confidence = break_confidence(min(known)) if known else None
        # Breaks of five days or more within chance stay listed in the timing section (no
        # posts those days is a fact) but are not claimed; their dates stay out of the
        # message, whose clue is only the claimed ones (--redact masks the clue).
        chance = len(t.absences) - len(claimed)
        chance_note = (
            f" {plural(chance, 'other break')} of {MIN_ABSENCE_DAYS} days or more "
            f"{'is' if chance == 1 else 'are'} within what chance gives at your posting rate: "
            "listed in the timing section, not claimed here." if chance > 0 else ""
        )
        out.append(
            rule("TIME006").finding(
                f"{plural(len(claimed), 'break')} in posting too long to be chance (under a "
                f"{BREAK_CLAIM_P:.0%} chance of a run of quiet days this unlikely anywhere in the "
                f"history, at your posting rate for each weekday and season and with how your "
                f"quiet days run together): {listing}"
                + (f" and {more} more" if more > 0 else "") + "." + chance_note + left_out,
                listing,
                where,
                clue_value=listing,
                confidence=confidence,
            )
        )
    elif cut and t.enough:
        # Every break was left out: said, at info with no clue (nothing was found), so the
        # writer does not read the silence as "no breaks" (it said nothing, eighth session).
        out.append(
            rule("TIME006").finding(
                f"No break in posting is claimed: the breaks found lay where a file could not be read "
                f"({unread}: an input error), where the lost records may have been, so they are left out.",
                unread,
                where,
                severity="info",
                confidence="low",
            )
        )
    return out


def rhythm_note(t: Any) -> str:
    """What the goodness-of-fit check (timing/fit.py) found when one daily rhythm does not
    explain the hours; "" when it does."""
    fit = getattr(t, "rhythm", None)
    if fit is None or fit.fits:
        return ""
    if fit.verdict == "none":
        return (
            f"Your posts fall at every hour of the day ({fit.quiet_share:.0%} of them even in the "
            "quietest six hours), so they show no daily rhythm: posts on a timer, several people "
            "or a life without fixed hours."
        )
    # Not asserted as shift work: nights on a fixed cycle are what rotas give, but a life
    # can have other cycles (a review found insomnia weeks and exam seasons read as rotas
    # before the cycle was required, eighth session).
    return (
        f"Your posting hours do not follow one daily rhythm: {fit.quiet_share:.0%} of posts fall in "
        f"the quietest six hours of the day, and the {fit.night_days} days with posts in them come "
        f"in runs ({fit.run_lift:.1f} times as often the day after one as on any day) and follow a "
        f"{fit.period}-day cycle through the history, as a rota of shifts gives. If that is shift "
        "work, the pattern is itself a clue to the kind of job."
    )


def _span_said(t: Any) -> str:
    """'238 days', or the window when older posts were left out for it (core.WINDOW_DAYS)."""
    if getattr(t, "older_left_out", 0):
        return (f"the last three years ({t.span_days} days; {plural(t.older_left_out, 'older post')} "
                "left out: people move and change jobs)")
    return f"{t.span_days} days"


def _posted_said(t: Any) -> tuple[str, str] | None:
    """TIME002's words for the offset when daylight saving is unknown (the contract's
    ``posted_offset``): the offset the posts show, and the two readings of it the standard
    offsets allow, as the terminal's headline says (timing/render.py). (rhythm-capped form,
    plain form); None when the offset is said as standard time."""
    from nymaudit.timing.render import posted_offset, readings

    contract = t.to_contract()
    posted = posted_offset(contract)
    if posted is None:
        return None
    shown, probability = posted
    said = readings(contract, posted)
    candidates = ", ".join(f"{format_offset(o)} {capped_percent(p)}" for o, p in t.offset_candidates[:3])
    both = len(said) == 2
    if both and t.summer_zone() is False:
        # No likely zone an hour behind keeps summer time: the other standard offset is the hours'
        # one-hour doubt, not a clock change (walk11 item 7: Caracas is UTC-04:00 all year).
        return (f"{format_offset(shown)} as posted best, with probability {capped_percent(probability)}; "
                f"the hours also fit {format_offset(shown - 1)}, an hour off "
                f"(standard offsets: {candidates})",
                f"a person whose clock read {format_offset(shown)} when posting, with probability "
                f"{capped_percent(probability)}; the hours also fit {format_offset(shown - 1)}, an hour off, "
                f"where no likely zone changes its clocks (standard offsets: {candidates})") \
            if probability is not None else None
    how = ("; daylight saving cannot be told from this history, so that is "
           + (f"{format_offset(shown)} standard time if there is none where you live, or summer time "
              f"over {format_offset(shown - 1)} standard if there is" if both
              else f"summer time over {format_offset(shown - 1)} standard" if said and "summer" in said[0]
              else f"{format_offset(shown)} standard time")
           + f" (standard offsets: {candidates})")
    chance = f"probability {capped_percent(probability)}" if probability is not None else "no probability"
    return (f"{format_offset(shown)} as posted best, with {chance}{how}",
            f"a person whose clock read {format_offset(shown)} when posting, with {chance}{how}")


def _posted_zones_said(t: Any) -> str:
    """The likeliest zones with daylight saving unknown, as ranked; those whose clock showed
    another offset than the headline's for most posts said apart (walk11 item 7: Caracas and
    La Paz, UTC-04:00 all year, were listed under "UTC-03:00 as posted")."""
    shown = getattr(t, "zone_shown", None) or {}
    listed = t.zone_candidates[:3]
    same = [(z, p) for z, p in listed if shown.get(z, t.posted_offset) == t.posted_offset]
    other = [(z, p) for z, p in listed if (z, p) not in same]
    said = ", ".join(f"{z} ({p:.0%})" for z, p in same)
    if other:
        said += ("; " if said else "") + "where the clock reads another offset: " + ", ".join(
            f"{z} ({p:.0%}, {format_offset(shown[z])})" for z, p in other)
    return said


def _confidence_said(t: Any, capped: bool, posted: bool = False) -> str:
    """Why TIME002's confidence (the section's) is what it is, where the probability alone
    would say otherwise: the Lagos report said "confidence medium" in the section and "[high
    confidence]" on TIME002 (eighth session). ``posted``: the message states the offset as
    posted, whose own confidence and probability count (eleventh session)."""
    from nymaudit.timing.core import disagreement_note

    if getattr(t, "stated_disagree", None):
        return disagreement_note(t)  # the stored offsets cap it at low (tenth session)
    rival = getattr(t, "dst_rival", None)
    if getattr(t, "dst_rival_conflict", False) and rival:
        return (f" The dates your activity moves on at the clock changes fit the «{rival[0]}» rule, "
                "which no zone at this offset keeps (TIME003): one of the two readings is wrong, "
                "so confidence is low.")
    if capped or mostly_machine(t):
        return ""
    shifted = shifted_sleep_note(t)
    if shifted:
        return shifted  # before the photos' sentence, which refers to it ("above")
    if getattr(t, "photos_disagree", False):
        return ""  # photos of three or more days disagree: the photos' sentence says why
    if getattr(t, "offset_read", False):
        return " The offsets the records store say the same (TIME007): high confidence."
    stated = t.posted_confidence() if posted else t.offset_confidence
    by_probability = _confidence(t.posted_probability if posted else t.offset_probability)
    if short_history(t):
        # Measured on simulated writers (docs/timing.md, eleventh session; red11 item 6).
        from nymaudit.timing.core import MEDIUM_CONFIDENCE_POSTS

        return (f" From under {MEDIUM_CONFIDENCE_POSTS} posts the likeliest offset was exact for about "
                f"{SHORT_EXACT} of simulated writers and within an hour for about {SHORT_WITHIN}: "
                "low confidence.")
    from nymaudit.timing.core import HIGH_CONFIDENCE_POSTS

    if stated and stated != by_probability and t.posts < HIGH_CONFIDENCE_POSTS:
        # Only when the count is the reason: "rests on 314 posts (150 or more for high)" was
        # said of a reading capped for another reason (red13 item 5, thirteenth session).
        return (f" Confidence is {stated}, not {by_probability}: it rests on "
                f"{plural(t.posts, 'post')} ({HIGH_CONFIDENCE_POSTS} or more for high).")
    return ""


def offsets_apart(first: float, second: float) -> float:
    """Hours between two UTC offsets round the clock: +12:00 and -11:30 are half an hour apart,
    not 23.5 h (rev14c item 5)."""
    apart = abs(first - second) % 24.0
    return min(apart, 24.0 - apart)


def shifted_sleep_note(t: Any) -> str:
    """Why a day at the edge of the chronotypes with no work week is low confidence
    (routine.check_shifted_sleep): a permanent night worker in New York read as UTC-08:00 at
    high, 6 of 6 seeds (red11); thirteenth session."""
    shifted = getattr(t, "sleep_shifted", None)
    if not shifted or t.offset_confidence != "low":
        return ""
    # At the bank's edges (1.5 and 7.5 h mid-sleep on free days, routine.SHIFTED_EARLY/LATE): about
    # 21:30-05:30 and 03:30-11:30. "asleep from early evening" was said of sleep from 22:00 (rev13b 3).
    when = ("as late as the model allows (asleep into the late morning or beyond)" if shifted == "late"
            else "as early as the model allows (early to bed, by about 21:30, and up before dawn)")
    # A day slept 8 h or more kept capped by its fading evening (routine.evening_share; the
    # fifteenth session's Chicago worker asleep 08:00-17:00): the reason is said, as a share.
    from nymaudit.timing.routine import FALLING_EVENING

    evening = getattr(t, "evening_share", None)
    if shifted == "early" and evening is not None and evening < FALLING_EVENING:
        when += (f", and your posts fade from morning to evening (the last third of your day holds "
                 f"{round(evening * 100)}% of the first third's posts, where most people's evenings "
                 "are as busy as their mornings or busier), as a night shift's small hours do")
    elsewhere = getattr(t, "day_sleeper_offset", None)
    # Where the day sleeper fits best: on simulated night workers, within two hours of home for
    # 21 of 24 (routine.day_sleeper_offset; fourteenth session). Said as the other reading, not
    # taken as the headline: the hours alone do not say which of the two people wrote them.
    instead = (f" If you do work nights, the same hours fit someone who sleeps by day at about "
               f"{format_offset(elsewhere)} (standard time): that is where an investigator who suspects "
               "night work would look (simulated night workers read this way lived within two hours of "
               "it, 21 of 24)."
               if elsewhere is not None and t.standard_offset is not None
               and offsets_apart(elsewhere, t.standard_offset) >= 3 else "")
    return (f" At this offset your sleep falls {when}, and no work week ties your day to the clock: "
            "that is also how the day of someone who works nights and sleeps by day reads, placed in "
            "the wrong zone (a night worker is read hours away from home)." + instead + " The hours "
            "alone cannot tell the two apart, so confidence is low; the offsets your photos store "
            "(TIME009) or what you say about where you are can.")


# The first 60 and 100 posts of 324 simulated writers (tuning seed 11; docs/timing.md): the
# likeliest offset exact for 35.8 % and 39.2 %, within an hour for 81.5 % and 85.3 %.
SHORT_EXACT = "36-39 %"
SHORT_WITHIN = "82-85 %"


def short_history(t: Any) -> bool:
    """Too few posts for more than a range: TIME002 leads with it (red11 item 6)."""
    from nymaudit.timing.core import MEDIUM_CONFIDENCE_POSTS

    return bool(t.enough and t.posts < MEDIUM_CONFIDENCE_POSTS
                and getattr(t, "offset_source", None) == "hours"
                and not getattr(t, "offset_read", False))


# A zone is named in TIME002's clue (the dossier) only at this probability: the offset is
# what the hours show; the Lagos dossier named Africa/Kinshasa at 26 % (eighth session).
ZONE_CLUE_MIN = 0.5


def _zone_clue(t: Any) -> str:
    """TIME002's clue: the offset, and the headline zone with its probability when it is
    the likelier answer. With daylight saving unknown, the offset the posts show."""
    offset = format_offset(t.standard_offset)
    if _posted_said(t):
        offset = format_offset(t.posted_offset) + " as posted"
    zone = _headline_zone(t)
    p = dict(getattr(t, "zones_at_offset", None) or t.zone_candidates).get(zone or "", 0.0)
    return f"{offset}, {zone} ({p:.0%})" if zone and p >= ZONE_CLUE_MIN else offset


def _headline_zone(t: Any) -> str | None:
    """The zone the report names: the likeliest at the stated offset (a zone at another
    offset may be likelier alone when many zones share the stated one)."""
    at_offset = getattr(t, "zones_at_offset", None) or []
    if at_offset:
        return at_offset[0][0]
    return t.zone_candidates[0][0] if t.zone_candidates else None


def _zone_offset(t: Any, zone: str) -> float | None:
    """A zone's standard offset over the history's dates (for grouping the zones a finding
    names by offset); around the last two years for a result without them; None for a
    zone the table lacks."""
    known = getattr(t, "zone_offsets", None) or {}
    if zone in known:
        return known[zone]
    import time

    from nymaudit.timing.zones import standard_offset_hours, zone_table

    entry = next((e for e in zone_table() if e.zone == zone), None)
    if entry is None:
        return None
    today = int(time.time() // 86400)
    return standard_offset_hours(entry, today - 730, 730)


def _zones_said(t: Any) -> str:
    """'Europe/Paris (11%), Europe/Berlin (11%), ...' at the stated offset, then every zone
    at another offset that is likelier than the last one named, under its offset: the
    finding named Australia/Hobart (5 %) at UTC+10:00 and left out Australia/Adelaide
    (33 %) at UTC+09:30, so a reader of the finding alone took Adelaide as ruled out
    (and the headline said UTC+01:00 at 75 % while "Likely zones" began with
    Europe/London, which read as a contradiction)."""
    # Only zones the JSON's zone_candidates list too: a redacted report masks the names
    # the timing section holds, and a zone named only here would stay readable.
    listed = {z for z, _ in t.zone_candidates}
    at_offset = [(z, p) for z, p in getattr(t, "zones_at_offset", None) or [] if z in listed]
    if not at_offset:
        return ", ".join(f"{z} ({p:.0%})" for z, p in t.zone_candidates[:3])
    said = ", ".join(f"{z} ({p:.0%})" for z, p in at_offset[:3])
    named = {z for z, _ in at_offset[:3]}
    floor = min(p for _, p in at_offset[:3])
    others = [(z, p) for z, p in t.zone_candidates if z not in named and p > floor]
    if not others:
        return said
    offset_p = dict(t.offset_candidates)

    def where(zone: str, p: float) -> str:
        offset = _zone_offset(t, zone)
        if offset is None or offset == t.standard_offset:
            return f"{zone} ({p:.0%})"
        share = offset_p.get(offset)
        return f"{zone} ({p:.0%}) at {format_offset(offset)}" + (
            f" ({share:.0%} for that offset)" if share else "")

    top = t.zone_candidates[0]
    if top[0] not in named:
        said += (f"; many zones share that offset, and the likeliest single zone, {top[0]} "
                 f"({top[1]:.0%}), is at another")
        others = [(z, p) for z, p in others if z != top[0]]
        if others:
            said += "; also likelier than the last of these: " + ", ".join(where(z, p) for z, p in others)
        return said
    return said + "; and at another offset, likelier than the last of these: " + ", ".join(
        where(z, p) for z, p in others)

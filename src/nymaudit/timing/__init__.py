"""Posting-time analysis: time zone, daylight saving, country calendar and daily
routine from UTC timestamps. Pure functions on arrays of epoch seconds; numpy,
zoneinfo and holidays are imported only when an analysis runs."""

from __future__ import annotations

from nymaudit.timing.core import MIN_POSTS, TimingResult, analyse

__all__ = ["MIN_POSTS", "TimingResult", "analyse"]

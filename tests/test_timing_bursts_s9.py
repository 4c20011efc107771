"""Review 9b item 1: TIME006's p-value took every day as independent at the writer's rate for
its weekday and season, so a writer who posts in bursts (runs of busy days, then quiet runs)
got breaks "too long to be chance" in every history, with none planted. The null model is
now a two-state Markov chain with the writer's own day-to-day persistence."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_builders import build_mastodon_archive, make_note  # noqa: E402

ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
WORDS = ["the", "queue", "at", "the", "copier", "was", "long", "again", "and", "the", "coffee",
         "machine", "broke", "twice", "before", "lunch"]


def _scan(path: Path) -> dict:
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"], env=ENV, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.stdout
    return json.loads(out.stdout)


def _time006(report: dict) -> dict | None:
    return next((f for f in report["findings"] if f["rule"] == "TIME006"), None)


def _masto(dest: Path, seed: int, stay: float, wake: float, skip: tuple[str, str] | None = None) -> Path:
    """The review's generator (mkbursty_masto.py): two years of Mastodon posts, each day active
    with probability ``stay`` after an active day and ``wake`` after a quiet one, 1-4 posts on
    an active day; ``skip`` drops the days between two dates (a trip)."""
    r = random.Random(seed)
    notes, on, start = [], False, datetime(2023, 1, 1, tzinfo=UTC)
    for d in range(730):
        on = r.random() < (stay if on else wake)
        if not on:
            continue
        day = start + timedelta(days=d)
        for _ in range(r.randint(1, 4)):
            t = day + timedelta(hours=r.choice([8, 12, 18, 19, 20, 21, 22]), minutes=r.randint(0, 59))
            if skip and skip[0] <= t.date().isoformat() <= skip[1]:
                continue
            notes.append(make_note(str(100000 + len(notes)), t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                   "<p>" + " ".join(r.choice(WORDS) for _ in range(14)) + "</p>"))
    build_mastodon_archive(dest, notes, zip=False)
    return dest


@pytest.mark.parametrize("seed", [0, 1])
def test_bursty_gap_free_history_gets_no_claim(tmp_path: Path, seed: int) -> None:
    """80 % of days active after an active day, 10 % after a quiet one: a third of the days
    active, quiet runs of two weeks and more by chance. Before: "4 breaks in posting too long
    to be chance ... (16 days, high confidence)" for seed 0. The runs stay listed as facts."""
    report = _scan(_masto(tmp_path / "masto", seed, 0.8, 0.1))
    found = _time006(report)
    assert found is None or "too long to be chance" not in found["message"]
    assert any(a["days"] >= 10 for a in report["timing"]["absences"])


def test_three_week_trip_in_a_steady_history_is_still_claimed(tmp_path: Path) -> None:
    """A steady writer (95 % of days active after an active one, 70 % after a quiet one) away
    2024-06-03 to 2024-06-23: the trip is claimed, nothing else is."""
    report = _scan(_masto(tmp_path / "masto", 3, 0.95, 0.7, skip=("2024-06-03", "2024-06-23")))
    found = _time006(report)
    assert found is not None and found["message"].startswith("1 break in posting too long to be chance")
    (trip,) = [a for a in report["timing"]["absences"] if a["start"] <= "2024-06-03" <= a["end"]]
    assert trip["end"] >= "2024-06-23" and f"{trip['start']} to {trip['end']} ({trip['days']} days" in \
        found["message"]


def test_persistence_is_zero_for_independent_days_and_high_for_bursts() -> None:
    """Unit: the chain's rho (leave-the-run-out) is near 0 when days are independent and
    large when quiet days come in runs."""
    import numpy as np

    from nymaudit.timing.routine import _log_quiet, _persistence

    rng = np.random.default_rng(5)
    on = rng.random(700) < 0.4
    rho = _persistence(on, _log_quiet(on, 20_000), np.array([10]), np.array([5]))
    assert rho[0] < 0.15
    state, days = False, []
    for _ in range(700):
        state = rng.random() < (0.8 if state else 0.1)
        days.append(state)
    on = np.array(days)
    rho = _persistence(on, _log_quiet(on, 20_000), np.array([10]), np.array([5]))
    assert rho[0] > 0.5

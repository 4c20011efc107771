"""``nymaudit compare``: how linkable pseudonymous writing is to known writing.

``analyse`` is pure (Corpus objects in, the ``nymaudit.compare/1`` document out);
``render_terminal`` only reads that document. The CLI wiring (reading PATHs into
Corpus objects, --format) lives in cli.py.
"""

from __future__ import annotations

from typing import Any

from nymaudit.console import escape
from nymaudit.model import Corpus


def analyse(pseudonymous: Corpus, known: dict[str, Corpus]) -> dict[str, Any]:
    """The full ``nymaudit.compare/1`` document; never raises on odd input."""
    from nymaudit.style.linkage import analyse as run

    return run(pseudonymous, known)


def _verdict(p: float | None, calibrated: bool | None = True) -> str:
    """Verdict words for a probability. Out of the calibration's domain (calibrated
    False) there is no probability and no verdict: the star note says why."""
    if calibrated is False:
        return "cannot say how likely*"
    if p is None:
        return "no verdict"
    if p >= 0.8:
        return "very likely the same writer"
    if p >= 0.5:
        return "probably the same writer"
    if p >= 0.2:
        return "possibly the same writer"
    return "unlikely to be the same writer"


def _agreement(habit: dict[str, Any]) -> str:
    """One agreeing habit in words: how much it says, from how rare its form is."""
    ratio = float(habit.get("likelihood_ratio", 1.0))
    share = habit.get("population_share")
    if habit.get("dialect"):
        note = "shared by most writers of that variety: says where, not who"
    elif ratio < 1.5:
        note = "common: says little"
    elif share:
        note = f"about 1 writer in {max(1, round(1 / share))}: ratio {ratio:g}"
    else:
        note = f"ratio {ratio:g}"
    return f"{habit['known']} ({note})"


def render_terminal(doc: dict[str, Any], console: Any) -> None:
    """Human report of a compare document on a rich Console (user text escaped)."""
    from rich.table import Table

    link = doc.get("linkage", {})
    words = link.get("words", {})
    console.print("[bold]Writing-style linkage[/bold]")
    console.print(f"Method: {escape(str(link.get('method', '')))}")
    console.print(f"Pseudonymous words: {link.get('pseudonymous_words', 0)}")
    table = Table(show_header=True, header_style="bold")
    for column in ("rank", "known corpus", "words", "same-author probability", "distance",
                   "verdict"):
        table.add_column(column)
    for c in link.get("candidates", []):
        p = c.get("same_author_probability")
        table.add_row(
            str(c.get("rank")),
            escape(str(c.get("label"))),
            str(words.get(c.get("label"), 0)),
            "-" if p is None else f"{p:.0%}",
            "-" if c.get("distance") is None else f"{c['distance']:.3f}",
            _verdict(p, c.get("calibrated")),
        )
    console.print(table)
    uncalibrated = any(c.get("calibrated") is False for c in link.get("candidates", []))
    margins = doc.get("margins") or []
    if doc.get("mode") == "attribution" and margins:
        m = margins[0]
        console.print(
            f"Closer to '{escape(str(m['label']))}' than to '{escape(str(m['next']))}' "
            f"(by {m['distance_margin']:.3f} in ranking score).")
    if uncalibrated:
        console.print(
            "* No probability: this kind of text is far from the novels the probability was "
            "calibrated on, and the tool cannot say how likely it is that one person wrote both. "
            "The distance (0 = the same profile; about 1 = no more alike than chance) and the habits "
            "below describe how close the texts are; they are not a verdict.")
        calibration = doc.get("calibration") or {}
        for c in link.get("candidates", []):
            cal = calibration.get(c.get("label")) or {}
            own, between = cal.get("self_mean"), cal.get("window_distance")
            if c.get("calibrated") is False and own is not None and between is not None:
                relation = ("farther apart than" if between > own * 1.25 else
                            "about as close as" if between >= own * 0.8 else "closer than")
                console.print(
                    f"  '{escape(str(c.get('label')))}': the texts are {relation} stretches of the "
                    f"known writing are to each other (style distance {between:.3f} vs {own:.3f}).")
    agree = link.get("habits_that_agree") or []
    if agree:
        console.print("\n[bold]Habits settled on the same form[/bold] (they count by how rare the "
                      "form is among writers; an estimate)")
        for label in dict.fromkeys(h["label"] for h in agree):
            forms = ", ".join(_agreement(h) for h in agree if h["label"] == label)
            console.print(f"  '{escape(str(label))}': {escape(forms)}")
    differ = link.get("habits_that_differ") or []
    if differ:
        console.print("\n[bold]Habits that differ[/bold] (argue against one writer)")
        dt = Table(show_header=True, header_style="bold")
        for column in ("known corpus", "pseudonymous", "known", "uses",
                       "likelihood ratio"):
            dt.add_column(column)
        for h in differ:
            dt.add_row(escape(str(h["label"])), escape(str(h["pseudonymous"])), escape(str(h["known"])),
                       f"{h['pseudonymous_uses']}/{h['known_uses']}", f"{h['likelihood_ratio']:g}")
        console.print(dt)
    habits = link.get("shared_habits", [])
    if habits:
        with_label = doc.get("shared_habits_with")
        console.print(f"\n[bold]Habits shared with '{escape(str(with_label))}'[/bold] (per 1000)")
        ht = Table(show_header=True, header_style="bold")
        for column in ("feature", "kind", "pseudonymous", "known", "typical"):
            ht.add_column(column)
        from nymaudit.style.habits import HABITS, describe

        for h in habits:
            typical = h.get("typical_per_1000")
            name = str(h["feature"])
            if name in HABITS or name in ("misspelling", "greeting", "sign_off"):
                name = describe(name)[1]
            ht.add_row(escape(name), escape(str(h["kind"])),
                       f"{h['pseudonymous_per_1000']}", f"{h['known_per_1000']}",
                       "-" if typical is None else f"{typical}")
        console.print(ht)
    vary = doc.get("habits_to_vary") or []
    if vary:
        console.print("\n[bold]What to vary[/bold]")
        for line in vary:
            console.print(f"  - {escape(line)}")
    for w in link.get("warnings", []):
        console.print(f"[yellow]warning:[/] {escape(w)}")

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
    """Verdict words for a probability. An uncalibrated estimate (a side out of the
    calibration's domain) never says "very likely" and is marked with a star."""
    if p is None:
        return "no verdict"
    if calibrated is False:
        if p >= 0.5:
            return "probably the same writer*"
        if p > 0.2:
            return "cannot tell*"
        return "probably not the same writer*"
    if p >= 0.8:
        return "very likely the same writer"
    if p >= 0.5:
        return "probably the same writer"
    if p >= 0.2:
        return "possibly the same writer"
    return "unlikely to be the same writer"


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
        from nymaudit.style.linkage import domain_settings

        cfg = domain_settings()
        console.print(
            "* The probability is not calibrated for this kind of text (far from the novels it "
            "was fitted on): it is an estimate from the habits both sides settled on (below), "
            f"kept between {float(cfg.get('floor', 0.1)):.0%} and {float(cfg.get('ceiling', 0.9)):.0%}. "
            "The ranking still stands.")
    agree = link.get("habits_that_agree") or []
    if agree:
        console.print("\n[bold]Habits settled on the same form[/bold] (argue for one writer)")
        for label in dict.fromkeys(h["label"] for h in agree):
            forms = ", ".join(f"{h['known']} (ratio {h['likelihood_ratio']:g})"
                              for h in agree if h["label"] == label)
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

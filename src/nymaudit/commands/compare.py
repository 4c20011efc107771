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

    doc = run(pseudonymous, known)
    # A repository's README/docs whose every commit is the writer's are read as the writer's
    # prose (sources/git.py): a theme's README copied in by the writer's own commit reads the
    # same, so the files are named for the user to judge (review rev10b 9, 2026-11-29).
    prose = sorted({str(p.extra["repository_file"]) for p in pseudonymous.authored_posts()
                    if isinstance(p.extra, dict) and p.extra.get("writer_prose") is True
                    and isinstance(p.extra.get("repository_file"), str)})
    if prose and isinstance(doc.get("linkage"), dict):
        doc["linkage"]["writer_prose_files"] = prose
        doc["linkage"].setdefault("warnings", []).append(
            f"Read as the writer's own prose (only the writer's commits made them): {', '.join(prose[:5])}"
            + (f" and {len(prose) - 5} more" if len(prose) > 5 else "")
            + ". A theme's or template's file copied in by the writer's own commit reads the same: "
            "if one of them is not your writing, compare the posts alone.")
    return doc


# The keys of the compare document that `redact` masks itself; the linkage goes through
# redact_report as scan's linkage section does.
_OWN_KEYS = frozenset({"schema", "mode", "linkage", "shared_habits_with", "calibration", "margins",
                       "habits_to_vary"})


def redact(doc: dict[str, Any], inputs: list[str] | None = None) -> dict[str, Any]:
    """The document as `--redact` shows it (2026-11-29, ninth session): its ``linkage``
    through ``redact_report`` as `scan --known --redact` masks that section (labels, the
    words and phrases of shared habits, labels in warnings); the labels elsewhere (the
    keys of ``calibration``, ``margins``, ``shared_habits_with``) by the same numbered name
    ("known 1", "known 2" in the order given; eleventh session: masked letter by letter a
    label kept its length), so it still finds its row; ``habits_to_vary`` rebuilt from the masked
    habits by the same advice function. Numbers, habit names, the method and the advice
    stay. ``inputs``: the paths given, whose names the report knows to mask."""
    from nymaudit import __version__
    from nymaudit.model import InputSummary, Report
    from nymaudit.report.redact import FIXED, known_label_names, label_hider, mask_tree, redact_report

    linkage = doc.get("linkage")
    # A key added later goes through redact_report as a section of its own (user text under
    # the report's text keys masked, paths and ids as everywhere).
    sections = {key: value for key, value in doc.items() if key not in _OWN_KEYS}
    if isinstance(linkage, dict):
        sections["linkage"] = linkage
    report = Report(tool_version=__version__, findings=[], redacted=True, sections=sections,
                    inputs=[InputSummary(path=path, format="compare") for path in inputs or []])
    view = redact_report(report).sections
    out: dict[str, Any] = {}
    hide_labels = label_hider(linkage)
    names = known_label_names(linkage)

    def named(label: Any) -> str:
        # A label the linkage does not list (none should be): FIXED, no shape.
        return names.get(str(label), FIXED)

    for key, value in doc.items():
        if key not in _OWN_KEYS or key == "linkage":
            out[key] = view.get(key, mask_tree(value))
        elif key in ("schema", "mode"):
            out[key] = value
        elif key == "shared_habits_with":
            out[key] = named(value) if isinstance(value, str) else value
        elif key == "calibration" and isinstance(value, dict):
            out[key] = {named(label): numbers for label, numbers in value.items()}
        elif key == "margins" and isinstance(value, list):
            out[key] = [{**m, **{k: named(m[k]) for k in ("label", "next") if isinstance(m.get(k), str)}}
                        if isinstance(m, dict) else m for m in value]
        elif key == "habits_to_vary":
            out[key] = _habits_to_vary(out.get("linkage") or {}, value, hide_labels,
                                       doc.get("shared_habits_with"))
        else:  # one of them not of its usual type: kept as the report's text keys allow
            out[key] = mask_tree(value)
    out["redacted"] = True
    return out


def _habits_to_vary(masked_linkage: dict[str, Any], lines: Any, hide_labels: Any,
                    label: Any = None) -> list[str]:
    """The advice lines said again from the masked habits (as style.linkage builds them: one
    per shared habit that is not a letter sequence); when they do not line up, every line
    masked whole rather than a phrase left readable."""
    from nymaudit.report.redact import mask
    from nymaudit.style.linkage import advice_for

    habits = [h for h in masked_linkage.get("shared_habits") or []
              if isinstance(h, dict) and h.get("kind") != "character_3gram"]
    lines = lines if isinstance(lines, list) else []
    if len(habits) != len(lines):
        return [mask(str(line)) for line in lines]
    try:
        shown = label if isinstance(label, str) else None
        return [hide_labels(advice_for(h, shown)) for h in habits]
    except Exception:  # noqa: BLE001 - a habit the advice cannot word: masked whole
        return [mask(str(line)) for line in lines]


def _verdict(p: float | None, calibrated: bool | None = True, rules_out: bool | None = None,
             too_short: bool | None = False, few_texts: bool | None = False) -> str:
    """Verdict words for a probability. Out of the calibration's domain (calibrated
    False) there is no probability and no verdict: the star note says why. A low probability
    from texts too short to rule the writer out (``rules_out`` False; eleventh session) is
    no "unlikely": a warning gives the measured share of same-writer texts that score so low.
    A side shorter than any length the probability was measured at (``too_short``; twelfth
    session) has no probability and "too short to tell", whatever the curve said. A low
    probability against known writing in few texts (``few_texts``; thirteenth session) is no
    "unlikely" either: a few pieces show too little of how a writer varies."""
    if too_short:
        return "too short to tell"
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
    if rules_out is False and few_texts:
        return "too little variety to rule out the same writer"
    if rules_out is False:
        return "too little text to rule out the same writer"
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


def _ranking_note(doc: dict[str, Any]) -> str:
    """What the ranking score adds to the distance, and whether the two order the
    candidates differently (read from the document only)."""
    candidates = [c for c in doc.get("linkage", {}).get("candidates", [])
                  if c.get("ranking_score") is not None and c.get("distance") is not None]
    calibration = doc.get("calibration") or {}
    parts = ["the distance"]
    if any((calibration.get(c["label"]) or {}).get("char_cross_entropy") is not None for c in candidates):
        parts.append("plus how much better or worse than the other candidates' this candidate's "
                     "writing predicts the text letter by letter (a character model)")
    if any((calibration.get(c["label"]) or {}).get("quarter_self_distance") is not None
           for c in candidates):
        parts.append("minus a share of how much its own known writing varies")
    if any((calibration.get(c["label"]) or {}).get("content_labbe") is not None for c in candidates):
        parts.append("plus how much more or less than the other candidates' its known writing uses "
                     "the text's everyday content words as often (Labbé's distance)")
    note = ("Rank follows the ranking score: " + ", ".join(parts) + ". The distance (0 = the same "
            "profile; about 1 = no more alike than chance) compares whole profiles: function words, "
            "character sequences and less-common words.")
    by_distance = sorted(candidates, key=lambda c: (c["distance"], c["rank"]))
    if [c["label"] for c in by_distance] != [c["label"] for c in candidates]:
        note += (f" By the distance alone '{escape(str(by_distance[0]['label']))}' would come "
                 "first; the terms after the distance move the order.")
    return note


def _table(console: Any, headers: list[str], rows: list[list[str]],
           no_wrap: frozenset[str] = frozenset()) -> None:
    """A table whose words are never cut; on a console too narrow for that (60 columns for
    the 7 columns of candidates), each row as a short record of 'header: value' lines
    (2026-11-29, tenth session: rich folded the table into columns of "Ma…", "0.…")."""
    from rich.table import Table

    from nymaudit.console import fit_table, print_records

    table = Table(show_header=True, header_style="bold")
    for header in headers:
        table.add_column(header, no_wrap=header in no_wrap)
    for row in rows:
        table.add_row(*row)
    if fit_table(console, table):
        console.print(table)
    else:
        print_records(console, headers, rows)


# The method said in a few words at the end of the terminal report (thirteenth session: an
# 8-line paragraph opened the output before the answer); the JSON keeps the full ``method``.
SHORT_METHOD = (
    "How this was measured: the distance compares the rates of common function words, letter "
    "sequences and less-common words on both sides; the probability is a curve fitted on "
    "19th-century novels by known writers, given only for text like them and long enough. "
    "The full method and its measured accuracy: docs/style.md (and linkage.method in --format json).")


def _answer(doc: dict[str, Any]) -> str:
    """The answer in one sentence, from the document only: the best-ranked candidate's verdict
    and its probability, or why there is none (the warnings and the star note say more)."""
    link = doc.get("linkage", {})
    candidates = link.get("candidates") or []
    if not candidates:
        return "Answer: nothing to compare (the warnings below say why)."
    top = candidates[0]
    label = escape(str(top.get("label")))
    p = top.get("same_author_probability")
    few = ((doc.get("calibration") or {}).get(top.get("label")) or {}).get("known_few_texts") is True
    verdict = _verdict(p, top.get("calibrated"), top.get("rules_out"), top.get("too_short"), few)
    if len(candidates) > 1 and top.get("ranking_score") is not None:
        lead = f"Answer: closest of {len(candidates)} is '{label}'"
    else:
        lead = f"Answer for '{label}'"
    if top.get("too_short"):
        why = ("no probability: a side is shorter than any text the probability was measured with "
               "(warnings below)")
    elif top.get("calibrated") is False:
        # No "same writer" wording here: out of domain there is no verdict of any kind.
        return (f"{lead}; cannot say how likely one person wrote both: no probability for text this far "
                "from the novels the probability was calibrated on (* under the table).")
    elif p is None:
        why = "no probability for this pair (the warnings below say why)"
    elif top.get("rules_out") is False:
        why = "scores under 20%, which is no all-clear here (warnings below)"
    else:
        from nymaudit.report.common import probability_shown

        why = f"same-author probability {probability_shown(p)}{_weak_note(doc, top)}"
    return f"{lead}: {verdict}; {why}."


def _weak_note(doc: dict[str, Any], candidate: dict[str, Any]) -> str:
    """Where the known writing has room for too few stretches to measure the writer's own
    variation (the warning "the probability is weaker"), the answer says so beside the figure:
    "very likely; same-author probability 100%" above that warning read as a certainty
    (walk14 10)."""
    # The warning's own opening (style/linkage.py), so the note stands exactly where it does.
    opening = f"Known corpus '{candidate.get('label')}' has room for only "
    warnings = (doc.get("linkage") or {}).get("warnings") or []
    if not any(isinstance(w, str) and w.startswith(opening) for w in warnings):
        return ""
    return (" (less firm than the figure: the known writing is too short to show how much the "
            "writer varies; warning below)")


def render_terminal(doc: dict[str, Any], console: Any) -> None:
    """Human report of a compare document on a rich Console (user text escaped). The answer
    first (verdict, probability or why none, the caveats), then what to vary, then the
    evidence, then the method in short (thirteenth session)."""
    from nymaudit.report.common import probability_shown

    link = doc.get("linkage", {})
    words = link.get("words", {})
    console.print("[bold]Writing-style linkage[/bold]")
    console.print(f"Pseudonymous words: {link.get('pseudonymous_words', 0)}")
    console.print(_answer(doc))
    candidates = link.get("candidates", [])
    # With several candidates the rank follows the ranking score, not the distance: both
    # are shown, and a line says what the score adds (2026-11-29: a rank 1 with the larger
    # distance and no word on why).
    several = sum(1 for c in candidates if c.get("ranking_score") is not None) >= 2
    columns = ["rank", "known corpus", "words", "same-author probability"]
    columns += ["ranking score", "distance"] if several else ["distance"]
    columns.append("verdict")
    rows = []
    calibration = doc.get("calibration") or {}

    def few_texts(c: dict[str, Any]) -> bool:
        return (calibration.get(c.get("label")) or {}).get("known_few_texts") is True

    for c in candidates:
        p = c.get("same_author_probability")
        # No "0%" from texts too short to rule the writer out (the JSON keeps the number).
        row = [str(c.get("rank")), escape(str(c.get("label"))), str(words.get(c.get("label"), 0)),
               "-" if p is None else "under 20%" if c.get("rules_out") is False else probability_shown(p)]
        if several:
            row.append("-" if c.get("ranking_score") is None else f"{c['ranking_score']:.3f}")
        row.append("-" if c.get("distance") is None else f"{c['distance']:.3f}")
        rows.append([*row, _verdict(p, c.get("calibrated"), c.get("rules_out"), c.get("too_short"),
                                few_texts(c))])
    _table(console, columns, rows, no_wrap=frozenset({"verdict"}))
    if several:
        console.print(_ranking_note(doc))
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
        if any(c.get("calibrated") is False and (calibration.get(c.get("label")) or {}).get("self_mean")
               is not None for c in candidates):
            console.print(
                "  Style distance below: function words and character sequences only (no vocabulary), "
                "measured on stretches as long as the pseudonymous text, the scale on which the "
                "known writing's own stretches are compared; it can differ from, and order the "
                "candidates otherwise than, the distance column.")
        for c in candidates:
            cal = calibration.get(c.get("label")) or {}
            own, between = cal.get("self_mean"), cal.get("window_distance")
            if c.get("calibrated") is False and own is not None and between is not None:
                relation = ("farther apart than" if between > own * 1.25 else
                            "about as close as" if between >= own * 0.8 else "closer than")
                console.print(
                    f"  '{escape(str(c.get('label')))}': the texts are {relation} stretches of the "
                    f"known writing are to each other (style distance {between:.3f} vs {own:.3f}).")
    # The caveats belong to the answer (why there is no probability, why a low one is no
    # all-clear), so they come before the advice, not after the evidence.
    for w in link.get("warnings", []):
        console.print(f"[yellow]warning:[/] {escape(w)}")
    vary = doc.get("habits_to_vary") or []
    if vary:
        console.print("\n[bold]What to vary[/bold]")
        for line in vary:
            console.print(f"  - {escape(line)}")
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
        _table(console, ["known corpus", "pseudonymous", "known", "uses", "likelihood ratio"], [
            [escape(str(h["label"])), escape(str(h["pseudonymous"])), escape(str(h["known"])),
             f"{h['pseudonymous_uses']}/{h['known_uses']}", f"{h['likelihood_ratio']:g}"]
            for h in differ])
        # (Twelfth session, walk12 10: "uses 79/173" and "likelihood ratio 0.5" were unexplained.)
        console.print("uses: how often the habit occurs on each side (pseudonymous/known). Likelihood "
                      "ratio: how much more likely this difference is from one writer than from two "
                      "(under 1 argues against one writer; an estimate, docs/style.md).")
    habits = link.get("shared_habits", [])
    if habits:
        with_label = doc.get("shared_habits_with")
        console.print(f"\n[bold]Habits shared with '{escape(str(with_label))}'[/bold] (per 1000)")
        from nymaudit.style.habits import HABITS, describe

        rows = []
        for h in habits:
            typical = h.get("typical_per_1000")
            name = str(h["feature"])
            if name in HABITS or name in ("misspelling", "greeting", "sign_off"):
                name = describe(name)[1]
            rows.append([escape(name), escape(str(h["kind"])), f"{h['pseudonymous_per_1000']}",
                         f"{h['known_per_1000']}", "-" if typical is None else f"{typical}"])
        _table(console, ["feature", "kind", "pseudonymous", "known", "typical"], rows)
        if any(h.get("kind") in ("function_word", "character_3gram") for h in habits):
            # The reference rates come from 19th-century novels: said, so a modern writer reads
            # them for what they are (twelfth session, walk12 10).
            console.print("typical: for words and letter sequences, the rate in the 19th-century "
                          "novels of the reference; for other habits, an estimate for writers in "
                          "general.")
    console.print(f"\n[dim]{SHORT_METHOD}[/]")
    if doc.get("redacted"):
        console.print("[dim]Redacted: the corpora's labels are numbered in the order given (known 1, "
                      "known 2, ...), and the words, names and phrases both sides share are masked.[/]")

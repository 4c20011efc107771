"""The human report on a terminal (rich). Reads a Report; never analyses.

Every string that came from an input is escaped before rich sees it, so a post
that contains ``[bold]`` or ``[link=...]`` prints as text, and goes through
``one_line`` (line breaks and control characters shown as ⏎ and ⟨U+XXXX⟩), so a
file name holding a newline cannot print a line of its own that looks like ours.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nymaudit.formatting import plural
from nymaudit.model import Finding, Report, Severity
from nymaudit.report.common import (
    language_note,
    priority_also,
    priority_items,
    priority_more,
    probability_shown,
    record_shown,
    risk_basis_note,
    unread_note,
)
from nymaudit.report.common import visible_controls as one_line

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
RISK_STYLE = {s.label: style for s, style in SEVERITY_STYLE.items()} | {"none": "green"}
MAX_PER_SEVERITY = 40  # the JSON report has them all; a terminal page should stay readable


DETAILS = "--format json, markdown or html"


def render(report: Report, console: Console, *, verbose: bool = False, details: str = DETAILS) -> None:
    """``details``: the formats this command offers for the full report (check has no
    markdown or html), named by the footer and the "more findings" lines."""
    from nymaudit.report.redact import redact_report

    report = redact_report(report)  # masked copy when --redact, else the same object
    _header(report, console)
    _summary(report, console)
    _inputs(report, console)
    timing = report.sections.get("timing")
    if timing:
        _timing(timing, console, report.post_count)
    elif "timing" in report.sections:
        console.print(Text("Posting times: no post in these inputs has a usable time.", style="dim"))
    linkage = report.sections.get("linkage")
    if linkage:
        _linkage(linkage, console)
    _profile(report, console)
    _findings(report, console, verbose, details)
    _footer(console, details)


def _header(report: Report, console: Console) -> None:
    risk = report.risk
    risk_word = (risk.upper(), RISK_STYLE.get(risk, ""))
    # The panel cuts a title wider than the console ("overall risk: MEDIU" at COLUMNS=40 in a
    # pipe): the version goes first, then "overall", and under that the risk opens the body
    # (2026-11-29, ninth session). "risk: MEDIUM" is the headline and is never cut.
    titles = [
        Text.assemble(("nymaudit ", "bold"), (report.tool_version, "dim"), ("  overall risk: ", ""),
                      risk_word),
        Text.assemble(("nymaudit", "bold"), ("  overall risk: ", ""), risk_word),
        Text.assemble(("risk: ", ""), risk_word),
    ]
    # Rich shows a title whole in a panel up to 6 cells narrower than the console ("╭─ " " ─╮").
    title: Text | None = next((t for t in titles if t.cell_len + 6 <= console.width), None)
    counts = report.counts_by_severity()
    parts = [f"{counts[s.label]} {s.label}" for s in reversed(Severity) if counts[s.label]]
    span = ""
    if report.first_post and report.last_post:
        # Counted as the timing section counts its span (whole days elapsed, plus the first),
        # so the header and "based on N posts over M days" agree.
        days = (report.last_post - report.first_post).days + 1
        span = (
            f"\n{plural(report.post_count, 'post')} from {report.first_post:%Y-%m-%d} "
            f"to {report.last_post:%Y-%m-%d} ({plural(days, 'day')})"
        )
    elif report.post_count and report.fail_closed:
        # `check`: drafts' dates are deliberately no publishing times (docs/formats.md), though
        # a draft's date with an offset still gives TIME007; "none with a usable date" read
        # as if those dates had not been read.
        span = f"\n{plural(report.post_count, 'post')} checked (a draft's date is not a publishing time)"
    elif report.post_count:
        span = f"\n{plural(report.post_count, 'post')} (none with a usable date)"
    body = Text(f"Findings: {', '.join(parts) if parts else 'none'}{span}")
    if title is None:
        body = Text.assemble(("overall risk: ", ""), risk_word, "\n", body)
    console.print(Panel(body, title=title, title_align="left", expand=False))


def _summary(report: Report, console: Console) -> None:
    """Under the header: what the risk rests on, a warning when much of the text is not English
    (the checks that read English only did not read it), and what to do first (eleventh
    session). The profile computed them (nymaudit/summary.py); this only prints."""
    basis = risk_basis_note(report)
    if basis:
        _detail(console, Text.assemble(("risk: ", "dim"), (basis, "dim")))
    unread = unread_note(report)
    if unread:
        _detail(console, Text.assemble(("not read: ", "bold yellow"), (unread, "yellow")))
    language = language_note(report)
    if language:
        _detail(console, Text.assemble(("language: ", "bold yellow"), (language, "yellow")))
    items = priority_items(report)
    if items:
        console.print(Text("What to do first", style="bold"))
        for number, item in enumerate(items, 1):
            severity = str(item.get("severity", ""))
            style = RISK_STYLE.get(severity, "")
            console.print(Text.assemble(
                f" {number}. ", (one_line(str(item.get("title", ""))), style),
                (f"  [{severity}, {item.get('confidence', '')} confidence]", "dim")))
            path, line = item.get("path"), item.get("line")
            record = record_shown(str(path or ""), item.get("record"))
            where = str(path or "") + (f":{line}" if line else "") + (f" record {record}" if record else "")
            if where:
                # A record line, never wrapped (soft_wrap), as a finding's "where:".
                console.print(Text.assemble("  ", ("where: ", "dim"), (one_line(where), ""),
                                            (priority_more(item), "dim")), soft_wrap=True)
            also = priority_also(item)  # the other rules the same fix clears (walk13 7)
            if also:
                _detail(console, Text(one_line(also[0].upper() + also[1:] + "."), style="dim"))
            do = one_line(str(item.get("do", "")))
            _detail(console, Text.assemble(("do: ", "green"), (do, "")))
    if basis or language or items:
        console.print()


INPUT_COLUMNS = ("path", "format", "posts", "activities", "attachments", "errors")


def _inputs(report: Report, console: Console) -> None:
    rows = [(one_line(item.path), one_line(item.format), str(item.posts), str(item.activities),
             str(item.attachments), str(len(item.errors))) for item in report.inputs]
    # The table only when every path fits whole in it: rich folded a long path mid-word
    # (".../demo/acc" / "ount/twitter") and cut headers at 60 columns ("attachmen…").
    widths = [max([len(name), *(cell_len(row[i]) for row in rows)]) for i, name in enumerate(INPUT_COLUMNS)]
    if sum(widths) + 3 * (len(widths) - 1) <= console.width:
        table = Table(title="Inputs", title_justify="left", show_edge=False, pad_edge=False)
        for name in INPUT_COLUMNS:
            table.add_column(name, justify="left" if name in ("path", "format") else "right",
                             no_wrap=True)
        for row in rows:
            # Text, not str: rich reads a str as markup, and a file named "b[link=https://e.x]c.md"
            # became a clickable link to e.x, "[conceal]" hid the rest (red team red12).
            table.add_row(*(Text(cell) for cell in row[:-1]),
                          Text(row[-1], style="red" if row[-1] != "0" else ""))
        console.print(table)
    else:
        # One record per input: the path on a line of its own, never cut (soft_wrap).
        console.print(Text("Inputs", style="italic"))
        for item, row in zip(report.inputs, rows, strict=True):
            console.print(Text("  " + row[0]), soft_wrap=True)
            # Posts always; the other counts when there are any (short enough for 60 columns).
            counts = [plural(item.posts, "post")] + [plural(n, word, many) for n, word, many in (
                (item.activities, "activity", "activities"), (item.attachments, "attachment", None))
                if n]
            console.print(Text.assemble(f"    {row[1]}: {', '.join(counts)}",
                                        (f", {plural(len(item.errors), 'error')}" if item.errors else "",
                                         "red")))
    for item in report.inputs:
        for error in item.errors[:5]:
            console.print(Text.assemble(("  input error ", "red"),
                                        (one_line(f"{error.path}: {error.error}"), "")))
        if len(item.errors) > 5:
            console.print(Text(f"  … {len(item.errors) - 5} more input errors (see --format json)",
                               style="dim"))
    console.print()


def _timing(timing: dict[str, Any], console: Console, post_count: int) -> None:
    try:
        from nymaudit.timing.render import render_timing
    except ImportError:
        render_timing = None
    if render_timing is not None:
        render_timing(timing, console, post_count)
        console.print()
        return
    offset = timing.get("standard_utc_offset_hours")
    if offset is None:
        console.print(Text(f"Posting times: {timing.get('posts', 0)} timed posts; too few to infer a "
                           "time zone.", style="dim"))
    else:
        console.print(Text(f"Posting times suggest UTC{offset:+g} "
                           f"(confidence {timing.get('offset_confidence')})."))
    console.print()


def _linkage(linkage: dict[str, Any], console: Console) -> None:
    table = Table(title="Linkage to known writing", title_justify="left", show_edge=False)
    candidates = linkage.get("candidates", [])
    # Short enough to fit beside a label at 60 columns (the long form wrapped right-justified,
    # "of text" alone on a line); the notes below say why.
    shown = [("none: not calibrated" if cand.get("calibrated") is False
              # Under the lengths the calibration was measured at (sty12, twelfth session).
              else "too short to tell" if cand.get("too_short") else "n/a")
             if cand.get("same_author_probability") is None
             # No "0%" from texts too short to rule the writer out (cmp11, eleventh session).
             else "under 20%" if cand.get("rules_out") is False
             else probability_shown(cand["same_author_probability"]) for cand in candidates]
    table.add_column("rank", justify="right")
    table.add_column("known writing")
    table.add_column("same-author probability",
                     justify="right" if all(cell.endswith("%") for cell in shown) else "left")
    for cand, cell in zip(candidates, shown, strict=True):
        table.add_row(str(cand.get("rank", "")), Text(one_line(str(cand.get("label", "")))), cell)
    console.print(table)
    for warning in linkage.get("warnings", []):
        console.print(Text(f"  note: {one_line(str(warning))}", style="yellow"))
    console.print()


def _profile(report: Report, console: Console) -> None:
    clues = report.profile.get("clues") if report.profile else None
    if not clues:
        return
    title = "What an investigator could write down"
    # min_width: a table narrower than its title folded the title ("… could write" / "down")
    # when the clues were short (walkthrough 10); at 60 columns or more it now fits one line.
    table = Table(title=title, title_justify="left", show_edge=False, min_width=len(title))
    table.add_column("kind")
    table.add_column("clues", overflow="fold")
    for kind, entries in clues.items():
        values = ", ".join(f"{e['value']}{_clue_confidence(e)}{_clue_count(e)}" for e in entries[:6])
        more = f" and {len(entries) - 6} more" if len(entries) > 6 else ""
        table.add_row(one_line(str(kind)), Text(one_line(values + more)))
    console.print(table)
    # Each clue's confidence (red team s11, item 7: guesses read as facts).
    if any(_clue_confidence(e) for entries in clues.values() for e in entries[:6]):
        console.print(Text("  [medium], [low]: the confidence of the surest finding behind a clue (unmarked: "
                           "high); a [low] clue is a lead to check, not a fact.", style="dim"))
    console.print()


def _clue_confidence(entry: dict[str, Any]) -> str:
    """" [low]" or " [medium]"; nothing for a clue of high confidence (most of a dossier), so
    the marks point at the guesses."""
    confidence = entry.get("confidence")
    return f" [{confidence}]" if confidence in ("low", "medium") else ""


def _clue_count(entry: dict[str, Any]) -> str:
    """" (x14)", or for a place several GPS readings make, " (x14, 9 positions within 32 m)"."""
    count = entry.get("findings", 1)
    positions = entry.get("positions")
    if isinstance(positions, int) and positions > 1:
        return f" (x{count}, {positions} positions within {entry.get('radius_m', 0)} m)"
    return f" (x{count})" if isinstance(count, int) and count > 1 else ""


def _findings(report: Report, console: Console, verbose: bool, details: str = DETAILS) -> None:
    if not report.findings:
        console.print(Text("No findings.", style="green"))
        return
    for severity in reversed(Severity):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        console.rule(Text(f"{severity.label.upper()} ({len(group)})", style=SEVERITY_STYLE[severity]),
                     align="left")
        budget = len(group) if verbose else MAX_PER_SEVERITY
        for block in _blocks(group):
            if budget <= 0:
                break
            _block(block[:budget], console)
            budget -= len(block)
        hidden = len(group) - MAX_PER_SEVERITY
        if hidden > 0 and not verbose:
            console.print(Text(f"… {hidden} more {severity.label} findings (all of them: {details})",
                               style="dim"))
        console.print()


def _blocks(findings: list[Finding]) -> list[list[Finding]]:
    """Findings of one rule, confidence and advice together, in the order the first of each
    comes: their why and do are said once (36 unreadable posts printed the same ten lines of
    advice 36 times; walk13 12). A rule whose advice depends on the file keeps a block per advice."""
    blocks: dict[tuple[str, int, str], list[Finding]] = {}
    for f in findings:
        blocks.setdefault((f.rule, int(f.confidence), " ".join(f.advice.split())), []).append(f)
    return list(blocks.values())


def _block(findings: list[Finding], console: Console) -> None:
    """One finding as before; several of one block under one heading, each with its message,
    evidence and where (one line each, as editors and problem matchers read it), findings saying
    the same thing listed under it once, then the why and do once."""
    if len(findings) == 1:
        _finding(findings[0], console)
        return
    f = findings[0]
    console.print(Text.assemble(
        (f"{f.rule} ", "bold"), (f.title, SEVERITY_STYLE[f.severity]),
        (f"  [{f.confidence.label} confidence]", "dim"), (f"  {len(findings)} findings", "dim")))
    said: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        said.setdefault((finding.message, finding.evidence or ""), []).append(finding)
    for (message, evidence), same in said.items():
        # As a finding of its own prints them, a "where:" line closing each (one line, as CI's
        # problem matchers read it).
        _detail(console, Text(one_line(message)))
        if evidence:
            _detail(console, Text.assemble(("evidence: ", "dim"), (one_line(evidence), "italic")))
        for finding in same:
            _where(finding, console)
    why = _why(f.rule)
    if why:
        _detail(console, Text.assemble(("why: ", "dim"), (why, "")))
    _detail(console, Text.assemble(("do: ", "green"), (f.advice, "")))


def _where(f: Finding, console: Console) -> None:
    loc = f.location
    # path:line first: terminals and editors open the file at the line from it.
    record = record_shown(loc.path, loc.record)
    where = loc.path + (f":{loc.line}" if loc.line else "") + (f" record {record}" if record else "")
    if where:
        # A record, never wrapped (soft_wrap): CI's problem matchers and editors read
        # `path:line` from one line, and rich cut it at 100 columns off a terminal.
        console.print(Text.assemble("  ", ("where: ", "dim"), (one_line(where), "")), soft_wrap=True)


def _finding(f: Finding, console: Console) -> None:
    head = Text.assemble(
        (f"{f.rule} ", "bold"),
        (f.title, SEVERITY_STYLE[f.severity]),
        (f"  [{f.confidence.label} confidence]", "dim"),
    )
    console.print(head)
    _detail(console, Text(one_line(f.message)))
    if f.evidence:
        _detail(console, Text.assemble(("evidence: ", "dim"), (one_line(f.evidence), "italic")))
    _where(f, console)
    why = _why(f.rule)
    if why:
        _detail(console, Text.assemble(("why: ", "dim"), (why, "")))
    # Input findings too: what to do about a file that was not read fully is advice as well.
    _detail(console, Text.assemble(("do: ", "green"), (f.advice, "")))


def _detail(console: Console, text: Text) -> None:
    """A finding's detail line; wrapped lines keep the indent, so text from an input
    never starts a line at the left margin where the report's own headings are."""
    for line in text.wrap(console, max(console.width - 2, 20)):
        line.rstrip()
        console.print(Text.assemble("  ", line))


def _why(rule_id: str) -> str:
    """The first sentence of the rule's 'why' (the full page: `nymaudit explain`)."""
    from nymaudit.rules import load_rules

    rule = load_rules().get(rule_id)
    if rule is None:
        return ""
    text = " ".join(rule.why.split())
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def _footer(console: Console, details: str = DETAILS) -> None:
    console.print(Text(f"Why each finding matters: `nymaudit explain RULE`. Full details: {details}.",
                       style="dim"))

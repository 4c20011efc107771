"""GitHub-flavoured Markdown report (``--format markdown``).

Every string that came from an input or a detector is escaped: Markdown syntax
(``*_`[]|~\\``), raw HTML (``<script>`` becomes text), control and bidi characters
(shown as ``⟨U+202E⟩``), and GitHub's @mentions and #references (each set as a code
span, where GitHub links nothing, so a report pasted into a pull request pings no
one, and a copied address or handle holds no hidden character).
Long evidence is cut for reading; the JSON report keeps it whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import groupby
from typing import Any

from nymaudit.model import Finding, Report, Severity
from nymaudit.report.common import (
    FULL_TEXT_KEYS,
    SEVERITY_ORDER,
    WEEKDAYS,
    advice_groups,
    as_dict,
    as_list,
    as_number,
    confidence_said,
    describe_dst,
    display_text,
    files_said,
    format_datetime,
    format_offset,
    format_scalar,
    heat_level,
    heatmap_grid,
    is_scalar,
    language_note,
    location_text,
    overall_risk,
    percent,
    priority_also,
    priority_items,
    priority_more,
    profile_clues_part,
    risk_basis_note,
    rule_text,
    shorten,
    sorted_findings,
    title_case_key,
    unread_note,
    visible_controls,
)
from nymaudit.report.redact import redact_report

MAX_PER_RULE = 50  # occurrences listed per rule; the JSON report has all of them
MAX_TABLE_ROWS = 50
MAX_TABLE_COLUMNS = 8
MAX_LIST_ITEMS = 50
MAX_DEPTH = 3
SHADES = " .:-=+*#%@"  # ASCII ramp: renders the same in every font
_ESCAPED = {
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "|": "\\|",
    "~": "\\~", "&": "&amp;", "<": "&lt;", ">": "&gt;", "#": "\\#",
}
# What GitHub turns into a mention or a reference: @user or @org/team not inside a word
# (an e-mail address is left alone), #123 and owner/repo#123. They go in as code spans.
# A word joiner after the @ did it before (2026-11-29, ninth session: a copied e-mail address
# or handle carried the invisible U+2060); `\@` and `&#64;` do not stop GitHub's mentions
# (github/markup#1168, github/cmark-gfm#181), and an HTML comment shows as text wherever
# raw HTML is off. A code span is CommonMark's own, renders everywhere, and copies exactly.
# A URL is found first and left whole (see _URL_ESCAPED): GitHub autolinks it and links
# no @ or #N inside it (a span there cut "https://mastodon.social/@name" and
# "https://intranet.acme.example/faq#3" in two, and the autolink with them). A fediverse
# handle "@user@host" is one span, and a trailing full stop or comma stays outside
# (2026-11-29, ninth session).
_GITHUB_LINKED = re.compile(
    r"(?P<url>(?<![\w+.-])(?:[a-z][a-z0-9+.-]{0,20}://|www\.)[^\s<>`\"'«»]*[^\s<>`\"'«».,;:!?)\]}*_~])"
    r"|(?<![\w@])@[A-Za-z0-9][\w-]*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|/[A-Za-z0-9](?:[\w.-]*[A-Za-z0-9_])?)?"
    r"|(?<![\w#/.-])(?:[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)?#\d+",
    re.IGNORECASE,
)
# GitHub's autolink reads a URL from the source as it stands (an escaped "\\_" or "\\#"
# went into the link): inside one only what would end a table cell or start a link or
# emphasis is escaped (a redacted URL's "@*****").
_URL_ESCAPED = {ch: _ESCAPED[ch] for ch in "|*[]\\"}
TIMING_KEYS = (
    "posts", "span_days", "standard_utc_offset_hours", "offset_confidence", "offset_candidates",
    "observes_dst", "dst_rule", "zone_candidates", "country_candidates", "weekend",
    "working_hours_share", "sleep_window_local", "absences", "hour_weekday_local",
    "redacted",  # what --redact left out; the lines above say "masked" for each
    "posted_offset",  # daylight saving unknown: the offset the posts show (timing/render.py)
)


def md(text: Any, limit: int | None = None) -> str:
    """Escape any value for inline Markdown (one line, no markup, no raw HTML)."""
    raw = str(text) if text is not None else ""
    shown = display_text(raw, limit) if limit else visible_controls(raw)
    out: list[str] = []
    done = 0
    for match in _GITHUB_LINKED.finditer(shown):  # no backtick can be in a match
        out.append("".join(_ESCAPED.get(ch, ch) for ch in shown[done:match.start()]))
        if match.group("url"):
            out.append("".join(_URL_ESCAPED.get(ch, ch) for ch in match.group(0)))
        else:
            out.append(f"`{match.group(0)}`")
        done = match.end()
    out.append("".join(_ESCAPED.get(ch, ch) for ch in shown[done:]))
    return "".join(out)


# A finding's message is the tool's own sentences: shown whole up to this many characters (TIME002
# on a night worker runs to ~1,000, and its day-sleeper hint and caveat were cut at 600, review
# rev14c item 5), beyond it cut at sentence ends, keeping the first and the last (the caveat).
MESSAGE_DISPLAY_CHARS = 1200
# A sentence ends at . ! ? or … before a space and a capital, a quote, a bracket or a backtick.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-Z0-9\"'«“(`])")


def message_excerpt(text: str, limit: int = MESSAGE_DISPLAY_CHARS) -> str:
    """``text`` whole when it fits ``limit``, else its first and last sentences and as many of
    those between, in order, as fit, with "[…]" where some were left out and how many characters
    the JSON report has beside (a sentence over the limit is cut as evidence is: ``shorten``)."""
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) < 2 or len(sentences[0]) + len(sentences[-1]) + 1 > limit:
        return shorten(text, limit)
    kept = {0, len(sentences) - 1}
    used = len(sentences[0]) + len(sentences[-1]) + 1
    for index in range(1, len(sentences) - 1):
        if used + len(sentences[index]) + 1 <= limit:
            kept.add(index)
            used += len(sentences[index]) + 1
    parts: list[str] = []
    for index, sentence in enumerate(sentences):
        if index in kept:
            parts.append(sentence)
        elif not parts or parts[-1] != "[…]":
            parts.append("[…]")
    shown = " ".join(parts)
    return f"{shown} ({len(text) - used:,} more characters in the JSON report)"


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def md_advice(text: Any) -> str:
    """Advice with its commands as code spans, copied exactly: escaping there put a
    word joiner after the "@" of `exiftool -tagsfromfile @`, and the pasted command
    failed. GitHub links no @mention or #reference inside a code span, and nothing
    in one is markup, so its text goes in as it is (control characters made visible)."""
    raw = str(text) if text is not None else ""
    out: list[str] = []
    done = 0
    for match in _CODE_SPAN.finditer(raw):
        out.append(md(raw[done:match.start()]))
        out.append(f"`{visible_controls(match.group(1))}`")
        done = match.end()
    out.append(md(raw[done:]))
    return "".join(out)


def render(report: Report) -> str:
    view = redact_report(report)
    lines: list[str] = []
    lines += _header(view)
    lines += _summary(view)
    lines += _inputs(view)
    clues = profile_clues_part(view.profile) if view.profile else {}
    if clues:
        lines += ["## Profile", ""]
        lines += _generic(clues, level=3)
    lines += _findings(view)
    timing = view.sections.get("timing")
    if isinstance(timing, dict):
        lines += _timing(timing)
    for name, section in view.sections.items():
        if name == "timing" or section is None:
            continue
        lines += [f"## {md(title_case_key(name))}", ""]
        lines += _generic(section, level=3)
    lines += [
        "---",
        "",
        f"*Written offline by nymaudit {md(view.tool_version)}. This report can itself "
        "identify you: keep it private.*",
        "",
    ]
    return "\n".join(_collapse_blank_lines(lines))


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    out.append("")
    return out


def _header(view: Report) -> list[str]:
    counts = view.counts_by_severity()
    total = sum(counts.values())
    parts = [f"{counts[s.label]} {s.label}" for s in SEVERITY_ORDER if counts[s.label]]
    lines = [
        "# nymaudit report",
        "",
        f"**Overall risk: {overall_risk(view).upper()}** · {total} finding"
        f"{'' if total == 1 else 's'}" + (f" ({', '.join(parts)})" if parts else ""),
        "",
    ]
    if view.redacted:
        lines += ["> Redacted: evidence and clue values are masked.", ""]
    facts = [f"- **Posts:** {view.post_count:,}"]
    if view.first_post or view.last_post:
        facts.append(
            f"- **Published between:** {format_datetime(view.first_post, date_only=view.redacted)} and "
            f"{format_datetime(view.last_post, date_only=view.redacted)}"
        )
    if view.anonymity_bits is not None:
        facts.append(f"- **Identifying information:** {view.anonymity_bits:.1f} bits")
    if view.anonymity_set is not None:
        facts.append(f"- **People matching every clue:** about {view.anonymity_set:,}")
    return lines + facts + [""]


def _summary(view: Report) -> list[str]:
    """What the risk rests on, the language warning and what to do first (the profile's summary
    parts, nymaudit/summary.py; eleventh session)."""
    lines: list[str] = []
    basis = risk_basis_note(view)
    if basis:
        lines += [f"**Why this risk:** {md(basis)}", ""]
    unread = unread_note(view)
    if unread:
        lines += [f"> **Not read:** {md(unread)}", ""]
    language = language_note(view)
    if language:
        lines += [f"> **Language:** {md(language)}", ""]
    items = priority_items(view)
    if items:
        lines += ["## What to do first", ""]
        for number, item in enumerate(items, 1):
            where = location_text(item.get("path"), item.get("record"), item.get("line"))
            also = priority_also(item)
            lines += [
                f"{number}. **{md(item.get('title', ''))}** ({md(item.get('severity', ''))}, "
                f"{md(item.get('confidence', ''))} confidence): {md(where)}{md(priority_more(item))}"
                + (f"; {md(also)}" if also else "") + "  ",
                f"   {md_advice(item.get('do', ''))}",
            ]
        lines.append("")
    return lines


def _inputs(view: Report) -> list[str]:
    lines = ["## Inputs", ""]
    if not view.inputs:
        return lines + ["No inputs.", ""]
    lines += [
        "| Path | Format | Posts | Activities | Attachments | Errors |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for item in view.inputs:
        lines.append(
            f"| {md(item.path)} | {md(item.format)} | {item.posts:,} | {item.activities:,} "
            f"| {item.attachments:,} | {len(item.errors)} |"
        )
    errors = [(item, err) for item in view.inputs for err in item.errors]
    if errors:
        lines += ["", "### Input errors", ""]
        for _item, err in errors[:MAX_LIST_ITEMS]:
            lines.append(f"- {md(err.path or '(input)')}: {md(err.error)}")
        if len(errors) > MAX_LIST_ITEMS:
            lines.append(f"- … and {len(errors) - MAX_LIST_ITEMS} more (see the JSON report)")
    return lines + [""]


def _findings(view: Report) -> list[str]:
    lines = ["## Findings", ""]
    findings = sorted_findings(view.findings)
    if not findings:
        return lines + ["No findings.", ""]
    for severity, in_severity in groupby(findings, key=lambda f: f.severity):
        group = list(in_severity)
        lines += [f"### {Severity(severity).label.capitalize()} ({len(group)})", ""]
        for _rule_id, of_rule in groupby(group, key=lambda f: f.rule):
            lines += _rule_block(list(of_rule))
    return lines


def _rule_block(findings: list[Finding]) -> list[str]:
    first = findings[0]
    rule = rule_text(first)
    count = f" ({len(findings)} findings)" if len(findings) > 1 else ""
    # The group's confidence, and each finding's when they differ (the first finding's alone read
    # as all of them; walk13 6).
    mixed = len({f.confidence for f in findings}) > 1
    lines = [
        f"#### {md(first.rule)}: {md(first.title)}{count}",
        "",
        f"*{md(first.category)} · confidence {md(confidence_said(findings))}*",
        "",
    ]
    for finding in findings[:MAX_PER_RULE]:
        lines += _occurrence(finding, mixed)
    if len(findings) > MAX_PER_RULE:
        lines += [f"- … and {len(findings) - MAX_PER_RULE} more (see the JSON report)", ""]
    if rule.why:
        lines += [f"**Why it matters:** {md(rule.why)}", ""]
    # One "What to do" per distinct advice, naming its files when there are several: a rule's
    # advice can depend on the file (META012's for a PDF is not a .docx's; walk13 6).
    advices = advice_groups(findings, rule.advice)
    for advice, of_advice in advices:
        label = f" (for {md(files_said(of_advice))})" if len(advices) > 1 else ""
        lines += [f"**What to do{label}:** {md_advice(advice)}", ""]
    return lines


def _occurrence(finding: Finding, confidence: bool = False) -> list[str]:
    """``confidence``: say the finding's own (its group's differ)."""
    loc = finding.location
    head = f"- {md(location_text(loc.path, loc.record, loc.line))}"
    if confidence:
        head += f" (confidence {md(finding.confidence.label)})"
    lines = [head]
    if finding.message:
        lines.append(f"  - {md(message_excerpt(finding.message))}")
    if finding.evidence:
        lines.append(f"  - Evidence: {md(finding.evidence, limit=600)}")
    if finding.clue is not None:
        lines.append(f"  - Clue ({md(finding.clue.kind)}): {md(finding.clue.value, limit=200)}")
    return lines + [""]


def _timing(timing: dict[str, Any]) -> list[str]:
    lines = ["## Posting times", ""]
    posts = as_number(timing.get("posts"))
    span = as_number(timing.get("span_days"))
    basis = []
    if posts is not None:
        basis.append(f"{posts:,.0f} posts")
    if span is not None:
        basis.append(f"over {span:,.0f} days")
    if basis:
        lines += [f"Based on {' '.join(basis)}.", ""]
    offset = timing.get("standard_utc_offset_hours")
    confidence = timing.get("offset_confidence")
    masked = {k for k in as_list(timing.get("redacted")) if isinstance(k, str)}  # left out by --redact
    if as_number(offset) is None and "standard_utc_offset_hours" in masked:
        conf = percent(confidence) if as_number(confidence) is not None else md(confidence or "?")
        lines.append(f"- **Standard UTC offset:** masked in this redacted report (confidence {conf})")
    elif as_number(offset) is None:
        lines.append("- **Time zone:** not enough data to infer a UTC offset")
    else:
        conf = (
            percent(confidence) if as_number(confidence) is not None else md(confidence or "?")
        )
        from nymaudit.timing import MIN_POSTS

        # Under MIN_POSTS the hours are not read: the offset came from the records.
        source = (", read from the UTC offsets the records store"
                  if (as_number(timing.get("posts")) or 0) < MIN_POSTS else "")
        lines.append(
            f"- **Standard UTC offset:** {format_offset(offset)} (confidence {conf}{source})"
        )
        lines += [f"- **UTC offset as posted:** {md(text)}" for text in posted_said(timing)]
    dst = timing.get("observes_dst")
    dst_text = describe_dst(dst)
    if timing.get("dst_rule"):
        dst_text += f" ({md(timing['dst_rule'])})"
    lines.append(f"- **Daylight saving time:** {dst_text}")
    zones = _candidates(timing.get("zone_candidates"), "zone")
    if zones:
        lines.append(f"- **Likely time zones:** {zones}")
    countries = _candidates(timing.get("country_candidates"), "country")
    if countries:
        lines.append(f"- **Likely countries:** {countries}")
    weekend = [md(d) for d in as_list(timing.get("weekend"))]
    if weekend:
        lines.append(f"- **Weekend:** {', '.join(weekend)}")
    elif "weekend" in masked:
        lines.append("- **Weekend:** masked in this redacted report")
    if as_number(timing.get("working_hours_share")) is not None:
        lines.append(
            f"- **Posts in local working hours on working days:** "
            f"{percent(timing['working_hours_share'])}"
        )
    sleep = as_dict(timing.get("sleep_window_local"))
    start, end = as_number(sleep.get("start_hour")), as_number(sleep.get("end_hour"))
    if start is not None and end is not None:
        lines.append(f"- **Sleep window (local):** {start:02.0f}:00 to {end:02.0f}:00")
    lines.append("")
    offsets = [as_dict(c) for c in as_list(timing.get("offset_candidates"))]
    offsets = [c for c in offsets if as_number(c.get("standard_utc_offset_hours")) is not None]
    if offsets:
        lines += ["| Standard offset | Probability |", "| --- | ---: |"]
        for cand in offsets[:10]:
            lines.append(
                f"| {format_offset(cand['standard_utc_offset_hours'])} "
                f"| {percent(cand.get('probability'))} |"
            )
        lines.append("")
    absences = [as_dict(a) for a in as_list(timing.get("absences"))]
    if absences:
        lines += ["**Absences of five days or more:**", ""]
        for gap in absences[:MAX_LIST_ITEMS]:
            days = as_number(gap.get("days"))
            lines.append(
                f"- {md(gap.get('start', '?'))} to {md(gap.get('end', '?'))}"
                + (f" ({days:.0f} days)" if days is not None else "")
            )
        lines.append("")
    grid = heatmap_grid(timing.get("hour_weekday_local"))
    if grid is not None:
        lines += [
            "Activity by local hour and weekday (darker = more posts):",
            "",
            "```text",
            *heatmap_text(grid),
            "```",
            "",
        ]
    extra = {k: v for k, v in timing.items() if k not in TIMING_KEYS}
    if extra:
        lines += ["### Other timing details", ""]
        lines += _generic(extra, level=4)
    return lines


def posted_said(timing: dict[str, Any]) -> list[str]:
    """With daylight saving unknown, the offset the posts show and its readings (the terminal's
    headline, timing/render.py): "Standard UTC offset" alone read as a claim (tenth session)."""
    from nymaudit.timing.render import posted_confidence, posted_offset, readings

    posted = posted_offset(timing)
    if posted is None:
        return []
    said = readings(timing, posted)
    # Its own confidence: the standard offset's line above carries offset_confidence (eleventh session).
    return [format_offset(posted[0])
            + (f" (probability {percent(posted[1])}, confidence {posted_confidence(timing)})"
               if posted[1] is not None else f" (confidence {posted_confidence(timing)})")
            + ("; daylight saving unknown: " + ", or ".join(said) if said else "")]


def heatmap_text(grid: list[list[float]]) -> list[str]:
    peak = max((max(row) for row in grid), default=0.0)
    lines = [
        "     " + "".join(str(h // 10) for h in range(24)),
        "     " + "".join(str(h % 10) for h in range(24)),
    ]
    for day, row in zip(WEEKDAYS, grid, strict=True):
        cells = [SHADES[heat_level(value, peak, len(SHADES))] for value in row]
        lines.append(f"{day}  " + "".join(cells).rstrip())
    return lines


def _candidates(value: Any, key: str) -> str:
    items = []
    for cand in as_list(value)[:5]:
        cand = as_dict(cand)
        if cand.get(key) is None:
            continue
        items.append(f"{md(cand[key])} ({percent(cand.get('probability'))})")
    return ", ".join(items)


def _inline(value: Any) -> str:
    if is_scalar(value):
        return md(format_scalar(value), limit=300)
    if isinstance(value, (list, tuple)) and all(is_scalar(v) for v in value):
        return md(", ".join(format_scalar(v) for v in value), limit=300)
    if isinstance(value, (list, tuple)) and all(isinstance(v, dict) for v in value):
        # A list of small records in one cell: their values, one record after another.
        text = "; ".join(
            " ".join(format_scalar(v) for v in item.values() if is_scalar(v)) for item in value
        )
        return md(text, limit=300)
    text = json.dumps(value, ensure_ascii=False, default=str)
    return md(text, limit=300)


def _table(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns and len(columns) < MAX_TABLE_COLUMNS:
                columns.append(key)
    lines = [
        "| " + " | ".join(md(title_case_key(c)) for c in columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    for row in rows[:MAX_TABLE_ROWS]:
        lines.append("| " + " | ".join(_inline(row.get(c)) for c in columns) + " |")
    if len(rows) > MAX_TABLE_ROWS:
        lines += ["", f"… and {len(rows) - MAX_TABLE_ROWS} more rows (see the JSON report)"]
    return lines + [""]


def _scalar_list(items: Iterable[Any]) -> str:
    items = list(items)
    shown = ", ".join(_inline(v) for v in items[:MAX_LIST_ITEMS])
    if len(items) > MAX_LIST_ITEMS:
        shown += f", … ({len(items) - MAX_LIST_ITEMS} more)"
    return shown or "none"


def _whole_text(item: Any) -> bool:
    return isinstance(item, str) or (isinstance(item, (list, tuple)) and bool(item)
                                     and all(isinstance(v, str) for v in item))


def _whole(label: str, item: Any) -> list[str]:
    """Sentences shown whole (FULL_TEXT_KEYS): one, or a list, one sentence per line."""
    if isinstance(item, str):
        return [f"- **{label}:** {md(item)}"]
    return [f"- **{label}:**"] + [f"  - {md(v)}" for v in item]


def _generic(value: Any, level: int, depth: int = 0) -> list[str]:
    """Any JSON-like section as headings, bullet lists and tables."""
    if depth > MAX_DEPTH:
        return [_inline(value), ""]
    if isinstance(value, dict) and not value:
        return ["none", ""]
    if isinstance(value, dict):
        bullets: list[str] = []
        blocks: list[str] = []
        for key, item in value.items():
            label = md(title_case_key(key))
            if key in FULL_TEXT_KEYS and _whole_text(item):
                bullets += _whole(label, item)
            elif is_scalar(item):
                bullets.append(f"- **{label}:** {_inline(item)}")
            elif isinstance(item, (list, tuple)) and all(is_scalar(v) for v in item):
                bullets.append(f"- **{label}:** {_scalar_list(item)}")
            elif isinstance(item, dict) and all(is_scalar(v) for v in item.values()) and item:
                pairs = ", ".join(f"{md(k)}: {_inline(v)}" for k, v in list(item.items())[:50])
                bullets.append(f"- **{label}:** {pairs}")
            else:
                heading = "#" * min(level, 6)
                blocks += [f"{heading} {label}", ""]
                blocks += _generic(item, level + 1, depth + 1)
        return (bullets + [""] if bullets else []) + blocks
    if isinstance(value, (list, tuple)):
        if not value:
            return ["none", ""]
        if all(isinstance(v, dict) for v in value):
            return _table(list(value))
        if all(is_scalar(v) for v in value):
            return [f"- {_inline(v)}" for v in value[:MAX_LIST_ITEMS]] + [""]
        return [f"- {_inline(v)}" for v in value[:MAX_LIST_ITEMS]] + [""]
    return [_inline(value), ""]

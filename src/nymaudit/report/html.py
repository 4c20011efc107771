"""One self-contained HTML page (``--format html``).

Offline by construction: inline CSS only, no scripts, no fonts, images, frames or
links to anything outside the page, and a Content-Security-Policy of
``default-src 'none'; style-src 'unsafe-inline'`` so that even a browser that
found a way to load something would refuse. A ``no-referrer`` policy and
``noindex`` complete it: the page must not tell anyone it was opened.

Every string from an input or a detector goes through ``html.escape`` (quotes
included) after control and bidi characters are made visible, and evidence sits
in ``<bdi>`` so right-to-left text cannot reorder the page around it.
"""

from __future__ import annotations

import html
import json
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
    sorted_findings,
    title_case_key,
    unread_note,
    visible_controls,
)
from nymaudit.report.markdown import TIMING_KEYS, message_excerpt
from nymaudit.report.redact import redact_report

CSP = "default-src 'none'; style-src 'unsafe-inline'"
MAX_PER_RULE = 50
MAX_TABLE_ROWS = 50
MAX_TABLE_COLUMNS = 8
MAX_LIST_ITEMS = 50
MAX_DEPTH = 3
HEAT_LEVELS = 10

CSS = """
:root{--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;
--critical:#8b0000;--high:#c62828;--medium:#b45309;--low:#1d4ed8;--info:#4b5563;--none:#15803d;
--heat:37,99,235}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;
--line:#3d444d;--card:#151b23;--critical:#ff6b6b;--high:#ff8a80;--medium:#f0b429;
--low:#79b8ff;--info:#9ca3af;--none:#4ade80;--heat:88,166,255}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{border-bottom:1px solid var(--line);
padding-bottom:.2rem;margin-top:2rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:1rem;color:#fff;
font-weight:600;font-size:.85rem;letter-spacing:.02em;text-transform:uppercase}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}
.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}
.sev-info{background:var(--info)}.sev-none{background:var(--none)}
.risk{font-size:1.1rem;margin:.4rem 0}
.muted{color:var(--muted)}.notice{border-left:4px solid var(--medium);padding:.3rem .8rem;
background:var(--card)}
.rule{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:6px;
padding:.6rem .9rem;margin:.8rem 0;background:var(--card)}
.rule.critical{border-left-color:var(--critical)}.rule.high{border-left-color:var(--high)}
.rule.medium{border-left-color:var(--medium)}.rule.low{border-left-color:var(--low)}
.rule h4{margin:.1rem 0 .3rem;font-size:1rem}
.rule code{font-size:.85rem}
.occ{margin:.4rem 0;padding:.35rem 0;border-top:1px dashed var(--line)}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.82rem;
color:var(--muted);word-break:break-all}
.evidence{display:block;white-space:pre-wrap;word-break:break-word;padding:.3rem .5rem;
margin:.2rem 0;background:var(--bg);border:1px solid var(--line);border-radius:4px;
font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}
dl.kv dt{font-weight:600}dl.kv dd{margin:0}
table.heat{border-collapse:separate;border-spacing:2px;font-size:.7rem}
table.heat td,table.heat th{border:0;padding:0;width:1.45rem;height:1.2rem;text-align:center}
table.heat th{color:var(--muted);font-weight:400}
""" + "".join(
    f"td.h{i}{{background:rgba(var(--heat),{i / (HEAT_LEVELS - 1):.2f})}}"
    for i in range(HEAT_LEVELS)
) + """
td.h0{background:var(--card)}
footer{margin-top:2.5rem;font-size:.85rem;color:var(--muted)}
@media print{.rule{break-inside:avoid}}
"""


def esc(value: Any, limit: int | None = None) -> str:
    """Escape any value for HTML text and attributes, controls made visible."""
    raw = str(value) if value is not None else ""
    shown = display_text(raw, limit) if limit else visible_controls(raw)
    return html.escape(shown, quote=True)


def render(report: Report) -> str:
    view = redact_report(report)
    risk = overall_risk(view)
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>nymaudit report: {esc(risk)} risk</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    parts += _header(view, risk)
    parts += _summary(view)
    parts += _inputs(view)
    clues = profile_clues_part(view.profile) if view.profile else {}
    if clues:
        parts += ["<section>", "<h2>Profile</h2>", *_generic(clues, 3), "</section>"]
    parts += _findings(view)
    timing = view.sections.get("timing")
    if isinstance(timing, dict):
        parts += _timing(timing)
    for name, section in view.sections.items():
        if name == "timing" or section is None:
            continue
        parts += ["<section>", f"<h2>{esc(title_case_key(name))}</h2>", *_generic(section, 3),
                  "</section>"]
    parts += [
        "</main>",
        f"<footer>Written offline by nymaudit {esc(view.tool_version)}. This page loads "
        "nothing from the network. It can itself identify you: keep it private.</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _header(view: Report, risk: str) -> list[str]:
    counts = view.counts_by_severity()
    total = sum(counts.values())
    badges = " ".join(
        f'<span class="badge sev-{s.label}">{counts[s.label]} {s.label}</span>'
        for s in SEVERITY_ORDER
        if counts[s.label]
    )
    lines = [
        "<header>",
        "<h1>nymaudit report</h1>",
        f'<p class="risk">Overall risk: <span class="badge sev-{esc(risk)}">{esc(risk)}</span> '
        f"&middot; {total} finding{'' if total == 1 else 's'} {badges}</p>",
    ]
    if view.redacted:
        lines.append('<p class="notice">Redacted: evidence and clue values are masked.</p>')
    facts = [("Posts", f"{view.post_count:,}")]
    if view.first_post or view.last_post:
        facts.append(
            ("Published between",
             f"{format_datetime(view.first_post, date_only=view.redacted)} and "
             f"{format_datetime(view.last_post, date_only=view.redacted)}")
        )
    if view.anonymity_bits is not None:
        facts.append(("Identifying information", f"{view.anonymity_bits:.1f} bits"))
    if view.anonymity_set is not None:
        facts.append(("People matching every clue", f"about {view.anonymity_set:,}"))
    lines.append(_kv(facts))
    lines.append("</header>")
    return lines


def _summary(view: Report) -> list[str]:
    """What the risk rests on, the language warning and what to do first (the profile's summary
    parts, nymaudit/summary.py; eleventh session)."""
    lines: list[str] = []
    basis = risk_basis_note(view)
    if basis:
        lines.append(f'<p class="muted"><strong>Why this risk:</strong> {esc(basis)}</p>')
    unread = unread_note(view)
    if unread:
        lines.append(f'<p class="notice"><strong>Not read:</strong> {esc(unread)}</p>')
    language = language_note(view)
    if language:
        lines.append(f'<p class="notice"><strong>Language:</strong> {esc(language)}</p>')
    items = priority_items(view)
    if items:
        lines += ["<section>", "<h2>What to do first</h2>", "<ol>"]
        for item in items:
            severity = str(item.get("severity", ""))
            where = location_text(item.get("path"), item.get("record"), item.get("line"))
            also = priority_also(item)  # the other rules the same fix clears (walk13 7)
            lines.append(
                f'<li><span class="badge sev-{esc(severity)}">{esc(severity)}</span> '
                f"<strong>{esc(item.get('title', ''))}</strong> "
                f'<span class="muted">({esc(item.get("confidence", ""))} confidence)</span>'
                f'<div class="loc">{esc(where)}{esc(priority_more(item))}</div>'
                + (f'<div class="muted">{esc(also[0].upper() + also[1:])}.</div>' if also else "")
                + f"<div>{esc(item.get('do', ''))}</div></li>")
        lines += ["</ol>", "</section>"]
    return lines


def _kv(pairs: list[tuple[str, str]]) -> str:
    body = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs)
    return f'<dl class="kv">{body}</dl>'


def _inputs(view: Report) -> list[str]:
    lines = ["<section>", "<h2>Inputs</h2>"]
    if not view.inputs:
        return lines + ["<p>No inputs.</p>", "</section>"]
    lines += [
        "<table>",
        "<thead><tr><th>Path</th><th>Format</th><th class=\"num\">Posts</th>"
        "<th class=\"num\">Activities</th><th class=\"num\">Attachments</th>"
        "<th class=\"num\">Errors</th></tr></thead>",
        "<tbody>",
    ]
    for item in view.inputs:
        lines.append(
            f"<tr><td>{esc(item.path)}</td><td>{esc(item.format)}</td>"
            f'<td class="num">{item.posts:,}</td><td class="num">{item.activities:,}</td>'
            f'<td class="num">{item.attachments:,}</td><td class="num">{len(item.errors)}</td></tr>'
        )
    lines += ["</tbody>", "</table>"]
    errors = [err for item in view.inputs for err in item.errors]
    if errors:
        lines += ["<h3>Input errors</h3>", "<ul>"]
        for err in errors[:MAX_LIST_ITEMS]:
            lines.append(
                f'<li><span class="loc">{esc(err.path or "(input)")}</span>: {esc(err.error)}</li>'
            )
        if len(errors) > MAX_LIST_ITEMS:
            lines.append(f"<li>… and {len(errors) - MAX_LIST_ITEMS} more (see the JSON report)</li>")
        lines.append("</ul>")
    return lines + ["</section>"]


def _findings(view: Report) -> list[str]:
    lines = ["<section>", "<h2>Findings</h2>"]
    findings = sorted_findings(view.findings)
    if not findings:
        return lines + ["<p>No findings.</p>", "</section>"]
    for severity, in_severity in groupby(findings, key=lambda f: f.severity):
        group = list(in_severity)
        label = Severity(severity).label
        lines.append(
            f'<h3><span class="badge sev-{label}">{label}</span> {len(group)} '
            f"finding{'' if len(group) == 1 else 's'}</h3>"
        )
        for _rule_id, of_rule in groupby(group, key=lambda f: f.rule):
            lines += _rule_block(list(of_rule), label)
    return lines + ["</section>"]


def _rule_block(findings: list[Finding], label: str) -> list[str]:
    first = findings[0]
    rule = rule_text(first)
    count = f" ({len(findings)} findings)" if len(findings) > 1 else ""
    lines = [
        f'<article class="rule {label}">',
        f"<h4><code>{esc(first.rule)}</code> {esc(first.title)}{count}</h4>",
        f'<div class="muted">{esc(first.category)} &middot; confidence '
        f"{esc(confidence_said(findings))}</div>",
    ]
    # Each finding's confidence when the group's differ (walk13 6).
    mixed = len({f.confidence for f in findings}) > 1
    for finding in findings[:MAX_PER_RULE]:
        lines += _occurrence(finding, mixed)
    if len(findings) > MAX_PER_RULE:
        lines.append(
            f'<p class="muted">… and {len(findings) - MAX_PER_RULE} more (see the JSON report)</p>'
        )
    if rule.why:
        lines.append(f"<p><strong>Why it matters:</strong> {esc(rule.why)}</p>")
    # One "What to do" per distinct advice, naming its files when there are several (walk13 6).
    advices = advice_groups(findings, rule.advice)
    for advice, of_advice in advices:
        label = f" (for {esc(files_said(of_advice))})" if len(advices) > 1 else ""
        lines.append(f"<p><strong>What to do{label}:</strong> {esc(advice)}</p>")
    return lines + ["</article>"]


def _occurrence(finding: Finding, confidence: bool = False) -> list[str]:
    """``confidence``: say the finding's own (its group's differ)."""
    loc = finding.location
    own = f' <span class="muted">(confidence {esc(finding.confidence.label)})</span>' if confidence else ""
    lines = [
        '<div class="occ">',
        f'<div class="loc">{esc(location_text(loc.path, loc.record, loc.line))}{own}</div>',
    ]
    if finding.message:
        lines.append(f"<div>{esc(message_excerpt(finding.message))}</div>")
    if finding.evidence:
        lines.append(
            f'<bdi class="evidence">{esc(finding.evidence, limit=600)}</bdi>'
        )
    if finding.clue is not None:
        lines.append(
            f'<div>Clue ({esc(finding.clue.kind)}): <bdi>{esc(finding.clue.value, limit=200)}'
            "</bdi></div>"
        )
    return lines + ["</div>"]


def _timing(timing: dict[str, Any]) -> list[str]:
    lines = ["<section>", "<h2>Posting times</h2>"]
    posts, span = as_number(timing.get("posts")), as_number(timing.get("span_days"))
    if posts is not None:
        lines.append(
            f"<p>Based on {posts:,.0f} posts"
            + (f" over {span:,.0f} days" if span is not None else "")
            + ".</p>"
        )
    facts: list[tuple[str, str]] = []
    offset = timing.get("standard_utc_offset_hours")
    confidence = timing.get("offset_confidence")
    masked = {k for k in as_list(timing.get("redacted")) if isinstance(k, str)}  # left out by --redact
    if as_number(offset) is None and "standard_utc_offset_hours" in masked:
        conf = percent(confidence) if as_number(confidence) is not None else str(confidence or "?")
        facts.append(("Standard UTC offset", f"masked in this redacted report (confidence {conf})"))
    elif as_number(offset) is None:
        facts.append(("Time zone", "not enough data to infer a UTC offset"))
    else:
        conf = percent(confidence) if as_number(confidence) is not None else str(confidence or "?")
        from nymaudit.timing import MIN_POSTS

        # Under MIN_POSTS the hours are not read: the offset came from the records.
        source = (", read from the UTC offsets the records store"
                  if (as_number(timing.get("posts")) or 0) < MIN_POSTS else "")
        facts.append(("Standard UTC offset", f"{format_offset(offset)} (confidence {conf}{source})"))
        from nymaudit.report.markdown import posted_said

        facts += [("UTC offset as posted", text) for text in posted_said(timing)]  # DST unknown
    dst = timing.get("observes_dst")
    dst_text = describe_dst(dst)
    if timing.get("dst_rule"):
        dst_text += f" ({timing['dst_rule']})"
    facts.append(("Daylight saving time", dst_text))
    for key, name, label in (
        ("zone_candidates", "zone", "Likely time zones"),
        ("country_candidates", "country", "Likely countries"),
    ):
        cands = [as_dict(c) for c in as_list(timing.get(key))[:5]]
        text = ", ".join(
            f"{c[name]} ({percent(c.get('probability'))})" for c in cands if c.get(name) is not None
        )
        if text:
            facts.append((label, text))
    weekend = [str(d) for d in as_list(timing.get("weekend"))]
    if weekend:
        facts.append(("Weekend", ", ".join(weekend)))
    elif "weekend" in masked:
        facts.append(("Weekend", "masked in this redacted report"))
    if as_number(timing.get("working_hours_share")) is not None:
        facts.append(
            ("Posts in local working hours on working days",
             percent(timing["working_hours_share"]))
        )
    sleep = as_dict(timing.get("sleep_window_local"))
    start, end = as_number(sleep.get("start_hour")), as_number(sleep.get("end_hour"))
    if start is not None and end is not None:
        facts.append(("Sleep window (local)", f"{start:02.0f}:00 to {end:02.0f}:00"))
    lines.append(_kv(facts))
    offsets = [as_dict(c) for c in as_list(timing.get("offset_candidates"))]
    offsets = [c for c in offsets if as_number(c.get("standard_utc_offset_hours")) is not None]
    if offsets:
        lines += ["<table>", "<thead><tr><th>Standard offset</th>"
                  '<th class="num">Probability</th></tr></thead>', "<tbody>"]
        for cand in offsets[:10]:
            lines.append(
                f"<tr><td>{format_offset(cand['standard_utc_offset_hours'])}</td>"
                f'<td class="num">{esc(percent(cand.get("probability")))}</td></tr>'
            )
        lines += ["</tbody>", "</table>"]
    absences = [as_dict(a) for a in as_list(timing.get("absences"))]
    if absences:
        lines += ["<h3>Absences of five days or more</h3>", "<ul>"]
        for gap in absences[:MAX_LIST_ITEMS]:
            days = as_number(gap.get("days"))
            lines.append(
                f"<li>{esc(gap.get('start', '?'))} to {esc(gap.get('end', '?'))}"
                + (f" ({days:.0f} days)" if days is not None else "")
                + "</li>"
            )
        lines.append("</ul>")
    grid = heatmap_grid(timing.get("hour_weekday_local"))
    if grid is not None:
        lines += ["<h3>Activity by local hour and weekday</h3>", *heatmap_table(grid)]
    extra = {k: v for k, v in timing.items() if k not in TIMING_KEYS}
    if extra:
        lines += ["<h3>Other timing details</h3>", *_generic(extra, 4)]
    return lines + ["</section>"]


def heatmap_table(grid: list[list[float]]) -> list[str]:
    """Hour x weekday as a table of shaded cells; each cell's count in its title."""
    peak = max((max(row) for row in grid), default=0.0)
    head = "".join(f"<th>{h:02d}</th>" for h in range(24))
    lines = [
        '<table class="heat" aria-label="posts by local hour and weekday">',
        f"<thead><tr><th></th>{head}</tr></thead>",
        "<tbody>",
    ]
    for day, row in zip(WEEKDAYS, grid, strict=True):
        cells = []
        for hour, value in enumerate(row):
            level = heat_level(value, peak, HEAT_LEVELS)
            cells.append(
                f'<td class="h{level}" title="{day} {hour:02d}:00: {format_scalar(value)}"></td>'
            )
        lines.append(f"<tr><th>{day}</th>{''.join(cells)}</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


def _inline(value: Any) -> str:
    if is_scalar(value):
        return esc(format_scalar(value), limit=300)
    if isinstance(value, (list, tuple)) and all(is_scalar(v) for v in value):
        return esc(", ".join(format_scalar(v) for v in value), limit=300)
    if isinstance(value, (list, tuple)) and all(isinstance(v, dict) for v in value):
        # A list of small records in one cell: their values, one record after another.
        text = "; ".join(
            " ".join(format_scalar(v) for v in item.values() if is_scalar(v)) for item in value
        )
        return esc(text, limit=300)
    return esc(json.dumps(value, ensure_ascii=False, default=str), limit=300)


def _table(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns and len(columns) < MAX_TABLE_COLUMNS:
                columns.append(key)
    head = "".join(f"<th>{esc(title_case_key(c))}</th>" for c in columns)
    lines = ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    for row in rows[:MAX_TABLE_ROWS]:
        lines.append("<tr>" + "".join(f"<td>{_inline(row.get(c))}</td>" for c in columns) + "</tr>")
    lines += ["</tbody>", "</table>"]
    if len(rows) > MAX_TABLE_ROWS:
        lines.append(f'<p class="muted">… and {len(rows) - MAX_TABLE_ROWS} more rows '
                     "(see the JSON report)</p>")
    return lines


def _generic(value: Any, level: int, depth: int = 0) -> list[str]:
    """Any JSON-like section as definition lists, headings and tables."""
    if depth > MAX_DEPTH:
        return [f"<p>{_inline(value)}</p>"]
    if isinstance(value, dict) and not value:
        return ["<p>none</p>"]
    if isinstance(value, dict):
        pairs: list[str] = []
        blocks: list[str] = []
        for key, item in value.items():
            label = esc(title_case_key(key))
            if key in FULL_TEXT_KEYS and isinstance(item, str):
                pairs.append(f"<dt>{label}</dt><dd>{esc(item)}</dd>")  # whole, never shortened
            elif key in FULL_TEXT_KEYS and item and isinstance(item, (list, tuple)) \
                    and all(isinstance(v, str) for v in item):
                shown = "".join(f"<li>{esc(v)}</li>" for v in item)
                pairs.append(f"<dt>{label}</dt><dd><ul>{shown}</ul></dd>")
            elif is_scalar(item):
                pairs.append(f"<dt>{label}</dt><dd>{_inline(item)}</dd>")
            elif isinstance(item, (list, tuple)) and all(is_scalar(v) for v in item):
                shown = ", ".join(_inline(v) for v in item[:MAX_LIST_ITEMS]) or "none"
                if len(item) > MAX_LIST_ITEMS:
                    shown += f", … ({len(item) - MAX_LIST_ITEMS} more)"
                pairs.append(f"<dt>{label}</dt><dd>{shown}</dd>")
            elif isinstance(item, dict) and item and all(is_scalar(v) for v in item.values()):
                shown = ", ".join(f"{esc(k)}: {_inline(v)}" for k, v in list(item.items())[:50])
                pairs.append(f"<dt>{label}</dt><dd>{shown}</dd>")
            else:
                tag = f"h{min(level, 6)}"
                blocks += [f"<{tag}>{label}</{tag}>", *_generic(item, level + 1, depth + 1)]
        out = [f'<dl class="kv">{"".join(pairs)}</dl>'] if pairs else []
        return out + blocks
    if isinstance(value, (list, tuple)):
        if not value:
            return ["<p>none</p>"]
        if all(isinstance(v, dict) for v in value):
            return _table(list(value))
        items = "".join(f"<li>{_inline(v)}</li>" for v in value[:MAX_LIST_ITEMS])
        return [f"<ul>{items}</ul>"]
    return [f"<p>{_inline(value)}</p>"]

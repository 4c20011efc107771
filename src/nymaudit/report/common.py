"""Helpers every file renderer shares: ordering, rule look-ups, JSON-safe values,
visible control characters, number formats, defensive access to sections.

Renderers only read a Report; nothing here analyses anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
import re
from functools import cache
from typing import Any

# One JSON writer and one way to show control characters, shared with the commands.
from nymaudit.console import dumps_json, visible_controls  # noqa: F401 - re-exported
from nymaudit.formatting import capped_percent
from nymaudit.formatting import format_offset as _format_offset
from nymaudit.model import Confidence, Finding, Report, Severity

SEVERITY_ORDER = tuple(sorted(Severity, reverse=True))  # critical first
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Evidence longer than this is cut in the human formats (Markdown, HTML); JSON and
# SARIF keep it whole.
EVIDENCE_DISPLAY_CHARS = 600
# A section's sentences the reader needs whole: never shortened in Markdown or HTML (since
# 2026-11-29, seventh session: the linkage caveat ended "they are not… (59 more characters
# in the JSON report)"). The tool writes them, so they are bounded.
FULL_TEXT_KEYS = frozenset({"warnings", "method"})
_MAX_DEPTH = 40


def overall_risk(report: Report) -> str:
    """The contract's risk scale is none|low|medium|high|critical: informational
    findings alone are not a risk, so "info" reads as "none"."""
    risk = report.risk
    return "none" if risk == Severity.INFO.label else risk


def finding_sort_key(finding: Finding) -> tuple[Any, ...]:
    loc = finding.location
    return (
        -int(finding.severity),
        finding.rule,
        loc.path or "",
        loc.record or "",
        loc.line if loc.line is not None else -1,
        finding.message,
        finding.evidence,
    )


class KeptOrder(list):  # type: ignore[type-arg]
    """A redacted report's findings, with the sort key of each finding before it was masked
    (``sort_keys``): ``sorted_findings`` orders them by it, so a redacted report lists its
    findings in the order of the unredacted one, and its owner can match them one by one
    (2026-11-29, tenth session: sorted by masked paths, "****-**-**-post-10.md" came before
    "****-**-**-post-2.md" whatever their dates)."""

    sort_keys: list[tuple[Any, ...]]


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Severity (highest first), then rule id, then location: the one order every
    format uses, so diffs between runs stay small. A redacted report's findings
    (``KeptOrder``) are ordered by their unmasked keys."""
    keys = getattr(findings, "sort_keys", None)
    if isinstance(keys, list) and len(keys) == len(findings):
        return [findings[i] for i in sorted(range(len(findings)), key=keys.__getitem__)]
    return sorted(findings, key=finding_sort_key)


def kept_order(masked: list[Finding], originals: list[Finding]) -> list[Finding]:
    """``masked`` (index for index the masked ``originals``) as a ``KeptOrder``."""
    out = KeptOrder(masked)
    out.sort_keys = [finding_sort_key(f) for f in originals]
    return out


@dataclasses.dataclass(frozen=True)
class RuleText:
    """What a renderer shows about a rule; falls back to the finding's own fields
    when the rule is not in the installed rule set (or the rule files are broken)."""

    id: str
    title: str
    why: str | None
    advice: str
    category: str
    severity: Severity
    confidence: Confidence
    clue_kind: str | None
    known: bool


@cache
def _rule_set():  # type: ignore[no-untyped-def]
    try:
        from nymaudit.rules import load_rules

        return load_rules()
    except Exception:  # noqa: BLE001 - a renderer must not fail on a broken rule file
        return None


def rule_text(finding: Finding) -> RuleText:
    rules = _rule_set()
    found = None
    if rules is not None:
        try:
            found = rules.get(finding.rule)
        except Exception:  # noqa: BLE001
            found = None
    if found is not None:
        return RuleText(
            id=found.id,
            title=found.title,
            why=found.why,
            advice=found.advice,
            category=found.category,
            severity=found.severity,
            confidence=found.confidence,
            clue_kind=found.clue_kind,
            known=True,
        )
    return RuleText(
        id=finding.rule,
        title=finding.title,
        why=None,
        advice=finding.advice,
        category=finding.category,
        severity=finding.severity,
        confidence=finding.confidence,
        clue_kind=finding.clue.kind if finding.clue else None,
        known=False,
    )


def jsonable(value: Any, depth: int = 0) -> Any:
    """A JSON-safe copy of a section value: enums by label, dates in ISO 8601,
    tuples and sets as lists, NaN and infinities as null, anything else as text."""
    if depth > _MAX_DEPTH:
        return None
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return label if isinstance(label, str) else jsonable(value.value, depth + 1)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v, depth + 1) for v in value), key=str)
    as_dict = getattr(value, "as_dict", None)
    if callable(as_dict):
        try:
            return jsonable(as_dict(), depth + 1)
        except Exception:  # noqa: BLE001
            return str(value)
    # numpy scalars and arrays, without importing numpy
    for method in ("tolist", "item"):
        convert = getattr(value, method, None)
        if callable(convert):
            try:
                return jsonable(convert(), depth + 1)
            except Exception:  # noqa: BLE001
                break
    return str(value)


def shorten(text: str, limit: int = EVIDENCE_DISPLAY_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters in the JSON report)"


def display_text(text: str, limit: int = EVIDENCE_DISPLAY_CHARS) -> str:
    """Evidence as the human formats show it, before format-specific escaping."""
    return visible_controls(shorten(text or "", limit))


def format_offset(hours: Any) -> str:
    """5.5 -> "UTC+05:30", -3.5 -> "UTC-03:30", 0 -> "UTC+00:00"."""
    return _format_offset(as_number(hours))


def as_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def percent(value: Any) -> str:
    number = as_number(value)
    if number is None:
        return "unknown"
    return f"{number * 100:.0f}%" if number >= 0.01 or number == 0 else "<1%"


def probability_shown(value: Any) -> str:
    """A same-author probability as the reports and `compare` print it (``capped_percent``)."""
    number = as_number(value)
    return "unknown" if number is None else capped_percent(number)


def as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def heatmap_grid(value: Any) -> list[list[float]] | None:
    """``hour_weekday_local`` as 7 rows of 24 numbers, or None if it is not that shape."""
    rows = as_list(value)
    if len(rows) != 7:
        return None
    grid: list[list[float]] = []
    for row in rows:
        cells = as_list(row)
        if len(cells) != 24:
            return None
        numbers = [as_number(c) for c in cells]
        if any(n is None or n < 0 for n in numbers):
            return None
        grid.append([float(n) for n in numbers])  # type: ignore[arg-type]
    return grid


def describe_dst(observes: Any) -> str:
    if observes is True:
        return "observed"
    if observes is False:
        return "not observed"
    return "undetermined"


def heat_level(value: float, peak: float, levels: int) -> int:
    """0 for no posts, else 1..levels-1 on a square-root scale (so a lunch-time
    burst does not wash out the rest of the week)."""
    if value <= 0 or peak <= 0:
        return 0
    return max(1, min(levels - 1, round(math.sqrt(value / peak) * (levels - 1))))


def format_datetime(value: dt.datetime | None, *, date_only: bool = False) -> str:
    """``date_only``: a redacted report's first and last post, whose minute finds the post
    on the platform as its (masked) id would."""
    if value is None:
        return "unknown"
    if date_only:
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%d %H:%M UTC") if value.tzinfo else value.isoformat()


def record_shown(path: str | None, record: str | None) -> str | None:
    """The record, unless the path already says it: a blog post's record is its file name, and
    "where: _drafts/a.md:7 record _drafts/a.md" said the name twice (walk12, 2026-11-30)."""
    if not record:
        return None
    if path and (record == path or path.endswith(("/" + record, "!" + record, "\\" + record))):
        return None
    return record


def location_text(path: str | None, record: str | None, line: int | None) -> str:
    text = path or "(no path)"
    record = record_shown(path, record)
    if record:
        text += f" record {record}"
    if line is not None:
        text += f" line {line}"
    return text


def title_case_key(key: str) -> str:
    return str(key).replace("_", " ").strip().capitalize() or "(empty)"


def format_scalar(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    return str(value)


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


# The profile's summary parts (nymaudit/summary.py): printed near the top of every format, not
# in the generic profile tables.
PROFILE_SUMMARY_KEYS = ("risk_basis", "priorities", "language")


def profile_clues_part(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile without its summary parts (the renderers print those near the top)."""
    return {k: v for k, v in profile.items() if k not in PROFILE_SUMMARY_KEYS}


def risk_basis_note(report: Report) -> str | None:
    """What the overall risk rests on, when the profile's basis names the risk shown (`check`
    counts input problems toward its risk; the basis leaves them out and is then not shown)."""
    basis = report.profile.get("risk_basis") if isinstance(report.profile, dict) else None
    if isinstance(basis, dict) and basis.get("risk") == overall_risk(report) and basis.get("note"):
        return str(basis["note"])
    return None


# The line detect.py adds when an input has more errors than it lists.
_MORE_ERRORS = re.compile(r"(\d{1,9}) more errors not listed")


def unread_count(report: Report) -> int:
    """How many parts of the inputs could not be read (the input errors every format lists
    under Inputs; "12 more errors not listed" counts 12)."""
    count = 0
    for summary in report.inputs:
        for error in summary.errors:
            more = _MORE_ERRORS.fullmatch(error.error or "")
            count += int(more.group(1)) if more else 1
    return count


def unread_note(report: Report) -> str | None:
    """The warning beside the overall risk when part of the inputs could not be read: the risk
    counts only what was read (`summary.risk` leaves input errors out, by the contract), and
    "risk NONE" beside an unreadable photo read as "nothing to fix" (thirteenth session, rep13)."""
    count = unread_count(report)
    if not count:
        return None
    risk = overall_risk(report)
    parts = "1 part of the inputs" if count == 1 else f"{count:,} parts of the inputs"
    verb = "was" if count == 1 else "were"
    unread = f"{parts} could not be read (the input errors under Inputs) and {verb} not checked"
    if risk == Severity.CRITICAL.label:
        return f"{unread}: there may be more to fix than this report shows."
    return (f"{unread}: the risk may be higher than {risk.upper()}, which counts only what was read. "
            "Fix or replace what could not be read and scan again.")


def language_note(report: Report) -> str | None:
    language = report.profile.get("language") if isinstance(report.profile, dict) else None
    return str(language["note"]) if isinstance(language, dict) and language.get("note") else None


def priority_items(report: Report) -> list[dict[str, Any]]:
    items = report.profile.get("priorities") if isinstance(report.profile, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def priority_more(item: dict[str, Any]) -> str:
    """After the first file of an action: " and 2 more files", or " (4 findings)" when they are
    all in one file, counted for the rule the title names (a report written before those counts:
    the action's). The whole action's counts under one rule's title said "GPS position ...: a.docx
    and 1 more file" when one file had GPS and the other only the same fix (walk13 7)."""
    own = "rule_findings" in item
    files = item.get("rule_files" if own else "files")
    findings = item.get("rule_findings" if own else "findings")
    if isinstance(files, int) and files > 1:
        return f" and {files - 1} more file{'s' if files > 2 else ''}"
    if isinstance(findings, int) and findings > 1:
        return f" ({findings} findings)"
    return ""


def priority_also(item: dict[str, Any]) -> str:
    """The other rules an action's fix clears: "the same fix also clears 5 other findings
    (META012, META017 and META022) in 2 files", or "" (walk13 7)."""
    rules = [str(r) for r in as_list(item.get("also_rules"))]
    also, files = item.get("also_findings"), item.get("also_files")
    if not rules or not isinstance(also, int) or also < 1:
        return ""
    named = rules[0] if len(rules) == 1 else ", ".join(rules[:-1]) + " and " + rules[-1]
    where = f" in {files} file{'s' if files > 1 else ''}" if isinstance(files, int) and files > 0 else ""
    return f"the same fix also clears {also} other finding{'s' if also > 1 else ''} ({named}){where}"


def confidence_said(findings: list[Finding]) -> str:
    """A group of findings' confidence: "medium", or when they differ "high for 2, medium for 1"
    (the Markdown and HTML groups showed the first finding's alone; walk13 6)."""
    counts: dict[Confidence, int] = {}
    for finding in findings:
        counts[finding.confidence] = counts.get(finding.confidence, 0) + 1
    if len(counts) == 1:
        return next(iter(counts)).label
    return ", ".join(f"{level.label} for {n}" for level, n in sorted(counts.items(), key=lambda i: -i[0]))


def advice_groups(findings: list[Finding], fallback: str = "") -> list[tuple[str, list[Finding]]]:
    """A rule's findings by the advice each carries, in the order they come (``fallback``: the
    rule's advice, for a finding without its own). The advice can depend on the file: META012 on a
    PDF says to rewrite it with qpdf, on a .docx to use the Document Inspector, and the Markdown and
    HTML groups printed the first finding's advice under all of them (walk13 6)."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        advice = finding.advice or fallback
        groups.setdefault(" ".join(advice.split()), []).append(finding)
    return [(advice, group) for advice, group in groups.items() if advice]


def files_said(findings: list[Finding], shown: int = 3) -> str:
    """The files (or posts) a group of findings is in: "a.docx, b.docx and 3 more", by their
    names when those tell them apart (the findings above give each whole path)."""
    places = list(dict.fromkeys(location_text(f.location.path, f.location.record, None)
                                if not f.location.path else f.location.path for f in findings))
    names = [re.split(r"[/\\!]", place)[-1] or place for place in places]
    if len(set(names)) == len(names):
        places = names
    # More findings than places named: several in one file, or files a redacted report's masks
    # made read alike ("***-***.docx" for two .docx files).
    count = f", {len(findings)} findings" if len(findings) > len(places) else ""
    if len(places) <= shown:
        return (places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]) + count
    return ", ".join(places[:shown]) + f" and {len(places) - shown} more" + count

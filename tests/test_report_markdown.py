"""Markdown report: structure, escaping of hostile text, timing and generic sections."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _report_samples import HOSTILE, sample_report
from nymaudit.model import Confidence, Finding, InputSummary, Origin, Report, Severity
from nymaudit.report import common, markdown
from nymaudit.rules import Rule, RuleSet


@pytest.fixture(autouse=True)
def no_installed_rules(monkeypatch):
    """Renderers must not depend on what heuristics/ holds right now."""
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([]))


def test_sections_in_order():
    text = markdown.render(sample_report())
    headings = re.findall(r"^(#{1,4}) (.+)$", text, flags=re.M)
    names = [h[1] for h in headings if len(h[0]) <= 2]
    assert names == ["nymaudit report", "Inputs", "Findings", "Posting times", "Linkage"]
    assert "**Overall risk: CRITICAL**" in text
    assert "6 findings (2 critical, 1 high, 1 medium, 1 low, 1 info)" in text
    assert text.index("### Critical (2)") < text.index("### High (1)") < text.index("### Info (1)")


def test_hostile_text_is_escaped():
    text = markdown.render(sample_report())
    assert "<script>" not in text and "</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "\\[bold\\]" in text
    assert "a\\|b" in text
    assert "\\`tick\\`" in text and "```fence" not in text
    assert "\\*\\*x\\*\\*" in text
    # No raw HTML tag from user text anywhere.
    assert not re.search(r"<[A-Za-z/]", text)
    # GitHub would ping @octocat and link #12: code spans, where GitHub links nothing,
    # and no hidden character (a word joiner did it before the ninth session).
    assert " `@octocat` `#12`" in text and "\u2060" not in text
    # An e-mail address is no mention: it copies exactly.
    assert "jane.doe@leeds.gov.uk" in text
    # Bidi overrides are shown, never obeyed.
    assert "\u202e" not in text and "⟨U+202E⟩" in text


def test_only_fences_are_ours():
    text = markdown.render(sample_report())
    fences = [line for line in text.splitlines() if line.lstrip().startswith("```")]
    assert fences == ["```text", "```"]


def test_table_rows_keep_their_columns():
    report = sample_report()
    report.inputs.append(InputSummary(path="we|ird`path<x>|", format="a|b"))
    text = markdown.render(report)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    for row in rows:
        cells = re.split(r"(?<!\\)\|", row)
        header_cells = re.split(r"(?<!\\)\|", rows[0]) if "Path" in row else None
        assert cells[0] == "" and cells[-1] == ""
        if header_cells:
            assert len(cells) == len(header_cells)
    input_rows = [r for r in rows if r.startswith("| we")]
    assert len(re.split(r"(?<!\\)\|", input_rows[0])) == 8


def test_long_evidence_is_cut_for_reading():
    text = markdown.render(sample_report())
    assert "more characters in the JSON report" in text
    assert text.count("Horsforth") < 200


def test_unknown_rule_falls_back_to_the_finding():
    text = markdown.render(sample_report())
    assert "#### LINK999: Share link carries a tracking ID tied to your account" in text
    assert "**What to do:** Delete everything from '?si=' onward" in text
    assert "Why it matters" not in text


def test_known_rule_adds_why(monkeypatch):
    rule = Rule(
        id="LINK999", title="Share link with tracking ID", category="link",
        severity=Severity.MEDIUM, confidence=Confidence.HIGH,
        why="The si= value <identifies> the sharer.", advice="Strip it.", source_file="t.toml",
    )
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([rule]))
    text = markdown.render(sample_report())
    assert "**Why it matters:** The si= value &lt;identifies&gt; the sharer." in text


def test_broken_rule_files_do_not_break_the_report(monkeypatch):
    monkeypatch.setattr(common, "_rule_set", lambda: None)
    assert "LINK999" in markdown.render(sample_report())


def test_timing_section():
    text = markdown.render(sample_report())
    assert "- **Standard UTC offset:** UTC+00:00 (confidence 91%)" in text
    assert "- **Daylight saving time:** observed (EU)" in text
    assert "Europe/London (82%)" in text
    assert "| UTC+05:30 | 3% |" in text
    assert "- 2025-08-02 to 2025-08-16 (15 days)" in text
    assert "- **Sleep window (local):** 23:00 to 07:00" in text
    heat = text.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line[:3] for line in heat[2:]] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert heat[4][5 + 12] == "@"  # Wednesday 12:00 is the busiest cell
    assert heat[2][5:12].strip() == ""  # Monday before 07:00: no posts


def test_too_little_timing_data_is_said_plainly():
    report = sample_report(with_sections=False)
    report.sections = {"timing": {"posts": 3, "standard_utc_offset_hours": None}}
    text = markdown.render(report)
    assert "not enough data to infer a UTC offset" in text
    assert "```" not in text


def test_empty_report():
    text = markdown.render(Report(tool_version="0.1.0", inputs=[], findings=[]))
    assert "No findings." in text and "No inputs." in text
    assert "**Overall risk: NONE**" in text


def test_many_findings_of_one_rule_are_capped():
    findings = [
        Finding("LINK999", "link", Severity.LOW, Confidence.LOW, "t", f"m{i}", f"e{i}",
                Origin("p", str(i)), "a")
        for i in range(130)
    ]
    text = markdown.render(Report(tool_version="0.1.0", inputs=[], findings=findings))
    assert "and 80 more (see the JSON report)" in text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
timing_keys = st.sampled_from(markdown.TIMING_KEYS + ("notes",))


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(timing_keys, json_values, max_size=14), json_values)
def test_malformed_sections_never_crash(timing, other):
    from nymaudit.report import html, json_report, sarif

    report = sample_report(with_sections=False)
    report.sections = {"timing": timing, "style": other}
    report.profile = {"anything": other}
    for redacted in (False, True):
        report.redacted = redacted
        markdown.render(report)
        html.render(report)
        json_report.render(report)
        sarif.render(report)


def test_hostile_constant_is_in_the_sample():
    assert "<script>" in HOSTILE  # guards the escaping tests above from a silent edit


def test_advice_commands_are_code_spans_that_copy_exactly():
    """A command in the advice is pasted into a shell: no escape or word joiner may sit
    inside it (`-tagsfromfile @` failed with an invisible U+2060 after the @). Outside
    code spans an @mention becomes a code span of its own, so a report posted on GitHub
    pings nobody."""
    advice = "Strip with `exiftool -all= -tagsfromfile @ -orientation photo.jpg`, then tell @octocat"
    shown = markdown.md_advice(advice)
    assert "`exiftool -all= -tagsfromfile @ -orientation photo.jpg`" in shown
    assert shown.endswith("then tell `@octocat`")
    # An unmatched backtick stays escaped text; a line break cannot open a block.
    assert markdown.md_advice("a `b\nc") == "a \\`b ⏎ c"


def test_demo_markdown_advice_commands_have_no_invisible_characters():
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["demo", "--format", "markdown"], env={"NO_COLOR": "1"})
    advice = [line for line in out.stdout.splitlines() if line.startswith("**What to do:**")]
    spans = [span for line in advice for span in re.findall(r"`([^`]+)`", line)]
    assert any("-tagsfromfile @ -orientation" in span for span in spans)
    assert not any("\u2060" in span or "\\" in span for span in spans)

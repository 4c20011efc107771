"""HTML report: one offline page that loads nothing and escapes everything."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from _report_samples import HOSTILE, RTL, sample_report
from nymaudit.model import Report
from nymaudit.report import common, html
from nymaudit.rules import RuleSet

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "code", "bdi",
    "ul", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
}
URL_ATTRIBUTES = {
    "src", "href", "srcset", "action", "formaction", "background", "poster", "data", "xlink:href",
    "ping", "manifest", "cite", "longdesc", "usemap", "codebase",
}


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        (self.style if self._in_style else self.text).append(data)


@pytest.fixture(autouse=True)
def no_installed_rules(monkeypatch):
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([]))


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("redacted", [False, True])
def test_page_loads_nothing_from_anywhere(redacted):
    page = html.render(sample_report(redacted=redacted))
    parsed = parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        assert not (set(attrs) & URL_ATTRIBUTES), (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs  # all styling lives in the one <style> element
    css = "".join(parsed.style)
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "http" not in css
    # Outside the text content, no URL appears at all.
    markup_only = re.sub(r">[^<]*<", "><", page)
    assert "http://" not in markup_only and "https://" not in markup_only
    assert "<script" not in page.lower()


def test_content_security_policy_and_privacy_meta():
    parsed = parse(html.render(sample_report()))
    metas = [attrs for tag, attrs in parsed.tags if tag == "meta"]
    csp = [m for m in metas if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    assert csp and csp[0]["content"] == "default-src 'none'; style-src 'unsafe-inline'"
    assert {"name": "referrer", "content": "no-referrer"} in metas
    assert any(m.get("charset") == "utf-8" for m in metas)
    # The CSP meta comes before anything that could load.
    names = [tag for tag, _ in parsed.tags]
    assert names.index("meta") < names.index("style")


def test_user_text_arrives_as_text_only():
    page = html.render(sample_report())
    parsed = parse(page)
    text = "".join(parsed.text)
    assert "<script>alert(1)</script>" in text  # shown to the reader, as text
    assert "[bold]red[/bold] a|b `tick`" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "export.zip!data/bad|<b>.js" in text
    assert "work <emails>" in text
    # Bidi overrides are made visible; the RTL words themselves are kept.
    assert "\u202e" not in page and "⟨U+202E⟩" in text
    assert RTL.split()[0] in text
    assert HOSTILE.split()[0] in text


def test_attribute_values_cannot_be_broken_out_of():
    report = sample_report()
    report.findings[0].rule = 'X" onmouseover="alert(1)'
    report.findings[0].category = "link"
    page = html.render(report)
    for _tag, attrs in parse(page).tags:
        assert not any(name.startswith("on") for name in attrs)


def test_severity_colours_and_groups():
    page = html.render(sample_report())
    assert '<span class="badge sev-critical">critical</span>' in page
    assert page.count('<article class="rule critical">') == 1  # one block per rule
    for level in ("critical", "high", "medium", "low", "info"):
        assert f".sev-{level}{{background:var(--{level})}}" in page


def test_heatmap_is_a_shaded_table():
    parsed = parse(html.render(sample_report()))
    cells = [attrs for tag, attrs in parsed.tags if tag == "td" and
             re.fullmatch(r"h\d", attrs.get("class") or "")]
    assert len(cells) == 7 * 24
    wednesday_noon = cells[2 * 24 + 12]
    assert wednesday_noon["class"] == "h9"
    assert wednesday_noon["title"] == "Wed 12:00: 40"
    assert cells[0]["class"] == "h0"  # Monday 00:00, no posts
    assert {c["class"] for c in cells} > {"h0", "h9"}


def test_timing_and_linkage_sections():
    text = "".join(parse(html.render(sample_report())).text)
    assert "UTC+00:00 (confidence 91%)" in text
    assert "Europe/London (82%)" in text
    assert "2025-08-02 to 2025-08-16 (15 days)" in text
    assert "Shared habits" in text and "whilst" in text


def test_long_evidence_is_cut_and_empty_report_renders():
    page = html.render(sample_report())
    assert "more characters in the JSON report" in page
    empty = html.render(Report(tool_version="0.1.0", inputs=[], findings=[]))
    assert "No findings." in empty and "sev-none" in empty
    parse(empty)

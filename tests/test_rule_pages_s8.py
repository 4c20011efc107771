"""Rule pages and help text (eighth session, from a new user's walkthrough): every rule
says what it finds, examples in a test notation are shown in words, `explain` prints the
page docs/rules/ holds, and the help and error lines read as sentences."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_wxr
from conftest import REPO
from nymaudit.cli import app
from nymaudit.rules import RuleError, _parse_rule, load_rules

RULES = list(load_rules())


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "80"}, catch_exceptions=False)


def _docs_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_rule_docs", REPO / "tests/tools/build_rule_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_says_what_it_finds(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.finds, f"{rule.id} has no `finds`"
    assert rule.finds.rstrip(".").casefold() != rule.title.rstrip(".").casefold()
    assert len(rule.finds) > len(rule.title)


def _table(**extra: object) -> dict:
    return {"id": "LINK099", "title": "A test rule", "category": "link", "severity": "low",
            "confidence": "low", "why": "w" * 50, "advice": "a" * 30, "pattern": "x", **extra}


def test_a_rule_without_finds_or_with_the_title_again_is_refused() -> None:
    with pytest.raises(RuleError, match="lacks finds"):
        _parse_rule(_table(), "test.toml")
    with pytest.raises(RuleError, match="repeats the title"):
        _parse_rule(_table(finds="A test rule."), "test.toml")
    parsed = _parse_rule(_table(finds="Links with an x in post text.", examples={
        "match": [{"case": "x=1", "says": "one x"}, "plain x"], "no_match": ["y"]}), "test.toml")
    assert parsed.examples_match == ("x=1", "plain x")  # the tests still run every case
    assert parsed.example_says == {"x=1": "one x"}
    with pytest.raises(RuleError, match="an example is a string"):
        _parse_rule(_table(finds="Links.", examples={"match": [{"case": "x=1"}]}), "test.toml")


def test_explain_prints_every_example_the_docs_page_shows() -> None:
    docs = _docs_module()
    for rule in RULES:
        page = run("explain", rule.id).stdout
        shown = [e for e in rule.examples_match + rule.examples_no_match if e.strip()]
        flat = " ".join(page.split())
        for case in shown:
            text = rule.example_says.get(case) or case.splitlines()[0]
            assert " ".join(text.split()) in flat, (rule.id, case)
            assert text in docs.page(rule), (rule.id, case)
        assert rule.finds in flat


def test_notation_examples_are_shown_in_words() -> None:
    page = " ".join(run("explain", "TIME002").stdout.split())
    assert "a writer in India (Asia/Kolkata) posting every day for 200 days" in page
    assert "test case: zone=Asia/Kolkata days=200" in page
    for rule_id in ("TIME001", "TIME007", "MATCH001", "META023", "META024"):
        rule = load_rules()[rule_id]
        assert all(rule.example_says.get(e) for e in rule.examples_match), rule_id


def test_no_empty_not_reported_heading() -> None:
    for rule_id in ("INPUT001", "INPUT007", "META002"):
        assert "Not reported" not in run("explain", rule_id).stdout
        assert "Not reported" not in (REPO / "docs/rules" / f"{rule_id}.md").read_text(encoding="utf-8")
    assert "Not reported" in run("explain", "LINK003").stdout


@pytest.mark.parametrize(("rule_id", "words"), [
    ("LINK007", "to high (high confidence) when the words just before the link call it the writer's own"),
    ("PLACE001", "high at 5 mentions or more"),
    ("TIME002", "Raised to high when the fit puts 90 % or more"),
])
def test_pages_say_when_severity_is_raised(rule_id: str, words: str) -> None:
    page = " ".join(run("explain", rule_id).stdout.split())
    assert "Severity" in page and words in page
    assert words in " ".join((REPO / "docs/rules" / f"{rule_id}.md").read_text(encoding="utf-8").split())


def _latin1_wxr(tmp_path: Path) -> Path:
    path = build_wxr(tmp_path / "site.WordPress.xml", [
        {"post_id": "1", "title": "Market day", "content": "<p>Lovely morning at the Surulere market.</p>",
         "post_date": "2025-03-01 09:00:00", "post_date_gmt": "2025-03-01 08:00:00"}])
    path.write_bytes(path.read_bytes().replace(b"Surulere", "Surul\xe9r\xe9 caf\xe9".encode("latin-1")))
    return path


def test_input001_gives_the_advice_that_fits_its_cause(tmp_path: Path) -> None:
    out = run("scan", str(_latin1_wxr(tmp_path)), "--quiet").stdout
    block = out[out.index("INPUT001"):]
    assert "undecodable bytes replaced" in block
    do_line = " ".join(block[block.index("do:"):].split())
    assert do_line.startswith("do: The rest was read") and "save it as UTF-8" in do_line[:200]
    assert "download the archive" not in do_line[:200]


def test_help_describes_fail_on_known_and_output() -> None:
    check = " ".join(run("check", "--help").stdout.split())
    assert re.search(r"--fail-on <info\|low\|medium\|high\|critical> Exit 1 if any finding", check)
    assert "-o, --output FILE Write the report to FILE" in check
    compare = " ".join(run("compare", "--help").stdout.split())
    assert "Required:" in compare and "repeat for several" in compare
    assert "repeat for several" in " ".join(run("scan", "--help").stdout.split())


def test_a_bad_choice_is_said_without_library_noise(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Hello there.\n", encoding="utf-8")
    for args in (("check", str(draft), "--fail-on", "bogus"), ("check", str(draft), "-f", "bogus"),
                 ("scan", str(draft), "--fail-on", "bogus")):
        result = run(*args)
        assert result.exit_code == 2
        assert "Value error" not in result.output and "'bogus' is not one of" in result.output
    assert run("check", str(draft), "--fail-on", "HIGH", "-q").exit_code == 0  # any case, as before


def test_output_onto_a_symbolic_link_is_refused_in_words(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Hello there.\n", encoding="utf-8")
    target = tmp_path / "elsewhere.html"
    link = tmp_path / "link.html"
    os.symlink(target, link)
    result = run("scan", str(draft), "-f", "html", "-o", str(link), "-q")
    assert result.exit_code == 2
    assert "refusing to write through" in result.stderr and "Too many levels" not in result.stderr
    assert not target.exists()


def test_stderr_lines_are_not_cut_at_80_columns(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Hello there.\n", encoding="utf-8")
    out = tmp_path / ("a-report-file-with-a-name-long-enough-to-pass-eighty-columns" + "x" * 30 + ".md")
    result = run("scan", str(draft), "-f", "markdown", "-o", str(out))
    assert result.exit_code == 0
    assert f"report written to {out} (readable by you only)\n" in result.stderr
    missing = tmp_path / ("no-such-folder-with-a-long-name" + "y" * 40) / "watchlist.toml"
    watch = run("watch", "list", "--watchlist", str(missing))
    assert "(add a term with `nymaudit watch add`)" in " ".join(watch.stderr.splitlines())
    assert len(watch.stderr.strip().splitlines()) == 1


def test_formats_wraps_descriptions_in_their_column() -> None:
    lines = run("formats").stdout.splitlines()
    inputs = lines[1:lines.index("")]
    assert any(line.startswith("  git ") for line in inputs)
    for line in inputs:
        assert line.startswith("  "), line  # a wrapped line stays indented under its description

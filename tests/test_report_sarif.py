"""SARIF 2.1.0 output: valid against the OASIS schema, mapped as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _report_samples import sample_report
from nymaudit.model import Confidence, Finding, InputError, InputSummary, Origin, Report, Severity
from nymaudit.report import common, sarif
from nymaudit.rules import Rule, RuleSet

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
)


@pytest.fixture(autouse=True)
def no_installed_rules(monkeypatch):
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([]))


def run_of(report: Report, base: str = "/work/nowhere") -> dict:
    return json.loads(sarif.render(report, base_dir=base))["runs"][0]


@pytest.mark.parametrize("redacted", [False, True])
def test_validates_against_the_sarif_schema(redacted):
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json not available")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    for report in (sample_report(redacted=redacted),
                   Report(tool_version="0.1.0", inputs=[], findings=[])):
        doc = json.loads(sarif.render(report))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
        assert doc["version"] == "2.1.0"


def test_driver_rules_are_the_rules_with_findings():
    run = run_of(sample_report())
    driver = run["tool"]["driver"]
    assert driver["name"] == "nymaudit" and driver["version"] == "0.1.0"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["LINK999", "META999", "PLACE999", "SELF999", "STYLE999"]
    link = driver["rules"][0]
    assert link["shortDescription"]["text"] == "Share link carries a tracking ID tied to your account"
    assert link["help"]["text"].startswith("Delete everything from '?si='")
    assert link["defaultConfiguration"]["level"] == "warning"
    assert link["properties"]["category"] == "link"
    assert "account" in link["properties"]["tags"]
    assert link["name"] == "ShareLinkCarriesATrackingIDTiedToYourAccount"
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_known_rule_supplies_why_and_default_level(monkeypatch):
    rule = Rule(
        id="PLACE999", title="Home area named", category="place", severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM, why="Investigators search the town's groups.",
        advice="Name the region.", source_file="t.toml", clue_kind="location",
    )
    monkeypatch.setattr(common, "_rule_set", lambda: RuleSet([rule]))
    run = run_of(sample_report())
    place = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "PLACE999")
    assert place["fullDescription"]["text"] == "Investigators search the town's groups."
    assert place["defaultConfiguration"]["level"] == "warning"  # the rule's own severity
    result = next(r for r in run["results"] if r["ruleId"] == "PLACE999")
    assert result["level"] == "error"  # the detector raised this one to high


def test_levels():
    levels = {r["ruleId"]: r["level"] for r in run_of(sample_report())["results"]}
    assert levels == {"SELF999": "error", "PLACE999": "error", "LINK999": "warning",
                      "STYLE999": "note", "META999": "note"}


def test_locations():
    results = run_of(sample_report())["results"]
    by_rule = {}
    for result in results:
        by_rule.setdefault(result["ruleId"], result)
    member = by_rule["LINK999"]
    physical = member["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "export.zip", "uriBaseId": "%SRCROOT%"}
    assert "region" not in physical
    assert member["properties"]["member"] == "data/tweets.js"
    assert member["properties"]["record"] == "1500000000000000001"
    logical = member["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "export.zip!data/tweets.js#1500000000000000001"
    line = by_rule["SELF999"]["locations"][0]["physicalLocation"]
    assert line["artifactLocation"]["uri"] == "posts/2025-01-03-notes.md"
    assert line["region"] == {"startLine": 14}


def test_absolute_paths(tmp_path):
    inside = tmp_path / "my posts" / "a.md"
    report = Report(
        tool_version="0.1.0",
        inputs=[],
        findings=[
            Finding("LINK999", "link", Severity.LOW, Confidence.LOW, "t", "m", "e",
                    Origin(str(inside), None, 2), "a"),
            Finding("LINK999", "link", Severity.LOW, Confidence.LOW, "t", "m", "f",
                    Origin("/elsewhere/x#y.zip!data/tweets.js", "9"), "a"),
        ],
    )
    results = run_of(report, base=str(tmp_path))["results"]
    results.sort(key=lambda r: r["properties"]["evidence"])
    first = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert first == {"uri": "my%20posts/a.md", "uriBaseId": "%SRCROOT%"}
    second = results[1]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert second == {"uri": "file:///elsewhere/x%23y.zip"}
    assert results[1]["properties"]["member"] == "data/tweets.js"


def test_fingerprints_are_stable_hashes_never_the_evidence():
    first = run_of(sample_report())["results"]
    again = run_of(sample_report())["results"]
    prints = [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in first]
    assert prints == [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in again]
    assert len(set(prints)) == len(prints)
    assert all(len(p) == 32 and int(p, 16) >= 0 for p in prints)
    report = sample_report()
    report.findings[2].location = Origin(report.findings[2].location.path, None, 99)
    moved = {r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in run_of(report)["results"]}
    assert moved == set(prints)  # a shifted line keeps its fingerprint


def test_result_properties_and_message():
    result = next(r for r in run_of(sample_report())["results"] if r["ruleId"] == "PLACE999")
    assert result["message"]["text"] == '23 mentions within 15 km of "Horsforth"'
    props = result["properties"]
    assert props["severity"] == "high" and props["confidence"] == "medium"
    assert props["clueKind"] == "location" and props["clueValue"] == "Horsforth, Leeds, GB"


def test_input_errors_become_notifications():
    report = Report(
        tool_version="0.1.0",
        inputs=[InputSummary("broken.zip", "unknown",
                             errors=[InputError("broken.zip", "not a readable zip: bad magic"),
                                     InputError("", "nothing readable")])],
        findings=[],
    )
    invocation = run_of(report)["invocations"][0]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["not a readable zip: bad magic",
                                                     "nothing readable"]
    assert notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.zip"
    assert run_of(report)["results"] == []


def _random_report_strategy():
    from hypothesis import strategies as st

    from nymaudit.model import CLUE_KINDS, Clue

    text = st.text(max_size=40)
    finding = st.builds(
        Finding,
        rule=st.sampled_from(["LINK999", "PLACE999", "SELF999"]),
        category=st.just("link"),
        severity=st.sampled_from(list(Severity)),
        confidence=st.sampled_from(list(Confidence)),
        title=text.filter(bool),
        message=text,
        evidence=text,
        location=st.builds(Origin, path=text, record=st.none() | text,
                           line=st.none() | st.integers(1, 10**9)),
        advice=text,
        clue=st.none() | st.builds(Clue, kind=st.sampled_from(CLUE_KINDS), value=text),
    )
    inputs = st.builds(
        InputSummary, path=text, format=text,
        errors=st.lists(st.builds(InputError, path=text, error=text), max_size=2),
    )
    return st.builds(
        lambda findings, items, redacted: Report(
            tool_version="0.1.0", inputs=items, findings=findings, redacted=redacted
        ),
        st.lists(finding, max_size=5),
        st.lists(inputs, max_size=2),
        st.booleans(),
    )


def test_random_reports_are_valid_sarif_and_valid_reports():
    from hypothesis import HealthCheck, given, settings

    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json not available")
    from nymaudit.report import html, json_report, markdown

    sarif_validator = jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text()))
    report_validator = jsonschema.Draft202012Validator(json_report.load_schema("report"))

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_random_report_strategy())
    def check(report):
        markdown.render(report)
        html.render(report)
        report_validator.validate(json.loads(json_report.render(report)))
        errors = list(sarif_validator.iter_errors(json.loads(sarif.render(report))))
        assert not errors, [e.message for e in errors[:3]]

    check()


@pytest.mark.parametrize("where", ["root", "home_root", "above_home", "repository"])
def test_check_from_a_root_or_above_home_keeps_the_home_folder_out_of_the_uri(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Review rev8a item 13: `check --format sarif` (masked by default) run from `/` or `/home`
    took the path as given for the URI, since it lies under the working folder:
    "tmp/.../home/chidiokafor/blog/draft.md", where every other format shows "draft.md"."""
    from typer.testing import CliRunner

    from archive_builders import build_hugo_site
    from nymaudit.cli import app

    home = tmp_path / "home" / "chidiokafor"
    site = build_hugo_site(home / "blog", [{"path": "posts/draft.md", "yaml": True,
                                            "front": {"title": "Move"},
                                            "body": "My email is chidi.okafor@proton.me, write to me.\n"}])
    draft = site / "content" / "posts" / "draft.md"
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    cwd = {"root": Path("/"), "home_root": tmp_path / "home", "above_home": tmp_path,
           "repository": site}[where]
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "sarif"])
    assert result.exit_code == 1, result.output
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for res in json.loads(result.stdout)["runs"][0]["results"] for loc in res["locations"]}
    assert uris == ({"content/posts/draft.md"} if where == "repository" else {"draft.md"})
    assert "chidiokafor" not in result.stdout


def test_a_home_root_is_above_every_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "nohome"))
    assert sarif.above_home(Path("/")) and sarif.above_home(Path("/home"))
    assert sarif.above_home(Path("/Users"))
    assert sarif._HOME_ROOTS.fullmatch("c:/users") and not sarif._HOME_ROOTS.fullmatch("/home/jo")
    assert sarif.above_home(tmp_path) and not sarif.above_home(tmp_path / "nohome" / "blog")

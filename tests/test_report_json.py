"""The nymaudit.report/1 document and the three JSON Schemas shipped in the package."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import math

import pytest

from _report_samples import sample_report, timing_section

jsonschema = pytest.importorskip("jsonschema")
from jsonschema import Draft202012Validator  # noqa: E402

from nymaudit.model import Clue, Confidence, Finding, Origin, Report, Severity  # noqa: E402
from nymaudit.report import json_report  # noqa: E402
from nymaudit.report.common import jsonable  # noqa: E402

CONTRACT_KEYS = ["schema", "tool", "inputs", "summary", "profile", "findings", "timing"]
FINDING_KEYS = {
    "rule", "category", "severity", "confidence", "title", "message", "evidence", "location",
    "clue", "advice",
}


def validator(name: str) -> Draft202012Validator:
    schema = json_report.load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_schemas_are_valid_2020_12_and_ship_inside_the_package():
    for name in ("report", "meta", "compare"):
        path = json_report.schema_path(name)
        assert path.parent.parent.name == "nymaudit", path
        assert json.loads(path.read_text())["$schema"].endswith("/draft/2020-12/schema")
        validator(name)


def test_document_validates_and_keys_are_exactly_the_contract():
    report = sample_report(with_sections=False)
    doc = json_report.to_dict(report)
    validator("report").validate(doc)
    assert list(doc) == CONTRACT_KEYS
    assert doc["schema"] == "nymaudit.report/1"
    assert doc["tool"] == {"name": "nymaudit", "version": "0.1.0"}
    assert doc["timing"] is None
    assert doc["profile"] == {}
    assert set(doc["summary"]) == {"risk", "findings_by_severity", "anonymity_bits",
                                   "anonymity_set"}
    for finding in doc["findings"]:
        assert set(finding) == FINDING_KEYS
        assert set(finding["location"]) == {"path", "record", "line"}
    assert set(doc["inputs"][0]) == {"path", "format", "posts", "activities", "attachments",
                                     "errors"}


def test_sections_become_top_level_keys_after_the_contract_ones():
    doc = json_report.to_dict(sample_report())
    validator("report").validate(doc)
    assert list(doc) == CONTRACT_KEYS + ["linkage"]
    assert doc["timing"]["hour_weekday_local"][2][12] == 40
    assert doc["linkage"]["candidates"][0]["label"] == "blog"


def test_a_section_cannot_overwrite_a_contract_key():
    report = sample_report(with_sections=False)
    report.sections = {"findings": ["hijack"], "schema": "x", "redacted": False, "style": {}}
    doc = json_report.to_dict(report)
    assert doc["schema"] == "nymaudit.report/1"
    assert isinstance(doc["findings"][0], dict)
    assert "redacted" not in doc
    assert doc["style"] == {}


def test_findings_sorted_by_severity_then_rule_then_location():
    doc = json_report.to_dict(sample_report())
    order = [(f["severity"], f["rule"], f["location"]["path"]) for f in doc["findings"]]
    assert order == [
        ("critical", "SELF999", "posts/2025-01-03-notes.md"),
        ("critical", "SELF999", "posts/2025-01-04-more.md"),
        ("high", "PLACE999", "export.zip!data/tweets.js"),
        ("medium", "LINK999", "export.zip!data/tweets.js"),
        ("low", "STYLE999", "posts"),
        ("info", "META999", "export.zip!tweets_media/150-abc.jpg"),
    ]


def test_summary_counts_every_severity_and_risk_uses_the_contract_scale():
    empty = Report(tool_version="0.1.0", inputs=[], findings=[])
    doc = json_report.to_dict(empty)
    validator("report").validate(doc)
    assert doc["summary"]["findings_by_severity"] == {
        "info": 0, "low": 0, "medium": 0, "high": 0, "critical": 0,
    }
    assert doc["summary"]["risk"] == "none"
    info_only = Report(
        tool_version="0.1.0",
        inputs=[],
        findings=[
            Finding("META999", "metadata", Severity.INFO, Confidence.LOW, "t", "m", "",
                    Origin("a.jpg"), "a")
        ],
    )
    doc = json_report.to_dict(info_only)
    assert doc["summary"]["risk"] == "none"  # the contract has no "info" risk
    validator("report").validate(doc)


def test_anonymity_figures_pass_through():
    report = sample_report()
    report.anonymity_bits = 21.5
    report.anonymity_set = 2700
    report.profile = {"location": [{"value": "Leeds", "confidence": "medium"}]}
    doc = json_report.to_dict(report)
    validator("report").validate(doc)
    assert doc["summary"]["anonymity_bits"] == 21.5
    assert doc["summary"]["anonymity_set"] == 2700
    assert doc["profile"]["location"][0]["value"] == "Leeds"


def test_redacted_document_marks_itself_and_still_validates():
    doc = json_report.to_dict(sample_report(redacted=True))
    validator("report").validate(doc)
    assert doc["redacted"] is True
    text = json.dumps(doc, ensure_ascii=False)
    for secret in ("Horsforth", "jane.doe", "Xk2abc123DEFgh", "900123", "leeds.gov"):
        assert secret not in text


def test_render_is_indented_utf8_json():
    text = json_report.render(sample_report())
    assert text.endswith("}\n")
    assert "שלום" in text  # not \u-escaped
    assert json.loads(text)["schema"] == "nymaudit.report/1"


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["findings"][0].update(extra=1),
        lambda d: d["findings"][0].update(severity="severe"),
        lambda d: d["findings"][0].update(confidence="certain"),
        lambda d: d["findings"][0].update(category="other"),
        lambda d: d["findings"][0]["clue"].update(kind="shoe_size"),
        lambda d: d["findings"][0]["location"].update(column=3),
        lambda d: d["findings"][0]["location"].update(line=0),
        lambda d: d["inputs"][0].update(ip="10.0.0.1"),
        lambda d: d["summary"].update(score=3),
        lambda d: d["summary"]["findings_by_severity"].pop("info"),
        lambda d: d["summary"].update(risk="info"),
        lambda d: d["tool"].update(name="other"),
        lambda d: d.update(schema="nymaudit.report/2"),
        lambda d: d.pop("timing"),
        lambda d: d["timing"].pop("observes_dst"),
        lambda d: d["timing"]["hour_weekday_local"].pop(),
        lambda d: d["timing"]["hour_weekday_local"][0].append(1),
        lambda d: d["timing"]["hour_weekday_local"][0].__setitem__(0, -1),
        lambda d: d["timing"]["hour_weekday_local"][0].__setitem__(0, 1.5),
        lambda d: d["timing"].update(standard_utc_offset_hours=15),
        lambda d: d["timing"]["offset_candidates"][0].update(probability=1.2),
        lambda d: d["timing"].update(weekend=["Saturday"]),
        lambda d: d["timing"]["sleep_window_local"].update(start_hour=24),
        lambda d: d["timing"]["absences"][0].update(days=0),
        lambda d: d["linkage"]["candidates"][0].pop("rank"),
    ],
)
def test_schema_rejects_documents_that_break_the_contract(mutate):
    doc = json_report.to_dict(sample_report())
    broken = copy.deepcopy(doc)
    mutate(broken)
    assert list(validator("report").iter_errors(broken)), "schema accepted a broken document"


def test_schema_accepts_timing_with_too_little_data_and_extra_keys():
    doc = json_report.to_dict(sample_report(with_sections=False))
    timing = timing_section()
    timing.update(
        standard_utc_offset_hours=None, offset_confidence=None, offset_candidates=[],
        observes_dst=None, dst_rule=None, zone_candidates=[], country_candidates=[],
        working_hours_share=None, sleep_window_local=None, absences=[], span_days=None,
        notes=["only 3 posts"],
    )
    doc["timing"] = timing
    validator("report").validate(doc)
    doc["timing"]["offset_confidence"] = "high"
    validator("report").validate(doc)


def test_meta_and_compare_schemas():
    finding = json_report.to_dict(sample_report())["findings"][0]
    meta = {
        "schema": "nymaudit.meta/1",
        "files": [
            {"path": "a.jpg", "format": "jpeg", "status": "identifying", "error": None,
             "fields": [{"group": "gps", "name": "GPSPosition",
                         "value": {"latitude": 53.8, "longitude": -1.6}}],
             "findings": [finding]},
            {"path": "b.bin", "format": None, "status": "unsupported", "error": None,
             "fields": [], "findings": []},
            {"path": "c.jpg", "format": "jpeg", "status": "unreadable",
             "error": "truncated JPEG", "fields": [], "findings": []},
        ],
    }
    validator("meta").validate(meta)
    bad = copy.deepcopy(meta)
    bad["files"][0]["status"] = "dirty"
    assert list(validator("meta").iter_errors(bad))
    bad = copy.deepcopy(meta)
    bad["files"][0]["fields"][0]["group"] = "shoe"
    assert list(validator("meta").iter_errors(bad))
    bad = copy.deepcopy(meta)
    bad["files"][2]["error"] = None  # unreadable needs its reason
    assert list(validator("meta").iter_errors(bad))

    compare = {"schema": "nymaudit.compare/1",
               "linkage": json_report.to_dict(sample_report())["linkage"]}
    validator("compare").validate(compare)
    bad = copy.deepcopy(compare)
    bad["linkage"]["candidates"][0]["same_author_probability"] = 2
    assert list(validator("compare").iter_errors(bad))


def test_shared_definitions_do_not_drift_between_schemas():
    report_defs = json_report.load_schema("report")["$defs"]
    meta_defs = json_report.load_schema("meta")["$defs"]
    compare_defs = json_report.load_schema("compare")["$defs"]
    for name in ("severity", "confidence", "category", "clue_kind", "location", "clue", "finding"):
        assert meta_defs[name] == report_defs[name], name
    linkage = dict(compare_defs["linkage"])
    linkage.pop("description")
    expected = dict(report_defs["linkage"])
    expected.pop("description")
    assert linkage == expected


def test_model_vocabularies_match_the_schema_enums():
    from nymaudit.model import CATEGORIES, CLUE_KINDS

    defs = json_report.load_schema("report")["$defs"]
    assert defs["category"]["enum"] == list(CATEGORIES)
    assert defs["clue_kind"]["enum"] == list(CLUE_KINDS)
    assert defs["severity"]["enum"] == [s.label for s in Severity]
    assert defs["confidence"]["enum"] == [c.label for c in Confidence]


def test_jsonable_makes_section_values_json_safe():
    class Colour(enum.Enum):
        RED = "red"

    value = {
        "when": dt.datetime(2025, 1, 2, 3, 4, tzinfo=dt.UTC),
        "day": dt.date(2025, 1, 2),
        "sev": Severity.HIGH,
        "enum": Colour.RED,
        "nan": math.nan,
        "inf": -math.inf,
        "tuple": (1, 2),
        "set": {"b", "a"},
        "clue": Clue("location", "Leeds"),
        1: "int key",
        "other": object,
    }
    out = jsonable(value)
    json.dumps(out, allow_nan=False)
    assert out["when"] == "2025-01-02T03:04:00+00:00"
    assert out["sev"] == "high" and out["enum"] == "red"
    assert out["nan"] is None and out["inf"] is None
    assert out["tuple"] == [1, 2] and out["set"] == ["a", "b"]
    assert out["clue"] == {"kind": "location", "value": "Leeds"}
    assert out["1"] == "int key"


def test_jsonable_converts_numpy_values():
    np = pytest.importorskip("numpy")
    out = jsonable({"grid": np.zeros((7, 24), dtype=np.int64), "p": np.float64(0.5)})
    assert out["grid"][6][23] == 0 and isinstance(out["grid"][0][0], int)
    assert out["p"] == 0.5


def test_deeply_nested_section_does_not_recurse_forever():
    deep: dict = {}
    node = deep
    for _ in range(5000):
        node["x"] = {}
        node = node["x"]
    report = sample_report(with_sections=False)
    report.sections = {"style": deep}
    json.dumps(json_report.to_dict(report))


def test_render_escapes_invisible_and_bidi_characters_but_keeps_the_data():
    report = sample_report(with_sections=False)
    for finding in report.findings:
        finding.evidence = "a\u202eb\u2028c\x9bd\u200be 👩\u200d💻"
    text = json_report.render(report)
    for ch in ("\u202e", "\u2028", "\x9b", "\u200b"):
        assert ch not in text
    assert "\\u202e" in text and "\\u009b" in text
    assert "\u200d" in text  # ZWJ inside an emoji sequence is left alone
    assert json.loads(text)["findings"][0]["evidence"] == report.findings[0].evidence

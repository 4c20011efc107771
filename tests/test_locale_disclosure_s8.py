"""Walkthrough of 2026-11-29 (eighth session), item 12: a Lagos civil servant's blog was
ranked "Australia (nothing against it), Canada, United Kingdom, Ireland" and never Nigeria;
naira and shilling amounts were not counted; a civil-service grade, years in the service
and "since I finished at UNILAG in 2010" gave nothing. Inputs built the way WordPress
writes an export and as plain .txt drafts, through the CLI (docs/style.md,
docs/text-signals.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_wxr
from nymaudit.cli import app
from nymaudit.style import dialect
from nymaudit.text import disclosure


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _scan(path: Path, *extra: str) -> dict:
    result = run("scan", str(path), "--format", "json", "-q", *extra)
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def _by_rule(doc: dict, rule_id: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule_id]


LAGOS = [
    "Another week of memos at the ministry. The federal secretariat in Abuja wants our returns by Friday.",
    "Traffic on Third Mainland Bridge this morning was terrible; I got to the office in Ikeja at 9:40.",
    "My daughter starts JSS1 next month, and school fees have doubled. As a Grade Level 12 officer I "
    "cannot keep up.",
    "Sunday jollof with the family in Surulere. Generator fuel is now N1,200 a litre.",
    "The permanent secretary visited our office. Everybody pretended to be busy.",
    "I have worked in the civil service for 14 years, since I finished at UNILAG in 2010.",
]

NAIROBI = [
    "Took a matatu to town again; the fare is now KSh 150 and the driver played music all the way.",
    "The boda boda guys at the stage know me by now. Rent is KSh 30,000 this year.",
    "Our harambee for the school raised more than we hoped. The colour of the new classrooms is lovely.",
    "I am in Job Group K at the ministry and the promotion list is late again.",
]


def _wxr(tmp_path: Path, texts: list[str]) -> Path:
    items = [
        {"post_id": str(100 + i), "title": f"Note {i}", "content": f"<p>{texts[i % len(texts)]}</p>",
         "post_date": f"2025-01-{1 + i:02d} 21:00:00", "post_date_gmt": f"2025-01-{1 + i:02d} 20:00:00"}
        for i in range(18)
    ]
    return build_wxr(tmp_path / "desk.WordPress.2025-09-01.xml", items)


def test_lagos_blog_ranks_nigeria_first(tmp_path: Path) -> None:
    doc = _scan(_wxr(tmp_path, LAGOS))
    top = doc["style"]["locale_candidates"][0]
    assert top["locale"] == "NG", doc["style"]["locale_candidates"][:3]
    style006 = _by_rule(doc, "STYLE006")[0]
    assert style006["message"].split(": ", 1)[1].startswith("Nigeria (nothing against it)")
    assert "NGN" in _by_rule(doc, "STYLE005")[0]["message"]
    assert any("Nigeria" in f["message"] for f in _by_rule(doc, "STYLE002"))
    values = {(f.get("clue") or {}).get("value") for f in doc["findings"] if f["rule"].startswith("SELF")}
    assert "civil-service grade: grade level 12" in values
    assert "civil service, 14 years" in values
    assert any(v.startswith("UNILAG, finished in 2010") for v in values), values


def test_nairobi_blog_ranks_kenya_first(tmp_path: Path) -> None:
    doc = _scan(_wxr(tmp_path, NAIROBI))
    assert doc["style"]["locale_candidates"][0]["locale"] == "KE", doc["style"]["locale_candidates"][:3]
    assert "KES" in _by_rule(doc, "STYLE005")[0]["message"]
    values = {(f.get("clue") or {}).get("value") for f in doc["findings"] if f["rule"] == "SELF010"}
    assert "civil-service grade: job group k" in values


def test_british_spelling_alone_is_a_tie_not_a_lead(tmp_path: Path) -> None:
    """Ten varieties write "litre": the summary names them as a tie, not "Australia
    (nothing against it)" first because its code sorts first."""
    draft = tmp_path / "note.txt"
    draft.write_text("The colour of the centre was grey. Fuel went up again per litre; "
                     "I realised the theatre was closed.\n", encoding="utf-8")
    doc = _scan(draft)
    message = _by_rule(doc, "STYLE006")[0]["message"]
    assert "tied, nothing in the text tells them apart" in message, message
    assert "Nigeria" in message and "Kenya" in message
    assert not message.split(": ", 1)[1].startswith("Australia (nothing against it)")


def test_walkthrough_probes_as_txt(tmp_path: Path) -> None:
    probes = {
        "a.txt": "I have worked in the civil service for 14 years, since I finished at UNILAG in 2010.\n",
        "c.txt": "My daughter starts JSS1 next month. As a Grade Level 12 officer I cannot keep up. "
                 "Fuel is now ₦1,200 a litre.\n",
        "e.txt": "Fuel now costs ₦1,200 per litre and rent is KSh 30,000. Last year fuel was ₦650 "
                 "and rent KSh 25,000.\n",
        "f.txt": "Fuel now costs ₦1,200 per litre and rent is KSh 30,000.\n",
    }
    for name, text in probes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    a = {(f.get("clue") or {}).get("value") for f in _scan(tmp_path / "a.txt")["findings"]}
    assert {"civil service, 14 years"} <= a and any(str(v).startswith("UNILAG, finished in 2010") for v in a)
    c = {(f.get("clue") or {}).get("value") for f in _scan(tmp_path / "c.txt")["findings"]}
    assert "civil-service grade: grade level 12" in c
    e = _by_rule(_scan(tmp_path / "e.txt"), "STYLE005")
    assert e and "NGN x2" in e[0]["message"] and "KES x2" in e[0]["message"]
    # The walkthrough's sentence: one amount in each currency names both countries, at low
    # confidence, and the two are said to be tied.
    f = _scan(tmp_path / "f.txt")
    assert "NGN x1, KES x1" in _by_rule(f, "STYLE005")[0]["message"]
    style006 = _by_rule(f, "STYLE006")[0]
    assert style006["confidence"] == "low" and "2 tied" in style006["message"]


def test_redacted_report_hides_the_institution(tmp_path: Path) -> None:
    draft = tmp_path / "a.txt"
    draft.write_text("I have worked in the civil service for 14 years, since I finished at UNILAG in "
                     "2010.\n", encoding="utf-8")
    result = run("scan", str(draft), "--format", "json", "-q", "--redact")
    assert result.exit_code in (0, 1)
    assert "UNILAG" not in result.stdout


def test_vocabulary_senses_that_are_not_the_variety() -> None:
    ev = dialect.collect(["I spilled coffee on seat 14C", "Chanting with a japa mala",
                          "Stains on seat covers"])
    assert not ev.vocabulary
    ev = dialect.collect(["Oga is not on seat, abeg come back tomorrow", "I want to japa next year"])
    assert sum(ev.vocabulary["NG"].values()) == 4


# ---------------------------------------------------------------- red team rev8a (same day),
# items 5, 6 and 14: a camera, a phone, a music exam and a game level were civil-service
# grades; an employer's acronym after "I finished at" was a university with a birth year;
# thyroid tests and shell versions were shillings, Audi RS models rupees.

NOT_A_GRADE = [
    "my G7 X finally arrived", "My G6 keeps crashing", "my grade 7 is on saturday",
    "I'm on grade 6 now, the pieces are getting hard",
    "As an AA member I get free breakdown cover at the department store",
    "As an SEO specialist I work with the marketing department", "I'm on GS 12 in Runescape now",
    "my el 2 build is finally done", "I'm a G6 climber now",
]


@pytest.mark.parametrize("text", NOT_A_GRADE)
def test_a_bare_grade_needs_the_civil_service(text: str) -> None:
    assert not [d for d in disclosure.find(text, 2026) if d.value.startswith("civil-service grade")]


@pytest.mark.parametrize(("text", "value"), [
    ("As a G7 in DWP I see this", "g7"), ("I'm a Grade 7 in the civil service", "grade 7"),
    ("I'm a GS-13 at the IRS", "gs-13"), ("As an HEO in the Home Office I draft these", "heo"),
    ("As an SEO at HMRC I see this", "seo"), ("I'm on GL 14 now", "gl 14"),
])
def test_a_grade_with_the_service_is_found(text: str, value: str) -> None:
    assert [(d.value, d.severity) for d in disclosure.find(text, 2026) if d.rule_id == "SELF010"] == [
        (f"civil-service grade: {value}", "high")]


def test_camera_and_music_talk_in_a_blog_gives_no_grade(tmp_path: Path) -> None:
    items = [{"post_id": str(200 + i), "title": f"Note {i}", "content": f"<p>{t}</p>",
              "post_date": f"2025-02-{1 + i:02d} 21:00:00", "post_date_gmt": f"2025-02-{1 + i:02d} 20:00:00"}
             for i, t in enumerate(NOT_A_GRADE)]
    doc = _scan(build_wxr(tmp_path / "hobby.WordPress.2025-09-01.xml", items))
    values = [(f.get("clue") or {}).get("value") or "" for f in _by_rule(doc, "SELF010")]
    assert not [v for v in values if v.startswith("civil-service grade")], values


@pytest.mark.parametrize("text", [
    "since I finished at the BBC in 2012 I have freelanced", "I finished at IBM in 2019 and joined a startup",
    "I finished at ASDA in 2015, then moved to Tesco", "since I finished at IKEA I sleep better",
    "I finished at NASA in 2020", "I finished at HMRC in 2018", "I finished at Unilever in 2015",
])
def test_finishing_at_an_employer_is_no_education(text: str) -> None:
    assert [d.value for d in disclosure.find(text, 2026) if d.rule_id == "SELF017"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("since I finished at UNILAG in 2010", "UNILAG, finished in 2010 (a degree at 21-24: born 1986-1989)"),
    ("I graduated from UNIBEN in 2012", "UNIBEN, finished in 2012 (a degree at 21-24: born 1988-1991)"),
    ("I finished my degree at LASU in 2014", "LASU, finished in 2014 (a degree at 21-24: born 1990-1993)"),
    ("since I finished at KNUST", "KNUST"),
])
def test_finishing_at_a_university_is_education(text: str, value: str) -> None:
    assert [d.value for d in disclosure.find(text, 2026) if d.rule_id == "SELF017"] == [value]


@pytest.mark.parametrize("text", [
    "my TSH 4.5 results came back", "my free T4 was 12 and tsh 0.8", "ksh 93 has better arrays",
    "ush 2 more", "Audi RS 3 vs RS 6",
])
def test_letters_in_another_case_are_no_currency(text: str) -> None:
    assert dialect.find_currency(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("rent is KSh 30,000", "KES"), ("Ksh. 500", "KES"), ("KSH 30,000", "KES"), ("TSh 2,000", "TZS"),
    ("TSH 4,500 for the bus", "TZS"), ("USh 5000", "UGX"), ("Rs. 500 only", "INR"), ("rs 1,500", "INR"),
])
def test_letter_symbols_as_written_or_before_grouped_thousands(text: str, code: str) -> None:
    assert [c for c, _ in dialect.find_currency(text)] == [code]


def test_a_thyroid_blog_names_no_shilling(tmp_path: Path) -> None:
    texts = ["my TSH 4.5 results came back, the GP wants a retest", "free T4 was 12 and tsh 0.8 this time",
             "switched the scripts from ksh 93 to bash", "the Audi RS 3 vs RS 6 debate again"]
    items = [{"post_id": str(300 + i), "title": f"Note {i}", "content": f"<p>{t}</p>",
              "post_date": f"2025-03-{1 + i:02d} 21:00:00", "post_date_gmt": f"2025-03-{1 + i:02d} 20:00:00"}
             for i, t in enumerate(texts)]
    doc = _scan(build_wxr(tmp_path / "health.WordPress.2025-09-01.xml", items))
    assert _by_rule(doc, "STYLE005") == [] or not any(
        c in _by_rule(doc, "STYLE005")[0]["message"] for c in ("TZS", "KES", "INR", "UGX"))

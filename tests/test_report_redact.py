"""--redact: evidence, clue values and quoted text masked in every format."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _report_samples import sample_report
from nymaudit.report import html, json_report, markdown, sarif
from nymaudit.report.redact import mask, mask_offsets, mask_quotes, mask_tree, redact_report

SECRETS = (
    "Horsforth", "orsforth", "jane.doe", "leeds.gov", "Xk2abc123DEFgh", "abc123", "900123",
    "07700", "octocat", "alert(1)", "Leeds", "youtu.be", "שלום", "مرحبا", "🇬🇧",
    "work <emails>", "work &lt;emails&gt;",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Horsforth", "***"),
        ("I live in Horsforth, near Leeds!", "*** *** *** ***, *** ***!"),
        ("see (https://www.leeds.gov.uk/planning?x=1).", "*** (https://***/***)."),
        ("https://contoso.sharepoint.com", "https://***"),
        ("mail jane.doe@leeds.gov.uk now", "*** ***@*** ***"),
        ("07700 900123", "*** ***"),
        ("53.84123, -1.63912 (near Horsforth, GB)", "***.***, -***.*** (*** ***, ***)"),
        ("06 12 34 56 78", "*** *** *** *** ***"),
        ("שלום עולם", "*** ***"),
        ("héllo wörld", "*** ***"),
        ("café\u0301", "***"),
        ("flag 🇬🇧 here", "*** *** ***"),
        ("evil\u202eliam", "***"),
        ("a|b `x` <b>", "***|*** `***` <***>"),
        ("", ""),
        ("  \n\t", "  \n\t"),
    ],
)
def test_mask_examples(text, expected):
    assert mask(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_mask_is_idempotent_and_leaves_no_letter_or_digit(text):
    masked = mask(text)
    assert mask(masked) == masked
    # Not even a word's first character: initials gave away coordinates to a tenth of
    # a degree and half of a phone number's digits.
    # A URL keeps its scheme ("https://***"): hypothesis once drew "A://".
    unschemed = re.sub(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}://", "", masked)
    assert not any(ch.isalnum() for ch in unschemed), (text, masked)
    # Away from URLs and e-mail addresses, every run of masked characters is one fixed "***"
    # (eleventh session: a word's length was kept before), the rest character for character.
    if "://" not in text and "@" not in text:
        assert len(re.sub(r"\*+", "*", masked)) <= len(text)
        assert not re.search(r"(?<!\*)\*{1,2}(?!\*)|\*{4,}", masked), (text, masked)


URLISH = st.lists(
    st.sampled_from(list("ab:/@.x ?#-()é1\u202e»\"*\xad")
                    + ["://", "https://", "www.", ".co.uk", "@x.org"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(URLISH)
def test_mask_is_idempotent_on_url_and_address_shapes(text):
    masked = mask(text)
    assert mask(masked) == masked


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[A-Za-z]{4,12}", fullmatch=True), st.text(max_size=40))
def test_no_word_of_four_letters_survives(word, context):
    masked = mask(f"{context} {word} {context}")
    assert word not in masked.split()
    assert word[1:] not in masked


def test_mask_is_linear_on_huge_text():
    big = ("Horsforth jane@x.org https://a.example/x " * 120_000)[:5_000_000]
    started = time.perf_counter()
    masked = mask(big)
    assert time.perf_counter() - started < 20  # a generous bound against a quadratic blow-up
    assert "Horsforth" not in masked


def test_mask_quotes_only_touches_quoted_text():
    message = 'Named «Horsforth» and "Leeds Road" and “Kirkstall” 3 times'
    assert mask_quotes(message) == 'Named «***» and "*** ***" and “***” 3 times'
    assert mask_quotes('an unclosed "quote and «more') == 'an unclosed "quote and «more'


def test_mask_tree_masks_text_keys_only():
    tree = {
        "value": "Leeds",
        "probability": 0.5,
        "nested": [{"evidence": ["Horsforth station"], "count": 3, "zone": "Europe/London"}],
        "words": {"Jane Doe": 1000},
        "habits": [{"feature": "whilst", "kind": "word", "examples": ["I went whilst"]}],
    }
    out = mask_tree(tree)
    assert out == {
        "value": "***",
        "probability": 0.5,
        "nested": [{"evidence": ["*** ***"], "count": 3, "zone": "Europe/London"}],
        "words": {"*** ***": 1000},
        "habits": [{"feature": "whilst", "kind": "word", "examples": ["*** *** ***"]}],
    }


def test_redact_report_leaves_the_original_untouched():
    report = sample_report(redacted=True)
    before = [f.evidence for f in report.findings]
    view = redact_report(report)
    assert [f.evidence for f in report.findings] == before
    assert view.findings[1].evidence.startswith("*** ***")
    assert view.findings[0].title == report.findings[0].title  # rule titles stay
    assert view.findings[0].advice == report.findings[0].advice
    assert redact_report(sample_report()) is not None
    plain = sample_report()
    assert redact_report(plain) is plain


def _outputs(report):
    return {
        "json": json_report.render(report),
        "markdown": markdown.render(report),
        "html": html.render(report),
        "sarif": sarif.render(report, base_dir="/nonexistent"),
    }


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "sarif"])
def test_every_format_masks_evidence_clues_and_quotes(fmt):
    redacted = _outputs(sample_report(redacted=True))[fmt]
    plain = _outputs(sample_report())[fmt]
    leaked = [s for s in SECRETS if s in redacted]
    assert not leaked, f"{fmt} leaks {leaked}"
    assert "Horsforth" in plain  # the test would notice if nothing was ever shown
    # Rule titles and advice stay readable.
    assert "Share link carries a tracking ID" in redacted
    assert "Name the region, not the town" in redacted


def test_sarif_drops_clue_values_when_redacted():
    doc = json.loads(sarif.render(sample_report(redacted=True)))
    props = [r["properties"] for r in doc["runs"][0]["results"]]
    assert all("clueValue" not in p for p in props)
    assert any(p.get("clueKind") == "location" for p in props)
    plain = json.loads(sarif.render(sample_report()))
    assert any(r["properties"].get("clueValue") == "Horsforth, Leeds, GB"
               for r in plain["runs"][0]["results"])


def test_masking_urls_needs_no_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("redaction tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert mask("https://www.bbc.co.uk/news?id=1") == "https://***/***"
    assert mask("a@planning.leeds.gov.uk") == "***@***"


def test_messages_lose_their_own_evidence_even_unquoted():
    report = sample_report(redacted=True)
    report.findings[1].message = "3 mentions within 15 km of Horsforth, Leeds: horsforth x2"
    report.findings[0].message = "Horsforth named again in another finding's message; 2025 posts"
    view = redact_report(report)
    # The place's names as one fixed "***" (seventh session; their shape gave the town's length).
    assert view.findings[1].message == "3 mentions within 15 km of ***, ***: *** x2"
    # A name from another finding's evidence is masked too; counts stay readable.
    assert view.findings[0].message.startswith("*** named again")
    assert view.findings[0].message.endswith("2025 posts")


def test_mask_known_replaces_whole_values_first():
    from nymaudit.report.redact import mask_known

    message = "GPS position: 53.841214, -1.638522 (near Horsforth)"
    out = mask_known(message, ["53.841214, -1.638522 (near Horsforth)"])
    assert out == "GPS position: ***.***, -***.*** (*** ***)"
    assert mask_known("nothing to hide", ["the"]) == "nothing to hide"


def test_redacted_records_keep_their_field_names():
    """A list of records under a text key (style evidence) keeps its keys: only the
    values are the writer's text, and the redacted report keeps its shape."""
    tree = {"evidence": [{"kind": "spelling", "feature": "colour", "count": 3}]}
    assert mask_tree(tree) == {"evidence": [{"kind": "***", "feature": "***", "count": 3}]}


def test_scan_with_known_redacts_labels_and_shared_words(tmp_path):
    """End to end: a known corpus labelled with a real name, and a rare name both sides
    repeat, must not survive --redact anywhere in the JSON report."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    body = ("I walked past Thistlethwaite Wrexham again today, and honestly the queue was long. "
            "We talked about the weather, the trains and the council budget for a while. ")
    pseudo, known = tmp_path / "pseudo", tmp_path / "known"
    pseudo.mkdir()
    known.mkdir()
    for i in range(12):
        (pseudo / f"p{i}.txt").write_text(body * 12)
        (known / f"k{i}.txt").write_text(body * 14)
    result = CliRunner().invoke(app, ["scan", str(pseudo), "--known", f"Jane Smith={known}",
                                      "--redact", "--format", "json", "-q"])
    assert result.exit_code in (0, 1), result.output
    doc = json.loads(result.stdout)
    assert doc["linkage"]["candidates"], "linkage ran"
    text = json.dumps(doc)
    for secret in ("Jane Smith", "Smith", "thistlethwaite", "Thistlethwaite", "wrexham", "Wrexham"):
        assert secret not in text, secret


def test_a_lower_case_label_is_masked_in_every_format(tmp_path):
    """A label written in lower case ("jsmethurst") is no capitalised name, yet it is as
    identifying: the red-team found it in MATCH002's message in every format, SARIF
    (redacted by default) included."""
    from typer.testing import CliRunner

    from nymaudit.cli import app, demo_root

    known = demo_root() / "known"
    for fmt in ("json", "sarif", "markdown", "html", "terminal"):
        result = CliRunner().invoke(app, ["demo", "--known", f"qx smethwick={known}", "--redact",
                                          "--format", fmt, "-q"], env={"NO_COLOR": "1"})
        assert result.exit_code in (0, 1), result.output
        assert "MATCH" in result.stdout or fmt == "terminal"
        assert "smethwick" not in result.stdout.lower(), fmt


@pytest.mark.parametrize("value", ["LS18 5PQ", "07700 900418", "203.0.113.55", "Sunderland 2024",
                                   "Jane Smith", "1700000000", "212-555-1999", "415 555 2016",
                                   "1999-555-0123", "2001:4860:4860::8888", "2012 AM", "May 12 1987, 221B"])
def test_error_lines_do_not_quote_what_only_sits_where_a_date_should(value):
    """Input error lines quote a bad value only when it is a date: a postcode, phone
    number or IP address in a date field must not reach stderr or a report (a
    redacted SARIF quoted 'LS18 5PQ')."""
    from nymaudit.sources.common import short

    assert value not in short(value)


@pytest.mark.parametrize("value", ["2024-13-45", "Mon Mar 03 25:00:00 +0000 2025", "30th February 2023",
                                   "Tue, 31 Feb 2024 10:00:00 GMT", "2024-03-01T25:61:00Z", "31/02/2024",
                                   "2024-02-30 10:00"])
def test_error_lines_still_quote_bad_dates(value):
    from nymaudit.sources.common import short

    assert short(value) == repr(value)


def test_a_postcode_in_a_date_field_stays_out_of_check_sarif(tmp_path):
    from typer.testing import CliRunner

    from nymaudit.cli import app

    draft = tmp_path / "_posts" / "2024-03-04-p.md"
    draft.parent.mkdir()
    draft.write_text('---\ntitle: P\ndate: "LS18 5PQ"\n---\n\nA short note.\n')
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "sarif", "-q"])
    assert "unparseable date" in result.stdout
    assert "LS18" not in result.stdout and "5PQ" not in result.stdout


def test_a_label_that_is_an_everyday_word_leaves_other_messages_readable():
    from typer.testing import CliRunner

    from nymaudit.cli import app, demo_root

    result = CliRunner().invoke(app, ["demo", "--known", f"the={demo_root() / 'known'}", "--redact",
                                      "--format", "json", "-q"])
    findings = json.loads(result.stdout)["findings"]
    meta = next(f for f in findings if f["rule"] == "META001")
    assert "the platform" in meta["message"] and "t** " not in meta["message"]


def test_a_label_in_an_input_error_about_its_corpus_is_masked(tmp_path):
    """An unreadable known corpus is an input error that names its label ("known writing
    'jsmethurst'"): masked like the linkage findings, in SARIF by default."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    known = tmp_path / "kb.zip"
    known.write_bytes(b"PK\x03\x04garbage")
    pseudo = tmp_path / "pb"
    pseudo.mkdir()
    (pseudo / "p.txt").write_text("A note about the weather.")
    result = CliRunner().invoke(app, ["scan", str(pseudo), "--known", f"jsmethurst={known}",
                                      "--format", "sarif", "-q"])
    assert "known writing" in result.stdout and "jsmethurst" not in result.stdout


def test_the_path_of_an_unreadable_known_corpus_is_masked(tmp_path):
    """A known corpus's path often holds the real name it stands for
    (~/Documents/jane-smith/): when it cannot be read, the input error's location and
    evidence are that path, and --redact masks both, in every format."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    pseudo = tmp_path / "pb"
    pseudo.mkdir()
    (pseudo / "p.txt").write_text("A note about the weather.")
    # There but unreadable (a path that is not there at all is a usage error, exit 2).
    known = tmp_path / "JaneSmithEssays" / "essays.zip"
    known.parent.mkdir()
    known.write_bytes(b"PK\x03\x04 cut short")
    for fmt in ("json", "sarif", "markdown", "html", "terminal"):
        result = CliRunner().invoke(app, ["scan", str(pseudo), "--known", f"js={known}",
                                          "--format", fmt, "--redact", "-q"], env={"NO_COLOR": "1"})
        assert "known w" in result.stdout, fmt
        assert "JaneSmithEssays" not in result.stdout, fmt
    plain = CliRunner().invoke(app, ["scan", str(pseudo), "--known", f"js={known}", "--format", "json"])
    assert "JaneSmithEssays" in plain.stdout  # without --redact the user sees which path failed


def test_a_stated_offset_reads_utc_offset_when_redacted(tmp_path):
    """TIME007's evidence "UTC+01:00 (6 posts)" is masked, but the message's own words
    ("the UTC offset") stay readable: it read "the U** offset" before."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(3):
        front = f"---\ntitle: t{i}\ndate: 2024-05-0{i + 1}T10:00:00+01:00\n---\n"
        (drafts / f"d{i}.md").write_text(front + "Hi.\n")
    report = json.loads(CliRunner().invoke(app, ["scan", str(drafts), "--format", "json", "--redact"]).stdout)
    leak = next(f for f in report["findings"] if f["rule"] == "TIME007")
    assert "UTC offset" in leak["message"] and "+01:00" not in json.dumps(report)


def test_folders_above_an_absolute_input_are_not_shown_when_redacted(tmp_path):
    """The folders above an input often name the user (/home/marie.lefebvre/blog);
    META019 rates that high in a file's metadata, so a redacted report shows every
    path from the input's own folder on, in every format. Without --redact the path
    is the user's own and is kept."""
    from typer.testing import CliRunner

    from archive_builders import build_jekyll_blog
    from nymaudit.cli import app

    photo = (Path(__file__).parent / "fixtures" / "metadata" / "camera_gps_serial.jpg").read_bytes()
    site = build_jekyll_blog(tmp_path / "home" / "marie.lefebvre" / "blog", [{
        "name": "2024-05-01-walk.md", "front": {"title": "Walk", "date": "2024-05-01"},
        "body": "A walk.\n\n![view](/assets/img/photo.jpg)\n"}], files={"assets/img/photo.jpg": photo})
    for fmt in ("json", "sarif", "markdown", "html", "terminal"):
        out = CliRunner().invoke(app, ["scan", str(site), "--format", fmt, "--redact"],
                                 env={"NO_COLOR": "1", "COLUMNS": "200"})
        assert "marie" not in out.stdout.lower(), fmt
        assert "blog" in out.stdout, fmt
    plain = CliRunner().invoke(app, ["scan", str(site), "--format", "json"])
    assert "marie.lefebvre" in plain.stdout


def test_a_drafts_site_and_a_config_key_path_are_masked(tmp_path):
    """Review of 29 November: a draft given on its own reads the images it embeds from
    its site, whose absolute folder (…/marie.lefebvre/blog) reached the redacted report;
    and a site configuration's key path (authors.marie_lefebvre.email) stayed readable
    as the record of its findings."""
    from typer.testing import CliRunner

    from archive_builders import write_tree
    from nymaudit.cli import app

    photo = (Path(__file__).parent / "fixtures" / "metadata" / "camera_gps_serial.jpg").read_bytes()
    site = write_tree(tmp_path / "home" / "marie.lefebvre" / "blog", {
        "_config.yml": "title: Ward Notes\nauthors:\n  marie_lefebvre:\n    email: m.l@proton.me\n",
        "_posts/2024-05-01-walk.md": "---\ntitle: Walk\n---\nA walk.\n",
        "_drafts/new.md": "---\ntitle: Rota\n---\n\nSee the photo: ![](/assets/img/balcony.jpg)\n",
        "assets/img/balcony.jpg": photo,
    }, zip=False)
    for args in (["scan", str(site / "_drafts" / "new.md")], ["check", str(site / "_drafts" / "new.md")],
                 ["scan", str(site)]):
        for fmt in ("json", "sarif"):
            out = CliRunner().invoke(app, [*args, "--format", fmt, "--redact"], env={"NO_COLOR": "1"})
            assert "marie" not in out.stdout.lower(), (args, fmt)
            assert "balcony" not in out.stdout or "blog" in out.stdout


def test_timing_messages_mask_zones_offsets_and_regions_but_not_the_tools_words(tmp_path):
    """The zones, offset, region names, weekend and daylight-saving rule are the clue
    itself: masked in the messages too (two-letter codes and the halves of a zone name
    escaped the word masks). The tool's words around them ("working days", "the
    clocks") stay readable."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    plain = json.loads(CliRunner().invoke(app, ["demo", "--format", "json"]).stdout)
    redacted = json.loads(CliRunner().invoke(app, ["demo", "--format", "json", "--redact"]).stdout)
    timing = plain["timing"]
    secrets = [z["zone"] for z in timing["zone_candidates"][:3]] + ["Europe/", "/London", "UTC+00:00"]
    messages = " ".join(f["message"] for f in redacted["findings"] if f["category"] == "timing")
    for secret in secrets:
        assert secret not in messages, secret
    assert "working days" in messages and "changes the clocks" in messages
    assert "TIME002" in {f["rule"] for f in redacted["findings"]}


def test_a_habit_named_as_a_clue_leaves_its_message_readable(tmp_path):
    """STYLE014's clue is the habit's own description ("a sign-off formula closing
    posts"): the message read "You use * ****-*** ******* ..." when redacted; the
    writer's actual sign-off (the evidence) is what must be masked."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    lines = [json.dumps({"timestamp": f"2024-03-{1 + i % 28:02d}T20:00:00Z",
                         "text": f"Another note about the allotment, number {i}.\n\nCheers, Jo Bloggs"})
             for i in range(40)]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = json.loads(CliRunner().invoke(app, ["scan", str(path), "--format", "json", "--redact"]).stdout)
    (habit,) = [f for f in report["findings"] if f["rule"] == "STYLE014"]
    assert "a sign-off formula closing posts" in habit["message"]
    assert "Bloggs" not in json.dumps(report)


def test_the_timing_section_is_masked_like_its_messages_and_stays_valid():
    """Red-team of 29 November: the messages masked the zones while the timing block
    (terminal, JSON, Markdown, HTML) printed them. Zones, countries and the rule are
    masked, the dates of breaks in posting left out, and the document still meets the
    schema (its date and weekday fields cannot hold a mask)."""
    from typer.testing import CliRunner

    from nymaudit.cli import app
    from test_report_json import validator

    plain = json.loads(CliRunner().invoke(app, ["demo", "--format", "json"]).stdout)
    out = CliRunner().invoke(app, ["demo", "--format", "json", "--redact"]).stdout
    doc = json.loads(out)
    validator("report").validate(doc)
    assert doc["timing"]["absences"] == [] and plain["timing"]["absences"]
    shown_timing = json.dumps(doc["timing"])
    for item in plain["timing"]["zone_candidates"] + plain["timing"]["country_candidates"]:
        name = item.get("zone") or item.get("country")
        assert f'"{name}"' not in shown_timing, name
    for fmt in ("terminal", "markdown", "html"):
        shown = CliRunner().invoke(app, ["demo", "--format", fmt, "--redact"], env={"NO_COLOR": "1"}).stdout
        assert "Europe/London" not in shown and "2025-07-26" not in shown, fmt


def test_the_redacted_timing_section_leaves_out_the_offset_and_weekend_and_says_so():
    """The messages masked "UTC+00:00" and "Sat-Sun" while the timing section kept
    ``standard_utc_offset_hours: 0.0`` and its candidates beside the masked zone names:
    +05:30 or a Friday-Saturday weekend says where as plainly as a zone. They are left
    out (null / []) and listed under ``redacted``, so every renderer says "masked",
    never "not enough data"; the confidence and the routine stay."""
    from typer.testing import CliRunner

    from nymaudit.cli import app
    from test_report_json import validator

    plain = json.loads(CliRunner().invoke(app, ["demo", "--format", "json"]).stdout)
    assert plain["timing"]["standard_utc_offset_hours"] == 0.0  # London: falsy, hidden all the same
    assert "redacted" not in plain["timing"]
    doc = json.loads(CliRunner().invoke(app, ["demo", "--format", "json", "--redact"]).stdout)
    validator("report").validate(doc)
    timing = doc["timing"]
    assert timing["standard_utc_offset_hours"] is None and timing["offset_candidates"] == []
    assert timing["weekend"] is None and timing["absences"] == []
    assert set(timing["redacted"]) == {
        "standard_utc_offset_hours", "offset_candidates", "weekend", "absences"}
    assert timing["offset_confidence"] == plain["timing"]["offset_confidence"]
    assert timing["hour_weekday_local"] == plain["timing"]["hour_weekday_local"]
    env = {"NO_COLOR": "1", "COLUMNS": "200"}
    for fmt in ("terminal", "markdown", "html"):
        shown = CliRunner().invoke(app, ["demo", "--format", fmt, "--redact"], env=env).stdout
        assert "masked in this redacted report" in shown, fmt
        assert "not enough data" not in shown and "too few" not in shown, fmt
        assert "UTC+00:00" not in shown and "UTC+01:00" not in shown, fmt
        assert "Sat, Sun" not in shown and "Sat-Sun" not in shown, fmt
    shown = CliRunner().invoke(app, ["demo", "--format", "terminal"], env=env).stdout
    assert "masked" not in shown and "UTC+00:00" in shown


def test_every_utc_offset_in_a_message_is_masked_not_only_the_clues():
    """A PDF with times at +00'00' and +01'00': its message named "UTC+00:00, UTC+01:00"
    and only the first (the clue's value) was masked."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    doc = json.loads(CliRunner().invoke(app, ["demo", "--format", "json", "--redact"]).stdout)
    messages = [f["message"] for f in doc["findings"] if f["rule"] and "offset" in f["message"]]
    assert any("records its times with" in m for m in messages)
    assert not any(re.search(r"(UTC|GMT)\s?[+-]\d", m) for m in messages)
    assert "11:00 and 14:00 UTC" in json.dumps(doc)  # a time of day is not an offset
    # A fixed placeholder (sixth session): "***+**:**" kept the sign and the minutes.
    assert mask_offsets("at UTC+05:30 and GMT-3, not 14:00 UTC") == "at *** and ***, not 14:00 UTC"


def test_a_two_letter_handle_in_single_quotes_is_masked():
    assert mask_quotes("X profile 'Wu' and GitHub profile 'zq'") == "X profile '***' and GitHub profile '***'"
    assert mask_quotes("the writer's own words") == "the writer's own words"


def test_style_locales_are_masked_like_the_timing_countries():
    """Review of 29 November: the timing section masked the country while the style
    section and the locale message still said "United Kingdom" and "Scotland"."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    plain = json.loads(CliRunner().invoke(app, ["demo", "--format", "json"]).stdout)
    names = {item["name"] for item in plain["style"]["locale_candidates"]}
    assert "United Kingdom" in names
    from nymaudit.rules import load_rules

    rule_texts = " ".join(r.title + " " + r.why + " " + r.advice for r in load_rules())
    for fmt in ("json", "sarif", "markdown", "terminal"):
        shown = CliRunner().invoke(app, ["demo", "--format", fmt, "--redact"],
                                   env={"NO_COLOR": "1", "COLUMNS": "200"}).stdout
        for name in names:
            if fmt != "json" and name in rule_texts:
                continue  # the rules' own texts name countries as examples ("Australia, New Zealand")
            assert name not in shown, (fmt, name)


def test_a_mastodon_status_url_does_not_name_the_account_in_a_redacted_report(tmp_path):
    """A Mastodon post's record is its status URL, "https://<server>/users/<handle>/statuses/<id>",
    and messages list the records they saw: the server and the handle named the account in
    every format. Under --redact a URL record is masked whole (sixth session: the numeric id
    it kept until then is the status's id, found on the server)."""
    from typer.testing import CliRunner

    from archive_builders import build_mastodon_archive, make_note
    from nymaudit.cli import app

    notes = [make_note(f"10931144500000{i:04d}", f"2022-11-{1 + i:02d}T20:00:00Z",
                       "<p>I work at Leeds City Council, mail me at jo.b@leeds.gov.uk</p>") for i in range(3)]
    export = build_mastodon_archive(tmp_path / "export", notes, zip=True)
    env = {"NO_COLOR": "1", "COLUMNS": "200"}
    for fmt in ("json", "sarif", "markdown", "terminal", "html"):
        shown = CliRunner().invoke(app, ["scan", str(export), "--format", fmt, "--redact"], env=env).stdout
        assert "quiet_pen" not in shown and "social.example" not in shown, fmt
        if fmt == "json":
            records = {f["location"]["record"] for f in json.loads(shown)["findings"]} - {None}
            assert records == {"***"}
        assert "109311445000000000" not in shown, fmt
    plain = CliRunner().invoke(app, ["scan", str(export), "--format", "json"], env=env).stdout
    assert "https://social.example/users/quiet_pen/statuses/109311445000000000" in plain


# --- sixth session (walkthrough of 29 November, items 1, 2, 12) -------------------------------

def _invoke(args: list[str]) -> str:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "200"})
    return result.stdout


_FORMATS = ("terminal", "json", "markdown", "html", "sarif")


def test_tweet_ids_leave_no_trace_in_a_redacted_report(tmp_path):
    """Walkthrough item 1: `scan X-archive.zip --format sarif` (redacted by default) printed 16
    tweet ids in message.text, logicalLocations and properties.record; x.com/i/status/ID opens
    the tweet and shows the handle. The media file names carry the tweet id too."""
    from datetime import UTC, datetime, timedelta

    from archive_builders import build_twitter_archive, make_tweet

    start = datetime(2025, 3, 1, 19, 0, tzinfo=UTC)
    ids = [str(1890000000012345670 + 9_876_543 * i) for i in range(12)]
    tweets = [make_tweet(tweet_id, start + timedelta(days=i, minutes=7 * i),
                         "Coffee near Bryant Park again, I live in Brooklyn. Mail me at jo.b@proton.me",
                         coordinates=(40.7536, -73.9832), media=["GxAbCd0.jpg"] if i == 0 else ())
              for i, tweet_id in enumerate(ids)]
    import io as _io

    from PIL import Image

    buffer = _io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG")
    archive = build_twitter_archive(tmp_path / "twitter-2026-03-01-abc", tweets, zip=True,
                                    media={f"{ids[0]}-GxAbCd0.jpg": buffer.getvalue()})
    plain = _invoke(["scan", str(archive), "--format", "json", "--no-redact"])
    assert ids[0] in plain  # the owner's own report keeps them
    for fmt in _FORMATS:
        shown = _invoke(["scan", str(archive), "--format", fmt] + ([] if fmt == "sarif" else ["--redact"]))
        assert shown.strip(), fmt
        for tweet_id in ids:
            assert tweet_id not in shown, (fmt, tweet_id)
        if fmt == "sarif":
            doc = json.loads(shown)
            assert doc["runs"][0]["properties"]["redacted"] is True
            results = doc["runs"][0]["results"]
            assert {r["properties"].get("record") for r in results} <= {"***", None}
            prints = [r["partialFingerprints"]["nymauditFinding/v1"] for r in results]
            assert len(prints) == len(set(prints))
        if fmt == "json":
            records = {f["location"]["record"] for f in json.loads(shown)["findings"]} - {None}
            assert records == {"***"}


def test_reddit_ids_are_masked_and_the_csv_line_still_finds_the_comment(tmp_path):
    """Walkthrough item 1: `scan reddit_export.zip --redact` showed "record t1_k00041x" and
    "(first: …#t1_k00041x:43, …)"; reddit.com resolves a t1_ id to the comment and its author.
    The line of the CSV row stays: it finds the comment in the owner's own file."""
    from archive_builders import build_reddit_export

    comments = [{"id": f"k{i:05d}x", "permalink": f"/r/manchester/comments/1ab{i:03d}/t/k{i:05d}x/",
                 "date": f"2025-09-{1 + i % 28:02d} 18:{i % 60:02d}:00 UTC", "subreddit": "manchester",
                 "link": f"https://www.reddit.com/r/manchester/comments/1ab{i:03d}/t/",
                 "parent": f"t3_1ab{i:03d}",
                 "body": "Our flat is in Didsbury, I cycle through Didsbury and Withington to work."}
                for i in range(30)]
    export = build_reddit_export(tmp_path / "reddit", comments, [], zip=True)
    plain = json.loads(_invoke(["scan", str(export), "--format", "json", "--no-redact"]))
    assert any((f["location"]["record"] or "").startswith("t1_k") for f in plain["findings"])
    for fmt in _FORMATS:
        shown = _invoke(["scan", str(export), "--format", fmt, "--redact"])
        assert not re.search(r"t[13]_[0-9a-z]{3,}|k\d{5}x|1ab\d{3}", shown), fmt
    doc = json.loads(_invoke(["scan", str(export), "--format", "json", "--redact"]))
    lines = {f["location"]["line"] for f in doc["findings"] if f["location"]["record"] == "***"}
    assert lines and None not in lines
    assert re.search(r"comments\.csv#\*\*\*:\d+", json.dumps(doc))


def test_a_commit_id_is_masked_in_a_redacted_report(tmp_path):
    """A git finding's record is the commit's id, which a forge's search resolves to the
    repository: masked like a tweet id."""
    import os
    import subprocess

    root = tmp_path / "proj"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "quietpen",
                "GIT_AUTHOR_EMAIL": "quietpen@users.noreply.github.com", "GIT_COMMITTER_NAME": "quietpen",
                "GIT_COMMITTER_EMAIL": "quietpen@users.noreply.github.com"})
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    for i in range(3):
        (root / f"f{i}.txt").write_text(f"{i}\n")
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True, env=env)
        subprocess.run(["git", "-C", str(root), "commit", "-q", "-m",
                        f"fix the build, mail me at jo.bloggs@proton.me or call 07700 900123 ({i})"],
                       check=True, capture_output=True, env=env)
    shas = subprocess.run(["git", "-C", str(root), "log", "--format=%H"], check=True, capture_output=True,
                          text=True, env=env).stdout.split()
    plain = json.loads(_invoke(["scan", str(root), "--format", "json", "--no-redact"]))
    assert any(f["location"]["record"] and shas[0].startswith(f["location"]["record"][:7]) or
               any(s[:12] == f["location"]["record"] for s in shas) for f in plain["findings"])
    for fmt in _FORMATS:
        shown = _invoke(["scan", str(root), "--format", fmt, "--redact"])
        for sha in shas:
            assert sha[:7] not in shown, (fmt, sha)


@pytest.mark.parametrize(("record", "path", "shown"), [
    ("1890000000012345670", "x.zip!data/tweets.js", "***"),
    ("t1_k00041x", "r.zip!comments.csv", "***"),
    ("t3_1ab000", "r.zip!posts.csv", "***"),
    ("913b42ad1949", "proj/.git", "***"),
    ("https://social.example/users/quiet_pen/statuses/109311445000000000", "o.zip!outbox.json", "***"),
    ("wp-post-12", "blog.xml", "wp-post-12"),
    ("_posts/2024-01-01-hello.md", "site/_posts/2024-01-01-hello.md", "_posts/2024-01-01-hello.md"),
    ("outbox.json#3", "o.zip!outbox.json", "outbox.json#3"),
    ("timezone", "site/_config.yml", "timezone"),
    ("author.email", "site/_config.yml", "author.email"),
    ("CNAME", "site/CNAME", "CNAME"),
])
def test_which_records_a_redacted_report_keeps(record, path, shown):
    from nymaudit.report.redact import redact_record

    assert redact_record(record, path) == shown


def test_record_ids_in_messages_and_errors():
    from nymaudit.report.redact import mask_record_ids

    assert mask_record_ids("in 3 posts (first: comments.csv#t1_k00041x:43, comments.csv#t1_k00154x:156, …)") \
        == "in 3 posts (first: comments.csv#***:43, comments.csv#***:156, …)"
    assert mask_record_ids("record 5 (id t1_k00041x): bad date") == "record 5 (id ***): bad date"
    assert mask_record_ids("records 1890000000012345670, 1890000000022222213") == "records ***, ***"
    assert mask_record_ids("x.zip!data/tweets_media/1890000000061728350-GxAbCd1.jpg") \
        == "x.zip!data/tweets_media/***-GxAbCd1.jpg"
    assert mask_record_ids("records 913b42ad1949, 7c7469059754") == "records ***, ***"
    # what is no id stays: counts, years, times, a wp post, a blog file
    kept = "12 of 1,234,567 posts in 2024 at 14:00 (blog.xml#wp-post-12, a.md#body:4)"
    assert mask_record_ids(kept) == kept


def test_the_tools_own_words_stay_readable_and_habit_names_too():
    """Walkthrough item 12: "2 ******* by 1 other identity", "lower ****", "ALL ****": the
    evidence held "commits" (the tool's words) and "edge case" (the writer's), and "CAPS" of
    a habit's name was hunted as a name in every message."""
    import dataclasses

    from nymaudit.model import Origin, Report
    from nymaudit.rules import rule

    git = Origin("proj/.git")
    findings = [
        rule("SELF004").finding(
            "The history also holds 2 commits by 1 other identity: if one of them is yours, it names "
            "the pseudonym.",
            "Arjun Venkataraman <arjun.venkataraman@infosys.com> (2 commits, 2025-02-02 to 2025-02-03)",
            git, clue_value="Arjun Venkataraman <arjun.venkataraman@infosys.com>"),
        rule("STYLE012").finding(
            "You use sentences starting in lower case 118 times in 588 words: 200.68 per 1000 against a "
            "typical 5.0 (40.1x).", "add tests for the colour c | fix parser edge case in Whitefield",
            git, clue_value="sentences starting in lower case"),
        rule("STYLE012").finding(
            "You use words in ALL CAPS for emphasis 6 times in 588 words: 10.2 per 1000 against a typical "
            "2.0 (5.1x).", "NEVER again | REALLY not", git, clue_value="words in ALL CAPS for emphasis"),
    ]
    report = Report(tool_version="0", inputs=[], findings=findings, redacted=True)
    shown = redact_report(report)
    messages = [f.message for f in shown.findings]
    assert "2 commits by 1 other identity" in messages[0]
    assert "sentences starting in lower case 118 times" in messages[1]
    assert "words in ALL CAPS for emphasis" in messages[2]
    assert shown.findings[1].clue.value == "sentences starting in lower case"  # the tool's name of a habit
    text = json.dumps([dataclasses.asdict(f) for f in shown.findings], default=str)
    for secret in ("Arjun", "Venkataraman", "infosys", "Whitefield", "NEVER", "REALLY", "parser"):
        assert secret not in text, secret


def test_zones_countries_and_offsets_are_masked_without_their_shape():
    """Walkthrough item 12: "****/*******" beside "+**:**" narrowed to the few zones with a
    half-hour offset. Zone, country, rule and offset show as one fixed "***" in the messages,
    the clues, the dossier and the timing section."""
    plain = json.loads(_invoke(["demo", "--format", "json"]))
    doc = json.loads(_invoke(["demo", "--format", "json", "--redact"]))
    timing = doc["timing"]
    assert timing["zone_candidates"] and {z["zone"] for z in timing["zone_candidates"]} == {"***"}
    assert {c["country"] for c in timing["country_candidates"]} == {"***"}
    for item in doc["profile"]["clues"].get("timezone", []) + doc["profile"]["clues"].get("country", []):
        assert item["value"] == "***"
    timing_messages = " ".join(f["message"] + " " + f["evidence"] for f in doc["findings"]
                               if f["category"] == "timing")
    assert not re.search(r"\*+/\*+|\+\*|[+\-\u2212]\*\*:\*\*", timing_messages), timing_messages
    assert "Likely zones: *** (" in timing_messages
    zones = {z["zone"] for z in plain["timing"]["zone_candidates"]}
    for fmt in ("terminal", "markdown", "html"):
        shown = _invoke(["demo", "--format", fmt, "--redact"])
        # A zone's shape: since the eleventh session every masked word is "***", so "***/***"
        # (any "and/or" of a post) says nothing; a longer run would be a length kept.
        assert not re.search(r"(?<![/*\w])\*{3,}/\*{3,}(?![/*])", shown.replace("***/***", "")), fmt
        assert not zones & set(re.findall(r"[A-Z][a-z]+/[A-Za-z_]+", shown)), fmt


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _check_in(folder: Path, args: list[str]) -> str:
    """`nymaudit check` run from inside the site with relative paths, as a user types it."""
    import os

    from typer.testing import CliRunner

    from nymaudit.cli import app

    here = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(app, ["check", *args]).stdout
    finally:
        os.chdir(here)


def test_a_drafts_local_image_paths_are_masked_in_a_redacted_check(tmp_path):
    """Red-team 2026-11-29 item 2: a draft pasted in Typora, Obsidian or VS Code embeds
    absolute local paths; the "embeds X, which was not checked" error echoed the home
    folder and the user's real name into the (by default redacted) SARIF report."""
    site = _site(tmp_path, {
        "_config.yml": "title: x\n",
        "_drafts/typora.md": "---\ntitle: t\n---\n"
                             "![img](/Users/marielefebvre/Desktop/Horsforth%20garden.jpg)\n"
                             '<img src="C:\\Users\\Marie Lefebvre\\Pictures\\garden.jpg">\n',
    })
    shown = _check_in(site, ["--format", "sarif", "--", "_drafts/typora.md"])
    assert "which was not checked: no such file in the site" in shown
    assert ".jpg, which was not checked" in shown  # the kind of file stays
    for secret in ("marielefebvre", "Marie", "Lefebvre", "Horsforth", "Desktop", "Pictures"):
        assert secret not in shown, secret
    plain = _check_in(site, ["--format", "sarif", "--no-redact", "--", "_drafts/typora.md"])
    assert "/Users/marielefebvre/Desktop/Horsforth garden.jpg" in plain


def test_a_home_folder_in_an_input_error_is_masked():
    from nymaudit.report.redact import redact_input_error

    text = redact_input_error("git log failed: fatal: bad config line 6 in file /home/jane.doe/b/.git/config")
    assert "jane" not in text and "/home/" in text and "/b/.git/config" in text
    assert "Marie" not in redact_input_error(r"cannot read C:\Users\Marie Lefebvre\x.txt")


def test_names_in_file_names_and_key_paths_are_masked_everywhere(tmp_path):
    """Red-team item 6: the town in a post's slug and the person in an image's file name,
    an author page's name and a data file's key path ("marie_lefebvre.email": "_" is a
    word break here) stayed readable in paths, records and "first: ..." lists."""
    site = _site(tmp_path, {
        "_config.yml": "title: x\n",
        "_posts/2024-03-01-notes-from-horsforth-1.md":
            "---\ntitle: Week 1\n---\nI live in Horsforth and I work at Contoso Analytics.\n",
        "_posts/2024-03-08-more-from-horsforth.md": "---\ntitle: Week 2\n---\nI grew up in Horsforth.\n",
        "_data/authors.yml":
            "marie_lefebvre:\n  name: Marie Lefebvre\n  email: marie.lefebvre@proton.me\n",
        "_authors/marie.md": "---\nname: Marie Lefebvre\n---\nMarie writes about Contoso.\n",
    })
    inputs = ["_posts/2024-03-01-notes-from-horsforth-1.md", "_posts/2024-03-08-more-from-horsforth.md",
              "_data/authors.yml", "_authors/marie.md"]
    plain = _check_in(site, ["--format", "json", "--no-redact", "--", *inputs])
    assert "horsforth-1.md" in plain and "marie_lefebvre" in plain  # the inputs make these findings
    cwd = os.getcwd()
    os.chdir(site)
    try:
        shown = _invoke(["scan", ".", "--format", "json", "--redact"])
    finally:
        os.chdir(cwd)
    assert not re.search("(?i)horsforth|marie|lefebvre", shown), re.findall(r"[^\"]{0,40}(?i:marie)", shown)
    paths = {f["location"]["path"] for f in json.loads(shown)["findings"]}
    # The post's date too, since the tenth session (a date in a file name is masked).
    assert "_posts/****-**-**-notes-from-***-1.md" in paths
    assert "_data/authors.yml" in paths  # the layout stays
    # `check` (eighth session): the repository's own files keep their paths, and records that
    # name them; the words stay masked in everything else.
    doc = json.loads(_check_in(site, ["--format", "json", "--redact", "--", *inputs]))
    assert {i["path"] for i in doc["inputs"]} == set(inputs)
    for finding in doc["findings"]:
        record = finding["location"]["record"] or ""
        said = json.dumps([finding["message"], finding["evidence"], finding["clue"],
                           "" if finding["location"]["path"].endswith(record) else record])
        assert not re.search("(?i)horsforth|marie|lefebvre", said), said
    left = json.dumps({key: doc[key] for key in doc if key not in ("inputs", "findings")})
    assert not re.search("(?i)horsforth|marie|lefebvre", left)


def test_a_words_of_a_file_name_stay_readable_in_the_tools_own_sentences():
    from nymaudit.model import Clue, Finding, Origin
    from nymaudit.report.redact import _location_word_hider

    finding = Finding(rule="META001", category="metadata", severity="high", confidence="high",
                      title="t", message="m", evidence="seen from the platform",
                      location=Origin("assets/platform-one.jpg"), clue=Clue("place", "x"), advice="a")
    hide = _location_word_hider([finding])
    assert hide("assets/platform-one.jpg") == "assets/***-one.jpg"
    assert hide("carry the platform's coordinates") == "carry the platform's coordinates"


def test_a_site_configurations_time_zone_is_fixed_width_in_check(tmp_path):
    """Red-team item 8: `check` has no timing section, so TIME007 for a site's `timezone:`
    said "sets the time zone ******/*****" (the shape left a few zones)."""
    site = _site(tmp_path, {
        "_config.yml": "timezone: Europe/London\ntitle: x\n",
        "_drafts/a.md": "---\ntitle: t\ndate: 2024-03-01 10:00:00 +0100\n---\nhello\n",
    })
    for fmt in ("sarif", "json"):
        shown = _check_in(site, ["--format", fmt, "--redact", "--", "_config.yml", "_drafts/a.md"])
        assert "sets the time zone ***, and" in shown
        assert not re.search(r"\*+/\*+", shown.replace("://***/***", "")), fmt
        assert "London" not in shown and "+01:00" not in shown


def test_a_photo_sets_file_names_stay_when_only_their_own_listing_names_them(tmp_path):
    """Review (sixth session): META023 lists every file one camera made, and those file
    names counted as the writer's words, so every folder and photo name of the set was
    masked (check's SARIF URIs became "***/assets/images/*****.jpg"). A name the writer's
    text gives is still masked: a folder named after the town a post names."""
    import piexif
    from PIL import Image
    from typer.testing import CliRunner

    from nymaudit.cli import app

    photos = tmp_path / "my-photos"
    photos.mkdir()
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS 80D"},
                        "Exif": {piexif.ExifIFD.BodySerialNumber: b"083021001234"},
                        "GPS": {}, "1st": {}, "thumbnail": None})
    for name in ("beach-day-1.jpg", "beach-day-2.jpg", "party.jpg"):
        Image.new("RGB", (32, 32), "blue").save(photos / name, exif=exif)
    doc = json.loads(CliRunner().invoke(app, ["scan", str(photos), "--format", "json", "--redact"]).stdout)
    # One finding per fact since the eighth session: at the first file, listing the others.
    shown_names = " ".join(f["location"]["path"].rsplit("/", 1)[-1] + " " + f["message"]
                           for f in doc["findings"] if f["category"] == "metadata")
    # Since the tenth session `scan --redact` masks every word of a file inside an input
    # (review rev9a 3), the same way in the location and in the list: no longer because a
    # listing counted as the writer's words.
    for name in ("***-***-1.jpg", "***-***-2.jpg", "***.jpg"):
        assert name in shown_names, shown_names
    assert "beach" not in shown_names and "party" not in shown_names
    assert "083021001234" not in json.dumps(doc)
    # `check` keeps its files' names (its SARIF must point at files that exist).
    checked = CliRunner().invoke(app, ["check", str(photos / "party.jpg"), "--format", "sarif"]).stdout
    assert "party.jpg" in checked

    site = tmp_path / "horsforth"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\n")
    post = site / "_posts" / "2024-05-01-walk.md"
    post.write_text("---\ntitle: Walk\n---\nI live in Horsforth, near Leeds.\n")
    shown = CliRunner().invoke(app, ["scan", str(site), "--format", "json", "--redact"]).stdout
    assert "horsforth" not in shown.lower()


def test_the_post_that_embeds_a_photo_is_still_named_in_a_redacted_report():
    """Final review (sixth session): a photo's finding names the post that shows it as its
    record; under --redact that record was "***", so an adviser could not tell which post to
    fix. A post file's path is the user's own; only its words a finding names are masked."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    doc = json.loads(CliRunner().invoke(app, ["demo", "--format", "json", "--redact"]).stdout)
    records = {f["location"]["record"] for f in doc["findings"] if f["rule"] == "META010"}
    # Its date masked since the tenth session, its words but the platforms' too.
    assert records and all(r.startswith("_posts/****-**-**-") and r.endswith(".md") for r in records), records
    assert not any("allotment" in r for r in records)  # the writer's word, masked in the slug


# --- seventh session ---------------------------------------------------------------------------

def _gps_jpeg(lat: tuple[int, int, str], lon: tuple[int, int, str]) -> bytes:
    import io

    import piexif
    from PIL import Image

    exif = {"0th": {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 13"},
            "GPS": {piexif.GPSIFD.GPSLatitudeRef: lat[2].encode(),
                    piexif.GPSIFD.GPSLatitude: ((lat[0], 1), (lat[1], 1), (0, 1)),
                    piexif.GPSIFD.GPSLongitudeRef: lon[2].encode(),
                    piexif.GPSIFD.GPSLongitude: ((lon[0], 1), (lon[1], 1), (0, 1))}}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(out, "JPEG", exif=piexif.dump(exif))
    return out.getvalue()


def test_a_photos_position_and_its_mastodon_media_id_keep_no_shape_in_a_redacted_report(tmp_path):
    """Masked letter by letter, a GPS clue read "-**.******, ***.****** (**** ********, **, ...)":
    the sign gave the southern hemisphere, three digits a longitude over 100 degrees (so
    Australia or New Zealand) and the letters the nearest town's length. And a Mastodon
    archive keeps a photo under its media id cut into groups of three digits
    ("media_attachments/files/109/876/543/..."), which the server shows with the post."""
    from archive_builders import build_mastodon_archive, make_note

    media = "media_attachments/files/109/876/543/210/987/654/original/8f3a2b1c9d.jpg"
    notes = [make_note(f"1098765432{i:05d}", f"2025-0{1 + i % 9}-1{i % 9}T0{i % 9}:15:00Z",
                       f"<p>A walk by the river, note {i}.</p>",
                       attachments=[{"mediaType": "image/jpeg", "url": "/" + media, "name": "dusk"}]
                       if i == 3 else [])
             for i in range(12)]
    export = build_mastodon_archive(tmp_path / "export", notes, zip=False,
                                    media={media: _gps_jpeg((34, 55, "S"), (138, 36, "E"))})
    plain = json.loads(_invoke(["scan", str(export), "--format", "json"]))
    gps = [f for f in plain["findings"] if f["rule"] == "META010"]
    assert gps and "-34.91" in gps[0]["message"] and "Adelaide" in gps[0]["message"]
    assert "109/876/543" in gps[0]["location"]["path"]
    for fmt in _FORMATS:
        shown = _invoke(["scan", str(export), "--format", fmt, "--redact"])
        assert "META010" in shown, fmt
        assert "109/876" not in shown and "543/210" not in shown, fmt
        assert not re.search(r"-\*\*\.\*+|\*\*\*\.\*{3,}", shown), fmt  # no coordinate shape
        assert "Adelaide" not in shown, fmt
    redacted = json.loads(_invoke(["scan", str(export), "--format", "json", "--redact"]))
    gps = [f for f in redacted["findings"] if f["rule"] == "META010"][0]
    assert gps["clue"]["value"] == "***"
    assert gps["message"].endswith("holds a GPS position: ***.")
    assert redacted["profile"]["clues"]["location"][0]["value"] == "***"
    assert "media_attachments/files/***/original/" in gps["location"]["path"]
    # The tool's own words in META025 stay readable (they were "****** the ********").
    platform = [f for f in redacted["findings"] if f["rule"] == "META025"][0]
    # 2: the photo and actor.json's avatar.png (read since the twelfth session, 2026-11-30).
    assert "2 of 2 attachments are copies the platform re-encoded" in platform["message"]


def test_a_place_named_in_posts_is_fixed_width_in_a_redacted_message():
    report = redact_report(sample_report(redacted=True))
    place = [f for f in report.findings if f.clue is not None and f.clue.kind == "location"]
    assert place and all(f.clue.value == "***" for f in place)
    assert any('"***"' in f.message for f in place)


def test_an_archive_named_after_the_member_keeps_no_name_in_a_redacted_scan(tmp_path):
    """Walkthrough 7 item 3: an adviser saves a member's archive as
    "members/morag_mclean_twitter.zip" and e-mails the redacted report; "mclean" stayed in
    every format (17 times in Markdown, 30 in SARIF). Also: the first and last post's minute
    (which finds the post on the platform, as its masked id would) is a date only."""
    from datetime import UTC, datetime, timedelta

    from archive_builders import build_twitter_archive, make_tweet

    start = datetime(2025, 3, 1, 19, 36, tzinfo=UTC)
    tweets = [make_tweet(f"18900000000{i:08d}", start + timedelta(hours=29 * i),
                         f"Long shift again, day {i}.") for i in range(60)]
    members = tmp_path / "members"
    members.mkdir()
    archive = build_twitter_archive(members / "morag_mclean_twitter", tweets, zip=True)
    typed = archive.with_name("morag_mclean_twitter.zip")
    archive.rename(typed)
    for typed_as in (str(typed), str(typed.relative_to(tmp_path))):
        for fmt in _FORMATS:
            cwd = os.getcwd()
            os.chdir(tmp_path)
            try:
                shown = _invoke(["scan", typed_as, "--format", fmt, "--redact"])
            finally:
                os.chdir(cwd)
            assert "twitter" in shown, (typed_as, fmt)
            assert "mclean" not in shown.lower() and "morag" not in shown.lower(), (typed_as, fmt)
            if fmt in ("markdown", "html"):
                assert "19:36" not in shown and "2025-03-01" in shown, fmt
    plain = _invoke(["scan", str(typed), "--format", "markdown"])
    assert "morag_mclean_twitter.zip" in plain.replace("\\_", "_") and "19:36 UTC" in plain


def test_check_keeps_the_repositorys_file_names_in_its_redacted_sarif(tmp_path):
    """`check` is redacted by default in SARIF, and its inputs are the repository's files:
    their names stay, or code scanning could not point at them."""
    site = _site(tmp_path, {
        "_config.yml": "title: x\n",
        "_drafts/spring-walks.md": "---\ntitle: t\n---\nMail me at jo.b@proton.me today.\n",
    })
    shown = _check_in(site, ["--format", "sarif", "--", "_drafts/spring-walks.md"])
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(shown)["runs"][0]["results"]}
    assert "_drafts/spring-walks.md" in uris


def test_every_place_name_in_a_place_message_is_fixed_width():
    """A place finding's message names places its clue does not hold ("mostly near Henley
    Beach (South Australia, AU)"): masked letter by letter each kept its length."""
    from nymaudit.model import Clue, Finding, Origin, Severity

    finding = Finding(
        rule="PLACE001", category="place", severity=Severity.MEDIUM, confidence="low", title="t",
        message="Names Parklands 20 times in 20 posts; the gazetteer's places of that name, in Canterbury "
                "(NZ) and Western Australia (AU), are 2,114 km or more from the account's other places, "
                "mostly near Henley Beach (South Australia, AU), so this may be a local name there.",
        evidence="walked through the Parklands", location=Origin("outbox.json", "1"),
        clue=Clue("location", "Parklands"), advice="a")
    report = sample_report(redacted=True)
    report.findings = [finding]
    shown = redact_report(report).findings[0].message
    assert shown.startswith("Names *** 20 times in 20 posts; the gazetteer's places")
    assert "mostly near *** (***, ***), so this may be a local name there." in shown
    assert not re.search(r"\*{4,}", shown)


def test_the_name_of_an_input_in_a_folder_is_masked_where_messages_list_posts(tmp_path):
    """Red-team 7 item 1: given as "clients/morag_mclean_posts.jsonl" (or a zip of a Mastodon
    archive), the typed form was masked but messages list posts by the input's own name
    ("first: morag_mclean_posts.jsonl#..."), 74 times per format. Item 12: the extension and
    platform words stay readable."""
    (tmp_path / "clients").mkdir()
    with open(tmp_path / "clients" / "morag_mclean_posts.jsonl", "w") as out:
        for i in range(30):
            out.write(json.dumps({"timestamp": f"2025-03-{1 + i % 28:02d}T19:{i:02d}:00Z",
                                  "text": f"Back on the ward in Paisley again, shift {i}."}) + "\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        plain = _invoke(["scan", "clients/morag_mclean_posts.jsonl", "--format", "json"])
        assert "first: morag_mclean_posts.jsonl#" in plain  # the red-team's case
        for fmt in _FORMATS:
            shown = _invoke(["scan", "clients/morag_mclean_posts.jsonl", "--format", fmt, "--redact"])
            assert "mclean" not in shown.lower() and "morag" not in shown.lower(), fmt
            assert "_posts.jsonl" in shown.replace("\\_", "_"), fmt
    finally:
        os.chdir(cwd)


def test_which_pasted_image_has_a_position_stays_readable_in_checks_sarif(tmp_path):
    """Red-team 7 item 8: the 20 results of one draft read "draft.md#*** holds a GPS position"
    with one URI: the writer could not tell which pasted image to fix. "data-image-N" is the
    tool's own name."""
    import base64

    photo = base64.b64encode(_gps_jpeg((53, 48, "N"), (1, 38, "W"))).decode()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.md").write_text(
        f"# Walk\n\n![a](data:image/jpeg;base64,{photo})\n\nand\n\n![b](data:image/jpeg;base64,{photo})\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        shown = _invoke(["check", "notes/draft.md", "--format", "sarif"])
    finally:
        os.chdir(cwd)
    messages = [r["message"]["text"] for r in json.loads(shown)["runs"][0]["results"]
                if r["ruleId"] == "META010"]
    assert len(messages) == 2 and len(set(messages)) == 2, messages
    assert any("data-image-1" in m for m in messages) and any("data-image-2" in m for m in messages)


def test_sarif_is_written_for_a_file_name_that_is_not_utf8(tmp_path):
    """Red-team 7 item 9: a file named with bytes that are not UTF-8 (a folder on Linux, now a
    tar member too) stopped the SARIF report with an internal error; exit 2, no report."""
    folder = tmp_path / "d"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"bad\xff\xfe.txt")
    with open(name, "w") as out:
        out.write("Mail me at jo.bloggs@proton.me about it.\n")
    shown = _invoke(["scan", str(folder), "--format", "sarif"])
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(shown)["runs"][0]["results"]]
    assert any(uri.endswith("***%FF%FE.txt") for uri in uris), uris  # redacted: its word masked
    # The other formats write the bytes as \\xff (since 2026-11-30; \\udcff before) under a strict
    # UTF-8 stream (the test runner's), and into a report file.
    for fmt in ("json", "markdown", "html", "terminal"):
        assert "bad" in _invoke(["scan", str(folder), "--format", fmt]), fmt
    report = tmp_path / "r.md"
    _invoke(["scan", str(folder), "--format", "markdown", "--output", str(report)])
    assert "bad\\\\xff\\\\xfe.txt" in report.read_text(encoding="utf-8")  # Markdown-escaped backslashes


def test_the_tools_own_words_stay_readable_in_place_and_disclosure_messages(tmp_path):
    """Red-team 7, older over-masking: "Says they **** in or come from ***" ("live" hunted from
    the post that holds it), "Names the sports **** they follow" and the fixed description
    "describes their workplace" masked as "********* ***** *********". Also SELF011 read "our
    team won 3-1 at St Mirren Park" as a workplace."""
    posts = tmp_path / "p.jsonl"
    posts.write_text(
        json.dumps({"timestamp": "2025-03-01T19:00:00Z",
                    "text": "I live in Paisley and our team won 3-1 at St Mirren Park last night."}) + "\n"
        + json.dumps({"timestamp": "2025-03-02T19:00:00Z",
                      "text": "Back at work today, our directorate has been merged again."}) + "\n")
    plain = json.loads(_invoke(["scan", str(posts), "--format", "json"]))
    workplace = [f for f in plain["findings"] if f["rule"] == "SELF011"]
    assert workplace and all("team won" not in f["evidence"] for f in workplace)
    shown = json.loads(_invoke(["scan", str(posts), "--format", "json", "--redact"]))
    messages = {(f["rule"], f["message"]) for f in shown["findings"]}
    assert any(r == "PLACE002" and m.startswith("Says they live in or come from ***") for r, m in messages)
    assert any(r == "SELF019" and m.startswith("Names the sports team they follow or play for")
               for r, m in messages)
    assert any(r == "SELF011" and "describes their workplace" in m for r, m in messages)
    assert "Paisley" not in json.dumps(shown) and "Mirren" not in json.dumps(shown)


def test_shared_habits_advice_stays_readable_in_a_redacted_scan_with_known_writing():
    """Red-team 7, older over-masking: MATCH002 read "You write '**' unusually rarely ... (0.0
    per **** here": the function word (the tool's fixed list), "1000" and the habit's name were
    hunted from the evidence. The uncommon word both sides use stays masked."""
    from nymaudit.cli import demo_root

    shown = json.loads(_invoke(["demo", "--known", f"me={demo_root() / 'known'}", "--redact",
                                "--format", "json", "-q"]))
    message = [f["message"] for f in shown["findings"] if f["rule"] == "MATCH002"][0]
    assert "per 1000 here" in message
    assert "You write 'whilst' unusually often on both sides" in message
    assert "Drop or vary two spaces after a full stop" in message
    assert re.search(r"uncommon word '\*+'", message)


def test_hyphenated_and_accented_place_names_are_one_fixed_mask():
    """Review 7 item 3: "***-on-Trent ×12" and "***-under-Lyme": the joining words broke the
    run of capitalised words, and the rest of the name stayed readable."""
    from nymaudit.report.redact import _mask_capitalised

    shown = _mask_capitalised("Names Stoke-on-Trent ×12, Newcastle-under-Lyme ×3, Saint-Étienne and "
                              "Łódź (Auvergne-Rhône-Alpes, FR); the łąka stays")
    assert shown == "Names *** ×12, *** ×3, *** and *** (***, ***); the łąka stays"


def test_a_capitalised_word_of_a_habits_name_is_no_kept_word():
    """Review 7 item 4: "Oxford" of "Oxford comma" was kept readable in linkage messages, where
    a place both sides name would be quoted."""
    from nymaudit.report.redact import _linkage_words

    kept = _linkage_words()
    assert "oxford" not in kept and "Oxford" not in kept
    assert "spaces" in kept and "whilst" in kept


def test_a_place_message_keeps_the_tools_words():
    """Review 7: "Says they live in or **** from ***": "come" was hunted from the post."""
    from nymaudit.model import Clue, Finding, Origin, Severity

    finding = Finding(
        rule="PLACE002", category="place", severity=Severity.HIGH, confidence="high",
        title="Says where they live",
        message="Says they live in or come from Paisley (Scotland, GB), once.",
        evidence="I come from Paisley, and I live there still", location=Origin("p.jsonl", "1"),
        clue=Clue("location", "Paisley (Scotland, GB)"), advice="a")
    report = sample_report(redacted=True)
    report.findings = [finding]
    assert redact_report(report).findings[0].message == "Says they live in or come from ***, once."


# --- eighth session ----------------------------------------------------------------------------

_DRAFTS = {
    # Hugo drafts as a union adviser writes them (walkthrough s8, persona 3): the file name is
    # the slug of the title, so the words of the name are words of the post.
    "2026-11-30-rota-chaos.md": {
        "yaml": True, "front": {"title": '"Rota chaos, again"', "date": "2026-11-30T21:40:00+00:00",
                                "draft": True, "tags": ["nhs", "rota"]},
        "body": "The new rota at Ward 7B went live on Monday. Sister Okafor told us on the Tuesday huddle\n"
                "that nobody gets Christmas off.\n\nEmail the branch at unison.branch.sec@proton.me if this "
                "is happening to you.\n"},
    "2026-12-03-intranet.md": {
        "front": {"title": "Leaked policy", "date": "2026-12-03T22:10:00-05:00"},
        "body": "The policy is on the trust intranet at http://intranet.nhstrust.local/hr/policy-44.docx and "
                "the\nSharePoint copy https://nhstrust.sharepoint.com/sites/HR/Shared%20Documents/rota.docx"
                "?web=1 .\nI live on Elm Grove in Southsea, Portsmouth PO4 0HU so the walk in is short.\n"},
}
_DRAFT_SECRETS = ("Okafor", "Ward 7B", "proton", "nhstrust", "Elm Grove", "Southsea", "Portsmouth", "PO4")


def _union_site(tmp_path: Path) -> Path:
    from archive_builders import build_hugo_site

    return build_hugo_site(tmp_path / "blog", [
        {"path": f"posts/{name}", **page} for name, page in _DRAFTS.items()])


def test_checks_sarif_points_at_the_drafts_that_exist(tmp_path):
    """Walkthrough s8 item 2: `check --format sarif` (redacted by default, the docs' CI recipe)
    masked the words of a draft's file name that its text holds: URIs read
    "drafts/2026-12-03-********.md" and "2026-11-30-****-*****.md", files that do not exist,
    so code scanning could not place the alerts. The repository's own paths now stay as
    given (an absolute one too, relative to the folder the run started in); the messages
    and evidence stay masked, the file name's words in them too."""
    site = _union_site(tmp_path)
    drafts = [f"content/posts/{name}" for name in _DRAFTS]
    cwd = os.getcwd()
    os.chdir(site)
    try:
        runs = [_invoke(["check", *drafts, "--format", "sarif"]),
                _invoke(["check", *(str(site / d) for d in drafts), "--format", "sarif"])]
        shown = {fmt: _invoke(["check", *drafts, "--format", fmt, "--redact"])
                 for fmt in ("terminal", "json", "sarif")}  # check's formats
    finally:
        os.chdir(cwd)
    for text in runs:
        results = json.loads(text)["runs"][0]["results"]
        assert len(results) >= 5
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert uris == set(drafts), uris
        assert all((site / uri).is_file() for uri in uris)
        said = json.dumps([[r["message"], r["properties"].get("evidence")] for r in results])
        for secret in (*_DRAFT_SECRETS, "intranet"):
            assert secret.lower() not in said.lower(), secret
        assert json.loads(text)["runs"][0]["properties"]["redacted"] is True
    for fmt, text in shown.items():
        assert "2026-12-03-intranet.md" in text.replace("\\-", "-"), fmt
        for secret in _DRAFT_SECRETS:
            assert secret.lower() not in text.lower(), (fmt, secret)


def test_a_redacted_scans_warning_line_names_the_input_as_the_report_does(tmp_path):
    """Walkthrough s8: `scan naijadeskofficer.WordPress.xml --format sarif` masked the input's
    name in the report but stderr printed it ("warning: naijadeskofficer.WordPress.xml: 1 input
    error(s)"), in a CI log the one place the masked name showed. Also: the platform's word and
    the extension stay readable, where a post's link to the blog (naijadeskofficer.wordpress.com)
    had masked "WordPress" in the name."""
    from typer.testing import CliRunner

    from archive_builders import build_wxr
    from nymaudit.cli import app

    items = [{"post_id": str(100 + i), "title": f"Desk note {i}",
              "post_date": f"2025-02-{1 + i:02d} 21:10:00", "post_date_gmt": f"2025-02-{1 + i:02d} 20:10:00",
              "content": "<p>Read the circular <a href=\"https://naijadeskofficer.wordpress.com/2025/02/c.pdf\">"
                         f"here</a>, note {i}.</p>"} for i in range(12)]
    export = build_wxr(tmp_path / "naijadeskofficer.WordPress.xml", items)
    data = export.read_bytes()
    export.write_bytes(data[: data.index(b"<wp:post_id>110")])  # cut, as a failed download is
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for args in (["--format", "sarif"], ["--format", "terminal", "--redact"]):
            result = CliRunner().invoke(app, ["scan", "naijadeskofficer.WordPress.xml", *args],
                                        env={"NO_COLOR": "1", "COLUMNS": "200"})
            assert "input error(s)" in result.stderr
            assert "naijadesk" not in result.stderr and "naijadesk" not in result.stdout, args
            assert "***.WordPress.xml: 1 input error(s)" in result.stderr, result.stderr
            assert "***.WordPress.xml" in result.stdout
        plain = CliRunner().invoke(app, ["scan", "naijadeskofficer.WordPress.xml", "--format", "json"])
        assert "naijadeskofficer.WordPress.xml: 1 input error(s)" in plain.stderr
    finally:
        os.chdir(cwd)


def test_extensions_and_platform_words_stay_in_redacted_paths():
    """Walkthrough s8: "export_********_***_20260301.***" hid the ".zip" of a Reddit export whose
    posts said "zip"; the input-name mask keeps the words of platforms and kinds of file, and the
    path-word mask now keeps them too. A name the writer's text gives is still masked."""
    from nymaudit.model import Clue, Finding, Origin

    finding = Finding(rule="SELF001", category="disclosure", severity="high", confidence="high",
                      title="t", message="m",
                      evidence="sent the zip from wordpress to Nightowl in Logan Square",
                      location=Origin("export_nightowl_chi_20260301.zip!comments.csv"),
                      clue=Clue("contact", "x"), advice="a")
    from nymaudit.report.redact import _location_word_hider

    photo = dataclasses.replace(finding, location=Origin("uploads/logan-square.zip"))
    hide = _location_word_hider([finding, photo])
    assert hide.path("export_nightowl_chi_20260301.zip") == "export_***_chi_20260301.zip"
    assert hide("first: blog.WordPress.xml#wp-post-3, logan-square.zip") == (
        "first: blog.WordPress.xml#wp-post-3, ***-***.zip")


@pytest.mark.parametrize("fmt", ["json", "terminal", "markdown", "html", "sarif"])
def test_a_group_blogs_logins_are_masked_when_posts_without_an_author_come_first(
        tmp_path: Path, fmt: str) -> None:
    """Review rev8a item 10: the author-list mask ended at the ")" of "(no author)", so with the
    posts that have no dc:creator (WordPress writes it empty for an imported post with no user)
    listed first, `scan --redact` showed every login after it in clear."""
    from typer.testing import CliRunner

    from archive_builders import build_wxr
    from nymaudit.cli import app

    def posts(n: int, creator: str, start: int) -> list[dict]:
        return [{"post_id": str(start + i), "title": f"Note {i}", "content": f"<p>A note {i}.</p>",
                 "post_date": f"2024-03-{1 + i:02d} 20:15:00",
                 "post_date_gmt": f"2024-03-{1 + i:02d} 19:15:00",
                 "creator": creator} for i in range(n)]

    authors = ({"id": "1", "login": "chidiokafor", "display_name": "Chidi"},
               {"id": "2", "login": "ngozi.adeyemi", "display_name": "Ngozi"})
    path = build_wxr(tmp_path / "groupblog.WordPress.xml",
                     posts(6, "", 1) + posts(3, "chidiokafor", 20) + posts(2, "ngozi.adeyemi", 40),
                     authors=authors)
    plain = CliRunner().invoke(app, ["scan", str(path), "--format", "json"])
    said = "posts by 3 authors were read as one writer's ((no author) 6, chidiokafor 3, ngozi.adeyemi 2)"
    assert said in plain.stdout
    result = CliRunner().invoke(app, ["scan", str(path), "--redact", "--format", fmt],
                                env={"COLUMNS": "400", "NO_COLOR": "1"})
    shown = result.stdout + result.stderr
    assert "chidiokafor" not in shown and "ngozi" not in shown
    shown = " ".join(shown.replace("\\", "").split())  # Markdown escapes the asterisks
    assert "((no author) 6, *** 3, ***.*** 2)" in shown

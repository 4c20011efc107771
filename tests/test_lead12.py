"""Twelfth session (lead): `check` keeps the language note. A German draft with a job, a child
and a husband passed `check` with "No findings." and no word that those checks read English
only: check rebuilt the profile from its findings alone and dropped the note scan shows. The
SARIF a CI job uploads says it too (a run notification: code scanning shows no alert)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

GERMAN = """---
title: Ein langer Tag
date: 2026-11-20
---
Ich arbeite seit zwölf Jahren als Krankenschwester. Meine Tochter geht in die dritte Klasse,
und mein Mann ist Lehrer. Unser Hund heißt Bruno und ist schon alt. Heute war wieder so ein Tag,
an dem die Station völlig überlastet war, und ich habe sie wieder zu spät abgeholt.
"""

ENGLISH = """---
title: A long day
date: 2026-11-20
---
The ward was overloaded again today and the coffee machine broke before lunch. I read a good
book on the way home and made soup for dinner, which was the best part of the day by far.
"""


def _draft(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "_drafts" / "entwurf.md"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_check_terminal_says_which_checks_read_english_only(tmp_path: Path) -> None:
    draft = _draft(tmp_path, GERMAN)
    result = CliRunner().invoke(app, ["check", str(draft)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "not in English" in result.output
    assert "read in English only" in result.output


def test_check_json_profile_keeps_language(tmp_path: Path) -> None:
    draft = _draft(tmp_path, GERMAN)
    result = CliRunner().invoke(app, ["check", "--format", "json", str(draft)])
    data = json.loads(result.stdout)
    assert "not in English" in data["profile"]["language"]["note"]


def test_check_sarif_notifies_language_and_stays_valid(tmp_path: Path) -> None:
    import jsonschema

    draft = _draft(tmp_path, GERMAN)
    result = CliRunner().invoke(app, ["check", "--format", "sarif", str(draft)])
    sarif = json.loads(result.stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    language = [n for n in notes if n.get("descriptor", {}).get("id") == "language"]
    assert len(language) == 1 and language[0]["level"] == "note"
    assert "read in English only" in language[0]["message"]["text"]
    if SCHEMA.exists():
        jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_english_draft_has_no_language_note(tmp_path: Path) -> None:
    draft = _draft(tmp_path, ENGLISH)
    result = CliRunner().invoke(app, ["check", "--format", "sarif", str(draft)])
    notes = json.loads(result.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert not [n for n in notes if n.get("descriptor", {}).get("id") == "language"]


def test_a_file_name_that_is_not_utf8_is_shown_as_its_bytes_in_every_format(tmp_path: Path) -> None:
    """walk12 item 11: a draft named with the Latin-1 byte 0xE9 was shown as ``caf\\udce9`` (Python's
    surrogate escape) in the terminal, and JSON/SARIF carried lone surrogates as \\udce9 escapes,
    which strict JSON readers refuse. Now ``caf\\xe9`` everywhere, every string valid Unicode."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "drafts"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-draft.md"), "wb") as out:
        out.write(b"---\ntitle: x\ndate: 2026-01-01\n---\nCall me on 07700 900123 any evening.\n")
    for fmt in ("json", "sarif", "markdown", "terminal"):
        run = subprocess.run([sys.executable, "-m", "nymaudit", "scan", str(folder), "--format", fmt,
                              "--no-redact"] if fmt == "sarif" else
                             [sys.executable, "-m", "nymaudit", "scan", str(folder), "--format", fmt],
                             capture_output=True, env={**os.environ, "COLUMNS": "200"})
        text = run.stdout.decode("utf-8")  # strict: valid UTF-8
        assert "\\udc" not in text, fmt
        if fmt in ("json", "sarif"):
            decoded = json.dumps(json.loads(text), ensure_ascii=False)
            decoded.encode("utf-8")  # no lone surrogate in any string
            assert "caf\\\\xe9-draft.md" in decoded, fmt
        elif fmt == "markdown":  # the backslash escaped as Markdown escapes it: renders caf\xe9
            assert "caf\\\\xe9-draft.md" in text, fmt
        else:
            assert "caf\\xe9-draft.md" in text, fmt


def test_quiet_pass_still_prints_json_and_sarif(tmp_path: Path) -> None:
    """walk12 papercut: `check --quiet-pass -f json` printed nothing on a pass, so `| jq` got an
    empty document; --quiet-pass quiets the terminal report only."""
    draft = _draft(tmp_path, ENGLISH)
    for fmt in ("json", "sarif"):
        result = CliRunner().invoke(app, ["check", "--quiet-pass", "--format", fmt, str(draft)])
        assert result.exit_code == 0
        assert json.loads(result.stdout), fmt
    quiet = CliRunner().invoke(app, ["check", "--quiet-pass", str(draft)])
    assert quiet.exit_code == 0 and quiet.stdout == ""


def test_explain_suggests_the_rule_meant() -> None:
    result = CliRunner().invoke(app, ["explain", "LINK03"])
    assert result.exit_code == 2 and "Did you mean LINK003?" in result.output
    assert CliRunner().invoke(app, ["explain", "link003"]).exit_code == 0


def test_baseline_errors_say_what_to_do(tmp_path: Path) -> None:
    draft = _draft(tmp_path, ENGLISH)
    missing = CliRunner().invoke(app, ["check", str(draft), "--baseline", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "nymaudit baseline create" in missing.output
    assert "Errno" not in missing.output
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    bad = CliRunner().invoke(app, ["check", str(draft), "--baseline", str(empty)])
    assert bad.exit_code == 2 and "the file is empty" in bad.output and "baseline create" in bad.output
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    worse = CliRunner().invoke(app, ["check", str(draft), "--baseline", str(broken)])
    assert worse.exit_code == 2 and "not valid JSON" in worse.output


def test_sarif_rules_carry_markdown_help(tmp_path: Path) -> None:
    """walk12 papercut: rules had help.text only, so code scanning showed the advice's backticks
    raw; help.markdown (GitHub renders it when present) carries the rule page's parts."""
    draft = _draft(tmp_path, ENGLISH + "\nMail me at jo.bloggs@proton.me about it.\n")
    result = CliRunner().invoke(app, ["check", "--format", "sarif", str(draft)])
    rules = json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert rules
    for rule in rules:
        markdown = rule["help"]["markdown"]
        assert markdown.startswith(f"**{rule['id']}: ") and "**Why is this bad.**" in markdown
        assert "**Use instead.**" in markdown and f"nymaudit explain {rule['id']}" in markdown


def test_where_line_does_not_repeat_the_file_name_as_its_record(tmp_path: Path) -> None:
    """walk12 papercut: "where: _drafts/a.md:7 record _drafts/a.md" said the name twice (and made
    the record line longer than a narrow terminal)."""
    from nymaudit.report.common import location_text, record_shown

    draft = _draft(tmp_path, ENGLISH + "\nMail me at jo.bloggs@proton.me about it.\n")
    result = CliRunner().invoke(app, ["check", str(draft)], env={"COLUMNS": "200"})
    where = [line for line in result.output.splitlines() if "where:" in line]
    assert where and not any(" record " in line for line in where), where
    assert record_shown("export.zip!data/tweets.js", "tweets.js#12") == "tweets.js#12"
    assert location_text("blog/_posts/a.md", "a.md", 3) == "blog/_posts/a.md line 3"


def test_scan_terminal_says_too_short_for_a_short_known_text(tmp_path: Path) -> None:
    """sty12 gave `compare` "too short to tell" under the measured lengths; scan's terminal table
    showed "n/a" for the same candidate."""
    blog = tmp_path / "blog"
    known = tmp_path / "known"
    blog.mkdir()
    known.mkdir()
    sentence = ("The ward was busy again today and the coffee machine broke before lunch, so we "
                "made tea in the staff room and talked about the weekend. ")
    (blog / "post.md").write_text(sentence * 40, encoding="utf-8")
    (known / "note.md").write_text(sentence * 5, encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(blog), "--known", f"me={known}"],
                                env={"COLUMNS": "120"})
    assert "too short to tell" in result.output

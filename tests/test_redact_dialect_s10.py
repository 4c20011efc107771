"""A spelling variety under --redact (review rev10c item 3 and sty10's note, 2026-11-29): the
masks kept the length of "British" (7) and "American" (8), of the marked spellings ("colour" 6,
"color" 5), the one-sided family "whilst / amongst", the style section's counts, and
compare's shared function word "whilst" (a British-only spelling)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app

DRAFT = ("The colour of the harbour was grey. I realise the centre is closed, whilst the theatre is "
         "open. My favourite neighbour travelled far.\n\nThe organisation apologised for the behaviour "
         "of the programme.\n")


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_scan_redact_keeps_no_shape_of_the_variety(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plain = json.loads(_run("scan", str(draft), "-f", "json"))
    assert any(f["rule"] == "STYLE001" and "British" in f["message"] for f in plain["findings"])
    doc = json.loads(_run("scan", str(draft), "-f", "json", "--redact"))
    style001 = [f for f in doc["findings"] if f["rule"] == "STYLE001"]
    assert style001
    for finding in style001:
        assert "are ***" in finding["message"], finding["message"]
        assert not re.search(r"\*{7,8} spelling|whilst / amongst|are \*{7,8}\b", finding["message"])
        assert set(re.findall(r"\*+", finding["evidence"])) == {"***"}, finding["evidence"]
    assert doc["style"]["spelling"] is None
    shown = json.dumps(doc["style"]) + json.dumps(doc["profile"])
    assert "British" not in shown and "American" not in shown
    terminal = _run("scan", str(draft), "--redact")
    assert not re.search(r"dialect\s*│\s*\*{7} ", terminal)


def test_compare_redact_masks_a_shared_marked_spelling_word() -> None:
    from nymaudit.commands.compare import redact
    from nymaudit.style.linkage import _habit, advice_for

    habit = _habit("whilst", "function_word", 0.43, 0.99, 0.0)
    doc = {"schema": "nymaudit.compare/1", "mode": "verification", "shared_habits_with": "jsmith",
           "linkage": {"candidates": [{"label": "jsmith"}], "shared_habits": [habit], "warnings": [],
                       "habits_that_agree": [], "habits_that_differ": []},
           "habits_to_vary": [advice_for(habit)], "margins": [], "calibration": {}}
    shown = json.dumps(redact(doc))
    assert "whilst" not in shown, shown
    # An ordinary function word stays readable: it says nothing of where.
    habit = _habit("about", "function_word", 6.67, 6.09, 1.88)
    doc["linkage"]["shared_habits"] = [habit]
    doc["habits_to_vary"] = [advice_for(habit)]
    assert "'about'" in json.dumps(redact(doc))
